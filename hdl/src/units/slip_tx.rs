//! The reply framer: turns logical bytes into a SLIP frame with its CRC-32
//! (golden: `protocol::encode_frame`).
//!
//! Input handshake (`in_valid` / `in_ready`), with `in_ctl`: 1 = start a frame (sends
//! END, resets the CRC), 0 = a body byte (CRC-32 update, one byte per cycle; stuffed if
//! it is END or ESC), 2 = finish (sends the four CRC bytes, low first, stuffed, then END).
//! Output handshake towards the UART: `tx_valid` / `tx_ready`, one byte at a time.

use super::crc32::Crc32Byte;
use crate::protocol::{END, ESC, ESC_END, ESC_ESC};
use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct SlipTx {
    pub clock: Signal<In, Clock>,
    pub in_valid: Signal<In, Bit>,
    pub in_ctl: Signal<In, Bits<2>>,
    pub in_byte: Signal<In, Bits<8>>,
    pub in_ready: Signal<Out, Bit>,
    pub tx_data: Signal<Out, Bits<8>>,
    pub tx_valid: Signal<Out, Bit>,
    pub tx_ready: Signal<In, Bit>,
    state: DFF<Bits<3>>,
    cur: DFF<Bits<8>>,
    phase: DFF<Bits<3>>,
    crc: DFF<Bits<32>>,
    /// CRC-32 after `cur`: a body byte enters the CRC in state 4, once it is sent (from
    /// the register, not from `in_byte`: the link's reply-byte choice and the CRC in one
    /// cycle were the iCE40's critical path, 59 ns); the next byte or the trailer is
    /// taken after that.
    cb: Crc32Byte,
    /// The CRC as sent (inverted).
    ncrc: Signal<Local, Bits<32>>,
}

// States: 0 idle, 1 send END (then idle), 2 stuff cur, 3 send escaped code, 4 after a byte.
const _: () = assert!(END == 0xC0 && ESC == 0xDB && ESC_END == 0xDC && ESC_ESC == 0xDD);

