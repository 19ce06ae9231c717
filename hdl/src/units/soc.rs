//! The system on chip: the link and the core, behind a byte stream (`SocBytes`) or
//! behind UART pins (`Soc`, what the bitstreams and the Verilator board build).

use super::core::Core;
use super::link::Link;
use super::uart::{UartRx, UartTx};
use crate::hwconfig::HwConfig;
use rust_hdl::prelude::*;

/// Link + core with a byte interface (no UART): the host's bytes in, the board's out.
#[derive(LogicBlock)]
pub struct SocBytes {
    pub clock: Signal<In, Clock>,
    pub rx_data: Signal<In, Bits<8>>,
    pub rx_valid: Signal<In, Bit>,
    pub tx_data: Signal<Out, Bits<8>>,
    pub tx_valid: Signal<Out, Bit>,
    pub tx_ready: Signal<In, Bit>,
    /// The core or the link is working (an LED; simulators use it to know when to sleep).
    pub busy: Signal<Out, Bit>,
    link: Link,
    core: Core,
    /// With `HwConfig::deep` (one element, else none): the core's read data registered
    /// on its way to the link, which then waits for it (`Link::xwait`; a far W memory's
    /// output routed to the link's word register was the ECP5's critical path, 16.7 ns).
    rdq: Vec<DFF<Bits<32>>>,
    /// With `deep` (one element each, else none): the link's writes and its start
    /// (with the token and `cont`) registered on their way to the core, a cycle later
    /// together (the link's write decision routed to far W memories' enables and data
    /// was the ECP5's critical path, 14.5 ns). GENERATE writes the fed-back token into
    /// bank A in the cycle it starts the core, so the two stay in step; the link sees
    /// the core busy while a start is on its way (`wq_start`). It reads back many cycles
    /// after its last write.
    wq_en: Vec<DFF<Bit>>,
    wq_region: Vec<DFF<Bits<3>>>,
    wq_addr: Vec<DFF<Bits<24>>>,
    wq_data: Vec<DFF<Bits<32>>>,
    wq_start: Vec<DFF<Bit>>,
    wq_cont: Vec<DFF<Bit>>,
    wq_token: Vec<DFF<Bits<12>>>,
}

impl SocBytes {
    pub fn new(hw: &HwConfig) -> SocBytes {
        SocBytes {
            clock: Default::default(),
            rx_data: Default::default(),
            rx_valid: Default::default(),
            tx_data: Default::default(),
            tx_valid: Default::default(),
            tx_ready: Default::default(),
            busy: Default::default(),
            link: Link::new(hw),
            core: Core::new(hw),
            rdq: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            wq_en: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            wq_region: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            wq_addr: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            wq_data: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            wq_start: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            wq_cont: (0..hw.deep as usize).map(|_| Default::default()).collect(),
            wq_token: (0..hw.deep as usize).map(|_| Default::default()).collect(),
        }
    }
}

