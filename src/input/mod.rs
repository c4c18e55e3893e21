//! Reading documents as a stream: `.txt` files (one document each, id = path), `.jsonl` files (one
//! `{"id", "text"}` document a line), either gzip-compressed, folders (recursive, sorted) and stdin.
//! Nothing here stops a run: an unreadable file, a malformed line, binary data or an oversized document
//! becomes a [`RawDoc`] with a failure status and a message, and reading goes on.

mod decode;
mod jsonl;

pub use decode::decode;

use crate::document::{Document, Status};
use crate::pipeline::RunSettings;
use decode::read_text;
use jsonl::JsonlReader;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// A document as read, before annotation.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDoc {
    /// The document id.
    pub id: String,
    /// `path` or `path:LINE`.
    pub source: String,
    /// The text, or why there is none.
    pub content: std::result::Result<String, (Status, String)>,
    /// How many invalid UTF-8 sequences were replaced with U+FFFD.
    pub replaced: usize,
}

impl RawDoc {
    pub(crate) fn failed(id: String, source: String, status: Status, message: String) -> RawDoc {
        RawDoc {
            id,
            source,
            content: Err((status, message)),
            replaced: 0,
        }
    }

    /// A digest of what was read (id, source and content), used to check that a resumed run reads the
    /// same input as the interrupted one. FNV-1a over little-endian 8-byte words (then the tail
    /// bytes): stable across platforms and compiler versions, and eight times fewer steps than
    /// byte-wise FNV over large inputs.
    pub fn digest(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |bytes: &[u8]| {
            let mut words = bytes.chunks_exact(8);
            for w in words.by_ref() {
                let mut word = [0u8; 8];
                word.copy_from_slice(w);
                h ^= u64::from_le_bytes(word);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            for &b in words.remainder().iter().chain([0xffu8].iter()) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        };
        eat(self.id.as_bytes());
        eat(self.source.as_bytes());
        match &self.content {
            Ok(text) => eat(text.as_bytes()),
            Err((status, message)) => {
                eat(status.as_str().as_bytes());
                eat(message.as_bytes());
            }
        }
        h
    }

    /// Turns it into a document ready for the pipeline.
    pub fn into_document(self) -> Document {
        match self.content {
            Err((status, message)) => Document::failed(self.id, self.source, status, message),
            Ok(text) => {
                let mut doc = Document::new(self.id, self.source, text);
                if self.replaced > 0 {
                    doc.status = Status::Lossy;
                    doc.error = Some(format!(
                        "invalid UTF-8: {} byte sequence(s) replaced with U+FFFD",
                        self.replaced
                    ));
                }
                doc
            }
        }
    }
}

/// How to read standard input (`-`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StdinFormat {
    /// One JSON document a line.
    #[default]
    Jsonl,
    /// The whole of stdin is one document.
    Text,
}

enum Source {
    Path(PathBuf),
    Stdin,
}

/// The stream of documents from a list of inputs, in order.
pub struct DocumentStream {
    pending: VecDeque<Source>,
    current: Option<JsonlReader>,
    limits: RunSettings,
    stdin_format: StdinFormat,
    consumed: Arc<AtomicU64>,
    total: Option<u64>,
}

/// Counts the bytes read through it (for the progress bar).
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

impl DocumentStream {
    /// Reads `inputs` (paths, folders, or `-`) in the order given; folders are walked recursively in
    /// sorted order, taking `.txt`, `.jsonl` and their `.gz` forms.
    pub fn new(
        inputs: &[String],
        limits: RunSettings,
        stdin_format: StdinFormat,
    ) -> DocumentStream {
        let mut pending = VecDeque::new();
        for input in inputs {
            if input == "-" {
                pending.push_back(Source::Stdin);
            } else {
                let path = PathBuf::from(input);
                if path.is_dir() {
                    let mut files = Vec::new();
                    walk(&path, &mut files);
                    pending.extend(files.into_iter().map(Source::Path));
                } else {
                    pending.push_back(Source::Path(path));
                }
            }
        }
        let sizes: Option<u64> = pending
            .iter()
            .map(|s| match s {
                Source::Path(p) => std::fs::metadata(p).ok().map(|m| m.len()),
                Source::Stdin => None,
            })
            .sum();
        DocumentStream {
            pending,
            current: None,
            limits,
            stdin_format,
            consumed: Arc::new(AtomicU64::new(0)),
            total: sizes,
        }
    }

