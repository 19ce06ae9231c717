//! The vector ALU: the element-wise work of one vector instruction, one element per
//! cycle, in a 6-stage pipeline. Golden model: `isa::Machine::exec` (each element is one
//! function of `numerics`).
//!
//! ```text
//! S0  inputs from the memories (x = bank A or an embedding byte, y = bank B, acc =
//!     ACC), registered: the memory outputs and the core's byte mux are a path of their own.
//! S1  the sigmoid ROM address is computed from x and imm (round to 1/64, clamp to [-8, 8)).
//!     With `sig_reg` (the ECP5) the address is registered first (S1r).
//! S2  sig = ROM output; one signed multiply P = ma * mb (18 x 16 bits). With `sig_reg`
//!     sig and the operands are registered first (S2m), then the multiplier's operands
//!     after their choice by opcode (S2o), and the multiply is in the stage after:
//!       MULSH EMB QMAX QUANT: x * y     SUMSQ: x * x     SILU: x * sig
//!       OMF: (2^15 - sig) * y           DEQ DEQADD: acc * (mant >> 2)
//!     The shift s of S3 (imm, 15, 14 or -exp-2 by opcode) is computed here too.
//!     `sig_reg`'s three stages (S1r, S2m, S2o) make every later stage and `latency` three
//!     cycles later.
//! S3  round_shift(P, s) as its low 16 bits (a 16-bit increment, not a 32-bit one: the
//!     iCE40's critical path) and three registered all-zeros/all-ones tests that say
//!     whether it fits in 16 bits; the SUMSQ accumulator, QMAX's |P|, QUANT's z >> n
//!     (its first step is the rounding shift's, s = n).
//! S4  saturate to 16 bits (by those tests and P's sign), the QMAX accumulator,
//!     ADD/SUB/DEQADD sums, QUANT's second multiply by R.
//!     (S3 and S4 were one stage: the shift, its rounding carry, the saturation and the
//!     DEQADD sum made the ECP5's critical path, 33 ns.)
//! S5  registered result: `out_valid` with `out_data` (16-bit) or `out_q` (int8),
//!     visible `latency(sig_reg)` = 5 (8) cycles after the element entered. MULSH with IMM_SS: the
//!     result squared (a second 16 x 16 multiplier) into a register,
//! S6  and that square added to the SUMSQ accumulator: SS is final 2 cycles after the
//!     last result (the core's DRAIN and FETCH take longer than that).
//! ```
//! Widths (all <= 32 bits, so the simulation stays fast):
//! - |x*y| <= 2^30; |acc| < 2^17 and mant>>2 < 2^14, so |P| < 2^31 in every case.
//! - round_shift(P, s) = ((P >>a (s-1)) + 1) >>a 1 for 1 <= s <= 31: no overflow.
//! - SUMSQ: x^2 <= 2^30, K < 2^17 terms: 48 bits, kept as two 24-bit halves (MULSH's
//!   fused squares alike: results are 16-bit).
//! - QUANT: |P >> n| <= m' < 2^15 and R < 2^15, so the second product is < 2^30.

use super::mul::MulS;
use super::ram::Rom;
use crate::isa::Opcode;
use rust_hdl::prelude::*;

/// Cycles from an element entering to its result on the outputs, without the sigmoid
/// register stage; callers ask `latency`, which knows both pipelines.
const LATENCY: usize = 5;

