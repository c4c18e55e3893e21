//! English common words, to doubt weak name cues on a word that is capitalised for its place.
//!
//! `Nice people...` at the start of a line is no city, and `in Word format`, `in Section 7` name no
//! place: the word is capitalised because it starts a sentence or a title, and its lower case is an
//! everyday word. The rules use the list only where their cue is weak (a one-word list hit at an
//! English sentence start before a lower-case word, a one-word name after `in`/`near`); a list hit
//! or a model span elsewhere is untouched. The list (`pipelines/gazetteers/common_en.txt`, 22,495
//! words) is wordfreq's English words that Hunspell's en_US dictionary accepts in lower case,
//! written by `scripts/gen_common_words.py en` (see that script).

use super::lexicon::FastSet;
use std::sync::OnceLock;

const COMMON_EN: &str = include_str!("../../pipelines/gazetteers/common_en.txt");

fn set() -> &'static FastSet<&'static str> {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        COMMON_EN
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Builds the list now instead of on first use (`annotate run --preload`).
pub(crate) fn preload() {
    set();
}

/// Whether `word`, in lower case, is a common English word (`Nice`, `Section`; not `Paris`).
pub(crate) fn is_common_english(word: &str) -> bool {
    if word.chars().all(char::is_lowercase) {
        return set().contains(word);
    }
    set().contains(word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntityLabel::Loc;
    use crate::rules::tests::{entities, pairs};
    use crate::rules::RuleTagger;

    #[test]
    fn an_everyday_word_after_in_is_no_place() {
        let tagger = RuleTagger::rules_only();
        for text in [
            "Please find the draft in Word format.",
            "The rules in Section seven apply.",
            "It was published in Nature last year.",
        ] {
            let places: Vec<_> = entities(&tagger, text, "en")
                .into_iter()
                .filter(|(_, label)| *label == Loc)
                .collect();
            assert_eq!(places, pairs(&[]), "{text}");
        }
        let text = "They met in Chuman on the road.";
        assert_eq!(entities(&tagger, text, "en"), pairs(&[("Chuman", Loc)]));
    }

    #[test]
    fn a_listed_everyday_word_opening_an_english_sentence_is_no_hit() {
        let tagger = RuleTagger::builtin();
        let text = "Nice people work there.\nNice is a city.\nWe drove to Nice today.";
        let got = entities(&tagger, text, "en");
        let nice: Vec<_> = got.iter().filter(|(s, _)| s == "Nice").collect();
        assert_eq!(nice.len(), 2, "{got:?}");
        // the list is English: another language's sentence keeps the hit
        let got = entities(&tagger, "Nice people work there.", "fr");
        assert!(got.iter().any(|(s, l)| s == "Nice" && *l == Loc), "{got:?}");
    }

    #[test]
    fn everyday_words_are_common_and_names_are_not() {
        for word in ["Nice", "Section", "Word", "nature", "Finance", "MODERN"] {
            assert!(is_common_english(word), "{word}");
        }
        for word in ["Paris", "Chuman", "Tampa", "Moscow", "", "Nïce"] {
            assert!(!is_common_english(word), "{word}");
        }
    }
}
