//! annotate: fast multilingual batch annotation (language segments, sentences, entities).
#![forbid(unsafe_code)]

pub mod annotation;
pub mod langid;
pub mod rules;
pub mod sentences;
pub mod tagger;
