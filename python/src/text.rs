//! Turning Python arguments into documents the way the CLI's JSONL reader does, so that a text annotated
//! from Python gives the same record as the same text sent through `annotate run --out - -`: lone UTF-16
//! surrogates (legal in a Python `str`, not in Rust) become U+FFFD and mark the document `lossy`, a text
//! over the pipeline's size limit is `too_large`, and ids may be strings or integers.

use annot::input::RawDoc;
use annot::{Document, RunSettings, Status};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyInt, PyString};

/// A text taken from Python: the string and how many sequences were replaced with U+FFFD.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// The text.
    pub text: String,
    /// Lone surrogates (or invalid UTF-8 bytes) replaced.
    pub replaced: usize,
    /// The argument was None (a null column value): the document is reported `malformed`.
    pub missing: bool,
}

/// Reads a `str` (or UTF-8 `bytes`) argument; None gives a missing text rather than an exception, so
/// one null value does not fail a whole batch.
pub fn extract_text(obj: &Bound<'_, PyAny>) -> PyResult<Text> {
    if obj.is_none() {
        return Ok(Text {
            text: String::new(),
            replaced: 0,
            missing: true,
        });
    }
    if let Ok(s) = obj.cast::<PyString>() {
        if let Ok(text) = s.to_cow() {
            return Ok(Text {
                text: text.into_owned(),
                replaced: 0,
                missing: false,
            });
        }
        // Lone surrogates: take the UTF-16 code units and replace each unpaired one.
        let units = s.call_method1("encode", ("utf-16-le", "surrogatepass"))?;
        let bytes = units.cast::<PyBytes>()?.as_bytes();
        return Ok(from_utf16le(bytes));
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        let mut text = String::with_capacity(b.as_bytes().len());
        let mut replaced = 0;
        for chunk in b.as_bytes().utf8_chunks() {
            text.push_str(chunk.valid());
            if !chunk.invalid().is_empty() {
                text.push('\u{FFFD}');
                replaced += 1;
            }
        }
        return Ok(Text {
            text,
            replaced,
            missing: false,
        });
    }
    Err(PyTypeError::new_err(format!(
        "text must be str or bytes, not {}",
        obj.get_type().name()?
    )))
}

/// Decodes UTF-16LE code units, replacing each unpaired surrogate with U+FFFD and counting them.
pub fn from_utf16le(bytes: &[u8]) -> Text {
    let units = bytes.chunks_exact(2).map(|c| {
        u16::from_le_bytes([
            c.first().copied().unwrap_or(0),
            c.get(1).copied().unwrap_or(0),
        ])
    });
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = 0;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => {
                text.push('\u{FFFD}');
                replaced += 1;
            }
        }
    }
    Text {
        text,
        replaced,
        missing: false,
    }
}

/// Reads an optional id: a string, an integer (written in decimal), or None for `default`.
pub fn extract_id(obj: Option<&Bound<'_, PyAny>>, default: &str) -> PyResult<String> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(default.to_string());
    };
    if obj.is_instance_of::<pyo3::types::PyBool>() {
        return Err(PyTypeError::new_err("id must be a str or an int, not bool"));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(s.to_string_lossy().into_owned());
    }
    if obj.is_instance_of::<PyInt>() {
        return Ok(obj.str()?.to_string_lossy().into_owned());
    }
    Err(PyTypeError::new_err(format!(
        "id must be a str or an int, not {}",
        obj.get_type().name()?
    )))
}

/// The document for a text, with the statuses the CLI's JSONL reader would give it.
pub fn document(id: String, source: String, text: Text, limits: &RunSettings) -> Document {
    let max = limits.max_document_bytes;
    let raw = if text.missing {
        RawDoc {
            id,
            source,
            content: Err((Status::Malformed, "text is None, not a str".into())),
            replaced: 0,
        }
    } else if text.text.len() > max {
        RawDoc {
            id,
            source,
            content: Err((
                Status::TooLarge,
                format!(
                    "document is {} bytes, over the limit of {max} (raise run.max_document_bytes in the pipeline file)",
                    text.text.len()
                ),
            )),
            replaced: 0,
        }
    } else {
        RawDoc {
            id,
            source,
            content: Ok(text.text),
            replaced: text.replaced,
        }
    };
    raw.into_document()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unpaired_surrogates_are_replaced_and_counted() {
        // "a", lone high surrogate, "b", a proper pair (U+1F600), lone low surrogate.
        let units: [u16; 6] = [0x61, 0xD800, 0x62, 0xD83D, 0xDE00, 0xDC00];
        let bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
        let t = from_utf16le(&bytes);
        assert_eq!(t.text, "a\u{FFFD}b\u{1F600}\u{FFFD}");
        assert_eq!(t.replaced, 2);
    }

    #[test]
    fn size_limit_gives_too_large() {
        let limits = RunSettings {
            max_document_bytes: 5,
            ..RunSettings::default()
        };
        let text = Text {
            text: "123456".into(),
            replaced: 0,
            missing: false,
        };
        let doc = document("a".into(), "python".into(), text, &limits);
        assert_eq!(doc.status, Status::TooLarge);
        assert!(doc.text.is_empty());
        let ok = Text {
            text: "12345".into(),
            replaced: 1,
            missing: false,
        };
        let doc = document("a".into(), "python".into(), ok, &limits);
        assert_eq!(doc.status, Status::Lossy);
        assert_eq!(doc.text, "12345");
        let none = Text {
            text: String::new(),
            replaced: 0,
            missing: true,
        };
        let doc = document("n".into(), "python:3".into(), none, &limits);
        assert_eq!(doc.status, Status::Malformed);
        assert_eq!(doc.error.as_deref(), Some("text is None, not a str"));
    }
}
