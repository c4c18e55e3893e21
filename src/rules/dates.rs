//! DATE rules: month/day/year orders of several languages, weekdays, relative dates ("last year",
//! "the past three years"), numeric formats (ISO, dotted, slashed); CJK/Korean forms are in `cjk.rs`.
//!
//! Bare 4-digit years and "N years" are decided in the numeric rules, which see the whole number phrase.

use super::cjk::cjk_date;
use super::lexicon::{DATE_WORD, MONTH_EN};
use super::relative::{relative, vague_duration};
use super::scan::{Hit, Scan};
use super::token::Kind;
use crate::annotation::EntityLabel;

const ORDINAL_SUFFIX: &[&str] = &["th", "st", "nd", "rd", "er", "e", "º", "°"];
const BARE_MONTH_AMBIGUOUS: &[&str] = &["may", "march", "august"];
/// A DATE hit over tokens `[start, end)`.
pub(crate) fn hit(start: usize, end: usize) -> Option<Hit> {
    Some(Hit {
        start,
        end,
        label: EntityLabel::Date,
    })
}

/// Tries every date pattern that starts at token `i`, with an optional `early`/`late`/`mid` lead.
pub(crate) fn date_at(s: &Scan, i: usize) -> Option<Hit> {
    let parts =
        || super::year_parts::year_part(s, i).or_else(|| super::year_parts::period_edge(s, i));
    if let Some(h) = period_part(s, i).or_else(parts) {
        return Some(h);
    }
    let mut k = i;
    if s.word_in(k, &["the"]) && s.word_in(k + 1, PART_OF) {
        k += 1;
    }
    if s.word_in(k, PART_OF) {
        k += 1;
        if s.punct_in(k, &["-"]) && s.attached(k) {
            k += 1;
        }
        if let Some(h) = core(s, k).or_else(|| year_or_decade(s, k)) {
            return hit(i, h.end);
        }
    }
    let h = core(s, i)?;
    // "October 4th to October 19th", "13 December, 1998-30 June 2001"
    let k = h.end + 1;
    if s.word_in(h.end, &["to", "through", "until"]) || s.punct_in(h.end, &["-", "–"]) {
        if let Some(h2) = month_first(s, k)
            .or_else(|| day_first(s, k))
            .or_else(|| numeric_format(s, k))
        {
            return hit(i, h2.end);
        }
    }
    Some(h)
}

/// English month abbreviations, which need a number to count as a date.
const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];
/// Words that take a part of a date: "early 1992", "the late 1980s", "mid-June".
const PART_OF: &[&str] = &["early", "late", "mid", "end"];
/// Words before a bare "May", "March" or "August" that make it a month.
const MONTH_CUES: &[&str] = &[
    "in", "since", "by", "until", "from", "of", "during", "early", "late", "mid", "last", "next",
    "this", "end", "before", "after", "through", "to", "and",
];

/// Words before a month of another language than English that make the bare month a date
/// (`im Dezember`, `seit März`, `τον Οκτώβριο`): those months are no English words, but a month
/// name alone also names other things (`Mai`, `mars`), so a cue is required. These are the cues of
/// German, Greek and Indonesian, which capitalise their months.
const CAPITALISED_MONTH_CUES: &[&str] = &[
    "im", "seit", "bis", "ab", "anfang", "ende", "mitte", "vom", "zum", "τον", "από", "έως",
    "sejak", "pada", "hingga", "sampai", "bulan",
];

/// The same cues of the languages that write months in lower case (`en décembre`, `a maggio`,
/// `в мае`, `w październiku`, `u listopadu`, Bulgarian `през юни`, Macedonian `во мај`): after
/// them a capitalised month is a name (`in Mei's view`).
const LOWER_CASE_MONTH_CUES: &[&str] = &[
    "en", "depuis", "début", "fin", "desde", "hasta", "em", "entro", "a", "in", "nel", "sinds",
    "eind", "begin", "в", "с", "до", "к", "i", "w", "we", "v", "vo", "ve", "u", "od", "do", "у",
    "з", "від", "през", "во", "от", "од",
];

