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
    /// Every span that was not matched exactly, in document order.
    pub errors: Vec<SpanError>,
}

/// Why a span was not matched exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A predicted span with no gold span overlapping it.
    Spurious,
    /// A gold span with no predicted span overlapping it.
    Missed,
    /// A predicted span with the range of a gold span but another label.
    Label,
    /// A predicted span that overlaps a gold span without the same range.
    Boundary,
}

impl ErrorKind {
    /// The name written in error listings.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Spurious => "spurious",
            ErrorKind::Missed => "missed",
            ErrorKind::Label => "label",
            ErrorKind::Boundary => "boundary",
        }
    }
}

/// One unmatched span. A label or boundary error is reported once, from the predicted span, with
/// the gold span it overlaps; the gold span is then not reported again as missed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanError {
    /// Index of the document in the gold files, from 0.
    pub document: usize,
    /// What went wrong.
    pub kind: ErrorKind,
    /// The predicted span (byte range, label, text), if any.
    pub predicted: Option<(Range<usize>, EntityLabel, String)>,
    /// The gold span (byte range, label, text), if any.
    pub gold: Option<(Range<usize>, EntityLabel, String)>,
    /// The gold sentence the span starts in (the document's text when it has no sentences).
    pub sentence: String,
}

impl SpanError {
    /// One TSV row: document, kind, gold label, gold text, predicted label, predicted text,
    /// sentence.
    pub fn tsv_row(&self) -> String {
        let side = |s: &Option<(Range<usize>, EntityLabel, String)>| match s {
            Some((_, l, t)) => format!("{}\t{}", l.as_str(), t.replace(['\t', '\n'], " ")),
            None => "\t".to_string(),
        };
        format!(
            "{}\t{}\t{}\t{}\t{}",
            self.document,
            self.kind.as_str(),
            side(&self.gold),
            side(&self.predicted),
            self.sentence.replace(['\t', '\n'], " ")
        )
    }
}

/// The unmatched spans of one document (`gold` and `pred` as sorted (start, end, label) sets).
fn span_errors(
    document: usize,
    doc: &GoldDoc,
    gold: &BTreeSet<(usize, usize, EntityLabel)>,
    pred: &BTreeSet<(usize, usize, EntityLabel)>,
) -> Vec<SpanError> {
    let text = doc.text.as_str();
    let side = |&(s, e, l): &(usize, usize, EntityLabel)| {
        Some((s..e, l, text.get(s..e).unwrap_or("").to_string()))
    };
    let sentence = |at: usize| {
        let range = doc.sentences.iter().find(|r| r.start <= at && at < r.end);
        range
            .and_then(|r| text.get(r.clone()))
            .unwrap_or(text)
            .to_string()
    };
    let overlaps =
        |a: &(usize, usize, EntityLabel), b: &(usize, usize, EntityLabel)| a.0 < b.1 && b.0 < a.1;
    let mut explained = BTreeSet::new();
    let mut errors = Vec::new();
    for p in pred.difference(gold) {
        let hit = gold.iter().find(|g| !pred.contains(g) && overlaps(g, p));
        let kind = match hit {
            Some(g) if (g.0, g.1) == (p.0, p.1) => ErrorKind::Label,
            Some(_) => ErrorKind::Boundary,
            None => ErrorKind::Spurious,
        };
        if let Some(g) = hit {
            explained.insert(*g);
        }
        errors.push(SpanError {
            document,
            kind,
            predicted: side(p),
            gold: hit.and_then(side),
            sentence: sentence(p.0),
        });
    }
    for g in gold.difference(pred) {
        if !explained.contains(g) {
            errors.push(SpanError {
                document,
                kind: ErrorKind::Missed,
                predicted: None,
                gold: side(g),
                sentence: sentence(g.0),
            });
        }
    }
    let start = |e: &SpanError| {
        let of = |s: &Option<(Range<usize>, EntityLabel, String)>| s.as_ref().map(|x| x.0.start);
        of(&e.gold).or(of(&e.predicted)).unwrap_or(0)
    };
    errors.sort_by_key(start);
    errors
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
    type Counts = BTreeMap<EntityLabel, (usize, usize, usize)>;
    let per_doc: Vec<(Counts, Vec<SpanError>)> = docs
        .par_iter()
        .enumerate()
        .map(|(i, d)| {
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
            (m, span_errors(i, d, &gold, &pred))
        })
        .collect();
    let mut errors = Vec::new();
    let mut total: BTreeMap<EntityLabel, (usize, usize, usize)> =
        scored.iter().map(|l| (*l, (0, 0, 0))).collect();
    for (m, doc_errors) in per_doc {
        errors.extend(doc_errors);
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
        errors,
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
        let kinds: Vec<(ErrorKind, Option<&str>)> = r
            .errors
            .iter()
            .map(|e| (e.kind, e.gold.as_ref().map(|g| g.2.as_str())))
            .collect();
        assert_eq!(
            kinds,
            [
                (ErrorKind::Boundary, Some("Bob")),
                (ErrorKind::Missed, Some("Oslo")) // the ORG prediction is not scored
            ]
        );
        assert_eq!(
            r.errors[0].tsv_row(),
            "0\tboundary\tPER\tBob\tPER\tBo\tAnn met Bob in Oslo"
        );
    }

    #[test]
    fn classifies_label_and_spurious_errors() {
        let gold: BTreeSet<_> = [(0, 3, EntityLabel::Per), (15, 19, EntityLabel::Loc)].into();
        let pred: BTreeSet<_> = [(0, 3, EntityLabel::Loc), (8, 11, EntityLabel::Per)].into();
        let errors = span_errors(4, &doc(), &gold, &pred);
        let kinds: Vec<_> = errors.iter().map(|e| (e.document, e.kind)).collect();
        assert_eq!(
            kinds,
            [
                (4, ErrorKind::Label),
                (4, ErrorKind::Spurious),
                (4, ErrorKind::Missed)
            ]
        );
        assert!(errors[1]
            .tsv_row()
            .starts_with("4\tspurious\t\t\tPER\tBob\t"));
    }

    #[test]
    fn perfect_prediction_scores_100() {
        let d = doc();
        let gold = d.entities.clone();
        let r = eval_docs(&[d], &move |_: &str| gold.clone());
        assert!((r.f1() - 100.0).abs() < 1e-9);
    }
}
