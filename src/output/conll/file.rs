//! Writing one export file the safe way: under a temporary name (`.NAME.partial`) that is renamed to
//! `NAME` only when the run completes, so an interrupted run never leaves a file that looks complete.

use crate::document::Document;
use crate::error::{Error, Result};
use crate::output::{CsvOptions, CsvSink, JsonLinesSink, ResumeState, Sink};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::ExportFormat;

/// A file written under a temporary name in its folder and renamed on [`AtomicFile::commit`].
pub struct AtomicFile {
    partial: PathBuf,
    path: PathBuf,
    out: BufWriter<File>,
}

impl AtomicFile {
    /// Creates `dir/.NAME.partial` (and `dir` if needed); the file becomes `dir/NAME` on commit.
    pub fn create(dir: &Path, name: &str) -> Result<AtomicFile> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let partial = dir.join(format!(".{name}.partial"));
        let file = File::create(&partial).map_err(|e| Error::io(&partial, e))?;
        Ok(AtomicFile {
            path: dir.join(name),
            out: BufWriter::with_capacity(1 << 16, file),
            partial,
        })
    }

    /// The final path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends bytes.
    pub fn append(&mut self, bytes: &[u8]) -> Result<()> {
        self.out
            .write_all(bytes)
            .map_err(|e| Error::io(&self.partial, e))
    }

    /// Flushes, syncs and renames the file to its final name.
    pub fn commit(self) -> Result<()> {
        let AtomicFile { partial, path, out } = self;
        let file = out
            .into_inner()
            .map_err(|e| Error::io(&partial, e.into_error()))?;
        file.sync_all().map_err(|e| Error::io(&partial, e))?;
        std::fs::rename(&partial, &path).map_err(|e| Error::io(&path, e))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.out.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

enum Target {
    File(AtomicFile),
    Stream(Box<dyn Write + Send>),
}

/// Writes documents in a line format (JSONL, CoNLL, CoNLL-U) to one file or a stream, in input order.
pub struct TextSink {
    format: ExportFormat,
    target: Target,
}

impl TextSink {
    /// Writes `dir/FILE` for a line format (`documents.jsonl`, `documents.conll`, `documents.conllu`).
    pub fn create(dir: &Path, format: ExportFormat) -> Result<TextSink> {
        let name = format.file_name().ok_or_else(|| {
            Error::from(crate::error::ErrorKind::Usage(format!(
                "{} is not a line format",
                format.as_str()
            )))
        })?;
        Ok(TextSink {
            format,
            target: Target::File(AtomicFile::create(dir, name)?),
        })
    }

    /// Streams a line format to `out` (e.g. stdout).
    pub fn stream(out: Box<dyn Write + Send>, format: ExportFormat) -> Result<TextSink> {
        if format.file_name().is_none() {
            return Err(Error::from(crate::error::ErrorKind::Usage(format!(
                "{} cannot be streamed; give an output folder",
                format.as_str()
            ))));
        }
        Ok(TextSink {
            format,
            target: Target::Stream(out),
        })
    }
}

impl Sink for TextSink {
    fn write(&mut self, doc: &Document) -> Result<()> {
        let text = match self.format.render(doc) {
            Some(text) => text?,
            None => return Ok(()),
        };
        match &mut self.target {
            Target::File(file) => file.append(text.as_bytes()),
            Target::Stream(out) => out
                .write_all(text.as_bytes())
                .map_err(|e| Error::io("<stdout>", e)),
        }
    }

    fn finish(self: Box<Self>) -> Result<()> {
        match self.target {
            Target::File(file) => file.commit(),
            Target::Stream(mut out) => out.flush().map_err(|e| Error::io("<stdout>", e)),
        }
    }
}

/// Opens the sink of `format`: a folder `dir` for every format, or stdout when `dir` is `-` (CSV and
/// JSONL then stream the `--out -` JSON record, CoNLL and CoNLL-U their text; Parquet needs a folder).
/// With `csv.resume`, CSV continues an interrupted run; the other formats refuse to resume.
pub fn create_sink(
    dir: &str,
    format: ExportFormat,
    csv: CsvOptions,
) -> Result<(Box<dyn Sink + Send>, ResumeState)> {
    let usage = |m: String| Err(Error::from(crate::error::ErrorKind::Usage(m)));
    if csv.resume && format != ExportFormat::Csv {
        return usage(format!(
            "--resume works with --format csv only, not {}",
            format.as_str()
        ));
    }
    if dir == "-" {
        if csv.resume {
            return usage("--resume needs an output folder (--out DIR), not stdout".into());
        }
        let stdout = Box::new(BufWriter::new(std::io::stdout()));
        let sink: Box<dyn Sink + Send> = match format {
            ExportFormat::Csv | ExportFormat::Jsonl => Box::new(JsonLinesSink::new(stdout)),
            ExportFormat::Conll | ExportFormat::Conllu => {
                Box::new(TextSink::stream(stdout, format)?)
            }
            ExportFormat::Parquet => {
                return usage("--format parquet needs an output folder (--out DIR)".into())
            }
        };
        return Ok((sink, ResumeState::default()));
    }
    let path = Path::new(dir);
    match format {
        ExportFormat::Csv => {
            let (sink, state) = CsvSink::create(path, csv)?;
            Ok((Box::new(sink), state))
        }
        ExportFormat::Jsonl | ExportFormat::Conll | ExportFormat::Conllu => Ok((
            Box::new(TextSink::create(path, format)?),
            ResumeState::default(),
        )),
        #[cfg(feature = "parquet")]
        ExportFormat::Parquet => Ok((
            Box::new(crate::output::ParquetSink::create(path)?),
            ResumeState::default(),
        )),
        #[cfg(not(feature = "parquet"))]
        ExportFormat::Parquet => usage(
            "this annotate was built without Parquet support (build it with --features parquet)"
                .into(),
        ),
    }
}
