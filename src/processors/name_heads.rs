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

/// Last words of places: in CoNLL-2003 train every span of two or more words ending with one of
/// the first ten is LOC (`Persian Gulf`, `Pacific Ocean`, `Rhine River`; `mountain` is not: two
/// ORGs); the rest are of the same kind and occur there in no such span (`Atacama Desert`,
/// `National Stadium`, `Crypto.com Arena`: ORG or MISC from the English model). An organisation
/// or a MISC span that ends with one is a place; a person keeps its label (`Marius Plateau`). Not `airport`: an airport company issues bonds (`Kansai
/// International Airport`, ORG in CoNLL dev).
const LOC_LAST: &[&str] = &[
    "bay",
    "canyon",
    "gulf",
    "islands",
    "mountains",
    "ocean",
    "river",
    "sea",
    "strait",
    "valley",
    "desert",
    "peninsula",
    "glacier",
    "plateau",
    "stadium",
    "arena",
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
        if LOC_LAST.contains(&last.as_str()) && ws.len() >= 2 && c.label != EntityLabel::Per {
            c.label = EntityLabel::Loc;
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

/// What becomes of a fallback model's span that opens its sentence with a capitalised article
/// (`El Real Madrid`, `El Betis`, `La Stampa`).
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum SentenceArticle {
    /// Not such a span, or a name that keeps its article: it is listed with it (`Los Angeles`)
    /// or the document writes it capitalised inside a sentence too (`... en El Salvador`).
    Keep,
    /// A rule or list found the name after the article (`Real Madrid`): the list hit stands.
    Drop,
    /// The name starts at this byte offset, after the article: inside a sentence the article
    /// would be in lower case (`el Betis`), so its capital is the sentence's.
    StartAt(usize),
}

/// Decides what becomes of the fallback model's span `c` (see [`SentenceArticle`]). `ruled`
/// holds the rule and list candidates' byte ranges.
pub(crate) fn sentence_article(
    sentences: &[SentenceView],
    text: &str,
    c: &Candidate,
    ruled: &std::collections::BTreeSet<(usize, usize)>,
) -> SentenceArticle {
    let (start, end) = (c.range.start, c.range.end);
    let Some((span, (article, rest))) = text
        .get(start..end)
        .and_then(|span| Some((span, span.split_once(char::is_whitespace)?)))
    else {
        return SentenceArticle::Keep;
    };
    let rest = rest.trim_start();
    let opens = |at: usize| {
        SentenceView::containing(sentences, at)
            .and_then(|s| text.get(s.range.0..at))
            .is_some_and(opens_after)
    };
    if is_opener(article) && capitalised(article) && opens(start) && !ruled.contains(&(start, end))
    {
        // `Selon Le Goff`, `Ook Arriva`, `Ook de Vereniging`: the name starts at the first
        // capitalised word after the opener and what lower-case words follow it
        let mut at = end - rest.len();
        for word in rest.split_whitespace() {
            if capitalised(word) {
                return SentenceArticle::StartAt(at);
            }
            let after = text.get(at..end).and_then(|tail| tail.get(word.len()..));
            at = after.map_or(end, |after| end - after.trim_start().len());
        }
        return SentenceArticle::Drop;
    }
    if !is_sentence_article(article)
        || !capitalised(article)
        || !capitalised(rest)
        || ruled.contains(&(start, end))
        || !opens(start)
    {
        return SentenceArticle::Keep;
    }
    let rest_start = end - rest.len();
    if ruled.contains(&(rest_start, end)) {
        return SentenceArticle::Drop;
    }
    let written_inside = text
        .match_indices(span)
        .any(|(at, _)| at != start && !opens(at));
    if written_inside {
        SentenceArticle::Keep
    } else if !rest.contains(char::is_whitespace) && head_label(rest).is_some() {
        // `El Ministerio`, `El Estadio`: the article and a word for an institution or a place alone
        // name nothing
        SentenceArticle::Drop
    } else {
        SentenceArticle::StartAt(rest_start)
    }
}

/// Words that open a sentence before a name and are no part of it, in the languages the fallback
/// model reads ("according to", "also", "but", "after", "with"...). Words that are also given
/// names or surnames somewhere are left out (`Per`, `Ma`, `Su`, `Po`, `Na`, `Con`).
const OPENERS: &[&str] = &[
    "selon", "según", "segundo", "secondo", "volgens", "według", "laut", "enligt", "ifølge", "ook",
    "aussi", "también", "também", "anche", "inoltre", "además", "ainda", "mais", "pero", "però",
    "mas", "maar", "ale", "après", "después", "depois", "dopo", "avec", "pour", "para", "durante",
    "pendant", "tijdens", "contre", "contra", "contro", "tegen", "entre", "sans", "senza", "sin",
    "sem", "dla", "toen", "daarna", "bij", "met", "voor", "naar",
];

/// Whether `word` is one of [`OPENERS`] (in any case).
fn is_opener(word: &str) -> bool {
    OPENERS.contains(&word.to_lowercase().as_str())
}

/// Whether a word after `before`, the start of its sentence, opens the sentence: nothing but
/// punctuation before it, or a dateline ending in a dash (`SEVILLA — `, `BERLIN (dpa) - `,
/// `(EFE).- `): capitals and punctuation, with anything in parentheses.
fn opens_after(before: &str) -> bool {
    let mut depth = 0usize;
    let mut outside = String::new();
    for ch in before.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(ch),
            _ => {}
        }
    }
    if !outside.chars().any(char::is_alphanumeric) {
        return true;
    }
    !outside.chars().any(char::is_lowercase) && outside.trim_end().ends_with(['-', '—', '–'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntitySource;

    fn fallback_span(text: &str, name: &str) -> Candidate {
        let at = text.find(name).unwrap_or(0);
        Candidate {
            range: at..at + name.len(),
            label: EntityLabel::Org,
            source: EntitySource::Model,
            confidence: Some(0.9),
        }
    }

    #[test]
    fn spans_ending_with_a_word_for_a_place_are_places() {
        let text = "They crossed the Atacama Desert and the Rocky Mountain firm.";
        let whole = [SentenceView {
            range: (0, text.len()),
            lang: "en",
        }];
        let mut tagged = vec![
            fallback_span(text, "Atacama Desert"),
            fallback_span(text, "Rocky Mountain"),
        ];
        mend(&whole, text, &mut tagged);
        let labels: Vec<EntityLabel> = tagged.iter().map(|c| c.label).collect();
        assert_eq!(labels, vec![EntityLabel::Loc, EntityLabel::Org]);
    }

    #[test]
    fn sentence_articles() {
        let text = "El Betis ganó. El Real Madrid perdió. Viven en El Salvador. El Salvador vota.";
        let sentences: Vec<SentenceView> = [(0, 14), (15, 37), (38, 59), (60, 77)]
            .into_iter()
            .map(|range| SentenceView { range, lang: "es" })
            .collect();
        let real_madrid = text.find("Real Madrid").unwrap_or(0);
        let ruled = [(real_madrid, real_madrid + "Real Madrid".len())].into();
        let decide = |name: &str, nth: usize| {
            let at = text.match_indices(name).nth(nth).map_or(0, |m| m.0);
            let mut c = fallback_span(text, name);
            c.range = at..at + name.len();
            sentence_article(&sentences, text, &c, &ruled)
        };
        assert_eq!(decide("El Betis", 0), SentenceArticle::StartAt(3));
        assert_eq!(decide("El Real Madrid", 0), SentenceArticle::Drop);
        // written with its capital inside a sentence: the article is the name's
        assert_eq!(decide("El Salvador", 1), SentenceArticle::Keep);
        assert_eq!(decide("en El Salvador", 0), SentenceArticle::Keep);
        assert_eq!(decide("Betis", 0), SentenceArticle::Keep);
        let ministry = "El Ministerio abre hoy.";
        let whole = [SentenceView {
            range: (0, ministry.len()),
            lang: "es",
        }];
        let c = fallback_span(ministry, "El Ministerio");
        let none = Default::default();
        assert_eq!(
            sentence_article(&whole, ministry, &c, &none),
            SentenceArticle::Drop
        );
        // an opener is cut, with lower-case words after it; nothing capitalised after: dropped
        let opened = "Selon Le Goff, non. Ook de Vereniging twijfelt. Volgens hem, ja.";
        let sentences: Vec<SentenceView> = [(0, 18), (19, 47), (48, opened.len())]
            .into_iter()
            .map(|range| SentenceView { range, lang: "fr" })
            .collect();
        let decide = |name: &str| {
            let c = fallback_span(opened, name);
            sentence_article(&sentences, opened, &c, &none)
        };
        assert_eq!(decide("Selon Le Goff"), SentenceArticle::StartAt(6));
        let vereniging = opened.find("Vereniging").unwrap_or(0);
        assert_eq!(
            decide("Ook de Vereniging"),
            SentenceArticle::StartAt(vereniging)
        );
        assert_eq!(decide("Volgens hem"), SentenceArticle::Drop);
        assert!(opens_after("SEVILLA — ") && opens_after("BERLIN (dpa) - "));
        assert!(opens_after("(EFE).- ") && opens_after("« "));
        assert!(!opens_after("Ayer ") && !opens_after("Dijo - "));
    }
}
