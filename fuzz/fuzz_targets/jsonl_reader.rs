//! Fuzz target: arbitrary bytes as a JSONL stream (as stdin or a .jsonl file would be read) through the
//! whole pipeline. Every line must become exactly one accounted-for document, and nothing may panic.
#![no_main]
use annot::input::jsonl_documents;
use annot::{Pipeline, RunSettings};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::default_pipeline().expect("default pipeline"))
}

fuzz_target!(|data: &[u8]| {
    let limits = RunSettings { max_line_bytes: 4096, max_document_bytes: 4096, ..RunSettings::default() };
    let reader = Box::new(std::io::Cursor::new(data.to_vec()));
    for raw in jsonl_documents("fuzz", reader, limits) {
        let mut doc = raw.into_document();
        pipeline().annotate(&mut doc);
        assert_eq!(doc.check_invariants(), Ok(()));
    }
});
