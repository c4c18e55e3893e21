//! First-order Viterbi decoding over BILOU tags with hard transition constraints.
//!
//! Scores are emission scores (one row of `ntags` per token) plus learned transition scores;
//! transitions that BILOU forbids (e.g. `O` then `I-PER`) are never taken, so the output always
//! decodes into well-formed spans.

use super::tags;

/// Transition scores with BILOU constraints: `score(prev, cur)`, `prev = None` at sentence start.
#[derive(Debug, Clone)]
pub struct Transitions {
    ntags: usize,
    /// `(ntags + 1) * ntags` scores; row `ntags` is the start state. Forbidden moves are `-inf`.
    scores: Vec<f32>,
    end_ok: Vec<bool>,
    /// The tags that close an entity or stand outside one (`O`, every `L` and `U`), ascending:
    /// the only tags an `O`, `B` or `U` may follow.
    closed: Vec<usize>,
    /// The tags that may follow a closed one (`O`, every `B` and `U`), ascending.
    opening: Vec<usize>,
    /// For each closed tag, its moves to the opening tags, one lane each (`-inf` padding), so
    /// that step of a Viterbi column is branch-free vector arithmetic.
    closed_moves: Vec<[f32; LANES]>,
    /// For each label: its `B`, `I` and `L` tags and the moves `B -> I`, `I -> I`, `B -> L`,
    /// `I -> L` (the only ways into an `I` or an `L`).
    inner_moves: Vec<([usize; 3], [f32; 4])>,
}

/// Lanes of a closed tag's move row: a model has at most 1 + 2 * MAX_LABELS = 15 opening tags
/// (more decode as none).
const LANES: usize = 16;

impl Transitions {
    /// Builds constrained transitions from raw learned scores (`(ntags + 1) * ntags` values,
    /// missing values read as 0).
    pub fn new(ntags: usize, raw: &[f32]) -> Self {
        let mut scores = vec![0.0f32; (ntags + 1) * ntags];
        for (p, row) in scores.chunks_mut(ntags).enumerate() {
            let prev = if p == ntags { None } else { Some(p) };
            for (c, s) in row.iter_mut().enumerate() {
                *s = if tags::allowed(prev, c) {
                    raw.get(p * ntags + c).copied().unwrap_or(0.0)
                } else {
                    f32::NEG_INFINITY
                };
            }
        }
        let end_ok = (0..ntags).map(tags::allowed_end).collect();
        let part_of = |tag: usize| tags::split(tag).0;
        let closed: Vec<usize> = (0..ntags)
            .filter(|&t| matches!(part_of(t), tags::Part::O | tags::Part::L | tags::Part::U))
            .collect();
        let opening: Vec<usize> = (0..ntags)
            .filter(|&t| matches!(part_of(t), tags::Part::O | tags::Part::B | tags::Part::U))
            .collect();
        let at = |p: usize, c: usize| scores.get(p * ntags + c).copied();
        let closed_moves = closed
            .iter()
            .map(|&p| {
                let mut lanes = [f32::NEG_INFINITY; LANES];
                for (lane, &c) in lanes.iter_mut().zip(&opening) {
                    *lane = at(p, c).unwrap_or(f32::NEG_INFINITY);
                }
                lanes
            })
            .collect();
        let inner_moves = (0..(ntags.saturating_sub(1)) / 4)
            .map(|l| {
                let (b, i, last) = (
                    tags::join(tags::Part::B, l),
                    tags::join(tags::Part::I, l),
                    tags::join(tags::Part::L, l),
                );
                let moves = [(b, i), (i, i), (b, last), (i, last)]
                    .map(|(p, c)| at(p, c).unwrap_or(f32::NEG_INFINITY));
                ([b, i, last], moves)
            })
            .collect();
        Transitions {
            ntags,
            scores,
            end_ok,
            closed,
            opening,
            closed_moves,
            inner_moves,
        }
    }

    /// Number of tags.
    pub fn ntags(&self) -> usize {
        self.ntags
    }

    /// The score of moving from `prev` (`None`: the sentence start) to `cur` (`-inf`: forbidden).
    pub(crate) fn score(&self, prev: Option<usize>, cur: usize) -> f32 {
        self.row(prev)
            .get(cur)
            .copied()
            .unwrap_or(f32::NEG_INFINITY)
    }

