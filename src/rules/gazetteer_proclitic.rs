//! Gazetteer matches whose first word carries a proclitic: Arabic writes a conjunction or a
//! preposition onto the next word (`بالرياض`, "in Riyadh"; `والقاهرة`, "and Cairo";
//! `وبالولايات المتحدة`), so a listed name is also looked up behind those letters, and the entity
//! then covers the name only. A child of `gazetteer` so that it reads the index as `find` does.

use super::{glued_after, hits, inside_word, push_token, Gazetteer, Lists};
use crate::rules::scan::Hit;
use crate::rules::token::{Kind, Tokens};

impl Gazetteer {
    /// Leftmost-longest matches, as [`Gazetteer::find`], whose first word is a token of
    /// `[a, b)` without the first `cut` bytes, for each `cut` that `proclitics` gives for the
    /// token (shorter than the token). Each hit comes with the byte start of the name, where
    /// the entity starts. A name needs three letters at least (`בתל אביב` gives `תל אביב`; `بلد`,
    /// "country", is no `ب` + `لد`).
    pub fn find_after_proclitics(
        &self,
        t: &Tokens,
        a: usize,
        b: usize,
        proclitics: impl Fn(&str) -> Vec<usize>,
        key: &mut String,
        out: &mut Vec<(u16, Hit, usize)>,
    ) {
        if self.entries.is_empty() {
            return;
        }
        let mut i = a;
        while i < b {
            let Some(tok) = t.get(i) else { break };
            if tok.kind != Kind::Word || inside_word(t, a, i) {
                i += 1;
                continue;
            }
            let word = t.s(i);
            // (token end, bytes cut, the lists holding the phrase)
            let mut best: Option<(usize, usize, &Lists)> = None;
            for cut in proclitics(word) {
                let Some(head) = word.get(cut..).filter(|h| h.chars().nth(1).is_some()) else {
                    continue;
                };
                if cut == 0 {
                    continue;
                }
                key.clear();
                if self.case_sensitive {
                    key.push_str(head);
                } else {
                    key.extend(head.chars().flat_map(char::to_lowercase));
                }
                for k in i..b.min(i + self.max_tokens) {
                    if k > i {
                        if t.get(k).is_some_and(|x| x.line_start) {
                            break;
                        }
                        push_token(t, k, self.case_sensitive, false, key);
                    }
                    let letters = key.chars().filter(|c| !c.is_whitespace()).count();
                    if let Some(lists) = self.entries.get(key.as_str()).filter(|_| letters >= 3) {
                        if best.is_none_or(|(end, _, _)| k + 1 > end) {
                            best = Some((k + 1, cut, lists));
                        }
                    }
                    if !self.prefixes.contains(key.as_str()) {
                        break;
                    }
                }
            }
            match best {
                Some((end, cut, lists)) if !glued_after(t, end) => {
                    let start = tok.start + cut;
                    out.extend(hits(lists, i, end).map(|(list, hit)| (list, hit, start)));
                    i = end;
                }
                _ => i += 1,
            }
        }
    }
}
