//! The rows of the four layers (documents, segments, sentences, entities), built from a document in
//! this one place for every output, so the CSV tables, the Parquet tables, the `--out -` stream record
//! and the dataset JSON record cannot drift apart. A row holds the cells of the CSV columns
//! ([`HEADERS`], in that order) followed by the columns only the JSON records carry (the text of the
//! document and of each segment). Cells hold raw values: each output formats them as its contract
//! says (confidence rounding, empty cells or nulls, formula guarding).

use super::HEADERS;
use crate::document::Document;
use crate::span::Span;
use std::borrow::Cow;

/// One cell of a row; `None` is an empty CSV cell, a Parquet null, a JSON `null`.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Cell<'a> {
    Str(Option<Cow<'a, str>>),
    Int(usize),
    /// A confidence, unrounded.
    Float(Option<f64>),
    Bool(Option<bool>),
}

/// The four layers, in the order of [`HEADERS`] and of the table files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Layer {
    Documents,
    Segments,
    Sentences,
    Entities,
}

impl Layer {
    /// The index of the layer's table in [`HEADERS`] and the table file lists.
    pub(super) fn index(self) -> usize {
        self as usize
    }

    /// The CSV columns, then the columns only the JSON records carry.
    fn columns(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            Layer::Documents => (HEADERS[0], &["text"]),
            Layer::Segments => (HEADERS[1], &["text"]),
            Layer::Sentences => (HEADERS[2], &[]),
            Layer::Entities => (HEADERS[3], &[]),
        }
    }
}

/// One row of a layer.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Row<'a> {
    layer: Layer,
    cells: Vec<Cell<'a>>,
}

impl<'a> Row<'a> {
    /// The layer the row belongs to.
    pub(super) fn layer(&self) -> Layer {
        self.layer
    }

    /// The cells of the CSV (and Parquet) columns with their names, in header order.
    pub(super) fn table_cells(&self) -> impl Iterator<Item = (&'static str, &Cell<'a>)> {
        self.layer.columns().0.iter().copied().zip(&self.cells)
    }

    /// The cell of a column, by name.
    pub(super) fn get(&self, column: &str) -> Option<&Cell<'a>> {
        let (table, extra) = self.layer.columns();
        let position = table.iter().chain(extra).position(|c| *c == column)?;
        self.cells.get(position)
    }
}

fn text(s: &str) -> Cell<'_> {
    Cell::Str(Some(Cow::Borrowed(s)))
}

fn maybe(s: Option<&str>) -> Cell<'_> {
    Cell::Str(s.map(Cow::Borrowed))
}

/// A row of a layer of spans: `doc_id`, the `lead` cells, the span's `char_start, char_end,
/// byte_start, byte_end`, then the `rest`.
fn span_row<'a>(
    layer: Layer,
    doc: &'a Document,
    lead: impl IntoIterator<Item = Cell<'a>>,
    span: &Span,
    rest: impl IntoIterator<Item = Cell<'a>>,
) -> Row<'a> {
    let (table, extra) = layer.columns();
    let mut cells = Vec::with_capacity(table.len() + extra.len());
    cells.push(text(&doc.id));
    cells.extend(lead);
    cells.extend(
        [
            span.start.char,
            span.end.char,
            span.start.byte,
            span.end.byte,
        ]
        .map(Cell::Int),
    );
    cells.extend(rest);
    Row { layer, cells }
}

/// The document's row in the documents table.
pub(super) fn document_row(doc: &Document) -> Row<'_> {
    let lang = doc.language.as_ref();
    let cells = vec![
        text(&doc.id),
        text(&doc.source),
        maybe(lang.map(|l| l.lang.as_str())),
        Cell::Float(lang.map(|l| l.confidence)),
        Cell::Int(doc.len_chars()),
        Cell::Int(doc.text.len()),
        Cell::Int(doc.sentences.len()),
        Cell::Int(doc.entities.len()),
        text(doc.status.as_str()),
        maybe(doc.error.as_deref()),
        maybe(lang.map(|l| l.script.as_str())),
        Cell::Bool(lang.map(|l| l.reliable)),
        maybe(lang.and_then(|l| l.variant.as_deref())),
        text(&doc.text),
    ];
    Row {
        layer: Layer::Documents,
        cells,
    }
}

/// The document's rows in the segments table, in order.
pub(super) fn segment_rows(doc: &Document) -> impl Iterator<Item = Row<'_>> {
    doc.segments.iter().enumerate().map(move |(i, s)| {
        let l = &s.language;
        let rest = [
            text(&l.lang),
            text(&l.script),
            Cell::Float(Some(l.confidence)),
            Cell::Bool(Some(l.reliable)),
            maybe(l.variant.as_deref()),
            text(doc.slice(&s.span)),
        ];
        span_row(Layer::Segments, doc, [Cell::Int(i)], &s.span, rest)
    })
}

/// The document's rows in the sentences table, in order.
pub(super) fn sentence_rows(doc: &Document) -> impl Iterator<Item = Row<'_>> {
    doc.sentences.iter().enumerate().map(move |(i, s)| {
        let rest = [text(&s.language), text(doc.slice(&s.span))];
        span_row(Layer::Sentences, doc, [Cell::Int(i)], &s.span, rest)
    })
}

/// The document's rows in the entities table, in order.
pub(super) fn entity_rows(doc: &Document) -> impl Iterator<Item = Row<'_>> {
    doc.entities.iter().enumerate().map(move |(i, e)| {
        let rest = [
            text(e.label.as_str()),
            text(doc.slice(&e.span)),
            Cell::Str(Some(Cow::Owned(e.source.to_string()))),
            Cell::Float(e.confidence.map(f64::from)),
        ];
        span_row(
            Layer::Entities,
            doc,
            [Cell::Int(e.sentence), Cell::Int(i)],
            &e.span,
            rest,
        )
    })
}

/// Every row of a document: its documents row, then its segments, sentences and entities rows.
pub(super) fn rows(doc: &Document) -> impl Iterator<Item = Row<'_>> {
    std::iter::once(document_row(doc))
        .chain(segment_rows(doc))
        .chain(sentence_rows(doc))
        .chain(entity_rows(doc))
}

/// A confidence as the CSV writes it (4 decimals), as a number: `format!("{x:.4}")` gives the CSV cell.
pub(super) fn conf4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_have_a_cell_for_every_column() {
        let pipeline = crate::Pipeline::default_pipeline().expect("built-in pipeline");
        let doc = pipeline.annotate_text("d", "Angela Merkel visited Paris on 3 May 2021. Gut.");
        let all: Vec<Row> = rows(&doc).collect();
        assert!(all.iter().any(|r| r.layer() == Layer::Entities));
        for row in &all {
            let (table, extra) = row.layer().columns();
            assert_eq!(row.cells.len(), table.len() + extra.len(), "{row:?}");
            assert_eq!(row.table_cells().count(), table.len());
        }
        let first = all.first().expect("documents row");
        assert_eq!(first.get("doc_id"), Some(&text("d")));
        assert_eq!(first.get("text"), Some(&text(&doc.text)));
        assert_eq!(first.get("no such column"), None);
    }

    #[test]
    fn conf4_is_the_csv_rounding() {
        assert_eq!(conf4(0.123_45), 0.1235);
        assert_eq!(
            format!("{:.4}", conf4(0.999_96)),
            format!("{:.4}", 0.999_96)
        );
    }
}
