//! The entity merge policy: one non-overlapping set of entities from model, rule and gazetteer
//! candidates. The policy is documented in `docs/rules.md`; in short:
//!
//! 1. Exact duplicates (same range, same label) collapse to the best source (model > gazetteer > rule).
//! 2. Names (PER/ORG/LOC/MISC) compete among themselves: longest span first, then model > gazetteer >
//!    rule, then earlier start, then label order. A span is kept when it overlaps nothing kept so far.
//! 3. Numbers (DATE/TIME/PERCENT/MONEY/QUANTITY/ORDINAL/CARDINAL) compete among themselves the same way.
//! 4. Numbers against names: a name that strictly contains a number keeps it out ("Apollo 11",
//!    "Formula 1"); in every other overlap the number wins and the name goes ("June" tagged PER inside
//!    "June 17", a model span "2024 Chinese" overlapping the year).
//! 5. Candidates that lost only to spans removed in step 4 get a second chance, in the same order.
//! 6. Output is sorted by (start, longer first, label).

use crate::annotation::{Candidate, EntityLabel, EntitySource};
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::ops::Range;

fn is_numeric(label: EntityLabel) -> bool {
    matches!(
        label,
        EntityLabel::Date
            | EntityLabel::Percent
            | EntityLabel::Money
            | EntityLabel::Cardinal
            | EntityLabel::Time
            | EntityLabel::Quantity
            | EntityLabel::Ordinal
    )
}

/// Source priority on otherwise equal spans: a rule or gazetteer hit that is certain (confidence
/// 1.0: a structural cue such as the agency in a dateline "BEIJING, June 17 (Xinhua) --", or a list
/// set to outrank the model) outranks the model, then model, gazetteer, and other rules.
fn source_rank(c: &Candidate) -> u8 {
    let certain = c.confidence.is_some_and(|x| x >= 1.0);
    match &c.source {
        EntitySource::Rule | EntitySource::Gazetteer(_) if certain => 0,
        EntitySource::Model => 1,
        EntitySource::Gazetteer(_) => 2,
        EntitySource::Rule => 3,
    }
}

/// Disjoint kept spans by start, so overlap checks are logarithmic.
#[derive(Default)]
struct Kept(BTreeMap<usize, Candidate>);

impl Kept {
    /// Starts of kept spans overlapping `r` (kept spans are disjoint, so their ends fall with their starts).
    fn overlapping(&self, r: &Range<usize>) -> Vec<usize> {
        self.0
            .range(..r.end)
            .rev()
            .take_while(|(_, c)| c.range.end > r.start)
            .map(|(s, _)| *s)
            .collect()
    }

    fn is_free(&self, r: &Range<usize>) -> bool {
        self.0
            .range(..r.end)
            .next_back()
            .is_none_or(|(_, c)| c.range.end <= r.start)
    }

    fn insert(&mut self, c: Candidate) {
        self.0.insert(c.range.start, c);
    }
}

/// Priority order within one family: longer, better source, earlier, label, source name.
fn priority(a: &Candidate, b: &Candidate) -> Ordering {
    let len = |c: &Candidate| c.range.end.saturating_sub(c.range.start);
    len(b)
        .cmp(&len(a))
        .then_with(|| source_rank(a).cmp(&source_rank(b)))
        .then_with(|| a.range.start.cmp(&b.range.start))
        .then_with(|| a.label.cmp(&b.label))
        .then_with(|| a.source.cmp(&b.source))
        .then_with(|| {
            b.confidence
                .partial_cmp(&a.confidence)
                .unwrap_or(Ordering::Equal)
        })
}

/// Greedy selection of non-overlapping candidates in priority order; returns the rejected ones.
fn select(mut cands: Vec<Candidate>, kept: &mut Kept, policy: MergePolicy) -> Vec<Candidate> {
    cands.sort_by(|a, b| policy.order(a, b));
    let mut rejected = Vec::new();
    for c in cands {
        if kept.is_free(&c.range) {
            kept.insert(c);
        } else {
            rejected.push(c);
        }
    }
    rejected
}

