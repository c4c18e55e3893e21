//! Line-oriented dataset exports: CoNLL-2003 style IOB2 token lines (to train another NER model, and
//! read back by `annotate train --format conll`), CoNLL-U with entities in MISC, and the dataset JSON
//! lines record. Tokens come from [`crate::tagger::tokenize`], per sentence, in the sentence's language,
//! so an export and the tagger agree on what a token is. Each format is written to one file in the
//! output folder under a temporary name and renamed when the run completes (see [`TextSink`]).

mod dataset;
mod file;

pub use dataset::to_dataset_json;
pub use file::{create_sink, AtomicFile, TextSink};

use crate::document::Document;
use crate::error::Result;
use std::fmt::Write as _;
use std::ops::Range;

/// The output formats of `annotate run --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum ExportFormat {
    /// Four CSV tables (the default).
    #[default]
    Csv,
    /// One dataset JSON record per document per line (`documents.jsonl`).
    Jsonl,
    /// CoNLL-2003 style `token _ _ TAG` lines with IOB2 entity tags (`documents.conll`).
    Conll,
    /// CoNLL-U with `NER=B-PER` style entity tags in MISC (`documents.conllu`).
    Conllu,
    /// One Parquet table per layer, with the CSV columns (`documents.parquet`, ...).
    Parquet,
}

impl ExportFormat {
    /// Every format, in a fixed order.
    pub const ALL: [ExportFormat; 5] = [
        ExportFormat::Csv,
        ExportFormat::Jsonl,
        ExportFormat::Conll,
        ExportFormat::Conllu,
        ExportFormat::Parquet,
    ];

    /// The format's name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Conll => "conll",
            ExportFormat::Conllu => "conllu",
            ExportFormat::Parquet => "parquet",
        }
    }

    /// Parses a format name (case-insensitive).
    pub fn parse(name: &str) -> Option<ExportFormat> {
        let name = name.trim().to_ascii_lowercase();
        ExportFormat::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// The file a single-file format writes into the output folder (`None` for the table formats).
    pub fn file_name(self) -> Option<&'static str> {
        match self {
            ExportFormat::Jsonl => Some("documents.jsonl"),
            ExportFormat::Conll => Some("documents.conll"),
            ExportFormat::Conllu => Some("documents.conllu"),
            ExportFormat::Csv | ExportFormat::Parquet => None,
        }
    }

    /// The text of one document in a line format (`None` for the table formats).
    pub fn render(self, doc: &Document) -> Option<Result<String>> {
        match self {
            ExportFormat::Jsonl => Some(to_dataset_json(doc).map(|mut line| {
                line.push('\n');
                line
            })),
            ExportFormat::Conll => Some(Ok(to_conll(doc))),
            ExportFormat::Conllu => Some(Ok(to_conllu(doc))),
            ExportFormat::Csv | ExportFormat::Parquet => None,
        }
    }
}

/// One token of a sentence with its IOB2 entity tag.
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedToken {
    /// Byte range in the document text.
    pub range: Range<usize>,
    /// `O`, or `B-LABEL` / `I-LABEL`.
    pub tag: String,
}

/// Tokenises each sentence of `doc` and tags its tokens with IOB2 tags from the document's entities.
///
/// A token that overlaps an entity belongs to it (an entity edge inside a token widens the entity to
/// the whole token); the first such token of an entity in a sentence gets `B-`, the others `I-`.
pub fn tagged_sentences(doc: &Document) -> Vec<Vec<TaggedToken>> {
    let mut entity = 0;
    let mut out = Vec::with_capacity(doc.sentences.len());
    for sentence in &doc.sentences {
        let tokens =
            crate::tagger::tokenize(&doc.text, sentence.span.byte_range(), &sentence.language);
        let mut tagged = Vec::with_capacity(tokens.len());
        let mut previous: Option<usize> = None;
        for range in tokens {
            while doc
                .entities
                .get(entity)
                .is_some_and(|e| e.span.end.byte <= range.start)
            {
                entity += 1;
            }
            let inside = doc
                .entities
                .get(entity)
                .filter(|e| e.span.start.byte < range.end)
                .map(|e| (entity, e.label));
            let tag = match inside {
                None => "O".to_string(),
                Some((k, label)) if previous == Some(k) => format!("I-{label}"),
                Some((_, label)) => format!("B-{label}"),
            };
            previous = inside.map(|(k, _)| k);
            tagged.push(TaggedToken { range, tag });
        }
        out.push(tagged);
    }
    out
}

