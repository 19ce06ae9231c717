//! The per-token dequantization scale of one BitLinear, sequentially:
//! `S = C * m / isqrt(SS)` as a tiny float (golden: `numerics::bitlinear_scale`).
//!
//! ```text
//! SQRT  24 steps of the digit-by-digit square root of SS (48 bits, two bits a step):
//!       rem < 2^27, root <= 2^24.
//! NORM  shift m and r = isqrt(SS) left until bit 30 is set (<= 30 steps each, in
//!       parallel), counting the shifts a and b: n1, d1 in [2^30, 2^31).
//! DIV   17 steps of restoring division: Q = floor(n1 * 2^16 / d1) in [2^15, 2^17);
//!       rem < d1 < 2^31, so 2 rem < 2^32. If Q >= 2^16: q = Q >> 1, e = b - a - 15,
//!       else q = Q, e = b - a - 16 (exactly `Scale::ratio(m, r)`: n1, d1 are exact).
//! MUL   p = C.mant * q (16 x 16 -> 32, p >= 2^30); keep the top 16 bits.
//! ```
//! About 75 cycles per scale; a zero m or SS gives the zero scale.
//!
//! The quantizer's reciprocal (`start_recip`; golden: `numerics::quant_recip`) runs on
//! the same registers: n = bitlen(m) - 15 and R = floor(127 * 2^22 / m') for m' = m >> n
//! (or << -n) in [2^14, 2^15).
//!
//! ```text
//! NORM  m normalized in q and in root alike: m << a in [2^30, 2^31), so bitlen(m) =
//!       31 - a and n = 16 - a (-14..16).
//! DIV   n1 = 127 * 2^24, d1 = m' * 2^16 = (m << a) with its low 16 bits cleared (for
//!       n > 0 they are the bits m >> n drops; for n <= 0 they are 0 already), both in
//!       [2^30, 2^31): Q = floor(127 * 2^24 / m') in [2^15, 2^17), R = Q >> 2 exactly.
//! ```
//! Then n and R are held (`q_n`, `q_r`) until the next start; the scale (`s_mant`,
//! `s_exp`) is untouched by it. m = 0 gives n = 0, R = 0 at once. Both take the same
//! `m` (the vector ALU's QMAX result), so a SCALE must not come between a QMAX and the
//! QUANT that uses its reciprocal (`isa::Machine` rejects such programs).

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct ScaleUnit {
    pub clock: Signal<In, Clock>,
    /// Start a computation (ignored while busy).
    pub start: Signal<In, Bit>,
    /// Start the quantizer's reciprocal instead (ignored while busy).
    pub start_recip: Signal<In, Bit>,
    /// max |z| of the quantized vector (<= 2^30).
    pub m: Signal<In, Bits<32>>,
    /// Sum of squares of the input vector, low and high 24 bits.
    pub ss_lo: Signal<In, Bits<24>>,
    pub ss_hi: Signal<In, Bits<24>>,
    /// The projection's constant C: mantissa in [2^15, 2^16) and exponent.
    pub c_mant: Signal<In, Bits<16>>,
    pub c_exp: Signal<In, Bits<16>>,
    pub busy: Signal<Out, Bit>,
    /// A scale (not a reciprocal) runs and has read `m` for the last time (after NORM's
    /// first step): a QMAX may change it now.
    pub m_free: Signal<Out, Bit>,
    /// The result, valid when not busy (held until the next start).
    pub s_mant: Signal<Out, Bits<16>>,
    pub s_exp: Signal<Out, Bits<16>>,
    /// The reciprocal's n (two's complement) and R, valid when not busy after a
    /// `start_recip` (until the next start).
    pub q_n: Signal<Out, Bits<8>>,
    pub q_r: Signal<Out, Bits<16>>,
    state: DFF<Bits<3>>,
    /// The run is the reciprocal's.
    rmode: DFF<Bit>,
    idle: Constant<Bits<3>>,
    sqrt: Constant<Bits<3>>,
    norm: Constant<Bits<3>>,
    div: Constant<Bits<3>>,
    mul: Constant<Bits<3>>,
    cnt: DFF<Bits<6>>,
    sq_lo: DFF<Bits<24>>,
    sq_hi: DFF<Bits<24>>,
    rem: DFF<Bits<32>>,
    root: DFF<Bits<32>>,
    /// NORM's shift counts (<= 30 each).
    sa: DFF<Bits<6>>,
    sb: DFF<Bits<6>>,
    q: DFF<Bits<32>>,
    mant: DFF<Bits<16>>,
    exp: DFF<Bits<16>>,
    remx: Signal<Local, Bits<32>>,
    trial: Signal<Local, Bits<32>>,
    /// remx - trial (SQRT, 29 bits: rem <= 2 root < 2^25 there) and rem - d1 (DIV) with
    /// their borrows: one subtraction decides the step and gives the remainder.
    dsq: Signal<Local, Bits<30>>,
    ddv: Signal<Local, Bits<33>>,
    q16: Signal<Local, Bits<16>>,
    e: Signal<Local, Bits<16>>,
    p: Signal<Local, Bits<32>>,
    /// With `deep` (one element, else none): the product registered in MUL and the
    /// result taken from it a state later, `fin` (the exponent's adders after NORM's
    /// counts and the product's top bit in one cycle were the ECP5's critical path,
    /// 12.8 ns). `pv`: the product the result is taken from.
    pr: Vec<DFF<Bits<32>>>,
    pv: Signal<Local, Bits<32>>,
    /// The state that writes the result: MUL, or with `deep` the one after it (5).
    fin: Constant<Bits<3>>,
}

