//! Boards without a board.
//!
//! Two simulators of the same accelerator core, behind one host-port interface
//! ([`HostPort`]): [`RustHdlCore`] steps the rust-hdl model by hand (the reference,
//! ~10K cycles/s), and [`VerilatorCore`] runs the exported Verilog compiled by
//! Verilator (~millions of cycles/s) in a child process. [`SimBoard`] does everything
//! else (upload, state reset, steps, logits) once, for both.

pub mod board_sim;
pub mod verilator;

use anyhow::{bail, ensure, Result};
use mmfree_hdl::hwconfig::HwConfig;
use mmfree_hdl::numerics::Scale;
use mmfree_hdl::units::core::{Core, REGION_A, REGION_ACC, REGION_B, REGION_PROG_HI, REGION_PROG_LO, REGION_W};
use rust_hdl::prelude::*;

pub use verilator::VerilatorCore;

/// What one token's run reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunOut {
    pub token: usize,
    pub cycles: u64,
    pub scale: Scale,
    pub fault: bool,
}

/// The accelerator core's host port, cycle-accurate.
pub trait HostPort {
    /// Write one 32-bit word (one cycle).
    fn write(&mut self, region: u64, addr: usize, data: u32) -> Result<()>;
    /// Read one word (two cycles).
    fn read(&mut self, region: u64, addr: usize) -> Result<u32>;
    /// Start a run with `token` and wait for the end of the program.
    fn run(&mut self, token: usize) -> Result<RunOut>;
    /// Clock cycles simulated so far.
    fn cycles(&self) -> u64;
    /// Cycles of the runs so far by where the sequencer was (its state, with the
    /// opcode for STREAM and DRAIN), most first; empty where the simulator cannot see
    /// inside the core (Verilator's build has only the ports).
    fn profile(&self) -> Vec<(String, u64)> {
        Vec::new()
    }
}

/// The rust-hdl core, simulated in process.
pub struct RustHdlCore {
    core: Box<Core>,
    cycles: u64,
    /// Cycles of the runs by sequencer state and opcode (`Core::profile_point`): a
    /// counter per cycle, names only when asked (`profile`).
    profile: Box<[[u64; 16]; 16]>,
}

impl RustHdlCore {
    pub fn new(hw: &HwConfig) -> Result<RustHdlCore> {
        let mut core = Box::new(Core::new(hw));
        core.connect_all();
        core.wr_en.next = false;
        core.start.next = false;
        let mut s = RustHdlCore { core, cycles: 0, profile: Default::default() };
        s.tick()?;
        Ok(s)
    }

    fn tick(&mut self) -> Result<()> {
        self.core.clock.next = Clock { clk: false };
        ensure!(simulate(&mut *self.core, 500), "the core's logic did not settle");
        self.core.clock.next = Clock { clk: true };
        ensure!(simulate(&mut *self.core, 500), "the core's logic did not settle");
        self.cycles += 1;
        Ok(())
    }
}

impl HostPort for RustHdlCore {
    fn write(&mut self, region: u64, addr: usize, data: u32) -> Result<()> {
        ensure!(!self.core.busy.val(), "write while the core is busy");
        let c = &mut self.core;
        c.wr_en.next = true;
        c.wr_region.next = region.into();
        c.wr_addr.next = (addr as u64).into();
        c.wr_data.next = (data as u64).into();
        self.tick()?;
        self.core.wr_en.next = false;
        Ok(())
    }

    fn read(&mut self, region: u64, addr: usize) -> Result<u32> {
        let c = &mut self.core;
        c.rd_region.next = region.into();
        c.rd_addr.next = (addr as u64).into();
        // Two cycles: a W word takes two with `HwConfig::deep` (every other word one,
        // and it holds while the address does).
        self.tick()?;
        self.tick()?;
        self.core.clock.next = Clock { clk: false };
        ensure!(simulate(&mut *self.core, 500), "the core's logic did not settle");
        Ok(self.core.rd_data.val().to_u64() as u32)
    }

