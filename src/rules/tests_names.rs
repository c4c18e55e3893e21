//! English name fixtures of the rule tagger (written for this project): name cues, titles, given
//! names, companies against their compound heads, Title Case headlines and agency datelines.

use super::tests::{entities, pairs, split};
use super::*;
use EntityLabel::*;

#[test]
fn english_fixture() {
    let text = "WASHINGTON (Reuters) - President Joe Biden met Dr. Ana Silva of the World Bank on Tuesday.\n\
                The Acme Widget Corporation (AWC) said it lost $5 million, or 12% of sales. AWC shares fell.\n\
                However, Authorities in Springfield said nothing. \"We are ready,\" said Maria Lopez.";
    let got = entities(&RuleTagger::builtin(), text, "en");
    let want = pairs(&[
        ("WASHINGTON", Loc),
        ("Reuters", Org),
        ("Joe Biden", Per),
        ("Ana Silva", Per),
        ("World Bank", Org),
        ("Tuesday", Date),
        ("Acme Widget Corporation", Org),
        ("AWC", Org),
        ("$5 million", Money),
        ("12%", Percent),
        ("AWC", Org),
        ("Springfield", Loc),
        ("Maria Lopez", Per),
    ]);
    assert_eq!(got, want);
}

#[test]
fn a_business_named_after_its_owner_is_no_person() {
    let text = "We ordered from Tony's Pizzeria on Friday. Tony Blair spoke.";
    let got = entities(&RuleTagger::rules_only(), text, "en");
    assert!(!got.iter().any(|(s, _)| s.contains("Pizzeria")), "{got:?}");
    assert!(got.contains(&("Tony Blair".to_string(), Per)), "{got:?}");
}

#[test]
fn title_case_headline_is_not_tagged() {
    let text = "Authorities Warn Of Rising Crime In Big Cities\nNotably, the mayor spoke.";
    assert!(entities(&RuleTagger::rules_only(), text, "en").is_empty());
}

#[test]
fn companies_outrank_and_compound_heads_are_no_hits() {
    let tagger = RuleTagger::builtin();
    let text = "Deloitte audits Scania-lastbiler and Ontario-based Magna, not Volvo-Chef Jim.";
    let hits: Vec<(String, bool)> = tagger
        .tag(text, &split(text, "en"))
        .iter()
        .filter(|c| matches!(c.source, EntitySource::Gazetteer(_)))
        .filter_map(|c| {
            Some((
                text.get(c.range.clone())?.to_string(),
                c.confidence.is_some(),
            ))
        })
        .collect();
    // a company of `companies.tsv` is certain (it outranks the model on the same span); a name
    // glued by `-` to a lower-case word heads a compound and is no hit
    assert!(hits.contains(&("Deloitte".to_string(), true)));
    assert!(!hits.iter().any(|h| h.0 == "Scania" || h.0 == "Ontario"));
}

#[test]
fn documented_name_cues() {
    let tagger = RuleTagger::rules_only();
    let cases: &[(&str, &[(&str, EntityLabel)])] = &[
        (
            "He met Chinese President Xi Jinping there.",
            &[("Xi Jinping", Per)],
        ),
        (
            "Floods hit Sichuan Province and the Republic of Korea.",
            &[("Sichuan Province", Loc), ("Republic of Korea", Loc)],
        ),
        ("The view of professor Zhong was clear.", &[("Zhong", Per)]),
        (
            "They thanked Baratelli, who played well.",
            &[("Baratelli", Per)],
        ),
        (
            "They hired John Smith, 45, as coach.",
            &[("John Smith", Per), ("45", Date)],
        ),
        (
            "LONDON 1996-08-30\nPrices fell.",
            &[("LONDON", Loc), ("1996-08-30", Date)],
        ),
        (
            "BEIJING -- Prices fell.\nNOTE - this is a note.\nI -- which I try to do.",
            &[("BEIJING", Loc)],
        ),
        (
            "Shares of Kia Motor Corp of South Korea rose.",
            &[("Kia Motor Corp", Org)],
        ),
        (
            "The Financial Action Task Force (FATF) met. FATF said so.",
            &[
                ("Financial Action Task Force", Org),
                ("FATF", Org),
                ("FATF", Org),
            ],
        ),
        ("Later Mark Abbas said no.", &[("Mark Abbas", Per)]),
        // a word for a role before a given name at a sentence start is not the person's
        ("Frontman Alex Turner told fans.", &[("Alex Turner", Per)]),
        // a listed place in capitals at a line start, a spaced hyphen and prose: a dateline
        (
            "ROMA - Prices fell in the city.\nSOCCER - Japan beat Syria.\nKTAS-ledelsen left.",
            &[("ROMA", Loc)],
        ),
        (
            "It was sold near Smallville on Monday.",
            &[("Smallville", Loc), ("Monday", Date)],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(entities(&tagger, text, "en"), pairs(want), "{text}");
    }
}

#[test]
fn given_names_make_persons() {
    let tagger = RuleTagger::rules_only();
    let text = "Peter Blackburn met John F. Kennedy and Maria Santos. Douglas & Lomason rose. \
                Lawrence of Arabia played. Mark Street was closed.";
    let got = entities(&tagger, text, "en");
    let want = pairs(&[
        ("Peter Blackburn", Per),
        ("John F. Kennedy", Per),
        ("Maria Santos", Per),
        ("Mark Street", Loc),
    ]);
    assert_eq!(got, want);
}

#[test]
fn datelines_of_european_agencies() {
    let tagger = RuleTagger::builtin();
    let text = "BERLIN (dpa) - Der Bundestag hat es beschlossen.";
    assert_eq!(
        entities(&tagger, text, "de"),
        pairs(&[("BERLIN", Loc), ("dpa", Org), ("Bundestag", Org)])
    );
    let text = "ROMA - Il Senato ha approvato la legge.";
    assert_eq!(
        entities(&tagger, text, "it"),
        pairs(&[("ROMA", Loc), ("Senato", Org)])
    );
    // an agency written with a hyphen; a country inside it is no place
    let text = "ZÜRICH (Keystone-SDA) - Das Spital wurde geschlossen.";
    assert_eq!(
        entities(&tagger, text, "de"),
        pairs(&[("ZÜRICH", Loc), ("Keystone-SDA", Org)])
    );
    // an unlisted town opening the document before a spaced dash; a common word does not
    let text = "BRZOZOWICE - Oddział zostanie zamknięty.";
    assert_eq!(entities(&tagger, text, "pl"), pairs(&[("BRZOZOWICE", Loc)]));
    let text = "SOCCER - Japan beat the hosts.";
    assert_eq!(entities(&tagger, text, "en"), pairs(&[("Japan", Loc)]));
}

#[test]
fn a_listed_name_is_no_hit_inside_a_hyphenated_name() {
    let tagger = RuleTagger::builtin();
    let text = "Selon Météo-France, la pluie cessera.";
    assert_eq!(entities(&tagger, text, "fr"), pairs(&[]));
    // both parts listed: both stand
    let text = "The Japan-China talks ended.";
    assert_eq!(
        entities(&tagger, text, "en"),
        pairs(&[("Japan", Loc), ("China", Loc)])
    );
}
