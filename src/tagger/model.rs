//! The trained model: feature weights in an open-addressing table, BILOU transitions, and the
//! document-level tagging loop that runs it over the sentences of one document.

use super::decode::{viterbi, Transitions};
use super::features::{extract, DocContext, SentenceFeatures};
use super::lexicon::Lexicon;
use super::marginals::{temperature, Lattice, MoveWeights};
use super::memory::{FirstPass, TWO_PASS_LANGS};
use super::tags;
use super::tokenize::tokenize_into;
pub use super::weights::WeightTable;
use crate::annotation::{Candidate, EntityLabel, EntitySource, SentenceView};
use std::ops::Range;

/// Something that scores tokens: the shipped model or the weights being trained.
pub trait Scorer {
    /// Number of tags.
    fn ntags(&self) -> usize;
    /// Adds the weights of `keys` for every tag into `out` (length `ntags`).
    fn add_scores(&self, keys: &[u64], out: &mut [f32]);
}

/// Computes the emission rows (`n * ntags`) of a sentence into `em`.
pub fn emissions<S: Scorer + ?Sized>(s: &S, feats: &SentenceFeatures, em: &mut Vec<f32>) {
    let t = s.ntags();
    em.clear();
    em.resize(feats.len() * t, 0.0);
    for (i, row) in em.chunks_mut(t).enumerate() {
        s.add_scores(feats.token(i), row);
    }
}

/// A trained entity tagger for one language. Immutable; share it across threads by reference.
#[derive(Debug, Clone)]
pub struct NerModel {
    pub(crate) lang: String,
    pub(crate) labels: Vec<EntityLabel>,
    pub(crate) weights: WeightTable,
    pub(crate) raw_transitions: Vec<f32>,
    pub(crate) transitions: Transitions,
    /// The transitions as forward-backward weights at the model's temperature (confidences).
    moves: MoveWeights,
    /// The temperature fitted on dev data when the model was trained (stored in the model file);
    /// `None` for models trained without dev files, which use their language's default.
    pub(crate) fitted_temperature: Option<f32>,
    pub(crate) lexicon: Lexicon,
}

impl Scorer for NerModel {
    fn ntags(&self) -> usize {
        self.transitions.ntags()
    }
    #[inline]
    fn add_scores(&self, keys: &[u64], out: &mut [f32]) {
        let mut acc = [0i32; 1 + 4 * super::features::MAX_LABELS];
        self.weights.add_all(keys, &mut acc);
        let scale = self.weights.scale();
        for (o, a) in out.iter_mut().zip(acc) {
            *o += a as f32 * scale;
        }
    }
}

/// One predicted entity: byte range, label index into the model's labels, confidence.
pub type Prediction = (Range<usize>, usize, f32);

impl NerModel {
    /// Assembles a model from its parts (used by training and deserialisation).
    pub(crate) fn from_parts(
        lang: String,
        labels: Vec<EntityLabel>,
        weights: WeightTable,
        raw_transitions: Vec<f32>,
        lexicon: Lexicon,
    ) -> Self {
        let transitions = Transitions::new(tags::tag_count(labels.len()), &raw_transitions);
        let moves = MoveWeights::new(&transitions, temperature(&lang));
        NerModel {
            lang,
            labels,
            weights,
            raw_transitions,
            transitions,
            moves,
            fitted_temperature: None,
            lexicon,
        }
    }

    /// [`emissions`] for this model, reading each word's own features through the per-thread
    /// cache of `word_scores` (the same scores: integer sums scaled once per token).
    fn cached_emissions(&self, feats: &SentenceFeatures, em: &mut Vec<f32>) {
        let mut sums = vec![0i32; feats.len() * self.ntags()];
        super::word_scores::add_sentence(&self.weights, feats, &mut sums);
        let scale = self.weights.scale();
        em.clear();
        em.extend(sums.iter().map(|&a| a as f32 * scale));
    }