impl Logic for SlipTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, cur, phase, crc);
        self.cb.crc_in.next = self.crc.q.val();
        self.cb.data.next = self.cur.q.val();
        self.ncrc.next = !self.crc.q.val();
        self.in_ready.next = self.state.q.val() == 0;
        self.tx_valid.next = false;
        self.tx_data.next = self.cur.q.val();
        if self.state.q.val() == 0 {
            if self.in_valid.val() {
                self.cur.d.next = self.in_byte.val();
                self.state.d.next = 2.into();
                if self.in_ctl.val() == 1 {
                    self.crc.d.next = 0xffff_ffffu64.into();
                    self.state.d.next = 1.into();
                }
                if self.in_ctl.val() == 2 {
                    self.cur.d.next = self.ncrc.val().get_bits::<8>(0);
                    self.phase.d.next = 1.into();
                }
            }
        } else if self.state.q.val() == 1 {
            self.tx_data.next = 0xc0.into();
            self.tx_valid.next = true;
            if self.tx_ready.val() {
                self.state.d.next = 0.into();
            }
        } else if self.state.q.val() == 2 {
            self.tx_valid.next = true;
            if (self.cur.q.val() == 0xc0) | (self.cur.q.val() == 0xdb) {
                self.tx_data.next = 0xdb.into();
                if self.tx_ready.val() {
                    self.state.d.next = 3.into();
                }
            } else if self.tx_ready.val() {
                self.state.d.next = 4.into();
            }
        } else if self.state.q.val() == 3 {
            self.tx_valid.next = true;
            self.tx_data.next = 0xdd.into();
            if self.cur.q.val() == 0xc0 {
                self.tx_data.next = 0xdc.into();
            }
            if self.tx_ready.val() {
                self.state.d.next = 4.into();
            }
        } else {
            // After a sent byte: a body byte (phase 0) into the CRC; continue the CRC
            // trailer, or return to idle.
            self.state.d.next = 0.into();
            if self.phase.q.val() == 0 {
                self.crc.d.next = self.cb.crc_out.val();
            }
            if self.phase.q.val() == 1 {
                self.cur.d.next = self.ncrc.val().get_bits::<8>(8);
                self.phase.d.next = 2.into();
                self.state.d.next = 2.into();
            }
            if self.phase.q.val() == 2 {
                self.cur.d.next = self.ncrc.val().get_bits::<8>(16);
                self.phase.d.next = 3.into();
                self.state.d.next = 2.into();
            }
            if self.phase.q.val() == 3 {
                self.cur.d.next = self.ncrc.val().get_bits::<8>(24);
                self.phase.d.next = 4.into();
                self.state.d.next = 2.into();
            }
            if self.phase.q.val() == 4 {
                self.phase.d.next = 0.into();
                self.state.d.next = 1.into();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::encode_frame;
    use crate::verify::*;
    use rand::{Rng, SeedableRng};

    /// Offer frames' logical bytes as fast as accepted; the UART side accepts a byte
    /// every `gap` cycles. Returns the transmitted bytes.
    fn run(frames: &[(u8, u8, Vec<u8>)], gap: usize) -> (Vec<u8>, Vec<Vec<u64>>, Vec<Vec<u64>>) {
        let mut items: Vec<(u64, u64)> = Vec::new();
        for (t, s, p) in frames {
            items.push((1, 0));
            items.push((0, *t as u64));
            items.push((0, *s as u64));
            items.extend(p.iter().map(|&b| (0, b as u64)));
            items.push((2, 0));
        }
        let mut u = SlipTx::default();
        u.connect_all();
        let mut vectors = Vec::new();
        let mut outs = Vec::new();
        let mut sent = Vec::new();
        let mut i = 0;
        let mut cycle = 0usize;
        while i < items.len() || cycle < 40 || u.tx_valid.val() || !u.in_ready.val() {
            let ready = cycle % gap == 0;
            let (ctl, b) = items.get(i).copied().unwrap_or((0, 0));
            let v = vec![(i < items.len()) as u64, ctl, b, ready as u64];
            u.clock.next = Clock { clk: false };
            u.in_valid.next = v[0] != 0;
            u.in_ctl.next = v[1].into();
            u.in_byte.next = v[2].into();
            u.tx_ready.next = v[3] != 0;
            assert!(simulate(&mut u, 100));
            let o = vec![u.in_ready.val() as u64, u.tx_data.val().to_u64(), u.tx_valid.val() as u64];
            if u.in_ready.val() && v[0] != 0 {
                i += 1;
            }
            if u.tx_valid.val() && ready {
                sent.push(u.tx_data.val().to_u64() as u8);
            }
            u.clock.next = Clock { clk: true };
            assert!(simulate(&mut u, 100));
            vectors.push(v);
            outs.push(o);
            cycle += 1;
            assert!(cycle < 1_000_000);
        }
        (sent, vectors, outs)
    }

    #[test]
    fn frames_equal_the_golden_encoder_and_verilog_matches() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(8);
        let mut frames = vec![(0x81u8, 0xc0u8, vec![0xc0, 0xdb, 0x00, 0xff]), (0x82, 0, vec![])];
        for _ in 0..20 {
            let n = rng.gen_range(0..40);
            frames.push((
                rng.gen(),
                rng.gen(),
                (0..n).map(|_| *[0xc0u8, 0xdb, rng.gen()].iter().nth(rng.gen_range(0..3)).unwrap()).collect(),
            ));
        }
        let want: Vec<u8> = frames.iter().flat_map(|(t, s, p)| encode_frame(*t, *s, p)).collect();
        for gap in [1, 3] {
            let (sent, _, _) = run(&frames, gap);
            assert_eq!(sent, want, "gap {gap}");
        }
        let (_, vectors, outs) = run(&frames[..6], 2);
        let mut u = SlipTx::default();
        u.connect_all();
        let vlog = generate_verilog(&u);
        let ins = [port("in_valid", 1), port("in_ctl", 2), port("in_byte", 8), port("tx_ready", 1)];
        let o = [port("in_ready", 1), port("tx_data", 8), port("tx_valid", 1)];
        let ver = icarus_trace("slip_tx", &vlog, &ins, &o, &vectors).unwrap();
        same_traces(&outs, &ver, &o).unwrap();
        yosys_synth("slip_tx", &vlog).unwrap();
    }
}
