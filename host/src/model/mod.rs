//! Models: the checkpoint's configuration and float weights, the f32 reference
//! forward pass, quantization to our model file, and the integer reference model.

pub mod checkpoint;
pub mod file;
pub mod float;
pub mod int;
pub mod quant;

use anyhow::{bail, Result};
use serde::{Deserialize, Serialize};

/// The architecture fields of a checkpoint's `config.json` (Hugging Face layout of
/// `mmfreelm`'s HGRNBit models). Unknown fields are ignored; unsupported flags are refused.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModelConfig {
    pub hidden_size: usize,
    pub num_hidden_layers: usize,
    /// May be null in released configs: then the rule `256 * ceil(int(H*4*2/3) / 256)`.
    #[serde(default)]
    pub intermediate_size: Option<usize>,
    pub vocab_size: usize,
    #[serde(default = "default_eps")]
    pub rms_norm_eps: f64,
    #[serde(default = "default_true")]
    pub use_lower_bound: bool,
    #[serde(default = "default_one")]
    pub num_heads: usize,
    #[serde(default = "default_one")]
    pub expand_ratio: usize,
    #[serde(default)]
    pub use_short_conv: bool,
    #[serde(default = "default_model_type")]
    pub model_type: String,
}

fn default_eps() -> f64 {
    1e-6
}
fn default_true() -> bool {
    true
}
fn default_one() -> usize {
    1
}
fn default_model_type() -> String {
    "hgrn_bit".into()
}

impl ModelConfig {
    pub fn new(hidden: usize, layers: usize, intermediate: usize, vocab: usize) -> Self {
        ModelConfig {
            hidden_size: hidden,
            num_hidden_layers: layers,
            intermediate_size: Some(intermediate),
            vocab_size: vocab,
            rms_norm_eps: 1e-6,
            use_lower_bound: true,
            num_heads: 1,
            expand_ratio: 1,
            use_short_conv: false,
            model_type: "hgrn_bit".into(),
        }
    }

    /// The intermediate size, applying the released models' rule when it is null.
    pub fn intermediate(&self) -> usize {
        self.intermediate_size.unwrap_or_else(|| 256 * (self.hidden_size * 4 * 2 / 3).div_ceil(256))
    }

    /// Refuse what the importer and the hardware do not implement.
    pub fn validate(&self) -> Result<()> {
        if self.use_short_conv {
            bail!("config.json: use_short_conv = true is not supported (the released models have it off)");
        }
        if self.expand_ratio != 1 {
            bail!("config.json: expand_ratio = {} is not supported (only 1)", self.expand_ratio);
        }
        if self.hidden_size == 0 || self.num_hidden_layers == 0 || self.vocab_size == 0 || self.intermediate() == 0 {
            bail!("config.json: hidden_size, num_hidden_layers, intermediate_size and vocab_size must be positive");
        }
        if self.hidden_size > 1 << 14 || self.intermediate() > 1 << 15 || self.vocab_size > 1 << 20 {
            bail!(
                "config.json: dimensions out of range (hidden {}, intermediate {}, vocab {})",
                self.hidden_size,
                self.intermediate(),
                self.vocab_size
            );
        }
        if !(self.rms_norm_eps >= 0.0 && self.rms_norm_eps < 1.0) {
            bail!("config.json: rms_norm_eps = {} is out of range", self.rms_norm_eps);
        }
        Ok(())
    }

    /// Ternary weights per token: every projection and the LM head.
    pub fn ternary_weights(&self) -> usize {
        let (h, i) = (self.hidden_size, self.intermediate());
        self.num_hidden_layers * (4 * h * h + 3 * i * h) + self.vocab_size * h
    }

    /// All parameters (ternary weights, embedding, norm vectors, lower bounds).
    pub fn parameters(&self) -> usize {
        let (h, i, l) = (self.hidden_size, self.intermediate(), self.num_hidden_layers);
        self.ternary_weights()
            + self.vocab_size * h
            + l * (8 * h + i)
            + 2 * h
            + if self.use_lower_bound { l * h } else { 0 }
    }
}

/// A dense row-major matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct Mat {
    pub rows: usize,
    pub cols: usize,
    pub data: Vec<f32>,
}

impl Mat {
    pub fn zeros(rows: usize, cols: usize) -> Self {
        Mat { rows, cols, data: vec![0.0; rows * cols] }
    }
    pub fn row(&self, r: usize) -> &[f32] {
        &self.data[r * self.cols..(r + 1) * self.cols]
    }
}

