//! Rule- and gazetteer-based entity candidates, and the merge policy that resolves them against the
//! statistical tagger's candidates.
//!
//! [`RuleTagger`] tokenizes a document once, then runs, per sentence: numeric/date rules
//! (DATE/PERCENT/MONEY/CARDINAL), gazetteer lookups, and name rules (PER/ORG/LOC from capitalised
//! sequences with cues, datelines, acronyms, document memory). It returns overlapping candidates; the
//! pipeline passes them with the model's to [`merge`]. Everything works in byte ranges of the original
//! text. See `docs/rules.md` for the rules, the gazetteer format and the merge policy.

mod affixed;
mod arabic;
mod builtin;
mod chinese_titles;
mod cjk;
mod cjk_names;
mod club_forms;
mod codes;
mod common_words;
mod cyrillic;
mod dates;
mod doc;
mod gazetteer;
mod german_institutions;
pub(crate) mod heads;
mod hit_filters;
mod institutions;
mod japanese;
mod japanese_companies;
mod japanese_lists;
mod japanese_memory;
mod korean;
mod lexicon;
mod measures;
mod merge;
mod names;
mod nordic_institutions;
mod numeric;
mod relative;
mod relative_other;
mod scan;
mod scoped;
mod setup;
mod streets;
mod teams;
mod token;
mod units;
mod vietnamese;
mod year_parts;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_cyrillic;
#[cfg(test)]
mod tests_lang;
#[cfg(test)]
mod tests_names;
#[cfg(test)]
mod tests_qa;
#[cfg(test)]
mod tests_robust;
#[cfg(test)]
mod tests_scripts;

pub(crate) use builtin::{
    is_listed_place, place_names, BUILTIN, BUILTIN_MODEL_LANGUAGES, BUILTIN_NOT_TRAINED,
};
pub use merge::{merge, merge_with, sort_entities, MergePolicy};
pub(crate) use teams::match_report;

#[cfg(test)]
use crate::annotation::EntityLabel;
use crate::annotation::{Candidate, EntitySource, SentenceView};
use gazetteer::Gazetteer;
use lexicon::Lexicon;
use scan::{Hit, Scan};
use std::sync::Arc;
use token::Tokens;

/// Languages that capitalise every noun, where capitalisation cues for names are switched off.
const NOUN_CAPS_LANGS: &[&str] = &["de", "deu", "ger", "lb", "ltz"];

/// What the tagger keeps about one gazetteer list.
struct ListInfo {
    name: String,
    entries: usize,
    /// Language codes of the sentences the list applies to; empty for all.
    languages: Vec<String>,
    /// Whether its hits outrank the model on the same span (confidence 1.0, see [`merge`]).
    outranks_model: bool,
}

impl ListInfo {
    fn applies_to(&self, lang: &str) -> bool {
        let primary = primary_language(lang);
        self.languages.is_empty() || self.languages.iter().any(|l| l == lang || l == primary)
    }
}

