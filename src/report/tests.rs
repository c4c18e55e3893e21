//! Report tests on hand-made documents: statistics, sampling, highlighting, escaping.
// One-sentence documents are written as `&[0..n]`: a list of sentence ranges, not a range.
#![allow(clippy::single_range_in_vec_init)]

use super::*;
use crate::annotation::{EntityLabel, EntitySource};
use crate::document::{Document, Entity, LanguageTag, Segment, Sentence, Status};
use std::ops::Range;

fn tag(lang: &str) -> LanguageTag {
    LanguageTag {
        lang: lang.into(),
        script: "Latin".into(),
        confidence: 0.9,
        reliable: true,
        variant: None,
    }
}

fn doc(
    id: &str,
    text: &str,
    segs: &[(Range<usize>, &str)],
    sents: &[Range<usize>],
    ents: &[(Range<usize>, EntityLabel)],
) -> Document {
    let mut d = Document::new(id, format!("{id}.txt"), text.to_string());
    d.language = segs.first().map(|s| tag(s.1));
    for (r, l) in segs {
        let span = d.span(r.clone());
        d.segments.push(Segment {
            span,
            language: tag(l),
        });
    }
    for r in sents {
        let span = d.span(r.clone());
        d.sentences.push(Sentence {
            span,
            language: "en".into(),
        });
    }
    for (r, label) in ents {
        let span = d.span(r.clone());
        let sentence = d.sentence_at(r.start);
        d.entities.push(Entity {
            span,
            label: *label,
            source: EntitySource::Rule,
            confidence: None,
            sentence,
        });
    }
    d
}

fn sample_doc() -> Document {
    // Two sentences, two language segments; "Anna Berg" crosses the segment boundary at 18.
    let text = "Hi <b>&\"x\"</b>. Anna Berg kam.";
    doc(
        "d<1>",
        text,
        &[(0..18, "en"), (18..text.len(), "de")],
        &[0..15, 16..text.len()],
        &[(3..6, EntityLabel::Misc), (16..25, EntityLabel::Per)],
    )
}

#[test]
fn highlighting_nests_escapes_and_splits_crossing_entities() {
    let d = sample_doc();
    let s = SampleDoc::new(0, &d, 1000);
    let html = s.to_html();
    assert!(!html.contains("<b>"), "text is escaped: {html}");
    assert!(html.contains("&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;") || html.contains("&lt;b&gt;"));
    assert_eq!(html.matches("<mark class=\"ent\"").count(), 2, "{html}");
    assert_eq!(
        html.matches("<mark class=\"ent cont\"").count(),
        1,
        "crossing piece: {html}"
    );
    assert_eq!(
        html.matches("class=\"lab\"").count(),
        2,
        "one label tag per entity"
    );
    assert_eq!(
        html.matches("class=\"sb\"").count(),
        2,
        "one boundary mark per sentence"
    );
    assert_eq!(html.matches("class=\"seg-tag\"").count(), 2);
    assert_eq!(
        html.matches("<span").count() + html.matches("<mark").count(),
        html.matches("</span>").count() + html.matches("</mark>").count(),
        "balanced: {html}"
    );
    // The visible text, less the label and language tags, is the document text.
    let tags = regex::Regex::new(r#"<span class="(lab|seg-tag)">[^<]*</span>"#).expect("regex");
    assert_eq!(unescape(&strip_tags(&tags.replace_all(&html, ""))), d.text);
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn escape_covers_markup_quotes_and_controls() {
    assert_eq!(
        escape("a\u{202E}b\u{2069}"),
        "a[U+202E]b[U+2069]",
        "bidi overrides shown"
    );
    assert_eq!(escape("\u{200F}"), "\u{200F}", "marks stay");
    assert_eq!(
        escape("<a href='x'>&\"\u{0}\n"),
        "&lt;a href=&#39;x&#39;&gt;&amp;&quot;\u{FFFD}\n"
    );
}

#[test]
fn stats_count_layers_and_keep_error_rows() {
    let mut stats = CorpusStats::new(StatsOptions::default());
    stats.add(&sample_doc());
    stats.add(&Document::failed(
        "bad<id>",
        "x.bin",
        Status::Binary,
        "binary <data>".into(),
    ));
    assert_eq!(stats.documents, 2);
    assert_eq!(stats.annotated(), 1);
    assert_eq!(stats.sentences, 2);
    assert_eq!(stats.entities, 2);
    assert_eq!(stats.mixed_documents, 1);
    assert_eq!(stats.labels.get("PER"), Some(&1));
    assert_eq!(stats.errors.len(), 1);
    assert_eq!(stats.errors[0].status, "binary");
    assert_eq!(stats.sample.len(), 1);
    assert_eq!(stats.sentence_lengths.iter().sum::<usize>(), 2);
    let html = render_html(&stats, "t<t>", "default");
    assert!(!html.contains("bad<id>") && html.contains("bad&lt;id&gt;"));
    assert_eq!(html.matches("class=\"error-row\"").count(), 1);
    assert_eq!(html.matches("<article class=\"doc\"").count(), 1);
    assert_eq!(html.matches("<svg").count(), 4);
    assert!(
        !html.contains("http://")
            || !html
                .replace("http://www.w3.org/2000/svg", "")
                .contains("http://")
    );
    assert!(!html.contains("https://"), "no network resources");
    let text = render_text(&stats);
    assert!(text.contains("documents with errors: 1"), "{text}");
    assert!(text.contains("PER"), "{text}");
}

#[test]
fn sample_is_spread_deterministic_and_in_input_order() {
    let options = StatsOptions {
        sample: 5,
        ..StatsOptions::default()
    };
    let run = || {
        let mut stats = CorpusStats::new(options);
        for i in 0..200 {
            stats.add(&doc(
                &format!("d{i}"),
                "Hello there.",
                &[(0..12, "en")],
                &[0..12],
                &[],
            ));
        }
        stats.sample.iter().map(|s| s.index).collect::<Vec<_>>()
    };
    let a = run();
    assert_eq!(a, run());
    assert_eq!(a.len(), 5);
    assert!(a.windows(2).all(|w| w[0] < w[1]), "input order: {a:?}");
    assert!(
        a.iter().any(|&i| i >= 100),
        "not just the first documents: {a:?}"
    );
}

#[test]
fn long_texts_are_cut_on_char_boundaries() {
    let text = "é".repeat(50);
    let d = doc(
        "x",
        &text,
        &[(0..text.len(), "fr")],
        &[0..text.len()],
        &[(10..20, EntityLabel::Loc), (20..24, EntityLabel::Per)],
    );
    let s = SampleDoc::new(0, &d, 7);
    assert_eq!(s.text.chars().count(), 7);
    assert!(s.truncated());
    assert_eq!(s.entities.len(), 1, "the entity after the cut is dropped");
    assert_eq!(
        s.entities[0].range,
        10..14,
        "the one across the cut is clipped"
    );
    assert!(s.to_html().contains("</mark>"));
    assert_eq!(s.sentences, vec![0..14]);
}

#[test]
fn bucket_labels() {
    assert_eq!(CorpusStats::bucket_label(0), "0-4");
    assert_eq!(
        CorpusStats::bucket_label(BUCKETS - 1),
        format!("{}+", (BUCKETS - 1) * BUCKET_TOKENS)
    );
}
