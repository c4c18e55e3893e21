//! Relative dates of the Romance languages, German, Dutch and Indonesian: a modifier before or
//! after a unit of time (`el próximo año`, `la semana pasada`, `l'année dernière`, `l'anno scorso`,
//! `no ano passado`, `im vergangenen Jahr`, `deze week`, `los últimos tres años`, `tahun lalu`).
//! English is `relative.rs`'s. The span leaves out a free-standing article (`la`, `el`), as the article is
//! often fused with a preposition (`del`, `im`, `no`); an elided one (`l'anno`) is inside its word.

use super::dates::hit;
use super::lexicon::NUMWORD;
use super::scan::{Hit, Scan};

/// Modifiers before a unit: next, last, past, coming, this.
#[rustfmt::skip]
const BEFORE: &[&str] = &[
    // es, pt
    "próximo", "próxima", "próximos", "próximas", "pasado", "pasada", "pasados", "pasadas",
    "último", "última", "últimos", "últimas", "passado", "passada", "passados", "passadas",
    "este", "esta", "estos", "estas", "neste", "nesta", "deste", "desta",
    // fr
    "prochain", "prochaine", "prochains", "prochaines", "dernier", "dernière", "derniers",
    "dernières", "cette", "cet",
    // it
    "prossimo", "prossima", "prossimi", "prossime", "scorso", "scorsa", "scorsi", "scorse",
    "ultimo", "ultima", "ultimi", "ultime", "questo", "questa", "quest",
    // de
    "nächsten", "nächste", "nächstes", "letzten", "letzte", "letztes", "vergangenen",
    "vergangene", "vergangenes", "kommenden", "kommende", "kommendes", "dieses", "diese",
    "diesem", "diesen",
    // nl
    "volgend", "volgende", "vorig", "vorige", "afgelopen", "dit", "deze",
];
/// Modifiers after a unit (`el año pasado`, `l'année dernière`, Indonesian `tahun lalu`).
#[rustfmt::skip]
const AFTER: &[&str] = &[
    "pasado", "pasada", "próximo", "próxima", "passado", "passada", "dernier", "dernière",
    "prochain", "prochaine", "scorso", "scorsa", "prossimo", "prossima",
    // id, ms: last, next, this
    "lalu", "depan", "ini",
];
/// Units of time, singular and plural, and the seasons.
#[rustfmt::skip]
const UNITS: &[&str] = &[
    // es, pt
    "año", "años", "mes", "meses", "semana", "semanas", "ano", "anos", "mês", "verano",
    "invierno", "otoño", "primavera", "verão", "inverno", "outono",
    // fr
    "année", "années", "an", "ans", "mois", "semaine", "semaines", "été", "hiver", "automne",
    "printemps",
    // it
    "anno", "anni", "mese", "mesi", "settimana", "settimane", "estate", "autunno",
    // de
    "jahr", "jahres", "jahre", "jahren", "monat", "monats", "monate", "monaten", "woche",
    "wochen", "sommer", "winter", "herbst", "frühjahr", "frühling",
    // nl
    "jaar", "jaren", "maand", "maanden", "week", "weken", "zomer", "najaar", "voorjaar",
    // id, ms (`minggu lalu`, "last week"; `hari ini`, "today")
    "tahun", "bulan", "minggu", "pekan", "hari",
];
/// Elided words glued to a unit: the article (`l'anno`), `quest'anno` ("this year") and the
/// article fused with a preposition (`dell'anno`, `nell'anno`).
const ELIDED: &[&str] = &["l", "quest", "dell", "nell", "all", "dall", "sull"];

/// The word at `i` without an elided word glued before it, and that word if there was one.
fn unit_word<'a>(s: &'a Scan, i: usize) -> (&'a str, Option<&'a str>) {
    let word = s.t.lower(i);
    for mark in ['\'', '\u{2019}'] {
        if let Some((before, after)) = word.split_once(mark) {
            if ELIDED.contains(&before) {
                return (after, Some(before));
            }
        }
    }
    (word, None)
}

/// Whether token `k` is a small count (`tres`, `12`) between a modifier and its unit.
fn is_count(s: &Scan, k: usize) -> bool {
    s.has(k, NUMWORD) || s.int(k).is_some_and(|n| n < 100)
}

