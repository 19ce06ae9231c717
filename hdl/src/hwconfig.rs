//! `HwConfig`: every elaboration-time parameter of the accelerator, derived from the
//! model's dimensions and a board, and the memory layout that the program compiler,
//! the host packer, the simulators and the manifest all share.

use crate::isa::{Instr, Opcode, ADDR_BITS, EMB_DST, ISA_VERSION, N_BITS};
use crate::pack::{matrix_words, word_bytes};
use anyhow::{ensure, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The model dimensions the hardware is built for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelDims {
    pub hidden: usize,
    pub layers: usize,
    pub intermediate: usize,
    pub vocab: usize,
}

/// Addresses of one layer's data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayerLayout {
    /// Bank A: the recurrent state h of this layer.
    pub h: u16,
    /// Bank B parameters.
    pub attn_norm: u16,
    pub g_i: u16,
    pub g_f: u16,
    pub g_g: u16,
    pub one_minus_lb: u16,
    pub g_norm: u16,
    pub g_o: u16,
    pub mlp_norm: u16,
    pub g_gate: u16,
    pub g_down: u16,
    /// Bank B: the six dequantization constants (mantissa, exponent), i f g o gate down.
    pub consts: u16,
    /// Weight words of i, f, g, o, gate, down.
    pub w: [u32; 6],
}

/// Where everything lives. Bank A holds activations, bank B parameters and temporaries,
/// W the packed ternary weights and the int8 embedding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    pub dims: ModelDims,
    pub lanes: usize,
    // Bank A activations.
    pub x: u16,
    pub u: u16,
    pub iv: u16,
    pub fv: u16,
    pub gv: u16,
    pub si: u16,
    pub t: u16,
    pub uo: u16,
    pub r: u16,
    pub ug: u16,
    pub sg: u16,
    pub p: u16,
    /// GENERATE's tokens (MAX_GEN words), written by the link, not by programs.
    pub gen: u16,
    pub a_words: usize,
    // Bank B temporaries.
    pub omf: u16,
    pub c: u16,
    pub m: u16,
    pub sh: u16,
    pub uu: u16,
    pub layers: Vec<LayerLayout>,
    pub norm: u16,
    pub g_head: u16,
    pub head_const: u16,
    pub emb_scale: u16,
    /// Where the host-writable parameters start in bank B (they run to `b_words`).
    pub params_start: u16,
    /// From here to `b_words`, bank B holds only parameters read by STREAM and SCALE
    /// (not EMB's scales, nor anything a program writes): the part that may live in
    /// the W memory (`HwConfig::params_in_w`).
    pub b_mapped: u16,
    pub b_words: usize,
    pub w_head: u32,
    pub w_emb: u32,
    pub w_words: usize,
    pub q_len: usize,
    pub acc_len: usize,
}

