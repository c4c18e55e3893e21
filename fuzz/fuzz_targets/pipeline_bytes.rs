//! Fuzz target: arbitrary bytes, decoded as a .txt file would be, through the whole default pipeline.
#![no_main]
use annot::input::text_document;
use annot::{Pipeline, RunSettings};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::default_pipeline().expect("default pipeline"))
}

fuzz_target!(|data: &[u8]| {
    let mut doc = text_document("fuzz.txt", data, &RunSettings::default()).into_document();
    pipeline().annotate(&mut doc);
    assert_eq!(doc.check_invariants(), Ok(()));
    assert_ne!(doc.status, annot::Status::Failed, "{:?}", doc.error);
});
