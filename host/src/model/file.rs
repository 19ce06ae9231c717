//! Our model file (`*.mmfq`): the quantized model, versioned and self-describing.
//!
//! ```text
//! offset  size  field
//! 0       8     magic "MMFREEQM"
//! 8       4     format version (u32 LE), currently 1
//! 12      4     header length N (u32 LE)
//! 16      N     header: JSON {model: config, formats, scales; sections: [{name, offset, len, crc32}]}
//! 16+N    ...   sections, back to back (offsets relative to the end of the header)
//! end-4   4     CRC-32 (ISO-HDLC) of every byte before it
//! ```
//! Sections hold the arrays: ternary codes 2 bits each, row-major, four per byte
//! (code `10` is invalid), int8 embedding codes and 16-bit little-endian vectors.
//! The reader checks every length, offset, checksum and range before it builds the
//! model, and returns an error (never panics) on anything malformed.

use super::quant::{QModel, QProj, QVec};
use anyhow::{anyhow, bail, ensure, Context, Result};
use byteorder::{ByteOrder, LittleEndian, WriteBytesExt};
use serde::{Deserialize, Serialize};
use std::path::Path;

pub const MAGIC: &[u8; 8] = b"MMFREEQM";
pub const VERSION: u32 = 1;
/// Conventional file extension.
pub const EXTENSION: &str = "mmfq";

const CRC32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

pub fn crc32(b: &[u8]) -> u32 {
    CRC32.checksum(b)
}

#[derive(Serialize, Deserialize)]
struct Section {
    name: String,
    offset: usize,
    len: usize,
    crc32: u32,
}

#[derive(Serialize, Deserialize)]
struct Header {
    model: QModel,
    sections: Vec<Section>,
}

fn i16_bytes(v: &[i16]) -> Vec<u8> {
    let mut b = Vec::with_capacity(v.len() * 2);
    for &x in v {
        b.write_i16::<LittleEndian>(x).unwrap();
    }
    b
}

/// Ternary codes, 2 bits each, four per byte, row-major.
/// The model file's own 2-bit trit codes (format version 1: `00` 0, `01` +1, `11` -1),
/// independent of the hardware's packing codes (`mmfree_hdl::pack`).
fn file_trit_code(t: i8) -> u8 {
    match t {
        1 => 0b01,
        -1 => 0b11,
        _ => 0b00,
    }
}

fn file_code_trit(c: u8) -> i8 {
    match c & 3 {
        0b01 => 1,
        0b11 => -1,
        _ => 0,
    }
}

pub fn trits_bytes(t: &[i8]) -> Vec<u8> {
    let mut b = vec![0u8; t.len().div_ceil(4)];
    for (i, &x) in t.iter().enumerate() {
        b[i / 4] |= file_trit_code(x) << (2 * (i % 4));
    }
    b
}

/// The named arrays of a model, in file order.
fn arrays(q: &QModel) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![
        ("emb".to_string(), q.emb.iter().map(|&v| v as u8).collect()),
        ("emb_scale".to_string(), i16_bytes(&q.emb_scale.v)),
    ];
    let proj = |out: &mut Vec<(String, Vec<u8>)>, name: String, p: &QProj| {
        out.push((format!("{name}.g"), i16_bytes(&p.g.v)));
        out.push((format!("{name}.trits"), trits_bytes(&p.trits)));
    };
    for (l, layer) in q.layers.iter().enumerate() {
        out.push((format!("l{l}.attn_norm"), i16_bytes(&layer.attn_norm.v)));
        out.push((format!("l{l}.g_norm"), i16_bytes(&layer.g_norm.v)));
        out.push((format!("l{l}.mlp_norm"), i16_bytes(&layer.mlp_norm.v)));
        out.push((format!("l{l}.one_minus_lb"), i16_bytes(&layer.one_minus_lb)));
        for (n, p) in [
            ("i", &layer.i),
            ("f", &layer.f),
            ("g", &layer.g),
            ("o", &layer.o),
            ("gate", &layer.gate),
            ("down", &layer.down),
        ] {
            proj(&mut out, format!("l{l}.{n}"), p);
        }
    }
    out.push(("norm".to_string(), i16_bytes(&q.norm.v)));
    proj(&mut out, "head".to_string(), &q.head);
    out
}

