//! What a model span's first words say about it. The models read a word they never saw by its shape
//! and its neighbours, and the multilingual fallback never saw Italian, Spanish or French: it called
//! `Palazzo Chigi` and `Estadio Metropolitano` persons and kept the article a sentence's capital
//! gave `El Partido Popular`. The rules' word lists (`rules::heads`, from `lexicon.txt`) mend three
//! things in every model's spans:
//!
//! 1. an article that opens a sentence, before a word for an organisation or a place, is cut off
//!    (`El Tribunal Supremo` -> `Tribunal Supremo`; inside a sentence the article would be in
//!    lower case, and a name that keeps its article keeps its capital there: `La France insoumise`);
//! 2. a person whose first word is a word for an organisation or a place is one (`Palazzo Chigi`:
//!    LOC; `Ministerio de Vivienda`: ORG), and so is one whose last word is in [`LAST_HEADS`]
//!    (`Albertslund Kommune`). In the shipped training data no person's name starts with such a word;
//!    and a span of any label but ORG whose last word ends only organisations' names in the training
//!    data is one (`Sandcastle Capital`, [`ORG_LAST`]);
//! 3. a person is widened to a listed given name right before it (`Ted` of `Ted Cruz`; see
//!    `widen_to_given_names`).
//!
//! Tried and not kept: cutting a person's first word when it was a title or, at a sentence start,
//! a common word (`Frontman Alex Turner`): UNER English dev lost a span, nothing gained.

use crate::annotation::{Candidate, EntityLabel, SentenceView};
use crate::rules::heads::{head_label, is_given_name, is_sentence_article};

/// Last words that make a model's person an organisation or a place: words that end no person's
/// name in the training data (`bank`, `lake` and `island` do: `Veronica Lake`).
const LAST_HEADS: [(&str, EntityLabel); 8] = [
    ("kommune", EntityLabel::Org),
    ("kommun", EntityLabel::Org),
    ("stadium", EntityLabel::Loc),
    ("stadion", EntityLabel::Loc),
    ("street", EntityLabel::Loc),
    ("road", EntityLabel::Loc),
    ("avenue", EntityLabel::Loc),
    ("boulevard", EntityLabel::Loc),
];

/// Last words that end only organisations' names in the training data where they occur there
/// (CoNLL-2003 and the UNER training splits: `Capital` 8 times, `Airlines` 9, `Inc` 62, always ORG;
/// `technologies`, `pharmaceuticals`, `therapeutics` and `solutions` occur in no name there and are
/// of the same kind), so a model span of another label that ends with one is an organisation
/// (`Sandcastle Capital`).
const ORG_LAST: &[&str] = &[
    "capital",
    "partners",
    "holdings",
    "ventures",
    "investments",
    "securities",
    "technologies",
    "technology",
    "labs",
    "pharmaceuticals",
    "therapeutics",
    "systems",
    "solutions",
    "airlines",
    "airways",
    "motors",
    "inc",
    "corp",
    "ltd",
    "plc",
    "gmbh",
    "llc",
    "university",
    "ministry",
];

/// The byte offset (within `span`) and text of each whitespace-separated word.
fn words(span: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, ch) in span.char_indices() {
        match (ch.is_whitespace(), start) {
            (true, Some(s)) => {
                out.extend(span.get(s..i).map(|w| (s, w)));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.extend(span.get(s..).map(|w| (s, w)));
    }
    out
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Mends the model spans `tagged` of `sentences` (see the module comment).
pub(crate) fn mend(sentences: &[SentenceView], text: &str, tagged: &mut [Candidate]) {
    for c in tagged.iter_mut() {
        let Some(span) = text.get(c.range.clone()) else {
            continue;
        };
        let mut ws = words(span);
        if ws.len() < 2 {
            continue;
        }
        // sentences are in document order: a binary search, not a scan per span
        let opens = sentences
            .binary_search_by_key(&c.range.start, |s| s.range.0)
            .is_ok();
        let mut cut = 0;
        if let [(_, first), (at, second), ..] = ws[..] {
            if opens
                && is_sentence_article(first)
                && capitalised(second)
                && head_label(second).is_some()
            {
                cut = at;
                ws.remove(0);
            }
        }
        let last = ws.last().map(|(_, w)| w.to_lowercase()).unwrap_or_default();
        let org_last = ORG_LAST.contains(&last.trim_end_matches('.'));
        if org_last && ws.len() >= 2 && c.label != EntityLabel::Org {
            c.label = EntityLabel::Org;
        }
        if c.label == EntityLabel::Per {
            let by_last = LAST_HEADS.iter().find(|(w, _)| *w == last).map(|(_, l)| *l);
            if let Some(label) = ws.first().and_then(|(_, w)| head_label(w)).or(by_last) {
                c.label = label;
            }
        }
        c.range.start += cut;
    }
    widen_to_given_names(text, tagged);
}

/// The start of a capitalised listed given name written right before `start`, one space
/// between (`Ted` before `Cruz`), if there is one.
fn given_name_before(text: &str, start: usize) -> Option<usize> {
    let before = text.get(..start)?.strip_suffix(' ')?;
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    let word = before.get(word_start..)?;
    (capitalised(word) && is_given_name(word)).then_some(word_start)
}

/// 3. A person is widened to a listed given name right before it that no other model span holds
///    (`Ted Cruz` and `Rand Paul` came out as `Cruz` and `Paul`: the English model, trained on
///    1996 news, reads `Ted` and `Rand` by their endings).
fn widen_to_given_names(text: &str, tagged: &mut [Candidate]) {
    let widened: Vec<Option<usize>> = tagged
        .iter()
        .map(|c| {
            if c.label != EntityLabel::Per {
                return None;
            }
            let at = given_name_before(text, c.range.start)?;
            let free = !tagged
                .iter()
                .any(|o| o.range.start < c.range.start && at < o.range.end);
            free.then_some(at)
        })
        .collect();
    for (c, at) in tagged.iter_mut().zip(widened) {
        if let Some(at) = at {
            c.range.start = at;
        }
    }
}

/// Whether the fallback model's span `c` is a sentence's capitalised first article and a name
/// that a rule or list found without it (`El Real Madrid` where `Real Madrid` is a listed club):
/// the article is the sentence's, and the list hit stands. `ruled` holds the rule and list
/// candidates' byte ranges. A name listed with its article (`Los Angeles`, `La Paz`) or without a
/// list hit after the article (`La Liga`) keeps the model's span.
pub(crate) fn article_before_listed(
    sentences: &[SentenceView],
    text: &str,
    c: &Candidate,
    ruled: &std::collections::BTreeSet<(usize, usize)>,
) -> bool {
    let (start, end) = (c.range.start, c.range.end);
    let Some((article, rest)) = text
        .get(start..end)
        .and_then(|span| span.split_once(char::is_whitespace))
    else {
        return false;
    };
    let rest = rest.trim_start();
    if !(is_sentence_article(article)
        && !rest.is_empty()
        && ruled.contains(&(end - rest.len(), end)))
    {
        return false;
    }
    // the sentence holding the span (sentences are in text order): nothing but punctuation before
    let at = sentences.partition_point(|s| s.range.0 <= start);
    at.checked_sub(1)
        .and_then(|k| sentences.get(k))
        .and_then(|s| text.get(s.range.0..start))
        .is_some_and(|before| !before.chars().any(char::is_alphanumeric))
}
