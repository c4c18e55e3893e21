//! Times, quantities and ranks, the OntoNotes types that spaCy's models output beside DATE,
//! MONEY, PERCENT and CARDINAL: TIME (`3 p.m.`, `10:30`, `two hours`, `this morning`, `下午3点`),
//! QUANTITY (a number with a unit of measure: `100 metres`, `5km`, `20-ton`, `300万吨`) and
//! ORDINAL (`first`, `21st`, `twenty-first`, `第三`). The Han forms are `cjk.rs`'s; the Korean ones
//! (`오후 3시`, `두 번째`), whose words carry particles, are found by `korean.rs`.
//!
//! Without them a clock time or a measure came out as a bare CARDINAL (`3` of `3 p.m.`), and a rank
//! not at all. The numeric scan (`numeric.rs`) calls [`time_at`] and [`ordinal_at`] at words and
//! [`clock`] and [`unit`] after a number phrase.

use super::cjk::{han_clock, han_rank, han_tenths, han_time, han_unit};
use super::lexicon::{
    DATE_MOD, DATE_UNIT, DAY_PART, MEASURE, NUMWORD, ORDINAL, TIME_UNIT, TIME_WORD,
};
use super::scan::{Hit, Scan};
use super::token::Kind;
use crate::annotation::EntityLabel::{self, Date, Ordinal, Quantity, Time};

fn hit(start: usize, end: usize, label: EntityLabel) -> Option<Hit> {
    Some(Hit { start, end, label })
}

/// Words before a part of the day that make it a time: `this morning`, `yesterday evening`.
const DAY_REFS: &[&str] = &["this", "last", "yesterday", "tomorrow", "that"];
/// Times of day of other languages, as (first word, second word): `heute Abend`, `ce soir`.
#[rustfmt::skip]
const DAY_PART_PAIRS: &[(&str, &str)] = &[
    ("heute", "abend"), ("gestern", "abend"), ("heute", "morgen"), ("ce", "matin"), ("ce", "soir"),
    ("hier", "soir"), ("esta", "mañana"), ("esta", "tarde"), ("esta", "noche"),
];
/// Time zones written after a clock time (`1400 GMT`: a four-digit time needs one).
const ZONES: &[&str] = &[
    "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "cet", "cest", "bst",
    "jst", "msk", "hkt", "sgt",
];
/// A time that starts with a word: `this morning`, `Tuesday night`, `tonight`, `noon`, `an hour`,
/// `half an hour`, `a few minutes`, `the past 120 hours`, `下午3点`.
pub(crate) fn time_at(s: &Scan, i: usize) -> Option<Hit> {
    if let Some(h) = nordic_clock(s, i) {
        return Some(h);
    }
    let mut k = i;
    if s.word_in(k, &["earlier", "later"]) {
        if s.word_in(k + 1, &["in"]) && s.word_in(k + 2, &["the"]) && s.word_in(k + 3, &["day"]) {
            return hit(i, k + 4, Time);
        }
        k += 1;
    } else if s.word_in(k, &["early", "late"]) {
        if s.has(k + 1, DAY_PART) {
            return hit(i, k + 2, Time); // "early morning"
        }
        k += 1;
    }
    if (s.word_in(k, DAY_REFS) || s.weekday(k)) && s.has(k + 1, DAY_PART) {
        return hit(i, k + 2, Time);
    }
    if k == i && s.has(i, TIME_WORD) {
        return hit(i, i + 1, Time);
    }
    let lower = s.t.lower(i);
    if DAY_PART_PAIRS
        .iter()
        .any(|&(a, b)| a == lower && s.word_in(i + 1, &[b]))
    {
        return hit(i, i + 2, Time);
    }
    if let Some(h) = duration(s, i) {
        return Some(h);
    }
    han_time(s, i)
}

/// Danish, Norwegian and Swedish `kl. 15`, `kl. 14.30`, `klockan 9` ("at o'clock"): a time.
fn nordic_clock(s: &Scan, i: usize) -> Option<Hit> {
    let n = if s.word_in(i, &["kl"]) && s.glued_period(i + 1) {
        i + 2
    } else if s.word_in(i, &["klockan", "klokken", "klokka"]) {
        i + 1
    } else {
        return None;
    };
    let text = s.t.s(n);
    let (hour, minutes) = text.split_once(['.', ':']).unwrap_or((text, "00"));
    let valid = s.is_num(n)
        && hour.parse::<u32>().is_ok_and(|h| h <= 24)
        && minutes.len() == 2
        && minutes.parse::<u32>().is_ok_and(|m| m < 60);
    valid.then_some(Hit {
        start: i,
        end: n + 1,
        label: Time,
    })
}

