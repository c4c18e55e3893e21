//! Offsets that carry both sides: UTF-8 bytes (what Rust slices) and Unicode scalar values (what Python
//! `str` indexing and most NLP tools report). Stages work in bytes; a per-document [`CharIndex`] fills in
//! the char side once, by binary search, instead of counting characters for every span.

use serde::Serialize;
use std::ops::Range;

/// `range` of `text` without its leading and trailing whitespace; `None` if nothing is left (or the
/// range is out of bounds or not on char boundaries).
pub(crate) fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = text.get(range.clone())?;
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    (!t.is_empty()).then(|| range.start + lead..range.start + lead + t.len())
}

/// A position in a document: byte offset and char (Unicode scalar value) offset of the same place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Position {
    /// UTF-8 byte offset.
    pub byte: usize,
    /// Unicode scalar value offset.
    pub char: usize,
}

/// A half-open range of a document, in bytes and chars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    /// First position inside the span.
    pub start: Position,
    /// First position after the span.
    pub end: Position,
}

impl Span {
    /// The byte range, for slicing the document text.
    pub fn byte_range(&self) -> Range<usize> {
        self.start.byte..self.end.byte
    }
    /// The char range (Python `str` indices).
    pub fn char_range(&self) -> Range<usize> {
        self.start.char..self.end.char
    }
}

/// Maps byte offsets of one text to char offsets. Pure-ASCII texts need no table at all.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Every non-ASCII char: (byte offset, char offset, width in bytes), sorted by byte.
    non_ascii: Vec<(usize, usize, usize)>,
    len_bytes: usize,
    len_chars: usize,
}

impl CharIndex {
    /// Builds the index of `text`.
    pub fn new(text: &str) -> CharIndex {
        let mut non_ascii = Vec::new();
        let mut chars = text.len();
        if !text.is_ascii() {
            // Byte-wise: a char starts at every byte that is not a continuation byte
            // (0b10xxxxxx), and its leading byte gives its width.
            chars = 0;
            for (byte, &b) in text.as_bytes().iter().enumerate() {
                if b & 0xC0 == 0x80 {
                    continue;
                }
                if b >= 0x80 {
                    let width = match b {
                        0xF0.. => 4,
                        0xE0.. => 3,
                        _ => 2,
                    };
                    non_ascii.push((byte, chars, width));
                }
                chars += 1;
            }
        }
        CharIndex {
            non_ascii,
            len_bytes: text.len(),
            len_chars: chars,
        }
    }

    /// The char offset of a byte offset. A byte inside a multi-byte char maps to that char's start.
    pub fn char_of(&self, byte: usize) -> usize {
        if byte >= self.len_bytes {
            return self.len_chars;
        }
        let k = self.non_ascii.partition_point(|&(b, _, _)| b < byte);
        match k.checked_sub(1).and_then(|i| self.non_ascii.get(i)) {
            None => byte,
            Some(&(b, c, w)) if byte < b + w => c,
            Some(&(b, c, w)) => c + 1 + (byte - (b + w)),
        }
    }

    /// A span from a byte range.
    pub fn span(&self, range: Range<usize>) -> Span {
        Span {
            start: Position {
                byte: range.start,
                char: self.char_of(range.start),
            },
            end: Position {
                byte: range.end,
                char: self.char_of(range.end),
            },
        }
    }

    /// Length of the text in chars.
    pub fn len_chars(&self) -> usize {
        self.len_chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_counting() {
        for text in [
            "",
            "abc",
            "héllo wörld",
            "中文 and 日本語。",
            "a😀b\u{301}c",
            "😀😀",
        ] {
            let index = CharIndex::new(text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    index.char_of(byte),
                    text[..byte].chars().count(),
                    "{text:?} at {byte}"
                );
            }
            assert_eq!(index.len_chars(), text.chars().count());
        }
    }
}
