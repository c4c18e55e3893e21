//! Closed word lists the rules key on (months, weekdays, number words, titles, organisation words...),
//! compiled once into one lower-case lookup table with bit flags.
//!
//! The lists are written for this project: short, common words only, several languages where cheap.
//! A word may carry several flags (`this` is both a date modifier and a capitalised function word).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A fast hash for short word keys (lookups only; no map is ever iterated into output). It reads
/// eight bytes a step, where FNV-1a, used before, multiplied once per byte: the rules hash every
/// word of every sentence several times (the lexicon, each gazetteer and its prefixes), and the
/// per-byte chain of multiplications was about 6% of their instructions on English news.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

/// An odd constant with well-spread bits (from the splitmix64 finaliser).
const WORD_MUL: u64 = 0x9e37_79b9_7f4a_7c15;

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(23) ^ word).wrapping_mul(WORD_MUL);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // every input bit reaches the high bits (hashbrown's tag) and the low bits (its bucket)
        crate::tagger::hashing::finalize(self.0)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        // the length goes in with the last bytes, so that `ab` + `c` and `a` + `bc` differ
        let mut word = [0u8; 8];
        if let Some(dst) = word.get_mut(..rest.len()) {
            dst.copy_from_slice(rest);
        }
        self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64 + 1) << 59));
    }
}

/// A hash map keyed by words, with the fast hash.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A hash set of words, with the fast hash.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

/// Month name; `val` is the month number.
pub const MONTH: u32 = 1;
/// An English month: needs a capital letter to count.
pub const MONTH_EN: u32 = 1 << 1;
/// Day of the week.
pub const WEEKDAY: u32 = 1 << 2;
/// `last`, `next`, `previous`, ... before a date unit.
pub const DATE_MOD: u32 = 1 << 3;
/// `year`, `weeks`, ... after a number or a date modifier.
pub const DATE_UNIT: u32 = 1 << 4;
/// A date on its own: `yesterday`, `today`.
pub const DATE_WORD: u32 = 1 << 5;
/// A number word; `val` is its value.
pub const NUMWORD: u32 = 1 << 6;
/// `million`, `bn`, ...; `val` is the power of ten.
pub const MAGNITUDE: u32 = 1 << 7;
/// `nearly`, `about`, `over`, ... before a number.
pub const QUANT: u32 = 1 << 8;
/// `percent`, `Prozent`, ...
pub const PERCENT: u32 = 1 << 9;
/// `dollars`, `yuan`, `euros`, ...
pub const CURRENCY: u32 = 1 << 10;
/// A currency code written in capitals: `USD`, `RMB`.
pub const CURRENCY_CODE: u32 = 1 << 11;
/// A title before a name: `Mr`, `President`, `Professor`.
pub const TITLE: u32 = 1 << 12;
/// A role noun that ends an apposition: `professor`, `spokesman`.
pub const ROLE: u32 = 1 << 13;
/// A word that makes a capitalised sequence an organisation: `Ministry`, `Court`, `Inc`.
pub const ORG: u32 = 1 << 14;
/// A word that makes a capitalised sequence a place: `Province`, `River`.
pub const LOC: u32 = 1 << 15;
/// A reporting verb: `said`, `told`.
pub const SAY: u32 = 1 << 16;
/// A capitalised function word that never starts a name: `The`, `However`.
pub const STOP: u32 = 1 << 17;
/// A lower-case word allowed inside a name: `of`, `de`, `von`.
pub const CONNECTOR: u32 = 1 << 18;
/// A preposition that announces a place: `in`, `near`.
pub const LOC_PREP: u32 = 1 << 19;
/// An organisation word that is a legal-form suffix and makes even one preceding word an ORG.
pub const ORG_SUFFIX: u32 = 1 << 20;
/// A word that can start a numeric or date expression without being one of the classes above
/// ("the", "early", "few", "hundreds"): lets the numeric scan skip every other word at once.
pub const LEAD: u32 = 1 << 21;
/// A common given name: a capitalised run of two or three words that starts with one is a person.
pub const GIVEN: u32 = 1 << 22;
/// An English weekday: needs a capital letter to count (other languages write theirs in lower
/// case: `el martes`, `op dinsdag`).
pub const WEEKDAY_EN: u32 = 1 << 23;
/// A unit of a duration under a day after a number: `hours`, `Minuten`.
pub const TIME_UNIT: u32 = 1 << 24;
/// A unit of measure after a number: `metres`, `km`, `tonnes`.
pub const MEASURE: u32 = 1 << 25;
/// A rank word: `first`, `twentieth`.
pub const ORDINAL: u32 = 1 << 26;
/// A part of the day after a day or `this`: `morning`, `night`.
pub const DAY_PART: u32 = 1 << 27;
/// A time on its own: `tonight`, `noon`.
pub const TIME_WORD: u32 = 1 << 28;
/// An English unit of a duration: the only ones a bare `a`/`an` counts (`a week`; `a` is also a
/// conjunction elsewhere, Croatian `a godine prolaze`).
pub const DATE_UNIT_EN: u32 = 1 << 29;
/// Every flag that can start a numeric or date expression.
pub const NUMERIC_START: u32 = LEAD
    | MONTH
    | WEEKDAY
    | DATE_WORD
    | DATE_MOD
    | QUANT
    | NUMWORD
    | CURRENCY_CODE
    | ORDINAL
    | TIME_WORD;

