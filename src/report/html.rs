//! The self-contained HTML review report: summary cards, inline SVG charts, frequent entities, the
//! sampled documents with entities, sentences and language segments marked, and one row per failed
//! document. CSS and script are inlined (no network; a Content-Security-Policy forbids any fetch) and
//! every piece of corpus text is escaped, since documents are untrusted input.

use super::stats::{CorpusStats, BUCKETS};
use super::svg::{bar_chart, histogram, Bar};
use crate::annotation::EntityLabel;
use std::fmt::Write as _;

const CSS: &str = include_str!("assets/report.css");
const JS: &str = include_str!("assets/report.js");

/// Most languages shown in the language chart (the rest are summed as `other`).
const MAX_LANGUAGE_BARS: usize = 24;

/// Escapes text for HTML element content and quoted attribute values. Control characters other than
/// tab and line breaks (which HTML cannot carry or would hide) become U+FFFD, and bidi embedding,
/// override and isolate controls are shown as `[U+202E]`, so that untrusted text cannot reorder what
/// a reviewer reads.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                let _ = write!(out, "[U+{:04X}]", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// The highlight colour of an entity label.
pub fn label_color(label: &str) -> &'static str {
    match EntityLabel::parse(label) {
        Some(EntityLabel::Per) => "#f6bd60",
        Some(EntityLabel::Org) => "#84c5f4",
        Some(EntityLabel::Loc) => "#95d5b2",
        Some(EntityLabel::Misc) => "#d3b8f0",
        Some(EntityLabel::Date) => "#ffe66d",
        Some(EntityLabel::Percent) => "#f5a3a3",
        Some(EntityLabel::Money) => "#9ed8c8",
        Some(EntityLabel::Cardinal) => "#d4d4d4",
        Some(EntityLabel::Time) => "#ffc9de",
        Some(EntityLabel::Quantity) => "#b8c0ff",
        Some(EntityLabel::Ordinal) => "#c7e9b0",
        _ => "#e0e0e0",
    }
}

/// A stable hue (0..360) for a language code.
pub fn language_hue(lang: &str) -> u32 {
    let mut h: u32 = 2_166_136_261;
    for b in lang.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(16_777_619);
    }
    h % 360
}

