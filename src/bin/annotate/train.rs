//! `annotate train`: every option of `annot::tagger::TrainOptions` as a flag, checked before any
//! data is read (bad values are usage errors, exit 2), then one call into the library. The defaults
//! are `TrainOptions::default()`, the settings of the shipped models; `pipelines/models/train.sh`
//! adds the per-model data, labels and copies.

use annot::tagger::TrainOptions;
use annot::EntityLabel;
use anyhow::{Context, Result};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct TrainArgs {
    /// Training corpus files (a file listed twice counts twice).
    #[arg(long, required = true, num_args = 1.., value_name = "FILE")]
    data: Vec<PathBuf>,
    /// Corpus format of the --data files: conll, iob2, bmes, bio, or auto (detected per file).
    #[arg(long, default_value = "auto")]
    format: String,
    /// Language code of the model (en, zh, ...); also selects the tokenisation.
    #[arg(long, default_value = "en")]
    lang: String,
    /// Where to write the model.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    /// Seed of the shuffling and of the choice of copied documents (training is deterministic for
    /// a seed: the same data, seed and options give a byte-identical model).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Dev files (format detected per file), scored after training; never trained on.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    dev: Vec<PathBuf>,
    /// Also score the dev files after every epoch of every ensemble member (slower; for choosing
    /// --epochs).
    #[arg(long)]
    every_epoch: bool,
    /// Word lists whose proper nouns become dictionary features (`word [freq] [tag]` a line, as
    /// jieba's dict.txt; CJK words tagged nr, nrfg, nrt, ns, nt or nz).
    #[arg(long, num_args = 1.., value_name = "FILE")]
    dict: Vec<PathBuf>,
    /// Lists of common lower-case words (one a line), added to the words the training text writes
    /// mostly in lower case: a capitalised word whose lower case is common is usually capitalised
    /// for its position (sentence start, heading), not because it is a name
    #[arg(long, num_args = 1.., value_name = "FILE")]
    common_words: Vec<PathBuf>,
    /// Entity labels to learn, comma-separated (e.g. PER,ORG,LOC); entities with other labels are
    /// dropped from the data. Default: every label the training data has.
    #[arg(long, value_delimiter = ',', value_name = "LABELS", value_parser = parse_label)]
    labels: Vec<EntityLabel>,
    /// Number of perceptrons, each trained on its own shuffle, whose averaged weights are averaged
    /// again into the model (at least 1; training time grows with it, tagging speed does not).
    #[arg(long, default_value_t = 5, value_name = "N", value_parser = parse_ensemble)]
    ensemble: usize,
    /// Feature rows whose largest absolute averaged weight is below this are pruned from the model
    /// (smaller model; 0 keeps every row).
    #[arg(long, default_value_t = 1.0, value_name = "W", value_parser = parse_min_weight)]
    min_weight: f32,
    /// Fraction (0 to 1) of the training documents also added as an all-lower-case copy, for
    /// robustness to uncased text.
    #[arg(long, default_value_t = 0.0, value_name = "F", value_parser = parse_fraction)]
    lower_copies: f64,
    /// Fraction (0 to 1) of the training documents also added as a title-case copy (every word
    /// capitalised, as in headings), chosen after the lower-case copies.
    #[arg(long, default_value_t = 0.0, value_name = "F", value_parser = parse_fraction)]
    title_copies: f64,
    /// With --labels: treat the names of the dropped labels as outside every name. By default
    /// their tokens are free (any tag counts as gold there), since the data says they are names of
    /// another kind, not that they are no name.
    #[arg(long)]
    unlearned_outside: bool,
    /// The temperature of the span confidences, stored in the model. By default it is fitted on
    /// the --dev files (lowest log loss); without dev files the language's default is used.
    #[arg(long, value_name = "T", value_parser = parse_temperature)]
    temperature: Option<f32>,
}

fn parse_label(name: &str) -> Result<EntityLabel, String> {
    EntityLabel::parse(name).ok_or_else(|| {
        let names: Vec<&str> = EntityLabel::ALL.iter().map(|l| l.as_str()).collect();
        format!(
            "unknown entity label `{name}` (expected {})",
            names.join(", ")
        )
    })
}

