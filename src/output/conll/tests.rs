//! Tests of the line formats on small hand-made documents.
// One-sentence documents are written as `&[0..n]`: a list of sentence ranges, not a range.
#![allow(clippy::single_range_in_vec_init)]

use super::*;
use crate::annotation::{EntityLabel, EntitySource};
use crate::document::Status;
use crate::output::test_docs::{add_entity, english};

/// A document with sentences at `sentences` (byte ranges) and entities at `entities`.
pub(crate) fn doc_with(
    text: &str,
    sentences: &[Range<usize>],
    entities: &[(Range<usize>, EntityLabel)],
) -> Document {
    let mut doc = english("doc 1", "t.txt", text, 0.987_654, sentences.iter().cloned());
    for (r, label) in entities {
        add_entity(&mut doc, r.clone(), *label, EntitySource::Rule, None);
    }
    doc
}

fn sample() -> Document {
    let text = "Anna Meyer left Oslo.  IBM grew\n3%.";
    doc_with(
        text,
        &[0..21, 23..35],
        &[
            (0..10, EntityLabel::Per),
            (16..20, EntityLabel::Loc),
            (23..26, EntityLabel::Org),
            (32..34, EntityLabel::Percent),
        ],
    )
}

#[test]
fn formats_parse_by_name() {
    for f in ExportFormat::ALL {
        assert_eq!(ExportFormat::parse(f.as_str()), Some(f));
    }
    assert_eq!(ExportFormat::parse("CoNLLU"), Some(ExportFormat::Conllu));
    assert_eq!(ExportFormat::parse("xml"), None);
}

#[test]
fn conll_lines_have_iob2_tags() {
    let got = to_conll(&sample());
    let want = "-DOCSTART- -X- -X- O\n\nAnna _ _ B-PER\nMeyer _ _ I-PER\nleft _ _ O\nOslo _ _ B-LOC\n. _ _ O\n\n\
                IBM _ _ B-ORG\ngrew _ _ O\n3 _ _ B-PERCENT\n% _ _ I-PERCENT\n. _ _ O\n\n";
    assert_eq!(got, want);
}

#[test]
fn adjacent_entities_each_begin_and_partial_overlap_widens() {
    // "Anna" and "Meyer" are two entities; "Osl" covers part of the token "Oslo".
    let doc = doc_with(
        "Anna Meyer Oslo",
        &[0..15],
        &[
            (0..4, EntityLabel::Per),
            (5..10, EntityLabel::Per),
            (11..14, EntityLabel::Loc),
        ],
    );
    let tags: Vec<String> = tagged_sentences(&doc)
        .concat()
        .into_iter()
        .map(|t| t.tag)
        .collect();
    assert_eq!(tags, ["B-PER", "B-PER", "B-LOC"]);
}

#[test]
fn conll_is_read_back_by_the_training_reader() {
    let docs = crate::tagger::corpus::parse(&(to_conll(&sample()) + &to_conll(&sample())), "auto")
        .expect("parses");
    assert_eq!(docs.len(), 2);
    let d = &docs[0];
    let found: Vec<(&str, EntityLabel)> = d
        .entities
        .iter()
        .map(|(r, l)| (&d.text[r.clone()], *l))
        .collect();
    // The training reader keeps the name labels only.
    assert_eq!(
        found,
        [
            ("Anna Meyer", EntityLabel::Per),
            ("Oslo", EntityLabel::Loc),
            ("IBM", EntityLabel::Org)
        ]
    );
    assert_eq!(d.sentences.len(), 2);
}

/// Rebuilds the text from the first token on, from CoNLL-U forms and their MISC spacing.
fn rebuild(conllu: &str) -> String {
    let mut out = String::new();
    for line in conllu
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 10, "{line}");
        out.push_str(cols[1]);
        let misc: Vec<&str> = cols[9].split('|').collect();
        if let Some(s) = misc.iter().find_map(|m| m.strip_prefix("SpacesAfter=")) {
            out.push_str(&s.replace("\\s", " ").replace("\\n", "\n"));
        } else if !misc.contains(&"SpaceAfter=No") {
            out.push(' ');
        }
    }
    out
}

