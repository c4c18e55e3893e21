//! PER/ORG/LOC from capitalised sequences with cues, one sentence at a time.
//!
//! A capitalised sequence is a run of capitalised words joined by name-internal connectors ("of",
//! "'s", "de", "&", attached hyphens, initials' dots). It gets a label only from a cue: a title
//! ("President Xi Jinping" -> PER "Xi Jinping"), an organisation or place word ("Ministry of Public
//! Security", "Sichuan Province"), a reporting verb ("Zhong said", "said Zhong"), a role noun before it
//! or in an apposition after it ("professor Zhong", "Zhong Hua, a sociology professor"; ", a company"
//! gives ORG, ", the capital of" LOC), or "in"/"near" before it. Without a cue nothing is tagged, so
//! sentence-initial words and Title Case headlines stay untagged. Document-level steps (datelines,
//! acronyms, memory) live in `doc.rs`.

use super::cyrillic;
use super::doc::DocState;
use super::lexicon::{
    CONNECTOR, DATE_MOD, DATE_UNIT, DATE_WORD, GIVEN, LOC, LOC_PREP, MONTH, NUMWORD, ORG,
    ORG_SUFFIX, QUANT, ROLE, SAY, STOP, TITLE, WEEKDAY,
};
use super::scan::{Hit, Scan};
use super::token::Kind;
use crate::annotation::EntityLabel;

/// Flags that make a word unfit to be part of a bare person/place name.
const NOT_NAME: u32 = ORG
    | LOC
    | TITLE
    | ROLE
    | STOP
    | MONTH
    | WEEKDAY
    | NUMWORD
    | DATE_MOD
    | DATE_UNIT
    | DATE_WORD
    | QUANT
    | SAY;
const MAX_NAME_WORDS: usize = 4;
/// Longest capitalised sequence looked at as one name, in tokens.
const MAX_SEQ_TOKENS: usize = 16;

/// True when token `k` can be a word of a name.
pub(crate) fn name_word(s: &Scan, d: &DocState, k: usize) -> bool {
    s.cap(k) && !d.blocked(k) && !d.taken(k)
}

/// Whether one or two particles at `k` lead to a word (`van der Berg`, `de Vries`), as the caller
/// tells particles and words.
fn particles_then(
    k: usize,
    particle: impl Fn(usize) -> bool,
    word: impl Fn(usize) -> bool,
) -> bool {
    particle(k) && (word(k + 1) || (particle(k + 1) && word(k + 2)))
}

/// Whether one or two lower-case particles at `k` lead to a name word (`van der Berg`, `de Vries`).
fn particles_then_name(s: &Scan, d: &DocState, k: usize) -> bool {
    let particle = |j: usize| s.has(j, CONNECTOR) && !s.cap(j);
    particles_then(k, particle, |j| name_word(s, d, j))
}

/// End of the capitalised sequence starting at name word `i`.
fn seq_end(s: &Scan, d: &DocState, i: usize) -> usize {
    let mut e = i + 1;
    // names are short; the bound keeps every later step linear on pathological input
    while e < i + MAX_SEQ_TOKENS {
        if name_word(s, d, e) {
            e += 1;
        } else if s.has(e, CONNECTOR) && !s.cap(e) {
            // "of the", "de la", "van der": one article or second connector may follow
            let k = if s.word_in(e + 1, &["the", "la", "las", "los", "der", "den"]) {
                e + 2
            } else {
                e + 1
            };
            if !name_word(s, d, k) || d.headline(e) {
                break;
            }
            e = k + 1;
        } else if s.glued_period(e) && (name_word(s, d, e + 1) || particles_then_name(s, d, e + 1))
        {
            let prev = e - 1;
            let initial = s.t.s(prev).chars().count() == 1 && s.upper(prev);
            if !(initial || s.has(prev, TITLE)) {
                break;
            }
            // the dot, and the name word after it; a particle after an initial (`A.J. van der
            // Berg`) is left to the connector step
            e += if name_word(s, d, e + 1) { 2 } else { 1 };
        } else if (s.punct_in(e, &["-"])
            && s.attached(e)
            && s.attached(e + 1)
            && name_word(s, d, e + 1))
            || (s.punct_in(e, &["&"]) && name_word(s, d, e + 1))
            || (s.punct_in(e, &[","]) && s.has(e + 1, ORG_SUFFIX) && s.cap(e + 1))
        {
            e += 2; // attached hyphens, "&", "Google, Inc"
        } else if s.word_in(e, &["and"]) && name_word(s, d, e + 1) && org_of(s, i, e) {
            e += 2; // "Department of Housing and Urban Development"
        } else {
            break;
        }
    }
    e
}

