//! Tests of span clean-up and joining (`spans.rs`).

use super::*;
use crate::tagger::places::split_city_state;
use crate::tagger::tokenize;

fn run(text: &str, span: Range<usize>, per: bool) -> Option<String> {
    run_as("en", text, span, per)
}

fn run_as(lang: &str, text: &str, span: Range<usize>, per: bool) -> Option<String> {
    let toks = tokenize(text, 0..text.len(), lang);
    let s = clean(text, &toks, span, per, lang)?;
    let (a, b) = (toks.get(s.start)?.start, toks.get(s.end - 1)?.end);
    Some(text[a..b].to_string())
}

#[test]
fn addresses_are_not_names() {
    for w in [
        "Lisa_resume.doc",
        "TEXT.htm",
        "www.x.org",
        "a@b.com",
        "http://x",
        "cogeco.ca",
        "alt.animals.dogs.collies.open-forum",
    ] {
        assert!(is_address(w), "{w}");
    }
    for w in [
        "Amazon.com",
        "U.S.",
        "Smith",
        ".doc",
        "AT&T",
        "e.g.",
        "i.e",
        "3.5",
    ] {
        assert!(!is_address(w), "{w}");
    }
    assert_eq!(run("see Lisa_resume.doc now", 1..2, false), None);
}

#[test]
fn titles_and_punctuation_are_cut() {
    assert_eq!(
        run("Dear Dr. Nina Smith !", 0..5, true).as_deref(),
        Some("Nina Smith")
    );
    assert_eq!(run("Dear Dr.", 0..2, true).as_deref(), Some("Dr."));
    assert_eq!(run("Dear John", 0..2, false).as_deref(), Some("Dear John"));
    assert_eq!(run("Yahoo !", 0..2, false).as_deref(), Some("Yahoo"));
    assert_eq!(run("Rad ( B )", 0..4, false).as_deref(), Some("Rad ( B )"));
    // other languages' titles: cut by the multilingual fallback, not by the English model (`M.`
    // is an initial there)
    let girard = "M. Laurent Girard";
    assert_eq!(
        run_as("xx", girard, 0..3, true).as_deref(),
        Some("Laurent Girard")
    );
    assert_eq!(
        run_as("xx", "Sra. Ruiz", 0..3, true).as_deref(),
        Some("Ruiz")
    );
    assert_eq!(
        run_as("xx", "Me Rodolphe Bosselut", 0..3, true).as_deref(),
        Some("Rodolphe Bosselut")
    );
    assert_eq!(
        run("M. Laurent Girard", 0..3, true).as_deref(),
        Some(girard)
    );
}

/// The text a span of tokens covers.
fn span_text(text: &str, toks: &[Range<usize>], span: &Range<usize>) -> String {
    text[toks[span.start].start..toks[span.end - 1].end].to_string()
}

fn joined(text: &str, spans: &[(Range<usize>, usize)]) -> Vec<(String, usize)> {
    let toks = tokenize(text, 0..text.len(), "en");
    let mut v = spans.to_vec();
    join(text, &toks, &mut v, Some(0), Some(1), Some(2));
    v.into_iter()
        .map(|(s, l)| (span_text(text, &toks, &s), l))
        .collect()
}

#[test]
fn person_spans_ending_in_a_place_noun_become_places() {
    let text = "near Civic Center and Symphony Auditorium met Stuart Hall and Center";
    let toks = tokenize(text, 0..text.len(), "en");
    let mut spans = vec![(1..3, 0), (4..6, 0), (7..9, 0), (10..11, 0)];
    english_places(text, &toks, &mut spans, Some(0), Some(2), "en");
    let labels: Vec<usize> = spans.iter().map(|s| s.1).collect();
    // `Hall` is also a surname; a lone `Center` is left to the model
    assert_eq!(labels, vec![2, 2, 0, 0]);
    let mut other = vec![(1..3, 0)];
    english_places(text, &toks, &mut other, Some(0), Some(2), "da");
    assert_eq!(other[0].1, 0);
}