    /// Input bytes consumed so far (compressed bytes for `.gz`), shared with a progress display.
    pub fn consumed(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.consumed)
    }

    /// Total size of the input files, when known (not for stdin).
    pub fn total_bytes(&self) -> Option<u64> {
        self.total
    }
}

impl Iterator for DocumentStream {
    type Item = RawDoc;

    fn next(&mut self) -> Option<RawDoc> {
        loop {
            if let Some(reader) = &mut self.current {
                match reader.next_doc(&self.limits) {
                    Some(doc) => return Some(doc),
                    None => self.current = None,
                }
            }
            match self.pending.pop_front()? {
                Source::Stdin => {
                    let stdin: Box<dyn BufRead + Send> = Box::new(BufReader::new(std::io::stdin()));
                    match self.stdin_format {
                        StdinFormat::Jsonl => {
                            self.current = Some(JsonlReader::new("stdin".into(), stdin))
                        }
                        StdinFormat::Text => {
                            return Some(read_text("stdin".into(), stdin, None, &self.limits))
                        }
                    }
                }
                Source::Path(path) => {
                    let name = path.display().to_string();
                    let file = match File::open(&path) {
                        Ok(f) => f,
                        Err(e) => {
                            return Some(RawDoc::failed(
                                name.clone(),
                                name,
                                Status::Unreadable,
                                format!("cannot open: {e}"),
                            ))
                        }
                    };
                    let size = file.metadata().ok().map(|m| m.len() as usize);
                    let gz = name.ends_with(".gz");
                    let stem = name.strip_suffix(".gz").unwrap_or(&name);
                    let jsonl = stem.ends_with(".jsonl") || stem.ends_with(".ndjson");
                    let file: Box<dyn Read + Send> = if jsonl {
                        Box::new(Counting {
                            inner: file,
                            count: self.consumed(),
                        })
                    } else {
                        // A text document is read whole (or refused unread): count it at once.
                        self.consumed
                            .fetch_add(size.unwrap_or(0) as u64, Ordering::Relaxed);
                        Box::new(file)
                    };
                    let reader: Box<dyn BufRead + Send> = if gz {
                        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
                    } else {
                        Box::new(BufReader::with_capacity(1 << 16, file))
                    };
                    if jsonl {
                        self.current = Some(JsonlReader::new(name, reader));
                    } else {
                        let known = if gz { None } else { size };
                        return Some(read_text(name, reader, known, &self.limits));
                    }
                }
            }
        }
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, out);
        } else {
            let name = path.to_string_lossy();
            let stem = name.strip_suffix(".gz").unwrap_or(&name);
            if stem.ends_with(".txt") || stem.ends_with(".jsonl") || stem.ends_with(".ndjson") {
                out.push(path);
            }
        }
    }
}

/// JSONL documents from any reader (what stdin and `.jsonl` files use; also the fuzz targets' entry).
pub fn jsonl_documents(
    name: &str,
    reader: Box<dyn BufRead + Send>,
    limits: RunSettings,
) -> impl Iterator<Item = RawDoc> + Send {
    let mut jsonl = JsonlReader::new(name.to_string(), reader);
    std::iter::from_fn(move || jsonl.next_doc(&limits))
}

/// One text document from raw bytes, as a `.txt` file is read (size limit, binary check, BOM, UTF-8).
pub fn text_document(name: &str, bytes: &[u8], limits: &RunSettings) -> RawDoc {
    read_text(
        name.to_string(),
        Box::new(std::io::Cursor::new(bytes.to_vec())),
        Some(bytes.len()),
        limits,
    )
}