impl Layout {
    pub fn new(d: ModelDims, lanes: usize) -> Result<Layout> {
        let (h, i, v, l) = (d.hidden, d.intermediate, d.vocab, d.layers);
        ensure!(
            lanes == 8 || (lanes >= 16 && lanes.is_power_of_two()),
            "LANES must be 8 or a power of two from 16 (lane groups of 16 read 32-bit weight words; 8 lanes read half words), not {lanes}"
        );
        let wb = word_bytes(lanes);
        ensure!(h > 0 && i > 0 && v > 0 && l > 0, "model dimensions must be positive");
        // Embedding rows are whole W memory words (32 bits, or LANES/4 bytes per group).
        let eb = wb.max(4);
        ensure!(h % eb == 0, "hidden size {h} must be a multiple of LANES/4 = {eb} (embedding rows are whole words)");
        ensure!(h >= lanes && i >= lanes, "hidden ({h}) and intermediate ({i}) sizes must be at least LANES ({lanes})");
        ensure!(
            h < 1 << N_BITS && 2 * i < 1 << N_BITS && v < 1 << N_BITS,
            "dimensions exceed the instruction's 12-bit lengths"
        );
        let mut next = 0usize;
        let mut alloc = |n: usize| {
            let a = next;
            next += n;
            a as u16
        };
        let x = alloc(h);
        assert_eq!(x, EMB_DST);
        let (u, iv, fv, gv, si, t, uo, r) =
            (alloc(h), alloc(h), alloc(h), alloc(h), alloc(h), alloc(h), alloc(h), alloc(h));
        let (ug, sg, p) = (alloc(i), alloc(i), alloc(i));
        let hs: Vec<u16> = (0..l).map(|_| alloc(h)).collect();
        let gen = alloc(crate::protocol::MAX_GEN);
        let a_words = next;
        let mut next = 0usize;
        let mut alloc = |n: usize| {
            let a = next;
            next += n;
            a as u16
        };
        let (omf, c, m, sh, uu) = (alloc(h), alloc(h), alloc(h), alloc(h), alloc(i));
        let params_start = alloc(0);
        let emb_scale = alloc(v);
        let b_mapped = alloc(0);
        let mut w = 0u32;
        let mut walloc = |rows: usize, cols: usize| {
            let a = w;
            w += matrix_words(rows, cols, lanes) as u32;
            a
        };
        // Weights: every layer's i, f, g, o and down, the head, then the layers' gate/up
        // matrices (the largest per column of input), then the embedding rows: with
        // `HwConfig::split` the lower half of W holds what comes first, and a MATVEC
        // trails its QUANT (saving the QUANT's pass) only there, so the matrices whose
        // QUANT is longest per weight word go first.
        let small: Vec<[u32; 5]> =
            (0..l).map(|_| [walloc(h, h), walloc(h, h), walloc(h, h), walloc(h, h), walloc(h, i)]).collect();
        let w_head = walloc(v, h);
        let gates: Vec<u32> = (0..l).map(|_| walloc(2 * i, h)).collect();
        let mut layers = Vec::new();
        for (j, &hl) in hs.iter().enumerate() {
            let [wi, wf, wg, wo, wd] = small[j];
            let ll = LayerLayout {
                h: hl,
                attn_norm: alloc(h),
                g_i: alloc(h),
                g_f: alloc(h),
                g_g: alloc(h),
                one_minus_lb: alloc(h),
                g_norm: alloc(h),
                g_o: alloc(h),
                mlp_norm: alloc(h),
                g_gate: alloc(h),
                g_down: alloc(i),
                consts: alloc(12),
                w: [wi, wf, wg, wo, gates[j], wd],
            };
            layers.push(ll);
        }
        let (norm, g_head, head_const) = (alloc(h), alloc(h), alloc(2));
        let b_words = next;
        // At 8 lanes a 32-bit memory word holds two lane words: the embedding rows start
        // on a memory word (EMB reads 32-bit words), and W is whole memory words.
        let w_emb = w.next_multiple_of((4 / wb).max(1) as u32);
        let w_words = w_emb as usize + v * h / wb;
        let lay = Layout {
            dims: d,
            lanes,
            x,
            u,
            iv,
            fv,
            gv,
            si,
            t,
            uo,
            r,
            ug,
            sg,
            p,
            gen,
            a_words,
            omf,
            c,
            m,
            sh,
            uu,
            layers,
            norm,
            g_head,
            head_const,
            emb_scale,
            params_start,
            b_mapped,
            b_words,
            w_head,
            w_emb,
            w_words,
            q_len: h.max(i),
            acc_len: (2 * i).max(v).max(h),
        };
        ensure!(
            lay.a_words <= 1 << ADDR_BITS && lay.b_words <= 1 << ADDR_BITS,
            "model needs {} words of bank A and {} of bank B; instructions address {} words",
            lay.a_words,
            lay.b_words,
            1 << ADDR_BITS
        );
        ensure!(lay.w_words < 1 << 26, "weights need {} words; instructions address 2^26", lay.w_words);
        Ok(lay)
    }
}

