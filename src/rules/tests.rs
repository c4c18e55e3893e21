//! End-to-end tests of the rule tagger: the seed article (read at test time, skipped when absent),
//! small multilingual fixtures written for this project, and odd Unicode input.

use super::*;
use EntityLabel::*;

/// The text of each token-range hit, for the tests of the rules that return [`Hit`]s.
pub(super) fn hit_texts(t: &token::Tokens, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .filter_map(|h| t.span(h.start, h.end).and_then(|(a, b)| t.text.get(a..b)))
        .map(str::to_string)
        .collect()
}

/// Sentences for tests: one per line, and a line is also cut after `. ` before a capital letter.
pub(super) fn split(text: &str, lang: &'static str) -> Vec<SentenceView<'static>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let mut start = pos;
        let bytes = line.as_bytes();
        for (i, w) in bytes.windows(3).enumerate() {
            let abbrev = ["Dr", "Mr", "Mrs", "Ms", "Prof", "Mrd", "St"]
                .iter()
                .any(|a| line.get(..i + 1).is_some_and(|l| l.ends_with(a)));
            let initial = w[0].is_ascii_uppercase() && (i == 0 || bytes.get(i - 1) == Some(&b' '));
            if w[1] == b'.'
                && w[2] == b' '
                && !w[0].is_ascii_digit()
                && !abbrev
                && !initial
                && bytes.get(i + 3).is_some_and(|c| c.is_ascii_uppercase())
            {
                out.push((start, pos + i + 2));
                start = pos + i + 3;
            }
        }
        out.push((start, pos + line.trim_end().len()));
        pos += line.len();
    }
    out.into_iter()
        .filter(|(a, b)| a < b)
        .map(|range| SentenceView { range, lang })
        .collect()
}

pub(super) fn entities(
    tagger: &RuleTagger,
    text: &str,
    lang: &'static str,
) -> Vec<(String, EntityLabel)> {
    merge(tagger.tag(text, &split(text, lang)))
        .into_iter()
        .map(|c| {
            (
                text.get(c.range.clone()).unwrap_or("?").to_string(),
                c.label,
            )
        })
        .collect()
}

fn count(got: &[(String, EntityLabel)], surface: &str, label: EntityLabel) -> usize {
    got.iter()
        .filter(|(s, l)| s == surface && *l == label)
        .count()
}

/// (surface, label, mentions) for the seed article, written by reading the article.
const SEED_EXPECTED: &[(&str, EntityLabel, usize)] = &[
    ("BEIJING", Loc, 1),
    ("Xinhua", Org, 1),
    ("China", Loc, 2),
    ("Chinese", Misc, 2),
    ("Supreme People's Procuratorate", Org, 1),
    ("SPP", Org, 6),
    ("Shanghai", Loc, 1),
    ("Supreme People's Court", Org, 1),
    ("Ministry of Public Security", Org, 1),
    ("Zhong Hua", Per, 1),
    ("Zhong", Per, 1),
    ("Chinese University of Hong Kong", Org, 1),
    ("June 17", Date, 1),
    ("Monday", Date, 1),
    ("2024", Date, 6),
    ("2023", Date, 2),
    ("the previous year", Date, 2),
    ("last year", Date, 2),
    ("the past three years", Date, 1),
    ("3,347", Cardinal, 1),
    ("14.1 percent", Percent, 1),
    ("7.3 percent", Percent, 2),
    ("6.9 percent", Percent, 1),
    ("nearly 6 million", Cardinal, 1),
    ("more than 57,000", Cardinal, 1),
    ("over 74,000", Cardinal, 1),
    ("11 percent", Percent, 1),
    ("67 percent", Percent, 1),
    ("more than 45,000", Cardinal, 1),
    ("three", Cardinal, 1),
    ("14 to 16", Date, 1),
    ("more than 9,300", Cardinal, 1),
    ("7.4 percent", Percent, 1),
    ("Five", Cardinal, 1),
    ("69.4 percent", Percent, 1),
    ("34", Cardinal, 1),
    ("nearly 21,000", Cardinal, 1),
    ("21.5 percent", Percent, 1),
    ("1,104", Cardinal, 1),
];

fn seed_text() -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    files.sort();
    let path = files
        .into_iter()
        .find(|p| p.extension().is_some_and(|x| x == "txt"))?;
    std::fs::read_to_string(path).ok()
}

#[test]
fn seed_article_comes_out_right() {
    let Some(text) = seed_text() else {
        eprintln!("seed article not found; skipped");
        return;
    };
    let got = entities(&RuleTagger::builtin(), &text, "en");
    for &(surface, label, n) in SEED_EXPECTED {
        assert_eq!(
            count(&got, surface, label),
            n,
            "{surface} {label} in {got:?}"
        );
    }
    // nothing else, apart from the trailing comment counter
    let extra: Vec<_> = got
        .iter()
        .filter(|(s, l)| !SEED_EXPECTED.iter().any(|(es, el, _)| es == s && el == l) && s != "0")
        .collect();
    assert!(extra.is_empty(), "unexpected {extra:?}");
    // the same without sentence boundaries (one sentence for the whole text)
    let whole: Vec<(String, EntityLabel)> = merge(RuleTagger::builtin().tag(&text, &[]))
        .into_iter()
        .map(|c| {
            (
                text.get(c.range.clone()).unwrap_or("?").to_string(),
                c.label,
            )
        })
        .collect();
    assert_eq!(whole, got);
    // the rules alone find the institutions, the dateline, the person and the acronym
    let rules = entities(&RuleTagger::rules_only(), &text, "en");
    for (surface, label, n) in [
        ("Supreme People's Procuratorate", Org, 1),
        ("SPP", Org, 6),
        ("Supreme People's Court", Org, 1),
        ("Ministry of Public Security", Org, 1),
        ("BEIJING", Loc, 1),
        ("Xinhua", Org, 1),
        ("Zhong", Per, 1),
    ] {
        assert_eq!(count(&rules, surface, label), n, "{surface} in {rules:?}");
    }
}

