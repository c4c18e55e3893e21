//! The language of one piece of text (a sentence or line in one main script), before context:
//! the script decides where it has one language; otherwise whatlang and our n-gram model are
//! combined, within the allow/deny lists.

use super::codes;
use super::hanzi::{self, VariantCounts};
use super::ngram::{NgramModel, Scores};
use super::script::{Run, Script};
use super::{Detection, LanguageConfig};
use whatlang::Lang;

/// How the statistical scripts are decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    Combined,
    Whatlang,
    Ngram,
}

/// A piece's detection before context smoothing.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Piece {
    /// Our code, or "und".
    pub lang: &'static str,
    /// Main script (for Han with kana: `Hiragana` stands for Japanese writing).
    pub script: Script,
    /// Confidence in 0..=1.
    pub confidence: f64,
    /// Letters of the main script group.
    pub letters: usize,
    /// Traditional/simplified evidence (Han only).
    pub variant: VariantCounts,
    /// Whether the script alone decided the language (cannot be wrong for another script).
    pub by_script: bool,
    /// Candidate languages with probabilities, best first (empty when decided by script).
    pub probs: Probs,
}

impl Piece {
    /// Script name as written in outputs.
    pub fn script_name(&self) -> &'static str {
        match self.script {
            Script::Hiragana | Script::Katakana => "Japanese",
            s => s.name(),
        }
    }

    /// Probability of `lang` for this piece (1 or 0 when the script decided).
    pub fn prob(&self, lang: &str) -> f64 {
        if self.by_script || self.probs.is_empty() {
            return if lang == self.lang { 1.0 } else { 0.0 };
        }
        self.probs
            .iter()
            .find(|(c, _)| *c == lang)
            .map_or(0.0, |(_, p)| *p)
    }

    /// Converts to the public type, with `reliable` from the thresholds.
    pub fn into_detection(self, min_chars: usize, min_confidence: f64) -> Detection {
        let variant = if self.lang == "zh" {
            hanzi::variant(self.variant)
        } else {
            None
        };
        Detection {
            lang: self.lang.to_string(),
            script: self.script_name().to_string(),
            confidence: self.confidence,
            reliable: self.lang != "und"
                && self.confidence >= min_confidence
                && (self.by_script || self.letters >= min_chars),
            variant: variant.map(str::to_string),
        }
    }
}

/// Decides pieces; built once per detector.
#[derive(Debug)]
pub(crate) struct Classifier {
    method: Method,
    detector: whatlang::Detector,
    allowed: Vec<Lang>,
    model: Option<&'static NgramModel>,
    /// Model language index -> (our code, whatlang language, allowed?).
    model_langs: Vec<(&'static str, Lang, bool)>,
    sample_chars: usize,
}

fn parse_list(list: &[String], what: &str) -> Result<Vec<Lang>, String> {
    list.iter()
        .map(|c| codes::parse(c).ok_or_else(|| format!("unknown language code {c:?} in {what}")))
        .collect()
}

impl Classifier {
    pub fn new(config: &LanguageConfig) -> Result<Classifier, String> {
        let method = match config.method.as_str() {
            "combined" => Method::Combined,
            "whatlang" => Method::Whatlang,
            "ngram" => Method::Ngram,
            m => {
                return Err(format!(
                    "unknown method {m:?} (combined, whatlang or ngram)"
                ))
            }
        };
        let allow = parse_list(&config.allow, "allow")?;
        let deny = parse_list(&config.deny, "deny")?;
        let allowed: Vec<Lang> = Lang::all()
            .iter()
            .copied()
            .filter(|l| (allow.is_empty() || allow.contains(l)) && !deny.contains(l))
            .collect();
        if allowed.is_empty() {
            return Err("allow and deny leave no language to detect".to_string());
        }
        let detector = whatlang::Detector::with_allowlist(allowed.clone());
        let model = if method == Method::Whatlang {
            None
        } else {
            Some(NgramModel::embedded()?)
        };
        let mut model_langs = Vec::new();
        for code in model.map(NgramModel::langs).unwrap_or_default() {
            let lang = codes::parse(code).ok_or_else(|| format!("model language {code:?}"))?;
            model_langs.push((codes::iso639_1_or_3(lang), lang, allowed.contains(&lang)));
        }
        Ok(Classifier {
            method,
            detector,
            allowed,
            model,
            model_langs,
            sample_chars: config.sample_chars.max(1),
        })
    }

