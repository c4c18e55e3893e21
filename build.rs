//! Embeds the shipped pipeline files and models (everything under `pipelines/` except the sentence rules
//! and gazetteers, which their own modules embed) so the binary runs with no file beside it, and
//! turns the language n-gram table `pipelines/language/ngrams.tsv` into the binary image of its
//! rows that `NgramModel::embedded` decodes (the maths is the library's own `ngram_table.rs`).

use std::fs;
use std::path::Path;

// The library's table module, whole: the build uses `Table::parse` and `Table::encode`.
#[allow(dead_code)]
#[path = "src/langid/ngram_table.rs"]
mod ngram_table;

fn collect(dir: &Path, root: &Path, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect(&path, root, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "bin")
        ) {
            if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

/// Writes `ngrams.bin` in `out`: the image of the shipped n-gram table. A table that does not
/// parse fails the build (the same table would fail every run).
fn ngram_image(manifest: &Path, out: &Path) {
    let tsv = manifest.join("pipelines/language/ngrams.tsv");
    println!("cargo:rerun-if-changed=src/langid/ngram_table.rs");
    let text = match fs::read_to_string(&tsv) {
        Ok(text) => text,
        Err(e) => panic!("build script cannot read {}: {e}", tsv.display()),
    };
    let table = match ngram_table::Table::parse(&text) {
        Ok(table) => table,
        Err(e) => panic!("{}: {e}", tsv.display()),
    };
    if let Err(e) = fs::write(out.join("ngrams.bin"), table.encode()) {
        panic!("build script cannot write ngrams.bin: {e}");
    }
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let root = Path::new(&manifest).join("pipelines");
    println!("cargo:rerun-if-changed=pipelines");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    let mut code = String::from(
        "/// Files under `pipelines/`, embedded at build time: (relative path, bytes).\n",
    );
    code.push_str("pub static EMBEDDED: &[(&str, &[u8])] = &[\n");
    for rel in &files {
        code.push_str(&format!(
            "    ({rel:?}, include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/pipelines/\", {rel:?}))),\n"
        ));
    }
    code.push_str("];\n");
    let out = std::env::var("OUT_DIR").unwrap_or_default();
    if let Err(e) = fs::write(Path::new(&out).join("embedded.rs"), code) {
        panic!("build script cannot write embedded.rs: {e}");
    }
    ngram_image(Path::new(&manifest), Path::new(&out));
}
