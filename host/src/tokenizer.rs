//! Tokenizers: byte-level (vocabulary 256, token = UTF-8 byte) for our own models, and
//! the SentencePiece-style BPE of the released checkpoints' `tokenizer.json`
//! (Mistral/Llama layout: `▁` for spaces, `<0xNN>` byte fallback, merges by rank).

use anyhow::{bail, ensure, Context, Result};
use std::collections::HashMap;
use std::path::Path;

pub enum Tokenizer {
    Bytes,
    Bpe(Bpe),
}

impl Tokenizer {
    /// The tokenizer of a model: `tokenizer.json` in `dir` if present, else byte-level
    /// (which requires a vocabulary of 256).
    pub fn for_model(dir: Option<&Path>, vocab: usize) -> Result<Tokenizer> {
        if let Some(d) = dir {
            let p = d.join("tokenizer.json");
            if p.exists() {
                let b = Bpe::from_file(&p)?;
                ensure!(b.vocab.len() <= vocab, "{} has {} tokens, the model only {vocab}", p.display(), b.vocab.len());
                return Ok(Tokenizer::Bpe(b));
            }
        }
        ensure!(
            vocab == 256,
            "the model has a vocabulary of {vocab} and no tokenizer.json: only 256 (bytes) works without one"
        );
        Ok(Tokenizer::Bytes)
    }

    pub fn encode(&self, text: &str) -> Vec<usize> {
        match self {
            Tokenizer::Bytes => text.bytes().map(|b| b as usize).collect(),
            Tokenizer::Bpe(b) => b.encode(text),
        }
    }

    /// The bytes of one token (for streaming output; may be part of a UTF-8 character).
    pub fn token_bytes(&self, t: usize) -> Vec<u8> {
        match self {
            Tokenizer::Bytes => vec![t as u8],
            Tokenizer::Bpe(b) => b.token_bytes(t),
        }
    }

    pub fn decode(&self, tokens: &[usize]) -> String {
        let bytes: Vec<u8> = tokens.iter().flat_map(|&t| self.token_bytes(t)).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// Beginning-of-sequence token to start generation with, if the tokenizer has one.
    pub fn bos(&self) -> Option<usize> {
        match self {
            Tokenizer::Bytes => None,
            Tokenizer::Bpe(b) => b.bos,
        }
    }
}

pub struct Bpe {
    vocab: Vec<String>,
    ids: HashMap<String, usize>,
    ranks: HashMap<(String, String), usize>,
    byte_fallback: [Option<usize>; 256],
    unk: Option<usize>,
    bos: Option<usize>,
}

const SPACE: char = '\u{2581}';

impl Bpe {
    pub fn from_file(p: &Path) -> Result<Bpe> {
        let text = std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
        Self::from_json(&text).with_context(|| format!("{} is not a supported tokenizer", p.display()))
    }

    pub fn from_json(text: &str) -> Result<Bpe> {
        let j: serde_json::Value = serde_json::from_str(text).context("invalid JSON")?;
        let model = &j["model"];
        ensure!(model["type"] == "BPE", "only BPE tokenizers are supported (model.type = {})", model["type"]);
        let vmap = model["vocab"].as_object().context("model.vocab missing")?;
        let n = vmap.values().filter_map(|v| v.as_u64()).max().map_or(0, |m| m as usize + 1);
        ensure!(n > 0 && n <= 1 << 20, "vocabulary size {n} out of range");
        let mut vocab = vec![String::new(); n];
        let mut ids = HashMap::new();
        for (k, v) in vmap {
            let id = v.as_u64().context("vocab id is not an integer")? as usize;
            vocab[id] = k.clone();
            ids.insert(k.clone(), id);
        }
        let mut ranks = HashMap::new();
        for (r, m) in model["merges"].as_array().context("model.merges missing")?.iter().enumerate() {
            let (a, b) = match m {
                serde_json::Value::String(s) => {
                    let (a, b) = s.split_once(' ').context("merge without a space")?;
                    (a.to_string(), b.to_string())
                }
                serde_json::Value::Array(v) if v.len() == 2 => {
                    (v[0].as_str().unwrap_or("").to_string(), v[1].as_str().unwrap_or("").to_string())
                }
                _ => bail!("merge {r} is malformed"),
            };
            ranks.entry((a, b)).or_insert(r);
        }
        let mut byte_fallback = [None; 256];
        for (b, slot) in byte_fallback.iter_mut().enumerate() {
            *slot = ids.get(&format!("<0x{b:02X}>")).copied();
        }
        let unk = model["unk_token"].as_str().and_then(|u| ids.get(u).copied());
        let bos = ids.get("<s>").copied();
        Ok(Bpe { vocab, ids, ranks, byte_fallback, unk, bos })
    }

    pub fn encode(&self, text: &str) -> Vec<usize> {
        if text.is_empty() {
            return vec![];
        }
        // Normalizer of the Llama/Mistral tokenizers: prepend ▁, spaces become ▁.
        let norm: String =
            std::iter::once(SPACE).chain(text.chars().map(|c| if c == ' ' { SPACE } else { c })).collect();
        let mut parts: Vec<String> = norm.chars().map(|c| c.to_string()).collect();
        loop {
            let best = parts
                .windows(2)
                .enumerate()
                .filter_map(|(i, w)| self.ranks.get(&(w[0].clone(), w[1].clone())).map(|&r| (r, i)))
                .min();
            let Some((_, i)) = best else { break };
            let merged = format!("{}{}", parts[i], parts[i + 1]);
            parts.splice(i..i + 2, [merged]);
        }
        let mut out = Vec::new();
        for p in parts {
            if let Some(&id) = self.ids.get(&p) {
                out.push(id);
            } else {
                for b in p.bytes() {
                    match (self.byte_fallback[b as usize], self.unk) {
                        (Some(id), _) => out.push(id),
                        (None, Some(u)) => out.push(u),
                        (None, None) => {}
                    }
                }
            }
        }
        out
    }

    pub fn token_bytes(&self, t: usize) -> Vec<u8> {
        let Some(s) = self.vocab.get(t) else {
            return vec![];
        };
        if s.len() == 6 && s.starts_with("<0x") && s.ends_with('>') {
            if let Ok(b) = u8::from_str_radix(&s[3..5], 16) {
                return vec![b];
            }
        }
        if s.starts_with('<') && s.ends_with('>') && s.len() > 2 {
            return vec![]; // control tokens such as <s>, </s>, <unk>
        }
        s.replace(SPACE, " ").into_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip() {
        let t = Tokenizer::Bytes;
        let s = "To be, or not — to be";
        assert_eq!(t.decode(&t.encode(s)), s);
    }

    #[test]
    fn bpe_merges_by_rank_with_byte_fallback() {
        let json = r#"{"model":{"type":"BPE","unk_token":"<unk>","vocab":{"<unk>":0,"<s>":1,"</s>":2,
            "<0x21>":3,"▁":4,"t":5,"o":6,"▁t":7,"▁to":8,"e":9},"merges":["▁ t","▁t o"]}}"#;
        let b = Bpe::from_json(json).unwrap();
        assert_eq!(b.encode("to!"), vec![8, 3]);
        let t = Tokenizer::Bpe(b);
        assert_eq!(t.decode(&[1, 8, 4, 5, 3]), " to t!");
    }
}