/// Flags of words that never count as a remembered part of a person's name.
pub const NOT_MEMORY: u32 = TITLE | ROLE | ORG | LOC | STOP | MONTH | WEEKDAY | NUMWORD | SAY;

/// Flags and value of one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Info {
    /// Bit set of the constants above.
    pub flags: u32,
    /// Month number, number value or power of ten, depending on the flag.
    pub val: u64,
}

impl Info {
    /// True when any of `f` is set.
    pub fn has(self, f: u32) -> bool {
        self.flags & f != 0
    }
}

/// The word lists, one line per flag set (see the file's header).
const WORD_LISTS: &str = include_str!("lexicon.txt");

/// Maps a flag name of `lexicon.txt` to its bit.
fn flag_bit(name: &str) -> Option<u32> {
    Some(match name {
        "MONTH" => MONTH,
        "MONTH_EN" => MONTH_EN,
        "WEEKDAY" => WEEKDAY,
        "DATE_MOD" => DATE_MOD,
        "DATE_UNIT" => DATE_UNIT,
        "DATE_UNIT_EN" => DATE_UNIT_EN,
        "DATE_WORD" => DATE_WORD,
        "NUMWORD" => NUMWORD,
        "MAGNITUDE" => MAGNITUDE,
        "QUANT" => QUANT,
        "PERCENT" => PERCENT,
        "CURRENCY" => CURRENCY,
        "CURRENCY_CODE" => CURRENCY_CODE,
        "TITLE" => TITLE,
        "ROLE" => ROLE,
        "ORG" => ORG,
        "LOC" => LOC,
        "SAY" => SAY,
        "STOP" => STOP,
        "CONNECTOR" => CONNECTOR,
        "LOC_PREP" => LOC_PREP,
        "ORG_SUFFIX" => ORG_SUFFIX,
        "LEAD" => LEAD,
        // given names for the rules only: the trained models read the `GIVEN` lines as a feature
        // list, so names added after they were trained go on `GIVEN_RULES` lines
        "GIVEN" | "GIVEN_RULES" => GIVEN,
        "WEEKDAY_EN" => WEEKDAY_EN,
        "TIME_UNIT" => TIME_UNIT,
        "MEASURE" => MEASURE,
        "ORDINAL" => ORDINAL,
        "DAY_PART" => DAY_PART,
        "TIME_WORD" => TIME_WORD,
        _ => return None,
    })
}

/// Parses the word lists; errors name the line (the shipped file is checked by a test).
fn parse_lists(text: &str) -> Result<FastMap<String, Info>, String> {
    let mut map: FastMap<String, Info> = FastMap::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (flags, words) = line
            .split_once(':')
            .ok_or(format!("lexicon line {}: no ':'", n + 1))?;
        let mut bits = 0;
        for name in flags.split('|') {
            bits |= flag_bit(name.trim())
                .ok_or(format!("lexicon line {}: unknown flag {name}", n + 1))?;
        }
        for item in words.split_whitespace() {
            let (word, val) = match item.split_once('=') {
                Some((w, v)) => (
                    w,
                    v.parse()
                        .map_err(|_| format!("lexicon line {}: bad value {v}", n + 1))?,
                ),
                None => (item, 0),
            };
            let e = map.entry(word.to_string()).or_default();
            e.flags |= bits;
            if val != 0 {
                e.val = val;
            }
        }
    }
    Ok(map)
}