/// True when `[a, e)` holds an organisation word followed by "of" ("Ministry of Industry ...").
fn org_of(s: &Scan, a: usize, e: usize) -> bool {
    (a..e).any(|k| s.has(k, ORG) && s.word_in(k + 1, &["of"]))
}

/// Finds and labels the capitalised sequences of one sentence.
pub(crate) fn sentence_names(s: &Scan, d: &mut DocState) {
    let mut i = s.a;
    while i < s.b {
        if !name_word(s, d, i) {
            i += 1;
            continue;
        }
        let end = seq_end(s, d, i);
        let mut start = i;
        while start < end && (s.has(start, STOP) || s.kind(start) != Some(Kind::Word)) {
            start += 1;
        }
        if start < end && !d.headline(start) {
            let institution = super::institutions::head_before(s, start)
                .filter(|&head| (head..start).all(|k| !d.taken(k) && !d.blocked(k)));
            match (institution, super::streets::after_street_word(s, start)) {
                (Some(head), _) => emit(d, head, end, EntityLabel::Org),
                (None, true) => emit(d, start, end, EntityLabel::Loc),
                (None, false) => classify(s, d, start, end),
            }
        }
        i = end;
    }
}

fn count_words(s: &Scan, a: usize, b: usize) -> usize {
    (a..b).filter(|&k| s.cap(k)).count()
}

fn any_flag(s: &Scan, a: usize, b: usize, f: u32) -> bool {
    (a..b).any(|k| s.has(k, f))
}

fn emit(d: &mut DocState, start: usize, end: usize, label: EntityLabel) {
    d.add(Hit { start, end, label });
}

