//! German institutions named by a compound noun for the institution and what it serves or where it
//! sits: `Bundesministerium für Wirtschaft und Energie`, `Bundesamt für Migration und
//! Flüchtlinge`, `Bundesministerium der Finanzen`, `Landgericht München I`, `Verbraucherzentrale
//! Nordrhein-Westfalen`, with an adjective before the head (`Deutschen Instituts für
//! Wirtschaftsforschung`). German capitalises every noun, so the run of capitals alone says nothing
//! (the rules' context cues are off in German); the head word's ending does. The span runs from the
//! head to the end of the name and outranks the place inside it.

use super::doc::DocState;
use super::scan::{Hit, Scan};
use crate::annotation::EntityLabel;

/// Endings of a compound noun for an institution, which a field joined by `für` or a genitive
/// article may follow (`Bundesanstalt für Arbeit`, `Verband der Automobilindustrie`).
const FIELD_HEADS: &[&str] = &[
    "ministerium",
    "ministeriums",
    "amt",
    "amts",
    "amtes",
    "anstalt",
    "agentur",
    "behörde",
    "institut",
    "instituts",
    "kommission",
    "verband",
    "verbands",
    "verbandes",
    "kammer",
    "stiftung",
    "gerichtshof",
    "gerichtshofs",
    "zentrum",
    "zentrums",
];

/// Endings of a noun for an institution that a place may follow (`Amtsgericht Frankfurt`,
/// `Universität Hamburg`, `Polizeipräsidium Mittelfranken`).
const PLACE_HEADS: &[&str] = &[
    "gericht",
    "gerichts",
    "zentrale",
    "amt",
    "präsidium",
    "kammer",
    "universität",
    "hochschule",
    "klinikum",
    // `Universitätsspital Zürich`, `Kantonsspital Winterthur`, `Bach-Archiv Leipzig`
    "spital",
    "klinik",
    "archiv",
    "staatsanwaltschaft",
    // `Landesbank Baden-Württemberg`, `Sparkasse Hannover`, `Landesbauernverband Brandenburg`
    "landesbank",
    "sparkasse",
    "verband",
    "verbandes",
];

/// Finds the institutions of sentence `s` (German) and records them in `d`.
pub(crate) fn institutions(s: &Scan, d: &mut DocState) {
    let mut k = s.a;
    while k < s.b {
        let end = if free_capital(s, d, k) {
            field_end(s, d, k).or_else(|| place_end(s, d, k))
        } else {
            None
        };
        if let Some(e) = end {
            let mut start = k;
            // the first part of a hyphenated compound (`Ifo-Instituts`)
            if start >= s.a + 2
                && s.punct_in(start - 1, &["-"])
                && s.attached(start - 1)
                && s.attached(start)
                && free_capital(s, d, start - 2)
            {
                start -= 2;
            }
            while start > s.a && free_capital(s, d, start - 1) && adjective(s, start - 1) {
                start -= 1;
            }
            d.add(Hit {
                start,
                end: e,
                label: EntityLabel::Org,
            });
            k = e;
        } else {
            k += 1;
        }
    }
}

/// A capitalised word no other hit holds.
fn free_capital(s: &Scan, d: &DocState, k: usize) -> bool {
    k < s.b && s.cap(k) && !s.upper(k) && !d.taken(k) && !d.blocked(k)
}

/// A capitalised adjective that is part of an institution's name before its head (`Deutschen
/// Instituts`, `Statistische Bundesamt`, `Europäische Kommission`).
fn adjective(s: &Scan, k: usize) -> bool {
    let word = s.t.s(k).to_lowercase();
    word.starts_with("deutsch")
        || ["ische", "ischen", "isches", "ischer"]
            .iter()
            .any(|e| word.ends_with(e))
}

fn ends_with_any(s: &Scan, k: usize, ends: &[&str]) -> bool {
    let word = s.t.s(k).to_lowercase();
    ends.iter().any(|e| word.ends_with(e))
}

/// The end of `head für Field (und Field)*` or `head des/der Field...` at head `k`.
fn field_end(s: &Scan, d: &DocState, k: usize) -> Option<usize> {
    if !ends_with_any(s, k, FIELD_HEADS) || !s.word_in(k + 1, &["für", "des", "der"]) {
        return None;
    }
    let mut e = k + 2;
    if !free_capital(s, d, e) {
        return None;
    }
    while free_capital(s, d, e) {
        e += 1;
    }
    // `für Wirtschaft und Energie`, `für Bildung, Wissenschaft und Kultur`
    while (s.word_in(e, &["und"]) || s.punct_in(e, &[","])) && free_capital(s, d, e + 1) {
        e += 2;
        while free_capital(s, d, e) {
            e += 1;
        }
    }
    Some(e)
}

/// The end of `head Place` (with a court's Roman numeral: `Landgericht München I`) at head `k`.
fn place_end(s: &Scan, d: &DocState, k: usize) -> Option<usize> {
    if !ends_with_any(s, k, PLACE_HEADS) || s.attached(k + 1) {
        return None;
    }
    let (e, label) = d.gaz_at(k + 1)?;
    if label != EntityLabel::Loc {
        return None;
    }
    let numeral = s.ok(e)
        && !s.attached(e)
        && matches!(s.t.s(e), "I" | "II" | "III" | "IV")
        && !(s.ok(e + 1) && s.cap(e + 1));
    Some(if numeral { e + 1 } else { e })
}

#[cfg(test)]
mod tests {
    use crate::annotation::EntityLabel::{Loc, Org};
    use crate::rules::tests::{entities, pairs};
    use crate::rules::RuleTagger;

    #[test]
    fn german_institutions() {
        let tagger = RuleTagger::builtin();
        let cases: &[(&str, &[(&str, crate::annotation::EntityLabel)])] = &[
            (
                "Das Bundesamt für Migration und Flüchtlinge prüft es.",
                &[("Bundesamt für Migration und Flüchtlinge", Org)],
            ),
            (
                "Die Landesbank Baden-Württemberg meldet Gewinne.",
                &[("Landesbank Baden-Württemberg", Org)],
            ),
            (
                "Laut dem Deutschen Institut für Wirtschaftsforschung wächst sie.",
                &[("Deutschen Institut für Wirtschaftsforschung", Org)],
            ),
            (
                "Das sagt das Ifo-Institut für Wirtschaftsforschung.",
                &[("Ifo-Institut für Wirtschaftsforschung", Org)],
            ),
            (
                "Das Landgericht München I entschied es.",
                &[("Landgericht München I", Org)],
            ),
            (
                "Das Universitätsspital Zürich und das Bach-Archiv Leipzig sparen.",
                &[
                    ("Universitätsspital Zürich", Org),
                    ("Bach-Archiv Leipzig", Org),
                ],
            ),
            // a head before an ordinary noun or a place it does not name
            (
                "Das Amt für das Jahr fehlt, das Amt in München auch.",
                &[("München", Loc)],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(entities(&tagger, text, "de"), pairs(want), "{text}");
        }
    }
}
