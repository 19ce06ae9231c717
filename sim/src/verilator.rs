//! The exported Verilog of the core, compiled by Verilator and run in a child process.
//!
//! The harness (C++, below) drives the host port with the same cycle protocol as the
//! rust-hdl simulation and answers requests on stdin/stdout:
//! `W region:u8 addr:u32 data:u32` (write, no reply), `R region:u8 addr:u32` (reply
//! `data:u32`), `S token:u32` (run; reply `token, cycles, s_mant, s_exp, fault` as
//! u32), `Q` (quit). Builds are cached under `target/verilator/<hash of the design>`.

use crate::{HostPort, RunOut, RUN_LIMIT};
use anyhow::{anyhow, ensure, Context, Result};
use mmfree_hdl::hwconfig::HwConfig;
use mmfree_hdl::numerics::Scale;
use mmfree_hdl::units::core::Core;
use rust_hdl::prelude::*;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

const HARNESS: &str = r#"
#include "Vtop.h"
#include "verilated.h"
#include <cstdio>
#include <cstdint>
static Vtop* t;
static uint64_t ncyc = 0;
static void tick() { t->clock = 0; t->eval(); t->clock = 1; t->eval(); ncyc++; }
static bool rd(void* p, size_t n) { return fread(p, 1, n, stdin) == n; }
int main(int argc, char** argv) {
  Verilated::commandArgs(argc, argv);
  t = new Vtop;
  t->clock = 0; t->wr_en = 0; t->start = 0; t->eval();
  tick();
  for (;;) {
    int op = getchar();
    if (op == EOF || op == 'Q') break;
    if (op == 'W') {
      uint8_t r; uint32_t a, d;
      if (!rd(&r, 1) || !rd(&a, 4) || !rd(&d, 4)) break;
      t->wr_en = 1; t->wr_region = r; t->wr_addr = a; t->wr_data = d; tick(); t->wr_en = 0;
    } else if (op == 'R') {
      uint8_t r; uint32_t a;
      if (!rd(&r, 1) || !rd(&a, 4)) break;
      t->rd_region = r; t->rd_addr = a; tick(); tick(); t->clock = 0; t->eval();  // a W word takes two cycles with `deep`
      uint32_t v = t->rd_data; fwrite(&v, 4, 1, stdout); fflush(stdout);
    } else if (op == 'S') {
      uint32_t tok;
      if (!rd(&tok, 4)) break;
      t->start = 1; t->token_in = tok; tick(); t->start = 0;
      uint64_t n = 0;
      while (t->busy && n < LIMIT) { tick(); n++; }
      uint32_t out[6] = { (uint32_t)t->token_out, (uint32_t)t->cycles, (uint32_t)t->s_mant, (uint32_t)t->s_exp,
                          (uint32_t)t->fault, (uint32_t)(t->busy ? 1 : 0) };
      fwrite(out, 4, 6, stdout); fflush(stdout);
    } else {
      fprintf(stderr, "harness: unknown request %d\n", op); return 2;
    }
  }
  t->final(); delete t; return 0;
}
"#;

/// Build (or reuse) the Verilator executable for this hardware configuration.
pub fn build(hw: &HwConfig) -> Result<PathBuf> {
    let mut core = Core::new(hw);
    core.connect_all();
    let harness = HARNESS.replace("LIMIT", &format!("{RUN_LIMIT}ull"));
    mmfree_hdl::verify::verilator_build("vcore", &generate_verilog(&core), &harness)
}

/// The Verilator-compiled core in a child process.
pub struct VerilatorCore {
    child: Child,
    input: BufWriter<ChildStdin>,
    output: BufReader<ChildStdout>,
    cycles: u64,
}

impl VerilatorCore {
    pub fn new(hw: &HwConfig) -> Result<VerilatorCore> {
        let exe = build(hw)?;
        let mut child = Command::new(&exe)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .with_context(|| format!("cannot start {}", exe.display()))?;
        let input = BufWriter::new(child.stdin.take().ok_or_else(|| anyhow!("no stdin"))?);
        let output = BufReader::new(child.stdout.take().ok_or_else(|| anyhow!("no stdout"))?);
        Ok(VerilatorCore { child, input, output, cycles: 1 })
    }

    fn read_u32s<const N: usize>(&mut self) -> Result<[u32; N]> {
        self.input.flush().context("the Verilator process is gone")?;
        let mut b = vec![0u8; 4 * N];
        self.output.read_exact(&mut b).context("the Verilator process stopped answering")?;
        let mut out = [0u32; N];
        for (i, c) in b.chunks(4).enumerate() {
            out[i] = u32::from_le_bytes(c.try_into().unwrap());
        }
        Ok(out)
    }
}

impl HostPort for VerilatorCore {
    fn write(&mut self, region: u64, addr: usize, data: u32) -> Result<()> {
        self.input.write_all(&[b'W', region as u8])?;
        self.input.write_all(&(addr as u32).to_le_bytes())?;
        self.input.write_all(&data.to_le_bytes())?;
        self.cycles += 1;
        Ok(())
    }

    fn read(&mut self, region: u64, addr: usize) -> Result<u32> {
        self.input.write_all(&[b'R', region as u8])?;
        self.input.write_all(&(addr as u32).to_le_bytes())?;
        self.cycles += 1;
        Ok(self.read_u32s::<1>()?[0])
    }

    fn run(&mut self, token: usize) -> Result<RunOut> {
        self.input.write_all(b"S")?;
        self.input.write_all(&(token as u32).to_le_bytes())?;
        let [tok, cycles, mant, exp, fault, busy] = self.read_u32s::<6>()?;
        ensure!(busy == 0, "the core did not finish a token in {RUN_LIMIT} cycles");
        self.cycles += cycles as u64 + 1;
        Ok(RunOut {
            token: tok as usize,
            cycles: cycles as u64,
            scale: Scale { mant, exp: exp as u16 as i16 as i32 },
            fault: fault != 0,
        })
    }

    fn cycles(&self) -> u64 {
        self.cycles
    }
}

impl Drop for VerilatorCore {
    fn drop(&mut self) {
        let _ = self.input.write_all(b"Q");
        let _ = self.input.flush();
        let _ = self.child.wait();
    }
}
