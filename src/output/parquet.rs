//! Parquet export (`--format parquet`): one file per layer (`documents.parquet`, `segments.parquet`,
//! `sentences.parquet`, `entities.parquet`) with the columns of the CSV tables, typed (INT64 offsets and
//! counts, DOUBLE confidences, BOOLEAN flags, UTF-8 strings; empty CSV cells are nulls). Rows are
//! buffered per table and written as row groups of a fixed number of rows, so the files depend only on
//! the documents, never on batching or thread count. Files are written under temporary names and
//! renamed when the run completes. Uses the `parquet` crate without its Arrow layer.

use super::conll::AtomicFile;
use super::records::{conf4, rows, Cell};
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

    fn push<'r, 'c: 'r>(&mut self, row: impl Iterator<Item = &'r Cell<'c>>) -> Result<()> {
        for (buf, cell) in self.buffers.iter_mut().zip(row) {
            let present = match *cell {
                Cell::Str(Some(ref v)) => {
                    buf.strs.push(ByteArray::from(v.as_bytes().to_vec()));
                    true
                }
                Cell::Int(v) => {
                    buf.ints.push(i64::try_from(v).unwrap_or(i64::MAX));
                    true
                }
                Cell::Float(Some(v)) => {
                    buf.floats.push(conf4(v));
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

impl Sink for ParquetSink {
    fn write(&mut self, doc: &Document) -> Result<()> {
        for row in rows(doc) {
            let Some(table) = self.tables.get_mut(row.layer().index()) else {
                return Err(Error::from(ErrorKind::Usage(
                    "parquet tables missing".into(),
                )));
            };
            table.push(row.table_cells().map(|(_, cell)| cell))?;
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