#[derive(LogicBlock)]
pub struct VAlu {
    pub clock: Signal<In, Clock>,
    /// An element enters this cycle.
    pub in_valid: Signal<In, Bit>,
    /// Opcode of the instruction (isa::Opcode numbering) and its imm8 (shift or
    /// fractional bits). Both are held from the instruction's first element until its
    /// last result is out (the core holds them through DRAIN), so every stage reads
    /// them here: no opcode, destination or bank travels down the pipeline. Results
    /// come out in order; the core counts them to address its writes.
    pub in_op: Signal<In, Bits<4>>,
    pub in_imm: Signal<In, Bits<8>>,
    /// Operand from bank A (or the embedding code, sign-extended, for EMB).
    pub in_x: Signal<In, Bits<16>>,
    /// Operand from bank B.
    pub in_y: Signal<In, Bits<16>>,
    /// Operand from ACC (18-bit two's complement).
    pub in_acc: Signal<In, Bits<18>>,
    /// Clear the SUMSQ accumulator (at the start of a SUMSQ instruction).
    pub clear_ss: Signal<In, Bit>,
    /// Clear the QMAX accumulator (at the start of a QMAX instruction).
    pub clear_m: Signal<In, Bit>,
    /// The per-token scale S (DEQ): mantissa and exponent (two's complement).
    pub s_mant: Signal<In, Bits<16>>,
    pub s_exp: Signal<In, Bits<16>>,
    /// The quantizer's shift n (two's complement, -14..16) and reciprocal R.
    pub q_n: Signal<In, Bits<8>>,
    pub q_r: Signal<In, Bits<16>>,
    /// Result stage.
    pub out_valid: Signal<Out, Bit>,
    pub out_data: Signal<Out, Bits<16>>,
    pub out_q: Signal<Out, Bits<8>>,
    /// Sum of squares (SUMSQ), low and high 24 bits.
    pub ss_lo: Signal<Out, Bits<24>>,
    pub ss_hi: Signal<Out, Bits<24>>,
    /// max |x*y| (QMAX).
    pub m: Signal<Out, Bits<32>>,
    sig: Rom<Bits<16>, 10>,
    m1: MulS,
    m2: MulS,
    /// MULSH's fused SUMSQ: the result squared.
    m3: MulS,
    sq_v: DFF<Bit>,
    sq_p: DFF<Bits<32>>,
    /// The SUMSQ accumulator's addend (S3's x^2, or S6's result square) and its enable.
    ssin: Signal<Local, Bits<32>>,
    ssadd: Signal<Local, Bit>,
    // S0 -> S1
    s1_valid: DFF<Bit>,
    s1_x: DFF<Bits<16>>,
    s1_y: DFF<Bits<16>>,
    s1_acc: DFF<Bits<18>>,
    /// The sigmoid index shift t = imm - 6 and t - 1 (fixed during an instruction).
    s1_t: DFF<Bits<8>>,
    s1_t1: DFF<Bits<8>>,
    // S1 -> S1r, with `sig_reg` only (length 1, else 0): the sigmoid address registered
    // before the table (its computation and the route to the block RAM were the ECP5's
    // critical path, 13.7 ns), the operands with it.
    a_valid: Vec<DFF<Bit>>,
    a_x: Vec<DFF<Bits<16>>>,
    a_y: Vec<DFF<Bits<16>>>,
    a_acc: Vec<DFF<Bits<18>>>,
    a_addr: Vec<DFF<Bits<10>>>,
    // S1(r) -> S2
    s2_valid: DFF<Bit>,
    s2_x: DFF<Bits<16>>,
    s2_y: DFF<Bits<16>>,
    s2_acc: DFF<Bits<18>>,
    // S2 -> S2m, with `sig_reg` only (length 1, else 0): the sigmoid table's output
    // registered with the operands, the multiply a stage later.
    m_valid: Vec<DFF<Bit>>,
    m_x: Vec<DFF<Bits<16>>>,
    m_y: Vec<DFF<Bits<16>>>,
    m_acc: Vec<DFF<Bits<18>>>,
    m_sig: Vec<DFF<Bits<16>>>,
    // S2m -> S2o, with `sig_reg` only: the multiplier's operands registered after their
    // choice by opcode (the choice and the DSP in one stage were the ECP5's critical
    // path, 14.7 ns).
    o_valid: Vec<DFF<Bit>>,
    o_x: Vec<DFF<Bits<16>>>,
    o_y: Vec<DFF<Bits<16>>>,
    o_a: Vec<DFF<Bits<32>>>,
    o_b: Vec<DFF<Bits<32>>>,
    /// With `sig_reg`: QUANT's n and -n registered (n, from the scale unit's counter
    /// through its adder and the negation into S3's shift, was the ECP5's critical
    /// path, 12.5 ns). n is final before QUANT's DECODE (which waits for the scale
    /// unit), its first element reaches S2 three cycles later.
    qn_r: Vec<DFF<Bits<8>>>,
    nn_r: Vec<DFF<Bits<8>>>,
    /// n: `q_n` or its register.
    qn: Signal<Local, Bits<8>>,
    // S2m (S2o) -> S3
    s3_valid: DFF<Bit>,
    s3_x: DFF<Bits<16>>,
    s3_y: DFF<Bits<16>>,
    s3_p: DFF<Bits<32>>,
    s3_shamt: DFF<Bits<8>>,
    /// s - 1, the first step's shift (registered: its borrow chain before the shifter
    /// was on the iCE40's critical path).
    s3_sh1: DFF<Bits<8>>,
    // S3 -> S4
    s4_valid: DFF<Bit>,
    s4_x: DFF<Bits<16>>,
    s4_y: DFF<Bits<16>>,
    /// round_shift(P, s)'s low 16 bits; whether it fits in 16 bits is S4's `ovf`, from
    /// the flags below; P's sign (`s4_neg`) picks the saturation value.
    s4_v: DFF<Bits<16>>,
    /// a1's three tests (see S3), or for the special shifts `fix` and their overflow.
    s4_hz: DFF<Bit>,
    s4_ho: DFF<Bit>,
    s4_sel: DFF<Bit>,
    s4_fix: DFF<Bit>,
    s4_fovf: DFF<Bit>,
    s4_neg: DFF<Bit>,
    s4_zn: DFF<Bits<16>>,
    /// QMAX: |P| and "this element counts", for S4's compare (|P|'s negation and the
    /// 32-bit compare in one stage were the iCE40's critical path).
    s4_absp: DFF<Bits<32>>,
    s4_qm: DFF<Bit>,
    // S4 -> S5 (outputs)
    r_valid: DFF<Bit>,
    r_data: DFF<Bits<16>>,
    r_q: DFF<Bits<8>>,
    acc_lo: DFF<Bits<24>>,
    acc_hi: DFF<Bits<24>>,
    acc_m: DFF<Bits<32>>,
    // S1 locals: sigmoid address.
    /// x sign-extended to 17 bits: round_shift(x, t) of a 16-bit x, its +1 included,
    /// stays within 17 signed bits.
    x17: Signal<Local, Bits<17>>,
    xr1: Signal<Local, Bits<17>>,
    /// round_shift(x, t)'s low 10 bits, and whether it is within [-512, 511].
    xlo: Signal<Local, Bits<10>>,
    xin: Signal<Local, Bit>,
    /// Sign masks for the arithmetic shifts: x >>a s = ((x ^ m) >> s) ^ m, m = all
    /// sign bits (one shifter, not two).
    xm: Signal<Local, Bits<17>>,
    /// (S3's, for the rounding shift and QUANT's shift alike.)
    am: Signal<Local, Bits<32>>,
    // S2m locals: the multiply stage's inputs (S2's registers, or S2m's), the operands.
    mv: Signal<Local, Bit>,
    mx: Signal<Local, Bits<16>>,
    my: Signal<Local, Bits<16>>,
    macc: Signal<Local, Bits<18>>,
    msig: Signal<Local, Bits<16>>,
    ma: Signal<Local, Bits<32>>,
    mb: Signal<Local, Bits<32>>,
    // S3 locals.
    shamt: Signal<Local, Bits<8>>,
    a1: Signal<Local, Bits<32>>,
    v16: Signal<Local, Bits<16>>,
    fix: Signal<Local, Bit>,
    fovf: Signal<Local, Bit>,
    ovf: Signal<Local, Bit>,
    sat_out: Signal<Local, Bits<16>>,
    /// ADD/SUB/DEQADD: x +- y of two 16-bit values, 17 bits.
    sum: Signal<Local, Bits<17>>,
    sum_sat: Signal<Local, Bits<16>>,
    x3: Signal<Local, Bits<17>>,
    y3: Signal<Local, Bits<17>>,
    absp: Signal<Local, Bits<32>>,
    lo25: Signal<Local, Bits<25>>,
    zn: Signal<Local, Bits<16>>,
    nneg: Signal<Local, Bits<8>>,
    qsum: Signal<Local, Bits<32>>,
    ones: Constant<Bits<32>>,
}

impl Default for VAlu {
    fn default() -> Self {
        VAlu::new(false)
    }
}

/// Cycles from an element entering to its result on the outputs, with or without the
/// sigmoid register stage.
pub const fn latency(sig_reg: bool) -> usize {
    LATENCY + 3 * sig_reg as usize
}

