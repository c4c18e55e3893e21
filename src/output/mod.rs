//! Writing annotated documents: four CSV tables in a folder (the column contract in README), or one
//! JSON object per document per line. CSV files are written under temporary names and renamed only
//! when the run completes, so an interrupted run never leaves a file that looks complete; a checkpoint
//! after every batch lets `--resume` continue an interrupted run to byte-identical files.

mod conll;
mod csv_sink;
mod json;
#[cfg(feature = "parquet")]
mod parquet;
mod records;
#[cfg(test)]
mod test_docs;

pub use conll::{
    create_sink, tagged_sentences, to_conll, to_conllu, to_dataset_json, AtomicFile, ExportFormat,
    TaggedToken, TextSink,
};
pub use csv_sink::{CsvOptions, CsvSink, ResumeState, HEADERS, TABLES};
pub use json::{to_json, JsonLinesSink};
#[cfg(feature = "parquet")]
pub use parquet::{ParquetSink, PARQUET_TABLES};

use crate::document::Document;
use crate::error::Result;

/// Where annotated documents go.
pub trait Sink {
    /// Writes one document (in input order).
    fn write(&mut self, doc: &Document) -> Result<()>;
    /// Called after each batch: `documents` written so far and the running `digest` of their inputs.
    /// Sinks that support resuming record it durably; others ignore it.
    fn checkpoint(&mut self, _documents: usize, _digest: u64) -> Result<()> {
        Ok(())
    }
    /// Flushes and makes the output final.
    fn finish(self: Box<Self>) -> Result<()>;
}
