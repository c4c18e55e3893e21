//! Our own character n-gram model (naive Bayes over lowercased word-padded 1..4-grams) for the
//! languages we have training text for. It complements whatlang where whatlang is weakest:
//! close neighbours (Danish/Swedish/Norwegian, Croatian/Serbian, Spanish/Portuguese,
//! Slovak/Czech) and short sentences.
//!
//! The table is derived by `train::train_table` from the corpora under `../shared/data` (counts
//! only, no sentences) and shipped as `pipelines/language/ngrams.tsv`. The build script turns it
//! into a binary image of the model's rows (`ngram_table.rs`), embedded at compile time, so
//! loading the shipped model decodes rows instead of parsing text.

use super::script::is_letter;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

#[path = "ngram_table.rs"]
mod table;
pub use table::{bucket, key, MAX_LANGS, MAX_ORDER};
use table::{Row, Table};

/// Words longer than this are cut (bounds work on junk input).
const MAX_WORD: usize = 32;

/// The shipped table's rows, imaged by `build.rs` from `pipelines/language/ngrams.tsv`.
static EMBEDDED_IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ngrams.bin"));

/// Calls `f` with every n-gram (orders 1..=MAX_ORDER) of the lowercased, `_`-padded words of
/// `text`, and with each whole padded word longer than that (a word feature), reading at most
/// `max_chars` chars. A word is a maximal run of letters of any script.
pub fn for_each_ngram(text: &str, max_chars: usize, mut f: impl FnMut(&[char])) {
    for_each_word(text, max_chars, |word| word_ngrams(word, &mut f));
}

/// Calls `f` with each lowercased, `_`-padded word of `text` (at most `max_chars` chars read;
/// a word longer than `MAX_WORD` letters is cut).
pub fn for_each_word(text: &str, max_chars: usize, mut f: impl FnMut(&[char])) {
    /// Ends the word being read (if any) and starts the next.
    fn flush(word: &mut Vec<char>, f: &mut impl FnMut(&[char])) {
        if word.len() > 1 {
            word.push('_');
            f(word);
        }
        word.truncate(1);
    }
    let mut word: Vec<char> = Vec::with_capacity(MAX_WORD + 2);
    word.push('_');
    let bytes = text.as_bytes();
    let (mut at, mut read) = (0, 0);
    // ASCII a byte at a time; other chars decoded.
    while read < max_chars {
        let Some(&b) = bytes.get(at) else { break };
        read += 1;
        if b.is_ascii() {
            at += 1;
            if b.is_ascii_alphabetic() {
                if word.len() <= MAX_WORD {
                    word.push(char::from(b.to_ascii_lowercase()));
                }
            } else {
                flush(&mut word, &mut f);
            }
            continue;
        }
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        at += c.len_utf8();
        if is_letter(c) {
            if word.len() <= MAX_WORD {
                word.extend(c.to_lowercase());
            }
        } else {
            flush(&mut word, &mut f);
        }
    }
    flush(&mut word, &mut f);
}

/// Calls `f` with the features of one padded word: the whole word when it is longer than
/// `MAX_ORDER` (and not cut), then its n-grams by order (the `_` unigram excluded).
fn word_ngrams(word: &[char], f: &mut impl FnMut(&[char])) {
    if word.len() > MAX_ORDER && word.len() <= MAX_WORD + 1 {
        f(word);
    }
    for n in 1..=MAX_ORDER {
        for g in word.windows(n) {
            if !(n == 1 && g == ['_']) {
                f(g);
            }
        }
    }
}

/// Hasher for keys that are already hashes: one final mix, no SipHash.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Per-language sums of log-probabilities for one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// One sum per model language, in `NgramModel::langs` order.
    pub sums: Vec<f64>,
    /// How many n-grams of the text were in the table.
    pub grams: usize,
    /// Per model language: letters of the text that the language does not use.
    pub foreign: Vec<u32>,
    /// Chars of the text read (at most the `max_chars` asked for).
    pub chars_read: usize,
}

impl Scores {
    /// Best and second-best language indices (by score; ties go to the lower index).
    pub fn best_two(&self) -> Option<(usize, Option<usize>)> {
        let mut order: Vec<usize> = (0..self.sums.len()).collect();
        order.sort_by(|&a, &b| self.sums[b].total_cmp(&self.sums[a]).then(a.cmp(&b)));
        order.first().map(|&b| (b, order.get(1).copied()))
    }
}

/// Lane-wise sum of two rows (compiles to a few vector additions).
#[inline(always)]
fn add_rows(a: &[f32; MAX_LANGS], b: &[f32; MAX_LANGS]) -> [f32; MAX_LANGS] {
    std::array::from_fn(|i| a[i] + b[i])
}

#[path = "ngram_score.rs"]
mod score;

/// A naive Bayes character n-gram model.
#[derive(Debug, Clone)]
pub struct NgramModel {
    langs: Vec<String>,
    index: HashMap<u64, u32, BuildHasherDefault<KeyHasher>>,
    /// Log-probabilities, one fixed-width row per n-gram (languages past `langs.len()` are 0):
    /// summing fixed-width rows compiles to a few vector additions.
    logp: Vec<Row>,
    /// Per row: bit `l` set when the n-gram is a letter (order 1) that language `l` uses
    /// (seen at least `KNOWN_LETTER_COUNT` times in training). Zero for longer n-grams.
    known: Vec<u32>,
}

