//! Tests of the public splitter: the golden rules (data-driven, `golden_rules.tsv`), the shipped rule
//! files, offsets and invariants over odd Unicode input, and the linear-time guarantee.

use super::*;

const GOLDEN: &str = include_str!("golden_rules.tsv");

fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut it = field.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn split_str<'t>(sp: &SentenceSplitter, text: &'t str, lang: &str) -> Vec<&'t str> {
    sp.split(text, 0..text.len(), lang)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

/// Checks the documented invariants of `split` output for `text[range]`.
fn check_invariants(text: &str, range: Range<usize>, out: &[Range<usize>]) {
    let mut prev_end = range.start;
    for r in out {
        assert!(
            r.start >= prev_end && r.start < r.end && r.end <= range.end,
            "{out:?}"
        );
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        let piece = &text[r.clone()];
        assert_eq!(piece, piece.trim(), "not trimmed: {piece:?}");
        let gap = &text[prev_end..r.start];
        assert!(gap.trim().is_empty(), "uncovered text {gap:?}");
        prev_end = r.end;
    }
    assert!(
        text[prev_end..range.end].trim().is_empty(),
        "uncovered tail"
    );
}

#[test]
fn golden_rules() {
    let sp = SentenceSplitter::builtin();
    let (mut failures, mut total, mut en) = (Vec::new(), 0, 0);
    for line in GOLDEN.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let [lang, name, input, expected @ ..] = fields.as_slice() else {
            panic!("bad golden line {line:?}");
        };
        total += 1;
        en += usize::from(lang == "en");
        let got = split_str(&sp, input, lang);
        check_invariants(
            input,
            0..input.len(),
            &sp.split(input, 0..input.len(), lang),
        );
        if got != expected.iter().map(String::as_str).collect::<Vec<_>>() {
            failures.push(format!(
                "[{lang}] {name}\n  got:      {got:?}\n  expected: {expected:?}"
            ));
        }
    }
    assert!(
        en >= 48 && total > en,
        "golden file too small: {en} en of {total}"
    );
    assert!(
        failures.is_empty(),
        "{} of {total} golden rules fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_shipped_file_parses_and_is_used() {
    for (lang, content) in BUILTIN {
        let rules = LangRules::parse(content).unwrap_or_else(|e| panic!("{lang}: {e}"));
        let words = rules.titles.len() + rules.abbreviations.len() + rules.numeric.len();
        assert!(
            words > 0 || !rules.continuations.is_empty(),
            "{lang} has no rules"
        );
        assert!(
            content.contains("[titles]") || content.contains("[continuations]"),
            "{lang}"
        );
    }
    let sp = SentenceSplitter::builtin();
    assert_eq!(sp.languages().len(), BUILTIN.len() - 1);
    for lang in [
        "en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja", "ar", "hi", "el",
    ] {
        assert!(sp.languages().contains(&lang), "{lang} missing");
    }
}

#[test]
fn ranges_are_absolute_and_limited_to_the_range() {
    let sp = SentenceSplitter::builtin();
    let text = "Intro. 今日は雨です。明日は晴れ。 Tail. End.";
    let start = text.find('今').unwrap();
    let end = text.find(" Tail").unwrap();
    let out = sp.split(text, start..end, "ja");
    let got: Vec<&str> = out.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(got, ["今日は雨です。", "明日は晴れ。"]);
    check_invariants(text, start..end, &out);
    assert!(
        sp.split(text, start + 1..end, "ja").is_empty(),
        "non-boundary range"
    );
    assert!(
        sp.split(text, 0..text.len() + 1, "en").is_empty(),
        "out of bounds"
    );
    let (a, b) = (5, 2);
    assert!(sp.split(text, a..b, "en").is_empty(), "reversed range");
}

#[test]
fn with_rules_adds_an_abbreviation_and_reports_errors() {
    let text = "Ask Prok. Smith first.";
    let sp = SentenceSplitter::builtin();
    assert_eq!(split_str(&sp, text, "en").len(), 2);
    let en = BUILTIN
        .iter()
        .find(|(l, _)| *l == "en")
        .map(|(_, c)| *c)
        .unwrap_or("");
    let sp = sp
        .with_rules("en", &format!("{en}\n[titles]\nProk.\n"))
        .unwrap();
    assert_eq!(split_str(&sp, text, "en"), [text]);
    let sp = sp.with_rules("xx-YY", "[titles]\nProk.\n").unwrap();
    assert_eq!(split_str(&sp, text, "xx"), [text]);
    let extra = SentenceSplitter::builtin()
        .with_extra_rules("en", "[titles]\nProk.\n")
        .unwrap();
    assert_eq!(split_str(&extra, text, "en"), [text]);
    assert_eq!(
        split_str(&extra, "Ask Mr. Smith. He knows.", "en").len(),
        2,
        "builtin kept"
    );
    let extra = extra
        .with_extra_rules("sv", "[abbreviations]\nbl.a.\n")
        .unwrap();
    assert!(extra.languages().contains(&"sv"));
    assert!(SentenceSplitter::builtin()
        .with_extra_rules("en", "[x]\n")
        .is_err());
    let err = SentenceSplitter::builtin()
        .with_rules("en", "[titles]\nMr.\n[nope]\n")
        .unwrap_err();
    assert!(err.contains("line 3") && err.contains("nope"), "{err}");
    assert!(SentenceSplitter::builtin()
        .with_rules("", "[titles]\n")
        .is_err());
}

