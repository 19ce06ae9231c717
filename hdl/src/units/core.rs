//! The accelerator core: memories, the lane array, the vector ALU, the scale unit
//! (which also computes the quantizer's reciprocal), and the sequencer that runs one token's program (golden model:
//! `isa::Machine::run`).
//!
//! Host port (used by the link layer, or directly by a simulator), valid while idle:
//! - write: `wr_en`, `wr_region`, `wr_addr`, `wr_data` (32-bit).
//! - read: `rd_region`, `rd_addr`; `rd_data` holds the word one cycle later (a W word
//!   two cycles later with `HwConfig::deep`, the address held: the words are registered
//!   beside their memories).
//! - run: pulse `start` with `token_in`; `busy` falls when END is reached; then
//!   `token_out` is the argmax, `s_mant`/`s_exp` the LM head's scale, and ACC holds the
//!   head's accumulators. `cycles` counts the cycles of the last run (or, with `cont`
//!   at its start, of the runs since the last one started without it).
//!
//! Regions (`REGION_*`): program low and high halves (one instruction = two words), bank
//! A, bank B, W (address = word * G + g for G = LANES/16 groups of 16 lanes, i.e. the
//! 32-bit little-endian chunks of the packed image in order; at 8 lanes one memory whose
//! words hold two lane words each), Q and ACC (read only).
//!
//! Sequencer states: FETCH (read the program) -> DECODE (latch fields) -> one of
//! STREAM + DRAIN (vector ops; QMAX then runs the scale unit's reciprocal), SCALE (two reads of
//! bank B, then the scale unit), MATVEC (the lane engine: blocks of LANES rows, each
//! drained into ACC while the next accumulates), ARGMAX; END returns to IDLE. With
//! `HwConfig::overlap` MATVEC starts the lane engine and the sequencer goes on: DEQ and
//! DEQADD issue while the engine runs, their elements waiting (bubbles) until the
//! drains have written their ACC rows, so a BitLinear's dequantization streams behind
//! its MATVEC block by block instead of after it; so do the element-wise instructions
//! that touch neither Q nor ACC (`side_m`: the MLGRU's update beside the g projection,
//! the GLU's SiLU beside the up half, the next projection's QMAX; the compiler puts
//! them there); those that leave M and SS alone also issue beside SCALE (`side_s`).
//! A MATVEC with T (`isa::MV_TRAIL`) trails the QUANT after it (`mv_wait`), SCALE and
//! ARGMAX go beside the engine too, and with `HwConfig::split` the readers of parameters
//! beside a T MATVEC (W in two halves: `whi`).

use super::counter::Counter32;
use super::lanes::LaneGroup;
use super::ram::Ram;
use super::scale::ScaleUnit;
use super::spram::SpRam;
use super::valu::{latency, VAlu};
use crate::hwconfig::HwConfig;
use rust_hdl::prelude::*;

pub const REGION_PROG_LO: u64 = 0;
pub const REGION_PROG_HI: u64 = 1;
pub const REGION_A: u64 = 2;
pub const REGION_B: u64 = 3;
pub const REGION_W: u64 = 4;
pub const REGION_Q: u64 = 5;
pub const REGION_ACC: u64 = 6;

/// Address widths of the memories (the maximum the ISA and the host port allow; the
/// depths come from `HwConfig`).
pub const PROG_AW: usize = 10;
pub const BANK_AW: usize = 13;
pub const Q_AW: usize = 12;
pub const ACC_AW: usize = 12;
pub const W_AW: usize = 20;

#[derive(LogicBlock)]
pub struct Core {
    pub clock: Signal<In, Clock>,
    pub wr_en: Signal<In, Bit>,
    pub wr_region: Signal<In, Bits<3>>,
    pub wr_addr: Signal<In, Bits<24>>,
    pub wr_data: Signal<In, Bits<32>>,
    pub rd_region: Signal<In, Bits<3>>,
    pub rd_addr: Signal<In, Bits<24>>,
    pub rd_data: Signal<Out, Bits<32>>,
    pub start: Signal<In, Bit>,
    /// With `start`: go on counting `cycles` from the last run's count (GENERATE's
    /// steps sum their cycles here), instead of from 0.
    pub cont: Signal<In, Bit>,
    pub token_in: Signal<In, Bits<12>>,
    pub busy: Signal<Out, Bit>,
    /// An invalid opcode stopped the last run.
    pub fault: Signal<Out, Bit>,
    pub token_out: Signal<Out, Bits<12>>,
    pub s_mant: Signal<Out, Bits<16>>,
    pub s_exp: Signal<Out, Bits<16>>,
    pub cycles: Signal<Out, Bits<32>>,
    prog_lo: Ram<Bits<32>, PROG_AW>,
    prog_hi: Ram<Bits<32>, PROG_AW>,
    bank_a: Ram<Bits<16>, BANK_AW>,
    bank_b: Ram<Bits<16>, BANK_AW>,
    qmem: Ram<Bits<8>, Q_AW>,
    accm: Ram<Bits<18>, ACC_AW>,
    /// With `HwConfig::wide` (one element each, else none): banks A and B, Q and ACC
    /// hold the even addresses (word x at x / 2) and these the odd ones, and `valu1`
    /// takes the odd elements of an instruction that streams two per cycle (`i_w2`:
    /// its addresses and length all even). Every other access (the host's, one element
    /// per cycle, the drains', MATVEC's and ARGMAX's) goes to the memory of its address's
    /// bit 0, and the word read comes from the one that `*_sel` (that bit, registered
    /// with the address) names.
    bank_a1: Vec<Ram<Bits<16>, BANK_AW>>,
    bank_b1: Vec<Ram<Bits<16>, BANK_AW>>,
    qmem1: Vec<Ram<Bits<8>, Q_AW>>,
    accm1: Vec<Ram<Bits<18>, ACC_AW>>,
    valu1: Vec<VAlu>,
    a_sel: Vec<DFF<Bit>>,
    b_sel: Vec<DFF<Bit>>,
    q_sel: Vec<DFF<Bit>>,
    acc_sel: Vec<DFF<Bit>>,
    i_w2: Vec<DFF<Bit>>,
    /// With `wide`: `avail - 1` (0 for 0) registered with `avail_r`, for a DEQ pair's
    /// check `ka + 1 < avail` as `ka < avail_w` (the adder before the compare was the
    /// ECP5's critical path, 13.5 ns).
    avail_w: Vec<DFF<Bits<13>>>,
    /// With `wide`: the two ALUs' QMAX maxima and SUMSQ sums combined and registered for
    /// the scale unit (DRAIN waits a cycle more for them).
    mc: Vec<DFF<Bits<32>>>,
    ssc_lo: Vec<DFF<Bits<24>>>,
    ssc_hi: Vec<DFF<Bits<24>>>,
    /// `HwConfig::chain` (else none): the second pair of ALUs (`valu2[0]` even,
    /// `valu2[1]` odd elements; pair 0 is `valu` and `valu1[0]`). Element-wise
    /// instructions alternate between the pairs (`cur`: the pair of the latest, set at its
    /// DECODE; EMB always pair 0). Each pair keeps its instruction's context while its
    /// results come out: opcode and imm (`p_op`, `p_imm`, the ALUs' inputs), bank, two a
    /// cycle (`p_bank`, `p_w2`), the address of its next result and the end of its
    /// destination (`p_wa`, `p_end`: results are due while they differ, `p_busy`). An
    /// instruction that may drain beside the next (MULSH, ADD, SUB, SILU, OMF, SUMSQ, DEQ,
    /// DEQADD) skips DRAIN when the next is element-wise (its word prefetched: `pf_age`)
    /// and the next's pair is idle; results never meet (equal latency, in order), so the
    /// one write path takes its context from the pair whose results come out (`x_*`). The
    /// next instruction's element waits while it would read the bank the other pair writes
    /// at or above that pair's `p_wa` (`haz`: `pa_hi`, `pb_hi` are its highest bank A and
    /// bank B addresses this issue; `h_a`, `h_b`: it reads a bank the other writes).
    /// SS and M are each pair's own: the scale unit reads those of the pair of the last
    /// SUMSQ / MULSH with IMM_SS (`ss_pair`) and of the last QMAX (`m_pair`), through
    /// pair 1's combining registers `mc2`, `ssc2_*`.
    valu2: Vec<VAlu>,
    cur: Vec<DFF<Bit>>,
    p_op: Vec<DFF<Bits<4>>>,
    p_imm: Vec<DFF<Bits<8>>>,
    p_bank: Vec<DFF<Bit>>,
    p_w2: Vec<DFF<Bit>>,
    p_wa: Vec<DFF<Bits<13>>>,
    p_end: Vec<DFF<Bits<13>>>,
    p_busy: Vec<Signal<Local, Bit>>,
    m_pair: Vec<DFF<Bit>>,
    ss_pair: Vec<DFF<Bit>>,
    mc2: Vec<DFF<Bits<32>>>,
    ssc2_lo: Vec<DFF<Bits<24>>>,
    ssc2_hi: Vec<DFF<Bits<24>>>,
    pa_hi: Vec<DFF<Bits<13>>>,
    pb_hi: Vec<DFF<Bits<13>>>,
    h_a: Vec<DFF<Bit>>,
    h_b: Vec<DFF<Bit>>,
    /// With `wide` (one element, else none; false without `chain`).
    haz: Vec<Signal<Local, Bit>>,
    /// With `wide` (one element each, else none): the context of the results out of the
    /// ALUs this cycle (the instruction registers', or with `chain` the pair's), for
    /// the memories' writes.
    x_v: Vec<Signal<Local, Bit>>,
    x_op: Vec<Signal<Local, Bits<4>>>,
    x_bank: Vec<Signal<Local, Bit>>,
    x_w2: Vec<Signal<Local, Bit>>,
    x_dst: Vec<Signal<Local, Bits<13>>>,
    x_d0: Vec<Signal<Local, Bits<16>>>,
    x_d1: Vec<Signal<Local, Bits<16>>>,
    x_q0: Vec<Signal<Local, Bits<8>>>,
    x_q1: Vec<Signal<Local, Bits<8>>>,
    /// With `wide`: the instruction word DECODE reads (the next one, at the end of a
    /// STREAM) is element-wise and not EMB (MULSH..QUANT, DEQ, DEQADD).
    nx_el: Vec<Signal<Local, Bit>>,
    /// At an element-wise DECODE: the pair it takes (the other, or 0 for EMB).
    d_np: Vec<Signal<Local, Bit>>,
    d_dst: Vec<Signal<Local, Bits<13>>>,
    wmem: Vec<SpRam<Bits<32>, W_AW>>,
    lanes: Vec<LaneGroup>,
    /// EMB's byte, chosen within each W group from its word and registered (next to
    /// the group's memory), then chosen among the groups a cycle later: one mux over
    /// every group's word from the memories was the ECP5's critical path (8.7 ns of
    /// routing from a far group, 49.9 MHz). EMB's y and valid wait that cycle in
    /// `ey2`/`ev2`, its DRAIN one cycle more. With one group (`emb1`: 8 or 16 lanes)
    /// the byte goes straight from the word to the vector ALU, as every other operand
    /// does (the registers are unused and vanish in synthesis).
    gbyte: Vec<DFF<Bits<8>>>,
    wbyte: Vec<Signal<Local, Bits<8>>>,
    emb1: Constant<Bit>,
    /// At 8 lanes (`HwConfig::w_half`, one element; none otherwise): which half of the
    /// W word read for MATVEC feeds the lanes (lane word address bit 0, a cycle later).
    hsel: Vec<DFF<Bit>>,
    /// With `HwConfig::deep` (one element per W group, else none): the weight word
    /// registered beside its lane group, and the lanes' enable, first, load and
    /// activation a cycle later to match (W's clock-to-out and the route to the lanes
    /// were the ECP5's critical path, 16.2 ns). `l_*`: what the lanes take.
    wreg: Vec<DFF<Bits<32>>>,
    /// With `deep` (one per W group, else none): the host port's W word registered
    /// beside its memory (the read mux over far groups' outputs into the link was the
    /// ECP5's critical path, 16.0 ns).
    hreg: Vec<DFF<Bits<32>>>,
    /// With `deep` (one element each, else none): every other memory's word for the
    /// host port registered likewise, so that every region's word is on `rd_data` two
    /// cycles after its address (bank B's output through the host read mux into the
    /// link's register was the ECP5's critical path, 13.2 ns). All 32 bits wide (the
    /// narrower ones' high bits are constant zeros, which Yosys removes).
    hq_plo: Vec<DFF<Bits<32>>>,
    hq_phi: Vec<DFF<Bits<32>>>,
    hq_a: Vec<DFF<Bits<32>>>,
    hq_b: Vec<DFF<Bits<32>>>,
    hq_q: Vec<DFF<Bits<32>>>,
    hq_acc: Vec<DFF<Bits<32>>>,
    mv3: Vec<DFF<Bit>>,
    first3: Vec<DFF<Bit>>,
    last4: Vec<DFF<Bit>>,
    /// With `deep`: the lanes' operands q (sign-extended) and -q registered (one
    /// negation for all groups, fanned out to every group from its adder's carry chain,
    /// was the ECP5's critical path, 13.8 ns).
    qp2: Vec<DFF<Bits<18>>>,
    qn2: Vec<DFF<Bits<18>>>,
    /// q1 sign-extended to 18 bits.
    q1x: Signal<Local, Bits<18>>,
    l_en: Signal<Local, Bit>,
    l_first: Signal<Local, Bit>,
    l_load: Signal<Local, Bit>,
    l_qp: Signal<Local, Bits<18>>,
    l_qn: Signal<Local, Bits<18>>,
    eb2: DFF<Bits<13>>,
    ev2: DFF<Bit>,
    ey2: DFF<Bits<16>>,
    /// With `deep` (one element, else none): EMB's byte is chosen from the registered
    /// word in `hreg`, a cycle later (far W groups' outputs through the byte mux into
    /// `gbyte` were the ECP5's critical path, 14.4 ns): its index, valid and y wait one
    /// cycle more here, its DRAIN one cycle more.
    eb3: Vec<DFF<Bits<13>>>,
    /// "The instruction is EMB", registered at DECODE: the W memories' read address
    /// choice for EMB's reads (the state's and the opcode's decode into every W block's
    /// address was the ECP5's critical path, 13.7 ns). END and the fault stop at
    /// DECODE, so it is clear whenever the core is idle (the host's reads).
    i_emb: DFF<Bit>,
    ev3: Vec<DFF<Bit>>,
    ey3: Vec<DFF<Bits<16>>>,
    drain_emb: Constant<Bits<4>>,
    dlast: Signal<Local, Bit>,
    valu: VAlu,
    scale: ScaleUnit,
    // Elaboration-time constants.
    gshift: Constant<Bits<8>>,
    gmask: Constant<Bits<24>>,
    ebshift: Constant<Bits<8>>,
    ebmask: Constant<Bits<13>>,
    lshift: Constant<Bits<8>>,
    nlanes: Constant<Bits<13>>,
    lanes_m1: Constant<Bits<13>>,
    st_idle: Constant<Bits<4>>,
    st_fetch: Constant<Bits<4>>,
    st_decode: Constant<Bits<4>>,
    st_stream: Constant<Bits<4>>,
    st_drain: Constant<Bits<4>>,
    st_recip: Constant<Bits<4>>,
    st_scread: Constant<Bits<4>>,
    st_scale: Constant<Bits<4>>,
    st_mv: Constant<Bits<4>>,
    st_mvtail: Constant<Bits<4>>,
    st_arg: Constant<Bits<4>>,
    st_argtail: Constant<Bits<4>>,
    st_argdone: Constant<Bits<4>>,
    st_emb: Constant<Bits<4>>,
    /// With `deep`: the cycle the instruction word is registered (`iw_*`), between FETCH
    /// and DECODE; `st_after_fetch` is it, or DECODE.
    st_ilat: Constant<Bits<4>>,
    st_after_fetch: Constant<Bits<4>>,
    iw_lo: Vec<DFF<Bits<32>>>,
    iw_hi: Vec<DFF<Bits<32>>>,
    /// With `deep` (one element, else none): the program RAM reads `pc` every cycle of a
    /// run, so `iw_*` hold the instruction at `pc` two cycles after `pc` last changed
    /// (DECODE advances it): `pf_age` counts those cycles (saturating at 2). A state that
    /// ends with `pf_age` at 1 or more goes straight to DECODE instead of FETCH and ILAT
    /// (the word is there when DECODE reads it), and a DECODE that must wait retries the
    /// next cycle: two cycles fewer per instruction on the ECP5.
    pf_age: Vec<DFF<Bits<2>>>,
    pw_lo: Signal<Local, Bits<32>>,
    pw_hi: Signal<Local, Bits<32>>,
    drain_wait: Constant<Bits<4>>,
    // Sequencer registers.
    state: DFF<Bits<4>>,
    /// Clear the vector ALU's SUMSQ / QMAX accumulator (set at DECODE, seen a cycle later).
    clr_ss: DFF<Bit>,
    clr_m: DFF<Bit>,
    pc: DFF<Bits<10>>,
    flt: DFF<Bit>,
    token: DFF<Bits<12>>,
    /// The run's cycles (`Counter32`: an SB_MAC16 on the iCE40UP5K, `params_in_w`).
    cyc: Counter32,
    i_op: DFF<Bits<4>>,
    i_bank: DFF<Bit>,
    i_dst: DFF<Bits<13>>,
    i_a: DFF<Bits<13>>,
    i_b: DFF<Bits<13>>,
    i_n: DFF<Bits<12>>,
    i_imm: DFF<Bits<8>>,
    k: DFF<Bits<13>>,
    /// Results of the vector ALU written so far in this instruction.
    wk: DFF<Bits<13>>,
    wdst: Signal<Local, Bits<13>>,
    cnt: DFF<Bits<4>>,
    // Element pipeline (issue -> VAlu input).
    v1: DFF<Bit>,
    k1: DFF<Bits<13>>,
    eb1: DFF<Bits<13>>,
    c_mant: DFF<Bits<16>>,
    c_exp: DFF<Bits<16>>,
    // MATVEC.
    waddr: DFF<Bits<20>>,
    kk: DFF<Bits<12>>,
    blk: DFF<Bits<12>>,
    mv1: DFF<Bit>,
    first1: DFF<Bit>,
    last1: DFF<Bit>,
    last2: DFF<Bit>,
    /// MATVEC reads Q[k] at cycle t, registers it (`q1`: the broadcast activation's
    /// path from the memory to every lane group was the ECP5's critical path, 19.7 ns),
    /// reads the weight word at t + 1 (`wrd`, `wra`) and accumulates at t + 2.
    q1: DFF<Bits<8>>,
    wrd: DFF<Bit>,
    wra: DFF<Bits<20>>,
    mv2: DFF<Bit>,
    first2: DFF<Bit>,
    last3: DFF<Bit>,
    draining: DFF<Bit>,
    /// The lane engine runs a MATVEC beside the sequencer (from its DECODE until the last
    /// block's sums are in the shift chain; `mv_tail`: that wait, counted in `mvc`), so
    /// DEQ and DEQADD can stream the sums as their blocks drain (see DECODE).
    mv_on: DFF<Bit>,
    mv_tail: DFF<Bit>,
    /// A MATVEC with `MV_TRAIL` (see `isa`): the engine waits (`mv_wait`) until the
    /// QUANT after it writes its first element (or ends), then reads Q[k] a cycle or
    /// more behind its writes (QUANT writes one or two a cycle, without bubbles). Any
    /// other instruction in DECODE while it waits is a fault. `mv_t`: the engine's
    /// MATVEC had T, so with `split` its weights lie in W's lower half (the compiler's
    /// promise, checked: `wconf`) and SCALE, QUANT and the readers of parameters may
    /// issue beside it.
    mv_wait: DFF<Bit>,
    mv_t: DFF<Bit>,
    /// A QMAX that ran beside SCALE (once the scale unit had read M: `ScaleUnit::m_free`)
    /// has its reciprocal still to start: RECIP asks until the unit is free.
    rpend: DFF<Bit>,
    /// `HwConfig::split` (one element each in `whi`, `wtop`, else none): W's upper half
    /// `whi` beside the lower `wmem[0]`, both given the same address but for a read of
    /// bank B's mapped part, which goes to `whi` alone; `wtop`: the shared address's
    /// bit `whalf`, a cycle later, chooses the word every W reader but bank B sees
    /// (`wq`). `wconf`: the engine read the upper half while bank B did (a fault).
    splitc: Constant<Bit>,
    whalf: Constant<Bits<20>>,
    whi: Vec<SpRam<Bits<32>, W_AW>>,
    wtop: Vec<DFF<Bit>>,
    wq: Vec<Signal<Local, Bits<32>>>,
    wconf: Signal<Local, Bit>,
    /// `HwConfig::overlap`: the engine beside the sequencer (else MATVEC is the
    /// sequencer's states `st_mv`, `st_mvtail`, and nothing issues beside it). `eng`,
    /// `eng_tail`: the engine runs, waits for its last load.
    ovl: Constant<Bit>,
    eng: Signal<Local, Bit>,
    eng_tail: Signal<Local, Bit>,
    /// The engine's columns: `mv_n` with `overlap`, else `i_n`.
    ncols: Signal<Local, Bits<12>>,
    mvc: DFF<Bits<2>>,
    /// The engine's columns (`i_n` is the next instruction's with `overlap`).
    mv_n: DFF<Bits<12>>,
    /// ACC rows written so far by the running MATVEC: `ka` may be read when below it, or
    /// once the engine and the drains are done (`ka_ok`).
    avail: Signal<Local, Bits<13>>,
    /// `avail` registered (a cycle late, so it errs low): the drain's adder, the choice and
    /// the compare into STREAM's enables were the ECP5's critical path, 12.9 ns. A
    /// MATVEC's DECODE zeroes `dbase` at least three cycles before a DEQ's first read.
    avail_r: DFF<Bits<13>>,
    ka_ok: Signal<Local, Bit>,
    /// The instruction in DECODE may issue beside SCALE (`side_s`: ADD, SUB, SILU, OMF,
    /// MULSH without IMM_SS: they use banks A and B only and leave M and SS, which the
    /// scale unit reads while it runs, alone) or beside the lane engine with `overlap`
    /// (`side_m`: those, SUMSQ and QMAX, which write SS and M and so wait while SCALE
    /// runs). With `params_in_w`, while the engine runs a MATVEC that may read the
    /// half of W the parameters are in (any but a T MATVEC with `split`), only those
    /// that read no bank B operand (SILU, SUMSQ): bank B's words above `b_mapped` are
    /// read through W, the engine's port. (Session 14 let those whose B operand lay
    /// below `b_mapped` go too, checked with masks; with `split` the compiler's
    /// programs put nothing there, and the masks cost cells the iCE40UP5K needed.)
    side_s: Signal<Local, Bit>,
    side_m: Signal<Local, Bit>,
    /// Rows of the MATVEC being drained: its last block drains while the next
    /// instructions run, so the drain keeps its own copy (`i_b` is the next one's).
    mv_rows: DFF<Bits<13>>,
    dcnt: DFF<Bits<13>>,
    dbase: DFF<Bits<13>>,
    dcur: DFF<Bits<13>>,
    // ARGMAX.
    best: DFF<Bits<18>>,
    bidx: DFF<Bits<12>>,
    /// With `HwConfig::deep` (one element each, else none): ARGMAX's element (valid, ACC
    /// word, index) registered before the compare (ACC's clock-to-out, the 18-bit
    /// compare and the enables of `best` were the ECP5's critical path, 16.5 ns), and
    /// ARGTAIL waits `argw` cycles more for it. `am_*`: what the compare takes.
    a_v: Vec<DFF<Bit>>,
    a_acc: Vec<DFF<Bits<18>>>,
    a_k: Vec<DFF<Bits<13>>>,
    am_v: Signal<Local, Bit>,
    am_acc: Signal<Local, Bits<18>>,
    am_k: Signal<Local, Bits<13>>,
    argw: Constant<Bits<4>>,
    // Host read.
    rreg: DFF<Bits<3>>,
    rgrp: DFF<Bits<24>>,
    // Bank B in W (`HwConfig::params_in_w`): the last B read went to W group `bg1`.
    pinw: Constant<Bit>,
    bmap_lo: Constant<Bits<13>>,
    wpbase: Constant<Bits<20>>,
    /// With `split`: `wpbase - b_mapped` (mod 2^20), so bank B word b is W word b + `wpoff`
    /// (one adder, not a subtraction and an addition).
    wpoff: Constant<Bits<20>>,
    bw1: DFF<Bit>,
    bg1: DFF<Bits<24>>,
    braddr: Signal<Local, Bits<13>>,
    bread: Signal<Local, Bit>,
    bj: Signal<Local, Bits<13>>,
    bmapped: Signal<Local, Bit>,
    bdata: Signal<Local, Bits<16>>,
    wj: Signal<Local, Bits<13>>,
    wbm: Signal<Local, Bit>,
    _pinw: bool,
    _bmap: usize,
    _wwords: usize,
    _wsplit: usize,
    _bwords: usize,
    /// Words of bank A, Q and ACC (the backdoor's view; with `wide` each memory holds half).
    _awords: usize,
    _qlen: usize,
    _acclen: usize,
    // Locals.
    idle: Signal<Local, Bit>,
    ka: Signal<Local, Bits<13>>,
    wsel: Signal<Local, Bits<24>>,
    wword: Signal<Local, Bits<20>>,
    ebyte: Signal<Local, Bits<8>>,
    xval: Signal<Local, Bits<16>>,
    rowprod: Signal<Local, Bits<32>>,
    dwrite: Signal<Local, Bits<13>>,
    wdata_mux: Signal<Local, Bits<32>>,
    rsh_addr: Signal<Local, Bits<24>>,
    wsh_addr: Signal<Local, Bits<24>>,
    wgrp: Signal<Local, Bits<24>>,
    winc: Signal<Local, Bits<20>>,
    ebg: Signal<Local, Bits<13>>,
    kk1: Signal<Local, Bits<12>>,
    nb_m1: Signal<Local, Bits<13>>,
    rowwords: Signal<Local, Bits<12>>,
    wbase_emb: Signal<Local, Bits<20>>,
}

