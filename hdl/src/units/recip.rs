//! The quantizer's reciprocal, once per vector (golden: `numerics::quant_recip`):
//! `n = bitlen(m) - 15`, `m' = m >> n` (or `<< -n`) in [2^14, 2^15), and
//! `R = floor(127 * 2^22 / m')` by 29 steps of bit-serial long division (the numerator
//! has 29 bits; rem < 2 m' < 2^16). At most ~46 cycles. m = 0 gives n = 0, R = 0.
//!
//! Widths: the numerator 127 * 2^22 is a constant, so its bit entering each step is
//! `step < 7` (no shift register); rem and the shifted-in rem' = 2 rem + bit < 2^17 take
//! 17 bits; one 18-bit subtraction rem' - m' decides the quotient bit by its borrow and
//! gives the new remainder.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct QuantRecip {
    pub clock: Signal<In, Clock>,
    pub start: Signal<In, Bit>,
    /// max |z| (< 2^31).
    pub m: Signal<In, Bits<32>>,
    pub busy: Signal<Out, Bit>,
    /// The normalizing shift n (two's complement, -14..16) and R (< 2^15), held.
    pub n: Signal<Out, Bits<8>>,
    pub r: Signal<Out, Bits<16>>,
    state: DFF<Bits<2>>,
    idle: Constant<Bits<2>>,
    norm: Constant<Bits<2>>,
    div: Constant<Bits<2>>,
    mm: DFF<Bits<32>>,
    nn: DFF<Bits<8>>,
    rem: DFF<Bits<17>>,
    quo: DFF<Bits<16>>,
    cnt: DFF<Bits<5>>,
    remx: Signal<Local, Bits<17>>,
    diff: Signal<Local, Bits<18>>,
}

impl Default for QuantRecip {
    fn default() -> Self {
        QuantRecip {
            clock: Default::default(),
            start: Default::default(),
            m: Default::default(),
            busy: Default::default(),
            n: Default::default(),
            r: Default::default(),
            state: Default::default(),
            mm: Default::default(),
            nn: Default::default(),
            rem: Default::default(),
            quo: Default::default(),
            cnt: Default::default(),
            remx: Default::default(),
            diff: Default::default(),
            idle: Constant::new(0.into()),
            norm: Constant::new(1.into()),
            div: Constant::new(2.into()),
        }
    }
}

impl Logic for QuantRecip {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, mm, nn, rem, quo, cnt);
        self.busy.next = self.state.q.val() != self.idle.val();
        self.n.next = self.nn.q.val();
        self.r.next = self.quo.q.val();
        self.remx.next = self.rem.q.val() << 1;
        if self.cnt.q.val() < 7 {
            self.remx.next = (self.rem.q.val() << 1) | 1;
        }
        self.diff.next = bit_cast::<18, 17>(self.remx.val()) - bit_cast::<18, 17>(self.mm.q.val().get_bits::<17>(0));
        if self.state.q.val() == self.idle.val() {
            if self.start.val() {
                self.mm.d.next = self.m.val();
                self.nn.d.next = 0.into();
                self.quo.d.next = 0.into();
                if self.m.val() != 0 {
                    self.state.d.next = self.norm.val();
                }
            }
        } else if self.state.q.val() == self.norm.val() {
            if self.mm.q.val().get_bits::<17>(15) != 0 {
                self.mm.d.next = self.mm.q.val() >> 1;
                self.nn.d.next = self.nn.q.val() + 1;
            } else if !self.mm.q.val().get_bit(14) {
                self.mm.d.next = self.mm.q.val() << 1;
                self.nn.d.next = self.nn.q.val() - 1;
            } else {
                self.state.d.next = self.div.val();
                self.rem.d.next = 0.into();
                self.cnt.d.next = 0.into();
            }
        } else {
            self.rem.d.next = self.remx.val();
            self.quo.d.next = self.quo.q.val() << 1;
            if !self.diff.val().get_bit(17) {
                self.rem.d.next = self.diff.val().get_bits::<17>(0);
                self.quo.d.next = (self.quo.q.val() << 1) | 1;
            }
            self.cnt.d.next = self.cnt.q.val() + 1;
            if self.cnt.q.val() == 28 {
                self.state.d.next = self.idle.val();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numerics::quant_recip;
    use crate::verify::*;
    use rand::{Rng, SeedableRng};

    const CYCLES: usize = 52;

    #[test]
    fn equals_the_golden_reciprocal_and_verilog_matches() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(6);
        let mut ms: Vec<u32> = vec![0, 1, 2, 3, 127, 16383, 16384, 32767, 32768, 1 << 30, (1 << 31) - 1];
        ms.extend((0..40).map(|_| rng.gen::<u32>() >> rng.gen_range(1..31)));
        let v: Vec<Vec<u64>> =
            ms.iter().flat_map(|&m| (0..CYCLES).map(move |k| vec![(k == 0) as u64, m as u64])).collect();
        let mut u = QuantRecip::default();
        u.connect_all();
        let trace = rust_trace(
            &mut u,
            &v,
            |u, x| {
                u.start.next = x[0] != 0;
                u.m.next = x[1].into();
            },
            |u| vec![u.busy.val() as u64, u.n.val().to_u64(), u.r.val().to_u64()],
            |u, c| u.clock.next = Clock { clk: c },
        )
        .unwrap();
        for (i, &m) in ms.iter().enumerate() {
            let end = &trace[(i + 1) * CYCLES - 1];
            assert_eq!(end[0], 0, "m {m}: still busy");
            let want = if m == 0 { (0, 0) } else { quant_recip(m) };
            assert_eq!((end[1] as u8 as i8 as i32, end[2] as u32), want, "m {m}");
        }
        let vlog = generate_verilog(&u);
        let outs = [port("busy", 1), port("n", 8), port("r", 16)];
        let ver = icarus_trace("recip", &vlog, &[port("start", 1), port("m", 32)], &outs, &v).unwrap();
        same_traces(&trace, &ver, &outs).unwrap();
        yosys_synth("recip", &vlog).unwrap();
    }
}
