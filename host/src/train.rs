//! `mmfree train`: train a byte-level MatMul-free model on the CPU with candle.
//!
//! The architecture is exactly notes/reference-model.md (the one the importer and both
//! reference models run): BitLinear = RMSNorm + 8-bit absmax activations + ternary
//! absmean weights, both with straight-through estimators; the MLGRU with learned lower
//! bounds and the g_norm/SiLU output gate; the GLU; a ternary LM head. Parameters are
//! named as in the released checkpoints, so the output folder *is* a checkpoint.
//!
//! Optimizer: AdamW (decay on matrices only), linear warm-up then cosine decay to 10%,
//! global gradient-norm clipping. A run is reproducible from its seed; `--resume`
//! continues from the folder's `train-state.safetensors` (weights, moments, step).

use crate::model::ModelConfig;
use anyhow::{bail, ensure, Context, Result};
use candle_core::{DType, Device, Tensor, Var, D};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug)]
pub struct TrainArgs {
    pub texts: Vec<PathBuf>,
    /// Files whose name starts with this are never trained on (held out for eval).
    pub exclude_prefix: String,
    pub out: PathBuf,
    pub hidden: usize,
    pub layers: usize,
    pub intermediate: usize,
    pub steps: usize,
    pub batch: usize,
    pub seq: usize,
    pub lr: f64,
    pub warmup: usize,
    pub weight_decay: f64,
    pub clip: f64,
    pub seed: u64,
    pub eval_every: usize,
    pub resume: bool,
    pub quiet: bool,
}

/// The training corpus: every UTF-8 text file named (folders expand to their `*.txt`),
/// minus the held-out ones; the last 2% of the bytes are the validation split.
pub struct Corpus {
    pub train: Vec<u8>,
    pub valid: Vec<u8>,
    pub files: Vec<PathBuf>,
}

pub fn load_corpus(texts: &[PathBuf], exclude_prefix: &str) -> Result<Corpus> {
    let mut files = Vec::new();
    for p in texts {
        if p.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("cannot read {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "txt"))
                .collect();
            v.sort();
            files.extend(v);
        } else {
            files.push(p.clone());
        }
    }
    files.retain(|f| {
        exclude_prefix.is_empty() || !f.file_name().is_some_and(|n| n.to_string_lossy().starts_with(exclude_prefix))
    });
    ensure!(!files.is_empty(), "no training text (after excluding files starting with `{exclude_prefix}`)");
    let mut all = Vec::new();
    for f in &files {
        let b = std::fs::read(f).with_context(|| format!("cannot read {}", f.display()))?;
        std::str::from_utf8(&b).with_context(|| format!("{} is not UTF-8 text", f.display()))?;
        all.extend_from_slice(&b);
        all.push(b'\n');
    }
    let split = all.len() - all.len() / 50;
    let valid = all.split_off(split);
    Ok(Corpus { train: all, valid, files })
}

/// The trainable model: candle variables under the checkpoint's tensor names.
pub struct Net {
    pub cfg: ModelConfig,
    pub vars: Vec<(String, Var)>,
    index: HashMap<String, usize>,
}

const EPS: f64 = 1e-6;

