//! annotate: fast multilingual batch annotation. For every document a pipeline of stages finds the
//! document language and its language segments, the sentences, and the entities (people, organisations,
//! places, dates, percentages, money, numbers), with byte and char offsets into the original text.
//!
//! ```
//! let pipeline = annot::Pipeline::default_pipeline().unwrap();
//! let doc = pipeline.annotate_text("demo", "Dr. Smith arrived in Paris on Monday. 他说很好。");
//! assert!(doc.sentences.len() >= 2);
//! for s in &doc.sentences {
//!     assert_eq!(&doc.text[s.span.byte_range()], doc.text.chars().skip(s.span.start.char)
//!         .take(s.span.char_range().len()).collect::<String>());
//! }
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod annotation;
pub mod document;
pub mod error;
pub mod input;
pub mod langid;
pub mod output;
pub mod pipeline;
pub mod processor;
pub mod processors;
pub mod report;
pub mod resources;
pub mod rules;
pub mod runner;
pub mod sentences;
pub mod span;
pub mod tagger;

pub use annotation::{Candidate, EntityLabel, EntitySource, SentenceView};
pub use document::{Document, Entity, LanguageTag, Segment, Sentence, Status};
pub use error::{Error, ErrorKind, Result};
pub use pipeline::{Pipeline, RunSettings};
pub use processor::{Layers, Processor};
pub use span::{CharIndex, Position, Span};