#[test]
fn conllu_has_comments_misc_and_rebuilds_the_text() {
    let doc = sample();
    let got = to_conllu(&doc);
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines[0], "# newdoc id = doc 1");
    assert_eq!(lines[1], "# sent_id = doc_1-1");
    assert_eq!(lines[2], "# lang = en");
    assert_eq!(lines[3], "# text = Anna Meyer left Oslo.");
    assert_eq!(
        lines[4],
        "1\tAnna\t_\t_\t_\t_\t_\t_\t_\tNER=B-PER|TokenRange=0:4"
    );
    assert!(
        got.contains("4\tOslo\t_\t_\t_\t_\t_\t_\t_\tNER=B-LOC|SpaceAfter=No|TokenRange=16:20\n")
    );
    assert!(got.contains("\tSpacesAfter=\\s\\s|TokenRange=20:21\n"));
    assert!(
        got.contains("# text = IBM grew 3%.\n"),
        "line break as space"
    );
    assert_eq!(rebuild(&got), doc.text);
    assert_eq!(
        got.matches("\n\n").count(),
        2,
        "a blank line after each sentence"
    );
}

#[test]
fn token_ranges_count_chars() {
    let text = "Zürich é Paris";
    let doc = doc_with(text, &[0..text.len()], &[(11..16, EntityLabel::Loc)]);
    let got = to_conllu(&doc);
    assert!(got.contains("\tZürich\t"), "{got}");
    assert!(
        got.contains("NER=B-LOC|SpaceAfter=No|TokenRange=9:14"),
        "{got}"
    );
    assert_eq!(rebuild(&got), text);
}

#[test]
fn failed_documents_have_no_token_lines() {
    let doc = Document::failed("x", "x.txt", Status::Binary, "binary".into());
    assert_eq!(to_conll(&doc), "");
    assert_eq!(to_conllu(&doc), "");
    let json: serde_json::Value =
        serde_json::from_str(&to_dataset_json(&doc).expect("json")).expect("valid json");
    assert_eq!(json["status"], "binary");
    assert!(json["language"].is_null());
    assert_eq!(json["entities"].as_array().map(Vec::len), Some(0));
}

#[test]
fn dataset_json_has_text_and_char_offsets() {
    let text = "Zürich é Paris";
    let doc = doc_with(text, &[0..text.len()], &[(11..16, EntityLabel::Loc)]);
    let line = to_dataset_json(&doc).expect("json");
    assert!(!line.contains('\n'));
    let json: serde_json::Value = serde_json::from_str(&line).expect("valid json");
    assert_eq!(json["text"], text);
    assert_eq!(json["language_confidence"], 0.9877);
    let e = &json["entities"][0];
    assert_eq!(e["text"], "Paris");
    assert_eq!(
        (e["char_start"].as_u64(), e["char_end"].as_u64()),
        (Some(9), Some(14))
    );
    assert_eq!(
        (e["byte_start"].as_u64(), e["byte_end"].as_u64()),
        (Some(11), Some(16))
    );
    assert!(
        e["confidence"].is_null(),
        "absent values are null, not missing"
    );
    let chars: Vec<char> = text.chars().collect();
    let by_chars: String = chars[9..14].iter().collect();
    assert_eq!(by_chars, "Paris");
}

#[test]
fn escapes_whitespace_for_misc() {
    assert_eq!(escape_spaces(" \t\n|\\\u{7}"), "\\s\\t\\n\\p\\\\\\u0007");
    assert_eq!(id_token("a b\nc"), "a_b_c");
    assert_eq!(id_token(""), "_");
    assert_eq!(one_line("a\nb\u{2028}c"), "a b c");
}

#[test]
fn sinks_refuse_what_they_cannot_do_and_rename_at_the_end() {
    let resume = crate::output::CsvOptions {
        resume: true,
        neutralize_formulas: false,
    };
    let dir = std::env::temp_dir().join(format!("annot-sinks-{}", std::process::id()));
    let d = dir.display().to_string();
    assert!(
        create_sink(&d, ExportFormat::Conll, resume).is_err(),
        "resume is CSV only"
    );
    assert!(create_sink("-", ExportFormat::Parquet, Default::default()).is_err());
    assert!(create_sink("-", ExportFormat::Csv, resume).is_err());
    let (mut sink, _) = create_sink(&d, ExportFormat::Conllu, Default::default()).expect("sink");
    sink.write(&sample()).expect("write");
    assert!(
        !dir.join("documents.conllu").exists(),
        "not final before finish"
    );
    assert!(dir.join(".documents.conllu.partial").exists());
    sink.finish().expect("finish");
    let text = std::fs::read_to_string(dir.join("documents.conllu")).expect("final file");
    assert_eq!(text, to_conllu(&sample()));
    assert!(!dir.join(".documents.conllu.partial").exists());
    let _ = std::fs::remove_dir_all(&dir);
}
