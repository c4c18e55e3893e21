//! The single-pass sentence scanner: finds cut positions in one text slice.
//!
//! One byte loop visits every character once. Only terminators, line breaks, bullets and `)` need work;
//! everything else is skipped with one table-free comparison. At a terminator the run (`?!`, `...`,
//! `. . .`), its closers (`.")`) and the next word are examined and [`decide`](super::decide) says
//! whether a sentence ends there (the UAX #29 SB6–SB11 logic, corrected by the language's rules).
//! Numbered and lettered list markers (`1.`, `2)`, `b.`) are collected and resolved at the end: a
//! run of consecutive markers starting at a sentence start makes each marker start a sentence.
//!
//! All scanning helpers look a bounded distance around a position, so the whole pass is linear.

use super::chars::{char_at, char_before, is_bullet, is_closer, is_line_break, is_opener};
use super::chars::{decision_bytes, terminator, Term};
use super::rules::LangRules;
use std::collections::HashMap;

/// How far (bytes) the scanner looks back or ahead for a word or an opener run.
pub(crate) const LOOK: usize = 64;

/// The longest distance (bytes) between two consecutive markers of one run-in list.
const MAX_ITEM: usize = 250;

/// A list marker candidate: `1.`, `2.)`, `3)`, `a.`, `(b)`.
#[derive(Debug, Clone)]
pub(crate) struct Marker {
    /// Where a sentence starts if the marker is part of a list.
    pub(crate) start: usize,
    /// 1-based value (`c` = 3).
    pub(crate) value: u32,
    /// Letter or number, and punctuation style (0 `.`, 1 `.)`, 2 `)`).
    pub(crate) kind: (bool, u8),
    /// Whether a list may begin here (at a sentence start or after a colon).
    pub(crate) can_start: bool,
    /// The cut the ordinary rules wanted after this marker, used if it is not part of a list.
    pub(crate) normal_cut: Option<usize>,
}

/// Scanner state for one slice.
pub(crate) struct Scanner<'a> {
    pub(crate) s: &'a str,
    pub(crate) rules: &'a LangRules,
    cuts: Vec<usize>,
    pub(crate) last_cut: usize,
    pub(crate) markers: Vec<Marker>,
}

/// Cut positions (byte offsets into `s`, sorted, unique) where sentences end in `s`.
pub(crate) fn find_cuts(s: &str, rules: &LangRules) -> Vec<usize> {
    let mut sc = Scanner {
        s,
        rules,
        cuts: Vec::new(),
        last_cut: 0,
        markers: Vec::new(),
    };
    let bytes = s.as_bytes();
    let mut ascii_extra = [false; 128];
    for &c in &rules.terminators {
        if let Some(slot) = ascii_extra.get_mut(c as usize) {
            *slot = true;
        }
    }
    let special = decision_bytes(&ascii_extra);
    let mut i = 0;
    loop {
        while bytes.get(i).is_some_and(|&b| !special[usize::from(b)]) {
            i += 1;
        }
        let Some(&b) = bytes.get(i) else { break };
        if b < 0x80 {
            i = match b {
                b'.' | b'!' | b'?' => sc.terminator(i),
                b':' | b'=' => sc.emoticon(i).unwrap_or(i + 1),
                b';' if !ascii_extra.get(usize::from(b';')).copied().unwrap_or(false) => {
                    sc.emoticon(i).unwrap_or_else(|| {
                        sc.semicolon(i);
                        i + 1
                    })
                }
                b'/' => sc.timestamp(i),
                b',' if sc.rules.closings.len() > 0 => {
                    sc.closing(i);
                    i + 1
                }
                b'\n' | b'\r' | 0x0B | 0x0C => sc.line_break(i, b as char),
                b')' => {
                    sc.paren_marker(i);
                    i + 1
                }
                _ if ascii_extra.get(b as usize).copied().unwrap_or(false) => sc.terminator(i),
                _ => i + 1,
            };
            continue;
        }
        let Some(c) = char_at(s, i) else { break };
        i = if sc.term_of(c).is_some() {
            sc.terminator(i)
        } else if is_line_break(c) {
            sc.line_break(i, c)
        } else {
            if is_bullet(c) && char_before(s, i).is_none_or(|(_, p)| p.is_whitespace()) {
                sc.push_cut(i);
            }
            i + c.len_utf8()
        };
    }
    sc.finish()
}