/// Labels one sequence `[a, b)` (or its parts).
fn classify(s: &Scan, d: &mut DocState, a: usize, b: usize) {
    if a >= b {
        return;
    }
    // "Губернатор Московской области": Russian adjectives before a lower-case word for a region
    let region = super::cyrillic::region_start(s, a, b).filter(|&k| !at_sentence_start(s, k));
    if let Some(k) = region {
        classify(s, d, a, k);
        emit(d, k, b + 1, EntityLabel::Loc);
        return;
    }
    // "Следственного комитета", "Полтавської обласної ради": a capitalised adjective, lower-case
    // adjectives and a word for an organisation
    let organisation =
        super::cyrillic::organisation_span(s, a, b).filter(|&(k, _)| !at_sentence_start(s, k));
    if let Some((k, e)) = organisation {
        classify(s, d, a, k);
        emit(d, k, e, EntityLabel::Org);
        return;
    }
    if title_split(s, d, a, b) {
        return;
    }
    // "Ana Silva of the World Bank": the organisation word is only after the connector
    if let Some(c) =
        (a + 1..b).find(|&k| s.has(k, CONNECTOR) && !s.cap(k) && !s.word_in(k, &["'s", "’s"]))
    {
        if !any_flag(s, a, c, ORG | LOC) && any_flag(s, c, b, ORG | LOC) {
            classify(s, d, a, c);
            let k = (c..b).find(|&k| s.cap(k)).unwrap_or(b);
            classify(s, d, k, b);
            return;
        }
    }
    let words = count_words(s, a, b);
    if (a..b).all(|k| !s.cap(k) || s.upper(k)) {
        d.unlabelled.push((a, b));
        return; // all capitals: headline or acronym run, no word cues
    }
    // "Kia Motor Corp of South Korea": a legal-form suffix ends the organisation
    if let Some(k) = (a..b.saturating_sub(1)).find(|&k| s.has(k, ORG_SUFFIX) && s.cap(k)) {
        let mut e = k + 1;
        if s.glued_period(e) {
            e += 1;
        }
        e = second_suffix_end(s, e);
        emit(d, a, e, EntityLabel::Org);
        let rest = (e..b).find(|&j| s.cap(j)).unwrap_or(b);
        classify(s, d, rest, b);
        return;
    }
    if any_flag(s, a, b, ORG) && words >= 2 {
        // a given name and a capitalised word after them start a person (`Audiencia Nacional
        // Fernando Grande Marlaska`); right after the head word when the organisation completes a
        // title (`presidente del Consiglio Giorgia Meloni`), where no name of its own follows it
        // (there a given name of any list counts; elsewhere one of the rules' lexicon only, as
        // other lists hold words that name places too: `Club Atlético Santa Rita`)
        let title = completes_title(s, a);
        let given = |k: usize| {
            (s.has(k, GIVEN) || (title && given_anywhere(s, k)))
                && s.cap(k)
                && s.cap(k + 1)
                && any_flag(s, a, k, ORG)
        };
        let first = if title { a + 1 } else { a + 2 };
        if let Some(k) = (first..b.saturating_sub(1)).find(|&k| given(k)) {
            classify(s, d, a, k);
            return classify(s, d, k, b);
        }
        let mut e = b;
        if s.has(b - 1, ORG_SUFFIX) && s.glued_period(b) {
            e = second_suffix_end(s, e + 1);
        }
        // an article capitalised because it opens the sentence is not the name's (`La Comisión
        // Europea`, `Il Politecnico di Milano`); inside a sentence it is in lower case. A listed
        // name keeps its article (`Los Angeles Police Department`).
        let article = (at_sentence_start(s, a) || s.after_dateline(a))
            && s.word_in(a, SENTENCE_ARTICLES)
            && !d.gaz_covers(a);
        let start = if article { a + 1 } else { a };
        emit(d, start, e, EntityLabel::Org);
        return;
    }
    if words >= 2 && (s.has(b - 1, LOC) || (s.has(a, LOC) && s.has(a + 1, CONNECTOR))) {
        emit(d, a, b, EntityLabel::Loc);
        return;
    }
    if given_name(s, d, a, b, words) {
        emit(d, a, b, EntityLabel::Per);
        return;
    }
    // "России Владимир Путин" (Russia's Vladimir Putin): listed words, then a given name
    let k = after_listed_words(s, d, a, b);
    if k > a && given_name(s, d, k, b, count_words(s, k, b)) {
        emit(d, k, b, EntityLabel::Per);
        return;
    }
    // "с госсекретарём США Энтони Блинкеном" (with US Secretary of State Antony Blinken): a
    // lower-case role noun, listed words (the country keeps its own hit), then the name
    if let Some(k) = name_after_role_and_list(s, d, a, b) {
        emit(d, k, b, EntityLabel::Per);
        return;
    }
    // "Präsidenten Emmanuel Macron": in a language that capitalises every noun, a run of
    // capitalised words often starts with nouns before the name; a given name further on starts it
    if d.noun_caps {
        // any list's given names (`Trainer Julian Schuster`, `Bundesbauministerin Klara Wendtland`)
        let later = (a + 1..b).find(|&k| s.cap(k) && given_anywhere(s, k));
        let person = |k: usize| {
            let words = count_words(s, k, b);
            given_name_rest(s, d, k, b, words)
        };
        if let Some(k) = later.filter(|&k| person(k)) {
            classify(s, d, a, k);
            emit(d, k, b, EntityLabel::Per);
            return;
        }
    }
    if let Some(label) = context_cue(s, d, a, b, words) {
        // "Later Abbas said", "Broker Khurshid Alam said": an everyday word capitalised because it
        // opens the sentence is not the person's; nor is a word before a given name there
        // ("Frontman Alex Turner told")
        let opener = label == EntityLabel::Per
            && words >= 2
            && at_sentence_start(s, a)
            && !s.has(a, GIVEN)
            && (super::common_words::is_common_english(s.t.s(a))
                || (words >= 3 && role_like(s, a) && s.cap(a + 1) && given_anywhere(s, a + 1)));
        let start = if opener { a + 1 } else { a };
        emit(d, start, b, label);
        return;
    }
    if let Some(label) = free_run(s, d, a, b)
        .then(|| super::cyrillic::cyrillic_label(s, a, b, words, at_sentence_start(s, a)))
        .flatten()
    {
        emit(d, a, b, label);
        return;
    }
    // "мером Харкова Ігорем Тереховим": listed words (the place keeps its own hit), then a run
    // whose form makes a person
    let unlisted = first_unlisted(d, a, b);
    if unlisted > a && unlisted < b && free_run(s, d, unlisted, b) {
        let rest = count_words(s, unlisted, b);
        if let Some(label) = super::cyrillic::cyrillic_label(s, unlisted, b, rest, false) {
            emit(d, unlisted, b, label);
            return;
        }
    }
    d.unlabelled.push((a, b));
}

