//! Japanese persons found again where they recur without a title. A headline names a person bare
//! (`大谷翔平、前人未到の50本塁打`) and the text then adds the title that the rules need
//! (`大谷翔平選手は`): the rules found the second mention only. So a person of three or more kanji
//! that `japanese::names` found in a document is a person at its other mentions in Japanese
//! sentences too, where no other hit is and no kanji is glued before it (`新大谷翔平` would be
//! another word). Shorter names (`田中`) recur inside too many other words to be remembered.

use super::japanese::{glued_to_kanji, is_kanji_char};
use super::scan::Hit;
use super::token::{Kind, Tokens};
use crate::annotation::EntityLabel;

/// The fewest kanji a remembered name has.
const MIN_KANJI: usize = 3;

/// The other mentions, in the sentences `sents` (token ranges), of the persons in `found`; `taken`
/// are the hits already made (rules, lists and numbers), which a mention may not overlap.
pub(crate) fn recurring_persons(
    t: &Tokens,
    sents: &[(usize, usize)],
    found: &[Hit],
    taken: &[Hit],
) -> Vec<Hit> {
    let kanji =
        |k: usize| t.kind(k) == Some(Kind::Han) && t.s(k).chars().next().is_some_and(is_kanji_char);
    let mut names: Vec<Vec<&str>> = found
        .iter()
        .filter(|h| h.label == EntityLabel::Per && h.end - h.start >= MIN_KANJI)
        .filter(|h| (h.start..h.end).all(kanji))
        .map(|h| (h.start..h.end).map(|k| t.s(k)).collect())
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut out: Vec<Hit> = Vec::new();
    if names.is_empty() {
        return out;
    }
    let free = |a: usize, b: usize, out: &[Hit]| {
        !taken
            .iter()
            .chain(found)
            .chain(out)
            .any(|h| h.start < b && a < h.end)
    };
    for &(a, b) in sents {
        for i in a..b {
            for name in &names {
                let end = i + name.len();
                let spelled = end <= b
                    && name
                        .iter()
                        .enumerate()
                        .all(|(n, c)| t.s(i + n) == *c && (n == 0 || t.attached(i + n)));
                if spelled && !glued_to_kanji(t, i) && free(i, end, &out) {
                    out.push(Hit {
                        start: i,
                        end,
                        label: EntityLabel::Per,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::annotation::EntityLabel::Per;
    use crate::rules::tests::entities;
    use crate::rules::RuleTagger;

    #[test]
    fn a_person_found_with_a_title_is_found_bare_elsewhere() {
        let tagger = RuleTagger::builtin();
        let persons = |text: &str| -> Vec<String> {
            entities(&tagger, text, "ja")
                .into_iter()
                .filter(|(_, l)| *l == Per)
                .map(|(s, _)| s)
                .collect()
        };
        let text = "大谷翔平、本塁打記録。ドジャースの大谷翔平選手は19日に出場した。";
        assert_eq!(persons(text), ["大谷翔平", "大谷翔平"]);
        // a two-kanji surname alone is not remembered
        assert_eq!(persons("田中は来た。田中さんは19日に話した。"), ["田中"]);
    }
}
