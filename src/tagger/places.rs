//! English place rules applied to the tagger's spans: UNER English's conventions for places that
//! a model trained on 1996 news does not learn (a name ending in a place noun is a place, `City,
//! ST` is two places, a business named in the possessive is a place). Split from `spans`.

use super::spans::token_text;
use std::ops::Range;

/// English nouns that end the names of places and buildings and no person's name (`Civic
/// Center`, `Symphony Auditorium`, `Palo Alto Airport`). Words that are also common surnames
/// (`Hall`, `Park`, `Lake`, `Church`) are left out.
const PLACE_HEADS: &[&str] = &[
    "center",
    "centre",
    "auditorium",
    "building",
    "avenue",
    "boulevard",
    "airport",
    "station",
    "island",
    "islands",
    "stadium",
    "square",
    "plaza",
    "mall",
    "street",
    "road",
    "highway",
    "freeway",
    "bridge",
    "museum",
    "cathedral",
    "hotel",
    "inn",
    "motel",
    "resort",
];

/// The English models' place rules, in order: [`place_heads`], [`split_city_state`],
/// [`state_after_city`] and [`possessive_places`] (label indexes `per` and `loc`; the first
/// needs both). `lang` is the model's language; other languages, and models without the place
/// label, keep their spans.
pub(crate) fn english_places(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut Vec<(Range<usize>, usize)>,
    per: Option<usize>,
    loc: Option<usize>,
    lang: &str,
) {
    let Some(loc) = loc else {
        return;
    };
    if lang != "en" {
        return;
    }
    if let Some(per) = per {
        place_heads(text, toks, spans, per, loc);
        city_before_state(text, toks, spans, per, loc);
    }
    split_city_state(text, toks, spans, loc);
    state_after_city(text, toks, spans, loc);
    possessive_places(text, toks, spans, loc);
}

/// Relabels as a place a one-token span that is a US state (`DC`, `CA`, `Ohio`) written right
/// after a place and a comma (`Washington, DC`, `Mountain View, CA`): the model read the postal
/// code's capitals as an organisation's acronym.
fn state_after_city(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut [(Range<usize>, usize)],
    loc: usize,
) {
    for k in 1..spans.len() {
        let Some((place, place_label)) = spans.get(k - 1).cloned() else {
            continue;
        };
        let Some((state, label)) = spans.get_mut(k) else {
            continue;
        };
        let after_place = place_label == loc
            && state.start == place.end + 1
            && token_text(text, toks, place.end) == ",";
        if *label != loc
            && state.len() == 1
            && after_place
            && is_state(token_text(text, toks, state.start))
        {
            *label = loc;
        }
    }
}

/// For the English models, relabels as places the MISC spans of two or more tokens that end in a
/// place noun ([`PLACE_HEADS`]: `Hilton Garden Inn`); no MISC span of CoNLL-2003 train ends in one.
pub(crate) fn misc_place_heads(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut [(Range<usize>, usize)],
    labels: (Option<usize>, Option<usize>),
    lang: &str,
) {
    if let ((Some(misc), Some(loc)), "en") = (labels, lang) {
        place_heads(text, toks, spans, misc, loc);
    }
}

/// Relabels as places the spans labelled `from` (persons; MISC in [`misc_place_heads`]) of two or
/// more tokens that end in a place noun ([`PLACE_HEADS`]).
fn place_heads(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut [(Range<usize>, usize)],
    from: usize,
    loc: usize,
) {
    for (span, label) in spans.iter_mut() {
        if *label != from || span.len() < 2 {
            continue;
        }
        let last = span
            .end
            .checked_sub(1)
            .map_or("", |i| token_text(text, toks, i));
        if PLACE_HEADS.iter().any(|h| last.eq_ignore_ascii_case(h)) {
            *label = loc;
        }
    }
}

/// The states of the United States (and DC): full names, then postal codes, space-separated.
const STATE_NAMES: &str = "\
    alabama alaska arizona arkansas california colorado connecticut delaware florida \
     georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland \
     massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio \
     oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington \
     wisconsin wyoming";
const STATE_CODES: &str = "\
    al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv \
     nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc";

/// Words after which a name in the possessive stands for the business it names (`going to Del
/// Frisco's for dinner`, `at Kenneally's at around 5`).
const AFTER_BUSINESS: &[&str] = &[
    "at", "in", "for", "on", "near", "tonight", "tomorrow", "today",
];

/// Capitalised nouns that make a name in the possessive before them a place of business (`Joe's
/// Pizza`, `Katz's Deli`, `Bob's Garage`).
#[rustfmt::skip]
const BUSINESS_NOUNS: &[&str] = &[
    "pizza", "pizzeria", "diner", "grill", "bar", "cafe", "café", "restaurant", "kitchen", "bakery",
    "deli", "pub", "tavern", "steakhouse", "bistro", "burgers", "tacos", "bbq", "garage", "salon",
    "pharmacy", "market", "hardware", "bagels", "donuts", "crab", "seafood", "barbershop",
    "trattoria", "osteria", "taqueria", "cantina", "brewery", "sushi", "ramen", "noodles", "wings",
    "bookstore", "boutique", "florist",
];

