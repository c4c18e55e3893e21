//! Dataset exports and corpus review through the real CLI: every `--format` is byte-identical for any
//! thread count and batch size; JSONL gives back every CSV row (in Rust, and in Python's standard
//! library when `python3` is present); CoNLL output trains a model that loads; CoNLL-U rebuilds the
//! sentence texts; Parquet reads back. (`report` and `stats` are tested in `review.rs`.)

#[path = "../browser/report.rs"]
mod browser;

use crate::util::{annotate, table};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A fresh scratch folder for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("annot-exports-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// Sample inputs plus a hostile JSONL file (markup in ids and text, a failed line).
pub fn inputs(dir: &Path) -> Vec<String> {
    let hostile = dir.join("hostile.jsonl");
    let lines = [
        r#"{"id": "<script>alert(1)</script>", "text": "Anna Berg met <img src=x onerror=alert(2)> in Paris on Monday. \"Quotes\" & 'apostrophes' stay."}"#,
        r#"{"id": "rtl", "text": "Hello \u202eevil\u202c world. Zürich grew 5% in 2024."}"#,
        r#"not json at all"#,
    ];
    std::fs::write(&hostile, lines.join("\n") + "\n").expect("write input");
    vec![
        "samples/docs".into(),
        "samples/batch.jsonl".into(),
        hostile.display().to_string(),
    ]
}

/// How many documents of [`inputs`] are annotated: every sample report and batch line, and the two
/// well-formed hostile lines (the third is malformed).
pub fn annotated_inputs() -> usize {
    let root = crate::util::root();
    let reports = std::fs::read_dir(root.join("samples/docs")).map_or(0, |d| d.count());
    let batch = std::fs::read_to_string(root.join("samples/batch.jsonl"))
        .map_or(0, |t| t.lines().filter(|l| !l.trim().is_empty()).count());
    reports + batch + 2
}

fn run_format(format: &str, out: &Path, threads: &str, pipeline: Option<&Path>, inputs: &[String]) {
    let out_s = out.display().to_string();
    let mut args = vec![
        "run", "--quiet", "--format", format, "--out", &out_s, "-j", threads,
    ];
    let p;
    if let Some(pipeline) = pipeline {
        p = pipeline.display().to_string();
        args.extend(["--pipeline", &p]);
    }
    args.extend(inputs.iter().map(String::as_str));
    let result = annotate(&args);
    assert!(
        matches!(result.status.code(), Some(0 | 1)),
        "{format}: {}",
        crate::util::stderr(&result)
    );
}

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("output folder").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        out.insert(name, std::fs::read(entry.path()).expect("read"));
    }
    out
}

fn formats() -> Vec<&'static str> {
    let mut f = vec!["csv", "jsonl", "conll", "conllu"];
    if cfg!(feature = "parquet") {
        f.push("parquet");
    }
    f
}