/// Sorts by (start, longer first, label), the output order of every entity list.
pub fn sort_entities(v: &mut [Candidate]) {
    v.sort_by(|a, b| {
        a.range
            .start
            .cmp(&b.range.start)
            .then_with(|| b.range.end.cmp(&a.range.end))
            .then_with(|| a.label.cmp(&b.label))
            .then_with(|| source_rank(a).cmp(&source_rank(b)))
    });
}

/// The merge policy: takes candidates from every source (model, rules, gazetteers), returns a
/// non-overlapping set sorted by start (then longer first, then label). Empty ranges are dropped.
pub fn merge(candidates: Vec<Candidate>) -> Vec<Candidate> {
    merge_with(candidates, MergePolicy::LongestThenModel)
}

/// How overlapping names from different sources are ranked (numbers follow the same rule set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MergePolicy {
    /// Longest span first; on equal length model > gazetteer > rule (`longest_then_model`, the default).
    #[default]
    LongestThenModel,
    /// Gazetteer and rule spans first (longest first among them), the model fills the gaps
    /// (`rules_first`): for high-precision lists and rules over a weaker model.
    RulesFirst,
}

impl MergePolicy {
    /// Parses a policy name as written in pipeline files: `longest_then_model` or `rules_first`.
    pub fn parse(name: &str) -> Option<MergePolicy> {
        match name.trim() {
            "longest_then_model" => Some(MergePolicy::LongestThenModel),
            "rules_first" => Some(MergePolicy::RulesFirst),
            _ => None,
        }
    }

    /// The policy's name as written in pipeline files.
    pub fn as_str(self) -> &'static str {
        match self {
            MergePolicy::LongestThenModel => "longest_then_model",
            MergePolicy::RulesFirst => "rules_first",
        }
    }

    fn order(self, a: &Candidate, b: &Candidate) -> Ordering {
        let model_last = |c: &Candidate| u8::from(c.source == EntitySource::Model);
        match self {
            MergePolicy::LongestThenModel => priority(a, b),
            MergePolicy::RulesFirst => model_last(a)
                .cmp(&model_last(b))
                .then_with(|| priority(a, b)),
        }
    }
}

/// [`merge`] with a chosen [`MergePolicy`] for competing spans; steps 1 and 4-6 are the same.
pub fn merge_with(candidates: Vec<Candidate>, policy: MergePolicy) -> Vec<Candidate> {
    let (names, numbers): (Vec<Candidate>, Vec<Candidate>) = candidates
        .into_iter()
        .filter(|c| c.range.start < c.range.end)
        .partition(|c| !is_numeric(c.label));
    let mut kept = Kept::default();
    let rejected_names = select(names, &mut kept, policy);
    let mut kept_numbers = Kept::default();
    let rejected_numbers = select(numbers, &mut kept_numbers, policy);

    // numbers against names
    for (_, n) in kept_numbers.0 {
        let hit = kept.overlapping(&n.range);
        let inside_name = hit.iter().filter_map(|s| kept.0.get(s)).any(|m| {
            m.range.start <= n.range.start && n.range.end <= m.range.end && m.range != n.range
        });
        if inside_name {
            continue;
        }
        for s in hit {
            kept.0.remove(&s);
        }
        kept.insert(n);
    }

    // second chance for candidates that lost to something now gone
    let mut rest = rejected_names;
    rest.extend(rejected_numbers);
    rest.sort_by(|a, b| policy.order(a, b));
    for c in rest {
        if kept.is_free(&c.range) {
            kept.insert(c);
        }
    }
    let mut out: Vec<Candidate> = kept.0.into_values().collect();
    sort_entities(&mut out);
    out
}
#[cfg(test)]
mod tests {
    use super::*;
    use EntityLabel::*;

    fn c(a: usize, b: usize, label: EntityLabel, source: EntitySource) -> Candidate {
        Candidate {
            range: a..b,
            label,
            source,
            confidence: None,
        }
    }
    fn g() -> EntitySource {
        EntitySource::Gazetteer("places".into())
    }
    use EntitySource::{Model as M, Rule as R};

    fn out(v: Vec<Candidate>) -> Vec<(usize, usize, EntityLabel, EntitySource)> {
        merge(v)
            .into_iter()
            .map(|c| (c.range.start, c.range.end, c.label, c.source))
            .collect()
    }