/// Turns an English name in the possessive that stands alone (`Wendy's?`, `McDonald s,`, `going
/// to Del Frisco's for dinner`) into the place of business it names, the possessive included (as
/// UNER English and CoNLL-2003 write `Moody 's`). The possessive (`'s`, `’s`, or `s` typed
/// without its apostrophe) must end the sentence or come before `. , ! ? ; :` or one of
/// [`AFTER_BUSINESS`]: before a noun it is an ordinary possessive (`Britain's economy`), and
/// before a bracket, a quote or a currency sign usually one too (`Puig 's " greatest gift`).
/// Before a capitalised business noun ([`BUSINESS_NOUNS`]) the noun joins the place (`Joe's
/// Pizza`), and a span the model gave that noun alone is dropped.
fn possessive_places(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut Vec<(Range<usize>, usize)>,
    loc: usize,
) {
    let mut joined = Vec::new();
    let word = |i: usize| token_text(text, toks, i);
    for k in 0..spans.len() {
        let Some((span, _)) = spans.get(k) else {
            continue;
        };
        let possessive = span.end;
        let next_start = spans.get(k + 1).map_or(usize::MAX, |(s, _)| s.start);
        if possessive >= toks.len() {
            continue;
        }
        // `'s` is one token, or two when written apart from the name (`Frisco 's`: `'` `s`)
        let len = match (word(possessive), word(possessive + 1)) {
            ("'s" | "’s" | "s", _) => 1,
            ("'" | "’", "s") => 2,
            _ => continue,
        };
        let end = possessive + len;
        let after = word(end);
        let stands_alone = end >= toks.len()
            || matches!(after, "." | "," | "!" | "?" | ";" | ":")
            || AFTER_BUSINESS.contains(&after.to_lowercase().as_str());
        let business = end < toks.len()
            && after.chars().next().is_some_and(char::is_uppercase)
            && BUSINESS_NOUNS.contains(&after.to_lowercase().as_str());
        let noun_span = spans.get(k + 1).is_some_and(|(s, _)| *s == (end..end + 1));
        let free = next_start >= end + usize::from(business) || noun_span;
        if (stands_alone || business) && free {
            if let Some(entry) = spans.get_mut(k) {
                *entry = (entry.0.start..end + usize::from(business), loc);
            }
            if business && noun_span {
                joined.push(k + 1);
            }
        }
    }
    for k in joined.into_iter().rev() {
        spans.remove(k);
    }
}

/// Relabels as a place a person span of one to three tokens written `X, State` where the state
/// is a place span of its own, written out (`Butler, Pennsylvania`): the US dateline and address
/// form, where a town named like a person (`Butler`, `Florence`) reads as a name to the model.
fn city_before_state(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut [(Range<usize>, usize)],
    per: usize,
    loc: usize,
) {
    let word = |i: usize| token_text(text, toks, i);
    for k in 0..spans.len().saturating_sub(1) {
        let (Some((span, label)), Some((next, next_label))) = (spans.get(k), spans.get(k + 1))
        else {
            continue;
        };
        // full names only: postal codes are also degrees and titles (`Harry Preuss, MD`)
        let state = next.len() == 1 && is_state_name(word(next.start));
        if *label == per
            && *next_label == loc
            && span.len() <= 3
            && next.start == span.end + 1
            && word(span.end) == ","
            && state
        {
            if let Some(entry) = spans.get_mut(k) {
                entry.1 = loc;
            }
        }
    }
}

/// Whether `w` is a US state's name (one word) or its postal code written as a capital and a
/// letter (`PA`, `Ca`).
fn is_state(w: &str) -> bool {
    let code = w.len() == 2 && w.chars().next().is_some_and(char::is_uppercase);
    is_state_name(w)
        || (code
            && STATE_CODES
                .split_whitespace()
                .any(|s| s.eq_ignore_ascii_case(w)))
}

/// Whether `w` is a US state's full one-word name, in any case.
fn is_state_name(w: &str) -> bool {
    let lower = w.to_lowercase();
    STATE_NAMES.split_whitespace().any(|s| s == lower)
}

/// Splits an English place span written `City State` without a comma (`San Rafael Ca`, `Miramar
/// California`) into the city and the state, as places written `City, State` already are. The
/// state is the span's last token, a state name or a postal code written in capitals or as a
/// capital and a small letter; the city part must start with a capital and the word before the
/// state must not begin a state's own name (`West Virginia`, `New Mexico`, `North Carolina` stay
/// whole; `Kansas City` ends in no state).
pub(crate) fn split_city_state(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut Vec<(Range<usize>, usize)>,
    loc: usize,
) {
    let word = |i: usize| token_text(text, toks, i);
    let mut out = Vec::with_capacity(spans.len());
    for (span, label) in spans.drain(..) {
        let last = span.end.saturating_sub(1);
        let city = span.start..last;
        let before = word(last.saturating_sub(1)).to_lowercase();
        let splits = label == loc
            && !city.is_empty()
            && is_state(word(last))
            && word(city.start)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !matches!(
                before.as_str(),
                "west" | "new" | "north" | "south" | "rhode"
            )
            && before.chars().all(char::is_alphanumeric);
        if splits {
            out.push((city, label));
            out.push((last..span.end, label));
        } else {
            out.push((span, label));
        }
    }
    *spans = out;
}
