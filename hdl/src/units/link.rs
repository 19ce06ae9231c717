//! The board side of the link protocol (golden: `protocol::BoardModel`): SLIP decoding
//! with the CRC computed on the fly into a double-buffered frame RAM, and the command
//! executor that drives the core's host port and builds replies through `SlipTx`.
//!
//! Receive: bytes go into half `r_half` of a 1024-byte RAM, the CRC-32 updated a byte
//! per cycle on the way (512 per frame, more than
//! MAX_BODY). At END a frame is posted to a one-frame pending slot with its status (good,
//! corrupt, too long) and the other half receives next. A frame that starts while the
//! slot is full is dropped whole (no reply: the host times out and resends), so a half
//! is never overwritten while the executor reads it.
//!
//! Execute: HELLO (identity ROM), WRITE (all-or-nothing range check, then one core write
//! per word), READ (core reads into the reply), CHECKSUM (CRC-32 one byte per cycle),
//! STEP (start the core, wait, reply; a repeated seq replays the stored result),
//! GENERATE (n steps, each argmax written to bank A at `Layout::gen` by the host port
//! between steps and fed back as the next token; the reply reads them back, so a repeated
//! seq replays it the same way). Replies read the core's held outputs (token, scale,
//! cycles: GENERATE's steps after the first start it with `c_cont`, so the core sums
//! their cycles): it holds them until it runs again, and a run first clears the stored
//! reply, so a replay reads what the first reply read. RESULT
//! carries a flag that is set from power-on until a CHECKSUM completes, so the host can
//! tell a board that was reset (its memories lost) after the upload was verified.

use super::crc32::Crc32Byte;
use super::ram::{Ram, Rom};
use super::slip_tx::SlipTx;
use crate::hwconfig::HwConfig;
use crate::protocol::{region_depths, Identity, MAX_BODY, MAX_GEN, MAX_WORDS};
use rust_hdl::prelude::*;

/// Bytes of the frame RAM: two halves of 512, each more than MAX_BODY.
pub const FBUF_BYTES: usize = 1024;
const _: () = assert!(MAX_BODY < FBUF_BYTES / 2);

