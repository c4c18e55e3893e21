//! Discriminative correction of the naive Bayes table: an averaged perceptron, started from the
//! naive Bayes log-probabilities, learns small per-(n-gram, language) corrections on the same
//! training sentences. Naive Bayes counts every n-gram as independent evidence; the corrections
//! shift weight to the n-grams that actually separate close languages (Croatian/Serbian,
//! Spanish/Portuguese). Only used by `train`; detection just reads the corrected table.

use super::ngram::NgramModel;

/// Settings of the learner.
#[derive(Debug, Clone, Copy)]
pub struct LearnConfig {
    /// Passes over the training sentences.
    pub epochs: usize,
    /// Step per feature occurrence, in nats.
    pub eta: f32,
    /// Updates also happen when the gold language wins by less than this (nats).
    pub margin: f64,
    /// Chars of each sentence read (as detection reads them).
    pub max_chars: usize,
    /// Scale each language's steps by (mean sentences per language / its sentences)^balance,
    /// so that small training sets are not drowned by large ones (0: no balancing).
    pub balance: f32,
}

impl Default for LearnConfig {
    fn default() -> Self {
        LearnConfig {
            epochs: 5,
            eta: 0.02,
            margin: 10.0,
            max_chars: 400,
            balance: 1.0,
        }
    }
}

struct Example {
    gold: usize,
    rows: Vec<u32>,
    base: Vec<f64>,
}

/// Learns averaged corrections (row-major `rows × languages`) for `model` from
/// (language index, sentence) pairs. Deterministic: the order is shuffled by a fixed LCG.
pub fn perceptron(model: &NgramModel, data: &[(usize, &str)], cfg: LearnConfig) -> Vec<f32> {
    let k = model.langs().len();
    let examples: Vec<Example> = data
        .iter()
        .map(|&(gold, text)| {
            let rows = model.feature_rows(text, cfg.max_chars);
            let mut base = vec![0.0f64; k];
            for &r in &rows {
                for (b, p) in base.iter_mut().zip(model.row_logp(r).unwrap_or(&[])) {
                    *b += f64::from(*p);
                }
            }
            Example { gold, rows, base }
        })
        .filter(|e| e.gold < k && !e.rows.is_empty())
        .collect();
    let n_rows = examples
        .iter()
        .flat_map(|e| e.rows.iter())
        .map(|&r| r as usize + 1)
        .max();
    let size = n_rows.unwrap_or(0) * k;
    let mut w = vec![0.0f32; size];
    // Daumé's trick for the average: u accumulates step-weighted updates.
    let mut u = vec![0.0f64; size];
    let mut step: f64 = 1.0;
    let mut per_lang = vec![0usize; k];
    for e in &examples {
        if let Some(n) = per_lang.get_mut(e.gold) {
            *n += 1;
        }
    }
    let mean = examples.len() as f32 / k.max(1) as f32;
    let scale: Vec<f32> = per_lang
        .iter()
        .map(|&n| (mean / n.max(1) as f32).powf(cfg.balance))
        .collect();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed: u64 = 12345;
    for _ in 0..cfg.epochs {
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        for &i in &order {
            let Some(e) = examples.get(i) else { continue };
            let mut scores = e.base.clone();
            for &r in &e.rows {
                let start = r as usize * k;
                for (s, d) in scores
                    .iter_mut()
                    .zip(w.get(start..start + k).unwrap_or(&[]))
                {
                    *s += f64::from(*d);
                }
            }
            let gold_score = scores.get(e.gold).copied().unwrap_or(f64::NEG_INFINITY);
            let rival = scores
                .iter()
                .enumerate()
                .filter(|(l, _)| *l != e.gold)
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map(|(l, s)| (l, *s));
            if let Some((r_lang, r_score)) = rival {
                if gold_score - r_score < cfg.margin {
                    let eta = cfg.eta * scale.get(e.gold).copied().unwrap_or(1.0);
                    for &r in &e.rows {
                        let base = r as usize * k;
                        for (lang, sign) in [(e.gold, 1.0f32), (r_lang, -1.0f32)] {
                            if let (Some(wv), Some(uv)) =
                                (w.get_mut(base + lang), u.get_mut(base + lang))
                            {
                                *wv += sign * eta;
                                *uv += step * f64::from(sign * eta);
                            }
                        }
                    }
                }
            }
            step += 1.0;
        }
    }
    w.iter()
        .zip(&u)
        .map(|(wv, uv)| (f64::from(*wv) - uv / step) as f32)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrections_fix_a_training_error() {
        // "ab" is more frequent in xx, but the sentence "ab cd" is yy: the perceptron must shift
        // weight until yy wins.
        let table =
            "#langs\txx\tyy\na\t50\t5\nb\t50\t5\nab\t50\t1\nc\t50\t5\nd\t50\t5\ncd\t40\t5\n";
        let model = NgramModel::parse(table).unwrap();
        let before = model.score("ab cd", 100);
        assert!(before.sums[0] > before.sums[1]);
        let data = [(1usize, "ab cd"), (0usize, "ab ab")];
        let cfg = LearnConfig {
            epochs: 20,
            eta: 0.05,
            margin: 1.0,
            max_chars: 100,
            balance: 0.0,
        };
        let deltas = perceptron(&model, &data, cfg);
        let rows = model.feature_rows("ab cd", 100);
        let mut s = before.sums.clone();
        for r in rows {
            for (l, v) in s.iter_mut().enumerate() {
                *v += f64::from(deltas[r as usize * 2 + l]);
            }
        }
        assert!(s[1] > s[0], "{s:?}");
        assert_eq!(deltas, perceptron(&model, &data, cfg), "deterministic");
    }
}