    fn allowed_code(&self, lang: Lang) -> &'static str {
        if self.allowed.contains(&lang) {
            codes::iso639_1_or_3(lang)
        } else {
            "und"
        }
    }

    /// Classifies `text`, whose script runs (offsets relative to `text`) are `runs`.
    pub fn classify(&self, text: &str, runs: &[Run]) -> Piece {
        let main = main_group(runs);
        let letters: usize = runs
            .iter()
            .filter(|r| r.script == main)
            .map(|r| r.letters)
            .sum();
        let kana: usize = runs
            .iter()
            .filter(|r| r.script == main)
            .map(|r| r.kana)
            .sum();
        let mut piece = Piece {
            lang: "und",
            script: main,
            confidence: 1.0,
            letters,
            variant: VariantCounts::default(),
            by_script: true,
            probs: Vec::new(),
        };
        let single = match main {
            Script::Han if kana > 0 && kana * 20 >= letters => {
                piece.script = Script::Hiragana;
                Some(Lang::Jpn)
            }
            Script::Han => {
                piece.variant = hanzi::count(text);
                let v = piece.variant;
                if v.japanese > v.simplified + v.traditional {
                    piece.script = Script::Hiragana;
                    Some(Lang::Jpn)
                } else {
                    Some(Lang::Cmn)
                }
            }
            Script::Hangul => Some(Lang::Kor),
            Script::Greek => Some(Lang::Ell),
            Script::Armenian => Some(Lang::Hye),
            Script::Georgian => Some(Lang::Kat),
            Script::Bengali => Some(Lang::Ben),
            Script::Gurmukhi => Some(Lang::Pan),
            Script::Gujarati => Some(Lang::Guj),
            Script::Oriya => Some(Lang::Ori),
            Script::Tamil => Some(Lang::Tam),
            Script::Telugu => Some(Lang::Tel),
            Script::Kannada => Some(Lang::Kan),
            Script::Malayalam => Some(Lang::Mal),
            Script::Sinhala => Some(Lang::Sin),
            Script::Thai => Some(Lang::Tha),
            Script::Myanmar => Some(Lang::Mya),
            Script::Khmer => Some(Lang::Khm),
            Script::Ethiopic => Some(Lang::Amh),
            Script::Common | Script::Other => {
                piece.confidence = 0.0;
                return piece;
            }
            _ => None,
        };
        if let Some(lang) = single {
            piece.lang = self.allowed_code(lang);
            if piece.lang == "und" {
                piece.confidence = 0.0;
            }
            return piece;
        }
        piece.by_script = false;
        let (lang, confidence, probs) = self.statistical(text, main);
        piece.lang = lang;
        piece.confidence = confidence;
        piece.probs = probs;
        piece
    }

