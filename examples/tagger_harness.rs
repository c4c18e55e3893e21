//! Dev harness for the entity tagger: bare-model scores, speed, peer export and scoring, error lists.
//! Its `train` mode (positional arguments) predates `annotate train`, the product command that
//! `pipelines/models/train.sh` uses; it still works.
//!
//! ```text
//! tagger_harness train LANG OUT EPOCHS SEED MIN_WEIGHT DATA... [--dev FILE...] [--every-epoch]
//!                [--labels=PER,ORG,LOC] [--ensemble=N] [--lower=F] [--title=F] [--dict=WORDLIST]
//!                [--unlearned-outside]   # dropped labels' tokens are O instead of free
//! tagger_harness eval MODEL FILE...            # bare model, newline sentence splitter
//! tagger_harness bench MODEL FILE... [--reps N] # single-thread tokens/s on the files' raw text
//! tagger_harness export FILE... > docs.jsonl    # rebuilt raw text as {"id","text","gold"} lines
//!                                              # (gold: [byte start, byte end, label])
//! tagger_harness score PEER.jsonl FILE...       # score a peer's output (char offsets) on the gold
//! tagger_harness errors MODEL FILE...           # false positives/negatives with kind and context
//! ```

use annot::annotation::EntityLabel;
use annot::tagger::corpus::{self, GoldDoc};
use annot::tagger::eval::eval_docs;
use annot::tagger::train::newline_sentences;
use annot::tagger::{train_command, NerModel, TrainOptions};
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("train") => train(args.get(1..).unwrap_or(&[])),
        Some("eval") => eval(args.get(1..).unwrap_or(&[])),
        Some("bench") => bench(args.get(1..).unwrap_or(&[])),
        Some("export") => export(args.get(1..).unwrap_or(&[])),
        Some("score") => score(args.get(1..).unwrap_or(&[])),
        Some("errors") => errors(args.get(1..).unwrap_or(&[])),
        _ => Err("usage: tagger_harness train|eval|bench|export|score|errors ...".to_string()),
    };
    match result {
        Ok(s) => println!("{s}"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}

fn read_all(files: &[String]) -> Result<Vec<GoldDoc>, String> {
    let mut docs = Vec::new();
    for f in files {
        docs.extend(corpus::read(&PathBuf::from(f), "auto")?);
    }
    Ok(docs)
}

fn train(a: &[String]) -> Result<String, String> {
    let get = |i: usize| a.get(i).cloned().ok_or("train: missing argument");
    let mut opts = TrainOptions {
        lang: get(0)?,
        out: PathBuf::from(get(1)?),
        epochs: get(2)?.parse().map_err(|_| "bad epochs")?,
        seed: get(3)?.parse().map_err(|_| "bad seed")?,
        min_weight: get(4)?.parse().map_err(|_| "bad min weight")?,
        ..Default::default()
    };
    let mut dev = false;
    for x in a.iter().skip(5) {
        match x.as_str() {
            "--dev" => dev = true,
            "--train" => dev = false,
            "--every-epoch" => opts.dev_every_epoch = true,
            "--unlearned-outside" => opts.free_unlearned = false,
            x if x.starts_with("--labels=") => {
                opts.labels = x
                    .trim_start_matches("--labels=")
                    .split(',')
                    .filter_map(EntityLabel::parse)
                    .collect()
            }
            x if x.starts_with("--ensemble=") => {
                opts.ensemble = x
                    .trim_start_matches("--ensemble=")
                    .parse()
                    .map_err(|_| "bad --ensemble")?
            }
            x if x.starts_with("--dict=") => opts
                .dicts
                .push(PathBuf::from(x.trim_start_matches("--dict="))),
            x if x.starts_with("--title=") => {
                opts.titlecase_copies = x
                    .trim_start_matches("--title=")
                    .parse()
                    .map_err(|_| "bad --title")?
            }
            x if x.starts_with("--lower=") => {
                opts.lowercase_copies = x
                    .trim_start_matches("--lower=")
                    .parse()
                    .map_err(|_| "bad --lower")?
            }
            f if dev && !f.starts_with("--") => opts.dev.push(PathBuf::from(f)),
            f => opts.data.push(PathBuf::from(f)),
        }
    }
    train_command(&opts)
}

fn predictor(model: &NerModel) -> impl Fn(&str) -> Vec<(Range<usize>, EntityLabel)> + Sync + '_ {
    move |text: &str| model.predict_labels(text, &newline_sentences(text))
}

