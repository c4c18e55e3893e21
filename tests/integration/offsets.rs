//! Offsets over arbitrary Unicode: every span's byte range and char range slice the original text to
//! the same string, and every layer is ordered, non-overlapping and inside the document.

use annot::{Document, Pipeline};
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::default_pipeline().expect("default pipeline builds"))
}

fn check(doc: &Document) {
    let chars: Vec<char> = doc.text.chars().collect();
    let json: serde_json::Value =
        serde_json::from_str(&annot::output::to_json(doc).expect("json")).expect("valid json");
    for layer in ["segments", "sentences", "entities"] {
        let mut last_end = 0;
        for span in json[layer].as_array().expect("array") {
            let get = |k: &str| span[k].as_u64().expect("offset") as usize;
            let (cs, ce, bs, be) = (
                get("char_start"),
                get("char_end"),
                get("byte_start"),
                get("byte_end"),
            );
            assert!(
                cs < ce && ce <= chars.len(),
                "{layer} char range {cs}..{ce} in {:?}",
                doc.text
            );
            let by_char: String = chars[cs..ce].iter().collect();
            let by_byte = doc.text.get(bs..be).expect("byte range on char boundaries");
            assert_eq!(by_char, by_byte, "{layer} in {:?}", doc.text);
            assert_eq!(span["text"].as_str(), Some(by_byte));
            assert!(
                bs >= last_end,
                "{layer} ordered and non-overlapping in {:?}",
                doc.text
            );
            last_end = be;
        }
    }
    assert_eq!(doc.check_invariants(), Ok(()));
}

fn unicode_text() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("Dr. Smith said so. ".to_string()),
            Just("3.5 percent rose 12% in 2024. ".to_string()),
            Just("\n".to_string()),
            Just("中文句子。".to_string()),
            Just("日本語です！".to_string()),
            Just("Привет, мир. ".to_string()),
            Just("e\u{301}\u{200d}😀👍🏽 ".to_string()),
            Just("\u{202e}\u{feff}\r".to_string()),
            Just("Supreme Court (SC) ".to_string()),
            "\\PC{0,12}",
            any::<String>(),
        ],
        0..12,
    );
    pieces.prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]
    #[test]
    fn spans_slice_the_original_text(text in unicode_text()) {
        let doc = pipeline().annotate_text("p", &text);
        check(&doc);
    }
}

#[test]
fn awkward_fixed_inputs() {
    for text in [
        "",
        " ",
        "\u{feff}Hello.",
        "a\rb\rc.",
        "x\u{0}y. Z\u{0}.",
        "\u{301}\u{301}. 😀.",
        "Mr.",
        "...",
        "。。。",
        "(((((",
        "U.S.A. U.S. e.g. i.e.",
        "1.2.3.4.5",
    ] {
        check(&pipeline().annotate_text("f", text));
    }
}
