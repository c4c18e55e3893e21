//! A tiny, allocation-light tokenizer that the rules and gazetteers share.
//!
//! The rules need words, numbers, single punctuation marks and single CJK characters, each with its
//! byte range in the original text and a few cheap flags (capitalised, all caps, space before, line
//! start). Lower-cased forms of words are kept in one arena string per document, so lexicon lookups
//! never allocate per token. Nothing here normalises the text: every range points into the original.

use super::lexicon::{Info, Lexicon};
use crate::tagger::tokenize::elides_before;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (any script with spaces between words), possibly with an inner apostrophe.
    Word,
    /// ASCII, full-width, Arabic-Indic, Persian or Devanagari digits, with inner `.`/`,` (and the
    /// Arabic `٫`/`٬`) between digits (`3,347`, `14.1`, `17.06.2024`).
    Num,
    /// One Han, Hiragana or Katakana character.
    Han,
    /// Any other single non-space character.
    Punct,
    /// Part of a URL or an e-mail address: never part of an entity.
    Opaque,
}

/// One token: a byte range of the text plus flags.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Byte offset of the first char.
    pub start: usize,
    /// Byte offset just past the last char.
    pub end: usize,
    /// What the token is made of.
    pub kind: Kind,
    /// First char is upper case (or title case).
    pub cap: bool,
    /// Has an upper-case letter and no lower-case one.
    pub upper: bool,
    /// Whitespace separates it from the previous token (true for the first token).
    pub space_before: bool,
    /// First token of the text or of a line.
    pub line_start: bool,
    /// Range of the lower-cased form in the arena (words only; empty otherwise).
    lower: (u32, u32),
}

/// The tokens of a whole document.
pub(crate) struct Tokens<'t> {
    /// The document text.
    pub text: &'t str,
    /// Tokens in text order.
    pub toks: Vec<Token>,
    arena: String,
    /// Lexicon flags per token, once `annotate` ran (empty before).
    infos: Vec<Info>,
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F | 0x3005..=0x3007)
}

fn is_digit(c: char) -> bool {
    digit_value(c).is_some() || ('\u{FF10}'..='\u{FF19}').contains(&c)
}

/// The value of an ASCII, Arabic-Indic (`٢٠٢٤`), Persian (`۲۰۲۴`) or Devanagari (`२०२४`) digit.
/// Full-width digits make number tokens too, but carry no value: the CJK rules read them.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        '\u{0966}'..='\u{096F}' => '\u{0966}',
        _ => return None,
    };
    Some(c as u32 - zero as u32)
}

/// Whether `c` belongs inside a word: a letter, a combining mark or an inner mark (see
/// [`is_inner_mark`]). The first 12,288 code points (every script but the CJK ones, which the
/// tokenizer tests before) are read from a bit table: the standard library's look-up of a
/// non-ASCII letter took hundreds of instructions, for every letter of Cyrillic or Arabic text and
/// every typographic quote or dash.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    let cp = c as usize;
    if cp < TABLE_CHARS {
        return word_char_table()
            .get(cp / 64)
            .is_some_and(|bits| bits >> (cp % 64) & 1 == 1);
    }
    is_word_char_uncached(c)
}

/// Code points that [`is_word_char`] reads from its table.
const TABLE_CHARS: usize = 0x3000;

/// One bit per code point below [`TABLE_CHARS`]: [`is_word_char_uncached`], built on first use.
fn word_char_table() -> &'static [u64] {
    static TABLE: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut bits = vec![0u64; TABLE_CHARS / 64];
        for (cp, c) in (0..TABLE_CHARS as u32).filter_map(|cp| Some((cp, char::from_u32(cp)?))) {
            if is_word_char_uncached(c) {
                if let Some(word) = bits.get_mut(cp as usize / 64) {
                    *word |= 1 << (cp % 64);
                }
            }
        }
        bits
    })
}

/// Builds [`is_word_char`]'s table now instead of on first use (`annotate run --preload`).
pub(crate) fn preload() {
    word_char_table();
}

fn is_word_char_uncached(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        || is_inner_mark(c)
        || c == '\u{200D}'
        || c == '\u{200C}'
}

