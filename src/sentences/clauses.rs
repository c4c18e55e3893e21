//! Clause-level sentence ends that need no terminator: a semicolon before a sentence starter
//! (`; El ...`) and e-mail greetings or closings with their comma (`Best regards, Anna`).

use super::chars::char_at;
use super::scan::{Scanner, LOOK};

impl Scanner<'_> {
    /// `; El ...`: a semicolon before a capitalised sentence starter ends a sentence (list-like
    /// sentences in encyclopaedic text), or before any capitalised word with the
    /// `semicolon_capital` option; before anything else it never does.
    pub(crate) fn semicolon(&mut self, i: usize) {
        let s = self.s;
        let p = i + 1;
        if char_at(s, p) != Some(' ') {
            return;
        }
        let rest = s.get(p + 1..).unwrap_or("");
        let end = rest
            .char_indices()
            .find(|&(k, c)| k > LOOK || !(c.is_alphabetic() || c == '\''))
            .map_or(rest.len(), |(k, _)| k);
        let word = rest.get(..end).unwrap_or("");
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if capital && (self.rules.semicolon_capital || self.rules.starters.contains(word)) {
            self.push_cut(p);
        }
    }

    /// `Regards, Debra ...`, `Hi, Yes ...`: a short greeting or closing phrase (first word in
    /// `[closings]`, at most four words) and its comma form a sentence when a capital follows.
    pub(crate) fn closing(&mut self, i: usize) {
        let s = self.s;
        if i < self.last_cut || i - self.last_cut > LOOK || char_at(s, i + 1) != Some(' ') {
            return;
        }
        let Some(head) = s.get(self.last_cut..i) else {
            return;
        };
        let mut words = head.split_whitespace();
        let first = words.next().unwrap_or("");
        if words.count() > 3 || !self.rules.closings.contains(first) {
            return;
        }
        if char_at(s, i + 2).is_some_and(char::is_uppercase) {
            self.push_cut(i + 1);
        }
    }
}
