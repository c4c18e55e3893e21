//! Numeric entities: PERCENT, MONEY, CARDINAL, plus the DATE cases that hang on a number phrase
//! (bare years, "three years", "16-year-old") and the times, quantities and ranks of `measures.rs`.
//! Calls the time and date patterns first at each token.
//!
//! A number phrase is digits or number words with an optional magnitude ("6 million", "3.2bn", "300万"),
//! optionally led by a quantifier ("nearly", "more than") and extended to a range ("14 to 16").

use super::dates::date_at;
use super::lexicon::{DATE_UNIT, MAGNITUDE, NUMERIC_START, NUMWORD, QUANT, TITLE};
use super::measures::{clock, ordinal_at, time_at, unit};
use super::scan::{Hit, Scan};
use super::token::Kind;
use super::units::{
    currency_word, money_prefix, percent_prefix, suffix, title_case_currency, vague,
};
use crate::annotation::EntityLabel;

const QUANT2: &[(&str, &str)] = &[
    ("more", "than"),
    ("less", "than"),
    ("fewer", "than"),
    ("at", "least"),
    ("up", "to"),
    ("just", "over"),
    ("well", "over"),
    ("mehr", "als"),
    ("plus", "de"),
    ("más", "de"),
    ("moins", "de"),
    ("as", "many"),
];
/// Han magnitudes, simplified, and traditional or Japanese (萬, 億, 兆: a trillion in Japanese
/// and traditional Chinese amounts, `45兆円`).
const HAN_MAGNITUDE: &[&str] = &["十", "百", "千", "万", "亿", "萬", "億", "兆"];
const YEAR_PREP: &[&str] = &[
    "in", "since", "by", "until", "from", "of", "during", "before", "after", "early", "late",
    "mid", "year", "fiscal", "through", "between", "and", "to", "im", "seit", "en", "depuis",
    "desde", "в", "году", "season",
];
/// Irregular plurals that a bare 4-digit number counts ("2000 people").
const COUNT_NOUNS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "staff",
    "police",
    "troops",
    "personnel",
];

/// Marks that start no numeric or date pattern (see `step`): sentence punctuation, dashes,
/// brackets and quotation marks. Over 32 MB of text whose documents were in 20 languages (the bench
/// corpus, the raw text of the training corpora), only `$`, `£` and `%` started one.
const INERT_MARKS: &str = ",.;:!?()[]\"“”„«»-–—。，、：；！？（）「」『』《》■،؛؟…";

/// Whether `token` is one of [`INERT_MARKS`].
fn inert_punctuation(token: &str) -> bool {
    let mut chars = token.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if INERT_MARKS.contains(c))
}

const SHORT_MAGNITUDE: &[&str] = &["m", "k"];

/// What a scan step found at one token.
pub(crate) enum Step {
    /// An entity.
    Hit(Hit),
    /// Tokens that belong to something we do not tag (times, codes), skipped up to this index.
    Skip(usize),
}

/// Scans one sentence and calls `emit` for every numeric or date hit, left to right, non-overlapping.
pub(crate) fn scan_numeric(s: &Scan, mut emit: impl FnMut(Hit)) {
    let mut i = s.a;
    while i < s.b {
        match step(s, i) {
            Some(Step::Hit(h)) if h.end > i => {
                emit(h);
                i = h.end;
            }
            Some(Step::Skip(e)) if e > i => i = e,
            _ => i += 1,
        }
    }
}

fn step(s: &Scan, i: usize) -> Option<Step> {
    // most words start nothing: skip them after one flag test
    if s.kind(i) == Some(Kind::Word)
        && !s.has(i, NUMERIC_START)
        && !(s.upper(i) && s.t.s(i).len() <= 3)
    {
        return None;
    }
    // nor do sentence punctuation, dashes, brackets and quotation marks, a fifth of all tokens
    // (a currency or percent sign may: `$5`, Turkish `%50`; an apostrophe too: `'90s`)
    if s.kind(i) == Some(Kind::Punct) && inert_punctuation(s.t.s(i)) {
        return None;
    }
    // a house number is no year nor count (`1600 Pennsylvania Avenue`)
    if let Some(h) = super::codes::address_at(s, i) {
        return Some(Step::Skip(h.end));
    }
    if let Some(h) = time_at(s, i).or_else(|| date_at(s, i)) {
        return Some(Step::Hit(h));
    }
    // a quantifier leads into money or a number
    let q = quant(s, i).unwrap_or(i);
    if let Some(h) = percent_prefix(s, i)
        .or_else(|| money_prefix(s, i, q))
        .or_else(|| vague(s, i, q))
    {
        return Some(Step::Hit(h));
    }
    if q == i {
        if let Some(h) = ordinal_at(s, i) {
            return Some(Step::Hit(h));
        }
    }
    if q > i && !s.is_num(q) && !s.has(q, NUMWORD) {
        return None;
    }
    number(s, i, q)
}

