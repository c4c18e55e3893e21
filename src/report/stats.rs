//! Corpus statistics gathered one document at a time, in input order, by a [`Collector`] sink during a
//! normal pipeline run: counts per status, language, label and entity source, a sentence-length
//! histogram, frequent entities, the failed documents, and a deterministic sample of documents to show.
//! Every map is a `BTreeMap`, so what reaches a report never depends on hash order or thread count.

use super::sample::SampleDoc;
use crate::document::Document;
use crate::error::Result;
use crate::output::Sink;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// Width of a sentence-length histogram bucket, in tokens.
pub const BUCKET_TOKENS: usize = 5;
/// Number of histogram buckets; the last one holds every longer sentence.
pub const BUCKETS: usize = 21;
/// Distinct (label, text) pairs counted for the frequent-entity lists; later new pairs are not counted.
const MAX_DISTINCT_ENTITIES: usize = 200_000;

/// Options of a statistics collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatsOptions {
    /// Documents kept as a sample to display (spread over the corpus by reservoir sampling).
    pub sample: usize,
    /// Characters of a sample document shown (longer texts are cut).
    pub sample_chars: usize,
    /// Error rows kept (the total is always counted).
    pub max_errors: usize,
    /// Seed of the sampling (the sample depends only on it and the input).
    pub seed: u64,
    /// Show the runner's progress line on stderr while annotating.
    pub progress: bool,
}

impl Default for StatsOptions {
    fn default() -> Self {
        StatsOptions {
            sample: 20,
            sample_chars: 3000,
            max_errors: 1000,
            seed: 1,
            progress: false,
        }
    }
}

/// A document that was not (fully) annotated: failure statuses and `lossy`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorRow {
    /// Position in the input (0-based).
    pub index: usize,
    /// Document id.
    pub id: String,
    /// Where it came from.
    pub source: String,
    /// Its status word.
    pub status: &'static str,
    /// The error message.
    pub error: String,
}

/// What a corpus looks like after annotation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CorpusStats {
    /// Documents seen.
    pub documents: usize,
    /// Documents per status word.
    pub statuses: BTreeMap<String, usize>,
    /// Annotated documents per document language (`und` when none was found).
    pub languages: BTreeMap<String, usize>,
    /// Characters per language, summed over language segments.
    pub segment_chars: BTreeMap<String, usize>,
    /// Documents with segments in two or more languages.
    pub mixed_documents: usize,
    /// Characters of text.
    pub chars: usize,
    /// Bytes of text.
    pub bytes: usize,
    /// Sentences.
    pub sentences: usize,
    /// Tokens in sentences (the tagger's tokenisation).
    pub tokens: usize,
    /// Tokens of the longest sentence.
    pub longest_sentence: usize,
    /// Sentences per length bucket ([`BUCKET_TOKENS`] tokens wide; the last is open-ended).
    pub sentence_lengths: Vec<usize>,
    /// Entities.
    pub entities: usize,
    /// Entities per label.
    pub labels: BTreeMap<String, usize>,
    /// Entities per source (`model`, `rule`, `gazetteer:NAME`).
    pub sources: BTreeMap<String, usize>,
    /// Occurrences per (label, entity text), bounded in size.
    pub entity_texts: BTreeMap<(String, String), usize>,
    /// Documents with a failure status or `lossy`, in input order (at most `max_errors`).
    pub errors: Vec<ErrorRow>,
    /// All such documents, including those beyond `max_errors`.
    pub errors_total: usize,
    /// Sampled documents, in input order.
    pub sample: Vec<SampleDoc>,
    options: StatsOptions,
    eligible: usize,
}

