//! The model file format: a small header, then quantised sparse weight rows, all deflated.
//!
//! Layout before compression (little endian, varints are LEB128):
//! `ANNER\x01` magic, lang (varint length + UTF-8), labels (count, then length + name each),
//! transitions (`(ntags + 1) * ntags` f32), scale (f32), row count, then per row sorted by key:
//! key delta (varint), non-zero mask (varint), and the zig-zag varint i16 of each non-zero weight;
//! then the lexicon's word keys and common-word keys (count, key deltas), and optionally the
//! dictionary word kinds (count, then key delta and one flag byte each), then, optionally again,
//! the confidence temperature fitted at training time (f32; the kinds count is then always
//! written, 0 when there are none).
//! Sorted keys and sparse rows keep files at a few MB; `from_bytes` checks every length.

use super::lexicon::Lexicon;
use super::model::{NerModel, WeightTable};
use super::tags::tag_count;
use crate::annotation::EntityLabel;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use std::io::{Read, Write};

const MAGIC: &[u8] = b"ANNER\x01";

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

/// Serialises a model (weights are quantised to 16 bits).
pub fn encode(m: &NerModel) -> Vec<u8> {
    let ntags = tag_count(m.labels.len());
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    put_varint(&mut out, m.lang.len() as u64);
    out.extend_from_slice(m.lang.as_bytes());
    put_varint(&mut out, m.labels.len() as u64);
    for l in &m.labels {
        put_varint(&mut out, l.as_str().len() as u64);
        out.extend_from_slice(l.as_str().as_bytes());
    }
    for k in 0..(ntags + 1) * ntags {
        out.extend_from_slice(
            &m.raw_transitions
                .get(k)
                .copied()
                .unwrap_or(0.0)
                .to_le_bytes(),
        );
    }
    out.extend_from_slice(&m.weights.scale().to_le_bytes());
    let rows = m.weights.quantized();
    put_varint(&mut out, rows.len() as u64);
    let mut prev = 0u64;
    for (key, row) in rows {
        put_varint(&mut out, key.wrapping_sub(prev));
        prev = key;
        let mask = row.iter().fold(0u64, |m, (t, _)| m | (1u64 << (t & 63)));
        put_varint(&mut out, mask);
        let mut sorted = row;
        sorted.sort_by_key(|e| e.0);
        for (_, w) in sorted {
            put_varint(&mut out, zigzag(i64::from(w)));
        }
    }
    for keys in [m.lexicon.sorted_keys(), m.lexicon.sorted_common()] {
        put_varint(&mut out, keys.len() as u64);
        let mut prev = 0u64;
        for w in keys {
            put_varint(&mut out, w.wrapping_sub(prev));
            prev = w;
        }
    }
    // Optional trailing section (absent in older files): dictionary word kinds.
    let kinds = m.lexicon.sorted_kinds();
    if !kinds.is_empty() || m.fitted_temperature.is_some() {
        put_varint(&mut out, kinds.len() as u64);
        let mut prev = 0u64;
        for (w, k) in kinds {
            put_varint(&mut out, w.wrapping_sub(prev));
            out.push(k);
            prev = w;
        }
    }
    // Optional trailing section (absent in older files): the fitted temperature.
    if let Some(t) = m.fitted_temperature {
        out.extend_from_slice(&t.to_le_bytes());
    }
    let mut enc = DeflateEncoder::new(Vec::new(), Compression::best());
    // Writing into a Vec cannot fail.
    let _ = enc.write_all(&out);
    enc.finish().unwrap_or_default()
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn bytes(&mut self, n: usize) -> Result<&[u8], String> {
        let s = self
            .buf
            .get(self.pos..self.pos.saturating_add(n))
            .ok_or("model file truncated")?;
        self.pos += n;
        Ok(s)
    }
    fn varint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes(1)?.first().ok_or("model file truncated")?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err("bad varint in model file".into())
    }
    fn f32(&mut self) -> Result<f32, String> {
        let b = self.bytes(4)?;
        let arr: [u8; 4] = b.try_into().map_err(|_| "model file truncated")?;
        Ok(f32::from_le_bytes(arr))
    }
    fn string(&mut self) -> Result<String, String> {
        let n = usize::try_from(self.varint()?).map_err(|_| "bad length")?;
        let b = self.bytes(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| "bad UTF-8 in model file".to_string())
    }
}

