//! Evaluation: bits per byte of a model on a text, and the integer model's agreement
//! with the f32 model (top-1 next token and logit error), position by position.

use crate::model::float::{FloatRunner, Precision};
use crate::model::int::{argmax, IntRunner};
use crate::model::quant::QModel;
use crate::model::FloatModel;
use crate::tokenizer::Tokenizer;

/// `-log2 softmax(logits)[target]`, computed stably.
pub fn bits(logits: &[f32], target: usize) -> f64 {
    let m = logits.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b)) as f64;
    let lse = logits.iter().map(|&v| (v as f64 - m).exp()).sum::<f64>().ln() + m;
    (lse - logits[target] as f64) / std::f64::consts::LN_2
}

#[derive(Debug, Default, Clone)]
pub struct EvalReport {
    pub positions: usize,
    pub bytes: usize,
    pub bits_per_byte: f64,
    /// Integer backend only: agreement and logit errors against the f32 model.
    pub top1_agreement_vs_f32: Option<f64>,
    pub mean_abs_logit_error: Option<f64>,
    pub max_abs_logit_error: Option<f64>,
    pub f32_bits_per_byte: Option<f64>,
}

/// Which model evaluates.
pub enum Backend<'a> {
    F32(&'a FloatModel, Precision),
    /// The integer model, compared against the f32 ternary model when given.
    Int(&'a QModel, Option<&'a FloatModel>),
}

/// Evaluate over `tokens`: position j predicts token j+1.
pub fn evaluate(backend: Backend, tokens: &[usize], tok: &Tokenizer) -> EvalReport {
    let mut rep = EvalReport::default();
    if tokens.len() < 2 {
        return rep;
    }
    let mut total_bits = 0f64;
    let mut f32_bits = 0f64;
    let (mut agree, mut err_sum, mut err_max, mut nlog) = (0usize, 0f64, 0f64, 0usize);
    let bytes: usize = tokens[1..].iter().map(|&t| tok.token_bytes(t).len().max(1)).sum();
    match backend {
        Backend::F32(m, prec) => {
            let mut r = FloatRunner::new(m, prec);
            for w in tokens.windows(2) {
                total_bits += bits(&r.step(w[0]), w[1]);
            }
        }
        Backend::Int(q, f) => {
            let mut r = IntRunner::new(q);
            let mut fr = f.map(|m| FloatRunner::new(m, Precision::Ternary));
            for w in tokens.windows(2) {
                let li = r.step(w[0]).to_f32();
                total_bits += bits(&li, w[1]);
                if let Some(fr) = fr.as_mut() {
                    let lf = fr.step(w[0]);
                    f32_bits += bits(&lf, w[1]);
                    if argmax(&li) == argmax(&lf) {
                        agree += 1;
                    }
                    for (a, b) in li.iter().zip(&lf) {
                        let e = (a - b).abs() as f64;
                        err_sum += e;
                        err_max = err_max.max(e);
                        nlog += 1;
                    }
                }
            }
            if fr.is_some() {
                let n = (tokens.len() - 1) as f64;
                rep.top1_agreement_vs_f32 = Some(agree as f64 / n);
                rep.mean_abs_logit_error = Some(err_sum / nlog.max(1) as f64);
                rep.max_abs_logit_error = Some(err_max);
                rep.f32_bits_per_byte = Some(f32_bits / bytes as f64);
            }
        }
    }
    rep.positions = tokens.len() - 1;
    rep.bytes = bytes;
    rep.bits_per_byte = total_bits / bytes as f64;
    rep
}
