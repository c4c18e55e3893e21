//! Tokenisation with exact byte offsets for the tagger.
//!
//! The tagger is trained and run on the same tokens, so this one function decides what a "word" is
//! for every model: Chinese/Japanese characters are one token each; elsewhere words, numbers and
//! punctuation are split apart while keeping sensible units together ("U.S.", "3.5", "1,000",
//! "Anglo-Dutch", "AT&T", "O'Neil", initials such as "F."). For English the clitics "n't", "'s",
//! "'re", ... are split off as the Penn Treebank (and so CoNLL and UD English) does.

use std::ops::Range;

/// Abbreviations (lower case, without the final period) that keep their period as part of the token.
const ABBREVIATIONS: &[&str] = &[
    "co", "corp", "dr", "gen", "gov", "inc", "jr", "ltd", "mr", "mrs", "ms", "mt", "plc", "prof",
    "rep", "sen", "sr", "st", "vs",
];

/// English clitics split off the end of a word (lower case, apostrophe normalised to `'`).
const EN_CLITICS: &[&str] = &["n't", "'s", "'re", "'ll", "'ve", "'d", "'m"];

/// French, Italian and Catalan articles and prepositions written elided before a vowel
/// (`l'Union`, `d'Espagne`, `dell'Unione`, `qu'Emmanuel`), lower case, without the apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu", "dell",
    "dall", "nell", "sull", "all", "coll", "quest", "quell", "un",
];

/// Where a word's elided article ends (just after its apostrophe) when the rest starts a name:
/// `l'Assemblée` -> 2, `dell'Unione` -> 5, `L'Union` -> 2. The article must be in lower case
/// (or be `L`, a sentence's first word), so surnames such as `D'Angelo` and `O'Neil` stay whole.
pub(crate) fn elision_end(word: &str) -> Option<usize> {
    let (at, apostrophe) = word
        .char_indices()
        .find(|&(_, c)| c == '\'' || c == '\u{2019}')?;
    let prefix = word.get(..at)?;
    let end = at + apostrophe.len_utf8();
    let next = word.get(end..)?.chars().next()?;
    elides_before(prefix, next).then_some(end)
}

/// Whether `prefix` followed by an apostrophe and `next` is an elided article before a name.
pub(crate) fn elides_before(prefix: &str, next: char) -> bool {
    (ELISIONS.contains(&prefix) || prefix == "L") && next.is_uppercase()
}

/// True for characters written without spaces that we tag one at a time (Han, kana, CJK punctuation).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x30FF      // CJK punctuation, hiragana, katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // compatibility ideographs
        | 0xFF00..=0xFFEF    // full-width forms
        | 0x20000..=0x2FA1F) // supplementary ideographs
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    (c.is_alphanumeric() || c == '_' || is_mark(c)) && !is_cjk(c)
}

/// Combining marks (accents written as separate code points, Indic vowel signs, ...).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A
        | 0x064B..=0x065F | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0E31..=0x0E3A | 0x0E47..=0x0E4E)
}

/// Characters that may join two word characters into one token.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | '-' | '\'' | '\u{2019}' | '&' | '\u{2010}' | '\u{2011}'
    )
}

/// Splits `text[range]` into tokens; returns document-absolute byte ranges on char boundaries.
///
/// `lang` is an ISO 639 code; it only switches on language-specific clitic splitting (`en`, and
/// elided articles for the multilingual fallback `xx`).
/// An invalid range (out of bounds or not on char boundaries) yields no tokens.
pub fn tokenize(text: &str, range: Range<usize>, lang: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    tokenize_into(text, range, lang, &mut out);
    out
}

/// Like [`tokenize`], appending to `out` (lets hot loops reuse one buffer).
pub fn tokenize_into(text: &str, range: Range<usize>, lang: &str, out: &mut Vec<Range<usize>>) {
    let base = range.start;
    let Some(slice) = text.get(range) else {
        return;
    };
    let english = lang == "en" || lang == "eng";
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut i = 0;
    while let Some(&(off, c)) = chars.get(i) {
        if c.is_whitespace() || c.is_control() {
            i += 1;
            continue;
        }
        if !is_word_char(c) {
            // Punctuation and CJK: one char per token.
            out.push(base + off..base + off + c.len_utf8());
            i += 1;
            continue;
        }
        // A word: word chars, possibly joined by single joiners between word chars.
        let start = i;
        let mut j = i + 1;
        while let Some(&(_, cj)) = chars.get(j) {
            if is_word_char(cj) {
                j += 1;
            } else if is_joiner(cj) && chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n)) {
                j += 2;
            } else {
                break;
            }
        }
        let word_end_char = j;
        let word_start = off;
        let mut word_end = chars.get(j).map_or(slice.len(), |&(o, _)| o);
        // Keep the final period of initials, dotted acronyms and known abbreviations.
        if chars.get(j).is_some_and(|&(_, cj)| cj == '.') {
            let word = slice.get(word_start..word_end).unwrap_or("");
            if keeps_period(word) {
                word_end += 1;
                j += 1;
            }
        }
        let word = slice.get(word_start..word_end).unwrap_or("");
        let split = if english {
            clitic_split(word)
        } else if lang == super::FALLBACK_LANG {
            // the fallback model reads French and Italian: `l'Union` -> `l'` `Union`
            elision_end(word)
        } else {
            None
        };
        match split {
            Some(at) if at > 0 => {
                out.push(base + word_start..base + word_start + at);
                out.push(base + word_start + at..base + word_end);
            }
            _ => out.push(base + word_start..base + word_end),
        }
        debug_assert!(word_end_char >= start);
        i = j;
    }
}

