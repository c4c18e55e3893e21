//! The whole default pipeline on each sample text (bytes per second), as `annotate run` meets it.

use annot::Pipeline;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

mod common;

fn end_to_end(c: &mut Criterion) {
    let pipeline = Pipeline::default_pipeline().expect("default pipeline");
    let texts = common::sample_texts();
    let mut group = c.benchmark_group("default_pipeline");
    for (name, text) in &texts {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name.as_str(), |b| {
            b.iter(|| pipeline.annotate_text(name, text))
        });
    }
    group.finish();
}

criterion_group!(benches, end_to_end);
criterion_main!(benches);
