//! The immutable feature-weight table used at inference.
//!
//! Perceptron rows are sparse (a feature is only updated for the tags it was confused with), so
//! each row is stored as a short run of `(tag, i16 weight)` pairs behind an open-addressing index
//! of 64-bit feature keys. Quantised 16-bit weights are summed as integers and scaled once per
//! token; the small footprint keeps lookups in cache, which is what tagging speed depends on.

/// One index slot: feature key and the run of its row in `data`.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    key: u64,
    start: u32,
    len: u32,
}

/// Slot key reserved for "empty" (a real key equal to it is remapped).
const EMPTY: u64 = 0;

fn slot_key(k: u64) -> u64 {
    if k == EMPTY {
        1
    } else {
        k
    }
}

/// A sparse quantised row: `(tag, weight)` pairs.
pub type QuantRow = Vec<(u16, i16)>;

/// Feature key to sparse weight row, with one scale for all weights.
#[derive(Debug, Clone)]
pub struct WeightTable {
    ntags: usize,
    scale: f32,
    mask: usize,
    slots: Vec<Slot>,
    data: Vec<(u16, i16)>,
    rows: usize,
}

impl WeightTable {
    /// Quantises dense rows (`ntags` values each) to 16 bits and builds the table.
    pub fn new(ntags: usize, entries: Vec<(u64, Vec<f32>)>) -> Self {
        let max = entries
            .iter()
            .flat_map(|e| e.1.iter())
            .fold(0.0f32, |a, w| a.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let rows = entries
            .into_iter()
            .map(|(k, row)| {
                let q: QuantRow = row
                    .iter()
                    .take(ntags)
                    .enumerate()
                    .map(|(t, w)| {
                        (
                            t as u16,
                            (w / scale).round().clamp(-32767.0, 32767.0) as i16,
                        )
                    })
                    .filter(|(_, w)| *w != 0)
                    .collect();
                (k, q)
            })
            .collect();
        Self::from_quantized(ntags, scale, rows)
    }

    /// Builds the table from quantised sparse rows (tags at or above `ntags` are dropped).
    pub fn from_quantized(ntags: usize, scale: f32, mut rows: Vec<(u64, QuantRow)>) -> Self {
        rows.sort_by_key(|r| r.0);
        rows.dedup_by_key(|r| slot_key(r.0));
        // Load factor at most 1/2: absent keys (most lookups) then stop after ~2.5 probes.
        let cap = (rows.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![Slot::default(); cap];
        let mut data = Vec::new();
        for (k, row) in &rows {
            let k = slot_key(*k);
            let mut i = (mix_index(k)) & mask;
            while slots.get(i).is_some_and(|s| s.key != EMPTY) {
                i = (i + 1) & mask;
            }
            let start = data.len() as u32;
            data.extend(row.iter().filter(|(t, _)| usize::from(*t) < ntags));
            if let Some(s) = slots.get_mut(i) {
                *s = Slot {
                    key: k,
                    start,
                    len: data.len() as u32 - start,
                };
            }
        }
        WeightTable {
            ntags,
            scale,
            mask,
            slots,
            data,
            rows: rows.len(),
        }
    }

    /// The factor that turns quantised weights back into scores.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    #[inline]
    fn row(&self, key: u64) -> Option<&[(u16, i16)]> {
        let k = slot_key(key);
        let mut i = mix_index(k) & self.mask;
        loop {
            let s = self.slots.get(i)?;
            if s.key == k {
                return self.data.get(s.start as usize..(s.start + s.len) as usize);
            }
            if s.key == EMPTY {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the quantised weights of `key` into integer accumulators (one per tag).
    #[inline]
    pub fn add(&self, key: u64, acc: &mut [i32]) {
        if let Some(row) = self.row(key) {
            for &(t, w) in row {
                if let Some(a) = acc.get_mut(usize::from(t)) {
                    *a += i32::from(w);
                }
            }
        }
    }

    /// Adds the weights of all `keys` into `acc`, like calling [`WeightTable::add`] for each, but
    /// in three passes (gather slots, then runs, then weights) so the cache misses of independent
    /// keys overlap instead of waiting behind each other's unpredictable branches.
    pub fn add_all(&self, keys: &[u64], acc: &mut [i32]) {
        const CHUNK: usize = 64;
        let mut first = [Slot::default(); CHUNK];
        let mut runs = [(0u32, 0u32); CHUNK];
        for chunk in keys.chunks(CHUNK) {
            for (f, &k) in first.iter_mut().zip(chunk) {
                let k = slot_key(k);
                *f = self
                    .slots
                    .get(mix_index(k) & self.mask)
                    .copied()
                    .unwrap_or_default();
            }
            let mut n = 0;
            for (f, &k) in first.iter().zip(chunk) {
                let k = slot_key(k);
                let run = if f.key == k {
                    Some((f.start, f.len))
                } else if f.key == EMPTY {
                    None
                } else {
                    self.find(k).map(|s| (s.start, s.len))
                };
                if let (Some(run), Some(slot)) = (run, runs.get_mut(n)) {
                    *slot = run;
                    n += 1;
                }
            }
            for &(start, len) in runs.iter().take(n) {
                for &(t, w) in self
                    .data
                    .get(start as usize..(start + len) as usize)
                    .unwrap_or(&[])
                {
                    if let Some(a) = acc.get_mut(usize::from(t)) {
                        *a += i32::from(w);
                    }
                }
            }
        }
    }

    fn find(&self, k: u64) -> Option<Slot> {
        let mut i = mix_index(k) & self.mask;
        loop {
            let s = *self.slots.get(i)?;
            if s.key == k {
                return Some(s);
            }
            if s.key == EMPTY {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The dense (dequantised) row of `key`.
    pub fn get(&self, key: u64) -> Option<Vec<f32>> {
        let row = self.row(key)?;
        let mut out = vec![0.0f32; self.ntags];
        for &(t, w) in row {
            if let Some(o) = out.get_mut(usize::from(t)) {
                *o = f32::from(w) * self.scale;
            }
        }
        Some(out)
    }

    /// All quantised rows sorted by key (for serialisation).
    pub fn quantized(&self) -> Vec<(u64, &[(u16, i16)])> {
        let mut out: Vec<(u64, &[(u16, i16)])> = self
            .slots
            .iter()
            .filter(|s| s.key != EMPTY)
            .filter_map(|s| {
                Some((
                    s.key,
                    self.data
                        .get(s.start as usize..(s.start + s.len) as usize)?,
                ))
            })
            .collect();
        out.sort_by_key(|e| e.0);
        out
    }

    /// Number of feature rows.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// True when the table holds no rows.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }
}

/// Spreads keys over slots (keys are hashes already; fold the high bits in for safety).
#[inline]
fn mix_index(k: u64) -> usize {
    (k ^ (k >> 29)) as usize
}

#[cfg(test)]
mod tests {
    #[test]
    fn add_all_matches_add_with_collisions() {
        // Many keys in a small table force probing past the first slot.
        let entries: Vec<(u64, Vec<f32>)> =
            (0..200u64).map(|k| (k * 16, vec![k as f32, 1.0])).collect();
        let t = WeightTable::new(2, entries);
        let keys: Vec<u64> = (0..300u64).map(|k| k * 8).collect();
        let (mut a, mut b) = ([0i32; 2], [0i32; 2]);
        for &k in &keys {
            t.add(k, &mut a);
        }
        t.add_all(&keys, &mut b);
        assert_eq!(a, b);
    }

    use super::*;

    #[test]
    fn lookup_and_quantisation() {
        let t = WeightTable::new(
            2,
            vec![(0, vec![1.0, 2.0]), (42, vec![-3.0, 0.0]), (58, vec![0.5])],
        );
        let close = |a: &[f32], b: &[f32]| a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-3);
        assert!(close(&t.get(0).unwrap(), &[1.0, 2.0]));
        assert!(close(&t.get(42).unwrap(), &[-3.0, 0.0]));
        assert!(close(&t.get(58).unwrap(), &[0.5, 0.0]));
        assert_eq!(t.get(7), None);
        assert_eq!(t.len(), 3);
        let keys: Vec<u64> = t.quantized().iter().map(|e| e.0).collect();
        assert_eq!(keys, vec![1, 42, 58]);
        let mut acc = [0i32; 2];
        t.add(42, &mut acc);
        t.add(0, &mut acc);
        assert!(((acc[0] as f32) * t.scale() - -2.0).abs() < 1e-3);
        let mut acc2 = [0i32; 2];
        t.add_all(&[42, 7, 0], &mut acc2);
        assert_eq!(acc, acc2);
    }

    #[test]
    fn from_quantized_drops_bad_tags_and_duplicates() {
        let t =
            WeightTable::from_quantized(2, 1.0, vec![(5, vec![(0, 3), (9, 4)]), (5, vec![(1, 1)])]);
        assert_eq!(t.len(), 1);
        assert_eq!(t.get(5).unwrap().len(), 2);
        assert_eq!(t.quantized()[0].1.len(), 1);
    }
}
