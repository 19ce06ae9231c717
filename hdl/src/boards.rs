//! Boards as data: part, package, clock, UART pins, LEDs, toolchain flags and the USB
//! bridge's VID:PID. Pins, clocks and the USB IDs given are the facts cross-checked in
//! ../shared/notes/boards.md (public board definitions: icebreaker-verilog-examples,
//! emard/ulx3s, amaranth-boards, litex-boards); an unchecked USB ID is left `None`.
//! `target_hz`, `lanes` and `baud` are this project's choices for each part, not facts
//! about the board. The ULX3S-85F runs at 75 MHz from a PLL (80 from session 11 to 13;
//! session 14's netlist missed 80 in nine placements, 66.4 to 77.4 MHz, and placed at
//! 81.8 MHz with the 75 MHz target, seed 1; with the ECP5's register stages,
//! `HwConfig::deep`, the lane engine beside the sequencer, `overlap`, and two elements
//! per cycle, `wide`; docs/bitstreams.md); the smaller ULX3S parts, not built yet, keep
//! the 25 MHz oscillator itself. The baud rate divides the clock exactly (80 or 25 clocks
//! per bit at 1 Mbaud; 8 at 3 Mbaud on the iCE40 boards' 24 MHz).

use anyhow::{bail, Result};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Family {
    Ice40,
    Ecp5,
}

#[derive(Clone, Debug, Serialize)]
pub struct Board {
    pub name: &'static str,
    pub description: &'static str,
    pub family: Family,
    /// nextpnr device and package flags.
    pub nextpnr: &'static [&'static str],
    pub clock_pin: &'static str,
    pub clock_hz: u64,
    /// The clock pin is a PLL's own input pad: the iCE40 PLL must then be SB_PLL40_PAD
    /// (nextpnr-ice40 cannot place SB_PLL40_CORE fed from it: pin 35 of the UP5K-SG48).
    pub clock_pll_pad: bool,
    /// UART into the FPGA (the host's TX) and out of it.
    pub uart_rx_pin: &'static str,
    pub uart_tx_pin: &'static str,
    pub leds: &'static [&'static str],
    pub leds_active_low: bool,
    /// IO standard (ECP5 LPF); empty for iCE40.
    pub io_type: &'static str,
    /// USB-UART bridge (VID, PID), where checked (notes/boards.md).
    pub usb: Option<(u16, u16)>,
    /// Serial ports the bridge shows per board; the UART is the last of them (a
    /// dual-channel FT2232H shows two: channel A programs the flash, B is the UART).
    pub usb_ports: usize,
    /// openFPGALoader's name for the board (`openFPGALoader -b NAME`).
    pub programmer: &'static str,
    /// Highest reliable baud rate of the bridge.
    pub max_baud: u64,
    /// Block RAM and single-port RAM of the part, in bytes; LUTs.
    pub bram_bytes: usize,
    pub spram_bytes: usize,
    pub luts: usize,
    /// The design's clock target on this board (PLL output) and its lane count.
    pub target_hz: u64,
    /// nextpnr's placement seed for `mmfree build` (`--seed` overrides): the one the
    /// committed bitstream was placed with. Placement moves Fmax by a few MHz (the
    /// ULX3S-85F's netlist of session 10 at 70 MHz: 69.65, 68.22, 73.21 MHz with seeds
    /// 1, 2, 3; session 11's at 80 MHz: 82.77, 80.16, 82.03 with seeds 1, 2, 3; session
    /// 12's: 81.39, 79.22, 78.63; session 13's first `wide` netlist: 70.53, 73.83, 80.21;
    /// session 14's at 80 MHz: 72.92, 69.03, 73.99, 75.94 (seeds 1-4; with the link's
    /// registered header check 76.51, 77.44), at 75 MHz: 81.83, 77.14; session 16's
    /// (`chain`) at 75 MHz: 75.96, 77.41 (seeds 1, 2: the ULX3S-85F's seed is 2), at 80
    /// MHz: 77.60, 74.56; after its review, 76.91 (seed 2, 75 MHz);
    /// the iCEBreaker's of session 12 at 24 MHz: 23.99, 24.27, 25.07; of session 14, with
    /// `overlap`: 24.64, -, 23.56), so a target near the measured Fmax holds for the
    /// seed it was met with.
    pub seed: u32,
    pub lanes: usize,
    pub baud: u64,
    /// The bundled model this board runs when no `--model` is given (the largest that
    /// fits it; docs/models.md).
    pub model: &'static str,
}

