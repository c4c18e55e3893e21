//! JSON lines: one object per document per line, never a raw newline inside a record, for engines that
//! pipe records through a command (Spark `rdd.pipe`, Hadoop Streaming) and for `datasets`/pandas.

use super::records::{
    conf4, document_row, entity_rows, segment_rows, sentence_rows, Cell, Layer, Row,
};
use super::Sink;
use crate::document::Document;
use crate::error::{Error, ErrorKind, Result};
use serde::ser::{Error as _, SerializeMap, Serializer};
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

/// The two JSON records of a document: the `--out -` stream record ([`to_json`]) and the dataset
/// record (`--format jsonl`, [`super::to_dataset_json`]). Both are built from the rows of
/// [`super::records`]; they differ in the keys they pick, their order, and how they round and omit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum JsonRecord {
    Stream,
    Dataset,
}

impl JsonRecord {
    /// The keys of a layer's objects, in order: column names in space-separated groups (`doc_id` is
    /// written as `id`). The layers' arrays `segments`, `sentences`, `entities` follow the document's
    /// keys.
    fn keys(self, layer: Layer) -> &'static [&'static str] {
        use JsonRecord::{Dataset, Stream};
        match (self, layer) {
            (Stream, Layer::Documents) => &[
                "doc_id source status error",
                "language language_confidence chars bytes",
            ],
            (Stream, Layer::Segments) => {
                &["char_start char_end byte_start byte_end language script confidence text"]
            }
            (Stream, Layer::Sentences) => {
                &["char_start char_end byte_start byte_end language text"]
            }
            (Stream, Layer::Entities) => &[
                "char_start char_end byte_start byte_end",
                "confidence label source sentence text",
            ],
            (Dataset, Layer::Documents) => &[
                "doc_id source status error language language_confidence",
                "script reliable variant chars bytes text",
            ],
            (Dataset, Layer::Segments) => &[
                "segment char_start char_end byte_start byte_end",
                "language script confidence reliable variant text",
            ],
            (Dataset, Layer::Sentences) => {
                &["sentence char_start char_end byte_start byte_end language text"]
            }
            (Dataset, Layer::Entities) => &[
                "entity sentence char_start char_end byte_start byte_end",
                "label text source confidence",
            ],
        }
    }

    /// A confidence as the record writes it: 4 decimals, rounded half away from zero in the stream
    /// record and as the CSV cell in the dataset record.
    fn round(self, x: f64) -> f64 {
        match self {
            JsonRecord::Stream => (x * 10_000.0).round() / 10_000.0,
            JsonRecord::Dataset => conf4(x),
        }
    }

    /// Whether an object leaves out keys without a value (the stream record's spans) or writes `null`
    /// (the stream record's document, and the dataset record, whose records all have the same keys).
    fn omits_nulls(self, layer: Layer) -> bool {
        self == JsonRecord::Stream && layer != Layer::Documents
    }
}

/// One row as a JSON object.
struct Object<'a> {
    row: Row<'a>,
    record: JsonRecord,
}

impl Serialize for Object<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let (layer, record) = (self.row.layer(), self.record);
        let mut map = serializer.serialize_map(None)?;
        for column in record.keys(layer).iter().flat_map(|k| k.split_whitespace()) {
            let cell = self.row.get(column);
            let cell = cell.ok_or_else(|| S::Error::custom(format!("no column {column}")))?;
            let key = if column == "doc_id" { "id" } else { column };
            match cell {
                Cell::Str(None) | Cell::Float(None) | Cell::Bool(None)
                    if record.omits_nulls(layer) => {}
                Cell::Str(v) => map.serialize_entry(key, v)?,
                Cell::Int(v) => map.serialize_entry(key, v)?,
                Cell::Float(v) => map.serialize_entry(key, &v.map(|x| record.round(x)))?,
                Cell::Bool(v) => map.serialize_entry(key, v)?,
            }
        }
        map.end()
    }
}

/// A document's JSON record: the document's keys, then an array of objects per layer.
#[derive(Serialize)]
struct Record<'a> {
    #[serde(flatten)]
    document: Object<'a>,
    segments: Vec<Object<'a>>,
    sentences: Vec<Object<'a>>,
    entities: Vec<Object<'a>>,
}

/// The JSON record of one document, on one line (no trailing newline).
pub(super) fn record_json(doc: &Document, record: JsonRecord) -> Result<String> {
    let object = |row| Object { row, record };
    let json = Record {
        document: object(document_row(doc)),
        segments: segment_rows(doc).map(object).collect(),
        sentences: sentence_rows(doc).map(object).collect(),
        entities: entity_rows(doc).map(object).collect(),
    };
    serde_json::to_string(&json).map_err(|e| Error::from(ErrorKind::Usage(e.to_string())))
}

/// The JSON record of one document (also used by library callers): keys `id, source, status, error,
/// language, language_confidence, chars, bytes` and arrays `segments`, `sentences`, `entities` of span
/// objects (offsets, the layer's fields that have a value, and `text`).
pub fn to_json(doc: &Document) -> Result<String> {
    record_json(doc, JsonRecord::Stream).map(escape_line_separators)
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
