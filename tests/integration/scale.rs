//! Long-run features: `--resume` after a kill gives byte-identical files; gzip inputs read as plain ones.

use crate::util::{annotate, stderr};
use std::io::Write;
use std::process::{Command, Stdio};

const TABLES: [&str; 4] = [
    "documents.csv",
    "segments.csv",
    "sentences.csv",
    "entities.csv",
];

fn corpus(path: &std::path::Path, docs: usize) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("corpus"));
    for i in 0..docs {
        writeln!(
            f,
            "{{\"id\": \"doc{i}\", \"text\": \"Report {i} came out on Monday. Prof. Lee of Oslo University said costs rose {}%. 第{i}号。\"}}",
            i % 97
        )
        .expect("write");
    }
}

#[test]
fn a_killed_run_resumes_to_identical_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("corpus.jsonl");
    corpus(&input, 60_000);
    let (full, resumed) = (dir.path().join("full"), dir.path().join("resumed"));
    let input_s = input.to_str().expect("path");
    let out = annotate(&[
        "run",
        "--quiet",
        "--threads",
        "2",
        "--out",
        full.to_str().expect("path"),
        input_s,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args([
            "run",
            "--quiet",
            "--threads",
            "2",
            "--out",
            resumed.to_str().expect("path"),
            input_s,
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let progress = resumed.join(".progress");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !progress.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().expect("kill");
    let _ = child.wait();
    assert!(
        progress.exists(),
        "a checkpoint was written before the kill"
    );
    assert!(
        !resumed.join("documents.csv").exists(),
        "an interrupted run leaves no file that looks complete"
    );

    let out = annotate(&[
        "run",
        "--resume",
        "--threads",
        "1",
        "--out",
        resumed.to_str().expect("path"),
        input_s,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("resumed after"), "{}", stderr(&out));
    for t in TABLES {
        let a = std::fs::read(full.join(t)).expect("table");
        let b = std::fs::read(resumed.join(t)).expect("table");
        assert!(a == b, "{t} differs after resume");
    }
    assert!(
        !progress.exists(),
        "the checkpoint is removed when the run completes"
    );
}

#[test]
fn resume_refuses_a_different_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out_dir = dir.path().join("out");
    std::fs::create_dir_all(&out_dir).expect("dir");
    for t in TABLES {
        std::fs::write(out_dir.join(format!(".{t}.partial")), "").expect("partial");
    }
    std::fs::write(out_dir.join(".progress"), "1 12345 0 0 0 0\n").expect("progress");
    let out = annotate(&[
        "run",
        "--resume",
        "--out",
        out_dir.to_str().expect("path"),
        "samples/batch.jsonl",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot resume"), "{}", stderr(&out));
    assert!(!out_dir.join("documents.csv").exists());
}

#[test]
fn gzip_inputs_read_like_plain_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plain = std::fs::read("samples/batch.jsonl").expect("sample");
    let gz_path = dir.path().join("batch.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&plain).expect("gzip");
    std::fs::write(&gz_path, enc.finish().expect("gzip")).expect("write");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    let r1 = annotate(&[
        "run",
        "--quiet",
        "--out",
        a.to_str().expect("p"),
        "samples/batch.jsonl",
    ]);
    let r2 = annotate(&[
        "run",
        "--quiet",
        "--out",
        b.to_str().expect("p"),
        gz_path.to_str().expect("p"),
    ]);
    assert_eq!((r1.status.code(), r2.status.code()), (Some(0), Some(0)));
    for t in ["segments.csv", "sentences.csv", "entities.csv"] {
        assert_eq!(
            std::fs::read(a.join(t)).expect("t"),
            std::fs::read(b.join(t)).expect("t"),
            "{t}"
        );
    }
}

#[test]
fn formula_cells_are_neutralised_on_request() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("f.jsonl");
    std::fs::write(
        &input,
        "{\"id\": \"=cmd\", \"text\": \"=SUM(A1:A9) is a formula.\\n+1 more line here.\"}\n",
    )
    .expect("w");
    let out_dir = dir.path().join("out");
    let r = annotate(&[
        "run",
        "--quiet",
        "--neutralize-formulas",
        "--out",
        out_dir.to_str().expect("p"),
        input.to_str().expect("p"),
    ]);
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    let sentences = std::fs::read_to_string(out_dir.join("sentences.csv")).expect("table");
    assert!(
        sentences.contains("'=cmd,0,") && sentences.contains("'=SUM(A1:A9)"),
        "{sentences}"
    );
    assert!(sentences.contains("'+1 more line here."), "{sentences}");
}
