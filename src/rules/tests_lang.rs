//! Fixtures in languages other than English (written for this project): dates, numbers, gazetteer
//! hits and name cues in German, Chinese, French, Spanish, Russian and Portuguese.

use super::tests::{check_labels, entities, pairs, LangCase};
use super::*;
use EntityLabel::*;

#[test]
fn multilingual_fixtures() {
    let tagger = RuleTagger::builtin();
    let de = "Am 17. Juni 2024 stieg der Umsatz in Deutschland um 12 Prozent auf 3,2 Mrd. Euro.";
    assert_eq!(
        entities(&tagger, de, "de"),
        pairs(&[
            ("17. Juni 2024", Date),
            ("Deutschland", Loc),
            ("12 Prozent", Percent),
            ("3,2 Mrd. Euro", Money)
        ])
    );
    let zh = "2024年6月17日，最高人民检察院发布白皮书。全国共起诉3347人，同比上升14.1%。";
    assert_eq!(
        entities(&tagger, zh, "zh"),
        pairs(&[
            ("2024年6月17日", Date),
            ("最高人民检察院", Org),
            ("3347人", Cardinal),
            ("14.1%", Percent)
        ])
    );
    let fr = "Le 17 juin 2024, la croissance en France a atteint 2,5 %.";
    assert_eq!(
        entities(&tagger, fr, "fr"),
        pairs(&[("17 juin 2024", Date), ("France", Loc), ("2,5 %", Percent)])
    );
    let es = "El 17 de junio de 2024 el paro en España bajó un 12 por ciento.";
    assert_eq!(
        entities(&tagger, es, "es"),
        pairs(&[
            ("17 de junio de 2024", Date),
            ("España", Loc),
            ("12 por ciento", Percent)
        ])
    );
    let ru = "17 июня 2024 года в России инфляция составила 8 процентов.";
    assert_eq!(
        entities(&tagger, ru, "ru"),
        pairs(&[
            ("17 июня 2024 года", Date),
            ("России", Loc),
            ("8 процентов", Percent)
        ])
    );
}

#[test]
fn multilingual_name_cues() {
    let tagger = RuleTagger::builtin();
    let cases: &[LangCase] = &[
        (
            "pt",
            "O presidente Luiz Inácio Lula da Silva visitou a Universidade de Coimbra.",
            &[
                ("Luiz Inácio Lula da Silva", Per),
                ("Universidade de Coimbra", Org),
            ],
        ),
        (
            "es",
            "Según el Banco de España, la economía creció.",
            &[("Banco de España", Org)],
        ),
        // a town's exchange, university or club; the article that opens the sentence stays out
        (
            "fr",
            "La Bourse de Paris a progressé avant le match de l'Olympique de Marseille.",
            &[("Bourse de Paris", Org), ("Olympique de Marseille", Org)],
        ),
        (
            "it",
            "Il Politecnico di Milano e l'Universiteit Utrecht hanno firmato.",
            &[
                ("Politecnico di Milano", Org),
                ("Universiteit Utrecht", Org),
            ],
        ),
        (
            "fr",
            "Le président Emmanuel Macron a parlé à Paris.",
            &[("Emmanuel Macron", Per), ("Paris", Loc)],
        ),
        // departments are places (`places_fr.tsv`)
        (
            "fr",
            "Les pompiers du Gard et du Finistère sont intervenus.",
            &[("Gard", Loc), ("Finistère", Loc)],
        ),
        (
            "fr",
            "Le ministre s'est rendu à l'Assemblée nationale avant L'Union européenne.",
            &[("Assemblée nationale", Org), ("Union européenne", Org)],
        ),
        (
            "ru",
            "Президент России Владимир Путин встретился с Дмитрием Песковым.",
            &[
                ("России", Loc),
                ("Владимир Путин", Per),
                ("Дмитрием Песковым", Per),
            ],
        ),
        (
            "ru",
            "Президент Франции Эмманюэль Макрон прибыл в Москву.",
            &[("Франции", Loc), ("Эмманюэль Макрон", Per), ("Москву", Loc)],
        ),
        (
            "ru",
            "Мэр Москвы Сергей Собянин открыл станцию.",
            &[("Москвы", Loc), ("Сергей Собянин", Per)],
        ),
        (
            "uk",
            "Він зустрівся з мером Харкова Ігорем Тереховим.",
            &[("Харкова", Loc), ("Ігорем Тереховим", Per)],
        ),
        (
            "de",
            "Bundeskanzler Olaf Scholz sprach mit der Deutsche Bank AG in Berlin.",
            &[
                ("Olaf Scholz", Per),
                ("Deutsche Bank AG", Org),
                ("Berlin", Loc),
            ],
        ),
    ];
    check_labels(&tagger, cases, |_| true);
}

