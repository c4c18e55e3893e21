//! Head words that decide a span's label, or that it names nothing. Company words end an
//! organisation's name and no person's: a person span of two or more tokens ending in one is an
//! organisation (`Marisco Engenharia`, `Hochtief Bau`, `Acme Holdings`); so is a person or place
//! span ending in an institution's word (`Brookings Institution`, `Oxford University`). The models
//! see these words rarely, and in a foreign company name the words before them look like a given
//! name and a surname. Every model reads the same list, which holds English words and the company
//! words of the other Latin-script languages users meet in news. Chinese common nouns alone
//! (`本公司`) name nothing.

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
    "nordisk",
    "gruppen",
    "koncernen",
    "asa",
    "ab",
    "oyj",
];

/// English words that end the names of institutions and never a place's or a person's in
/// CoNLL-2003 train (each ends three or more organisation names there and nothing else; `Bank`,
/// `Union`, `Court`, `Federation` and `Hospital` also end places, `League` events):
/// `Brookings Institution` is no place, whatever the town of Brookings says.
const INSTITUTION_HEADS: &[&str] = &[
    "agency",
    "army",
    "assembly",
    "association",
    "authority",
    "board",
    "bureau",
    "college",
    "commission",
    "congress",
    "corporation",
    "council",
    "department",
    "institute",
    "institution",
    "ministry",
    "organisation",
    "organization",
    "party",
    "senate",
    "university",
];

/// Relabels as organisations the person spans of two or more tokens whose last token is a
/// company word ([`COMPANY_HEADS`]), and the person and place spans of two or more tokens whose
/// last token is an institution's ([`INSTITUTION_HEADS`]).
pub(crate) fn company_heads(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut [(Range<usize>, usize)],
    labels: (Option<usize>, Option<usize>, Option<usize>),
) {
    let (per, org, loc) = labels;
    let Some(org) = org else {
        return;
    };
    for (span, label) in spans.iter_mut() {
        if span.len() < 2 || (Some(*label) != per && Some(*label) != loc) {
            continue;
        }
        let last = span
            .end
            .checked_sub(1)
            .map_or("", |i| token_text(text, toks, i))
            .trim_end_matches('.')
            .to_lowercase();
        let company = Some(*label) == per && COMPANY_HEADS.contains(&last.as_str());
        if company || INSTITUTION_HEADS.contains(&last.as_str()) {
            *label = org;
        }
    }
}

/// Chinese common nouns that the Resume corpus tags as organisations when they stand for the
/// company a résumé names (`本公司` 146 times, `公司` 183 times in its training split) but that
/// name nothing (UNER tags names only): a span that is one of them alone is dropped. The
/// determiners `本`, `该`, `該`, `此`, `我` before them are part of such a span.
const GENERIC_NOUNS: &[&str] = &[
    "公司",
    "集团",
    "集團",
    "银行",
    "銀行",
    "医院",
    "醫院",
    "学校",
    "學校",
    "学院",
    "學院",
    "大学",
    "大學",
    "协会",
    "協會",
    "委员会",
    "委員會",
    "法院",
    "中心",
    "政府",
    "研究所",
    "研究院",
    "工厂",
    "工廠",
    "总部",
    "總部",
];

/// One-character nouns for a company that are common nouns only after a determiner (`本行` "this
/// bank", `我司` "our company"); alone they are any character of a name.
const DETERMINED_NOUNS: &[&str] = &["司", "行"];

/// True when `words` is a Chinese common noun alone ([`GENERIC_NOUNS`], or [`DETERMINED_NOUNS`]
/// after a determiner), with or without a determiner before it.
pub(crate) fn is_generic_noun(words: &str) -> bool {
    let noun = words
        .strip_prefix(['本', '该', '該', '此', '我'])
        .filter(|n| !n.is_empty())
        .unwrap_or(words);
    let determined = noun.len() < words.len();
    GENERIC_NOUNS.contains(&noun) || (determined && DETERMINED_NOUNS.contains(&noun))
}

