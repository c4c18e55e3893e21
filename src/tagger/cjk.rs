//! Word-level evidence for tagging CJK text one character at a time.
//!
//! A character-level tagger does not know where words end: `傑克·華納成為` ("Jack Warner
//! became") was tagged `傑克·華納成` because nothing said that `成為` is one word. This module gives
//! each character two kinds of evidence drawn from the model's lexicon (the training corpora's
//! words and the dictionary's): its character profile ([`Lexicon::char_profile`]) and its place
//! in a fewest-words segmentation of the sentence over the lexicon words (a dictionary
//! segmentation: the path through the lexicon matches and single characters with the fewest
//! words, ties going to the longer last word). Only models whose lexicon has profiles read it.

use super::features::{mix, template_key};
use super::lexicon::{Lexicon, Match};

/// A character's place in its segmented word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordPlace {
    /// A word of one character (or not a CJK character).
    Single = 0,
    /// First character of a longer word.
    First = 1,
    /// Inner character.
    Inner = 2,
    /// Last character.
    Last = 3,
}

/// Per-token CJK evidence of one sentence.
#[derive(Default)]
pub(crate) struct CjkEvidence {
    /// Profile bits per token (0 for non-CJK tokens).
    pub(crate) profiles: Vec<u8>,
    /// Place and length (capped at 6) of each token's segmented word.
    pub(crate) words: Vec<(WordPlace, u8)>,
}

impl CjkEvidence {
    /// Pushes the feature keys of CJK token `i` (lower-case hash `lower`): its profile, its
    /// profile with the previous and with the next token's, its segmented word's place and length,
    /// and that place with the character. Nothing when there is no evidence (no profiles).
    pub(crate) fn push_keys(&self, i: usize, lower: u64, keys: &mut Vec<u64>) {
        if self.profiles.is_empty() {
            return;
        }
        let f = template_key;
        let at = |j: Option<usize>| j.and_then(|j| self.profiles.get(j).copied());
        let p = u64::from(at(Some(i)).unwrap_or(0));
        let prev = at(i.checked_sub(1)).map_or(0x100, u64::from);
        let next = at(Some(i + 1)).map_or(0x100, u64::from);
        keys.push(f(54, p));
        keys.push(f(55, mix(prev, p)));
        keys.push(f(56, mix(p, next)));
        if let Some(&(place, len)) = self.words.get(i) {
            keys.push(f(57, mix(place as u64, u64::from(len))));
            keys.push(f(58, mix(place as u64, lower)));
        }
    }
}

/// Computes the evidence for a sentence from its tokens' lower-case hashes, CJK flags and the
/// lexicon matches found over them (`Lexicon::matches`).
pub(crate) fn evidence(lex: &Lexicon, lowers: &[u64], cjk: &[bool], hits: &[Match]) -> CjkEvidence {
    let profiles = lowers
        .iter()
        .zip(cjk)
        .map(|(&h, &c)| if c { lex.char_profile(h) } else { 0 })
        .collect();
    CjkEvidence {
        profiles,
        words: segment(lowers.len(), hits),
    }
}

/// Fewest-words segmentation of `n` tokens given the lexicon matches (every match appears once
/// per token; its first token has part 0).
fn segment(n: usize, hits: &[Match]) -> Vec<(WordPlace, u8)> {
    // lexicon words as (end, start), by end
    let mut words: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| h.1 == 0 && h.2 >= 2 && h.0 + h.2 <= n)
        .map(|h| (h.0 + h.2, h.0))
        .collect();
    words.sort_unstable();
    // best[j]: fewest words covering tokens 0..j; from[j]: start of the last word
    let mut best = vec![0usize; n + 1];
    let mut from = vec![0usize; n + 1];
    let mut next_word = words.iter().peekable();
    for j in 1..=n {
        let mut choice = (best.get(j - 1).map_or(usize::MAX, |b| b + 1), j - 1);
        while let Some(&&(end, i)) = next_word.peek() {
            if end > j {
                break;
            }
            let cost = best.get(i).map_or(usize::MAX, |b| b + 1);
            if cost < choice.0 || (cost == choice.0 && i < choice.1) {
                choice = (cost, i);
            }
            next_word.next();
        }
        if let (Some(b), Some(f)) = (best.get_mut(j), from.get_mut(j)) {
            (*b, *f) = choice;
        }
    }
    let mut out = vec![(WordPlace::Single, 1u8); n];
    let mut j = n;
    while j > 0 {
        let i = from.get(j).copied().unwrap_or(j - 1).min(j - 1);
        let len = (j - i).min(6) as u8;
        if j - i >= 2 {
            for (k, slot) in out.iter_mut().enumerate().take(j).skip(i) {
                let place = if k == i {
                    WordPlace::First
                } else if k == j - 1 {
                    WordPlace::Last
                } else {
                    WordPlace::Inner
                };
                *slot = (place, len);
            }
        }
        j = i;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(start: usize, len: usize) -> Vec<Match> {
        (0..len)
            .map(|k| (start + k, if k == 0 { 0 } else { 1 }, len, 0, 0))
            .collect()
    }

    #[test]
    fn fewest_words_win() {
        // tokens 0..6; words 0..2, 1..3, 2..4, 4..6: fewest words is [0,1][2,3][4,5]
        let hits: Vec<Match> = [hit(0, 2), hit(1, 2), hit(2, 2), hit(4, 2)].concat();
        let seg = segment(6, &hits);
        let places: Vec<WordPlace> = seg.iter().map(|s| s.0).collect();
        use WordPlace::*;
        assert_eq!(places, vec![First, Last, First, Last, First, Last]);
        // no words: every token is a word of its own
        assert!(segment(3, &[]).iter().all(|s| *s == (Single, 1)));
        // a longer word beats two shorter ones
        let hits: Vec<Match> = [hit(0, 2), hit(2, 2), hit(0, 4)].concat();
        let seg = segment(4, &hits);
        assert_eq!(seg, vec![(First, 4), (Inner, 4), (Inner, 4), (Last, 4)]);
        assert!(segment(0, &[]).is_empty());
    }
}
