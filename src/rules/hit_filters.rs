//! Tests that drop a list hit whose words mean something else where they stand: a date word of
//! another language, the head of a hyphenated compound, a common word opening a sentence. Kept
//! apart from the rule tagger's main loop so that each test reads on its own.

use super::scan::Hit;
use super::{common_words, primary_language, token};
use crate::annotation::EntityLabel;

/// Date words that are other words in other languages, counted in these languages' sentences
/// only: `hier` is "yesterday" in French and "here" in German and Dutch.
const LANGUAGE_DATE_WORDS: &[(&str, &[&str])] = &[("hier", &["fr"])];

/// Whether a hit is one of [`LANGUAGE_DATE_WORDS`] alone in a sentence of another language.
pub(super) fn foreign_date_word(t: &token::Tokens, h: &Hit, lang: &str) -> bool {
    let primary = primary_language(lang);
    h.end == h.start + 1
        && h.label == EntityLabel::Date
        && LANGUAGE_DATE_WORDS
            .iter()
            .any(|(word, langs)| t.lower(h.start) == *word && !langs.contains(&primary))
}

/// Whether a list hit is the head of a hyphenated compound, glued by `-` to a lower-case word
/// (`Scania-lastbiler`, "Scania trucks"; `Google-owned`): the name is part of a word that names
/// something else, and UNER tags the whole compound where it tags one. Left to the model.
pub(super) fn before_compound_tail(t: &token::Tokens, h: &Hit) -> bool {
    let (dash, tail) = (h.end, h.end + 1);
    t.s(dash) == "-"
        && t.attached(dash)
        && t.attached(tail)
        && t.kind(tail) == Some(token::Kind::Word)
        && t.s(tail).chars().next().is_some_and(char::is_lowercase)
}

/// Whether a list hit is one common English word opening an English sentence before a lower-case
/// word (`Nice people...`, `Nice and quiet`): capitalised for its place, not as a name. `Nice is
/// a city`, `in Nice` and `Nice, France` stay hits; a list that outranks the model is never
/// doubted.
pub(super) fn common_word_opening(t: &token::Tokens, sentence: usize, lang: &str, h: &Hit) -> bool {
    lang == "en"
        && h.end == h.start + 1
        && (sentence..h.start).all(|k| t.kind(k) == Some(token::Kind::Punct))
        && t.kind(h.end) == Some(token::Kind::Word)
        && t.s(h.end).chars().next().is_some_and(char::is_lowercase)
        && !t.s(h.end).eq_ignore_ascii_case("is")
        && common_words::is_common_english(t.s(h.start))
}
