//! Clause-level sentence ends that need no terminator: a semicolon before a sentence starter
//! (`; El ...`), e-mail greetings or closings with their comma (`Best regards, Anna`) and the
//! date-time stamps of forwarded e-mail headers (`Kay Mann 04/26/2001 07:17 AM Will you ...`).

use super::chars::{char_at, char_before};
use super::scan::{Scanner, LOOK};
use super::shapes::is_emoticon;

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

    /// `... weiterempfehlen ;-) So eben ...`: an emoticon standing alone after a word ends the
    /// sentence when a capitalised word follows. Returns the position after the emoticon if so.
    pub(crate) fn emoticon(&mut self, i: usize) -> Option<usize> {
        let s = self.s;
        if char_before(s, i).is_none_or(|(_, c)| c != ' ') {
            return None;
        }
        let rest = s.get(i..)?;
        let len = rest.find(char::is_whitespace)?;
        if len > 5 || !is_emoticon(rest.get(..len)?) {
            return None;
        }
        let end = i + len;
        let next = s.get(end..)?.trim_start_matches([' ', '\t']);
        let capital = next.chars().next().is_some_and(char::is_uppercase);
        if !capital {
            return None;
        }
        self.push_cut(end);
        Some(end)
    }

    /// At the first `/` of a `04/26/2001 07:17 AM` stamp (a flattened e-mail header line): the
    /// stamp ends a sentence, and starts one unless a lower-case word (`on`, `at`) leads into it.
    /// Returns where scanning resumes.
    pub(crate) fn timestamp(&mut self, i: usize) -> usize {
        let s = self.s;
        let b = s.as_bytes();
        let digits = |from: usize, min: usize, max: usize| -> Option<usize> {
            let n = b
                .get(from..)?
                .iter()
                .take(max)
                .take_while(|c| c.is_ascii_digit())
                .count();
            (n >= min).then_some(from + n)
        };
        let mut start = i;
        while start > 0 && i - start < 2 && b.get(start - 1).is_some_and(u8::is_ascii_digit) {
            start -= 1;
        }
        let stamp = (|| {
            if start == i || !(start == 0 || b.get(start - 1).is_some_and(u8::is_ascii_whitespace))
            {
                return None;
            }
            let p = digits(i + 1, 1, 2)?;
            let p = digits(p.checked_add(1).filter(|_| b.get(p) == Some(&b'/'))?, 2, 4)?;
            let p = digits(p.checked_add(1).filter(|_| b.get(p) == Some(&b' '))?, 1, 2)?;
            let mut p = digits(p.checked_add(1).filter(|_| b.get(p) == Some(&b':'))?, 2, 2)?;
            if b.get(p) == Some(&b':') {
                p = digits(p + 1, 2, 2)?;
            }
            if b.get(p) == Some(&b' ') {
                p += 1;
            }
            let ampm = b.get(p..p + 2)?;
            if !(ampm.eq_ignore_ascii_case(b"AM") || ampm.eq_ignore_ascii_case(b"PM")) {
                return None;
            }
            let end = p + 2;
            b.get(end)
                .is_none_or(u8::is_ascii_whitespace)
                .then_some(end)
        })();
        let Some(end) = stamp else { return i + 1 };
        // The word before the stamp (bounded look-back): lower case means "on 04/26/2001 ...".
        let mut p = start;
        while let Some((q, _)) =
            char_before(s, p).filter(|&(q, c)| c.is_whitespace() && start - q < LOOK)
        {
            p = q;
        }
        let mut first = None;
        while let Some((q, c)) =
            char_before(s, p).filter(|&(q, c)| !c.is_whitespace() && start - q < LOOK)
        {
            first = Some(c);
            p = q;
        }
        let lead_in = first.is_some_and(char::is_lowercase);
        if !lead_in {
            self.push_cut(start);
        }
        self.push_cut(end);
        end
    }
}

#[cfg(test)]
mod tests {
    use crate::sentences::rules::LangRules;
    use crate::sentences::scan::find_cuts;

    fn rules(text: &str) -> LangRules {
        LangRules::parse(text).unwrap_or_default()
    }

    #[test]
    fn semicolon_before_a_starter_or_any_capital() {
        let r = rules("[starters]\nThe\n");
        assert_eq!(find_cuts("a; The b", &r), vec![2]);
        assert!(find_cuts("a; John b", &r).is_empty());
        assert!(find_cuts("a; the b", &r).is_empty());
        assert!(find_cuts("a;The b", &r).is_empty());
        let r = rules("[options]\nsemicolon_capital = true\n");
        assert_eq!(find_cuts("a; John b", &r), vec![2]);
    }

    #[test]
    fn closings_form_a_sentence() {
        let r = rules("[closings]\nregards thanks\n");
        assert_eq!(find_cuts("Best regards, Anna", &r), Vec::<usize>::new());
        assert_eq!(find_cuts("Regards, Anna", &r), vec![8]);
        assert_eq!(find_cuts("Thanks, see you", &r), Vec::<usize>::new());
        assert_eq!(find_cuts("Ok. Thanks, Anna", &r), vec![3, 11]);
        assert!(find_cuts("We said thanks to many, Anna included", &r).is_empty());
    }

    #[test]
    fn emoticons_end_a_sentence_before_a_capital() {
        let r = LangRules::default();
        assert_eq!(find_cuts("so good :) We left", &r), vec![10]);
        assert!(find_cuts("so good :) we left", &r).is_empty());
        assert!(find_cuts("Note: The end", &r).is_empty());
        assert!(find_cuts("a=b :x", &r).is_empty());
    }

    #[test]
    fn timestamps() {
        let r = LangRules::default();
        let t = "Kay Mann 04/26/2001 07:17 AM Will you";
        assert_eq!(find_cuts(t, &r), vec![9, 28]);
        let t = "sent on 4/6/01 7:17:05 pm Will you";
        assert_eq!(find_cuts(t, &r), vec![25]);
        assert!(find_cuts("ratio 1/2 of it", &r).is_empty());
        assert!(find_cuts("on 04/26/2001 07:17 AMX", &r).is_empty());
        assert!(find_cuts("x04/26/2001 07:17 AM y", &r).is_empty());
    }
}
