//! Tests of the name-list features: phrase lookup, kinds, case and the capitalisation filter.

use super::*;

fn find(lists: &NameLists, text: &str) -> Vec<(u8, u8)> {
    let toks = tokenize(text, 0..text.len(), "en");
    let h = token_hashes(text, &toks);
    let lowers: Vec<u64> = h.iter().map(|x| x.0).collect();
    let skip: Vec<bool> = h.iter().map(|x| x.1).collect();
    let mut out = Vec::new();
    lists.matches(&lowers, &skip, &mut out);
    out
}

#[test]
fn longest_match_case_insensitive() {
    let mut l = NameLists::default();
    l.add("New York", LOC);
    l.add("New York Times", ORG);
    l.add("York", LOC);
    assert_eq!(
        find(&l, "the new york times and York"),
        vec![(0, 0), (1, ORG), (2, ORG), (3, ORG), (0, 0), (4, LOC)]
    );
    assert_eq!(find(&l, "New York ."), vec![(1, LOC), (3, LOC), (0, 0)]);
}

#[test]
fn one_word_phrases_are_the_one_token_the_tokenizer_makes() {
    let lists = crate::rules::BUILTIN
        .iter()
        .map(|(_, c)| *c)
        .chain(MODEL_ONLY.iter().map(|(_, c, _, _)| *c))
        .chain([include_str!("given_names.txt")]);
    let mut checked = 0;
    for content in lists {
        for line in content.lines().filter(|l| !l.starts_with('#')) {
            for phrase in [line.split('\t').next().unwrap_or("").trim()]
                .into_iter()
                .chain(line.split_whitespace())
            {
                if !is_one_token(phrase) {
                    continue;
                }
                let toks = tokenize(phrase, 0..phrase.len(), "en");
                assert_eq!(toks, vec![0..phrase.len()], "{phrase}");
                assert_eq!(token_hashes(phrase, &toks)[0].0, lower_hash(phrase));
                checked += 1;
            }
        }
    }
    assert!(checked > 40_000, "{checked}");
    assert!(!is_one_token("New York") && !is_one_token("O'Neil") && !is_one_token("北京"));
}

#[test]
fn shipped_lists_hold_names() {
    let l = shipped();
    assert_eq!(find(l, "Google"), vec![(4, ORG)]);
    assert_eq!(find(l, "john"), vec![(4, GIVEN)]);
    assert_eq!(find(l, "Priscilla"), vec![(4, GIVEN)]);
    assert_eq!(find(l, "北京"), vec![(0, 0), (0, 0)]);
}

#[test]
fn language_lists_reach_their_models_only() {
    // a case form of the Slovak list and a Swedish genitive
    for (lang, word) in [("sk", "Žiliny"), ("sv", "Sveriges")] {
        assert_eq!(find(for_language(lang), word), vec![(4, LOC)], "{lang}");
        assert_eq!(find(shipped(), word), vec![(0, 0)], "{lang}");
        assert_eq!(find(for_language("en"), word), vec![(0, 0)], "{lang}");
    }
    assert!(std::ptr::eq(for_language("hr"), shipped()));
}

#[test]
fn lower_case_hits_are_dropped() {
    let l = for_language("sk");
    let mut hits = find(l, "Banskej Bystrice a nitra");
    assert_eq!(hits, vec![(1, LOC), (3, LOC), (0, 0), (4, LOC)]);
    keep_capitalised(&[true, true, false, false], &mut hits);
    assert_eq!(hits, vec![(1, LOC), (3, LOC), (0, 0), (0, 0)]);
    let mut hits = find(l, "banskej Bystrice");
    keep_capitalised(&[false, true], &mut hits);
    assert_eq!(hits, vec![(0, 0), (0, 0)]);
}
