//! The dataset JSON lines record (`--format jsonl`): one object per document with its text and every
//! layer, holding every column of the four CSV tables, so each CSV row can be re-derived from it, and
//! with the same keys in every record (absent values are `null`), as the Hugging Face `datasets` JSON
//! loader and pandas `read_json(lines=True)` expect. A superset of the `--out -` stream record;
//! both are built by [`crate::output::json`] from the rows every output shares.

use crate::document::Document;
use crate::error::Result;
use crate::output::json::{record_json, JsonRecord};

/// The dataset JSON record of one document, on one line (no trailing newline).
///
/// Keys: `id, source, status, error, language, language_confidence, script, reliable, variant, chars,
/// bytes, text` and arrays `segments`, `sentences`, `entities` whose objects carry the CSV columns
/// (less `doc_id`) plus `text`. Confidences are the CSV's 4-decimal values.
pub fn to_dataset_json(doc: &Document) -> Result<String> {
    record_json(doc, JsonRecord::Dataset)
}
