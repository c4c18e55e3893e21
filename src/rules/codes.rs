//! Numbers that count nothing, which the numeric rules skip: phone numbers, IDs, versions, model
//! numbers (`iPhone 16`) and tickers (`713.306.7940`, `(650) 253-0000`, `9988.HK`), and street
//! addresses: a house number, a capitalised street name and a street type (`221 Baker Street`,
//! `1600 Pennsylvania Avenue NW`, `12 Oak St.`), whose house number is no year (`1600`) and no
//! count. An address is not tagged
//! as a place either: UNER English leaves addresses untagged (tagging them as places cost its dev
//! set two spurious spans, 68.59 -> 68.56), and OntoNotes' label for them, FAC, is not one of
//! ours. English-style addresses only: the number comes first.

use super::scan::{Hit, Scan};
use super::token::Kind;
use crate::annotation::EntityLabel;

/// Street types, written out and abbreviated (lower case, without the period).
/// `Court`, `Place`, `Square` and `Way` are left out: they end other names too (`3 Supreme Court
/// justices`).
#[rustfmt::skip]
const STREET_TYPES: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane",
    "ln", "parkway", "pkwy", "highway", "hwy", "terrace",
];

/// Whether `lower` (a lower-case word) is a street type, written out or abbreviated.
pub(crate) fn is_street_type(lower: &str) -> bool {
    STREET_TYPES.contains(&lower.trim_end_matches('.'))
}

/// Compass points written after a street (`NW`).
const DIRECTIONS: &[&str] = &["N", "S", "E", "W", "NE", "NW", "SE", "SW"];

/// Most capitalised words in a street's name.
const MAX_NAME_WORDS: usize = 3;

/// The address starting at number token `i`, if one does: its tokens, labelled LOC.
pub(crate) fn address_at(s: &Scan, i: usize) -> Option<Hit> {
    let number = s.t.s(i);
    let plain = s.is_num(i) && number.len() <= 5 && number.bytes().all(|b| b.is_ascii_digit());
    if !plain || s.attached(i + 1) {
        return None;
    }
    let mut k = i + 1;
    while k < i + 1 + MAX_NAME_WORDS && s.kind(k) == Some(Kind::Word) && s.cap(k) {
        let street = k > i + 1 && is_street_type(s.t.lower(k));
        if street {
            let mut end = k + 1;
            // `St.`: the period of the abbreviation
            if s.glued_period(end) && s.t.s(k).len() <= 4 {
                end += 1;
            }
            if s.kind(end) == Some(Kind::Word) && DIRECTIONS.contains(&s.t.s(end)) {
                end += 1;
            }
            return Some(Hit {
                start: i,
                end,
                label: EntityLabel::Loc,
            });
        }
        k += 1;
    }
    None
}

/// Product lines whose number after them is a model, not a count (case-sensitive: `windows 11`
/// and `model 3` in lower case are ordinary words).
#[rustfmt::skip]
const PRODUCT_LINES: &[&str] = &[
    "iPhone", "iPad", "iOS", "macOS", "Android", "Windows", "PlayStation", "Xbox", "Pixel", "Kindle",
    "Boeing", "Airbus", "Model", "Galaxy", "Surface", "Office", "Photoshop", "Python", "Java",
    "Falcon", "Starship", "Soyuz", "Apollo", "Artemis", "Gemini", "Llama", "Claude", "Qwen",
];

/// Phone numbers, IDs, versions and model numbers (`713.306.7940`, `755-1109`, `20050919032951`,
/// `iPhone 16`): the end of the glued run to skip.
pub(crate) fn code_like(s: &Scan, i: usize) -> Option<usize> {
    if !s.is_num(i) {
        return None;
    }
    // a product's model number: `iPhone 16`, `Windows 11`, `Boeing 737`
    if s.kind(i.wrapping_sub(1)) == Some(Kind::Word) && PRODUCT_LINES.contains(&s.t.s(i - 1)) {
        return Some(i + 1);
    }
    let text = s.t.s(i);
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    let dots = text.bytes().filter(|&c| c == b'.').count();
    let glued_num =
        s.punct_in(i + 1, &["-", "."]) && s.attached(i + 1) && s.attached(i + 2) && s.is_num(i + 2);
    let long_part = |k: usize| s.t.s(k).len() >= 3 && !s.year(k);
    // a stock ticker with its exchange: `9988.HK`, `7203.T`
    let ticker = s.glued_period(i + 1)
        && s.attached(i + 2)
        && s.upper(i + 2)
        && s.t.s(i + 2).len() <= 2
        && !(s.attached(i + 3) && matches!(s.kind(i + 3), Some(Kind::Word | Kind::Num)));
    if ticker {
        return Some(i + 3);
    }
    // the area code of a North American number: `(650) 253-0000`, `(312) 555.0199`
    let area_code = text.len() == 3
        && digits == 3
        && s.punct_in(i.wrapping_sub(1), &["("])
        && s.punct_in(i + 1, &[")"])
        && s.attached(i + 1);
    if area_code && s.is_num(i + 2) {
        let local = s.t.s(i + 2);
        let one_token = local.len() == 8
            && local.bytes().enumerate().all(|(k, c)| match k {
                3 => c == b'.' || c == b'-',
                _ => c.is_ascii_digit(),
            });
        if one_token {
            return Some(i + 3);
        }
        let split = local.len() == 3
            && s.punct_in(i + 3, &["-", "."])
            && s.attached(i + 3)
            && s.is_num(i + 4)
            && s.t.s(i + 4).len() == 4;
        if split {
            return Some(i + 5);
        }
    }
    if dots >= 2
        || (digits >= 9 && !text.contains(','))
        || (glued_num && (long_part(i) || long_part(i + 2)))
    {
        let mut e = i + 1;
        while s.attached(e)
            && s.kind(e) != Some(Kind::Word)
            && !s.punct_in(e, &[",", ")", ";", ":"])
        {
            e += 1;
        }
        return Some(e);
    }
    None
}
