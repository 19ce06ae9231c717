//! The trainer trains the architecture the reference models run, and its loss falls.

use candle_core::{Device, Tensor};
use mmfree::model::float::{FloatRunner, Precision};
use mmfree::model::{checkpoint, ModelConfig};
use mmfree::train::{self, Net, TrainArgs};

fn corpus(dir: &std::path::Path) -> std::path::PathBuf {
    // A small, repetitive English text: easy to learn, enough to see the loss fall.
    let p = dir.join("text.txt");
    let verse = "Shall I compare thee to a summer's day?\nThou art more lovely and more temperate:\n\
        Rough winds do shake the darling buds of May,\nAnd summer's lease hath all too short a date;\n";
    std::fs::write(&p, verse.repeat(60)).unwrap();
    std::fs::write(dir.join("tempest_heldout.txt"), "THIS FILE MUST NEVER BE TRAINED ON").unwrap();
    p
}

#[test]
fn candle_forward_equals_the_f32_reference_model() {
    let cfg = ModelConfig::new(16, 2, 32, 256);
    let net = Net::init(&cfg, 3, &Device::Cpu).unwrap();
    // Perturb the norms and lower bounds away from their initial values so every path counts.
    for (n, v) in &net.vars {
        if n.contains("norm") || n.contains("lower_bounds") {
            let t = v.as_tensor();
            let noise = Tensor::rand(-0.5f32, 0.5f32, t.shape(), &Device::Cpu).unwrap();
            v.set(&(t + noise).unwrap()).unwrap();
        }
    }
    let dir = tempfile::tempdir().unwrap();
    net.save_checkpoint(dir.path()).unwrap();
    let m = checkpoint::import(dir.path()).unwrap();
    let toks: Vec<u32> = "To be, or not to be".bytes().map(|b| b as u32).collect();
    let ids = Tensor::from_vec(toks.clone(), (1, toks.len()), &Device::Cpu).unwrap();
    let logits: Vec<Vec<f32>> = net.forward(&ids).unwrap().to_vec2().unwrap();
    let mut r = FloatRunner::new(&m, Precision::Ternary);
    let mut worst = 0f32;
    for (j, &t) in toks.iter().enumerate() {
        let ours = r.step(t as usize);
        for (a, b) in ours.iter().zip(&logits[j]) {
            worst = worst.max((a - b).abs() / (1.0 + b.abs()));
        }
    }
    assert!(worst < 2e-3, "candle and the reference model differ by {worst}");
}

#[test]
fn a_short_training_run_lowers_the_loss_and_skips_held_out_files() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let out = dir.path().join("ckpt");
    let args = TrainArgs {
        texts: vec![dir.path().to_path_buf()],
        exclude_prefix: "tempest".into(),
        out: out.clone(),
        hidden: 32,
        layers: 1,
        intermediate: 64,
        steps: 150,
        batch: 8,
        seq: 64,
        lr: 4e-3,
        warmup: 20,
        weight_decay: 0.05,
        clip: 1.0,
        seed: 1,
        eval_every: 0,
        resume: false,
        quiet: true,
    };
    let c = train::load_corpus(&args.texts, "tempest").unwrap();
    assert_eq!(c.files.len(), 1, "held-out file was not excluded");
    let rep = train::train(&args).unwrap();
    // Uniform over bytes is 8 bits; the verse is learnable: demand at least 3 bits less.
    assert!(rep.first_loss_bits > 7.5, "first loss {}", rep.first_loss_bits);
    assert!(
        rep.last_loss_bits < rep.first_loss_bits - 3.0,
        "loss fell only from {} to {}",
        rep.first_loss_bits,
        rep.last_loss_bits
    );
    // The result is a checkpoint in the released layout.
    let m = checkpoint::import(&out).unwrap();
    assert_eq!(m.config.hidden_size, 32);
}
