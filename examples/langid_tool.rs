//! Dev harness for language identification until the CLI wiring exists: train the n-gram table,
//! make and run the sentence and mixed-document evaluations, score other tools, show segments.
//!
//! `cargo run --release --example langid_tool -- <command> [args]`; run without args for help.

use annot::langid::{self, eval, mixed, train, LanguageConfig, LanguageDetector};
use std::path::Path;
use std::time::Instant;

const HELP: &str = "commands:
  train DATA OUT                 train the n-gram table from ../shared/data
  make-eval DATA OUT             write lang<TAB>text lines from held-out sentences
  eval FILE [METHOD]             accuracy per language (METHOD: combined|whatlang|ngram)
  errors FILE [METHOD]           print misclassified lines
  fit FILE                       n-gram best language, mean log-prob, whatlang's answer per line
  to-jsonl FILE OUT              eval file -> JSONL for shared/anchors/langid.py
  score FILE PREDS               score anchor predictions (JSONL) against an eval file
  make-mixed DATA OUT N          write N mixed-language documents (JSONL, byte spans)
  eval-mixed FILE [METHOD]       char accuracy of segments on mixed documents
  score-mixed FILE PREDS         score another tool's segments (char offsets)
  detect FILE                    print the segments of a text file
  bench-jsonl FILE [METHOD]      detection speed over a JSONL corpus
  bench FILE [MB]                detection speed over a text file repeated to MB megabytes";

fn detector(method: Option<&String>) -> Result<LanguageDetector, String> {
    let mut config = LanguageConfig::default();
    if let Some(m) = method {
        config.method = m.clone();
    }
    if let Some(n) = std::env::var("SAMPLE_CHARS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        config.sample_chars = n;
    }
    LanguageDetector::new(config)
}

fn run(args: &[String]) -> Result<String, String> {
    let arg = |i: usize| args.get(i).ok_or_else(|| HELP.to_string());
    let path = |i: usize| arg(i).map(Path::new);
    match arg(0)?.as_str() {
        "train" => train::train_table(path(1)?, path(2)?),
        "make-eval" => langid::make_eval_file(path(1)?, path(2)?),
        "eval" => Ok(langid::eval_language(path(1)?, &detector(args.get(2))?)?.to_string()),
        "errors" => {
            let det = detector(args.get(2))?;
            let mut out = String::new();
            for (gold, text) in eval::read_eval_file(path(1)?)? {
                let got = det.detect(&text).document;
                if got.lang != gold {
                    out.push_str(&format!(
                        "{gold}\t{}\t{:.2}\t{text}\n",
                        got.lang, got.confidence
                    ));
                }
            }
            Ok(out)
        }
        "fit" => {
            // gold, n-gram best, its mean log-prob per n-gram, grams, whatlang's answer.
            let model = annot::langid::ngram::NgramModel::embedded()?;
            let mut out = String::new();
            for (gold, text) in eval::read_eval_file(path(1)?)? {
                let s = model.score(&text, 400);
                let Some((b, _)) = s.best_two() else { continue };
                let mean = s.sums.get(b).copied().unwrap_or(0.0) / s.grams.max(1) as f64;
                let w = whatlang::detect(&text).map(|i| (i.lang().code(), i.confidence()));
                let lang = model.langs().get(b).cloned().unwrap_or_default();
                let pair = match (
                    whatlang::detect_lang(&text),
                    annot::langid::codes::parse(&lang),
                ) {
                    (Some(wl), Some(bl)) if wl != bl => {
                        whatlang::Detector::with_allowlist(vec![wl, bl])
                            .detect(&text)
                            .map(|i| (i.lang().code(), i.confidence()))
                    }
                    _ => None,
                };
                out.push_str(&format!(
                    "{gold}\t{lang}\t{mean:.3}\t{}\t{w:?}\t{pair:?}\n",
                    s.grams
                ));
                if std::env::var("FIT_SUMS").is_ok() {
                    let sums: Vec<String> = model
                        .langs()
                        .iter()
                        .zip(&s.sums)
                        .map(|(l, v)| format!("{l}:{v:.1}"))
                        .collect();
                    out.push_str(&format!("  {}\n", sums.join(" ")));
                }
            }
            Ok(out)
        }
        "to-jsonl" => eval::eval_to_jsonl(path(1)?, path(2)?),
        "score" => Ok(eval::eval_predictions(path(1)?, path(2)?)?.to_string()),
        "make-mixed" => {
            let n = arg(3)?.parse().map_err(|e| format!("N: {e}"))?;
            mixed::make_mixed_file(path(1)?, path(2)?, n)
        }
        "eval-mixed" => Ok(mixed::eval_mixed(path(1)?, &detector(args.get(2))?)?.to_string()),
        "score-mixed" => Ok(mixed::eval_mixed_predictions(path(1)?, path(2)?)?.to_string()),
        "detect" => {
            let text = std::fs::read_to_string(path(1)?).map_err(|e| e.to_string())?;
            let res = detector(None)?.detect(&text);
            let mut out = format!("document: {:?}\n", res.document);
            for s in res.segments {
                let surface = text.get(s.range.clone()).unwrap_or("");
                let short: String = surface.chars().take(60).collect();
                out.push_str(&format!("{:?} {:?} {short:?}\n", s.range, s.detection));
            }
            Ok(out)
        }
        "bench-jsonl" => {
            // Throughput over a JSONL corpus {"id", "text"} (e.g. shared/anchors/make_corpus.py).
            let raw = std::fs::read_to_string(path(1)?).map_err(|e| e.to_string())?;
            let docs: Vec<String> = raw
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v["text"].as_str().map(str::to_string))
                .collect();
            let det = detector(args.get(2))?;
            let start = Instant::now();
            let mut langs: std::collections::BTreeMap<String, usize> = Default::default();
            let mut segs = 0;
            for d in &docs {
                let r = det.detect(d);
                segs += r.segments.len();
                *langs.entry(r.document.lang).or_default() += 1;
            }
            let s = start.elapsed().as_secs_f64();
            let bytes: usize = docs.iter().map(String::len).sum();
            Ok(format!(
                "{} docs, {bytes} bytes, {segs} segments, {s:.3}s, {:.1} MB/s; documents by language: {langs:?}",
                docs.len(),
                bytes as f64 / 1e6 / s
            ))
        }
        "bench" => {
            let text = std::fs::read_to_string(path(1)?).map_err(|e| e.to_string())?;
            let mb: f64 = args
                .get(2)
                .map_or(Ok(20.0), |s| s.parse())
                .map_err(|e| format!("{e}"))?;
            let det = detector(args.get(3))?;
            let reps = ((mb * 1e6) / text.len().max(1) as f64).ceil() as usize;
            let start = Instant::now();
            let mut segs = 0;
            for _ in 0..reps {
                segs += det.detect(&text).segments.len();
            }
            let s = start.elapsed().as_secs_f64();
            let bytes = reps * text.len();
            Ok(format!(
                "{reps} docs, {bytes} bytes, {segs} segments, {s:.3}s, {:.1} MB/s",
                bytes as f64 / 1e6 / s
            ))
        }
        _ => Err(HELP.to_string()),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(s) => {
            // A closed pipe (`| head`) is not an error worth a panic.
            use std::io::Write as _;
            let _ = writeln!(std::io::stdout(), "{s}");
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    }
}
