//! Whether a terminator run ends a sentence: UAX #29's rules (SB6–SB11) corrected by language data.
//!
//! UAX #29 alone breaks after every `.` followed by a space and a capital (`Mr. Smith`) and never
//! breaks `world.Today`. Here the decision looks at the run (`.`, `?!`, `...`, `. . . .`), the word
//! before it (abbreviation? initial? number? list marker?) and the word after it (lower case?
//! a sentence starter such as `The`? a digit?), using the per-language lists of [`LangRules`].
//!
//! [`LangRules`]: super::rules::LangRules

use super::chars::{char_at, char_before, is_bullet, is_cjk, is_line_break, is_opener, Term};
use super::scan::{marker_value, Marker, Scanner, LOOK};
use super::shapes::{is_emoticon, is_initial, is_multi_period, is_tld, spaced_dots};

/// What follows a terminator run and its closers.
struct Next {
    /// Whitespace between the closers and the next character.
    space: bool,
    /// A line break in that whitespace.
    newline: bool,
    /// The next non-whitespace character.
    ch: Option<char>,
    /// Where `ch` is.
    ch_at: usize,
    /// The first character after skipping openers (`"`, `(`, `¿` ...), and where it is.
    first: Option<char>,
    first_at: usize,
    /// Closers (`)`, `"`, `»` ...) stood between the terminator and the whitespace.
    closed: bool,
}