impl NgramModel {
    /// The model shipped with the crate (decoded once from its build-time image, then shared).
    pub fn embedded() -> Result<&'static NgramModel, String> {
        static MODEL: OnceLock<Result<NgramModel, String>> = OnceLock::new();
        MODEL
            .get_or_init(|| Table::decode(EMBEDDED_IMAGE).and_then(NgramModel::from_table))
            .as_ref()
            .map_err(|e| e.clone())
    }

    /// Parses a table: a `#langs` line naming the columns, then `ngram<TAB>count...` rows.
    /// Lines starting with `#` are comments. An empty table is a valid model with no languages.
    pub fn parse(text: &str) -> Result<NgramModel, String> {
        Table::parse(text).and_then(NgramModel::from_table)
    }

    /// A model over a table's rows; a repeated key looks up its last row.
    fn from_table(table: Table) -> Result<NgramModel, String> {
        let mut index = HashMap::with_capacity_and_hasher(table.keys.len(), Default::default());
        for (row, &k) in table.keys.iter().enumerate() {
            let row = u32::try_from(row).map_err(|_| "ngram table too large".to_string())?;
            index.insert(k, row);
        }
        Ok(NgramModel {
            langs: table.langs,
            index,
            logp: table.logp,
            known: table.known,
        })
    }

    /// The model's languages (codes as written), in score order.
    pub fn langs(&self) -> &[String] {
        &self.langs
    }

    /// Table rows of the n-grams of `text` (at most `max_chars` chars), with repeats: the
    /// features a learner updates.
    pub fn feature_rows(&self, text: &str, max_chars: usize) -> Vec<u32> {
        let mut rows = Vec::new();
        for_each_ngram(text, max_chars, |g| {
            if let Some(&r) = self.index.get(&key(g)) {
                rows.push(r);
            }
        });
        rows
    }

    /// The log-probabilities of one table row (one per language), if the row exists.
    pub fn row_logp(&self, row: u32) -> Option<&[f32]> {
        let k = self.langs.len();
        self.logp.get(row as usize).and_then(|r| r.0.get(..k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ngrams_are_padded_lowercased_words() {
        let mut got = Vec::new();
        for_each_ngram("Ab, c", 100, |g| got.push(g.iter().collect::<String>()));
        assert_eq!(
            got,
            vec!["a", "b", "_a", "ab", "b_", "_ab", "ab_", "_ab_", "c", "_c", "c_", "_c_"]
        );
        let mut words = Vec::new();
        for_each_ngram("hello", 100, |g| {
            if bucket(g) == 0 {
                words.push(g.iter().collect::<String>());
            }
        });
        assert_eq!(words, vec!["_hello_"]);
        let mut n = 0;
        for_each_ngram("abc def", 3, |_| n += 1);
        let mut m = 0;
        for_each_ngram("abc", 100, |_| m += 1);
        assert_eq!(n, m, "max_chars bounds the text read");
    }

    #[test]
    fn tiny_model_prefers_its_language() {
        let table = "#langs\txx\tyy\n_th\t50\t1\nthe\t60\t0\nhe_\t40\t2\n_de\t1\t70\nder\t0\t50\n";
        let m = NgramModel::parse(table).unwrap();
        assert_eq!(m.langs(), ["xx", "yy"]);
        let s = m.score("the the", 100);
        assert_eq!(s.best_two(), Some((0, Some(1))));
        assert_eq!(s.grams, 6);
        let s = m.score("der", 100);
        assert_eq!(s.best_two().map(|b| b.0), Some(1));
        let letters = "#langs\txx\tyy\na\t10\t10\nb\t10\t0\n";
        let m = NgramModel::parse(letters).unwrap();
        assert_eq!(
            m.score("ab zz", 100).foreign,
            vec![2, 3],
            "z is foreign to both, b to yy"
        );
    }

    #[test]
    fn weight_corrections_shift_log_probs() {
        let plain = NgramModel::parse("#langs\txx\tyy\nab\t5\t5\n").unwrap();
        let tuned = NgramModel::parse("#langs\txx\tyy\nab\t5\t5\t1.5\t-0.5\n").unwrap();
        let (p, t) = (plain.row_logp(0).unwrap(), tuned.row_logp(0).unwrap());
        assert!((t[0] - p[0] - 1.5).abs() < 1e-5 && (t[1] - p[1] + 0.5).abs() < 1e-5);
        assert_eq!(tuned.feature_rows("ab ab", 100), vec![0, 0]);
        assert!(tuned.row_logp(1).is_none());
    }

    #[test]
    fn bad_tables_are_errors() {
        assert!(NgramModel::parse("#langs\txx\nab\tz\n").is_err());
        assert!(NgramModel::parse("#langs\txx\nab\t1\t2\t3\n").is_err());
        assert!(NgramModel::parse("#langs\txx\nabcdef\t1\n").is_err());
        assert!(NgramModel::parse("#langs\txx\n_abcdef_\t1\n").is_ok());
        assert!(NgramModel::parse("#langs\txx\nab\t1\t0.5\t2\n").is_err());
        let empty = NgramModel::parse("# nothing\n").unwrap();
        assert!(empty.langs().is_empty());
        assert_eq!(empty.score("abc", 10).best_two(), None);
    }

    #[test]
    fn embedded_image_equals_the_parsed_table() {
        let tsv = include_str!("../../pipelines/language/ngrams.tsv");
        let parsed = NgramModel::parse(tsv).unwrap();
        let loaded = NgramModel::embedded().unwrap();
        assert_eq!(loaded.langs, parsed.langs);
        assert_eq!(loaded.logp.len(), parsed.logp.len());
        assert!(parsed.logp.len() > 1000, "the shipped table has rows");
        for (row, (a, b)) in loaded.logp.iter().zip(&parsed.logp).enumerate() {
            let bits = |r: &Row| r.0.map(f32::to_bits);
            assert_eq!(bits(a), bits(b), "row {row}");
        }
        assert_eq!(loaded.known, parsed.known);
        assert_eq!(loaded.index, parsed.index);
    }
}
