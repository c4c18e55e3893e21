//! Acronyms defined in the text: `International Energy Agency (IEA)`, `國際能源署（IEA）`.
//!
//! A document names an organisation in full once, gives its acronym in parentheses, and uses the
//! acronym from then on. The tagger alone often misses the bare acronym (an all-caps word it has
//! never seen), so after decoding each sentence `Acronyms` looks for a tagged name followed by a
//! parenthesised acronym whose letters are the name's initials (or any acronym after a CJK name,
//! which has no initials to check), tags the acronym with the name's label, and tags the later
//! mentions of the acronym in the document the same way. What a definition decides overrides the
//! model's label for the acronym; a mention that overlaps another span is left alone.

use super::spans::token_text as tok;
use std::ops::Range;

/// Acronyms defined so far in one document: (acronym, label index, confidence of the name).
#[derive(Default)]
pub(crate) struct Acronyms {
    defined: Vec<(String, usize, f32)>,
}

/// A span over token indices with its label index.
type Span = (Range<usize>, usize);

/// Whether a token looks like an acronym: 2 to 10 chars, starting with a capital, with at least
/// two capitals, made of letters, digits and `&` only, and not a plural (`GDRs` names a kind of
/// thing, not one organisation).
fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=10).contains(&n)
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word.chars().all(|c| c.is_alphanumeric() || c == '&')
        && !word.chars().any(super::tokenize::is_cjk)
        && !word.ends_with('s')
}

/// Whether the capitals of `acronym` spell initials of the name's words in order, starting with
/// the first word (words such as `of` and `the` may be skipped). A name written in CJK
/// characters has no initials: any acronym is taken.
fn spells_initials(acronym: &str, name_words: &[&str]) -> bool {
    if name_words
        .iter()
        .any(|w| w.chars().any(super::tokenize::is_cjk))
    {
        return true;
    }
    let initials: Vec<char> = name_words
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect();
    let mut letters = acronym.chars().filter(|c| c.is_uppercase());
    let Some(first) = letters.next() else {
        return false;
    };
    if initials.first() != Some(&first) {
        return false;
    }
    let mut rest = initials.iter().skip(1);
    letters.all(|l| rest.any(|&c| c == l))
}

fn is_open(s: &str) -> bool {
    s == "(" || s == "（"
}

fn is_close(s: &str) -> bool {
    s == ")" || s == "）"
}

impl Acronyms {
    /// Finds definitions among one sentence's spans (sorted, token indices) and tags each
    /// defined acronym, then tags mentions of acronyms defined so far. Returns the spans it
    /// added or relabelled, with the confidence of the defining name.
    pub(crate) fn apply(
        &mut self,
        text: &str,
        toks: &[Range<usize>],
        spans: &mut Vec<Span>,
        confidence: impl Fn(&Range<usize>) -> f32,
    ) -> Vec<(Range<usize>, f32)> {
        let mut found = Vec::new();
        for (span, label) in spans.iter() {
            let e = span.end;
            if !(is_open(tok(text, toks, e)) && is_close(tok(text, toks, e + 2))) {
                continue;
            }
            let acronym = tok(text, toks, e + 1);
            let words: Vec<&str> = span.clone().map(|i| tok(text, toks, i)).collect();
            if is_acronym(acronym) && spells_initials(acronym, &words) {
                found.push((acronym.to_string(), *label, confidence(span)));
            }
        }
        for (acronym, label, conf) in found {
            match self.defined.iter_mut().find(|d| d.0 == acronym) {
                Some(d) => (d.1, d.2) = (label, conf),
                None => self.defined.push((acronym, label, conf)),
            }
        }
        let mut changed = Vec::new();
        if self.defined.is_empty() {
            return changed;
        }
        for i in 0..toks.len() {
            let word = tok(text, toks, i);
            let Some((_, label, conf)) = self.defined.iter().find(|d| d.0 == word) else {
                continue;
            };
            let here = i..i + 1;
            match spans.iter_mut().find(|(s, _)| s.start <= i && i < s.end) {
                Some((s, l)) if *s == here => {
                    if *l != *label {
                        *l = *label;
                        changed.push((here, *conf));
                    }
                }
                Some(_) => {}
                None => {
                    spans.push((here.clone(), *label));
                    changed.push((here, *conf));
                }
            }
        }
        spans.sort_by_key(|(s, _)| s.start);
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens split at spaces (the test texts put spaces around brackets).
    fn toks(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (c == ' ', start) {
                (true, Some(s)) => {
                    out.push(s..i);
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn initials() {
        assert!(spells_initials(
            "IEA",
            &["International", "Energy", "Agency"]
        ));
        assert!(spells_initials("BoE", &["Bank", "of", "England"]));
        assert!(spells_initials(
            "OSN",
            &["Organizácia", "spojených", "národov"]
        ));
        assert!(!spells_initials(
            "EU",
            &["International", "Energy", "Agency"]
        ));
        assert!(!spells_initials(
            "AE",
            &["International", "Energy", "Agency"]
        ));
        assert!(spells_initials("IEA", &["國", "際"]));
        assert!(is_acronym("AT&T") && is_acronym("G8A") && is_acronym("BoE"));
        assert!(!is_acronym("Oslo") && !is_acronym("A") && !is_acronym("GDRs"));
    }

    #[test]
    fn tags_the_definition_and_later_mentions() {
        let text = "the International Energy Agency ( IEA ) said so . Later IEA and IEA-like IEA";
        let t = toks(text);
        let mut acr = Acronyms::default();
        let mut spans = vec![(1..4, 1)];
        let changed = acr.apply(text, &t, &mut spans, |_| 0.9);
        assert_eq!(spans, vec![(1..4, 1), (5..6, 1), (11..12, 1), (14..15, 1)]);
        assert_eq!(changed.len(), 3);
        // a later sentence: a mention tagged with another label is relabelled
        let text2 = "IEA spoke";
        let mut spans2 = vec![(0..1, 2)];
        acr.apply(text2, &toks(text2), &mut spans2, |_| 0.5);
        assert_eq!(spans2, vec![(0..1, 1)]);
    }

    #[test]
    fn no_definition_without_matching_initials_or_brackets() {
        let text = "the European Union ( IEA ) and Oslo ( OK";
        let t = toks(text);
        let mut acr = Acronyms::default();
        let mut spans = vec![(1..3, 1), (7..8, 2)];
        assert!(acr.apply(text, &t, &mut spans, |_| 0.9).is_empty());
        assert_eq!(spans, vec![(1..3, 1), (7..8, 2)]);
    }
}
