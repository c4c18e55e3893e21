//! Clean-up of the tagger's spans before they become candidates: conventions of the corpora that
//! a model trained on news cannot learn from its data. A span holding a URL, an e-mail address or
//! a file name is dropped; a person's span loses a leading title or greeting (`Dr. Dorn`, `Dear
//! Nina`, `Hey Vladi` -> the name only, as CoNLL-2003 and UNER mark it); trailing `!`, `?`, `,`,
//! `;` and `:` tokens are cut off (a period may end an abbreviation, a bracket closes a name).
//! `join` then rejoins names that e-mail conventions split (`John Griffith@ENRON`,
//! `"Townsend, George"`), company forms (`Google, Inc.`) and `Gulf of Mexico`.

pub(crate) use super::events::{place_events, storm_names};
pub(crate) use super::places::english_places;
use crate::langid::script::{script_of, Script};
use std::ops::Range;

/// File extensions that make a token a file name (`report.pdf`), never a name in the corpora.
const FILE_EXTENSIONS: &[&str] = &[
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "htm", "html", "txt", "csv", "jpg", "jpeg",
    "png", "gif", "zip", "exe", "mp3", "wav", "avi",
];

/// Words (lower case, without a final period) that start no person's name: titles, offices and
/// greetings. In CoNLL-2003 train and dev and in every UNER split here, no PER span starts with one
/// of the offices (`Gov. Ron DeSantis`, `Chairman Mao`, `Coach Smith` -> the name only); `King`,
/// `Prince` and `Pope` do, so they stay.
const NOT_IN_PER: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "doctor",
    "prof",
    "sir",
    "dear",
    "hi",
    "hey",
    "hello",
    "thanks",
    "welcome",
    "aunt",
    "uncle",
    "gov",
    "governor",
    "sen",
    "senator",
    "rep",
    "gen",
    "general",
    "president",
    "chair",
    "chairman",
    "chairwoman",
    "minister",
    "judge",
    "coach",
];

/// Titles of other languages, cut off a person's span by the multilingual fallback model (`xx`,
/// which reads French, Spanish, Italian, Dutch... without a model of their own): `M. Laurent Girard`,
/// `Sra. Ruiz`, `Me Rodolphe Bosselut` (Maître, a French lawyer's title), `avv. Marco Rossi`. Not
/// for the language models: `M.` is an initial in English.
const NOT_IN_PER_FALLBACK: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "me", "mgr", "sr", "sra", "srta", "sig", "sigra", "avv",
    "dott", "ing", "dhr", "mevr", "hr", "fr",
];

/// Words that name nobody alone: all-capital abbreviations of chat, mail, business and technology
/// writing (`LMAO`, `FYI`, `SVP`, `RFP`, `AI`, `GDP`), whose shape a model reads as an acronym of
/// an organisation, and articles. None of them is ever an entity alone in CoNLL-2003 or the UNER
/// training splits (`PS`, `ETA`, `PSA` and `TV` are, so they are not listed).
const NEVER_NAMES: &[&str] = &[
    "LOL", "LMAO", "ROFL", "OMG", "FYI", "BTW", "IMO", "IMHO", "ASAP", "RSVP", "TBD", "TBA", "FAQ",
    "AKA", "DIY", "RIP", "SVP", "EVP", "VP", "CEO", "CFO", "COO", "CTO", "RFP", "OK", "USB", "PDF",
    "HTML", "URL", "GPS", "ATM", "SUV", "AI", "IT", "API", "GDP", "CPU", "GPU", "LLM", "ETF",
    "VAT", "DNA", "SMS", "GMO", "NGO", "NGOs", "VR",
    // articles, capitalised at a sentence start (the fallback model read `Le` in `Le 3 mars 2025,
    // la société ...` as an organisation); `Das`, `Des`, `Del`, `Della` and `Una` name a person,
    // an organisation or a place alone in the training sets
    "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Gli", "Der", "Die", "Het", "De", "Den",
    "Det", "Un", "Une", "Uno", "Ein", "Eine", "Du",
];

/// Whether a token is a URL, an e-mail address, a file name or an identifier with underscores:
/// the corpora never tag them, and the features of such rare shapes carry no weight, so the model
/// would guess from the letters alone.
fn is_address(word: &str) -> bool {
    if word.contains("://") || word.contains('@') || word.contains('_') {
        return true;
    }
    // a lower-case dotted name (`cogeco.ca`, the newsgroup `alt.animals.dog`): a host or group
    if !word.ends_with('.')
        && word.contains('.')
        && word
            .split('.')
            .all(|p| p.len() >= 2 && p.chars().all(|c| c.is_lowercase() || c == '-'))
    {
        return true;
    }
    let lower = word.to_ascii_lowercase();
    lower.starts_with("www.")
        || lower
            .rsplit_once('.')
            .is_some_and(|(stem, ext)| !stem.is_empty() && FILE_EXTENSIONS.contains(&ext))
}

