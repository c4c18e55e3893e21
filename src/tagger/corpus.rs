//! Readers for annotated corpora (CoNLL-2003, Universal NER IOB2, char-per-line BMES/BIO) into
//! documents of raw text with gold byte-range entities.
//!
//! Training and evaluation both start from the raw text the way users meet it (CoNLL: tokens
//! joined by spaces; UNER: the `# text =` line; char corpora: characters concatenated; sentences
//! joined by newlines), so the tagger always sees its own tokenisation, never the corpus's.

use crate::annotation::EntityLabel;
use std::ops::Range;
use std::path::Path;

/// A gold document: raw text, sentence ranges and entity ranges (bytes, half-open).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GoldDoc {
    /// The rebuilt raw text.
    pub text: String,
    /// Sentence byte ranges, in order.
    pub sentences: Vec<Range<usize>>,
    /// Gold entities, in order.
    pub entities: Vec<(Range<usize>, EntityLabel)>,
    /// Word ranges from the corpus's own segmentation, where it has one (UD words, Weibo marks).
    pub words: Vec<Range<usize>>,
}

/// Maps a corpus label to ours: `.NOM` mentions and unknown kinds are dropped, GPE becomes LOC.
pub fn map_label(raw: &str) -> Option<EntityLabel> {
    if raw.ends_with(".NOM") {
        return None;
    }
    let base = raw.strip_suffix(".NAM").unwrap_or(raw);
    match EntityLabel::parse(base)? {
        l @ (EntityLabel::Per | EntityLabel::Org | EntityLabel::Loc | EntityLabel::Misc) => Some(l),
        _ => None,
    }
}

/// Splits a tag such as `B-PER`, `S-NAME`, `I-GPE.NAM` into its position letter and label.
fn parse_tag(tag: &str) -> Option<(char, EntityLabel)> {
    let (p, l) = tag.split_once('-')?;
    let part = p.chars().next()?.to_ascii_uppercase();
    Some((part, map_label(l)?))
}

/// Turns per-token tags (IOB1, IOB2, BMES, BILOU) into token-index spans.
fn tag_spans(tags: &[&str]) -> Vec<(Range<usize>, EntityLabel)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityLabel)> = None;
    for (k, tag) in tags.iter().enumerate() {
        let parsed = parse_tag(tag);
        let Some((part, label)) = parsed else {
            if let Some((s, l)) = open.take() {
                out.push((s..k, l));
            }
            continue;
        };
        let continues =
            matches!(part, 'I' | 'M' | 'E' | 'L') && open.is_some_and(|(_, l)| l == label);
        if !continues {
            if let Some((s, l)) = open.take() {
                out.push((s..k, l));
            }
            open = Some((k, label));
        }
        if matches!(part, 'S' | 'U' | 'E' | 'L') {
            if let Some((s, l)) = open.take() {
                out.push((s..k + 1, l));
            }
        }
    }
    if let Some((s, l)) = open {
        out.push((s..tags.len(), l));
    }
    out
}

#[derive(Default)]
struct Builder {
    docs: Vec<GoldDoc>,
    cur: GoldDoc,
    tokens: Vec<(String, String)>,
    text_line: Option<String>,
    /// For char-per-line corpora with segmentation marks: does each char start a word?
    word_starts: Vec<bool>,
}

