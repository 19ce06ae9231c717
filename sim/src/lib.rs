//! Boards without a board.
//!
//! [`CoreSim`] steps the rust-hdl accelerator core by hand, cycle by cycle, and drives
//! its host port exactly as the link layer does on a real board: one 32-bit word
//! written per cycle, reads one cycle after their address. It is the `sim` backend.

use anyhow::{bail, ensure, Result};
use mmfree_hdl::hwconfig::HwConfig;
use mmfree_hdl::numerics::Scale;
use mmfree_hdl::units::core::{Core, REGION_ACC, REGION_B, REGION_PROG_HI, REGION_PROG_LO, REGION_W};
use rust_hdl::prelude::*;

/// The rust-hdl core, simulated in process.
pub struct CoreSim {
    core: Box<Core>,
    pub hw: HwConfig,
    /// Clock cycles simulated so far.
    pub cycles: u64,
}

/// What one token's run returns.
#[derive(Clone, Debug, PartialEq)]
pub struct StepResult {
    pub token: usize,
    pub cycles: u64,
}

impl CoreSim {
    pub fn new(hw: &HwConfig) -> Result<CoreSim> {
        let mut core = Box::new(Core::new(hw));
        core.connect_all();
        let mut s = CoreSim { core, hw: hw.clone(), cycles: 0 };
        s.idle_inputs();
        s.tick()?;
        Ok(s)
    }

    fn idle_inputs(&mut self) {
        let c = &mut self.core;
        c.wr_en.next = false;
        c.start.next = false;
        c.wr_region.next = 0.into();
        c.rd_region.next = 0.into();
    }

    /// One clock cycle with the inputs as currently set.
    fn tick(&mut self) -> Result<()> {
        self.core.clock.next = Clock { clk: false };
        ensure!(simulate(&mut *self.core, 500), "the core's logic did not settle");
        self.core.clock.next = Clock { clk: true };
        ensure!(simulate(&mut *self.core, 500), "the core's logic did not settle");
        self.cycles += 1;
        Ok(())
    }

    /// Write one word through the host port (one cycle).
    pub fn write(&mut self, region: u64, addr: usize, data: u32) -> Result<()> {
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

    /// Read one word through the host port (two cycles: address, then data).
    pub fn read(&mut self, region: u64, addr: usize) -> Result<u32> {
        let c = &mut self.core;
        c.rd_region.next = region.into();
        c.rd_addr.next = (addr as u64).into();
        self.tick()?;
        self.core.clock.next = Clock { clk: false };
        ensure!(simulate(&mut *self.core, 500), "the core's logic did not settle");
        Ok(self.core.rd_data.val().to_u64() as u32)
    }

    /// Load a compiled image: program, bank-B parameters (from `params_start`), weights.
    pub fn upload(&mut self, program: &[u64], params: &[i16], weights: &[u8]) -> Result<()> {
        let lay = self.hw.layout();
        ensure!(program.len() <= 1 << self.hw.prog_bits, "program too long for the hardware");
        ensure!(lay.params_start as usize + params.len() <= lay.b_words, "parameters exceed bank B");
        ensure!(weights.len() % 4 == 0 && weights.len() / 4 <= lay.w_words * self.hw.lanes / 16, "weights exceed W");
        for (a, &ins) in program.iter().enumerate() {
            self.write(REGION_PROG_LO, a, ins as u32)?;
            self.write(REGION_PROG_HI, a, (ins >> 32) as u32)?;
        }
        for (a, &x) in params.iter().enumerate() {
            self.write(REGION_B, lay.params_start as usize + a, x as u16 as u32)?;
        }
        for (c, chunk) in weights.chunks(4).enumerate() {
            self.write(REGION_W, c, u32::from_le_bytes(chunk.try_into().unwrap()))?;
        }
        Ok(())
    }

    /// Zero the recurrent state (every layer's h lives in bank A).
    pub fn reset_state(&mut self) -> Result<()> {
        let lay = self.hw.layout();
        for l in &lay.layers {
            for k in 0..lay.dims.hidden {
                self.write(mmfree_hdl::units::core::REGION_A, l.h as usize + k, 0)?;
            }
        }
        Ok(())
    }

    /// Run one token to the end of the program.
    pub fn step(&mut self, token: usize) -> Result<StepResult> {
        ensure!(token < self.hw.dims.vocab, "token {token} outside the vocabulary");
        let c = &mut self.core;
        c.start.next = true;
        c.token_in.next = (token as u64).into();
        self.tick()?;
        self.core.start.next = false;
        let limit = self.cycles + 50_000_000;
        while self.core.busy.val() {
            self.tick()?;
            if self.cycles > limit {
                bail!("the core did not finish a token in 50M cycles");
            }
        }
        ensure!(!self.core.fault.val(), "the core stopped on an invalid instruction");
        Ok(StepResult { token: self.core.token_out.val().to_u64() as usize, cycles: self.core.cycles.val().to_u64() })
    }

    /// The LM head's accumulators and scale after a step (the logits are acc * scale).
    pub fn logits(&mut self) -> Result<(Vec<i32>, Scale)> {
        let s = Scale {
            mant: self.core.s_mant.val().to_u64() as u32,
            exp: self.core.s_exp.val().to_u64() as u16 as i16 as i32,
        };
        let mut acc = Vec::with_capacity(self.hw.dims.vocab);
        for k in 0..self.hw.dims.vocab {
            let v = self.read(REGION_ACC, k)?;
            acc.push(((v as i64) << 46 >> 46) as i32);
        }
        Ok((acc, s))
    }
}