/// The cleaned token span of a predicted entity (`per`: it is a person) of a model of language
/// `lang`, or `None` to drop it.
pub(crate) fn clean(
    text: &str,
    toks: &[Range<usize>],
    mut span: Range<usize>,
    per: bool,
    lang: &str,
) -> Option<Range<usize>> {
    let word = |i: usize| token_text(text, toks, i);
    if span.clone().any(|i| is_address(word(i))) {
        return None;
    }
    if span.len() == 1 && NEVER_NAMES.contains(&word(span.start)) {
        return None;
    }
    while per && span.len() > 1 {
        let lower = word(span.start).trim_end_matches('.').to_lowercase();
        let foreign = lang == super::FALLBACK_LANG && NOT_IN_PER_FALLBACK.contains(&lower.as_str());
        if !NOT_IN_PER.contains(&lower.as_str()) && !foreign {
            break;
        }
        span.start += 1;
        // a title the tokeniser split from its period (`Sra` `.`)
        if span.len() > 1 && word(span.start) == "." {
            span.start += 1;
        }
    }
    while span.len() > 1
        && !word(span.end - 1).is_empty()
        && word(span.end - 1)
            .chars()
            .all(|c| matches!(c, '!' | '?' | ',' | ';' | ':'))
    {
        span.end -= 1;
    }
    (!span.is_empty()).then_some(span)
}

/// Whether `word` is a Roman numeral from II to XXXIX (`I` is left out: the English pronoun).
fn is_regnal(word: &str) -> bool {
    let tens = word.trim_start_matches('X');
    let ones = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "I", ""];
    word.len() - tens.len() <= 3 && ones.contains(&tens) && word != "I" && !word.is_empty()
}

/// The text of token `i` (empty when out of range).
pub(crate) fn token_text<'a>(text: &'a str, toks: &[Range<usize>], i: usize) -> &'a str {
    toks.get(i).and_then(|t| text.get(t.clone())).unwrap_or("")
}

/// Extends person spans over a following regnal number and the period written right after it
/// (`Jána Pavla` `II` `.`, `Karol` `VI`, `John Paul II`), when those tokens are in no other span.
/// `spans` are sorted and disjoint (tokens, label index); `per` is the person label index.
pub(crate) fn take_regnal(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut [(Range<usize>, usize)],
    per: Option<usize>,
) {
    let word = |i: usize| token_text(text, toks, i);
    let gap = |i: usize| match (toks.get(i), toks.get(i + 1)) {
        (Some(a), Some(b)) => text.get(a.end..b.start).unwrap_or(" ").to_string(),
        _ => " ".to_string(),
    };
    for k in 0..spans.len() {
        let next_start = spans.get(k + 1).map_or(toks.len(), |s| s.0.start);
        let Some((span, label)) = spans.get_mut(k) else {
            continue;
        };
        if Some(*label) != per || span.end >= next_start || !is_regnal(word(span.end)) {
            continue;
        }
        if gap(span.end - 1) != " " {
            continue;
        }
        span.end += 1;
        if span.end < next_start && word(span.end) == "." && gap(span.end - 1).is_empty() {
            span.end += 1;
        }
    }
}

/// Languages written in Latin script only: their models never saw another script in training, so
/// a span with no Latin letter (`Ελλάδα` or `Москва` inside an English document) is a guess from
/// the token's shape alone and is dropped. Serbian is written in both scripts and is not listed.
/// The fallback (`xx`) keeps Cyrillic spans too: it is given the Cyrillic sentences of languages
/// without a model, and reads Cyrillic letters as Latin ones (`super::cyrillic`).
const LATIN_ONLY_LANGS: &[&str] = &[
    "en", "hr", "da", "pt", "sk", "sv", "xx", "de", "fr", "es", "it", "nl", "pl", "cs", "sl", "ro",
    "hu", "fi", "et", "lv", "lt", "tr", "id", "ms", "vi", "no", "nb", "nn", "is", "ga", "ca", "eu",
];

/// Whether a model of language `lang` may keep `span`: any span for a language not known to be
/// Latin-only, else a span with at least one Latin letter.
pub(crate) fn in_model_script(
    text: &str,
    toks: &[Range<usize>],
    span: &Range<usize>,
    lang: &str,
) -> bool {
    if !LATIN_ONLY_LANGS.contains(&lang) {
        return true;
    }
    let cyrillic_too = lang == super::FALLBACK_LANG;
    span_words(text, toks, span).any(|w| {
        w.chars().any(|c| {
            c.is_alphabetic()
                && match script_of(c) {
                    Script::Latin => true,
                    Script::Cyrillic => cyrillic_too,
                    _ => false,
                }
        })
    })
}

