//! The rust-hdl core, simulated cycle by cycle, runs a compiled model and produces
//! exactly the integer reference model's tokens and logits.

use mmfree::model::int::IntRunner;
use mmfree::model::{quant, FloatModel, ModelConfig};
use mmfree::program::{compile, dims_of};
use mmfree_hdl::hwconfig::HwConfig;
use mmfree_sim::CoreSim;

fn model(seed: u64) -> quant::QModel {
    let m = FloatModel::random(ModelConfig::new(32, 2, 64, 64), seed);
    let calib: Vec<usize> = (0..300).map(|i| (i * 13 + 7) % 64).collect();
    quant::quantize(&m, &calib).unwrap()
}

#[test]
fn the_simulated_core_equals_the_integer_model_token_by_token() {
    let q = model(1);
    let hw = HwConfig::new(dims_of(&q), 16, 12_000_000, 1_000_000).unwrap();
    let img = compile(&q, &hw).unwrap();
    let mut sim = CoreSim::new(&hw).unwrap();
    sim.upload(&img.program, &img.params, &img.weights).unwrap();
    let mut r = IntRunner::new(&q);
    let mut tok = 1usize;
    let t0 = std::time::Instant::now();
    let c0 = sim.cycles;
    // Teacher-forced prompt, then 64 greedy tokens fed back.
    for step in 0..72 {
        let want = r.step(tok);
        let got = sim.step(tok).unwrap();
        assert_eq!(got.token, want.argmax(), "step {step}: argmax");
        if step % 9 == 0 {
            let (acc, s) = sim.logits().unwrap();
            assert_eq!((acc, s), (want.acc.clone(), want.scale), "step {step}: logits");
        }
        tok = if step < 8 { (step * 11 + 3) % 64 } else { got.token };
    }
    let dt = t0.elapsed().as_secs_f64();
    eprintln!("rust-hdl core: {:.0} cycles/s", (sim.cycles - c0) as f64 / dt);
    // State persists between tokens and reset clears it.
    sim.reset_state().unwrap();
    r.reset();
    assert_eq!(sim.step(5).unwrap().token, r.step(5).argmax());
}