fn core(s: &Scan, i: usize) -> Option<Hit> {
    relative(s, i)
        .or_else(|| super::relative_other::relative_other(s, i))
        .or_else(|| vague_duration(s, i))
        .or_else(|| month_first(s, i).map(|h| month_tail(s, h)))
        .or_else(|| day_first(s, i).map(|h| month_tail(s, h)))
        .or_else(|| numeric_format(s, i))
        .or_else(|| cjk_date(s, i))
        .or_else(|| super::vietnamese::vietnamese_date(s, i))
        .or_else(|| weekday(s, i))
        .or_else(|| single_word(s, i))
}

/// "the end of the year", "the beginning of June", "the first half of 2024", "the third quarter".
fn period_part(s: &Scan, i: usize) -> Option<Hit> {
    let k = if s.word_in(i, &["the"]) { i + 1 } else { i };
    let rest =
        if s.word_in(k, &["end", "beginning", "start", "middle"]) && s.word_in(k + 1, &["of"]) {
            k + 2
        } else if s.word_in(k, &["first", "second", "third", "fourth"])
            && s.word_in(k + 1, &["half", "quarter"])
        {
            if !s.word_in(k + 2, &["of"]) {
                // "the third quarter" alone; "the first half" alone is too often a game's
                return (k > i && s.word_in(k + 1, &["quarter"])).then(|| Hit {
                    start: i,
                    end: k + 2,
                    label: EntityLabel::Date,
                });
            }
            k + 3
        } else {
            return None;
        };
    let the_unit = s.word_in(rest, &["the", "this", "last", "next"])
        && s.has(rest + 1, super::lexicon::DATE_UNIT);
    let end = if the_unit {
        rest + 2
    } else {
        core(s, rest).or_else(|| year_or_decade(s, rest))?.end
    };
    hit(i, end)
}

/// A plain year or a decade ("1980s") after a part-of word.
fn year_or_decade(s: &Scan, i: usize) -> Option<Hit> {
    if !s.year(i) {
        return None;
    }
    let e = if s.attached(i + 1) && s.word_in(i + 1, &["s"]) {
        i + 2
    } else {
        i + 1
    };
    hit(i, e)
}

/// "October last year": a relative year right after a month date.
fn month_tail(s: &Scan, h: Hit) -> Hit {
    match relative(s, h.end) {
        Some(r) if !s.word_in(h.end, &["the"]) => Hit { end: r.end, ..h },
        _ => h,
    }
}

/// "Monday", "Wednesday, August 28".
fn weekday(s: &Scan, i: usize) -> Option<Hit> {
    // Portuguese `segunda-feira` ... `sexta-feira` (three tokens)
    if s.word_in(i, &["segunda", "terça", "quarta", "quinta", "sexta"])
        && s.punct_in(i + 1, &["-"])
        && s.attached(i + 1)
        && s.attached(i + 2)
        && s.word_in(i + 2, &["feira"])
    {
        return hit(i, i + 3);
    }
    if !s.weekday(i) {
        return None;
    }
    let k = if s.punct_in(i + 1, &[","]) {
        i + 2
    } else {
        i + 1
    };
    match month_first(s, k).or_else(|| day_first(s, k)) {
        Some(d) => hit(i, d.end),
        None => hit(i, i + 1),
    }
}

/// Skips an attached ordinal suffix (`17th`, `1er`) after token `j`.
fn after_ordinal(s: &Scan, j: usize) -> usize {
    if s.attached(j) && s.word_in(j, ORDINAL_SUFFIX) {
        j + 1
    } else {
        j
    }
}

/// `[,] 2024` or `de 2024` after a day-month; returns the new end.
fn trailing_year(s: &Scan, j: usize) -> usize {
    let k = if s.punct_in(j, &[","]) || s.word_in(j, &["de", "of"]) {
        j + 1
    } else {
        j
    };
    let glued = s.attached(k + 1)
        && matches!(
            s.kind(k + 1),
            Some(Kind::Word) | Some(Kind::Num) | Some(Kind::Han)
        );
    if s.year(k) && !glued {
        year_word_end(s, k + 1, YEAR_WORDS)
    } else {
        j
    }
}

/// Words for "year" after the year of a date (see [`year_word_end`]).
#[rustfmt::skip]
pub(crate) const YEAR_WORDS: &[&str] = &[
    "года", "г", "r", "roku", "року", "р", "година", "године", "години",
];

