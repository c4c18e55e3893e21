//! Evaluation of language segments on documents that switch language: documents are built from
//! runs of 2-4 held-out sentences of one language, and we measure the share of non-whitespace
//! characters whose segment has the right language.

use super::{corpus, LanguageDetector};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::time::Instant;

/// A labelled mixed document: byte spans with their gold language.
#[derive(Debug, Clone, PartialEq)]
pub struct MixedDoc {
    /// The text.
    pub text: String,
    /// Gold spans (byte ranges and language), in order.
    pub spans: Vec<(usize, usize, String)>,
}

/// Character accuracy of segments.
#[derive(Debug, Clone, PartialEq)]
pub struct MixedReport {
    /// Documents scored.
    pub docs: usize,
    /// Non-whitespace chars scored.
    pub chars: usize,
    /// Of which in a segment with the right language.
    pub correct: usize,
    /// Per gold language: (chars, correct).
    pub per_lang: BTreeMap<String, (usize, usize)>,
    /// Seconds spent detecting (0 when scoring given predictions).
    pub seconds: f64,
    /// Bytes detected.
    pub bytes: usize,
}

impl MixedReport {
    /// Share of non-whitespace chars with the right language.
    pub fn accuracy(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.correct as f64 / self.chars as f64
        }
    }
}

impl fmt::Display for MixedReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (lang, (n, ok)) in &self.per_lang {
            writeln!(f, "{lang}\t{n}\t{:.4}", *ok as f64 / (*n).max(1) as f64)?;
        }
        write!(
            f,
            "char accuracy {:.4} over {} chars, {} docs",
            self.accuracy(),
            self.chars,
            self.docs
        )?;
        if self.seconds > 0.0 {
            write!(f, "; {:.2} MB/s", self.bytes as f64 / 1e6 / self.seconds)?;
        }
        Ok(())
    }
}

/// A small deterministic generator (64-bit LCG), so the file is the same on every machine.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        if n == 0 {
            0
        } else {
            ((self.0 >> 33) as usize) % n
        }
    }
}

/// Builds `n` mixed documents from held-out sentences.
pub fn make_mixed_docs(shared_data: &Path, n: usize) -> Result<Vec<MixedDoc>, String> {
    let mut pools: Vec<(&str, Vec<String>)> = Vec::new();
    for s in corpus::SOURCES {
        pools.push((s.lang, corpus::heldout_sentences(shared_data, s)?));
    }
    pools.retain(|(_, p)| !p.is_empty());
    let mut rng = Lcg(42);
    let mut docs = Vec::with_capacity(n);
    for _ in 0..n {
        let mut doc = MixedDoc {
            text: String::new(),
            spans: Vec::new(),
        };
        let runs = 3 + rng.below(4);
        let mut last: Option<usize> = None;
        for _ in 0..runs {
            let mut li = rng.below(pools.len());
            if last == Some(li) {
                li = (li + 1 + rng.below(pools.len().saturating_sub(1).max(1))) % pools.len();
            }
            last = Some(li);
            let Some((lang, pool)) = pools.get(li) else {
                continue;
            };
            let k = 2 + rng.below(3);
            let first = rng.below(pool.len());
            if !doc.text.is_empty() {
                doc.text.push(if rng.below(2) == 0 { '\n' } else { ' ' });
            }
            let start = doc.text.len();
            let glue = if matches!(*lang, "zh" | "ja") {
                ""
            } else {
                " "
            };
            for j in 0..k {
                if j > 0 {
                    doc.text.push_str(glue);
                }
                doc.text.push_str(
                    pool.get((first + j) % pool.len())
                        .map_or("", String::as_str),
                );
            }
            doc.spans.push((start, doc.text.len(), lang.to_string()));
        }
        docs.push(doc);
    }
    Ok(docs)
}

/// Writes mixed documents as JSONL `{"id", "text", "spans": [[start, end, lang]]}` (byte offsets).
pub fn make_mixed_file(shared_data: &Path, out: &Path, n: usize) -> Result<String, String> {
    let docs = make_mixed_docs(shared_data, n)?;
    let mut text = String::new();
    for (i, d) in docs.iter().enumerate() {
        let v = serde_json::json!({"id": i, "text": d.text, "spans": d.spans});
        text.push_str(&v.to_string());
        text.push('\n');
    }
    std::fs::write(out, text).map_err(|e| format!("writing {}: {e}", out.display()))?;
    Ok(format!(
        "wrote {} mixed documents to {}",
        docs.len(),
        out.display()
    ))
}

/// Reads a file written by `make_mixed_file`.
pub fn read_mixed_file(path: &Path) -> Result<Vec<MixedDoc>, String> {
    let raw =
        std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    raw.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).map_err(|e| e.to_string())?;
            let text = v["text"]
                .as_str()
                .ok_or("document without text")?
                .to_string();
            let spans = spans_of(&v["spans"]).ok_or("bad spans")?;
            Ok(MixedDoc { text, spans })
        })
        .collect()
}

