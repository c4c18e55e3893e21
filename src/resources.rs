//! Where a pipeline's files come from: the folder of the pipeline file, or the copies of `pipelines/`
//! embedded in the binary at build time (so `annotate run` works with no file beside the binary).

use crate::error::{Error, ErrorKind, Result};
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The name of the built-in default pipeline.
pub const DEFAULT_PIPELINE: &str = "default.toml";

/// A base against which a pipeline's relative paths resolve.
#[derive(Debug, Clone)]
pub enum Resources {
    /// The folder of a pipeline file on disk.
    Dir(PathBuf),
    /// The embedded copy of `pipelines/`.
    Builtin,
}

impl Resources {
    /// Reads a file named relative to this base.
    pub fn read(&self, rel: &str) -> Result<Vec<u8>> {
        match self {
            Resources::Dir(dir) => {
                let path = dir.join(rel);
                std::fs::read(&path).map_err(|e| Error::io(path, e))
            }
            Resources::Builtin => embedded(rel).map(<[u8]>::to_vec).ok_or_else(|| {
                ErrorKind::Resource {
                    path: format!("<builtin>/{rel}"),
                    message: "no such built-in file".into(),
                }
                .into()
            }),
        }
    }

    /// Reads a text file named relative to this base.
    pub fn read_to_string(&self, rel: &str) -> Result<String> {
        let bytes = self.read(rel)?;
        String::from_utf8(bytes).map_err(|_| {
            ErrorKind::Resource {
                path: self.describe(rel),
                message: "not valid UTF-8".into(),
            }
            .into()
        })
    }

    /// Lists the files of a folder named relative to this base (sorted), as relative paths.
    pub fn list_dir(&self, rel: &str) -> Result<Vec<String>> {
        match self {
            Resources::Dir(dir) => {
                let path = dir.join(rel);
                let entries = std::fs::read_dir(&path).map_err(|e| Error::io(&path, e))?;
                let mut names: Vec<String> = entries
                    .filter_map(|e| e.ok())
                    .filter(|e| e.path().is_file())
                    .map(|e| {
                        format!(
                            "{}/{}",
                            rel.trim_end_matches('/'),
                            e.file_name().to_string_lossy()
                        )
                    })
                    .collect();
                names.sort();
                Ok(names)
            }
            Resources::Builtin => {
                let prefix = format!("{}/", rel.trim_end_matches('/'));
                Ok(EMBEDDED
                    .iter()
                    .filter(|(p, _)| p.starts_with(&prefix))
                    .map(|(p, _)| p.to_string())
                    .collect())
            }
        }
    }

    /// How to name a file of this base in messages.
    pub fn describe(&self, rel: &str) -> String {
        match self {
            Resources::Dir(dir) => dir.join(rel).display().to_string(),
            Resources::Builtin => format!("<builtin>/{rel}"),
        }
    }
}

/// An embedded file by its path relative to `pipelines/`.
pub fn embedded(rel: &str) -> Option<&'static [u8]> {
    EMBEDDED.iter().find(|(p, _)| *p == rel).map(|(_, b)| *b)
}

/// The names of the embedded pipeline files.
pub fn builtin_pipelines() -> Vec<&'static str> {
    EMBEDDED
        .iter()
        .map(|(p, _)| *p)
        .filter(|p| p.ends_with(".toml") && !p.contains('/'))
        .collect()
}

/// The folder of a pipeline file.
pub fn dir_of(path: &Path) -> PathBuf {
    path.parent().map(Path::to_path_buf).unwrap_or_default()
}
