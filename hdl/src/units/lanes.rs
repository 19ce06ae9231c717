//! A group of N = 16 (or 8) lanes of the ternary lane array (output-stationary). Each
//! cycle every lane takes the same broadcast int8 activation `q` and its own trit: add
//! `q`, add `-q`, or hold. There is no multiplier. The lane array is `LANES / 16` groups
//! of 16 side by side, each fed by one 32-bit word (16 trits) of its own weight memory;
//! at LANES = 8 (the iCE40UP5K, whose logic cells do not hold 16) one group of 8, fed by
//! either half of a W word (`HwConfig::w_half`).
//!
//! Widths: |acc| <= 127 * K < 2^17 for K <= 1032 (`numerics::MAX_K`), so 18-bit
//! two's-complement accumulators are exact; the activation comes sign-extended from 8 to
//! 18 bits with its negation (`qpos`, `qneg`: computed once by the core for every group,
//! registered there on the ECP5; `lane_operands`).
//!
//! Draining: `load` copies the N sums into a shift chain (while the next block may
//! start accumulating in the same cycle); `shift` moves the chain one lane towards
//! lane 0, whose value is `chain_out`. Chaining groups (`chain_in` <- the next group's
//! `chain_out`) drains all LANES sums through group 0 in LANES cycles. `shift2` moves it
//! two lanes (the even lanes and the odd lanes as two chains: `chain_out` and
//! `chain_out1` are lanes 0 and 1, `chain_in` and `chain_in1` enter lanes N - 2 and
//! N - 1), so chained groups drain in LANES / 2 cycles, two sums (rows 2t, 2t + 1) a
//! cycle: for a core whose ACC takes two rows a cycle (`HwConfig::wide`).

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct LaneGroup {
    pub clock: Signal<In, Clock>,
    /// N trits, lane l at bits 2l..2l+2, coded as in `pack` (01 = +1, 10 = -1, else 0);
    /// bits 2N.. are ignored.
    pub trits: Signal<In, Bits<32>>,
    /// The broadcast activation q sign-extended to 18 bits, and -q (`lane_operands`).
    pub qpos: Signal<In, Bits<18>>,
    pub qneg: Signal<In, Bits<18>>,
    /// Accumulate this cycle.
    pub enable: Signal<In, Bit>,
    /// With `enable`: start a new block (this contribution replaces the sum).
    pub first: Signal<In, Bit>,
    /// Copy the sums into the drain chain (takes precedence over `shift`).
    pub load: Signal<In, Bit>,
    /// Shift the drain chain one lane towards lane 0.
    pub shift: Signal<In, Bit>,
    /// Shift it two lanes (takes precedence over `shift`).
    pub shift2: Signal<In, Bit>,
    /// Enters lane N - 1 of the chain on `shift`, lane N - 2 on `shift2`.
    pub chain_in: Signal<In, Bits<18>>,
    /// Enters lane N - 1 on `shift2`.
    pub chain_in1: Signal<In, Bits<18>>,
    /// Lane 0 of the drain chain.
    pub chain_out: Signal<Out, Bits<18>>,
    /// Lane 1 of the drain chain.
    pub chain_out1: Signal<Out, Bits<18>>,
    acc: Vec<DFF<Bits<18>>>,
    drain: Vec<DFF<Bits<18>>>,
    sum: Vec<Signal<Local, Bits<18>>>,
    opnd: Vec<Signal<Local, Bits<18>>>,
    /// N - 1: the lane `chain_in` enters (a loop bound: the HDL kernel's indices must be
    /// loop variables or literals).
    _top: usize,
    /// N - 2: the lane `chain_in` enters on `shift2`.
    _top2: usize,
}

impl LaneGroup {
    /// A group of `n` lanes (8 or 16: the trit word is 32 bits).
    pub fn new(n: usize) -> LaneGroup {
        assert!(n == 8 || n == 16, "a lane group has 8 or 16 lanes, not {n}");
        LaneGroup {
            clock: Default::default(),
            trits: Default::default(),
            qpos: Default::default(),
            qneg: Default::default(),
            enable: Default::default(),
            first: Default::default(),
            load: Default::default(),
            shift: Default::default(),
            shift2: Default::default(),
            chain_in: Default::default(),
            chain_in1: Default::default(),
            chain_out: Default::default(),
            chain_out1: Default::default(),
            acc: (0..n).map(|_| Default::default()).collect(),
            drain: (0..n).map(|_| Default::default()).collect(),
            sum: (0..n).map(|_| Default::default()).collect(),
            opnd: (0..n).map(|_| Default::default()).collect(),
            _top: n - 1,
            _top2: n - 2,
        }
    }
}

