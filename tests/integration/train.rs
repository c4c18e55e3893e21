//! `annotate train` on a toy corpus written here: every training option is accepted, the model is
//! written, `--labels` limits what it learns, `--common-words` words are common in the model, the
//! confidence temperature is fitted on `--dev` or taken from `--temperature`, and bad option
//! values and a missing word list are errors (exit 2).

use crate::util::{annotate, stderr};
use annot::EntityLabel;

/// Three made-up CoNLL sentences with PER, ORG, LOC and MISC entities.
const TOY: &str = "\
Marta NNP B-NP B-PER
Quill NNP I-NP I-PER
joined VBD B-VP O
Bluefin NNP B-NP B-ORG
Labs NNP I-NP I-ORG
in IN B-PP O
Tarnow NNP B-NP B-LOC
. . O O

Olek NNP B-NP B-PER
sailed VBD B-VP O
to TO B-PP O
Venmark NNP B-NP B-LOC
for IN B-PP O
the DT B-NP O
Lantern NNP I-NP B-MISC
Fair NNP I-NP I-MISC
. . O O

Bluefin NNP B-NP B-ORG
hired VBD B-VP O
Marta NNP B-NP B-PER
again RB B-ADVP O
. . O O
";

#[test]
fn train_writes_a_model_with_only_the_chosen_labels() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("toy.conll");
    std::fs::write(&data, TOY.repeat(3)).expect("toy corpus written");
    let model = dir.path().join("toy.bin");
    let common = dir.path().join("common.txt");
    std::fs::write(&common, "# common words\nharbour\nlantern\n").expect("word list written");
    let (data, model_arg) = (data.to_string_lossy(), model.to_string_lossy());
    let common = common.to_string_lossy();
    let with_dev = [
        "train", "--data", &data, "--dev", &data, "--out", &model_arg,
    ];
    let out = annotate(
        &[
            &with_dev[..],
            &[
                "--format=conll",
                "--labels",
                "LOC,PER",
                "--epochs=2",
                "--seed=3",
                "--ensemble=2",
                "--min-weight=0",
                "--lower-copies=0.5",
                "--title-copies=0.5",
                "--every-epoch",
                "--common-words",
                &common,
            ],
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains(r#"labels ["PER", "LOC"]"#),
        "report names the chosen labels only:\n{report}"
    );
    assert!(
        report.contains("member 1 epoch 2"),
        "two members:\n{report}"
    );
    assert!(report.contains("dev F1"), "scored every epoch:\n{report}");
    assert!(
        stderr(&out).contains("read 2 common words"),
        "{}",
        stderr(&out)
    );
    let loaded = annot::tagger::NerModel::load(&model).expect("the model loads");
    assert_eq!(loaded.labels(), [EntityLabel::Per, EntityLabel::Loc]);
    // the list's words are common in the model (`Harbour` never occurs in the corpus)
    assert!(loaded.is_common_word("Harbour") && !loaded.is_common_word("Tarnow"));
    // the confidence temperature was fitted on the dev file, from the grid 2^(k/4), and stored
    assert!(report.contains("confidence temperature"), "{report}");
    let k = 4.0 * loaded.temperature().log2();
    assert!(
        (k - k.round()).abs() < 1e-3 && (4.0..=32.0).contains(&k),
        "{k}"
    );
    // a temperature given on the command line is stored as it is, with no fit
    let given = annotate(&[&with_dev[..], &["--epochs=1", "--temperature=7.5"]].concat());
    assert_eq!(given.status.code(), Some(0), "{}", stderr(&given));
    assert!(!String::from_utf8_lossy(&given.stdout).contains("confidence temperature"));
    let loaded = annot::tagger::NerModel::load(&model).expect("the model loads");
    assert_eq!(loaded.temperature(), 7.5);
    let missing = annotate(&[
        "train",
        "--data",
        &data,
        "--out",
        &model_arg,
        "--common-words",
        "no-such-list.txt",
    ]);
    assert_eq!(missing.status.code(), Some(2), "{}", stderr(&missing));
    assert!(
        stderr(&missing).contains("no-such-list.txt"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn bad_train_options_exit_2_with_a_clear_message() {
    let cases = [
        ("--labels=PER,PLACE", "unknown entity label `PLACE`"),
        ("--ensemble=0", "not a whole number of at least 1"),
        ("--lower-copies=1.2", "not a fraction from 0 to 1"),
        ("--title-copies=half", "not a fraction from 0 to 1"),
        ("--min-weight=-2", "not a weight of 0 or more"),
        ("--temperature=0", "not a temperature above 0"),
    ];
    for (flag, message) in cases {
        let out = annotate(&["train", "--data", "none.conll", "--out", "none.bin", flag]);
        assert_eq!(out.status.code(), Some(2), "{flag}");
        assert!(stderr(&out).contains(message), "{flag}: {}", stderr(&out));
    }
}
