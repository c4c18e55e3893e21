//! The document context of the tagger: what the whole document says about each word form (seen in
//! lower case somewhere? capitalised mid-sentence somewhere?), read before any sentence is tagged;
//! the memory of the labels predicted for each word; and the per-token facts of every sentence,
//! computed once. Feature extraction (`features`) reads it.

use super::features::{tok_info, Tok, MAX_LABELS};
use super::hashing::{KeyMap, KeySet};
use super::names::NameLists;
use std::ops::Range;

/// What the whole document says about word forms, computed before tagging any sentence, plus
/// the per-token facts of every observed sentence (computed once, used by extraction and history).
#[derive(Default)]
pub struct DocContext {
    pub(super) lower_seen: KeySet,
    pub(super) cap_mid_seen: KeySet,
    pub(super) history: KeyMap<[u16; MAX_LABELS + 1]>,
    pub(super) sentences: Vec<Vec<Tok>>,
    pub(super) lowbuf: Vec<char>,
    /// The name lists of the model's language (`None`: the lists every model reads).
    pub(super) lists: Option<&'static NameLists>,
    /// Whether a name-list hit needs a capitalised first token (see [`CASED_LANGS`]).
    pub(super) cased_lists: bool,
    /// Whether the model reads the place-preposition feature ([`super::cues`]).
    pub(super) place_cues: bool,
    /// Whether the model reads the all-caps common-word feature (see [`CAPS_COMMON_LANGS`]).
    pub(super) caps_common: bool,
}

/// Languages whose names are capitalised and whose common words are not, so that their models
/// take a name-list hit only when its first token is capitalised (Slovak `zem` "ground" against
/// `Zem` "the Earth", `mesiac` "month" against `Mesiac` "the Moon") and drop a predicted span
/// without a capitalised word. Checked for sk and sv only (under 1% of their training spans
/// are all lower case); the models of other languages keep the features they were trained with.
pub const CASED_LANGS: &[&str] = &["sk", "sv"];

/// Languages whose models read whether an all-caps word is a common word (`RYBY`, "fish", the
/// heading of a horoscope, against the acronym `NATO`): trained with a common-word list of their
/// language (`annotate train --common-words`). Slovak only: retrained with it, the Danish and
/// Croatian models (without such a list) lost 1.46 and 0.29 points on their dev sets (seed 1), and
/// the other models keep the features they were trained with.
pub const CAPS_COMMON_LANGS: &[&str] = &["sk"];

impl DocContext {
    /// An empty context with the features every model reads.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty context for a model of language `lang`: its own name lists and, for the
    /// languages in [`CASED_LANGS`], name-list hits on capitalised words only.
    pub fn for_language(lang: &str) -> Self {
        DocContext {
            lists: Some(super::names::for_language(lang)),
            ..Self::for_model(lang)
        }
    }

    /// [`DocContext::for_language`] as training reads it: with the name lists the shipped models
    /// were trained with ([`super::names::for_training`]).
    pub fn for_training(lang: &str) -> Self {
        DocContext {
            lists: Some(super::names::for_training(lang)),
            ..Self::for_model(lang)
        }
    }

    /// The language's settings, without name lists.
    fn for_model(lang: &str) -> Self {
        DocContext {
            cased_lists: CASED_LANGS.contains(&lang),
            place_cues: super::cues::PLACE_CUE_LANGS.contains(&lang),
            caps_common: CAPS_COMMON_LANGS.contains(&lang),
            ..Self::default()
        }
    }

    /// Records how the tokens of one sentence are written (call for every sentence first);
    /// returns the sentence's id for [`extract`] and [`DocContext::remember`].
    pub fn observe(&mut self, text: &str, toks: &[Range<usize>]) -> usize {
        let mut infos = Vec::with_capacity(toks.len());
        for (i, r) in toks.iter().enumerate() {
            let w = text.get(r.clone()).unwrap_or("");
            let t = tok_info(w, &mut self.lowbuf);
            if t.all_lower {
                self.lower_seen.insert(t.lower);
            } else if i > 0 && t.cap && !t.all_caps {
                self.cap_mid_seen.insert(t.lower);
            }
            infos.push(t);
        }
        self.sentences.push(infos);
        self.sentences.len() - 1
    }

    /// Number of tokens of observed sentence `sent` (0 when unknown).
    #[cfg(test)]
    pub(crate) fn sentences_len(&self, sent: usize) -> usize {
        self.sentences.get(sent).map_or(0, Vec::len)
    }

    /// Takes back what [`DocContext::remember`] recorded for sentence `sent` with `labels`.
    pub fn forget(&mut self, sent: usize, labels: &[usize]) {
        for (lower, l) in remembered(&self.sentences, sent, labels) {
            if let Some(c) = self.history.get_mut(&lower).and_then(|e| e.get_mut(l)) {
                *c = c.saturating_sub(1);
            }
        }
    }

    /// Records the labels predicted for sentence `sent` (`labels[i]`: 0 = outside, 1 + label).
    pub fn remember(&mut self, sent: usize, labels: &[usize]) {
        for (lower, l) in remembered(&self.sentences, sent, labels) {
            let e = self.history.entry(lower).or_insert([0; MAX_LABELS + 1]);
            if let Some(c) = e.get_mut(l) {
                *c = c.saturating_add(1);
            }
        }
    }
}

/// The (word, label slot) pairs the memory keeps for sentence `sent` with `labels`: words that
/// start with a letter or digit.
fn remembered<'a>(
    sentences: &'a [Vec<Tok>],
    sent: usize,
    labels: &'a [usize],
) -> impl Iterator<Item = (u64, usize)> + 'a {
    let infos = sentences.get(sent).map_or(&[][..], Vec::as_slice);
    infos
        .iter()
        .zip(labels)
        .filter(|(t, _)| t.alnum_start)
        .map(|(t, &l)| (t.lower, l.min(MAX_LABELS)))
}
