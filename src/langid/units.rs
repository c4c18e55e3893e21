//! Cutting a text into lines and sentences: the units whose language is decided one by one.
//! Only a light cut is needed here (line ends, sentence-final punctuation before a space or
//! after CJK full stops); the sentence splitter proper runs later, inside each segment.

pub(crate) use crate::span::trim;
use std::ops::Range;

/// Bytes that may end a unit: `\n`, `\r`, `.`, `!`, `?` and the lead bytes of `。！？…`.
const MAY_END: [bool; 256] = {
    let mut t = [false; 256];
    let ends = [b'\n', b'\r', b'.', b'!', b'?', 0xE2, 0xE3, 0xEF];
    let mut k = 0;
    while k < ends.len() {
        t[ends[k] as usize] = true;
        k += 1;
    }
    t
};

/// Byte ranges of lines and sentences in `text`, trimmed, non-empty, in order.
///
/// Scans bytes: only `\n`, `\r`, `.`, `!`, `?` and the lead bytes of `。！？…` can end a unit, so
/// every other byte is skipped without decoding.
pub(crate) fn units(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // A mark and the end of the closing quotes/brackets it took: the mark then stands as the
    // char before what follows them.
    let mut taken: Option<(usize, char)> = None;
    loop {
        while bytes.get(i).is_some_and(|&b| !MAY_END[usize::from(b)]) {
            i += 1;
        }
        let Some(&b) = bytes.get(i) else { break };
        if !MAY_END[usize::from(b)] {
            i += 1;
            continue;
        }
        // `i` is a char boundary: ASCII bytes and lead bytes always are.
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            i += 1;
            continue;
        };
        let end = i + c.len_utf8();
        let cut = match c {
            '\n' | '\r' => Some(end),
            '。' | '！' | '？' => Some(take_closers(text, end)),
            '.' | '!' | '?' | '…' => {
                let prev = match taken {
                    Some((e, mark)) if e == i => Some(mark),
                    _ => text.get(..i).and_then(|t| t.chars().next_back()),
                };
                let after_word =
                    prev.is_some_and(|p| p.is_lowercase() || p.is_numeric() || is_closer(p));
                let e = take_closers(text, end);
                taken = Some((e, c));
                let next_space = text
                    .get(e..)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_whitespace);
                i = e;
                if after_word && next_space {
                    push_trimmed(text, start..e, &mut out);
                    start = e;
                }
                continue;
            }
            _ => {
                i = end;
                continue;
            }
        };
        if let Some(e) = cut {
            taken = Some((e, c));
            push_trimmed(text, start..e, &mut out);
            start = e;
            i = e;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Letters and words a quotation needs to be classified apart from the sentence around it: a
/// clause (quoted speech), not a name or a title of a few words (`„Guerrilla News Network“`),
/// which keeps its sentence's language and so its tagger.
const QUOTE_MIN_LETTERS: usize = 20;
const QUOTE_MIN_WORDS: usize = 5;

/// The closing marks of an opening quotation mark (`None`: not an opener).
fn quote_closers(c: char) -> Option<&'static [char]> {
    match c {
        '"' => Some(&['"']),
        '“' => Some(&['”', '“']),
        '„' => Some(&['“', '”']),
        '«' => Some(&['»']),
        '‹' => Some(&['›']),
        _ => None,
    }
}

/// A unit cut around its quotations of [`QUOTE_MIN_WORDS`] words and [`QUOTE_MIN_LETTERS`]
/// letters or more (marks included), so that a quote in another language can be a segment of its
/// own (`told employees: "Wir werden um jeden Arbeitsplatz kämpfen."`). Ranges relative to
/// `unit`, in order, covering it, each with whether it is a quotation.
pub(crate) fn quote_parts(unit: &str) -> Vec<(Range<usize>, bool)> {
    let mut cuts = vec![0];
    let mut quotes = Vec::new();
    let mut chars = unit.char_indices();
    while let Some((i, c)) = chars.next() {
        let Some(closers) = quote_closers(c) else {
            continue;
        };
        let rest = unit.get(i + c.len_utf8()..).unwrap_or("");
        let Some((j, d)) = rest.char_indices().find(|&(_, d)| closers.contains(&d)) else {
            continue;
        };
        let inner = rest.get(..j).unwrap_or("");
        let end = i + c.len_utf8() + j + d.len_utf8();
        let words = inner
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        let letters = inner.chars().filter(|ch| ch.is_alphabetic()).count();
        if words >= QUOTE_MIN_WORDS && letters >= QUOTE_MIN_LETTERS {
            cuts.extend([i, end]);
            quotes.push(i);
        }
        // go on after the closing mark
        while chars.offset() < end {
            if chars.next().is_none() {
                break;
            }
        }
    }
    cuts.push(unit.len());
    cuts.dedup();
    // a part without letters (the `.` after a closing mark, a dash before an opening one) stays
    // with the part before it, or the first part with the one after it
    let has_letters = |r: &Range<usize>| {
        unit.get(r.clone())
            .is_some_and(|p| p.chars().any(char::is_alphabetic))
    };
    let mut parts: Vec<(Range<usize>, bool)> = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let part = w[0]..w[1];
        let quoted = quotes.contains(&part.start);
        match parts.last_mut() {
            Some((last, q)) if !has_letters(&part) || !has_letters(last) => {
                last.end = part.end;
                *q |= quoted;
            }
            _ => parts.push((part, quoted)),
        }
    }
    parts
}

/// The end of the closing quotes and brackets that follow `from`.
fn take_closers(text: &str, from: usize) -> usize {
    let mut e = from;
    for d in text.get(from..).unwrap_or("").chars() {
        if !is_closer(d) {
            break;
        }
        e += d.len_utf8();
    }
    e
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

#[cfg(test)]
mod reference_tests {
    use super::*;

    /// Where closing quotes and brackets right after a mark ending at `end` end (they stay with
    /// the sentence), taking them from `chars`.
    fn closers_by_chars(
        chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
        end: usize,
    ) -> usize {
        let mut e = end;
        while let Some(&(j, d)) = chars.peek() {
            if !is_closer(d) {
                break;
            }
            e = j + d.len_utf8();
            chars.next();
        }
        e
    }

    /// The char-by-char definition that `units` implements on bytes.
    fn units_by_chars(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut chars = text.char_indices().peekable();
        let mut prev: Option<char> = None;
        while let Some((i, c)) = chars.next() {
            let end = i + c.len_utf8();
            let cut = match c {
                '\n' | '\r' => Some(end),
                '。' | '！' | '？' => Some(closers_by_chars(&mut chars, end)),
                '.' | '!' | '?' | '…' => {
                    let after_word =
                        prev.is_some_and(|p| p.is_lowercase() || p.is_numeric() || is_closer(p));
                    let e = closers_by_chars(&mut chars, end);
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

    #[test]
    fn byte_scan_matches_the_char_by_char_definition() {
        let pieces = [
            "a", "B", "1", " ", "\n", "\r", ".", "!", "?", "…", "。", "！", "？", "\"", "”", ")",
            "」", "』", "）", "é", "中", "x.", "U.S.", "3.5", "»", "’", "\t", "ab", "—",
        ];
        // Every string of up to 4 pieces over a fixed alphabet, plus longer pseudo-random ones.
        for text in super::super::random_text::strings(&pieces, 12, 20_000, 0x2545_f491_4f6c_dd1d) {
            assert_eq!(units(&text), units_by_chars(&text), "{text:?}");
        }
    }
}
