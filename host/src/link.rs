//! The host side of the link protocol (`mmfree_hdl::protocol`): a session over any byte
//! transport. Writes go out in frames of up to MAX_WORDS (120) words with WRITE_WINDOW frames in
//! flight (the board buffers one frame while executing another, and executes a WRITE much
//! faster than the next frame arrives), each retried on NAK or timeout; every region is verified by the board's CRC-32 after upload; a STEP
//! whose reply is lost is resent with the same seq, which the board answers from its
//! stored result without running the token twice.
//!
//! Wire constraints, from the baud rate: a full WRITE frame is about 270 bytes, 10 bits
//! each; the reply timeout is four frame times plus a fixed margin for USB latency.

use crate::error::{LinkError, VerifyError};
use anyhow::{bail, ensure, Context, Result};
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
    /// Frames from the board that arrived damaged.
    pub damaged_replies: u64,
    /// WRITE frames the board refused (Length, Range) although they were well formed.
    pub refusals: u64,
    /// Regions sent again because they did not verify.
    pub reuploads: u64,
}

pub struct Session<T: Transport> {
    pub t: T,
    dec: Decoder,
    rx: VecDeque<Frame>,
    seq: u8,
    pub timeout: Duration,
    /// Attempts after the first for HELLO: the first contact, so a port that is not a
    /// board (or a board that is off) is found out after 13 attempts.
    pub max_retries: u32,
    /// Failed attempts in a row allowed for any other request or frame, once the board has
    /// answered. Data frames are long, so on a noisy line (1% of bytes damaged) even the
    /// smallest fail about half the time; 30 in a row happens once in 10^9 while the line
    /// works, and only a dead line gets there. Short requests need it too: at 1% damaged,
    /// 1% dropped, 1% duplicated bytes and 1% lost frames a STEP and its reply fail two
    /// attempts in three, so 13 attempts all failed once in 200 STEPs (the soak, session 12).
    pub max_data_retries: u32,
    pub stats: Stats,
    /// The board's clock (from HELLO), to budget time for long requests.
    pub clock_hz: u64,
    /// Words per WRITE frame now (adapts to the line's error rate).
    pub chunk: usize,
    ok_streak: u32,
    /// Margin on the board's own time for a request (see BOARD_TIME_MARGIN).
    pub board_time_margin: f64,
    /// Cycles of the last token (budgets the next STEP's timeout).
    last_step_cycles: Option<u64>,
    /// Smoothed round trip of short requests and its deviation, in seconds (RFC 6298).
    rtt: Option<(f64, f64)>,
    /// The decoder saw a damaged frame since this was last cleared.
    damage: bool,
    /// Timeouts in a row: each doubles the reply timeout (RFC 6298 back-off), so a board
    /// that became slower than its measured round trip is waited for, up to `timeout`.
    backoff: u32,
    /// Requests refused in a row (Length, Range, Type).
    refused_in_a_row: u32,
    /// Seconds per cycle of the board's work, measured (`work_sample`).
    work_rate: Option<f64>,
    /// The line's baud rate (the board sends a reply at it: `reply_cycles`).
    baud: u64,
    /// Tokens per GENERATE request now (`gen_tokens()`; adapts to the line like `chunk`).
    gen_tokens: usize,
    gen_streak: u32,
}

/// Margin on the board's own time for a request: covers USB latency and simulated boards,
/// which run 10-100x slower than the real clock.
pub const BOARD_TIME_MARGIN: f64 = 100.0;

/// WRITE frames in flight. The board takes a frame while it receives the next one, and
/// executes a WRITE in about one cycle per byte, far less than the frame's time on the
/// line, so the line stays busy as long as the window covers the round trip: USB-serial
/// bridges hold small replies up to 16 ms (the FTDI latency timer), 1.6 KB at 1 Mbaud;
/// eight full frames are 3.9 KB.
pub const WRITE_WINDOW: usize = 8;

