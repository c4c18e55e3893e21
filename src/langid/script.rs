//! Writing systems: a per-character script classifier (Unicode block ranges) and the split of a
//! text into runs of one script, with digits, punctuation and symbols ("Common") attached to a
//! neighbouring run so that they never form a run of their own.
//!
//! Language segmentation splits by script first, because a script change is the strongest and
//! cheapest evidence of a language change (Han vs Latin, Cyrillic vs Latin, kana means Japanese).

use std::ops::Range;

/// A writing system as far as language identification cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Script {
    /// Digits, punctuation, symbols, combining marks: attach to neighbours.
    Common,
    /// Latin letters (including extended blocks and fullwidth forms).
    Latin,
    /// Cyrillic letters.
    Cyrillic,
    /// Greek letters.
    Greek,
    /// Armenian letters.
    Armenian,
    /// Hebrew letters.
    Hebrew,
    /// Arabic letters.
    Arabic,
    /// Devanagari (Hindi, Marathi, Nepali).
    Devanagari,
    /// Bengali script.
    Bengali,
    /// Gurmukhi script (Punjabi).
    Gurmukhi,
    /// Gujarati script.
    Gujarati,
    /// Oriya script.
    Oriya,
    /// Tamil script.
    Tamil,
    /// Telugu script.
    Telugu,
    /// Kannada script.
    Kannada,
    /// Malayalam script.
    Malayalam,
    /// Sinhala script.
    Sinhala,
    /// Thai script.
    Thai,
    /// Myanmar script.
    Myanmar,
    /// Georgian script.
    Georgian,
    /// Hangul (Korean).
    Hangul,
    /// Ethiopic (Amharic).
    Ethiopic,
    /// Khmer script.
    Khmer,
    /// Han ideographs (Chinese characters, also kanji).
    Han,
    /// Hiragana (Japanese only).
    Hiragana,
    /// Katakana (Japanese only).
    Katakana,
    /// A letter of a script we have no language for.
    Other,
}

impl Script {
    /// The name written in outputs ("Latin", "Han", ...).
    pub fn name(self) -> &'static str {
        match self {
            Script::Common => "Common",
            Script::Latin => "Latin",
            Script::Cyrillic => "Cyrillic",
            Script::Greek => "Greek",
            Script::Armenian => "Armenian",
            Script::Hebrew => "Hebrew",
            Script::Arabic => "Arabic",
            Script::Devanagari => "Devanagari",
            Script::Bengali => "Bengali",
            Script::Gurmukhi => "Gurmukhi",
            Script::Gujarati => "Gujarati",
            Script::Oriya => "Oriya",
            Script::Tamil => "Tamil",
            Script::Telugu => "Telugu",
            Script::Kannada => "Kannada",
            Script::Malayalam => "Malayalam",
            Script::Sinhala => "Sinhala",
            Script::Thai => "Thai",
            Script::Myanmar => "Myanmar",
            Script::Georgian => "Georgian",
            Script::Hangul => "Hangul",
            Script::Ethiopic => "Ethiopic",
            Script::Khmer => "Khmer",
            Script::Han => "Han",
            Script::Hiragana => "Hiragana",
            Script::Katakana => "Katakana",
            Script::Other => "Other",
        }
    }

    /// The group used to split runs: Han and kana share one group (Japanese mixes them).
    pub fn group(self) -> Script {
        match self {
            Script::Hiragana | Script::Katakana => Script::Han,
            s => s,
        }
    }
}

