//! Parquet export (`--format parquet`): one file per layer (`documents.parquet`, `segments.parquet`,
//! `sentences.parquet`, `entities.parquet`) with the columns of the CSV tables, typed (INT64 offsets and
//! counts, DOUBLE confidences, BOOLEAN flags, UTF-8 strings; empty CSV cells are nulls). Rows are
//! buffered per table and written as row groups of a fixed number of rows, so the files depend only on
//! the documents, never on batching or thread count. Files are written under temporary names and
//! renamed when the run completes. Uses the `parquet` crate without its Arrow layer.

use super::conll::AtomicFile;
use super::{Sink, HEADERS};
use crate::document::Document;
use crate::error::{Error, ErrorKind, Result};
use parquet::basic::Compression;
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use std::path::Path;
use std::sync::Arc;

/// Rows per row group.
const ROW_GROUP_ROWS: usize = 65_536;

/// The Parquet file of each table, in the order of [`crate::output::TABLES`].
pub const PARQUET_TABLES: [&str; 4] = [
    "documents.parquet",
    "segments.parquet",
    "sentences.parquet",
    "entities.parquet",
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Str,
    Int,
    Float,
    Bool,
}

/// Column types of each table, in header order: (kind, nullable).
fn column_types(table: usize, column: &str) -> (Kind, bool) {
    match (table, column) {
        (_, "char_start" | "char_end" | "byte_start" | "byte_end") => (Kind::Int, false),
        (_, "segment" | "sentence" | "entity" | "chars" | "bytes") => (Kind::Int, false),
        (0, "sentences" | "entities") => (Kind::Int, false),
        (0, "language_confidence") | (3, "confidence") => (Kind::Float, true),
        (1, "confidence") => (Kind::Float, false),
        (0, "reliable") => (Kind::Bool, true),
        (1, "reliable") => (Kind::Bool, false),
        (0, "language" | "error" | "script" | "variant") | (1, "variant") => (Kind::Str, true),
        _ => (Kind::Str, false),
    }
}

/// One cell of a row.
#[derive(Debug, Clone, PartialEq)]
enum Cell<'a> {
    Str(Option<&'a str>),
    Int(usize),
    Float(Option<f64>),
    Bool(Option<bool>),
}

#[derive(Default)]
struct ColumnBuf {
    strs: Vec<ByteArray>,
    ints: Vec<i64>,
    floats: Vec<f64>,
    bools: Vec<bool>,
    defs: Vec<i16>,
}

struct Table {
    columns: Vec<(Kind, bool)>,
    buffers: Vec<ColumnBuf>,
    rows: usize,
    writer: SerializedFileWriter<AtomicFile>,
}

fn pq_err(what: &Path, e: parquet::errors::ParquetError) -> Error {
    Error::from(ErrorKind::Usage(format!(
        "{}: writing parquet: {e}",
        what.display()
    )))
}

impl Table {
    fn create(dir: &Path, table: usize) -> Result<Table> {
        let headers = HEADERS.get(table).copied().unwrap_or(&[]);
        let columns: Vec<(Kind, bool)> = headers.iter().map(|h| column_types(table, h)).collect();
        let mut message = String::from("message table {\n");
        for (name, (kind, nullable)) in headers.iter().zip(&columns) {
            let repetition = if *nullable { "OPTIONAL" } else { "REQUIRED" };
            let ty = match kind {
                Kind::Str => "BYTE_ARRAY",
                Kind::Int => "INT64",
                Kind::Float => "DOUBLE",
                Kind::Bool => "BOOLEAN",
            };
            let logical = if *kind == Kind::Str { " (STRING)" } else { "" };
            message.push_str(&format!("  {repetition} {ty} {name}{logical};\n"));
        }
        message.push('}');
        let name = PARQUET_TABLES
            .get(table)
            .copied()
            .unwrap_or("table.parquet");
        let file = AtomicFile::create(dir, name)?;
        let path = file.path().to_path_buf();
        let schema = Arc::new(parse_message_type(&message).map_err(|e| pq_err(&path, e))?);
        let props = WriterProperties::builder()
            .set_compression(Compression::UNCOMPRESSED)
            .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
            .build();
        let writer = SerializedFileWriter::new(file, schema, Arc::new(props))
            .map_err(|e| pq_err(&path, e))?;
        let buffers = columns.iter().map(|_| ColumnBuf::default()).collect();
        Ok(Table {
            columns,
            buffers,
            rows: 0,
            writer,
        })
    }

