//! The link protocol between the host and the board, one module for both sides: the
//! hardware link (`units::link`) implements the board side and is tested against
//! [`BoardModel`]; the host's session uses the same frame functions.
//!
//! Bytes: SLIP framing (END 0xC0, ESC 0xDB, ESC_END 0xDC, ESC_ESC 0xDD); a frame is
//! `END stuffed(body) END`, empty frames are ignored.
//! Body: `type:u8 seq:u8 payload crc32` where crc32 is CRC-32/ISO-HDLC (the zlib CRC) of
//! `type seq payload`, appended little-endian, so the CRC register over a whole good body
//! ends at `CRC32_RESIDUE`. (Protocol version 2 had a CRC-16, which let about one damaged
//! frame in 10,000 through under byte losses: too many on a line that damages thousands
//! of frames a session.) Integers in payloads are little-endian.
//!
//! | request | payload | reply |
//! |---|---|---|
//! | HELLO 0x01 | - | HELLO_R 0x81: the identity (see [`Identity`]) |
//! | WRITE 0x02 | region u8, addr u32, 1..=120 words u32 (region 7: pairs of B entries) | ACK 0x82 |
//! | READ 0x03 | region u8, addr u32, count u16 (1..=120) | DATA 0x83: count words |
//! | CHECKSUM 0x04 | region u8, addr u32, count u32 | SUM 0x84: CRC-32 (ISO-HDLC) of the words' LE bytes |
//! | STEP 0x05 | token u16 | RESULT 0x85: token u16, cycles u32, s_mant u16, s_exp i16, flags u8 |
//! | GENERATE 0x06 | token u16, n u16 (1..=128) | GENERATED 0x86: cycles u32, flags u8, n tokens u16 |
//!
//! GENERATE is greedy generation on the board: it steps `token`, then feeds each step's
//! argmax back as the next input, n steps in all, and replies with the n argmax tokens
//! (the last one not yet stepped) and the cycles of all n steps. The tokens are kept in
//! bank A (`Layout::gen`), so a resent GENERATE is answered again from there.
//!
//! Errors: NAK 0xFF with a reason byte ([`Nak`]). Every reply echoes the request's seq.
//! A STEP (GENERATE) repeated with the seq of the last executed STEP (GENERATE) is not run
//! again: the board resends the stored RESULT (GENERATED) (so a lost reply never advances the state twice). WRITE,
//! READ and CHECKSUM are idempotent.
//!
//! RESULT flags bit 0 (`RESULT_RESET`): no CHECKSUM has completed since the board powered
//! on. The host verifies the upload by CHECKSUM, so a STEP that reports it ran on a board
//! that was reset after verification (blank memories): its token must not be trusted.

pub const END: u8 = 0xC0;
pub const ESC: u8 = 0xDB;
pub const ESC_END: u8 = 0xDC;
pub const ESC_ESC: u8 = 0xDD;

pub const HELLO: u8 = 0x01;
pub const WRITE: u8 = 0x02;
pub const READ: u8 = 0x03;
pub const CHECKSUM: u8 = 0x04;
pub const STEP: u8 = 0x05;
pub const GENERATE: u8 = 0x06;
pub const REPLY: u8 = 0x80;
pub const NAK: u8 = 0xFF;

/// Most words in one WRITE or READ: a frame body (2 + 5 + 4 * 120 + 4 = 491 bytes) fits
/// one half of the board's 1,024-byte frame RAM; framing is then 13 bytes per 480.
pub const MAX_WORDS: usize = 120;
/// Most tokens one GENERATE asks for (the reply's 2 * 128 + 5 bytes fit MAX_BODY).
pub const MAX_GEN: usize = 128;
const _: () = assert!(2 + 5 + 2 * MAX_GEN + 4 <= MAX_BODY);
/// Longest body the board accepts (a full WRITE: 2 + 5 + 256 + 2).
pub const MAX_BODY: usize = 2 + 5 + 4 * MAX_WORDS + 4;

/// What the CRC-32 register (before its final inversion) holds after a body and its
/// CRC-32 (little-endian): the receiver's check, byte by byte, without knowing where the
/// payload ends.
pub const CRC32_RESIDUE: u32 = 0xDEBB_20E3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Nak {
    /// The frame's CRC did not match (corrupted bytes).
    Crc = 1,
    /// The payload length does not fit the request type.
    Length = 2,
    /// Unknown request type.
    Type = 3,
    /// Region, address or count out of range.
    Range = 4,
    /// Longer than MAX_BODY.
    TooLong = 6,
    /// The core stopped on an invalid instruction.
    Fault = 7,
}

