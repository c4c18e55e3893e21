//! The `annotate` command line (thin wrapper over the `annot` library).
fn main() {}
