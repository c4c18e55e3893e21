//! Training: an averaged structured perceptron (Collins 2002) over BILOU tags with Viterbi
//! decoding, trained on our own tokenisation of the raw corpus text.
//!
//! Non-local history features are computed from the model's own predictions on earlier sentences
//! of the same document, as at inference (Ratinov & Roth 2009). Documents are shuffled each epoch
//! with a seeded generator, so a seed gives byte-identical models.

use super::augment::{lowercased, titlecased};
use super::calibrate::fit_temperature;
use super::corpus::{self, GoldDoc};
use super::eval::{eval_docs, EvalReport};
use super::features::{token_hashes, KeyMap, MAX_LABELS};
use super::lexicon::Lexicon;
use super::marginals::temperature;
use super::model::NerModel;
use super::perceptron::{build_model, epoch, Doc, Perceptron, Rng, Sent};
use super::tags;
use super::tokenize::tokenize;
use crate::annotation::EntityLabel;
use std::ops::Range;
use std::path::PathBuf;
use std::time::Instant;

/// Options of `annotate train`. `Default` gives the settings of the shipped models (10 epochs,
/// seed 1, 5-member ensemble, pruning below 1.0); `pipelines/models/train.sh` adds the per-model
/// data, labels and (English) lower-case copies.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainOptions {
    /// Training corpus files.
    pub data: Vec<PathBuf>,
    /// Corpus format: `conll`, `iob2`, `bmes`, `bio`, or `auto` (detected per file).
    pub format: String,
    /// Language code of the model (`en`, `zh`, ...); also selects tokenisation rules.
    pub lang: String,
    /// Where to write the model file.
    pub out: PathBuf,
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the document shuffling.
    pub seed: u64,
    /// Development files scored after training (format detected per file).
    pub dev: Vec<PathBuf>,
    /// Feature rows whose largest absolute averaged weight is below this are pruned.
    pub min_weight: f32,
    /// Score the dev files after every epoch (slower; for choosing `epochs`).
    pub dev_every_epoch: bool,
    /// Fraction of training documents also added as an all-lower-case copy (robustness to
    /// uncased web text; Mayhew et al. 2019). Chosen with the seeded generator.
    pub lowercase_copies: f64,
    /// Fraction of training documents also added as a title-case copy (every word capitalised, as
    /// in web headings and reviews), chosen with the seeded generator after the lower-case copies.
    pub titlecase_copies: f64,
    /// Number of perceptrons (different shuffles) whose averaged weights are averaged again.
    pub ensemble: usize,
    /// Labels to learn (others are dropped from the data); empty: every label the data has.
    pub labels: Vec<EntityLabel>,
    /// Word lists (`word [frequency] [tag]` a line, as jieba's `dict.txt`) added to the lexicon
    /// with their kinds (CJK words only).
    pub dicts: Vec<PathBuf>,
    /// Lists of common lower-case words (one a line) joining the words the training text itself
    /// writes mostly in lower case (see [`build_lexicon`]): a capitalised token whose lower case
    /// is common is usually capitalised for its position, not because it names something.
    pub common_words: Vec<PathBuf>,
    /// The confidence temperature to store in the model; `None`: fitted on the dev files when
    /// there are any (`calibrate.rs`), else the language's default is used at tagging time.
    pub temperature: Option<f32>,
    /// Leave the tokens of entities whose label is not learned free (any tag counts as gold
    /// there) instead of outside; see [`prepare`]. Matters only when `labels` drops a label.
    pub free_unlearned: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            data: Vec::new(),
            format: "auto".into(),
            lang: "en".into(),
            out: PathBuf::from("model.bin"),
            epochs: 10,
            seed: 1,
            dev: Vec::new(),
            min_weight: 1.0,
            dev_every_epoch: false,
            lowercase_copies: 0.0,
            titlecase_copies: 0.0,
            ensemble: 5,
            labels: Vec::new(),
            dicts: Vec::new(),
            common_words: Vec::new(),
            free_unlearned: true,
            temperature: None,
        }
    }
}