/// A BitLinear projection: its weight `[out, in]` and its own RMSNorm weight `[in]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Proj {
    pub w: Mat,
    pub norm: Vec<f32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LayerWeights {
    pub attn_norm: Vec<f32>,
    pub i_proj: Proj,
    pub f_proj: Proj,
    pub g_proj: Proj,
    pub g_norm: Vec<f32>,
    pub o_proj: Proj,
    pub mlp_norm: Vec<f32>,
    /// `[2I, H]`: gate rows first, then up rows.
    pub gate_proj: Proj,
    pub down_proj: Proj,
}

/// A checkpoint's weights in f32.
#[derive(Clone, Debug, PartialEq)]
pub struct FloatModel {
    pub config: ModelConfig,
    pub embeddings: Mat,
    /// The raw parameter `[L, H]` (before softmax/cumsum), if the model uses it.
    pub lower_bounds: Option<Mat>,
    pub layers: Vec<LayerWeights>,
    pub norm: Vec<f32>,
    pub lm_head: Proj,
}

impl FloatModel {
    /// The per-layer lower bounds actually applied: `lb = softmax(P, dim=layers)`,
    /// then `cumsum(lb) - lb[0]`, so layer 0 gets 0. All zero when unused.
    pub fn effective_lower_bounds(&self) -> Vec<Vec<f32>> {
        let (l, h) = (self.config.num_hidden_layers, self.config.hidden_size);
        let mut out = vec![vec![0f32; h]; l];
        let Some(p) = &self.lower_bounds else {
            return out;
        };
        if !self.config.use_lower_bound {
            return out;
        }
        for c in 0..h {
            let mx = (0..l).map(|r| p.data[r * h + c]).fold(f32::NEG_INFINITY, f32::max);
            let e: Vec<f64> = (0..l).map(|r| ((p.data[r * h + c] - mx) as f64).exp()).collect();
            let s: f64 = e.iter().sum();
            let mut cum = 0f64;
            for r in 0..l {
                cum += e[r] / s;
                out[r][c] = (cum - e[0] / s) as f32;
            }
        }
        out
    }
}

impl FloatModel {
    /// A model with seeded random weights in a plausible range (norm weights near 1),
    /// for tests and benchmarks of the numerics and the hardware.
    pub fn random(config: ModelConfig, seed: u64) -> FloatModel {
        use rand::{Rng, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let (h, i, v, l) = (config.hidden_size, config.intermediate(), config.vocab_size, config.num_hidden_layers);
        let mut mat = |rows: usize, cols: usize, s: f32| Mat {
            rows,
            cols,
            data: (0..rows * cols).map(|_| s * (rng.gen::<f32>() * 2.0 - 1.0)).collect(),
        };
        let embeddings = mat(v, h, 1.0);
        let lower_bounds = Some(mat(l, h, 1.0));
        let mut layers = Vec::new();
        let norm = |n: usize, rng: &mut rand_chacha::ChaCha8Rng| {
            (0..n).map(|_| 1.0 + 0.3 * (rng.gen::<f32>() * 2.0 - 1.0)).collect::<Vec<f32>>()
        };
        let mut r2 = rand_chacha::ChaCha8Rng::seed_from_u64(seed ^ 0xabcdef);
        for _ in 0..l {
            let proj = |rows: usize, cols: usize, rng: &mut rand_chacha::ChaCha8Rng| Proj {
                w: Mat { rows, cols, data: (0..rows * cols).map(|_| 0.5 * (rng.gen::<f32>() * 2.0 - 1.0)).collect() },
                norm: (0..cols).map(|_| 1.0 + 0.3 * (rng.gen::<f32>() * 2.0 - 1.0)).collect(),
            };
            layers.push(LayerWeights {
                attn_norm: norm(h, &mut r2),
                i_proj: proj(h, h, &mut r2),
                f_proj: proj(h, h, &mut r2),
                g_proj: proj(h, h, &mut r2),
                g_norm: norm(h, &mut r2),
                o_proj: proj(h, h, &mut r2),
                mlp_norm: norm(h, &mut r2),
                gate_proj: proj(2 * i, h, &mut r2),
                down_proj: proj(h, i, &mut r2),
            });
        }
        let lm_head = Proj {
            w: Mat { rows: v, cols: h, data: (0..v * h).map(|_| 0.5 * (r2.gen::<f32>() * 2.0 - 1.0)).collect() },
            norm: norm(h, &mut r2),
        };
        FloatModel { config, embeddings, lower_bounds, layers, norm: norm(h, &mut r2), lm_head }
    }
}
