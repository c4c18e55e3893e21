//! Running a pipeline over a stream of documents: a reader thread cuts the input into batches (and sets each
//! document up: text checks, char offset index), each batch is annotated in parallel on a local rayon pool
//! (indexed collect keeps input order), and a writer thread
//! writes finished batches in order. Reading, annotating and writing overlap; at most a few batches are
//! in flight, so memory is bounded by the batch size, not the corpus. Output is byte-identical for any
//! thread count because every document is annotated independently and written in input order.

use crate::document::Document;
use crate::error::{Error, ErrorKind, Result};
use crate::input::RawDoc;
use crate::output::{ResumeState, Sink};
use crate::pipeline::Pipeline;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::Arc;
use std::time::Instant;

/// How to run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Worker threads (0 = one per core).
    pub threads: usize,
    /// Print a progress line on stderr.
    pub progress: bool,
    /// Input bytes consumed so far and the total, for a progress bar (see `DocumentStream`).
    pub input_progress: Option<(Arc<AtomicU64>, u64)>,
}

/// The progress line: a bar when the input size is known, then documents, MB and MB/s.
fn progress_line(summary: &Summary, secs: f64, input: &Option<(Arc<AtomicU64>, u64)>) -> String {
    let mb = summary.bytes as f64 / 1e6;
    let rate = format!(
        "{} documents, {:.1} MB, {:.2} MB/s",
        summary.documents,
        mb,
        mb / secs.max(1e-9)
    );
    match input {
        Some((read, total)) if *total > 0 => {
            let frac = (read.load(Ordering::Relaxed) as f64 / *total as f64).clamp(0.0, 1.0);
            let filled = (frac * 30.0).round() as usize;
            format!(
                "[{}{}] {:>3.0}% {rate}",
                "#".repeat(filled),
                "-".repeat(30 - filled),
                frac * 100.0
            )
        }
        _ => rate,
    }
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Documents written by this run.
    pub documents: usize,
    /// Documents skipped because an interrupted run had already written them (`--resume`).
    pub resumed: usize,
    /// Documents not annotated (any failure status).
    pub failed: usize,
    /// Count per status.
    pub statuses: BTreeMap<&'static str, usize>,
    /// Sentences written.
    pub sentences: usize,
    /// Entities written.
    pub entities: usize,
    /// Bytes of text annotated.
    pub bytes: usize,
    /// Wall-clock seconds.
    pub seconds: f64,
}

impl Summary {
    fn add(&mut self, doc: &Document) {
        self.documents += 1;
        *self.statuses.entry(doc.status.as_str()).or_default() += 1;
        if doc.status.is_failure() {
            self.failed += 1;
        }
        self.sentences += doc.sentences.len();
        self.entities += doc.entities.len();
        self.bytes += doc.text.len();
    }

    /// Megabytes (10^6 bytes) of text per second.
    pub fn mb_per_s(&self) -> f64 {
        if self.seconds > 0.0 {
            self.bytes as f64 / 1e6 / self.seconds
        } else {
            0.0
        }
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let statuses: Vec<String> = self
            .statuses
            .iter()
            .map(|(s, n)| format!("{s} {n}"))
            .collect();
        if self.resumed > 0 {
            write!(f, "resumed after {} documents; ", self.resumed)?;
        }
        write!(
            f,
            "{} documents ({}), {} failed; {} sentences, {} entities; {:.2} MB in {:.2} s ({:.2} MB/s)",
            self.documents,
            statuses.join(", "),
            self.failed,
            self.sentences,
            self.entities,
            self.bytes as f64 / 1e6,
            self.seconds,
            self.mb_per_s()
        )
    }
}

/// Documents in the first batch of a run (later batches double up to the pipeline's batch size).
const FIRST_BATCH: usize = 16;

fn annotate_one(pipeline: &Pipeline, mut doc: Document) -> Document {
    pipeline.annotate(&mut doc);
    doc
}

/// Folds one document digest into a run digest (order-sensitive).
fn fold(run: u64, doc: u64) -> u64 {
    (run ^ doc).wrapping_mul(0x0100_0000_01b3).rotate_left(17)
}

