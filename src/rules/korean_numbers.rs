//! Korean numeric expressions: a number token and the Hangul word glued to it (`17일`, `3시간`,
//! `500억원`, `40명`). Korean writes counters, units and currencies right after the digits, and a
//! particle after those (`40명을`, "40 people" as an object), so these are read word by word
//! rather than by the numeric rules of space-delimited languages.

use super::super::token::{Kind, Tokens};
use super::{stem, PARTICLES};
use crate::annotation::EntityLabel;

/// Currency words after a number (`원` won, `달러` dollars) and magnitudes before them.
const CURRENCIES: &[&str] = &["원", "달러", "유로", "엔", "위안", "파운드"];
const MAGNITUDES: &[&str] = &["만", "억", "조", "천", "백만", "천만"];
/// What may follow the currency inside an amount's word (`10만원대`, "in the 100,000-won range").
const AFTER_AMOUNT: &[&str] = &["씩", "대", "어치", "가량", "정도", "규모", "선"];

/// `word` without the magnitudes it starts with (`만원` -> `원`, `천억` -> nothing): the word glued
/// to an amount's digits.
fn without_magnitudes(word: &str) -> &str {
    let mut rest = word;
    while let Some(r) = MAGNITUDES.iter().find_map(|m| rest.strip_prefix(m)) {
        rest = r;
    }
    rest
}

/// After number token `k`: `(next, end, label)` when a day (`17일`) or an amount of money
/// (`3조 원`, `500억원`, `10달러`) follows; `next` is the token after the entity and `end` the
/// entity's byte end (before a particle or an ending: `500억원이었다`).
pub(super) fn after_number(t: &Tokens, k: usize, b: usize) -> Option<(usize, usize, EntityLabel)> {
    let next = k + 1;
    if next >= b || !t.attached(next) {
        return None;
    }
    let word = t.s(next);
    let start = t.get(next)?.start;
    if stem(word) == "일" {
        let day: u32 = t.s(k).parse().ok()?;
        let after_month = k >= 1 && stem(t.s(k - 1)) == "월";
        let duration = next + 1 < b && ["동안", "간", "만에", "째"].contains(&t.s(next + 1));
        return ((1..=31).contains(&day) && !after_month && !duration).then_some((
            next + 1,
            start + "일".len(),
            EntityLabel::Date,
        ));
    }
    // `3시` (3 o'clock), `3시 30분`; `3시간` (three hours); `3번째` (the third)
    if stem(word) == "시" {
        let hour: u32 = t.s(k).parse().ok()?;
        let minutes = next + 2 < b
            && t.kind(next + 1) == Some(Kind::Num)
            && t.attached(next + 2)
            && stem(t.s(next + 2)) == "분";
        if hour > 24 {
            return None;
        }
        return Some(match (minutes, t.get(next + 2)) {
            (true, Some(m)) => (next + 3, m.start + "분".len(), EntityLabel::Time),
            _ => (next + 1, start + "시".len(), EntityLabel::Time),
        });
    }
    for (unit, label) in [("시간", EntityLabel::Time), ("번째", EntityLabel::Ordinal)] {
        if stem(word) == unit {
            return Some((next + 1, start + unit.len(), label));
        }
    }
    // `3분기` (the third quarter), `1분기`: a fiscal quarter is a date, as `Q3` is
    if stem(word) == "분기" && matches!(t.s(k), "1" | "2" | "3" | "4") {
        return Some((next + 1, start + "분기".len(), EntityLabel::Date));
    }
    if stem(word) == "년" {
        // a year alone (`2027년까지`); with a month after it the numeric rules take the date
        let year: u32 = t.s(k).parse().ok()?;
        let month_after =
            next + 2 < b && t.kind(next + 1) == Some(Kind::Num) && stem(t.s(next + 2)) == "월";
        return ((1000..=2100).contains(&year) && !month_after).then_some((
            next + 1,
            start + "년".len(),
            EntityLabel::Date,
        ));
    }
    money(t, k, b).or_else(|| counted(t, k, b))
}

/// Counters: the number of persons (`명`), things (`개`), vehicles or machines (`대`), animals
/// (`마리`), cases (`건`), places (`곳`), books (`권`), houses (`채`), ships (`척`), countries
/// (`개국`), kinds (`가지`), works (`편`). `대` alone is also "-odd" after a round figure (`20대`,
/// "in their twenties"), so it counts only after a number that is no multiple of ten.
const COUNTERS: &[&str] = &[
    "개국", "마리", "가지", "명", "개", "대", "건", "곳", "권", "채", "척", "편",
];

