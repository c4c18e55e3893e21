//! The `sentences` stage: splits each language segment with that segment's language rules, so a Chinese
//! line inside an English article is split by Chinese rules; a segment inside a sentence (a Latin
//! name in brackets in Chinese text) does not end it (see `SentenceSplitter::split_segments`).

use super::BuildContext;
use crate::document::{Document, Sentence};
use crate::error::Result;
use crate::processor::{Layers, Processor};
use crate::sentences::SentenceSplitter;
use serde::Deserialize;

/// Settings of the `sentences` stage.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SentenceSettings {
    /// A folder of rule files (`{lang}.txt`, same format as `pipelines/sentences/`) that add to or
    /// replace the built-in rules; relative to the pipeline file.
    #[serde(default)]
    pub rules_dir: Option<String>,
}

/// Splits documents into sentences.
pub struct SentenceSplit {
    splitter: SentenceSplitter,
}

impl SentenceSplit {
    /// Builds the stage from its settings.
    pub fn build(settings: SentenceSettings, ctx: &BuildContext<'_>) -> Result<SentenceSplit> {
        let mut splitter = SentenceSplitter::builtin();
        if let Some(dir) = &settings.rules_dir {
            for file in ctx.resources.list_dir(dir)? {
                let Some(lang) = file.rsplit('/').next().and_then(|n| n.strip_suffix(".txt"))
                else {
                    continue;
                };
                let content = ctx.resources.read_to_string(&file)?;
                splitter = splitter.with_rules(lang, &content).map_err(|e| {
                    ctx.error(
                        "sentences",
                        format!("{}: {e}", ctx.resources.describe(&file)),
                    )
                })?;
            }
        }
        Ok(SentenceSplit { splitter })
    }
}

impl Processor for SentenceSplit {
    fn name(&self) -> &'static str {
        "sentences"
    }
    fn requires(&self) -> Layers {
        Layers::LANGUAGE
    }
    fn provides(&self) -> Layers {
        Layers::SENTENCES
    }
    fn process(&self, doc: &mut Document) -> Result<()> {
        let segments = doc
            .segments
            .iter()
            .map(|seg| (seg.span.byte_range(), seg.language.lang.as_str()));
        let ranges = self.splitter.split_segments(&doc.text, segments);
        doc.sentences = ranges
            .into_iter()
            .map(|(r, language)| Sentence {
                span: doc.span(r),
                language,
            })
            .collect();
        Ok(())
    }
}