impl<'a> Scanner<'a> {
    /// The terminator class of `c`, including the language's extra terminators.
    pub(crate) fn term_of(&self, c: char) -> Option<Term> {
        terminator(c).or_else(|| {
            self.rules.terminators.contains(&c).then_some(
                if matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}') {
                    Term::Cjk
                } else {
                    Term::Bang
                },
            )
        })
    }

    /// Records a sentence end at `pos`.
    pub(crate) fn push_cut(&mut self, pos: usize) {
        self.cuts.push(pos);
        self.last_cut = self.last_cut.max(pos);
    }

    /// Handles a line break at `i` and the whitespace after it; returns where scanning resumes.
    fn line_break(&mut self, i: usize, c: char) -> usize {
        let s = self.s;
        let mut blank = c == '\u{2029}';
        let mut p = i + c.len_utf8();
        let mut first = true;
        while let Some(d) = char_at(s, p) {
            if !d.is_whitespace() {
                break;
            }
            // "\r\n" is one line break; a second break before any text means a blank line.
            if is_line_break(d) && !(first && c == '\r' && d == '\n') {
                blank = true;
            }
            first = false;
            p += d.len_utf8();
        }
        if !blank && self.soft_wrap(i, p) {
            return p;
        }
        self.push_cut(i);
        p
    }

    /// A line that ends in a space (RFC 3676 "flowed" text) or in a hyphenated word, continued by
    /// a lower-case word, is a soft wrap rather than a sentence end.
    fn soft_wrap(&self, i: usize, next: usize) -> bool {
        let Some(nc) = char_at(self.s, next) else {
            return false;
        };
        if !nc.is_lowercase() {
            return false;
        }
        match char_before(self.s, i) {
            Some((_, ' ' | '\t')) => true,
            Some((h, '-')) => char_before(self.s, h).is_some_and(|(_, l)| l.is_alphabetic()),
            _ => false,
        }
    }

    /// Whether only whitespace, bullets and openers lie between the last cut and `pos`.
    pub(crate) fn at_sentence_start(&self, pos: usize) -> bool {
        if pos < self.last_cut || pos - self.last_cut > LOOK {
            return false;
        }
        self.s.get(self.last_cut..pos).is_some_and(|t| {
            t.chars()
                .all(|c| c.is_whitespace() || is_bullet(c) || is_opener(c))
        })
    }

    /// Whether the text before `pos` (skipping whitespace) ends with a colon: a list may follow.
    pub(crate) fn after_colon(&self, pos: usize) -> bool {
        let mut p = pos;
        while let Some((q, c)) = char_before(self.s, p) {
            if !c.is_whitespace() || pos - q > LOOK {
                return c == ':';
            }
            p = q;
        }
        false
    }

    /// Checks for a `3)` / `(c)` list marker ending at the `)` at `i`.
    fn paren_marker(&mut self, i: usize) {
        let s = self.s;
        if !char_at(s, i + 1).is_none_or(char::is_whitespace) {
            return;
        }
        let mut p = i;
        while let Some((q, c)) = char_before(s, p) {
            if !c.is_ascii_alphanumeric() || i - q > 2 {
                break;
            }
            p = q;
        }
        let Some(value) = s.get(p..i).and_then(marker_value) else {
            return;
        };
        let mut start = p;
        if let Some((q, '(')) = char_before(s, p) {
            start = q;
        }
        if !char_before(s, start).is_none_or(|(_, c)| c.is_whitespace() || is_bullet(c)) {
            return;
        }
        let letter = s
            .get(p..i)
            .is_some_and(|t| t.bytes().all(|b| b.is_ascii_lowercase()));
        let can_start = self.at_sentence_start(start) || self.after_colon(start);
        self.markers.push(Marker {
            start,
            value,
            kind: (letter, 2),
            can_start,
            normal_cut: None,
        });
    }

    /// Resolves list runs and returns the sorted, unique cuts.
    fn finish(mut self) -> Vec<usize> {
        let mut in_run = vec![false; self.markers.len()];
        let mut last: HashMap<((bool, u8), u32), usize> = HashMap::new();
        for (j, m) in self.markers.iter().enumerate() {
            if let Some(&k) = last.get(&(m.kind, m.value.wrapping_sub(1))) {
                // Items of a run-in list are short; "Windows 7." far after "6." is no list item.
                let near = self
                    .markers
                    .get(k)
                    .is_some_and(|p| m.start.saturating_sub(p.start) <= MAX_ITEM);
                let prev_ok = near
                    && (in_run.get(k).copied().unwrap_or(false)
                        || self.markers.get(k).is_some_and(|p| p.can_start));
                if prev_ok {
                    if let Some(x) = in_run.get_mut(k) {
                        *x = true;
                    }
                    if let Some(x) = in_run.get_mut(j) {
                        *x = true;
                    }
                }
            }
            last.insert((m.kind, m.value), j);
        }
        let markers = std::mem::take(&mut self.markers);
        for (m, run) in markers.iter().zip(in_run) {
            if run {
                // The item starts at its bullet, if any: "• 5. Call".
                let mut p = m.start;
                while let Some((q, c)) = char_before(self.s, p) {
                    if !(c.is_whitespace() || is_bullet(c)) || m.start - q > LOOK {
                        break;
                    }
                    p = q;
                }
                self.push_cut(p);
            } else if let Some(c) = m.normal_cut {
                self.push_cut(c);
            }
        }
        let mut cuts = self.cuts;
        cuts.sort_unstable();
        cuts.dedup();
        cuts
    }

    /// Skips closers after a terminator run (and a spaced French `»`); returns the cut position.
    pub(crate) fn skip_closers(&self, mut pos: usize) -> usize {
        let s = self.s;
        let start = pos;
        while pos - start <= LOOK {
            match char_at(s, pos) {
                Some(c) if is_closer(c) => {
                    // Quotes that also open (" ' “ ‘ «) close only before a space, the end or
                    // more punctuation: "。“創価" opens a quotation, „du?“ Sie closes one.
                    let after = pos + c.len_utf8();
                    if matches!(c, '"' | '\'' | '\u{201C}' | '\u{2018}' | '\u{00AB}') {
                        let closes = char_at(s, after).is_none_or(|d| {
                            d.is_whitespace() || is_closer(d) || terminator(d).is_some()
                        });
                        if !closes {
                            break;
                        }
                    }
                    pos = after;
                }
                Some(c @ (' ' | '\u{A0}' | '\u{202F}')) => {
                    // A spaced closer: French " »", or a quote/bracket standing alone between
                    // spaces (`phrase. ' And`, `day. ) Hop`), which cannot open anything.
                    let q = pos + c.len_utf8();
                    let Some(d) = char_at(s, q) else { break };
                    let after = q + d.len_utf8();
                    let closes =
                        matches!(d, '»' | '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}')
                            && char_at(s, after).is_none_or(|e| e.is_whitespace() || is_closer(e));
                    if !closes {
                        break;
                    }
                    pos = after;
                }
                _ => break,
            }
        }
        pos
    }
}

