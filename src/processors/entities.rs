//! The entity stages: rule and gazetteer candidates, the trained tagger per language, and the merge that
//! turns overlapping candidates from all of them into final, non-overlapping entities.

use super::ner_models::LazyModel;
use super::sentence_starts::{common_first_words, withdraw};
use super::BuildContext;
use crate::annotation::{EntityLabel, SentenceView};
use crate::document::{Document, Entity};
use crate::error::Result;
use crate::processor::{Layers, Processor};
use crate::rules::{merge_with, MergePolicy, RuleTagger};
use serde::Deserialize;
use std::collections::BTreeMap;

/// One extra gazetteer in the `rules` stage.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GazetteerSettings {
    /// Its name (the `source` column says `gazetteer:NAME`).
    pub name: String,
    /// The file (TSV `name<TAB>LABEL`, or plain names with `label`), relative to the pipeline file.
    pub path: String,
    /// The label of entries that name none.
    #[serde(default)]
    pub label: Option<String>,
    /// Match case exactly (default true).
    #[serde(default = "yes")]
    pub case_sensitive: bool,
    /// Only sentences in these languages are matched (default: all).
    #[serde(default)]
    pub languages: Vec<String>,
    /// On the very same span, this list's label beats the trained tagger's (default false).
    #[serde(default)]
    pub outranks_model: bool,
}

fn yes() -> bool {
    true
}

/// Settings of the `rules` stage.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSettings {
    /// Load the shipped gazetteers (default true).
    #[serde(default = "yes")]
    pub builtin_gazetteers: bool,
    /// Extra gazetteers.
    #[serde(default)]
    pub gazetteers: Vec<GazetteerSettings>,
}

/// Rule- and gazetteer-based entity candidates.
pub struct RuleEntities {
    tagger: RuleTagger,
}

impl RuleEntities {
    /// Builds the stage from its settings.
    pub fn build(settings: RuleSettings, ctx: &BuildContext<'_>) -> Result<RuleEntities> {
        let mut tagger = if settings.builtin_gazetteers {
            RuleTagger::builtin()
        } else {
            RuleTagger::rules_only()
        };
        for g in &settings.gazetteers {
            let label = match &g.label {
                None => None,
                Some(l) => Some(EntityLabel::parse(l).ok_or_else(|| {
                    ctx.error(
                        "rules",
                        format!("gazetteer `{}`: unknown label `{l}`", g.name),
                    )
                })?),
            };
            let content = ctx.resources.read_to_string(&g.path)?;
            // the settings go to every list of that name, so they are only set when given
            let languages: Vec<&str> = g.languages.iter().map(String::as_str).collect();
            tagger
                .add_gazetteer(&g.name, &content, label, g.case_sensitive)
                .and_then(|()| {
                    if languages.is_empty() {
                        Ok(())
                    } else {
                        tagger.set_gazetteer_languages(&g.name, &languages)
                    }
                })
                .and_then(|()| {
                    if g.outranks_model {
                        tagger.set_gazetteer_outranks_model(&g.name, true)
                    } else {
                        Ok(())
                    }
                })
                .map_err(|e| {
                    ctx.error("rules", format!("{}: {e}", ctx.resources.describe(&g.path)))
                })?;
        }
        Ok(RuleEntities { tagger })
    }
}

impl Processor for RuleEntities {
    fn name(&self) -> &'static str {
        "rules"
    }
    fn requires(&self) -> Layers {
        Layers::SENTENCES
    }
    fn provides(&self) -> Layers {
        Layers::CANDIDATES
    }
    fn process(&self, doc: &mut Document) -> Result<()> {
        let found = self.tagger.tag(&doc.text, &doc.sentence_views());
        doc.candidates.extend(found);
        Ok(())
    }
}