impl Builder {
    fn end_sentence(&mut self, sep: &str) {
        if self.tokens.is_empty() {
            self.text_line = None;
            return;
        }
        if !self.cur.text.is_empty() {
            self.cur.text.push('\n');
        }
        let base = self.cur.text.len();
        let mut ranges: Vec<Option<Range<usize>>> = Vec::with_capacity(self.tokens.len());
        match self.text_line.take() {
            Some(line) => {
                let mut cursor = 0;
                for (tok, _) in &self.tokens {
                    let found = line.get(cursor..).and_then(|rest| rest.find(tok.as_str()));
                    match found {
                        Some(p) if !tok.is_empty() => {
                            ranges.push(Some(base + cursor + p..base + cursor + p + tok.len()));
                            cursor += p + tok.len();
                        }
                        _ => ranges.push(None),
                    }
                }
                self.cur.text.push_str(&line);
            }
            None => {
                for (i, (tok, _)) in self.tokens.iter().enumerate() {
                    if i > 0 {
                        self.cur.text.push_str(sep);
                    }
                    let s = self.cur.text.len();
                    self.cur.text.push_str(tok);
                    ranges.push(Some(s..self.cur.text.len()));
                }
            }
        }
        if self.word_starts.len() == self.tokens.len() {
            // Characters: join each word-start char with the chars that continue its word.
            let mut open: Option<Range<usize>> = None;
            for (r, &start) in ranges.iter().zip(&self.word_starts) {
                let Some(r) = r else { continue };
                match open.as_mut() {
                    Some(o) if !start => o.end = r.end,
                    _ => {
                        self.cur.words.extend(open.take());
                        open = Some(r.clone());
                    }
                }
            }
            self.cur.words.extend(open);
        } else {
            self.cur.words.extend(ranges.iter().flatten().cloned());
        }
        self.word_starts.clear();
        let tags: Vec<&str> = self.tokens.iter().map(|t| t.1.as_str()).collect();
        for (span, label) in tag_spans(&tags) {
            let aligned: Vec<&Range<usize>> =
                ranges.get(span).unwrap_or(&[]).iter().flatten().collect();
            if let (Some(a), Some(b)) = (aligned.first(), aligned.last()) {
                self.cur.entities.push((a.start..b.end, label));
            }
        }
        let trimmed_end = self.cur.text.trim_end().len();
        self.cur.sentences.push(base..trimmed_end.max(base));
        self.tokens.clear();
    }

    fn end_doc(&mut self, sep: &str) {
        self.end_sentence(sep);
        if !self.cur.sentences.is_empty() {
            self.docs.push(std::mem::take(&mut self.cur));
        }
        self.cur = GoldDoc::default();
    }
}

/// Guesses a file's format from its content: `iob2`, `conll`, `bmes` or `bio`.
pub fn detect_format(content: &str) -> &'static str {
    let mut lines = content.lines().map(str::trim_end).filter(|l| !l.is_empty());
    let mut two_col_tags = Vec::new();
    for line in lines.by_ref().take(400) {
        if line.starts_with("# ") || line.starts_with("#\t") {
            return "iob2";
        }
        if line.starts_with("-DOCSTART-") {
            return "conll";
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.len() >= 4 {
            return "conll";
        }
        if let Some(t) = cols.last() {
            two_col_tags.push(t.to_string());
        }
    }
    if two_col_tags
        .iter()
        .any(|t| t.starts_with("M-") || t.starts_with("E-") || t.starts_with("S-"))
    {
        "bmes"
    } else {
        "bio"
    }
}

/// Parses corpus text of the given format (`conll`, `iob2`, `bmes`, `bio`, or `auto`).
pub fn parse(content: &str, format: &str) -> Result<Vec<GoldDoc>, String> {
    let format = if format == "auto" {
        detect_format(content)
    } else {
        format
    };
    let mut b = Builder::default();
    match format {
        "conll" => {
            for line in content.lines() {
                let cols: Vec<&str> = line.split_whitespace().collect();
                match (cols.first(), cols.last()) {
                    (Some(&"-DOCSTART-"), _) => b.end_doc(" "),
                    (Some(tok), Some(tag)) if cols.len() >= 2 => {
                        b.tokens.push((tok.to_string(), tag.to_string()))
                    }
                    _ => b.end_sentence(" "),
                }
            }
            b.end_doc(" ");
        }
        "iob2" => {
            for line in content.lines() {
                let line = line.trim_end_matches(['\r', '\n']);
                if let Some(rest) = line.strip_prefix('#') {
                    let rest = rest.trim_start();
                    if rest.starts_with("newdoc") {
                        b.end_doc(" ");
                    } else if let Some(t) = rest.strip_prefix("text =") {
                        b.text_line = Some(t.trim().to_string());
                    }
                    continue;
                }
                let cols: Vec<&str> = line.split('\t').collect();
                match (cols.get(1), cols.get(2)) {
                    (Some(tok), Some(tag)) => b.tokens.push((tok.to_string(), tag.to_string())),
                    _ if line.trim().is_empty() => b.end_sentence(" "),
                    _ => {}
                }
            }
            b.end_doc(" ");
        }
        "bmes" | "bio" => {
            for line in content.lines() {
                let cols: Vec<&str> = line.split_whitespace().collect();
                match (cols.first(), cols.last()) {
                    (Some(tok), Some(tag)) if cols.len() >= 2 => {
                        let mut tok = tok.to_string();
                        if tok.chars().count() >= 2 && tok.ends_with(|c: char| c.is_ascii_digit()) {
                            // Weibo appends the character's position in its word.
                            b.word_starts.push(tok.ends_with('0'));
                            tok.pop();
                        }
                        b.tokens.push((tok, tag.to_string()));
                    }
                    _ => b.end_doc(""), // one sentence per document: these corpora mark no documents
                }
            }
            b.end_doc("");
        }
        other => {
            return Err(format!(
                "unknown corpus format {other} (expected conll, iob2, bmes, bio or auto)"
            ))
        }
    }
    Ok(b.docs)
}

