//! The accelerator core, simulated cycle by cycle in rust-hdl and as Verilator-compiled
//! Verilog, runs the bundled test model (`shakespeare-tiny`, a trained byte-level model)
//! and produces exactly the integer reference model's tokens and logits, with identical
//! cycle counts in both simulators.

use mmfree::model::int::IntRunner;
use mmfree::program::{compile, dims_of};
use mmfree_hdl::hwconfig::HwConfig;
use mmfree_hdl::units::core::REGION_W;
use mmfree_sim::{board, HostPort, Simulator};

/// Teacher-forced prompt, then greedy tokens fed back; logits checked every few steps.
fn run(sim: Simulator, lanes: usize, steps: usize) -> Vec<u64> {
    run_with(sim, lanes, false, false, false, steps)
}

/// `deep`: the ECP5's register stages (a W word reaches the host port two cycles after
/// its address: some are read back and compared with the image); `overlap`: the lane
/// engine beside the sequencer; `wide`: two elements per cycle in the vector unit (the
/// ECP5's too).
fn run_with(sim: Simulator, lanes: usize, deep: bool, overlap: bool, wide: bool, steps: usize) -> Vec<u64> {
    let q = mmfree::loader::load(Some("shakespeare-tiny"), false, None).unwrap().q;
    let prompt = b"ROMEO.\n";
    let mut hw = HwConfig::new(dims_of(&q), lanes, 12_000_000, 1_000_000).unwrap();
    hw.deep = deep;
    hw.overlap = overlap;
    hw.wide = wide;
    // The ECP5's second pair of ALUs goes with its other stages.
    hw.chain = wide && deep && overlap;
    let img = compile(&q, &hw).unwrap();
    let mut b = board(&hw, sim).unwrap();
    b.upload(&img.program, &img.params, &img.weights).unwrap();
    let words = img.weights.len() / 4;
    for c in [0, 1, 2, 3, words / 2, words - 1] {
        let want = u32::from_le_bytes(img.weights[4 * c..4 * c + 4].try_into().unwrap());
        assert_eq!(b.port.read(REGION_W, c).unwrap(), want, "{sim:?} deep {deep}: W word {c} read back");
    }
    let mut r = IntRunner::new(&q);
    let mut tok = b'\n' as usize;
    let mut cycles = Vec::new();
    for step in 0..steps {
        let want = r.step(tok);
        let got = b.step(tok).unwrap();
        assert_eq!(got.token, want.argmax(), "{sim:?} step {step}: argmax");
        if step % 9 == 0 {
            let (acc, s) = b.logits().unwrap();
            assert_eq!((acc, s), (want.acc.clone(), want.scale), "{sim:?} step {step}: logits");
        }
        cycles.push(got.cycles);
        tok = if step < prompt.len() { prompt[step] as usize } else { got.token };
    }
    // The bound `mmfree bench` prints is one: no token took fewer cycles than the lane
    // array's columns x blocks or the vector ALUs' elements at their rate.
    let prog: Vec<_> = img.program.iter().map(|&w| mmfree_hdl::isa::Instr::decode(w).unwrap()).collect();
    let (lane_c, vec_c) = (hw.lane_cycles(&prog), hw.vector_cycles(&prog));
    assert!(lane_c >= (q.config.ternary_weights() as u64).div_ceil(lanes as u64) && vec_c > 0);
    let fewest = *cycles.iter().min().unwrap();
    assert!(fewest >= lane_c.max(vec_c), "{sim:?}: a token in {fewest} cycles, below the bound {lane_c} / {vec_c}");
    // rust-hdl's profile (`mmfree bench --rust-hdl`) accounts for every cycle the core
    // counted, and MATVEC's share is the ideal's: cols x ceil(rows / LANES) per product.
    if sim == Simulator::RustHdl {
        let p = b.port.profile();
        assert_eq!(p.iter().map(|x| x.1).sum::<u64>(), cycles.iter().sum::<u64>(), "profile total");
        let mv = p.iter().find(|x| x.0 == "matvec").map_or(0, |x| x.1);
        let ideal = (q.config.ternary_weights() as u64).div_ceil(lanes as u64);
        assert!(mv >= ideal * steps as u64, "matvec cycles {mv} below the ideal {ideal} x {steps}");
    }
    b.reset_state().unwrap();
    r.reset();
    assert_eq!(b.step(5).unwrap().token, r.step(5).argmax(), "{sim:?}: after reset");
    cycles
}

#[test]
fn rust_hdl_core_equals_the_integer_model_over_72_tokens() {
    run(Simulator::RustHdl, 16, 72);
}

#[test]
fn verilator_core_equals_the_integer_model_with_the_same_cycle_counts() {
    let v = run(Simulator::Verilator, 16, 72);
    let r = run(Simulator::RustHdl, 16, 12);
    assert_eq!(&v[..12], &r[..], "cycle counts differ between the simulators");
    let v32 = run(Simulator::Verilator, 32, 72);
    assert!(v32[0] < v[0], "32 lanes should take fewer cycles than 16");
}

/// The ECP5's configuration (`HwConfig::deep`, `overlap` and `wide`): the same tokens and
/// logits, W read back through the host port, and the same cycle counts in both
/// simulators. The register stages cost cycles (the sigmoid stage, the weight word's, the
/// instruction word's and ARGMAX's registers); the lane engine beside the sequencer saves
/// some (the DEQs stream behind their MATVECs), two elements per cycle more.
#[test]
fn the_ecp5_pipeline_equals_the_integer_model_in_both_simulators() {
    let v = run_with(Simulator::Verilator, 32, true, true, true, 72);
    let r = run_with(Simulator::RustHdl, 32, true, true, true, 12);
    assert_eq!(&v[..12], &r[..], "cycle counts differ between the simulators");
    let narrow = run_with(Simulator::Verilator, 32, true, true, false, 1);
    let serial = run_with(Simulator::Verilator, 32, true, false, false, 1);
    let shallow = run(Simulator::Verilator, 32, 1);
    assert!(serial[0] > shallow[0], "the register stages cost cycles: {} vs {}", serial[0], shallow[0]);
    assert!(narrow[0] < serial[0], "the overlap saves cycles: {} vs {}", narrow[0], serial[0]);
    // Every vector of the tiny model is even, so all its element work goes two a cycle:
    // 5,125 -> 3,952 cycles per token (its lane work is a large share).
    assert!(5 * v[0] < 4 * narrow[0], "two elements per cycle save a fifth: {} vs {}", v[0], narrow[0]);
}
