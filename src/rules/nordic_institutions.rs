//! Swedish, Norwegian and Danish institutions named by a capitalised name and a noun in lower case:
//! `Svea hovrätt`, `Högsta domstolen`, `Lunds universitet`, `Luleå tekniska universitet`,
//! `Kungliga Tekniska högskolan`, `Oslo tingrett`. These languages write only the first word of
//! such a name (and the name in it) with a capital, so the models end the name at the last capital
//! (`Kungliga Tekniska`) and read the town alone as a place (`Luleå`). A run of one or two
//! capitalised words, at most two adjectives in lower case, and a noun for a court, university, college,
//! hospital, institute or museum is one organisation.

use super::lexicon::STOP;
use super::scan::Hit;
use super::token::{Kind, Tokens};
use crate::annotation::EntityLabel;

/// Nouns (and their definite forms) that end such a name, in lower case; a compound ending in one
/// counts too (`universitetssjukhuset`).
#[rustfmt::skip]
const HEADS: &[&str] = &[
    "hovrätt", "hovrätten", "tingsrätt", "tingsrätten", "domstol", "domstolen", "förvaltningsrätt",
    "förvaltningsrätten", "högskola", "högskolan", "universitet", "universitetet", "sjukhus",
    "sjukhuset", "institut", "institutet", "museum", "museet", "tingrett", "tingretten",
    "lagmannsrett", "lagmannsretten", "byret", "byretten", "landsret", "landsretten", "høgskole",
    "høgskolen", "sykehus", "sykehuset", "hospital", "hospitalet",
];

/// Articles, pronouns and adjectives that open a sentence before a noun phrase (`Det
/// underjordiske hospital`, "the underground hospital"; `Vårt nya sjukhus`).
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "det", "den", "de", "dem", "en", "ett", "et", "denna", "denne", "detta", "dette", "dessa",
    "disse", "han", "hon", "hun", "vi", "jag", "jeg", "ni", "alla", "alle", "vårt", "vår", "våra",
    "vores", "vor", "sitt", "sin", "sina", "hans", "hennes", "hendes", "deras", "deres", "nya",
    "nye", "gamla", "gamle", "stora", "store", "första", "første", "varje", "hver", "hvert",
];

/// Most lower-case adjectives between the capitalised name and the head noun (`tekniska`).
const MAX_BETWEEN: usize = 2;

/// ORG hits for such institutions in the sentence `[a, b)` of `t`.
pub(crate) fn institutions(t: &Tokens, a: usize, b: usize) -> Vec<Hit> {
    let word = |k: usize| k < b && t.kind(k) == Some(Kind::Word) && !t.attached(k);
    let capital = |k: usize| {
        word(k)
            && t.get(k).is_some_and(|w| w.cap && !w.upper)
            && !t.info(k).is_some_and(|i| i.has(STOP))
            && !NOT_NAMES.contains(&t.lower(k))
    };
    let lower = |k: usize| word(k) && t.s(k).chars().next().is_some_and(char::is_lowercase);
    let head = |k: usize| lower(k) && HEADS.iter().any(|h| t.s(k).ends_with(h));
    // an adjective's definite or plural form (`tekniska`, `norske`), not a past tense (`-de`,
    // `-te`: `fastställde`) nor a present one (`-r`: `läser`)
    let adjective = |k: usize| {
        let w = t.s(k);
        lower(k) && !head(k) && w.ends_with(['a', 'e']) && !w.ends_with("de") && !w.ends_with("te")
    };
    let mut out = Vec::new();
    let mut k = a;
    while k < b {
        if !capital(k) || (k > a && capital(k - 1)) {
            k += 1;
            continue;
        }
        let mut names = k + 1;
        if capital(names) {
            names += 1;
        }
        let found = (0..=MAX_BETWEEN).find_map(|n| {
            let end = names + n;
            ((names..end).all(adjective) && head(end)).then_some(end + 1)
        });
        match found {
            Some(end) => {
                out.push(Hit {
                    start: k,
                    end,
                    label: EntityLabel::Org,
                });
                k = end;
            }
            None => k += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let mut t = Tokens::new(text);
        t.annotate(crate::rules::lexicon::shared());
        crate::rules::tests::hit_texts(&t, &institutions(&t, 0, t.len()))
    }

    #[test]
    fn names_ending_in_a_lower_case_noun_for_an_institution() {
        assert_eq!(
            found("Svea hovrätt fastställde domen och Högsta domstolen tar upp målet."),
            vec!["Svea hovrätt", "Högsta domstolen"]
        );
        assert_eq!(
            found(
                "Forskare vid Kungliga Tekniska högskolan och Luleå tekniska universitet deltar."
            ),
            vec!["Kungliga Tekniska högskolan", "Luleå tekniska universitet"]
        );
        // a capitalised word and lower-case words that end in no such noun
        assert!(found("Anna läser vid ett universitet i Lund.").is_empty());
        assert!(found("Regeringen ger universitet mer pengar.").is_empty());
        assert!(found("Det underjordiske hospital er et besøg værd.").is_empty());
    }
}