impl Net {
    pub fn init(cfg: &ModelConfig, seed: u64, dev: &Device) -> Result<Net> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let (h, i, v, l) = (cfg.hidden_size, cfg.intermediate(), cfg.vocab_size, cfg.num_hidden_layers);
        let mut vars = Vec::new();
        let mut normal = |name: String, shape: &[usize], std: f32| -> Result<()> {
            let n: usize = shape.iter().product();
            // Box-Muller from the seeded generator (portable, reproducible).
            let data: Vec<f32> = (0..n)
                .map(|_| {
                    let (a, b): (f32, f32) = (rng.gen::<f32>().max(1e-7), rng.gen());
                    std * (-2.0 * a.ln()).sqrt() * (std::f32::consts::TAU * b).cos()
                })
                .collect();
            vars.push((name, Var::from_tensor(&Tensor::from_vec(data, shape, dev)?)?));
            Ok(())
        };
        normal("model.embeddings.weight".into(), &[v, h], 1.0)?;
        for li in 0..l {
            let p = format!("model.layers.{li}");
            for (n, rows, cols) in [
                ("attn.i_proj", h, h),
                ("attn.f_proj", h, h),
                ("attn.g_proj", h, h),
                ("attn.o_proj", h, h),
                ("mlp.gate_proj", 2 * i, h),
                ("mlp.down_proj", h, i),
            ] {
                normal(format!("{p}.{n}.weight"), &[rows, cols], 0.02)?;
            }
        }
        normal("lm_head.weight".into(), &[v, h], 0.02)?;
        let mut ones = |name: String, n: usize| -> Result<()> {
            vars.push((name, Var::from_tensor(&Tensor::ones(n, DType::F32, dev)?)?));
            Ok(())
        };
        for li in 0..l {
            let p = format!("model.layers.{li}");
            for n in ["attn_norm", "mlp_norm", "attn.g_norm"] {
                ones(format!("{p}.{n}.weight"), h)?;
            }
            for n in ["attn.i_proj", "attn.f_proj", "attn.g_proj", "attn.o_proj", "mlp.gate_proj"] {
                ones(format!("{p}.{n}.norm.weight"), h)?;
            }
            ones(format!("{p}.mlp.down_proj.norm.weight"), i)?;
        }
        ones("model.norm.weight".into(), h)?;
        ones("lm_head.norm.weight".into(), h)?;
        if cfg.use_lower_bound {
            vars.push(("model.lower_bounds".into(), Var::from_tensor(&Tensor::zeros((l, h), DType::F32, dev)?)?));
        }
        Ok(Self::from_vars(cfg.clone(), vars))
    }

    fn from_vars(cfg: ModelConfig, vars: Vec<(String, Var)>) -> Net {
        let index = vars.iter().enumerate().map(|(i, (n, _))| (n.clone(), i)).collect();
        Net { cfg, vars, index }
    }

    fn t(&self, name: &str) -> &Tensor {
        self.vars[self.index[name]].1.as_tensor()
    }

    /// Logits `[B*T, V]` for input bytes `[B, T]`.
    pub fn forward(&self, ids: &Tensor) -> Result<Tensor> {
        let (b, t) = ids.dims2()?;
        let (h, inter, l) = (self.cfg.hidden_size, self.cfg.intermediate(), self.cfg.num_hidden_layers);
        let mut x = self.t("model.embeddings.weight").index_select(&ids.flatten_all()?, 0)?; // [N, H]
        let lbs = if self.cfg.use_lower_bound {
            let sm = candle_nn::ops::softmax(self.t("model.lower_bounds"), 0)?;
            let cum = sm.cumsum(0)?;
            Some(cum.broadcast_sub(&sm.narrow(0, 0, 1)?)?)
        } else {
            None
        };
        for li in 0..l {
            let p = format!("model.layers.{li}");
            let a = rms_norm(&x, self.t(&format!("{p}.attn_norm.weight")))?;
            let i = self.bitlinear(&format!("{p}.attn.i_proj"), &a)?;
            let fr = self.bitlinear(&format!("{p}.attn.f_proj"), &a)?;
            let g = self.bitlinear(&format!("{p}.attn.g_proj"), &a)?;
            let mut f = candle_nn::ops::sigmoid(&fr)?;
            if let Some(lbs) = &lbs {
                let lb = lbs.narrow(0, li, 1)?; // [1, H]
                f = lb.broadcast_add(&f.broadcast_mul(&lb.affine(-1.0, 1.0)?)?)?;
            }
            let c = (i.silu()? * f.affine(-1.0, 1.0)?)?;
            // The recurrence h_t = f_t h_{t-1} + c_t, step by step over the sequence.
            let f3 = f.reshape((b, t, h))?;
            let c3 = c.reshape((b, t, h))?;
            let mut hs = Vec::with_capacity(t);
            let mut hprev = c3.narrow(1, 0, 1)?; // h_0 = 0, so h_1 = c_1
            hs.push(hprev.clone());
            for s in 1..t {
                hprev = (f3.narrow(1, s, 1)?.mul(&hprev)? + c3.narrow(1, s, 1)?)?;
                hs.push(hprev.clone());
            }
            let hseq = Tensor::cat(&hs, 1)?.reshape((b * t, h))?;
            let o = (rms_norm(&g, self.t(&format!("{p}.attn.g_norm.weight")))? * hseq.silu()?)?;
            let r = (&x + self.bitlinear(&format!("{p}.attn.o_proj"), &o)?)?;
            let m = rms_norm(&r, self.t(&format!("{p}.mlp_norm.weight")))?;
            let gu = self.bitlinear(&format!("{p}.mlp.gate_proj"), &m)?;
            let pp = (gu.narrow(1, 0, inter)?.silu()? * gu.narrow(1, inter, inter)?)?;
            x = (&r + self.bitlinear(&format!("{p}.mlp.down_proj"), &pp)?)?;
        }
        let xn = rms_norm(&x, self.t("model.norm.weight"))?;
        self.bitlinear("lm_head", &xn)
    }

    /// BitLinear with straight-through estimators for activations and weights.
    fn bitlinear(&self, name: &str, x: &Tensor) -> Result<Tensor> {
        let y = rms_norm(x, self.t(&format!("{name}.norm.weight")))?;
        let m = y.abs()?.max_keepdim(D::Minus1)?.clamp(1e-5f32, f32::MAX)?;
        let s = m.recip()?.affine(127.0, 0.0)?;
        let q = y.broadcast_mul(&s)?.round()?.clamp(-128f32, 127f32)?.broadcast_div(&s)?;
        let yq = (&y + (q - &y)?.detach())?;
        let w = self.t(&format!("{name}.weight"));
        let b = w.abs()?.mean_all()?.clamp(1e-5f32, f32::MAX)?;
        let wt = w.broadcast_div(&b)?.round()?.clamp(-1f32, 1f32)?.broadcast_mul(&b)?;
        let wq = (w + (wt - w)?.detach())?;
        Ok(yq.matmul(&wq.t()?)?)
    }

    /// Write the weights as a checkpoint folder (config.json + model.safetensors, f32):
    /// the variables already carry the checkpoint's tensor names.
    pub fn save_checkpoint(&self, dir: &Path) -> Result<()> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let tensors: HashMap<String, Tensor> =
            self.vars.iter().map(|(n, v)| (n.clone(), v.as_tensor().clone())).collect();
        candle_core::safetensors::save(&tensors, dir.join("model.safetensors"))?;
        std::fs::write(dir.join("config.json"), serde_json::to_string_pretty(&self.cfg)?)?;
        Ok(())
    }
}

