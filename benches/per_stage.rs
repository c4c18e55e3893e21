//! One bench per stage API on the sample texts: language detection, sentence splitting, rule entities,
//! and the trained tagger, each alone (throughput in bytes per second).

use annot::annotation::SentenceView;
use annot::langid::{LanguageConfig, LanguageDetector};
use annot::rules::RuleTagger;
use annot::sentences::SentenceSplitter;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

mod common;

fn stages(c: &mut Criterion) {
    let texts = common::sample_texts();
    let detector = LanguageDetector::new(LanguageConfig::default()).expect("detector");
    let splitter = SentenceSplitter::builtin();
    let rules = RuleTagger::builtin();
    for (name, text) in &texts {
        let mut group = c.benchmark_group(name.as_str());
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("language", |b| b.iter(|| detector.detect(text)));
        let lang = detector.detect(text).document.lang;
        group.bench_function("sentences", |b| {
            b.iter(|| splitter.split(text, 0..text.len(), &lang))
        });
        let ranges = splitter.split(text, 0..text.len(), &lang);
        let views: Vec<SentenceView> = ranges
            .iter()
            .map(|r| SentenceView {
                range: (r.start, r.end),
                lang: &lang,
            })
            .collect();
        group.bench_function("rules", |b| b.iter(|| rules.tag(text, &views)));
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
