//! The averaged structured perceptron (Collins 2002) behind `train_command`: weights with lazy
//! averaging, one training epoch with Viterbi decoding, and the seeded shuffling generator.
//!
//! Non-local history features come from the model's own predictions on earlier sentences of the
//! same document, exactly as at inference (Ratinov & Roth 2009).

use super::decode::{viterbi, Transitions};
use super::features::{extract, DocContext, KeyMap, SentenceFeatures};
use super::lexicon::Lexicon;
use super::model::{emissions, NerModel, Scorer, WeightTable};
use super::tags;
use crate::annotation::EntityLabel;
use std::ops::Range;

/// One training sentence: our tokens and the gold BILOU tags over them.
pub(crate) struct Sent {
    pub(crate) toks: Vec<Range<usize>>,
    pub(crate) gold: Vec<usize>,
    /// Tokens where any tag counts as gold; empty when every tag is fixed.
    pub(crate) free: Vec<bool>,
}

pub(crate) struct Doc {
    pub(crate) text: String,
    pub(crate) sents: Vec<Sent>,
}

/// Perceptron weights with lazy averaging: average = w - u / c.
pub(crate) struct Perceptron {
    ntags: usize,
    pub(crate) index: KeyMap<u32>,
    w: Vec<i32>,
    u: Vec<i64>,
    tw: Vec<i32>,
    tu: Vec<i64>,
    c: i64,
}

impl Scorer for Perceptron {
    fn ntags(&self) -> usize {
        self.ntags
    }
    fn add_scores(&self, keys: &[u64], out: &mut [f32]) {
        for k in keys {
            if let Some(&r) = self.index.get(k) {
                let a = r as usize * self.ntags;
                for (o, w) in out
                    .iter_mut()
                    .zip(self.w.get(a..a + self.ntags).unwrap_or(&[]))
                {
                    *o += *w as f32;
                }
            }
        }
    }
}

impl Perceptron {
    pub(crate) fn new(ntags: usize) -> Self {
        let nt = (ntags + 1) * ntags;
        Perceptron {
            ntags,
            index: KeyMap::default(),
            w: Vec::new(),
            u: Vec::new(),
            tw: vec![0; nt],
            tu: vec![0; nt],
            c: 1,
        }
    }

    fn update(&mut self, keys: &[u64], tag: usize, delta: i32) {
        for &k in keys {
            let next = (self.w.len() / self.ntags) as u32;
            let r = *self.index.entry(k).or_insert(next);
            if r == next {
                self.w.resize(self.w.len() + self.ntags, 0);
                self.u.resize(self.u.len() + self.ntags, 0);
            }
            let i = r as usize * self.ntags + tag;
            if let (Some(w), Some(u)) = (self.w.get_mut(i), self.u.get_mut(i)) {
                *w += delta;
                *u += self.c * i64::from(delta);
            }
        }
    }

    fn update_transition(&mut self, prev: Option<usize>, cur: usize, delta: i32) {
        let i = prev.unwrap_or(self.ntags) * self.ntags + cur;
        if let (Some(w), Some(u)) = (self.tw.get_mut(i), self.tu.get_mut(i)) {
            *w += delta;
            *u += self.c * i64::from(delta);
        }
    }

    fn transitions(&self) -> Transitions {
        let raw: Vec<f32> = self.tw.iter().map(|&w| w as f32).collect();
        Transitions::new(self.ntags, &raw)
    }

    /// The averaged weights: all rows (sorted by key) and the transition scores.
    pub(crate) fn averaged_rows(&self) -> AveragedWeights {
        let c = self.c as f64;
        let avg = |w: i32, u: i64| (f64::from(w) - u as f64 / c) as f32;
        let mut rows: Vec<(u64, Vec<f32>)> = Vec::with_capacity(self.index.len());
        for (&k, &r) in &self.index {
            let a = r as usize * self.ntags;
            let (Some(w), Some(u)) = (self.w.get(a..a + self.ntags), self.u.get(a..a + self.ntags))
            else {
                continue;
            };
            rows.push((k, w.iter().zip(u).map(|(&w, &u)| avg(w, u)).collect()));
        }
        rows.sort_by_key(|e| e.0);
        let trans = self
            .tw
            .iter()
            .zip(&self.tu)
            .map(|(&w, &u)| avg(w, u))
            .collect();
        AveragedWeights { rows, trans }
    }

    /// The averaged model, pruning rows whose largest absolute weight is below `min_weight`.
    pub(crate) fn averaged(
        &self,
        lang: &str,
        labels: &[EntityLabel],
        min_weight: f32,
        lexicon: &Lexicon,
    ) -> NerModel {
        build_model(
            vec![self.averaged_rows()],
            lang,
            labels,
            min_weight,
            lexicon,
        )
    }
}