fn spans_of(v: &serde_json::Value) -> Option<Vec<(usize, usize, String)>> {
    v.as_array()?
        .iter()
        .map(|s| {
            let a = s.as_array()?;
            let start = a.first()?.as_u64()? as usize;
            let end = a.get(1)?.as_u64()? as usize;
            Some((start, end, a.get(2)?.as_str()?.to_string()))
        })
        .collect()
}

/// Scores predicted byte spans against gold ones over every non-whitespace char.
fn score_into(doc: &MixedDoc, pred: &[(usize, usize, String)], report: &mut MixedReport) {
    let lang_at = |spans: &[(usize, usize, String)], i: usize| {
        spans
            .iter()
            .find(|s| s.0 <= i && i < s.1)
            .map(|s| s.2.clone())
    };
    for (i, c) in doc.text.char_indices().filter(|(_, c)| !c.is_whitespace()) {
        let _ = c;
        let Some(gold) = lang_at(&doc.spans, i) else {
            continue;
        };
        let ok = lang_at(pred, i).as_deref() == Some(gold.as_str());
        report.chars += 1;
        report.correct += usize::from(ok);
        let e = report.per_lang.entry(gold).or_default();
        e.0 += 1;
        e.1 += usize::from(ok);
    }
    report.docs += 1;
}

fn empty_report() -> MixedReport {
    MixedReport {
        docs: 0,
        chars: 0,
        correct: 0,
        per_lang: BTreeMap::new(),
        seconds: 0.0,
        bytes: 0,
    }
}

/// Runs the detector on each mixed document and scores its segments.
pub fn eval_mixed(path: &Path, detector: &LanguageDetector) -> Result<MixedReport, String> {
    let docs = read_mixed_file(path)?;
    let start = Instant::now();
    let results: Vec<_> = docs.iter().map(|d| detector.detect(&d.text)).collect();
    let mut report = empty_report();
    report.seconds = start.elapsed().as_secs_f64();
    report.bytes = docs.iter().map(|d| d.text.len()).sum();
    for (doc, res) in docs.iter().zip(results) {
        let pred: Vec<(usize, usize, String)> = res
            .segments
            .into_iter()
            .map(|s| (s.range.start, s.range.end, s.detection.lang))
            .collect();
        score_into(doc, &pred, &mut report);
    }
    Ok(report)
}

/// Scores another tool's segments: JSONL `{"id", "spans": [[start, end, lang]]}` in Python
/// char offsets (as lingua's `detect_multiple_languages_of` gives them).
pub fn eval_mixed_predictions(path: &Path, preds: &Path) -> Result<MixedReport, String> {
    let docs = read_mixed_file(path)?;
    let raw =
        std::fs::read_to_string(preds).map_err(|e| format!("reading {}: {e}", preds.display()))?;
    let mut by_id: BTreeMap<usize, Vec<(usize, usize, String)>> = BTreeMap::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let id = v["id"].as_u64().ok_or("prediction without id")? as usize;
        by_id.insert(id, spans_of(&v["spans"]).ok_or("bad spans")?);
    }
    let mut report = empty_report();
    for (i, doc) in docs.iter().enumerate() {
        // Char offsets to byte offsets.
        let bytes: Vec<usize> = doc
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(doc.text.len()))
            .collect();
        let pred: Vec<(usize, usize, String)> = by_id
            .get(&i)
            .map(|v| {
                v.iter()
                    .filter_map(|(s, e, l)| Some((*bytes.get(*s)?, *bytes.get(*e)?, l.clone())))
                    .collect()
            })
            .unwrap_or_default();
        score_into(doc, &pred, &mut report);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::langid::LanguageConfig;

    #[test]
    fn scoring_counts_non_whitespace_chars() {
        let doc = MixedDoc {
            text: "ab cd".to_string(),
            spans: vec![(0, 2, "en".to_string()), (3, 5, "de".to_string())],
        };
        let mut r = empty_report();
        score_into(&doc, &[(0, 5, "en".to_string())], &mut r);
        assert_eq!((r.chars, r.correct), (4, 2));
        assert!((r.accuracy() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn lcg_is_deterministic_and_bounded() {
        let mut a = Lcg(1);
        let mut b = Lcg(1);
        for n in 1..50 {
            let x = a.below(n);
            assert_eq!(x, b.below(n));
            assert!(x < n);
        }
        assert_eq!(a.below(0), 0);
    }

    #[test]
    fn mixed_eval_on_shared_data_when_present() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
        if !data.join("ud").exists() {
            eprintln!("shared data absent: skipped");
            return;
        }
        let dir = std::env::temp_dir().join(format!("langid-mixed-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("mixed.jsonl");
        make_mixed_file(&data, &f, 60).unwrap();
        let docs = read_mixed_file(&f).unwrap();
        assert_eq!(docs.len(), 60);
        for d in &docs {
            for (s, e, _) in &d.spans {
                assert!(d.text.is_char_boundary(*s) && d.text.is_char_boundary(*e));
            }
        }
        let det = LanguageDetector::new(LanguageConfig::default()).unwrap();
        let r = eval_mixed(&f, &det).unwrap();
        assert!(r.accuracy() >= 0.95, "{r}");
    }
}
