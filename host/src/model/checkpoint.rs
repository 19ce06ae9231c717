//! Hugging Face checkpoints in the layout of the released MMfreeLM models: a folder with
//! `config.json` and one or several `*.safetensors` shards (f16, bf16 or f32).
//! Our own trained models are written in the same layout, so one code path reads both.

use super::{FloatModel, LayerWeights, Mat, ModelConfig, Proj};
use anyhow::{anyhow, bail, Context, Result};
use safetensors::{tensor::TensorView, Dtype, SafeTensors};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Tensors by name, converted to f32, with their shapes.
struct Tensors {
    map: BTreeMap<String, (Vec<usize>, Vec<f32>)>,
}

impl Tensors {
    fn take(&mut self, name: &str, shape: &[usize]) -> Result<Vec<f32>> {
        let (s, d) = self
            .map
            .remove(name)
            .ok_or_else(|| anyhow!("checkpoint is missing tensor `{name}` (expected shape {shape:?})"))?;
        if s != shape {
            bail!("tensor `{name}` has shape {s:?}, expected {shape:?}");
        }
        if let Some(i) = d.iter().position(|v| !v.is_finite()) {
            bail!("tensor `{name}` holds a non-finite value at element {i}");
        }
        Ok(d)
    }
    fn mat(&mut self, name: &str, rows: usize, cols: usize) -> Result<Mat> {
        Ok(Mat { rows, cols, data: self.take(name, &[rows, cols])? })
    }
    fn proj(&mut self, prefix: &str, rows: usize, cols: usize) -> Result<Proj> {
        Ok(Proj {
            w: self.mat(&format!("{prefix}.weight"), rows, cols)?,
            norm: self.take(&format!("{prefix}.norm.weight"), &[cols])?,
        })
    }
}

fn to_f32(name: &str, t: &TensorView) -> Result<Vec<f32>> {
    let b = t.data();
    Ok(match t.dtype() {
        Dtype::F32 => b.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
        Dtype::F16 => b.chunks_exact(2).map(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32()).collect(),
        Dtype::BF16 => b.chunks_exact(2).map(|c| half::bf16::from_le_bytes([c[0], c[1]]).to_f32()).collect(),
        other => bail!("tensor `{name}` has dtype {other:?}; supported: F32, F16, BF16"),
    })
}

/// The `*.safetensors` files of a checkpoint folder, sorted by name.
fn shard_paths(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read checkpoint folder {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "safetensors"))
        .collect();
    v.sort();
    // Hugging Face names the weights `model.safetensors` or `model-0000N-of-0000M.safetensors`;
    // other safetensors files in the folder (optimizer state, adapters) are not weights.
    let named: Vec<PathBuf> =
        v.iter().filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("model"))).cloned().collect();
    if !named.is_empty() {
        v = named;
    }
    if v.is_empty() {
        bail!("no *.safetensors file in {}", dir.display());
    }
    Ok(v)
}

/// Read `config.json` of a checkpoint folder.
pub fn read_config(dir: &Path) -> Result<ModelConfig> {
    let p = dir.join("config.json");
    let text = std::fs::read_to_string(&p).with_context(|| format!("cannot read {}", p.display()))?;
    parse_config(&text).with_context(|| format!("in {}", p.display()))
}

/// Parse and validate the text of a `config.json`.
pub fn parse_config(text: &str) -> Result<ModelConfig> {
    let cfg: ModelConfig = serde_json::from_str(text).context("not a valid model config")?;
    cfg.validate()?;
    Ok(cfg)
}

/// Import a checkpoint folder. Every expected tensor must be present with its exact
/// shape; unexpected extra tensors are refused too (they mean a different architecture).
pub fn import(dir: &Path) -> Result<FloatModel> {
    let cfg = read_config(dir)?;
    let mut shards = Vec::new();
    for path in shard_paths(dir)? {
        let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        shards.push((path.display().to_string(), bytes));
    }
    from_parts(cfg, &shards)
}