impl Logic for LaneGroup {
    #[hdl_gen]
    fn update(&mut self) {
        for i in 0..self.acc.len() {
            self.acc[i].clock.next = self.clock.val();
            self.drain[i].clock.next = self.clock.val();
            self.acc[i].d.next = self.acc[i].q.val();
            self.drain[i].d.next = self.drain[i].q.val();
        }
        // Per lane one adder: first ? opnd : acc + opnd, opnd = (trit = +1 ? q : trit = -1
        // ? -q : 0). Written as a choice after the adder (not `(first ? 0 : acc) + opnd`),
        // the choice fits in the adder's own LUT on the iCE40 (sum LUT inputs: first, acc,
        // opnd, carry): 2 logic cells per bit instead of 3 (16 lanes: 467 LCs, not 723,
        // nextpnr-ice40 --pack-only).
        for i in 0..self.acc.len() {
            self.opnd[i].next = 0.into();
            if self.trits.val().get_bits::<2>(2 * i) == 1 {
                self.opnd[i].next = self.qpos.val();
            }
            if self.trits.val().get_bits::<2>(2 * i) == 2 {
                self.opnd[i].next = self.qneg.val();
            }
            self.sum[i].next = self.acc[i].q.val() + self.opnd[i].val();
            if self.enable.val() {
                self.acc[i].d.next = self.sum[i].val();
                if self.first.val() {
                    self.acc[i].d.next = self.opnd[i].val();
                }
            }
        }
        if self.load.val() {
            for i in 0..self.acc.len() {
                self.drain[i].d.next = self.acc[i].q.val();
            }
        } else if self.shift2.val() {
            for i in 0..self._top2 {
                self.drain[i].d.next = self.drain[i + 2].q.val();
            }
            for i in self._top2..self._top {
                self.drain[i].d.next = self.chain_in.val();
            }
            for i in self._top..self.acc.len() {
                self.drain[i].d.next = self.chain_in1.val();
            }
        } else if self.shift.val() {
            for i in 0..self._top {
                self.drain[i].d.next = self.drain[i + 1].q.val();
            }
            for i in self._top..self.acc.len() {
                self.drain[i].d.next = self.chain_in.val();
            }
        }
        self.chain_out.next = self.drain[0].q.val();
        self.chain_out1.next = self.drain[1].q.val();
    }
}