/// `an hour`, `half an hour`, `a few minutes`, `several hours`, `the past 120 hours`.
fn duration(s: &Scan, i: usize) -> Option<Hit> {
    let plural = |k: usize| s.has(k, TIME_UNIT) && s.t.lower(k).ends_with('s');
    // `about an hour`, `more than half an hour`
    let mut j = super::numeric::quant(s, i).unwrap_or(i);
    if s.word_in(j, &["half"]) && s.word_in(j + 1, &["an", "a"]) {
        j += 1;
    }
    if s.word_in(j, &["an", "a"])
        && s.has(j + 1, TIME_UNIT)
        && !plural(j + 1)
        && !s.word_in(j + 1, &["second"])
    {
        return hit(i, tail(s, j + 2), Time);
    }
    let mut k = i;
    if s.word_in(k, &["the"]) {
        k += 1;
    }
    let modded = s.has(k, DATE_MOD);
    if modded {
        k += 1;
    } else if k > i {
        return None;
    }
    if s.word_in(k, &["a"]) && s.word_in(k + 1, &["few"]) {
        k += 1;
    }
    let vague = s.word_in(k, &["few", "several"]);
    let counted = vague || (modded && (s.int(k).is_some() || s.has(k, NUMWORD)));
    (counted && plural(k + 1)).then(|| Hit {
        start: i,
        end: tail(s, k + 2),
        label: Time,
    })
}

/// `a.m.`, `p.m.`, `am`, `PM` at `k`: its end.
fn meridiem(s: &Scan, k: usize) -> Option<usize> {
    if s.word_in(k, &["am", "pm"]) {
        return Some(k + 1);
    }
    let dotted = s.word_in(k, &["a", "p"])
        && s.glued_period(k + 1)
        && s.word_in(k + 2, &["m"])
        && s.attached(k + 2);
    if dotted {
        let dot = s.glued_period(k + 3);
        return Some(k + 3 + usize::from(dot));
    }
    None
}

/// Whether a time zone follows a clock time at `k`. It stays out of the time's span: CoNLL-2003
/// tags `GMT` itself as MISC, and the trained models learned it so.
fn zone(s: &Scan, k: usize) -> bool {
    s.upper(k) && s.word_in(k, ZONES)
}

/// A clock time from the number at `q` (its phrase ends at `j`): `10:30`, `07:45:10 PM`, `3 p.m.`,
/// `3pm`, `10.30 am`, `15 Uhr`, `15h30`, `five o'clock`, `3時`; the end.
pub(crate) fn clock(s: &Scan, q: usize, j: usize) -> Option<usize> {
    if j != q + 1 {
        return None;
    }
    let text = s.t.s(q);
    let (hour, minutes) = match text.split_once('.') {
        Some((h, m)) => (h.parse::<u32>().ok()?, Some(m)),
        None => (
            s.int(q)
                .or_else(|| s.has(q, NUMWORD).then(|| s.info(q).val as u32))?,
            None,
        ),
    };
    let two_digits = |m: &str| m.len() == 2 && m.parse::<u32>().is_ok_and(|m| m < 60);
    // `1400 EDT`, `1800 GMT`
    if text.len() == 4 && hour < 2400 && hour % 100 < 60 && zone(s, j) {
        return Some(j);
    }
    if hour > 24 || minutes.is_some_and(|m| !two_digits(m)) {
        return None;
    }
    let mut e = j;
    let mut colon = false;
    if minutes.is_none()
        && s.is_num(q)
        && s.punct_in(e, &[":"])
        && s.attached(e)
        && s.attached(e + 1)
    {
        if !two_digits(s.t.s(e + 1)) || !s.is_num(e + 1) {
            return None;
        }
        e += 2;
        colon = true;
        if s.punct_in(e, &[":"]) && s.attached(e) && s.is_num(e + 1) && two_digits(s.t.s(e + 1)) {
            e += 2;
        } else if in_score_list(s, q) {
            return None;
        }
    }
    // a spaced lower-case `am` is German "at the" too (`Platz 3 am Sonntag`): it needs an English
    // word before the time (`at 3 am`)
    let german_am = s.t.s(e) == "am"
        && !s.attached(e)
        && !s.word_in(
            q.wrapping_sub(1),
            &[
                "at", "by", "until", "till", "from", "to", "before", "after", "around", "about",
            ],
        );
    if let Some(m) = meridiem(s, e).filter(|_| hour <= 12 && hour > 0 && !german_am) {
        return Some(m);
    }
    if s.word_in(e, &["uhr"]) || (s.word_in(e, &["o'clock", "o’clock"]) && !colon) {
        return Some(e + 1);
    }
    // an hour in digits alone, before `h` or a Han hour
    let bare_hour = s.is_num(q) && minutes.is_none() && !colon;
    // 15h, 15h30, 15 h 30
    if bare_hour && s.word_in(e, &["h"]) {
        let mins = e + 1;
        let glued = s.attached(mins) == s.attached(e);
        if s.is_num(mins) && glued && two_digits(s.t.s(mins)) {
            return Some(mins + 1);
        }
        return (s.attached(e) || s.kind(e + 1) != Some(Kind::Word)).then_some(e + 1);
    }
    if bare_hour {
        return han_clock(s, e, false);
    }
    colon.then_some(e)
}

