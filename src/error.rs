//! Typed library errors. The binary adds context with `anyhow`; the library names the path, line,
//! key or document so that a message alone tells the user what to fix.

use std::path::PathBuf;

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

/// An error from the annotation library.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct Error(Box<ErrorKind>);

/// What went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A pipeline file is invalid.
    #[error("pipeline {path}: {message}")]
    Config {
        /// The pipeline file (or `<builtin>`).
        path: String,
        /// What is wrong, naming the key.
        message: String,
    },
    /// A processor needs a layer that no earlier processor provides.
    #[error("processor `{processor}` requires `{layer}`, which no earlier processor provides")]
    UnmetRequirement {
        /// The processor type.
        processor: String,
        /// The missing layer.
        layer: String,
    },
    /// A model or data file could not be loaded.
    #[error("{path}: {message}")]
    Resource {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// Writing CSV failed.
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    /// Any other usage error.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }
    /// Consumes the error, returning its kind.
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }
    /// A configuration error for `path`.
    pub fn config(path: impl Into<String>, message: impl Into<String>) -> Error {
        ErrorKind::Config {
            path: path.into(),
            message: message.into(),
        }
        .into()
    }
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        ErrorKind::Io {
            path: path.into(),
            source,
        }
        .into()
    }
    /// Whether this is a broken pipe on output (which the CLI treats as a quiet success).
    pub fn is_broken_pipe(&self) -> bool {
        match &*self.0 {
            ErrorKind::Io { source, .. } => source.kind() == std::io::ErrorKind::BrokenPipe,
            ErrorKind::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(io) => io.kind() == std::io::ErrorKind::BrokenPipe,
                _ => false,
            },
            _ => false,
        }
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Error {
        ErrorKind::Csv(e).into()
    }
}
