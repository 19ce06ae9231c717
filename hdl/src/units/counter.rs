//! A 32-bit cycle counter: `q` goes to 0 at a clock edge with `clear`, else up by one
//! with `count`, else holds. On the iCE40UP5K (`dsp`) it is one SB_MAC16 used as an
//! accumulator (the bottom adder adds B = 0 with carry-in 1, the top one A = 0 with the
//! bottom's carry; `clear` loads C:D = 0 through OLOAD; CE = `count | clear`), so its
//! 32 flip-flops and 32-bit incrementer take no logic cells: the part has two SB_MAC16s
//! to spare and was 15 cells over with them in logic (session 15). The instance is
//! written for synthesis only (`ifdef SYNTHESIS`, which Yosys defines); simulators take
//! the plain counter beside it, and the unit test runs the instance against Yosys's
//! own SB_MAC16 model.
//!
//! Widths: 32 bits hold 2^32 cycles (about 3 minutes at 24 MHz, GENERATE's longest run
//! of 128 tokens is ~6.5M cycles).

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Counter32 {
    pub clock: Signal<In, Clock>,
    /// Load 0 at the next edge (wins over `count`).
    pub clear: Signal<In, Bit>,
    /// Count up at the next edge.
    pub count: Signal<In, Bit>,
    /// The count.
    pub q: Signal<Out, Bits<32>>,
    _dsp: bool,
    _v: u64,
}

impl Counter32 {
    /// `dsp`: the SB_MAC16 form (iCE40UP5K); otherwise a plain register and adder.
    pub fn new(dsp: bool) -> Counter32 {
        Counter32 {
            clock: Default::default(),
            clear: Default::default(),
            count: Default::default(),
            q: Default::default(),
            _dsp: dsp,
            _v: 0,
        }
    }
}

