//! Finding and loading a model: a checkpoint folder (config.json + safetensors, with an
//! optional `model.mmfq` beside them), one of our model files, or a bundled model.

use crate::model::{checkpoint, file, quant, FloatModel};
use crate::tokenizer::Tokenizer;
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

/// Where the bundled models live: `$MMFREE_MODELS`, else `host/models` of this source tree.
pub fn models_dir() -> PathBuf {
    std::env::var_os("MMFREE_MODELS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("models"))
}

/// The name of the default model (the main job's, sized for the iCEBreaker).
pub const DEFAULT_MODEL: &str = "shakespeare-ice40";

/// Resolve `--model`: a path, or the name of a bundled model; none means the default.
pub fn resolve(model: Option<&str>) -> Result<PathBuf> {
    let name = model.unwrap_or(DEFAULT_MODEL);
    let p = PathBuf::from(name);
    if p.exists() {
        return Ok(p);
    }
    let bundled = models_dir().join(name);
    if bundled.exists() {
        return Ok(bundled);
    }
    let known: Vec<String> = std::fs::read_dir(models_dir())
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    bail!(
        "model `{name}` not found: not a path, and not a bundled model (bundled: {})",
        if known.is_empty() { "none".into() } else { known.join(", ") }
    )
}

pub struct Loaded {
    pub path: PathBuf,
    /// Float weights (only from a checkpoint folder).
    pub float: Option<FloatModel>,
    pub q: quant::QModel,
    pub tokenizer: Tokenizer,
}

/// Calibration tokens for quantizing a checkpoint: `--calib` text, else the bundled
/// calibration text; at most `limit` tokens.
pub fn calibration_tokens(tok: &Tokenizer, calib: Option<&Path>, limit: usize) -> Result<Vec<usize>> {
    let p = calib.map(Path::to_path_buf).unwrap_or_else(|| models_dir().join("calibration.txt"));
    let text = std::fs::read_to_string(&p).with_context(|| format!("cannot read calibration text {}", p.display()))?;
    let mut t = tok.encode(&text);
    t.truncate(limit);
    if t.is_empty() {
        bail!("calibration text {} is empty", p.display());
    }
    Ok(t)
}

/// Default number of calibration tokens.
pub const CALIB_TOKENS: usize = 4096;

/// Load a model. `need_float` asks for the float weights (the f32 backend, training).
pub fn load(model: Option<&str>, need_float: bool, calib: Option<&Path>) -> Result<Loaded> {
    let path = resolve(model)?;
    if path.is_dir() {
        let float =
            checkpoint::import(&path).with_context(|| format!("cannot import checkpoint {}", path.display()))?;
        let tokenizer = Tokenizer::for_model(Some(&path), float.config.vocab_size)?;
        let mmfq = path.join(format!("model.{}", file::EXTENSION));
        let q = if mmfq.exists() && calib.is_none() {
            let q = file::read(&mmfq)?;
            if q.config != float.config {
                bail!(
                    "{} was made for another config than {}/config.json: re-run `mmfree quantize`",
                    mmfq.display(),
                    path.display()
                );
            }
            q
        } else {
            let toks = calibration_tokens(&tokenizer, calib, CALIB_TOKENS)?;
            quant::quantize(&float, &toks)?
        };
        Ok(Loaded { path, float: Some(float), q, tokenizer })
    } else {
        if need_float {
            bail!(
                "{} is a quantized model file: the f32 backend needs the checkpoint folder (config.json + safetensors)",
                path.display()
            );
        }
        let q = file::read(&path)?;
        let dir = path.parent().filter(|d| d.join("tokenizer.json").exists());
        let tokenizer = Tokenizer::for_model(dir, q.config.vocab_size)?;
        Ok(Loaded { path, float: None, q, tokenizer })
    }
}
