//! Companies named by a word and what they make: `Kestrel Photonics`, `Orbitalia Sensores`,
//! `Nortelab Robotics`, `Duchamp Frères`, `Galbiati Arredamenti`. A model reads two capitalised
//! words, the first unknown, as a person; the second word, a plural noun for a trade or for the
//! brothers who own the firm, ends no person's name. Once the spans are merged, a person's span of
//! two to four words ending with one, or opening with a word for brothers (`Hermanos Ledesma`),
//! becomes an organisation, in any language written in Latin script.

use crate::annotation::{Candidate, EntityLabel};

/// Trade and family words that end company names (lower case), by language.
const COMPANY_WORDS: &[&str] = &[
    // English
    "photonics",
    "robotics",
    "systems",
    "technologies",
    "dynamics",
    "logistics",
    "therapeutics",
    "pharmaceuticals",
    "laboratories",
    "solutions",
    "networks",
    "industries",
    "electronics",
    "semiconductors",
    "biosciences",
    "aerospace",
    "brothers",
    "enterprises",
    "holdings",
    // Spanish and Portuguese
    "sensores",
    "sistemas",
    "tecnologías",
    "tecnologias",
    "robótica",
    "construcciones",
    "construções",
    "hermanos",
    "irmãos",
    "industrias",
    "indústrias",
    // French
    "frères",
    "systèmes",
    // Italian
    "arredamenti",
    "costruzioni",
    "sistemi",
    "tecnologie",
    "fratelli",
    "industrie",
    "trasporti",
    // German, Dutch and the Nordic languages
    "werke",
    "systeme",
    "systemen",
    "gebrüder",
];

/// Words for brothers that open a family firm's name (`Hermanos Ledesma`, `Fratelli Branca`).
const FAMILY_FIRST: &[&str] = &["hermanos", "irmãos", "fratelli", "gebrüder", "gebroeders"];

/// Relabels as organisations the person spans of `merged` that end with a company word or open
/// with a word for brothers.
pub(crate) fn relabel(text: &str, merged: &mut [Candidate]) {
    for c in merged.iter_mut() {
        if c.label == EntityLabel::Per && text.get(c.range.clone()).is_some_and(names_a_company) {
            c.relabel_by_rule(EntityLabel::Org);
        }
    }
}

/// Whether a person's span of two to four words ends with a company word or opens with a word
/// for brothers.
fn names_a_company(span: &str) -> bool {
    let words: Vec<&str> = span.split_whitespace().collect();
    let is_in = |w: Option<&&str>, list: &[&str]| {
        w.is_some_and(|w| list.contains(&w.to_lowercase().as_str()))
    };
    (2..=4).contains(&words.len())
        && (is_in(words.last(), COMPANY_WORDS) || is_in(words.first(), FAMILY_FIRST))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trade_word_ends_a_company_not_a_person() {
        for company in [
            "Kestrel Photonics",
            "Duchamp Frères",
            "Galbiati Arredamenti",
        ] {
            assert!(names_a_company(company), "{company}");
        }
        for person in ["Photonics", "Anna Frère", "Giulia Fratello", "Systems Anna"] {
            assert!(!names_a_company(person), "{person}");
        }
    }
}
