//! Language identification and language segments.
//!
//! A document is cut into lines and sentences, each of those into runs of one script, and every
//! piece gets a language: from its script alone where the script has one language (Hangul, Greek,
//! kana), else from whatlang combined with our own n-gram model. Short or unreliable pieces then
//! inherit the language of their context, and neighbours of one language are merged into
//! segments. See `docs/language.md` for the design, the config keys and measured figures.

pub mod codes;
pub mod corpus;
pub mod eval;
pub mod hanzi;
pub mod learn;
pub mod markers;
pub mod mixed;
pub mod ngram;
mod outsiders;
pub mod script;
pub mod train;

mod classify;
#[cfg(test)]
mod random_text;
mod segment;
mod units;

use serde::Deserialize;
use std::ops::Range;

pub use eval::{eval_language, make_eval_file, EvalReport};

/// Settings of the language detector (`[[processors]] type = "language_detect"` in pipelines).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LanguageConfig {
    /// Only these languages may be detected (codes as `en`/`eng`); empty means all.
    pub allow: Vec<String>,
    /// These languages are never detected.
    pub deny: Vec<String>,
    /// Pieces with fewer letters than this take their language from their context.
    pub min_chars: usize,
    /// Language given when nothing can be detected (a text of digits and symbols only).
    pub fallback: String,
    /// Pieces whose confidence is below this are unreliable and take their context's language.
    pub min_confidence: f64,
    /// At most this many chars of a piece are read by the statistical detectors (speed bound).
    pub sample_chars: usize,
    /// `"combined"` (whatlang plus our n-gram model), `"whatlang"` or `"ngram"`.
    pub method: String,
}

impl Default for LanguageConfig {
    fn default() -> Self {
        LanguageConfig {
            allow: Vec::new(),
            deny: Vec::new(),
            min_chars: 12,
            fallback: "en".to_string(),
            min_confidence: 0.5,
            sample_chars: 400,
            method: "combined".to_string(),
        }
    }
}

/// The language of a text or of a piece of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    /// ISO 639-1 code where one exists, else ISO 639-3; `"und"` if none.
    pub lang: String,
    /// Script name: "Latin", "Han", "Cyrillic", "Arabic", "Japanese" (Han with kana), "Common"...
    pub script: String,
    /// Confidence in `0.0..=1.0`.
    pub confidence: f64,
    /// Whether the detection is long and confident enough to trust on its own.
    pub reliable: bool,
    /// Written variant: `Some("zh-Hans")` or `Some("zh-Hant")` for Chinese when it shows.
    pub variant: Option<String>,
}

/// A stretch of the text in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageSegment {
    /// Byte range into the original text, trimmed of whitespace.
    pub range: Range<usize>,
    /// The segment's language.
    pub detection: Detection,
}

/// The language of a whole document and its segments.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageResult {
    /// The document's main language (the one covering the most text).
    pub document: Detection,
    /// Ordered, non-overlapping segments; every non-whitespace char is in exactly one.
    pub segments: Vec<LanguageSegment>,
}

/// Detects languages; immutable once built, so one detector serves all threads.
///
/// ```
/// use annot::langid::{LanguageConfig, LanguageDetector};
/// let detector = LanguageDetector::new(LanguageConfig::default()).unwrap();
/// let text = "Officials met on Monday to discuss the new budget.\n留言 0";
/// let result = detector.detect(text);
/// assert_eq!(result.document.lang, "en");
/// assert_eq!(result.segments.len(), 2);
/// assert_eq!(&text[result.segments[1].range.clone()], "留言 0");
/// assert_eq!(result.segments[1].detection.lang, "zh");
/// ```
#[derive(Debug)]
pub struct LanguageDetector {
    classifier: classify::Classifier,
    config: LanguageConfig,
    fallback: &'static str,
}

impl LanguageDetector {
    /// Builds a detector. Unknown language codes in `allow`, `deny` or `fallback` are errors, as
    /// are an unknown `method` and a `min_confidence` outside `0..=1`.
    pub fn new(config: LanguageConfig) -> Result<LanguageDetector, String> {
        let fallback = codes::normalize(&config.fallback)
            .ok_or_else(|| format!("unknown fallback language code {:?}", config.fallback))?;
        if !(0.0..=1.0).contains(&config.min_confidence) {
            return Err(format!(
                "min_confidence {} is not within 0..=1",
                config.min_confidence
            ));
        }
        let classifier = classify::Classifier::new(&config)?;
        Ok(LanguageDetector {
            classifier,
            config,
            fallback,
        })
    }

