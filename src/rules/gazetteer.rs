//! Gazetteers: phrase lists matched on token boundaries, leftmost-longest, within one sentence.
//!
//! An entry is tokenized with the same tokenizer as the text and stored as a key that joins its tokens
//! with one space where the entry had whitespace and nothing where tokens touched. Text is matched by
//! building the same key token by token, so "Hong  Kong" or "Hong\tKong" match "Hong Kong", a match
//! never ends inside a word, and no text is ever rewritten. Proper prefixes are stored too, so a scan
//! stops as soon as no longer entry can match.

use super::lexicon::{FastMap, FastSet};
use super::scan::Hit;
use super::token::{is_elided_article, is_han, is_word_char, Kind, Tokens};
use crate::annotation::EntityLabel;

/// The lists holding one phrase, with its label in each.
type Lists = Vec<(u16, EntityLabel)>;

/// Phrase lists of one case mode, merged into one index so a text is scanned once for all of them.
pub(crate) struct Gazetteer {
    case_sensitive: bool,
    /// Key -> (list id, label) for every list holding the phrase.
    entries: FastMap<String, Lists>,
    prefixes: FastSet<String>,
    max_tokens: usize,
    /// Some entry starts with a lower-case letter (so lower-case words must be tried).
    lower_starts: bool,
}

/// Appends the key form of token `i` to `key`.
fn push_token(t: &Tokens, i: usize, case_sensitive: bool, first: bool, key: &mut String) {
    if !first && t.get(i).is_some_and(|tok| tok.space_before) {
        key.push(' ');
    }
    if case_sensitive {
        key.push_str(t.s(i));
    } else {
        key.push_str(t.lower(i));
    }
}

/// The key of an entry, the keys of its proper token prefixes, and its token count. Most entries
/// are one plain word (`Wolfsburg`) or a run of Han and kana characters (`大阪府`), whose keys need
/// no tokenizer: the word itself, or the characters with every shorter run as a prefix (one token
/// a character, glued). Anything else goes through the tokenizer, as the text does.
fn entry_key(phrase: &str, case_sensitive: bool) -> (String, Vec<String>, usize) {
    let mut chars = phrase.chars();
    let plain_word = case_sensitive
        && chars.next().is_some_and(|c| is_word_char(c) && !is_han(c))
        && chars
            .all(|c| c.is_ascii_alphabetic() || (!c.is_ascii() && is_word_char(c) && !is_han(c)));
    if plain_word {
        return (phrase.to_string(), Vec::new(), 1);
    }
    if case_sensitive && phrase.chars().all(is_han) {
        let ends: Vec<usize> = phrase
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .collect();
        let prefixes = ends
            .iter()
            .take(ends.len().saturating_sub(1))
            .filter_map(|&e| phrase.get(..e).map(str::to_string))
            .collect();
        return (phrase.to_string(), prefixes, ends.len());
    }
    tokenized_key(phrase, case_sensitive)
}

/// [`entry_key`] through the tokenizer, for any phrase.
fn tokenized_key(phrase: &str, case_sensitive: bool) -> (String, Vec<String>, usize) {
    let t = Tokens::new(phrase);
    let mut key = String::new();
    let mut prefixes = Vec::with_capacity(t.len());
    for i in 0..t.len() {
        if i > 0 {
            prefixes.push(key.clone());
        }
        push_token(&t, i, case_sensitive, i == 0, &mut key);
    }
    (key, prefixes, t.len())
}

impl Gazetteer {
    /// An empty index.
    pub fn new(case_sensitive: bool) -> Gazetteer {
        Gazetteer {
            case_sensitive,
            entries: FastMap::default(),
            prefixes: FastSet::default(),
            max_tokens: 0,
            lower_starts: false,
        }
    }

    /// Makes room for `entries` more phrases (about as many prefixes), so that adding many lists
    /// does not rehash the index once per list.
    pub fn reserve(&mut self, entries: usize) {
        self.entries.reserve(entries);
        self.prefixes.reserve(entries);
    }