impl Core {
    /// Where the sequencer is this cycle, for profiling the simulation (no hardware):
    /// its state number and the current instruction's opcode (DECODE's is the previous
    /// instruction's). Cheap, for every simulated cycle; `state_name` names the state.
    pub fn profile_point(&self) -> (usize, u8) {
        // The lane engine's cycles count as MATVEC's (a DEQ streaming beside it is hidden).
        if self.mv_on.q.val() {
            let st = if self.mv_tail.q.val() { &self.st_mvtail } else { &self.st_mv };
            return (st.val().index(), 9);
        }
        (self.state.q.val().index(), self.i_op.q.val().index() as u8)
    }

    /// The name of sequencer state `s` (from the state constants themselves).
    pub fn state_name(&self, s: usize) -> &'static str {
        let states = [
            (&self.st_idle, "idle"),
            (&self.st_fetch, "fetch"),
            (&self.st_decode, "decode"),
            (&self.st_stream, "stream"),
            (&self.st_drain, "drain"),
            (&self.st_recip, "recip"),
            (&self.st_scread, "scale read"),
            (&self.st_scale, "scale"),
            (&self.st_mv, "matvec"),
            (&self.st_mvtail, "matvec tail"),
            (&self.st_arg, "argmax"),
            (&self.st_argtail, "argmax tail"),
            (&self.st_argdone, "argmax done"),
            (&self.st_emb, "emb row"),
            (&self.st_ilat, "instruction latch"),
        ];
        states.iter().find(|(c, _)| c.val().index() == s).map_or("other", |(_, n)| *n)
    }

    pub fn new(hw: &HwConfig) -> Core {
        let lay = hw.layout();
        let groups = hw.w_groups();
        // Bytes per W row (all groups' words at one address): EMB's byte choice.
        let wb = 4 * groups;
        assert!(hw.w_depth() <= 1 << W_AW && hw.prog_bits as usize <= PROG_AW);
        // Two elements per cycle (see `HwConfig::wide`): each memory's words split in two.
        let wide = hw.wide && !hw.params_in_w;
        let half = |n: usize| if wide { n.div_ceil(2) } else { n };
        // A second pair of ALUs (`HwConfig::chain`): with two elements per cycle, the
        // prefetched instruction word (`deep`) and the engine beside the sequencer.
        let chain = (hw.chain && wide && hw.deep && hw.overlap) as usize;
        fn v<T: Default>(n: usize) -> Vec<T> {
            (0..n).map(|_| T::default()).collect()
        }
        Core {
            clock: Default::default(),
            wr_en: Default::default(),
            wr_region: Default::default(),
            wr_addr: Default::default(),
            wr_data: Default::default(),
            rd_region: Default::default(),
            rd_addr: Default::default(),
            rd_data: Default::default(),
            start: Default::default(),
            cont: Default::default(),
            token_in: Default::default(),
            busy: Default::default(),
            fault: Default::default(),
            token_out: Default::default(),
            s_mant: Default::default(),
            s_exp: Default::default(),
            cycles: Default::default(),
            prog_lo: Ram::new(1 << hw.prog_bits),
            prog_hi: Ram::new(1 << hw.prog_bits),
            bank_a: Ram::new(half(lay.a_words)),
            bank_b: Ram::new(half(hw.b_ram_words())),
            qmem: Ram::new(half(lay.q_len)),
            accm: Ram::new(half(lay.acc_len)),
            bank_a1: (0..wide as usize).map(|_| Ram::new(half(lay.a_words))).collect(),
            bank_b1: (0..wide as usize).map(|_| Ram::new(half(hw.b_ram_words()))).collect(),
            qmem1: (0..wide as usize).map(|_| Ram::new(half(lay.q_len))).collect(),
            accm1: (0..wide as usize).map(|_| Ram::new(half(lay.acc_len))).collect(),
            valu1: (0..wide as usize).map(|_| VAlu::new(hw.deep)).collect(),
            a_sel: (0..wide as usize).map(|_| Default::default()).collect(),
            b_sel: (0..wide as usize).map(|_| Default::default()).collect(),
            q_sel: (0..wide as usize).map(|_| Default::default()).collect(),
            acc_sel: (0..wide as usize).map(|_| Default::default()).collect(),
            i_w2: (0..wide as usize).map(|_| Default::default()).collect(),
            avail_w: (0..wide as usize).map(|_| Default::default()).collect(),
            mc: (0..wide as usize).map(|_| Default::default()).collect(),
            ssc_lo: (0..wide as usize).map(|_| Default::default()).collect(),
            ssc_hi: (0..wide as usize).map(|_| Default::default()).collect(),
            valu2: (0..2 * chain).map(|_| VAlu::new(hw.deep)).collect(),
            cur: v(chain),
            p_op: v(2 * chain),
            p_imm: v(2 * chain),
            p_bank: v(2 * chain),
            p_w2: v(2 * chain),
            p_wa: v(2 * chain),
            p_end: v(2 * chain),
            p_busy: v(2 * chain),
            m_pair: v(chain),
            ss_pair: v(chain),
            mc2: v(chain),
            ssc2_lo: v(chain),
            ssc2_hi: v(chain),
            pa_hi: v(chain),
            pb_hi: v(chain),
            h_a: v(chain),
            h_b: v(chain),
            haz: v(wide as usize),
            x_v: v(wide as usize),
            x_op: v(wide as usize),
            x_bank: v(wide as usize),
            x_w2: v(wide as usize),
            x_dst: v(wide as usize),
            x_d0: v(wide as usize),
            x_d1: v(wide as usize),
            x_q0: v(wide as usize),
            x_q1: v(wide as usize),
            nx_el: v(wide as usize),
            d_np: v(chain),
            d_dst: v(chain),
            // Allocated a power of two deep (see `SpRam`); nothing reads or writes beyond
            // `w_depth` (the link's range checks, the program checks).
            wmem: (0..groups)
                .map(|_| match (hw.deep, hw.split) {
                    (_, true) => SpRam::new(hw.w_split_words()),
                    (true, _) => SpRam::new_two_port(hw.w_depth()),
                    _ => SpRam::new(hw.w_depth()),
                })
                .collect(),
            whi: (0..hw.split as usize).map(|_| SpRam::new(hw.w_split_words())).collect(),
            wtop: (0..hw.split as usize).map(|_| Default::default()).collect(),
            wq: (0..groups).map(|_| Default::default()).collect(),
            wconf: Default::default(),
            splitc: Constant::new(hw.split),
            whalf: Constant::new((if hw.split { hw.w_split_words() as u64 } else { 0 }).into()),
            mv_wait: Default::default(),
            mv_t: Default::default(),
            rpend: Default::default(),
            lanes: (0..groups).map(|_| LaneGroup::new(hw.lanes.min(16))).collect(),
            gbyte: (0..groups).map(|_| Default::default()).collect(),
            wbyte: (0..groups).map(|_| Default::default()).collect(),
            emb1: Constant::new(groups == 1),
            hsel: (0..hw.w_half() as usize).map(|_| Default::default()).collect(),
            wreg: (0..groups * hw.deep as usize).map(|_| Default::default()).collect(),
            hreg: (0..groups * hw.deep as usize).map(|_| Default::default()).collect(),
            hq_plo: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            hq_phi: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            hq_a: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            hq_b: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            hq_q: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            hq_acc: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            mv3: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            first3: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            last4: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            qp2: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            qn2: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            q1x: Default::default(),
            l_en: Default::default(),
            l_first: Default::default(),
            l_load: Default::default(),
            l_qp: Default::default(),
            l_qn: Default::default(),
            eb2: Default::default(),
            ev2: Default::default(),
            ey2: Default::default(),
            drain_emb: Constant::new((latency(hw.deep) as u64 + 2 + (hw.deep && groups > 1) as u64).into()),
            eb3: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            i_emb: Default::default(),
            ev3: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            ey3: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            dlast: Default::default(),
            valu: VAlu::new(hw.deep),
            scale: ScaleUnit::new(hw.deep),
            gshift: Constant::new((groups.trailing_zeros() as u64).into()),
            gmask: Constant::new((groups as u64 - 1).into()),
            ebshift: Constant::new((wb.trailing_zeros() as u64).into()),
            ebmask: Constant::new((wb as u64 - 1).into()),
            lshift: Constant::new((hw.lanes.trailing_zeros() as u64).into()),
            nlanes: Constant::new((hw.lanes as u64).into()),
            lanes_m1: Constant::new((hw.lanes as u64 - 1).into()),
            st_idle: Constant::new((0).into()),
            st_fetch: Constant::new((1).into()),
            st_decode: Constant::new((2).into()),
            st_stream: Constant::new((3).into()),
            st_drain: Constant::new((4).into()),
            st_recip: Constant::new((5).into()),
            st_scread: Constant::new((6).into()),
            st_scale: Constant::new((7).into()),
            st_mv: Constant::new((8).into()),
            st_mvtail: Constant::new((9).into()),
            st_arg: Constant::new((10).into()),
            st_argtail: Constant::new((11).into()),
            st_argdone: Constant::new((12).into()),
            st_emb: Constant::new((13).into()),
            st_ilat: Constant::new((14).into()),
            st_after_fetch: Constant::new((if hw.deep { 14 } else { 2 }).into()),
            iw_lo: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            iw_hi: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            pf_age: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            pw_lo: Default::default(),
            pw_hi: Default::default(),
            drain_wait: Constant::new((latency(hw.deep) as u64 + 1 + wide as u64).into()),
            state: Default::default(),
            clr_ss: Default::default(),
            clr_m: Default::default(),
            pc: Default::default(),
            flt: Default::default(),
            token: Default::default(),
            cyc: Counter32::new(hw.params_in_w),
            i_op: Default::default(),
            i_bank: Default::default(),
            i_dst: Default::default(),
            i_a: Default::default(),
            i_b: Default::default(),
            i_n: Default::default(),
            i_imm: Default::default(),
            k: Default::default(),
            wk: Default::default(),
            wdst: Default::default(),
            cnt: Default::default(),
            v1: Default::default(),
            k1: Default::default(),
            eb1: Default::default(),
            c_mant: Default::default(),
            c_exp: Default::default(),
            waddr: Default::default(),
            kk: Default::default(),
            blk: Default::default(),
            mv1: Default::default(),
            first1: Default::default(),
            last1: Default::default(),
            last2: Default::default(),
            q1: Default::default(),
            wrd: Default::default(),
            wra: Default::default(),
            mv2: Default::default(),
            first2: Default::default(),
            last3: Default::default(),
            draining: Default::default(),
            mv_on: Default::default(),
            mv_tail: Default::default(),
            ovl: Constant::new(hw.overlap.into()),
            eng: Default::default(),
            eng_tail: Default::default(),
            ncols: Default::default(),
            mvc: Default::default(),
            mv_n: Default::default(),
            avail: Default::default(),
            avail_r: Default::default(),
            ka_ok: Default::default(),
            side_s: Default::default(),
            side_m: Default::default(),
            mv_rows: Default::default(),
            dcnt: Default::default(),
            dbase: Default::default(),
            dcur: Default::default(),
            best: Default::default(),
            bidx: Default::default(),
            a_v: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            a_acc: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            a_k: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            am_v: Default::default(),
            am_acc: Default::default(),
            am_k: Default::default(),
            argw: Constant::new((hw.deep as u64).into()),
            rreg: Default::default(),
            rgrp: Default::default(),
            pinw: Constant::new(hw.params_in_w),
            bmap_lo: Constant::new((lay.b_mapped as u64).into()),
            wpbase: Constant::new((hw.w_params_base() as u64).into()),
            wpoff: Constant::new(((hw.w_params_base() as u64).wrapping_sub(lay.b_mapped as u64) & 0xfffff).into()),
            bw1: Default::default(),
            bg1: Default::default(),
            braddr: Default::default(),
            bread: Default::default(),
            bj: Default::default(),
            bmapped: Default::default(),
            bdata: Default::default(),
            wj: Default::default(),
            wbm: Default::default(),
            _pinw: hw.params_in_w,
            _bmap: lay.b_mapped as usize,
            _wwords: hw.w_params_base(),
            _wsplit: if hw.split { hw.w_split_words() } else { 0 },
            _bwords: lay.b_words,
            _awords: lay.a_words,
            _qlen: lay.q_len,
            _acclen: lay.acc_len,
            idle: Default::default(),
            ka: Default::default(),
            wsel: Default::default(),
            wword: Default::default(),
            ebyte: Default::default(),
            xval: Default::default(),
            rowprod: Default::default(),
            dwrite: Default::default(),
            wdata_mux: Default::default(),
            rsh_addr: Default::default(),
            wsh_addr: Default::default(),
            wgrp: Default::default(),
            winc: Default::default(),
            ebg: Default::default(),
            kk1: Default::default(),
            nb_m1: Default::default(),
            rowwords: Default::default(),
            wbase_emb: Default::default(),
        }
    }

    /// Backdoor load of every memory (tests, and fast simulated uploads that are then
    /// verified through the host port).
    pub fn backdoor_load(&mut self, a: &[i16], b: &[i16], w: &[u8], prog: &[u64]) {
        for (i, &x) in a.iter().enumerate() {
            if let Some(d) = split_mut(&mut self.bank_a, &mut self.bank_a1, i) {
                *d = (x as u16 as u64).into();
            }
        }
        for (i, &x) in b.iter().enumerate() {
            let v = x as u16 as u64;
            match self.b_slot(i) {
                Some((g, w)) => *self.w_mut(g, w) = v.into(),
                None => {
                    if let Some(d) = split_mut(&mut self.bank_b, &mut self.bank_b1, i) {
                        *d = v.into();
                    }
                }
            }
        }
        let g = self.wmem.len();
        for (c, chunk) in w.chunks(4).enumerate() {
            let word = u32::from_le_bytes(chunk.try_into().expect("W image is whole 32-bit chunks")) as u64;
            *self.w_mut(c % g, c / g) = word.into();
        }
        for (i, &ins) in prog.iter().enumerate() {
            self.prog_lo.contents_mut()[i] = (ins & 0xffff_ffff).into();
            self.prog_hi.contents_mut()[i] = (ins >> 32).into();
        }
    }
    /// Where W group `g`'s word `w` is: (in `whi`, index). With `split` the upper
    /// half's words are in `whi`.
    fn w_loc(&self, w: usize) -> (bool, usize) {
        if self._wsplit > 0 && w >= self._wsplit {
            (true, w - self._wsplit)
        } else {
            (false, w)
        }
    }
    fn w_mut(&mut self, g: usize, w: usize) -> &mut Bits<32> {
        match self.w_loc(w) {
            (true, i) => &mut self.whi[0].contents_mut()[i],
            (false, i) => &mut self.wmem[g].contents_mut()[i],
        }
    }
    fn w_get(&self, g: usize, w: usize) -> Bits<32> {
        match self.w_loc(w) {
            (true, i) => self.whi[0].contents()[i],
            (false, i) => self.wmem[g].contents()[i],
        }
    }
    /// Where bank B word `i` lives in W, as (group, word), when `params_in_w` puts it
    /// there (the mapping the hardware decodes: `HwConfig::w_depth`); `None`: block RAM.
    fn b_slot(&self, i: usize) -> Option<(usize, usize)> {
        let g = self.wmem.len();
        (self._pinw && i >= self._bmap).then(|| ((i - self._bmap) % g, self._wwords + (i - self._bmap) / g))
    }
    /// Bank B as the programs see it, wherever each word lives.
    fn bank_b_view(&self) -> Vec<i16> {
        (0..self._bwords)
            .map(|i| {
                let v = match self.b_slot(i) {
                    Some((g, w)) => self.w_get(g, w).to_u64(),
                    None => split(&self.bank_b, &self.bank_b1, i).to_u64(),
                };
                v as u16 as i16
            })
            .collect()
    }
    /// Backdoor view of bank A, bank B, Q and ACC (as signed integers).
    pub fn backdoor_state(&self) -> (Vec<i16>, Vec<i16>, Vec<i8>, Vec<i32>) {
        let (na, nq, nc) = (self._awords, self._qlen, self._acclen);
        (
            (0..na).map(|i| split(&self.bank_a, &self.bank_a1, i).to_u64() as u16 as i16).collect(),
            self.bank_b_view(),
            (0..nq).map(|i| split(&self.qmem, &self.qmem1, i).to_u64() as u8 as i8).collect(),
            (0..nc).map(|i| ((split(&self.accm, &self.accm1, i).to_u64() as i64) << 46 >> 46) as i32).collect(),
        )
    }
}

