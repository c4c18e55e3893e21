//! Language identification (placeholder until the language work lands: whatlang on the whole text).
use serde::Deserialize;
use std::ops::Range;
use std::path::Path;

/// Configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LanguageConfig {
    /// Allowed languages.
    pub allow: Vec<String>,
    /// Denied languages.
    pub deny: Vec<String>,
    /// Minimum characters.
    pub min_chars: usize,
    /// Fallback language.
    pub fallback: String,
    /// Minimum confidence.
    pub min_confidence: f64,
}
impl Default for LanguageConfig {
    fn default() -> Self {
        LanguageConfig {
            allow: vec![],
            deny: vec![],
            min_chars: 0,
            fallback: "en".into(),
            min_confidence: 0.0,
        }
    }
}
/// Detector.
#[derive(Debug)]
pub struct LanguageDetector(LanguageConfig);
/// A detection.
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    /// Language code.
    pub lang: String,
    /// Script.
    pub script: String,
    /// Confidence.
    pub confidence: f64,
    /// Reliable.
    pub reliable: bool,
    /// Variant.
    pub variant: Option<String>,
}
/// A segment.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageSegment {
    /// Byte range.
    pub range: Range<usize>,
    /// Detection.
    pub detection: Detection,
}
/// Result.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageResult {
    /// Document language.
    pub document: Detection,
    /// Segments.
    pub segments: Vec<LanguageSegment>,
}
impl LanguageDetector {
    /// New.
    pub fn new(config: LanguageConfig) -> Result<LanguageDetector, String> {
        Ok(LanguageDetector(config))
    }
    /// Detect.
    pub fn detect(&self, text: &str) -> LanguageResult {
        let d = match whatlang::detect(text) {
            Some(i) => Detection {
                lang: i.lang().code().to_string(),
                script: format!("{:?}", i.script()),
                confidence: i.confidence(),
                reliable: i.is_reliable(),
                variant: None,
            },
            None => Detection {
                lang: self.0.fallback.clone(),
                script: "Common".into(),
                confidence: 0.0,
                reliable: false,
                variant: None,
            },
        };
        let trimmed_start = text.len() - text.trim_start().len();
        let end = text.trim_end().len();
        let segments = if end > trimmed_start {
            vec![LanguageSegment {
                range: trimmed_start..end,
                detection: d.clone(),
            }]
        } else {
            vec![]
        };
        LanguageResult {
            document: d,
            segments,
        }
    }
}
/// Eval.
pub fn eval_language(_path: &Path, _d: &LanguageDetector) -> Result<String, String> {
    Err("not yet available".into())
}