/// Whether a word of the span starts with an upper-case letter.
pub(crate) fn has_capital(text: &str, toks: &[Range<usize>], span: &Range<usize>) -> bool {
    span_words(text, toks, span).any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The words of token span `span`.
fn span_words<'a>(
    text: &'a str,
    toks: &'a [Range<usize>],
    span: &Range<usize>,
) -> impl Iterator<Item = &'a str> {
    toks.get(span.clone())
        .unwrap_or(&[])
        .iter()
        .filter_map(move |t| text.get(t.clone()))
}

/// The bytes of token span `span` (from its first token's start to its last token's end).
pub(crate) fn span_bytes(toks: &[Range<usize>], span: &Range<usize>) -> Option<Range<usize>> {
    let (first, last) = (toks.get(span.start)?, toks.get(span.end.checked_sub(1)?)?);
    Some(first.start..last.end)
}

/// Company-form words that follow an organisation's name after a comma (`Google, Inc.`).
const COMPANY_FORMS: &[&str] = &[
    "inc", "inc.", "ltd", "ltd.", "llc", "l.p.", "corp", "corp.", "co.", "plc", "gmbh",
];

/// Geographic feature words that take `of PLACE` into the place's name (`Gulf of Mexico`).
const FEATURES: &[&str] = &[
    "gulf", "bay", "sea", "strait", "straits", "isle", "isles", "island", "islands", "cape",
    "lake", "mount", "coast",
];

/// Joins the cleaned spans of one sentence (sorted, not overlapping; `(tokens, label index)`)
/// where e-mail conventions split one name: a Lotus Notes address `John Griffith@ENRON` (a person
/// span directly followed by `@WORD`) is one person, an Outlook sender `"Townsend, George"` (a
/// quoted `Last, First` with a person span in it) is one person, and an organisation followed by
/// `, Inc.` (or `Ltd.`, `LLC`, `L.P.`, ...) takes it in; a place span ending in a feature word and
/// followed by `of PLACE` takes the place in (`Gulf` `of` `Mexico`). `per`, `org` and `loc` are
/// the label indices.
pub(crate) fn join(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut Vec<(Range<usize>, usize)>,
    per: Option<usize>,
    org: Option<usize>,
    loc: Option<usize>,
) {
    let word = |i: usize| token_text(text, toks, i);
    // token i ends where token i + 1 starts (no space between them)
    let glued = |i: usize| match (toks.get(i), toks.get(i + 1)) {
        (Some(a), Some(b)) => a.end == b.start,
        _ => false,
    };
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut out: Vec<(Range<usize>, usize)> = Vec::with_capacity(spans.len());
    let mut i = 0;
    while i < spans.len() {
        let (mut span, label) = spans[i].clone();
        i += 1;
        let e = span.end;
        let address = Some(label) == per
            && word(e) == "@"
            && glued(e - 1)
            && glued(e)
            && !word(e + 1).is_empty()
            && word(e + 1).chars().all(|c| c.is_alphanumeric());
        let company = Some(label) == org
            && word(e) == ","
            && COMPANY_FORMS.contains(&word(e + 1).to_lowercase().as_str());
        if address || company {
            span.end = e + 2;
        }
        // `Gulf` `of` `Mexico`: a water or land feature of a place is one place
        let next = spans.get(i).map(|n| (n.0.clone(), n.1));
        if let Some((n, nl)) = next {
            if nl == label
                && Some(label) == loc
                && n.start == span.end + 1
                && word(span.end) == "of"
                && FEATURES.contains(&word(span.end - 1).to_lowercase().as_str())
            {
                span.end = n.end;
            }
        }
        // `"Last, First"`: the quoted pair becomes one person
        if let Some(p) = per {
            let q = |k: usize| matches!(word(k), "\"" | "“" | "”");
            for a in span.start.saturating_sub(2)..=span.start {
                if label == p
                    && a >= 1
                    && q(a - 1)
                    && word(a + 1) == ","
                    && q(a + 3)
                    && cap(word(a))
                    && cap(word(a + 2))
                    && word(a).chars().all(char::is_alphabetic)
                    && word(a + 2).chars().all(char::is_alphabetic)
                    && span.start >= a
                    && span.end <= a + 3
                {
                    span = a..a + 3;
                    break;
                }
            }
        }
        // later spans inside the widened one are absorbed
        while i < spans.len() && spans[i].0.start < span.end {
            i += 1;
        }
        while out.last().is_some_and(|l| l.0.end > span.start) {
            out.pop();
        }
        out.push((span, label));
    }
    *spans = out;
}

#[cfg(test)]
#[path = "spans_tests.rs"]
mod tests;
