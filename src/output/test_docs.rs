//! Hand-made annotated documents for the tests of the output formats (CoNLL, Parquet), built here once
//! so every export is tested on documents made the same way, without running the pipeline.

use crate::annotation::{EntityLabel, EntitySource};
use crate::document::{Document, Entity, LanguageTag, Segment, Sentence};
use std::ops::Range;

/// A document whose whole text is one English segment (detector confidence `confidence`, also the
/// document's language), with English sentences at the byte ranges `sentences` and no entities.
pub(crate) fn english(
    id: &str,
    source: &str,
    text: &str,
    confidence: f64,
    sentences: impl IntoIterator<Item = Range<usize>>,
) -> Document {
    let mut doc = Document::new(id, source, text.to_string());
    let tag = LanguageTag {
        lang: "en".into(),
        script: "Latin".into(),
        confidence,
        reliable: true,
        variant: None,
    };
    doc.segments.push(Segment {
        span: doc.span(0..text.len()),
        language: tag.clone(),
    });
    doc.language = Some(tag);
    for r in sentences {
        let span = doc.span(r);
        doc.sentences.push(Sentence {
            span,
            language: "en".into(),
        });
    }
    doc
}

/// Adds an entity at the byte range `range`, in the sentence that contains its start.
pub(crate) fn add_entity(
    doc: &mut Document,
    range: Range<usize>,
    label: EntityLabel,
    source: EntitySource,
    confidence: Option<f32>,
) {
    let sentence = doc.sentence_at(range.start);
    let span = doc.span(range);
    doc.entities.push(Entity {
        span,
        label,
        source,
        confidence,
        sentence,
    });
}
