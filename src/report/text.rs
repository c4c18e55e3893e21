//! The terminal form of the corpus summary (`annotate stats`): aligned counts with bar charts drawn
//! in text, the frequent entities per label and the first documents with errors.

use super::stats::{CorpusStats, BUCKETS};
use std::fmt::Write as _;

const BAR_WIDTH: usize = 40;

fn bar(n: usize, max: usize) -> String {
    let w = if max == 0 {
        0
    } else {
        (n * BAR_WIDTH).div_ceil(max)
    };
    "#".repeat(w)
}

fn pct(n: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        100.0 * n as f64 / total as f64
    }
}

fn section<'a>(
    out: &mut String,
    title: &str,
    rows: impl Iterator<Item = (&'a str, usize)> + Clone,
) {
    let total: usize = rows.clone().map(|r| r.1).sum();
    let max = rows.clone().map(|r| r.1).max().unwrap_or(0);
    let width = rows
        .clone()
        .map(|r| r.0.chars().count())
        .max()
        .unwrap_or(0)
        .max(8);
    let _ = writeln!(out, "\n{title}");
    for (k, n) in rows {
        let _ = writeln!(
            out,
            "  {k:<width$} {n:>9} {:>5.1}%  {}",
            pct(n, total),
            bar(n, max)
        );
    }
}

/// Keeps a corpus string on one terminal line: control characters become spaces.
fn flat(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The corpus summary as plain text for a terminal.
pub fn render_text(stats: &CorpusStats) -> String {
    let mut out = String::new();
    let annotated = stats.annotated();
    let mean = if stats.sentences > 0 {
        stats.tokens as f64 / stats.sentences as f64
    } else {
        0.0
    };
    let _ = writeln!(
        out,
        "documents   {:>12}  ({} annotated, {} failed)",
        stats.documents,
        annotated,
        stats.documents - annotated.min(stats.documents)
    );
    let _ = writeln!(
        out,
        "characters  {:>12}  ({} bytes)",
        stats.chars, stats.bytes
    );
    let _ = writeln!(
        out,
        "sentences   {:>12}  ({mean:.1} tokens on average, longest {})",
        stats.sentences, stats.longest_sentence
    );
    let _ = writeln!(out, "entities    {:>12}", stats.entities);
    let _ = writeln!(
        out,
        "languages   {:>12}  ({} documents mix languages)",
        stats.languages.len(),
        stats.mixed_documents
    );
    section(
        &mut out,
        "status",
        stats.statuses.iter().map(|(k, n)| (k.as_str(), *n)),
    );
    let mut langs: Vec<(&str, usize)> = stats
        .languages
        .iter()
        .map(|(k, n)| (k.as_str(), *n))
        .collect();
    langs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    section(&mut out, "documents per language", langs.iter().copied());
    let mut seg: Vec<(&str, usize)> = stats
        .segment_chars
        .iter()
        .map(|(k, n)| (k.as_str(), *n))
        .collect();
    seg.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    section(
        &mut out,
        "characters per segment language",
        seg.iter().copied(),
    );
    let labels = stats.labels_in_order();
    section(
        &mut out,
        "entities per label",
        labels
            .iter()
            .map(|k| (k.as_str(), stats.labels.get(k).copied().unwrap_or(0))),
    );
    section(
        &mut out,
        "entities per source",
        stats.sources.iter().map(|(k, n)| (k.as_str(), *n)),
    );
    let used = stats
        .sentence_lengths
        .iter()
        .rposition(|n| *n > 0)
        .map_or(0, |b| b + 1);
    let buckets: Vec<(String, usize)> = (0..used.min(BUCKETS))
        .map(|b| {
            (
                CorpusStats::bucket_label(b),
                stats.sentence_lengths.get(b).copied().unwrap_or(0),
            )
        })
        .collect();
    section(
        &mut out,
        "sentence length (tokens)",
        buckets.iter().map(|(k, n)| (k.as_str(), *n)),
    );
    if !stats.labels.is_empty() {
        let _ = writeln!(out, "\nfrequent entities");
        for label in &labels {
            let top: Vec<String> = stats
                .top_entities(label, 8)
                .into_iter()
                .map(|(t, n)| format!("{} ({n})", flat(t)))
                .collect();
            let _ = writeln!(out, "  {label:<8} {}", top.join(", "));
        }
    }
    let _ = writeln!(out, "\ndocuments with errors: {}", stats.errors_total);
    for e in stats.errors.iter().take(20) {
        let _ = writeln!(
            out,
            "  #{} {} [{}] {}",
            e.index,
            flat(&e.id),
            e.status,
            flat(&e.error)
        );
    }
    if stats.errors_total > 20 {
        let _ = writeln!(
            out,
            "  ... ({} more; `annotate report` lists up to {})",
            stats.errors_total - 20,
            stats.options().max_errors
        );
    }
    out
}
