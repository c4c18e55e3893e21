//! Feature extraction: turns the tokens of a sentence (plus what the document says about them)
//! into hashed feature keys, one list per token.
//!
//! Features follow Stanford NER and Illinois NER (Ratinov & Roth 2009): word, lower case, word
//! shape, prefixes/suffixes, neighbouring words and shapes, word bigrams, sentence position,
//! all-caps headlines, and two kinds of non-local features: what earlier sentences of the same
//! document predicted for the same word, and how the word is written elsewhere in the document
//! (lower case somewhere? capitalised mid-sentence somewhere?); plus hits in the shipped name lists
//! (`names`). For CJK text, lexicon and dictionary words around each character add word-boundary
//! and name-kind features, and all keys but the word's own read traditional Chinese characters as
//! simplified ([`super::script`]); every key reads Cyrillic letters as Latin ([`super::cyrillic`]).
//! Keys are 64-bit hashes of (template, values), so no strings are stored and extraction allocates
//! nothing per token.

pub use super::context::{DocContext, CASED_LANGS};
use super::cyrillic;
use super::hashing::{fnv_char, FNV_OFFSET};
pub use super::hashing::{mix, KeyHasher, KeyMap, KeySet};
use super::lexicon::Lexicon;
use super::script::fold;
pub(super) use super::token_facts::{tok_info, Tok, AFFIX};
use std::ops::Range;

/// Maximum number of entity labels a model may have (history counts are fixed-size).
pub const MAX_LABELS: usize = 7;

/// Hashed feature keys of one sentence: token `i` owns `keys[starts[i]..starts[i + 1]]`.
#[derive(Default, Debug, Clone)]
pub struct SentenceFeatures {
    /// All keys, token after token.
    pub keys: Vec<u64>,
    /// Start offset of each token's keys, plus a final end offset.
    pub starts: Vec<usize>,
    /// Each token's word key (`0`: none), and how many of its keys (first in its run) depend on
    /// that word alone, so their scores can be cached per word (see `word_scores`).
    pub(crate) words: Vec<u64>,
    pub(crate) fixed_lens: Vec<usize>,
}

