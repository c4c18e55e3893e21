//! Training-data augmentation: case-changed copies of gold documents that keep every byte offset,
//! so the gold spans stay valid. All-lower-case copies make the model robust to uncased web text
//! (Mayhew et al. 2019); title-case copies (every word capitalised, as in web headings, product
//! reviews and e-mail subjects) teach it that a capital letter alone does not make a name, so it
//! leans on the common-word list and the context instead.

use super::corpus::GoldDoc;

/// `c` mapped by `f` when that gives exactly one char of the same UTF-8 length; else `c`.
fn same_width(c: char, f: impl Fn(char) -> Option<char>) -> char {
    match f(c) {
        Some(x) if x.len_utf8() == c.len_utf8() => x,
        _ => c,
    }
}

fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    match (it.next(), it.next()) {
        (Some(x), None) => Some(x),
        _ => None,
    }
}

fn with_text(d: &GoldDoc, text: String) -> GoldDoc {
    GoldDoc {
        text,
        sentences: d.sentences.clone(),
        entities: d.entities.clone(),
        words: d.words.clone(),
    }
}

/// A copy of `d` with its text lower-cased where that keeps every byte offset.
pub fn lowercased(d: &GoldDoc) -> GoldDoc {
    let text = d
        .text
        .chars()
        .map(|c| same_width(c, |c| single(c.to_lowercase())))
        .collect();
    with_text(d, text)
}

/// A copy of `d` with the first letter of every word upper-cased (the rest unchanged) where that
/// keeps every byte offset.
pub fn titlecased(d: &GoldDoc) -> GoldDoc {
    let mut prev_alpha = false;
    let text = d
        .text
        .chars()
        .map(|c| {
            let out = if prev_alpha {
                c
            } else {
                same_width(c, |c| single(c.to_uppercase()))
            };
            prev_alpha = c.is_alphanumeric() || c == '\'';
            out
        })
        .collect();
    with_text(d, text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntityLabel;

    fn doc(text: &str) -> GoldDoc {
        GoldDoc {
            text: text.into(),
            sentences: std::iter::once(0..text.len()).collect(),
            entities: vec![(0..1, EntityLabel::Loc)],
            words: Vec::new(),
        }
    }

    #[test]
    fn lowercased_copy_keeps_offsets() {
        let d = doc("Ärger in İzmir");
        let l = lowercased(&d);
        assert_eq!(l.text, "ärger in İzmir");
        assert_eq!(l.text.len(), d.text.len());
        assert_eq!(l.entities, d.entities);
    }

    #[test]
    fn titlecased_copy_capitalises_words() {
        let d = doc("the man's car in o'hare, ärger-frei 3rd ßx");
        let t = titlecased(&d);
        assert_eq!(t.text, "The Man's Car In O'hare, Ärger-Frei 3rd ßx");
        assert_eq!(t.text.len(), d.text.len());
    }
}