/// True when a word followed by "." keeps the period: "F.", "U.S.", "e.g.", "Inc.", "Mr.".
fn keeps_period(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| *c != '.');
    let first = letters.next();
    if first.is_some_and(|c| c.is_alphabetic()) && letters.next().is_none() {
        return true; // single letter: an initial
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() == 1) {
        return true; // U.S, e.g
    }
    if word.is_ascii() {
        // the same test without allocating a lower-case copy
        return ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Byte offset inside `word` where an English clitic starts, if the word ends with one.
fn clitic_split(word: &str) -> Option<usize> {
    // every clitic has an apostrophe (most words have none: no copies made for them)
    if !word.contains(['\'', '\u{2019}']) {
        return None;
    }
    let norm: String = word
        .chars()
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect();
    let lower = norm.to_lowercase();
    if lower.len() != word.len() {
        return None; // case mapping changed byte lengths; do not guess
    }
    for cl in EN_CLITICS {
        if lower.len() > cl.len() && lower.ends_with(cl) {
            let cut = lower.len() - cl.len();
            if word.is_char_boundary(cut) {
                return Some(cut);
            }
        }
    }
    // The apostrophe may be a typographic one: lengths differ by 2 bytes per ’.
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
        tokenize(text, 0..text.len(), lang)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn keeps_units_together() {
        assert_eq!(
            toks("The U.S. grew 3.5% to $1,000 (Anglo-Dutch AT&T).", "en"),
            vec![
                "The",
                "U.S.",
                "grew",
                "3.5",
                "%",
                "to",
                "$",
                "1,000",
                "(",
                "Anglo-Dutch",
                "AT&T",
                ")",
                "."
            ]
        );
    }

    #[test]
    fn initials_and_abbreviations() {
        assert_eq!(
            toks("John F. Kennedy met Mr. Smith.", "en"),
            vec!["John", "F.", "Kennedy", "met", "Mr.", "Smith", "."]
        );
        assert_eq!(toks("Acme Corp. said", "en"), vec!["Acme", "Corp.", "said"]);
    }

    #[test]
    fn english_clitics() {
        assert_eq!(
            toks("I don't like Bush's plan", "en"),
            vec!["I", "do", "n't", "like", "Bush", "'s", "plan"]
        );
        assert_eq!(toks("O'Neil's", "en"), vec!["O'Neil", "'s"]);
        assert_eq!(toks("Bush's", "sv"), vec!["Bush's"]);
    }

    #[test]
    fn elided_articles_for_the_fallback_model_only() {
        assert_eq!(
            toks(
                "L'Union et l\u{2019}Élysée, dell'Unione, l'épidémie, D'Angelo",
                "xx"
            ),
            vec![
                "L'",
                "Union",
                "et",
                "l\u{2019}",
                "Élysée",
                ",",
                "dell'",
                "Unione",
                ",",
                "l'épidémie",
                ",",
                "D'Angelo"
            ]
        );
        assert_eq!(toks("l'Union", "pt"), vec!["l'Union"]);
    }

    #[test]
    fn cjk_per_character() {
        assert_eq!(
            toks("我在北京。iPhone 5", "zh"),
            vec!["我", "在", "北", "京", "。", "iPhone", "5"]
        );
    }

    #[test]
    fn offsets_are_absolute_and_on_boundaries() {
        let text = "xx Zürich, é café";
        let r = tokenize(text, 3..text.len(), "de");
        let got: Vec<&str> = r.iter().map(|x| &text[x.clone()]).collect();
        assert_eq!(got, vec!["Zürich", ",", "é", "café"]);
        assert!(tokenize(text, 4..5, "de").is_empty()); // 4..5 is inside 'ü'
        assert!(tokenize(text, 3..99, "de").is_empty());
    }

    #[test]
    fn trailing_joiners_are_split() {
        assert_eq!(
            toks("end. Next - one,", "en"),
            vec!["end", ".", "Next", "-", "one", ","]
        );
    }
}
