//! Settling the n-gram model's decisions with whatlang: a language our model does not know wins
//! when whatlang is confident enough, with a higher bar (or marker words) for close neighbours.
//! Also the whatlang calls themselves (all of whatlang's languages, or just two).

use super::{Classifier, Piece, Probs};
use crate::langid::outsiders::Suspects;
use crate::langid::{codes, markers};
use whatlang::Lang;

impl Classifier {
    /// whatlang's answer for (a sample of) `text`, within the allow/deny lists.
    pub fn whatlang(&self, text: &str) -> Option<(Lang, f64)> {
        self.detector
            .detect(self.sample(text))
            .map(|i| (i.lang(), i.confidence()))
    }

    /// whatlang's answer for (a sample of) Latin-script `text` when the signs of outside
    /// languages point to `suspects`: only they and the model's own languages compete (each
    /// language whatlang weighs costs a pass over its 300-trigram profile). Without suspects,
    /// every language competes, as in `whatlang`.
    pub fn whatlang_among(&self, text: &str, suspects: Suspects) -> Option<(Lang, f64)> {
        if suspects.is_empty() {
            return self.whatlang(text);
        }
        let mut allow: Vec<Lang> = self
            .model_langs
            .iter()
            .filter(|(_, _, ok)| *ok)
            .map(|(_, l, _)| *l)
            .collect();
        allow.extend(suspects.langs().filter(|l| self.allowed.contains(l)));
        whatlang::Detector::with_allowlist(allow)
            .detect(self.sample(text))
            .map(|i| (i.lang(), i.confidence()))
    }

    /// Whether `lang` is allowed and not one of the n-gram model's languages.
    pub fn is_outside(&self, lang: Lang) -> bool {
        self.allowed.contains(&lang) && !self.model_langs.iter().any(|(_, m, _)| *m == lang)
    }

    /// whatlang's answer for (a sample of) `text` when it may only choose between `outside`
    /// and the model language `code` (cheap: two profiles).
    pub fn whatlang_between(&self, text: &str, outside: Lang, code: &str) -> Option<(Lang, f64)> {
        let own = self
            .model_langs
            .iter()
            .find(|(c, _, ok)| *c == code && *ok)
            .map(|(_, l, _)| *l)?;
        whatlang::Detector::with_allowlist(vec![outside, own])
            .detect(self.sample(text))
            .map(|i| (i.lang(), i.confidence()))
    }

    /// Settles a `pending` piece with whatlang's answer `wl` for it (or for its document): a
    /// language our model does not know wins when whatlang is confident enough; the bar is high
    /// for close neighbours of the model's guess (Norwegian for Danish, Czech for Slovak...).
    pub fn settle(&self, piece: &mut Piece, wl: Option<(Lang, f64)>, text: &str) {
        if !piece.pending {
            return;
        }
        piece.pending = false;
        let Some((w, conf)) = wl else { return };
        let code = codes::iso639_1_or_3(w);
        if piece.probs.iter().any(|(c, _)| *c == code) || !self.allowed.contains(&w) {
            return;
        }
        let bar = if piece.foreign > 0 {
            0.0
        } else if is_close_pair(w, piece.lang) {
            // Marker words decide close pairs when they lean one way.
            let (mw, mb) = markers::count_pair(self.sample(text), code, piece.lang);
            match mw.cmp(&mb) {
                std::cmp::Ordering::Greater => 0.0,
                std::cmp::Ordering::Less => f64::INFINITY,
                std::cmp::Ordering::Equal => CLOSE_PAIR_BAR,
            }
        } else {
            FAR_BAR
        };
        if conf < bar {
            return;
        }
        let mut all: Probs = vec![(code, conf)];
        all.extend(piece.probs.iter().map(|&(c, p)| (c, p * (1.0 - conf))));
        piece.lang = code;
        piece.confidence = conf;
        piece.probs = all;
    }
}

/// whatlang confidence needed to overrule the model with a close neighbour of its guess.
const CLOSE_PAIR_BAR: f64 = 0.9;
/// whatlang confidence needed to overrule the model with any other language.
const FAR_BAR: f64 = 0.3;

/// Pairs (whatlang's language, the model's code) that whatlang itself often confuses.
fn is_close_pair(w: Lang, model_code: &str) -> bool {
    matches!(
        (w, model_code),
        (Lang::Nob, "da" | "sv")
            | (Lang::Slv, "hr" | "sr")
            | (Lang::Ces, "sk")
            | (Lang::Cat, "es" | "pt")
            | (
                Lang::Bul | Lang::Ukr | Lang::Bel | Lang::Mkd | Lang::Srp,
                "ru"
            )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_pairs_are_the_known_confusions() {
        assert!(is_close_pair(Lang::Nob, "da"));
        assert!(is_close_pair(Lang::Ces, "sk"));
        assert!(is_close_pair(Lang::Bul, "ru"));
        assert!(!is_close_pair(Lang::Ita, "es"));
        assert!(!is_close_pair(Lang::Nob, "en"));
    }
}
