//! Exact-span entity evaluation on raw rebuilt text: precision, recall and F1 per label and overall.
//!
//! Only labels that occur in the gold data are scored; predictions with other labels (MISC from a
//! CoNLL model on UNER, DATE from rules, ...) are ignored, so a richer system is not punished for
//! kinds the corpus does not annotate.

use super::corpus::{self, GoldDoc};
use crate::annotation::EntityLabel;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

/// Counts for one label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LabelScore {
    /// The label.
    pub label: EntityLabel,
    /// Predicted spans that match a gold span exactly (range and label).
    pub tp: usize,
    /// Predicted spans with no exact gold match.
    pub fp: usize,
    /// Gold spans with no exact predicted match.
    pub fn_: usize,
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp == 0 {
        0.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let r = if tp + fn_ == 0 {
        0.0
    } else {
        tp as f64 / (tp + fn_) as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl LabelScore {
    /// Precision, recall and F1 (each in 0..=1).
    pub fn prf(&self) -> (f64, f64, f64) {
        prf(self.tp, self.fp, self.fn_)
    }
}

/// The result of an evaluation; `Display` prints the table.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalReport {
    /// Per-label counts, in label order.
    pub labels: Vec<LabelScore>,
    /// Number of documents scored.
    pub documents: usize,
}

impl EvalReport {
    /// Micro-averaged (precision, recall, F1) over all scored labels, each in 0..=1.
    pub fn overall(&self) -> (f64, f64, f64) {
        let (tp, fp, fn_) = self
            .labels
            .iter()
            .fold((0, 0, 0), |a, s| (a.0 + s.tp, a.1 + s.fp, a.2 + s.fn_));
        prf(tp, fp, fn_)
    }

    /// Micro-averaged F1 in percent (0..=100).
    pub fn f1(&self) -> f64 {
        self.overall().2 * 100.0
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<8} {:>7} {:>7} {:>7} {:>7} {:>7}",
            "label", "gold", "pred", "P", "R", "F1"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, tp: usize, fp: usize, fn_: usize| {
            let (p, r, f1) = prf(tp, fp, fn_);
            writeln!(
                f,
                "{:<8} {:>7} {:>7} {:>7.2} {:>7.2} {:>7.2}",
                name,
                tp + fn_,
                tp + fp,
                p * 100.0,
                r * 100.0,
                f1 * 100.0
            )
        };
        for s in &self.labels {
            row(f, s.label.as_str(), s.tp, s.fp, s.fn_)?;
        }
        let (tp, fp, fn_) = self
            .labels
            .iter()
            .fold((0, 0, 0), |a, s| (a.0 + s.tp, a.1 + s.fp, a.2 + s.fn_));
        row(f, "overall", tp, fp, fn_)?;
        write!(f, "({} documents, exact-span match)", self.documents)
    }
}

/// A prediction function: raw document text in, byte-range entities out.
pub type PredictFn<'a> = &'a (dyn Fn(&str) -> Vec<(Range<usize>, EntityLabel)> + Sync);

/// Scores `predict` against gold documents.
pub fn eval_docs(docs: &[GoldDoc], predict: PredictFn) -> EvalReport {
    let scored: BTreeSet<EntityLabel> = docs
        .iter()
        .flat_map(|d| d.entities.iter().map(|e| e.1))
        .collect();
    let per_doc: Vec<BTreeMap<EntityLabel, (usize, usize, usize)>> = docs
        .par_iter()
        .map(|d| {
            let gold: BTreeSet<(usize, usize, EntityLabel)> = d
                .entities
                .iter()
                .map(|(r, l)| (r.start, r.end, *l))
                .collect();
            let pred: BTreeSet<(usize, usize, EntityLabel)> = predict(&d.text)
                .into_iter()
                .filter(|(_, l)| scored.contains(l))
                .map(|(r, l)| (r.start, r.end, l))
                .collect();
            let mut m: BTreeMap<EntityLabel, (usize, usize, usize)> = BTreeMap::new();
            for p in &pred {
                let e = m.entry(p.2).or_default();
                if gold.contains(p) {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
            for g in gold.difference(&pred) {
                m.entry(g.2).or_default().2 += 1;
            }
            m
        })
        .collect();
    let mut total: BTreeMap<EntityLabel, (usize, usize, usize)> =
        scored.iter().map(|l| (*l, (0, 0, 0))).collect();
    for m in per_doc {
        for (l, (tp, fp, fn_)) in m {
            let e = total.entry(l).or_default();
            e.0 += tp;
            e.1 += fp;
            e.2 += fn_;
        }
    }
    EvalReport {
        labels: total
            .into_iter()
            .map(|(label, (tp, fp, fn_))| LabelScore { label, tp, fp, fn_ })
            .collect(),
        documents: docs.len(),
    }
}

/// Reads gold files (`format`: conll, iob2, bmes, bio or auto), rebuilds each document's raw text,
/// calls `predict` on it and scores exact spans per label and overall.
pub fn eval_entities(
    files: &[PathBuf],
    format: &str,
    predict: PredictFn,
) -> Result<EvalReport, String> {
    let mut docs = Vec::new();
    for f in files {
        docs.extend(corpus::read(f, format)?);
    }
    if docs.is_empty() {
        return Err("no gold documents found".into());
    }
    Ok(eval_docs(&docs, predict))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> GoldDoc {
        GoldDoc {
            text: "Ann met Bob in Oslo".into(),
            sentences: std::iter::once(0..19).collect(),
            entities: vec![
                (0..3, EntityLabel::Per),
                (8..11, EntityLabel::Per),
                (15..19, EntityLabel::Loc),
            ],
            words: Vec::new(),
        }
    }

    #[test]
    fn counts_exact_matches_only() {
        let predict = |_: &str| {
            vec![
                (0..3, EntityLabel::Per),   // tp
                (8..10, EntityLabel::Per),  // fp (boundary), and Bob is a fn
                (15..19, EntityLabel::Org), // fp (label), and Oslo is a fn
                (4..7, EntityLabel::Date),  // ignored: not a gold label
            ]
        };
        let r = eval_docs(&[doc()], &predict);
        let per = r
            .labels
            .iter()
            .find(|s| s.label == EntityLabel::Per)
            .copied()
            .unwrap();
        assert_eq!((per.tp, per.fp, per.fn_), (1, 1, 1));
        assert_eq!(r.labels.len(), 2); // ORG predictions are not scored: no gold ORG
        let (p, rc, f) = r.overall();
        assert!((p - 0.5).abs() < 1e-9 && (rc - 1.0 / 3.0).abs() < 1e-9 && (f - 0.4).abs() < 1e-9);
        assert!(r.to_string().contains("overall"));
    }

    #[test]
    fn perfect_prediction_scores_100() {
        let d = doc();
        let gold = d.entities.clone();
        let r = eval_docs(&[d], &move |_: &str| gold.clone());
        assert!((r.f1() - 100.0).abs() < 1e-9);
    }
}