fn rms_norm(x: &Tensor, w: &Tensor) -> Result<Tensor> {
    let ms = x.sqr()?.mean_keepdim(D::Minus1)?;
    Ok(x.broadcast_div(&(ms + EPS)?.sqrt()?)?.broadcast_mul(w)?)
}

/// AdamW with decoupled weight decay on matrices only; moments kept by name so they
/// can be saved and a run resumed exactly.
struct AdamW {
    m: Vec<Tensor>,
    v: Vec<Tensor>,
    step: usize,
}

impl AdamW {
    fn new(net: &Net) -> Result<Self> {
        let z: Vec<Tensor> =
            net.vars.iter().map(|(_, v)| v.as_tensor().zeros_like()).collect::<candle_core::Result<_>>()?;
        Ok(AdamW { m: z.clone(), v: z, step: 0 })
    }

    fn update(&mut self, net: &Net, grads: &[Tensor], lr: f64, wd: f64) -> Result<()> {
        self.step += 1;
        let (b1, b2, eps) = (0.9f64, 0.95f64, 1e-8f64);
        let c1 = 1.0 / (1.0 - b1.powi(self.step as i32));
        let c2 = 1.0 / (1.0 - b2.powi(self.step as i32));
        for (k, ((_, var), g)) in net.vars.iter().zip(grads).enumerate() {
            self.m[k] = ((&self.m[k] * b1)? + (g * (1.0 - b1))?)?;
            self.v[k] = ((&self.v[k] * b2)? + (g.sqr()? * (1.0 - b2))?)?;
            let upd = ((&self.m[k] * c1)? / ((&self.v[k] * c2)?.sqrt()? + eps)?)?;
            let mut theta = var.as_tensor().clone();
            if var.rank() == 2 && wd > 0.0 {
                theta = (theta * (1.0 - lr * wd))?;
            }
            var.set(&(theta - (upd * lr)?)?)?;
        }
        Ok(())
    }
}

