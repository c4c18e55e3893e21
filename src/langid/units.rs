//! Cutting a text into lines and sentences: the units whose language is decided one by one.
//! Only a light cut is needed here (line ends, sentence-final punctuation before a space or
//! after CJK full stops); the sentence splitter proper runs later, inside each segment.

use std::ops::Range;

/// Byte ranges of lines and sentences in `text`, trimmed, non-empty, in order.
pub(crate) fn units(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        let cut = match c {
            '\n' | '\r' => Some(end),
            '。' | '！' | '？' => {
                // Keep closing quotes and brackets with the sentence.
                let mut e = end;
                while let Some(&(j, d)) = chars.peek() {
                    if !is_closer(d) {
                        break;
                    }
                    e = j + d.len_utf8();
                    chars.next();
                }
                Some(e)
            }
            '.' | '!' | '?' | '…' => {
                let after_word =
                    prev.is_some_and(|p| p.is_lowercase() || p.is_numeric() || is_closer(p));
                let mut e = end;
                while let Some(&(j, d)) = chars.peek() {
                    if !is_closer(d) {
                        break;
                    }
                    e = j + d.len_utf8();
                    chars.next();
                }
                let next_space = chars.peek().is_some_and(|&(_, d)| d.is_whitespace());
                (after_word && next_space).then_some(e)
            }
            _ => None,
        };
        prev = Some(c);
        if let Some(e) = cut {
            push_trimmed(text, start..e, &mut out);
            start = e;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '」' | '』' | '）' | '】' | '》'
    )
}

/// Pushes `range` without its leading and trailing whitespace, if anything is left.
fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    if let Some(r) = trim(text, range) {
        out.push(r);
    }
}

/// `range` without its leading and trailing whitespace; `None` if nothing is left.
pub(crate) fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = text.get(range.clone())?;
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    (!t.is_empty()).then(|| range.start + lead..range.start + lead + t.len())
}
