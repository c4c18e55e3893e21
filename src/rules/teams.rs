//! Football clubs named by their town in Italian and Spanish sports news: `il Napoli`, `al
//! Cagliari`, `el Girona`, `del Villarreal`. A town takes no article in these languages (`a
//! Napoli`, `en Girona`), its club does; so in a document about a match, a listed town right after
//! a definite article is the club (ORG). Countries are on other lists and stay places (national
//! teams are LOC, as CoNLL-2003 tags them); regions take articles as places too (`la
//! Lombardia`), but in a match report one after an article is as a rule the club (`la Lazio`).

use crate::annotation::{Candidate, EntityLabel, EntitySource, SentenceView};

/// The lists of towns whose hits may be clubs.
const TOWN_LISTS: &[&str] = &["places_it", "places_es"];

/// Definite articles, alone or joined to a preposition, right before a club's name.
const ARTICLES: &[(&str, &[&str])] = &[
    (
        "it",
        &[
            "il", "lo", "l'", "l’", "del", "dello", "dell'", "dell’", "al", "allo", "all'", "all’",
            "dal", "dallo", "dall'", "dall’", "nel", "col", "sul",
        ],
    ),
    ("es", &["el", "del", "al"]),
];

/// Words of match reports (lower case), one of which the document must hold besides a score.
const SPORTS_WORDS: &[&str] = &[
    "gol",
    "partita",
    "campionato",
    "allenatore",
    "stadio",
    "classifica",
    "giornata",
    "rigore",
    "partido",
    "liga",
    "jornada",
    "entrenador",
    "estadio",
    "goles",
    "penalti",
    "derbi",
];

/// Relabels the town hits of `out` that name a club (see the module comment).
pub(crate) fn clubs_by_town(text: &str, sentences: &[SentenceView], out: &mut [Candidate]) {
    let town = |c: &Candidate| {
        c.label == EntityLabel::Loc
            && matches!(&c.source, EntitySource::Gazetteer(name) if TOWN_LISTS.contains(&name.as_str()))
    };
    if !out.iter().any(town) || !match_report(text, SPORTS_WORDS) {
        return;
    }
    for c in out.iter_mut().filter(|c| town(c)) {
        let lang = SentenceView::lang_at(sentences, c.range.start);
        let articles = ARTICLES.iter().find(|(l, _)| *l == lang).map(|(_, a)| *a);
        let before = text.get(..c.range.start).unwrap_or("");
        if articles.is_some_and(|a| after_article(before, a)) {
            c.label = EntityLabel::Org;
        }
    }
}

/// Whether `before` ends with one of `articles` (in any case) as a word of its own, followed by a
/// space or, for an elided article, by nothing.
fn after_article(before: &str, articles: &[&str]) -> bool {
    articles.iter().any(|a| {
        let elided = a.ends_with(['\'', '’']);
        let head = if elided {
            before
        } else {
            match before.strip_suffix(' ') {
                Some(h) => h,
                None => return false,
            }
        };
        let cut = head.len().saturating_sub(a.len());
        head.get(cut..).is_some_and(|w| w.eq_ignore_ascii_case(a))
            && head
                .get(..cut)
                .is_some_and(|rest| !rest.chars().next_back().is_some_and(char::is_alphabetic))
    })
}

/// Whether `text` reads like a match report: a score (`4-0`, `2:1`) and one of `words` (lower
/// case), as a word of its own (`gol`, not `golpe`; `liga`, not `obligación`).
pub(crate) fn match_report(text: &str, words: &[&str]) -> bool {
    score(text)
        && text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| words.iter().any(|s| w.eq_ignore_ascii_case(s)))
}

/// Whether `text` holds a score: one or two digits, `-`, `–` or `:`, one or two digits, with no
/// digit on either side. One pass over the text, nothing allocated.
fn score(text: &str) -> bool {
    // ASCII digits right before the current character
    let mut digits_before = 0usize;
    for (i, c) in text.char_indices() {
        if matches!(c, '-' | '–' | ':') && (1..=2).contains(&digits_before) {
            let digits_after = text
                .get(i + c.len_utf8()..)
                .unwrap_or("")
                .chars()
                .take_while(char::is_ascii_digit)
                .count();
            if (1..=2).contains(&digits_after) {
                return true;
            }
        }
        digits_before = if c.is_ascii_digit() {
            digits_before + 1
        } else {
            0
        };
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_and_scores() {
        assert!(after_article("ha battuto 4-0 il ", ARTICLES[0].1));
        assert!(after_article("la vittoria dell'", ARTICLES[0].1));
        assert!(!after_article("vive a ", ARTICLES[0].1));
        assert!(!after_article("profil ", ARTICLES[0].1));
        assert!(score("ha vinto 2-1 ieri") && score("0:3"));
        assert!(!score("nel 2023-2024") && !score("senza numeri"));
        assert!(match_report("Finì 2-1, con un gol al 90'", SPORTS_WORDS));
        assert!(!match_report(
            "Finì 2-1: un golpe, una obligación",
            SPORTS_WORDS
        ));
    }

    #[test]
    fn towns_after_an_article_in_a_match_report_are_clubs() {
        let text =
            "L'Atalanta ha battuto 4-0 il Cagliari allo stadio di Bergamo. Il gol è di Rossi.";
        let sentences = [SentenceView {
            range: (0, text.len()),
            lang: "it",
        }];
        let hit = |name: &str| {
            let at = text.find(name).unwrap_or(0);
            Candidate {
                range: at..at + name.len(),
                label: EntityLabel::Loc,
                source: EntitySource::Gazetteer("places_it".into()),
                confidence: None,
            }
        };
        let mut out = vec![hit("Cagliari"), hit("Bergamo")];
        clubs_by_town(text, &sentences, &mut out);
        let labels: Vec<EntityLabel> = out.iter().map(|c| c.label).collect();
        assert_eq!(labels, vec![EntityLabel::Org, EntityLabel::Loc]);
        // without a score, the same words are no match report
        let mut out = vec![hit("Cagliari")];
        clubs_by_town(&text.replace("4-0", ""), &sentences, &mut out);
        assert_eq!(out[0].label, EntityLabel::Loc);
    }
}
