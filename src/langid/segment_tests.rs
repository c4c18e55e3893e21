//! Tests of language segmentation (kept apart so `segment.rs` stays short).

use super::super::units::{quote_parts, units};
use super::*;
use crate::langid::{LanguageConfig, LanguageDetector};

fn detector() -> LanguageDetector {
    LanguageDetector::new(LanguageConfig::default()).unwrap()
}

/// Checks the segment invariants: ordered, trimmed, on char boundaries, covering every
/// non-whitespace char once, and neighbours in different languages.
fn check_invariants(text: &str, res: &LanguageResult) {
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    for (k, s) in res.segments.iter().enumerate() {
        assert!(s.range.start >= last_end, "overlap or disorder at {k}");
        assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
        let surface = &text[s.range.clone()];
        assert!(
            !surface.is_empty() && surface.trim() == surface,
            "untrimmed {surface:?}"
        );
        for c in covered.iter_mut().take(s.range.end).skip(s.range.start) {
            *c = true;
        }
        if k > 0 {
            assert_ne!(
                res.segments[k - 1].detection.lang,
                s.detection.lang,
                "unmerged at {k}"
            );
        }
        last_end = s.range.end;
    }
    for (i, c) in text.char_indices() {
        assert!(
            c.is_whitespace() || covered[i],
            "char {c:?} at {i} not in a segment"
        );
    }
}

/// The language of each segment, in order.
fn segment_langs(res: &LanguageResult) -> Vec<String> {
    res.segments
        .iter()
        .map(|s| s.detection.lang.clone())
        .collect()
}

fn langs(text: &str, res: &LanguageResult) -> Vec<(String, String)> {
    res.segments
        .iter()
        .map(|s| (s.detection.lang.clone(), text[s.range.clone()].to_string()))
        .collect()
}

#[test]
fn units_split_lines_and_sentences() {
    let text = "First one here. Second one!\n  Third line\n\n中文句子。第二句。";
    let got: Vec<&str> = units(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(
        got,
        vec![
            "First one here.",
            "Second one!",
            "Third line",
            "中文句子。",
            "第二句。"
        ]
    );
    let abbr = "The U.S. team won.";
    assert_eq!(units(abbr).len(), 1);
    assert!(units("  \n ").is_empty());
}

#[test]
fn light_runs_are_absorbed() {
    let r = unit_runs("苹果公司今天发布了新款iPhone手机和电脑");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].script, Script::Han);
    let r = unit_runs("详情请访问新华网站www.example.com/news了解更多关于这次会议的内容和决定");
    assert_eq!(r.len(), 1, "a web address inside a long Chinese sentence");
    let r = unit_runs("Officials in Beijing (北京) said the plan would start in June.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].script, Script::Latin);
}

#[test]
fn alternating_scripts_stay_linear() {
    let text = "a中".repeat(50_000);
    let r = unit_runs(&text);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].range, 0..text.len());
    check_invariants(&text, &detector().detect(&text));
}

#[test]
fn english_article_with_chinese_footer() {
    let text = "Prosecutors warn of rising online crimes\n\
        The report was released on Monday by the country's top prosecutors, who said cases grew.\n\
        YOUTH CRIME\n\
        Officials said the number of cases fell over the past three years in most provinces.\n\
        留言 0";
    let d = detector();
    let res = d.detect(text);
    check_invariants(text, &res);
    let got = langs(text, &res);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "en");
    assert_eq!(got[1], ("zh".to_string(), "留言 0".to_string()));
    assert_eq!(res.document.lang, "en");
    assert_eq!(res.segments[1].detection.script, "Han");
}

#[test]
fn language_switch_between_lines() {
    let text = "Die Regierung hat am Montag neue Regeln für den Verkehr beschlossen.\n\
        Le gouvernement a présenté lundi un nouveau projet de loi sur l'énergie.\n\
        Правительство в понедельник представило новый законопроект об энергетике.";
    let res = detector().detect(text);
    check_invariants(text, &res);
    let got = segment_langs(&res);
    assert_eq!(got, vec!["de", "fr", "ru"]);
}

#[test]
fn a_quotation_in_another_language_is_a_segment() {
    let text = "Works council chief Daniela Cavallo told employees in Wolfsburg: \
        \"Wir werden um jeden Arbeitsplatz kämpfen.\" The board will meet again next month.";
    let res = detector().detect(text);
    check_invariants(text, &res);
    assert_eq!(
        langs(text, &res),
        [
            (
                "en",
                "Works council chief Daniela Cavallo told employees in Wolfsburg:"
            ),
            ("de", "\"Wir werden um jeden Arbeitsplatz kämpfen.\""),
            ("en", "The board will meet again next month."),
        ]
        .map(|(l, t)| (l.to_string(), t.to_string()))
    );
    // a short quotation, or one in the document's language, stays in its sentence's segment
    for text in [
        "The minister said \"No hay plata\" and left the room in a hurry.",
        "The minister said \"we will fight for every single job here\" and left.",
    ] {
        assert_eq!(segment_langs(&detector().detect(text)), ["en"], "{text}");
    }
}

