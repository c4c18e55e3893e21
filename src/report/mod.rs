//! Corpus review: `annotate report` writes one self-contained HTML page (summary, inline SVG charts,
//! a sample of documents with entities, sentences and language segments marked, and the documents
//! with errors); `annotate stats` prints the same summary in the terminal. Both run the pipeline over
//! the inputs with the normal runner and gather [`CorpusStats`] through a [`Collector`] sink, so the
//! numbers are those a `run` would write, and identical for any thread count.

mod html;
mod sample;
mod stats;
mod svg;
mod text;

pub use html::{escape, label_color, render_html};
pub use sample::{SampleDoc, SampleEntity};
pub use stats::{Collector, CorpusStats, ErrorRow, StatsOptions, BUCKETS, BUCKET_TOKENS};
pub use svg::{bar_chart, histogram, Bar};
pub use text::render_text;

use crate::error::{Error, ErrorKind, Result};
use crate::input::{DocumentStream, StdinFormat};
use crate::output::{AtomicFile, ResumeState};
use crate::pipeline::Pipeline;
use crate::runner::{run, RunOptions, Summary};
use std::path::Path;

/// Runs `pipeline` over `inputs` (files, folders or `-`, as for `annotate run`) and gathers the corpus
/// statistics. `threads` 0 means one per core.
pub fn collect(
    pipeline: &Pipeline,
    inputs: &[String],
    stdin_format: StdinFormat,
    threads: usize,
    options: StatsOptions,
) -> Result<(CorpusStats, Summary)> {
    let stream = DocumentStream::new(inputs, pipeline.run_settings().clone(), stdin_format);
    let (collector, handle) = Collector::new(options);
    let input_progress = stream.total_bytes().map(|total| (stream.consumed(), total));
    let run_options = RunOptions {
        threads,
        progress: options.progress,
        input_progress,
    };
    let summary = run(
        pipeline,
        stream,
        Box::new(collector),
        run_options,
        ResumeState::default(),
    )?;
    let stats = handle
        .lock()
        .map(|s| s.clone())
        .unwrap_or_else(|p| p.into_inner().clone());
    Ok((stats, summary))
}

/// Writes `html` to `path` atomically (a temporary file in the same folder, renamed at the end).
pub fn write_html(path: &Path, html: &str) -> Result<()> {
    let name = path.file_name().and_then(|n| n.to_str()).ok_or_else(|| {
        Error::from(ErrorKind::Usage(format!(
            "{} is not a file name",
            path.display()
        )))
    })?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut file = AtomicFile::create(dir, name)?;
    file.append(html.as_bytes())?;
    file.commit()
}

/// `annotate report`: annotates `inputs`, writes the HTML report to `out`, and returns a one-line
/// summary to print.
pub fn report_command(
    pipeline: &Pipeline,
    inputs: &[String],
    stdin_format: StdinFormat,
    threads: usize,
    options: StatsOptions,
    out: &Path,
) -> Result<String> {
    let (stats, summary) = collect(pipeline, inputs, stdin_format, threads, options)?;
    let title = inputs.join(" ");
    write_html(out, &render_html(&stats, &title, pipeline.name()))?;
    Ok(format!(
        "report: {} ({} sample documents, {} with errors); {summary}",
        out.display(),
        stats.sample.len(),
        stats.errors_total
    ))
}

/// `annotate stats`: annotates `inputs` and returns the corpus summary as text.
pub fn stats_command(
    pipeline: &Pipeline,
    inputs: &[String],
    stdin_format: StdinFormat,
    threads: usize,
    progress: bool,
) -> Result<String> {
    let options = StatsOptions {
        sample: 0,
        progress,
        ..StatsOptions::default()
    };
    let (stats, _) = collect(pipeline, inputs, stdin_format, threads, options)?;
    Ok(render_text(&stats))
}

#[cfg(test)]
mod tests;
