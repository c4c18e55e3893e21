//! Bad documents never stop a run and never lose the others: each gets a status and a clear error.

use crate::util::{annotate, stderr, table};
use std::io::Write;

#[test]
fn bad_documents_get_a_status_and_the_run_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::write(
        d.join("a_good.txt"),
        "Dr. Ada Byron met Mr. Babbage in London. They talked for hours.",
    )
    .unwrap();
    std::fs::write(
        d.join("b_invalid_utf8.txt"),
        b"Caf\xe9 au lait, s'il vous pla\xeet. Merci beaucoup.",
    )
    .unwrap();
    std::fs::write(d.join("c_empty.txt"), "").unwrap();
    std::fs::write(d.join("d_blank.txt"), " \n\t \n").unwrap();
    let mut binary = b"\x7fELF\x02\x01\x01\x00".to_vec();
    binary.extend((0..4096u32).map(|i| (i % 7) as u8));
    std::fs::write(d.join("e_binary.txt"), binary).unwrap();
    let mut huge = std::fs::File::create(d.join("f_huge.txt")).unwrap();
    let chunk = "word ".repeat(10_000);
    for _ in 0..1100 {
        huge.write_all(chunk.as_bytes()).unwrap(); // 55 MB, no punctuation at all
    }
    drop(huge);
    std::fs::write(
        d.join("g_batch.jsonl"),
        "{\"id\": \"ok1\", \"text\": \"Fine.\"}\n{\"id\": \"broken\", \"text\": \n\n{\"id\": [1], \"text\": \"x\"}\n{\"id\": \"notext\"}\n{\"id\": \"ok2\", \"text\": \"Also fine.\"}\n",
    )
    .unwrap();
    let missing = d.join("h_missing.txt");
    let out_dir = d.join("out");
    let args = [
        "run",
        "--quiet",
        "--out",
        out_dir.to_str().unwrap(),
        d.to_str().unwrap(),
        missing.to_str().unwrap(),
    ];
    let out = annotate(&args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "some documents failed: {}",
        stderr(&out)
    );
    let docs = table(&out_dir, "documents.csv");
    let status: Vec<(String, String)> = docs
        .iter()
        .map(|r| {
            (
                r["doc_id"].rsplit('/').next().unwrap_or("").to_string(),
                r["status"].clone(),
            )
        })
        .collect();
    let want = [
        ("a_good.txt", "ok"),
        ("b_invalid_utf8.txt", "lossy"),
        ("c_empty.txt", "empty"),
        ("d_blank.txt", "empty"),
        ("e_binary.txt", "binary"),
        ("f_huge.txt", "too_large"),
        ("ok1", "ok"),
        ("g_batch.jsonl:2", "malformed"),
        ("g_batch.jsonl:4", "malformed"),
        ("notext", "malformed"),
        ("ok2", "ok"),
        ("h_missing.txt", "unreadable"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(status, want);
    for r in &docs {
        if r["status"] != "ok" {
            assert!(
                !r["error"].is_empty(),
                "{} has an error message",
                r["doc_id"]
            );
        }
    }
    let lossy = docs.iter().find(|r| r["status"] == "lossy").unwrap();
    assert!(
        lossy["error"].contains("2 byte sequence"),
        "{}",
        lossy["error"]
    );
    assert!(
        lossy["sentences"].parse::<usize>().unwrap() >= 2,
        "a lossy document is still annotated"
    );
    let huge = docs.iter().find(|r| r["status"] == "too_large").unwrap();
    assert!(
        huge["error"].contains("max_document_bytes"),
        "{}",
        huge["error"]
    );
    assert!(
        !out_dir.join(".documents.csv.partial").exists(),
        "no temporary file is left"
    );
}

#[test]
fn a_missing_input_alone_is_reported_not_fatal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out_dir = dir.path().join("out");
    let out = annotate(&[
        "run",
        "--quiet",
        "--out",
        out_dir.to_str().unwrap(),
        "no/such/file.txt",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let docs = table(&out_dir, "documents.csv");
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["status"], "unreadable");
}

#[test]
fn an_unwritable_output_is_fatal_with_exit_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "x").unwrap();
    let out_dir = blocker.join("out");
    let out = annotate(&[
        "run",
        "--quiet",
        "--out",
        out_dir.to_str().unwrap(),
        "samples/docs/en_news.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("creating output folder"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn hostile_inputs_are_each_accounted_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let mut lines: Vec<String> = vec![
        r#"{"id": "surrogate", "text": "lone \ud800 here. And more."}"#.into(),
        r#"{"id": "bom", "text": "\ufeffStarts with a BOM. Then text."}"#.into(),
        r#"{"id": "cr", "text": "Line one\rLine two\rLine three."}"#.into(),
        r#"{"id": "nul", "text": "Has a \u0000 NUL byte. Still text."}"#.into(),
        r#"{"id": "bidi", "text": "\u202eReversed\u202c and \u200bzero\u200dwidth. Next."}"#.into(),
        r#"{"id": "marks", "text": "\u0301\u0301 starts with marks. Ends with emoji 👩‍👩‍👧‍👦"}"#.into(),
        r#"{"id": "dup", "text": "First copy."}"#.into(),
        r#"{"id": "dup", "text": "Second copy."}"#.into(),
        r#"{"id": 3.5, "text": "A numeric id."}"#.into(),
        r#"{"id": true, "text": "A boolean id."}"#.into(),
        format!(
            r#"{{"id": "nested", "text": "Deep extra field.", "extra": {}}}"#,
            "[".repeat(200_000) + &"]".repeat(200_000)
        ),
        format!(r#"{{"id": "word", "text": "{}"}}"#, "a".repeat(1_000_000)),
        format!(
            r#"{{"id": "names", "text": "{}"}}"#,
            "Mr. John Smith met Dr. Ann Lee. ".repeat(50_000)
        ),
    ];
    lines.push("{\"id\": \"crlf\", \"text\": \"Windows line end.\"}\r".into());
    std::fs::write(d.join("hostile.jsonl"), lines.join("\n")).expect("write");
    let out_dir = d.join("out");
    let out = annotate(&[
        "run",
        "--quiet",
        "--out",
        out_dir.to_str().unwrap(),
        d.join("hostile.jsonl").to_str().unwrap(),
    ]);
    let docs = table(&out_dir, "documents.csv");
    let got: Vec<(String, String)> = docs
        .iter()
        .map(|r| (r["doc_id"].clone(), r["status"].clone()))
        .collect();
    let path = d.join("hostile.jsonl").display().to_string();
    let want = [
        ("surrogate", "lossy"),
        ("bom", "ok"),
        ("cr", "ok"),
        ("nul", "ok"),
        ("bidi", "ok"),
        ("marks", "ok"),
        ("dup", "ok"),
        ("dup", "ok"),
        ("3.5", "ok"),
        (&format!("{path}:10"), "malformed"),
        ("nested", "ok"),
        ("word", "ok"),
        ("names", "ok"),
        ("crlf", "ok"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want, "{}", stderr(&out));
    assert_eq!(out.status.code(), Some(1));
    let cr = docs.iter().find(|r| r["doc_id"] == "cr").unwrap();
    assert_eq!(cr["sentences"], "3", "CR-only line ends separate lines");
}

#[test]
fn a_document_over_the_time_limit_is_reported_and_the_run_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pipeline = crate::util::DefaultVariant::new(
        "timeout",
        "max_document_seconds = 60.0",
        "max_document_seconds = 0.0",
    );
    let out_dir = dir.path().join("out");
    let out = annotate(&[
        "run",
        "--quiet",
        "--pipeline",
        pipeline.arg(),
        "--out",
        out_dir.to_str().unwrap(),
        "samples/batch.jsonl",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let docs = table(&out_dir, "documents.csv");
    assert_eq!(docs.len(), 5);
    assert!(docs
        .iter()
        .all(|r| r["status"] == "timeout" && r["error"].contains("max_document_seconds")));
    assert!(
        table(&out_dir, "sentences.csv").is_empty(),
        "partial annotations are dropped"
    );
}
