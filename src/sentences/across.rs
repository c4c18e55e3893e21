//! Sentences across language segments. The pipeline splits each language segment with its own
//! language's rules, but a segment boundary is not always a sentence boundary: a Latin name in
//! brackets inside a Chinese sentence (`華山松（學名：Pinus armandii），是一種松科植物。`) or a
//! quoted phrase in another language is a segment of its own in the middle of a sentence. Here
//! the last sentence of a segment joins the first of the next when it ends mid-sentence (no stop
//! before the boundary, closing brackets and quotes aside) and no line break lies between them.
//! The joined sentence takes the language with the most characters in it.

use super::chars::{is_closer, terminator};
use super::SentenceSplitter;
use std::ops::Range;

/// Whether `piece` ends without a sentence stop (trailing closing brackets and quotes skipped).
fn ends_mid_sentence(piece: &str) -> bool {
    let last = piece
        .trim_end()
        .chars()
        .rev()
        .find(|&c| !is_closer(c) && !c.is_whitespace());
    last.is_some_and(|c| terminator(c).is_none())
}

/// A sentence being built: its range and the characters of each language in it, in first-seen order.
struct Pending<'a> {
    range: Range<usize>,
    chars: Vec<(&'a str, usize)>,
}

impl<'a> Pending<'a> {
    fn add(&mut self, lang: &'a str, chars: usize) {
        match self.chars.iter_mut().find(|(l, _)| *l == lang) {
            Some((_, n)) => *n += chars,
            None => self.chars.push((lang, chars)),
        }
    }

    /// The language with the most characters (the first seen on a tie).
    fn language(&self) -> String {
        let mut best: Option<(&str, usize)> = None;
        for &(lang, n) in &self.chars {
            if best.is_none_or(|(_, m)| n > m) {
                best = Some((lang, n));
            }
        }
        best.map_or_else(String::new, |(l, _)| l.to_string())
    }
}

impl SentenceSplitter {
    /// Sentences of `text` split segment by segment (`segments`: byte ranges in order, each with
    /// its language code), joined across a segment boundary that falls inside a sentence (see the
    /// module comment). Returns (byte range, language) pairs, ordered and non-overlapping.
    pub fn split_segments<'a>(
        &self,
        text: &str,
        segments: impl IntoIterator<Item = (Range<usize>, &'a str)>,
    ) -> Vec<(Range<usize>, String)> {
        let mut out = Vec::new();
        let mut pending: Option<Pending<'a>> = None;
        for (range, lang) in segments {
            for (i, r) in self.split(text, range, lang).into_iter().enumerate() {
                let chars = text.get(r.clone()).map_or(0, |s| s.chars().count());
                if let Some(p) = pending.as_mut() {
                    let gap = text.get(p.range.end..r.start).unwrap_or("\n");
                    let inside = text.get(p.range.clone()).is_some_and(ends_mid_sentence);
                    if i == 0 && inside && !gap.contains(['\n', '\r']) {
                        p.range.end = r.end;
                        p.add(lang, chars);
                        continue;
                    }
                }
                if let Some(p) = pending.take() {
                    out.push((p.range.clone(), p.language()));
                }
                pending = Some(Pending {
                    range: r,
                    chars: vec![(lang, chars)],
                });
            }
        }
        if let Some(p) = pending {
            out.push((p.range.clone(), p.language()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `text` with segments given as (segment text, language), in order.
    fn run(parts: &[(&str, &'static str)]) -> Vec<(String, String)> {
        let text: String = parts.iter().map(|(s, _)| *s).collect();
        let mut at = 0;
        let segments: Vec<(Range<usize>, &str)> = parts
            .iter()
            .map(|(s, lang)| {
                at += s.len();
                (at - s.len()..at, *lang)
            })
            .collect();
        SentenceSplitter::builtin()
            .split_segments(&text, segments)
            .into_iter()
            .map(|(r, lang)| (text[r].to_string(), lang))
            .collect()
    }

    fn pairs(want: &[(&str, &str)]) -> Vec<(String, String)> {
        want.iter()
            .map(|(s, l)| (s.to_string(), l.to_string()))
            .collect()
    }

    #[test]
    fn a_segment_inside_a_sentence_does_not_end_it() {
        let got = run(&[
            ("華山松（學名：", "zh"),
            ("Pinus armandii", "en"),
            ("），是一種松科植物。它很高。", "zh"),
        ]);
        let want = [
            ("華山松（學名：Pinus armandii），是一種松科植物。", "zh"),
            ("它很高。", "zh"),
        ];
        assert_eq!(got, pairs(&want));
        // the language with the most characters names the joined sentence
        let got = run(&[
            ("He said ", "en"),
            ("«Wir schaffen das»", "de"),
            (" to the reporters in Berlin today.", "en"),
        ]);
        let want = [(
            "He said «Wir schaffen das» to the reporters in Berlin today.",
            "en",
        )];
        assert_eq!(got, pairs(&want));
    }

    #[test]
    fn a_stop_or_a_line_break_at_the_boundary_still_ends_the_sentence() {
        let got = run(&[
            ("The talks ended on Friday. ", "en"),
            ("他們明天再談。", "zh"),
        ]);
        let want = [
            ("The talks ended on Friday.", "en"),
            ("他們明天再談。", "zh"),
        ];
        assert_eq!(got, pairs(&want));
        // a headline without a stop, then a line in another language
        let got = run(&[("Market report\n", "en"), ("股市今天上漲", "zh")]);
        assert_eq!(
            got,
            pairs(&[("Market report", "en"), ("股市今天上漲", "zh")])
        );
        // a closing quote after the stop does not hide it
        let got = run(&[("She wrote: \"It is over.\" ", "en"), ("Das stimmt.", "de")]);
        assert_eq!(
            got,
            pairs(&[("She wrote: \"It is over.\"", "en"), ("Das stimmt.", "de")])
        );
    }
}