/// Projects gold byte spans onto our tokens; returns the doc and the number of gold entities whose
/// edges fall inside a token (kept, widened to whole tokens). The tokens of an entity whose label
/// is not learned (CoNLL's MISC for a PER/ORG/LOC model) are left free: the data says they are a
/// name of another kind, not that they are outside every name, so any tag counts as gold there
/// (when `free_unlearned`; otherwise they are outside).
fn prepare(d: &GoldDoc, labels: &[EntityLabel], lang: &str, free_unlearned: bool) -> (Doc, usize) {
    let mut misaligned = 0;
    let mut sents = Vec::with_capacity(d.sentences.len());
    for s in &d.sentences {
        let toks = tokenize(&d.text, s.clone(), lang);
        let mut spans = Vec::new();
        let mut dropped = Vec::new();
        for (r, l) in d
            .entities
            .iter()
            .filter(|(r, _)| r.start >= s.start && r.end <= s.end)
        {
            let Some(li) = labels.iter().position(|x| x == l) else {
                if free_unlearned {
                    dropped.push(r.clone());
                }
                continue;
            };
            let first = toks.iter().position(|t| t.end > r.start);
            let last = toks.iter().rposition(|t| t.start < r.end);
            if let (Some(a), Some(b)) = (first, last) {
                if b >= a {
                    let exact = toks.get(a).is_some_and(|t| t.start == r.start)
                        && toks.get(b).is_some_and(|t| t.end == r.end);
                    misaligned += usize::from(!exact);
                    spans.push((a..b + 1, li));
                }
            }
        }
        let gold = tags::encode(toks.len(), &spans);
        let free = if dropped.is_empty() {
            Vec::new()
        } else {
            toks.iter()
                .map(|t| dropped.iter().any(|r| t.start < r.end && r.start < t.end))
                .collect()
        };
        sents.push(Sent { toks, gold, free });
    }
    (
        Doc {
            text: d.text.clone(),
            sents,
        },
        misaligned,
    )
}

/// Collects the multi-character CJK words of the corpora's own segmentation, and the words seen
/// in lower case at least 3 times and more often in lower case than capitalised.
fn build_lexicon(gold: &[GoldDoc], lang: &str) -> Lexicon {
    let mut lex = Lexicon::default();
    let mut counts: KeyMap<(u32, u32)> = KeyMap::default();
    for d in gold {
        for s in &d.sentences {
            let toks = tokenize(&d.text, s.clone(), lang);
            for (r, (h, _)) in toks.iter().zip(token_hashes(&d.text, &toks)) {
                let w = d.text.get(r.clone()).unwrap_or("");
                let e = counts.entry(h).or_default();
                if w.chars().all(|c| !c.is_uppercase()) && w.chars().any(char::is_lowercase) {
                    e.0 += 1;
                } else if w.chars().next().is_some_and(char::is_uppercase) {
                    e.1 += 1;
                }
            }
        }
    }
    for (h, (lower, cap)) in counts {
        if lower >= 3 && lower > cap {
            lex.add_common(h);
        }
    }
    for d in gold {
        for w in &d.words {
            let toks = tokenize(&d.text, w.clone(), lang);
            let hashes = token_hashes(&d.text, &toks);
            if hashes.iter().all(|h| h.1) {
                lex.insert(&hashes.iter().map(|h| h.0).collect::<Vec<_>>());
            }
        }
    }
    lex
}

/// Marks each one-token lower-case word of `content` (one a line) as common; returns how many.
fn add_common_words(lex: &mut Lexicon, content: &str, lang: &str) -> usize {
    let mut n = 0;
    for word in content
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
    {
        let one_token = tokenize(word, 0..word.len(), lang).len() == 1;
        if one_token
            && word.chars().any(char::is_lowercase)
            && !word.chars().any(char::is_uppercase)
        {
            lex.add_common(super::features::lower_hash(word));
            n += 1;
        }
    }
    n
}

/// Scores a model on gold documents, tagging each with its gold sentence ranges.
pub fn eval_model(model: &NerModel, docs: &[GoldDoc]) -> EvalReport {
    let by_text: std::collections::BTreeMap<&str, &GoldDoc> =
        docs.iter().map(|d| (d.text.as_str(), d)).collect();
    let predict = |text: &str| -> Vec<(Range<usize>, EntityLabel)> {
        let sents: Vec<Range<usize>> = match by_text.get(text) {
            Some(d) => d.sentences.clone(),
            None => newline_sentences(text),
        };
        model.predict_labels(text, &sents)
    };
    eval_docs(docs, &predict)
}

/// Splits text into non-empty lines (the bare-model sentence splitter of the harness).
pub fn newline_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text
        .match_indices('\n')
        .chain(std::iter::once((text.len(), "")))
    {
        if text.get(start..i).is_some_and(|s| !s.trim().is_empty()) {
            out.push(start..i);
        }
        start = i + 1;
    }
    out
}