/// The two numbers of `N:N` written without spaces at `k`.
fn colon_pair(s: &Scan, k: usize) -> Option<(u32, u32)> {
    if !(s.punct_in(k + 1, &[":"]) && s.attached(k + 1) && s.attached(k + 2)) {
        return None;
    }
    Some((s.int(k)?, s.int(k + 2)?))
}

/// True when the `N:N` at `q` stands in a list of such pairs (set by `,` `;` `/` or spaces) of
/// which one cannot be a clock time: volleyball or basketball scores (`25:21, 21:25, 15:12`),
/// where a pair that looks like a time is a score too.
fn in_score_list(s: &Scan, q: usize) -> bool {
    let not_a_time = |(h, m): (u32, u32)| h > 24 || m > 59;
    let separated = |k: usize| s.punct_in(k, &[",", ";", "/"]);
    let mut k = q;
    // back to the first pair of the list
    loop {
        let back = if separated(k.wrapping_sub(1)) { 4 } else { 3 };
        let Some(prev) = k.checked_sub(back) else {
            break;
        };
        if prev < s.a || colon_pair(s, prev).is_none() {
            break;
        }
        k = prev;
    }
    while let Some(pair) = colon_pair(s, k) {
        if not_a_time(pair) {
            return true;
        }
        k += 3;
        if separated(k) {
            k += 1;
        }
    }
    false
}

/// The unit after a number phrase `q..j` that makes it a time, a quantity, a rank or (`20th
/// century`) a date: the end and the label.
pub(crate) fn unit(s: &Scan, q: usize, j: usize) -> Option<(usize, EntityLabel)> {
    let plain = j == q + 1;
    // 21st, 3rd; 20th century
    if plain && s.is_num(q) && s.attached(j) && s.word_in(j, &["st", "nd", "rd", "th"]) {
        // `5th Avenue`, `42nd Street`: a street's name, no rank
        if s.cap(j + 1) && super::codes::is_street_type(s.t.lower(j + 1)) {
            return None;
        }
        return Some(after_rank(s, j + 1).unwrap_or((j + 1, Ordinal)));
    }
    // twenty-first; two-hour, 20-ton
    if s.punct_in(j, &["-"]) && s.attached(j) && s.attached(j + 1) {
        if s.has(q, NUMWORD) && s.has(j + 1, ORDINAL) {
            return Some((j + 2, Ordinal));
        }
        if s.has(j + 1, TIME_UNIT) {
            return Some((j + 2, Time));
        }
        if s.has(j + 1, MEASURE) {
            return Some((j + 2, Quantity));
        }
    }
    // not `3 SEC filings`, `2 HR` (home runs)
    let acronym = s.upper(j) && s.t.s(j).len() <= 3;
    if s.has(j, TIME_UNIT) && !acronym {
        return Some((tail(s, more_time(s, j + 1)), Time));
    }
    let mut k = j;
    if s.word_in(k, &["square", "sq", "cubic"]) && s.has(k + 1, MEASURE) {
        k += 1;
    }
    // `10MM` is ten million in finance
    if s.has(k, MEASURE) && !(s.upper(k) && s.word_in(k, &["mm"])) {
        return Some((measure_tail(s, k + 1), Quantity));
    }
    // 30 °C, 30°
    if s.punct_in(j, &["°"]) {
        let c = s.attached(j + 1) && s.word_in(j + 1, &["c", "f"]);
        return Some((j + 1 + usize::from(c), Quantity));
    }
    han_unit(s, j)
}

