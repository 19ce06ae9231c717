//! A signed multiplier primitive: `p = a * b` over the low `wa` and `wb` bits of its
//! inputs taken as two's complement, result truncated to 32 bits. Combinational; Yosys
//! maps it to SB_MAC16 (iCE40, `-dsp`) or MULT18X18D (ECP5). rust-hdl only multiplies
//! 16 x 16 unsigned, so this is a primitive with a Rust model and custom Verilog (the
//! two are checked against each other by the unit tests).

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct MulS {
    /// Left operand: the low `wa` bits, two's complement.
    pub a: Signal<In, Bits<32>>,
    /// Right operand: the low `wb` bits, two's complement.
    pub b: Signal<In, Bits<32>>,
    /// The product, modulo 2^32 (every use keeps |p| < 2^31).
    pub p: Signal<Out, Bits<32>>,
    _wa: usize,
    _wb: usize,
}

fn sext(v: u64, w: usize) -> i64 {
    let v = v & ((1u64 << w) - 1);
    if (v >> (w - 1)) & 1 == 1 {
        v as i64 - (1i64 << w)
    } else {
        v as i64
    }
}

impl MulS {
    pub fn new(wa: usize, wb: usize) -> Self {
        assert!((2..=32).contains(&wa) && (2..=32).contains(&wb) && wa + wb <= 48);
        MulS { a: Default::default(), b: Default::default(), p: Default::default(), _wa: wa, _wb: wb }
    }
}

impl Logic for MulS {
    fn update(&mut self) {
        let a = sext(self.a.val().to_u64(), self._wa);
        let b = sext(self.b.val().to_u64(), self._wb);
        self.p.next = ((a * b) as u64 & 0xffff_ffff).into();
    }
    fn connect(&mut self) {
        self.p.connect();
    }
    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "wire signed [{a1}:0] sa = a[{a1}:0];
wire signed [{b1}:0] sb = b[{b1}:0];
wire signed [{pw1}:0] prod = sa * sb;
always @(*) p = prod[31:0];",
            a1 = self._wa - 1,
            b1 = self._wb - 1,
            pw1 = (self._wa + self._wb).max(32) - 1
        ))
    }
}
