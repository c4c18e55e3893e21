//! Statistical entity tagger (placeholder until the tagger work lands).
use crate::annotation::{Candidate, SentenceView};

/// A trained model.
#[derive(Debug)]
pub struct NerModel(String);
impl NerModel {
    /// Loads a model.
    pub fn from_bytes(_bytes: &[u8]) -> Result<NerModel, String> {
        Err("no tagger yet".into())
    }
    /// Language.
    pub fn language(&self) -> &str {
        &self.0
    }
    /// Tags.
    pub fn tag(&self, _text: &str, _sentences: &[SentenceView]) -> Vec<Candidate> {
        Vec::new()
    }
}