/// The lanes' operands for an int8 activation (its bits): q sign-extended to 18 bits and
/// -q, as the core computes them (the plain model of that step).
pub fn lane_operands(q: u8) -> (u64, u64) {
    let p = q as i8 as i64;
    ((p & 0x3ffff) as u64, (-p & 0x3ffff) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numerics::ternary_dot;
    use crate::pack::{code_trit, pack_matrix};
    use crate::verify::*;
    use rand::{Rng, SeedableRng};

    const INPUTS: [Port; 10] = [
        port("trits", 32),
        port("qpos", 18),
        port("qneg", 18),
        port("enable", 1),
        port("first", 1),
        port("load", 1),
        port("shift", 1),
        port("chain_in", 18),
        port("shift2", 1),
        port("chain_in1", 18),
    ];
    const OUTPUTS: [Port; 2] = [port("chain_out", 18), port("chain_out1", 18)];

    /// Vectors for `blocks` random N x K blocks (K >= N) for a group of N lanes, with the
    /// edge values -128, -127, 127, 0 among q, each drained while the next accumulates.
    /// For N = 8 the word's high half is random (the group must ignore it).
    /// `pairs`: drain with `shift2` (n / 2 shifts per block) instead of `shift`.
    fn vectors(seed: u64, blocks: usize, k: usize, n: usize, pairs: bool) -> (Vec<Vec<u64>>, Vec<i32>) {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let mut v = Vec::new();
        let mut want = Vec::new();
        let mut pending_drain = 0usize;
        for b in 0..=blocks {
            let trits: Vec<i8> = (0..n * k).map(|_| rng.gen_range(-1..=1)).collect();
            let q: Vec<i8> = (0..k)
                .map(|j| match (b + j) % 11 {
                    0 => -128,
                    1 => 127,
                    2 => 0,
                    3 => -127,
                    _ => rng.gen(),
                })
                .collect();
            let packed = pack_matrix(&trits, n, k, n);
            let wb = n / 4;
            for j in 0..k {
                let mut word = [0u8; 4];
                word[..wb].copy_from_slice(&packed[j * wb..(j + 1) * wb]);
                if n < 16 {
                    rng.fill(&mut word[wb..]);
                }
                let word = u32::from_le_bytes(word) as u64;
                let accumulate = b < blocks;
                let load = j == 0 && b > 0;
                let shift = !load && pending_drain > 0;
                if shift {
                    pending_drain -= 1;
                }
                if load {
                    pending_drain = if pairs { n / 2 } else { n };
                }
                // Lane 0 with the unused code 11 must act as 0: sprinkle a few.
                let word = if rng.gen_range(0..50) == 0 && accumulate { word | 3 } else { word };
                let (qp, qn) = lane_operands(q[j] as u8);
                v.push(vec![
                    word,
                    qp,
                    qn,
                    accumulate as u64,
                    (j == 0) as u64,
                    load as u64,
                    (shift && !pairs) as u64,
                    rng.gen_range(0..1 << 18),
                    (shift && pairs) as u64,
                    rng.gen_range(0..1 << 18),
                ]);
            }
            if b < blocks {
                let mut t = trits.clone();
                // Apply the same invalid-code substitutions to the expected sums.
                for (j, row) in v[v.len() - k..].iter().enumerate() {
                    if row[0] & 3 == 3 {
                        t[j] = code_trit(3);
                    }
                }
                for l in 0..n {
                    want.push(ternary_dot(&t[l * k..(l + 1) * k], &q));
                }
            }
        }
        (v, want)
    }

    fn uut(n: usize) -> LaneGroup {
        let mut u = LaneGroup::new(n);
        u.connect_all();
        u
    }

    fn sim(vectors: &[Vec<u64>], n: usize) -> Vec<Vec<u64>> {
        let mut u = uut(n);
        rust_trace(
            &mut u,
            vectors,
            |u, v| {
                u.trits.next = v[0].into();
                u.qpos.next = v[1].into();
                u.qneg.next = v[2].into();
                u.enable.next = v[3] != 0;
                u.first.next = v[4] != 0;
                u.load.next = v[5] != 0;
                u.shift.next = v[6] != 0;
                u.chain_in.next = v[7].into();
                u.shift2.next = v[8] != 0;
                u.chain_in1.next = v[9].into();
            },
            |u| vec![u.chain_out.val().to_u64(), u.chain_out1.val().to_u64()],
            |u, c| u.clock.next = Clock { clk: c },
        )
        .unwrap()
    }

    #[test]
    fn drained_sums_equal_the_ternary_dot_products() {
        for (n, k, pairs) in [(16, 20, false), (8, 11, false), (16, 20, true), (8, 11, true)] {
            let (v, want) = vectors(1, 3, k, n, pairs);
            let trace = sim(&v, n);
            // Block b's lane l appears on chain_out l+1 cycles after its load (cycle
            // (b+1)*k); in pairs lanes 2t and 2t+1 on chain_out and chain_out1 t+1 cycles
            // after.
            for (b, chunk) in want.chunks(n).enumerate() {
                for (l, &w) in chunk.iter().enumerate() {
                    let got = match pairs {
                        false => trace[(b + 1) * k + 1 + l][0],
                        true => trace[(b + 1) * k + 1 + l / 2][l % 2],
                    };
                    let got = ((got as i64) << 46 >> 46) as i32;
                    assert_eq!(got, w, "{n} lanes, pairs {pairs}: block {b} lane {l}");
                }
            }
        }
    }

    #[test]
    fn verilog_matches_the_simulation_and_synthesizes() {
        for (n, k, pairs) in [(16, 17, false), (8, 9, false), (16, 17, true)] {
            let (v, _) = vectors(2, 4, k, n, pairs);
            let rust = sim(&v, n);
            let vlog = generate_verilog(&uut(n));
            let ver = icarus_trace(&format!("lanegroup{n}"), &vlog, &INPUTS, &OUTPUTS, &v).unwrap();
            same_traces(&rust, &ver, &OUTPUTS).unwrap();
            let stat = yosys_synth(&format!("lanegroup{n}"), &vlog).unwrap();
            // Area budget: one adder and two operand LUTs per accumulator bit plus the
            // drain mux, about 73 LUT4 per lane (141 with the earlier two-adder form).
            let luts = crate::verify::cell_count(&stat, "SB_LUT4");
            assert!(luts <= n * 80, "a group of {n} lanes grew to {luts} LUT4s");
            assert!(!stat.contains("SB_MAC16"), "the lane array must not use multipliers");
        }
    }
}