#[test]
fn quote_parts_cut_around_long_quotations_only() {
    let parts = |unit: &str| -> Vec<String> {
        quote_parts(unit)
            .into_iter()
            .map(|(r, _)| unit[r].to_string())
            .collect()
    };
    assert_eq!(parts("He said «ok» then."), ["He said «ok» then."]);
    assert_eq!(
        parts("Il a dit : « Nous ne céderons jamais rien » hier."),
        ["Il a dit : ", "« Nous ne céderons jamais rien »", " hier."]
    );
    // the full stop after the closing mark stays with the quotation
    assert_eq!(
        parts("Sie sagte „Das ist ein schwarzer Tag für uns“."),
        ["Sie sagte ", "„Das ist ein schwarzer Tag für uns“."]
    );
    assert_eq!(
        parts("An \"unclosed quotation of many words here"),
        ["An \"unclosed quotation of many words here"]
    );
}

#[test]
fn kanji_only_line_in_japanese_text_is_japanese() {
    let text = "東京都知事選挙\n今日は朝から雨が降っていますが、午後には晴れるでしょう。";
    let res = detector().detect(text);
    check_invariants(text, &res);
    assert_eq!(res.segments.len(), 1, "{:?}", langs(text, &res));
    assert_eq!(res.document.lang, "ja");
}

#[test]
fn edge_inputs() {
    let d = detector();
    let empty = d.detect("");
    assert!(empty.segments.is_empty());
    assert_eq!(empty.document.lang, "en");
    let symbols = "  2024 -- 17/06 ■ ";
    let res = d.detect(symbols);
    check_invariants(symbols, &res);
    assert_eq!(res.segments.len(), 1);
    assert!(!res.document.reliable);
    for text in [
        "a",
        "\u{301}x\u{301}",
        "𝔘𝔫𝔦 ℂ 中",
        "ー。！\n\r\n",
        "Ω",
        "ལྷ་ས",
    ] {
        check_invariants(text, &d.detect(text));
    }
}

#[test]
fn seed_article_from_shared_data() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("seeds absent: skipped");
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    let Some(path) = paths
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "txt"))
    else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap();
    let res = detector().detect(&text);
    check_invariants(&text, &res);
    let got = langs(&text, &res);
    assert_eq!(
        got.len(),
        2,
        "{:?}",
        got.iter().map(|g| (&g.0, g.1.len())).collect::<Vec<_>>()
    );
    assert_eq!(got[0].0, "en");
    assert!(got[0].1.contains("JUVENILE DELINQUENCY"));
    let last_line = text.trim_end().lines().last().unwrap_or("").trim();
    assert_eq!(got[1], ("zh".to_string(), last_line.to_string()));
}

#[test]
fn invariants_hold_on_random_text() {
    // Deterministic pseudo-random strings over a pool mixing scripts, marks, spaces and symbols.
    let pool: Vec<char> = "ab cdeé.!?\n\t 中文。！カなのعربيяжΩ한\u{301}\u{200b}1-—«»\"'ł ß\r  "
        .chars()
        .collect();
    let d = detector();
    let mut state: u64 = 7;
    for _ in 0..300 {
        let mut text = String::new();
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        let len = (state >> 58) as usize * 4;
        for _ in 0..len {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            text.push(pool[(state >> 33) as usize % pool.len()]);
        }
        let res = d.detect(&text);
        check_invariants(&text, &res);
        assert!((0.0..=1.0).contains(&res.document.confidence));
    }
}

#[test]
fn many_short_lines_stay_one_segment() {
    // Thousands of weak lines: context smoothing is linear, and they all follow the article.
    let mut text = String::from(
        "The city council approved the new budget for schools and roads on Tuesday evening.\n",
    );
    for i in 0..5000 {
        text.push_str(&format!("ok {i}\n"));
    }
    let res = detector().detect(&text);
    check_invariants(&text, &res);
    assert_eq!(res.segments.len(), 1);
    assert_eq!(res.document.lang, "en");
}

#[test]
fn languages_outside_our_model_come_from_whatlang() {
    let d = detector();
    let cases = [
        (
            "it",
            "La squadra ha vinto la partita grazie a un gol nel secondo tempo, dicono i tifosi.",
        ),
        (
            "nl",
            "Het team won de wedstrijd dankzij een doelpunt in de tweede helft van het duel.",
        ),
        (
            "pl",
            "Rząd przedstawił w poniedziałek nowy projekt ustawy o energii odnawialnej.",
        ),
        (
            "tr",
            "Hükümet pazartesi günü enerjiyle ilgili yeni bir yasa tasarısı sundu.",
        ),
        (
            "fi",
            "Hallitus esitteli maanantaina uuden energialakiehdotuksen eduskunnalle.",
        ),
        (
            "uk",
            "Уряд у понеділок представив новий законопроєкт про енергетику країни.",
        ),
        (
            "nb",
            "I morgen tidlig skal vi kjøpe noe frukt etter jobb, og hun ble veldig glad.",
        ),
    ];
    for (want, text) in cases {
        assert_eq!(d.detect(text).document.lang, want, "{text}");
    }
}

