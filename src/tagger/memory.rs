//! The document memory read in two passes. The tagger remembers how it labelled each word earlier
//! in the document (`DocContext::remember`) and reads that memory as features. In one pass a word
//! only knows what came before it: the first mention of a name, often the hardest (a bare
//! surname in a headline, a sentence-initial name), learns nothing from the clear mentions after
//! it. For the languages in [`TWO_PASS_LANGS`] the document is tagged twice: the first pass labels
//! every sentence with the forward memory, as in training, and the second tags each sentence
//! again with the memory of every *other* sentence's first-pass labels, before and after it.
//!
//! Taking a sentence's own labels out leaves its words in the memory with all counts at zero when
//! no other sentence has them, so in the second pass every word has a memory entry, and one that
//! occurs nowhere else reads as "seen, never as a name" (best label: outside). One pass gives such a
//! word no memory key at all. On English web text this is most of the two-pass gain (see
//! docs/tagger.md, "The document memory in two passes").
//!
//! The features without the memory are the same in both passes, so their scores are computed once
//! and kept as integer sums (exactly what one extraction would give); only the few memory keys are
//! scored again. A document too long to keep them is extracted twice instead.

use super::decode::viterbi;
use super::features::{extract_without_history, history_keys, DocContext, SentenceFeatures};
use super::model::{NerModel, Scorer};
use std::ops::Range;

/// Languages whose models read the document memory in two passes (see the module comment and
/// docs/tagger.md for the measurements that chose them).
pub const TWO_PASS_LANGS: &[&str] = &["zh", "en"];

/// Documents with more tokens than this extract their features again in the second pass instead
/// of keeping their scores (bounds the memory: tokens x tags x 4 bytes).
const KEEP_SCORES_MAX_TOKENS: usize = 200_000;

/// The first pass over one document: each sentence's labels (0 = outside, 1 + label index per
/// token) and, for documents small enough, each sentence's scores without the memory.
pub(crate) struct FirstPass {
    labels: Vec<Vec<usize>>,
    scores: Option<Vec<Vec<i32>>>,
    keys: Vec<u64>,
}

impl FirstPass {
    /// Tags every sentence (`sents`: observed sentence id and tokens, in order) with the forward
    /// memory, recording the labels in `ctx` as it goes; `labels_of` turns a sentence's tokens and
    /// tag sequence into token labels the way the second pass will.
    pub(crate) fn run(
        model: &NerModel,
        ctx: &mut DocContext,
        sents: &[(usize, Vec<Range<usize>>)],
        labels_of: impl Fn(&[Range<usize>], &[usize]) -> Vec<usize>,
    ) -> FirstPass {
        let tokens: usize = sents.iter().map(|(_, t)| t.len()).sum();
        let mut pass = FirstPass {
            labels: Vec::with_capacity(sents.len()),
            scores: (tokens <= KEEP_SCORES_MAX_TOKENS).then(Vec::new),
            keys: Vec::new(),
        };
        let (mut feats, mut em, mut back) = (SentenceFeatures::default(), Vec::new(), Vec::new());
        for (id, toks) in sents {
            let base = model.base_scores(*id, ctx, &mut feats);
            pass.emissions_from(model, ctx, *id, &base, &mut em);
            let tags_seq = viterbi(&em, toks.len(), &model.transitions, &mut back);
            let labels = if toks.is_empty() {
                Vec::new()
            } else {
                labels_of(toks, &tags_seq)
            };
            ctx.remember(*id, &labels);
            pass.labels.push(labels);
            if let Some(kept) = pass.scores.as_mut() {
                kept.push(base);
            }
        }
        pass
    }

    /// The second-pass emissions of sentence `k` (observed id `id`) into `em`: its own first-pass
    /// labels are taken out of the memory first (put them back with [`FirstPass::restore`]).
    pub(crate) fn emissions(
        &mut self,
        model: &NerModel,
        ctx: &mut DocContext,
        k: usize,
        id: usize,
        feats: &mut SentenceFeatures,
        em: &mut Vec<f32>,
    ) {
        if let Some(labels) = self.labels.get(k) {
            ctx.forget(id, labels);
        }
        let base = match self.scores.as_mut().and_then(|s| s.get_mut(k)) {
            Some(kept) => std::mem::take(kept),
            None => model.base_scores(id, ctx, feats),
        };
        self.emissions_from(model, ctx, id, &base, em);
    }

    /// Puts sentence `k`'s first-pass labels back into the memory.
    pub(crate) fn restore(&self, ctx: &mut DocContext, k: usize, id: usize) {
        if let Some(labels) = self.labels.get(k) {
            ctx.remember(id, labels);
        }
    }

