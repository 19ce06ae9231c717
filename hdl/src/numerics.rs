//! The integer arithmetic of the accelerator, as plain Rust: the golden model of every
//! unit. The integer reference model (host crate) is built only from these functions,
//! and each rust-hdl unit is tested against them bit for bit.
//!
//! Conventions (see docs/numerics.md for the derivations):
//! - A fixed-point value with `f` fractional bits stores `round(v * 2^f)`.
//! - Every stored vector element is 16-bit signed (`sat16`). Products are 16 x 16 -> 32.
//! - Rounding is "half up" everywhere: `(v + 2^(s-1)) >> s` with an arithmetic shift,
//!   the cheapest rounding in hardware (one constant add before the shift).
//! - Scalars whose range is too wide for fixed point (the per-token dequantization
//!   scales) are tiny floats: a 16-bit mantissa in [2^15, 2^16) and an exponent.

/// Saturate to a signed 16-bit value.
#[inline]
pub fn sat16(v: i64) -> i32 {
    v.clamp(i16::MIN as i64, i16::MAX as i64) as i32
}

/// `v * 2^-s` rounded half up (arithmetic shift); a negative `s` shifts left (exact).
#[inline]
pub fn round_shift(v: i64, s: i32) -> i64 {
    if s > 0 {
        if s >= 63 {
            return 0; // |v| < 2^62 in every use: the rounded result is 0.
        }
        (v + (1i64 << (s - 1))) >> s
    } else if s == 0 {
        v
    } else {
        let l = (-s).min(62);
        v.saturating_mul(1i64 << l)
    }
}

/// The multiply-shift-saturate step of the vector unit: `sat16(round_shift(a * b, s))`.
/// `a` and `b` are 16-bit signed values (or Q15 gates up to 32768), the product fits 33 bits.
#[inline]
pub fn mul_shift(a: i32, b: i32, s: i32) -> i32 {
    sat16(round_shift(a as i64 * b as i64, s))
}

/// Number of significant bits of `v` (0 for 0).
#[inline]
pub fn bitlen(v: u64) -> i32 {
    64 - v.leading_zeros() as i32
}

// ---------------------------------------------------------------------------------
// Activation quantization (absmax, int8)

/// Bits of the reciprocal computed once per vector for quantization.
pub const QUANT_RECIP_SHIFT: i32 = 22;

/// Quantize one vector of 32-bit products `z` to int8 codes in [-127, 127].
///
/// Semantics (the hardware does exactly this):
/// 1. `m = max |z_k|`. If `m == 0`, every code is 0.
/// 2. Normalize: `n = bitlen(m) - 15`; `m' = m >> n` (or `<< -n`), so `m'` lies in
///    [2^14, 2^15). Each `z'_k = z_k >> n` (floor) or `z_k << -n` (exact), |z'_k| <= m'.
/// 3. One reciprocal per vector: `R = floor(127 * 2^22 / m')`, in (16256, 32512]:
///    15 bits, computed by a 16-step restoring divider.
/// 4. `q_k = (z'_k * R + 2^21) >> 22`: a 16 x 16 multiply, rounded half up. Because
///    |z'_k| <= m', |q_k| <= 127 (so -128 never occurs and negation is safe).
///
/// Returns the codes and `m` (needed for the output scale).
pub fn quantize_absmax(z: &[i32]) -> (Vec<i8>, u32) {
    let m = z.iter().map(|v| v.unsigned_abs()).max().unwrap_or(0);
    let mut q = vec![0i8; z.len()];
    if m == 0 {
        return (q, 0);
    }
    let (n, r) = quant_recip(m);
    for (qk, &zk) in q.iter_mut().zip(z) {
        *qk = quant_one(zk, n, r);
    }
    (q, m)
}

/// Step 2-3 of [`quantize_absmax`]: the normalizing shift `n` and the reciprocal `R`.
pub fn quant_recip(m: u32) -> (i32, u32) {
    debug_assert!(m > 0);
    let n = bitlen(m as u64) - 15;
    let mn = if n >= 0 { m >> n } else { m << -n };
    let r = ((127u64 << QUANT_RECIP_SHIFT) / mn as u64) as u32;
    (n, r)
}

/// Step 4 of [`quantize_absmax`] for one element.
#[inline]
pub fn quant_one(z: i32, n: i32, r: u32) -> i8 {
    let zn = if n >= 0 { (z >> n) as i64 } else { (z as i64) << -n };
    let q = (zn * r as i64 + (1 << (QUANT_RECIP_SHIFT - 1))) >> QUANT_RECIP_SHIFT;
    debug_assert!((-127..=127).contains(&q), "q={q}");
    q as i8
}