impl VAlu {
    /// `sig_reg`: register the sigmoid table's address and output and the multiplier's
    /// operands (three stages more: `latency(true)`), for parts whose block RAM is slow
    /// to its output and whose routes are long (the ECP5).
    pub fn new(sig_reg: bool) -> Self {
        let n = sig_reg as usize;
        fn v<T: Default>(n: usize) -> Vec<T> {
            (0..n).map(|_| T::default()).collect()
        }
        let table: Vec<Bits<16>> = crate::numerics::sigmoid_table().into_iter().map(|v| Bits::from(v as u64)).collect();
        VAlu {
            clock: Default::default(),
            in_valid: Default::default(),
            in_op: Default::default(),
            in_imm: Default::default(),
            in_x: Default::default(),
            in_y: Default::default(),
            in_acc: Default::default(),
            clear_ss: Default::default(),
            clear_m: Default::default(),
            s_mant: Default::default(),
            s_exp: Default::default(),
            q_n: Default::default(),
            q_r: Default::default(),
            out_valid: Default::default(),
            out_data: Default::default(),
            out_q: Default::default(),
            ss_lo: Default::default(),
            ss_hi: Default::default(),
            m: Default::default(),
            sig: Rom::new(table),
            m1: MulS::new(18, 16),
            m2: MulS::new(16, 16),
            m3: MulS::new(16, 16),
            sq_v: Default::default(),
            sq_p: Default::default(),
            ssin: Default::default(),
            ssadd: Default::default(),
            s2_valid: Default::default(),
            s1_valid: Default::default(),
            s1_t: Default::default(),
            s1_t1: Default::default(),
            s1_x: Default::default(),
            s1_y: Default::default(),
            s1_acc: Default::default(),
            s2_x: Default::default(),
            s2_y: Default::default(),
            s2_acc: Default::default(),
            m_valid: v(n),
            m_x: v(n),
            m_y: v(n),
            m_acc: v(n),
            m_sig: v(n),
            a_valid: v(n),
            a_x: v(n),
            a_y: v(n),
            a_acc: v(n),
            a_addr: v(n),
            o_valid: v(n),
            o_x: v(n),
            o_y: v(n),
            o_a: v(n),
            o_b: v(n),
            qn_r: v(n),
            nn_r: v(n),
            qn: Default::default(),
            s3_valid: Default::default(),
            s3_x: Default::default(),
            s3_y: Default::default(),
            s3_p: Default::default(),
            s3_shamt: Default::default(),
            s3_sh1: Default::default(),
            s4_valid: Default::default(),
            s4_x: Default::default(),
            s4_y: Default::default(),
            s4_v: Default::default(),
            s4_hz: Default::default(),
            s4_ho: Default::default(),
            s4_sel: Default::default(),
            s4_fix: Default::default(),
            s4_fovf: Default::default(),
            s4_neg: Default::default(),
            s4_zn: Default::default(),
            s4_absp: Default::default(),
            s4_qm: Default::default(),
            r_valid: Default::default(),
            r_data: Default::default(),
            r_q: Default::default(),
            acc_lo: Default::default(),
            acc_hi: Default::default(),
            acc_m: Default::default(),
            x17: Default::default(),
            xr1: Default::default(),
            xlo: Default::default(),
            xin: Default::default(),
            xm: Default::default(),
            am: Default::default(),
            mv: Default::default(),
            mx: Default::default(),
            my: Default::default(),
            macc: Default::default(),
            msig: Default::default(),
            ma: Default::default(),
            mb: Default::default(),
            shamt: Default::default(),
            a1: Default::default(),
            v16: Default::default(),
            fix: Default::default(),
            fovf: Default::default(),
            ovf: Default::default(),
            sat_out: Default::default(),
            sum: Default::default(),
            sum_sat: Default::default(),
            x3: Default::default(),
            y3: Default::default(),
            absp: Default::default(),
            lo25: Default::default(),
            zn: Default::default(),
            nneg: Default::default(),
            qsum: Default::default(),
            ones: Constant::new(0xffff_ffffu64.into()),
        }
    }
}

// Opcode numbers as plain constants (hdl_gen compares against literals).
const _: () = {
    assert!(Opcode::MulSh as u8 == 1 && Opcode::Add as u8 == 2 && Opcode::Sub as u8 == 3);
    assert!(Opcode::Silu as u8 == 4 && Opcode::Omf as u8 == 5 && Opcode::SumSq as u8 == 6);
    assert!(Opcode::QMax as u8 == 7 && Opcode::Quant as u8 == 8 && Opcode::Deq as u8 == 11);
    assert!(Opcode::DeqAdd as u8 == 12 && Opcode::Emb as u8 == 13);
    // MULSH's imm: the shift in bits 0..6 (`& 0x3f` below), IMM_SS is bit 6 (`get_bit(6)`;
    // the core's DECODE reads it as program word bit 62).
    assert!(crate::isa::IMM_SS as u8 == 1 << 6);
};

