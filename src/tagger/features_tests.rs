//! Tests of feature extraction.

use super::*;
use crate::tagger::tokenize::tokenize;

fn feats(text: &str, ctx: &mut DocContext) -> SentenceFeatures {
    let toks = tokenize(text, 0..text.len(), "en");
    let mut out = SentenceFeatures::default();
    let id = ctx.observe(text, &toks);
    extract(id, ctx, &Lexicon::default(), &mut out);
    out
}

#[test]
fn one_key_list_per_token() {
    let f = feats("Peter lives in Paris .", &mut DocContext::new());
    assert_eq!(f.len(), 5);
    assert!(f.token(0).len() > 20);
    assert!(f.token(5).is_empty());
}

#[test]
fn same_word_same_position_same_keys() {
    let a = feats("Peter lives here", &mut DocContext::new());
    let b = feats("Peter lives here", &mut DocContext::new());
    assert_eq!(a.keys, b.keys);
    let c = feats("Petra lives here", &mut DocContext::new());
    assert_ne!(a.token(0), c.token(0));
}

#[test]
fn history_adds_features() {
    let text = "Peter came";
    let mut ctx = DocContext::new();
    let before = feats(text, &mut ctx).token(0).len();
    ctx.remember(0, &[1, 0]);
    let after = feats(text, &mut ctx).token(0).len();
    assert_eq!(after, before + 3);
}

#[test]
fn lexicon_words_add_features() {
    let text = "我在北京";
    let toks = tokenize(text, 0..text.len(), "zh");
    let hashes: Vec<u64> = token_hashes(text, &toks).iter().map(|h| h.0).collect();
    let mut lex = Lexicon::default();
    lex.insert(&hashes[2..4]);
    let mut ctx = DocContext::new();
    let id = ctx.observe(text, &toks);
    let (mut with, mut without) = (SentenceFeatures::default(), SentenceFeatures::default());
    extract(id, &ctx, &lex, &mut with);
    extract(id, &ctx, &Lexicon::default(), &mut without);
    assert_eq!(with.token(1).len(), without.token(1).len());
    assert_eq!(with.token(2).len(), without.token(2).len() + 2);
    assert_eq!(with.token(3).len(), without.token(3).len() + 2);
}

#[test]
fn shapes_collapse_runs() {
    let mut buf = Vec::new();
    assert_eq!(
        tok_info("Hello", &mut buf).shape,
        tok_info("Worlds", &mut buf).shape
    );
    assert_eq!(
        tok_info("Ab", &mut buf).sshape,
        tok_info("Abcdef", &mut buf).sshape
    );
    assert_ne!(
        tok_info("Ab", &mut buf).shape,
        tok_info("Abcdef", &mut buf).shape
    );
}

#[test]
fn language_contexts_change_only_their_own_models() {
    let text = "Peter Žiliny zem";
    let toks = tokenize(text, 0..text.len(), "en");
    let run = |mut ctx: DocContext| {
        let mut out = SentenceFeatures::default();
        let id = ctx.observe(text, &toks);
        extract(id, &ctx, &Lexicon::default(), &mut out);
        out
    };
    let plain = run(DocContext::new());
    assert_eq!(plain.keys, run(DocContext::for_language("hr")).keys);
    // the English model also reads the US surnames and GeoNames' towns: `Peter` is a surname
    let en = run(DocContext::for_language("en"));
    assert_ne!(plain.token(0), en.token(0));
    assert_eq!(plain.token(1), en.token(1));
    assert_eq!(plain.token(2), en.token(2));
    let sk = run(DocContext::for_language("sk"));
    // `Žiliny` is in the Slovak list only; `zem` is listed but lower case
    assert_ne!(plain.token(1), sk.token(1));
    assert_eq!(plain.token(0), sk.token(0));
    assert_eq!(plain.token(2), sk.token(2));
}

#[test]
fn an_all_caps_common_word_reads_otherwise_than_an_acronym() {
    let extract_with = |lex: &Lexicon, lang: &str| {
        let text = "RYBY a NATO";
        let toks = tokenize(text, 0..text.len(), "sk");
        let mut ctx = DocContext::for_language(lang);
        let id = ctx.observe(text, &toks);
        let mut out = SentenceFeatures::default();
        extract(id, &ctx, lex, &mut out);
        out
    };
    let mut lex = Lexicon::default();
    lex.add_common(lower_hash("ryby"));
    let (common, plain) = (
        extract_with(&lex, "sk"),
        extract_with(&Lexicon::default(), "sk"),
    );
    // one key differs for the common all-caps word; the acronym's keys do not change
    assert_eq!(common.token(0).len(), plain.token(0).len());
    let differ = common
        .token(0)
        .iter()
        .filter(|k| !plain.token(0).contains(k));
    assert_eq!(differ.count(), 1);
    assert_eq!(common.token(2), plain.token(2));
    // models of other languages do not read it
    assert_eq!(
        extract_with(&lex, "da").keys,
        extract_with(&Lexicon::default(), "da").keys
    );
}