impl SentenceFeatures {
    /// The keys of token `i` (empty when out of range).
    pub fn token(&self, i: usize) -> &[u64] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => self.keys.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Token `i`'s word key and the number of its leading keys that depend on the word alone
    /// (`(0, 0)` when unknown).
    pub(crate) fn fixed(&self, i: usize) -> (u64, usize) {
        match (self.words.get(i), self.fixed_lens.get(i)) {
            (Some(&w), Some(&n)) => (w, n),
            _ => (0, 0),
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The key of feature template `tpl` with value `v`.
#[inline]
pub(crate) fn template_key(tpl: u64, v: u64) -> u64 {
    mix(tpl.wrapping_mul(0x1000_0000_01B3), v)
}

const BOS: u64 = 0x5EED_0000_0000_0001;
const EOS: u64 = 0x5EED_0000_0000_0002;

/// The lower-case hash of a word, as the features read it.
pub(crate) fn lower_hash(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let mut add = |c: char| c.to_lowercase().for_each(|lc| h = fnv_char(h, lc));
    let cyrillic_word = cyrillic::is_cyrillic_word(word);
    for c in word.chars().map(fold) {
        match cyrillic_word {
            true => cyrillic::for_each_latin(c, &mut add),
            false => add(c),
        }
    }
    h
}

/// Lower-case hash and "is one CJK character" flag of each token (for building a [`Lexicon`]).
pub fn token_hashes(text: &str, toks: &[Range<usize>]) -> Vec<(u64, bool)> {
    let mut buf = Vec::new();
    toks.iter()
        .map(|r| {
            let t = tok_info(text.get(r.clone()).unwrap_or(""), &mut buf);
            (t.lower, t.cjk)
        })
        .collect()
}

/// Extracts the features of observed sentence `sent` into `out` (reusing its buffers).
pub fn extract(sent: usize, ctx: &DocContext, lex: &Lexicon, out: &mut SentenceFeatures) {
    extract_keys(sent, ctx, lex, out, true);
}

/// [`extract`] without the document-history keys (see [`history_keys`]).
pub(crate) fn extract_without_history(
    sent: usize,
    ctx: &DocContext,
    lex: &Lexicon,
    out: &mut SentenceFeatures,
) {
    extract_keys(sent, ctx, lex, out, false);
}

fn extract_keys(
    sent: usize,
    ctx: &DocContext,
    lex: &Lexicon,
    out: &mut SentenceFeatures,
    with_history: bool,
) {
    let empty = Vec::new();
    let infos = ctx.sentences.get(sent).unwrap_or(&empty);
    let mut lex_hits = Vec::new();
    if infos.iter().any(|t| t.cjk) {
        let lowers: Vec<u64> = infos.iter().map(|t| t.lower).collect();
        let joinable: Vec<bool> = infos.iter().map(|t| t.cjk).collect();
        lex.matches(&lowers, &joinable, &mut lex_hits);
    }
    let mut hits = lex_hits.iter().peekable();
    let mut listed: Vec<(u8, u8)> = Vec::new();
    let lowers: Vec<u64> = infos.iter().map(|t| t.lower).collect();
    let cjk: Vec<bool> = infos.iter().map(|t| t.cjk).collect();
    // word-level evidence for CJK characters (models trained with character profiles only)
    let evidence = if lex.has_profiles() && cjk.iter().any(|&c| c) {
        super::cjk::evidence(lex, &lowers, &cjk, &lex_hits)
    } else {
        super::cjk::CjkEvidence::default()
    };
    let lists = ctx.lists.unwrap_or_else(|| super::names::shipped());
    lists.matches(&lowers, &cjk, &mut listed);
    if ctx.cased_lists {
        let caps: Vec<bool> = infos.iter().map(|t| t.cap).collect();
        super::names::keep_capitalised(&caps, &mut listed);
    }
    let caps = infos.iter().filter(|t| t.all_caps).count();
    let lowers = infos.iter().filter(|t| t.all_lower).count();
    let headline = caps >= 2 && caps > lowers;
    // Title Case line ("Great Service", "Thanks For A Great Job"): capitals say little there.
    let titled = lowers == 0 && infos.iter().filter(|t| t.cap && !t.all_caps).count() >= 2;
    out.keys.clear();
    out.starts.clear();
    out.words.clear();
    out.fixed_lens.clear();
    let get = |i: isize| -> Option<&Tok> { usize::try_from(i).ok().and_then(|i| infos.get(i)) };
    let lower_at = |i: isize| get(i).map_or(if i < 0 { BOS } else { EOS }, |t| t.lower);
    let sshape_at = |i: isize| get(i).map_or(if i < 0 { BOS } else { EOS }, |t| t.sshape);
    let preps = ctx.place_cues.then(super::cues::place_prepositions);
    let cue_at = |i: isize| preps.is_some_and(|p| get(i).is_some_and(|t| p.contains(&t.lower)));
    for (i, t) in infos.iter().enumerate() {
        out.starts.push(out.keys.len());
        let i = i as isize;
        let k = &mut out.keys;
        let f = template_key;
        k.push(f(0, 0));
        k.push(f(1, t.word));
        k.push(f(2, t.lower));
        k.push(f(3, t.shape));
        k.push(f(4, t.sshape));
        for n in 0..t.nchars.min(AFFIX) {
            if let (Some(&p), Some(&s)) = (t.pre.get(n), t.suf.get(n)) {
                k.push(f(100 + n as u64, p));
                k.push(f(200 + n as u64, s));
            }
        }
        // everything above reads the word alone (see `word_scores`)
        out.words.push(t.word);
        out.fixed_lens
            .push(k.len() - out.starts.last().copied().unwrap_or(0));
        let (lm1, lp1, lm2, lp2) = (
            lower_at(i - 1),
            lower_at(i + 1),
            lower_at(i - 2),
            lower_at(i + 2),
        );
        let (sm1, sp1) = (sshape_at(i - 1), sshape_at(i + 1));
        k.push(f(13, lm1));
        k.push(f(14, lp1));
        k.push(f(15, lm2));
        k.push(f(16, lp2));
        k.push(f(17, sm1));
        k.push(f(18, sp1));
        k.push(f(19, mix(mix(sm1, t.sshape), sp1)));
        k.push(f(20, mix(lm1, t.lower)));
        k.push(f(21, mix(t.lower, lp1)));
        k.push(f(22, mix(u64::from(i == 0), t.shape)));
        k.push(f(23, mix(u64::from(headline), t.sshape)));
        k.push(f(27, mix(lm1, t.sshape)));
        k.push(f(28, mix(t.sshape, lp1)));
        k.push(f(29, t.nchars.min(8) as u64));
        k.push(f(30, mix(lm2, lm1)));
        k.push(f(31, mix(lp1, lp2)));
        k.push(f(32, mix(mix(lm1, t.lower), lp1)));
        if headline {
            k.push(f(33, t.lower));
        }
        k.push(f(40, t.nodot));
        k.push(f(36, lower_at(i - 3)));
        k.push(f(37, lower_at(i + 3)));
        k.push(f(38, mix(mix(lm2, lm1), t.lower)));
        k.push(f(39, mix(mix(t.lower, lp1), lp2)));
        if cue_at(i - 1) {
            k.push(f(80, t.sshape));
        }
        while let Some(&&(tok, part, len, word, kind)) = hits.peek() {
            if tok as isize > i {
                break;
            }
            if tok as isize == i {
                k.push(f(50, mix(part, len as u64)));
                k.push(f(51, mix(part, word)));
                if kind != 0 {
                    k.push(f(52, mix(mix(part, len as u64), u64::from(kind))));
                    k.push(f(53, mix(part, u64::from(kind))));
                }
            }
            hits.next();
        }
        if t.cjk {
            evidence.push_keys(i as usize, t.lower, k);
        }
        if let Some(&(part, class)) = listed.get(i as usize).filter(|x| x.1 != 0) {
            let hit = mix(u64::from(part), u64::from(class));
            k.push(f(70, hit));
            k.push(f(71, mix(hit, u64::from(t.cap))));
        }
        if t.cap && !t.all_caps {
            let common = lex.is_common(t.lower);
            k.push(f(60, mix(u64::from(i == 0), u64::from(common))));
            k.push(f(61, mix(u64::from(common), sp1)));
            k.push(f(62, mix(u64::from(common), sm1)));
            k.push(f(63, mix(u64::from(titled), u64::from(common))));
        }
        // An all-caps word that is a common word ("RYBY" in a heading) names nothing more often
        // than an acronym does.
        if ctx.caps_common && t.all_caps && t.nchars >= 3 {
            let common = lex.is_common(t.lower);
            k.push(f(64, mix(u64::from(headline), u64::from(common))));
        }
        // Non-local features.
        if t.cap {
            let lower_elsewhere = ctx.lower_seen.contains(&t.lower);
            let cap_mid = ctx.cap_mid_seen.contains(&t.lower);
            k.push(f(25, mix(u64::from(i == 0), u64::from(lower_elsewhere))));
            k.push(f(26, mix(u64::from(i == 0), u64::from(cap_mid))));
        }
        if with_history {
            push_history_keys(ctx, t, k);
        }
    }
    out.starts.push(out.keys.len());
}

/// The document-history keys of one token (none when its word has no history yet).
fn push_history_keys(ctx: &DocContext, t: &Tok, k: &mut Vec<u64>) {
    if let Some(h) = ctx.history.get(&t.lower) {
        let (best, _) =
            h.iter().enumerate().fold(
                (0usize, 0u16),
                |acc, (l, &c)| if c > acc.1 { (l, c) } else { acc },
            );
        let entity_seen = h.iter().skip(1).any(|&c| c > 0);
        k.push(template_key(24, best as u64));
        k.push(template_key(34, mix(best as u64, t.sshape)));
        k.push(template_key(35, u64::from(entity_seen)));
    }
}

/// The document-history keys of token `i` of observed sentence `sent` into `out` (cleared first):
/// with [`extract_without_history`], the keys [`extract`] gives, in two parts.
pub(crate) fn history_keys(sent: usize, i: usize, ctx: &DocContext, out: &mut Vec<u64>) {
    out.clear();
    if let Some(t) = ctx.sentences.get(sent).and_then(|s| s.get(i)) {
        push_history_keys(ctx, t, out);
    }
}

#[cfg(test)]
#[path = "features_tests.rs"]
mod tests;
