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

pub mod corpus;
pub mod decode;
pub mod eval;
pub mod features;
mod format;
pub mod lexicon;
pub mod model;
mod perceptron;
pub mod tags;
pub mod tokenize;
pub mod train;
pub mod weights;

pub use eval::{eval_entities, EvalReport, LabelScore};
pub use model::NerModel;
pub use tokenize::tokenize;
pub use train::{train_command, TrainOptions};

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

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn model_is_shareable() {
        assert_send_sync::<NerModel>();
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(NerModel::from_bytes(&[]).is_err());
        assert!(NerModel::from_bytes(&[0xff; 64]).is_err());
    }
}
