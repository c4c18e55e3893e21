//! Tests of the Han word look-ups: the fast paths agree with plain string comparison.

use super::*;
use crate::rules::scan::{one_of, scan_text};

/// The look-up as it was written before its fast path: the token must be the word's next
/// character, compared as strings.
fn spelled_by_strings(s: &Scan, k: usize, word: &str) -> Option<usize> {
    let mut j = k;
    for c in word.chars() {
        let mut buf = [0u8; 4];
        if s.kind(j) != Some(Kind::Han) || s.t.s(j) != c.encode_utf8(&mut buf) {
            return None;
        }
        if j > k && !s.attached(j) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

const TEXTS: &[&str] = &[
    "过去三年，上半年和下午三点半，今晚八时在北京開會。",
    "未來幾個月的全年計劃：凌晨2時30分，300公里、5千瓦時。",
    "午前9時に東京駅でメートル単位の会議、センチメートル",
    "He said 下午 3 点 and 上 半年 in pieces, 全 年.",
];

#[test]
fn fast_spelling_agrees_with_string_comparison() {
    let lists = [
        HAN_DAY_PARTS,
        PERIOD_LEADS,
        YEAR_PARTS,
        PERIODS,
        HAN_DURATIONS,
        HAN_MEASURES,
        &["下午三点", "a", "年"][..],
    ];
    let mut found = 0;
    for text in TEXTS {
        scan_text(text, |s| {
            for k in 0..s.t.len() + 1 {
                for list in lists {
                    for w in list {
                        assert_eq!(
                            han_spelled(s, k, w),
                            spelled_by_strings(s, k, w),
                            "{w} at {k} of {text}"
                        );
                    }
                    let first = list.iter().find_map(|w| spelled_by_strings(s, k, w));
                    assert_eq!(first_spelled(s, k, list), first, "{list:?} at {k}");
                    found += usize::from(first.is_some());
                }
            }
        });
    }
    assert!(found >= 10, "the texts spell only {found} list words");
}

#[test]
fn one_of_is_contains() {
    let list = [
        "年",
        "月",
        "日",
        "总统",
        "總統",
        "a",
        "ab",
        "",
        "下午三点",
        "é",
    ];
    for word in [
        "年",
        "月",
        "火",
        "总统",
        "總理",
        "a",
        "b",
        "ab",
        "ba",
        "",
        "下午三点",
        "e",
        "é",
    ] {
        assert_eq!(one_of(word, &list), list.contains(&word), "{word}");
    }
}
