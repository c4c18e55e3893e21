//! The CSV tables: documents, segments, sentences, entities. Rows come from [`super::records`] and are
//! written cell by cell in the column order of the contract ([`HEADERS`]). Files are written as
//! `.NAME.partial` and renamed at the end; after each batch the writers are flushed and a `.progress`
//! checkpoint records how many documents are complete and how long each file was then, so a resumed
//! run can cut off a torn tail.

use super::records::{rows, Cell};
use super::Sink;
use crate::document::Document;
use crate::error::{Error, Result};
use std::borrow::Cow;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

/// Options of the CSV output.
#[derive(Debug, Clone, Copy, Default)]
pub struct CsvOptions {
    /// Continue an interrupted run in the same folder from its last checkpoint.
    pub resume: bool,
    /// Prefix cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) with `'`.
    pub neutralize_formulas: bool,
}

/// Where an interrupted run stopped: documents complete, and the digest of their inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ResumeState {
    /// Documents fully written.
    pub documents: usize,
    /// Running digest of those documents' inputs (see `RawDoc::digest`).
    pub digest: u64,
}

/// With `on`, prefixes a cell that a spreadsheet would run as a formula with `'`.
fn guard(on: bool, text: &str) -> Cow<'_, str> {
    if on && text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A CSV cell's text. With `on`, the cells that hold input data (`doc_id`, `source`, `text`) are
/// guarded against formulas.
fn field<'c>(on: bool, column: &str, cell: &'c Cell) -> Field<'c> {
    Field::Text(match cell {
        Cell::Str(Some(s)) if on && matches!(column, "doc_id" | "source" | "text") => guard(on, s),
        Cell::Str(Some(s)) => Cow::Borrowed(s),
        Cell::Int(n) => return Field::int(*n),
        Cell::Float(Some(x)) => Cow::Owned(format!("{x:.4}")),
        Cell::Bool(Some(b)) => Cow::Borrowed(if *b { "true" } else { "false" }),
        Cell::Str(None) | Cell::Float(None) | Cell::Bool(None) => Cow::Borrowed(""),
    })
}

/// A CSV cell's text, as the bytes the writer takes. Integers (most cells of the span tables) are
/// written into an inline buffer: formatting each into a `String` cost the `sentences` pipeline
/// 14% of its throughput.
enum Field<'c> {
    Text(Cow<'c, str>),
    /// Decimal digits in `digits[start..]`.
    Int {
        digits: [u8; 20],
        start: usize,
    },
}

impl Field<'_> {
    fn int(mut n: usize) -> Self {
        let mut digits = [b'0'; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            if let Some(d) = digits.get_mut(start) {
                *d = b'0' + (n % 10) as u8;
            }
            n /= 10;
            if n == 0 || start == 0 {
                break;
            }
        }
        Field::Int { digits, start }
    }
}

impl AsRef<[u8]> for Field<'_> {
    fn as_ref(&self) -> &[u8] {
        match self {
            Field::Text(text) => text.as_bytes(),
            Field::Int { digits, start } => digits.get(*start..).unwrap_or(&[]),
        }
    }
}

type TableWriter = csv::Writer<BufWriter<File>>;

/// The four CSV tables.
pub struct CsvSink {
    dir: PathBuf,
    writers: [TableWriter; 4],
    neutralize: bool,
}

/// The header row of each table: the column contract (extra columns only ever follow).
pub const HEADERS: [&[&str]; 4] = [
    &[
        "doc_id",
        "source",
        "language",
        "language_confidence",
        "chars",
        "bytes",
        "sentences",
        "entities",
        "status",
        "error",
        "script",
        "reliable",
        "variant",
    ],
    &[
        "doc_id",
        "segment",
        "char_start",
        "char_end",
        "byte_start",
        "byte_end",
        "language",
        "script",
        "confidence",
        "reliable",
        "variant",
    ],
    &[
        "doc_id",
        "sentence",
        "char_start",
        "char_end",
        "byte_start",
        "byte_end",
        "language",
        "text",
    ],
    &[
        "doc_id",
        "sentence",
        "entity",
        "char_start",
        "char_end",
        "byte_start",
        "byte_end",
        "label",
        "text",
        "source",
        "confidence",
    ],
];

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

fn progress_path(dir: &Path) -> PathBuf {
    dir.join(".progress")
}

/// Reads a checkpoint: `documents digest len0 len1 len2 len3`.
fn read_progress(dir: &Path) -> Option<(ResumeState, [u64; 4])> {
    let text = std::fs::read_to_string(progress_path(dir)).ok()?;
    let nums: Vec<u64> = text
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    match nums.as_slice() {
        [docs, digest, a, b, c, d] => Some((
            ResumeState {
                documents: *docs as usize,
                digest: *digest,
            },
            [*a, *b, *c, *d],
        )),
        _ => None,
    }
}

