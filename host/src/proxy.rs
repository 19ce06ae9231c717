//! Fault injection on the link: `Injector` damages a byte stream at seeded rates (used by
//! the in-process link tests), and `mmfree link-proxy` puts one in each direction between a
//! board's serial port (real, or `mmfree board-sim`) and a new pseudo-terminal that the
//! host opens instead, so `mmfree generate --backend serial` can be tried on a bad line.
//!
//! Faults per byte: corrupt (one random bit flipped), drop, duplicate. Per frame (a SLIP
//! frame, END to END): lose it whole. Per chunk read: delay it. Whole link: cut it (both
//! directions silently lose everything) for a while after a given byte count, and power
//! cycle a simulated board (SIGUSR1 to `board-sim`, which restarts the SoC blank).

use anyhow::{bail, Context, Result};
use mmfree_hdl::protocol::END;
use rand::{Rng, SeedableRng};
use serialport::SerialPort;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Fault rates for one direction of the link (probabilities in 0..=1).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Faults {
    /// A byte has one random bit flipped.
    pub corrupt: f64,
    /// A byte is lost.
    pub drop: f64,
    /// A byte arrives twice.
    pub dup: f64,
    /// A whole frame (from its first byte to its closing END) is lost.
    pub frame_loss: f64,
}

impl Faults {
    pub fn check(&self) -> Result<()> {
        for (name, v) in
            [("corrupt", self.corrupt), ("drop", self.drop), ("dup", self.dup), ("frame-loss", self.frame_loss)]
        {
            if !(0.0..=1.0).contains(&v) {
                bail!("--{name} must be a probability between 0 and 1, not {v}");
            }
        }
        Ok(())
    }
}

/// What an injector did (for reports).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InjectorStats {
    pub bytes_in: u64,
    pub bytes_out: u64,
    pub corrupted: u64,
    pub dropped: u64,
    pub duplicated: u64,
    pub frames_lost: u64,
}

/// Damages one direction of a byte stream at the rates of `Faults`, reproducibly for a seed.
pub struct Injector {
    pub faults: Faults,
    rng: rand_chacha::ChaCha8Rng,
    /// Inside a frame (a byte other than END has been seen since the last END).
    in_frame: bool,
    /// Losing the current frame.
    losing: bool,
    pub stats: InjectorStats,
}

impl Injector {
    pub fn new(faults: Faults, seed: u64) -> Injector {
        Injector {
            faults,
            rng: rand_chacha::ChaCha8Rng::seed_from_u64(seed),
            in_frame: false,
            losing: false,
            stats: InjectorStats::default(),
        }
    }

    /// The bytes that arrive when `bytes` are sent.
    pub fn apply(&mut self, bytes: &[u8]) -> Vec<u8> {
        let f = self.faults;
        let mut out = Vec::with_capacity(bytes.len() + 8);
        for &b in bytes {
            self.stats.bytes_in += 1;
            if b != END && !self.in_frame {
                self.in_frame = true;
                self.losing = f.frame_loss > 0.0 && self.rng.gen::<f64>() < f.frame_loss;
                self.stats.frames_lost += self.losing as u64;
            }
            if b == END {
                self.in_frame = false;
                if self.losing {
                    self.losing = false;
                    continue;
                }
            }
            if self.losing {
                continue;
            }
            if f.drop > 0.0 && self.rng.gen::<f64>() < f.drop {
                self.stats.dropped += 1;
                continue;
            }
            let mut x = b;
            if f.corrupt > 0.0 && self.rng.gen::<f64>() < f.corrupt {
                x ^= 1 << self.rng.gen_range(0..8);
                self.stats.corrupted += 1;
            }
            out.push(x);
            if f.dup > 0.0 && self.rng.gen::<f64>() < f.dup {
                out.push(x);
                self.stats.duplicated += 1;
            }
        }
        self.stats.bytes_out += out.len() as u64;
        out
    }
}

/// Options of `mmfree link-proxy`.
#[derive(Clone, Debug)]
pub struct ProxyOptions {
    /// Both directions get these rates (each its own seeded stream).
    pub faults: Faults,
    pub seed: u64,
    /// Probability that a chunk of bytes is held back `delay` before it is forwarded.
    pub delay_rate: f64,
    pub delay: Duration,
    /// Cut the link once this many bytes went to the board, for `cut_for`.
    pub cut_at: Option<u64>,
    pub cut_for: Duration,
    /// Send SIGUSR1 (power cycle) to this board-sim process once `reset_at` bytes went to
    /// the board.
    pub reset_pid: Option<u32>,
    pub reset_at: Option<u64>,
}