/// Settings of the `ner_model` stage.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NerSettings {
    /// Model file per language code, relative to the pipeline file.
    pub models: BTreeMap<String, String>,
    /// Model entities whose confidence (their calibrated probability) is below this are dropped
    /// (default 0: all kept). Trades recall for precision; see docs/tagger.md.
    #[serde(default)]
    pub min_confidence: f32,
}

/// The trained tagger, one model per language; sentences in other languages are left to the rules.
/// It also withdraws the gazetteer hits on a common first word of a sentence it found no name in
/// (see [`common_first_words`]).
pub struct NerTagger {
    models: BTreeMap<String, LazyModel>,
    min_confidence: f32,
}

impl NerTagger {
    /// Builds the stage: models from disk are decoded now, built-in ones on first use
    /// (see [`ner_models`](super::ner_models)).
    pub fn build(settings: NerSettings, ctx: &BuildContext<'_>) -> Result<NerTagger> {
        if !(0.0..=1.0).contains(&settings.min_confidence) {
            return Err(ctx.error(
                "ner_model",
                format!(
                    "min_confidence = {} is not a probability from 0 to 1",
                    settings.min_confidence
                ),
            ));
        }
        Ok(NerTagger {
            models: super::ner_models::load(settings.models, ctx)?,
            min_confidence: settings.min_confidence,
        })
    }
}

impl Processor for NerTagger {
    fn name(&self) -> &'static str {
        "ner_model"
    }
    fn requires(&self) -> Layers {
        Layers::SENTENCES
    }
    fn provides(&self) -> Layers {
        Layers::CANDIDATES
    }
    fn preload(&self) -> Result<()> {
        super::ner_models::preload(&self.models)
    }
    fn process(&self, doc: &mut Document) -> Result<()> {
        let views = doc.sentence_views();
        let keys: Vec<Option<&str>> = views.iter().map(|v| self.model_for(doc, v)).collect();
        let mut found = Vec::new();
        let mut dropped = Vec::new();
        for (lang, model) in &self.models {
            let mine: Vec<SentenceView> = views
                .iter()
                .zip(&keys)
                .filter(|(_, k)| **k == Some(lang.as_str()))
                .map(|(v, _)| *v)
                .collect();
            if !mine.is_empty() {
                let model = model.get()?;
                let mut tagged = model.tag(&doc.text, &mine);
                if self.min_confidence > 0.0 {
                    tagged.retain(|c| c.confidence.unwrap_or(0.0) >= self.min_confidence);
                }
                dropped.extend(common_first_words(doc, &mine, model, &tagged));
                found.extend(tagged);
            }
        }
        drop(views);
        withdraw(&mut doc.candidates, dropped);
        doc.candidates.extend(found);
        Ok(())
    }
}

impl NerTagger {
    /// The model for a sentence. Its own language's, unless the document is in another language
    /// of the same script and the sentence gives too little evidence of its own language (fewer
    /// than [`MIN_OWN_WORDS`] lower-case words: a table row, a list of names, a headline), in
    /// which case the document language's model. When its language has no model: none (rules
    /// only) for running text (at least [`MIN_OWN_WORDS`] lower-case words: the English model
    /// tagged the capitalised nouns of a German sentence); otherwise the document language's model
    /// if the sentence is in the same script as the document (a name list or a table row misread
    /// as another Latin-script language is still tagged); else none.
    fn model_for<'a>(&'a self, doc: &Document, sentence: &SentenceView) -> Option<&'a str> {
        let own = self
            .models
            .get_key_value(sentence.lang)
            .map(|(k, _)| k.as_str());
        let document_model = || -> Option<&'a str> {
            let doc_lang = doc.language.as_ref()?;
            let (key, _) = self.models.get_key_value(doc_lang.lang.as_str())?;
            let at = doc
                .segments
                .partition_point(|s| s.span.start.byte <= sentence.range.0)
                .checked_sub(1)?;
            let segment = doc.segments.get(at)?;
            (segment.language.script == doc_lang.script).then_some(key.as_str())
        };
        let text = || {
            doc.text
                .get(sentence.range.0..sentence.range.1)
                .unwrap_or("")
        };
        match own {
            Some(key) => {
                let in_document_language = doc
                    .language
                    .as_ref()
                    .is_some_and(|d| d.lang == sentence.lang);
                if in_document_language
                    || lower_case_words(text()) >= MIN_OWN_WORDS
                    || !text().chars().any(|c| c.is_lowercase() || c.is_uppercase())
                {
                    return Some(key);
                }
                Some(document_model().unwrap_or(key))
            }
            // running text in a language without a model gets the rules only
            None if lower_case_words(text()) >= MIN_OWN_WORDS => None,
            None => document_model(),
        }
    }
}

