//! Word lists learned from the training corpora: multi-character words for scripts written
//! without spaces (Chinese, Japanese), and the common lower-case words of the language.
//!
//! The tagger reads such text one character at a time, so it cannot see word boundaries. The
//! lexicon holds the multi-character words of the training corpora's own segmentation (UD words,
//! Weibo's segmentation marks); at tagging time every lexicon word found in a run of characters
//! yields begin/middle/end features with the word's length and identity, as dictionary features
//! do in character-based Chinese NER. Words are keyed by a chain of the characters' lower-case
//! hashes, so no strings are stored.
//!
//! The common-word list holds words seen mostly in lower case; a capitalised token whose lower
//! case is common ("Dear", "Great", "From") is usually capitalised for its position or style, not
//! because it is a name. One feature then generalises over all such words.

use super::features::{mix, KeyMap, KeySet};

/// Longest word (in tokens) looked up.
pub const MAX_WORD: usize = 6;

/// One lexicon match at one token: `(token, part, length, word key, kind flags)`.
pub type Match = (usize, u64, usize, u64, u8);

const SEED: u64 = 0x1E81_C0DE_0000_0001;

/// A key in the kinds list saying that the lexicon carries character profiles (models trained
/// before profiles existed do not have it, so their features stay as they were trained).
const PROFILED_MARK: u64 = 0x9F0F_11ED_0000_0001;

/// Set of multi-token words, keyed by [`Lexicon::key`].
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    words: KeySet,
    common: KeySet,
    kinds: KeyMap<u8>,
    /// Whether `kinds` holds character profiles (see [`Lexicon::char_profile`]).
    profiled: bool,
}

/// Character profile bits: what kind of dictionary name a CJK character typically takes part
/// in, and where. A bit is set when at least [`PROFILE_MIN`] dictionary words of that kind have
/// the character at that place and they make at least [`PROFILE_SHARE`] of the words it occurs
/// in. Surnames (`王`, `李`) begin person names, `斯`, `爾` spell transliterated names, `縣`,
/// `湖`... end places, `院`, `局` end organisations.
const PROFILE_BITS: [(u8, Place); 8] = [
    (1, Place::First), // person name (nr, nrfg), first character
    (1, Place::Inner), // person name, inner character
    (1, Place::Last),  // person name, last character
    (2, Place::Any),   // transliterated name (nrt)
    (4, Place::First), // place (ns), first character
    (4, Place::Last),  // place, last character
    (8, Place::Last),  // organisation (nt), last character
    (16, Place::Any),  // other proper noun (nz)
];
const PROFILE_MIN: u32 = 5;

/// The frequency from which a word list's common words (not proper nouns) join the lexicon:
/// 136,000 of jieba's words (all of them: a 5.8 MB model; from 20: 80,000 words, 4.7 MB and
/// 0.6 points less on UNER zh-GSD dev).
const MIN_COMMON_FREQUENCY: u64 = 5;
const PROFILE_SHARE: f64 = 0.3;

#[derive(Clone, Copy, PartialEq)]
enum Place {
    First,
    Inner,
    Last,
    Any,
}

/// The kind (a bit flag) of a dictionary word from its part-of-speech tag in a word list such as
/// jieba's `dict.txt`: person names (`nr`, `nrfg`), transliterated names (`nrt`), places (`ns`),
/// organisations (`nt`), other proper nouns (`nz`); `None` for every other tag. (jieba's common
/// words alone, as match features, did not help on UNER zh-GSD dev; with the segmentation of
/// `cjk.rs` they do, so frequent ones are added as plain words: see `add_word_list`.)
pub fn kind_of_tag(tag: &str) -> Option<u8> {
    match tag {
        "nr" | "nrfg" => Some(1),
        "nrt" => Some(2),
        "ns" => Some(4),
        "nt" => Some(8),
        "nz" => Some(16),
        _ => None,
    }
}

impl Lexicon {
    /// The key of a word made of tokens with the given lower-case hashes.
    pub fn key(token_hashes: &[u64]) -> u64 {
        token_hashes.iter().fold(SEED, |h, &t| mix(h, t))
    }

    /// Builds a lexicon from word keys and common lower-case word hashes.
    pub fn from_keys(
        keys: impl IntoIterator<Item = u64>,
        common: impl IntoIterator<Item = u64>,
    ) -> Self {
        Lexicon {
            words: keys.into_iter().collect(),
            common: common.into_iter().collect(),
            kinds: KeyMap::default(),
            profiled: false,
        }
    }

