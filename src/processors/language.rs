//! The `language` stage: wraps the language detector and stores its document decision and segments.

use super::BuildContext;
use crate::document::{Document, LanguageTag, Segment};
use crate::error::Result;
use crate::langid::{Detection, LanguageConfig, LanguageDetector};
use crate::processor::{Layers, Processor};

/// Detects the document language and its language segments.
pub struct LanguageDetect {
    detector: LanguageDetector,
}

impl LanguageDetect {
    /// Builds the stage from its settings.
    pub fn build(config: LanguageConfig, ctx: &BuildContext<'_>) -> Result<LanguageDetect> {
        let detector = LanguageDetector::new(config).map_err(|e| ctx.error("language", e))?;
        Ok(LanguageDetect { detector })
    }
}

fn tag(d: Detection) -> LanguageTag {
    LanguageTag {
        lang: d.lang,
        script: d.script,
        confidence: d.confidence,
        reliable: d.reliable,
        variant: d.variant,
    }
}

impl Processor for LanguageDetect {
    fn name(&self) -> &'static str {
        "language"
    }
    fn requires(&self) -> Layers {
        Layers::NONE
    }
    fn provides(&self) -> Layers {
        Layers::LANGUAGE
    }
    fn process(&self, doc: &mut Document) -> Result<()> {
        let result = self.detector.detect(&doc.text);
        let segments: Vec<Segment> = result
            .segments
            .into_iter()
            .filter(|s| s.range.start < s.range.end && doc.text.get(s.range.clone()).is_some())
            .map(|s| Segment {
                span: doc.span(s.range),
                language: tag(s.detection),
            })
            .collect();
        doc.segments = segments;
        doc.language = Some(tag(result.document));
        Ok(())
    }
}
