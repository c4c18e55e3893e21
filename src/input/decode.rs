//! Turning bytes into a document's text: size limits, binary detection, a leading byte-order mark, and
//! lossy UTF-8 decoding that counts what it replaced (the count goes into the document's status).

use super::RawDoc;
use crate::document::Status;
use crate::pipeline::RunSettings;
use std::io::{BufRead, Read};

/// Reads one whole text document, refusing it unread when its size is over the limit.
pub(crate) fn read_text(
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

pub(crate) fn too_large(id: String, source: String, size: usize, max: usize) -> RawDoc {
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
