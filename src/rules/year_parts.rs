//! Parts of a year in the languages of Europe's business news: quarters and halves written with
//! an ordinal word (`terceiro trimestre`, `tercer trimestre de 2024`, `deuxième trimestre`,
//! `secondo semestre`, `dritten Quartal`, `derde kwartaal`) and the beginning, middle or end of a
//! year or month (`finales de 2026`, `mediados de 2025`, `Ende 2025`, `Anfang des Jahres`, `fin
//! 2025`, `mi-2025`, `fim de 2025`, `eind 2025`). English (`the third quarter`, `mid-2025`) is
//! `dates.rs`'s; Chinese (`第三季度`) is `cjk.rs`'s.

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
/// The same ordinals in Russian, Ukrainian, Serbian, Bulgarian and Macedonian, in the cases
/// and genders of their words for a quarter and a half-year (`в первом квартале`, `першому
/// півріччі`, `првом кварталу`, `първото полугодие`, `првиот квартал`), also `LEAD` words.
#[rustfmt::skip]
const CYRILLIC_ORDINALS: &[&str] = &[
    "первый", "второй", "третий", "четвёртый", "четвертый", "первое", "второе", "третье",
    "первом", "втором", "третьем", "четвёртом", "четвертом", "первого", "второго", "третьего",
    "четвёртого", "четвертого", "перший", "другий", "третій", "четвертий", "перше", "друге",
    "першому", "другому", "третьому", "четвертому", "першого", "другого", "третього",
    "четвертого", "први", "други", "трећи", "четврти", "прво", "првом", "другом", "трећем",
    "четвртом", "првог", "трећег", "четвртог", "първото", "второто", "третото", "четвъртото",
    "първия", "втория", "третия", "четвъртия", "првото", "четвртото", "првиот", "вториот",
    "третиот", "четвртиот",
];
/// A quarter or a half of a year (Cyrillic: the cases after the ordinals above).
#[rustfmt::skip]
const PARTS: &[&str] = &[
    "trimestre", "semestre", "quartal", "quartals", "halbjahr", "halbjahres", "kwartaal",
    "halfjaar", "квартал", "квартала", "квартале", "кварталу", "кварталі", "полугодие",
    "полугодия", "полугодии", "півріччя", "півріччі", "тримесечие", "тромесечје",
    "тромесечју", "тромесечја", "полугодиште", "полугодишту", "полугодишта",
];
/// Words between the part and its year (`de 2024`, `del 2024`, Bulgarian and Macedonian `на
/// 2024`; `des Jahres 2024` is left out).
const YEAR_LINKS: &[&str] = &["de", "del", "di", "do", "da", "van", "на"];

/// `terceiro trimestre`, `segundo semestre de 2024`, `dritten Quartal 2024`: the ordinal and the
/// part, with the year after it when there is one.
pub(crate) fn year_part(s: &Scan, i: usize) -> Option<Hit> {
    let ordinal = s.word_in(i, ORDINALS) || s.word_in(i, CYRILLIC_ORDINALS);
    if !ordinal || !s.word_in(i + 1, PARTS) {
        return None;
    }
    let after = i + 2;
    let year_at = if s.word_in(after, YEAR_LINKS) {
        after + 1
    } else {
        after
    };
    let end = if s.year(year_at) {
        // `в первом квартале 2025 года`
        super::dates::year_word_end(s, year_at + 1, super::dates::YEAR_WORDS)
    } else {
        after
    };
    hit(i, end)
}

/// Beginning, middle and end of a period (es, pt, fr, it, de, nl), each a `LEAD` word.
#[rustfmt::skip]
const EDGES: &[&str] = &[
    "finales", "principios", "mediados", "comienzos", "fines", "inicios", "fim", "início",
    "inicio", "meados", "começo", "fin", "début", "mi", "inizio", "metà", "ende", "anfang",
    "mitte", "eind",
];
/// Edges that are English words too (`final`, `fine`, `begin`): only with a link word after them
/// (`no final de 2025`, `alla fine del 2025`).
const LINKED_EDGES: &[&str] = &["final", "fine", "begin"];
/// Words between an edge and its period.
const EDGE_LINKS: &[&str] = &["de", "del", "do", "da", "di", "des", "van", "dello"];
/// The year or month itself as a word (`finales de año`, `Ende des Jahres`, `fim do mês`).
#[rustfmt::skip]
const PERIOD_WORDS: &[&str] = &[
    "año", "ano", "anno", "année", "jahres", "jaar", "mes", "mês", "mese", "mois", "monats",
    "maand",
];

/// `finales de 2026`, `Ende März 2025`, `Anfang des Jahres`, `mi-2025`: an edge of a year, a
/// month or the current year.
pub(crate) fn period_edge(s: &Scan, i: usize) -> Option<Hit> {
    let linked_only = s.word_in(i, LINKED_EDGES);
    if !linked_only && !s.word_in(i, EDGES) {
        return None;
    }
    let mut k = i + 1;
    if s.punct_in(k, &["-"]) && s.attached(k) && s.attached(k + 1) {
        k += 1; // `mi-2025`
    }
    if s.word_in(k, EDGE_LINKS) {
        k += 1;
    } else if linked_only {
        return None;
    }
    if s.year(k) {
        return hit(i, k + 1);
    }
    if s.month(k) {
        // the month's own date when it has one (`finales de febrero de 1885`, `final de Maio 15`)
        let end = super::dates::date_at(s, k).map_or(k + 1, |h| h.end.max(k + 1));
        return hit(i, end);
    }
    if s.word_in(k, PERIOD_WORDS) {
        return hit(i, k + 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::scan::scan_text;

    /// The hit `rule` finds at token `at` of `text`.
    fn hit_at(rule: fn(&Scan, usize) -> Option<Hit>, text: &str, at: usize) -> Option<String> {
        scan_text(text, |s| s.hit_text(text, rule(s, at)?))
    }

    fn span(text: &str, at: usize) -> Option<String> {
        hit_at(year_part, text, at)
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

    fn edge(text: &str, at: usize) -> Option<String> {
        hit_at(period_edge, text, at)
    }

    #[test]
    fn edges_of_years_and_months() {
        assert_eq!(
            edge("a finales de 2026 y", 1).as_deref(),
            Some("finales de 2026")
        );
        assert_eq!(edge("Ende 2025 rund", 0).as_deref(), Some("Ende 2025"));
        assert_eq!(
            edge("Anfang des Jahres lag", 0).as_deref(),
            Some("Anfang des Jahres")
        );
        assert_eq!(edge("prévoit fin 2025 un", 1).as_deref(), Some("fin 2025"));
        assert_eq!(edge("prévoit mi-2025 un", 1).as_deref(), Some("mi-2025"));
        assert_eq!(
            edge("até o fim de 2025.", 2).as_deref(),
            Some("fim de 2025")
        );
        assert_eq!(edge("Ende März 2025", 0).as_deref(), Some("Ende März 2025"));
        assert_eq!(
            edge("no final de 2025", 1).as_deref(),
            Some("final de 2025")
        );
        assert_eq!(
            edge("a finales de febrero de 1885", 1).as_deref(),
            Some("finales de febrero de 1885")
        );
        // an edge before no period; an English word without its link
        assert_eq!(edge("la fin du match", 1), None);
        assert_eq!(edge("the final 2024 season", 1), None);
    }

    #[test]
    fn every_ordinal_stops_the_numeric_scan() {
        let ordinals = ORDINALS.iter().chain(CYRILLIC_ORDINALS);
        crate::rules::scan::assert_numeric_starts(ordinals.chain(EDGES).chain(LINKED_EDGES));
    }
}
