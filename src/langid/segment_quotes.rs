//! Quotations in another language than their sentence (a child of `segment.rs`): a unit is cut
//! around a quotation only when the quotation's language clearly beats the rest's.

use super::{unit_pieces, Classifier, Located, Piece};
use crate::langid::units::quote_parts;
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
/// quotation is.
pub(super) fn with_quotations(
    classifier: &Classifier,
    text: &str,
    u: Range<usize>,
    whole: &Located,
) -> Option<Vec<Located>> {
    let unit = text.get(u.clone())?;
    let parts = quote_parts(unit);
    if parts.len() < 2 || whole.piece.by_script {
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
    let mut out = Vec::with_capacity(parts.len());
    let mut any = false;
    for (part, quoted) in parts {
        let mut located = unit_pieces(classifier, text, u.start + part.start..u.start + part.end);
        let [piece] = located.as_mut_slice() else {
            return None; // a part of two scripts: leave the unit whole
        };
        let p = &piece.piece;
        let foreign = quoted
            && p.lang != rest.lang
            && p.lang != "und"
            && p.confidence >= 0.5
            && p.prob(rest.lang) * QUOTATION_ODDS < p.prob(p.lang);
        if foreign {
            any = true;
        } else {
            piece.piece = Piece {
                letters: p.letters,
                ..rest.clone()
            };
            piece.lang = rest.lang;
        }
        out.extend(located);
    }
    any.then_some(out)
}
