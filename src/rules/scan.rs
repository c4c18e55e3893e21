//! The view a rule has of one sentence: its tokens, the lexicon, and small typed helpers, so rule
//! code reads as patterns over tokens and never indexes past the sentence end.

use super::lexicon::{Info, Lexicon};
use super::token::{Kind, Tokens};
use crate::annotation::EntityLabel;

/// A hit found by a rule: token range `[start, end)` and its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The label.
    pub label: EntityLabel,
}

/// Whether `word` is one of `list`: `list.contains(&word)`, but an entry is compared byte by
/// byte (a `memcmp` call) only when its length and its last byte are the word's. The rules test
/// every Han character of a sentence against lists of Han characters and words; there every
/// 3-byte character met every 3-byte entry in a call, a tenth of the rules' time. A last byte
/// tells more than a first: in UTF-8 it carries the character's low six bits, where the first
/// byte of every common Han character is one of six values. (Lists of other words mostly differ
/// from the word in length, where `contains` needs no call: [`Scan::word_in`] keeps it.)
#[inline]
pub(crate) fn one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|e| same(e, word))
}

/// `a == b`, comparing lengths and last bytes before the bytes (see [`one_of`]).
#[inline]
pub(crate) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().last() == b.as_bytes().last() && a == b
}

/// One sentence's tokens `[a, b)` and the lexicon.
pub(crate) struct Scan<'s, 't> {
    /// Document tokens.
    pub t: &'s Tokens<'t>,
    /// The word table.
    pub lx: &'s Lexicon,
    /// First token of the sentence.
    pub a: usize,
    /// One past the last token of the sentence.
    pub b: usize,
}

impl<'s, 't> Scan<'s, 't> {
    /// True when `i` lies inside the sentence.
    pub fn ok(&self, i: usize) -> bool {
        i >= self.a && i < self.b
    }

    /// Kind of token `i` when inside the sentence.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        if self.ok(i) {
            self.t.kind(i)
        } else {
            None
        }
    }

    /// Lexicon flags of word `i` (empty for non-words or outside the sentence).
    pub fn info(&self, i: usize) -> Info {
        if !self.ok(i) {
            return Info::default();
        }
        if let Some(info) = self.t.info(i) {
            return info;
        }
        if self.kind(i) == Some(Kind::Word) {
            self.lx.get(self.t.lower(i))
        } else {
            Info::default()
        }
    }

    /// True when word `i` has any of the flags `f`.
    pub fn has(&self, i: usize, f: u32) -> bool {
        self.info(i).has(f)
    }

    /// True when token `i` is a word whose lower case is one of `words`.
    pub fn word_in(&self, i: usize, words: &[&str]) -> bool {
        self.kind(i) == Some(Kind::Word) && words.contains(&self.t.lower(i))
    }

    /// True when token `i` is punctuation equal to one of `ps`.
    pub fn punct_in(&self, i: usize, ps: &[&str]) -> bool {
        self.kind(i) == Some(Kind::Punct) && ps.contains(&self.t.s(i))
    }

    /// True when token `i` is a Han character equal to one of `cs`.
    pub fn han_in(&self, i: usize, cs: &[&str]) -> bool {
        self.kind(i) == Some(Kind::Han) && one_of(self.t.s(i), cs)
    }

    /// True when token `i` is inside the sentence and touches the previous token.
    pub fn attached(&self, i: usize) -> bool {
        self.ok(i) && self.t.attached(i)
    }

    /// True when token `i` is a period glued to the token before it: an abbreviation's (`г.`,
    /// `Mio.`, `Rs.`), an ordinal's (`17.`) or an initial's.
    pub fn glued_period(&self, i: usize) -> bool {
        self.punct_in(i, &["."]) && self.attached(i)
    }

    /// True when token `i` is a number token.
    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
    }

    /// Value of a plain digit token (no separators, at most 9 digits).
    pub fn int(&self, i: usize) -> Option<u32> {
        if !self.is_num(i) {
            return None;
        }
        let s = self.t.s(i);
        if s.chars().count() > 9 {
            return None;
        }
        s.chars()
            .try_fold(0u32, |n, c| Some(n * 10 + super::token::digit_value(c)?))
    }

    /// True when token `i` is a 1-2 digit day number.
    pub fn day(&self, i: usize) -> bool {
        self.t.s(i).chars().count() <= 2 && self.int(i).is_some_and(|d| (1..=31).contains(&d))
    }

    /// True when token `i` is a plain 4-digit year between 1000 and 2199.
    pub fn year(&self, i: usize) -> bool {
        self.t.s(i).chars().count() == 4 && self.int(i).is_some_and(|y| (1000..=2199).contains(&y))
    }

    /// True when token `i` is a capitalised word.
    pub fn cap(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word) && self.t.get(i).is_some_and(|t| t.cap)
    }

    /// True when token `a` follows a dateline that opens the sentence: words in capitals and
    /// punctuation, with anything in parentheses, ending in a dash (`SEVILLA (EFE) - `,
    /// `BERLIN (dpa) — `). A word after it opens the text proper, as after a sentence start.
    pub fn after_dateline(&self, a: usize) -> bool {
        if !(a > self.a && self.punct_in(a - 1, &["-", "—", "–"])) {
            return false;
        }
        let mut depth = 0usize;
        let mut words = 0;
        for k in self.a..a - 1 {
            match self.t.s(k) {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                _ if depth > 0 || self.kind(k) != Some(Kind::Word) => {}
                _ if self.upper(k) => words += 1,
                _ => return false,
            }
        }
        words > 0
    }

    /// True when token `i` is an all-caps word.
    pub fn upper(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word) && self.t.get(i).is_some_and(|t| t.upper)
    }

    /// True when word `i` is a month name usable here (English ones need a capital).
    pub fn month(&self, i: usize) -> bool {
        let inf = self.info(i);
        inf.has(super::lexicon::MONTH) && (!inf.has(super::lexicon::MONTH_EN) || self.cap(i))
    }

    /// A weekday at `i` (an English one only capitalised).
    pub fn weekday(&self, i: usize) -> bool {
        let inf = self.info(i);
        inf.has(super::lexicon::WEEKDAY) && (!inf.has(super::lexicon::WEEKDAY_EN) || self.cap(i))
    }
}

