//! Rule-based sentence segmentation (placeholder until the sentences work lands: splits at line ends
//! and after `.`, `!`, `?`, `。`, `！`, `？`).
use std::ops::Range;

/// Splits text into sentences.
#[derive(Debug, Default)]
pub struct SentenceSplitter;

impl SentenceSplitter {
    /// Built-in rules.
    pub fn builtin() -> SentenceSplitter {
        SentenceSplitter
    }
    /// Adds a language's rules.
    pub fn with_rules(self, _lang: &str, _content: &str) -> Result<SentenceSplitter, String> {
        Ok(self)
    }
    /// Sentences inside `text[range]`.
    pub fn split(&self, text: &str, range: Range<usize>, _lang: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = range.start;
        let slice = text.get(range.clone()).unwrap_or("");
        for (i, c) in slice.char_indices() {
            let end = range.start + i + c.len_utf8();
            if matches!(c, '\n' | '.' | '!' | '?' | '。' | '！' | '？') {
                push_trimmed(text, start..end, &mut out);
                start = end;
            }
        }
        push_trimmed(text, start..range.end, &mut out);
        out
    }
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if !t.is_empty() {
        out.push(r.start + lead..r.start + lead + t.len());
    }
}

/// Evaluation.
pub mod eval {
    use super::SentenceSplitter;
    use std::path::Path;
    /// Evaluates on a CoNLL-U file.
    pub fn eval_conllu(
        _path: &Path,
        _lang: Option<&str>,
        _splitter: &SentenceSplitter,
        _export_jsonl: Option<&Path>,
        _peer_jsonl: Option<&Path>,
    ) -> Result<String, String> {
        Err("not yet available".into())
    }
    /// Boundary F1.
    pub fn boundary_f1(
        _path: &Path,
        _lang: Option<&str>,
        _s: &SentenceSplitter,
    ) -> Result<f64, String> {
        Err("not yet available".into())
    }
}