/// Classifies one character by Unicode block.
pub fn script_of(c: char) -> Script {
    let u = c as u32;
    match u {
        0x41..=0x5A | 0x61..=0x7A | 0xAA | 0xBA => Script::Latin,
        0..=0x7F => Script::Common,
        0xD7 | 0xF7 => Script::Common,
        0xC0..=0x24F | 0x250..=0x2AF | 0x1E00..=0x1EFF => Script::Latin,
        0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xAB30..=0xAB6F => Script::Latin,
        0xFF21..=0xFF3A | 0xFF41..=0xFF5A => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x530..=0x58F => Script::Armenian,
        0x5D0..=0x5FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x660..=0x669 | 0x6F0..=0x6F9 | 0x60C | 0x61B | 0x61F | 0x66A..=0x66D | 0x6D4 => {
            Script::Common
        }
        0x600..=0x6FF => Script::Arabic,
        0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x964..=0x96F => Script::Common,
        0x900..=0x97F | 0xA8E0..=0xA8FF => Script::Devanagari,
        0x980..=0x9FF => Script::Bengali,
        0xA00..=0xA7F => Script::Gurmukhi,
        0xA80..=0xAFF => Script::Gujarati,
        0xB00..=0xB7F => Script::Oriya,
        0xB80..=0xBFF => Script::Tamil,
        0xC00..=0xC7F => Script::Telugu,
        0xC80..=0xCFF => Script::Kannada,
        0xD00..=0xD7F => Script::Malayalam,
        0xD80..=0xDFF => Script::Sinhala,
        0xE00..=0xE7F => Script::Thai,
        0x1000..=0x109F => Script::Myanmar,
        0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => Script::Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7FF => Script::Hangul,
        0x1200..=0x139F | 0x2D80..=0x2DDF => Script::Ethiopic,
        0x1780..=0x17FF => Script::Khmer,
        0x3041..=0x3096 | 0x309D..=0x309F => Script::Hiragana,
        0x30A1..=0x30FA | 0x30FD..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9D => Script::Katakana,
        0x3005 | 0x3007 | 0x3021..=0x3029 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF => Script::Han,
        0xF900..=0xFAFF | 0x20000..=0x2FA1F | 0x30000..=0x3134F => Script::Han,
        _ if c.is_alphabetic() && !is_mark_like(u) => Script::Other,
        _ => Script::Common,
    }
}

/// Combining marks, modifiers and script-neutral letters-like symbols that should attach.
fn is_mark_like(u: u32) -> bool {
    matches!(u, 0x300..=0x36F | 0x2B0..=0x2FF | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF)
        || matches!(u, 0x2100..=0x214F | 0x2160..=0x218F | 0x24B6..=0x24E9 | 0x3031..=0x3035)
        || u == 0x30FC
}

/// Whether a character counts as a letter of a real script (not Common).
pub fn is_letter(c: char) -> bool {
    script_of(c) != Script::Common
}

/// A maximal stretch of one script group, with the Common characters around it attached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Byte range in the text it was cut from.
    pub range: Range<usize>,
    /// The script group (`Han` covers kana too); `Common` only when the text has no letters.
    pub script: Script,
    /// Letters of the run's script group.
    pub letters: usize,
    /// Hiragana and katakana letters among them.
    pub kana: usize,
}

