//! Evaluation of sentence splitting on UD treebanks, for us and for peer tools.
//!
//! `annotate eval sentences FILE.conllu` builds documents from the gold sentences (protocol in
//! `conllu.rs`, see also [`CHUNK`]), splits them and scores sentence END offsets: precision,
//! recall and F1 over all ends, and again without the document-final end (which every tool gets
//! right for free). The same
//! documents can be exported as JSONL for the peer runners in `/work/shared/anchors/sbd.py`, and a
//! peer's output (char offsets) can be scored with exactly the same code.

mod conllu;

use super::SentenceSplitter;
use conllu::EvalDoc;
pub use conllu::CHUNK;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

/// Boundary counts of one evaluation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold sentence ends.
    pub gold: usize,
    /// Predicted sentence ends.
    pub predicted: usize,
    /// Predicted ends that are gold ends.
    pub correct: usize,
}

impl Counts {
    /// Precision, recall and F1 (0 where undefined).
    pub fn prf(&self) -> (f64, f64, f64) {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (p, r) = (
            ratio(self.correct, self.predicted),
            ratio(self.correct, self.gold),
        );
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }

    fn add(&mut self, gold: &BTreeSet<usize>, pred: &BTreeSet<usize>) {
        self.gold += gold.len();
        self.predicted += pred.len();
        self.correct += gold.intersection(pred).count();
    }
}

/// `annotate eval sentences FILE.conllu [--lang L] [--export-jsonl OUT] [--peer PEER.jsonl]` calls this:
/// builds documents from the treebank, splits them, prints boundary precision/recall/F1 (+ counts);
/// `export_jsonl` writes the documents as `{"id","text"}` JSONL for the peer tools in
/// `/work/shared/anchors/sbd.py`; `peer_jsonl` scores a peer's output JSONL
/// (`{"id","sentences":[[s,e],..]}`, char offsets) on the same documents instead of ours.
/// Returns the report text.
pub fn eval_conllu(
    path: &Path,
    lang: Option<&str>,
    splitter: &SentenceSplitter,
    export_jsonl: Option<&Path>,
    peer_jsonl: Option<&Path>,
) -> Result<String, String> {
    let (docs, lang, by_newdoc) = load_docs(path, lang)?;
    if let Some(out) = export_jsonl {
        export(&docs, out)?;
    }
    let peer = peer_jsonl.map(read_peer).transpose()?;
    let (all, internal, missing) = score(&docs, &lang, splitter, peer.as_ref());
    let sentences: usize = docs.iter().map(|d| d.gold_ends.len()).sum();
    let mut r = String::new();
    let system = peer_jsonl.map_or("annotate (ours)".to_string(), |p| {
        format!("peer {}", p.display())
    });
    let _ = writeln!(r, "file: {}", path.display());
    let _ = writeln!(
        r,
        "lang: {lang}  documents: {}  sentences: {sentences}  text bytes: {}",
        docs.len(),
        docs.iter().map(|d| d.text.len()).sum::<usize>()
    );
    let unit = if by_newdoc {
        "one document per # newdoc".to_string()
    } else {
        format!("documents of {CHUNK} consecutive sentences")
    };
    let joiner = if matches!(lang.as_str(), "zh" | "ja") {
        "nothing"
    } else {
        "a space"
    };
    let _ = writeln!(
        r,
        "protocol: {unit}; # newpar -> newline, else sentences joined by {joiner}"
    );
    let _ = writeln!(r, "system: {system}");
    if let Some(out) = export_jsonl {
        let _ = writeln!(r, "exported: {}", out.display());
    }
    if missing > 0 {
        let _ = writeln!(
            r,
            "warning: {missing} documents missing from the peer output (scored as empty)"
        );
    }
    for (name, c) in [("all ends", all), ("internal ends", internal)] {
        let (p, rec, f) = c.prf();
        let _ = writeln!(
            r,
            "{name:>13}: gold {} predicted {} correct {}  P {p:.4}  R {rec:.4}  F1 {f:.4}",
            c.gold, c.predicted, c.correct
        );
    }
    Ok(r)
}

