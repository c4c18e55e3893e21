//! Dates glued to names in Chinese text. Chinese writes no space between a name and the weekday
//! after it (`魏哲家周四在新竹表示`, "Wei Zhejia said on Thursday in Hsinchu"), and the character
//! model sometimes runs the name on into the date. The rules know the date (`周四`), so a model
//! span that ends with a date or time the rules found ends before it, and the merge then keeps
//! both.

use crate::annotation::{Candidate, EntityLabel};
use std::collections::HashMap;

/// The models of languages written without spaces, whose spans may swallow a date.
const UNSPACED_MODELS: [&str; 2] = ["zh", "ja"];

/// Cuts the rules' dates and times off the end of model spans of an unspaced language's model.
pub(crate) fn cut_trailing_dates(lang: &str, tagged: &mut Vec<Candidate>, rules: &[Candidate]) {
    if !UNSPACED_MODELS.contains(&lang) {
        return;
    }
    // the rules' dates by their end (a document may hold many: no scan per span)
    let mut dates: HashMap<usize, Vec<usize>> = HashMap::new();
    for r in rules {
        if matches!(r.label, EntityLabel::Date | EntityLabel::Time) {
            dates.entry(r.range.end).or_default().push(r.range.start);
        }
    }
    if dates.is_empty() {
        return;
    }
    for name in tagged.iter_mut() {
        let start = dates.get(&name.range.end).and_then(|starts| {
            starts
                .iter()
                .copied()
                .filter(|s| *s > name.range.start)
                .min()
        });
        if let Some(start) = start {
            name.range.end = start;
        }
    }
    tagged.retain(|c| c.range.start < c.range.end);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntitySource;

    fn cand(range: std::ops::Range<usize>, label: EntityLabel, source: EntitySource) -> Candidate {
        Candidate {
            range,
            label,
            source,
            confidence: None,
        }
    }

    #[test]
    fn a_weekday_after_a_chinese_name_is_cut_off() {
        let text = "魏哲家周四在新竹表示";
        let name_end = "魏哲家周四".len();
        let date_start = "魏哲家".len();
        let rules = vec![cand(
            date_start..name_end,
            EntityLabel::Date,
            EntitySource::Rule,
        )];
        let mut tagged = vec![cand(0..name_end, EntityLabel::Per, EntitySource::Model)];
        cut_trailing_dates("zh", &mut tagged, &rules);
        assert_eq!(tagged[0].range, 0..date_start);
        assert_eq!(text.get(tagged[0].range.clone()), Some("魏哲家"));
        // a spaced language's model keeps its spans; so does a name that is only the date
        let mut english = vec![cand(0..name_end, EntityLabel::Per, EntitySource::Model)];
        cut_trailing_dates("en", &mut english, &rules);
        assert_eq!(english[0].range, 0..name_end);
        let mut same = vec![cand(
            date_start..name_end,
            EntityLabel::Per,
            EntitySource::Model,
        )];
        cut_trailing_dates("zh", &mut same, &rules);
        assert_eq!(same[0].range, date_start..name_end);
    }
}
