//! CJK and Korean dates: `2024年6月17日`, `6月17日`, `90年代`, `去年`, `未来三年`, `第三季度`,
//! `上半年`, Japanese `来月`, `月曜日`,
//! Korean `2024년 6월 17일`; Chinese and Japanese times, quantities and ranks for `measures.rs`:
//! `下午3点`, `15时30分`, `2个小时`, `300公里`, `第三`.

use super::dates::hit;
use super::korean::is_hangul_syllable;
use super::scan::{one_of, same, Hit, Scan};
use super::token::{is_han, Kind};
use crate::annotation::{EntityLabel, EntitySource};

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
        if HAN_DATE_WORDS
            .iter()
            .any(|&(x, y)| same(x, a) && same(y, b))
        {
            // a fiscal year (`今年度`, `来年度`, `前年度`, "this/next/last fiscal year")
            let fiscal = b == "年" && han(i + 2) && s.t.s(i + 2) == "度";
            return hit(i, i + 2 + usize::from(fiscal));
        }
        if matches!(a, "周" | "週") && one_of(b, ZHOU_DAYS) {
            return hit(i, i + 2);
        }
        if a == "星" && b == "期" && han(i + 2) && one_of(s.t.s(i + 2), XINGQI_DAYS) {
            return hit(i, i + 3);
        }
        if one_of(a, YOUBI_DAYS) && b == "曜" {
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

/// Words before a count of periods that make it a date (`未来三年`, "the next three years").
const PERIOD_LEADS: &[&str] = &["未来", "未來", "过去", "過去", "最近", "近"];
/// Periods counted after [`PERIOD_LEADS`], and the quarter (`三季度`).
const PERIODS: &[&str] = &["个月", "個月", "年", "周", "週", "天", "季度"];
/// Halves and the whole of a year (`上半年`).
const YEAR_PARTS: &[&str] = &["上半年", "下半年", "全年"];

/// `未来三年`, `过去几个月` (a span of time counted back or ahead), `第三季度`, `三季度`, `Q3`'s
/// Chinese forms, `前三季度`, and `上半年`: Chinese dates that start with a word rather than a number.
fn han_period(s: &Scan, i: usize) -> Option<Hit> {
    // every form starts with a Han character (a quick exit for the other scripts' tokens)
    if s.kind(i) != Some(Kind::Han) {
        return None;
    }
    let first = |words: &[&str]| first_spelled(s, i, words);
    if let Some(end) = first(YEAR_PARTS) {
        return hit(i, end);
    }
    // `第三季度`, `三季度`: the quarter; `前三季度`: the first three quarters
    let q = if s.han_in(i, &["第", "前"]) {
        i + 1
    } else {
        i
    };
    if s.han_in(q, &["一", "二", "三", "四"]) && (q == i || s.attached(q)) {
        if let Some(end) = han_any(s, q + 1, &["季度"]) {
            return hit(i, end);
        }
    }
    let n = first(PERIOD_LEADS)?;
    let counted = if s.han_in(n, &["几", "幾", "两", "兩"]) && s.attached(n) {
        Some(n + 1)
    } else {
        han_number(s, n).filter(|_| s.attached(n))
    };
    let end = han_any(s, counted?, PERIODS)?;
    hit(i, end)
}

/// `2024年6月17日`, `6月17日`, `2024年`, `90年代`, Korean `2024년 6월 17일`.
pub(crate) fn cjk_date(s: &Scan, i: usize) -> Option<Hit> {
    if let Some(h) = han_period(s, i) {
        return Some(h);
    }
    if let Some(h) = han_word(s, i) {
        // Japanese `先週の月曜日` ("last week's Monday"), `来月の3日`: one date
        let no = h.end;
        if s.han_in(no, &["の"]) && s.attached(no) && s.attached(no + 1) {
            if let Some(day) = han_word(s, no + 1).or_else(|| cjk_date(s, no + 1)) {
                return hit(i, day.end);
            }
        }
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

/// Han words before a clock time: morning, afternoon, evening, early morning, noon (Chinese and
/// Japanese), tonight, last night.
const HAN_DAY_PARTS: &[&str] = &[
    "上午", "下午", "早上", "晚上", "凌晨", "中午", "傍晚", "午前", "午後", "今晚", "昨晚",
];
/// Han units of a duration after a number (hours, minutes, seconds).
#[rustfmt::skip]
const HAN_DURATIONS: &[&str] = &[
    "个小时", "個小時", "小时", "小時", "分钟", "分鐘", "秒钟", "秒鐘", "時間", "分間", "秒",
];
/// Han units of measure after a number.
#[rustfmt::skip]
const HAN_MEASURES: &[&str] = &[
    "平方公里", "平方米", "公里", "千米", "公斤", "公顷", "公頃", "立方米", "キロ", "メートル", "トン",
    "吨", "噸", "毫米", "厘米", "公分", "英里", "海里", "米", "千克", "毫升", "公升", "千瓦时",
    "千瓦時", "千瓦", "瓦特", "瓦时", "瓦時", "瓦", "字节", "位元組", "赫兹", "赫茲", "纳米", "納米",
    "奈米", "センチ", "センチメートル", "ミリ", "ミリメートル", "キロメートル", "キログラム", "グラム",
    "リットル", "ヘルツ", "キロヘルツ", "メガヘルツ", "ギガヘルツ", "メガビット", "ギガビット",
    "ギガバイト", "テラバイト",
];
/// Han numerals (for `下午三点`, `第三`).
const HAN_DIGITS: &[&str] = &[
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "兩", "零", "〇", "百", "千",
];

/// The end of the Han word `word` spelled by attached tokens from `k`, if it is there. Called
/// for every Han token with each word of several lists, so each character is compared with
/// [`same`] (length and last byte first), which turns most away without a call to `memcmp`.
fn han_spelled(s: &Scan, k: usize, word: &str) -> Option<usize> {
    let mut j = k;
    let mut rest = word;
    while let Some(c) = rest.chars().next() {
        let (head, tail) = rest.split_at_checked(c.len_utf8())?;
        if s.kind(j) != Some(Kind::Han) || !same(s.t.s(j), head) {
            return None;
        }
        if j > k && !s.attached(j) {
            return None;
        }
        rest = tail;
        j += 1;
    }
    Some(j)
}

/// The end of the first of `words` that [`han_spelled`] finds at `k`. The token's last byte is
/// read once, and a word whose first character does not end in it is not tried (it cannot be
/// spelled there).
fn first_spelled(s: &Scan, k: usize, words: &[&str]) -> Option<usize> {
    if s.kind(k) != Some(Kind::Han) {
        return None;
    }
    let tok = s.t.s(k).as_bytes();
    let last = tok.last()?;
    words
        .iter()
        .filter(|w| w.as_bytes().get(tok.len() - 1) == Some(last))
        .find_map(|w| han_spelled(s, k, w))
}

/// The end of the first of `words` spelled at `k` (attached to the token before it).
pub(crate) fn han_any(s: &Scan, k: usize, words: &[&str]) -> Option<usize> {
    if !s.attached(k) {
        return None;
    }
    first_spelled(s, k, words)
}

/// The end of a number at `k` written in digits or Han numerals.
fn han_number(s: &Scan, k: usize) -> Option<usize> {
    if s.is_num(k) {
        return Some(k + 1);
    }
    let mut j = k;
    while s.han_in(j, HAN_DIGITS) && (j == k || s.attached(j)) {
        j += 1;
    }
    (j > k).then_some(j)
}

/// After a Han hour at `k` (`点`, `時`...), the end of the clock time: `3点`, `3点半`, `15时30分`.
/// `点` alone is also a counter (`三点意见`, "three opinions"), so it needs a day part before it
/// (`prefixed`) or minutes after it.
pub(crate) fn han_clock(s: &Scan, k: usize, prefixed: bool) -> Option<usize> {
    let hour_end = han_any(s, k, &["時", "时", "點", "点"])?;
    // 3時間 is three hours (a duration, `han_unit`)
    if han_any(s, hour_end, &["間", "间"]).is_some() {
        return None;
    }
    let strong = s.han_in(k, &["時", "时"]) || prefixed;
    let mut e = hour_end;
    if let Some(half) = han_any(s, e, &["半", "整"]) {
        return Some(half);
    }
    if let Some(mins) = han_number(s, e).filter(|_| s.attached(e)) {
        if let Some(end) = han_any(s, mins, &["分"]) {
            e = end;
            if let Some(secs) = han_number(s, e).filter(|_| s.attached(e)) {
                if let Some(end) = han_any(s, secs, &["秒"]) {
                    e = end;
                }
            }
            return Some(e);
        }
    }
    if let Some(end) = han_any(s, e, &["钟", "鐘"]) {
        return Some(end);
    }
    strong.then_some(e)
}

/// `下午3点`, `凌晨三点半`: a part of the day and a clock time.
pub(crate) fn han_time(s: &Scan, i: usize) -> Option<Hit> {
    if s.kind(i) != Some(Kind::Han) {
        return None;
    }
    let after = first_spelled(s, i, HAN_DAY_PARTS)?;
    let n = han_number(s, after).filter(|_| s.attached(after))?;
    let end = han_clock(s, n, true)?;
    Some(Hit {
        start: i,
        end,
        label: EntityLabel::Time,
    })
}

/// A Han unit at `j` after a number: a duration (`小时`) or a measure (`公里`); its end and label.
pub(crate) fn han_unit(s: &Scan, j: usize) -> Option<(usize, EntityLabel)> {
    if s.kind(j) != Some(Kind::Han) {
        return None;
    }
    if let Some(e) = han_any(s, j, HAN_DURATIONS) {
        return Some((e, EntityLabel::Time));
    }
    han_any(s, j, HAN_MEASURES).map(|e| (e, EntityLabel::Quantity))
}

/// `第三`, `第3`: a rank; `第三财季` (the third fiscal quarter) is a date.
pub(crate) fn han_rank(s: &Scan, i: usize) -> Option<Hit> {
    if !s.han_in(i, &["第"]) {
        return None;
    }
    let end = han_number(s, i + 1).filter(|_| s.attached(i + 1))?;
    if let Some(quarter) = han_any(s, end, &["财季", "財季"]) {
        return hit(i, quarter);
    }
    Some(Hit {
        start: i,
        end,
        label: EntityLabel::Ordinal,
    })
}

/// Characters after `成` that make it a word of its own, not "tenths" (`成为`, "become"; `成立`,
/// `成功`, `一成不变`).
pub(crate) const NOT_TENTHS: &[&str] = &[
    "为", "為", "立", "功", "员", "員", "本", "长", "長", "熟", "果", "绩", "績", "交", "型", "不",
];

/// Tenths written with Han numerals: Chinese `三成`, Japanese `三割` ("30 percent"); in digits
/// (`3割`) the numeric rules' units take them.
pub(crate) fn han_tenths(s: &Scan, i: usize) -> Option<Hit> {
    if s.is_num(i) || (i > 0 && s.attached(i) && s.han_in(i - 1, HAN_DIGITS)) {
        return None;
    }
    let n = han_number(s, i)?;
    let end = han_any(s, n, &["成", "割"])?;
    if s.han_in(n, &["成"]) && s.attached(end) && s.han_in(end, NOT_TENTHS) {
        return None;
    }
    Some(Hit {
        start: i,
        end,
        label: EntityLabel::Percent,
    })
}

/// Joins rule dates that stand side by side in Chinese, Japanese or Korean text into one: a year
/// and its part are one date (`今年一季度`, "this year's first quarter"; `去年第三季度`; Korean
/// `올해 2분기`, `올해 상반기`). Han text joins them with nothing between, Korean with one space.
pub(crate) fn join_dates(text: &str, out: &mut Vec<crate::annotation::Candidate>) {
    let east_asian = |c: char| is_han(c) || is_hangul_syllable(c);
    let mut dates: Vec<usize> = (0..out.len())
        .filter(|&k| out[k].label == EntityLabel::Date && out[k].source == EntitySource::Rule)
        .collect();
    dates.sort_by_key(|&k| out[k].range.start);
    let mut gone = vec![false; out.len()];
    let mut open: Option<usize> = None;
    for k in dates {
        let joined = open.is_some_and(|o| {
            let (a, b) = (&out[o].range, &out[k].range);
            let (Some(left), Some(gap), Some(right)) = (
                text.get(a.clone()).and_then(|t| t.chars().next_back()),
                text.get(a.end..b.start),
                text.get(b.clone()).and_then(|t| t.chars().next()),
            ) else {
                return false;
            };
            let right_ok = east_asian(right) || right.is_ascii_digit();
            (gap.is_empty() && east_asian(left) && right_ok)
                || (gap == " " && is_hangul_syllable(left) && right_ok && !is_han(right))
        });
        match open {
            Some(o) if joined => {
                let end = out[k].range.end;
                out[o].range.end = end;
                gone[k] = true;
            }
            _ => open = Some(k),
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

#[cfg(test)]
#[path = "cjk_tests.rs"]
mod tests;