#[test]
fn language_codes_are_normalised() {
    assert_eq!(normalize_lang("pt-BR"), "pt");
    assert_eq!(normalize_lang("ENG"), "en");
    assert_eq!(normalize_lang("zh_Hant"), "zh");
    assert_eq!(normalize_lang("deu"), "de");
    assert_eq!(normalize_lang("und"), "und");
}

#[test]
fn odd_inputs_never_panic_and_keep_invariants() {
    let sp = SentenceSplitter::builtin();
    let cases = [
        "",
        " ",
        " \n\t \r\n ",
        "e\u{301}\u{301}. A\u{308}ber. ",
        "👍🏽 Great!!! 👨‍👩‍👧 Yes.",
        "line one\rline two\rline three.",
        "nul\0byte. Next\0.",
        ".",
        "...",
        ". . . .",
        "?!?!",
        "。。。",
        "\u{2029}\u{2028}\u{85}",
        "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((. a",
        "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.A.B.C",
        "1) 1) 2) 2) a. b. c. 1.) 2.)",
        "» « » «. » .",
        "\u{FEFF}Hi. \u{200B}There.",
        "1.) x",
        "x ;y; z;",
    ];
    for lang in ["en", "de", "fr", "zh", "ja", "ar", "hi", "el", "ru", "xx"] {
        for text in cases {
            let out = sp.split(text, 0..text.len(), lang);
            check_invariants(text, 0..text.len(), &out);
        }
    }
    assert!(sp.split("", 0..0, "en").is_empty());
    assert!(sp.split(" \n ", 0..3, "en").is_empty());
}

#[test]
fn long_unpunctuated_text_is_linear() {
    let sp = SentenceSplitter::builtin();
    let word = "wörd ";
    let text = word.repeat(1_000_000 / word.len());
    let t = std::time::Instant::now();
    let out = sp.split(&text, 0..text.len(), "en");
    assert_eq!(out.len(), 1);
    let dots = ".".repeat(1_000_000);
    assert_eq!(sp.split(&dots, 0..dots.len(), "en").len(), 1);
    let spaced = ". ".repeat(500_000);
    check_invariants(
        &spaced,
        0..spaced.len(),
        &sp.split(&spaced, 0..spaced.len(), "en"),
    );
    let lines = "\n".repeat(1_000_000);
    assert!(sp.split(&lines, 0..lines.len(), "en").is_empty());
    let stamps = "at 01/02/2003 04:05 PM ".repeat(40_000);
    let out = sp.split(&stamps, 0..stamps.len(), "en");
    check_invariants(&stamps, 0..stamps.len(), &out);
    assert_eq!(out.len(), 40_000);
    let slashes = "1/".repeat(400_000);
    assert_eq!(sp.split(&slashes, 0..slashes.len(), "en").len(), 1);
    let markers = "1) ".repeat(300_000);
    check_invariants(
        &markers,
        0..markers.len(),
        &sp.split(&markers, 0..markers.len(), "en"),
    );
    assert!(t.elapsed().as_secs_f64() < 2.0, "took {:?}", t.elapsed());
}

/// A deterministic xorshift generator: random inputs without a new dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_unicode_keeps_invariants() {
    // Characters every rule looks at, plus letters of several scripts and random code points.
    let pieces = [
        ".", "!", "?", "…", "。", "！", "」", "“", "”", "\"", "'", "(", ")", "[", "]", "«", "»",
        " ", " ", "  ", "\n", "\r\n", "\r", "\n\n", "\u{2029}", "\u{A0}", "•", "⁃", "1", "12", "a",
        "b", "A", "Mr", "etc", "U.S", "e.g", "The", "the", "z", "т", "Он", "中", "と", "ب", "।",
        "؟", ";", ":)", ":", "-", "@", "/", "www", "\u{301}", "👍🏽", "\0", "\t", "é", "ß", "İ",
    ];
    let sp = SentenceSplitter::builtin();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        let mut text = String::new();
        for _ in 0..rng.below(40) {
            if rng.below(10) == 0 {
                let c = char::from_u32(rng.below(0x2FFFF) as u32).unwrap_or('x');
                text.push(c);
            } else {
                text.push_str(pieces[rng.below(pieces.len())]);
            }
        }
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let a = bounds[rng.below(bounds.len())];
        let b = bounds[rng.below(bounds.len())];
        let range = a.min(b)..a.max(b);
        let lang = [
            "en", "de", "fr", "es", "ru", "zh", "ja", "ar", "hi", "el", "xx",
        ][round % 11];
        let whole = sp.split(&text, 0..text.len(), lang);
        check_invariants(&text, 0..text.len(), &whole);
        let part = sp.split(&text, range.clone(), lang);
        check_invariants(&text, range, &part);
        assert_eq!(
            whole,
            sp.split(&text, 0..text.len(), lang),
            "not deterministic"
        );
    }
}

#[test]
fn splitter_is_send_sync_and_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<SentenceSplitter>();
    let sp = SentenceSplitter::builtin();
    let text = "One. Two. Three.";
    let outs: Vec<Vec<Range<usize>>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| s.spawn(|| sp.split(text, 0..text.len(), "en")))
            .collect();
        handles.into_iter().filter_map(|h| h.join().ok()).collect()
    });
    assert_eq!(outs.len(), 4);
    assert!(outs.iter().all(|o| o == &outs[0] && o.len() == 3));
}