#[test]
fn one_real_sentence_in_another_language_keeps_its_segment() {
    let text = "The minister arrived in Paris on Tuesday for two days of talks on trade.\n\
        « Nous voulons un accord équilibré pour nos agriculteurs », a déclaré le ministre.\n\
        The talks are expected to continue next month in Brussels, officials said.";
    let res = detector().detect(text);
    check_invariants(text, &res);
    let got = segment_langs(&res);
    assert_eq!(got, vec!["en", "fr", "en"]);
}

#[test]
fn outside_languages_keep_whatlangs_answer_behind_the_cheap_signs() {
    // whatlang is asked only when the text shows a sign of a language the model lacks
    // (`outsiders`); these sentences must still get their language. Four are hard for whatlang
    // itself (Slovene read as Serbian/Slovak, Afrikaans as Danish, Latin as Portuguese).
    let d = detector();
    let table = include_str!("testdata/outside_languages.tsv");
    let (mut right, mut all, mut misses) = (0, 0, Vec::new());
    for line in table.lines().filter(|l| !l.starts_with('#')) {
        let Some((want, text)) = line.split_once('\t') else {
            continue;
        };
        all += 1;
        let got = d.detect(text).document.lang;
        if got == want {
            right += 1;
        } else {
            misses.push(format!("{want}->{got}"));
        }
    }
    assert_eq!(all, 38);
    assert!(right >= 34, "{right}/{all}; misses {misses:?}");
}

#[test]
fn a_line_in_a_language_the_model_lacks_inside_another_document() {
    // The Italian line shows no sign but `di`, and the document's sample is French: the line's
    // own sign must still bring whatlang in (without it the n-gram model read it as Portuguese).
    let text = "Le président a rencontré le chancelier à Berlin le 3 mars pour parler du budget.\n\
        Il sindaco di Roma, Roberto Gualtieri, ha incontrato il papa Francesco in Vaticano.\n\
        La réunion a duré deux heures et les ministres ont promis de se revoir en avril.";
    let res = detector().detect(text);
    check_invariants(text, &res);
    assert_eq!(segment_langs(&res), vec!["fr", "it", "fr"]);
}

#[test]
fn a_line_with_signs_of_another_outside_language_keeps_its_own() {
    // The document is Dutch, a language the model lacks; the Polish line shows its own sign
    // (`się`), so whatlang weighs Polish for it too instead of only Dutch against the model's
    // guess (the whole document was one Dutch segment).
    let text = "De gemeente wil volgend jaar meer fietspaden aanleggen in het centrum van de stad.\n\
        Premier Donald Tusk spotkał się we wtorek w Warszawie z przewodniczącą Komisji Europejskiej.\n\
        De Nederlandse premier bezocht maandag Brussel voor overleg met de Europese Commissie.";
    let res = detector().detect(text);
    check_invariants(text, &res);
    assert_eq!(segment_langs(&res), vec!["nl", "pl", "nl"]);
}

/// A Latin piece as the classifier would leave it, for testing `smooth` alone.
fn latin_piece(lang: &'static str, confidence: f64, letters: usize) -> Located {
    Located {
        range: 0..letters,
        lang,
        piece: Piece {
            lang,
            script: Script::Latin,
            confidence,
            letters,
            variant: Default::default(),
            by_script: false,
            probs: vec![(lang, confidence)],
            pending: false,
            foreign: 0,
            fit: (0.0, 0),
        },
    }
}

#[test]
fn a_short_fragment_follows_long_pieces_when_no_piece_is_strong() {
    // Whatlang named the whole (Dutch) document with confidence 0.49, under the 0.5 that makes a
    // piece strong; "Dr." cut off before "de Vries" guessed Swedish on its own. It takes its
    // neighbours' language, and so stays in their segment and their sentence.
    let mut ps = vec![
        latin_piece("nl", 0.49, 40),
        latin_piece("sv", 0.15, 2),
        latin_piece("nl", 0.49, 50),
    ];
    smooth(&mut ps, 12, 0.5);
    let got: Vec<&str> = ps.iter().map(|p| p.lang).collect();
    assert_eq!(got, ["nl", "nl", "nl"]);
    // A long piece with no strong context keeps its own guess, and so does a lone fragment.
    let mut ps = vec![latin_piece("nl", 0.49, 40), latin_piece("da", 0.45, 30)];
    smooth(&mut ps, 12, 0.5);
    assert_eq!(ps[1].lang, "da");
    let mut ps = vec![latin_piece("sv", 0.15, 2)];
    smooth(&mut ps, 12, 0.5);
    assert_eq!(ps[0].lang, "sv");
}