/// Learning rate at `step`: linear warm-up, then cosine decay to 10% of the peak.
pub fn lr_at(step: usize, args: &TrainArgs) -> f64 {
    if step < args.warmup {
        return args.lr * (step + 1) as f64 / args.warmup as f64;
    }
    let p = (step - args.warmup) as f64 / (args.steps - args.warmup).max(1) as f64;
    args.lr * (0.1 + 0.9 * 0.5 * (1.0 + (std::f64::consts::PI * p.min(1.0)).cos()))
}

fn batch(data: &[u8], b: usize, t: usize, rng: &mut ChaCha8Rng, dev: &Device) -> Result<(Tensor, Tensor)> {
    ensure!(data.len() > t + 1, "text too short ({} bytes) for sequences of {t}", data.len());
    let mut x = Vec::with_capacity(b * t);
    let mut y = Vec::with_capacity(b * t);
    for _ in 0..b {
        let o = rng.gen_range(0..data.len() - t - 1);
        x.extend(data[o..o + t].iter().map(|&c| c as u32));
        y.extend(data[o + 1..o + t + 1].iter().map(|&c| c as u32));
    }
    Ok((Tensor::from_vec(x, (b, t), dev)?, Tensor::from_vec(y, b * t, dev)?))
}

/// Mean loss in bits per byte over `n` fixed batches of the validation split.
fn validate(net: &Net, data: &[u8], args: &TrainArgs, dev: &Device) -> Result<f64> {
    let mut rng = ChaCha8Rng::seed_from_u64(12345);
    let mut tot = 0f64;
    let n = 4;
    for _ in 0..n {
        let (x, y) = batch(data, args.batch, args.seq, &mut rng, dev)?;
        tot += candle_nn::loss::cross_entropy(&net.forward(&x)?, &y)?.to_scalar::<f32>()? as f64;
    }
    Ok(tot / n as f64 / std::f64::consts::LN_2)
}

pub struct TrainReport {
    pub first_loss_bits: f64,
    pub last_loss_bits: f64,
    pub valid_bits: f64,
    pub seconds: f64,
    pub steps: usize,
}

const STATE_FILE: &str = "train-state.safetensors";