/// A model from its config and its safetensors shards as bytes (name, contents): the
/// same checks as `import`, without the file system (the fuzz target uses it).
pub fn from_parts(cfg: ModelConfig, shards: &[(String, Vec<u8>)]) -> Result<FloatModel> {
    let mut tensors = Tensors { map: BTreeMap::new() };
    for (path, bytes) in shards {
        let st = SafeTensors::deserialize(bytes).map_err(|e| anyhow!("{path} is not a valid safetensors file: {e}"))?;
        for (name, view) in st.tensors() {
            let data = to_f32(&name, &view).with_context(|| format!("in {path}"))?;
            if tensors.map.insert(name.clone(), (view.shape().to_vec(), data)).is_some() {
                bail!("tensor `{name}` appears in more than one shard");
            }
        }
    }
    let (h, l, i, v) = (cfg.hidden_size, cfg.num_hidden_layers, cfg.intermediate(), cfg.vocab_size);
    let embeddings = tensors.mat("model.embeddings.weight", v, h)?;
    let lower_bounds = if cfg.use_lower_bound { Some(tensors.mat("model.lower_bounds", l, h)?) } else { None };
    let mut layers = Vec::with_capacity(l);
    for li in 0..l {
        let p = format!("model.layers.{li}");
        layers.push(LayerWeights {
            attn_norm: tensors.take(&format!("{p}.attn_norm.weight"), &[h])?,
            i_proj: tensors.proj(&format!("{p}.attn.i_proj"), h, h)?,
            f_proj: tensors.proj(&format!("{p}.attn.f_proj"), h, h)?,
            g_proj: tensors.proj(&format!("{p}.attn.g_proj"), h, h)?,
            g_norm: tensors.take(&format!("{p}.attn.g_norm.weight"), &[h])?,
            o_proj: tensors.proj(&format!("{p}.attn.o_proj"), h, h)?,
            mlp_norm: tensors.take(&format!("{p}.mlp_norm.weight"), &[h])?,
            gate_proj: tensors.proj(&format!("{p}.mlp.gate_proj"), 2 * i, h)?,
            down_proj: tensors.proj(&format!("{p}.mlp.down_proj"), h, i)?,
        });
    }
    let norm = tensors.take("model.norm.weight", &[h])?;
    let lm_head = tensors.proj("lm_head", v, h)?;
    if let Some(extra) = tensors.map.keys().next() {
        bail!(
            "checkpoint has {} unexpected tensor(s), e.g. `{extra}`: not an MMfreeLM (HGRNBit) model with this config",
            tensors.map.len()
        );
    }
    Ok(FloatModel { config: cfg, embeddings, lower_bounds, layers, norm, lm_head })
}

/// All tensors of a model under their checkpoint names (shape, f32 data).
pub fn named_tensors(m: &FloatModel) -> Vec<(String, Vec<usize>, Vec<f32>)> {
    let mut out = Vec::new();
    let mut mat = |n: String, x: &Mat| out.push((n, vec![x.rows, x.cols], x.data.clone()));
    mat("model.embeddings.weight".into(), &m.embeddings);
    if let Some(lb) = &m.lower_bounds {
        mat("model.lower_bounds".into(), lb);
    }
    let mut vecs = Vec::new();
    for (li, layer) in m.layers.iter().enumerate() {
        let p = format!("model.layers.{li}");
        for (n, pr) in [
            ("attn.i_proj", &layer.i_proj),
            ("attn.f_proj", &layer.f_proj),
            ("attn.g_proj", &layer.g_proj),
            ("attn.o_proj", &layer.o_proj),
            ("mlp.gate_proj", &layer.gate_proj),
            ("mlp.down_proj", &layer.down_proj),
        ] {
            mat(format!("{p}.{n}.weight"), &pr.w);
            vecs.push((format!("{p}.{n}.norm.weight"), pr.norm.clone()));
        }
        vecs.push((format!("{p}.attn_norm.weight"), layer.attn_norm.clone()));
        vecs.push((format!("{p}.attn.g_norm.weight"), layer.g_norm.clone()));
        vecs.push((format!("{p}.mlp_norm.weight"), layer.mlp_norm.clone()));
    }
    mat("lm_head.weight".into(), &m.lm_head.w);
    vecs.push(("lm_head.norm.weight".into(), m.lm_head.norm.clone()));
    vecs.push(("model.norm.weight".into(), m.norm.clone()));
    for (n, v) in vecs {
        out.push((n, vec![v.len()], v));
    }
    out
}

/// Write a model as a checkpoint folder (config.json + model.safetensors, f32).
pub fn export(m: &FloatModel, dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let named = named_tensors(m);
    let bytes: Vec<(String, Vec<usize>, Vec<u8>)> =
        named.into_iter().map(|(n, s, d)| (n, s, d.iter().flat_map(|v| v.to_le_bytes()).collect())).collect();
    let views: Vec<(String, TensorView)> = bytes
        .iter()
        .map(|(n, s, b)| Ok((n.clone(), TensorView::new(Dtype::F32, s.clone(), b)?)))
        .collect::<Result<_, safetensors::SafeTensorError>>()
        .map_err(|e| anyhow!("cannot build tensor views: {e}"))?;
    let data = safetensors::serialize(views, None).map_err(|e| anyhow!("cannot serialize safetensors: {e}"))?;
    std::fs::write(dir.join("model.safetensors"), data)
        .with_context(|| format!("cannot write into {}", dir.display()))?;
    let cfg = serde_json::to_string_pretty(&m.config)?;
    std::fs::write(dir.join("config.json"), cfg)
        .with_context(|| format!("cannot write config.json into {}", dir.display()))?;
    Ok(())
}
