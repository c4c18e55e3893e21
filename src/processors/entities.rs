//! The entity stages: rule and gazetteer candidates, the trained tagger per language, and the merge that
//! turns overlapping candidates from all of them into final, non-overlapping entities.

use super::model_choice::{ModelChoice, FALLBACK};
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
    fn preload(&self) -> Result<()> {
        self.tagger.preload();
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
    /// Model file for sentences in a language that has no model of its own, in Latin script, unless
    /// the language is in `no_fallback` (see `model_choice.rs`). None by default.
    #[serde(default)]
    pub fallback: Option<String>,
    /// Languages the fallback model does not read (their sentences get the rules only).
    #[serde(default)]
    pub no_fallback: Vec<String>,
    /// `min_confidence` for one language's model (the higher of the two applies), for a model whose
    /// threshold was chosen on its own training data (`scripts/cv_threshold.py`).
    #[serde(default)]
    pub model_min_confidence: BTreeMap<String, f32>,
    /// `min_confidence` for the fallback model's entities (the higher of the two applies): a model
    /// reading a language it never saw is wrong more often (default 0; `default.toml` sets 0.5).
    #[serde(default)]
    pub fallback_min_confidence: f32,
}

/// The trained tagger, one model per language, and optionally a multilingual fallback for other
/// languages (see [`ModelChoice`]); sentences no model may read are left to the rules.
/// It also withdraws the gazetteer hits on a common first word of a sentence it found no name in
/// (see [`common_first_words`]).
pub struct NerTagger {
    /// Per language code; the fallback model under [`FALLBACK`].
    models: BTreeMap<String, LazyModel>,
    min_confidence: f32,
    model_min_confidence: BTreeMap<String, f32>,
    no_fallback: Vec<String>,
    fallback_min_confidence: f32,
}

impl NerTagger {
    /// Builds the stage: models from disk are decoded now, built-in ones on first use
    /// (see [`ner_models`](super::ner_models)).
    pub fn build(settings: NerSettings, ctx: &BuildContext<'_>) -> Result<NerTagger> {
        let per_model = settings
            .model_min_confidence
            .iter()
            .map(|(lang, value)| (format!("model_min_confidence.{lang}"), *value));
        for (key, value) in [
            ("min_confidence".to_string(), settings.min_confidence),
            (
                "fallback_min_confidence".to_string(),
                settings.fallback_min_confidence,
            ),
        ]
        .into_iter()
        .chain(per_model)
        {
            if !(0.0..=1.0).contains(&value) {
                return Err(ctx.error(
                    "ner_model",
                    format!("{key} = {value} is not a probability from 0 to 1"),
                ));
            }
        }
        let mut paths = settings.models;
        if paths.contains_key(FALLBACK) {
            return Err(ctx.error("ner_model", format!("`{FALLBACK}` is not a language code")));
        }
        if let Some(lang) = settings
            .model_min_confidence
            .keys()
            .find(|l| !paths.contains_key(*l))
        {
            return Err(ctx.error(
                "ner_model",
                format!("model_min_confidence names `{lang}`, which has no model in `models`"),
            ));
        }
        if let Some(path) = settings.fallback {
            paths.insert(FALLBACK.to_string(), path);
        }
        Ok(NerTagger {
            models: super::ner_models::load(paths, ctx)?,
            min_confidence: settings.min_confidence,
            model_min_confidence: settings.model_min_confidence,
            no_fallback: settings.no_fallback,
            fallback_min_confidence: settings.fallback_min_confidence,
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
        let choice = ModelChoice {
            models: &self.models,
            no_fallback: &self.no_fallback,
        };
        let keys: Vec<Option<&str>> = views.iter().map(|v| choice.model_for(doc, v)).collect();
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
                super::name_edges::cut_trailing_dates(lang, &mut tagged, &doc.candidates);
                super::name_edges::cut_apostrophe_suffixes(&mine, &doc.text, &mut tagged);
                super::name_edges::cut_final_periods(&mine, &doc.text, &mut tagged);
                super::name_heads::mend(&mine, &doc.text, &mut tagged);
                let min = match lang.as_str() {
                    FALLBACK => self.min_confidence.max(self.fallback_min_confidence),
                    _ => self
                        .model_min_confidence
                        .get(lang)
                        .map_or(self.min_confidence, |m| m.max(self.min_confidence)),
                };
                if min > 0.0 {
                    tagged.retain(|c| c.confidence.unwrap_or(0.0) >= min);
                }
                if lang == FALLBACK {
                    // a model that never saw the language: a rule or list hit on the very same
                    // words keeps its label (`Dijon` is a place, whatever the model says)
                    let ruled: std::collections::BTreeSet<(usize, usize)> = doc
                        .candidates
                        .iter()
                        .map(|r| (r.range.start, r.range.end))
                        .collect();
                    tagged.retain(|c| !ruled.contains(&(c.range.start, c.range.end)));
                    tagged.retain_mut(|c| {
                        use super::name_heads::SentenceArticle;
                        match super::name_heads::sentence_article(&mine, &doc.text, c, &ruled) {
                            SentenceArticle::Keep => true,
                            SentenceArticle::Drop => false,
                            SentenceArticle::StartAt(at) => {
                                c.range.start = at;
                                true
                            }
                        }
                    });
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
        let clubs = super::club_mentions::listed_clubs(&doc.candidates);
        let mut merged = merge_with(std::mem::take(&mut doc.candidates), self.policy);
        super::club_mentions::relabel_listed(&clubs, &mut merged);
        let views = doc.sentence_views();
        super::seats::join(&doc.text, &views, &mut merged);
        super::slavic_places::relabel(&doc.text, &views, &mut merged);
        super::company_words::relabel(&doc.text, &mut merged);
        super::club_mentions::relabel(&doc.text, &mut merged);
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