/// Serbian, Croatian and Macedonian words for "year" after a year written as an ordinal, with
/// its period (`2030. године`, `до 2025. godine`, `у 2024. години`).
const ORDINAL_YEAR_WORDS: &[&str] = &["године", "години", "година", "godine", "godini", "godina"];

/// The end of a year whose next token is `j`, past a word for "year" among `words` after it
/// (`2024 года`, `в 2025 году`, Polish `2024 roku`, Ukrainian `2025 року`, Bulgarian `2025
/// година`), and past the period of the abbreviations `г.`, `гг.`, Polish `r.` and Ukrainian `р.`
/// (a period after a whole word ends the sentence). The one-letter `r` and `р` count only with
/// their period. A year's own ordinal period counts before a lower-case word of
/// [`ORDINAL_YEAR_WORDS`] (`2030. године`).
pub(crate) fn year_word_end(s: &Scan, j: usize, words: &[&str]) -> usize {
    if s.glued_period(j) && s.word_in(j + 1, ORDINAL_YEAR_WORDS) && !s.cap(j + 1) {
        return j + 2;
    }
    if !s.word_in(j, words) {
        return j;
    }
    let period = s.glued_period(j + 1);
    match (s.word_in(j, &["г", "гг", "r", "р"]), period) {
        (true, true) => j + 2,
        (false, _) => j + 1,
        (true, false) if s.word_in(j, &["r", "р"]) => j,
        (true, false) => j + 1,
    }
}

fn month_first(s: &Scan, i: usize) -> Option<Hit> {
    if !s.month(i) {
        return lower_case_month(s, i);
    }
    let mut j = i + 1;
    if s.glued_period(j) && s.t.s(i).len() <= 4 {
        j += 1;
    }
    if s.day(j) && !(s.attached(j + 1) && s.kind(j + 1) == Some(Kind::Num)) {
        let mut e = after_ordinal(s, j + 1);
        // "June 14-16", "March 1 - 2", "September 2 to 4"
        let range = s.punct_in(e, &["-", "–"]) || s.word_in(e, &["to"]);
        if range && s.day(e + 1) && range_ends(s, e + 2) && !s.month(e + 2) {
            e = after_ordinal(s, e + 2);
        }
        return hit(i, trailing_year(s, e));
    }
    let e = trailing_year(s, j);
    if e > j {
        return hit(i, e);
    }
    let lower = s.t.lower(i);
    let full = !MONTH_ABBREVIATIONS.contains(&lower);
    let cue = i.wrapping_sub(1);
    let cued = s.word_in(cue, MONTH_CUES);
    if s.has(i, MONTH_EN) && full && (cued || !BARE_MONTH_AMBIGUOUS.contains(&lower)) {
        return hit(i, i + 1);
    }
    let cued_other = s.word_in(cue, CAPITALISED_MONTH_CUES)
        || (s.word_in(cue, LOWER_CASE_MONTH_CUES) && !s.cap(i));
    if !s.has(i, MONTH_EN) && cued_other {
        return hit(i, i + 1);
    }
    None
}

/// A month spelled as in English but written in lower case after a cue, as Dutch, Danish and
/// Swedish write it (`in april`, `i september 2024`); not `may`, `march` or `august`.
fn lower_case_month(s: &Scan, i: usize) -> Option<Hit> {
    let lower = s.t.lower(i);
    let month = s.has(i, MONTH_EN)
        && !s.cap(i)
        && !BARE_MONTH_AMBIGUOUS.contains(&lower)
        && !MONTH_ABBREVIATIONS.contains(&lower)
        && s.word_in(i.wrapping_sub(1), LOWER_CASE_MONTH_CUES);
    month.then(|| hit(i, trailing_year(s, i + 1))).flatten()
}

/// Whether a day range ends before token `i`: nothing is glued to its last day, or only a
/// closing mark followed by a space ("June 14 to 16." but not "June 14-16:30" or "June 3-4pm").
fn range_ends(s: &Scan, i: usize) -> bool {
    !s.attached(i) || (s.punct_in(i, &[".", ",", ";", ")", "!", "?"]) && !s.attached(i + 1))
}