/// Machine-readable figure for CI gates: boundary F1 over all sentence ends (as in [`eval_conllu`]).
pub fn boundary_f1(
    path: &Path,
    lang: Option<&str>,
    splitter: &SentenceSplitter,
) -> Result<f64, String> {
    let (docs, lang, _) = load_docs(path, lang)?;
    Ok(score(&docs, &lang, splitter, None).0.prf().2)
}

/// Lists up to `max` boundary errors (missed gold ends and extra predicted ends) with context, for
/// tuning the rules: `-` marks a missed end, `+` an extra one, `|` the position.
pub fn boundary_errors(
    path: &Path,
    lang: Option<&str>,
    splitter: &SentenceSplitter,
    max: usize,
) -> Result<String, String> {
    let (docs, lang, _) = load_docs(path, lang)?;
    let mut out = String::new();
    let mut n = 0;
    for d in &docs {
        let pred: BTreeSet<usize> = splitter
            .split(&d.text, 0..d.text.len(), &lang)
            .into_iter()
            .map(|r| r.end)
            .collect();
        let gold: BTreeSet<usize> = d.gold_ends.iter().copied().collect();
        for (sign, set, other) in [('-', &gold, &pred), ('+', &pred, &gold)] {
            for &e in set.difference(other) {
                if n >= max {
                    return Ok(out);
                }
                n += 1;
                let lo = (0..=e.saturating_sub(60))
                    .rev()
                    .find(|&i| d.text.is_char_boundary(i))
                    .unwrap_or(0);
                let hi = (e + 60..=d.text.len().max(e + 60))
                    .find(|&i| d.text.is_char_boundary(i) || i >= d.text.len())
                    .unwrap_or(d.text.len())
                    .min(d.text.len());
                let before = d.text.get(lo..e).unwrap_or("");
                let after = d.text.get(e..hi).unwrap_or("");
                let _ = writeln!(
                    out,
                    "{sign} {}|{}",
                    before.replace('\n', "⏎"),
                    after.replace('\n', "⏎")
                );
            }
        }
    }
    Ok(out)
}

fn load_docs(path: &Path, lang: Option<&str>) -> Result<(Vec<EvalDoc>, String, bool), String> {
    let content =
        std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let sents = conllu::parse(&content);
    if sents.is_empty() {
        return Err(format!("{}: no sentences found", path.display()));
    }
    let lang = lang
        .map(str::to_string)
        .or_else(|| conllu::lang_from_path(path))
        .unwrap_or_else(|| "und".to_string());
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("doc");
    Ok((
        conllu::build_docs(&sents, &lang, stem),
        lang,
        conllu::by_newdoc(&sents),
    ))
}

type PeerSpans = BTreeMap<String, Vec<(usize, usize)>>;

/// Scores all documents; returns (all-ends counts, internal-ends counts, docs missing from the peer).
fn score(
    docs: &[EvalDoc],
    lang: &str,
    sp: &SentenceSplitter,
    peer: Option<&PeerSpans>,
) -> (Counts, Counts, usize) {
    let (mut all, mut internal, mut missing) = (Counts::default(), Counts::default(), 0);
    for d in docs {
        let pred: BTreeSet<usize> = match peer {
            None => sp
                .split(&d.text, 0..d.text.len(), lang)
                .into_iter()
                .map(|r| r.end)
                .collect(),
            Some(p) => match p.get(&d.id) {
                Some(spans) => char_ends_to_bytes(&d.text, spans),
                None => {
                    missing += 1;
                    BTreeSet::new()
                }
            },
        };
        let gold: BTreeSet<usize> = d.gold_ends.iter().copied().collect();
        all.add(&gold, &pred);
        let last = d.text.trim_end().len();
        let strip = |s: &BTreeSet<usize>| {
            s.iter()
                .copied()
                .filter(|&e| e != last)
                .collect::<BTreeSet<_>>()
        };
        internal.add(&strip(&gold), &strip(&pred));
    }
    (all, internal, missing)
}