impl Logic for SocBytes {
    #[hdl_gen]
    fn update(&mut self) {
        self.link.clock.next = self.clock.val();
        self.core.clock.next = self.clock.val();
        self.link.rx_data.next = self.rx_data.val();
        self.link.rx_valid.next = self.rx_valid.val();
        self.tx_data.next = self.link.tx_data.val();
        self.tx_valid.next = self.link.tx_valid.val();
        self.link.tx_ready.next = self.tx_ready.val();
        self.core.wr_en.next = self.link.c_wr_en.val();
        self.core.wr_region.next = self.link.c_wr_region.val();
        self.core.wr_addr.next = self.link.c_wr_addr.val();
        self.core.wr_data.next = self.link.c_wr_data.val();
        for i in 0..self.wq_en.len() {
            self.wq_en[i].clock.next = self.clock.val();
            self.wq_region[i].clock.next = self.clock.val();
            self.wq_addr[i].clock.next = self.clock.val();
            self.wq_data[i].clock.next = self.clock.val();
            self.wq_en[i].d.next = self.link.c_wr_en.val();
            self.wq_region[i].d.next = self.link.c_wr_region.val();
            self.wq_addr[i].d.next = self.link.c_wr_addr.val();
            self.wq_data[i].d.next = self.link.c_wr_data.val();
            self.core.wr_en.next = self.wq_en[i].q.val();
            self.core.wr_region.next = self.wq_region[i].q.val();
            self.core.wr_addr.next = self.wq_addr[i].q.val();
            self.core.wr_data.next = self.wq_data[i].q.val();
        }
        self.core.rd_region.next = self.link.c_rd_region.val();
        self.core.rd_addr.next = self.link.c_rd_addr.val();
        self.link.c_rd_data.next = self.core.rd_data.val();
        for i in 0..self.rdq.len() {
            self.rdq[i].clock.next = self.clock.val();
            self.rdq[i].d.next = self.core.rd_data.val();
            self.link.c_rd_data.next = self.rdq[i].q.val();
        }
        self.core.start.next = self.link.c_start.val();
        self.core.cont.next = self.link.c_cont.val();
        self.core.token_in.next = self.link.c_token.val();
        self.link.c_busy.next = self.core.busy.val();
        for i in 0..self.wq_start.len() {
            self.wq_start[i].clock.next = self.clock.val();
            self.wq_cont[i].clock.next = self.clock.val();
            self.wq_token[i].clock.next = self.clock.val();
            self.wq_start[i].d.next = self.link.c_start.val();
            self.wq_cont[i].d.next = self.link.c_cont.val();
            self.wq_token[i].d.next = self.link.c_token.val();
            self.core.start.next = self.wq_start[i].q.val();
            self.core.cont.next = self.wq_cont[i].q.val();
            self.core.token_in.next = self.wq_token[i].q.val();
            self.link.c_busy.next = self.core.busy.val() | self.wq_start[i].q.val();
        }
        self.link.c_fault.next = self.core.fault.val();
        self.link.c_token_out.next = self.core.token_out.val();
        self.link.c_s_mant.next = self.core.s_mant.val();
        self.link.c_s_exp.next = self.core.s_exp.val();
        self.link.c_cycles.next = self.core.cycles.val();
        self.busy.next = self.core.busy.val() | self.link.busy.val();
    }
}

/// The whole board design: UART pins, link, core.
#[derive(LogicBlock)]
pub struct Soc {
    pub clock: Signal<In, Clock>,
    /// Serial line from the host (idle high).
    pub uart_rx: Signal<In, Bit>,
    /// Serial line to the host.
    pub uart_tx: Signal<Out, Bit>,
    /// High while the core or the link is working.
    pub led_busy: Signal<Out, Bit>,
    rx: UartRx,
    tx: UartTx,
    soc: SocBytes,
    div: Constant<Bits<10>>,
}

impl Soc {
    pub fn new(hw: &HwConfig) -> Soc {
        let div = hw.clock_hz / hw.baud;
        assert!((4..1 << 10).contains(&div), "clock / baud = {div} must be in 4..1024");
        Soc {
            clock: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            led_busy: Default::default(),
            rx: Default::default(),
            tx: Default::default(),
            soc: SocBytes::new(hw),
            div: Constant::new(div.into()),
        }
    }
}

