//! CRC-32/ISO-HDLC (reflected, polynomial 0xEDB88320) over one byte in one cycle,
//! combinational: `crc_out` is the CRC register after `data` (golden:
//! `protocol::crc32_update`; no initial value or final inversion here, the users keep
//! the register). Eight chained bit steps, each a shift and a conditional XOR: each
//! output bit is an XOR of at most 8 + 8 input bits. Used by the link's receive check
//! and its CHECKSUM, and by the reply framer.

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct Crc32Byte {
    /// The CRC register before the byte.
    pub crc_in: Signal<In, Bits<32>>,
    /// The byte, least significant bit first (as the reflected CRC takes it). (Not named
    /// `byte`: a SystemVerilog keyword, which Verilator rejects.)
    pub data: Signal<In, Bits<8>>,
    /// The CRC register after the byte.
    pub crc_out: Signal<Out, Bits<32>>,
    /// The register after 0..8 bits of the byte.
    b: [Signal<Local, Bits<32>>; 9],
}

impl Logic for Crc32Byte {
    #[hdl_gen]
    fn update(&mut self) {
        self.b[0].next = self.crc_in.val();
        for i in 0..8 {
            self.b[i + 1].next = self.b[i].val() >> 1;
            if (self.b[i].val().get_bit(0)) ^ (self.data.val().get_bit(i)) {
                self.b[i + 1].next = (self.b[i].val() >> 1) ^ 0xedb8_8320u64;
            }
        }
        self.crc_out.next = self.b[8].val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::crc32_update;
    use crate::verify::*;
    use rand::{Rng, SeedableRng};

    /// The unit with a clock port, as the trace harnesses drive a design.
    #[derive(LogicBlock, Default)]
    struct Top {
        clock: Signal<In, Clock>,
        crc_in: Signal<In, Bits<32>>,
        data: Signal<In, Bits<8>>,
        crc_out: Signal<Out, Bits<32>>,
        u: Crc32Byte,
    }

    impl Logic for Top {
        #[hdl_gen]
        fn update(&mut self) {
            self.u.crc_in.next = self.crc_in.val();
            self.u.data.next = self.data.val();
            self.crc_out.next = self.u.crc_out.val();
        }
    }

    /// Every byte value with the edge registers (0, all ones, single bits), then random
    /// registers and bytes (seeded).
    fn vectors() -> Vec<Vec<u64>> {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(5);
        let mut v = Vec::new();
        for crc in [0u64, 0xffff_ffff, 1, 0x8000_0000, 0xedb8_8320] {
            for b in 0..256u64 {
                v.push(vec![crc, b]);
            }
        }
        for _ in 0..2000 {
            v.push(vec![rng.gen::<u32>() as u64, rng.gen::<u8>() as u64]);
        }
        v
    }

    #[test]
    fn equals_the_golden_crc_in_simulation_and_in_verilog() {
        let v = vectors();
        let mut top = Top::default();
        top.connect_all();
        let rust = rust_trace(
            &mut top,
            &v,
            |u, x| {
                u.crc_in.next = x[0].into();
                u.data.next = x[1].into();
            },
            |u| vec![u.crc_out.val().to_u64()],
            |u, c| u.clock.next = Clock { clk: c },
        )
        .unwrap();
        for (x, o) in v.iter().zip(&rust) {
            assert_eq!(o[0], crc32_update(x[0] as u32, x[1] as u8) as u64, "crc {:08x} byte {:02x}", x[0], x[1]);
        }
        let vlog = generate_verilog(&top);
        let ins = [port("crc_in", 32), port("data", 8)];
        let outs = [port("crc_out", 32)];
        let ver = icarus_trace("crc32", &vlog, &ins, &outs, &v).unwrap();
        same_traces(&rust, &ver, &outs).unwrap();
        yosys_synth("crc32", &vlog).unwrap();
    }
}