/// Past a second legal-form suffix right after the one ending at `e` (`Honda Motor Co. Ltd.`,
/// `Sony Group Corp. Ltd.`), with its period; else `e`.
fn second_suffix_end(s: &Scan, e: usize) -> usize {
    if !(s.ok(e) && s.has(e, ORG_SUFFIX) && s.cap(e) && !s.attached(e)) {
        return e;
    }
    if s.glued_period(e + 1) {
        e + 2
    } else {
        e + 1
    }
}

/// Definite articles of the Romance, Dutch and German languages, which a name after one at a
/// sentence start does not include unless a list says so (`La Paz` and `Le Monde` are list hits).
pub(crate) const SENTENCE_ARTICLES: &[&str] = &[
    "la", "le", "les", "l'", "el", "los", "las", "il", "lo", "gli", "o", "os", "a", "as", "de",
    "het", "der", "die", "das",
];

/// "Peter Blackburn", "John F. Kennedy": two or three words led by a common given name.
fn given_name(s: &Scan, d: &DocState, a: usize, b: usize, words: usize) -> bool {
    s.has(a, GIVEN) && given_name_rest(s, d, a, b, words)
}

/// [`given_name`] but for the given name itself: what the words after it must be.
fn given_name_rest(s: &Scan, d: &DocState, a: usize, b: usize, words: usize) -> bool {
    (2..=3).contains(&words)
        && !(a + 1..b).any(|k| s.has(k, NOT_NAME) || d.gaz_covers(k))
        && !has_acronym(s, a, b)
        && !(a..b).any(|k| s.punct_in(k, &["&"]) || s.word_in(k, &["of", "for", "'s", "’s"]))
    // "Douglas & Lomason"; "Tony's Pizzeria" (a business named after its owner)
}

/// Whether token `k` reads like an English noun for a role (`Frontman`, `Petitioner`,
/// `Guitarist`) and is no listed given name (`Oliver`, `Elden`... are not role nouns).
fn role_like(s: &Scan, k: usize) -> bool {
    let word = s.t.s(k).to_lowercase();
    ["man", "woman", "er", "or", "ist", "ian", "ant", "ent", "ee"]
        .iter()
        .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
        && !given_anywhere(s, k)
}

/// Whether the run starting at `a` completes a title: a title word, then one or two lower-case
/// connectors or articles (`presidente del`, `President of the`, `ministre de la`).
fn completes_title(s: &Scan, a: usize) -> bool {
    let joins = |k: usize| !s.cap(k) && (s.has(k, CONNECTOR) || s.has(k, STOP));
    let title = |k: usize| s.has(k, TITLE) && s.kind(k) == Some(Kind::Word);
    let (one, two, three) = (a.wrapping_sub(1), a.wrapping_sub(2), a.wrapping_sub(3));
    s.ok(one) && joins(one) && (title(two) || (s.ok(two) && joins(two) && title(three)))
}

/// Whether token `k` is a given name of the rules' lexicon or of the models' name lists.
fn given_anywhere(s: &Scan, k: usize) -> bool {
    s.has(k, GIVEN) || crate::tagger::names::is_listed_given_name(s.t.s(k))
}

/// Whether `[a, b)` holds an all-capital word of two or more letters (an acronym, or shouting).
fn has_acronym(s: &Scan, a: usize, b: usize) -> bool {
    (a..b).any(|k| s.upper(k) && s.t.s(k).chars().count() > 1)
}

/// Whether the run `[a, b)` is free for a cue: no word that is never a name, none a list covers.
fn free_run(s: &Scan, d: &DocState, a: usize, b: usize) -> bool {
    !any_flag(s, a, b, NOT_NAME) && !(a..b).any(|k| d.gaz_covers(k))
}

/// Whether token `a` starts its sentence (maybe after one punctuation mark).
fn at_sentence_start(s: &Scan, a: usize) -> bool {
    a == s.a || (a == s.a + 1 && s.kind(s.a) == Some(Kind::Punct))
}

#[path = "names_titles.rs"]
mod titles;
use titles::{after_listed_words, first_unlisted, name_after_role_and_list, title_split};
#[path = "names_cues.rs"]
mod cues;
use cues::context_cue;