#[derive(LogicBlock)]
pub struct Link {
    pub clock: Signal<In, Clock>,
    /// Received bytes (from the UART).
    pub rx_data: Signal<In, Bits<8>>,
    pub rx_valid: Signal<In, Bit>,
    /// Bytes to send (to the UART), handshake.
    pub tx_data: Signal<Out, Bits<8>>,
    pub tx_valid: Signal<Out, Bit>,
    pub tx_ready: Signal<In, Bit>,
    /// The core's host port.
    pub c_wr_en: Signal<Out, Bit>,
    pub c_wr_region: Signal<Out, Bits<3>>,
    pub c_wr_addr: Signal<Out, Bits<24>>,
    pub c_wr_data: Signal<Out, Bits<32>>,
    pub c_rd_region: Signal<Out, Bits<3>>,
    pub c_rd_addr: Signal<Out, Bits<24>>,
    pub c_rd_data: Signal<In, Bits<32>>,
    pub c_start: Signal<Out, Bit>,
    /// With `c_start`: the core adds this run's cycles to its count (GENERATE's steps
    /// after the first), so `c_cycles` is the sum the reply reports.
    pub c_cont: Signal<Out, Bit>,
    pub c_token: Signal<Out, Bits<12>>,
    pub c_busy: Signal<In, Bit>,
    pub c_fault: Signal<In, Bit>,
    pub c_token_out: Signal<In, Bits<12>>,
    pub c_s_mant: Signal<In, Bits<16>>,
    pub c_s_exp: Signal<In, Bits<16>>,
    pub c_cycles: Signal<In, Bits<32>>,
    /// Frames dropped because the pending slot was full (for diagnosis).
    pub dropped: Signal<Out, Bits<16>>,
    /// A request is pending or being executed.
    pub busy: Signal<Out, Bit>,
    fbuf: Ram<Bits<8>, 10>,
    idrom: Rom<Bits<8>, 5>,
    framer: SlipTx,
    depth0: Constant<Bits<25>>,
    depth1: Constant<Bits<25>>,
    depth2: Constant<Bits<25>>,
    depth3: Constant<Bits<25>>,
    depth4: Constant<Bits<25>>,
    depth5: Constant<Bits<25>>,
    depth6: Constant<Bits<25>>,
    vocab: Constant<Bits<16>>,
    max_body: Constant<Bits<10>>,
    /// Longest WRITE payload: region, address, MAX_WORDS words.
    max_wplen: Constant<Bits<10>>,
    /// Most words in one READ.
    max_words: Constant<Bits<16>>,
    /// Most tokens in one GENERATE.
    max_gen: Constant<Bits<16>>,
    /// Bank A address of GENERATE's tokens.
    gen_base: Constant<Bits<32>>,
    /// The low `Link::addr_bits` bits: every region's addresses and counts fit them, so
    /// `addr` and `cnt` keep only these (their other flip-flops are constant and vanish
    /// in synthesis: 5,403 -> 5,340 logic cells on the iCE40UP5K); a request that sets a
    /// bit above them is `big` and refused as out of range.
    amask: Constant<Bits<32>>,
    /// Header byte `e_jd` at its place in a little-endian address or count field.
    bpos: Signal<Local, Bits<32>>,
    jpos: Signal<Local, Bits<10>>,
    // Receive.
    r_esc: DFF<Bit>,
    r_len: DFF<Bits<10>>,
    r_crc: DFF<Bits<32>>,
    r_over: DFF<Bit>,
    r_drop: DFF<Bit>,
    r_half: DFF<Bit>,
    n_drop: DFF<Bits<16>>,
    // Pending slot.
    p_valid: DFF<Bit>,
    p_half: DFF<Bit>,
    p_len: DFF<Bits<10>>,
    p_status: DFF<Bits<2>>,
    // Executor.
    e_state: DFF<Bits<5>>,
    e_half: DFF<Bit>,
    e_len: DFF<Bits<10>>,
    e_status: DFF<Bits<2>>,
    e_type: DFF<Bits<8>>,
    e_seq: DFF<Bits<8>>,
    e_j: DFF<Bits<10>>,
    e_jd: DFF<Bits<10>>,
    e_rdv: DFF<Bit>,
    e_hend: DFF<Bits<4>>,
    /// address + count <= the region's depth (state 17, for state 3).
    rng_ok: DFF<Bit>,
    /// The region's depth and the command's count, registered every cycle (each a
    /// cycle behind `region` and `cnt`, settled by state 17): the depth choice, the
    /// count choice, the end's adder and the comparison in one cycle were the ECP5's
    /// critical path (17.5 ns at 57.3 MHz, session 9).
    depth_r: DFF<Bits<25>>,
    ecnt_r: DFF<Bits<25>>,
    e_last: DFF<Bits<10>>,
    region: DFF<Bits<8>>,
    addr: DFF<Bits<32>>,
    cnt: DFF<Bits<32>>,
    /// The request's address or count (or GENERATE's n) has a bit above `amask`.
    big: DFF<Bit>,
    /// With `deep` (one element each, else none: no Verilog on the iCE40) the header
    /// byte's check for `big` is made a cycle later, from registers: the byte at its
    /// place above `amask` (`hm`), the byte (`hb`), whether it is an address or count
    /// byte (`hchk`) or GENERATE's n's high byte (`hgen`). From the frame buffer's
    /// output (5.8 ns clock-to-out on the ECP5) through the check into `big` was the
    /// ECP5's critical path (13.2 to 15.1 ns in six placements, session 14). `big` is
    /// read in state 3, two states after the last header byte.
    hm: Vec<DFF<Bits<32>>>,
    hb: Vec<DFF<Bits<8>>>,
    hchk: Vec<DFF<Bit>>,
    hgen: Vec<DFF<Bit>>,
    tok: DFF<Bits<16>>,
    k: DFF<Bits<24>>,
    word: DFF<Bits<32>>,
    bc: DFF<Bits<6>>,
    crc32: DFF<Bits<32>>,
    ph: DFF<Bits<4>>,
    rkind: DFF<Bits<3>>,
    /// NAK reason (1..7).
    reason: DFF<Bits<3>>,
    /// Reply byte index (identity: 0..27).
    ri: DFF<Bits<5>>,
    last_valid: DFF<Bit>,
    last_seq: DFF<Bits<8>>,
    /// The stored reply is GENERATE's (else STEP's), for `last_n` tokens.
    last_gen: DFF<Bit>,
    last_n: DFF<Bits<8>>,
    /// A CHECKSUM has completed since power-on (0 after any reset: memories are lost).
    checked: DFF<Bit>,
    // Locals.
    rb: Signal<Local, Bits<8>>,
    /// Receive CRC-32 after the byte (one byte per cycle).
    rcb: Crc32Byte,
    crc_residue: Constant<Bits<32>>,
    /// `HwConfig::deep`: a word read from the core arrives two cycles later (the core
    /// registers W's words beside their memories, the SoC the read data), so reads wait
    /// two phases more (ph 6, 8).
    xwait: Constant<Bit>,
    plen: Signal<Local, Bits<10>>,
    /// Widths: addresses and counts are checked below 2^24 first, so a range's end
    /// (address + count) has 25 bits.
    depth: Signal<Local, Bits<25>>,
    endaddr: Signal<Local, Bits<25>>,
    /// The count of the command being checked (WRITE: from the payload length, READ:
    /// its 16-bit count, CHECKSUM: its 32-bit count's low 24 bits).
    ecnt: Signal<Local, Bits<25>>,
    /// k + 1, and whether it reaches the count.
    kn: Signal<Local, Bits<24>>,
    kend: Signal<Local, Bit>,
    bufb: Signal<Local, Bits<8>>,
    wnext: Signal<Local, Bits<32>>,
    /// Byte `rsel` of the result (RESULT's layout: token 0-1, cycles 2-5, s_mant 6-7,
    /// s_exp 8-9, flags 10; GENERATED sends bytes 2-5 and 10 of it).
    pbyte: Signal<Local, Bits<8>>,
    pb: DFF<Bits<8>>,
    rsel: Signal<Local, Bits<4>>,
    /// Data words' last byte phase: 5 for 4-byte words (READ), 3 for 2-byte (tokens).
    wlast: DFF<Bits<4>>,
    /// CHECKSUM's CRC-32 after the word's low byte (one byte per cycle).
    crcb: Crc32Byte,
    pm5: Signal<Local, Bits<10>>,
    ak: Signal<Local, Bits<24>>,
    /// A host-port write of `word` at `wa` happens next cycle: the port is driven from
    /// registers only (on the ECP5 its enable, address and data fan out to every W block).
    wpend: DFF<Bit>,
    wa: DFF<Bits<24>>,
    /// The host port's read address, registered likewise (`ak` a cycle late: the read
    /// phases wait a cycle, ph 7, before they take the data).
    ra: DFF<Bits<24>>,
}

impl Link {
    /// Bits of the widest address or count any region allows (every region's depth is
    /// below 2^bits; READ's, WRITE's and GENERATE's limits are far below).
    pub fn addr_bits(hw: &HwConfig) -> u32 {
        let d = region_depths(hw);
        let bits = usize::BITS - d.iter().max().unwrap().leading_zeros();
        assert!(MAX_WORDS.max(MAX_GEN) < 1 << bits && bits <= 24);
        bits
    }

