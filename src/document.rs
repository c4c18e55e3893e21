//! The document and its annotation layers. The original text never changes; every layer holds spans
//! with byte and char offsets into it, filled in through one [`CharIndex`] per document.

use crate::annotation::{Candidate, EntityLabel, EntitySource, SentenceView};
use crate::span::{CharIndex, Span};
use serde::Serialize;
use std::ops::Range;

/// A language decision for a document or a stretch of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageTag {
    /// ISO 639-1 code where one exists, else ISO 639-3 (`und` when unknown).
    pub lang: String,
    /// Writing system (`Latin`, `Han`, `Cyrillic`, ...).
    pub script: String,
    /// Detector confidence in 0..=1.
    pub confidence: f64,
    /// Whether the detector considers the decision reliable.
    pub reliable: bool,
    /// A finer variant where one can be told (e.g. `zh-Hant`).
    pub variant: Option<String>,
}

/// A run of text in one language and script.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    /// Where it is.
    pub span: Span,
    /// Its language.
    pub language: LanguageTag,
}

/// A sentence; its index in [`Document::sentences`] is its id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    /// Where it is.
    pub span: Span,
    /// The language of the segment it was split in (of the most characters, when it spans segments).
    pub language: String,
}

/// A final, non-overlapping entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// Where it is.
    pub span: Span,
    /// Its label.
    pub label: EntityLabel,
    /// Which component produced it.
    pub source: EntitySource,
    /// Producer's confidence, where it has one.
    pub confidence: Option<f32>,
    /// Index of the sentence that contains its start.
    pub sentence: usize,
}

/// How a document fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Annotated.
    Ok,
    /// Annotated, but the input had invalid UTF-8 that was replaced.
    Lossy,
    /// Nothing to annotate (empty or only whitespace).
    Empty,
    /// Looks like binary data, not text.
    Binary,
    /// Larger than the pipeline's limit.
    TooLarge,
    /// A JSONL line that is not a valid document record.
    Malformed,
    /// The input could not be read.
    Unreadable,
    /// A processor failed on it.
    Failed,
    /// Annotating it took longer than the pipeline's limit.
    Timeout,
}

impl Status {
    /// The word written in the `status` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Lossy => "lossy",
            Status::Empty => "empty",
            Status::Binary => "binary",
            Status::TooLarge => "too_large",
            Status::Malformed => "malformed",
            Status::Unreadable => "unreadable",
            Status::Failed => "failed",
            Status::Timeout => "timeout",
        }
    }
    /// Whether the document counts as failed (it was not annotated).
    pub fn is_failure(self) -> bool {
        !matches!(self, Status::Ok | Status::Lossy)
    }
}

/// One document with its layers.
#[derive(Debug, Clone)]
pub struct Document {
    /// The document id (file path, or the JSONL `id`).
    pub id: String,
    /// Where it came from (`path` or `path:LINE`).
    pub source: String,
    /// The original text (empty for a document that could not be read).
    pub text: String,
    /// How it fared.
    pub status: Status,
    /// A message for any status other than `ok`.
    pub error: Option<String>,
    /// The document's language.
    pub language: Option<LanguageTag>,
    /// Language segments, ordered and non-overlapping.
    pub segments: Vec<Segment>,
    /// Sentences, ordered and non-overlapping.
    pub sentences: Vec<Sentence>,
    /// Entity proposals waiting for the merge stage.
    pub candidates: Vec<Candidate>,
    /// Final entities, ordered and non-overlapping.
    pub entities: Vec<Entity>,
    index: CharIndex,
}

impl Document {
    /// A document to annotate.
    pub fn new(id: impl Into<String>, source: impl Into<String>, text: String) -> Document {
        let index = CharIndex::new(&text);
        Document {
            id: id.into(),
            source: source.into(),
            text,
            status: Status::Ok,
            error: None,
            language: None,
            segments: Vec::new(),
            sentences: Vec::new(),
            candidates: Vec::new(),
            entities: Vec::new(),
            index,
        }
    }

    /// A document that is reported but not annotated.
    pub fn failed(
        id: impl Into<String>,
        source: impl Into<String>,
        status: Status,
        error: String,
    ) -> Document {
        let mut doc = Document::new(id, source, String::new());
        doc.status = status;
        doc.error = Some(error);
        doc
    }

    /// A span from a byte range of this document.
    pub fn span(&self, range: Range<usize>) -> Span {
        self.index.span(range)
    }

    /// Length in chars.
    pub fn len_chars(&self) -> usize {
        self.index.len_chars()
    }