#[test]
fn slovak_name_list_matches_in_slovak_only() {
    let tagger = RuleTagger::builtin();
    let list_hits = |text: &str, lang: &'static str, list: &str| -> Vec<String> {
        tagger
            .tag(text, &super::tests::split(text, lang))
            .into_iter()
            .filter(|c| c.source == EntitySource::Gazetteer(list.into()))
            .filter_map(|c| text.get(c.range).map(str::to_string))
            .collect()
    };
    // case forms of a Slovak town; the lower-case word `zem` (ground) is no name
    let sk = "Z Banskej Bystrice išli do Žiliny a ľahli si na zem.";
    assert_eq!(
        list_hits(sk, "sk", "slovak_names"),
        ["Banskej Bystrice", "Žiliny"]
    );
    assert!(list_hits(sk, "hr", "slovak_names").is_empty());
}

#[test]
fn cldr_places_outrank_the_model_in_their_languages_only() {
    let tagger = RuleTagger::builtin();
    let hits = |text: &str, lang: &'static str| -> Vec<(String, String, Option<f32>)> {
        tagger
            .tag(text, &super::tests::split(text, lang))
            .into_iter()
            .filter_map(|c| {
                let EntitySource::Gazetteer(list) = &c.source else {
                    return None;
                };
                let list = list.clone();
                text.get(c.range)
                    .map(|t| (t.to_string(), list, c.confidence))
            })
            .filter(|(_, list, _)| list.starts_with("cldr_"))
            .collect()
    };
    let certain = |t: &str, list: &str| (t.to_string(), list.to_string(), Some(1.0));
    // case forms from the declension patterns; `mali` (they had) is no name even when capitalised
    let sk = "Mali sme cestu do Grónska a potom na Kostariku.";
    assert_eq!(
        hits(sk, "sk"),
        [
            certain("Grónska", "cldr_sk"),
            certain("Kostariku", "cldr_sk")
        ]
    );
    assert!(hits(sk, "hr").is_empty());
    // a place before 語 (language) names a language, not a place
    let zh = "他去過立陶宛，會說孟加拉語。";
    assert_eq!(hits(zh, "zh"), [certain("立陶宛", "cldr_zh")]);
    assert!(hits(zh, "ja").is_empty());
}

#[test]
fn german_names_without_capitalisation_cues() {
    let tagger = RuleTagger::builtin();
    // a given name inside a run of capitalised nouns starts the person; German lists of towns,
    // states and institutions apply in German sentences only
    let de = "Der Vorstandschef Oliver Blume traf im Dezember den Präsidenten Emmanuel Macron \
              in Wolfsburg und sprach mit der SPD über Bayerns Haushalt.";
    assert_eq!(
        entities(&tagger, de, "de"),
        pairs(&[
            ("Oliver Blume", Per),
            ("Dezember", Date),
            ("Emmanuel Macron", Per),
            ("Wolfsburg", Loc),
            ("SPD", Org),
            ("Bayerns", Loc),
        ])
    );
    assert_eq!(
        entities(
            &tagger,
            "Vorstandschef Roland Busch sprach in München.",
            "de"
        ),
        pairs(&[("Roland Busch", Per), ("München", Loc)])
    );
    let en = "Wolfsburg fans met the SPD.";
    assert!(!entities(&tagger, en, "en").contains(&("Wolfsburg".to_string(), Loc)));
    // towns that are common German words are not listed
    let common = "Das Essen in der Halle war gut, das Wetter auch.";
    assert_eq!(entities(&tagger, common, "de"), pairs(&[]));
}

