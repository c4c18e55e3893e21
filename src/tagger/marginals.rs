//! Span confidences: the posterior probability of a predicted span under the tagger's own scores.
//!
//! Viterbi gives the best tag path, not how sure it is. The scores of the structured perceptron,
//! divided by a temperature, define a distribution over all tag paths the BILOU constraints allow
//! (as a linear-chain CRF would); forward-backward sums over them, and a span's confidence is the
//! probability of the paths that carry exactly its tags. The temperature is set so that the
//! confidences are calibrated on the dev sets (see docs/tagger.md, "Span confidence").

use super::decode::Transitions;
use std::ops::Range;

/// What every score is divided by before forward-backward, for a model of language `lang`.
/// Averaged perceptron scores are large (a plain softmax gives almost only 0 and 1), and their
/// scale depends on the model: the character model of Chinese reads more features per token.
/// Fit on the dev sets of the shipped models (`scripts/calibration.py`): the value with the lowest
/// expected calibration error over all of them but Chinese, and Chinese's own.
pub fn temperature(lang: &str) -> f32 {
    match lang {
        "zh" => 64.0,
        _ => 16.0,
    }
}

/// Forward and backward scores of one sentence, scaled per token (Rabiner's scaling): every
/// weight is `exp(score / temperature)` relative to its token's best score, and each token's
/// forward row is normalised to sum to one. Factors common to all paths cancel in a span's
/// probability, so no logarithms are needed.
pub struct Lattice<'m> {
    ntags: usize,
    /// `exp((emission - token max) / T)`, `n * ntags`.
    weights: Vec<f32>,
    /// The model's [`move_weights`].
    moves: &'m [f32],
    /// Scaled forward scores, each token's row summing to one.
    alpha: Vec<f32>,
    /// Scaled backward scores.
    beta: Vec<f32>,
    /// Each token's forward normaliser.
    norm: Vec<f32>,
    /// The scaled total over all paths.
    total: f32,
}

/// `exp((transition - max) / temperature)` for every move, `(ntags + 1) * ntags` (the last row
/// is the sentence start), 0 where BILOU forbids the move: computed once per model.
pub fn move_weights(trans: &Transitions, temperature: f32) -> Vec<f32> {
    let t = trans.ntags();
    let temperature = temperature.max(f32::MIN_POSITIVE);
    let score = |k: usize| trans.score((k / t < t).then_some(k / t), k % t);
    let max = (0..(t + 1) * t)
        .map(score)
        .fold(f32::NEG_INFINITY, f32::max);
    (0..(t + 1) * t)
        .map(|k| ((score(k) - max) / temperature).exp())
        .collect()
}

