//! `annotate eval ...`: measuring each stage against gold data the way users meet it (the whole
//! pipeline on raw text). Each eval can act as a CI gate.

use annot::{EntityLabel, Pipeline};
use anyhow::{Context, Result};
use clap::Subcommand;
use std::ops::Range;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum EvalCommand {
    /// Sentence boundary precision, recall and F1 on a CoNLL-U treebank.
    Sentences {
        /// The .conllu file.
        file: PathBuf,
        /// Language code of the treebank (default: from the file name, e.g. en_ewt-ud-dev -> en).
        #[arg(long)]
        lang: Option<String>,
        /// Also write the rebuilt documents as JSONL (for the peer tools).
        #[arg(long, value_name = "OUT")]
        export_jsonl: Option<PathBuf>,
        /// Score a peer tool's output ({"id","sentences":[[start,end],...]}) instead of ours.
        #[arg(long, value_name = "PEER")]
        peer: Option<PathBuf>,
        /// Fail (exit 1) when boundary F1 (0..1) is below this.
        #[arg(long, value_name = "F1")]
        min_f1: Option<f64>,
    },
    /// Entity exact-span precision, recall and F1 per label, running the pipeline on the raw text of
    /// each gold document (CoNLL tokens joined by spaces, sentences by newlines; UNER `# text =`).
    Entities {
        /// Gold files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Corpus format: conll, iob2, bmes, bio, or auto (detected per file).
        #[arg(long, default_value = "auto")]
        format: String,
        /// Evaluate this model inside the default pipeline (as the tagger for its language).
        #[arg(long, value_name = "MODEL")]
        model: Option<PathBuf>,
        /// Evaluate this pipeline as it is (file or built-in name); default: the built-in default.
        #[arg(long, conflicts_with = "model")]
        pipeline: Option<String>,
        /// Fail (exit 1) when overall F1 (0..100) is below this.
        #[arg(long, value_name = "F1")]
        min_f1: Option<f64>,
        /// Write every unmatched span to this TSV file (document, kind, gold label and text,
        /// predicted label and text, sentence); kind is missed, spurious, label or boundary.
        #[arg(long, value_name = "FILE")]
        errors: Option<PathBuf>,
    },
    /// Language accuracy per language and macro average on a file of `lang<TAB>text` lines.
    Language {
        /// The labelled file (or, with --make-from, the file to write).
        file: PathBuf,
        /// Write FILE from the dev corpora under this folder (e.g. ../shared/data) instead.
        #[arg(long, value_name = "DATA_DIR")]
        make_from: Option<PathBuf>,
        /// Fail (exit 1) when macro accuracy (0..1) is below this.
        #[arg(long, value_name = "ACC")]
        min_macro: Option<f64>,
    },
}

fn gate(name: &str, value: f64, min: Option<f64>) -> i32 {
    match min {
        Some(min) if value < min => {
            eprintln!("annotate: {name} {value:.4} is below the gate {min:.4}");
            1
        }
        _ => 0,
    }
}