    /// Adds list `list` from TSV `name<TAB>LABEL` lines (or plain names with `default_label`); `#`
    /// starts a comment line. Nothing is added when any line is bad. Returns the number of entries.
    pub fn add(
        &mut self,
        list: u16,
        name: &str,
        content: &str,
        default_label: Option<EntityLabel>,
    ) -> Result<usize, String> {
        // (key, prefix keys, token count, label, starts lower-case, line, phrase)
        type Parsed<'c> = (
            String,
            Vec<String>,
            usize,
            EntityLabel,
            bool,
            usize,
            &'c str,
        );
        let mut parsed: Vec<Parsed> = Vec::new();
        for (n, raw) in content.lines().enumerate() {
            let line_no = n + 1;
            let err = |msg: String| format!("gazetteer {name}: line {line_no}: {msg}");
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let phrase = cols.next().unwrap_or("").trim();
            let label = match cols.next().map(str::trim) {
                Some(l) if !l.is_empty() => {
                    EntityLabel::parse(l).ok_or_else(|| err(format!("unknown label {l:?}")))?
                }
                _ => default_label.ok_or_else(|| err("no label and no default label".into()))?,
            };
            if cols.any(|c| !c.trim().is_empty()) {
                return Err(err("more than two columns".into()));
            }
            if phrase.is_empty() {
                return Err(err("empty name".into()));
            }
            let (key, prefixes, tokens) = entry_key(phrase, self.case_sensitive);
            let lower = phrase.starts_with(char::is_lowercase);
            parsed.push((key, prefixes, tokens, label, lower, line_no, phrase));
        }
        // a phrase listed twice keeps its first line; with another label it is an error
        let mut first: FastMap<&str, EntityLabel> = FastMap::default();
        first.reserve(parsed.len());
        let mut repeated = vec![false; parsed.len()];
        for (i, (key, _, _, label, _, line_no, phrase)) in parsed.iter().enumerate() {
            match first.get(key.as_str()) {
                Some(&old) if old != *label => {
                    return Err(format!(
                        "gazetteer {name}: line {line_no}: {phrase:?} is already listed as {old}"
                    ))
                }
                Some(_) => repeated[i] = true,
                None => {
                    first.insert(key.as_str(), *label);
                }
            }
        }
        drop(first);
        let count = repeated.iter().filter(|r| !**r).count();
        self.entries.reserve(count);
        for ((key, prefixes, tokens, label, lower, _, _), repeated) in
            parsed.into_iter().zip(repeated)
        {
            if repeated {
                continue;
            }
            self.max_tokens = self.max_tokens.max(tokens);
            self.lower_starts |= lower;
            self.prefixes.extend(prefixes);
            self.entries.entry(key).or_default().push((list, label));
        }
        Ok(count)
    }

    /// Leftmost-longest matches over tokens `[a, b)`, never across a line break; one hit per list
    /// that holds the longest phrase found at a position.
    pub fn find(
        &self,
        t: &Tokens,
        a: usize,
        b: usize,
        key: &mut String,
        out: &mut Vec<(u16, Hit)>,
    ) {
        if self.entries.is_empty() {
            return;
        }
        let mut i = a;
        while i < b {
            let Some(tok) = t.get(i) else { break };
            let skip = matches!(tok.kind, Kind::Punct | Kind::Opaque)
                || (!self.lower_starts
                    && tok.kind == Kind::Word
                    && t.s(i).starts_with(char::is_lowercase))
                || inside_word(t, a, i)
                || self.after_compound_head(t, a, i);
            if skip {
                i += 1;
                continue;
            }
            key.clear();
            let mut best: Option<(usize, &Vec<(u16, EntityLabel)>)> = None;
            let limit = b.min(i + self.max_tokens);
            for k in i..limit {
                if k > i && t.get(k).is_some_and(|x| x.line_start) {
                    break;
                }
                push_token(t, k, self.case_sensitive, k == i, key);
                if let Some(lists) = self.entries.get(key.as_str()) {
                    best = Some((k + 1, lists));
                }
                if !self.prefixes.contains(key.as_str()) {
                    break;
                }
            }
            match best {
                Some((end, lists)) if !glued_after(t, end) => {
                    out.extend(hits(lists, i, end));
                    i = end;
                }
                _ => i += 1,
            }
        }
    }
}