    /// Latin, Cyrillic, Arabic, Devanagari, Hebrew: whatlang and/or the n-gram model.
    /// Returns the language, its confidence and the probabilities of the candidates.
    fn statistical(&self, text: &str, main: Script) -> (&'static str, f64, Probs) {
        let sample = match text.char_indices().nth(self.sample_chars) {
            Some((end, _)) => text.get(..end).unwrap_or(text),
            None => text,
        };
        let ng = match (self.method, self.model, main) {
            (Method::Whatlang, _, _) => None,
            (_, Some(m), Script::Latin | Script::Cyrillic) => {
                self.ngram_probs(&m.score(sample, self.sample_chars), main)
            }
            _ => None,
        };
        let wl = || {
            if self.method == Method::Ngram {
                None
            } else {
                self.detector.detect(sample)
            }
        };
        let whatlang_only = |info: whatlang::Info| {
            let code = self.allowed_code(info.lang());
            (code, info.confidence(), vec![(code, info.confidence())])
        };
        match (self.method, ng) {
            (Method::Ngram, Some(probs)) => top(probs),
            (Method::Combined, Some(probs)) => match wl() {
                Some(info) if info.is_reliable() && !self.in_model(info.lang()) => {
                    // whatlang is sure of a language our model does not know.
                    let conf = info.confidence();
                    let code = codes::iso639_1_or_3(info.lang());
                    let mut all: Probs = vec![(code, conf)];
                    all.extend(probs.into_iter().map(|(c, p)| (c, p * (1.0 - conf))));
                    (code, conf, all)
                }
                _ => top(probs),
            },
            _ => wl().map_or(("und", 0.0, Vec::new()), whatlang_only),
        }
    }

    fn in_model(&self, lang: Lang) -> bool {
        self.model_langs.iter().any(|(_, l, _)| *l == lang)
    }

    /// Softmax probabilities of the allowed model languages that fit the script, best first.
    fn ngram_probs(&self, scores: &Scores, main: Script) -> Option<Probs> {
        if scores.grams == 0 {
            return None;
        }
        let fits = |i: usize| {
            self.model_langs.get(i).is_some_and(|(_, lang, ok)| {
                *ok && (main == Script::Cyrillic) == is_cyrillic_lang(*lang)
            })
        };
        let mut cands: Vec<(usize, f64)> = scores
            .sums
            .iter()
            .enumerate()
            .filter(|(i, _)| fits(*i))
            .map(|(i, s)| (i, *s))
            .collect();
        cands.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let top = cands.first()?.1;
        let z: f64 = cands
            .iter()
            .map(|(_, s)| ((s - top) * SOFTMAX_SCALE).exp())
            .sum();
        Some(
            cands
                .iter()
                .filter_map(|(i, s)| {
                    let code = self.model_langs.get(*i)?.0;
                    Some((code, ((s - top) * SOFTMAX_SCALE).exp() / z.max(1.0)))
                })
                .collect(),
        )
    }
}

/// Candidate languages with probabilities, best first.
pub(crate) type Probs = Vec<(&'static str, f64)>;

/// The best candidate of non-empty probabilities.
fn top(probs: Probs) -> (&'static str, f64, Probs) {
    let (code, p) = probs.first().copied().unwrap_or(("und", 0.0));
    (code, p, probs)
}

/// Languages of the model written in Cyrillic (the model's Serbian is Latin-script text).
fn is_cyrillic_lang(lang: Lang) -> bool {
    matches!(
        lang,
        Lang::Rus | Lang::Ukr | Lang::Bel | Lang::Bul | Lang::Mkd
    )
}

/// Scale of the n-gram log-likelihoods in the confidence softmax (naive Bayes is overconfident).
const SOFTMAX_SCALE: f64 = 0.25;

/// The script group with the most weight among `runs` (ties: the earliest).
pub(crate) fn main_group(runs: &[Run]) -> Script {
    let mut totals: Vec<(Script, usize, usize)> = Vec::new();
    for (i, r) in runs.iter().enumerate() {
        match totals.iter_mut().find(|t| t.0 == r.script) {
            Some(t) => t.1 += super::segment::weight(r),
            None => totals.push((r.script, super::segment::weight(r), i)),
        }
    }
    totals
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
        .map_or(Script::Common, |t| t.0)
}

#[cfg(test)]
mod tests {
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
        let mut cfg = LanguageConfig::default();
        cfg.allow = vec!["en".into()];
        cfg.deny = vec!["en".into()];
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
}