/// Word `i` of a memory kept in one block (`odd` empty) or split by address bit 0 into
/// `even` and `odd[0]` (`HwConfig::wide`).
fn split<'a, D: Synth, const N: usize>(even: &'a Ram<D, N>, odd: &'a [Ram<D, N>], i: usize) -> &'a D {
    match odd.first() {
        None => &even.contents()[i],
        Some(o) if i % 2 == 1 => &o.contents()[i / 2],
        Some(_) => &even.contents()[i / 2],
    }
}

/// `split`, writable; `None` past the memory's end.
fn split_mut<'a, D: Synth, const N: usize>(
    even: &'a mut Ram<D, N>,
    odd: &'a mut [Ram<D, N>],
    i: usize,
) -> Option<&'a mut D> {
    match odd.first_mut() {
        None => even.contents_mut().get_mut(i),
        Some(o) if i % 2 == 1 => o.contents_mut().get_mut(i / 2),
        Some(_) => even.contents_mut().get_mut(i / 2),
    }
}

impl Logic for Core {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, clr_ss, clr_m, pc, flt, token, i_op, i_bank, i_dst, i_a, i_b, i_n, i_imm, k, wk, cnt,
            v1, k1, eb1, i_emb, c_mant, c_exp, waddr, kk, blk, mv1, first1, last1, last2, q1, wrd, wra, mv2, first2,
            last3, draining, mv_on, mv_tail, mv_wait, mv_t, rpend, mvc, mv_n, avail_r, mv_rows, dcnt, dbase, dcur,
            best, bidx, rreg, rgrp, bw1, bg1, eb2, ev2, ey2
        );
        for i in 0..self.gbyte.len() {
            self.gbyte[i].clock.next = self.clock.val();
        }
        for i in 0..self.hsel.len() {
            self.hsel[i].clock.next = self.clock.val();
            self.hsel[i].d.next = self.wra.q.val().get_bit(0);
        }
        self.prog_lo.clock.next = self.clock.val();
        self.prog_hi.clock.next = self.clock.val();
        self.bank_a.clock.next = self.clock.val();
        self.bank_b.clock.next = self.clock.val();
        self.qmem.clock.next = self.clock.val();
        self.accm.clock.next = self.clock.val();
        self.valu.clock.next = self.clock.val();
        self.scale.clock.next = self.clock.val();
        for _j in 0..self.valu1.len() {
            self.bank_a1[0].clock.next = self.clock.val();
            self.bank_b1[0].clock.next = self.clock.val();
            self.qmem1[0].clock.next = self.clock.val();
            self.accm1[0].clock.next = self.clock.val();
            self.valu1[0].clock.next = self.clock.val();
            self.a_sel[0].clock.next = self.clock.val();
            self.b_sel[0].clock.next = self.clock.val();
            self.q_sel[0].clock.next = self.clock.val();
            self.acc_sel[0].clock.next = self.clock.val();
            self.i_w2[0].clock.next = self.clock.val();
            // Held but at DECODE (a register's input left unassigned on some path is a
            // combinational loop in the Verilog).
            self.i_w2[0].d.next = self.i_w2[0].q.val();
            self.avail_w[0].clock.next = self.clock.val();
            self.mc[0].clock.next = self.clock.val();
            self.ssc_lo[0].clock.next = self.clock.val();
            self.ssc_hi[0].clock.next = self.clock.val();
        }
        for p in 0..self.p_op.len() {
            self.p_op[p].clock.next = self.clock.val();
            self.p_imm[p].clock.next = self.clock.val();
            self.p_bank[p].clock.next = self.clock.val();
            self.p_w2[p].clock.next = self.clock.val();
            self.p_wa[p].clock.next = self.clock.val();
            self.p_end[p].clock.next = self.clock.val();
            self.p_op[p].d.next = self.p_op[p].q.val();
            self.p_imm[p].d.next = self.p_imm[p].q.val();
            self.p_bank[p].d.next = self.p_bank[p].q.val();
            self.p_w2[p].d.next = self.p_w2[p].q.val();
            self.p_wa[p].d.next = self.p_wa[p].q.val();
            self.p_end[p].d.next = self.p_end[p].q.val();
            self.p_busy[p].next = self.p_wa[p].q.val() != self.p_end[p].q.val();
        }
        for j in 0..self.valu2.len() {
            self.valu2[j].clock.next = self.clock.val();
        }
        for j in 0..self.cur.len() {
            self.cur[j].clock.next = self.clock.val();
            self.m_pair[j].clock.next = self.clock.val();
            self.ss_pair[j].clock.next = self.clock.val();
            self.mc2[j].clock.next = self.clock.val();
            self.ssc2_lo[j].clock.next = self.clock.val();
            self.ssc2_hi[j].clock.next = self.clock.val();
            self.pa_hi[j].clock.next = self.clock.val();
            self.pb_hi[j].clock.next = self.clock.val();
            self.h_a[j].clock.next = self.clock.val();
            self.h_b[j].clock.next = self.clock.val();
            self.cur[j].d.next = self.cur[j].q.val();
            self.m_pair[j].d.next = self.m_pair[j].q.val();
            self.ss_pair[j].d.next = self.ss_pair[j].q.val();
            self.pa_hi[j].d.next = self.pa_hi[j].q.val();
            self.pb_hi[j].d.next = self.pb_hi[j].q.val();
            self.h_a[j].d.next = self.h_a[j].q.val();
            self.h_b[j].d.next = self.h_b[j].q.val();
        }
        for i in 0..self.wmem.len() {
            self.wmem[i].clock.next = self.clock.val();
            self.lanes[i].clock.next = self.clock.val();
        }
        for j in 0..self.whi.len() {
            self.whi[j].clock.next = self.clock.val();
            self.wtop[j].clock.next = self.clock.val();
        }
        // W's words as every reader but bank B sees them (with `split`: from the half
        // the address chose).
        for i in 0..self.wmem.len() {
            self.wq[i].next = self.wmem[i].read_data.val();
        }
        for j in 0..self.whi.len() {
            if self.wtop[j].q.val() {
                self.wq[0].next = self.whi[j].read_data.val();
            }
        }
        self.idle.next = self.state.q.val() == self.st_idle.val();
        self.busy.next = !self.idle.val();
        self.fault.next = self.flt.q.val();
        self.token_out.next = self.token.q.val();
        self.s_mant.next = self.scale.s_mant.val();
        self.s_exp.next = self.scale.s_exp.val();
        self.cycles.next = self.cyc.q.val();
        self.cyc.clock.next = self.clock.val();
        self.cyc.count.next = !self.idle.val();
        self.cyc.clear.next = self.idle.val() & self.start.val() & !self.cont.val();

        // ---- Memory ports: defaults are the host's (reads and writes while idle).
        self.wsel.next = self.rd_addr.val() & self.gmask.val();
        self.prog_lo.read_address.next = self.rd_addr.val().get_bits::<10>(0);
        self.prog_hi.read_address.next = self.rd_addr.val().get_bits::<10>(0);
        self.bank_a.read_address.next = self.rd_addr.val().get_bits::<13>(0);
        self.braddr.next = self.rd_addr.val().get_bits::<13>(0);
        self.bread.next = self.idle.val() & (self.rd_region.val() == 3);
        self.qmem.read_address.next = self.rd_addr.val().get_bits::<12>(0);
        self.accm.read_address.next = self.rd_addr.val().get_bits::<12>(0);
        // With `wide`: word x is word x / 2 of the memory that x's bit 0 names.
        for _j in 0..self.bank_a1.len() {
            self.bank_a.read_address.next = self.rd_addr.val().get_bits::<13>(1);
            self.bank_a1[0].read_address.next = self.rd_addr.val().get_bits::<13>(1);
            self.a_sel[0].d.next = self.rd_addr.val().get_bit(0);
            self.qmem.read_address.next = self.rd_addr.val().get_bits::<12>(1);
            self.qmem1[0].read_address.next = self.rd_addr.val().get_bits::<12>(1);
            self.q_sel[0].d.next = self.rd_addr.val().get_bit(0);
            self.accm.read_address.next = self.rd_addr.val().get_bits::<12>(1);
            self.accm1[0].read_address.next = self.rd_addr.val().get_bits::<12>(1);
            self.acc_sel[0].d.next = self.rd_addr.val().get_bit(0);
        }
        self.rsh_addr.next = self.rd_addr.val() >> self.gshift.val();
        self.wsh_addr.next = self.wr_addr.val() >> self.gshift.val();
        self.wgrp.next = self.wr_addr.val() & self.gmask.val();
        self.winc.next = self.waddr.q.val() + 1;
        self.ebg.next = self.eb2.q.val() >> 2;
        // MATVEC's last column and last block, as equalities with the counters (the
        // counter + 1 compared instead was the iCE40's critical path into `state`):
        // cols - 1, and blocks - 1 = ceil(rows / LANES) - 1 = (rows - 1) / LANES (rows >= 1).
        self.kk1.next = self.kk.q.val() + 1;
        self.nb_m1.next = (self.mv_rows.q.val() - 1) >> self.lshift.val();
        // EMB's row offset token * (n / (LANES/4)) is multiplied at DECODE (from the
        // instruction word) and registered: the multiplier is not in the W address path.
        self.rowwords.next = self.i_n.q.val() >> self.ebshift.val();
        self.wbase_emb.next = bit_cast::<20, 13>(self.i_dst.q.val()) | (bit_cast::<20, 13>(self.i_a.q.val()) << 13);
        // At 8 lanes the embedding rows' base (an even lane word) is memory word base / 2.
        for _h in 0..self.hsel.len() {
            self.wbase_emb.next =
                (bit_cast::<20, 13>(self.i_dst.q.val()) | (bit_cast::<20, 13>(self.i_a.q.val()) << 13)) >> 1;
        }
        self.wword.next = self.rsh_addr.val().get_bits::<20>(0);
        // Host writes of bank B's part in W go to word w_words + j / G of group j % G.
        self.wj.next = self.wr_addr.val().get_bits::<13>(0) - self.bmap_lo.val();
        self.wbm.next = self.pinw.val() & (self.wr_addr.val().get_bits::<13>(0) >= self.bmap_lo.val());
        for i in 0..self.wmem.len() {
            self.wmem[i].read_address.next = self.wword.val();
            self.wmem[i].write_address.next = self.wsh_addr.val().get_bits::<20>(0);
            self.wmem[i].write_data.next = self.wr_data.val();
            self.wmem[i].write_enable.next = false;
            // Not gated by `idle` (the other memories' host writes are): the sequencer
            // never writes W, and the host writes only while idle (the link by
            // construction, the simulators' ports check `busy`). The sequencer's state
            // through `idle` into every W block's address choice was the ECP5's critical
            // path (16.2 ns).
            if self.wr_en.val()
                & (self.wr_region.val() == 4)
                & (self.wgrp.val().index() == i)
                & !(self.splitc.val() & ((self.wsh_addr.val().get_bits::<20>(0) & self.whalf.val()) != 0))
            {
                self.wmem[i].write_enable.next = true;
            }
            if (self.wr_region.val() == 3) & self.wbm.val() {
                self.wmem[i].write_address.next =
                    self.wpbase.val() + bit_cast::<20, 13>(self.wj.val() >> self.gshift.val());
                self.wmem[i].write_data.next = self.wr_data.val() & 0xffff;
                self.wmem[i].write_enable.next = self.idle.val()
                    & self.wr_en.val()
                    & !self.splitc.val()
                    & ((bit_cast::<24, 13>(self.wj.val()) & self.gmask.val()).index() == i);
            }
        }
        // With `split`: the upper half takes the W region's writes at or above `whalf`
        // and every write of bank B's mapped part.
        for j in 0..self.whi.len() {
            self.whi[j].write_address.next = self.wsh_addr.val().get_bits::<20>(0);
            self.whi[j].write_data.next = self.wr_data.val();
            self.whi[j].write_enable.next = self.wr_en.val()
                & (self.wr_region.val() == 4)
                & ((self.wsh_addr.val().get_bits::<20>(0) & self.whalf.val()) != 0);
            if (self.wr_region.val() == 3) & self.wbm.val() {
                self.whi[j].write_address.next =
                    bit_cast::<20, 13>(self.wr_addr.val().get_bits::<13>(0)) + self.wpoff.val();
                self.whi[j].write_data.next = self.wr_data.val() & 0xffff;
                self.whi[j].write_enable.next = self.idle.val() & self.wr_en.val();
            }
        }
        self.rreg.d.next = self.rd_region.val();
        self.rgrp.d.next = self.wsel.val();
        self.prog_lo.write_address.next = self.wr_addr.val().get_bits::<10>(0);
        self.prog_lo.write_data.next = self.wr_data.val();
        self.prog_lo.write_enable.next = self.idle.val() & self.wr_en.val() & (self.wr_region.val() == 0);
        self.prog_hi.write_address.next = self.wr_addr.val().get_bits::<10>(0);
        self.prog_hi.write_data.next = self.wr_data.val();
        self.prog_hi.write_enable.next = self.idle.val() & self.wr_en.val() & (self.wr_region.val() == 1);
        self.bank_a.write_address.next = self.wr_addr.val().get_bits::<13>(0);
        self.bank_a.write_data.next = self.wr_data.val().get_bits::<16>(0);
        self.bank_a.write_enable.next = self.idle.val() & self.wr_en.val() & (self.wr_region.val() == 2);
        self.bank_b.write_address.next = self.wr_addr.val().get_bits::<13>(0);
        self.bank_b.write_data.next = self.wr_data.val().get_bits::<16>(0);
        self.bank_b.write_enable.next =
            self.idle.val() & self.wr_en.val() & (self.wr_region.val() == 3) & !self.wbm.val();
        self.qmem.write_address.next = 0.into();
        self.qmem.write_data.next = 0.into();
        self.qmem.write_enable.next = false;
        self.accm.write_address.next = 0.into();
        self.accm.write_data.next = 0.into();
        self.accm.write_enable.next = false;
        for _j in 0..self.bank_a1.len() {
            self.bank_a.write_address.next = self.wr_addr.val().get_bits::<13>(1);
            self.bank_a1[0].write_address.next = self.wr_addr.val().get_bits::<13>(1);
            self.bank_a1[0].write_data.next = self.wr_data.val().get_bits::<16>(0);
            self.bank_a.write_enable.next =
                self.idle.val() & self.wr_en.val() & (self.wr_region.val() == 2) & !self.wr_addr.val().get_bit(0);
            self.bank_a1[0].write_enable.next =
                self.idle.val() & self.wr_en.val() & (self.wr_region.val() == 2) & self.wr_addr.val().get_bit(0);
            self.bank_b.write_address.next = self.wr_addr.val().get_bits::<13>(1);
            self.bank_b1[0].write_address.next = self.wr_addr.val().get_bits::<13>(1);
            self.bank_b1[0].write_data.next = self.wr_data.val().get_bits::<16>(0);
            self.bank_b.write_enable.next =
                self.idle.val() & self.wr_en.val() & (self.wr_region.val() == 3) & !self.wr_addr.val().get_bit(0);
            self.bank_b1[0].write_enable.next =
                self.idle.val() & self.wr_en.val() & (self.wr_region.val() == 3) & self.wr_addr.val().get_bit(0);
            self.qmem1[0].write_address.next = 0.into();
            self.qmem1[0].write_data.next = 0.into();
            self.qmem1[0].write_enable.next = false;
            self.accm1[0].write_address.next = 0.into();
            self.accm1[0].write_data.next = 0.into();
            self.accm1[0].write_enable.next = false;
        }
        // Bank B's read data: block RAM, or the low half of a W word.
        self.bdata.next = self.bank_b.read_data.val();
        for _j in 0..self.bank_b1.len() {
            if self.b_sel[0].q.val() {
                self.bdata.next = self.bank_b1[0].read_data.val();
            }
        }
        if self.bw1.q.val() {
            for i in 0..self.wmem.len() {
                if self.bg1.q.val().index() == i {
                    self.bdata.next = self.wmem[i].read_data.val().get_bits::<16>(0);
                }
            }
            for j in 0..self.whi.len() {
                self.bdata.next = self.whi[j].read_data.val().get_bits::<16>(0);
            }
        }
        // Host read data, one cycle after the address.
        self.wdata_mux.next = 0.into();
        for i in 0..self.wmem.len() {
            if self.rgrp.q.val().index() == i {
                self.wdata_mux.next = self.wq[i].val();
            }
        }
        for i in 0..self.hreg.len() {
            self.hreg[i].clock.next = self.clock.val();
            self.hreg[i].d.next = self.wq[i].val();
            if self.rgrp.q.val().index() == i {
                self.wdata_mux.next = self.hreg[i].q.val();
            }
        }
        self.rd_data.next = 0.into();
        if self.rreg.q.val() == 0 {
            self.rd_data.next = self.prog_lo.read_data.val();
        }
        if self.rreg.q.val() == 1 {
            self.rd_data.next = self.prog_hi.read_data.val();
        }
        if self.rreg.q.val() == 2 {
            self.rd_data.next = bit_cast::<32, 16>(self.bank_a.read_data.val());
        }
        if self.rreg.q.val() == 3 {
            self.rd_data.next = bit_cast::<32, 16>(self.bdata.val());
        }
        if self.rreg.q.val() == 4 {
            self.rd_data.next = self.wdata_mux.val();
        }
        if self.rreg.q.val() == 5 {
            self.rd_data.next = bit_cast::<32, 8>(self.qmem.read_data.val());
        }
        if self.rreg.q.val() == 6 {
            self.rd_data.next = bit_cast::<32, 18>(self.accm.read_data.val());
        }
        // With `deep`: from the registers (the address and region are held).
        for j in 0..self.hq_plo.len() {
            self.hq_plo[j].clock.next = self.clock.val();
            self.hq_phi[j].clock.next = self.clock.val();
            self.hq_a[j].clock.next = self.clock.val();
            self.hq_b[j].clock.next = self.clock.val();
            self.hq_q[j].clock.next = self.clock.val();
            self.hq_acc[j].clock.next = self.clock.val();
            self.hq_plo[j].d.next = self.prog_lo.read_data.val();
            self.hq_phi[j].d.next = self.prog_hi.read_data.val();
            self.hq_a[j].d.next = bit_cast::<32, 16>(self.bank_a.read_data.val());
            self.hq_b[j].d.next = bit_cast::<32, 16>(self.bdata.val());
            self.hq_q[j].d.next = bit_cast::<32, 8>(self.qmem.read_data.val());
            self.hq_acc[j].d.next = bit_cast::<32, 18>(self.accm.read_data.val());
            self.rd_data.next = 0.into();
            if self.rreg.q.val() == 0 {
                self.rd_data.next = self.hq_plo[j].q.val();
            }
            if self.rreg.q.val() == 1 {
                self.rd_data.next = self.hq_phi[j].q.val();
            }
            if self.rreg.q.val() == 2 {
                self.rd_data.next = self.hq_a[j].q.val();
            }
            if self.rreg.q.val() == 3 {
                self.rd_data.next = self.hq_b[j].q.val();
            }
            if self.rreg.q.val() == 4 {
                self.rd_data.next = self.wdata_mux.val();
            }
            if self.rreg.q.val() == 5 {
                self.rd_data.next = self.hq_q[j].q.val();
            }
            if self.rreg.q.val() == 6 {
                self.rd_data.next = self.hq_acc[j].q.val();
            }
        }

        // ---- Vector ALU inputs: the element issued last cycle.
        // EMB: each group's byte (eb1's low 2 bits) registered, then the group (eb2);
        // with one group the byte itself.
        for i in 0..self.wmem.len() {
            self.wbyte[i].next = self.wq[i].val().get_bits::<8>(0);
            if self.eb1.q.val().get_bits::<2>(0) == 1 {
                self.wbyte[i].next = self.wq[i].val().get_bits::<8>(8);
            }
            if self.eb1.q.val().get_bits::<2>(0) == 2 {
                self.wbyte[i].next = self.wq[i].val().get_bits::<8>(16);
            }
            if self.eb1.q.val().get_bits::<2>(0) == 3 {
                self.wbyte[i].next = self.wq[i].val().get_bits::<8>(24);
            }
            self.gbyte[i].d.next = self.wbyte[i].val();
        }
        // With `deep`: the byte from the registered word, by the index a cycle later.
        for i in 0..self.hreg.len() {
            self.wbyte[i].next = self.hreg[i].q.val().get_bits::<8>(0);
            if self.eb2.q.val().get_bits::<2>(0) == 1 {
                self.wbyte[i].next = self.hreg[i].q.val().get_bits::<8>(8);
            }
            if self.eb2.q.val().get_bits::<2>(0) == 2 {
                self.wbyte[i].next = self.hreg[i].q.val().get_bits::<8>(16);
            }
            if self.eb2.q.val().get_bits::<2>(0) == 3 {
                self.wbyte[i].next = self.hreg[i].q.val().get_bits::<8>(24);
            }
            self.gbyte[i].d.next = self.wbyte[i].val();
        }
        self.eb2.d.next = self.eb1.q.val();
        self.ev2.d.next = self.v1.q.val();
        self.ey2.d.next = self.bdata.val();
        for i in 0..self.eb3.len() {
            self.eb3[i].clock.next = self.clock.val();
            self.ev3[i].clock.next = self.clock.val();
            self.ey3[i].clock.next = self.clock.val();
            self.eb3[i].d.next = self.eb2.q.val();
            self.ev3[i].d.next = self.ev2.q.val();
            self.ey3[i].d.next = self.ey2.q.val();
            self.ebg.next = self.eb3[i].q.val() >> 2;
        }
        self.ebyte.next = 0.into();
        for i in 0..self.gbyte.len() {
            if self.ebg.val().index() == i {
                self.ebyte.next = self.gbyte[i].q.val();
            }
        }
        if self.emb1.val() {
            self.ebyte.next = self.wbyte[0].val();
        }
        self.xval.next = self.bank_a.read_data.val();
        for _j in 0..self.bank_a1.len() {
            if self.a_sel[0].q.val() {
                self.xval.next = self.bank_a1[0].read_data.val();
            }
        }
        self.valu.in_valid.next = self.v1.q.val();
        self.valu.in_y.next = self.bdata.val();
        if self.i_op.q.val() == 13 {
            self.xval.next = bit_cast::<16, 8>(self.ebyte.val());
            if self.ebyte.val().get_bit(7) {
                self.xval.next = bit_cast::<16, 8>(self.ebyte.val()) | 0xff00;
            }
            if !self.emb1.val() {
                self.valu.in_valid.next = self.ev2.q.val();
                self.valu.in_y.next = self.ey2.q.val();
            }
            // With `deep` a cycle later: the byte itself (one group) or its group's.
            for i in 0..self.ev3.len() {
                self.valu.in_valid.next = self.ev2.q.val();
                self.valu.in_y.next = self.ey2.q.val();
                if !self.emb1.val() {
                    self.valu.in_valid.next = self.ev3[i].q.val();
                    self.valu.in_y.next = self.ey3[i].q.val();
                }
            }
        }
        self.valu.in_op.next = self.i_op.q.val();
        self.valu.in_imm.next = self.i_imm.q.val();
        self.valu.in_x.next = self.xval.val();
        // DRAIN's last cycle (EMB's results come a cycle later).
        self.dlast.next = self.cnt.q.val() == self.drain_wait.val();
        if (self.i_op.q.val() == 13) & !self.emb1.val() {
            self.dlast.next = self.cnt.q.val() == self.drain_emb.val();
        }
        for _i in 0..self.ev3.len() {
            if self.i_op.q.val() == 13 {
                self.dlast.next = self.cnt.q.val() == self.drain_emb.val();
            }
        }
        self.valu.in_acc.next = self.accm.read_data.val();
        // With `wide` the second ALU takes the odd memories' words (it runs only when the
        // instruction streams two elements per cycle).
        for _j in 0..self.valu1.len() {
            if self.acc_sel[0].q.val() {
                self.valu.in_acc.next = self.accm1[0].read_data.val();
            }
            self.valu1[0].in_valid.next = self.v1.q.val() & self.i_w2[0].q.val();
            self.valu1[0].in_op.next = self.i_op.q.val();
            self.valu1[0].in_imm.next = self.i_imm.q.val();
            self.valu1[0].in_x.next = self.bank_a1[0].read_data.val();
            self.valu1[0].in_y.next = self.bank_b1[0].read_data.val();
            self.valu1[0].in_acc.next = self.accm1[0].read_data.val();
            self.valu1[0].clear_ss.next = self.clr_ss.q.val();
            self.valu1[0].clear_m.next = self.clr_m.q.val();
            self.valu1[0].s_mant.next = self.scale.s_mant.val();
            self.valu1[0].s_exp.next = self.scale.s_exp.val();
            self.valu1[0].q_n.next = self.scale.q_n.val();
            self.valu1[0].q_r.next = self.scale.q_r.val();
        }
        // Results come out in order: the wk-th goes to dst + wk. QUANT writes Q[k]; EMB
        // writes A[EMB_DST + k] (EMB_DST = 0; its dst field is the weight base).
        self.wdst.next = self.i_dst.q.val() + self.wk.q.val();
        if (self.i_op.q.val() == 8) | (self.i_op.q.val() == 13) {
            self.wdst.next = self.wk.q.val();
        }
        // The accumulators' clears, registered: decided at DECODE from the program RAM's
        // output they were the ECP5's critical path (5.6 ns clock-to-out, the decode, the
        // fan-out to 32 + 48 flip-flops: 17.9 ns). A cycle later is early enough: the
        // instruction's first element reaches S3 at least three cycles after DECODE, and
        // the last one's result (and its square, S6) is in before DECODE.
        self.valu.clear_ss.next = self.clr_ss.q.val();
        self.valu.clear_m.next = self.clr_m.q.val();
        self.clr_ss.d.next = false;
        self.clr_m.d.next = false;
        self.valu.s_mant.next = self.scale.s_mant.val();
        self.valu.s_exp.next = self.scale.s_exp.val();
        self.valu.q_n.next = self.scale.q_n.val();
        self.valu.q_r.next = self.scale.q_r.val();
        // With `chain`: pair 0 takes the elements while `cur` is 0, pair 1 while it is 1,
        // each ALU its pair's opcode and imm, the clears its pair's (a cycle after DECODE,
        // when `cur` names the instruction's pair).
        for _c in 0..self.cur.len() {
            self.valu.in_op.next = self.p_op[0].q.val();
            self.valu.in_imm.next = self.p_imm[0].q.val();
            if self.i_op.q.val() != 13 {
                self.valu.in_valid.next = self.v1.q.val() & !self.cur[0].q.val();
            }
            self.valu.clear_ss.next = self.clr_ss.q.val() & !self.cur[0].q.val();
            self.valu.clear_m.next = self.clr_m.q.val() & !self.cur[0].q.val();
            self.valu1[0].in_valid.next = self.v1.q.val() & self.i_w2[0].q.val() & !self.cur[0].q.val();
            self.valu1[0].in_op.next = self.p_op[0].q.val();
            self.valu1[0].in_imm.next = self.p_imm[0].q.val();
            self.valu1[0].clear_ss.next = self.clr_ss.q.val() & !self.cur[0].q.val();
            self.valu1[0].clear_m.next = self.clr_m.q.val() & !self.cur[0].q.val();
            for j in 0..2 {
                self.valu2[j].in_op.next = self.p_op[1].q.val();
                self.valu2[j].in_imm.next = self.p_imm[1].q.val();
                self.valu2[j].clear_ss.next = self.clr_ss.q.val() & self.cur[0].q.val();
                self.valu2[j].clear_m.next = self.clr_m.q.val() & self.cur[0].q.val();
                self.valu2[j].s_mant.next = self.scale.s_mant.val();
                self.valu2[j].s_exp.next = self.scale.s_exp.val();
                self.valu2[j].q_n.next = self.scale.q_n.val();
                self.valu2[j].q_r.next = self.scale.q_r.val();
            }
            // (ARGMAX's elements are no ALU's; EMB runs in pair 0.)
            self.valu2[0].in_valid.next = self.v1.q.val() & self.cur[0].q.val() & (self.i_op.q.val() != 14);
            self.valu2[0].in_x.next = self.xval.val();
            self.valu2[0].in_y.next = self.bdata.val();
            self.valu2[0].in_acc.next = self.accm.read_data.val();
            if self.acc_sel[0].q.val() {
                self.valu2[0].in_acc.next = self.accm1[0].read_data.val();
            }
            self.valu2[1].in_valid.next = self.v1.q.val() & self.i_w2[0].q.val() & self.cur[0].q.val();
            self.valu2[1].in_x.next = self.bank_a1[0].read_data.val();
            self.valu2[1].in_y.next = self.bank_b1[0].read_data.val();
            self.valu2[1].in_acc.next = self.accm1[0].read_data.val();
        }
        // Results: QUANT writes Q, the others bank A or B (never while idle).
        if self.valu.out_valid.val() {
            self.wk.d.next = self.wk.q.val() + 1;
            if self.i_op.q.val() == 8 {
                // Q[0] is written: a T MATVEC's engine may read it next cycle.
                self.mv_wait.d.next = false;
                self.qmem.write_address.next = self.wdst.val().get_bits::<12>(0);
                self.qmem.write_data.next = self.valu.out_q.val();
                self.qmem.write_enable.next = true;
            } else if (self.i_op.q.val() != 6) & (self.i_op.q.val() != 7) {
                if self.i_bank.q.val() {
                    self.bank_b.write_address.next = self.wdst.val();
                    self.bank_b.write_data.next = self.valu.out_data.val();
                    self.bank_b.write_enable.next = true;
                } else {
                    self.bank_a.write_address.next = self.wdst.val();
                    self.bank_a.write_data.next = self.valu.out_data.val();
                    self.bank_a.write_enable.next = true;
                }
            }
        }
        // With `wide` the results are written from `x_*`: the instruction registers'
        // context, or with `chain` that of the pair whose results come out (the next
        // instruction may be in the registers). Their even word goes to the even memory,
        // the odd to the odd (one a cycle: to the memory of the address's bit 0). This
        // replaces the writes above, so `mv_wait` is cleared by the Q write here.
        for _j in 0..self.valu1.len() {
            self.x_v[0].next = self.valu.out_valid.val();
            self.x_op[0].next = self.i_op.q.val();
            self.x_bank[0].next = self.i_bank.q.val();
            self.x_w2[0].next = self.i_w2[0].q.val();
            self.x_dst[0].next = self.wdst.val();
            self.x_d0[0].next = self.valu.out_data.val();
            self.x_d1[0].next = self.valu1[0].out_data.val();
            self.x_q0[0].next = self.valu.out_q.val();
            self.x_q1[0].next = self.valu1[0].out_q.val();
            if self.valu.out_valid.val() & self.i_w2[0].q.val() {
                self.wk.d.next = self.wk.q.val() + 2;
            }
            // With `chain` (at most one pair has results in a cycle): each pair's
            // context, and its next result's address moves on.
            for _c in 0..self.cur.len() {
                self.x_v[0].next = self.valu.out_valid.val() | self.valu2[0].out_valid.val();
                self.x_op[0].next = self.p_op[0].q.val();
                self.x_bank[0].next = self.p_bank[0].q.val();
                self.x_w2[0].next = self.p_w2[0].q.val();
                self.x_dst[0].next = self.p_wa[0].q.val();
                if self.valu2[0].out_valid.val() {
                    self.x_op[0].next = self.p_op[1].q.val();
                    self.x_bank[0].next = self.p_bank[1].q.val();
                    self.x_w2[0].next = self.p_w2[1].q.val();
                    self.x_dst[0].next = self.p_wa[1].q.val();
                    self.x_d0[0].next = self.valu2[0].out_data.val();
                    self.x_d1[0].next = self.valu2[1].out_data.val();
                    self.x_q0[0].next = self.valu2[0].out_q.val();
                    self.x_q1[0].next = self.valu2[1].out_q.val();
                }
                if self.valu.out_valid.val() {
                    self.p_wa[0].d.next = self.p_wa[0].q.val() + 1;
                    if self.p_w2[0].q.val() {
                        self.p_wa[0].d.next = self.p_wa[0].q.val() + 2;
                    }
                }
                if self.valu2[0].out_valid.val() {
                    self.p_wa[1].d.next = self.p_wa[1].q.val() + 1;
                    if self.p_w2[1].q.val() {
                        self.p_wa[1].d.next = self.p_wa[1].q.val() + 2;
                    }
                }
            }
            self.mv_wait.d.next = self.mv_wait.q.val();
            if !self.idle.val() {
                self.qmem.write_enable.next = false;
                self.qmem1[0].write_enable.next = false;
                self.bank_a.write_enable.next = false;
                self.bank_a1[0].write_enable.next = false;
                self.bank_b.write_enable.next = false;
                self.bank_b1[0].write_enable.next = false;
            }
            if self.x_v[0].val() {
                if self.x_op[0].val() == 8 {
                    // Q[0] is written: a T MATVEC's engine may read it next cycle.
                    self.mv_wait.d.next = false;
                    self.qmem.write_address.next = self.x_dst[0].val().get_bits::<12>(1);
                    self.qmem.write_data.next = self.x_q0[0].val();
                    self.qmem.write_enable.next = !self.x_dst[0].val().get_bit(0);
                    self.qmem1[0].write_address.next = self.x_dst[0].val().get_bits::<12>(1);
                    self.qmem1[0].write_data.next = self.x_q0[0].val();
                    self.qmem1[0].write_enable.next = self.x_dst[0].val().get_bit(0);
                    if self.x_w2[0].val() {
                        self.qmem1[0].write_data.next = self.x_q1[0].val();
                        self.qmem1[0].write_enable.next = true;
                    }
                } else if (self.x_op[0].val() != 6) & (self.x_op[0].val() != 7) {
                    if self.x_bank[0].val() {
                        self.bank_b.write_address.next = self.x_dst[0].val() >> 1;
                        self.bank_b.write_data.next = self.x_d0[0].val();
                        self.bank_b.write_enable.next = !self.x_dst[0].val().get_bit(0);
                        self.bank_b1[0].write_address.next = self.x_dst[0].val() >> 1;
                        self.bank_b1[0].write_data.next = self.x_d0[0].val();
                        self.bank_b1[0].write_enable.next = self.x_dst[0].val().get_bit(0);
                        if self.x_w2[0].val() {
                            self.bank_b1[0].write_data.next = self.x_d1[0].val();
                            self.bank_b1[0].write_enable.next = true;
                        }
                    } else {
                        self.bank_a.write_address.next = self.x_dst[0].val() >> 1;
                        self.bank_a.write_data.next = self.x_d0[0].val();
                        self.bank_a.write_enable.next = !self.x_dst[0].val().get_bit(0);
                        self.bank_a1[0].write_address.next = self.x_dst[0].val() >> 1;
                        self.bank_a1[0].write_data.next = self.x_d0[0].val();
                        self.bank_a1[0].write_enable.next = self.x_dst[0].val().get_bit(0);
                        if self.x_w2[0].val() {
                            self.bank_a1[0].write_data.next = self.x_d1[0].val();
                            self.bank_a1[0].write_enable.next = true;
                        }
                    }
                }
            }
        }
        self.scale.start.next = false;
        self.scale.m.next = self.valu.m.val();
        self.scale.ss_lo.next = self.valu.ss_lo.val();
        self.scale.ss_hi.next = self.valu.ss_hi.val();
        // With `wide`: both ALUs' (unused accumulators stay 0: both are cleared together).
        for _j in 0..self.mc.len() {
            self.mc[0].d.next = self.valu.m.val();
            if self.valu1[0].m.val() > self.valu.m.val() {
                self.mc[0].d.next = self.valu1[0].m.val();
            }
            // The 48-bit sum in 24-bit halves (the low half's carry: the sum below an addend).
            self.ssc_lo[0].d.next = self.valu.ss_lo.val() + self.valu1[0].ss_lo.val();
            self.ssc_hi[0].d.next = self.valu.ss_hi.val() + self.valu1[0].ss_hi.val();
            if (self.valu.ss_lo.val() + self.valu1[0].ss_lo.val()) < self.valu.ss_lo.val() {
                self.ssc_hi[0].d.next = self.valu.ss_hi.val() + self.valu1[0].ss_hi.val() + 1;
            }
            self.scale.m.next = self.mc[0].q.val();
            self.scale.ss_lo.next = self.ssc_lo[0].q.val();
            self.scale.ss_hi.next = self.ssc_hi[0].q.val();
        }
        // With `chain`: pair 1's M and SS combined likewise; the scale unit reads those of
        // the pair that ran the last QMAX (`m_pair`) and the last SUMSQ or MULSH with
        // IMM_SS (`ss_pair`).
        for _c in 0..self.mc2.len() {
            self.mc2[0].d.next = self.valu2[0].m.val();
            if self.valu2[1].m.val() > self.valu2[0].m.val() {
                self.mc2[0].d.next = self.valu2[1].m.val();
            }
            self.ssc2_lo[0].d.next = self.valu2[0].ss_lo.val() + self.valu2[1].ss_lo.val();
            self.ssc2_hi[0].d.next = self.valu2[0].ss_hi.val() + self.valu2[1].ss_hi.val();
            if (self.valu2[0].ss_lo.val() + self.valu2[1].ss_lo.val()) < self.valu2[0].ss_lo.val() {
                self.ssc2_hi[0].d.next = self.valu2[0].ss_hi.val() + self.valu2[1].ss_hi.val() + 1;
            }
            if self.m_pair[0].q.val() {
                self.scale.m.next = self.mc2[0].q.val();
            }
            if self.ss_pair[0].q.val() {
                self.scale.ss_lo.next = self.ssc2_lo[0].q.val();
                self.scale.ss_hi.next = self.ssc2_hi[0].q.val();
            }
        }
        self.scale.c_mant.next = self.c_mant.q.val();
        self.scale.c_exp.next = self.c_exp.q.val();
        self.scale.start_recip.next = false;

        // ---- Lane array: fed by the MATVEC element issued two cycles ago (three with
        // `deep`: the weight word and the controls registered once more).
        self.q1.d.next = self.qmem.read_data.val();
        for _j in 0..self.qmem1.len() {
            if self.q_sel[0].q.val() {
                self.q1.d.next = self.qmem1[0].read_data.val();
            }
        }
        self.mv2.d.next = self.mv1.q.val();
        self.first2.d.next = self.first1.q.val();
        self.last3.d.next = self.last2.q.val();
        self.l_en.next = self.mv2.q.val();
        self.l_first.next = self.first2.q.val();
        self.l_load.next = self.last3.q.val();
        // Sign-extend q (test bit 7 and OR in the high bits: signed casts of -128
        // misbehave) and negate it, once for all groups.
        self.q1x.next = bit_cast::<18, 8>(self.q1.q.val());
        if self.q1.q.val().get_bit(7) {
            self.q1x.next = bit_cast::<18, 8>(self.q1.q.val()) | 0x3ff00;
        }
        self.l_qp.next = self.q1x.val();
        self.l_qn.next = 0 - self.q1x.val();
        for j in 0..self.mv3.len() {
            self.mv3[j].clock.next = self.clock.val();
            self.first3[j].clock.next = self.clock.val();
            self.last4[j].clock.next = self.clock.val();
            self.qp2[j].clock.next = self.clock.val();
            self.qn2[j].clock.next = self.clock.val();
            self.mv3[j].d.next = self.mv2.q.val();
            self.first3[j].d.next = self.first2.q.val();
            self.last4[j].d.next = self.last3.q.val();
            self.qp2[j].d.next = self.q1x.val();
            self.qn2[j].d.next = 0 - self.q1x.val();
            self.l_en.next = self.mv3[j].q.val();
            self.l_first.next = self.first3[j].q.val();
            self.l_load.next = self.last4[j].q.val();
            self.l_qp.next = self.qp2[j].q.val();
            self.l_qn.next = self.qn2[j].q.val();
        }
        for i in 0..self.lanes.len() {
            self.lanes[i].trits.next = self.wq[i].val();
            // At 8 lanes: the odd lane word is the high half.
            for j in 0..self.hsel.len() {
                if self.hsel[j].q.val() {
                    self.lanes[i].trits.next = self.wq[i].val() >> 16;
                }
            }
            self.lanes[i].qpos.next = self.l_qp.val();
            self.lanes[i].qneg.next = self.l_qn.val();
            self.lanes[i].enable.next = self.l_en.val();
            self.lanes[i].first.next = self.l_first.val();
            self.lanes[i].load.next = self.l_load.val();
            self.lanes[i].shift.next = self.draining.q.val();
            self.lanes[i].shift2.next = false;
            self.lanes[i].chain_in.next = 0.into();
            self.lanes[i].chain_in1.next = 0.into();
            // With `wide` the chain drains two rows a cycle, one into each ACC memory.
            for _j in 0..self.accm1.len() {
                self.lanes[i].shift.next = false;
                self.lanes[i].shift2.next = self.draining.q.val();
            }
        }
        for i in 0..self.wreg.len() {
            self.wreg[i].clock.next = self.clock.val();
            self.wreg[i].d.next = self.wq[i].val();
            for j in 0..self.hsel.len() {
                if self.hsel[j].q.val() {
                    self.wreg[i].d.next = self.wq[i].val() >> 16;
                }
            }
            self.lanes[i].trits.next = self.wreg[i].q.val();
        }
        for i in 1..self.lanes.len() {
            self.lanes[i - 1].chain_in.next = self.lanes[i].chain_out.val();
            self.lanes[i - 1].chain_in1.next = self.lanes[i].chain_out1.val();
        }
        self.last2.d.next = self.last1.q.val();
        // Drain: after a load, write LANES sums into ACC, one per cycle.
        self.dwrite.next = self.dcur.q.val() + self.dcnt.q.val();
        if self.draining.q.val() {
            self.accm.write_address.next = self.dwrite.val().get_bits::<12>(0);
            self.accm.write_data.next = self.lanes[0].chain_out.val();
            self.accm.write_enable.next = self.dwrite.val() < self.mv_rows.q.val();
            // The drain's lane count stays below LANES (a power of two): only its low
            // bits are kept (the others are constant and vanish in synthesis).
            self.dcnt.d.next = (self.dcnt.q.val() + 1) & self.lanes_m1.val();
            if self.dcnt.q.val() == self.lanes_m1.val() {
                self.draining.d.next = false;
            }
        }
        // With `wide` two rows a cycle (dwrite even): rows dwrite and dwrite + 1, from the
        // chain's lanes 0 and 1, into the even and the odd ACC memory at dwrite / 2.
        for _j in 0..self.accm1.len() {
            if self.draining.q.val() {
                self.accm.write_address.next = self.dwrite.val().get_bits::<12>(1);
                self.accm.write_enable.next = self.dwrite.val() < self.mv_rows.q.val();
                self.accm1[0].write_address.next = self.dwrite.val().get_bits::<12>(1);
                self.accm1[0].write_data.next = self.lanes[0].chain_out1.val();
                self.accm1[0].write_enable.next = (self.dwrite.val() + 1) < self.mv_rows.q.val();
                self.dcnt.d.next = (self.dcnt.q.val() + 2) & self.lanes_m1.val();
                self.draining.d.next = true;
                if self.dcnt.q.val() == (self.lanes_m1.val() - 1) {
                    self.draining.d.next = false;
                }
            }
        }
        if self.l_load.val() {
            self.draining.d.next = true;
            self.dcnt.d.next = 0.into();
            self.dcur.d.next = self.dbase.q.val();
            self.dbase.d.next = self.dbase.q.val() + self.nlanes.val();
        }

        // ---- The sequencer.
        // The instruction word DECODE reads: the program RAM's output, or with `deep` the
        // same registered in ILAT (a cycle after FETCH; the RAM's 5.8 ns clock-to-out and
        // the decode into the state register were the ECP5's critical path, 14.9 ns).
        self.pw_lo.next = self.prog_lo.read_data.val();
        self.pw_hi.next = self.prog_hi.read_data.val();
        for j in 0..self.iw_lo.len() {
            self.iw_lo[j].clock.next = self.clock.val();
            self.iw_hi[j].clock.next = self.clock.val();
            self.iw_lo[j].d.next = self.prog_lo.read_data.val();
            self.iw_hi[j].d.next = self.prog_hi.read_data.val();
            self.pw_lo.next = self.iw_lo[j].q.val();
            self.pw_hi.next = self.iw_hi[j].q.val();
        }
        for j in 0..self.pf_age.len() {
            self.pf_age[j].clock.next = self.clock.val();
            self.pf_age[j].d.next = self.pf_age[j].q.val();
            if self.pf_age[j].q.val() != 2 {
                self.pf_age[j].d.next = self.pf_age[j].q.val() + 1;
            }
            // While idle the program RAM is the host's.
            if self.idle.val() {
                self.pf_age[j].d.next = 0.into();
            } else {
                self.prog_lo.read_address.next = self.pc.q.val();
                self.prog_hi.read_address.next = self.pc.q.val();
            }
        }
        self.v1.d.next = false;
        self.mv1.d.next = false;
        self.first1.d.next = false;
        self.last1.d.next = false;
        self.wrd.d.next = false;
        self.ka.next = self.i_a.q.val() + self.k.q.val();
        // ACC rows the drains have written: below `dwrite` while one drains, else below
        // `dbase` (the next block's first row; 0 from a MATVEC's DECODE until its first
        // drain). Every row once the engine and the drains are done (rows past the
        // MATVEC's wait till then).
        self.avail.next = self.dbase.q.val();
        if self.draining.q.val() {
            self.avail.next = self.dwrite.val();
        }
        self.avail_r.d.next = self.avail.val();
        for _j in 0..self.avail_w.len() {
            self.avail_w[0].d.next = 0.into();
            if self.avail.val() != 0 {
                self.avail_w[0].d.next = self.avail.val() - 1;
            }
        }
        self.ka_ok.next = ((self.i_op.q.val() != 11) & (self.i_op.q.val() != 12) & (self.i_op.q.val() != 14))
            | !self.ovl.val()
            | !(self.mv_on.q.val() | self.draining.q.val())
            | (self.ka.val() < self.avail_r.q.val());
        for _j in 0..self.haz.len() {
            self.nx_el[0].next = ((self.pw_lo.val().get_bits::<4>(0) >= 1) & (self.pw_lo.val().get_bits::<4>(0) <= 8))
                | (self.pw_lo.val().get_bits::<4>(0) == 11)
                | (self.pw_lo.val().get_bits::<4>(0) == 12);
            // With `chain`: the streaming instruction's next element would read what the
            // other pair has yet to write (at or above its `p_wa`, in a bank it writes).
            self.haz[0].next = false;
            for _c in 0..self.cur.len() {
                if self.cur[0].q.val() {
                    if self.p_busy[0].val()
                        & ((self.h_a[0].q.val() & (self.pa_hi[0].q.val() >= self.p_wa[0].q.val()))
                            | (self.h_b[0].q.val() & (self.pb_hi[0].q.val() >= self.p_wa[0].q.val())))
                    {
                        self.haz[0].next = true;
                    }
                } else if self.p_busy[1].val()
                    & ((self.h_a[0].q.val() & (self.pa_hi[0].q.val() >= self.p_wa[1].q.val()))
                        | (self.h_b[0].q.val() & (self.pb_hi[0].q.val() >= self.p_wa[1].q.val())))
                {
                    self.haz[0].next = true;
                }
                // (Set at DECODE; assigned every cycle, else a latch.)
                self.d_np[0].next = !self.cur[0].q.val();
                self.d_dst[0].next = 0.into();
            }
            // It waits as for its ACC row (`ka_ok` is STREAM's one-a-cycle enable; the
            // two-a-cycle one tests `haz` itself).
            if self.haz[0].val() {
                self.ka_ok.next = false;
            }
        }
        self.side_s.next = ((self.pw_lo.val().get_bits::<4>(0) >= 2) & (self.pw_lo.val().get_bits::<4>(0) <= 5))
            | ((self.pw_lo.val().get_bits::<4>(0) == 1) & !self.pw_hi.val().get_bit(30));
        self.side_m.next =
            self.side_s.val() | (self.pw_lo.val().get_bits::<4>(0) == 6) | (self.pw_lo.val().get_bits::<4>(0) == 7);
        if self.pinw.val()
            & self.mv_on.q.val()
            & !(self.splitc.val() & self.mv_t.q.val())
            & (self.pw_lo.val().get_bits::<4>(0) != 4)
            & (self.pw_lo.val().get_bits::<4>(0) != 6)
        {
            self.side_s.next = false;
            self.side_m.next = false;
        }
        self.rowprod.next = bit_cast::<16, 12>(self.token.q.val()) * bit_cast::<16, 12>(self.rowwords.val());
        if self.state.q.val() == self.st_idle.val() {
            if self.start.val() {
                self.token.d.next = self.token_in.val();
                self.pc.d.next = 0.into();
                self.flt.d.next = false;
                self.state.d.next = self.st_fetch.val();
            }
        } else if self.state.q.val() == self.st_fetch.val() {
            self.prog_lo.read_address.next = self.pc.q.val();
            self.prog_hi.read_address.next = self.pc.q.val();
            self.state.d.next = self.st_after_fetch.val();
        } else if self.state.q.val() == self.st_ilat.val() {
            self.state.d.next = self.st_decode.val();
        } else if self.scale.busy.val()
            & (self.state.q.val() == self.st_decode.val())
            & (self.pw_lo.val().get_bits::<4>(0) != 9)
            & !self.side_s.val()
            & !((self.pw_lo.val().get_bits::<4>(0) == 7) & self.scale.m_free.val())
        {
            // SCALE runs in the background: only MATVEC (which neither reads nor writes
            // what the scale unit uses) and `side_s`'s element-wise instructions issue
            // beside it; anything else is fetched again (with `pf_age`: decoded again).
            self.state.d.next = self.st_fetch.val();
            for j in 0..self.pf_age.len() {
                if self.pf_age[j].q.val() != 0 {
                    self.state.d.next = self.st_decode.val();
                }
            }
        } else if (self.state.q.val() == self.st_decode.val())
            & ((self.mv_on.q.val()
                & self.ovl.val()
                & (self.pw_lo.val().get_bits::<4>(0) != 11)
                & (self.pw_lo.val().get_bits::<4>(0) != 12)
                & (self.pw_lo.val().get_bits::<4>(0) != 14)
                & !((self.pw_lo.val().get_bits::<4>(0) == 8) & self.mv_wait.q.val())
                & !((self.pw_lo.val().get_bits::<4>(0) == 10)
                    & (!self.pinw.val() | (self.splitc.val() & self.mv_t.q.val())))
                & !self.side_m.val())
                | (self.draining.q.val()
                    & ((self.pw_lo.val().get_bits::<4>(0) == 9)
                        | (self.pw_lo.val().get_bits::<4>(0) == 0)
                        | (!self.ovl.val()
                            & ((self.pw_lo.val().get_bits::<4>(0) == 11)
                                | (self.pw_lo.val().get_bits::<4>(0) == 12))
                            & (self.pw_lo.val().get_bits::<13>(18) != 0)))))
        {
            // With `overlap` the lane engine runs a MATVEC beside the sequencer: the QUANT
            // it trails (`mv_wait`), SCALE where it reads no parameter from W (without
            // `params_in_w`, or beside a T MATVEC with `split`), DEQ, DEQADD and (session
            // 15) ARGMAX issue beside it (they read ACC, which STREAM and ARGMAX read only
            // where the drains have written, and write bank A or B; everything else could use
            // W, Q, the lanes or the row counters). A MATVEC's last block drains into ACC
            // (one sum per cycle) after it: then everything but another MATVEC (the lanes'
            // shift chain) and END (the host reads ACC) goes ahead (ARGMAX's reads, one
            // per cycle, trail the drain's writes), and without `overlap` but a DEQ or
            // DEQADD from anywhere but ACC[0] (whose reads trail the writes likewise).
            self.state.d.next = self.st_fetch.val();
            for j in 0..self.pf_age.len() {
                if self.pf_age[j].q.val() != 0 {
                    self.state.d.next = self.st_decode.val();
                }
            }
        } else if self.state.q.val() == self.st_decode.val() {
            self.i_op.d.next = self.pw_lo.val().get_bits::<4>(0);
            self.i_emb.d.next = self.pw_lo.val().get_bits::<4>(0) == 13;
            self.i_bank.d.next = self.pw_lo.val().get_bit(4);
            self.i_dst.d.next = self.pw_lo.val().get_bits::<13>(5);
            self.i_a.d.next = self.pw_lo.val().get_bits::<13>(18);
            self.i_b.d.next = bit_cast::<13, 1>(self.pw_lo.val().get_bits::<1>(31))
                | (bit_cast::<13, 12>(self.pw_hi.val().get_bits::<12>(0)) << 1);
            self.i_n.d.next = self.pw_hi.val().get_bits::<12>(12);
            self.i_imm.d.next = self.pw_hi.val().get_bits::<8>(24);
            // With `wide`: an element-wise instruction (MULSH..QUANT, DEQ, DEQADD) whose
            // dst, a, b and n are all even streams two elements per cycle.
            for _j in 0..self.i_w2.len() {
                self.i_w2[0].d.next = self.nx_el[0].val()
                    & !self.pw_lo.val().get_bit(5)
                    & !self.pw_lo.val().get_bit(18)
                    & !self.pw_lo.val().get_bit(31)
                    & !self.pw_hi.val().get_bit(12);
            }
            self.pc.d.next = self.pc.q.val() + 1;
            for j in 0..self.pf_age.len() {
                self.pf_age[j].d.next = 0.into();
            }
            // With `chain`: an element-wise instruction takes the other pair (EMB pair 0)
            // and its context; `h_a`, `h_b`: it reads a bank that the instruction now in
            // `cur`'s pair writes (elements wait on that pair's `p_wa`, see `haz`).
            for _c in 0..self.cur.len() {
                if self.nx_el[0].val() | (self.pw_lo.val().get_bits::<4>(0) == 13) {
                    if self.pw_lo.val().get_bits::<4>(0) == 13 {
                        self.d_np[0].next = false;
                    }
                    // Its first result's address (QUANT writes Q[0..], EMB A[EMB_DST..]).
                    self.d_dst[0].next = self.pw_lo.val().get_bits::<13>(5);
                    if (self.pw_lo.val().get_bits::<4>(0) == 8) | (self.pw_lo.val().get_bits::<4>(0) == 13) {
                        self.d_dst[0].next = 0.into();
                    }
                    self.cur[0].d.next = self.d_np[0].val();
                    if self.pw_lo.val().get_bits::<4>(0) == 7 {
                        self.m_pair[0].d.next = self.d_np[0].val();
                    }
                    if (self.pw_lo.val().get_bits::<4>(0) == 6)
                        | ((self.pw_lo.val().get_bits::<4>(0) == 1) & self.pw_hi.val().get_bit(30))
                    {
                        self.ss_pair[0].d.next = self.d_np[0].val();
                    }
                    // Highest addresses of the first issue (a, or b for DEQADD, in bank A;
                    // b in bank B), one more for a pair.
                    self.pa_hi[0].d.next = self.pw_lo.val().get_bits::<13>(18);
                    if self.pw_lo.val().get_bits::<4>(0) == 12 {
                        self.pa_hi[0].d.next = self.i_b.d.val();
                    }
                    self.pb_hi[0].d.next = self.i_b.d.val();
                    if self.i_w2[0].d.val() {
                        self.pa_hi[0].d.next = self.pw_lo.val().get_bits::<13>(18) + 1;
                        if self.pw_lo.val().get_bits::<4>(0) == 12 {
                            self.pa_hi[0].d.next = self.i_b.d.val() + 1;
                        }
                        self.pb_hi[0].d.next = self.i_b.d.val() + 1;
                    }
                    self.h_a[0].d.next = false;
                    self.h_b[0].d.next = false;
                    if self.cur[0].q.val() {
                        if (self.p_op[1].q.val() != 6) & (self.p_op[1].q.val() != 7) & (self.p_op[1].q.val() != 8) {
                            if self.p_bank[1].q.val() {
                                self.h_b[0].d.next = true;
                            } else {
                                self.h_a[0].d.next = true;
                            }
                        }
                    } else if (self.p_op[0].q.val() != 6) & (self.p_op[0].q.val() != 7) & (self.p_op[0].q.val() != 8) {
                        if self.p_bank[0].q.val() {
                            self.h_b[0].d.next = true;
                        } else {
                            self.h_a[0].d.next = true;
                        }
                    }
                    // Which banks it reads: A for MULSH..QUANT and DEQADD, B for MULSH,
                    // ADD, SUB, OMF, QMAX, QUANT.
                    if !(((self.pw_lo.val().get_bits::<4>(0) >= 1) & (self.pw_lo.val().get_bits::<4>(0) <= 8))
                        | (self.pw_lo.val().get_bits::<4>(0) == 12))
                    {
                        self.h_a[0].d.next = false;
                    }
                    if (self.pw_lo.val().get_bits::<4>(0) == 4)
                        | (self.pw_lo.val().get_bits::<4>(0) == 6)
                        | (self.pw_lo.val().get_bits::<4>(0) >= 9)
                    {
                        self.h_b[0].d.next = false;
                    }
                    if self.d_np[0].val() {
                        self.p_op[1].d.next = self.pw_lo.val().get_bits::<4>(0);
                        self.p_imm[1].d.next = self.pw_hi.val().get_bits::<8>(24);
                        self.p_bank[1].d.next = self.pw_lo.val().get_bit(4);
                        self.p_w2[1].d.next = self.i_w2[0].d.val();
                        self.p_wa[1].d.next = self.d_dst[0].val();
                        self.p_end[1].d.next =
                            self.d_dst[0].val() + bit_cast::<13, 12>(self.pw_hi.val().get_bits::<12>(12));
                    } else {
                        self.p_op[0].d.next = self.pw_lo.val().get_bits::<4>(0);
                        self.p_imm[0].d.next = self.pw_hi.val().get_bits::<8>(24);
                        self.p_bank[0].d.next = self.pw_lo.val().get_bit(4);
                        self.p_w2[0].d.next = self.i_w2[0].d.val();
                        self.p_wa[0].d.next = self.d_dst[0].val();
                        self.p_end[0].d.next =
                            self.d_dst[0].val() + bit_cast::<13, 12>(self.pw_hi.val().get_bits::<12>(12));
                    }
                }
            }
            self.k.d.next = 0.into();
            self.wk.d.next = 0.into();
            self.cnt.d.next = 0.into();
            self.state.d.next = self.st_stream.val();
            if self.pw_lo.val().get_bits::<4>(0) == 0 {
                self.state.d.next = self.st_idle.val();
            }
            if self.pw_lo.val().get_bits::<4>(0) == 15 {
                self.flt.d.next = true;
                self.state.d.next = self.st_idle.val();
            }
            if self.pw_lo.val().get_bits::<4>(0) == 6 {
                self.clr_ss.d.next = true;
            }
            // MULSH with IMM_SS (imm bit 6 = program word bit 62) sums its result squares.
            if (self.pw_lo.val().get_bits::<4>(0) == 1) & self.pw_hi.val().get_bit(30) {
                self.clr_ss.d.next = true;
            }
            if self.pw_lo.val().get_bits::<4>(0) == 7 {
                self.clr_m.d.next = true;
            }
            if self.pw_lo.val().get_bits::<4>(0) == 13 {
                // EMB: its row offset (token x row words) is multiplied in st_emb, from
                // registers (from the program RAM's output it was the ECP5's critical
                // path: 5.8 ns clock-to-out, a shift, the DSP, an adder; 53.3 MHz).
                self.state.d.next = self.st_emb.val();
            }
            if self.pw_lo.val().get_bits::<4>(0) == 10 {
                self.state.d.next = self.st_scread.val();
            }
            if self.pw_lo.val().get_bits::<4>(0) == 14 {
                self.state.d.next = self.st_arg.val();
            }
            if self.pw_lo.val().get_bits::<4>(0) == 9 {
                // MATVEC: weight base = dst | a << 13; rows = b; cols = n. With
                // `overlap` the lane engine runs it and the sequencer goes on.
                self.state.d.next = self.st_mv.val();
                if self.ovl.val() {
                    self.state.d.next = self.st_fetch.val();
                    self.mv_on.d.next = true;
                    self.mv_n.d.next = self.pw_hi.val().get_bits::<12>(12);
                    // T (imm bit 0 = program word bit 56).
                    self.mv_t.d.next = self.pw_hi.val().get_bit(24);
                    self.mv_wait.d.next = self.pw_hi.val().get_bit(24);
                } else if self.pw_hi.val().get_bit(24) {
                    // Without the engine beside the sequencer T cannot be honoured.
                    self.flt.d.next = true;
                }
                self.waddr.d.next = bit_cast::<20, 13>(self.pw_lo.val().get_bits::<13>(5))
                    | (bit_cast::<20, 13>(self.pw_lo.val().get_bits::<13>(18)) << 13);
                self.kk.d.next = 0.into();
                self.blk.d.next = 0.into();
                self.dbase.d.next = 0.into();
                self.mv_rows.d.next = bit_cast::<13, 1>(self.pw_lo.val().get_bits::<1>(31))
                    | (bit_cast::<13, 12>(self.pw_hi.val().get_bits::<12>(0)) << 1);
            }
        } else if self.state.q.val() == self.st_stream.val() {
            // Issue element k (a DEQ / DEQADD element waits, a bubble, until its ACC row
            // has drained: `ka_ok`; the reads are made anyway, only valid and k wait).
            self.bank_a.read_address.next = self.ka.val();
            if self.i_op.q.val() == 12 {
                self.bank_a.read_address.next = self.i_b.q.val() + self.k.q.val();
            }
            self.braddr.next = self.i_b.q.val() + self.k.q.val();
            // DEQ and DEQADD use no bank B operand: with `overlap` no B read (with
            // `params_in_w` one would take W from the lane engine).
            self.bread.next = !self.ovl.val() | ((self.i_op.q.val() != 11) & (self.i_op.q.val() != 12));
            self.accm.read_address.next = self.ka.val().get_bits::<12>(0);
            for _j in 0..self.bank_a1.len() {
                self.bank_a.read_address.next = self.ka.val() >> 1;
                self.bank_a1[0].read_address.next = self.ka.val() >> 1;
                self.a_sel[0].d.next = self.ka.val().get_bit(0);
                if self.i_op.q.val() == 12 {
                    self.bank_a.read_address.next = (self.i_b.q.val() + self.k.q.val()) >> 1;
                    self.bank_a1[0].read_address.next = (self.i_b.q.val() + self.k.q.val()) >> 1;
                    self.a_sel[0].d.next = self.i_b.q.val().get_bit(0) ^ self.k.q.val().get_bit(0);
                }
                self.accm.read_address.next = self.ka.val().get_bits::<12>(1);
                self.accm1[0].read_address.next = self.ka.val().get_bits::<12>(1);
                self.acc_sel[0].d.next = self.ka.val().get_bit(0);
            }
            if self.i_op.q.val() == 13 {
                self.braddr.next = self.i_b.q.val() + bit_cast::<13, 12>(self.token.q.val());
                // W's address: see `i_emb` below.
                if (self.k.q.val() & self.ebmask.val()) == self.ebmask.val() {
                    self.waddr.d.next = self.winc.val();
                }
            }
            self.eb1.d.next = self.k.q.val() & self.ebmask.val();
            self.v1.d.next = (bit_cast::<13, 12>(self.i_n.q.val()) != 0) & self.ka_ok.val();
            self.k1.d.next = self.k.q.val();
            if self.ka_ok.val() {
                self.k.d.next = self.k.q.val() + 1;
                if (self.k.q.val() + 1) >= bit_cast::<13, 12>(self.i_n.q.val()) {
                    self.state.d.next = self.st_drain.val();
                }
            }
            // Two elements per cycle (`wide`; k and n even): a DEQ's pair waits until both
            // rows have drained, with or without `overlap` (a DEQ from ACC[0] that DECODE
            // lets go behind a drain would overtake its one row per cycle).
            for _j in 0..self.i_w2.len() {
                if self.i_w2[0].q.val() {
                    self.k.d.next = self.k.q.val();
                    self.v1.d.next = false;
                    if (((self.i_op.q.val() != 11) & (self.i_op.q.val() != 12))
                        | !((self.mv_on.q.val() & self.ovl.val()) | self.draining.q.val())
                        | (self.ka.val() < self.avail_w[0].q.val()))
                        & !self.haz[0].val()
                    {
                        self.v1.d.next = bit_cast::<13, 12>(self.i_n.q.val()) != 0;
                        self.k.d.next = self.k.q.val() + 2;
                        if (self.k.q.val() + 2) >= bit_cast::<13, 12>(self.i_n.q.val()) {
                            self.state.d.next = self.st_drain.val();
                        }
                    }
                }
            }
            // With `chain`: the streaming instruction's highest read addresses follow its
            // issues (`haz`).
            for _c in 0..self.cur.len() {
                if self.v1.d.val() {
                    self.pa_hi[0].d.next = self.pa_hi[0].q.val() + 1;
                    self.pb_hi[0].d.next = self.pb_hi[0].q.val() + 1;
                    if self.i_w2[0].q.val() {
                        self.pa_hi[0].d.next = self.pa_hi[0].q.val() + 2;
                        self.pb_hi[0].d.next = self.pb_hi[0].q.val() + 2;
                    }
                }
            }
        } else if self.state.q.val() == self.st_drain.val() {
            self.cnt.d.next = self.cnt.q.val() + 1;
            // With `chain`: an instruction that may drain beside the next (MULSH to SUMSQ,
            // DEQ, DEQADD; not QMAX, whose reciprocal follows, QUANT, whose end a T
            // MATVEC may wait for, nor EMB) leaves DRAIN at its first cycle when the next
            // (prefetched) is element-wise and the other pair, which that one will take,
            // is idle: its results come out of its pair beside the next one's elements.
            for _c in 0..self.cur.len() {
                if (self.cnt.q.val() == 0)
                    & (self.pf_age[0].q.val() == 2)
                    & self.nx_el[0].val()
                    & (((self.i_op.q.val() >= 1) & (self.i_op.q.val() <= 6))
                        | (self.i_op.q.val() == 11)
                        | (self.i_op.q.val() == 12))
                    & !((self.cur[0].q.val() & self.p_busy[0].val()) | (!self.cur[0].q.val() & self.p_busy[1].val()))
                {
                    self.state.d.next = self.st_decode.val();
                }
            }
            if self.dlast.val() {
                if self.i_op.q.val() == 8 {
                    self.mv_wait.d.next = false;
                }
                self.state.d.next = self.st_fetch.val();
                // Straight to DECODE but after SUMSQ or MULSH with IMM_SS: their SS is
                // final two cycles after the last result, and the next instruction may
                // clear it a cycle after its DECODE.
                for j in 0..self.pf_age.len() {
                    if (self.pf_age[j].q.val() != 0)
                        & (self.i_op.q.val() != 6)
                        & !((self.i_op.q.val() == 1) & self.i_imm.q.val().get_bit(6))
                    {
                        self.state.d.next = self.st_decode.val();
                    }
                }
                if self.i_op.q.val() == 7 {
                    self.scale.start_recip.next = true;
                    self.state.d.next = self.st_recip.val();
                    // Beside a SCALE the unit is busy and ignores the start.
                    self.rpend.d.next = self.scale.busy.val();
                }
            }
        } else if self.state.q.val() == self.st_recip.val() {
            if self.rpend.q.val() {
                // Ask until the unit takes it (the cycle it is idle).
                self.scale.start_recip.next = true;
                if !self.scale.busy.val() {
                    self.rpend.d.next = false;
                }
            } else if !self.scale.busy.val() {
                self.state.d.next = self.st_fetch.val();
                for j in 0..self.pf_age.len() {
                    if self.pf_age[j].q.val() != 0 {
                        self.state.d.next = self.st_decode.val();
                    }
                }
            }
        } else if self.state.q.val() == self.st_scread.val() {
            self.braddr.next = self.i_b.q.val() + bit_cast::<13, 4>(self.cnt.q.val());
            self.bread.next = true;
            self.cnt.d.next = self.cnt.q.val() + 1;
            if self.cnt.q.val() == 1 {
                self.c_mant.d.next = self.bdata.val();
            }
            if self.cnt.q.val() == 2 {
                self.c_exp.d.next = self.bdata.val();
                self.state.d.next = self.st_scale.val();
            }
        } else if self.state.q.val() == self.st_scale.val() {
            // Start the unit and go on: DECODE holds back everything but MATVEC until
            // it is done.
            self.scale.start.next = true;
            self.state.d.next = self.st_fetch.val();
            for j in 0..self.pf_age.len() {
                if self.pf_age[j].q.val() != 0 {
                    self.state.d.next = self.st_decode.val();
                }
            }
        } else if self.state.q.val() == self.st_arg.val() {
            self.accm.read_address.next = self.k.q.val().get_bits::<12>(0);
            for _j in 0..self.accm1.len() {
                self.accm.read_address.next = self.k.q.val().get_bits::<12>(1);
                self.accm1[0].read_address.next = self.k.q.val().get_bits::<12>(1);
                self.acc_sel[0].d.next = self.k.q.val().get_bit(0);
            }
            // Beside the engine an element waits (a bubble) until its ACC row has
            // drained (`ka_ok`, as DEQ's): the head's rows are compared as they drain.
            self.v1.d.next = self.ka_ok.val();
            self.k1.d.next = self.k.q.val();
            if self.ka_ok.val() {
                self.k.d.next = self.k.q.val() + 1;
                // The last row (n >= 1: the golden machine refuses ARGMAX of none): an
                // equality, not STREAM's `>=`, whose ripple with `ka_ok` before it was the
                // iCE40's critical path (21.9 MHz).
                if (self.k.q.val() + 1) == bit_cast::<13, 12>(self.i_n.q.val()) {
                    self.state.d.next = self.st_argtail.val();
                }
            }
        } else if self.state.q.val() == self.st_argtail.val() {
            self.cnt.d.next = self.cnt.q.val() + 1;
            if self.cnt.q.val() == self.argw.val() {
                self.state.d.next = self.st_argdone.val();
            }
        } else if self.state.q.val() == self.st_emb.val() {
            // The embedding row's first W word: base + token x row words.
            self.waddr.d.next = self.wbase_emb.val() + self.rowprod.val().get_bits::<20>(0);
            self.state.d.next = self.st_stream.val();
        } else if self.state.q.val() == self.st_argdone.val() {
            self.token.d.next = self.bidx.q.val();
            self.state.d.next = self.st_fetch.val();
            for j in 0..self.pf_age.len() {
                if self.pf_age[j].q.val() != 0 {
                    self.state.d.next = self.st_decode.val();
                }
            }
        }
        // ---- The lane engine (MATVEC, started at DECODE): Q[kk] read at t, W at t + 1.
        // (`mv_on` and `mv_tail` are and-ed with `ovl` where they are read: without
        // `overlap` they are never set, but Yosys cannot tell a register that holds its
        // power-on 0 from a variable one, and kept ~50 cells of their logic.)
        self.eng.next = (self.mv_on.q.val() & !self.mv_tail.q.val() & self.ovl.val() & !self.mv_wait.q.val())
            | (self.state.q.val() == self.st_mv.val());
        self.eng_tail.next =
            (self.mv_on.q.val() & self.mv_tail.q.val() & self.ovl.val()) | (self.state.q.val() == self.st_mvtail.val());
        self.ncols.next = self.i_n.q.val();
        if self.ovl.val() {
            self.ncols.next = self.mv_n.q.val();
        }
        if self.eng.val() {
            self.wrd.d.next = true;
            self.wra.d.next = self.waddr.q.val();
            self.qmem.read_address.next = self.kk.q.val();
            for _j in 0..self.qmem1.len() {
                self.qmem.read_address.next = self.kk.q.val() >> 1;
                self.qmem1[0].read_address.next = self.kk.q.val() >> 1;
                self.q_sel[0].d.next = self.kk.q.val().get_bit(0);
            }
            self.mv1.d.next = true;
            self.first1.d.next = self.kk.q.val() == 0;
            self.waddr.d.next = self.winc.val();
            self.kk.d.next = self.kk1.val();
            if self.kk1.val() == self.ncols.val() {
                self.last1.d.next = true;
                self.kk.d.next = 0.into();
                self.blk.d.next = self.blk.q.val() + 1;
                if bit_cast::<13, 12>(self.blk.q.val()) == self.nb_m1.val() {
                    if self.ovl.val() {
                        self.mv_tail.d.next = true;
                    } else {
                        self.state.d.next = self.st_mvtail.val();
                    }
                    self.mvc.d.next = 0.into();
                }
            }
        }
        if self.eng_tail.val() {
            if self.mvc.q.val() != 3 {
                self.mvc.d.next = self.mvc.q.val() + 1;
            }
            // Done when the last block's sums are in the shift chain (its drain goes on).
            if (self.mvc.q.val() == 3)
                & !self.l_load.val()
                & !self.last3.q.val()
                & !self.last2.q.val()
                & !self.last1.q.val()
            {
                if self.ovl.val() {
                    self.mv_on.d.next = false;
                    self.mv_tail.d.next = false;
                } else {
                    self.state.d.next = self.st_fetch.val();
                }
            }
        }
        // EMB's W reads: the row's words in turn from `waddr` (set in st_emb, the next
        // after a word's last byte) for the whole instruction, chosen by a register (the
        // reads before and after its STREAM are not used).
        if self.i_emb.q.val() {
            for i in 0..self.wmem.len() {
                self.wmem[i].read_address.next = self.waddr.q.val();
            }
        }
        // MATVEC's weight read, a cycle after its Q read (W has no other user then).
        if self.wrd.q.val() {
            for i in 0..self.wmem.len() {
                self.wmem[i].read_address.next = self.wra.q.val();
                // At 8 lanes: two lane words per memory word.
                for _h in 0..self.hsel.len() {
                    self.wmem[i].read_address.next = self.wra.q.val() >> 1;
                }
            }
        }
        // ---- Bank B reads (the sequencer's, else the host's): from `b_mapped` on, with
        // `params_in_w`, word w_words + j / G of W group j % G (W is free then: only EMB
        // reads W in STREAM, and its B operand is below `b_mapped`).
        self.bank_b.read_address.next = self.braddr.val();
        for _j in 0..self.bank_b1.len() {
            self.bank_b.read_address.next = self.braddr.val() >> 1;
            self.bank_b1[0].read_address.next = self.braddr.val() >> 1;
            self.b_sel[0].d.next = self.braddr.val().get_bit(0);
        }
        self.bj.next = self.braddr.val() - self.bmap_lo.val();
        self.bmapped.next = self.pinw.val() & self.bread.val() & (self.braddr.val() >= self.bmap_lo.val());
        if self.bmapped.val() & !self.splitc.val() {
            for i in 0..self.wmem.len() {
                self.wmem[i].read_address.next =
                    self.wpbase.val() + bit_cast::<20, 13>(self.bj.val() >> self.gshift.val());
            }
        }
        // With `split` bank B's read goes to the upper half alone; the engine's, EMB's
        // and the host's to both (the lower half's address is final here).
        self.wconf.next = self.bmapped.val() & self.wrd.q.val() & !self.splitc.val();
        for j in 0..self.whi.len() {
            self.whi[j].read_address.next = self.wmem[0].read_address.val();
            self.wtop[j].d.next = (self.wmem[0].read_address.val() & self.whalf.val()) != 0;
            self.wconf.next =
                self.bmapped.val() & self.wrd.q.val() & ((self.wmem[0].read_address.val() & self.whalf.val()) != 0);
            if self.bmapped.val() {
                self.whi[j].read_address.next = bit_cast::<20, 13>(self.braddr.val()) + self.wpoff.val();
            }
        }
        if self.wconf.val() {
            self.flt.d.next = true;
        }
        // A T MATVEC must be followed by its QUANT: anything else is a fault (and the
        // engine goes, so nothing waits forever).
        if (self.state.q.val() == self.st_decode.val())
            & self.mv_wait.q.val()
            & (self.pw_lo.val().get_bits::<4>(0) != 8)
        {
            self.flt.d.next = true;
            self.mv_wait.d.next = false;
        }
        self.bw1.d.next = self.bmapped.val();
        self.bg1.d.next = bit_cast::<24, 13>(self.bj.val()) & self.gmask.val();
        // ARGMAX compare (the element issued last cycle, or with `deep` the cycle before;
        // signed 18-bit: flip the signs).
        self.am_v.next = self.v1.q.val() & (self.i_op.q.val() == 14);
        self.am_acc.next = self.accm.read_data.val();
        for _j in 0..self.accm1.len() {
            if self.acc_sel[0].q.val() {
                self.am_acc.next = self.accm1[0].read_data.val();
            }
        }
        self.am_k.next = self.k1.q.val();
        for j in 0..self.a_v.len() {
            self.a_v[j].clock.next = self.clock.val();
            self.a_acc[j].clock.next = self.clock.val();
            self.a_k[j].clock.next = self.clock.val();
            self.a_v[j].d.next = self.v1.q.val() & (self.i_op.q.val() == 14);
            self.a_acc[j].d.next = self.accm.read_data.val();
            for _k in 0..self.accm1.len() {
                if self.acc_sel[0].q.val() {
                    self.a_acc[j].d.next = self.accm1[0].read_data.val();
                }
            }
            self.a_k[j].d.next = self.k1.q.val();
            self.am_v.next = self.a_v[j].q.val();
            self.am_acc.next = self.a_acc[j].q.val();
            self.am_k.next = self.a_k[j].q.val();
        }
        if self.am_v.val() {
            if (self.am_k.val() == 0) | ((self.am_acc.val() ^ 0x2_0000) > (self.best.q.val() ^ 0x2_0000)) {
                self.best.d.next = self.am_acc.val();
                self.bidx.d.next = self.am_k.val().get_bits::<12>(0);
            }
        }
        // The VAlu sees ARGMAX elements as no-ops (no writes for opcode 14).
        if self.v1.q.val() & (self.i_op.q.val() == 14) {
            self.valu.in_valid.next = false;
        }
        // ---- With `wide`, the host port's words of bank A, Q and ACC: the ones chosen by
        // `*_sel` for the first ALU and MATVEC (`xval`, `q1`'s input and `in_acc`; EMB's
        // byte replaces `xval` only while EMB runs, and the host reads while idle). Here,
        // after they are set: a cast of an odd memory's word itself cannot be generated
        // where that memory may be absent.
        for _j in 0..self.bank_a1.len() {
            if self.rreg.q.val() == 2 {
                self.rd_data.next = bit_cast::<32, 16>(self.xval.val());
            }
            if self.rreg.q.val() == 5 {
                self.rd_data.next = bit_cast::<32, 8>(self.q1.d.val());
            }
            if self.rreg.q.val() == 6 {
                self.rd_data.next = bit_cast::<32, 18>(self.valu.in_acc.val());
            }
            // With `deep`, from the registers as above.
            for j in 0..self.hq_a.len() {
                self.hq_a[j].d.next = bit_cast::<32, 16>(self.xval.val());
                self.hq_q[j].d.next = bit_cast::<32, 8>(self.q1.d.val());
                self.hq_acc[j].d.next = bit_cast::<32, 18>(self.valu.in_acc.val());
                if self.rreg.q.val() == 2 {
                    self.rd_data.next = self.hq_a[j].q.val();
                }
                if self.rreg.q.val() == 5 {
                    self.rd_data.next = self.hq_q[j].q.val();
                }
                if self.rreg.q.val() == 6 {
                    self.rd_data.next = self.hq_acc[j].q.val();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hwconfig::{HwConfig, ModelDims};
    use crate::isa::{Bank, Instr, Machine, Opcode, IMM_SS};
    use crate::verify::*;
    use rand::{Rng, SeedableRng};

    pub const INPUTS: [Port; 9] = [
        port("wr_en", 1),
        port("wr_region", 3),
        port("wr_addr", 24),
        port("wr_data", 32),
        port("rd_region", 3),
        port("rd_addr", 24),
        port("start", 1),
        port("token_in", 12),
        port("cont", 1),
    ];
    pub const OUTPUTS: [Port; 7] = [
        port("rd_data", 32),
        port("busy", 1),
        port("fault", 1),
        port("token_out", 12),
        port("s_mant", 16),
        port("s_exp", 16),
        port("cycles", 32),
    ];

    /// A random program using every opcode, over memories filled at random, and the
    /// golden machine that runs it.
    fn random_case(hw: &HwConfig, seed: u64) -> (Machine, Vec<u64>) {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let lay = hw.layout();
        let mut m = Machine::new(hw.lanes, lay.a_words, lay.b_words, lay.q_len, lay.acc_len, lay.w_words);
        for v in m.a.iter_mut() {
            *v = rng.gen_range(-3000..3000);
        }
        for v in m.b.iter_mut() {
            *v = rng.gen_range(-3000..3000);
        }
        for v in m.w.iter_mut() {
            *v = rng.gen();
        }
        // Embedding codes must not be -128 (the quantizer never writes it).
        for v in m.w.iter_mut() {
            if *v == 0x80 {
                *v = 0x81;
            }
        }
        let h = hw.dims.hidden as u16;
        let i = hw.dims.intermediate as u16;
        use Bank::{A, B};
        use Opcode::*;
        let vi = Instr::vec;
        // Bank B as the compiler uses it: programs write only the temporaries (below
        // `b_mapped`) and read parameters from above it (which may live in W).
        let l0 = &lay.layers[0];
        let (bc, blb) = (l0.consts as usize, l0.one_minus_lb as usize);
        // Scale constants at B[bc..bc+4]: (mantissa, exponent) pairs; 1 - lb in [0, 16384].
        m.b[bc] = 40000u16 as i16;
        m.b[bc + 1] = -24;
        m.b[bc + 2] = 60000u16 as i16;
        m.b[bc + 3] = -30;
        for k in 0..h as usize {
            m.b[blb + k] = rng.gen_range(0..=16384);
        }
        let bc = bc as u16;
        // Where the MATVEC may trail its QUANT (`HwConfig::may_trail`): first, with T,
        // the QUANT behind it, then beside its engine SCALE and (parameters; with
        // `split` in W's other half) OMF and MULSH; as the golden runs it, the same
        // program as QUANT, MATVEC, SCALE, OMF, MULSH.
        let quant = vi(Quant, A, 0, 300, l0.g_g, h, 0);
        let mut head = if hw.may_trail(l0.w[0], h as usize, h as usize) {
            vec![Instr::matvec_trail(l0.w[0], h, h), quant]
        } else {
            vec![quant, Instr::matvec(l0.w[0], h, h)]
        };
        head.extend([
            vi(Scale, A, 0, 0, bc, 0, 0),
            vi(Omf, A, 440, 0, blb as u16, h, 7),
            vi(MulSh, A, 480, 300, l0.g_norm, h, 13),
        ]);
        let mut prog = vec![
            Instr::emb(lay.w_emb, lay.emb_scale, h, 6),
            vi(MulSh, A, 300, 0, l0.attn_norm, h, 14),
            vi(Add, B, lay.omf, 10, l0.g_i, h, 0),
            vi(Sub, A, 40, 50, lay.omf, h, 0),
            vi(Silu, B, lay.c, 300, l0.g_f, h, 9),
            vi(Omf, A, 100, 0, blb as u16, h, 7),
            // Element-wise chains (with `chain` each streams while the one before drains
            // from the other pair of ALUs; an element waits for a result it reads): a
            // short instruction, whose results come after the next one's first reads;
            // reads 20 words ahead of the writer's first result, then above its range;
            // one element a cycle behind two; a B operand from two instructions back; a
            // SUMSQ behind a MULSH with IMM_SS.
            vi(Add, A, 520, 300, lay.omf, 4, 0),
            vi(Sub, A, 560, 520, lay.omf, h, 0),
            vi(Add, A, 600, 580, lay.omf, h, 0),
            vi(MulSh, B, lay.c, 605, lay.m, h - 1, 5),
            vi(Silu, A, 520, 600, 0, 6, 8),
            vi(Add, B, lay.m, 520, lay.c, h, 0),
            vi(MulSh, A, 560, 560, lay.m, h, 9 | IMM_SS),
            vi(SumSq, A, 0, 560, 0, h, 0),
            vi(SumSq, A, 0, 300, 0, h, 0),
            vi(QMax, A, 0, 300, l0.g_g, h, 0),
        ];
        prog.extend(head);
        prog.extend([
            vi(Deq, A, 200, 0, 0, h, 0),
            vi(DeqAdd, B, lay.m, 5, 200, h, 0),
            // One block (16 rows), then a DEQ from ACC[0] at once: with `wide` two elements
            // per cycle, so its pairs must wait for their rows (with or without `overlap`).
            Instr::matvec(l0.w[2], 16, h),
            vi(Deq, A, 260, 0, 0, 16, 0),
            // A DEQ from ACC[5] right after a MATVEC waits for the last block's drain;
            // one from ACC[0] (above) goes ahead behind it.
            Instr::matvec(l0.w[1], h, h),
            // (DEQ uses no bank B operand; this one's b field points at parameters, which
            // with `params_in_w` live in W: no B read may go there beside the engine.)
            vi(Deq, A, 250, 5, l0.g_i, h - 5, 0),
            vi(SumSq, A, 0, 200, 0, i, 0),
            vi(QMax, A, 0, 0, l0.g_down, i, 0),
            vi(Quant, A, 0, 0, l0.g_down, i, 0),
            // MULSH with the fused SUMSQ, whose SS the next SCALE uses.
            vi(MulSh, A, 400, 0, lay.m, h, 12 | IMM_SS),
            // SCALE then MATVEC: the two run side by side (as compiled programs do).
            vi(Scale, A, 0, 0, bc + 2, 0, 0),
            // DEQs stream beside the lane engine, each element once its row has drained:
            // from ACC[3] (across blocks), then the upper half (as the GLU's are), then
            // rows past the MATVEC's (not its: they go at once).
            Instr::matvec(l0.w[4], 2 * i, h),
            // Element-wise instructions beside SCALE and the engine (`side_s`, `side_m`):
            // MULSH without IMM_SS, ADD (odd: one element per cycle with `wide`), SILU;
            // OMF and QMAX read parameters (W with `params_in_w`: they wait for the
            // engine); QMAX and SUMSQ wait for SCALE, a MULSH with IMM_SS for both.
            vi(MulSh, B, lay.c, 400, lay.m, h, 9),
            vi(Add, A, 101, 41, lay.omf, h - 1, 0),
            vi(Silu, A, 140, 100, 0, h, 8),
            vi(Omf, A, 60, 300, blb as u16, h, 7),
            vi(QMax, A, 0, 140, l0.g_i, h, 0),
            vi(SumSq, A, 0, 60, 0, h, 0),
            vi(Sub, B, lay.m, 140, lay.c, h, 0),
            vi(MulSh, A, 180, 60, lay.c, h, 3 | IMM_SS),
            vi(Deq, B, lay.uu, 3, 0, i, 0),
            vi(Deq, A, 200, i, 0, i, 0),
            vi(Deq, A, 300, lay.acc_len as u16 - 9, 0, 9, 0),
            // A QMAX right behind SCALE would change M while the scale unit reads it:
            // it waits (then goes beside the engine without `params_in_w`).
            vi(Scale, A, 0, 0, bc, 0, 0),
            Instr::matvec(lay.w_head, hw.dims.vocab as u16, h),
            vi(QMax, A, 0, 180, l0.g_f, h, 0),
            vi(Argmax, A, 0, 0, 0, hw.dims.vocab as u16, 0),
            // That reciprocal, used.
            vi(Quant, A, 0, 180, l0.g_f, h, 0),
            // ARGMAX right behind a MATVEC: beside the engine, each row once drained.
            Instr::matvec(lay.w_head, hw.dims.vocab as u16, h),
            vi(Argmax, A, 0, 0, 0, hw.dims.vocab as u16, 0),
            Instr::new(End),
        ]);
        (m, prog.iter().map(Instr::encode).collect())
    }

    /// Vectors: upload the machine's memories and program, run `tokens`, then read every
    /// memory back through the host port.
    fn vectors(hw: &HwConfig, m: &Machine, prog: &[u64], tokens: &[u32], run_cycles: usize) -> Vec<Vec<u64>> {
        let g = hw.w_groups();
        let mut v = Vec::new();
        let w = |v: &mut Vec<Vec<u64>>, region: u64, addr: usize, data: u64| {
            v.push(vec![1, region, addr as u64, data, 0, 0, 0, 0, 0])
        };
        for (a, &ins) in prog.iter().enumerate() {
            w(&mut v, REGION_PROG_LO, a, ins & 0xffff_ffff);
            w(&mut v, REGION_PROG_HI, a, ins >> 32);
        }
        for (a, &x) in m.a.iter().enumerate() {
            w(&mut v, REGION_A, a, x as u16 as u64);
        }
        for (a, &x) in m.b.iter().enumerate() {
            w(&mut v, REGION_B, a, x as u16 as u64);
        }
        for (c, chunk) in m.w.chunks(4).enumerate() {
            let word = u32::from_le_bytes(chunk.try_into().unwrap()) as u64;
            let _ = g;
            w(&mut v, REGION_W, c, word);
        }
        // Every other run goes on counting cycles from the last (`cont`).
        for (i, &t) in tokens.iter().enumerate() {
            v.push(vec![0, 0, 0, 0, 0, 0, 1, t as u64, (i % 2) as u64]);
            for _ in 0..run_cycles {
                v.push(vec![0; 9]);
            }
        }
        for (region, n) in
            [(REGION_A, m.a.len()), (REGION_B, m.b.len()), (REGION_Q, m.q.len()), (REGION_ACC, m.acc.len())]
        {
            // With `deep` a word takes two cycles: each address held for two.
            for a in 0..n {
                for _ in 0..1 + hw.deep as usize {
                    v.push(vec![0, 0, 0, 0, region, a as u64, 0, 0, 0]);
                }
            }
        }
        v.push(vec![0; 9]);
        v
    }

    fn sim(hw: &HwConfig, v: &[Vec<u64>]) -> (Core, Vec<Vec<u64>>) {
        let mut u = Core::new(hw);
        u.connect_all();
        let t = rust_trace(
            &mut u,
            v,
            |u, x| {
                u.wr_en.next = x[0] != 0;
                u.wr_region.next = x[1].into();
                u.wr_addr.next = x[2].into();
                u.wr_data.next = x[3].into();
                u.rd_region.next = x[4].into();
                u.rd_addr.next = x[5].into();
                u.start.next = x[6] != 0;
                u.token_in.next = x[7].into();
                u.cont.next = x[8] != 0;
            },
            |u| {
                vec![
                    u.rd_data.val().to_u64(),
                    u.busy.val() as u64,
                    u.fault.val() as u64,
                    u.token_out.val().to_u64(),
                    u.s_mant.val().to_u64(),
                    u.s_exp.val().to_u64(),
                    u.cycles.val().to_u64(),
                ]
            },
            |u, c| u.clock.next = Clock { clk: c },
        )
        .unwrap();
        (u, t)
    }

    /// `deep`: the ECP5's register stages (`HwConfig::deep`); `overlap`: the lane engine
    /// beside the sequencer (`HwConfig::overlap`); `wide`: two elements per cycle
    /// (`HwConfig::wide`).
    fn check_against_golden(
        lanes: usize,
        params_in_w: bool,
        deep: bool,
        overlap: bool,
        wide: bool,
        split: bool,
        chain: bool,
        seed: u64,
        verilog: bool,
    ) {
        let dims = ModelDims { hidden: 32, layers: 1, intermediate: 64, vocab: 48 };
        let mut hw = HwConfig::new(dims, lanes, 12_000_000, 1_000_000).unwrap();
        hw.params_in_w = params_in_w;
        hw.deep = deep;
        hw.overlap = overlap;
        hw.wide = wide;
        hw.split = split;
        hw.chain = chain;
        let (mut m, prog) = random_case(&hw, seed);
        let tokens = [5u32, 47, 0];
        // Cycles per run: enough for the slowest configuration (8 lanes without
        // `overlap`; a run still busy at its end fails below).
        const RUN: usize = 3200;
        let v = vectors(&hw, &m, &prog, &tokens, RUN);
        let (_, trace) = sim(&hw, &v);
        // Golden: the same tokens, one after another on the same memories.
        let mut run_ends = Vec::new();
        let upload = v.iter().take_while(|x| x[6] == 0).count();
        for (j, &t) in tokens.iter().enumerate() {
            m.token = t;
            m.run(&prog).unwrap();
            let end = upload + (j + 1) * (RUN + 1) - 1;
            run_ends.push(end);
            let o = &trace[end];
            assert_eq!(o[1], 0, "token {t}: still busy");
            assert_eq!(o[2], 0, "token {t}: fault");
            assert_eq!(o[3] as u32, m.token, "token {t}: argmax");
            assert_eq!((o[4] as u32, o[5] as u16 as i16 as i32), (m.s.mant, m.s.exp), "token {t}: scale");
            assert!(o[6] > 500, "cycle counter");
        }
        // Read-back: data for read j appears one cycle later (with `deep`: each address
        // held for two cycles, its data two cycles after it).
        let r = 1 + deep as usize;
        let mut at = upload + tokens.len() * (RUN + 1) + r;
        let mut check = |name: &str, want: Vec<u64>, mask: u64| {
            for (a, w) in want.iter().enumerate() {
                assert_eq!(trace[at + a * r][0] & mask, w & mask, "{name}[{a}] (seed {seed}, lanes {lanes})");
            }
            at += want.len() * r;
        };
        check("A", m.a.iter().map(|&x| x as u16 as u64).collect(), 0xffff);
        check("B", m.b.iter().map(|&x| x as u16 as u64).collect(), 0xffff);
        check("Q", m.q.iter().map(|&x| x as u8 as u64).collect(), 0xff);
        check("ACC", m.acc.iter().map(|&x| x as u32 as u64 & 0x3ffff).collect(), 0x3ffff);
        if verilog {
            let mut u = Core::new(&hw);
            u.connect_all();
            let vlog = generate_verilog(&u);
            let ins: Vec<Port> = INPUTS.to_vec();
            let vv: Vec<Vec<u64>> = v.clone();
            let tag = format!(
                "core{lanes}{}{}{}{}{}",
                if params_in_w { "w" } else { "" },
                if deep { "d" } else { "" },
                if wide { "x" } else { "" },
                if split { "s" } else { "" },
                if chain { "c" } else { "" }
            );
            let ver = icarus_trace(&tag, &vlog, &ins, &OUTPUTS, &vv).unwrap();
            same_traces(&trace, &ver, &OUTPUTS).unwrap();
            let stat = yosys_synth(&tag, &vlog).unwrap();
            assert!(stat.contains("SB_RAM40_4K"), "memories should map to block RAM:\n{stat}");
        }
    }

    /// Run one token on a backdoor-loaded core until it is idle; returns the cycles.
    pub fn run_token(u: &mut Core, token: u32) -> u64 {
        let step = |u: &mut Core, start: bool| {
            u.clock.next = Clock { clk: false };
            u.start.next = start;
            u.token_in.next = (token as u64).into();
            assert!(simulate(u, 200));
            u.clock.next = Clock { clk: true };
            assert!(simulate(u, 200));
        };
        step(u, true);
        let mut n = 1;
        while u.busy.val() {
            step(u, false);
            n += 1;
            assert!(n < 10_000_000, "core never finished");
        }
        n
    }

    #[test]
    fn every_prefix_of_a_random_program_leaves_the_golden_state() {
        for (lanes, params_in_w, deep, overlap, wide, split, chain) in [
            (16, false, false, false, false, false, false),
            (16, false, false, true, false, false, false),
            (16, false, false, false, true, false, false),
            (32, false, true, true, false, false, false),
            (32, false, true, true, true, false, false),
            (32, false, true, true, true, false, true),
            (16, true, false, false, false, false, false),
            (16, true, false, true, false, false, false),
            (32, true, false, false, false, false, false),
            (8, true, false, false, false, false, false),
            (8, true, false, true, false, false, false),
            (8, true, false, true, false, true, false),
        ] {
            let dims = ModelDims { hidden: 32, layers: 1, intermediate: 64, vocab: 48 };
            let mut hw = HwConfig::new(dims, lanes, 12_000_000, 1_000_000).unwrap();
            hw.params_in_w = params_in_w;
            hw.deep = deep;
            hw.overlap = overlap;
            hw.wide = wide;
            hw.split = split;
            hw.chain = chain;
            let (m0, prog) = random_case(&hw, 9);
            for j in 1..prog.len() {
                let mut p = prog[..j].to_vec();
                p.push(Instr::new(Opcode::End).encode());
                let mut m = m0.clone();
                m.token = 5;
                if Instr::decode(prog[j - 1]).unwrap().trails() {
                    // Without its QUANT (`broken_trailing_matvecs_fault`).
                    assert!(m.run(&p).is_err());
                    continue;
                }
                m.run(&p).unwrap();
                let mut u = Core::new(&hw);
                u.connect_all();
                u.backdoor_load(&m0.a, &m0.b, &m0.w, &p);
                run_token(&mut u, 5);
                let (a, b, q, acc) = u.backdoor_state();
                let ins = Instr::decode(prog[j - 1]).unwrap();
                assert_eq!(a, m.a, "lanes {lanes}: bank A after {ins:?}");
                assert_eq!(b, m.b, "lanes {lanes}: bank B after {ins:?}");
                assert_eq!(q, m.q, "lanes {lanes}: Q after {ins:?}");
                assert_eq!(acc, m.acc, "lanes {lanes}: ACC after {ins:?}");
                assert_eq!(u.token_out.val().to_u64() as u32, m.token, "lanes {lanes}: token after {ins:?}");
            }
        }
    }

    #[test]
    fn random_programs_equal_the_golden_machine_16_lanes() {
        check_against_golden(16, false, false, false, false, false, false, 1, false);
        check_against_golden(16, false, true, true, false, false, false, 2, false);
        check_against_golden(16, false, false, true, false, false, false, 7, false);
        check_against_golden(16, false, false, false, true, false, false, 10, false);
        check_against_golden(16, false, true, true, true, false, false, 11, false);
        check_against_golden(16, false, true, true, true, false, true, 13, false);
    }

    /// The ECP5's configuration: no parameters in W, the extra register stages, the lane
    /// engine beside the sequencer, two elements per cycle in the vector unit, two pairs
    /// of ALUs.
    #[test]
    fn random_programs_equal_the_golden_machine_32_lanes_and_in_verilog() {
        check_against_golden(32, false, true, true, true, false, true, 3, true);
    }

    /// Bank B's parameters in the W memory (the iCE40UP5K's layout): one group (16
    /// lanes), two (32 lanes: parameters dealt round the groups), and 8 lanes (the
    /// iCEBreaker's: two lane words per W word). And once with the lane engine beside
    /// the sequencer (its DEQs must not read bank B: mapped to W, that would take the
    /// lanes' word). Then the iCEBreaker's configuration: 8 lanes, the engine beside the
    /// sequencer, W in two halves (`split`: a T MATVEC in the lower half beside reads of
    /// the parameters in the upper), in rust-hdl and in Verilog.
    #[test]
    fn parameters_in_w_equal_the_golden_machine_and_in_verilog() {
        check_against_golden(16, true, false, false, false, false, false, 4, true);
        check_against_golden(32, true, false, false, false, false, false, 5, true);
        check_against_golden(8, true, false, false, false, false, false, 6, true);
        check_against_golden(16, true, false, true, false, false, false, 8, false);
        check_against_golden(8, true, false, true, false, true, false, 12, true);
    }

    /// A program that breaks T's rules is a fault, not a wrong answer nor a hang: a T
    /// MATVEC followed by something other than its QUANT, and (with `split`) one whose
    /// weights lie in W's upper half beside a read of the parameters there.
    #[test]
    fn broken_trailing_matvecs_fault() {
        let dims = ModelDims { hidden: 32, layers: 1, intermediate: 64, vocab: 48 };
        let mut hw = HwConfig::new(dims, 8, 12_000_000, 1_000_000).unwrap();
        (hw.params_in_w, hw.overlap, hw.split) = (true, true, true);
        let lay = hw.layout();
        let l0 = &lay.layers[0];
        let (m0, _) = random_case(&hw, 3);
        let h = 32u16;
        use Bank::A;
        use Opcode::*;
        let vi = Instr::vec;
        // Lane word 2 * w_split_words is W's upper half at 8 lanes.
        let hi = 2 * hw.w_split_words() as u32;
        assert!(hw.may_trail(l0.w[0], 32, 32) && !hw.may_trail(hi, 32, 32));
        let cases = [
            vec![
                vi(QMax, A, 0, 300, l0.g_g, h, 0),
                Instr::matvec_trail(l0.w[0], h, h),
                vi(Deq, A, 200, 0, 0, h, 0),
                Instr::new(End),
            ],
            vec![
                vi(QMax, A, 0, 300, l0.g_g, h, 0),
                Instr::matvec_trail(hi, h, h),
                vi(Quant, A, 0, 300, l0.g_g, h, 0),
                vi(Omf, A, 440, 0, l0.one_minus_lb, h, 7),
                Instr::new(End),
            ],
        ];
        for (j, p) in cases.iter().enumerate() {
            let p: Vec<u64> = p.iter().map(Instr::encode).collect();
            let mut u = Core::new(&hw);
            u.connect_all();
            u.backdoor_load(&m0.a, &m0.b, &m0.w, &p);
            run_token(&mut u, 5);
            assert!(u.fault.val(), "case {j}: no fault");
        }
    }
}
