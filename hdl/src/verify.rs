//! Checking a unit both ways: the rust-hdl simulation and its exported Verilog run the
//! same per-cycle input vectors, and their per-cycle outputs must be equal. Plus a
//! Yosys synthesis run that must succeed without latches.
//!
//! Protocol of one cycle (both simulators): apply the inputs with the clock low, let the
//! logic settle, sample the outputs, then raise the clock.

use anyhow::{bail, ensure, Context, Result};
use rust_hdl::prelude::*;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;

/// A top-level port: its Verilog name and width (at most 64 bits here).
#[derive(Clone, Debug)]
pub struct Port {
    pub name: &'static str,
    pub width: usize,
}

pub const fn port(name: &'static str, width: usize) -> Port {
    Port { name, width }
}

/// A scratch folder for tool runs, under the target directory (not /tmp: the YoWASP
/// tools mount their own /tmp).
pub fn scratch(tag: &str) -> Result<PathBuf> {
    let base = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let d = base.join("hdl-scratch").join(format!("{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).with_context(|| format!("cannot create {}", d.display()))?;
    Ok(d)
}

fn run(cmd: &mut Command, what: &str) -> Result<String> {
    let out = cmd.output().with_context(|| format!("cannot run {what} (is it installed? see .ci/run)"))?;
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    if !out.status.success() {
        bail!(
            "{what} failed:\n{}",
            text.lines().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n")
        );
    }
    Ok(text)
}

/// Drive the rust-hdl simulation of `uut` cycle by cycle.
pub fn rust_trace<U: Block>(
    uut: &mut U,
    vectors: &[Vec<u64>],
    mut set: impl FnMut(&mut U, &[u64]),
    get: impl Fn(&U) -> Vec<u64>,
    mut clock: impl FnMut(&mut U, bool),
) -> Result<Vec<Vec<u64>>> {
    let mut out = Vec::with_capacity(vectors.len());
    for v in vectors {
        clock(uut, false);
        set(uut, v);
        ensure!(simulate(uut, 200), "rust-hdl simulation did not settle");
        out.push(get(uut));
        clock(uut, true);
        ensure!(simulate(uut, 200), "rust-hdl simulation did not settle");
    }
    Ok(out)
}

/// Run the same vectors through the Verilog of `top` (a module named `top` with a
/// `clock` input) under Icarus Verilog.
pub fn icarus_trace(
    tag: &str,
    verilog: &str,
    inputs: &[Port],
    outputs: &[Port],
    vectors: &[Vec<u64>],
) -> Result<Vec<Vec<u64>>> {
    let dir = scratch(tag)?;
    std::fs::write(dir.join("top.v"), verilog)?;
    let total: usize = inputs.iter().map(|p| p.width).sum::<usize>().max(1);
    let mut hex = String::new();
    for v in vectors {
        ensure!(v.len() == inputs.len(), "vector has {} values for {} inputs", v.len(), inputs.len());
        // Concatenate MSB-first in port order, as {in0, in1, ...}.
        let mut bits: Vec<bool> = Vec::with_capacity(total);
        for (p, &x) in inputs.iter().zip(v) {
            for b in (0..p.width).rev() {
                bits.push(b < 64 && (x >> b) & 1 == 1);
            }
        }
        while bits.len() % 4 != 0 {
            bits.insert(0, false);
        }
        for nib in bits.chunks(4) {
            let d = nib.iter().fold(0u8, |a, &b| a << 1 | b as u8);
            write!(hex, "{d:x}").unwrap();
        }
        hex.push('\n');
    }
    std::fs::write(dir.join("in.hex"), hex)?;
    let mut tb = String::from("`timescale 1ns/1ps\nmodule tb;\n  reg clock = 0;\n");
    for p in inputs {
        writeln!(tb, "  reg [{}:0] {};", p.width - 1, p.name).unwrap();
    }
    for p in outputs {
        writeln!(tb, "  wire [{}:0] {};", p.width - 1, p.name).unwrap();
    }
    let conns: Vec<String> = std::iter::once("clock".to_string())
        .chain(inputs.iter().chain(outputs).map(|p| p.name.to_string()))
        .map(|n| format!(".{n}({n})"))
        .collect();
    writeln!(tb, "  top dut({});", conns.join(", ")).unwrap();
    writeln!(tb, "  reg [{}:0] vec [0:{}];\n  integer c, f;", total - 1, vectors.len().max(1) - 1).unwrap();
    let ins: Vec<&str> = inputs.iter().map(|p| p.name).collect();
    let fmt: Vec<&str> = outputs.iter().map(|_| "%h").collect();
    let outs: Vec<&str> = outputs.iter().map(|p| p.name).collect();
    writeln!(
        tb,
        "  initial begin\n    $readmemh(\"in.hex\", vec);\n    f = $fopen(\"out.txt\", \"w\");\n    for (c = 0; c < {n}; c = c + 1) begin\n      {{{ins}}} = vec[c];\n      #1;\n      $fwrite(f, \"{fmt}\\n\", {outs});\n      clock = 1; #1; clock = 0;\n    end\n    $fclose(f);\n    $finish;\n  end\nendmodule",
        n = vectors.len(),
        ins = ins.join(", "),
        fmt = fmt.join(" "),
        outs = outs.join(", ")
    )
    .unwrap();
    std::fs::write(dir.join("tb.v"), tb)?;
    run(
        Command::new("iverilog").current_dir(&dir).args(["-g2005", "-o", "tb.vvp", "-s", "tb", "tb.v", "top.v"]),
        "iverilog",
    )?;
    run(Command::new("vvp").current_dir(&dir).args(["-n", "tb.vvp"]), "vvp")?;
    let text = std::fs::read_to_string(dir.join("out.txt"))?;
    let mut res = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let vals: Vec<u64> = line
            .split_whitespace()
            .map(|t| {
                u64::from_str_radix(t, 16).with_context(|| format!("cycle {i}: output `{t}` is not a number (x or z?)"))
            })
            .collect::<Result<_>>()?;
        res.push(vals);
    }
    ensure!(res.len() == vectors.len(), "Icarus produced {} cycles, expected {}", res.len(), vectors.len());
    let _ = std::fs::remove_dir_all(&dir);
    Ok(res)
}

/// Where Verilator builds are cached: `$CARGO_TARGET_DIR/verilator` or `target/verilator`.
pub fn verilator_root() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"))
        .join("verilator")
}