/// Marks inside words of Indic and South-East Asian scripts that are not alphabetic in Unicode:
/// the viramas that join consonants (`दिल्ली`, `विश्वविद्यालय`), the nuktas, the Devanagari
/// stress signs and the Thai tone marks. Without them one word was several tokens. (The zero-width
/// joiner and non-joiner above belong inside words too: Persian writes `می‌خواهم` with one.)
fn is_inner_mark(c: char) -> bool {
    matches!(
        c as u32,
        0x093C | 0x094D | 0x0951..=0x0954 | 0x09BC | 0x09CD | 0x0A3C | 0x0A4D | 0x0ABC | 0x0ACD
            | 0x0B3C | 0x0B4D | 0x0BCD | 0x0C3C | 0x0C4D | 0x0CBC | 0x0CCD | 0x0D3B..=0x0D3C
            | 0x0D4D | 0x0DCA | 0x0E3A | 0x0E47..=0x0E4E | 0x1039..=0x103A | 0x17D2
    )
}

/// A straight or typographic apostrophe.
pub(crate) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Whether a word token is an elided article split off the name after it (`l'`, `L'`): the
/// tokenizer ends a word with an apostrophe only there.
pub(crate) fn is_elided_article(surface: &str) -> bool {
    surface.ends_with(is_apostrophe)
}

/// Marks URLs (`http://...`, `www....`) and e-mail addresses: each is the run of touching tokens
/// around its start (`http`, `www`) or its `@`.
fn mark_opaque(text: &str, toks: &mut [Token]) {
    let surface = |t: &Token| text.get(t.start..t.end).unwrap_or("");
    let mut i = 0;
    while i < toks.len() {
        let Some(t) = toks.get(i) else { break };
        let rest = text.get(t.start..).unwrap_or("");
        let url =
            rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.");
        let mail = surface(t) == "@"
            && !t.space_before
            && toks.get(i + 1).is_some_and(|n| !n.space_before);
        if !(url || mail) {
            i += 1;
            continue;
        }
        let mut a = i;
        if mail {
            while a > 0 && toks.get(a).is_some_and(|x| !x.space_before) {
                a -= 1;
            }
        }
        let mut b = i + 1;
        while toks.get(b).is_some_and(|x| !x.space_before) {
            b += 1;
        }
        // a sentence-final dot or closing bracket is not part of the address
        while b > i + 1
            && toks
                .get(b - 1)
                .is_some_and(|x| matches!(surface(x), "." | ")" | "," | "]" | ">"))
        {
            b -= 1;
        }
        for x in toks.iter_mut().take(b).skip(a) {
            x.kind = Kind::Opaque;
        }
        i = b.max(i + 1);
    }
}

