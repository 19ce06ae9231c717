//! The compiler from a quantized model to what the accelerator holds: one token's
//! program, the parameter image of bank B and the weight image (packed by the single
//! packing function). The golden interpreter (`mmfree_hdl::isa::Machine`) running this
//! is bit-identical to the integer reference model (`model::int`), and the hardware is
//! tested against the interpreter.

use crate::model::quant::{QModel, QProj, QVec};
use anyhow::{ensure, Context, Result};
use mmfree_hdl::hwconfig::{HwConfig, Layout, ModelDims, PROGRAM_HEAD, PROGRAM_PER_LAYER};
use mmfree_hdl::isa::{Bank, Instr, Machine, Opcode, IMM_SS};
use mmfree_hdl::numerics::{Scale, SIG_IN_FRAC};
use mmfree_hdl::pack::{pack_matrix, word_bytes};

/// Everything uploaded to the board for one model.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    pub program: Vec<u64>,
    /// Bank B from `layout.params_start`: parameters and constants.
    pub params: Vec<i16>,
    /// Weight memory bytes (`LANES/4` per word), weights then embedding rows.
    pub weights: Vec<u8>,
}

impl Image {
    /// Bytes of the image's memory contents (program words, parameters, weights): what
    /// an upload writes at least once, before framing and resends.
    pub fn payload_bytes(&self) -> u64 {
        (self.program.len() * 8 + self.params.len() * 2 + self.weights.len()) as u64
    }
}

pub fn dims_of(q: &QModel) -> ModelDims {
    let c = &q.config;
    ModelDims {
        hidden: c.hidden_size,
        layers: c.num_hidden_layers,
        intermediate: c.intermediate(),
        vocab: c.vocab_size,
    }
}

fn shift(what: &str, s: i32) -> Result<i8> {
    ensure!(
        (0..=47).contains(&s),
        "{what}: shift {s} is outside what the vector unit does (0..47); the model's formats are unusual"
    );
    Ok(s as i8)
}

/// A MULSH shift with IMM_SS (the fused SUMSQ of the result).
fn shift_ss(what: &str, s: i32) -> Result<i8> {
    Ok(shift(what, s)? | IMM_SS)
}

fn sig_frac(what: &str, f: i32) -> Result<i8> {
    ensure!(
        (SIG_IN_FRAC..=30).contains(&f),
        "{what}: sigmoid input format with {f} fractional bits is unsupported (needs {SIG_IN_FRAC}..30)"
    );
    Ok(f as i8)
}

