//! A block RAM: one synchronous write port and one registered read port on one clock.
//! The exported Verilog infers SB_RAM40_4K (iCE40) or DP16KD (ECP5); the simulation
//! model keeps the contents in a `Vec` (fast). `depth` (from `HwConfig`) is rounded up
//! to a power of two, 2^k, and both ports use the low k address bits: addresses at or
//! beyond 2^k wrap. No address is compared with the depth: the compare and the zeroed
//! output it drove cost ~100 logic cells on the iCE40 (the output's zeroing needs fabric
//! logic there) and fed the ECP5's output resets. The rounding costs no block RAM for
//! the bundled models' memories (checked by the builds' reports); nothing addresses
//! beyond `depth` (the link's range checks, the programs' checks).

use rust_hdl::prelude::*;

/// The depth a memory of `depth` words is allocated with (`Ram`, `SpRam`, and the
/// memory-fit count in `HwConfig::memories`): the next power of two, at least 2.
pub fn alloc_depth(depth: usize) -> usize {
    depth.next_power_of_two().max(2)
}

#[derive(LogicBlock)]
pub struct Ram<D: Synth, const N: usize> {
    /// Word address read at each rising edge; `read_data` holds it after the edge.
    pub read_address: Signal<In, Bits<N>>,
    /// The word at the previous cycle's `read_address` (modulo the rounded depth).
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
            _mem: vec![D::default(); alloc_depth(depth)],
        }
    }
    pub fn depth(&self) -> usize {
        self._depth
    }
    /// Direct access (the first `depth` words) for tests and for reading results out
    /// of a simulation.
    pub fn contents(&self) -> &[D] {
        &self._mem[..self._depth]
    }
    pub fn contents_mut(&mut self) -> &mut [D] {
        &mut self._mem[..self._depth]
    }
}

impl<D: Synth, const N: usize> Logic for Ram<D, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let mask = self._mem.len() - 1;
            self.read_data.next = self._mem[self.read_address.val().index() & mask];
            if self.write_enable.val() {
                self._mem[self.write_address.val().index() & mask] = self.write_data.val();
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
wire [{k1}:0] ra = read_address[{k1}:0];
wire [{k1}:0] wa = write_address[{k1}:0];
always @(posedge clock) begin
  read_data <= mem[ra];
  if (write_enable) mem[wa] <= write_data;
end",
            w = D::BITS - 1,
            d = self._mem.len() - 1,
            k1 = self._mem.len().trailing_zeros() - 1
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
    _block: bool,
}

impl<D: Synth, const N: usize> Rom<D, N> {
    pub fn new(contents: Vec<D>) -> Self {
        assert!(!contents.is_empty() && contents.len() <= 1 << N);
        Rom {
            address: Default::default(),
            data: Default::default(),
            clock: Default::default(),
            _mem: contents,
            _block: false,
        }
    }
    /// A ROM that synthesis must put in block RAM however small it is (`rom_style`):
    /// Yosys builds ROMs of a few hundred bits from logic cells, which the iCE40UP5K
    /// has fewer of than spare block RAMs.
    pub fn in_block_ram(contents: Vec<D>) -> Self {
        Rom { _block: true, ..Self::new(contents) }
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
            "{attr}reg [{w}:0] mem [0:{d}];
initial begin
{init}
  data = 0;
end
always @(posedge clock) begin
  data <= mem[address];
end",
            w = D::BITS - 1,
            d = self._mem.len() - 1,
            init = init.join("\n"),
            attr = if self._block { "(* rom_style = \"block\" *) " } else { "" }
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
