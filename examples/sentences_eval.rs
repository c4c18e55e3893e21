//! Dev harness for the sentence splitter, until the `annotate` CLI wires it in.
//!
//! ```text
//! cargo run --release --example sentences_eval -- eval FILE.conllu [--lang L] [--export-jsonl OUT] [--peer PEER.jsonl]
//! cargo run --release --example sentences_eval -- errors FILE.conllu [--lang L] [--max N]
//! cargo run --release --example sentences_eval -- speed FILE.jsonl [--lang L] [--repeat N]
//! cargo run --release --example sentences_eval -- split [--lang L] < text.txt
//! cargo run --release --example sentences_eval -- uax29 IN.jsonl OUT.jsonl   # plain UAX #29 baseline
//! ```
//! `uax29` writes plain `unicode-segmentation` sentence bounds (trimmed, char offsets) in the peer
//! format, so `eval --peer OUT.jsonl` scores the baseline that the rules start from.
use annot::sentences::{eval, SentenceSplitter};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn speed(path: &Path, lang: &str, repeat: usize, sp: &SentenceSplitter) -> Result<String, String> {
    let content =
        std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let mut texts = Vec::new();
    for line in content.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        texts.push(v["text"].as_str().unwrap_or_default().to_string());
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let (mut sentences, t) = (0usize, Instant::now());
    for _ in 0..repeat {
        for text in &texts {
            sentences += sp.split(text, 0..text.len(), lang).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let mb = (bytes * repeat) as f64 / 1e6;
    Ok(format!(
        "[annotate] docs={} text_MB={:.3} repeat={repeat} run_s={secs:.3} sentences={sentences} MB_per_s={:.1}",
        texts.len(),
        bytes as f64 / 1e6,
        mb / secs.max(1e-9)
    ))
}

/// Plain UAX #29 sentence bounds for every document of a `{"id","text"}` JSONL file.
fn uax29(input: &Path, output: Option<&String>) -> Result<String, String> {
    use unicode_segmentation::UnicodeSegmentation;
    let content = std::fs::read_to_string(input).map_err(|e| e.to_string())?;
    let (mut out, mut bytes, mut secs) = (String::new(), 0usize, 0.0f64);
    for line in content.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let text = v["text"].as_str().unwrap_or_default();
        bytes += text.len();
        let t = Instant::now();
        let spans: Vec<(usize, usize)> = text
            .split_sentence_bound_indices()
            .filter_map(|(i, s)| {
                let lead = s.len() - s.trim_start().len();
                let keep = s.trim_end().len();
                (keep > lead).then_some((i + lead, i + keep))
            })
            .collect();
        secs += t.elapsed().as_secs_f64();
        let chars = |b: usize| text.get(..b).map_or(0, |p| p.chars().count());
        let spans: Vec<[usize; 2]> = spans.iter().map(|&(a, b)| [chars(a), chars(b)]).collect();
        out.push_str(&serde_json::json!({ "id": v["id"], "sentences": spans }).to_string());
        out.push('\n');
    }
    let path = output.ok_or("uax29 needs an output path")?;
    std::fs::write(path, out).map_err(|e| e.to_string())?;
    Ok(format!(
        "[uax29] text_MB={:.3} run_s={secs:.3} MB_per_s={:.1}",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs.max(1e-9)
    ))
}

fn run(args: &[String]) -> Result<String, String> {
    let sp = SentenceSplitter::builtin();
    let lang = flag(args, "--lang");
    let file = args.get(1).map(PathBuf::from);
    match (args.first().map(String::as_str), file) {
        (Some("eval"), Some(f)) => {
            let export = flag(args, "--export-jsonl").map(PathBuf::from);
            let peer = flag(args, "--peer").map(PathBuf::from);
            eval::eval_conllu(&f, lang.as_deref(), &sp, export.as_deref(), peer.as_deref())
        }
        (Some("errors"), Some(f)) => {
            let max = flag(args, "--max")
                .and_then(|m| m.parse().ok())
                .unwrap_or(50);
            eval::boundary_errors(&f, lang.as_deref(), &sp, max)
        }
        (Some("speed"), Some(f)) => {
            let repeat = flag(args, "--repeat")
                .and_then(|m| m.parse().ok())
                .unwrap_or(20);
            speed(&f, lang.as_deref().unwrap_or("en"), repeat, &sp)
        }
        (Some("uax29"), Some(f)) => uax29(&f, args.get(2)),
        (Some("split"), _) => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| e.to_string())?;
            let lang = lang.unwrap_or_else(|| "en".to_string());
            let out: Vec<String> = sp
                .split(&text, 0..text.len(), &lang)
                .into_iter()
                .map(|r| {
                    format!(
                        "{}..{}\t{}",
                        r.start,
                        r.end,
                        text.get(r.clone()).unwrap_or("").replace('\n', "⏎")
                    )
                })
                .collect();
            Ok(out.join("\n"))
        }
        _ => Err(
            "usage: sentences_eval eval|errors|speed|split|uax29 FILE [--lang L] ...".to_string(),
        ),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(report) => println!("{report}"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}
