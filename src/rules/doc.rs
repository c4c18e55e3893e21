//! Document-level name rules: datelines ("BEIJING, June 17 (Xinhua) --"), acronyms defined in text
//! ("Supreme People's Procuratorate (SPP)"), and memory (a name found with a cue keeps its label where
//! it recurs without one, also as a part: "Zhong" after "Zhong Hua"). Holds the per-document state the
//! sentence rules in `names.rs` read and write.

use super::lexicon::{Lexicon, NOT_MEMORY, STOP};
use super::names::{name_word, sentence_names};
use super::scan::{Hit, Scan};
use super::token::{Kind, Tokens};
use crate::annotation::EntityLabel;
use std::collections::{BTreeMap, BTreeSet};

/// Per-document state shared by the name rules.
pub(crate) struct DocState {
    blocked: Vec<bool>,
    dated: Vec<bool>,
    taken: Vec<bool>,
    gaz_start: Vec<Option<(usize, EntityLabel)>>,
    gaz_cover: Vec<bool>,
    headline: Vec<bool>,
    /// Name hits found so far.
    pub hits: Vec<Hit>,
    /// Capitalised sequences that got no label (acronym definitions may still label them).
    pub unlabelled: Vec<(usize, usize)>,
    /// The current sentence's language capitalises every noun (German): context cues are off.
    pub noun_caps: bool,
    /// Token ranges found by structural cues that are certain (a dateline's city and agency).
    pub certain: Vec<(usize, usize)>,
}

impl DocState {
    /// True when token `k` is part of a numeric/date hit.
    pub fn blocked(&self, k: usize) -> bool {
        self.blocked.get(k).copied().unwrap_or(true)
    }
    /// True when token `k` is part of a DATE hit.
    pub fn dated(&self, k: usize) -> bool {
        self.dated.get(k).copied().unwrap_or(false)
    }
    /// True when token `k` is already part of a name hit.
    pub fn taken(&self, k: usize) -> bool {
        self.taken.get(k).copied().unwrap_or(true)
    }
    /// True when token `k` lies on a headline line (Title Case or all caps).
    pub fn headline(&self, k: usize) -> bool {
        self.headline.get(k).copied().unwrap_or(false)
    }
    /// True when a gazetteer hit covers token `k`.
    pub fn gaz_covers(&self, k: usize) -> bool {
        self.gaz_cover.get(k).copied().unwrap_or(false)
    }
    /// The label of a gazetteer hit spanning exactly `[a, b)`.
    pub fn gaz_span(&self, a: usize, b: usize) -> Option<EntityLabel> {
        match self.gaz_start.get(a) {
            Some(Some((e, l))) if *e == b => Some(*l),
            _ => None,
        }
    }
    /// The end and label of the longest gazetteer hit starting at token `a`.
    pub fn gaz_at(&self, a: usize) -> Option<(usize, EntityLabel)> {
        self.gaz_start.get(a).copied().flatten()
    }
    /// Records a hit and marks its tokens taken.
    pub fn add(&mut self, h: Hit) {
        if h.start >= h.end || (h.start..h.end).any(|k| self.taken(k)) {
            return;
        }
        for k in h.start..h.end {
            if let Some(x) = self.taken.get_mut(k) {
                *x = true;
            }
        }
        self.hits.push(h);
    }
}

