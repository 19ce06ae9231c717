//! The integer reference model: inference in integer arithmetic only, one token at a
//! time, exactly as the accelerator computes it. Built only from the golden functions
//! of `mmfree_hdl::numerics`; docs/numerics.md gives every format and width.

use super::quant::{QModel, QProj, QVec};
use mmfree_hdl::numerics::{
    bitlinear_scale, mul_shift, quantize_absmax, round_shift, sat16, sigmoid_q15, sigmoid_table, silu, sum_squares,
    ternary_dot, Scale, ONE_Q15,
};

/// The result of one step: the LM head's accumulators and their common scale.
#[derive(Clone, Debug, PartialEq)]
pub struct IntLogits {
    pub acc: Vec<i32>,
    pub scale: Scale,
}

impl IntLogits {
    /// Real-valued logits: `acc * scale`.
    pub fn to_f32(&self) -> Vec<f32> {
        let s = self.scale.to_f64();
        self.acc.iter().map(|&a| (a as f64 * s) as f32).collect()
    }
    /// Greedy next token: the first index of the largest accumulator (the scale is
    /// positive, so it does not change the order).
    pub fn argmax(&self) -> usize {
        argmax(&self.acc)
    }
}

/// First index of the maximum (ties go to the lowest index, like the hardware's ARGMAX).
pub fn argmax<T: PartialOrd>(v: &[T]) -> usize {
    let mut best = 0;
    for (i, x) in v.iter().enumerate() {
        if *x > v[best] {
            best = i;
        }
    }
    best
}

/// One BitLinear applied to the input vector `u` (with `ss = sum u^2`), for output
/// format chosen at quantization time (carried in `p.c`): z = u * G, absmax int8
/// quantization, ternary accumulation, dequantization by the per-token scale.
pub fn bitlinear(p: &QProj, u: &[i32], ss: u64) -> (Vec<i32>, Scale) {
    let z: Vec<i32> = u.iter().zip(&p.g.v).map(|(&a, &g)| a * g as i32).collect();
    let (q, m) = quantize_absmax(&z);
    let scale = bitlinear_scale(p.c, m, ss);
    let acc = (0..p.rows).map(|r| ternary_dot(&p.trits[r * p.cols..(r + 1) * p.cols], &q)).collect();
    (acc, scale)
}

/// Element-wise `mul_shift(a_k, w_k, from_frac + w.frac - to_frac)`: a 16-bit vector
/// times a fixed-point weight vector, converted to another format.
fn scale_vec(a: &[i32], w: &QVec, from_frac: i32, to_frac: i32) -> Vec<i32> {
    a.iter().enumerate().map(|(k, &x)| mul_shift(x, w.get(k), from_frac + w.frac - to_frac)).collect()
}

fn dequant(acc: &[i32], s: Scale) -> Vec<i32> {
    acc.iter().map(|&a| s.apply16(a)).collect()
}

/// The integer model with its recurrent state.
pub struct IntRunner<'a> {
    pub q: &'a QModel,
    sig: Vec<u16>,
    /// State h of every layer (16-bit, format `fmt.h` of the layer).
    pub state: Vec<Vec<i32>>,
}

impl<'a> IntRunner<'a> {
    pub fn new(q: &'a QModel) -> Self {
        IntRunner { q, sig: sigmoid_table(), state: vec![vec![0; q.config.hidden_size]; q.layers.len()] }
    }

    pub fn reset(&mut self) {
        for h in &mut self.state {
            h.iter_mut().for_each(|v| *v = 0);
        }
    }

    /// The embedding row of `token` in the residual format FX.
    pub fn embed(&self, token: usize) -> Vec<i32> {
        let (h, q) = (self.q.config.hidden_size, self.q);
        let s = q.emb_scale.get(token);
        (0..h).map(|k| mul_shift(q.emb[token * h + k] as i32, s, q.emb_scale.frac - q.fx)).collect()
    }

    /// Feed one token; return the LM head's output for the next token.
    pub fn step(&mut self, token: usize) -> IntLogits {
        let q = self.q;
        let (hd, inter, fx) = (q.config.hidden_size, q.config.intermediate(), q.fx);
        let sig = &self.sig;
        let mut x = self.embed(token);
        for (l, h) in q.layers.iter().zip(self.state.iter_mut()) {
            let f = &l.fmt;
            // Token mixer (MLGRU). The i/f/g BitLinears share one input u and one sum of squares.
            let u = scale_vec(&x, &l.attn_norm, fx, f.u_attn);
            let ss = sum_squares(u.iter().copied());
            let (ai, si) = bitlinear(&l.i, &u, ss);
            let (af, sf) = bitlinear(&l.f, &u, ss);
            let (ag, sg) = bitlinear(&l.g, &u, ss);
            let (iv, fv, gv) = (dequant(&ai, si), dequant(&af, sf), dequant(&ag, sg));
            let mut uo = vec![0i32; hd];
            for k in 0..hd {
                // 1 - f = (1 - lb) * (1 - sigmoid(f)), Q15; h = h - (1-f) h + silu(i) (1-f).
                let omf =
                    round_shift((ONE_Q15 - sigmoid_q15(sig, fv[k], f.f)) as i64 * l.one_minus_lb[k] as i64, 14) as i32;
                let c = mul_shift(silu(sig, iv[k], f.i), omf, 15 + f.i - f.h);
                h[k] = sat16(h[k] as i64 + c as i64 - round_shift(omf as i64 * h[k] as i64, 15));
                // o' = g * g_norm * silu(h) (the RMSNorm of g cancels in o_proj's quantization).
                let t = mul_shift(gv[k], l.g_norm.get(k), f.g + l.g_norm.frac - f.t_o);
                uo[k] = mul_shift(t, silu(sig, h[k], f.h), f.t_o + f.h - f.u_o);
            }
            let (ao, so) = bitlinear(&l.o, &uo, sum_squares(uo.iter().copied()));
            let r: Vec<i32> = x.iter().zip(dequant(&ao, so)).map(|(&a, b)| sat16(a as i64 + b as i64)).collect();
            // Channel mixer (GLU).
            let um = scale_vec(&r, &l.mlp_norm, fx, f.u_mlp);
            let (agu, sgu) = bitlinear(&l.gate, &um, sum_squares(um.iter().copied()));
            let gu = dequant(&agu, sgu);
            let p: Vec<i32> =
                (0..inter).map(|k| mul_shift(silu(sig, gu[k], f.gu), gu[inter + k], 2 * f.gu - f.p)).collect();
            let (ad, sd) = bitlinear(&l.down, &p, sum_squares(p.iter().copied()));
            x = r.iter().zip(dequant(&ad, sd)).map(|(&a, b)| sat16(a as i64 + b as i64)).collect();
        }
        let u = scale_vec(&x, &q.norm, fx, q.u_final);
        let (acc, scale) = bitlinear(&q.head, &u, sum_squares(u.iter().copied()));
        IntLogits { acc, scale }
    }
}
