//! The board logic in rust-hdl with WRITE frames streamed back to back (no waiting for
//! replies): every word lands, and the CHECKSUM equals the protocol model's.
use mmfree_hdl::hwconfig::{HwConfig, ModelDims};
use mmfree_hdl::protocol::{self as p, encode_frame, BoardModel, Decoded, Decoder};
use rand::{Rng, SeedableRng};

#[test]
fn streamed_writes_all_land() {
    for lanes in [16, 32] {
        streamed(ModelDims { hidden: 64, layers: 1, intermediate: 128, vocab: 48 }, lanes, 1024);
    }
}

fn streamed(dims: ModelDims, lanes: usize, max_words: usize) {
    let hw = HwConfig::new(dims, lanes, 12_000_000, 1_000_000).unwrap();
    let mut soc = mmfree_sim::RustHdlSoc::new(&hw).unwrap();
    let mut model = BoardModel::new(&hw);
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
    let w: Vec<u32> = (0..hw.w_region_words().min(max_words)).map(|_| rng.gen::<u32>() & 0x5555_5555).collect();
    let frames: Vec<Vec<u8>> = w
        .chunks(64)
        .enumerate()
        .map(|(c, chunk)| {
            let mut pl = vec![p::region::W];
            pl.extend(((c * 64) as u32).to_le_bytes());
            pl.extend(chunk.iter().flat_map(|x| x.to_le_bytes()));
            pl
        })
        .collect();
    let dec = |b: &[u8]| {
        let mut d = Decoder::new(4096);
        b.iter().filter_map(|&x| d.push(x)).collect::<Vec<Decoded>>()
    };
    // Stream, then resend what was not acknowledged (a frame that arrives while another
    // waits is dropped whole, by design; `RustHdlSoc` holds frames back while the board
    // is busy, so there should be none), until every frame is acknowledged.
    let mut todo: Vec<usize> = (0..frames.len()).collect();
    let mut rounds = 0;
    while !todo.is_empty() {
        rounds += 1;
        assert!(rounds < 100);
        // At most 200 frames a round, so the 8-bit seqs in a round are distinct.
        let batch: Vec<usize> = todo.iter().copied().take(200).collect();
        // seq = the frame's place in this round.
        let wire: Vec<u8> =
            batch.iter().enumerate().flat_map(|(j, &i)| encode_frame(p::WRITE, j as u8, &frames[i])).collect();
        model.feed(&wire);
        soc.send(&wire);
        let out = soc.run(1 << 20, 10_000_000).unwrap();
        let acked: Vec<usize> = dec(&out)
            .iter()
            .filter_map(|f| if let Decoded::Frame(f) = f { Some(f.seq as usize) } else { None })
            .collect();
        let done: Vec<usize> = acked.iter().map(|&j| batch[j]).collect();
        todo.retain(|i| !done.contains(i));
    }
    let mut pl = vec![p::region::W];
    pl.extend(0u32.to_le_bytes());
    pl.extend((w.len() as u32).to_le_bytes());
    let wire = encode_frame(p::CHECKSUM, 200, &pl);
    soc.send(&wire);
    let out = soc.run(1 << 20, 10_000_000).unwrap();
    let want = dec(&model.feed(&wire));
    if dec(&out) != want {
        // Find the words that differ (READ 64 at a time).
        let mut bad = Vec::new();
        for a in (0..w.len()).step_by(64) {
            let n = 64.min(w.len() - a);
            let mut pl = vec![p::region::W];
            pl.extend((a as u32).to_le_bytes());
            pl.extend((n as u16).to_le_bytes());
            let wire = encode_frame(p::READ, 1, &pl);
            soc.send(&wire);
            let got = dec(&soc.run(1 << 20, 1_000_000).unwrap());
            if let Some(Decoded::Frame(f)) = got.first() {
                for k in 0..n {
                    let x = u32::from_le_bytes(f.payload[4 * k..4 * k + 4].try_into().unwrap());
                    if x != w[a + k] {
                        bad.push((a + k, x, w[a + k]));
                    }
                }
            }
        }
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for &(a, _, _) in &bad {
            match ranges.last_mut() {
                Some(r) if r.0 + r.1 == a => r.1 += 1,
                _ => ranges.push((a, 1)),
            }
        }
        panic!(
            "after {rounds} rounds: {} bad words in ranges {ranges:?}; first {:x?}",
            bad.len(),
            &bad[..bad.len().min(4)]
        );
    }
}