fn fmt_int(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn card(out: &mut String, key: &str, value: &str) {
    let _ = write!(
        out,
        "<div class=\"card\"><div class=\"n\">{}</div><div class=\"k\">{}</div></div>",
        escape(value),
        escape(key)
    );
}

fn charts(out: &mut String, stats: &CorpusStats) {
    let mut langs: Vec<(&String, &usize)> = stats.languages.iter().collect();
    langs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut bars: Vec<Bar> = langs
        .iter()
        .take(MAX_LANGUAGE_BARS)
        .map(|(l, n)| Bar {
            label: (*l).clone(),
            value: **n,
            color: format!("hsl({} 60% 50%)", language_hue(l)),
        })
        .collect();
    let other: usize = langs.iter().skip(MAX_LANGUAGE_BARS).map(|(_, n)| **n).sum();
    if other > 0 {
        bars.push(Bar {
            label: "other".into(),
            value: other,
            color: "#9aa5b1".into(),
        });
    }
    let label_bars: Vec<Bar> = stats
        .labels_in_order()
        .into_iter()
        .map(|l| Bar {
            value: stats.labels.get(&l).copied().unwrap_or(0),
            color: label_color(&l).to_string(),
            label: l,
        })
        .collect();
    let buckets: Vec<(String, usize)> = (0..BUCKETS)
        .map(|b| {
            let n = stats.sentence_lengths.get(b).copied().unwrap_or(0);
            (CorpusStats::bucket_label(b), n)
        })
        .collect();
    let source_bars: Vec<Bar> = stats
        .sources
        .iter()
        .map(|(s, n)| Bar {
            label: s.clone(),
            value: *n,
            color: "#7f95b5".into(),
        })
        .collect();
    out.push_str("<section id=\"charts\"><h2>Corpus</h2><div class=\"charts\">");
    let figures = [
        (
            "chart-languages",
            "Documents per language",
            bar_chart("Documents per language", &bars),
        ),
        (
            "chart-labels",
            "Entities per label",
            bar_chart("Entities per label", &label_bars),
        ),
        (
            "chart-lengths",
            "Sentence length (tokens)",
            histogram("Sentences per length in tokens", &buckets, "#5b8bd0"),
        ),
        (
            "chart-sources",
            "Entities per source",
            bar_chart("Entities per source", &source_bars),
        ),
    ];
    for (id, caption, svg) in figures {
        let _ = write!(
            out,
            "<figure id=\"{id}\"><figcaption>{caption}</figcaption>{svg}</figure>"
        );
    }
    out.push_str("</div></section>");
}

fn top_entities(out: &mut String, stats: &CorpusStats) {
    out.push_str("<section id=\"top-entities\"><h2>Frequent entities</h2><div class=\"tops\">");
    for label in stats.labels_in_order() {
        let _ = write!(
            out,
            "<table class=\"top\"><tr><th><span class=\"swatch\" style=\"background:{}\"></span>{}</th>\
             <th class=\"num\">count</th></tr>",
            label_color(&label),
            escape(&label)
        );
        for (text, n) in stats.top_entities(&label, 10) {
            let _ = write!(
                out,
                "<tr><td><bdi>{}</bdi></td><td class=\"num\">{}</td></tr>",
                escape(text),
                fmt_int(n)
            );
        }
        out.push_str("</table>");
    }
    out.push_str("</div></section>");
}

fn samples(out: &mut String, stats: &CorpusStats) {
    let opts = stats.options();
    let _ = write!(
        out,
        "<section id=\"samples\"><h2>Sample documents</h2><p class=\"meta\">{} of {} annotated documents, \
         spread over the corpus (reservoir sample, seed {}); texts are cut after {} characters. \
         Red bars start sentences; underlines and tags mark language segments.</p>",
        stats.sample.len(),
        fmt_int(stats.annotated()),
        opts.seed,
        fmt_int(opts.sample_chars)
    );
    out.push_str("<div id=\"controls\"><strong>Labels</strong>");
    for label in stats.labels_in_order() {
        let _ = write!(
            out,
            "<label><input type=\"checkbox\" data-label=\"{0}\" checked><span class=\"swatch\" style=\"background:{1}\"></span>{0}</label>",
            escape(&label),
            label_color(&label)
        );
    }
    out.push_str(
        "<label><input type=\"checkbox\" data-toggle=\"sentences\" checked>sentences</label>\
         <label><input type=\"checkbox\" data-toggle=\"segments\" checked>segments</label>\
         <input type=\"search\" id=\"search\" placeholder=\"filter documents\" aria-label=\"filter documents\">\
         <span class=\"meta\"><span id=\"shown\"></span> shown</span></div>",
    );
    for doc in &stats.sample {
        let more = if doc.truncated() {
            format!(
                "<span class=\"more\"> … ({} more characters)</span>",
                fmt_int(doc.chars.saturating_sub(doc.text.chars().count()))
            )
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "<article class=\"doc\" id=\"doc-{}\" data-lang=\"{}\"><h3><bdi>{}</bdi></h3>\
             <p class=\"meta\">#{} · <bdi>{}</bdi> · {} · {} · {} chars · {} sentences · {} entities</p>\
             <div class=\"text\" dir=\"auto\">{}{more}</div></article>",
            doc.index,
            escape(&doc.language),
            escape(&doc.id),
            doc.index,
            escape(&doc.source),
            escape(&doc.language),
            escape(doc.status),
            fmt_int(doc.chars),
            fmt_int(doc.sentence_count),
            fmt_int(doc.entity_count),
            doc.to_html()
        );
    }
    out.push_str("</section>");
}

fn errors(out: &mut String, stats: &CorpusStats) {
    let _ = write!(
        out,
        "<section id=\"errors\"><h2>Documents with errors ({})</h2>",
        fmt_int(stats.errors_total)
    );
    if stats.errors.is_empty() {
        out.push_str("<p class=\"meta\">Every document was annotated without error.</p></section>");
        return;
    }
    out.push_str("<table><tr><th class=\"num\">#</th><th>id</th><th>source</th><th>status</th><th>error</th></tr>");
    for e in &stats.errors {
        let _ = write!(
            out,
            "<tr class=\"error-row\"><td class=\"num\">{}</td><td><bdi>{}</bdi></td><td><bdi>{}</bdi></td>\
             <td><span class=\"status {}\">{}</span></td><td>{}</td></tr>",
            e.index,
            escape(&e.id),
            escape(&e.source),
            escape(e.status),
            escape(e.status),
            escape(&e.error)
        );
    }
    out.push_str("</table>");
    if stats.errors_total > stats.errors.len() {
        let _ = write!(
            out,
            "<p class=\"meta\">… and {} more (see documents.csv of a run).</p>",
            fmt_int(stats.errors_total - stats.errors.len())
        );
    }
    out.push_str("</section>");
}

/// The whole report page. `title` names the corpus; `pipeline` the pipeline used.
pub fn render_html(stats: &CorpusStats, title: &str, pipeline: &str) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; \
         script-src 'unsafe-inline'; img-src data:\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>annotate report: {}</title><style>{CSS}",
        escape(title)
    );
    for label in stats.labels_in_order() {
        let (l, c) = (escape(&label), label_color(&label));
        let _ = write!(
            out,
            "mark.ent[data-label=\"{l}\"]{{background:{c}}}body.hide-{l} mark.ent[data-label=\"{l}\"]\
             {{background:transparent}}body.hide-{l} mark.ent[data-label=\"{l}\"] .lab{{display:none}}"
        );
    }
    let _ = write!(
        out,
        "</style></head><body data-ready=\"0\"><header><h1>annotate report: <bdi>{}</bdi></h1>\
         <p class=\"meta\">pipeline <bdi>{}</bdi> · annotate {}</p></header><section id=\"summary\"><div class=\"cards\">",
        escape(title),
        escape(pipeline),
        env!("CARGO_PKG_VERSION")
    );
    let failed: usize = stats.documents.saturating_sub(stats.annotated());
    let mean = if stats.sentences > 0 {
        format!("{:.1}", stats.tokens as f64 / stats.sentences as f64)
    } else {
        "0".into()
    };
    for (k, v) in [
        ("documents", fmt_int(stats.documents)),
        ("annotated", fmt_int(stats.annotated())),
        ("failed", fmt_int(failed)),
        ("languages", fmt_int(stats.languages.len())),
        ("mixed-language docs", fmt_int(stats.mixed_documents)),
        ("characters", fmt_int(stats.chars)),
        ("sentences", fmt_int(stats.sentences)),
        ("tokens per sentence", mean),
        ("entities", fmt_int(stats.entities)),
    ] {
        card(&mut out, k, &v);
    }
    out.push_str(
        "</div><table id=\"statuses\"><tr><th>status</th><th class=\"num\">documents</th></tr>",
    );
    for (s, n) in &stats.statuses {
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
            escape(s),
            fmt_int(*n)
        );
    }
    out.push_str("</table></section>");
    charts(&mut out, stats);
    top_entities(&mut out, stats);
    samples(&mut out, stats);
    errors(&mut out, stats);
    let _ = writeln!(
        out,
        "<footer>Generated by annotate {}; self-contained: no external resources.</footer><script>{JS}</script></body></html>",
        env!("CARGO_PKG_VERSION")
    );
    out
}
