//! The f32 reference model: the equations of notes/reference-model.md, one token at a
//! time, with the recurrent state of every layer kept between tokens.
//!
//! Two precisions: `Ternary` is what the released code computes (BitLinear: RMSNorm,
//! 8-bit absmax activations, ternary weights with an absmean scale); `Float` replaces
//! every BitLinear by RMSNorm + a plain f32 matrix (the float weights, unquantized).

use super::{FloatModel, Mat, Proj};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Float,
    Ternary,
}

/// Ternary codes and scale of a weight matrix: `b = max(mean|W|, 1e-5)`,
/// `T = clamp(round_half_even(W / b), -1, 1)`.
pub fn ternarize(w: &[f32]) -> (Vec<i8>, f32) {
    let mean = w.iter().map(|v| v.abs() as f64).sum::<f64>() / w.len().max(1) as f64;
    let b = (mean as f32).max(1e-5);
    let t = w.iter().map(|&v| (v / b).round_ties_even().clamp(-1.0, 1.0) as i8).collect();
    (t, b)
}

/// Per-token absmax activation quantization to int8 values, returned dequantized:
/// `s = 127 / max(max|y|, 1e-5)`, `q = clamp(round(y s), -128, 127)`, result `q / s`.
pub fn activation_quant(y: &[f32]) -> Vec<f32> {
    let m = y.iter().fold(0f32, |a, v| a.max(v.abs())).max(1e-5);
    let s = 127.0 / m;
    y.iter().map(|v| (v * s).round().clamp(-128.0, 127.0) / s).collect()
}

pub fn rms_norm(x: &[f32], w: &[f32], eps: f32) -> Vec<f32> {
    let ms = x.iter().map(|v| (v * v) as f64).sum::<f64>() / x.len() as f64;
    let r = 1.0 / (ms as f32 + eps).sqrt();
    x.iter().zip(w).map(|(a, b)| a * r * b).collect()
}

pub fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

pub fn silu(x: f32) -> f32 {
    x * sigmoid(x)
}

/// `y = M x` for a row-major matrix.
pub fn matvec(m: &Mat, x: &[f32]) -> Vec<f32> {
    (0..m.rows).map(|r| m.row(r).iter().zip(x).map(|(a, b)| a * b).sum()).collect()
}

/// A projection prepared for one precision.
#[derive(Clone, Debug)]
enum Linear {
    Float { w: Mat, norm: Vec<f32> },
    Ternary { t: Vec<i8>, b: f32, rows: usize, cols: usize, norm: Vec<f32> },
}

impl Linear {
    fn new(p: &Proj, prec: Precision) -> Self {
        match prec {
            Precision::Float => Linear::Float { w: p.w.clone(), norm: p.norm.clone() },
            Precision::Ternary => {
                let (t, b) = ternarize(&p.w.data);
                Linear::Ternary { t, b, rows: p.w.rows, cols: p.w.cols, norm: p.norm.clone() }
            }
        }
    }

    fn forward(&self, x: &[f32], eps: f32) -> Vec<f32> {
        match self {
            Linear::Float { w, norm } => matvec(w, &rms_norm(x, norm, eps)),
            Linear::Ternary { t, b, rows, cols, norm } => {
                let q = activation_quant(&rms_norm(x, norm, eps));
                (0..*rows)
                    .map(|r| {
                        let row = &t[r * cols..(r + 1) * cols];
                        let s: f32 = row
                            .iter()
                            .zip(&q)
                            .map(|(&c, &v)| match c {
                                1 => v,
                                -1 => -v,
                                _ => 0.0,
                            })
                            .sum();
                        s * b
                    })
                    .collect()
            }
        }
    }
}

struct Layer {
    attn_norm: Vec<f32>,
    i: Linear,
    f: Linear,
    g: Linear,
    g_norm: Vec<f32>,
    o: Linear,
    mlp_norm: Vec<f32>,
    gate: Linear,
    down: Linear,
    lower_bound: Vec<f32>,
}

