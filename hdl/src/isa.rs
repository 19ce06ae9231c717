//! The accelerator's instruction set and its golden interpreter.
//!
//! The host compiles a model into a short program of vector instructions (one token's
//! forward pass) plus memory images; the hardware sequencer executes the program, and
//! [`Machine::run`] here is the plain-Rust model it must match bit for bit. Every
//! element-wise operation is one function of [`crate::numerics`].
//!
//! Memories (sizes are elaboration-time parameters, see `HwConfig`):
//! - bank A and bank B: 16-bit signed vectors. An instruction reads operand `a` from
//!   bank A and operand `b` from bank B (two read ports), and writes `dst` in either.
//!   Model parameters (norm vectors, scale constants) live in bank B.
//! - Q: int8 activation codes, the lane array's input.
//! - ACC: the lane array's outputs (24-bit).
//! - W: weight words of LANES trits (the layout of [`crate::pack`]) and the int8
//!   embedding rows, `LANES / 4` bytes per word.
//!
//! Encoding: one 64-bit word per instruction.
//! ```text
//! bits   0..4   opcode
//! bit    4      dst bank (0 = A, 1 = B)
//! bits   5..18  dst address (13 bits)      MATVEC: weight base, low 13 bits
//! bits  18..31  a address (13 bits)        MATVEC: weight base, high 13 bits
//! bits  31..44  b address (13 bits)        MATVEC: rows
//! bits  44..56  n, element count (12 bits) MATVEC: cols
//! bits  56..64  imm8 (signed: shift or fractional bits; MULSH: shift in bits 0..6,
//!               bit 6 = IMM_SS)
//! ```

use crate::numerics::{
    bitlinear_scale, mul_shift, quant_one, quant_recip, round_shift, sat16, sigmoid_q15, silu, sum_squares, Scale,
    ONE_Q15,
};
use crate::pack::{matrix_words, word_trit};
use anyhow::{bail, ensure, Result};

/// MULSH's imm flag: also compute SS over the results (its shift is `imm & 63`).
pub const IMM_SS: i8 = 0x40;

/// The instruction set's version, part of the hardware hash (`HwConfig::hash`): bump it
/// when an instruction's meaning changes. 2: MULSH's `IMM_SS` (before it, imm bit 6 was
/// part of the shift). 3: SCALE overwrites the quantizer's (n, R) (one unit computes
/// both), so QUANT needs a QMAX after the last SCALE. 4: MATVEC's `MV_TRAIL` (the lane
/// engine trails the QUANT that follows it).
pub const ISA_VERSION: u16 = 4;

/// MATVEC's imm flag T: the next instruction is a QUANT, and the product is of the Q it
/// writes (as if the two were swapped). The hardware starts the lane engine at the
/// QUANT's first write and reads Q[k] behind it, so the quantizer's pass and the matrix
/// product overlap.
pub const MV_TRAIL: i8 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Opcode {
    /// End of the program.
    End = 0,
    /// `dst[k] = mul_shift(A[a+k], B[b+k], imm & 63)`; with `imm & IMM_SS` also
    /// `SS = sum dst[k]^2` (the SUMSQ of the result, fused: no second pass).
    MulSh = 1,
    /// `dst[k] = sat16(A[a+k] + B[b+k])`.
    Add = 2,
    /// `dst[k] = sat16(A[a+k] - B[b+k])`.
    Sub = 3,
    /// `dst[k] = silu(A[a+k])`, input format imm fractional bits.
    Silu = 4,
    /// `dst[k] = round_shift((1 - sigmoid(A[a+k])) * B[b+k], 14)`: the MLGRU's 1 - f in
    /// Q15 with B = 1 - lower bound in Q14; imm = input format.
    Omf = 5,
    /// `SS = sum A[a+k]^2` (48-bit).
    SumSq = 6,
    /// `M = max |A[a+k] * B[b+k]|`, then the reciprocal (n, R) of the quantizer.
    QMax = 7,
    /// `Q[k] = quant_one(A[a+k] * B[b+k], n, R)`. (n, R) must come from a QMAX with no
    /// SCALE since: the hardware computes both in the scale unit's registers.
    Quant = 8,
    /// `ACC[r] = sum_k trit(W, r, k) * Q[k]` for r < rows, k < cols (weights at `wbase`).
    MatVec = 9,
    /// `S = bitlinear_scale(C, M, SS)` with `C = (B[b], B[b+1])` = (mantissa, exponent).
    Scale = 10,
    /// `dst[k] = S.apply16(ACC[a+k])`.
    Deq = 11,
    /// `dst[k] = sat16(A[b+k] + S.apply16(ACC[a+k]))` (the `b` field addresses bank A here).
    DeqAdd = 12,
    /// `A[EMB_DST + k] = mul_shift(E(TOKEN, k), B[b + TOKEN], imm)`, E the int8 embedding
    /// rows stored from weight word `wbase` (see [`Instr::emb`]).
    Emb = 13,
    /// `TOKEN = first index of max ACC[k]`, k < n.
    Argmax = 14,
}

