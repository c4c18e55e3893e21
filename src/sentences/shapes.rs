//! Word shapes the terminator rules ask about: initials, dotted abbreviations, emoticons and
//! spaced ellipses. Pure functions on `&str`, kept apart so the rules read as rules.

use super::scan::LOOK;

/// `:)`, `:-(`, `;P`, `=D`: emoticons that follow a sentence's final mark.
pub(crate) fn is_emoticon(t: &str) -> bool {
    let mut it = t.chars();
    if !matches!(it.next(), Some(':' | ';' | '=')) || t.len() > 5 {
        return false;
    }
    let rest: Vec<char> = it.filter(|c| !matches!(c, '-' | '\'' | '^')).collect();
    !rest.is_empty()
        && rest.iter().all(|c| {
            matches!(
                c,
                ')' | '(' | 'P' | 'p' | 'D' | 'O' | 'o' | '/' | '|' | '*' | '3' | ']' | '['
            )
        })
}

/// Common top-level domains, in any case: `Newsfeed.Com` is a host name, not two sentences.
pub(crate) fn is_tld(w: &str) -> bool {
    const TLDS: [&str; 16] = [
        "com", "net", "org", "edu", "gov", "info", "biz", "io", "uk", "de", "fr", "es", "it", "ru",
        "cn", "jp",
    ];
    TLDS.iter().any(|t| t.eq_ignore_ascii_case(w))
}

/// Counts the ` .` pairs of a spaced ellipsis starting with the space at `pos`.
pub(crate) fn spaced_dots(s: &str, pos: usize) -> (usize, usize) {
    let (mut n, mut p) = (0, pos);
    while s.get(p..).is_some_and(|t| t.starts_with(" .")) && n < LOOK {
        n += 1;
        p += 2;
    }
    (n, p)
}

/// One upper-case letter: an initial (`E.` in `Jonas E. Smith`).
pub(crate) fn is_initial(w: &str) -> bool {
    let mut it = w.chars();
    matches!((it.next(), it.next()), (Some(c), None) if c.is_uppercase())
}

/// Letters in dotted groups of one to three: `U.S`, `e.g`, `Ph.D`, `z.B`.
pub(crate) fn is_multi_period(w: &str) -> bool {
    w.contains('.')
        && w.split('.')
            .all(|p| (1..=3).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_shapes() {
        assert!(is_initial("E") && !is_initial("Ed") && !is_initial("e"));
        assert!(is_multi_period("U.S") && is_multi_period("Ph.D") && is_multi_period("e.g"));
        assert!(is_tld("Com") && is_tld("ORG") && !is_tld("Today"));
        assert!(is_emoticon(":)") && is_emoticon(":-(") && is_emoticon(";P") && is_emoticon(":))"));
        assert!(
            !is_emoticon(":") && !is_emoticon("::") && !is_emoticon(":abc") && !is_emoticon("x)")
        );
        assert!(
            !is_multi_period("example.com") && !is_multi_period("Mr") && !is_multi_period("1.2")
        );
        assert_eq!(spaced_dots(". . . x", 1), (2, 5));
        assert_eq!(spaced_dots(".x", 1), (0, 1));
    }
}
