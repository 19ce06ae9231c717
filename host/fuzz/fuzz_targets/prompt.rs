//! The prompt path: bytes as the command line would pass them (lossy UTF-8) through the
//! byte-level tokenizer and back; and a BPE tokenizer.json + prompt, split at the first NUL.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let t = mmfree::tokenizer::Tokenizer::for_model(None, 256).unwrap();
    let toks = t.encode(&text);
    assert!(toks.iter().all(|&x| x < 256));
    assert_eq!(t.decode(&toks), text);
    if let Some(i) = data.iter().position(|&c| c == 0) {
        if let Ok(json) = std::str::from_utf8(&data[..i]) {
            if let Ok(bpe) = mmfree::tokenizer::Bpe::from_json(json) {
                let p = String::from_utf8_lossy(&data[i + 1..]);
                for tok in bpe.encode(&p) {
                    let _ = bpe.token_bytes(tok);
                }
            }
        }
    }
});
