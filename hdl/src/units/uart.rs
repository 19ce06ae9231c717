//! UART receiver and transmitter: 8 data bits, no parity, one stop bit, LSB first.
//!
//! The receiver passes `rx` through a two-flop synchronizer, waits for a falling edge,
//! checks the start bit at half a bit time, then samples each bit at its middle
//! (`div` clocks per bit, counted from the start bit's middle). A low stop bit is a
//! framing error: the byte is dropped and `frame_error` pulses. Tolerates a baud
//! mismatch of a few percent (the sample point drifts by at most 9.5 bit times x error).
//! `div >= 4` (HwConfig checks clock >= 4 x baud).

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct UartRx {
    pub clock: Signal<In, Clock>,
    /// The serial line (idle high), asynchronous to `clock`.
    pub rx: Signal<In, Bit>,
    /// Clocks per bit.
    pub div: Signal<In, Bits<10>>,
    /// A received byte (valid for one cycle with `valid`).
    pub data: Signal<Out, Bits<8>>,
    pub valid: Signal<Out, Bit>,
    /// Pulses when a byte's stop bit was low (the byte is dropped).
    pub frame_error: Signal<Out, Bit>,
    sync1: DFF<Bit>,
    sync2: DFF<Bit>,
    state: DFF<Bits<2>>,
    count: DFF<Bits<10>>,
    nbit: DFF<Bits<4>>,
    shift: DFF<Bits<8>>,
    out: DFF<Bits<8>>,
    out_valid: DFF<Bit>,
    ferr: DFF<Bit>,
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync1, sync2, state, count, nbit, shift, out, out_valid, ferr);
        // The synchronizer starts high (idle line).
        self.sync1.d.next = !self.rx.val();
        self.sync2.d.next = self.sync1.q.val();
        // sync2 holds the *inverted* line so that its power-on value 0 means idle.
        self.out_valid.d.next = false;
        self.ferr.d.next = false;
        self.data.next = self.out.q.val();
        self.valid.next = self.out_valid.q.val();
        self.frame_error.next = self.ferr.q.val();
        if self.state.q.val() == 0 {
            // Idle: a low line (sync2 high) starts a byte.
            if self.sync2.q.val() {
                self.state.d.next = 1.into();
                self.count.d.next = self.div.val() >> 1;
            }
        } else if self.state.q.val() == 1 {
            // Middle of the start bit: still low?
            if self.count.q.val() <= 1 {
                if self.sync2.q.val() {
                    self.state.d.next = 2.into();
                    self.count.d.next = self.div.val();
                    self.nbit.d.next = 0.into();
                } else {
                    self.state.d.next = 0.into();
                }
            } else {
                self.count.d.next = self.count.q.val() - 1;
            }
        } else if self.state.q.val() == 2 {
            if self.count.q.val() <= 1 {
                self.count.d.next = self.div.val();
                if self.nbit.q.val() == 8 {
                    // Stop bit: high line means sync2 low.
                    if !self.sync2.q.val() {
                        self.out.d.next = self.shift.q.val();
                        self.out_valid.d.next = true;
                        self.state.d.next = 0.into();
                    } else {
                        self.ferr.d.next = true;
                        self.state.d.next = 3.into();
                    }
                } else {
                    self.shift.d.next = self.shift.q.val() >> 1;
                    if !self.sync2.q.val() {
                        self.shift.d.next = (self.shift.q.val() >> 1) | 0x80;
                    }
                    self.nbit.d.next = self.nbit.q.val() + 1;
                }
            } else {
                self.count.d.next = self.count.q.val() - 1;
            }
        } else {
            // After a framing error, wait for the line to return high.
            if !self.sync2.q.val() {
                self.state.d.next = 0.into();
            }
        }
    }
}

