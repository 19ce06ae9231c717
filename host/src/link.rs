//! The host side of the link protocol (`mmfree_hdl::protocol`): a session over any byte
//! transport. Writes go out in 64-word frames with two frames in flight (the board
//! buffers one frame while executing another; more would be dropped), each retried on
//! NAK or timeout; every region is verified by the board's CRC-32 after upload; a STEP
//! whose reply is lost is resent with the same seq, which the board answers from its
//! stored result without running the token twice.
//!
//! Wire constraints, from the baud rate: a full WRITE frame is about 270 bytes, 10 bits
//! each; the reply timeout is four frame times plus a fixed margin for USB latency.

use crate::error::{LinkError, VerifyError};
use anyhow::{bail, Context, Result};
use mmfree_hdl::numerics::Scale;
use mmfree_hdl::protocol::{self as p, Decoded, Decoder, Frame, Identity, Nak};
use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// A byte stream to a board.
pub trait Transport {
    fn send(&mut self, bytes: &[u8]) -> Result<()>;
    /// Read what is available, waiting at most `timeout`; 0 bytes means timed out.
    fn recv(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize>;
}

/// A serial port (a real board, or a pseudo-terminal served by `mmfree board-sim`).
pub struct Serial {
    port: Box<dyn serialport::SerialPort>,
}

impl Serial {
    pub fn open(path: &str, baud: u32) -> Result<Serial> {
        let port = serialport::new(path, baud)
            .timeout(Duration::from_millis(10))
            .open()
            .map_err(|e| LinkError(format!("cannot open serial port {path}: {e}")))?;
        Ok(Serial { port })
    }
}

impl Transport for Serial {
    fn send(&mut self, bytes: &[u8]) -> Result<()> {
        std::io::Write::write_all(&mut self.port, bytes).map_err(|e| LinkError(format!("serial write failed: {e}")))?;
        Ok(())
    }
    fn recv(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize> {
        self.port.set_timeout(timeout.max(Duration::from_millis(1))).ok();
        match std::io::Read::read(&mut self.port, buf) {
            Ok(n) => Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut || e.kind() == std::io::ErrorKind::WouldBlock => Ok(0),
            Err(e) => Err(LinkError(format!("serial read failed: {e}")).into()),
        }
    }
}

/// Counters of one session (for reports and the reliability tests).
#[derive(Clone, Debug, Default)]
pub struct Stats {
    pub frames_sent: u64,
    pub retries: u64,
    pub naks: u64,
    pub timeouts: u64,
    pub bytes_sent: u64,
}

pub struct Session<T: Transport> {
    pub t: T,
    dec: Decoder,
    rx: VecDeque<Frame>,
    seq: u8,
    pub timeout: Duration,
    pub max_retries: u32,
    pub stats: Stats,
    /// The board's clock (from HELLO), to budget time for long requests.
    pub clock_hz: u64,
}

/// Margin on the board's own time for a request: covers USB latency and simulated boards,
/// which run 10-100x slower than the real clock.
pub const BOARD_TIME_MARGIN: f64 = 100.0;

/// What the board reports after a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepReply {
    pub token: usize,
    pub cycles: u32,
    pub scale: Scale,
}

impl<T: Transport> Session<T> {
    /// A session at `baud` (sets the reply timeout from the frame time).
    pub fn new(t: T, baud: u64) -> Session<T> {
        let frame_time = Duration::from_secs_f64(p::MAX_BODY as f64 * 10.0 * 2.0 / baud.max(1) as f64);
        Session {
            t,
            dec: Decoder::new(4096),
            rx: VecDeque::new(),
            seq: 0,
            timeout: frame_time * 4 + Duration::from_millis(200),
            max_retries: 8,
            stats: Stats::default(),
            clock_hz: 12_000_000,
        }
    }

    fn next_seq(&mut self) -> u8 {
        self.seq = self.seq.wrapping_add(1);
        self.seq
    }

    fn send_frame(&mut self, typ: u8, seq: u8, payload: &[u8]) -> Result<()> {
        let w = p::encode_frame(typ, seq, payload);
        self.stats.frames_sent += 1;
        self.stats.bytes_sent += w.len() as u64;
        self.t.send(&w)
    }

    /// The next decoded frame, or None at the deadline.
    fn next_frame(&mut self, deadline: Instant) -> Result<Option<Frame>> {
        loop {
            if let Some(f) = self.rx.pop_front() {
                return Ok(Some(f));
            }
            let now = Instant::now();
            if now >= deadline {
                return Ok(None);
            }
            let mut buf = [0u8; 4096];
            let n = self.t.recv(&mut buf, deadline - now)?;
            for &b in &buf[..n] {
                if let Some(Decoded::Frame(f)) = self.dec.push(b) {
                    self.rx.push_back(f);
                }
            }
        }
    }