/// SplitMix64: a tiny deterministic generator for the reservoir sample.
fn mix(seed: u64, n: u64) -> u64 {
    let mut z = seed
        .wrapping_add(n.wrapping_mul(0x9E37_79B9_7F4A_7C15))
        .wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl CorpusStats {
    /// Empty statistics with these options.
    pub fn new(options: StatsOptions) -> CorpusStats {
        CorpusStats {
            sentence_lengths: vec![0; BUCKETS],
            options,
            ..CorpusStats::default()
        }
    }

    /// The options in use.
    pub fn options(&self) -> StatsOptions {
        self.options
    }

    /// Adds one document (call in input order).
    pub fn add(&mut self, doc: &Document) {
        let index = self.documents;
        self.documents += 1;
        *self
            .statuses
            .entry(doc.status.as_str().to_string())
            .or_default() += 1;
        if doc.status.is_failure() || doc.error.is_some() {
            self.errors_total += 1;
            if self.errors.len() < self.options.max_errors {
                self.errors.push(ErrorRow {
                    index,
                    id: doc.id.clone(),
                    source: doc.source.clone(),
                    status: doc.status.as_str(),
                    error: doc.error.clone().unwrap_or_default(),
                });
            }
        }
        if doc.status.is_failure() {
            return;
        }
        let lang = doc.language.as_ref().map_or("und", |l| l.lang.as_str());
        *self.languages.entry(lang.to_string()).or_default() += 1;
        let mut seg_langs: Vec<&str> = Vec::new();
        for s in &doc.segments {
            *self
                .segment_chars
                .entry(s.language.lang.clone())
                .or_default() += s.span.char_range().len();
            if !seg_langs.contains(&s.language.lang.as_str()) {
                seg_langs.push(&s.language.lang);
            }
        }
        if seg_langs.len() > 1 {
            self.mixed_documents += 1;
        }
        self.chars += doc.len_chars();
        self.bytes += doc.text.len();
        self.sentences += doc.sentences.len();
        let mut tokens = Vec::new();
        for s in &doc.sentences {
            tokens.clear();
            crate::tagger::tokenize::tokenize_into(
                &doc.text,
                s.span.byte_range(),
                &s.language,
                &mut tokens,
            );
            let n = tokens.len();
            self.tokens += n;
            self.longest_sentence = self.longest_sentence.max(n);
            let bucket = (n / BUCKET_TOKENS).min(BUCKETS - 1);
            if let Some(b) = self.sentence_lengths.get_mut(bucket) {
                *b += 1;
            }
        }
        self.entities += doc.entities.len();
        for e in &doc.entities {
            *self.labels.entry(e.label.as_str().to_string()).or_default() += 1;
            *self.sources.entry(e.source.to_string()).or_default() += 1;
            let key = (e.label.as_str().to_string(), doc.slice(&e.span).to_string());
            if let Some(n) = self.entity_texts.get_mut(&key) {
                *n += 1;
            } else if self.entity_texts.len() < MAX_DISTINCT_ENTITIES {
                self.entity_texts.insert(key, 1);
            }
        }
        self.offer_sample(index, doc);
    }

    /// Reservoir sampling (algorithm R) over annotated, non-empty documents, with a seeded generator:
    /// the sample depends only on the seed and the input order.
    fn offer_sample(&mut self, index: usize, doc: &Document) {
        let k = self.options.sample;
        if k == 0 || doc.text.trim().is_empty() {
            return;
        }
        let seen = self.eligible;
        self.eligible += 1;
        if self.sample.len() < k {
            self.sample
                .push(SampleDoc::new(index, doc, self.options.sample_chars));
            return;
        }
        let j = (mix(self.options.seed, seen as u64) % (seen as u64 + 1)) as usize;
        if j < k {
            // Replace slot j, then keep the sample in input order.
            if let Some(slot) = self.sample.get_mut(j) {
                *slot = SampleDoc::new(index, doc, self.options.sample_chars);
            }
            self.sample.sort_by_key(|s| s.index);
        }
    }

    /// The `n` most frequent entity texts of `label`, most frequent first (ties by text).
    pub fn top_entities(&self, label: &str, n: usize) -> Vec<(&str, usize)> {
        let mut all: Vec<(&str, usize)> = self
            .entity_texts
            .iter()
            .filter(|((l, _), _)| l == label)
            .map(|((_, t), c)| (t.as_str(), *c))
            .collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        all.truncate(n);
        all
    }

    /// Label names present, in the fixed label order (`PER, ORG, LOC, MISC, DATE, ...`).
    pub fn labels_in_order(&self) -> Vec<String> {
        let mut labels: Vec<String> = crate::annotation::EntityLabel::ALL
            .iter()
            .map(|l| l.as_str().to_string())
            .filter(|l| self.labels.contains_key(l))
            .collect();
        for l in self.labels.keys() {
            if !labels.contains(l) {
                labels.push(l.clone());
            }
        }
        labels
    }

    /// Documents that were annotated (statuses `ok` and `lossy`).
    pub fn annotated(&self) -> usize {
        self.languages.values().sum()
    }

    /// The histogram bucket's label (`0-4`, ..., `100+`).
    pub fn bucket_label(bucket: usize) -> String {
        let lo = bucket * BUCKET_TOKENS;
        if bucket + 1 >= BUCKETS {
            format!("{lo}+")
        } else {
            format!("{lo}-{}", lo + BUCKET_TOKENS - 1)
        }
    }
}

/// A sink that adds every document to shared [`CorpusStats`] (read them after the run).
pub struct Collector {
    stats: Arc<Mutex<CorpusStats>>,
}

impl Collector {
    /// A collector and the handle to read the statistics from after the run.
    pub fn new(options: StatsOptions) -> (Collector, Arc<Mutex<CorpusStats>>) {
        let stats = Arc::new(Mutex::new(CorpusStats::new(options)));
        (
            Collector {
                stats: Arc::clone(&stats),
            },
            stats,
        )
    }
}

impl Sink for Collector {
    fn write(&mut self, doc: &Document) -> Result<()> {
        let mut stats = self.stats.lock().unwrap_or_else(|p| p.into_inner());
        stats.add(doc);
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<()> {
        Ok(())
    }
}