/// Marks tokens on lines that look like headlines: at least 3 words, three quarters capitalised (short
/// lower-case function words not counted), or at least 2 words all in capitals.
fn headlines(t: &Tokens) -> Vec<bool> {
    let mut out = vec![false; t.len()];
    let mut a = 0;
    while a < t.len() {
        let mut b = a + 1;
        while b < t.len() && !t.toks.get(b).is_some_and(|x| x.line_start) {
            b += 1;
        }
        let (mut words, mut caps, mut uppers) = (0usize, 0usize, 0usize);
        for k in a..b {
            let Some(tok) = t.get(k) else { continue };
            if tok.kind != Kind::Word || (!tok.cap && t.s(k).len() <= 3) {
                continue;
            }
            words += 1;
            caps += usize::from(tok.cap);
            uppers += usize::from(tok.upper && t.s(k).chars().count() > 1);
        }
        // a line that ends like a sentence is prose, however many names it holds
        let ends_prose = b > a
            && t.kind(b - 1) == Some(Kind::Punct)
            && matches!(t.s(b - 1), "." | "\"" | "”" | "»");
        let head = !ends_prose
            && ((words >= 3 && caps * 4 >= words * 3) || (words >= 2 && uppers == words));
        if head {
            for x in out.iter_mut().take(b).skip(a) {
                *x = true;
            }
        }
        a = b;
    }
    out
}

/// Runs all name rules over a document. `sents` are token ranges; `gaz` and `numeric` are hits found before.
pub(crate) fn find_names(
    t: &Tokens,
    lx: &Lexicon,
    sents: &[(usize, usize, bool)],
    gaz: &[Hit],
    numeric: &[Hit],
) -> (Vec<Hit>, Vec<(usize, usize)>) {
    let n = t.len();
    let mut d = DocState {
        blocked: vec![false; n],
        dated: vec![false; n],
        taken: vec![false; n],
        gaz_start: vec![None; n],
        gaz_cover: vec![false; n],
        headline: headlines(t),
        hits: Vec::new(),
        unlabelled: Vec::new(),
        noun_caps: false,
        certain: Vec::new(),
    };
    for h in numeric {
        for k in h.start..h.end.min(n) {
            if let Some(x) = d.blocked.get_mut(k) {
                *x = true;
            }
            if let Some(x) = d.dated.get_mut(k) {
                *x = h.label == EntityLabel::Date;
            }
        }
    }
    for h in gaz {
        if let Some(x) = d.gaz_start.get_mut(h.start) {
            if x.is_none_or(|(e, _)| e < h.end) {
                *x = Some((h.end, h.label));
            }
        }
        for k in h.start..h.end.min(n) {
            if let Some(x) = d.gaz_cover.get_mut(k) {
                *x = true;
            }
        }
    }
    for &(a, b, _) in sents {
        let s = Scan { t, lx, a, b };
        dateline(&s, &mut d);
    }
    for &(a, b, noun_caps) in sents {
        let s = Scan { t, lx, a, b };
        d.noun_caps = noun_caps;
        if noun_caps {
            super::german_institutions::institutions(&s, &mut d);
        }
        sentence_names(&s, &mut d);
    }
    let whole = Scan { t, lx, a: 0, b: n };
    acronyms(&whole, &mut d, gaz);
    memory(&whole, sents, &mut d, gaz);
    (d.hits, d.certain)
}