/// Compile `verilog` (top module `top`) with a C++ harness into an executable, cached
/// under `verilator_root()/<tag>-<hash of both>`, so an unchanged design is built once.
pub fn verilator_build(tag: &str, verilog: &str, harness: &str) -> Result<PathBuf> {
    use sha2::{Digest, Sha256};
    let hash = Sha256::digest(format!("{verilog}\n{harness}").as_bytes());
    let hex: String = hash.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let dir = verilator_root().join(format!("{tag}-{hex}"));
    let exe = dir.join("obj_dir").join(tag);
    if exe.exists() {
        return Ok(exe);
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    std::fs::write(dir.join("top.v"), verilog)?;
    std::fs::write(dir.join("harness.cpp"), harness)?;
    run(
        Command::new("verilator").current_dir(&dir).args([
            "--cc",
            "--exe",
            "--build",
            "-O3",
            "--x-assign",
            "fast",
            "--x-initial",
            "fast",
            "-Wno-fatal",
            "-Wno-WIDTH",
            "--top-module",
            "top",
            "-j",
            "2",
            "top.v",
            "harness.cpp",
            "-o",
            tag,
        ]),
        "verilator (install it: apt-get install verilator)",
    )?;
    ensure!(exe.exists(), "verilator produced no executable at {}", exe.display());
    Ok(exe)
}

/// Run the same vectors through the Verilog of `top` compiled by Verilator (for designs
/// too large for Icarus). Same protocol and result as [`icarus_trace`].
pub fn verilator_trace(
    tag: &str,
    verilog: &str,
    inputs: &[Port],
    outputs: &[Port],
    vectors: &[Vec<u64>],
) -> Result<Vec<Vec<u64>>> {
    let dir = scratch(tag)?;
    let mut cpp = String::from("#include \"Vtop.h\"\n#include \"verilated.h\"\n#include <cstdio>\n#include <cstdint>\nint main(int argc, char** argv) {\n  Verilated::commandArgs(argc, argv);\n  Vtop* t = new Vtop;\n  unsigned long long v[64];\n  FILE* in = fopen(\"in.txt\", \"r\");\n  FILE* out = fopen(\"out.txt\", \"w\");\n  t->clock = 0; t->eval();\n  for (;;) {\n");
    for (i, _) in inputs.iter().enumerate() {
        writeln!(cpp, "    if (fscanf(in, \"%llx\", &v[{i}]) != 1) break;").unwrap();
    }
    cpp.push_str("    t->clock = 0;\n");
    for (i, p) in inputs.iter().enumerate() {
        writeln!(cpp, "    t->{} = v[{i}];", p.name).unwrap();
    }
    cpp.push_str("    t->eval();\n");
    for p in outputs {
        writeln!(cpp, "    fprintf(out, \"%llx \", (unsigned long long)t->{});", p.name).unwrap();
    }
    cpp.push_str("    fprintf(out, \"\\n\");\n    t->clock = 1; t->eval();\n  }\n  fclose(out); t->final(); delete t; return 0;\n}\n");
    let exe = verilator_build(&format!("trace-{tag}"), verilog, &cpp)?;
    let mut text = String::new();
    for v in vectors {
        ensure!(v.len() == inputs.len(), "vector has {} values for {} inputs", v.len(), inputs.len());
        let line: Vec<String> = v.iter().map(|x| format!("{x:x}")).collect();
        text.push_str(&line.join(" "));
        text.push('\n');
    }
    std::fs::write(dir.join("in.txt"), text)?;
    run(Command::new(exe).current_dir(&dir), "the Verilator trace")?;
    let out = std::fs::read_to_string(dir.join("out.txt"))?;
    let res: Vec<Vec<u64>> = out
        .lines()
        .map(|l| l.split_whitespace().map(|t| u64::from_str_radix(t, 16).unwrap_or(u64::MAX)).collect())
        .collect();
    ensure!(res.len() == vectors.len(), "Verilator produced {} cycles, expected {}", res.len(), vectors.len());
    let _ = std::fs::remove_dir_all(&dir);
    Ok(res)
}

/// Compare two traces; the error names the first differing cycle and port.
pub fn same_traces(a: &[Vec<u64>], b: &[Vec<u64>], outputs: &[Port]) -> Result<()> {
    ensure!(a.len() == b.len(), "traces have {} and {} cycles", a.len(), b.len());
    for (c, (x, y)) in a.iter().zip(b).enumerate() {
        for (k, p) in outputs.iter().enumerate() {
            let m = if p.width >= 64 { u64::MAX } else { (1u64 << p.width) - 1 };
            ensure!(
                x[k] & m == y[k] & m,
                "cycle {c}: output `{}` is {:#x} in rust-hdl but {:#x} in Verilog",
                p.name,
                x[k] & m,
                y[k] & m
            );
        }
    }
    Ok(())
}

/// Yosys's simulation models of the iCE40 cells (`share/yosys/ice40/cells_sim.v` beside
/// the `yosys` on the PATH, else /usr/share/yosys): for running a unit that instantiates
/// a cell (`Counter32`'s SB_MAC16) under Icarus.
pub fn ice40_cells_sim() -> PathBuf {
    let beside = std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join("yosys"))
            .find(|y| y.is_file())
            .and_then(|y| y.parent().and_then(|b| b.parent()).map(|r| r.join("share/yosys/ice40/cells_sim.v")))
    });
    beside.filter(|f| f.is_file()).unwrap_or_else(|| PathBuf::from("/usr/share/yosys/ice40/cells_sim.v"))
}

