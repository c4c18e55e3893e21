//! The Python module `annotate` (PyO3): `Pipeline(path=None)` with `annotate`, `annotate_json`,
//! `annotate_batch` and `annotate_batch_json`, plus module-level shortcuts that use one cached built-in
//! default pipeline, which is what a Spark, Dask or Ray UDF wants (nothing to pickle, loaded once per
//! worker process). Every result is the CLI's JSON-lines record (`annotate run --out - -`).

mod pipeline;
mod text;

pub use pipeline::{load, Pipeline};

use pyo3::prelude::*;
use pyo3::types::PyList;
use std::sync::OnceLock;

pyo3::create_exception!(
    annotate,
    PipelineError,
    pyo3::exceptions::PyValueError,
    "A pipeline file or name that cannot be loaded (the message names the file and the key)."
);

/// The built-in default pipeline, loaded on first use and shared by every thread of the process.
fn default_pipeline(py: Python<'_>) -> PyResult<&'static Pipeline> {
    static DEFAULT: OnceLock<Result<Pipeline, String>> = OnceLock::new();
    let loaded =
        py.detach(|| DEFAULT.get_or_init(|| load(None).map(|p| Pipeline::new_from(p, None))));
    loaded
        .as_ref()
        .map_err(|e| PipelineError::new_err(e.clone()))
}

/// Annotates one text with the built-in default pipeline; returns the record as a dict.
#[pyfunction]
#[pyo3(signature = (text, id=None))]
fn annotate<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    id: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let json = default_pipeline(py)?.one_json(py, text, id)?;
    py.import("json")?.getattr("loads")?.call1((json,))
}

/// Annotates many texts with the built-in default pipeline, in parallel with the interpreter released.
#[pyfunction]
#[pyo3(signature = (texts, ids=None, threads=None))]
fn annotate_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    ids: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let records = default_pipeline(py)?.batch_json(py, texts, ids, threads)?;
    pipeline::to_dicts(py, &records)
}

/// Like `annotate_batch`, but returns one-line JSON strings.
#[pyfunction]
#[pyo3(signature = (texts, ids=None, threads=None))]
fn annotate_batch_json(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    ids: Option<&Bound<'_, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Vec<String>> {
    default_pipeline(py)?.batch_json(py, texts, ids, threads)
}

/// The names of the built-in pipelines (for `Pipeline(name)`).
#[pyfunction]
fn builtin_pipelines() -> Vec<String> {
    annot::resources::builtin_pipelines()
        .iter()
        .map(|f| f.strip_suffix(".toml").unwrap_or(f).to_string())
        .collect()
}

/// The module.
#[pymodule]
#[pyo3(name = "annotate")]
fn annotate_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("PipelineError", m.py().get_type::<PipelineError>())?;
    m.add_class::<Pipeline>()?;
    m.add_function(wrap_pyfunction!(annotate, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_batch, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_batch_json, m)?)?;
    m.add_function(wrap_pyfunction!(builtin_pipelines, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn builtin_names_have_no_extension() {
        let names = super::builtin_pipelines();
        assert!(names.iter().any(|n| n == "default"), "{names:?}");
        assert!(names.iter().all(|n| !n.ends_with(".toml")));
    }
}
