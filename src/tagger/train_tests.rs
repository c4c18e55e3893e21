//! Tests of training: determinism, span projection, word lists.

use super::*;

fn toy() -> Vec<GoldDoc> {
    let src = "Anna NNP B-NP B-PER\nvisited VBD B-VP O\nOslo NNP B-NP B-LOC\n. . O O\n\nBob NNP B-NP B-PER\nloves VBZ B-VP O\nParis NNP B-NP B-LOC\n. . O O\n";
    corpus::parse(&src.repeat(3), "conll").unwrap()
}

#[test]
fn learns_a_toy_corpus_deterministically() {
    let dir = std::env::temp_dir().join(format!("annot-train-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let data = dir.join("train.conll");
    let src = "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP B-PER\nvisited VBD B-VP O\nOslo NNP B-NP B-LOC\n. . O O\n\nBob NNP B-NP B-PER\nloves VBZ B-VP O\nParis NNP B-NP B-LOC\n. . O O\n";
    std::fs::write(&data, src.repeat(3)).unwrap();
    let mut opts = TrainOptions {
        data: vec![data.clone()],
        lang: "en".into(),
        epochs: 5,
        min_weight: 0.0,
        ..Default::default()
    };
    opts.out = dir.join("a.bin");
    opts.dev = vec![data];
    let report = train_command(&opts).unwrap();
    assert!(report.contains("overall"), "{report}");
    let a = std::fs::read(&opts.out).unwrap();
    opts.out = dir.join("b.bin");
    train_command(&opts).unwrap();
    assert_eq!(a, std::fs::read(&opts.out).unwrap());
    let m = NerModel::from_bytes(&a).unwrap();
    assert!((eval_model(&m, &toy()).f1() - 100.0).abs() < 1e-9);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn newline_splitter() {
    assert_eq!(newline_sentences("ab\n\ncd\n"), vec![0..2, 4..6]);
    assert!(newline_sentences("").is_empty());
}

#[test]
fn prepare_projects_spans() {
    let docs = toy();
    let (d, mis) = prepare(&docs[0], &[EntityLabel::Per, EntityLabel::Loc], "en", true);
    assert_eq!(mis, 0);
    assert_eq!(
        d.sents[0].gold,
        vec![
            tags::join(tags::Part::U, 0),
            0,
            tags::join(tags::Part::U, 1),
            0
        ]
    );
    assert!(d.sents[0].free.is_empty());
    // PER only: the LOC name is free, not outside
    let (d, _) = prepare(&docs[0], &[EntityLabel::Per], "en", true);
    assert_eq!(d.sents[0].gold[2], 0);
    assert_eq!(d.sents[0].free, vec![false, false, true, false]);
    let (d, _) = prepare(&docs[0], &[EntityLabel::Per], "en", false);
    assert!(d.sents[0].free.is_empty());
}

#[test]
fn common_word_lists_mark_one_word_lower_case_lines() {
    let mut lex = Lexicon::default();
    let list = "# a comment line\nryby\nBratislava\nnew york\nlegenda\n\n";
    assert_eq!(add_common_words(&mut lex, list, "sk"), 2);
    let common = |w: &str| lex.is_common(crate::tagger::features::lower_hash(w));
    assert!(common("Ryby") && common("LEGENDA"));
    assert!(!common("Bratislava") && !common("new") && !common("comment"));
}
