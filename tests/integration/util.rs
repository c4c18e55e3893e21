//! Helpers shared by the integration tests: running the built binary and reading its tables.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `annotate` with `args` in the repository root.
pub fn annotate(args: &[&str]) -> Output {
    annotate_stdin(args, None)
}

/// Runs `annotate` with `args`, feeding `stdin` if given.
pub fn annotate_stdin(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_annotate"));
    cmd.args(args)
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd.spawn().expect("the annotate binary runs");
    if let Some(data) = stdin {
        use std::io::Write;
        let mut pipe = child.stdin.take().expect("stdin is piped");
        let data = data.to_vec();
        std::thread::spawn(move || {
            let _ = pipe.write_all(&data);
        });
    }
    child
        .wait_with_output()
        .expect("the annotate binary finishes")
}

/// Reads a CSV table into rows of named fields.
pub fn table(dir: &Path, name: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_path(dir.join(name)).expect("table exists");
    let headers = reader.headers().expect("header row").clone();
    reader
        .records()
        .map(|r| {
            let r = r.expect("valid csv row");
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// The stderr of a run, as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A variant of `pipelines/default.toml` with one setting replaced, written next to the real file
/// (so its relative model paths resolve) and removed when dropped, also when a test fails.
pub struct DefaultVariant(PathBuf);

impl DefaultVariant {
    /// Writes `pipelines/.test-NAME.toml`: the default pipeline with `from` replaced by `to`.
    pub fn new(name: &str, from: &str, to: &str) -> DefaultVariant {
        let text = std::fs::read_to_string(root().join("pipelines/default.toml"))
            .expect("default pipeline");
        assert!(
            text.contains(from),
            "the default pipeline contains {from:?}"
        );
        let path = root().join(format!("pipelines/.test-{name}.toml"));
        std::fs::write(&path, text.replace(from, to)).expect("pipeline written");
        DefaultVariant(path)
    }

    /// The file's path, as a command-line argument.
    pub fn arg(&self) -> &str {
        self.0.to_str().expect("utf-8 path")
    }
}

impl Drop for DefaultVariant {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