    fn run(&mut self, token: usize) -> Result<RunOut> {
        let c = &mut self.core;
        c.start.next = true;
        c.token_in.next = (token as u64).into();
        self.tick()?;
        self.core.start.next = false;
        let limit = self.cycles + RUN_LIMIT;
        while self.core.busy.val() {
            let (state, op) = self.core.profile_point();
            self.profile[state & 15][op as usize & 15] += 1;
            self.tick()?;
            if self.cycles > limit {
                bail!("the core did not finish a token in {RUN_LIMIT} cycles");
            }
        }
        let c = &self.core;
        Ok(RunOut {
            token: c.token_out.val().to_u64() as usize,
            cycles: c.cycles.val().to_u64(),
            scale: Scale { mant: c.s_mant.val().to_u64() as u32, exp: c.s_exp.val().to_u64() as u16 as i16 as i32 },
            fault: c.fault.val(),
        })
    }

    fn cycles(&self) -> u64 {
        self.cycles
    }

    fn profile(&self) -> Vec<(String, u64)> {
        let mut by_name = std::collections::BTreeMap::<String, u64>::new();
        for (s, row) in self.profile.iter().enumerate() {
            let state = self.core.state_name(s);
            for (op, &n) in row.iter().enumerate().filter(|x| *x.1 > 0) {
                let key = match (state, mmfree_hdl::isa::Opcode::from_u8(op as u8)) {
                    ("stream" | "drain", Some(op)) => format!("{state} {op:?}"),
                    _ => state.to_string(),
                };
                *by_name.entry(key).or_default() += n;
            }
        }
        let mut v: Vec<(String, u64)> = by_name.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }
}

/// Longest run of one token before a simulator gives up.
pub const RUN_LIMIT: u64 = 100_000_000;

/// A simulated board: a core behind its host port, with the operations the host needs.
pub struct SimBoard<P: HostPort> {
    pub port: P,
    pub hw: HwConfig,
    last: Option<RunOut>,
}

impl<P: HostPort> SimBoard<P> {
    pub fn new(port: P, hw: &HwConfig) -> Self {
        SimBoard { port, hw: hw.clone(), last: None }
    }

    /// Load a compiled image: program, bank-B parameters (from `params_start`), weights.
    pub fn upload(&mut self, program: &[u64], params: &[i16], weights: &[u8]) -> Result<()> {
        let lay = self.hw.layout();
        ensure!(program.len() <= 1 << self.hw.prog_bits, "program too long for the hardware");
        ensure!(lay.params_start as usize + params.len() <= lay.b_words, "parameters exceed bank B");
        ensure!(weights.len() % 4 == 0 && weights.len() / 4 <= self.hw.w_region_words(), "weights exceed W");
        for (a, &ins) in program.iter().enumerate() {
            self.port.write(REGION_PROG_LO, a, ins as u32)?;
            self.port.write(REGION_PROG_HI, a, (ins >> 32) as u32)?;
        }
        for (a, &x) in params.iter().enumerate() {
            self.port.write(REGION_B, lay.params_start as usize + a, x as u16 as u32)?;
        }
        for (c, chunk) in weights.chunks(4).enumerate() {
            self.port.write(REGION_W, c, u32::from_le_bytes(chunk.try_into().unwrap()))?;
        }
        Ok(())
    }

    /// Zero the recurrent state (every layer's h lives in bank A).
    pub fn reset_state(&mut self) -> Result<()> {
        let lay = self.hw.layout();
        for l in &lay.layers {
            for k in 0..lay.dims.hidden {
                self.port.write(REGION_A, l.h as usize + k, 0)?;
            }
        }
        Ok(())
    }

    /// Run one token to the end of the program.
    pub fn step(&mut self, token: usize) -> Result<RunOut> {
        ensure!(token < self.hw.dims.vocab, "token {token} outside the vocabulary");
        let r = self.port.run(token)?;
        ensure!(!r.fault, "the core stopped on an invalid instruction");
        self.last = Some(r);
        Ok(r)
    }

    /// The LM head's accumulators and scale after a step (the logits are acc * scale).
    pub fn logits(&mut self) -> Result<(Vec<i32>, Scale)> {
        let Some(r) = self.last else { bail!("no token has run yet") };
        let mut acc = Vec::with_capacity(self.hw.dims.vocab);
        for k in 0..self.hw.dims.vocab {
            let v = self.port.read(REGION_ACC, k)?;
            acc.push(((v as i64) << 46 >> 46) as i32);
        }
        Ok((acc, r.scale))
    }
}

