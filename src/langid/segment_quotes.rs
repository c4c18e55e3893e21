//! Quotations in another language than their sentence (a child of `segment.rs`): a unit is cut
//! around a quotation only when the quotation's language clearly beats the rest's.

use super::{unit_pieces, Classifier, Located, Piece};
use crate::langid::units::{quote_parts, trim};
use std::ops::Range;

/// Odds a quotation's own language must beat its sentence's by (on the quotation's text) to be
/// cut out as a piece of its own: far above a switch's (`SWITCH_ODDS_BOTH`), so that a quote in
/// a close language (Serbian in Croatian) stays with its sentence, read as a whole.
const QUOTATION_ODDS: f64 = 1000.0;
/// Letters the rest of a sentence needs for its language to be set against a quotation's.
const QUOTATION_CONTEXT_LETTERS: usize = 12;

/// The unit cut around its quotations when one is clearly in another language than the rest of
/// the unit (`told employees: "Wir werden um jeden Arbeitsplatz kämpfen."`): such a quotation gets
/// its own language, the other parts the language of the rest read as one text. `None` when no
/// quotation is. The work is ordered to stop early: the quotations are read first, the rest only
/// when one is sure of its language, the parts never again (they take the rest's language).
pub(super) fn with_quotations(
    classifier: &Classifier,
    text: &str,
    u: Range<usize>,
    whole: &Located,
) -> Option<Vec<Located>> {
    if whole.piece.by_script {
        return None;
    }
    let unit = text.get(u.clone())?;
    let parts = quote_parts(unit);
    if parts.len() < 2 {
        return None;
    }
    let letters = |r: &Range<usize>| {
        unit.get(r.clone())
            .map_or(0, |p| p.chars().filter(|c| c.is_alphabetic()).count())
    };
    let mut quotations = Vec::new();
    for (part, _) in parts.iter().filter(|p| p.1) {
        let located = unit_pieces(classifier, text, u.start + part.start..u.start + part.end);
        let [one] = <[Located; 1]>::try_from(located).ok()?;
        if one.piece.lang != "und" && one.piece.confidence >= 0.5 {
            quotations.push((part.start, one));
        }
    }
    if quotations.is_empty() {
        return None;
    }
    let rest: String = parts
        .iter()
        .filter(|(_, quoted)| !quoted)
        .filter_map(|(r, _)| unit.get(r.clone()))
        .collect::<Vec<_>>()
        .join(" ");
    let rest = match unit_pieces(classifier, &rest, 0..rest.len()).as_slice() {
        [one] if one.piece.letters >= QUOTATION_CONTEXT_LETTERS => one.piece.clone(),
        _ => return None,
    };
    let foreign =
        |p: &Piece| p.lang != rest.lang && p.prob(rest.lang) * QUOTATION_ODDS < p.prob(p.lang);
    if !quotations.iter().any(|(_, q)| foreign(&q.piece)) {
        return None;
    }
    let mut out = Vec::with_capacity(parts.len());
    for (part, _) in parts {
        let own = quotations
            .iter()
            .position(|(start, q)| *start == part.start && foreign(&q.piece));
        if let Some(k) = own {
            out.push(quotations.swap_remove(k).1);
            continue;
        }
        // the rest of the sentence, and a quotation in its language, are read with the rest
        let Some(range) = trim(text, u.start + part.start..u.start + part.end) else {
            continue;
        };
        out.push(Located {
            range,
            lang: rest.lang,
            piece: Piece {
                letters: letters(&part),
                ..rest.clone()
            },
        });
    }
    Some(out)
}
