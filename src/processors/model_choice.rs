//! Which tagger model reads a sentence: its own language's, the document's, the multilingual
//! fallback, or none (rules only). Kept apart from the stage itself because the choice carries
//! most of what was learned about mixed documents: results tables misread as another language,
//! German nouns that an English model took for names, languages that have no model at all.

use super::ner_models::LazyModel;
use crate::annotation::SentenceView;
use crate::document::Document;
use std::collections::BTreeMap;

/// The key of the fallback model among the stage's models (no language code looks like it).
pub(crate) const FALLBACK: &str = "*fallback";

/// The scripts the fallback reads. Its shapes and capitalisation features carry over to a
/// language it was not trained on only where names are capitalised. Its training corpora are all in
/// Latin script, and it reads Cyrillic as Latin (`tagger::cyrillic`: `Трампом` as `Trampom`), so
/// Russian, Ukrainian, Bulgarian and Macedonian names meet the Slavic ones it learnt. On news
/// written for the test (37 documents, 505 names; docs/tagger.md) it raised their F1 from 49.1 with
/// the rules alone to 60.8; read as they are, the Cyrillic words had given it shapes alone (on UD
/// Russian-GSD dev about 15 of 40 sampled spans right). Greek and the other scripts are left to
/// the rules.
const FALLBACK_SCRIPTS: [&str; 2] = ["Latin", "Cyrillic"];

/// Lower-case words a sentence needs before its own language picks the tagger model against the
/// document's. CoNLL-2003 tennis and athletics results (`Hendrik Dreekmann ( Germany ) beat Thomas
/// Johansson ( Sweden )`, `Men 's mile`) were read as Danish or Slovak; their lines have at most
/// three lower-case words, while a sentence of running text has more.
const MIN_OWN_WORDS: usize = 4;

/// The models of a `ner_model` stage, with the languages the fallback must not read.
pub(crate) struct ModelChoice<'a> {
    pub(crate) models: &'a BTreeMap<String, LazyModel>,
    pub(crate) no_fallback: &'a [String],
}

impl<'a> ModelChoice<'a> {
    /// The model for a sentence. Its own language's, unless the document is in another language
    /// of the same script and the sentence gives too little evidence of its own language (fewer
    /// than [`MIN_OWN_WORDS`] lower-case words: a table row, a list of names, a headline), in
    /// which case the document language's model. When its language has no model: for running
    /// text (at least [`MIN_OWN_WORDS`] lower-case words) the fallback model, if the stage has
    /// one, the sentence is in Latin or Cyrillic script and its language is not in
    /// `no_fallback` (German capitalises every noun: the English model tagged `Ende`, `Monats`,
    /// `Entwurf`), else none (rules only); for a short sentence the document language's model if the sentence is in the
    /// document's script (a name list or a table row misread as another Latin-script language is
    /// still tagged), else the fallback as for running text.
    pub(crate) fn model_for(&self, doc: &Document, sentence: &SentenceView) -> Option<&'a str> {
        let own = self
            .models
            .get_key_value(sentence.lang)
            .map(|(k, _)| k.as_str())
            .filter(|k| *k != FALLBACK);
        let text = doc
            .text
            .get(sentence.range.0..sentence.range.1)
            .unwrap_or("");
        match own {
            Some(key) => {
                let in_document_language = doc
                    .language
                    .as_ref()
                    .is_some_and(|d| d.lang == sentence.lang);
                if in_document_language
                    || lower_case_words(text) >= MIN_OWN_WORDS
                    || !text.chars().any(|c| c.is_lowercase() || c.is_uppercase())
                {
                    return Some(key);
                }
                Some(self.document_model(doc, sentence).unwrap_or(key))
            }
            None if lower_case_words(text) >= MIN_OWN_WORDS => self.fallback(doc, sentence),
            None => self
                .document_model(doc, sentence)
                .or_else(|| self.fallback(doc, sentence)),
        }
    }

    /// The document language's model, if it has one and the sentence is in its script.
    fn document_model(&self, doc: &Document, sentence: &SentenceView) -> Option<&'a str> {
        let doc_lang = doc.language.as_ref()?;
        let (key, _) = self.models.get_key_value(doc_lang.lang.as_str())?;
        (key != FALLBACK && script_of(doc, sentence)? == doc_lang.script).then_some(key.as_str())
    }

    /// The fallback model, if the stage has one and may use it on this sentence.
    fn fallback(&self, doc: &Document, sentence: &SentenceView) -> Option<&'a str> {
        let (key, _) = self.models.get_key_value(FALLBACK)?;
        let excluded = self.no_fallback.iter().any(|l| l == sentence.lang);
        let readable = FALLBACK_SCRIPTS.contains(&script_of(doc, sentence)?);
        (readable && !excluded).then_some(key.as_str())
    }
}

/// The script of the language segment a sentence starts in.
fn script_of<'d>(doc: &'d Document, sentence: &SentenceView) -> Option<&'d str> {
    let at = doc
        .segments
        .partition_point(|s| s.span.start.byte <= sentence.range.0)
        .checked_sub(1)?;
    Some(doc.segments.get(at)?.language.script.as_str())
}

