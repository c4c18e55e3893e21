//! Dev harness for the rule tagger: `tag` prints merged entities of text files, `bench` measures
//! throughput (MB/s on one core), `check` loads a gazetteer file and reports its size or the error.
//!
//! cargo run --release --example rules_demo -- tag FILE... [--lang de]  (merged; `raw`: unmerged)
//! cargo run --release --example rules_demo -- merge CANDIDATES.tsv [--policy rules_first]
//!     (candidate lines: doc, start, end, label, source)
//! cargo run --release --example rules_demo -- bench FILE... [--repeat N]
//! cargo run --release --example rules_demo -- check NAME FILE

use annot::annotation::{Candidate, EntityLabel, EntitySource, SentenceView};
use annot::rules::{merge, merge_with, MergePolicy, RuleTagger};
use std::time::Instant;

/// CPU time of this thread in seconds (Linux schedstat), so a busy machine does not skew the figure.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Line-level sentences (a stand-in until the sentence splitter is wired in).
fn lines<'l>(text: &str, lang: &'l str) -> Vec<SentenceView<'l>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            out.push(SentenceView {
                range: (pos + lead, pos + lead + trimmed.len()),
                lang,
            });
        }
        pos += line.len();
    }
    out
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cmd = args.first().map(String::as_str).unwrap_or("");
    match cmd {
        "tag" | "raw" => {
            let tagger = RuleTagger::builtin();
            let lang = match args.iter().position(|a| a == "--lang") {
                Some(i) => args
                    .get(i + 1)
                    .map(String::as_str)
                    .ok_or("--lang needs a code")?,
                None => "en",
            };
            let skip: Vec<&String> = args.iter().skip_while(|a| *a != "--lang").take(2).collect();
            for path in args.iter().skip(1).filter(|a| !skip.contains(a)) {
                let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
                let cands = tagger.tag(&text, &lines(&text, lang));
                let out = if cmd == "raw" { cands } else { merge(cands) };
                for c in out {
                    let surface = text.get(c.range.clone()).unwrap_or("");
                    println!(
                        "{path}\t{}\t{}\t{}\t{}\t{}",
                        c.range.start, c.range.end, c.label, c.source, surface
                    );
                }
            }
        }
        "bench" => {
            let repeat: usize = match args.iter().position(|a| a == "--repeat") {
                Some(i) => args
                    .get(i + 1)
                    .and_then(|r| r.parse().ok())
                    .ok_or("--repeat needs a number")?,
                None => 5,
            };
            let mut texts = Vec::new();
            for path in args.iter().skip(1).take_while(|a| *a != "--repeat") {
                texts.push(std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?);
            }
            let tagger = RuleTagger::builtin();
            let views: Vec<_> = texts.iter().map(|t| lines(t, "en")).collect();
            let bytes: usize = texts.iter().map(String::len).sum::<usize>() * repeat;
            let start = Instant::now();
            let cpu0 = cpu_seconds();
            let mut n = 0;
            for _ in 0..repeat {
                for (t, v) in texts.iter().zip(&views) {
                    n += merge(tagger.tag(t, v)).len();
                }
            }
            let secs = start.elapsed().as_secs_f64();
            let mb = bytes as f64 / 1e6;
            print!(
                "{bytes} bytes, {n} entities, wall {secs:.3} s ({:.1} MB/s)",
                mb / secs
            );
            match (cpu0, cpu_seconds()) {
                (Some(a), Some(b)) if b > a => {
                    println!(", cpu {:.3} s ({:.1} MB/s)", b - a, mb / (b - a))
                }
                _ => println!(),
            }
        }
        "merge" => {
            // candidates as `doc<TAB>start<TAB>end<TAB>label<TAB>source` lines, grouped by doc
            let path = args.get(1).ok_or("merge FILE.tsv [--policy NAME]")?;
            let policy = match args.iter().position(|a| a == "--policy") {
                Some(i) => args
                    .get(i + 1)
                    .and_then(|p| MergePolicy::parse(p))
                    .ok_or("--policy needs longest_then_model or rules_first")?,
                None => MergePolicy::default(),
            };
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            let mut docs: std::collections::BTreeMap<&str, Vec<Candidate>> = Default::default();
            for (n, line) in text.lines().enumerate() {
                let f: Vec<&str> = line.split('\t').collect();
                let bad = || {
                    format!(
                        "{path}: line {}: expected doc, start, end, label, source",
                        n + 1
                    )
                };
                let (Some(doc), Some(a), Some(b), Some(l), Some(src)) =
                    (f.first(), f.get(1), f.get(2), f.get(3), f.get(4))
                else {
                    return Err(bad());
                };
                let source = match *src {
                    "model" => EntitySource::Model,
                    "rule" => EntitySource::Rule,
                    g => EntitySource::Gazetteer(g.trim_start_matches("gazetteer:").to_string()),
                };
                docs.entry(doc).or_default().push(Candidate {
                    range: a.parse().map_err(|_| bad())?..b.parse().map_err(|_| bad())?,
                    label: EntityLabel::parse(l).ok_or_else(bad)?,
                    source,
                    confidence: None,
                });
            }
            for (doc, cands) in docs {
                for c in merge_with(cands, policy) {
                    println!(
                        "{doc}\t{}\t{}\t{}\t{}\t",
                        c.range.start, c.range.end, c.label, c.source
                    );
                }
            }
        }
        "check" => {
            let (name, path) = (
                args.get(1).ok_or("check NAME FILE")?,
                args.get(2).ok_or("check NAME FILE")?,
            );
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            let mut tagger = RuleTagger::rules_only();
            tagger.add_gazetteer(name, &text, None, true)?;
            println!("{:?}", tagger.gazetteers());
        }
        _ => return Err("usage: rules_demo tag|raw|merge|bench|check ...".into()),
    }
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
}
