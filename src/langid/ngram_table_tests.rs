//! Tests of the n-gram table image: round trips bit for bit, and damaged images are errors.

use super::*;

const SMALL: &str = "#langs\txx\tyy\tzz\n\
    a\t10\t2\t0\nb\t0\t5\t9\n_th\t50\t1\t3\nthe\t60\t0\t1\t0.5\t-1.25\t0\n\
    _hello_\t4\t0\t0\nhe_\t40\t2\t7\na\t1\t1\t1\n";

fn bits(t: &Table) -> Vec<[u32; MAX_LANGS]> {
    t.logp.iter().map(|r| r.0.map(f32::to_bits)).collect()
}

fn assert_same(a: &Table, b: &Table) {
    assert_eq!(a.langs, b.langs);
    assert_eq!(a.keys, b.keys);
    assert_eq!(a.known, b.known);
    assert_eq!(bits(a), bits(b));
}

#[test]
fn images_round_trip_bit_for_bit() {
    for text in [SMALL, "# nothing\n", "#langs\tonly\nab\t3\n", ""] {
        let table = Table::parse(text).unwrap();
        let back = Table::decode(&table.encode()).unwrap();
        assert_same(&table, &back);
    }
    let table = Table::parse(SMALL).unwrap();
    assert_eq!(table.keys.len(), 7);
    assert_eq!(
        table.keys[0], table.keys[6],
        "repeated n-grams keep their rows"
    );
    assert_eq!(table.known[0], 0b001, "a: seen 3+ times in xx only");
    assert_eq!(table.known[1], 0b110);
    assert_eq!(table.known[2], 0, "longer n-grams have no mask");
    assert!(table
        .logp
        .iter()
        .all(|r| r.0[3..].iter().all(|&p| p == 0.0)));
}

#[test]
fn special_values_survive_the_image() {
    let mut table = Table::parse("#langs\txx\tyy\nab\t1\t2\n").unwrap();
    table.logp[0].0[0] = f32::from_bits(0x7fc0_1234);
    table.logp[0].0[1] = -0.0;
    let back = Table::decode(&table.encode()).unwrap();
    assert_same(&table, &back);
}

#[test]
fn damaged_images_are_errors_not_panics() {
    let image = Table::parse(SMALL).unwrap().encode();
    for len in 0..image.len() {
        assert!(Table::decode(&image[..len]).is_err(), "cut to {len}");
    }
    let mut long = image.clone();
    long.push(0);
    assert!(Table::decode(&long).is_err());
    // Any single flipped bit decodes to an error or to some table, never a panic.
    for i in 0..image.len() {
        for bit in 0..8 {
            let mut bad = image.clone();
            bad[i] ^= 1 << bit;
            let _ = Table::decode(&bad);
        }
    }
    let mut magic = image.clone();
    magic[0] = b'X';
    assert!(Table::decode(&magic).is_err());
}

#[test]
fn headers_that_lie_are_errors() {
    let with = |k: u32, n: u32, tail: &[u8]| {
        let mut b = MAGIC.to_vec();
        b.extend_from_slice(&k.to_le_bytes());
        b.extend_from_slice(&n.to_le_bytes());
        b.extend_from_slice(tail);
        b
    };
    assert!(Table::decode(&with(0, 0, &[])).is_ok());
    assert!(
        Table::decode(&with(17, 0, &[])).is_err(),
        "too many languages"
    );
    assert!(
        Table::decode(&with(0, u32::MAX, &[])).is_err(),
        "rows not present"
    );
    assert!(
        Table::decode(&with(1, 0, &[9, 0, 0, 0, b'x'])).is_err(),
        "name cut"
    );
    assert!(
        Table::decode(&with(1, 0, &[1, 0, 0, 0, 0xff])).is_err(),
        "not UTF-8"
    );
    let mask_past_k = [
        1, 0, 0, 0, b'x', 1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0,
    ];
    assert!(Table::decode(&with(1, 1, &mask_past_k)).is_err());
    let ok = [
        1, 0, 0, 0, b'x', 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 128, 63,
    ];
    let t = Table::decode(&with(1, 1, &ok)).unwrap();
    assert_eq!((t.keys[0], t.known[0], t.logp[0].0[0]), (1, 1, 1.0));
}

#[test]
fn bad_tables_are_errors() {
    assert!(Table::parse("#langs\txx\nab\tz\n").is_err());
    assert!(Table::parse("#langs\ta\tb\tc\nab\t1\t2\t3\n#langs\ta\tb\nab\t1\t2\n").is_err());
    assert!(Table::parse("#langs\ta\tb\nab\t1\t2\n#langs\tc\td\nab\t1\t2\n").is_ok());
    let many = format!("#langs{}\n", "\tx".repeat(MAX_LANGS + 1));
    assert!(Table::parse(&many).is_err());
}