    /// The configuration this detector was built with.
    pub fn config(&self) -> &LanguageConfig {
        &self.config
    }

    /// Detects the document language and the language segments of `text`.
    pub fn detect(&self, text: &str) -> LanguageResult {
        segment::detect(self, text)
    }

    /// Detects the language of `text` as one piece (no segmentation, no context): what a
    /// sentence-level evaluation measures.
    pub fn detect_single(&self, text: &str) -> Detection {
        let runs = script::runs(text);
        let main = runs
            .iter()
            .max_by_key(|r| (segment::weight(r), std::cmp::Reverse(r.range.start)));
        match main {
            Some(run) if run.letters > 0 => {
                let mut piece = self.classifier.classify(text, &runs);
                if piece.pending {
                    let wl = self.classifier.whatlang(text);
                    self.classifier.settle(&mut piece, wl, text);
                }
                piece.into_detection(self.config.min_chars, self.config.min_confidence)
            }
            _ => self.fallback_detection(),
        }
    }

    fn fallback_detection(&self) -> Detection {
        Detection {
            lang: self.fallback.to_string(),
            script: script::Script::Common.name().to_string(),
            confidence: 0.0,
            reliable: false,
            variant: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_defaults_and_unknown_keys() {
        let c: LanguageConfig = toml::from_str("min_chars = 5\nallow = [\"en\", \"deu\"]").unwrap();
        assert_eq!(c.min_chars, 5);
        assert_eq!(c.fallback, "en");
        assert!(toml::from_str::<LanguageConfig>("min_char = 5").is_err());
    }

    #[test]
    fn unknown_codes_are_errors() {
        let bad = |f: fn(&mut LanguageConfig)| {
            let mut c = LanguageConfig::default();
            f(&mut c);
            LanguageDetector::new(c).is_err()
        };
        assert!(bad(|c| c.allow = vec!["xx".into()]));
        assert!(bad(|c| c.deny = vec!["english".into()]));
        assert!(bad(|c| c.fallback = "zz".into()));
        assert!(bad(|c| c.method = "magic".into()));
        assert!(bad(|c| c.min_confidence = 2.0));
        assert!(!bad(|c| c.allow = vec!["en".into(), "cmn".into()]));
    }

    #[test]
    fn detector_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<LanguageDetector>();
    }

    #[test]
    fn single_sentences() {
        let d = LanguageDetector::new(LanguageConfig::default()).unwrap();
        let cases = [
            (
                "en",
                "The committee will publish its final report early next week.",
            ),
            (
                "de",
                "Die Regierung hat am Montag neue Regeln für den Verkehr beschlossen.",
            ),
            (
                "fr",
                "Le gouvernement a présenté lundi un nouveau projet de loi sur l'énergie.",
            ),
            (
                "es",
                "El gobierno presentó el lunes un nuevo proyecto de ley sobre la energía.",
            ),
            (
                "ru",
                "Правительство в понедельник представило новый законопроект об энергетике.",
            ),
            ("zh", "政府星期一公布了一项新的能源法案。"),
            ("ja", "政府は月曜日に新しいエネルギー法案を発表した。"),
            ("ko", "정부는 월요일에 새로운 에너지 법안을 발표했다."),
        ];
        for (want, text) in cases {
            assert_eq!(d.detect_single(text).lang, want, "{text}");
        }
        let fb = d.detect_single("12 345 !!");
        assert_eq!((fb.lang.as_str(), fb.reliable), ("en", false));
    }

    #[test]
    fn chinese_variant() {
        let d = LanguageDetector::new(LanguageConfig::default()).unwrap();
        let t = d.detect_single("這個國家的經濟發展很快。");
        assert_eq!(t.variant.as_deref(), Some("zh-Hant"));
        let s = d.detect_single("这个国家的经济发展很快。");
        assert_eq!(s.variant.as_deref(), Some("zh-Hans"));
        assert_eq!(d.detect_single("Hello there my friend").variant, None);
    }
}