/// Lower-case words a sentence needs before its own language picks the tagger model against the
/// document's. CoNLL-2003 tennis and athletics results (`Hendrik Dreekmann ( Germany ) beat Thomas
/// Johansson ( Sweden )`, `Men 's mile`) were read as Danish or Slovak; their lines have at most
/// three lower-case words, while a sentence of running text has more.
const MIN_OWN_WORDS: usize = 4;

/// Number of words written in lower-case letters only, counted up to [`MIN_OWN_WORDS`].
fn lower_case_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && w.chars().all(char::is_lowercase))
        .take(MIN_OWN_WORDS)
        .count()
}

/// Settings of the `entity_merge` stage.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct MergeSettings {
    /// `longest_then_model` (the longest candidate wins, then model over gazetteer over rule) or
    /// `rules_first` (rule and gazetteer spans first, the model fills the gaps). See README.
    #[serde(default)]
    pub policy: Option<String>,
}

/// Resolves candidates into final entities.
pub struct EntityMerge {
    policy: MergePolicy,
}

impl EntityMerge {
    /// Builds the stage.
    pub fn build(settings: MergeSettings, ctx: &BuildContext<'_>) -> Result<EntityMerge> {
        let policy = match settings.policy.as_deref() {
            None => MergePolicy::LongestThenModel,
            Some(name) => MergePolicy::parse(name).ok_or_else(|| {
                ctx.error(
                    "entity_merge",
                    format!("unknown policy `{name}` (longest_then_model, rules_first)"),
                )
            })?,
        };
        Ok(EntityMerge { policy })
    }
}

impl Processor for EntityMerge {
    fn name(&self) -> &'static str {
        "entity_merge"
    }
    fn requires(&self) -> Layers {
        Layers::CANDIDATES.union(Layers::SENTENCES)
    }
    fn provides(&self) -> Layers {
        Layers::ENTITIES
    }
    fn process(&self, doc: &mut Document) -> Result<()> {
        let merged = merge_with(std::mem::take(&mut doc.candidates), self.policy);
        let mut entities = Vec::with_capacity(merged.len());
        for c in merged {
            if c.range.start >= c.range.end || doc.text.get(c.range.clone()).is_none() {
                continue;
            }
            let sentence = doc.sentence_at(c.range.start);
            entities.push(Entity {
                span: doc.span(c.range),
                label: c.label,
                source: c.source,
                confidence: c.confidence,
                sentence,
            });
        }
        doc.entities = entities;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
        let tagger = NerTagger {
            min_confidence: 0.0,
            models: ["en", "da"]
                .iter()
                .map(|l| (l.to_string(), LazyModel::ready(l.to_string(), model(l))))
                .collect(),
        };
        let picked: Vec<Option<&str>> = doc
            .sentence_views()
            .iter()
            .map(|v| tagger.model_for(&doc, v))
            .collect();
        // a results line read as Danish: English model; running Danish text: Danish model;
        // a results line read as a language without a model: the document's model; running text
        // in a language without a model: none (rules only)
        assert_eq!(picked, vec![Some("en"), Some("da"), Some("en"), None]);
        assert_eq!(lower_case_words("Men 's mile, 3 minutes"), 3);
    }
}
