//! A sampled document kept for the HTML report (its text cut to a bounded length, with its layers as
//! byte ranges into the kept text), and its rendering as highlighted, escaped HTML: language segments,
//! sentences and entities as nested elements, re-opened where the layers' boundaries cross.

use super::html::escape;
use crate::document::Document;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::ops::Range;

/// One entity of a sample.
#[derive(Debug, Clone, PartialEq)]
pub struct SampleEntity {
    /// Byte range in the kept text.
    pub range: Range<usize>,
    /// Label name.
    pub label: &'static str,
    /// Source (`model`, `rule`, `gazetteer:NAME`).
    pub source: String,
    /// Confidence, where the producer has one.
    pub confidence: Option<f32>,
}

/// A document kept to show in the report.
#[derive(Debug, Clone, PartialEq)]
pub struct SampleDoc {
    /// Position in the input (0-based).
    pub index: usize,
    /// Document id.
    pub id: String,
    /// Where it came from.
    pub source: String,
    /// Document language (`und` when none).
    pub language: String,
    /// Status word.
    pub status: &'static str,
    /// The kept text (the start of the document).
    pub text: String,
    /// Characters of the whole document.
    pub chars: usize,
    /// Sentences of the whole document.
    pub sentence_count: usize,
    /// Entities of the whole document.
    pub entity_count: usize,
    /// Segments in the kept text: byte range, language, script.
    pub segments: Vec<(Range<usize>, String, String)>,
    /// Sentences in the kept text.
    pub sentences: Vec<Range<usize>>,
    /// Entities in the kept text.
    pub entities: Vec<SampleEntity>,
}

/// The open segment, sentence and entity (indices into the sample's lists).
type Open = (Option<usize>, Option<usize>, Option<usize>);

/// Clips `r` to `..cut`; `None` when nothing is left.
fn clip(r: Range<usize>, cut: usize) -> Option<Range<usize>> {
    (r.start < cut).then(|| r.start..r.end.min(cut))
}

impl SampleDoc {
    /// Keeps the first `max_chars` characters of `doc` and the parts of its layers inside them.
    pub fn new(index: usize, doc: &Document, max_chars: usize) -> SampleDoc {
        let cut = doc
            .text
            .char_indices()
            .nth(max_chars)
            .map_or(doc.text.len(), |(b, _)| b);
        SampleDoc {
            index,
            id: doc.id.clone(),
            source: doc.source.clone(),
            language: doc
                .language
                .as_ref()
                .map_or_else(|| "und".to_string(), |l| l.lang.clone()),
            status: doc.status.as_str(),
            text: doc.text.get(..cut).unwrap_or("").to_string(),
            chars: doc.len_chars(),
            sentence_count: doc.sentences.len(),
            entity_count: doc.entities.len(),
            segments: doc
                .segments
                .iter()
                .filter_map(|s| {
                    let r = clip(s.span.byte_range(), cut)?;
                    Some((r, s.language.lang.clone(), s.language.script.clone()))
                })
                .collect(),
            sentences: doc
                .sentences
                .iter()
                .filter_map(|s| clip(s.span.byte_range(), cut))
                .collect(),
            entities: doc
                .entities
                .iter()
                .filter_map(|e| {
                    Some(SampleEntity {
                        range: clip(e.span.byte_range(), cut)?,
                        label: e.label.as_str(),
                        source: e.source.to_string(),
                        confidence: e.confidence,
                    })
                })
                .collect(),
        }
    }

    /// Whether the text was cut.
    pub fn truncated(&self) -> bool {
        self.text.chars().count() < self.chars
    }

