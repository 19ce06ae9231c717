//! Quantization: from float weights to the integer model the hardware runs.
//!
//! - Ternary codes are computed once, offline (absmean scale, round half to even).
//! - Every per-channel vector (norm weights) becomes 16-bit fixed point with its own
//!   fractional bits; the dequantization constant of each projection is a tiny float.
//! - The fixed-point formats of the activations are chosen from magnitudes measured
//!   by running the f32 ternary model over calibration tokens, and stored in the file.

use super::float::{ternarize, FloatRunner, Precision, Probe};
use super::{FloatModel, ModelConfig, Proj};
use anyhow::{bail, Result};
use mmfree_hdl::numerics::{frac_bits_for, to_fixed, Scale, SIG_IN_FRAC};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A vector in 16-bit fixed point: `value = v * 2^-frac`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QVec {
    pub frac: i32,
    #[serde(skip)]
    pub v: Vec<i16>,
}

impl QVec {
    /// Quantize with the fractional bits that fit the vector's largest magnitude.
    pub fn from_f32(x: &[f32]) -> QVec {
        let m = x.iter().fold(0f64, |a, v| a.max(v.abs() as f64));
        let frac = frac_bits_for(m);
        QVec { frac, v: x.iter().map(|&a| to_fixed(a as f64, frac) as i16).collect() }
    }
    pub fn get(&self, k: usize) -> i32 {
        self.v[k] as i32
    }
}

/// A ternary projection: codes, its own folded norm vector G, and the dequantization
/// constant `C = b/127 * sqrt(K) * 2^(F_out - G.frac)` (see docs/numerics.md).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QProj {
    pub rows: usize,
    pub cols: usize,
    /// Absmean weight scale b (kept for reports; C carries it).
    pub b: f32,
    pub c: Scale,
    pub g: QVec,
    #[serde(skip)]
    pub trits: Vec<i8>,
}

impl QProj {
    fn new(p: &Proj, f_out: i32) -> QProj {
        let (trits, b) = ternarize(&p.w.data);
        let g = QVec::from_f32(&p.norm);
        let k = p.w.cols as f64;
        let c = Scale::from_f64(b as f64 / 127.0 * k.sqrt() * 2f64.powi(f_out - g.frac));
        QProj { rows: p.w.rows, cols: p.w.cols, b, c, g, trits }
    }
}

/// Fractional bits of the values stored inside one layer (each a 16-bit signed vector).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayerFormats {
    /// u = x * attn_norm (input of the i/f/g BitLinears).
    pub u_attn: i32,
    /// Dequantized i, f and g projections.
    pub i: i32,
    pub f: i32,
    pub g: i32,
    /// Recurrent state h.
    pub h: i32,
    /// t = g * g_norm, then u_o = t * silu(h) (input of o_proj).
    pub t_o: i32,
    pub u_o: i32,
    /// u = r * mlp_norm (input of gate_proj).
    pub u_mlp: i32,
    /// Dequantized gate/up outputs (one scale for the fused matrix).
    pub gu: i32,
    /// p = silu(gate) * up (input of down_proj).
    pub p: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QLayer {
    pub fmt: LayerFormats,
    pub attn_norm: QVec,
    pub i: QProj,
    pub f: QProj,
    pub g: QProj,
    pub g_norm: QVec,
    pub o: QProj,
    pub mlp_norm: QVec,
    pub gate: QProj,
    pub down: QProj,
    /// 1 - lower bound, Q14 (16384 = 1.0).
    #[serde(skip)]
    pub one_minus_lb: Vec<i16>,
}

/// The quantized model: everything the hardware holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QModel {
    pub config: ModelConfig,
    /// Fractional bits of the residual stream x (16-bit).
    pub fx: i32,
    /// Fractional bits of u = x * final norm (input of the LM head).
    pub u_final: i32,
    /// Embedding: int8 codes per row `[V, H]` and one scale per row, `x = code * scale`
    /// rounded to FX: `x = round_shift(code * emb_scale, emb_scale.frac - fx)`.
    #[serde(skip)]
    pub emb: Vec<i8>,
    pub emb_scale: QVec,
    pub layers: Vec<QLayer>,
    pub norm: QVec,
    pub head: QProj,
    /// Where the formats came from (for reports): number of calibration tokens.
    pub calibration_tokens: usize,
}