/// Whether the word at `i` is written with a capital and then lower case, and not as the first
/// word of its sentence: number words are written in lower case inside a sentence, even in
/// German, so such a word names something (`Dr. Sieben`, `os Doze`, `Channel Five`).
fn capitalised_inside(s: &Scan, i: usize) -> bool {
    let word = s.t.s(i);
    let title_case = s.cap(i) && word.chars().skip(1).any(char::is_lowercase);
    // the start: only punctuation before it in the sentence, or a full stop (not a title's), a
    // colon or a semicolon (a sentence may hold a quoted one: `... said. Five ...`)
    let opens = (s.a..i).all(|k| s.kind(k) == Some(Kind::Punct))
        || (s.a..i)
            .rev()
            .find(|&k| !s.punct_in(k, &["\"", "'", "“", "”", "«", "»", "(", ")"]))
            .is_some_and(|k| {
                s.punct_in(k, &[".", "!", "?", ":", ";"])
                    && !(s.punct_in(k, &["."]) && s.has(k.wrapping_sub(1), TITLE))
            });
    title_case && !opens
}

/// Index after a quantifier at `i`, if there is one.
pub(crate) fn quant(s: &Scan, i: usize) -> Option<usize> {
    let (a, b) = (s.t.lower(i), s.t.lower(i + 1));
    if s.ok(i + 1) && QUANT2.iter().any(|&(x, y)| x == a && y == b) {
        return Some(if a == "as" && s.word_in(i + 2, &["as"]) {
            i + 3
        } else {
            i + 2
        });
    }
    if s.has(i, QUANT) {
        return Some(i + 1);
    }
    None
}

/// A number phrase at `i`: returns (end, is_plain_year).
pub(crate) fn phrase(s: &Scan, i: usize) -> Option<(usize, bool)> {
    let mut j;
    if s.is_num(i) {
        // digits glued to a word before them are codes (G20, COVID-19), not numbers; the rupee's
        // and the rupiah's `Rs15`, `Rp15` are amounts, and so is a number after an Arabic
        // conjunction or preposition written onto it (`و300 مليون`, "and 300 million")
        let prev_word = |k: usize| {
            s.kind(k) == Some(Kind::Word)
                && !title_case_currency(s, k)
                && !matches!(s.t.s(k), "و" | "ب" | "ل" | "ف" | "وب" | "ول")
        };
        if s.attached(i)
            && (prev_word(i.wrapping_sub(1))
                || (s.punct_in(i - 1, &["-"]) && s.attached(i - 1) && prev_word(i - 2)))
        {
            return None;
        }
        j = space_grouped(s, i);
    } else if s.has(i, NUMWORD) {
        if capitalised_inside(s, i) {
            return None; // a name: `Dr. Sieben`, `os Doze` (the twelve member states)
        }
        j = i + 1;
        while s.punct_in(j, &["-"]) && s.attached(j) && s.attached(j + 1) && s.has(j + 1, NUMWORD) {
            j += 2;
        }
        if s.has(j, NUMWORD) && s.has(i, NUMWORD) && s.info(i).val >= 20 && s.info(j).val < 10 {
            j += 1; // "twenty five"
        }
    } else {
        return None;
    }
    let year = s.year(i) && j == i + 1;
    let mut grew = false;
    while s.has(j, MAGNITUDE) || nordic_billions(s, j) {
        let short = SHORT_MAGNITUDE.contains(&s.t.lower(j));
        if short && !s.attached(j) {
            break;
        }
        j += 1;
        grew = true;
    }
    loop {
        let before = j;
        while s.han_in(j, HAN_MAGNITUDE) && s.attached(j) {
            j += 1;
        }
        grew |= j > before;
        // a smaller group written on is the same number: `5兆3529億円`, `4万9千人`, `3亿5000万`
        let on = j > before
            && s.attached(j)
            && s.is_num(j)
            && s.attached(j + 1)
            && s.han_in(j + 1, HAN_MAGNITUDE);
        if !on {
            break;
        }
        j += 1;
    }
    Some((j, year && !grew))
}

