//! Tests of `gazetteer.rs`.

use super::*;

/// The shortcut keys of [`entry_key`] are the tokenizer's keys, for every shipped entry.
#[test]
fn entry_keys_match_the_tokenizer() {
    let tokenized = |phrase: &str| tokenized_key(phrase, true);
    let mut checked = 0;
    for (_, content) in super::super::BUILTIN {
        for line in content.lines().filter(|l| !l.starts_with('#')) {
            let phrase = line.split('\t').next().unwrap_or("").trim();
            assert_eq!(entry_key(phrase, true), tokenized(phrase), "{phrase}");
            checked += 1;
        }
    }
    for phrase in [
        "O'Brien",
        "l'Union",
        "New York",
        "東京都",
        "Jean-Luc",
        "S&P 500",
        "X",
    ] {
        assert_eq!(entry_key(phrase, true), tokenized(phrase), "{phrase}");
    }
    assert!(checked > 10_000);
}

fn parse(content: &str, default: Option<EntityLabel>, cs: bool) -> Result<Gazetteer, String> {
    let mut g = Gazetteer::new(cs);
    g.add(0, "g", content, default).map(|_| g)
}

fn find(g: &Gazetteer, text: &str) -> Vec<(String, EntityLabel)> {
    let t = Tokens::new(text);
    let mut out = Vec::new();
    g.find(&t, 0, t.len(), &mut String::new(), &mut out);
    out.iter()
        .map(|(_, h)| {
            let (a, b) = t.span(h.start, h.end).unwrap_or((0, 0));
            (text[a..b].to_string(), h.label)
        })
        .collect()
}

#[test]
fn parses_and_matches_longest() {
    let g = parse(
        "# places\nHong Kong\tLOC\nHong Kong Disneyland\tORG\n\nChina\tGPE\nU.S.\tLOC\n",
        None,
        true,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(g.entries.len(), 4);
    assert_eq!(
        find(
            &g,
            "Hong  Kong Disneyland, Hong\nKong, China's U.S. and Chinatown"
        ),
        vec![
            ("Hong  Kong Disneyland".to_string(), EntityLabel::Org),
            ("China".to_string(), EntityLabel::Loc),
            ("U.S.".to_string(), EntityLabel::Loc)
        ]
    );
    assert!(find(&g, "china").is_empty());
}

#[test]
fn case_insensitive_and_default_label() {
    let g = parse("acme widgets\n北京\n", Some(EntityLabel::Org), false)
        .unwrap_or_else(|e| panic!("{e}"));
    let got = find(&g, "ACME Widgets and 在北京 acme widgetsx");
    assert_eq!(
        got,
        vec![
            ("ACME Widgets".to_string(), EntityLabel::Org),
            ("北京".to_string(), EntityLabel::Org)
        ]
    );
}

#[test]
fn errors_name_the_line() {
    let e = parse("A\tLOC\nB\tPLACE\n", None, true)
        .err()
        .unwrap_or_default();
    assert!(e.contains("line 2") && e.contains("PLACE"), "{e}");
    let e = parse("A\n", None, true).err().unwrap_or_default();
    assert!(e.contains("line 1"), "{e}");
    let e = parse("A\tLOC\nA\tORG\n", None, true)
        .err()
        .unwrap_or_default();
    assert!(e.contains("line 2"), "{e}");
    let e = parse("\tLOC\n", None, true).err().unwrap_or_default();
    assert!(e.contains("empty"), "{e}");
    // a failed list adds nothing
    let mut g = Gazetteer::new(true);
    assert!(g.add(0, "g", "A\tLOC\nB\tPLACE\n", None).is_err());
    assert!(g.entries.is_empty() && g.prefixes.is_empty());
}

#[test]
fn lists_share_one_index() {
    let mut g = Gazetteer::new(true);
    assert_eq!(g.add(0, "a", "Hong Kong\tLOC\n", None), Ok(1));
    assert_eq!(
        g.add(1, "b", "Hong Kong\tORG\nHong Kong Disneyland\tORG\n", None),
        Ok(2)
    );
    let t = Tokens::new("Hong Kong and Hong Kong Disneyland");
    let mut out = Vec::new();
    g.find(&t, 0, t.len(), &mut String::new(), &mut out);
    let got: Vec<(u16, usize, usize, EntityLabel)> = out
        .iter()
        .map(|(l, h)| (*l, h.start, h.end, h.label))
        .collect();
    assert_eq!(
        got,
        vec![
            (0, 0, 2, EntityLabel::Loc),
            (1, 0, 2, EntityLabel::Org),
            (1, 3, 6, EntityLabel::Org)
        ]
    );
}

/// The public figures of `people.tsv` are certain persons, and the words of a listed full name
/// keep the label where they recur alone (`Abbas` after `Mahmoud Abbas`), as a name found by a
/// cue does.
#[test]
fn listed_people_are_certain_and_remembered() {
    use crate::annotation::EntityLabel::Per;
    use crate::rules::tests::{entities, split};
    let tagger = crate::rules::RuleTagger::builtin();
    let text = "Obama called Mahmoud Abbas on Monday. On Tuesday, Abbas said no.";
    let got = entities(&tagger, text, "en");
    for name in ["Obama", "Mahmoud Abbas", "Abbas"] {
        assert!(got.contains(&(name.to_string(), Per)), "{name} in {got:?}");
    }
    let obama: Vec<Option<f32>> = tagger
        .tag(text, &split(text, "en"))
        .iter()
        .filter(|c| text.get(c.range.clone()) == Some("Obama"))
        .map(|c| c.confidence)
        .collect();
    assert_eq!(obama, [Some(crate::rules::CERTAIN)]);
}

/// Clubs and teams (`clubs.tsv`) are organisations in any language; a bare city stays a place.
#[test]
fn listed_clubs_are_organisations() {
    use crate::annotation::EntityLabel::{Loc, Org};
    use crate::rules::tests::entities;
    let tagger = crate::rules::RuleTagger::builtin();
    let text = "Paris Saint-Germain hosted Bayer Leverkusen in Paris before the Lakers game.";
    let got = entities(&tagger, text, "en");
    for (name, label) in [
        ("Paris Saint-Germain", Org),
        ("Bayer Leverkusen", Org),
        ("Paris", Loc),
        ("Lakers", Org),
    ] {
        assert!(
            got.contains(&(name.to_string(), label)),
            "{name} in {got:?}"
        );
    }
}
