//! List names inside words that carry affixes: Korean particles after a name (`서울에서`, "in
//! Seoul"), Arabic proclitics before one (`بالرياض`, "in Riyadh"). The gazetteer index finds them
//! (`find_before_particles`, `find_after_proclitics`); this says which languages get which, and
//! gives each hit the byte range of the name alone.

use super::scan::Hit;
use super::token::Tokens;
use super::{arabic, korean, RuleTagger};

impl RuleTagger {
    /// List hits in tokens `[a, b)` of a sentence in `lang` whose words carry Korean particles or
    /// Arabic proclitics, with the byte range of the name alone.
    pub(super) fn affixed_hits(
        &self,
        t: &Tokens,
        (a, b): (usize, usize),
        lang: &str,
        key: &mut String,
        out: &mut Vec<(u16, Hit, std::ops::Range<usize>)>,
    ) {
        let mut found = Vec::new();
        if !korean::is_korean(lang) && !arabic::is_arabic(lang) {
            return;
        }
        let builtin = self.builtin_index(lang);
        for index in [&*builtin, &self.exact, &self.folded] {
            if korean::is_korean(lang) {
                index.find_before_particles(t, a, b, korean::particle_head, key, &mut found);
                for (list, hit, end) in found.drain(..) {
                    if let Some((start, _)) = t.span(hit.start, hit.end) {
                        out.push((list, hit, start..end));
                    }
                }
            } else if arabic::is_arabic(lang) {
                index.find_after_proclitics(t, a, b, arabic::proclitic_cuts, key, &mut found);
                for (list, hit, start) in found.drain(..) {
                    if let Some((_, end)) = t.span(hit.start, hit.end) {
                        out.push((list, hit, start..end));
                    }
                }
            }
        }
    }
}
