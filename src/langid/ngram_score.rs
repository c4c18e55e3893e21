//! Scoring text with the n-gram model, word by word through a per-thread cache.
//!
//! A word's contribution (the sum of its n-gram rows, how many of its n-grams the table holds,
//! and its letters each language does not use) depends on the word alone, and words repeat:
//! a few thousand cover most running text. Each thread keeps the contributions of the words it
//! has scored, so a repeated word costs one look-up instead of a dozen. A word's sum is always
//! computed in the same order and added as a whole, so scores are the same whether it came from
//! the cache or not, and whatever the thread count.

use super::{add_rows, for_each_word, key, word_ngrams, KeyHasher, NgramModel, Scores, MAX_LANGS};
use crate::langid::script::char_count;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Longest padded ASCII word kept inline in a cache entry.
const INLINE_CHARS: usize = 22;

/// A padded word as the cache keeps it: short ASCII words inline (a hit then reads no second
/// memory location), others boxed.
#[derive(Debug, Clone)]
enum Spelling {
    Inline { len: u8, bytes: [u8; INLINE_CHARS] },
    Boxed(Box<[char]>),
}

impl Spelling {
    fn of(word: &[char]) -> Spelling {
        let mut bytes = [0u8; INLINE_CHARS];
        if word.len() <= INLINE_CHARS {
            let mut ascii = true;
            for (b, c) in bytes.iter_mut().zip(word) {
                match u8::try_from(u32::from(*c)) {
                    Ok(a) if a.is_ascii() => *b = a,
                    _ => ascii = false,
                }
            }
            if let (true, Ok(len)) = (ascii, u8::try_from(word.len())) {
                return Spelling::Inline { len, bytes };
            }
        }
        Spelling::Boxed(word.into())
    }

    /// Whether this is the spelling of `word`.
    fn is(&self, word: &[char]) -> bool {
        match self {
            Spelling::Inline { len, bytes } => {
                usize::from(*len) == word.len()
                    && bytes.iter().zip(word).all(|(b, c)| char::from(*b) == *c)
            }
            Spelling::Boxed(w) => **w == *word,
        }
    }
}

/// One word's contribution to the scores.
#[derive(Debug, Clone)]
struct WordScore {
    /// The padded word (checked on a hit, so a hash collision cannot swap two words).
    word: Spelling,
    sum: [f32; MAX_LANGS],
    grams: u16,
    /// Per language: letters of the word it does not use.
    foreign: [u8; MAX_LANGS],
}

/// Words remembered per thread; the cache is emptied when full (about 1.5 MB).
const CACHE_WORDS: usize = 16_384;

type Cache = HashMap<u64, WordScore, BuildHasherDefault<KeyHasher>>;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

impl NgramModel {
    /// Scores `text` (at most `max_chars` chars of it) for every model language.
    pub fn score(&self, text: &str, max_chars: usize) -> Scores {
        let k = self.langs.len();
        let mut acc = [0.0f32; MAX_LANGS];
        let mut grams = 0usize;
        let mut foreign = [0u32; MAX_LANGS];
        let mut add = |w: &WordScore| {
            acc = add_rows(&acc, &w.sum);
            grams += usize::from(w.grams);
            for (f, &n) in foreign.iter_mut().zip(&w.foreign) {
                *f += u32::from(n);
            }
        };
        CACHE.with(|cell| match cell.try_borrow_mut() {
            Ok(mut cache) => for_each_word(text, max_chars, |word| {
                let h = key(word);
                match cache.get(&h) {
                    Some(w) if w.word.is(word) => add(w),
                    _ => {
                        let w = self.word_score(word);
                        add(&w);
                        if cache.len() >= CACHE_WORDS {
                            cache.clear();
                        }
                        cache.insert(h, w);
                    }
                }
            }),
            // Not reachable (scoring never re-enters itself); score without the cache.
            Err(_) => for_each_word(text, max_chars, |word| add(&self.word_score(word))),
        });
        Scores {
            sums: acc.iter().take(k).map(|&v| f64::from(v)).collect(),
            grams,
            foreign: foreign.iter().take(k).copied().collect(),
            chars_read: char_count(text).min(max_chars),
        }
    }

    /// The contribution of one padded word, its n-grams added in `word_ngrams` order.
    fn word_score(&self, word: &[char]) -> WordScore {
        let k = self.langs.len();
        let all_known: u32 = (1u32 << k) - 1;
        let mut sum = [0.0f32; MAX_LANGS];
        let mut grams = 0u16;
        let mut foreign = [0u8; MAX_LANGS];
        word_ngrams(word, &mut |g: &[char]| {
            let row = self.index.get(&key(g)).copied();
            if g.len() == 1 {
                let mask = row
                    .and_then(|r| self.known.get(r as usize))
                    .copied()
                    .unwrap_or(0);
                if mask & all_known != all_known {
                    for (l, f) in foreign.iter_mut().take(k).enumerate() {
                        *f = f.saturating_add(u8::from(mask & (1 << l) == 0));
                    }
                }
            }
            if let Some(lp) = row.and_then(|r| self.logp.get(r as usize)) {
                sum = add_rows(&sum, &lp.0);
                grams = grams.saturating_add(1);
            }
        });
        WordScore {
            word: Spelling::of(word),
            sum,
            grams,
            foreign,
        }
    }
}

#[cfg(test)]
mod spelling_tests {
    use super::*;

    #[test]
    fn a_spelling_matches_only_its_own_word() {
        let words: Vec<Vec<char>> = [
            "_a_",
            "_ab_",
            "_ba_",
            "_abc",
            "_ž_",
            "_abcdefghijklmnopqrstu_",
            "_abcdefghijklmnopqrst_",
            "",
        ]
        .iter()
        .map(|w| w.chars().collect())
        .collect();
        for (i, a) in words.iter().enumerate() {
            let s = Spelling::of(a);
            for (j, b) in words.iter().enumerate() {
                assert_eq!(s.is(b), i == j, "{a:?} vs {b:?}");
            }
        }
        assert!(matches!(Spelling::of(&words[1]), Spelling::Inline { .. }));
        assert!(matches!(Spelling::of(&words[4]), Spelling::Boxed(_)));
        assert!(
            matches!(Spelling::of(&words[5]), Spelling::Boxed(_)),
            "23 chars: boxed"
        );
    }
}
