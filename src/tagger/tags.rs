//! The BILOU tag scheme: how entity spans over tokens become one tag per token and back.
//!
//! BILOU (Begin, Inside, Last, Outside, Unit) beats BIO for linear models (Ratinov & Roth 2009):
//! the last token of a name and single-token names get their own weights. Tag 0 is `O`; label `l`
//! owns tags `1 + 4l ..= 4 + 4l` (B, I, L, U).

use std::ops::Range;

/// The position part of a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Outside any entity.
    O,
    /// First token of a multi-token entity.
    B,
    /// Inner token of a multi-token entity.
    I,
    /// Last token of a multi-token entity.
    L,
    /// A single-token entity.
    U,
}

/// Number of tags for `labels` entity labels.
pub fn tag_count(labels: usize) -> usize {
    1 + 4 * labels
}

/// Splits a tag index into its part and label index (`None` for `O`).
pub fn split(tag: usize) -> (Part, Option<usize>) {
    if tag == 0 {
        return (Part::O, None);
    }
    let l = (tag - 1) / 4;
    let part = match (tag - 1) % 4 {
        0 => Part::B,
        1 => Part::I,
        2 => Part::L,
        _ => Part::U,
    };
    (part, Some(l))
}

/// Builds a tag index from a part and a label index.
pub fn join(part: Part, label: usize) -> usize {
    match part {
        Part::O => 0,
        Part::B => 1 + 4 * label,
        Part::I => 2 + 4 * label,
        Part::L => 3 + 4 * label,
        Part::U => 4 + 4 * label,
    }
}

/// Whether `cur` may follow `prev` (`None` = sentence start).
pub fn allowed(prev: Option<usize>, cur: usize) -> bool {
    let (pp, pl) = prev.map_or((Part::O, None), split);
    let (cp, cl) = split(cur);
    match pp {
        Part::O | Part::L | Part::U => matches!(cp, Part::O | Part::B | Part::U),
        Part::B | Part::I => matches!(cp, Part::I | Part::L) && pl == cl,
    }
}

/// Whether a sentence may end on `tag`.
pub fn allowed_end(tag: usize) -> bool {
    matches!(split(tag).0, Part::O | Part::L | Part::U)
}

/// Encodes entity spans (token index ranges with label indices) as tags for `n` tokens.
/// Overlapping or out-of-range spans are skipped.
pub fn encode(n: usize, spans: &[(Range<usize>, usize)]) -> Vec<usize> {
    let mut tags = vec![0usize; n];
    for (r, label) in spans {
        if r.start >= r.end
            || r.end > n
            || tags
                .get(r.clone())
                .is_some_and(|t| t.iter().any(|&x| x != 0))
        {
            continue;
        }
        if r.end - r.start == 1 {
            if let Some(t) = tags.get_mut(r.start) {
                *t = join(Part::U, *label);
            }
            continue;
        }
        for (k, t) in tags.iter_mut().enumerate().take(r.end).skip(r.start) {
            let part = if k == r.start {
                Part::B
            } else if k + 1 == r.end {
                Part::L
            } else {
                Part::I
            };
            *t = join(part, *label);
        }
    }
    tags
}

/// Decodes tags into entity spans; tolerant of invalid sequences (a broken entity is closed early).
pub fn decode(tags: &[usize]) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (k, &t) in tags.iter().enumerate() {
        let (part, label) = split(t);
        match (part, label) {
            (Part::U, Some(l)) => {
                if let Some((s, ol)) = open.take() {
                    out.push((s..k, ol));
                }
                out.push((k..k + 1, l));
            }
            (Part::B, Some(l)) => {
                if let Some((s, ol)) = open.take() {
                    out.push((s..k, ol));
                }
                open = Some((k, l));
            }
            (Part::I, Some(l)) | (Part::L, Some(l)) => {
                match open {
                    Some((_, ol)) if ol == l => {}
                    Some((s, ol)) => {
                        out.push((s..k, ol));
                        open = Some((k, l));
                    }
                    None => open = Some((k, l)),
                }
                if part == Part::L {
                    if let Some((s, ol)) = open.take() {
                        out.push((s..k + 1, ol));
                    }
                }
            }
            _ => {
                if let Some((s, ol)) = open.take() {
                    out.push((s..k, ol));
                }
            }
        }
    }
    if let Some((s, ol)) = open {
        out.push((s..tags.len(), ol));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let spans = vec![(0..1, 0), (2..5, 1), (5..7, 0)];
        let tags = encode(8, &spans);
        assert_eq!(tags, vec![4, 0, 5, 6, 7, 1, 3, 0]);
        assert_eq!(decode(&tags), spans);
    }

    #[test]
    fn transitions() {
        assert!(allowed(None, join(Part::B, 2)));
        assert!(!allowed(None, join(Part::I, 0)));
        assert!(allowed(Some(join(Part::B, 1)), join(Part::L, 1)));
        assert!(!allowed(Some(join(Part::B, 1)), join(Part::L, 2)));
        assert!(!allowed(Some(join(Part::I, 1)), 0));
        assert!(allowed_end(join(Part::U, 3)));
        assert!(!allowed_end(join(Part::I, 3)));
    }

    #[test]
    fn decode_tolerates_broken_sequences() {
        // I without B, then a B that never closes.
        let tags = vec![join(Part::I, 0), join(Part::L, 0), 0, join(Part::B, 1)];
        assert_eq!(decode(&tags), vec![(0..2, 0), (3..4, 1)]);
    }

    #[test]
    fn encode_skips_overlaps_and_bad_ranges() {
        let tags = encode(3, &[(0..2, 0), (1..3, 1), (2..9, 0)]);
        assert_eq!(tags, vec![1, 3, 0]);
    }
}
