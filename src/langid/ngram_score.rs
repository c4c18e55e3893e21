//! Scoring text with the n-gram model, word by word through a per-thread cache.
//!
//! A word's contribution (the sum of its n-gram rows, how many of its n-grams the table holds,
//! and its letters each language does not use) depends on the word alone, and words repeat:
//! a few thousand cover most running text. Each thread keeps the contributions of the words it
//! has scored, so a repeated word costs one look-up instead of a dozen. A word's sum is always
//! computed in the same order and added as a whole, so scores are the same whether it came from
//! the cache or not, and whatever the thread count.

use super::{add_rows, for_each_word, key, word_ngrams, KeyHasher, NgramModel, Scores, MAX_LANGS};
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// One word's contribution to the scores.
#[derive(Debug, Clone)]
struct WordScore {
    /// The padded word (checked on a hit, so a hash collision cannot swap two words).
    word: Box<[char]>,
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
                    Some(w) if *w.word == *word => add(w),
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
            chars_read: text.chars().take(max_chars).count(),
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
            word: word.into(),
            sum,
            grams,
            foreign,
        }
    }
}
