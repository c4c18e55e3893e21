//! Hashing helpers shared by the tagger: 64-bit mixing for feature keys, FNV over characters,
//! and hash maps keyed by already-hashed `u64`s (no second hashing, deterministic lookups).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A `HashMap` keyed by pre-hashed `u64`s.
pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;
/// A `HashSet` of pre-hashed `u64`s.
pub type KeySet = HashSet<u64, BuildHasherDefault<KeyHasher>>;

/// Mixes a value into a hash (splitmix64 finaliser over the combination).
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    finalize(h.rotate_left(5) ^ v.wrapping_add(0x9E37_79B9_7F4A_7C15))
}

/// The splitmix64 finaliser: a bijection of 64-bit values in which every input bit reaches every
/// output bit (used wherever a hash's high and low bits must both be well spread).
#[inline]
pub(crate) fn finalize(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a 64-bit offset basis (the hash of the empty string).
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub(crate) const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Feeds the UTF-8 bytes of `c` into an FNV-1a hash.
#[inline]
pub(crate) fn fnv_char(h: u64, c: char) -> u64 {
    if c.is_ascii() {
        // one UTF-8 byte, the code point itself (the same hash, without encoding)
        return (h ^ u64::from(c)).wrapping_mul(FNV_PRIME);
    }
    let mut buf = [0u8; 4];
    c.encode_utf8(&mut buf)
        .bytes()
        .fold(h, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixing_separates_inputs() {
        assert_ne!(mix(1, 2), mix(2, 1));
        assert_ne!(fnv_char(FNV_OFFSET, 'a'), fnv_char(FNV_OFFSET, 'b'));
        // the ASCII shortcut hashes what the UTF-8 bytes would
        let bytes = |s: &str| {
            s.bytes().fold(FNV_OFFSET, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
            })
        };
        for s in ["a", "Z", "~", "\u{7f}", "é", "語", "😀"] {
            let c = s.chars().next().unwrap_or_default();
            assert_eq!(fnv_char(FNV_OFFSET, c), bytes(s), "{s}");
        }
        let mut m: KeyMap<u8> = KeyMap::default();
        m.insert(mix(0, 7), 1);
        assert_eq!(m.get(&mix(0, 7)), Some(&1));
    }
}
