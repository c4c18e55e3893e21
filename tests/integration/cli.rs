//! The CLI end to end on the bundled samples: golden tables (updated only on purpose, with
//! `UPDATE_GOLDEN=1 cargo test`), identical output for any thread count (and with `--preload`),
//! JSON lines on stdout.

use crate::util::table;
use crate::util::{annotate, annotate_stdin, root, stderr, DefaultVariant};

const TABLES: [&str; 4] = [
    "documents.csv",
    "segments.csv",
    "sentences.csv",
    "entities.csv",
];

fn run_samples(threads: &str, batch_pipeline: Option<&str>) -> tempfile::TempDir {
    run_samples_with(threads, batch_pipeline, &[])
}

fn run_samples_with(
    threads: &str,
    batch_pipeline: Option<&str>,
    extra: &[&str],
) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().to_str().expect("utf-8 temp path").to_string();
    let mut args = vec!["run", "--quiet", "--threads", threads, "--out", &out];
    args.extend(extra);
    if let Some(p) = batch_pipeline {
        args.extend(["--pipeline", p]);
    }
    args.extend(["samples/docs", "samples/batch.jsonl"]);
    let result = annotate(&args);
    assert_eq!(result.status.code(), Some(0), "stderr: {}", stderr(&result));
    dir
}

#[test]
fn samples_match_golden_tables() {
    let dir = run_samples("2", None);
    let golden = root().join("tests/golden");
    for t in TABLES {
        let got = std::fs::read_to_string(dir.path().join(t)).expect("table written");
        let path = golden.join(t);
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, &got).expect("golden written");
            continue;
        }
        let want = std::fs::read_to_string(&path)
            .expect("golden file exists (UPDATE_GOLDEN=1 creates it)");
        assert!(got == want, "{t} differs from tests/golden/{t}; rerun with UPDATE_GOLDEN=1 if the change is intended");
    }
}

#[test]
fn output_is_identical_for_any_thread_count_and_batch_size() {
    let one = run_samples("1", None);
    let four = run_samples("4", None);
    // models decoded before the first document instead of on first use: the same tables
    let preloaded = run_samples_with("2", None, &["--preload"]);
    let small_batches = DefaultVariant::new("tiny-batches", "batch_size = 256", "batch_size = 1");
    let tiny = run_samples("3", Some(small_batches.arg()));
    for t in TABLES {
        let a = std::fs::read(one.path().join(t)).expect("table");
        assert_eq!(
            a,
            std::fs::read(four.path().join(t)).expect("table"),
            "{t}: 1 vs 4 threads"
        );
        assert_eq!(
            a,
            std::fs::read(tiny.path().join(t)).expect("table"),
            "{t}: batch size 256 vs 1"
        );
        assert_eq!(
            a,
            std::fs::read(preloaded.path().join(t)).expect("table"),
            "{t}: models on first use vs --preload"
        );
    }
}

#[test]
fn every_document_is_accounted_for_in_input_order() {
    let dir = run_samples("2", None);
    let docs = table(dir.path(), "documents.csv");
    let ids: Vec<&str> = docs.iter().map(|r| r["doc_id"].as_str()).collect();
    let mut files: Vec<String> = std::fs::read_dir(root().join("samples/docs"))
        .expect("samples")
        .map(|e| {
            format!(
                "samples/docs/{}",
                e.expect("entry").file_name().to_string_lossy()
            )
        })
        .collect();
    files.sort();
    let mut want: Vec<String> = files;
    want.extend(["web-001", "web-002", "3", "web-004", "web-005"].map(String::from));
    assert_eq!(ids, want);
    assert!(docs.iter().all(|r| r["status"] == "ok"), "{docs:?}");
}

#[test]
fn stdin_jsonl_streams_one_json_object_per_document() {
    let input = b"{\"id\": \"a\", \"text\": \"First line.\\nSecond one here.\"}\nnot json\n{\"id\": 7, \"text\": \"Bonjour tout le monde.\"}\n";
    let out = annotate_stdin(&["run", "--quiet", "--out", "-", "-"], Some(input));
    assert_eq!(
        out.status.code(),
        Some(0),
        "stream mode reports a malformed line as a record and exits 0: {}",
        stderr(&out)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8 output");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["sentences"].as_array().map(Vec::len), Some(2));
    assert_eq!(lines[1]["status"], "malformed");
    assert_eq!(lines[1]["source"], "stdin:2");
    assert_eq!(lines[2]["id"], "7");
    assert_eq!(lines[2]["language"], "fr");
}

#[test]
fn closed_stdout_exits_zero() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut big = String::new();
    for i in 0..3000 {
        big.push_str(&format!(
            "{{\"id\": {i}, \"text\": \"A short document number {i}. It has two sentences.\"}}\n"
        ));
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(["run", "--quiet", "--out", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(big.as_bytes());
    });
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let status = child.wait().expect("exits");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn help_explains_every_flag() {
    let out = annotate(&["run", "--help"]);
    let help = String::from_utf8_lossy(&out.stdout);
    for flag in [
        "--pipeline",
        "--threads",
        "--out",
        "--stdin-format",
        "--quiet",
        "INPUT",
    ] {
        assert!(help.contains(flag), "run --help mentions {flag}");
    }
}
