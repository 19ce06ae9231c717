//! The checkpoint importer: config.json text and a safetensors shard, split from the input
//! at a length given by its first two bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let n = (u16::from_le_bytes([data[0], data[1]]) as usize).min(data.len() - 2);
    let (cfg, shard) = data[2..].split_at(n);
    let Ok(text) = std::str::from_utf8(cfg) else { return };
    let Ok(cfg) = mmfree::model::checkpoint::parse_config(text) else { return };
    let _ = mmfree::model::checkpoint::from_parts(cfg, &[("fuzz.safetensors".into(), shard.to_vec())]);
});
