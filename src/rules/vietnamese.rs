//! Vietnamese dates, which name days and months by number after a word: `ngày 15 tháng 3 năm
//! 2024` ("day 15 month 3 year 2024"), `tháng 1 năm ngoái` ("January last year"), `năm 2024`,
//! and the weekdays `thứ Hai` ... `thứ Bảy` ("second" ... "seventh" day) and `Chủ nhật` (Sunday).
//! The weekday needs its capital (`thứ Ba`): in lower case `thứ hai` is as often "second" (`lần thứ
//! hai`, "the second time"), and `năm` alone is also "five", so it counts only before a year or a
//! relative word.

use super::dates::hit;
use super::scan::{Hit, Scan};

/// The weekday numbers after `thứ`: Monday (`Hai`) to Saturday (`Bảy`).
const WEEKDAY_NUMBERS: &[&str] = &["hai", "ba", "tư", "năm", "sáu", "bảy"];
/// Words after a unit that make it relative: last, this, next (`năm ngoái`, `tuần này`).
const RELATIVE: &[&str] = &["ngoái", "trước", "nay", "này", "sau", "tới"];
/// Units of time that take a relative word (`tuần trước`, "last week").
const UNITS: &[&str] = &["năm", "tháng", "tuần"];

/// The end of `năm` + a year or a relative word at `i`, if there is one.
fn year_at(s: &Scan, i: usize) -> Option<usize> {
    if !s.word_in(i, &["năm"]) {
        return None;
    }
    (s.year(i + 1) || s.word_in(i + 1, RELATIVE)).then_some(i + 2)
}

/// The end of `tháng` + a month number (and a year) at `i`, if there is one.
fn month_at(s: &Scan, i: usize) -> Option<usize> {
    if !s.word_in(i, &["tháng"]) || !s.int(i + 1).is_some_and(|m| (1..=12).contains(&m)) {
        return None;
    }
    Some(year_at(s, i + 2).unwrap_or(i + 2))
}

/// A Vietnamese date starting at token `i` (see the module comment).
pub(crate) fn vietnamese_date(s: &Scan, i: usize) -> Option<Hit> {
    // `ngày 15 tháng 3 năm 2024`, `ngày 15 tháng 3`; `ngày 15` alone is any 15th day
    if s.word_in(i, &["ngày"]) && s.int(i + 1).is_some_and(|d| (1..=31).contains(&d)) {
        return month_at(s, i + 2).and_then(|end| hit(i, end));
    }
    if let Some(end) = month_at(s, i).or_else(|| year_at(s, i)) {
        return hit(i, end);
    }
    // `tuần trước`, `tháng tới`
    if s.word_in(i, UNITS) && s.word_in(i + 1, RELATIVE) {
        return hit(i, i + 2);
    }
    if s.word_in(i, &["thứ"]) && s.cap(i + 1) && s.word_in(i + 1, WEEKDAY_NUMBERS) {
        return hit(i, i + 2);
    }
    (s.word_in(i, &["chủ"]) && s.word_in(i + 1, &["nhật"]))
        .then(|| hit(i, i + 2))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::scan::scan_hits;

    fn spans(text: &str) -> Vec<String> {
        scan_hits(text, vietnamese_date)
    }

    #[test]
    fn days_months_years_and_weekdays() {
        assert_eq!(
            spans("vào thứ Ba, ngày 15 tháng 3 năm 2024 và Chủ nhật"),
            ["thứ Ba", "ngày 15 tháng 3 năm 2024", "Chủ nhật"]
        );
        assert_eq!(
            spans("so với tháng 1 năm ngoái, trong năm 2023, tuần trước"),
            ["tháng 1 năm ngoái", "năm 2023", "tuần trước"]
        );
    }

    #[test]
    fn ordinals_counts_and_bare_days_are_no_dates() {
        // `lần thứ hai` "the second time", `năm người` "five people", `ngày 15` alone
        assert!(spans("lần thứ hai, năm người, ngày 15 và tháng 13").is_empty());
    }

    #[test]
    fn every_first_word_stops_the_numeric_scan() {
        crate::rules::scan::assert_numeric_starts(&["ngày", "tháng", "năm", "tuần", "thứ", "chủ"]);
    }
}