impl Logic for Counter32 {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            if self.clear.val() {
                self._v = 0;
            } else if self.count.val() {
                self._v = (self._v + 1) & 0xffff_ffff;
            }
        }
        self.q.next = self._v.into();
    }
    fn connect(&mut self) {
        self.q.connect();
    }
    fn hdl(&self) -> Verilog {
        let plain = "reg [31:0] r = 0;
always @(posedge clock) begin
  if (clear) r <= 0;
  else if (count) r <= r + 1;
end
always @(*) q = r;";
        if !self._dsp {
            return Verilog::Custom(plain.into());
        }
        Verilog::Custom(format!(
            "`ifdef SYNTHESIS
wire [31:0] o;
SB_MAC16 #(
  .C_REG(1'b0), .A_REG(1'b0), .B_REG(1'b0), .D_REG(1'b0),
  .TOP_8x8_MULT_REG(1'b0), .BOT_8x8_MULT_REG(1'b0),
  .PIPELINE_16x16_MULT_REG1(1'b0), .PIPELINE_16x16_MULT_REG2(1'b0),
  .TOPOUTPUT_SELECT(2'b01), .TOPADDSUB_LOWERINPUT(2'b00), .TOPADDSUB_UPPERINPUT(1'b0),
  .TOPADDSUB_CARRYSELECT(2'b10),
  .BOTOUTPUT_SELECT(2'b01), .BOTADDSUB_LOWERINPUT(2'b00), .BOTADDSUB_UPPERINPUT(1'b0),
  .BOTADDSUB_CARRYSELECT(2'b01),
  .MODE_8x8(1'b0), .A_SIGNED(1'b0), .B_SIGNED(1'b0)
) mac (
  .CLK(clock), .CE(count | clear),
  .A(16'd0), .B(16'd0), .C(16'd0), .D(16'd0),
  .AHOLD(1'b0), .BHOLD(1'b0), .CHOLD(1'b0), .DHOLD(1'b0),
  .IRSTTOP(1'b0), .IRSTBOT(1'b0), .ORSTTOP(1'b0), .ORSTBOT(1'b0),
  .OLOADTOP(clear), .OLOADBOT(clear), .ADDSUBTOP(1'b0), .ADDSUBBOT(1'b0),
  .OHOLDTOP(1'b0), .OHOLDBOT(1'b0), .CI(1'b0), .ACCUMCI(1'b0), .SIGNEXTIN(1'b0),
  .O(o)
);
always @(*) q = o;
`else
{plain}
`endif"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::*;
    use rand::{Rng, SeedableRng};

    #[derive(LogicBlock)]
    struct Top {
        clock: Signal<In, Clock>,
        clear: Signal<In, Bit>,
        count: Signal<In, Bit>,
        q: Signal<Out, Bits<32>>,
        u: Counter32,
    }

    impl Top {
        fn new(dsp: bool) -> Top {
            let mut top = Top {
                clock: Default::default(),
                clear: Default::default(),
                count: Default::default(),
                q: Default::default(),
                u: Counter32::new(dsp),
            };
            top.connect_all();
            top
        }
    }

    impl Logic for Top {
        #[hdl_gen]
        fn update(&mut self) {
            self.u.clock.next = self.clock.val();
            self.u.clear.next = self.clear.val();
            self.u.count.next = self.count.val();
            self.q.next = self.u.q.val();
        }
    }

    /// Runs of counting, holding and clearing (seeded), across a carry out of the low
    /// 16 bits (the two adders' seam): 70,000 cycles.
    fn vectors() -> Vec<Vec<u64>> {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(15);
        let mut v = vec![vec![1, 0]];
        for _ in 0..68_000 {
            v.push(vec![0, 1]);
        }
        for _ in 0..2_000 {
            let r: u8 = rng.gen();
            v.push(vec![(r < 8) as u64, (r & 1) as u64]);
        }
        v
    }

    fn trace(dsp: bool, v: &[Vec<u64>]) -> Vec<Vec<u64>> {
        let mut top = Top::new(dsp);
        rust_trace(
            &mut top,
            v,
            |u, x| {
                u.clear.next = x[0] != 0;
                u.count.next = x[1] != 0;
            },
            |u| vec![u.q.val().to_u64()],
            |u, c| u.clock.next = Clock { clk: c },
        )
        .unwrap()
    }

    #[test]
    fn counts_as_its_model_in_simulation_in_verilog_and_as_an_sb_mac16() {
        let v = vectors();
        let rust = trace(true, &v);
        // The model: the count before each cycle's edge.
        let (mut c, mut top) = (0u64, 0u64);
        for (x, o) in v.iter().zip(&rust) {
            assert_eq!(o[0], c);
            top = top.max(c);
            if x[0] != 0 {
                c = 0;
            } else if x[1] != 0 {
                c += 1;
            }
        }
        assert!(top > 65_536, "the count crosses the 16-bit seam");
        let ins = [port("clear", 1), port("count", 1)];
        let outs = [port("q", 32)];
        for dsp in [false, true] {
            let vlog = generate_verilog(&Top::new(dsp));
            // The plain form under Icarus, then the SB_MAC16 instance with Yosys's model
            // of the cell (SYNTHESIS defined, as Yosys reads it).
            let ver = icarus_trace(&format!("counter{dsp}"), &vlog, &ins, &outs, &v).unwrap();
            same_traces(&rust, &ver, &outs).unwrap();
            if dsp {
                // SB_MAC16's module alone (the file's other cells use SystemVerilog).
                let cells = std::fs::read_to_string(ice40_cells_sim()).unwrap();
                let start = cells.find("module SB_MAC16").expect("SB_MAC16 in cells_sim.v");
                let end = start + cells[start..].find("endmodule").unwrap() + "endmodule".len();
                let src = format!("`define SYNTHESIS\n{vlog}\n{}\n", &cells[start..end]);
                // The model's output registers start unknown (x) where the part's start at
                // 0 after configuration: given 0 here. (The core clears the count when a
                // run starts anyway.)
                let src =
                    src.replace("reg [15:0] rQ;", "reg [15:0] rQ = 0;").replace("reg [15:0] rS;", "reg [15:0] rS = 0;");
                let ver = icarus_trace("counter_mac", &src, &ins, &outs, &v).unwrap();
                same_traces(&rust, &ver, &outs).unwrap();
                let stat = yosys_synth("counter_mac", &vlog).unwrap();
                assert_eq!(cell_count(&stat, "SB_MAC16"), 1, "{stat}");
                assert_eq!(cell_count(&stat, "SB_LUT4") + cell_count(&stat, "SB_DFF"), 0, "{stat}");
            } else {
                yosys_synth("counter_plain", &vlog).unwrap();
            }
        }
    }
}
