//! The n-gram table's arithmetic and its binary image, in one file shared by the library and
//! `build.rs` (which includes it with `#[path]`, so it uses `std` only and nothing of the crate).
//!
//! `Table::parse` turns the TSV table (counts, optional learned corrections) into the rows the
//! model holds: per n-gram its key, its smoothed and corrected log-probabilities as `f32`, and
//! its known-letter mask. The build script runs it once on the shipped table and writes the
//! result with `Table::encode`; at run time `Table::decode` reads it back bit for bit, so the
//! shipped model costs a copy instead of parsing two million numbers. Because both sides run the
//! same `parse`, there is one implementation of the maths.
//!
//! Image layout (all integers little-endian): the 8-byte `MAGIC`, the language count `k` and the
//! row count `n` (u32 each), each language name as a u32 byte length then UTF-8 bytes, then `n`
//! u64 keys, `n` u32 known-letter masks, and `n * k` f32 log-probabilities (as bits, row by row).
//! Nothing may follow.

use std::fmt::Display;

/// Longest n-gram, in chars (word boundaries count as one char, written `_`).
pub const MAX_ORDER: usize = 4;
/// Most languages a table may have (the width of a row).
pub const MAX_LANGS: usize = 16;
/// Additive smoothing for counts.
const ALPHA: f64 = 0.2;
/// A letter seen fewer times than this in a language's training text is foreign to it.
const KNOWN_LETTER_COUNT: f64 = 3.0;
/// First bytes of an image (format name and version).
const MAGIC: &[u8; 8] = b"NGRAMv1\0";

