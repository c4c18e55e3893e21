//! Places with an adjective in their name in Polish, Czech and Slovak: `Nowego Sącza`, `Mszany
//! Dolnej`, `Pruszczu Gdańskim`, `Bystrzycy Kłodzkiej`, `Nové Město`, `Dolný Kubín`. A model
//! trained on persons written `Anny Kowalskiej` reads two capitalised words, the second an
//! adjective, as a person; so do the fallback and the Slovak model with an unlisted town. Once
//! the spans are merged, a person's span whose words hold an adjective for new, old, upper or
//! lower, or end with the adjective of a listed place (`Kłodzkiej` from `Kłodzko`, `Gdańskim`
//! from `Gdańsk`), and that starts with no listed given name, becomes a place. A person's span of
//! a word and a town of the Polish, Czech or Slovak lists is a club or firm named after its town
//! (`Lecha Poznań`, `Industrii Kielce`): an organisation.

use crate::annotation::{Candidate, EntityLabel, SentenceView};
use crate::rules::primary_language;

/// Languages whose person spans are read again.
const LANGUAGES: &[&str] = &["pl", "cs", "sk"];

/// The lists of places in those languages (with their case forms), for the towns clubs are named
/// after: a town of an English list could be a surname (`Ed Wilson`, `Aliuska Lopez`).
const SLAVIC_PLACE_LISTS: &[&str] = &["cldr_pl", "cldr_cs", "cldr_sk"];

/// Stems of the adjectives for new, old, upper and lower in town names (lower case, any ending:
/// `nowego`, `starej`, `dolnej`, `górnym`, `nové`, `horní`, `dolný`, `starého`).
const PLACE_ADJECTIVE_STEMS: &[&str] = &["now", "star", "doln", "górn", "nov", "horn"];

/// Endings of those adjectives and of place adjectives (`-ego`, `-ej`, `-ym`, `-ich`, ...).
const ADJECTIVE_ENDINGS: &[&str] = &[
    "iego", "iej", "im", "ich", "imi", "ie", "ą", "a", "i", "y", "ego", "ej", "ym", "ych", "e",
    "é", "á", "ý", "í", "ého", "ém", "ou", "om", "ú",
];

/// Relabels as places the person spans of `merged` that name a town (see the module comment).
pub(crate) fn relabel(text: &str, sentences: &[SentenceView], merged: &mut [Candidate]) {
    let read_again = |c: &Candidate| {
        c.label == EntityLabel::Per
            && LANGUAGES.contains(&primary_language(SentenceView::lang_at(
                sentences,
                c.range.start,
            )))
    };
    if !merged.iter().any(read_again) {
        return;
    }
    // the places the document names, in lower case: `KŁODZKO` in a dateline makes `Kłodzkiej` one
    let places: Vec<String> = merged
        .iter()
        .filter(|c| c.label == EntityLabel::Loc)
        .filter_map(|c| text.get(c.range.clone()))
        .map(str::to_lowercase)
        .collect();
    for c in merged.iter_mut() {
        if !read_again(c) {
            continue;
        }
        let Some(span) = text.get(c.range.clone()) else {
            continue;
        };
        if names_a_town(span, &places) {
            c.relabel_by_rule(EntityLabel::Loc);
        } else if named_after_its_town(span) {
            c.relabel_by_rule(EntityLabel::Org);
        }
    }
}

/// Whether the words of a person's span name a town instead (`places`: the document's, lower case).
fn names_a_town(span: &str, places: &[String]) -> bool {
    let words: Vec<&str> = span.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    if !(2..=3).contains(&words.len()) || crate::tagger::names::is_listed_given_name(first) {
        return false;
    }
    words.iter().any(|w| is_place_adjective(w)) || adjective_of_place(last, places)
}

/// `Lecha Poznań`, `Industrii Kielce`, `Hajduka Split`: a club or a firm named by a word and its
/// town, the town left in the nominative while the first word takes the case; a person's second
/// word is no town.
fn named_after_its_town(span: &str) -> bool {
    let words: Vec<&str> = span.split_whitespace().collect();
    match words.as_slice() {
        [first, town] => {
            !crate::tagger::names::is_listed_given_name(first)
                && town.chars().count() >= 3
                && slavic_place(town)
        }
        _ => false,
    }
}

/// The stem of `word` (lower case) without one of the adjective endings, longest ending first.
fn stems(word: &str) -> impl Iterator<Item = &str> {
    ADJECTIVE_ENDINGS
        .iter()
        .filter_map(move |e| word.strip_suffix(e))
        .filter(|stem| stem.chars().count() >= 3)
}

/// `Nowego`, `Dolnej`, `Górny`, `Nové`, `Horní`: an adjective for new, old, upper or lower.
fn is_place_adjective(word: &str) -> bool {
    let lower = word.to_lowercase();
    let found = stems(&lower).any(|stem| PLACE_ADJECTIVE_STEMS.contains(&stem));
    found
}

/// `Kłodzkiej` (`Kłodzko`), `Gdańskim` (`Gdańsk`), `Wrocławskiego` (`Wrocław`): an adjective in
/// `-sk-`, `-ck-` or `-dzk-` whose stem, maybe with `-o` or `-a` or without its `-sk`, is a
/// listed place or one of `places`.
fn adjective_of_place(word: &str, places: &[String]) -> bool {
    let lower = word.to_lowercase();
    let found = stems(&lower)
        .filter(|stem| ["sk", "ck", "zk"].iter().any(|end| stem.ends_with(end)))
        .any(|stem| {
            let without = stem.strip_suffix("sk").unwrap_or(stem);
            [
                stem.to_string(),
                format!("{stem}o"),
                without.to_string(),
                format!("{without}a"),
            ]
            .iter()
            .any(|place| places.contains(place) || listed_place(place))
        });
    found
}

/// Whether `name` is a place of the Polish, Czech or Slovak lists (in any case form), a set built
/// on first use.
fn slavic_place(name: &str) -> bool {
    static PLACES: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    PLACES
        .get_or_init(|| {
            crate::rules::place_names(|list| SLAVIC_PLACE_LISTS.contains(&list)).collect()
        })
        .contains(name)
}

/// Whether `name` (lower case) is a place on a shipped list.
fn listed_place(name: &str) -> bool {
    name.chars().count() >= 3 && crate::rules::is_listed_place(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn towns_with_adjectives_are_not_persons() {
        for town in [
            "Nowego Sącza",
            "Mszany Dolnej",
            "Pruszczu Gdańskim",
            "Bystrzycy Kłodzkiej",
            "Nysa Kłodzka",
        ] {
            assert!(names_a_town(town, &["kłodzko".to_string()]), "{town}");
        }
        for person in [
            "Anny Kowalskiej",
            "Jan Kowalski",
            "Kowalski",
            "Gerhard Horn",
        ] {
            assert!(!names_a_town(person, &[]), "{person}");
        }
    }
}
