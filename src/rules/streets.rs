//! Streets and squares named after a lower-case word for them. French, Italian, Spanish and
//! Portuguese write the word in lower case inside a sentence (`rue Saint-Gilles`, `viale Fulvio
//! Testi`, `piazza del Popolo`, `avenida Paulista`): the capitalised words alone read as a person or
//! nothing, and they name a place. The place is the capitalised words, as UNER's Portuguese gold
//! has it (`rua Au-Sable` -> `Au-Sable`; with the street word, pt dev lost a span). Words that are
//! also English (`via`, `place`, `avenue`) or an everyday word (`largo`, "long") are left out.

use super::lexicon::CONNECTOR;
use super::scan::Scan;

/// Lower-case words for a street or a square, written before its name.
const STREET_WORDS: &[&str] = &[
    "rue",
    "boulevard",
    "quai",
    "allée",
    "impasse",
    "viale",
    "piazza",
    "piazzale",
    "vicolo",
    "corso",
    "calle",
    "avenida",
    "paseo",
    "rua",
    "praça",
    "travessa",
    "alameda",
];

/// Whether the capitalised run at `name` follows a lower-case street word, with up to two
/// lower-case connectors between (`piazza del Popolo`, `boulevard de la Sauvenière`).
pub(crate) fn after_street_word(s: &Scan, name: usize) -> bool {
    let Some(mut k) = name.checked_sub(1) else {
        return false;
    };
    for _ in 0..2 {
        if k > s.a && s.has(k, CONNECTOR) && !s.cap(k) {
            k -= 1;
        }
    }
    k >= s.a && !s.cap(k) && s.word_in(k, STREET_WORDS)
}

#[cfg(test)]
mod tests {
    use crate::annotation::EntityLabel::{self, Loc, Misc, Org, Per};
    use crate::rules::tests::{check_labels, LangCase};
    use crate::rules::RuleTagger;

    #[test]
    fn a_lower_case_street_word_opens_the_place() {
        let cases: &[LangCase] = &[
            (
                "fr",
                "Le cortège est parti de la rue Saint-Gilles vers midi.",
                &[("Saint-Gilles", Loc)],
            ),
            (
                "it",
                "Il corteo ha raggiunto piazza del Popolo ieri.",
                &[("Popolo", Loc)],
            ),
            (
                "it",
                "Un incidente in viale Fulvio Testi ha bloccato il traffico.",
                &[("Fulvio Testi", Loc)],
            ),
            (
                "pt",
                "A loja fica na avenida Paulista desde 1990.",
                &[("Paulista", Loc)],
            ),
        ];
        let names = |l: EntityLabel| matches!(l, Per | Org | Loc | Misc);
        check_labels(&RuleTagger::builtin(), cases, names);
    }
}