/// Units of measure after a number (`400킬로미터`, `30도`): quantities.
const UNITS: &[&str] = &[
    "제곱킬로미터",
    "킬로미터",
    "센티미터",
    "밀리미터",
    "킬로그램",
    "미터",
    "그램",
    "리터",
    "톤",
    "평",
    "도",
];

/// Words that make a number a percentage (`4퍼센트`, `5프로`).
const PERCENT_WORDS: &[&str] = &["퍼센트", "프로"];

/// Endings after a counter or unit that keep it one (a particle, the copula `이다`/`다`/`였다`,
/// `씩` "each", `가량`/`정도` "about").
fn ends_well(rest: &str) -> bool {
    rest.is_empty()
        || PARTICLES.contains(&rest)
        || rest.starts_with(['이', '였'])
        || ["다", "씩", "가량", "정도"].contains(&rest)
}

/// The counter, unit or percent word `word` starts with, and its label.
fn counter_in(word: &str, round: bool) -> Option<(&'static str, EntityLabel)> {
    let find = |words: &[&'static str]| {
        words
            .iter()
            .find(|w| word.strip_prefix(**w).is_some_and(ends_well))
            .copied()
    };
    if let Some(c) = find(COUNTERS).filter(|c| *c != "대" || !round) {
        return Some((c, EntityLabel::Cardinal));
    }
    if let Some(u) = find(UNITS) {
        return Some((u, EntityLabel::Quantity));
    }
    Some((find(PERCENT_WORDS)?, EntityLabel::Percent))
}

/// A counted number, a quantity or a percentage from number token `k`, with its word: `40명`,
/// `400킬로미터`, `4퍼센트다`, `2개씩`, with a magnitude (`3만 명`, `1천여명`, "some 1,000").
fn counted(t: &Tokens, k: usize, b: usize) -> Option<(usize, usize, EntityLabel)> {
    let next = k + 1;
    if next >= b || !t.attached(next) {
        return None;
    }
    let number = t.s(k);
    // `3.5명` is no count
    let whole = number.bytes().all(|c| c.is_ascii_digit() || c == b',');
    let word = t.s(next);
    let start = t.get(next)?.start;
    let mut rest = without_magnitudes(word);
    let magnified = rest.len() < word.len();
    if magnified {
        rest = rest.strip_prefix('여').unwrap_or(rest);
    }
    let used = word.len() - rest.len();
    let round = magnified || number.ends_with('0');
    let keep = |(unit, label): (&'static str, EntityLabel)| {
        (label != EntityLabel::Cardinal || whole).then_some((unit, label))
    };
    if let Some((unit, label)) = counter_in(rest, round).and_then(keep) {
        return Some((next + 1, start + used + unit.len(), label));
    }
    // `3만 명`: the counter is the next word
    let then = next + 1;
    if !magnified || !rest.is_empty() || then >= b {
        return None;
    }
    let (unit, label) = counter_in(t.s(then), round).and_then(keep)?;
    Some((then + 1, t.get(then)?.start + unit.len(), label))
}

/// The currency that `word` starts with, when only a particle, a copula (`원이었다`, "was ... won")
/// or a range word follows it.
fn currency_at_start(word: &str) -> Option<&'static str> {
    CURRENCIES.iter().copied().find(|c| {
        word.strip_prefix(*c).is_some_and(|after| {
            after.is_empty()
                || PARTICLES.contains(&after)
                || after.starts_with('이')
                || AFTER_AMOUNT.contains(&after)
        })
    })
}

/// An amount of money from number token `k`: magnitudes (`1조 2천억`), then a currency (`원`),
/// in the same word (`500억원`) or the next (`3조 원`).
fn money(t: &Tokens, mut k: usize, b: usize) -> Option<(usize, usize, EntityLabel)> {
    loop {
        let next = k + 1;
        if next >= b || !t.attached(next) {
            return None;
        }
        let word = t.s(next);
        let start = t.get(next)?.start;
        let rest = without_magnitudes(word);
        let used = word.len() - rest.len();
        if let Some(c) = currency_at_start(rest) {
            return Some((next + 1, start + used + c.len(), EntityLabel::Money));
        }
        if used == 0 || !rest.is_empty() {
            return None;
        }
        // a magnitude word: the currency or more of the amount (`2천억`) follows
        let then = next + 1;
        if then >= b {
            return None;
        }
        if let Some(c) = currency_at_start(t.s(then)) {
            let end = t.get(then)?.start + c.len();
            return Some((then + 1, end, EntityLabel::Money));
        }
        if t.kind(then) != Some(Kind::Num) {
            return None;
        }
        k = then;
    }
}