/// Serve `host_pty` (a new pseudo-terminal, linked at that path) and forward between it
/// and `board_port` through the injectors, until killed.
pub fn serve(board_port: &str, host_pty: &Path, o: &ProxyOptions) -> Result<()> {
    o.faults.check()?;
    if o.reset_at.is_some() != o.reset_pid.is_some() {
        bail!("--reset-at and --reset-pid go together");
    }
    let board = serialport::new(board_port, 3_000_000)
        .timeout(Duration::from_millis(5))
        .open_native()
        .with_context(|| format!("cannot open the board's port {board_port}"))?;
    let (mut master, slave) = serialport::TTYPort::pair().context("cannot create a pseudo-terminal")?;
    master.set_timeout(Duration::from_millis(5))?;
    let slave_name = slave.name().context("the pseudo-terminal has no name")?;
    let _ = std::fs::remove_file(host_pty);
    std::os::unix::fs::symlink(&slave_name, host_pty)
        .with_context(|| format!("cannot link {} to {slave_name}", host_pty.display()))?;
    eprintln!("link-proxy: {} <-> {board_port}, faults {:?} each way, seed {}", host_pty.display(), o.faults, o.seed);
    let to_board = Arc::new(AtomicU64::new(0));
    let cut = Arc::new(AtomicBool::new(false));
    let mut threads = Vec::new();
    for dir in 0..2u64 {
        let (mut src, mut dst): (Box<dyn Read + Send>, Box<dyn Write + Send>) = if dir == 0 {
            (Box::new(master.try_clone_native()?), Box::new(board.try_clone_native()?))
        } else {
            (Box::new(board.try_clone_native()?), Box::new(master.try_clone_native()?))
        };
        let mut inj = Injector::new(o.faults, o.seed.wrapping_mul(2).wrapping_add(dir));
        let mut delay_rng = rand_chacha::ChaCha8Rng::seed_from_u64(o.seed ^ 0xde1a7 ^ dir);
        let (o, to_board, cut) = (o.clone(), to_board.clone(), cut.clone());
        threads.push(std::thread::spawn(move || -> Result<()> {
            let mut buf = [0u8; 4096];
            let mut cut_until: Option<Instant> = None;
            let mut reset_done = false;
            loop {
                let n = match src.read(&mut buf) {
                    Ok(0) => continue,
                    Ok(n) => n,
                    Err(e)
                        if e.kind() == std::io::ErrorKind::TimedOut || e.kind() == std::io::ErrorKind::WouldBlock =>
                    {
                        continue
                    }
                    // The host closed its end (EIO on a pty master): wait for the next one.
                    Err(_) => {
                        std::thread::sleep(Duration::from_millis(5));
                        continue;
                    }
                };
                if dir == 0 {
                    let total = to_board.fetch_add(n as u64, Ordering::SeqCst) + n as u64;
                    if let (Some(at), None) = (o.cut_at, cut_until) {
                        if total >= at && !cut.load(Ordering::SeqCst) {
                            eprintln!("link-proxy: cutting the link for {:?} at byte {total}", o.cut_for);
                            cut.store(true, Ordering::SeqCst);
                            cut_until = Some(Instant::now() + o.cut_for);
                        }
                    }
                    if let (Some(at), Some(pid), false) = (o.reset_at, o.reset_pid, reset_done) {
                        if total >= at {
                            eprintln!("link-proxy: power-cycling the board (pid {pid}) at byte {total}");
                            let _ = std::process::Command::new("kill").args(["-USR1", &pid.to_string()]).status();
                            reset_done = true;
                        }
                    }
                }
                if let Some(t) = cut_until {
                    if Instant::now() >= t {
                        cut.store(false, Ordering::SeqCst);
                        cut_until = None;
                        eprintln!("link-proxy: link back");
                    }
                }
                if cut.load(Ordering::SeqCst) {
                    continue;
                }
                if o.delay_rate > 0.0 && delay_rng.gen::<f64>() < o.delay_rate {
                    std::thread::sleep(o.delay);
                }
                let out = inj.apply(&buf[..n]);
                if dst.write_all(&out).is_err() {
                    // Nobody on the host side yet: what was sent is lost, as on a real line.
                    std::thread::sleep(Duration::from_millis(1));
                }
            }
        }));
    }
    drop(slave);
    for t in threads {
        t.join().map_err(|_| anyhow::anyhow!("link-proxy: a forwarding thread panicked"))??;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_as_asked_and_frames_are_lost_whole() {
        let frame = mmfree_hdl::protocol::encode_frame(2, 1, &[0x55; 100]);
        let stream: Vec<u8> = (0..2000).flat_map(|_| frame.clone()).collect();
        let mut inj = Injector::new(Faults { corrupt: 0.01, drop: 0.005, dup: 0.002, frame_loss: 0.0 }, 1);
        inj.apply(&stream);
        let n = stream.len() as f64;
        let s = inj.stats;
        assert!((s.corrupted as f64 / n - 0.01).abs() < 0.002, "{s:?}");
        assert!((s.dropped as f64 / n - 0.005).abs() < 0.0015, "{s:?}");
        assert!((s.duplicated as f64 / n - 0.002).abs() < 0.001, "{s:?}");
        // Frame loss only: what arrives is whole frames, fewer of them.
        let mut inj = Injector::new(Faults { frame_loss: 0.1, ..Faults::default() }, 2);
        let out = inj.apply(&stream);
        let mut d = mmfree_hdl::protocol::Decoder::new(1024);
        let frames = out.iter().filter_map(|&b| d.push(b)).collect::<Vec<_>>();
        assert!(frames.iter().all(|f| matches!(f, mmfree_hdl::protocol::Decoded::Frame(_))));
        assert_eq!(frames.len() as u64, 2000 - inj.stats.frames_lost);
        assert!((150..250).contains(&inj.stats.frames_lost), "{:?}", inj.stats);
        // The same seed gives the same damage.
        let a = Injector::new(Faults { corrupt: 0.05, ..Faults::default() }, 3).apply(&stream);
        let b = Injector::new(Faults { corrupt: 0.05, ..Faults::default() }, 3).apply(&stream);
        assert_eq!(a, b);
        assert!(Faults { drop: 1.5, ..Faults::default() }.check().is_err());
    }
}
