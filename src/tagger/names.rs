//! Name-list features: the shipped gazetteers (`pipelines/gazetteers/`: countries, places,
//! organisations, nationalities, events), the rule tagger's common given names and a list of common
//! English-language given names (`given_names.txt`, from the Faker package, MIT licence), plus lists
//! read by one language's model only (GeoNames' towns and US surnames for English), looked up as
//! token sequences so the tagger can learn how far to trust a list hit in context.
//!
//! A model trained on 1996 news has never seen `Google` or `Firefox`; a list hit is a feature that
//! generalises from the listed names the training data has to those it lacks. Phrases are keyed
//! by chains of the tokens' lower-case hashes (as the CJK lexicon is), so matching is
//! case-insensitive; the token's capitalisation is part of the feature instead. CJK characters are
//! never matched (the Chinese model has its own lexicon features). The lists are compiled into
//! the binary: a model trained with one version of them should be retrained when they change.

use super::features::{lower_hash, mix, token_hashes, KeyMap};
use super::tokenize::tokenize;
use crate::annotation::EntityLabel;
use std::sync::OnceLock;

/// Longest phrase (in tokens) looked up.
const MAX_NAME: usize = 8;

const SEED: u64 = 0x6A2E_1157_5000_0001;

/// Class bits of a listed phrase.
pub const GIVEN: u8 = 1;
/// Listed as an organisation.
pub const ORG: u8 = 2;
/// Listed as a place or country.
pub const LOC: u8 = 4;
/// Listed as a nationality, event, prize or language.
pub const MISC: u8 = 8;
/// Listed among the world's towns and cities (GeoNames, `geonames.tsv`): a bit of its own, since
/// the list is large and noisier than the hand-written place list (`Jackson`, `Florence`).
pub const GEO: u8 = 16;
/// Listed among the common surnames of the US Census (`surnames.tsv`).
pub const SURNAME: u8 = 32;

/// Marks a chain that begins a longer listed phrase (so a scan stops early); not a class.
const PREFIX: u8 = 0x80;

/// Phrase chains -> class bits, with [`PREFIX`] set on every proper prefix chain of a phrase (a
/// chain may be both a phrase and a prefix): one lookup per token scanned.
#[derive(Default)]
pub struct NameLists {
    entries: KeyMap<u8>,
}

/// Name lists that only the models of some languages read, and no rule (name, TSV text, model
/// languages, class bits replacing the TSV's label or 0 to keep it). The Swedish list stays out of
/// the rules: there a listed word also matches inside a hyphenated compound (`LO-SAF-uppgörelsen`)
/// and as a capitalised sentence-initial common word. GeoNames' towns include many surnames and
/// words (`Jackson`, `Split`), too many for a rule; the English model learns how far to trust them.
const MODEL_ONLY: &[(&str, &str, &[&str], u8)] = &[
    (
        "swedish",
        include_str!("../../pipelines/gazetteers/swedish.tsv"),
        &["sv"],
        0,
    ),
    (
        "geonames",
        include_str!("../../pipelines/gazetteers/geonames.tsv"),
        &["en"],
        GEO,
    ),
    (
        "surnames",
        include_str!("../../pipelines/gazetteers/surnames.tsv"),
        &["en"],
        SURNAME,
    ),
    // the multilingual fallback reads the given names and surnames of 35 Latin-script locales
    // (scripts/gen_intl_names.py): the languages it tags have no training data of their own
    (
        "given_intl",
        include_str!("../../pipelines/gazetteers/given_intl.tsv"),
        &["xx"],
        GIVEN,
    ),
    (
        "surnames_intl",
        include_str!("../../pipelines/gazetteers/surnames_intl.tsv"),
        &["xx"],
        SURNAME,
    ),
];

/// Which copy of the lists a model reads: when it tags, or when it trains (without the lists of
/// `rules::BUILTIN_NOT_TRAINED` and without Cyrillic entries; see [`NameLists::add_shipped`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    Tagging,
    Training,
}

/// The two copies of one language's lists, each built on first use.
type Copies = (OnceLock<NameLists>, OnceLock<NameLists>);

/// The lists every model reads, built on first use: the shipped gazetteers but those that
/// `rules::BUILTIN_MODEL_LANGUAGES` keeps to the models of some languages, and the given names.
pub fn shipped() -> &'static NameLists {
    lists("", Reading::Tagging)
}

/// The lists a model of language `lang` reads when it tags: [`shipped`] plus the lists kept to
/// `lang`'s model.
pub fn for_language(lang: &str) -> &'static NameLists {
    lists(lang, Reading::Tagging)
}