/// A language code without its region or script (`zh` for `zh-Hant`, `pt` for `pt_BR`).
pub(crate) fn primary_language(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

/// Rule-based entity tagger. Immutable after building; share it across threads by reference.
pub struct RuleTagger {
    lexicon: &'static Lexicon,
    /// Each list's name, entry count and languages (empty: all), indexed by list id.
    lists: Vec<ListInfo>,
    /// The built-in lists, indexed per sentence language on first use.
    builtin: scoped::ScopedIndexes,
    /// The built-in lists of every language that no model reads ([`SHARED`]), one index built on
    /// first use.
    shared: scoped::ScopedIndexes,
    /// The lists added to them, case-sensitive ones, then case-insensitive ones, each one merged
    /// index.
    exact: Gazetteer,
    folded: Gazetteer,
    /// Whether the hand-written rules run (false: gazetteer lookups only).
    rules: bool,
}

impl RuleTagger {
    /// Candidates for one document. `sentences` in document order with their language codes (an empty
    /// slice means one sentence covering the text). Rules give `EntitySource::Rule`; gazetteer hits
    /// `EntitySource::Gazetteer(name)`. Byte ranges, char-aligned; candidates may overlap (see [`merge`]).
    pub fn tag(&self, text: &str, sentences: &[SentenceView]) -> Vec<Candidate> {
        let mut t = Tokens::new(text);
        t.annotate(self.lexicon);
        let mut sents: Vec<(usize, usize, bool)> = Vec::with_capacity(sentences.len().max(1));
        let mut langs: Vec<&str> = Vec::with_capacity(sentences.len().max(1));
        if sentences.is_empty() {
            sents.push((0, t.len(), false));
            langs.push("und");
        } else {
            for sv in sentences {
                let (a, b) = (sv.range.0.min(text.len()), sv.range.1.min(text.len()));
                let noun_caps = NOUN_CAPS_LANGS.contains(&sv.lang);
                sents.push((t.index_at(a), t.index_at(b), noun_caps));
                langs.push(sv.lang);
            }
        }
        let mut out = Vec::new();
        let mut numeric: Vec<Hit> = Vec::new();
        for (&(a, b, _), lang) in sents.iter().zip(&langs).filter(|_| self.rules) {
            let s = Scan {
                t: &t,
                lx: self.lexicon,
                a,
                b,
            };
            numeric::scan_numeric(&s, |h| {
                if !hit_filters::foreign_date_word(&t, &h, lang) {
                    numeric.push(h)
                }
            });
        }
        let mut listed: Vec<(u16, Hit)> = Vec::new();
        let mut key = String::new();
        let mut found = Vec::new();
        // sentences mostly share their document's language: its index is looked up once
        let mut memo: Option<(&str, Arc<Gazetteer>)> = None;
        let shared = self.shared.index(|_| true);
        for kind in 0..4 {
            for (&(a, b, _), lang) in sents.iter().zip(&langs) {
                found.clear();
                let builtin;
                let index = match kind {
                    0 => {
                        builtin = self.builtin_index_memo(&mut memo, lang);
                        &*builtin
                    }
                    1 => &*shared,
                    2 => &self.exact,
                    _ => &self.folded,
                };
                index.find(&t, a, b, &mut key, &mut found);
                let kept = |list: u16, hit: &Hit| {
                    self.lists.get(usize::from(list)).is_some_and(|l| {
                        l.applies_to(lang)
                            && !cjk_names::names_a_language(&t, hit)
                            && !cjk_names::inside_katakana_word(&t, hit)
                            && !hit_filters::before_compound_tail(&t, hit)
                            && (l.outranks_model
                                || !hit_filters::common_word_opening(&t, a, lang, hit))
                    })
                };
                listed.extend(found.iter().filter(|(list, hit)| kept(*list, hit)).copied());
            }
        }
        let sources: Vec<EntitySource> = self
            .lists
            .iter()
            .map(|l| EntitySource::Gazetteer(l.name.clone()))
            .collect();
        for (list, hit) in &listed {
            if let (Some(source), Some(info)) = (
                sources.get(usize::from(*list)),
                self.lists.get(usize::from(*list)),
            ) {
                let confidence = info.outranks_model.then_some(CERTAIN);
                push_candidates(&t, std::slice::from_ref(hit), source, confidence, &mut out);
            }
        }
        // Korean and Turkish words carry their particles and suffixes (`서울에서`, `İstanbul'da`),
        // Arabic and Hebrew ones their proclitics (`بالرياض`): any list's names before or after
        // them, the entity on the name alone
        let mut affixed = Vec::new();
        for (&(a, b, _), lang) in sents.iter().zip(&langs) {
            let Some(affix) = affixed::affix_of(lang) else {
                continue;
            };
            let builtin = self.builtin_index_memo(&mut memo, lang);
            self.affixed_hits(&t, (a, b), affix, &builtin, &mut key, &mut affixed);
            for (list, hit, range) in affixed.drain(..) {
                let (Some(source), Some(info)) = (
                    sources.get(usize::from(list)),
                    self.lists.get(usize::from(list)),
                ) else {
                    continue;
                };
                if info.applies_to(lang) && range.start < range.end {
                    out.push(Candidate {
                        range,
                        label: hit.label,
                        source: source.clone(),
                        confidence: info.outranks_model.then_some(CERTAIN),
                    });
                }
            }
        }
        let gaz_hits: Vec<Hit> = listed.into_iter().map(|(_, h)| h).collect();
        if !self.rules {
            sort_entities(&mut out);
            return out;
        }
        let (mut names, certain) = doc::find_names(&t, self.lexicon, &sents, &gaz_hits, &numeric);
        let mut korean_found = Vec::new();
        names.extend(cjk_names::place_organisations(&t, &gaz_hits));
        names.extend(arabic::institutions(&t, &gaz_hits));
        for (&(a, b, _), lang) in sents.iter().zip(&langs) {
            if *lang == "ja" {
                // a list hit crossing the name wins; one a kanji name covers does not (the place
                // `豊田` in `豊田章男会長`), while a katakana one stays (`フランス・ロマン`)
                let listed = |h: &Hit| {
                    let kanji_name = t
                        .s(h.start)
                        .chars()
                        .next()
                        .is_some_and(japanese::is_kanji_char);
                    gaz_hits.iter().any(|g| {
                        let overlaps = g.start < h.end && h.start < g.end;
                        let covered = h.start <= g.start
                            && g.end <= h.end
                            && g.end - g.start < h.end - h.start;
                        overlaps && !(kanji_name && covered)
                    })
                };
                names.extend(japanese::names(&t, a, b).into_iter().filter(|h| !listed(h)));
                names.extend(cjk_names::katakana_states(&t, a, b));
                names.extend(cjk_names::places_with_suffixes(&t, a, b, &gaz_hits));
                names.extend(japanese_companies::companies(&t, a, b, &gaz_hits));
            }
            if !matches!(*lang, "ja" | "zh" | "ko") {
                names.extend(club_forms::clubs(&t, a, b));
            }
            if matches!(primary_language(lang), "sv" | "da" | "nb" | "nn" | "no") {
                names.extend(nordic_institutions::institutions(&t, a, b));
            }
            if korean::is_korean(lang) {
                korean_found.extend(korean::candidates(&t, a, b));
            }
            if *lang == "vi" {
                names.extend(vietnamese::persons(&t, a, b));
            }
            if *lang == "zh" {
                names.extend(chinese_titles::persons(&t, a, b));
            }
        }
        let ja: Vec<(usize, usize)> = sents
            .iter()
            .zip(&langs)
            .filter(|(_, lang)| **lang == "ja")
            .map(|(&(a, b, _), _)| (a, b))
            .collect();
        if !ja.is_empty() {
            let taken: Vec<Hit> = gaz_hits.iter().chain(&numeric).copied().collect();
            let again = japanese_memory::recurring_persons(&t, &ja, &names, &taken);
            names.extend(again);
        }
        push_candidates(&t, &numeric, &EntitySource::Rule, None, &mut out);
        let (sure, other): (Vec<Hit>, Vec<Hit>) = names
            .into_iter()
            .partition(|h| certain.contains(&(h.start, h.end)));
        push_candidates(&t, &other, &EntitySource::Rule, None, &mut out);
        push_candidates(&t, &sure, &EntitySource::Rule, Some(CERTAIN), &mut out);
        out.extend(korean_found);
        cjk::join_dates(text, &mut out);
        teams::clubs_by_town(text, sentences, &mut out);
        sort_entities(&mut out);
        out
    }
}

/// The confidence of a certain hit: it outranks the model on the same span (see [`merge`]).
pub(crate) const CERTAIN: f32 = 1.0;

fn push_candidates(
    t: &Tokens,
    hits: &[Hit],
    source: &EntitySource,
    confidence: Option<f32>,
    out: &mut Vec<Candidate>,
) {
    for h in hits {
        if let Some((a, b)) = t.span(h.start, h.end) {
            out.push(Candidate {
                range: a..b,
                label: h.label,
                source: source.clone(),
                confidence,
            });
        }
    }
}