/// Compile a quantized model for a hardware configuration.
pub fn compile(q: &QModel, hw: &HwConfig) -> Result<Image> {
    let d = dims_of(q);
    ensure!(d == hw.dims, "the hardware is built for {:?}, the model is {:?}", hw.dims, d);
    let lay = hw.layout();
    let (h, inter, v) = (d.hidden as u16, d.intermediate as u16, d.vocab as u16);
    let mut p = Vec::new();
    use Bank::{A, B};
    use Opcode::*;
    let vi = Instr::vec;
    // One BitLinear: quantize A[u] * B[g] (SS already computed), the output scale, then
    // the product. Where the MATVEC may trail its QUANT (`HwConfig::may_trail`) it goes
    // first with `MV_TRAIL`: the lane engine reads Q behind the QUANT's writes, and
    // SCALE (which needs only M, SS and C, and must follow QUANT: it overwrites the
    // quantizer's reciprocal) runs beside the engine. Otherwise SCALE before MATVEC, so
    // the scale unit runs while the lane array does. `with_qmax: false` when the QMAX
    // was issued earlier (beside the previous MATVEC). Returns whether the MATVEC
    // trails, i.e. instructions that read parameters may go beside it.
    let qmax = |u: u16, g: u16, cols: u16| vi(QMax, A, 0, u, g, cols, 0);
    let bitlinear = |p: &mut Vec<Instr>, u: u16, g: u16, w: u32, rows: u16, cols: u16, c: u16, with_qmax: bool| {
        if with_qmax {
            p.push(qmax(u, g, cols));
        }
        let quant = vi(Quant, A, 0, u, g, cols, 0);
        let scale = vi(Opcode::Scale, A, 0, 0, c, 0, 0);
        let trail = hw.may_trail(w, rows as usize, cols as usize);
        if trail {
            p.extend([Instr::matvec_trail(w, rows, cols), quant, scale]);
        } else {
            p.extend([quant, scale, Instr::matvec(w, rows, cols)]);
        }
        trail
    };
    // Where the parameters live in W (`params_in_w`), an instruction that reads them
    // waits for the lane engine (it would take W's port) unless the engine's MATVEC
    // trails (with `split` its weights and the parameters are in different halves of
    // W): the QMAXs of the next projection and OMF then stay where the engine is idle.
    // Elsewhere they go beside the MATVEC before them (with `overlap` the core issues
    // them beside the engine).
    let beside = |trail: bool| !hw.params_in_w || trail;
    p.push(Instr::emb(lay.w_emb, lay.emb_scale, h, shift("embedding", q.emb_scale.frac - q.fx)?));
    for (l, (ql, ll)) in q.layers.iter().zip(&lay.layers).enumerate() {
        let f = &ql.fmt;
        let n = |s: &str| format!("layer {l} {s}");
        // MULSH with IMM_SS also sums the squares of what it writes (the SS of the
        // BitLinears' RMS norm): no separate SUMSQ pass.
        p.push(vi(MulSh, A, lay.u, lay.x, ll.attn_norm, h, shift_ss(&n("u"), q.fx + ql.attn_norm.frac - f.u_attn)?));
        // i, f, g share the input u; each is quantized with its own norm weight. The
        // QMAX of f (of g) goes beside i's (f's) MATVEC, before i's (f's) DEQ.
        let side_i = beside(bitlinear(&mut p, lay.u, ll.g_i, ll.w[0], h, h, ll.consts, true));
        if side_i {
            p.push(qmax(lay.u, ll.g_f, h));
        }
        p.push(vi(Deq, A, lay.iv, 0, 0, h, 0));
        let side_f = beside(bitlinear(&mut p, lay.u, ll.g_f, ll.w[1], h, h, ll.consts + 2, !side_i));
        // SiLU(i) needs only i: beside f's MATVEC (and its SCALE: it leaves M and SS
        // alone), not in the update beside g's, which on the ECP5 outlasts that MATVEC.
        p.push(vi(Silu, A, lay.si, lay.iv, 0, h, sig_frac(&n("i"), f.i)?));
        if side_f {
            p.push(qmax(lay.u, ll.g_g, h));
        }
        p.push(vi(Deq, A, lay.fv, 0, 0, h, 0));
        // The MLGRU's update needs only i and f: it runs beside g's MATVEC (OMF, which
        // reads 1 - lb, before it when that cannot read the parameters beside it).
        let omf = vi(Omf, B, lay.omf, lay.fv, ll.one_minus_lb, h, sig_frac(&n("f"), f.f)?);
        let side_g = beside(hw.may_trail(ll.w[2], h as usize, h as usize));
        if !side_g {
            p.push(omf);
        }
        bitlinear(&mut p, lay.u, ll.g_g, ll.w[2], h, h, ll.consts + 4, !side_f);
        if side_g {
            p.push(omf);
        }
        p.push(vi(MulSh, B, lay.c, lay.si, lay.omf, h, shift(&n("c"), 15 + f.i - f.h)?));
        p.push(vi(MulSh, B, lay.m, ll.h, lay.omf, h, 15));
        p.push(vi(Sub, A, ll.h, ll.h, lay.m, h, 0));
        p.push(vi(Add, A, ll.h, ll.h, lay.c, h, 0));
        p.push(vi(Silu, B, lay.sh, ll.h, 0, h, sig_frac(&n("h"), f.h)?));
        p.push(vi(Deq, A, lay.gv, 0, 0, h, 0));
        p.push(vi(MulSh, A, lay.t, lay.gv, ll.g_norm, h, shift(&n("t"), f.g + ql.g_norm.frac - f.t_o)?));
        p.push(vi(MulSh, A, lay.uo, lay.t, lay.sh, h, shift_ss(&n("u_o"), f.t_o + f.h - f.u_o)?));
        bitlinear(&mut p, lay.uo, ll.g_o, ll.w[3], h, h, ll.consts + 6, true);
        p.push(vi(DeqAdd, A, lay.r, 0, lay.x, h, 0));
        p.push(vi(MulSh, A, lay.u, lay.r, ll.mlp_norm, h, shift_ss(&n("u_mlp"), q.fx + ql.mlp_norm.frac - f.u_mlp)?));
        bitlinear(&mut p, lay.u, ll.g_gate, ll.w[4], 2 * inter, h, ll.consts + 8, true);
        // The gate half drains first: its SiLU runs beside the up half's blocks.
        p.push(vi(Deq, A, lay.ug, 0, 0, inter, 0));
        p.push(vi(Silu, A, lay.sg, lay.ug, 0, inter, sig_frac(&n("gate"), f.gu)?));
        p.push(vi(Deq, B, lay.uu, inter, 0, inter, 0));
        p.push(vi(MulSh, A, lay.p, lay.sg, lay.uu, inter, shift_ss(&n("p"), 2 * f.gu - f.p)?));
        bitlinear(&mut p, lay.p, ll.g_down, ll.w[5], h, inter, ll.consts + 10, true);
        p.push(vi(DeqAdd, A, lay.x, 0, lay.r, h, 0));
    }
    p.push(vi(MulSh, A, lay.u, lay.x, lay.norm, h, shift_ss("final norm", q.fx + q.norm.frac - q.u_final)?));
    bitlinear(&mut p, lay.u, lay.g_head, lay.w_head, v, h, lay.head_const, true);
    p.push(vi(Argmax, A, 0, 0, 0, v, 0));
    p.push(Instr::new(End));
    debug_assert_eq!(p.len(), 1 + d.layers * PROGRAM_PER_LAYER + PROGRAM_HEAD + 1);
    ensure!(p.len() <= 1 << hw.prog_bits, "program of {} instructions exceeds the program memory", p.len());
    Ok(Image {
        program: p.iter().map(Instr::encode).collect(),
        params: params_image(q, &lay),
        weights: weights_image(q, &lay)?,
    })
}