/// The lists a model of language `lang` reads in training: those it was trained with, so that
/// training reproduces the shipped model files whatever names were added to the lists since.
pub fn for_training(lang: &str) -> &'static NameLists {
    lists(lang, Reading::Training)
}

fn lists(lang: &str, reading: Reading) -> &'static NameLists {
    static COMMON: Copies = (OnceLock::new(), OnceLock::new());
    static SCOPED: OnceLock<Vec<(&'static str, Copies)>> = OnceLock::new();
    let scoped = SCOPED.get_or_init(|| {
        let mut langs: Vec<&'static str> = crate::rules::BUILTIN_MODEL_LANGUAGES
            .iter()
            .flat_map(|(_, l)| l.iter().copied())
            .chain(MODEL_ONLY.iter().flat_map(|(_, _, l, _)| l.iter().copied()))
            .collect();
        langs.sort_unstable();
        langs.dedup();
        langs.into_iter().map(|l| (l, Copies::default())).collect()
    });
    // each language's lists are built when its model first needs them (GeoNames' 38,000 towns
    // take tens of milliseconds); a language without lists of its own reads the common ones
    let (key, copies) = scoped
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(("", &COMMON), |(l, c)| (*l, c));
    let cell = match reading {
        Reading::Tagging => &copies.0,
        Reading::Training => &copies.1,
    };
    cell.get_or_init(|| build(key, reading))
}

/// The names of `given_names.txt` (whitespace-separated; `#` starts a comment line).
pub(crate) fn english_given_names() -> impl Iterator<Item = &'static str> {
    include_str!("given_names.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
}

/// The shipped lists for a model of language `lang` (`""`: the lists every model reads), as it
/// reads them when it tags or when it trains.
fn build(lang: &str, reading: Reading) -> NameLists {
    let mut lists = NameLists::default();
    let training = reading == Reading::Training;
    for (name, content) in crate::rules::BUILTIN {
        let kept_to = crate::rules::BUILTIN_MODEL_LANGUAGES
            .iter()
            .find(|(n, _)| n == name);
        let untrained = training && crate::rules::BUILTIN_NOT_TRAINED.contains(name);
        if kept_to.is_none_or(|(_, langs)| langs.contains(&lang)) && !untrained {
            lists.add_tsv(content, 0, reading);
        }
    }
    for (_, content, langs, class) in MODEL_ONLY {
        if langs.contains(&lang) {
            lists.add_tsv(content, *class, reading);
        }
    }
    lists.add_given_names(include_str!("../rules/lexicon.txt"), reading);
    for name in english_given_names() {
        lists.add(name, GIVEN);
    }
    lists
}

impl NameLists {
    /// Adds `phrase` with class bits `class` (ignored when empty, too long or CJK).
    pub fn add(&mut self, phrase: &str, class: u8) {
        let class = class & !PREFIX;
        if is_one_token(phrase) {
            *self
                .entries
                .entry(mix(SEED, lower_hash(phrase)))
                .or_insert(0) |= class;
            return;
        }
        let toks = tokenize(phrase, 0..phrase.len(), "en");
        let hashes = token_hashes(phrase, &toks);
        if hashes.is_empty() || hashes.len() > MAX_NAME || hashes.iter().any(|h| h.1) {
            return;
        }
        let mut h = SEED;
        for (k, (lower, _)) in hashes.iter().enumerate() {
            if k > 0 {
                *self.entries.entry(h).or_insert(0) |= PREFIX;
            }
            h = mix(h, *lower);
        }
        *self.entries.entry(h).or_insert(0) |= class;
    }

    /// Adds the PER/ORG/LOC/MISC lines of a gazetteer file (`name<TAB>LABEL`; `#` comments), with
    /// class bits `class` instead of the label's when `class` is not 0.
    fn add_tsv(&mut self, content: &str, class: u8, reading: Reading) {
        for line in content.lines().filter(|l| !l.trim_start().starts_with('#')) {
            let mut cols = line.split('\t');
            let (Some(phrase), Some(label)) = (cols.next(), cols.next()) else {
                continue;
            };
            let label_class = match EntityLabel::parse(label.trim()) {
                Some(EntityLabel::Org) => ORG,
                Some(EntityLabel::Loc) => LOC,
                Some(EntityLabel::Misc) => MISC,
                Some(EntityLabel::Per) => GIVEN,
                _ => continue,
            };
            let class = if class == 0 { label_class } else { class };
            self.add_shipped(phrase.trim(), class, reading);
        }
    }