    /// Whether a sentence may end on `tag`.
    pub(crate) fn may_end(&self, tag: usize) -> bool {
        self.end_ok.get(tag).copied().unwrap_or(false)
    }

    fn row(&self, prev: Option<usize>) -> &[f32] {
        let p = prev.unwrap_or(self.ntags);
        self.scores
            .get(p * self.ntags..(p + 1) * self.ntags)
            .unwrap_or(&[])
    }
}

/// The best score over the closed tags' scores `from` (in `closed` order) for every opening
/// tag, one lane each, and the closed tag giving it (ties: the lowest tag). Only the first
/// `WIDTH` lanes are computed (the rest stay `-inf`): enough for the model's opening tags, so a
/// model with 9 of them (four labels) does 12 lanes of work, not 16.
#[inline]
#[allow(clippy::needless_range_loop)] // fixed-size lanes: index loops vectorise best
fn best_opening<const WIDTH: usize>(
    from: &[f32; LANES],
    closed: &[usize],
    moves: &[[f32; LANES]],
) -> ([f32; LANES], [u32; LANES]) {
    let mut best = [f32::NEG_INFINITY; LANES];
    let mut arg = [0u32; LANES];
    for ((&score, &p), row) in from.iter().zip(closed).zip(moves) {
        for c in 0..WIDTH.min(LANES) {
            let s = score + row[c];
            let better = s > best[c];
            best[c] = if better { s } else { best[c] };
            arg[c] = if better { p as u32 } else { arg[c] };
        }
    }
    (best, arg)
}

