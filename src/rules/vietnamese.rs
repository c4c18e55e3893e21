//! Vietnamese dates, which name days and months by number after a word: `ngày 15 tháng 3 năm
//! 2024` ("day 15 month 3 year 2024"), `tháng 1 năm ngoái` ("January last year"), `năm 2024`,
//! and the weekdays `thứ Hai` ... `thứ Bảy` ("second" ... "seventh" day) and `Chủ nhật` (Sunday).
//! The weekday needs its capital (`thứ Ba`): in lower case `thứ hai` is as often "second" (`lần thứ
//! hai`, "the second time"), and `năm` alone is also "five", so it counts only before a year or a
//! relative word.
//!
//! Also Vietnamese persons, which no model reads: a run of two to four capitalised syllables that
//! starts with a common surname (`Phạm Minh Chính`, `Nguyễn Thị Lan`). A dozen surnames cover
//! most Vietnamese, and every syllable of a name is capitalised while other words are not, so
//! the run is the name; after a word for a street, a province or a school it names that instead
//! (`đường Nguyễn Huệ`), and it is left alone.

use super::dates::hit;
use super::scan::{Hit, Scan};
use super::token::{Kind, Tokens};
use crate::annotation::EntityLabel;

/// Common Vietnamese surnames, capitalised as written.
const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương", "Trương", "Tô", "Tạ", "Chu",
];
/// Words before a name that make it the name of a place or an institution (street, road, square,
/// province, city, district, bridge, river, school, university).
const NAMED_AFTER: &[&str] = &[
    "đường",
    "phố",
    "quảng",
    "tỉnh",
    "thành",
    "quận",
    "huyện",
    "cầu",
    "sông",
    "trường",
    "học",
];

/// Forms of address before a name: Mr, Mrs, brother, sister, aunt, uncle.
const ADDRESS: &[&str] = &["ông", "bà", "anh", "chị", "cô", "chú", "bác", "em"];
/// Syllables of a name at most, surname included (`Nguyễn Thị Thanh Hà`); a longer capitalised
/// run names something else.
const MAX_SYLLABLES: usize = 4;

/// Vietnamese persons in tokens `[a, b)` (see the module comment).
pub(crate) fn persons(t: &Tokens, a: usize, b: usize) -> Vec<Hit> {
    let syllable = |k: usize| {
        k < b
            && t.kind(k) == Some(Kind::Word)
            && t.get(k).is_some_and(|tok| tok.cap && tok.space_before)
    };
    let mut out = Vec::new();
    let mut k = a;
    while k < b {
        let surname = t.kind(k) == Some(Kind::Word) && SURNAMES.contains(&t.s(k));
        // inside a longer capitalised run (`Bộ Ngoại Giao Lê`) unless after a form of address
        // or the sentence's first word (`Bà Nguyễn Thị Lan`, "Mrs ...")
        let inside =
            k > a + 1 && t.get(k - 1).is_some_and(|p| p.cap) && !ADDRESS.contains(&t.lower(k - 1));
        if !surname || inside {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end <= k + MAX_SYLLABLES && syllable(end) {
            end += 1;
        }
        let named_after = k > a && NAMED_AFTER.contains(&t.lower(k - 1));
        if end > k + 1 && end <= k + MAX_SYLLABLES && !named_after {
            out.push(Hit {
                start: k,
                end,
                label: EntityLabel::Per,
            });
        }
        k = end;
    }
    out
}

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

    fn persons_of(text: &str) -> Vec<&str> {
        let t = Tokens::new(text);
        persons(&t, 0, t.len())
            .iter()
            .filter_map(|h| t.span(h.start, h.end).and_then(|(a, b)| text.get(a..b)))
            .collect()
    }

    #[test]
    fn a_surname_and_capitalised_syllables_make_a_person() {
        assert_eq!(
            persons_of("Thủ tướng Phạm Minh Chính gặp bà Nguyễn Thị Lan và ông Lê Văn Tám Hai."),
            ["Phạm Minh Chính", "Nguyễn Thị Lan", "Lê Văn Tám Hai"]
        );
        // after a capitalised form of address, or the sentence's first word
        assert_eq!(
            persons_of("Bà Nguyễn Thị Thanh Hà nói với Ông Trần Văn Nam."),
            ["Nguyễn Thị Thanh Hà", "Trần Văn Nam"]
        );
        // a street, a lone surname, a surname in lower case ("pear", "lê"), a run inside another
        assert!(
            persons_of("trên đường Nguyễn Huệ, ông Trần nói, quả lê, Bộ Ngoại Giao Lê").is_empty()
        );
        // five capitalised syllables are no person
        assert!(persons_of("về Trần Hưng Đạo Đại Vương").is_empty());
    }

    #[test]
    fn every_first_word_stops_the_numeric_scan() {
        crate::rules::scan::assert_numeric_starts(&["ngày", "tháng", "năm", "tuần", "thứ", "chủ"]);
    }
}