    /// The kept text as HTML: `span.seg` (language segments) > `span.sent` (sentences, each starting
    /// with a `span.sb` boundary mark) > `mark.ent` (entities, ending with a `span.lab` label tag).
    /// An element cut by a crossing boundary continues in a second element with class `cont`.
    pub fn to_html(&self) -> String {
        let len = self.text.len();
        let mut points: BTreeSet<usize> = BTreeSet::from([0, len]);
        let ranges = self
            .segments
            .iter()
            .map(|s| &s.0)
            .chain(&self.sentences)
            .chain(self.entities.iter().map(|e| &e.range));
        for r in ranges {
            points.insert(r.start.min(len));
            points.insert(r.end.min(len));
        }
        // Each layer is sorted and non-overlapping: the candidate is the last range starting at or before.
        let find = |list: &[&Range<usize>], at: usize| {
            let k = list.partition_point(|r| r.start <= at).checked_sub(1)?;
            list.get(k).filter(|r| at < r.end).map(|_| k)
        };
        let segs: Vec<&Range<usize>> = self.segments.iter().map(|s| &s.0).collect();
        let sents: Vec<&Range<usize>> = self.sentences.iter().collect();
        let ents: Vec<&Range<usize>> = self.entities.iter().map(|e| &e.range).collect();
        let mut out = String::new();
        let mut open: Open = (None, None, None);
        let points: Vec<usize> = points.into_iter().collect();
        for w in points.windows(2) {
            let (a, b) = match w {
                [a, b] => (*a, *b),
                _ => continue,
            };
            let Some(piece) = self.text.get(a..b) else {
                continue;
            };
            let now = (find(&segs, a), find(&sents, a), find(&ents, a));
            let level = if now.0 != open.0 {
                0
            } else if now.1 != open.1 {
                1
            } else if now.2 != open.2 {
                2
            } else {
                3
            };
            if level <= 2 {
                self.close(&mut out, open, level, a);
                self.open(&mut out, now, level, a);
                open = now;
            }
            out.push_str(&escape(piece));
        }
        self.close(&mut out, open, 0, len);
        out
    }

    /// Closes the open elements from `level` (0 segment, 1 sentence, 2 entity) inwards, at byte `at`.
    /// An entity's label tag goes in its last piece, the one that ends where the entity ends.
    fn close(&self, out: &mut String, open: Open, level: u8, at: usize) {
        if let Some(e) = open.2.and_then(|k| self.entities.get(k)) {
            if e.range.end == at {
                let _ = write!(out, "<span class=\"lab\">{}</span>", e.label);
            }
            out.push_str("</mark>");
        }
        if level <= 1 && open.1.is_some() {
            out.push_str("</span>");
        }
        if level == 0 && open.0.is_some() {
            out.push_str("</span>");
        }
    }

    /// Opens the elements of `now` from `level` inwards, at byte `at`.
    fn open(&self, out: &mut String, now: Open, level: u8, at: usize) {
        if level == 0 {
            if let Some((r, lang, script)) = now.0.and_then(|k| self.segments.get(k)) {
                let cont = if r.start == at { "" } else { " cont" };
                let _ = write!(
                    out,
                    "<span class=\"seg{cont}\" data-lang=\"{}\" style=\"--hue:{}\" title=\"{} ({})\">",
                    escape(lang),
                    super::html::language_hue(lang),
                    escape(lang),
                    escape(script)
                );
                if r.start == at {
                    let _ = write!(out, "<span class=\"seg-tag\">{}</span>", escape(lang));
                }
            }
        }
        if level <= 1 {
            if let Some((k, r)) = now.1.and_then(|k| self.sentences.get(k).map(|r| (k, r))) {
                let cont = if r.start == at { "" } else { " cont" };
                let parity = if k % 2 == 0 { "even" } else { "odd" };
                let _ = write!(
                    out,
                    "<span class=\"sent {parity}{cont}\" data-sentence=\"{k}\">"
                );
                if r.start == at {
                    out.push_str("<span class=\"sb\" aria-hidden=\"true\"></span>");
                }
            }
        }
        if let Some(e) = now.2.and_then(|k| self.entities.get(k)) {
            let cont = if e.range.start == at { "" } else { " cont" };
            let conf = e.confidence.map(|c| format!(" {c:.2}")).unwrap_or_default();
            let _ = write!(
                out,
                "<mark class=\"ent{cont}\" data-label=\"{}\" title=\"{} · {}{conf}\">",
                e.label,
                e.label,
                escape(&e.source)
            );
        }
    }
}
