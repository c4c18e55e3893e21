//! Reading CoNLL-U treebanks and turning their gold sentences into evaluation documents.
//!
//! Protocol (documented in `docs/sentences.md`): a document is one `# newdoc` unit when the file's
//! `# newdoc` marks hold two or more sentences on average, else a chunk of [`CHUNK`] consecutive
//! sentences. Inside a document a sentence that carries `# newpar` starts a new line (`\n`); other
//! sentences are joined with one space, or with nothing for Chinese and Japanese, which put no space
//! between sentences. Sentence text is the `# text =` line, rebuilt from the tokens (joined by a space
//! unless `SpaceAfter=No`; multiword tokens stand for their words) where that line is missing.

use std::path::Path;

/// Sentences per document when the treebank has no usable `# newdoc` marks.
pub const CHUNK: usize = 10;

/// One gold sentence read from a CoNLL-U file.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct GoldSentence {
    pub(crate) text: String,
    pub(crate) newdoc: bool,
    pub(crate) newpar: bool,
}

/// An evaluation document: its text and the byte offsets where gold sentences end.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct EvalDoc {
    pub(crate) id: String,
    pub(crate) text: String,
    pub(crate) gold_ends: Vec<usize>,
}

/// Parses the sentences of a CoNLL-U text.
pub(crate) fn parse(content: &str) -> Vec<GoldSentence> {
    let mut out = Vec::new();
    let mut cur = GoldSentence::default();
    let (mut has_text, mut tokens, mut skip_until) = (false, String::new(), 0usize);
    let mut any = false;
    let mut flush =
        |cur: &mut GoldSentence, has_text: &mut bool, tokens: &mut String, any: &mut bool| {
            if *any {
                let mut s = std::mem::take(cur);
                if !*has_text {
                    s.text = tokens.trim().to_string();
                }
                if !s.text.is_empty() {
                    out.push(s);
                }
            }
            *cur = GoldSentence::default();
            *has_text = false;
            tokens.clear();
            *any = false;
        };
    for line in content.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut cur, &mut has_text, &mut tokens, &mut any);
            skip_until = 0;
            continue;
        }
        any = true;
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if c.starts_with("newdoc") {
                cur.newdoc = true;
            } else if c.starts_with("newpar") {
                cur.newpar = true;
            } else if let Some(t) = c.strip_prefix("text =").or_else(|| c.strip_prefix("text=")) {
                cur.text = t.trim().to_string();
                has_text = true;
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(id), Some(form)) = (cols.first(), cols.get(1)) else {
            continue;
        };
        if id.contains('.') {
            continue; // empty nodes
        }
        let space_after = !cols
            .get(9)
            .is_some_and(|m| m.split('|').any(|x| x == "SpaceAfter=No"));
        if let Some((a, b)) = id.split_once('-') {
            if let (Ok(_), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) {
                skip_until = b;
                push_token(&mut tokens, form, space_after);
            }
            continue;
        }
        if id.parse::<usize>().is_ok_and(|n| n <= skip_until) {
            continue;
        }
        push_token(&mut tokens, form, space_after);
    }
    flush(&mut cur, &mut has_text, &mut tokens, &mut any);
    out
}

fn push_token(buf: &mut String, form: &str, space_after: bool) {
    buf.push_str(form);
    if space_after {
        buf.push(' ');
    }
}

/// The language code from a UD file name (`en_ewt-ud-dev.conllu` -> `en`).
pub(crate) fn lang_from_path(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let code = name.split(['_', '-', '.']).next()?;
    (code.len() == 2 || code.len() == 3).then(|| code.to_ascii_lowercase())
}

/// Whether documents follow the `# newdoc` marks (they hold two or more sentences on average).
pub(crate) fn by_newdoc(sents: &[GoldSentence]) -> bool {
    let newdocs = sents.iter().filter(|s| s.newdoc).count();
    newdocs > 0 && sents.len() >= 2 * newdocs
}

/// Builds the evaluation documents (see the module docs for the protocol).
pub(crate) fn build_docs(sents: &[GoldSentence], lang: &str, stem: &str) -> Vec<EvalDoc> {
    let by_newdoc = by_newdoc(sents);
    let joiner = if matches!(lang, "zh" | "ja") { "" } else { " " };
    let mut docs: Vec<EvalDoc> = Vec::new();
    let mut in_doc = 0;
    for s in sents {
        let start_new = docs.is_empty() || if by_newdoc { s.newdoc } else { in_doc >= CHUNK };
        if start_new {
            let id = format!("{stem}-{:05}", docs.len() + 1);
            docs.push(EvalDoc {
                id,
                text: String::new(),
                gold_ends: Vec::new(),
            });
            in_doc = 0;
        }
        let Some(doc) = docs.last_mut() else { continue };
        if in_doc > 0 {
            doc.text.push_str(if s.newpar { "\n" } else { joiner });
        }
        doc.text.push_str(&s.text);
        doc.gold_ends.push(doc.text.len());
        in_doc += 1;
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# newpar\n# sent_id = 1\n# text = Hi there.\n\
        1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n2\tthere\tthere\tADV\t_\t_\t1\tadvmod\t_\tSpaceAfter=No\n\
        3\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n\
        # sent_id = 2\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n1\tdo\tdo\tAUX\t_\t_\t0\troot\t_\t_\n\
        2\tn't\tnot\tPART\t_\t_\t1\tadvmod\t_\tSpaceAfter=No\n3\t!\t!\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n\
        # newpar\n# text = New par\n1\tNew\tnew\tADJ\t_\t_\t0\troot\t_\t_\n2\tpar\tpar\tNOUN\t_\t_\t1\tx\t_\t_\n";

    #[test]
    fn parses_text_lines_and_rebuilds_missing_ones() {
        let s = parse(SAMPLE);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].text, "Hi there.");
        assert!(s[0].newdoc && s[0].newpar);
        assert_eq!(s[1].text, "don't!");
        assert!(!s[1].newpar && s[2].newpar);
    }

    #[test]
    fn builds_documents_with_paragraph_lines() {
        let s = parse(SAMPLE);
        // One newdoc for three sentences: documents follow newdoc marks.
        let docs = build_docs(&s, "en", "x");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].text, "Hi there. don't!\nNew par");
        assert_eq!(docs[0].gold_ends, vec![9, 16, 24]);
        let docs = build_docs(&s, "zh", "x");
        assert_eq!(docs[0].text, "Hi there.don't!\nNew par");
        // Without newdoc marks, chunks of CHUNK sentences.
        let many: Vec<GoldSentence> = (0..25)
            .map(|i| GoldSentence {
                text: format!("S{i}."),
                newdoc: false,
                newpar: false,
            })
            .collect();
        let docs = build_docs(&many, "de", "y");
        assert_eq!(
            docs.iter().map(|d| d.gold_ends.len()).collect::<Vec<_>>(),
            vec![10, 10, 5]
        );
        assert_eq!(docs[2].id, "y-00003");
    }

    #[test]
    fn language_from_file_name() {
        assert_eq!(
            lang_from_path(Path::new("/a/en_ewt-ud-dev.conllu")).as_deref(),
            Some("en")
        );
        assert_eq!(lang_from_path(Path::new("x.conllu")), None);
    }
}
