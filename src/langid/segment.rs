//! Language segments of a document: cut into lines and sentences, cut those at real script
//! changes, classify each piece, let short or unreliable pieces take their context's language,
//! and merge neighbours of one language.

use super::classify::{Classifier, Piece};
use super::hanzi::VariantCounts;
use super::script::{runs, Run, Script};
use super::units::{trim, units};
use super::{Detection, LanguageDetector, LanguageResult, LanguageSegment};
use std::ops::Range;

/// Runs lighter than this inside a line of another script join their neighbour ("iPhone" in a
/// Chinese sentence, "(北京)" in an English one).
const ABSORB_WEIGHT: usize = 12;
/// ... and so do runs lighter than 1/ABSORB_SHARE of the unit's heaviest run (a web address in
/// a long Chinese sentence).
const ABSORB_SHARE: usize = 4;

/// Odds against a piece switching language when the context on both sides agrees.
const SWITCH_ODDS_BOTH: f64 = 400.0;
/// Odds against a switch when only one side has context (first or last piece of its script).
const SWITCH_ODDS_ONE: f64 = 20.0;
/// Pieces with at least this many letters keep their own language whatever the context says.
const FLIP_MAX_LETTERS: usize = 200;

/// Letters weigh 1, except Han and Hangul, which carry about a word each: 3.
pub(crate) fn weight(r: &Run) -> usize {
    match r.script {
        Script::Han | Script::Hangul => r.letters * 3,
        _ => r.letters,
    }
}

/// Runs of one unit after absorbing light runs into their neighbours (offsets relative to
/// unit). Linear: the threshold is set once from the unit's heaviest script group.
fn unit_runs(unit: &str) -> Vec<Run> {
    let rs = runs(unit);
    if rs.len() <= 1 {
        return rs;
    }
    let mut totals: Vec<(Script, usize)> = Vec::new();
    for r in &rs {
        match totals.iter_mut().find(|t| t.0 == r.script) {
            Some(t) => t.1 += weight(r),
            None => totals.push((r.script, weight(r))),
        }
    }
    let (main, heaviest) = totals
        .iter()
        .rev()
        .max_by_key(|t| t.1)
        .copied()
        .unwrap_or((Script::Common, 0));
    let threshold = ABSORB_WEIGHT.max(heaviest / ABSORB_SHARE);
    let mut out: Vec<Run> = Vec::with_capacity(rs.len());
    // Light runs before the first kept run join it.
    let mut lead: Option<usize> = None;
    for mut r in rs {
        if r.script != main && weight(&r) < threshold {
            match out.last_mut() {
                Some(last) => last.range.end = r.range.end,
                None => lead = Some(lead.unwrap_or(r.range.start)),
            }
            continue;
        }
        if let Some(start) = lead.take() {
            r.range.start = start;
        }
        match out.last_mut() {
            Some(last) if last.script == r.script => {
                last.range.end = r.range.end;
                last.letters += r.letters;
                last.kana += r.kana;
            }
            _ => out.push(r),
        }
    }
    out
}

/// One classified piece of the document.
struct Located {
    range: Range<usize>,
    piece: Piece,
    lang: &'static str,
}

impl Located {
    fn group(&self) -> Script {
        self.piece.script.group()
    }
    fn strong(&self, min_chars: usize, min_confidence: f64) -> bool {
        self.piece.lang != "und"
            && self.piece.confidence >= min_confidence
            && (self.piece.by_script || self.piece.letters >= min_chars)
    }
}

fn pieces(classifier: &Classifier, text: &str) -> Vec<Located> {
    let mut out = Vec::new();
    for u in units(text) {
        let whole = unit_pieces(classifier, text, u.clone());
        match whole.as_slice() {
            [one] => out.extend(with_quotations(classifier, text, u, one).unwrap_or(whole)),
            _ => out.extend(whole),
        }
    }
    out
}

/// The pieces of one unit (sentence or line): its script runs, each classified.
fn unit_pieces(classifier: &Classifier, text: &str, u: Range<usize>) -> Vec<Located> {
    let mut out = Vec::new();
    let Some(unit) = text.get(u.clone()) else {
        return out;
    };
    for r in unit_runs(unit) {
        let Some(range) = trim(text, u.start + r.range.start..u.start + r.range.end) else {
            continue;
        };
        let piece_text = text.get(range.clone()).unwrap_or("");
        // The run already knows its letters: no second pass over the piece.
        let run = Run {
            range: 0..piece_text.len(),
            ..r
        };
        let piece = classifier.classify(piece_text, std::slice::from_ref(&run));
        out.push(Located {
            range,
            lang: piece.lang,
            piece,
        });
    }
    out
}

