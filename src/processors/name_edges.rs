//! Where model spans end. Dates glued to names in Chinese text: Chinese writes no space between a
//! name and the weekday after it (`魏哲家周四在新竹表示`, "Wei Zhejia said on Thursday in
//! Hsinchu"), and the character model sometimes runs the name on into the date. The rules know the
//! date (`周四`), so a model span that ends with a date or time the rules found ends before it, and
//! the merge then keeps both.
//!
//! Suffixes after an apostrophe in Turkish and Azerbaijani: they write a name's case ending after
//! one (`Hakan Fidan'ın`, "Hakan Fidan's"; `Ankara'da`, "in Ankara"), which the models read as
//! part of one token, so their spans carry the suffix. In sentences of those languages a span that
//! ends with an apostrophe and a few lower-case letters after a name of three or more letters ends
//! before the apostrophe. Not in other languages: UNER's Danish and Croatian gold, on UD's
//! tokens, includes such a suffix (`EU's`), and cutting it there cost da 0.5 and hr 0.15 F1.
//!
//! A period after an acronym that ends the sentence (`na Ministerstve dopravy SR.`) is the full stop,
//! no part of the name: the models' tokenizer keeps such a period with its word as an
//! abbreviation's. (After a regnal number, `Karol VI.`, Slovak writes the ordinal's period: UNER's
//! Slovak dev gold has it inside the name 7 times and outside 11, and cutting it gained as many
//! spans as it lost, so it is left alone.)

use crate::annotation::{Candidate, EntityLabel, SentenceView};
use std::collections::HashMap;

/// The models of languages written without spaces, whose spans may swallow a date.
const UNSPACED_MODELS: [&str; 2] = ["zh", "ja"];

/// Cuts the rules' dates and times off the end of model spans of an unspaced language's model.
pub(crate) fn cut_trailing_dates(lang: &str, tagged: &mut Vec<Candidate>, rules: &[Candidate]) {
    if !UNSPACED_MODELS.contains(&lang) {
        return;
    }
    // the rules' dates by their end (a document may hold many: no scan per span)
    let mut dates: HashMap<usize, Vec<usize>> = HashMap::new();
    for r in rules {
        if matches!(r.label, EntityLabel::Date | EntityLabel::Time) {
            dates.entry(r.range.end).or_default().push(r.range.start);
        }
    }
    if dates.is_empty() {
        return;
    }
    for name in tagged.iter_mut() {
        let start = dates.get(&name.range.end).and_then(|starts| {
            starts
                .iter()
                .copied()
                .filter(|s| *s > name.range.start)
                .min()
        });
        if let Some(start) = start {
            name.range.end = start;
        }
    }
    tagged.retain(|c| c.range.start < c.range.end);
}

/// Longest suffix cut off after an apostrophe (`'ndan`, `'daki`, `'nın`).
const MAX_SUFFIX_CHARS: usize = 5;

/// Languages whose names take a suffix after an apostrophe.
const APOSTROPHE_SUFFIX_LANGS: [&str; 2] = ["tr", "az"];

/// Cuts a lower-case suffix after an apostrophe off the end of the model spans in sentences of
/// Turkish or Azerbaijani (see the module comment).
pub(crate) fn cut_apostrophe_suffixes(
    sentences: &[SentenceView],
    text: &str,
    tagged: &mut [Candidate],
) {
    let suffixed: Vec<(usize, usize)> = sentences
        .iter()
        .filter(|s| APOSTROPHE_SUFFIX_LANGS.contains(&s.lang))
        .map(|s| s.range)
        .collect();
    if suffixed.is_empty() {
        return;
    }
    for name in tagged.iter_mut() {
        let start = name.range.start;
        if !suffixed.iter().any(|&(a, b)| a <= start && start < b) {
            continue;
        }
        let Some(span) = text.get(name.range.clone()) else {
            continue;
        };
        let Some((at, mark)) = span
            .char_indices()
            .rfind(|&(_, c)| c == '\'' || c == '\u{2019}')
        else {
            continue;
        };
        let suffix = span.get(at + mark.len_utf8()..).unwrap_or("");
        let head = span.get(..at).unwrap_or("");
        let suffix_chars = suffix.chars().count();
        let is_suffix = (1..=MAX_SUFFIX_CHARS).contains(&suffix_chars)
            && suffix.chars().all(char::is_lowercase);
        let named = head
            .chars()
            .rev()
            .take(3)
            .filter(|c| c.is_alphabetic())
            .count()
            == 3;
        if is_suffix && named {
            name.range.end = name.range.start + at;
        }
    }
}

/// An acronym of two or more capitals, not a legal form (`Ltd.`, `LTD.`, `INC.` keep their period)
/// nor a regnal number (`Jána Pavla II.`).
fn acronym(word: &str) -> bool {
    word.chars().count() >= 2
        && word.chars().all(char::is_uppercase)
        && !word
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
        && !["LTD", "INC", "CO", "CORP", "PLC", "LLC", "BHD", "PVT"].contains(&word)
}

