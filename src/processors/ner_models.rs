//! The models of the `ner_model` stage, and when they are decoded.
//!
//! Decoding the eight built-in models is most of the default pipeline's start-up (about 0.2 s of
//! CPU and 100 MB of memory), while most jobs read one or two languages. So a model built into the
//! binary is decoded on first use, by the first document that has a sentence in its language; the
//! embedded bytes cannot change after the build, and the test suite decodes every one of them. A
//! model file from disk is decoded when the pipeline loads (in parallel), so a damaged or wrong
//! file is a load-time error (exit 2), as every other pipeline error is.

use super::BuildContext;
use crate::error::{ErrorKind, Result};
use crate::resources::{embedded, Resources};
use crate::tagger::NerModel;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One language's model: decoded already, or its embedded bytes and a cell for the decoded model.
pub(crate) struct LazyModel {
    /// `<builtin>/models/ner-en.bin` or the file's path, for error messages.
    name: String,
    /// The embedded bytes of a model not decoded at load time.
    bytes: &'static [u8],
    decoded: OnceLock<std::result::Result<NerModel, String>>,
}

impl LazyModel {
    /// A model decoded already.
    pub(crate) fn ready(name: String, model: NerModel) -> Self {
        LazyModel {
            name,
            bytes: &[],
            decoded: OnceLock::from(Ok(model)),
        }
    }

    /// A built-in model, decoded on first use.
    fn deferred(name: String, bytes: &'static [u8]) -> Self {
        LazyModel {
            name,
            bytes,
            decoded: OnceLock::new(),
        }
    }

    /// Whether the model has been decoded (or has failed to decode).
    #[cfg(test)]
    fn is_decoded(&self) -> bool {
        self.decoded.get().is_some()
    }

    /// The model, decoding it first if no thread has yet (other threads wait for that decoding).
    pub(crate) fn get(&self) -> Result<&NerModel> {
        self.decoded
            .get_or_init(|| NerModel::from_bytes(self.bytes))
            .as_ref()
            .map_err(|message| {
                ErrorKind::Resource {
                    path: self.name.clone(),
                    message: message.clone(),
                }
                .into()
            })
    }
}

/// Loads the stage's models (language code to path relative to the pipeline): built-in ones
/// deferred, files from disk read in order (errors name the first bad one) and decoded in parallel.
pub(crate) fn load(
    paths: BTreeMap<String, String>,
    ctx: &BuildContext<'_>,
) -> Result<BTreeMap<String, LazyModel>> {
    let mut models = BTreeMap::new();
    let mut files = Vec::new();
    for (lang, path) in paths {
        let name = ctx.resources.describe(&path);
        match ctx.resources {
            Resources::Builtin => {
                let bytes = embedded(&path).ok_or_else(|| {
                    ctx.error("ner_model", format!("{name}: no such built-in file"))
                })?;
                models.insert(lang, LazyModel::deferred(name, bytes));
            }
            Resources::Dir(_) => files.push((lang, name, ctx.resources.read(&path)?)),
        }
    }
    let decoded: Vec<(String, String, std::result::Result<NerModel, String>)> = files
        .into_par_iter()
        .map(|(lang, name, bytes)| {
            let model = NerModel::from_bytes(&bytes);
            (lang, name, model)
        })
        .collect();
    for (lang, name, model) in decoded {
        let model = model.map_err(|e| ctx.error("ner_model", format!("{name}: {e}")))?;
        models.insert(lang, LazyModel::ready(name, model));
    }
    Ok(models)
}

/// Decodes every model not decoded yet, and builds the name lists each reads, in parallel; the
/// first error, in language order.
pub(crate) fn preload(models: &BTreeMap<String, LazyModel>) -> Result<()> {
    let results: Vec<Result<()>> = models
        .par_iter()
        .map(|(_, model)| {
            // the name lists a model reads are built on first use too (GeoNames' towns for
            // English, the names of 35 locales for the fallback: tens of milliseconds)
            let m = model.get()?;
            crate::tagger::names::for_language(m.language());
            Ok(())
        })
        .collect();
    results.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::EMBEDDED;

    #[test]
    fn every_built_in_model_decodes() {
        let mut n = 0;
        for (path, bytes) in EMBEDDED
            .iter()
            .filter(|(p, _)| p.starts_with("models/ner-"))
        {
            let model = LazyModel::deferred(format!("<builtin>/{path}"), bytes);
            assert!(!model.is_decoded());
            assert!(model.get().is_ok(), "{path} does not decode");
            assert!(model.is_decoded());
            n += 1;
        }
        assert!(n >= 8, "only {n} built-in models");
    }

    #[test]
    fn a_damaged_deferred_model_is_an_error_naming_it() {
        static DAMAGED: &[u8] = b"not a model";
        let model = LazyModel::deferred("<builtin>/models/ner-xx.bin".into(), DAMAGED);
        let err = model.get().err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("<builtin>/models/ner-xx.bin: "), "{err}");
        // the failure is remembered, not retried
        assert!(model.is_decoded() && model.get().is_err());
    }

    #[test]
    fn preload_decodes_every_deferred_model_and_reports_a_damaged_one() {
        static DAMAGED: &[u8] = b"not a model";
        let good = EMBEDDED
            .iter()
            .find(|(p, _)| p.starts_with("models/ner-"))
            .map_or(&[][..], |(_, b)| *b);
        let mut models = BTreeMap::new();
        models.insert("aa".to_string(), LazyModel::deferred("a".into(), good));
        models.insert("bb".to_string(), LazyModel::deferred("b".into(), good));
        assert!(preload(&models).is_ok());
        assert!(models.values().all(LazyModel::is_decoded));
        models.insert("cc".to_string(), LazyModel::deferred("c".into(), DAMAGED));
        let err = preload(&models)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.starts_with("c: "), "{err}");
    }
}