/// Number of words written in lower-case letters only, counted up to [`MIN_OWN_WORDS`].
fn lower_case_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && w.chars().all(char::is_lowercase))
        .take(MIN_OWN_WORDS)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntityLabel;
    use crate::document::{LanguageTag, Segment, Sentence};
    use crate::tagger::weights::WeightTable;
    use crate::tagger::NerModel;

    fn model(lang: &str) -> NerModel {
        let labels = vec![EntityLabel::Per];
        let ntags = crate::tagger::tags::tag_count(labels.len());
        NerModel::from_parts(
            lang.to_string(),
            labels,
            WeightTable::new(ntags, Vec::new()),
            vec![0.0; (ntags + 1) * ntags],
            Default::default(),
        )
    }

    fn tag(lang: &str) -> LanguageTag {
        LanguageTag {
            lang: lang.to_string(),
            script: "Latin".to_string(),
            confidence: 1.0,
            reliable: true,
            variant: None,
        }
    }

    #[test]
    fn a_sentence_without_evidence_of_its_own_language_takes_the_documents_model() {
        let text = "Anna Berg ( Sweden ) beat Eva Holm ( Denmark ) 6-4. \
                    Hun sagde at hun var glad for at vinde i dag. Kurt Maier ( Germany ) 6-2. \
                    Die Delegation will bis Ende des Monats einen Entwurf vorlegen."
            .to_string();
        let mut doc = Document::new("d", "test", text.clone());
        doc.language = Some(tag("en"));
        doc.segments = vec![Segment {
            span: doc.span(0..text.len()),
            language: tag("en"),
        }];
        let first = text.find("Hun").unwrap_or(0);
        let third = text.find("Kurt").unwrap_or(0);
        let fourth = text.find("Die").unwrap_or(0);
        for (range, lang) in [
            (0..first - 1, "da"),
            (first..third - 1, "da"),
            (third..fourth - 1, "de"),
            (fourth..text.len(), "de"),
        ] {
            doc.sentences.push(Sentence {
                span: doc.span(range),
                language: lang.to_string(),
            });
        }
        let models: BTreeMap<String, LazyModel> = ["en", "da"]
            .iter()
            .map(|l| (l.to_string(), LazyModel::ready(l.to_string(), model(l))))
            .collect();
        let choice = ModelChoice {
            models: &models,
            no_fallback: &[],
        };
        let picked: Vec<Option<&str>> = doc
            .sentence_views()
            .iter()
            .map(|v| choice.model_for(&doc, v))
            .collect();
        // a results line read as Danish: English model; running Danish text: Danish model;
        // a results line read as a language without a model: the document's model; running text
        // in a language without a model: none (rules only)
        assert_eq!(picked, vec![Some("en"), Some("da"), Some("en"), None]);
        assert_eq!(lower_case_words("Men 's mile, 3 minutes"), 3);
    }

    /// A French document: no French model, so the fallback reads it, short sentences and running
    /// text alike, and a Russian one, but not a German sentence in it (`no_fallback`) or a
    /// Japanese one (neither Latin nor Cyrillic script).
    #[test]
    fn languages_without_a_model_take_the_fallback_where_it_may_read_them() {
        let parts = [
            ("Marseille : le plan", "fr", "Latin"),
            (
                "Le maire de Marseille a annoncé un plan pour les écoles.",
                "fr",
                "Latin",
            ),
            (
                "Die Stadt will bis Ende des Monats einen Entwurf vorlegen.",
                "de",
                "Latin",
            ),
            ("大阪市は来年から新しい計画を始める。", "ja", "Japanese"),
            (
                "Профессор Сергей Орлов считает, что программа запоздала.",
                "ru",
                "Cyrillic",
            ),
            ("The mayor said the plan was late.", "en", "Latin"),
        ];
        let text = parts.map(|p| p.0).join(" ");
        let mut doc = Document::new("d", "test", text.clone());
        doc.language = Some(tag("fr"));
        let mut at = 0;
        for (part, lang, script) in parts {
            let range = at..at + part.len();
            let mut language = tag(lang);
            language.script = script.to_string();
            doc.segments.push(Segment {
                span: doc.span(range.clone()),
                language,
            });
            doc.sentences.push(Sentence {
                span: doc.span(range),
                language: lang.to_string(),
            });
            at += part.len() + 1;
        }
        let mut models: BTreeMap<String, LazyModel> = BTreeMap::new();
        for key in ["en", FALLBACK] {
            models.insert(
                key.to_string(),
                LazyModel::ready(key.to_string(), model("xx")),
            );
        }
        let no_fallback = ["de".to_string()];
        let choice = ModelChoice {
            models: &models,
            no_fallback: &no_fallback,
        };
        let picked: Vec<Option<&str>> = doc
            .sentence_views()
            .iter()
            .map(|v| choice.model_for(&doc, v))
            .collect();
        let f = Some(FALLBACK);
        assert_eq!(picked, vec![f, f, None, None, f, Some("en")]);
        // without a fallback model, the French sentences get the rules only
        models.remove(FALLBACK);
        let choice = ModelChoice {
            models: &models,
            no_fallback: &no_fallback,
        };
        let views = doc.sentence_views();
        assert_eq!(choice.model_for(&doc, &views[1]), None);
    }
}
