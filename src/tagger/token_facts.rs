//! The facts about one token that every feature template reads, computed once per token: hashes
//! of the word, its lower case (traditional Chinese folded to simplified, Cyrillic read as Latin),
//! its shapes, prefixes and suffixes, and its capitalisation. Split from `features.rs`, which
//! combines them into keys.

use super::cyrillic;
use super::hashing::{fnv_char, FNV_OFFSET};
use super::script::fold;

/// Longest prefix/suffix length used as a feature.
pub(super) const AFFIX: usize = 5;

/// Per-token facts computed once and shared by all templates.
#[derive(Clone, Copy, Default, Debug, PartialEq)]
pub(super) struct Tok {
    pub(super) word: u64,
    pub(super) lower: u64,
    pub(super) nodot: u64,
    pub(super) shape: u64,
    pub(super) sshape: u64,
    pub(super) pre: [u64; AFFIX],
    pub(super) suf: [u64; AFFIX],
    pub(super) nchars: usize,
    pub(super) cap: bool,
    pub(super) all_lower: bool,
    pub(super) all_caps: bool,
    pub(super) alnum_start: bool,
    pub(super) cjk: bool,
}

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if super::tokenize::is_cjk(c) {
        'C'
    } else if c.is_alphabetic() {
        'a'
    } else {
        c
    }
}

pub(super) fn tok_info(word: &str, lowbuf: &mut Vec<char>) -> Tok {
    if word.is_ascii() {
        return ascii_tok_info(word.as_bytes(), lowbuf);
    }
    unicode_tok_info(word, lowbuf)
}

/// [`tok_info`] of any word.
fn unicode_tok_info(word: &str, lowbuf: &mut Vec<char>) -> Tok {
    let mut t = Tok::default();
    let mut h_nodot = FNV_OFFSET;
    let (mut h_word, mut h_lower) = (FNV_OFFSET, FNV_OFFSET);
    let mut shapes = Shapes::default();
    let (mut letters, mut uppers, mut lowers) = (0usize, 0usize, 0usize);
    lowbuf.clear();
    let cyrillic_word = cyrillic::is_cyrillic_word(word);
    for (k, c) in word.chars().enumerate() {
        let mut lower = |lc: char| {
            h_lower = fnv_char(h_lower, lc);
            if lc != '.' {
                h_nodot = fnv_char(h_nodot, lc);
            }
            lowbuf.push(lc);
        };
        if c.is_ascii() {
            h_word = fnv_char(h_word, c);
            lower(c.to_ascii_lowercase());
        } else if let Some(latin) = cyrillic::latin(c).filter(|_| cyrillic_word) {
            for l in latin.chars() {
                h_word = fnv_char(h_word, l);
                l.to_lowercase().for_each(&mut lower);
            }
        } else {
            h_word = fnv_char(h_word, c);
            fold(c).to_lowercase().for_each(lower);
        }
        shapes.add(shape_class(c));
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                uppers += 1;
            } else if c.is_lowercase() {
                lowers += 1;
            }
        }
        if k == 0 {
            t.cap = c.is_uppercase();
            t.alnum_start = c.is_alphanumeric();
        }
    }
    t.word = h_word;
    t.lower = h_lower;
    t.nodot = h_nodot;
    t.shape = shapes.shape;
    t.sshape = shapes.short;
    t.nchars = lowbuf.len();
    t.cjk = t.nchars == 1 && word.chars().next().is_some_and(super::tokenize::is_cjk);
    t.all_lower = letters > 0 && lowers == letters;
    t.all_caps = letters > 1 && uppers == letters;
    add_affixes(&mut t, lowbuf);
    t
}

/// [`tok_info`] of an ASCII word (most tokens of most text), byte by byte: the same hashes and
/// flags without the Unicode case tables, folding and Cyrillic checks (none apply to ASCII).
fn ascii_tok_info(word: &[u8], lowbuf: &mut Vec<char>) -> Tok {
    let mut t = Tok::default();
    let (mut h_word, mut h_lower, mut h_nodot) = (FNV_OFFSET, FNV_OFFSET, FNV_OFFSET);
    let mut shapes = Shapes::default();
    let (mut letters, mut uppers) = (0usize, 0usize);
    lowbuf.clear();
    for &b in word {
        let lower = b.to_ascii_lowercase();
        h_word = fnv_byte(h_word, b);
        h_lower = fnv_byte(h_lower, lower);
        if lower != b'.' {
            h_nodot = fnv_byte(h_nodot, lower);
        }
        lowbuf.push(char::from(lower));
        shapes.add(char::from(match b {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            _ => b,
        }));
        if b.is_ascii_alphabetic() {
            letters += 1;
            uppers += usize::from(b.is_ascii_uppercase());
        }
    }
    if let Some(&first) = word.first() {
        t.cap = first.is_ascii_uppercase();
        t.alnum_start = first.is_ascii_alphanumeric();
    }
    t.word = h_word;
    t.lower = h_lower;
    t.nodot = h_nodot;
    t.shape = shapes.shape;
    t.sshape = shapes.short;
    t.nchars = word.len();
    t.all_lower = letters > 0 && uppers == 0;
    t.all_caps = letters > 1 && uppers == letters;
    add_affixes(&mut t, lowbuf);
    t
}

/// The two shape hashes of a word, fed one character class at a time: the shape keeps runs of
/// up to two of a class (`Xxxx` -> `Xxx`), the short shape one (`Xx`).
struct Shapes {
    shape: u64,
    short: u64,
    last: char,
    run: usize,
}

impl Default for Shapes {
    fn default() -> Self {
        Shapes {
            shape: FNV_OFFSET,
            short: FNV_OFFSET,
            last: '\0',
            run: 0,
        }
    }
}

impl Shapes {
    fn add(&mut self, class: char) {
        if class == self.last {
            self.run += 1;
        } else {
            self.run = 1;
            self.short = fnv_char(self.short, class);
        }
        if self.run <= 2 {
            self.shape = fnv_char(self.shape, class);
        }
        self.last = class;
    }
}

/// One FNV-1a step over a byte (as [`fnv_char`] over an ASCII character).
#[inline]
fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(super::hashing::FNV_PRIME)
}

/// The prefix and suffix hashes of the lower-case characters `lowbuf`.
fn add_affixes(t: &mut Tok, lowbuf: &[char]) {
    let mut h = FNV_OFFSET;
    for (k, &c) in lowbuf.iter().take(AFFIX).enumerate() {
        h = fnv_char(h, c);
        if let Some(p) = t.pre.get_mut(k) {
            *p = h;
        }
    }
    for k in 0..AFFIX.min(lowbuf.len()) {
        let start = lowbuf.len() - k - 1;
        let h = lowbuf
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .fold(FNV_OFFSET, |h, &c| fnv_char(h, c));
        if let Some(s) = t.suf.get_mut(k) {
            *s = h;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_shortcut_gives_the_facts_of_the_general_path() {
        let words = [
            "",
            "a",
            "The",
            "U.S.",
            "McDonald's",
            "n't",
            "3.5",
            "1,000",
            "AT&T",
            "e.g.",
            "IBM",
            "x86_64",
            "--",
            "(",
            "Anglo-Dutch",
            "A",
            "aB.cD",
            "2001",
            "MiXeD",
            "\u{7f}",
        ];
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for w in words {
            assert_eq!(
                ascii_tok_info(w.as_bytes(), &mut a),
                unicode_tok_info(w, &mut b),
                "{w:?}"
            );
            assert_eq!(a, b, "{w:?}");
        }
    }
}
