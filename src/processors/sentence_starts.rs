//! A gazetteer hit on the first word of a sentence that is also a common word of the sentence's
//! language (`Mali spolu dve dcéry.`, Slovak "they had", is no visit to the country Mali) is left
//! out when the trained tagger of that language, which reads the word in its context, found no
//! name there. Capitals at the start of a sentence say nothing; the list alone cannot tell the
//! word from the name, the tagger's common-word list (`NerModel::is_common_word`) can.

use crate::annotation::{Candidate, EntitySource, SentenceView};
use crate::document::Document;
use crate::rules::CERTAIN;
use crate::tagger::NerModel;

/// Indices into `doc.candidates` of the gazetteer hits to leave out: one word, the first of one of
/// `sentences` (all tagged by `model`), a common word of the model's language, and overlapped by
/// nothing the model found (`model_found`).
pub(super) fn common_first_words(
    doc: &Document,
    sentences: &[SentenceView],
    model: &NerModel,
    model_found: &[Candidate],
) -> Vec<usize> {
    let text = &doc.text;
    let starts_sentence = |at: usize| sentences.binary_search_by_key(&at, |s| s.range.0).is_ok();
    let model_overlaps = |c: &Candidate| {
        model_found
            .iter()
            .any(|m| m.range.start < c.range.end && c.range.start < m.range.end)
    };
    doc.candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            matches!(c.source, EntitySource::Gazetteer(_))
                && c.confidence != Some(CERTAIN) // a list that outranks the model: kept
                && starts_sentence(c.range.start)
                && text
                    .get(c.range.clone())
                    .is_some_and(|w| w.chars().all(char::is_alphabetic) && model.is_common_word(w))
                && !model_overlaps(c)
        })
        .map(|(i, _)| i)
        .collect()
}

/// Removes the candidates at the given indices (in any order, repeats allowed).
pub(super) fn withdraw(candidates: &mut Vec<Candidate>, mut indices: Vec<usize>) {
    if indices.is_empty() {
        return;
    }
    indices.sort_unstable();
    let mut index = 0;
    candidates.retain(|_| {
        index += 1;
        indices.binary_search(&(index - 1)).is_err()
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntityLabel;
    use crate::tagger::lexicon::Lexicon;
    use crate::tagger::weights::WeightTable;

    fn hit(
        doc: &Document,
        word: &str,
        nth: usize,
        source: EntitySource,
        conf: Option<f32>,
    ) -> Candidate {
        let start = doc.text.match_indices(word).nth(nth).map_or(0, |(i, _)| i);
        Candidate {
            range: start..start + word.len(),
            label: EntityLabel::Loc,
            source,
            confidence: conf,
        }
    }

    #[test]
    fn a_common_first_word_loses_its_gazetteer_hit_unless_the_model_or_a_certain_list_has_it() {
        let mut lexicon = Lexicon::default();
        lexicon.add_common(crate::tagger::features::lower_hash("mali"));
        let labels = vec![EntityLabel::Loc];
        let ntags = crate::tagger::tags::tag_count(labels.len());
        let model = NerModel::from_parts(
            "sk".into(),
            labels,
            WeightTable::new(ntags, Vec::new()),
            vec![0.0; (ntags + 1) * ntags],
            lexicon,
        );
        let text = "Mali spolu dve dcéry. Videli Mali a Čad. Mali sme. Čad leží v Afrike.";
        let mut doc = Document::new("d", "test", text.to_string());
        let starts: Vec<usize> = ["Mali spolu", "Videli", "Mali sme", "Čad leží"]
            .iter()
            .map(|s| text.find(s).unwrap_or(0))
            .collect();
        let ends = [starts[1] - 1, starts[2] - 1, starts[3] - 1, text.len()];
        let sentences: Vec<SentenceView> = starts
            .iter()
            .zip(ends)
            .map(|(&s, e)| SentenceView {
                range: (s, e),
                lang: "sk",
            })
            .collect();
        let gazetteer = || EntitySource::Gazetteer("countries".into());
        doc.candidates = vec![
            hit(&doc, "Mali", 0, gazetteer(), None), // first word, common: withdrawn
            hit(&doc, "Mali", 1, gazetteer(), None), // inside a sentence: kept
            hit(&doc, "Mali", 2, gazetteer(), Some(1.0)), // a certain list: kept
            hit(&doc, "Čad", 1, gazetteer(), None),  // first word, not common: kept
        ];
        assert_eq!(common_first_words(&doc, &sentences, &model, &[]), vec![0]);
        // the model found a name there: the hit stays for the merge to weigh
        let found = vec![hit(&doc, "Mali", 0, EntitySource::Model, Some(0.9))];
        assert!(common_first_words(&doc, &sentences, &model, &found).is_empty());
        let mut candidates = doc.candidates.clone();
        withdraw(&mut candidates, vec![2, 0, 2]);
        assert_eq!(
            candidates,
            vec![doc.candidates[1].clone(), doc.candidates[3].clone()]
        );
    }
}