/// The compiled word table.
pub struct Lexicon {
    map: FastMap<String, Info>,
    /// Length in bytes of the longest listed word: a longer word needs no look-up.
    longest: usize,
}

impl Lexicon {
    /// Builds the table from the lists above.
    pub fn new() -> Lexicon {
        let map = parse_lists(WORD_LISTS).unwrap_or_default();
        let longest = map.keys().map(String::len).max().unwrap_or(0);
        Lexicon { map, longest }
    }

    /// Length in bytes of the longest listed word.
    pub fn longest_word(&self) -> usize {
        self.longest
    }

    /// Flags of a lower-case word (empty when unknown).
    pub fn get(&self, lower: &str) -> Info {
        self.map.get(lower).copied().unwrap_or_default()
    }
}

/// The one table of the process, built on first use: the rule tagger and the stages that read its
/// words (`rules::heads`) share it.
pub(crate) fn shared() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(Lexicon::new)
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_hash_tells_apart_keys_of_every_length() {
        use std::hash::BuildHasher;
        let hasher = BuildHasherDefault::<WordHasher>::default();
        let keys = [
            "",
            "a",
            "a\0",
            "ab",
            "ba",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "abcdefgh\0",
            "international",
            "internationa1",
        ];
        let hashes: HashSet<u64> = keys.iter().map(|k| hasher.hash_one(k)).collect();
        assert_eq!(hashes.len(), keys.len());
        // the bucket (low bits) and hashbrown's tag (the top 7 bits) both vary
        let words: Vec<String> = (0..4096).map(|n| format!("w{n}")).collect();
        let low: HashSet<u64> = words.iter().map(|w| hasher.hash_one(w) & 0xfff).collect();
        let high: HashSet<u64> = words.iter().map(|w| hasher.hash_one(w) >> 57).collect();
        assert!(
            low.len() > 2400 && high.len() == 128,
            "{} {}",
            low.len(),
            high.len()
        );
    }

    #[test]
    fn lookups_carry_flags_and_values() {
        let lx = Lexicon::new();
        assert_eq!(
            lx.get("june"),
            Info {
                flags: MONTH | MONTH_EN,
                val: 6
            }
        );
        assert_eq!(lx.get("июня").val, 6);
        assert!(lx.get("this").has(DATE_MOD) && lx.get("this").has(STOP));
        assert_eq!(lx.get("million").val, 6);
        assert_eq!(lx.get("seventeen").val, 17);
        assert!(lx.get("procuratorate").has(ORG));
        assert_eq!(lx.get("zzz"), Info::default());
    }

    #[test]
    fn word_lists_parse_and_errors_name_the_line() {
        assert!(parse_lists(WORD_LISTS).is_ok_and(|m| m.len() > 400));
        let e = parse_lists("MONTH: a=1\nNOPE: b").err().unwrap_or_default();
        assert!(e.contains("line 2") && e.contains("NOPE"), "{e}");
        assert!(parse_lists("MONTH a").is_err());
        assert!(parse_lists("MONTH: a=x").is_err());
    }

    #[test]
    fn listed_words_fit_the_token_length_shortcut() {
        // Tokens::annotate looks up no word longer than the longest listed one (the Greek
        // `δισεκατομμυρίων`, 30 bytes, is found in text: numeric_tests)
        let lx = Lexicon::new();
        let longest = lx.map.keys().map(String::len).max().unwrap_or(0);
        assert_eq!(lx.longest_word(), longest);
        assert!(longest >= "δισεκατομμυρίων".len());
    }

    #[test]
    fn valued_categories_do_not_collide() {
        let valued = [MONTH, NUMWORD, MAGNITUDE];
        let lx = Lexicon::new();
        for (w, info) in &lx.map {
            let n = valued.iter().filter(|f| info.has(**f)).count();
            assert!(n <= 1, "{w} has two valued flags");
        }
    }
}
