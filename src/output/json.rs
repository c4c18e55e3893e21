//! JSON lines: one object per document per line, never a raw newline inside a record, for engines that
//! pipe records through a command (Spark `rdd.pipe`, Hadoop Streaming) and for `datasets`/pandas.

use super::Sink;
use crate::document::Document;
use crate::error::{Error, Result};
use serde::Serialize;
use std::io::Write;

/// One JSON object per document per line, for engines that pipe records through (Spark, Hadoop).
pub struct JsonLinesSink<W: Write> {
    out: W,
}

impl<W: Write> JsonLinesSink<W> {
    /// Writes to `out`.
    pub fn new(out: W) -> JsonLinesSink<W> {
        JsonLinesSink { out }
    }
}

#[derive(Serialize)]
struct JsonSpan<'a> {
    char_start: usize,
    char_end: usize,
    byte_start: usize,
    byte_end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    script: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentence: Option<usize>,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    id: &'a str,
    source: &'a str,
    status: &'a str,
    error: Option<&'a str>,
    language: Option<&'a str>,
    language_confidence: Option<f64>,
    chars: usize,
    bytes: usize,
    segments: Vec<JsonSpan<'a>>,
    sentences: Vec<JsonSpan<'a>>,
    entities: Vec<JsonSpan<'a>>,
}

fn span<'a>(doc: &'a Document, s: &crate::span::Span) -> JsonSpan<'a> {
    JsonSpan {
        char_start: s.start.char,
        char_end: s.end.char,
        byte_start: s.start.byte,
        byte_end: s.end.byte,
        language: None,
        script: None,
        confidence: None,
        label: None,
        source: None,
        sentence: None,
        text: doc.slice(s),
    }
}

/// The JSON record of one document (also used by library callers).
pub fn to_json(doc: &Document) -> Result<String> {
    let round = |x: f64| (x * 10_000.0).round() / 10_000.0;
    let record = JsonDocument {
        id: &doc.id,
        source: &doc.source,
        status: doc.status.as_str(),
        error: doc.error.as_deref(),
        language: doc.language.as_ref().map(|l| l.lang.as_str()),
        language_confidence: doc.language.as_ref().map(|l| round(l.confidence)),
        chars: doc.len_chars(),
        bytes: doc.text.len(),
        segments: doc
            .segments
            .iter()
            .map(|s| JsonSpan {
                language: Some(&s.language.lang),
                script: Some(&s.language.script),
                confidence: Some(round(s.language.confidence)),
                ..span(doc, &s.span)
            })
            .collect(),
        sentences: doc
            .sentences
            .iter()
            .map(|s| JsonSpan {
                language: Some(&s.language),
                ..span(doc, &s.span)
            })
            .collect(),
        entities: doc
            .entities
            .iter()
            .map(|e| JsonSpan {
                label: Some(e.label.as_str()),
                source: Some(e.source.to_string()),
                confidence: e.confidence.map(|c| round(f64::from(c))),
                sentence: Some(e.sentence),
                ..span(doc, &e.span)
            })
            .collect(),
    };
    serde_json::to_string(&record)
        .map(escape_line_separators)
        .map_err(|e| Error::from(crate::error::ErrorKind::Usage(e.to_string())))
}

/// Escapes the characters that some line readers treat as line ends although JSON allows them raw
/// (U+0085, U+2028, U+2029: Python's `str.splitlines`, JavaScript before ES2019), so a record is one
/// line for every reader. They can only occur inside JSON strings, where the escape means the same.
fn escape_line_separators(json: String) -> String {
    if !json.contains(['\u{85}', '\u{2028}', '\u{2029}']) {
        return json;
    }
    json.replace('\u{85}', "\\u0085")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

impl<W: Write> Sink for JsonLinesSink<W> {
    fn write(&mut self, doc: &Document) -> Result<()> {
        let line = to_json(doc)?;
        self.out
            .write_all(line.as_bytes())
            .and_then(|()| self.out.write_all(b"\n"))
            .map_err(|e| Error::io("<stdout>", e))
    }
    fn finish(mut self: Box<Self>) -> Result<()> {
        self.out.flush().map_err(|e| Error::io("<stdout>", e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_separators_are_escaped_and_parse_back() {
        let pipeline = crate::Pipeline::default_pipeline().expect("built-in pipeline");
        let text = "One\u{2028}two\u{2029}three\u{85}four.\nNext line.";
        let doc = pipeline.annotate_text("x", text);
        let line = to_json(&doc).expect("serialises");
        assert!(!line.contains(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']));
        let back: serde_json::Value = serde_json::from_str(&line).expect("valid JSON");
        assert_eq!(back["bytes"], text.len());
        let sentences = back["sentences"].as_array().expect("sentences");
        assert!(!sentences.is_empty());
        for s in sentences {
            let (start, end) = (s["byte_start"].as_u64(), s["byte_end"].as_u64());
            let want = start
                .zip(end)
                .and_then(|(a, b)| text.get(a as usize..b as usize));
            assert_eq!(s["text"].as_str(), want, "{s}");
        }
    }

    #[test]
    fn escaping_keeps_the_value() {
        let raw = serde_json::to_string(&"a\u{2028}b\u{85}c\u{2029}").expect("string");
        let escaped = escape_line_separators(raw.clone());
        assert_eq!(escaped, r#""a\u2028b\u0085c\u2029""#);
        let back: String = serde_json::from_str(&escaped).expect("valid JSON");
        assert_eq!(back, "a\u{2028}b\u{85}c\u{2029}");
    }

    #[test]
    fn plain_records_are_unchanged() {
        let json = r#"{"text":"a\nb"}"#.to_string();
        assert_eq!(escape_line_separators(json.clone()), json);
    }
}
