//! Fits the temperature of a model's span confidences on the dev files at training time.
//!
//! A span's confidence is its probability under the model's scores divided by a temperature
//! (`marginals.rs`). How large the scores are depends on the model (the Chinese character model
//! reads more features per token than a word model), so one fixed temperature suits some models
//! and not others. `annotate train --dev` therefore picks, from a geometric grid, the temperature
//! whose confidences have the lowest log loss on the dev files' spans (a span is right when its
//! range and label are both in the gold data), and stores it in the model file. The weights and
//! the entities are not touched: only the confidences change.

use super::corpus::GoldDoc;
use super::model::NerModel;
use crate::annotation::EntityLabel;
use std::collections::BTreeSet;
use std::ops::Range;

/// The temperature chosen on dev data, with what it was chosen by.
#[derive(Debug, Clone, PartialEq)]
pub struct TemperatureFit {
    /// The fitted temperature.
    pub temperature: f32,
    /// Mean log loss of the dev spans' confidences at that temperature.
    pub log_loss: f64,
    /// Mean log loss at the language's default temperature, for comparison.
    pub default_log_loss: f64,
    /// Model spans scored (those whose label the dev data uses).
    pub spans: usize,
    /// How many of them are right.
    pub right: usize,
}

/// Candidate temperatures: 2 to 256 in steps of 2^(1/4).
fn grid() -> impl Iterator<Item = f32> {
    (4..=32).map(|k| 2f32.powf(k as f32 / 4.0))
}

/// A confidence is kept this far from 0 and 1, so one span cannot make the loss infinite.
const EPSILON: f64 = 1e-6;

/// Each dev span's confidence and whether it is right, with `model` as it is.
fn scored_spans(model: &NerModel, dev: &[GoldDoc]) -> Vec<(f32, bool)> {
    let used: BTreeSet<EntityLabel> = dev
        .iter()
        .flat_map(|d| d.entities.iter().map(|e| e.1))
        .collect();
    let mut out = Vec::new();
    for d in dev {
        let gold: BTreeSet<(usize, usize, EntityLabel)> = d
            .entities
            .iter()
            .map(|(r, l)| (r.start, r.end, *l))
            .collect();
        for (r, l, confidence) in model.predict(&d.text, &d.sentences) {
            let Some(&label) = model.labels().get(l).filter(|l| used.contains(l)) else {
                continue;
            };
            let Range { start, end } = r;
            out.push((confidence, gold.contains(&(start, end, label))));
        }
    }
    out
}

fn log_loss(spans: &[(f32, bool)]) -> f64 {
    let total: f64 = spans
        .iter()
        .map(|&(c, right)| {
            let c = f64::from(c).clamp(EPSILON, 1.0 - EPSILON);
            -if right { c.ln() } else { (1.0 - c).ln() }
        })
        .sum();
    total / spans.len().max(1) as f64
}

/// The temperature of the grid with the lowest log loss on `dev`; `None` when the model finds
/// no span there whose label the dev data uses.
pub fn fit_temperature(model: &NerModel, dev: &[GoldDoc]) -> Option<TemperatureFit> {
    // one copy of the model, its temperature set for each candidate in turn
    let mut trial = model.clone().with_temperature(None);
    let at_default = scored_spans(&trial, dev);
    if at_default.is_empty() {
        return None;
    }
    let mut best: Option<(f32, f64)> = None;
    for t in grid() {
        trial = trial.with_temperature(Some(t));
        let loss = log_loss(&scored_spans(&trial, dev));
        if best.is_none_or(|(_, b)| loss < b) {
            best = Some((t, loss));
        }
    }
    let (temperature, loss) = best?;
    Some(TemperatureFit {
        temperature,
        log_loss: loss,
        default_log_loss: log_loss(&at_default),
        spans: at_default.len(),
        right: at_default.iter().filter(|s| s.1).count(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_loss_rewards_confident_right_answers_and_punishes_confident_wrong_ones() {
        let sure_right = log_loss(&[(0.99, true)]);
        let unsure = log_loss(&[(0.5, true), (0.5, false)]);
        let sure_wrong = log_loss(&[(1.0, false)]);
        assert!(sure_right < unsure && unsure < sure_wrong);
        assert!((unsure - 2f64.ln()).abs() < 1e-9);
        assert!(sure_wrong.is_finite());
        assert_eq!(log_loss(&[]), 0.0);
    }

    #[test]
    fn the_grid_spans_two_to_256() {
        let g: Vec<f32> = grid().collect();
        assert!((g[0] - 2.0).abs() < 1e-5 && (g[g.len() - 1] - 256.0).abs() < 1e-2);
        assert!(g.iter().any(|&t| (t - 16.0).abs() < 1e-3));
        assert!(g.iter().any(|&t| (t - 64.0).abs() < 1e-2));
    }
}