pub(super) fn pairs(v: &[(&str, EntityLabel)]) -> Vec<(String, EntityLabel)> {
    v.iter().map(|&(s, l)| (s.to_string(), l)).collect()
}

/// (language, text, expected entities): a data-driven case of the rule tests.
pub(super) type LangCase<'a> = (&'a str, &'a str, &'a [(&'a str, EntityLabel)]);

/// Asserts that each case's merged entities whose label passes `keep` are the expected ones.
pub(super) fn check_labels(
    tagger: &RuleTagger,
    cases: &[LangCase<'static>],
    keep: impl Fn(EntityLabel) -> bool,
) {
    for (lang, text, want) in cases {
        let got: Vec<_> = entities(tagger, text, lang)
            .into_iter()
            .filter(|(_, l)| keep(*l))
            .collect();
        assert_eq!(got, pairs(want), "{lang}: {text}");
    }
}

#[test]
fn slovak_list_matches_in_slovak_only() {
    let tagger = RuleTagger::builtin();
    let text = "Rumunska teniserka";
    let found = |lang: &'static str| {
        tagger
            .tag(text, &split(text, lang))
            .iter()
            .any(|c| c.source == EntitySource::Gazetteer("slovak".into()))
    };
    assert!(found("sk"));
    assert!(!found("sr"));
}

#[test]
fn builtin_gazetteers_parse_and_output_is_deterministic() {
    for (name, content) in BUILTIN.iter().chain(super::builtin::SHARED) {
        let parsed = Gazetteer::new(true).add(0, name, content, None);
        assert!(parsed.as_ref().is_ok_and(|n| *n > 20), "{name}: {parsed:?}");
    }
    let tagger = RuleTagger::builtin();
    assert_eq!(
        tagger.gazetteers().len(),
        BUILTIN.len() + super::builtin::SHARED.len()
    );
    let text =
        "In Beijing, Mr. Li said China's GDP rose 5% in 2024. Li also met officials in Hong Kong.";
    let a = tagger.tag(text, &split(text, "en"));
    let b = tagger.tag(text, &split(text, "en"));
    assert_eq!(a, b);
    assert!(merge(a)
        .iter()
        .any(|c| text.get(c.range.clone()) == Some("Li") && c.label == Per));
}

#[test]
fn add_gazetteer_reports_errors_and_tags_hits() {
    let mut tagger = RuleTagger::rules_only();
    let err = tagger.add_gazetteer("teams", "Red Lions\tTEAM\n", None, true);
    assert!(err.is_err_and(|e| e.contains("line 1")));
    assert!(tagger
        .add_gazetteer("teams", "red lions\n", Some(Org), false)
        .is_ok());
    let got = tagger.tag("The RED LIONS won.", &[]);
    assert_eq!(got.len(), 1);
    assert_eq!(
        got.first().map(|c| (c.range.clone(), c.source.to_string())),
        Some((4..13, "gazetteer:teams".to_string()))
    );
}

#[test]
fn numeric_details_in_context() {
    let tagger = RuleTagger::rules_only();
    let text =
        "Shares rose from C$ 0.28 to C$ 96.89 as hundreds of traders, about a third of them new, \
                bought 21.8 million French francs of bonds. Call 713.306.7940 or see \
                http://example.com/2005/10/page?id=1107 before the past few years end.";
    let got = entities(&tagger, text, "en");
    let want = pairs(&[
        ("C$ 0.28 to C$ 96.89", Money),
        ("hundreds", Cardinal),
        ("about a third", Cardinal),
        ("21.8 million French francs", Money),
        ("the past few years", Date),
    ]);
    assert_eq!(got, want);
}

#[test]
fn gazetteers_only_tags_list_hits_alone() {
    let mut tagger = RuleTagger::gazetteers_only();
    assert!(tagger.tag("Mr. Li paid $5 in 2024.", &[]).is_empty());
    assert!(tagger
        .add_gazetteer("people", "Li\tPER\n", None, true)
        .is_ok());
    let got = tagger.tag("Mr. Li paid $5 in 2024.", &[]);
    let sources: Vec<String> = got
        .iter()
        .map(|c| format!("{}:{}", c.source, c.label))
        .collect();
    assert_eq!(sources, vec!["gazetteer:people:PER".to_string()]);
}

#[test]
fn tagger_is_shareable_across_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<RuleTagger>();
}

#[test]
fn gazetteer_languages_restrict_hits() {
    let mut tagger = RuleTagger::gazetteers_only();
    assert!(tagger
        .add_gazetteer("cities", "Lima\tLOC\n", None, true)
        .is_ok());
    assert!(tagger.set_gazetteer_languages("cities", &["es"]).is_ok());
    assert!(tagger.set_gazetteer_languages("towns", &["es"]).is_err());
    let text = "Lima. Lima.";
    let sents = [
        SentenceView {
            range: (0, 5),
            lang: "en",
        },
        SentenceView {
            range: (6, 11),
            lang: "es-PE",
        },
    ];
    let got: Vec<usize> = tagger
        .tag(text, &sents)
        .iter()
        .map(|c| c.range.start)
        .collect();
    assert_eq!(got, vec![6]);
    assert!(tagger.set_gazetteer_languages("cities", &[]).is_ok());
    assert_eq!(tagger.tag(text, &sents).len(), 2);
}