#[test]
fn every_format_is_identical_for_any_thread_count_and_batch_size() {
    let dir = scratch("threads");
    let inputs = inputs(&dir);
    let pipeline =
        crate::util::DefaultVariant::new("exports-small", "batch_size = 256", "batch_size = 2");
    for format in formats() {
        let a = dir.join(format!("{format}-1"));
        let b = dir.join(format!("{format}-2"));
        run_format(format, &a, "1", None, &inputs);
        run_format(format, &b, "2", Some(Path::new(pipeline.arg())), &inputs);
        let (fa, fb) = (files(&a), files(&b));
        assert!(!fa.is_empty(), "{format} wrote files");
        assert!(
            fa.keys().all(|k| !k.starts_with('.')),
            "{format}: no temporary files left: {:?}",
            fa.keys()
        );
        assert_eq!(fa, fb, "{format}: -j1 and -j2 with batch size 2 differ");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn cell_f(v: &serde_json::Value) -> String {
    v.as_f64().map(|x| format!("{x:.4}")).unwrap_or_default()
}

fn cell(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Re-derives the four CSV tables (as rows of named cells) from the JSONL records.
fn rows_from_jsonl(path: &Path) -> [Vec<BTreeMap<String, String>>; 4] {
    let text = std::fs::read_to_string(path).expect("jsonl");
    let mut tables: [Vec<BTreeMap<String, String>>; 4] = Default::default();
    for line in text.lines() {
        let d: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
        let id = cell(&d["id"]);
        let row = |pairs: Vec<(&str, String)>| -> BTreeMap<String, String> {
            pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
        };
        let arr = |k: &str| d[k].as_array().cloned().unwrap_or_default();
        tables[0].push(row(vec![
            ("doc_id", id.clone()),
            ("source", cell(&d["source"])),
            ("language", cell(&d["language"])),
            ("language_confidence", cell_f(&d["language_confidence"])),
            ("chars", cell(&d["chars"])),
            ("bytes", cell(&d["bytes"])),
            ("sentences", arr("sentences").len().to_string()),
            ("entities", arr("entities").len().to_string()),
            ("status", cell(&d["status"])),
            ("error", cell(&d["error"])),
            ("script", cell(&d["script"])),
            ("reliable", cell(&d["reliable"])),
            ("variant", cell(&d["variant"])),
        ]));
        let offsets = |s: &serde_json::Value| {
            ["char_start", "char_end", "byte_start", "byte_end"].map(|k| (k, cell(&s[k])))
        };
        for s in arr("segments") {
            let mut r = vec![("doc_id", id.clone()), ("segment", cell(&s["segment"]))];
            r.extend(offsets(&s));
            r.extend([
                ("language", cell(&s["language"])),
                ("script", cell(&s["script"])),
                ("confidence", cell_f(&s["confidence"])),
                ("reliable", cell(&s["reliable"])),
                ("variant", cell(&s["variant"])),
            ]);
            tables[1].push(row(r));
        }
        for s in arr("sentences") {
            let mut r = vec![("doc_id", id.clone()), ("sentence", cell(&s["sentence"]))];
            r.extend(offsets(&s));
            r.extend([
                ("language", cell(&s["language"])),
                ("text", cell(&s["text"])),
            ]);
            tables[2].push(row(r));
        }
        for e in arr("entities") {
            let mut r = vec![
                ("doc_id", id.clone()),
                ("sentence", cell(&e["sentence"])),
                ("entity", cell(&e["entity"])),
            ];
            r.extend(offsets(&e));
            r.extend([
                ("label", cell(&e["label"])),
                ("text", cell(&e["text"])),
                ("source", cell(&e["source"])),
                ("confidence", cell_f(&e["confidence"])),
            ]);
            tables[3].push(row(r));
        }
    }
    tables
}

/// Reads the JSONL with Python's `json`, checks every offset with Python `str`/`bytes` slicing, and
/// compares the rows it derives with the CSV tables read by Python's `csv`.
const PYTHON_CHECK: &str = r#"
import csv, json, sys
path, csvdir = sys.argv[1], sys.argv[2]
def f4(x): return "" if x is None else f"{x:.4f}"
def s(x):
    if x is None: return ""
    if isinstance(x, bool): return "true" if x else "false"
    return str(x)
def off(x): return [str(x["char_start"]), str(x["char_end"]), str(x["byte_start"]), str(x["byte_end"])]
tables = {n: [] for n in ("documents.csv", "segments.csv", "sentences.csv", "entities.csv")}
with open(path, encoding="utf-8") as fh:
    for line in fh:
        d = json.loads(line)
        text, i = d["text"], d["id"]
        raw = text.encode("utf-8")
        assert len(text) == d["chars"] and len(raw) == d["bytes"], i
        for layer in ("segments", "sentences", "entities"):
            for x in d[layer]:
                assert text[x["char_start"]:x["char_end"]] == x["text"], (layer, x)
                assert raw[x["byte_start"]:x["byte_end"]].decode("utf-8") == x["text"], (layer, x)
        tables["documents.csv"].append([i, d["source"], s(d["language"]), f4(d["language_confidence"]),
            s(d["chars"]), s(d["bytes"]), str(len(d["sentences"])), str(len(d["entities"])), d["status"],
            s(d["error"]), s(d["script"]), s(d["reliable"]), s(d["variant"])])
        for x in d["segments"]:
            tables["segments.csv"].append([i, str(x["segment"])] + off(x) + [x["language"], x["script"],
                f4(x["confidence"]), s(x["reliable"]), s(x["variant"])])
        for x in d["sentences"]:
            tables["sentences.csv"].append([i, str(x["sentence"])] + off(x) + [x["language"], x["text"]])
        for x in d["entities"]:
            tables["entities.csv"].append([i, str(x["sentence"]), str(x["entity"])] + off(x) +
                [x["label"], x["text"], x["source"], f4(x["confidence"])])
for name, rows in tables.items():
    with open(csvdir + "/" + name, encoding="utf-8", newline="") as fh:
        got = list(csv.reader(fh))[1:]
    if got != rows:
        bad = next((k for k, (a, b) in enumerate(zip(got, rows)) if a != b), min(len(got), len(rows)))
        print(name, "differs at row", bad, got[bad:bad + 1], rows[bad:bad + 1])
        sys.exit(1)
print("python: every CSV row re-derived from the JSONL")
"#;

const TABLES: [&str; 4] = [
    "documents.csv",
    "segments.csv",
    "sentences.csv",
    "entities.csv",
];

#[test]
fn jsonl_gives_back_every_csv_row() {
    let dir = scratch("jsonl");
    let inputs = inputs(&dir);
    run_format("csv", &dir.join("csv"), "2", None, &inputs);
    run_format("jsonl", &dir.join("jsonl"), "2", None, &inputs);
    let derived = rows_from_jsonl(&dir.join("jsonl/documents.jsonl"));
    for (k, name) in TABLES.iter().enumerate() {
        let csv_rows = table(&dir.join("csv"), name);
        assert!(!csv_rows.is_empty() || k == 1, "{name} has rows");
        assert_eq!(derived[k], csv_rows, "{name} re-derived from JSONL");
    }
    // Python's standard library reads the same file and gives back the same rows.
    match std::process::Command::new("python3")
        .args(["-c", PYTHON_CHECK])
        .arg(dir.join("jsonl/documents.jsonl"))
        .arg(dir.join("csv"))
        .output()
    {
        Err(_) => eprintln!("skipped the Python check: python3 is not installed"),
        Ok(out) => assert!(
            out.status.success(),
            "python check failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn conll_export_trains_a_model_that_loads_and_scores() {
    let dir = scratch("conll");
    let inputs = inputs(&dir);
    run_format("conll", &dir.join("out"), "2", None, &inputs);
    let data = dir.join("out/documents.conll");
    let model = dir.join("model.bin");
    let (d, m) = (data.display().to_string(), model.display().to_string());
    let trained = annotate(&[
        "train", "--data", &d, "--format", "conll", "--lang", "en", "--out", &m, "--epochs", "3",
    ]);
    assert!(
        trained.status.success(),
        "{}",
        crate::util::stderr(&trained)
    );
    let loaded = annot::tagger::NerModel::load(&model).expect("the trained model loads");
    assert_eq!(loaded.language(), "en");
    for label in ["PER", "ORG", "LOC"] {
        assert!(
            loaded.labels().iter().any(|l| l.as_str() == label),
            "{label} in {:?}",
            loaded.labels()
        );
    }
    // Scored on its own training data through the pipeline, the model finds most gold entities.
    let scored = annotate(&["eval", "entities", &d, "--model", &m, "--min-f1", "60"]);
    assert!(
        scored.status.success(),
        "{}{}",
        String::from_utf8_lossy(&scored.stdout),
        crate::util::stderr(&scored)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn conllu_sentences_match_the_csv_sentences() {
    let dir = scratch("conllu");
    let inputs = inputs(&dir);
    run_format("conllu", &dir.join("u"), "2", None, &inputs);
    run_format("csv", &dir.join("c"), "2", None, &inputs);
    let text = std::fs::read_to_string(dir.join("u/documents.conllu")).expect("conllu");
    let texts: Vec<String> = text
        .lines()
        .filter_map(|l| l.strip_prefix("# text = ").map(str::to_string))
        .collect();
    let flat = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                    ' '
                } else {
                    c
                }
            })
            .collect()
    };
    let csv_texts: Vec<String> = table(&dir.join("c"), "sentences.csv")
        .iter()
        .map(|r| flat(&r["text"]))
        .collect();
    assert_eq!(texts, csv_texts);
    let mut ids: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("# sent_id = "))
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "sent_id values are unique");
    for line in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        assert_eq!(line.split('\t').count(), 10, "ten columns: {line}");
    }
    assert!(text.contains("NER=B-PER"), "entities in MISC");
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_tables_have_the_csv_row_counts() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let dir = scratch("parquet");
    let inputs = inputs(&dir);
    run_format("parquet", &dir.join("p"), "2", None, &inputs);
    run_format("csv", &dir.join("c"), "2", None, &inputs);
    for name in TABLES {
        let path = dir.join("p").join(name.replace(".csv", ".parquet"));
        let reader =
            SerializedFileReader::new(std::fs::File::open(&path).expect("file")).expect("parquet");
        let rows = reader.metadata().file_metadata().num_rows();
        assert_eq!(rows as usize, table(&dir.join("c"), name).len(), "{name}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
