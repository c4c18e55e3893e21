//! The context cues that label a plain capitalised name without a title: a reporting verb
//! (`said Zhong Hua`), a role noun before it, `who` after it, an apposition (`, a sociology
//! professor`, `, a company based in`, `, the capital of`) or `in`/`near` before it (a child of
//! `names.rs`, which calls [`context_cue`] when no stronger cue labelled the run).

use super::*;

/// Context cues for a plain name: reporting verbs, role nouns, "in"/"near".
pub(super) fn context_cue(
    s: &Scan,
    d: &DocState,
    a: usize,
    b: usize,
    words: usize,
) -> Option<EntityLabel> {
    if d.noun_caps || words == 0 || words > MAX_NAME_WORDS || !free_run(s, d, a, b) {
        return None;
    }
    if has_acronym(s, a, b) {
        return None; // acronyms and shouting: leave to memory and gazetteers
    }
    let at_start = at_sentence_start(s, a);
    let plural_start = at_start && words == 1 && s.t.s(a).ends_with('s');
    let prev = a.wrapping_sub(1);
    let before_lower = |f: u32| s.has(prev, f) && !s.cap(prev);
    // "said Zhong Hua." / "Zhong said"
    // one word next to "said" is as often an organisation ("Interfax said") as a person
    let said_before =
        words >= 2 && before_lower(SAY) && (b == s.b || s.punct_in(b, &[",", ".", ";"]));
    let prev_free = !s.ok(prev)
        || s.kind(prev) == Some(Kind::Punct)
        || s.word_in(prev, &["and", "but", "while", "as", "when", "then", "so"]);
    let said_after = words >= 2 && s.has(b, SAY) && !plural_start && prev_free;
    // "Baratelli, who played for Nice"
    let who = s.punct_in(b, &[","]) && s.word_in(b + 1, &["who", "whose"]);
    if said_before || said_after || before_lower(ROLE) || who {
        return Some(EntityLabel::Per);
    }
    if let Some(label) = apposition(s, b) {
        return Some(label);
    }
    // "in Section 7", "in Word format": one everyday word capitalised as a title is no place
    let everyday = words == 1 && crate::rules::common_words::is_common_english(s.t.s(a));
    if s.has(prev, LOC_PREP)
        && !at_start
        && !s.cap(prev)
        && !s.word_in(b, &["'s", "’s"])
        && !everyday
    {
        return Some(EntityLabel::Loc);
    }
    None
}

/// Place nouns of an apposition that are not place words inside names.
const PLACE_NOUNS: &[&str] = &[
    "town", "village", "capital", "country", "state", "port", "island",
];

/// An apposition after the sequence ending before `b`: ", a sociology professor" or ", 45," (PER),
/// ", a company based in" (ORG), ", the capital of" (LOC). A role noun anywhere in the window wins.
fn apposition(s: &Scan, b: usize) -> Option<EntityLabel> {
    if !s.punct_in(b, &[","]) {
        return None;
    }
    if s.int(b + 1).is_some_and(|n| n < 120) && s.punct_in(b + 2, &[",", "."]) {
        return Some(EntityLabel::Per);
    }
    let mut k = b + 1;
    let article = s.word_in(k, &["a", "an", "the"]);
    if article {
        k += 1;
    }
    let mut found = None;
    for j in k..(k + 5).min(s.b) {
        if s.kind(j) != Some(Kind::Word) {
            break;
        }
        if s.cap(j) {
            continue;
        }
        if s.has(j, ROLE) {
            return Some(EntityLabel::Per);
        }
        if !article {
            continue;
        }
        if found.is_none() && s.has(j, ORG) && !s.word_in(j, &["centre", "center"]) {
            found = Some(EntityLabel::Org);
        } else if found.is_none() && (s.has(j, LOC) || s.word_in(j, PLACE_NOUNS)) {
            found = Some(EntityLabel::Loc);
        }
    }
    found
}
