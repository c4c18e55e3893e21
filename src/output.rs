//! Writing annotated documents: four CSV tables in a folder (the column contract in README), or one
//! JSON object per document per line. CSV files are written under temporary names and renamed only
//! when the run completes, so an interrupted run never leaves a file that looks complete.

use crate::document::Document;
use crate::error::{Error, Result};
use serde::Serialize;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Where annotated documents go.
pub trait Sink {
    /// Writes one document (in input order).
    fn write(&mut self, doc: &Document) -> Result<()>;
    /// Flushes and makes the output final.
    fn finish(self: Box<Self>) -> Result<()>;
}

fn conf(x: f64) -> String {
    format!("{x:.4}")
}

#[derive(Serialize)]
struct DocumentRow<'a> {
    doc_id: &'a str,
    source: &'a str,
    language: &'a str,
    language_confidence: Option<String>,
    chars: usize,
    bytes: usize,
    sentences: usize,
    entities: usize,
    status: &'a str,
    error: &'a str,
    script: &'a str,
    reliable: Option<bool>,
    variant: &'a str,
}

#[derive(Serialize)]
struct SegmentRow<'a> {
    doc_id: &'a str,
    segment: usize,
    char_start: usize,
    char_end: usize,
    byte_start: usize,
    byte_end: usize,
    language: &'a str,
    script: &'a str,
    confidence: String,
    reliable: bool,
    variant: &'a str,
}

#[derive(Serialize)]
struct SentenceRow<'a> {
    doc_id: &'a str,
    sentence: usize,
    char_start: usize,
    char_end: usize,
    byte_start: usize,
    byte_end: usize,
    language: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct EntityRow<'a> {
    doc_id: &'a str,
    sentence: usize,
    entity: usize,
    char_start: usize,
    char_end: usize,
    byte_start: usize,
    byte_end: usize,
    label: &'a str,
    text: &'a str,
    source: String,
    confidence: Option<String>,
}

/// The four CSV tables.
pub struct CsvSink {
    dir: PathBuf,
    documents: csv::Writer<BufWriter<File>>,
    segments: csv::Writer<BufWriter<File>>,
    sentences: csv::Writer<BufWriter<File>>,
    entities: csv::Writer<BufWriter<File>>,
}

/// The table files, in the order they are written.
pub const TABLES: [&str; 4] = [
    "documents.csv",
    "segments.csv",
    "sentences.csv",
    "entities.csv",
];

fn partial(dir: &Path, table: &str) -> PathBuf {
    dir.join(format!(".{table}.partial"))
}

impl CsvSink {
    /// Creates the folder and the temporary table files.
    pub fn create(dir: &Path) -> Result<CsvSink> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let open = |table: &str| -> Result<csv::Writer<BufWriter<File>>> {
            let path = partial(dir, table);
            let file = File::create(&path).map_err(|e| Error::io(&path, e))?;
            Ok(csv::Writer::from_writer(BufWriter::with_capacity(
                1 << 16,
                file,
            )))
        };
        Ok(CsvSink {
            dir: dir.to_path_buf(),
            documents: open(TABLES[0])?,
            segments: open(TABLES[1])?,
            sentences: open(TABLES[2])?,
            entities: open(TABLES[3])?,
        })
    }
}

impl Sink for CsvSink {
    fn write(&mut self, doc: &Document) -> Result<()> {
        let id = doc.id.as_str();
        let lang = doc.language.as_ref();
        self.documents.serialize(DocumentRow {
            doc_id: id,
            source: &doc.source,
            language: lang.map_or("", |l| l.lang.as_str()),
            language_confidence: lang.map(|l| conf(l.confidence)),
            chars: doc.len_chars(),
            bytes: doc.text.len(),
            sentences: doc.sentences.len(),
            entities: doc.entities.len(),
            status: doc.status.as_str(),
            error: doc.error.as_deref().unwrap_or(""),
            script: lang.map_or("", |l| l.script.as_str()),
            reliable: lang.map(|l| l.reliable),
            variant: lang.and_then(|l| l.variant.as_deref()).unwrap_or(""),
        })?;
        for (i, s) in doc.segments.iter().enumerate() {
            self.segments.serialize(SegmentRow {
                doc_id: id,
                segment: i,
                char_start: s.span.start.char,
                char_end: s.span.end.char,
                byte_start: s.span.start.byte,
                byte_end: s.span.end.byte,
                language: &s.language.lang,
                script: &s.language.script,
                confidence: conf(s.language.confidence),
                reliable: s.language.reliable,
                variant: s.language.variant.as_deref().unwrap_or(""),
            })?;
        }
        for (i, s) in doc.sentences.iter().enumerate() {
            self.sentences.serialize(SentenceRow {
                doc_id: id,
                sentence: i,
                char_start: s.span.start.char,
                char_end: s.span.end.char,
                byte_start: s.span.start.byte,
                byte_end: s.span.end.byte,
                language: &s.language,
                text: doc.slice(&s.span),
            })?;
        }
        for (i, e) in doc.entities.iter().enumerate() {
            self.entities.serialize(EntityRow {
                doc_id: id,
                sentence: e.sentence,
                entity: i,
                char_start: e.span.start.char,
                char_end: e.span.end.char,
                byte_start: e.span.start.byte,
                byte_end: e.span.end.byte,
                label: e.label.as_str(),
                text: doc.slice(&e.span),
                source: e.source.to_string(),
                confidence: e.confidence.map(|c| conf(f64::from(c))),
            })?;
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<()> {
        for w in [
            &mut self.documents,
            &mut self.segments,
            &mut self.sentences,
            &mut self.entities,
        ] {
            w.flush().map_err(|e| Error::io(&self.dir, e))?;
        }
        let CsvSink {
            dir,
            documents,
            segments,
            sentences,
            entities,
        } = *self;
        for w in [documents, segments, sentences, entities] {
            let inner = w
                .into_inner()
                .map_err(|e| Error::io(&dir, std::io::Error::other(e.to_string())))?;
            let file = inner
                .into_inner()
                .map_err(|e| Error::io(&dir, e.into_error()))?;
            file.sync_all().map_err(|e| Error::io(&dir, e))?;
        }
        for table in TABLES {
            let (from, to) = (partial(&dir, table), dir.join(table));
            std::fs::rename(&from, &to).map_err(|e| Error::io(&to, e))?;
        }
        Ok(())
    }
}

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
        .map_err(|e| Error::from(crate::error::ErrorKind::Usage(e.to_string())))
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
