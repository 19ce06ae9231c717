//! The platform around the SoC (LiteX's split: the board is data in `boards`, this
//! turns it into files): the clock (a PLL from the board's oscillator to the design's
//! target clock), the top-level Verilog that wires the SoC to the board's pins, and the
//! constraints file (iCE40 PCF, ECP5 LPF). `constraints/` holds these files as
//! generated; a test checks they are current.

use crate::boards::{Board, Family};
use anyhow::{bail, Result};
use std::fmt::Write;

/// PLL settings. iCE40 SB_PLL40 (simple feedback): f = f_in (DIVF+1) / ((DIVR+1) 2^DIVQ),
/// PFD f_in/(DIVR+1) in 10..133 MHz, VCO in 533..1066 MHz (iCE40 sysCLOCK guide; the
/// same rules as `icepll`). ECP5 EHXPLLL fed back from CLKOP: f = f_in CLKFB_DIV /
/// CLKI_DIV, VCO = f CLKOP_DIV in 400..800 MHz, PFD >= 3.125 MHz (as `ecppll`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pll {
    /// The oscillator already runs at the target clock.
    None,
    Ice40 {
        divr: u32,
        divf: u32,
        divq: u32,
        filter_range: u32,
    },
    Ecp5 {
        clki_div: u32,
        clkfb_div: u32,
        clkop_div: u32,
    },
}

impl Pll {
    /// The exact setting for `out_hz` from `in_hz`, or an error naming the nearest.
    pub fn for_clock(family: Family, in_hz: u64, out_hz: u64) -> Result<Pll> {
        if in_hz == out_hz {
            return Ok(Pll::None);
        }
        let (fi, fo) = (in_hz as f64 / 1e6, out_hz as f64 / 1e6);
        let mut best: Option<(f64, Pll)> = None;
        let mut consider = |f: f64, p: Pll| {
            if best.map_or(true, |(b, _)| (f - fo).abs() < (b - fo).abs()) {
                best = Some((f, p));
            }
        };
        match family {
            Family::Ice40 => {
                for divr in 0..16 {
                    let pfd = fi / (divr + 1) as f64;
                    if !(10.0..=133.0).contains(&pfd) {
                        continue;
                    }
                    let filter_range = match pfd {
                        p if p < 17.0 => 1,
                        p if p < 26.0 => 2,
                        p if p < 44.0 => 3,
                        p if p < 66.0 => 4,
                        p if p < 101.0 => 5,
                        _ => 6,
                    };
                    for divf in 0..128 {
                        let vco = pfd * (divf + 1) as f64;
                        if !(533.0..=1066.0).contains(&vco) {
                            continue;
                        }
                        for divq in 1..7 {
                            consider(vco / (1u32 << divq) as f64, Pll::Ice40 { divr, divf, divq, filter_range });
                        }
                    }
                }
            }
            Family::Ecp5 => {
                for clki_div in 1..=128 {
                    if fi / (clki_div as f64) < 3.125 {
                        break;
                    }
                    for clkfb_div in 1..=80 {
                        let f = fi * clkfb_div as f64 / clki_div as f64;
                        // The output divider whose VCO is nearest the middle of its range
                        // (600 MHz; ties to the lower), as ecppll picks.
                        let clkop_div =
                            (1..=128u32).filter(|&d| (400.0..=800.0).contains(&(f * d as f64))).min_by(|&a, &b| {
                                let e = |d: u32| (f * d as f64 - 600.0).abs();
                                e(a).partial_cmp(&e(b)).unwrap().then(a.cmp(&b))
                            });
                        if let Some(clkop_div) = clkop_div {
                            consider(f, Pll::Ecp5 { clki_div, clkfb_div, clkop_div });
                        }
                    }
                }
            }
        }
        match best {
            Some((f, p)) if (f - fo).abs() < 1e-6 => Ok(p),
            Some((f, _)) => bail!("no PLL setting makes {fo} MHz from {fi} MHz exactly (nearest {f:.3} MHz)"),
            None => bail!("no PLL setting for {fo} MHz from {fi} MHz"),
        }
    }
}