#[test]
fn mail_names_and_company_forms_are_joined() {
    // John Griffith @ ENRON \n 08
    assert_eq!(
        joined("John Griffith@ENRON\n08", &[(0..2, 0), (3..4, 1)]),
        vec![("John Griffith@ENRON".to_string(), 0)]
    );
    // spaced out, it is not an address
    assert_eq!(joined("John Griffith @ ENRON", &[(0..2, 0)]).len(), 1);
    assert_eq!(
        joined("John Griffith @ ENRON", &[(0..2, 0)])[0].0,
        "John Griffith"
    );
    // " Townsend , George " <
    assert_eq!(
        joined("\"Townsend, George\" <g@x.net>", &[(3..4, 0)]),
        vec![("Townsend, George".to_string(), 0)]
    );
    assert_eq!(
        joined("\"Lenhart, Matthew\"", &[(1..2, 0), (3..4, 0)]),
        vec![("Lenhart, Matthew".to_string(), 0)]
    );
    // not quoted: two names in a list stay two
    assert_eq!(joined("Lenhart, Matthew", &[(0..1, 0), (2..3, 0)]).len(), 2);
    assert_eq!(
        joined("at Google, Inc. of", &[(1..2, 1)]),
        vec![("Google, Inc.".to_string(), 1)]
    );
    assert_eq!(joined("at Google, Inc. of", &[(1..2, 0)])[0].0, "Google");
    assert_eq!(
        joined("the Gulf of Mexico coast", &[(1..2, 2), (3..4, 2)]),
        vec![("Gulf of Mexico".to_string(), 2)]
    );
    // only a feature word takes `of PLACE` in
    assert_eq!(
        joined("the City of Springfield", &[(1..2, 2), (3..4, 2)]).len(),
        2
    );
}

#[test]
fn regnal_numbers_join_persons() {
    let run = |text: &str, spans: &[(Range<usize>, usize)]| -> Vec<String> {
        let toks = tokenize(text, 0..text.len(), "sk");
        let mut v = spans.to_vec();
        take_regnal(text, &toks, &mut v, Some(0));
        v.iter()
            .map(|(s, _)| text[toks[s.start].start..toks[s.end - 1].end].to_string())
            .collect()
    };
    // Jána Pavla II . navštívil ; Karol VI , ; a place keeps its numeral out
    assert_eq!(
        run("Jána Pavla II. navštívil", &[(0..2, 0)]),
        ["Jána Pavla II."]
    );
    assert_eq!(run("Karol VI, kráľ", &[(0..1, 0)]), ["Karol VI"]);
    assert_eq!(run("Paríž IV. obvod", &[(0..1, 1)]), ["Paríž"]);
    assert_eq!(run("John I met", &[(0..1, 0)]), ["John"]);
    assert!(is_regnal("XXIII") && is_regnal("IX") && !is_regnal("IIII") && !is_regnal("XXXX"));
    let toks = tokenize("xxviii Vol", 0..10, "sv");
    assert!(!has_capital("xxviii Vol", &toks, &(0..1)));
    assert!(has_capital("xxviii Vol", &toks, &(0..2)));
}

#[test]
fn city_state_spans_are_split() {
    let split = |text: &str, span: Range<usize>| -> Vec<String> {
        let toks = tokenize(text, 0..text.len(), "en");
        let mut spans = vec![(span, 2)];
        split_city_state(text, &toks, &mut spans, 2);
        spans
            .iter()
            .map(|(s, _)| span_text(text, &toks, s))
            .collect()
    };
    assert_eq!(
        split("in San Rafael Ca today", 1..4),
        vec!["San Rafael", "Ca"]
    );
    assert_eq!(
        split("to Miramar California now", 1..3),
        vec!["Miramar", "California"]
    );
    assert_eq!(split("to West Virginia now", 1..3), vec!["West Virginia"]);
    assert_eq!(split("to Kansas City now", 1..3), vec!["Kansas City"]);
    assert_eq!(split("to California now", 1..2), vec!["California"]);
    // a lower-case two-letter word is no postal code
    assert_eq!(split("to Oslo in", 1..3), vec!["Oslo in"]);
}

