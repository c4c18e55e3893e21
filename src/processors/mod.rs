//! The processor types a pipeline file can name, and how each is built from its `[[processors]]` table.
//! Each type's settings are a struct with `deny_unknown_fields`, deserialised after the `type` key is
//! taken out (serde's internally tagged enums do not enforce unknown-field checks reliably).

mod club_mentions;
mod company_words;
mod entities;
mod language;
mod model_choice;
mod name_edges;
mod name_heads;
mod ner_models;
mod seats;
mod sentence_starts;
mod sentences;
mod slavic_places;

use crate::error::{Error, Result};
use crate::processor::Processor;
use crate::resources::Resources;
use serde::de::DeserializeOwned;

pub use entities::{EntityMerge, NerTagger, RuleEntities};
pub use language::LanguageDetect;
pub use sentences::SentenceSplit;

/// The processor types and a line on each, for `annotate processors`.
pub const PROCESSOR_TYPES: [(&str, &str); 5] = [
    (
        "language",
        "document language and language segments (whatlang + script runs + context smoothing)",
    ),
    (
        "sentences",
        "sentence boundaries per language segment (UAX #29 + per-language rules)",
    ),
    (
        "rules",
        "DATE/TIME/PERCENT/MONEY/QUANTITY/ORDINAL/CARDINAL and cue-based PER/ORG/LOC candidates, plus gazetteers",
    ),
    (
        "ner_model",
        "trained statistical tagger per language, multilingual fallback (PER/ORG/LOC/MISC candidates)",
    ),
    (
        "entity_merge",
        "resolves overlapping entity candidates into final entities",
    ),
];

/// Everything a processor's constructor may need besides its own settings.
pub struct BuildContext<'a> {
    /// Where relative paths resolve.
    pub resources: &'a Resources,
    /// How to name the pipeline file in messages.
    pub pipeline: &'a str,
    /// Position of the processor in the file (0-based), for messages.
    pub position: usize,
}

impl BuildContext<'_> {
    /// Deserialises a processor's settings, naming the processor in any error.
    pub fn settings<T: DeserializeOwned>(&self, kind: &str, table: toml::Table) -> Result<T> {
        toml::Value::Table(table)
            .try_into()
            .map_err(|e: toml::de::Error| self.error(kind, e.message()))
    }
    /// A configuration error about this processor.
    pub fn error(&self, kind: &str, message: impl std::fmt::Display) -> Error {
        Error::config(
            self.pipeline,
            format!(
                "processors[{}] (type = \"{kind}\"): {message}",
                self.position
            ),
        )
    }
}

/// Builds one processor from its table (with `type` already removed).
pub fn build(kind: &str, table: toml::Table, ctx: &BuildContext<'_>) -> Result<Box<dyn Processor>> {
    Ok(match kind {
        "language" => Box::new(LanguageDetect::build(ctx.settings(kind, table)?, ctx)?),
        "sentences" => Box::new(SentenceSplit::build(ctx.settings(kind, table)?, ctx)?),
        "rules" => Box::new(RuleEntities::build(ctx.settings(kind, table)?, ctx)?),
        "ner_model" => Box::new(NerTagger::build(ctx.settings(kind, table)?, ctx)?),
        "entity_merge" => Box::new(EntityMerge::build(ctx.settings(kind, table)?, ctx)?),
        other => {
            let known: Vec<&str> = PROCESSOR_TYPES.iter().map(|(n, _)| *n).collect();
            return Err(ctx.error(
                other,
                format!("unknown processor type; known types: {}", known.join(", ")),
            ));
        }
    })
}
