//! Embeds the shipped pipeline files and models (everything under `pipelines/` except the sentence rules
//! and gazetteers, which their own modules embed) so the binary runs with no file beside it.

use std::fs;
use std::path::Path;

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
}
