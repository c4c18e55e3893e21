//! The trained model: feature weights in an open-addressing table, BILOU transitions, and the
//! document-level tagging loop that runs it over the sentences of one document.

use super::decode::{viterbi, Transitions};
use super::features::{extract, DocContext, SentenceFeatures};
use super::tags;
use super::tokenize::tokenize_into;
use crate::annotation::{Candidate, EntityLabel, EntitySource, SentenceView};
use std::ops::Range;

/// Something that scores tokens: the shipped model or the weights being trained.
pub trait Scorer {
    /// Number of tags.
    fn ntags(&self) -> usize;
    /// Adds the weights of `keys` for every tag into `out` (length `ntags`).
    fn add_scores(&self, keys: &[u64], out: &mut [f32]);
}

/// Computes the emission rows (`n * ntags`) of a sentence into `em`.
pub fn emissions<S: Scorer + ?Sized>(s: &S, feats: &SentenceFeatures, em: &mut Vec<f32>) {
    let t = s.ntags();
    em.clear();
    em.resize(feats.len() * t, 0.0);
    for (i, row) in em.chunks_mut(t).enumerate() {
        s.add_scores(feats.token(i), row);
    }
}

/// Immutable feature-weight table: keys hashed into an open-addressing index over dense rows.
#[derive(Debug, Clone)]
pub struct WeightTable {
    ntags: usize,
    mask: usize,
    slots: Vec<(u64, u32)>,
    rows: Vec<f32>,
}

/// Slot key reserved for "empty" (a real key equal to it is remapped).
const EMPTY: u64 = 0;

fn slot_key(k: u64) -> u64 {
    if k == EMPTY {
        1
    } else {
        k
    }
}

