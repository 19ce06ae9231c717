//! Choosing the next token from logits: greedy, or temperature with top-k, seeded.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub struct Sampler {
    pub temperature: f32,
    pub top_k: usize,
    rng: ChaCha8Rng,
}

impl Sampler {
    pub fn new(temperature: f32, top_k: usize, seed: u64) -> Self {
        Sampler { temperature, top_k, rng: ChaCha8Rng::seed_from_u64(seed) }
    }

    pub fn is_greedy(&self) -> bool {
        self.temperature <= 0.0 || self.top_k == 1
    }

    /// Pick a token. Greedy picks the first maximum; otherwise softmax(logits / T) over
    /// the top-k logits (ties broken by index), sampled with the seeded generator.
    pub fn pick(&mut self, logits: &[f32]) -> usize {
        let mut idx: Vec<usize> = (0..logits.len()).collect();
        idx.sort_by(|&a, &b| logits[b].total_cmp(&logits[a]).then(a.cmp(&b)));
        if self.is_greedy() {
            return idx[0];
        }
        let k = if self.top_k == 0 { idx.len() } else { self.top_k.min(idx.len()) };
        let top = &idx[..k];
        let m = logits[top[0]];
        let w: Vec<f64> = top.iter().map(|&i| (((logits[i] - m) / self.temperature) as f64).exp()).collect();
        let total: f64 = w.iter().sum();
        let mut x = self.rng.gen::<f64>() * total;
        for (j, &wi) in w.iter().enumerate() {
            if x < wi {
                return top[j];
            }
            x -= wi;
        }
        top[k - 1]
    }
}