/// Reads one corpus file.
pub fn read(path: &Path, format: &str) -> Result<Vec<GoldDoc>, String> {
    let content =
        std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    parse(&content, format).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surfaces(d: &GoldDoc) -> Vec<(&str, EntityLabel)> {
        d.entities
            .iter()
            .map(|(r, l)| (&d.text[r.clone()], *l))
            .collect()
    }

    #[test]
    fn conll_documents_and_spans() {
        let src = "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP B-PER\nMeyer NNP I-NP I-PER\nleft VBD B-VP O\n\nOslo NNP B-NP I-LOC\n\n-DOCSTART- -X- -X- O\n\nIBM NNP B-NP B-ORG\n";
        let docs = parse(src, "auto").unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "Anna Meyer left\nOslo");
        assert_eq!(
            surfaces(&docs[0]),
            vec![("Anna Meyer", EntityLabel::Per), ("Oslo", EntityLabel::Loc)]
        );
        assert_eq!(docs[0].sentences, vec![0..15, 16..20]);
        assert_eq!(surfaces(&docs[1]), vec![("IBM", EntityLabel::Org)]);
    }

    #[test]
    fn uner_uses_text_line() {
        let src = "# newdoc id = a\n# text = Hi, Tom Li!\n1\tHi\tO\t-\t-\n2\t,\tO\t-\t-\n3\tTom\tB-PER\t-\t-\n4\tLi\tI-PER\t-\t-\n5\t!\tO\t-\t-\n\n# text = Zagreb\n1\tZagreb\tB-LOC\t-\t-\n";
        let docs = parse(src, "auto").unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].text, "Hi, Tom Li!\nZagreb");
        assert_eq!(
            surfaces(&docs[0]),
            vec![("Tom Li", EntityLabel::Per), ("Zagreb", EntityLabel::Loc)]
        );
        assert_eq!(docs[0].words.len(), 6);
    }

    #[test]
    fn char_corpora_map_and_drop_labels() {
        let bmes = "张 B-NAME\n三 E-NAME\n是 O\n教 B-TITLE\n授 E-TITLE\n\n京 S-LOC\n";
        assert_eq!(detect_format(bmes), "bmes");
        let docs = parse(bmes, "auto").unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(surfaces(&docs[0]), vec![("张三", EntityLabel::Per)]);
        let weibo = "北0\tB-GPE.NAM\n京1\tI-GPE.NAM\n人0\tB-PER.NOM\n";
        let docs = parse(weibo, "bio").unwrap();
        assert_eq!(docs[0].text, "北京人");
        let words: Vec<&str> = docs[0]
            .words
            .iter()
            .map(|r| &docs[0].text[r.clone()])
            .collect();
        assert_eq!(words, vec!["北京", "人"]);
        assert_eq!(surfaces(&docs[0]), vec![("北京", EntityLabel::Loc)]);
    }

    #[test]
    fn unknown_format_is_an_error() {
        assert!(parse("x", "xml").is_err());
    }
}
