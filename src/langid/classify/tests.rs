//! Tests of piece classification (kept apart so `classify/mod.rs` stays short).

use super::super::script::runs;
use super::*;

fn classifier(f: impl FnOnce(&mut LanguageConfig)) -> Classifier {
    let mut c = LanguageConfig::default();
    f(&mut c);
    Classifier::new(&c).unwrap()
}

#[test]
fn script_decides_single_language_scripts() {
    let c = classifier(|_| {});
    let p = c.classify("留言 0", &runs("留言 0"));
    assert_eq!((p.lang, p.script_name(), p.by_script), ("zh", "Han", true));
    let p = c.classify("ニュース", &runs("ニュース"));
    assert_eq!((p.lang, p.script_name()), ("ja", "Japanese"));
    let p = c.classify("静岡県出身。", &runs("静岡県出身。"));
    assert_eq!(p.lang, "ja");
    let p = c.classify("2024", &runs("2024"));
    assert_eq!((p.lang, p.confidence), ("und", 0.0));
}

#[test]
fn allow_and_deny_restrict_results() {
    let text = "Dette er en ganske almindelig dansk sætning om vejret i dag.";
    let c = classifier(|c| c.allow = vec!["en".into(), "de".into()]);
    let p = c.classify(text, &runs(text));
    assert!(p.lang == "en" || p.lang == "de", "{}", p.lang);
    let c = classifier(|c| c.deny = vec!["zh".into()]);
    assert_eq!(c.classify("中文", &runs("中文")).lang, "und");
    let cfg = LanguageConfig {
        allow: vec!["en".into()],
        deny: vec!["en".into()],
        ..Default::default()
    };
    assert!(Classifier::new(&cfg).is_err());
}

#[test]
fn methods_agree_on_clear_text() {
    let text = "The weather was cold and the streets were quiet this morning.";
    for m in ["combined", "whatlang", "ngram"] {
        let c = classifier(|c| c.method = m.into());
        assert_eq!(c.classify(text, &runs(text)).lang, "en", "{m}");
    }
}

#[test]
fn main_group_weighs_han_more() {
    assert_eq!(main_group(&runs("iPhone 手机很好用")), Script::Han);
    assert_eq!(main_group(&runs("")), Script::Common);
}

#[test]
fn allow_list_inside_the_model_never_needs_whatlang() {
    let c = classifier(|c| c.allow = vec!["da".into(), "sv".into(), "en".into()]);
    assert!(!c.whatlang_names);
    let text = "I morgen tidlig skal vi kjøpe noe frukt etter jobb.";
    let p = c.classify(text, &runs(text));
    assert_eq!((p.lang, p.pending), ("da", false));
    assert!(classifier(|_| {}).whatlang_names);
    assert!(!classifier(|c| c.method = "ngram".into()).whatlang_names);
}