#[test]
fn bare_months_of_other_languages_need_a_cue() {
    let tagger = RuleTagger::builtin();
    let cases: &[LangCase] = &[
        (
            "fr",
            "Les prix ont baissé en décembre.",
            &[("décembre", Date)],
        ),
        ("ru", "В мае цены выросли.", &[("мае", Date)]),
        ("de", "Seit März sinkt der Preis.", &[("März", Date)]),
        ("de", "Der Mai war kalt.", &[]),
        // Indonesian capitalises its months; its weekdays are listed too
        (
            "id",
            "Harga naik sejak Januari, dan rapat digelar pada Selasa, 15 Maret 2024.",
            &[("Januari", Date), ("Selasa, 15 Maret 2024", Date)],
        ),
    ];
    check_labels(&tagger, cases, |_| true);
}

#[test]
fn town_lists_of_languages_with_the_fallback_model() {
    let tagger = RuleTagger::builtin();
    let cases: &[LangCase] = &[
        (
            "fr",
            "Il a déménagé à Clermont-Ferrand.",
            &[("Clermont-Ferrand", Loc)],
        ),
        ("fr", "Il vit aux Etats-Unis.", &[("Etats-Unis", Loc)]),
        ("es", "Nació en Salamanca.", &[("Salamanca", Loc)]),
        ("it", "È nato a Bergamo.", &[("Bergamo", Loc)]),
        // Polish, Czech and Ukrainian places in their case forms
        (
            "pl",
            "Spotkali się w Warszawie i w Niemczech.",
            &[("Warszawie", Loc), ("Niemczech", Loc)],
        ),
        // the genitive of Polska is the adjective "Polish" opening a sentence: not listed
        ("pl", "Polski rząd milczy w Polsce.", &[("Polsce", Loc)]),
        (
            "cs",
            "Sešli se v Praze a v Brně.",
            &[("Praze", Loc), ("Brně", Loc)],
        ),
        (
            "uk",
            "Мер Харкова був у Києві.",
            &[("Харкова", Loc), ("Києві", Loc)],
        ),
        // a town that is a common word is not listed (Tours, "turns")
        ("fr", "Tours et détours de la politique.", &[]),
        // and each list applies to its own language only
        ("en", "Clermont-Ferrand is far.", &[]),
    ];
    check_labels(&tagger, cases, |_| true);
}

#[test]
fn russian_weekdays_in_their_case_forms() {
    let tagger = RuleTagger::builtin();
    assert_eq!(
        entities(&tagger, "В среду делегация КНР прибыла, до пятницы.", "ru"),
        pairs(&[("среду", Date), ("КНР", Loc), ("пятницы", Date)])
    );
}

#[test]
fn a_russian_title_starting_a_sentence_leaves_the_name_after_it() {
    let tagger = RuleTagger::builtin();
    assert_eq!(
        entities(
            &tagger,
            "Профессор Сергей Орлов считает, что программа запоздала.",
            "ru"
        ),
        pairs(&[("Сергей Орлов", Per)])
    );
}

#[test]
fn japanese_names_and_the_place_lists() {
    let tagger = RuleTagger::builtin();
    // a kanji name before a title wins over the listed place it starts with (`豊田`, a city)
    assert_eq!(
        entities(&tagger, "トヨタ自動車の豊田章男会長が話した。", "ja"),
        pairs(&[("トヨタ自動車", Org), ("豊田章男", Per)])
    );
    // a dotted katakana phrase that starts with a listed country is no person
    let got = entities(&tagger, "フランス・ロマン主義の画家", "ja");
    assert!(got.iter().all(|(_, label)| *label != Per), "{got:?}");
}

#[test]
fn chinese_list_names_organisations_and_people_in_the_news() {
    let tagger = RuleTagger::builtin();
    let zh = "美国总统拜登周二会见了台积电董事长魏哲家。";
    let got = entities(&tagger, zh, "zh");
    for want in [("拜登", Per), ("台积电", Org), ("魏哲家", Per)] {
        assert!(
            got.contains(&(want.0.to_string(), want.1)),
            "{want:?} in {got:?}"
        );
    }
    // in other languages' sentences the list is not read
    let got = entities(&tagger, "拜登", "ja");
    assert!(!got.contains(&("拜登".to_string(), Per)), "{got:?}");
}