impl WeightTable {
    /// Builds a table from `(key, row)` pairs; every row must have `ntags` values.
    pub fn new(ntags: usize, entries: Vec<(u64, Vec<f32>)>) -> Self {
        let cap = (entries.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![(EMPTY, 0u32); cap];
        let mut rows = Vec::with_capacity(entries.len() * ntags);
        let mask = cap - 1;
        for (n, (k, row)) in entries.into_iter().enumerate() {
            let k = slot_key(k);
            let mut i = (k as usize) & mask;
            while slots.get(i).is_some_and(|s| s.0 != EMPTY && s.0 != k) {
                i = (i + 1) & mask;
            }
            if let Some(s) = slots.get_mut(i) {
                *s = (k, n as u32);
            }
            rows.extend(
                row.iter()
                    .copied()
                    .chain(std::iter::repeat(0.0))
                    .take(ntags),
            );
        }
        WeightTable {
            ntags,
            mask,
            slots,
            rows,
        }
    }

    /// The weight row of `key`.
    #[inline]
    pub fn get(&self, key: u64) -> Option<&[f32]> {
        let k = slot_key(key);
        let mut i = (k as usize) & self.mask;
        loop {
            let s = self.slots.get(i)?;
            if s.0 == k {
                let a = s.1 as usize * self.ntags;
                return self.rows.get(a..a + self.ntags);
            }
            if s.0 == EMPTY {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// All `(key, row)` pairs sorted by key (for serialisation).
    pub fn entries(&self) -> Vec<(u64, &[f32])> {
        let mut out: Vec<(u64, &[f32])> = self
            .slots
            .iter()
            .filter(|s| s.0 != EMPTY)
            .filter_map(|s| {
                let a = s.1 as usize * self.ntags;
                self.rows.get(a..a + self.ntags).map(|r| (s.0, r))
            })
            .collect();
        out.sort_by_key(|e| e.0);
        out
    }

    /// Number of feature rows.
    pub fn len(&self) -> usize {
        self.rows.len() / self.ntags.max(1)
    }

    /// True when the table holds no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A trained entity tagger for one language. Immutable; share it across threads by reference.
#[derive(Debug, Clone)]
pub struct NerModel {
    pub(crate) lang: String,
    pub(crate) labels: Vec<EntityLabel>,
    pub(crate) weights: WeightTable,
    pub(crate) raw_transitions: Vec<f32>,
    pub(crate) transitions: Transitions,
}

impl Scorer for NerModel {
    fn ntags(&self) -> usize {
        self.transitions.ntags()
    }
    #[inline]
    fn add_scores(&self, keys: &[u64], out: &mut [f32]) {
        for &k in keys {
            if let Some(row) = self.weights.get(k) {
                for (o, w) in out.iter_mut().zip(row) {
                    *o += *w;
                }
            }
        }
    }
}

/// One predicted entity: byte range, label index into the model's labels, confidence.
pub type Prediction = (Range<usize>, usize, f32);

impl NerModel {
    /// Assembles a model from its parts (used by training and deserialisation).
    pub(crate) fn from_parts(
        lang: String,
        labels: Vec<EntityLabel>,
        weights: WeightTable,
        raw_transitions: Vec<f32>,
    ) -> Self {
        let transitions = Transitions::new(tags::tag_count(labels.len()), &raw_transitions);
        NerModel {
            lang,
            labels,
            weights,
            raw_transitions,
            transitions,
        }
    }

    /// The language code the model was trained for, e.g. `en`, `zh`.
    pub fn language(&self) -> &str {
        &self.lang
    }

    /// The entity labels the model can output.
    pub fn labels(&self) -> &[EntityLabel] {
        &self.labels
    }

    /// Number of feature rows (a size indicator).
    pub fn feature_count(&self) -> usize {
        self.weights.len()
    }

    /// Tags the given sentences of one document (in document order) and returns candidates with
    /// `EntitySource::Model`, byte ranges on char boundaries and confidence in 0..=1. Sentence
    /// ranges that are out of bounds or not on char boundaries are skipped.
    pub fn tag(&self, text: &str, sentences: &[SentenceView]) -> Vec<Candidate> {
        let ranges: Vec<Range<usize>> = sentences.iter().map(|s| s.range.0..s.range.1).collect();
        self.predict(text, &ranges)
            .into_iter()
            .filter_map(|(range, l, conf)| {
                let label = *self.labels.get(l)?;
                Some(Candidate {
                    range,
                    label,
                    source: EntitySource::Model,
                    confidence: Some(conf),
                })
            })
            .collect()
    }

    /// Tags sentences given as byte ranges; returns entities as (range, label index, confidence).
    pub fn predict(&self, text: &str, sentences: &[Range<usize>]) -> Vec<Prediction> {
        let mut ctx = DocContext::new();
        let mut all_toks: Vec<Vec<Range<usize>>> = Vec::with_capacity(sentences.len());
        for r in sentences {
            let mut toks = Vec::new();
            tokenize_into(text, r.clone(), &self.lang, &mut toks);
            ctx.observe(text, &toks);
            all_toks.push(toks);
        }
        let mut out = Vec::new();
        let (mut feats, mut em, mut back) = (SentenceFeatures::default(), Vec::new(), Vec::new());
        for toks in &all_toks {
            if toks.is_empty() {
                continue;
            }
            extract(text, toks, &mut ctx, &mut feats);
            emissions(self, &feats, &mut em);
            let tags_seq = viterbi(&em, toks.len(), &self.transitions, &mut back);
            let spans = tags::decode(&tags_seq);
            let mut labels_seq = vec![0usize; toks.len()];
            for (span, l) in &spans {
                for x in labels_seq.iter_mut().take(span.end).skip(span.start) {
                    *x = l + 1;
                }
                let (Some(a), Some(b)) =
                    (toks.get(span.start), toks.get(span.end.saturating_sub(1)))
                else {
                    continue;
                };
                let conf = confidence(&em, self.ntags(), span.clone(), &tags_seq);
                out.push((a.start..b.end, *l, conf));
            }
            ctx.remember(text, toks, &labels_seq);
        }
        out
    }
}

/// Mean local (softmax over emission scores) probability of the chosen tags of a span.
fn confidence(em: &[f32], t: usize, span: Range<usize>, tags_seq: &[usize]) -> f32 {
    let mut sum = 0.0f32;
    let mut n = 0usize;
    for i in span {
        let (Some(row), Some(&tag)) = (em.get(i * t..(i + 1) * t), tags_seq.get(i)) else {
            continue;
        };
        let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let z: f32 = row.iter().map(|s| (s - max).exp()).sum();
        let p = row
            .get(tag)
            .map_or(0.0, |s| (s - max).exp() / z.max(f32::MIN_POSITIVE));
        sum += p;
        n += 1;
    }
    if n == 0 {
        return 0.0;
    }
    (sum / n as f32).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_lookup() {
        let t = WeightTable::new(
            2,
            vec![(0, vec![1.0, 2.0]), (42, vec![3.0, 4.0]), (58, vec![5.0])],
        );
        assert_eq!(t.get(0), Some(&[1.0, 2.0][..]));
        assert_eq!(t.get(42), Some(&[3.0, 4.0][..]));
        assert_eq!(t.get(58), Some(&[5.0, 0.0][..]));
        assert_eq!(t.get(7), None);
        assert_eq!(t.len(), 3);
        let keys: Vec<u64> = t.entries().iter().map(|e| e.0).collect();
        assert_eq!(keys, vec![1, 42, 58]);
    }

    #[test]
    fn confidence_is_a_probability() {
        let em = vec![0.0, 10.0, 0.0, 0.0, 0.0];
        let c = confidence(&em, 5, 0..1, &[1]);
        assert!(c > 0.99 && c <= 1.0);
        assert_eq!(confidence(&em, 5, 3..4, &[1]), 0.0);
    }
}