/// Everything fixed when the hardware is elaborated. Memory sizes are powers of two
/// (address widths), at least what the layout needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HwConfig {
    pub dims: ModelDims,
    pub lanes: usize,
    /// log2 of the word counts of bank A, bank B, W, Q, ACC and the program memory.
    pub a_bits: u32,
    pub b_bits: u32,
    pub w_bits: u32,
    pub q_bits: u32,
    pub acc_bits: u32,
    pub prog_bits: u32,
    /// Bank B from `Layout::b_mapped` lives in the W memory (one parameter in the low
    /// half of each word, after the weights), not in block RAM: on parts with SPRAM,
    /// where block RAM is short and the weights leave SPRAM words free.
    pub params_in_w: bool,
    /// Register stages for a part whose block RAM's clock-to-out and long routes limit
    /// the clock (the ECP5's 5.6 ns): in the vector ALU the sigmoid table's address and
    /// output and the multiplier's operands (three stages, +3 cycles per vector
    /// instruction) and QUANT's n, the weight word beside each lane group and the lanes' q and -q (+1
    /// per MATVEC), the instruction word between FETCH and DECODE (+1 per instruction),
    /// ARGMAX's ACC word and EMB's byte from the registered W word (+1 each per token),
    /// the scale unit's product (+1 per scale), every memory's host-port word and the
    /// read data before the link (reads wait two cycles more), the link's writes and
    /// start on their way to the core, its check of a header byte for an out-of-range
    /// request (a cycle later), and W as a two-port memory. The list with each
    /// stage's path: docs/bitstreams.md. Left out of the serialized
    /// configuration when false, so configurations without it keep their hashes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deep: bool,
    /// The lane engine runs a MATVEC beside the sequencer: the BitLinear's DEQ / DEQADD
    /// streams its sums as their blocks drain instead of after the last one, and the
    /// element-wise instructions that touch neither Q nor ACC (nor, with `params_in_w`,
    /// the parameters in W, unless `split` and the MATVEC trails) run beside it (`Core`).
    /// Set for every board (the iCE40UP5K's whole design: 5,261 of its 5,280 logic
    /// cells, session 15).
    /// Left out of the serialized configuration when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub overlap: bool,
    /// The vector unit does two elements per cycle: banks A and B, Q and ACC are each two
    /// memories (even and odd addresses), and a second vector ALU takes the odd
    /// elements. An instruction whose addresses and length are all even streams two
    /// elements per cycle; any other runs one per cycle, as without it (`Core`). The
    /// lanes' shift chain drains two rows a cycle into ACC (`LaneGroup::shift2`), so the
    /// DEQs behind a MATVEC keep up. The compiler's layout keeps every vector even when
    /// the model's sizes are. Costs a vector ALU (3 multipliers, a sigmoid table) and the
    /// memories' muxes: set for ECP5 parts only (without `params_in_w`: bank B's words in
    /// W come one per cycle, so with it this has no effect). Left out of the serialized
    /// configuration when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub wide: bool,
    /// With `wide`, `deep` and `overlap` (bank B in block RAM): a second pair of vector
    /// ALUs, so that an element-wise instruction streams while the one before it drains
    /// from the other pair (`Core`'s pair contexts): the ALUs alternate by instruction,
    /// each pair with its own opcode, destination and result count, and an element that
    /// reads what the draining instruction has yet to write waits for it. Saves most of
    /// each instruction's pipeline drain (the ALU's latency) where the vector unit is the
    /// bottleneck (the ECP5). Costs two ALUs (6 multipliers, 2 sigmoid tables). Left out
    /// of the serialized configuration when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub chain: bool,
    /// With `params_in_w` and one W memory: W is two memories of half its depth (the
    /// iCE40UP5K's four SPRAMs as two pairs), each with its own address, and bank B's
    /// part in W lies wholly in the upper one (`w_params_base`). A MATVEC whose weights
    /// lie wholly in the lower one may then run beside instructions that read the
    /// parameters: the compiler marks it `MV_TRAIL` (its QUANT, SCALE, the next QMAX and
    /// OMF go beside it); the core checks the two never meet (a fault). Left out of the
    /// serialized configuration when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub split: bool,
    pub clock_hz: u64,
    pub baud: u64,
}