fn eval(a: &[String]) -> Result<String, String> {
    let model = NerModel::load(&PathBuf::from(a.first().ok_or("eval: missing model")?))?;
    let docs = read_all(a.get(1..).unwrap_or(&[]))?;
    let predict = predictor(&model);
    Ok(eval_docs(&docs, &predict).to_string())
}

fn bench(a: &[String]) -> Result<String, String> {
    let model = NerModel::load(&PathBuf::from(a.first().ok_or("bench: missing model")?))?;
    let mut reps = 3usize;
    let mut files = Vec::new();
    let mut it = a.iter().skip(1);
    while let Some(x) = it.next() {
        if x == "--reps" {
            reps = it.next().and_then(|r| r.parse().ok()).ok_or("bad --reps")?;
        } else {
            files.push(x.clone());
        }
    }
    let docs = read_all(&files)?;
    let texts: Vec<(String, Vec<Range<usize>>)> = docs
        .into_iter()
        .map(|d| {
            let s = newline_sentences(&d.text);
            (d.text, s)
        })
        .collect();
    let lang = model.language();
    let tokens: usize = texts
        .iter()
        .flat_map(|(t, ss)| {
            ss.iter()
                .map(move |s| annot::tagger::tokenize(t, s.clone(), lang).len())
        })
        .sum();
    let bytes: usize = texts.iter().map(|t| t.0.len()).sum();
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut found = 0;
    for _ in 0..reps {
        let (t0, c0) = (Instant::now(), cpu_seconds());
        found = texts
            .iter()
            .map(|(t, s)| model.predict(t, s).len())
            .sum::<usize>();
        best = best.min(t0.elapsed().as_secs_f64());
        best_cpu = best_cpu.min(cpu_seconds() - c0);
    }
    let cpu_note = format!(
        "; CPU time {:.3}s = {:.0} tokens/s per core",
        best_cpu,
        tokens as f64 / best_cpu.max(1e-9)
    );
    Ok(format!(
        "{} docs, {} tokens, {:.2} MB, {} entities; best of {reps}: {:.3}s = {:.0} tokens/s, {:.2} MB/s (1 thread, incl. tokenisation){cpu_note}",
        texts.len(),
        tokens,
        bytes as f64 / 1e6,
        found,
        best,
        tokens as f64 / best,
        bytes as f64 / 1e6 / best
    ))
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn export(a: &[String]) -> Result<String, String> {
    let docs = read_all(a)?;
    let lines: Vec<String> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let gold: Vec<String> = d
                .entities
                .iter()
                .map(|(r, l)| format!("[{}, {}, \"{l}\"]", r.start, r.end))
                .collect();
            format!(
                "{{\"id\": \"{i}\", \"text\": {}, \"gold\": [{}]}}",
                json_str(&d.text),
                gold.join(", ")
            )
        })
        .collect();
    Ok(lines.join("\n"))
}

/// Maps a spaCy label to ours: PERSON, ORG, GPE/LOC; others are ignored.
fn peer_label(l: &str) -> Option<EntityLabel> {
    match l {
        "PERSON" | "PER" => Some(EntityLabel::Per),
        "ORG" => Some(EntityLabel::Org),
        "GPE" | "LOC" => Some(EntityLabel::Loc),
        _ => None,
    }
}

