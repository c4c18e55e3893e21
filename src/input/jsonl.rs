//! JSONL input: one `{"id", "text"}` document a line, read with a line-length limit so that an
//! enormous line is reported without being held in memory. Lone UTF-16 surrogate escapes (`"\\ud800"`),
//! which other tools write but JSON parsers refuse, are replaced with U+FFFD and counted.

use super::decode::{decode, too_large};
use super::RawDoc;
use crate::document::Status;
use crate::pipeline::RunSettings;
use std::io::BufRead;

/// JSONL documents from one reader, line by line, holding at most one line (up to the limit) in memory.
pub(crate) struct JsonlReader {
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
    pub(crate) fn new(name: String, reader: Box<dyn BufRead + Send>) -> JsonlReader {
        JsonlReader {
            name,
            reader,
            line_no: 0,
            buf: Vec::new(),
        }
    }

    pub(crate) fn next_doc(&mut self, limits: &RunSettings) -> Option<RawDoc> {
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
    let mut replaced = replaced_in_line;
    let repaired;
    let line = if line.contains("\\ud") || line.contains("\\uD") {
        let (fixed, lone) = repair_lone_surrogates(line);
        replaced += lone;
        repaired = fixed;
        repaired.as_str()
    } else {
        line
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
        replaced,
    }
}

/// Replaces `\\uXXXX` escapes of unpaired UTF-16 surrogates with `\\ufffd`. Returns the new line and how
/// many were replaced. Escaped backslashes (`\\\\u...`) are left alone.
fn repair_lone_surrogates(line: &str) -> (String, usize) {
    fn unit_at(b: &[u8], i: usize) -> Option<u16> {
        let hex = b.get(i..i + 6)?;
        if hex[0] != b'\\' || hex[1] != b'u' {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(&hex[2..]).ok()?, 16).ok()
    }
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut count = 0;
    let (mut i, mut copied) = (0, 0);
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        match unit_at(bytes, i) {
            Some(hi @ 0xD800..=0xDBFF)
                if matches!(unit_at(bytes, i + 6), Some(0xDC00..=0xDFFF)) =>
            {
                let _ = hi;
                i += 12; // a proper pair
            }
            Some(0xD800..=0xDFFF) => {
                out.push_str(&line[copied..i]);
                out.push_str("\\ufffd");
                count += 1;
                i += 6;
                copied = i;
            }
            _ => i += 2, // any other escape, including an escaped backslash
        }
    }
    out.push_str(&line[copied..]);
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> RawDoc {
        parse_line(line.as_bytes(), "t:1".into(), &RunSettings::default())
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let doc = parse(r#"{"id": "s", "text": "a\ud800b \udc00 ok \ud83d\ude00 \\ud800"}"#);
        assert_eq!(
            doc.content,
            Ok("a\u{fffd}b \u{fffd} ok \u{1F600} \\ud800".to_string())
        );
        assert_eq!(doc.replaced, 2);
    }

    #[test]
    fn ids_may_be_numbers_but_not_objects() {
        assert_eq!(parse(r#"{"id": 12, "text": "x"}"#).id, "12");
        assert_eq!(parse(r#"{"text": "x"}"#).id, "t:1");
        assert!(parse(r#"{"id": {"a": 1}, "text": "x"}"#).content.is_err());
        assert!(parse(r#"[1, 2]"#).content.is_err());
        assert!(parse(r#"{"id": "x", "text": "\u0000nul"}"#).content.is_ok());
    }

    #[test]
    fn long_lines_are_cut_without_being_held() {
        let line = format!("{}\nnext", "x".repeat(100));
        let mut reader = std::io::Cursor::new(line.into_bytes());
        let mut buf = Vec::new();
        assert_eq!(
            read_line_limited(&mut reader, &mut buf, 10).ok(),
            Some((100, false))
        );
        assert!(buf.is_empty());
        assert_eq!(
            read_line_limited(&mut reader, &mut buf, 10).ok(),
            Some((4, true))
        );
        assert_eq!(buf, b"next");
    }
}