/// Serialize a model to bytes.
pub fn to_bytes(q: &QModel) -> Result<Vec<u8>> {
    let mut body = Vec::new();
    let mut sections = Vec::new();
    for (name, data) in arrays(q) {
        sections.push(Section { name, offset: body.len(), len: data.len(), crc32: crc32(&data) });
        body.extend_from_slice(&data);
    }
    let header = serde_json::to_vec(&Header { model: q.clone(), sections })?;
    let mut out = Vec::with_capacity(16 + header.len() + body.len() + 4);
    out.extend_from_slice(MAGIC);
    out.write_u32::<LittleEndian>(VERSION)?;
    out.write_u32::<LittleEndian>(u32::try_from(header.len()).context("header too large")?)?;
    out.extend_from_slice(&header);
    out.extend_from_slice(&body);
    let c = crc32(&out);
    out.write_u32::<LittleEndian>(c)?;
    Ok(out)
}

pub fn write(q: &QModel, path: &Path) -> Result<()> {
    let b = to_bytes(q)?;
    std::fs::write(path, b).with_context(|| format!("cannot write model file {}", path.display()))
}

pub fn read(path: &Path) -> Result<QModel> {
    let b = std::fs::read(path).with_context(|| format!("cannot read model file {}", path.display()))?;
    from_bytes(&b).with_context(|| format!("{} is not a usable mmfree model file", path.display()))
}

struct Body<'a> {
    body: &'a [u8],
    sections: Vec<Section>,
}

impl Body<'_> {
    fn raw(&self, name: &str, len: usize) -> Result<&[u8]> {
        let s = self.sections.iter().find(|s| s.name == name).ok_or_else(|| anyhow!("section `{name}` is missing"))?;
        ensure!(s.len == len, "section `{name}` holds {} bytes, the model's dimensions need {len}", s.len);
        let end = s.offset.checked_add(s.len).ok_or_else(|| anyhow!("section `{name}` has an invalid offset"))?;
        ensure!(end <= self.body.len(), "section `{name}` runs past the end of the file (truncated?)");
        let d = &self.body[s.offset..end];
        ensure!(crc32(d) == s.crc32, "section `{name}` fails its checksum (corrupted)");
        Ok(d)
    }
    fn i16s(&self, name: &str, n: usize) -> Result<Vec<i16>> {
        let d = self.raw(name, n * 2)?;
        let mut v = vec![0i16; n];
        LittleEndian::read_i16_into(d, &mut v);
        Ok(v)
    }
    fn qvec(&self, name: &str, meta: &QVec, n: usize) -> Result<QVec> {
        check_frac(name, meta.frac)?;
        Ok(QVec { frac: meta.frac, v: self.i16s(name, n)? })
    }
    fn trits(&self, name: &str, n: usize) -> Result<Vec<i8>> {
        let d = self.raw(name, n.div_ceil(4))?;
        let mut t = Vec::with_capacity(n);
        for i in 0..n {
            let c = (d[i / 4] >> (2 * (i % 4))) & 3;
            ensure!(c != 0b10, "section `{name}`: invalid ternary code at element {i}");
            t.push(file_code_trit(c));
        }
        Ok(t)
    }
    fn proj(&self, name: &str, meta: &QProj, rows: usize, cols: usize) -> Result<QProj> {
        ensure!(
            meta.rows == rows && meta.cols == cols,
            "projection `{name}` is {}x{}, the config needs {rows}x{cols}",
            meta.rows,
            meta.cols
        );
        ensure!(
            meta.c.mant == 0 || (1 << 15..1 << 16).contains(&meta.c.mant),
            "projection `{name}`: invalid scale mantissa"
        );
        ensure!((-200..=200).contains(&meta.c.exp), "projection `{name}`: scale exponent out of range");
        Ok(QProj {
            rows,
            cols,
            b: meta.b,
            c: meta.c,
            g: self.qvec(&format!("{name}.g"), &meta.g, cols)?,
            trits: self.trits(&format!("{name}.trits"), rows * cols)?,
        })
    }
}

