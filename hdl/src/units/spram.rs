//! A single-port RAM: one address, shared by reads and writes, on one clock. This is the
//! weight memory W: on the iCE40UP5K Yosys maps it (`synth_ice40 -spram`) to
//! SB_SPRAM256KA blocks (16K x 16 bits each, so a 32-bit word of depth <= 16384 takes
//! two), on ECP5 to DP16KD, elsewhere to block RAM. The written Verilog is the pattern
//! Yosys's memory mapper recognises (write, else read), so the same text simulates in
//! Verilator/Icarus and synthesizes to the primitive, with no vendor cell in the source.
//!
//! Behaviour (the simulation model and the Verilog agree on it):
//! - the port's address is `write_address` when `write_enable` is high, else
//!   `read_address` (the core writes only from the host port, while idle);
//! - at the rising edge, a write stores `write_data` and leaves `read_data` unchanged
//!   (the SPRAM holds DATAOUT while writing); otherwise `read_data` takes the word at the
//!   address;
//! - the memory is `ram::alloc_depth(depth)` = 2^k words deep and addressed by the low k
//!   address bits (addresses beyond wrap; no compare logic), as `Ram` is. The block RAMs
//!   or SPRAMs hold that many words anyway (ECP5: 7,936 -> 8,192 words in the same 16
//!   DP16KD; iCE40UP5K: 32,006 -> 32,768 in the same 4 SPRAMs). A depth compare fed
//!   every W block's output reset (reads beyond the depth gave 0): the ECP5's critical
//!   path, 18.5 ns.

use super::ram::alloc_depth;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct SpRam<D: Synth, const N: usize> {
    /// Word address read at the rising edge when `write_enable` is low.
    pub read_address: Signal<In, Bits<N>>,
    /// The word read at the last rising edge without a write.
    pub read_data: Signal<Out, D>,
    /// Word address written at the rising edge when `write_enable` is high.
    pub write_address: Signal<In, Bits<N>>,
    pub write_data: Signal<In, D>,
    pub write_enable: Signal<In, Bit>,
    pub clock: Signal<In, Clock>,
    _depth: usize,
    _mem: Vec<D>,
    _two_port: bool,
}

impl<D: Synth, const N: usize> SpRam<D, N> {
    pub fn new(depth: usize) -> Self {
        assert!(depth >= 1 && depth <= 1 << N, "SpRam depth {depth} does not fit {N} address bits");
        SpRam {
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            clock: Default::default(),
            _depth: depth,
            _mem: vec![D::default(); alloc_depth(depth)],
            _two_port: false,
        }
    }
    /// The same memory and behaviour, written with a read port and a write port of their
    /// own (the read port disabled while writing), for parts whose block RAM has two
    /// ports (the ECP5's DP16KD): no address choice by `write_enable` before every
    /// block's address pins (that choice, fed by the sequencer's, was on the ECP5's
    /// critical path). Not for the iCE40UP5K's SPRAM, which has one address.
    pub fn new_two_port(depth: usize) -> Self {
        SpRam { _two_port: true, ..Self::new(depth) }
    }
    pub fn depth(&self) -> usize {
        self._depth
    }
    fn index(&self, a: usize) -> usize {
        a & (self._mem.len() - 1)
    }
    /// The first `depth` words.
    pub fn contents(&self) -> &[D] {
        &self._mem[..self._depth]
    }
    pub fn contents_mut(&mut self) -> &mut [D] {
        &mut self._mem[..self._depth]
    }
}