/// The ULX3S variants differ only in the ECP5 part: its nextpnr device flags, its number
/// of 18 Kbit DP16KD blocks, its LUTs, and the lanes chosen for it.
const fn ulx3s(
    name: &'static str,
    description: &'static str,
    nextpnr: &'static [&'static str],
    dp16kd: usize,
    luts: usize,
    lanes: usize,
    model: &'static str,
    target_hz: u64,
    seed: u32,
) -> Board {
    Board {
        name,
        description,
        family: Family::Ecp5,
        nextpnr,
        clock_pin: "G2",
        clock_hz: 25_000_000,
        clock_pll_pad: false,
        uart_rx_pin: "M1",
        uart_tx_pin: "L4",
        leds: &["B2", "C2", "C1", "D2", "D1", "E2", "E1", "H3"],
        leds_active_low: false,
        io_type: "LVCMOS33",
        usb: Some((0x0403, 0x6015)),
        usb_ports: 1,
        programmer: "ulx3s",
        max_baud: 3_000_000,
        bram_bytes: dp16kd * 2304,
        spram_bytes: 0,
        luts,
        target_hz,
        seed,
        lanes,
        baud: 1_000_000,
        model,
    }
}

pub const BOARDS: &[Board] = &[
    Board {
        name: "icebreaker",
        description: "1BitSquared iCEBreaker (iCE40UP5K-SG48)",
        family: Family::Ice40,
        nextpnr: &["--up5k", "--package", "sg48"],
        clock_pin: "35",
        clock_hz: 12_000_000,
        clock_pll_pad: true,
        uart_rx_pin: "6",
        uart_tx_pin: "9",
        leds: &["11", "37"],
        leds_active_low: true,
        io_type: "",
        usb: Some((0x0403, 0x6010)),
        usb_ports: 2,
        programmer: "icebreaker",
        max_baud: 6_000_000,
        bram_bytes: 30 * 512,
        spram_bytes: 128 * 1024,
        luts: 5280,
        target_hz: 24_000_000,
        seed: 1,
        lanes: 8,
        baud: 3_000_000,
        model: "shakespeare-ice40",
    },
    Board {
        name: "icesugar",
        description: "MuseLab iCESugar (iCE40UP5K-SG48)",
        family: Family::Ice40,
        nextpnr: &["--up5k", "--package", "sg48"],
        clock_pin: "35",
        clock_hz: 12_000_000,
        clock_pll_pad: true,
        uart_rx_pin: "4",
        uart_tx_pin: "6",
        leds: &["40", "41", "39"],
        leds_active_low: true,
        io_type: "",
        usb: None,
        usb_ports: 1,
        programmer: "icesugar",
        max_baud: 1_000_000,
        bram_bytes: 30 * 512,
        spram_bytes: 128 * 1024,
        luts: 5280,
        target_hz: 24_000_000,
        seed: 1,
        lanes: 8,
        baud: 1_000_000,
        model: "shakespeare-ice40",
    },
    Board {
        name: "alchitry-cu",
        description: "Alchitry Cu (iCE40HX8K-CB132)",
        family: Family::Ice40,
        nextpnr: &["--hx8k", "--package", "cb132"],
        clock_pin: "P7",
        clock_hz: 100_000_000,
        clock_pll_pad: false,
        uart_rx_pin: "M9",
        uart_tx_pin: "P14",
        leds: &["J11", "K11", "K12", "K14", "L12", "L14", "M12", "N14"],
        leds_active_low: false,
        io_type: "",
        usb: None,
        usb_ports: 1,
        programmer: "alchitry_cu",
        max_baud: 6_000_000,
        bram_bytes: 32 * 512,
        spram_bytes: 0,
        luts: 7680,
        target_hz: 50_000_000,
        seed: 1,
        lanes: 16,
        baud: 2_000_000,
        model: "shakespeare-ice40",
    },
    ulx3s(
        "ulx3s-12f",
        "Radiona ULX3S (LFE5U-12F-CABGA381)",
        &["--12k", "--package", "CABGA381"],
        32,
        12_288,
        32,
        "shakespeare-ice40",
        25_000_000,
        1,
    ),
    ulx3s(
        "ulx3s-25f",
        "Radiona ULX3S (LFE5U-25F-CABGA381)",
        &["--25k", "--package", "CABGA381"],
        56,
        24_288,
        64,
        "shakespeare-ice40",
        25_000_000,
        1,
    ),
    ulx3s(
        "ulx3s-45f",
        "Radiona ULX3S (LFE5U-45F-CABGA381)",
        &["--45k", "--package", "CABGA381"],
        108,
        43_848,
        64,
        "shakespeare-ice40",
        25_000_000,
        1,
    ),
    ulx3s(
        "ulx3s-85f",
        "Radiona ULX3S (LFE5U-85F-CABGA381)",
        &["--85k", "--package", "CABGA381"],
        208,
        83_640,
        128,
        "shakespeare-ecp5",
        75_000_000,
        2,
    ),
];

pub fn board(name: &str) -> Result<&'static Board> {
    match BOARDS.iter().find(|b| b.name.eq_ignore_ascii_case(name)) {
        Some(b) => Ok(b),
        None => bail!(
            "unknown board `{name}`; known boards: {}",
            BOARDS.iter().map(|b| b.name).collect::<Vec<_>>().join(", ")
        ),
    }
}

/// The board the simulated backends imitate by default (the main job's).
pub const DEFAULT_BOARD: &str = "icebreaker";
