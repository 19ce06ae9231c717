//! Test support: small checkpoints in the released layout, written directly with the
//! safetensors crate (independently of the project's own exporter).
#![allow(dead_code)]

use rand::{Rng, SeedableRng};
use safetensors::{tensor::TensorView, Dtype};
use std::collections::BTreeMap;
use std::path::Path;

pub struct Dims {
    pub h: usize,
    pub l: usize,
    pub i: usize,
    pub v: usize,
}

/// Random tensors under the checkpoint names of notes/reference-model.md.
pub fn random_tensors(d: &Dims, seed: u64) -> BTreeMap<String, (Vec<usize>, Vec<f32>)> {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let mut t = BTreeMap::new();
    let mut add = |name: String, shape: Vec<usize>, scale: f32, offset: f32, rng: &mut rand_chacha::ChaCha8Rng| {
        let n: usize = shape.iter().product();
        let data = (0..n).map(|_| offset + scale * (rng.gen::<f32>() * 2.0 - 1.0)).collect();
        t.insert(name, (shape, data));
    };
    let (h, i, v) = (d.h, d.i, d.v);
    add("model.embeddings.weight".into(), vec![v, h], 1.0, 0.0, &mut rng);
    add("model.lower_bounds".into(), vec![d.l, h], 1.0, 0.0, &mut rng);
    for l in 0..d.l {
        let p = format!("model.layers.{l}");
        add(format!("{p}.attn_norm.weight"), vec![h], 0.3, 1.0, &mut rng);
        add(format!("{p}.mlp_norm.weight"), vec![h], 0.3, 1.0, &mut rng);
        add(format!("{p}.attn.g_norm.weight"), vec![h], 0.3, 1.0, &mut rng);
        for (n, rows, cols) in [
            ("attn.i_proj", h, h),
            ("attn.f_proj", h, h),
            ("attn.g_proj", h, h),
            ("attn.o_proj", h, h),
            ("mlp.gate_proj", 2 * i, h),
            ("mlp.down_proj", h, i),
        ] {
            add(format!("{p}.{n}.weight"), vec![rows, cols], 0.5, 0.0, &mut rng);
            add(format!("{p}.{n}.norm.weight"), vec![cols], 0.3, 1.0, &mut rng);
        }
    }
    add("model.norm.weight".into(), vec![h], 0.3, 1.0, &mut rng);
    add("lm_head.weight".into(), vec![v, h], 0.5, 0.0, &mut rng);
    add("lm_head.norm.weight".into(), vec![h], 0.3, 1.0, &mut rng);
    t
}

pub fn config_json(d: &Dims) -> String {
    format!(
        r#"{{"model_type":"hgrn_bit","hidden_size":{},"num_hidden_layers":{},"intermediate_size":{},"vocab_size":{},"rms_norm_eps":1e-6,"use_lower_bound":true,"num_heads":1,"expand_ratio":1,"use_short_conv":false,"hidden_act":"swish"}}"#,
        d.h, d.l, d.i, d.v
    )
}

/// Write tensors as one or more shards in `dtype` (F32 or F16).
pub fn write_checkpoint(
    dir: &Path,
    d: &Dims,
    tensors: &BTreeMap<String, (Vec<usize>, Vec<f32>)>,
    dtype: Dtype,
    shards: usize,
) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("config.json"), config_json(d)).unwrap();
    let names: Vec<&String> = tensors.keys().collect();
    let per = names.len().div_ceil(shards);
    for (s, chunk) in names.chunks(per).enumerate() {
        let bufs: Vec<(String, Vec<usize>, Vec<u8>)> = chunk
            .iter()
            .map(|n| {
                let (shape, data) = &tensors[*n];
                let bytes = match dtype {
                    Dtype::F16 => data.iter().flat_map(|v| half::f16::from_f32(*v).to_le_bytes()).collect(),
                    _ => data.iter().flat_map(|v| v.to_le_bytes()).collect(),
                };
                (n.to_string(), shape.clone(), bytes)
            })
            .collect();
        let views: Vec<(String, TensorView)> =
            bufs.iter().map(|(n, s, b)| (n.clone(), TensorView::new(dtype, s.clone(), b).unwrap())).collect();
        let bytes = safetensors::serialize(views, None).unwrap();
        std::fs::write(dir.join(format!("model-{:05}-of-{:05}.safetensors", s + 1, shards)), bytes).unwrap();
    }
}