impl Default for ScaleUnit {
    fn default() -> Self {
        ScaleUnit::new(false)
    }
}

impl ScaleUnit {
    /// `deep`: one state more for the result (see `pr`), for the ECP5.
    pub fn new(deep: bool) -> Self {
        ScaleUnit {
            clock: Default::default(),
            start: Default::default(),
            start_recip: Default::default(),
            q_n: Default::default(),
            q_r: Default::default(),
            rmode: Default::default(),
            m: Default::default(),
            ss_lo: Default::default(),
            ss_hi: Default::default(),
            c_mant: Default::default(),
            c_exp: Default::default(),
            busy: Default::default(),
            m_free: Default::default(),
            s_mant: Default::default(),
            s_exp: Default::default(),
            state: Default::default(),
            cnt: Default::default(),
            sq_lo: Default::default(),
            sq_hi: Default::default(),
            rem: Default::default(),
            root: Default::default(),
            sa: Default::default(),
            sb: Default::default(),
            q: Default::default(),
            mant: Default::default(),
            exp: Default::default(),
            remx: Default::default(),
            trial: Default::default(),
            dsq: Default::default(),
            ddv: Default::default(),
            q16: Default::default(),
            e: Default::default(),
            p: Default::default(),
            idle: Constant::new(0.into()),
            sqrt: Constant::new(1.into()),
            norm: Constant::new(2.into()),
            div: Constant::new(3.into()),
            mul: Constant::new(4.into()),
            pr: (0..deep as usize).map(|_| Default::default()).collect(),
            pv: Default::default(),
            fin: Constant::new(if deep { 5 } else { 4 }.into()),
        }
    }
}