/// Parses a model file.
pub fn decode(bytes: &[u8]) -> Result<NerModel, String> {
    // Model files inflate to about 1.15 times their size (hashed keys do not compress): one
    // allocation instead of a series of doublings.
    let mut raw = Vec::with_capacity(bytes.len().saturating_add(bytes.len() / 4));
    DeflateDecoder::new(bytes)
        .read_to_end(&mut raw)
        .map_err(|e| format!("model file is not deflated data: {e}"))?;
    let mut r = Reader { buf: &raw, pos: 0 };
    if r.bytes(MAGIC.len())? != MAGIC {
        return Err("not an annotate NER model (bad magic)".into());
    }
    let lang = r.string()?;
    let nlabels = usize::try_from(r.varint()?).map_err(|_| "bad label count")?;
    if nlabels == 0 || nlabels > super::features::MAX_LABELS {
        return Err(format!("bad label count {nlabels} in model file"));
    }
    let mut labels = Vec::with_capacity(nlabels);
    for _ in 0..nlabels {
        let name = r.string()?;
        labels.push(
            EntityLabel::parse(&name)
                .ok_or_else(|| format!("unknown label {name} in model file"))?,
        );
    }
    let ntags = tag_count(nlabels);
    let mut trans = Vec::with_capacity((ntags + 1) * ntags);
    for _ in 0..(ntags + 1) * ntags {
        trans.push(r.f32()?);
    }
    let scale = r.f32()?;
    if !scale.is_finite() || scale <= 0.0 {
        return Err("bad weight scale in model file".into());
    }
    let nrows = usize::try_from(r.varint()?).map_err(|_| "bad row count")?;
    if nrows > raw.len().saturating_sub(r.pos) / 2 {
        return Err("bad row count in model file".into());
    }
    // Rows go straight into the dense table: sorted distinct keys and `ntags` weights each.
    let mut keys = Vec::with_capacity(nrows);
    let mut data = vec![0i16; nrows * ntags];
    let mut key = 0u64;
    for (n, dense) in data.chunks_exact_mut(ntags).enumerate() {
        let delta = r.varint()?;
        let next = key.wrapping_add(delta);
        if n > 0 && next <= key {
            return Err("unsorted feature rows in model file".into());
        }
        key = next;
        keys.push(key);
        let mask = r.varint()?;
        if mask >> ntags != 0 {
            return Err("bad weight mask in model file".into());
        }
        for (t, w) in dense.iter_mut().enumerate() {
            if mask & (1 << t) != 0 {
                *w = i16::try_from(unzigzag(r.varint()?))
                    .map_err(|_| "weight out of range in model file")?;
            }
        }
    }
    let mut key_lists = Vec::with_capacity(2);
    for _ in 0..2 {
        let n = usize::try_from(r.varint()?).map_err(|_| "bad lexicon size")?;
        if n > raw.len() {
            return Err("bad lexicon size in model file".into());
        }
        let mut keys = Vec::with_capacity(n);
        let mut w = 0u64;
        for _ in 0..n {
            w = w.wrapping_add(r.varint()?);
            keys.push(w);
        }
        key_lists.push(keys);
    }
    let common = key_lists.pop().unwrap_or_default();
    let words = key_lists.pop().unwrap_or_default();
    let mut kinds = Vec::new();
    if r.pos < raw.len() {
        let n = usize::try_from(r.varint()?).map_err(|_| "bad dictionary size")?;
        if n > raw.len() {
            return Err("bad dictionary size in model file".into());
        }
        let mut w = 0u64;
        for _ in 0..n {
            w = w.wrapping_add(r.varint()?);
            let k = *r.bytes(1)?.first().ok_or("model file truncated")?;
            kinds.push((w, k));
        }
    }
    let mut temperature = None;
    if r.pos < raw.len() {
        let t = r.f32()?;
        if !(t.is_finite() && t > 0.0) {
            return Err("bad confidence temperature in model file".into());
        }
        temperature = Some(t);
    }
    if r.pos != raw.len() {
        return Err("trailing bytes in model file".into());
    }
    let model = NerModel::from_parts(
        lang,
        labels,
        WeightTable::from_dense(ntags, scale, keys, data),
        trans,
        Lexicon::from_keys(words, common).with_kinds(kinds),
    );
    Ok(match temperature {
        Some(t) => model.with_temperature(Some(t)),
        None => model,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> NerModel {
        let w = WeightTable::new(
            5,
            vec![
                (7, vec![0.0, 1.5, 0.0, -2.0, 0.25]),
                (3, vec![1.0, 0.0, 0.0, 0.0, 0.0]),
            ],
        );
        let mut lex = Lexicon::default();
        lex.insert(&[3, 4]);
        lex.add_common(77);
        lex.insert_kind(&[5, 6], 4);
        NerModel::from_parts("xx".into(), vec![EntityLabel::Per], w, vec![0.5; 30], lex)
    }

    #[test]
    fn round_trip() {
        let m = tiny();
        let bytes = encode(&m);
        let back = decode(&bytes).unwrap();
        assert_eq!(back.lang, "xx");
        assert_eq!(back.labels, vec![EntityLabel::Per]);
        let row = back.weights.get(7).unwrap();
        let row = &row[..];
        assert!((row[1] - 1.5).abs() < 1e-3 && (row[3] + 2.0).abs() < 1e-3 && row[0] == 0.0);
        assert_eq!(back.lexicon.len(), 2);
        assert_eq!(back.lexicon.sorted_kinds().len(), 1);
        assert!(back.lexicon.is_common(77));
        assert_eq!(encode(&back), bytes);
    }

    #[test]
    fn fitted_temperature_round_trips_with_and_without_dictionary_kinds() {
        let m = tiny();
        assert_eq!(m.temperature(), super::super::marginals::temperature("xx"));
        let m = m.with_temperature(Some(9.5));
        let back = decode(&encode(&m)).unwrap();
        assert_eq!(
            (back.temperature(), back.fitted_temperature),
            (9.5, Some(9.5))
        );
        assert_eq!(back.lexicon.sorted_kinds().len(), 1);
        // no kinds: the (empty) kinds section is written so the temperature still parses
        let w = WeightTable::new(5, vec![(3, vec![1.0, 0.0, 0.0, 0.0, 0.0])]);
        let bare = NerModel::from_parts(
            "xx".into(),
            vec![EntityLabel::Per],
            w,
            vec![],
            Lexicon::default(),
        );
        assert_eq!(decode(&encode(&bare)).unwrap().fitted_temperature, None);
        let back = decode(&encode(&bare.with_temperature(Some(20.0)))).unwrap();
        assert_eq!(back.fitted_temperature, Some(20.0));
        // a temperature that is not a positive number is an error, not a model
        let mut raw = Vec::new();
        DeflateDecoder::new(&encode(&m)[..])
            .read_to_end(&mut raw)
            .unwrap();
        let at = raw.len() - 4;
        raw[at..].copy_from_slice(&(-1.0f32).to_le_bytes());
        let mut enc = DeflateEncoder::new(Vec::new(), Compression::fast());
        enc.write_all(&raw).unwrap();
        let err = decode(&enc.finish().unwrap()).err().unwrap_or_default();
        assert!(err.contains("temperature"), "{err}");
    }

    #[test]
    fn rejects_garbage_and_truncation() {
        assert!(decode(b"hello").is_err());
        let bytes = encode(&tiny());
        let mut raw = Vec::new();
        DeflateDecoder::new(&bytes[..])
            .read_to_end(&mut raw)
            .unwrap();
        for cut in [0, 3, 10, raw.len() - 1] {
            let mut enc = DeflateEncoder::new(Vec::new(), Compression::fast());
            enc.write_all(&raw[..cut]).unwrap();
            assert!(decode(&enc.finish().unwrap()).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn rejects_rows_out_of_key_order() {
        let mut raw = Vec::new();
        DeflateDecoder::new(&encode(&tiny())[..])
            .read_to_end(&mut raw)
            .unwrap();
        // header: magic 6, "xx" 3, one label 5, 30 transitions 120, scale 4, row count 1
        let first_row = 6 + 3 + 5 + 120 + 4 + 1;
        assert_eq!(raw[first_row - 1], 2, "row count");
        // key 3 (delta 3), mask 1, one 3-byte weight; then key 7 as delta 4
        assert_eq!((raw[first_row], raw[first_row + 1]), (3, 1));
        let second_delta = first_row + 5;
        assert_eq!(raw[second_delta], 4);
        // the same key again, and a delta that wraps below the first key
        for bad_delta in [0, u64::MAX - 1] {
            let mut spliced = raw[..second_delta].to_vec();
            put_varint(&mut spliced, bad_delta);
            spliced.extend_from_slice(&raw[second_delta + 1..]);
            let mut enc = DeflateEncoder::new(Vec::new(), Compression::fast());
            enc.write_all(&spliced).unwrap();
            let err = decode(&enc.finish().unwrap()).err().unwrap_or_default();
            assert!(err.contains("unsorted"), "delta {bad_delta}: {err}");
        }
    }

    #[test]
    fn varints() {
        for v in [0u64, 1, 127, 128, 300, u64::MAX] {
            let mut b = Vec::new();
            put_varint(&mut b, v);
            assert_eq!(Reader { buf: &b, pos: 0 }.varint().unwrap(), v);
        }
        for v in [0i64, 1, -1, 32767, -32768] {
            assert_eq!(unzigzag(zigzag(v)), v);
        }
    }
}