/// Annotates every document of `input` and writes it to `sink`, in input order. With a non-empty
/// `resume` state, the first `resume.documents` input documents are skipped after checking that they are
/// the ones the interrupted run wrote (same ids, sources and contents).
pub fn run(
    pipeline: &Pipeline,
    input: impl Iterator<Item = RawDoc> + Send,
    sink: Box<dyn Sink + Send>,
    options: RunOptions,
    resume: ResumeState,
) -> Result<Summary> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(|e| {
            Error::from(ErrorKind::Usage(format!(
                "cannot start worker threads: {e}"
            )))
        })?;
    let batch_size = pipeline.run_settings().batch_size;
    let batch_bytes = pipeline.run_settings().batch_bytes;
    let start = Instant::now();
    let (batch_tx, batch_rx) = sync_channel::<(Vec<Document>, u64)>(2);
    let (done_tx, done_rx) = sync_channel::<(Vec<Document>, u64)>(2);

    std::thread::scope(|scope| {
        let reader = scope.spawn(move || -> Result<()> {
            let mut input = input;
            let mut digest = 0u64;
            let mut skipped = 0;
            for raw in input.by_ref().take(resume.documents) {
                digest = fold(digest, raw.digest());
                skipped += 1;
            }
            if skipped != resume.documents || digest != resume.digest {
                return Err(Error::from(ErrorKind::Usage(format!(
                    "cannot resume: the input differs from the interrupted run's in its first {} documents \
                     (start again without --resume, or into another folder)",
                    resume.documents
                ))));
            }
            // The first batches are small and double up to `batch_size`, so annotation starts
            // after a few documents are read instead of a whole batch (output does not depend on
            // batching).
            let mut target = batch_size.min(FIRST_BATCH);
            loop {
                let mut batch: Vec<RawDoc> = Vec::with_capacity(target.min(4096));
                let mut bytes = 0;
                while batch.is_empty() || (batch.len() < target && bytes < batch_bytes) {
                    let Some(raw) = input.next() else { break };
                    bytes += raw.content.as_ref().map_or(0, String::len);
                    batch.push(raw);
                }
                target = (target * 2).min(batch_size);
                for raw in &batch {
                    digest = fold(digest, raw.digest());
                }
                if batch.is_empty() {
                    return Ok(());
                }
                // Documents are set up here (text checks, char offset index), off the workers.
                let docs: Vec<Document> = batch.into_iter().map(RawDoc::into_document).collect();
                if batch_tx.send((docs, digest)).is_err() {
                    return Ok(());
                }
            }
        });
        let writer = scope.spawn(move || -> Result<(Summary, Box<dyn Sink + Send>)> {
            let mut sink = sink;
            let mut summary = Summary {
                resumed: resume.documents,
                ..Summary::default()
            };
            let mut last_report = Instant::now();
            for (batch, digest) in done_rx {
                for doc in &batch {
                    sink.write(doc)?;
                    summary.add(doc);
                }
                sink.checkpoint(summary.resumed + summary.documents, digest)?;
                if options.progress && last_report.elapsed().as_millis() >= 250 {
                    last_report = Instant::now();
                    let line = progress_line(
                        &summary,
                        start.elapsed().as_secs_f64(),
                        &options.input_progress,
                    );
                    eprint!("\r\x1b[2K{line}");
                    let _ = std::io::stderr().flush();
                }
            }
            if options.progress {
                eprint!("\r\x1b[2K");
            }
            Ok((summary, sink))
        });
        for (batch, digest) in batch_rx {
            let docs: Vec<Document> = pool.install(|| {
                batch
                    .into_par_iter()
                    .map(|doc| annotate_one(pipeline, doc))
                    .collect()
            });
            if done_tx.send((docs, digest)).is_err() {
                break; // the writer stopped on an error; it reports it below
            }
        }
        drop(done_tx);
        let panicked = || {
            Error::from(ErrorKind::Usage(
                "an input or output thread panicked".into(),
            ))
        };
        let written = writer.join().unwrap_or_else(|_| Err(panicked()));
        reader.join().unwrap_or_else(|_| Err(panicked()))?;
        let (mut summary, sink) = written?;
        sink.finish()?; // only now, when every document is written, do the files get their final names
        summary.seconds = start.elapsed().as_secs_f64();
        Ok(summary)
    })
}
