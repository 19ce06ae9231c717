// mmfree SoC for ulx3s-85f (H 96 L 3 I 256 V 256, 64 lanes, 25000000 Hz, 1000000 baud), hw hash a1bd58ec
// ulx3s-85f top level: 25 MHz oscillator -> 25 MHz design clock (None)
module mmfree_top(input clk_in, input uart_rx_in, output uart_tx_out, output led_busy_out);
  wire clk, locked, busy;
  assign clk = clk_in;
  assign locked = 1'b1;
  top soc (.clock(clk), .uart_rx(locked ? uart_rx_in : 1'b1), .uart_tx(uart_tx_out), .led_busy(busy));
  assign led_busy_out = busy;
endmodule



module top(clock,uart_rx,uart_tx,led_busy);
    
    // Module arguments
    input wire  clock;
    input wire  uart_rx;
    output reg  uart_tx;
    output reg  led_busy;
    
    // Constant declarations
    localparam  div = 16'h19;
    
    // Stub signals
    reg  rx$clock;
    reg  rx$rx;
    reg  [15:0] rx$div;
    wire  [7:0] rx$data;
    wire  rx$valid;
    wire  rx$frame_error;
    reg  tx$clock;
    reg  [15:0] tx$div;
    reg  [7:0] tx$data;
    reg  tx$valid;
    wire  tx$ready;
    wire  tx$tx;
    reg  soc$clock;
    reg  [7:0] soc$rx_data;
    reg  soc$rx_valid;
    wire  [7:0] soc$tx_data;
    wire  soc$tx_valid;
    reg  soc$tx_ready;
    wire  soc$busy;
    
    // Sub module instances
    top$rx rx(
        .clock(rx$clock),
        .rx(rx$rx),
        .div(rx$div),
        .data(rx$data),
        .valid(rx$valid),
        .frame_error(rx$frame_error)
    );
    top$tx tx(
        .clock(tx$clock),
        .div(tx$div),
        .data(tx$data),
        .valid(tx$valid),
        .ready(tx$ready),
        .tx(tx$tx)
    );
    top$soc soc(
        .clock(soc$clock),
        .rx_data(soc$rx_data),
        .rx_valid(soc$rx_valid),
        .tx_data(soc$tx_data),
        .tx_valid(soc$tx_valid),
        .tx_ready(soc$tx_ready),
        .busy(soc$busy)
    );
    
    // Update code
    always @(*) begin
        rx$clock = clock;
        tx$clock = clock;
        soc$clock = clock;
        rx$div = div;
        tx$div = div;
        rx$rx = uart_rx;
        soc$rx_data = rx$data;
        soc$rx_valid = rx$valid;
        tx$data = soc$tx_data;
        tx$valid = soc$tx_valid;
        soc$tx_ready = tx$ready;
        uart_tx = tx$tx;
        led_busy = soc$busy;
    end
    
endmodule // top


module top$rx(clock,rx,div,data,valid,frame_error);
    
    // Module arguments
    input wire  clock;
    input wire  rx;
    input wire  [15:0] div;
    output reg  [7:0] data;
    output reg  valid;
    output reg  frame_error;
    
    // Stub signals
    reg  sync1$d;
    wire  sync1$q;
    reg  sync1$clock;
    reg  sync2$d;
    wire  sync2$q;
    reg  sync2$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  [15:0] count$d;
    wire  [15:0] count$q;
    reg  count$clock;
    reg  [3:0] nbit$d;
    wire  [3:0] nbit$q;
    reg  nbit$clock;
    reg  [7:0] shift$d;
    wire  [7:0] shift$q;
    reg  shift$clock;
    reg  [7:0] out$d;
    wire  [7:0] out$q;
    reg  out$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  ferr$d;
    wire  ferr$q;
    reg  ferr$clock;
    
    // Sub module instances
    top$rx$sync1 sync1(
        .d(sync1$d),
        .q(sync1$q),
        .clock(sync1$clock)
    );
    top$rx$sync2 sync2(
        .d(sync2$d),
        .q(sync2$q),
        .clock(sync2$clock)
    );
    top$rx$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$rx$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$rx$nbit nbit(
        .d(nbit$d),
        .q(nbit$q),
        .clock(nbit$clock)
    );
    top$rx$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    top$rx$out out(
        .d(out$d),
        .q(out$q),
        .clock(out$clock)
    );
    top$rx$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    top$rx$ferr ferr(
        .d(ferr$d),
        .q(ferr$q),
        .clock(ferr$clock)
    );
    
    // Update code
    always @(*) begin
        sync1$clock = clock;
        sync2$clock = clock;
        state$clock = clock;
        count$clock = clock;
        nbit$clock = clock;
        shift$clock = clock;
        out$clock = clock;
        out_valid$clock = clock;
        ferr$clock = clock;
        sync1$d = sync1$q;
        sync2$d = sync2$q;
        state$d = state$q;
        count$d = count$q;
        nbit$d = nbit$q;
        shift$d = shift$q;
        out$d = out$q;
        out_valid$d = out_valid$q;
        ferr$d = ferr$q;
        sync1$d = ~rx;
        sync2$d = sync1$q;
        out_valid$d = 1'b0;
        ferr$d = 1'b0;
        data = out$q;
        valid = out_valid$q;
        frame_error = ferr$q;
        if (state$q == 32'h0) begin
            if (sync2$q) begin
                state$d = 32'h1;
                count$d = div >> 32'h1;
            end
        end
        else if (state$q == 32'h1) begin
            if (count$q <= 32'h1) begin
                if (sync2$q) begin
                    state$d = 32'h2;
                    count$d = div;
                    nbit$d = 32'h0;
                end
                else begin
                    state$d = 32'h0;
                end
            end
            else begin
                count$d = count$q - 32'h1;
            end
        end
        else if (state$q == 32'h2) begin
            if (count$q <= 32'h1) begin
                count$d = div;
                if (nbit$q == 32'h8) begin
                    if (~sync2$q) begin
                        out$d = shift$q;
                        out_valid$d = 1'b1;
                        state$d = 32'h0;
                    end
                    else begin
                        ferr$d = 1'b1;
                        state$d = 32'h3;
                    end
                end
                else begin
                    shift$d = shift$q >> 32'h1;
                    if (~sync2$q) begin
                        shift$d = (shift$q >> 32'h1) | 32'h80;
                    end
                    nbit$d = nbit$q + 32'h1;
                end
            end
            else begin
                count$d = count$q - 32'h1;
            end
        end
        else begin
            if (~sync2$q) begin
                state$d = 32'h0;
            end
        end
    end
    
endmodule // top$rx


module top$rx$count(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$count


module top$rx$ferr(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ferr


module top$rx$nbit(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$nbit


module top$rx$out(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$out


module top$rx$out_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$out_valid


module top$rx$shift(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$shift


module top$rx$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$state


module top$rx$sync1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$sync1


module top$rx$sync2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$sync2


module top$soc(clock,rx_data,rx_valid,tx_data,tx_valid,tx_ready,busy);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] rx_data;
    input wire  rx_valid;
    output reg  [7:0] tx_data;
    output reg  tx_valid;
    input wire  tx_ready;
    output reg  busy;
    
    // Stub signals
    reg  link$clock;
    reg  [7:0] link$rx_data;
    reg  link$rx_valid;
    wire  [7:0] link$tx_data;
    wire  link$tx_valid;
    reg  link$tx_ready;
    wire  link$c_wr_en;
    wire  [2:0] link$c_wr_region;
    wire  [23:0] link$c_wr_addr;
    wire  [31:0] link$c_wr_data;
    wire  [2:0] link$c_rd_region;
    wire  [23:0] link$c_rd_addr;
    reg  [31:0] link$c_rd_data;
    wire  link$c_start;
    wire  [11:0] link$c_token;
    reg  link$c_busy;
    reg  link$c_fault;
    reg  [11:0] link$c_token_out;
    reg  [15:0] link$c_s_mant;
    reg  [15:0] link$c_s_exp;
    reg  [31:0] link$c_cycles;
    wire  [15:0] link$dropped;
    wire  link$busy;
    reg  core$clock;
    reg  core$wr_en;
    reg  [2:0] core$wr_region;
    reg  [23:0] core$wr_addr;
    reg  [31:0] core$wr_data;
    reg  [2:0] core$rd_region;
    reg  [23:0] core$rd_addr;
    wire  [31:0] core$rd_data;
    reg  core$start;
    reg  [11:0] core$token_in;
    wire  core$busy;
    wire  core$fault;
    wire  [11:0] core$token_out;
    wire  [15:0] core$s_mant;
    wire  [15:0] core$s_exp;
    wire  [31:0] core$cycles;
    
    // Sub module instances
    top$soc$link link(
        .clock(link$clock),
        .rx_data(link$rx_data),
        .rx_valid(link$rx_valid),
        .tx_data(link$tx_data),
        .tx_valid(link$tx_valid),
        .tx_ready(link$tx_ready),
        .c_wr_en(link$c_wr_en),
        .c_wr_region(link$c_wr_region),
        .c_wr_addr(link$c_wr_addr),
        .c_wr_data(link$c_wr_data),
        .c_rd_region(link$c_rd_region),
        .c_rd_addr(link$c_rd_addr),
        .c_rd_data(link$c_rd_data),
        .c_start(link$c_start),
        .c_token(link$c_token),
        .c_busy(link$c_busy),
        .c_fault(link$c_fault),
        .c_token_out(link$c_token_out),
        .c_s_mant(link$c_s_mant),
        .c_s_exp(link$c_s_exp),
        .c_cycles(link$c_cycles),
        .dropped(link$dropped),
        .busy(link$busy)
    );
    top$soc$core core(
        .clock(core$clock),
        .wr_en(core$wr_en),
        .wr_region(core$wr_region),
        .wr_addr(core$wr_addr),
        .wr_data(core$wr_data),
        .rd_region(core$rd_region),
        .rd_addr(core$rd_addr),
        .rd_data(core$rd_data),
        .start(core$start),
        .token_in(core$token_in),
        .busy(core$busy),
        .fault(core$fault),
        .token_out(core$token_out),
        .s_mant(core$s_mant),
        .s_exp(core$s_exp),
        .cycles(core$cycles)
    );
    
    // Update code
    always @(*) begin
        link$clock = clock;
        core$clock = clock;
        link$rx_data = rx_data;
        link$rx_valid = rx_valid;
        tx_data = link$tx_data;
        tx_valid = link$tx_valid;
        link$tx_ready = tx_ready;
        core$wr_en = link$c_wr_en;
        core$wr_region = link$c_wr_region;
        core$wr_addr = link$c_wr_addr;
        core$wr_data = link$c_wr_data;
        core$rd_region = link$c_rd_region;
        core$rd_addr = link$c_rd_addr;
        link$c_rd_data = core$rd_data;
        core$start = link$c_start;
        core$token_in = link$c_token;
        link$c_busy = core$busy;
        link$c_fault = core$fault;
        link$c_token_out = core$token_out;
        link$c_s_mant = core$s_mant;
        link$c_s_exp = core$s_exp;
        link$c_cycles = core$cycles;
        busy = core$busy | link$busy;
    end
    
endmodule // top$soc


module top$soc$core(clock,wr_en,wr_region,wr_addr,wr_data,rd_region,rd_addr,rd_data,start,token_in,busy,fault,token_out,s_mant,s_exp,cycles);
    
    // Module arguments
    input wire  clock;
    input wire  wr_en;
    input wire  [2:0] wr_region;
    input wire  [23:0] wr_addr;
    input wire  [31:0] wr_data;
    input wire  [2:0] rd_region;
    input wire  [23:0] rd_addr;
    output reg  [31:0] rd_data;
    input wire  start;
    input wire  [11:0] token_in;
    output reg  busy;
    output reg  fault;
    output reg  [11:0] token_out;
    output reg  [15:0] s_mant;
    output reg  [15:0] s_exp;
    output reg  [31:0] cycles;
    
    // Constant declarations
    localparam  gshift = 8'h2;
    localparam  gmask = 24'h3;
    localparam  ebshift = 8'h4;
    localparam  ebmask = 13'b1111;
    localparam  lshift = 8'h6;
    localparam  nlanes = 13'b1000000;
    localparam  lanes_m1 = 13'b111111;
    localparam  st_idle = 4'h0;
    localparam  st_fetch = 4'h1;
    localparam  st_decode = 4'h2;
    localparam  st_stream = 4'h3;
    localparam  st_drain = 4'h4;
    localparam  st_recip = 4'h5;
    localparam  st_scread = 4'h6;
    localparam  st_scale = 4'h7;
    localparam  st_mv = 4'h8;
    localparam  st_mvtail = 4'h9;
    localparam  st_arg = 4'ha;
    localparam  st_argtail = 4'hb;
    localparam  st_argdone = 4'hc;
    localparam  drain_wait = 4'h4;
    
    // Stub signals
    reg  [9:0] prog_lo$read_address;
    wire  [31:0] prog_lo$read_data;
    reg  [9:0] prog_lo$write_address;
    reg  [31:0] prog_lo$write_data;
    reg  prog_lo$write_enable;
    reg  prog_lo$clock;
    reg  [9:0] prog_hi$read_address;
    wire  [31:0] prog_hi$read_data;
    reg  [9:0] prog_hi$write_address;
    reg  [31:0] prog_hi$write_data;
    reg  prog_hi$write_enable;
    reg  prog_hi$clock;
    reg  [12:0] bank_a$read_address;
    wire  [15:0] bank_a$read_data;
    reg  [12:0] bank_a$write_address;
    reg  [15:0] bank_a$write_data;
    reg  bank_a$write_enable;
    reg  bank_a$clock;
    reg  [12:0] bank_b$read_address;
    wire  [15:0] bank_b$read_data;
    reg  [12:0] bank_b$write_address;
    reg  [15:0] bank_b$write_data;
    reg  bank_b$write_enable;
    reg  bank_b$clock;
    reg  [11:0] qmem$read_address;
    wire  [7:0] qmem$read_data;
    reg  [11:0] qmem$write_address;
    reg  [7:0] qmem$write_data;
    reg  qmem$write_enable;
    reg  qmem$clock;
    reg  [11:0] accm$read_address;
    wire  [17:0] accm$read_data;
    reg  [11:0] accm$write_address;
    reg  [17:0] accm$write_data;
    reg  accm$write_enable;
    reg  accm$clock;
    reg  [19:0] wmem$0$read_address;
    wire  [31:0] wmem$0$read_data;
    reg  [19:0] wmem$0$write_address;
    reg  [31:0] wmem$0$write_data;
    reg  wmem$0$write_enable;
    reg  wmem$0$clock;
    reg  [19:0] wmem$1$read_address;
    wire  [31:0] wmem$1$read_data;
    reg  [19:0] wmem$1$write_address;
    reg  [31:0] wmem$1$write_data;
    reg  wmem$1$write_enable;
    reg  wmem$1$clock;
    reg  [19:0] wmem$2$read_address;
    wire  [31:0] wmem$2$read_data;
    reg  [19:0] wmem$2$write_address;
    reg  [31:0] wmem$2$write_data;
    reg  wmem$2$write_enable;
    reg  wmem$2$clock;
    reg  [19:0] wmem$3$read_address;
    wire  [31:0] wmem$3$read_data;
    reg  [19:0] wmem$3$write_address;
    reg  [31:0] wmem$3$write_data;
    reg  wmem$3$write_enable;
    reg  wmem$3$clock;
    reg  lanes$0$clock;
    reg  [31:0] lanes$0$trits;
    reg  [7:0] lanes$0$q;
    reg  lanes$0$enable;
    reg  lanes$0$first;
    reg  lanes$0$load;
    reg  lanes$0$shift;
    reg  [17:0] lanes$0$chain_in;
    wire  [17:0] lanes$0$chain_out;
    reg  lanes$1$clock;
    reg  [31:0] lanes$1$trits;
    reg  [7:0] lanes$1$q;
    reg  lanes$1$enable;
    reg  lanes$1$first;
    reg  lanes$1$load;
    reg  lanes$1$shift;
    reg  [17:0] lanes$1$chain_in;
    wire  [17:0] lanes$1$chain_out;
    reg  lanes$2$clock;
    reg  [31:0] lanes$2$trits;
    reg  [7:0] lanes$2$q;
    reg  lanes$2$enable;
    reg  lanes$2$first;
    reg  lanes$2$load;
    reg  lanes$2$shift;
    reg  [17:0] lanes$2$chain_in;
    wire  [17:0] lanes$2$chain_out;
    reg  lanes$3$clock;
    reg  [31:0] lanes$3$trits;
    reg  [7:0] lanes$3$q;
    reg  lanes$3$enable;
    reg  lanes$3$first;
    reg  lanes$3$load;
    reg  lanes$3$shift;
    reg  [17:0] lanes$3$chain_in;
    wire  [17:0] lanes$3$chain_out;
    reg  valu$clock;
    reg  valu$in_valid;
    reg  [3:0] valu$in_op;
    reg  [7:0] valu$in_imm;
    reg  [15:0] valu$in_x;
    reg  [15:0] valu$in_y;
    reg  [17:0] valu$in_acc;
    reg  [12:0] valu$in_dst;
    reg  valu$in_bank;
    reg  valu$clear_ss;
    reg  valu$clear_m;
    reg  [15:0] valu$s_mant;
    reg  [15:0] valu$s_exp;
    reg  [7:0] valu$q_n;
    reg  [15:0] valu$q_r;
    wire  valu$out_valid;
    wire  [15:0] valu$out_data;
    wire  [7:0] valu$out_q;
    wire  [12:0] valu$out_dst;
    wire  valu$out_bank;
    wire  [23:0] valu$ss_lo;
    wire  [23:0] valu$ss_hi;
    wire  [31:0] valu$m;
    reg  scale$clock;
    reg  scale$start;
    reg  [31:0] scale$m;
    reg  [23:0] scale$ss_lo;
    reg  [23:0] scale$ss_hi;
    reg  [15:0] scale$c_mant;
    reg  [15:0] scale$c_exp;
    wire  scale$busy;
    wire  [15:0] scale$s_mant;
    wire  [15:0] scale$s_exp;
    reg  recip$clock;
    reg  recip$start;
    reg  [31:0] recip$m;
    wire  recip$busy;
    wire  [7:0] recip$n;
    wire  [15:0] recip$r;
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [9:0] pc$d;
    wire  [9:0] pc$q;
    reg  pc$clock;
    reg  flt$d;
    wire  flt$q;
    reg  flt$clock;
    reg  [11:0] token$d;
    wire  [11:0] token$q;
    reg  token$clock;
    reg  [31:0] cyc$d;
    wire  [31:0] cyc$q;
    reg  cyc$clock;
    reg  [3:0] i_op$d;
    wire  [3:0] i_op$q;
    reg  i_op$clock;
    reg  i_bank$d;
    wire  i_bank$q;
    reg  i_bank$clock;
    reg  [12:0] i_dst$d;
    wire  [12:0] i_dst$q;
    reg  i_dst$clock;
    reg  [12:0] i_a$d;
    wire  [12:0] i_a$q;
    reg  i_a$clock;
    reg  [12:0] i_b$d;
    wire  [12:0] i_b$q;
    reg  i_b$clock;
    reg  [11:0] i_n$d;
    wire  [11:0] i_n$q;
    reg  i_n$clock;
    reg  [7:0] i_imm$d;
    wire  [7:0] i_imm$q;
    reg  i_imm$clock;
    reg  [12:0] k$d;
    wire  [12:0] k$q;
    reg  k$clock;
    reg  [3:0] cnt$d;
    wire  [3:0] cnt$q;
    reg  cnt$clock;
    reg  v1$d;
    wire  v1$q;
    reg  v1$clock;
    reg  [12:0] k1$d;
    wire  [12:0] k1$q;
    reg  k1$clock;
    reg  [12:0] eb1$d;
    wire  [12:0] eb1$q;
    reg  eb1$clock;
    reg  [19:0] erow$d;
    wire  [19:0] erow$q;
    reg  erow$clock;
    reg  [15:0] c_mant$d;
    wire  [15:0] c_mant$q;
    reg  c_mant$clock;
    reg  [15:0] c_exp$d;
    wire  [15:0] c_exp$q;
    reg  c_exp$clock;
    reg  [19:0] waddr$d;
    wire  [19:0] waddr$q;
    reg  waddr$clock;
    reg  [11:0] kk$d;
    wire  [11:0] kk$q;
    reg  kk$clock;
    reg  [11:0] blk$d;
    wire  [11:0] blk$q;
    reg  blk$clock;
    reg  mv1$d;
    wire  mv1$q;
    reg  mv1$clock;
    reg  first1$d;
    wire  first1$q;
    reg  first1$clock;
    reg  last1$d;
    wire  last1$q;
    reg  last1$clock;
    reg  last2$d;
    wire  last2$q;
    reg  last2$clock;
    reg  draining$d;
    wire  draining$q;
    reg  draining$clock;
    reg  [12:0] dcnt$d;
    wire  [12:0] dcnt$q;
    reg  dcnt$clock;
    reg  [12:0] dbase$d;
    wire  [12:0] dbase$q;
    reg  dbase$clock;
    reg  [12:0] dcur$d;
    wire  [12:0] dcur$q;
    reg  dcur$clock;
    reg  [17:0] best$d;
    wire  [17:0] best$q;
    reg  best$clock;
    reg  [11:0] bidx$d;
    wire  [11:0] bidx$q;
    reg  bidx$clock;
    reg  [2:0] rreg$d;
    wire  [2:0] rreg$q;
    reg  rreg$clock;
    reg  [23:0] rgrp$d;
    wire  [23:0] rgrp$q;
    reg  rgrp$clock;
    
    // Local signals
    reg  idle;
    reg  [12:0] ka;
    reg  [23:0] wsel;
    reg  [19:0] wword;
    reg  [31:0] ebyte_word;
    reg  [7:0] ebyte;
    reg  [15:0] xval;
    reg  [31:0] rowprod;
    reg  [12:0] dwrite;
    reg  [31:0] wdata_mux;
    reg  [23:0] rsh_addr;
    reg  [23:0] wsh_addr;
    reg  [23:0] wgrp;
    reg  [12:0] ksh;
    reg  [12:0] ebg;
    reg  [12:0] rows_up;
    reg  [12:0] nblocks;
    reg  [11:0] rowwords;
    reg  [19:0] wbase_emb;
    
    // Sub module instances
    top$soc$core$prog_lo prog_lo(
        .read_address(prog_lo$read_address),
        .read_data(prog_lo$read_data),
        .write_address(prog_lo$write_address),
        .write_data(prog_lo$write_data),
        .write_enable(prog_lo$write_enable),
        .clock(prog_lo$clock)
    );
    top$soc$core$prog_hi prog_hi(
        .read_address(prog_hi$read_address),
        .read_data(prog_hi$read_data),
        .write_address(prog_hi$write_address),
        .write_data(prog_hi$write_data),
        .write_enable(prog_hi$write_enable),
        .clock(prog_hi$clock)
    );
    top$soc$core$bank_a bank_a(
        .read_address(bank_a$read_address),
        .read_data(bank_a$read_data),
        .write_address(bank_a$write_address),
        .write_data(bank_a$write_data),
        .write_enable(bank_a$write_enable),
        .clock(bank_a$clock)
    );
    top$soc$core$bank_b bank_b(
        .read_address(bank_b$read_address),
        .read_data(bank_b$read_data),
        .write_address(bank_b$write_address),
        .write_data(bank_b$write_data),
        .write_enable(bank_b$write_enable),
        .clock(bank_b$clock)
    );
    top$soc$core$qmem qmem(
        .read_address(qmem$read_address),
        .read_data(qmem$read_data),
        .write_address(qmem$write_address),
        .write_data(qmem$write_data),
        .write_enable(qmem$write_enable),
        .clock(qmem$clock)
    );
    top$soc$core$accm accm(
        .read_address(accm$read_address),
        .read_data(accm$read_data),
        .write_address(accm$write_address),
        .write_data(accm$write_data),
        .write_enable(accm$write_enable),
        .clock(accm$clock)
    );
    top$soc$core$wmem$0 wmem$0(
        .read_address(wmem$0$read_address),
        .read_data(wmem$0$read_data),
        .write_address(wmem$0$write_address),
        .write_data(wmem$0$write_data),
        .write_enable(wmem$0$write_enable),
        .clock(wmem$0$clock)
    );
    top$soc$core$wmem$1 wmem$1(
        .read_address(wmem$1$read_address),
        .read_data(wmem$1$read_data),
        .write_address(wmem$1$write_address),
        .write_data(wmem$1$write_data),
        .write_enable(wmem$1$write_enable),
        .clock(wmem$1$clock)
    );
    top$soc$core$wmem$2 wmem$2(
        .read_address(wmem$2$read_address),
        .read_data(wmem$2$read_data),
        .write_address(wmem$2$write_address),
        .write_data(wmem$2$write_data),
        .write_enable(wmem$2$write_enable),
        .clock(wmem$2$clock)
    );
    top$soc$core$wmem$3 wmem$3(
        .read_address(wmem$3$read_address),
        .read_data(wmem$3$read_data),
        .write_address(wmem$3$write_address),
        .write_data(wmem$3$write_data),
        .write_enable(wmem$3$write_enable),
        .clock(wmem$3$clock)
    );
    top$soc$core$lanes$0 lanes$0(
        .clock(lanes$0$clock),
        .trits(lanes$0$trits),
        .q(lanes$0$q),
        .enable(lanes$0$enable),
        .first(lanes$0$first),
        .load(lanes$0$load),
        .shift(lanes$0$shift),
        .chain_in(lanes$0$chain_in),
        .chain_out(lanes$0$chain_out)
    );
    top$soc$core$lanes$1 lanes$1(
        .clock(lanes$1$clock),
        .trits(lanes$1$trits),
        .q(lanes$1$q),
        .enable(lanes$1$enable),
        .first(lanes$1$first),
        .load(lanes$1$load),
        .shift(lanes$1$shift),
        .chain_in(lanes$1$chain_in),
        .chain_out(lanes$1$chain_out)
    );
    top$soc$core$lanes$2 lanes$2(
        .clock(lanes$2$clock),
        .trits(lanes$2$trits),
        .q(lanes$2$q),
        .enable(lanes$2$enable),
        .first(lanes$2$first),
        .load(lanes$2$load),
        .shift(lanes$2$shift),
        .chain_in(lanes$2$chain_in),
        .chain_out(lanes$2$chain_out)
    );
    top$soc$core$lanes$3 lanes$3(
        .clock(lanes$3$clock),
        .trits(lanes$3$trits),
        .q(lanes$3$q),
        .enable(lanes$3$enable),
        .first(lanes$3$first),
        .load(lanes$3$load),
        .shift(lanes$3$shift),
        .chain_in(lanes$3$chain_in),
        .chain_out(lanes$3$chain_out)
    );
    top$soc$core$valu valu(
        .clock(valu$clock),
        .in_valid(valu$in_valid),
        .in_op(valu$in_op),
        .in_imm(valu$in_imm),
        .in_x(valu$in_x),
        .in_y(valu$in_y),
        .in_acc(valu$in_acc),
        .in_dst(valu$in_dst),
        .in_bank(valu$in_bank),
        .clear_ss(valu$clear_ss),
        .clear_m(valu$clear_m),
        .s_mant(valu$s_mant),
        .s_exp(valu$s_exp),
        .q_n(valu$q_n),
        .q_r(valu$q_r),
        .out_valid(valu$out_valid),
        .out_data(valu$out_data),
        .out_q(valu$out_q),
        .out_dst(valu$out_dst),
        .out_bank(valu$out_bank),
        .ss_lo(valu$ss_lo),
        .ss_hi(valu$ss_hi),
        .m(valu$m)
    );
    top$soc$core$scale scale(
        .clock(scale$clock),
        .start(scale$start),
        .m(scale$m),
        .ss_lo(scale$ss_lo),
        .ss_hi(scale$ss_hi),
        .c_mant(scale$c_mant),
        .c_exp(scale$c_exp),
        .busy(scale$busy),
        .s_mant(scale$s_mant),
        .s_exp(scale$s_exp)
    );
    top$soc$core$recip recip(
        .clock(recip$clock),
        .start(recip$start),
        .m(recip$m),
        .busy(recip$busy),
        .n(recip$n),
        .r(recip$r)
    );
    top$soc$core$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$soc$core$pc pc(
        .d(pc$d),
        .q(pc$q),
        .clock(pc$clock)
    );
    top$soc$core$flt flt(
        .d(flt$d),
        .q(flt$q),
        .clock(flt$clock)
    );
    top$soc$core$token token(
        .d(token$d),
        .q(token$q),
        .clock(token$clock)
    );
    top$soc$core$cyc cyc(
        .d(cyc$d),
        .q(cyc$q),
        .clock(cyc$clock)
    );
    top$soc$core$i_op i_op(
        .d(i_op$d),
        .q(i_op$q),
        .clock(i_op$clock)
    );
    top$soc$core$i_bank i_bank(
        .d(i_bank$d),
        .q(i_bank$q),
        .clock(i_bank$clock)
    );
    top$soc$core$i_dst i_dst(
        .d(i_dst$d),
        .q(i_dst$q),
        .clock(i_dst$clock)
    );
    top$soc$core$i_a i_a(
        .d(i_a$d),
        .q(i_a$q),
        .clock(i_a$clock)
    );
    top$soc$core$i_b i_b(
        .d(i_b$d),
        .q(i_b$q),
        .clock(i_b$clock)
    );
    top$soc$core$i_n i_n(
        .d(i_n$d),
        .q(i_n$q),
        .clock(i_n$clock)
    );
    top$soc$core$i_imm i_imm(
        .d(i_imm$d),
        .q(i_imm$q),
        .clock(i_imm$clock)
    );
    top$soc$core$k k(
        .d(k$d),
        .q(k$q),
        .clock(k$clock)
    );
    top$soc$core$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    top$soc$core$v1 v1(
        .d(v1$d),
        .q(v1$q),
        .clock(v1$clock)
    );
    top$soc$core$k1 k1(
        .d(k1$d),
        .q(k1$q),
        .clock(k1$clock)
    );
    top$soc$core$eb1 eb1(
        .d(eb1$d),
        .q(eb1$q),
        .clock(eb1$clock)
    );
    top$soc$core$erow erow(
        .d(erow$d),
        .q(erow$q),
        .clock(erow$clock)
    );
    top$soc$core$c_mant c_mant(
        .d(c_mant$d),
        .q(c_mant$q),
        .clock(c_mant$clock)
    );
    top$soc$core$c_exp c_exp(
        .d(c_exp$d),
        .q(c_exp$q),
        .clock(c_exp$clock)
    );
    top$soc$core$waddr waddr(
        .d(waddr$d),
        .q(waddr$q),
        .clock(waddr$clock)
    );
    top$soc$core$kk kk(
        .d(kk$d),
        .q(kk$q),
        .clock(kk$clock)
    );
    top$soc$core$blk blk(
        .d(blk$d),
        .q(blk$q),
        .clock(blk$clock)
    );
    top$soc$core$mv1 mv1(
        .d(mv1$d),
        .q(mv1$q),
        .clock(mv1$clock)
    );
    top$soc$core$first1 first1(
        .d(first1$d),
        .q(first1$q),
        .clock(first1$clock)
    );
    top$soc$core$last1 last1(
        .d(last1$d),
        .q(last1$q),
        .clock(last1$clock)
    );
    top$soc$core$last2 last2(
        .d(last2$d),
        .q(last2$q),
        .clock(last2$clock)
    );
    top$soc$core$draining draining(
        .d(draining$d),
        .q(draining$q),
        .clock(draining$clock)
    );
    top$soc$core$dcnt dcnt(
        .d(dcnt$d),
        .q(dcnt$q),
        .clock(dcnt$clock)
    );
    top$soc$core$dbase dbase(
        .d(dbase$d),
        .q(dbase$q),
        .clock(dbase$clock)
    );
    top$soc$core$dcur dcur(
        .d(dcur$d),
        .q(dcur$q),
        .clock(dcur$clock)
    );
    top$soc$core$best best(
        .d(best$d),
        .q(best$q),
        .clock(best$clock)
    );
    top$soc$core$bidx bidx(
        .d(bidx$d),
        .q(bidx$q),
        .clock(bidx$clock)
    );
    top$soc$core$rreg rreg(
        .d(rreg$d),
        .q(rreg$q),
        .clock(rreg$clock)
    );
    top$soc$core$rgrp rgrp(
        .d(rgrp$d),
        .q(rgrp$q),
        .clock(rgrp$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        pc$clock = clock;
        flt$clock = clock;
        token$clock = clock;
        cyc$clock = clock;
        i_op$clock = clock;
        i_bank$clock = clock;
        i_dst$clock = clock;
        i_a$clock = clock;
        i_b$clock = clock;
        i_n$clock = clock;
        i_imm$clock = clock;
        k$clock = clock;
        cnt$clock = clock;
        v1$clock = clock;
        k1$clock = clock;
        eb1$clock = clock;
        erow$clock = clock;
        c_mant$clock = clock;
        c_exp$clock = clock;
        waddr$clock = clock;
        kk$clock = clock;
        blk$clock = clock;
        mv1$clock = clock;
        first1$clock = clock;
        last1$clock = clock;
        last2$clock = clock;
        draining$clock = clock;
        dcnt$clock = clock;
        dbase$clock = clock;
        dcur$clock = clock;
        best$clock = clock;
        bidx$clock = clock;
        rreg$clock = clock;
        rgrp$clock = clock;
        state$d = state$q;
        pc$d = pc$q;
        flt$d = flt$q;
        token$d = token$q;
        cyc$d = cyc$q;
        i_op$d = i_op$q;
        i_bank$d = i_bank$q;
        i_dst$d = i_dst$q;
        i_a$d = i_a$q;
        i_b$d = i_b$q;
        i_n$d = i_n$q;
        i_imm$d = i_imm$q;
        k$d = k$q;
        cnt$d = cnt$q;
        v1$d = v1$q;
        k1$d = k1$q;
        eb1$d = eb1$q;
        erow$d = erow$q;
        c_mant$d = c_mant$q;
        c_exp$d = c_exp$q;
        waddr$d = waddr$q;
        kk$d = kk$q;
        blk$d = blk$q;
        mv1$d = mv1$q;
        first1$d = first1$q;
        last1$d = last1$q;
        last2$d = last2$q;
        draining$d = draining$q;
        dcnt$d = dcnt$q;
        dbase$d = dbase$q;
        dcur$d = dcur$q;
        best$d = best$q;
        bidx$d = bidx$q;
        rreg$d = rreg$q;
        rgrp$d = rgrp$q;
        prog_lo$clock = clock;
        prog_hi$clock = clock;
        bank_a$clock = clock;
        bank_b$clock = clock;
        qmem$clock = clock;
        accm$clock = clock;
        valu$clock = clock;
        scale$clock = clock;
        recip$clock = clock;
        wmem$0$clock = clock;
        lanes$0$clock = clock;
        wmem$1$clock = clock;
        lanes$1$clock = clock;
        wmem$2$clock = clock;
        lanes$2$clock = clock;
        wmem$3$clock = clock;
        lanes$3$clock = clock;
        idle = state$q == st_idle;
        busy = ~idle;
        fault = flt$q;
        token_out = token$q;
        s_mant = scale$s_mant;
        s_exp = scale$s_exp;
        cycles = cyc$q;
        if (~idle) begin
            cyc$d = cyc$q + 32'h1;
        end
        wsel = rd_addr & gmask;
        prog_lo$read_address = rd_addr[(32'h0)+:(10)];
        prog_hi$read_address = rd_addr[(32'h0)+:(10)];
        bank_a$read_address = rd_addr[(32'h0)+:(13)];
        bank_b$read_address = rd_addr[(32'h0)+:(13)];
        qmem$read_address = rd_addr[(32'h0)+:(12)];
        accm$read_address = rd_addr[(32'h0)+:(12)];
        rsh_addr = rd_addr >> gshift;
        wsh_addr = wr_addr >> gshift;
        wgrp = wr_addr & gmask;
        ksh = k$q >> ebshift;
        ebg = eb1$q >> 32'h2;
        rows_up = i_b$q + lanes_m1;
        nblocks = rows_up >> lshift;
        rowwords = i_n$q >> ebshift;
        wbase_emb = ((i_dst$q) & 20'hfffff) | (((i_a$q) & 20'hfffff) << 32'hd);
        wword = rsh_addr[(32'h0)+:(20)];
        wmem$0$read_address = wword;
        wmem$0$write_address = wsh_addr[(32'h0)+:(20)];
        wmem$0$write_data = wr_data;
        wmem$0$write_enable = 1'b0;
        if (idle & wr_en & (wr_region == 32'h4) & (wgrp == 0)) begin
            wmem$0$write_enable = 1'b1;
        end
        wmem$1$read_address = wword;
        wmem$1$write_address = wsh_addr[(32'h0)+:(20)];
        wmem$1$write_data = wr_data;
        wmem$1$write_enable = 1'b0;
        if (idle & wr_en & (wr_region == 32'h4) & (wgrp == 1)) begin
            wmem$1$write_enable = 1'b1;
        end
        wmem$2$read_address = wword;
        wmem$2$write_address = wsh_addr[(32'h0)+:(20)];
        wmem$2$write_data = wr_data;
        wmem$2$write_enable = 1'b0;
        if (idle & wr_en & (wr_region == 32'h4) & (wgrp == 2)) begin
            wmem$2$write_enable = 1'b1;
        end
        wmem$3$read_address = wword;
        wmem$3$write_address = wsh_addr[(32'h0)+:(20)];
        wmem$3$write_data = wr_data;
        wmem$3$write_enable = 1'b0;
        if (idle & wr_en & (wr_region == 32'h4) & (wgrp == 3)) begin
            wmem$3$write_enable = 1'b1;
        end
        rreg$d = rd_region;
        rgrp$d = wsel;
        prog_lo$write_address = wr_addr[(32'h0)+:(10)];
        prog_lo$write_data = wr_data;
        prog_lo$write_enable = idle & wr_en & (wr_region == 32'h0);
        prog_hi$write_address = wr_addr[(32'h0)+:(10)];
        prog_hi$write_data = wr_data;
        prog_hi$write_enable = idle & wr_en & (wr_region == 32'h1);
        bank_a$write_address = wr_addr[(32'h0)+:(13)];
        bank_a$write_data = wr_data[(32'h0)+:(16)];
        bank_a$write_enable = idle & wr_en & (wr_region == 32'h2);
        bank_b$write_address = wr_addr[(32'h0)+:(13)];
        bank_b$write_data = wr_data[(32'h0)+:(16)];
        bank_b$write_enable = idle & wr_en & (wr_region == 32'h3);
        qmem$write_address = 32'h0;
        qmem$write_data = 32'h0;
        qmem$write_enable = 1'b0;
        accm$write_address = 32'h0;
        accm$write_data = 32'h0;
        accm$write_enable = 1'b0;
        wdata_mux = 32'h0;
        if (rgrp$q == 0) begin
            wdata_mux = wmem$0$read_data;
        end
        if (rgrp$q == 1) begin
            wdata_mux = wmem$1$read_data;
        end
        if (rgrp$q == 2) begin
            wdata_mux = wmem$2$read_data;
        end
        if (rgrp$q == 3) begin
            wdata_mux = wmem$3$read_data;
        end
        rd_data = 32'h0;
        if (rreg$q == 32'h0) begin
            rd_data = prog_lo$read_data;
        end
        if (rreg$q == 32'h1) begin
            rd_data = prog_hi$read_data;
        end
        if (rreg$q == 32'h2) begin
            rd_data = ((bank_a$read_data) & 32'hffffffff);
        end
        if (rreg$q == 32'h3) begin
            rd_data = ((bank_b$read_data) & 32'hffffffff);
        end
        if (rreg$q == 32'h4) begin
            rd_data = wdata_mux;
        end
        if (rreg$q == 32'h5) begin
            rd_data = ((qmem$read_data) & 32'hffffffff);
        end
        if (rreg$q == 32'h6) begin
            rd_data = ((accm$read_data) & 32'hffffffff);
        end
        ebyte_word = 32'h0;
        if (ebg == 0) begin
            ebyte_word = wmem$0$read_data;
        end
        if (ebg == 1) begin
            ebyte_word = wmem$1$read_data;
        end
        if (ebg == 2) begin
            ebyte_word = wmem$2$read_data;
        end
        if (ebg == 3) begin
            ebyte_word = wmem$3$read_data;
        end
        ebyte = ebyte_word[(32'h0)+:(8)];
        if (eb1$q[(32'h0)+:(2)] == 32'h1) begin
            ebyte = ebyte_word[(32'h8)+:(8)];
        end
        if (eb1$q[(32'h0)+:(2)] == 32'h2) begin
            ebyte = ebyte_word[(32'h10)+:(8)];
        end
        if (eb1$q[(32'h0)+:(2)] == 32'h3) begin
            ebyte = ebyte_word[(32'h18)+:(8)];
        end
        xval = bank_a$read_data;
        if (i_op$q == 32'hd) begin
            xval = ((ebyte) & 16'hffff);
            if (ebyte[32'h7]) begin
                xval = ((ebyte) & 16'hffff) | 32'hff00;
            end
        end
        valu$in_valid = v1$q;
        valu$in_op = i_op$q;
        valu$in_imm = i_imm$q;
        valu$in_x = xval;
        valu$in_y = bank_b$read_data;
        valu$in_acc = accm$read_data;
        valu$in_dst = i_dst$q + k1$q;
        if ((i_op$q == 32'h8) | (i_op$q == 32'hd)) begin
            valu$in_dst = k1$q;
        end
        valu$in_bank = i_bank$q;
        valu$clear_ss = 1'b0;
        valu$clear_m = 1'b0;
        valu$s_mant = scale$s_mant;
        valu$s_exp = scale$s_exp;
        valu$q_n = recip$n;
        valu$q_r = recip$r;
        if (valu$out_valid) begin
            if (i_op$q == 32'h8) begin
                qmem$write_address = valu$out_dst[(32'h0)+:(12)];
                qmem$write_data = valu$out_q;
                qmem$write_enable = 1'b1;
            end
            else if ((i_op$q != 32'h6) & (i_op$q != 32'h7)) begin
                if (valu$out_bank) begin
                    bank_b$write_address = valu$out_dst;
                    bank_b$write_data = valu$out_data;
                    bank_b$write_enable = 1'b1;
                end
                else begin
                    bank_a$write_address = valu$out_dst;
                    bank_a$write_data = valu$out_data;
                    bank_a$write_enable = 1'b1;
                end
            end
        end
        scale$start = 1'b0;
        scale$m = valu$m;
        scale$ss_lo = valu$ss_lo;
        scale$ss_hi = valu$ss_hi;
        scale$c_mant = c_mant$q;
        scale$c_exp = c_exp$q;
        recip$start = 1'b0;
        recip$m = valu$m;
        lanes$0$trits = wmem$0$read_data;
        lanes$0$q = qmem$read_data;
        lanes$0$enable = mv1$q;
        lanes$0$first = first1$q;
        lanes$0$load = last2$q;
        lanes$0$shift = draining$q;
        lanes$0$chain_in = 32'h0;
        lanes$1$trits = wmem$1$read_data;
        lanes$1$q = qmem$read_data;
        lanes$1$enable = mv1$q;
        lanes$1$first = first1$q;
        lanes$1$load = last2$q;
        lanes$1$shift = draining$q;
        lanes$1$chain_in = 32'h0;
        lanes$2$trits = wmem$2$read_data;
        lanes$2$q = qmem$read_data;
        lanes$2$enable = mv1$q;
        lanes$2$first = first1$q;
        lanes$2$load = last2$q;
        lanes$2$shift = draining$q;
        lanes$2$chain_in = 32'h0;
        lanes$3$trits = wmem$3$read_data;
        lanes$3$q = qmem$read_data;
        lanes$3$enable = mv1$q;
        lanes$3$first = first1$q;
        lanes$3$load = last2$q;
        lanes$3$shift = draining$q;
        lanes$3$chain_in = 32'h0;
        lanes$0$chain_in = lanes$1$chain_out;
        lanes$1$chain_in = lanes$2$chain_out;
        lanes$2$chain_in = lanes$3$chain_out;
        last2$d = last1$q;
        dwrite = dcur$q + dcnt$q;
        if (draining$q) begin
            accm$write_address = dwrite[(32'h0)+:(12)];
            accm$write_data = lanes$0$chain_out;
            accm$write_enable = dwrite < i_b$q;
            dcnt$d = dcnt$q + 32'h1;
            if (dcnt$q == lanes_m1) begin
                draining$d = 1'b0;
            end
        end
        if (last2$q) begin
            draining$d = 1'b1;
            dcnt$d = 32'h0;
            dcur$d = dbase$q;
            dbase$d = dbase$q + nlanes;
        end
        v1$d = 1'b0;
        mv1$d = 1'b0;
        first1$d = 1'b0;
        last1$d = 1'b0;
        ka = i_a$q + k$q;
        rowprod = ((token$q) & 16'hffff) * ((rowwords) & 16'hffff);
        if (state$q == st_idle) begin
            if (start) begin
                token$d = token_in;
                pc$d = 32'h0;
                cyc$d = 32'h0;
                flt$d = 1'b0;
                state$d = st_fetch;
            end
        end
        else if (state$q == st_fetch) begin
            prog_lo$read_address = pc$q;
            prog_hi$read_address = pc$q;
            state$d = st_decode;
        end
        else if (state$q == st_decode) begin
            i_op$d = prog_lo$read_data[(32'h0)+:(4)];
            i_bank$d = prog_lo$read_data[32'h4];
            i_dst$d = prog_lo$read_data[(32'h5)+:(13)];
            i_a$d = prog_lo$read_data[(32'h12)+:(13)];
            i_b$d = ((prog_lo$read_data[(32'h1f)+:(1)]) & 13'h1fff) | (((prog_hi$read_data[(32'h0)+:(12)]) & 13'h1fff) << 32'h1);
            i_n$d = prog_hi$read_data[(32'hc)+:(12)];
            i_imm$d = prog_hi$read_data[(32'h18)+:(8)];
            pc$d = pc$q + 32'h1;
            k$d = 32'h0;
            cnt$d = 32'h0;
            state$d = st_stream;
            if (prog_lo$read_data[(32'h0)+:(4)] == 32'h0) begin
                state$d = st_idle;
            end
            if (prog_lo$read_data[(32'h0)+:(4)] == 32'hf) begin
                flt$d = 1'b1;
                state$d = st_idle;
            end
            if (prog_lo$read_data[(32'h0)+:(4)] == 32'h6) begin
                valu$clear_ss = 1'b1;
            end
            if (prog_lo$read_data[(32'h0)+:(4)] == 32'h7) begin
                valu$clear_m = 1'b1;
            end
            if (prog_lo$read_data[(32'h0)+:(4)] == 32'ha) begin
                state$d = st_scread;
            end
            if (prog_lo$read_data[(32'h0)+:(4)] == 32'he) begin
                state$d = st_arg;
            end
            if (prog_lo$read_data[(32'h0)+:(4)] == 32'h9) begin
                state$d = st_mv;
                waddr$d = ((prog_lo$read_data[(32'h5)+:(13)]) & 20'hfffff) | (((prog_lo$read_data[(32'h12)+:(13)]) & 20'hfffff) << 32'hd);
                kk$d = 32'h0;
                blk$d = 32'h0;
                dbase$d = 32'h0;
            end
        end
        else if (state$q == st_stream) begin
            bank_a$read_address = ka;
            if (i_op$q == 32'hc) begin
                bank_a$read_address = i_b$q + k$q;
            end
            bank_b$read_address = i_b$q + k$q;
            accm$read_address = ka[(32'h0)+:(12)];
            erow$d = rowprod[(32'h0)+:(20)];
            if (i_op$q == 32'hd) begin
                bank_b$read_address = i_b$q + ((token$q) & 13'h1fff);
                wmem$0$read_address = wbase_emb + rowprod[(32'h0)+:(20)] + ((ksh) & 20'hfffff);
                wmem$1$read_address = wbase_emb + rowprod[(32'h0)+:(20)] + ((ksh) & 20'hfffff);
                wmem$2$read_address = wbase_emb + rowprod[(32'h0)+:(20)] + ((ksh) & 20'hfffff);
                wmem$3$read_address = wbase_emb + rowprod[(32'h0)+:(20)] + ((ksh) & 20'hfffff);
            end
            eb1$d = k$q & ebmask;
            v1$d = ((i_n$q) & 13'h1fff) != 32'h0;
            k1$d = k$q;
            k$d = k$q + 32'h1;
            if ((k$q + 32'h1) >= ((i_n$q) & 13'h1fff)) begin
                state$d = st_drain;
            end
        end
        else if (state$q == st_drain) begin
            cnt$d = cnt$q + 32'h1;
            if (cnt$q == drain_wait) begin
                state$d = st_fetch;
                if (i_op$q == 32'h7) begin
                    recip$start = 1'b1;
                    state$d = st_recip;
                end
            end
        end
        else if (state$q == st_recip) begin
            if (~recip$busy) begin
                state$d = st_fetch;
            end
        end
        else if (state$q == st_scread) begin
            bank_b$read_address = i_b$q + ((cnt$q) & 13'h1fff);
            cnt$d = cnt$q + 32'h1;
            if (cnt$q == 32'h1) begin
                c_mant$d = bank_b$read_data;
            end
            if (cnt$q == 32'h2) begin
                c_exp$d = bank_b$read_data;
                state$d = st_scale;
            end
        end
        else if (state$q == st_scale) begin
            if (cnt$q == 32'h3) begin
                scale$start = 1'b1;
                cnt$d = 32'h4;
            end
            else if (~scale$busy) begin
                state$d = st_fetch;
            end
        end
        else if (state$q == st_mv) begin
            wmem$0$read_address = waddr$q;
            wmem$1$read_address = waddr$q;
            wmem$2$read_address = waddr$q;
            wmem$3$read_address = waddr$q;
            qmem$read_address = kk$q;
            mv1$d = 1'b1;
            first1$d = kk$q == 32'h0;
            waddr$d = waddr$q + 32'h1;
            kk$d = kk$q + 32'h1;
            if ((kk$q + 32'h1) == i_n$q) begin
                last1$d = 1'b1;
                kk$d = 32'h0;
                blk$d = blk$q + 32'h1;
                if (((nblocks) & 12'hfff) == (blk$q + 32'h1)) begin
                    state$d = st_mvtail;
                end
            end
        end
        else if (state$q == st_mvtail) begin
            cnt$d = cnt$q + 32'h1;
            if (cnt$q == 32'hf) begin
                cnt$d = 32'hf;
            end
            if ((cnt$q >= 32'h3) & ~draining$q & ~last2$q & ~last1$q) begin
                state$d = st_fetch;
            end
        end
        else if (state$q == st_arg) begin
            accm$read_address = k$q[(32'h0)+:(12)];
            v1$d = 1'b1;
            k1$d = k$q;
            k$d = k$q + 32'h1;
            if ((k$q + 32'h1) >= ((i_n$q) & 13'h1fff)) begin
                state$d = st_argtail;
            end
        end
        else if (state$q == st_argtail) begin
            state$d = st_argdone;
        end
        else if (state$q == st_argdone) begin
            token$d = bidx$q;
            state$d = st_fetch;
        end
        if (v1$q & (i_op$q == 32'he)) begin
            if ((k1$q == 32'h0) | ((accm$read_data ^ 32'h20000) > (best$q ^ 32'h20000))) begin
                best$d = accm$read_data;
                bidx$d = k1$q[(32'h0)+:(12)];
            end
            valu$in_valid = 1'b0;
        end
    end
    
endmodule // top$soc$core


module top$soc$core$accm(read_address,read_data,write_address,write_data,write_enable,clock);
    
    // Module arguments
    input wire  [11:0] read_address;
    output reg  [17:0] read_data;
    input wire  [11:0] write_address;
    input wire  [17:0] write_data;
    input wire  write_enable;
    input wire  clock;
    
    // Update code (custom)
    reg [17:0] mem [0:511];
    integer i;
    initial begin
      for (i = 0; i <= 511; i = i + 1) mem[i] = 0;
      read_data = 0;
    end
    always @(posedge clock) begin
      if (read_address <= 511) read_data <= mem[read_address]; else read_data <= 0;
      if (write_enable && write_address <= 511) mem[write_address] <= write_data;
    end
endmodule // top$soc$core$accm


module top$soc$core$bank_a(read_address,read_data,write_address,write_data,write_enable,clock);
    
    // Module arguments
    input wire  [12:0] read_address;
    output reg  [15:0] read_data;
    input wire  [12:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    input wire  clock;
    
    // Update code (custom)
    reg [15:0] mem [0:1919];
    integer i;
    initial begin
      for (i = 0; i <= 1919; i = i + 1) mem[i] = 0;
      read_data = 0;
    end
    always @(posedge clock) begin
      if (read_address <= 1919) read_data <= mem[read_address]; else read_data <= 0;
      if (write_enable && write_address <= 1919) mem[write_address] <= write_data;
    end
endmodule // top$soc$core$bank_a


module top$soc$core$bank_b(read_address,read_data,write_address,write_data,write_enable,clock);
    
    // Module arguments
    input wire  [12:0] read_address;
    output reg  [15:0] read_data;
    input wire  [12:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    input wire  clock;
    
    // Update code (custom)
    reg [15:0] mem [0:4485];
    integer i;
    initial begin
      for (i = 0; i <= 4485; i = i + 1) mem[i] = 0;
      read_data = 0;
    end
    always @(posedge clock) begin
      if (read_address <= 4485) read_data <= mem[read_address]; else read_data <= 0;
      if (write_enable && write_address <= 4485) mem[write_address] <= write_data;
    end
endmodule // top$soc$core$bank_b


module top$soc$core$best(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$best


module top$soc$core$bidx(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$bidx


module top$soc$core$blk(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$blk


module top$soc$core$c_exp(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$c_exp


module top$soc$core$c_mant(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$c_mant


module top$soc$core$cnt(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$cnt


module top$soc$core$cyc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$cyc


module top$soc$core$dbase(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$dbase


module top$soc$core$dcnt(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$dcnt


module top$soc$core$dcur(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$dcur


module top$soc$core$draining(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$draining


module top$soc$core$eb1(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$eb1


module top$soc$core$erow(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$erow


module top$soc$core$first1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$first1


module top$soc$core$flt(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$flt


module top$soc$core$i_a(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$i_a


module top$soc$core$i_b(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$i_b


module top$soc$core$i_bank(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$i_bank


module top$soc$core$i_dst(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$i_dst


module top$soc$core$i_imm(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$i_imm


module top$soc$core$i_n(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$i_n


module top$soc$core$i_op(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$i_op


module top$soc$core$k(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$k


module top$soc$core$k1(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$k1


module top$soc$core$kk(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$kk


module top$soc$core$lanes$0(clock,trits,q,enable,first,load,shift,chain_in,chain_out);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] trits;
    input wire  [7:0] q;
    input wire  enable;
    input wire  first;
    input wire  load;
    input wire  shift;
    input wire  [17:0] chain_in;
    output reg  [17:0] chain_out;
    
    // Stub signals
    reg  [17:0] acc$0$d;
    wire  [17:0] acc$0$q;
    reg  acc$0$clock;
    reg  [17:0] acc$1$d;
    wire  [17:0] acc$1$q;
    reg  acc$1$clock;
    reg  [17:0] acc$2$d;
    wire  [17:0] acc$2$q;
    reg  acc$2$clock;
    reg  [17:0] acc$3$d;
    wire  [17:0] acc$3$q;
    reg  acc$3$clock;
    reg  [17:0] acc$4$d;
    wire  [17:0] acc$4$q;
    reg  acc$4$clock;
    reg  [17:0] acc$5$d;
    wire  [17:0] acc$5$q;
    reg  acc$5$clock;
    reg  [17:0] acc$6$d;
    wire  [17:0] acc$6$q;
    reg  acc$6$clock;
    reg  [17:0] acc$7$d;
    wire  [17:0] acc$7$q;
    reg  acc$7$clock;
    reg  [17:0] acc$8$d;
    wire  [17:0] acc$8$q;
    reg  acc$8$clock;
    reg  [17:0] acc$9$d;
    wire  [17:0] acc$9$q;
    reg  acc$9$clock;
    reg  [17:0] acc$10$d;
    wire  [17:0] acc$10$q;
    reg  acc$10$clock;
    reg  [17:0] acc$11$d;
    wire  [17:0] acc$11$q;
    reg  acc$11$clock;
    reg  [17:0] acc$12$d;
    wire  [17:0] acc$12$q;
    reg  acc$12$clock;
    reg  [17:0] acc$13$d;
    wire  [17:0] acc$13$q;
    reg  acc$13$clock;
    reg  [17:0] acc$14$d;
    wire  [17:0] acc$14$q;
    reg  acc$14$clock;
    reg  [17:0] acc$15$d;
    wire  [17:0] acc$15$q;
    reg  acc$15$clock;
    reg  [17:0] drain$0$d;
    wire  [17:0] drain$0$q;
    reg  drain$0$clock;
    reg  [17:0] drain$1$d;
    wire  [17:0] drain$1$q;
    reg  drain$1$clock;
    reg  [17:0] drain$2$d;
    wire  [17:0] drain$2$q;
    reg  drain$2$clock;
    reg  [17:0] drain$3$d;
    wire  [17:0] drain$3$q;
    reg  drain$3$clock;
    reg  [17:0] drain$4$d;
    wire  [17:0] drain$4$q;
    reg  drain$4$clock;
    reg  [17:0] drain$5$d;
    wire  [17:0] drain$5$q;
    reg  drain$5$clock;
    reg  [17:0] drain$6$d;
    wire  [17:0] drain$6$q;
    reg  drain$6$clock;
    reg  [17:0] drain$7$d;
    wire  [17:0] drain$7$q;
    reg  drain$7$clock;
    reg  [17:0] drain$8$d;
    wire  [17:0] drain$8$q;
    reg  drain$8$clock;
    reg  [17:0] drain$9$d;
    wire  [17:0] drain$9$q;
    reg  drain$9$clock;
    reg  [17:0] drain$10$d;
    wire  [17:0] drain$10$q;
    reg  drain$10$clock;
    reg  [17:0] drain$11$d;
    wire  [17:0] drain$11$q;
    reg  drain$11$clock;
    reg  [17:0] drain$12$d;
    wire  [17:0] drain$12$q;
    reg  drain$12$clock;
    reg  [17:0] drain$13$d;
    wire  [17:0] drain$13$q;
    reg  drain$13$clock;
    reg  [17:0] drain$14$d;
    wire  [17:0] drain$14$q;
    reg  drain$14$clock;
    reg  [17:0] drain$15$d;
    wire  [17:0] drain$15$q;
    reg  drain$15$clock;
    
    // Local signals
    reg  [17:0] qpos;
    reg  [17:0] qneg;
    reg  [17:0] base$0;
    reg  [17:0] base$1;
    reg  [17:0] base$2;
    reg  [17:0] base$3;
    reg  [17:0] base$4;
    reg  [17:0] base$5;
    reg  [17:0] base$6;
    reg  [17:0] base$7;
    reg  [17:0] base$8;
    reg  [17:0] base$9;
    reg  [17:0] base$10;
    reg  [17:0] base$11;
    reg  [17:0] base$12;
    reg  [17:0] base$13;
    reg  [17:0] base$14;
    reg  [17:0] base$15;
    reg  [17:0] opnd$0;
    reg  [17:0] opnd$1;
    reg  [17:0] opnd$2;
    reg  [17:0] opnd$3;
    reg  [17:0] opnd$4;
    reg  [17:0] opnd$5;
    reg  [17:0] opnd$6;
    reg  [17:0] opnd$7;
    reg  [17:0] opnd$8;
    reg  [17:0] opnd$9;
    reg  [17:0] opnd$10;
    reg  [17:0] opnd$11;
    reg  [17:0] opnd$12;
    reg  [17:0] opnd$13;
    reg  [17:0] opnd$14;
    reg  [17:0] opnd$15;
    
    // Sub module instances
    top$soc$core$lanes$0$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    top$soc$core$lanes$0$acc$1 acc$1(
        .d(acc$1$d),
        .q(acc$1$q),
        .clock(acc$1$clock)
    );
    top$soc$core$lanes$0$acc$2 acc$2(
        .d(acc$2$d),
        .q(acc$2$q),
        .clock(acc$2$clock)
    );
    top$soc$core$lanes$0$acc$3 acc$3(
        .d(acc$3$d),
        .q(acc$3$q),
        .clock(acc$3$clock)
    );
    top$soc$core$lanes$0$acc$4 acc$4(
        .d(acc$4$d),
        .q(acc$4$q),
        .clock(acc$4$clock)
    );
    top$soc$core$lanes$0$acc$5 acc$5(
        .d(acc$5$d),
        .q(acc$5$q),
        .clock(acc$5$clock)
    );
    top$soc$core$lanes$0$acc$6 acc$6(
        .d(acc$6$d),
        .q(acc$6$q),
        .clock(acc$6$clock)
    );
    top$soc$core$lanes$0$acc$7 acc$7(
        .d(acc$7$d),
        .q(acc$7$q),
        .clock(acc$7$clock)
    );
    top$soc$core$lanes$0$acc$8 acc$8(
        .d(acc$8$d),
        .q(acc$8$q),
        .clock(acc$8$clock)
    );
    top$soc$core$lanes$0$acc$9 acc$9(
        .d(acc$9$d),
        .q(acc$9$q),
        .clock(acc$9$clock)
    );
    top$soc$core$lanes$0$acc$10 acc$10(
        .d(acc$10$d),
        .q(acc$10$q),
        .clock(acc$10$clock)
    );
    top$soc$core$lanes$0$acc$11 acc$11(
        .d(acc$11$d),
        .q(acc$11$q),
        .clock(acc$11$clock)
    );
    top$soc$core$lanes$0$acc$12 acc$12(
        .d(acc$12$d),
        .q(acc$12$q),
        .clock(acc$12$clock)
    );
    top$soc$core$lanes$0$acc$13 acc$13(
        .d(acc$13$d),
        .q(acc$13$q),
        .clock(acc$13$clock)
    );
    top$soc$core$lanes$0$acc$14 acc$14(
        .d(acc$14$d),
        .q(acc$14$q),
        .clock(acc$14$clock)
    );
    top$soc$core$lanes$0$acc$15 acc$15(
        .d(acc$15$d),
        .q(acc$15$q),
        .clock(acc$15$clock)
    );
    top$soc$core$lanes$0$drain$0 drain$0(
        .d(drain$0$d),
        .q(drain$0$q),
        .clock(drain$0$clock)
    );
    top$soc$core$lanes$0$drain$1 drain$1(
        .d(drain$1$d),
        .q(drain$1$q),
        .clock(drain$1$clock)
    );
    top$soc$core$lanes$0$drain$2 drain$2(
        .d(drain$2$d),
        .q(drain$2$q),
        .clock(drain$2$clock)
    );
    top$soc$core$lanes$0$drain$3 drain$3(
        .d(drain$3$d),
        .q(drain$3$q),
        .clock(drain$3$clock)
    );
    top$soc$core$lanes$0$drain$4 drain$4(
        .d(drain$4$d),
        .q(drain$4$q),
        .clock(drain$4$clock)
    );
    top$soc$core$lanes$0$drain$5 drain$5(
        .d(drain$5$d),
        .q(drain$5$q),
        .clock(drain$5$clock)
    );
    top$soc$core$lanes$0$drain$6 drain$6(
        .d(drain$6$d),
        .q(drain$6$q),
        .clock(drain$6$clock)
    );
    top$soc$core$lanes$0$drain$7 drain$7(
        .d(drain$7$d),
        .q(drain$7$q),
        .clock(drain$7$clock)
    );
    top$soc$core$lanes$0$drain$8 drain$8(
        .d(drain$8$d),
        .q(drain$8$q),
        .clock(drain$8$clock)
    );
    top$soc$core$lanes$0$drain$9 drain$9(
        .d(drain$9$d),
        .q(drain$9$q),
        .clock(drain$9$clock)
    );
    top$soc$core$lanes$0$drain$10 drain$10(
        .d(drain$10$d),
        .q(drain$10$q),
        .clock(drain$10$clock)
    );
    top$soc$core$lanes$0$drain$11 drain$11(
        .d(drain$11$d),
        .q(drain$11$q),
        .clock(drain$11$clock)
    );
    top$soc$core$lanes$0$drain$12 drain$12(
        .d(drain$12$d),
        .q(drain$12$q),
        .clock(drain$12$clock)
    );
    top$soc$core$lanes$0$drain$13 drain$13(
        .d(drain$13$d),
        .q(drain$13$q),
        .clock(drain$13$clock)
    );
    top$soc$core$lanes$0$drain$14 drain$14(
        .d(drain$14$d),
        .q(drain$14$q),
        .clock(drain$14$clock)
    );
    top$soc$core$lanes$0$drain$15 drain$15(
        .d(drain$15$d),
        .q(drain$15$q),
        .clock(drain$15$clock)
    );
    
    // Update code
    always @(*) begin
        acc$0$clock = clock;
        drain$0$clock = clock;
        acc$0$d = acc$0$q;
        drain$0$d = drain$0$q;
        acc$1$clock = clock;
        drain$1$clock = clock;
        acc$1$d = acc$1$q;
        drain$1$d = drain$1$q;
        acc$2$clock = clock;
        drain$2$clock = clock;
        acc$2$d = acc$2$q;
        drain$2$d = drain$2$q;
        acc$3$clock = clock;
        drain$3$clock = clock;
        acc$3$d = acc$3$q;
        drain$3$d = drain$3$q;
        acc$4$clock = clock;
        drain$4$clock = clock;
        acc$4$d = acc$4$q;
        drain$4$d = drain$4$q;
        acc$5$clock = clock;
        drain$5$clock = clock;
        acc$5$d = acc$5$q;
        drain$5$d = drain$5$q;
        acc$6$clock = clock;
        drain$6$clock = clock;
        acc$6$d = acc$6$q;
        drain$6$d = drain$6$q;
        acc$7$clock = clock;
        drain$7$clock = clock;
        acc$7$d = acc$7$q;
        drain$7$d = drain$7$q;
        acc$8$clock = clock;
        drain$8$clock = clock;
        acc$8$d = acc$8$q;
        drain$8$d = drain$8$q;
        acc$9$clock = clock;
        drain$9$clock = clock;
        acc$9$d = acc$9$q;
        drain$9$d = drain$9$q;
        acc$10$clock = clock;
        drain$10$clock = clock;
        acc$10$d = acc$10$q;
        drain$10$d = drain$10$q;
        acc$11$clock = clock;
        drain$11$clock = clock;
        acc$11$d = acc$11$q;
        drain$11$d = drain$11$q;
        acc$12$clock = clock;
        drain$12$clock = clock;
        acc$12$d = acc$12$q;
        drain$12$d = drain$12$q;
        acc$13$clock = clock;
        drain$13$clock = clock;
        acc$13$d = acc$13$q;
        drain$13$d = drain$13$q;
        acc$14$clock = clock;
        drain$14$clock = clock;
        acc$14$d = acc$14$q;
        drain$14$d = drain$14$q;
        acc$15$clock = clock;
        drain$15$clock = clock;
        acc$15$d = acc$15$q;
        drain$15$d = drain$15$q;
        qpos = ((q) & 18'h3ffff);
        if (q[32'h7]) begin
            qpos = ((q) & 18'h3ffff) | 32'h3ff00;
        end
        qneg = 32'h0 - qpos;
        base$0 = acc$0$q;
        if (first) begin
            base$0 = 32'h0;
        end
        opnd$0 = 32'h0;
        if (trits[(32'h2 * 0)+:(2)] == 32'h1) begin
            opnd$0 = qpos;
        end
        if (trits[(32'h2 * 0)+:(2)] == 32'h2) begin
            opnd$0 = qneg;
        end
        if (enable) begin
            acc$0$d = base$0 + opnd$0;
        end
        base$1 = acc$1$q;
        if (first) begin
            base$1 = 32'h0;
        end
        opnd$1 = 32'h0;
        if (trits[(32'h2 * 1)+:(2)] == 32'h1) begin
            opnd$1 = qpos;
        end
        if (trits[(32'h2 * 1)+:(2)] == 32'h2) begin
            opnd$1 = qneg;
        end
        if (enable) begin
            acc$1$d = base$1 + opnd$1;
        end
        base$2 = acc$2$q;
        if (first) begin
            base$2 = 32'h0;
        end
        opnd$2 = 32'h0;
        if (trits[(32'h2 * 2)+:(2)] == 32'h1) begin
            opnd$2 = qpos;
        end
        if (trits[(32'h2 * 2)+:(2)] == 32'h2) begin
            opnd$2 = qneg;
        end
        if (enable) begin
            acc$2$d = base$2 + opnd$2;
        end
        base$3 = acc$3$q;
        if (first) begin
            base$3 = 32'h0;
        end
        opnd$3 = 32'h0;
        if (trits[(32'h2 * 3)+:(2)] == 32'h1) begin
            opnd$3 = qpos;
        end
        if (trits[(32'h2 * 3)+:(2)] == 32'h2) begin
            opnd$3 = qneg;
        end
        if (enable) begin
            acc$3$d = base$3 + opnd$3;
        end
        base$4 = acc$4$q;
        if (first) begin
            base$4 = 32'h0;
        end
        opnd$4 = 32'h0;
        if (trits[(32'h2 * 4)+:(2)] == 32'h1) begin
            opnd$4 = qpos;
        end
        if (trits[(32'h2 * 4)+:(2)] == 32'h2) begin
            opnd$4 = qneg;
        end
        if (enable) begin
            acc$4$d = base$4 + opnd$4;
        end
        base$5 = acc$5$q;
        if (first) begin
            base$5 = 32'h0;
        end
        opnd$5 = 32'h0;
        if (trits[(32'h2 * 5)+:(2)] == 32'h1) begin
            opnd$5 = qpos;
        end
        if (trits[(32'h2 * 5)+:(2)] == 32'h2) begin
            opnd$5 = qneg;
        end
        if (enable) begin
            acc$5$d = base$5 + opnd$5;
        end
        base$6 = acc$6$q;
        if (first) begin
            base$6 = 32'h0;
        end
        opnd$6 = 32'h0;
        if (trits[(32'h2 * 6)+:(2)] == 32'h1) begin
            opnd$6 = qpos;
        end
        if (trits[(32'h2 * 6)+:(2)] == 32'h2) begin
            opnd$6 = qneg;
        end
        if (enable) begin
            acc$6$d = base$6 + opnd$6;
        end
        base$7 = acc$7$q;
        if (first) begin
            base$7 = 32'h0;
        end
        opnd$7 = 32'h0;
        if (trits[(32'h2 * 7)+:(2)] == 32'h1) begin
            opnd$7 = qpos;
        end
        if (trits[(32'h2 * 7)+:(2)] == 32'h2) begin
            opnd$7 = qneg;
        end
        if (enable) begin
            acc$7$d = base$7 + opnd$7;
        end
        base$8 = acc$8$q;
        if (first) begin
            base$8 = 32'h0;
        end
        opnd$8 = 32'h0;
        if (trits[(32'h2 * 8)+:(2)] == 32'h1) begin
            opnd$8 = qpos;
        end
        if (trits[(32'h2 * 8)+:(2)] == 32'h2) begin
            opnd$8 = qneg;
        end
        if (enable) begin
            acc$8$d = base$8 + opnd$8;
        end
        base$9 = acc$9$q;
        if (first) begin
            base$9 = 32'h0;
        end
        opnd$9 = 32'h0;
        if (trits[(32'h2 * 9)+:(2)] == 32'h1) begin
            opnd$9 = qpos;
        end
        if (trits[(32'h2 * 9)+:(2)] == 32'h2) begin
            opnd$9 = qneg;
        end
        if (enable) begin
            acc$9$d = base$9 + opnd$9;
        end
        base$10 = acc$10$q;
        if (first) begin
            base$10 = 32'h0;
        end
        opnd$10 = 32'h0;
        if (trits[(32'h2 * 10)+:(2)] == 32'h1) begin
            opnd$10 = qpos;
        end
        if (trits[(32'h2 * 10)+:(2)] == 32'h2) begin
            opnd$10 = qneg;
        end
        if (enable) begin
            acc$10$d = base$10 + opnd$10;
        end
        base$11 = acc$11$q;
        if (first) begin
            base$11 = 32'h0;
        end
        opnd$11 = 32'h0;
        if (trits[(32'h2 * 11)+:(2)] == 32'h1) begin
            opnd$11 = qpos;
        end
        if (trits[(32'h2 * 11)+:(2)] == 32'h2) begin
            opnd$11 = qneg;
        end
        if (enable) begin
            acc$11$d = base$11 + opnd$11;
        end
        base$12 = acc$12$q;
        if (first) begin
            base$12 = 32'h0;
        end
        opnd$12 = 32'h0;
        if (trits[(32'h2 * 12)+:(2)] == 32'h1) begin
            opnd$12 = qpos;
        end
        if (trits[(32'h2 * 12)+:(2)] == 32'h2) begin
            opnd$12 = qneg;
        end
        if (enable) begin
            acc$12$d = base$12 + opnd$12;
        end
        base$13 = acc$13$q;
        if (first) begin
            base$13 = 32'h0;
        end
        opnd$13 = 32'h0;
        if (trits[(32'h2 * 13)+:(2)] == 32'h1) begin
            opnd$13 = qpos;
        end
        if (trits[(32'h2 * 13)+:(2)] == 32'h2) begin
            opnd$13 = qneg;
        end
        if (enable) begin
            acc$13$d = base$13 + opnd$13;
        end
        base$14 = acc$14$q;
        if (first) begin
            base$14 = 32'h0;
        end
        opnd$14 = 32'h0;
        if (trits[(32'h2 * 14)+:(2)] == 32'h1) begin
            opnd$14 = qpos;
        end
        if (trits[(32'h2 * 14)+:(2)] == 32'h2) begin
            opnd$14 = qneg;
        end
        if (enable) begin
            acc$14$d = base$14 + opnd$14;
        end
        base$15 = acc$15$q;
        if (first) begin
            base$15 = 32'h0;
        end
        opnd$15 = 32'h0;
        if (trits[(32'h2 * 15)+:(2)] == 32'h1) begin
            opnd$15 = qpos;
        end
        if (trits[(32'h2 * 15)+:(2)] == 32'h2) begin
            opnd$15 = qneg;
        end
        if (enable) begin
            acc$15$d = base$15 + opnd$15;
        end
        if (load) begin
            drain$0$d = acc$0$q;
            drain$1$d = acc$1$q;
            drain$2$d = acc$2$q;
            drain$3$d = acc$3$q;
            drain$4$d = acc$4$q;
            drain$5$d = acc$5$q;
            drain$6$d = acc$6$q;
            drain$7$d = acc$7$q;
            drain$8$d = acc$8$q;
            drain$9$d = acc$9$q;
            drain$10$d = acc$10$q;
            drain$11$d = acc$11$q;
            drain$12$d = acc$12$q;
            drain$13$d = acc$13$q;
            drain$14$d = acc$14$q;
            drain$15$d = acc$15$q;
        end
        else if (shift) begin
            drain$0$d = drain$1$q;
            drain$1$d = drain$2$q;
            drain$2$d = drain$3$q;
            drain$3$d = drain$4$q;
            drain$4$d = drain$5$q;
            drain$5$d = drain$6$q;
            drain$6$d = drain$7$q;
            drain$7$d = drain$8$q;
            drain$8$d = drain$9$q;
            drain$9$d = drain$10$q;
            drain$10$d = drain$11$q;
            drain$11$d = drain$12$q;
            drain$12$d = drain$13$q;
            drain$13$d = drain$14$q;
            drain$14$d = drain$15$q;
            drain$15$d = chain_in;
        end
        chain_out = drain$0$q;
    end
    
endmodule // top$soc$core$lanes$0


module top$soc$core$lanes$0$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$0


module top$soc$core$lanes$0$acc$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$1


module top$soc$core$lanes$0$acc$10(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$10


module top$soc$core$lanes$0$acc$11(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$11


module top$soc$core$lanes$0$acc$12(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$12


module top$soc$core$lanes$0$acc$13(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$13


module top$soc$core$lanes$0$acc$14(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$14


module top$soc$core$lanes$0$acc$15(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$15


module top$soc$core$lanes$0$acc$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$2


module top$soc$core$lanes$0$acc$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$3


module top$soc$core$lanes$0$acc$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$4


module top$soc$core$lanes$0$acc$5(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$5


module top$soc$core$lanes$0$acc$6(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$6


module top$soc$core$lanes$0$acc$7(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$7


module top$soc$core$lanes$0$acc$8(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$8


module top$soc$core$lanes$0$acc$9(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$acc$9


module top$soc$core$lanes$0$drain$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$0


module top$soc$core$lanes$0$drain$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$1


module top$soc$core$lanes$0$drain$10(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$10


module top$soc$core$lanes$0$drain$11(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$11


module top$soc$core$lanes$0$drain$12(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$12


module top$soc$core$lanes$0$drain$13(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$13


module top$soc$core$lanes$0$drain$14(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$14


module top$soc$core$lanes$0$drain$15(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$15


module top$soc$core$lanes$0$drain$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$2


module top$soc$core$lanes$0$drain$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$3


module top$soc$core$lanes$0$drain$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$4


module top$soc$core$lanes$0$drain$5(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$5


module top$soc$core$lanes$0$drain$6(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$6


module top$soc$core$lanes$0$drain$7(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$7


module top$soc$core$lanes$0$drain$8(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$8


module top$soc$core$lanes$0$drain$9(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$0$drain$9


module top$soc$core$lanes$1(clock,trits,q,enable,first,load,shift,chain_in,chain_out);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] trits;
    input wire  [7:0] q;
    input wire  enable;
    input wire  first;
    input wire  load;
    input wire  shift;
    input wire  [17:0] chain_in;
    output reg  [17:0] chain_out;
    
    // Stub signals
    reg  [17:0] acc$0$d;
    wire  [17:0] acc$0$q;
    reg  acc$0$clock;
    reg  [17:0] acc$1$d;
    wire  [17:0] acc$1$q;
    reg  acc$1$clock;
    reg  [17:0] acc$2$d;
    wire  [17:0] acc$2$q;
    reg  acc$2$clock;
    reg  [17:0] acc$3$d;
    wire  [17:0] acc$3$q;
    reg  acc$3$clock;
    reg  [17:0] acc$4$d;
    wire  [17:0] acc$4$q;
    reg  acc$4$clock;
    reg  [17:0] acc$5$d;
    wire  [17:0] acc$5$q;
    reg  acc$5$clock;
    reg  [17:0] acc$6$d;
    wire  [17:0] acc$6$q;
    reg  acc$6$clock;
    reg  [17:0] acc$7$d;
    wire  [17:0] acc$7$q;
    reg  acc$7$clock;
    reg  [17:0] acc$8$d;
    wire  [17:0] acc$8$q;
    reg  acc$8$clock;
    reg  [17:0] acc$9$d;
    wire  [17:0] acc$9$q;
    reg  acc$9$clock;
    reg  [17:0] acc$10$d;
    wire  [17:0] acc$10$q;
    reg  acc$10$clock;
    reg  [17:0] acc$11$d;
    wire  [17:0] acc$11$q;
    reg  acc$11$clock;
    reg  [17:0] acc$12$d;
    wire  [17:0] acc$12$q;
    reg  acc$12$clock;
    reg  [17:0] acc$13$d;
    wire  [17:0] acc$13$q;
    reg  acc$13$clock;
    reg  [17:0] acc$14$d;
    wire  [17:0] acc$14$q;
    reg  acc$14$clock;
    reg  [17:0] acc$15$d;
    wire  [17:0] acc$15$q;
    reg  acc$15$clock;
    reg  [17:0] drain$0$d;
    wire  [17:0] drain$0$q;
    reg  drain$0$clock;
    reg  [17:0] drain$1$d;
    wire  [17:0] drain$1$q;
    reg  drain$1$clock;
    reg  [17:0] drain$2$d;
    wire  [17:0] drain$2$q;
    reg  drain$2$clock;
    reg  [17:0] drain$3$d;
    wire  [17:0] drain$3$q;
    reg  drain$3$clock;
    reg  [17:0] drain$4$d;
    wire  [17:0] drain$4$q;
    reg  drain$4$clock;
    reg  [17:0] drain$5$d;
    wire  [17:0] drain$5$q;
    reg  drain$5$clock;
    reg  [17:0] drain$6$d;
    wire  [17:0] drain$6$q;
    reg  drain$6$clock;
    reg  [17:0] drain$7$d;
    wire  [17:0] drain$7$q;
    reg  drain$7$clock;
    reg  [17:0] drain$8$d;
    wire  [17:0] drain$8$q;
    reg  drain$8$clock;
    reg  [17:0] drain$9$d;
    wire  [17:0] drain$9$q;
    reg  drain$9$clock;
    reg  [17:0] drain$10$d;
    wire  [17:0] drain$10$q;
    reg  drain$10$clock;
    reg  [17:0] drain$11$d;
    wire  [17:0] drain$11$q;
    reg  drain$11$clock;
    reg  [17:0] drain$12$d;
    wire  [17:0] drain$12$q;
    reg  drain$12$clock;
    reg  [17:0] drain$13$d;
    wire  [17:0] drain$13$q;
    reg  drain$13$clock;
    reg  [17:0] drain$14$d;
    wire  [17:0] drain$14$q;
    reg  drain$14$clock;
    reg  [17:0] drain$15$d;
    wire  [17:0] drain$15$q;
    reg  drain$15$clock;
    
    // Local signals
    reg  [17:0] qpos;
    reg  [17:0] qneg;
    reg  [17:0] base$0;
    reg  [17:0] base$1;
    reg  [17:0] base$2;
    reg  [17:0] base$3;
    reg  [17:0] base$4;
    reg  [17:0] base$5;
    reg  [17:0] base$6;
    reg  [17:0] base$7;
    reg  [17:0] base$8;
    reg  [17:0] base$9;
    reg  [17:0] base$10;
    reg  [17:0] base$11;
    reg  [17:0] base$12;
    reg  [17:0] base$13;
    reg  [17:0] base$14;
    reg  [17:0] base$15;
    reg  [17:0] opnd$0;
    reg  [17:0] opnd$1;
    reg  [17:0] opnd$2;
    reg  [17:0] opnd$3;
    reg  [17:0] opnd$4;
    reg  [17:0] opnd$5;
    reg  [17:0] opnd$6;
    reg  [17:0] opnd$7;
    reg  [17:0] opnd$8;
    reg  [17:0] opnd$9;
    reg  [17:0] opnd$10;
    reg  [17:0] opnd$11;
    reg  [17:0] opnd$12;
    reg  [17:0] opnd$13;
    reg  [17:0] opnd$14;
    reg  [17:0] opnd$15;
    
    // Sub module instances
    top$soc$core$lanes$1$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    top$soc$core$lanes$1$acc$1 acc$1(
        .d(acc$1$d),
        .q(acc$1$q),
        .clock(acc$1$clock)
    );
    top$soc$core$lanes$1$acc$2 acc$2(
        .d(acc$2$d),
        .q(acc$2$q),
        .clock(acc$2$clock)
    );
    top$soc$core$lanes$1$acc$3 acc$3(
        .d(acc$3$d),
        .q(acc$3$q),
        .clock(acc$3$clock)
    );
    top$soc$core$lanes$1$acc$4 acc$4(
        .d(acc$4$d),
        .q(acc$4$q),
        .clock(acc$4$clock)
    );
    top$soc$core$lanes$1$acc$5 acc$5(
        .d(acc$5$d),
        .q(acc$5$q),
        .clock(acc$5$clock)
    );
    top$soc$core$lanes$1$acc$6 acc$6(
        .d(acc$6$d),
        .q(acc$6$q),
        .clock(acc$6$clock)
    );
    top$soc$core$lanes$1$acc$7 acc$7(
        .d(acc$7$d),
        .q(acc$7$q),
        .clock(acc$7$clock)
    );
    top$soc$core$lanes$1$acc$8 acc$8(
        .d(acc$8$d),
        .q(acc$8$q),
        .clock(acc$8$clock)
    );
    top$soc$core$lanes$1$acc$9 acc$9(
        .d(acc$9$d),
        .q(acc$9$q),
        .clock(acc$9$clock)
    );
    top$soc$core$lanes$1$acc$10 acc$10(
        .d(acc$10$d),
        .q(acc$10$q),
        .clock(acc$10$clock)
    );
    top$soc$core$lanes$1$acc$11 acc$11(
        .d(acc$11$d),
        .q(acc$11$q),
        .clock(acc$11$clock)
    );
    top$soc$core$lanes$1$acc$12 acc$12(
        .d(acc$12$d),
        .q(acc$12$q),
        .clock(acc$12$clock)
    );
    top$soc$core$lanes$1$acc$13 acc$13(
        .d(acc$13$d),
        .q(acc$13$q),
        .clock(acc$13$clock)
    );
    top$soc$core$lanes$1$acc$14 acc$14(
        .d(acc$14$d),
        .q(acc$14$q),
        .clock(acc$14$clock)
    );
    top$soc$core$lanes$1$acc$15 acc$15(
        .d(acc$15$d),
        .q(acc$15$q),
        .clock(acc$15$clock)
    );
    top$soc$core$lanes$1$drain$0 drain$0(
        .d(drain$0$d),
        .q(drain$0$q),
        .clock(drain$0$clock)
    );
    top$soc$core$lanes$1$drain$1 drain$1(
        .d(drain$1$d),
        .q(drain$1$q),
        .clock(drain$1$clock)
    );
    top$soc$core$lanes$1$drain$2 drain$2(
        .d(drain$2$d),
        .q(drain$2$q),
        .clock(drain$2$clock)
    );
    top$soc$core$lanes$1$drain$3 drain$3(
        .d(drain$3$d),
        .q(drain$3$q),
        .clock(drain$3$clock)
    );
    top$soc$core$lanes$1$drain$4 drain$4(
        .d(drain$4$d),
        .q(drain$4$q),
        .clock(drain$4$clock)
    );
    top$soc$core$lanes$1$drain$5 drain$5(
        .d(drain$5$d),
        .q(drain$5$q),
        .clock(drain$5$clock)
    );
    top$soc$core$lanes$1$drain$6 drain$6(
        .d(drain$6$d),
        .q(drain$6$q),
        .clock(drain$6$clock)
    );
    top$soc$core$lanes$1$drain$7 drain$7(
        .d(drain$7$d),
        .q(drain$7$q),
        .clock(drain$7$clock)
    );
    top$soc$core$lanes$1$drain$8 drain$8(
        .d(drain$8$d),
        .q(drain$8$q),
        .clock(drain$8$clock)
    );
    top$soc$core$lanes$1$drain$9 drain$9(
        .d(drain$9$d),
        .q(drain$9$q),
        .clock(drain$9$clock)
    );
    top$soc$core$lanes$1$drain$10 drain$10(
        .d(drain$10$d),
        .q(drain$10$q),
        .clock(drain$10$clock)
    );
    top$soc$core$lanes$1$drain$11 drain$11(
        .d(drain$11$d),
        .q(drain$11$q),
        .clock(drain$11$clock)
    );
    top$soc$core$lanes$1$drain$12 drain$12(
        .d(drain$12$d),
        .q(drain$12$q),
        .clock(drain$12$clock)
    );
    top$soc$core$lanes$1$drain$13 drain$13(
        .d(drain$13$d),
        .q(drain$13$q),
        .clock(drain$13$clock)
    );
    top$soc$core$lanes$1$drain$14 drain$14(
        .d(drain$14$d),
        .q(drain$14$q),
        .clock(drain$14$clock)
    );
    top$soc$core$lanes$1$drain$15 drain$15(
        .d(drain$15$d),
        .q(drain$15$q),
        .clock(drain$15$clock)
    );
    
    // Update code
    always @(*) begin
        acc$0$clock = clock;
        drain$0$clock = clock;
        acc$0$d = acc$0$q;
        drain$0$d = drain$0$q;
        acc$1$clock = clock;
        drain$1$clock = clock;
        acc$1$d = acc$1$q;
        drain$1$d = drain$1$q;
        acc$2$clock = clock;
        drain$2$clock = clock;
        acc$2$d = acc$2$q;
        drain$2$d = drain$2$q;
        acc$3$clock = clock;
        drain$3$clock = clock;
        acc$3$d = acc$3$q;
        drain$3$d = drain$3$q;
        acc$4$clock = clock;
        drain$4$clock = clock;
        acc$4$d = acc$4$q;
        drain$4$d = drain$4$q;
        acc$5$clock = clock;
        drain$5$clock = clock;
        acc$5$d = acc$5$q;
        drain$5$d = drain$5$q;
        acc$6$clock = clock;
        drain$6$clock = clock;
        acc$6$d = acc$6$q;
        drain$6$d = drain$6$q;
        acc$7$clock = clock;
        drain$7$clock = clock;
        acc$7$d = acc$7$q;
        drain$7$d = drain$7$q;
        acc$8$clock = clock;
        drain$8$clock = clock;
        acc$8$d = acc$8$q;
        drain$8$d = drain$8$q;
        acc$9$clock = clock;
        drain$9$clock = clock;
        acc$9$d = acc$9$q;
        drain$9$d = drain$9$q;
        acc$10$clock = clock;
        drain$10$clock = clock;
        acc$10$d = acc$10$q;
        drain$10$d = drain$10$q;
        acc$11$clock = clock;
        drain$11$clock = clock;
        acc$11$d = acc$11$q;
        drain$11$d = drain$11$q;
        acc$12$clock = clock;
        drain$12$clock = clock;
        acc$12$d = acc$12$q;
        drain$12$d = drain$12$q;
        acc$13$clock = clock;
        drain$13$clock = clock;
        acc$13$d = acc$13$q;
        drain$13$d = drain$13$q;
        acc$14$clock = clock;
        drain$14$clock = clock;
        acc$14$d = acc$14$q;
        drain$14$d = drain$14$q;
        acc$15$clock = clock;
        drain$15$clock = clock;
        acc$15$d = acc$15$q;
        drain$15$d = drain$15$q;
        qpos = ((q) & 18'h3ffff);
        if (q[32'h7]) begin
            qpos = ((q) & 18'h3ffff) | 32'h3ff00;
        end
        qneg = 32'h0 - qpos;
        base$0 = acc$0$q;
        if (first) begin
            base$0 = 32'h0;
        end
        opnd$0 = 32'h0;
        if (trits[(32'h2 * 0)+:(2)] == 32'h1) begin
            opnd$0 = qpos;
        end
        if (trits[(32'h2 * 0)+:(2)] == 32'h2) begin
            opnd$0 = qneg;
        end
        if (enable) begin
            acc$0$d = base$0 + opnd$0;
        end
        base$1 = acc$1$q;
        if (first) begin
            base$1 = 32'h0;
        end
        opnd$1 = 32'h0;
        if (trits[(32'h2 * 1)+:(2)] == 32'h1) begin
            opnd$1 = qpos;
        end
        if (trits[(32'h2 * 1)+:(2)] == 32'h2) begin
            opnd$1 = qneg;
        end
        if (enable) begin
            acc$1$d = base$1 + opnd$1;
        end
        base$2 = acc$2$q;
        if (first) begin
            base$2 = 32'h0;
        end
        opnd$2 = 32'h0;
        if (trits[(32'h2 * 2)+:(2)] == 32'h1) begin
            opnd$2 = qpos;
        end
        if (trits[(32'h2 * 2)+:(2)] == 32'h2) begin
            opnd$2 = qneg;
        end
        if (enable) begin
            acc$2$d = base$2 + opnd$2;
        end
        base$3 = acc$3$q;
        if (first) begin
            base$3 = 32'h0;
        end
        opnd$3 = 32'h0;
        if (trits[(32'h2 * 3)+:(2)] == 32'h1) begin
            opnd$3 = qpos;
        end
        if (trits[(32'h2 * 3)+:(2)] == 32'h2) begin
            opnd$3 = qneg;
        end
        if (enable) begin
            acc$3$d = base$3 + opnd$3;
        end
        base$4 = acc$4$q;
        if (first) begin
            base$4 = 32'h0;
        end
        opnd$4 = 32'h0;
        if (trits[(32'h2 * 4)+:(2)] == 32'h1) begin
            opnd$4 = qpos;
        end
        if (trits[(32'h2 * 4)+:(2)] == 32'h2) begin
            opnd$4 = qneg;
        end
        if (enable) begin
            acc$4$d = base$4 + opnd$4;
        end
        base$5 = acc$5$q;
        if (first) begin
            base$5 = 32'h0;
        end
        opnd$5 = 32'h0;
        if (trits[(32'h2 * 5)+:(2)] == 32'h1) begin
            opnd$5 = qpos;
        end
        if (trits[(32'h2 * 5)+:(2)] == 32'h2) begin
            opnd$5 = qneg;
        end
        if (enable) begin
            acc$5$d = base$5 + opnd$5;
        end
        base$6 = acc$6$q;
        if (first) begin
            base$6 = 32'h0;
        end
        opnd$6 = 32'h0;
        if (trits[(32'h2 * 6)+:(2)] == 32'h1) begin
            opnd$6 = qpos;
        end
        if (trits[(32'h2 * 6)+:(2)] == 32'h2) begin
            opnd$6 = qneg;
        end
        if (enable) begin
            acc$6$d = base$6 + opnd$6;
        end
        base$7 = acc$7$q;
        if (first) begin
            base$7 = 32'h0;
        end
        opnd$7 = 32'h0;
        if (trits[(32'h2 * 7)+:(2)] == 32'h1) begin
            opnd$7 = qpos;
        end
        if (trits[(32'h2 * 7)+:(2)] == 32'h2) begin
            opnd$7 = qneg;
        end
        if (enable) begin
            acc$7$d = base$7 + opnd$7;
        end
        base$8 = acc$8$q;
        if (first) begin
            base$8 = 32'h0;
        end
        opnd$8 = 32'h0;
        if (trits[(32'h2 * 8)+:(2)] == 32'h1) begin
            opnd$8 = qpos;
        end
        if (trits[(32'h2 * 8)+:(2)] == 32'h2) begin
            opnd$8 = qneg;
        end
        if (enable) begin
            acc$8$d = base$8 + opnd$8;
        end
        base$9 = acc$9$q;
        if (first) begin
            base$9 = 32'h0;
        end
        opnd$9 = 32'h0;
        if (trits[(32'h2 * 9)+:(2)] == 32'h1) begin
            opnd$9 = qpos;
        end
        if (trits[(32'h2 * 9)+:(2)] == 32'h2) begin
            opnd$9 = qneg;
        end
        if (enable) begin
            acc$9$d = base$9 + opnd$9;
        end
        base$10 = acc$10$q;
        if (first) begin
            base$10 = 32'h0;
        end
        opnd$10 = 32'h0;
        if (trits[(32'h2 * 10)+:(2)] == 32'h1) begin
            opnd$10 = qpos;
        end
        if (trits[(32'h2 * 10)+:(2)] == 32'h2) begin
            opnd$10 = qneg;
        end
        if (enable) begin
            acc$10$d = base$10 + opnd$10;
        end
        base$11 = acc$11$q;
        if (first) begin
            base$11 = 32'h0;
        end
        opnd$11 = 32'h0;
        if (trits[(32'h2 * 11)+:(2)] == 32'h1) begin
            opnd$11 = qpos;
        end
        if (trits[(32'h2 * 11)+:(2)] == 32'h2) begin
            opnd$11 = qneg;
        end
        if (enable) begin
            acc$11$d = base$11 + opnd$11;
        end
        base$12 = acc$12$q;
        if (first) begin
            base$12 = 32'h0;
        end
        opnd$12 = 32'h0;
        if (trits[(32'h2 * 12)+:(2)] == 32'h1) begin
            opnd$12 = qpos;
        end
        if (trits[(32'h2 * 12)+:(2)] == 32'h2) begin
            opnd$12 = qneg;
        end
        if (enable) begin
            acc$12$d = base$12 + opnd$12;
        end
        base$13 = acc$13$q;
        if (first) begin
            base$13 = 32'h0;
        end
        opnd$13 = 32'h0;
        if (trits[(32'h2 * 13)+:(2)] == 32'h1) begin
            opnd$13 = qpos;
        end
        if (trits[(32'h2 * 13)+:(2)] == 32'h2) begin
            opnd$13 = qneg;
        end
        if (enable) begin
            acc$13$d = base$13 + opnd$13;
        end
        base$14 = acc$14$q;
        if (first) begin
            base$14 = 32'h0;
        end
        opnd$14 = 32'h0;
        if (trits[(32'h2 * 14)+:(2)] == 32'h1) begin
            opnd$14 = qpos;
        end
        if (trits[(32'h2 * 14)+:(2)] == 32'h2) begin
            opnd$14 = qneg;
        end
        if (enable) begin
            acc$14$d = base$14 + opnd$14;
        end
        base$15 = acc$15$q;
        if (first) begin
            base$15 = 32'h0;
        end
        opnd$15 = 32'h0;
        if (trits[(32'h2 * 15)+:(2)] == 32'h1) begin
            opnd$15 = qpos;
        end
        if (trits[(32'h2 * 15)+:(2)] == 32'h2) begin
            opnd$15 = qneg;
        end
        if (enable) begin
            acc$15$d = base$15 + opnd$15;
        end
        if (load) begin
            drain$0$d = acc$0$q;
            drain$1$d = acc$1$q;
            drain$2$d = acc$2$q;
            drain$3$d = acc$3$q;
            drain$4$d = acc$4$q;
            drain$5$d = acc$5$q;
            drain$6$d = acc$6$q;
            drain$7$d = acc$7$q;
            drain$8$d = acc$8$q;
            drain$9$d = acc$9$q;
            drain$10$d = acc$10$q;
            drain$11$d = acc$11$q;
            drain$12$d = acc$12$q;
            drain$13$d = acc$13$q;
            drain$14$d = acc$14$q;
            drain$15$d = acc$15$q;
        end
        else if (shift) begin
            drain$0$d = drain$1$q;
            drain$1$d = drain$2$q;
            drain$2$d = drain$3$q;
            drain$3$d = drain$4$q;
            drain$4$d = drain$5$q;
            drain$5$d = drain$6$q;
            drain$6$d = drain$7$q;
            drain$7$d = drain$8$q;
            drain$8$d = drain$9$q;
            drain$9$d = drain$10$q;
            drain$10$d = drain$11$q;
            drain$11$d = drain$12$q;
            drain$12$d = drain$13$q;
            drain$13$d = drain$14$q;
            drain$14$d = drain$15$q;
            drain$15$d = chain_in;
        end
        chain_out = drain$0$q;
    end
    
endmodule // top$soc$core$lanes$1


module top$soc$core$lanes$1$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$0


module top$soc$core$lanes$1$acc$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$1


module top$soc$core$lanes$1$acc$10(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$10


module top$soc$core$lanes$1$acc$11(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$11


module top$soc$core$lanes$1$acc$12(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$12


module top$soc$core$lanes$1$acc$13(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$13


module top$soc$core$lanes$1$acc$14(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$14


module top$soc$core$lanes$1$acc$15(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$15


module top$soc$core$lanes$1$acc$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$2


module top$soc$core$lanes$1$acc$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$3


module top$soc$core$lanes$1$acc$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$4


module top$soc$core$lanes$1$acc$5(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$5


module top$soc$core$lanes$1$acc$6(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$6


module top$soc$core$lanes$1$acc$7(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$7


module top$soc$core$lanes$1$acc$8(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$8


module top$soc$core$lanes$1$acc$9(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$acc$9


module top$soc$core$lanes$1$drain$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$0


module top$soc$core$lanes$1$drain$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$1


module top$soc$core$lanes$1$drain$10(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$10


module top$soc$core$lanes$1$drain$11(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$11


module top$soc$core$lanes$1$drain$12(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$12


module top$soc$core$lanes$1$drain$13(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$13


module top$soc$core$lanes$1$drain$14(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$14


module top$soc$core$lanes$1$drain$15(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$15


module top$soc$core$lanes$1$drain$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$2


module top$soc$core$lanes$1$drain$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$3


module top$soc$core$lanes$1$drain$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$4


module top$soc$core$lanes$1$drain$5(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$5


module top$soc$core$lanes$1$drain$6(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$6


module top$soc$core$lanes$1$drain$7(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$7


module top$soc$core$lanes$1$drain$8(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$8


module top$soc$core$lanes$1$drain$9(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$1$drain$9


module top$soc$core$lanes$2(clock,trits,q,enable,first,load,shift,chain_in,chain_out);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] trits;
    input wire  [7:0] q;
    input wire  enable;
    input wire  first;
    input wire  load;
    input wire  shift;
    input wire  [17:0] chain_in;
    output reg  [17:0] chain_out;
    
    // Stub signals
    reg  [17:0] acc$0$d;
    wire  [17:0] acc$0$q;
    reg  acc$0$clock;
    reg  [17:0] acc$1$d;
    wire  [17:0] acc$1$q;
    reg  acc$1$clock;
    reg  [17:0] acc$2$d;
    wire  [17:0] acc$2$q;
    reg  acc$2$clock;
    reg  [17:0] acc$3$d;
    wire  [17:0] acc$3$q;
    reg  acc$3$clock;
    reg  [17:0] acc$4$d;
    wire  [17:0] acc$4$q;
    reg  acc$4$clock;
    reg  [17:0] acc$5$d;
    wire  [17:0] acc$5$q;
    reg  acc$5$clock;
    reg  [17:0] acc$6$d;
    wire  [17:0] acc$6$q;
    reg  acc$6$clock;
    reg  [17:0] acc$7$d;
    wire  [17:0] acc$7$q;
    reg  acc$7$clock;
    reg  [17:0] acc$8$d;
    wire  [17:0] acc$8$q;
    reg  acc$8$clock;
    reg  [17:0] acc$9$d;
    wire  [17:0] acc$9$q;
    reg  acc$9$clock;
    reg  [17:0] acc$10$d;
    wire  [17:0] acc$10$q;
    reg  acc$10$clock;
    reg  [17:0] acc$11$d;
    wire  [17:0] acc$11$q;
    reg  acc$11$clock;
    reg  [17:0] acc$12$d;
    wire  [17:0] acc$12$q;
    reg  acc$12$clock;
    reg  [17:0] acc$13$d;
    wire  [17:0] acc$13$q;
    reg  acc$13$clock;
    reg  [17:0] acc$14$d;
    wire  [17:0] acc$14$q;
    reg  acc$14$clock;
    reg  [17:0] acc$15$d;
    wire  [17:0] acc$15$q;
    reg  acc$15$clock;
    reg  [17:0] drain$0$d;
    wire  [17:0] drain$0$q;
    reg  drain$0$clock;
    reg  [17:0] drain$1$d;
    wire  [17:0] drain$1$q;
    reg  drain$1$clock;
    reg  [17:0] drain$2$d;
    wire  [17:0] drain$2$q;
    reg  drain$2$clock;
    reg  [17:0] drain$3$d;
    wire  [17:0] drain$3$q;
    reg  drain$3$clock;
    reg  [17:0] drain$4$d;
    wire  [17:0] drain$4$q;
    reg  drain$4$clock;
    reg  [17:0] drain$5$d;
    wire  [17:0] drain$5$q;
    reg  drain$5$clock;
    reg  [17:0] drain$6$d;
    wire  [17:0] drain$6$q;
    reg  drain$6$clock;
    reg  [17:0] drain$7$d;
    wire  [17:0] drain$7$q;
    reg  drain$7$clock;
    reg  [17:0] drain$8$d;
    wire  [17:0] drain$8$q;
    reg  drain$8$clock;
    reg  [17:0] drain$9$d;
    wire  [17:0] drain$9$q;
    reg  drain$9$clock;
    reg  [17:0] drain$10$d;
    wire  [17:0] drain$10$q;
    reg  drain$10$clock;
    reg  [17:0] drain$11$d;
    wire  [17:0] drain$11$q;
    reg  drain$11$clock;
    reg  [17:0] drain$12$d;
    wire  [17:0] drain$12$q;
    reg  drain$12$clock;
    reg  [17:0] drain$13$d;
    wire  [17:0] drain$13$q;
    reg  drain$13$clock;
    reg  [17:0] drain$14$d;
    wire  [17:0] drain$14$q;
    reg  drain$14$clock;
    reg  [17:0] drain$15$d;
    wire  [17:0] drain$15$q;
    reg  drain$15$clock;
    
    // Local signals
    reg  [17:0] qpos;
    reg  [17:0] qneg;
    reg  [17:0] base$0;
    reg  [17:0] base$1;
    reg  [17:0] base$2;
    reg  [17:0] base$3;
    reg  [17:0] base$4;
    reg  [17:0] base$5;
    reg  [17:0] base$6;
    reg  [17:0] base$7;
    reg  [17:0] base$8;
    reg  [17:0] base$9;
    reg  [17:0] base$10;
    reg  [17:0] base$11;
    reg  [17:0] base$12;
    reg  [17:0] base$13;
    reg  [17:0] base$14;
    reg  [17:0] base$15;
    reg  [17:0] opnd$0;
    reg  [17:0] opnd$1;
    reg  [17:0] opnd$2;
    reg  [17:0] opnd$3;
    reg  [17:0] opnd$4;
    reg  [17:0] opnd$5;
    reg  [17:0] opnd$6;
    reg  [17:0] opnd$7;
    reg  [17:0] opnd$8;
    reg  [17:0] opnd$9;
    reg  [17:0] opnd$10;
    reg  [17:0] opnd$11;
    reg  [17:0] opnd$12;
    reg  [17:0] opnd$13;
    reg  [17:0] opnd$14;
    reg  [17:0] opnd$15;
    
    // Sub module instances
    top$soc$core$lanes$2$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    top$soc$core$lanes$2$acc$1 acc$1(
        .d(acc$1$d),
        .q(acc$1$q),
        .clock(acc$1$clock)
    );
    top$soc$core$lanes$2$acc$2 acc$2(
        .d(acc$2$d),
        .q(acc$2$q),
        .clock(acc$2$clock)
    );
    top$soc$core$lanes$2$acc$3 acc$3(
        .d(acc$3$d),
        .q(acc$3$q),
        .clock(acc$3$clock)
    );
    top$soc$core$lanes$2$acc$4 acc$4(
        .d(acc$4$d),
        .q(acc$4$q),
        .clock(acc$4$clock)
    );
    top$soc$core$lanes$2$acc$5 acc$5(
        .d(acc$5$d),
        .q(acc$5$q),
        .clock(acc$5$clock)
    );
    top$soc$core$lanes$2$acc$6 acc$6(
        .d(acc$6$d),
        .q(acc$6$q),
        .clock(acc$6$clock)
    );
    top$soc$core$lanes$2$acc$7 acc$7(
        .d(acc$7$d),
        .q(acc$7$q),
        .clock(acc$7$clock)
    );
    top$soc$core$lanes$2$acc$8 acc$8(
        .d(acc$8$d),
        .q(acc$8$q),
        .clock(acc$8$clock)
    );
    top$soc$core$lanes$2$acc$9 acc$9(
        .d(acc$9$d),
        .q(acc$9$q),
        .clock(acc$9$clock)
    );
    top$soc$core$lanes$2$acc$10 acc$10(
        .d(acc$10$d),
        .q(acc$10$q),
        .clock(acc$10$clock)
    );
    top$soc$core$lanes$2$acc$11 acc$11(
        .d(acc$11$d),
        .q(acc$11$q),
        .clock(acc$11$clock)
    );
    top$soc$core$lanes$2$acc$12 acc$12(
        .d(acc$12$d),
        .q(acc$12$q),
        .clock(acc$12$clock)
    );
    top$soc$core$lanes$2$acc$13 acc$13(
        .d(acc$13$d),
        .q(acc$13$q),
        .clock(acc$13$clock)
    );
    top$soc$core$lanes$2$acc$14 acc$14(
        .d(acc$14$d),
        .q(acc$14$q),
        .clock(acc$14$clock)
    );
    top$soc$core$lanes$2$acc$15 acc$15(
        .d(acc$15$d),
        .q(acc$15$q),
        .clock(acc$15$clock)
    );
    top$soc$core$lanes$2$drain$0 drain$0(
        .d(drain$0$d),
        .q(drain$0$q),
        .clock(drain$0$clock)
    );
    top$soc$core$lanes$2$drain$1 drain$1(
        .d(drain$1$d),
        .q(drain$1$q),
        .clock(drain$1$clock)
    );
    top$soc$core$lanes$2$drain$2 drain$2(
        .d(drain$2$d),
        .q(drain$2$q),
        .clock(drain$2$clock)
    );
    top$soc$core$lanes$2$drain$3 drain$3(
        .d(drain$3$d),
        .q(drain$3$q),
        .clock(drain$3$clock)
    );
    top$soc$core$lanes$2$drain$4 drain$4(
        .d(drain$4$d),
        .q(drain$4$q),
        .clock(drain$4$clock)
    );
    top$soc$core$lanes$2$drain$5 drain$5(
        .d(drain$5$d),
        .q(drain$5$q),
        .clock(drain$5$clock)
    );
    top$soc$core$lanes$2$drain$6 drain$6(
        .d(drain$6$d),
        .q(drain$6$q),
        .clock(drain$6$clock)
    );
    top$soc$core$lanes$2$drain$7 drain$7(
        .d(drain$7$d),
        .q(drain$7$q),
        .clock(drain$7$clock)
    );
    top$soc$core$lanes$2$drain$8 drain$8(
        .d(drain$8$d),
        .q(drain$8$q),
        .clock(drain$8$clock)
    );
    top$soc$core$lanes$2$drain$9 drain$9(
        .d(drain$9$d),
        .q(drain$9$q),
        .clock(drain$9$clock)
    );
    top$soc$core$lanes$2$drain$10 drain$10(
        .d(drain$10$d),
        .q(drain$10$q),
        .clock(drain$10$clock)
    );
    top$soc$core$lanes$2$drain$11 drain$11(
        .d(drain$11$d),
        .q(drain$11$q),
        .clock(drain$11$clock)
    );
    top$soc$core$lanes$2$drain$12 drain$12(
        .d(drain$12$d),
        .q(drain$12$q),
        .clock(drain$12$clock)
    );
    top$soc$core$lanes$2$drain$13 drain$13(
        .d(drain$13$d),
        .q(drain$13$q),
        .clock(drain$13$clock)
    );
    top$soc$core$lanes$2$drain$14 drain$14(
        .d(drain$14$d),
        .q(drain$14$q),
        .clock(drain$14$clock)
    );
    top$soc$core$lanes$2$drain$15 drain$15(
        .d(drain$15$d),
        .q(drain$15$q),
        .clock(drain$15$clock)
    );
    
    // Update code
    always @(*) begin
        acc$0$clock = clock;
        drain$0$clock = clock;
        acc$0$d = acc$0$q;
        drain$0$d = drain$0$q;
        acc$1$clock = clock;
        drain$1$clock = clock;
        acc$1$d = acc$1$q;
        drain$1$d = drain$1$q;
        acc$2$clock = clock;
        drain$2$clock = clock;
        acc$2$d = acc$2$q;
        drain$2$d = drain$2$q;
        acc$3$clock = clock;
        drain$3$clock = clock;
        acc$3$d = acc$3$q;
        drain$3$d = drain$3$q;
        acc$4$clock = clock;
        drain$4$clock = clock;
        acc$4$d = acc$4$q;
        drain$4$d = drain$4$q;
        acc$5$clock = clock;
        drain$5$clock = clock;
        acc$5$d = acc$5$q;
        drain$5$d = drain$5$q;
        acc$6$clock = clock;
        drain$6$clock = clock;
        acc$6$d = acc$6$q;
        drain$6$d = drain$6$q;
        acc$7$clock = clock;
        drain$7$clock = clock;
        acc$7$d = acc$7$q;
        drain$7$d = drain$7$q;
        acc$8$clock = clock;
        drain$8$clock = clock;
        acc$8$d = acc$8$q;
        drain$8$d = drain$8$q;
        acc$9$clock = clock;
        drain$9$clock = clock;
        acc$9$d = acc$9$q;
        drain$9$d = drain$9$q;
        acc$10$clock = clock;
        drain$10$clock = clock;
        acc$10$d = acc$10$q;
        drain$10$d = drain$10$q;
        acc$11$clock = clock;
        drain$11$clock = clock;
        acc$11$d = acc$11$q;
        drain$11$d = drain$11$q;
        acc$12$clock = clock;
        drain$12$clock = clock;
        acc$12$d = acc$12$q;
        drain$12$d = drain$12$q;
        acc$13$clock = clock;
        drain$13$clock = clock;
        acc$13$d = acc$13$q;
        drain$13$d = drain$13$q;
        acc$14$clock = clock;
        drain$14$clock = clock;
        acc$14$d = acc$14$q;
        drain$14$d = drain$14$q;
        acc$15$clock = clock;
        drain$15$clock = clock;
        acc$15$d = acc$15$q;
        drain$15$d = drain$15$q;
        qpos = ((q) & 18'h3ffff);
        if (q[32'h7]) begin
            qpos = ((q) & 18'h3ffff) | 32'h3ff00;
        end
        qneg = 32'h0 - qpos;
        base$0 = acc$0$q;
        if (first) begin
            base$0 = 32'h0;
        end
        opnd$0 = 32'h0;
        if (trits[(32'h2 * 0)+:(2)] == 32'h1) begin
            opnd$0 = qpos;
        end
        if (trits[(32'h2 * 0)+:(2)] == 32'h2) begin
            opnd$0 = qneg;
        end
        if (enable) begin
            acc$0$d = base$0 + opnd$0;
        end
        base$1 = acc$1$q;
        if (first) begin
            base$1 = 32'h0;
        end
        opnd$1 = 32'h0;
        if (trits[(32'h2 * 1)+:(2)] == 32'h1) begin
            opnd$1 = qpos;
        end
        if (trits[(32'h2 * 1)+:(2)] == 32'h2) begin
            opnd$1 = qneg;
        end
        if (enable) begin
            acc$1$d = base$1 + opnd$1;
        end
        base$2 = acc$2$q;
        if (first) begin
            base$2 = 32'h0;
        end
        opnd$2 = 32'h0;
        if (trits[(32'h2 * 2)+:(2)] == 32'h1) begin
            opnd$2 = qpos;
        end
        if (trits[(32'h2 * 2)+:(2)] == 32'h2) begin
            opnd$2 = qneg;
        end
        if (enable) begin
            acc$2$d = base$2 + opnd$2;
        end
        base$3 = acc$3$q;
        if (first) begin
            base$3 = 32'h0;
        end
        opnd$3 = 32'h0;
        if (trits[(32'h2 * 3)+:(2)] == 32'h1) begin
            opnd$3 = qpos;
        end
        if (trits[(32'h2 * 3)+:(2)] == 32'h2) begin
            opnd$3 = qneg;
        end
        if (enable) begin
            acc$3$d = base$3 + opnd$3;
        end
        base$4 = acc$4$q;
        if (first) begin
            base$4 = 32'h0;
        end
        opnd$4 = 32'h0;
        if (trits[(32'h2 * 4)+:(2)] == 32'h1) begin
            opnd$4 = qpos;
        end
        if (trits[(32'h2 * 4)+:(2)] == 32'h2) begin
            opnd$4 = qneg;
        end
        if (enable) begin
            acc$4$d = base$4 + opnd$4;
        end
        base$5 = acc$5$q;
        if (first) begin
            base$5 = 32'h0;
        end
        opnd$5 = 32'h0;
        if (trits[(32'h2 * 5)+:(2)] == 32'h1) begin
            opnd$5 = qpos;
        end
        if (trits[(32'h2 * 5)+:(2)] == 32'h2) begin
            opnd$5 = qneg;
        end
        if (enable) begin
            acc$5$d = base$5 + opnd$5;
        end
        base$6 = acc$6$q;
        if (first) begin
            base$6 = 32'h0;
        end
        opnd$6 = 32'h0;
        if (trits[(32'h2 * 6)+:(2)] == 32'h1) begin
            opnd$6 = qpos;
        end
        if (trits[(32'h2 * 6)+:(2)] == 32'h2) begin
            opnd$6 = qneg;
        end
        if (enable) begin
            acc$6$d = base$6 + opnd$6;
        end
        base$7 = acc$7$q;
        if (first) begin
            base$7 = 32'h0;
        end
        opnd$7 = 32'h0;
        if (trits[(32'h2 * 7)+:(2)] == 32'h1) begin
            opnd$7 = qpos;
        end
        if (trits[(32'h2 * 7)+:(2)] == 32'h2) begin
            opnd$7 = qneg;
        end
        if (enable) begin
            acc$7$d = base$7 + opnd$7;
        end
        base$8 = acc$8$q;
        if (first) begin
            base$8 = 32'h0;
        end
        opnd$8 = 32'h0;
        if (trits[(32'h2 * 8)+:(2)] == 32'h1) begin
            opnd$8 = qpos;
        end
        if (trits[(32'h2 * 8)+:(2)] == 32'h2) begin
            opnd$8 = qneg;
        end
        if (enable) begin
            acc$8$d = base$8 + opnd$8;
        end
        base$9 = acc$9$q;
        if (first) begin
            base$9 = 32'h0;
        end
        opnd$9 = 32'h0;
        if (trits[(32'h2 * 9)+:(2)] == 32'h1) begin
            opnd$9 = qpos;
        end
        if (trits[(32'h2 * 9)+:(2)] == 32'h2) begin
            opnd$9 = qneg;
        end
        if (enable) begin
            acc$9$d = base$9 + opnd$9;
        end
        base$10 = acc$10$q;
        if (first) begin
            base$10 = 32'h0;
        end
        opnd$10 = 32'h0;
        if (trits[(32'h2 * 10)+:(2)] == 32'h1) begin
            opnd$10 = qpos;
        end
        if (trits[(32'h2 * 10)+:(2)] == 32'h2) begin
            opnd$10 = qneg;
        end
        if (enable) begin
            acc$10$d = base$10 + opnd$10;
        end
        base$11 = acc$11$q;
        if (first) begin
            base$11 = 32'h0;
        end
        opnd$11 = 32'h0;
        if (trits[(32'h2 * 11)+:(2)] == 32'h1) begin
            opnd$11 = qpos;
        end
        if (trits[(32'h2 * 11)+:(2)] == 32'h2) begin
            opnd$11 = qneg;
        end
        if (enable) begin
            acc$11$d = base$11 + opnd$11;
        end
        base$12 = acc$12$q;
        if (first) begin
            base$12 = 32'h0;
        end
        opnd$12 = 32'h0;
        if (trits[(32'h2 * 12)+:(2)] == 32'h1) begin
            opnd$12 = qpos;
        end
        if (trits[(32'h2 * 12)+:(2)] == 32'h2) begin
            opnd$12 = qneg;
        end
        if (enable) begin
            acc$12$d = base$12 + opnd$12;
        end
        base$13 = acc$13$q;
        if (first) begin
            base$13 = 32'h0;
        end
        opnd$13 = 32'h0;
        if (trits[(32'h2 * 13)+:(2)] == 32'h1) begin
            opnd$13 = qpos;
        end
        if (trits[(32'h2 * 13)+:(2)] == 32'h2) begin
            opnd$13 = qneg;
        end
        if (enable) begin
            acc$13$d = base$13 + opnd$13;
        end
        base$14 = acc$14$q;
        if (first) begin
            base$14 = 32'h0;
        end
        opnd$14 = 32'h0;
        if (trits[(32'h2 * 14)+:(2)] == 32'h1) begin
            opnd$14 = qpos;
        end
        if (trits[(32'h2 * 14)+:(2)] == 32'h2) begin
            opnd$14 = qneg;
        end
        if (enable) begin
            acc$14$d = base$14 + opnd$14;
        end
        base$15 = acc$15$q;
        if (first) begin
            base$15 = 32'h0;
        end
        opnd$15 = 32'h0;
        if (trits[(32'h2 * 15)+:(2)] == 32'h1) begin
            opnd$15 = qpos;
        end
        if (trits[(32'h2 * 15)+:(2)] == 32'h2) begin
            opnd$15 = qneg;
        end
        if (enable) begin
            acc$15$d = base$15 + opnd$15;
        end
        if (load) begin
            drain$0$d = acc$0$q;
            drain$1$d = acc$1$q;
            drain$2$d = acc$2$q;
            drain$3$d = acc$3$q;
            drain$4$d = acc$4$q;
            drain$5$d = acc$5$q;
            drain$6$d = acc$6$q;
            drain$7$d = acc$7$q;
            drain$8$d = acc$8$q;
            drain$9$d = acc$9$q;
            drain$10$d = acc$10$q;
            drain$11$d = acc$11$q;
            drain$12$d = acc$12$q;
            drain$13$d = acc$13$q;
            drain$14$d = acc$14$q;
            drain$15$d = acc$15$q;
        end
        else if (shift) begin
            drain$0$d = drain$1$q;
            drain$1$d = drain$2$q;
            drain$2$d = drain$3$q;
            drain$3$d = drain$4$q;
            drain$4$d = drain$5$q;
            drain$5$d = drain$6$q;
            drain$6$d = drain$7$q;
            drain$7$d = drain$8$q;
            drain$8$d = drain$9$q;
            drain$9$d = drain$10$q;
            drain$10$d = drain$11$q;
            drain$11$d = drain$12$q;
            drain$12$d = drain$13$q;
            drain$13$d = drain$14$q;
            drain$14$d = drain$15$q;
            drain$15$d = chain_in;
        end
        chain_out = drain$0$q;
    end
    
endmodule // top$soc$core$lanes$2


module top$soc$core$lanes$2$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$0


module top$soc$core$lanes$2$acc$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$1


module top$soc$core$lanes$2$acc$10(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$10


module top$soc$core$lanes$2$acc$11(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$11


module top$soc$core$lanes$2$acc$12(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$12


module top$soc$core$lanes$2$acc$13(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$13


module top$soc$core$lanes$2$acc$14(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$14


module top$soc$core$lanes$2$acc$15(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$15


module top$soc$core$lanes$2$acc$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$2


module top$soc$core$lanes$2$acc$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$3


module top$soc$core$lanes$2$acc$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$4


module top$soc$core$lanes$2$acc$5(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$5


module top$soc$core$lanes$2$acc$6(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$6


module top$soc$core$lanes$2$acc$7(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$7


module top$soc$core$lanes$2$acc$8(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$8


module top$soc$core$lanes$2$acc$9(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$acc$9


module top$soc$core$lanes$2$drain$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$0


module top$soc$core$lanes$2$drain$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$1


module top$soc$core$lanes$2$drain$10(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$10


module top$soc$core$lanes$2$drain$11(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$11


module top$soc$core$lanes$2$drain$12(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$12


module top$soc$core$lanes$2$drain$13(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$13


module top$soc$core$lanes$2$drain$14(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$14


module top$soc$core$lanes$2$drain$15(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$15


module top$soc$core$lanes$2$drain$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$2


module top$soc$core$lanes$2$drain$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$3


module top$soc$core$lanes$2$drain$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$4


module top$soc$core$lanes$2$drain$5(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$5


module top$soc$core$lanes$2$drain$6(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$6


module top$soc$core$lanes$2$drain$7(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$7


module top$soc$core$lanes$2$drain$8(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$8


module top$soc$core$lanes$2$drain$9(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$2$drain$9


module top$soc$core$lanes$3(clock,trits,q,enable,first,load,shift,chain_in,chain_out);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] trits;
    input wire  [7:0] q;
    input wire  enable;
    input wire  first;
    input wire  load;
    input wire  shift;
    input wire  [17:0] chain_in;
    output reg  [17:0] chain_out;
    
    // Stub signals
    reg  [17:0] acc$0$d;
    wire  [17:0] acc$0$q;
    reg  acc$0$clock;
    reg  [17:0] acc$1$d;
    wire  [17:0] acc$1$q;
    reg  acc$1$clock;
    reg  [17:0] acc$2$d;
    wire  [17:0] acc$2$q;
    reg  acc$2$clock;
    reg  [17:0] acc$3$d;
    wire  [17:0] acc$3$q;
    reg  acc$3$clock;
    reg  [17:0] acc$4$d;
    wire  [17:0] acc$4$q;
    reg  acc$4$clock;
    reg  [17:0] acc$5$d;
    wire  [17:0] acc$5$q;
    reg  acc$5$clock;
    reg  [17:0] acc$6$d;
    wire  [17:0] acc$6$q;
    reg  acc$6$clock;
    reg  [17:0] acc$7$d;
    wire  [17:0] acc$7$q;
    reg  acc$7$clock;
    reg  [17:0] acc$8$d;
    wire  [17:0] acc$8$q;
    reg  acc$8$clock;
    reg  [17:0] acc$9$d;
    wire  [17:0] acc$9$q;
    reg  acc$9$clock;
    reg  [17:0] acc$10$d;
    wire  [17:0] acc$10$q;
    reg  acc$10$clock;
    reg  [17:0] acc$11$d;
    wire  [17:0] acc$11$q;
    reg  acc$11$clock;
    reg  [17:0] acc$12$d;
    wire  [17:0] acc$12$q;
    reg  acc$12$clock;
    reg  [17:0] acc$13$d;
    wire  [17:0] acc$13$q;
    reg  acc$13$clock;
    reg  [17:0] acc$14$d;
    wire  [17:0] acc$14$q;
    reg  acc$14$clock;
    reg  [17:0] acc$15$d;
    wire  [17:0] acc$15$q;
    reg  acc$15$clock;
    reg  [17:0] drain$0$d;
    wire  [17:0] drain$0$q;
    reg  drain$0$clock;
    reg  [17:0] drain$1$d;
    wire  [17:0] drain$1$q;
    reg  drain$1$clock;
    reg  [17:0] drain$2$d;
    wire  [17:0] drain$2$q;
    reg  drain$2$clock;
    reg  [17:0] drain$3$d;
    wire  [17:0] drain$3$q;
    reg  drain$3$clock;
    reg  [17:0] drain$4$d;
    wire  [17:0] drain$4$q;
    reg  drain$4$clock;
    reg  [17:0] drain$5$d;
    wire  [17:0] drain$5$q;
    reg  drain$5$clock;
    reg  [17:0] drain$6$d;
    wire  [17:0] drain$6$q;
    reg  drain$6$clock;
    reg  [17:0] drain$7$d;
    wire  [17:0] drain$7$q;
    reg  drain$7$clock;
    reg  [17:0] drain$8$d;
    wire  [17:0] drain$8$q;
    reg  drain$8$clock;
    reg  [17:0] drain$9$d;
    wire  [17:0] drain$9$q;
    reg  drain$9$clock;
    reg  [17:0] drain$10$d;
    wire  [17:0] drain$10$q;
    reg  drain$10$clock;
    reg  [17:0] drain$11$d;
    wire  [17:0] drain$11$q;
    reg  drain$11$clock;
    reg  [17:0] drain$12$d;
    wire  [17:0] drain$12$q;
    reg  drain$12$clock;
    reg  [17:0] drain$13$d;
    wire  [17:0] drain$13$q;
    reg  drain$13$clock;
    reg  [17:0] drain$14$d;
    wire  [17:0] drain$14$q;
    reg  drain$14$clock;
    reg  [17:0] drain$15$d;
    wire  [17:0] drain$15$q;
    reg  drain$15$clock;
    
    // Local signals
    reg  [17:0] qpos;
    reg  [17:0] qneg;
    reg  [17:0] base$0;
    reg  [17:0] base$1;
    reg  [17:0] base$2;
    reg  [17:0] base$3;
    reg  [17:0] base$4;
    reg  [17:0] base$5;
    reg  [17:0] base$6;
    reg  [17:0] base$7;
    reg  [17:0] base$8;
    reg  [17:0] base$9;
    reg  [17:0] base$10;
    reg  [17:0] base$11;
    reg  [17:0] base$12;
    reg  [17:0] base$13;
    reg  [17:0] base$14;
    reg  [17:0] base$15;
    reg  [17:0] opnd$0;
    reg  [17:0] opnd$1;
    reg  [17:0] opnd$2;
    reg  [17:0] opnd$3;
    reg  [17:0] opnd$4;
    reg  [17:0] opnd$5;
    reg  [17:0] opnd$6;
    reg  [17:0] opnd$7;
    reg  [17:0] opnd$8;
    reg  [17:0] opnd$9;
    reg  [17:0] opnd$10;
    reg  [17:0] opnd$11;
    reg  [17:0] opnd$12;
    reg  [17:0] opnd$13;
    reg  [17:0] opnd$14;
    reg  [17:0] opnd$15;
    
    // Sub module instances
    top$soc$core$lanes$3$acc$0 acc$0(
        .d(acc$0$d),
        .q(acc$0$q),
        .clock(acc$0$clock)
    );
    top$soc$core$lanes$3$acc$1 acc$1(
        .d(acc$1$d),
        .q(acc$1$q),
        .clock(acc$1$clock)
    );
    top$soc$core$lanes$3$acc$2 acc$2(
        .d(acc$2$d),
        .q(acc$2$q),
        .clock(acc$2$clock)
    );
    top$soc$core$lanes$3$acc$3 acc$3(
        .d(acc$3$d),
        .q(acc$3$q),
        .clock(acc$3$clock)
    );
    top$soc$core$lanes$3$acc$4 acc$4(
        .d(acc$4$d),
        .q(acc$4$q),
        .clock(acc$4$clock)
    );
    top$soc$core$lanes$3$acc$5 acc$5(
        .d(acc$5$d),
        .q(acc$5$q),
        .clock(acc$5$clock)
    );
    top$soc$core$lanes$3$acc$6 acc$6(
        .d(acc$6$d),
        .q(acc$6$q),
        .clock(acc$6$clock)
    );
    top$soc$core$lanes$3$acc$7 acc$7(
        .d(acc$7$d),
        .q(acc$7$q),
        .clock(acc$7$clock)
    );
    top$soc$core$lanes$3$acc$8 acc$8(
        .d(acc$8$d),
        .q(acc$8$q),
        .clock(acc$8$clock)
    );
    top$soc$core$lanes$3$acc$9 acc$9(
        .d(acc$9$d),
        .q(acc$9$q),
        .clock(acc$9$clock)
    );
    top$soc$core$lanes$3$acc$10 acc$10(
        .d(acc$10$d),
        .q(acc$10$q),
        .clock(acc$10$clock)
    );
    top$soc$core$lanes$3$acc$11 acc$11(
        .d(acc$11$d),
        .q(acc$11$q),
        .clock(acc$11$clock)
    );
    top$soc$core$lanes$3$acc$12 acc$12(
        .d(acc$12$d),
        .q(acc$12$q),
        .clock(acc$12$clock)
    );
    top$soc$core$lanes$3$acc$13 acc$13(
        .d(acc$13$d),
        .q(acc$13$q),
        .clock(acc$13$clock)
    );
    top$soc$core$lanes$3$acc$14 acc$14(
        .d(acc$14$d),
        .q(acc$14$q),
        .clock(acc$14$clock)
    );
    top$soc$core$lanes$3$acc$15 acc$15(
        .d(acc$15$d),
        .q(acc$15$q),
        .clock(acc$15$clock)
    );
    top$soc$core$lanes$3$drain$0 drain$0(
        .d(drain$0$d),
        .q(drain$0$q),
        .clock(drain$0$clock)
    );
    top$soc$core$lanes$3$drain$1 drain$1(
        .d(drain$1$d),
        .q(drain$1$q),
        .clock(drain$1$clock)
    );
    top$soc$core$lanes$3$drain$2 drain$2(
        .d(drain$2$d),
        .q(drain$2$q),
        .clock(drain$2$clock)
    );
    top$soc$core$lanes$3$drain$3 drain$3(
        .d(drain$3$d),
        .q(drain$3$q),
        .clock(drain$3$clock)
    );
    top$soc$core$lanes$3$drain$4 drain$4(
        .d(drain$4$d),
        .q(drain$4$q),
        .clock(drain$4$clock)
    );
    top$soc$core$lanes$3$drain$5 drain$5(
        .d(drain$5$d),
        .q(drain$5$q),
        .clock(drain$5$clock)
    );
    top$soc$core$lanes$3$drain$6 drain$6(
        .d(drain$6$d),
        .q(drain$6$q),
        .clock(drain$6$clock)
    );
    top$soc$core$lanes$3$drain$7 drain$7(
        .d(drain$7$d),
        .q(drain$7$q),
        .clock(drain$7$clock)
    );
    top$soc$core$lanes$3$drain$8 drain$8(
        .d(drain$8$d),
        .q(drain$8$q),
        .clock(drain$8$clock)
    );
    top$soc$core$lanes$3$drain$9 drain$9(
        .d(drain$9$d),
        .q(drain$9$q),
        .clock(drain$9$clock)
    );
    top$soc$core$lanes$3$drain$10 drain$10(
        .d(drain$10$d),
        .q(drain$10$q),
        .clock(drain$10$clock)
    );
    top$soc$core$lanes$3$drain$11 drain$11(
        .d(drain$11$d),
        .q(drain$11$q),
        .clock(drain$11$clock)
    );
    top$soc$core$lanes$3$drain$12 drain$12(
        .d(drain$12$d),
        .q(drain$12$q),
        .clock(drain$12$clock)
    );
    top$soc$core$lanes$3$drain$13 drain$13(
        .d(drain$13$d),
        .q(drain$13$q),
        .clock(drain$13$clock)
    );
    top$soc$core$lanes$3$drain$14 drain$14(
        .d(drain$14$d),
        .q(drain$14$q),
        .clock(drain$14$clock)
    );
    top$soc$core$lanes$3$drain$15 drain$15(
        .d(drain$15$d),
        .q(drain$15$q),
        .clock(drain$15$clock)
    );
    
    // Update code
    always @(*) begin
        acc$0$clock = clock;
        drain$0$clock = clock;
        acc$0$d = acc$0$q;
        drain$0$d = drain$0$q;
        acc$1$clock = clock;
        drain$1$clock = clock;
        acc$1$d = acc$1$q;
        drain$1$d = drain$1$q;
        acc$2$clock = clock;
        drain$2$clock = clock;
        acc$2$d = acc$2$q;
        drain$2$d = drain$2$q;
        acc$3$clock = clock;
        drain$3$clock = clock;
        acc$3$d = acc$3$q;
        drain$3$d = drain$3$q;
        acc$4$clock = clock;
        drain$4$clock = clock;
        acc$4$d = acc$4$q;
        drain$4$d = drain$4$q;
        acc$5$clock = clock;
        drain$5$clock = clock;
        acc$5$d = acc$5$q;
        drain$5$d = drain$5$q;
        acc$6$clock = clock;
        drain$6$clock = clock;
        acc$6$d = acc$6$q;
        drain$6$d = drain$6$q;
        acc$7$clock = clock;
        drain$7$clock = clock;
        acc$7$d = acc$7$q;
        drain$7$d = drain$7$q;
        acc$8$clock = clock;
        drain$8$clock = clock;
        acc$8$d = acc$8$q;
        drain$8$d = drain$8$q;
        acc$9$clock = clock;
        drain$9$clock = clock;
        acc$9$d = acc$9$q;
        drain$9$d = drain$9$q;
        acc$10$clock = clock;
        drain$10$clock = clock;
        acc$10$d = acc$10$q;
        drain$10$d = drain$10$q;
        acc$11$clock = clock;
        drain$11$clock = clock;
        acc$11$d = acc$11$q;
        drain$11$d = drain$11$q;
        acc$12$clock = clock;
        drain$12$clock = clock;
        acc$12$d = acc$12$q;
        drain$12$d = drain$12$q;
        acc$13$clock = clock;
        drain$13$clock = clock;
        acc$13$d = acc$13$q;
        drain$13$d = drain$13$q;
        acc$14$clock = clock;
        drain$14$clock = clock;
        acc$14$d = acc$14$q;
        drain$14$d = drain$14$q;
        acc$15$clock = clock;
        drain$15$clock = clock;
        acc$15$d = acc$15$q;
        drain$15$d = drain$15$q;
        qpos = ((q) & 18'h3ffff);
        if (q[32'h7]) begin
            qpos = ((q) & 18'h3ffff) | 32'h3ff00;
        end
        qneg = 32'h0 - qpos;
        base$0 = acc$0$q;
        if (first) begin
            base$0 = 32'h0;
        end
        opnd$0 = 32'h0;
        if (trits[(32'h2 * 0)+:(2)] == 32'h1) begin
            opnd$0 = qpos;
        end
        if (trits[(32'h2 * 0)+:(2)] == 32'h2) begin
            opnd$0 = qneg;
        end
        if (enable) begin
            acc$0$d = base$0 + opnd$0;
        end
        base$1 = acc$1$q;
        if (first) begin
            base$1 = 32'h0;
        end
        opnd$1 = 32'h0;
        if (trits[(32'h2 * 1)+:(2)] == 32'h1) begin
            opnd$1 = qpos;
        end
        if (trits[(32'h2 * 1)+:(2)] == 32'h2) begin
            opnd$1 = qneg;
        end
        if (enable) begin
            acc$1$d = base$1 + opnd$1;
        end
        base$2 = acc$2$q;
        if (first) begin
            base$2 = 32'h0;
        end
        opnd$2 = 32'h0;
        if (trits[(32'h2 * 2)+:(2)] == 32'h1) begin
            opnd$2 = qpos;
        end
        if (trits[(32'h2 * 2)+:(2)] == 32'h2) begin
            opnd$2 = qneg;
        end
        if (enable) begin
            acc$2$d = base$2 + opnd$2;
        end
        base$3 = acc$3$q;
        if (first) begin
            base$3 = 32'h0;
        end
        opnd$3 = 32'h0;
        if (trits[(32'h2 * 3)+:(2)] == 32'h1) begin
            opnd$3 = qpos;
        end
        if (trits[(32'h2 * 3)+:(2)] == 32'h2) begin
            opnd$3 = qneg;
        end
        if (enable) begin
            acc$3$d = base$3 + opnd$3;
        end
        base$4 = acc$4$q;
        if (first) begin
            base$4 = 32'h0;
        end
        opnd$4 = 32'h0;
        if (trits[(32'h2 * 4)+:(2)] == 32'h1) begin
            opnd$4 = qpos;
        end
        if (trits[(32'h2 * 4)+:(2)] == 32'h2) begin
            opnd$4 = qneg;
        end
        if (enable) begin
            acc$4$d = base$4 + opnd$4;
        end
        base$5 = acc$5$q;
        if (first) begin
            base$5 = 32'h0;
        end
        opnd$5 = 32'h0;
        if (trits[(32'h2 * 5)+:(2)] == 32'h1) begin
            opnd$5 = qpos;
        end
        if (trits[(32'h2 * 5)+:(2)] == 32'h2) begin
            opnd$5 = qneg;
        end
        if (enable) begin
            acc$5$d = base$5 + opnd$5;
        end
        base$6 = acc$6$q;
        if (first) begin
            base$6 = 32'h0;
        end
        opnd$6 = 32'h0;
        if (trits[(32'h2 * 6)+:(2)] == 32'h1) begin
            opnd$6 = qpos;
        end
        if (trits[(32'h2 * 6)+:(2)] == 32'h2) begin
            opnd$6 = qneg;
        end
        if (enable) begin
            acc$6$d = base$6 + opnd$6;
        end
        base$7 = acc$7$q;
        if (first) begin
            base$7 = 32'h0;
        end
        opnd$7 = 32'h0;
        if (trits[(32'h2 * 7)+:(2)] == 32'h1) begin
            opnd$7 = qpos;
        end
        if (trits[(32'h2 * 7)+:(2)] == 32'h2) begin
            opnd$7 = qneg;
        end
        if (enable) begin
            acc$7$d = base$7 + opnd$7;
        end
        base$8 = acc$8$q;
        if (first) begin
            base$8 = 32'h0;
        end
        opnd$8 = 32'h0;
        if (trits[(32'h2 * 8)+:(2)] == 32'h1) begin
            opnd$8 = qpos;
        end
        if (trits[(32'h2 * 8)+:(2)] == 32'h2) begin
            opnd$8 = qneg;
        end
        if (enable) begin
            acc$8$d = base$8 + opnd$8;
        end
        base$9 = acc$9$q;
        if (first) begin
            base$9 = 32'h0;
        end
        opnd$9 = 32'h0;
        if (trits[(32'h2 * 9)+:(2)] == 32'h1) begin
            opnd$9 = qpos;
        end
        if (trits[(32'h2 * 9)+:(2)] == 32'h2) begin
            opnd$9 = qneg;
        end
        if (enable) begin
            acc$9$d = base$9 + opnd$9;
        end
        base$10 = acc$10$q;
        if (first) begin
            base$10 = 32'h0;
        end
        opnd$10 = 32'h0;
        if (trits[(32'h2 * 10)+:(2)] == 32'h1) begin
            opnd$10 = qpos;
        end
        if (trits[(32'h2 * 10)+:(2)] == 32'h2) begin
            opnd$10 = qneg;
        end
        if (enable) begin
            acc$10$d = base$10 + opnd$10;
        end
        base$11 = acc$11$q;
        if (first) begin
            base$11 = 32'h0;
        end
        opnd$11 = 32'h0;
        if (trits[(32'h2 * 11)+:(2)] == 32'h1) begin
            opnd$11 = qpos;
        end
        if (trits[(32'h2 * 11)+:(2)] == 32'h2) begin
            opnd$11 = qneg;
        end
        if (enable) begin
            acc$11$d = base$11 + opnd$11;
        end
        base$12 = acc$12$q;
        if (first) begin
            base$12 = 32'h0;
        end
        opnd$12 = 32'h0;
        if (trits[(32'h2 * 12)+:(2)] == 32'h1) begin
            opnd$12 = qpos;
        end
        if (trits[(32'h2 * 12)+:(2)] == 32'h2) begin
            opnd$12 = qneg;
        end
        if (enable) begin
            acc$12$d = base$12 + opnd$12;
        end
        base$13 = acc$13$q;
        if (first) begin
            base$13 = 32'h0;
        end
        opnd$13 = 32'h0;
        if (trits[(32'h2 * 13)+:(2)] == 32'h1) begin
            opnd$13 = qpos;
        end
        if (trits[(32'h2 * 13)+:(2)] == 32'h2) begin
            opnd$13 = qneg;
        end
        if (enable) begin
            acc$13$d = base$13 + opnd$13;
        end
        base$14 = acc$14$q;
        if (first) begin
            base$14 = 32'h0;
        end
        opnd$14 = 32'h0;
        if (trits[(32'h2 * 14)+:(2)] == 32'h1) begin
            opnd$14 = qpos;
        end
        if (trits[(32'h2 * 14)+:(2)] == 32'h2) begin
            opnd$14 = qneg;
        end
        if (enable) begin
            acc$14$d = base$14 + opnd$14;
        end
        base$15 = acc$15$q;
        if (first) begin
            base$15 = 32'h0;
        end
        opnd$15 = 32'h0;
        if (trits[(32'h2 * 15)+:(2)] == 32'h1) begin
            opnd$15 = qpos;
        end
        if (trits[(32'h2 * 15)+:(2)] == 32'h2) begin
            opnd$15 = qneg;
        end
        if (enable) begin
            acc$15$d = base$15 + opnd$15;
        end
        if (load) begin
            drain$0$d = acc$0$q;
            drain$1$d = acc$1$q;
            drain$2$d = acc$2$q;
            drain$3$d = acc$3$q;
            drain$4$d = acc$4$q;
            drain$5$d = acc$5$q;
            drain$6$d = acc$6$q;
            drain$7$d = acc$7$q;
            drain$8$d = acc$8$q;
            drain$9$d = acc$9$q;
            drain$10$d = acc$10$q;
            drain$11$d = acc$11$q;
            drain$12$d = acc$12$q;
            drain$13$d = acc$13$q;
            drain$14$d = acc$14$q;
            drain$15$d = acc$15$q;
        end
        else if (shift) begin
            drain$0$d = drain$1$q;
            drain$1$d = drain$2$q;
            drain$2$d = drain$3$q;
            drain$3$d = drain$4$q;
            drain$4$d = drain$5$q;
            drain$5$d = drain$6$q;
            drain$6$d = drain$7$q;
            drain$7$d = drain$8$q;
            drain$8$d = drain$9$q;
            drain$9$d = drain$10$q;
            drain$10$d = drain$11$q;
            drain$11$d = drain$12$q;
            drain$12$d = drain$13$q;
            drain$13$d = drain$14$q;
            drain$14$d = drain$15$q;
            drain$15$d = chain_in;
        end
        chain_out = drain$0$q;
    end
    
endmodule // top$soc$core$lanes$3


module top$soc$core$lanes$3$acc$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$0


module top$soc$core$lanes$3$acc$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$1


module top$soc$core$lanes$3$acc$10(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$10


module top$soc$core$lanes$3$acc$11(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$11


module top$soc$core$lanes$3$acc$12(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$12


module top$soc$core$lanes$3$acc$13(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$13


module top$soc$core$lanes$3$acc$14(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$14


module top$soc$core$lanes$3$acc$15(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$15


module top$soc$core$lanes$3$acc$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$2


module top$soc$core$lanes$3$acc$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$3


module top$soc$core$lanes$3$acc$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$4


module top$soc$core$lanes$3$acc$5(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$5


module top$soc$core$lanes$3$acc$6(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$6


module top$soc$core$lanes$3$acc$7(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$7


module top$soc$core$lanes$3$acc$8(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$8


module top$soc$core$lanes$3$acc$9(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$acc$9


module top$soc$core$lanes$3$drain$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$0


module top$soc$core$lanes$3$drain$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$1


module top$soc$core$lanes$3$drain$10(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$10


module top$soc$core$lanes$3$drain$11(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$11


module top$soc$core$lanes$3$drain$12(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$12


module top$soc$core$lanes$3$drain$13(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$13


module top$soc$core$lanes$3$drain$14(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$14


module top$soc$core$lanes$3$drain$15(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$15


module top$soc$core$lanes$3$drain$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$2


module top$soc$core$lanes$3$drain$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$3


module top$soc$core$lanes$3$drain$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$4


module top$soc$core$lanes$3$drain$5(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$5


module top$soc$core$lanes$3$drain$6(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$6


module top$soc$core$lanes$3$drain$7(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$7


module top$soc$core$lanes$3$drain$8(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$8


module top$soc$core$lanes$3$drain$9(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$lanes$3$drain$9


module top$soc$core$last1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$last1


module top$soc$core$last2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$last2


module top$soc$core$mv1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$mv1


module top$soc$core$pc(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$pc


module top$soc$core$prog_hi(read_address,read_data,write_address,write_data,write_enable,clock);
    
    // Module arguments
    input wire  [9:0] read_address;
    output reg  [31:0] read_data;
    input wire  [9:0] write_address;
    input wire  [31:0] write_data;
    input wire  write_enable;
    input wire  clock;
    
    // Update code (custom)
    reg [31:0] mem [0:255];
    integer i;
    initial begin
      for (i = 0; i <= 255; i = i + 1) mem[i] = 0;
      read_data = 0;
    end
    always @(posedge clock) begin
      if (read_address <= 255) read_data <= mem[read_address]; else read_data <= 0;
      if (write_enable && write_address <= 255) mem[write_address] <= write_data;
    end
endmodule // top$soc$core$prog_hi


module top$soc$core$prog_lo(read_address,read_data,write_address,write_data,write_enable,clock);
    
    // Module arguments
    input wire  [9:0] read_address;
    output reg  [31:0] read_data;
    input wire  [9:0] write_address;
    input wire  [31:0] write_data;
    input wire  write_enable;
    input wire  clock;
    
    // Update code (custom)
    reg [31:0] mem [0:255];
    integer i;
    initial begin
      for (i = 0; i <= 255; i = i + 1) mem[i] = 0;
      read_data = 0;
    end
    always @(posedge clock) begin
      if (read_address <= 255) read_data <= mem[read_address]; else read_data <= 0;
      if (write_enable && write_address <= 255) mem[write_address] <= write_data;
    end
endmodule // top$soc$core$prog_lo


module top$soc$core$qmem(read_address,read_data,write_address,write_data,write_enable,clock);
    
    // Module arguments
    input wire  [11:0] read_address;
    output reg  [7:0] read_data;
    input wire  [11:0] write_address;
    input wire  [7:0] write_data;
    input wire  write_enable;
    input wire  clock;
    
    // Update code (custom)
    reg [7:0] mem [0:255];
    integer i;
    initial begin
      for (i = 0; i <= 255; i = i + 1) mem[i] = 0;
      read_data = 0;
    end
    always @(posedge clock) begin
      if (read_address <= 255) read_data <= mem[read_address]; else read_data <= 0;
      if (write_enable && write_address <= 255) mem[write_address] <= write_data;
    end
endmodule // top$soc$core$qmem


module top$soc$core$recip(clock,start,m,busy,n,r);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [31:0] m;
    output reg  busy;
    output reg  [7:0] n;
    output reg  [15:0] r;
    
    // Constant declarations
    localparam  idle = 2'b0;
    localparam  norm = 2'b1;
    localparam  div = 2'b10;
    
    // Stub signals
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  [31:0] mm$d;
    wire  [31:0] mm$q;
    reg  mm$clock;
    reg  [7:0] nn$d;
    wire  [7:0] nn$q;
    reg  nn$clock;
    reg  [31:0] num$d;
    wire  [31:0] num$q;
    reg  num$clock;
    reg  [31:0] rem$d;
    wire  [31:0] rem$q;
    reg  rem$clock;
    reg  [15:0] quo$d;
    wire  [15:0] quo$q;
    reg  quo$clock;
    reg  [4:0] cnt$d;
    wire  [4:0] cnt$q;
    reg  cnt$clock;
    
    // Local signals
    reg  [31:0] remx;
    
    // Sub module instances
    top$soc$core$recip$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$soc$core$recip$mm mm(
        .d(mm$d),
        .q(mm$q),
        .clock(mm$clock)
    );
    top$soc$core$recip$nn nn(
        .d(nn$d),
        .q(nn$q),
        .clock(nn$clock)
    );
    top$soc$core$recip$num num(
        .d(num$d),
        .q(num$q),
        .clock(num$clock)
    );
    top$soc$core$recip$rem rem(
        .d(rem$d),
        .q(rem$q),
        .clock(rem$clock)
    );
    top$soc$core$recip$quo quo(
        .d(quo$d),
        .q(quo$q),
        .clock(quo$clock)
    );
    top$soc$core$recip$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        mm$clock = clock;
        nn$clock = clock;
        num$clock = clock;
        rem$clock = clock;
        quo$clock = clock;
        cnt$clock = clock;
        state$d = state$q;
        mm$d = mm$q;
        nn$d = nn$q;
        num$d = num$q;
        rem$d = rem$q;
        quo$d = quo$q;
        cnt$d = cnt$q;
        busy = state$q != idle;
        n = nn$q;
        r = quo$q;
        remx = (rem$q << 32'h1) | ((num$q[(32'h1c)+:(1)]) & 32'hffffffff);
        if (state$q == idle) begin
            if (start) begin
                mm$d = m;
                nn$d = 32'h0;
                quo$d = 32'h0;
                if (m != 32'h0) begin
                    state$d = norm;
                end
            end
        end
        else if (state$q == norm) begin
            if (mm$q >= 32'h8000) begin
                mm$d = mm$q >> 32'h1;
                nn$d = nn$q + 32'h1;
            end
            else if (mm$q < 32'h4000) begin
                mm$d = mm$q << 32'h1;
                nn$d = nn$q - 32'h1;
            end
            else begin
                state$d = div;
                num$d = (32'h7f << 32'h16);
                rem$d = 32'h0;
                cnt$d = 32'h0;
            end
        end
        else begin
            num$d = num$q << 32'h1;
            rem$d = remx;
            quo$d = quo$q << 32'h1;
            if (remx >= mm$q) begin
                rem$d = remx - mm$q;
                quo$d = (quo$q << 32'h1) | 32'h1;
            end
            cnt$d = cnt$q + 32'h1;
            if (cnt$q == 32'h1c) begin
                state$d = idle;
            end
        end
    end
    
endmodule // top$soc$core$recip


module top$soc$core$recip$cnt(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$recip$cnt


module top$soc$core$recip$mm(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$recip$mm


module top$soc$core$recip$nn(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$recip$nn


module top$soc$core$recip$num(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$recip$num


module top$soc$core$recip$quo(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$recip$quo


module top$soc$core$recip$rem(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$recip$rem


module top$soc$core$recip$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$recip$state


module top$soc$core$rgrp(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$rgrp


module top$soc$core$rreg(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$rreg


module top$soc$core$scale(clock,start,m,ss_lo,ss_hi,c_mant,c_exp,busy,s_mant,s_exp);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [31:0] m;
    input wire  [23:0] ss_lo;
    input wire  [23:0] ss_hi;
    input wire  [15:0] c_mant;
    input wire  [15:0] c_exp;
    output reg  busy;
    output reg  [15:0] s_mant;
    output reg  [15:0] s_exp;
    
    // Constant declarations
    localparam  idle = 3'b0;
    localparam  sqrt = 3'b1;
    localparam  norm = 3'b10;
    localparam  div = 3'b11;
    localparam  mul = 3'b100;
    
    // Stub signals
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [5:0] cnt$d;
    wire  [5:0] cnt$q;
    reg  cnt$clock;
    reg  [23:0] sq_lo$d;
    wire  [23:0] sq_lo$q;
    reg  sq_lo$clock;
    reg  [23:0] sq_hi$d;
    wire  [23:0] sq_hi$q;
    reg  sq_hi$clock;
    reg  [31:0] rem$d;
    wire  [31:0] rem$q;
    reg  rem$clock;
    reg  [31:0] root$d;
    wire  [31:0] root$q;
    reg  root$clock;
    reg  [31:0] n1$d;
    wire  [31:0] n1$q;
    reg  n1$clock;
    reg  [31:0] d1$d;
    wire  [31:0] d1$q;
    reg  d1$clock;
    reg  [15:0] sa$d;
    wire  [15:0] sa$q;
    reg  sa$clock;
    reg  [15:0] sb$d;
    wire  [15:0] sb$q;
    reg  sb$clock;
    reg  [31:0] q$d;
    wire  [31:0] q$q;
    reg  q$clock;
    reg  [15:0] mant$d;
    wire  [15:0] mant$q;
    reg  mant$clock;
    reg  [15:0] exp$d;
    wire  [15:0] exp$q;
    reg  exp$clock;
    
    // Local signals
    reg  [31:0] remx;
    reg  [31:0] trial;
    reg  [15:0] q16;
    reg  [15:0] e;
    reg  [31:0] p;
    
    // Sub module instances
    top$soc$core$scale$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$soc$core$scale$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    top$soc$core$scale$sq_lo sq_lo(
        .d(sq_lo$d),
        .q(sq_lo$q),
        .clock(sq_lo$clock)
    );
    top$soc$core$scale$sq_hi sq_hi(
        .d(sq_hi$d),
        .q(sq_hi$q),
        .clock(sq_hi$clock)
    );
    top$soc$core$scale$rem rem(
        .d(rem$d),
        .q(rem$q),
        .clock(rem$clock)
    );
    top$soc$core$scale$root root(
        .d(root$d),
        .q(root$q),
        .clock(root$clock)
    );
    top$soc$core$scale$n1 n1(
        .d(n1$d),
        .q(n1$q),
        .clock(n1$clock)
    );
    top$soc$core$scale$d1 d1(
        .d(d1$d),
        .q(d1$q),
        .clock(d1$clock)
    );
    top$soc$core$scale$sa sa(
        .d(sa$d),
        .q(sa$q),
        .clock(sa$clock)
    );
    top$soc$core$scale$sb sb(
        .d(sb$d),
        .q(sb$q),
        .clock(sb$clock)
    );
    top$soc$core$scale$q q(
        .d(q$d),
        .q(q$q),
        .clock(q$clock)
    );
    top$soc$core$scale$mant mant(
        .d(mant$d),
        .q(mant$q),
        .clock(mant$clock)
    );
    top$soc$core$scale$exp exp(
        .d(exp$d),
        .q(exp$q),
        .clock(exp$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        cnt$clock = clock;
        sq_lo$clock = clock;
        sq_hi$clock = clock;
        rem$clock = clock;
        root$clock = clock;
        n1$clock = clock;
        d1$clock = clock;
        sa$clock = clock;
        sb$clock = clock;
        q$clock = clock;
        mant$clock = clock;
        exp$clock = clock;
        state$d = state$q;
        cnt$d = cnt$q;
        sq_lo$d = sq_lo$q;
        sq_hi$d = sq_hi$q;
        rem$d = rem$q;
        root$d = root$q;
        n1$d = n1$q;
        d1$d = d1$q;
        sa$d = sa$q;
        sb$d = sb$q;
        q$d = q$q;
        mant$d = mant$q;
        exp$d = exp$q;
        busy = state$q != idle;
        s_mant = mant$q;
        s_exp = exp$q;
        remx = (rem$q << 32'h2) | ((sq_hi$q[(32'h16)+:(2)]) & 32'hffffffff);
        trial = (root$q << 32'h2) | 32'h1;
        q16 = q$q[(32'h0)+:(16)];
        e = sb$q - sa$q - 32'h10;
        if (q$q[32'h10]) begin
            q16 = q$q[(32'h1)+:(16)];
            e = sb$q - sa$q - 32'hf;
        end
        p = c_mant * q16;
        if (state$q == idle) begin
            if (start) begin
                state$d = sqrt;
                cnt$d = 32'h0;
                sq_lo$d = ss_lo;
                sq_hi$d = ss_hi;
                rem$d = 32'h0;
                root$d = 32'h0;
            end
        end
        else if (state$q == sqrt) begin
            sq_hi$d = (sq_hi$q << 32'h2) | ((sq_lo$q[(32'h16)+:(2)]) & 24'hffffff);
            sq_lo$d = sq_lo$q << 32'h2;
            rem$d = remx;
            root$d = root$q << 32'h1;
            if (remx >= trial) begin
                rem$d = remx - trial;
                root$d = (root$q << 32'h1) | 32'h1;
            end
            cnt$d = cnt$q + 32'h1;
            if (cnt$q == 32'h17) begin
                state$d = norm;
                n1$d = m;
                sa$d = 32'h0;
                sb$d = 32'h0;
            end
        end
        else if (state$q == norm) begin
            if (cnt$q == 32'h18) begin
                d1$d = root$q;
                cnt$d = 32'h19;
                if ((root$q == 32'h0) | (m == 32'h0)) begin
                    mant$d = 32'h0;
                    exp$d = 32'h0;
                    state$d = idle;
                end
            end
            else begin
                if (~n1$q[32'h1e]) begin
                    n1$d = n1$q << 32'h1;
                    sa$d = sa$q + 32'h1;
                end
                if (~d1$q[32'h1e]) begin
                    d1$d = d1$q << 32'h1;
                    sb$d = sb$q + 32'h1;
                end
                if (n1$q[32'h1e] & d1$q[32'h1e]) begin
                    state$d = div;
                    cnt$d = 32'h0;
                    rem$d = n1$q;
                    q$d = 32'h0;
                end
            end
        end
        else if (state$q == div) begin
            q$d = q$q << 32'h1;
            rem$d = rem$q << 32'h1;
            if (rem$q >= d1$q) begin
                q$d = (q$q << 32'h1) | 32'h1;
                rem$d = (rem$q - d1$q) << 32'h1;
            end
            cnt$d = cnt$q + 32'h1;
            if (cnt$q == 32'h10) begin
                state$d = mul;
            end
        end
        else begin
            mant$d = p[(32'hf)+:(16)];
            exp$d = c_exp + e + 32'hf;
            if (p[32'h1f]) begin
                mant$d = p[(32'h10)+:(16)];
                exp$d = c_exp + e + 32'h10;
            end
            state$d = idle;
        end
    end
    
endmodule // top$soc$core$scale


module top$soc$core$scale$cnt(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$cnt


module top$soc$core$scale$d1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$d1


module top$soc$core$scale$exp(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$exp


module top$soc$core$scale$mant(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$mant


module top$soc$core$scale$n1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$n1


module top$soc$core$scale$q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$q


module top$soc$core$scale$rem(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$rem


module top$soc$core$scale$root(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$root


module top$soc$core$scale$sa(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$sa


module top$soc$core$scale$sb(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$sb


module top$soc$core$scale$sq_hi(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$sq_hi


module top$soc$core$scale$sq_lo(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$sq_lo


module top$soc$core$scale$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$scale$state


module top$soc$core$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$state


module top$soc$core$token(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$token


module top$soc$core$v1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$v1


module top$soc$core$valu(clock,in_valid,in_op,in_imm,in_x,in_y,in_acc,in_dst,in_bank,clear_ss,clear_m,s_mant,s_exp,q_n,q_r,out_valid,out_data,out_q,out_dst,out_bank,ss_lo,ss_hi,m);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    input wire  [3:0] in_op;
    input wire  [7:0] in_imm;
    input wire  [15:0] in_x;
    input wire  [15:0] in_y;
    input wire  [17:0] in_acc;
    input wire  [12:0] in_dst;
    input wire  in_bank;
    input wire  clear_ss;
    input wire  clear_m;
    input wire  [15:0] s_mant;
    input wire  [15:0] s_exp;
    input wire  [7:0] q_n;
    input wire  [15:0] q_r;
    output reg  out_valid;
    output reg  [15:0] out_data;
    output reg  [7:0] out_q;
    output reg  [12:0] out_dst;
    output reg  out_bank;
    output reg  [23:0] ss_lo;
    output reg  [23:0] ss_hi;
    output reg  [31:0] m;
    
    // Constant declarations
    localparam  ones = 32'hffffffff;
    localparam  flip = 32'h80000000;
    
    // Stub signals
    reg  [9:0] sig$address;
    wire  [15:0] sig$data;
    reg  sig$clock;
    reg  [31:0] m1$a;
    reg  [31:0] m1$b;
    wire  [31:0] m1$p;
    reg  [31:0] m2$a;
    reg  [31:0] m2$b;
    wire  [31:0] m2$p;
    reg  s2_valid$d;
    wire  s2_valid$q;
    reg  s2_valid$clock;
    reg  [3:0] s2_op$d;
    wire  [3:0] s2_op$q;
    reg  s2_op$clock;
    reg  [7:0] s2_imm$d;
    wire  [7:0] s2_imm$q;
    reg  s2_imm$clock;
    reg  [15:0] s2_x$d;
    wire  [15:0] s2_x$q;
    reg  s2_x$clock;
    reg  [15:0] s2_y$d;
    wire  [15:0] s2_y$q;
    reg  s2_y$clock;
    reg  [17:0] s2_acc$d;
    wire  [17:0] s2_acc$q;
    reg  s2_acc$clock;
    reg  [12:0] s2_dst$d;
    wire  [12:0] s2_dst$q;
    reg  s2_dst$clock;
    reg  s2_bank$d;
    wire  s2_bank$q;
    reg  s2_bank$clock;
    reg  s3_valid$d;
    wire  s3_valid$q;
    reg  s3_valid$clock;
    reg  [3:0] s3_op$d;
    wire  [3:0] s3_op$q;
    reg  s3_op$clock;
    reg  [7:0] s3_imm$d;
    wire  [7:0] s3_imm$q;
    reg  s3_imm$clock;
    reg  [15:0] s3_x$d;
    wire  [15:0] s3_x$q;
    reg  s3_x$clock;
    reg  [15:0] s3_y$d;
    wire  [15:0] s3_y$q;
    reg  s3_y$clock;
    reg  [31:0] s3_p$d;
    wire  [31:0] s3_p$q;
    reg  s3_p$clock;
    reg  [12:0] s3_dst$d;
    wire  [12:0] s3_dst$q;
    reg  s3_dst$clock;
    reg  s3_bank$d;
    wire  s3_bank$q;
    reg  s3_bank$clock;
    reg  r_valid$d;
    wire  r_valid$q;
    reg  r_valid$clock;
    reg  [15:0] r_data$d;
    wire  [15:0] r_data$q;
    reg  r_data$clock;
    reg  [7:0] r_q$d;
    wire  [7:0] r_q$q;
    reg  r_q$clock;
    reg  [12:0] r_dst$d;
    wire  [12:0] r_dst$q;
    reg  r_dst$clock;
    reg  r_bank$d;
    wire  r_bank$q;
    reg  r_bank$clock;
    reg  [23:0] acc_lo$d;
    wire  [23:0] acc_lo$q;
    reg  acc_lo$clock;
    reg  [23:0] acc_hi$d;
    wire  [23:0] acc_hi$q;
    reg  acc_hi$clock;
    reg  [31:0] acc_m$d;
    wire  [31:0] acc_m$q;
    reg  acc_m$clock;
    
    // Local signals
    reg  [31:0] x32;
    reg  [7:0] sh_t;
    reg  [31:0] xr;
    reg  [31:0] xr1;
    reg  [31:0] xr2;
    reg  [31:0] ma;
    reg  [31:0] mb;
    reg  [7:0] shamt;
    reg  [7:0] sh1;
    reg  [31:0] a1;
    reg  [31:0] a2;
    reg  [31:0] a3;
    reg  [31:0] rsh;
    reg  [31:0] sat_in;
    reg  [15:0] sat_out;
    reg  [31:0] sum;
    reg  [15:0] sum_sat;
    reg  [31:0] x3;
    reg  [31:0] y3;
    reg  [31:0] absp;
    reg  [24:0] lo25;
    reg  [31:0] zn;
    reg  [7:0] nneg;
    reg  [31:0] qsum;
    
    // Sub module instances
    top$soc$core$valu$sig sig(
        .address(sig$address),
        .data(sig$data),
        .clock(sig$clock)
    );
    top$soc$core$valu$m1 m1(
        .a(m1$a),
        .b(m1$b),
        .p(m1$p)
    );
    top$soc$core$valu$m2 m2(
        .a(m2$a),
        .b(m2$b),
        .p(m2$p)
    );
    top$soc$core$valu$s2_valid s2_valid(
        .d(s2_valid$d),
        .q(s2_valid$q),
        .clock(s2_valid$clock)
    );
    top$soc$core$valu$s2_op s2_op(
        .d(s2_op$d),
        .q(s2_op$q),
        .clock(s2_op$clock)
    );
    top$soc$core$valu$s2_imm s2_imm(
        .d(s2_imm$d),
        .q(s2_imm$q),
        .clock(s2_imm$clock)
    );
    top$soc$core$valu$s2_x s2_x(
        .d(s2_x$d),
        .q(s2_x$q),
        .clock(s2_x$clock)
    );
    top$soc$core$valu$s2_y s2_y(
        .d(s2_y$d),
        .q(s2_y$q),
        .clock(s2_y$clock)
    );
    top$soc$core$valu$s2_acc s2_acc(
        .d(s2_acc$d),
        .q(s2_acc$q),
        .clock(s2_acc$clock)
    );
    top$soc$core$valu$s2_dst s2_dst(
        .d(s2_dst$d),
        .q(s2_dst$q),
        .clock(s2_dst$clock)
    );
    top$soc$core$valu$s2_bank s2_bank(
        .d(s2_bank$d),
        .q(s2_bank$q),
        .clock(s2_bank$clock)
    );
    top$soc$core$valu$s3_valid s3_valid(
        .d(s3_valid$d),
        .q(s3_valid$q),
        .clock(s3_valid$clock)
    );
    top$soc$core$valu$s3_op s3_op(
        .d(s3_op$d),
        .q(s3_op$q),
        .clock(s3_op$clock)
    );
    top$soc$core$valu$s3_imm s3_imm(
        .d(s3_imm$d),
        .q(s3_imm$q),
        .clock(s3_imm$clock)
    );
    top$soc$core$valu$s3_x s3_x(
        .d(s3_x$d),
        .q(s3_x$q),
        .clock(s3_x$clock)
    );
    top$soc$core$valu$s3_y s3_y(
        .d(s3_y$d),
        .q(s3_y$q),
        .clock(s3_y$clock)
    );
    top$soc$core$valu$s3_p s3_p(
        .d(s3_p$d),
        .q(s3_p$q),
        .clock(s3_p$clock)
    );
    top$soc$core$valu$s3_dst s3_dst(
        .d(s3_dst$d),
        .q(s3_dst$q),
        .clock(s3_dst$clock)
    );
    top$soc$core$valu$s3_bank s3_bank(
        .d(s3_bank$d),
        .q(s3_bank$q),
        .clock(s3_bank$clock)
    );
    top$soc$core$valu$r_valid r_valid(
        .d(r_valid$d),
        .q(r_valid$q),
        .clock(r_valid$clock)
    );
    top$soc$core$valu$r_data r_data(
        .d(r_data$d),
        .q(r_data$q),
        .clock(r_data$clock)
    );
    top$soc$core$valu$r_q r_q(
        .d(r_q$d),
        .q(r_q$q),
        .clock(r_q$clock)
    );
    top$soc$core$valu$r_dst r_dst(
        .d(r_dst$d),
        .q(r_dst$q),
        .clock(r_dst$clock)
    );
    top$soc$core$valu$r_bank r_bank(
        .d(r_bank$d),
        .q(r_bank$q),
        .clock(r_bank$clock)
    );
    top$soc$core$valu$acc_lo acc_lo(
        .d(acc_lo$d),
        .q(acc_lo$q),
        .clock(acc_lo$clock)
    );
    top$soc$core$valu$acc_hi acc_hi(
        .d(acc_hi$d),
        .q(acc_hi$q),
        .clock(acc_hi$clock)
    );
    top$soc$core$valu$acc_m acc_m(
        .d(acc_m$d),
        .q(acc_m$q),
        .clock(acc_m$clock)
    );
    
    // Update code
    always @(*) begin
        s2_valid$clock = clock;
        s2_op$clock = clock;
        s2_imm$clock = clock;
        s2_x$clock = clock;
        s2_y$clock = clock;
        s2_acc$clock = clock;
        s2_dst$clock = clock;
        s2_bank$clock = clock;
        s3_valid$clock = clock;
        s3_op$clock = clock;
        s3_imm$clock = clock;
        s3_x$clock = clock;
        s3_y$clock = clock;
        s3_p$clock = clock;
        s3_dst$clock = clock;
        s3_bank$clock = clock;
        r_valid$clock = clock;
        r_data$clock = clock;
        r_q$clock = clock;
        r_dst$clock = clock;
        r_bank$clock = clock;
        acc_lo$clock = clock;
        acc_hi$clock = clock;
        acc_m$clock = clock;
        s2_valid$d = s2_valid$q;
        s2_op$d = s2_op$q;
        s2_imm$d = s2_imm$q;
        s2_x$d = s2_x$q;
        s2_y$d = s2_y$q;
        s2_acc$d = s2_acc$q;
        s2_dst$d = s2_dst$q;
        s2_bank$d = s2_bank$q;
        s3_valid$d = s3_valid$q;
        s3_op$d = s3_op$q;
        s3_imm$d = s3_imm$q;
        s3_x$d = s3_x$q;
        s3_y$d = s3_y$q;
        s3_p$d = s3_p$q;
        s3_dst$d = s3_dst$q;
        s3_bank$d = s3_bank$q;
        r_valid$d = r_valid$q;
        r_data$d = r_data$q;
        r_q$d = r_q$q;
        r_dst$d = r_dst$q;
        r_bank$d = r_bank$q;
        acc_lo$d = acc_lo$q;
        acc_hi$d = acc_hi$q;
        acc_m$d = acc_m$q;
        sig$clock = clock;
        x32 = ((in_x) & 32'hffffffff);
        if (in_x[32'hf]) begin
            x32 = ((in_x) & 32'hffffffff) | 64'hffff0000;
        end
        sh_t = in_imm - 32'h6;
        xr1 = x32 >> (sh_t - 32'h1);
        if (x32[32'h1f]) begin
            xr1 = (x32 >> (sh_t - 32'h1)) | ~(ones >> (sh_t - 32'h1));
        end
        xr2 = xr1 + 32'h1;
        xr = xr2 >> 32'h1;
        if (xr2[32'h1f]) begin
            xr = (xr2 >> 32'h1) | 64'h80000000;
        end
        if (sh_t == 32'h0) begin
            xr = x32;
        end
        sig$address = (xr[(32'h0)+:(10)]) ^ 32'h200;
        if ((xr ^ flip) < (64'hfffffe00 ^ 64'h80000000)) begin
            sig$address = 32'h0;
        end
        if ((xr ^ flip) > (64'h1ff ^ 64'h80000000)) begin
            sig$address = 32'h3ff;
        end
        s2_valid$d = in_valid;
        s2_op$d = in_op;
        s2_imm$d = in_imm;
        s2_x$d = in_x;
        s2_y$d = in_y;
        s2_acc$d = in_acc;
        s2_dst$d = in_dst;
        s2_bank$d = in_bank;
        ma = ((s2_x$q) & 32'hffffffff);
        mb = ((s2_y$q) & 32'hffffffff);
        if (s2_op$q == 32'h6) begin
            mb = ((s2_x$q) & 32'hffffffff);
        end
        if (s2_op$q == 32'h4) begin
            mb = ((sig$data) & 32'hffffffff);
        end
        if (s2_op$q == 32'h5) begin
            ma = 32'h8000 - ((sig$data) & 32'hffffffff);
            mb = ((s2_y$q) & 32'hffffffff);
        end
        if ((s2_op$q == 32'hb) | (s2_op$q == 32'hc)) begin
            ma = ((s2_acc$q) & 32'hffffffff);
            mb = ((s_mant) & 32'hffffffff) >> 32'h2;
        end
        if (((s2_op$q != 32'hb) & (s2_op$q != 32'hc) & (s2_op$q != 32'h5)) & s2_x$q[32'hf]) begin
            ma = ((s2_x$q) & 32'hffffffff) | 32'h30000;
        end
        m1$a = ma;
        m1$b = mb;
        s3_valid$d = s2_valid$q;
        s3_op$d = s2_op$q;
        s3_imm$d = s2_imm$q;
        s3_x$d = s2_x$q;
        s3_y$d = s2_y$q;
        s3_p$d = m1$p;
        s3_dst$d = s2_dst$q;
        s3_bank$d = s2_bank$q;
        shamt = s3_imm$q;
        if (s3_op$q == 32'h4) begin
            shamt = 32'hf;
        end
        if (s3_op$q == 32'h5) begin
            shamt = 32'he;
        end
        if ((s3_op$q == 32'hb) | (s3_op$q == 32'hc)) begin
            shamt = 32'h0 - s_exp[(32'h0)+:(8)] - 32'h2;
        end
        sh1 = shamt - 32'h1;
        a1 = s3_p$q >> sh1;
        if (s3_p$q[32'h1f]) begin
            a1 = (s3_p$q >> sh1) | ~(ones >> sh1);
        end
        a2 = a1 + 32'h1;
        a3 = a2 >> 32'h1;
        if (a2[32'h1f]) begin
            a3 = (a2 >> 32'h1) | 64'h80000000;
        end
        rsh = a3;
        if (shamt == 32'h0) begin
            rsh = s3_p$q;
        end
        if ((shamt >= 32'h20) & ~shamt[32'h7]) begin
            rsh = 32'h0;
        end
        if (((s3_op$q == 32'hb) | (s3_op$q == 32'hc)) & ((shamt == 32'h0) | shamt[32'h7])) begin
            rsh = 32'h0;
            if (s3_p$q != 32'h0) begin
                rsh = 32'h100000;
                if (s3_p$q[32'h1f]) begin
                    rsh = 64'hfff00000;
                end
            end
        end
        sat_in = rsh;
        sat_out = sat_in[(32'h0)+:(16)];
        if (~((sat_in[(32'hf)+:(17)] == 32'h0) | (sat_in[(32'hf)+:(17)] == 32'h1ffff))) begin
            sat_out = 32'h7fff;
            if (sat_in[32'h1f]) begin
                sat_out = 32'h8000;
            end
        end
        x3 = ((s3_x$q) & 32'hffffffff);
        if (s3_x$q[32'hf]) begin
            x3 = ((s3_x$q) & 32'hffffffff) | 64'hffff0000;
        end
        y3 = ((s3_y$q) & 32'hffffffff);
        if (s3_y$q[32'hf]) begin
            y3 = ((s3_y$q) & 32'hffffffff) | 64'hffff0000;
        end
        if (s3_op$q == 32'hc) begin
            y3 = ((sat_out) & 32'hffffffff);
            if (sat_out[32'hf]) begin
                y3 = ((sat_out) & 32'hffffffff) | 64'hffff0000;
            end
        end
        sum = x3 + y3;
        if (s3_op$q == 32'h3) begin
            sum = x3 - y3;
        end
        sum_sat = sum[(32'h0)+:(16)];
        if (~((sum[(32'hf)+:(17)] == 32'h0) | (sum[(32'hf)+:(17)] == 32'h1ffff))) begin
            sum_sat = 32'h7fff;
            if (sum[32'h1f]) begin
                sum_sat = 32'h8000;
            end
        end
        absp = s3_p$q;
        if (s3_p$q[32'h1f]) begin
            absp = 32'h0 - s3_p$q;
        end
        lo25 = ((acc_lo$q) & 25'h1ffffff) + ((s3_p$q[(32'h0)+:(24)]) & 25'h1ffffff);
        if (s3_valid$q & (s3_op$q == 32'h6)) begin
            acc_lo$d = lo25[(32'h0)+:(24)];
            acc_hi$d = acc_hi$q + ((s3_p$q[(32'h18)+:(8)]) & 24'hffffff) + ((lo25[(32'h18)+:(1)]) & 24'hffffff);
        end
        if (s3_valid$q & (s3_op$q == 32'h7) & (absp > acc_m$q)) begin
            acc_m$d = absp;
        end
        if (clear_ss) begin
            acc_lo$d = 32'h0;
            acc_hi$d = 32'h0;
        end
        if (clear_m) begin
            acc_m$d = 32'h0;
        end
        nneg = 32'h0 - q_n;
        zn = s3_p$q >> q_n;
        if (s3_p$q[32'h1f]) begin
            zn = (s3_p$q >> q_n) | ~(ones >> q_n);
        end
        if (q_n[32'h7]) begin
            zn = s3_p$q << nneg;
        end
        m2$a = zn;
        m2$b = ((q_r) & 32'hffffffff);
        qsum = m2$p + 32'h200000;
        r_valid$d = s3_valid$q;
        r_dst$d = s3_dst$q;
        r_bank$d = s3_bank$q;
        r_data$d = sat_out;
        if ((s3_op$q == 32'h2) | (s3_op$q == 32'h3) | (s3_op$q == 32'hc)) begin
            r_data$d = sum_sat;
        end
        r_q$d = qsum[(32'h16)+:(8)];
        out_valid = r_valid$q;
        out_data = r_data$q;
        out_q = r_q$q;
        out_dst = r_dst$q;
        out_bank = r_bank$q;
        ss_lo = acc_lo$q;
        ss_hi = acc_hi$q;
        m = acc_m$q;
    end
    
endmodule // top$soc$core$valu


module top$soc$core$valu$acc_hi(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$acc_hi


module top$soc$core$valu$acc_lo(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$acc_lo


module top$soc$core$valu$acc_m(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$acc_m


module top$soc$core$valu$m1(a,b,p);
    
    // Module arguments
    input wire  [31:0] a;
    input wire  [31:0] b;
    output reg  [31:0] p;
    
    // Update code (custom)
    wire signed [17:0] sa = a[17:0];
    wire signed [15:0] sb = b[15:0];
    wire signed [33:0] prod = sa * sb;
    always @(*) p = prod[31:0];
endmodule // top$soc$core$valu$m1


module top$soc$core$valu$m2(a,b,p);
    
    // Module arguments
    input wire  [31:0] a;
    input wire  [31:0] b;
    output reg  [31:0] p;
    
    // Update code (custom)
    wire signed [15:0] sa = a[15:0];
    wire signed [15:0] sb = b[15:0];
    wire signed [31:0] prod = sa * sb;
    always @(*) p = prod[31:0];
endmodule // top$soc$core$valu$m2


module top$soc$core$valu$r_bank(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$r_bank


module top$soc$core$valu$r_data(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$r_data


module top$soc$core$valu$r_dst(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$r_dst


module top$soc$core$valu$r_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$r_q


module top$soc$core$valu$r_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$r_valid


module top$soc$core$valu$s2_acc(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s2_acc


module top$soc$core$valu$s2_bank(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s2_bank


module top$soc$core$valu$s2_dst(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s2_dst


module top$soc$core$valu$s2_imm(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s2_imm


module top$soc$core$valu$s2_op(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s2_op


module top$soc$core$valu$s2_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s2_valid


module top$soc$core$valu$s2_x(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s2_x


module top$soc$core$valu$s2_y(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s2_y


module top$soc$core$valu$s3_bank(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s3_bank


module top$soc$core$valu$s3_dst(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s3_dst


module top$soc$core$valu$s3_imm(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s3_imm


module top$soc$core$valu$s3_op(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s3_op


module top$soc$core$valu$s3_p(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s3_p


module top$soc$core$valu$s3_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s3_valid


module top$soc$core$valu$s3_x(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s3_x


module top$soc$core$valu$s3_y(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$valu$s3_y


module top$soc$core$valu$sig(address,data,clock);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [15:0] data;
    input wire  clock;
    
    // Update code (custom)
    reg [15:0] mem [0:1023];
    initial begin
      mem[0] = 16'hb;
      mem[1] = 16'hb;
      mem[2] = 16'hb;
      mem[3] = 16'hc;
      mem[4] = 16'hc;
      mem[5] = 16'hc;
      mem[6] = 16'hc;
      mem[7] = 16'hc;
      mem[8] = 16'hc;
      mem[9] = 16'hd;
      mem[10] = 16'hd;
      mem[11] = 16'hd;
      mem[12] = 16'hd;
      mem[13] = 16'hd;
      mem[14] = 16'he;
      mem[15] = 16'he;
      mem[16] = 16'he;
      mem[17] = 16'he;
      mem[18] = 16'hf;
      mem[19] = 16'hf;
      mem[20] = 16'hf;
      mem[21] = 16'hf;
      mem[22] = 16'hf;
      mem[23] = 16'h10;
      mem[24] = 16'h10;
      mem[25] = 16'h10;
      mem[26] = 16'h10;
      mem[27] = 16'h11;
      mem[28] = 16'h11;
      mem[29] = 16'h11;
      mem[30] = 16'h12;
      mem[31] = 16'h12;
      mem[32] = 16'h12;
      mem[33] = 16'h12;
      mem[34] = 16'h13;
      mem[35] = 16'h13;
      mem[36] = 16'h13;
      mem[37] = 16'h14;
      mem[38] = 16'h14;
      mem[39] = 16'h14;
      mem[40] = 16'h15;
      mem[41] = 16'h15;
      mem[42] = 16'h15;
      mem[43] = 16'h16;
      mem[44] = 16'h16;
      mem[45] = 16'h16;
      mem[46] = 16'h17;
      mem[47] = 16'h17;
      mem[48] = 16'h17;
      mem[49] = 16'h18;
      mem[50] = 16'h18;
      mem[51] = 16'h18;
      mem[52] = 16'h19;
      mem[53] = 16'h19;
      mem[54] = 16'h1a;
      mem[55] = 16'h1a;
      mem[56] = 16'h1a;
      mem[57] = 16'h1b;
      mem[58] = 16'h1b;
      mem[59] = 16'h1c;
      mem[60] = 16'h1c;
      mem[61] = 16'h1c;
      mem[62] = 16'h1d;
      mem[63] = 16'h1d;
      mem[64] = 16'h1e;
      mem[65] = 16'h1e;
      mem[66] = 16'h1f;
      mem[67] = 16'h1f;
      mem[68] = 16'h20;
      mem[69] = 16'h20;
      mem[70] = 16'h21;
      mem[71] = 16'h21;
      mem[72] = 16'h22;
      mem[73] = 16'h22;
      mem[74] = 16'h23;
      mem[75] = 16'h23;
      mem[76] = 16'h24;
      mem[77] = 16'h25;
      mem[78] = 16'h25;
      mem[79] = 16'h26;
      mem[80] = 16'h26;
      mem[81] = 16'h27;
      mem[82] = 16'h28;
      mem[83] = 16'h28;
      mem[84] = 16'h29;
      mem[85] = 16'h29;
      mem[86] = 16'h2a;
      mem[87] = 16'h2b;
      mem[88] = 16'h2b;
      mem[89] = 16'h2c;
      mem[90] = 16'h2d;
      mem[91] = 16'h2d;
      mem[92] = 16'h2e;
      mem[93] = 16'h2f;
      mem[94] = 16'h30;
      mem[95] = 16'h30;
      mem[96] = 16'h31;
      mem[97] = 16'h32;
      mem[98] = 16'h33;
      mem[99] = 16'h34;
      mem[100] = 16'h34;
      mem[101] = 16'h35;
      mem[102] = 16'h36;
      mem[103] = 16'h37;
      mem[104] = 16'h38;
      mem[105] = 16'h39;
      mem[106] = 16'h39;
      mem[107] = 16'h3a;
      mem[108] = 16'h3b;
      mem[109] = 16'h3c;
      mem[110] = 16'h3d;
      mem[111] = 16'h3e;
      mem[112] = 16'h3f;
      mem[113] = 16'h40;
      mem[114] = 16'h41;
      mem[115] = 16'h42;
      mem[116] = 16'h43;
      mem[117] = 16'h44;
      mem[118] = 16'h45;
      mem[119] = 16'h46;
      mem[120] = 16'h48;
      mem[121] = 16'h49;
      mem[122] = 16'h4a;
      mem[123] = 16'h4b;
      mem[124] = 16'h4c;
      mem[125] = 16'h4d;
      mem[126] = 16'h4f;
      mem[127] = 16'h50;
      mem[128] = 16'h51;
      mem[129] = 16'h52;
      mem[130] = 16'h54;
      mem[131] = 16'h55;
      mem[132] = 16'h56;
      mem[133] = 16'h58;
      mem[134] = 16'h59;
      mem[135] = 16'h5a;
      mem[136] = 16'h5c;
      mem[137] = 16'h5d;
      mem[138] = 16'h5f;
      mem[139] = 16'h60;
      mem[140] = 16'h62;
      mem[141] = 16'h63;
      mem[142] = 16'h65;
      mem[143] = 16'h66;
      mem[144] = 16'h68;
      mem[145] = 16'h6a;
      mem[146] = 16'h6b;
      mem[147] = 16'h6d;
      mem[148] = 16'h6f;
      mem[149] = 16'h70;
      mem[150] = 16'h72;
      mem[151] = 16'h74;
      mem[152] = 16'h76;
      mem[153] = 16'h78;
      mem[154] = 16'h79;
      mem[155] = 16'h7b;
      mem[156] = 16'h7d;
      mem[157] = 16'h7f;
      mem[158] = 16'h81;
      mem[159] = 16'h83;
      mem[160] = 16'h85;
      mem[161] = 16'h87;
      mem[162] = 16'h8a;
      mem[163] = 16'h8c;
      mem[164] = 16'h8e;
      mem[165] = 16'h90;
      mem[166] = 16'h92;
      mem[167] = 16'h95;
      mem[168] = 16'h97;
      mem[169] = 16'h99;
      mem[170] = 16'h9c;
      mem[171] = 16'h9e;
      mem[172] = 16'ha1;
      mem[173] = 16'ha3;
      mem[174] = 16'ha6;
      mem[175] = 16'ha8;
      mem[176] = 16'hab;
      mem[177] = 16'hae;
      mem[178] = 16'hb0;
      mem[179] = 16'hb3;
      mem[180] = 16'hb6;
      mem[181] = 16'hb9;
      mem[182] = 16'hbc;
      mem[183] = 16'hbf;
      mem[184] = 16'hc2;
      mem[185] = 16'hc5;
      mem[186] = 16'hc8;
      mem[187] = 16'hcb;
      mem[188] = 16'hce;
      mem[189] = 16'hd1;
      mem[190] = 16'hd5;
      mem[191] = 16'hd8;
      mem[192] = 16'hdb;
      mem[193] = 16'hdf;
      mem[194] = 16'he2;
      mem[195] = 16'he6;
      mem[196] = 16'he9;
      mem[197] = 16'hed;
      mem[198] = 16'hf1;
      mem[199] = 16'hf4;
      mem[200] = 16'hf8;
      mem[201] = 16'hfc;
      mem[202] = 16'h100;
      mem[203] = 16'h104;
      mem[204] = 16'h108;
      mem[205] = 16'h10c;
      mem[206] = 16'h110;
      mem[207] = 16'h115;
      mem[208] = 16'h119;
      mem[209] = 16'h11d;
      mem[210] = 16'h122;
      mem[211] = 16'h126;
      mem[212] = 16'h12b;
      mem[213] = 16'h130;
      mem[214] = 16'h134;
      mem[215] = 16'h139;
      mem[216] = 16'h13e;
      mem[217] = 16'h143;
      mem[218] = 16'h148;
      mem[219] = 16'h14d;
      mem[220] = 16'h152;
      mem[221] = 16'h158;
      mem[222] = 16'h15d;
      mem[223] = 16'h162;
      mem[224] = 16'h168;
      mem[225] = 16'h16e;
      mem[226] = 16'h173;
      mem[227] = 16'h179;
      mem[228] = 16'h17f;
      mem[229] = 16'h185;
      mem[230] = 16'h18b;
      mem[231] = 16'h191;
      mem[232] = 16'h197;
      mem[233] = 16'h19e;
      mem[234] = 16'h1a4;
      mem[235] = 16'h1ab;
      mem[236] = 16'h1b1;
      mem[237] = 16'h1b8;
      mem[238] = 16'h1bf;
      mem[239] = 16'h1c6;
      mem[240] = 16'h1cd;
      mem[241] = 16'h1d4;
      mem[242] = 16'h1db;
      mem[243] = 16'h1e3;
      mem[244] = 16'h1ea;
      mem[245] = 16'h1f2;
      mem[246] = 16'h1f9;
      mem[247] = 16'h201;
      mem[248] = 16'h209;
      mem[249] = 16'h211;
      mem[250] = 16'h219;
      mem[251] = 16'h222;
      mem[252] = 16'h22a;
      mem[253] = 16'h233;
      mem[254] = 16'h23c;
      mem[255] = 16'h244;
      mem[256] = 16'h24d;
      mem[257] = 16'h256;
      mem[258] = 16'h260;
      mem[259] = 16'h269;
      mem[260] = 16'h273;
      mem[261] = 16'h27c;
      mem[262] = 16'h286;
      mem[263] = 16'h290;
      mem[264] = 16'h29a;
      mem[265] = 16'h2a5;
      mem[266] = 16'h2af;
      mem[267] = 16'h2ba;
      mem[268] = 16'h2c4;
      mem[269] = 16'h2cf;
      mem[270] = 16'h2da;
      mem[271] = 16'h2e6;
      mem[272] = 16'h2f1;
      mem[273] = 16'h2fd;
      mem[274] = 16'h308;
      mem[275] = 16'h314;
      mem[276] = 16'h320;
      mem[277] = 16'h32d;
      mem[278] = 16'h339;
      mem[279] = 16'h346;
      mem[280] = 16'h353;
      mem[281] = 16'h360;
      mem[282] = 16'h36d;
      mem[283] = 16'h37a;
      mem[284] = 16'h388;
      mem[285] = 16'h396;
      mem[286] = 16'h3a4;
      mem[287] = 16'h3b2;
      mem[288] = 16'h3c1;
      mem[289] = 16'h3cf;
      mem[290] = 16'h3de;
      mem[291] = 16'h3ed;
      mem[292] = 16'h3fd;
      mem[293] = 16'h40c;
      mem[294] = 16'h41c;
      mem[295] = 16'h42c;
      mem[296] = 16'h43c;
      mem[297] = 16'h44d;
      mem[298] = 16'h45d;
      mem[299] = 16'h46e;
      mem[300] = 16'h480;
      mem[301] = 16'h491;
      mem[302] = 16'h4a3;
      mem[303] = 16'h4b5;
      mem[304] = 16'h4c7;
      mem[305] = 16'h4da;
      mem[306] = 16'h4ec;
      mem[307] = 16'h500;
      mem[308] = 16'h513;
      mem[309] = 16'h527;
      mem[310] = 16'h53a;
      mem[311] = 16'h54f;
      mem[312] = 16'h563;
      mem[313] = 16'h578;
      mem[314] = 16'h58d;
      mem[315] = 16'h5a2;
      mem[316] = 16'h5b8;
      mem[317] = 16'h5ce;
      mem[318] = 16'h5e4;
      mem[319] = 16'h5fb;
      mem[320] = 16'h612;
      mem[321] = 16'h629;
      mem[322] = 16'h641;
      mem[323] = 16'h659;
      mem[324] = 16'h671;
      mem[325] = 16'h68a;
      mem[326] = 16'h6a3;
      mem[327] = 16'h6bc;
      mem[328] = 16'h6d6;
      mem[329] = 16'h6f0;
      mem[330] = 16'h70a;
      mem[331] = 16'h725;
      mem[332] = 16'h740;
      mem[333] = 16'h75c;
      mem[334] = 16'h778;
      mem[335] = 16'h794;
      mem[336] = 16'h7b1;
      mem[337] = 16'h7ce;
      mem[338] = 16'h7ec;
      mem[339] = 16'h809;
      mem[340] = 16'h828;
      mem[341] = 16'h847;
      mem[342] = 16'h866;
      mem[343] = 16'h885;
      mem[344] = 16'h8a5;
      mem[345] = 16'h8c6;
      mem[346] = 16'h8e7;
      mem[347] = 16'h908;
      mem[348] = 16'h92a;
      mem[349] = 16'h94c;
      mem[350] = 16'h96f;
      mem[351] = 16'h992;
      mem[352] = 16'h9b6;
      mem[353] = 16'h9da;
      mem[354] = 16'h9fe;
      mem[355] = 16'ha24;
      mem[356] = 16'ha49;
      mem[357] = 16'ha6f;
      mem[358] = 16'ha96;
      mem[359] = 16'habd;
      mem[360] = 16'hae5;
      mem[361] = 16'hb0d;
      mem[362] = 16'hb35;
      mem[363] = 16'hb5e;
      mem[364] = 16'hb88;
      mem[365] = 16'hbb2;
      mem[366] = 16'hbdd;
      mem[367] = 16'hc09;
      mem[368] = 16'hc34;
      mem[369] = 16'hc61;
      mem[370] = 16'hc8e;
      mem[371] = 16'hcbb;
      mem[372] = 16'hcea;
      mem[373] = 16'hd18;
      mem[374] = 16'hd48;
      mem[375] = 16'hd78;
      mem[376] = 16'hda8;
      mem[377] = 16'hdd9;
      mem[378] = 16'he0b;
      mem[379] = 16'he3d;
      mem[380] = 16'he70;
      mem[381] = 16'hea4;
      mem[382] = 16'hed8;
      mem[383] = 16'hf0d;
      mem[384] = 16'hf42;
      mem[385] = 16'hf78;
      mem[386] = 16'hfaf;
      mem[387] = 16'hfe6;
      mem[388] = 16'h101e;
      mem[389] = 16'h1057;
      mem[390] = 16'h1090;
      mem[391] = 16'h10ca;
      mem[392] = 16'h1105;
      mem[393] = 16'h1140;
      mem[394] = 16'h117c;
      mem[395] = 16'h11b9;
      mem[396] = 16'h11f7;
      mem[397] = 16'h1235;
      mem[398] = 16'h1273;
      mem[399] = 16'h12b3;
      mem[400] = 16'h12f3;
      mem[401] = 16'h1334;
      mem[402] = 16'h1376;
      mem[403] = 16'h13b8;
      mem[404] = 16'h13fb;
      mem[405] = 16'h143f;
      mem[406] = 16'h1484;
      mem[407] = 16'h14c9;
      mem[408] = 16'h150f;
      mem[409] = 16'h1556;
      mem[410] = 16'h159d;
      mem[411] = 16'h15e5;
      mem[412] = 16'h162e;
      mem[413] = 16'h1678;
      mem[414] = 16'h16c3;
      mem[415] = 16'h170e;
      mem[416] = 16'h175a;
      mem[417] = 16'h17a6;
      mem[418] = 16'h17f4;
      mem[419] = 16'h1842;
      mem[420] = 16'h1891;
      mem[421] = 16'h18e1;
      mem[422] = 16'h1932;
      mem[423] = 16'h1983;
      mem[424] = 16'h19d5;
      mem[425] = 16'h1a28;
      mem[426] = 16'h1a7c;
      mem[427] = 16'h1ad0;
      mem[428] = 16'h1b25;
      mem[429] = 16'h1b7b;
      mem[430] = 16'h1bd2;
      mem[431] = 16'h1c29;
      mem[432] = 16'h1c81;
      mem[433] = 16'h1cda;
      mem[434] = 16'h1d34;
      mem[435] = 16'h1d8f;
      mem[436] = 16'h1dea;
      mem[437] = 16'h1e46;
      mem[438] = 16'h1ea3;
      mem[439] = 16'h1f01;
      mem[440] = 16'h1f5f;
      mem[441] = 16'h1fbe;
      mem[442] = 16'h201e;
      mem[443] = 16'h207f;
      mem[444] = 16'h20e0;
      mem[445] = 16'h2142;
      mem[446] = 16'h21a5;
      mem[447] = 16'h2208;
      mem[448] = 16'h226d;
      mem[449] = 16'h22d2;
      mem[450] = 16'h2337;
      mem[451] = 16'h239e;
      mem[452] = 16'h2405;
      mem[453] = 16'h246d;
      mem[454] = 16'h24d6;
      mem[455] = 16'h253f;
      mem[456] = 16'h25a9;
      mem[457] = 16'h2613;
      mem[458] = 16'h267f;
      mem[459] = 16'h26eb;
      mem[460] = 16'h2758;
      mem[461] = 16'h27c5;
      mem[462] = 16'h2833;
      mem[463] = 16'h28a1;
      mem[464] = 16'h2911;
      mem[465] = 16'h2981;
      mem[466] = 16'h29f1;
      mem[467] = 16'h2a62;
      mem[468] = 16'h2ad4;
      mem[469] = 16'h2b46;
      mem[470] = 16'h2bb9;
      mem[471] = 16'h2c2c;
      mem[472] = 16'h2ca0;
      mem[473] = 16'h2d15;
      mem[474] = 16'h2d8a;
      mem[475] = 16'h2e00;
      mem[476] = 16'h2e76;
      mem[477] = 16'h2eec;
      mem[478] = 16'h2f64;
      mem[479] = 16'h2fdb;
      mem[480] = 16'h3053;
      mem[481] = 16'h30cc;
      mem[482] = 16'h3145;
      mem[483] = 16'h31be;
      mem[484] = 16'h3238;
      mem[485] = 16'h32b2;
      mem[486] = 16'h332d;
      mem[487] = 16'h33a8;
      mem[488] = 16'h3424;
      mem[489] = 16'h349f;
      mem[490] = 16'h351b;
      mem[491] = 16'h3598;
      mem[492] = 16'h3615;
      mem[493] = 16'h3692;
      mem[494] = 16'h370f;
      mem[495] = 16'h378d;
      mem[496] = 16'h380b;
      mem[497] = 16'h3889;
      mem[498] = 16'h3907;
      mem[499] = 16'h3986;
      mem[500] = 16'h3a04;
      mem[501] = 16'h3a83;
      mem[502] = 16'h3b03;
      mem[503] = 16'h3b82;
      mem[504] = 16'h3c01;
      mem[505] = 16'h3c81;
      mem[506] = 16'h3d01;
      mem[507] = 16'h3d80;
      mem[508] = 16'h3e00;
      mem[509] = 16'h3e80;
      mem[510] = 16'h3f00;
      mem[511] = 16'h3f80;
      mem[512] = 16'h4000;
      mem[513] = 16'h4080;
      mem[514] = 16'h4100;
      mem[515] = 16'h4180;
      mem[516] = 16'h4200;
      mem[517] = 16'h4280;
      mem[518] = 16'h42ff;
      mem[519] = 16'h437f;
      mem[520] = 16'h43ff;
      mem[521] = 16'h447e;
      mem[522] = 16'h44fd;
      mem[523] = 16'h457d;
      mem[524] = 16'h45fc;
      mem[525] = 16'h467a;
      mem[526] = 16'h46f9;
      mem[527] = 16'h4777;
      mem[528] = 16'h47f5;
      mem[529] = 16'h4873;
      mem[530] = 16'h48f1;
      mem[531] = 16'h496e;
      mem[532] = 16'h49eb;
      mem[533] = 16'h4a68;
      mem[534] = 16'h4ae5;
      mem[535] = 16'h4b61;
      mem[536] = 16'h4bdc;
      mem[537] = 16'h4c58;
      mem[538] = 16'h4cd3;
      mem[539] = 16'h4d4e;
      mem[540] = 16'h4dc8;
      mem[541] = 16'h4e42;
      mem[542] = 16'h4ebb;
      mem[543] = 16'h4f34;
      mem[544] = 16'h4fad;
      mem[545] = 16'h5025;
      mem[546] = 16'h509c;
      mem[547] = 16'h5114;
      mem[548] = 16'h518a;
      mem[549] = 16'h5200;
      mem[550] = 16'h5276;
      mem[551] = 16'h52eb;
      mem[552] = 16'h5360;
      mem[553] = 16'h53d4;
      mem[554] = 16'h5447;
      mem[555] = 16'h54ba;
      mem[556] = 16'h552c;
      mem[557] = 16'h559e;
      mem[558] = 16'h560f;
      mem[559] = 16'h567f;
      mem[560] = 16'h56ef;
      mem[561] = 16'h575f;
      mem[562] = 16'h57cd;
      mem[563] = 16'h583b;
      mem[564] = 16'h58a8;
      mem[565] = 16'h5915;
      mem[566] = 16'h5981;
      mem[567] = 16'h59ed;
      mem[568] = 16'h5a57;
      mem[569] = 16'h5ac1;
      mem[570] = 16'h5b2a;
      mem[571] = 16'h5b93;
      mem[572] = 16'h5bfb;
      mem[573] = 16'h5c62;
      mem[574] = 16'h5cc9;
      mem[575] = 16'h5d2e;
      mem[576] = 16'h5d93;
      mem[577] = 16'h5df8;
      mem[578] = 16'h5e5b;
      mem[579] = 16'h5ebe;
      mem[580] = 16'h5f20;
      mem[581] = 16'h5f81;
      mem[582] = 16'h5fe2;
      mem[583] = 16'h6042;
      mem[584] = 16'h60a1;
      mem[585] = 16'h60ff;
      mem[586] = 16'h615d;
      mem[587] = 16'h61ba;
      mem[588] = 16'h6216;
      mem[589] = 16'h6271;
      mem[590] = 16'h62cc;
      mem[591] = 16'h6326;
      mem[592] = 16'h637f;
      mem[593] = 16'h63d7;
      mem[594] = 16'h642e;
      mem[595] = 16'h6485;
      mem[596] = 16'h64db;
      mem[597] = 16'h6530;
      mem[598] = 16'h6584;
      mem[599] = 16'h65d8;
      mem[600] = 16'h662b;
      mem[601] = 16'h667d;
      mem[602] = 16'h66ce;
      mem[603] = 16'h671f;
      mem[604] = 16'h676f;
      mem[605] = 16'h67be;
      mem[606] = 16'h680c;
      mem[607] = 16'h685a;
      mem[608] = 16'h68a6;
      mem[609] = 16'h68f2;
      mem[610] = 16'h693d;
      mem[611] = 16'h6988;
      mem[612] = 16'h69d2;
      mem[613] = 16'h6a1b;
      mem[614] = 16'h6a63;
      mem[615] = 16'h6aaa;
      mem[616] = 16'h6af1;
      mem[617] = 16'h6b37;
      mem[618] = 16'h6b7c;
      mem[619] = 16'h6bc1;
      mem[620] = 16'h6c05;
      mem[621] = 16'h6c48;
      mem[622] = 16'h6c8a;
      mem[623] = 16'h6ccc;
      mem[624] = 16'h6d0d;
      mem[625] = 16'h6d4d;
      mem[626] = 16'h6d8d;
      mem[627] = 16'h6dcb;
      mem[628] = 16'h6e09;
      mem[629] = 16'h6e47;
      mem[630] = 16'h6e84;
      mem[631] = 16'h6ec0;
      mem[632] = 16'h6efb;
      mem[633] = 16'h6f36;
      mem[634] = 16'h6f70;
      mem[635] = 16'h6fa9;
      mem[636] = 16'h6fe2;
      mem[637] = 16'h701a;
      mem[638] = 16'h7051;
      mem[639] = 16'h7088;
      mem[640] = 16'h70be;
      mem[641] = 16'h70f3;
      mem[642] = 16'h7128;
      mem[643] = 16'h715c;
      mem[644] = 16'h7190;
      mem[645] = 16'h71c3;
      mem[646] = 16'h71f5;
      mem[647] = 16'h7227;
      mem[648] = 16'h7258;
      mem[649] = 16'h7288;
      mem[650] = 16'h72b8;
      mem[651] = 16'h72e8;
      mem[652] = 16'h7316;
      mem[653] = 16'h7345;
      mem[654] = 16'h7372;
      mem[655] = 16'h739f;
      mem[656] = 16'h73cc;
      mem[657] = 16'h73f7;
      mem[658] = 16'h7423;
      mem[659] = 16'h744e;
      mem[660] = 16'h7478;
      mem[661] = 16'h74a2;
      mem[662] = 16'h74cb;
      mem[663] = 16'h74f3;
      mem[664] = 16'h751b;
      mem[665] = 16'h7543;
      mem[666] = 16'h756a;
      mem[667] = 16'h7591;
      mem[668] = 16'h75b7;
      mem[669] = 16'h75dc;
      mem[670] = 16'h7602;
      mem[671] = 16'h7626;
      mem[672] = 16'h764a;
      mem[673] = 16'h766e;
      mem[674] = 16'h7691;
      mem[675] = 16'h76b4;
      mem[676] = 16'h76d6;
      mem[677] = 16'h76f8;
      mem[678] = 16'h7719;
      mem[679] = 16'h773a;
      mem[680] = 16'h775b;
      mem[681] = 16'h777b;
      mem[682] = 16'h779a;
      mem[683] = 16'h77b9;
      mem[684] = 16'h77d8;
      mem[685] = 16'h77f7;
      mem[686] = 16'h7814;
      mem[687] = 16'h7832;
      mem[688] = 16'h784f;
      mem[689] = 16'h786c;
      mem[690] = 16'h7888;
      mem[691] = 16'h78a4;
      mem[692] = 16'h78c0;
      mem[693] = 16'h78db;
      mem[694] = 16'h78f6;
      mem[695] = 16'h7910;
      mem[696] = 16'h792a;
      mem[697] = 16'h7944;
      mem[698] = 16'h795d;
      mem[699] = 16'h7976;
      mem[700] = 16'h798f;
      mem[701] = 16'h79a7;
      mem[702] = 16'h79bf;
      mem[703] = 16'h79d7;
      mem[704] = 16'h79ee;
      mem[705] = 16'h7a05;
      mem[706] = 16'h7a1c;
      mem[707] = 16'h7a32;
      mem[708] = 16'h7a48;
      mem[709] = 16'h7a5e;
      mem[710] = 16'h7a73;
      mem[711] = 16'h7a88;
      mem[712] = 16'h7a9d;
      mem[713] = 16'h7ab1;
      mem[714] = 16'h7ac6;
      mem[715] = 16'h7ad9;
      mem[716] = 16'h7aed;
      mem[717] = 16'h7b00;
      mem[718] = 16'h7b14;
      mem[719] = 16'h7b26;
      mem[720] = 16'h7b39;
      mem[721] = 16'h7b4b;
      mem[722] = 16'h7b5d;
      mem[723] = 16'h7b6f;
      mem[724] = 16'h7b80;
      mem[725] = 16'h7b92;
      mem[726] = 16'h7ba3;
      mem[727] = 16'h7bb3;
      mem[728] = 16'h7bc4;
      mem[729] = 16'h7bd4;
      mem[730] = 16'h7be4;
      mem[731] = 16'h7bf4;
      mem[732] = 16'h7c03;
      mem[733] = 16'h7c13;
      mem[734] = 16'h7c22;
      mem[735] = 16'h7c31;
      mem[736] = 16'h7c3f;
      mem[737] = 16'h7c4e;
      mem[738] = 16'h7c5c;
      mem[739] = 16'h7c6a;
      mem[740] = 16'h7c78;
      mem[741] = 16'h7c86;
      mem[742] = 16'h7c93;
      mem[743] = 16'h7ca0;
      mem[744] = 16'h7cad;
      mem[745] = 16'h7cba;
      mem[746] = 16'h7cc7;
      mem[747] = 16'h7cd3;
      mem[748] = 16'h7ce0;
      mem[749] = 16'h7cec;
      mem[750] = 16'h7cf8;
      mem[751] = 16'h7d03;
      mem[752] = 16'h7d0f;
      mem[753] = 16'h7d1a;
      mem[754] = 16'h7d26;
      mem[755] = 16'h7d31;
      mem[756] = 16'h7d3c;
      mem[757] = 16'h7d46;
      mem[758] = 16'h7d51;
      mem[759] = 16'h7d5b;
      mem[760] = 16'h7d66;
      mem[761] = 16'h7d70;
      mem[762] = 16'h7d7a;
      mem[763] = 16'h7d84;
      mem[764] = 16'h7d8d;
      mem[765] = 16'h7d97;
      mem[766] = 16'h7da0;
      mem[767] = 16'h7daa;
      mem[768] = 16'h7db3;
      mem[769] = 16'h7dbc;
      mem[770] = 16'h7dc4;
      mem[771] = 16'h7dcd;
      mem[772] = 16'h7dd6;
      mem[773] = 16'h7dde;
      mem[774] = 16'h7de7;
      mem[775] = 16'h7def;
      mem[776] = 16'h7df7;
      mem[777] = 16'h7dff;
      mem[778] = 16'h7e07;
      mem[779] = 16'h7e0e;
      mem[780] = 16'h7e16;
      mem[781] = 16'h7e1d;
      mem[782] = 16'h7e25;
      mem[783] = 16'h7e2c;
      mem[784] = 16'h7e33;
      mem[785] = 16'h7e3a;
      mem[786] = 16'h7e41;
      mem[787] = 16'h7e48;
      mem[788] = 16'h7e4f;
      mem[789] = 16'h7e55;
      mem[790] = 16'h7e5c;
      mem[791] = 16'h7e62;
      mem[792] = 16'h7e69;
      mem[793] = 16'h7e6f;
      mem[794] = 16'h7e75;
      mem[795] = 16'h7e7b;
      mem[796] = 16'h7e81;
      mem[797] = 16'h7e87;
      mem[798] = 16'h7e8d;
      mem[799] = 16'h7e92;
      mem[800] = 16'h7e98;
      mem[801] = 16'h7e9e;
      mem[802] = 16'h7ea3;
      mem[803] = 16'h7ea8;
      mem[804] = 16'h7eae;
      mem[805] = 16'h7eb3;
      mem[806] = 16'h7eb8;
      mem[807] = 16'h7ebd;
      mem[808] = 16'h7ec2;
      mem[809] = 16'h7ec7;
      mem[810] = 16'h7ecc;
      mem[811] = 16'h7ed0;
      mem[812] = 16'h7ed5;
      mem[813] = 16'h7eda;
      mem[814] = 16'h7ede;
      mem[815] = 16'h7ee3;
      mem[816] = 16'h7ee7;
      mem[817] = 16'h7eeb;
      mem[818] = 16'h7ef0;
      mem[819] = 16'h7ef4;
      mem[820] = 16'h7ef8;
      mem[821] = 16'h7efc;
      mem[822] = 16'h7f00;
      mem[823] = 16'h7f04;
      mem[824] = 16'h7f08;
      mem[825] = 16'h7f0c;
      mem[826] = 16'h7f0f;
      mem[827] = 16'h7f13;
      mem[828] = 16'h7f17;
      mem[829] = 16'h7f1a;
      mem[830] = 16'h7f1e;
      mem[831] = 16'h7f21;
      mem[832] = 16'h7f25;
      mem[833] = 16'h7f28;
      mem[834] = 16'h7f2b;
      mem[835] = 16'h7f2f;
      mem[836] = 16'h7f32;
      mem[837] = 16'h7f35;
      mem[838] = 16'h7f38;
      mem[839] = 16'h7f3b;
      mem[840] = 16'h7f3e;
      mem[841] = 16'h7f41;
      mem[842] = 16'h7f44;
      mem[843] = 16'h7f47;
      mem[844] = 16'h7f4a;
      mem[845] = 16'h7f4d;
      mem[846] = 16'h7f50;
      mem[847] = 16'h7f52;
      mem[848] = 16'h7f55;
      mem[849] = 16'h7f58;
      mem[850] = 16'h7f5a;
      mem[851] = 16'h7f5d;
      mem[852] = 16'h7f5f;
      mem[853] = 16'h7f62;
      mem[854] = 16'h7f64;
      mem[855] = 16'h7f67;
      mem[856] = 16'h7f69;
      mem[857] = 16'h7f6b;
      mem[858] = 16'h7f6e;
      mem[859] = 16'h7f70;
      mem[860] = 16'h7f72;
      mem[861] = 16'h7f74;
      mem[862] = 16'h7f76;
      mem[863] = 16'h7f79;
      mem[864] = 16'h7f7b;
      mem[865] = 16'h7f7d;
      mem[866] = 16'h7f7f;
      mem[867] = 16'h7f81;
      mem[868] = 16'h7f83;
      mem[869] = 16'h7f85;
      mem[870] = 16'h7f87;
      mem[871] = 16'h7f88;
      mem[872] = 16'h7f8a;
      mem[873] = 16'h7f8c;
      mem[874] = 16'h7f8e;
      mem[875] = 16'h7f90;
      mem[876] = 16'h7f91;
      mem[877] = 16'h7f93;
      mem[878] = 16'h7f95;
      mem[879] = 16'h7f96;
      mem[880] = 16'h7f98;
      mem[881] = 16'h7f9a;
      mem[882] = 16'h7f9b;
      mem[883] = 16'h7f9d;
      mem[884] = 16'h7f9e;
      mem[885] = 16'h7fa0;
      mem[886] = 16'h7fa1;
      mem[887] = 16'h7fa3;
      mem[888] = 16'h7fa4;
      mem[889] = 16'h7fa6;
      mem[890] = 16'h7fa7;
      mem[891] = 16'h7fa8;
      mem[892] = 16'h7faa;
      mem[893] = 16'h7fab;
      mem[894] = 16'h7fac;
      mem[895] = 16'h7fae;
      mem[896] = 16'h7faf;
      mem[897] = 16'h7fb0;
      mem[898] = 16'h7fb1;
      mem[899] = 16'h7fb3;
      mem[900] = 16'h7fb4;
      mem[901] = 16'h7fb5;
      mem[902] = 16'h7fb6;
      mem[903] = 16'h7fb7;
      mem[904] = 16'h7fb8;
      mem[905] = 16'h7fba;
      mem[906] = 16'h7fbb;
      mem[907] = 16'h7fbc;
      mem[908] = 16'h7fbd;
      mem[909] = 16'h7fbe;
      mem[910] = 16'h7fbf;
      mem[911] = 16'h7fc0;
      mem[912] = 16'h7fc1;
      mem[913] = 16'h7fc2;
      mem[914] = 16'h7fc3;
      mem[915] = 16'h7fc4;
      mem[916] = 16'h7fc5;
      mem[917] = 16'h7fc6;
      mem[918] = 16'h7fc7;
      mem[919] = 16'h7fc7;
      mem[920] = 16'h7fc8;
      mem[921] = 16'h7fc9;
      mem[922] = 16'h7fca;
      mem[923] = 16'h7fcb;
      mem[924] = 16'h7fcc;
      mem[925] = 16'h7fcc;
      mem[926] = 16'h7fcd;
      mem[927] = 16'h7fce;
      mem[928] = 16'h7fcf;
      mem[929] = 16'h7fd0;
      mem[930] = 16'h7fd0;
      mem[931] = 16'h7fd1;
      mem[932] = 16'h7fd2;
      mem[933] = 16'h7fd3;
      mem[934] = 16'h7fd3;
      mem[935] = 16'h7fd4;
      mem[936] = 16'h7fd5;
      mem[937] = 16'h7fd5;
      mem[938] = 16'h7fd6;
      mem[939] = 16'h7fd7;
      mem[940] = 16'h7fd7;
      mem[941] = 16'h7fd8;
      mem[942] = 16'h7fd8;
      mem[943] = 16'h7fd9;
      mem[944] = 16'h7fda;
      mem[945] = 16'h7fda;
      mem[946] = 16'h7fdb;
      mem[947] = 16'h7fdb;
      mem[948] = 16'h7fdc;
      mem[949] = 16'h7fdd;
      mem[950] = 16'h7fdd;
      mem[951] = 16'h7fde;
      mem[952] = 16'h7fde;
      mem[953] = 16'h7fdf;
      mem[954] = 16'h7fdf;
      mem[955] = 16'h7fe0;
      mem[956] = 16'h7fe0;
      mem[957] = 16'h7fe1;
      mem[958] = 16'h7fe1;
      mem[959] = 16'h7fe2;
      mem[960] = 16'h7fe2;
      mem[961] = 16'h7fe3;
      mem[962] = 16'h7fe3;
      mem[963] = 16'h7fe4;
      mem[964] = 16'h7fe4;
      mem[965] = 16'h7fe4;
      mem[966] = 16'h7fe5;
      mem[967] = 16'h7fe5;
      mem[968] = 16'h7fe6;
      mem[969] = 16'h7fe6;
      mem[970] = 16'h7fe6;
      mem[971] = 16'h7fe7;
      mem[972] = 16'h7fe7;
      mem[973] = 16'h7fe8;
      mem[974] = 16'h7fe8;
      mem[975] = 16'h7fe8;
      mem[976] = 16'h7fe9;
      mem[977] = 16'h7fe9;
      mem[978] = 16'h7fe9;
      mem[979] = 16'h7fea;
      mem[980] = 16'h7fea;
      mem[981] = 16'h7fea;
      mem[982] = 16'h7feb;
      mem[983] = 16'h7feb;
      mem[984] = 16'h7feb;
      mem[985] = 16'h7fec;
      mem[986] = 16'h7fec;
      mem[987] = 16'h7fec;
      mem[988] = 16'h7fed;
      mem[989] = 16'h7fed;
      mem[990] = 16'h7fed;
      mem[991] = 16'h7fee;
      mem[992] = 16'h7fee;
      mem[993] = 16'h7fee;
      mem[994] = 16'h7fee;
      mem[995] = 16'h7fef;
      mem[996] = 16'h7fef;
      mem[997] = 16'h7fef;
      mem[998] = 16'h7ff0;
      mem[999] = 16'h7ff0;
      mem[1000] = 16'h7ff0;
      mem[1001] = 16'h7ff0;
      mem[1002] = 16'h7ff1;
      mem[1003] = 16'h7ff1;
      mem[1004] = 16'h7ff1;
      mem[1005] = 16'h7ff1;
      mem[1006] = 16'h7ff1;
      mem[1007] = 16'h7ff2;
      mem[1008] = 16'h7ff2;
      mem[1009] = 16'h7ff2;
      mem[1010] = 16'h7ff2;
      mem[1011] = 16'h7ff3;
      mem[1012] = 16'h7ff3;
      mem[1013] = 16'h7ff3;
      mem[1014] = 16'h7ff3;
      mem[1015] = 16'h7ff3;
      mem[1016] = 16'h7ff4;
      mem[1017] = 16'h7ff4;
      mem[1018] = 16'h7ff4;
      mem[1019] = 16'h7ff4;
      mem[1020] = 16'h7ff4;
      mem[1021] = 16'h7ff4;
      mem[1022] = 16'h7ff5;
      mem[1023] = 16'h7ff5;
      data = 0;
    end
    always @(posedge clock) begin
      data <= mem[address];
    end
endmodule // top$soc$core$valu$sig


module top$soc$core$waddr(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$core$waddr


module top$soc$core$wmem$0(read_address,read_data,write_address,write_data,write_enable,clock);
    
    // Module arguments
    input wire  [19:0] read_address;
    output reg  [31:0] read_data;
    input wire  [19:0] write_address;
    input wire  [31:0] write_data;
    input wire  write_enable;
    input wire  clock;
    
    // Update code (custom)
    reg [31:0] mem [0:8063];
    wire [19:0] address = write_enable ? write_address : read_address;
    wire [19:0] index = address;
    `ifndef SYNTHESIS
    integer i;
    initial begin
      for (i = 0; i <= 8063; i = i + 1) mem[i] = 0;
      read_data = 0;
    end
    `endif
    always @(posedge clock) begin
      if (write_enable) begin
        if (index <= 8063) mem[index] <= write_data;
      end else begin
        if (index <= 8063) read_data <= mem[index]; else read_data <= 0;
      end
    end
endmodule // top$soc$core$wmem$0


module top$soc$core$wmem$1(read_address,read_data,write_address,write_data,write_enable,clock);
    
    // Module arguments
    input wire  [19:0] read_address;
    output reg  [31:0] read_data;
    input wire  [19:0] write_address;
    input wire  [31:0] write_data;
    input wire  write_enable;
    input wire  clock;
    
    // Update code (custom)
    reg [31:0] mem [0:8063];
    wire [19:0] address = write_enable ? write_address : read_address;
    wire [19:0] index = address;
    `ifndef SYNTHESIS
    integer i;
    initial begin
      for (i = 0; i <= 8063; i = i + 1) mem[i] = 0;
      read_data = 0;
    end
    `endif
    always @(posedge clock) begin
      if (write_enable) begin
        if (index <= 8063) mem[index] <= write_data;
      end else begin
        if (index <= 8063) read_data <= mem[index]; else read_data <= 0;
      end
    end
endmodule // top$soc$core$wmem$1


module top$soc$core$wmem$2(read_address,read_data,write_address,write_data,write_enable,clock);
    
    // Module arguments
    input wire  [19:0] read_address;
    output reg  [31:0] read_data;
    input wire  [19:0] write_address;
    input wire  [31:0] write_data;
    input wire  write_enable;
    input wire  clock;
    
    // Update code (custom)
    reg [31:0] mem [0:8063];
    wire [19:0] address = write_enable ? write_address : read_address;
    wire [19:0] index = address;
    `ifndef SYNTHESIS
    integer i;
    initial begin
      for (i = 0; i <= 8063; i = i + 1) mem[i] = 0;
      read_data = 0;
    end
    `endif
    always @(posedge clock) begin
      if (write_enable) begin
        if (index <= 8063) mem[index] <= write_data;
      end else begin
        if (index <= 8063) read_data <= mem[index]; else read_data <= 0;
      end
    end
endmodule // top$soc$core$wmem$2


module top$soc$core$wmem$3(read_address,read_data,write_address,write_data,write_enable,clock);
    
    // Module arguments
    input wire  [19:0] read_address;
    output reg  [31:0] read_data;
    input wire  [19:0] write_address;
    input wire  [31:0] write_data;
    input wire  write_enable;
    input wire  clock;
    
    // Update code (custom)
    reg [31:0] mem [0:8063];
    wire [19:0] address = write_enable ? write_address : read_address;
    wire [19:0] index = address;
    `ifndef SYNTHESIS
    integer i;
    initial begin
      for (i = 0; i <= 8063; i = i + 1) mem[i] = 0;
      read_data = 0;
    end
    `endif
    always @(posedge clock) begin
      if (write_enable) begin
        if (index <= 8063) mem[index] <= write_data;
      end else begin
        if (index <= 8063) read_data <= mem[index]; else read_data <= 0;
      end
    end
endmodule // top$soc$core$wmem$3


module top$soc$link(clock,rx_data,rx_valid,tx_data,tx_valid,tx_ready,c_wr_en,c_wr_region,c_wr_addr,c_wr_data,c_rd_region,c_rd_addr,c_rd_data,c_start,c_token,c_busy,c_fault,c_token_out,c_s_mant,c_s_exp,c_cycles,dropped,busy);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] rx_data;
    input wire  rx_valid;
    output reg  [7:0] tx_data;
    output reg  tx_valid;
    input wire  tx_ready;
    output reg  c_wr_en;
    output reg  [2:0] c_wr_region;
    output reg  [23:0] c_wr_addr;
    output reg  [31:0] c_wr_data;
    output reg  [2:0] c_rd_region;
    output reg  [23:0] c_rd_addr;
    input wire  [31:0] c_rd_data;
    output reg  c_start;
    output reg  [11:0] c_token;
    input wire  c_busy;
    input wire  c_fault;
    input wire  [11:0] c_token_out;
    input wire  [15:0] c_s_mant;
    input wire  [15:0] c_s_exp;
    input wire  [31:0] c_cycles;
    output reg  [15:0] dropped;
    output reg  busy;
    
    // Constant declarations
    localparam  depth0 = 32'h100;
    localparam  depth1 = 32'h100;
    localparam  depth2 = 32'h780;
    localparam  depth3 = 32'h1186;
    localparam  depth4 = 32'h7e00;
    localparam  depth5 = 32'h100;
    localparam  depth6 = 32'h200;
    localparam  vocab = 16'h100;
    localparam  max_body = 10'b100001011;
    localparam  crc_residue = 32'hdebb20e3;
    
    // Stub signals
    reg  [9:0] fbuf$read_address;
    wire  [7:0] fbuf$read_data;
    reg  [9:0] fbuf$write_address;
    reg  [7:0] fbuf$write_data;
    reg  fbuf$write_enable;
    reg  fbuf$clock;
    reg  [4:0] idrom$address;
    wire  [7:0] idrom$data;
    reg  idrom$clock;
    reg  framer$clock;
    reg  framer$in_valid;
    reg  [1:0] framer$in_ctl;
    reg  [7:0] framer$in_byte;
    wire  framer$in_ready;
    wire  [7:0] framer$tx_data;
    wire  framer$tx_valid;
    reg  framer$tx_ready;
    reg  r_esc$d;
    wire  r_esc$q;
    reg  r_esc$clock;
    reg  [9:0] r_len$d;
    wire  [9:0] r_len$q;
    reg  r_len$clock;
    reg  [31:0] r_crc$d;
    wire  [31:0] r_crc$q;
    reg  r_crc$clock;
    reg  r_over$d;
    wire  r_over$q;
    reg  r_over$clock;
    reg  r_drop$d;
    wire  r_drop$q;
    reg  r_drop$clock;
    reg  r_half$d;
    wire  r_half$q;
    reg  r_half$clock;
    reg  [7:0] r_type$d;
    wire  [7:0] r_type$q;
    reg  r_type$clock;
    reg  [7:0] r_seq$d;
    wire  [7:0] r_seq$q;
    reg  r_seq$clock;
    reg  [15:0] n_drop$d;
    wire  [15:0] n_drop$q;
    reg  n_drop$clock;
    reg  p_valid$d;
    wire  p_valid$q;
    reg  p_valid$clock;
    reg  p_half$d;
    wire  p_half$q;
    reg  p_half$clock;
    reg  [9:0] p_len$d;
    wire  [9:0] p_len$q;
    reg  p_len$clock;
    reg  [1:0] p_status$d;
    wire  [1:0] p_status$q;
    reg  p_status$clock;
    reg  [7:0] p_type$d;
    wire  [7:0] p_type$q;
    reg  p_type$clock;
    reg  [7:0] p_seq$d;
    wire  [7:0] p_seq$q;
    reg  p_seq$clock;
    reg  [4:0] e_state$d;
    wire  [4:0] e_state$q;
    reg  e_state$clock;
    reg  e_half$d;
    wire  e_half$q;
    reg  e_half$clock;
    reg  [9:0] e_len$d;
    wire  [9:0] e_len$q;
    reg  e_len$clock;
    reg  [1:0] e_status$d;
    wire  [1:0] e_status$q;
    reg  e_status$clock;
    reg  [7:0] e_type$d;
    wire  [7:0] e_type$q;
    reg  e_type$clock;
    reg  [7:0] e_seq$d;
    wire  [7:0] e_seq$q;
    reg  e_seq$clock;
    reg  [9:0] e_j$d;
    wire  [9:0] e_j$q;
    reg  e_j$clock;
    reg  [9:0] e_jd$d;
    wire  [9:0] e_jd$q;
    reg  e_jd$clock;
    reg  e_rdv$d;
    wire  e_rdv$q;
    reg  e_rdv$clock;
    reg  [9:0] e_hend$d;
    wire  [9:0] e_hend$q;
    reg  e_hend$clock;
    reg  [9:0] e_last$d;
    wire  [9:0] e_last$q;
    reg  e_last$clock;
    reg  [7:0] region$d;
    wire  [7:0] region$q;
    reg  region$clock;
    reg  [31:0] addr$d;
    wire  [31:0] addr$q;
    reg  addr$clock;
    reg  [31:0] cnt$d;
    wire  [31:0] cnt$q;
    reg  cnt$clock;
    reg  [15:0] tok$d;
    wire  [15:0] tok$q;
    reg  tok$clock;
    reg  [31:0] k$d;
    wire  [31:0] k$q;
    reg  k$clock;
    reg  [31:0] word$d;
    wire  [31:0] word$q;
    reg  word$clock;
    reg  [5:0] bc$d;
    wire  [5:0] bc$q;
    reg  bc$clock;
    reg  [31:0] crc32$d;
    wire  [31:0] crc32$q;
    reg  crc32$clock;
    reg  [2:0] ph$d;
    wire  [2:0] ph$q;
    reg  ph$clock;
    reg  [2:0] rkind$d;
    wire  [2:0] rkind$q;
    reg  rkind$clock;
    reg  [7:0] rtype$d;
    wire  [7:0] rtype$q;
    reg  rtype$clock;
    reg  [7:0] rseq$d;
    wire  [7:0] rseq$q;
    reg  rseq$clock;
    reg  [7:0] reason$d;
    wire  [7:0] reason$q;
    reg  reason$clock;
    reg  [7:0] ri$d;
    wire  [7:0] ri$q;
    reg  ri$clock;
    reg  last_valid$d;
    wire  last_valid$q;
    reg  last_valid$clock;
    reg  [7:0] last_seq$d;
    wire  [7:0] last_seq$q;
    reg  last_seq$clock;
    reg  [15:0] res_tok$d;
    wire  [15:0] res_tok$q;
    reg  res_tok$clock;
    reg  [31:0] res_cyc$d;
    wire  [31:0] res_cyc$q;
    reg  res_cyc$clock;
    reg  [15:0] res_mant$d;
    wire  [15:0] res_mant$q;
    reg  res_mant$clock;
    reg  [15:0] res_exp$d;
    wire  [15:0] res_exp$q;
    reg  res_exp$clock;
    reg  checked$d;
    wire  checked$q;
    reg  checked$clock;
    
    // Local signals
    reg  [7:0] rb;
    reg  [31:0] rcb$0;
    reg  [31:0] rcb$1;
    reg  [31:0] rcb$2;
    reg  [31:0] rcb$3;
    reg  [31:0] rcb$4;
    reg  [31:0] rcb$5;
    reg  [31:0] rcb$6;
    reg  [31:0] rcb$7;
    reg  [31:0] rcb$8;
    reg  [9:0] plen;
    reg  [31:0] depth;
    reg  [31:0] endaddr;
    reg  [7:0] bufb;
    reg  [31:0] wnext;
    reg  [7:0] pbyte;
    reg  [31:0] crcb$0;
    reg  [31:0] crcb$1;
    reg  [31:0] crcb$2;
    reg  [31:0] crcb$3;
    reg  [31:0] crcb$4;
    reg  [31:0] crcb$5;
    reg  [31:0] crcb$6;
    reg  [31:0] crcb$7;
    reg  [31:0] crcb$8;
    reg  [9:0] pm5;
    reg  [31:0] ak;
    
    // Sub module instances
    top$soc$link$fbuf fbuf(
        .read_address(fbuf$read_address),
        .read_data(fbuf$read_data),
        .write_address(fbuf$write_address),
        .write_data(fbuf$write_data),
        .write_enable(fbuf$write_enable),
        .clock(fbuf$clock)
    );
    top$soc$link$idrom idrom(
        .address(idrom$address),
        .data(idrom$data),
        .clock(idrom$clock)
    );
    top$soc$link$framer framer(
        .clock(framer$clock),
        .in_valid(framer$in_valid),
        .in_ctl(framer$in_ctl),
        .in_byte(framer$in_byte),
        .in_ready(framer$in_ready),
        .tx_data(framer$tx_data),
        .tx_valid(framer$tx_valid),
        .tx_ready(framer$tx_ready)
    );
    top$soc$link$r_esc r_esc(
        .d(r_esc$d),
        .q(r_esc$q),
        .clock(r_esc$clock)
    );
    top$soc$link$r_len r_len(
        .d(r_len$d),
        .q(r_len$q),
        .clock(r_len$clock)
    );
    top$soc$link$r_crc r_crc(
        .d(r_crc$d),
        .q(r_crc$q),
        .clock(r_crc$clock)
    );
    top$soc$link$r_over r_over(
        .d(r_over$d),
        .q(r_over$q),
        .clock(r_over$clock)
    );
    top$soc$link$r_drop r_drop(
        .d(r_drop$d),
        .q(r_drop$q),
        .clock(r_drop$clock)
    );
    top$soc$link$r_half r_half(
        .d(r_half$d),
        .q(r_half$q),
        .clock(r_half$clock)
    );
    top$soc$link$r_type r_type(
        .d(r_type$d),
        .q(r_type$q),
        .clock(r_type$clock)
    );
    top$soc$link$r_seq r_seq(
        .d(r_seq$d),
        .q(r_seq$q),
        .clock(r_seq$clock)
    );
    top$soc$link$n_drop n_drop(
        .d(n_drop$d),
        .q(n_drop$q),
        .clock(n_drop$clock)
    );
    top$soc$link$p_valid p_valid(
        .d(p_valid$d),
        .q(p_valid$q),
        .clock(p_valid$clock)
    );
    top$soc$link$p_half p_half(
        .d(p_half$d),
        .q(p_half$q),
        .clock(p_half$clock)
    );
    top$soc$link$p_len p_len(
        .d(p_len$d),
        .q(p_len$q),
        .clock(p_len$clock)
    );
    top$soc$link$p_status p_status(
        .d(p_status$d),
        .q(p_status$q),
        .clock(p_status$clock)
    );
    top$soc$link$p_type p_type(
        .d(p_type$d),
        .q(p_type$q),
        .clock(p_type$clock)
    );
    top$soc$link$p_seq p_seq(
        .d(p_seq$d),
        .q(p_seq$q),
        .clock(p_seq$clock)
    );
    top$soc$link$e_state e_state(
        .d(e_state$d),
        .q(e_state$q),
        .clock(e_state$clock)
    );
    top$soc$link$e_half e_half(
        .d(e_half$d),
        .q(e_half$q),
        .clock(e_half$clock)
    );
    top$soc$link$e_len e_len(
        .d(e_len$d),
        .q(e_len$q),
        .clock(e_len$clock)
    );
    top$soc$link$e_status e_status(
        .d(e_status$d),
        .q(e_status$q),
        .clock(e_status$clock)
    );
    top$soc$link$e_type e_type(
        .d(e_type$d),
        .q(e_type$q),
        .clock(e_type$clock)
    );
    top$soc$link$e_seq e_seq(
        .d(e_seq$d),
        .q(e_seq$q),
        .clock(e_seq$clock)
    );
    top$soc$link$e_j e_j(
        .d(e_j$d),
        .q(e_j$q),
        .clock(e_j$clock)
    );
    top$soc$link$e_jd e_jd(
        .d(e_jd$d),
        .q(e_jd$q),
        .clock(e_jd$clock)
    );
    top$soc$link$e_rdv e_rdv(
        .d(e_rdv$d),
        .q(e_rdv$q),
        .clock(e_rdv$clock)
    );
    top$soc$link$e_hend e_hend(
        .d(e_hend$d),
        .q(e_hend$q),
        .clock(e_hend$clock)
    );
    top$soc$link$e_last e_last(
        .d(e_last$d),
        .q(e_last$q),
        .clock(e_last$clock)
    );
    top$soc$link$region region(
        .d(region$d),
        .q(region$q),
        .clock(region$clock)
    );
    top$soc$link$addr addr(
        .d(addr$d),
        .q(addr$q),
        .clock(addr$clock)
    );
    top$soc$link$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    top$soc$link$tok tok(
        .d(tok$d),
        .q(tok$q),
        .clock(tok$clock)
    );
    top$soc$link$k k(
        .d(k$d),
        .q(k$q),
        .clock(k$clock)
    );
    top$soc$link$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    top$soc$link$bc bc(
        .d(bc$d),
        .q(bc$q),
        .clock(bc$clock)
    );
    top$soc$link$crc32 crc32(
        .d(crc32$d),
        .q(crc32$q),
        .clock(crc32$clock)
    );
    top$soc$link$ph ph(
        .d(ph$d),
        .q(ph$q),
        .clock(ph$clock)
    );
    top$soc$link$rkind rkind(
        .d(rkind$d),
        .q(rkind$q),
        .clock(rkind$clock)
    );
    top$soc$link$rtype rtype(
        .d(rtype$d),
        .q(rtype$q),
        .clock(rtype$clock)
    );
    top$soc$link$rseq rseq(
        .d(rseq$d),
        .q(rseq$q),
        .clock(rseq$clock)
    );
    top$soc$link$reason reason(
        .d(reason$d),
        .q(reason$q),
        .clock(reason$clock)
    );
    top$soc$link$ri ri(
        .d(ri$d),
        .q(ri$q),
        .clock(ri$clock)
    );
    top$soc$link$last_valid last_valid(
        .d(last_valid$d),
        .q(last_valid$q),
        .clock(last_valid$clock)
    );
    top$soc$link$last_seq last_seq(
        .d(last_seq$d),
        .q(last_seq$q),
        .clock(last_seq$clock)
    );
    top$soc$link$res_tok res_tok(
        .d(res_tok$d),
        .q(res_tok$q),
        .clock(res_tok$clock)
    );
    top$soc$link$res_cyc res_cyc(
        .d(res_cyc$d),
        .q(res_cyc$q),
        .clock(res_cyc$clock)
    );
    top$soc$link$res_mant res_mant(
        .d(res_mant$d),
        .q(res_mant$q),
        .clock(res_mant$clock)
    );
    top$soc$link$res_exp res_exp(
        .d(res_exp$d),
        .q(res_exp$q),
        .clock(res_exp$clock)
    );
    top$soc$link$checked checked(
        .d(checked$d),
        .q(checked$q),
        .clock(checked$clock)
    );
    
    // Update code
    always @(*) begin
        r_esc$clock = clock;
        r_len$clock = clock;
        r_crc$clock = clock;
        r_over$clock = clock;
        r_drop$clock = clock;
        r_half$clock = clock;
        r_type$clock = clock;
        r_seq$clock = clock;
        n_drop$clock = clock;
        p_valid$clock = clock;
        p_half$clock = clock;
        p_len$clock = clock;
        p_status$clock = clock;
        p_type$clock = clock;
        p_seq$clock = clock;
        e_state$clock = clock;
        e_half$clock = clock;
        e_len$clock = clock;
        e_status$clock = clock;
        e_type$clock = clock;
        e_seq$clock = clock;
        e_j$clock = clock;
        e_jd$clock = clock;
        e_rdv$clock = clock;
        e_hend$clock = clock;
        e_last$clock = clock;
        region$clock = clock;
        addr$clock = clock;
        cnt$clock = clock;
        tok$clock = clock;
        k$clock = clock;
        word$clock = clock;
        bc$clock = clock;
        crc32$clock = clock;
        ph$clock = clock;
        rkind$clock = clock;
        rtype$clock = clock;
        rseq$clock = clock;
        reason$clock = clock;
        ri$clock = clock;
        last_valid$clock = clock;
        last_seq$clock = clock;
        res_tok$clock = clock;
        res_cyc$clock = clock;
        res_mant$clock = clock;
        res_exp$clock = clock;
        checked$clock = clock;
        r_esc$d = r_esc$q;
        r_len$d = r_len$q;
        r_crc$d = r_crc$q;
        r_over$d = r_over$q;
        r_drop$d = r_drop$q;
        r_half$d = r_half$q;
        r_type$d = r_type$q;
        r_seq$d = r_seq$q;
        n_drop$d = n_drop$q;
        p_valid$d = p_valid$q;
        p_half$d = p_half$q;
        p_len$d = p_len$q;
        p_status$d = p_status$q;
        p_type$d = p_type$q;
        p_seq$d = p_seq$q;
        e_state$d = e_state$q;
        e_half$d = e_half$q;
        e_len$d = e_len$q;
        e_status$d = e_status$q;
        e_type$d = e_type$q;
        e_seq$d = e_seq$q;
        e_j$d = e_j$q;
        e_jd$d = e_jd$q;
        e_rdv$d = e_rdv$q;
        e_hend$d = e_hend$q;
        e_last$d = e_last$q;
        region$d = region$q;
        addr$d = addr$q;
        cnt$d = cnt$q;
        tok$d = tok$q;
        k$d = k$q;
        word$d = word$q;
        bc$d = bc$q;
        crc32$d = crc32$q;
        ph$d = ph$q;
        rkind$d = rkind$q;
        rtype$d = rtype$q;
        rseq$d = rseq$q;
        reason$d = reason$q;
        ri$d = ri$q;
        last_valid$d = last_valid$q;
        last_seq$d = last_seq$q;
        res_tok$d = res_tok$q;
        res_cyc$d = res_cyc$q;
        res_mant$d = res_mant$q;
        res_exp$d = res_exp$q;
        checked$d = checked$q;
        fbuf$clock = clock;
        idrom$clock = clock;
        framer$clock = clock;
        dropped = n_drop$q;
        busy = (e_state$q != 32'h0) | p_valid$q;
        tx_data = framer$tx_data;
        tx_valid = framer$tx_valid;
        framer$tx_ready = tx_ready;
        framer$in_valid = 1'b0;
        framer$in_ctl = 32'h0;
        framer$in_byte = 32'h0;
        c_wr_en = 1'b0;
        c_wr_region = region$q[(32'h0)+:(3)];
        if (region$q == 32'h7) begin
            c_wr_region = 32'h3;
        end
        ak = addr$q + k$q;
        c_wr_addr = ak[(32'h0)+:(24)];
        c_rd_region = region$q[(32'h0)+:(3)];
        c_rd_addr = ak[(32'h0)+:(24)];
        c_start = 1'b0;
        c_token = tok$q[(32'h0)+:(12)];
        idrom$address = ri$q[(32'h0)+:(5)];
        fbuf$write_enable = 1'b0;
        fbuf$write_address = r_len$q;
        if (r_half$q) begin
            fbuf$write_address = r_len$q | 32'h200;
        end
        rb = rx_data;
        if (r_esc$q) begin
            if (rx_data == 32'hdc) begin
                rb = 32'hc0;
            end
            if (rx_data == 32'hdd) begin
                rb = 32'hdb;
            end
        end
        fbuf$write_data = rb;
        rcb$0 = r_crc$q;
        rcb$1 = rcb$0 >> 32'h1;
        if ((rcb$0[32'h0]) ^ (rb[0])) begin
            rcb$1 = (rcb$0 >> 32'h1) ^ 64'hedb88320;
        end
        rcb$2 = rcb$1 >> 32'h1;
        if ((rcb$1[32'h0]) ^ (rb[1])) begin
            rcb$2 = (rcb$1 >> 32'h1) ^ 64'hedb88320;
        end
        rcb$3 = rcb$2 >> 32'h1;
        if ((rcb$2[32'h0]) ^ (rb[2])) begin
            rcb$3 = (rcb$2 >> 32'h1) ^ 64'hedb88320;
        end
        rcb$4 = rcb$3 >> 32'h1;
        if ((rcb$3[32'h0]) ^ (rb[3])) begin
            rcb$4 = (rcb$3 >> 32'h1) ^ 64'hedb88320;
        end
        rcb$5 = rcb$4 >> 32'h1;
        if ((rcb$4[32'h0]) ^ (rb[4])) begin
            rcb$5 = (rcb$4 >> 32'h1) ^ 64'hedb88320;
        end
        rcb$6 = rcb$5 >> 32'h1;
        if ((rcb$5[32'h0]) ^ (rb[5])) begin
            rcb$6 = (rcb$5 >> 32'h1) ^ 64'hedb88320;
        end
        rcb$7 = rcb$6 >> 32'h1;
        if ((rcb$6[32'h0]) ^ (rb[6])) begin
            rcb$7 = (rcb$6 >> 32'h1) ^ 64'hedb88320;
        end
        rcb$8 = rcb$7 >> 32'h1;
        if ((rcb$7[32'h0]) ^ (rb[7])) begin
            rcb$8 = (rcb$7 >> 32'h1) ^ 64'hedb88320;
        end
        if (rx_valid) begin
            if (rx_data == 32'hc0) begin
                if ((r_len$q != 32'h0) | r_over$q) begin
                    if (r_drop$q) begin
                        n_drop$d = n_drop$q + 32'h1;
                    end
                    else begin
                        p_valid$d = 1'b1;
                        p_half$d = r_half$q;
                        p_len$d = r_len$q;
                        p_type$d = r_type$q;
                        p_seq$d = r_seq$q;
                        p_status$d = 32'h0;
                        if ((r_len$q < 32'h6) | r_esc$q | (r_crc$q != crc_residue)) begin
                            p_status$d = 32'h1;
                        end
                        if (r_over$q) begin
                            p_status$d = 32'h2;
                        end
                        r_half$d = ~r_half$q;
                    end
                end
                r_len$d = 32'h0;
                r_crc$d = 64'hffffffff;
                r_esc$d = 1'b0;
                r_over$d = 1'b0;
                r_drop$d = 1'b0;
            end
            else if (~r_esc$q & (rx_data == 32'hdb)) begin
                r_esc$d = 1'b1;
            end
            else begin
                r_esc$d = 1'b0;
                if ((r_len$q == 32'h0) & ~r_over$q & ~r_drop$q & p_valid$q) begin
                    r_drop$d = 1'b1;
                end
                if (r_len$q >= max_body) begin
                    r_over$d = 1'b1;
                end
                else begin
                    if (~r_drop$q & ~((r_len$q == 32'h0) & p_valid$q)) begin
                        fbuf$write_enable = 1'b1;
                    end
                    r_crc$d = rcb$8;
                    r_len$d = r_len$q + 32'h1;
                    if (r_len$q == 32'h0) begin
                        r_type$d = rb;
                    end
                    if (r_len$q == 32'h1) begin
                        r_seq$d = rb;
                    end
                end
            end
        end
        plen = e_len$q - 32'h6;
        pm5 = plen - 32'h5;
        depth = depth0;
        if (region$q == 32'h1) begin
            depth = depth1;
        end
        if (region$q == 32'h2) begin
            depth = depth2;
        end
        if (region$q == 32'h3) begin
            depth = depth3;
        end
        if (region$q == 32'h4) begin
            depth = depth4;
        end
        if (region$q == 32'h5) begin
            depth = depth5;
        end
        if (region$q == 32'h6) begin
            depth = depth6;
        end
        if (region$q == 32'h7) begin
            depth = depth3;
        end
        endaddr = addr$q + cnt$q;
        fbuf$read_address = e_j$q;
        if (e_half$q) begin
            fbuf$read_address = e_j$q | 32'h200;
        end
        bufb = fbuf$read_data;
        e_rdv$d = 1'b0;
        e_jd$d = e_j$q;
        wnext = (word$q >> 32'h8) | (((bufb) & 32'hffffffff) << 32'h18);
        c_wr_data = wnext;
        if (region$q == 32'h7) begin
            c_wr_data = wnext >> 32'h10;
        end
        crcb$0 = crc32$q;
        crcb$1 = crcb$0 >> 32'h1;
        if ((crcb$0[32'h0]) ^ (word$q[0])) begin
            crcb$1 = (crcb$0 >> 32'h1) ^ 64'hedb88320;
        end
        crcb$2 = crcb$1 >> 32'h1;
        if ((crcb$1[32'h0]) ^ (word$q[1])) begin
            crcb$2 = (crcb$1 >> 32'h1) ^ 64'hedb88320;
        end
        crcb$3 = crcb$2 >> 32'h1;
        if ((crcb$2[32'h0]) ^ (word$q[2])) begin
            crcb$3 = (crcb$2 >> 32'h1) ^ 64'hedb88320;
        end
        crcb$4 = crcb$3 >> 32'h1;
        if ((crcb$3[32'h0]) ^ (word$q[3])) begin
            crcb$4 = (crcb$3 >> 32'h1) ^ 64'hedb88320;
        end
        crcb$5 = crcb$4 >> 32'h1;
        if ((crcb$4[32'h0]) ^ (word$q[4])) begin
            crcb$5 = (crcb$4 >> 32'h1) ^ 64'hedb88320;
        end
        crcb$6 = crcb$5 >> 32'h1;
        if ((crcb$5[32'h0]) ^ (word$q[5])) begin
            crcb$6 = (crcb$5 >> 32'h1) ^ 64'hedb88320;
        end
        crcb$7 = crcb$6 >> 32'h1;
        if ((crcb$6[32'h0]) ^ (word$q[6])) begin
            crcb$7 = (crcb$6 >> 32'h1) ^ 64'hedb88320;
        end
        crcb$8 = crcb$7 >> 32'h1;
        if ((crcb$7[32'h0]) ^ (word$q[7])) begin
            crcb$8 = (crcb$7 >> 32'h1) ^ 64'hedb88320;
        end
        if (e_state$q == 32'h0) begin
            if (p_valid$q) begin
                p_valid$d = 1'b0;
                e_half$d = p_half$q;
                e_len$d = p_len$q;
                e_status$d = p_status$q;
                e_type$d = p_type$q;
                e_seq$d = p_seq$q;
                e_state$d = 32'h1;
            end
        end
        else if (e_state$q == 32'h1) begin
            rseq$d = e_seq$q;
            rtype$d = e_type$q | 32'h80;
            rkind$d = 32'h0;
            addr$d = 32'h0;
            cnt$d = 32'h0;
            k$d = 32'h0;
            e_j$d = 32'h2;
            e_state$d = 32'ha;
            reason$d = 32'h3;
            rkind$d = 32'h1;
            rtype$d = 32'hff;
            if (e_status$q != 32'h0) begin
                rseq$d = 32'h0;
                reason$d = 32'h1;
                if (e_status$q == 32'h2) begin
                    reason$d = 32'h6;
                end
            end
            else if (e_type$q == 32'h1) begin
                if (plen == 32'h0) begin
                    rkind$d = 32'h2;
                    rtype$d = 32'h81;
                    ri$d = 32'h0;
                    ph$d = 32'h0;
                end
                else begin
                    reason$d = 32'h2;
                end
            end
            else if (e_type$q == 32'h2) begin
                if ((plen >= 32'h9) & (plen <= 32'h105) & (pm5[(32'h0)+:(2)] == 32'h0)) begin
                    e_hend$d = 32'h7;
                    e_last$d = e_len$q - 32'h4;
                    e_state$d = 32'h2;
                end
                else begin
                    reason$d = 32'h2;
                end
            end
            else if (e_type$q == 32'h3) begin
                if (plen == 32'h7) begin
                    e_hend$d = 32'h9;
                    e_state$d = 32'h2;
                end
                else begin
                    reason$d = 32'h2;
                end
            end
            else if (e_type$q == 32'h4) begin
                if (plen == 32'h9) begin
                    e_hend$d = 32'hb;
                    e_state$d = 32'h2;
                end
                else begin
                    reason$d = 32'h2;
                end
            end
            else if (e_type$q == 32'h5) begin
                if (plen == 32'h2) begin
                    e_hend$d = 32'h4;
                    e_state$d = 32'h2;
                end
                else begin
                    reason$d = 32'h2;
                end
            end
        end
        else if (e_state$q == 32'h2) begin
            if (e_j$q < e_hend$q) begin
                e_j$d = e_j$q + 32'h1;
                e_rdv$d = 1'b1;
            end
            if (e_rdv$q) begin
                if (e_jd$q == 32'h2) begin
                    region$d = bufb;
                    tok$d = ((bufb) & 16'hffff);
                end
                if (e_jd$q == 32'h3) begin
                    tok$d = tok$q | (((bufb) & 16'hffff) << 32'h8);
                end
                if ((e_jd$q >= 32'h3) & (e_jd$q <= 32'h6)) begin
                    addr$d = (addr$q >> 32'h8) | (((bufb) & 32'hffffffff) << 32'h18);
                end
                if (e_jd$q >= 32'h7) begin
                    cnt$d = (cnt$q >> 32'h8) | (((bufb) & 32'hffffffff) << 32'h18);
                end
                if (e_jd$q + 32'h1 == e_hend$q) begin
                    e_state$d = 32'h3;
                end
            end
        end
        else if (e_state$q == 32'h3) begin
            e_state$d = 32'ha;
            rkind$d = 32'h1;
            rtype$d = 32'hff;
            reason$d = 32'h4;
            if (e_type$q == 32'h2) begin
                cnt$d = ((pm5 >> 32'h2) & 32'hffffffff);
                endaddr = addr$q + ((pm5 >> 32'h2) & 32'hffffffff);
                if (region$q == 32'h7) begin
                    cnt$d = ((pm5 >> 32'h1) & 32'hffffffff);
                    endaddr = addr$q + ((pm5 >> 32'h1) & 32'hffffffff);
                end
                if (((region$q < 32'h5) | (region$q == 32'h7)) & (addr$q < 32'h1000000) & (endaddr <= depth)) begin
                    e_state$d = 32'h4;
                    e_j$d = 32'h7;
                    bc$d = 32'h0;
                    rkind$d = 32'h0;
                    rtype$d = 32'h82;
                end
            end
            if (e_type$q == 32'h3) begin
                cnt$d = cnt$q >> 32'h10;
                endaddr = addr$q + (cnt$q >> 32'h10);
                if ((region$q < 32'h7) & (addr$q < 32'h1000000) & ((cnt$q >> 32'h10) >= 32'h1) & ((cnt$q >> 32'h10) <= 32'h40) & (endaddr <= depth)) begin
                    rkind$d = 32'h3;
                    rtype$d = 32'h83;
                    ph$d = 32'h0;
                end
            end
            if (e_type$q == 32'h4) begin
                if ((region$q < 32'h7) & (addr$q < 32'h1000000) & (cnt$q >= 32'h1) & (cnt$q < 32'h1000000) & (endaddr <= depth)) begin
                    e_state$d = 32'h5;
                    ph$d = 32'h0;
                    crc32$d = 64'hffffffff;
                end
            end
            if (e_type$q == 32'h5) begin
                if (last_valid$q & (last_seq$q == e_seq$q)) begin
                    rkind$d = 32'h5;
                    rtype$d = 32'h85;
                    ri$d = 32'h0;
                end
                else if (tok$q < vocab) begin
                    e_state$d = 32'h7;
                end
            end
        end
        else if (e_state$q == 32'h4) begin
            if (e_j$q < e_last$q) begin
                e_j$d = e_j$q + 32'h1;
                e_rdv$d = 1'b1;
            end
            if (e_rdv$q) begin
                word$d = wnext;
                bc$d = bc$q + 32'h1;
                if (bc$q == 32'h3) begin
                    bc$d = 32'h0;
                end
                if ((bc$q == 32'h3) | ((bc$q == 32'h1) & (region$q == 32'h7))) begin
                    c_wr_en = 1'b1;
                    k$d = k$q + 32'h1;
                    if (k$q + 32'h1 == cnt$q) begin
                        e_state$d = 32'ha;
                    end
                end
            end
        end
        else if (e_state$q == 32'h5) begin
            if (ph$q == 32'h0) begin
                ph$d = 32'h1;
            end
            else begin
                word$d = c_rd_data;
                bc$d = 32'h0;
                e_state$d = 32'h6;
            end
        end
        else if (e_state$q == 32'h6) begin
            crc32$d = crcb$8;
            word$d = word$q >> 32'h8;
            bc$d = bc$q + 32'h1;
            if (bc$q == 32'h3) begin
                k$d = k$q + 32'h1;
                ph$d = 32'h0;
                e_state$d = 32'h5;
                if (k$q + 32'h1 == cnt$q) begin
                    checked$d = 1'b1;
                    e_state$d = 32'ha;
                    rkind$d = 32'h4;
                    rtype$d = 32'h84;
                    ri$d = 32'h0;
                end
            end
        end
        else if (e_state$q == 32'h7) begin
            c_start = 1'b1;
            e_state$d = 32'h8;
        end
        else if (e_state$q == 32'h8) begin
            if (~c_busy) begin
                e_state$d = 32'ha;
                if (c_fault) begin
                    rkind$d = 32'h1;
                    rtype$d = 32'hff;
                    reason$d = 32'h7;
                end
                else begin
                    res_tok$d = ((c_token_out) & 16'hffff);
                    res_cyc$d = c_cycles;
                    res_mant$d = c_s_mant;
                    res_exp$d = c_s_exp;
                    last_valid$d = 1'b1;
                    last_seq$d = e_seq$q;
                    rkind$d = 32'h5;
                    rtype$d = 32'h85;
                    ri$d = 32'h0;
                end
            end
        end
        else if (e_state$q == 32'ha) begin
            framer$in_valid = 1'b1;
            framer$in_ctl = 32'h1;
            if (framer$in_ready) begin
                e_state$d = 32'hb;
            end
        end
        else if (e_state$q == 32'hb) begin
            framer$in_valid = 1'b1;
            framer$in_byte = rtype$q;
            if (framer$in_ready) begin
                e_state$d = 32'hc;
            end
        end
        else if (e_state$q == 32'hc) begin
            framer$in_valid = 1'b1;
            framer$in_byte = rseq$q;
            if (framer$in_ready) begin
                e_state$d = 32'hd;
                ph$d = 32'h0;
                k$d = 32'h0;
                ri$d = 32'h0;
            end
        end
        else if (e_state$q == 32'hd) begin
            pbyte = 32'h0;
            if (rkind$q == 32'h0) begin
                e_state$d = 32'he;
            end
            if (rkind$q == 32'h1) begin
                framer$in_valid = 1'b1;
                framer$in_byte = reason$q;
                if (framer$in_ready) begin
                    e_state$d = 32'he;
                end
            end
            if (rkind$q == 32'h2) begin
                if (ph$q == 32'h0) begin
                    ph$d = 32'h1;
                end
                else begin
                    framer$in_valid = 1'b1;
                    framer$in_byte = idrom$data;
                    if (framer$in_ready) begin
                        ri$d = ri$q + 32'h1;
                        ph$d = 32'h0;
                        if (ri$q == 32'h1b) begin
                            e_state$d = 32'he;
                        end
                    end
                end
            end
            if (rkind$q == 32'h3) begin
                if (ph$q == 32'h0) begin
                    ph$d = 32'h1;
                end
                else if (ph$q == 32'h1) begin
                    word$d = c_rd_data;
                    ph$d = 32'h2;
                end
                else begin
                    framer$in_valid = 1'b1;
                    framer$in_byte = word$q[(32'h0)+:(8)];
                    if (framer$in_ready) begin
                        word$d = word$q >> 32'h8;
                        ph$d = ph$q + 32'h1;
                        if (ph$q == 32'h5) begin
                            ph$d = 32'h0;
                            k$d = k$q + 32'h1;
                            if (k$q + 32'h1 == cnt$q) begin
                                e_state$d = 32'he;
                            end
                        end
                    end
                end
            end
            if (rkind$q == 32'h4) begin
                framer$in_valid = 1'b1;
                framer$in_byte = ~crc32$q[(32'h0)+:(8)];
                if (ri$q == 32'h1) begin
                    framer$in_byte = ~crc32$q[(32'h8)+:(8)];
                end
                if (ri$q == 32'h2) begin
                    framer$in_byte = ~crc32$q[(32'h10)+:(8)];
                end
                if (ri$q == 32'h3) begin
                    framer$in_byte = ~crc32$q[(32'h18)+:(8)];
                end
                if (framer$in_ready) begin
                    ri$d = ri$q + 32'h1;
                    if (ri$q == 32'h3) begin
                        e_state$d = 32'he;
                    end
                end
            end
            if (rkind$q == 32'h5) begin
                framer$in_valid = 1'b1;
                framer$in_byte = res_tok$q[(32'h0)+:(8)];
                if (ri$q == 32'h1) begin
                    framer$in_byte = res_tok$q[(32'h8)+:(8)];
                end
                if (ri$q == 32'h2) begin
                    framer$in_byte = res_cyc$q[(32'h0)+:(8)];
                end
                if (ri$q == 32'h3) begin
                    framer$in_byte = res_cyc$q[(32'h8)+:(8)];
                end
                if (ri$q == 32'h4) begin
                    framer$in_byte = res_cyc$q[(32'h10)+:(8)];
                end
                if (ri$q == 32'h5) begin
                    framer$in_byte = res_cyc$q[(32'h18)+:(8)];
                end
                if (ri$q == 32'h6) begin
                    framer$in_byte = res_mant$q[(32'h0)+:(8)];
                end
                if (ri$q == 32'h7) begin
                    framer$in_byte = res_mant$q[(32'h8)+:(8)];
                end
                if (ri$q == 32'h8) begin
                    framer$in_byte = res_exp$q[(32'h0)+:(8)];
                end
                if (ri$q == 32'h9) begin
                    framer$in_byte = res_exp$q[(32'h8)+:(8)];
                end
                if (ri$q == 32'ha) begin
                    framer$in_byte = 32'h0;
                    if (~checked$q) begin
                        framer$in_byte = 32'h1;
                    end
                end
                if (framer$in_ready) begin
                    ri$d = ri$q + 32'h1;
                    if (ri$q == 32'ha) begin
                        e_state$d = 32'he;
                    end
                end
            end
        end
        else if (e_state$q == 32'he) begin
            framer$in_valid = 1'b1;
            framer$in_ctl = 32'h2;
            if (framer$in_ready) begin
                e_state$d = 32'hf;
            end
        end
        else begin
            if (framer$in_ready) begin
                e_state$d = 32'h0;
            end
        end
    end
    
endmodule // top$soc$link


module top$soc$link$addr(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$addr


module top$soc$link$bc(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$bc


module top$soc$link$checked(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$checked


module top$soc$link$cnt(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$cnt


module top$soc$link$crc32(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$crc32


module top$soc$link$e_half(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$e_half


module top$soc$link$e_hend(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$e_hend


module top$soc$link$e_j(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$e_j


module top$soc$link$e_jd(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$e_jd


module top$soc$link$e_last(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$e_last


module top$soc$link$e_len(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$e_len


module top$soc$link$e_rdv(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$e_rdv


module top$soc$link$e_seq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$e_seq


module top$soc$link$e_state(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$e_state


module top$soc$link$e_status(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$e_status


module top$soc$link$e_type(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$e_type


module top$soc$link$fbuf(read_address,read_data,write_address,write_data,write_enable,clock);
    
    // Module arguments
    input wire  [9:0] read_address;
    output reg  [7:0] read_data;
    input wire  [9:0] write_address;
    input wire  [7:0] write_data;
    input wire  write_enable;
    input wire  clock;
    
    // Update code (custom)
    reg [7:0] mem [0:1023];
    integer i;
    initial begin
      for (i = 0; i <= 1023; i = i + 1) mem[i] = 0;
      read_data = 0;
    end
    always @(posedge clock) begin
      if (read_address <= 1023) read_data <= mem[read_address]; else read_data <= 0;
      if (write_enable && write_address <= 1023) mem[write_address] <= write_data;
    end
endmodule // top$soc$link$fbuf


module top$soc$link$framer(clock,in_valid,in_ctl,in_byte,in_ready,tx_data,tx_valid,tx_ready);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    input wire  [1:0] in_ctl;
    input wire  [7:0] in_byte;
    output reg  in_ready;
    output reg  [7:0] tx_data;
    output reg  tx_valid;
    input wire  tx_ready;
    
    // Stub signals
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [7:0] cur$d;
    wire  [7:0] cur$q;
    reg  cur$clock;
    reg  [2:0] phase$d;
    wire  [2:0] phase$q;
    reg  phase$clock;
    reg  [31:0] crc$d;
    wire  [31:0] crc$q;
    reg  crc$clock;
    
    // Local signals
    reg  [31:0] cb$0;
    reg  [31:0] cb$1;
    reg  [31:0] cb$2;
    reg  [31:0] cb$3;
    reg  [31:0] cb$4;
    reg  [31:0] cb$5;
    reg  [31:0] cb$6;
    reg  [31:0] cb$7;
    reg  [31:0] cb$8;
    reg  [31:0] ncrc;
    
    // Sub module instances
    top$soc$link$framer$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$soc$link$framer$cur cur(
        .d(cur$d),
        .q(cur$q),
        .clock(cur$clock)
    );
    top$soc$link$framer$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    top$soc$link$framer$crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        cur$clock = clock;
        phase$clock = clock;
        crc$clock = clock;
        state$d = state$q;
        cur$d = cur$q;
        phase$d = phase$q;
        crc$d = crc$q;
        cb$0 = crc$q;
        cb$1 = cb$0 >> 32'h1;
        if ((cb$0[32'h0]) ^ (in_byte[0])) begin
            cb$1 = (cb$0 >> 32'h1) ^ 64'hedb88320;
        end
        cb$2 = cb$1 >> 32'h1;
        if ((cb$1[32'h0]) ^ (in_byte[1])) begin
            cb$2 = (cb$1 >> 32'h1) ^ 64'hedb88320;
        end
        cb$3 = cb$2 >> 32'h1;
        if ((cb$2[32'h0]) ^ (in_byte[2])) begin
            cb$3 = (cb$2 >> 32'h1) ^ 64'hedb88320;
        end
        cb$4 = cb$3 >> 32'h1;
        if ((cb$3[32'h0]) ^ (in_byte[3])) begin
            cb$4 = (cb$3 >> 32'h1) ^ 64'hedb88320;
        end
        cb$5 = cb$4 >> 32'h1;
        if ((cb$4[32'h0]) ^ (in_byte[4])) begin
            cb$5 = (cb$4 >> 32'h1) ^ 64'hedb88320;
        end
        cb$6 = cb$5 >> 32'h1;
        if ((cb$5[32'h0]) ^ (in_byte[5])) begin
            cb$6 = (cb$5 >> 32'h1) ^ 64'hedb88320;
        end
        cb$7 = cb$6 >> 32'h1;
        if ((cb$6[32'h0]) ^ (in_byte[6])) begin
            cb$7 = (cb$6 >> 32'h1) ^ 64'hedb88320;
        end
        cb$8 = cb$7 >> 32'h1;
        if ((cb$7[32'h0]) ^ (in_byte[7])) begin
            cb$8 = (cb$7 >> 32'h1) ^ 64'hedb88320;
        end
        ncrc = ~crc$q;
        in_ready = state$q == 32'h0;
        tx_valid = 1'b0;
        tx_data = cur$q;
        if (state$q == 32'h0) begin
            if (in_valid) begin
                cur$d = in_byte;
                state$d = 32'h2;
                if (in_ctl == 32'h1) begin
                    crc$d = 64'hffffffff;
                    state$d = 32'h1;
                end
                if (in_ctl == 32'h0) begin
                    crc$d = cb$8;
                end
                if (in_ctl == 32'h2) begin
                    cur$d = ncrc[(32'h0)+:(8)];
                    phase$d = 32'h1;
                end
            end
        end
        else if (state$q == 32'h1) begin
            tx_data = 32'hc0;
            tx_valid = 1'b1;
            if (tx_ready) begin
                state$d = 32'h0;
            end
        end
        else if (state$q == 32'h2) begin
            tx_valid = 1'b1;
            if ((cur$q == 32'hc0) | (cur$q == 32'hdb)) begin
                tx_data = 32'hdb;
                if (tx_ready) begin
                    state$d = 32'h3;
                end
            end
            else if (tx_ready) begin
                state$d = 32'h4;
            end
        end
        else if (state$q == 32'h3) begin
            tx_valid = 1'b1;
            tx_data = 32'hdd;
            if (cur$q == 32'hc0) begin
                tx_data = 32'hdc;
            end
            if (tx_ready) begin
                state$d = 32'h4;
            end
        end
        else begin
            state$d = 32'h0;
            if (phase$q == 32'h1) begin
                cur$d = ncrc[(32'h8)+:(8)];
                phase$d = 32'h2;
                state$d = 32'h2;
            end
            if (phase$q == 32'h2) begin
                cur$d = ncrc[(32'h10)+:(8)];
                phase$d = 32'h3;
                state$d = 32'h2;
            end
            if (phase$q == 32'h3) begin
                cur$d = ncrc[(32'h18)+:(8)];
                phase$d = 32'h4;
                state$d = 32'h2;
            end
            if (phase$q == 32'h4) begin
                phase$d = 32'h0;
                state$d = 32'h1;
            end
        end
    end
    
endmodule // top$soc$link$framer


module top$soc$link$framer$crc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$framer$crc


module top$soc$link$framer$cur(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$framer$cur


module top$soc$link$framer$phase(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$framer$phase


module top$soc$link$framer$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$framer$state


module top$soc$link$idrom(address,data,clock);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    input wire  clock;
    
    // Update code (custom)
    reg [7:0] mem [0:27];
    initial begin
      mem[0] = 8'h4d;
      mem[1] = 8'h4d;
      mem[2] = 8'h46;
      mem[3] = 8'h51;
      mem[4] = 8'h3;
      mem[5] = 8'h0;
      mem[6] = 8'hec;
      mem[7] = 8'h58;
      mem[8] = 8'hbd;
      mem[9] = 8'ha1;
      mem[10] = 8'h40;
      mem[11] = 8'h0;
      mem[12] = 8'h60;
      mem[13] = 8'h0;
      mem[14] = 8'h3;
      mem[15] = 8'h0;
      mem[16] = 8'h0;
      mem[17] = 8'h1;
      mem[18] = 8'h0;
      mem[19] = 8'h1;
      mem[20] = 8'h40;
      mem[21] = 8'h78;
      mem[22] = 8'h7d;
      mem[23] = 8'h1;
      mem[24] = 8'h40;
      mem[25] = 8'h42;
      mem[26] = 8'hf;
      mem[27] = 8'h0;
      data = 0;
    end
    always @(posedge clock) begin
      data <= mem[address];
    end
endmodule // top$soc$link$idrom


module top$soc$link$k(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$k


module top$soc$link$last_seq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$last_seq


module top$soc$link$last_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$last_valid


module top$soc$link$n_drop(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$n_drop


module top$soc$link$p_half(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$p_half


module top$soc$link$p_len(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$p_len


module top$soc$link$p_seq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$p_seq


module top$soc$link$p_status(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$p_status


module top$soc$link$p_type(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$p_type


module top$soc$link$p_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$p_valid


module top$soc$link$ph(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$ph


module top$soc$link$r_crc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$r_crc


module top$soc$link$r_drop(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$r_drop


module top$soc$link$r_esc(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$r_esc


module top$soc$link$r_half(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$r_half


module top$soc$link$r_len(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$r_len


module top$soc$link$r_over(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$r_over


module top$soc$link$r_seq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$r_seq


module top$soc$link$r_type(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$r_type


module top$soc$link$reason(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$reason


module top$soc$link$region(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$region


module top$soc$link$res_cyc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$res_cyc


module top$soc$link$res_exp(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$res_exp


module top$soc$link$res_mant(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$res_mant


module top$soc$link$res_tok(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$res_tok


module top$soc$link$ri(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$ri


module top$soc$link$rkind(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$rkind


module top$soc$link$rseq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$rseq


module top$soc$link$rtype(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$rtype


module top$soc$link$tok(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$tok


module top$soc$link$word(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$soc$link$word


module top$tx(clock,div,data,valid,ready,tx);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] div;
    input wire  [7:0] data;
    input wire  valid;
    output reg  ready;
    output reg  tx;
    
    // Stub signals
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    reg  [15:0] count$d;
    wire  [15:0] count$q;
    reg  count$clock;
    reg  [3:0] nbit$d;
    wire  [3:0] nbit$q;
    reg  nbit$clock;
    reg  [9:0] shift_n$d;
    wire  [9:0] shift_n$q;
    reg  shift_n$clock;
    
    // Local signals
    reg  [7:0] data_n;
    
    // Sub module instances
    top$tx$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    top$tx$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$tx$nbit nbit(
        .d(nbit$d),
        .q(nbit$q),
        .clock(nbit$clock)
    );
    top$tx$shift_n shift_n(
        .d(shift_n$d),
        .q(shift_n$q),
        .clock(shift_n$clock)
    );
    
    // Update code
    always @(*) begin
        busy$clock = clock;
        count$clock = clock;
        nbit$clock = clock;
        shift_n$clock = clock;
        busy$d = busy$q;
        count$d = count$q;
        nbit$d = nbit$q;
        shift_n$d = shift_n$q;
        ready = ~busy$q;
        data_n = ~data;
        tx = ~shift_n$q[32'h0];
        if (~busy$q) begin
            if (valid) begin
                shift_n$d = 32'h1 | (((data_n) & 10'h3ff) << 32'h1);
                busy$d = 1'b1;
                count$d = div;
                nbit$d = 32'h0;
            end
        end
        else if (count$q <= 32'h1) begin
            count$d = div;
            shift_n$d = shift_n$q >> 32'h1;
            nbit$d = nbit$q + 32'h1;
            if (nbit$q == 32'h9) begin
                busy$d = 1'b0;
            end
        end
        else begin
            count$d = count$q - 32'h1;
        end
    end
    
endmodule // top$tx


module top$tx$busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$busy


module top$tx$count(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$count


module top$tx$nbit(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$nbit


module top$tx$shift_n(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$shift_n