    /// The same model with its confidences computed at `fitted` (stored in the model file), or,
    /// for `None`, at its language's default (none stored).
    pub(crate) fn with_temperature(mut self, fitted: Option<f32>) -> Self {
        self.fitted_temperature = fitted;
        self.moves = MoveWeights::new(&self.transitions, self.temperature());
        self
    }

    /// What the model's scores are divided by before its span confidences are computed: the
    /// temperature fitted on dev data at training time, else its language's default.
    pub fn temperature(&self) -> f32 {
        self.fitted_temperature
            .unwrap_or_else(|| temperature(&self.lang))
    }

    /// The language code the model was trained for, e.g. `en`, `zh`.
    pub fn language(&self) -> &str {
        &self.lang
    }

    /// The entity labels the model can output.
    pub fn labels(&self) -> &[EntityLabel] {
        &self.labels
    }

    /// Number of feature rows (a size indicator).
    pub fn feature_count(&self) -> usize {
        self.weights.len()
    }

    /// Whether `word` is a common lower-case word of the model's language (one its training text
    /// writes mostly in lower case, or one of its `--common-words` list): written capitalised, it
    /// is most likely so for its place in the sentence.
    pub fn is_common_word(&self, word: &str) -> bool {
        self.lexicon.is_common(super::features::lower_hash(word))
    }

    /// Tags the given sentences of one document (in document order) and returns candidates with
    /// `EntitySource::Model`, byte ranges on char boundaries and confidence in 0..=1 (the
    /// probability of exactly the span's tags under the model's scores at its temperature). Sentences are tokenised with the model's language
    /// rules (`SentenceView::lang` is not consulted: pick the model by language before calling).
    /// Document features use earlier sentences of this call. Sentence ranges that are out of
    /// bounds or not on char boundaries are skipped.
    pub fn tag(&self, text: &str, sentences: &[SentenceView]) -> Vec<Candidate> {
        let ranges: Vec<Range<usize>> = sentences.iter().map(|s| s.range.0..s.range.1).collect();
        self.predict(text, &ranges)
            .into_iter()
            .filter_map(|(range, l, conf)| {
                let label = *self.labels.get(l)?;
                Some(Candidate {
                    range,
                    label,
                    source: EntitySource::Model,
                    confidence: Some(conf),
                })
            })
            .collect()
    }

    /// [`NerModel::predict`] with each entity's label itself, without its confidence (for
    /// scoring against gold spans).
    pub fn predict_labels(
        &self,
        text: &str,
        sentences: &[Range<usize>],
    ) -> Vec<(Range<usize>, EntityLabel)> {
        self.predict(text, sentences)
            .into_iter()
            .filter_map(|(r, l, _)| Some((r, *self.labels.get(l)?)))
            .collect()
    }

