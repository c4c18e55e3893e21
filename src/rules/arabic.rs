//! Arabic proclitics, for gazetteer matching, and institutions named after places. Arabic writes
//! the conjunctions `و` and `ف`, the prepositions `ب` and `ل`, and pairs of them (`وب`, "and
//! in") onto the next word, so a listed place is also found inside `بالرياض` ("in Riyadh") or
//! `ومصر` ("and Egypt"), and the entity covers the name alone. `ل` before the article drops its
//! alif (`للرياض`): that form is not matched, as the name is not in the text whole. `ك` ("like")
//! is left out: it seldom comes before a place, and many everyday words start with it (`كبيرا`,
//! "big", is no `ك` + `بيرا`, Beira).
//!
//! Hebrew writes its prefixes the same way (`בירושלים`, "in Jerusalem"; `מתל אביב`, "from Tel
//! Aviv"), and gets the same matching with its own letters.
//!
//! Also the institutions named after a listed place in the scripts of the lists that no model
//! reads (Arabic, Devanagari, Vietnamese): `جامعة القاهرة` is Cairo University, not a word and a
//! place, as `place_organisations` does it for Han text.

use super::scan::Hit;
use super::token::Tokens;
use crate::annotation::EntityLabel;

/// Words before a listed place that make it the name of an institution (`جامعة القاهرة`, Cairo
/// University; Persian `دانشگاه تهران`, Urdu `جامعہ کراچی`; `بنك`, a bank; Vietnamese `Đại học
/// Đà Nẵng`), and words after one (Hindi `दिल्ली विश्वविद्यालय`, Delhi University), as token runs.
const INSTITUTION_BEFORE: &[&[&str]] = &[
    &["جامعة"],
    &["دانشگاه"],
    &["جامعہ"],
    &["بنك"],
    &["بانک"],
    &["مصرف"],
    &["Đại", "học"],
    &["Ngân", "hàng"],
];
const INSTITUTION_AFTER: &[&[&str]] = &[&["विश्वविद्यालय"], &["बैंक"]];

/// ORG hits for the listed places (`gaz`) that an institution word before or after names.
pub(crate) fn institutions(t: &Tokens, gaz: &[Hit]) -> Vec<Hit> {
    let words = |from: usize, run: &[&str]| {
        run.iter()
            .enumerate()
            .all(|(i, w)| t.get(from + i).is_some() && t.s(from + i) == *w)
    };
    let mut out = Vec::new();
    for h in gaz.iter().filter(|h| h.label == EntityLabel::Loc) {
        let before = INSTITUTION_BEFORE
            .iter()
            .find(|run| h.start >= run.len() && words(h.start - run.len(), run));
        if let Some(run) = before {
            out.push(Hit {
                start: h.start - run.len(),
                end: h.end,
                label: EntityLabel::Org,
            });
        } else if let Some(run) = INSTITUTION_AFTER.iter().find(|run| words(h.end, run)) {
            out.push(Hit {
                start: h.start,
                end: h.end + run.len(),
                label: EntityLabel::Org,
            });
        }
    }
    out
}

/// The single-letter proclitics: and, so, in/with, to/for.
const PROCLITICS: [char; 4] = ['و', 'ف', 'ب', 'ل'];
/// Letters a name must keep behind its proclitics (`بلد`, "country", is not `ب` + `لد`).
const MIN_NAME_LETTERS: usize = 3;

/// Whether sentences in language `lang` get Arabic proclitic matching.
pub(crate) fn is_arabic(lang: &str) -> bool {
    lang == "ar" || lang.starts_with("ar-")
}

/// Hebrew's single-letter prefixes before a place: and, in, to, from, that (`בירושלים`, "in
/// Jerusalem"; `מתל אביב`, "from Tel Aviv"). `כ` ("as") is left out, as `ك` is in Arabic
/// (`כיוון`, "direction", is no `כ` + `יוון`, Greece), and so is the article `ה`.
const HEBREW_PREFIXES: [char; 5] = ['ו', 'ב', 'ל', 'מ', 'ש'];

/// The proclitic cuts of language `lang`'s words, if it writes proclitics onto names.
pub(crate) fn proclitics_of(lang: &str) -> Option<fn(&str) -> Vec<usize>> {
    if is_arabic(lang) {
        Some(proclitic_cuts)
    } else if lang == "he" || lang == "iw" {
        Some(hebrew_prefix_cuts)
    } else {
        None
    }
}

/// Letters a Hebrew word must keep behind its prefixes: two, as the first word of a name may be
/// short (`בתל אביב`, "in Tel Aviv"); the whole name needs three (`Gazetteer::find_after_proclitics`).
const HEBREW_MIN_WORD_LETTERS: usize = 2;

/// The byte lengths of the Hebrew prefixes `word` may start with, shortest first: one letter, or
/// `ו`/`ש` and another (`ובירושלים`, "and in Jerusalem"), each leaving two letters or more.
pub(crate) fn hebrew_prefix_cuts(word: &str) -> Vec<usize> {
    let pair = |first, second| matches!(first, 'ו' | 'ש') && matches!(second, 'ב' | 'ל' | 'מ');
    cuts(word, &HEBREW_PREFIXES, pair, HEBREW_MIN_WORD_LETTERS)
}

/// The byte lengths of the proclitics `word` may start with, shortest first: one letter, or a
/// conjunction and a preposition (`وب`, `فل`), each leaving a name of three letters or more.
pub(crate) fn proclitic_cuts(word: &str) -> Vec<usize> {
    let pair = |first, second| matches!(first, 'و' | 'ف') && matches!(second, 'ب' | 'ل');
    cuts(word, &PROCLITICS, pair, MIN_NAME_LETTERS)
}

/// The byte lengths of the prefixes `word` may start with, shortest first: one of `singles`, or
/// that letter and a second that make a `pair`, each leaving `min_left` letters or more.
fn cuts(
    word: &str,
    singles: &[char],
    pair: impl Fn(char, char) -> bool,
    min_left: usize,
) -> Vec<usize> {
    let mut out = Vec::new();
    let mut chars = word.chars();
    let Some(first) = chars.next().filter(|c| singles.contains(c)) else {
        return out;
    };
    let letters = word.chars().count();
    if letters > min_left {
        out.push(first.len_utf8());
    }
    if let Some(second) = chars.next() {
        if pair(first, second) && letters > min_left + 1 {
            out.push(first.len_utf8() + second.len_utf8());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_the_proclitics_a_word_may_carry() {
        // ب + الرياض
        assert_eq!(proclitic_cuts("بالرياض"), vec![2]);
        // و + ب + القاهرة: both cuts are tried, the index decides
        assert_eq!(proclitic_cuts("وبالقاهرة"), vec![2, 4]);
        // و + مصر
        assert_eq!(proclitic_cuts("ومصر"), vec![2]);
        // no proclitic letter first, or too little left behind it
        assert!(proclitic_cuts("مصر").is_empty());
        assert!(proclitic_cuts("بلد").is_empty());
        assert!(proclitic_cuts("كبيرا").is_empty());
        assert!(proclitic_cuts("").is_empty());
    }
}