pub fn train(args: &TrainArgs) -> Result<TrainReport> {
    ensure!(args.steps > 0 && args.batch > 0 && args.seq > 1, "--steps, --batch and --seq must be positive");
    let corpus = load_corpus(&args.texts, &args.exclude_prefix)?;
    let dev = Device::Cpu;
    let cfg = ModelConfig::new(args.hidden, args.layers, args.intermediate, 256);
    cfg.validate()?;
    let net = Net::init(&cfg, args.seed, &dev)?;
    let mut opt = AdamW::new(&net)?;
    let mut rng = ChaCha8Rng::seed_from_u64(args.seed ^ 0x5eed);
    let state_path = args.out.join(STATE_FILE);
    if args.resume {
        let st = candle_core::safetensors::load(&state_path, &dev)
            .with_context(|| format!("cannot resume from {}", state_path.display()))?;
        for (k, (n, v)) in net.vars.iter().enumerate() {
            v.set(st.get(n).with_context(|| format!("{} lacks {n}", state_path.display()))?)?;
            opt.m[k] = st[&format!("adam.m.{n}")].clone();
            opt.v[k] = st[&format!("adam.v.{n}")].clone();
        }
        opt.step = st["adam.step"].to_scalar::<u32>()? as usize;
        // Replay the batch generator so the resumed run sees the same batches.
        for _ in 0..opt.step {
            batch(&corpus.train, args.batch, args.seq, &mut rng, &dev)?;
        }
        if !args.quiet {
            eprintln!("resumed at step {}", opt.step);
        }
    }
    let cfg_note = format!(
        "H {} L {} I {}: {} parameters, {} training bytes from {} files",
        cfg.hidden_size,
        cfg.num_hidden_layers,
        cfg.intermediate(),
        cfg.parameters(),
        corpus.train.len(),
        corpus.files.len()
    );
    if !args.quiet {
        eprintln!("{cfg_note}");
    }
    let pb = if args.quiet { indicatif::ProgressBar::hidden() } else { indicatif::ProgressBar::new(args.steps as u64) };
    pb.set_style(
        indicatif::ProgressStyle::with_template("{elapsed_precise} [{bar:30}] {pos}/{len} {msg}")
            .unwrap()
            .progress_chars("=> "),
    );
    pb.set_position(opt.step as u64);
    let t0 = std::time::Instant::now();
    let (mut first, mut last, mut ema) = (f64::NAN, f64::NAN, f64::NAN);
    let mut valid_bits = f64::NAN;
    let start = opt.step;
    while opt.step < args.steps {
        let step = opt.step;
        let (x, y) = batch(&corpus.train, args.batch, args.seq, &mut rng, &dev)?;
        let loss = candle_nn::loss::cross_entropy(&net.forward(&x)?, &y)?;
        let grads = loss.backward()?;
        let mut gs: Vec<Tensor> = Vec::with_capacity(net.vars.len());
        let mut norm2 = 0f64;
        for (n, v) in &net.vars {
            let g = grads.get(v.as_tensor()).cloned().unwrap_or(v.as_tensor().zeros_like()?);
            let s = g.sqr()?.sum_all()?.to_scalar::<f32>()? as f64;
            if !s.is_finite() {
                bail!("gradient of {n} is not finite at step {step}");
            }
            norm2 += s;
            gs.push(g);
        }
        let norm = norm2.sqrt();
        if norm > args.clip {
            let k = args.clip / norm;
            gs = gs.into_iter().map(|g| g * k).collect::<candle_core::Result<_>>()?;
        }
        opt.update(&net, &gs, lr_at(step, args), args.weight_decay)?;
        let lb = loss.to_scalar::<f32>()? as f64 / std::f64::consts::LN_2;
        if first.is_nan() {
            first = lb;
        }
        last = lb;
        ema = if ema.is_nan() { lb } else { 0.98 * ema + 0.02 * lb };
        let done = opt.step;
        if (args.eval_every > 0 && done % args.eval_every == 0) || done == args.steps {
            valid_bits = validate(&net, &corpus.valid, args, &dev)?;
            save_state(&net, &opt, &args.out)?;
            net.save_checkpoint(&args.out)?;
            let line = format!(
                "step {done}: train {ema:.4} bits/byte, valid {valid_bits:.4} bits/byte, {:.2} s/step",
                t0.elapsed().as_secs_f64() / (done - start) as f64
            );
            // The bar is hidden when stderr is not a terminal (a log file): print plainly.
            if pb.is_hidden() {
                if !args.quiet {
                    eprintln!("{line}");
                }
            } else {
                pb.println(line);
            }
        }
        let el = t0.elapsed().as_secs_f64();
        pb.set_message(format!(
            "loss {ema:.3} b/B  {:.0} B/s  lr {:.2e}",
            ((done - start) * args.batch * args.seq) as f64 / el,
            lr_at(step, args)
        ));
        pb.inc(1);
    }
    pb.finish();
    net.save_checkpoint(&args.out)?;
    std::fs::write(
        args.out.join("training.json"),
        serde_json::to_string_pretty(&serde_json::json!({
            "steps": args.steps, "batch": args.batch, "seq": args.seq, "lr": args.lr, "warmup": args.warmup,
            "weight_decay": args.weight_decay, "clip": args.clip, "seed": args.seed,
            "bytes_seen": args.steps * args.batch * args.seq,
            "valid_bits_per_byte": valid_bits, "train_bits_per_byte_ema": ema,
            "seconds_this_run": t0.elapsed().as_secs_f64(), "note": cfg_note,
        }))?,
    )?;
    Ok(TrainReport {
        first_loss_bits: first,
        last_loss_bits: last,
        valid_bits,
        seconds: t0.elapsed().as_secs_f64(),
        steps: args.steps,
    })
}

fn save_state(net: &Net, opt: &AdamW, dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut st: HashMap<String, Tensor> = HashMap::new();
    for (k, (n, v)) in net.vars.iter().enumerate() {
        st.insert(n.clone(), v.as_tensor().clone());
        st.insert(format!("adam.m.{n}"), opt.m[k].clone());
        st.insert(format!("adam.v.{n}"), opt.v[k].clone());
    }
    st.insert("adam.step".into(), Tensor::new(opt.step as u32, &Device::Cpu)?);
    candle_core::safetensors::save(&st, dir.join(STATE_FILE))?;
    Ok(())
}
