//! Gazetteers: phrase lists matched on token boundaries, leftmost-longest, within one sentence.
//!
//! An entry is tokenized with the same tokenizer as the text and stored as a key that joins its tokens
//! with one space where the entry had whitespace and nothing where tokens touched. Text is matched by
//! building the same key token by token, so "Hong  Kong" or "Hong\tKong" match "Hong Kong", a match
//! never ends inside a word, and no text is ever rewritten. Proper prefixes are stored too, so a scan
//! stops as soon as no longer entry can match.

use super::scan::Hit;
use super::token::{Kind, Tokens};
use crate::annotation::EntityLabel;
use std::collections::{HashMap, HashSet};

/// One named phrase list.
pub(crate) struct Gazetteer {
    /// The list's name (the `gazetteer:NAME` source).
    pub name: String,
    case_sensitive: bool,
    entries: HashMap<String, EntityLabel>,
    prefixes: HashSet<String>,
    max_tokens: usize,
    /// Some entry starts with a character that is not upper case (so lower-case words must be tried).
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

impl Gazetteer {
    /// Parses TSV `name<TAB>LABEL` lines (or plain names with `default_label`); `#` starts a comment line.
    pub fn parse(
        name: &str,
        content: &str,
        default_label: Option<EntityLabel>,
        case_sensitive: bool,
    ) -> Result<Gazetteer, String> {
        let mut g = Gazetteer {
            name: name.to_string(),
            case_sensitive,
            entries: HashMap::new(),
            prefixes: HashSet::new(),
            max_tokens: 0,
            lower_starts: false,
        };
        for (n, raw) in content.lines().enumerate() {
            let line_no = n + 1;
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let phrase = cols.next().unwrap_or("").trim();
            let label = match cols.next().map(str::trim) {
                Some(l) if !l.is_empty() => EntityLabel::parse(l).ok_or_else(|| {
                    format!("gazetteer {name}: line {line_no}: unknown label {l:?}")
                })?,
                _ => default_label.ok_or_else(|| {
                    format!("gazetteer {name}: line {line_no}: no label and no default label")
                })?,
            };
            if cols.any(|c| !c.trim().is_empty()) {
                return Err(format!(
                    "gazetteer {name}: line {line_no}: more than two columns"
                ));
            }
            if phrase.is_empty() {
                return Err(format!("gazetteer {name}: line {line_no}: empty name"));
            }
            g.insert(phrase, label)
                .map_err(|e| format!("gazetteer {name}: line {line_no}: {e}"))?;
        }
        Ok(g)
    }

    fn insert(&mut self, phrase: &str, label: EntityLabel) -> Result<(), String> {
        let t = Tokens::new(phrase);
        let mut key = String::new();
        for i in 0..t.len() {
            if i > 0 {
                self.prefixes.insert(key.clone());
            }
            push_token(&t, i, self.case_sensitive, i == 0, &mut key);
        }
        if let Some(first) = phrase.chars().next() {
            self.lower_starts |= !first.is_uppercase();
        }
        self.max_tokens = self.max_tokens.max(t.len());
        match self.entries.get(&key) {
            Some(&old) if old != label => Err(format!("{phrase:?} is already listed as {old}")),
            _ => {
                self.entries.insert(key, label);
                Ok(())
            }
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Leftmost-longest matches over tokens `[a, b)`, never across a line break.
    pub fn find(&self, t: &Tokens, a: usize, b: usize, key: &mut String, out: &mut Vec<Hit>) {
        let mut i = a;
        while i < b {
            let Some(tok) = t.get(i) else { break };
            let skip = tok.kind == Kind::Punct
                || (!self.lower_starts && tok.kind == Kind::Word && !tok.cap)
                || (tok.kind == Kind::Word
                    && !tok.space_before
                    && i > a
                    && t.kind(i - 1) == Some(Kind::Word));
            if skip {
                i += 1;
                continue;
            }
            key.clear();
            let mut best: Option<(usize, EntityLabel)> = None;
            let limit = b.min(i + self.max_tokens);
            for k in i..limit {
                if k > i && t.get(k).is_some_and(|x| x.line_start) {
                    break;
                }
                push_token(t, k, self.case_sensitive, k == i, key);
                if let Some(&label) = self.entries.get(key.as_str()) {
                    best = Some((k + 1, label));
                }
                if !self.prefixes.contains(key.as_str()) {
                    break;
                }
            }
            match best {
                Some((end, label)) if !glued_after(t, end) => {
                    out.push(Hit {
                        start: i,
                        end,
                        label,
                    });
                    i = end;
                }
                _ => i += 1,
            }
        }
    }
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
mod tests {
    use super::*;

    fn find(g: &Gazetteer, text: &str) -> Vec<(String, EntityLabel)> {
        let t = Tokens::new(text);
        let mut out = Vec::new();
        g.find(&t, 0, t.len(), &mut String::new(), &mut out);
        out.iter()
            .map(|h| {
                let (a, b) = t.span(h.start, h.end).unwrap_or((0, 0));
                (text[a..b].to_string(), h.label)
            })
            .collect()
    }

    #[test]
    fn parses_and_matches_longest() {
        let g = Gazetteer::parse(
            "t",
            "# places\nHong Kong\tLOC\nHong Kong Disneyland\tORG\n\nChina\tGPE\nU.S.\tLOC\n",
            None,
            true,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(g.len(), 4);
        assert_eq!(
            find(
                &g,
                "Hong  Kong Disneyland, Hong\nKong, China's U.S. and Chinatown"
            ),
            vec![
                ("Hong  Kong Disneyland".to_string(), EntityLabel::Org),
                ("China".to_string(), EntityLabel::Loc),
                ("U.S.".to_string(), EntityLabel::Loc)
            ]
        );
        assert!(find(&g, "china").is_empty());
    }

    #[test]
    fn case_insensitive_and_default_label() {
        let g = Gazetteer::parse("t", "acme widgets\n北京\n", Some(EntityLabel::Org), false)
            .unwrap_or_else(|e| panic!("{e}"));
        let got = find(&g, "ACME Widgets and 在北京 acme widgetsx");
        assert_eq!(
            got,
            vec![
                ("ACME Widgets".to_string(), EntityLabel::Org),
                ("北京".to_string(), EntityLabel::Org)
            ]
        );
    }

    #[test]
    fn errors_name_the_line() {
        let e = Gazetteer::parse("g", "A\tLOC\nB\tPLACE\n", None, true)
            .err()
            .unwrap_or_default();
        assert!(e.contains("line 2") && e.contains("PLACE"), "{e}");
        let e = Gazetteer::parse("g", "A\n", None, true)
            .err()
            .unwrap_or_default();
        assert!(e.contains("line 1"), "{e}");
        let e = Gazetteer::parse("g", "A\tLOC\nA\tORG\n", None, true)
            .err()
            .unwrap_or_default();
        assert!(e.contains("line 2"), "{e}");
        let e = Gazetteer::parse("g", "\tLOC\n", None, true)
            .err()
            .unwrap_or_default();
        assert!(e.contains("empty"), "{e}");
    }
}
