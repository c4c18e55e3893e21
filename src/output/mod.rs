//! Writing annotated documents: four CSV tables in a folder (the column contract in README), or one
//! JSON object per document per line. CSV files are written under temporary names and renamed only
//! when the run completes, so an interrupted run never leaves a file that looks complete; a checkpoint
//! after every batch lets `--resume` continue an interrupted run to byte-identical files.

mod csv_sink;
mod json;

pub use csv_sink::{CsvOptions, CsvSink, ResumeState, TABLES};
pub use json::{to_json, JsonLinesSink};

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
