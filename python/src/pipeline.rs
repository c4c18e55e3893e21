//! The `annotate.Pipeline` class: a loaded pipeline that annotates one text or a batch. A batch is
//! annotated with the interpreter released (`Python::detach`, formerly `allow_threads`) on a rayon pool,
//! so other Python threads run meanwhile and one call uses every core. Records are the CLI's JSON-lines
//! records (`annot::output::to_json`), so Python, the CLI and Spark jobs see the same fields.

use crate::text::{document, extract_id, extract_text, Text};
use crate::PipelineError;
use annot::output::to_json;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};
use rayon::prelude::*;
use std::path::Path;

/// A loaded, checked annotation pipeline (thread-safe; share one per process).
#[pyclass(frozen, module = "annotate")]
pub struct Pipeline {
    inner: annot::Pipeline,
    spec: Option<String>,
}

/// Loads a pipeline the way `annotate run --pipeline SPEC` does: a file, or a built-in name.
pub fn load(spec: Option<&str>) -> Result<annot::Pipeline, String> {
    let Some(spec) = spec else {
        return annot::Pipeline::default_pipeline().map_err(|e| e.to_string());
    };
    let path = Path::new(spec);
    if path.is_file() {
        return annot::Pipeline::from_path(path)
            .map_err(|e| format!("loading pipeline {spec}: {e}"));
    }
    let name = spec.strip_suffix(".toml").unwrap_or(spec);
    let builtin = annot::resources::builtin_pipelines();
    if !spec.contains('/') && builtin.contains(&format!("{name}.toml").as_str()) {
        return annot::Pipeline::builtin(name).map_err(|e| e.to_string());
    }
    Err(format!(
        "pipeline `{spec}` is neither a file nor a built-in pipeline (built-in: {})",
        builtin.join(", ")
    ))
}

/// Annotates one document and returns its JSON record.
fn record(pipeline: &annot::Pipeline, id: String, source: String, text: Text) -> PyResult<String> {
    let mut doc = document(id, source, text, pipeline.run_settings());
    pipeline.annotate(&mut doc);
    to_json(&doc).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Parses JSON records into Python dicts with the standard `json` module.
pub(crate) fn to_dicts<'py>(py: Python<'py>, records: &[String]) -> PyResult<Bound<'py, PyList>> {
    let loads = py.import("json")?.getattr("loads")?;
    let dicts = records
        .iter()
        .map(|r| loads.call1((r.as_str(),)))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, dicts)
}

impl Pipeline {
    /// Wraps a loaded pipeline; `spec` is what re-creates it when unpickled.
    pub fn new_from(inner: annot::Pipeline, spec: Option<String>) -> Pipeline {
        Pipeline { inner, spec }
    }

    /// Annotates one text with the interpreter released; source `python`, id defaulting to it.
    pub fn one_json(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let text = extract_text(text)?;
        let id = extract_id(id, "python")?;
        let pipeline = &self.inner;
        py.detach(move || record(pipeline, id, "python".into(), text))
    }

    /// Annotates a batch with the interpreter released; records in input order.
    pub fn batch_json(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        ids: Option<&Bound<'_, PyAny>>,
        threads: Option<usize>,
    ) -> PyResult<Vec<String>> {
        if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
            return Err(PyTypeError::new_err(
                "texts must be a list (or iterable) of texts, not one text: use annotate(text)",
            ));
        }
        let mut docs = Vec::new();
        for (i, item) in texts.try_iter()?.enumerate() {
            let source = format!("python:{}", i + 1);
            docs.push((source, extract_text(&item?)?));
        }
        let mut names: Vec<String> = docs.iter().map(|(s, _)| s.clone()).collect();
        if let Some(ids) = ids.filter(|o| !o.is_none()) {
            let given = ids
                .try_iter()?
                .enumerate()
                .map(|(i, id)| extract_id(Some(&id?), &format!("python:{}", i + 1)))
                .collect::<PyResult<Vec<String>>>()?;
            if given.len() != docs.len() {
                return Err(PyValueError::new_err(format!(
                    "ids has {} items but texts has {}",
                    given.len(),
                    docs.len()
                )));
            }
            names = given;
        }
        let work: Vec<(String, String, Text)> = names
            .into_iter()
            .zip(docs)
            .map(|(id, (source, text))| (id, source, text))
            .collect();
        let pipeline = &self.inner;
        let annotate_all = move || -> PyResult<Vec<String>> {
            let run = || {
                work.into_par_iter()
                    .map(|(id, source, text)| record(pipeline, id, source, text))
                    .collect::<PyResult<Vec<String>>>()
            };
            match threads {
                None | Some(0) => run(),
                Some(n) => rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| PyValueError::new_err(format!("cannot start {n} threads: {e}")))?
                    .install(run),
            }
        };
        py.detach(annotate_all)
    }
}

