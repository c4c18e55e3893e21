//! Stream mode (`annotate run --out - -`), the contract engines rely on when they pipe records through
//! the binary (Spark `rdd.pipe`, Hadoop Streaming): one JSON object per input document per line, in
//! input order, never a raw line break inside a record, logs on stderr only, `--exit-zero` turning
//! document-level failures into exit 0 while fatal errors stay non-zero, and records that do not depend
//! on how the input was split into partitions or on the thread count.

use crate::util::{annotate_stdin, stderr};
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

/// A few hundred JSONL documents in several languages and shapes (written here, not copied from data).
fn corpus(n: usize) -> String {
    let texts = [
        "Dr. Ada Brown met the mayor of Leeds on 3 March 2021. Sales rose 12% to $4.5 million.",
        "Le président a visité Lyon mardi.\nIl a parlé pendant deux heures.",
        "Die Firma Siemens meldet 5 % mehr Umsatz. Das ist gut.",
        "东京大学的研究人员发表了新论文。他们很高兴。",
        "Line one\r\nline two\rline three\u{2028}line four\u{2029}line five\u{85}end.",
        "Tabs\tand \"quotes\" and back\\slashes, emoji 👍🏽 and combining e\u{301}.",
        "Москва объявила о новых мерах. Президент выступил в среду.",
    ];
    let mut out = String::new();
    for i in 0..n {
        let text = texts.get(i % texts.len()).copied().unwrap_or_default();
        let record =
            serde_json::json!({ "id": format!("doc-{i:04}"), "text": format!("{text} #{i}") });
        out.push_str(&record.to_string());
        out.push('\n');
    }
    out
}

/// Parses every stdout line as JSON, failing the test on a line that is not exactly one object.
fn records(stdout: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(stdout).expect("stdout is UTF-8");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "the last record ends its line"
    );
    text.split('\n')
        .filter(|l| !l.is_empty())
        .map(|l| {
            assert!(
                !l.contains(['\r', '\u{85}', '\u{2028}', '\u{2029}']),
                "no line break of any kind inside a record: {l}"
            );
            let v: Value = serde_json::from_str(l).expect("each stdout line is one JSON object");
            assert!(v.is_object(), "{l}");
            v
        })
        .collect()
}

/// A record without its `source` (which names the input line, so it depends on partitioning).
fn without_source(mut v: Value) -> Value {
    if let Some(map) = v.as_object_mut() {
        map.remove("source");
    }
    v
}

#[test]
fn one_record_per_line_in_input_order_with_exact_offsets() {
    let input = corpus(300);
    let out = annotate_stdin(
        &["run", "--quiet", "--threads", "2", "--out", "-", "-"],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 300);
    for (i, (rec, line)) in recs.iter().zip(input.lines()).enumerate() {
        let doc: Value = serde_json::from_str(line).expect("input line");
        assert_eq!(rec["id"], format!("doc-{i:04}"));
        assert_eq!(rec["source"], format!("stdin:{}", i + 1));
        assert_eq!(rec["status"], "ok", "{rec}");
        let text = doc["text"].as_str().expect("text");
        assert_eq!(rec["bytes"], text.len());
        assert_eq!(rec["chars"], text.chars().count());
        for layer in ["segments", "sentences", "entities"] {
            for span in rec[layer].as_array().expect("layer array") {
                let b = |k: &str| span[k].as_u64().map(|x| x as usize);
                let by_bytes = b("byte_start")
                    .zip(b("byte_end"))
                    .and_then(|(s, e)| text.get(s..e));
                let by_chars: Option<String> = b("char_start")
                    .zip(b("char_end"))
                    .map(|(s, e)| text.chars().skip(s).take(e.saturating_sub(s)).collect());
                assert_eq!(span["text"].as_str(), by_bytes, "{layer} {span}");
                assert_eq!(by_chars.as_deref(), by_bytes, "{layer} {span}");
            }
        }
        assert!(!rec["sentences"].as_array().expect("sentences").is_empty());
    }
    let langs: Vec<&str> = recs.iter().filter_map(|r| r["language"].as_str()).collect();
    for want in ["en", "fr", "de", "zh", "ru"] {
        assert!(langs.contains(&want), "{want} in {langs:?}");
    }
}