/// A 64-bit key for an n-gram (FNV-1a over its chars, seeded with its length).
pub fn key(gram: &[char]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ gram.len() as u64;
    for &c in gram {
        h ^= u64::from(u32::from(c));
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Feature bucket: 1..=MAX_ORDER for n-grams, 0 for whole words.
pub fn bucket(gram: &[char]) -> usize {
    if gram.len() > MAX_ORDER {
        0
    } else {
        gram.len()
    }
}

/// One n-gram's log-probabilities, a cache line each (languages past the table's are 0).
#[derive(Debug, Clone)]
#[repr(align(64))]
pub struct Row(pub [f32; MAX_LANGS]);

/// A table's rows, in table order, as the model holds them.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Language codes as written, in column order.
    pub langs: Vec<String>,
    /// Per row: `key` of its n-gram.
    pub keys: Vec<u64>,
    /// Per row: log-probabilities, smoothed and corrected.
    pub logp: Vec<Row>,
    /// Per row: bit `l` set when the n-gram is a letter (order 1) that language `l` uses (seen at
    /// least `KNOWN_LETTER_COUNT` times in training). Zero for longer n-grams.
    pub known: Vec<u32>,
}

impl Table {
    /// Parses a table: a `#langs` line naming the columns, then `ngram<TAB>count...` rows.
    /// Lines starting with `#` are comments. An empty table is a valid table with no languages.
    pub fn parse(text: &str) -> Result<Table, String> {
        let mut langs: Vec<String> = Vec::new();
        let mut grams: Vec<(Vec<char>, Vec<f64>, Vec<f64>)> = Vec::new();
        for (no, line) in text.lines().enumerate() {
            if let Some(rest) = line.strip_prefix("#langs\t") {
                let named: Vec<String> = rest.split('\t').map(str::to_string).collect();
                // Rows already read were checked against the old column count.
                if !grams.is_empty() && named.len() != langs.len() {
                    return Err(format!(
                        "ngram table line {}: language count changed",
                        no + 1
                    ));
                }
                langs = named;
                continue;
            }
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let gram: Vec<char> = cols.next().unwrap_or("").chars().collect();
            let mut counts: Vec<f64> = cols
                .map(str::parse::<f64>)
                .collect::<Result<_, _>>()
                .map_err(|e| format!("ngram table line {}: {e}", no + 1))?;
            let word =
                gram.len() > MAX_ORDER && gram.first() == Some(&'_') && gram.last() == Some(&'_');
            let k = langs.len();
            // A row holds k counts, optionally followed by k learned weight corrections.
            let ok_len = counts.len() == k || counts.len() == 2 * k;
            if gram.is_empty() || (gram.len() > MAX_ORDER && !word) || !ok_len {
                return Err(format!("ngram table line {}: bad row", no + 1));
            }
            let deltas = counts.split_off(k.min(counts.len()));
            grams.push((gram, counts, deltas));
        }
        let k = langs.len();
        // Per order: totals per language and vocabulary size, for additive smoothing.
        let mut totals = vec![vec![0.0f64; k]; MAX_ORDER + 1];
        let mut vocab = [0usize; MAX_ORDER + 1];
        for (g, counts, _) in &grams {
            let o = bucket(g);
            vocab[o] += 1;
            for (t, c) in totals[o].iter_mut().zip(counts) {
                *t += c;
            }
        }
        if k > MAX_LANGS {
            return Err(format!("ngram table has more than {MAX_LANGS} languages"));
        }
        let mut table = Table {
            langs,
            keys: Vec::with_capacity(grams.len()),
            logp: Vec::with_capacity(grams.len()),
            known: Vec::with_capacity(grams.len()),
        };
        for (g, counts, deltas) in &grams {
            let o = bucket(g);
            let mut mask = 0u32;
            if o == 1 {
                for (l, c) in counts.iter().enumerate() {
                    if *c >= KNOWN_LETTER_COUNT {
                        mask |= 1 << l;
                    }
                }
            }
            table.known.push(mask);
            let denom = |l: usize| totals[o][l] + ALPHA * vocab[o] as f64;
            let mut lp = [0.0f32; MAX_LANGS];
            for ((l, c), p) in counts.iter().enumerate().zip(lp.iter_mut()) {
                let delta = deltas.get(l).copied().unwrap_or(0.0);
                *p = (((c + ALPHA) / denom(l)).ln() + delta) as f32;
            }
            table.logp.push(Row(lp));
            table.keys.push(key(g));
        }
        Ok(table)
    }

    /// The binary image of the table (layout in the module doc). Only the first `langs.len()`
    /// lanes of each row are written: the others are 0 in any table `parse` or `decode` makes.
    #[cfg_attr(not(test), allow(dead_code))] // the library decodes; build.rs and tests encode
    pub fn encode(&self) -> Vec<u8> {
        let (k, n) = (self.langs.len(), self.keys.len());
        let mut out = Vec::with_capacity(16 + n * (12 + 4 * k));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&count(k).to_le_bytes());
        out.extend_from_slice(&count(n).to_le_bytes());
        for lang in &self.langs {
            out.extend_from_slice(&count(lang.len()).to_le_bytes());
            out.extend_from_slice(lang.as_bytes());
        }
        for key in &self.keys {
            out.extend_from_slice(&key.to_le_bytes());
        }
        for mask in &self.known {
            out.extend_from_slice(&mask.to_le_bytes());
        }
        for row in &self.logp {
            for p in row.0.iter().take(k) {
                out.extend_from_slice(&p.to_bits().to_le_bytes());
            }
        }
        out
    }

    /// Reads an image back. Every length is checked against the bytes present before anything
    /// is allocated; a short, long or inconsistent image is an error, never a panic.
    pub fn decode(bytes: &[u8]) -> Result<Table, String> {
        let mut r = Reader(bytes);
        if r.take(MAGIC.len())? != MAGIC {
            return Err(bad("not an n-gram table image"));
        }
        let k = r.u32()? as usize;
        let n = r.u32()? as usize;
        if k > MAX_LANGS {
            return Err(bad(format!("{k} languages, at most {MAX_LANGS}")));
        }
        let mut langs = Vec::with_capacity(k);
        for _ in 0..k {
            let len = r.u32()? as usize;
            let name = std::str::from_utf8(r.take(len)?).map_err(bad)?;
            langs.push(name.to_string());
        }
        let width = 4 * k;
        let key_bytes = r.take(n.checked_mul(8).ok_or_else(|| bad("too many rows"))?)?;
        let mask_bytes = r.take(n.checked_mul(4).ok_or_else(|| bad("too many rows"))?)?;
        let logp_bytes = r.take(n.checked_mul(width).ok_or_else(|| bad("too many rows"))?)?;
        if !r.0.is_empty() {
            return Err(bad("trailing bytes"));
        }
        let keys = key_bytes
            .chunks_exact(8)
            .map(|c| c.try_into().map(u64::from_le_bytes).map_err(bad))
            .collect::<Result<Vec<_>, _>>()?;
        let known = mask_bytes
            .chunks_exact(4)
            .map(|c| c.try_into().map(u32::from_le_bytes).map_err(bad))
            .collect::<Result<Vec<_>, _>>()?;
        if known.iter().any(|&m| u64::from(m) >> k != 0) {
            return Err(bad("known-letter mask names a language past the table's"));
        }
        let mut logp = Vec::with_capacity(n);
        for row in 0..n {
            let start = row * width;
            let cells = logp_bytes
                .get(start..start + width)
                .ok_or_else(|| bad("short"))?;
            let mut lp = [0.0f32; MAX_LANGS];
            for (p, c) in lp.iter_mut().zip(cells.chunks_exact(4)) {
                *p = f32::from_bits(u32::from_le_bytes(c.try_into().map_err(bad)?));
            }
            logp.push(Row(lp));
        }
        Ok(Table {
            langs,
            keys,
            logp,
            known,
        })
    }
}

/// A length as the image writes it (tables are far below 4 G rows; larger ones saturate and
/// their image fails to decode rather than decoding wrong).
#[cfg_attr(not(test), allow(dead_code))] // used by `encode`
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// An image error message.
fn bad(e: impl Display) -> String {
    format!("bad n-gram table image: {e}")
}

/// Reads an image front to back.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    /// The next `len` bytes, or an error when fewer are left.
    fn take(&mut self, len: usize) -> Result<&'a [u8], String> {
        if len > self.0.len() {
            return Err(bad("truncated"));
        }
        let (head, rest) = self.0.split_at(len);
        self.0 = rest;
        Ok(head)
    }

    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        b.try_into().map(u32::from_le_bytes).map_err(bad)
    }
}

#[cfg(test)]
#[path = "ngram_table_tests.rs"]
mod tests;
