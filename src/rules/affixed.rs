//! List names inside words that carry affixes: Korean particles after a name (`서울에서`, "in
//! Seoul"), Turkish suffixes after an apostrophe (`İstanbul'da`), Arabic and Hebrew proclitics
//! before a name (`بالرياض`, `בירושלים`, "in Riyadh", "in Jerusalem"). The gazetteer index finds
//! them (`find_before_particles`, `find_after_proclitics`); this says which languages get which,
//! and gives each hit the byte range of the name alone.

use super::gazetteer::Gazetteer;
use super::scan::Hit;
use super::token::{is_apostrophe, Tokens};
use super::{arabic, korean, RuleTagger};

/// How a language writes affixes onto names: after the name (a head function gives the name part
/// of a word), or before it (a function gives the byte lengths of the prefixes a word may have).
#[derive(Clone, Copy)]
pub(super) enum Affix {
    After(fn(&str) -> Option<&str>),
    Before(fn(&str) -> Vec<usize>),
}

/// The affixes of language `lang`'s names, if it writes any: Korean particles, Turkish suffixes,
/// Arabic or Hebrew proclitics.
pub(super) fn affix_of(lang: &str) -> Option<Affix> {
    if korean::is_korean(lang) {
        Some(Affix::After(korean::particle_head))
    } else if lang == "tr" {
        Some(Affix::After(apostrophe_head))
    } else {
        arabic::proclitics_of(lang).map(Affix::Before)
    }
}

impl RuleTagger {
    /// List hits in tokens `[a, b)` of a sentence whose names carry `affix`, from the sentence
    /// language's built-in index `builtin` and the added lists, with the byte range of the name
    /// alone.
    pub(super) fn affixed_hits(
        &self,
        t: &Tokens,
        (a, b): (usize, usize),
        affix: Affix,
        builtin: &Gazetteer,
        key: &mut String,
        out: &mut Vec<(u16, Hit, std::ops::Range<usize>)>,
    ) {
        let mut found = Vec::new();
        for index in [builtin, &self.exact, &self.folded] {
            match affix {
                Affix::After(head) => {
                    index.find_before_particles(t, a, b, head, key, &mut found);
                    for (list, hit, end) in found.drain(..) {
                        if let Some((start, _)) = t.span(hit.start, hit.end) {
                            out.push((list, hit, start..end));
                        }
                    }
                }
                Affix::Before(cuts) => {
                    index.find_after_proclitics(t, a, b, cuts, key, &mut found);
                    for (list, hit, start) in found.drain(..) {
                        if let Some((_, end)) = t.span(hit.start, hit.end) {
                            out.push((list, hit, start..end));
                        }
                    }
                }
            }
        }
    }
}

/// `word`'s part before an apostrophe and a lower-case suffix (`İstanbul` of `İstanbul'da`,
/// `Almanya` of `Almanya'nın`), as Turkish writes the case endings of names.
pub(crate) fn apostrophe_head(word: &str) -> Option<&str> {
    let (at, mark) = word.char_indices().find(|&(_, c)| is_apostrophe(c))?;
    let suffix = word.get(at + mark.len_utf8()..)?;
    let lower = !suffix.is_empty() && suffix.chars().all(char::is_lowercase);
    (at > 0 && lower).then(|| word.get(..at)).flatten()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_turkish_suffix_after_an_apostrophe_is_cut_off() {
        use super::apostrophe_head;
        assert_eq!(apostrophe_head("İstanbul'da"), Some("İstanbul"));
        assert_eq!(apostrophe_head("Almanya’nın"), Some("Almanya"));
        assert_eq!(apostrophe_head("O'Neil"), None);
        assert_eq!(apostrophe_head("Ankara"), None);
        assert_eq!(apostrophe_head("'da"), None);
    }
}