    /// Tags sentences given as byte ranges; returns entities as (range, label index, confidence).
    pub fn predict(&self, text: &str, sentences: &[Range<usize>]) -> Vec<Prediction> {
        let mut ctx = DocContext::for_language(&self.lang);
        let mut all_toks: Vec<(usize, Vec<Range<usize>>)> = Vec::with_capacity(sentences.len());
        for r in sentences {
            let mut toks = Vec::new();
            tokenize_into(text, r.clone(), &self.lang, &mut toks);
            let id = ctx.observe(text, &toks);
            all_toks.push((id, toks));
        }
        // names are capitalised in these languages: a span without a capital is no name
        let cased = super::features::CASED_LANGS.contains(&self.lang.as_str())
            || self.lang == super::FALLBACK_LANG;
        let label_index = |x: EntityLabel| self.labels.iter().position(|l| *l == x);
        let (per_i, org_i, loc_i, misc_i) = (
            label_index(EntityLabel::Per),
            label_index(EntityLabel::Org),
            label_index(EntityLabel::Loc),
            label_index(EntityLabel::Misc),
        );
        let model_spans = |toks: &[Range<usize>], tags_seq: &[usize]| {
            tags::decode(tags_seq)
                .into_iter()
                .filter_map(|(span, l)| {
                    super::spans::clean(text, toks, span, Some(l) == per_i, &self.lang)
                        .map(|s| (s, l))
                })
                .collect::<Vec<(Range<usize>, usize)>>()
        };
        let mut first_pass = TWO_PASS_LANGS.contains(&self.lang.as_str()).then(|| {
            FirstPass::run(self, &mut ctx, &all_toks, |toks, tags_seq| {
                token_labels(toks.len(), &model_spans(toks, tags_seq))
            })
        });
        let mut acronyms = super::acronyms::Acronyms::default();
        let mut out = Vec::new();
        let (mut feats, mut em, mut back) = (SentenceFeatures::default(), Vec::new(), Vec::new());
        for (k, (id, toks)) in all_toks.iter().enumerate() {
            if toks.is_empty() {
                continue;
            }
            match first_pass.as_mut() {
                Some(pass) => pass.emissions(self, &mut ctx, k, *id, &mut feats, &mut em),
                None => {
                    extract(*id, &ctx, &self.lexicon, &mut feats);
                    self.cached_emissions(&feats, &mut em);
                }
            }
            let tags_seq = viterbi(&em, toks.len(), &self.transitions, &mut back);
            let mut spans = model_spans(toks, &tags_seq);
            // forward-backward only for sentences with a span to score
            let lattice = (!spans.is_empty()).then(|| Lattice::new(&em, toks.len(), &self.moves));
            let confidence = |s: Range<usize>| {
                lattice
                    .as_ref()
                    .map_or(0.0, |l| l.span_probability(s, &tags_seq))
            };
            let defined = acronyms.apply(text, toks, &mut spans, |s| confidence(s.clone()));
            // the document memory keeps the model's own spans, not the joined ones (the `ENRON`
            // of `John Griffith@ENRON` stays an organisation there)
            let labels_seq = token_labels(toks.len(), &spans);
            spans.retain(|(s, _)| {
                (!cased || super::spans::has_capital(text, toks, s))
                    && super::spans::in_model_script(text, toks, s, &self.lang)
            });
            super::spans::take_regnal(text, toks, &mut spans, per_i);
            super::spans::english_places(text, toks, &mut spans, per_i, loc_i, &self.lang);
            super::places::misc_place_heads(text, toks, &mut spans, (misc_i, loc_i), &self.lang);
            super::heads::company_heads(text, toks, &mut spans, (per_i, org_i, loc_i));
            super::heads::generic_nouns(text, toks, &mut spans, &self.lang);
            super::spans::storm_names(text, toks, &mut spans, misc_i);
            super::spans::place_events(text, toks, &mut spans, loc_i, misc_i);
            super::spans::join(text, toks, &mut spans, per_i, org_i, loc_i);
            for (span, l) in &spans {
                let span = span.clone();
                let Some(bytes) = super::spans::span_bytes(toks, &span) else {
                    continue;
                };
                let conf = match defined.iter().find(|d| d.0 == span) {
                    Some(d) => d.1,
                    None => confidence(span.clone()),
                };
                out.push((bytes, *l, conf));
            }
            match first_pass.as_ref() {
                // the second pass reads the first pass's labels of every other sentence
                Some(pass) => pass.restore(&mut ctx, k, *id),
                None => ctx.remember(*id, &labels_seq),
            }
        }
        out
    }
}

/// Token labels (0 = outside, 1 + label index) of a sentence of `n` tokens from its spans.
fn token_labels(n: usize, spans: &[(Range<usize>, usize)]) -> Vec<usize> {
    let mut labels = vec![0usize; n];
    for (span, l) in spans {
        for x in labels.iter_mut().take(span.end).skip(span.start) {
            *x = l + 1;
        }
    }
    labels
}
