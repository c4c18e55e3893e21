//! Rule and gazetteer entities (placeholder until the rules work lands).
use crate::annotation::{Candidate, EntityLabel, SentenceView};

/// Rule tagger.
#[derive(Debug, Default)]
pub struct RuleTagger;
impl RuleTagger {
    /// Built in.
    pub fn builtin() -> RuleTagger {
        RuleTagger
    }
    /// Rules only.
    pub fn rules_only() -> RuleTagger {
        RuleTagger
    }
    /// Adds a gazetteer.
    pub fn add_gazetteer(
        &mut self,
        _name: &str,
        _content: &str,
        _l: Option<EntityLabel>,
        _cs: bool,
    ) -> Result<(), String> {
        Ok(())
    }
    /// Tags.
    pub fn tag(&self, _text: &str, _sentences: &[SentenceView]) -> Vec<Candidate> {
        Vec::new()
    }
}
/// Merge.
pub fn merge(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        a.range
            .start
            .cmp(&b.range.start)
            .then(b.range.end.cmp(&a.range.end))
    });
    let mut out: Vec<Candidate> = Vec::new();
    for c in candidates {
        if out.last().is_none_or(|l| l.range.end <= c.range.start) {
            out.push(c);
        }
    }
    out
}
