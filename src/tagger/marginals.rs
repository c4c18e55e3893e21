//! Span confidences: the posterior probability of a predicted span under the tagger's own scores.
//!
//! Viterbi gives the best tag path, not how sure it is. The scores of the structured perceptron,
//! divided by a temperature, define a distribution over all tag paths the BILOU constraints allow
//! (as a linear-chain CRF would); forward-backward sums over them, and a span's confidence is the
//! probability of the paths that carry exactly its tags. The temperature is set so that the
//! confidences are calibrated on the dev sets (see docs/tagger.md, "Span confidence").

use super::decode::Transitions;
use std::ops::Range;

/// What every score is divided by before forward-backward, for a model of language `lang` whose
/// file stores no temperature of its own (`annotate train` fits one on its dev files,
/// `calibrate.rs`; models trained without dev files, and older files, use this). Averaged
/// perceptron scores are large (a plain softmax gives almost only 0 and 1), and their scale
/// depends on the model: the character model of Chinese reads more features per token. Fit on
/// the dev sets of the shipped models (`scripts/calibration.py`): the value with the lowest
/// expected calibration error over all of them but Chinese, and Chinese's own.
pub fn temperature(lang: &str) -> f32 {
    match lang {
        "zh" => 64.0,
        _ => 16.0,
    }
}

/// Rows are padded to this many tags (a model has at most 1 + 4 * MAX_LABELS = 29), so the
/// passes' row additions have a fixed length and compile to vector instructions.
const WIDTH: usize = 32;

/// One padded row of weights.
type Row = [f32; WIDTH];

/// The transitions as weights, `exp((transition - max) / temperature)`, 0 where BILOU forbids
/// the move, with what else a sentence's forward-backward needs of the model: the temperature's
/// inverse and the tags a sentence may end on. Computed once per model ([`MoveWeights::new`]).
#[derive(Debug, Clone)]
pub struct MoveWeights {
    /// The model's number of tags (the row length of its emission scores).
    ntags: usize,
    /// `1 / temperature`.
    cool: f32,
    /// 1 for a tag a sentence may end on, else 0.
    end: Row,
    /// `steps[p][c]`: from tag `p` to tag `c`.
    steps: Vec<Row>,
    /// From the sentence start to each tag.
    start: Row,
    /// `steps` transposed: `into[c][p]`.
    into: Vec<Row>,
}

impl MoveWeights {
    /// The weights of `trans` at `temperature`.
    pub fn new(trans: &Transitions, temperature: f32) -> MoveWeights {
        let t = trans.ntags().min(WIDTH);
        let cool = 1.0 / temperature.max(f32::MIN_POSITIVE);
        let moves = (0..t).map(Some).chain([None]);
        let max = moves
            .clone()
            .flat_map(|p| (0..t).map(move |c| trans.score(p, c)))
            .fold(f32::NEG_INFINITY, f32::max);
        let row = |p: Option<usize>| {
            let mut r = [0.0; WIDTH];
            for (c, w) in r.iter_mut().enumerate().take(t) {
                *w = ((trans.score(p, c) - max) * cool).exp();
            }
            r
        };
        let steps: Vec<Row> = (0..t).map(|p| row(Some(p))).collect();
        let mut into = vec![[0.0; WIDTH]; t];
        for (p, r) in steps.iter().enumerate() {
            for (c, &w) in r.iter().enumerate().take(t) {
                if let Some(x) = into.get_mut(c).and_then(|col| col.get_mut(p)) {
                    *x = w;
                }
            }
        }
        let mut end = [0.0; WIDTH];
        for (c, e) in end.iter_mut().enumerate().take(t) {
            *e = if trans.may_end(c) { 1.0 } else { 0.0 };
        }
        MoveWeights {
            ntags: trans.ntags(),
            cool,
            end,
            steps,
            start: row(None),
            into,
        }
    }

    fn step(&self, p: usize, c: usize) -> f32 {
        self.steps
            .get(p)
            .and_then(|r| r.get(c))
            .copied()
            .unwrap_or(0.0)
    }
}

/// Forward and backward scores of one sentence, scaled per token (Rabiner's scaling): every
/// weight is `exp(score / temperature)` relative to its token's best score, and each token's
/// forward row is normalised to sum to one. Factors common to all paths cancel in a span's
/// probability, so no logarithms are needed.
pub struct Lattice<'m> {
    moves: &'m MoveWeights,
    /// Per token: `exp((emission - token max) / T)`.
    weights: Vec<Row>,
    /// Per token: scaled forward scores, summing to one.
    alpha: Vec<Row>,
    /// Per token: scaled backward scores.
    beta: Vec<Row>,
    /// Per token: the forward normaliser.
    norm: Vec<f32>,
    /// The scaled total over all paths.
    total: f32,
}

