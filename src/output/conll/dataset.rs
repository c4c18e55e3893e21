//! The dataset JSON lines record (`--format jsonl`): one object per document with its text and every
//! layer, holding every column of the four CSV tables, so each CSV row can be re-derived from it, and
//! with the same keys in every record (absent values are `null`), as the Hugging Face `datasets` JSON
//! loader and pandas `read_json(lines=True)` expect. A superset of the `--out -` stream record.

use crate::document::Document;
use crate::error::{Error, ErrorKind, Result};
use serde::Serialize;

/// A confidence as the CSV writes it (4 decimals), as a number: `format!("{x:.4}")` gives the CSV cell.
fn conf(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

#[derive(Serialize)]
struct SegmentRecord<'a> {
    segment: usize,
    char_start: usize,
    char_end: usize,
    byte_start: usize,
    byte_end: usize,
    language: &'a str,
    script: &'a str,
    confidence: f64,
    reliable: bool,
    variant: Option<&'a str>,
    text: &'a str,
}

#[derive(Serialize)]
struct SentenceRecord<'a> {
    sentence: usize,
    char_start: usize,
    char_end: usize,
    byte_start: usize,
    byte_end: usize,
    language: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct EntityRecord<'a> {
    entity: usize,
    sentence: usize,
    char_start: usize,
    char_end: usize,
    byte_start: usize,
    byte_end: usize,
    label: &'a str,
    text: &'a str,
    source: String,
    confidence: Option<f64>,
}

#[derive(Serialize)]
struct DocumentRecord<'a> {
    id: &'a str,
    source: &'a str,
    status: &'a str,
    error: Option<&'a str>,
    language: Option<&'a str>,
    language_confidence: Option<f64>,
    script: Option<&'a str>,
    reliable: Option<bool>,
    variant: Option<&'a str>,
    chars: usize,
    bytes: usize,
    text: &'a str,
    segments: Vec<SegmentRecord<'a>>,
    sentences: Vec<SentenceRecord<'a>>,
    entities: Vec<EntityRecord<'a>>,
}

/// The dataset JSON record of one document, on one line (no trailing newline).
///
/// Keys: `id, source, status, error, language, language_confidence, script, reliable, variant, chars,
/// bytes, text` and arrays `segments`, `sentences`, `entities` whose objects carry the CSV columns
/// (less `doc_id`) plus `text`. Confidences are the CSV's 4-decimal values.
pub fn to_dataset_json(doc: &Document) -> Result<String> {
    let lang = doc.language.as_ref();
    let record = DocumentRecord {
        id: &doc.id,
        source: &doc.source,
        status: doc.status.as_str(),
        error: doc.error.as_deref(),
        language: lang.map(|l| l.lang.as_str()),
        language_confidence: lang.map(|l| conf(l.confidence)),
        script: lang.map(|l| l.script.as_str()),
        reliable: lang.map(|l| l.reliable),
        variant: lang.and_then(|l| l.variant.as_deref()),
        chars: doc.len_chars(),
        bytes: doc.text.len(),
        text: &doc.text,
        segments: doc
            .segments
            .iter()
            .enumerate()
            .map(|(i, s)| SegmentRecord {
                segment: i,
                char_start: s.span.start.char,
                char_end: s.span.end.char,
                byte_start: s.span.start.byte,
                byte_end: s.span.end.byte,
                language: &s.language.lang,
                script: &s.language.script,
                confidence: conf(s.language.confidence),
                reliable: s.language.reliable,
                variant: s.language.variant.as_deref(),
                text: doc.slice(&s.span),
            })
            .collect(),
        sentences: doc
            .sentences
            .iter()
            .enumerate()
            .map(|(i, s)| SentenceRecord {
                sentence: i,
                char_start: s.span.start.char,
                char_end: s.span.end.char,
                byte_start: s.span.start.byte,
                byte_end: s.span.end.byte,
                language: &s.language,
                text: doc.slice(&s.span),
            })
            .collect(),
        entities: doc
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| EntityRecord {
                entity: i,
                sentence: e.sentence,
                char_start: e.span.start.char,
                char_end: e.span.end.char,
                byte_start: e.span.start.byte,
                byte_end: e.span.end.byte,
                label: e.label.as_str(),
                text: doc.slice(&e.span),
                source: e.source.to_string(),
                confidence: e.confidence.map(|c| conf(f64::from(c))),
            })
            .collect(),
    };
    serde_json::to_string(&record).map_err(|e| Error::from(ErrorKind::Usage(e.to_string())))
}