#[derive(LogicBlock, Default)]
pub struct UartTx {
    pub clock: Signal<In, Clock>,
    /// Clocks per bit.
    pub div: Signal<In, Bits<10>>,
    /// A byte to send, taken when `valid && ready`.
    pub data: Signal<In, Bits<8>>,
    pub valid: Signal<In, Bit>,
    pub ready: Signal<Out, Bit>,
    /// The serial line (idle high).
    pub tx: Signal<Out, Bit>,
    busy: DFF<Bit>,
    count: DFF<Bits<10>>,
    nbit: DFF<Bits<4>>,
    /// Start bit, 8 data bits, stop bit, shifted out LSB first; stored inverted so the
    /// power-on value 0 means an idle (high) line.
    shift_n: DFF<Bits<10>>,
    /// The inverted byte, 8 bits wide before widening (Verilog would widen `~data`
    /// to 10 bits first and invert the padding too).
    data_n: Signal<Local, Bits<8>>,
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, busy, count, nbit, shift_n);
        self.ready.next = !self.busy.q.val();
        self.data_n.next = !self.data.val();
        self.tx.next = !self.shift_n.q.val().get_bit(0);
        if !self.busy.q.val() {
            if self.valid.val() {
                // Inverted frame: start bit (0 -> 1), data inverted, stop bit (1 -> 0).
                self.shift_n.d.next = 1 | (bit_cast::<10, 8>(self.data_n.val()) << 1);
                self.busy.d.next = true;
                self.count.d.next = self.div.val();
                self.nbit.d.next = 0.into();
            }
        } else if self.count.q.val() <= 1 {
            self.count.d.next = self.div.val();
            self.shift_n.d.next = self.shift_n.q.val() >> 1;
            self.nbit.d.next = self.nbit.q.val() + 1;
            if self.nbit.q.val() == 9 {
                self.busy.d.next = false;
            }
        } else {
            self.count.d.next = self.count.q.val() - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::*;
    use rand::{Rng, SeedableRng};

    /// A loopback: TX drives RX through a line model with an optional baud error.
    #[derive(LogicBlock, Default)]
    struct Loop {
        clock: Signal<In, Clock>,
        div: Signal<In, Bits<10>>,
        rx_div: Signal<In, Bits<10>>,
        data: Signal<In, Bits<8>>,
        valid: Signal<In, Bit>,
        ready: Signal<Out, Bit>,
        out: Signal<Out, Bits<8>>,
        out_valid: Signal<Out, Bit>,
        ferr: Signal<Out, Bit>,
        line: Signal<Out, Bit>,
        tx: UartTx,
        rx: UartRx,
    }

    impl Logic for Loop {
        #[hdl_gen]
        fn update(&mut self) {
            self.tx.clock.next = self.clock.val();
            self.rx.clock.next = self.clock.val();
            self.tx.div.next = self.div.val();
            self.rx.div.next = self.rx_div.val();
            self.tx.data.next = self.data.val();
            self.tx.valid.next = self.valid.val();
            self.ready.next = self.tx.ready.val();
            self.rx.rx.next = self.tx.tx.val();
            self.line.next = self.tx.tx.val();
            self.out.next = self.rx.data.val();
            self.out_valid.next = self.rx.valid.val();
            self.ferr.next = self.rx.frame_error.val();
        }
    }

    fn vectors(div: u64, rx_div: u64, bytes: &[u8]) -> Vec<Vec<u64>> {
        let per = (div * 10 + 4) as usize;
        let mut v = Vec::new();
        for &b in bytes {
            for c in 0..per {
                v.push(vec![div, rx_div, b as u64, (c == 0) as u64]);
            }
        }
        v.extend((0..per).map(|_| vec![div, rx_div, 0, 0]));
        v
    }

    fn sim(v: &[Vec<u64>]) -> Vec<Vec<u64>> {
        let mut u = Loop::default();
        u.connect_all();
        rust_trace(
            &mut u,
            v,
            |u, x| {
                u.div.next = x[0].into();
                u.rx_div.next = x[1].into();
                u.data.next = x[2].into();
                u.valid.next = x[3] != 0;
            },
            |u| {
                vec![
                    u.ready.val() as u64,
                    u.out.val().to_u64(),
                    u.out_valid.val() as u64,
                    u.ferr.val() as u64,
                    u.line.val() as u64,
                ]
            },
            |u, c| u.clock.next = Clock { clk: c },
        )
        .unwrap()
    }

    fn received(trace: &[Vec<u64>]) -> (Vec<u8>, usize) {
        let bytes = trace.iter().filter(|o| o[2] == 1).map(|o| o[1] as u8).collect();
        let errors = trace.iter().filter(|o| o[3] == 1).count();
        (bytes, errors)
    }

    #[test]
    fn bytes_cross_the_line_at_several_divisors_and_small_baud_errors() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(4);
        let mut bytes: Vec<u8> = vec![0x00, 0xff, 0x55, 0xaa, 0x80, 0x01, 0xc0, 0xdb];
        bytes.extend((0..24).map(|_| rng.gen::<u8>()));
        for (div, rx_div) in [(4, 4), (8, 8), (13, 13), (100, 103), (100, 97)] {
            let (got, errors) = received(&sim(&vectors(div, rx_div, &bytes)));
            assert_eq!(got, bytes, "div {div} rx_div {rx_div}");
            assert_eq!(errors, 0);
        }
    }

    #[test]
    fn a_badly_mismatched_baud_rate_gives_framing_errors_not_silent_bytes() {
        let bytes = [0x00u8; 8];
        let (got, errors) = received(&sim(&vectors(16, 24, &bytes)));
        assert!(errors > 0, "expected framing errors");
        assert!(got.len() < bytes.len());
    }

    #[test]
    fn verilog_matches_the_simulation_and_synthesizes() {
        let v = vectors(8, 8, &[0x12, 0xc0, 0xff, 0x00, 0x7e]);
        let rust = sim(&v);
        let mut u = Loop::default();
        u.connect_all();
        let vlog = generate_verilog(&u);
        let ins = [port("div", 10), port("rx_div", 10), port("data", 8), port("valid", 1)];
        let outs = [port("ready", 1), port("out", 8), port("out_valid", 1), port("ferr", 1), port("line", 1)];
        let ver = icarus_trace("uart", &vlog, &ins, &outs, &v).unwrap();
        same_traces(&rust, &ver, &outs).unwrap();
        yosys_synth("uart", &vlog).unwrap();
    }
}
