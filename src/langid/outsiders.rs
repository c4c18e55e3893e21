//! Cheap signs that Latin or Cyrillic text may be in a language our n-gram model lacks.
//!
//! whatlang is only asked to overrule the n-gram model with a language the model does not know
//! (Italian, Dutch, Polish, Norwegian...), and one whatlang call costs about as much as scoring a
//! few kilobytes with the n-gram model: it compares every candidate language's whole profile.
//! Text that shows no sign of such a language keeps the model's answer without the call. A sign
//! is a letter the model's language does not use (ł, ő, ı, ř, ș, ї...: counted by the model) or a
//! frequent function word of an outside language that the model's languages do not use (Italian
//! `della`, Dutch `het`, Bokmål `etter`...). The lists are hand-written from grammar facts, not
//! drawn from any corpus. A false sign only costs the whatlang call that was always made before.

use super::markers;
use super::ngram::KeyHasher;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;
use whatlang::Lang;

#[path = "outsider_lists.rs"]
mod lists;
use lists::{LETTERS, OUTSIDE, WORDS};

/// Close outside neighbours of model languages, whose marker words live in `markers`: they are
/// looked for only when the model chose the language next door (Bokmål words in what the model
/// calls Danish), since some are ordinary words elsewhere (Slovene `in`, `so`).
fn neighbour_of(model_lang: &str) -> Option<&'static str> {
    Some(match model_lang {
        "da" | "sv" => "nb",
        "hr" | "sr" => "sl",
        "sk" => "cs",
        "es" | "pt" => "ca",
        "ru" => "bg",
        _ => return None,
    })
}

/// Average log-probability per n-gram below which the model's chosen language fits the text
/// poorly. Measured on the synthetic news documents of `scripts/bench.sh`: documents in the
/// model's languages average -5.5 to -5.9, but 14% of the English ones fall below -6.0 (English
/// has the fewest training sentences) and pay a whatlang call; sentences in Finnish, Turkish,
/// Estonian, Lithuanian, Hungarian, Indonesian or Czech read as the closest model language
/// average -6.0 to -6.8, and a threshold of -6.15 (or -6.2 for English) already loses some.
const POOR_FIT: f64 = -6.0;

/// Whether the model's choice fits poorly: `(sum of log-probabilities, n-grams)`.
pub(crate) fn fits_poorly((sum, grams): (f64, usize)) -> bool {
    grams == 0 || sum / (grams as f64) < POOR_FIT
}

/// A set of outside languages (bits index `OUTSIDE`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Suspects(u32);

impl Suspects {
    fn of(code: &str) -> Suspects {
        Suspects(
            OUTSIDE
                .iter()
                .position(|(c, _)| *c == code)
                .map_or(0, |i| 1 << i),
        )
    }
    /// Whether no outside language is suspected.
    pub(crate) fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// whatlang's languages of the set.
    pub(crate) fn langs(self) -> impl Iterator<Item = Lang> {
        OUTSIDE
            .iter()
            .enumerate()
            .filter(move |(i, _)| self.0 & (1 << i) != 0)
            .map(|(_, (_, l))| *l)
    }
}

/// Every outside marker word of `WORDS`, with the languages it marks.
fn outside_words() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = WordSet::default();
        for (code, words) in WORDS {
            for w in *words {
                set.entry(w.as_bytes()).or_default().0 |= Suspects::of(code).0;
            }
        }
        set
    })
}

/// Each letter of `LETTERS`, with the languages that write it.
fn outside_letters() -> &'static HashMap<char, Suspects> {
    static MAP: OnceLock<HashMap<char, Suspects>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: HashMap<char, Suspects> = HashMap::new();
        for (code, letters) in LETTERS {
            for c in letters.chars() {
                map.entry(c).or_default().0 |= Suspects::of(code).0;
            }
        }
        map
    })
}

/// For each length and first letter, the second letters of the ASCII marker words of `WORDS`:
/// most words of a text are rejected by one bit test before any hashing.
struct Shapes([u32; (MAX_MARKER_BYTES + 1) * 26]);

impl Shapes {
    fn slot(word: &[u8]) -> Option<(usize, u32)> {
        match word {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => {
                Some((word.len() * 26 + usize::from(a - b'a'), 1u32 << (b - b'a')))
            }
            _ => None,
        }
    }

    /// Whether a marker word may be `word` (lowercase ASCII); `false` means it is none.
    fn may_hold(&self, word: &[u8]) -> bool {
        match Shapes::slot(word) {
            Some((i, bit)) => self.0.get(i).is_some_and(|m| m & bit != 0),
            None => true,
        }
    }
}

