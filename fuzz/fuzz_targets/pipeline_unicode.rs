//! Fuzz target: arbitrary Unicode text through the whole default pipeline; every span must slice the
//! original text by bytes and by chars to the same string, and no processor may fail or panic.
#![no_main]
use annot::Pipeline;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::default_pipeline().expect("default pipeline"))
}

fuzz_target!(|text: String| {
    let doc = pipeline().annotate_text("fuzz", &text);
    assert_eq!(doc.check_invariants(), Ok(()));
    assert_ne!(doc.status, annot::Status::Failed, "{:?}", doc.error);
    let chars: Vec<char> = text.chars().collect();
    for s in &doc.sentences {
        let by_char: String = chars[s.span.char_range()].iter().collect();
        assert_eq!(by_char, doc.slice(&s.span));
    }
    for e in &doc.entities {
        let by_char: String = chars[e.span.char_range()].iter().collect();
        assert_eq!(by_char, doc.slice(&e.span));
    }
});