// ---------------------------------------------------------------------------------
// Ternary accumulation

/// `sum u_k^2`: the SS of an RMS norm (SUMSQ, and MULSH's fused SUMSQ of its results),
/// as the vector unit's 48-bit accumulator holds it (|u| <= 2^15, K < 2^17).
pub fn sum_squares(u: impl IntoIterator<Item = i32>) -> u64 {
    u.into_iter().map(|a| (a as i64 * a as i64) as u64).sum()
}

/// The lane array's arithmetic for one output: sum of `q_k` where the trit is +1,
/// minus `q_k` where it is -1. |acc| <= 127 * K < 2^17 for K <= MAX_K: 18 signed bits.
pub fn ternary_dot(trits: &[i8], q: &[i8]) -> i32 {
    trits
        .iter()
        .zip(q)
        .map(|(&t, &x)| match t {
            1 => x as i32,
            -1 => -(x as i32),
            _ => 0,
        })
        .sum()
}

/// Largest inner dimension K the 18-bit lane accumulators hold exactly: 127 * 1032 < 2^17.
pub const MAX_K: usize = 1032;

// ---------------------------------------------------------------------------------
// Tiny floats for per-token scales

/// A positive scale `mant * 2^exp` with `mant` in [2^15, 2^16), or zero (`mant == 0`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Scale {
    pub mant: u32,
    pub exp: i32,
}

impl Scale {
    pub const ZERO: Scale = Scale { mant: 0, exp: 0 };

    /// The nearest-below tiny float of a positive f64 (used offline for constants).
    pub fn from_f64(v: f64) -> Scale {
        if !(v > 0.0) || !v.is_finite() {
            return Scale::ZERO;
        }
        let e = v.log2().floor() as i32 - 15;
        let mut mant = (v / 2f64.powi(e)).floor() as u64;
        let mut exp = e;
        // Guard against log2 rounding at the edges.
        while mant >= 1 << 16 {
            mant >>= 1;
            exp += 1;
        }
        while mant < 1 << 15 {
            mant = (v / 2f64.powi(exp - 1)).floor() as u64;
            exp -= 1;
        }
        Scale { mant: mant as u32, exp }
    }

    pub fn to_f64(self) -> f64 {
        self.mant as f64 * 2f64.powi(self.exp)
    }

    /// Product of two tiny floats, truncated to a 16-bit mantissa.
    /// `p = a.mant * b.mant` lies in [2^30, 2^32): keep its top 16 bits.
    pub fn mul(self, o: Scale) -> Scale {
        if self.mant == 0 || o.mant == 0 {
            return Scale::ZERO;
        }
        let p = self.mant as u64 * o.mant as u64;
        if p >= 1 << 31 {
            Scale { mant: (p >> 16) as u32, exp: self.exp + o.exp + 16 }
        } else {
            Scale { mant: (p >> 15) as u32, exp: self.exp + o.exp + 15 }
        }
    }

    /// `floor(n / d)` as a tiny float: the quotient normalized to 16 significant bits,
    /// truncated. This is a restoring divider run for 16 quotient bits after the
    /// operands are aligned. `n == 0` gives zero; `d` must be positive.
    pub fn ratio(n: u64, d: u64) -> Scale {
        assert!(d > 0, "Scale::ratio: zero divisor");
        if n == 0 {
            return Scale::ZERO;
        }
        // e = floor(log2(n / d)) - 15, found from the bit lengths and one comparison.
        let mut t = bitlen(n) - bitlen(d);
        let ge = if t >= 0 { (n as u128) >= (d as u128) << t } else { (n as u128) << -t >= d as u128 };
        if !ge {
            t -= 1;
        }
        let e = t - 15;
        let q = if e >= 0 { (n as u128) / ((d as u128) << e) } else { ((n as u128) << -e) / d as u128 };
        debug_assert!((1 << 15..1 << 16).contains(&q), "ratio q={q}");
        Scale { mant: q as u32, exp: e }
    }