/// French and Italian plural modifiers that follow a count (`les trois derniers mois`, `i 2
/// prossimi anni`).
const AFTER_COUNT: &[&str] = &[
    "derniers",
    "dernières",
    "prochains",
    "prochaines",
    "prossimi",
    "prossime",
    "ultimi",
    "ultime",
    "scorsi",
];

/// Modifiers after a count and its unit (`dua minggu lalu`, "two weeks ago").
const AFTER_UNIT_COUNT: &[&str] = &["lalu"];

/// The end of the month named after a month unit at `unit` (`mes de mayo`, `mois de mai`), else
/// the end of the unit.
fn month_after_unit(s: &Scan, unit: usize) -> usize {
    let month_unit = s.word_in(unit, &["mes", "mês", "mois", "mese"]);
    if month_unit && s.word_in(unit + 1, &["de", "di"]) && s.month(unit + 2) {
        unit + 3
    } else {
        unit + 1
    }
}

/// A relative date at `i` (see the module comment).
pub(crate) fn relative_other(s: &Scan, i: usize) -> Option<Hit> {
    // `trois derniers mois`, `12 derniers mois`
    if is_count(s, i) && s.word_in(i + 1, AFTER_COUNT) && UNITS.contains(&unit_word(s, i + 2).0) {
        return hit(i, i + 3);
    }
    // Indonesian `dua minggu lalu` ("two weeks ago"): a count, the unit, the modifier
    if is_count(s, i)
        && UNITS.contains(&unit_word(s, i + 1).0)
        && s.word_in(i + 2, AFTER_UNIT_COUNT)
    {
        return hit(i, i + 3);
    }
    let (word, elided) = unit_word(s, i);
    if UNITS.contains(&word) {
        // `quest'anno` alone; a unit and the modifier after it
        if elided == Some("quest") {
            return hit(i, i + 1);
        }
        return s.word_in(i + 1, AFTER).then(|| hit(i, i + 2)).flatten();
    }
    if !s.word_in(i, BEFORE) {
        return None;
    }
    // `los últimos tres años`, `die letzten 12 Monate`
    let j = if is_count(s, i + 1) { i + 2 } else { i + 1 };
    if UNITS.contains(&unit_word(s, j).0) {
        // `el pasado mes de mayo`
        return hit(i, month_after_unit(s, j));
    }
    // `el próximo lunes`, `am kommenden Montag`
    (j == i + 1 && s.weekday(j))
        .then(|| hit(i, j + 1))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::scan::scan_hits;

    fn spans(text: &str) -> Vec<String> {
        scan_hits(text, relative_other)
    }

    #[test]
    fn before_and_after_the_unit() {
        assert_eq!(
            spans("el año pasado y la próxima semana, el próximo lunes, los últimos tres años"),
            [
                "año pasado",
                "próxima semana",
                "próximo lunes",
                "últimos tres años"
            ]
        );
        assert_eq!(
            spans("l'année dernière, cette semaine, l'anno scorso, quest'anno, no ano passado"),
            [
                "l'année dernière",
                "cette semaine",
                "l'anno scorso",
                "quest'anno",
                "ano passado"
            ]
        );
        assert_eq!(
            spans("el pasado mes de mayo, les trois derniers mois, les 12 derniers mois"),
            [
                "pasado mes de mayo",
                "trois derniers mois",
                "12 derniers mois"
            ]
        );
        assert_eq!(
            spans("tahun lalu, bulan depan, hari ini, dua minggu lalu, 3 hari lalu"),
            [
                "tahun lalu",
                "bulan depan",
                "hari ini",
                "dua minggu lalu",
                "3 hari lalu"
            ]
        );
        assert_eq!(
            spans("im vergangenen Jahr, diese Woche, die letzten 12 Monate, deze week"),
            [
                "vergangenen Jahr",
                "diese Woche",
                "letzten 12 Monate",
                "deze week"
            ]
        );
    }

    #[test]
    fn no_unit_no_date() {
        // a modifier before another noun, a unit without a modifier
        assert!(spans("el último disco, la semana de la moda, esta casa, diese Frau").is_empty());
    }

    #[test]
    fn every_first_word_stops_the_numeric_scan() {
        crate::rules::scan::assert_numeric_starts(BEFORE.iter().chain(UNITS));
    }
}