/// Converts char-offset span ends to byte offsets (ends past the text are clamped to its length).
fn char_ends_to_bytes(text: &str, spans: &[(usize, usize)]) -> BTreeSet<usize> {
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    spans
        .iter()
        .map(|&(_, e)| bytes.get(e).copied().unwrap_or(text.len()))
        .collect()
}

fn export(docs: &[EvalDoc], out: &Path) -> Result<(), String> {
    let err = |e: std::io::Error| format!("writing {}: {e}", out.display());
    let file = std::fs::File::create(out).map_err(err)?;
    let mut w = std::io::BufWriter::new(file);
    for d in docs {
        let line = serde_json::json!({ "id": d.id, "text": d.text });
        writeln!(w, "{line}").map_err(err)?;
    }
    w.flush().map_err(err)
}

fn read_peer(path: &Path) -> Result<PeerSpans, String> {
    #[derive(serde::Deserialize)]
    struct Row {
        id: serde_json::Value,
        sentences: Vec<(usize, usize)>,
    }
    let content =
        std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let mut out = BTreeMap::new();
    for (n, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(line)
            .map_err(|e| format!("{}: line {}: {e}", path.display(), n + 1))?;
        let id = match row.id {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        };
        out.insert(id, row.sentences);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("annot-sent-eval-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        dir.join(name)
    }

    const TREEBANK: &str = "# newdoc\n# text = Mr. Lee came.\n1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\n\
        # text = He sat. Not here\n1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\n# text = Done.\n1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n";

    #[test]
    fn scores_ours_and_a_peer_and_exports() {
        let tb = tmp("en_test-ud-dev.conllu");
        std::fs::write(&tb, TREEBANK).unwrap();
        let sp = SentenceSplitter::builtin();
        let jsonl = tmp("export.jsonl");
        let report = eval_conllu(&tb, None, &sp, Some(&jsonl), None).unwrap();
        assert!(report.contains("lang: en"), "{report}");
        // Text: "Mr. Lee came. He sat. Not here Done." gold ends 13, 30, 36; we cut at 13, 21, 36.
        assert!(report.contains("gold 3 predicted 3 correct 2"), "{report}");
        let f1 = boundary_f1(&tb, None, &sp).unwrap();
        assert!((f1 - 2.0 / 3.0).abs() < 1e-9, "{f1}");
        let exported = std::fs::read_to_string(&jsonl).unwrap();
        assert!(
            exported.contains("\"text\":\"Mr. Lee came. He sat. Not here Done.\""),
            "{exported}"
        );
        // A peer that splits after "Mr." and at the end: char offsets (ASCII, so bytes too).
        let peer = tmp("peer.jsonl");
        std::fs::write(
            &peer,
            "{\"id\":\"en_test-ud-dev-00001\",\"sentences\":[[0,3],[4,36]]}\n",
        )
        .unwrap();
        let report = eval_conllu(&tb, None, &sp, None, Some(&peer)).unwrap();
        assert!(report.contains("gold 3 predicted 2 correct 1"), "{report}");
        assert!(eval_conllu(&tmp("missing.conllu"), None, &sp, None, None).is_err());
    }

    #[test]
    fn char_offsets_become_byte_offsets() {
        let ends = char_ends_to_bytes("été. Oui.", &[(0, 4), (5, 9), (0, 99)]);
        assert_eq!(ends.into_iter().collect::<Vec<_>>(), vec![6, 11]);
        let c = Counts {
            gold: 4,
            predicted: 2,
            correct: 2,
        };
        let (p, r, f) = c.prf();
        assert!(
            (p - 1.0).abs() < 1e-12 && (r - 0.5).abs() < 1e-12 && (f - 2.0 / 3.0).abs() < 1e-12
        );
        assert_eq!(Counts::default().prf(), (0.0, 0.0, 0.0));
    }
}