/// Averaged weights of one trained perceptron.
pub(crate) struct AveragedWeights {
    rows: Vec<(u64, Vec<f32>)>,
    trans: Vec<f32>,
}

/// Averages the weights of several perceptrons (trained on different shuffles: a bagged
/// ensemble that costs nothing at tagging time), prunes small rows and builds the model.
pub(crate) fn build_model(
    members: Vec<AveragedWeights>,
    lang: &str,
    labels: &[EntityLabel],
    min_weight: f32,
    lexicon: &Lexicon,
) -> NerModel {
    let k = members.len().max(1) as f32;
    let ntags = tags::tag_count(labels.len());
    let mut sum: std::collections::BTreeMap<u64, Vec<f32>> = std::collections::BTreeMap::new();
    let mut trans = vec![0.0f32; (ntags + 1) * ntags];
    for m in members {
        for (key, row) in m.rows {
            let e = sum.entry(key).or_insert_with(|| vec![0.0; ntags]);
            for (a, b) in e.iter_mut().zip(row) {
                *a += b / k;
            }
        }
        for (a, b) in trans.iter_mut().zip(m.trans) {
            *a += b / k;
        }
    }
    let entries: Vec<(u64, Vec<f32>)> = sum
        .into_iter()
        .filter(|(_, row)| row.iter().any(|x| x.abs() >= min_weight))
        .collect();
    NerModel::from_parts(
        lang.to_string(),
        labels.to_vec(),
        WeightTable::new(ntags, entries),
        trans,
        lexicon.clone(),
    )
}

/// Emission scores that allow only the gold tag on fixed tokens and any tag on free ones, so
/// that Viterbi over them finds the best gold path the partial annotation permits.
pub(crate) fn constrain(em: &[f32], gold: &[usize], free: &[bool], ntags: usize) -> Vec<f32> {
    let mut out = em.to_vec();
    for (i, (&g, &f)) in gold.iter().zip(free).enumerate() {
        if f {
            continue;
        }
        for (t, x) in out.iter_mut().skip(i * ntags).take(ntags).enumerate() {
            if t != g {
                *x = -1.0e9;
            }
        }
    }
    out
}

/// Deterministic splitmix64 generator for shuffling.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        super::features::mix(self.0, 0)
    }
    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// One epoch over `docs` in `order`; returns the number of sentences with a mistake.
pub(crate) fn epoch(
    p: &mut Perceptron,
    docs: &[Doc],
    order: &[usize],
    lex: &Lexicon,
    lang: &str,
) -> usize {
    let (mut feats, mut em, mut back) = (SentenceFeatures::default(), Vec::new(), Vec::new());
    let mut wrong = 0;
    for &di in order {
        let Some(doc) = docs.get(di) else { continue };
        let mut ctx = DocContext::for_training(lang);
        let ids: Vec<usize> = doc
            .sents
            .iter()
            .map(|s| ctx.observe(&doc.text, &s.toks))
            .collect();
        for (s, &id) in doc.sents.iter().zip(&ids) {
            if s.toks.is_empty() {
                continue;
            }
            extract(id, &ctx, lex, &mut feats);
            emissions(p, &feats, &mut em);
            let trans = p.transitions();
            let pred = viterbi(&em, s.toks.len(), &trans, &mut back);
            let gold = if s.free.is_empty() {
                s.gold.clone()
            } else {
                let pinned = constrain(&em, &s.gold, &s.free, p.ntags);
                viterbi(&pinned, s.toks.len(), &trans, &mut back)
            };
            if pred != gold {
                wrong += 1;
                let mut prev: (Option<usize>, Option<usize>) = (None, None);
                for (i, (&g, &q)) in gold.iter().zip(&pred).enumerate() {
                    if g != q {
                        p.update(feats.token(i), g, 1);
                        p.update(feats.token(i), q, -1);
                    }
                    if (prev.0, g) != (prev.1, q) {
                        p.update_transition(prev.0, g, 1);
                        p.update_transition(prev.1, q, -1);
                    }
                    prev = (Some(g), Some(q));
                }
            }
            p.c += 1;
            let labels: Vec<usize> = pred
                .iter()
                .map(|&t| tags::split(t).1.map_or(0, |l| l + 1))
                .collect();
            ctx.remember(id, &labels);
        }
    }
    wrong
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constrained_emissions_pin_fixed_tokens() {
        let em = vec![0.0, 5.0, 1.0, 0.0];
        let c = constrain(&em, &[0, 1], &[false, true], 2);
        assert_eq!(c, vec![0.0, -1.0e9, 1.0, 0.0]);
    }
}