#[pymethods]
impl Pipeline {
    /// `Pipeline(path=None)`: a pipeline file (str or path), a built-in name (`"default"`,
    /// `"sentences"`, ...), or None for the built-in default pipeline.
    #[new]
    #[pyo3(signature = (path=None))]
    fn py_new(path: Option<std::path::PathBuf>) -> PyResult<Pipeline> {
        let spec = path.map(|p| p.to_string_lossy().into_owned());
        let inner = load(spec.as_deref()).map_err(PipelineError::new_err)?;
        Ok(Pipeline { inner, spec })
    }

    /// The pipeline's name (its file, or `<builtin>/NAME.toml`).
    #[getter]
    fn name(&self) -> &str {
        self.inner.name()
    }

    /// The processor types, in order.
    #[getter]
    fn processors(&self) -> Vec<&'static str> {
        self.inner.processor_names()
    }

    /// Annotates one text; returns the JSON-lines record as a dict.
    #[pyo3(signature = (text, id=None))]
    fn annotate<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        id: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let json = self.annotate_json(py, text, id)?;
        py.import("json")?.getattr("loads")?.call1((json,))
    }

    /// Annotates one text; returns the JSON-lines record as a one-line JSON string.
    #[pyo3(signature = (text, id=None))]
    fn annotate_json(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        self.one_json(py, text, id)
    }

    /// Annotates many texts in parallel with the interpreter released; returns dicts in input order.
    /// `ids` (same length) defaults to `python:N`; `threads` defaults to rayon's global pool.
    #[pyo3(signature = (texts, ids=None, threads=None))]
    fn annotate_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        ids: Option<&Bound<'py, PyAny>>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let records = self.batch_json(py, texts, ids, threads)?;
        to_dicts(py, &records)
    }

    /// Like `annotate_batch`, but returns one-line JSON strings (for Spark columns, files, queues).
    #[pyo3(signature = (texts, ids=None, threads=None))]
    fn annotate_batch_json(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        ids: Option<&Bound<'_, PyAny>>,
        threads: Option<usize>,
    ) -> PyResult<Vec<String>> {
        self.batch_json(py, texts, ids, threads)
    }

    /// Pickles as the way to load it again (path or built-in name), for Spark, Dask and Ray workers.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let args = PyTuple::new(py, [slf.get().spec.clone()])?;
        PyTuple::new(py, [slf.get_type().into_any(), args.into_any()])
    }

    fn __repr__(&self) -> String {
        format!(
            "Pipeline({:?}: {})",
            self.inner.name(),
            self.inner.processor_names().join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn load_finds_builtins_and_refuses_unknown_names() {
        assert!(load(None).is_ok());
        assert!(load(Some("sentences")).is_ok());
        let err = load(Some("no-such-pipeline")).err().unwrap_or_default();
        assert!(err.contains("built-in"), "{err}");
    }

    #[test]
    fn record_is_the_cli_record() {
        let pipeline = load(None).unwrap_or_else(|e| panic!("{e}"));
        let text = Text {
            text: "Dr. Ada Brown visited Paris. She liked it.".into(),
            replaced: 0,
            missing: false,
        };
        let json = record(&pipeline, "a".into(), "python".into(), text.clone())
            .unwrap_or_else(|e| panic!("{e}"));
        let mut doc = annot::Document::new("a", "python", text.text);
        pipeline.annotate(&mut doc);
        assert_eq!(Some(json), to_json(&doc).ok());
    }
}