    /// Apply the scale to an accumulator (the dequantizer): with the mantissa's top 14
    /// bits `m14 = mant >> 2`, `p = acc * m14` (18 x 14 bits: |p| < 2^31) and
    /// `s = -exp - 2`, the result is `sat16(round_shift(p, s))` for `s >= 1`. For
    /// `s <= 0` (a scale of 2^13 or more per accumulator unit, which no sane format
    /// produces) any nonzero accumulator saturates by its sign. For `s >= 32` the result
    /// is 0 (|p| < 2^31).
    pub fn apply16(self, acc: i32) -> i32 {
        let p = acc as i64 * (self.mant >> 2) as i64;
        let s = -self.exp - 2;
        if s <= 0 {
            return sat16(p.signum() * (1 << 20));
        }
        if s >= 32 {
            return 0;
        }
        sat16(round_shift(p, s))
    }
}

/// `floor(sqrt(v))`, exactly: the bit-serial square root (one result bit per step).
pub fn isqrt(v: u64) -> u64 {
    if v == 0 {
        return 0;
    }
    let mut rem = v;
    let mut root = 0u64;
    let mut bit = 1u64 << ((63 - v.leading_zeros()) & !1);
    while bit != 0 {
        if rem >= root + bit {
            rem -= root + bit;
            root = (root >> 1) + bit;
        } else {
            root >>= 1;
        }
        bit >>= 2;
    }
    root
}

/// The dequantization scale of one BitLinear for one token:
/// `S = C * m / isqrt(SS)`, where `m = max|z|`, `SS = sum u^2` of the projection's
/// input vector u, and C the offline constant `b/127 * sqrt(K) * 2^-(frac of G) * 2^F_out`.
/// A zero input vector (SS == 0 or m == 0) gives a zero scale.
pub fn bitlinear_scale(c: Scale, m: u32, ss: u64) -> Scale {
    let r = isqrt(ss);
    if r == 0 || m == 0 {
        return Scale::ZERO;
    }
    c.mul(Scale::ratio(m as u64, r))
}

// ---------------------------------------------------------------------------------
// Sigmoid / SiLU table

/// Fractional bits of the sigmoid table's input: the table steps by 1/64.
pub const SIG_IN_FRAC: i32 = 6;
/// Number of table entries: inputs in [-8, 8) step 1/64.
pub const SIG_ENTRIES: usize = 1024;
/// Fractional bits of the table's output (Q15; values stay in [11, 32757]).
pub const SIG_OUT_FRAC: i32 = 15;
/// 1.0 in Q15.
pub const ONE_Q15: i32 = 1 << 15;

/// The one function that generates the sigmoid ROM: entry `j` holds
/// `round(sigmoid((j - 512) / 64) * 2^15)`. The hardware ROM and the reference model
/// both call this.
pub fn sigmoid_table() -> Vec<u16> {
    (0..SIG_ENTRIES)
        .map(|j| {
            let x = (j as f64 - (SIG_ENTRIES / 2) as f64) / (1 << SIG_IN_FRAC) as f64;
            let s = 1.0 / (1.0 + (-x).exp());
            (s * ONE_Q15 as f64).round() as u16
        })
        .collect()
}

/// Table address for a value with `frac` fractional bits: round to 1/64, clamp to
/// [-512, 511], offset by 512.
#[inline]
pub fn sig_index(v: i32, frac: i32) -> usize {
    let i = round_shift(v as i64, frac - SIG_IN_FRAC).clamp(-512, 511);
    (i + 512) as usize
}

/// sigmoid(v) in Q15 by table lookup.
#[inline]
pub fn sigmoid_q15(table: &[u16], v: i32, frac: i32) -> i32 {
    table[sig_index(v, frac)] as i32
}

/// silu(v) = v * sigmoid(v), in the same format as v.
#[inline]
pub fn silu(table: &[u16], v: i32, frac: i32) -> i32 {
    mul_shift(v, sigmoid_q15(table, v, frac), SIG_OUT_FRAC)
}

// ---------------------------------------------------------------------------------
// Fixed-point formats

/// Fractional bits for a 16-bit signed value whose magnitude reaches `max_abs`:
/// one bit of headroom over the measured maximum (2^(15-f) >= 2 * max_abs), clamped
/// to [-8, 30].
pub fn frac_bits_for(max_abs: f64) -> i32 {
    if !(max_abs > 0.0) || !max_abs.is_finite() {
        return 14;
    }
    (14 - max_abs.log2().ceil() as i32).clamp(-8, 30)
}

