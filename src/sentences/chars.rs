//! Character classes used by the sentence scanner.
//!
//! These follow the UAX #29 `Sentence_Break` classes (STerm, ATerm, Close, Sp, Sep) for the characters
//! that matter in practice, plus the extra classes the scanner needs: ellipses, list bullets, openers,
//! and the scripts (CJK, uncased) where a full stop needs no following space or capital letter.
//! Keeping them in one place lets the scanner stay a plain byte loop with a few `match`es.

/// How a terminator character behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Term {
    /// `.` and its variants (UAX #29 ATerm): ambiguous, abbreviations and numbers use it too.
    Dot,
    /// `…` counts as three dots.
    Ellipsis,
    /// `!`, `?` and their Latin-script variants (UAX #29 STerm): end a sentence unless lower case follows.
    Bang,
    /// Full-width CJK stops and marks (`。！？｡`): end a sentence with or without a following space.
    Cjk,
    /// Stops of scripts without letter case (`।`, `؟`, `۔`, `።` ...): end a sentence whatever follows.
    Uncased,
}

/// The terminator class of `c`, if it is one (language-specific extras are handled by the rules).
pub(crate) fn terminator(c: char) -> Option<Term> {
    Some(match c {
        '.' | '\u{2024}' | '\u{FE52}' => Term::Dot,
        '\u{2026}' | '\u{22EF}' => Term::Ellipsis,
        '!' | '?' | '\u{203C}' | '\u{203D}' | '\u{2047}' | '\u{2048}' | '\u{2049}' | '\u{2E2E}'
        | '\u{FE56}' | '\u{FE57}' => Term::Bang,
        '\u{3002}' | '\u{FF01}' | '\u{FF1F}' | '\u{FF61}' | '\u{FF0E}' | '\u{FE12}'
        | '\u{FE15}' | '\u{FE16}' => Term::Cjk,
        '\u{0964}' | '\u{0965}' | '\u{061F}' | '\u{06D4}' | '\u{061E}' | '\u{0589}'
        | '\u{1362}' | '\u{1367}' | '\u{1368}' | '\u{104B}' | '\u{166E}' | '\u{0700}'
        | '\u{0701}' | '\u{0702}' | '\u{07F9}' | '\u{A4FF}' | '\u{A60E}' | '\u{A60F}'
        | '\u{A6F3}' | '\u{A6F7}' | '\u{0F0D}' | '\u{0F0E}' => Term::Uncased,
        _ => return None,
    })
}

/// Closing punctuation that stays with the sentence it follows (UAX #29 Close, plus quotes).
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '"'
            | '\''
            | '\u{2019}'
            | '\u{201D}'
            | '\u{201C}'
            | '\u{2018}'
            | '\u{00BB}'
            | '\u{00AB}'
            | '\u{203A}'
            | '\u{300D}'
            | '\u{300F}'
            | '\u{3011}'
            | '\u{3015}'
            | '\u{3009}'
            | '\u{300B}'
            | '\u{3017}'
            | '\u{3019}'
            | '\u{301B}'
            | '\u{301E}'
            | '\u{301F}'
            | '\u{FF09}'
            | '\u{FF3D}'
            | '\u{FF5D}'
            | '\u{FF02}'
            | '\u{FF07}'
            | '\u{FE42}'
            | '\u{FE44}'
    )
}

/// Opening punctuation skipped when looking at the first letter of the next sentence.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '"'
            | '\''
            | '\u{201C}'
            | '\u{2018}'
            | '\u{201E}'
            | '\u{201A}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2039}'
            | '\u{00BF}'
            | '\u{00A1}'
            | '\u{300C}'
            | '\u{300E}'
            | '\u{3010}'
            | '\u{3014}'
            | '\u{3008}'
            | '\u{300A}'
            | '\u{FF08}'
            | '\u{FF3B}'
            | '\u{2014}'
            | '\u{2013}'
            | '-'
            | '*'
            | '_'
            | '`'
    )
}

/// List bullets: a bullet after whitespace starts a new sentence.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}'
            | '\u{25E6}'
            | '\u{2023}'
            | '\u{2043}'
            | '\u{25AA}'
            | '\u{25AB}'
            | '\u{25CF}'
            | '\u{25CB}'
            | '\u{25A0}'
            | '\u{25A1}'
            | '\u{25BA}'
            | '\u{25B6}'
            | '\u{27A2}'
            | '\u{27A4}'
            | '\u{2713}'
            | '\u{2714}'
            | '\u{2756}'
            | '\u{25C6}'
            | '\u{25C7}'
    )
}

/// Line and paragraph separators (UAX #29 Sep, plus LF/CR/VT/FF).
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Han, kana and hangul: scripts written without spaces between sentences.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF66}'..='\u{FF9F}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{1100}'..='\u{11FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{20000}'..='\u{2FA1F}')
}

/// The char starting at byte `i` of `s`, if `i` is a char boundary inside `s`.
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|t| t.chars().next())
}

/// The char ending at byte `i` of `s` and its start, if any.
pub(crate) fn char_before(s: &str, i: usize) -> Option<(usize, char)> {
    s.get(..i).and_then(|t| t.char_indices().next_back())
}

/// Bytes that may need a decision in `find_cuts`: the ASCII ones its match handles (and the
/// language's extra ASCII terminators), and every non-ASCII byte. Runs of other bytes (letters,
/// digits, spaces) are skipped in a tight loop.
pub(crate) fn decision_bytes(ascii_extra: &[bool; 128]) -> [bool; 256] {
    let mut special = [true; 256];
    for (b, slot) in special.iter_mut().enumerate().take(0x80) {
        *slot = matches!(
            b as u8,
            b'.' | b'!'
                | b'?'
                | b':'
                | b'='
                | b';'
                | b'/'
                | b','
                | b'\n'
                | b'\r'
                | 0x0B
                | 0x0C
                | b')'
        ) || ascii_extra.get(b).copied().unwrap_or(false);
    }
    special
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(terminator('.'), Some(Term::Dot));
        assert_eq!(terminator('?'), Some(Term::Bang));
        assert_eq!(terminator('。'), Some(Term::Cjk));
        assert_eq!(terminator('।'), Some(Term::Uncased));
        assert_eq!(terminator('؟'), Some(Term::Uncased));
        assert_eq!(terminator('…'), Some(Term::Ellipsis));
        assert_eq!(terminator('a'), None);
        assert!(is_closer('」') && is_closer(')') && !is_closer('('));
        assert!(is_opener('¿') && is_opener('「') && !is_opener('a'));
        assert!(is_bullet('•') && !is_bullet('-'));
        assert!(is_cjk('中') && is_cjk('か') && !is_cjk('a'));
        assert!(is_line_break('\u{2029}') && !is_line_break(' '));
    }

    #[test]
    fn char_access_is_total() {
        let s = "aé";
        assert_eq!(char_at(s, 1), Some('é'));
        assert_eq!(char_at(s, 2), None);
        assert_eq!(char_at(s, 9), None);
        assert_eq!(char_before(s, 3), Some((1, 'é')));
        assert_eq!(char_before(s, 0), None);
        assert_eq!(char_before(s, 2), None);
    }
}