    /// Emissions = the kept integer scores plus the memory keys' scores, scaled once.
    fn emissions_from(
        &mut self,
        model: &NerModel,
        ctx: &DocContext,
        id: usize,
        base: &[i32],
        em: &mut Vec<f32>,
    ) {
        let t = model.ntags();
        em.clear();
        em.reserve(base.len());
        let mut acc = vec![0i32; t];
        for (i, row) in base.chunks(t).enumerate() {
            acc.copy_from_slice(row);
            history_keys(id, i, ctx, &mut self.keys);
            // at most three keys: one look-up each beats `add_all`'s batched set-up
            for &key in &self.keys {
                model.weights.add(key, &mut acc);
            }
            em.extend(acc.iter().map(|&a| a as f32 * model.weights.scale()));
        }
    }
}

impl NerModel {
    /// The integer scores (tokens x tags) of sentence `id`'s features without the memory.
    fn base_scores(&self, id: usize, ctx: &DocContext, feats: &mut SentenceFeatures) -> Vec<i32> {
        let t = self.ntags();
        extract_without_history(id, ctx, &self.lexicon, feats);
        let mut scores = vec![0i32; feats.len() * t];
        super::word_scores::add_sentence(&self.weights, feats, &mut scores);
        scores
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{EntityLabel, SentenceView};
    use crate::tagger::features::extract;
    use crate::tagger::model::emissions;
    use crate::tagger::tokenize::tokenize_into;

    fn english() -> NerModel {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("pipelines/models/ner-en.bin");
        let bytes = std::fs::read(path).expect("the shipped English model");
        NerModel::from_bytes(&bytes).expect("a valid model")
    }

    const TEXT: &str =
        "Wojtaszek won again.\nThe coach said Anna Wojtaszek played her best match of the season in Leeds.";

    #[test]
    fn kept_scores_plus_memory_keys_equal_one_extraction() {
        let m = english();
        let mut ctx = DocContext::for_language("en");
        let ids: Vec<usize> = TEXT
            .split('\n')
            .scan(0, |at, line| {
                let range = *at..*at + line.len();
                *at += line.len() + 1;
                Some(range)
            })
            .map(|r| {
                let mut toks = Vec::new();
                tokenize_into(TEXT, r, "en", &mut toks);
                ctx.observe(TEXT, &toks)
            })
            .collect();
        // the first sentence's `Wojtaszek` remembered as a person: the second sentence has memory keys
        ctx.remember(ids[0], &[1, 0, 0, 0]);
        let (mut feats, mut whole, mut split) =
            (SentenceFeatures::default(), Vec::new(), Vec::new());
        extract(ids[1], &ctx, &m.lexicon, &mut feats);
        emissions(&m, &feats, &mut whole);
        let base = m.base_scores(ids[1], &ctx, &mut feats);
        let mut pass = FirstPass {
            labels: Vec::new(),
            scores: None,
            keys: Vec::new(),
        };
        pass.emissions_from(&m, &ctx, ids[1], &base, &mut split);
        assert_eq!(whole, split);
        let with_memory = (0..feats.len()).filter(|&i| {
            history_keys(ids[1], i, &ctx, &mut pass.keys);
            !pass.keys.is_empty()
        });
        assert_eq!(with_memory.count(), 1);

        // the second pass gives the same scores whether the first kept them or not (long documents)
        let sents: Vec<(usize, Vec<Range<usize>>)> = ids
            .iter()
            .map(|&id| (id, vec![0..1; ctx.sentences_len(id)]))
            .collect();
        let mut kept = FirstPass::run(&m, &mut ctx, &sents, |_, tags| vec![1; tags.len()]);
        assert!(kept.scores.is_some());
        let mut again = FirstPass {
            labels: kept.labels.clone(),
            scores: None,
            keys: Vec::new(),
        };
        let (mut a, mut b) = (Vec::new(), Vec::new());
        kept.emissions(&m, &mut ctx, 1, ids[1], &mut feats, &mut a);
        kept.restore(&mut ctx, 1, ids[1]);
        again.emissions(&m, &mut ctx, 1, ids[1], &mut feats, &mut b);
        assert_eq!(a, b);
        assert_eq!(a.len(), split.len());
    }

    #[test]
    fn a_later_mention_tells_the_first_one_what_it_is() {
        let m = english();
        assert!(TWO_PASS_LANGS.contains(&"en"));
        let first = TEXT.find('\n').unwrap_or(0);
        let sents = [
            SentenceView {
                range: (0, first),
                lang: "en",
            },
            SentenceView {
                range: (first + 1, TEXT.len()),
                lang: "en",
            },
        ];
        let got: Vec<(&str, EntityLabel)> = m
            .tag(TEXT, &sents)
            .iter()
            .filter_map(|c| TEXT.get(c.range.clone()).map(|t| (t, c.label)))
            .collect();
        // in one pass the bare surname at the start was an organisation
        assert_eq!(
            got,
            [
                ("Wojtaszek", EntityLabel::Per),
                ("Anna Wojtaszek", EntityLabel::Per),
                ("Leeds", EntityLabel::Loc)
            ]
        );
    }
}