    /// One request, one reply (matched by seq), with retries; `board_cycles` is the work
    /// the request costs the board, added to the reply timeout.
    fn transact(&mut self, typ: u8, payload: &[u8], what: &str, board_cycles: u64) -> Result<Frame> {
        let seq = self.next_seq();
        let timeout =
            self.timeout + Duration::from_secs_f64(board_cycles as f64 * BOARD_TIME_MARGIN / self.clock_hz as f64);
        for attempt in 0..=self.max_retries {
            if attempt > 0 {
                self.stats.retries += 1;
            }
            self.send_frame(typ, seq, payload)?;
            let deadline = Instant::now() + timeout;
            while let Some(f) = self.next_frame(deadline)? {
                if f.seq != seq && !(f.typ == p::NAK && f.seq == 0) {
                    continue; // a late reply to an earlier request
                }
                if f.typ == p::NAK {
                    self.stats.naks += 1;
                    let reason = f.payload.first().and_then(|&r| Nak::from_u8(r));
                    match reason {
                        Some(Nak::Crc) | Some(Nak::TooLong) | None => break, // damaged in transit: resend
                        Some(r) => {
                            return Err(LinkError(format!("{what}: the board refused the request ({r:?})")).into())
                        }
                    }
                }
                if f.typ == typ | p::REPLY {
                    return Ok(f);
                }
            }
            self.stats.timeouts += 1;
        }
        Err(LinkError(format!(
            "{what}: no valid reply after {} attempts (is the board connected and running mmfree?)",
            self.max_retries + 1
        ))
        .into())
    }

    pub fn hello(&mut self) -> Result<Identity> {
        let f = self.transact(p::HELLO, &[], "HELLO", 0)?;
        let id = Identity::from_bytes(&f.payload)
            .ok_or_else(|| LinkError("HELLO: the reply is not an mmfree identity (wrong device?)".into()))?;
        self.clock_hz = (id.clock_hz as u64).max(1);
        Ok(id)
    }

    /// Write words with two frames in flight.
    pub fn write(&mut self, region: u8, addr: usize, words: &[u32]) -> Result<()> {
        let frames: Vec<(usize, Vec<u8>)> = words
            .chunks(p::MAX_WORDS)
            .enumerate()
            .map(|(i, c)| {
                let a = addr + i * p::MAX_WORDS;
                let mut pl = vec![region];
                pl.extend((a as u32).to_le_bytes());
                pl.extend(c.iter().flat_map(|w| w.to_le_bytes()));
                (a, pl)
            })
            .collect();
        const WINDOW: usize = 2;
        let mut inflight: VecDeque<(u8, usize, u32, Instant)> = VecDeque::new(); // seq, index, attempts, deadline
        let mut next = 0usize;
        while next < frames.len() || !inflight.is_empty() {
            while inflight.len() < WINDOW && next < frames.len() {
                let seq = self.next_seq();
                self.send_frame(p::WRITE, seq, &frames[next].1)?;
                inflight.push_back((seq, next, 0, Instant::now() + self.timeout));
                next += 1;
            }
            let deadline = inflight.front().map(|x| x.3).unwrap();
            match self.next_frame(deadline)? {
                Some(f) => {
                    if let Some(pos) = inflight.iter().position(|x| x.0 == f.seq) {
                        if f.typ == p::WRITE | p::REPLY {
                            inflight.remove(pos);
                            continue;
                        }
                        if f.typ == p::NAK {
                            self.stats.naks += 1;
                            match f.payload.first().and_then(|&r| Nak::from_u8(r)) {
                                Some(Nak::Crc) | Some(Nak::TooLong) | None => {}
                                Some(r) => {
                                    return Err(LinkError(format!(
                                        "WRITE region {region} at {}: refused ({r:?})",
                                        frames[inflight[pos].1].0
                                    ))
                                    .into())
                                }
                            }
                        }
                    } else if f.typ == p::NAK && f.seq == 0 {
                        self.stats.naks += 1; // a damaged frame: the timeout will resend it
                    }
                }
                None => {
                    // The oldest frame timed out: resend everything in flight, in order.
                    self.stats.timeouts += 1;
                    let pending: Vec<_> = inflight.drain(..).collect();
                    for (_, idx, attempts, _) in pending {
                        if attempts >= self.max_retries {
                            return Err(LinkError(format!(
                                "WRITE region {region} at {}: no acknowledgement after {} attempts",
                                frames[idx].0,
                                attempts + 1
                            ))
                            .into());
                        }
                        self.stats.retries += 1;
                        let seq = self.next_seq();
                        self.send_frame(p::WRITE, seq, &frames[idx].1)?;
                        inflight.push_back((seq, idx, attempts + 1, Instant::now() + self.timeout));
                    }
                }
            }
        }
        Ok(())
    }

    pub fn read(&mut self, region: u8, addr: usize, count: usize) -> Result<Vec<u32>> {
        let mut out = Vec::with_capacity(count);
        for start in (0..count).step_by(p::MAX_WORDS) {
            let n = (count - start).min(p::MAX_WORDS);
            let mut pl = vec![region];
            pl.extend(((addr + start) as u32).to_le_bytes());
            pl.extend((n as u16).to_le_bytes());
            let f = self.transact(p::READ, &pl, "READ", 16 * n as u64)?;
            if f.payload.len() != 4 * n {
                bail!(LinkError(format!("READ: {} bytes for {n} words", f.payload.len())));
            }
            out.extend(f.payload.chunks(4).map(|c| u32::from_le_bytes(c.try_into().unwrap())));
        }
        Ok(out)
    }