    /// [`NameLists::add`] for a name of the shipped lists; in training, not one written in
    /// Cyrillic. Every key reads Cyrillic letters as Latin ([`super::cyrillic`]), so a Cyrillic
    /// entry matches Latin words of the Latin-script training corpora (`Украина` as `Ukraina`,
    /// Swedish for Ukraine; the given names `Борис`, `Анна`), and the shipped models were trained
    /// before the lists had such entries. When a model tags, they let it read Cyrillic names.
    fn add_shipped(&mut self, phrase: &str, class: u8, reading: Reading) {
        if !(reading == Reading::Training
            && phrase.chars().any(|c| super::cyrillic::latin(c).is_some()))
        {
            self.add(phrase, class);
        }
    }

    /// Adds the words of the `GIVEN` lines of the rule tagger's word lists.
    fn add_given_names(&mut self, words: &str, reading: Reading) {
        for line in words.lines() {
            let Some((flags, list)) = line.split_once(':') else {
                continue;
            };
            if flags.split('|').any(|f| f.trim() == "GIVEN") {
                for w in list.split_whitespace() {
                    self.add_shipped(w.split('=').next().unwrap_or(w), GIVEN, reading);
                }
            }
        }
    }

    /// Leftmost-longest matches over tokens with lower-case hashes `lowers` (`skip[i]`: never
    /// part of a match). Writes `(part, class)` per token into `out` (part 1 begin, 2 inside,
    /// 3 last, 4 single; 0 and class 0 outside any match).
    pub fn matches(&self, lowers: &[u64], skip: &[bool], out: &mut Vec<(u8, u8)>) {
        let n = lowers.len().min(skip.len());
        out.clear();
        out.resize(n, (0, 0));
        if self.entries.is_empty() {
            return;
        }
        let mut i = 0;
        while i < n {
            let mut best = None;
            let mut h = SEED;
            for k in i..n.min(i + MAX_NAME) {
                if skip.get(k).copied().unwrap_or(true) {
                    break;
                }
                h = mix(h, lowers.get(k).copied().unwrap_or(0));
                let found = self.entries.get(&h).copied().unwrap_or(0);
                if found & !PREFIX != 0 {
                    best = Some((k + 1, found & !PREFIX));
                }
                if found & PREFIX == 0 {
                    break;
                }
            }
            let Some((end, class)) = best else {
                i += 1;
                continue;
            };
            for (k, slot) in out.iter_mut().enumerate().take(end).skip(i) {
                let part = match (k == i, k + 1 == end) {
                    (true, true) => 4,
                    (true, false) => 1,
                    (false, true) => 3,
                    (false, false) => 2,
                };
                *slot = (part, class);
            }
            i = end;
        }
    }
}

/// Whether `phrase` is one word of letters outside CJK, which the tokenizer keeps whole (checked
/// against every shipped list by a unit test): such a phrase needs no tokenizing.
/// Whether `word` is a given name of any list a model reads (the English and the rules' given
/// names, and those of 35 Latin-script locales: `Alex`, `Yogendra` is not), for the rules.
pub(crate) fn is_listed_given_name(word: &str) -> bool {
    is_one_token(word)
        && for_language("xx")
            .entries
            .get(&mix(SEED, lower_hash(word)))
            .is_some_and(|class| class & GIVEN != 0)
}

/// Whether `phrase` is a place or town on the lists the English or the multilingual model reads
/// (case-insensitive: `TORINO`, `DEN HAAG`), for the rules.
pub(crate) fn is_listed_place(phrase: &str) -> bool {
    // keyed as `NameLists::add` keys them
    let key = if is_one_token(phrase) {
        mix(SEED, lower_hash(phrase))
    } else {
        let toks = tokenize(phrase, 0..phrase.len(), "en");
        let hashes = token_hashes(phrase, &toks);
        if hashes.is_empty() || hashes.len() > MAX_NAME {
            return false;
        }
        hashes.iter().fold(SEED, |h, (lower, _)| mix(h, *lower))
    };
    ["en", "xx"].iter().any(|lang| {
        for_language(lang)
            .entries
            .get(&key)
            .is_some_and(|class| class & (LOC | GEO) != 0)
    })
}

fn is_one_token(phrase: &str) -> bool {
    !phrase.is_empty()
        && phrase
            .chars()
            .all(|c| c.is_alphabetic() && !super::tokenize::is_cjk(c))
}

/// Clears the matches (as [`NameLists::matches`] writes them) whose first token is not
/// capitalised (`caps[i]`: token `i` starts with an upper-case letter).
pub fn keep_capitalised(caps: &[bool], listed: &mut [(u8, u8)]) {
    let mut drop = false;
    for (&cap, hit) in caps.iter().zip(listed.iter_mut()) {
        if matches!(hit.0, 1 | 4) {
            drop = !cap;
        }
        if drop && hit.0 != 0 {
            *hit = (0, 0);
        }
    }
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
