//! Statistical entity tagger: an averaged structured perceptron over BILOU tags with Viterbi
//! decoding, rich local features and document-level features, built for fast CPU inference.
//!
//! Pure model code (no I/O besides reading corpora and writing a model in `train_command`, no
//! `Document`): the pipeline calls [`NerModel::tag`] per document. See `docs/tagger.md`.
//!
//! ```
//! use annot::tagger::tokenize;
//! let text = "Mr. Smith visited the U.S. in 2001.";
//! let toks: Vec<&str> = tokenize(text, 0..text.len(), "en").into_iter().map(|r| &text[r]).collect();
//! assert_eq!(toks, ["Mr.", "Smith", "visited", "the", "U.S.", "in", "2001", "."]);
//! ```

mod acronyms;
mod augment;
pub mod calibrate;
mod cjk;
mod context;
pub mod corpus;
mod cues;
pub mod cyrillic;
pub mod decode;
pub mod eval;
mod events;
pub mod features;
mod format;
pub mod hashing;
mod heads;
pub mod lexicon;
mod marginals;
mod memory;
pub mod model;
pub mod names;
mod perceptron;
mod places;
pub mod script;
mod spans;
pub mod tags;
mod token_facts;
pub mod tokenize;
pub mod train;
pub mod weights;
mod word_scores;

pub use eval::{eval_entities, EvalReport, LabelScore};
pub use model::NerModel;
pub use tokenize::tokenize;
pub use train::{train_command, TrainOptions};

/// The language code of the multilingual fallback model (`pipelines/models/ner-xx.bin`), which
/// tags the languages that have no model of their own.
pub const FALLBACK_LANG: &str = "xx";

impl NerModel {
    /// Parses a model file (as written by [`NerModel::to_bytes`] or `annotate train`).
    pub fn from_bytes(bytes: &[u8]) -> Result<NerModel, String> {
        format::decode(bytes)
    }

    /// Serialises the model (deflate-compressed, 16-bit quantised weights).
    pub fn to_bytes(&self) -> Vec<u8> {
        format::encode(self)
    }

    /// Loads a model file from disk.
    pub fn load(path: &std::path::Path) -> Result<NerModel, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
        Self::from_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{EntityLabel, EntitySource, SentenceView};

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn model_is_shareable() {
        assert_send_sync::<NerModel>();
    }

    fn shipped(lang: &str) -> Option<NerModel> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("pipelines/models/ner-{lang}.bin"));
        std::fs::read(path)
            .ok()
            .map(|b| NerModel::from_bytes(&b).unwrap())
    }

    #[test]
    fn shipped_english_model_finds_obvious_entities() {
        let Some(m) = shipped("en") else { return };
        assert_eq!(m.language(), "en");
        let text = "Ärzte said so.\nAngela Merkel met Emmanuel Macron in Paris on Monday .";
        let sents = [
            SentenceView {
                range: (0, 14),
                lang: "en",
            },
            SentenceView {
                range: (15, text.len()),
                lang: "en",
            },
        ];
        let got: Vec<(&str, EntityLabel)> = m
            .tag(text, &sents)
            .iter()
            .map(|c| (&text[c.range.clone()], c.label))
            .collect();
        assert!(
            got.contains(&("Angela Merkel", EntityLabel::Per)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Emmanuel Macron", EntityLabel::Per)),
            "{got:?}"
        );
        assert!(got.contains(&("Paris", EntityLabel::Loc)), "{got:?}");
        for c in m.tag(text, &sents) {
            assert_eq!(c.source, EntitySource::Model);
            assert!(c.confidence.is_some_and(|p| (0.0..=1.0).contains(&p)));
        }
    }

    #[test]
    fn every_shipped_model_loads_and_round_trips() {
        for lang in ["en", "zh", "hr", "da", "pt", "sr", "sk", "sv"] {
            let Some(m) = shipped(lang) else { continue };
            assert_eq!(m.language(), lang);
            let again = NerModel::from_bytes(&m.to_bytes()).unwrap();
            assert_eq!(again.to_bytes(), m.to_bytes());
        }
    }

    #[test]
    fn bad_sentence_ranges_are_skipped() {
        let Some(m) = shipped("zh") else { return };
        let text = "我在北京工作。";
        // 1..2 is inside the first character; 0..99 is out of bounds.
        let bad = [
            SentenceView {
                range: (1, 2),
                lang: "zh",
            },
            SentenceView {
                range: (0, 99),
                lang: "zh",
            },
        ];
        assert!(m.tag(text, &bad).is_empty());
        let good = [SentenceView {
            range: (0, text.len()),
            lang: "zh",
        }];
        for c in m.tag(text, &good) {
            assert!(text.is_char_boundary(c.range.start) && text.is_char_boundary(c.range.end));
        }
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(NerModel::from_bytes(&[]).is_err());
        assert!(NerModel::from_bytes(&[0xff; 64]).is_err());
    }
}
