//! Tests of the rule tokenizer (`token.rs`), kept apart to keep that file short.

use super::*;

fn surfaces(text: &str) -> Vec<&str> {
    let t = Tokens::new(text);
    (0..t.len()).map(|i| t.s(i)).collect()
}

#[test]
fn splits_words_numbers_and_punctuation() {
    assert_eq!(
        surfaces("The Supreme People's Court filed 3,347 cases (14.1%)."),
        vec![
            "The", "Supreme", "People", "'s", "Court", "filed", "3,347", "cases", "(", "14.1", "%",
            ")", "."
        ]
    );
    assert_eq!(
        surfaces("O'Brien don't 17.06.2024 3.2bn"),
        vec!["O'Brien", "don't", "17.06.2024", "3.2", "bn"]
    );
    assert_eq!(
        surfaces("2024年6月17日"),
        vec!["2024", "年", "6", "月", "17", "日"]
    );
    assert_eq!(surfaces("Ends 12."), vec!["Ends", "12", "."]);
    assert_eq!(
        surfaces("à l'Assemblée, L'Union, l'accord, D'Alema"),
        vec![
            "à",
            "l'",
            "Assemblée",
            ",",
            "L'",
            "Union",
            ",",
            "l'accord",
            ",",
            "D'Alema"
        ]
    );
}

#[test]
fn flags_and_lowercase() {
    let t = Tokens::new("BEIJING, June\nÉcole ÉTAT x");
    assert!(t.toks[0].upper && t.toks[0].cap && t.toks[0].line_start);
    assert!(!t.toks[1].space_before && t.toks[1].kind == Kind::Punct);
    assert!(t.toks[2].cap && !t.toks[2].upper && !t.toks[2].line_start);
    assert!(t.toks[3].line_start);
    assert_eq!(t.lower(3), "école");
    assert_eq!(t.lower(4), "état");
    assert!(!t.toks[5].cap);
    assert_eq!(t.span(0, 3), Some((0, 13)));
    assert_eq!(t.span(2, 2), None);
    assert_eq!(t.index_at(9), 2);
    assert_eq!(t.index_at(10), 3);
}

#[test]
fn urls_and_mail_are_opaque() {
    let t = Tokens::new(
        "See http://x.com/2005/10/a?id=1107. Mail bob.smith@acme.org or www.china.cn now",
    );
    let kinds: Vec<(&str, Kind)> = (0..t.len()).map(|i| (t.s(i), t.toks[i].kind)).collect();
    let opaque: Vec<&str> = kinds
        .iter()
        .filter(|(_, k)| *k == Kind::Opaque)
        .map(|(s, _)| *s)
        .collect();
    assert!(opaque.contains(&"2005") && opaque.contains(&"1107") && opaque.contains(&"acme"));
    assert!(opaque.contains(&"bob") && opaque.contains(&"china"));
    let after = kinds
        .iter()
        .position(|(s, _)| *s == "1107")
        .and_then(|p| kinds.get(p + 1));
    assert_eq!(after, Some(&(".", Kind::Punct)));
    assert_eq!(kinds.last().map(|x| x.1), Some(Kind::Word));
}

#[test]
fn odd_input_keeps_char_boundaries() {
    let text = "\u{0301}é\u{200D}👍🏽 ١٢٣ ١٢ 'sx ' '\u{2019}s ００１ İstanbul\r\n\u{2028}ß";
    let t = Tokens::new(text);
    for tok in &t.toks {
        assert!(text.is_char_boundary(tok.start) && text.is_char_boundary(tok.end));
        assert!(tok.start < tok.end);
    }
    assert!(t.lower(t.len() - 2).starts_with('i'));
    assert_eq!(Tokens::new("").len(), 0);
}

#[test]
fn the_word_character_table_agrees_with_the_full_test() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert_eq!(
            is_word_char(c),
            is_word_char_uncached(c),
            "{:04X}",
            c as u32
        );
    }
    for c in ['é', 'ж', 'ب', 'क', '\u{094D}', '\u{200D}'] {
        assert!(is_word_char(c), "{c}");
    }
    for c in ['’', '“', '—', '€', '«', '\u{00A0}'] {
        assert!(!is_word_char(c), "{c}");
    }
}
