//! What single words say about a name they open, for stages outside the rules: the trained
//! tagger's spans are mended with the same word lists the rules read (`lexicon.txt`), so one
//! list decides that `Palazzo` opens a place and `El` before `Partido` is only a sentence's article.

use super::lexicon::{shared as lexicon, GIVEN, LOC, ORG};
use crate::annotation::EntityLabel;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Words for a prize, which open its name (`Premio Strega`, `Prix Goncourt`).
const PRIZES: [&str; 5] = ["premio", "prémio", "prêmio", "prix", "preis"];

/// The kind of name a word for an organisation, a place or a prize opens (`Ministerio`,
/// `Tribunal`: ORG; `Piazza`, `Estadio`, `Rua`: LOC; `Premio`: MISC), or `None`.
pub(crate) fn head_label(word: &str) -> Option<EntityLabel> {
    let lower = word.to_lowercase();
    if PRIZES.contains(&lower.as_str()) {
        return Some(EntityLabel::Misc);
    }
    let info = lexicon().get(&lower);
    if info.has(ORG) {
        Some(EntityLabel::Org)
    } else if info.has(LOC) {
        Some(EntityLabel::Loc)
    } else {
        None
    }
}

/// The English given names the trained tagger reads as a feature (`tagger/given_names.txt`).
fn english_given_names() -> &'static HashSet<&'static str> {
    static NAMES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| crate::tagger::names::english_given_names().collect())
}

/// Builds the word tables now instead of on first use (`annotate run --preload`).
pub(crate) fn preload() {
    lexicon();
    english_given_names();
}

/// Whether a capitalised word is a listed given name (`Ted`, `Giorgia`): the rules' `GIVEN` and
/// `GIVEN_RULES` words or the tagger's English given names.
pub(crate) fn is_given_name(word: &str) -> bool {
    lexicon().get(&word.to_lowercase()).has(GIVEN) || english_given_names().contains(word)
}

/// Whether a word is an article that a sentence's first capital makes look like a name's first
/// word (`El`, `La`, `Il`, `Die`).
pub(crate) fn is_sentence_article(word: &str) -> bool {
    super::names::SENTENCE_ARTICLES.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_and_articles() {
        assert_eq!(head_label("Ministerio"), Some(EntityLabel::Org));
        assert_eq!(head_label("Rua"), Some(EntityLabel::Loc));
        assert_eq!(head_label("Maria"), None);
        assert_eq!(head_label("Palazzo"), Some(EntityLabel::Loc));
        assert_eq!(head_label("Premio"), Some(EntityLabel::Misc));
        assert!(is_given_name("Giorgia") && is_given_name("Nigel") && !is_given_name("Palazzo"));
        assert!(is_sentence_article("El") && !is_sentence_article("Partido"));
    }
}
