//! Company words that end an organisation's name and no person's: a person span of two or more
//! tokens ending in one is an organisation (`Marisco Engenharia`, `Hochtief Bau`, `Acme
//! Holdings`). The models see these words rarely, and in a foreign company name the words before
//! them look like a given name and a surname. Every model reads the same list, which holds
//! English words and the company words of the other Latin-script languages users meet in news.

use super::spans::token_text;
use std::ops::Range;

/// Last words of company names, in lower case. Words that are also surnames (`Bank`, `Press`,
/// `Mills`, `Banks`) and words that end a place's name (`Bay`, `Center`) are left out.
const COMPANY_HEADS: &[&str] = &[
    // English
    "holdings",
    "industries",
    "technologies",
    "pharmaceuticals",
    "laboratories",
    "airlines",
    "airways",
    "bancorp",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "llc",
    "plc",
    "enterprises",
    "securities",
    "telecommunications",
    "electronics",
    "petroleum",
    "logistics",
    "motors",
    // Portuguese, Spanish, Italian, French
    "engenharia",
    "construções",
    "construtora",
    "participações",
    "ltda",
    "indústria",
    "indústrias",
    "ingeniería",
    "construcciones",
    "constructora",
    "inmobiliaria",
    "industrias",
    "costruzioni",
    "ingegneria",
    "assicurazioni",
    "assurances",
    // German, Dutch, Nordic
    "gmbh",
    "werke",
    "bau",
    "versicherung",
    "versicherungen",
    "verlag",
    "bouw",
    "verzekeringen",
    "aktiengesellschaft",
    "holding",
];

/// Relabels as organisations the person spans of two or more tokens whose last token is a
/// company word ([`COMPANY_HEADS`]).
pub(crate) fn company_heads(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut [(Range<usize>, usize)],
    per: Option<usize>,
    org: Option<usize>,
) {
    let (Some(per), Some(org)) = (per, org) else {
        return;
    };
    for (span, label) in spans.iter_mut() {
        if *label != per || span.len() < 2 {
            continue;
        }
        let last = span
            .end
            .checked_sub(1)
            .map_or("", |i| token_text(text, toks, i))
            .trim_end_matches('.');
        if COMPANY_HEADS.iter().any(|h| last.to_lowercase() == *h) {
            *label = org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::tokenize;

    #[test]
    fn person_spans_ending_in_a_company_word_become_organisations() {
        let text = "Marisco Engenharia hired Hochtief Bau and Acme Holdings Inc. from Koç Holding and Engenharia";
        let toks = tokenize(text, 0..text.len(), "en");
        let words: Vec<&str> = toks.iter().map(|t| &text[t.clone()]).collect();
        assert_eq!(words.get(7), Some(&"Holdings"));
        let mut spans = vec![(0..2, 0), (3..5, 0), (6..9, 0), (10..12, 0), (13..14, 0)];
        company_heads(text, &toks, &mut spans, Some(0), Some(1));
        let labels: Vec<usize> = spans.iter().map(|s| s.1).collect();
        // a lone company word is left to the model
        assert_eq!(labels, vec![1, 1, 1, 1, 0]);
        // a model without the organisation label keeps its persons
        let mut no_org = vec![(0..2, 0)];
        company_heads(text, &toks, &mut no_org, Some(0), None);
        assert_eq!(no_org[0].1, 0);
    }
}
