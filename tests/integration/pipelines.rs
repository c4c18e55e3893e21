//! Every shipped pipeline file builds; mistakes in a pipeline file fail at load time with the file, the
//! key and the reason.

use crate::util::{annotate, root, stderr};
use annot::resources::Resources;
use annot::Pipeline;

#[test]
fn every_shipped_pipeline_builds_from_disk_and_builtin() {
    let mut count = 0;
    for entry in std::fs::read_dir(root().join("pipelines")).expect("pipelines/") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) == Some("toml") && !path.starts_with(".") {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_string();
            if name.starts_with('.') {
                continue;
            }
            Pipeline::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            Pipeline::builtin(&name).unwrap_or_else(|e| panic!("builtin {name}: {e}"));
            count += 1;
        }
    }
    assert!(count >= 2, "at least two pipelines ship");
}

fn load_error(text: &str) -> String {
    match Pipeline::from_toml(text, "test.toml", Resources::Dir(root().join("pipelines"))) {
        Ok(_) => panic!("expected an error for:\n{text}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_misspelled_key_is_rejected_with_its_name() {
    let e = load_error("version = 1\n[[processors]]\ntype = \"sentences\"\nrule_dir = \"x\"\n");
    assert!(e.contains("rule_dir") && e.contains("test.toml"), "{e}");
    let e = load_error("version = 1\n[[processors]]\ntype = \"language\"\nalow = [\"en\"]\n");
    assert!(e.contains("alow"), "{e}");
    let e = load_error("version = 1\n[run]\nbatchsize = 3\n[[processors]]\ntype = \"language\"\n");
    assert!(e.contains("batchsize"), "{e}");
    let e = load_error("version = 1\nextra = 2\n[[processors]]\ntype = \"language\"\n");
    assert!(e.contains("extra"), "{e}");
}

#[test]
fn unknown_types_unmet_requirements_and_missing_files_are_errors() {
    let e = load_error("version = 1\n[[processors]]\ntype = \"sentense_split\"\n");
    assert!(
        e.contains("sentense_split") && e.contains("unknown processor type"),
        "{e}"
    );
    let e = load_error("version = 1\n[[processors]]\ntype = \"sentences\"\n");
    assert!(e.contains("requires") && e.contains("language"), "{e}");
    let e = load_error("version = 1\n[[processors]]\ntype = \"language\"\n[[processors]]\ntype = \"sentences\"\n[[processors]]\ntype = \"entity_merge\"\n");
    assert!(e.contains("entity candidates"), "{e}");
    let e = load_error("[[processors]]\ntype = \"language\"\n");
    assert!(e.contains("version"), "{e}");
    let e = load_error("version = 1\n[[processors]]\ntype = \"language\"\n[[processors]]\ntype = \"sentences\"\n[[processors]]\ntype = \"rules\"\ngazetteers = [{ name = \"x\", path = \"nope.tsv\" }]\n");
    assert!(e.contains("nope.tsv"), "{e}");
    let e = load_error("version = 1\n[[processors]\n");
    assert!(e.contains("test.toml"), "{e}");
}

#[test]
fn a_bad_pipeline_file_exits_2_naming_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.toml");
    std::fs::write(
        &path,
        "version = 1\n[[processors]]\ntype = \"language\"\nminchars = 3\n",
    )
    .unwrap();
    let out = annotate(&[
        "run",
        "--pipeline",
        path.to_str().unwrap(),
        "samples/docs/en_news.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("bad.toml") && err.contains("minchars"),
        "{err}"
    );
}

#[test]
fn a_pipeline_gazetteer_keeps_to_its_languages_and_can_outrank_the_model() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("mine.tsv"), "Paris\tORG\nBerlin\tORG\n").unwrap();
    let model = root().join("pipelines/models/ner-en.bin");
    let pipeline = |extra: &str| {
        let text = format!(
            "version = 1\n[[processors]]\ntype = \"language\"\n[[processors]]\ntype = \"sentences\"\n\
             [[processors]]\ntype = \"rules\"\nbuiltin_gazetteers = false\n\
             gazetteers = [{{ name = \"mine\", path = \"mine.tsv\"{extra} }}]\n\
             [[processors]]\ntype = \"ner_model\"\nmodels = {{ en = {:?} }}\n\
             [[processors]]\ntype = \"entity_merge\"\n",
            model.display()
        );
        Pipeline::from_toml(&text, "test.toml", Resources::Dir(dir.path().to_path_buf()))
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let text = "She flew from Paris to Tokyo on Monday with her two colleagues from the office.";
    let paris = |p: &Pipeline| -> Vec<String> {
        let doc = p.annotate_text("t", text);
        doc.entities
            .iter()
            .filter(|e| text.get(e.span.byte_range()) == Some("Paris"))
            .map(|e| format!("{} {}", e.label.as_str(), e.source))
            .collect()
    };
    // the model's label wins on the same span, unless the list is set to outrank it
    assert_eq!(paris(&pipeline("")), ["LOC model"]);
    assert_eq!(
        paris(&pipeline(", outranks_model = true")),
        ["ORG gazetteer:mine"]
    );
    // a list kept to German sentences does not match in English
    assert_eq!(
        paris(&pipeline(", outranks_model = true, languages = [\"de\"]")),
        ["LOC model"]
    );
}

#[test]
fn a_damaged_model_file_on_disk_is_a_load_error_naming_it() {
    // Built-in models are decoded on first use; a model file from disk is decoded at load, so a
    // damaged one stops the run before any document (exit 2), as every pipeline error does.
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("ner-xx.bin"), b"not a model").unwrap();
    let text =
        "version = 1\n[[processors]]\ntype = \"language\"\n[[processors]]\ntype = \"sentences\"\n\
                [[processors]]\ntype = \"ner_model\"\nmodels = { en = \"ner-xx.bin\" }\n\
                [[processors]]\ntype = \"entity_merge\"\n";
    let path = dir.path().join("damaged.toml");
    std::fs::write(&path, text).unwrap();
    let out = annotate(&[
        "run",
        "--pipeline",
        path.to_str().unwrap(),
        "--out",
        "-",
        "samples/docs/en_news.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("ner-xx.bin") && err.contains("deflate"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn min_confidence_keeps_only_the_surer_model_entities() {
    let pipeline = |min: &str| {
        let text = format!(
            "version = 1\n[[processors]]\ntype = \"language\"\n[[processors]]\ntype = \"sentences\"\n\
             [[processors]]\ntype = \"ner_model\"\nmodels = {{ en = \"models/ner-en.bin\" }}\n{min}\n\
             [[processors]]\ntype = \"entity_merge\"\n"
        );
        Pipeline::from_toml(&text, "test.toml", Resources::Dir(root().join("pipelines")))
    };
    let text = std::fs::read_to_string(root().join("samples/docs/en_news.txt")).unwrap();
    let entities = |p: &Pipeline| -> Vec<(String, f32)> {
        let doc = p.annotate_text("t", &text);
        doc.entities
            .iter()
            .map(|e| {
                let span = text.get(e.span.byte_range()).unwrap_or("").to_string();
                (span, e.confidence.unwrap_or(0.0))
            })
            .collect()
    };
    let all = entities(&pipeline("").unwrap_or_else(|e| panic!("{e}")));
    let sure = entities(&pipeline("min_confidence = 0.9").unwrap_or_else(|e| panic!("{e}")));
    assert!(all.iter().any(|(_, c)| *c < 0.9), "{all:?}");
    let expected: Vec<(String, f32)> = all.into_iter().filter(|(_, c)| *c >= 0.9).collect();
    assert!(!expected.is_empty());
    assert_eq!(sure, expected);
    // the same threshold for the English model alone
    let by_model = "model_min_confidence = { en = 0.9 }";
    let by_model = entities(&pipeline(by_model).unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(by_model, expected);
    for (bad, message) in [
        ("min_confidence = 1.5", "min_confidence"),
        (
            "model_min_confidence = { en = 1.5 }",
            "model_min_confidence.en",
        ),
        (
            "model_min_confidence = { da = 0.5 }",
            "`da`, which has no model",
        ),
    ] {
        let err = pipeline(bad).err().map(|e| e.to_string());
        assert!(err.as_deref().unwrap_or("").contains(message), "{err:?}");
    }
}

/// The multilingual fallback tags a language without a model of its own (French), not one listed
/// in `no_fallback`, nothing when the stage names none; `*fallback` is no language code, and
/// `fallback_min_confidence` is a probability.
#[test]
fn the_fallback_model_tags_languages_without_a_model() {
    let pipeline = |extra: &str| {
        let models = if extra.starts_with("models") {
            ""
        } else {
            "models = { en = \"models/ner-en.bin\" }"
        };
        let text = format!(
            "version = 1\n[[processors]]\ntype = \"language\"\n[[processors]]\ntype = \"sentences\"\n\
             [[processors]]\ntype = \"ner_model\"\n{models}\n{extra}\n\
             [[processors]]\ntype = \"entity_merge\"\n"
        );
        Pipeline::from_toml(&text, "test.toml", Resources::Dir(root().join("pipelines")))
    };
    let text = "Le professeur Laurent Girard a présenté le projet aux élus de la ville hier soir.";
    let names = |p: &Pipeline| -> Vec<String> {
        let doc = p.annotate_text("t", text);
        doc.entities
            .iter()
            .map(|e| text.get(e.span.byte_range()).unwrap_or("").to_string())
            .collect()
    };
    let with = pipeline("fallback = \"models/ner-xx.bin\"").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(names(&with), ["Laurent Girard"]);
    let excluded = "fallback = \"models/ner-xx.bin\"\nno_fallback = [\"fr\"]";
    let excluded = pipeline(excluded).unwrap_or_else(|e| panic!("{e}"));
    assert!(names(&excluded).is_empty(), "{:?}", names(&excluded));
    let without = pipeline("").unwrap_or_else(|e| panic!("{e}"));
    assert!(names(&without).is_empty(), "{:?}", names(&without));
    for (extra, message) in [
        (
            "models = { \"*fallback\" = \"models/ner-xx.bin\" }",
            "is not a language code",
        ),
        ("fallback_min_confidence = 2.0", "fallback_min_confidence"),
    ] {
        let err = pipeline(extra).err().map(|e| e.to_string());
        assert!(err.as_deref().unwrap_or("").contains(message), "{err:?}");
    }
}
