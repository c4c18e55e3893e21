//! A pipeline: processors built from a TOML file and checked when it loads (unknown keys, unknown types,
//! and a processor whose required layers no earlier one provides are errors), then run on documents.

use crate::document::{Document, Status};
use crate::error::{Error, ErrorKind, Result};
use crate::processor::{Layers, Processor};
use crate::processors::{build, BuildContext};
use crate::resources::{self, Resources};
use serde::Deserialize;
use std::path::Path;

/// The `[run]` table: how documents are read and batched.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct RunSettings {
    /// Documents per ordered parallel batch.
    pub batch_size: usize,
    /// A batch also ends once it holds this many bytes of text, so memory stays bounded when
    /// documents are large (a few batches are in flight at once).
    pub batch_bytes: usize,
    /// Documents larger than this many bytes are reported as `too_large` and not annotated.
    pub max_document_bytes: usize,
    /// A JSONL line longer than this is reported as `too_large` without being held in memory.
    pub max_line_bytes: usize,
    /// A document whose stages take longer than this (checked between stages) is reported as
    /// `timeout` and its partial annotations dropped; the run goes on.
    pub max_document_seconds: f64,
}

impl Default for RunSettings {
    fn default() -> Self {
        RunSettings {
            batch_size: 256,
            batch_bytes: 16_000_000,
            max_document_bytes: 10_000_000,
            max_line_bytes: 20_000_000,
            max_document_seconds: 60.0,
        }
    }
}

/// A loaded, checked pipeline, shared by reference across worker threads.
pub struct Pipeline {
    name: String,
    run: RunSettings,
    processors: Vec<Box<dyn Processor>>,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline")
            .field("name", &self.name)
            .field("processors", &self.processor_names())
            .finish()
    }
}

impl Pipeline {
    /// Loads a pipeline file; its relative paths resolve against its folder.
    pub fn from_path(path: &Path) -> Result<Pipeline> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Pipeline::from_toml(
            &text,
            &path.display().to_string(),
            Resources::Dir(resources::dir_of(path)),
        )
    }

    /// Loads a pipeline embedded in the binary (`default.toml`, `sentences.toml`).
    pub fn builtin(name: &str) -> Result<Pipeline> {
        let file = if name.ends_with(".toml") {
            name.to_string()
        } else {
            format!("{name}.toml")
        };
        let bytes = resources::embedded(&file).ok_or_else(|| {
            Error::config(format!("<builtin>/{file}"), "no such built-in pipeline")
        })?;
        let text =
            std::str::from_utf8(bytes).map_err(|_| Error::config(&file, "not valid UTF-8"))?;
        Pipeline::from_toml(text, &format!("<builtin>/{file}"), Resources::Builtin)
    }

    /// The built-in default pipeline.
    pub fn default_pipeline() -> Result<Pipeline> {
        Pipeline::builtin(resources::DEFAULT_PIPELINE)
    }

    /// Parses and builds a pipeline from TOML text. `name` names it in messages.
    pub fn from_toml(text: &str, name: &str, resources: Resources) -> Result<Pipeline> {
        let mut table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| Error::config(name, e.to_string()))?;
        let version = table.remove("version").and_then(|v| v.as_integer());
        if version != Some(1) {
            return Err(Error::config(
                name,
                "`version = 1` is required at the top of the file",
            ));
        }
        let run: RunSettings = match table.remove("run") {
            None => RunSettings::default(),
            Some(v) => v.try_into().map_err(|e: toml::de::Error| {
                Error::config(name, format!("[run]: {}", e.message()))
            })?,
        };
        if run.batch_size == 0 {
            return Err(Error::config(name, "[run]: batch_size must be at least 1"));
        }
        let list = match table.remove("processors") {
            Some(toml::Value::Array(list)) => list,
            Some(_) => {
                return Err(Error::config(
                    name,
                    "`processors` must be an array of tables ([[processors]])",
                ))
            }
            None => return Err(Error::config(name, "no [[processors]] defined")),
        };
        if let Some(key) = table.keys().next() {
            return Err(Error::config(
                name,
                format!("unknown top-level key `{key}` (expected version, run, processors)"),
            ));
        }
        let mut processors: Vec<Box<dyn Processor>> = Vec::new();
        let mut have = Layers::NONE;
        for (position, item) in list.into_iter().enumerate() {
            let toml::Value::Table(mut t) = item else {
                return Err(Error::config(
                    name,
                    format!("processors[{position}] must be a table"),
                ));
            };
            let kind = match t.remove("type") {
                Some(toml::Value::String(s)) => s,
                _ => {
                    return Err(Error::config(
                        name,
                        format!("processors[{position}]: missing `type = \"...\"`"),
                    ))
                }
            };
            let ctx = BuildContext {
                resources: &resources,
                pipeline: name,
                position,
            };
            let processor = build(&kind, t, &ctx)?;
            let missing = processor.requires().missing_from(have);
            if missing != Layers::NONE {
                return Err(ErrorKind::UnmetRequirement {
                    processor: kind,
                    layer: missing.to_string(),
                }
                .into());
            }
            have = have.union(processor.provides());
            processors.push(processor);
        }
        Ok(Pipeline {
            name: name.to_string(),
            run,
            processors,
        })
    }

    /// The pipeline's name (its file).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The `[run]` settings.
    pub fn run_settings(&self) -> &RunSettings {
        &self.run
    }

    /// Loads now everything the processors would load on first use (the built-in tagger models,
    /// decoded in parallel), so that a damaged model fails here and the first documents do not pay
    /// for the loading (`annotate run --preload`).
    pub fn preload(&self) -> Result<()> {
        self.processors.iter().try_for_each(|p| p.preload())
    }

    /// The processor types, in order.
    pub fn processor_names(&self) -> Vec<&'static str> {
        self.processors.iter().map(|p| p.name()).collect()
    }

    /// Runs every processor on a document. A processor error or panic marks the document `failed`
    /// (with the processor named) and clears its partial layers; it never stops the run.
    pub fn annotate(&self, doc: &mut Document) {
        if doc.status.is_failure() {
            return;
        }
        if doc.text.trim().is_empty() {
            doc.status = Status::Empty;
            doc.error = Some("document is empty or only whitespace".into());
            return;
        }
        let started = std::time::Instant::now();
        for p in &self.processors {
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| p.process(doc)));
            let (status, message) = match outcome {
                Ok(Ok(())) if started.elapsed().as_secs_f64() <= self.run.max_document_seconds => continue,
                Ok(Ok(())) => (
                    Status::Timeout,
                    format!(
                        "annotation took over {} s (stopped after processor `{}`; raise run.max_document_seconds)",
                        self.run.max_document_seconds,
                        p.name()
                    ),
                ),
                Ok(Err(e)) => (Status::Failed, format!("processor `{}` failed: {e}", p.name())),
                Err(_) => (
                    Status::Failed,
                    format!("processor `{}` panicked (a bug: please report it with this document)", p.name()),
                ),
            };
            doc.status = status;
            doc.error = Some(message);
            doc.language = None;
            doc.segments.clear();
            doc.sentences.clear();
            doc.candidates.clear();
            doc.entities.clear();
            return;
        }
        debug_assert_eq!(doc.check_invariants(), Ok(()), "document {}", doc.id);
    }

    /// Annotates one text (for library users and tests).
    pub fn annotate_text(&self, id: &str, text: &str) -> Document {
        let mut doc = Document::new(id, id, text.to_string());
        self.annotate(&mut doc);
        doc
    }
}
