//! The n-gram model's candidate languages for a piece: which model languages fit its script and
//! the allow/deny lists, their softmax probabilities, and whether a quick score is already clear.

use super::{is_cyrillic_lang, Classifier, Probs, QUICK_MARGIN, SOFTMAX_SCALE};
use crate::langid::ngram::Scores;
use crate::langid::script::Script;

impl Classifier {
    /// Whether the best fitting model language leads the second by `QUICK_MARGIN` and the text
    /// has no letter foreign to it.
    pub(super) fn clear(&self, scores: &Scores, main: Script) -> bool {
        let mut best = f64::NEG_INFINITY;
        let mut second = f64::NEG_INFINITY;
        let mut best_foreign = 1;
        for (i, s) in scores.sums.iter().enumerate() {
            if !self.fits(i, main) {
                continue;
            }
            if *s > best {
                second = best;
                best = *s;
                best_foreign = scores.foreign.get(i).copied().unwrap_or(1);
            } else if *s > second {
                second = *s;
            }
        }
        best_foreign == 0 && best - second >= QUICK_MARGIN
    }

    /// Whether model language `i` is allowed and written in the piece's script.
    pub(super) fn fits(&self, i: usize, main: Script) -> bool {
        self.model_langs.get(i).is_some_and(|(_, lang, ok)| {
            *ok && (main == Script::Cyrillic) == is_cyrillic_lang(*lang)
        })
    }

    /// Softmax probabilities of the allowed model languages that fit the script, best first.
    pub(super) fn ngram_probs(&self, scores: &Scores, main: Script) -> Option<Probs> {
        if scores.grams == 0 {
            return None;
        }
        let fits = |i: usize| self.fits(i, main);
        // Sized up front: collecting a filter grows the vector step by step, and each step is
        // a reallocation (measured at a tenth of the language stage's instructions).
        let mut cands: Vec<(usize, f64)> = Vec::with_capacity(scores.sums.len());
        cands.extend(
            scores
                .sums
                .iter()
                .enumerate()
                .filter(|(i, _)| fits(*i))
                .map(|(i, s)| (i, *s)),
        );
        cands.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let top = cands.first()?.1;
        let z: f64 = cands
            .iter()
            .map(|(_, s)| ((s - top) * SOFTMAX_SCALE).exp())
            .sum();
        let mut probs = Vec::with_capacity(cands.len());
        probs.extend(cands.iter().filter_map(|(i, s)| {
            let code = self.model_langs.get(*i)?.0;
            Some((code, ((s - top) * SOFTMAX_SCALE).exp() / z.max(1.0)))
        }));
        Some(probs)
    }
}
