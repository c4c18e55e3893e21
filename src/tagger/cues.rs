//! Place cues: the prepositions of place and direction ("in", "from", "to", "near") of the
//! languages our models train on, as one word class shared across languages.
//!
//! A model that borrows the training data of other languages (sk learns from hr, sr and CoNLL
//! English) learns that `in X`, `u X` and `iz X` announce a place, but its own language's `v X`
//! only from its own few place names. A feature that says "the previous word is a place
//! preposition", whatever the language, lets the borrowed data teach the model's own language too.
//! The lists are closed-class grammar words written for this purpose, not corpus text.

use super::hashing::KeySet;
use std::sync::OnceLock;

/// Prepositions of place and direction, lower case, by language (a word may serve several).
const PLACE_PREPOSITIONS: &[(&str, &str)] = &[
    ("sk", "v vo na z zo do pri cez okolo"),
    ("cs", "v ve na z ze do u při přes okolo"),
    ("hr sr", "u na iz do pri kod kroz prema oko"),
    ("sr", "у на из до при код кроз према око"),
    ("en", "in at from to near into across throughout"),
    ("da sv", "i på fra från til till ved vid"),
    ("pt", "em no na nos nas para"),
    ("de", "in im aus nach bei"),
];

/// Languages whose models read the place-cue feature (a model reads the features it was
/// trained with, so a language joins this list only with a retrained model).
pub const PLACE_CUE_LANGS: &[&str] = &["sk"];

/// The lower-case hashes (as [`super::features::lower_hash`] computes them) of every place
/// preposition.
pub fn place_prepositions() -> &'static KeySet {
    static SET: OnceLock<KeySet> = OnceLock::new();
    SET.get_or_init(|| {
        PLACE_PREPOSITIONS
            .iter()
            .flat_map(|(_, words)| words.split_whitespace())
            .map(super::features::lower_hash)
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::features::lower_hash;

    #[test]
    fn prepositions_of_every_listed_language_are_cues() {
        let set = place_prepositions();
        for w in ["v", "V", "zo", "iz", "In", "från", "из", "nas"] {
            assert!(set.contains(&lower_hash(w)), "{w}");
        }
        for w in ["roku", "the", "a", "Bratislava", ""] {
            assert!(!set.contains(&lower_hash(w)), "{w}");
        }
    }
}