pub fn addr_bits(n: usize) -> u32 {
    n.max(2).next_power_of_two().trailing_zeros()
}

impl HwConfig {
    pub fn new(dims: ModelDims, lanes: usize, clock_hz: u64, baud: u64) -> Result<HwConfig> {
        let lay = Layout::new(dims, lanes)?;
        ensure!(
            baud > 0 && clock_hz >= 4 * baud,
            "clock {clock_hz} Hz is too slow for {baud} baud (needs 4 clocks per bit)"
        );
        // The UART counts a bit's clocks in 10 bits.
        ensure!(
            clock_hz / baud < 1024,
            "clock {clock_hz} Hz is too fast for {baud} baud (at most 1023 clocks per bit; raise the baud rate)"
        );
        // The UART divides the clock by an integer: its rate must be within 1% of `baud`.
        let actual = clock_hz as f64 / (clock_hz / baud) as f64;
        ensure!(
            (actual - baud as f64).abs() <= 0.01 * baud as f64,
            "clock {clock_hz} Hz cannot make {baud} baud (the nearest is {actual:.0}: more than 1% off)"
        );
        Ok(HwConfig {
            dims,
            lanes,
            a_bits: addr_bits(lay.a_words),
            b_bits: addr_bits(lay.b_words),
            w_bits: addr_bits(lay.w_words),
            q_bits: addr_bits(lay.q_len),
            acc_bits: addr_bits(lay.acc_len),
            prog_bits: addr_bits(program_len(&dims)),
            params_in_w: false,
            deep: false,
            overlap: false,
            wide: false,
            chain: false,
            split: false,
            clock_hz,
            baud,
        })
    }

    /// The configuration for a model on a board: the board's lane count, reduced (by
    /// halving) until the model's dimensions allow it; its clock target and baud rate.
    pub fn for_board(dims: ModelDims, board: &crate::boards::Board) -> Result<HwConfig> {
        let mut lanes = board.lanes;
        while lanes > 16 && Layout::new(dims, lanes).is_err() {
            lanes /= 2;
        }
        let mut hw = HwConfig::new(dims, lanes, board.target_hz, board.baud)?;
        hw.params_in_w = board.spram_bytes > 0;
        let ecp5 = board.family == crate::boards::Family::Ecp5;
        (hw.deep, hw.wide, hw.chain) = (ecp5, ecp5, ecp5);
        hw.overlap = true;
        hw.split = hw.params_in_w && hw.w_groups() == 1;
        Ok(hw)
    }

    /// The same configuration with another lane count (`--lanes` for sweeps, a
    /// manifest's lanes): the board's memory placement (`params_in_w`) and pipeline
    /// (`deep`, `overlap`, `wide`, `chain`) stay.
    pub fn with_lanes(&self, lanes: usize) -> Result<HwConfig> {
        let other = HwConfig::new(self.dims, lanes, self.clock_hz, self.baud)?;
        let mut hw = HwConfig {
            params_in_w: self.params_in_w,
            deep: self.deep,
            overlap: self.overlap,
            wide: self.wide,
            chain: self.chain,
            ..other
        };
        hw.split = self.split && hw.w_groups() == 1;
        Ok(hw)
    }

    /// Depth of bank B's block RAM: all of bank B, or only the part below
    /// `Layout::b_mapped` when the rest lives in W.
    pub fn b_ram_words(&self) -> usize {
        let lay = self.layout();
        if self.params_in_w {
            lay.b_mapped as usize
        } else {
            lay.b_words
        }
    }