/// Words that end no span of the Chinese training sets (UNER zh-GSD, Resume, Weibo, People's
/// Daily): `社会` ("society") follows a place as a common noun (`上海社会消费品零售总额`, "Shanghai's
/// total retail sales of consumer goods"), and the model took `上海社会` for an organisation.
const NEVER_LAST: &[&str] = &["社会", "社會"];

/// Drops the spans of a Chinese model that are a common noun alone ([`is_generic_noun`]) or end
/// in a word that ends no name ([`NEVER_LAST`]; a list hit such as the place `上海` then stands).
pub(crate) fn generic_nouns(
    text: &str,
    toks: &[Range<usize>],
    spans: &mut Vec<(Range<usize>, usize)>,
    lang: &str,
) {
    if lang != "zh" {
        return;
    }
    spans.retain(|(span, _)| {
        let first = toks.get(span.start);
        let last = span.end.checked_sub(1).and_then(|e| toks.get(e));
        let (Some(a), Some(b)) = (first, last) else {
            return true;
        };
        let words = text.get(a.start..b.end).unwrap_or("");
        !is_generic_noun(words) && !NEVER_LAST.iter().any(|w| words.ends_with(w))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::tokenize;

    #[test]
    fn nordic_company_words() {
        // the Danish model called `Novo Nordisk` a person
        let text = "Novo Nordisk and Volvo AB";
        let toks = tokenize(text, 0..text.len(), "da");
        let mut spans = vec![(0..2, 0), (3..5, 0)];
        company_heads(text, &toks, &mut spans, (Some(0), Some(1), Some(2)));
        assert_eq!(spans.iter().map(|s| s.1).collect::<Vec<_>>(), vec![1, 1]);
    }

    #[test]
    fn person_spans_ending_in_a_company_word_become_organisations() {
        let text = "Marisco Engenharia hired Hochtief Bau and Acme Holdings Inc. from Koç Holding and Engenharia";
        let toks = tokenize(text, 0..text.len(), "en");
        let words: Vec<&str> = toks.iter().map(|t| &text[t.clone()]).collect();
        assert_eq!(words.get(7), Some(&"Holdings"));
        let mut spans = vec![(0..2, 0), (3..5, 0), (6..9, 0), (10..12, 0), (13..14, 0)];
        company_heads(text, &toks, &mut spans, (Some(0), Some(1), Some(2)));
        let labels: Vec<usize> = spans.iter().map(|s| s.1).collect();
        // a lone company word is left to the model
        assert_eq!(labels, vec![1, 1, 1, 1, 0]);
        // a model without the organisation label keeps its persons
        let mut no_org = vec![(0..2, 0)];
        company_heads(text, &toks, &mut no_org, (Some(0), None, Some(2)));
        assert_eq!(no_org[0].1, 0);
    }

    #[test]
    fn place_and_person_spans_ending_in_an_institution_word_become_organisations() {
        let text = "at the Brookings Institution near Oxford University and Hochtief Bau Park";
        let toks = tokenize(text, 0..text.len(), "en");
        // places: `Brookings Institution`, `Oxford University`; a place ending in a company word
        // stays a place
        let mut spans = vec![(2..4, 2), (5..7, 2), (8..11, 2)];
        company_heads(text, &toks, &mut spans, (Some(0), Some(1), Some(2)));
        let labels: Vec<usize> = spans.iter().map(|s| s.1).collect();
        assert_eq!(labels, vec![1, 1, 2]);
    }

    #[test]
    fn chinese_common_nouns_alone_name_nothing() {
        for generic in ["公司", "本公司", "該協會", "我司", "本行", "政府"] {
            assert!(is_generic_noun(generic), "{generic}");
        }
        for name in ["国务院", "司", "行", "华为公司", "中國政府"] {
            assert!(!is_generic_noun(name), "{name}");
        }
        // a span ending in `社会` is dropped, one that goes on is kept
        let text = "上海社会消费品零售总额与中国社会科学院";
        let toks = tokenize(text, 0..text.len(), "zh");
        let mut spans = vec![(0..4, 1), (12..19, 1)];
        generic_nouns(text, &toks, &mut spans, "zh");
        assert_eq!(spans, vec![(12..19, 1)]);
    }
}
