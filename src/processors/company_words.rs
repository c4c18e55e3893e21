//! Companies named by a word and what they make: `Kestrel Photonics`, `Orbitalia Sensores`,
//! `Nortelab Robotics`, `Duchamp Frères`, `Galbiati Arredamenti`. A model reads two capitalised
//! words, the first unknown, as a person; the second word, a plural noun for a trade or for the
//! brothers who own the firm, ends no person's name. Once the spans are merged, a person's span of
//! two to four words ending with one becomes an organisation, in any language written in Latin
//! script.

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

/// Relabels as organisations the person spans of `merged` that end with a company word.
pub(crate) fn relabel(text: &str, merged: &mut [Candidate]) {
    for c in merged.iter_mut() {
        if c.label == EntityLabel::Per && text.get(c.range.clone()).is_some_and(names_a_company) {
            c.relabel_by_rule(EntityLabel::Org);
        }
    }
}

/// Whether a person's span of two to four words ends with a company word.
fn names_a_company(span: &str) -> bool {
    let words: Vec<&str> = span.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| COMPANY_WORDS.contains(&w.to_lowercase().as_str()))
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