#[test]
fn a_possessive_name_standing_alone_is_a_place_of_business() {
    // (text, the name's first word, its word count, the resulting span's text, place or not)
    let cases = [
        (
            "going to Del Frisco's for dinner",
            "Del",
            2,
            "Del Frisco's",
            true,
        ),
        (
            "I was thinking Kenneally 's at 5",
            "Kenneally",
            1,
            "Kenneally 's",
            true,
        ),
        ("Wendy s ? Burger King", "Wendy", 1, "Wendy s", true),
        ("we ate at McDonald's", "McDonald", 1, "McDonald's", true),
        // before a noun, a bracket or a quote it is an ordinary possessive
        ("Britain's economy grew", "Britain", 1, "Britain", false),
        ("( Farrakhan 's ) gifts", "Farrakhan", 1, "Farrakhan", false),
        ("Puig 's \" greatest", "Puig", 1, "Puig", false),
    ];
    for (text, first, words, expected, place) in cases {
        let toks = tokenize(text, 0..text.len(), "en");
        let start = toks
            .iter()
            .position(|t| &text[t.clone()] == first)
            .unwrap_or(0);
        let mut spans = vec![(start..start + words, 0)];
        english_places(text, &toks, &mut spans, Some(0), Some(2), "en");
        let (s, l) = spans[0].clone();
        let label = if place { 2 } else { 0 };
        assert_eq!(
            (span_text(text, &toks, &s), l),
            (expected.to_string(), label),
            "{text}"
        );
    }
    // only for English models
    let text = "going to Del Frisco's for dinner";
    let toks = tokenize(text, 0..text.len(), "sv");
    let mut spans = vec![(2..4, 0)];
    english_places(text, &toks, &mut spans, Some(0), Some(2), "sv");
    assert_eq!(spans, vec![(2..4, 0)]);
}

#[test]
fn storm_names_are_misc() {
    let text = "Hurricane Milton hit Florida as Milton Friedman watched.";
    let toks = tokenize(text, 0..text.len(), "en");
    // (span, label): 0 = PER, 3 = MISC
    let mut spans = vec![(1..2, 0), (3..4, 2), (5..7, 0)];
    storm_names(text, &toks, &mut spans, Some(3));
    assert_eq!(spans, vec![(1..2, 3), (3..4, 2), (5..7, 0)]);
    // a model without MISC keeps its labels
    let mut spans = vec![(1..2, 0)];
    storm_names(text, &toks, &mut spans, None);
    assert_eq!(spans, vec![(1..2, 0)]);
}

#[test]
fn chat_and_business_abbreviations_name_nobody() {
    assert_eq!(run("FYI the RFP is due", 0..1, false), None);
    assert_eq!(run("FYI the RFP is due", 2..3, false), None);
    assert_eq!(run("to build AI data centers", 2..3, false), None);
    // nor does an article alone; in a name it stays
    assert_eq!(run("Le 3 mars 2025", 0..1, false), None);
    assert_eq!(
        run("at Le Monde today", 1..3, false),
        Some("Le Monde".to_string())
    );
    // an abbreviation inside a longer name stays
    assert_eq!(
        run("Acme VP Holdings won", 0..3, false),
        Some("Acme VP Holdings".to_string())
    );
}

#[test]
fn latin_script_models_keep_latin_spans_only() {
    let text = "Ελλάδα and Paris and Москва-Paris";
    let toks = tokenize(text, 0..text.len(), "en");
    assert!(!in_model_script(text, &toks, &(0..1), "en"));
    assert!(in_model_script(text, &toks, &(2..3), "en"));
    // one Latin letter is enough; other models keep everything
    assert!(in_model_script(text, &toks, &(4..5), "en"));
    assert!(in_model_script(text, &toks, &(0..1), "zh"));
    assert!(in_model_script(text, &toks, &(0..1), "sr"));
    // the fallback reads Cyrillic as Latin and keeps Cyrillic spans, not Greek ones
    let text = "Ελλάδα and Москва";
    let toks = tokenize(text, 0..text.len(), "xx");
    assert!(!in_model_script(text, &toks, &(0..1), "xx"));
    assert!(in_model_script(text, &toks, &(2..3), "xx"));
    assert!(!in_model_script(text, &toks, &(2..3), "hr"));
}

