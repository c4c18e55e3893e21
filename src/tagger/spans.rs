//! Clean-up of the tagger's spans before they become candidates: conventions of the corpora that
//! a model trained on news cannot learn from its data. A span holding a URL, an e-mail address or
//! a file name is dropped; a person's span loses a leading title or greeting (`Dr. Dorn`, `Dear
//! Nina`, `Hey Vladi` -> the name only, as CoNLL-2003 and UNER mark it); trailing `!`, `?`, `,`,
//! `;` and `:` tokens are cut off (a period may end an abbreviation, a bracket closes a name).

use std::ops::Range;

/// File extensions that make a token a file name (`report.pdf`), never a name in the corpora.
const FILE_EXTENSIONS: &[&str] = &[
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "htm", "html", "txt", "csv", "jpg", "jpeg",
    "png", "gif", "zip", "exe", "mp3", "wav", "avi",
];

/// Words (lower case, without a final period) that start no person's name: titles and greetings.
/// In CoNLL-2003 train and dev no PER span starts with one of them.
const NOT_IN_PER: &[&str] = &[
    "mr", "mrs", "ms", "dr", "doctor", "prof", "sir", "dear", "hi", "hey", "hello", "thanks",
    "welcome", "aunt", "uncle",
];

/// Whether a token is a URL, an e-mail address, a file name or an identifier with underscores:
/// the corpora never tag them, and the features of such rare shapes carry no weight, so the model
/// would guess from the letters alone.
fn is_address(word: &str) -> bool {
    if word.contains("://") || word.contains('@') || word.contains('_') {
        return true;
    }
    let lower = word.to_ascii_lowercase();
    lower.starts_with("www.")
        || lower
            .rsplit_once('.')
            .is_some_and(|(stem, ext)| !stem.is_empty() && FILE_EXTENSIONS.contains(&ext))
}

/// The cleaned token span of a predicted entity (`per`: it is a person), or `None` to drop it.
pub(crate) fn clean(
    text: &str,
    toks: &[Range<usize>],
    mut span: Range<usize>,
    per: bool,
) -> Option<Range<usize>> {
    let word = |i: usize| toks.get(i).and_then(|t| text.get(t.clone())).unwrap_or("");
    if span.clone().any(|i| is_address(word(i))) {
        return None;
    }
    while per && span.len() > 1 {
        let lower = word(span.start).trim_end_matches('.').to_lowercase();
        if !NOT_IN_PER.contains(&lower.as_str()) {
            break;
        }
        span.start += 1;
    }
    while span.len() > 1
        && !word(span.end - 1).is_empty()
        && word(span.end - 1)
            .chars()
            .all(|c| matches!(c, '!' | '?' | ',' | ';' | ':'))
    {
        span.end -= 1;
    }
    (!span.is_empty()).then_some(span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::tokenize;

    fn run(text: &str, span: Range<usize>, per: bool) -> Option<String> {
        let toks = tokenize(text, 0..text.len(), "en");
        let s = clean(text, &toks, span, per)?;
        let (a, b) = (toks.get(s.start)?.start, toks.get(s.end - 1)?.end);
        Some(text[a..b].to_string())
    }

    #[test]
    fn addresses_are_not_names() {
        for w in [
            "Lisa_resume.doc",
            "TEXT.htm",
            "www.x.org",
            "a@b.com",
            "http://x",
        ] {
            assert!(is_address(w), "{w}");
        }
        for w in ["Amazon.com", "U.S.", "Smith", ".doc", "AT&T"] {
            assert!(!is_address(w), "{w}");
        }
        assert_eq!(run("see Lisa_resume.doc now", 1..2, false), None);
    }

    #[test]
    fn titles_and_punctuation_are_cut() {
        assert_eq!(
            run("Dear Dr. Nina Smith !", 0..5, true).as_deref(),
            Some("Nina Smith")
        );
        assert_eq!(run("Dear Dr.", 0..2, true).as_deref(), Some("Dr."));
        assert_eq!(run("Dear John", 0..2, false).as_deref(), Some("Dear John"));
        assert_eq!(run("Yahoo !", 0..2, false).as_deref(), Some("Yahoo"));
        assert_eq!(run("Rad ( B )", 0..4, false).as_deref(), Some("Rad ( B )"));
    }
}