    /// W memories (32-bit words): one per group of 16 lanes, one at 8 lanes.
    pub fn w_groups(&self) -> usize {
        (self.lanes / 16).max(1)
    }

    /// At 8 lanes a lane word (8 trits, 16 bits) is half a W memory word:
    /// lane word `a` is the low (even `a`) or high (odd) half of memory word `a / 2`.
    pub fn w_half(&self) -> bool {
        self.lanes < 16
    }

    /// Memory words of each W memory that hold the weights and embedding rows
    /// (`Layout::w_words` lane words).
    pub fn w_mem_words(&self) -> usize {
        let w = self.layout().w_words;
        if self.w_half() {
            w / 2
        } else {
            w
        }
    }

    /// 32-bit words of the host's W region (all groups): the packed image in 4-byte
    /// chunks.
    pub fn w_region_words(&self) -> usize {
        self.w_mem_words() * self.w_groups()
    }

    /// Words of each W memory that hold bank B's mapped part (`params_in_w`), else 0.
    fn w_params_words(&self) -> usize {
        let lay = self.layout();
        if self.params_in_w {
            (lay.b_words - lay.b_mapped as usize).div_ceil(self.w_groups())
        } else {
            0
        }
    }

    /// The W word where bank B's mapped part starts: after the weights, or with `split`
    /// at least at the upper half (the allocated depth doubled until it fits there).
    pub fn w_params_base(&self) -> usize {
        let (w, p) = (self.w_mem_words(), self.w_params_words());
        if !self.split {
            return w;
        }
        let mut d = crate::units::ram::alloc_depth(w + p);
        loop {
            let base = w.max(d / 2);
            if base + p <= d {
                return base;
            }
            d *= 2;
        }
    }

    /// Depth of each W memory: the weight words, then, when `params_in_w`, the mapped
    /// part of bank B dealt round the groups (B address `b_mapped + j` -> group `j % G`,
    /// word `w_params_base + j / G`).
    pub fn w_depth(&self) -> usize {
        if self.params_in_w {
            self.w_params_base() + self.w_params_words()
        } else {
            self.w_mem_words()
        }
    }

    /// With `split`: the depth of each half of W (memory words); the lower half holds
    /// words below it.
    pub fn w_split_words(&self) -> usize {
        crate::units::ram::alloc_depth(self.w_depth()) / 2
    }

    /// With `split`, whether a MATVEC's weights (`rows x cols` from lane word `wbase`)
    /// lie wholly in W's lower half, so it may trail its QUANT (`MV_TRAIL`) beside the
    /// parameters' reads; without `params_in_w` every MATVEC may (bank B is block RAM).
    /// Needs `overlap` (the engine beside the sequencer).
    pub fn may_trail(&self, wbase: u32, rows: usize, cols: usize) -> bool {
        if !self.overlap {
            return false;
        }
        if !self.params_in_w {
            return true;
        }
        if !self.split {
            return false;
        }
        let end = wbase as usize + matrix_words(rows, cols, self.lanes);
        let lo = if self.w_half() { 2 * self.w_split_words() } else { self.w_split_words() };
        end <= lo
    }

    /// Elements per cycle the vector ALUs take from instruction `i`, 0 if it uses none:
    /// two with `wide` (and bank B in block RAM) for an element-wise instruction (MULSH
    /// to QUANT, DEQ, DEQADD) whose dst, a, b and n are all even, as the core decodes it
    /// (`Core`'s `i_w2`); one for any other element-wise instruction and EMB.
    pub fn elements_per_cycle(&self, i: &Instr) -> u64 {
        use Opcode::*;
        match i.op {
            MulSh | Add | Sub | Silu | Omf | SumSq | QMax | Quant | Deq | DeqAdd => {
                let even = [i.dst, i.a, i.b, i.n].iter().all(|v| v % 2 == 0);
                if self.wide && !self.params_in_w && even {
                    2
                } else {
                    1
                }
            }
            Emb => 1,
            End | MatVec | Scale | Argmax => 0,
        }
    }