    /// Adds the dictionary kinds of word keys (see [`kind_of_tag`]); each key also becomes a word.
    /// Character profiles travel in the same list, under [`Lexicon::profile_key`] keys.
    pub fn with_kinds(mut self, kinds: impl IntoIterator<Item = (u64, u8)>) -> Self {
        for (k, v) in kinds {
            self.words.insert(k);
            *self.kinds.entry(k).or_default() |= v;
        }
        self.profiled = self.kinds.contains_key(&PROFILED_MARK);
        self
    }

    /// The key under which a character's profile is stored: a one-token word key, which no
    /// word look-up uses (words have 2..=MAX_WORD tokens).
    fn profile_key(lower: u64) -> u64 {
        Self::key(&[lower])
    }

    /// The profile bits of a CJK character given its lower-case (folded) hash; 0 when unknown.
    #[inline]
    pub fn char_profile(&self, lower: u64) -> u8 {
        self.kinds
            .get(&Self::profile_key(lower))
            .copied()
            .unwrap_or(0)
    }

    /// Whether this lexicon has character profiles (only models trained with a word list).
    pub fn has_profiles(&self) -> bool {
        self.profiled
    }

    /// Counts one dictionary word (its tokens' lower-case hashes, 2 or more CJK characters) towards
    /// the character profiles: every word counts towards a character's total, and a proper noun
    /// towards the bits of its kind at the character's place (see [`PROFILE_BITS`]).
    fn count_profile(counts: &mut KeyMap<(u32, [u32; 8])>, hashes: &[(u64, bool)], kind: u8) {
        let last = hashes.len().saturating_sub(1);
        for (i, h) in hashes.iter().enumerate() {
            let e = counts.entry(h.0).or_default();
            e.0 += 1;
            for (n, &(k, place)) in PROFILE_BITS.iter().enumerate() {
                let here = match place {
                    Place::First => i == 0,
                    Place::Inner => i > 0 && i < last,
                    Place::Last => i == last,
                    Place::Any => true,
                };
                if kind & k != 0 && here {
                    if let Some(c) = e.1.get_mut(n) {
                        *c += 1;
                    }
                }
            }
        }
    }

    /// Sets the profile bits of every counted character that reaches [`PROFILE_MIN`] and
    /// [`PROFILE_SHARE`] for a bit; returns the number of profiled characters.
    fn set_char_profiles(&mut self, counts: KeyMap<(u32, [u32; 8])>) -> usize {
        let mut n = 0;
        for (h, (total, by_bit)) in counts {
            let mut bits = 0u8;
            for (b, &c) in by_bit.iter().enumerate() {
                if c >= PROFILE_MIN && f64::from(c) >= PROFILE_SHARE * f64::from(total) {
                    bits |= 1 << b;
                }
            }
            if bits != 0 {
                self.kinds.insert(Self::profile_key(h), bits);
                self.words.insert(Self::profile_key(h));
                n += 1;
            }
        }
        if n > 0 {
            self.kinds.insert(PROFILED_MARK, 0);
            self.words.insert(PROFILED_MARK);
            self.profiled = true;
        }
        n
    }

    /// (word key, kind flags) in ascending key order (for serialisation).
    pub fn sorted_kinds(&self) -> Vec<(u64, u8)> {
        let mut v: Vec<(u64, u8)> = self.kinds.iter().map(|(&k, &v)| (k, v)).collect();
        v.sort_unstable();
        v
    }

    /// Adds a dictionary word with its kind flags (ignored unless 2..=MAX_WORD tokens).
    pub fn insert_kind(&mut self, token_hashes: &[u64], kind: u8) {
        if (2..=MAX_WORD).contains(&token_hashes.len()) {
            let key = Self::key(token_hashes);
            self.words.insert(key);
            *self.kinds.entry(key).or_default() |= kind;
        }
    }

    /// Marks a lower-case token hash as a common lower-case word.
    pub fn add_common(&mut self, lower: u64) {
        self.common.insert(lower);
    }

    /// Whether a lower-case token hash is a common lower-case word.
    #[inline]
    pub fn is_common(&self, lower: u64) -> bool {
        self.common.contains(&lower)
    }

    /// Common-word hashes in ascending order (for serialisation).
    pub fn sorted_common(&self) -> Vec<u64> {
        let mut v: Vec<u64> = self.common.iter().copied().collect();
        v.sort_unstable();
        v
    }