fn check_frac(name: &str, f: i32) -> Result<()> {
    ensure!((-8..=30).contains(&f), "`{name}`: fixed-point format with {f} fractional bits is out of range");
    Ok(())
}

/// Parse a model file from bytes.
pub fn from_bytes(b: &[u8]) -> Result<QModel> {
    ensure!(b.len() >= 20, "file too short ({} bytes) to be a model file", b.len());
    if &b[..8] != MAGIC {
        bail!("not an mmfree model file (bad magic)");
    }
    let version = LittleEndian::read_u32(&b[8..12]);
    ensure!(
        version == VERSION,
        "model file format version {version} is not supported (this build reads version {VERSION})"
    );
    let (content, trailer) = b.split_at(b.len() - 4);
    ensure!(
        crc32(content) == LittleEndian::read_u32(trailer),
        "file checksum mismatch: the file is truncated or corrupted"
    );
    let hlen = LittleEndian::read_u32(&b[12..16]) as usize;
    ensure!(hlen <= content.len() - 16, "header length {hlen} runs past the end of the file");
    let header: Header = serde_json::from_slice(&content[16..16 + hlen]).context("the header is not valid")?;
    let meta = header.model;
    let body = Body { body: &content[16 + hlen..], sections: header.sections };
    let cfg = meta.config.clone();
    cfg.validate()?;
    ensure!(
        meta.layers.len() == cfg.num_hidden_layers,
        "file has {} layers, config says {}",
        meta.layers.len(),
        cfg.num_hidden_layers
    );
    let (h, i, v) = (cfg.hidden_size, cfg.intermediate(), cfg.vocab_size);
    check_frac("fx", meta.fx)?;
    check_frac("u_final", meta.u_final)?;
    let emb = body.raw("emb", v * h)?.iter().map(|&x| x as i8).collect::<Vec<_>>();
    ensure!(emb.iter().all(|&x| x != i8::MIN), "section `emb`: code -128 is not allowed");
    let mut layers = Vec::new();
    for (l, lm) in meta.layers.iter().enumerate() {
        let f = &lm.fmt;
        for (n, x) in [
            ("u_attn", f.u_attn),
            ("i", f.i),
            ("f", f.f),
            ("g", f.g),
            ("h", f.h),
            ("t_o", f.t_o),
            ("u_o", f.u_o),
            ("u_mlp", f.u_mlp),
            ("gu", f.gu),
            ("p", f.p),
        ] {
            check_frac(&format!("l{l}.{n}"), x)?;
        }
        let omlb = body.i16s(&format!("l{l}.one_minus_lb"), h)?;
        ensure!(omlb.iter().all(|&x| (0..=1 << 14).contains(&(x as i32))), "l{l}.one_minus_lb: value outside [0, 1]");
        layers.push(super::quant::QLayer {
            fmt: lm.fmt,
            attn_norm: body.qvec(&format!("l{l}.attn_norm"), &lm.attn_norm, h)?,
            i: body.proj(&format!("l{l}.i"), &lm.i, h, h)?,
            f: body.proj(&format!("l{l}.f"), &lm.f, h, h)?,
            g: body.proj(&format!("l{l}.g"), &lm.g, h, h)?,
            g_norm: body.qvec(&format!("l{l}.g_norm"), &lm.g_norm, h)?,
            o: body.proj(&format!("l{l}.o"), &lm.o, h, h)?,
            mlp_norm: body.qvec(&format!("l{l}.mlp_norm"), &lm.mlp_norm, h)?,
            gate: body.proj(&format!("l{l}.gate"), &lm.gate, 2 * i, h)?,
            down: body.proj(&format!("l{l}.down"), &lm.down, h, i)?,
            one_minus_lb: omlb,
        });
    }
    Ok(QModel {
        config: cfg,
        fx: meta.fx,
        u_final: meta.u_final,
        emb,
        emb_scale: body.qvec("emb_scale", &meta.emb_scale, v)?,
        layers,
        norm: body.qvec("norm", &meta.norm, h)?,
        head: body.proj("head", &meta.head, v, h)?,
        calibration_tokens: meta.calibration_tokens,
    })
}