impl<D: Synth, const N: usize> Logic for SpRam<D, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            if self.write_enable.val() {
                let i = self.index(self.write_address.val().index());
                self._mem[i] = self.write_data.val();
            } else {
                self.read_data.next = self._mem[self.index(self.read_address.val().index())];
            }
        }
    }
    fn connect(&mut self) {
        self.read_data.connect();
    }
    fn hdl(&self) -> Verilog {
        let d = self._mem.len() - 1;
        let k1 = self._mem.len().trailing_zeros() - 1;
        // The initial block is for simulators only: SPRAM cannot be initialised, and a
        // memory with initial contents would not map to it.
        let head = format!(
            "reg [{w}:0] mem [0:{d}];\n{addr}`ifndef SYNTHESIS
integer i;
initial begin
  for (i = 0; i <= {d}; i = i + 1) mem[i] = 0;
  read_data = 0;
end
`endif
",
            w = D::BITS - 1,
            addr = if self._two_port {
                String::new()
            } else {
                format!(
                    "wire [{n}:0] address = write_enable ? write_address : read_address;
wire [{k1}:0] index = address[{k1}:0];
",
                    n = N - 1
                )
            },
        );
        if self._two_port {
            return Verilog::Custom(format!(
                "{head}always @(posedge clock) begin
  if (write_enable) begin
    mem[write_address[{k1}:0]] <= write_data;
  end
end
always @(posedge clock) begin
  if (!write_enable) begin
    read_data <= mem[read_address[{k1}:0]];
  end
end"
            ));
        }
        Verilog::Custom(format!(
            "{head}always @(posedge clock) begin
  if (write_enable) begin
    mem[index] <= write_data;
  end else begin
    read_data <= mem[index];
  end
end"
        ))
    }
    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "spram".into(),
            clock: "clock".into(),
            inputs: vec!["read_address".into(), "write_address".into(), "write_data".into(), "write_enable".into()],
            outputs: vec!["read_data".into()],
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::{icarus_trace, rust_trace, same_traces, yosys_synth, Port};

    const INPUTS: [Port; 4] = [
        Port { name: "read_address", width: 15 },
        Port { name: "write_address", width: 15 },
        Port { name: "write_data", width: 32 },
        Port { name: "write_enable", width: 1 },
    ];
    const OUTPUTS: [Port; 1] = [Port { name: "read_data", width: 32 }];

    /// A plain model: a map from address to word plus the held output; the memory is the
    /// next power of two (at least 2) deep and addresses wrap at it.
    fn golden(depth: usize, v: &[Vec<u64>]) -> Vec<Vec<u64>> {
        let cap = depth.next_power_of_two().max(2);
        let mut mem = vec![0u64; cap];
        let mut out = 0u64;
        let idx = |a: u64| a as usize & (cap - 1);
        let mut trace = vec![];
        for x in v {
            trace.push(vec![out]);
            if x[3] != 0 {
                mem[idx(x[1])] = x[2];
            } else {
                out = mem[idx(x[0])];
            }
        }
        trace
    }

    /// Seeded random writes and reads, with addresses at 0, depth-1, depth and the top.
    fn vectors(seed: u64, depth: usize, n: usize) -> Vec<Vec<u64>> {
        let mut s = seed;
        let mut rnd = move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        let edges = [0u64, depth as u64 - 1, depth as u64, (1 << 15) - 1];
        (0..n)
            .map(|i| {
                let r = rnd();
                let a = if r % 5 == 0 { edges[(r >> 8) as usize % 4] } else { rnd() % (depth as u64 + 8) };
                let wa = if r % 7 == 0 { edges[(r >> 12) as usize % 4] } else { rnd() % (depth as u64 + 8) };
                let data = if r % 11 == 0 { 0xffff_ffff } else { rnd() & 0xffff_ffff };
                // Write-heavy at first so that reads find data.
                let we = (i < n / 3 || r % 3 == 0) as u64;
                vec![a, wa, data, we]
            })
            .collect()
    }

    fn sim(depth: usize, two_port: bool, v: &[Vec<u64>]) -> (SpRam<Bits<32>, 15>, Vec<Vec<u64>>) {
        let mut u = if two_port { SpRam::<Bits<32>, 15>::new_two_port(depth) } else { SpRam::new(depth) };
        u.connect_all();
        let t = rust_trace(
            &mut u,
            v,
            |u, x| {
                u.read_address.next = x[0].into();
                u.write_address.next = x[1].into();
                u.write_data.next = x[2].into();
                u.write_enable.next = x[3] != 0;
            },
            |u| vec![u.read_data.val().to_u64()],
            |u, c| u.clock.next = Clock { clk: c },
        )
        .unwrap();
        (u, t)
    }

    #[test]
    fn simulation_equals_the_plain_model_at_both_depth_kinds() {
        for (seed, depth) in [(1, 100), (2, 64), (3, 1)] {
            let v = vectors(seed, depth, 600);
            for two_port in [false, true] {
                let (_, got) = sim(depth, two_port, &v);
                assert_eq!(got, golden(depth, &v), "depth {depth}, two ports {two_port}");
            }
        }
    }

    #[test]
    fn verilog_matches_and_maps_to_spram() {
        for (seed, depth) in [(4, 100), (5, 64)] {
            let v = vectors(seed, depth, 400);
            for two_port in [false, true] {
                let (u, rust) = sim(depth, two_port, &v);
                let vlog = generate_verilog(&u);
                let ver = icarus_trace(&format!("spram{depth}_{two_port}"), &vlog, &INPUTS, &OUTPUTS, &v).unwrap();
                same_traces(&rust, &ver, &OUTPUTS).unwrap();
            }
        }
        // The W memory of the iCEBreaker build: 14,208 words of 32 bits -> two SPRAMs.
        let mut u = SpRam::<Bits<32>, 15>::new(14_208);
        u.connect_all();
        let stat = yosys_synth("spram_map", &generate_verilog(&u)).unwrap();
        assert!(stat.contains("SB_SPRAM256KA"), "not mapped to SPRAM:\n{stat}");
        assert!(!stat.contains("SB_RAM40_4K"), "spilled into block RAM:\n{stat}");
    }
}