fn put(img: &mut [i16], at: u16, v: &QVec) {
    img[at as usize..at as usize + v.v.len()].copy_from_slice(&v.v);
}

fn put_const(img: &mut [i16], at: u16, s: Scale) {
    img[at as usize] = s.mant as u16 as i16;
    img[at as usize + 1] = s.exp as i16;
}

/// Bank B from `params_start` to the end of the layout.
fn params_image(q: &QModel, lay: &Layout) -> Vec<i16> {
    let mut b = vec![0i16; lay.b_words];
    for (ql, ll) in q.layers.iter().zip(&lay.layers) {
        put(&mut b, ll.attn_norm, &ql.attn_norm);
        put(&mut b, ll.g_i, &ql.i.g);
        put(&mut b, ll.g_f, &ql.f.g);
        put(&mut b, ll.g_g, &ql.g.g);
        b[ll.one_minus_lb as usize..][..ql.one_minus_lb.len()].copy_from_slice(&ql.one_minus_lb);
        put(&mut b, ll.g_norm, &ql.g_norm);
        put(&mut b, ll.g_o, &ql.o.g);
        put(&mut b, ll.mlp_norm, &ql.mlp_norm);
        put(&mut b, ll.g_gate, &ql.gate.g);
        put(&mut b, ll.g_down, &ql.down.g);
        for (j, pr) in [&ql.i, &ql.f, &ql.g, &ql.o, &ql.gate, &ql.down].iter().enumerate() {
            put_const(&mut b, ll.consts + 2 * j as u16, pr.c);
        }
    }
    put(&mut b, lay.norm, &q.norm);
    put(&mut b, lay.g_head, &q.head.g);
    put_const(&mut b, lay.head_const, q.head.c);
    put(&mut b, lay.emb_scale, &q.emb_scale);
    b.split_off(lay.params_start as usize)
}

/// Weight memory: every matrix packed by `pack_matrix`, then the embedding rows.
fn weights_image(q: &QModel, lay: &Layout) -> Result<Vec<u8>> {
    let wb = word_bytes(lay.lanes);
    let mut w = vec![0u8; lay.w_words * wb];
    let mut put_m = |at: u32, pr: &QProj| {
        let packed = pack_matrix(&pr.trits, pr.rows, pr.cols, lay.lanes);
        w[at as usize * wb..][..packed.len()].copy_from_slice(&packed);
    };
    for (ql, ll) in q.layers.iter().zip(&lay.layers) {
        for (j, pr) in [&ql.i, &ql.f, &ql.g, &ql.o, &ql.gate, &ql.down].iter().enumerate() {
            put_m(ll.w[j], pr);
        }
    }
    put_m(lay.w_head, &q.head);
    let emb_at = lay.w_emb as usize * wb;
    ensure!(emb_at + q.emb.len() <= w.len(), "embedding does not fit the weight memory");
    for (k, &c) in q.emb.iter().enumerate() {
        w[emb_at + k] = c as u8;
    }
    Ok(w)
}

/// A golden machine loaded with a compiled image: the reference for the hardware.
pub fn load_machine(hw: &HwConfig, img: &Image) -> Result<Machine> {
    let lay = hw.layout();
    let mut m =
        Machine::new(hw.lanes, 1 << hw.a_bits, 1 << hw.b_bits, 1 << hw.q_bits, 1 << hw.acc_bits, 1 << hw.w_bits);
    let ps = lay.params_start as usize;
    m.b[ps..ps + img.params.len()].copy_from_slice(&img.params);
    m.w[..img.weights.len()].copy_from_slice(&img.weights);
    Ok(m)
}

/// Run one token through a loaded machine: returns (argmax, head accumulators, head scale).
pub fn machine_step(m: &mut Machine, prog: &[u64], token: usize, vocab: usize) -> Result<(usize, Vec<i32>, Scale)> {
    m.token = token as u32;
    m.run(prog).context("running the program")?;
    Ok((m.token as usize, m.acc[..vocab].to_vec(), m.s))
}