/// The 1-based value of a list marker token: 1–2 ASCII digits, or one ASCII lower-case letter.
pub(crate) fn marker_value(t: &str) -> Option<u32> {
    let b = t.as_bytes();
    match b {
        [l] if l.is_ascii_lowercase() => Some(u32::from(l - b'a') + 1),
        [_] | [_, _] if b.iter().all(u8::is_ascii_digit) => t.parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cuts(s: &str) -> Vec<usize> {
        find_cuts(s, &LangRules::default())
    }

    #[test]
    fn marker_values() {
        assert_eq!(marker_value("a"), Some(1));
        assert_eq!(marker_value("c"), Some(3));
        assert_eq!(marker_value("12"), Some(12));
        assert_eq!(marker_value("123"), None);
        assert_eq!(marker_value("A"), None);
        assert_eq!(marker_value(""), None);
    }

    #[test]
    fn line_breaks() {
        assert_eq!(cuts("a\nb"), vec![1]);
        assert_eq!(cuts("a\r\nb"), vec![1]);
        assert_eq!(cuts("a\rb"), vec![1]);
        assert_eq!(cuts("a \nb"), Vec::<usize>::new());
        assert_eq!(cuts("a \n\nb"), vec![2]);
        assert_eq!(cuts("hyph-\nen"), Vec::<usize>::new());
        assert_eq!(cuts("a\u{2029}b"), vec![1]);
    }

    #[test]
    fn bullets_and_paren_lists() {
        assert_eq!(cuts("• x • y"), vec![0, 6]);
        assert_eq!(cuts("1) x 2) y"), vec![0, 4]);
        assert_eq!(cuts("he said 2) no"), Vec::<usize>::new());
        assert_eq!(cuts("Steps: (a) x (b) y"), vec![6, 12]);
    }

    #[test]
    fn list_runs_need_short_items() {
        let long = "word ".repeat(60);
        let text = format!("1. First item {long}then it ends with version 2. Next part");
        let c = cuts(&text);
        let at = text.find("2. Next").unwrap_or(0);
        assert!(!c.contains(&(at - 1)) && !c.contains(&at), "{c:?}");
        assert!(c.contains(&(at + 2)), "{c:?}");
    }

    #[test]
    fn closers_and_french_guillemet() {
        let rules = LangRules::default();
        let s = "x.\") y « z. » w";
        let sc = Scanner {
            s,
            rules: &rules,
            cuts: Vec::new(),
            last_cut: 0,
            markers: Vec::new(),
        };
        assert_eq!(sc.skip_closers(2), 4);
        assert_eq!(sc.skip_closers(12), 15);
    }
}
