//! Pseudo-random test strings for the byte-scanning code, which is checked against char-by-char
//! readings on many strings glued from tricky pieces (a fixed xorshift sequence: reproducible).

/// `count` strings of up to `max_pieces - 1` pieces drawn from `pieces`, seeded by `seed`.
pub(crate) fn strings<'a>(
    pieces: &'a [&'a str],
    max_pieces: u64,
    count: usize,
    seed: u64,
) -> impl Iterator<Item = String> + 'a {
    let mut state = seed;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count).map(move |_| {
        let len = next() % max_pieces.max(1);
        (0..len)
            .map(|_| pieces[(next() % pieces.len() as u64) as usize])
            .collect()
    })
}