fn ascii_shapes() -> &'static Shapes {
    static SHAPES: OnceLock<Shapes> = OnceLock::new();
    SHAPES.get_or_init(|| {
        let mut shapes = Shapes([0; (MAX_MARKER_BYTES + 1) * 26]);
        for w in WORDS.iter().flat_map(|(_, w)| w.iter()) {
            if let Some((i, bit)) = Shapes::slot(w.as_bytes()) {
                if let Some(m) = shapes.0.get_mut(i) {
                    *m |= bit;
                }
            }
        }
        shapes
    })
}

/// Marker words, hashed with a cheap hash (the words are ours, not attacker-controlled).
type WordSet = HashMap<&'static [u8], Suspects, BuildHasherDefault<KeyHasher>>;

/// Longest marker word in bytes: longer words are skipped unread.
const MAX_MARKER_BYTES: usize = 24;

/// Letters that a close outside neighbour uses far more than the model language: Bulgarian
/// writes `ъ` inside many words (`центъра`), Russian only in a few (`объявил`).
fn neighbour_letters(model_lang: &str) -> &'static [char] {
    match model_lang {
        "ru" => &['ъ'],
        _ => &[],
    }
}

/// What `text`, which the n-gram model reads as `model_lang`, shows of languages the model
/// lacks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Signs {
    /// A frequent function word of an outside language, or a letter typical of the close
    /// neighbour: a reason to ask whatlang.
    pub(crate) marker: bool,
    /// The outside languages that the marker words and the letters beyond ASCII point to:
    /// whatlang need not weigh the others (empty: no clue, weigh them all).
    pub(crate) suspects: Suspects,
}

/// Reads `text` (read by the model as `model_lang`) for signs of an outside language.
pub(crate) fn signs(text: &str, model_lang: &str) -> Signs {
    let mut out = Signs::default();
    let letters = neighbour_letters(model_lang);
    if !letters.is_empty() && text.contains(letters) {
        out.marker = true;
    }
    let words = outside_words();
    let letter_map = outside_letters();
    let neighbour_code = neighbour_of(model_lang);
    let neighbour = neighbour_code.map_or(&[][..], markers::list);
    let neighbour_bit = neighbour_code.map_or(Suspects::default(), Suspects::of);
    let look_up = |out: &mut Signs, w: &[u8]| {
        if let Some(s) = words.get(w) {
            out.marker = true;
            out.suspects.0 |= s.0;
        }
        if neighbour.iter().any(|m| m.as_bytes() == w) {
            out.marker = true;
            out.suspects.0 |= neighbour_bit.0;
        }
    };
    let shapes = ascii_shapes();
    let mut lower = String::new();
    let mut ascii = [0u8; MAX_MARKER_BYTES];
    for_each_alphabetic_run(text, |w| {
        if w.is_ascii() {
            if w.len() <= MAX_MARKER_BYTES {
                let buf = &mut ascii[..w.len()];
                buf.copy_from_slice(w.as_bytes());
                buf.make_ascii_lowercase();
                if neighbour.is_empty() && !shapes.may_hold(buf) {
                    return; // no general marker word has this length and these first letters
                }
                look_up(&mut out, buf);
            }
            return;
        }
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        for c in lower.chars().filter(|c| !c.is_ascii()) {
            if let Some(s) = letter_map.get(&c) {
                out.suspects.0 |= s.0;
            }
        }
        if lower.len() <= MAX_MARKER_BYTES {
            look_up(&mut out, lower.as_bytes());
        }
    });
    out
}

/// Calls `f` with each word of `text`: each maximal run of alphabetic chars, as
/// `text.split(|c: char| !c.is_alphabetic())` gives them, but reading ASCII a byte at a time.
fn for_each_alphabetic_run(text: &str, mut f: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (alphabetic, len) = if b.is_ascii() {
            (b.is_ascii_alphabetic(), 1)
        } else {
            match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c.is_alphabetic(), c.len_utf8()),
                None => (false, 1),
            }
        };
        match (alphabetic, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                f(text.get(s..i).unwrap_or(""));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        f(text.get(s..).unwrap_or(""));
    }
}

/// Whether `text`, which the n-gram model reads as `model_lang`, holds a frequent function word
/// of a language the model lacks (or a letter typical of the close neighbour).
#[cfg(test)]
pub(crate) fn has_outside_word(text: &str, model_lang: &str) -> bool {
    signs(text, model_lang).marker
}

#[cfg(test)]
#[path = "outsiders_tests.rs"]
mod tests;
