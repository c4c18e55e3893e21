//! The immutable feature-weight table used at inference.
//!
//! Perceptron rows are stored sparse on disk (a feature is only updated for the tags it was
//! confused with) but dense in memory: one run of `ntags` 16-bit weights per feature, in an
//! open-addressing table of 64-bit feature keys. Adding a dense row is a handful of vector
//! instructions where a sparse row costs a branch and a bounds check per entry; with 13 or 17
//! tags and about 5 non-zero weights per row the dense table is only ~1.5x larger. Quantised
//! weights are summed as integers and scaled once per token.
//!
//! A row's weights sit at its key's slot (not behind a row number stored in the slot), so the
//! address of a key's weights is known as soon as its home slot is: the processor loads the
//! slot's fingerprint and the weights at once instead of one after the other, and most look-ups
//! are hits (about half of all keys on English news; the filter drops most of the rest).

/// Fingerprint reserved for "empty" (a real fingerprint equal to it is remapped).
const EMPTY: u32 = 0;

/// Where a feature key lives: the 32 bits that pick its home slot (see [`home_slot`]) and its
/// fingerprint (the high half, never `EMPTY`). One mix serves both. A stranger key matches a
/// slot only when it has the same home region and 32 more bits agree by chance: about once per
/// four billion look-ups of absent features, adding one unrelated row's weights to one token
/// (feature keys are hashes, so their collisions are of the same kind).
#[inline]
fn locate(k: u64) -> (u32, u32) {
    // a bijective mix, so that the slot and the fingerprint are independent bits of the key
    // whatever its distribution
    let m = super::hashing::finalize(k);
    let fingerprint = match (m >> 32) as u32 {
        EMPTY => 1,
        f => f,
    };
    (m as u32, fingerprint)
}

/// The home slot of a key whose low mixed bits are `low`, in a table of `cap` slots (the
/// multiply-shift range reduction, so `cap` need not be a power of two).
#[inline]
fn home_slot(low: u32, cap: usize) -> usize {
    ((u64::from(low) * cap as u64) >> 32) as usize
}

/// A sparse quantised row: `(tag, weight)` pairs.
pub type QuantRow = Vec<(u16, i16)>;

/// Feature key to weight row, with one scale for all weights.
#[derive(Debug, Clone)]
pub struct WeightTable {
    ntags: usize,
    scale: f32,
    /// Slots: twice the rows (load factor 1/2, so absent keys stop after ~2.5 probes).
    cap: usize,
    /// One record of `ntags + 2` values per slot, slot after slot: the fingerprint of the key
    /// held there (low half first; `EMPTY`: a free slot), then its weights. A hit reads one
    /// record, one or two cache lines, instead of a fingerprint array and a weight array.
    records: Vec<i16>,
    /// The slot of each row, rows in key order (for serialisation).
    slot_of_row: Vec<u32>,
    /// The full key of each row (for serialisation; look-ups only use the fingerprints).
    keys: Vec<u64>,
    /// One bit per fingerprint hash, set for every row's: a clear bit proves a key absent. Most
    /// absent keys (rare word pairs, unseen suffixes) stop here, in an array small enough to stay
    /// in the CPU's L2 cache where the slots are not (see [`WeightTable::add_all`]).
    filter: Vec<u64>,
    filter_mask: usize,
    /// Distinct for every table built in this process (clones share it: a table never changes),
    /// so caches of its scores (`word_scores`) can tell tables apart.
    id: u64,
}

/// Bits of [`WeightTable::filter`] per row (rounded up to a power of two): with one bit per key,
/// about 1 - e^(-1/8..1/16) = 6-12% of absent keys pass it.
const FILTER_BITS_PER_ROW: usize = 8;

/// Where fingerprint `fingerprint` sits in a [`WeightTable::filter`] of `mask + 1` bits: the
/// index of its 64-bit word and its bit there.
#[inline]
fn filter_bit(fingerprint: u32, mask: usize) -> (usize, u64) {
    let bit = fingerprint as usize & mask;
    (bit / 64, 1 << (bit % 64))
}