    pub fn new(hw: &HwConfig) -> Link {
        let d = region_depths(hw);
        let id: Vec<Bits<8>> = Identity::of(hw).to_bytes().into_iter().map(|b| Bits::from(b as u64)).collect();
        Link {
            clock: Default::default(),
            rx_data: Default::default(),
            rx_valid: Default::default(),
            tx_data: Default::default(),
            tx_valid: Default::default(),
            tx_ready: Default::default(),
            c_wr_en: Default::default(),
            c_wr_region: Default::default(),
            c_wr_addr: Default::default(),
            c_wr_data: Default::default(),
            c_rd_region: Default::default(),
            c_rd_addr: Default::default(),
            c_rd_data: Default::default(),
            c_start: Default::default(),
            c_cont: Default::default(),
            c_token: Default::default(),
            c_busy: Default::default(),
            c_fault: Default::default(),
            c_token_out: Default::default(),
            c_s_mant: Default::default(),
            c_s_exp: Default::default(),
            c_cycles: Default::default(),
            dropped: Default::default(),
            busy: Default::default(),
            fbuf: Ram::new(FBUF_BYTES),
            idrom: Rom::in_block_ram(id),
            framer: SlipTx::default(),
            depth0: Constant::new((d[0] as u64).into()),
            depth1: Constant::new((d[1] as u64).into()),
            depth2: Constant::new((d[2] as u64).into()),
            depth3: Constant::new((d[3] as u64).into()),
            depth4: Constant::new((d[4] as u64).into()),
            depth5: Constant::new((d[5] as u64).into()),
            depth6: Constant::new((d[6] as u64).into()),
            vocab: Constant::new((hw.dims.vocab as u64).into()),
            max_body: Constant::new((MAX_BODY as u64).into()),
            max_wplen: Constant::new(((5 + 4 * MAX_WORDS) as u64).into()),
            max_words: Constant::new((MAX_WORDS as u64).into()),
            max_gen: Constant::new((MAX_GEN as u64).into()),
            gen_base: Constant::new((hw.layout().gen as u64).into()),
            amask: Constant::new(((1u64 << Link::addr_bits(hw)) - 1).into()),
            bpos: Default::default(),
            jpos: Default::default(),
            big: Default::default(),
            hm: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            hb: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            hchk: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            hgen: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            r_esc: Default::default(),
            r_len: Default::default(),
            r_crc: Default::default(),
            r_over: Default::default(),
            r_drop: Default::default(),
            r_half: Default::default(),
            n_drop: Default::default(),
            p_valid: Default::default(),
            p_half: Default::default(),
            p_len: Default::default(),
            p_status: Default::default(),
            e_state: Default::default(),
            e_half: Default::default(),
            e_len: Default::default(),
            e_status: Default::default(),
            e_type: Default::default(),
            e_seq: Default::default(),
            e_j: Default::default(),
            e_jd: Default::default(),
            e_rdv: Default::default(),
            e_hend: Default::default(),
            rng_ok: Default::default(),
            e_last: Default::default(),
            region: Default::default(),
            addr: Default::default(),
            cnt: Default::default(),
            tok: Default::default(),
            k: Default::default(),
            word: Default::default(),
            bc: Default::default(),
            crc32: Default::default(),
            ph: Default::default(),
            rkind: Default::default(),
            reason: Default::default(),
            ri: Default::default(),
            last_valid: Default::default(),
            last_seq: Default::default(),
            last_gen: Default::default(),
            last_n: Default::default(),
            checked: Default::default(),
            rb: Default::default(),
            rcb: Default::default(),
            xwait: Constant::new(hw.deep),
            crc_residue: Constant::new((crate::protocol::CRC32_RESIDUE as u64).into()),
            plen: Default::default(),
            depth: Default::default(),
            depth_r: Default::default(),
            ecnt_r: Default::default(),
            endaddr: Default::default(),
            ecnt: Default::default(),
            kn: Default::default(),
            kend: Default::default(),
            bufb: Default::default(),
            wnext: Default::default(),
            pbyte: Default::default(),
            pb: Default::default(),
            rsel: Default::default(),
            wlast: Default::default(),
            crcb: Default::default(),
            pm5: Default::default(),
            ak: Default::default(),
            wpend: Default::default(),
            wa: Default::default(),
            ra: Default::default(),
        }
    }
}

// Executor states.
// 0 idle, 9 type and seq (from the frame buffer), 1 dispatch, 2 header, 16 count settles, 17 range end,
// 3 range checks, 4 write words, 5 read/checksum words, 6 checksum bytes, 7 step start,
// 8 step wait, 10 reply: END, 11 type, 12 seq, 13 payload, 14 finish, 15 wait for the
// framer.
// Reply kinds (rkind): 0 none, 1 NAK, 2 identity, 3 data words (4 bytes for READ, 2
// for GENERATE's tokens), 4 CRC-32, 5 result, 6 GENERATED's header (then 3).