impl Opcode {
    pub fn from_u8(v: u8) -> Option<Opcode> {
        use Opcode::*;
        Some(match v {
            0 => End,
            1 => MulSh,
            2 => Add,
            3 => Sub,
            4 => Silu,
            5 => Omf,
            6 => SumSq,
            7 => QMax,
            8 => Quant,
            9 => MatVec,
            10 => Scale,
            11 => Deq,
            12 => DeqAdd,
            13 => Emb,
            14 => Argmax,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bank {
    A = 0,
    B = 1,
}

pub const ADDR_BITS: u32 = 13;
pub const N_BITS: u32 = 12;

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Opcode,
    pub dst_bank: Bank,
    pub dst: u16,
    pub a: u16,
    pub b: u16,
    pub n: u16,
    pub imm: i8,
}

impl Instr {
    pub fn new(op: Opcode) -> Instr {
        Instr { op, dst_bank: Bank::A, dst: 0, a: 0, b: 0, n: 0, imm: 0 }
    }
    pub fn vec(op: Opcode, dst_bank: Bank, dst: u16, a: u16, b: u16, n: u16, imm: i8) -> Instr {
        Instr { op, dst_bank, dst, a, b, n, imm }
    }
    /// MATVEC over `rows x cols` weights starting at word `wbase` (26 bits).
    pub fn matvec(wbase: u32, rows: u16, cols: u16) -> Instr {
        Instr {
            op: Opcode::MatVec,
            dst_bank: Bank::A,
            dst: (wbase & 0x1fff) as u16,
            a: (wbase >> 13) as u16,
            b: rows,
            n: cols,
            imm: 0,
        }
    }
    /// A MATVEC with `MV_TRAIL`: it must be followed by its QUANT.
    pub fn matvec_trail(wbase: u32, rows: u16, cols: u16) -> Instr {
        Instr { imm: MV_TRAIL, ..Instr::matvec(wbase, rows, cols) }
    }
    pub fn trails(&self) -> bool {
        self.op == Opcode::MatVec && self.imm & MV_TRAIL != 0
    }
    pub fn wbase(&self) -> u32 {
        self.dst as u32 | (self.a as u32) << 13
    }
    /// EMB: embedding rows of `n` bytes start at word `wbase`; row scales at B[scales..].
    /// The row always lands at A[EMB_DST], the residual stream's home.
    pub fn emb(wbase: u32, scales: u16, n: u16, shift: i8) -> Instr {
        Instr {
            op: Opcode::Emb,
            dst_bank: Bank::A,
            dst: (wbase & 0x1fff) as u16,
            a: (wbase >> 13) as u16,
            b: scales,
            n,
            imm: shift,
        }
    }

    pub fn encode(&self) -> u64 {
        let m = |v: u16, bits: u32| {
            debug_assert!((v as u32) < (1 << bits), "{self:?}: field overflow");
            v as u64 & ((1 << bits) - 1)
        };
        self.op as u64
            | (self.dst_bank as u64) << 4
            | m(self.dst, 13) << 5
            | m(self.a, 13) << 18
            | m(self.b, 13) << 31
            | m(self.n, 12) << 44
            | (self.imm as u8 as u64) << 56
    }

    pub fn decode(w: u64) -> Result<Instr> {
        let op = Opcode::from_u8((w & 15) as u8).ok_or_else(|| anyhow::anyhow!("invalid opcode {}", w & 15))?;
        let f = |lo: u32, bits: u32| ((w >> lo) & ((1 << bits) - 1)) as u16;
        Ok(Instr {
            op,
            dst_bank: if (w >> 4) & 1 == 1 { Bank::B } else { Bank::A },
            dst: f(5, 13),
            a: f(18, 13),
            b: f(31, 13),
            n: f(44, 12),
            imm: (w >> 56) as u8 as i8,
        })
    }
}

/// The residual stream's address in bank A, where EMB writes.
pub const EMB_DST: u16 = 0;

/// The golden model of the accelerator: memories, scalar registers and the interpreter.
#[derive(Clone, Debug)]
pub struct Machine {
    pub lanes: usize,
    pub a: Vec<i16>,
    pub b: Vec<i16>,
    pub q: Vec<i8>,
    pub acc: Vec<i32>,
    /// Weight memory, `lanes / 4` bytes per word.
    pub w: Vec<u8>,
    pub sig: Vec<u16>,
    // Scalar registers.
    pub m: u32,
    pub qn: i32,
    pub qr: u32,
    /// (n, R) are from a QMAX and no SCALE has run since (QUANT requires it).
    pub qr_valid: bool,
    pub ss: u64,
    pub s: Scale,
    pub token: u32,
    /// Cycle model of the sequential reference hardware (filled by `run`).
    pub ops_executed: u64,
}

impl Machine {
    pub fn new(lanes: usize, a_words: usize, b_words: usize, q_len: usize, acc_len: usize, w_words: usize) -> Machine {
        Machine {
            lanes,
            a: vec![0; a_words],
            b: vec![0; b_words],
            q: vec![0; q_len],
            acc: vec![0; acc_len],
            w: vec![0; w_words * lanes / 4],
            sig: crate::numerics::sigmoid_table(),
            m: 0,
            qn: 0,
            qr: 0,
            qr_valid: false,
            ss: 0,
            s: Scale::ZERO,
            token: 0,
            ops_executed: 0,
        }
    }

    fn wb(&self) -> usize {
        self.lanes / 4
    }

    fn check(&self, i: &Instr) -> Result<()> {
        let n = i.n as usize;
        let fits = |base: u16, len: usize, size: usize| base as usize + len <= size;
        use Opcode::*;
        match i.op {
            MulSh | Add | Sub | Silu | Omf | SumSq | QMax | Quant | Deq | DeqAdd => {
                let dst_size = if i.dst_bank == Bank::A { self.a.len() } else { self.b.len() };
                if matches!(i.op, MulSh | Add | Sub | Silu | Omf | Deq | DeqAdd) {
                    ensure!(fits(i.dst, n, dst_size), "{i:?}: destination out of range");
                }
                if matches!(i.op, Deq | DeqAdd) {
                    ensure!(fits(i.a, n, self.acc.len()), "{i:?}: ACC range out of range");
                    if i.op == DeqAdd {
                        ensure!(fits(i.b, n, self.a.len()), "{i:?}: operand out of range");
                    }
                } else {
                    ensure!(fits(i.a, n, self.a.len()), "{i:?}: operand a out of range");
                }
                if matches!(i.op, MulSh | Add | Sub | Omf | QMax | Quant) {
                    ensure!(fits(i.b, n, self.b.len()), "{i:?}: operand b out of range");
                }
                if i.op == Quant {
                    ensure!(n <= self.q.len(), "{i:?}: Q too small");
                    ensure!(
                        self.qr_valid,
                        "{i:?}: QUANT needs a QMAX before it and no SCALE between them (the hardware \
                         computes the reciprocal in the scale unit)"
                    );
                }
            }
            MatVec => {
                let rows = i.b as usize;
                let cols = i.n as usize;
                // The sequencer counts columns and blocks down to their last: at least one of each.
                ensure!(rows > 0 && cols > 0, "{i:?}: MATVEC needs at least one row and one column");
                ensure!(rows <= self.acc.len() && cols <= self.q.len(), "{i:?}: matrix larger than ACC/Q");
                let words = matrix_words(rows, cols, self.lanes);
                ensure!((i.wbase() as usize + words) * self.wb() <= self.w.len(), "{i:?}: weights out of range");
            }
            Scale => ensure!(i.b as usize + 2 <= self.b.len(), "{i:?}: constant out of range"),
            Emb => {
                ensure!(n % self.wb() == 0, "{i:?}: row length must be a multiple of the word size");
                // Below 16 lanes the hardware reads rows as 32-bit memory words.
                ensure!(
                    self.wb() >= 4 || (n % 4 == 0 && i.wbase() as usize % (4 / self.wb()) == 0),
                    "{i:?}: at {} lanes embedding rows start on a 32-bit word and are whole 32-bit words",
                    self.lanes
                );
                ensure!(fits(EMB_DST, n, self.a.len()), "{i:?}: destination out of range");
            }
            Argmax => ensure!(n <= self.acc.len() && n > 0, "{i:?}: bad length"),
            End => {}
        }
        Ok(())
    }

    /// Execute one instruction.
    pub fn exec(&mut self, i: &Instr) -> Result<()> {
        self.check(i)?;
        let n = i.n as usize;
        let (a0, b0, d0) = (i.a as usize, i.b as usize, i.dst as usize);
        let imm = i.imm as i32;
        let write = |m: &mut Machine, k: usize, v: i32| {
            let v = v as i16;
            match i.dst_bank {
                Bank::A => m.a[d0 + k] = v,
                Bank::B => m.b[d0 + k] = v,
            }
        };
        use Opcode::*;
        match i.op {
            End => {}
            MulSh | Add | Sub | Silu | Omf => {
                for k in 0..n {
                    let x = self.a[a0 + k] as i32;
                    let y = if matches!(i.op, Silu) { 0 } else { self.b[b0 + k] as i32 };
                    let v = match i.op {
                        MulSh => mul_shift(x, y, imm & 63),
                        Add => sat16(x as i64 + y as i64),
                        Sub => sat16(x as i64 - y as i64),
                        Silu => silu(&self.sig, x, imm),
                        _ => round_shift((ONE_Q15 - sigmoid_q15(&self.sig, x, imm)) as i64 * y as i64, 14) as i32,
                    };
                    write(self, k, v);
                }
                if i.op == MulSh && i.imm & IMM_SS != 0 {
                    let d = match i.dst_bank {
                        Bank::A => &self.a[d0..d0 + n],
                        Bank::B => &self.b[d0..d0 + n],
                    };
                    self.ss = sum_squares(d.iter().map(|&v| v as i32));
                }
            }
            SumSq => {
                self.ss = sum_squares(self.a[a0..a0 + n].iter().map(|&v| v as i32));
            }
            QMax => {
                self.m =
                    (0..n).map(|k| (self.a[a0 + k] as i32 * self.b[b0 + k] as i32).unsigned_abs()).max().unwrap_or(0);
                if self.m > 0 {
                    (self.qn, self.qr) = quant_recip(self.m);
                } else {
                    (self.qn, self.qr) = (0, 0);
                }
                self.qr_valid = true;
            }
            Quant => {
                for k in 0..n {
                    let z = self.a[a0 + k] as i32 * self.b[b0 + k] as i32;
                    self.q[k] = if self.m == 0 { 0 } else { quant_one(z, self.qn, self.qr) };
                }
            }
            MatVec => {
                let (rows, cols, wb, base) = (i.b as usize, i.n as usize, self.wb(), i.wbase() as usize);
                for r in 0..rows {
                    let (blk, lane) = (r / self.lanes, r % self.lanes);
                    let mut acc = 0i32;
                    for k in 0..cols {
                        let word = &self.w[(base + blk * cols + k) * wb..][..wb];
                        match word_trit(word, lane) {
                            1 => acc += self.q[k] as i32,
                            -1 => acc -= self.q[k] as i32,
                            _ => {}
                        }
                    }
                    self.acc[r] = acc;
                }
            }
            Scale => {
                let c = crate::numerics::Scale { mant: self.b[b0] as u16 as u32, exp: self.b[b0 + 1] as i32 };
                self.s = bitlinear_scale(c, self.m, self.ss);
                self.qr_valid = false;
            }
            Deq | DeqAdd => {
                for k in 0..n {
                    let d = self.s.apply16(self.acc[a0 + k]);
                    let v = if i.op == DeqAdd { sat16(self.a[b0 + k] as i64 + d as i64) } else { d };
                    write(self, k, v);
                }
            }
            Emb => {
                let t = self.token as usize;
                ensure!(b0 + t < self.b.len(), "token {t}: embedding scale out of range");
                let row_words = n / self.wb();
                let start = (i.wbase() as usize + t * row_words) * self.wb();
                ensure!(start + n <= self.w.len(), "token {t}: embedding row out of range");
                let scale = self.b[b0 + t] as i32;
                for k in 0..n {
                    let code = self.w[start + k] as i8 as i32;
                    self.a[EMB_DST as usize + k] = mul_shift(code, scale, imm) as i16;
                }
            }
            Argmax => {
                let mut best = 0usize;
                for k in 1..n {
                    if self.acc[k] > self.acc[best] {
                        best = k;
                    }
                }
                self.token = best as u32;
            }
        }
        self.ops_executed += 1;
        Ok(())
    }

    /// Run a program from its start to END for the current TOKEN; afterwards TOKEN holds
    /// the argmax and S the head's scale.
    ///
    /// A MATVEC with `MV_TRAIL` runs after the QUANT that must follow it.
    pub fn run(&mut self, prog: &[u64]) -> Result<()> {
        let mut pc = 0;
        while pc < prog.len() {
            let i = Instr::decode(prog[pc])?;
            if i.op == Opcode::End {
                return Ok(());
            }
            if i.trails() {
                let next = prog.get(pc + 1).map(|&w| Instr::decode(w)).transpose()?;
                let q = match next {
                    Some(q) if q.op == Opcode::Quant && q.n > 0 => q,
                    _ => bail!("at pc {pc}: a MATVEC with T must be followed by a QUANT of at least one element"),
                };
                self.check(&i).map_err(|e| e.context(format!("at pc {pc}")))?;
                self.exec(&q).map_err(|e| e.context(format!("at pc {}", pc + 1)))?;
                self.exec(&i).map_err(|e| e.context(format!("at pc {pc}")))?;
                pc += 2;
                continue;
            }
            self.exec(&i).map_err(|e| e.context(format!("at pc {pc}")))?;
            pc += 1;
        }
        bail!("program has no END")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips() {
        let cases = [
            Instr::vec(Opcode::MulSh, Bank::B, 8191, 1234, 4321, 4095, -7),
            Instr::matvec((1 << 26) - 1, 4095, 4095),
            Instr::matvec_trail(12345, 96, 256),
            Instr::emb(70000, 100, 96, 12),
            Instr::new(Opcode::End),
        ];
        for c in cases {
            assert_eq!(Instr::decode(c.encode()).unwrap(), c);
        }
        assert_eq!(Instr::matvec(70000, 1, 2).wbase(), 70000);
        assert!(Instr::decode(15).is_err());
    }

    #[test]
    fn empty_matvec_is_refused() {
        let mut m = Machine::new(8, 64, 64, 64, 64, 64);
        for (rows, cols) in [(0, 4), (4, 0)] {
            let e = m.exec(&Instr::matvec(0, rows, cols)).unwrap_err();
            assert!(format!("{e}").contains("at least one row and one column"), "{e}");
        }
        m.exec(&Instr::matvec(0, 8, 4)).unwrap();
    }
}