impl Scanner<'_> {
    /// Handles the terminator run starting at `start`; returns where scanning resumes.
    pub(crate) fn terminator(&mut self, start: usize) -> usize {
        let s = self.s;
        let (mut pos, mut dots, mut bang, mut cjk, mut uncased) =
            (start, 0usize, false, false, false);
        let mut spaced = false;
        while let Some(c) = char_at(s, pos) {
            match self.term_of(c) {
                Some(Term::Dot) => dots += 1,
                Some(Term::Ellipsis) => dots += 3,
                Some(Term::Bang) => bang = true,
                Some(Term::Cjk) => cjk = true,
                Some(Term::Uncased) => uncased = true,
                None => {
                    if c == ' ' && dots > 0 && !(bang || cjk || uncased) {
                        let (extra, end) = spaced_dots(s, pos);
                        if dots + extra >= 3 && extra > 0 {
                            dots += extra;
                            pos = end;
                            spaced = true;
                        }
                    }
                    break;
                }
            }
            pos += c.len_utf8();
        }
        let run_end = pos.max(start + 1);
        let cut = self.skip_closers(run_end);
        if cut > run_end && char_at(s, cut).and_then(|c| self.term_of(c)).is_some() {
            return cut; // 「…？」。 or ?". : the mark after the closers decides
        }
        let mut next = self.next_after(cut);
        next.closed = cut > run_end;
        if next.ch.is_none() {
            return cut;
        }
        let ends = if cjk || uncased {
            self.cjk_rule(start, run_end, cut, &next)
        } else if bang {
            let question = s.get(start..run_end).is_some_and(|r| r.contains('?'));
            let cjk_before = char_before(s, start).is_some_and(|(_, c)| is_cjk(c));
            let (_, w) = self.word_before(start);
            let named = w.chars().next().is_some_and(char::is_uppercase);
            (cjk_before && !next.space) || bang_rule(&next, question || !named)
        } else if dots >= 2 {
            self.ellipsis_rule(start, run_end, spaced, dots, &next)
        } else {
            self.dot_rule(start, run_end, cut, &next)
        };
        if !ends {
            return cut;
        }
        // "I love her. :)": an emoticon right after the terminator stays with its sentence.
        let emo = if next.newline {
            ""
        } else {
            self.token_at(next.ch_at)
        };
        if is_emoticon(emo) {
            let end = next.ch_at + emo.len();
            self.push_cut(end);
            return end;
        }
        self.push_cut(cut);
        cut
    }

    fn next_after(&self, cut: usize) -> Next {
        let s = self.s;
        let (mut p, mut newline) = (cut, false);
        while let Some(c) = char_at(s, p) {
            if !c.is_whitespace() {
                break;
            }
            newline |= is_line_break(c);
            p += c.len_utf8();
        }
        let ch = char_at(s, p);
        let mut q = p;
        while let Some(c) = char_at(s, q) {
            if !is_opener(c) || q - p > LOOK {
                break;
            }
            q += c.len_utf8();
        }
        Next {
            space: p > cut,
            newline,
            ch,
            ch_at: p,
            first: char_at(s, q),
            first_at: q,
            closed: false,
        }
    }

    /// CJK and uncased-script stops end a sentence, spaces or not, unless a digit follows directly
    /// (`３．５`) or a continuation character follows a quoted stop or a bare `！？`
    /// (`「すごい！」と言った`, `すごい！と思った`); after a bare `。` it never continues (`。ところが`).
    fn cjk_rule(&self, start: usize, run_end: usize, cut: usize, next: &Next) -> bool {
        let Some(ch) = next.ch else { return true };
        if next.space {
            return true;
        }
        if ch.is_ascii_digit() && cut == run_end {
            let before_digit = char_before(self.s, start).is_some_and(|(_, c)| c.is_ascii_digit());
            if before_digit {
                return false;
            }
        }
        let full_stop = self
            .s
            .get(start..run_end)
            .is_some_and(|r| r.contains(['\u{3002}', '\u{FF61}', '\u{FF0E}']));
        if full_stop && cut == run_end {
            return true;
        }
        if cut > run_end && self.speech_tag_at(cut) {
            return false;
        }
        !self.rules.continuations.contains(&ch)
    }

    /// Whether a short speech tag starts at `at`, right after a quoted stop (`“……。”他说。`,
    /// `“……！”王毅表示，`): at most 16 characters, no quote or line break, ending in a listed
    /// speech verb right before a CJK stop, a comma or a colon.
    fn speech_tag_at(&self, at: usize) -> bool {
        const MAX_CHARS: usize = 16;
        if self.rules.attributions.is_empty() {
            return false;
        }
        let Some(rest) = self.s.get(at..) else {
            return false;
        };
        for (i, (pos, c)) in rest.char_indices().enumerate() {
            if i > MAX_CHARS || c.is_whitespace() || is_opener(c) {
                return false;
            }
            if matches!(c, '，' | '：' | ',' | ':') || self.term_of(c).is_some() {
                let tag = rest.get(..pos).unwrap_or("");
                return self
                    .rules
                    .attributions
                    .iter()
                    .any(|verb| tag.len() > verb.len() && tag.ends_with(verb.as_str()));
            }
        }
        false
    }

    /// `...`, `…`, `. . .`, `....`: a four-dot ellipsis is an ellipsis plus a full stop; an unspaced
    /// three-dot one ends a sentence before a capital; a spaced three-dot one (`. . .`) never does.
    fn ellipsis_rule(
        &self,
        start: usize,
        run_end: usize,
        spaced: bool,
        dots: usize,
        next: &Next,
    ) -> bool {
        let bracketed = matches!(char_before(self.s, start), Some((_, '[' | '(')))
            && matches!(char_at(self.s, run_end), Some(']' | ')'));
        if bracketed || !next.space {
            return false;
        }
        if next.newline {
            return true;
        }
        if spaced && dots < 4 {
            return false;
        }
        if next.ch.and_then(|c| self.term_of(c)).is_some() {
            return false; // "rire... !": the mark after the ellipsis still belongs to it
        }
        next.first
            .is_some_and(|c| !c.is_lowercase() && !c.is_numeric())
    }

    /// A single `.`: decimal points, URLs, abbreviations, initials, ordinals and list markers.
    fn dot_rule(&mut self, start: usize, run_end: usize, cut: usize, next: &Next) -> bool {
        let (wstart, w) = self.word_before(start);
        let Some(ch) = next.ch else { return true };
        if !next.space {
            return cut == run_end && self.no_space_rule(w, run_end, ch);
        }
        if let Some(value) = marker_value(w) {
            let letter = w.bytes().all(|b| b.is_ascii_lowercase());
            if !letter || next.first.is_some_and(char::is_uppercase) {
                let at_start = self.at_sentence_start(wstart);
                let normal_cut =
                    (!at_start && (next.newline || self.word_rule(w, next))).then_some(cut);
                let style = if cut > run_end { 1 } else { 0 };
                let can_start = at_start || self.after_colon(wstart);
                self.markers.push(Marker {
                    start: wstart,
                    value,
                    kind: (letter, style),
                    can_start,
                    normal_cut,
                });
                return false;
            }
        }
        next.newline || self.word_rule(w, next)
    }

    /// The word rules for `w.` followed by a space and `next`.
    fn word_rule(&self, w: &str, next: &Next) -> bool {
        let Some(first) = next.first else { return true };
        let r = self.rules;
        // the last part of a dotted word (`U.S.A`), or the word after an elision (`l'art`, `d'env`)
        let tail = w
            .rsplit(['.', '\'', '\u{2019}'])
            .next()
            .filter(|t| t.len() < w.len() && !t.is_empty());
        let has =
            |set: &super::rules::WordSet| set.contains(w) || tail.is_some_and(|t| set.contains(t));
        if first.is_lowercase() {
            // UAX #29 SB8 keeps every lower-case continuation; we only keep it after a known or
            // abbreviation-shaped word, or after closers ("great." she said), since informal text
            // often starts sentences in lower case ("i am late. call me").
            if next.closed || next.first_at != next.ch_at || !r.lowercase_starts {
                return false;
            }
            // "9. studenog 2001.", "2007. godine": ordinals and years written with a dot.
            let ordinal = !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
            let short = w.chars().count() <= 1 || w.contains('.') || ordinal;
            let known = has(&r.titles) || has(&r.abbreviations) || has(&r.numeric) || has(&r.units);
            return !(short || known || w.is_empty());
        }
        if has(&r.titles) {
            return false;
        }
        let abbrev = has(&r.abbreviations);
        let unit = has(&r.units);
        if first.is_numeric() {
            let initial = is_initial(w);
            return !(abbrev || unit || initial || has(&r.numeric) || is_multi_period(w));
        }
        if first.is_uppercase() && unit {
            // `5 proc. Prezes ...` ends a sentence, `5 proc. PKB` does not
            let nword = self.word_at(next.first_at);
            return nword.chars().count() < 2 || nword.chars().any(char::is_lowercase);
        }
        if first.is_uppercase() {
            let initial = is_initial(w) || tail.is_some_and(is_initial);
            let ordinal = r.ordinal_numbers
                && !w.is_empty()
                && w.len() <= 3
                && w.bytes().all(|b| b.is_ascii_digit());
            if abbrev || initial || ordinal || is_multi_period(w) {
                let nword = self.word_at(next.first_at);
                // "А. С. Пушкин", "J. R. R. Tolkien": another initial follows.
                let end = next.first_at + nword.len();
                if is_initial(nword) && char_at(self.s, end) == Some('.') {
                    return false;
                }
                return r.starters.contains(nword);
            }
            return true;
        }
        !(abbrev || unit || has(&r.numeric))
    }

    /// `world.Today`, `1,000.That`: a full stop with no space ends a sentence before a capitalised
    /// word, unless the token is a URL, an e-mail address, a dotted name or an abbreviation.
    fn no_space_rule(&self, w: &str, run_end: usize, ch: char) -> bool {
        if is_cjk(ch) {
            return true;
        }
        if !ch.is_uppercase() {
            return false;
        }
        let nword = self.word_at(run_end);
        if is_tld(nword) {
            return false; // "Newsfeed.Com"
        }
        let second_lower = nword.chars().nth(1).is_some_and(char::is_lowercase);
        let w_ok = w.chars().count() >= 2
            && w.chars().next_back().is_some_and(char::is_alphanumeric)
            && !w.contains(['.', '@', '/', ':'])
            && !w.starts_with("www")
            && !self.rules.is_any_abbreviation(w);
        let ahead = self.token_at(run_end);
        let ahead_ok = !ahead.contains(['@', '/'])
            && !ahead
                .char_indices()
                .any(|(i, c)| c == '.' && char_at(ahead, i + 1).is_some_and(char::is_alphanumeric));
        second_lower && w_ok && ahead_ok
    }

    /// The token before a terminator at `start` (back to whitespace, without leading openers).
    fn word_before(&self, start: usize) -> (usize, &str) {
        let s = self.s;
        let mut p = start;
        while let Some((q, c)) = char_before(s, p) {
            if c.is_whitespace() || is_bullet(c) {
                break;
            }
            if start - q > LOOK {
                return (start, "");
            }
            p = q;
        }
        while let Some(c) = char_at(s, p) {
            if p >= start || !is_opener(c) {
                break;
            }
            p += c.len_utf8();
        }
        (p, s.get(p..start).unwrap_or(""))
    }

    /// The letters (and apostrophes) starting at `pos`.
    fn word_at(&self, pos: usize) -> &str {
        let rest = self.s.get(pos..).unwrap_or("");
        let end = rest
            .char_indices()
            .find(|&(i, c)| i > LOOK || !(c.is_alphabetic() || c == '\'' || c == '\u{2019}'))
            .map_or(rest.len(), |(i, _)| i);
        rest.get(..end).unwrap_or("")
    }

    /// The non-whitespace token starting at `pos` (bounded).
    fn token_at(&self, pos: usize) -> &str {
        let rest = self.s.get(pos..).unwrap_or("");
        let end = rest
            .char_indices()
            .find(|&(i, c)| i > LOOK || c.is_whitespace())
            .map_or(rest.len(), |(i, _)| i);
        rest.get(..end).unwrap_or("")
    }
}

/// `?`, `!`, `?!`: a sentence ends unless a lower-case word follows (`Yahoo! in`, `"Why?" he asked`)
/// or nothing but letters (`Yahoo!Mail`); a CJK character right after also ends it.
fn bang_rule(next: &Next, lower_starts: bool) -> bool {
    if !next.space {
        return next.ch.is_some_and(is_cjk);
    }
    if next.newline || !next.first.is_some_and(char::is_lowercase) {
        return true;
    }
    // "where did you grow up? india?", "great! answered all my questions": informal text starts
    // sentences in lower case; after a closing quote ("Why?" he asked) or a capitalised name with
    // `!` (Yahoo! in) the sentence continues.
    lower_starts && !next.closed && next.first_at == next.ch_at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bang() {
        let mk = |space, first| Next {
            space,
            newline: false,
            ch: first,
            ch_at: 0,
            first,
            first_at: 0,
            closed: false,
        };
        assert!(bang_rule(&mk(true, Some('T')), false));
        assert!(!bang_rule(&mk(true, Some('t')), false));
        assert!(bang_rule(&mk(true, Some('t')), true));
        assert!(!bang_rule(&mk(false, Some('M')), true));
        assert!(bang_rule(&mk(false, Some('中')), false));
    }
}
