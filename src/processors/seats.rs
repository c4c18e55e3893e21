//! Institutions named with their seat in the Slavic languages written in Latin script: `Sąd
//! Okręgowy w Lublinie`, `Županijski sud u Osijeku`, `Komenda Miejska Policji w Gdańsku`. A court,
//! a prosecutor or a police command takes the town it sits in into its name with a preposition, and the
//! town then reads as a place of its own: the rules and the models find the institution and the
//! town as two spans. Once the spans are merged, an organisation whose words name an institution,
//! followed by `w`, `we`, `u`, `v` or `vo` and a one-word place, becomes one organisation.
//!
//! In the Croatian and Serbian training data, such a place is inside the organisation after an
//! institution (`Prekršajnom sudu u Zagrebu`) and outside it after a name alone (`NATO-a u
//! Bukureštu`), which is why the institution's words must say it is one.

use crate::annotation::{Candidate, EntityLabel, SentenceView};
use crate::rules::primary_language;

/// Languages whose sentences are joined.
const LANGUAGES: &[&str] = &["pl", "cs", "sk", "hr", "sr", "sl", "bs"];

/// Prepositions between an institution and its seat (`w`, `we` in Polish; `u` in Croatian,
/// Serbian and Bosnian; `v`, `vo`, `ve` in Slovak, Czech and Slovene).
const SEAT_PREPOSITIONS: &[&str] = &["w", "we", "u", "v", "vo", "ve"];

/// Beginnings of the words for institutions that take their seat into their name (lower case):
/// courts, prosecutors, police commands and offices. Universities, museums and hospitals are left
/// out: the Croatian and Serbian training data leave the town outside them (`Sveučilištu mode
/// Bunka u Tokiju`, `Karnegi univerzitetu u Pensilvaniji`).
const INSTITUTION_STEMS: &[&str] = &[
    "sąd",
    "sud",
    "súd",
    "soud",
    "trybunał",
    "prokuratur",
    "tužiteljstv",
    "tužilaštv",
    "komend",
    "urząd",
    "urzęd",
    "ured",
    "úrad",
    "úřad",
];

/// Joins each institution in `merged` (sorted by start, not overlapping) with the place after
/// it that is its seat (see the module comment).
pub(crate) fn join(text: &str, sentences: &[SentenceView], merged: &mut Vec<Candidate>) {
    let mut k = 0;
    while k + 1 < merged.len() {
        let (Some(org), Some(place)) = (merged.get(k), merged.get(k + 1)) else {
            break;
        };
        if is_seat(text, sentences, org, place) {
            let end = place.range.end;
            merged.remove(k + 1);
            if let Some(org) = merged.get_mut(k) {
                org.range.end = end;
            }
        }
        k += 1;
    }
}

/// Whether `place` is the seat of the institution `org` right before it.
fn is_seat(text: &str, sentences: &[SentenceView], org: &Candidate, place: &Candidate) -> bool {
    if org.label != EntityLabel::Org || place.label != EntityLabel::Loc {
        return false;
    }
    let lang = SentenceView::lang_at(sentences, org.range.start);
    if !LANGUAGES.contains(&primary_language(lang)) || place.range.start < org.range.end {
        return false;
    }
    let (Some(name), Some(between), Some(seat)) = (
        text.get(org.range.clone()),
        text.get(org.range.end..place.range.start),
        text.get(place.range.clone()),
    ) else {
        return false;
    };
    let preposition = between
        .strip_prefix(' ')
        .and_then(|b| b.strip_suffix(' '))
        .is_some_and(|p| SEAT_PREPOSITIONS.contains(&p));
    let institution = name.split_whitespace().any(|w| {
        let lower = w.to_lowercase();
        INSTITUTION_STEMS.iter().any(|s| lower.starts_with(s))
    });
    preposition && institution && !seat.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntitySource;

    fn span(text: &str, name: &str, label: EntityLabel) -> Candidate {
        let at = text.find(name).unwrap_or(0);
        Candidate {
            range: at..at + name.len(),
            label,
            source: EntitySource::Rule,
            confidence: None,
        }
    }

    #[test]
    fn institutions_take_their_seat() {
        let text = "Sąd Okręgowy w Lublinie skazał go. Posłowie PiS w Sejmie. NATO w Warszawie.";
        let sentences = [SentenceView {
            range: (0, text.len()),
            lang: "pl",
        }];
        let mut merged = vec![
            span(text, "Sąd Okręgowy", EntityLabel::Org),
            span(text, "Lublinie", EntityLabel::Loc),
            span(text, "PiS", EntityLabel::Org),
            span(text, "NATO", EntityLabel::Org),
            span(text, "Warszawie", EntityLabel::Loc),
        ];
        join(text, &sentences, &mut merged);
        let names: Vec<&str> = merged
            .iter()
            .filter_map(|c| text.get(c.range.clone()))
            .collect();
        assert_eq!(
            names,
            vec!["Sąd Okręgowy w Lublinie", "PiS", "NATO", "Warszawie"]
        );
        // not in a language that names no seat this way
        let english = [SentenceView {
            range: (0, text.len()),
            lang: "en",
        }];
        let mut merged = vec![
            span(text, "Sąd Okręgowy", EntityLabel::Org),
            span(text, "Lublinie", EntityLabel::Loc),
        ];
        join(text, &english, &mut merged);
        assert_eq!(merged.len(), 2);
    }
}
