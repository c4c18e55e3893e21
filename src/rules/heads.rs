//! What single words say about a name they open, for stages outside the rules: the trained
//! tagger's spans are mended with the same word lists the rules read (`lexicon.txt`), so one
//! list decides that `Palazzo` opens a place and `El` before `Partido` is only a sentence's article.

use super::lexicon::{Lexicon, LOC, ORG};
use crate::annotation::EntityLabel;
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::new)
}

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
        assert!(is_sentence_article("El") && !is_sentence_article("Partido"));
    }
}