/// The next [`WeightTable`] id.
static NEXT_TABLE_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

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
        rows.dedup_by_key(|r| r.0);
        let mut data = vec![0i16; rows.len() * ntags];
        for (dense, (_, row)) in data.chunks_exact_mut(ntags.max(1)).zip(&rows) {
            for &(t, w) in row {
                if let Some(d) = dense.get_mut(usize::from(t)) {
                    *d = w;
                }
            }
        }
        Self::from_dense(ntags, scale, rows.into_iter().map(|r| r.0).collect(), data)
    }

    /// Builds the table from dense rows (`ntags` weights each, `data`) and their keys, which must
    /// be sorted and distinct (as a model file stores them); surplus weights are dropped.
    pub fn from_dense(ntags: usize, scale: f32, keys: Vec<u64>, data: Vec<i16>) -> Self {
        let rows = data.len().checked_div(ntags).unwrap_or(0).min(keys.len());
        let cap = (rows * 2).max(16);
        let stride = ntags + 2;
        let mut records = vec![0i16; cap * stride];
        let mut slot_of_row = Vec::with_capacity(rows);
        let filter_bits = (rows * FILTER_BITS_PER_ROW).next_power_of_two().max(64);
        let mut filter = vec![0u64; filter_bits / 64];
        for (key, row) in keys.iter().zip(data.chunks_exact(ntags.max(1))).take(rows) {
            let (low, k) = locate(*key);
            let (word, bit) = filter_bit(k, filter_bits - 1);
            if let Some(w) = filter.get_mut(word) {
                *w |= bit;
            }
            let mut i = home_slot(low, cap);
            while records
                .get(i * stride..(i + 1) * stride)
                .is_some_and(|r| held(r) != EMPTY)
            {
                i = next_slot(i, cap);
            }
            if let Some(dst) = records.get_mut(i * stride..(i + 1) * stride) {
                dst[0] = k as u16 as i16;
                dst[1] = (k >> 16) as u16 as i16;
                dst[2..].copy_from_slice(row);
            }
            slot_of_row.push(i as u32);
        }
        let mut keys = keys;
        keys.truncate(rows);
        WeightTable {
            ntags,
            scale,
            cap,
            records,
            slot_of_row,
            keys,
            filter,
            filter_mask: filter_bits - 1,
            id: NEXT_TABLE_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// This table's process-wide id (see the field).
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// Weights per row.
    pub fn ntags(&self) -> usize {
        self.ntags
    }

    /// The factor that turns quantised weights back into scores.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// The record of slot `slot` (empty when out of range).
    #[inline]
    fn record(&self, slot: usize) -> &[i16] {
        let stride = self.ntags + 2;
        self.records
            .get(slot * stride..(slot + 1) * stride)
            .unwrap_or(&[])
    }

    /// The dense weights held by slot `slot`.
    #[inline]
    fn at_slot(&self, slot: usize) -> &[i16] {
        self.record(slot).get(2..).unwrap_or(&[])
    }

    #[inline]
    fn row(&self, key: u64) -> Option<&[i16]> {
        self.find(key).map(|slot| self.at_slot(slot))
    }

    /// Adds the quantised weights of `key` into integer accumulators (one per tag).
    #[inline]
    pub fn add(&self, key: u64, acc: &mut [i32]) {
        if let Some(row) = self.row(key) {
            add_row(acc, row);
        }
    }

    /// Adds the weights of all `keys` into `acc`, like calling [`WeightTable::add`] for each. Most
    /// absent keys stop at the filter; a key found in its home slot (the common case) has its
    /// weights loaded alongside its fingerprint, as their address does not depend on what the
    /// slot holds, so the cache misses of successive keys overlap.
    pub fn add_all(&self, keys: &[u64], acc: &mut [i32]) {
        for &k in keys {
            let (low, fingerprint) = locate(k);
            if !self.may_hold(fingerprint) {
                continue;
            }
            let home = home_slot(low, self.cap);
            let record = self.record(home);
            let there = held(record);
            if there == fingerprint {
                add_row(acc, record.get(2..).unwrap_or(&[]));
            } else if there != EMPTY {
                if let Some(slot) = self.probe(next_slot(home, self.cap), fingerprint) {
                    add_row(acc, self.at_slot(slot));
                }
            }
        }
    }

    /// False when no row has fingerprint `fingerprint` (true: it may).
    #[inline]
    fn may_hold(&self, fingerprint: u32) -> bool {
        let (word, bit) = filter_bit(fingerprint, self.filter_mask);
        self.filter.get(word).is_some_and(|w| w & bit != 0)
    }

    /// The slot holding `key`, if any.
    fn find(&self, key: u64) -> Option<usize> {
        let (low, fingerprint) = locate(key);
        self.probe(home_slot(low, self.cap), fingerprint)
    }

    /// Linear probing from slot `start` for fingerprint `k` (the table always has free slots).
    fn probe(&self, start: usize, k: u32) -> Option<usize> {
        let mut i = start;
        loop {
            let there = held(self.records.get(i * (self.ntags + 2)..)?);
            if there == k {
                return Some(i);
            }
            if there == EMPTY {
                return None;
            }
            i = next_slot(i, self.cap);
        }
    }

    /// The dense (dequantised) row of `key`.
    pub fn get(&self, key: u64) -> Option<Vec<f32>> {
        let row = self.row(key)?;
        Some(row.iter().map(|&w| f32::from(w) * self.scale).collect())
    }

    /// All quantised rows sorted by key, sparse (non-zero weights only, for serialisation).
    pub fn quantized(&self) -> Vec<(u64, QuantRow)> {
        self.keys
            .iter()
            .zip(&self.slot_of_row)
            .map(|(&key, &slot)| {
                let row = self
                    .at_slot(slot as usize)
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| **w != 0)
                    .map(|(t, &w)| (t as u16, w))
                    .collect();
                (key, row)
            })
            .collect()
    }

    /// Number of feature rows.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when the table holds no rows.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// The fingerprint a record holds (`EMPTY` for a free slot).
#[inline]
fn held(record: &[i16]) -> u32 {
    match record {
        [lo, hi, ..] => u32::from(*lo as u16) | (u32::from(*hi as u16) << 16),
        _ => EMPTY,
    }
}

/// The slot after `i` in a table of `cap` slots (wrapping around).
#[inline]
fn next_slot(i: usize, cap: usize) -> usize {
    if i + 1 >= cap {
        0
    } else {
        i + 1
    }
}

/// `acc[t] += row[t]` for every tag (a loop the compiler turns into vector additions).
#[inline(always)]
fn add_row(acc: &mut [i32], row: &[i16]) {
    for (a, &w) in acc.iter_mut().zip(row) {
        *a += i32::from(w);
    }
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
        assert_eq!(keys, vec![0, 42, 58]);
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
        assert_eq!(t.quantized()[0].1, vec![(0, 3)]);
    }
}
