//! A block RAM: one synchronous write port and one registered read port on one clock.
//! The exported Verilog infers SB_RAM40_4K (iCE40) or DP16KD (ECP5); the simulation
//! model keeps the contents in a `Vec` (fast), and `depth` is a run-time value so the
//! memory is exactly as deep as `HwConfig` says.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Ram<D: Synth, const N: usize> {
    /// Word address read at each rising edge; `read_data` holds it after the edge.
    pub read_address: Signal<In, Bits<N>>,
    /// The word at the previous cycle's `read_address` (0 beyond `depth`).
    pub read_data: Signal<Out, D>,
    pub write_address: Signal<In, Bits<N>>,
    pub write_data: Signal<In, D>,
    /// Write `write_data` at `write_address` at the rising edge.
    pub write_enable: Signal<In, Bit>,
    pub clock: Signal<In, Clock>,
    _depth: usize,
    _mem: Vec<D>,
}

impl<D: Synth, const N: usize> Ram<D, N> {
    pub fn new(depth: usize) -> Self {
        assert!(depth >= 1 && depth <= 1 << N, "Ram depth {depth} does not fit {N} address bits");
        Ram {
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            clock: Default::default(),
            _depth: depth,
            _mem: vec![D::default(); depth],
        }
    }
    pub fn depth(&self) -> usize {
        self._depth
    }
    /// Direct access for tests and for reading results out of a simulation.
    pub fn contents(&self) -> &[D] {
        &self._mem
    }
    pub fn contents_mut(&mut self) -> &mut [D] {
        &mut self._mem
    }
}

impl<D: Synth, const N: usize> Logic for Ram<D, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let ra = self.read_address.val().index();
            self.read_data.next = if ra < self._depth { self._mem[ra] } else { D::default() };
            if self.write_enable.val() {
                let wa = self.write_address.val().index();
                if wa < self._depth {
                    self._mem[wa] = self.write_data.val();
                }
            }
        }
    }
    fn connect(&mut self) {
        self.read_data.connect();
    }
    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "reg [{w}:0] mem [0:{d}];
integer i;
initial begin
  for (i = 0; i <= {d}; i = i + 1) mem[i] = 0;
  read_data = 0;
end
always @(posedge clock) begin
  if (read_address <= {d}) read_data <= mem[read_address]; else read_data <= 0;
  if (write_enable && write_address <= {d}) mem[write_address] <= write_data;
end",
            w = D::BITS - 1,
            d = self._depth - 1
        ))
    }
    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "ram".into(),
            clock: "clock".into(),
            inputs: vec!["read_address".into(), "write_address".into(), "write_data".into(), "write_enable".into()],
            outputs: vec!["read_data".into()],
        }]
    }
}

/// A ROM with registered read, filled at elaboration (the sigmoid table).
#[derive(LogicBlock)]
pub struct Rom<D: Synth, const N: usize> {
    pub address: Signal<In, Bits<N>>,
    /// The word at the previous cycle's address.
    pub data: Signal<Out, D>,
    pub clock: Signal<In, Clock>,
    _mem: Vec<D>,
}

impl<D: Synth, const N: usize> Rom<D, N> {
    pub fn new(contents: Vec<D>) -> Self {
        assert!(!contents.is_empty() && contents.len() <= 1 << N);
        Rom { address: Default::default(), data: Default::default(), clock: Default::default(), _mem: contents }
    }
}

impl<D: Synth, const N: usize> Logic for Rom<D, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let a = self.address.val().index();
            self.data.next = if a < self._mem.len() { self._mem[a] } else { D::default() };
        }
    }
    fn connect(&mut self) {
        self.data.connect();
    }
    fn hdl(&self) -> Verilog {
        let init: Vec<String> =
            self._mem.iter().enumerate().map(|(i, v)| format!("  mem[{i}] = {};", v.verilog())).collect();
        Verilog::Custom(format!(
            "reg [{w}:0] mem [0:{d}];
initial begin
{init}
  data = 0;
end
always @(posedge clock) begin
  data <= mem[address];
end",
            w = D::BITS - 1,
            d = self._mem.len() - 1,
            init = init.join("\n")
        ))
    }
    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "rom".into(),
            clock: "clock".into(),
            inputs: vec!["address".into()],
            outputs: vec!["data".into()],
        }]
    }
}
