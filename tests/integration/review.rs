//! Corpus review through the real CLI: `report` escapes hostile text and lists failed documents,
//! and `stats` summarises a corpus.

use crate::exports::{inputs, scratch};
use crate::util::annotate;

#[test]
fn report_escapes_hostile_text_and_lists_failed_documents() {
    let dir = scratch("report");
    let mut inputs = inputs(&dir);
    inputs.push("missing-file.txt".into());
    let out = dir.join("r.html");
    let o = out.display().to_string();
    let mut args = vec!["report", "-o", &o, "--sample", "50"];
    args.extend(inputs.iter().map(String::as_str));
    let result = annotate(&args);
    assert!(result.status.success(), "{}", crate::util::stderr(&result));
    let html = std::fs::read_to_string(&out).expect("report written");
    assert!(
        !html.contains("<script>alert") && !html.contains("<img"),
        "hostile markup escaped"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert_eq!(
        html.matches("<script>").count(),
        1,
        "only the report's own script"
    );
    assert_eq!(
        html.matches("class=\"error-row\"").count(),
        2,
        "malformed line and missing file"
    );
    assert_eq!(
        html.matches("<article class=\"doc\"").count(),
        crate::exports::annotated_inputs(),
        "every annotated document"
    );
    assert_eq!(html.matches("<svg").count(), 4);
    assert!(
        !html.contains("https://") && !html.contains("src=\"http"),
        "no network resources"
    );
    let stats = annotate(&["stats", "samples/docs", "samples/batch.jsonl"]);
    let text = String::from_utf8_lossy(&stats.stdout);
    assert!(stats.status.success());
    assert!(
        text.contains("documents") && text.contains("entities per label"),
        "{text}"
    );
    assert!(text.contains("documents with errors: 0"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
