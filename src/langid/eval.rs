//! Sentence-level evaluation (`annotate eval language FILE`): accuracy per language and the macro
//! average over languages, plus the writer of the labelled file from the held-out corpora and a
//! scorer for other tools' predictions (JSONL from `shared/anchors/langid.py`).

use super::{codes, corpus, LanguageDetector};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::time::Instant;

/// Accuracy of one gold language.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalRow {
    /// Gold language code.
    pub lang: String,
    /// Sentences with this gold language.
    pub total: usize,
    /// Of which predicted right.
    pub correct: usize,
    /// Wrong predictions and their counts, most frequent first.
    pub confusions: Vec<(String, usize)>,
}

impl EvalRow {
    /// Accuracy in 0..=1 (0 for an empty row).
    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
}

/// Result of an evaluation run.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalReport {
    /// One row per gold language, sorted by code.
    pub rows: Vec<EvalRow>,
    /// Seconds spent detecting (reading excluded); 0 when scoring given predictions.
    pub seconds: f64,
    /// Bytes of text detected.
    pub bytes: usize,
}

impl EvalReport {
    /// Builds a report from (gold, predicted) pairs.
    pub fn from_pairs(pairs: &[(String, String)], seconds: f64, bytes: usize) -> EvalReport {
        let mut by_lang: BTreeMap<&str, (usize, usize, BTreeMap<&str, usize>)> = BTreeMap::new();
        for (gold, pred) in pairs {
            let e = by_lang.entry(gold).or_default();
            e.0 += 1;
            if gold == pred {
                e.1 += 1;
            } else {
                *e.2.entry(pred).or_default() += 1;
            }
        }
        let rows = by_lang
            .into_iter()
            .map(|(lang, (total, correct, conf))| {
                let mut confusions: Vec<(String, usize)> =
                    conf.into_iter().map(|(l, n)| (l.to_string(), n)).collect();
                confusions.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                EvalRow {
                    lang: lang.to_string(),
                    total,
                    correct,
                    confusions,
                }
            })
            .collect();
        EvalReport {
            rows,
            seconds,
            bytes,
        }
    }

    /// Macro average: the mean of the per-language accuracies.
    pub fn r#macro(&self) -> f64 {
        if self.rows.is_empty() {
            return 0.0;
        }
        self.rows.iter().map(EvalRow::accuracy).sum::<f64>() / self.rows.len() as f64
    }

    /// The same as `r#macro`, for callers who prefer a plain name.
    pub fn macro_average(&self) -> f64 {
        self.r#macro()
    }

    /// Micro average: correct sentences over all sentences.
    pub fn micro(&self) -> f64 {
        let total: usize = self.rows.iter().map(|r| r.total).sum();
        let correct: usize = self.rows.iter().map(|r| r.correct).sum();
        if total == 0 {
            0.0
        } else {
            correct as f64 / total as f64
        }
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "lang\tn\taccuracy\ttop confusions")?;
        for r in &self.rows {
            let conf: Vec<String> = r
                .confusions
                .iter()
                .take(3)
                .map(|(l, n)| format!("{l}:{n}"))
                .collect();
            writeln!(
                f,
                "{}\t{}\t{:.4}\t{}",
                r.lang,
                r.total,
                r.accuracy(),
                conf.join(" ")
            )?;
        }
        writeln!(f, "macro\t\t{:.4}", self.r#macro())?;
        write!(f, "micro\t\t{:.4}", self.micro())?;
        if self.seconds > 0.0 {
            let mbs = self.bytes as f64 / 1e6 / self.seconds;
            write!(
                f,
                "\nspeed\t{:.3}s\t{mbs:.2} MB/s ({} bytes)",
                self.seconds, self.bytes
            )?;
        }
        Ok(())
    }
}

/// Reads `lang<TAB>text` lines (gold codes normalised, e.g. `cmn` -> `zh`); blank lines skipped.
pub fn read_eval_file(path: &Path) -> Result<Vec<(String, String)>, String> {
    let raw =
        std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (no, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let (lang, text) = line
            .split_once('\t')
            .ok_or_else(|| format!("{}:{}: expected lang<TAB>text", path.display(), no + 1))?;
        let gold = codes::normalize(lang).map_or_else(|| lang.trim().to_string(), str::to_string);
        out.push((gold, text.to_string()));
    }
    Ok(out)
}

/// `annotate eval language FILE`: runs the detector on every line (as a document; its document
/// language is the prediction) and reports accuracy per language and the macro average.
pub fn eval_language(path: &Path, detector: &LanguageDetector) -> Result<EvalReport, String> {
    let items = read_eval_file(path)?;
    let start = Instant::now();
    let preds: Vec<String> = items
        .iter()
        .map(|(_, t)| detector.detect(t).document.lang)
        .collect();
    let seconds = start.elapsed().as_secs_f64();
    let bytes = items.iter().map(|(_, t)| t.len()).sum();
    let pairs: Vec<(String, String)> = items
        .into_iter()
        .zip(preds)
        .map(|((g, _), p)| (g, p))
        .collect();
    Ok(EvalReport::from_pairs(&pairs, seconds, bytes))
}