    pub fn checksum(&mut self, region: u8, addr: usize, count: usize) -> Result<u32> {
        let mut pl = vec![region];
        pl.extend((addr as u32).to_le_bytes());
        pl.extend((count as u32).to_le_bytes());
        let f = self.transact(p::CHECKSUM, &pl, "CHECKSUM", 40 * count as u64)?;
        let b: [u8; 4] = f.payload.as_slice().try_into().map_err(|_| LinkError("CHECKSUM: malformed reply".into()))?;
        Ok(u32::from_le_bytes(b))
    }

    pub fn step(&mut self, token: usize) -> Result<StepReply> {
        let f = self.transact(p::STEP, &(token as u16).to_le_bytes(), "STEP", STEP_BUDGET_CYCLES)?;
        let pl = &f.payload;
        if pl.len() != 10 {
            bail!(LinkError("STEP: malformed reply".into()));
        }
        Ok(StepReply {
            token: u16::from_le_bytes([pl[0], pl[1]]) as usize,
            cycles: u32::from_le_bytes(pl[2..6].try_into().unwrap()),
            scale: Scale {
                mant: u16::from_le_bytes([pl[6], pl[7]]) as u32,
                exp: i16::from_le_bytes([pl[8], pl[9]]) as i32,
            },
        })
    }
}

/// Cycles budgeted for one token (well above any bundled model's ~30K).
pub const STEP_BUDGET_CYCLES: u64 = 2_000_000;

/// The words of each region of a compiled image, for upload and verification.
pub fn image_regions(
    hw: &mmfree_hdl::hwconfig::HwConfig,
    img: &crate::program::Image,
) -> Vec<(u8, usize, Vec<u32>, &'static str)> {
    use mmfree_hdl::protocol::region;
    let lay = hw.layout();
    vec![
        (region::PROG_LO, 0, img.program.iter().map(|&i| i as u32).collect(), "program (low halves)"),
        (region::PROG_HI, 0, img.program.iter().map(|&i| (i >> 32) as u32).collect(), "program (high halves)"),
        (region::B, lay.params_start as usize, img.params.iter().map(|&x| x as u16 as u32).collect(), "parameters"),
        (region::W, 0, img.weights.chunks(4).map(|c| u32::from_le_bytes(c.try_into().unwrap())).collect(), "weights"),
    ]
}

/// CRC-32 of words as the board computes it (their little-endian bytes).
pub fn words_crc(words: &[u32]) -> u32 {
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    p::crc32(&bytes)
}

/// A board ready to generate: identity checked, image uploaded (or already there) and
/// verified. Returns whether an upload was needed.
pub fn prepare<T: Transport>(
    s: &mut Session<T>,
    hw: &mmfree_hdl::hwconfig::HwConfig,
    img: &crate::program::Image,
    progress: &dyn Fn(usize, usize),
) -> Result<bool> {
    let id = s.hello()?;
    let want = Identity::of(hw);
    if id.hw_hash != want.hw_hash {
        bail!(LinkError(format!(
            "the board is built for another model or configuration: board hw hash {:08x} (H {} L {} I {} V {}, {} lanes), model needs {:08x} (H {} L {} I {} V {}, {} lanes)",
            id.hw_hash, id.hidden, id.layers, id.intermediate, id.vocab, id.lanes, want.hw_hash, want.hidden, want.layers, want.intermediate, want.vocab, want.lanes
        )));
    }
    let regions = image_regions(hw, img);
    let mut held = true;
    for (r, a, w, _) in &regions {
        if s.checksum(*r, *a, w.len())? != words_crc(w) {
            held = false;
            break;
        }
    }
    if held {
        return Ok(false);
    }
    let total: usize = regions.iter().map(|x| x.2.len()).sum();
    let mut done = 0;
    for (r, a, w, _) in &regions {
        for chunk in w.chunks(4096).enumerate() {
            s.write(*r, a + chunk.0 * 4096, chunk.1)?;
            done += chunk.1.len();
            progress(done, total);
        }
    }
    for (r, a, w, name) in &regions {
        let got = s.checksum(*r, *a, w.len()).context("verifying the upload")?;
        if got != words_crc(w) {
            bail!(VerifyError(format!(
                "the board's {name} do not match what was sent (CRC {got:08x}, expected {:08x})",
                words_crc(w)
            )));
        }
    }
    Ok(true)
}

/// Zero every layer's recurrent state.
pub fn reset_state<T: Transport>(s: &mut Session<T>, hw: &mmfree_hdl::hwconfig::HwConfig) -> Result<()> {
    let lay = hw.layout();
    for l in &lay.layers {
        s.write(mmfree_hdl::protocol::region::A, l.h as usize, &vec![0; lay.dims.hidden])?;
    }
    Ok(())
}