impl Logic for Link {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, r_esc, r_len, r_crc, r_over, r_drop, r_half, n_drop, p_valid, p_half, p_len, p_status,
            e_state, e_half, e_len, e_status, e_type, e_seq, e_j, e_jd, e_rdv, e_hend, rng_ok, depth_r, ecnt_r, e_last,
            region, addr, cnt, big, tok, k, word, bc, crc32, ph, rkind, reason, ri, last_valid, last_seq, checked,
            last_gen, last_n, wlast, wpend, wa, ra, pb
        );
        self.fbuf.clock.next = self.clock.val();
        self.idrom.clock.next = self.clock.val();
        self.framer.clock.next = self.clock.val();
        self.dropped.next = self.n_drop.q.val();
        self.busy.next = (self.e_state.q.val() != 0) | self.p_valid.q.val();
        self.tx_data.next = self.framer.tx_data.val();
        self.tx_valid.next = self.framer.tx_valid.val();
        self.framer.tx_ready.next = self.tx_ready.val();
        self.framer.in_valid.next = false;
        self.framer.in_ctl.next = 0.into();
        self.framer.in_byte.next = 0.into();
        self.c_wr_en.next = self.wpend.q.val();
        self.wpend.d.next = false;
        self.c_wr_region.next = self.region.q.val().get_bits::<3>(0);
        if self.region.q.val() == 7 {
            self.c_wr_region.next = 3.into(); // B_PAIRS writes bank B
        }
        self.ak.next = self.addr.q.val().get_bits::<24>(0) + self.k.q.val();
        // k < count <= a region's depth: it too keeps only the address bits.
        self.kn.next = (self.k.q.val() + 1) & self.amask.val().get_bits::<24>(0);
        self.kend.next = self.kn.val() == self.cnt.q.val().get_bits::<24>(0);
        self.c_wr_addr.next = self.wa.q.val();
        self.wa.d.next = self.ak.val();
        self.ra.d.next = self.ak.val();
        self.c_rd_region.next = self.region.q.val().get_bits::<3>(0);
        self.c_rd_addr.next = self.ra.q.val();
        self.c_start.next = false;
        self.c_cont.next = (self.e_type.q.val() == 6) & (self.k.q.val() != 0);
        self.c_token.next = self.tok.q.val().get_bits::<12>(0);
        self.idrom.address.next = self.ri.q.val();

        // ---- Receive: SLIP decode, CRC, buffer.
        self.fbuf.write_enable.next = false;
        self.fbuf.write_address.next = self.r_len.q.val();
        if self.r_half.q.val() {
            self.fbuf.write_address.next = self.r_len.q.val() | 0x200;
        }
        self.rb.next = self.rx_data.val();
        if self.r_esc.q.val() {
            if self.rx_data.val() == 0xdc {
                self.rb.next = 0xc0.into();
            }
            if self.rx_data.val() == 0xdd {
                self.rb.next = 0xdb.into();
            }
        }
        self.fbuf.write_data.next = self.rb.val();
        self.rcb.crc_in.next = self.r_crc.q.val();
        self.rcb.data.next = self.rb.val();
        if self.rx_valid.val() {
            if self.rx_data.val() == 0xc0 {
                if (self.r_len.q.val() != 0) | self.r_over.q.val() {
                    if self.r_drop.q.val() {
                        self.n_drop.d.next = self.n_drop.q.val() + 1;
                    } else {
                        self.p_valid.d.next = true;
                        self.p_half.d.next = self.r_half.q.val();
                        self.p_len.d.next = self.r_len.q.val();
                        self.p_status.d.next = 0.into();
                        if (self.r_len.q.val() < 6)
                            | self.r_esc.q.val()
                            | (self.r_crc.q.val() != self.crc_residue.val())
                        {
                            self.p_status.d.next = 1.into();
                        }
                        if self.r_over.q.val() {
                            self.p_status.d.next = 2.into();
                        }
                        self.r_half.d.next = !self.r_half.q.val();
                    }
                }
                self.r_len.d.next = 0.into();
                self.r_crc.d.next = 0xffff_ffffu64.into();
                self.r_esc.d.next = false;
                self.r_over.d.next = false;
                self.r_drop.d.next = false;
            } else if !self.r_esc.q.val() & (self.rx_data.val() == 0xdb) {
                self.r_esc.d.next = true;
            } else {
                self.r_esc.d.next = false;
                // The first byte of a frame decides whether it can be kept.
                if (self.r_len.q.val() == 0) & !self.r_over.q.val() & !self.r_drop.q.val() & self.p_valid.q.val() {
                    self.r_drop.d.next = true;
                }
                if self.r_len.q.val() >= self.max_body.val() {
                    self.r_over.d.next = true;
                } else {
                    if !self.r_drop.q.val() & !((self.r_len.q.val() == 0) & self.p_valid.q.val()) {
                        self.fbuf.write_enable.next = true;
                    }
                    self.r_crc.d.next = self.rcb.crc_out.val();
                    self.r_len.d.next = self.r_len.q.val() + 1;
                }
            }
        }

        // ---- Execute.
        self.plen.next = self.e_len.q.val() - 6;
        self.pm5.next = self.plen.val() - 5;
        self.depth.next = self.depth0.val();
        if self.region.q.val() == 1 {
            self.depth.next = self.depth1.val();
        }
        if self.region.q.val() == 2 {
            self.depth.next = self.depth2.val();
        }
        if self.region.q.val() == 3 {
            self.depth.next = self.depth3.val();
        }
        if self.region.q.val() == 4 {
            self.depth.next = self.depth4.val();
        }
        if self.region.q.val() == 5 {
            self.depth.next = self.depth5.val();
        }
        if self.region.q.val() == 6 {
            self.depth.next = self.depth6.val();
        }
        if self.region.q.val() == 7 {
            self.depth.next = self.depth3.val();
        }
        self.ecnt.next = bit_cast::<25, 24>(self.cnt.q.val().get_bits::<24>(0));
        if self.e_type.q.val() == 2 {
            self.ecnt.next = bit_cast::<25, 10>(self.pm5.val() >> 2);
            if self.region.q.val() == 7 {
                // Entries of 16 bits: twice the words.
                self.ecnt.next = bit_cast::<25, 10>(self.pm5.val() >> 1);
            }
        }
        self.depth_r.d.next = self.depth.val();
        self.ecnt_r.d.next = self.ecnt.val();
        self.endaddr.next = bit_cast::<25, 24>(self.addr.q.val().get_bits::<24>(0)) + self.ecnt_r.q.val();
        self.fbuf.read_address.next = self.e_j.q.val();
        if self.e_half.q.val() {
            self.fbuf.read_address.next = self.e_j.q.val() | 0x200;
        }
        self.bufb.next = self.fbuf.read_data.val();
        // Byte e_jd of the header at its place in a 4-byte field from byte 3 (or 7).
        self.jpos.next = self.e_jd.q.val() - 3;
        self.bpos.next =
            bit_cast::<32, 8>(self.bufb.val()) << (bit_cast::<8, 2>(self.jpos.val().get_bits::<2>(0)) << 3);
        for i in 0..self.hm.len() {
            self.hm[i].clock.next = self.clock.val();
            self.hb[i].clock.next = self.clock.val();
            self.hchk[i].clock.next = self.clock.val();
            self.hgen[i].clock.next = self.clock.val();
            self.hm[i].d.next = self.bpos.val() & !self.amask.val();
            self.hb[i].d.next = self.bufb.val();
            self.hchk[i].d.next = false;
            self.hgen[i].d.next = false;
        }
        self.e_rdv.d.next = false;
        self.e_jd.d.next = self.e_j.q.val();
        self.wnext.next = (self.word.q.val() >> 8) | (bit_cast::<32, 8>(self.bufb.val()) << 24);
        self.c_wr_data.next = self.word.q.val();
        if self.region.q.val() == 7 {
            // B_PAIRS: the last two bytes received are one 16-bit entry.
            self.c_wr_data.next = self.word.q.val() >> 16;
        }
        self.crcb.crc_in.next = self.crc32.q.val();
        self.crcb.data.next = self.word.q.val().get_bits::<8>(0);
        // The reply's result byte (see `pbyte`).
        self.rsel.next = self.ri.q.val().get_bits::<4>(0);
        if self.rkind.q.val() == 6 {
            self.rsel.next = self.ri.q.val().get_bits::<4>(0) + 2;
            if self.ri.q.val() == 4 {
                self.rsel.next = 10.into();
            }
        }
        // One choice over rsel (a case, not a chain of 11 choices), registered: the framer
        // takes a byte at most every other cycle and rsel changes only when it takes one,
        // so `pb` is current whenever it is offered (the chain into the framer's byte
        // register was the iCE40's critical path, 49 ns).
        match self.rsel.val().index() {
            1 => {
                self.pbyte.next = bit_cast::<8, 4>(self.c_token_out.val().get_bits::<4>(8));
            }
            2 => {
                self.pbyte.next = self.c_cycles.val().get_bits::<8>(0);
            }
            3 => {
                self.pbyte.next = self.c_cycles.val().get_bits::<8>(8);
            }
            4 => {
                self.pbyte.next = self.c_cycles.val().get_bits::<8>(16);
            }
            5 => {
                self.pbyte.next = self.c_cycles.val().get_bits::<8>(24);
            }
            6 => {
                self.pbyte.next = self.c_s_mant.val().get_bits::<8>(0);
            }
            7 => {
                self.pbyte.next = self.c_s_mant.val().get_bits::<8>(8);
            }
            8 => {
                self.pbyte.next = self.c_s_exp.val().get_bits::<8>(0);
            }
            9 => {
                self.pbyte.next = self.c_s_exp.val().get_bits::<8>(8);
            }
            // Flags: bit 0 = no CHECKSUM since power-on (the board was reset).
            10 => {
                self.pbyte.next = 0.into();
                if !self.checked.q.val() {
                    self.pbyte.next = 1.into();
                }
            }
            _ => {
                self.pbyte.next = self.c_token_out.val().get_bits::<8>(0);
            }
        }
        self.pb.d.next = self.pbyte.val();
        match self.e_state.q.val().index() {
            0 => {
                if self.p_valid.q.val() {
                    self.p_valid.d.next = false;
                    self.e_half.d.next = self.p_half.q.val();
                    self.e_len.d.next = self.p_len.q.val();
                    self.e_status.d.next = self.p_status.q.val();
                    self.e_j.d.next = 0.into();
                    self.e_state.d.next = 9.into();
                }
            }
            9 => {
                // The type and seq: buffer bytes 0 and 1 (read, data one cycle later).
                if self.e_j.q.val() < 2 {
                    self.e_j.d.next = self.e_j.q.val() + 1;
                    self.e_rdv.d.next = true;
                }
                if self.e_rdv.q.val() {
                    if self.e_jd.q.val() == 0 {
                        self.e_type.d.next = self.bufb.val();
                    } else {
                        self.e_seq.d.next = self.bufb.val();
                        self.e_state.d.next = 1.into();
                    }
                }
            }
            1 => {
                // Dispatch: decide the header length, or reply at once.
                self.rkind.d.next = 0.into();
                self.addr.d.next = 0.into();
                self.cnt.d.next = 0.into();
                self.big.d.next = false;
                self.k.d.next = 0.into();
                self.e_j.d.next = 2.into();
                self.e_state.d.next = 10.into();
                self.reason.d.next = 3.into();
                self.rkind.d.next = 1.into();
                if self.e_status.q.val() != 0 {
                    self.reason.d.next = 1.into();
                    if self.e_status.q.val() == 2 {
                        self.reason.d.next = 6.into();
                    }
                } else if self.e_type.q.val() == 1 {
                    if self.plen.val() == 0 {
                        self.rkind.d.next = 2.into();
                        self.ri.d.next = 0.into();
                        self.ph.d.next = 0.into();
                    } else {
                        self.reason.d.next = 2.into();
                    }
                } else if self.e_type.q.val() == 2 {
                    if (self.plen.val() >= 9)
                        & (self.plen.val() <= self.max_wplen.val())
                        & (self.pm5.val().get_bits::<2>(0) == 0)
                    {
                        self.e_hend.d.next = 7.into();
                        self.e_last.d.next = self.e_len.q.val() - 4;
                        self.e_state.d.next = 2.into();
                    } else {
                        self.reason.d.next = 2.into();
                    }
                } else if self.e_type.q.val() == 3 {
                    if self.plen.val() == 7 {
                        self.e_hend.d.next = 9.into();
                        self.e_state.d.next = 2.into();
                    } else {
                        self.reason.d.next = 2.into();
                    }
                } else if self.e_type.q.val() == 4 {
                    if self.plen.val() == 9 {
                        self.e_hend.d.next = 11.into();
                        self.e_state.d.next = 2.into();
                    } else {
                        self.reason.d.next = 2.into();
                    }
                } else if self.e_type.q.val() == 5 {
                    if self.plen.val() == 2 {
                        self.e_hend.d.next = 4.into();
                        self.e_state.d.next = 2.into();
                    } else {
                        self.reason.d.next = 2.into();
                    }
                } else if self.e_type.q.val() == 6 {
                    // GENERATE: token (bytes 2-3), n (bytes 4-5, in addr's top half).
                    if self.plen.val() == 4 {
                        self.e_hend.d.next = 6.into();
                        self.e_state.d.next = 2.into();
                    } else {
                        self.reason.d.next = 2.into();
                    }
                }
            }
            2 => {
                // Header bytes 2 .. e_hend-1, one read per cycle, data one cycle later.
                if self.e_j.q.val() < bit_cast::<10, 4>(self.e_hend.q.val()) {
                    self.e_j.d.next = self.e_j.q.val() + 1;
                    self.e_rdv.d.next = true;
                }
                if self.e_rdv.q.val() {
                    if self.e_jd.q.val() == 2 {
                        self.region.d.next = self.bufb.val();
                        self.tok.d.next = bit_cast::<16, 8>(self.bufb.val());
                    }
                    if self.e_jd.q.val() == 3 {
                        self.tok.d.next = self.tok.q.val() | (bit_cast::<16, 8>(self.bufb.val()) << 8);
                    }
                    // Address bytes 3..6 and count bytes 7.. (little-endian) at their
                    // place, kept to `amask`; a set bit above it marks the request big.
                    if (self.e_jd.q.val() >= 3) & (self.e_jd.q.val() <= 6) & (self.e_type.q.val() != 6) {
                        self.addr.d.next = self.addr.q.val() | (self.bpos.val() & self.amask.val());
                        if (self.bpos.val() & !self.amask.val()) != 0 {
                            self.big.d.next = true;
                        }
                        for i in 0..self.hchk.len() {
                            self.hchk[i].d.next = true;
                        }
                    }
                    if self.e_jd.q.val() >= 7 {
                        self.cnt.d.next = self.cnt.q.val() | (self.bpos.val() & self.amask.val());
                        if (self.bpos.val() & !self.amask.val()) != 0 {
                            self.big.d.next = true;
                        }
                        for i in 0..self.hchk.len() {
                            self.hchk[i].d.next = true;
                        }
                    }
                    // GENERATE's n (bytes 4-5): at most MAX_GEN, so its high byte is 0.
                    if (self.e_type.q.val() == 6) & (self.e_jd.q.val() == 4) {
                        self.cnt.d.next = bit_cast::<32, 8>(self.bufb.val());
                    }
                    if (self.e_type.q.val() == 6) & (self.e_jd.q.val() == 5) & (self.bufb.val() != 0) {
                        self.big.d.next = true;
                    }
                    for i in 0..self.hgen.len() {
                        if (self.e_type.q.val() == 6) & (self.e_jd.q.val() == 5) {
                            self.hgen[i].d.next = true;
                        }
                    }
                    if self.e_jd.q.val() + 1 == bit_cast::<10, 4>(self.e_hend.q.val()) {
                        self.e_state.d.next = 16.into();
                    }
                }
            }
            16 => {
                // The count's last byte is in `cnt`; `ecnt_r` takes it this cycle.
                self.e_state.d.next = 17.into();
            }
            17 => {
                // The range's end against the region's depth, from registers, registered:
                // in one path into every reply register the depth choice, the count
                // choice, the end's adder and the comparison were the ECP5's critical
                // path (18.5 ns, then 17.5 ns with the result registered).
                self.rng_ok.d.next = self.endaddr.val() <= self.depth_r.q.val();
                self.e_state.d.next = 3.into();
            }
            3 => {
                // Counts and range checks (all-or-nothing).
                self.e_state.d.next = 10.into();
                self.rkind.d.next = 1.into();
                self.reason.d.next = 4.into();
                if self.e_type.q.val() == 2 {
                    self.cnt.d.next = bit_cast::<32, 25>(self.ecnt.val());
                    if ((self.region.q.val() < 5) | (self.region.q.val() == 7))
                        & !self.big.q.val()
                        & self.rng_ok.q.val()
                    {
                        self.e_state.d.next = 4.into();
                        self.e_j.d.next = 7.into();
                        self.bc.d.next = 0.into();
                        self.rkind.d.next = 0.into();
                    }
                }
                if self.e_type.q.val() == 3 {
                    if (self.region.q.val() < 7)
                        & !self.big.q.val()
                        & (self.cnt.q.val() != 0)
                        & (self.cnt.q.val() <= bit_cast::<32, 16>(self.max_words.val()))
                        & self.rng_ok.q.val()
                    {
                        self.rkind.d.next = 3.into();
                        self.wlast.d.next = 5.into();
                        self.ph.d.next = 0.into();
                    }
                }
                if self.e_type.q.val() == 4 {
                    if (self.region.q.val() < 7) & !self.big.q.val() & (self.cnt.q.val() != 0) & self.rng_ok.q.val() {
                        self.e_state.d.next = 5.into();
                        self.ph.d.next = 0.into();
                        self.crc32.d.next = 0xffff_ffffu64.into();
                    }
                }
                if self.e_type.q.val() == 5 {
                    if self.last_valid.q.val() & !self.last_gen.q.val() & (self.last_seq.q.val() == self.e_seq.q.val())
                    {
                        self.rkind.d.next = 5.into();
                        self.ri.d.next = 0.into();
                    } else if self.tok.q.val() < self.vocab.val() {
                        // The core's held results change from here: no replay until done.
                        self.last_valid.d.next = false;
                        self.e_state.d.next = 7.into();
                    }
                }
                if self.e_type.q.val() == 6 {
                    // The tokens live in bank A from gen_base; replies read them from there.
                    self.region.d.next = 2.into();
                    self.addr.d.next = self.gen_base.val();
                    if self.last_valid.q.val() & self.last_gen.q.val() & (self.last_seq.q.val() == self.e_seq.q.val()) {
                        self.cnt.d.next = bit_cast::<32, 8>(self.last_n.q.val());
                        self.rkind.d.next = 6.into();
                        self.ri.d.next = 0.into();
                    } else if (self.tok.q.val() < self.vocab.val())
                        & !self.big.q.val()
                        & (self.cnt.q.val() != 0)
                        & (self.cnt.q.val() <= bit_cast::<32, 16>(self.max_gen.val()))
                    {
                        // Bank A's stored tokens are overwritten from here: no replay until done.
                        self.last_valid.d.next = false;
                        self.e_state.d.next = 7.into();
                    }
                }
            }
            4 => {
                // WRITE: assemble each word from 4 buffer bytes, then write it.
                if self.e_j.q.val() < self.e_last.q.val() {
                    self.e_j.d.next = self.e_j.q.val() + 1;
                    self.e_rdv.d.next = true;
                }
                if self.e_rdv.q.val() {
                    self.word.d.next = self.wnext.val();
                    self.bc.d.next = self.bc.q.val() + 1;
                    if self.bc.q.val() == 3 {
                        self.bc.d.next = 0.into();
                    }
                    if (self.bc.q.val() == 3) | ((self.bc.q.val() == 1) & (self.region.q.val() == 7)) {
                        // Written next cycle, from `word` and `wa`.
                        self.wpend.d.next = true;
                        self.k.d.next = self.kn.val();
                        if self.kend.val() {
                            self.e_state.d.next = 10.into();
                        }
                    }
                }
            }
            5 => {
                // CHECKSUM: read word k (address registered this cycle, at the core the
                // next, data the one after; with `deep` two more, ph 6 and 8: see
                // `SocBytes`), then 4 byte steps.
                if self.ph.q.val() == 0 {
                    self.ph.d.next = 7.into();
                } else if self.ph.q.val() == 7 {
                    self.ph.d.next = 1.into();
                    if self.xwait.val() {
                        self.ph.d.next = 6.into();
                    }
                } else if self.ph.q.val() == 6 {
                    self.ph.d.next = 8.into();
                } else if self.ph.q.val() == 8 {
                    self.ph.d.next = 1.into();
                } else {
                    self.word.d.next = self.c_rd_data.val();
                    self.bc.d.next = 0.into();
                    self.e_state.d.next = 6.into();
                }
            }
            6 => {
                self.crc32.d.next = self.crcb.crc_out.val();
                self.word.d.next = self.word.q.val() >> 8;
                self.bc.d.next = self.bc.q.val() + 1;
                if self.bc.q.val() == 3 {
                    self.k.d.next = self.kn.val();
                    self.ph.d.next = 0.into();
                    self.e_state.d.next = 5.into();
                    if self.kend.val() {
                        self.checked.d.next = true;
                        self.e_state.d.next = 10.into();
                        self.rkind.d.next = 4.into();
                        self.ri.d.next = 0.into();
                    }
                }
            }
            7 => {
                self.c_start.next = true;
                self.e_state.d.next = 8.into();
            }
            8 => {
                if !self.c_busy.val() {
                    self.e_state.d.next = 10.into();
                    if self.c_fault.val() {
                        self.rkind.d.next = 1.into();
                        self.reason.d.next = 7.into();
                    } else if self.e_type.q.val() == 6 {
                        // Store the token in bank A next cycle (host port; the core is still
                        // idle while state 7 starts it), feed it back.
                        self.wpend.d.next = true;
                        self.word.d.next = bit_cast::<32, 12>(self.c_token_out.val());
                        self.tok.d.next = bit_cast::<16, 12>(self.c_token_out.val());
                        self.k.d.next = self.kn.val();
                        self.e_state.d.next = 7.into();
                        if self.kend.val() {
                            self.e_state.d.next = 10.into();
                            self.last_valid.d.next = true;
                            self.last_gen.d.next = true;
                            self.last_n.d.next = self.cnt.q.val().get_bits::<8>(0);
                            self.last_seq.d.next = self.e_seq.q.val();
                            self.rkind.d.next = 6.into();
                            self.ri.d.next = 0.into();
                        }
                    } else {
                        self.last_gen.d.next = false;
                        self.last_valid.d.next = true;
                        self.last_seq.d.next = self.e_seq.q.val();
                        self.rkind.d.next = 5.into();
                        self.ri.d.next = 0.into();
                    }
                }
            }
            10 => {
                self.framer.in_valid.next = true;
                self.framer.in_ctl.next = 1.into();
                if self.framer.in_ready.val() {
                    self.e_state.d.next = 11.into();
                }
            }
            11 => {
                self.framer.in_valid.next = true;
                // A NAK's type is 0xff, any other reply's the request's | 0x80.
                self.framer.in_byte.next = self.e_type.q.val() | 0x80;
                if self.rkind.q.val() == 1 {
                    self.framer.in_byte.next = 0xff.into();
                }
                if self.framer.in_ready.val() {
                    self.e_state.d.next = 12.into();
                }
            }
            12 => {
                self.framer.in_valid.next = true;
                // A damaged request's reply has seq 0.
                self.framer.in_byte.next = self.e_seq.q.val();
                if self.e_status.q.val() != 0 {
                    self.framer.in_byte.next = 0.into();
                }
                if self.framer.in_ready.val() {
                    self.e_state.d.next = 13.into();
                    self.ph.d.next = 0.into();
                    self.k.d.next = 0.into();
                    self.ri.d.next = 0.into();
                }
            }
            13 => {
                // Payload by kind.
                if self.rkind.q.val() == 0 {
                    self.e_state.d.next = 14.into();
                }
                if self.rkind.q.val() == 1 {
                    self.framer.in_valid.next = true;
                    self.framer.in_byte.next = bit_cast::<8, 3>(self.reason.q.val());
                    if self.framer.in_ready.val() {
                        self.e_state.d.next = 14.into();
                    }
                }
                if self.rkind.q.val() == 2 {
                    // Identity ROM: address this cycle (ph 0), byte next (ph 1).
                    if self.ph.q.val() == 0 {
                        self.ph.d.next = 1.into();
                    } else {
                        self.framer.in_valid.next = true;
                        self.framer.in_byte.next = self.idrom.data.val();
                        if self.framer.in_ready.val() {
                            self.ri.d.next = self.ri.q.val() + 1;
                            self.ph.d.next = 0.into();
                            if self.ri.q.val() == 27 {
                                self.e_state.d.next = 14.into();
                            }
                        }
                    }
                }
                if self.rkind.q.val() == 3 {
                    // Data words: read (ph 0, 7, and with `deep` 6, 8: the address is
                    // registered, with `deep` the data twice), latch (ph 1), four bytes
                    // (ph 2..5).
                    if self.ph.q.val() == 0 {
                        self.ph.d.next = 7.into();
                    } else if self.ph.q.val() == 7 {
                        self.ph.d.next = 1.into();
                        if self.xwait.val() {
                            self.ph.d.next = 6.into();
                        }
                    } else if self.ph.q.val() == 6 {
                        self.ph.d.next = 8.into();
                    } else if self.ph.q.val() == 8 {
                        self.ph.d.next = 1.into();
                    } else if self.ph.q.val() == 1 {
                        self.word.d.next = self.c_rd_data.val();
                        self.ph.d.next = 2.into();
                    } else {
                        self.framer.in_valid.next = true;
                        self.framer.in_byte.next = self.word.q.val().get_bits::<8>(0);
                        if self.framer.in_ready.val() {
                            self.word.d.next = self.word.q.val() >> 8;
                            self.ph.d.next = self.ph.q.val() + 1;
                            if self.ph.q.val() == self.wlast.q.val() {
                                self.ph.d.next = 0.into();
                                self.k.d.next = self.kn.val();
                                if self.kend.val() {
                                    self.e_state.d.next = 14.into();
                                }
                            }
                        }
                    }
                }
                if self.rkind.q.val() == 4 {
                    self.framer.in_valid.next = true;
                    self.framer.in_byte.next = !self.crc32.q.val().get_bits::<8>(0);
                    if self.ri.q.val() == 1 {
                        self.framer.in_byte.next = !self.crc32.q.val().get_bits::<8>(8);
                    }
                    if self.ri.q.val() == 2 {
                        self.framer.in_byte.next = !self.crc32.q.val().get_bits::<8>(16);
                    }
                    if self.ri.q.val() == 3 {
                        self.framer.in_byte.next = !self.crc32.q.val().get_bits::<8>(24);
                    }
                    if self.framer.in_ready.val() {
                        self.ri.d.next = self.ri.q.val() + 1;
                        if self.ri.q.val() == 3 {
                            self.e_state.d.next = 14.into();
                        }
                    }
                }
                if self.rkind.q.val() == 5 {
                    self.framer.in_valid.next = true;
                    self.framer.in_byte.next = self.pb.q.val();
                    if self.framer.in_ready.val() {
                        self.ri.d.next = self.ri.q.val() + 1;
                        if self.ri.q.val() == 10 {
                            self.e_state.d.next = 14.into();
                        }
                    }
                }
                if self.rkind.q.val() == 6 {
                    // GENERATED: cycles and flags, then the tokens as 2-byte data words.
                    self.framer.in_valid.next = true;
                    self.framer.in_byte.next = self.pb.q.val();
                    if self.framer.in_ready.val() {
                        self.ri.d.next = self.ri.q.val() + 1;
                        if self.ri.q.val() == 4 {
                            self.rkind.d.next = 3.into();
                            self.wlast.d.next = 3.into();
                        }
                    }
                }
            }
            14 => {
                self.framer.in_valid.next = true;
                self.framer.in_ctl.next = 2.into();
                if self.framer.in_ready.val() {
                    self.e_state.d.next = 15.into();
                }
            }
            _ => {
                // Wait until the framer has taken the finish request (it leaves idle).
                if self.framer.in_ready.val() {
                    self.e_state.d.next = 0.into();
                }
            }
        }
        // `deep`: `big` from the last cycle's header byte (see `hm`), in place of the
        // check above, which this makes dead logic; DISPATCH (state 1) clears it.
        for i in 0..self.hm.len() {
            self.big.d.next = self.big.q.val()
                | (self.hchk[i].q.val() & (self.hm[i].q.val() != 0))
                | (self.hgen[i].q.val() & (self.hb[i].q.val() != 0));
            if self.e_state.q.val() == 1 {
                self.big.d.next = false;
            }
        }
    }
}
