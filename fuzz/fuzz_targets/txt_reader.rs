//! Fuzz target: arbitrary bytes as a .txt file (size limit, binary check, BOM, lossy UTF-8).
#![no_main]
use annot::input::text_document;
use annot::RunSettings;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = text_document("fuzz.txt", data, &RunSettings::default());
    if let Ok(text) = &raw.content {
        assert!(text.len() <= data.len() + 3 * raw.replaced);
    }
    let _ = raw.into_document();
});