fn day_first(s: &Scan, i: usize) -> Option<Hit> {
    if !s.day(i) {
        return None;
    }
    let mut j = after_ordinal(s, i + 1);
    if j == i + 1 && s.glued_period(j) {
        j += 1; // German "17. Juni"
    }
    if s.word_in(j, &["of", "de"]) {
        j += 1;
    }
    // after a day an English month name counts in lower case too (Dutch `22 november 2023`),
    // unless it is also a verb (`22 may attend`)
    let lower_month = s.has(j, MONTH_EN)
        && !BARE_MONTH_AMBIGUOUS.contains(&s.t.lower(j))
        && !MONTH_ABBREVIATIONS.contains(&s.t.lower(j));
    if !s.month(j) && !lower_month {
        return None;
    }
    hit(i, trailing_year(s, j + 1))
}

/// `2024-06-17`, `17/06/2024`, `17.06.2024`, `2023-2024`, `2023/24`.
fn numeric_format(s: &Scan, i: usize) -> Option<Hit> {
    if !s.is_num(i) {
        return None;
    }
    let text = s.t.s(i);
    let parts: Vec<&str> = text.split('.').collect();
    if parts.len() == 3 && !text.contains(',') {
        let d = parts
            .first()
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(0);
        let m = parts
            .get(1)
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(0);
        let y = parts.get(2).map_or(0, |p| p.len());
        if (1..=31).contains(&d) && (1..=12).contains(&m) && (y == 2 || y == 4) {
            return hit(i, i + 1);
        }
        return None;
    }
    let glued = |k: usize| s.attached(k) && s.attached(k + 1) && s.is_num(k + 1);
    // three numbers joined by the same separator
    for sep in ["-", "/"] {
        if s.punct_in(i + 1, &[sep]) && glued(i + 1) && s.punct_in(i + 3, &[sep]) && glued(i + 3) {
            let (a, b, c) = (s.int(i), s.int(i + 2), s.int(i + 4));
            let ok = match (a, b, c) {
                (Some(a), Some(b), Some(c)) if s.year(i) => {
                    (1..=12).contains(&b) && (1..=31).contains(&c) && a > 0
                }
                (Some(a), Some(b), Some(_)) => {
                    (1..=31).contains(&a)
                        && (1..=31).contains(&b)
                        && matches!(s.t.s(i + 4).len(), 2 | 4)
                }
                _ => false,
            };
            return if ok { hit(i, i + 5) } else { None };
        }
    }
    // year ranges
    if s.year(i) && s.punct_in(i + 1, &["-", "/", "–"]) && glued(i + 1) && range_ends(s, i + 3) {
        let second = s.t.s(i + 2);
        if (s.year(i + 2) || second.len() == 2) && s.int(i + 2).is_some() {
            return hit(i, i + 3);
        }
    }
    None
}

fn single_word(s: &Scan, i: usize) -> Option<Hit> {
    if s.has(i, DATE_WORD) {
        return hit(i, i + 1);
    }
    fiscal_quarter(s, i)
}

/// A quarter of a (fiscal) year written `Q3`, with the year after it when there is one (`Q3
/// 2024`, `Q1 FY25`); the tokenizer may split the letter from its digit.
fn fiscal_quarter(s: &Scan, i: usize) -> Option<Hit> {
    let word = s.t.s(i);
    let end = if matches!(word, "Q1" | "Q2" | "Q3" | "Q4") {
        i + 1
    } else if word == "Q" && s.attached(i + 1) && matches!(s.t.s(i + 1), "1" | "2" | "3" | "4") {
        i + 2
    } else {
        return None;
    };
    // not inside a longer code (`Q3X`, `Q3-7`)
    let code = s.punct_in(end, &["-", "/"]) && s.attached(end + 1);
    if s.attached(end) && (s.kind(end) != Some(Kind::Punct) || code) {
        return None;
    }
    let two_digits = |k: usize| s.int(k).is_some() && s.t.s(k).len() == 2;
    if s.year(end) {
        return hit(i, end + 1);
    }
    if s.t.s(end) == "FY" && s.attached(end + 1) && two_digits(end + 1) {
        return hit(i, end + 2);
    }
    if s.t.s(end).strip_prefix("FY").is_some_and(|y| y.len() == 2) {
        return hit(i, end + 1);
    }
    hit(i, end)
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