    #[test]
    fn longest_name_wins_then_source() {
        // "Chinese University of Hong Kong" (rule ORG) over "Hong Kong" (gazetteer LOC) and "Chinese" (MISC)
        let v = vec![c(20, 29, Loc, g()), c(0, 7, Misc, g()), c(0, 29, Org, R)];
        assert_eq!(out(v), vec![(0, 29, Org, R)]);
        // equal span: model > gazetteer > rule
        let v = vec![c(0, 5, Per, R), c(0, 5, Loc, g()), c(0, 5, Org, M)];
        assert_eq!(out(v), vec![(0, 5, Org, M)]);
        let v = vec![c(0, 5, Per, R), c(0, 5, Loc, g())];
        assert_eq!(out(v), vec![(0, 5, Loc, g())]);
        // a certain gazetteer hit (a list set to outrank the model) beats the model on its span,
        // but not a longer model span
        let certain = Candidate {
            confidence: Some(1.0),
            ..c(0, 5, Loc, g())
        };
        let v = vec![c(0, 5, Per, M), certain.clone()];
        assert_eq!(out(v), vec![(0, 5, Loc, g())]);
        let v = vec![c(0, 9, Per, M), certain];
        assert_eq!(out(v), vec![(0, 9, Per, M)]);
    }

    #[test]
    fn numbers_against_names() {
        // model "Apollo 11" contains rule CARDINAL "11": the name stays
        assert_eq!(
            out(vec![c(0, 9, Misc, M), c(7, 9, Cardinal, R)]),
            vec![(0, 9, Misc, M)]
        );
        // model PER "June" inside rule DATE "June 17": the date wins
        assert_eq!(
            out(vec![c(0, 4, Per, M), c(0, 7, Date, R)]),
            vec![(0, 7, Date, R)]
        );
        // partial overlap: number wins; the name that lost to the removed one comes back
        let v = vec![c(2, 12, Misc, M), c(5, 12, Misc, g()), c(0, 4, Date, R)];
        assert_eq!(out(v), vec![(0, 4, Date, R), (5, 12, Misc, g())]);
        // equal span: number wins (not strictly inside)
        assert_eq!(
            out(vec![c(0, 4, Loc, M), c(0, 4, Date, R)]),
            vec![(0, 4, Date, R)]
        );
    }

    #[test]
    fn rules_first_policy() {
        // model "Chinese University" vs rule "University of Hong Kong": the rule span wins
        let v = vec![c(0, 18, Org, M), c(8, 31, Org, R), c(33, 38, Per, M)];
        let got: Vec<_> = merge_with(v.clone(), MergePolicy::RulesFirst)
            .into_iter()
            .map(|c| (c.range, c.source))
            .collect();
        assert_eq!(got, vec![(8..31, R), (33..38, M)]);
        let got: Vec<_> = merge(v).into_iter().map(|c| (c.range, c.source)).collect();
        assert_eq!(got, vec![(8..31, R), (33..38, M)]);
        // a longer model span loses only under rules_first
        let v = vec![c(0, 20, Org, M), c(4, 10, Loc, g())];
        assert_eq!(
            merge_with(v.clone(), MergePolicy::RulesFirst)
                .first()
                .map(|c| c.label),
            Some(Loc)
        );
        assert_eq!(merge(v).first().map(|c| c.label), Some(Org));
        assert_eq!(
            MergePolicy::parse("rules_first"),
            Some(MergePolicy::RulesFirst)
        );
        assert_eq!(
            MergePolicy::parse(MergePolicy::default().as_str()),
            Some(MergePolicy::LongestThenModel)
        );
        assert_eq!(MergePolicy::parse("longest"), None);
    }

    #[test]
    fn output_is_sorted_disjoint_and_order_free() {
        let v = vec![
            c(10, 14, Cardinal, R),
            c(0, 3, Per, M),
            c(10, 20, Percent, R),
            c(2, 6, Org, g()),
            c(30, 30, Per, M),
            c(25, 28, Loc, M),
            c(25, 28, Loc, R),
        ];
        let a = out(v.clone());
        assert_eq!(
            a,
            vec![(2, 6, Org, g()), (10, 20, Percent, R), (25, 28, Loc, M)]
        );
        let mut rev = v;
        rev.reverse();
        assert_eq!(out(rev), a);
        assert!(merge(Vec::new()).is_empty());
    }
}