impl CsvSink {
    /// Creates the folder and the temporary table files. With `resume`, continues from the folder's
    /// checkpoint if it has one (returning where it stopped) and cuts each file back to that point.
    pub fn create(dir: &Path, options: CsvOptions) -> Result<(CsvSink, ResumeState)> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let resumed = if options.resume {
            read_progress(dir)
        } else {
            None
        };
        let open = |k: usize| -> Result<TableWriter> {
            let path = partial(dir, TABLES[k]);
            let (file, fresh) = match resumed {
                Some((_, lens)) => {
                    let file = std::fs::OpenOptions::new()
                        .write(true)
                        .open(&path)
                        .map_err(|e| Error::io(&path, e))?;
                    file.set_len(lens[k]).map_err(|e| Error::io(&path, e))?;
                    let mut file = file;
                    std::io::Seek::seek(&mut file, std::io::SeekFrom::End(0))
                        .map_err(|e| Error::io(&path, e))?;
                    (file, lens[k] == 0)
                }
                None => (File::create(&path).map_err(|e| Error::io(&path, e))?, true),
            };
            let mut writer = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(BufWriter::with_capacity(1 << 16, file));
            if fresh {
                writer.write_record(HEADERS[k])?; // written even when the table stays empty
            }
            Ok(writer)
        };
        let writers = [open(0)?, open(1)?, open(2)?, open(3)?];
        let state = resumed.map(|(s, _)| s).unwrap_or_default();
        Ok((
            CsvSink {
                dir: dir.to_path_buf(),
                writers,
                neutralize: options.neutralize_formulas,
            },
            state,
        ))
    }
}

impl Sink for CsvSink {
    fn write(&mut self, doc: &Document) -> Result<()> {
        let on = self.neutralize;
        for row in rows(doc) {
            let Some(writer) = self.writers.get_mut(row.layer().index()) else {
                continue;
            };
            writer.write_record(
                row.table_cells()
                    .map(|(column, cell)| field(on, column, cell)),
            )?;
        }
        Ok(())
    }

    fn checkpoint(&mut self, documents: usize, digest: u64) -> Result<()> {
        let mut lens = [0u64; 4];
        for (k, w) in self.writers.iter_mut().enumerate() {
            w.flush()
                .map_err(|e| Error::io(partial(&self.dir, TABLES[k]), e))?;
            let file = w.get_ref().get_ref();
            lens[k] = file
                .metadata()
                .map_err(|e| Error::io(partial(&self.dir, TABLES[k]), e))?
                .len();
        }
        let text = format!(
            "{documents} {digest} {} {} {} {}\n",
            lens[0], lens[1], lens[2], lens[3]
        );
        let (tmp, path) = (self.dir.join(".progress.tmp"), progress_path(&self.dir));
        std::fs::write(&tmp, text).map_err(|e| Error::io(&tmp, e))?;
        std::fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))
    }

    fn finish(self: Box<Self>) -> Result<()> {
        let CsvSink { dir, writers, .. } = *self;
        for (k, w) in writers.into_iter().enumerate() {
            let path = partial(&dir, TABLES[k]);
            let inner = w
                .into_inner()
                .map_err(|e| Error::io(&path, std::io::Error::other(e.to_string())))?;
            let file = inner
                .into_inner()
                .map_err(|e| Error::io(&path, e.into_error()))?;
            file.sync_all().map_err(|e| Error::io(&path, e))?;
        }
        for table in TABLES {
            let (from, to) = (partial(&dir, table), dir.join(table));
            std::fs::rename(&from, &to).map_err(|e| Error::io(&to, e))?;
        }
        let _ = std::fs::remove_file(progress_path(&dir));
        Ok(())
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn integers_are_written_in_decimal() {
        for n in [0usize, 7, 10, 1234567890, usize::MAX] {
            assert_eq!(super::Field::int(n).as_ref(), n.to_string().as_bytes());
        }
    }
    use super::*;

    #[test]
    fn headers_match_the_rows() {
        let doc = Document::new("d", "s", "Hello there.".into());
        let dir = std::env::temp_dir().join(format!("annot-headers-{}", std::process::id()));
        let (mut sink, _) = CsvSink::create(&dir, CsvOptions::default()).expect("sink");
        sink.write(&doc).expect("row");
        Box::new(sink).finish().expect("finish");
        let text = std::fs::read_to_string(dir.join("documents.csv")).expect("table");
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some(HEADERS[0].join(",").as_str()));
        assert_eq!(
            lines.next().map(|l| l.split(',').count()),
            Some(HEADERS[0].len())
        );
        for (k, t) in TABLES.iter().enumerate().skip(1) {
            let text = std::fs::read_to_string(dir.join(t)).expect("table");
            assert_eq!(
                text.lines().next(),
                Some(HEADERS[k].join(",").as_str()),
                "{t} has its header even when empty"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn formulas_are_neutralised_only_on_request() {
        assert_eq!(guard(true, "=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(guard(true, "@cmd"), "'@cmd");
        assert_eq!(guard(true, "plain"), "plain");
        assert_eq!(guard(false, "=SUM(A1)"), "=SUM(A1)");
    }
}