impl HostPort for Box<dyn HostPort> {
    fn write(&mut self, region: u64, addr: usize, data: u32) -> Result<()> {
        (**self).write(region, addr, data)
    }
    fn read(&mut self, region: u64, addr: usize) -> Result<u32> {
        (**self).read(region, addr)
    }
    fn run(&mut self, token: usize) -> Result<RunOut> {
        (**self).run(token)
    }
    fn cycles(&self) -> u64 {
        (**self).cycles()
    }
    fn profile(&self) -> Vec<(String, u64)> {
        (**self).profile()
    }
}

/// Which simulator runs the core.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Simulator {
    RustHdl,
    Verilator,
}

/// A simulated board of either kind.
pub fn board(hw: &HwConfig, sim: Simulator) -> Result<SimBoard<Box<dyn HostPort>>> {
    let port: Box<dyn HostPort> = match sim {
        Simulator::RustHdl => Box::new(RustHdlCore::new(hw)?),
        Simulator::Verilator => Box::new(VerilatorCore::new(hw)?),
    };
    Ok(SimBoard::new(port, hw))
}

/// The whole board logic (link + core, `SocBytes`) in rust-hdl, stepped by hand behind a
/// byte stream: the host's link session talks to it exactly as to a board, minus the
/// UART's bit timing. Bytes go in one per cycle (a real line brings one per 80+ cycles),
/// so to keep what a real line gives, that the board has finished a frame before the next
/// one ends, a new frame starts only when the board is idle (the simulator's flow control;
/// without it a third of the frames would be dropped as arriving while one waits).
pub struct RustHdlSoc {
    soc: Box<mmfree_hdl::units::soc::SocBytes>,
    input: std::collections::VecDeque<u8>,
    /// A byte other than END went in since the last END.
    in_frame: bool,
    cycles: u64,
}

impl RustHdlSoc {
    pub fn new(hw: &HwConfig) -> Result<RustHdlSoc> {
        let mut soc = Box::new(mmfree_hdl::units::soc::SocBytes::new(hw));
        soc.connect_all();
        soc.rx_valid.next = false;
        soc.tx_ready.next = true;
        let mut s = RustHdlSoc { soc, input: Default::default(), in_frame: false, cycles: 0 };
        s.tick(&mut Vec::new())?;
        Ok(s)
    }

    fn tick(&mut self, out: &mut Vec<u8>) -> Result<()> {
        let s = &mut self.soc;
        let hold = !self.in_frame && s.busy.val();
        match self.input.front().copied() {
            Some(b) if !hold => {
                self.input.pop_front();
                self.in_frame = b != mmfree_hdl::protocol::END;
                s.rx_valid.next = true;
                s.rx_data.next = (b as u64).into();
            }
            _ => s.rx_valid.next = false,
        }
        s.tx_ready.next = true;
        s.clock.next = Clock { clk: false };
        ensure!(simulate(&mut **s, 500), "the SoC's logic did not settle");
        if s.tx_valid.val() {
            out.push(s.tx_data.val().to_u64() as u8);
        }
        s.clock.next = Clock { clk: true };
        ensure!(simulate(&mut **s, 500), "the SoC's logic did not settle");
        self.cycles += 1;
        Ok(())
    }

    /// Bytes from the host.
    pub fn send(&mut self, bytes: &[u8]) {
        self.input.extend(bytes);
    }

    /// Run until the board has answered everything sent and is idle, `max` bytes came
    /// out, or `budget` cycles passed; returns the bytes the board sent.
    pub fn run(&mut self, max: usize, budget: u64) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        let end = self.cycles + budget;
        let mut idle = 0;
        while out.len() < max && self.cycles < end {
            self.tick(&mut out)?;
            let quiet = self.input.is_empty() && !self.soc.busy.val() && !self.soc.tx_valid.val();
            idle = if quiet { idle + 1 } else { 0 };
            // The framer hands its last byte over a few cycles after the link goes idle.
            if idle > 8 {
                break;
            }
        }
        Ok(out)
    }

    pub fn cycles(&self) -> u64 {
        self.cycles
    }
}