fn parse_fraction(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(f) if (0.0..=1.0).contains(&f) => Ok(f),
        _ => Err(format!("`{text}` is not a fraction from 0 to 1")),
    }
}

fn parse_ensemble(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!("`{text}` is not a whole number of at least 1")),
    }
}

fn parse_temperature(text: &str) -> Result<f32, String> {
    match text.trim().parse::<f32>() {
        Ok(t) if t.is_finite() && t > 0.0 => Ok(t),
        _ => Err(format!("`{text}` is not a temperature above 0")),
    }
}

fn parse_min_weight(text: &str) -> Result<f32, String> {
    match text.trim().parse::<f32>() {
        Ok(w) if w.is_finite() && w >= 0.0 => Ok(w),
        _ => Err(format!("`{text}` is not a weight of 0 or more")),
    }
}

impl TrainArgs {
    /// The library options these flags stand for.
    fn options(self) -> TrainOptions {
        TrainOptions {
            data: self.data,
            format: self.format,
            lang: self.lang,
            out: self.out,
            epochs: self.epochs,
            seed: self.seed,
            dev: self.dev,
            min_weight: self.min_weight,
            dev_every_epoch: self.every_epoch,
            lowercase_copies: self.lower_copies,
            titlecase_copies: self.title_copies,
            ensemble: self.ensemble,
            labels: self.labels,
            dicts: self.dict,
            common_words: self.common_words,
            free_unlearned: !self.unlearned_outside,
            temperature: self.temperature,
        }
    }
}

pub fn train(args: TrainArgs) -> Result<i32> {
    let report = annot::tagger::train_command(&args.options())
        .map_err(anyhow::Error::msg)
        .context("training")?;
    println!("{report}");
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Wrapper {
        #[command(flatten)]
        args: TrainArgs,
    }

    fn parse(extra: &[&str]) -> Result<TrainOptions, clap::Error> {
        let base = ["annotate", "--data", "a.conll", "--out", "m.bin"];
        let all = base.iter().chain(extra.iter());
        Wrapper::try_parse_from(all).map(|w| w.args.options())
    }

    #[test]
    fn defaults_equal_the_library_defaults() {
        let got = parse(&[]).expect("parses");
        let want = TrainOptions {
            data: got.data.clone(),
            out: got.out.clone(),
            ..TrainOptions::default()
        };
        assert_eq!(got, want);
    }

    #[test]
    fn every_option_reaches_the_library() {
        let got = parse(&[
            "--labels=per,ORG",
            "--labels",
            "GPE",
            "--ensemble=3",
            "--min-weight=0.5",
            "--lower-copies=0.3",
            "--title-copies",
            "1",
            "--every-epoch",
            "--epochs=4",
            "--seed=7",
            "--unlearned-outside",
            "--temperature=12.5",
        ])
        .expect("parses");
        let want = [EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc];
        assert_eq!(got.labels, want);
        assert_eq!(got.ensemble, 3);
        assert_eq!(got.min_weight, 0.5);
        assert_eq!(got.lowercase_copies, 0.3);
        assert_eq!(got.titlecase_copies, 1.0);
        assert!(got.dev_every_epoch);
        assert_eq!((got.epochs, got.seed), (4, 7));
        assert!(!got.free_unlearned);
        assert_eq!(got.temperature, Some(12.5));
    }

    #[test]
    fn bad_values_are_usage_errors() {
        for bad in [
            "--labels=PER,BOGUS",
            "--ensemble=0",
            "--ensemble=-1",
            "--lower-copies=1.5",
            "--title-copies=-0.1",
            "--lower-copies=NaN",
            "--min-weight=-1",
            "--temperature=0",
            "--temperature=inf",
            "--min-weight=inf",
        ] {
            let err = parse(&[bad]).err().map(|e| e.kind());
            assert_eq!(err, Some(clap::error::ErrorKind::ValueValidation), "{bad}");
        }
    }
}