#[test]
fn a_town_before_its_state_is_a_place() {
    // 0 = PER, 2 = LOC
    let text = "rally in Butler , Pennsylvania with Harry Preuss , MD today";
    let toks = tokenize(text, 0..text.len(), "en");
    let mut spans = vec![(2..3, 0), (4..5, 2), (6..8, 0), (9..10, 2)];
    english_places(text, &toks, &mut spans, Some(0), Some(2), "en");
    assert_eq!(spans, vec![(2..3, 2), (4..5, 2), (6..8, 0), (9..10, 2)]);
}

#[test]
fn a_place_before_its_event_is_one_event() {
    // 2 = LOC, 3 = MISC
    let text = "the Paris Olympics and Paris Saint-Germain at the Games";
    let toks = tokenize(text, 0..text.len(), "en");
    let mut spans = vec![(1..2, 2), (2..3, 3), (4..5, 2), (5..6, 1), (8..9, 3)];
    place_events(text, &toks, &mut spans, Some(2), Some(3));
    assert_eq!(spans, vec![(1..3, 3), (4..5, 2), (5..6, 1), (8..9, 3)]);
}

#[test]
fn a_name_in_the_possessive_before_a_business_noun_is_one_place() {
    // 0 = PER, 2 = LOC
    let text = "try Joe's Pizza and Katz's Deli near Britain's Economy";
    let toks = tokenize(text, 0..text.len(), "en");
    let words: Vec<&str> = toks.iter().map(|t| &text[t.clone()]).collect();
    assert_eq!(words.get(2), Some(&"'s"));
    // the model's `Pizza` is dropped into the place; `Deli` had no span of its own
    let mut spans = vec![(1..2, 0), (3..4, 0), (5..6, 0), (9..10, 2)];
    english_places(text, &toks, &mut spans, Some(0), Some(2), "en");
    assert_eq!(spans, vec![(1..4, 2), (5..8, 2), (9..10, 2)]);
    // the model's two places around the possessive are one
    let text = "dinner at Luigi's Trattoria tonight";
    let toks = tokenize(text, 0..text.len(), "en");
    let mut spans = vec![(2..3, 2), (4..5, 2)];
    english_places(text, &toks, &mut spans, Some(0), Some(2), "en");
    assert_eq!(spans, vec![(2..5, 2)]);
}

#[test]
fn a_misc_span_ending_in_a_place_noun_is_a_place() {
    // 2 = LOC, 3 = MISC
    let text = "at the Hilton Garden Inn near the Civic Center , Inn";
    let toks = tokenize(text, 0..text.len(), "en");
    let mut spans = vec![(2..5, 3), (7..9, 3), (10..11, 3)];
    crate::tagger::places::misc_place_heads(text, &toks, &mut spans, (Some(3), Some(2)), "en");
    assert_eq!(spans, vec![(2..5, 2), (7..9, 2), (10..11, 3)]);
    // other languages' models keep their spans
    let mut other = vec![(2..5, 3)];
    crate::tagger::places::misc_place_heads(text, &toks, &mut other, (Some(3), Some(2)), "da");
    assert_eq!(other, vec![(2..5, 3)]);
}

#[test]
fn a_state_after_a_city_and_a_comma_is_a_place() {
    // 1 = ORG, 2 = LOC
    let text = "from Washington , DC to Acme , CA and Ohio , NASA";
    let toks = tokenize(text, 0..text.len(), "en");
    let mut spans = vec![
        (1..2, 2),
        (3..4, 1),
        (5..6, 1),
        (7..8, 1),
        (9..10, 2),
        (11..12, 1),
    ];
    english_places(text, &toks, &mut spans, Some(0), Some(2), "en");
    // `CA` after the organisation `Acme` and `NASA`, no state, keep their label
    let labels: Vec<usize> = spans.iter().map(|s| s.1).collect();
    assert_eq!(labels, vec![2, 2, 1, 1, 2, 1]);
}