    /// The cycles the vector ALUs need for one run of `prog`: every element-wise
    /// instruction's elements at `elements_per_cycle`, with no fetch, drain or wait. No
    /// schedule of the program on this hardware takes fewer cycles (the ALUs take at most
    /// that many elements a cycle), as none takes fewer than the lane array's
    /// `MATVEC` columns x blocks: `mmfree bench` prints the larger as the bound.
    pub fn vector_cycles(&self, prog: &[Instr]) -> u64 {
        prog.iter()
            .map(|i| match self.elements_per_cycle(i) {
                0 => 0,
                r => (i.n as u64).div_ceil(r),
            })
            .sum()
    }

    /// The lane array's cycles for one run of `prog`: each MATVEC's columns times its
    /// blocks of LANES rows (the ideal when the rows are a multiple of LANES).
    pub fn lane_cycles(&self, prog: &[Instr]) -> u64 {
        prog.iter()
            .filter(|i| i.op == Opcode::MatVec)
            // MATVEC's b field is its rows, n its columns: one cycle per lane word.
            .map(|i| matrix_words(i.b as usize, i.n as usize, self.lanes) as u64)
            .sum()
    }

    /// The memories of the SoC as (name, depth, width in bits), as the units allocate
    /// them: each RAM a power of two deep (`Ram`, `SpRam`: addressed by their low bits),
    /// W one single-port RAM of 32-bit words per group of 16 lanes (one at 8 lanes).
    pub fn memories(&self) -> Vec<(&'static str, usize, usize)> {
        let lay = self.layout();
        let p2 = crate::units::ram::alloc_depth;
        let mut m = vec![
            ("program (low half)", 1 << self.prog_bits, 32),
            ("program (high half)", 1 << self.prog_bits, 32),
            ("bank A", p2(lay.a_words), 16),
            ("bank B", p2(self.b_ram_words()), 16),
            ("Q", p2(lay.q_len), 8),
            ("ACC", p2(lay.acc_len), 18),
            ("link frame buffer", crate::units::link::FBUF_BYTES, 8),
            ("sigmoid table", crate::numerics::SIG_ENTRIES, 16),
            // The link's identity ROM (`Rom::in_block_ram`).
            ("identity ROM", 32, 8),
        ];
        for _ in 0..self.w_groups() {
            m.push(("W", p2(self.w_depth()), 32));
        }
        m
    }

    /// Check that the memories fit the board's part: W in SPRAM where the part has it
    /// (16K x 16 blocks), everything else in block RAM, counted in whole blocks of the
    /// best aspect ratio (iCE40 EBR: 4 Kbit as 256x16 .. 2048x2; ECP5 DP16KD: 18 Kbit as
    /// 512x36 .. 16384x1).
    pub fn check_fits(&self, board: &crate::boards::Board) -> Result<()> {
        let (bram, spram, lines) = self.blocks(board);
        let block_bytes = match board.family {
            crate::boards::Family::Ice40 => 512,
            crate::boards::Family::Ecp5 => 2304,
        };
        let (bram_have, spram_have) = (board.bram_bytes / block_bytes, board.spram_bytes / 32768);
        ensure!(
            spram <= spram_have,
            "the model's weights need {spram} SPRAM blocks (16K x 16); the {} has {spram_have}",
            board.description
        );
        ensure!(
            bram <= bram_have,
            "the SoC for this model needs {bram} block RAMs; the {} has {bram_have} ({})",
            board.description,
            lines.join(", ")
        );
        Ok(())
    }