/// Values seen inside the model for one token, for calibrating fixed-point formats.
#[derive(Clone, Debug, Default)]
pub struct Probe {
    /// (layer or None for the ends of the model, site name, max |value|).
    pub sites: Vec<(Option<usize>, &'static str, f32)>,
}

/// The f32 model with its recurrent state.
pub struct FloatRunner {
    eps: f32,
    hidden: usize,
    inter: usize,
    embeddings: Mat,
    layers: Vec<Layer>,
    norm: Vec<f32>,
    head: Linear,
    state: Vec<Vec<f32>>,
}

fn amax(v: &[f32]) -> f32 {
    v.iter().fold(0f32, |a, x| a.max(x.abs()))
}

impl FloatRunner {
    pub fn new(m: &FloatModel, prec: Precision) -> Self {
        let lbs = m.effective_lower_bounds();
        let layers = m
            .layers
            .iter()
            .zip(lbs)
            .map(|(l, lb)| Layer {
                attn_norm: l.attn_norm.clone(),
                i: Linear::new(&l.i_proj, prec),
                f: Linear::new(&l.f_proj, prec),
                g: Linear::new(&l.g_proj, prec),
                g_norm: l.g_norm.clone(),
                o: Linear::new(&l.o_proj, prec),
                mlp_norm: l.mlp_norm.clone(),
                gate: Linear::new(&l.gate_proj, prec),
                down: Linear::new(&l.down_proj, prec),
                lower_bound: lb,
            })
            .collect::<Vec<_>>();
        FloatRunner {
            eps: m.config.rms_norm_eps as f32,
            hidden: m.config.hidden_size,
            inter: m.config.intermediate(),
            embeddings: m.embeddings.clone(),
            state: vec![vec![0.0; m.config.hidden_size]; layers.len()],
            layers,
            norm: m.norm.clone(),
            head: Linear::new(&m.lm_head, prec),
        }
    }

    pub fn reset(&mut self) {
        for h in &mut self.state {
            h.iter_mut().for_each(|v| *v = 0.0);
        }
    }

    /// Feed one token; return the logits for the next one.
    pub fn step(&mut self, token: usize) -> Vec<f32> {
        self.step_probed(token, None)
    }

    /// [`step`](Self::step), recording the magnitudes of the values the integer model stores.
    pub fn step_probed(&mut self, token: usize, mut probe: Option<&mut Probe>) -> Vec<f32> {
        let eps = self.eps;
        let mut rec = |layer: Option<usize>, name: &'static str, v: f32| {
            if let Some(p) = probe.as_deref_mut() {
                p.sites.push((layer, name, v));
            }
        };
        let mut x = self.embeddings.row(token).to_vec();
        rec(None, "x", amax(&x));
        for (li, (layer, h)) in self.layers.iter().zip(self.state.iter_mut()).enumerate() {
            let a = rms_norm(&x, &layer.attn_norm, eps);
            let i = layer.i.forward(&a, eps);
            let fr = layer.f.forward(&a, eps);
            let gg = layer.g.forward(&a, eps);
            let mut o = vec![0f32; self.hidden];
            let mut hmax = 0f32;
            let mut omax = 0f32;
            let mut tmax = 0f32;
            for k in 0..self.hidden {
                let lb = layer.lower_bound[k];
                let s = sigmoid(fr[k]);
                let f = lb + (1.0 - lb) * s;
                let c = silu(i[k]) * (1.0 - f);
                h[k] = f * h[k] + c;
                hmax = hmax.max(h[k].abs());
                tmax = tmax.max((gg[k] * layer.g_norm[k]).abs());
                omax = omax.max((gg[k] * layer.g_norm[k] * silu(h[k])).abs());
            }
            let gn = rms_norm(&gg, &layer.g_norm, eps);
            for k in 0..self.hidden {
                o[k] = gn[k] * silu(h[k]);
            }
            let y = layer.o.forward(&o, eps);
            let r: Vec<f32> = x.iter().zip(&y).map(|(a, b)| a + b).collect();
            let m = rms_norm(&r, &layer.mlp_norm, eps);
            let gu = layer.gate.forward(&m, eps);
            let (ug, uu) = gu.split_at(self.inter);
            let p: Vec<f32> = ug.iter().zip(uu).map(|(g, u)| silu(*g) * u).collect();
            let d = layer.down.forward(&p, eps);
            let xa: Vec<f32> = x.iter().zip(&layer.attn_norm).map(|(a, w)| a * w).collect();
            let rm: Vec<f32> = r.iter().zip(&layer.mlp_norm).map(|(a, w)| a * w).collect();
            x = r.iter().zip(&d).map(|(a, b)| a + b).collect();
            rec(Some(li), "u_attn", amax(&xa));
            rec(Some(li), "i", amax(&i));
            rec(Some(li), "f", amax(&fr));
            rec(Some(li), "g", amax(&gg));
            rec(Some(li), "h", hmax);
            rec(Some(li), "t_o", tmax);
            rec(Some(li), "u_o", omax);
            rec(Some(li), "r", amax(&r));
            rec(Some(li), "u_mlp", amax(&rm));
            rec(Some(li), "gu", amax(&gu));
            rec(Some(li), "p", amax(&p));
            rec(None, "x", amax(&x));
        }
        let xf: Vec<f32> = x.iter().zip(&self.norm).map(|(a, w)| a * w).collect();
        rec(None, "u_final", amax(&xf));
        self.head.forward(&rms_norm(&x, &self.norm, eps), eps)
    }
}
