//! The board's side of the link (the integer model the hardware is tested against):
//! any byte stream gets replies or NAKs, never a panic, and every reply is a valid frame.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mmfree_hdl::hwconfig::{HwConfig, ModelDims};
use mmfree_hdl::protocol::{BoardModel, Decoded, Decoder};
use std::sync::OnceLock;

fn hw() -> &'static HwConfig {
    static HW: OnceLock<HwConfig> = OnceLock::new();
    HW.get_or_init(|| {
        HwConfig::new(ModelDims { hidden: 32, layers: 1, intermediate: 64, vocab: 48 }, 16, 12_000_000, 1_000_000)
            .unwrap()
    })
}

fuzz_target!(|data: &[u8]| {
    let mut b = BoardModel::new(hw());
    let out = b.feed(data);
    let mut d = Decoder::new(4096);
    for x in out.iter().filter_map(|&c| d.push(c)) {
        assert!(matches!(x, Decoded::Frame(_)), "the board sent a damaged frame: {x:?}");
    }
});