impl Logic for ScaleUnit {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, rmode, cnt, sq_lo, sq_hi, rem, root, sa, sb, q, mant, exp);
        self.busy.next = self.state.q.val() != self.idle.val();
        self.m_free.next = (self.state.q.val() != self.idle.val())
            & !self.rmode.q.val()
            & (self.state.q.val() != self.sqrt.val())
            & !((self.state.q.val() == self.norm.val()) & (self.cnt.q.val() == 24));
        self.s_mant.next = self.mant.q.val();
        self.s_exp.next = self.exp.q.val();
        // n = 16 - a = (!a) + 17 in 8 bits; R = Q >> 2.
        self.q_n.next = (bit_cast::<8, 6>(self.sa.q.val()) ^ 0xff) + 17;
        self.q_r.next = self.q.q.val().get_bits::<16>(2);
        self.remx.next = (self.rem.q.val() << 2) | bit_cast::<32, 2>(self.sq_hi.q.val().get_bits::<2>(22));
        self.trial.next = (self.root.q.val() << 2) | 1;
        self.dsq.next = bit_cast::<30, 29>(self.remx.val().get_bits::<29>(0))
            - bit_cast::<30, 29>(self.trial.val().get_bits::<29>(0));
        self.ddv.next = bit_cast::<33, 32>(self.rem.q.val()) - bit_cast::<33, 32>(self.root.q.val());
        self.q16.next = self.q.q.val().get_bits::<16>(0);
        self.e.next = bit_cast::<16, 6>(self.sb.q.val()) - bit_cast::<16, 6>(self.sa.q.val()) - 16;
        if self.q.q.val().get_bit(16) {
            self.q16.next = self.q.q.val().get_bits::<16>(1);
            self.e.next = bit_cast::<16, 6>(self.sb.q.val()) - bit_cast::<16, 6>(self.sa.q.val()) - 15;
        }
        self.p.next = self.c_mant.val() * self.q16.val();
        self.pv.next = self.p.val();
        for i in 0..self.pr.len() {
            self.pr[i].clock.next = self.clock.val();
            self.pr[i].d.next = self.p.val();
            self.pv.next = self.pr[i].q.val();
        }
        if self.state.q.val() == self.idle.val() {
            if self.start.val() {
                self.rmode.d.next = false;
                self.state.d.next = self.sqrt.val();
                self.cnt.d.next = 0.into();
                self.sq_lo.d.next = self.ss_lo.val();
                self.sq_hi.d.next = self.ss_hi.val();
                self.rem.d.next = 0.into();
                self.root.d.next = 0.into();
            } else if self.start_recip.val() {
                self.rmode.d.next = true;
                self.q.d.next = self.m.val();
                self.root.d.next = self.m.val();
                self.sa.d.next = 0.into();
                self.sb.d.next = 0.into();
                // Past NORM's first step (cnt 24: the root's zero check), which is the
                // scale's alone.
                self.cnt.d.next = 25.into();
                self.state.d.next = self.norm.val();
                if self.m.val() == 0 {
                    // n = 16 - 16 = 0, R = 0.
                    self.q.d.next = 0.into();
                    self.sa.d.next = 16.into();
                    self.state.d.next = self.idle.val();
                }
            }
        } else if self.state.q.val() == self.sqrt.val() {
            self.sq_hi.d.next = (self.sq_hi.q.val() << 2) | bit_cast::<24, 2>(self.sq_lo.q.val().get_bits::<2>(22));
            self.sq_lo.d.next = self.sq_lo.q.val() << 2;
            self.rem.d.next = self.remx.val();
            self.root.d.next = self.root.q.val() << 1;
            if !self.dsq.val().get_bit(29) {
                self.rem.d.next = bit_cast::<32, 29>(self.dsq.val().get_bits::<29>(0));
                self.root.d.next = (self.root.q.val() << 1) | 1;
            }
            self.cnt.d.next = self.cnt.q.val() + 1;
            if self.cnt.q.val() == 23 {
                self.state.d.next = self.norm.val();
                // n1 = m, normalized in q (free until DIV).
                self.q.d.next = self.m.val();
                self.sa.d.next = 0.into();
                self.sb.d.next = 0.into();
            }
        } else if self.state.q.val() == self.norm.val() {
            if self.cnt.q.val() == 24 {
                // The root is final in root.q now; it is normalized in place as d1.
                self.cnt.d.next = 25.into();
                if (self.root.q.val() == 0) | (self.m.val() == 0) {
                    self.mant.d.next = 0.into();
                    self.exp.d.next = 0.into();
                    self.state.d.next = self.idle.val();
                }
            } else {
                if !self.q.q.val().get_bit(30) {
                    self.q.d.next = self.q.q.val() << 1;
                    self.sa.d.next = self.sa.q.val() + 1;
                }
                if !self.root.q.val().get_bit(30) {
                    self.root.d.next = self.root.q.val() << 1;
                    self.sb.d.next = self.sb.q.val() + 1;
                }
                if self.q.q.val().get_bit(30) & self.root.q.val().get_bit(30) {
                    self.state.d.next = self.div.val();
                    self.cnt.d.next = 0.into();
                    self.rem.d.next = self.q.q.val();
                    self.q.d.next = 0.into();
                    if self.rmode.q.val() {
                        self.rem.d.next = 0x7f00_0000u64.into();
                        self.root.d.next = self.root.q.val() & 0xffff_0000u64;
                    }
                }
            }
        } else if self.state.q.val() == self.div.val() {
            self.q.d.next = self.q.q.val() << 1;
            self.rem.d.next = self.rem.q.val() << 1;
            if !self.ddv.val().get_bit(32) {
                self.q.d.next = (self.q.q.val() << 1) | 1;
                self.rem.d.next = self.ddv.val().get_bits::<32>(0) << 1;
            }
            self.cnt.d.next = self.cnt.q.val() + 1;
            if self.cnt.q.val() == 16 {
                self.state.d.next = self.mul.val();
                if self.rmode.q.val() {
                    self.state.d.next = self.idle.val();
                }
            }
        } else if self.state.q.val() == self.fin.val() {
            // MUL (with `deep`: the state after it, from the registered product).
            self.mant.d.next = self.pv.val().get_bits::<16>(15);
            self.exp.d.next = self.c_exp.val() + self.e.val() + 15;
            if self.pv.val().get_bit(31) {
                self.mant.d.next = self.pv.val().get_bits::<16>(16);
                self.exp.d.next = self.c_exp.val() + self.e.val() + 16;
            }
            self.state.d.next = self.idle.val();
        } else {
            // MUL with `deep`: the product goes into `pr` this cycle.
            self.state.d.next = self.fin.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numerics::{bitlinear_scale, quant_recip, Scale};
    use crate::verify::*;
    use rand::{Rng, SeedableRng};

    const INPUTS: [Port; 7] = [
        port("start", 1),
        port("start_recip", 1),
        port("m", 32),
        port("ss_lo", 24),
        port("ss_hi", 24),
        port("c_mant", 16),
        port("c_exp", 16),
    ];
    const OUTPUTS: [Port; 5] =
        [port("busy", 1), port("s_mant", 16), port("s_exp", 16), port("q_n", 8), port("q_r", 16)];
    /// Cycles given to a scale and to a reciprocal (the longest take ~75 and ~50).
    const CYCLES: usize = 90;
    const CYCLES_R: usize = 56;

    fn cases() -> Vec<(u32, u64, Scale)> {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(5);
        let mut v = vec![
            (0, 12345, Scale { mant: 40000, exp: -30 }),
            (77, 0, Scale { mant: 40000, exp: -30 }),
            (1, 1, Scale { mant: 1 << 15, exp: -15 }),
            (1 << 30, 1, Scale { mant: 65535, exp: -40 }),
            (1, (1 << 48) - 1, Scale { mant: 65535, exp: 5 }),
            (1 << 30, (1 << 48) - 1, Scale { mant: 1 << 15, exp: -100 }),
            (3, 3, Scale { mant: 50000, exp: -20 }),
        ];
        // The reciprocal's edges: n from -14 to 16, m' at both ends of [2^14, 2^15).
        for m in [2u32, 127, 16383, 16384, 32767, 32768, 65535, (1 << 31) - 1] {
            v.push((m, 1 << 40, Scale { mant: 45000, exp: -50 }));
        }
        for _ in 0..40 {
            let m = rng.gen_range(1..=1u32 << 30) >> rng.gen_range(0..30);
            let ss = rng.gen_range(1..1u64 << 48) >> rng.gen_range(0..48);
            v.push((m, ss, Scale { mant: rng.gen_range(1 << 15..1 << 16), exp: rng.gen_range(-60..0) }));
        }
        v
    }

    /// Each case: the reciprocal of m, then the scale.
    fn vectors() -> Vec<Vec<u64>> {
        let mut out = Vec::new();
        for (m, ss, c) in cases() {
            let at = |start: bool, recip: bool| {
                vec![start as u64, recip as u64, m as u64, ss & 0xff_ffff, ss >> 24, c.mant as u64, c.exp as u16 as u64]
            };
            out.extend((0..CYCLES_R).map(|k| at(false, k == 0)));
            out.extend((0..CYCLES).map(|k| at(k == 0, false)));
        }
        out
    }

    fn sim(v: &[Vec<u64>], deep: bool) -> Vec<Vec<u64>> {
        let mut u = ScaleUnit::new(deep);
        u.connect_all();
        rust_trace(
            &mut u,
            v,
            |u, x| {
                u.start.next = x[0] != 0;
                u.start_recip.next = x[1] != 0;
                u.m.next = x[2].into();
                u.ss_lo.next = x[3].into();
                u.ss_hi.next = x[4].into();
                u.c_mant.next = x[5].into();
                u.c_exp.next = x[6].into();
            },
            |u| {
                vec![
                    u.busy.val() as u64,
                    u.s_mant.val().to_u64(),
                    u.s_exp.val().to_u64(),
                    u.q_n.val().to_u64(),
                    u.q_r.val().to_u64(),
                ]
            },
            |u, c| u.clock.next = Clock { clk: c },
        )
        .unwrap()
    }

    /// Both forms: with `deep` the result a cycle later (within the same budget).
    #[test]
    fn equals_the_golden_scale_and_reciprocal_and_verilog_matches() {
        for deep in [false, true] {
            check(deep);
        }
    }

    fn check(deep: bool) {
        let v = vectors();
        let trace = sim(&v, deep);
        let mut last = Scale { mant: 0, exp: 0 };
        for (i, (m, ss, c)) in cases().into_iter().enumerate() {
            let r = &trace[i * (CYCLES_R + CYCLES) + CYCLES_R - 1];
            assert_eq!(r[0], 0, "case {i}: reciprocal still busy after {CYCLES_R} cycles");
            let want = if m == 0 { (0, 0) } else { quant_recip(m) };
            assert_eq!((r[3] as u8 as i8 as i32, r[4] as u32), want, "case {i}: reciprocal of m {m}");
            let kept = Scale { mant: r[1] as u32, exp: r[2] as u16 as i16 as i32 };
            assert_eq!(kept, last, "case {i}: the reciprocal changed the held scale");
            let end = &trace[(i + 1) * (CYCLES_R + CYCLES) - 1];
            assert_eq!(end[0], 0, "case {i} still busy after {CYCLES} cycles");
            last = bitlinear_scale(c, m, ss);
            let got = Scale { mant: end[1] as u32, exp: end[2] as u16 as i16 as i32 };
            assert_eq!(got, last, "case {i}: m {m} ss {ss} c {c:?} (deep {deep})");
        }
        let mut u = ScaleUnit::new(deep);
        u.connect_all();
        let vlog = generate_verilog(&u);
        let ver = icarus_trace(&format!("scale{}", deep as u8), &vlog, &INPUTS, &OUTPUTS, &v).unwrap();
        same_traces(&trace, &ver, &OUTPUTS).unwrap();
        yosys_synth("scale", &vlog).unwrap();
    }
}
