//! Script folding for Chinese: traditional characters are read as their simplified form.
//!
//! The Chinese model trains on traditional text (UNER GSD, Wikipedia) and on simplified text
//! (Resume, Weibo, People's Daily). Folding every character to one script inside feature
//! extraction lets a name or word learnt in one script fire in the other. The table
//! (`t2s.txt`, 2,843 pairs) comes from ICU's Traditional-Simplified transliterator over every
//! CJK ideograph (`scripts/gen_t2s.py`); no corpus text is in it. Only characters in the table
//! change, so text without traditional Chinese characters gets exactly the same features.

use std::sync::OnceLock;

const TABLE: &str = include_str!("t2s.txt");

/// The (traditional, simplified) pairs, sorted by the traditional character.
fn pairs() -> &'static [(char, char)] {
    static PAIRS: OnceLock<Vec<(char, char)>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        let mut v = Vec::with_capacity(3000);
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut it = line.chars();
            while let (Some(t), Some(s)) = (it.next(), it.next()) {
                v.push((t, s));
            }
        }
        v.sort_unstable();
        v.dedup_by_key(|p| p.0);
        v
    })
}

/// Lowest code point in the table (everything below is returned unchanged without a lookup).
const FIRST: char = '\u{3400}';

/// The simplified form of a traditional Chinese character; any other character unchanged.
#[inline]
pub fn fold(c: char) -> char {
    if c < FIRST {
        return c;
    }
    let p = pairs();
    match p.binary_search_by_key(&c, |x| x.0) {
        Ok(i) => p.get(i).map_or(c, |x| x.1),
        Err(_) => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_traditional_only() {
        let s: String = "說話發髮國際臺灣著名俱樂部".chars().map(fold).collect();
        assert_eq!(s, "说话发发国际台湾著名俱乐部");
        let same = "说话 Paris 123 ，。";
        assert_eq!(same.chars().map(fold).collect::<String>(), same);
    }

    #[test]
    fn features_match_across_scripts() {
        use crate::tagger::features::token_hashes;
        use crate::tagger::tokenize;
        let hashes = |t: &str| token_hashes(t, &tokenize(t, 0..t.len(), "zh"));
        assert_eq!(hashes("臺灣大學"), hashes("台湾大学"));
        assert_ne!(hashes("臺灣"), hashes("台北"));
    }

    #[test]
    fn table_is_idempotent() {
        assert!(pairs().len() > 2500);
        for &(_, s) in pairs() {
            assert_eq!(fold(s), s);
        }
    }
}