/// The built-in default pipeline with `model` as its only tagger (for the model's language, or, for
/// the multilingual `xx` model, as the fallback for every language without a model): the same
/// stages and settings as `default.toml`, so an evaluation follows any change to it. The
/// `model_min_confidence` of the model's language stays; those of other languages go with their
/// models.
fn pipeline_with_model(model: &Path) -> Result<Pipeline> {
    let loaded = annot::tagger::NerModel::load(model).map_err(anyhow::Error::msg)?;
    let absolute =
        std::fs::canonicalize(model).with_context(|| format!("reading {}", model.display()))?;
    let default = annot::resources::embedded(annot::resources::DEFAULT_PIPELINE)
        .and_then(|b| std::str::from_utf8(b).ok())
        .context("the built-in default pipeline is missing")?;
    let mut table: toml::Table = default
        .parse()
        .context("parsing the built-in default pipeline")?;
    let tagger = table
        .get_mut("processors")
        .and_then(toml::Value::as_array_mut)
        .and_then(|list| {
            list.iter_mut()
                .filter_map(toml::Value::as_table_mut)
                .find(|p| p.get("type").and_then(toml::Value::as_str) == Some("ner_model"))
        })
        .context("the built-in default pipeline has no ner_model stage")?;
    let mut models = toml::Table::new();
    let path = toml::Value::String(absolute.display().to_string());
    // a multilingual model (`xx`) is the fallback, which reads every language without a model
    tagger.remove("fallback");
    if loaded.language() == annot::tagger::FALLBACK_LANG {
        tagger.insert("fallback".into(), path);
    } else {
        models.insert(loaded.language().to_string(), path);
    }
    // a threshold set for another language's model would name a model this pipeline lacks
    if let Some(toml::Value::Table(thresholds)) = tagger.get_mut("model_min_confidence") {
        thresholds.retain(|lang, _| models.contains_key(lang));
    }
    tagger.insert("models".into(), toml::Value::Table(models));
    let text = toml::to_string(&table).context("writing the evaluation pipeline")?;
    // The model path is absolute, so the base folder does not matter for it.
    let base = annot::resources::Resources::Dir(PathBuf::from("."));
    Ok(Pipeline::from_toml(
        &text,
        &format!("<default + {}>", model.display()),
        base,
    )?)
}

fn write_errors(path: &Path, report: &annot::tagger::EvalReport) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(
        out,
        "document\tkind\tgold_label\tgold_text\tpredicted_label\tpredicted_text\tsentence"
    )?;
    for e in &report.errors {
        writeln!(out, "{}", e.tsv_row())?;
    }
    out.flush()
}

pub fn run(command: EvalCommand) -> Result<i32> {
    match command {
        EvalCommand::Sentences {
            file,
            lang,
            export_jsonl,
            peer,
            min_f1,
        } => {
            let splitter = annot::sentences::SentenceSplitter::builtin();
            let report = annot::sentences::eval::eval_conllu(
                &file,
                lang.as_deref(),
                &splitter,
                export_jsonl.as_deref(),
                peer.as_deref(),
            )
            .map_err(anyhow::Error::msg)
            .with_context(|| format!("evaluating sentences on {}", file.display()))?;
            println!("{report}");
            if min_f1.is_none() {
                return Ok(0);
            }
            let f1 = annot::sentences::eval::boundary_f1(&file, lang.as_deref(), &splitter)
                .map_err(anyhow::Error::msg)?;
            Ok(gate("boundary F1", f1, min_f1))
        }
        EvalCommand::Entities {
            files,
            format,
            model,
            pipeline,
            min_f1,
            errors,
        } => {
            let pipeline = match &model {
                Some(m) => pipeline_with_model(m)?,
                None => crate::load_pipeline(pipeline.as_deref())?,
            };
            let predict = |text: &str| -> Vec<(Range<usize>, EntityLabel)> {
                let doc = pipeline.annotate_text("gold", text);
                doc.entities
                    .iter()
                    .map(|e| (e.span.byte_range(), e.label))
                    .collect()
            };
            let report = annot::tagger::eval_entities(&files, &format, &predict)
                .map_err(anyhow::Error::msg)
                .context("evaluating entities")?;
            println!("pipeline: {}\n{report}", pipeline.name());
            if let Some(path) = errors {
                write_errors(&path, &report)
                    .with_context(|| format!("writing {}", path.display()))?;
            }
            Ok(gate("entity F1", report.f1(), min_f1))
        }
        EvalCommand::Language {
            file,
            make_from,
            min_macro,
        } => {
            if let Some(data) = make_from {
                let summary =
                    annot::langid::make_eval_file(&data, &file).map_err(anyhow::Error::msg)?;
                println!("{summary}");
                return Ok(0);
            }
            let detector =
                annot::langid::LanguageDetector::new(annot::langid::LanguageConfig::default())
                    .map_err(anyhow::Error::msg)?;
            let report =
                annot::langid::eval_language(&file, &detector).map_err(anyhow::Error::msg)?;
            println!("{report}");
            Ok(gate("macro accuracy", report.r#macro(), min_macro))
        }
    }
}
