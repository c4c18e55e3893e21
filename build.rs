//! Placeholder build script (embeds pipelines/ later).
fn main() {}