/// The CoNLL-2003 style text of one document: `-DOCSTART- -X- -X- O`, a blank line, then one
/// `token _ _ TAG` line per token and a blank line after each sentence. Documents without tokens (failed
/// or empty ones) give an empty string.
pub fn to_conll(doc: &Document) -> String {
    let sentences = tagged_sentences(doc);
    if sentences.iter().all(Vec::is_empty) {
        return String::new();
    }
    let mut out = String::from("-DOCSTART- -X- -X- O\n\n");
    for sentence in sentences.iter().filter(|s| !s.is_empty()) {
        for token in sentence {
            let form = doc.text.get(token.range.clone()).unwrap_or("_");
            let _ = writeln!(out, "{form} _ _ {}", token.tag);
        }
        out.push('\n');
    }
    out
}

/// Makes a comment value one line: line breaks and tabs become spaces.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// An id usable inside `# sent_id`: whitespace becomes `_`.
fn id_token(text: &str) -> String {
    let id: String = text
        .chars()
        .map(|c| {
            if c.is_whitespace() || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    if id.is_empty() {
        "_".to_string()
    } else {
        id
    }
}

/// Escapes the whitespace after a token for `SpacesAfter=` (UDPipe's convention: `\s`, `\t`, `\n`,
/// `\r`, `\p` for `|`, `\\`; other control characters as `\uXXXX`).
fn escape_spaces(gap: &str) -> String {
    let mut out = String::new();
    for c in gap.chars() {
        match c {
            ' ' => out.push_str("\\s"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '|' => out.push_str("\\p"),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || c.is_whitespace() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// The CoNLL-U text of one document: `# newdoc id`, then per sentence `# sent_id` (`DOCID-N`, N from
/// 1), `# lang` and `# text` (line breaks as spaces), and one line per token. MISC holds `NER=` (IOB2
/// tag, omitted for `O`), `SpaceAfter=No` when no whitespace follows, `SpacesAfter=` (escaped) when the
/// whitespace is not one space, and `TokenRange=START:END` (char offsets in the document), so the
/// original text can be rebuilt. Documents without tokens give an empty string.
pub fn to_conllu(doc: &Document) -> String {
    let sentences = tagged_sentences(doc);
    if sentences.iter().all(Vec::is_empty) {
        return String::new();
    }
    let id = id_token(&doc.id);
    let mut out = format!("# newdoc id = {}\n", one_line(&doc.id));
    let starts: Vec<usize> = sentences
        .iter()
        .filter_map(|s| s.first().map(|t| t.range.start))
        .collect();
    let mut next_sentence = starts.iter().skip(1);
    for (k, (sentence, tokens)) in doc.sentences.iter().zip(&sentences).enumerate() {
        if tokens.is_empty() {
            continue;
        }
        let after_last = next_sentence.next().copied().unwrap_or(doc.text.len());
        let _ = writeln!(out, "# sent_id = {id}-{}", k + 1);
        let _ = writeln!(out, "# lang = {}", one_line(&sentence.language));
        let _ = writeln!(out, "# text = {}", one_line(doc.slice(&sentence.span)));
        for (i, token) in tokens.iter().enumerate() {
            let form = doc.text.get(token.range.clone()).unwrap_or("_");
            let gap_end = tokens.get(i + 1).map_or(after_last, |t| t.range.start);
            let gap = doc.text.get(token.range.end..gap_end).unwrap_or("");
            let span = doc.span(token.range.clone());
            let mut misc = Vec::new();
            if token.tag != "O" {
                misc.push(format!("NER={}", token.tag));
            }
            match gap {
                "" => misc.push("SpaceAfter=No".to_string()),
                " " => {}
                other => misc.push(format!("SpacesAfter={}", escape_spaces(other))),
            }
            misc.push(format!("TokenRange={}:{}", span.start.char, span.end.char));
            let _ = writeln!(
                out,
                "{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                i + 1,
                one_line(form),
                misc.join("|")
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests;