/// Runs `f` on a [`Scan`] of the whole of `text` as one sentence, with the built-in lexicon: the
/// setup of the rule modules' tests.
#[cfg(test)]
pub(crate) fn scan_text<T>(text: &str, f: impl FnOnce(&Scan) -> T) -> T {
    let t = Tokens::new(text);
    let lx = Lexicon::new();
    f(&Scan {
        t: &t,
        lx: &lx,
        a: 0,
        b: t.len(),
    })
}

/// The texts of the hits `rule` finds in `text` read left to right, each search resuming after
/// the last hit: how the rule modules' tests run one rule over a phrase.
#[cfg(test)]
pub(crate) fn scan_hits(text: &str, rule: impl Fn(&Scan, usize) -> Option<Hit>) -> Vec<String> {
    scan_text(text, |s| {
        let mut out = Vec::new();
        let mut i = 0;
        while i < s.t.len() {
            match rule(s, i) {
                Some(h) => {
                    out.push(s.hit_text(text, h).unwrap_or_default());
                    i = h.end;
                }
                None => i += 1,
            }
        }
        out
    })
}

/// Asserts that each of `words` carries a flag of `NUMERIC_START`: the numeric scan skips any
/// other word, so a rule starting on it would never run (the Portuguese weekdays did not).
#[cfg(test)]
pub(crate) fn assert_numeric_starts<'w>(words: impl IntoIterator<Item = &'w &'w str>) {
    for word in words {
        let flagged = scan_text(word, |s| s.has(0, super::lexicon::NUMERIC_START));
        assert!(
            flagged,
            "{word} is no LEAD word: the numeric scan would skip it"
        );
    }
}

#[cfg(test)]
impl Scan<'_, '_> {
    /// The text of hit `h`, cut from `text` (the text the tokens were made from).
    pub(crate) fn hit_text(&self, text: &str, h: Hit) -> Option<String> {
        let (a, b) = self.t.span(h.start, h.end)?;
        text.get(a..b).map(str::to_string)
    }
}