/// For each piece, the language of the nearest marked (strong, or long) piece before and after it
/// of the same script group (any group for a Common piece). Linear: one pass each way.
#[allow(clippy::type_complexity)]
fn nearest_strong(
    strong: &[bool],
    langs: &[&'static str],
    groups: &[Script],
) -> (Vec<Option<&'static str>>, Vec<Option<&'static str>>) {
    let pass = |order: &mut dyn Iterator<Item = usize>| {
        let mut out = vec![None; strong.len()];
        let mut last: Vec<(Script, &'static str)> = Vec::new();
        let mut last_any: Option<&'static str> = None;
        for i in order {
            let g = groups[i];
            out[i] = if g == Script::Common {
                last_any
            } else {
                last.iter().find(|(s, _)| *s == g).map(|(_, l)| *l)
            };
            if strong[i] {
                match last.iter_mut().find(|(s, _)| *s == g) {
                    Some(e) => e.1 = langs[i],
                    None => last.push((g, langs[i])),
                }
                last_any = Some(langs[i]);
            }
        }
        out
    };
    let before = pass(&mut (0..strong.len()));
    let after = pass(&mut (0..strong.len()).rev());
    (before, after)
}

/// The language a weak piece takes from the nearest context languages before and after it: theirs
/// when they agree, its own when either side has it, else the one before (or after); none
/// without context.
fn follow(
    prev: Option<&'static str>,
    next: Option<&'static str>,
    own: &'static str,
) -> Option<&'static str> {
    match (prev, next) {
        (Some(a), Some(b)) if a == b => Some(a),
        _ if own != "und" && (prev == Some(own) || next == Some(own)) => Some(own),
        (Some(a), _) => Some(a),
        (None, b) => b,
    }
}

/// Gives weak pieces the language of their context (same script group where possible).
fn smooth(ps: &mut [Located], min_chars: usize, min_confidence: f64) {
    let strong: Vec<bool> = ps
        .iter()
        .map(|p| p.strong(min_chars, min_confidence))
        .collect();
    let langs: Vec<&'static str> = ps.iter().map(|p| p.lang).collect();
    let groups: Vec<Script> = ps.iter().map(Located::group).collect();
    let (before, after) = nearest_strong(&strong, &langs, &groups);
    // Where no piece of the document is strong (a text whatlang reads with a low confidence), a
    // fragment too short to name alone ("Dr." cut off before "de Vries") still follows the
    // pieces long enough to be named, however unsure they are, rather than its own guess.
    let long: Vec<bool> = ps
        .iter()
        .map(|p| p.lang != "und" && (p.piece.by_script || p.piece.letters >= min_chars))
        .collect();
    let (before_long, after_long) = nearest_strong(&long, &langs, &groups);
    for i in 0..ps.len() {
        let prev = before.get(i).copied().flatten();
        let next = after.get(i).copied().flatten();
        let own = langs[i];
        let piece = &ps[i].piece;
        let new = if !strong[i] {
            follow(prev, next, own)
                .or_else(|| {
                    let prev = before_long.get(i).copied().flatten();
                    let next = after_long.get(i).copied().flatten();
                    follow(prev, next, own).filter(|_| !long[i])
                })
                .unwrap_or(own)
        } else if own == "zh"
            && piece.variant.chinese_simplified == 0
            && (prev == Some("ja") || next == Some("ja"))
            && prev != Some("zh")
            && next != Some("zh")
        {
            // Kanji-only lines inside Japanese text are Japanese.
            "ja"
        } else {
            // A short piece flips to its context's language unless its own evidence beats the
            // odds against a switch (higher when the context agrees on both sides).
            let context = match (prev, next) {
                (Some(a), Some(b)) if a == b => Some((a, SWITCH_ODDS_BOTH)),
                (Some(a), None) | (None, Some(a)) => Some((a, SWITCH_ODDS_ONE)),
                _ => None,
            };
            match context {
                Some((l, odds))
                    if l != own
                        && !piece.by_script
                        && piece.letters < FLIP_MAX_LETTERS
                        && piece.prob(l) * odds >= piece.prob(own) =>
                {
                    l
                }
                _ => own,
            }
        };
        if let Some(p) = ps.get_mut(i) {
            p.lang = new;
        }
    }
}

/// Detects the document language and segments (see `LanguageDetector::detect`).
pub(crate) fn detect(det: &LanguageDetector, text: &str) -> LanguageResult {
    let cfg = det.config();
    let mut ps = pieces(&det.classifier, text);
    settle(&det.classifier, text, &mut ps, cfg.min_chars);
    smooth(&mut ps, cfg.min_chars, cfg.min_confidence);
    for p in ps.iter_mut().filter(|p| p.lang == "und") {
        p.lang = det.fallback;
    }
    let mut segments: Vec<(Range<usize>, Vec<&Located>)> = Vec::new();
    for p in &ps {
        match segments.last_mut() {
            Some((r, members)) if members.first().is_some_and(|m| m.lang == p.lang) => {
                r.end = p.range.end;
                members.push(p);
            }
            _ => segments.push((p.range.clone(), vec![p])),
        }
    }
    let segments: Vec<LanguageSegment> = segments
        .into_iter()
        .map(|(range, members)| LanguageSegment {
            range,
            detection: summarize(&members, cfg),
        })
        .collect();
    let document = document_detection(&segments, det);
    LanguageResult { document, segments }
}

/// One detection for a run of pieces that share a language.
fn summarize(members: &[&Located], cfg: &super::LanguageConfig) -> Detection {
    let lang = members.first().map_or("und", |m| m.lang);
    let mut letters_by_script: Vec<(&'static str, usize)> = Vec::new();
    let (mut wsum, mut csum, mut letters) = (0.0, 0.0, 0usize);
    let mut by_script = false;
    let mut variant = VariantCounts::default();
    for m in members {
        let name = m.piece.script_name();
        match letters_by_script.iter_mut().find(|(n, _)| *n == name) {
            Some(e) => e.1 += m.piece.letters,
            None => letters_by_script.push((name, m.piece.letters)),
        }
        let w = (m.piece.letters + 1) as f64;
        let own = if m.piece.lang == lang {
            m.piece.confidence
        } else {
            0.5 * m.piece.confidence.max(0.5)
        };
        wsum += w;
        csum += w * own;
        letters += m.piece.letters;
        by_script |= m.piece.by_script && m.piece.lang == lang;
        variant.simplified += m.piece.variant.simplified;
        variant.traditional += m.piece.variant.traditional;
    }
    let script = letters_by_script
        .iter()
        .enumerate()
        .max_by(|a, b| (a.1).1.cmp(&(b.1).1).then(b.0.cmp(&a.0)))
        .map_or("Common", |(_, (n, _))| *n);
    let confidence = if wsum > 0.0 { csum / wsum } else { 0.0 };
    let variant = if lang == "zh" {
        super::hanzi::variant(variant)
    } else {
        None
    };
    Detection {
        lang: lang.to_string(),
        script: script.to_string(),
        confidence,
        reliable: confidence >= cfg.min_confidence && (by_script || letters >= cfg.min_chars),
        variant: variant.map(str::to_string),
    }
}

/// The language covering the most bytes; its confidence is scaled by its share of the text.
fn document_detection(segments: &[LanguageSegment], det: &LanguageDetector) -> Detection {
    let mut totals: Vec<(&str, usize, usize)> = Vec::new();
    for (i, s) in segments.iter().enumerate() {
        let len = s.range.len();
        match totals.iter_mut().find(|t| t.0 == s.detection.lang) {
            Some(t) => t.1 += len,
            None => totals.push((&s.detection.lang, len, i)),
        }
    }
    let all: usize = totals.iter().map(|t| t.1).sum();
    let Some(&(lang, bytes, _)) = totals
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
    else {
        return det.fallback_detection();
    };
    let mine: Vec<&LanguageSegment> = segments
        .iter()
        .filter(|s| s.detection.lang == lang)
        .collect();
    let biggest = mine.iter().max_by_key(|s| s.range.len());
    let conf: f64 = mine
        .iter()
        .map(|s| s.detection.confidence * s.range.len() as f64)
        .sum::<f64>()
        / bytes.max(1) as f64;
    let confidence = conf * bytes as f64 / all.max(1) as f64;
    let variants: Vec<&str> = mine
        .iter()
        .filter_map(|s| s.detection.variant.as_deref())
        .collect();
    let variant = variants
        .first()
        .filter(|v| variants.iter().all(|w| w == *v))
        .map(|v| v.to_string());
    Detection {
        lang: lang.to_string(),
        script: biggest.map_or("Common".to_string(), |s| s.detection.script.clone()),
        confidence,
        reliable: confidence >= det.config().min_confidence
            && mine.iter().any(|s| s.detection.reliable),
        variant,
    }
}

#[path = "segment_settle.rs"]
mod settle;
use settle::settle;

#[path = "segment_quotes.rs"]
mod quotes;
use quotes::with_quotations;

#[cfg(test)]
#[path = "segment_tests.rs"]
mod tests;