/// Chars (Unicode scalar values) in `text`; ASCII text is counted by its length, undecoded.
pub(crate) fn char_count(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// Splits `text` into runs of one script group. Runs are contiguous and cover the whole text.
/// Common characters between two runs go to the later run from the last whitespace of the gap on
/// (so "中文 (English)" becomes "中文 " + "(English)"), else to the earlier run.
pub fn runs(text: &str) -> Vec<Run> {
    if text.is_ascii() {
        // One Latin run (or one Common run without letters): the common case, in one count.
        let letters = text.bytes().filter(u8::is_ascii_alphabetic).count();
        let script = if letters > 0 {
            Script::Latin
        } else {
            Script::Common
        };
        return match text.is_empty() {
            true => Vec::new(),
            false => vec![Run {
                range: 0..text.len(),
                script,
                letters,
                kana: 0,
            }],
        };
    }
    let mut out: Vec<Run> = Vec::new();
    // Byte offset just after the last whitespace seen since the last letter.
    let mut gap_split: Option<usize> = None;
    let mut current: Option<Run> = None;
    let bytes = text.as_bytes();
    let mut next = 0;
    while let Some(&b) = bytes.get(next) {
        let i = next;
        // ASCII a byte at a time: most text here is Latin letters, digits, spaces and
        // punctuation.
        let (script, c) = if b.is_ascii() {
            next += 1;
            let script = if b.is_ascii_alphabetic() {
                Script::Latin
            } else {
                Script::Common
            };
            (script, char::from(b))
        } else {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            next += c.len_utf8();
            (script_of(c), c)
        };
        let s = script.group();
        if s == Script::Common {
            if c.is_whitespace() {
                gap_split = Some(next);
            }
            continue;
        }
        let kana = usize::from(matches!(script, Script::Hiragana | Script::Katakana));
        match current.as_mut() {
            Some(run) if run.script == s => {
                run.letters += 1;
                run.kana += kana;
            }
            Some(run) => {
                let cut = gap_split.unwrap_or(i).max(run.range.start);
                run.range.end = cut;
                out.push(run.clone());
                current = Some(Run {
                    range: cut..text.len(),
                    script: s,
                    letters: 1,
                    kana,
                });
            }
            None => {
                current = Some(Run {
                    range: 0..text.len(),
                    script: s,
                    letters: 1,
                    kana,
                })
            }
        }
        gap_split = None;
    }
    match current {
        Some(mut run) => {
            run.range.end = text.len();
            out.push(run);
        }
        None if !text.is_empty() => out.push(Run {
            range: 0..text.len(),
            script: Script::Common,
            letters: 0,
            kana: 0,
        }),
        None => {}
    }
    out
}

#[cfg(test)]
mod reference_tests {
    use super::*;

    #[test]
    fn byte_scan_matches_the_char_by_char_reading() {
        let pieces = [
            "a", "Z", "1", " ", "\n", ".", "é", "ß", "中", "の", "ж", "한", "ا", "\u{a0}", "—",
            "(", "x", "Ω",
        ];
        for text in super::super::random_text::strings(&pieces, 10, 20_000, 0x9e37_79b9_7f4a_7c15) {
            let got = runs(&text);
            // Runs cover the text, in order, each of one script group with its letters counted.
            let mut at = 0;
            for r in &got {
                assert_eq!(r.range.start, at, "{text:?}");
                at = r.range.end;
                let seg = text.get(r.range.clone()).unwrap_or("");
                let letters = seg
                    .chars()
                    .filter(|&c| r.script != Script::Common && script_of(c).group() == r.script)
                    .count();
                assert_eq!(letters, r.letters, "{text:?} {got:?}");
                if r.script != Script::Common {
                    assert!(letters > 0, "{text:?} {got:?}");
                }
            }
            assert_eq!(at, text.len(), "{text:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_common_scripts() {
        assert_eq!(script_of('a'), Script::Latin);
        assert_eq!(script_of('é'), Script::Latin);
        assert_eq!(script_of('ß'), Script::Latin);
        assert_eq!(script_of('ж'), Script::Cyrillic);
        assert_eq!(script_of('中'), Script::Han);
        assert_eq!(script_of('の'), Script::Hiragana);
        assert_eq!(script_of('カ'), Script::Katakana);
        assert_eq!(script_of('한'), Script::Hangul);
        assert_eq!(script_of('ع'), Script::Arabic);
        assert_eq!(script_of('λ'), Script::Greek);
        assert_eq!(script_of('क'), Script::Devanagari);
        for c in ['1', ' ', '.', '，', '。', '■', '-', '\n', '"', '×', 'ー'] {
            assert_eq!(script_of(c), Script::Common, "{c:?}");
        }
    }

    #[test]
    fn runs_cover_text_and_split_at_whitespace_in_gap() {
        let text = "Hello world. 你好，世界。 (English) ok";
        let r = runs(text);
        assert_eq!(r.len(), 3);
        assert_eq!(&text[r[0].range.clone()], "Hello world. ");
        assert_eq!(&text[r[1].range.clone()], "你好，世界。 ");
        assert_eq!(&text[r[2].range.clone()], "(English) ok");
        assert_eq!(r[1].script, Script::Han);
        assert_eq!(r[1].letters, 4);
        let mut pos = 0;
        for run in &r {
            assert_eq!(run.range.start, pos);
            pos = run.range.end;
        }
        assert_eq!(pos, text.len());
    }

    #[test]
    fn kana_and_han_share_a_run() {
        let r = runs("東京へ行きます");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].kana, 4);
        assert_eq!(r[0].letters, 7);
    }

    #[test]
    fn no_letters_gives_one_common_run() {
        let r = runs("123 !!");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].script, Script::Common);
        assert!(runs("").is_empty());
    }

    #[test]
    fn leading_common_goes_to_first_run() {
        let text = "« 12 » Bonjour";
        let r = runs(text);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].range, 0..text.len());
    }
}