/// Tokens in a session's first GENERATE. A request cannot shrink once sent (the board
/// has run its steps and replays the same reply), so it starts at a size whose reply
/// (69 bytes of payload) gets through a line that damages 1% and drops 0.5% of the
/// bytes about one attempt in four: 31 attempts all fail once in 25,000 requests. At
/// MAX_GEN (261 bytes) two in three requests would fail on that line.
pub const GEN_TOKENS_START: usize = 32;

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
            max_retries: 12,
            max_data_retries: 30,
            stats: Stats::default(),
            clock_hz: 12_000_000,
            chunk: p::MAX_WORDS,
            ok_streak: 0,
            board_time_margin: BOARD_TIME_MARGIN,
            last_step_cycles: None,
            rtt: None,
            damage: false,
            backoff: 0,
            refused_in_a_row: 0,
            work_rate: None,
            baud: baud.max(1),
            gen_tokens: GEN_TOKENS_START,
            gen_streak: 0,
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

    /// The next decoded frame, or None at the deadline, or None as soon as a damaged frame
    /// arrives (then `damage` is set): a reply was lost, no need to wait for the deadline.
    fn next_frame(&mut self, deadline: Instant) -> Result<Option<Frame>> {
        loop {
            if let Some(f) = self.rx.pop_front() {
                return Ok(Some(f));
            }
            if self.damage {
                return Ok(None);
            }
            let now = Instant::now();
            if now >= deadline {
                return Ok(None);
            }
            let mut buf = [0u8; 4096];
            let n = self.t.recv(&mut buf, deadline - now)?;
            for &b in &buf[..n] {
                match self.dec.push(b) {
                    Some(Decoded::Frame(f)) => self.rx.push_back(f),
                    Some(Decoded::Corrupt) | Some(Decoded::TooLong) => {
                        self.stats.damaged_replies += 1;
                        self.damage = true;
                    }
                    None => {}
                }
            }
        }
    }

    /// How long to wait for the reply to a short request: the measured round trip with
    /// margin (RFC 6298: srtt + 4 rttvar, at least twice srtt), never more than `timeout`.
    fn reply_timeout(&self) -> Duration {
        match self.rtt {
            Some((srtt, var)) => Duration::from_secs_f64(
                ((srtt + 4.0 * var).max(2.0 * srtt) + 0.005) * (1u64 << self.backoff.min(16)) as f64,
            )
            .min(self.timeout),
            None => self.timeout,
        }
    }

    /// How long to wait for `board_cycles` of the board's work: four times the slowest
    /// rate measured (doubled per timeout in a row, like `reply_timeout`), never more than
    /// `board_time_margin` times the board's clock. A simulated board runs 5-100x slower
    /// than its clock, a real one at it: the measured rate keeps a lost reply from costing
    /// the margin's worst case (17 s for 32 tokens on the simulated iCEBreaker).
    fn work_timeout(&self, board_cycles: u64) -> Duration {
        let worst = board_cycles as f64 * self.board_time_margin / self.clock_hz as f64;
        let t = match self.work_rate {
            Some(r) => (4.0 * board_cycles as f64 * r * (1u64 << self.backoff.min(16)) as f64).min(worst),
            None => worst,
        };
        Duration::from_secs_f64(t)
    }

    /// Board cycles to send a reply with `payload` bytes (and the frame's 8 more: type,
    /// seq, CRC-32 and two ENDs; 10 bits a byte at `baud`): part of the board's time for a
    /// request, which on a simulated board runs at its measured rate.
    fn reply_cycles(&self, payload: usize) -> u64 {
        (payload as u64 + 8) * 10 * self.clock_hz / self.baud
    }

    /// Board cycles of a WRITE frame of `words` on the line: its bytes in (region,
    /// address, the words, and the frame's 8) and its empty acknowledgement out.
    fn write_cycles(&self, words: usize) -> u64 {
        self.reply_cycles(5 + 4 * words) + self.reply_cycles(0)
    }

    /// A first reply to `cycles` of work came `elapsed` seconds after its request (less
    /// the round trip measured on short requests).
    fn work_sample(&mut self, elapsed: f64, cycles: u64) {
        let line = self.rtt.map_or(0.0, |(srtt, _)| srtt);
        self.rate_sample((elapsed - line).max(0.0), cycles);
    }

    /// `elapsed` seconds for `cycles` of the board's time: the rate rises at once to a
    /// slower sample and falls slowly (by an eighth) to a faster one.
    fn rate_sample(&mut self, elapsed: f64, cycles: u64) {
        if cycles == 0 {
            return;
        }
        let r = elapsed / cycles as f64;
        self.work_rate = Some(match self.work_rate {
            Some(old) if old > r => 0.875 * old + 0.125 * r,
            _ => r,
        });
    }

    /// A request or frame had to be sent again: the line loses frames now, so the next
    /// GENERATE asks for half as many tokens (a request cannot shrink once sent, and a
    /// short reply survives more often). Any request counts, so the first GENERATE after
    /// a noisy upload or a prompt's STEPs is already small.
    fn lost(&mut self) {
        self.gen_tokens = (self.gen_tokens / 2).max(4);
        self.gen_streak = 0;
    }

    /// A WRITE or READ frame got through: after 32 in a row, frames of twice the words.
    fn frame_ok(&mut self) {
        self.ok_streak += 1;
        if self.ok_streak >= 32 && self.chunk < p::MAX_WORDS {
            self.chunk = (self.chunk * 2).min(p::MAX_WORDS);
            self.ok_streak = 0;
        }
    }

    /// A WRITE or READ frame was lost: frames of half the words (at least 4) from now,
    /// and a smaller next GENERATE (`lost`).
    fn frame_lost(&mut self) {
        self.ok_streak = 0;
        self.chunk = (self.chunk / 2).max(4);
        self.lost();
    }

    fn rtt_sample(&mut self, r: f64) {
        self.rtt = Some(match self.rtt {
            None => (r, r / 2.0),
            Some((srtt, var)) => (0.875 * srtt + 0.125 * r, 0.75 * var + 0.25 * (srtt - r).abs()),
        });
    }

    /// Send a request once and wait for its reply (matched by seq); `None` when the
    /// reply did not come in time or the request was damaged on the way. `board_cycles`
    /// is the work the request costs the board, added to the timeout.
    fn attempt(&mut self, typ: u8, seq: u8, payload: &[u8], what: &str, board_cycles: u64) -> Result<Option<Frame>> {
        let timeout = self.reply_timeout() + self.work_timeout(board_cycles);
        self.damage = false;
        self.send_frame(typ, seq, payload)?;
        let sent = Instant::now();
        let deadline = sent + timeout;
        while let Some(f) = self.next_frame(deadline)? {
            if f.seq != seq && !(f.typ == p::NAK && f.seq == 0) {
                continue; // a late reply to an earlier request
            }
            if f.typ == p::NAK {
                self.stats.naks += 1;
                match f.payload.first().and_then(|&r| Nak::from_u8(r)) {
                    Some(Nak::Crc) | Some(Nak::TooLong) | None => return Ok(None), // damaged in transit
                    Some(Nak::Fault) => {
                        return Err(
                            LinkError(format!("{what}: the board refused the request ({:?})", Nak::Fault)).into()
                        )
                    }
                    // A well-formed request refused: damage that passed the CRC (one in
                    // 4e9 with CRC-32), unless it keeps happening.
                    Some(r) => {
                        self.stats.refusals += 1;
                        self.refused_in_a_row += 1;
                        if self.refused_in_a_row >= 3 {
                            return Err(LinkError(format!("{what}: the board refused the request ({r:?})")).into());
                        }
                        return Ok(None);
                    }
                }
            }
            let well_formed = match typ {
                p::STEP => f.payload.len() == 11,
                p::GENERATE => f.payload.len() == 5 + 2 * u16::from_le_bytes([payload[2], payload[3]]) as usize,
                p::CHECKSUM => f.payload.len() == 4,
                _ => true,
            };
            if f.typ == typ | p::REPLY && !well_formed {
                self.stats.damaged_replies += 1;
                return Ok(None);
            }
            if f.typ == typ | p::REPLY {
                self.refused_in_a_row = 0;
                if typ == p::HELLO || typ == p::READ {
                    self.rtt_sample(sent.elapsed().as_secs_f64());
                }
                self.backoff = 0;
                return Ok(Some(f));
            }
        }
        if !std::mem::take(&mut self.damage) {
            self.stats.timeouts += 1;
            self.backoff += 1;
        }
        Ok(None)
    }

    /// One request, one reply, retried with the same seq (so a STEP is never run twice).
    /// HELLO has `max_retries`, the rest `max_data_retries`: a 32-token GENERATE reply
    /// (69 bytes of payload) is lost three attempts in four at 1% damaged and 0.5%
    /// dropped bytes each way, and 13 attempts failed together once in 40 requests (CI).
    fn transact(&mut self, typ: u8, payload: &[u8], what: &str, board_cycles: u64) -> Result<Frame> {
        self.transact_timed(typ, payload, what, board_cycles).map(|x| x.0)
    }

    /// `transact`, with the seconds from sending to the reply when the first attempt got
    /// it (a repeat's reply is replayed at once, so only a first one times the board).
    fn transact_timed(
        &mut self,
        typ: u8,
        payload: &[u8],
        what: &str,
        board_cycles: u64,
    ) -> Result<(Frame, Option<f64>)> {
        let seq = self.next_seq();
        let retries = if typ == p::HELLO { self.max_retries } else { self.max_data_retries };
        for attempt in 0..=retries {
            if attempt > 0 {
                self.stats.retries += 1;
                self.lost();
            }
            let t0 = Instant::now();
            if let Some(f) = self.attempt(typ, seq, payload, what, board_cycles)? {
                return Ok((f, (attempt == 0).then(|| t0.elapsed().as_secs_f64())));
            }
        }
        Err(LinkError(format!(
            "{what}: no valid reply after {} attempts (is the board connected and running mmfree?)",
            retries + 1
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

    /// Write words (see `write_progress`).
    pub fn write(&mut self, region: u8, addr: usize, words: &[u32]) -> Result<()> {
        self.write_progress(region, addr, words, &mut |_| {})
    }

    /// Write words with up to WRITE_WINDOW frames in flight; `progress` gets the number of
    /// words acknowledged so far. Frames start at MAX_WORDS words; a failed frame (timeout or CRC
    /// NAK) halves the frame size down to 4 words, since long frames rarely survive a noisy
    /// line, and 32 successes in a row double it again. In region `B_PAIRS` a word is two
    /// entries of bank B and `addr` counts entries.
    pub fn write_progress(
        &mut self,
        region: u8,
        addr: usize,
        words: &[u32],
        progress: &mut dyn FnMut(usize),
    ) -> Result<()> {
        let per_word = if region == p::region::B_PAIRS { 2 } else { 1 };
        let mut acked = 0;
        // Ranges still to send: (start, len, attempts so far).
        let mut todo: VecDeque<(usize, usize, u32)> = VecDeque::from([(0, words.len(), 0)]);
        let mut inflight: VecDeque<(u8, usize, usize, u32)> = VecDeque::new();
        // Replies come in order, one frame time apart: the oldest frame in flight is late
        // when nothing has been acknowledged for `timeout` since it was sent.
        let mut last_progress = Instant::now();
        while !todo.is_empty() || !inflight.is_empty() {
            while inflight.len() < WRITE_WINDOW {
                let Some((start, len, attempts)) = todo.pop_front() else { break };
                let n = len.min(self.chunk);
                if n < len {
                    todo.push_front((start + n, len - n, attempts));
                }
                let mut pl = vec![region];
                pl.extend(((addr + per_word * start) as u32).to_le_bytes());
                pl.extend(words[start..start + n].iter().flat_map(|w| w.to_le_bytes()));
                let seq = self.next_seq();
                if inflight.is_empty() {
                    last_progress = Instant::now();
                }
                self.send_frame(p::WRITE, seq, &pl)?;
                inflight.push_back((seq, start, n, attempts));
            }
            // The oldest frame's own time on the line (its bytes in, the acknowledgement out)
            // is board time: a simulated board's line runs as slowly as its simulation
            // (the ULX3S-85F's SoC under Verilator: ~100x, 0.5 s for a full frame at
            // 1 Mbaud, beyond `timeout`).
            let oldest = inflight.front().map_or(0, |x| x.2);
            let deadline = last_progress + self.timeout + self.work_timeout(self.write_cycles(oldest));
            // What to resend, as (frames from the oldest, whether each failed on its own). The
            // board answers in order, so a damaged frame (NAK) is the oldest one not yet
            // answered, and frames older than an answered one were lost; after a timeout,
            // everything in flight goes again, charged to the oldest.
            let mut resend: Option<(usize, bool)> = None;
            match self.next_frame(deadline)? {
                Some(f) => match inflight.iter().position(|x| x.0 == f.seq) {
                    Some(pos) if f.typ == p::WRITE | p::REPLY => {
                        // Frames sent before this one and not answered were lost (damaged,
                        // or dropped because they arrived while the board was busy); left in
                        // flight they would wait while later frames keep the link alive,
                        // until their 8-bit seq came round again.
                        let (_, _, n, _) = inflight.remove(pos).unwrap();
                        if pos > 0 {
                            resend = Some((pos, true));
                        } else {
                            // Acknowledgements come a frame's line time apart while the
                            // window is full (the round trip is not subtracted: the first
                            // one's gap includes it): the board's pace.
                            let gap = last_progress.elapsed().as_secs_f64();
                            self.rate_sample(gap, self.write_cycles(n));
                        }
                        acked += n;
                        progress(acked);
                        last_progress = Instant::now();
                        self.frame_ok();
                    }
                    Some(pos) if f.typ == p::NAK => {
                        self.stats.naks += 1;
                        match f.payload.first().and_then(|&r| Nak::from_u8(r)) {
                            Some(Nak::Crc) | Some(Nak::TooLong) | None => resend = Some((1, true)),
                            // A well-formed frame refused: the board saw something else than
                            // what was sent (damage that passed the frame CRC: common with the
                            // CRC-16 of protocol version 2, one in 4e9 with CRC-32): treated
                            // as damage, an error only when it keeps happening. The CRC-32
                            // verification after the upload guarantees the contents.
                            Some(r) if inflight[pos].3 >= self.max_data_retries => {
                                let at = addr + per_word * inflight[pos].1;
                                return Err(LinkError(format!("WRITE region {region} at {at}: refused ({r:?})")).into());
                            }
                            Some(_) => {
                                self.stats.refusals += 1;
                                let x = inflight.remove(pos).unwrap();
                                inflight.push_front(x);
                                resend = Some((1, true));
                            }
                        }
                    }
                    _ => {
                        if f.typ == p::NAK {
                            self.stats.naks += 1;
                            resend = Some((1, true)); // a damaged frame (seq unreadable)
                        }
                    }
                },
                None if std::mem::take(&mut self.damage) => resend = Some((1, true)), // a reply was damaged
                None => {
                    self.stats.timeouts += 1;
                    resend = Some((inflight.len(), false));
                }
            }
            if let Some((k, each)) = resend {
                // Resend in smaller frames. After a timeout the attempt counts against the
                // oldest frame only (the others go again because of it).
                self.frame_lost();
                let k = k.min(inflight.len());
                for (i, (_, start, n, attempts)) in
                    inflight.drain(..k).enumerate().collect::<Vec<_>>().into_iter().rev()
                {
                    let attempts = if each || i == 0 { attempts + 1 } else { attempts };
                    if attempts > self.max_data_retries {
                        return Err(LinkError(format!(
                            "WRITE region {region} at {}: no acknowledgement after {attempts} attempts",
                            addr + per_word * start,
                        ))
                        .into());
                    }
                    self.stats.retries += 1;
                    todo.push_front((start, n, attempts));
                }
                if inflight.is_empty() {
                    last_progress = Instant::now();
                }
            }
        }
        Ok(())
    }

    /// Read words in frames that shrink on a noisy line like WRITE frames do.
    pub fn read(&mut self, region: u8, addr: usize, count: usize) -> Result<Vec<u32>> {
        let mut out = Vec::with_capacity(count);
        let mut failures = 0;
        while out.len() < count {
            let n = (count - out.len()).min(self.chunk);
            let mut pl = vec![region];
            pl.extend(((addr + out.len()) as u32).to_le_bytes());
            pl.extend((n as u16).to_le_bytes());
            let seq = self.next_seq();
            let work = 16 * n as u64 + self.reply_cycles(4 * n);
            match self.attempt(p::READ, seq, &pl, "READ", work)? {
                Some(f) if f.payload.len() == 4 * n => {
                    out.extend(f.payload.chunks(4).map(|c| u32::from_le_bytes(c.try_into().unwrap())));
                    failures = 0;
                    self.frame_ok();
                }
                // A reply of the wrong length (damage that passed the CRC): try again.
                Some(_) | None => {
                    failures += 1;
                    self.stats.retries += 1;
                    self.frame_lost();
                    if failures > self.max_data_retries {
                        bail!(LinkError(format!("READ region {region}: no valid reply after {failures} attempts")));
                    }
                }
            }
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

    /// Board cycles budgeted for one token: STEP_BUDGET_CYCLES until a token has been
    /// measured, then twice the last one.
    fn step_budget(&self) -> u64 {
        self.last_step_cycles.map_or(STEP_BUDGET_CYCLES, |c| 2 * c + 10_000)
    }

    /// Cycles per token the board reported last (STEP, or GENERATE's average).
    pub fn cycles_per_token(&self) -> Option<u64> {
        self.last_step_cycles
    }

    pub fn step(&mut self, token: usize) -> Result<StepReply> {
        let budget = self.step_budget();
        let (f, first) = self.transact_timed(p::STEP, &(token as u16).to_le_bytes(), "STEP", budget)?;
        let pl = &f.payload;
        if pl.len() != 11 {
            bail!(LinkError("STEP: malformed reply".into()));
        }
        if pl[10] & p::RESULT_RESET != 0 {
            bail!(reset_error());
        }
        let cycles = u32::from_le_bytes(pl[2..6].try_into().unwrap());
        self.last_step_cycles = Some(cycles as u64);
        if let Some(t) = first {
            self.work_sample(t, cycles as u64);
        }
        Ok(StepReply {
            token: u16::from_le_bytes([pl[0], pl[1]]) as usize,
            cycles,
            scale: Scale {
                mant: u16::from_le_bytes([pl[6], pl[7]]) as u32,
                exp: i16::from_le_bytes([pl[8], pl[9]]) as i32,
            },
        })
    }

    /// Most tokens to ask of one GENERATE now: GEN_TOKENS_START at first, doubled (up to
    /// MAX_GEN) after four clean GENERATEs in a row, halved (down to 4) at every retry of
    /// any request or frame (`lost`).
    pub fn gen_tokens(&self) -> usize {
        self.gen_tokens
    }

    /// `n` greedy tokens from `token` (any n): GENERATE requests of `gen_tokens()` each,
    /// each fed the last token of the one before.
    pub fn generate_all(&mut self, token: usize, n: usize) -> Result<Vec<usize>> {
        let mut out = Vec::with_capacity(n);
        let mut t = token;
        while out.len() < n {
            let k = (n - out.len()).min(self.gen_tokens);
            let r = self.generate(t, k)?;
            t = *r.tokens.last().expect("k >= 1 tokens");
            out.extend(r.tokens);
        }
        Ok(out)
    }

    /// Greedy generation on the board: step `token`, then feed each argmax back, `n`
    /// steps (1..=MAX_GEN); the board's tokens come back (the last one not yet stepped).
    pub fn generate(&mut self, token: usize, n: usize) -> Result<GenerateReply> {
        ensure!((1..=p::MAX_GEN).contains(&n), "GENERATE: n must be 1..={}, got {n}", p::MAX_GEN);
        let pl = [(token as u16).to_le_bytes(), (n as u16).to_le_bytes()].concat();
        let work = self.step_budget() * n as u64 + self.reply_cycles(5 + 2 * n);
        let (f, first) = self.transact_timed(p::GENERATE, &pl, "GENERATE", work)?;
        // More tokens a request after clean ones (fewer after any lost frame: `lost`).
        if first.is_some() {
            self.gen_streak += 1;
            if self.gen_streak >= 4 {
                self.gen_tokens = (self.gen_tokens * 2).min(p::MAX_GEN);
                self.gen_streak = 0;
            }
        }
        let pl = &f.payload;
        if pl[4] & p::RESULT_RESET != 0 {
            bail!(reset_error());
        }
        let cycles = u32::from_le_bytes(pl[0..4].try_into().unwrap());
        self.last_step_cycles = Some(cycles as u64 / n as u64);
        if let Some(t) = first {
            self.work_sample(t, cycles as u64);
        }
        Ok(GenerateReply {
            tokens: pl[5..].chunks(2).map(|c| u16::from_le_bytes([c[0], c[1]]) as usize).collect(),
            cycles,
        })
    }
}

/// A RESULT or GENERATED with `RESULT_RESET`: the board lost its memories after the upload.
fn reset_error() -> LinkError {
    LinkError(
        "the board was reset (power or button) after the model was verified: its memories are blank, \
         so its tokens are not used; run the command again to upload the model"
            .into(),
    )
}

/// What GENERATE returns: the board's greedy tokens and the cycles all of them took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenerateReply {
    pub tokens: Vec<usize>,
    pub cycles: u32,
}

/// Cycles budgeted for the first token (well above any bundled model's ~30K); later
/// tokens are budgeted twice the last one's measured cycles.
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

/// A board ready to generate: identity checked, recurrent state zeroed, image uploaded
/// (or already there), all of it verified. Returns whether an upload was needed.
pub fn prepare<T: Transport>(
    s: &mut Session<T>,
    hw: &mmfree_hdl::hwconfig::HwConfig,
    img: &crate::program::Image,
    progress: &dyn Fn(usize, usize),
) -> Result<bool> {
    use mmfree_hdl::protocol::region;
    let id = s.hello()?;
    let want = Identity::of(hw);
    if id.hw_hash != want.hw_hash {
        bail!(LinkError(format!(
            "the board is built for another model or configuration: board hw hash {:08x} (H {} L {} I {} V {}, {} lanes), model needs {:08x} (H {} L {} I {} V {}, {} lanes)",
            id.hw_hash, id.hidden, id.layers, id.intermediate, id.vocab, id.lanes, want.hw_hash, want.hidden, want.layers, want.intermediate, want.vocab, want.lanes
        )));
    }
    // The recurrent state is zeroed first and checked with the model, so the last
    // CHECKSUM of this function comes after every write: a board reset after it shows up
    // in every later STEP's RESULT flag (see `protocol::RESULT_RESET`).
    let lay = hw.layout();
    let mut regions = image_regions(hw, img);
    let image_count = regions.len();
    for l in &lay.layers {
        regions.push((region::A, l.h as usize, vec![0; lay.dims.hidden], "recurrent state"));
        s.write(region::A, l.h as usize, &regions.last().unwrap().2)?;
    }
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
    // Upload every region, then verify each by CHECKSUM. A region that does not verify (a
    // board reset mid-upload blanks what was already written) is sent again, twice at most.
    // (The state was written just above; it is sent again only if it fails to verify.)
    let mut todo: Vec<usize> = (0..image_count).collect();
    for round in 0..3 {
        let mut done = 0;
        let total: usize = todo.iter().map(|&i| regions[i].2.len()).sum();
        for &i in &todo {
            let (r, a, w, _) = &regions[i];
            if *r == region::B {
                // 16-bit entries go two to a word; an odd last entry goes alone.
                let pairs: Vec<u32> = w.chunks_exact(2).map(|c| c[0] & 0xffff | c[1] << 16).collect();
                s.write_progress(region::B_PAIRS, *a, &pairs, &mut |n| progress(done + 2 * n, total))?;
                if w.len() % 2 == 1 {
                    s.write(region::B, a + w.len() - 1, &w[w.len() - 1..])?;
                }
            } else {
                s.write_progress(*r, *a, w, &mut |n| progress(done + n, total))?;
            }
            done += w.len();
            progress(done, total);
        }
        let mut bad = Vec::new();
        for (i, (r, a, w, name)) in regions.iter().enumerate() {
            let got = s.checksum(*r, *a, w.len()).context("verifying the upload")?;
            if got != words_crc(w) {
                bad.push((i, *name, got, words_crc(w)));
            }
        }
        if bad.is_empty() {
            return Ok(true);
        }
        if round == 2 {
            let (_, name, got, want) = bad[0];
            bail!(VerifyError(format!(
                "the board's {name} do not match what was sent (CRC {got:08x}, expected {want:08x}) after 3 uploads"
            )));
        }
        s.stats.reuploads += 1;
        todo = bad.iter().map(|x| x.0).collect();
    }
    unreachable!()
}

/// The board's logic in rust-hdl, in process, as a transport (`--backend rust-hdl`).
/// Timeouts are counted in the board's simulated time at its clock, so a slow simulation
/// is never mistaken for a silent board.
pub struct RustHdlBoard {
    pub soc: mmfree_sim::RustHdlSoc,
    clock_hz: u64,
    out: VecDeque<u8>,
}

impl RustHdlBoard {
    pub fn new(hw: &mmfree_hdl::hwconfig::HwConfig) -> Result<RustHdlBoard> {
        Ok(RustHdlBoard { soc: mmfree_sim::RustHdlSoc::new(hw)?, clock_hz: hw.clock_hz, out: VecDeque::new() })
    }
}

impl Transport for RustHdlBoard {
    fn send(&mut self, bytes: &[u8]) -> Result<()> {
        self.soc.send(bytes);
        Ok(())
    }
    fn recv(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize> {
        if self.out.is_empty() {
            let budget = (timeout.as_secs_f64() * self.clock_hz as f64) as u64 + 1;
            self.out.extend(self.soc.run(buf.len(), budget)?);
        }
        let n = buf.len().min(self.out.len());
        for b in buf.iter_mut().take(n) {
            *b = self.out.pop_front().unwrap();
        }
        Ok(n)
    }
}