#[test]
fn a_bad_line_is_an_error_record_and_exit_zero() {
    let input = b"{\"id\": \"a\", \"text\": \"Fine text.\"}\n{\"id\": \"b\", \"text\": \nnot json at all\n{\"id\": {\"x\": 1}, \"text\": \"Object id.\"}\n{\"id\": \"e\", \"text\": \"   \"}\n{\"id\": \"c\", \"text\": \"Fine again.\"}\n";
    let out = annotate_stdin(&["run", "--quiet", "--out", "-", "-"], Some(input));
    assert_eq!(
        out.status.code(),
        Some(0),
        "stream mode: failed documents are records, not a failed task: {}",
        stderr(&out)
    );
    let flagged = annotate_stdin(
        &["run", "--quiet", "--exit-zero", "--out", "-", "-"],
        Some(input),
    );
    assert_eq!(flagged.status.code(), Some(0));
    assert_eq!(
        out.stdout, flagged.stdout,
        "the flag changes nothing in stream mode"
    );
    let recs = records(&out.stdout);
    let statuses: Vec<&str> = recs.iter().filter_map(|r| r["status"].as_str()).collect();
    assert_eq!(
        statuses,
        ["ok", "malformed", "malformed", "malformed", "empty", "ok"]
    );
    for rec in &recs[1..5] {
        assert!(
            rec["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{rec}"
        );
        assert_eq!(rec["sentences"], serde_json::json!([]));
    }
    assert_eq!(recs[1]["source"], "stdin:2");
    assert_eq!(recs[5]["id"], "c");
    assert_eq!(recs[5]["error"], Value::Null);
}

#[test]
fn logs_go_to_stderr_only() {
    let input = corpus(20);
    let out = annotate_stdin(&["run", "--out", "-", "-"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(records(&out.stdout).len(), 20);
    let err = stderr(&out);
    assert!(
        err.contains("20 documents"),
        "the summary is on stderr: {err}"
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("documents ("));
}

#[test]
fn fatal_errors_exit_non_zero_with_nothing_on_stdout() {
    let input = corpus(5);
    let out = annotate_stdin(
        &[
            "run",
            "--exit-zero",
            "--pipeline",
            "no-such-pipeline",
            "--out",
            "-",
            "-",
        ],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("no-such-pipeline"));
}

#[cfg(target_os = "linux")]
#[test]
fn a_failing_stdout_is_fatal_even_with_exit_zero() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // no /dev/full in this sandbox
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(["run", "--quiet", "--exit-zero", "--out", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let input = corpus(50);
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    let out = child.wait_with_output().expect("exits");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("error"), "{}", stderr(&out));
}

#[test]
fn stdout_closed_before_any_output_exits_zero() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(["run", "--exit-zero", "--out", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let input = corpus(2000);
    let writer = child.stdin.take().map(|mut stdin| {
        std::thread::spawn(move || {
            let _ = stdin.write_all(input.as_bytes());
        })
    });
    let out = child.wait_with_output().expect("exits");
    if let Some(w) = writer {
        let _ = w.join();
    }
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("error"),
        "a closed stdout is not reported as an error: {}",
        stderr(&out)
    );
}

#[test]
fn records_do_not_depend_on_partitioning_or_threads() {
    let input = corpus(120);
    let whole = annotate_stdin(
        &["run", "--quiet", "--threads", "1", "--out", "-", "-"],
        Some(input.as_bytes()),
    );
    let parallel = annotate_stdin(
        &["run", "--quiet", "--threads", "2", "--out", "-", "-"],
        Some(input.as_bytes()),
    );
    assert_eq!(whole.status.code(), Some(0));
    assert_eq!(
        whole.stdout, parallel.stdout,
        "byte-identical for any thread count"
    );
    let lines: Vec<&str> = input.lines().collect();
    let mut parts = Vec::new();
    for chunk in lines.chunks(37) {
        let part = format!("{}\n", chunk.join("\n"));
        let out = annotate_stdin(
            &["run", "--quiet", "--out", "-", "-"],
            Some(part.as_bytes()),
        );
        assert_eq!(out.status.code(), Some(0));
        parts.extend(records(&out.stdout).into_iter().map(without_source));
    }
    let whole: Vec<Value> = records(&whole.stdout)
        .into_iter()
        .map(without_source)
        .collect();
    assert_eq!(whole.len(), 120);
    assert_eq!(
        parts, whole,
        "split like Spark partitions, the records are the same but for source"
    );
}

#[test]
fn stream_records_match_the_csv_tables() {
    let input = corpus(40);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("in.jsonl");
    std::fs::write(&file, &input).expect("write input");
    let tables = dir.path().join("out");
    let path = |p: &std::path::Path| p.display().to_string();
    let csv = crate::util::annotate(&["run", "--quiet", "--out", &path(&tables), &path(&file)]);
    assert_eq!(csv.status.code(), Some(0), "{}", stderr(&csv));
    let out = annotate_stdin(
        &["run", "--quiet", "--out", "-", "-"],
        Some(input.as_bytes()),
    );
    let recs = records(&out.stdout);
    let entities = crate::util::table(&tables, "entities.csv");
    let from_json: Vec<(String, String, String, String)> = recs
        .iter()
        .flat_map(|r| {
            let id = r["id"].as_str().unwrap_or_default().to_string();
            r["entities"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(move |e| {
                    (
                        id.clone(),
                        e["char_start"].to_string(),
                        e["label"].as_str().unwrap_or_default().to_string(),
                        e["text"].as_str().unwrap_or_default().to_string(),
                    )
                })
        })
        .collect();
    let from_csv: Vec<(String, String, String, String)> = entities
        .iter()
        .map(|row| {
            let get = |k: &str| row.get(k).cloned().unwrap_or_default();
            (get("doc_id"), get("char_start"), get("label"), get("text"))
        })
        .collect();
    assert!(!from_csv.is_empty());
    assert_eq!(from_json, from_csv);
    let sentences = crate::util::table(&tables, "sentences.csv");
    let json_sentences: usize = recs
        .iter()
        .filter_map(|r| r["sentences"].as_array().map(Vec::len))
        .sum();
    assert_eq!(json_sentences, sentences.len());
}
