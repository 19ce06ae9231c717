//! Writes the seed corpora: a small valid model file and checkpoint, so the fuzzers start
//! past the magic numbers and checksums. `cargo run --release --example make_seeds` (from host/fuzz).
use mmfree::model::{checkpoint, file, quant, FloatModel, ModelConfig};

fn main() -> anyhow::Result<()> {
    let m = FloatModel::random(ModelConfig::new(8, 1, 16, 16), 1);
    let calib: Vec<usize> = (0..64).map(|i| (i * 5 + 1) % 16).collect();
    let q = quant::quantize(&m, &calib)?;
    let bytes = file::to_bytes(&q)?;
    std::fs::create_dir_all("corpus/model_file")?;
    std::fs::write("corpus/model_file/seed-whole", &bytes)?;
    // model_file also takes the inside of a file (it adds magic, version and CRC).
    std::fs::write("corpus/model_file/seed-inner", &bytes[12..bytes.len() - 4])?;
    let dir = tempfile::tempdir()?;
    checkpoint::export(&m, dir.path())?;
    let cfg = std::fs::read(dir.path().join("config.json"))?;
    let st = std::fs::read(dir.path().join("model.safetensors"))?;
    let mut seed = (cfg.len() as u16).to_le_bytes().to_vec();
    seed.extend(&cfg);
    seed.extend(&st);
    std::fs::create_dir_all("corpus/checkpoint")?;
    std::fs::write("corpus/checkpoint/seed", seed)?;
    // Link: a board's request stream and a host's reply stream, well formed.
    use mmfree_hdl::hwconfig::{HwConfig, ModelDims};
    use mmfree_hdl::protocol::{self as p, encode_frame, Identity};
    let hw = HwConfig::new(ModelDims { hidden: 32, layers: 1, intermediate: 64, vocab: 48 }, 16, 12_000_000, 1_000_000)?;
    let hdr = |r: u8, a: u32| [vec![r], a.to_le_bytes().to_vec()].concat();
    let mut req = encode_frame(p::HELLO, 1, &[]);
    req.extend(encode_frame(p::WRITE, 2, &[hdr(3, 0), vec![1, 0, 0, 0, 0xc0, 0xdb, 0, 0]].concat()));
    req.extend(encode_frame(p::WRITE, 3, &[hdr(7, 4), vec![1, 0, 2, 0]].concat()));
    req.extend(encode_frame(p::READ, 4, &[hdr(3, 0), 2u16.to_le_bytes().to_vec()].concat()));
    req.extend(encode_frame(p::CHECKSUM, 5, &[hdr(3, 0), 4u32.to_le_bytes().to_vec()].concat()));
    req.extend(encode_frame(p::STEP, 6, &3u16.to_le_bytes()));
    req.extend(encode_frame(p::GENERATE, 7, &[3, 0, 4, 0]));
    std::fs::create_dir_all("corpus/board_link")?;
    std::fs::write("corpus/board_link/seed", &req)?;
    let mut rep = encode_frame(p::HELLO | p::REPLY, 1, &Identity::of(&hw).to_bytes());
    rep.extend(encode_frame(p::READ | p::REPLY, 2, &[7u8; 16]));
    rep.extend(encode_frame(p::CHECKSUM | p::REPLY, 3, &[1, 2, 3, 4]));
    rep.extend(encode_frame(p::STEP | p::REPLY, 4, &[3, 0, 9, 0, 0, 0, 1, 0, 2, 0, 0]));
    rep.extend(encode_frame(p::GENERATE | p::REPLY, 5, &[9, 0, 0, 0, 0, 1, 0, 2, 0, 3, 0, 4, 0]));
    rep.extend(encode_frame(p::NAK, 6, &[1]));
    std::fs::create_dir_all("corpus/host_link")?;
    std::fs::write("corpus/host_link/seed", &rep)?;
    println!("seeds written: model file {} bytes, checkpoint {} bytes", bytes.len(), cfg.len() + st.len());
    Ok(())
}
