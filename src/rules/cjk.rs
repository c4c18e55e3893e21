//! CJK and Korean dates: `2024年6月17日`, `6月17日`, `90年代`, `去年`, Japanese `来月`, `月曜日`,
//! Korean `2024년 6월 17일`.

use super::dates::hit;
use super::scan::{Hit, Scan};
use super::token::Kind;

/// Han date words: (first char, second char).
const HAN_DATE_WORDS: &[(&str, &str)] = &[
    ("去", "年"),
    ("今", "年"),
    ("明", "年"),
    ("前", "年"),
    ("昨", "天"),
    ("今", "天"),
    ("明", "天"),
    ("昨", "日"),
    ("今", "日"),
    ("明", "日"),
    ("上", "周"),
    ("本", "周"),
    ("下", "周"),
    ("上", "月"),
    ("本", "月"),
    ("下", "月"),
    ("上", "週"),
    ("本", "週"),
    ("下", "週"),
    // Japanese: last / next year, last / this / next month and week
    ("昨", "年"),
    ("来", "年"),
    ("先", "月"),
    ("今", "月"),
    ("来", "月"),
    ("先", "週"),
    ("今", "週"),
    ("来", "週"),
];
/// What comes before 曜 in a Japanese weekday (月曜日 ... 日曜日, or 月曜 alone).
const YOUBI_DAYS: &[&str] = &["月", "火", "水", "木", "金", "土", "日"];

/// What follows 周/週 in a weekday (周一 ... 周日) or the weekend (周末).
const ZHOU_DAYS: &[&str] = &["一", "二", "三", "四", "五", "六", "日", "末"];
/// What follows 星期 in a weekday (星期一 ... 星期日, 星期天).
const XINGQI_DAYS: &[&str] = &["一", "二", "三", "四", "五", "六", "日", "天"];

/// Two-character Han date words (去年, 今天, ...) and weekdays (周二, 週五, 星期三).
fn han_word(s: &Scan, i: usize) -> Option<Hit> {
    let han = |k: usize| s.kind(k) == Some(Kind::Han) && (k == i || s.attached(k));
    if han(i) && han(i + 1) {
        let (a, b) = (s.t.s(i), s.t.s(i + 1));
        if HAN_DATE_WORDS.iter().any(|&(x, y)| x == a && y == b) {
            return hit(i, i + 2);
        }
        if matches!(a, "周" | "週") && ZHOU_DAYS.contains(&b) {
            return hit(i, i + 2);
        }
        if a == "星" && b == "期" && han(i + 2) && XINGQI_DAYS.contains(&s.t.s(i + 2)) {
            return hit(i, i + 3);
        }
        if YOUBI_DAYS.contains(&a) && b == "曜" {
            let end = if han(i + 2) && s.t.s(i + 2) == "日" {
                i + 3
            } else {
                i + 2
            };
            return hit(i, end);
        }
    }
    None
}

/// `2024年6月17日`, `6月17日`, `2024年`, `90年代`, Korean `2024년 6월 17일`.
pub(crate) fn cjk_date(s: &Scan, i: usize) -> Option<Hit> {
    if let Some(h) = han_word(s, i) {
        return Some(h);
    }
    if !s.is_num(i) {
        return None;
    }
    let unit_at = |k: usize, han: &[&str], hangul: &[&str]| {
        s.attached(k)
            && (s.han_in(k, han) || (s.kind(k) == Some(Kind::Word) && hangul.contains(&s.t.s(k))))
    };
    let mut j = i;
    let mut found = false;
    if unit_at(j + 1, &["年"], &["년"]) {
        j += 2;
        found = true;
        if s.han_in(j, &["代"]) && s.attached(j) {
            return hit(i, j + 1);
        }
    }
    // after a unit, the next number must touch it (CJK) or carry a Hangul unit (Korean spacing)
    let next_num =
        |k: usize| s.is_num(k) && (s.attached(k) || s.t.s(k + 1) == "월" || s.t.s(k + 1) == "일");
    if (!found || next_num(j)) && s.is_num(j) && unit_at(j + 1, &["月"], &["월"]) {
        j += 2;
        found = true;
        if next_num(j) && unit_at(j + 1, &["日", "号"], &["일"]) {
            j += 2;
        }
    }
    // a bare day of the month, as news writes the date of the event: `3日`, `17号`; not the `日`
    // of 日本 (Japan), 日元 (yen), 日报 (daily), 日语 (Japanese)...
    if !found && s.day(i) && unit_at(i + 1, &["日", "号", "號"], &[]) {
        let joined = s.attached(i + 2) && s.han_in(i + 2, DAY_NOT_DATE_NEXT);
        if !joined {
            return hit(i, i + 2);
        }
    }
    if found {
        hit(i, j)
    } else {
        None
    }
}

/// Characters that make a `日` after a number part of another word (日本, 日元, 日报, 日语...).
const DAY_NOT_DATE_NEXT: &[&str] = &[
    "本", "元", "圓", "圆", "报", "報", "语", "語", "文", "军", "軍", "产", "產", "系", "韩", "韓",
];