    /// Block RAMs and SPRAMs the memories take on `board`'s part, and one line per
    /// block-RAM memory ("name depth x width: blocks").
    pub fn blocks(&self, board: &crate::boards::Board) -> (usize, usize, Vec<String>) {
        use crate::boards::Family;
        let modes: &[(usize, usize)] = match board.family {
            Family::Ice40 => &[(256, 16), (512, 8), (1024, 4), (2048, 2)],
            Family::Ecp5 => &[(512, 36), (1024, 18), (2048, 9), (4096, 4), (8192, 2), (16384, 1)],
        };
        let blocks = |d: usize, w: usize| modes.iter().map(|&(md, mw)| d.div_ceil(md) * w.div_ceil(mw)).min().unwrap();
        let (mut bram, mut spram) = (0usize, 0usize);
        let mut lines = vec![];
        for (name, d, w) in self.memories() {
            if name == "W" && board.spram_bytes > 0 {
                spram += d.div_ceil(16384) * w.div_ceil(16);
            } else {
                let n = blocks(d, w);
                lines.push(format!("{name} {d}x{w}: {n}"));
                bram += n;
            }
        }
        (bram, spram, lines)
    }

    pub fn layout(&self) -> Layout {
        Layout::new(self.dims, self.lanes).expect("HwConfig holds a valid layout")
    }

    /// A short hash identifying this hardware (the identity ROM and the manifest hold it):
    /// the configuration and the instruction set's version, so a board built before an
    /// instruction changed meaning is refused, not fed programs it would run wrongly.
    pub fn hash(&self) -> u32 {
        let j = serde_json::to_vec(self).expect("serializable");
        let d = Sha256::new().chain_update(&j).chain_update(ISA_VERSION.to_le_bytes()).finalize();
        u32::from_le_bytes([d[0], d[1], d[2], d[3]])
    }
}

/// Number of instructions of one token's program (see the compiler in the host crate):
/// EMB, per layer 44, the head 6, END.
pub fn program_len(d: &ModelDims) -> usize {
    1 + d.layers * PROGRAM_PER_LAYER + PROGRAM_HEAD + 1
}