    /// The text of a span.
    pub fn slice(&self, span: &Span) -> &str {
        self.text.get(span.byte_range()).unwrap_or("")
    }

    /// The sentences as stage code sees them: a sentence that spans language segments (a Latin
    /// name in brackets in a Chinese sentence) is seen as one piece per segment, each with its
    /// segment's language and trimmed of whitespace, so each piece goes to its own language's tagger.
    pub fn sentence_views(&self) -> Vec<SentenceView<'_>> {
        let mut views = Vec::with_capacity(self.sentences.len());
        let mut first_seg = 0;
        for s in &self.sentences {
            let (start, end) = (s.span.start.byte, s.span.end.byte);
            while self
                .segments
                .get(first_seg)
                .is_some_and(|g| g.span.end.byte <= start)
            {
                first_seg += 1;
            }
            let within_one = self
                .segments
                .get(first_seg)
                .is_none_or(|g| g.span.start.byte <= start && end <= g.span.end.byte);
            if within_one {
                views.push(SentenceView {
                    range: (start, end),
                    lang: s.language.as_str(),
                });
                continue;
            }
            let overlapping = self.segments[first_seg.min(self.segments.len())..]
                .iter()
                .take_while(|g| g.span.start.byte < end);
            let pieces: Vec<SentenceView<'_>> = overlapping
                .filter_map(|g| {
                    let (a, b) = (g.span.start.byte.max(start), g.span.end.byte.min(end));
                    let piece = crate::span::trim(&self.text, a..b)?;
                    Some(SentenceView {
                        range: (piece.start, piece.end),
                        lang: g.language.lang.as_str(),
                    })
                })
                .collect();
            if pieces.len() > 1 {
                views.extend(pieces);
            } else {
                views.push(SentenceView {
                    range: (start, end),
                    lang: s.language.as_str(),
                });
            }
        }
        views
    }

    /// Index of the sentence containing byte `pos` (the last one starting at or before it).
    pub fn sentence_at(&self, pos: usize) -> usize {
        self.sentences
            .partition_point(|s| s.span.start.byte <= pos)
            .saturating_sub(1)
    }

    /// Checks the span invariants of every layer; returns the first violation.
    pub fn check_invariants(&self) -> Result<(), String> {
        let spans = self
            .segments
            .iter()
            .map(|s| ("segment", s.span))
            .chain(self.sentences.iter().map(|s| ("sentence", s.span)))
            .chain(self.entities.iter().map(|e| ("entity", e.span)));
        for (layer, span) in spans {
            let ok = span.start.byte <= span.end.byte
                && self.text.get(span.byte_range()).is_some()
                && span.char_range().len() == self.slice(&span).chars().count();
            if !ok {
                return Err(format!(
                    "{layer} span {span:?} is not a valid range of the text"
                ));
            }
        }
        for (layer, list) in [
            (
                "segment",
                self.segments.iter().map(|s| s.span).collect::<Vec<_>>(),
            ),
            ("sentence", self.sentences.iter().map(|s| s.span).collect()),
            ("entity", self.entities.iter().map(|e| e.span).collect()),
        ] {
            if list.windows(2).any(|w| w[0].end.byte > w[1].start.byte) {
                return Err(format!("{layer} spans overlap or are out of order"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_across_segments_is_seen_as_one_piece_per_segment() {
        let text = "華山松（學名：Pinus armandii），是一種松科植物。它很高。";
        let mut doc = Document::new("t", "t", text.to_string());
        let latin = text.find("Pinus").unwrap_or(0);
        let after = text.find('）').unwrap_or(0);
        let second = text.find("它").unwrap_or(0);
        for (range, lang) in [
            (0..latin, "zh"),
            (latin..after, "en"),
            (after..text.len(), "zh"),
        ] {
            doc.segments.push(Segment {
                span: doc.span(range),
                language: LanguageTag {
                    lang: lang.into(),
                    script: String::new(),
                    confidence: 1.0,
                    reliable: true,
                    variant: None,
                },
            });
        }
        for range in [0..second, second..text.len()] {
            doc.sentences.push(Sentence {
                span: doc.span(range),
                language: "zh".into(),
            });
        }
        let views: Vec<(&str, &str)> = doc
            .sentence_views()
            .iter()
            .map(|v| (text.get(v.range.0..v.range.1).unwrap_or(""), v.lang))
            .collect();
        assert_eq!(
            views,
            [
                ("華山松（學名：", "zh"),
                ("Pinus armandii", "en"),
                ("），是一種松科植物。", "zh"),
                ("它很高。", "zh")
            ]
        );
    }
}
