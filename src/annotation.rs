//! Annotation value types shared by every stage: entity labels, where an entity came from, and the
//! byte-range candidates that pure stage code (rules, gazetteers, the tagger) hands to the pipeline.
//!
//! Stage code works in byte ranges of the document text; `Document` adds the char side later.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// The kind of an entity. Serialised as the upper-case CoNLL-style name (`PER`, `ORG`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum EntityLabel {
    /// A person.
    #[serde(rename = "PER")]
    Per,
    /// An organization or institution.
    #[serde(rename = "ORG")]
    Org,
    /// A location (countries, cities, geographic and political places).
    #[serde(rename = "LOC")]
    Loc,
    /// Other named entities (nationalities, events, works, ...).
    #[serde(rename = "MISC")]
    Misc,
    /// A date or date-like expression.
    #[serde(rename = "DATE")]
    Date,
    /// A percentage.
    #[serde(rename = "PERCENT")]
    Percent,
    /// An amount of money.
    #[serde(rename = "MONEY")]
    Money,
    /// A number that is none of the above.
    #[serde(rename = "CARDINAL")]
    Cardinal,
    /// A time of day or a duration under a day (`3 p.m.`, `10:30`, `two hours`, `this morning`).
    #[serde(rename = "TIME")]
    Time,
    /// A measured amount with its unit (`100 metres`, `5 km`, `20-ton`, `460,000 barrels`).
    #[serde(rename = "QUANTITY")]
    Quantity,
    /// A rank (`first`, `21st`, `第三`).
    #[serde(rename = "ORDINAL")]
    Ordinal,
}

impl EntityLabel {
    /// Every label, in a fixed order.
    pub const ALL: [EntityLabel; 11] = [
        EntityLabel::Per,
        EntityLabel::Org,
        EntityLabel::Loc,
        EntityLabel::Misc,
        EntityLabel::Date,
        EntityLabel::Percent,
        EntityLabel::Money,
        EntityLabel::Cardinal,
        EntityLabel::Time,
        EntityLabel::Quantity,
        EntityLabel::Ordinal,
    ];

    /// The label's name as written in CSV and model files.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
            EntityLabel::Date => "DATE",
            EntityLabel::Percent => "PERCENT",
            EntityLabel::Money => "MONEY",
            EntityLabel::Cardinal => "CARDINAL",
            EntityLabel::Time => "TIME",
            EntityLabel::Quantity => "QUANTITY",
            EntityLabel::Ordinal => "ORDINAL",
        }
    }

    /// Parses a label name; also accepts common corpus spellings (`PERSON`, `GPE`, `LOCATION`, ...).
    pub fn parse(name: &str) -> Option<EntityLabel> {
        Some(match name.trim().to_ascii_uppercase().as_str() {
            "PER" | "PERSON" | "NAME" => EntityLabel::Per,
            "ORG" | "ORGANIZATION" | "ORGANISATION" => EntityLabel::Org,
            "LOC" | "LOCATION" | "GPE" => EntityLabel::Loc,
            "MISC" | "OTH" | "OTHER" => EntityLabel::Misc,
            "DATE" => EntityLabel::Date,
            "PERCENT" => EntityLabel::Percent,
            "MONEY" => EntityLabel::Money,
            "CARDINAL" => EntityLabel::Cardinal,
            "TIME" => EntityLabel::Time,
            "QUANTITY" => EntityLabel::Quantity,
            "ORDINAL" => EntityLabel::Ordinal,
            _ => return None,
        })
    }
}

impl fmt::Display for EntityLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which component produced an entity (the `source` column of `entities.csv`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntitySource {
    /// The statistical tagger.
    Model,
    /// A hand-written rule (numbers, dates, cue words, acronyms...).
    Rule,
    /// A gazetteer list, by its name.
    Gazetteer(String),
}

impl fmt::Display for EntitySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntitySource::Model => f.write_str("model"),
            EntitySource::Rule => f.write_str("rule"),
            EntitySource::Gazetteer(name) => write!(f, "gazetteer:{name}"),
        }
    }
}

/// An entity proposed by a stage, before merging: a byte range of the document text.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Half-open byte range into the document text (always on char boundaries).
    pub range: Range<usize>,
    /// The proposed label.
    pub label: EntityLabel,
    /// Who proposed it.
    pub source: EntitySource,
    /// A score in 0..=1 where the producer has one.
    pub confidence: Option<f32>,
}

impl Candidate {
    /// Gives the span a label that a rule chose after the merge: the rule is then its source, and
    /// a model's confidence, which was for the old label, no longer applies.
    pub fn relabel_by_rule(&mut self, label: EntityLabel) {
        self.relabel(label, EntitySource::Rule);
    }

    /// Gives the span the label `source` chose after the merge (see [`Self::relabel_by_rule`]);
    /// nothing changes when the label is the same.
    pub fn relabel(&mut self, label: EntityLabel, source: EntitySource) {
        if self.label != label {
            self.label = label;
            self.source = source;
            self.confidence = None;
        }
    }
}

/// A sentence as stage code sees it: its byte range in the document text and its language code
/// (ISO 639-1 where one exists, else 639-3, e.g. `en`, `zh`, `yue`; `und` when unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceView<'a> {
    /// Half-open byte range into the document text, trimmed of surrounding whitespace.
    pub range: (usize, usize),
    /// The sentence's language code.
    pub lang: &'a str,
}

impl<'a> SentenceView<'a> {
    /// The sentence of `sentences` (in text order) that starts at or before byte `pos`: the one
    /// holding it, when `pos` is inside a sentence.
    pub(crate) fn containing<'s>(
        sentences: &'s [SentenceView<'a>],
        pos: usize,
    ) -> Option<&'s SentenceView<'a>> {
        let k = sentences.partition_point(|s| s.range.0 <= pos);
        k.checked_sub(1).and_then(|k| sentences.get(k))
    }

    /// The language of the sentence [`Self::containing`] byte `pos`; empty when there is none.
    pub(crate) fn lang_at(sentences: &[SentenceView<'a>], pos: usize) -> &'a str {
        Self::containing(sentences, pos).map_or("", |s| s.lang)
    }
}