/// Scores another tool's predictions: `preds` is JSONL with `id` (the 0-based line number in
/// the eval file) and `iso639_1` (null for no answer), as `shared/anchors/langid.py` writes.
pub fn eval_predictions(eval: &Path, preds: &Path) -> Result<EvalReport, String> {
    let items = read_eval_file(eval)?;
    let raw =
        std::fs::read_to_string(preds).map_err(|e| format!("reading {}: {e}", preds.display()))?;
    let mut got: BTreeMap<usize, String> = BTreeMap::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let id = match &v["id"] {
            serde_json::Value::Number(n) => n.as_u64().map(|n| n as usize),
            serde_json::Value::String(s) => s.parse().ok(),
            _ => None,
        }
        .ok_or_else(|| format!("prediction without a numeric id: {line}"))?;
        got.insert(id, v["iso639_1"].as_str().unwrap_or("und").to_string());
    }
    let pairs: Vec<(String, String)> = items
        .into_iter()
        .enumerate()
        .map(|(i, (g, _))| (g, got.get(&i).cloned().unwrap_or_else(|| "und".to_string())))
        .collect();
    Ok(EvalReport::from_pairs(&pairs, 0.0, 0))
}

/// Converts an eval file to JSONL `{"id": line number, "text": ...}` for the anchor tools.
pub fn eval_to_jsonl(eval: &Path, out: &Path) -> Result<String, String> {
    let items = read_eval_file(eval)?;
    let mut text = String::new();
    for (i, (_, t)) in items.iter().enumerate() {
        text.push_str(&serde_json::json!({"id": i, "text": t}).to_string());
        text.push('\n');
    }
    std::fs::write(out, text).map_err(|e| format!("writing {}: {e}", out.display()))?;
    Ok(format!("wrote {} lines to {}", items.len(), out.display()))
}

/// Writes `lang<TAB>sentence` lines from the held-out part of the corpora under `shared_data`
/// (never the part our n-gram table was trained on). The file is made at CI time, never committed.
pub fn make_eval_file(shared_data: &Path, out: &Path) -> Result<String, String> {
    let mut text = String::new();
    let mut counts = Vec::new();
    for source in corpus::SOURCES {
        let sentences = corpus::heldout_sentences(shared_data, source)?;
        counts.push(format!("{}={}", source.lang, sentences.len()));
        for s in sentences {
            let clean: String = s.chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
            text.push_str(source.lang);
            text.push('\t');
            text.push_str(&clean);
            text.push('\n');
        }
    }
    std::fs::write(out, text).map_err(|e| format!("writing {}: {e}", out.display()))?;
    Ok(format!("wrote {} to {}", counts.join(" "), out.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::langid::LanguageConfig;

    fn tmp(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("langid-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join(name)
    }

    #[test]
    fn report_macro_and_micro() {
        let p = |g: &str, q: &str| (g.to_string(), q.to_string());
        let r = EvalReport::from_pairs(&[p("en", "en"), p("en", "de"), p("fr", "fr")], 0.0, 0);
        assert_eq!(r.rows.len(), 2);
        assert!((r.r#macro() - 0.75).abs() < 1e-9);
        assert_eq!(r.macro_average(), r.r#macro());
        assert!((r.micro() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(r.rows[0].confusions, vec![("de".to_string(), 1)]);
        assert!(r.to_string().contains("macro\t\t0.7500"));
    }

    #[test]
    fn held_out_sentences_meet_the_target_when_data_is_present() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
        if !data.join("ud").exists() {
            eprintln!("shared data absent: skipped");
            return;
        }
        let f = tmp("heldout.tsv");
        make_eval_file(&data, &f).unwrap();
        let det = LanguageDetector::new(LanguageConfig::default()).unwrap();
        let r = eval_language(&f, &det).unwrap();
        assert_eq!(r.rows.len(), corpus::SOURCES.len());
        assert!(r.r#macro() >= 0.96, "{r}");
    }

    #[test]
    fn eval_file_round_trip() {
        let f = tmp("eval.tsv");
        std::fs::write(
            &f,
            "eng\tThe meeting was moved to Thursday because of the storm.\n\n\
             de\tDas Treffen wurde wegen des Sturms auf Donnerstag verschoben.\n",
        )
        .unwrap();
        let det = LanguageDetector::new(LanguageConfig::default()).unwrap();
        let r = eval_language(&f, &det).unwrap();
        assert_eq!(r.rows.len(), 2);
        assert_eq!(r.rows[0].lang, "de");
        assert!((r.r#macro() - 1.0).abs() < 1e-9, "{r}");
        let preds = tmp("preds.jsonl");
        std::fs::write(
            &preds,
            "{\"id\": 0, \"iso639_1\": \"en\"}\n{\"id\": 1, \"iso639_1\": null}\n",
        )
        .unwrap();
        let r = eval_predictions(&f, &preds).unwrap();
        assert!((r.r#macro() - 0.5).abs() < 1e-9);
        let j = tmp("eval.jsonl");
        eval_to_jsonl(&f, &j).unwrap();
        assert_eq!(std::fs::read_to_string(&j).unwrap().lines().count(), 2);
        std::fs::write(&f, "no tab here\n").unwrap();
        assert!(eval_language(&f, &det).is_err());
    }
}
