//! Tests of the CJK lexicon: word keys, kinds, character profiles and serialisation.

use super::*;

#[test]
fn finds_words_in_runs() {
    let mut lex = Lexicon::default();
    lex.insert(&[10, 11]);
    lex.insert(&[11, 12, 13]);
    lex.insert(&[5]); // too short: ignored
    assert_eq!(lex.len(), 2);
    let mut out = Vec::new();
    lex.matches(&[10, 11, 12, 13], &[true; 4], &mut out);
    let parts: Vec<(usize, u64, usize)> = out.iter().map(|m| (m.0, m.1, m.2)).collect();
    assert!(out.iter().all(|m| m.4 == 0));
    assert_eq!(
        parts,
        vec![(0, 0, 2), (1, 2, 2), (1, 0, 3), (2, 1, 3), (3, 2, 3)]
    );
    // A non-CJK token breaks the run.
    lex.matches(&[10, 11, 12, 13], &[true, false, true, true], &mut out);
    assert!(out.is_empty());
}

#[test]
fn word_list_keeps_cjk_proper_nouns_and_frequent_words() {
    let mut lex = Lexicon::default();
    // proper nouns with their kinds; common words from frequency 5 as plain words
    let list = "北京 100 ns\n吃饭 5 v\n喝茶 4 v\nAT&T 3 nz\n的 9 uj\n华特迪士尼 3 nrt\n\n";
    assert_eq!(lex.add_word_list(list, "zh"), 3);
    assert_eq!(lex.len(), 3);
    assert_eq!(lex.sorted_kinds().iter().map(|k| k.1).sum::<u8>(), 4 + 2);
}

#[test]
fn character_profiles_come_from_the_whole_list() {
    // 王 begins six person names and one common word: a surname character; 京 is in place
    // names too rarely to count.
    let mut list = String::from("王八 9 n\n北京 9 ns\n");
    for given in ["一", "二", "三", "四", "五", "六"] {
        list.push_str(&format!("王{given} 1 nr\n"));
    }
    let mut lex = Lexicon::default();
    assert!(!lex.has_profiles());
    lex.add_word_list(&list, "zh");
    assert!(lex.has_profiles());
    let hash = |w: &str| {
        let toks = super::super::tokenize::tokenize(w, 0..w.len(), "zh");
        super::super::features::token_hashes(w, &toks)[0].0
    };
    assert_eq!(
        lex.char_profile(hash("王")),
        1,
        "person name, first character"
    );
    assert_eq!(lex.char_profile(hash("京")), 0);
    // profiles survive serialisation through the kinds list
    let back =
        Lexicon::from_keys(lex.sorted_keys(), lex.sorted_common()).with_kinds(lex.sorted_kinds());
    assert!(back.has_profiles());
    assert_eq!(back.char_profile(hash("王")), 1);
    // a lexicon without them (older models) says so
    let plain = Lexicon::from_keys(vec![1], vec![]).with_kinds(vec![(1, 4)]);
    assert!(!plain.has_profiles());
}

#[test]
fn keys_round_trip() {
    let mut lex = Lexicon::default();
    lex.insert(&[1, 2]);
    lex.insert(&[3, 4]);
    lex.add_common(9);
    lex.insert_kind(&[5, 6], kind_of_tag("ns").unwrap_or(0));
    let back =
        Lexicon::from_keys(lex.sorted_keys(), lex.sorted_common()).with_kinds(lex.sorted_kinds());
    assert_eq!(back.sorted_keys(), lex.sorted_keys());
    assert_eq!(back.sorted_kinds(), vec![(Lexicon::key(&[5, 6]), 4)]);
    let mut out = Vec::new();
    back.matches(&[5, 6], &[true, true], &mut out);
    assert_eq!(out.first().map(|m| m.4), Some(4));
    assert!(back.is_common(9) && !back.is_common(3));
}

#[test]
fn several_word_lists_build_the_lexicon_one_list_of_them_all_builds() {
    let first = "王一 1 nr\n王二 1 nr\n王三 1 nr\n北京 9 ns\n";
    let second = "王四 1 nr\n王五 1 nr\n";
    let mut apart = Lexicon::default();
    assert_eq!(apart.add_word_lists(&[first, second], "zh"), vec![4, 2]);
    let mut together = Lexicon::default();
    assert_eq!(together.add_word_list(&format!("{first}{second}"), "zh"), 6);
    assert_eq!(apart.sorted_keys(), together.sorted_keys());
    assert_eq!(apart.sorted_kinds(), together.sorted_kinds());
    // 王 begins five person names over the two lists, enough for a profile; read one list at a
    // time, neither list alone has enough
    let hash = |w: &str| {
        let toks = super::super::tokenize::tokenize(w, 0..w.len(), "zh");
        super::super::features::token_hashes(w, &toks)[0].0
    };
    assert_eq!(apart.char_profile(hash("王")), 1);
    let mut one_at_a_time = Lexicon::default();
    one_at_a_time.add_word_list(first, "zh");
    one_at_a_time.add_word_list(second, "zh");
    assert_eq!(one_at_a_time.char_profile(hash("王")), 0);
}