fn score(a: &[String]) -> Result<String, String> {
    let peer = std::fs::read_to_string(a.first().ok_or("score: missing peer jsonl")?)
        .map_err(|e| e.to_string())?;
    let docs = read_all(a.get(1..).unwrap_or(&[]))?;
    let mut by_id: BTreeMap<String, Vec<(usize, usize, String)>> = BTreeMap::new();
    for line in peer.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let id = v["id"]
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| v["id"].to_string());
        let ents = v["entities"].as_array().cloned().unwrap_or_default();
        let list = ents
            .iter()
            .filter_map(|e| {
                Some((
                    e[0].as_u64()? as usize,
                    e[1].as_u64()? as usize,
                    e[2].as_str()?.to_string(),
                ))
            })
            .collect();
        by_id.insert(id, list);
    }
    // Char offsets -> byte offsets, keyed by the text (ids are the export order).
    let mut by_text: BTreeMap<&str, Vec<(Range<usize>, EntityLabel)>> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        let starts: Vec<usize> = d
            .text
            .char_indices()
            .map(|c| c.0)
            .chain(std::iter::once(d.text.len()))
            .collect();
        let ents = by_id.get(&i.to_string()).cloned().unwrap_or_default();
        let conv = ents
            .into_iter()
            .filter_map(|(s, e, l)| Some((*starts.get(s)?..*starts.get(e)?, peer_label(&l)?)))
            .collect();
        by_text.insert(d.text.as_str(), conv);
    }
    let predict = |t: &str| by_text.get(t).cloned().unwrap_or_default();
    Ok(eval_docs(&docs, &predict).to_string())
}

/// Lists false positives and false negatives of the bare model, each with its kind: `label` (same
/// span, other label), `span` (overlaps an entity of the other side), `miss`/`spurious` (no
/// overlap), and a summary count per kind.
fn errors(a: &[String]) -> Result<String, String> {
    let model = NerModel::load(&PathBuf::from(a.first().ok_or("errors: missing model")?))?;
    let docs = read_all(a.get(1..).unwrap_or(&[]))?;
    let predict = predictor(&model);
    let mut out = String::new();
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    let overlaps = |r: &Range<usize>, s: &Range<usize>| r.start < s.end && s.start < r.end;
    for d in &docs {
        let gold: Vec<(Range<usize>, EntityLabel)> = d.entities.clone();
        let pred = predict(&d.text);
        let sides = [
            ("FP", &pred, &gold, "spurious"),
            ("FN", &gold, &pred, "miss"),
        ];
        for (tag, mine, other, none) in sides {
            for (r, l) in mine.iter() {
                if other.contains(&(r.clone(), *l)) {
                    continue;
                }
                let kind = if other.iter().any(|(o, _)| o == r) {
                    "label"
                } else if other.iter().any(|(o, _)| overlaps(o, r)) {
                    "span"
                } else {
                    none
                };
                *kinds.entry(format!("{tag} {l} {kind}")).or_default() += 1;
                let lo = d.text.floor_char_boundary(r.start.saturating_sub(24));
                let hi = d.text.ceil_char_boundary((r.end + 24).min(d.text.len()));
                let ctx = |x: Range<usize>| d.text.get(x).unwrap_or("").replace('\n', " ");
                out.push_str(&format!(
                    "{tag} {l} {kind}\t{}\t{}[{}]{}\n",
                    d.text.get(r.clone()).unwrap_or(""),
                    ctx(lo..r.start),
                    ctx(r.clone()),
                    ctx(r.end..hi)
                ));
            }
        }
    }
    for (k, n) in kinds {
        out.push_str(&format!("{k}: {n}\n"));
    }
    Ok(out)
}

/// User+system CPU seconds of this process (Linux `/proc/self/stat`, 100 ticks/s); 0 elsewhere.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |x| x.1);
    let f: Vec<f64> = after
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    // Fields after the command name: state is dropped by the parse filter, utime/stime follow.
    match (f.get(10), f.get(11)) {
        (Some(u), Some(s)) => (u + s) / 100.0,
        _ => 0.0,
    }
}
