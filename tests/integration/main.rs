//! The one integration-test binary (one link step instead of one per file): the real CLI on the samples
//! with golden CSVs, offsets over arbitrary Unicode, thread-count determinism, bad inputs, pipeline files,
//! training a model.

mod bad_input;
mod cli;
mod exports;
mod model_spans;
mod offsets;
mod pipelines;
mod review;
mod scale;
mod seed;
mod stream;
mod train;
mod util;
