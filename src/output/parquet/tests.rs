//! Parquet export tests: files read back with the `parquet` crate's reader give the CSV rows.

use super::*;
use crate::annotation::{EntityLabel, EntitySource};
use crate::document::Status;
use crate::output::test_docs::{add_entity, english};
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;

fn doc() -> Document {
    let text = "Zürich is big. Anna came.";
    let mut doc = english("d1", "a.txt", text, 0.5, [0..15, 16..26]);
    add_entity(
        &mut doc,
        0..7,
        EntityLabel::Loc,
        EntitySource::Model,
        Some(0.25),
    );
    add_entity(
        &mut doc,
        16..20,
        EntityLabel::Per,
        EntitySource::Model,
        None,
    );
    doc
}

fn rows(path: &Path) -> Vec<Vec<Field>> {
    let file = std::fs::File::open(path).expect("file");
    let reader = SerializedFileReader::new(file).expect("parquet file");
    reader
        .get_row_iter(None)
        .expect("rows")
        .map(|r| {
            r.expect("row")
                .get_column_iter()
                .map(|(_, f)| f.clone())
                .collect()
        })
        .collect()
}

#[test]
fn tables_read_back_with_types_and_nulls() {
    let dir = std::env::temp_dir().join(format!("annot-parquet-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut sink = Box::new(ParquetSink::create(&dir).expect("sink"));
    sink.write(&doc()).expect("write");
    sink.write(&Document::failed(
        "d2",
        "b.txt",
        Status::Binary,
        "binary".into(),
    ))
    .expect("write");
    assert!(
        !dir.join("documents.parquet").exists(),
        "only renamed at the end"
    );
    sink.finish().expect("finish");
    let docs = rows(&dir.join("documents.parquet"));
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0][0], Field::Str("d1".into()));
    assert_eq!(docs[0][3], Field::Double(0.5));
    assert_eq!(docs[0][4], Field::Long(25), "chars");
    assert_eq!(docs[0][5], Field::Long(26), "bytes");
    assert_eq!(docs[1][2], Field::Null, "no language");
    assert_eq!(docs[1][8], Field::Str("binary".into()));
    let ents = rows(&dir.join("entities.parquet"));
    assert_eq!(ents.len(), 2);
    assert_eq!(ents[0][8], Field::Str("Zürich".into()));
    assert_eq!(
        (&ents[0][3], &ents[0][6]),
        (&Field::Long(0), &Field::Long(7))
    );
    assert_eq!(ents[0][10], Field::Double(0.25));
    assert_eq!(ents[1][10], Field::Null);
    assert_eq!(rows(&dir.join("sentences.parquet")).len(), 2);
    assert_eq!(rows(&dir.join("segments.parquet")).len(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn many_rows_span_row_groups_deterministically() {
    let write = |name: &str| -> Vec<u8> {
        let dir = std::env::temp_dir().join(format!("annot-pq-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut sink = Box::new(ParquetSink::create(&dir).expect("sink"));
        let d = doc();
        for _ in 0..(ROW_GROUP_ROWS / 2 + 10) {
            sink.write(&d).expect("write");
        }
        sink.finish().expect("finish");
        let bytes = std::fs::read(dir.join("sentences.parquet")).expect("file");
        assert_eq!(
            rows(&dir.join("sentences.parquet")).len(),
            ROW_GROUP_ROWS + 20
        );
        let _ = std::fs::remove_dir_all(&dir);
        bytes
    };
    assert_eq!(write("a"), write("b"));
}

#[test]
fn column_types_follow_the_headers() {
    assert_eq!(column_types(0, "language_confidence"), (Kind::Float, true));
    assert_eq!(column_types(3, "entity"), (Kind::Int, false));
    assert_eq!(column_types(2, "text"), (Kind::Str, false));
    assert_eq!(column_types(1, "reliable"), (Kind::Bool, false));
}
