//! The virtual board: the whole SoC (UART pins, link, core) compiled by Verilator,
//! serving a pseudo-terminal. Any serial tool, and `mmfree --backend serial`, talks to
//! it exactly as to a real board. The harness drives `uart_rx` bit by bit from the bytes
//! the host writes and decodes `uart_tx` into bytes for the host, at the board's
//! clocks-per-bit; when nothing happens it sleeps on the PTY instead of spinning.

use anyhow::{bail, Context, Result};
use mmfree_hdl::hwconfig::HwConfig;
use mmfree_hdl::units::soc::Soc;
use rust_hdl::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;

const HARNESS: &str = r#"
#include "Vtop.h"
#include "verilated.h"
#include <fcntl.h>
#include <unistd.h>
#include <stdlib.h>
#include <termios.h>
#include <poll.h>
#include <signal.h>
#include <cstdio>
#include <cstring>
#include <deque>
static const char* link_path = 0;
static void bye(int) { if (link_path) unlink(link_path); _exit(0); }
static volatile sig_atomic_t power_cycle = 0;
static void on_usr1(int) { power_cycle = 1; }
int main(int argc, char** argv) {
  if (argc < 3) { fprintf(stderr, "usage: board PTY_LINK CLOCKS_PER_BIT [STATS_FILE]\n"); return 1; }
  link_path = argv[1];
  int div = atoi(argv[2]);
  const char* stats_path = argc > 3 ? argv[3] : 0;
  int m = posix_openpt(O_RDWR | O_NOCTTY);
  if (m < 0 || grantpt(m) || unlockpt(m)) { perror("pty"); return 1; }
  const char* sname = ptsname(m);
  int s = open(sname, O_RDWR | O_NOCTTY);
  struct termios t; tcgetattr(s, &t); cfmakeraw(&t); tcsetattr(s, TCSANOW, &t);
  unlink(link_path);
  if (symlink(sname, link_path)) { perror("symlink"); return 1; }
  signal(SIGTERM, bye); signal(SIGINT, bye); signal(SIGHUP, bye); signal(SIGUSR1, on_usr1);
  fcntl(m, F_SETFL, O_NONBLOCK);
  fprintf(stderr, "board-sim: serving %s (%s), %d clocks per bit\n", link_path, sname, div);
  Verilated::commandArgs(argc, argv);
  Vtop* top = new Vtop;
  top->uart_rx = 1; top->clock = 0; top->eval();
  std::deque<unsigned char> inq;
  int rx_bit = -1, rx_cnt = 0; unsigned rx_frame = 0;       // host -> board
  int tx_state = 0, tx_cnt = 0, tx_bit = 0; unsigned tx_byte = 0;  // board -> host
  unsigned long long quiet = 0, cyc = 0, rx_busy = 0, rx_bytes = 0;
  unsigned char buf[4096];
  for (;;) {
    if (power_cycle) {
      // SIGUSR1: power off and on. The design restarts from its initial state with blank
      // memories; the byte on the wire at that moment is lost, later ones arrive.
      power_cycle = 0;
      delete top; top = new Vtop; top->uart_rx = 1; top->clock = 0; top->eval();
      rx_bit = -1; tx_state = 0;
      fprintf(stderr, "board-sim: power cycle\n");
    }
    if ((cyc & 255) == 0 || quiet > 4096) {
      bool idle = quiet > 4096;
      if (quiet == 4097 && stats_path) {
        // Simulated time stands still while idle: record the counters (cycles, cycles
        // with a byte on the host->board line, bytes received) at each pause.
        FILE* f = fopen(stats_path, "w");
        if (f) { fprintf(f, "%llu %llu %llu\n", cyc, rx_busy, rx_bytes); fclose(f); }
      }
      if (idle) { struct pollfd p = { m, POLLIN, 0 }; poll(&p, 1, 2); }
      ssize_t n = read(m, buf, sizeof buf);
      if (n > 0) { for (ssize_t i = 0; i < n; i++) inq.push_back(buf[i]); quiet = 0; }
    }
    // Drive uart_rx.
    if (rx_bit < 0 && !inq.empty()) { rx_frame = ((unsigned)inq.front() << 1) | 0x200; inq.pop_front(); rx_bit = 0; rx_cnt = div; rx_bytes++; }
    if (rx_bit >= 0) rx_busy++;
    if (rx_bit >= 0) {
      top->uart_rx = (rx_frame >> rx_bit) & 1;
      if (--rx_cnt == 0) { rx_cnt = div; if (++rx_bit == 10) { rx_bit = -1; top->uart_rx = 1; } }
    }
    top->clock = 0; top->eval(); top->clock = 1; top->eval(); cyc++;
    // Decode uart_tx, sampling mid-bit.
    int line = top->uart_tx;
    if (tx_state == 0) { if (!line) { tx_state = 1; tx_cnt = div / 2; } }
    else if (--tx_cnt <= 0) {
      tx_cnt = div;
      if (tx_state == 1) { tx_state = 2; tx_bit = 0; tx_byte = 0; }
      else if (tx_bit < 8) { tx_byte |= (unsigned)line << tx_bit; tx_bit++; }
      else { unsigned char b = tx_byte; while (write(m, &b, 1) < 0) usleep(100); tx_state = 0; }
    }
    bool active = rx_bit >= 0 || !inq.empty() || tx_state != 0 || top->led_busy || !line;
    quiet = active ? 0 : quiet + 1;
  }
}
"#;

/// Build (or reuse) the Verilator board executable for this configuration.
pub fn build(hw: &HwConfig) -> Result<PathBuf> {
    let mut soc = Soc::new(hw);
    soc.connect_all();
    mmfree_hdl::verify::verilator_build("board", &generate_verilog(&soc), HARNESS)
}

/// Clocks per UART bit of the simulated board: the board's own clock / baud.
pub fn clocks_per_bit(hw: &HwConfig) -> u64 {
    hw.clock_hz / hw.baud
}

/// Serve the board on `link` until killed (blocks). Returns the harness's exit status.
pub fn serve(hw: &HwConfig, link: &Path) -> Result<()> {
    let exe = build(hw)?;
    let div = clocks_per_bit(hw);
    // Become the simulator (same pid: `kill -USR1` on it power-cycles the board).
    use std::os::unix::process::CommandExt;
    let e = Command::new(&exe).arg(link).arg(div.to_string()).exec();
    bail!("cannot start {}: {e}", exe.display())
}

/// Start the board in the background (for tests); the caller kills it.
/// Start the board on `link`; with `stats`, it writes "cycles rx_busy_cycles rx_bytes"
/// there whenever it goes idle (simulated time does not advance while idle).
pub fn spawn(hw: &HwConfig, link: &Path, stats: Option<&Path>) -> Result<std::process::Child> {
    let exe = build(hw)?;
    let mut cmd = Command::new(&exe);
    cmd.arg(link).arg(clocks_per_bit(hw).to_string());
    if let Some(s) = stats {
        cmd.arg(s);
    }
    let child =
        cmd.stderr(std::process::Stdio::null()).spawn().with_context(|| format!("cannot start {}", exe.display()))?;
    for _ in 0..200 {
        if link.exists() {
            return Ok(child);
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    bail!("the board simulator did not create {}", link.display())
}