/// Synthesize with Yosys for iCE40 (`synth_ice40 -dsp`) and refuse latches. Returns
/// Yosys's statistics.
/// The count of one cell type in a Yosys `stat` report (0 when absent).
pub fn cell_count(stat: &str, cell: &str) -> usize {
    // The last report wins (Yosys may print the statistics more than once).
    stat.lines()
        .rev()
        .find_map(|l| {
            let mut it = l.split_whitespace();
            (it.next() == Some(cell)).then(|| it.next().and_then(|n| n.parse().ok())).flatten()
        })
        .unwrap_or(0)
}

pub fn yosys_synth(tag: &str, verilog: &str) -> Result<String> {
    let dir = scratch(tag)?;
    std::fs::write(dir.join("top.v"), verilog)?;
    let log = run(
        Command::new("yosys").current_dir(&dir).args([
            "-q",
            "-p",
            "read_verilog top.v; hierarchy -top top; proc; select -assert-none t:$dlatch; synth_ice40 -dsp -spram -top top; tee -o stat.txt stat",
        ]),
        "yosys",
    )?;
    let stat = std::fs::read_to_string(dir.join("stat.txt")).unwrap_or(log);
    ensure!(!stat.contains("DLATCH") && !stat.contains("$dlatch"), "synthesis inferred latches:\n{stat}");
    let _ = std::fs::remove_dir_all(&dir);
    Ok(stat)
}