/// `acc += x * row`, over the whole padded row.
#[inline(always)]
fn add_scaled(acc: &mut Row, x: f32, row: &Row) {
    for (a, &r) in acc.iter_mut().zip(row) {
        *a += x * r;
    }
}

impl<'m> Lattice<'m> {
    /// Runs forward-backward over `n` tokens of `emissions` (`n * ntags`, row-major), every
    /// score divided by the temperature `moves` was made with.
    pub fn new(emissions: &[f32], n: usize, moves: &'m MoveWeights) -> Lattice<'m> {
        let cool = moves.cool;
        let weights: Vec<Row> = emissions
            .chunks_exact(moves.ntags.max(1))
            .take(n)
            .map(|e| {
                let max = e.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                let mut w = [0.0; WIDTH];
                for (w, &e) in w.iter_mut().zip(e) {
                    *w = ((e - max) * cool).exp();
                }
                w
            })
            .collect();
        let n = weights.len();
        // forward: alpha[i] = (sum over p of alpha[i-1][p] * steps[p]) * weights[i], normalised
        let mut alpha: Vec<Row> = Vec::with_capacity(n);
        let mut norm = Vec::with_capacity(n);
        for w in &weights {
            let mut row = match alpha.last() {
                None => moves.start,
                Some(before) => {
                    let mut row = [0.0; WIDTH];
                    for (&a, step) in before.iter().zip(&moves.steps) {
                        add_scaled(&mut row, a, step);
                    }
                    row
                }
            };
            let mut sum = 0.0;
            for (x, &w) in row.iter_mut().zip(w) {
                *x *= w;
                sum += *x;
            }
            let z = if sum > 0.0 { sum } else { 1.0 };
            let inverse = 1.0 / z;
            row.iter_mut().for_each(|x| *x *= inverse);
            alpha.push(row);
            norm.push(z);
        }
        // backward: beta[i][p] = sum over c of steps[p][c] * weights[i+1][c] * beta[i+1][c],
        // over the next token's normaliser
        let mut beta: Vec<Row> = vec![[0.0; WIDTH]; n];
        if let Some(last) = beta.last_mut() {
            *last = moves.end;
        }
        for i in (0..n.saturating_sub(1)).rev() {
            let (Some(next), Some(w), Some(&z)) =
                (beta.get(i + 1), weights.get(i + 1), norm.get(i + 1))
            else {
                continue;
            };
            let inverse = 1.0 / z;
            let mut out = [0.0; WIDTH];
            for ((&b, &w), into) in next.iter().zip(w).zip(&moves.into) {
                add_scaled(&mut out, b * w * inverse, into);
            }
            if let Some(slot) = beta.get_mut(i) {
                *slot = out;
            }
        }
        let total = match (alpha.last(), beta.last()) {
            (Some(a), Some(b)) => a.iter().zip(b).map(|(a, b)| a * b).sum(),
            _ => 0.0,
        };
        Lattice {
            moves,
            weights,
            alpha,
            beta,
            norm,
            total,
        }
    }

    /// The probability that tokens `span` carry exactly the tags `tags[span]`.
    pub fn span_probability(&self, span: Range<usize>, tags: &[usize]) -> f32 {
        let at = |v: &[Row], i: usize, c: usize| v.get(i).and_then(|r| r.get(c)).copied();
        let (Some(&first), Some(&last)) =
            (tags.get(span.start), tags.get(span.end.wrapping_sub(1)))
        else {
            return 0.0;
        };
        let mut p = at(&self.alpha, span.start, first).unwrap_or(0.0);
        for i in span.start + 1..span.end {
            let (Some(&prev), Some(&cur), Some(&norm)) =
                (tags.get(i - 1), tags.get(i), self.norm.get(i))
            else {
                return 0.0;
            };
            p *= self.moves.step(prev, cur) * at(&self.weights, i, cur).unwrap_or(0.0) / norm;
        }
        p *= at(&self.beta, span.end - 1, last).unwrap_or(0.0);
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
        let moves = MoveWeights::new(&tr, T);
        let lat = Lattice::new(&em, 3, &moves);
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
        let moves = MoveWeights::new(&tr, T);
        let lat = Lattice::new(&[], 0, &moves);
        assert_eq!(lat.span_probability(0..1, &[]), 0.0);
        let em = vec![0.0; 5];
        let lat = Lattice::new(&em, 1, &moves);
        assert_eq!(lat.span_probability(2..3, &[0]), 0.0);
    }
}
