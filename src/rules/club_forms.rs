//! Sports clubs named by the abbreviation of their kind and a town or a name: `VfL Bochum`,
//! `SG Flensburg-Handewitt`, `THW Kiel`, `HNK Rijeka`, `IF Elfsborg`, `RC Lens`, and with the
//! abbreviation after: `Malmö FF`, `Djurgårdens IF`, `Liverpool FC`. The list of clubs knows the
//! big ones; the abbreviation tells any club, in any language, and keeps its town from reading as
//! a place. Abbreviations that are also other words or countries are left out (`US`, `OK`, `KS`;
//! `CD`, a compact disc: `CD Last Live`; `UD`, Sweden's foreign ministry: `UD Göran Ryding`).

use super::lexicon::STOP;
use super::scan::Hit;
use super::token::{Kind, Tokens};
use crate::annotation::EntityLabel;

/// Abbreviations written before a club's town or name (case as written).
#[rustfmt::skip]
const BEFORE: &[&str] = &[
    "FC", "SC", "SV", "SG", "TSV", "TSG", "THW", "HSG", "VfB", "VfL", "SpVgg", "BSC", "RB", "AC",
    "AS", "SS", "SSC", "ACF", "CF", "SD", "RC", "OGC", "AJ", "PSV", "ADO", "IF", "IK",
    "BK", "GIF", "FK", "NK", "HNK", "GNK", "KK", "RK", "MKS", "GKS", "ŁKS", "ŠK", "MFK", "AFC",
];

/// Abbreviations written after a club's town or name.
const AFTER: &[&str] = &["FC", "FF", "IF", "BK", "IK", "AIF", "CF", "AFC"];

/// Whether `word` is one of `list`. Every abbreviation is 2 to 5 bytes long and starts with a
/// capital letter, so nearly every word of running text is ruled out before the list is read.
fn listed(list: &[&str], word: &str) -> bool {
    (2..=5).contains(&word.len())
        && word.chars().next().is_some_and(char::is_uppercase)
        && list.contains(&word)
}

/// Most words of the town or name after the abbreviation (parts joined by hyphens count as one:
/// `Flensburg-Handewitt`).
const MAX_WORDS: usize = 2;

/// ORG hits for the clubs written with such an abbreviation in the sentence `[a, b)` of `t`.
pub(crate) fn clubs(t: &Tokens, a: usize, b: usize) -> Vec<Hit> {
    let mut out = Vec::new();
    // a capitalised word, not all capitals, not an abbreviation, not a function word (`The FC`)
    let name_word = |k: usize| {
        k < b
            && t.kind(k) == Some(Kind::Word)
            && t.get(k).is_some_and(|w| w.cap && !w.upper)
            && !listed(BEFORE, t.s(k))
            && !t.info(k).is_some_and(|i| i.has(STOP))
    };
    let mut k = a;
    while k < b {
        let word = t.s(k);
        if t.kind(k) == Some(Kind::Word)
            && listed(BEFORE, word)
            && name_word(k + 1)
            && !t.attached(k + 1)
        {
            let mut end = k + 1;
            let mut words = 0;
            while words < MAX_WORDS && name_word(end) && (words == 0 || !t.attached(end)) {
                end = past_hyphens(t, end + 1, b, &name_word);
                words += 1;
            }
            out.push(Hit {
                start: k,
                end,
                label: EntityLabel::Org,
            });
            k = end;
            continue;
        }
        // a genitive glued after (`Rudbjerg IF's`) is left to the models: the languages differ on
        // whether the name takes it in
        let genitive =
            k + 1 < b && t.attached(k + 1) && t.s(k + 1).starts_with(super::token::is_apostrophe);
        if t.kind(k) == Some(Kind::Word)
            && listed(AFTER, word)
            && k > a
            && !name_word(k + 1)
            && !genitive
        {
            let mut start = k;
            let mut words = 0;
            // one word before (`Malmö FF`): a word before it may be a place of its own
            // (`Angleterre Liverpool FC`); a longer name is the model's or the list's
            while words < 1 && start > a && name_word(start - 1) && !t.attached(start) {
                start = before_hyphens(t, start - 1, a, &name_word);
                words += 1;
            }
            if start < k {
                out.push(Hit {
                    start,
                    end: k + 1,
                    label: EntityLabel::Org,
                });
            }
        }
        k += 1;
    }
    out
}

/// Past the hyphenated parts glued after a word that ends before `k` (`-Handewitt`).
fn past_hyphens(t: &Tokens, mut k: usize, b: usize, name_word: &impl Fn(usize) -> bool) -> usize {
    while k + 1 < b && t.s(k) == "-" && t.attached(k) && t.attached(k + 1) && name_word(k + 1) {
        k += 2;
    }
    k
}

/// Back over the hyphenated parts glued before the word at `k` (`Flensburg-` of a word).
fn before_hyphens(t: &Tokens, mut k: usize, a: usize, name_word: &impl Fn(usize) -> bool) -> usize {
    while k >= a + 2 && t.s(k - 1) == "-" && t.attached(k) && t.attached(k - 1) && name_word(k - 2)
    {
        k -= 2;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let mut t = Tokens::new(text);
        t.annotate(crate::rules::lexicon::shared());
        crate::rules::tests::hit_texts(&t, &clubs(&t, 0, t.len()))
    }

    #[test]
    fn abbreviations_before_and_after_a_club_name() {
        assert_eq!(
            found("Die SG Flensburg-Handewitt schlug den THW Kiel mit 31:29."),
            vec!["SG Flensburg-Handewitt", "THW Kiel"]
        );
        assert_eq!(
            found("IF Elfsborg vann mot Malmö FF i går."),
            vec!["IF Elfsborg", "Malmö FF"]
        );
        assert_eq!(
            found("Der SV Werder Bremen spielt."),
            vec!["SV Werder Bremen"]
        );
        // an abbreviation before a word in lower case or in capitals names no club
        assert!(found("The FC said so. US Army and IF ANY.").is_empty());
    }

    #[test]
    fn every_abbreviation_passes_the_quick_test() {
        for word in BEFORE.iter().chain(AFTER) {
            assert!(listed(BEFORE, word) || listed(AFTER, word), "{word}");
        }
        assert_eq!(found("ŁKS Łódź i ŠK Slovan"), vec!["ŁKS Łódź", "ŠK Slovan"]);
        assert!(!listed(BEFORE, "Football") && !listed(BEFORE, "fc"));
    }
}
