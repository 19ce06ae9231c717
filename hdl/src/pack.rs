//! The one function that owns the weight layout: ternary codes packed LANES trits per
//! memory word, in the order the lane array reads them. The host packer (upload) and
//! the testbenches both call [`pack_matrix`]; nothing else restates the layout.
//!
//! Layout of a matrix `W[rows][cols]` for `lanes` lanes (output-stationary):
//! - rows are grouped in blocks of `lanes` (the last block padded with zero rows);
//! - block `b`, column `k` is one word: lane `l` holds the trit of row `b*lanes + l`;
//! - words are stored block-major: word index `b * cols + k`;
//! - a trit is 2 bits, lane `l` at bits `2l..2l+2` of the word: `00` = 0, `01` = +1,
//!   `10` = -1 (`11` never written; the lane array treats it as 0). With `11` unused, no
//!   byte of packed weights can be 0xC0 or 0xDB (both contain `11` pairs), the bytes the
//!   link's SLIP framing must escape: weights go over the wire one byte per byte;
//! - a word is `lanes / 4` bytes, little-endian.

/// The 2-bit code of a trit.
#[inline]
pub fn trit_code(t: i8) -> u8 {
    match t {
        1 => 0b01,
        -1 => 0b10,
        _ => 0b00,
    }
}

/// The trit of a 2-bit code (`11` decodes as 0, like the hardware).
#[inline]
pub fn code_trit(c: u8) -> i8 {
    match c & 3 {
        0b01 => 1,
        0b10 => -1,
        _ => 0,
    }
}

/// Bytes per packed word for `lanes` lanes.
pub fn word_bytes(lanes: usize) -> usize {
    assert!(lanes >= 4 && lanes % 4 == 0, "LANES must be a positive multiple of 4, got {lanes}");
    lanes / 4
}

/// Number of words a `rows x cols` matrix occupies.
pub fn matrix_words(rows: usize, cols: usize, lanes: usize) -> usize {
    rows.div_ceil(lanes) * cols
}

/// Pack `trits` (row-major `rows x cols`, values in {-1, 0, 1}) for `lanes` lanes.
pub fn pack_matrix(trits: &[i8], rows: usize, cols: usize, lanes: usize) -> Vec<u8> {
    assert_eq!(trits.len(), rows * cols, "pack_matrix: {} trits for {rows}x{cols}", trits.len());
    let wb = word_bytes(lanes);
    let blocks = rows.div_ceil(lanes);
    let mut out = vec![0u8; blocks * cols * wb];
    for b in 0..blocks {
        for k in 0..cols {
            let word = &mut out[(b * cols + k) * wb..][..wb];
            for l in 0..lanes {
                let r = b * lanes + l;
                if r < rows {
                    word[l / 4] |= trit_code(trits[r * cols + k]) << (2 * (l % 4));
                }
            }
        }
    }
    out
}

/// The trit of lane `l` in a packed word.
#[inline]
pub fn word_trit(word: &[u8], l: usize) -> i8 {
    code_trit(word[l / 4] >> (2 * (l % 4)))
}

/// Inverse of [`pack_matrix`] (drops the padding rows).
pub fn unpack_matrix(packed: &[u8], rows: usize, cols: usize, lanes: usize) -> Vec<i8> {
    let wb = word_bytes(lanes);
    assert_eq!(packed.len(), matrix_words(rows, cols, lanes) * wb);
    let mut t = vec![0i8; rows * cols];
    for r in 0..rows {
        let (b, l) = (r / lanes, r % lanes);
        for k in 0..cols {
            t[r * cols + k] = word_trit(&packed[(b * cols + k) * wb..][..wb], l);
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    #[test]
    fn round_trip_with_padding() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        for (rows, cols, lanes) in [(5, 3, 4), (32, 7, 8), (100, 17, 32), (64, 64, 64)] {
            let t: Vec<i8> = (0..rows * cols).map(|_| rng.gen_range(-1..=1)).collect();
            let p = pack_matrix(&t, rows, cols, lanes);
            assert_eq!(p.len(), matrix_words(rows, cols, lanes) * word_bytes(lanes));
            assert_eq!(unpack_matrix(&p, rows, cols, lanes), t);
        }
    }

    #[test]
    fn layout_is_as_documented() {
        // 2x1 matrix, 4 lanes: one word, lane 0 = +1 (01), lane 1 = -1 (10).
        assert_eq!(pack_matrix(&[1, -1], 2, 1, 4), vec![0b1001]);
        // 5 rows, 4 lanes: two blocks; row 4 lands in block 1, lane 0.
        let p = pack_matrix(&[0, 0, 0, 0, -1], 5, 1, 4);
        assert_eq!(p, vec![0, 0b10]);
        // No packed byte is a SLIP control byte.
        for b in 0..=255u8 {
            let t: Vec<i8> = (0..4).map(|i| code_trit(b >> (2 * i))).collect();
            let mut words = vec![0u8];
            for (i, &x) in t.iter().enumerate() {
                words[0] |= trit_code(x) << (2 * i);
            }
            assert!(words[0] != 0xC0 && words[0] != 0xDB);
        }
    }
}