/// "BEIJING, June 17 (Xinhua) --", "WASHINGTON (Reuters) -", "LONDON 1996-08-30" at a line start.
fn dateline(s: &Scan, d: &mut DocState) {
    for i in s.a..s.b {
        if !s.t.get(i).is_some_and(|x| x.line_start) || !s.upper(i) {
            continue;
        }
        let mut k = i;
        // city words: capitals, two letters at least, not a function word ("I -- which ...")
        let city_word = |j: usize| s.upper(j) && s.t.s(j).chars().count() >= 2 && !s.has(j, STOP);
        while k < s.b && k < i + 4 && city_word(k) && !d.blocked(k) {
            k += 1;
        }
        if k == i {
            continue;
        }
        let dash = |j: usize| s.punct_in(j, &["-", "—", "–"]);
        let mut m = k;
        if s.punct_in(k, &[","]) {
            m = k + 1;
            while m < s.b && m < k + 9 && !s.punct_in(m, &["("]) && !dash(m) {
                let ok = matches!(s.kind(m), Some(Kind::Word) | Some(Kind::Num))
                    || s.punct_in(m, &[",", "."]);
                if !ok {
                    break;
                }
                m += 1;
            }
        }
        if s.punct_in(m, &["("]) {
            let mut r = m + 1;
            // capitalised words, maybe joined by attached hyphens (`Keystone-SDA`, `Ouest-France`)
            let joined = |j: usize| s.punct_in(j, &["-"]) && s.attached(j) && s.attached(j + 1);
            while r < s.b && r < m + 5 && (s.cap(r) || (r > m + 1 && joined(r) && s.cap(r + 1))) {
                r += 1;
            }
            // one lower-case agency word: "BERLIN (dpa) -"
            if r == m + 1 && s.kind(r) == Some(Kind::Word) && s.punct_in(r + 1, &[")"]) {
                r += 1;
            }
            let agency_len = s.t.span(m + 1, r).map_or(0, |(x, y)| y - x);
            if r > m + 1 && agency_len >= 2 && s.punct_in(r, &[")"]) && dash(r + 1) {
                d.add(Hit {
                    start: i,
                    end: k,
                    label: EntityLabel::Loc,
                });
                d.add(Hit {
                    start: m + 1,
                    end: r,
                    label: EntityLabel::Org,
                });
                d.certain.extend([(i, k), (m + 1, r)]);
            }
        } else if m > k + 1 && dash(m) && (k + 1..m).any(|j| d.dated(j)) {
            d.add(Hit {
                start: i,
                end: k,
                label: EntityLabel::Loc,
            });
        } else if m == k && d.dated(k) {
            let mut e = k;
            while e < s.b && d.dated(e) {
                e += 1;
            }
            if e == s.b || s.t.get(e).is_some_and(|x| x.line_start) {
                d.add(Hit {
                    start: i,
                    end: k,
                    label: EntityLabel::Loc,
                });
            }
        } else if m == k
            && (long_dash(s, k)
                || (spaced_dash(s, k) && (listed_place(s, i, k) || opens_document(s, i, k))))
            && prose_follows(s, k)
        {
            // "BEIJING -- Chinese prosecutors said ...", "ROMA - Il Senato ha approvato ..."; not
            // "SOCCER - JAPAN WIN" (a caps headline) nor "SOCCER - Japan beat ..." (a common word)
            d.add(Hit {
                start: i,
                end: k,
                label: EntityLabel::Loc,
            });
        }
    }
}

/// A lone hyphen or dash at `k` with a space on each side (`ROMA - Il`; not `KTAS-ledelsen`).
fn spaced_dash(s: &Scan, k: usize) -> bool {
    s.punct_in(k, &["-", "—", "–"]) && !s.attached(k) && !s.attached(k + 1)
}

/// Whether the words `[a, b)` are a listed place or town (`ROMA`, `DEN HAAG`; not `SOCCER`, not
/// `EUROBONDS`, a CoNLL column heading).
fn listed_place(s: &Scan, a: usize, b: usize) -> bool {
    s.t.span(a, b)
        .and_then(|(x, y)| s.t.text.get(x..y))
        .is_some_and(super::builtin::is_listed_place)
}

/// Whether the capitals `[a, b)` open the document and are no common English word: an unlisted
/// town before a spaced dash there is a dateline (`LIMANOWA - Oddział ...`), while `SOCCER - Japan
/// beat ...` is a headline's subject.
fn opens_document(s: &Scan, a: usize, b: usize) -> bool {
    a == 0 && (a..b).all(|k| !super::common_words::is_common_english(s.t.s(k)))
}

/// "--", "—" or "–" at `k` (a single hyphen after capitals is too often a headline separator).
fn long_dash(s: &Scan, k: usize) -> bool {
    s.punct_in(k, &["—", "–"])
        || (s.punct_in(k, &["-"]) && s.punct_in(k + 1, &["-"]) && s.attached(k + 1))
}

/// True when the rest of the line after token `k` holds a lower-case word.
fn prose_follows(s: &Scan, k: usize) -> bool {
    (k + 1..s.b)
        .take_while(|&j| !s.t.get(j).is_some_and(|x| x.line_start))
        .any(|j| s.kind(j) == Some(Kind::Word) && s.t.s(j).starts_with(char::is_lowercase))
}