impl Gazetteer {
    /// Whether token `i` ends a hyphenated name whose first part is a capitalised word that is no
    /// entry itself (`Météo-France`, `Ouest-France`: no `France` there; `US-China`: `China` is).
    fn after_compound_head(&self, t: &Tokens, a: usize, i: usize) -> bool {
        if i < a + 2 || t.s(i - 1) != "-" || !t.attached(i - 1) || !t.attached(i) {
            return false;
        }
        let head = i - 2;
        if t.kind(head) != Some(Kind::Word) || !t.s(head).starts_with(char::is_uppercase) {
            return false;
        }
        let mut key = String::new();
        push_token(t, head, self.case_sensitive, true, &mut key);
        !self.entries.contains_key(key.as_str())
    }

    /// Matches whose last word carries a particle (Korean `서울에서`, "in Seoul"; `LG전자의`):
    /// leftmost-longest, as [`Gazetteer::find`], where the last word of a match is the head that
    /// `stem` gives (shorter than the word). Each hit comes with the byte end of that head, where
    /// the entity ends. An entity needs two characters at least (`미` of `미의` is no name).
    pub fn find_before_particles(
        &self,
        t: &Tokens,
        a: usize,
        b: usize,
        stem: impl Fn(&str) -> Option<&str>,
        key: &mut String,
        out: &mut Vec<(u16, Hit, usize)>,
    ) {
        if self.entries.is_empty() {
            return;
        }
        let mut trial = String::new();
        let mut i = a;
        while i < b {
            let Some(tok) = t.get(i) else { break };
            if !matches!(tok.kind, Kind::Word | Kind::Num) || inside_word(t, a, i) {
                i += 1;
                continue;
            }
            key.clear();
            // (token end, byte end of the head, the lists holding the phrase)
            let mut best: Option<(usize, usize, &Lists)> = None;
            for k in i..b.min(i + self.max_tokens) {
                let Some(cur) = t.get(k) else { break };
                if k > i && cur.line_start {
                    break;
                }
                let head = (cur.kind == Kind::Word)
                    .then(|| stem(t.s(k)))
                    .flatten()
                    .filter(|h| !h.is_empty() && h.len() < t.s(k).len());
                if let Some(head) = head {
                    trial.clear();
                    trial.push_str(key);
                    if k > i && cur.space_before {
                        trial.push(' ');
                    }
                    if self.case_sensitive {
                        trial.push_str(head);
                    } else {
                        trial.extend(head.chars().flat_map(char::to_lowercase));
                    }
                    if trial.chars().count() >= 2 {
                        if let Some(lists) = self.entries.get(trial.as_str()) {
                            best = Some((k + 1, cur.start + head.len(), lists));
                        }
                    }
                }
                push_token(t, k, self.case_sensitive, k == i, key);
                if !self.prefixes.contains(key.as_str()) {
                    break;
                }
            }
            match best {
                Some((end, byte_end, lists)) => {
                    out.extend(hits(lists, i, end).map(|(list, hit)| (list, hit, byte_end)));
                    i = end;
                }
                None => i += 1,
            }
        }
    }
}

/// One hit per list of `lists`, over tokens `start..end`.
fn hits(lists: &Lists, start: usize, end: usize) -> impl Iterator<Item = (u16, Hit)> + '_ {
    lists
        .iter()
        .map(move |&(list, label)| (list, Hit { start, end, label }))
}

/// True when token `i` continues the word before it, so no match may start there (a word after
/// an elided article, `l'Élysée`, starts one).
fn inside_word(t: &Tokens, a: usize, i: usize) -> bool {
    i > a
        && t.get(i)
            .is_some_and(|tok| tok.kind == Kind::Word && !tok.space_before)
        && t.kind(i - 1) == Some(Kind::Word)
        && !is_elided_article(t.s(i - 1))
}

/// True when the token at `end` continues the word that ends the match (so the match is not a word).
fn glued_after(t: &Tokens, end: usize) -> bool {
    let (Some(last), Some(next)) = (t.get(end.wrapping_sub(1)), t.get(end)) else {
        return false;
    };
    !next.space_before
        && matches!(
            (last.kind, next.kind),
            (Kind::Word, Kind::Word) | (Kind::Word, Kind::Num) | (Kind::Num, Kind::Word)
        )
        && !t.s(end).starts_with('\'')
        && !t.s(end).starts_with('\u{2019}')
}

#[cfg(test)]
#[path = "gazetteer_tests.rs"]
mod tests;

#[path = "gazetteer_proclitic.rs"]
mod proclitic;