/// Danish and Norwegian `mia.` (milliarder) with its period glued on: `290 mia. kr.`. Without the
/// period `mia` is a given name, and no magnitude.
fn nordic_billions(s: &Scan, j: usize) -> bool {
    s.word_in(j, &["mia"]) && s.glued_period(j + 1)
}

/// The end of a number at `i` whose thousands are set off by single spaces (`80 000`, `1 200 000`,
/// as French, Russian and the Nordic languages write them): groups of three digits after one of
/// one to three, the last not followed by another number (a row of a table) nor glued to more
/// (`312 408-8787`).
fn space_grouped(s: &Scan, i: usize) -> usize {
    let digits = |k: usize, n: usize| {
        let t = s.t.s(k);
        s.is_num(k) && t.len() <= n && t.bytes().all(|c| c.is_ascii_digit())
    };
    let one_space = |k: usize| {
        let (Some(a), Some(b)) = (s.t.get(k - 1), s.t.get(k)) else {
            return false;
        };
        matches!(
            s.t.text.get(a.end..b.start),
            Some(" " | "\u{a0}" | "\u{202f}")
        )
    };
    let mut j = i + 1;
    if !digits(i, 3) {
        return j;
    }
    while s.ok(j) && digits(j, 3) && s.t.s(j).len() == 3 && one_space(j) {
        j += 1;
    }
    // `312 408-8787` is a phone number
    let glued_on = s.attached(j) && matches!(s.kind(j), Some(Kind::Punct | Kind::Num));
    if j > i + 1 && (s.is_num(j) || glued_on) {
        return i + 1;
    }
    j
}

fn number(s: &Scan, i: usize, q: usize) -> Option<Step> {
    if let Some(e) = super::codes::code_like(s, q) {
        return Some(Step::Skip(e));
    }
    if s.word_in(q, &["one"]) && !one_is_number(s, q) {
        return None;
    }
    let (mut j, year) = phrase(s, q)?;
    if let Some(end) = clock(s, q, j) {
        return Some(Step::Hit(Hit {
            start: i,
            end,
            label: EntityLabel::Time,
        }));
    }
    // other digit groups with a colon (scores, ratios, verses) are not tagged
    if s.punct_in(j, &[":"]) && s.attached(j) && s.is_num(j + 1) && s.attached(j + 1) {
        return Some(Step::Skip(j + 2));
    }
    let mut ranged = false;
    let mut years_range = false;
    if (s.word_in(j, &["to", "bis", "à", "a"]) || s.punct_in(j, &["-", "–"]))
        && s.kind(j + 1) == s.kind(q)
    {
        if let Some((e, second_year)) = phrase(s, j + 1) {
            // "from 2005 to 2021": two years, the later one second
            years_range = year && second_year && s.int(j + 1) > s.int(q);
            j = e;
            ranged = true;
        }
    }
    // "3 to 4 p.m."
    if let Some(end) = clock(s, j - 1, j).filter(|_| ranged) {
        return Some(Step::Hit(Hit {
            start: i,
            end,
            label: EntityLabel::Time,
        }));
    }
    // "3,2 Mrd. Euro", "3 Mio. CHF": the abbreviation dot of a magnitude before a currency
    let magnitude_before = s.has(j - 1, MAGNITUDE) || nordic_billions(s, j - 1);
    if s.glued_period(j) && magnitude_before && currency_word(s, j + 1) {
        j += 1;
    }
    let hit = |end: usize, label| {
        Some(Step::Hit(Hit {
            start: i,
            end,
            label,
        }))
    };
    if let Some((end, label)) = unit(s, q, j).or_else(|| suffix(s, j)) {
        // "the three months", "the 20th century", "the 60th minute"
        let rank = s.attached(j) && s.word_in(j, &["st", "nd", "rd", "th"]);
        let stretch = match label {
            EntityLabel::Date => s.has(j, DATE_UNIT) || rank,
            EntityLabel::Time => rank,
            _ => false,
        };
        let start = if stretch && q == i && s.word_in(i.wrapping_sub(1), &["the"]) {
            i - 1
        } else {
            i
        };
        return Some(Step::Hit(Hit { start, end, label }));
    }
    if s.attached(j) && s.kind(j) == Some(Kind::Word) {
        if year && s.word_in(j, &["s"]) {
            let start = if s.word_in(i.wrapping_sub(1), &["the"]) {
                i - 1
            } else {
                i
            };
            return Some(Step::Hit(Hit {
                start,
                end: j + 1,
                label: EntityLabel::Date,
            }));
        }
        // 17th, 3D, 5km: ordinals and units are not ours
        let mut e = j + 1;
        while s.attached(e) && s.kind(e) != Some(Kind::Punct) {
            e += 1;
        }
        return Some(Step::Skip(e));
    }
    if year && q == i && !ranged && is_year_here(s, i) {
        // `в 2025 г.`, `в 1991 году`
        let words = ["г", "года", "году", "год", "гг", "року", "році", "рік", "р"];
        let end = super::dates::year_word_end(s, j, &words);
        return hit(end, EntityLabel::Date);
    }
    if years_range && q == i && is_years_range_here(s, i, j) {
        return hit(j, EntityLabel::Date);
    }
    if is_age(s, i, j) {
        return hit(j, EntityLabel::Date);
    }
    hit(j, EntityLabel::Cardinal)
}