/// Cuts a final period off model spans that end their sentence with an acronym (see the module
/// comment).
pub(crate) fn cut_final_periods(sentences: &[SentenceView], text: &str, tagged: &mut [Candidate]) {
    // sentences are in document order: a binary search by their ends
    let ends_sentence = |end: usize| sentences.binary_search_by_key(&end, |s| s.range.1).is_ok();
    for name in tagged.iter_mut() {
        let Some(head) = text
            .get(name.range.clone())
            .and_then(|span| span.strip_suffix('.'))
        else {
            continue;
        };
        let last = head.rsplit(char::is_whitespace).next().unwrap_or("");
        if ends_sentence(name.range.end) && acronym(last) {
            name.range.end -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntitySource;

    fn cand(range: std::ops::Range<usize>, label: EntityLabel, source: EntitySource) -> Candidate {
        Candidate {
            range,
            label,
            source,
            confidence: None,
        }
    }

    #[test]
    fn a_weekday_after_a_chinese_name_is_cut_off() {
        let text = "魏哲家周四在新竹表示";
        let name_end = "魏哲家周四".len();
        let date_start = "魏哲家".len();
        let rules = vec![cand(
            date_start..name_end,
            EntityLabel::Date,
            EntitySource::Rule,
        )];
        let mut tagged = vec![cand(0..name_end, EntityLabel::Per, EntitySource::Model)];
        cut_trailing_dates("zh", &mut tagged, &rules);
        assert_eq!(tagged[0].range, 0..date_start);
        assert_eq!(text.get(tagged[0].range.clone()), Some("魏哲家"));
        // a spaced language's model keeps its spans; so does a name that is only the date
        let mut english = vec![cand(0..name_end, EntityLabel::Per, EntitySource::Model)];
        cut_trailing_dates("en", &mut english, &rules);
        assert_eq!(english[0].range, 0..name_end);
        let mut same = vec![cand(
            date_start..name_end,
            EntityLabel::Per,
            EntitySource::Model,
        )];
        cut_trailing_dates("zh", &mut same, &rules);
        assert_eq!(same[0].range, date_start..name_end);
    }

    #[test]
    fn a_suffix_after_an_apostrophe_is_cut_off_in_turkish_sentences_only() {
        let text = "Hakan Fidan'ın Ankara’da Hawai'i O'Neil Ta'izz. Anna's";
        let span = |w: &str| {
            let a = text.find(w).unwrap_or(0);
            cand(a..a + w.len(), EntityLabel::Per, EntitySource::Model)
        };
        let words = [
            "Hakan Fidan'ın",
            "Ankara’da",
            "Hawai'i",
            "O'Neil",
            "Ta'izz",
            "Anna's",
        ];
        let mut tagged: Vec<Candidate> = words.iter().map(|w| span(w)).collect();
        let split = text.find("Anna").unwrap_or(0);
        let sentences = [
            SentenceView {
                range: (0, split - 1),
                lang: "tr",
            },
            SentenceView {
                range: (split, text.len()),
                lang: "da",
            },
        ];
        cut_apostrophe_suffixes(&sentences, text, &mut tagged);
        let got: Vec<&str> = tagged.iter().map(|c| &text[c.range.clone()]).collect();
        // an upper-case letter after the apostrophe, or fewer than three letters before it, is
        // no suffix; the Danish sentence keeps its genitive as UNER's gold does
        assert_eq!(
            got,
            [
                "Hakan Fidan",
                "Ankara",
                "Hawai",
                "O'Neil",
                "Ta'izz",
                "Anna's"
            ]
        );
    }

    #[test]
    fn a_full_stop_after_an_acronym_that_ends_the_sentence_is_cut_off() {
        let text =
            "Je na Ministerstve dopravy SR. Pracuje v Apple Inc. Bol v U.S. A SR. je Pius XII.";
        let span = |w: &str| {
            let a = text.find(w).unwrap_or(0);
            cand(a..a + w.len(), EntityLabel::Org, EntitySource::Model)
        };
        let mut tagged = vec![
            span("Ministerstve dopravy SR."),
            span("Apple Inc."),
            span("U.S."),
            span("A SR."),
            span("Pius XII."),
        ];
        // five sentences; `A SR.` does not end one
        let mut sentences = Vec::new();
        let mut start = 0;
        for end in ["SR. ", "Inc. ", "U.S. ", "je "] {
            let e = text[start..].find(end).unwrap_or(0) + start + end.len() - 1;
            sentences.push(SentenceView {
                range: (start, e),
                lang: "sk",
            });
            start = e + 1;
        }
        sentences.push(SentenceView {
            range: (start, text.len()),
            lang: "sk",
        });
        cut_final_periods(&sentences, text, &mut tagged);
        let got: Vec<&str> = tagged.iter().map(|c| &text[c.range.clone()]).collect();
        // a legal form, a dotted abbreviation and a regnal number keep their period; inside a
        // sentence it stays
        let want = [
            "Ministerstve dopravy SR",
            "Apple Inc.",
            "U.S.",
            "A SR.",
            "Pius XII.",
        ];
        assert_eq!(got, want);
    }
}
