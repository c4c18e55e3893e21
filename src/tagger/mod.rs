//! Statistical sequence tagger for entities (owned by the tagger work; placeholder).