/// Finds the best tag sequence for `n` tokens given `emissions` (`n * ntags` scores, row-major).
/// Reuses `back` as scratch. Returns one tag per token (empty for `n == 0`).
pub fn viterbi(
    emissions: &[f32],
    n: usize,
    trans: &Transitions,
    back: &mut Vec<u16>,
) -> Vec<usize> {
    let t = trans.ntags;
    if n == 0 || t == 0 || emissions.len() < n * t {
        return Vec::new();
    }
    back.clear();
    back.resize(n * t, 0);
    // Scores live in fixed arrays indexed modulo their size, so the loops need no bounds checks.
    const SLOTS: usize = 32;
    const MASK: usize = SLOTS - 1;
    if t > SLOTS || trans.opening.len() > LANES {
        return Vec::new();
    }
    let mut prev = [f32::NEG_INFINITY; SLOTS];
    for ((p, a), b) in prev.iter_mut().zip(trans.row(None)).zip(emissions) {
        *p = a + b;
    }
    // BILOU allows two kinds of moves only: from a closed tag (O, L, U) to an opening one (O, B,
    // U), done for all opening tags at once in vector lanes; and from a label's B or I to its I
    // or L. Previous tags are tried in increasing order and only a strictly better score
    // replaces the best, so ties go to the lowest previous tag, as in a plain Viterbi.
    let mut from = [f32::NEG_INFINITY; LANES];
    for (em, back_row) in emissions
        .chunks_exact(t)
        .zip(back.chunks_exact_mut(t))
        .take(n)
        .skip(1)
    {
        for (f, &p) in from.iter_mut().zip(&trans.closed) {
            *f = prev[p & MASK];
        }
        let (best, arg) = match trans.opening.len() {
            0..=4 => best_opening::<4>(&from, &trans.closed, &trans.closed_moves),
            5..=8 => best_opening::<8>(&from, &trans.closed, &trans.closed_moves),
            9..=12 => best_opening::<12>(&from, &trans.closed, &trans.closed_moves),
            _ => best_opening::<LANES>(&from, &trans.closed, &trans.closed_moves),
        };
        let mut cur = [f32::NEG_INFINITY; SLOTS];
        for ((&c, &b), &a) in trans.opening.iter().zip(&best).zip(&arg) {
            cur[c & MASK] = b;
            if let Some(slot) = back_row.get_mut(c) {
                *slot = a as u16;
            }
        }
        for &([b, i, last], m) in &trans.inner_moves {
            for (c, into_from_b, into_from_i) in [(i, m[0], m[1]), (last, m[2], m[3])] {
                let (via_b, via_i) = (prev[b & MASK] + into_from_b, prev[i & MASK] + into_from_i);
                let mut choice = (f32::NEG_INFINITY, 0);
                if via_b > choice.0 {
                    choice = (via_b, b);
                }
                if via_i > choice.0 {
                    choice = (via_i, i);
                }
                cur[c & MASK] = choice.0;
                if let Some(slot) = back_row.get_mut(c) {
                    *slot = choice.1 as u16;
                }
            }
        }
        for (c, &e) in cur.iter_mut().zip(em) {
            *c += e;
        }
        prev = cur;
    }
    let mut best = f32::NEG_INFINITY;
    let mut arg = 0usize;
    for (c, &s) in prev.iter().take(t).enumerate() {
        if trans.end_ok.get(c).copied().unwrap_or(false) && s > best {
            best = s;
            arg = c;
        }
    }
    let mut out = vec![0usize; n];
    for i in (0..n).rev() {
        if let Some(o) = out.get_mut(i) {
            *o = arg;
        }
        if i > 0 {
            arg = back.get(i * t + arg).map_or(0, |&b| usize::from(b));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::tags::{join, Part};

    #[test]
    fn respects_constraints() {
        // One label: tags O, B, I, L, U. Emissions prefer I then L (illegal start).
        let tr = Transitions::new(5, &[]);
        let mut em = vec![0.0f32; 10];
        em[2] = 5.0; // token 0: I
        em[5 + 3] = 5.0; // token 1: L
        em[1] = 4.0; // token 0: B is second best
        let tags = viterbi(&em, 2, &tr, &mut Vec::new());
        assert_eq!(tags, vec![join(Part::B, 0), join(Part::L, 0)]);
    }

    /// The plain scalar Viterbi (every allowed move, lowest previous tag on ties).
    fn reference(em: &[f32], n: usize, tr: &Transitions) -> Vec<usize> {
        let t = tr.ntags();
        let mut prev: Vec<f32> = (0..t).map(|c| tr.score(None, c) + em[c]).collect();
        let mut back = vec![vec![0usize; t]; n];
        for i in 1..n {
            let mut cur = vec![f32::NEG_INFINITY; t];
            for c in 0..t {
                let mut best = (f32::NEG_INFINITY, 0);
                for (p, &score) in prev.iter().enumerate() {
                    let s = score + tr.score(Some(p), c);
                    if s > best.0 {
                        best = (s, p);
                    }
                }
                cur[c] = best.0 + em[i * t + c];
                back[i][c] = best.1;
            }
            prev = cur;
        }
        let mut arg = (0..t)
            .filter(|&c| tr.may_end(c))
            .fold((f32::NEG_INFINITY, 0), |b, c| {
                if prev[c] > b.0 {
                    (prev[c], c)
                } else {
                    b
                }
            })
            .1;
        let mut out = vec![0; n];
        for i in (0..n).rev() {
            out[i] = arg;
            arg = back[i][arg];
        }
        out
    }

    #[test]
    fn blocked_steps_equal_the_scalar_reference() {
        // A fixed pseudo-random stream (xorshift) for emissions and learned transitions, with
        // small integer values so that ties happen and their resolution is checked too.
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 7) as f32 - 3.0
        };
        for labels in [1, 3, 4, 7] {
            let t = crate::tagger::tags::tag_count(labels);
            let raw: Vec<f32> = (0..(t + 1) * t).map(|_| next()).collect();
            let tr = Transitions::new(t, &raw);
            for n in [1, 2, 5, 40] {
                let em: Vec<f32> = (0..n * t).map(|_| next()).collect();
                assert_eq!(
                    viterbi(&em, n, &tr, &mut Vec::new()),
                    reference(&em, n, &tr),
                    "{labels} labels, {n} tokens"
                );
            }
        }
    }

    #[test]
    fn empty_and_short_inputs() {
        let tr = Transitions::new(5, &[]);
        assert!(viterbi(&[], 0, &tr, &mut Vec::new()).is_empty());
        assert!(viterbi(&[0.0; 3], 1, &tr, &mut Vec::new()).is_empty());
    }

    #[test]
    fn never_ends_inside_an_entity() {
        let tr = Transitions::new(5, &[]);
        let mut em = vec![0.0f32; 5];
        em[1] = 9.0; // B alone would be best but cannot end a sentence
        em[4] = 1.0;
        assert_eq!(
            viterbi(&em, 1, &tr, &mut Vec::new()),
            vec![join(Part::U, 0)]
        );
    }
}