impl Nak {
    pub fn from_u8(v: u8) -> Option<Nak> {
        Some(match v {
            1 => Nak::Crc,
            2 => Nak::Length,
            3 => Nak::Type,
            4 => Nak::Range,
            6 => Nak::TooLong,
            7 => Nak::Fault,
            _ => return None,
        })
    }
}

/// CRC-32/ISO-HDLC, bit by bit (the board computes it 1 bit per cycle).
pub fn crc32_update(mut crc: u32, b: u8) -> u32 {
    crc ^= b as u32;
    for _ in 0..8 {
        crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
    }
    crc
}

pub fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |c, &b| crc32_update(c, b))
}

/// A complete frame on the wire: END, stuffed body with its CRC, END.
pub fn encode_frame(typ: u8, seq: u8, payload: &[u8]) -> Vec<u8> {
    let mut body = Vec::with_capacity(payload.len() + 4);
    body.push(typ);
    body.push(seq);
    body.extend_from_slice(payload);
    body.extend(crc32(&body).to_le_bytes());
    let mut out = Vec::with_capacity(body.len() + 8);
    out.push(END);
    for b in body {
        match b {
            END => out.extend([ESC, ESC_END]),
            ESC => out.extend([ESC, ESC_ESC]),
            _ => out.push(b),
        }
    }
    out.push(END);
    out
}

/// A received frame: type, seq, payload (CRC checked and removed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub typ: u8,
    pub seq: u8,
    pub payload: Vec<u8>,
}

/// What the streaming decoder produced for one delimited body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    Frame(Frame),
    /// A body whose CRC failed or that was too short: the bytes were damaged.
    Corrupt,
    /// A body longer than the limit.
    TooLong,
}

/// SLIP decoder, one byte at a time.
#[derive(Clone, Debug)]
pub struct Decoder {
    buf: Vec<u8>,
    esc: bool,
    overflow: bool,
    limit: usize,
}

impl Decoder {
    pub fn new(limit: usize) -> Decoder {
        Decoder { buf: Vec::new(), esc: false, overflow: false, limit }
    }

    pub fn push(&mut self, b: u8) -> Option<Decoded> {
        if b == END {
            let body = std::mem::take(&mut self.buf);
            let (esc, over) = (self.esc, self.overflow);
            self.esc = false;
            self.overflow = false;
            if body.is_empty() && !over {
                return None;
            }
            if over {
                return Some(Decoded::TooLong);
            }
            if body.len() < 6 || esc || !body.iter().fold(!0u32, |c, &b| crc32_update(c, b)) != !CRC32_RESIDUE {
                return Some(Decoded::Corrupt);
            }
            return Some(Decoded::Frame(Frame {
                typ: body[0],
                seq: body[1],
                payload: body[2..body.len() - 4].to_vec(),
            }));
        }
        let v = if self.esc {
            self.esc = false;
            match b {
                ESC_END => END,
                ESC_ESC => ESC,
                other => other, // protocol violation: kept, the CRC will catch it
            }
        } else if b == ESC {
            self.esc = true;
            return None;
        } else {
            b
        };
        if self.buf.len() >= self.limit {
            self.overflow = true;
        } else {
            self.buf.push(v);
        }
        None
    }
}

/// What a board tells the host about itself (HELLO's reply), little-endian:
/// magic "MMFQ", protocol version u16, hw hash u32, lanes u16, hidden u16, layers u16,
/// intermediate u16, vocab u16, clock_hz u32, baud u32.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub version: u16,
    pub hw_hash: u32,
    pub lanes: u16,
    pub hidden: u16,
    pub layers: u16,
    pub intermediate: u16,
    pub vocab: u16,
    pub clock_hz: u32,
    pub baud: u32,
}

pub const PROTOCOL_VERSION: u16 = 4;

/// RESULT flags: the board has not completed a CHECKSUM since power-on.
pub const RESULT_RESET: u8 = 1;