impl Logic for VAlu {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, s1_t, s1_t1, s1_valid, s1_x, s1_y, s1_acc, s2_valid, s2_x, s2_y, s2_acc, s3_valid, s3_x, s3_y,
            s3_p, s3_shamt, s3_sh1, s4_valid, s4_x, s4_y, s4_v, s4_hz, s4_ho, s4_sel, s4_fix, s4_fovf, s4_neg, s4_zn,
            s4_absp, s4_qm, r_valid, r_data, r_q, acc_lo, acc_hi, acc_m, sq_v, sq_p
        );
        self.sig.clock.next = self.clock.val();

        // QUANT's n and -n (fixed during the instruction).
        self.qn.next = self.q_n.val();
        self.nneg.next = 0 - self.q_n.val();
        for i in 0..self.qn_r.len() {
            self.qn_r[i].clock.next = self.clock.val();
            self.nn_r[i].clock.next = self.clock.val();
            self.qn_r[i].d.next = self.q_n.val();
            self.nn_r[i].d.next = 0 - self.q_n.val();
            self.qn.next = self.qn_r[i].q.val();
            self.nneg.next = self.nn_r[i].q.val();
        }
        // ---- S0: the inputs, registered (they come from memories and muxes).
        self.s1_valid.d.next = self.in_valid.val();
        self.s1_t.d.next = self.in_imm.val() - 6;
        self.s1_t1.d.next = self.in_imm.val() - 7;
        self.s1_x.d.next = self.in_x.val();
        self.s1_y.d.next = self.in_y.val();
        self.s1_acc.d.next = self.in_acc.val();

        // ---- S1: sigmoid address = clamp(round_shift(x, imm - 6), -512, 511) + 512.
        self.x17.next = bit_cast::<17, 16>(self.s1_x.q.val());
        if self.s1_x.q.val().get_bit(15) {
            self.x17.next = bit_cast::<17, 16>(self.s1_x.q.val()) | 0x1_0000;
        }
        // xr1 = x >>a (t - 1), then xr = (xr1 + 1) >>a 1 (for t = 0, xr = x). As in S3,
        // no 17-bit increment: xr's low 10 bits are xr1[1..11] + xr1[0], and xr is within
        // [-512, 511] iff (xr1 + 1)'s bits 10..16 are all equal, i.e. iff xr1[11..17] is
        // all ones when xr1[10] is set or the +1 carries into bit 10, all zeros otherwise.
        self.xm.next = 0.into();
        if self.s1_x.q.val().get_bit(15) {
            self.xm.next = 0x1_ffff.into();
        }
        self.xr1.next = ((self.x17.val() ^ self.xm.val()) >> self.s1_t1.q.val()) ^ self.xm.val();
        self.xlo.next = self.xr1.val().get_bits::<10>(1) + bit_cast::<10, 1>(self.xr1.val().get_bits::<1>(0));
        self.xin.next = self.xr1.val().get_bits::<6>(11) == 0;
        if self.xr1.val().get_bit(10) | (self.xr1.val().get_bits::<10>(0) == 0x3ff) {
            self.xin.next = self.xr1.val().get_bits::<6>(11) == 0x3f;
        }
        if self.s1_t.q.val() == 0 {
            self.xlo.next = self.x17.val().get_bits::<10>(0);
            self.xin.next = (self.x17.val().get_bits::<8>(9) == 0) | (self.x17.val().get_bits::<8>(9) == 0xff);
        }
        // Clamp to [-512, 511] by x's sign.
        self.sig.address.next = self.xlo.val() ^ 0x200;
        if !self.xin.val() {
            self.sig.address.next = 1023.into();
            if self.s1_x.q.val().get_bit(15) {
                self.sig.address.next = 0.into();
            }
        }
        self.s2_valid.d.next = self.s1_valid.q.val();
        self.s2_x.d.next = self.s1_x.q.val();
        self.s2_y.d.next = self.s1_y.q.val();
        self.s2_acc.d.next = self.s1_acc.q.val();
        // S1r (`sig_reg`): the same address into a register, the table addressed from it
        // and the operands a cycle later to match. (The clamp is written twice: reading
        // back `sig.address` after assigning it would be a loop in rust-hdl's simulation.)
        for i in 0..self.a_addr.len() {
            self.a_valid[i].clock.next = self.clock.val();
            self.a_x[i].clock.next = self.clock.val();
            self.a_y[i].clock.next = self.clock.val();
            self.a_acc[i].clock.next = self.clock.val();
            self.a_addr[i].clock.next = self.clock.val();
            self.a_addr[i].d.next = self.xlo.val() ^ 0x200;
            if !self.xin.val() {
                self.a_addr[i].d.next = 1023.into();
                if self.s1_x.q.val().get_bit(15) {
                    self.a_addr[i].d.next = 0.into();
                }
            }
            self.sig.address.next = self.a_addr[i].q.val();
            self.a_valid[i].d.next = self.s1_valid.q.val();
            self.a_x[i].d.next = self.s1_x.q.val();
            self.a_y[i].d.next = self.s1_y.q.val();
            self.a_acc[i].d.next = self.s1_acc.q.val();
            self.s2_valid.d.next = self.a_valid[i].q.val();
            self.s2_x.d.next = self.a_x[i].q.val();
            self.s2_y.d.next = self.a_y[i].q.val();
            self.s2_acc.d.next = self.a_acc[i].q.val();
        }

        // ---- S2: the multiplier's inputs: S2's registers and the table's output, or
        // (`sig_reg`) those registered in S2m (the table's read fed the multiplier
        // directly: 5.6 ns of clock-to-out on the ECP5, then OMF's subtraction, the
        // operand choice and the DSP, its critical path).
        self.mv.next = self.s2_valid.q.val();
        self.mx.next = self.s2_x.q.val();
        self.my.next = self.s2_y.q.val();
        self.macc.next = self.s2_acc.q.val();
        self.msig.next = self.sig.data.val();
        for i in 0..self.m_x.len() {
            self.m_valid[i].clock.next = self.clock.val();
            self.m_x[i].clock.next = self.clock.val();
            self.m_y[i].clock.next = self.clock.val();
            self.m_acc[i].clock.next = self.clock.val();
            self.m_sig[i].clock.next = self.clock.val();
            self.m_valid[i].d.next = self.s2_valid.q.val();
            self.m_x[i].d.next = self.s2_x.q.val();
            self.m_y[i].d.next = self.s2_y.q.val();
            self.m_acc[i].d.next = self.s2_acc.q.val();
            self.m_sig[i].d.next = self.sig.data.val();
            self.mv.next = self.m_valid[i].q.val();
            self.mx.next = self.m_x[i].q.val();
            self.my.next = self.m_y[i].q.val();
            self.macc.next = self.m_acc[i].q.val();
            self.msig.next = self.m_sig[i].q.val();
        }
        // The multiplier.
        self.ma.next = bit_cast::<32, 16>(self.mx.val());
        self.mb.next = bit_cast::<32, 16>(self.my.val());
        if self.in_op.val() == 6 {
            self.mb.next = bit_cast::<32, 16>(self.mx.val());
        }
        if self.in_op.val() == 4 {
            self.mb.next = bit_cast::<32, 16>(self.msig.val());
        }
        if self.in_op.val() == 5 {
            self.ma.next = 0x8000 - bit_cast::<32, 16>(self.msig.val());
            self.mb.next = bit_cast::<32, 16>(self.my.val());
        }
        if (self.in_op.val() == 11) | (self.in_op.val() == 12) {
            self.ma.next = bit_cast::<32, 18>(self.macc.val());
            self.mb.next = bit_cast::<32, 16>(self.s_mant.val()) >> 2;
        }
        // The 18-bit sign of `ma` for 16-bit operands: sign-extend x to 18 bits.
        if ((self.in_op.val() != 11) & (self.in_op.val() != 12) & (self.in_op.val() != 5)) & self.mx.val().get_bit(15) {
            self.ma.next = bit_cast::<32, 16>(self.mx.val()) | 0x3_0000;
        }
        self.m1.a.next = self.ma.val();
        self.m1.b.next = self.mb.val();
        self.s3_valid.d.next = self.mv.val();
        self.s3_x.d.next = self.mx.val();
        self.s3_y.d.next = self.my.val();
        // S2o (`sig_reg`): the operands registered, the multiply from the registers.
        for i in 0..self.o_a.len() {
            self.o_valid[i].clock.next = self.clock.val();
            self.o_x[i].clock.next = self.clock.val();
            self.o_y[i].clock.next = self.clock.val();
            self.o_a[i].clock.next = self.clock.val();
            self.o_b[i].clock.next = self.clock.val();
            self.o_valid[i].d.next = self.mv.val();
            self.o_x[i].d.next = self.mx.val();
            self.o_y[i].d.next = self.my.val();
            self.o_a[i].d.next = self.ma.val();
            self.o_b[i].d.next = self.mb.val();
            self.m1.a.next = self.o_a[i].q.val();
            self.m1.b.next = self.o_b[i].q.val();
            self.s3_valid.d.next = self.o_valid[i].q.val();
            self.s3_x.d.next = self.o_x[i].q.val();
            self.s3_y.d.next = self.o_y[i].q.val();
        }
        self.s3_p.d.next = self.m1.p.val();

        // The shift of S3 (the exponent is fixed during an instruction).
        self.shamt.next = self.in_imm.val();
        if self.in_op.val() == 1 {
            // MULSH: bit 6 is IMM_SS.
            self.shamt.next = self.in_imm.val() & 0x3f;
        }
        if self.in_op.val() == 4 {
            self.shamt.next = 15.into();
        }
        if self.in_op.val() == 5 {
            self.shamt.next = 14.into();
        }
        if self.in_op.val() == 8 {
            // QUANT: n (its shift of P shares the rounding shift's first step).
            self.shamt.next = self.qn.val();
        }
        if (self.in_op.val() == 11) | (self.in_op.val() == 12) {
            // s = -exp - 2, from the low 8 bits of the exponent (|exp| < 128 here).
            self.shamt.next = 0 - self.s_exp.val().get_bits::<8>(0) - 2;
        }
        self.s3_shamt.d.next = self.shamt.val();
        self.s3_sh1.d.next = self.shamt.val() - 1;

        // ---- S3: rounding shift of P.
        self.am.next = 0.into();
        if self.s3_p.q.val().get_bit(31) {
            self.am.next = self.ones.val();
        }
        self.a1.next = ((self.s3_p.q.val() ^ self.am.val()) >> self.s3_sh1.q.val()) ^ self.am.val();
        // round_shift(P, s) = (a1 + 1) >>a 1. Only its low 16 bits and whether it fits in
        // 16 bits go on (S4 saturates), so no 32-bit increment: the low bits are
        // a1[1..17] + a1[0] (16 bits), and (a1 + 1) >>a 1 fits in 16 bits iff (a1 + 1)'s
        // bits 16..31 are all equal, i.e. iff a1[17..32] is all ones when a1[16] is set or
        // the +1 carries into bit 16 (a1[0..16] all ones), all zeros otherwise. The three
        // tests are registered and S4 combines them (in one stage with the shifter they
        // were the iCE40's critical path).
        self.v16.next = self.a1.val().get_bits::<16>(1) + bit_cast::<16, 1>(self.a1.val().get_bits::<1>(0));
        self.s4_hz.d.next = self.a1.val().get_bits::<15>(17) == 0;
        self.s4_ho.d.next = self.a1.val().get_bits::<15>(17) == 0x7fff;
        self.s4_sel.d.next = self.a1.val().get_bit(16) | (self.a1.val().get_bits::<16>(0) == 0xffff);
        // Shifts whose result does not come from a1: `fix`, with the overflow in `fovf`.
        self.fix.next = false;
        self.fovf.next = false;
        if self.s3_shamt.q.val() == 0 {
            self.v16.next = self.s3_p.q.val().get_bits::<16>(0);
            self.fix.next = true;
            self.fovf.next =
                (self.s3_p.q.val().get_bits::<17>(15) != 0) & (self.s3_p.q.val().get_bits::<17>(15) != 0x1_ffff);
        }
        // s >= 32 gives 0 (|P| < 2^31); for DEQ, s <= 0 saturates any nonzero P by its sign.
        if (self.s3_shamt.q.val() >= 32) & !self.s3_shamt.q.val().get_bit(7) {
            self.v16.next = 0.into();
            self.fix.next = true;
            self.fovf.next = false;
        }
        if ((self.in_op.val() == 11) | (self.in_op.val() == 12))
            & ((self.s3_shamt.q.val() == 0) | self.s3_shamt.q.val().get_bit(7))
        {
            self.v16.next = 0.into();
            self.fix.next = true;
            self.fovf.next = self.s3_p.q.val() != 0;
        }
        self.s4_v.d.next = self.v16.val();
        self.s4_fix.d.next = self.fix.val();
        self.s4_fovf.d.next = self.fovf.val();
        self.s4_neg.d.next = self.s3_p.q.val().get_bit(31);
        self.s4_valid.d.next = self.s3_valid.q.val();
        self.s4_x.d.next = self.s3_x.q.val();
        self.s4_y.d.next = self.s3_y.q.val();

        // ---- S4: saturation, sums, QUANT's second multiply.
        self.ovf.next = !self.s4_hz.q.val();
        if self.s4_sel.q.val() {
            self.ovf.next = !self.s4_ho.q.val();
        }
        if self.s4_fix.q.val() {
            self.ovf.next = self.s4_fovf.q.val();
        }
        self.sat_out.next = self.s4_v.q.val();
        if self.ovf.val() {
            self.sat_out.next = 0x7fff.into();
            if self.s4_neg.q.val() {
                self.sat_out.next = 0x8000.into();
            }
        }
        // Sums for ADD / SUB / DEQADD, in 17 bits.
        self.x3.next = bit_cast::<17, 16>(self.s4_x.q.val());
        if self.s4_x.q.val().get_bit(15) {
            self.x3.next = bit_cast::<17, 16>(self.s4_x.q.val()) | 0x1_0000;
        }
        self.y3.next = bit_cast::<17, 16>(self.s4_y.q.val());
        if self.s4_y.q.val().get_bit(15) {
            self.y3.next = bit_cast::<17, 16>(self.s4_y.q.val()) | 0x1_0000;
        }
        if self.in_op.val() == 12 {
            self.y3.next = bit_cast::<17, 16>(self.sat_out.val());
            if self.sat_out.val().get_bit(15) {
                self.y3.next = bit_cast::<17, 16>(self.sat_out.val()) | 0x1_0000;
            }
        }
        self.sum.next = self.x3.val() + self.y3.val();
        if self.in_op.val() == 3 {
            self.sum.next = self.x3.val() - self.y3.val();
        }
        self.sum_sat.next = self.sum.val().get_bits::<16>(0);
        if self.sum.val().get_bit(16) != self.sum.val().get_bit(15) {
            self.sum_sat.next = 0x7fff.into();
            if self.sum.val().get_bit(16) {
                self.sum_sat.next = 0x8000.into();
            }
        }
        // QMAX / SUMSQ accumulators.
        self.absp.next = self.s3_p.q.val();
        if self.s3_p.q.val().get_bit(31) {
            self.absp.next = 0 - self.s3_p.q.val();
        }
        // SUMSQ adds x^2 from S3; MULSH with IMM_SS its result squares from S6 (one
        // instruction at a time: never both).
        self.ssin.next = self.s3_p.q.val();
        self.ssadd.next = self.s3_valid.q.val() & (self.in_op.val() == 6);
        if self.sq_v.q.val() {
            self.ssin.next = self.sq_p.q.val();
            self.ssadd.next = true;
        }
        self.lo25.next =
            bit_cast::<25, 24>(self.acc_lo.q.val()) + bit_cast::<25, 24>(self.ssin.val().get_bits::<24>(0));
        if self.ssadd.val() {
            self.acc_lo.d.next = self.lo25.val().get_bits::<24>(0);
            self.acc_hi.d.next = self.acc_hi.q.val()
                + bit_cast::<24, 8>(self.ssin.val().get_bits::<8>(24))
                + bit_cast::<24, 1>(self.lo25.val().get_bits::<1>(24));
        }
        self.s4_absp.d.next = self.absp.val();
        self.s4_qm.d.next = self.s3_valid.q.val() & (self.in_op.val() == 7);
        if self.s4_qm.q.val() & (self.s4_absp.q.val() > self.acc_m.q.val()) {
            self.acc_m.d.next = self.s4_absp.q.val();
        }
        if self.clear_ss.val() {
            self.acc_lo.d.next = 0.into();
            self.acc_hi.d.next = 0.into();
        }
        if self.clear_m.val() {
            self.acc_m.d.next = 0.into();
        }
        // QUANT: zn = P >>a n (n >= 0) or P << -n; q = (zn * R + 2^21) >>a 22. |zn| <= m'
        // < 2^15, so 16 bits of it are kept. For n >= 1 it comes from the rounding shift's
        // first step (S2 set the shift to n): a1 = P >>a (n - 1), zn = a1 bits 16..1. For
        // n < 0, |P| <= m < 2^14 and only P's low 16 bits reach zn's.
        self.zn.next = self.a1.val().get_bits::<16>(1);
        if self.s3_shamt.q.val() == 0 {
            self.zn.next = self.s3_p.q.val().get_bits::<16>(0);
        }
        if self.qn.val().get_bit(7) {
            self.zn.next = self.s3_p.q.val().get_bits::<16>(0) << self.nneg.val();
        }
        self.s4_zn.d.next = self.zn.val();
        self.m2.a.next = bit_cast::<32, 16>(self.s4_zn.q.val());
        self.m2.b.next = bit_cast::<32, 16>(self.q_r.val());
        self.qsum.next = self.m2.p.val() + 0x20_0000;

        // ---- S5: results.
        self.r_valid.d.next = self.s4_valid.q.val();
        self.r_data.d.next = self.sat_out.val();
        if (self.in_op.val() == 2) | (self.in_op.val() == 3) | (self.in_op.val() == 12) {
            self.r_data.d.next = self.sum_sat.val();
        }
        // q = qsum >>a 22: bits 22..30 hold it (|q| <= 127).
        self.r_q.d.next = self.qsum.val().get_bits::<8>(22);
        // S5 -> S6: MULSH's fused SUMSQ squares the registered result.
        // (MulS takes the low 16 bits as two's complement; (-2^15)^2 = 2^30 fits.)
        self.m3.a.next = bit_cast::<32, 16>(self.r_data.q.val());
        self.m3.b.next = bit_cast::<32, 16>(self.r_data.q.val());
        self.sq_p.d.next = self.m3.p.val();
        self.sq_v.d.next = self.r_valid.q.val() & (self.in_op.val() == 1) & self.in_imm.val().get_bit(6);
        self.out_valid.next = self.r_valid.q.val();
        self.out_data.next = self.r_data.q.val();
        self.out_q.next = self.r_q.q.val();
        self.ss_lo.next = self.acc_lo.q.val();
        self.ss_hi.next = self.acc_hi.q.val();
        self.m.next = self.acc_m.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numerics::*;
    use crate::verify::*;
    use rand::{Rng, SeedableRng};

    const INPUTS: [Port; 12] = [
        port("in_valid", 1),
        port("in_op", 4),
        port("in_imm", 8),
        port("in_x", 16),
        port("in_y", 16),
        port("in_acc", 18),
        port("clear_ss", 1),
        port("clear_m", 1),
        port("s_mant", 16),
        port("s_exp", 16),
        port("q_n", 8),
        port("q_r", 16),
    ];
    const OUTPUTS: [Port; 6] = [
        port("out_valid", 1),
        port("out_data", 16),
        port("out_q", 8),
        port("ss_lo", 24),
        port("ss_hi", 24),
        port("m", 32),
    ];

    /// What one instruction's stream must produce.
    enum Want {
        Data(Vec<i32>),
        /// MULSH with IMM_SS: the results and the sum of their squares.
        DataSumSq(Vec<i32>, u64),
        Q(Vec<i8>),
        SumSq(u64),
        Max(u32),
    }

    struct Case {
        op: u8,
        imm: i8,
        s: Scale,
        qn: i32,
        qr: u32,
        x: Vec<i32>,
        y: Vec<i32>,
        acc: Vec<i32>,
        want: Want,
    }

    fn edge16(rng: &mut impl Rng, k: usize) -> i32 {
        match k % 9 {
            0 => -32768,
            1 => 32767,
            2 => 0,
            3 => -1,
            4 => rng.gen_range(-300..300),
            _ => rng.gen_range(-32768..=32767),
        }
    }

    fn cases(seed: u64) -> Vec<Case> {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let sig = sigmoid_table();
        let n = 23;
        let mut out = Vec::new();
        let vecs = |rng: &mut rand_chacha::ChaCha8Rng| -> (Vec<i32>, Vec<i32>) {
            ((0..n).map(|k| edge16(rng, k)).collect(), (0..n).map(|k| edge16(rng, k + 4)).collect())
        };
        for round in 0..3 {
            let (x, y) = vecs(&mut rng);
            let z = vec![0; n];
            let base = |op, imm, x: Vec<i32>, y: Vec<i32>, want| Case {
                op,
                imm,
                s: Scale::ZERO,
                qn: 0,
                qr: 0,
                x,
                y,
                acc: z.clone(),
                want,
            };
            for imm in [0i8, 1, 15, 31, 32, 47] {
                let w = x.iter().zip(&y).map(|(&a, &b)| mul_shift(a, b, imm as i32)).collect();
                out.push(base(1, imm, x.clone(), y.clone(), Want::Data(w)));
            }
            for imm in [0i8, 9, 15, 47] {
                let w: Vec<i32> = x.iter().zip(&y).map(|(&a, &b)| mul_shift(a, b, imm as i32)).collect();
                let ss = sum_squares(w.iter().copied());
                out.push(base(1, imm | crate::isa::IMM_SS, x.clone(), y.clone(), Want::DataSumSq(w, ss)));
            }
            out.push(base(
                2,
                0,
                x.clone(),
                y.clone(),
                Want::Data(x.iter().zip(&y).map(|(&a, &b)| sat16(a as i64 + b as i64)).collect()),
            ));
            out.push(base(
                3,
                0,
                x.clone(),
                y.clone(),
                Want::Data(x.iter().zip(&y).map(|(&a, &b)| sat16(a as i64 - b as i64)).collect()),
            ));
            for imm in [6i8, 7, 12, 20, 30] {
                out.push(base(
                    4,
                    imm,
                    x.clone(),
                    y.clone(),
                    Want::Data(x.iter().map(|&a| silu(&sig, a, imm as i32)).collect()),
                ));
                let lb: Vec<i32> = (0..n).map(|k| if k % 5 == 0 { 16384 } else { rng.gen_range(0..=16384) }).collect();
                let w = x
                    .iter()
                    .zip(&lb)
                    .map(|(&a, &b)| {
                        round_shift((ONE_Q15 - sigmoid_q15(&sig, a, imm as i32)) as i64 * b as i64, 14) as i32
                    })
                    .collect();
                out.push(base(5, imm, x.clone(), lb, Want::Data(w)));
            }
            out.push(base(6, 0, x.clone(), y.clone(), Want::SumSq(sum_squares(x.iter().copied()))));
            let m = x.iter().zip(&y).map(|(&a, &b)| (a * b).unsigned_abs()).max().unwrap();
            out.push(base(7, 0, x.clone(), y.clone(), Want::Max(m)));
            // QUANT with the reciprocal of the true maximum, and of scaled-down inputs
            // (so n goes negative too).
            for div in [1i32, 1 << 10, 1 << 15] {
                let xs: Vec<i32> = x.iter().map(|&a| a / div).collect();
                let ys: Vec<i32> = if div == 1 { y.clone() } else { y.iter().map(|&b| b / 64).collect() };
                let m = xs.iter().zip(&ys).map(|(&a, &b)| (a * b).unsigned_abs()).max().unwrap();
                if m == 0 {
                    continue;
                }
                let (qn, qr) = quant_recip(m);
                let w = xs.iter().zip(&ys).map(|(&a, &b)| quant_one(a * b, qn, qr)).collect();
                out.push(Case { qn, qr, ..base(8, 0, xs, ys, Want::Q(w)) });
            }
            // n = 0 exactly (m = 25,600 has 15 bits: P passes unshifted).
            let mut xs: Vec<i32> = x.iter().map(|&a| a % 129).collect();
            let mut ys: Vec<i32> = y.iter().map(|&b| b % 201).collect();
            xs[0] = -128;
            ys[0] = 200;
            let (qn, qr) = quant_recip(25_600);
            assert_eq!(qn, 0);
            let w = xs.iter().zip(&ys).map(|(&a, &b)| quant_one(a * b, qn, qr)).collect();
            out.push(Case { qn, qr, ..base(8, 0, xs, ys, Want::Q(w)) });
            // DEQ / DEQADD over scales from tiny to saturating, with the edge exponents.
            for exp in [-48, -40, -33, -31, -20, -17, -16, -3, -2, -1, 3] {
                let s = Scale { mant: if round == 0 { 1 << 15 } else { rng.gen_range(1 << 15..1 << 16) }, exp };
                let acc: Vec<i32> = (0..n)
                    .map(|k| match k % 6 {
                        0 => (1 << 17) - 1,
                        1 => -(1 << 17),
                        2 => 0,
                        _ => rng.gen_range(-(1 << 17)..(1 << 17)),
                    })
                    .collect();
                let w = acc.iter().map(|&a| s.apply16(a)).collect();
                out.push(Case { s, acc: acc.clone(), ..base(11, 0, x.clone(), y.clone(), Want::Data(w)) });
                let w = acc.iter().zip(&x).map(|(&a, &b)| sat16(b as i64 + s.apply16(a) as i64)).collect();
                out.push(Case { s, acc, ..base(12, 0, x.clone(), y.clone(), Want::Data(w)) });
            }
            // EMB: an int8 code times a row scale.
            let codes: Vec<i32> = (0..n).map(|k| if k == 0 { -127 } else { rng.gen_range(-127..=127) }).collect();
            let w = codes.iter().zip(&y).map(|(&a, &b)| mul_shift(a, b, 9)).collect();
            out.push(base(13, 9, codes, y.clone(), Want::Data(w)));
        }
        // SILU and OMF at the sigmoid address's clamp edges: x around +-512 * 2^t (t =
        // imm - 6), on both sides of each rounding step.
        for imm in 6..=17i32 {
            let t = imm - 6;
            let h = if t == 0 { 0 } else { 1 << (t - 1) };
            let x: Vec<i32> = [511i32, 512, -512, -513]
                .iter()
                .flat_map(|&k| [-h - 1, -h, -h + 1, -1, 0, 1, h - 1, h].map(move |d| k * (1 << t) + d))
                .filter(|v| (-32768..=32767).contains(v))
                .collect();
            let y: Vec<i32> = (0..x.len()).map(|k| if k % 3 == 0 { 16384 } else { rng.gen_range(0..=16384) }).collect();
            let acc = vec![0; x.len()];
            let w = x.iter().map(|&a| silu(&sig, a, imm)).collect();
            let c = |op, want| Case {
                op,
                imm: imm as i8,
                s: Scale::ZERO,
                qn: 0,
                qr: 0,
                x: x.clone(),
                y: y.clone(),
                acc: acc.clone(),
                want,
            };
            out.push(c(4, Want::Data(w)));
            let w = x
                .iter()
                .zip(&y)
                .map(|(&a, &b)| round_shift((ONE_Q15 - sigmoid_q15(&sig, a, imm)) as i64 * b as i64, 14) as i32)
                .collect();
            out.push(c(5, Want::Data(w)));
        }
        // MULSH at the rounding shift's edges: for each s, products P whose
        // a1 = P >>a (s - 1) lands on the values where round_shift(P, s) just fits in 16
        // bits or just does not (a1 = 2^16 - 2, 2^16 - 1, ...), and where a1's low bits
        // are all ones (the +1 carries).
        for s in 1..=16i32 {
            let (mut x, mut y) = (Vec::new(), Vec::new());
            for a1 in [
                65533i64, 65534, 65535, 65536, 65537, 131071, 32767, -1, -32769, -65535, -65536, -65537, -65538,
                -65539, -131073,
            ] {
                // P in [a1 * 2^(s-1), (a1 + 1) * 2^(s-1)) from 16-bit factors, if any.
                let (lo, hi) = (a1 << (s - 1), (a1 + 1) << (s - 1));
                let found = (1..=32767i64).rev().find_map(|b| {
                    let a = lo.div_euclid(b) + (lo.rem_euclid(b) != 0) as i64;
                    (a * b < hi && (-32768..=32767).contains(&a)).then_some((a as i32, b as i32))
                });
                if let Some((a, b)) = found {
                    x.push(a);
                    y.push(b);
                }
            }
            let w = x.iter().zip(&y).map(|(&a, &b)| mul_shift(a, b, s)).collect();
            let acc = vec![0; x.len()];
            out.push(Case { op: 1, imm: s as i8, s: Scale::ZERO, qn: 0, qr: 0, x, y, acc, want: Want::Data(w) });
        }
        out
    }

    /// Idle cycles after each case's elements: MULSH's fused SS is final latency + 2
    /// cycles after its last element entered (the longer pipeline's, for both).
    const GAP: usize = latency(true) + 2;

    /// Per-cycle input vectors: each case's elements, then GAP idle cycles.
    fn vectors(cases: &[Case]) -> Vec<Vec<u64>> {
        let mut v = Vec::new();
        for c in cases {
            for k in 0..c.x.len() + GAP {
                let valid = k < c.x.len();
                let g = |a: &Vec<i32>| if valid { a[k] as u64 } else { 0 };
                v.push(vec![
                    valid as u64,
                    c.op as u64,
                    c.imm as u8 as u64,
                    g(&c.x) & 0xffff,
                    g(&c.y) & 0xffff,
                    g(&c.acc) & 0x3ffff,
                    (k == 0) as u64,
                    (k == 0) as u64,
                    c.s.mant as u64,
                    c.s.exp as u16 as u64,
                    c.qn as u8 as u64,
                    c.qr as u64,
                ]);
            }
        }
        v
    }

    fn uut(sig_reg: bool) -> VAlu {
        let mut u = VAlu::new(sig_reg);
        u.connect_all();
        u
    }

    fn sim(v: &[Vec<u64>], sig_reg: bool) -> Vec<Vec<u64>> {
        let mut u = uut(sig_reg);
        rust_trace(
            &mut u,
            v,
            |u, x| {
                u.in_valid.next = x[0] != 0;
                u.in_op.next = x[1].into();
                u.in_imm.next = x[2].into();
                u.in_x.next = x[3].into();
                u.in_y.next = x[4].into();
                u.in_acc.next = x[5].into();
                u.clear_ss.next = x[6] != 0;
                u.clear_m.next = x[7] != 0;
                u.s_mant.next = x[8].into();
                u.s_exp.next = x[9].into();
                u.q_n.next = x[10].into();
                u.q_r.next = x[11].into();
            },
            |u| {
                vec![
                    u.out_valid.val() as u64,
                    u.out_data.val().to_u64(),
                    u.out_q.val().to_u64(),
                    u.ss_lo.val().to_u64(),
                    u.ss_hi.val().to_u64(),
                    u.m.val().to_u64(),
                ]
            },
            |u, c| u.clock.next = Clock { clk: c },
        )
        .unwrap()
    }

    #[test]
    fn every_opcode_equals_its_golden_function() {
        for sig_reg in [false, true] {
            check_cases(sig_reg);
        }
    }

    fn check_cases(sig_reg: bool) {
        let cs = cases(1);
        let trace = sim(&vectors(&cs), sig_reg);
        let mut t = 0;
        for (ci, c) in cs.iter().enumerate() {
            let n = c.x.len();
            // Element k's result is visible `latency` cycles after it entered.
            let outs: Vec<&Vec<u64>> = (0..n).map(|k| &trace[t + k + latency(sig_reg)]).collect();
            for (k, o) in outs.iter().enumerate() {
                assert_eq!(o[0], 1, "case {ci}: element {k} not valid (sig_reg {sig_reg})");
            }
            let last = &trace[t + n + GAP - 1];
            match &c.want {
                Want::Data(w) | Want::DataSumSq(w, _) => {
                    for (k, o) in outs.iter().enumerate() {
                        assert_eq!(
                            o[1] as u16 as i16 as i32, w[k],
                            "case {ci} op {} imm {} x {} y {} acc {} S {:?} (sig_reg {sig_reg})",
                            c.op, c.imm, c.x[k], c.y[k], c.acc[k], c.s
                        );
                    }
                }
                Want::Q(w) => {
                    for (k, o) in outs.iter().enumerate() {
                        assert_eq!(
                            o[2] as u8 as i8, w[k],
                            "case {ci} QUANT x {} y {} n {} r {}",
                            c.x[k], c.y[k], c.qn, c.qr
                        );
                    }
                }
                Want::SumSq(s) => assert_eq!(last[3] | last[4] << 24, *s, "case {ci} SUMSQ"),
                Want::Max(m) => assert_eq!(last[5], *m as u64, "case {ci} QMAX"),
            }
            if let Want::DataSumSq(_, s) = &c.want {
                assert_eq!(last[3] | last[4] << 24, *s, "case {ci} MULSH's fused SUMSQ");
            }
            t += n + GAP;
        }
    }

    #[test]
    fn verilog_matches_the_simulation_and_synthesizes() {
        let cs = cases(2);
        let v = vectors(&cs);
        for sig_reg in [false, true] {
            let rust = sim(&v, sig_reg);
            let vlog = generate_verilog(&uut(sig_reg));
            let tag = if sig_reg { "valu_sr" } else { "valu" };
            let ver = icarus_trace(tag, &vlog, &INPUTS, &OUTPUTS, &v).unwrap();
            same_traces(&rust, &ver, &OUTPUTS).unwrap();
            yosys_synth(tag, &vlog).unwrap();
        }
    }
}
