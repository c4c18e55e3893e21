//! Clubs mentioned by their town after their full name: `Wrexham AFC ... beat Hull City 2-1 ...
//! Hull led through a header ... Wrexham face Middlesbrough`, `en battant Grenoble Foot 38 ...
//! Grenoble, réduit à dix`. The short form is a town, and the lists and models tag it as one. In
//! a match report (a score and a word of the game), once the spans are merged, a one-word place
//! or person whose word is a word of an organisation the document names is that organisation,
//! unless a preposition of place comes before it (`in Manchester`, `à Grenoble`, `w Krakowie`).

use crate::annotation::{Candidate, EntityLabel, EntitySource};
use std::ops::Range;

/// The list of clubs (`pipelines/gazetteers/clubs.tsv`, full names only).
const CLUBS: &str = "clubs";

/// Lists of institutions whose names a model may read as a person's (`Cruz Roja`): their hits
/// relabel a person's span, not a place's (`news_names.tsv`).
const INSTITUTION_LISTS: &[&str] = &["news_names"];

/// The spans of `candidates` (before the merge) that the list of clubs or an institution list
/// names as organisations, with the list.
pub(crate) fn listed_clubs(candidates: &[Candidate]) -> Vec<(Range<usize>, EntitySource)> {
    candidates
        .iter()
        .filter(|c| c.label == EntityLabel::Org)
        .filter(|c| {
            matches!(&c.source, EntitySource::Gazetteer(name)
                if name == CLUBS || INSTITUTION_LISTS.contains(&name.as_str()))
        })
        .map(|c| (c.range.clone(), c.source.clone()))
        .collect()
}

/// Relabels as organisations the merged spans that are exactly a listed club (a model called
/// `Hull City` a place) or, from a person, a listed institution (`Cruz Roja`). Where the model
/// agrees, its span and confidence stay.
pub(crate) fn relabel_listed(listed: &[(Range<usize>, EntitySource)], merged: &mut [Candidate]) {
    for c in merged.iter_mut() {
        let Some((_, source)) = listed.iter().find(|(r, _)| *r == c.range) else {
            continue;
        };
        let club = matches!(source, EntitySource::Gazetteer(name) if name == CLUBS);
        if club || c.label == EntityLabel::Per {
            c.relabel(EntityLabel::Org, source.clone());
        }
    }
}

/// Words of match reports in the languages of the shipped lists (lower case), one of which the
/// document must hold as a word of its own besides a score.
const SPORTS_WORDS: &[&str] = &[
    "goal",
    "goals",
    "league",
    "coach",
    "striker",
    "penalty",
    "stadium",
    "buts",
    "championnat",
    "entraîneur",
    "tor",
    "tore",
    "trainer",
    "stadion",
    "doelpunt",
    "wedstrijd",
    "golo",
    "golos",
    "gol",
    "gols",
    "treinador",
    "partita",
    "partido",
    "gole",
    "bramka",
    "bramki",
    "mecz",
    "trener",
    "utakmica",
    "utakmicu",
    "mål",
    "matchen",
    "tränare",
    "koša",
    "koševa",
    "punti",
    "puntos",
    "goles",
    "allenatore",
];

/// Prepositions of place before a town that stays a place (lower case).
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "from", "à", "en", "près", "im", "aus", "bei", "uit", "em", "no", "na",
    "w", "we", "u", "i", "från", "a", "di", "da", "desde",
];