impl Identity {
    pub fn of(hw: &crate::hwconfig::HwConfig) -> Identity {
        Identity {
            version: PROTOCOL_VERSION,
            hw_hash: hw.hash(),
            lanes: hw.lanes as u16,
            hidden: hw.dims.hidden as u16,
            layers: hw.dims.layers as u16,
            intermediate: hw.dims.intermediate as u16,
            vocab: hw.dims.vocab as u16,
            clock_hz: hw.clock_hz as u32,
            baud: hw.baud as u32,
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = b"MMFQ".to_vec();
        b.extend(self.version.to_le_bytes());
        b.extend(self.hw_hash.to_le_bytes());
        for v in [self.lanes, self.hidden, self.layers, self.intermediate, self.vocab] {
            b.extend(v.to_le_bytes());
        }
        b.extend(self.clock_hz.to_le_bytes());
        b.extend(self.baud.to_le_bytes());
        b
    }

    pub fn from_bytes(b: &[u8]) -> Option<Identity> {
        if b.len() != 28 || &b[..4] != b"MMFQ" {
            return None;
        }
        let u16_at = |i: usize| u16::from_le_bytes([b[i], b[i + 1]]);
        let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        Some(Identity {
            version: u16_at(4),
            hw_hash: u32_at(6),
            lanes: u16_at(10),
            hidden: u16_at(12),
            layers: u16_at(14),
            intermediate: u16_at(16),
            vocab: u16_at(18),
            clock_hz: u32_at(20),
            baud: u32_at(24),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crcs_match_the_catalogue() {
        // Check values from the CRC catalogue ("123456789").
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn frames_round_trip_through_stuffing_and_damage_is_detected() {
        let payload: Vec<u8> = (0..=255u8).chain([END, ESC, END]).collect();
        let wire = encode_frame(WRITE, 7, &payload);
        let mut d = Decoder::new(1024);
        let got: Vec<Decoded> = wire.iter().filter_map(|&b| d.push(b)).collect();
        assert_eq!(got, vec![Decoded::Frame(Frame { typ: WRITE, seq: 7, payload: payload.clone() })]);
        // Any single flipped bit is caught (a CRC catches all single-bit errors).
        for i in 1..wire.len() - 1 {
            for bit in 0..8 {
                let mut w = wire.clone();
                w[i] ^= 1 << bit;
                let mut d = Decoder::new(1024);
                let got: Vec<Decoded> = w.iter().filter_map(|&b| d.push(b)).collect();
                assert!(!got.iter().any(|x| matches!(x, Decoded::Frame(f) if *f != Frame { typ: WRITE, seq: 7, payload: payload.clone() })), "a damaged frame decoded as valid");
            }
        }
        let mut d = Decoder::new(8);
        let got: Vec<Decoded> = wire.iter().filter_map(|&b| d.push(b)).collect();
        assert_eq!(got, vec![Decoded::TooLong]);
    }

    /// The damage that got through the old CRC-16 (about 1 in 10,000: a lost byte or a
    /// flipped bit in a short READ reply of small values) does not get through the CRC-32.
    #[test]
    fn lost_and_flipped_bytes_of_short_replies_are_all_caught() {
        use rand::{Rng, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(3);
        let mut passed = 0;
        for _ in 0..20_000 {
            let words: Vec<u8> = (0..4).flat_map(|_| (rng.gen::<u32>() & 0x3ffff).to_le_bytes()).collect();
            let wire = encode_frame(READ | REPLY, rng.gen(), &words);
            for i in 1..wire.len() - 1 {
                let mut lost = wire.clone();
                lost.remove(i);
                let mut flip = wire.clone();
                flip[i] ^= 1 << rng.gen_range(0..8);
                for w in [lost, flip] {
                    let mut d = Decoder::new(MAX_BODY);
                    passed += w.iter().filter_map(|&b| d.push(b)).filter(|x| matches!(x, Decoded::Frame(_))).count();
                }
            }
        }
        assert_eq!(passed, 0);
    }
}

/// Regions as the host port numbers them (see `units::core`).
pub mod region {
    pub const PROG_LO: u8 = 0;
    pub const PROG_HI: u8 = 1;
    pub const A: u8 = 2;
    pub const B: u8 = 3;
    pub const W: u8 = 4;
    pub const Q: u8 = 5;
    pub const ACC: u8 = 6;
    /// Regions the host may write.
    pub const WRITABLE: u8 = 5;
    pub const COUNT: u8 = 7;
    /// Write-only view of bank B that takes two 16-bit entries per word (low half first,
    /// at addr + 2k and addr + 2k + 1): parameters are 16 bits wide, so this halves their
    /// bytes on the wire. The address and range are in entries of B.
    pub const B_PAIRS: u8 = 7;
}

/// Word depth of each region for a hardware configuration (what the core's memories hold).
pub fn region_depths(hw: &crate::hwconfig::HwConfig) -> [usize; 7] {
    let lay = hw.layout();
    let prog = 1usize << hw.prog_bits;
    [prog, prog, lay.a_words, lay.b_words, hw.w_region_words(), lay.q_len, lay.acc_len]
}

/// The board side of the protocol in plain Rust over the golden machine: the model the
/// hardware link is tested against, and an in-process board for host tests.
pub struct BoardModel {
    pub m: crate::isa::Machine,
    pub prog: Vec<u64>,
    pub id: Identity,
    depths: [usize; 7],
    vocab: usize,
    /// The last STEP or GENERATE: its type, seq and reply.
    last_step: Option<(u8, u8, Vec<u8>)>,
    gen: usize,
    dec: Decoder,
    /// Cycle count to report in RESULT (the golden machine has no timing).
    pub cycles: u32,
    /// A CHECKSUM has completed since power-on.
    checked: bool,
    hw: crate::hwconfig::HwConfig,
}

impl BoardModel {
    pub fn new(hw: &crate::hwconfig::HwConfig) -> BoardModel {
        let depths = region_depths(hw);
        let lay = hw.layout();
        BoardModel {
            m: crate::isa::Machine::new(hw.lanes, lay.a_words, lay.b_words, lay.q_len, lay.acc_len, lay.w_words),
            prog: vec![0; depths[0]],
            id: Identity::of(hw),
            depths,
            vocab: hw.dims.vocab,
            last_step: None,
            gen: lay.gen as usize,
            dec: Decoder::new(MAX_BODY),
            cycles: 0,
            checked: false,
            hw: hw.clone(),
        }
    }

    /// Power the board off and on: memories, state and the link are blank again.
    pub fn power_cycle(&mut self) {
        let cycles = self.cycles;
        *self = BoardModel::new(&self.hw.clone());
        self.cycles = cycles;
    }

    /// Bytes in from the host; bytes out to the host.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        for &b in bytes {
            match self.dec.push(b) {
                None => {}
                Some(Decoded::Frame(f)) => out.extend(self.handle(f)),
                Some(Decoded::Corrupt) => out.extend(encode_frame(NAK, 0, &[Nak::Crc as u8])),
                Some(Decoded::TooLong) => out.extend(encode_frame(NAK, 0, &[Nak::TooLong as u8])),
            }
        }
        out
    }

    fn range(&self, region: u8, addr: usize, count: usize, write: bool) -> Result<(), Nak> {
        let limit = if write { region::WRITABLE } else { region::COUNT };
        if write && region == region::B_PAIRS {
            return self.range(region::B, addr, 2 * count, false);
        }
        if region >= limit || count == 0 || addr.checked_add(count).is_none_or(|e| e > self.depths[region as usize]) {
            return Err(Nak::Range);
        }
        Ok(())
    }

    fn write_word(&mut self, region: u8, addr: usize, w: u32) {
        match region {
            region::PROG_LO => self.prog[addr] = self.prog[addr] & !0xffff_ffff | w as u64,
            region::PROG_HI => self.prog[addr] = self.prog[addr] & 0xffff_ffff | (w as u64) << 32,
            region::A => self.m.a[addr] = w as u16 as i16,
            region::B => self.m.b[addr] = w as u16 as i16,
            _ => self.m.w[addr * 4..addr * 4 + 4].copy_from_slice(&w.to_le_bytes()),
        }
    }

    pub fn read_word(&self, region: u8, addr: usize) -> u32 {
        match region {
            region::PROG_LO => self.prog[addr] as u32,
            region::PROG_HI => (self.prog[addr] >> 32) as u32,
            region::A => self.m.a[addr] as u16 as u32,
            region::B => self.m.b[addr] as u16 as u32,
            region::W => u32::from_le_bytes(self.m.w[addr * 4..addr * 4 + 4].try_into().unwrap()),
            region::Q => self.m.q[addr] as u8 as u32,
            _ => self.m.acc[addr] as u32 & 0x3_ffff,
        }
    }

    fn flags(&self) -> u8 {
        if self.checked {
            0
        } else {
            RESULT_RESET
        }
    }

    /// The stored reply when this request is a resend of the last STEP or GENERATE.
    fn replay(&self, typ: u8, seq: u8) -> Option<Vec<u8>> {
        match &self.last_step {
            Some((t, s, reply)) if *t == typ && *s == seq => Some(reply.clone()),
            _ => None,
        }
    }

    fn handle(&mut self, f: Frame) -> Vec<u8> {
        let nak = |r: Nak| encode_frame(NAK, f.seq, &[r as u8]);
        let p = &f.payload;
        let u32_at = |i: usize| u32::from_le_bytes([p[i], p[i + 1], p[i + 2], p[i + 3]]) as usize;
        match f.typ {
            HELLO if p.is_empty() => encode_frame(HELLO | REPLY, f.seq, &self.id.to_bytes()),
            WRITE if p.len() >= 9 && (p.len() - 5) % 4 == 0 && p.len() <= 5 + 4 * MAX_WORDS => {
                let (region, addr, n) = (p[0], u32_at(1), (p.len() - 5) / 4);
                if let Err(e) = self.range(region, addr, n, true) {
                    return nak(e);
                }
                for k in 0..n {
                    let w = u32_at(5 + 4 * k) as u32;
                    if region == region::B_PAIRS {
                        self.write_word(region::B, addr + 2 * k, w & 0xffff);
                        self.write_word(region::B, addr + 2 * k + 1, w >> 16);
                    } else {
                        self.write_word(region, addr + k, w);
                    }
                }
                encode_frame(WRITE | REPLY, f.seq, &[])
            }
            READ if p.len() == 7 => {
                let (region, addr, n) = (p[0], u32_at(1), u16::from_le_bytes([p[5], p[6]]) as usize);
                if n > MAX_WORDS {
                    return nak(Nak::Range);
                }
                if let Err(e) = self.range(region, addr, n, false) {
                    return nak(e);
                }
                let data: Vec<u8> = (0..n).flat_map(|k| self.read_word(region, addr + k).to_le_bytes()).collect();
                encode_frame(READ | REPLY, f.seq, &data)
            }
            CHECKSUM if p.len() == 9 => {
                let (region, addr, n) = (p[0], u32_at(1), u32_at(5));
                if let Err(e) = self.range(region, addr, n, false) {
                    return nak(e);
                }
                let bytes: Vec<u8> = (0..n).flat_map(|k| self.read_word(region, addr + k).to_le_bytes()).collect();
                self.checked = true;
                encode_frame(CHECKSUM | REPLY, f.seq, &crc32(&bytes).to_le_bytes())
            }
            STEP if p.len() == 2 => {
                if let Some(r) = self.replay(f.typ, f.seq) {
                    return r;
                }
                let token = u16::from_le_bytes([p[0], p[1]]) as usize;
                if token >= self.vocab {
                    return nak(Nak::Range);
                }
                self.m.token = token as u32;
                if self.m.run(&self.prog).is_err() {
                    return nak(Nak::Fault);
                }
                let mut r = (self.m.token as u16).to_le_bytes().to_vec();
                r.extend(self.cycles.to_le_bytes());
                r.extend((self.m.s.mant as u16).to_le_bytes());
                r.extend((self.m.s.exp as i16).to_le_bytes());
                r.push(self.flags());
                let reply = encode_frame(STEP | REPLY, f.seq, &r);
                self.last_step = Some((f.typ, f.seq, reply.clone()));
                reply
            }
            GENERATE if p.len() == 4 => {
                if let Some(r) = self.replay(f.typ, f.seq) {
                    return r;
                }
                let token = u16::from_le_bytes([p[0], p[1]]) as usize;
                let n = u16::from_le_bytes([p[2], p[3]]) as usize;
                if token >= self.vocab || n == 0 || n > MAX_GEN {
                    return nak(Nak::Range);
                }
                // The stored tokens are overwritten from here on: no replay until done.
                self.last_step = None;
                self.m.token = token as u32;
                let mut toks = Vec::with_capacity(2 * n);
                for k in 0..n {
                    if self.m.run(&self.prog).is_err() {
                        return nak(Nak::Fault);
                    }
                    self.m.a[self.gen + k] = self.m.token as u16 as i16;
                    toks.extend((self.m.token as u16).to_le_bytes());
                }
                let mut r = self.cycles.to_le_bytes().to_vec();
                r.push(self.flags());
                r.extend(toks);
                let reply = encode_frame(GENERATE | REPLY, f.seq, &r);
                self.last_step = Some((f.typ, f.seq, reply.clone()));
                reply
            }
            HELLO | WRITE | READ | CHECKSUM | STEP | GENERATE => nak(Nak::Length),
            _ => nak(Nak::Type),
        }
    }
}
