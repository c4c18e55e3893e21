//! The language of one piece of text (a sentence or line in one main script), before context:
//! the script decides where it has one language; otherwise whatlang and our n-gram model are
//! combined, within the allow/deny lists.

use super::codes;
use super::hanzi::{self, VariantCounts};
use super::ngram::NgramModel;
use super::script::{Run, Script};
use super::{Detection, LanguageConfig};
use whatlang::Lang;

mod candidates;
mod settle;

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
    /// Decided by the n-gram model; whatlang still has to check it (`Classifier::settle`).
    pub pending: bool,
    /// Letters of the piece that the model's chosen language does not use (ı, ř, ț for
    /// English, Slovak, French): a sign the text is in a language the model lacks.
    pub foreign: u32,
    /// How well the model's chosen language fits the piece: the sum of its log-probabilities
    /// over the n-grams found in the table, and their number (zero when the model did not
    /// decide). Text in a language the model lacks fits worse (see `outsiders`).
    pub fit: (f64, usize),
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
    /// Whether whatlang can name a Latin or Cyrillic language our model lacks (combined mode
    /// with such a language allowed); when not, n-gram decisions are final and whatlang is
    /// never called for those scripts.
    whatlang_names: bool,
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
        let whatlang_names = method == Method::Combined
            && allowed.iter().any(|l| {
                let shared_script = whatlang::Script::Latin.langs().contains(l)
                    || whatlang::Script::Cyrillic.langs().contains(l);
                shared_script && !model_langs.iter().any(|(_, m, _)| m == l)
            });
        Ok(Classifier {
            whatlang_names,
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
            pending: false,
            foreign: 0,
            fit: (0.0, 0),
        };
        let single = match main {
            Script::Han if kana > 0 && kana * 20 >= letters => {
                piece.script = Script::Hiragana;
                Some(Lang::Jpn)
            }
            Script::Han => {
                piece.variant = hanzi::count(self.sample(text));
                let v = piece.variant;
                if v.japanese > v.chinese_simplified {
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
        let (lang, confidence, probs, pending, (foreign, fit)) = self.statistical(text, main);
        piece.foreign = foreign;
        piece.fit = fit;
        piece.lang = lang;
        piece.confidence = confidence;
        piece.probs = probs;
        piece.pending = pending;
        piece
    }

    /// The first `sample_chars` chars of `text`.
    pub fn sample<'t>(&self, text: &'t str) -> &'t str {
        if text.len() <= self.sample_chars {
            return text; // no more chars than bytes: nothing to cut, nothing to decode
        }
        match text.char_indices().nth(self.sample_chars) {
            Some((end, _)) => text.get(..end).unwrap_or(text),
            None => text,
        }
    }

    /// Latin, Cyrillic, Arabic, Devanagari, Hebrew: the n-gram model where it knows the script
    /// (the piece is then `pending` a whatlang check in combined mode), else whatlang.
    /// Returns the language, its confidence, the candidates' probabilities and `pending`.
    fn statistical(&self, text: &str, main: Script) -> (&'static str, f64, Probs, bool, Evidence) {
        let sample = self.sample(text);
        let ng = match (self.method, self.model, main) {
            (Method::Whatlang, _, _) => None,
            (_, Some(m), Script::Latin | Script::Cyrillic) => {
                // Most sentences are settled by their first words; read on only when not.
                let quick = m.score(sample, QUICK_CHARS);
                let scores = if quick.chars_read < QUICK_CHARS || self.clear(&quick, main) {
                    quick
                } else {
                    m.score(sample, self.sample_chars)
                };
                self.ngram_probs(&scores, main).map(|p| (p, scores))
            }
            _ => None,
        };
        match ng {
            Some((probs, scores)) => {
                let (code, conf, probs) = top(probs);
                let idx = self.model_langs.iter().position(|(c, _, _)| *c == code);
                let foreign = idx
                    .and_then(|i| scores.foreign.get(i))
                    .copied()
                    .unwrap_or(0);
                let sum = idx.and_then(|i| scores.sums.get(i)).copied().unwrap_or(0.0);
                let fit = (sum, scores.grams);
                (code, conf, probs, self.whatlang_names, (foreign, fit))
            }
            None if self.method == Method::Ngram => ("und", 0.0, Vec::new(), false, NO_EVIDENCE),
            None => match self.detector.detect(sample) {
                Some(info) => {
                    let code = self.allowed_code(info.lang());
                    (
                        code,
                        info.confidence(),
                        vec![(code, info.confidence())],
                        false,
                        NO_EVIDENCE,
                    )
                }
                None => ("und", 0.0, Vec::new(), false, NO_EVIDENCE),
            },
        }
    }
}

/// Foreign letters and fit `(log-probability sum, n-grams)` of the model's choice.
type Evidence = (u32, (f64, usize));
const NO_EVIDENCE: Evidence = (0, (0.0, 0));

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

/// Chars read before checking whether a piece is already clear.
const QUICK_CHARS: usize = 64;
/// Log-likelihood lead (unscaled; about 10 after the 0.1 softmax scale) that makes a piece
/// clear after `QUICK_CHARS` chars.
const QUICK_MARGIN: f64 = 100.0;

/// Scale of the n-gram log-likelihoods in the confidence softmax (naive Bayes is overconfident).
const SOFTMAX_SCALE: f64 = 0.1;

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
mod tests;