    fn push(&mut self, row: &[Cell]) -> Result<()> {
        for (buf, cell) in self.buffers.iter_mut().zip(row) {
            let present = match *cell {
                Cell::Str(Some(v)) => {
                    buf.strs.push(ByteArray::from(v.as_bytes().to_vec()));
                    true
                }
                Cell::Int(v) => {
                    buf.ints.push(i64::try_from(v).unwrap_or(i64::MAX));
                    true
                }
                Cell::Float(Some(v)) => {
                    buf.floats.push(v);
                    true
                }
                Cell::Bool(Some(v)) => {
                    buf.bools.push(v);
                    true
                }
                Cell::Str(None) | Cell::Float(None) | Cell::Bool(None) => false,
            };
            buf.defs.push(i16::from(present));
        }
        self.rows += 1;
        if self.rows >= ROW_GROUP_ROWS {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the buffered rows as one row group.
    fn flush(&mut self) -> Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let path = self.writer.inner().path().to_path_buf();
        let err = |e| pq_err(&path, e);
        let mut group = self.writer.next_row_group().map_err(err)?;
        for ((kind, nullable), buf) in self.columns.iter().zip(&mut self.buffers) {
            let Some(mut column) = group.next_column().map_err(err)? else {
                break;
            };
            let defs = nullable.then_some(buf.defs.as_slice());
            match kind {
                Kind::Str => column
                    .typed::<ByteArrayType>()
                    .write_batch(&buf.strs, defs, None),
                Kind::Int => column
                    .typed::<Int64Type>()
                    .write_batch(&buf.ints, defs, None),
                Kind::Float => column
                    .typed::<DoubleType>()
                    .write_batch(&buf.floats, defs, None),
                Kind::Bool => column
                    .typed::<BoolType>()
                    .write_batch(&buf.bools, defs, None),
            }
            .map_err(err)?;
            column.close().map_err(err)?;
            *buf = ColumnBuf::default();
        }
        group.close().map_err(err)?;
        self.rows = 0;
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        self.flush()?;
        let path = self.writer.inner().path().to_path_buf();
        let file = self.writer.into_inner().map_err(|e| pq_err(&path, e))?;
        file.commit()
    }
}

/// Writes the four layers as Parquet files in a folder.
pub struct ParquetSink {
    tables: Vec<Table>,
}

impl ParquetSink {
    /// Creates the folder and the four temporary table files.
    pub fn create(dir: &Path) -> Result<ParquetSink> {
        let tables = (0..PARQUET_TABLES.len())
            .map(|t| Table::create(dir, t))
            .collect::<Result<Vec<_>>>()?;
        Ok(ParquetSink { tables })
    }
}

/// A confidence as the CSV writes it (4 decimals), as a number.
fn conf(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

impl Sink for ParquetSink {
    fn write(&mut self, doc: &Document) -> Result<()> {
        let [documents, segments, sentences, entities] = self.tables.as_mut_slice() else {
            return Err(Error::from(ErrorKind::Usage(
                "parquet tables missing".into(),
            )));
        };
        let id = doc.id.as_str();
        let lang = doc.language.as_ref();
        documents.push(&[
            Cell::Str(Some(id)),
            Cell::Str(Some(&doc.source)),
            Cell::Str(lang.map(|l| l.lang.as_str())),
            Cell::Float(lang.map(|l| conf(l.confidence))),
            Cell::Int(doc.len_chars()),
            Cell::Int(doc.text.len()),
            Cell::Int(doc.sentences.len()),
            Cell::Int(doc.entities.len()),
            Cell::Str(Some(doc.status.as_str())),
            Cell::Str(doc.error.as_deref()),
            Cell::Str(lang.map(|l| l.script.as_str())),
            Cell::Bool(lang.map(|l| l.reliable)),
            Cell::Str(lang.and_then(|l| l.variant.as_deref())),
        ])?;
        for (i, s) in doc.segments.iter().enumerate() {
            segments.push(&[
                Cell::Str(Some(id)),
                Cell::Int(i),
                Cell::Int(s.span.start.char),
                Cell::Int(s.span.end.char),
                Cell::Int(s.span.start.byte),
                Cell::Int(s.span.end.byte),
                Cell::Str(Some(&s.language.lang)),
                Cell::Str(Some(&s.language.script)),
                Cell::Float(Some(conf(s.language.confidence))),
                Cell::Bool(Some(s.language.reliable)),
                Cell::Str(s.language.variant.as_deref()),
            ])?;
        }
        for (i, s) in doc.sentences.iter().enumerate() {
            sentences.push(&[
                Cell::Str(Some(id)),
                Cell::Int(i),
                Cell::Int(s.span.start.char),
                Cell::Int(s.span.end.char),
                Cell::Int(s.span.start.byte),
                Cell::Int(s.span.end.byte),
                Cell::Str(Some(&s.language)),
                Cell::Str(Some(doc.slice(&s.span))),
            ])?;
        }
        for (i, e) in doc.entities.iter().enumerate() {
            let source = e.source.to_string();
            entities.push(&[
                Cell::Str(Some(id)),
                Cell::Int(e.sentence),
                Cell::Int(i),
                Cell::Int(e.span.start.char),
                Cell::Int(e.span.end.char),
                Cell::Int(e.span.start.byte),
                Cell::Int(e.span.end.byte),
                Cell::Str(Some(e.label.as_str())),
                Cell::Str(Some(doc.slice(&e.span))),
                Cell::Str(Some(&source)),
                Cell::Float(e.confidence.map(|c| conf(f64::from(c)))),
            ])?;
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<()> {
        for table in self.tables {
            table.finish()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
