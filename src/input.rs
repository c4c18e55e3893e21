//! Reading documents as a stream: `.txt` files (one document each, id = path), `.jsonl` files (one
//! `{"id", "text"}` document a line), either gzip-compressed, folders (recursive, sorted) and stdin.
//! Nothing here stops a run: an unreadable file, a malformed line, binary data or an oversized document
//! becomes a [`RawDoc`] with a failure status and a message, and reading goes on.

use crate::document::{Document, Status};
use crate::pipeline::RunSettings;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

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
    fn failed(id: String, source: String, status: Status, message: String) -> RawDoc {
        RawDoc {
            id,
            source,
            content: Err((status, message)),
            replaced: 0,
        }
    }

    /// A digest of what was read (id, source and content), used to check that a resumed run reads the
    /// same input as the interrupted one. FNV-1a: stable across platforms and compiler versions.
    pub fn digest(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |bytes: &[u8]| {
            for &b in bytes.iter().chain([0xffu8].iter()) {
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
        DocumentStream {
            pending,
            current: None,
            limits,
            stdin_format,
        }
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
                    let reader: Box<dyn BufRead + Send> = if gz {
                        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
                    } else {
                        Box::new(BufReader::with_capacity(1 << 16, file))
                    };
                    let stem = name.strip_suffix(".gz").unwrap_or(&name);
                    if stem.ends_with(".jsonl") || stem.ends_with(".ndjson") {
                        self.current = Some(JsonlReader::new(name, reader));
                    } else {
                        return Some(read_text(
                            name,
                            reader,
                            if gz { None } else { size },
                            &self.limits,
                        ));
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

/// Reads one whole text document, refusing it unread when its size is over the limit.
fn read_text(
    name: String,
    reader: Box<dyn BufRead + Send>,
    size: Option<usize>,
    limits: &RunSettings,
) -> RawDoc {
    let max = limits.max_document_bytes;
    if let Some(size) = size.filter(|&s| s > max) {
        return too_large(name.clone(), name, size, max);
    }
    let mut bytes = Vec::new();
    if let Err(e) = reader.take(max as u64 + 1).read_to_end(&mut bytes) {
        return RawDoc::failed(
            name.clone(),
            name,
            Status::Unreadable,
            format!("cannot read: {e}"),
        );
    }
    if bytes.len() > max {
        return too_large(name.clone(), name, bytes.len(), max);
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    decode(name.clone(), name, body)
}

fn too_large(id: String, source: String, size: usize, max: usize) -> RawDoc {
    let size = if size > max {
        format!("over {max}")
    } else {
        size.to_string()
    };
    RawDoc::failed(id, source, Status::TooLarge, format!(
        "document is {size} bytes, over the limit of {max} (raise run.max_document_bytes in the pipeline file)"
    ))
}

/// Decodes bytes as UTF-8, replacing invalid sequences, and refuses binary data.
pub fn decode(id: String, source: String, bytes: &[u8]) -> RawDoc {
    if looks_binary(bytes) {
        return RawDoc::failed(
            id,
            source,
            Status::Binary,
            "looks like binary data, not text (too many control bytes)".into(),
        );
    }
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            text.push('\u{FFFD}');
            replaced += 1;
        }
    }
    RawDoc {
        id,
        source,
        content: Ok(text),
        replaced,
    }
}

/// Binary if, in the first 8 KiB, more than 1 byte in 10 is a control byte other than tab, newlines,
/// form feed and escape, or the data starts with a well-known binary signature.
fn looks_binary(bytes: &[u8]) -> bool {
    const SIGNATURES: [&[u8]; 6] = [
        b"\x89PNG",
        b"%PDF",
        b"PK\x03\x04",
        b"\x7fELF",
        b"\x1f\x8b",
        b"GIF8",
    ];
    if SIGNATURES.iter().any(|s| bytes.starts_with(s)) {
        return true;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    control * 10 > head.len()
}

/// JSONL documents from one reader, line by line, holding at most one line (up to the limit) in memory.
struct JsonlReader {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line_no: usize,
    buf: Vec<u8>,
}

#[derive(serde::Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
}

impl JsonlReader {
    fn new(name: String, reader: Box<dyn BufRead + Send>) -> JsonlReader {
        JsonlReader {
            name,
            reader,
            line_no: 0,
            buf: Vec::new(),
        }
    }

    fn next_doc(&mut self, limits: &RunSettings) -> Option<RawDoc> {
        loop {
            self.line_no += 1;
            let source = format!("{}:{}", self.name, self.line_no);
            let (len, eof) =
                match read_line_limited(&mut self.reader, &mut self.buf, limits.max_line_bytes) {
                    Ok(x) => x,
                    Err(e) => {
                        return Some(RawDoc::failed(
                            source.clone(),
                            source,
                            Status::Unreadable,
                            format!("cannot read: {e}"),
                        ));
                    }
                };
            if eof && len == 0 {
                return None;
            }
            if len > limits.max_line_bytes {
                let msg = format!(
                    "line is over the limit of {} bytes (raise run.max_line_bytes in the pipeline file)",
                    limits.max_line_bytes
                );
                return Some(RawDoc::failed(
                    source.clone(),
                    source,
                    Status::TooLarge,
                    msg,
                ));
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(parse_line(&self.buf, source, limits));
        }
    }
}

/// Reads one line (without its `\n`) into `buf`, keeping at most `max` bytes. Returns the line's full
/// length and whether the input ended.
fn read_line_limited(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<(usize, bool)> {
    buf.clear();
    let mut len = 0;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok((len, true));
        }
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if len + take <= max {
            buf.extend_from_slice(&chunk[..take]);
        }
        len += take;
        reader.consume(take + usize::from(done));
        if done {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok((len, false));
        }
    }
}

fn parse_line(line: &[u8], source: String, limits: &RunSettings) -> RawDoc {
    let malformed =
        |why: String| RawDoc::failed(source.clone(), source.clone(), Status::Malformed, why);
    let owned;
    let (line, replaced_in_line) = match std::str::from_utf8(line) {
        Ok(s) => (s, 0),
        Err(_) => {
            let raw = decode(source.clone(), source.clone(), line);
            owned = raw.content.unwrap_or_default();
            (owned.as_str(), raw.replaced)
        }
    };
    let record: JsonDoc = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(e) => return malformed(format!("not a JSON object with \"id\" and \"text\": {e}")),
    };
    let id = match record.id {
        None | Some(serde_json::Value::Null) => source.clone(),
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => return malformed("\"id\" must be a string or a number".into()),
    };
    let text = match record.text {
        Some(serde_json::Value::String(s)) => s,
        None => return RawDoc::failed(id, source, Status::Malformed, "no \"text\" field".into()),
        Some(_) => {
            return RawDoc::failed(
                id,
                source,
                Status::Malformed,
                "\"text\" must be a string".into(),
            )
        }
    };
    if text.len() > limits.max_document_bytes {
        return too_large(id, source, text.len(), limits.max_document_bytes);
    }
    RawDoc {
        id,
        source,
        content: Ok(text),
        replaced: replaced_in_line,
    }
}
