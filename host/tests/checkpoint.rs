//! Import, the f32 forward pass, quantization and the model file, on small checkpoints
//! in the released layout written by the tests themselves.

mod common;

use common::*;
use mmfree::model::float::{FloatRunner, Precision};
use mmfree::model::int::IntRunner;
use mmfree::model::{checkpoint, file, quant};
use safetensors::Dtype;
use std::collections::BTreeMap;

const D: Dims = Dims { h: 8, l: 2, i: 12, v: 16 };

type Tensors = BTreeMap<String, (Vec<usize>, Vec<f32>)>;

fn v(t: &Tensors, n: &str) -> Vec<f64> {
    t[n].1.iter().map(|&x| x as f64).collect()
}

/// An independent, deliberately plain f64 implementation of the reference equations
/// (notes/reference-model.md), written from the equations, not from the crate's code.
struct Independent {
    t: Tensors,
    h: Vec<Vec<f64>>,
    ternary: bool,
}

impl Independent {
    fn rms(x: &[f64], w: &[f64]) -> Vec<f64> {
        let ms = x.iter().map(|a| a * a).sum::<f64>() / x.len() as f64;
        x.iter().zip(w).map(|(a, b)| a / (ms + 1e-6).sqrt() * b).collect()
    }
    fn bitlinear(&self, name: &str, x: &[f64]) -> Vec<f64> {
        let (shape, w) = &self.t[&format!("{name}.weight")];
        let (rows, cols) = (shape[0], shape[1]);
        let y = Self::rms(x, &v(&self.t, &format!("{name}.norm.weight")));
        if !self.ternary {
            return (0..rows).map(|r| (0..cols).map(|k| w[r * cols + k] as f64 * y[k]).sum()).collect();
        }
        let mean = w.iter().map(|a| a.abs() as f64).sum::<f64>() / w.len() as f64;
        let b = mean.max(1e-5);
        let m = y.iter().fold(0f64, |a, b| a.max(b.abs())).max(1e-5);
        let s = 127.0 / m;
        let q: Vec<f64> = y.iter().map(|a| (a * s).round().clamp(-128.0, 127.0) / s).collect();
        (0..rows)
            .map(|r| {
                (0..cols)
                    .map(|k| {
                        let t = (w[r * cols + k] as f64 / b).round_ties_even().clamp(-1.0, 1.0);
                        t * b * q[k]
                    })
                    .sum()
            })
            .collect()
    }
    fn step(&mut self, token: usize) -> Vec<f64> {
        let sig = |x: f64| 1.0 / (1.0 + (-x).exp());
        let silu = |x: f64| x * sig(x);
        let mut x: Vec<f64> =
            self.t["model.embeddings.weight"].1[token * D.h..(token + 1) * D.h].iter().map(|&a| a as f64).collect();
        // Lower bounds: softmax over layers, cumsum, minus the first.
        let p = v(&self.t, "model.lower_bounds");
        let mut lb = vec![vec![0f64; D.h]; D.l];
        for c in 0..D.h {
            let e: Vec<f64> = (0..D.l).map(|l| p[l * D.h + c].exp()).collect();
            let s: f64 = e.iter().sum();
            let mut cum = 0.0;
            for l in 0..D.l {
                cum += e[l] / s;
                lb[l][c] = cum - e[0] / s;
            }
        }
        for l in 0..D.l {
            let pre = format!("model.layers.{l}");
            let a = Self::rms(&x, &v(&self.t, &format!("{pre}.attn_norm.weight")));
            let i = self.bitlinear(&format!("{pre}.attn.i_proj"), &a);
            let f = self.bitlinear(&format!("{pre}.attn.f_proj"), &a);
            let g = self.bitlinear(&format!("{pre}.attn.g_proj"), &a);
            let gn = Self::rms(&g, &v(&self.t, &format!("{pre}.attn.g_norm.weight")));
            let mut o = vec![0f64; D.h];
            for k in 0..D.h {
                let ff = lb[l][k] + (1.0 - lb[l][k]) * sig(f[k]);
                self.h[l][k] = ff * self.h[l][k] + silu(i[k]) * (1.0 - ff);
                o[k] = gn[k] * silu(self.h[l][k]);
            }
            let y = self.bitlinear(&format!("{pre}.attn.o_proj"), &o);
            let r: Vec<f64> = x.iter().zip(&y).map(|(a, b)| a + b).collect();
            let m = Self::rms(&r, &v(&self.t, &format!("{pre}.mlp_norm.weight")));
            let gu = self.bitlinear(&format!("{pre}.mlp.gate_proj"), &m);
            let pp: Vec<f64> = (0..D.i).map(|k| silu(gu[k]) * gu[D.i + k]).collect();
            let d = self.bitlinear(&format!("{pre}.mlp.down_proj"), &pp);
            x = r.iter().zip(&d).map(|(a, b)| a + b).collect();
        }
        let xn = Self::rms(&x, &v(&self.t, "model.norm.weight"));
        self.bitlinear("lm_head", &xn)
    }
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn import_reads_every_tensor_of_the_released_layout() {
    let t = random_tensors(&D, 1);
    let dir = tmp();
    write_checkpoint(dir.path(), &D, &t, Dtype::F32, 3);
    let m = checkpoint::import(dir.path()).unwrap();
    assert_eq!(m.config.hidden_size, 8);
    assert_eq!(m.config.intermediate(), 12);
    assert_eq!(m.layers.len(), 2);
    assert_eq!(m.embeddings.data, t["model.embeddings.weight"].1);
    assert_eq!(m.layers[1].gate_proj.w.data, t["model.layers.1.mlp.gate_proj.weight"].1);
    assert_eq!(m.layers[1].down_proj.w.cols, 12);
    assert_eq!(m.layers[0].g_norm, t["model.layers.0.attn.g_norm.weight"].1);
    assert_eq!(m.lm_head.norm, t["lm_head.norm.weight"].1);
    // Our exporter writes what the importer reads back, identically.
    let dir2 = tmp();
    checkpoint::export(&m, dir2.path()).unwrap();
    assert_eq!(checkpoint::import(dir2.path()).unwrap(), m);
}

#[test]
fn f16_checkpoints_import_as_their_rounded_values() {
    let t = random_tensors(&D, 2);
    let dir = tmp();
    write_checkpoint(dir.path(), &D, &t, Dtype::F16, 1);
    let m = checkpoint::import(dir.path()).unwrap();
    for (a, b) in m.embeddings.data.iter().zip(&t["model.embeddings.weight"].1) {
        assert_eq!(*a, half::f16::from_f32(*b).to_f32());
    }
}

#[test]
fn f32_forward_matches_an_independent_implementation() {
    let t = random_tensors(&D, 3);
    let dir = tmp();
    write_checkpoint(dir.path(), &D, &t, Dtype::F32, 1);
    let m = checkpoint::import(dir.path()).unwrap();
    for (prec, ternary) in [(Precision::Ternary, true), (Precision::Float, false)] {
        let mut ours = FloatRunner::new(&m, prec);
        let mut theirs = Independent { t: t.clone(), h: vec![vec![0.0; D.h]; D.l], ternary };
        for tok in [3usize, 0, 15, 7, 7, 1, 9, 2] {
            let a = ours.step(tok);
            let b = theirs.step(tok);
            for (x, y) in a.iter().zip(&b) {
                assert!((*x as f64 - y).abs() < 1e-3 * (1.0 + y.abs()), "{prec:?} token {tok}: {x} vs {y}");
            }
        }
    }
}

#[test]
fn lower_bounds_start_at_zero_and_never_decrease() {
    let t = random_tensors(&Dims { l: 4, ..D }, 4);
    let dir = tmp();
    write_checkpoint(dir.path(), &Dims { l: 4, ..D }, &t, Dtype::F32, 1);
    let m = checkpoint::import(dir.path()).unwrap();
    let lb = m.effective_lower_bounds();
    for c in 0..D.h {
        assert_eq!(lb[0][c], 0.0);
        for l in 1..4 {
            assert!(lb[l][c] >= lb[l - 1][c] && lb[l][c] < 1.0);
        }
    }
}

fn quantized(seed: u64) -> (mmfree::model::FloatModel, quant::QModel) {
    let t = random_tensors(&D, seed);
    let dir = tmp();
    write_checkpoint(dir.path(), &D, &t, Dtype::F32, 1);
    let m = checkpoint::import(dir.path()).unwrap();
    let calib: Vec<usize> = (0..200).map(|i| (i * 7 + 3) % D.v).collect();
    let q = quant::quantize(&m, &calib).unwrap();
    (m, q)
}

#[test]
fn model_file_round_trip_is_exact() {
    let (_, q) = quantized(5);
    let bytes = file::to_bytes(&q).unwrap();
    let back = file::from_bytes(&bytes).unwrap();
    assert_eq!(back, q);
    let (mut a, mut b) = (IntRunner::new(&q), IntRunner::new(&back));
    for tok in 0..D.v {
        assert_eq!(a.step(tok), b.step(tok));
    }
}

#[test]
fn ternary_codes_follow_absmean_and_round_half_even() {
    let (m, q) = quantized(6);
    let w = &m.layers[0].i_proj.w.data;
    let b = (w.iter().map(|v| v.abs() as f64).sum::<f64>() / w.len() as f64) as f32;
    assert!((q.layers[0].i.b - b).abs() < 1e-6);
    for (t, x) in q.layers[0].i.trits.iter().zip(w) {
        assert_eq!(*t as f32, (x / q.layers[0].i.b).round_ties_even().clamp(-1.0, 1.0));
    }
}

#[test]
fn integer_model_tracks_the_f32_model_on_a_synthetic_checkpoint() {
    let (m, q) = quantized(7);
    let toks: Vec<usize> = (0..400).map(|i| (i * 5 + i / 3) % D.v).collect();
    let tok = mmfree::tokenizer::Tokenizer::Bytes;
    let rep = mmfree::eval::evaluate(mmfree::eval::Backend::Int(&q, Some(&m)), &toks, &tok);
    let agree = rep.top1_agreement_vs_f32.unwrap();
    let bpb_rel = (rep.bits_per_byte - rep.f32_bits_per_byte.unwrap()).abs() / rep.f32_bits_per_byte.unwrap();
    eprintln!(
        "synthetic: agreement {agree:.4}, bpb int {:.4} f32 {:.4}",
        rep.bits_per_byte,
        rep.f32_bits_per_byte.unwrap()
    );
    assert!(agree >= 0.95, "agreement {agree}");
    assert!(bpb_rel < 0.02, "bits per byte differ by {bpb_rel}");
}

// ---- broken inputs: every one is an error with a message naming the problem -------

fn err_of(r: anyhow::Result<impl std::fmt::Debug>) -> String {
    format!("{:#}", r.expect_err("expected an error"))
}

#[test]
fn broken_checkpoints_are_refused_with_the_reason() {
    let base = random_tensors(&D, 8);
    let case = |mutate: &dyn Fn(&mut Tensors, &std::path::Path), dtype: Dtype| {
        let mut t = base.clone();
        let dir = tmp();
        write_checkpoint(dir.path(), &D, &t, dtype, 1);
        mutate(&mut t, dir.path());
        err_of(checkpoint::import(dir.path()))
    };
    let rewrite = |t: &Tensors, dir: &std::path::Path| {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "safetensors") {
                std::fs::remove_file(p).unwrap();
            }
        }
        write_checkpoint(dir, &D, t, Dtype::F32, 1);
    };
    let e = case(
        &|t, d| {
            t.remove("model.layers.1.attn.f_proj.weight");
            rewrite(t, d)
        },
        Dtype::F32,
    );
    assert!(e.contains("missing tensor `model.layers.1.attn.f_proj.weight`"), "{e}");
    let e = case(
        &|t, d| {
            t.get_mut("lm_head.weight").unwrap().0 = vec![8, 16];
            rewrite(t, d)
        },
        Dtype::F32,
    );
    assert!(e.contains("`lm_head.weight` has shape [8, 16], expected [16, 8]"), "{e}");
    let e = case(
        &|t, d| {
            t.insert("model.layers.0.attn.q_proj.weight".into(), (vec![2], vec![0.0, 1.0]));
            rewrite(t, d)
        },
        Dtype::F32,
    );
    assert!(e.contains("unexpected tensor"), "{e}");
    let e = case(
        &|_, d| {
            std::fs::write(
                d.join("config.json"),
                config_json(&D).replace("\"use_short_conv\":false", "\"use_short_conv\":true"),
            )
            .unwrap()
        },
        Dtype::F32,
    );
    assert!(e.contains("use_short_conv"), "{e}");
    let e = case(&|_, d| std::fs::write(d.join("config.json"), "{\"hidden_size\": 8").unwrap(), Dtype::F32);
    assert!(e.contains("not a valid model config"), "{e}");
    let e = case(&|_, _| {}, Dtype::I32);
    assert!(e.contains("dtype I32"), "{e}");
    let e = case(
        &|_, d| std::fs::write(d.join("model-00001-of-00001.safetensors"), b"\x10\0\0\0\0\0\0\0{garbage").unwrap(),
        Dtype::F32,
    );
    assert!(e.contains("not a valid safetensors file"), "{e}");
    let e = case(
        &|t, d| {
            t.get_mut("model.norm.weight").unwrap().1[3] = f32::NAN;
            rewrite(t, d)
        },
        Dtype::F32,
    );
    assert!(e.contains("non-finite"), "{e}");
    let empty = tmp();
    std::fs::write(empty.path().join("config.json"), config_json(&D)).unwrap();
    assert!(err_of(checkpoint::import(empty.path())).contains("no *.safetensors"));
}