/// "one" counts unless it is a pronoun: "no one", "the one", "one another", "one should".
fn one_is_number(s: &Scan, i: usize) -> bool {
    let before = [
        "no", "any", "every", "some", "this", "that", "the", "each", "which", "someone", "little",
        "last",
    ];
    let after = [
        "another", "'s", "’s", "should", "can", "could", "would", "must", "might", "may", "will",
        "is", "has",
    ];
    !s.word_in(i.wrapping_sub(1), &before)
        && !s.word_in(i + 1, &after)
        && !s.punct_in(i + 1, &["-"])
}

/// Ages are DATEs, as OntoNotes (and so spaCy) tags them: "aged 14 to 16", "John Smith, 45,".
fn is_age(s: &Scan, i: usize, j: usize) -> bool {
    let p = i.wrapping_sub(1);
    if s.word_in(p, &["aged", "age", "ages"])
        || (s.word_in(p, &["of"]) && s.word_in(p.wrapping_sub(1), &["ages", "age"]))
    {
        return true;
    }
    let small = s.int(i).is_some_and(|n| n < 120) && j == i + 1;
    small && s.punct_in(p, &[","]) && s.cap(p.wrapping_sub(1)) && s.punct_in(j, &[",", "."])
}

/// Whether token `k` is a number that can be a year (1500-2100).
fn year_value(s: &Scan, k: usize) -> bool {
    s.int(k).is_some_and(|y| (1500..=2100).contains(&y))
}

/// Whether token `k` is a plural noun that a number before it counts (`people`, `troops`).
fn counted_plural(s: &Scan, k: usize) -> bool {
    s.kind(k) == Some(Kind::Word)
        && !s.cap(k)
        && (s.t.lower(k).ends_with('s') || s.word_in(k, COUNT_NOUNS))
}

/// A bare 4-digit number reads as a year unless it counts a plural noun without a temporal cue.
fn is_year_here(s: &Scan, i: usize) -> bool {
    if !year_value(s, i) {
        return false;
    }
    if s.word_in(i.wrapping_sub(1), YEAR_PREP) || s.month(i.wrapping_sub(1)) {
        return true;
    }
    !counted_plural(s, i + 1)
}

/// A range of two years (`2005 to 2021`, tokens `i..end`) reads as dates unless it counts a plural
/// noun after it (`2000 to 2010 people`); both ends must be years in 1500-2100.
fn is_years_range_here(s: &Scan, i: usize, end: usize) -> bool {
    year_value(s, i) && year_value(s, end - 1) && !counted_plural(s, end)
}

#[cfg(test)]
#[path = "numeric_tests.rs"]
pub(crate) mod tests;