/// Relabels as organisations the town mentions of `merged` that name a club (see the module
/// comment).
pub(crate) fn relabel(text: &str, merged: &mut [Candidate]) {
    let one_word = |c: &Candidate| {
        matches!(c.label, EntityLabel::Loc | EntityLabel::Per)
            && text
                .get(c.range.clone())
                .is_some_and(|t| !t.contains(char::is_whitespace))
    };
    if !merged.iter().any(one_word) || !crate::rules::match_report(text, SPORTS_WORDS) {
        return;
    }
    let org_words: Vec<&str> = merged
        .iter()
        .filter(|c| c.label == EntityLabel::Org)
        .filter_map(|c| text.get(c.range.clone()))
        .filter(|t| t.contains(char::is_whitespace))
        .flat_map(str::split_whitespace)
        .collect();
    for c in merged.iter_mut().filter(|c| one_word(c)) {
        let Some(word) = text.get(c.range.clone()) else {
            continue;
        };
        let before = text.get(..c.range.start).unwrap_or("");
        if org_words.contains(&word) && !after_place_preposition(before) {
            c.relabel_by_rule(EntityLabel::Org);
        }
    }
}

/// Whether `before` ends with a preposition of place and a space.
fn after_place_preposition(before: &str) -> bool {
    before
        .strip_suffix(' ')
        .and_then(|b| b.split_whitespace().next_back())
        .is_some_and(|w| PLACE_PREPOSITIONS.contains(&w.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntitySource;

    fn span(text: &str, name: &str, nth: usize, label: EntityLabel) -> Candidate {
        let at = text.match_indices(name).nth(nth).map_or(0, |(i, _)| i);
        Candidate {
            range: at..at + name.len(),
            label,
            source: EntitySource::Model,
            confidence: None,
        }
    }

    #[test]
    fn a_town_named_in_a_club_is_the_club_in_a_match_report() {
        let text =
            "Wrexham AFC beat Hull City 2-1. Hull led early. Fans in Hull wept after the goal.";
        let labels = |text: &str| {
            let mut merged = vec![
                span(text, "Wrexham AFC", 0, EntityLabel::Org),
                span(text, "Hull City", 0, EntityLabel::Org),
                span(text, "Hull", 1, EntityLabel::Loc),
                span(text, "Hull", 2, EntityLabel::Loc),
            ];
            relabel(text, &mut merged);
            merged.iter().map(|c| c.label).collect::<Vec<_>>()
        };
        use EntityLabel::{Loc, Org};
        assert_eq!(labels(text), vec![Org, Org, Org, Loc]);
        // no score, no match report
        assert_eq!(
            labels(&text.replace("2-1", "twice")),
            vec![Org, Org, Loc, Loc]
        );
    }

    #[test]
    fn a_listed_club_outranks_a_model_place_on_its_span() {
        let text = "Hull City lost at Luton Town.";
        let listed = Candidate {
            source: EntitySource::Gazetteer(CLUBS.into()),
            ..span(text, "Hull City", 0, EntityLabel::Org)
        };
        let clubs = listed_clubs(&[listed, span(text, "Luton", 0, EntityLabel::Loc)]);
        let mut merged = vec![
            span(text, "Hull City", 0, EntityLabel::Loc),
            span(text, "Luton Town", 0, EntityLabel::Org),
        ];
        relabel_listed(&clubs, &mut merged);
        assert_eq!(merged[0].label, EntityLabel::Org);
        assert_eq!(merged[0].source, EntitySource::Gazetteer(CLUBS.into()));
        assert_eq!(merged[1].source, EntitySource::Model);
        // an institution of `news_names.tsv` outranks a person, not a place
        let text = "La Cruz Roja y Madrid Central.";
        let listed = |name: &str| Candidate {
            source: EntitySource::Gazetteer("news_names".into()),
            ..span(text, name, 0, EntityLabel::Org)
        };
        let lists = listed_clubs(&[listed("Cruz Roja"), listed("Madrid Central")]);
        let mut merged = vec![
            span(text, "Cruz Roja", 0, EntityLabel::Per),
            span(text, "Madrid Central", 0, EntityLabel::Loc),
        ];
        relabel_listed(&lists, &mut merged);
        assert_eq!(merged[0].label, EntityLabel::Org);
        assert_eq!(merged[1].label, EntityLabel::Loc);
    }
}