impl<'t> Tokens<'t> {
    /// Tokenizes the whole text.
    pub fn new(text: &'t str) -> Tokens<'t> {
        let mut toks = Vec::with_capacity(text.len() / 5 + 1);
        let mut arena = String::with_capacity(text.len() / 2);
        let mut space = true;
        let mut line = true;
        let mut it = text.char_indices().peekable();
        while let Some((start, c)) = it.next() {
            if c.is_whitespace() {
                space = true;
                if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                    line = true;
                }
                continue;
            }
            let mut end = start + c.len_utf8();
            let kind = if is_han(c) {
                Kind::Han
            } else if is_digit(c) {
                // digits, with `.`/`,` only when a digit follows
                while let Some(&(p, d)) = it.peek() {
                    if is_digit(d) {
                        it.next();
                        end = p + d.len_utf8();
                    } else if matches!(d, '.' | ',' | '\u{066B}' | '\u{066C}') {
                        // the Arabic decimal and thousands separators too (`٣٫٥`, `١٬٠٠٠`)
                        let next_is_digit = text
                            .get(p + d.len_utf8()..)
                            .and_then(|r| r.chars().next())
                            .is_some_and(is_digit);
                        if !next_is_digit {
                            break;
                        }
                        it.next();
                        end = p + d.len_utf8();
                    } else {
                        break;
                    }
                }
                Kind::Num
            } else if is_word_char(c) {
                while let Some(&(p, d)) = it.peek() {
                    if d.is_ascii_alphabetic() || (!d.is_ascii() && is_word_char(d) && !is_han(d)) {
                        it.next();
                        end = p + d.len_utf8();
                    } else if is_apostrophe(d) {
                        // keep inner apostrophes (O'Brien, don't) but split a possessive 's
                        let rest = text.get(p + d.len_utf8()..).unwrap_or("");
                        let mut rc = rest.chars();
                        let first = rc.next();
                        let second = rc.next();
                        let possessive = matches!(first, Some('s') | Some('S'))
                            && !second.is_some_and(is_word_char);
                        if possessive || !first.is_some_and(|f| is_word_char(f) && !is_han(f)) {
                            break;
                        }
                        it.next();
                        end = p + d.len_utf8();
                        // an elided article ends its own token: `l'Assemblée` -> `l'` `Assemblée`
                        let article = text.get(start..p).unwrap_or("");
                        if first.is_some_and(|f| elides_before(article, f)) {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                Kind::Word
            } else if is_apostrophe(c)
                && matches!(it.peek(), Some(&(_, 's')) | Some(&(_, 'S')))
                && !space
            {
                // possessive 's as one word token
                if let Some((p, s)) = it.next() {
                    end = p + s.len_utf8();
                }
                Kind::Word
            } else {
                Kind::Punct
            };
            let surface = text.get(start..end).unwrap_or("");
            let (cap, upper, lower) = if kind == Kind::Word {
                let cap = surface.chars().next().is_some_and(|f| f.is_uppercase());
                let mut has_up = false;
                let mut has_low = false;
                let lo = arena.len() as u32;
                for ch in surface.chars() {
                    has_up |= ch.is_uppercase();
                    has_low |= ch.is_lowercase();
                    if ch.is_ascii() {
                        arena.push(ch.to_ascii_lowercase());
                    } else {
                        arena.extend(ch.to_lowercase());
                    }
                }
                // an elided article (`L'`, split off `L'Union`) starts no name
                let article = is_elided_article(surface);
                (
                    cap && !article,
                    has_up && !has_low && !article,
                    (lo, arena.len() as u32),
                )
            } else {
                (false, false, (0, 0))
            };
            toks.push(Token {
                start,
                end,
                kind,
                cap,
                upper,
                space_before: space,
                line_start: line,
                lower,
            });
            space = false;
            line = false;
        }
        mark_opaque(text, &mut toks);
        Tokens {
            text,
            toks,
            arena,
            infos: Vec::new(),
        }
    }

    /// Looks every word up in the lexicon once, so rules read flags by index.
    pub fn annotate(&mut self, lx: &Lexicon) {
        let longest = lx.longest_word();
        let infos = (0..self.toks.len())
            .map(|i| match self.toks.get(i) {
                // a word longer than every listed one needs no hash
                Some(t) if t.kind == Kind::Word && self.lower(i).len() <= longest => {
                    lx.get(self.lower(i))
                }
                _ => Info::default(),
            })
            .collect();
        self.infos = infos;
    }

    /// Lexicon flags of token `i` when `annotate` ran.
    pub fn info(&self, i: usize) -> Option<Info> {
        self.infos.get(i).copied()
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token at `i`, if any.
    pub fn get(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    /// The surface text of token `i` ("" when out of range).
    pub fn s(&self, i: usize) -> &'t str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The lower-cased word at `i`, or the surface for non-words ("" when out of range).
    pub fn lower(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Word => self
                .arena
                .get(t.lower.0 as usize..t.lower.1 as usize)
                .unwrap_or(""),
            Some(_) => self.s(i),
            None => "",
        }
    }

    /// Kind of token `i`, if any.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// True when token `i` exists and directly touches the previous token (no space).
    pub fn attached(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// Byte range from the start of token `a` to the end of token `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let s = self.toks.get(a)?.start;
        let e = self.toks.get(b.checked_sub(1)?)?.end;
        (s < e).then_some((s, e))
    }

    /// Index of the first token that starts at or after byte `pos`.
    pub fn index_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }
}

#[cfg(test)]
#[path = "token_tests.rs"]
mod tests;
