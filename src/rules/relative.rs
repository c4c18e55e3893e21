//! Relative dates and durations: "last year", "the past three years", "earlier this month", "next
//! Friday", "last September", "the past few years", "a week", "several years ago", "about a month".

use super::dates::hit;
use super::lexicon::{DATE_MOD, DATE_UNIT, DATE_UNIT_EN, NUMWORD, QUANT, WEEKDAY};
use super::scan::{Hit, Scan};

/// Units that are also common verbs or nouns: they need a date modifier before them.
const AMBIGUOUS_UNITS: &[&str] = &["fall", "spring", "period"];

/// Index after an optional count at `j`: "three", "3", "twenty-five", "few", "several", "couple of".
fn count(s: &Scan, j: usize) -> usize {
    if s.has(j, NUMWORD) {
        if s.punct_in(j + 1, &["-"]) && s.attached(j + 1) && s.has(j + 2, NUMWORD) {
            return j + 3;
        }
        return j + 1;
    }
    if s.int(j).is_some_and(|n| n < 1000) {
        return j + 1;
    }
    if s.word_in(j, &["few", "several", "many"]) {
        return j + 1;
    }
    if s.word_in(j, &["couple"]) && s.word_in(j + 1, &["of"]) {
        return j + 2;
    }
    j
}

/// "ago", "later", "earlier" after a duration.
fn tail(s: &Scan, e: usize) -> usize {
    if s.word_in(e, &["ago", "later", "earlier"]) {
        e + 1
    } else {
        e
    }
}

/// `the past three years`, `last year`, `earlier this month`, `next Monday`, `the past few years`.
pub(crate) fn relative(s: &Scan, i: usize) -> Option<Hit> {
    let mut j = i;
    if s.word_in(j, &["the"]) {
        j += 1;
    }
    if s.word_in(j, &["earlier", "later"]) && s.word_in(j + 1, &["this", "last", "next"]) {
        j += 1;
    }
    if !s.has(j, DATE_MOD) {
        return None;
    }
    j += 1;
    if (s.has(j, WEEKDAY) || s.month(j)) && !s.word_in(i, &["the"]) {
        return hit(i, j + 1); // "next Friday", "last September"
    }
    j = count(s, j);
    if s.has(j, DATE_UNIT) {
        let e = tail(s, j + 1);
        // "the same period last year"
        if !s.word_in(e, &["the"]) {
            if let Some(next) = relative(s, e) {
                return hit(i, next.end);
            }
        }
        return hit(i, e);
    }
    None
}

/// `a week`, `a few days`, `several years ago`, `about a month`, `a couple of weeks`.
pub(crate) fn vague_duration(s: &Scan, i: usize) -> Option<Hit> {
    let mut j = if s.has(i, QUANT) { i + 1 } else { i };
    let article = s.word_in(j, &["a", "an"]);
    if article {
        j += 1;
    }
    let k = count(s, j);
    let counted = k > j && !s.has(j, NUMWORD) && s.int(j).is_none();
    if !(counted || (article && k == j)) || !s.has(k, DATE_UNIT) || s.word_in(k, AMBIGUOUS_UNITS) {
        return None;
    }
    // a bare article needs a singular unit ("a week"), a vague count a plural one ("few days")
    let plural = s.t.lower(k).ends_with('s');
    if (article && k == j) == plural {
        return None;
    }
    // ... and an English one: `a` is also a conjunction (Croatian `a godine prolaze`, "and the
    // years pass"), and `a LeT man` names a group
    if article && k == j && !s.has(k, DATE_UNIT_EN) {
        return None;
    }
    // `a quarter point` (of interest), `a quarter of the staff`: a fraction, not three months
    if s.word_in(k, &["quarter"]) && s.word_in(k + 1, QUARTER_MEASURES) {
        return None;
    }
    hit(i, tail(s, k + 1))
}

/// Words after `a quarter` that make it a fraction of something rather than a period of time.
const QUARTER_MEASURES: &[&str] = &[
    "point",
    "points",
    "percentage",
    "of",
    "mile",
    "miles",
    "inch",
    "pound",
    "cent",
    "share",
    "stake",
    "turn",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::scan::scan_text;

    fn span(text: &str, f: fn(&Scan, usize) -> Option<Hit>) -> Option<String> {
        scan_text(text, |s| s.hit_text(text, f(s, 0)?))
    }

    #[test]
    fn relative_dates() {
        assert_eq!(
            span("the past few years here", relative).as_deref(),
            Some("the past few years")
        );
        assert_eq!(span("last fall", relative).as_deref(), Some("last fall"));
        assert_eq!(
            span("the next twenty-five years", relative).as_deref(),
            Some("the next twenty-five years")
        );
        assert_eq!(
            span("last summer's heat", relative).as_deref(),
            Some("last summer")
        );
        assert_eq!(span("the last man", relative), None);
    }

    #[test]
    fn vague_durations() {
        // a fraction, not a date (the rule gave `a quarter` as a DATE)
        assert_eq!(span("a quarter point in December", vague_duration), None);
        assert_eq!(span("a quarter of the staff", vague_duration), None);
        assert_eq!(
            span("a quarter later", vague_duration).as_deref(),
            Some("a quarter later")
        );
        assert_eq!(
            span("a week later", vague_duration).as_deref(),
            Some("a week later")
        );
        assert_eq!(
            span("about a month", vague_duration).as_deref(),
            Some("about a month")
        );
        assert_eq!(
            span("a few days ago", vague_duration).as_deref(),
            Some("a few days ago")
        );
        assert_eq!(
            span("several years", vague_duration).as_deref(),
            Some("several years")
        );
        assert_eq!(
            span("a couple of weeks", vague_duration).as_deref(),
            Some("a couple of weeks")
        );
        assert_eq!(span("a days", vague_duration), None);
        assert_eq!(span("a fall", vague_duration), None);
        assert_eq!(span("three days", vague_duration), None);
    }
}
