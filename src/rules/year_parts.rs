//! Quarters and halves of a year written with an ordinal word in the languages of Europe's
//! business news: `terceiro trimestre`, `tercer trimestre de 2024`, `deuxième trimestre`,
//! `secondo semestre`, `dritten Quartal`, `derde kwartaal`. English (`the third quarter`) is
//! `dates::period_part`'s; Chinese (`第三季度`) is `cjk.rs`'s.

use super::dates::hit;
use super::scan::{Hit, Scan};

/// Ordinal words of the first four (Portuguese, Spanish, French, Italian, German, Dutch), each
/// a `LEAD` word of the lexicon so that the numeric scan stops at it.
const ORDINALS: &[&str] = &[
    "primeiro",
    "segundo",
    "terceiro",
    "quarto",
    "primer",
    "tercer",
    "cuarto",
    "premier",
    "deuxième",
    "second",
    "troisième",
    "quatrième",
    "primo",
    "secondo",
    "terzo",
    "ersten",
    "zweiten",
    "dritten",
    "vierten",
    "eerste",
    "tweede",
    "derde",
    "vierde",
];
/// A quarter or a half of a year.
const PARTS: &[&str] = &[
    "trimestre",
    "semestre",
    "quartal",
    "quartals",
    "halbjahr",
    "halbjahres",
    "kwartaal",
    "halfjaar",
];
/// Words between the part and its year (`de 2024`, `del 2024`, `des Jahres 2024` is left out).
const YEAR_LINKS: &[&str] = &["de", "del", "di", "do", "da", "van"];

/// `terceiro trimestre`, `segundo semestre de 2024`, `dritten Quartal 2024`: the ordinal and the
/// part, with the year after it when there is one.
pub(crate) fn year_part(s: &Scan, i: usize) -> Option<Hit> {
    if !s.word_in(i, ORDINALS) || !s.word_in(i + 1, PARTS) {
        return None;
    }
    let after = i + 2;
    let year_at = if s.word_in(after, YEAR_LINKS) {
        after + 1
    } else {
        after
    };
    let end = if s.year(year_at) { year_at + 1 } else { after };
    hit(i, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::scan::scan_text;

    fn span(text: &str, at: usize) -> Option<String> {
        scan_text(text, |s| s.hit_text(text, year_part(s, at)?))
    }

    #[test]
    fn quarters_and_halves() {
        assert_eq!(
            span("terceiro trimestre de 2024 subiu", 0).as_deref(),
            Some("terceiro trimestre de 2024")
        );
        assert_eq!(
            span("el tercer trimestre", 1).as_deref(),
            Some("tercer trimestre")
        );
        assert_eq!(
            span("au deuxième trimestre, selon", 1).as_deref(),
            Some("deuxième trimestre")
        );
        assert_eq!(
            span("nel secondo semestre del 2025", 1).as_deref(),
            Some("secondo semestre del 2025")
        );
        assert_eq!(
            span("im dritten Quartal 2024", 1).as_deref(),
            Some("dritten Quartal 2024")
        );
        assert_eq!(
            span("in het derde kwartaal", 2).as_deref(),
            Some("derde kwartaal")
        );
        // an ordinal before another noun, and a part without an ordinal, are no dates
        assert_eq!(span("o terceiro lugar", 0), None);
        assert_eq!(span("o trimestre", 1), None);
    }

    #[test]
    fn every_ordinal_stops_the_numeric_scan() {
        for word in ORDINALS {
            let flagged = scan_text(word, |s| s.has(0, crate::rules::lexicon::NUMERIC_START));
            assert!(
                flagged,
                "{word} is no LEAD word: the numeric scan would skip it"
            );
        }
    }
}