impl<'m> Lattice<'m> {
    /// Runs forward-backward over `n` tokens of `emissions` (`n * ntags`, row-major), every
    /// score divided by `temperature`; `moves` from [`move_weights`] with the same temperature.
    pub fn new(
        emissions: &[f32],
        n: usize,
        trans: &Transitions,
        moves: &'m [f32],
        temperature: f32,
    ) -> Lattice<'m> {
        let t = trans.ntags().max(1);
        let temperature = temperature.max(f32::MIN_POSITIVE);
        let n = n.min(emissions.len() / t);
        let (steps, start) = moves.split_at(moves.len().min(t * t));
        let mut weights = vec![0.0f32; n * t];
        for (w, e) in weights.chunks_exact_mut(t).zip(emissions.chunks_exact(t)) {
            let max = e.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            for (w, &e) in w.iter_mut().zip(e) {
                *w = ((e - max) / temperature).exp();
            }
        }
        // forward: alpha[i] = (sum over p of alpha[i-1][p] * moves[p]) * weights[i], normalised
        let mut alpha = vec![0.0f32; n * t];
        let mut norm = vec![1.0f32; n];
        let mut row = vec![0.0f32; t];
        for i in 0..n {
            match i.checked_sub(1) {
                None => {
                    row.iter_mut().for_each(|x| *x = 0.0);
                    row.iter_mut().zip(start).for_each(|(x, &s)| *x = s);
                }
                Some(prev) => {
                    row.iter_mut().for_each(|x| *x = 0.0);
                    let before = alpha.get(prev * t..i * t).unwrap_or(&[]);
                    for (&a, m) in before.iter().zip(steps.chunks_exact(t)) {
                        for (x, &m) in row.iter_mut().zip(m) {
                            *x += a * m;
                        }
                    }
                }
            }
            let w = weights.get(i * t..(i + 1) * t).unwrap_or(&[]);
            let sum: f32 = row.iter().zip(w).map(|(x, w)| x * w).sum();
            let scale = if sum > 0.0 { 1.0 / sum } else { 1.0 };
            if let (Some(out), Some(z)) = (alpha.get_mut(i * t..(i + 1) * t), norm.get_mut(i)) {
                for ((o, x), w) in out.iter_mut().zip(&row).zip(w) {
                    *o = x * w * scale;
                }
                *z = if sum > 0.0 { sum } else { 1.0 };
            }
        }
        // backward: beta[i][p] = sum over c of moves[p][c] * weights[i+1][c] * beta[i+1][c]
        let mut beta = vec![0.0f32; n * t];
        if let Some(last) = beta.get_mut(n.saturating_sub(1) * t..n * t) {
            for (c, b) in last.iter_mut().enumerate() {
                *b = if trans.may_end(c) { 1.0 } else { 0.0 };
            }
        }
        for i in (0..n.saturating_sub(1)).rev() {
            let (head, tail) = beta.split_at_mut((i + 1) * t);
            let next = tail.get(..t).unwrap_or(&[]);
            let w = weights.get((i + 1) * t..(i + 2) * t).unwrap_or(&[]);
            let z = norm.get(i + 1).copied().unwrap_or(1.0);
            for (x, (&nb, &w)) in row.iter_mut().zip(next.iter().zip(w)) {
                *x = nb * w / z;
            }
            if let Some(out) = head.get_mut(i * t..) {
                for (b, m) in out.iter_mut().zip(steps.chunks_exact(t)) {
                    *b = m.iter().zip(&row).map(|(m, x)| m * x).sum();
                }
            }
        }
        let total = match n {
            0 => 0.0,
            _ => alpha
                .get((n - 1) * t..)
                .unwrap_or(&[])
                .iter()
                .zip(beta.get((n - 1) * t..).unwrap_or(&[]))
                .map(|(a, b)| a * b)
                .sum(),
        };
        Lattice {
            ntags: t,
            weights,
            moves,
            alpha,
            beta,
            norm,
            total,
        }
    }

    /// The probability that tokens `span` carry exactly the tags `tags[span]`.
    pub fn span_probability(&self, span: Range<usize>, tags: &[usize]) -> f32 {
        let t = self.ntags;
        let (Some(&first), Some(&last)) =
            (tags.get(span.start), tags.get(span.end.wrapping_sub(1)))
        else {
            return 0.0;
        };
        let at = |v: &[f32], i: usize, c: usize| v.get(i * t + c).copied().unwrap_or(0.0);
        let mut p = at(&self.alpha, span.start, first);
        for i in span.start + 1..span.end {
            let (Some(&prev), Some(&cur), Some(&norm)) =
                (tags.get(i - 1), tags.get(i), self.norm.get(i))
            else {
                return 0.0;
            };
            p *= at(self.moves, prev, cur) * at(&self.weights, i, cur) / norm;
        }
        p *= at(&self.beta, span.end - 1, last);
        let p = p / self.total;
        if p.is_finite() {
            p.clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::tags::{join, Part};

    const T: f32 = 4.0;

    /// All allowed paths of a short sentence, enumerated, against forward-backward.
    #[test]
    fn span_probability_sums_the_paths_that_carry_the_span() {
        let t = 5; // O, B, I, L, U of one label
        let raw: Vec<f32> = (0..(t + 1) * t).map(|k| (k % 7) as f32 - 3.0).collect();
        let tr = Transitions::new(t, &raw);
        let em: Vec<f32> = (0..3 * t).map(|k| ((k * 5) % 11) as f32 - 4.0).collect();
        let (b, l, u) = (join(Part::B, 0), join(Part::L, 0), join(Part::U, 0));
        let path_score = |p: &[usize]| -> f32 {
            let mut s = 0.0;
            for (i, &c) in p.iter().enumerate() {
                let prev = if i == 0 { None } else { Some(p[i - 1]) };
                s += (tr.score(prev, c) + em[i * t + c]) / T;
            }
            s
        };
        let mut z = 0.0f64;
        let mut with_span = 0.0f64; // tokens 1..3 tagged B L
        let mut with_unit = 0.0f64; // token 0 tagged U
        for a in 0..t {
            for b2 in 0..t {
                for c in 0..t {
                    let p = [a, b2, c];
                    let s = path_score(&p);
                    if !s.is_finite() || !tr.may_end(c) {
                        continue;
                    }
                    let w = f64::from(s).exp();
                    z += w;
                    if b2 == b && c == l {
                        with_span += w;
                    }
                    if a == u {
                        with_unit += w;
                    }
                }
            }
        }
        let moves = move_weights(&tr, T);
        let lat = Lattice::new(&em, 3, &tr, &moves, T);
        let tags = [u, b, l];
        let got = lat.span_probability(1..3, &tags);
        assert!(
            (f64::from(got) - with_span / z).abs() < 1e-4,
            "{got} {}",
            with_span / z
        );
        let got = lat.span_probability(0..1, &tags);
        assert!(
            (f64::from(got) - with_unit / z).abs() < 1e-4,
            "{got} {}",
            with_unit / z
        );
    }

    #[test]
    fn empty_and_out_of_range_spans_are_zero() {
        let tr = Transitions::new(5, &[]);
        let moves = move_weights(&tr, T);
        let lat = Lattice::new(&[], 0, &tr, &moves, T);
        assert_eq!(lat.span_probability(0..1, &[]), 0.0);
        let em = vec![0.0; 5];
        let lat = Lattice::new(&em, 1, &tr, &moves, T);
        assert_eq!(lat.span_probability(2..3, &[0]), 0.0);
    }
}