/// After a rank ending at `e` (`60th`, `first`): `minute` makes a time of it (`the 60th minute`,
/// `79th-minute`), `century` a date; a count and a unit make a stretch of time (`the first six
/// months of 1996`, `the first 40 minutes`).
fn after_rank(s: &Scan, e: usize) -> Option<(usize, EntityLabel)> {
    let k = if s.punct_in(e, &["-"]) && s.attached(e) && s.attached(e + 1) {
        e + 1
    } else {
        e
    };
    if s.has(k, TIME_UNIT) && !s.t.lower(k).ends_with('s') {
        return Some((k + 1, Time));
    }
    if s.word_in(e, &["century", "centuries"]) {
        return Some((e + 1, Date));
    }
    if s.has(e, NUMWORD) || s.int(e).is_some_and(|n| n < 100) {
        let u = e + 1;
        if s.has(u, DATE_UNIT) && s.t.lower(u).ends_with('s') {
            let of_year = s.word_in(u + 1, &["of"]) && s.year(u + 2);
            return Some((if of_year { u + 3 } else { u + 1 }, Date));
        }
        if s.has(u, TIME_UNIT) && s.t.lower(u).ends_with('s') {
            return Some((u + 1, Time));
        }
    }
    None
}

/// `ago`, `later`, `earlier` after a duration ending at `e`.
fn tail(s: &Scan, e: usize) -> usize {
    if s.word_in(e, &["ago", "later", "earlier"]) {
        e + 1
    } else {
        e
    }
}

/// After a duration's unit at `e - 1`: the end of `2 hours 30 minutes`, `four minutes 6.87 seconds`.
fn more_time(s: &Scan, e: usize) -> usize {
    let mut e = e;
    loop {
        let k = if s.word_in(e, &["and"]) { e + 1 } else { e };
        if (s.is_num(k) || s.has(k, NUMWORD)) && s.has(k + 1, TIME_UNIT) {
            e = k + 2;
        } else {
            return e;
        }
    }
}

/// After a unit of measure ending at `e`: `km²`, `km/h`, `per hour`, `degrees Celsius`.
fn measure_tail(s: &Scan, e: usize) -> usize {
    if s.punct_in(e, &["²", "³"]) && s.attached(e) {
        return e + 1;
    }
    if s.punct_in(e, &["/"])
        && s.attached(e)
        && s.attached(e + 1)
        && s.word_in(e + 1, &["h", "hr", "s"])
    {
        return e + 2;
    }
    if s.word_in(e, &["per", "an", "a"]) && s.word_in(e + 1, &["hour", "second"]) {
        return e + 2;
    }
    if s.word_in(e, &["celsius", "fahrenheit", "centigrade"]) {
        return e + 1;
    }
    e
}

/// A rank word at `i` (`first`, `twentieth`) or `第三`; `the nineteenth century` is a
/// date. Not `a second`, `30 seconds`, nor a capitalised rank that begins a name (`First Lady`,
/// `Second World War`).
pub(crate) fn ordinal_at(s: &Scan, i: usize) -> Option<Hit> {
    if let Some(h) = han_rank(s, i).or_else(|| han_tenths(s, i)) {
        return Some(h);
    }
    if !s.has(i, ORDINAL) {
        return None;
    }
    let before = i.wrapping_sub(1);
    if s.word_in(i, &["second"])
        && (s.is_num(before)
            || s.word_in(
                before,
                &["a", "an", "per", "one", "split", "every", "each", "nano"],
            ))
    {
        return None;
    }
    if s.cap(i) && s.cap(i + 1) && !s.has(i + 1, ORDINAL) {
        return None;
    }
    // `a third of`, `one fifth of`: a fraction (CARDINAL, `units.rs`)
    if s.word_in(before, &["a", "one"]) && s.word_in(i + 1, &["of"]) {
        return None;
    }
    if let Some((end, label)) = after_rank(s, i + 1) {
        let start = if s.word_in(before, &["the"]) {
            before
        } else {
            i
        };
        return hit(start, end, label);
    }
    hit(i, i + 1, Ordinal)
}

#[cfg(test)]
#[path = "measures_tests.rs"]
mod tests;
