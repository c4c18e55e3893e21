//! Robustness tests of the rule tagger: odd Unicode, pathological and random input never panic, and
//! every candidate stays on char boundaries inside the text.

use super::tests::split;
use super::*;

/// Checks the invariants of raw and merged candidates for `text`.
fn check(tagger: &RuleTagger, text: &str, sents: &[SentenceView]) {
    let cands = tagger.tag(text, sents);
    for c in cands.iter().chain(merge(cands.clone()).iter()) {
        assert!(
            c.range.start < c.range.end && c.range.end <= text.len(),
            "{c:?} in {text:?}"
        );
        assert!(text.is_char_boundary(c.range.start) && text.is_char_boundary(c.range.end));
    }
    let merged = merge(cands);
    assert!(
        merged
            .windows(2)
            .all(|w| w[0].range.end <= w[1].range.start),
        "{merged:?}"
    );
}

#[test]
fn odd_unicode_never_panics_and_stays_aligned() {
    let tagger = RuleTagger::builtin();
    let texts = [
        "",
        " ",
        "\u{0}\u{FEFF}\u{200B}",
        "👍🏽 ١٢٣٤ ２０２４年 ＄５ Ǆemal İSTANBUL ﬁnance",
        "'s 's 's ( ( ) -- — – (SPP) Mr. . Dr.",
        "ÉTAT, 17 juin (AFP) — Ça va. Zoë Ñúñez, a professor, said.",
        "1,2,3,4,5,6,7,8,9,0.1.2.3 $ € 99999999999999999999 percent % %",
        "e\u{0301}\u{0301}\u{0301} Ω≈ç√ 中文 한국어 2024년 ไทย עברית العربية",
    ];
    for text in texts {
        for sents in [
            Vec::new(),
            split(text, "und"),
            vec![SentenceView {
                range: (0, text.len() + 9),
                lang: "de",
            }],
        ] {
            let cands = tagger.tag(text, &sents);
            for c in cands.iter().chain(merge(cands.clone()).iter()) {
                assert!(c.range.start < c.range.end && c.range.end <= text.len());
                assert!(text.is_char_boundary(c.range.start) && text.is_char_boundary(c.range.end));
            }
        }
    }
}

#[test]
fn long_pathological_input_stays_fast_and_aligned() {
    let tagger = RuleTagger::builtin();
    let mut text = "Mr. President Dr. ".repeat(20_000);
    text.push_str("Smith said.\n");
    text.push_str(&"1,2-3 $ 4 to 5 of the Ministry of ".repeat(5_000));
    let start = std::time::Instant::now();
    let got = merge(tagger.tag(&text, &[]));
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
    assert!(got.windows(2).all(|w| w[0].range.end <= w[1].range.start));
    assert!(got
        .iter()
        .all(|c| text.is_char_boundary(c.range.start) && text.is_char_boundary(c.range.end)));
}

/// A seeded xorshift generator: the random tests are the same on every run.
fn xorshift(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed;
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}

#[test]
fn random_input_never_panics() {
    let pool: Vec<char> = "aZ Ü9 0.,;:-–—()'’\"$€%¥@/\n\t 年月日人万元中国 Mr Dr of the June 17 SPP (Xinhua) -- 한국 ١٢ \u{301}\u{200d}👍"
        .chars()
        .collect();
    let words = [
        "Mr.",
        "June",
        "2024",
        "percent",
        "Ministry",
        "of",
        "said",
        "the",
        "(",
        "SPP",
        ")",
        "--",
        "BEIJING",
        "$",
        "nearly",
        "Zhong",
        "Hua",
        ",",
        "a",
        "professor",
        "\n",
        "年",
        "14.1",
        "%",
        "to",
        "one",
    ];
    let tagger = RuleTagger::builtin();
    let mut next = xorshift(0x2545_f491_4f6c_dd1d);
    for _ in 0..300 {
        let mut text = String::new();
        let len = (next() % 60) as usize;
        for _ in 0..len {
            let r = next();
            if r.is_multiple_of(3) {
                text.push_str(
                    words
                        .get((r / 3) as usize % words.len())
                        .copied()
                        .unwrap_or(""),
                );
                text.push(' ');
            } else if let Some(c) = pool.get((r / 3) as usize % pool.len()) {
                text.push(*c);
            }
        }
        check(&tagger, &text, &[]);
        check(&tagger, &text, &split(&text, "en"));
    }
}

#[test]
fn random_times_quantities_and_ranks_never_panic() {
    let words = [
        "3",
        "10",
        "12",
        ":",
        "30",
        "p",
        ".",
        "m",
        "am",
        "PM",
        "EST",
        "1400",
        "GMT",
        "Uhr",
        "h",
        "o'clock",
        "hours",
        "minutes",
        "an",
        "hour",
        "half",
        "a",
        "few",
        "the",
        "past",
        "first",
        "second",
        "21",
        "st",
        "-",
        "ton",
        "km",
        "²",
        "°",
        "C",
        "degrees",
        "square",
        "下午",
        "点",
        "半",
        "分",
        "時",
        "間",
        "第",
        "三",
        "오후",
        "시",
        "분에",
        "시간",
        "두",
        "번째",
        "80",
        "000",
        "tonnes",
        "lei",
        "pounds",
        "sterling",
        "century",
        "morning",
        "Tuesday",
        "night",
        "later",
        "の",
        "先週",
        "月曜日",
        "삼성전자는",
        "서울에서",
        "\n",
    ];
    let tagger = RuleTagger::builtin();
    let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
    for round in 0..400 {
        let mut text = String::new();
        for _ in 0..(next() % 40) {
            let r = next();
            text.push_str(words.get(r as usize % words.len()).copied().unwrap_or(""));
            if !r.is_multiple_of(4) {
                text.push(' ');
            }
        }
        let lang = ["en", "ko", "ja", "zh"][round % 4];
        check(&tagger, &text, &[]);
        check(&tagger, &text, &split(&text, lang));
    }
}