impl Logic for Soc {
    #[hdl_gen]
    fn update(&mut self) {
        self.rx.clock.next = self.clock.val();
        self.tx.clock.next = self.clock.val();
        self.soc.clock.next = self.clock.val();
        self.rx.div.next = self.div.val();
        self.tx.div.next = self.div.val();
        self.rx.rx.next = self.uart_rx.val();
        self.soc.rx_data.next = self.rx.data.val();
        self.soc.rx_valid.next = self.rx.valid.val();
        self.tx.data.next = self.soc.tx_data.val();
        self.tx.valid.next = self.soc.tx_valid.val();
        self.soc.tx_ready.next = self.tx.ready.val();
        self.uart_tx.next = self.tx.tx.val();
        self.led_busy.next = self.soc.busy.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hwconfig::ModelDims;
    use crate::protocol::*;
    use crate::verify::*;
    use rand::{Rng, SeedableRng};

    /// Drive SocBytes closed-loop: send each request (one byte every `gap` cycles), wait
    /// for one reply frame, return the replies and the per-cycle vectors and outputs.
    struct Driver {
        u: SocBytes,
        vectors: Vec<Vec<u64>>,
        outs: Vec<Vec<u64>>,
        dec: Decoder,
        /// Cycles the core was busy during the last request.
        busy: u32,
    }

    impl Driver {
        fn new(hw: &HwConfig) -> Driver {
            let mut u = SocBytes::new(hw);
            u.connect_all();
            Driver { u, vectors: Vec::new(), outs: Vec::new(), dec: Decoder::new(4096), busy: 0 }
        }
        fn cycle(&mut self, byte: Option<u8>, ready: bool) -> Option<Decoded> {
            let v = vec![byte.unwrap_or(0) as u64, byte.is_some() as u64, ready as u64];
            let u = &mut self.u;
            u.clock.next = Clock { clk: false };
            u.rx_data.next = v[0].into();
            u.rx_valid.next = v[1] != 0;
            u.tx_ready.next = ready;
            assert!(simulate(u, 500));
            self.busy += u.core.busy.val() as u32;
            let o = vec![u.tx_data.val().to_u64(), u.tx_valid.val() as u64, u.busy.val() as u64];
            let got = if u.tx_valid.val() && ready { self.dec.push(u.tx_data.val().to_u64() as u8) } else { None };
            u.clock.next = Clock { clk: true };
            assert!(simulate(u, 500));
            self.vectors.push(v);
            self.outs.push(o);
            got
        }
        fn request(&mut self, wire: &[u8], gap: usize) -> Decoded {
            self.busy = 0;
            for &b in wire {
                if let Some(d) = self.cycle(Some(b), true) {
                    return d;
                }
                for _ in 1..gap {
                    if let Some(d) = self.cycle(None, true) {
                        return d;
                    }
                }
            }
            for n in 0.. {
                if let Some(d) = self.cycle(None, n % 3 != 1) {
                    return d;
                }
                assert!(n < 2_000_000, "no reply");
            }
            unreachable!()
        }
    }

    fn frame_of(bytes: &[u8]) -> Decoded {
        let mut d = Decoder::new(4096);
        bytes.iter().filter_map(|&b| d.push(b)).next().expect("one frame")
    }

    /// Same reply as the model; RESULT's cycle count comes from the hardware.
    fn same(hw_reply: &Decoded, model: &mut BoardModel, wire: &[u8], what: &str) {
        if let Decoded::Frame(f) = hw_reply {
            if f.typ == STEP | REPLY {
                model.cycles = u32::from_le_bytes(f.payload[2..6].try_into().unwrap());
            }
            if f.typ == GENERATE | REPLY {
                model.cycles = u32::from_le_bytes(f.payload[0..4].try_into().unwrap());
            }
        }
        let want = frame_of(&model.feed(wire));
        assert_eq!(hw_reply, &want, "{what}");
    }

    /// The iCEBreaker's arrangement: bank B's parameters in the W memory, so the link's
    /// reads, writes and checksums of bank B cross both memories; with `deep`, the
    /// ECP5's register stages (the read data registered on its way to the link).
    fn hw(deep: bool) -> HwConfig {
        let mut hw =
            HwConfig::new(ModelDims { hidden: 32, layers: 1, intermediate: 64, vocab: 48 }, 16, 12_000_000, 1_000_000)
                .unwrap();
        hw.params_in_w = true;
        hw.deep = deep;
        hw
    }

    /// A session: hello, uploads, reads, checksums, steps (with a replayed seq) and every
    /// kind of bad request. Returns the driver (with its trace).
    fn session(gap: usize, with_steps: bool, deep: bool) -> Driver {
        let hw = hw(deep);
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(11);
        let mut d = Driver::new(&hw);
        let mut model = BoardModel::new(&hw);
        let seq = std::cell::Cell::new(0u8);
        let go = |d: &mut Driver, model: &mut BoardModel, typ: u8, payload: &[u8], what: &str| {
            seq.set(seq.get().wrapping_add(1));
            let wire = encode_frame(typ, seq.get(), payload);
            let r = d.request(&wire, gap);
            same(&r, model, &wire, what);
            // A run's reply reports the cycles the core was busy (GENERATE: summed over
            // its steps); a replay's ran nothing and repeats the stored count.
            if let Decoded::Frame(f) = &r {
                let at = if f.typ == STEP | REPLY { 2 } else { 0 };
                if d.busy > 0 && (f.typ == STEP | REPLY || f.typ == GENERATE | REPLY) {
                    assert_eq!(u32::from_le_bytes(f.payload[at..at + 4].try_into().unwrap()), d.busy, "{what}");
                }
            }
            r
        };
        go(&mut d, &mut model, HELLO, &[], "hello");
        // A random program of valid instructions would need a model: write a real-looking
        // image instead: random bank B, random weights, a short program.
        let lay = hw.layout();
        let prog: Vec<u64> = vec![
            crate::isa::Instr::emb(lay.w_emb, lay.emb_scale, 32, 6).encode(),
            crate::isa::Instr::vec(crate::isa::Opcode::SumSq, crate::isa::Bank::A, 0, 0, 0, 32, 0).encode(),
            crate::isa::Instr::vec(crate::isa::Opcode::QMax, crate::isa::Bank::A, 0, 0, 40, 32, 0).encode(),
            crate::isa::Instr::vec(crate::isa::Opcode::Quant, crate::isa::Bank::A, 0, 0, 40, 32, 0).encode(),
            crate::isa::Instr::matvec(lay.w_head, 48, 32).encode(),
            crate::isa::Instr::vec(crate::isa::Opcode::Scale, crate::isa::Bank::A, 0, 0, 100, 0, 0).encode(),
            crate::isa::Instr::vec(crate::isa::Opcode::Argmax, crate::isa::Bank::A, 0, 0, 0, 48, 0).encode(),
            crate::isa::Instr::new(crate::isa::Opcode::End).encode(),
        ];
        let words = |v: &[u32]| v.iter().flat_map(|w| w.to_le_bytes()).collect::<Vec<u8>>();
        let hdr = |region: u8, addr: u32| [vec![region], addr.to_le_bytes().to_vec()].concat();
        go(
            &mut d,
            &mut model,
            WRITE,
            &[hdr(0, 0), words(&prog.iter().map(|&i| i as u32).collect::<Vec<_>>())].concat(),
            "prog lo",
        );
        go(
            &mut d,
            &mut model,
            WRITE,
            &[hdr(1, 0), words(&prog.iter().map(|&i| (i >> 32) as u32).collect::<Vec<_>>())].concat(),
            "prog hi",
        );
        let b: Vec<u32> = (0..lay.b_words)
            .map(|i| {
                if i == 100 {
                    40000
                } else if i == 101 {
                    0xffe0
                } else {
                    rng.gen_range(0..2000)
                }
            })
            .collect();
        // The first half word by word, the rest as pairs of entries (region 7), 64 words
        // (128 entries) a frame, the odd last entry alone.
        let half = b.len() / 2;
        for (c, chunk) in b[..half].chunks(64).enumerate() {
            go(&mut d, &mut model, WRITE, &[hdr(3, (c * 64) as u32), words(chunk)].concat(), "bank B");
        }
        let pairs: Vec<u32> = b[half..].chunks_exact(2).map(|c| c[0] & 0xffff | c[1] << 16).collect();
        for (c, chunk) in pairs.chunks(64).enumerate() {
            go(&mut d, &mut model, WRITE, &[hdr(7, (half + c * 128) as u32), words(chunk)].concat(), "bank B pairs");
        }
        if b.len() % 2 == 1 {
            go(&mut d, &mut model, WRITE, &[hdr(3, b.len() as u32 - 1), words(&b[b.len() - 1..])].concat(), "B last");
        }
        let wwords = lay.w_words;
        let w: Vec<u32> = (0..wwords).map(|_| rng.gen::<u32>() & 0x7f7f_7f7f).collect();
        // Full frames (MAX_WORDS words), the last one shorter.
        for (c, chunk) in w.chunks(MAX_WORDS).enumerate() {
            go(&mut d, &mut model, WRITE, &[hdr(4, (c * MAX_WORDS) as u32), words(chunk)].concat(), "weights");
        }
        // Across the end of bank B's block RAM into its part in W.
        let bm = hw.layout().b_mapped as u32;
        go(&mut d, &mut model, READ, &[hdr(3, bm - 10), 20u16.to_le_bytes().to_vec()].concat(), "read B");
        go(&mut d, &mut model, READ, &[hdr(0, 0), 8u16.to_le_bytes().to_vec()].concat(), "read prog");
        go(&mut d, &mut model, CHECKSUM, &[hdr(4, 0), (wwords as u32).to_le_bytes().to_vec()].concat(), "checksum W");
        go(&mut d, &mut model, CHECKSUM, &[hdr(3, bm - 8), 17u32.to_le_bytes().to_vec()].concat(), "checksum B");
        if with_steps {
            for t in [3u16, 47, 0] {
                let r = go(&mut d, &mut model, STEP, &t.to_le_bytes(), "step");
                assert!(matches!(r, Decoded::Frame(ref f) if f.typ == STEP | REPLY));
            }
            // The same seq again: replayed, not run twice.
            let wire = encode_frame(STEP, seq.get(), &5u16.to_le_bytes());
            let r = d.request(&wire, gap);
            same(&r, &mut model, &wire, "replayed step");
            go(&mut d, &mut model, READ, &[hdr(6, 0), 48u16.to_le_bytes().to_vec()].concat(), "read ACC");
            go(&mut d, &mut model, STEP, &48u16.to_le_bytes(), "token out of range");
            // Generation on the board: n steps, argmax fed back.
            let gen = |t: u16, n: u16| [t.to_le_bytes(), n.to_le_bytes()].concat();
            for (t, n) in [(5u16, 1u16), (47, 7)] {
                let r = go(&mut d, &mut model, GENERATE, &gen(t, n), "generate");
                assert!(
                    matches!(r, Decoded::Frame(ref f) if f.typ == GENERATE | REPLY && f.payload.len() == 5 + 2 * n as usize)
                );
            }
            let wire = encode_frame(GENERATE, seq.get(), &gen(9, 3));
            let r = d.request(&wire, gap);
            same(&r, &mut model, &wire, "replayed generate");
            // A STEP with the seq of the last GENERATE is a new request.
            let wire = encode_frame(STEP, seq.get(), &2u16.to_le_bytes());
            let r = d.request(&wire, gap);
            same(&r, &mut model, &wire, "step after generate, same seq");
            let wire = encode_frame(GENERATE, seq.get(), &gen(1, 2));
            let r = d.request(&wire, gap);
            same(&r, &mut model, &wire, "generate after step, same seq");
            go(
                &mut d,
                &mut model,
                READ,
                &[hdr(2, lay.gen as u32), 4u16.to_le_bytes().to_vec()].concat(),
                "tokens in A",
            );
            go(&mut d, &mut model, GENERATE, &gen(48, 1), "generate: token out of range");
            go(&mut d, &mut model, GENERATE, &gen(1, 0), "generate zero");
            go(&mut d, &mut model, GENERATE, &gen(1, MAX_GEN as u16 + 1), "generate too many");
            go(&mut d, &mut model, GENERATE, &[1, 0, 1], "generate, short");
            let r = go(&mut d, &mut model, GENERATE, &gen(0, MAX_GEN as u16), "generate the most");
            assert!(matches!(r, Decoded::Frame(ref f) if f.typ == GENERATE | REPLY));
        }
        // Bad requests.
        go(&mut d, &mut model, 0x42, &[], "unknown type");
        go(&mut d, &mut model, HELLO, &[1], "hello with payload");
        go(&mut d, &mut model, WRITE, &[hdr(3, 0), vec![1, 2, 3]].concat(), "write, ragged");
        go(&mut d, &mut model, WRITE, &[hdr(5, 0), words(&[1])].concat(), "write Q (read-only)");
        go(&mut d, &mut model, WRITE, &[hdr(3, lay.b_words as u32 - 1), words(&[1, 2])].concat(), "write past the end");
        go(&mut d, &mut model, WRITE, &[hdr(3, 0xff00_0000), words(&[1])].concat(), "write huge address");
        // Just above the link's address bits (it keeps only those): refused, not aliased
        // to the low addresses.
        let above = 1u32 << Link::addr_bits(&hw);
        go(&mut d, &mut model, WRITE, &[hdr(2, above), words(&[5])].concat(), "write just above the address bits");
        go(&mut d, &mut model, WRITE, &[hdr(7, above | 2), words(&[5])].concat(), "pairs just above the address bits");
        go(&mut d, &mut model, READ, &[hdr(2, above + 1), 1u16.to_le_bytes().to_vec()].concat(), "read above them");
        go(
            &mut d,
            &mut model,
            CHECKSUM,
            &[hdr(2, 0), (above + 1).to_le_bytes().to_vec()].concat(),
            "checksum count above them",
        );
        go(&mut d, &mut model, READ, &[hdr(2, 0), 0x8001u16.to_le_bytes().to_vec()].concat(), "read 0x8001 words");
        go(&mut d, &mut model, GENERATE, &[1u16.to_le_bytes(), 0x0101u16.to_le_bytes()].concat(), "generate 257");
        go(&mut d, &mut model, READ, &[hdr(2, 0), 4u16.to_le_bytes().to_vec()].concat(), "bank A unchanged");
        go(&mut d, &mut model, WRITE, &[hdr(7, lay.b_words as u32 - 2), words(&[1, 2])].concat(), "pairs past the end");
        go(&mut d, &mut model, WRITE, &[hdr(7, lay.b_words as u32 - 4), words(&[7, 9])].concat(), "pairs to the end");
        go(
            &mut d,
            &mut model,
            READ,
            &[hdr(3, lay.b_words as u32 - 4), 4u16.to_le_bytes().to_vec()].concat(),
            "read them",
        );
        go(&mut d, &mut model, READ, &[hdr(7, 0), 1u16.to_le_bytes().to_vec()].concat(), "read pairs (write-only)");
        go(
            &mut d,
            &mut model,
            READ,
            &[hdr(3, 0), (MAX_WORDS as u16 + 1).to_le_bytes().to_vec()].concat(),
            "read too many",
        );
        go(&mut d, &mut model, READ, &[hdr(3, 0), (MAX_WORDS as u16).to_le_bytes().to_vec()].concat(), "read the most");
        go(&mut d, &mut model, READ, &[hdr(3, 0), 0u16.to_le_bytes().to_vec()].concat(), "read zero");
        go(&mut d, &mut model, READ, &[hdr(7, 0), 1u16.to_le_bytes().to_vec()].concat(), "read bad region");
        go(
            &mut d,
            &mut model,
            CHECKSUM,
            &[hdr(2, 0), 0x0100_0000u32.to_le_bytes().to_vec()].concat(),
            "checksum too long",
        );
        let mut wire = encode_frame(READ, 9, &[hdr(3, 0), 4u16.to_le_bytes().to_vec()].concat());
        wire[4] ^= 0x20;
        let r = d.request(&wire, gap);
        same(&r, &mut model, &wire, "corrupted frame");
        let big = encode_frame(WRITE, 10, &vec![0x11; 400]);
        let r = d.request(&big, gap);
        same(&r, &mut model, &big, "too long");
        go(&mut d, &mut model, HELLO, &[], "hello after errors");
        d
    }

    #[test]
    fn the_link_answers_exactly_as_the_protocol_model() {
        session(1, true, false);
        session(3, true, true);
    }

    #[test]
    fn verilog_matches_the_simulation_and_synthesizes() {
        let d = session(1, true, true);
        let vlog = generate_verilog(&d.u);
        let ins = [port("rx_data", 8), port("rx_valid", 1), port("tx_ready", 1)];
        let outs = [port("tx_data", 8), port("tx_valid", 1), port("busy", 1)];
        // Icarus manages ~20 cycles/s on the whole SoC; Verilator runs the same vectors.
        let ver = verilator_trace("socbytes", &vlog, &ins, &outs, &d.vectors).unwrap();
        same_traces(&d.outs, &ver, &outs).unwrap();
        let mut soc = Soc::new(&hw(true));
        soc.connect_all();
        yosys_synth("soc", &generate_verilog(&soc)).unwrap();
    }
}