/// Trains a model as `opts` says, writes it to `opts.out` and returns a report.
/// Deterministic for a given seed; progress goes to stderr.
pub fn train_command(opts: &TrainOptions) -> Result<String, String> {
    let t0 = Instant::now();
    let mut gold = Vec::new();
    for f in &opts.data {
        let docs = corpus::read(f, &opts.format)?;
        eprintln!("read {} documents from {}", docs.len(), f.display());
        gold.extend(docs);
    }
    let mut rng = Rng(opts.seed);
    let mut pick =
        |fraction: f64| fraction > 0.0 && (rng.next() % 1_000_000) as f64 / 1e6 < fraction;
    let mut copies: Vec<GoldDoc> = gold
        .iter()
        .filter(|_| pick(opts.lowercase_copies))
        .map(lowercased)
        .collect();
    if opts.titlecase_copies > 0.0 {
        copies.extend(
            gold.iter()
                .filter(|_| pick(opts.titlecase_copies))
                .map(titlecased),
        );
    }
    gold.extend(copies);
    let present: std::collections::BTreeSet<EntityLabel> = gold
        .iter()
        .flat_map(|d| d.entities.iter().map(|e| e.1))
        .collect();
    let labels: Vec<EntityLabel> = present
        .into_iter()
        .filter(|l| opts.labels.is_empty() || opts.labels.contains(l))
        .collect();
    if labels.is_empty() || labels.len() > MAX_LABELS {
        return Err(format!(
            "training data must have 1..={MAX_LABELS} entity labels, found {}",
            labels.len()
        ));
    }
    let mut misaligned = 0;
    let docs: Vec<Doc> = gold
        .iter()
        .map(|d| {
            let (doc, m) = prepare(d, &labels, &opts.lang, opts.free_unlearned);
            misaligned += m;
            doc
        })
        .collect();
    let mut lexicon = build_lexicon(&gold, &opts.lang);
    let contents = opts
        .dicts
        .iter()
        .map(|f| std::fs::read_to_string(f).map_err(|e| format!("reading {}: {e}", f.display())))
        .collect::<Result<Vec<String>, String>>()?;
    let refs: Vec<&str> = contents.iter().map(String::as_str).collect();
    for (f, n) in opts
        .dicts
        .iter()
        .zip(lexicon.add_word_lists(&refs, &opts.lang))
    {
        eprintln!("read {n} dictionary words from {}", f.display());
    }
    for f in &opts.common_words {
        let content =
            std::fs::read_to_string(f).map_err(|e| format!("reading {}: {e}", f.display()))?;
        let n = add_common_words(&mut lexicon, &content, &opts.lang);
        eprintln!("read {n} common words from {}", f.display());
    }
    drop(gold);
    let ntoks: usize = docs
        .iter()
        .flat_map(|d| &d.sents)
        .map(|s| s.toks.len())
        .sum();
    let mut dev = Vec::new();
    for f in &opts.dev {
        dev.extend(corpus::read(f, "auto")?);
    }
    let mut report = format!(
        "training {} model: {} documents, {} tokens, {} lexicon words, labels {:?}, {} gold entities not on token edges\n",
        opts.lang,
        docs.len(),
        ntoks,
        lexicon.len(),
        labels.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
        misaligned
    );
    eprint!("{report}");
    let mut members = Vec::new();
    for member in 0..opts.ensemble.max(1) {
        let mut p = Perceptron::new(tags::tag_count(labels.len()));
        let mut order: Vec<usize> = (0..docs.len()).collect();
        let mut rng = Rng(opts.seed.wrapping_add(member as u64 * 0x9E37));
        for e in 1..=opts.epochs {
            rng.shuffle(&mut order);
            let wrong = epoch(&mut p, &docs, &order, &lexicon, &opts.lang);
            let mut line = format!(
                "member {member} epoch {e}: {wrong} sentences with errors, {} features, {:.1}s",
                p.index.len(),
                t0.elapsed().as_secs_f64()
            );
            if opts.dev_every_epoch && !dev.is_empty() {
                let m = p.averaged(&opts.lang, &labels, opts.min_weight, &lexicon);
                line.push_str(&format!(", dev F1 {:.2}", eval_model(&m, &dev).f1()));
            }
            eprintln!("{line}");
            report.push_str(&line);
            report.push('\n');
        }
        members.push(p.averaged_rows());
    }
    let model = build_model(members, &opts.lang, &labels, opts.min_weight, &lexicon);
    // Confidences are fitted on the model as shipped (after quantisation), not the in-memory one.
    let mut shipped = NerModel::from_bytes(&model.to_bytes())?;
    if let Some(t) = opts.temperature {
        shipped = shipped.with_temperature(Some(t));
    } else if let Some(fit) = fit_temperature(&shipped, &dev) {
        report.push_str(&format!(
            "confidence temperature {:.2}: dev log loss {:.4} (at the default {}: {:.4}) over {} spans, {} right\n",
            fit.temperature,
            fit.log_loss,
            temperature(&opts.lang),
            fit.default_log_loss,
            fit.spans,
            fit.right
        ));
        shipped = shipped.with_temperature(Some(fit.temperature));
    }
    let bytes = shipped.to_bytes();
    std::fs::write(&opts.out, &bytes)
        .map_err(|e| format!("writing {}: {e}", opts.out.display()))?;
    report.push_str(&format!(
        "wrote {} ({} bytes, {} feature rows) in {:.1}s\n",
        opts.out.display(),
        bytes.len(),
        shipped.feature_count(),
        t0.elapsed().as_secs_f64()
    ));
    if !dev.is_empty() {
        report.push_str(&format!("dev:\n{}\n", eval_model(&shipped, &dev)));
    }
    Ok(report)
}

#[cfg(test)]
#[path = "train_tests.rs"]
mod tests;