/// Encode a real value in 16-bit fixed point with `frac` fractional bits (saturating).
pub fn to_fixed(v: f64, frac: i32) -> i32 {
    sat16((v * 2f64.powi(frac)).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    #[test]
    fn isqrt_exhaustive_small_and_random_large() {
        for v in 0..200_000u64 {
            let r = isqrt(v);
            assert!(r * r <= v && (r + 1) * (r + 1) > v, "v={v}");
        }
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
        for _ in 0..100_000 {
            let v: u64 = rng.gen::<u64>() >> rng.gen_range(0..20);
            let r = isqrt(v) as u128;
            assert!(r * r <= v as u128 && (r + 1) * (r + 1) > v as u128);
        }
        assert_eq!(isqrt(u64::MAX), u32::MAX as u64);
    }

    #[test]
    fn quantization_bounds_and_edges() {
        // Zero vector.
        assert_eq!(quantize_absmax(&[0, 0, 0]), (vec![0, 0, 0], 0));
        // The maximum maps to +-127 exactly, whatever its size.
        for m in [1i32, 2, 3, 127, 128, 16383, 16384, 32767, 1 << 20, i32::MAX] {
            let (q, mm) = quantize_absmax(&[m, -m, 0, m / 2]);
            assert_eq!(mm, m as u32);
            assert_eq!(q[0], 127, "m={m}");
            assert_eq!(q[1], -127, "m={m}");
            assert_eq!(q[2], 0);
            let half = (m / 2) as f64 * 127.0 / m as f64;
            assert!((q[3] as f64 - half).abs() <= 1.0, "m={m} q={}", q[3]);
        }
        // i32::MIN: |z| = 2^31.
        let (q, m) = quantize_absmax(&[i32::MIN, 1 << 30]);
        assert_eq!(m, 1 << 31);
        assert_eq!(q, vec![-127, 64]);
        // Against exact rounding: never more than one step away.
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2);
        for _ in 0..2000 {
            let bits = rng.gen_range(1..31);
            let z: Vec<i32> = (0..64).map(|_| rng.gen_range(-(1i64 << bits)..(1i64 << bits)) as i32).collect();
            let (q, m) = quantize_absmax(&z);
            for (&zk, &qk) in z.iter().zip(&q) {
                let exact = zk as f64 * 127.0 / m as f64;
                assert!((qk as f64 - exact).abs() <= 1.0, "z={zk} m={m} q={qk} exact={exact}");
            }
        }
    }

    #[test]
    fn tiny_float_ratio_and_mul() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(3);
        for _ in 0..100_000 {
            let n: u64 = rng.gen::<u64>() >> rng.gen_range(1..60);
            let d: u64 = (rng.gen::<u64>() >> rng.gen_range(1..60)).max(1);
            if n == 0 {
                continue;
            }
            let s = Scale::ratio(n, d);
            assert!((1 << 15..1 << 16).contains(&s.mant));
            let exact = n as f64 / d as f64;
            let rel = (s.to_f64() - exact) / exact;
            assert!((-2.0f64.powi(-15)..=1e-12).contains(&rel), "n={n} d={d} rel={rel}");
        }
        let a = Scale::from_f64(3.0);
        let b = Scale::from_f64(0.125);
        assert_eq!(a.mul(b).to_f64(), 0.375);
        assert_eq!(Scale::from_f64(1.0), Scale { mant: 1 << 15, exp: -15 });
        assert_eq!(Scale::from_f64(0.0), Scale::ZERO);
    }

    #[test]
    fn sigmoid_table_shape() {
        let t = sigmoid_table();
        assert_eq!(t.len(), SIG_ENTRIES);
        assert_eq!(t[512], 1 << 14);
        assert!(t.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(*t.first().unwrap(), 11);
        assert_eq!(*t.last().unwrap(), 32757);
        // Clamped inputs.
        assert_eq!(sig_index(i32::MIN, 0), 0);
        assert_eq!(sig_index(i32::MAX, 0), 1023);
        assert_eq!(sig_index(-32768, 12), 0); // -8.0
        assert_eq!(sig_index(32767, 12), 1023);
    }

    #[test]
    fn round_shift_rounds_half_up() {
        assert_eq!(round_shift(3, 1), 2); // 1.5 -> 2
        assert_eq!(round_shift(-3, 1), -1); // -1.5 -> -1
        assert_eq!(round_shift(5, -2), 20);
        assert_eq!(mul_shift(32767, 32767, 0), 32767);
        assert_eq!(mul_shift(-32768, 32767, 0), -32768);
    }
}
