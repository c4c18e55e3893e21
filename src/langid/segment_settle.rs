//! Settling a document's n-gram decisions with whatlang, at a bounded cost: whatlang is the only
//! source for languages the n-gram model lacks, and one call costs as much as scoring a few
//! kilobytes, so it runs once per document sample and per suspected switch, and only on signs.

use super::super::outsiders::{fits_poorly, signs, Signs};
use super::super::script::char_count;
use super::{Classifier, Located, Script};

/// Characters of a script's text that whatlang reads once per document.
const DOC_SAMPLE_CHARS: usize = 600;

/// Settles the n-gram decisions with whatlang at a bounded cost: at most one whatlang call per
/// script on a sample of the document, plus one per piece whose n-gram language differs from
/// the document's main one (a suspected switch, which may be to a language the model lacks),
/// each only when the text shows a sign of a language the model lacks.
pub(super) fn settle(classifier: &Classifier, text: &str, ps: &mut [Located], min_chars: usize) {
    for group in [Script::Latin, Script::Cyrillic] {
        let idx: Vec<usize> = (0..ps.len())
            .filter(|&i| ps[i].piece.pending && ps[i].group() == group)
            .collect();
        if idx.is_empty() {
            continue;
        }
        // The main n-gram language, by letters (ties: the first seen).
        let mut weights: Vec<(&'static str, usize)> = Vec::new();
        for &i in &idx {
            let p = &ps[i].piece;
            match weights.iter_mut().find(|w| w.0 == p.lang) {
                Some(w) => w.1 += p.letters,
                None => weights.push((p.lang, p.letters)),
            }
        }
        let main = weights
            .iter()
            .rev()
            .max_by_key(|w| w.1)
            .map_or("und", |w| w.0);
        let mut sample = String::new();
        let mut sample_chars = 0;
        let mut sample_foreign = false;
        let mut sample_fit = (0.0, 0);
        for &i in &idx {
            if ps[i].piece.lang != main || sample_chars >= DOC_SAMPLE_CHARS {
                continue;
            }
            let part = classifier.sample(text.get(ps[i].range.clone()).unwrap_or(""));
            sample.push_str(part);
            sample.push(' ');
            sample_chars += char_count(part) + 1;
            sample_foreign |= ps[i].piece.foreign > 0;
            sample_fit.0 += ps[i].piece.fit.0;
            sample_fit.1 += ps[i].piece.fit.1;
        }
        // whatlang can only overrule the model with a language the model lacks: ask it only
        // when the text shows a sign of one (see `outsiders`). A poor fit is a sign for the
        // document's sample only: one sentence's fit is too noisy (it would call whatlang for
        // most pieces the model reads as another language than the document's).
        // The signs also name the outside languages they point to; in Latin script whatlang
        // then weighs only those and the model's languages (Cyrillic has few languages anyway).
        // Signs count where whatlang will read: its sample of the text.
        let signs_of = |t: &str, lang: &str| signs(classifier.sample(t), lang);
        let ask = |t: &str, suspect: bool, signs: Signs| {
            if !(suspect || signs.marker) {
                None
            } else if group == Script::Latin {
                classifier.whatlang_among(t, signs.suspects)
            } else {
                classifier.whatlang(t)
            }
        };
        let doc_wl = ask(
            &sample,
            sample_foreign || fits_poorly(sample_fit),
            signs_of(&sample, main),
        );
        // When the sample is in a language the model lacks, the model's other guesses in the
        // document are mostly that language too: whatlang then only chooses between it and the
        // piece's own guess (two profiles instead of some forty, as cheap as a few n-grams).
        let outside = doc_wl.map(|(l, _)| l).filter(|&l| classifier.is_outside(l));
        for &i in &idx {
            let Some(p) = ps.get_mut(i) else { continue };
            let piece_text = text.get(p.range.clone()).unwrap_or("");
            let (wl, seen) = if p.piece.lang == main {
                (doc_wl, sample.as_str())
            } else if p.piece.letters < min_chars {
                // Too short to name alone: its context will decide.
                (None, piece_text)
            } else {
                // ... unless the piece's own signs point to another outside language (a Polish
                // line, `się`, in a Dutch document): then whatlang weighs those suspects too
                let piece_signs = signs_of(piece_text, p.piece.lang);
                let wl = match outside {
                    Some(l) if !piece_signs.suspects.langs().any(|s| s != l) => {
                        classifier.whatlang_between(piece_text, l, p.piece.lang)
                    }
                    _ => ask(piece_text, p.piece.foreign > 0, piece_signs),
                };
                (wl, piece_text)
            };
            classifier.settle(&mut p.piece, wl, seen);
            p.lang = p.piece.lang;
        }
    }
}