/// The top module's port names (the constraints use the same).
pub const CLK: &str = "clk_in";
pub const RX: &str = "uart_rx_in";
pub const TX: &str = "uart_tx_out";
pub const LED: &str = "led_busy_out";

/// The board's top level: PLL, then the rust-hdl SoC (module `top`, in `soc_verilog`).
/// Until the PLL locks the SoC sees an idle serial line, so no frame can start on an
/// unsettled clock.
pub fn top_verilog(board: &Board, target_hz: u64, soc_verilog: &str) -> Result<String> {
    let pll = Pll::for_clock(board.family, board.clock_hz, target_hz)?;
    let mut v = String::new();
    writeln!(
        v,
        "// {} top level: {} MHz oscillator -> {} MHz design clock ({:?})",
        board.name,
        board.clock_hz as f64 / 1e6,
        target_hz as f64 / 1e6,
        pll
    )?;
    writeln!(v, "module mmfree_top(input {CLK}, input {RX}, output {TX}, output {LED});")?;
    writeln!(v, "  wire clk, locked, busy;")?;
    match pll {
        Pll::None => writeln!(v, "  assign clk = {CLK};\n  assign locked = 1'b1;")?,
        Pll::Ice40 { divr, divf, divq, filter_range } => writeln!(
            v,
            "  SB_PLL40_{kind} #(.FEEDBACK_PATH(\"SIMPLE\"), .DIVR(4'd{divr}), .DIVF(7'd{divf}), .DIVQ(3'd{divq}), \
             .FILTER_RANGE(3'd{filter_range}))\n    pll (.{input}({CLK}), .PLLOUTGLOBAL(clk), .LOCK(locked), \
             .RESETB(1'b1), .BYPASS(1'b0));",
            kind = if board.clock_pll_pad { "PAD" } else { "CORE" },
            input = if board.clock_pll_pad { "PACKAGEPIN" } else { "REFERENCECLK" },
        )?,
        Pll::Ecp5 { clki_div, clkfb_div, clkop_div } => writeln!(
            v,
            "  (* FREQUENCY_PIN_CLKI=\"{fi}\" *) (* FREQUENCY_PIN_CLKOP=\"{fo}\" *)\n  \
             (* ICP_CURRENT=\"12\" *) (* LPF_RESISTOR=\"8\" *) (* MFG_ENABLE_FILTEROPAMP=\"1\" *) (* MFG_GMCREF_SEL=\"2\" *)\n  \
             EHXPLLL #(.PLLRST_ENA(\"DISABLED\"), .INTFB_WAKE(\"DISABLED\"), .STDBY_ENABLE(\"DISABLED\"), \
             .DPHASE_SOURCE(\"DISABLED\"), .OUTDIVIDER_MUXA(\"DIVA\"), .CLKI_DIV({clki_div}), .CLKOP_ENABLE(\"ENABLED\"), \
             .CLKOP_DIV({clkop_div}), .CLKOP_CPHASE({cphase}), .CLKOP_FPHASE(0), .FEEDBK_PATH(\"CLKOP\"), \
             .CLKFB_DIV({clkfb_div}))\n    pll (.RST(1'b0), .STDBY(1'b0), .CLKI({CLK}), .CLKOP(clk), .CLKFB(clk), \
             .PHASESEL0(1'b0), .PHASESEL1(1'b0), .PHASEDIR(1'b1), .PHASESTEP(1'b1), .PHASELOADREG(1'b1), \
             .PLLWAKESYNC(1'b0), .ENCLKOP(1'b0), .LOCK(locked));",
            fi = board.clock_hz / 1_000_000,
            fo = target_hz / 1_000_000,
            cphase = (clkop_div - 1) / 2
        )?,
    }
    let led = if board.leds_active_low { "~busy" } else { "busy" };
    writeln!(
        v,
        "  top soc (.clock(clk), .uart_rx(locked ? {RX} : 1'b1), .uart_tx({TX}), .led_busy(busy));\n  \
         assign {LED} = {led};\nendmodule\n"
    )?;
    v.push_str(soc_verilog);
    Ok(v)
}