fn fix_crc(b: &mut [u8]) {
    let n = b.len() - 4;
    let c = file::crc32(&b[..n]);
    b[n..].copy_from_slice(&c.to_le_bytes());
}

#[test]
fn broken_model_files_are_refused_with_the_reason() {
    let (_, q) = quantized(9);
    let good = file::to_bytes(&q).unwrap();
    let hlen = u32::from_le_bytes(good[12..16].try_into().unwrap()) as usize;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", vec![], "too short"),
        ("bad magic", [b"NOTAMODL".as_slice(), &good[8..]].concat(), "bad magic"),
        (
            "future version",
            {
                let mut b = good.clone();
                b[8] = 9;
                fix_crc(&mut b);
                b
            },
            "version 9",
        ),
        ("truncated", good[..good.len() / 2].to_vec(), "checksum"),
        (
            "flipped bit",
            {
                let mut b = good.clone();
                b[good.len() - 100] ^= 0x10;
                b
            },
            "checksum",
        ),
        (
            "section corrupted, file CRC fixed",
            {
                let mut b = good.clone();
                let i = 16 + hlen + 5;
                b[i] ^= 1;
                fix_crc(&mut b);
                b
            },
            "fails its checksum",
        ),
        (
            "header length past the end",
            {
                let mut b = good.clone();
                b[12..16].copy_from_slice(&u32::MAX.to_le_bytes());
                fix_crc(&mut b);
                b
            },
            "past the end",
        ),
        (
            "header not JSON",
            {
                let mut b = good.clone();
                b[16] = b'#';
                fix_crc(&mut b);
                b
            },
            "header is not valid",
        ),
    ];
    for (what, bytes, needle) in cases {
        let e = err_of(file::from_bytes(&bytes));
        assert!(e.contains(needle), "{what}: `{e}` does not mention `{needle}`");
    }
    // A header whose dimensions disagree with the sections.
    let mut q2 = q.clone();
    q2.config.hidden_size = 16;
    let e = err_of(file::from_bytes(&file::to_bytes(&q2).unwrap()));
    assert!(e.contains("the model's dimensions need") || e.contains("the config needs"), "{e}");
    // An invalid ternary code (10) with every checksum recomputed: rebuild the file.
    let mut hdr: serde_json::Value = serde_json::from_slice(&good[16..16 + hlen]).unwrap();
    let mut body = good[16 + hlen..good.len() - 4].to_vec();
    let sec = hdr["sections"].as_array_mut().unwrap().iter_mut().find(|s| s["name"] == "l0.o.trits").unwrap();
    let (off, len) = (sec["offset"].as_u64().unwrap() as usize, sec["len"].as_u64().unwrap() as usize);
    body[off] = (body[off] & !3) | 0b10;
    sec["crc32"] = file::crc32(&body[off..off + len]).into();
    let h = serde_json::to_vec(&hdr).unwrap();
    let mut b =
        [file::MAGIC.as_slice(), &1u32.to_le_bytes(), &(h.len() as u32).to_le_bytes(), &h, &body, &[0; 4]].concat();
    fix_crc(&mut b);
    let e = err_of(file::from_bytes(&b));
    assert!(e.contains("invalid ternary code"), "{e}");
}

#[test]
fn the_compiled_program_on_the_golden_machine_equals_the_integer_model() {
    use mmfree::program::{compile, dims_of, load_machine, machine_step};
    use mmfree_hdl::hwconfig::HwConfig;
    for seed in [10, 11] {
        let (_, q) = quantized(seed);
        let hw = HwConfig::new(dims_of(&q), 8, 12_000_000, 1_000_000).unwrap();
        let img = compile(&q, &hw).unwrap();
        let mut m = load_machine(&hw, &img).unwrap();
        let mut r = IntRunner::new(&q);
        let mut tok = 3usize;
        for step in 0..120 {
            let want = r.step(tok);
            let (arg, acc, s) = machine_step(&mut m, &img.program, tok, D.v).unwrap();
            assert_eq!((acc.as_slice(), s), (want.acc.as_slice(), want.scale), "seed {seed} step {step}");
            assert_eq!(arg, want.argmax());
            // Mix greedy feedback with forced tokens so every row of the embedding is used.
            tok = if step % 3 == 0 { arg } else { (step * 7) % D.v };
        }
    }
}