    /// Adds a word given its tokens' lower-case hashes (ignored unless 2..=MAX_WORD tokens).
    pub fn insert(&mut self, token_hashes: &[u64]) {
        if (2..=MAX_WORD).contains(&token_hashes.len()) {
            self.words.insert(Self::key(token_hashes));
        }
    }

    /// Adds a word list, one `word [frequency] [tag]` a line (jieba's `dict.txt`): its proper nouns
    /// with the kind their tag gives (see [`kind_of_tag`]), and its other words whose frequency is
    /// at least [`MIN_COMMON_FREQUENCY`] as plain words (they mark word boundaries for the
    /// segmentation in `cjk.rs`); words that are not 2..=MAX_WORD CJK characters are skipped.
    /// Also derives the character profiles from all its words. Returns the number of words added.
    pub fn add_word_list(&mut self, content: &str, lang: &str) -> usize {
        self.add_word_lists(&[content], lang).iter().sum()
    }

    /// Adds several word lists as [`Lexicon::add_word_list`] adds one, deriving the character
    /// profiles from the words of all of them together (as from one list holding them all);
    /// returns the number of words added from each.
    pub fn add_word_lists(&mut self, contents: &[&str], lang: &str) -> Vec<usize> {
        let mut profile_counts = KeyMap::default();
        let added = contents
            .iter()
            .map(|content| self.add_words(content, lang, &mut profile_counts))
            .collect();
        self.set_char_profiles(profile_counts);
        added
    }

    /// The words of one list (see [`Lexicon::add_word_list`]), counting character profiles.
    fn add_words(
        &mut self,
        content: &str,
        lang: &str,
        profile_counts: &mut KeyMap<(u32, [u32; 8])>,
    ) -> usize {
        let mut n = 0;
        for line in content.lines() {
            let mut cols = line.split_whitespace();
            let (Some(word), freq, tag) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let toks = super::tokenize::tokenize(word, 0..word.len(), lang);
            let hashes = super::features::token_hashes(word, &toks);
            if hashes.len() < 2 || !hashes.iter().all(|h| h.1) {
                continue;
            }
            let kind = kind_of_tag(tag.unwrap_or(""));
            Self::count_profile(profile_counts, &hashes, kind.unwrap_or(0));
            let frequent = freq
                .and_then(|f| f.parse::<u64>().ok())
                .is_some_and(|f| f >= MIN_COMMON_FREQUENCY);
            if (kind.is_none() && !frequent) || hashes.len() > MAX_WORD {
                continue;
            }
            let keys: Vec<u64> = hashes.iter().map(|h| h.0).collect();
            match kind {
                Some(kind) => self.insert_kind(&keys, kind),
                None => self.insert(&keys),
            }
            n += 1;
        }
        n
    }

    /// Word keys in ascending order (for serialisation).
    pub fn sorted_keys(&self) -> Vec<u64> {
        let mut v: Vec<u64> = self.words.iter().copied().collect();
        v.sort_unstable();
        v
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Finds lexicon words in runs of joinable tokens (`joinable[i]`: token `i` is a CJK char).
    /// Appends `(token, part, length, word key, kind flags)` for every token of every match,
    /// where part is 0 = begin, 1 = middle, 2 = end; sorted by token.
    pub fn matches(&self, lowers: &[u64], joinable: &[bool], out: &mut Vec<Match>) {
        out.clear();
        if self.words.is_empty() {
            return;
        }
        let n = lowers.len().min(joinable.len());
        for i in 0..n {
            if !joinable.get(i).copied().unwrap_or(false) {
                continue;
            }
            let mut h = mix(SEED, lowers.get(i).copied().unwrap_or(0));
            for len in 2..=MAX_WORD {
                let j = i + len - 1;
                if j >= n || !joinable.get(j).copied().unwrap_or(false) {
                    break;
                }
                h = mix(h, lowers.get(j).copied().unwrap_or(0));
                if self.words.contains(&h) {
                    let kind = self.kinds.get(&h).copied().unwrap_or(0);
                    out.push((i, 0, len, h, kind));
                    for m in i + 1..j {
                        out.push((m, 1, len, h, kind));
                    }
                    out.push((j, 2, len, h, kind));
                }
            }
        }
        out.sort_by_key(|m| m.0);
    }
}

#[cfg(test)]
#[path = "lexicon_tests.rs"]
mod tests;
