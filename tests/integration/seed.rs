//! The seed article in ../shared/seeds (read at test time, never copied into the project): an English
//! news report whose last line is Chinese. Skipped where ../shared is absent.

use annot::{Document, EntityLabel, Pipeline};

fn seed() -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    std::fs::read_to_string(files.first()?).ok()
}

fn annotated() -> Option<Document> {
    let text = seed()?;
    Some(
        Pipeline::default_pipeline()
            .expect("default pipeline")
            .annotate_text("seed", &text),
    )
}

#[test]
fn seed_language_and_segments() {
    let Some(doc) = annotated() else { return };
    assert_eq!(doc.language.as_ref().map(|l| l.lang.as_str()), Some("en"));
    let langs: Vec<&str> = doc
        .segments
        .iter()
        .map(|s| s.language.lang.as_str())
        .collect();
    assert_eq!(
        langs,
        ["en", "zh"],
        "one en segment for the article, one zh segment for its last line"
    );
    let last_line_start = doc.text.trim_end().rfind('\n').map_or(0, |i| i + 1);
    let zh = &doc.segments[1];
    assert_eq!(zh.span.start.byte, last_line_start);
    assert_eq!(zh.span.end.byte, doc.text.trim_end().len());
}

#[test]
fn seed_headline_and_subheading_are_sentences() {
    let Some(doc) = annotated() else { return };
    let lines: Vec<&str> = doc.text.lines().collect();
    let sentences: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(&s.span)).collect();
    // The first line (a headline) and the capitalised subheading line are sentences of their own.
    assert_eq!(sentences.first().copied(), lines.first().map(|l| l.trim()));
    let sub = lines
        .iter()
        .find(|l| l.len() > 3 && l.chars().all(|c| c.is_uppercase() || c == ' '))
        .expect("subheading");
    assert!(
        sentences.contains(&sub.trim()),
        "subheading {sub:?} is its own sentence"
    );
    // No sentence ends inside a decimal number or right after a lone capital initial.
    for s in &sentences {
        let last = s.chars().last().unwrap_or(' ');
        assert!(
            !s.ends_with(|c: char| c.is_ascii_digit()) || last == '.' || !s.contains(". "),
            "{s}"
        );
    }
    for pair in sentences.windows(2) {
        let a = pair[0];
        assert!(
            !(a.ends_with('.') && pair[1].starts_with(|c: char| c.is_ascii_digit())),
            "split inside a number: {a:?} | {:?}",
            pair[1]
        );
    }
}

#[test]
fn seed_entities_have_the_right_labels() {
    let Some(doc) = annotated() else { return };
    let label_of = |surface: &str| -> Vec<EntityLabel> {
        doc.entities
            .iter()
            .filter(|e| doc.slice(&e.span) == surface)
            .map(|e| e.label)
            .collect()
    };
    let count = |surface: &str| doc.text.matches(surface).count();
    for (surface, label) in [
        ("BEIJING", EntityLabel::Loc),
        ("Xinhua", EntityLabel::Org),
        ("Supreme People's Procuratorate", EntityLabel::Org),
        ("Supreme People's Court", EntityLabel::Org),
        ("Ministry of Public Security", EntityLabel::Org),
        ("Shanghai", EntityLabel::Loc),
        ("Zhong Hua", EntityLabel::Per),
        ("Chinese University of Hong Kong", EntityLabel::Org),
    ] {
        let got = label_of(surface);
        assert_eq!(
            got,
            vec![label; count(surface)],
            "{surface}: every mention tagged {label}"
        );
    }
    // The acronym is tagged ORG at every mention, the surname PER on its own recurrence.
    assert_eq!(label_of("SPP"), vec![EntityLabel::Org; count("SPP")]);
    assert!(
        label_of("Zhong").iter().all(|l| *l == EntityLabel::Per) && !label_of("Zhong").is_empty()
    );
    assert!(
        label_of("China").iter().all(|l| *l == EntityLabel::Loc) && label_of("China").len() >= 2
    );
}