/// The constraints file for the board's pins: (file extension, text).
pub fn constraints(board: &Board) -> (&'static str, String) {
    let pins = [(CLK, board.clock_pin), (RX, board.uart_rx_pin), (TX, board.uart_tx_pin), (LED, board.leds[0])];
    let mut s = format!("# {} ({}), generated by mmfree from hdl/src/boards.rs\n", board.name, board.description);
    match board.family {
        Family::Ice40 => {
            for (port, pin) in pins {
                writeln!(s, "set_io {port} {pin}").unwrap();
            }
            ("pcf", s)
        }
        Family::Ecp5 => {
            for (port, pin) in pins {
                writeln!(s, "LOCATE COMP \"{port}\" SITE \"{pin}\";").unwrap();
                writeln!(s, "IOBUF PORT \"{port}\" IO_TYPE={};", board.io_type).unwrap();
            }
            writeln!(s, "FREQUENCY PORT \"{CLK}\" {} MHZ;", board.clock_hz as f64 / 1e6).unwrap();
            ("lpf", s)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boards::{board, BOARDS};

    #[test]
    fn pll_settings_equal_the_vendor_tools_choices() {
        // `icepll -i 12 -o 24` and `ecppll -i 25 -o 80` (run on this machine).
        assert_eq!(
            Pll::for_clock(Family::Ice40, 12_000_000, 24_000_000).unwrap(),
            Pll::Ice40 { divr: 0, divf: 63, divq: 5, filter_range: 1 }
        );
        assert_eq!(
            Pll::for_clock(Family::Ecp5, 25_000_000, 80_000_000).unwrap(),
            Pll::Ecp5 { clki_div: 5, clkfb_div: 16, clkop_div: 7 }
        );
        // `ecppll -i 25 -o 45` and `-o 50` (yowasp-ecppll, this machine).
        assert_eq!(
            Pll::for_clock(Family::Ecp5, 25_000_000, 45_000_000).unwrap(),
            Pll::Ecp5 { clki_div: 5, clkfb_div: 9, clkop_div: 13 }
        );
        assert_eq!(
            Pll::for_clock(Family::Ecp5, 25_000_000, 50_000_000).unwrap(),
            Pll::Ecp5 { clki_div: 1, clkfb_div: 2, clkop_div: 12 }
        );
        assert_eq!(Pll::for_clock(Family::Ecp5, 25_000_000, 25_000_000).unwrap(), Pll::None);
        let e = Pll::for_clock(Family::Ice40, 12_000_000, 1_000_000).unwrap_err().to_string();
        assert!(e.contains("no PLL setting"), "{e}");
        // Every board's own target is reachable.
        for b in BOARDS {
            Pll::for_clock(b.family, b.clock_hz, b.target_hz).unwrap();
        }
    }

    #[test]
    fn committed_constraints_are_generated_from_the_board_table() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../constraints");
        for b in BOARDS {
            let (ext, text) = constraints(b);
            let p = dir.join(format!("{}.{ext}", b.name));
            let on_disk = std::fs::read_to_string(&p).unwrap_or_default();
            assert_eq!(
                on_disk,
                text,
                "{} is stale: regenerate with `mmfree constraints --out constraints`",
                p.display()
            );
        }
        let (_, t) = constraints(board("ulx3s-85f").unwrap());
        assert!(t.contains("LOCATE COMP \"clk_in\" SITE \"G2\";") && t.contains("25 MHZ"));
    }
}