/// Q14 encoding of 1 - lb.
pub const ONE_Q14: i32 = 1 << 14;

/// Measure the magnitudes inside the f32 ternary model over `tokens`.
pub fn calibrate(m: &FloatModel, tokens: &[usize]) -> Result<BTreeMap<String, f32>> {
    if tokens.is_empty() {
        bail!("calibration needs at least one token");
    }
    let mut runner = FloatRunner::new(m, Precision::Ternary);
    let mut maxes: BTreeMap<String, f32> = BTreeMap::new();
    for &t in tokens {
        if t >= m.config.vocab_size {
            bail!("calibration token {t} is outside the vocabulary ({})", m.config.vocab_size);
        }
        let mut probe = Probe::default();
        runner.step_probed(t, Some(&mut probe));
        for (layer, name, v) in probe.sites {
            let key = match layer {
                Some(l) => format!("{l}.{name}"),
                None => name.to_string(),
            };
            let e = maxes.entry(key).or_insert(0.0);
            *e = e.max(v);
        }
    }
    Ok(maxes)
}

/// Quantize a float model, choosing formats from calibration tokens.
pub fn quantize(m: &FloatModel, calib: &[usize]) -> Result<QModel> {
    m.config.validate()?;
    let maxes = calibrate(m, calib)?;
    let get = |k: &str| maxes.get(k).copied().unwrap_or(1.0) as f64;
    // The residual stream has one format everywhere (x and r of every layer).
    let xmax =
        maxes.iter().filter(|(k, _)| k.as_str() == "x" || k.ends_with(".r")).fold(0f64, |a, (_, v)| a.max(*v as f64));
    let fx = frac_bits_for(xmax);
    let lbs = m.effective_lower_bounds();
    let mut layers = Vec::new();
    for (li, (l, lb)) in m.layers.iter().zip(lbs).enumerate() {
        let site = |n: &str| frac_bits_for(get(&format!("{li}.{n}")));
        // Inputs of the sigmoid table need at least its 1/64 resolution: values beyond
        // +-512 saturate (the sigmoid is flat there long before).
        let sig_site = |n: &str| site(n).max(SIG_IN_FRAC);
        let fmt = LayerFormats {
            u_attn: site("u_attn"),
            i: sig_site("i"),
            f: sig_site("f"),
            g: site("g"),
            h: sig_site("h"),
            t_o: site("t_o"),
            u_o: site("u_o"),
            u_mlp: site("u_mlp"),
            gu: sig_site("gu"),
            p: site("p"),
        };
        layers.push(QLayer {
            attn_norm: QVec::from_f32(&l.attn_norm),
            i: QProj::new(&l.i_proj, fmt.i),
            f: QProj::new(&l.f_proj, fmt.f),
            g: QProj::new(&l.g_proj, fmt.g),
            g_norm: QVec::from_f32(&l.g_norm),
            o: QProj::new(&l.o_proj, fx),
            mlp_norm: QVec::from_f32(&l.mlp_norm),
            gate: QProj::new(&l.gate_proj, fmt.gu),
            down: QProj::new(&l.down_proj, fx),
            one_minus_lb: lb
                .iter()
                .map(|&v| ((1.0 - v as f64) * ONE_Q14 as f64).round().clamp(0.0, ONE_Q14 as f64) as i16)
                .collect(),
            fmt,
        });
    }
    // Embedding: int8 per row with a per-row scale.
    let (v, h) = (m.config.vocab_size, m.config.hidden_size);
    let mut emb = vec![0i8; v * h];
    let mut row_scale = vec![0f32; v];
    for t in 0..v {
        let row = m.embeddings.row(t);
        let mx = row.iter().fold(0f32, |a, x| a.max(x.abs()));
        row_scale[t] = mx / 127.0;
        if mx > 0.0 {
            for k in 0..h {
                emb[t * h + k] = (row[k] / mx * 127.0).round().clamp(-127.0, 127.0) as i8;
            }
        }
    }
    let u_final = frac_bits_for(get("u_final"));
    Ok(QModel {
        config: m.config.clone(),
        fx,
        u_final,
        emb,
        emb_scale: QVec::from_f32(&row_scale),
        layers,
        norm: QVec::from_f32(&m.norm),
        head: QProj::new(&m.lm_head, 0),
        calibration_tokens: calib.len(),
    })
}
