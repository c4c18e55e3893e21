//! CoNLL-2003's MISC conventions for names of storms and events that a model trained on news
//! reads as a person or a place: the name after `Hurricane` alone is MISC, and a place joined to
//! the event after it (`Paris Olympics`) is one MISC span. Split from `spans.rs`, whose clean-up
//! calls them for models with a MISC label.

use super::spans::{span_bytes, token_text};
use std::ops::Range;

/// Words that name a storm after them (`Hurricane Milton`): CoNLL-2003 tags the name alone as MISC
/// (`Hurricane` O, `Edouard` MISC); a model reads the one-word name as a person.
const STORM_WORDS: &[&str] = &["Hurricane", "Typhoon", "Cyclone", "Storm"];

/// Relabels as `misc` the spans right after a storm word (`Hurricane Milton`, `Tropical Storm Alberto`).
pub(crate) fn storm_names(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut [(Range<usize>, usize)],
    misc: Option<usize>,
) {
    let Some(misc) = misc else {
        return;
    };
    for (span, label) in spans.iter_mut() {
        let before = span
            .start
            .checked_sub(1)
            .map_or("", |i| token_text(text, toks, i));
        if STORM_WORDS.contains(&before) && span.len() <= 2 {
            *label = misc;
        }
    }
}

/// Event names that a place before them makes one event (`Paris Olympics`, `Atlanta Games`,
/// `Monaco Grand Prix`): CoNLL-2003 tags the whole as MISC (`Atlanta Olympics`, `Atlanta Games`).
const PLACE_EVENTS: &[&str] = &[
    "Olympics",
    "Games",
    "Olympic Games",
    "Paralympics",
    "Paralympic Games",
    "World Cup",
    "Grand Prix",
    "Marathon",
    "Expo",
];

/// Joins a place span and the event span right after it into one `misc` span (`Paris` +
/// `Olympics` -> `Paris Olympics`).
pub(crate) fn place_events(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut Vec<(Range<usize>, usize)>,
    loc: Option<usize>,
    misc: Option<usize>,
) {
    let (Some(loc), Some(misc)) = (loc, misc) else {
        return;
    };
    let mut k = 0;
    while k + 1 < spans.len() {
        let (a, b) = (&spans[k], &spans[k + 1]);
        let event = span_bytes(toks, &b.0)
            .and_then(|r| text.get(r))
            .is_some_and(|t| PLACE_EVENTS.contains(&t));
        if a.1 == loc && b.1 == misc && b.0.start == a.0.end && event {
            let joined = (a.0.start..b.0.end, misc);
            spans[k] = joined;
            spans.remove(k + 1);
        }
        k += 1;
    }
}