pub const PROGRAM_PER_LAYER: usize = 44;
pub const PROGRAM_HEAD: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_of_the_ice40_model() {
        let d = ModelDims { hidden: 96, layers: 3, intermediate: 256, vocab: 256 };
        let l = Layout::new(d, 32).unwrap();
        assert_eq!(l.x, 0);
        // 4 H^2 + 3 I H per layer, plus the head, in 32-trit words.
        assert_eq!(l.w_emb as usize, 3 * (4 * 96 * 96 + 3 * 256 * 96) / 32 + 256 * 96 / 32);
        assert_eq!(l.w_words, l.w_emb as usize + 256 * 96 / 8);
        let hw = HwConfig::new(d, 32, 12_000_000, 1_000_000).unwrap();
        assert!(1 << hw.a_bits >= l.a_words && 1 << hw.b_bits >= l.b_words);
        assert_ne!(hw.hash(), HwConfig::new(d, 16, 12_000_000, 1_000_000).unwrap().hash());
    }

    #[test]
    fn bad_dimensions_are_refused() {
        let d = ModelDims { hidden: 90, layers: 1, intermediate: 256, vocab: 256 };
        assert!(Layout::new(d, 32).unwrap_err().to_string().contains("multiple of LANES/4"));
        assert!(HwConfig::new(ModelDims { hidden: 96, ..d }, 32, 1000, 1000).is_err());
    }

    #[test]
    fn memory_fit_is_checked_against_the_part() {
        use crate::boards::board;
        let d = ModelDims { hidden: 96, layers: 3, intermediate: 256, vocab: 256 };
        // The bundled model on the iCEBreaker (8 lanes): W and bank B's parameters take
        // the 4 SPRAMs, the rest 27 of the 30 EBRs (Yosys maps the same 27). With bank B
        // all in block RAM (4,486 words, allocated 8,192 deep) it would need 55.
        let ice = board("icebreaker").unwrap();
        let hw = HwConfig::for_board(d, ice).unwrap();
        assert!(hw.params_in_w && hw.lanes == 8);
        // Another lane count keeps the board's placement (the bitstream check relies on it).
        let h16 = hw.with_lanes(16).unwrap();
        assert!(h16.params_in_w && h16.lanes == 16);
        // The extra register stages are the ECP5's only, and stay with the lanes.
        assert!(!hw.deep);
        let e5 = HwConfig::for_board(d, board("ulx3s-85f").unwrap()).unwrap();
        assert!(e5.deep && e5.with_lanes(64).unwrap().deep);
        assert!(e5.overlap && e5.with_lanes(64).unwrap().overlap && hw.overlap && h16.overlap);
        assert!(e5.wide && e5.with_lanes(64).unwrap().wide && !hw.wide);
        assert!(e5.chain && e5.with_lanes(64).unwrap().chain && !hw.chain);
        assert!(hw.with_lanes(12).is_err());
        hw.check_fits(ice).unwrap();
        let (bram, spram, _) = hw.blocks(ice);
        assert_eq!((bram, spram), (27, 4));
        let e = HwConfig { params_in_w: false, ..hw }.check_fits(ice).unwrap_err().to_string();
        assert!(e.contains("needs 55 block RAMs") && e.contains("has 30"), "{e}");
        let ecp = board("ulx3s-85f").unwrap();
        HwConfig::for_board(d, ecp).unwrap().check_fits(ecp).unwrap();
        // A model whose weights exceed the SPRAM.
        let big = ModelDims { hidden: 128, layers: 4, intermediate: 384, vocab: 256 };
        let e = HwConfig::for_board(big, ice).unwrap().check_fits(ice).unwrap_err().to_string();
        assert!(e.contains("SPRAM blocks"), "{e}");
    }

    #[test]
    fn the_bound_counts_elements_at_the_decoded_rate() {
        use crate::boards::board;
        use crate::isa::Bank;
        let d = ModelDims { hidden: 96, layers: 3, intermediate: 256, vocab: 256 };
        let e5 = HwConfig::for_board(d, board("ulx3s-85f").unwrap()).unwrap();
        let ice = HwConfig::for_board(d, board("icebreaker").unwrap()).unwrap();
        let v = |op, dst, a, b, n| Instr::vec(op, Bank::A, dst, a, b, n, 0);
        let prog = [
            v(Opcode::MulSh, 0, 2, 4, 96),    // all even: 48 cycles with `wide`
            v(Opcode::Add, 0, 1, 4, 96),      // odd a: one a cycle
            v(Opcode::Deq, 2, 0, 0, 7),       // odd n
            v(Opcode::QMax, 0, 128, 64, 256), // 128 with `wide`
            Instr::emb(0, 0, 96, 0),          // one a cycle on every board
            Instr::matvec(0, 256, 96),        // lanes: 96 columns x blocks
            v(Opcode::Argmax, 0, 0, 0, 256),
            Instr::new(Opcode::End),
        ];
        assert_eq!(e5.vector_cycles(&prog), 48 + 96 + 7 + 128 + 96);
        assert_eq!(ice.vector_cycles(&prog), 96 + 96 + 7 + 256 + 96);
        // Bank B in W (one word a cycle): no pairs even where `wide` is set.
        assert_eq!(HwConfig { wide: true, ..ice }.vector_cycles(&prog), ice.vector_cycles(&prog));
        assert_eq!(e5.lane_cycles(&prog), 96 * 256usize.div_ceil(e5.lanes) as u64);
        assert_eq!(ice.lane_cycles(&prog), 96 * 32);
        assert_eq!(ice.with_lanes(16).unwrap().lane_cycles(&[Instr::matvec(0, 20, 5)]), 10);
    }
}
