//! The stage trait. One built pipeline is shared by reference across worker threads, so processors take
//! `&self`, load their models at build time and keep no mutable state. Each declares the layers it needs
//! and the ones it adds, so a pipeline file that orders them wrongly fails when it is loaded.

use crate::document::Document;
use crate::error::Result;
use std::fmt;

/// A set of annotation layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Layers(u8);

impl Layers {
    /// No layer.
    pub const NONE: Layers = Layers(0);
    /// Document language and language segments.
    pub const LANGUAGE: Layers = Layers(1);
    /// Sentences.
    pub const SENTENCES: Layers = Layers(2);
    /// Entity candidates (before merging).
    pub const CANDIDATES: Layers = Layers(4);
    /// Final entities.
    pub const ENTITIES: Layers = Layers(8);

    const NAMES: [(Layers, &'static str); 4] = [
        (Layers::LANGUAGE, "language"),
        (Layers::SENTENCES, "sentences"),
        (Layers::CANDIDATES, "entity candidates"),
        (Layers::ENTITIES, "entities"),
    ];

    /// Both sets.
    pub const fn union(self, other: Layers) -> Layers {
        Layers(self.0 | other.0)
    }
    /// Whether every layer of `other` is in `self`.
    pub fn contains(self, other: Layers) -> bool {
        self.0 & other.0 == other.0
    }
    /// The layers of `self` missing from `have`.
    pub fn missing_from(self, have: Layers) -> Layers {
        Layers(self.0 & !have.0)
    }
}

impl fmt::Display for Layers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = Layers::NAMES
            .iter()
            .filter(|(l, _)| self.contains(*l))
            .map(|(_, n)| *n)
            .collect();
        f.write_str(&names.join(", "))
    }
}

/// One stage of the pipeline.
pub trait Processor: Send + Sync {
    /// The processor's type name, as written in pipeline files.
    fn name(&self) -> &'static str;
    /// Layers that must exist before it runs.
    fn requires(&self) -> Layers;
    /// Layers it adds.
    fn provides(&self) -> Layers;
    /// Annotates one document.
    fn process(&self, doc: &mut Document) -> Result<()>;
    /// Loads now whatever it would otherwise load on first use (the built-in tagger models). The
    /// default does nothing.
    fn preload(&self) -> Result<()> {
        Ok(())
    }
}