/// True when `acr` could abbreviate the words `[a, b)`: same first letter, all capitals.
fn abbreviates(s: &Scan, acr: usize, a: usize) -> bool {
    let word = s.t.s(acr);
    let len = word.chars().count();
    s.upper(acr) && (2..=8).contains(&len) && word.chars().next() == s.t.s(a).chars().next()
}

/// "Long Name (LN)": the acronym takes the long form's label; an unlabelled long form whose initials
/// spell the acronym becomes an ORG.
fn acronyms(s: &Scan, d: &mut DocState, gaz: &[Hit]) {
    let mut defs: Vec<Hit> = d.hits.iter().copied().chain(gaz.iter().copied()).collect();
    for &(a, b) in &d.unlabelled {
        if !s.punct_in(b, &["("]) {
            continue;
        }
        let initials: String = (a..b)
            .filter(|&k| s.cap(k))
            .filter_map(|k| s.t.s(k).chars().next())
            .collect();
        if initials.chars().count() >= 2 && s.t.s(b + 1) == initials {
            defs.push(Hit {
                start: a,
                end: b,
                label: EntityLabel::Org,
            });
        }
    }
    defs.sort_by_key(|h| (h.start, h.end));
    for h in defs {
        let e = h.end;
        if s.punct_in(e, &["("]) && s.punct_in(e + 2, &[")"]) && abbreviates(s, e + 1, h.start) {
            if !(h.start..h.end).any(|k| d.taken(k)) && !(h.start..h.end).any(|k| d.gaz_covers(k)) {
                d.add(h);
            }
            d.add(Hit {
                start: e + 1,
                end: e + 2,
                label: h.label,
            });
        }
    }
}

/// Recurrences: known acronyms anywhere, and runs of words of known person names (found by a
/// cue, or listed: `Abbas` after `Mahmoud Abbas`).
fn memory(s: &Scan, sents: &[(usize, usize, bool)], d: &mut DocState, gaz: &[Hit]) {
    let mut words: BTreeMap<&str, EntityLabel> = BTreeMap::new();
    let mut per_parts: BTreeSet<&str> = BTreeSet::new();
    for h in &d.hits {
        if h.end == h.start + 1 && s.upper(h.start) {
            words.insert(s.t.s(h.start), h.label);
        }
    }
    let listed_persons = gaz.iter().filter(|h| h.end > h.start + 1);
    for h in d.hits.iter().chain(listed_persons) {
        if h.label == EntityLabel::Per {
            for k in h.start..h.end {
                if s.cap(k) && s.t.s(k).chars().count() > 1 && !s.has(k, NOT_MEMORY) {
                    per_parts.insert(s.t.s(k));
                }
            }
        }
    }
    if words.is_empty() && per_parts.is_empty() {
        return;
    }
    for &(a, b, _) in sents {
        let ss = Scan {
            t: s.t,
            lx: s.lx,
            a,
            b,
        };
        let mut i = a;
        while i < b {
            if !name_word(&ss, d, i) || d.gaz_covers(i) {
                i += 1;
                continue;
            }
            let w = ss.t.s(i);
            if let Some(&label) = words.get(w) {
                d.add(Hit {
                    start: i,
                    end: i + 1,
                    label,
                });
                i += 1;
                continue;
            }
            let mut e = i;
            while e < b && name_word(&ss, d, e) && !d.gaz_covers(e) && per_parts.contains(ss.t.s(e))
            {
                e += 1;
            }
            // a run that continues into other capitalised words is some other name ("Zhong Industries")
            let left_free = i == a || !ss.cap(i - 1);
            if e > i && left_free && !name_word(&ss, d, e) {
                d.add(Hit {
                    start: i,
                    end: e,
                    label: EntityLabel::Per,
                });
                i = e;
            } else {
                i = e.max(i + 1);
            }
        }
    }
}
