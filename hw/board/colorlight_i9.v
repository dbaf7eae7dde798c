

module top(clk25,eth0_rx_clk,eth0_rx_ctl,eth0_rx_data,eth0_tx_clk,eth0_tx_ctl,eth0_tx_data,eth1_rx_clk,eth1_rx_ctl,eth1_rx_data,eth1_tx_clk,eth1_tx_ctl,eth1_tx_data,eth_rst_n,uart_rx,uart_tx,led_n);
    
    // Module arguments
    input wire  clk25;
    input wire  eth0_rx_clk;
    input wire  eth0_rx_ctl;
    input wire  [3:0] eth0_rx_data;
    output reg  eth0_tx_clk;
    output reg  eth0_tx_ctl;
    output reg  [3:0] eth0_tx_data;
    input wire  eth1_rx_clk;
    input wire  eth1_rx_ctl;
    input wire  [3:0] eth1_rx_data;
    output reg  eth1_tx_clk;
    output reg  eth1_tx_ctl;
    output reg  [3:0] eth1_tx_data;
    output reg  eth_rst_n;
    input wire  uart_rx;
    output reg  uart_tx;
    output reg  led_n;
    
    // Stub signals
    reg  pll$clk25;
    wire  pll$clk;
    wire  pll$clk90;
    wire  pll$clk_core;
    wire  pll$locked;
    reg  eth0$clk;
    reg  eth0$clk90;
    reg  eth0$clk_core;
    reg  eth0$rx_clk;
    reg  eth0$rx_ctl;
    reg  [3:0] eth0$rx_data;
    wire  eth0$tx_clk;
    wire  eth0$tx_ctl;
    wire  [3:0] eth0$tx_data;
    wire  [72:0] eth0$rx_beat;
    wire  eth0$rx_empty;
    reg  eth0$rx_read;
    reg  [73:0] eth0$tx_beat;
    reg  eth0$tx_write;
    wire  eth0$tx_full;
    reg  eth1$clk;
    reg  eth1$clk90;
    reg  eth1$clk_core;
    reg  eth1$rx_clk;
    reg  eth1$rx_ctl;
    reg  [3:0] eth1$rx_data;
    wire  eth1$tx_clk;
    wire  eth1$tx_ctl;
    wire  [3:0] eth1$tx_data;
    wire  [72:0] eth1$rx_beat;
    wire  eth1$rx_empty;
    reg  eth1$rx_read;
    reg  [73:0] eth1$tx_beat;
    reg  eth1$tx_write;
    wire  eth1$tx_full;
    reg  core$clock;
    reg  [63:0] core$s_axis_tdata;
    reg  [7:0] core$s_axis_tkeep;
    reg  core$s_axis_tvalid;
    wire  core$s_axis_tready;
    reg  core$s_axis_tlast;
    reg  [1:0] core$s_axis_tuser;
    reg  [63:0] core$s_inj_tdata;
    reg  [7:0] core$s_inj_tkeep;
    reg  core$s_inj_tvalid;
    wire  core$s_inj_tready;
    reg  core$s_inj_tlast;
    reg  [2:0] core$s_inj_tuser;
    wire  [63:0] core$m_axis_tdata;
    wire  [7:0] core$m_axis_tkeep;
    wire  core$m_axis_tvalid;
    reg  core$m_axis_tready;
    wire  core$m_axis_tlast;
    wire  [2:0] core$m_axis_tuser;
    wire  [63:0] core$m_exc_tdata;
    wire  [7:0] core$m_exc_tkeep;
    wire  core$m_exc_tvalid;
    reg  core$m_exc_tready;
    wire  core$m_exc_tlast;
    wire  [127:0] core$m_exc_tuser;
    wire  [255:0] core$m_notify_tdata;
    wire  core$m_notify_tvalid;
    reg  core$m_notify_tready;
    reg  [511:0] core$s_cmd_tdata;
    reg  core$s_cmd_tvalid;
    wire  core$s_cmd_tready;
    wire  [511:0] core$m_cpl_tdata;
    wire  core$m_cpl_tvalid;
    reg  core$m_cpl_tready;
    reg  [15:0] core$reg_addr;
    reg  [31:0] core$reg_wdata;
    reg  core$reg_wr;
    reg  core$reg_rd;
    wire  [31:0] core$reg_rdata;
    wire  core$reg_rvalid;
    reg  mgmt$clock;
    reg  mgmt$rx;
    wire  mgmt$tx;
    wire  [511:0] mgmt$m_cmd_tdata;
    wire  mgmt$m_cmd_tvalid;
    reg  mgmt$m_cmd_tready;
    reg  [511:0] mgmt$s_cpl_tdata;
    reg  mgmt$s_cpl_tvalid;
    wire  mgmt$s_cpl_tready;
    reg  [63:0] mgmt$s_exc_tdata;
    reg  [7:0] mgmt$s_exc_tkeep;
    reg  mgmt$s_exc_tvalid;
    wire  mgmt$s_exc_tready;
    reg  mgmt$s_exc_tlast;
    reg  [127:0] mgmt$s_exc_tuser;
    reg  [255:0] mgmt$s_notify_tdata;
    reg  mgmt$s_notify_tvalid;
    wire  mgmt$s_notify_tready;
    wire  [63:0] mgmt$m_inj_tdata;
    wire  [7:0] mgmt$m_inj_tkeep;
    wire  mgmt$m_inj_tvalid;
    reg  mgmt$m_inj_tready;
    wire  mgmt$m_inj_tlast;
    wire  [2:0] mgmt$m_inj_tuser;
    wire  [15:0] mgmt$reg_addr;
    wire  [31:0] mgmt$reg_wdata;
    wire  mgmt$reg_wr;
    wire  mgmt$reg_rd;
    reg  [31:0] mgmt$reg_rdata;
    reg  mgmt$reg_rvalid;
    reg  owner$d;
    wire  owner$q;
    reg  owner$clock;
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    reg  [27:0] uptime$d;
    wire  [27:0] uptime$q;
    reg  uptime$clock;
    reg  rst_done$d;
    wire  rst_done$q;
    reg  rst_done$clock;
    
    // Local signals
    reg  sel;
    reg  [1:0] port;
    reg  [73:0] tx_beat;
    
    // Sub module instances
    top$pll pll(
        .clk25(pll$clk25),
        .clk(pll$clk),
        .clk90(pll$clk90),
        .clk_core(pll$clk_core),
        .locked(pll$locked)
    );
    top$eth0 eth0(
        .clk(eth0$clk),
        .clk90(eth0$clk90),
        .clk_core(eth0$clk_core),
        .rx_clk(eth0$rx_clk),
        .rx_ctl(eth0$rx_ctl),
        .rx_data(eth0$rx_data),
        .tx_clk(eth0$tx_clk),
        .tx_ctl(eth0$tx_ctl),
        .tx_data(eth0$tx_data),
        .rx_beat(eth0$rx_beat),
        .rx_empty(eth0$rx_empty),
        .rx_read(eth0$rx_read),
        .tx_beat(eth0$tx_beat),
        .tx_write(eth0$tx_write),
        .tx_full(eth0$tx_full)
    );
    top$eth1 eth1(
        .clk(eth1$clk),
        .clk90(eth1$clk90),
        .clk_core(eth1$clk_core),
        .rx_clk(eth1$rx_clk),
        .rx_ctl(eth1$rx_ctl),
        .rx_data(eth1$rx_data),
        .tx_clk(eth1$tx_clk),
        .tx_ctl(eth1$tx_ctl),
        .tx_data(eth1$tx_data),
        .rx_beat(eth1$rx_beat),
        .rx_empty(eth1$rx_empty),
        .rx_read(eth1$rx_read),
        .tx_beat(eth1$tx_beat),
        .tx_write(eth1$tx_write),
        .tx_full(eth1$tx_full)
    );
    top$core core(
        .clock(core$clock),
        .s_axis_tdata(core$s_axis_tdata),
        .s_axis_tkeep(core$s_axis_tkeep),
        .s_axis_tvalid(core$s_axis_tvalid),
        .s_axis_tready(core$s_axis_tready),
        .s_axis_tlast(core$s_axis_tlast),
        .s_axis_tuser(core$s_axis_tuser),
        .s_inj_tdata(core$s_inj_tdata),
        .s_inj_tkeep(core$s_inj_tkeep),
        .s_inj_tvalid(core$s_inj_tvalid),
        .s_inj_tready(core$s_inj_tready),
        .s_inj_tlast(core$s_inj_tlast),
        .s_inj_tuser(core$s_inj_tuser),
        .m_axis_tdata(core$m_axis_tdata),
        .m_axis_tkeep(core$m_axis_tkeep),
        .m_axis_tvalid(core$m_axis_tvalid),
        .m_axis_tready(core$m_axis_tready),
        .m_axis_tlast(core$m_axis_tlast),
        .m_axis_tuser(core$m_axis_tuser),
        .m_exc_tdata(core$m_exc_tdata),
        .m_exc_tkeep(core$m_exc_tkeep),
        .m_exc_tvalid(core$m_exc_tvalid),
        .m_exc_tready(core$m_exc_tready),
        .m_exc_tlast(core$m_exc_tlast),
        .m_exc_tuser(core$m_exc_tuser),
        .m_notify_tdata(core$m_notify_tdata),
        .m_notify_tvalid(core$m_notify_tvalid),
        .m_notify_tready(core$m_notify_tready),
        .s_cmd_tdata(core$s_cmd_tdata),
        .s_cmd_tvalid(core$s_cmd_tvalid),
        .s_cmd_tready(core$s_cmd_tready),
        .m_cpl_tdata(core$m_cpl_tdata),
        .m_cpl_tvalid(core$m_cpl_tvalid),
        .m_cpl_tready(core$m_cpl_tready),
        .reg_addr(core$reg_addr),
        .reg_wdata(core$reg_wdata),
        .reg_wr(core$reg_wr),
        .reg_rd(core$reg_rd),
        .reg_rdata(core$reg_rdata),
        .reg_rvalid(core$reg_rvalid)
    );
    top$mgmt mgmt(
        .clock(mgmt$clock),
        .rx(mgmt$rx),
        .tx(mgmt$tx),
        .m_cmd_tdata(mgmt$m_cmd_tdata),
        .m_cmd_tvalid(mgmt$m_cmd_tvalid),
        .m_cmd_tready(mgmt$m_cmd_tready),
        .s_cpl_tdata(mgmt$s_cpl_tdata),
        .s_cpl_tvalid(mgmt$s_cpl_tvalid),
        .s_cpl_tready(mgmt$s_cpl_tready),
        .s_exc_tdata(mgmt$s_exc_tdata),
        .s_exc_tkeep(mgmt$s_exc_tkeep),
        .s_exc_tvalid(mgmt$s_exc_tvalid),
        .s_exc_tready(mgmt$s_exc_tready),
        .s_exc_tlast(mgmt$s_exc_tlast),
        .s_exc_tuser(mgmt$s_exc_tuser),
        .s_notify_tdata(mgmt$s_notify_tdata),
        .s_notify_tvalid(mgmt$s_notify_tvalid),
        .s_notify_tready(mgmt$s_notify_tready),
        .m_inj_tdata(mgmt$m_inj_tdata),
        .m_inj_tkeep(mgmt$m_inj_tkeep),
        .m_inj_tvalid(mgmt$m_inj_tvalid),
        .m_inj_tready(mgmt$m_inj_tready),
        .m_inj_tlast(mgmt$m_inj_tlast),
        .m_inj_tuser(mgmt$m_inj_tuser),
        .reg_addr(mgmt$reg_addr),
        .reg_wdata(mgmt$reg_wdata),
        .reg_wr(mgmt$reg_wr),
        .reg_rd(mgmt$reg_rd),
        .reg_rdata(mgmt$reg_rdata),
        .reg_rvalid(mgmt$reg_rvalid)
    );
    top$owner owner(
        .d(owner$d),
        .q(owner$q),
        .clock(owner$clock)
    );
    top$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    top$uptime uptime(
        .d(uptime$d),
        .q(uptime$q),
        .clock(uptime$clock)
    );
    top$rst_done rst_done(
        .d(rst_done$d),
        .q(rst_done$q),
        .clock(rst_done$clock)
    );
    
    // Update code
    always @(*) begin
        pll$clk25 = clk25;
        owner$clock = pll$clk_core;
        busy$clock = pll$clk_core;
        uptime$clock = pll$clk;
        rst_done$clock = pll$clk;
        owner$d = owner$q;
        busy$d = busy$q;
        rst_done$d = rst_done$q;
        core$clock = pll$clk_core;
        mgmt$clock = pll$clk_core;
        eth0$clk = pll$clk;
        eth0$clk90 = pll$clk90;
        eth0$clk_core = pll$clk_core;
        eth1$clk = pll$clk;
        eth1$clk90 = pll$clk90;
        eth1$clk_core = pll$clk_core;
        eth0$rx_clk = eth0_rx_clk;
        eth0$rx_ctl = eth0_rx_ctl;
        eth0$rx_data = eth0_rx_data;
        eth0_tx_clk = eth0$tx_clk;
        eth0_tx_ctl = eth0$tx_ctl;
        eth0_tx_data = eth0$tx_data;
        eth1$rx_clk = eth1_rx_clk;
        eth1$rx_ctl = eth1_rx_ctl;
        eth1$rx_data = eth1_rx_data;
        eth1_tx_clk = eth1$tx_clk;
        eth1_tx_ctl = eth1$tx_ctl;
        eth1_tx_data = eth1$tx_data;
        sel = owner$q;
        if (~busy$q) begin
            sel = ~eth1$rx_empty & (eth0$rx_empty | ~owner$q);
        end
        eth0$rx_read = 1'b0;
        eth1$rx_read = 1'b0;
        if (sel) begin
            core$s_axis_tdata = eth1$rx_beat[(32'h0)+:(64)];
            core$s_axis_tkeep = eth1$rx_beat[(32'h40)+:(8)];
            core$s_axis_tlast = eth1$rx_beat[32'h48];
            core$s_axis_tvalid = ~eth1$rx_empty;
            core$s_axis_tuser = 32'h1;
            eth1$rx_read = core$s_axis_tready & ~eth1$rx_empty;
        end
        else begin
            core$s_axis_tdata = eth0$rx_beat[(32'h0)+:(64)];
            core$s_axis_tkeep = eth0$rx_beat[(32'h40)+:(8)];
            core$s_axis_tlast = eth0$rx_beat[32'h48];
            core$s_axis_tvalid = ~eth0$rx_empty;
            core$s_axis_tuser = 32'h0;
            eth0$rx_read = core$s_axis_tready & ~eth0$rx_empty;
        end
        if (core$s_axis_tvalid & core$s_axis_tready) begin
            owner$d = sel;
            busy$d = ~core$s_axis_tlast;
        end
        port = core$m_axis_tuser[(32'h0)+:(2)];
        tx_beat = ((core$m_axis_tdata) & 74'h3ffffffffffffffffff) | (((core$m_axis_tkeep) & 74'h3ffffffffffffffffff) << 32'h40) | (((core$m_axis_tlast) & 74'h3ffffffffffffffffff) << 32'h48) | (((core$m_axis_tuser[32'h2]) & 74'h3ffffffffffffffffff) << 32'h49);
        eth0$tx_beat = tx_beat;
        eth1$tx_beat = tx_beat;
        eth0$tx_write = core$m_axis_tvalid & (port == 32'h0) & ~eth0$tx_full;
        eth1$tx_write = core$m_axis_tvalid & (port == 32'h1) & ~eth1$tx_full;
        core$m_axis_tready = 1'b1;
        if (port == 32'h0) begin
            core$m_axis_tready = ~eth0$tx_full;
        end
        if (port == 32'h1) begin
            core$m_axis_tready = ~eth1$tx_full;
        end
        mgmt$rx = uart_rx;
        uart_tx = mgmt$tx;
        core$s_cmd_tdata = mgmt$m_cmd_tdata;
        core$s_cmd_tvalid = mgmt$m_cmd_tvalid;
        mgmt$m_cmd_tready = core$s_cmd_tready;
        mgmt$s_cpl_tdata = core$m_cpl_tdata;
        mgmt$s_cpl_tvalid = core$m_cpl_tvalid;
        core$m_cpl_tready = mgmt$s_cpl_tready;
        mgmt$s_exc_tdata = core$m_exc_tdata;
        mgmt$s_exc_tkeep = core$m_exc_tkeep;
        mgmt$s_exc_tvalid = core$m_exc_tvalid;
        mgmt$s_exc_tlast = core$m_exc_tlast;
        mgmt$s_exc_tuser = core$m_exc_tuser;
        core$m_exc_tready = mgmt$s_exc_tready;
        mgmt$s_notify_tdata = core$m_notify_tdata;
        mgmt$s_notify_tvalid = core$m_notify_tvalid;
        core$m_notify_tready = mgmt$s_notify_tready;
        core$s_inj_tdata = mgmt$m_inj_tdata;
        core$s_inj_tkeep = mgmt$m_inj_tkeep;
        core$s_inj_tvalid = mgmt$m_inj_tvalid;
        core$s_inj_tlast = mgmt$m_inj_tlast;
        core$s_inj_tuser = mgmt$m_inj_tuser;
        mgmt$m_inj_tready = core$s_inj_tready;
        core$reg_addr = mgmt$reg_addr;
        core$reg_wdata = mgmt$reg_wdata;
        core$reg_wr = mgmt$reg_wr;
        core$reg_rd = mgmt$reg_rd;
        mgmt$reg_rdata = core$reg_rdata;
        mgmt$reg_rvalid = core$reg_rvalid;
        uptime$d = uptime$q + 32'h1;
        if (uptime$q[32'h14]) begin
            rst_done$d = 1'b1;
        end
        eth_rst_n = rst_done$q;
        led_n = uptime$q[32'h1a];
    end
    
endmodule // top


module top$busy(d,q,clock);
    
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
          
endmodule // top$busy


module top$core(clock,s_axis_tdata,s_axis_tkeep,s_axis_tvalid,s_axis_tready,s_axis_tlast,s_axis_tuser,s_inj_tdata,s_inj_tkeep,s_inj_tvalid,s_inj_tready,s_inj_tlast,s_inj_tuser,m_axis_tdata,m_axis_tkeep,m_axis_tvalid,m_axis_tready,m_axis_tlast,m_axis_tuser,m_exc_tdata,m_exc_tkeep,m_exc_tvalid,m_exc_tready,m_exc_tlast,m_exc_tuser,m_notify_tdata,m_notify_tvalid,m_notify_tready,s_cmd_tdata,s_cmd_tvalid,s_cmd_tready,m_cpl_tdata,m_cpl_tvalid,m_cpl_tready,reg_addr,reg_wdata,reg_wr,reg_rd,reg_rdata,reg_rvalid);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    input wire  s_axis_tlast;
    input wire  [1:0] s_axis_tuser;
    input wire  [63:0] s_inj_tdata;
    input wire  [7:0] s_inj_tkeep;
    input wire  s_inj_tvalid;
    output reg  s_inj_tready;
    input wire  s_inj_tlast;
    input wire  [2:0] s_inj_tuser;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;
    output reg  [2:0] m_axis_tuser;
    output reg  [63:0] m_exc_tdata;
    output reg  [7:0] m_exc_tkeep;
    output reg  m_exc_tvalid;
    input wire  m_exc_tready;
    output reg  m_exc_tlast;
    output reg  [127:0] m_exc_tuser;
    output reg  [255:0] m_notify_tdata;
    output reg  m_notify_tvalid;
    input wire  m_notify_tready;
    input wire  [511:0] s_cmd_tdata;
    input wire  s_cmd_tvalid;
    output reg  s_cmd_tready;
    output reg  [511:0] m_cpl_tdata;
    output reg  m_cpl_tvalid;
    input wire  m_cpl_tready;
    input wire  [15:0] reg_addr;
    input wire  [31:0] reg_wdata;
    input wire  reg_wr;
    input wire  reg_rd;
    output reg  [31:0] reg_rdata;
    output reg  reg_rvalid;
    
    // Constant declarations
    localparam  credits = 7'b1110;
    localparam  dbits = 16'h40;
    localparam  dbits8 = 16'h48;
    
    // Stub signals
    reg  [7:0] keep_net$keep;
    wire  [7:0] keep_net$count;
    reg  [7:0] keep_inj$keep;
    wire  [7:0] keep_inj$count;
    reg  capture$clock;
    reg  [63:0] capture$s_tdata;
    reg  [7:0] capture$s_tlen;
    reg  capture$s_tlast;
    reg  [2:0] capture$s_tuser;
    reg  capture$s_tvalid;
    wire  capture$s_tready;
    wire  [522:0] capture$m_hdr;
    wire  capture$m_hdr_valid;
    reg  capture$m_hdr_ready;
    wire  [63:0] capture$m_tail_tdata;
    wire  [7:0] capture$m_tail_tlen;
    wire  capture$m_tail_tlast;
    wire  capture$m_tail_tvalid;
    reg  capture$m_tail_tready;
    reg  tails$clock;
    reg  [72:0] tails$s_data;
    reg  tails$s_valid;
    wire  tails$s_ready;
    wire  [72:0] tails$m_data;
    wire  tails$m_valid;
    reg  tails$m_ready;
    wire  [5:0] tails$count;
    reg  path$clock;
    reg  [522:0] path$i_hdr;
    reg  path$i_valid;
    reg  path$i_tok;
    reg  [3:0] path$i_tok_table;
    reg  [19:0] path$i_tok_index;
    wire  [301:0] path$o_meta;
    wire  [358:0] path$o_verdict;
    wire  [671:0] path$o_hdr;
    wire  [6:0] path$o_len;
    wire  path$o_valid;
    wire  path$o_tok;
    wire  [255:0] path$o_tok_data;
    reg  [15:0] path$tun_mtu;
    reg  [7:0] path$tun_ttl;
    reg  [31:0] path$ts_now;
    reg  [31:0] path$rl_period;
    reg  [47:0] path$rl_rate;
    reg  [47:0] path$rl_burst;
    wire  [47:0] path$rl_tokens;
    wire  [95:0] path$rl_limited;
    reg  path$fw_en;
    reg  [3:0] path$fw_ram;
    reg  [8:0] path$fw_bucket;
    reg  [251:0] path$fw_data;
    reg  path$sw_en;
    reg  [3:0] path$sw_ram;
    reg  [5:0] path$sw_bucket;
    reg  [101:0] path$sw_data;
    reg  path$mw_en;
    reg  [11:0] path$mw_addr;
    reg  [15:0] path$mw_data;
    reg  path$rw_en;
    reg  [7:0] path$rw_addr;
    reg  [147:0] path$rw_data;
    reg  path$nw_en;
    reg  [7:0] path$nw_addr;
    reg  [111:0] path$nw_data;
    reg  hq$clock;
    reg  [1339:0] hq$s_data;
    reg  hq$s_valid;
    wire  hq$s_ready;
    wire  [1339:0] hq$m_data;
    wire  hq$m_valid;
    reg  hq$m_ready;
    wire  [4:0] hq$count;
    reg  merge$clock;
    reg  [1339:0] merge$s_hdr;
    reg  merge$s_hdr_valid;
    wire  merge$s_hdr_ready;
    reg  [63:0] merge$s_tail_tdata;
    reg  [7:0] merge$s_tail_tlen;
    reg  merge$s_tail_tlast;
    reg  merge$s_tail_tvalid;
    wire  merge$s_tail_tready;
    wire  [63:0] merge$m_fwd_tdata;
    wire  [7:0] merge$m_fwd_tlen;
    wire  merge$m_fwd_tlast;
    wire  [1:0] merge$m_fwd_port;
    wire  merge$m_fwd_abort;
    wire  merge$m_fwd_tvalid;
    reg  merge$m_fwd_tready;
    wire  [63:0] merge$m_exc_tdata;
    wire  [7:0] merge$m_exc_tlen;
    wire  merge$m_exc_tlast;
    wire  [358:0] merge$m_exc_verdict;
    wire  merge$m_exc_tagged;
    wire  merge$m_exc_abort;
    wire  merge$m_exc_tvalid;
    reg  merge$m_exc_tready;
    wire  [661:0] merge$m_retire;
    wire  merge$m_retire_valid;
    reg  merge$m_retire_ready;
    reg  rq$clock;
    reg  [661:0] rq$s_data;
    reg  rq$s_valid;
    wire  rq$s_ready;
    wire  [661:0] rq$m_data;
    wire  rq$m_valid;
    reg  rq$m_ready;
    wire  [3:0] rq$count;
    reg  retire$clock;
    reg  [661:0] retire$s_event;
    reg  retire$s_valid;
    wire  retire$s_ready;
    reg  [31:0] retire$ts_now;
    reg  retire$c_valid;
    reg  [3:0] retire$c_table;
    reg  retire$c_write;
    reg  [19:0] retire$c_index;
    reg  [127:0] retire$c_wdata;
    wire  [127:0] retire$c_rdata;
    wire  [255:0] retire$m_notify;
    wire  retire$m_notify_valid;
    reg  retire$m_notify_ready;
    wire  [1023:0] retire$stats;
    reg  cmd$clock;
    reg  [511:0] cmd$s_cmd;
    reg  cmd$s_cmd_valid;
    wire  cmd$s_cmd_ready;
    wire  [511:0] cmd$m_cpl;
    wire  cmd$m_cpl_valid;
    reg  cmd$m_cpl_ready;
    wire  cmd$fw_en;
    wire  [3:0] cmd$fw_ram;
    wire  [8:0] cmd$fw_bucket;
    wire  [251:0] cmd$fw_data;
    wire  cmd$sw_en;
    wire  [3:0] cmd$sw_ram;
    wire  [5:0] cmd$sw_bucket;
    wire  [101:0] cmd$sw_data;
    wire  cmd$mw_en;
    wire  [11:0] cmd$mw_addr;
    wire  [15:0] cmd$mw_data;
    wire  cmd$rw_en;
    wire  [7:0] cmd$rw_addr;
    wire  [147:0] cmd$rw_data;
    wire  cmd$nw_en;
    wire  [7:0] cmd$nw_addr;
    wire  [111:0] cmd$nw_data;
    wire  cmd$tok_hold;
    wire  cmd$tok_fire;
    wire  [3:0] cmd$tok_table;
    wire  [19:0] cmd$tok_index;
    reg  cmd$tok_done;
    reg  [255:0] cmd$tok_data;
    wire  cmd$c_valid;
    wire  [3:0] cmd$c_table;
    wire  cmd$c_write;
    wire  [19:0] cmd$c_index;
    wire  [127:0] cmd$c_wdata;
    reg  [127:0] cmd$c_rdata;
    reg  regs$clock;
    reg  [15:0] regs$reg_addr;
    reg  [31:0] regs$reg_wdata;
    reg  regs$reg_wr;
    reg  regs$reg_rd;
    wire  [31:0] regs$reg_rdata;
    wire  regs$reg_rvalid;
    reg  [1023:0] regs$stats;
    reg  regs$rx_pulse;
    reg  regs$inj_pulse;
    reg  [47:0] regs$rl_tokens;
    reg  [95:0] regs$rl_limited;
    wire  [15:0] regs$tun_mtu;
    wire  [7:0] regs$tun_ttl;
    wire  [31:0] regs$ts_now;
    wire  [31:0] regs$rl_period;
    wire  [47:0] regs$rl_rate;
    wire  [47:0] regs$rl_burst;
    reg  mid$d;
    wire  mid$q;
    reg  mid$clock;
    reg  owner_inj$d;
    wire  owner_inj$q;
    reg  owner_inj$clock;
    reg  last_inj$d;
    wire  last_inj$q;
    reg  last_inj$clock;
    reg  [6:0] inflight$d;
    wire  [6:0] inflight$q;
    reg  inflight$clock;
    
    // Local signals
    reg  sel_inj;
    reg  acc;
    reg  hdr_in;
    reg  hdr_out;
    reg  [1339:0] rec;
    reg  [72:0] tail;
    reg  [358:0] ev;
    reg  [7:0] l3;
    
    // Sub module instances
    top$core$keep_net keep_net(
        .keep(keep_net$keep),
        .count(keep_net$count)
    );
    top$core$keep_inj keep_inj(
        .keep(keep_inj$keep),
        .count(keep_inj$count)
    );
    top$core$capture capture(
        .clock(capture$clock),
        .s_tdata(capture$s_tdata),
        .s_tlen(capture$s_tlen),
        .s_tlast(capture$s_tlast),
        .s_tuser(capture$s_tuser),
        .s_tvalid(capture$s_tvalid),
        .s_tready(capture$s_tready),
        .m_hdr(capture$m_hdr),
        .m_hdr_valid(capture$m_hdr_valid),
        .m_hdr_ready(capture$m_hdr_ready),
        .m_tail_tdata(capture$m_tail_tdata),
        .m_tail_tlen(capture$m_tail_tlen),
        .m_tail_tlast(capture$m_tail_tlast),
        .m_tail_tvalid(capture$m_tail_tvalid),
        .m_tail_tready(capture$m_tail_tready)
    );
    top$core$tails tails(
        .clock(tails$clock),
        .s_data(tails$s_data),
        .s_valid(tails$s_valid),
        .s_ready(tails$s_ready),
        .m_data(tails$m_data),
        .m_valid(tails$m_valid),
        .m_ready(tails$m_ready),
        .count(tails$count)
    );
    top$core$path path(
        .clock(path$clock),
        .i_hdr(path$i_hdr),
        .i_valid(path$i_valid),
        .i_tok(path$i_tok),
        .i_tok_table(path$i_tok_table),
        .i_tok_index(path$i_tok_index),
        .o_meta(path$o_meta),
        .o_verdict(path$o_verdict),
        .o_hdr(path$o_hdr),
        .o_len(path$o_len),
        .o_valid(path$o_valid),
        .o_tok(path$o_tok),
        .o_tok_data(path$o_tok_data),
        .tun_mtu(path$tun_mtu),
        .tun_ttl(path$tun_ttl),
        .ts_now(path$ts_now),
        .rl_period(path$rl_period),
        .rl_rate(path$rl_rate),
        .rl_burst(path$rl_burst),
        .rl_tokens(path$rl_tokens),
        .rl_limited(path$rl_limited),
        .fw_en(path$fw_en),
        .fw_ram(path$fw_ram),
        .fw_bucket(path$fw_bucket),
        .fw_data(path$fw_data),
        .sw_en(path$sw_en),
        .sw_ram(path$sw_ram),
        .sw_bucket(path$sw_bucket),
        .sw_data(path$sw_data),
        .mw_en(path$mw_en),
        .mw_addr(path$mw_addr),
        .mw_data(path$mw_data),
        .rw_en(path$rw_en),
        .rw_addr(path$rw_addr),
        .rw_data(path$rw_data),
        .nw_en(path$nw_en),
        .nw_addr(path$nw_addr),
        .nw_data(path$nw_data)
    );
    top$core$hq hq(
        .clock(hq$clock),
        .s_data(hq$s_data),
        .s_valid(hq$s_valid),
        .s_ready(hq$s_ready),
        .m_data(hq$m_data),
        .m_valid(hq$m_valid),
        .m_ready(hq$m_ready),
        .count(hq$count)
    );
    top$core$merge merge(
        .clock(merge$clock),
        .s_hdr(merge$s_hdr),
        .s_hdr_valid(merge$s_hdr_valid),
        .s_hdr_ready(merge$s_hdr_ready),
        .s_tail_tdata(merge$s_tail_tdata),
        .s_tail_tlen(merge$s_tail_tlen),
        .s_tail_tlast(merge$s_tail_tlast),
        .s_tail_tvalid(merge$s_tail_tvalid),
        .s_tail_tready(merge$s_tail_tready),
        .m_fwd_tdata(merge$m_fwd_tdata),
        .m_fwd_tlen(merge$m_fwd_tlen),
        .m_fwd_tlast(merge$m_fwd_tlast),
        .m_fwd_port(merge$m_fwd_port),
        .m_fwd_abort(merge$m_fwd_abort),
        .m_fwd_tvalid(merge$m_fwd_tvalid),
        .m_fwd_tready(merge$m_fwd_tready),
        .m_exc_tdata(merge$m_exc_tdata),
        .m_exc_tlen(merge$m_exc_tlen),
        .m_exc_tlast(merge$m_exc_tlast),
        .m_exc_verdict(merge$m_exc_verdict),
        .m_exc_tagged(merge$m_exc_tagged),
        .m_exc_abort(merge$m_exc_abort),
        .m_exc_tvalid(merge$m_exc_tvalid),
        .m_exc_tready(merge$m_exc_tready),
        .m_retire(merge$m_retire),
        .m_retire_valid(merge$m_retire_valid),
        .m_retire_ready(merge$m_retire_ready)
    );
    top$core$rq rq(
        .clock(rq$clock),
        .s_data(rq$s_data),
        .s_valid(rq$s_valid),
        .s_ready(rq$s_ready),
        .m_data(rq$m_data),
        .m_valid(rq$m_valid),
        .m_ready(rq$m_ready),
        .count(rq$count)
    );
    top$core$retire retire(
        .clock(retire$clock),
        .s_event(retire$s_event),
        .s_valid(retire$s_valid),
        .s_ready(retire$s_ready),
        .ts_now(retire$ts_now),
        .c_valid(retire$c_valid),
        .c_table(retire$c_table),
        .c_write(retire$c_write),
        .c_index(retire$c_index),
        .c_wdata(retire$c_wdata),
        .c_rdata(retire$c_rdata),
        .m_notify(retire$m_notify),
        .m_notify_valid(retire$m_notify_valid),
        .m_notify_ready(retire$m_notify_ready),
        .stats(retire$stats)
    );
    top$core$cmd cmd(
        .clock(cmd$clock),
        .s_cmd(cmd$s_cmd),
        .s_cmd_valid(cmd$s_cmd_valid),
        .s_cmd_ready(cmd$s_cmd_ready),
        .m_cpl(cmd$m_cpl),
        .m_cpl_valid(cmd$m_cpl_valid),
        .m_cpl_ready(cmd$m_cpl_ready),
        .fw_en(cmd$fw_en),
        .fw_ram(cmd$fw_ram),
        .fw_bucket(cmd$fw_bucket),
        .fw_data(cmd$fw_data),
        .sw_en(cmd$sw_en),
        .sw_ram(cmd$sw_ram),
        .sw_bucket(cmd$sw_bucket),
        .sw_data(cmd$sw_data),
        .mw_en(cmd$mw_en),
        .mw_addr(cmd$mw_addr),
        .mw_data(cmd$mw_data),
        .rw_en(cmd$rw_en),
        .rw_addr(cmd$rw_addr),
        .rw_data(cmd$rw_data),
        .nw_en(cmd$nw_en),
        .nw_addr(cmd$nw_addr),
        .nw_data(cmd$nw_data),
        .tok_hold(cmd$tok_hold),
        .tok_fire(cmd$tok_fire),
        .tok_table(cmd$tok_table),
        .tok_index(cmd$tok_index),
        .tok_done(cmd$tok_done),
        .tok_data(cmd$tok_data),
        .c_valid(cmd$c_valid),
        .c_table(cmd$c_table),
        .c_write(cmd$c_write),
        .c_index(cmd$c_index),
        .c_wdata(cmd$c_wdata),
        .c_rdata(cmd$c_rdata)
    );
    top$core$regs regs(
        .clock(regs$clock),
        .reg_addr(regs$reg_addr),
        .reg_wdata(regs$reg_wdata),
        .reg_wr(regs$reg_wr),
        .reg_rd(regs$reg_rd),
        .reg_rdata(regs$reg_rdata),
        .reg_rvalid(regs$reg_rvalid),
        .stats(regs$stats),
        .rx_pulse(regs$rx_pulse),
        .inj_pulse(regs$inj_pulse),
        .rl_tokens(regs$rl_tokens),
        .rl_limited(regs$rl_limited),
        .tun_mtu(regs$tun_mtu),
        .tun_ttl(regs$tun_ttl),
        .ts_now(regs$ts_now),
        .rl_period(regs$rl_period),
        .rl_rate(regs$rl_rate),
        .rl_burst(regs$rl_burst)
    );
    top$core$mid mid(
        .d(mid$d),
        .q(mid$q),
        .clock(mid$clock)
    );
    top$core$owner_inj owner_inj(
        .d(owner_inj$d),
        .q(owner_inj$q),
        .clock(owner_inj$clock)
    );
    top$core$last_inj last_inj(
        .d(last_inj$d),
        .q(last_inj$q),
        .clock(last_inj$clock)
    );
    top$core$inflight inflight(
        .d(inflight$d),
        .q(inflight$q),
        .clock(inflight$clock)
    );
    
    // Update code
    always @(*) begin
        mid$clock = clock;
        owner_inj$clock = clock;
        last_inj$clock = clock;
        inflight$clock = clock;
        mid$d = mid$q;
        owner_inj$d = owner_inj$q;
        last_inj$d = last_inj$q;
        inflight$d = inflight$q;
        capture$clock = clock;
        tails$clock = clock;
        path$clock = clock;
        hq$clock = clock;
        merge$clock = clock;
        rq$clock = clock;
        retire$clock = clock;
        cmd$clock = clock;
        regs$clock = clock;
        keep_net$keep = s_axis_tkeep;
        keep_inj$keep = s_inj_tkeep;
        if (mid$q) begin
            sel_inj = owner_inj$q;
        end
        else if (s_axis_tvalid & s_inj_tvalid) begin
            sel_inj = ~last_inj$q;
        end
        else begin
            sel_inj = s_inj_tvalid;
        end
        if (sel_inj) begin
            capture$s_tdata = s_inj_tdata;
            capture$s_tlen = keep_inj$count;
            capture$s_tlast = s_inj_tlast;
            capture$s_tuser = s_inj_tuser;
            capture$s_tvalid = s_inj_tvalid;
        end
        else begin
            capture$s_tdata = s_axis_tdata;
            capture$s_tlen = keep_net$count;
            capture$s_tlast = s_axis_tlast;
            capture$s_tuser = ((s_axis_tuser) & 3'h7);
            capture$s_tvalid = s_axis_tvalid;
        end
        s_axis_tready = ~sel_inj & capture$s_tready;
        s_inj_tready = sel_inj & capture$s_tready;
        acc = capture$s_tvalid & capture$s_tready;
        if (acc) begin
            mid$d = ~capture$s_tlast;
            owner_inj$d = sel_inj;
            if (~mid$q) begin
                last_inj$d = sel_inj;
            end
        end
        regs$rx_pulse = acc & ~mid$q;
        regs$inj_pulse = acc & ~mid$q & sel_inj;
        capture$m_hdr_ready = (inflight$q < credits) & ~cmd$tok_hold;
        hdr_in = capture$m_hdr_valid & capture$m_hdr_ready;
        path$i_hdr = capture$m_hdr;
        path$i_valid = hdr_in;
        tail = ((capture$m_tail_tdata) & 73'h1ffffffffffffffffff) | (((capture$m_tail_tlen) & 73'h1ffffffffffffffffff) << dbits) | (((capture$m_tail_tlast) & 73'h1ffffffffffffffffff) << dbits8);
        tails$s_data = tail;
        tails$s_valid = capture$m_tail_tvalid;
        capture$m_tail_tready = tails$s_ready;
        path$i_tok = cmd$tok_fire;
        path$i_tok_table = cmd$tok_table;
        path$i_tok_index = cmd$tok_index;
        cmd$tok_done = path$o_tok;
        cmd$tok_data = path$o_tok_data;
        rec[(64'h0)+:(672)] = path$o_hdr;
        rec[(64'h2a0)+:(7)] = path$o_len;
        rec[(64'h2a7)+:(359)] = path$o_verdict;
        rec[(64'h40e)+:(302)] = path$o_meta;
        hq$s_data = rec;
        hq$s_valid = path$o_valid;
        merge$s_hdr = hq$m_data;
        merge$s_hdr_valid = hq$m_valid;
        hq$m_ready = merge$s_hdr_ready;
        hdr_out = hq$m_valid & merge$s_hdr_ready;
        tail = tails$m_data;
        merge$s_tail_tdata = ((tail) & 64'hffffffffffffffff);
        merge$s_tail_tlen = ((tail >> dbits) & 8'hff);
        merge$s_tail_tlast = |(tail >> dbits8);
        merge$s_tail_tvalid = tails$m_valid;
        tails$m_ready = merge$s_tail_tready;
        if (hdr_in & ~hdr_out) begin
            inflight$d = inflight$q + 32'h1;
        end
        if (~hdr_in & hdr_out) begin
            inflight$d = inflight$q - 32'h1;
        end
        m_axis_tdata = merge$m_fwd_tdata;
        m_axis_tkeep = (((((1'b1) & 9'h1ff) << merge$m_fwd_tlen) - 32'h1) & 8'hff);
        m_axis_tlast = merge$m_fwd_tlast;
        m_axis_tuser = ((merge$m_fwd_port) & 3'h7) | (((merge$m_fwd_abort) & 3'h7) << 32'h2);
        m_axis_tvalid = merge$m_fwd_tvalid;
        merge$m_fwd_tready = m_axis_tready;
        m_exc_tdata = merge$m_exc_tdata;
        m_exc_tkeep = (((((1'b1) & 9'h1ff) << merge$m_exc_tlen) - 32'h1) & 8'hff);
        m_exc_tlast = merge$m_exc_tlast;
        ev = merge$m_exc_verdict;
        l3 = 32'he;
        if (merge$m_exc_tagged) begin
            l3 = 32'h12;
        end
        m_exc_tuser = ((merge$m_exc_abort) & 128'hffffffffffffffffffffffffffffffff) | (((ev[(64'h2)+:(4)]) & 128'hffffffffffffffffffffffffffffffff) << 32'h1) | (((ev[(64'h6)+:(2)]) & 128'hffffffffffffffffffffffffffffffff) << 32'h9) | (((l3) & 128'hffffffffffffffffffffffffffffffff) << 32'hb) | (((ev[(64'he8)+:(32)]) & 128'hffffffffffffffffffffffffffffffff) << 32'h13) | (((ev[(64'h118)+:(32)]) & 128'hffffffffffffffffffffffffffffffff) << 32'h33) | (((ev[(64'h108)+:(16)]) & 128'hffffffffffffffffffffffffffffffff) << 32'h53);
        m_exc_tvalid = merge$m_exc_tvalid;
        merge$m_exc_tready = m_exc_tready;
        rq$s_data = merge$m_retire;
        rq$s_valid = merge$m_retire_valid;
        merge$m_retire_ready = rq$s_ready;
        retire$s_event = rq$m_data;
        retire$s_valid = rq$m_valid;
        rq$m_ready = retire$s_ready;
        retire$ts_now = regs$ts_now;
        m_notify_tdata = retire$m_notify;
        m_notify_tvalid = retire$m_notify_valid;
        retire$m_notify_ready = m_notify_tready;
        cmd$s_cmd = s_cmd_tdata;
        cmd$s_cmd_valid = s_cmd_tvalid;
        s_cmd_tready = cmd$s_cmd_ready;
        m_cpl_tdata = cmd$m_cpl;
        m_cpl_tvalid = cmd$m_cpl_valid;
        cmd$m_cpl_ready = m_cpl_tready;
        path$fw_en = cmd$fw_en;
        path$fw_ram = cmd$fw_ram;
        path$fw_bucket = cmd$fw_bucket;
        path$fw_data = cmd$fw_data;
        path$sw_en = cmd$sw_en;
        path$sw_ram = cmd$sw_ram;
        path$sw_bucket = cmd$sw_bucket;
        path$sw_data = cmd$sw_data;
        path$mw_en = cmd$mw_en;
        path$mw_addr = cmd$mw_addr;
        path$mw_data = cmd$mw_data;
        path$rw_en = cmd$rw_en;
        path$rw_addr = cmd$rw_addr;
        path$rw_data = cmd$rw_data;
        path$nw_en = cmd$nw_en;
        path$nw_addr = cmd$nw_addr;
        path$nw_data = cmd$nw_data;
        retire$c_valid = cmd$c_valid;
        retire$c_table = cmd$c_table;
        retire$c_write = cmd$c_write;
        retire$c_index = cmd$c_index;
        retire$c_wdata = cmd$c_wdata;
        cmd$c_rdata = retire$c_rdata;
        regs$reg_addr = reg_addr;
        regs$reg_wdata = reg_wdata;
        regs$reg_wr = reg_wr;
        regs$reg_rd = reg_rd;
        reg_rdata = regs$reg_rdata;
        reg_rvalid = regs$reg_rvalid;
        regs$stats = retire$stats;
        regs$rl_tokens = path$rl_tokens;
        regs$rl_limited = path$rl_limited;
        path$tun_mtu = regs$tun_mtu;
        path$tun_ttl = regs$tun_ttl;
        path$ts_now = regs$ts_now;
        path$rl_period = regs$rl_period;
        path$rl_rate = regs$rl_rate;
        path$rl_burst = regs$rl_burst;
    end
    
endmodule // top$core


module top$core$capture(clock,s_tdata,s_tlen,s_tlast,s_tuser,s_tvalid,s_tready,m_hdr,m_hdr_valid,m_hdr_ready,m_tail_tdata,m_tail_tlen,m_tail_tlast,m_tail_tvalid,m_tail_tready);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] s_tdata;
    input wire  [7:0] s_tlen;
    input wire  s_tlast;
    input wire  [2:0] s_tuser;
    input wire  s_tvalid;
    output reg  s_tready;
    output reg  [522:0] m_hdr;
    output reg  m_hdr_valid;
    input wire  m_hdr_ready;
    output reg  [63:0] m_tail_tdata;
    output reg  [7:0] m_tail_tlen;
    output reg  m_tail_tlast;
    output reg  m_tail_tvalid;
    input wire  m_tail_tready;
    
    // Constant declarations
    localparam  beats = 4'h8;
    localparam  last_beat = 4'h7;
    localparam  log2_beat_bits = 4'h6;
    localparam  full = 8'h8;
    localparam  ones = 64'hffffffffffffffff;
    
    // Stub signals
    reg  [3:0] idx$d;
    wire  [3:0] idx$q;
    reg  idx$clock;
    reg  [511:0] acc$d;
    wire  [511:0] acc$q;
    reg  acc$clock;
    reg  [6:0] hlen$d;
    wire  [6:0] hlen$q;
    reg  hlen$clock;
    reg  [2:0] user$d;
    wire  [2:0] user$q;
    reg  user$clock;
    reg  hv$d;
    wire  hv$q;
    reg  hv$clock;
    reg  whole$d;
    wire  whole$q;
    reg  whole$clock;
    
    // Local signals
    reg  [511:0] base;
    reg  [6:0] base_len;
    reg  free;
    reg  in_header;
    reg  completes;
    reg  take;
    reg  [63:0] masked;
    reg  [63:0] lenmask;
    reg  [511:0] widened;
    reg  [511:0] gathered;
    reg  [2:0] user_now;
    reg  [6:0] hlen_now;
    reg  [9:0] shift;
    
    // Sub module instances
    top$core$capture$idx idx(
        .d(idx$d),
        .q(idx$q),
        .clock(idx$clock)
    );
    top$core$capture$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    top$core$capture$hlen hlen(
        .d(hlen$d),
        .q(hlen$q),
        .clock(hlen$clock)
    );
    top$core$capture$user user(
        .d(user$d),
        .q(user$q),
        .clock(user$clock)
    );
    top$core$capture$hv hv(
        .d(hv$d),
        .q(hv$q),
        .clock(hv$clock)
    );
    top$core$capture$whole whole(
        .d(whole$d),
        .q(whole$q),
        .clock(whole$clock)
    );
    
    // Update code
    always @(*) begin
        idx$clock = clock;
        acc$clock = clock;
        hlen$clock = clock;
        user$clock = clock;
        hv$clock = clock;
        whole$clock = clock;
        idx$d = idx$q;
        acc$d = acc$q;
        hlen$d = hlen$q;
        user$d = user$q;
        hv$d = hv$q;
        whole$d = whole$q;
        in_header = idx$q != beats;
        completes = in_header & (s_tlast | (idx$q == last_beat));
        if (s_tlen < full) begin
            lenmask = ~(ones << (((s_tlen) & 10'h3ff) << 32'h3));
        end
        else begin
            lenmask = ones;
        end
        masked = s_tdata & lenmask;
        widened = ((masked) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        shift = ((idx$q) & 10'h3ff) << log2_beat_bits;
        base = acc$q;
        base_len = hlen$q;
        if (idx$q == 32'h0) begin
            base = 32'h0;
            base_len = 32'h0;
        end
        gathered = base | (widened << shift);
        hlen_now = base_len + ((s_tlen) & 7'h7f);
        user_now = user$q;
        if (idx$q == 32'h0) begin
            user_now = s_tuser;
        end
        free = ~hv$q | m_hdr_ready;
        s_tready = m_tail_tready;
        if (in_header) begin
            s_tready = free;
        end
        take = s_tvalid & s_tready;
        m_hdr_valid = hv$q;
        m_hdr[(64'h0)+:(512)] = acc$q;
        m_hdr[(64'h200)+:(7)] = hlen$q;
        m_hdr[(64'h207)+:(1)] = whole$q;
        m_hdr[(64'h208)+:(2)] = user$q[(32'h0)+:(2)];
        m_hdr[(64'h20a)+:(1)] = user$q[32'h2];
        if (hv$q & m_hdr_ready) begin
            hv$d = 1'b0;
        end
        m_tail_tvalid = s_tvalid & ~in_header;
        m_tail_tdata = s_tdata;
        m_tail_tlen = s_tlen;
        m_tail_tlast = s_tlast;
        if (take) begin
            if (in_header) begin
                acc$d = gathered;
                hlen$d = hlen_now;
                user$d = user_now;
                idx$d = idx$q + 32'h1;
                if (completes) begin
                    hv$d = 1'b1;
                    whole$d = s_tlast;
                end
            end
            if (s_tlast) begin
                idx$d = 32'h0;
            end
        end
    end
    
endmodule // top$core$capture


module top$core$capture$acc(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$capture$acc


module top$core$capture$hlen(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$capture$hlen


module top$core$capture$hv(d,q,clock);
    
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
          
endmodule // top$core$capture$hv


module top$core$capture$idx(d,q,clock);
    
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
          
endmodule // top$core$capture$idx


module top$core$capture$user(d,q,clock);
    
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
          
endmodule // top$core$capture$user


module top$core$capture$whole(d,q,clock);
    
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
          
endmodule // top$core$capture$whole


module top$core$cmd(clock,s_cmd,s_cmd_valid,s_cmd_ready,m_cpl,m_cpl_valid,m_cpl_ready,fw_en,fw_ram,fw_bucket,fw_data,sw_en,sw_ram,sw_bucket,sw_data,mw_en,mw_addr,mw_data,rw_en,rw_addr,rw_data,nw_en,nw_addr,nw_data,tok_hold,tok_fire,tok_table,tok_index,tok_done,tok_data,c_valid,c_table,c_write,c_index,c_wdata,c_rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [511:0] s_cmd;
    input wire  s_cmd_valid;
    output reg  s_cmd_ready;
    output reg  [511:0] m_cpl;
    output reg  m_cpl_valid;
    input wire  m_cpl_ready;
    output reg  fw_en;
    output reg  [3:0] fw_ram;
    output reg  [8:0] fw_bucket;
    output reg  [251:0] fw_data;
    output reg  sw_en;
    output reg  [3:0] sw_ram;
    output reg  [5:0] sw_bucket;
    output reg  [101:0] sw_data;
    output reg  mw_en;
    output reg  [11:0] mw_addr;
    output reg  [15:0] mw_data;
    output reg  rw_en;
    output reg  [7:0] rw_addr;
    output reg  [147:0] rw_data;
    output reg  nw_en;
    output reg  [7:0] nw_addr;
    output reg  [111:0] nw_data;
    output reg  tok_hold;
    output reg  tok_fire;
    output reg  [3:0] tok_table;
    output reg  [19:0] tok_index;
    input wire  tok_done;
    input wire  [255:0] tok_data;
    output reg  c_valid;
    output reg  [3:0] c_table;
    output reg  c_write;
    output reg  [19:0] c_index;
    output reg  [127:0] c_wdata;
    input wire  [127:0] c_rdata;
    
    // Constant declarations
    localparam  c_sizes = 288'h2000000020000000800000001000000010000001000000001000000080000000000;
    localparam  fl_log2_ways = 5'b1;
    localparam  fl_log2_buckets = 5'b1001;
    localparam  fl_ways = 20'h2;
    localparam  fl_buckets = 20'h200;
    localparam  sv_log2_ways = 5'b1;
    localparam  sv_log2_buckets = 5'b110;
    localparam  sv_ways = 20'h2;
    localparam  sv_buckets = 20'h40;
    localparam  n_rs = 16'h100;
    localparam  n_nh = 16'h100;
    localparam  n_svc = 16'h100;
    localparam  n_maglev = 18'b1000000000000;
    localparam  s_ok = 8'h1;
    localparam  s_bad_opcode = 8'h2;
    localparam  s_bad_table = 8'h3;
    localparam  s_bad_index = 8'h4;
    localparam  s_bad_count = 8'h5;
    localparam  s_bad_entry = 8'h6;
    
    // Enums
    localparam CmdState$Idle = 0;
    localparam CmdState$Exec = 1;
    localparam CmdState$Apply = 2;
    localparam CmdState$Maglev = 3;
    localparam CmdState$Hold = 4;
    localparam CmdState$Fire = 5;
    localparam CmdState$Wait = 6;
    localparam CmdState$Counter = 7;
    localparam CmdState$Done = 8;
    
    // Stub signals
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [511:0] desc$d;
    wire  [511:0] desc$q;
    reg  desc$clock;
    reg  [7:0] status$d;
    wire  [7:0] status$q;
    reg  status$clock;
    reg  [383:0] payload$d;
    wire  [383:0] payload$q;
    reg  payload$clock;
    reg  [4:0] k$d;
    wire  [4:0] k$q;
    reg  k$clock;
    reg  [1:0] wait_cnt$d;
    wire  [1:0] wait_cnt$q;
    reg  wait_cnt$clock;
    
    // Local signals
    reg  [7:0] opcode;
    reg  [7:0] tbl;
    reg  [7:0] count;
    reg  [31:0] index;
    reg  [383:0] pl;
    reg  [32:0] size;
    reg  [32:0] end_idx;
    reg  [7:0] st;
    reg  is_write;
    reg  is_read;
    reg  valid_bit;
    reg  [2:0] mode;
    reg  bad_action;
    reg  [147:0] act;
    reg  [15:0] ent;
    reg  [19:0] slot;
    reg  [511:0] cpl;
    reg  [31:0] count_mask;
    reg  [31:0] size32;
    reg  bad_maglev;
    
    // Sub module instances
    top$core$cmd$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$core$cmd$desc desc(
        .d(desc$d),
        .q(desc$q),
        .clock(desc$clock)
    );
    top$core$cmd$status status(
        .d(status$d),
        .q(status$q),
        .clock(status$clock)
    );
    top$core$cmd$payload payload(
        .d(payload$d),
        .q(payload$q),
        .clock(payload$clock)
    );
    top$core$cmd$k k(
        .d(k$d),
        .q(k$q),
        .clock(k$clock)
    );
    top$core$cmd$wait_cnt wait_cnt(
        .d(wait_cnt$d),
        .q(wait_cnt$q),
        .clock(wait_cnt$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        desc$clock = clock;
        status$clock = clock;
        payload$clock = clock;
        k$clock = clock;
        wait_cnt$clock = clock;
        state$d = state$q;
        desc$d = desc$q;
        status$d = status$q;
        payload$d = payload$q;
        k$d = k$q;
        wait_cnt$d = wait_cnt$q;
        s_cmd_ready = 1'b0;
        m_cpl_valid = 1'b0;
        fw_en = 1'b0;
        sw_en = 1'b0;
        mw_en = 1'b0;
        rw_en = 1'b0;
        nw_en = 1'b0;
        tok_hold = 1'b0;
        tok_fire = 1'b0;
        c_valid = 1'b0;
        c_write = 1'b0;
        opcode = desc$q[(32'h0)+:(8)];
        tbl = desc$q[(32'h8)+:(8)];
        count = desc$q[(32'h18)+:(8)];
        index = desc$q[(32'h40)+:(32)];
        pl = desc$q[(32'h80)+:(384)];
        is_write = opcode == 32'h1;
        is_read = opcode == 32'h3;
        size32 = ((c_sizes >> (((tbl) & 16'hffff) << 32'h5)) & 32'hffffffff);
        size = ((size32) & 33'h1ffffffff);
        end_idx = ((index) & 33'h1ffffffff) + ((count) & 33'h1ffffffff);
        act = pl[(32'h0)+:(148)];
        valid_bit = pl[32'h0];
        if (tbl == 32'h1) begin
            act = pl[(32'h68)+:(148)];
            valid_bit = pl[32'h68];
        end
        mode = act[(32'h1)+:(3)];
        bad_action = (mode == 32'h0) | (((act[(32'h4)+:(10)]) & 16'hffff) >= n_nh) | (((act[(32'he)+:(10)]) & 16'hffff) >= n_svc) | (((act[(32'h88)+:(12)]) & 16'hffff) >= n_rs);
        count_mask = (((1'b1) & 32'hffffffff) << count) - 32'h1;
        bad_maglev = 1'b0;
        ent = pl[(32'h10 * 0)+:(16)];
        if (count_mask[0] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 1)+:(16)];
        if (count_mask[1] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 2)+:(16)];
        if (count_mask[2] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 3)+:(16)];
        if (count_mask[3] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 4)+:(16)];
        if (count_mask[4] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 5)+:(16)];
        if (count_mask[5] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 6)+:(16)];
        if (count_mask[6] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 7)+:(16)];
        if (count_mask[7] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 8)+:(16)];
        if (count_mask[8] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 9)+:(16)];
        if (count_mask[9] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 10)+:(16)];
        if (count_mask[10] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 11)+:(16)];
        if (count_mask[11] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 12)+:(16)];
        if (count_mask[12] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 13)+:(16)];
        if (count_mask[13] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 14)+:(16)];
        if (count_mask[14] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 15)+:(16)];
        if (count_mask[15] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 16)+:(16)];
        if (count_mask[16] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 17)+:(16)];
        if (count_mask[17] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 18)+:(16)];
        if (count_mask[18] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 19)+:(16)];
        if (count_mask[19] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 20)+:(16)];
        if (count_mask[20] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 21)+:(16)];
        if (count_mask[21] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 22)+:(16)];
        if (count_mask[22] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        ent = pl[(32'h10 * 23)+:(16)];
        if (count_mask[23] & ent[32'hf] & ((ent & 32'hfff) >= n_rs)) begin
            bad_maglev = 1'b1;
        end
        st = s_ok;
        if (opcode > 32'h3) begin
            st = s_bad_opcode;
        end
        else if (opcode != 32'h0) begin
            if ((tbl == 32'h0) | (tbl > 32'h8)) begin
                st = s_bad_table;
            end
            else if (((tbl == 32'h3) & ((count == 32'h0) | (count > 32'h18))) | ((tbl != 32'h3) & (count != 32'h1))) begin
                st = s_bad_count;
            end
            else if (end_idx > size) begin
                st = s_bad_index;
            end
            else if (is_write) begin
                if (((tbl == 32'h1) | (tbl == 32'h4)) & valid_bit & bad_action) begin
                    st = s_bad_entry;
                end
                if ((tbl == 32'h2) & pl[32'h38] & ((((pl[(32'h3a)+:(10)]) & 16'hffff) >= n_svc) | (pl[32'h39] & ((((pl[(32'h44)+:(17)]) & 18'h3ffff) + ((pl[(32'h55)+:(17)]) & 18'h3ffff)) > n_maglev)))) begin
                    st = s_bad_entry;
                end
                if ((tbl == 32'h5) & pl[32'h62] & pl[32'h61]) begin
                    st = s_bad_entry;
                end
                if ((tbl == 32'h3) & bad_maglev) begin
                    st = s_bad_entry;
                end
            end
        end
        slot = ((index) & 20'hfffff);
        fw_ram = ((((slot >> (fl_log2_ways + fl_log2_buckets)) << fl_log2_ways) | (slot & (fl_ways - 32'h1))) & 4'hf);
        fw_bucket = (((slot >> fl_log2_ways) & (fl_buckets - 32'h1)) & 9'h1ff);
        sw_ram = ((((slot >> (sv_log2_ways + sv_log2_buckets)) << sv_log2_ways) | (slot & (sv_ways - 32'h1))) & 4'hf);
        sw_bucket = (((slot >> sv_log2_ways) & (sv_buckets - 32'h1)) & 6'h3f);
        rw_addr = ((index) & 8'hff);
        nw_addr = ((index) & 8'hff);
        mw_addr = ((index + ((k$q) & 32'hffffffff)) & 12'hfff);
        fw_data = 32'h0;
        sw_data = 32'h0;
        rw_data = 32'h0;
        nw_data = 32'h0;
        if (is_write) begin
            if (pl[32'h68]) begin
                fw_data = pl[(32'h0)+:(252)];
            end
            if (pl[32'h38]) begin
                sw_data = pl[(32'h0)+:(102)];
                if (~pl[32'h39]) begin
                    sw_data = ((pl[(32'h0)+:(68)]) & 102'h3fffffffffffffffffffffffff);
                end
            end
            if (pl[32'h0]) begin
                rw_data = pl[(32'h0)+:(148)];
            end
            if (pl[32'h62]) begin
                nw_data = pl[(32'h0)+:(112)];
                if (~pl[32'h63]) begin
                    nw_data = ((pl[(32'h0)+:(100)]) & 112'hffffffffffffffffffffffffffff);
                end
            end
        end
        ent = payload$q[(32'h0)+:(16)];
        mw_data = 32'h0;
        if (is_write & ent[32'hf]) begin
            mw_data = ent & 32'h8fff;
        end
        tok_table = ((tbl) & 4'hf);
        tok_index = ((index + ((k$q) & 32'hffffffff)) & 20'hfffff);
        c_table = ((tbl) & 4'hf);
        c_index = ((index) & 20'hfffff);
        c_wdata = 32'h0;
        if (is_write) begin
            c_wdata = pl[(32'h0)+:(128)];
            if (tbl == 32'h6) begin
                c_wdata = ((pl[(32'h0)+:(64)]) & 128'hffffffffffffffffffffffffffffffff);
            end
        end
        case (state$q)
            CmdState$Idle:
                begin
                    s_cmd_ready = 1'b1;
                    if (s_cmd_valid) begin
                        desc$d = s_cmd;
                        payload$d = s_cmd[(32'h80)+:(384)];
                        k$d = 32'h0;
                        state$d = CmdState$Exec;
                    end
                end
            CmdState$Exec:
                begin
                    status$d = st;
                    state$d = CmdState$Done;
                    if ((st == s_ok) & (opcode != 32'h0)) begin
                        state$d = CmdState$Apply;
                    end
                end
            CmdState$Apply:
                begin
                    state$d = CmdState$Done;
                    if (is_read) begin
                        payload$d = 32'h0;
                        if (tbl >= 32'h6) begin
                            c_valid = 1'b1;
                            wait_cnt$d = 32'h0;
                            state$d = CmdState$Counter;
                        end
                        else begin
                            state$d = CmdState$Hold;
                        end
                    end
                    else if (tbl == 32'h1) begin
                        fw_en = 1'b1;
                    end
                    else if (tbl == 32'h2) begin
                        sw_en = 1'b1;
                    end
                    else if (tbl == 32'h3) begin
                        state$d = CmdState$Maglev;
                    end
                    else if (tbl == 32'h4) begin
                        rw_en = 1'b1;
                    end
                    else if (tbl == 32'h5) begin
                        nw_en = 1'b1;
                    end
                    else begin
                        c_valid = 1'b1;
                        c_write = 1'b1;
                    end
                end
            CmdState$Maglev:
                begin
                    mw_en = 1'b1;
                    payload$d = payload$q >> 32'h10;
                    k$d = k$q + 32'h1;
                    if (((k$q) & 8'hff) + 32'h1 == count) begin
                        state$d = CmdState$Done;
                    end
                end
            CmdState$Hold:
                begin
                    tok_hold = 1'b1;
                    state$d = CmdState$Fire;
                end
            CmdState$Fire:
                begin
                    tok_fire = 1'b1;
                    state$d = CmdState$Wait;
                end
            CmdState$Wait:
                begin
                    if (tok_done) begin
                        if (tbl == 32'h3) begin
                            payload$d = payload$q | (((tok_data[(32'h0)+:(16)]) & 384'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << (((k$q) & 9'h1ff) << 32'h4));
                            k$d = k$q + 32'h1;
                            if (((k$q) & 8'hff) + 32'h1 == count) begin
                                state$d = CmdState$Done;
                            end
                            else begin
                                state$d = CmdState$Hold;
                            end
                        end
                        else begin
                            payload$d = ((tok_data) & 384'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                            state$d = CmdState$Done;
                        end
                    end
                end
            CmdState$Counter:
                begin
                    wait_cnt$d = wait_cnt$q + 32'h1;
                    if (wait_cnt$q == 32'h1) begin
                        payload$d = ((c_rdata) & 384'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                        state$d = CmdState$Done;
                    end
                end
            CmdState$Done:
                begin
                    m_cpl_valid = 1'b1;
                    if (m_cpl_ready) begin
                        state$d = CmdState$Idle;
                    end
                end
            default:
                begin
                    state$d = CmdState$Idle;
                end
        endcase
        cpl = (desc$q & ~(((32'hff) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h10) & ~(((~((32'h0) & 32'hffffffff)) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h60)) | (((status$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h10);
        if (is_read & (status$q == s_ok)) begin
            cpl = (cpl & ~(~((32'h0) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80)) | (((payload$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80);
        end
        m_cpl = cpl;
    end
    
endmodule // top$core$cmd


module top$core$cmd$desc(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$cmd$desc


module top$core$cmd$k(d,q,clock);
    
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
          
endmodule // top$core$cmd$k


module top$core$cmd$payload(d,q,clock);
    
    // Module arguments
    input wire  [383:0] d;
    output reg  [383:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 384'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$cmd$payload


module top$core$cmd$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam CmdState$Idle = 0;
    localparam CmdState$Exec = 1;
    localparam CmdState$Apply = 2;
    localparam CmdState$Maglev = 3;
    localparam CmdState$Hold = 4;
    localparam CmdState$Fire = 5;
    localparam CmdState$Wait = 6;
    localparam CmdState$Counter = 7;
    localparam CmdState$Done = 8;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$cmd$state


module top$core$cmd$status(d,q,clock);
    
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
          
endmodule // top$core$cmd$status


module top$core$cmd$wait_cnt(d,q,clock);
    
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
          
endmodule // top$core$cmd$wait_cnt


module top$core$hq(clock,s_data,s_valid,s_ready,m_data,m_valid,m_ready,count);
    
    // Module arguments
    input wire  clock;
    input wire  [1339:0] s_data;
    input wire  s_valid;
    output reg  s_ready;
    output reg  [1339:0] m_data;
    output reg  m_valid;
    input wire  m_ready;
    output reg  [4:0] count;
    
    // Constant declarations
    localparam  depth = 5'b10000;
    
    // Stub signals
    reg  ram$clock;
    reg  [3:0] ram$waddr;
    reg  [1339:0] ram$wdata;
    reg  ram$we;
    reg  [3:0] ram$raddr;
    wire  [1339:0] ram$rdata;
    reg  [4:0] wp$d;
    wire  [4:0] wp$q;
    reg  wp$clock;
    reg  [4:0] rp$d;
    wire  [4:0] rp$q;
    reg  rp$clock;
    
    // Local signals
    reg  [4:0] used;
    reg  push;
    
    // Sub module instances
    top$core$hq$ram ram(
        .clock(ram$clock),
        .waddr(ram$waddr),
        .wdata(ram$wdata),
        .we(ram$we),
        .raddr(ram$raddr),
        .rdata(ram$rdata)
    );
    top$core$hq$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    top$core$hq$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        rp$clock = clock;
        wp$d = wp$q;
        rp$d = rp$q;
        ram$clock = clock;
        used = wp$q - rp$q;
        s_ready = used != depth;
        ram$waddr = ((wp$q) & 4'hf);
        ram$wdata = s_data;
        push = s_valid & (used != depth);
        ram$we = push;
        if (push) begin
            wp$d = wp$q + 32'h1;
        end
        ram$raddr = ((rp$q) & 4'hf);
        m_data = ram$rdata;
        m_valid = used != 32'h0;
        if (m_ready & (used != 32'h0)) begin
            rp$d = rp$q + 32'h1;
        end
        count = used;
    end
    
endmodule // top$core$hq


module top$core$hq$ram(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] waddr;
    input wire  [1339:0] wdata;
    input wire  we;
    input wire  [3:0] raddr;
    output reg  [1339:0] rdata;
    
    // Update code (custom)
    reg [1339:0] mem [0:15];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 1340'd0;
    end
    `endif
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(*) begin
        rdata = mem[raddr];
    end
endmodule // top$core$hq$ram


module top$core$hq$rp(d,q,clock);
    
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
          
endmodule // top$core$hq$rp


module top$core$hq$wp(d,q,clock);
    
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
          
endmodule // top$core$hq$wp


module top$core$inflight(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$inflight


module top$core$keep_inj(keep,count);
    
    // Module arguments
    input wire  [7:0] keep;
    output reg  [7:0] count;
    
    // Constant declarations
    localparam  m0 = 9'b10101010;
    localparam  m1 = 9'b11001100;
    localparam  m2 = 9'b11110000;
    localparam  m3 = 9'b100000000;
    localparam  m4 = 9'b0;
    localparam  m5 = 9'b0;
    localparam  m6 = 9'b0;
    
    // Local signals
    reg  [8:0] onehot;
    
    // Update code
    always @(*) begin
        onehot = ((keep) & 9'h1ff) + 32'h1;
        count = 32'h0;
        count = (count & ~(1 << (32'h0)) | ((|(onehot & m0)) << (32'h0)));
        if (|(onehot & m1)) begin
            count = count | 32'h2;
        end
        if (|(onehot & m2)) begin
            count = count | 32'h4;
        end
        if (|(onehot & m3)) begin
            count = count | 32'h8;
        end
        if (|(onehot & m4)) begin
            count = count | 32'h10;
        end
        if (|(onehot & m5)) begin
            count = count | 32'h20;
        end
        if (|(onehot & m6)) begin
            count = count | 32'h40;
        end
    end
    
endmodule // top$core$keep_inj


module top$core$keep_net(keep,count);
    
    // Module arguments
    input wire  [7:0] keep;
    output reg  [7:0] count;
    
    // Constant declarations
    localparam  m0 = 9'b10101010;
    localparam  m1 = 9'b11001100;
    localparam  m2 = 9'b11110000;
    localparam  m3 = 9'b100000000;
    localparam  m4 = 9'b0;
    localparam  m5 = 9'b0;
    localparam  m6 = 9'b0;
    
    // Local signals
    reg  [8:0] onehot;
    
    // Update code
    always @(*) begin
        onehot = ((keep) & 9'h1ff) + 32'h1;
        count = 32'h0;
        count = (count & ~(1 << (32'h0)) | ((|(onehot & m0)) << (32'h0)));
        if (|(onehot & m1)) begin
            count = count | 32'h2;
        end
        if (|(onehot & m2)) begin
            count = count | 32'h4;
        end
        if (|(onehot & m3)) begin
            count = count | 32'h8;
        end
        if (|(onehot & m4)) begin
            count = count | 32'h10;
        end
        if (|(onehot & m5)) begin
            count = count | 32'h20;
        end
        if (|(onehot & m6)) begin
            count = count | 32'h40;
        end
    end
    
endmodule // top$core$keep_net


module top$core$last_inj(d,q,clock);
    
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
          
endmodule // top$core$last_inj


module top$core$merge(clock,s_hdr,s_hdr_valid,s_hdr_ready,s_tail_tdata,s_tail_tlen,s_tail_tlast,s_tail_tvalid,s_tail_tready,m_fwd_tdata,m_fwd_tlen,m_fwd_tlast,m_fwd_port,m_fwd_abort,m_fwd_tvalid,m_fwd_tready,m_exc_tdata,m_exc_tlen,m_exc_tlast,m_exc_verdict,m_exc_tagged,m_exc_abort,m_exc_tvalid,m_exc_tready,m_retire,m_retire_valid,m_retire_ready);
    
    // Module arguments
    input wire  clock;
    input wire  [1339:0] s_hdr;
    input wire  s_hdr_valid;
    output reg  s_hdr_ready;
    input wire  [63:0] s_tail_tdata;
    input wire  [7:0] s_tail_tlen;
    input wire  s_tail_tlast;
    input wire  s_tail_tvalid;
    output reg  s_tail_tready;
    output reg  [63:0] m_fwd_tdata;
    output reg  [7:0] m_fwd_tlen;
    output reg  m_fwd_tlast;
    output reg  [1:0] m_fwd_port;
    output reg  m_fwd_abort;
    output reg  m_fwd_tvalid;
    input wire  m_fwd_tready;
    output reg  [63:0] m_exc_tdata;
    output reg  [7:0] m_exc_tlen;
    output reg  m_exc_tlast;
    output reg  [358:0] m_exc_verdict;
    output reg  m_exc_tagged;
    output reg  m_exc_abort;
    output reg  m_exc_tvalid;
    input wire  m_exc_tready;
    output reg  [661:0] m_retire;
    output reg  m_retire_valid;
    input wire  m_retire_ready;
    
    // Constant declarations
    localparam  width = 8'h8;
    localparam  width7 = 7'b1000;
    localparam  shift = 8'h4;
    localparam  shift_bits = 16'h20;
    localparam  k_fwd = 2'b11;
    localparam  k_exc = 2'b1;
    localparam  ones = 64'hffffffffffffffff;
    localparam  width_bits = 10'b1000000;
    localparam  width_bits16 = 16'h40;
    
    // Stub signals
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    reg  flushing$d;
    wire  flushing$q;
    reg  flushing$clock;
    reg  [671:0] hp$d;
    wire  [671:0] hp$q;
    reg  hp$clock;
    reg  [6:0] rem$d;
    wire  [6:0] rem$q;
    reg  rem$clock;
    reg  [63:0] res$d;
    wire  [63:0] res$q;
    reg  res$clock;
    reg  [7:0] res_n$d;
    wire  [7:0] res_n$q;
    reg  res_n$clock;
    reg  [16:0] flen$d;
    wire  [16:0] flen$q;
    reg  flen$clock;
    
    // Local signals
    reg  [671:0] cur_hp;
    reg  [6:0] cur_rem;
    reg  [16:0] cur_flen;
    reg  [358:0] v;
    reg  [301:0] m;
    reg  have;
    reg  out_ready;
    reg  go;
    reg  [63:0] beat;
    reg  [7:0] beat_len;
    reg  beat_last;
    reg  beat_valid;
    reg  take_tail;
    reg  done;
    reg  [127:0] combined;
    reg  [7:0] total;
    reg  [16:0] flen_end;
    reg  abort;
    reg  is_fwd;
    reg  is_exc;
    reg  [6:0] rem_next;
    reg  in_header;
    reg  [671:0] hp_next;
    reg  flush_next;
    
    // Sub module instances
    top$core$merge$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    top$core$merge$flushing flushing(
        .d(flushing$d),
        .q(flushing$q),
        .clock(flushing$clock)
    );
    top$core$merge$hp hp(
        .d(hp$d),
        .q(hp$q),
        .clock(hp$clock)
    );
    top$core$merge$rem rem(
        .d(rem$d),
        .q(rem$q),
        .clock(rem$clock)
    );
    top$core$merge$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    top$core$merge$res_n res_n(
        .d(res_n$d),
        .q(res_n$q),
        .clock(res_n$clock)
    );
    top$core$merge$flen flen(
        .d(flen$d),
        .q(flen$q),
        .clock(flen$clock)
    );
    
    // Update code
    always @(*) begin
        busy$clock = clock;
        flushing$clock = clock;
        hp$clock = clock;
        rem$clock = clock;
        res$clock = clock;
        res_n$clock = clock;
        flen$clock = clock;
        busy$d = busy$q;
        flushing$d = flushing$q;
        hp$d = hp$q;
        rem$d = rem$q;
        res$d = res$q;
        res_n$d = res_n$q;
        flen$d = flen$q;
        v = s_hdr[(64'h2a7)+:(359)];
        m = s_hdr[(64'h40e)+:(302)];
        if (busy$q) begin
            cur_hp = hp$q;
            cur_rem = rem$q;
            cur_flen = flen$q;
        end
        else begin
            cur_hp = s_hdr[(64'h0)+:(672)];
            cur_rem = s_hdr[(64'h2a0)+:(7)];
            cur_flen = ((m[(64'h0)+:(7)]) & 17'h1ffff);
        end
        have = busy$q | s_hdr_valid;
        is_fwd = v[(64'h0)+:(2)] == k_fwd;
        is_exc = v[(64'h0)+:(2)] == k_exc;
        out_ready = 1'b1;
        if (is_fwd) begin
            out_ready = m_fwd_tready;
        end
        if (is_exc) begin
            out_ready = m_exc_tready;
        end
        in_header = (cur_rem != 32'h0) | m[(64'h7)+:(1)];
        beat = 32'h0;
        beat_len = 32'h0;
        beat_last = 1'b0;
        beat_valid = 1'b0;
        take_tail = 1'b0;
        combined = 32'h0;
        total = 32'h0;
        flush_next = 1'b0;
        flen_end = cur_flen;
        hp_next = cur_hp >> width_bits;
        rem_next = 32'h0;
        if (flushing$q) begin
            beat = res$q;
            beat_len = res_n$q;
            beat_last = 1'b1;
            beat_valid = 1'b1;
        end
        else if (in_header) begin
            beat = ((cur_hp) & 64'hffffffffffffffff);
            beat_valid = have;
            if (cur_rem > width7) begin
                beat_len = width;
                rem_next = cur_rem - width7;
            end
            else begin
                beat_len = ((cur_rem) & 8'hff);
                beat_last = m[(64'h7)+:(1)];
            end
        end
        else begin
            beat_valid = have & s_tail_tvalid;
            take_tail = 1'b1;
            if (res_n$q == 32'h0) begin
                combined = ((s_tail_tdata) & 128'hffffffffffffffffffffffffffffffff);
                total = s_tail_tlen;
            end
            else begin
                combined = ((res$q) & 128'hffffffffffffffffffffffffffffffff) | (((s_tail_tdata) & 128'hffffffffffffffffffffffffffffffff) << shift_bits);
                total = s_tail_tlen + shift;
            end
            beat = ((combined) & 64'hffffffffffffffff);
            flen_end = cur_flen + ((s_tail_tlen) & 17'h1ffff);
            if (total > width) begin
                beat_len = width;
                flush_next = s_tail_tlast;
            end
            else begin
                beat_len = total;
                beat_last = s_tail_tlast;
            end
        end
        if (beat_last & ~m_retire_ready) begin
            beat_valid = 1'b0;
        end
        go = beat_valid & out_ready;
        done = go & beat_last;
        abort = (m[(64'h12)+:(17)] != 32'h0) & (flen_end < m[(64'h12)+:(17)]);
        s_hdr_ready = done;
        s_tail_tready = go & take_tail;
        m_fwd_tdata = beat;
        m_fwd_tlen = beat_len;
        m_fwd_tlast = beat_last;
        m_fwd_port = v[(64'h6)+:(2)];
        m_fwd_abort = beat_last & abort;
        m_fwd_tvalid = beat_valid & is_fwd;
        m_exc_tdata = beat;
        m_exc_tlen = beat_len;
        m_exc_tlast = beat_last;
        m_exc_verdict = v;
        m_exc_tagged = m[(64'hb)+:(1)];
        m_exc_abort = beat_last & abort;
        m_exc_tvalid = beat_valid & is_exc;
        m_retire[(64'h0)+:(359)] = v;
        m_retire[(64'h167)+:(302)] = m;
        m_retire[(64'h295)+:(1)] = abort;
        m_retire_valid = done;
        if (go) begin
            busy$d = ~done;
            if (flushing$q) begin
                flushing$d = 1'b0;
                res_n$d = 32'h0;
            end
            else if (in_header) begin
                hp$d = hp_next;
                rem$d = rem_next;
                flen$d = cur_flen;
                if (~m[(64'h7)+:(1)] & (rem_next < width7) & (rem_next != 32'h0)) begin
                    res$d = ((hp_next) & 64'hffffffffffffffff);
                    res_n$d = ((rem_next) & 8'hff);
                    rem$d = 32'h0;
                end
            end
            else begin
                flen$d = flen_end;
                res$d = ((combined >> width_bits16) & 64'hffffffffffffffff);
                if (flush_next) begin
                    flushing$d = 1'b1;
                    res_n$d = total - width;
                end
            end
            if (done) begin
                res_n$d = 32'h0;
                flushing$d = 1'b0;
            end
        end
    end
    
endmodule // top$core$merge


module top$core$merge$busy(d,q,clock);
    
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
          
endmodule // top$core$merge$busy


module top$core$merge$flen(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$merge$flen


module top$core$merge$flushing(d,q,clock);
    
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
          
endmodule // top$core$merge$flushing


module top$core$merge$hp(d,q,clock);
    
    // Module arguments
    input wire  [671:0] d;
    output reg  [671:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 672'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$merge$hp


module top$core$merge$rem(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$merge$rem


module top$core$merge$res(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$merge$res


module top$core$merge$res_n(d,q,clock);
    
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
          
endmodule // top$core$merge$res_n


module top$core$mid(d,q,clock);
    
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
          
endmodule // top$core$mid


module top$core$owner_inj(d,q,clock);
    
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
          
endmodule // top$core$owner_inj


module top$core$path(clock,i_hdr,i_valid,i_tok,i_tok_table,i_tok_index,o_meta,o_verdict,o_hdr,o_len,o_valid,o_tok,o_tok_data,tun_mtu,tun_ttl,ts_now,rl_period,rl_rate,rl_burst,rl_tokens,rl_limited,fw_en,fw_ram,fw_bucket,fw_data,sw_en,sw_ram,sw_bucket,sw_data,mw_en,mw_addr,mw_data,rw_en,rw_addr,rw_data,nw_en,nw_addr,nw_data);
    
    // Module arguments
    input wire  clock;
    input wire  [522:0] i_hdr;
    input wire  i_valid;
    input wire  i_tok;
    input wire  [3:0] i_tok_table;
    input wire  [19:0] i_tok_index;
    output reg  [301:0] o_meta;
    output reg  [358:0] o_verdict;
    output reg  [671:0] o_hdr;
    output reg  [6:0] o_len;
    output reg  o_valid;
    output reg  o_tok;
    output reg  [255:0] o_tok_data;
    input wire  [15:0] tun_mtu;
    input wire  [7:0] tun_ttl;
    input wire  [31:0] ts_now;
    input wire  [31:0] rl_period;
    input wire  [47:0] rl_rate;
    input wire  [47:0] rl_burst;
    output reg  [47:0] rl_tokens;
    output reg  [95:0] rl_limited;
    input wire  fw_en;
    input wire  [3:0] fw_ram;
    input wire  [8:0] fw_bucket;
    input wire  [251:0] fw_data;
    input wire  sw_en;
    input wire  [3:0] sw_ram;
    input wire  [5:0] sw_bucket;
    input wire  [101:0] sw_data;
    input wire  mw_en;
    input wire  [11:0] mw_addr;
    input wire  [15:0] mw_data;
    input wire  rw_en;
    input wire  [7:0] rw_addr;
    input wire  [147:0] rw_data;
    input wire  nw_en;
    input wire  [7:0] nw_addr;
    input wire  [111:0] nw_data;
    
    // Stub signals
    reg  parse$clock;
    reg  [522:0] parse$i_hdr;
    reg  parse$i_valid;
    wire  [301:0] parse$o_meta;
    wire  parse$o_valid;
    reg  lookup$clock;
    reg  [301:0] lookup$i_meta;
    reg  lookup$i_valid;
    wire  [301:0] lookup$o_meta;
    wire  lookup$o_valid;
    wire  [31:0] lookup$o_hash;
    wire  lookup$o_flow_hit;
    wire  [19:0] lookup$o_flow_slot;
    wire  [147:0] lookup$o_flow_action;
    wire  lookup$o_flow_full;
    wire  lookup$o_svc_hit;
    wire  [101:0] lookup$o_svc;
    wire  [255:0] lookup$o_tok_data;
    reg  lookup$fw_en;
    reg  [3:0] lookup$fw_ram;
    reg  [8:0] lookup$fw_bucket;
    reg  [251:0] lookup$fw_data;
    reg  lookup$sw_en;
    reg  [3:0] lookup$sw_ram;
    reg  [5:0] lookup$sw_bucket;
    reg  [101:0] lookup$sw_data;
    reg  maglev$clock;
    reg  [301:0] maglev$i_meta;
    reg  maglev$i_valid;
    reg  [156:0] maglev$i_carry;
    reg  [147:0] maglev$i_flow_action;
    reg  [255:0] maglev$i_tok_data;
    wire  [301:0] maglev$o_meta;
    wire  maglev$o_valid;
    wire  [156:0] maglev$o_carry;
    wire  maglev$o_rs_ok;
    wire  [147:0] maglev$o_action;
    wire  [111:0] maglev$o_nexthop;
    wire  [255:0] maglev$o_tok_data;
    reg  maglev$mw_en;
    reg  [11:0] maglev$mw_addr;
    reg  [15:0] maglev$mw_data;
    reg  maglev$rw_en;
    reg  [7:0] maglev$rw_addr;
    reg  [147:0] maglev$rw_data;
    reg  maglev$nw_en;
    reg  [7:0] maglev$nw_addr;
    reg  [111:0] maglev$nw_data;
    reg  decide$clock;
    reg  [301:0] decide$i_meta;
    reg  decide$i_valid;
    reg  [156:0] decide$i_carry;
    reg  decide$i_rs_ok;
    reg  [147:0] decide$i_action;
    reg  [111:0] decide$i_nexthop;
    reg  [255:0] decide$i_tok_data;
    reg  [15:0] decide$tun_mtu;
    reg  [31:0] decide$ts_now;
    reg  [31:0] decide$rl_period;
    reg  [47:0] decide$rl_rate;
    reg  [47:0] decide$rl_burst;
    wire  [47:0] decide$rl_tokens;
    wire  [95:0] decide$rl_limited;
    wire  [301:0] decide$o_meta;
    wire  decide$o_valid;
    wire  [358:0] decide$o_verdict;
    wire  decide$o_tok;
    wire  [255:0] decide$o_tok_data;
    reg  rewrite$clock;
    reg  [301:0] rewrite$i_meta;
    reg  [358:0] rewrite$i_verdict;
    reg  [511:0] rewrite$i_hdr;
    reg  rewrite$i_valid;
    reg  [7:0] rewrite$tun_ttl;
    wire  [301:0] rewrite$o_meta;
    wire  [358:0] rewrite$o_verdict;
    wire  [671:0] rewrite$o_hdr;
    wire  [6:0] rewrite$o_len;
    wire  rewrite$o_valid;
    reg  hdr_d$clock;
    reg  [511:0] hdr_d$d;
    wire  [511:0] hdr_d$q;
    reg  tok1$d;
    wire  tok1$q;
    reg  tok1$clock;
    reg  [3:0] tok_table1$d;
    wire  [3:0] tok_table1$q;
    reg  tok_table1$clock;
    reg  [19:0] tok_index1$d;
    wire  [19:0] tok_index1$q;
    reg  tok_index1$clock;
    
    // Local signals
    reg  [301:0] m0;
    reg  [156:0] carry;
    reg  [101:0] svc;
    
    // Sub module instances
    top$core$path$parse parse(
        .clock(parse$clock),
        .i_hdr(parse$i_hdr),
        .i_valid(parse$i_valid),
        .o_meta(parse$o_meta),
        .o_valid(parse$o_valid)
    );
    top$core$path$lookup lookup(
        .clock(lookup$clock),
        .i_meta(lookup$i_meta),
        .i_valid(lookup$i_valid),
        .o_meta(lookup$o_meta),
        .o_valid(lookup$o_valid),
        .o_hash(lookup$o_hash),
        .o_flow_hit(lookup$o_flow_hit),
        .o_flow_slot(lookup$o_flow_slot),
        .o_flow_action(lookup$o_flow_action),
        .o_flow_full(lookup$o_flow_full),
        .o_svc_hit(lookup$o_svc_hit),
        .o_svc(lookup$o_svc),
        .o_tok_data(lookup$o_tok_data),
        .fw_en(lookup$fw_en),
        .fw_ram(lookup$fw_ram),
        .fw_bucket(lookup$fw_bucket),
        .fw_data(lookup$fw_data),
        .sw_en(lookup$sw_en),
        .sw_ram(lookup$sw_ram),
        .sw_bucket(lookup$sw_bucket),
        .sw_data(lookup$sw_data)
    );
    top$core$path$maglev maglev(
        .clock(maglev$clock),
        .i_meta(maglev$i_meta),
        .i_valid(maglev$i_valid),
        .i_carry(maglev$i_carry),
        .i_flow_action(maglev$i_flow_action),
        .i_tok_data(maglev$i_tok_data),
        .o_meta(maglev$o_meta),
        .o_valid(maglev$o_valid),
        .o_carry(maglev$o_carry),
        .o_rs_ok(maglev$o_rs_ok),
        .o_action(maglev$o_action),
        .o_nexthop(maglev$o_nexthop),
        .o_tok_data(maglev$o_tok_data),
        .mw_en(maglev$mw_en),
        .mw_addr(maglev$mw_addr),
        .mw_data(maglev$mw_data),
        .rw_en(maglev$rw_en),
        .rw_addr(maglev$rw_addr),
        .rw_data(maglev$rw_data),
        .nw_en(maglev$nw_en),
        .nw_addr(maglev$nw_addr),
        .nw_data(maglev$nw_data)
    );
    top$core$path$decide decide(
        .clock(decide$clock),
        .i_meta(decide$i_meta),
        .i_valid(decide$i_valid),
        .i_carry(decide$i_carry),
        .i_rs_ok(decide$i_rs_ok),
        .i_action(decide$i_action),
        .i_nexthop(decide$i_nexthop),
        .i_tok_data(decide$i_tok_data),
        .tun_mtu(decide$tun_mtu),
        .ts_now(decide$ts_now),
        .rl_period(decide$rl_period),
        .rl_rate(decide$rl_rate),
        .rl_burst(decide$rl_burst),
        .rl_tokens(decide$rl_tokens),
        .rl_limited(decide$rl_limited),
        .o_meta(decide$o_meta),
        .o_valid(decide$o_valid),
        .o_verdict(decide$o_verdict),
        .o_tok(decide$o_tok),
        .o_tok_data(decide$o_tok_data)
    );
    top$core$path$rewrite rewrite(
        .clock(rewrite$clock),
        .i_meta(rewrite$i_meta),
        .i_verdict(rewrite$i_verdict),
        .i_hdr(rewrite$i_hdr),
        .i_valid(rewrite$i_valid),
        .tun_ttl(rewrite$tun_ttl),
        .o_meta(rewrite$o_meta),
        .o_verdict(rewrite$o_verdict),
        .o_hdr(rewrite$o_hdr),
        .o_len(rewrite$o_len),
        .o_valid(rewrite$o_valid)
    );
    top$core$path$hdr_d hdr_d(
        .clock(hdr_d$clock),
        .d(hdr_d$d),
        .q(hdr_d$q)
    );
    top$core$path$tok1 tok1(
        .d(tok1$d),
        .q(tok1$q),
        .clock(tok1$clock)
    );
    top$core$path$tok_table1 tok_table1(
        .d(tok_table1$d),
        .q(tok_table1$q),
        .clock(tok_table1$clock)
    );
    top$core$path$tok_index1 tok_index1(
        .d(tok_index1$d),
        .q(tok_index1$q),
        .clock(tok_index1$clock)
    );
    
    // Update code
    always @(*) begin
        tok1$clock = clock;
        tok_table1$clock = clock;
        tok_index1$clock = clock;
        tok1$d = tok1$q;
        tok_table1$d = tok_table1$q;
        tok_index1$d = tok_index1$q;
        parse$clock = clock;
        lookup$clock = clock;
        maglev$clock = clock;
        decide$clock = clock;
        rewrite$clock = clock;
        hdr_d$clock = clock;
        parse$i_hdr = i_hdr;
        parse$i_valid = i_valid;
        hdr_d$d = i_hdr[(64'h0)+:(512)];
        tok1$d = i_tok;
        tok_table1$d = i_tok_table;
        tok_index1$d = i_tok_index;
        m0 = parse$o_meta;
        if (tok1$q) begin
            m0[(64'h115)+:(1)] = 1'b1;
            m0[(64'h116)+:(4)] = tok_table1$q;
            m0[(64'h11a)+:(20)] = tok_index1$q;
        end
        lookup$i_meta = m0;
        lookup$i_valid = parse$o_valid;
        lookup$fw_en = fw_en;
        lookup$fw_ram = fw_ram;
        lookup$fw_bucket = fw_bucket;
        lookup$fw_data = fw_data;
        lookup$sw_en = sw_en;
        lookup$sw_ram = sw_ram;
        lookup$sw_bucket = sw_bucket;
        lookup$sw_data = sw_data;
        carry[(64'h0)+:(32)] = lookup$o_hash;
        carry[(64'h20)+:(1)] = lookup$o_flow_hit;
        carry[(64'h21)+:(20)] = lookup$o_flow_slot;
        carry[(64'h35)+:(1)] = lookup$o_flow_full;
        carry[(64'h36)+:(1)] = lookup$o_svc_hit;
        svc = lookup$o_svc;
        carry[(64'h37)+:(102)] = svc;
        maglev$i_meta = lookup$o_meta;
        maglev$i_valid = lookup$o_valid;
        maglev$i_carry = carry;
        maglev$i_flow_action = lookup$o_flow_action;
        maglev$i_tok_data = lookup$o_tok_data;
        maglev$mw_en = mw_en;
        maglev$mw_addr = mw_addr;
        maglev$mw_data = mw_data;
        maglev$rw_en = rw_en;
        maglev$rw_addr = rw_addr;
        maglev$rw_data = rw_data;
        maglev$nw_en = nw_en;
        maglev$nw_addr = nw_addr;
        maglev$nw_data = nw_data;
        decide$i_meta = maglev$o_meta;
        decide$i_valid = maglev$o_valid;
        decide$i_carry = maglev$o_carry;
        decide$i_rs_ok = maglev$o_rs_ok;
        decide$i_action = maglev$o_action;
        decide$i_nexthop = maglev$o_nexthop;
        decide$i_tok_data = maglev$o_tok_data;
        decide$tun_mtu = tun_mtu;
        decide$ts_now = ts_now;
        decide$rl_period = rl_period;
        decide$rl_rate = rl_rate;
        decide$rl_burst = rl_burst;
        rl_tokens = decide$rl_tokens;
        rl_limited = decide$rl_limited;
        o_tok = decide$o_tok;
        o_tok_data = decide$o_tok_data;
        rewrite$i_meta = decide$o_meta;
        rewrite$i_verdict = decide$o_verdict;
        rewrite$i_hdr = hdr_d$q;
        rewrite$i_valid = decide$o_valid;
        rewrite$tun_ttl = tun_ttl;
        o_meta = rewrite$o_meta;
        o_verdict = rewrite$o_verdict;
        o_hdr = rewrite$o_hdr;
        o_len = rewrite$o_len;
        o_valid = rewrite$o_valid;
    end
    
endmodule // top$core$path


module top$core$path$decide(clock,i_meta,i_valid,i_carry,i_rs_ok,i_action,i_nexthop,i_tok_data,tun_mtu,ts_now,rl_period,rl_rate,rl_burst,rl_tokens,rl_limited,o_meta,o_valid,o_verdict,o_tok,o_tok_data);
    
    // Module arguments
    input wire  clock;
    input wire  [301:0] i_meta;
    input wire  i_valid;
    input wire  [156:0] i_carry;
    input wire  i_rs_ok;
    input wire  [147:0] i_action;
    input wire  [111:0] i_nexthop;
    input wire  [255:0] i_tok_data;
    input wire  [15:0] tun_mtu;
    input wire  [31:0] ts_now;
    input wire  [31:0] rl_period;
    input wire  [47:0] rl_rate;
    input wire  [47:0] rl_burst;
    output reg  [47:0] rl_tokens;
    output reg  [95:0] rl_limited;
    output reg  [301:0] o_meta;
    output reg  o_valid;
    output reg  [358:0] o_verdict;
    output reg  o_tok;
    output reg  [255:0] o_tok_data;
    
    // Constant declarations
    localparam  no_verdict = 359'h0;
    localparam  k_exc = 2'b1;
    localparam  k_drop = 2'b10;
    localparam  k_fwd = 2'b11;
    localparam  k_cont = 2'b0;
    localparam  r_no_service = 4'h3;
    localparam  r_new_flow = 4'h1;
    localparam  r_flow_miss = 4'h2;
    localparam  r_table_full = 4'hb;
    localparam  r_flow_punt = 4'hd;
    localparam  r_ttl = 4'h8;
    localparam  r_mtu = 4'ha;
    localparam  r_arp = 4'h4;
    localparam  r_icmp = 4'h5;
    localparam  d_bad_action = 4'h4;
    localparam  d_rate_limited = 4'h3;
    localparam  m_tun = 3'b10;
    localparam  m_punt = 3'b111;
    localparam  m_nat_rev = 3'b100;
    localparam  m_fnat_rev = 3'b110;
    localparam  n_learn = 2'b1;
    localparam  n_finrst = 2'b10;
    
    // Stub signals
    reg  [301:0] meta$d;
    wire  [301:0] meta$q;
    reg  meta$clock;
    reg  valid$d;
    wire  valid$q;
    reg  valid$clock;
    reg  [358:0] verdict$d;
    wire  [358:0] verdict$q;
    reg  verdict$clock;
    reg  tok$d;
    wire  tok$q;
    reg  tok$clock;
    reg  [255:0] tok_data$d;
    wire  [255:0] tok_data$q;
    reg  tok_data$clock;
    reg  [15:0] tokens$0$d;
    wire  [15:0] tokens$0$q;
    reg  tokens$0$clock;
    reg  [15:0] tokens$1$d;
    wire  [15:0] tokens$1$q;
    reg  tokens$1$clock;
    reg  [15:0] tokens$2$d;
    wire  [15:0] tokens$2$q;
    reg  tokens$2$clock;
    reg  [31:0] limited$0$d;
    wire  [31:0] limited$0$q;
    reg  limited$0$clock;
    reg  [31:0] limited$1$d;
    wire  [31:0] limited$1$q;
    reg  limited$1$clock;
    reg  [31:0] limited$2$d;
    wire  [31:0] limited$2$q;
    reg  limited$2$clock;
    reg  [31:0] tick_count$d;
    wire  [31:0] tick_count$q;
    reg  tick_count$clock;
    
    // Local signals
    reg  [301:0] m;
    reg  [156:0] c;
    reg  [147:0] a;
    reg  [111:0] nh;
    reg  [101:0] svc;
    reg  [358:0] v;
    reg  have_action;
    reg  learn;
    reg  [2:0] mode;
    reg  routes;
    reg  [2:0] class_sel;
    reg  refill;
    reg  [15:0] tk;
    reg  [16:0] tk_sum;
    reg  [15:0] burst_c;
    reg  [15:0] rate_c;
    reg  [31:0] lim;
    reg  [15:0] tk_q;
    reg  [31:0] lim_q;
    reg  [47:0] tokens_all;
    reg  [95:0] limited_all;
    
    // Sub module instances
    top$core$path$decide$meta meta(
        .d(meta$d),
        .q(meta$q),
        .clock(meta$clock)
    );
    top$core$path$decide$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    top$core$path$decide$verdict verdict(
        .d(verdict$d),
        .q(verdict$q),
        .clock(verdict$clock)
    );
    top$core$path$decide$tok tok(
        .d(tok$d),
        .q(tok$q),
        .clock(tok$clock)
    );
    top$core$path$decide$tok_data tok_data(
        .d(tok_data$d),
        .q(tok_data$q),
        .clock(tok_data$clock)
    );
    top$core$path$decide$tokens$0 tokens$0(
        .d(tokens$0$d),
        .q(tokens$0$q),
        .clock(tokens$0$clock)
    );
    top$core$path$decide$tokens$1 tokens$1(
        .d(tokens$1$d),
        .q(tokens$1$q),
        .clock(tokens$1$clock)
    );
    top$core$path$decide$tokens$2 tokens$2(
        .d(tokens$2$d),
        .q(tokens$2$q),
        .clock(tokens$2$clock)
    );
    top$core$path$decide$limited$0 limited$0(
        .d(limited$0$d),
        .q(limited$0$q),
        .clock(limited$0$clock)
    );
    top$core$path$decide$limited$1 limited$1(
        .d(limited$1$d),
        .q(limited$1$q),
        .clock(limited$1$clock)
    );
    top$core$path$decide$limited$2 limited$2(
        .d(limited$2$d),
        .q(limited$2$q),
        .clock(limited$2$clock)
    );
    top$core$path$decide$tick_count tick_count(
        .d(tick_count$d),
        .q(tick_count$q),
        .clock(tick_count$clock)
    );
    
    // Update code
    always @(*) begin
        meta$clock = clock;
        valid$clock = clock;
        verdict$clock = clock;
        tok$clock = clock;
        tok_data$clock = clock;
        tick_count$clock = clock;
        meta$d = meta$q;
        valid$d = valid$q;
        verdict$d = verdict$q;
        tok$d = tok$q;
        tok_data$d = tok_data$q;
        tick_count$d = tick_count$q;
        tokens$0$clock = clock;
        tokens$0$d = tokens$0$q;
        limited$0$clock = clock;
        limited$0$d = limited$0$q;
        tokens$1$clock = clock;
        tokens$1$d = tokens$1$q;
        limited$1$clock = clock;
        limited$1$d = limited$1$q;
        tokens$2$clock = clock;
        tokens$2$d = tokens$2$q;
        limited$2$clock = clock;
        limited$2$d = limited$2$q;
        m = i_meta;
        c = i_carry;
        a = i_action;
        nh = i_nexthop;
        svc = c[(64'h37)+:(102)];
        mode = a[(32'h1)+:(3)];
        routes = (mode >= 32'h3) & (mode <= 32'h6);
        v = no_verdict;
        v[(64'h0)+:(2)] = m[(64'hc)+:(2)];
        v[(64'h2)+:(4)] = m[(64'he)+:(4)];
        v[(64'h6)+:(2)] = m[(64'h8)+:(2)];
        v[(64'h108)+:(16)] = 32'hffff;
        v[(64'h118)+:(32)] = ts_now;
        have_action = 1'b0;
        learn = 1'b0;
        if (m[(64'ha)+:(1)]) begin
            v[(64'h0)+:(2)] = k_fwd;
            v[(64'h2)+:(4)] = 32'h0;
        end
        else if (m[(64'hc)+:(2)] == k_cont) begin
            v[(64'he8)+:(32)] = c[(64'h0)+:(32)];
            v[(64'h0)+:(2)] = k_exc;
            if (c[(64'h20)+:(1)]) begin
                have_action = 1'b1;
            end
            else if (~c[(64'h36)+:(1)]) begin
                v[(64'h2)+:(4)] = r_no_service;
            end
            else begin
                v[(64'h108)+:(16)] = ((svc[(32'h3a)+:(10)]) & 16'hffff);
                if (~svc[32'h39]) begin
                    if (~m[(64'hb4)+:(1)] | ((m[(64'h8b)+:(8)] & 32'h17) == 32'h2)) begin
                        v[(64'h2)+:(4)] = r_new_flow;
                    end
                    else begin
                        v[(64'h2)+:(4)] = r_flow_miss;
                    end
                end
                else if (c[(64'h35)+:(1)]) begin
                    v[(64'h2)+:(4)] = r_table_full;
                end
                else if (~i_rs_ok) begin
                    v[(64'h0)+:(2)] = k_drop;
                    v[(64'h2)+:(4)] = d_bad_action;
                end
                else begin
                    have_action = 1'b1;
                    learn = 1'b1;
                end
            end
        end
        if (have_action) begin
            v[(64'h108)+:(16)] = ((a[(32'he)+:(10)]) & 16'hffff);
            if (mode == m_punt) begin
                v[(64'h2)+:(4)] = r_flow_punt;
            end
            else if (~nh[32'h62]) begin
                v[(64'h0)+:(2)] = k_drop;
                v[(64'h2)+:(4)] = d_bad_action;
            end
            else if (routes & (m[(64'h93)+:(8)] <= 32'h1)) begin
                v[(64'h2)+:(4)] = r_ttl;
            end
            else if ((mode == m_tun) & ((((m[(64'ha3)+:(16)]) & 17'h1ffff) + 32'h14) > ((tun_mtu) & 17'h1ffff))) begin
                v[(64'h2)+:(4)] = r_mtu;
            end
            else begin
                v[(64'h0)+:(2)] = k_fwd;
                v[(64'h2)+:(4)] = 32'h0;
                v[(64'h6)+:(2)] = nh[(32'h60)+:(2)];
                v[(64'h8)+:(3)] = mode;
                v[(64'hb)+:(32)] = a[(32'h18)+:(32)];
                v[(64'h2b)+:(32)] = a[(32'h38)+:(32)];
                v[(64'h4b)+:(16)] = a[(32'h58)+:(16)];
                v[(64'h5b)+:(16)] = a[(32'h68)+:(16)];
                v[(64'h6b)+:(16)] = a[(32'h78)+:(16)];
                v[(64'h7b)+:(48)] = nh[(32'h0)+:(48)];
                v[(64'hab)+:(48)] = nh[(32'h30)+:(48)];
                v[(64'hdb)+:(1)] = nh[32'h63];
                v[(64'hdc)+:(12)] = nh[(32'h64)+:(12)];
                v[(64'h138)+:(1)] = 1'b1;
                v[(64'h139)+:(10)] = a[(32'he)+:(10)];
                v[(64'h143)+:(12)] = a[(32'h88)+:(12)];
                v[(64'h14f)+:(1)] = (mode == m_nat_rev) | (mode == m_fnat_rev);
                v[(64'h150)+:(20)] = c[(64'h21)+:(20)];
                v[(64'h164)+:(1)] = c[(64'h20)+:(1)];
                if (learn) begin
                    v[(64'h165)+:(2)] = n_learn;
                end
                else if ((m[(64'h8b)+:(8)] & 32'h5) != 32'h0) begin
                    v[(64'h165)+:(2)] = n_finrst;
                end
            end
        end
        class_sel = 32'h4;
        if ((v[(64'h2)+:(4)] == r_new_flow) | (v[(64'h2)+:(4)] == r_flow_miss) | (v[(64'h2)+:(4)] == r_table_full) | (v[(64'h2)+:(4)] == r_flow_punt)) begin
            class_sel = 32'h1;
        end
        else if ((v[(64'h2)+:(4)] == r_arp) | (v[(64'h2)+:(4)] == r_icmp)) begin
            class_sel = 32'h2;
        end
        refill = 1'b0;
        tick_count$d = tick_count$q + 32'h1;
        if (tick_count$q + 32'h1 >= rl_period) begin
            tick_count$d = 32'h0;
            refill = rl_period != 32'h0;
        end
        tokens_all = 32'h0;
        limited_all = 32'h0;
        tk_sum = 32'h0;
        tk = tokens$0$q;
        rate_c = rl_rate[(32'h10 * 0)+:(16)];
        burst_c = rl_burst[(32'h10 * 0)+:(16)];
        lim = limited$0$q;
        if (refill) begin
            tk_sum = ((tk) & 17'h1ffff) + ((rate_c) & 17'h1ffff);
            if (tk_sum > ((burst_c) & 17'h1ffff)) begin
                tk = burst_c;
            end
            else begin
                tk = ((tk_sum) & 16'hffff);
            end
        end
        if (i_valid & (v[(64'h0)+:(2)] == k_exc) & class_sel[0] & (rl_period != 32'h0)) begin
            if (tokens$0$q == 32'h0) begin
                v[(64'h0)+:(2)] = k_drop;
                v[(64'h2)+:(4)] = d_rate_limited;
                lim = lim + 32'h1;
            end
            else begin
                tk = tk - 32'h1;
            end
        end
        tokens$0$d = tk;
        limited$0$d = lim;
        tk_q = tokens$0$q;
        lim_q = limited$0$q;
        tokens_all = (tokens_all >> 32'h10) | (((tk_q) & 48'hffffffffffff) << 32'h20);
        limited_all = (limited_all >> 32'h20) | (((lim_q) & 96'hffffffffffffffffffffffff) << 32'h40);
        tk = tokens$1$q;
        rate_c = rl_rate[(32'h10 * 1)+:(16)];
        burst_c = rl_burst[(32'h10 * 1)+:(16)];
        lim = limited$1$q;
        if (refill) begin
            tk_sum = ((tk) & 17'h1ffff) + ((rate_c) & 17'h1ffff);
            if (tk_sum > ((burst_c) & 17'h1ffff)) begin
                tk = burst_c;
            end
            else begin
                tk = ((tk_sum) & 16'hffff);
            end
        end
        if (i_valid & (v[(64'h0)+:(2)] == k_exc) & class_sel[1] & (rl_period != 32'h0)) begin
            if (tokens$1$q == 32'h0) begin
                v[(64'h0)+:(2)] = k_drop;
                v[(64'h2)+:(4)] = d_rate_limited;
                lim = lim + 32'h1;
            end
            else begin
                tk = tk - 32'h1;
            end
        end
        tokens$1$d = tk;
        limited$1$d = lim;
        tk_q = tokens$1$q;
        lim_q = limited$1$q;
        tokens_all = (tokens_all >> 32'h10) | (((tk_q) & 48'hffffffffffff) << 32'h20);
        limited_all = (limited_all >> 32'h20) | (((lim_q) & 96'hffffffffffffffffffffffff) << 32'h40);
        tk = tokens$2$q;
        rate_c = rl_rate[(32'h10 * 2)+:(16)];
        burst_c = rl_burst[(32'h10 * 2)+:(16)];
        lim = limited$2$q;
        if (refill) begin
            tk_sum = ((tk) & 17'h1ffff) + ((rate_c) & 17'h1ffff);
            if (tk_sum > ((burst_c) & 17'h1ffff)) begin
                tk = burst_c;
            end
            else begin
                tk = ((tk_sum) & 16'hffff);
            end
        end
        if (i_valid & (v[(64'h0)+:(2)] == k_exc) & class_sel[2] & (rl_period != 32'h0)) begin
            if (tokens$2$q == 32'h0) begin
                v[(64'h0)+:(2)] = k_drop;
                v[(64'h2)+:(4)] = d_rate_limited;
                lim = lim + 32'h1;
            end
            else begin
                tk = tk - 32'h1;
            end
        end
        tokens$2$d = tk;
        limited$2$d = lim;
        tk_q = tokens$2$q;
        lim_q = limited$2$q;
        tokens_all = (tokens_all >> 32'h10) | (((tk_q) & 48'hffffffffffff) << 32'h20);
        limited_all = (limited_all >> 32'h20) | (((lim_q) & 96'hffffffffffffffffffffffff) << 32'h40);
        meta$d = m;
        valid$d = i_valid;
        verdict$d = v;
        tok$d = m[(64'h115)+:(1)];
        tok_data$d = i_tok_data;
        o_meta = meta$q;
        o_valid = valid$q;
        o_verdict = verdict$q;
        o_tok = tok$q;
        o_tok_data = tok_data$q;
        rl_tokens = tokens_all;
        rl_limited = limited_all;
    end
    
endmodule // top$core$path$decide


module top$core$path$decide$limited$0(d,q,clock);
    
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
          
endmodule // top$core$path$decide$limited$0


module top$core$path$decide$limited$1(d,q,clock);
    
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
          
endmodule // top$core$path$decide$limited$1


module top$core$path$decide$limited$2(d,q,clock);
    
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
          
endmodule // top$core$path$decide$limited$2


module top$core$path$decide$meta(d,q,clock);
    
    // Module arguments
    input wire  [301:0] d;
    output reg  [301:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 302'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$decide$meta


module top$core$path$decide$tick_count(d,q,clock);
    
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
          
endmodule // top$core$path$decide$tick_count


module top$core$path$decide$tok(d,q,clock);
    
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
          
endmodule // top$core$path$decide$tok


module top$core$path$decide$tok_data(d,q,clock);
    
    // Module arguments
    input wire  [255:0] d;
    output reg  [255:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 256'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$decide$tok_data


module top$core$path$decide$tokens$0(d,q,clock);
    
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
          
endmodule // top$core$path$decide$tokens$0


module top$core$path$decide$tokens$1(d,q,clock);
    
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
          
endmodule // top$core$path$decide$tokens$1


module top$core$path$decide$tokens$2(d,q,clock);
    
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
          
endmodule // top$core$path$decide$tokens$2


module top$core$path$decide$valid(d,q,clock);
    
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
          
endmodule // top$core$path$decide$valid


module top$core$path$decide$verdict(d,q,clock);
    
    // Module arguments
    input wire  [358:0] d;
    output reg  [358:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 359'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$decide$verdict


module top$core$path$hdr_d(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  [511:0] d;
    output reg  [511:0] q;
    
    // Constant declarations
    localparam  behind = 4'ha;
    
    // Stub signals
    reg  ring$clock;
    reg  [3:0] ring$waddr;
    reg  [511:0] ring$wdata;
    reg  ring$we;
    reg  [3:0] ring$raddr;
    wire  [511:0] ring$rdata;
    reg  [3:0] wp$d;
    wire  [3:0] wp$q;
    reg  wp$clock;
    
    // Sub module instances
    top$core$path$hdr_d$ring ring(
        .clock(ring$clock),
        .waddr(ring$waddr),
        .wdata(ring$wdata),
        .we(ring$we),
        .raddr(ring$raddr),
        .rdata(ring$rdata)
    );
    top$core$path$hdr_d$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        wp$d = wp$q;
        ring$clock = clock;
        ring$waddr = wp$q;
        ring$wdata = d;
        ring$we = 1'b1;
        wp$d = wp$q + 32'h1;
        ring$raddr = wp$q - behind;
        q = ring$rdata;
    end
    
endmodule // top$core$path$hdr_d


module top$core$path$hdr_d$ring(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] waddr;
    input wire  [511:0] wdata;
    input wire  we;
    input wire  [3:0] raddr;
    output reg  [511:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [511:0] mem [0:15];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 512'd0;
    end
    `endif
    initial rdata = 512'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$hdr_d$ring


module top$core$path$hdr_d$wp(d,q,clock);
    
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
          
endmodule // top$core$path$hdr_d$wp


module top$core$path$lookup(clock,i_meta,i_valid,o_meta,o_valid,o_hash,o_flow_hit,o_flow_slot,o_flow_action,o_flow_full,o_svc_hit,o_svc,o_tok_data,fw_en,fw_ram,fw_bucket,fw_data,sw_en,sw_ram,sw_bucket,sw_data);
    
    // Module arguments
    input wire  clock;
    input wire  [301:0] i_meta;
    input wire  i_valid;
    output reg  [301:0] o_meta;
    output reg  o_valid;
    output reg  [31:0] o_hash;
    output reg  o_flow_hit;
    output reg  [19:0] o_flow_slot;
    output reg  [147:0] o_flow_action;
    output reg  o_flow_full;
    output reg  o_svc_hit;
    output reg  [101:0] o_svc;
    output reg  [255:0] o_tok_data;
    input wire  fw_en;
    input wire  [3:0] fw_ram;
    input wire  [8:0] fw_bucket;
    input wire  [251:0] fw_data;
    input wire  sw_en;
    input wire  [3:0] sw_ram;
    input wire  [5:0] sw_bucket;
    input wire  [101:0] sw_data;
    
    // Constant declarations
    localparam  fl_log2_ways = 5'b1;
    localparam  fl_log2_buckets = 5'b1001;
    localparam  fl_ways = 20'h2;
    localparam  fl_buckets = 20'h200;
    localparam  sv_log2_ways = 5'b1;
    localparam  sv_log2_buckets = 5'b110;
    localparam  sv_ways = 20'h2;
    localparam  sv_buckets = 20'h40;
    localparam  t_flow = 4'h1;
    localparam  t_service = 4'h2;
    
    // Stub signals
    reg  flow_hash$clock;
    reg  [103:0] flow_hash$key;
    wire  [31:0] flow_hash$hash;
    reg  svc_hash$clock;
    reg  [103:0] svc_hash$key;
    wire  [31:0] svc_hash$hash;
    reg  flows$clock;
    reg  [8:0] flows$l_bucket0;
    reg  [8:0] flows$l_bucket1;
    reg  [103:0] flows$l_key;
    reg  flows$t_read;
    reg  [3:0] flows$t_sel;
    wire  flows$hit;
    wire  [19:0] flows$hit_slot;
    wire  flows$full;
    wire  [251:0] flows$entry;
    reg  flows$w_en;
    reg  [3:0] flows$w_ram;
    reg  [8:0] flows$w_bucket;
    reg  [251:0] flows$w_data;
    reg  services$clock;
    reg  [5:0] services$l_bucket0;
    reg  [5:0] services$l_bucket1;
    reg  [55:0] services$l_key;
    reg  services$t_read;
    reg  [3:0] services$t_sel;
    wire  services$hit;
    wire  [19:0] services$hit_slot;
    wire  services$full;
    wire  [101:0] services$entry;
    reg  services$w_en;
    reg  [3:0] services$w_ram;
    reg  [5:0] services$w_bucket;
    reg  [101:0] services$w_data;
    reg  meta_d$clock;
    reg  [301:0] meta_d$d;
    wire  [301:0] meta_d$q;
    reg  valid_d$clock;
    reg  valid_d$d;
    wire  valid_d$q;
    reg  hash_d$clock;
    reg  [31:0] hash_d$d;
    wire  [31:0] hash_d$q;
    reg  [103:0] fkey1$d;
    wire  [103:0] fkey1$q;
    reg  fkey1$clock;
    reg  [55:0] skey1$d;
    wire  [55:0] skey1$q;
    reg  skey1$clock;
    reg  meta1_d$clock;
    reg  [301:0] meta1_d$d;
    wire  [301:0] meta1_d$q;
    
    // Local signals
    reg  [301:0] m;
    reg  [301:0] m1;
    reg  [301:0] m3;
    reg  [103:0] fkey;
    reg  [103:0] skey_hash;
    reg  [55:0] skey;
    reg  tok_flow;
    reg  tok_svc;
    reg  [19:0] fway;
    reg  [19:0] fbucket;
    reg  [19:0] fbank;
    reg  [19:0] sway;
    reg  [19:0] sbucket;
    reg  [19:0] sbank;
    reg  [251:0] fentry;
    
    // Sub module instances
    top$core$path$lookup$flow_hash flow_hash(
        .clock(flow_hash$clock),
        .key(flow_hash$key),
        .hash(flow_hash$hash)
    );
    top$core$path$lookup$svc_hash svc_hash(
        .clock(svc_hash$clock),
        .key(svc_hash$key),
        .hash(svc_hash$hash)
    );
    top$core$path$lookup$flows flows(
        .clock(flows$clock),
        .l_bucket0(flows$l_bucket0),
        .l_bucket1(flows$l_bucket1),
        .l_key(flows$l_key),
        .t_read(flows$t_read),
        .t_sel(flows$t_sel),
        .hit(flows$hit),
        .hit_slot(flows$hit_slot),
        .full(flows$full),
        .entry(flows$entry),
        .w_en(flows$w_en),
        .w_ram(flows$w_ram),
        .w_bucket(flows$w_bucket),
        .w_data(flows$w_data)
    );
    top$core$path$lookup$services services(
        .clock(services$clock),
        .l_bucket0(services$l_bucket0),
        .l_bucket1(services$l_bucket1),
        .l_key(services$l_key),
        .t_read(services$t_read),
        .t_sel(services$t_sel),
        .hit(services$hit),
        .hit_slot(services$hit_slot),
        .full(services$full),
        .entry(services$entry),
        .w_en(services$w_en),
        .w_ram(services$w_ram),
        .w_bucket(services$w_bucket),
        .w_data(services$w_data)
    );
    top$core$path$lookup$meta_d meta_d(
        .clock(meta_d$clock),
        .d(meta_d$d),
        .q(meta_d$q)
    );
    top$core$path$lookup$valid_d valid_d(
        .clock(valid_d$clock),
        .d(valid_d$d),
        .q(valid_d$q)
    );
    top$core$path$lookup$hash_d hash_d(
        .clock(hash_d$clock),
        .d(hash_d$d),
        .q(hash_d$q)
    );
    top$core$path$lookup$fkey1 fkey1(
        .d(fkey1$d),
        .q(fkey1$q),
        .clock(fkey1$clock)
    );
    top$core$path$lookup$skey1 skey1(
        .d(skey1$d),
        .q(skey1$q),
        .clock(skey1$clock)
    );
    top$core$path$lookup$meta1_d meta1_d(
        .clock(meta1_d$clock),
        .d(meta1_d$d),
        .q(meta1_d$q)
    );
    
    // Update code
    always @(*) begin
        fkey1$clock = clock;
        skey1$clock = clock;
        fkey1$d = fkey1$q;
        skey1$d = skey1$q;
        flow_hash$clock = clock;
        svc_hash$clock = clock;
        flows$clock = clock;
        services$clock = clock;
        meta_d$clock = clock;
        valid_d$clock = clock;
        hash_d$clock = clock;
        meta1_d$clock = clock;
        m = i_meta;
        fkey = ((m[(64'h2b)+:(32)]) & 104'hffffffffffffffffffffffffff) | (((m[(64'h4b)+:(32)]) & 104'hffffffffffffffffffffffffff) << 32'h20) | (((m[(64'h6b)+:(16)]) & 104'hffffffffffffffffffffffffff) << 32'h40) | (((m[(64'h7b)+:(16)]) & 104'hffffffffffffffffffffffffff) << 32'h50) | (((m[(64'h23)+:(8)]) & 104'hffffffffffffffffffffffffff) << 32'h60);
        skey_hash = (((m[(64'h4b)+:(32)]) & 104'hffffffffffffffffffffffffff) << 32'h20) | (((m[(64'h7b)+:(16)]) & 104'hffffffffffffffffffffffffff) << 32'h50) | (((m[(64'h23)+:(8)]) & 104'hffffffffffffffffffffffffff) << 32'h60);
        skey = ((m[(64'h4b)+:(32)]) & 56'hffffffffffffff) | (((m[(64'h7b)+:(16)]) & 56'hffffffffffffff) << 32'h20) | (((m[(64'h23)+:(8)]) & 56'hffffffffffffff) << 32'h30);
        flow_hash$key = fkey;
        svc_hash$key = skey_hash;
        fkey1$d = fkey;
        skey1$d = skey;
        meta_d$d = m;
        meta1_d$d = m;
        valid_d$d = i_valid;
        m1 = meta1_d$q;
        tok_flow = m1[(64'h115)+:(1)] & (m1[(64'h116)+:(4)] == t_flow);
        tok_svc = m1[(64'h115)+:(1)] & (m1[(64'h116)+:(4)] == t_service);
        flows$l_bucket0 = flow_hash$hash[(32'h0)+:(9)];
        flows$l_bucket1 = flow_hash$hash[(32'h10)+:(9)];
        flows$l_key = fkey1$q;
        services$l_bucket0 = svc_hash$hash[(32'h0)+:(6)];
        services$l_bucket1 = svc_hash$hash[(32'h10)+:(6)];
        services$l_key = skey1$q;
        fway = m1[(64'h11a)+:(20)] & (fl_ways - 32'h1);
        fbucket = (m1[(64'h11a)+:(20)] >> fl_log2_ways) & (fl_buckets - 32'h1);
        fbank = m1[(64'h11a)+:(20)] >> (fl_log2_ways + fl_log2_buckets);
        flows$t_sel = (((fbank << fl_log2_ways) | fway) & 4'hf);
        sway = m1[(64'h11a)+:(20)] & (sv_ways - 32'h1);
        sbucket = (m1[(64'h11a)+:(20)] >> sv_log2_ways) & (sv_buckets - 32'h1);
        sbank = m1[(64'h11a)+:(20)] >> (sv_log2_ways + sv_log2_buckets);
        services$t_sel = (((sbank << sv_log2_ways) | sway) & 4'hf);
        flows$t_read = tok_flow;
        services$t_read = tok_svc;
        if (tok_flow) begin
            flows$l_bucket0 = ((fbucket) & 9'h1ff);
            flows$l_bucket1 = ((fbucket) & 9'h1ff);
        end
        if (tok_svc) begin
            services$l_bucket0 = ((sbucket) & 6'h3f);
            services$l_bucket1 = ((sbucket) & 6'h3f);
        end
        hash_d$d = flow_hash$hash;
        flows$w_en = fw_en;
        flows$w_ram = fw_ram;
        flows$w_bucket = fw_bucket;
        flows$w_data = fw_data;
        services$w_en = sw_en;
        services$w_ram = sw_ram;
        services$w_bucket = sw_bucket;
        services$w_data = sw_data;
        m3 = meta_d$q;
        o_meta = m3;
        o_valid = valid_d$q;
        o_hash = hash_d$q;
        o_flow_hit = flows$hit;
        o_flow_slot = flows$hit_slot;
        fentry = flows$entry;
        o_flow_action = fentry[(32'h68)+:(148)];
        o_flow_full = flows$full;
        o_svc_hit = services$hit;
        o_svc = services$entry;
        o_tok_data = ((flows$entry) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        if (m3[(64'h116)+:(4)] == t_service) begin
            o_tok_data = ((services$entry) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        end
    end
    
endmodule // top$core$path$lookup


module top$core$path$lookup$fkey1(d,q,clock);
    
    // Module arguments
    input wire  [103:0] d;
    output reg  [103:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 104'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$fkey1


module top$core$path$lookup$flow_hash(clock,key,hash);
    
    // Module arguments
    input wire  clock;
    input wire  [103:0] key;
    output reg  [31:0] hash;
    
    // Constant declarations
    localparam  masks$0 = 104'h19911ff6ca252c6f38185327de;
    localparam  masks$1 = 104'h32233fec954b58de7030a64ebc;
    localparam  masks$2 = 104'h65477ed82b97b0bce1604c9d78;
    localparam  masks$3 = 104'hca8efcb1572e6179c3c0983af1;
    localparam  masks$4 = 104'h8c8de6956578ee9dbe9962523c;
    localparam  masks$5 = 104'h18bd2dd01d5f054452b9683a6;
    localparam  masks$6 = 104'h1b87ba4cc98ecdc6b24e7f2093;
    localparam  masks$7 = 104'h2e9e6a6f5838b7e25d84ad67f8;
    localparam  masks$8 = 104'h5c3cd5deb0716ec5bb085bcff0;
    localparam  masks$9 = 104'ha0e8b54babc6f0e54f08e5b93f;
    localparam  masks$10 = 104'h584074609ca9cda4a7099954a1;
    localparam  masks$11 = 104'hb181e8c138539b494f1232a942;
    localparam  masks$12 = 104'h7b93ce74bb831afca63d37755b;
    localparam  masks$13 = 104'hefb6821fbc23199775623dcd68;
    localparam  masks$14 = 104'hc6fc1ac8b2631e41d3dd29bd0f;
    localparam  masks$15 = 104'h8cf9359165c63c82a6bb537a1f;
    localparam  masks$16 = 104'h18f26b23cb8c79044d77a7f43e;
    localparam  masks$17 = 104'h31e5d7469618f3089aee4ee97d;
    localparam  masks$18 = 104'h7a5ab07be615ca7e0cc4cef525;
    localparam  masks$19 = 104'hec247f00060fb8922090cecc95;
    localparam  masks$20 = 104'hd948fe000c1f702541219d992b;
    localparam  masks$21 = 104'haa01e3f6d21bcc25ba5b691489;
    localparam  masks$22 = 104'h4d92d91b6f12b4244caf810fcc;
    localparam  masks$23 = 104'h83b5acc014004426a046503846;
    localparam  masks$24 = 104'h1efb4677e325a4237895f35752;
    localparam  masks$25 = 104'h3cf78deec64a4847f02ae7afa4;
    localparam  masks$26 = 104'h607e042b47b0bce1d84c9d7897;
    localparam  masks$27 = 104'hc0fc08578e6179c3b1983af12e;
    localparam  masks$28 = 104'h81f911af1cc2f286633175e25d;
    localparam  masks$29 = 104'h3f2235e3984e50dc763eac4bb;
    localparam  masks$30 = 104'h6e447bd7209cb1b8ec6d48977;
    localparam  masks$31 = 104'hcc88f7be51296371c8ca913ef;
    localparam  constant = 32'hbc5ba5e4;
    
    // Stub signals
    reg  [31:0] out$d;
    wire  [31:0] out$q;
    reg  out$clock;
    
    // Local signals
    reg  [103:0] mask;
    reg  [31:0] h;
    
    // Sub module instances
    top$core$path$lookup$flow_hash$out out(
        .d(out$d),
        .q(out$q),
        .clock(out$clock)
    );
    
    // Update code
    always @(*) begin
        out$clock = clock;
        out$d = out$q;
        h = constant;
        mask = masks$0;
        h = (h & ~(1 << (0)) | ((^(key & mask) ^ constant[0]) << (0)));
        mask = masks$1;
        h = (h & ~(1 << (1)) | ((^(key & mask) ^ constant[1]) << (1)));
        mask = masks$2;
        h = (h & ~(1 << (2)) | ((^(key & mask) ^ constant[2]) << (2)));
        mask = masks$3;
        h = (h & ~(1 << (3)) | ((^(key & mask) ^ constant[3]) << (3)));
        mask = masks$4;
        h = (h & ~(1 << (4)) | ((^(key & mask) ^ constant[4]) << (4)));
        mask = masks$5;
        h = (h & ~(1 << (5)) | ((^(key & mask) ^ constant[5]) << (5)));
        mask = masks$6;
        h = (h & ~(1 << (6)) | ((^(key & mask) ^ constant[6]) << (6)));
        mask = masks$7;
        h = (h & ~(1 << (7)) | ((^(key & mask) ^ constant[7]) << (7)));
        mask = masks$8;
        h = (h & ~(1 << (8)) | ((^(key & mask) ^ constant[8]) << (8)));
        mask = masks$9;
        h = (h & ~(1 << (9)) | ((^(key & mask) ^ constant[9]) << (9)));
        mask = masks$10;
        h = (h & ~(1 << (10)) | ((^(key & mask) ^ constant[10]) << (10)));
        mask = masks$11;
        h = (h & ~(1 << (11)) | ((^(key & mask) ^ constant[11]) << (11)));
        mask = masks$12;
        h = (h & ~(1 << (12)) | ((^(key & mask) ^ constant[12]) << (12)));
        mask = masks$13;
        h = (h & ~(1 << (13)) | ((^(key & mask) ^ constant[13]) << (13)));
        mask = masks$14;
        h = (h & ~(1 << (14)) | ((^(key & mask) ^ constant[14]) << (14)));
        mask = masks$15;
        h = (h & ~(1 << (15)) | ((^(key & mask) ^ constant[15]) << (15)));
        mask = masks$16;
        h = (h & ~(1 << (16)) | ((^(key & mask) ^ constant[16]) << (16)));
        mask = masks$17;
        h = (h & ~(1 << (17)) | ((^(key & mask) ^ constant[17]) << (17)));
        mask = masks$18;
        h = (h & ~(1 << (18)) | ((^(key & mask) ^ constant[18]) << (18)));
        mask = masks$19;
        h = (h & ~(1 << (19)) | ((^(key & mask) ^ constant[19]) << (19)));
        mask = masks$20;
        h = (h & ~(1 << (20)) | ((^(key & mask) ^ constant[20]) << (20)));
        mask = masks$21;
        h = (h & ~(1 << (21)) | ((^(key & mask) ^ constant[21]) << (21)));
        mask = masks$22;
        h = (h & ~(1 << (22)) | ((^(key & mask) ^ constant[22]) << (22)));
        mask = masks$23;
        h = (h & ~(1 << (23)) | ((^(key & mask) ^ constant[23]) << (23)));
        mask = masks$24;
        h = (h & ~(1 << (24)) | ((^(key & mask) ^ constant[24]) << (24)));
        mask = masks$25;
        h = (h & ~(1 << (25)) | ((^(key & mask) ^ constant[25]) << (25)));
        mask = masks$26;
        h = (h & ~(1 << (26)) | ((^(key & mask) ^ constant[26]) << (26)));
        mask = masks$27;
        h = (h & ~(1 << (27)) | ((^(key & mask) ^ constant[27]) << (27)));
        mask = masks$28;
        h = (h & ~(1 << (28)) | ((^(key & mask) ^ constant[28]) << (28)));
        mask = masks$29;
        h = (h & ~(1 << (29)) | ((^(key & mask) ^ constant[29]) << (29)));
        mask = masks$30;
        h = (h & ~(1 << (30)) | ((^(key & mask) ^ constant[30]) << (30)));
        mask = masks$31;
        h = (h & ~(1 << (31)) | ((^(key & mask) ^ constant[31]) << (31)));
        out$d = h;
        hash = out$q;
    end
    
endmodule // top$core$path$lookup$flow_hash


module top$core$path$lookup$flow_hash$out(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flow_hash$out


module top$core$path$lookup$flows(clock,l_bucket0,l_bucket1,l_key,t_read,t_sel,hit,hit_slot,full,entry,w_en,w_ram,w_bucket,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] l_bucket0;
    input wire  [8:0] l_bucket1;
    input wire  [103:0] l_key;
    input wire  t_read;
    input wire  [3:0] t_sel;
    output reg  hit;
    output reg  [19:0] hit_slot;
    output reg  full;
    output reg  [251:0] entry;
    input wire  w_en;
    input wire  [3:0] w_ram;
    input wire  [8:0] w_bucket;
    input wire  [251:0] w_data;
    
    // Constant declarations
    localparam  idx = 64'hfedcba9876543210;
    localparam  ways = 4'h2;
    localparam  log2_ways = 4'h1;
    localparam  log2_buckets = 5'b1001;
    localparam  payload_at = 8'h69;
    localparam  valid_bit = 105'h100000000000000000000000000;
    localparam  bank1_rams = 16'hc;
    
    // Stub signals
    reg  keys$0$clock;
    reg  [8:0] keys$0$waddr;
    reg  [104:0] keys$0$wdata;
    reg  keys$0$we;
    reg  [8:0] keys$0$raddr;
    wire  [104:0] keys$0$rdata;
    reg  keys$1$clock;
    reg  [8:0] keys$1$waddr;
    reg  [104:0] keys$1$wdata;
    reg  keys$1$we;
    reg  [8:0] keys$1$raddr;
    wire  [104:0] keys$1$rdata;
    reg  keys$2$clock;
    reg  [8:0] keys$2$waddr;
    reg  [104:0] keys$2$wdata;
    reg  keys$2$we;
    reg  [8:0] keys$2$raddr;
    wire  [104:0] keys$2$rdata;
    reg  keys$3$clock;
    reg  [8:0] keys$3$waddr;
    reg  [104:0] keys$3$wdata;
    reg  keys$3$we;
    reg  [8:0] keys$3$raddr;
    wire  [104:0] keys$3$rdata;
    reg  payloads$clock;
    reg  [19:0] payloads$waddr;
    reg  [146:0] payloads$wdata;
    reg  payloads$we;
    reg  [19:0] payloads$raddr;
    wire  [146:0] payloads$rdata;
    reg  [103:0] key1$d;
    wire  [103:0] key1$q;
    reg  key1$clock;
    reg  [8:0] b0_1$d;
    wire  [8:0] b0_1$q;
    reg  b0_1$clock;
    reg  [8:0] b1_1$d;
    wire  [8:0] b1_1$q;
    reg  b1_1$clock;
    reg  [3:0] sel1$d;
    wire  [3:0] sel1$q;
    reg  sel1$clock;
    reg  rd1$d;
    wire  rd1$q;
    reg  rd1$clock;
    reg  [15:0] m2$d;
    wire  [15:0] m2$q;
    reg  m2$clock;
    reg  av2$d;
    wire  av2$q;
    reg  av2$clock;
    reg  [104:0] want2$d;
    wire  [104:0] want2$q;
    reg  want2$clock;
    reg  [104:0] tkey2$d;
    wire  [104:0] tkey2$q;
    reg  tkey2$clock;
    reg  [8:0] b0_2$d;
    wire  [8:0] b0_2$q;
    reg  b0_2$clock;
    reg  [8:0] b1_2$d;
    wire  [8:0] b1_2$q;
    reg  b1_2$clock;
    reg  [3:0] sel2$d;
    wire  [3:0] sel2$q;
    reg  sel2$clock;
    reg  rd2$d;
    wire  rd2$q;
    reg  rd2$clock;
    reg  r_hit$d;
    wire  r_hit$q;
    reg  r_hit$clock;
    reg  [19:0] r_slot$d;
    wire  [19:0] r_slot$q;
    reg  r_slot$clock;
    reg  r_full$d;
    wire  r_full$q;
    reg  r_full$clock;
    reg  [104:0] r_key$d;
    wire  [104:0] r_key$q;
    reg  r_key$clock;
    reg  pw_en$d;
    wire  pw_en$q;
    reg  pw_en$clock;
    reg  [19:0] pw_slot$d;
    wire  [19:0] pw_slot$q;
    reg  pw_slot$clock;
    reg  [146:0] pw_data$d;
    wire  [146:0] pw_data$q;
    reg  pw_data$clock;
    reg  pw2_en$d;
    wire  pw2_en$q;
    reg  pw2_en$clock;
    reg  [19:0] pw2_slot$d;
    wire  [19:0] pw2_slot$q;
    reg  pw2_slot$clock;
    reg  [146:0] pw2_data$d;
    wire  [146:0] pw2_data$q;
    reg  pw2_data$clock;
    
    // Local signals
    reg  [104:0] e;
    reg  [15:0] way_hits;
    reg  found;
    reg  all_valid;
    reg  [3:0] way;
    reg  [3:0] pick;
    reg  [104:0] t_key;
    reg  [19:0] bucket;
    reg  [19:0] slot;
    reg  [19:0] w_bucket_bank;
    reg  [15:0] w_onehot;
    reg  [104:0] want;
    
    // Sub module instances
    top$core$path$lookup$flows$keys$0 keys$0(
        .clock(keys$0$clock),
        .waddr(keys$0$waddr),
        .wdata(keys$0$wdata),
        .we(keys$0$we),
        .raddr(keys$0$raddr),
        .rdata(keys$0$rdata)
    );
    top$core$path$lookup$flows$keys$1 keys$1(
        .clock(keys$1$clock),
        .waddr(keys$1$waddr),
        .wdata(keys$1$wdata),
        .we(keys$1$we),
        .raddr(keys$1$raddr),
        .rdata(keys$1$rdata)
    );
    top$core$path$lookup$flows$keys$2 keys$2(
        .clock(keys$2$clock),
        .waddr(keys$2$waddr),
        .wdata(keys$2$wdata),
        .we(keys$2$we),
        .raddr(keys$2$raddr),
        .rdata(keys$2$rdata)
    );
    top$core$path$lookup$flows$keys$3 keys$3(
        .clock(keys$3$clock),
        .waddr(keys$3$waddr),
        .wdata(keys$3$wdata),
        .we(keys$3$we),
        .raddr(keys$3$raddr),
        .rdata(keys$3$rdata)
    );
    top$core$path$lookup$flows$payloads payloads(
        .clock(payloads$clock),
        .waddr(payloads$waddr),
        .wdata(payloads$wdata),
        .we(payloads$we),
        .raddr(payloads$raddr),
        .rdata(payloads$rdata)
    );
    top$core$path$lookup$flows$key1 key1(
        .d(key1$d),
        .q(key1$q),
        .clock(key1$clock)
    );
    top$core$path$lookup$flows$b0_1 b0_1(
        .d(b0_1$d),
        .q(b0_1$q),
        .clock(b0_1$clock)
    );
    top$core$path$lookup$flows$b1_1 b1_1(
        .d(b1_1$d),
        .q(b1_1$q),
        .clock(b1_1$clock)
    );
    top$core$path$lookup$flows$sel1 sel1(
        .d(sel1$d),
        .q(sel1$q),
        .clock(sel1$clock)
    );
    top$core$path$lookup$flows$rd1 rd1(
        .d(rd1$d),
        .q(rd1$q),
        .clock(rd1$clock)
    );
    top$core$path$lookup$flows$m2 m2(
        .d(m2$d),
        .q(m2$q),
        .clock(m2$clock)
    );
    top$core$path$lookup$flows$av2 av2(
        .d(av2$d),
        .q(av2$q),
        .clock(av2$clock)
    );
    top$core$path$lookup$flows$want2 want2(
        .d(want2$d),
        .q(want2$q),
        .clock(want2$clock)
    );
    top$core$path$lookup$flows$tkey2 tkey2(
        .d(tkey2$d),
        .q(tkey2$q),
        .clock(tkey2$clock)
    );
    top$core$path$lookup$flows$b0_2 b0_2(
        .d(b0_2$d),
        .q(b0_2$q),
        .clock(b0_2$clock)
    );
    top$core$path$lookup$flows$b1_2 b1_2(
        .d(b1_2$d),
        .q(b1_2$q),
        .clock(b1_2$clock)
    );
    top$core$path$lookup$flows$sel2 sel2(
        .d(sel2$d),
        .q(sel2$q),
        .clock(sel2$clock)
    );
    top$core$path$lookup$flows$rd2 rd2(
        .d(rd2$d),
        .q(rd2$q),
        .clock(rd2$clock)
    );
    top$core$path$lookup$flows$r_hit r_hit(
        .d(r_hit$d),
        .q(r_hit$q),
        .clock(r_hit$clock)
    );
    top$core$path$lookup$flows$r_slot r_slot(
        .d(r_slot$d),
        .q(r_slot$q),
        .clock(r_slot$clock)
    );
    top$core$path$lookup$flows$r_full r_full(
        .d(r_full$d),
        .q(r_full$q),
        .clock(r_full$clock)
    );
    top$core$path$lookup$flows$r_key r_key(
        .d(r_key$d),
        .q(r_key$q),
        .clock(r_key$clock)
    );
    top$core$path$lookup$flows$pw_en pw_en(
        .d(pw_en$d),
        .q(pw_en$q),
        .clock(pw_en$clock)
    );
    top$core$path$lookup$flows$pw_slot pw_slot(
        .d(pw_slot$d),
        .q(pw_slot$q),
        .clock(pw_slot$clock)
    );
    top$core$path$lookup$flows$pw_data pw_data(
        .d(pw_data$d),
        .q(pw_data$q),
        .clock(pw_data$clock)
    );
    top$core$path$lookup$flows$pw2_en pw2_en(
        .d(pw2_en$d),
        .q(pw2_en$q),
        .clock(pw2_en$clock)
    );
    top$core$path$lookup$flows$pw2_slot pw2_slot(
        .d(pw2_slot$d),
        .q(pw2_slot$q),
        .clock(pw2_slot$clock)
    );
    top$core$path$lookup$flows$pw2_data pw2_data(
        .d(pw2_data$d),
        .q(pw2_data$q),
        .clock(pw2_data$clock)
    );
    
    // Update code
    always @(*) begin
        key1$clock = clock;
        b0_1$clock = clock;
        b1_1$clock = clock;
        sel1$clock = clock;
        rd1$clock = clock;
        m2$clock = clock;
        av2$clock = clock;
        want2$clock = clock;
        tkey2$clock = clock;
        b0_2$clock = clock;
        b1_2$clock = clock;
        sel2$clock = clock;
        rd2$clock = clock;
        r_hit$clock = clock;
        r_slot$clock = clock;
        r_full$clock = clock;
        r_key$clock = clock;
        pw_en$clock = clock;
        pw_slot$clock = clock;
        pw_data$clock = clock;
        pw2_en$clock = clock;
        pw2_slot$clock = clock;
        pw2_data$clock = clock;
        key1$d = key1$q;
        b0_1$d = b0_1$q;
        b1_1$d = b1_1$q;
        sel1$d = sel1$q;
        rd1$d = rd1$q;
        m2$d = m2$q;
        av2$d = av2$q;
        want2$d = want2$q;
        tkey2$d = tkey2$q;
        b0_2$d = b0_2$q;
        b1_2$d = b1_2$q;
        sel2$d = sel2$q;
        rd2$d = rd2$q;
        r_hit$d = r_hit$q;
        r_slot$d = r_slot$q;
        r_full$d = r_full$q;
        r_key$d = r_key$q;
        pw_en$d = pw_en$q;
        pw_slot$d = pw_slot$q;
        pw_data$d = pw_data$q;
        pw2_en$d = pw2_en$q;
        pw2_slot$d = pw2_slot$q;
        pw2_data$d = pw2_data$q;
        key1$d = l_key;
        b0_1$d = l_bucket0;
        b1_1$d = l_bucket1;
        sel1$d = t_sel;
        rd1$d = t_read;
        w_onehot = ((1'b1) & 16'hffff) << w_ram;
        want = ((key1$q) & 105'h1ffffffffffffffffffffffffff) | valid_bit;
        all_valid = 1'b1;
        way_hits = 32'h0;
        t_key = 32'h0;
        keys$0$clock = clock;
        if (bank1_rams[0]) begin
            keys$0$raddr = l_bucket1;
        end
        else begin
            keys$0$raddr = l_bucket0;
        end
        keys$0$waddr = w_bucket;
        keys$0$wdata = ((w_data) & 105'h1ffffffffffffffffffffffffff);
        keys$0$we = w_en & w_onehot[0];
        e = keys$0$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 0)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 0)+:(4)]) begin
            t_key = e;
        end
        keys$1$clock = clock;
        if (bank1_rams[1]) begin
            keys$1$raddr = l_bucket1;
        end
        else begin
            keys$1$raddr = l_bucket0;
        end
        keys$1$waddr = w_bucket;
        keys$1$wdata = ((w_data) & 105'h1ffffffffffffffffffffffffff);
        keys$1$we = w_en & w_onehot[1];
        e = keys$1$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 1)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 1)+:(4)]) begin
            t_key = e;
        end
        keys$2$clock = clock;
        if (bank1_rams[2]) begin
            keys$2$raddr = l_bucket1;
        end
        else begin
            keys$2$raddr = l_bucket0;
        end
        keys$2$waddr = w_bucket;
        keys$2$wdata = ((w_data) & 105'h1ffffffffffffffffffffffffff);
        keys$2$we = w_en & w_onehot[2];
        e = keys$2$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 2)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 2)+:(4)]) begin
            t_key = e;
        end
        keys$3$clock = clock;
        if (bank1_rams[3]) begin
            keys$3$raddr = l_bucket1;
        end
        else begin
            keys$3$raddr = l_bucket0;
        end
        keys$3$waddr = w_bucket;
        keys$3$wdata = ((w_data) & 105'h1ffffffffffffffffffffffffff);
        keys$3$we = w_en & w_onehot[3];
        e = keys$3$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 3)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 3)+:(4)]) begin
            t_key = e;
        end
        m2$d = way_hits;
        av2$d = all_valid;
        want2$d = want;
        tkey2$d = t_key;
        b0_2$d = b0_1$q;
        b1_2$d = b1_1$q;
        sel2$d = sel1$q;
        rd2$d = rd1$q;
        found = 1'b0;
        way = 32'h0;
        if (~found & m2$q[0]) begin
            found = 1'b1;
            way = idx[(32'h4 * 0)+:(4)];
        end
        if (~found & m2$q[1]) begin
            found = 1'b1;
            way = idx[(32'h4 * 1)+:(4)];
        end
        if (~found & m2$q[2]) begin
            found = 1'b1;
            way = idx[(32'h4 * 2)+:(4)];
        end
        if (~found & m2$q[3]) begin
            found = 1'b1;
            way = idx[(32'h4 * 3)+:(4)];
        end
        pick = way;
        if (rd2$q) begin
            pick = sel2$q;
        end
        if (pick < ways) begin
            bucket = ((b0_2$q) & 20'hfffff);
        end
        else begin
            bucket = ((b1_2$q) & 20'hfffff) | (((1'b1) & 20'hfffff) << log2_buckets);
        end
        slot = (bucket << log2_ways) | (((pick) & 20'hfffff) & (((ways) & 20'hfffff) - 32'h1));
        payloads$clock = clock;
        payloads$raddr = slot;
        w_bucket_bank = ((w_bucket) & 20'hfffff);
        if (w_ram >= ways) begin
            w_bucket_bank = ((w_bucket) & 20'hfffff) | (((1'b1) & 20'hfffff) << log2_buckets);
        end
        pw_en$d = w_en;
        pw_slot$d = (w_bucket_bank << log2_ways) | (((w_ram) & 20'hfffff) & (((ways) & 20'hfffff) - 32'h1));
        pw_data$d = ((w_data >> payload_at) & 147'h7ffffffffffffffffffffffffffffffffffff);
        pw2_en$d = pw_en$q;
        pw2_slot$d = pw_slot$q;
        pw2_data$d = pw_data$q;
        payloads$we = pw2_en$q;
        payloads$waddr = pw2_slot$q;
        payloads$wdata = pw2_data$q;
        r_hit$d = found;
        r_slot$d = slot;
        r_full$d = av2$q;
        r_key$d = want2$q;
        if (rd2$q) begin
            r_key$d = tkey2$q;
        end
        hit = r_hit$q;
        hit_slot = r_slot$q;
        full = r_full$q;
        entry = ((r_key$q) & 252'hfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((payloads$rdata) & 252'hfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << payload_at);
    end
    
endmodule // top$core$path$lookup$flows


module top$core$path$lookup$flows$av2(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$av2


module top$core$path$lookup$flows$b0_1(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$flows$b0_1


module top$core$path$lookup$flows$b0_2(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$flows$b0_2


module top$core$path$lookup$flows$b1_1(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$flows$b1_1


module top$core$path$lookup$flows$b1_2(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$flows$b1_2


module top$core$path$lookup$flows$key1(d,q,clock);
    
    // Module arguments
    input wire  [103:0] d;
    output reg  [103:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 104'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$flows$key1


module top$core$path$lookup$flows$keys$0(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] waddr;
    input wire  [104:0] wdata;
    input wire  we;
    input wire  [8:0] raddr;
    output reg  [104:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [104:0] mem [0:511];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 105'd0;
    end
    `endif
    initial rdata = 105'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$lookup$flows$keys$0


module top$core$path$lookup$flows$keys$1(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] waddr;
    input wire  [104:0] wdata;
    input wire  we;
    input wire  [8:0] raddr;
    output reg  [104:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [104:0] mem [0:511];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 105'd0;
    end
    `endif
    initial rdata = 105'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$lookup$flows$keys$1


module top$core$path$lookup$flows$keys$2(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] waddr;
    input wire  [104:0] wdata;
    input wire  we;
    input wire  [8:0] raddr;
    output reg  [104:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [104:0] mem [0:511];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 105'd0;
    end
    `endif
    initial rdata = 105'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$lookup$flows$keys$2


module top$core$path$lookup$flows$keys$3(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] waddr;
    input wire  [104:0] wdata;
    input wire  we;
    input wire  [8:0] raddr;
    output reg  [104:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [104:0] mem [0:511];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 105'd0;
    end
    `endif
    initial rdata = 105'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$lookup$flows$keys$3


module top$core$path$lookup$flows$m2(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$m2


module top$core$path$lookup$flows$payloads(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [19:0] waddr;
    input wire  [146:0] wdata;
    input wire  we;
    input wire  [19:0] raddr;
    output reg  [146:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [146:0] mem [0:2047];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 2047; i = i + 1) mem[i] = 147'd0;
    end
    `endif
    initial rdata = 147'd0;
    always @(posedge clock) begin
        if (we) mem[waddr[10:0]] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr[10:0]];
    end
endmodule // top$core$path$lookup$flows$payloads


module top$core$path$lookup$flows$pw2_data(d,q,clock);
    
    // Module arguments
    input wire  [146:0] d;
    output reg  [146:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 147'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$flows$pw2_data


module top$core$path$lookup$flows$pw2_en(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$pw2_en


module top$core$path$lookup$flows$pw2_slot(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$pw2_slot


module top$core$path$lookup$flows$pw_data(d,q,clock);
    
    // Module arguments
    input wire  [146:0] d;
    output reg  [146:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 147'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$flows$pw_data


module top$core$path$lookup$flows$pw_en(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$pw_en


module top$core$path$lookup$flows$pw_slot(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$pw_slot


module top$core$path$lookup$flows$r_full(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$r_full


module top$core$path$lookup$flows$r_hit(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$r_hit


module top$core$path$lookup$flows$r_key(d,q,clock);
    
    // Module arguments
    input wire  [104:0] d;
    output reg  [104:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 105'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$flows$r_key


module top$core$path$lookup$flows$r_slot(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$r_slot


module top$core$path$lookup$flows$rd1(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$rd1


module top$core$path$lookup$flows$rd2(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$rd2


module top$core$path$lookup$flows$sel1(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$sel1


module top$core$path$lookup$flows$sel2(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$flows$sel2


module top$core$path$lookup$flows$tkey2(d,q,clock);
    
    // Module arguments
    input wire  [104:0] d;
    output reg  [104:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 105'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$flows$tkey2


module top$core$path$lookup$flows$want2(d,q,clock);
    
    // Module arguments
    input wire  [104:0] d;
    output reg  [104:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 105'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$flows$want2


module top$core$path$lookup$hash_d(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] d;
    output reg  [31:0] q;
    
    // Stub signals
    reg  [31:0] regs$0$d;
    wire  [31:0] regs$0$q;
    reg  regs$0$clock;
    reg  [31:0] regs$1$d;
    wire  [31:0] regs$1$q;
    reg  regs$1$clock;
    reg  [31:0] regs$2$d;
    wire  [31:0] regs$2$q;
    reg  regs$2$clock;
    
    // Sub module instances
    top$core$path$lookup$hash_d$regs$0 regs$0(
        .d(regs$0$d),
        .q(regs$0$q),
        .clock(regs$0$clock)
    );
    top$core$path$lookup$hash_d$regs$1 regs$1(
        .d(regs$1$d),
        .q(regs$1$q),
        .clock(regs$1$clock)
    );
    top$core$path$lookup$hash_d$regs$2 regs$2(
        .d(regs$2$d),
        .q(regs$2$q),
        .clock(regs$2$clock)
    );
    
    // Update code
    always @(*) begin
        regs$0$clock = clock;
        regs$1$clock = clock;
        regs$2$clock = clock;
        regs$0$d = d;
        regs$1$d = regs$0$q;
        regs$2$d = regs$1$q;
        q = regs$0$q;
        q = regs$1$q;
        q = regs$2$q;
    end
    
endmodule // top$core$path$lookup$hash_d


module top$core$path$lookup$hash_d$regs$0(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$hash_d$regs$0


module top$core$path$lookup$hash_d$regs$1(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$hash_d$regs$1


module top$core$path$lookup$hash_d$regs$2(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$hash_d$regs$2


module top$core$path$lookup$meta1_d(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  [301:0] d;
    output reg  [301:0] q;
    
    // Stub signals
    reg  [301:0] regs$0$d;
    wire  [301:0] regs$0$q;
    reg  regs$0$clock;
    
    // Sub module instances
    top$core$path$lookup$meta1_d$regs$0 regs$0(
        .d(regs$0$d),
        .q(regs$0$q),
        .clock(regs$0$clock)
    );
    
    // Update code
    always @(*) begin
        regs$0$clock = clock;
        regs$0$d = d;
        q = regs$0$q;
    end
    
endmodule // top$core$path$lookup$meta1_d


module top$core$path$lookup$meta1_d$regs$0(d,q,clock);
    
    // Module arguments
    input wire  [301:0] d;
    output reg  [301:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 302'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$meta1_d$regs$0


module top$core$path$lookup$meta_d(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  [301:0] d;
    output reg  [301:0] q;
    
    // Constant declarations
    localparam  behind = 4'h3;
    
    // Stub signals
    reg  ring$clock;
    reg  [3:0] ring$waddr;
    reg  [301:0] ring$wdata;
    reg  ring$we;
    reg  [3:0] ring$raddr;
    wire  [301:0] ring$rdata;
    reg  [3:0] wp$d;
    wire  [3:0] wp$q;
    reg  wp$clock;
    
    // Sub module instances
    top$core$path$lookup$meta_d$ring ring(
        .clock(ring$clock),
        .waddr(ring$waddr),
        .wdata(ring$wdata),
        .we(ring$we),
        .raddr(ring$raddr),
        .rdata(ring$rdata)
    );
    top$core$path$lookup$meta_d$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        wp$d = wp$q;
        ring$clock = clock;
        ring$waddr = wp$q;
        ring$wdata = d;
        ring$we = 1'b1;
        wp$d = wp$q + 32'h1;
        ring$raddr = wp$q - behind;
        q = ring$rdata;
    end
    
endmodule // top$core$path$lookup$meta_d


module top$core$path$lookup$meta_d$ring(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] waddr;
    input wire  [301:0] wdata;
    input wire  we;
    input wire  [3:0] raddr;
    output reg  [301:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [301:0] mem [0:15];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 302'd0;
    end
    `endif
    initial rdata = 302'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$lookup$meta_d$ring


module top$core$path$lookup$meta_d$wp(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$meta_d$wp


module top$core$path$lookup$services(clock,l_bucket0,l_bucket1,l_key,t_read,t_sel,hit,hit_slot,full,entry,w_en,w_ram,w_bucket,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  [5:0] l_bucket0;
    input wire  [5:0] l_bucket1;
    input wire  [55:0] l_key;
    input wire  t_read;
    input wire  [3:0] t_sel;
    output reg  hit;
    output reg  [19:0] hit_slot;
    output reg  full;
    output reg  [101:0] entry;
    input wire  w_en;
    input wire  [3:0] w_ram;
    input wire  [5:0] w_bucket;
    input wire  [101:0] w_data;
    
    // Constant declarations
    localparam  idx = 64'hfedcba9876543210;
    localparam  ways = 4'h2;
    localparam  log2_ways = 4'h1;
    localparam  log2_buckets = 5'b110;
    localparam  payload_at = 8'h39;
    localparam  valid_bit = 57'h100000000000000;
    localparam  bank1_rams = 16'hc;
    
    // Stub signals
    reg  keys$0$clock;
    reg  [5:0] keys$0$waddr;
    reg  [56:0] keys$0$wdata;
    reg  keys$0$we;
    reg  [5:0] keys$0$raddr;
    wire  [56:0] keys$0$rdata;
    reg  keys$1$clock;
    reg  [5:0] keys$1$waddr;
    reg  [56:0] keys$1$wdata;
    reg  keys$1$we;
    reg  [5:0] keys$1$raddr;
    wire  [56:0] keys$1$rdata;
    reg  keys$2$clock;
    reg  [5:0] keys$2$waddr;
    reg  [56:0] keys$2$wdata;
    reg  keys$2$we;
    reg  [5:0] keys$2$raddr;
    wire  [56:0] keys$2$rdata;
    reg  keys$3$clock;
    reg  [5:0] keys$3$waddr;
    reg  [56:0] keys$3$wdata;
    reg  keys$3$we;
    reg  [5:0] keys$3$raddr;
    wire  [56:0] keys$3$rdata;
    reg  payloads$clock;
    reg  [19:0] payloads$waddr;
    reg  [44:0] payloads$wdata;
    reg  payloads$we;
    reg  [19:0] payloads$raddr;
    wire  [44:0] payloads$rdata;
    reg  [55:0] key1$d;
    wire  [55:0] key1$q;
    reg  key1$clock;
    reg  [5:0] b0_1$d;
    wire  [5:0] b0_1$q;
    reg  b0_1$clock;
    reg  [5:0] b1_1$d;
    wire  [5:0] b1_1$q;
    reg  b1_1$clock;
    reg  [3:0] sel1$d;
    wire  [3:0] sel1$q;
    reg  sel1$clock;
    reg  rd1$d;
    wire  rd1$q;
    reg  rd1$clock;
    reg  [15:0] m2$d;
    wire  [15:0] m2$q;
    reg  m2$clock;
    reg  av2$d;
    wire  av2$q;
    reg  av2$clock;
    reg  [56:0] want2$d;
    wire  [56:0] want2$q;
    reg  want2$clock;
    reg  [56:0] tkey2$d;
    wire  [56:0] tkey2$q;
    reg  tkey2$clock;
    reg  [5:0] b0_2$d;
    wire  [5:0] b0_2$q;
    reg  b0_2$clock;
    reg  [5:0] b1_2$d;
    wire  [5:0] b1_2$q;
    reg  b1_2$clock;
    reg  [3:0] sel2$d;
    wire  [3:0] sel2$q;
    reg  sel2$clock;
    reg  rd2$d;
    wire  rd2$q;
    reg  rd2$clock;
    reg  r_hit$d;
    wire  r_hit$q;
    reg  r_hit$clock;
    reg  [19:0] r_slot$d;
    wire  [19:0] r_slot$q;
    reg  r_slot$clock;
    reg  r_full$d;
    wire  r_full$q;
    reg  r_full$clock;
    reg  [56:0] r_key$d;
    wire  [56:0] r_key$q;
    reg  r_key$clock;
    reg  pw_en$d;
    wire  pw_en$q;
    reg  pw_en$clock;
    reg  [19:0] pw_slot$d;
    wire  [19:0] pw_slot$q;
    reg  pw_slot$clock;
    reg  [44:0] pw_data$d;
    wire  [44:0] pw_data$q;
    reg  pw_data$clock;
    reg  pw2_en$d;
    wire  pw2_en$q;
    reg  pw2_en$clock;
    reg  [19:0] pw2_slot$d;
    wire  [19:0] pw2_slot$q;
    reg  pw2_slot$clock;
    reg  [44:0] pw2_data$d;
    wire  [44:0] pw2_data$q;
    reg  pw2_data$clock;
    
    // Local signals
    reg  [56:0] e;
    reg  [15:0] way_hits;
    reg  found;
    reg  all_valid;
    reg  [3:0] way;
    reg  [3:0] pick;
    reg  [56:0] t_key;
    reg  [19:0] bucket;
    reg  [19:0] slot;
    reg  [19:0] w_bucket_bank;
    reg  [15:0] w_onehot;
    reg  [56:0] want;
    
    // Sub module instances
    top$core$path$lookup$services$keys$0 keys$0(
        .clock(keys$0$clock),
        .waddr(keys$0$waddr),
        .wdata(keys$0$wdata),
        .we(keys$0$we),
        .raddr(keys$0$raddr),
        .rdata(keys$0$rdata)
    );
    top$core$path$lookup$services$keys$1 keys$1(
        .clock(keys$1$clock),
        .waddr(keys$1$waddr),
        .wdata(keys$1$wdata),
        .we(keys$1$we),
        .raddr(keys$1$raddr),
        .rdata(keys$1$rdata)
    );
    top$core$path$lookup$services$keys$2 keys$2(
        .clock(keys$2$clock),
        .waddr(keys$2$waddr),
        .wdata(keys$2$wdata),
        .we(keys$2$we),
        .raddr(keys$2$raddr),
        .rdata(keys$2$rdata)
    );
    top$core$path$lookup$services$keys$3 keys$3(
        .clock(keys$3$clock),
        .waddr(keys$3$waddr),
        .wdata(keys$3$wdata),
        .we(keys$3$we),
        .raddr(keys$3$raddr),
        .rdata(keys$3$rdata)
    );
    top$core$path$lookup$services$payloads payloads(
        .clock(payloads$clock),
        .waddr(payloads$waddr),
        .wdata(payloads$wdata),
        .we(payloads$we),
        .raddr(payloads$raddr),
        .rdata(payloads$rdata)
    );
    top$core$path$lookup$services$key1 key1(
        .d(key1$d),
        .q(key1$q),
        .clock(key1$clock)
    );
    top$core$path$lookup$services$b0_1 b0_1(
        .d(b0_1$d),
        .q(b0_1$q),
        .clock(b0_1$clock)
    );
    top$core$path$lookup$services$b1_1 b1_1(
        .d(b1_1$d),
        .q(b1_1$q),
        .clock(b1_1$clock)
    );
    top$core$path$lookup$services$sel1 sel1(
        .d(sel1$d),
        .q(sel1$q),
        .clock(sel1$clock)
    );
    top$core$path$lookup$services$rd1 rd1(
        .d(rd1$d),
        .q(rd1$q),
        .clock(rd1$clock)
    );
    top$core$path$lookup$services$m2 m2(
        .d(m2$d),
        .q(m2$q),
        .clock(m2$clock)
    );
    top$core$path$lookup$services$av2 av2(
        .d(av2$d),
        .q(av2$q),
        .clock(av2$clock)
    );
    top$core$path$lookup$services$want2 want2(
        .d(want2$d),
        .q(want2$q),
        .clock(want2$clock)
    );
    top$core$path$lookup$services$tkey2 tkey2(
        .d(tkey2$d),
        .q(tkey2$q),
        .clock(tkey2$clock)
    );
    top$core$path$lookup$services$b0_2 b0_2(
        .d(b0_2$d),
        .q(b0_2$q),
        .clock(b0_2$clock)
    );
    top$core$path$lookup$services$b1_2 b1_2(
        .d(b1_2$d),
        .q(b1_2$q),
        .clock(b1_2$clock)
    );
    top$core$path$lookup$services$sel2 sel2(
        .d(sel2$d),
        .q(sel2$q),
        .clock(sel2$clock)
    );
    top$core$path$lookup$services$rd2 rd2(
        .d(rd2$d),
        .q(rd2$q),
        .clock(rd2$clock)
    );
    top$core$path$lookup$services$r_hit r_hit(
        .d(r_hit$d),
        .q(r_hit$q),
        .clock(r_hit$clock)
    );
    top$core$path$lookup$services$r_slot r_slot(
        .d(r_slot$d),
        .q(r_slot$q),
        .clock(r_slot$clock)
    );
    top$core$path$lookup$services$r_full r_full(
        .d(r_full$d),
        .q(r_full$q),
        .clock(r_full$clock)
    );
    top$core$path$lookup$services$r_key r_key(
        .d(r_key$d),
        .q(r_key$q),
        .clock(r_key$clock)
    );
    top$core$path$lookup$services$pw_en pw_en(
        .d(pw_en$d),
        .q(pw_en$q),
        .clock(pw_en$clock)
    );
    top$core$path$lookup$services$pw_slot pw_slot(
        .d(pw_slot$d),
        .q(pw_slot$q),
        .clock(pw_slot$clock)
    );
    top$core$path$lookup$services$pw_data pw_data(
        .d(pw_data$d),
        .q(pw_data$q),
        .clock(pw_data$clock)
    );
    top$core$path$lookup$services$pw2_en pw2_en(
        .d(pw2_en$d),
        .q(pw2_en$q),
        .clock(pw2_en$clock)
    );
    top$core$path$lookup$services$pw2_slot pw2_slot(
        .d(pw2_slot$d),
        .q(pw2_slot$q),
        .clock(pw2_slot$clock)
    );
    top$core$path$lookup$services$pw2_data pw2_data(
        .d(pw2_data$d),
        .q(pw2_data$q),
        .clock(pw2_data$clock)
    );
    
    // Update code
    always @(*) begin
        key1$clock = clock;
        b0_1$clock = clock;
        b1_1$clock = clock;
        sel1$clock = clock;
        rd1$clock = clock;
        m2$clock = clock;
        av2$clock = clock;
        want2$clock = clock;
        tkey2$clock = clock;
        b0_2$clock = clock;
        b1_2$clock = clock;
        sel2$clock = clock;
        rd2$clock = clock;
        r_hit$clock = clock;
        r_slot$clock = clock;
        r_full$clock = clock;
        r_key$clock = clock;
        pw_en$clock = clock;
        pw_slot$clock = clock;
        pw_data$clock = clock;
        pw2_en$clock = clock;
        pw2_slot$clock = clock;
        pw2_data$clock = clock;
        key1$d = key1$q;
        b0_1$d = b0_1$q;
        b1_1$d = b1_1$q;
        sel1$d = sel1$q;
        rd1$d = rd1$q;
        m2$d = m2$q;
        av2$d = av2$q;
        want2$d = want2$q;
        tkey2$d = tkey2$q;
        b0_2$d = b0_2$q;
        b1_2$d = b1_2$q;
        sel2$d = sel2$q;
        rd2$d = rd2$q;
        r_hit$d = r_hit$q;
        r_slot$d = r_slot$q;
        r_full$d = r_full$q;
        r_key$d = r_key$q;
        pw_en$d = pw_en$q;
        pw_slot$d = pw_slot$q;
        pw_data$d = pw_data$q;
        pw2_en$d = pw2_en$q;
        pw2_slot$d = pw2_slot$q;
        pw2_data$d = pw2_data$q;
        key1$d = l_key;
        b0_1$d = l_bucket0;
        b1_1$d = l_bucket1;
        sel1$d = t_sel;
        rd1$d = t_read;
        w_onehot = ((1'b1) & 16'hffff) << w_ram;
        want = ((key1$q) & 57'h1ffffffffffffff) | valid_bit;
        all_valid = 1'b1;
        way_hits = 32'h0;
        t_key = 32'h0;
        keys$0$clock = clock;
        if (bank1_rams[0]) begin
            keys$0$raddr = l_bucket1;
        end
        else begin
            keys$0$raddr = l_bucket0;
        end
        keys$0$waddr = w_bucket;
        keys$0$wdata = ((w_data) & 57'h1ffffffffffffff);
        keys$0$we = w_en & w_onehot[0];
        e = keys$0$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 0)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 0)+:(4)]) begin
            t_key = e;
        end
        keys$1$clock = clock;
        if (bank1_rams[1]) begin
            keys$1$raddr = l_bucket1;
        end
        else begin
            keys$1$raddr = l_bucket0;
        end
        keys$1$waddr = w_bucket;
        keys$1$wdata = ((w_data) & 57'h1ffffffffffffff);
        keys$1$we = w_en & w_onehot[1];
        e = keys$1$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 1)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 1)+:(4)]) begin
            t_key = e;
        end
        keys$2$clock = clock;
        if (bank1_rams[2]) begin
            keys$2$raddr = l_bucket1;
        end
        else begin
            keys$2$raddr = l_bucket0;
        end
        keys$2$waddr = w_bucket;
        keys$2$wdata = ((w_data) & 57'h1ffffffffffffff);
        keys$2$we = w_en & w_onehot[2];
        e = keys$2$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 2)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 2)+:(4)]) begin
            t_key = e;
        end
        keys$3$clock = clock;
        if (bank1_rams[3]) begin
            keys$3$raddr = l_bucket1;
        end
        else begin
            keys$3$raddr = l_bucket0;
        end
        keys$3$waddr = w_bucket;
        keys$3$wdata = ((w_data) & 57'h1ffffffffffffff);
        keys$3$we = w_en & w_onehot[3];
        e = keys$3$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 3)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 3)+:(4)]) begin
            t_key = e;
        end
        m2$d = way_hits;
        av2$d = all_valid;
        want2$d = want;
        tkey2$d = t_key;
        b0_2$d = b0_1$q;
        b1_2$d = b1_1$q;
        sel2$d = sel1$q;
        rd2$d = rd1$q;
        found = 1'b0;
        way = 32'h0;
        if (~found & m2$q[0]) begin
            found = 1'b1;
            way = idx[(32'h4 * 0)+:(4)];
        end
        if (~found & m2$q[1]) begin
            found = 1'b1;
            way = idx[(32'h4 * 1)+:(4)];
        end
        if (~found & m2$q[2]) begin
            found = 1'b1;
            way = idx[(32'h4 * 2)+:(4)];
        end
        if (~found & m2$q[3]) begin
            found = 1'b1;
            way = idx[(32'h4 * 3)+:(4)];
        end
        pick = way;
        if (rd2$q) begin
            pick = sel2$q;
        end
        if (pick < ways) begin
            bucket = ((b0_2$q) & 20'hfffff);
        end
        else begin
            bucket = ((b1_2$q) & 20'hfffff) | (((1'b1) & 20'hfffff) << log2_buckets);
        end
        slot = (bucket << log2_ways) | (((pick) & 20'hfffff) & (((ways) & 20'hfffff) - 32'h1));
        payloads$clock = clock;
        payloads$raddr = slot;
        w_bucket_bank = ((w_bucket) & 20'hfffff);
        if (w_ram >= ways) begin
            w_bucket_bank = ((w_bucket) & 20'hfffff) | (((1'b1) & 20'hfffff) << log2_buckets);
        end
        pw_en$d = w_en;
        pw_slot$d = (w_bucket_bank << log2_ways) | (((w_ram) & 20'hfffff) & (((ways) & 20'hfffff) - 32'h1));
        pw_data$d = ((w_data >> payload_at) & 45'h1fffffffffff);
        pw2_en$d = pw_en$q;
        pw2_slot$d = pw_slot$q;
        pw2_data$d = pw_data$q;
        payloads$we = pw2_en$q;
        payloads$waddr = pw2_slot$q;
        payloads$wdata = pw2_data$q;
        r_hit$d = found;
        r_slot$d = slot;
        r_full$d = av2$q;
        r_key$d = want2$q;
        if (rd2$q) begin
            r_key$d = tkey2$q;
        end
        hit = r_hit$q;
        hit_slot = r_slot$q;
        full = r_full$q;
        entry = ((r_key$q) & 102'h3fffffffffffffffffffffffff) | (((payloads$rdata) & 102'h3fffffffffffffffffffffffff) << payload_at);
    end
    
endmodule // top$core$path$lookup$services


module top$core$path$lookup$services$av2(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$av2


module top$core$path$lookup$services$b0_1(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$b0_1


module top$core$path$lookup$services$b0_2(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$b0_2


module top$core$path$lookup$services$b1_1(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$b1_1


module top$core$path$lookup$services$b1_2(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$b1_2


module top$core$path$lookup$services$key1(d,q,clock);
    
    // Module arguments
    input wire  [55:0] d;
    output reg  [55:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 56'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$services$key1


module top$core$path$lookup$services$keys$0(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [5:0] waddr;
    input wire  [56:0] wdata;
    input wire  we;
    input wire  [5:0] raddr;
    output reg  [56:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [56:0] mem [0:63];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 63; i = i + 1) mem[i] = 57'd0;
    end
    `endif
    initial rdata = 57'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$lookup$services$keys$0


module top$core$path$lookup$services$keys$1(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [5:0] waddr;
    input wire  [56:0] wdata;
    input wire  we;
    input wire  [5:0] raddr;
    output reg  [56:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [56:0] mem [0:63];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 63; i = i + 1) mem[i] = 57'd0;
    end
    `endif
    initial rdata = 57'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$lookup$services$keys$1


module top$core$path$lookup$services$keys$2(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [5:0] waddr;
    input wire  [56:0] wdata;
    input wire  we;
    input wire  [5:0] raddr;
    output reg  [56:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [56:0] mem [0:63];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 63; i = i + 1) mem[i] = 57'd0;
    end
    `endif
    initial rdata = 57'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$lookup$services$keys$2


module top$core$path$lookup$services$keys$3(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [5:0] waddr;
    input wire  [56:0] wdata;
    input wire  we;
    input wire  [5:0] raddr;
    output reg  [56:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [56:0] mem [0:63];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 63; i = i + 1) mem[i] = 57'd0;
    end
    `endif
    initial rdata = 57'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$lookup$services$keys$3


module top$core$path$lookup$services$m2(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$m2


module top$core$path$lookup$services$payloads(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [19:0] waddr;
    input wire  [44:0] wdata;
    input wire  we;
    input wire  [19:0] raddr;
    output reg  [44:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [44:0] mem [0:255];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 255; i = i + 1) mem[i] = 45'd0;
    end
    `endif
    initial rdata = 45'd0;
    always @(posedge clock) begin
        if (we) mem[waddr[7:0]] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr[7:0]];
    end
endmodule // top$core$path$lookup$services$payloads


module top$core$path$lookup$services$pw2_data(d,q,clock);
    
    // Module arguments
    input wire  [44:0] d;
    output reg  [44:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 45'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$services$pw2_data


module top$core$path$lookup$services$pw2_en(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$pw2_en


module top$core$path$lookup$services$pw2_slot(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$pw2_slot


module top$core$path$lookup$services$pw_data(d,q,clock);
    
    // Module arguments
    input wire  [44:0] d;
    output reg  [44:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 45'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$services$pw_data


module top$core$path$lookup$services$pw_en(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$pw_en


module top$core$path$lookup$services$pw_slot(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$pw_slot


module top$core$path$lookup$services$r_full(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$r_full


module top$core$path$lookup$services$r_hit(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$r_hit


module top$core$path$lookup$services$r_key(d,q,clock);
    
    // Module arguments
    input wire  [56:0] d;
    output reg  [56:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 57'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$services$r_key


module top$core$path$lookup$services$r_slot(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$r_slot


module top$core$path$lookup$services$rd1(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$rd1


module top$core$path$lookup$services$rd2(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$rd2


module top$core$path$lookup$services$sel1(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$sel1


module top$core$path$lookup$services$sel2(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$services$sel2


module top$core$path$lookup$services$tkey2(d,q,clock);
    
    // Module arguments
    input wire  [56:0] d;
    output reg  [56:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 57'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$services$tkey2


module top$core$path$lookup$services$want2(d,q,clock);
    
    // Module arguments
    input wire  [56:0] d;
    output reg  [56:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 57'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$services$want2


module top$core$path$lookup$skey1(d,q,clock);
    
    // Module arguments
    input wire  [55:0] d;
    output reg  [55:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 56'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$lookup$skey1


module top$core$path$lookup$svc_hash(clock,key,hash);
    
    // Module arguments
    input wire  clock;
    input wire  [103:0] key;
    output reg  [31:0] hash;
    
    // Constant declarations
    localparam  masks$0 = 104'h19911ff6ca252c6f38185327de;
    localparam  masks$1 = 104'h32233fec954b58de7030a64ebc;
    localparam  masks$2 = 104'h65477ed82b97b0bce1604c9d78;
    localparam  masks$3 = 104'hca8efcb1572e6179c3c0983af1;
    localparam  masks$4 = 104'h8c8de6956578ee9dbe9962523c;
    localparam  masks$5 = 104'h18bd2dd01d5f054452b9683a6;
    localparam  masks$6 = 104'h1b87ba4cc98ecdc6b24e7f2093;
    localparam  masks$7 = 104'h2e9e6a6f5838b7e25d84ad67f8;
    localparam  masks$8 = 104'h5c3cd5deb0716ec5bb085bcff0;
    localparam  masks$9 = 104'ha0e8b54babc6f0e54f08e5b93f;
    localparam  masks$10 = 104'h584074609ca9cda4a7099954a1;
    localparam  masks$11 = 104'hb181e8c138539b494f1232a942;
    localparam  masks$12 = 104'h7b93ce74bb831afca63d37755b;
    localparam  masks$13 = 104'hefb6821fbc23199775623dcd68;
    localparam  masks$14 = 104'hc6fc1ac8b2631e41d3dd29bd0f;
    localparam  masks$15 = 104'h8cf9359165c63c82a6bb537a1f;
    localparam  masks$16 = 104'h18f26b23cb8c79044d77a7f43e;
    localparam  masks$17 = 104'h31e5d7469618f3089aee4ee97d;
    localparam  masks$18 = 104'h7a5ab07be615ca7e0cc4cef525;
    localparam  masks$19 = 104'hec247f00060fb8922090cecc95;
    localparam  masks$20 = 104'hd948fe000c1f702541219d992b;
    localparam  masks$21 = 104'haa01e3f6d21bcc25ba5b691489;
    localparam  masks$22 = 104'h4d92d91b6f12b4244caf810fcc;
    localparam  masks$23 = 104'h83b5acc014004426a046503846;
    localparam  masks$24 = 104'h1efb4677e325a4237895f35752;
    localparam  masks$25 = 104'h3cf78deec64a4847f02ae7afa4;
    localparam  masks$26 = 104'h607e042b47b0bce1d84c9d7897;
    localparam  masks$27 = 104'hc0fc08578e6179c3b1983af12e;
    localparam  masks$28 = 104'h81f911af1cc2f286633175e25d;
    localparam  masks$29 = 104'h3f2235e3984e50dc763eac4bb;
    localparam  masks$30 = 104'h6e447bd7209cb1b8ec6d48977;
    localparam  masks$31 = 104'hcc88f7be51296371c8ca913ef;
    localparam  constant = 32'hbc5ba5e4;
    
    // Stub signals
    reg  [31:0] out$d;
    wire  [31:0] out$q;
    reg  out$clock;
    
    // Local signals
    reg  [103:0] mask;
    reg  [31:0] h;
    
    // Sub module instances
    top$core$path$lookup$svc_hash$out out(
        .d(out$d),
        .q(out$q),
        .clock(out$clock)
    );
    
    // Update code
    always @(*) begin
        out$clock = clock;
        out$d = out$q;
        h = constant;
        mask = masks$0;
        h = (h & ~(1 << (0)) | ((^(key & mask) ^ constant[0]) << (0)));
        mask = masks$1;
        h = (h & ~(1 << (1)) | ((^(key & mask) ^ constant[1]) << (1)));
        mask = masks$2;
        h = (h & ~(1 << (2)) | ((^(key & mask) ^ constant[2]) << (2)));
        mask = masks$3;
        h = (h & ~(1 << (3)) | ((^(key & mask) ^ constant[3]) << (3)));
        mask = masks$4;
        h = (h & ~(1 << (4)) | ((^(key & mask) ^ constant[4]) << (4)));
        mask = masks$5;
        h = (h & ~(1 << (5)) | ((^(key & mask) ^ constant[5]) << (5)));
        mask = masks$6;
        h = (h & ~(1 << (6)) | ((^(key & mask) ^ constant[6]) << (6)));
        mask = masks$7;
        h = (h & ~(1 << (7)) | ((^(key & mask) ^ constant[7]) << (7)));
        mask = masks$8;
        h = (h & ~(1 << (8)) | ((^(key & mask) ^ constant[8]) << (8)));
        mask = masks$9;
        h = (h & ~(1 << (9)) | ((^(key & mask) ^ constant[9]) << (9)));
        mask = masks$10;
        h = (h & ~(1 << (10)) | ((^(key & mask) ^ constant[10]) << (10)));
        mask = masks$11;
        h = (h & ~(1 << (11)) | ((^(key & mask) ^ constant[11]) << (11)));
        mask = masks$12;
        h = (h & ~(1 << (12)) | ((^(key & mask) ^ constant[12]) << (12)));
        mask = masks$13;
        h = (h & ~(1 << (13)) | ((^(key & mask) ^ constant[13]) << (13)));
        mask = masks$14;
        h = (h & ~(1 << (14)) | ((^(key & mask) ^ constant[14]) << (14)));
        mask = masks$15;
        h = (h & ~(1 << (15)) | ((^(key & mask) ^ constant[15]) << (15)));
        mask = masks$16;
        h = (h & ~(1 << (16)) | ((^(key & mask) ^ constant[16]) << (16)));
        mask = masks$17;
        h = (h & ~(1 << (17)) | ((^(key & mask) ^ constant[17]) << (17)));
        mask = masks$18;
        h = (h & ~(1 << (18)) | ((^(key & mask) ^ constant[18]) << (18)));
        mask = masks$19;
        h = (h & ~(1 << (19)) | ((^(key & mask) ^ constant[19]) << (19)));
        mask = masks$20;
        h = (h & ~(1 << (20)) | ((^(key & mask) ^ constant[20]) << (20)));
        mask = masks$21;
        h = (h & ~(1 << (21)) | ((^(key & mask) ^ constant[21]) << (21)));
        mask = masks$22;
        h = (h & ~(1 << (22)) | ((^(key & mask) ^ constant[22]) << (22)));
        mask = masks$23;
        h = (h & ~(1 << (23)) | ((^(key & mask) ^ constant[23]) << (23)));
        mask = masks$24;
        h = (h & ~(1 << (24)) | ((^(key & mask) ^ constant[24]) << (24)));
        mask = masks$25;
        h = (h & ~(1 << (25)) | ((^(key & mask) ^ constant[25]) << (25)));
        mask = masks$26;
        h = (h & ~(1 << (26)) | ((^(key & mask) ^ constant[26]) << (26)));
        mask = masks$27;
        h = (h & ~(1 << (27)) | ((^(key & mask) ^ constant[27]) << (27)));
        mask = masks$28;
        h = (h & ~(1 << (28)) | ((^(key & mask) ^ constant[28]) << (28)));
        mask = masks$29;
        h = (h & ~(1 << (29)) | ((^(key & mask) ^ constant[29]) << (29)));
        mask = masks$30;
        h = (h & ~(1 << (30)) | ((^(key & mask) ^ constant[30]) << (30)));
        mask = masks$31;
        h = (h & ~(1 << (31)) | ((^(key & mask) ^ constant[31]) << (31)));
        out$d = h;
        hash = out$q;
    end
    
endmodule // top$core$path$lookup$svc_hash


module top$core$path$lookup$svc_hash$out(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$svc_hash$out


module top$core$path$lookup$valid_d(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  d;
    output reg  q;
    
    // Stub signals
    reg  regs$0$d;
    wire  regs$0$q;
    reg  regs$0$clock;
    reg  regs$1$d;
    wire  regs$1$q;
    reg  regs$1$clock;
    reg  regs$2$d;
    wire  regs$2$q;
    reg  regs$2$clock;
    reg  regs$3$d;
    wire  regs$3$q;
    reg  regs$3$clock;
    
    // Sub module instances
    top$core$path$lookup$valid_d$regs$0 regs$0(
        .d(regs$0$d),
        .q(regs$0$q),
        .clock(regs$0$clock)
    );
    top$core$path$lookup$valid_d$regs$1 regs$1(
        .d(regs$1$d),
        .q(regs$1$q),
        .clock(regs$1$clock)
    );
    top$core$path$lookup$valid_d$regs$2 regs$2(
        .d(regs$2$d),
        .q(regs$2$q),
        .clock(regs$2$clock)
    );
    top$core$path$lookup$valid_d$regs$3 regs$3(
        .d(regs$3$d),
        .q(regs$3$q),
        .clock(regs$3$clock)
    );
    
    // Update code
    always @(*) begin
        regs$0$clock = clock;
        regs$1$clock = clock;
        regs$2$clock = clock;
        regs$3$clock = clock;
        regs$0$d = d;
        regs$1$d = regs$0$q;
        regs$2$d = regs$1$q;
        regs$3$d = regs$2$q;
        q = regs$0$q;
        q = regs$1$q;
        q = regs$2$q;
        q = regs$3$q;
    end
    
endmodule // top$core$path$lookup$valid_d


module top$core$path$lookup$valid_d$regs$0(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$valid_d$regs$0


module top$core$path$lookup$valid_d$regs$1(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$valid_d$regs$1


module top$core$path$lookup$valid_d$regs$2(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$valid_d$regs$2


module top$core$path$lookup$valid_d$regs$3(d,q,clock);
    
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
          
endmodule // top$core$path$lookup$valid_d$regs$3


module top$core$path$maglev(clock,i_meta,i_valid,i_carry,i_flow_action,i_tok_data,o_meta,o_valid,o_carry,o_rs_ok,o_action,o_nexthop,o_tok_data,mw_en,mw_addr,mw_data,rw_en,rw_addr,rw_data,nw_en,nw_addr,nw_data);
    
    // Module arguments
    input wire  clock;
    input wire  [301:0] i_meta;
    input wire  i_valid;
    input wire  [156:0] i_carry;
    input wire  [147:0] i_flow_action;
    input wire  [255:0] i_tok_data;
    output reg  [301:0] o_meta;
    output reg  o_valid;
    output reg  [156:0] o_carry;
    output reg  o_rs_ok;
    output reg  [147:0] o_action;
    output reg  [111:0] o_nexthop;
    output reg  [255:0] o_tok_data;
    input wire  mw_en;
    input wire  [11:0] mw_addr;
    input wire  [15:0] mw_data;
    input wire  rw_en;
    input wire  [7:0] rw_addr;
    input wire  [147:0] rw_data;
    input wire  nw_en;
    input wire  [7:0] nw_addr;
    input wire  [111:0] nw_data;
    
    // Constant declarations
    localparam  t_maglev = 4'h3;
    localparam  t_rs = 4'h4;
    localparam  t_nh = 4'h5;
    
    // Stub signals
    reg  maglev$clock;
    reg  [11:0] maglev$waddr;
    reg  [15:0] maglev$wdata;
    reg  maglev$we;
    reg  [11:0] maglev$raddr;
    wire  [15:0] maglev$rdata;
    reg  servers$clock;
    reg  [7:0] servers$waddr;
    reg  [147:0] servers$wdata;
    reg  servers$we;
    reg  [7:0] servers$raddr;
    wire  [147:0] servers$rdata;
    reg  nexthops$clock;
    reg  [7:0] nexthops$waddr;
    reg  [111:0] nexthops$wdata;
    reg  nexthops$we;
    reg  [7:0] nexthops$raddr;
    wire  [111:0] nexthops$rdata;
    reg  meta_d$clock;
    reg  [301:0] meta_d$d;
    wire  [301:0] meta_d$q;
    reg  valid_d$clock;
    reg  valid_d$d;
    wire  valid_d$q;
    reg  carry3$clock;
    reg  [156:0] carry3$d;
    wire  [156:0] carry3$q;
    reg  carry4$clock;
    reg  [156:0] carry4$d;
    wire  [156:0] carry4$q;
    reg  faction_d$clock;
    reg  [147:0] faction_d$d;
    wire  [147:0] faction_d$q;
    reg  tok_d$clock;
    reg  [255:0] tok_d$d;
    wire  [255:0] tok_d$q;
    reg  [15:0] mtok3$d;
    wire  [15:0] mtok3$q;
    reg  mtok3$clock;
    reg  mtok_on3$d;
    wire  mtok_on3$q;
    reg  mtok_on3$clock;
    reg  [255:0] tok4$d;
    wire  [255:0] tok4$q;
    reg  tok4$clock;
    reg  [24:0] tf1$d;
    wire  [24:0] tf1$q;
    reg  tf1$clock;
    reg  [24:0] tf2$d;
    wire  [24:0] tf2$q;
    reg  tf2$clock;
    reg  [24:0] tf3$d;
    wire  [24:0] tf3$q;
    reg  tf3$clock;
    reg  [31:0] p_lo$d;
    wire  [31:0] p_lo$q;
    reg  p_lo$clock;
    reg  [31:0] p_hi$d;
    wire  [31:0] p_hi$q;
    reg  p_hi$clock;
    reg  [31:0] p_carry$d;
    wire  [31:0] p_carry$q;
    reg  p_carry$clock;
    reg  [16:0] base1$d;
    wire  [16:0] base1$q;
    reg  base1$clock;
    reg  mslot_ok2$d;
    wire  mslot_ok2$q;
    reg  mslot_ok2$clock;
    reg  rs_ok4$d;
    wire  rs_ok4$q;
    reg  rs_ok4$clock;
    reg  rs_valid3$d;
    wire  rs_valid3$q;
    reg  rs_valid3$clock;
    reg  [147:0] action4$d;
    wire  [147:0] action4$q;
    reg  action4$clock;
    
    // Local signals
    reg  [156:0] c0;
    reg  [24:0] tf0;
    reg  [255:0] tok3;
    reg  [301:0] m4;
    reg  [156:0] c3;
    reg  [101:0] svc0;
    reg  [31:0] hash0;
    reg  [15:0] hash_lo;
    reg  [15:0] hash_hi;
    reg  [15:0] size_lo;
    reg  [49:0] prod;
    reg  [16:0] slot;
    reg  [15:0] mentry;
    reg  [147:0] rentry;
    reg  [147:0] action;
    reg  flow_hit3;
    
    // Sub module instances
    top$core$path$maglev$maglev maglev(
        .clock(maglev$clock),
        .waddr(maglev$waddr),
        .wdata(maglev$wdata),
        .we(maglev$we),
        .raddr(maglev$raddr),
        .rdata(maglev$rdata)
    );
    top$core$path$maglev$servers servers(
        .clock(servers$clock),
        .waddr(servers$waddr),
        .wdata(servers$wdata),
        .we(servers$we),
        .raddr(servers$raddr),
        .rdata(servers$rdata)
    );
    top$core$path$maglev$nexthops nexthops(
        .clock(nexthops$clock),
        .waddr(nexthops$waddr),
        .wdata(nexthops$wdata),
        .we(nexthops$we),
        .raddr(nexthops$raddr),
        .rdata(nexthops$rdata)
    );
    top$core$path$maglev$meta_d meta_d(
        .clock(meta_d$clock),
        .d(meta_d$d),
        .q(meta_d$q)
    );
    top$core$path$maglev$valid_d valid_d(
        .clock(valid_d$clock),
        .d(valid_d$d),
        .q(valid_d$q)
    );
    top$core$path$maglev$carry3 carry3(
        .clock(carry3$clock),
        .d(carry3$d),
        .q(carry3$q)
    );
    top$core$path$maglev$carry4 carry4(
        .clock(carry4$clock),
        .d(carry4$d),
        .q(carry4$q)
    );
    top$core$path$maglev$faction_d faction_d(
        .clock(faction_d$clock),
        .d(faction_d$d),
        .q(faction_d$q)
    );
    top$core$path$maglev$tok_d tok_d(
        .clock(tok_d$clock),
        .d(tok_d$d),
        .q(tok_d$q)
    );
    top$core$path$maglev$mtok3 mtok3(
        .d(mtok3$d),
        .q(mtok3$q),
        .clock(mtok3$clock)
    );
    top$core$path$maglev$mtok_on3 mtok_on3(
        .d(mtok_on3$d),
        .q(mtok_on3$q),
        .clock(mtok_on3$clock)
    );
    top$core$path$maglev$tok4 tok4(
        .d(tok4$d),
        .q(tok4$q),
        .clock(tok4$clock)
    );
    top$core$path$maglev$tf1 tf1(
        .d(tf1$d),
        .q(tf1$q),
        .clock(tf1$clock)
    );
    top$core$path$maglev$tf2 tf2(
        .d(tf2$d),
        .q(tf2$q),
        .clock(tf2$clock)
    );
    top$core$path$maglev$tf3 tf3(
        .d(tf3$d),
        .q(tf3$q),
        .clock(tf3$clock)
    );
    top$core$path$maglev$p_lo p_lo(
        .d(p_lo$d),
        .q(p_lo$q),
        .clock(p_lo$clock)
    );
    top$core$path$maglev$p_hi p_hi(
        .d(p_hi$d),
        .q(p_hi$q),
        .clock(p_hi$clock)
    );
    top$core$path$maglev$p_carry p_carry(
        .d(p_carry$d),
        .q(p_carry$q),
        .clock(p_carry$clock)
    );
    top$core$path$maglev$base1 base1(
        .d(base1$d),
        .q(base1$q),
        .clock(base1$clock)
    );
    top$core$path$maglev$mslot_ok2 mslot_ok2(
        .d(mslot_ok2$d),
        .q(mslot_ok2$q),
        .clock(mslot_ok2$clock)
    );
    top$core$path$maglev$rs_ok4 rs_ok4(
        .d(rs_ok4$d),
        .q(rs_ok4$q),
        .clock(rs_ok4$clock)
    );
    top$core$path$maglev$rs_valid3 rs_valid3(
        .d(rs_valid3$d),
        .q(rs_valid3$q),
        .clock(rs_valid3$clock)
    );
    top$core$path$maglev$action4 action4(
        .d(action4$d),
        .q(action4$q),
        .clock(action4$clock)
    );
    
    // Update code
    always @(*) begin
        mtok3$clock = clock;
        mtok_on3$clock = clock;
        tok4$clock = clock;
        tf1$clock = clock;
        tf2$clock = clock;
        tf3$clock = clock;
        p_lo$clock = clock;
        p_hi$clock = clock;
        p_carry$clock = clock;
        base1$clock = clock;
        mslot_ok2$clock = clock;
        rs_ok4$clock = clock;
        rs_valid3$clock = clock;
        action4$clock = clock;
        mtok3$d = mtok3$q;
        mtok_on3$d = mtok_on3$q;
        tok4$d = tok4$q;
        tf1$d = tf1$q;
        tf2$d = tf2$q;
        tf3$d = tf3$q;
        p_lo$d = p_lo$q;
        p_hi$d = p_hi$q;
        p_carry$d = p_carry$q;
        base1$d = base1$q;
        mslot_ok2$d = mslot_ok2$q;
        rs_ok4$d = rs_ok4$q;
        rs_valid3$d = rs_valid3$q;
        action4$d = action4$q;
        maglev$clock = clock;
        servers$clock = clock;
        nexthops$clock = clock;
        meta_d$clock = clock;
        tok_d$clock = clock;
        valid_d$clock = clock;
        carry3$clock = clock;
        carry4$clock = clock;
        faction_d$clock = clock;
        meta_d$d = i_meta;
        tf0 = ((i_meta[(64'h115)+:(1)]) & 25'h1ffffff) | (((i_meta[(64'h116)+:(4)]) & 25'h1ffffff) << 32'h1) | (((i_meta[(64'h11a)+:(20)]) & 25'h1ffffff) << 32'h5);
        tf1$d = tf0;
        tf2$d = tf1$q;
        tf3$d = tf2$q;
        valid_d$d = i_valid;
        carry3$d = i_carry;
        carry4$d = carry3$q;
        faction_d$d = i_flow_action;
        tok_d$d = i_tok_data;
        mtok_on3$d = 1'b0;
        mtok3$d = 32'h0;
        c0 = i_carry;
        svc0 = c0[(64'h37)+:(102)];
        hash0 = c0[(64'h0)+:(32)];
        hash_lo = hash0[(32'h0)+:(16)];
        hash_hi = hash0[(32'h10)+:(16)];
        size_lo = svc0[(32'h55)+:(16)];
        p_lo$d = hash_lo * size_lo;
        p_hi$d = hash_hi * size_lo;
        p_carry$d = 32'h0;
        if (svc0[32'h65]) begin
            p_carry$d = hash0;
        end
        base1$d = svc0[(32'h44)+:(17)];
        prod = ((p_lo$q) & 50'h3ffffffffffff) + (((p_hi$q) & 50'h3ffffffffffff) << 32'h10) + (((p_carry$q) & 50'h3ffffffffffff) << 32'h10);
        slot = base1$q + ((prod >> 32'h20) & 17'h1ffff);
        maglev$raddr = ((slot) & 12'hfff);
        if (tf1$q[32'h0] & (tf1$q[(32'h1)+:(4)] == t_maglev)) begin
            maglev$raddr = ((tf1$q[(32'h5)+:(20)]) & 12'hfff);
        end
        mentry = maglev$rdata;
        servers$raddr = ((mentry & 32'hfff) & 8'hff);
        if (tf2$q[32'h0] & (tf2$q[(32'h1)+:(4)] == t_rs)) begin
            servers$raddr = ((tf2$q[(32'h5)+:(20)]) & 8'hff);
        end
        mslot_ok2$d = mentry[32'hf];
        if (tf2$q[32'h0] & (tf2$q[(32'h1)+:(4)] == t_maglev)) begin
            mtok_on3$d = 1'b1;
            mtok3$d = mentry;
        end
        tok3 = tok_d$q;
        if (mtok_on3$q) begin
            tok3 = ((mtok3$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        end
        tok4$d = tok3;
        c3 = carry3$q;
        flow_hit3 = c3[(64'h20)+:(1)];
        rentry = servers$rdata;
        rs_valid3$d = mslot_ok2$q;
        action = rentry;
        if (flow_hit3) begin
            action = faction_d$q;
        end
        nexthops$raddr = ((action >> 32'h4) & 8'hff);
        if (tf3$q[32'h0] & (tf3$q[(32'h1)+:(4)] == t_nh)) begin
            nexthops$raddr = ((tf3$q[(32'h5)+:(20)]) & 8'hff);
        end
        if (tf3$q[32'h0] & (tf3$q[(32'h1)+:(4)] == t_rs)) begin
            tok4$d = ((rentry) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        end
        action4$d = action;
        rs_ok4$d = mslot_ok2$q & rentry[32'h0];
        m4 = meta_d$q;
        o_meta = m4;
        o_valid = valid_d$q;
        o_carry = carry4$q;
        o_rs_ok = rs_ok4$q;
        o_action = action4$q;
        o_nexthop = nexthops$rdata;
        o_tok_data = tok4$q;
        if (m4[(64'h115)+:(1)] & (m4[(64'h116)+:(4)] == t_nh)) begin
            o_tok_data = ((nexthops$rdata) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        end
        maglev$waddr = mw_addr;
        maglev$wdata = mw_data;
        maglev$we = mw_en;
        servers$waddr = rw_addr;
        servers$wdata = rw_data;
        servers$we = rw_en;
        nexthops$waddr = nw_addr;
        nexthops$wdata = nw_data;
        nexthops$we = nw_en;
    end
    
endmodule // top$core$path$maglev


module top$core$path$maglev$action4(d,q,clock);
    
    // Module arguments
    input wire  [147:0] d;
    output reg  [147:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 148'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$maglev$action4


module top$core$path$maglev$base1(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$maglev$base1


module top$core$path$maglev$carry3(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  [156:0] d;
    output reg  [156:0] q;
    
    // Constant declarations
    localparam  behind = 4'h2;
    
    // Stub signals
    reg  ring$clock;
    reg  [3:0] ring$waddr;
    reg  [156:0] ring$wdata;
    reg  ring$we;
    reg  [3:0] ring$raddr;
    wire  [156:0] ring$rdata;
    reg  [3:0] wp$d;
    wire  [3:0] wp$q;
    reg  wp$clock;
    
    // Sub module instances
    top$core$path$maglev$carry3$ring ring(
        .clock(ring$clock),
        .waddr(ring$waddr),
        .wdata(ring$wdata),
        .we(ring$we),
        .raddr(ring$raddr),
        .rdata(ring$rdata)
    );
    top$core$path$maglev$carry3$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        wp$d = wp$q;
        ring$clock = clock;
        ring$waddr = wp$q;
        ring$wdata = d;
        ring$we = 1'b1;
        wp$d = wp$q + 32'h1;
        ring$raddr = wp$q - behind;
        q = ring$rdata;
    end
    
endmodule // top$core$path$maglev$carry3


module top$core$path$maglev$carry3$ring(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] waddr;
    input wire  [156:0] wdata;
    input wire  we;
    input wire  [3:0] raddr;
    output reg  [156:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [156:0] mem [0:15];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 157'd0;
    end
    `endif
    initial rdata = 157'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$maglev$carry3$ring


module top$core$path$maglev$carry3$wp(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$carry3$wp


module top$core$path$maglev$carry4(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  [156:0] d;
    output reg  [156:0] q;
    
    // Stub signals
    reg  [156:0] regs$0$d;
    wire  [156:0] regs$0$q;
    reg  regs$0$clock;
    
    // Sub module instances
    top$core$path$maglev$carry4$regs$0 regs$0(
        .d(regs$0$d),
        .q(regs$0$q),
        .clock(regs$0$clock)
    );
    
    // Update code
    always @(*) begin
        regs$0$clock = clock;
        regs$0$d = d;
        q = regs$0$q;
    end
    
endmodule // top$core$path$maglev$carry4


module top$core$path$maglev$carry4$regs$0(d,q,clock);
    
    // Module arguments
    input wire  [156:0] d;
    output reg  [156:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 157'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$maglev$carry4$regs$0


module top$core$path$maglev$faction_d(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  [147:0] d;
    output reg  [147:0] q;
    
    // Constant declarations
    localparam  behind = 4'h2;
    
    // Stub signals
    reg  ring$clock;
    reg  [3:0] ring$waddr;
    reg  [147:0] ring$wdata;
    reg  ring$we;
    reg  [3:0] ring$raddr;
    wire  [147:0] ring$rdata;
    reg  [3:0] wp$d;
    wire  [3:0] wp$q;
    reg  wp$clock;
    
    // Sub module instances
    top$core$path$maglev$faction_d$ring ring(
        .clock(ring$clock),
        .waddr(ring$waddr),
        .wdata(ring$wdata),
        .we(ring$we),
        .raddr(ring$raddr),
        .rdata(ring$rdata)
    );
    top$core$path$maglev$faction_d$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        wp$d = wp$q;
        ring$clock = clock;
        ring$waddr = wp$q;
        ring$wdata = d;
        ring$we = 1'b1;
        wp$d = wp$q + 32'h1;
        ring$raddr = wp$q - behind;
        q = ring$rdata;
    end
    
endmodule // top$core$path$maglev$faction_d


module top$core$path$maglev$faction_d$ring(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] waddr;
    input wire  [147:0] wdata;
    input wire  we;
    input wire  [3:0] raddr;
    output reg  [147:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [147:0] mem [0:15];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 148'd0;
    end
    `endif
    initial rdata = 148'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$maglev$faction_d$ring


module top$core$path$maglev$faction_d$wp(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$faction_d$wp


module top$core$path$maglev$maglev(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] waddr;
    input wire  [15:0] wdata;
    input wire  we;
    input wire  [11:0] raddr;
    output reg  [15:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:4095];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 4095; i = i + 1) mem[i] = 16'd0;
    end
    `endif
    initial rdata = 16'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$maglev$maglev


module top$core$path$maglev$meta_d(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  [301:0] d;
    output reg  [301:0] q;
    
    // Constant declarations
    localparam  behind = 4'h3;
    
    // Stub signals
    reg  ring$clock;
    reg  [3:0] ring$waddr;
    reg  [301:0] ring$wdata;
    reg  ring$we;
    reg  [3:0] ring$raddr;
    wire  [301:0] ring$rdata;
    reg  [3:0] wp$d;
    wire  [3:0] wp$q;
    reg  wp$clock;
    
    // Sub module instances
    top$core$path$maglev$meta_d$ring ring(
        .clock(ring$clock),
        .waddr(ring$waddr),
        .wdata(ring$wdata),
        .we(ring$we),
        .raddr(ring$raddr),
        .rdata(ring$rdata)
    );
    top$core$path$maglev$meta_d$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        wp$d = wp$q;
        ring$clock = clock;
        ring$waddr = wp$q;
        ring$wdata = d;
        ring$we = 1'b1;
        wp$d = wp$q + 32'h1;
        ring$raddr = wp$q - behind;
        q = ring$rdata;
    end
    
endmodule // top$core$path$maglev$meta_d


module top$core$path$maglev$meta_d$ring(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] waddr;
    input wire  [301:0] wdata;
    input wire  we;
    input wire  [3:0] raddr;
    output reg  [301:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [301:0] mem [0:15];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 302'd0;
    end
    `endif
    initial rdata = 302'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$maglev$meta_d$ring


module top$core$path$maglev$meta_d$wp(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$meta_d$wp


module top$core$path$maglev$mslot_ok2(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$mslot_ok2


module top$core$path$maglev$mtok3(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$mtok3


module top$core$path$maglev$mtok_on3(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$mtok_on3


module top$core$path$maglev$nexthops(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] waddr;
    input wire  [111:0] wdata;
    input wire  we;
    input wire  [7:0] raddr;
    output reg  [111:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [111:0] mem [0:255];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 255; i = i + 1) mem[i] = 112'd0;
    end
    `endif
    initial rdata = 112'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$maglev$nexthops


module top$core$path$maglev$p_carry(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$p_carry


module top$core$path$maglev$p_hi(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$p_hi


module top$core$path$maglev$p_lo(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$p_lo


module top$core$path$maglev$rs_ok4(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$rs_ok4


module top$core$path$maglev$rs_valid3(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$rs_valid3


module top$core$path$maglev$servers(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] waddr;
    input wire  [147:0] wdata;
    input wire  we;
    input wire  [7:0] raddr;
    output reg  [147:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [147:0] mem [0:255];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 255; i = i + 1) mem[i] = 148'd0;
    end
    `endif
    initial rdata = 148'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$maglev$servers


module top$core$path$maglev$tf1(d,q,clock);
    
    // Module arguments
    input wire  [24:0] d;
    output reg  [24:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 25'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$maglev$tf1


module top$core$path$maglev$tf2(d,q,clock);
    
    // Module arguments
    input wire  [24:0] d;
    output reg  [24:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 25'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$maglev$tf2


module top$core$path$maglev$tf3(d,q,clock);
    
    // Module arguments
    input wire  [24:0] d;
    output reg  [24:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 25'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$maglev$tf3


module top$core$path$maglev$tok4(d,q,clock);
    
    // Module arguments
    input wire  [255:0] d;
    output reg  [255:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 256'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$maglev$tok4


module top$core$path$maglev$tok_d(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  [255:0] d;
    output reg  [255:0] q;
    
    // Constant declarations
    localparam  behind = 4'h2;
    
    // Stub signals
    reg  ring$clock;
    reg  [3:0] ring$waddr;
    reg  [255:0] ring$wdata;
    reg  ring$we;
    reg  [3:0] ring$raddr;
    wire  [255:0] ring$rdata;
    reg  [3:0] wp$d;
    wire  [3:0] wp$q;
    reg  wp$clock;
    
    // Sub module instances
    top$core$path$maglev$tok_d$ring ring(
        .clock(ring$clock),
        .waddr(ring$waddr),
        .wdata(ring$wdata),
        .we(ring$we),
        .raddr(ring$raddr),
        .rdata(ring$rdata)
    );
    top$core$path$maglev$tok_d$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        wp$d = wp$q;
        ring$clock = clock;
        ring$waddr = wp$q;
        ring$wdata = d;
        ring$we = 1'b1;
        wp$d = wp$q + 32'h1;
        ring$raddr = wp$q - behind;
        q = ring$rdata;
    end
    
endmodule // top$core$path$maglev$tok_d


module top$core$path$maglev$tok_d$ring(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] waddr;
    input wire  [255:0] wdata;
    input wire  we;
    input wire  [3:0] raddr;
    output reg  [255:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [255:0] mem [0:15];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 256'd0;
    end
    `endif
    initial rdata = 256'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$path$maglev$tok_d$ring


module top$core$path$maglev$tok_d$wp(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$tok_d$wp


module top$core$path$maglev$valid_d(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  d;
    output reg  q;
    
    // Stub signals
    reg  regs$0$d;
    wire  regs$0$q;
    reg  regs$0$clock;
    reg  regs$1$d;
    wire  regs$1$q;
    reg  regs$1$clock;
    reg  regs$2$d;
    wire  regs$2$q;
    reg  regs$2$clock;
    reg  regs$3$d;
    wire  regs$3$q;
    reg  regs$3$clock;
    
    // Sub module instances
    top$core$path$maglev$valid_d$regs$0 regs$0(
        .d(regs$0$d),
        .q(regs$0$q),
        .clock(regs$0$clock)
    );
    top$core$path$maglev$valid_d$regs$1 regs$1(
        .d(regs$1$d),
        .q(regs$1$q),
        .clock(regs$1$clock)
    );
    top$core$path$maglev$valid_d$regs$2 regs$2(
        .d(regs$2$d),
        .q(regs$2$q),
        .clock(regs$2$clock)
    );
    top$core$path$maglev$valid_d$regs$3 regs$3(
        .d(regs$3$d),
        .q(regs$3$q),
        .clock(regs$3$clock)
    );
    
    // Update code
    always @(*) begin
        regs$0$clock = clock;
        regs$1$clock = clock;
        regs$2$clock = clock;
        regs$3$clock = clock;
        regs$0$d = d;
        regs$1$d = regs$0$q;
        regs$2$d = regs$1$q;
        regs$3$d = regs$2$q;
        q = regs$0$q;
        q = regs$1$q;
        q = regs$2$q;
        q = regs$3$q;
    end
    
endmodule // top$core$path$maglev$valid_d


module top$core$path$maglev$valid_d$regs$0(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$valid_d$regs$0


module top$core$path$maglev$valid_d$regs$1(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$valid_d$regs$1


module top$core$path$maglev$valid_d$regs$2(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$valid_d$regs$2


module top$core$path$maglev$valid_d$regs$3(d,q,clock);
    
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
          
endmodule // top$core$path$maglev$valid_d$regs$3


module top$core$path$parse(clock,i_hdr,i_valid,o_meta,o_valid);
    
    // Module arguments
    input wire  clock;
    input wire  [522:0] i_hdr;
    input wire  i_valid;
    output reg  [301:0] o_meta;
    output reg  o_valid;
    
    // Constant declarations
    localparam  k_continue = 2'b0;
    localparam  k_exception = 2'b1;
    localparam  k_drop = 2'b10;
    localparam  r_runt = 4'h5;
    localparam  r_malformed = 4'h9;
    localparam  r_unsupported = 4'hc;
    localparam  r_arp = 4'h4;
    localparam  r_options = 4'h6;
    localparam  r_bad_csum = 4'h2;
    localparam  r_fragment = 4'h7;
    localparam  r_icmp = 4'h5;
    
    // Stub signals
    reg  [319:0] s_rev$d;
    wire  [319:0] s_rev$q;
    reg  s_rev$clock;
    reg  [19:0] s_sum$d;
    wire  [19:0] s_sum$q;
    reg  s_sum$clock;
    reg  [6:0] s_hlen$d;
    wire  [6:0] s_hlen$q;
    reg  s_hlen$clock;
    reg  s_whole$d;
    wire  s_whole$q;
    reg  s_whole$clock;
    reg  [1:0] s_port$d;
    wire  [1:0] s_port$q;
    reg  s_port$clock;
    reg  s_verbatim$d;
    wire  s_verbatim$q;
    reg  s_verbatim$clock;
    reg  s_valid$d;
    wire  s_valid$q;
    reg  s_valid$clock;
    reg  s_tagged$d;
    wire  s_tagged$q;
    reg  s_tagged$clock;
    reg  s_qinq$d;
    wire  s_qinq$q;
    reg  s_qinq$clock;
    reg  [15:0] s_etype$d;
    wire  [15:0] s_etype$q;
    reg  s_etype$clock;
    reg  [301:0] out$d;
    wire  [301:0] out$q;
    reg  out$clock;
    reg  valid$d;
    wire  valid$q;
    reg  valid$clock;
    
    // Local signals
    reg  [511:0] hdr;
    reg  [6:0] hlen;
    reg  [15:0] outer_type;
    reg  [15:0] inner_type;
    reg  [15:0] etype;
    reg  is_tagged;
    reg  [6:0] l3;
    reg  [319:0] win;
    reg  [319:0] rev;
    reg  [31:0] wword;
    reg  [31:0] wswap;
    reg  [319:0] hdr_rev;
    reg  [19:0] pair0;
    reg  [19:0] pair1;
    reg  [19:0] pair2;
    reg  [19:0] pair3;
    reg  [19:0] pair4;
    reg  [19:0] quad0;
    reg  [19:0] quad1;
    reg  [7:0] ver_ihl;
    reg  [15:0] ihl4;
    reg  [15:0] total_len;
    reg  [15:0] frag;
    reg  [7:0] proto;
    reg  [7:0] doff;
    reg  is_tcp;
    reg  [15:0] l4_min;
    reg  [19:0] sum;
    reg  [19:0] fold1;
    reg  [19:0] fold2;
    reg  [1:0] kind;
    reg  [3:0] reason;
    reg  sane;
    
    // Sub module instances
    top$core$path$parse$s_rev s_rev(
        .d(s_rev$d),
        .q(s_rev$q),
        .clock(s_rev$clock)
    );
    top$core$path$parse$s_sum s_sum(
        .d(s_sum$d),
        .q(s_sum$q),
        .clock(s_sum$clock)
    );
    top$core$path$parse$s_hlen s_hlen(
        .d(s_hlen$d),
        .q(s_hlen$q),
        .clock(s_hlen$clock)
    );
    top$core$path$parse$s_whole s_whole(
        .d(s_whole$d),
        .q(s_whole$q),
        .clock(s_whole$clock)
    );
    top$core$path$parse$s_port s_port(
        .d(s_port$d),
        .q(s_port$q),
        .clock(s_port$clock)
    );
    top$core$path$parse$s_verbatim s_verbatim(
        .d(s_verbatim$d),
        .q(s_verbatim$q),
        .clock(s_verbatim$clock)
    );
    top$core$path$parse$s_valid s_valid(
        .d(s_valid$d),
        .q(s_valid$q),
        .clock(s_valid$clock)
    );
    top$core$path$parse$s_tagged s_tagged(
        .d(s_tagged$d),
        .q(s_tagged$q),
        .clock(s_tagged$clock)
    );
    top$core$path$parse$s_qinq s_qinq(
        .d(s_qinq$d),
        .q(s_qinq$q),
        .clock(s_qinq$clock)
    );
    top$core$path$parse$s_etype s_etype(
        .d(s_etype$d),
        .q(s_etype$q),
        .clock(s_etype$clock)
    );
    top$core$path$parse$out out(
        .d(out$d),
        .q(out$q),
        .clock(out$clock)
    );
    top$core$path$parse$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    
    // Update code
    always @(*) begin
        s_rev$clock = clock;
        s_sum$clock = clock;
        s_hlen$clock = clock;
        s_whole$clock = clock;
        s_port$clock = clock;
        s_verbatim$clock = clock;
        s_valid$clock = clock;
        s_tagged$clock = clock;
        s_qinq$clock = clock;
        s_etype$clock = clock;
        out$clock = clock;
        valid$clock = clock;
        s_rev$d = s_rev$q;
        s_sum$d = s_sum$q;
        s_hlen$d = s_hlen$q;
        s_whole$d = s_whole$q;
        s_port$d = s_port$q;
        s_verbatim$d = s_verbatim$q;
        s_valid$d = s_valid$q;
        s_tagged$d = s_tagged$q;
        s_qinq$d = s_qinq$q;
        s_etype$d = s_etype$q;
        out$d = out$q;
        valid$d = valid$q;
        hdr = i_hdr[(64'h0)+:(512)];
        outer_type = (((hdr[(32'h60)+:(8)]) & 16'hffff) << 32'h8) | ((hdr[(32'h68)+:(8)]) & 16'hffff);
        inner_type = (((hdr[(32'h80)+:(8)]) & 16'hffff) << 32'h8) | ((hdr[(32'h88)+:(8)]) & 16'hffff);
        is_tagged = outer_type == 32'h8100;
        if (is_tagged) begin
            etype = inner_type;
            win = hdr[(32'h90)+:(320)];
        end
        else begin
            etype = outer_type;
            win = hdr[(32'h70)+:(320)];
        end
        hdr_rev = 32'h0;
        wword = win[(32'h20 * 0)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        hdr_rev = (hdr_rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 1)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        hdr_rev = (hdr_rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 2)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        hdr_rev = (hdr_rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 3)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        hdr_rev = (hdr_rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 4)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        hdr_rev = (hdr_rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 5)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        hdr_rev = (hdr_rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 6)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        hdr_rev = (hdr_rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 7)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        hdr_rev = (hdr_rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 8)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        hdr_rev = (hdr_rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 9)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        hdr_rev = (hdr_rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        pair0 = ((hdr_rev[(32'h130)+:(16)]) & 20'hfffff) + ((hdr_rev[(32'h120)+:(16)]) & 20'hfffff);
        pair1 = ((hdr_rev[(32'h110)+:(16)]) & 20'hfffff) + ((hdr_rev[(32'h100)+:(16)]) & 20'hfffff);
        pair2 = ((hdr_rev[(32'hf0)+:(16)]) & 20'hfffff) + ((hdr_rev[(32'he0)+:(16)]) & 20'hfffff);
        pair3 = ((hdr_rev[(32'hd0)+:(16)]) & 20'hfffff) + ((hdr_rev[(32'hc0)+:(16)]) & 20'hfffff);
        pair4 = ((hdr_rev[(32'hb0)+:(16)]) & 20'hfffff) + ((hdr_rev[(32'ha0)+:(16)]) & 20'hfffff);
        quad0 = pair0 + pair1;
        quad1 = pair2 + pair3;
        s_sum$d = (quad0 + quad1) + pair4;
        s_rev$d = hdr_rev;
        s_hlen$d = i_hdr[(64'h200)+:(7)];
        s_whole$d = i_hdr[(64'h207)+:(1)];
        s_port$d = i_hdr[(64'h208)+:(2)];
        s_verbatim$d = i_hdr[(64'h20a)+:(1)];
        s_valid$d = i_valid;
        s_tagged$d = is_tagged;
        s_qinq$d = outer_type == 32'h88a8;
        s_etype$d = etype;
        rev = s_rev$q;
        hlen = s_hlen$q;
        l3 = 32'he;
        if (s_tagged$q) begin
            l3 = 32'h12;
        end
        ver_ihl = rev[(32'h138)+:(8)];
        ihl4 = ((ver_ihl & 32'hf) & 16'hffff) << 32'h2;
        total_len = rev[(32'h120)+:(16)];
        frag = rev[(32'h100)+:(16)];
        proto = rev[(32'hf0)+:(8)];
        doff = rev[(32'h38)+:(8)];
        is_tcp = proto == 32'h6;
        if (is_tcp) begin
            l4_min = 32'h28;
        end
        else begin
            l4_min = 32'h1c;
        end
        sum = s_sum$q;
        fold1 = (sum & 32'hffff) + (sum >> 32'h10);
        fold2 = (fold1 & 32'hffff) + (fold1 >> 32'h10);
        kind = k_continue;
        reason = 32'h0;
        sane = 1'b0;
        if (hlen < 32'he) begin
            kind = k_drop;
            reason = r_runt;
        end
        else if (s_tagged$q & (hlen < 32'h12)) begin
            kind = k_exception;
            reason = r_malformed;
        end
        else if (s_qinq$q | (s_etype$q == 32'h8100) | (s_etype$q == 32'h88a8)) begin
            kind = k_exception;
            reason = r_unsupported;
        end
        else if (s_etype$q == 32'h806) begin
            kind = k_exception;
            reason = r_arp;
        end
        else if (s_etype$q != 32'h800) begin
            kind = k_exception;
            reason = r_unsupported;
        end
        else if ((hlen < (l3 + 32'h14)) | ((ver_ihl & 32'hf0) != 32'h40) | ((ver_ihl & 32'hf) < 32'h5) | (total_len < ihl4)) begin
            kind = k_exception;
            reason = r_malformed;
        end
        else begin
            sane = 1'b1;
            if ((ver_ihl & 32'hf) > 32'h5) begin
                kind = k_exception;
                reason = r_options;
            end
            else if (fold2 != 32'hffff) begin
                kind = k_drop;
                reason = r_bad_csum;
            end
            else if ((frag & 32'h3fff) != 32'h0) begin
                kind = k_exception;
                reason = r_fragment;
            end
            else if (proto == 32'h1) begin
                kind = k_exception;
                reason = r_icmp;
            end
            else if ((proto != 32'h6) & (proto != 32'h11)) begin
                kind = k_exception;
                reason = r_unsupported;
            end
            else if ((total_len < l4_min) | (is_tcp & (doff < 32'h50))) begin
                kind = k_exception;
                reason = r_malformed;
            end
        end
        valid$d = s_valid$q;
        out$d[(64'h115)+:(1)] = 1'b0;
        out$d[(64'h116)+:(4)] = 32'h0;
        out$d[(64'h11a)+:(20)] = 32'h0;
        out$d[(64'h0)+:(7)] = hlen;
        out$d[(64'h7)+:(1)] = s_whole$q;
        out$d[(64'h8)+:(2)] = s_port$q;
        out$d[(64'ha)+:(1)] = s_verbatim$q;
        out$d[(64'hb)+:(1)] = s_tagged$q;
        out$d[(64'hc)+:(2)] = kind;
        out$d[(64'he)+:(4)] = reason;
        out$d[(64'h12)+:(17)] = 32'h0;
        if (sane & ~s_verbatim$q) begin
            out$d[(64'h12)+:(17)] = ((l3) & 17'h1ffff) + ((total_len) & 17'h1ffff);
        end
        out$d[(64'h23)+:(8)] = proto;
        out$d[(64'h2b)+:(32)] = rev[(32'hc0)+:(32)];
        out$d[(64'h4b)+:(32)] = rev[(32'ha0)+:(32)];
        out$d[(64'h6b)+:(16)] = rev[(32'h90)+:(16)];
        out$d[(64'h7b)+:(16)] = rev[(32'h80)+:(16)];
        out$d[(64'h8b)+:(8)] = 32'h0;
        if (is_tcp) begin
            out$d[(64'h8b)+:(8)] = rev[(32'h30)+:(8)];
        end
        out$d[(64'h93)+:(8)] = rev[(32'hf8)+:(8)];
        out$d[(64'h9b)+:(8)] = rev[(32'h130)+:(8)];
        out$d[(64'ha3)+:(16)] = total_len;
        out$d[(64'hb3)+:(1)] = frag[32'he];
        out$d[(64'hb4)+:(1)] = is_tcp;
        out$d[(64'hb5)+:(16)] = rev[(32'he0)+:(16)];
        if (is_tcp) begin
            out$d[(64'hc5)+:(16)] = rev[(32'h10)+:(16)];
        end
        else begin
            out$d[(64'hc5)+:(16)] = rev[(32'h60)+:(16)];
        end
        out$d[(64'hd5)+:(32)] = rev[(32'h60)+:(32)];
        out$d[(64'hf5)+:(32)] = rev[(32'h40)+:(32)];
        o_meta = out$q;
        o_valid = valid$q;
    end
    
endmodule // top$core$path$parse


module top$core$path$parse$out(d,q,clock);
    
    // Module arguments
    input wire  [301:0] d;
    output reg  [301:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 302'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$parse$out


module top$core$path$parse$s_etype(d,q,clock);
    
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
          
endmodule // top$core$path$parse$s_etype


module top$core$path$parse$s_hlen(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$parse$s_hlen


module top$core$path$parse$s_port(d,q,clock);
    
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
          
endmodule // top$core$path$parse$s_port


module top$core$path$parse$s_qinq(d,q,clock);
    
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
          
endmodule // top$core$path$parse$s_qinq


module top$core$path$parse$s_rev(d,q,clock);
    
    // Module arguments
    input wire  [319:0] d;
    output reg  [319:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 320'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$parse$s_rev


module top$core$path$parse$s_sum(d,q,clock);
    
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
          
endmodule // top$core$path$parse$s_sum


module top$core$path$parse$s_tagged(d,q,clock);
    
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
          
endmodule // top$core$path$parse$s_tagged


module top$core$path$parse$s_valid(d,q,clock);
    
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
          
endmodule // top$core$path$parse$s_valid


module top$core$path$parse$s_verbatim(d,q,clock);
    
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
          
endmodule // top$core$path$parse$s_verbatim


module top$core$path$parse$s_whole(d,q,clock);
    
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
          
endmodule // top$core$path$parse$s_whole


module top$core$path$parse$valid(d,q,clock);
    
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
          
endmodule // top$core$path$parse$valid


module top$core$path$rewrite(clock,i_meta,i_verdict,i_hdr,i_valid,tun_ttl,o_meta,o_verdict,o_hdr,o_len,o_valid);
    
    // Module arguments
    input wire  clock;
    input wire  [301:0] i_meta;
    input wire  [358:0] i_verdict;
    input wire  [511:0] i_hdr;
    input wire  i_valid;
    input wire  [7:0] tun_ttl;
    output reg  [301:0] o_meta;
    output reg  [358:0] o_verdict;
    output reg  [671:0] o_hdr;
    output reg  [6:0] o_len;
    output reg  o_valid;
    
    // Constant declarations
    localparam  m_dr = 3'b1;
    localparam  m_tun = 3'b10;
    localparam  m_fnat_fwd = 3'b101;
    localparam  m_fnat_rev = 3'b110;
    localparam  m_nat_fwd = 3'b11;
    localparam  mask_l2 = 512'hffffffffffffffffffffffff;
    localparam  mask_tci = 512'hffff0000000000000000000000000000;
    localparam  mask_win14 = 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000000000000000;
    localparam  mask_win18 = 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000000000000000000000000000000000;
    localparam  keep_tcp = 320'hffffffffffffffff00ff00000000000000000000000000000000000000000000ffffffff0000ffff;
    localparam  keep_udp = 320'hffffffffffffffff00ff0000000000000000000000000000ffff0000ffffffffffffffffffffffff;
    localparam  low14 = 672'hffffffffffffffffffffffffffff;
    localparam  low18 = 672'hffffffffffffffffffffffffffffffffffff;
    
    // Stub signals
    reg  [301:0] a_meta$d;
    wire  [301:0] a_meta$q;
    reg  a_meta$clock;
    reg  [358:0] a_verdict$d;
    wire  [358:0] a_verdict$q;
    reg  a_verdict$clock;
    reg  [511:0] a_hdr$d;
    wire  [511:0] a_hdr$q;
    reg  a_hdr$clock;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  [31:0] a_saddr$d;
    wire  [31:0] a_saddr$q;
    reg  a_saddr$clock;
    reg  [31:0] a_daddr$d;
    wire  [31:0] a_daddr$q;
    reg  a_daddr$clock;
    reg  [15:0] a_sport$d;
    wire  [15:0] a_sport$q;
    reg  a_sport$clock;
    reg  [15:0] a_dport$d;
    wire  [15:0] a_dport$q;
    reg  a_dport$clock;
    reg  [31:0] a_seq$d;
    wire  [31:0] a_seq$q;
    reg  a_seq$clock;
    reg  [31:0] a_ack$d;
    wire  [31:0] a_ack$q;
    reg  a_ack$clock;
    reg  [7:0] a_ttl$d;
    wire  [7:0] a_ttl$q;
    reg  a_ttl$clock;
    reg  [23:0] a_sum_ip$d;
    wire  [23:0] a_sum_ip$q;
    reg  a_sum_ip$clock;
    reg  [23:0] a_sum_l4$d;
    wire  [23:0] a_sum_l4$q;
    reg  a_sum_l4$clock;
    reg  [23:0] a_sum_out$d;
    wire  [23:0] a_sum_out$q;
    reg  a_sum_out$clock;
    reg  [7:0] a_outer_ttl$d;
    wire  [7:0] a_outer_ttl$q;
    reg  a_outer_ttl$clock;
    reg  [301:0] b_meta$d;
    wire  [301:0] b_meta$q;
    reg  b_meta$clock;
    reg  [358:0] b_verdict$d;
    wire  [358:0] b_verdict$q;
    reg  b_verdict$clock;
    reg  [671:0] b_hdr$d;
    wire  [671:0] b_hdr$q;
    reg  b_hdr$clock;
    reg  [6:0] b_len$d;
    wire  [6:0] b_len$q;
    reg  b_len$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    
    // Local signals
    reg  [301:0] m;
    reg  [358:0] v;
    reg  [2:0] mode;
    reg  [31:0] s_old;
    reg  [31:0] d_old;
    reg  [31:0] seq_old;
    reg  [31:0] ack_old;
    reg  [31:0] vs;
    reg  [31:0] vd;
    reg  [31:0] new_s;
    reg  [31:0] new_d;
    reg  [15:0] new_sp;
    reg  [15:0] new_dp;
    reg  [31:0] new_seq;
    reg  [31:0] new_ack;
    reg  [15:0] ttl_old_w;
    reg  [15:0] ttl_new_w;
    reg  [15:0] n16;
    reg  [23:0] p_s;
    reg  [23:0] p_d;
    reg  [23:0] p_ports;
    reg  [23:0] p_seq;
    reg  [23:0] p_ack;
    reg  [23:0] sum_pairs;
    reg  [23:0] sum_ip;
    reg  [23:0] sum_l4_extra;
    reg  [23:0] sum_out;
    reg  [15:0] out_len;
    reg  [301:0] mb;
    reg  [358:0] vb;
    reg  [511:0] hdr;
    reg  [23:0] f1;
    reg  [23:0] f2;
    reg  [15:0] ip_csum;
    reg  [15:0] l4_csum;
    reg  [15:0] out_csum;
    reg  [319:0] win;
    reg  [319:0] rev;
    reg  [7:0] wbyte;
    reg  [31:0] wword;
    reg  [31:0] wswap;
    reg  [319:0] win_new;
    reg  [47:0] mac;
    reg  [47:0] dmac;
    reg  [47:0] smac;
    reg  [511:0] l2;
    reg  [7:0] b14;
    reg  [159:0] outer_rev;
    reg  [159:0] outer;
    reg  [671:0] hp;
    reg  [671:0] wide;
    
    // Sub module instances
    top$core$path$rewrite$a_meta a_meta(
        .d(a_meta$d),
        .q(a_meta$q),
        .clock(a_meta$clock)
    );
    top$core$path$rewrite$a_verdict a_verdict(
        .d(a_verdict$d),
        .q(a_verdict$q),
        .clock(a_verdict$clock)
    );
    top$core$path$rewrite$a_hdr a_hdr(
        .d(a_hdr$d),
        .q(a_hdr$q),
        .clock(a_hdr$clock)
    );
    top$core$path$rewrite$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$core$path$rewrite$a_saddr a_saddr(
        .d(a_saddr$d),
        .q(a_saddr$q),
        .clock(a_saddr$clock)
    );
    top$core$path$rewrite$a_daddr a_daddr(
        .d(a_daddr$d),
        .q(a_daddr$q),
        .clock(a_daddr$clock)
    );
    top$core$path$rewrite$a_sport a_sport(
        .d(a_sport$d),
        .q(a_sport$q),
        .clock(a_sport$clock)
    );
    top$core$path$rewrite$a_dport a_dport(
        .d(a_dport$d),
        .q(a_dport$q),
        .clock(a_dport$clock)
    );
    top$core$path$rewrite$a_seq a_seq(
        .d(a_seq$d),
        .q(a_seq$q),
        .clock(a_seq$clock)
    );
    top$core$path$rewrite$a_ack a_ack(
        .d(a_ack$d),
        .q(a_ack$q),
        .clock(a_ack$clock)
    );
    top$core$path$rewrite$a_ttl a_ttl(
        .d(a_ttl$d),
        .q(a_ttl$q),
        .clock(a_ttl$clock)
    );
    top$core$path$rewrite$a_sum_ip a_sum_ip(
        .d(a_sum_ip$d),
        .q(a_sum_ip$q),
        .clock(a_sum_ip$clock)
    );
    top$core$path$rewrite$a_sum_l4 a_sum_l4(
        .d(a_sum_l4$d),
        .q(a_sum_l4$q),
        .clock(a_sum_l4$clock)
    );
    top$core$path$rewrite$a_sum_out a_sum_out(
        .d(a_sum_out$d),
        .q(a_sum_out$q),
        .clock(a_sum_out$clock)
    );
    top$core$path$rewrite$a_outer_ttl a_outer_ttl(
        .d(a_outer_ttl$d),
        .q(a_outer_ttl$q),
        .clock(a_outer_ttl$clock)
    );
    top$core$path$rewrite$b_meta b_meta(
        .d(b_meta$d),
        .q(b_meta$q),
        .clock(b_meta$clock)
    );
    top$core$path$rewrite$b_verdict b_verdict(
        .d(b_verdict$d),
        .q(b_verdict$q),
        .clock(b_verdict$clock)
    );
    top$core$path$rewrite$b_hdr b_hdr(
        .d(b_hdr$d),
        .q(b_hdr$q),
        .clock(b_hdr$clock)
    );
    top$core$path$rewrite$b_len b_len(
        .d(b_len$d),
        .q(b_len$q),
        .clock(b_len$clock)
    );
    top$core$path$rewrite$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    
    // Update code
    always @(*) begin
        a_meta$clock = clock;
        a_verdict$clock = clock;
        a_hdr$clock = clock;
        a_valid$clock = clock;
        a_saddr$clock = clock;
        a_daddr$clock = clock;
        a_sport$clock = clock;
        a_dport$clock = clock;
        a_seq$clock = clock;
        a_ack$clock = clock;
        a_ttl$clock = clock;
        a_sum_ip$clock = clock;
        a_sum_l4$clock = clock;
        a_sum_out$clock = clock;
        a_outer_ttl$clock = clock;
        b_meta$clock = clock;
        b_verdict$clock = clock;
        b_hdr$clock = clock;
        b_len$clock = clock;
        b_valid$clock = clock;
        a_meta$d = a_meta$q;
        a_verdict$d = a_verdict$q;
        a_hdr$d = a_hdr$q;
        a_valid$d = a_valid$q;
        a_saddr$d = a_saddr$q;
        a_daddr$d = a_daddr$q;
        a_sport$d = a_sport$q;
        a_dport$d = a_dport$q;
        a_seq$d = a_seq$q;
        a_ack$d = a_ack$q;
        a_ttl$d = a_ttl$q;
        a_sum_ip$d = a_sum_ip$q;
        a_sum_l4$d = a_sum_l4$q;
        a_sum_out$d = a_sum_out$q;
        a_outer_ttl$d = a_outer_ttl$q;
        b_meta$d = b_meta$q;
        b_verdict$d = b_verdict$q;
        b_hdr$d = b_hdr$q;
        b_len$d = b_len$q;
        b_valid$d = b_valid$q;
        m = i_meta;
        v = i_verdict;
        mode = v[(64'h8)+:(3)];
        s_old = m[(64'h2b)+:(32)];
        d_old = m[(64'h4b)+:(32)];
        seq_old = m[(64'hd5)+:(32)];
        ack_old = m[(64'hf5)+:(32)];
        vs = v[(64'hb)+:(32)];
        vd = v[(64'h2b)+:(32)];
        new_s = m[(64'h2b)+:(32)];
        new_sp = m[(64'h6b)+:(16)];
        if ((mode >= 32'h4) & (mode <= 32'h6)) begin
            new_s = v[(64'hb)+:(32)];
            new_sp = v[(64'h4b)+:(16)];
        end
        new_d = m[(64'h4b)+:(32)];
        new_dp = m[(64'h7b)+:(16)];
        if ((mode == m_nat_fwd) | (mode == m_fnat_fwd) | (mode == m_fnat_rev)) begin
            new_d = v[(64'h2b)+:(32)];
            new_dp = v[(64'h5b)+:(16)];
        end
        new_seq = m[(64'hd5)+:(32)];
        new_ack = m[(64'hf5)+:(32)];
        if (m[(64'hb4)+:(1)] & (mode == m_fnat_fwd)) begin
            new_seq = m[(64'hd5)+:(32)] + ((v[(64'h6b)+:(16)]) & 32'hffffffff);
        end
        if (m[(64'hb4)+:(1)] & (mode == m_fnat_rev)) begin
            new_ack = m[(64'hf5)+:(32)] - ((v[(64'h6b)+:(16)]) & 32'hffffffff);
        end
        ttl_old_w = (((m[(64'h93)+:(8)]) & 16'hffff) << 32'h8) | ((m[(64'h23)+:(8)]) & 16'hffff);
        ttl_new_w = ttl_old_w - 32'h100;
        p_s = ((~((s_old[(32'h10)+:(16)]) & 24'hffffff) & 32'hffff) + (~((s_old[(32'h0)+:(16)]) & 24'hffffff) & 32'hffff)) + (((new_s[(32'h10)+:(16)]) & 24'hffffff) + ((new_s[(32'h0)+:(16)]) & 24'hffffff));
        p_d = ((~((d_old[(32'h10)+:(16)]) & 24'hffffff) & 32'hffff) + (~((d_old[(32'h0)+:(16)]) & 24'hffffff) & 32'hffff)) + (((new_d[(32'h10)+:(16)]) & 24'hffffff) + ((new_d[(32'h0)+:(16)]) & 24'hffffff));
        sum_pairs = p_s + p_d;
        sum_ip = ((~((m[(64'hb5)+:(16)]) & 24'hffffff) & 32'hffff) + (~((ttl_old_w) & 24'hffffff) & 32'hffff)) + ((ttl_new_w) & 24'hffffff);
        a_sum_ip$d = sum_pairs + sum_ip;
        p_ports = ((~((m[(64'hc5)+:(16)]) & 24'hffffff) & 32'hffff) + ((~((m[(64'h6b)+:(16)]) & 24'hffffff) & 32'hffff) + ((new_sp) & 24'hffffff))) + ((~((m[(64'h7b)+:(16)]) & 24'hffffff) & 32'hffff) + ((new_dp) & 24'hffffff));
        p_seq = ((~((seq_old[(32'h10)+:(16)]) & 24'hffffff) & 32'hffff) + (~((seq_old[(32'h0)+:(16)]) & 24'hffffff) & 32'hffff)) + (((new_seq[(32'h10)+:(16)]) & 24'hffffff) + ((new_seq[(32'h0)+:(16)]) & 24'hffffff));
        p_ack = ((~((ack_old[(32'h10)+:(16)]) & 24'hffffff) & 32'hffff) + (~((ack_old[(32'h0)+:(16)]) & 24'hffffff) & 32'hffff)) + (((new_ack[(32'h10)+:(16)]) & 24'hffffff) + ((new_ack[(32'h0)+:(16)]) & 24'hffffff));
        sum_l4_extra = p_ports;
        if (m[(64'hb4)+:(1)]) begin
            sum_l4_extra = p_ports + (p_seq + p_ack);
        end
        a_sum_l4$d = sum_pairs + sum_l4_extra;
        out_len = m[(64'ha3)+:(16)] + 32'h14;
        sum_out = (((((((m[(64'h9b)+:(8)]) & 16'hffff)) | 32'h4500) & 24'hffffff) + ((out_len) & 24'hffffff)) + ((((((tun_ttl) & 16'hffff) << 32'h8) | 32'h4) & 24'hffffff) + ((vs[(32'h10)+:(16)]) & 24'hffffff))) + ((((vs[(32'h0)+:(16)]) & 24'hffffff) + ((vd[(32'h10)+:(16)]) & 24'hffffff)) + ((vd[(32'h0)+:(16)]) & 24'hffffff));
        if (m[(64'hb3)+:(1)]) begin
            sum_out = sum_out + 32'h4000;
        end
        a_sum_out$d = sum_out;
        a_outer_ttl$d = tun_ttl;
        a_meta$d = m;
        a_verdict$d = v;
        a_hdr$d = i_hdr;
        a_valid$d = i_valid;
        a_saddr$d = new_s;
        a_daddr$d = new_d;
        a_sport$d = new_sp;
        a_dport$d = new_dp;
        a_seq$d = new_seq;
        a_ack$d = new_ack;
        a_ttl$d = m[(64'h93)+:(8)] - 32'h1;
        mb = a_meta$q;
        vb = a_verdict$q;
        hdr = a_hdr$q;
        f1 = (a_sum_ip$q & 32'hffff) + (a_sum_ip$q >> 32'h10);
        f2 = (f1 & 32'hffff) + (f1 >> 32'h10);
        n16 = ((f2) & 16'hffff);
        ip_csum = ~n16;
        f1 = (a_sum_l4$q & 32'hffff) + (a_sum_l4$q >> 32'h10);
        f2 = (f1 & 32'hffff) + (f1 >> 32'h10);
        n16 = ((f2) & 16'hffff);
        l4_csum = ~n16;
        if (~mb[(64'hb4)+:(1)]) begin
            if (mb[(64'hc5)+:(16)] == 32'h0) begin
                l4_csum = 32'h0;
            end
            else if (l4_csum == 32'h0) begin
                l4_csum = 32'hffff;
            end
        end
        f1 = (a_sum_out$q & 32'hffff) + (a_sum_out$q >> 32'h10);
        f2 = (f1 & 32'hffff) + (f1 >> 32'h10);
        n16 = ((f2) & 16'hffff);
        out_csum = ~n16;
        if (mb[(64'hb)+:(1)]) begin
            win = hdr[(32'h90)+:(320)];
        end
        else begin
            win = hdr[(32'h70)+:(320)];
        end
        rev = 32'h0;
        wword = win[(32'h20 * 0)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        rev = (rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 1)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        rev = (rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 2)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        rev = (rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 3)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        rev = (rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 4)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        rev = (rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 5)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        rev = (rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 6)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        rev = (rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 7)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        rev = (rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 8)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        rev = (rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = win[(32'h20 * 9)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        rev = (rev << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        if (mb[(64'hb4)+:(1)]) begin
            rev = (rev & keep_tcp) | (((a_seq$q) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((a_ack$q) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((l4_csum) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h10);
        end
        else begin
            rev = (rev & keep_udp) | (((l4_csum) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h60);
        end
        rev = rev | (((a_ttl$q) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'hf8) | (((ip_csum) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'he0) | (((a_saddr$q) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'hc0) | (((a_daddr$q) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'ha0) | (((a_sport$q) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h90) | (((a_dport$q) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80);
        win_new = 32'h0;
        wword = rev[(32'h20 * 0)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        win_new = (win_new << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = rev[(32'h20 * 1)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        win_new = (win_new << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = rev[(32'h20 * 2)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        win_new = (win_new << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = rev[(32'h20 * 3)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        win_new = (win_new << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = rev[(32'h20 * 4)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        win_new = (win_new << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = rev[(32'h20 * 5)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        win_new = (win_new << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = rev[(32'h20 * 6)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        win_new = (win_new << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = rev[(32'h20 * 7)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        win_new = (win_new << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = rev[(32'h20 * 8)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        win_new = (win_new << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        wword = rev[(32'h20 * 9)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        win_new = (win_new << 32'h20) | ((wswap) & 320'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        mac = vb[(64'h7b)+:(48)];
        dmac = 32'h0;
        wbyte = mac[(32'h8 * 0)+:(8)];
        dmac = (dmac << 32'h8) | ((wbyte) & 48'hffffffffffff);
        wbyte = mac[(32'h8 * 1)+:(8)];
        dmac = (dmac << 32'h8) | ((wbyte) & 48'hffffffffffff);
        wbyte = mac[(32'h8 * 2)+:(8)];
        dmac = (dmac << 32'h8) | ((wbyte) & 48'hffffffffffff);
        wbyte = mac[(32'h8 * 3)+:(8)];
        dmac = (dmac << 32'h8) | ((wbyte) & 48'hffffffffffff);
        wbyte = mac[(32'h8 * 4)+:(8)];
        dmac = (dmac << 32'h8) | ((wbyte) & 48'hffffffffffff);
        wbyte = mac[(32'h8 * 5)+:(8)];
        dmac = (dmac << 32'h8) | ((wbyte) & 48'hffffffffffff);
        mac = vb[(64'hab)+:(48)];
        smac = 32'h0;
        wbyte = mac[(32'h8 * 0)+:(8)];
        smac = (smac << 32'h8) | ((wbyte) & 48'hffffffffffff);
        wbyte = mac[(32'h8 * 1)+:(8)];
        smac = (smac << 32'h8) | ((wbyte) & 48'hffffffffffff);
        wbyte = mac[(32'h8 * 2)+:(8)];
        smac = (smac << 32'h8) | ((wbyte) & 48'hffffffffffff);
        wbyte = mac[(32'h8 * 3)+:(8)];
        smac = (smac << 32'h8) | ((wbyte) & 48'hffffffffffff);
        wbyte = mac[(32'h8 * 4)+:(8)];
        smac = (smac << 32'h8) | ((wbyte) & 48'hffffffffffff);
        wbyte = mac[(32'h8 * 5)+:(8)];
        smac = (smac << 32'h8) | ((wbyte) & 48'hffffffffffff);
        l2 = (hdr & ~mask_l2) | ((dmac) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((smac) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h30);
        b14 = 32'h0;
        if (mb[(64'hb)+:(1)] & vb[(64'hdb)+:(1)]) begin
            b14 = (hdr[(32'h70)+:(8)] & 32'hf0) | ((vb[(64'hdc)+:(12)] >> 32'h8) & 8'hff);
            l2 = (l2 & ~mask_tci) | (((b14) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h70) | (((vb[(64'hdc)+:(12)] & 32'hff) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h78);
        end
        outer_rev = ((vb[(64'h2b)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) | (((vb[(64'hb)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h20) | (((out_csum) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((32'h4) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h50) | (((a_outer_ttl$q) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h58) | (((mb[(64'ha3)+:(16)] + 32'h14) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80) | (((mb[(64'h9b)+:(8)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h90) | (((32'h45) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h98);
        if (mb[(64'hb3)+:(1)]) begin
            outer_rev = outer_rev | (((32'h4000) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h60);
        end
        outer = 32'h0;
        wword = outer_rev[(32'h20 * 0)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        outer = (outer << 32'h20) | ((wswap) & 160'hffffffffffffffffffffffffffffffffffffffff);
        wword = outer_rev[(32'h20 * 1)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        outer = (outer << 32'h20) | ((wswap) & 160'hffffffffffffffffffffffffffffffffffffffff);
        wword = outer_rev[(32'h20 * 2)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        outer = (outer << 32'h20) | ((wswap) & 160'hffffffffffffffffffffffffffffffffffffffff);
        wword = outer_rev[(32'h20 * 3)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        outer = (outer << 32'h20) | ((wswap) & 160'hffffffffffffffffffffffffffffffffffffffff);
        wword = outer_rev[(32'h20 * 4)+:(32)];
        wswap = (wword << 32'h18) | ((wword << 32'h8) & 32'hff0000) | ((wword >> 32'h8) & 32'hff00) | (wword >> 32'h18);
        outer = (outer << 32'h20) | ((wswap) & 160'hffffffffffffffffffffffffffffffffffffffff);
        wide = 32'h0;
        hp = ((hdr) & 672'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        b_len$d = mb[(64'h0)+:(7)];
        if (vb[(64'h8)+:(3)] == m_dr) begin
            hp = ((l2) & 672'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        end
        else if (vb[(64'h8)+:(3)] == m_tun) begin
            wide = ((hdr) & 672'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            b_len$d = mb[(64'h0)+:(7)] + 32'h14;
            if (mb[(64'hb)+:(1)]) begin
                hp = (((l2) & 672'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) & low18) | (((outer) & 672'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h90) | ((wide >> 32'h90) << 32'h130);
            end
            else begin
                hp = (((l2) & 672'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) & low14) | (((outer) & 672'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h70) | ((wide >> 32'h70) << 32'h110);
            end
        end
        else if (vb[(64'h8)+:(3)] >= 32'h3) begin
            if (mb[(64'hb)+:(1)]) begin
                hp = (((l2 & ~mask_win18) | (((win_new) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h90)) & 672'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            end
            else begin
                hp = (((l2 & ~mask_win14) | (((win_new) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h70)) & 672'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            end
        end
        b_meta$d = mb;
        b_verdict$d = vb;
        b_hdr$d = hp;
        b_valid$d = a_valid$q;
        o_meta = b_meta$q;
        o_verdict = b_verdict$q;
        o_hdr = b_hdr$q;
        o_len = b_len$q;
        o_valid = b_valid$q;
    end
    
endmodule // top$core$path$rewrite


module top$core$path$rewrite$a_ack(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$a_ack


module top$core$path$rewrite$a_daddr(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$a_daddr


module top$core$path$rewrite$a_dport(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$a_dport


module top$core$path$rewrite$a_hdr(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$rewrite$a_hdr


module top$core$path$rewrite$a_meta(d,q,clock);
    
    // Module arguments
    input wire  [301:0] d;
    output reg  [301:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 302'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$rewrite$a_meta


module top$core$path$rewrite$a_outer_ttl(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$a_outer_ttl


module top$core$path$rewrite$a_saddr(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$a_saddr


module top$core$path$rewrite$a_seq(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$a_seq


module top$core$path$rewrite$a_sport(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$a_sport


module top$core$path$rewrite$a_sum_ip(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$a_sum_ip


module top$core$path$rewrite$a_sum_l4(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$a_sum_l4


module top$core$path$rewrite$a_sum_out(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$a_sum_out


module top$core$path$rewrite$a_ttl(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$a_ttl


module top$core$path$rewrite$a_valid(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$a_valid


module top$core$path$rewrite$a_verdict(d,q,clock);
    
    // Module arguments
    input wire  [358:0] d;
    output reg  [358:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 359'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$rewrite$a_verdict


module top$core$path$rewrite$b_hdr(d,q,clock);
    
    // Module arguments
    input wire  [671:0] d;
    output reg  [671:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 672'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$rewrite$b_hdr


module top$core$path$rewrite$b_len(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$rewrite$b_len


module top$core$path$rewrite$b_meta(d,q,clock);
    
    // Module arguments
    input wire  [301:0] d;
    output reg  [301:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 302'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$rewrite$b_meta


module top$core$path$rewrite$b_valid(d,q,clock);
    
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
          
endmodule // top$core$path$rewrite$b_valid


module top$core$path$rewrite$b_verdict(d,q,clock);
    
    // Module arguments
    input wire  [358:0] d;
    output reg  [358:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 359'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$path$rewrite$b_verdict


module top$core$path$tok1(d,q,clock);
    
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
          
endmodule // top$core$path$tok1


module top$core$path$tok_index1(d,q,clock);
    
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
          
endmodule // top$core$path$tok_index1


module top$core$path$tok_table1(d,q,clock);
    
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
          
endmodule // top$core$path$tok_table1


module top$core$regs(clock,reg_addr,reg_wdata,reg_wr,reg_rd,reg_rdata,reg_rvalid,stats,rx_pulse,inj_pulse,rl_tokens,rl_limited,tun_mtu,tun_ttl,ts_now,rl_period,rl_rate,rl_burst);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] reg_addr;
    input wire  [31:0] reg_wdata;
    input wire  reg_wr;
    input wire  reg_rd;
    output reg  [31:0] reg_rdata;
    output reg  reg_rvalid;
    input wire  [1023:0] stats;
    input wire  rx_pulse;
    input wire  inj_pulse;
    input wire  [47:0] rl_tokens;
    input wire  [95:0] rl_limited;
    output reg  [15:0] tun_mtu;
    output reg  [7:0] tun_ttl;
    output reg  [31:0] ts_now;
    output reg  [31:0] rl_period;
    output reg  [47:0] rl_rate;
    output reg  [47:0] rl_burst;
    
    // Constant declarations
    localparam  id_words = 352'h3649de3d0000a2c2000001000000010000000100000010000000060100000901000002080001000046505653;
    localparam  prescale_reset = 32'ha2c2;
    localparam  at_id_type = 16'h0;
    localparam  at_id_version = 16'h4;
    localparam  at_id_next = 16'h8;
    localparam  id_type = 32'h46500001;
    localparam  id_version = 32'h10000;
    localparam  id_next = 32'h100;
    localparam  at_id_words = 16'hc;
    localparam  end_id_words = 16'h38;
    localparam  at_ctrl_type = 16'h100;
    localparam  at_ctrl_version = 16'h104;
    localparam  at_ctrl_next = 16'h108;
    localparam  ctrl_type = 32'h46500002;
    localparam  ctrl_version = 32'h10000;
    localparam  ctrl_next = 32'h200;
    localparam  at_scratch = 16'h10c;
    localparam  at_tun_mtu = 16'h110;
    localparam  at_tun_ttl = 16'h114;
    localparam  at_ts_prescale = 16'h118;
    localparam  at_ts_now = 16'h11c;
    localparam  at_stats_type = 16'h200;
    localparam  at_stats_version = 16'h204;
    localparam  at_stats_next = 16'h208;
    localparam  stats_type = 32'h46500003;
    localparam  stats_version = 32'h10000;
    localparam  stats_next = 32'h300;
    localparam  at_rx_frames = 16'h20c;
    localparam  at_frames = 16'h210;
    localparam  end_frames = 16'h224;
    localparam  at_inj_frames = 16'h224;
    localparam  at_counters = 16'h240;
    localparam  end_counters = 16'h2a0;
    localparam  counters_origin = 16'h220;
    localparam  at_rl_type = 16'h300;
    localparam  at_rl_version = 16'h304;
    localparam  at_rl_next = 16'h308;
    localparam  rl_type = 32'h46500004;
    localparam  rl_version = 32'h10000;
    localparam  rl_next = 32'h1000;
    localparam  at_period = 16'h30c;
    localparam  at_classes = 16'h310;
    localparam  end_classes = 16'h340;
    localparam  class_reg_mask = 16'hf;
    localparam  at_rate = 16'h0;
    localparam  at_burst = 16'h4;
    localparam  at_tokens = 16'h8;
    localparam  at_limited = 16'hc;
    
    // Stub signals
    reg  [31:0] scratch$d;
    wire  [31:0] scratch$q;
    reg  scratch$clock;
    reg  [15:0] mtu$d;
    wire  [15:0] mtu$q;
    reg  mtu$clock;
    reg  [7:0] ttl$d;
    wire  [7:0] ttl$q;
    reg  ttl$clock;
    reg  [31:0] prescale$d;
    wire  [31:0] prescale$q;
    reg  prescale$clock;
    reg  [31:0] now$d;
    wire  [31:0] now$q;
    reg  now$clock;
    reg  [31:0] tick_count$d;
    wire  [31:0] tick_count$q;
    reg  tick_count$clock;
    reg  [31:0] period$d;
    wire  [31:0] period$q;
    reg  period$clock;
    reg  [47:0] rate$d;
    wire  [47:0] rate$q;
    reg  rate$clock;
    reg  [47:0] burst$d;
    wire  [47:0] burst$q;
    reg  burst$clock;
    reg  [31:0] rx$d;
    wire  [31:0] rx$q;
    reg  rx$clock;
    reg  [31:0] inj$d;
    wire  [31:0] inj$q;
    reg  inj$clock;
    reg  [31:0] rdata$d;
    wire  [31:0] rdata$q;
    reg  rdata$clock;
    reg  rvalid$d;
    wire  rvalid$q;
    reg  rvalid$clock;
    
    // Local signals
    reg  [15:0] a;
    reg  [31:0] v;
    reg  [1:0] cls;
    reg  [3:0] id_word;
    reg  [4:0] stat_word;
    reg  is_stat;
    
    // Sub module instances
    top$core$regs$scratch scratch(
        .d(scratch$d),
        .q(scratch$q),
        .clock(scratch$clock)
    );
    top$core$regs$mtu mtu(
        .d(mtu$d),
        .q(mtu$q),
        .clock(mtu$clock)
    );
    top$core$regs$ttl ttl(
        .d(ttl$d),
        .q(ttl$q),
        .clock(ttl$clock)
    );
    top$core$regs$prescale prescale(
        .d(prescale$d),
        .q(prescale$q),
        .clock(prescale$clock)
    );
    top$core$regs$now now(
        .d(now$d),
        .q(now$q),
        .clock(now$clock)
    );
    top$core$regs$tick_count tick_count(
        .d(tick_count$d),
        .q(tick_count$q),
        .clock(tick_count$clock)
    );
    top$core$regs$period period(
        .d(period$d),
        .q(period$q),
        .clock(period$clock)
    );
    top$core$regs$rate rate(
        .d(rate$d),
        .q(rate$q),
        .clock(rate$clock)
    );
    top$core$regs$burst burst(
        .d(burst$d),
        .q(burst$q),
        .clock(burst$clock)
    );
    top$core$regs$rx rx(
        .d(rx$d),
        .q(rx$q),
        .clock(rx$clock)
    );
    top$core$regs$inj inj(
        .d(inj$d),
        .q(inj$q),
        .clock(inj$clock)
    );
    top$core$regs$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    top$core$regs$rvalid rvalid(
        .d(rvalid$d),
        .q(rvalid$q),
        .clock(rvalid$clock)
    );
    
    // Update code
    always @(*) begin
        scratch$clock = clock;
        mtu$clock = clock;
        ttl$clock = clock;
        prescale$clock = clock;
        now$clock = clock;
        tick_count$clock = clock;
        period$clock = clock;
        rate$clock = clock;
        burst$clock = clock;
        rx$clock = clock;
        inj$clock = clock;
        rdata$clock = clock;
        rvalid$clock = clock;
        scratch$d = scratch$q;
        mtu$d = mtu$q;
        ttl$d = ttl$q;
        prescale$d = prescale$q;
        now$d = now$q;
        tick_count$d = tick_count$q;
        period$d = period$q;
        rate$d = rate$q;
        burst$d = burst$q;
        rx$d = rx$q;
        inj$d = inj$q;
        rdata$d = rdata$q;
        rvalid$d = rvalid$q;
        a = reg_addr;
        tick_count$d = tick_count$q + 32'h1;
        if ((tick_count$q + 32'h1 >= prescale$q) & (prescale$q != 32'h0)) begin
            tick_count$d = 32'h0;
            now$d = now$q + 32'h1;
        end
        if (rx_pulse) begin
            rx$d = rx$q + 32'h1;
        end
        if (inj_pulse) begin
            inj$d = inj$q + 32'h1;
        end
        cls = (((a - at_classes) >> 32'h4) & 2'h3);
        if (reg_wr) begin
            if (a == at_scratch) begin
                scratch$d = reg_wdata;
            end
            if (a == at_tun_mtu) begin
                mtu$d = ((reg_wdata) & 16'hffff);
            end
            if (a == at_tun_ttl) begin
                ttl$d = ((reg_wdata) & 8'hff);
            end
            if (a == at_ts_prescale) begin
                prescale$d = reg_wdata;
                tick_count$d = 32'h0;
            end
            if (a == at_ts_now) begin
                now$d = reg_wdata;
                tick_count$d = 32'h0;
            end
            if (a == at_period) begin
                period$d = reg_wdata;
            end
            if ((a >= at_classes) & (a < end_classes)) begin
                if ((a & class_reg_mask) == at_rate) begin
                    rate$d = (rate$q & ~(((32'hffff) & 48'hffffffffffff) << (((cls) & 6'h3f) << 32'h4))) | (((reg_wdata & 32'hffff) & 48'hffffffffffff) << (((cls) & 6'h3f) << 32'h4));
                end
                if ((a & class_reg_mask) == at_burst) begin
                    burst$d = (burst$q & ~(((32'hffff) & 48'hffffffffffff) << (((cls) & 6'h3f) << 32'h4))) | (((reg_wdata & 32'hffff) & 48'hffffffffffff) << (((cls) & 6'h3f) << 32'h4));
                end
            end
        end
        v = 32'h0;
        if (a == at_id_type) begin
            v = id_type;
        end
        if (a == at_ctrl_type) begin
            v = ctrl_type;
        end
        if (a == at_stats_type) begin
            v = stats_type;
        end
        if (a == at_rl_type) begin
            v = rl_type;
        end
        if (a == at_id_version) begin
            v = id_version;
        end
        if (a == at_ctrl_version) begin
            v = ctrl_version;
        end
        if (a == at_stats_version) begin
            v = stats_version;
        end
        if (a == at_rl_version) begin
            v = rl_version;
        end
        if (a == at_id_next) begin
            v = id_next;
        end
        if (a == at_ctrl_next) begin
            v = ctrl_next;
        end
        if (a == at_stats_next) begin
            v = stats_next;
        end
        if (a == at_rl_next) begin
            v = rl_next;
        end
        id_word = (((a - at_id_words) >> 32'h2) & 4'hf);
        if ((a >= at_id_words) & (a < end_id_words)) begin
            v = ((id_words >> (((id_word) & 9'h1ff) << 32'h5)) & 32'hffffffff);
        end
        if (a == at_scratch) begin
            v = scratch$q;
        end
        if (a == at_tun_mtu) begin
            v = ((mtu$q) & 32'hffffffff);
        end
        if (a == at_tun_ttl) begin
            v = ((ttl$q) & 32'hffffffff);
        end
        if (a == at_ts_prescale) begin
            v = prescale$q;
        end
        if (a == at_ts_now) begin
            v = now$q;
        end
        if (a == at_rx_frames) begin
            v = rx$q;
        end
        is_stat = 1'b0;
        stat_word = (((a - at_frames) >> 32'h2) & 5'h1f);
        if ((a >= at_frames) & (a < end_frames)) begin
            is_stat = 1'b1;
        end
        if (a == at_inj_frames) begin
            v = inj$q;
        end
        if ((a >= at_counters) & (a < end_counters)) begin
            is_stat = 1'b1;
            stat_word = (((a - counters_origin) >> 32'h2) & 5'h1f);
        end
        if (is_stat) begin
            v = ((stats >> (((stat_word) & 10'h3ff) << 32'h5)) & 32'hffffffff);
        end
        if (a == at_period) begin
            v = period$q;
        end
        if ((a >= at_classes) & (a < end_classes)) begin
            if ((a & class_reg_mask) == at_rate) begin
                v = (((rate$q >> (((cls) & 6'h3f) << 32'h4)) & 32'hffff) & 32'hffffffff);
            end
            if ((a & class_reg_mask) == at_burst) begin
                v = (((burst$q >> (((cls) & 6'h3f) << 32'h4)) & 32'hffff) & 32'hffffffff);
            end
            if ((a & class_reg_mask) == at_tokens) begin
                v = (((rl_tokens >> (((cls) & 6'h3f) << 32'h4)) & 32'hffff) & 32'hffffffff);
            end
            if ((a & class_reg_mask) == at_limited) begin
                v = ((rl_limited >> (((cls) & 7'h7f) << 32'h5)) & 32'hffffffff);
            end
        end
        rdata$d = 32'h0;
        rvalid$d = reg_rd;
        if (reg_rd) begin
            rdata$d = v;
        end
        reg_rdata = rdata$q;
        reg_rvalid = rvalid$q;
        tun_mtu = mtu$q;
        tun_ttl = ttl$q;
        ts_now = now$q;
        rl_period = period$q;
        rl_rate = rate$q;
        rl_burst = burst$q;
    end
    
endmodule // top$core$regs


module top$core$regs$burst(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$regs$burst


module top$core$regs$inj(d,q,clock);
    
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
          
endmodule // top$core$regs$inj


module top$core$regs$mtu(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'h5dc;
    
    // Stub signals
    reg  [15:0] dff$d;
    wire  [15:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$core$regs$mtu$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$core$regs$mtu


module top$core$regs$mtu$dff(d,q,clock);
    
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
          
endmodule // top$core$regs$mtu$dff


module top$core$regs$now(d,q,clock);
    
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
          
endmodule // top$core$regs$now


module top$core$regs$period(d,q,clock);
    
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
          
endmodule // top$core$regs$period


module top$core$regs$prescale(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'ha2c2;
    
    // Stub signals
    reg  [31:0] dff$d;
    wire  [31:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$core$regs$prescale$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$core$regs$prescale


module top$core$regs$prescale$dff(d,q,clock);
    
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
          
endmodule // top$core$regs$prescale$dff


module top$core$regs$rate(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$regs$rate


module top$core$regs$rdata(d,q,clock);
    
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
          
endmodule // top$core$regs$rdata


module top$core$regs$rvalid(d,q,clock);
    
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
          
endmodule // top$core$regs$rvalid


module top$core$regs$rx(d,q,clock);
    
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
          
endmodule // top$core$regs$rx


module top$core$regs$scratch(d,q,clock);
    
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
          
endmodule // top$core$regs$scratch


module top$core$regs$tick_count(d,q,clock);
    
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
          
endmodule // top$core$regs$tick_count


module top$core$regs$ttl(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 8'h40;
    
    // Stub signals
    reg  [7:0] dff$d;
    wire  [7:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$core$regs$ttl$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$core$regs$ttl


module top$core$regs$ttl$dff(d,q,clock);
    
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
          
endmodule // top$core$regs$ttl$dff


module top$core$retire(clock,s_event,s_valid,s_ready,ts_now,c_valid,c_table,c_write,c_index,c_wdata,c_rdata,m_notify,m_notify_valid,m_notify_ready,stats);
    
    // Module arguments
    input wire  clock;
    input wire  [661:0] s_event;
    input wire  s_valid;
    output reg  s_ready;
    input wire  [31:0] ts_now;
    input wire  c_valid;
    input wire  [3:0] c_table;
    input wire  c_write;
    input wire  [19:0] c_index;
    input wire  [127:0] c_wdata;
    output reg  [127:0] c_rdata;
    output reg  [255:0] m_notify;
    output reg  m_notify_valid;
    input wire  m_notify_ready;
    output reg  [1023:0] stats;
    
    // Constant declarations
    localparam  k_fwd = 2'b11;
    localparam  k_exc = 2'b1;
    localparam  k_drop = 2'b10;
    localparam  d_truncated = 4'h1;
    localparam  t_fst = 4'h6;
    localparam  t_svc = 4'h7;
    localparam  t_rsc = 4'h8;
    
    // Stub signals
    reg  svc$clock;
    reg  [8:0] svc$waddr;
    reg  [127:0] svc$wdata;
    reg  svc$we;
    reg  [8:0] svc$raddr;
    wire  [127:0] svc$rdata;
    reg  rsc$clock;
    reg  [8:0] rsc$waddr;
    reg  [127:0] rsc$wdata;
    reg  rsc$we;
    reg  [8:0] rsc$raddr;
    wire  [127:0] rsc$rdata;
    reg  fst$clock;
    reg  [10:0] fst$waddr;
    reg  [63:0] fst$wdata;
    reg  fst$we;
    reg  [10:0] fst$raddr;
    wire  [63:0] fst$rdata;
    reg  [661:0] s2_ev$d;
    wire  [661:0] s2_ev$q;
    reg  s2_ev$clock;
    reg  s2_valid$d;
    wire  s2_valid$q;
    reg  s2_valid$clock;
    reg  s2_cmd$d;
    wire  s2_cmd$q;
    reg  s2_cmd$clock;
    reg  [3:0] s2_ctable$d;
    wire  [3:0] s2_ctable$q;
    reg  s2_ctable$clock;
    reg  s2_cwrite$d;
    wire  s2_cwrite$q;
    reg  s2_cwrite$clock;
    reg  [127:0] s2_cdata$d;
    wire  [127:0] s2_cdata$q;
    reg  s2_cdata$clock;
    reg  [8:0] s2_svc_idx$d;
    wire  [8:0] s2_svc_idx$q;
    reg  s2_svc_idx$clock;
    reg  [8:0] s2_rsc_idx$d;
    wire  [8:0] s2_rsc_idx$q;
    reg  s2_rsc_idx$clock;
    reg  [10:0] s2_fst_idx$d;
    wire  [10:0] s2_fst_idx$q;
    reg  s2_fst_idx$clock;
    reg  w_svc_valid$d;
    wire  w_svc_valid$q;
    reg  w_svc_valid$clock;
    reg  [8:0] w_svc_idx$d;
    wire  [8:0] w_svc_idx$q;
    reg  w_svc_idx$clock;
    reg  [127:0] w_svc_val$d;
    wire  [127:0] w_svc_val$q;
    reg  w_svc_val$clock;
    reg  w_rsc_valid$d;
    wire  w_rsc_valid$q;
    reg  w_rsc_valid$clock;
    reg  [8:0] w_rsc_idx$d;
    wire  [8:0] w_rsc_idx$q;
    reg  w_rsc_idx$clock;
    reg  [127:0] w_rsc_val$d;
    wire  [127:0] w_rsc_val$q;
    reg  w_rsc_val$clock;
    reg  w_fst_valid$d;
    wire  w_fst_valid$q;
    reg  w_fst_valid$clock;
    reg  [10:0] w_fst_idx$d;
    wire  [10:0] w_fst_idx$q;
    reg  w_fst_idx$clock;
    reg  [63:0] w_fst_val$d;
    wire  [63:0] w_fst_val$q;
    reg  w_fst_val$clock;
    reg  [127:0] rdata$d;
    wire  [127:0] rdata$q;
    reg  rdata$clock;
    reg  nq$clock;
    reg  [255:0] nq$s_data;
    reg  nq$s_valid;
    wire  nq$s_ready;
    wire  [255:0] nq$m_data;
    wire  nq$m_valid;
    reg  nq$m_ready;
    wire  [4:0] nq$count;
    reg  [31:0] counters$0$d;
    wire  [31:0] counters$0$q;
    reg  counters$0$clock;
    reg  [31:0] counters$1$d;
    wire  [31:0] counters$1$q;
    reg  counters$1$clock;
    reg  [31:0] counters$2$d;
    wire  [31:0] counters$2$q;
    reg  counters$2$clock;
    reg  [31:0] counters$3$d;
    wire  [31:0] counters$3$q;
    reg  counters$3$clock;
    reg  [31:0] counters$4$d;
    wire  [31:0] counters$4$q;
    reg  counters$4$clock;
    reg  [31:0] counters$5$d;
    wire  [31:0] counters$5$q;
    reg  counters$5$clock;
    reg  [31:0] counters$6$d;
    wire  [31:0] counters$6$q;
    reg  counters$6$clock;
    reg  [31:0] counters$7$d;
    wire  [31:0] counters$7$q;
    reg  counters$7$clock;
    reg  [31:0] counters$8$d;
    wire  [31:0] counters$8$q;
    reg  counters$8$clock;
    reg  [31:0] counters$9$d;
    wire  [31:0] counters$9$q;
    reg  counters$9$clock;
    reg  [31:0] counters$10$d;
    wire  [31:0] counters$10$q;
    reg  counters$10$clock;
    reg  [31:0] counters$11$d;
    wire  [31:0] counters$11$q;
    reg  counters$11$clock;
    reg  [31:0] counters$12$d;
    wire  [31:0] counters$12$q;
    reg  counters$12$clock;
    reg  [31:0] counters$13$d;
    wire  [31:0] counters$13$q;
    reg  counters$13$clock;
    reg  [31:0] counters$14$d;
    wire  [31:0] counters$14$q;
    reg  counters$14$clock;
    reg  [31:0] counters$15$d;
    wire  [31:0] counters$15$q;
    reg  counters$15$clock;
    reg  [31:0] counters$16$d;
    wire  [31:0] counters$16$q;
    reg  counters$16$clock;
    reg  [31:0] counters$17$d;
    wire  [31:0] counters$17$q;
    reg  counters$17$clock;
    reg  [31:0] counters$18$d;
    wire  [31:0] counters$18$q;
    reg  counters$18$clock;
    reg  [31:0] counters$19$d;
    wire  [31:0] counters$19$q;
    reg  counters$19$clock;
    reg  [31:0] counters$20$d;
    wire  [31:0] counters$20$q;
    reg  counters$20$clock;
    reg  [31:0] counters$21$d;
    wire  [31:0] counters$21$q;
    reg  counters$21$clock;
    reg  [31:0] counters$22$d;
    wire  [31:0] counters$22$q;
    reg  counters$22$clock;
    reg  [31:0] counters$23$d;
    wire  [31:0] counters$23$q;
    reg  counters$23$clock;
    reg  [31:0] counters$24$d;
    wire  [31:0] counters$24$q;
    reg  counters$24$clock;
    reg  [31:0] counters$25$d;
    wire  [31:0] counters$25$q;
    reg  counters$25$clock;
    reg  [31:0] counters$26$d;
    wire  [31:0] counters$26$q;
    reg  counters$26$clock;
    reg  [31:0] counters$27$d;
    wire  [31:0] counters$27$q;
    reg  counters$27$clock;
    reg  [31:0] counters$28$d;
    wire  [31:0] counters$28$q;
    reg  counters$28$clock;
    reg  [31:0] counters$29$d;
    wire  [31:0] counters$29$q;
    reg  counters$29$clock;
    reg  [31:0] counters$30$d;
    wire  [31:0] counters$30$q;
    reg  counters$30$clock;
    reg  [31:0] counters$31$d;
    wire  [31:0] counters$31$q;
    reg  counters$31$clock;
    
    // Local signals
    reg  [661:0] ev;
    reg  [358:0] v1;
    reg  [358:0] v2;
    reg  [301:0] m2;
    reg  [8:0] svc_idx;
    reg  [8:0] rsc_idx;
    reg  [10:0] fst_idx;
    reg  svc_we;
    reg  rsc_we;
    reg  fst_we;
    reg  take;
    reg  [127:0] svc_old;
    reg  [127:0] rsc_old;
    reg  [63:0] fst_old;
    reg  count_svc;
    reg  count_fst;
    reg  [63:0] bytes;
    reg  [63:0] pk;
    reg  [63:0] by;
    reg  [127:0] sv;
    reg  [127:0] rv;
    reg  [63:0] fv;
    reg  [1:0] kind;
    reg  [15:0] reason_hot;
    reg  [31:0] inc;
    reg  [103:0] key;
    reg  [255:0] notify_rec;
    reg  notify_want;
    reg  [1023:0] all;
    reg  [31:0] cnt;
    
    // Sub module instances
    top$core$retire$svc svc(
        .clock(svc$clock),
        .waddr(svc$waddr),
        .wdata(svc$wdata),
        .we(svc$we),
        .raddr(svc$raddr),
        .rdata(svc$rdata)
    );
    top$core$retire$rsc rsc(
        .clock(rsc$clock),
        .waddr(rsc$waddr),
        .wdata(rsc$wdata),
        .we(rsc$we),
        .raddr(rsc$raddr),
        .rdata(rsc$rdata)
    );
    top$core$retire$fst fst(
        .clock(fst$clock),
        .waddr(fst$waddr),
        .wdata(fst$wdata),
        .we(fst$we),
        .raddr(fst$raddr),
        .rdata(fst$rdata)
    );
    top$core$retire$s2_ev s2_ev(
        .d(s2_ev$d),
        .q(s2_ev$q),
        .clock(s2_ev$clock)
    );
    top$core$retire$s2_valid s2_valid(
        .d(s2_valid$d),
        .q(s2_valid$q),
        .clock(s2_valid$clock)
    );
    top$core$retire$s2_cmd s2_cmd(
        .d(s2_cmd$d),
        .q(s2_cmd$q),
        .clock(s2_cmd$clock)
    );
    top$core$retire$s2_ctable s2_ctable(
        .d(s2_ctable$d),
        .q(s2_ctable$q),
        .clock(s2_ctable$clock)
    );
    top$core$retire$s2_cwrite s2_cwrite(
        .d(s2_cwrite$d),
        .q(s2_cwrite$q),
        .clock(s2_cwrite$clock)
    );
    top$core$retire$s2_cdata s2_cdata(
        .d(s2_cdata$d),
        .q(s2_cdata$q),
        .clock(s2_cdata$clock)
    );
    top$core$retire$s2_svc_idx s2_svc_idx(
        .d(s2_svc_idx$d),
        .q(s2_svc_idx$q),
        .clock(s2_svc_idx$clock)
    );
    top$core$retire$s2_rsc_idx s2_rsc_idx(
        .d(s2_rsc_idx$d),
        .q(s2_rsc_idx$q),
        .clock(s2_rsc_idx$clock)
    );
    top$core$retire$s2_fst_idx s2_fst_idx(
        .d(s2_fst_idx$d),
        .q(s2_fst_idx$q),
        .clock(s2_fst_idx$clock)
    );
    top$core$retire$w_svc_valid w_svc_valid(
        .d(w_svc_valid$d),
        .q(w_svc_valid$q),
        .clock(w_svc_valid$clock)
    );
    top$core$retire$w_svc_idx w_svc_idx(
        .d(w_svc_idx$d),
        .q(w_svc_idx$q),
        .clock(w_svc_idx$clock)
    );
    top$core$retire$w_svc_val w_svc_val(
        .d(w_svc_val$d),
        .q(w_svc_val$q),
        .clock(w_svc_val$clock)
    );
    top$core$retire$w_rsc_valid w_rsc_valid(
        .d(w_rsc_valid$d),
        .q(w_rsc_valid$q),
        .clock(w_rsc_valid$clock)
    );
    top$core$retire$w_rsc_idx w_rsc_idx(
        .d(w_rsc_idx$d),
        .q(w_rsc_idx$q),
        .clock(w_rsc_idx$clock)
    );
    top$core$retire$w_rsc_val w_rsc_val(
        .d(w_rsc_val$d),
        .q(w_rsc_val$q),
        .clock(w_rsc_val$clock)
    );
    top$core$retire$w_fst_valid w_fst_valid(
        .d(w_fst_valid$d),
        .q(w_fst_valid$q),
        .clock(w_fst_valid$clock)
    );
    top$core$retire$w_fst_idx w_fst_idx(
        .d(w_fst_idx$d),
        .q(w_fst_idx$q),
        .clock(w_fst_idx$clock)
    );
    top$core$retire$w_fst_val w_fst_val(
        .d(w_fst_val$d),
        .q(w_fst_val$q),
        .clock(w_fst_val$clock)
    );
    top$core$retire$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    top$core$retire$nq nq(
        .clock(nq$clock),
        .s_data(nq$s_data),
        .s_valid(nq$s_valid),
        .s_ready(nq$s_ready),
        .m_data(nq$m_data),
        .m_valid(nq$m_valid),
        .m_ready(nq$m_ready),
        .count(nq$count)
    );
    top$core$retire$counters$0 counters$0(
        .d(counters$0$d),
        .q(counters$0$q),
        .clock(counters$0$clock)
    );
    top$core$retire$counters$1 counters$1(
        .d(counters$1$d),
        .q(counters$1$q),
        .clock(counters$1$clock)
    );
    top$core$retire$counters$2 counters$2(
        .d(counters$2$d),
        .q(counters$2$q),
        .clock(counters$2$clock)
    );
    top$core$retire$counters$3 counters$3(
        .d(counters$3$d),
        .q(counters$3$q),
        .clock(counters$3$clock)
    );
    top$core$retire$counters$4 counters$4(
        .d(counters$4$d),
        .q(counters$4$q),
        .clock(counters$4$clock)
    );
    top$core$retire$counters$5 counters$5(
        .d(counters$5$d),
        .q(counters$5$q),
        .clock(counters$5$clock)
    );
    top$core$retire$counters$6 counters$6(
        .d(counters$6$d),
        .q(counters$6$q),
        .clock(counters$6$clock)
    );
    top$core$retire$counters$7 counters$7(
        .d(counters$7$d),
        .q(counters$7$q),
        .clock(counters$7$clock)
    );
    top$core$retire$counters$8 counters$8(
        .d(counters$8$d),
        .q(counters$8$q),
        .clock(counters$8$clock)
    );
    top$core$retire$counters$9 counters$9(
        .d(counters$9$d),
        .q(counters$9$q),
        .clock(counters$9$clock)
    );
    top$core$retire$counters$10 counters$10(
        .d(counters$10$d),
        .q(counters$10$q),
        .clock(counters$10$clock)
    );
    top$core$retire$counters$11 counters$11(
        .d(counters$11$d),
        .q(counters$11$q),
        .clock(counters$11$clock)
    );
    top$core$retire$counters$12 counters$12(
        .d(counters$12$d),
        .q(counters$12$q),
        .clock(counters$12$clock)
    );
    top$core$retire$counters$13 counters$13(
        .d(counters$13$d),
        .q(counters$13$q),
        .clock(counters$13$clock)
    );
    top$core$retire$counters$14 counters$14(
        .d(counters$14$d),
        .q(counters$14$q),
        .clock(counters$14$clock)
    );
    top$core$retire$counters$15 counters$15(
        .d(counters$15$d),
        .q(counters$15$q),
        .clock(counters$15$clock)
    );
    top$core$retire$counters$16 counters$16(
        .d(counters$16$d),
        .q(counters$16$q),
        .clock(counters$16$clock)
    );
    top$core$retire$counters$17 counters$17(
        .d(counters$17$d),
        .q(counters$17$q),
        .clock(counters$17$clock)
    );
    top$core$retire$counters$18 counters$18(
        .d(counters$18$d),
        .q(counters$18$q),
        .clock(counters$18$clock)
    );
    top$core$retire$counters$19 counters$19(
        .d(counters$19$d),
        .q(counters$19$q),
        .clock(counters$19$clock)
    );
    top$core$retire$counters$20 counters$20(
        .d(counters$20$d),
        .q(counters$20$q),
        .clock(counters$20$clock)
    );
    top$core$retire$counters$21 counters$21(
        .d(counters$21$d),
        .q(counters$21$q),
        .clock(counters$21$clock)
    );
    top$core$retire$counters$22 counters$22(
        .d(counters$22$d),
        .q(counters$22$q),
        .clock(counters$22$clock)
    );
    top$core$retire$counters$23 counters$23(
        .d(counters$23$d),
        .q(counters$23$q),
        .clock(counters$23$clock)
    );
    top$core$retire$counters$24 counters$24(
        .d(counters$24$d),
        .q(counters$24$q),
        .clock(counters$24$clock)
    );
    top$core$retire$counters$25 counters$25(
        .d(counters$25$d),
        .q(counters$25$q),
        .clock(counters$25$clock)
    );
    top$core$retire$counters$26 counters$26(
        .d(counters$26$d),
        .q(counters$26$q),
        .clock(counters$26$clock)
    );
    top$core$retire$counters$27 counters$27(
        .d(counters$27$d),
        .q(counters$27$q),
        .clock(counters$27$clock)
    );
    top$core$retire$counters$28 counters$28(
        .d(counters$28$d),
        .q(counters$28$q),
        .clock(counters$28$clock)
    );
    top$core$retire$counters$29 counters$29(
        .d(counters$29$d),
        .q(counters$29$q),
        .clock(counters$29$clock)
    );
    top$core$retire$counters$30 counters$30(
        .d(counters$30$d),
        .q(counters$30$q),
        .clock(counters$30$clock)
    );
    top$core$retire$counters$31 counters$31(
        .d(counters$31$d),
        .q(counters$31$q),
        .clock(counters$31$clock)
    );
    
    // Update code
    always @(*) begin
        s2_ev$clock = clock;
        s2_valid$clock = clock;
        s2_cmd$clock = clock;
        s2_ctable$clock = clock;
        s2_cwrite$clock = clock;
        s2_cdata$clock = clock;
        s2_svc_idx$clock = clock;
        s2_rsc_idx$clock = clock;
        s2_fst_idx$clock = clock;
        w_svc_valid$clock = clock;
        w_svc_idx$clock = clock;
        w_svc_val$clock = clock;
        w_rsc_valid$clock = clock;
        w_rsc_idx$clock = clock;
        w_rsc_val$clock = clock;
        w_fst_valid$clock = clock;
        w_fst_idx$clock = clock;
        w_fst_val$clock = clock;
        rdata$clock = clock;
        s2_ev$d = s2_ev$q;
        s2_valid$d = s2_valid$q;
        s2_cmd$d = s2_cmd$q;
        s2_ctable$d = s2_ctable$q;
        s2_cwrite$d = s2_cwrite$q;
        s2_cdata$d = s2_cdata$q;
        s2_svc_idx$d = s2_svc_idx$q;
        s2_rsc_idx$d = s2_rsc_idx$q;
        s2_fst_idx$d = s2_fst_idx$q;
        w_svc_valid$d = w_svc_valid$q;
        w_svc_idx$d = w_svc_idx$q;
        w_svc_val$d = w_svc_val$q;
        w_rsc_valid$d = w_rsc_valid$q;
        w_rsc_idx$d = w_rsc_idx$q;
        w_rsc_val$d = w_rsc_val$q;
        w_fst_valid$d = w_fst_valid$q;
        w_fst_idx$d = w_fst_idx$q;
        w_fst_val$d = w_fst_val$q;
        rdata$d = rdata$q;
        svc$clock = clock;
        rsc$clock = clock;
        fst$clock = clock;
        nq$clock = clock;
        counters$0$clock = clock;
        counters$0$d = counters$0$q;
        counters$1$clock = clock;
        counters$1$d = counters$1$q;
        counters$2$clock = clock;
        counters$2$d = counters$2$q;
        counters$3$clock = clock;
        counters$3$d = counters$3$q;
        counters$4$clock = clock;
        counters$4$d = counters$4$q;
        counters$5$clock = clock;
        counters$5$d = counters$5$q;
        counters$6$clock = clock;
        counters$6$d = counters$6$q;
        counters$7$clock = clock;
        counters$7$d = counters$7$q;
        counters$8$clock = clock;
        counters$8$d = counters$8$q;
        counters$9$clock = clock;
        counters$9$d = counters$9$q;
        counters$10$clock = clock;
        counters$10$d = counters$10$q;
        counters$11$clock = clock;
        counters$11$d = counters$11$q;
        counters$12$clock = clock;
        counters$12$d = counters$12$q;
        counters$13$clock = clock;
        counters$13$d = counters$13$q;
        counters$14$clock = clock;
        counters$14$d = counters$14$q;
        counters$15$clock = clock;
        counters$15$d = counters$15$q;
        counters$16$clock = clock;
        counters$16$d = counters$16$q;
        counters$17$clock = clock;
        counters$17$d = counters$17$q;
        counters$18$clock = clock;
        counters$18$d = counters$18$q;
        counters$19$clock = clock;
        counters$19$d = counters$19$q;
        counters$20$clock = clock;
        counters$20$d = counters$20$q;
        counters$21$clock = clock;
        counters$21$d = counters$21$q;
        counters$22$clock = clock;
        counters$22$d = counters$22$q;
        counters$23$clock = clock;
        counters$23$d = counters$23$q;
        counters$24$clock = clock;
        counters$24$d = counters$24$q;
        counters$25$clock = clock;
        counters$25$d = counters$25$q;
        counters$26$clock = clock;
        counters$26$d = counters$26$q;
        counters$27$clock = clock;
        counters$27$d = counters$27$q;
        counters$28$clock = clock;
        counters$28$d = counters$28$q;
        counters$29$clock = clock;
        counters$29$d = counters$29$q;
        counters$30$clock = clock;
        counters$30$d = counters$30$q;
        counters$31$clock = clock;
        counters$31$d = counters$31$q;
        ev = s_event;
        s_ready = ~c_valid;
        take = s_valid & ~c_valid;
        v1 = ev[(64'h0)+:(359)];
        svc_idx = (((v1[(64'h139)+:(10)]) & 9'h1ff) << 32'h1) | ((v1[(64'h14f)+:(1)]) & 9'h1ff);
        rsc_idx = (((v1[(64'h143)+:(12)]) & 9'h1ff) << 32'h1) | ((v1[(64'h14f)+:(1)]) & 9'h1ff);
        fst_idx = ((v1[(64'h150)+:(20)]) & 11'h7ff);
        if (c_valid) begin
            svc_idx = ((c_index) & 9'h1ff);
            rsc_idx = ((c_index) & 9'h1ff);
            fst_idx = ((c_index) & 11'h7ff);
        end
        s2_svc_idx$d = svc_idx;
        s2_rsc_idx$d = rsc_idx;
        s2_fst_idx$d = fst_idx;
        svc$raddr = svc_idx;
        rsc$raddr = rsc_idx;
        fst$raddr = fst_idx;
        s2_ev$d = ev;
        s2_valid$d = take;
        s2_cmd$d = c_valid;
        s2_ctable$d = c_table;
        s2_cwrite$d = c_write;
        s2_cdata$d = c_wdata;
        svc_old = svc$rdata;
        if (w_svc_valid$q & (w_svc_idx$q == s2_svc_idx$q)) begin
            svc_old = w_svc_val$q;
        end
        rsc_old = rsc$rdata;
        if (w_rsc_valid$q & (w_rsc_idx$q == s2_rsc_idx$q)) begin
            rsc_old = w_rsc_val$q;
        end
        fst_old = fst$rdata;
        if (w_fst_valid$q & (w_fst_idx$q == s2_fst_idx$q)) begin
            fst_old = w_fst_val$q;
        end
        svc$waddr = s2_svc_idx$q;
        rsc$waddr = s2_rsc_idx$q;
        fst$waddr = s2_fst_idx$q;
        svc_we = 1'b0;
        rsc_we = 1'b0;
        fst_we = 1'b0;
        w_svc_valid$d = 1'b0;
        w_rsc_valid$d = 1'b0;
        w_fst_valid$d = 1'b0;
        w_svc_idx$d = s2_svc_idx$q;
        w_rsc_idx$d = s2_rsc_idx$q;
        w_fst_idx$d = s2_fst_idx$q;
        ev = s2_ev$q;
        v2 = ev[(64'h0)+:(359)];
        m2 = ev[(64'h167)+:(302)];
        kind = v2[(64'h0)+:(2)];
        bytes = ((m2[(64'ha3)+:(16)]) & 64'hffffffffffffffff);
        pk = svc_old[(32'h0)+:(64)] + 32'h1;
        by = svc_old[(32'h40)+:(64)] + bytes;
        sv = ((pk) & 128'hffffffffffffffffffffffffffffffff) | (((by) & 128'hffffffffffffffffffffffffffffffff) << 32'h40);
        pk = rsc_old[(32'h0)+:(64)] + 32'h1;
        by = rsc_old[(32'h40)+:(64)] + bytes;
        rv = ((pk) & 128'hffffffffffffffffffffffffffffffff) | (((by) & 128'hffffffffffffffffffffffffffffffff) << 32'h40);
        fv = ((ts_now) & 64'hffffffffffffffff) | (((fst_old[(32'h20)+:(32)] + 32'h1) & 64'hffffffffffffffff) << 32'h20);
        count_svc = s2_valid$q & (kind == k_fwd) & v2[(64'h138)+:(1)] & ~ev[(64'h295)+:(1)];
        count_fst = s2_valid$q & (kind == k_fwd) & v2[(64'h164)+:(1)] & ~ev[(64'h295)+:(1)];
        rdata$d = 32'h0;
        if (s2_cmd$q) begin
            if (s2_ctable$q == t_svc) begin
                rdata$d = svc_old;
                sv = s2_cdata$q;
                svc_we = s2_cwrite$q;
            end
            if (s2_ctable$q == t_rsc) begin
                rdata$d = rsc_old;
                rv = s2_cdata$q;
                rsc_we = s2_cwrite$q;
            end
            if (s2_ctable$q == t_fst) begin
                rdata$d = ((fst_old) & 128'hffffffffffffffffffffffffffffffff);
                fv = ((s2_cdata$q) & 64'hffffffffffffffff);
                fst_we = s2_cwrite$q;
            end
        end
        else begin
            svc_we = count_svc;
            rsc_we = count_svc;
            fst_we = count_fst;
        end
        svc$wdata = sv;
        rsc$wdata = rv;
        fst$wdata = fv;
        svc$we = svc_we;
        rsc$we = rsc_we;
        fst$we = fst_we;
        w_svc_valid$d = svc_we;
        w_rsc_valid$d = rsc_we;
        w_fst_valid$d = fst_we;
        w_svc_val$d = sv;
        w_rsc_val$d = rv;
        w_fst_val$d = fv;
        c_rdata = rdata$q;
        key = ((m2[(64'h2b)+:(32)]) & 104'hffffffffffffffffffffffffff) | (((m2[(64'h4b)+:(32)]) & 104'hffffffffffffffffffffffffff) << 32'h20) | (((m2[(64'h6b)+:(16)]) & 104'hffffffffffffffffffffffffff) << 32'h40) | (((m2[(64'h7b)+:(16)]) & 104'hffffffffffffffffffffffffff) << 32'h50) | (((m2[(64'h23)+:(8)]) & 104'hffffffffffffffffffffffffff) << 32'h60);
        notify_rec = ((v2[(64'h165)+:(2)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((m2[(64'h8b)+:(8)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h8) | (((v2[(64'h139)+:(10)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h10) | (((v2[(64'h143)+:(12)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h20) | (((1'b1) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h30) | (((v2[(64'he8)+:(32)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((v2[(64'h118)+:(32)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((key) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80);
        notify_want = s2_valid$q & (kind == k_fwd) & (v2[(64'h165)+:(2)] != 32'h0) & ~ev[(64'h295)+:(1)];
        nq$s_data = notify_rec;
        nq$s_valid = notify_want;
        m_notify = nq$m_data;
        m_notify_valid = nq$m_valid;
        nq$m_ready = m_notify_ready;
        reason_hot = ((1'b1) & 16'hffff) << v2[(64'h2)+:(4)];
        inc = 32'h0;
        if (s2_valid$q) begin
            if (ev[(64'h295)+:(1)]) begin
                inc = ((1'b1) & 32'hffffffff) << 32'h2;
                inc = inc | (((1'b1) & 32'hffffffff) << (((d_truncated) & 32'hffffffff) + 32'h18));
            end
            else if (kind == k_fwd) begin
                inc = ((1'b1) & 32'hffffffff);
                if (notify_want) begin
                    if (nq$s_ready) begin
                        inc = inc | 32'h8;
                    end
                    else begin
                        inc = inc | 32'h10;
                    end
                end
            end
            else if (kind == k_exc) begin
                inc = (((reason_hot) & 32'hffffffff) << 32'h8) | 32'h2;
            end
            else if (kind == k_drop) begin
                inc = (((reason_hot & 32'hff) & 32'hffffffff) << 32'h18) | 32'h4;
            end
        end
        all = 32'h0;
        cnt = counters$0$q;
        if (inc[0]) begin
            counters$0$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$1$q;
        if (inc[1]) begin
            counters$1$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$2$q;
        if (inc[2]) begin
            counters$2$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$3$q;
        if (inc[3]) begin
            counters$3$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$4$q;
        if (inc[4]) begin
            counters$4$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$5$q;
        if (inc[5]) begin
            counters$5$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$6$q;
        if (inc[6]) begin
            counters$6$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$7$q;
        if (inc[7]) begin
            counters$7$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$8$q;
        if (inc[8]) begin
            counters$8$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$9$q;
        if (inc[9]) begin
            counters$9$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$10$q;
        if (inc[10]) begin
            counters$10$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$11$q;
        if (inc[11]) begin
            counters$11$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$12$q;
        if (inc[12]) begin
            counters$12$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$13$q;
        if (inc[13]) begin
            counters$13$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$14$q;
        if (inc[14]) begin
            counters$14$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$15$q;
        if (inc[15]) begin
            counters$15$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$16$q;
        if (inc[16]) begin
            counters$16$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$17$q;
        if (inc[17]) begin
            counters$17$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$18$q;
        if (inc[18]) begin
            counters$18$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$19$q;
        if (inc[19]) begin
            counters$19$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$20$q;
        if (inc[20]) begin
            counters$20$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$21$q;
        if (inc[21]) begin
            counters$21$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$22$q;
        if (inc[22]) begin
            counters$22$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$23$q;
        if (inc[23]) begin
            counters$23$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$24$q;
        if (inc[24]) begin
            counters$24$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$25$q;
        if (inc[25]) begin
            counters$25$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$26$q;
        if (inc[26]) begin
            counters$26$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$27$q;
        if (inc[27]) begin
            counters$27$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$28$q;
        if (inc[28]) begin
            counters$28$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$29$q;
        if (inc[29]) begin
            counters$29$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$30$q;
        if (inc[30]) begin
            counters$30$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        cnt = counters$31$q;
        if (inc[31]) begin
            counters$31$d = cnt + 32'h1;
        end
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
        stats = all;
    end
    
endmodule // top$core$retire


module top$core$retire$counters$0(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$0


module top$core$retire$counters$1(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$1


module top$core$retire$counters$10(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$10


module top$core$retire$counters$11(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$11


module top$core$retire$counters$12(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$12


module top$core$retire$counters$13(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$13


module top$core$retire$counters$14(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$14


module top$core$retire$counters$15(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$15


module top$core$retire$counters$16(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$16


module top$core$retire$counters$17(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$17


module top$core$retire$counters$18(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$18


module top$core$retire$counters$19(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$19


module top$core$retire$counters$2(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$2


module top$core$retire$counters$20(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$20


module top$core$retire$counters$21(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$21


module top$core$retire$counters$22(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$22


module top$core$retire$counters$23(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$23


module top$core$retire$counters$24(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$24


module top$core$retire$counters$25(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$25


module top$core$retire$counters$26(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$26


module top$core$retire$counters$27(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$27


module top$core$retire$counters$28(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$28


module top$core$retire$counters$29(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$29


module top$core$retire$counters$3(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$3


module top$core$retire$counters$30(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$30


module top$core$retire$counters$31(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$31


module top$core$retire$counters$4(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$4


module top$core$retire$counters$5(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$5


module top$core$retire$counters$6(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$6


module top$core$retire$counters$7(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$7


module top$core$retire$counters$8(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$8


module top$core$retire$counters$9(d,q,clock);
    
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
          
endmodule // top$core$retire$counters$9


module top$core$retire$fst(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] waddr;
    input wire  [63:0] wdata;
    input wire  we;
    input wire  [10:0] raddr;
    output reg  [63:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [63:0] mem [0:2047];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 2047; i = i + 1) mem[i] = 64'd0;
    end
    `endif
    initial rdata = 64'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$retire$fst


module top$core$retire$nq(clock,s_data,s_valid,s_ready,m_data,m_valid,m_ready,count);
    
    // Module arguments
    input wire  clock;
    input wire  [255:0] s_data;
    input wire  s_valid;
    output reg  s_ready;
    output reg  [255:0] m_data;
    output reg  m_valid;
    input wire  m_ready;
    output reg  [4:0] count;
    
    // Constant declarations
    localparam  depth = 5'b10000;
    
    // Stub signals
    reg  ram$clock;
    reg  [3:0] ram$waddr;
    reg  [255:0] ram$wdata;
    reg  ram$we;
    reg  [3:0] ram$raddr;
    wire  [255:0] ram$rdata;
    reg  [4:0] wp$d;
    wire  [4:0] wp$q;
    reg  wp$clock;
    reg  [4:0] rp$d;
    wire  [4:0] rp$q;
    reg  rp$clock;
    
    // Local signals
    reg  [4:0] used;
    reg  push;
    
    // Sub module instances
    top$core$retire$nq$ram ram(
        .clock(ram$clock),
        .waddr(ram$waddr),
        .wdata(ram$wdata),
        .we(ram$we),
        .raddr(ram$raddr),
        .rdata(ram$rdata)
    );
    top$core$retire$nq$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    top$core$retire$nq$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        rp$clock = clock;
        wp$d = wp$q;
        rp$d = rp$q;
        ram$clock = clock;
        used = wp$q - rp$q;
        s_ready = used != depth;
        ram$waddr = ((wp$q) & 4'hf);
        ram$wdata = s_data;
        push = s_valid & (used != depth);
        ram$we = push;
        if (push) begin
            wp$d = wp$q + 32'h1;
        end
        ram$raddr = ((rp$q) & 4'hf);
        m_data = ram$rdata;
        m_valid = used != 32'h0;
        if (m_ready & (used != 32'h0)) begin
            rp$d = rp$q + 32'h1;
        end
        count = used;
    end
    
endmodule // top$core$retire$nq


module top$core$retire$nq$ram(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] waddr;
    input wire  [255:0] wdata;
    input wire  we;
    input wire  [3:0] raddr;
    output reg  [255:0] rdata;
    
    // Update code (custom)
    reg [255:0] mem [0:15];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 256'd0;
    end
    `endif
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(*) begin
        rdata = mem[raddr];
    end
endmodule // top$core$retire$nq$ram


module top$core$retire$nq$rp(d,q,clock);
    
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
          
endmodule // top$core$retire$nq$rp


module top$core$retire$nq$wp(d,q,clock);
    
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
          
endmodule // top$core$retire$nq$wp


module top$core$retire$rdata(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$retire$rdata


module top$core$retire$rsc(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] waddr;
    input wire  [127:0] wdata;
    input wire  we;
    input wire  [8:0] raddr;
    output reg  [127:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [127:0] mem [0:511];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 128'd0;
    end
    `endif
    initial rdata = 128'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$retire$rsc


module top$core$retire$s2_cdata(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$retire$s2_cdata


module top$core$retire$s2_cmd(d,q,clock);
    
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
          
endmodule // top$core$retire$s2_cmd


module top$core$retire$s2_ctable(d,q,clock);
    
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
          
endmodule // top$core$retire$s2_ctable


module top$core$retire$s2_cwrite(d,q,clock);
    
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
          
endmodule // top$core$retire$s2_cwrite


module top$core$retire$s2_ev(d,q,clock);
    
    // Module arguments
    input wire  [661:0] d;
    output reg  [661:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 662'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$retire$s2_ev


module top$core$retire$s2_fst_idx(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$retire$s2_fst_idx


module top$core$retire$s2_rsc_idx(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$retire$s2_rsc_idx


module top$core$retire$s2_svc_idx(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$retire$s2_svc_idx


module top$core$retire$s2_valid(d,q,clock);
    
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
          
endmodule // top$core$retire$s2_valid


module top$core$retire$svc(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] waddr;
    input wire  [127:0] wdata;
    input wire  we;
    input wire  [8:0] raddr;
    output reg  [127:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [127:0] mem [0:511];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 128'd0;
    end
    `endif
    initial rdata = 128'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$core$retire$svc


module top$core$retire$w_fst_idx(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$retire$w_fst_idx


module top$core$retire$w_fst_val(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$retire$w_fst_val


module top$core$retire$w_fst_valid(d,q,clock);
    
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
          
endmodule // top$core$retire$w_fst_valid


module top$core$retire$w_rsc_idx(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$retire$w_rsc_idx


module top$core$retire$w_rsc_val(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$retire$w_rsc_val


module top$core$retire$w_rsc_valid(d,q,clock);
    
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
          
endmodule // top$core$retire$w_rsc_valid


module top$core$retire$w_svc_idx(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$retire$w_svc_idx


module top$core$retire$w_svc_val(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$retire$w_svc_val


module top$core$retire$w_svc_valid(d,q,clock);
    
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
          
endmodule // top$core$retire$w_svc_valid


module top$core$rq(clock,s_data,s_valid,s_ready,m_data,m_valid,m_ready,count);
    
    // Module arguments
    input wire  clock;
    input wire  [661:0] s_data;
    input wire  s_valid;
    output reg  s_ready;
    output reg  [661:0] m_data;
    output reg  m_valid;
    input wire  m_ready;
    output reg  [3:0] count;
    
    // Constant declarations
    localparam  depth = 4'h8;
    
    // Stub signals
    reg  ram$clock;
    reg  [2:0] ram$waddr;
    reg  [661:0] ram$wdata;
    reg  ram$we;
    reg  [2:0] ram$raddr;
    wire  [661:0] ram$rdata;
    reg  [3:0] wp$d;
    wire  [3:0] wp$q;
    reg  wp$clock;
    reg  [3:0] rp$d;
    wire  [3:0] rp$q;
    reg  rp$clock;
    
    // Local signals
    reg  [3:0] used;
    reg  push;
    
    // Sub module instances
    top$core$rq$ram ram(
        .clock(ram$clock),
        .waddr(ram$waddr),
        .wdata(ram$wdata),
        .we(ram$we),
        .raddr(ram$raddr),
        .rdata(ram$rdata)
    );
    top$core$rq$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    top$core$rq$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        rp$clock = clock;
        wp$d = wp$q;
        rp$d = rp$q;
        ram$clock = clock;
        used = wp$q - rp$q;
        s_ready = used != depth;
        ram$waddr = ((wp$q) & 3'h7);
        ram$wdata = s_data;
        push = s_valid & (used != depth);
        ram$we = push;
        if (push) begin
            wp$d = wp$q + 32'h1;
        end
        ram$raddr = ((rp$q) & 3'h7);
        m_data = ram$rdata;
        m_valid = used != 32'h0;
        if (m_ready & (used != 32'h0)) begin
            rp$d = rp$q + 32'h1;
        end
        count = used;
    end
    
endmodule // top$core$rq


module top$core$rq$ram(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [2:0] waddr;
    input wire  [661:0] wdata;
    input wire  we;
    input wire  [2:0] raddr;
    output reg  [661:0] rdata;
    
    // Update code (custom)
    reg [661:0] mem [0:7];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 7; i = i + 1) mem[i] = 662'd0;
    end
    `endif
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(*) begin
        rdata = mem[raddr];
    end
endmodule // top$core$rq$ram


module top$core$rq$rp(d,q,clock);
    
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
          
endmodule // top$core$rq$rp


module top$core$rq$wp(d,q,clock);
    
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
          
endmodule // top$core$rq$wp


module top$core$tails(clock,s_data,s_valid,s_ready,m_data,m_valid,m_ready,count);
    
    // Module arguments
    input wire  clock;
    input wire  [72:0] s_data;
    input wire  s_valid;
    output reg  s_ready;
    output reg  [72:0] m_data;
    output reg  m_valid;
    input wire  m_ready;
    output reg  [5:0] count;
    
    // Constant declarations
    localparam  depth = 6'b100000;
    
    // Stub signals
    reg  ram$clock;
    reg  [4:0] ram$waddr;
    reg  [72:0] ram$wdata;
    reg  ram$we;
    reg  [4:0] ram$raddr;
    wire  [72:0] ram$rdata;
    reg  [5:0] wp$d;
    wire  [5:0] wp$q;
    reg  wp$clock;
    reg  [5:0] rp$d;
    wire  [5:0] rp$q;
    reg  rp$clock;
    
    // Local signals
    reg  [5:0] used;
    reg  push;
    
    // Sub module instances
    top$core$tails$ram ram(
        .clock(ram$clock),
        .waddr(ram$waddr),
        .wdata(ram$wdata),
        .we(ram$we),
        .raddr(ram$raddr),
        .rdata(ram$rdata)
    );
    top$core$tails$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    top$core$tails$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        rp$clock = clock;
        wp$d = wp$q;
        rp$d = rp$q;
        ram$clock = clock;
        used = wp$q - rp$q;
        s_ready = used != depth;
        ram$waddr = ((wp$q) & 5'h1f);
        ram$wdata = s_data;
        push = s_valid & (used != depth);
        ram$we = push;
        if (push) begin
            wp$d = wp$q + 32'h1;
        end
        ram$raddr = ((rp$q) & 5'h1f);
        m_data = ram$rdata;
        m_valid = used != 32'h0;
        if (m_ready & (used != 32'h0)) begin
            rp$d = rp$q + 32'h1;
        end
        count = used;
    end
    
endmodule // top$core$tails


module top$core$tails$ram(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [4:0] waddr;
    input wire  [72:0] wdata;
    input wire  we;
    input wire  [4:0] raddr;
    output reg  [72:0] rdata;
    
    // Update code (custom)
    reg [72:0] mem [0:31];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 31; i = i + 1) mem[i] = 73'd0;
    end
    `endif
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(*) begin
        rdata = mem[raddr];
    end
endmodule // top$core$tails$ram


module top$core$tails$rp(d,q,clock);
    
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
          
endmodule // top$core$tails$rp


module top$core$tails$wp(d,q,clock);
    
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
          
endmodule // top$core$tails$wp


module top$eth0(clk,clk90,clk_core,rx_clk,rx_ctl,rx_data,tx_clk,tx_ctl,tx_data,rx_beat,rx_empty,rx_read,tx_beat,tx_write,tx_full);
    
    // Module arguments
    input wire  clk;
    input wire  clk90;
    input wire  clk_core;
    input wire  rx_clk;
    input wire  rx_ctl;
    input wire  [3:0] rx_data;
    output reg  tx_clk;
    output reg  tx_ctl;
    output reg  [3:0] tx_data;
    output reg  [72:0] rx_beat;
    output reg  rx_empty;
    input wire  rx_read;
    input wire  [73:0] tx_beat;
    input wire  tx_write;
    output reg  tx_full;
    
    // Stub signals
    reg  rgmii_rx$rx_clk;
    reg  rgmii_rx$rx_ctl;
    reg  [3:0] rgmii_rx$rx_data;
    wire  [7:0] rgmii_rx$data;
    wire  rgmii_rx$dv;
    wire  rgmii_rx$er;
    reg  dv_prev$d;
    wire  dv_prev$q;
    reg  dv_prev$clock;
    reg  cdc$write_clock;
    reg  [9:0] cdc$data_in;
    reg  cdc$write;
    wire  cdc$full;
    reg  cdc$read_clock;
    wire  [9:0] cdc$data_out;
    wire  cdc$empty;
    reg  cdc$read;
    reg  [9:0] sym$d;
    wire  [9:0] sym$q;
    reg  sym$clock;
    reg  symv$d;
    wire  symv$q;
    reg  symv$clock;
    reg  rx$clock;
    reg  rx$in_valid;
    reg  rx$in_dv;
    reg  rx$in_er;
    reg  [7:0] rx$in_data;
    wire  [63:0] rx$m_tdata;
    wire  [7:0] rx$m_tkeep;
    wire  rx$m_tlast;
    wire  rx$m_tvalid;
    reg  rx$m_tready;
    wire  [31:0] rx$good;
    wire  [31:0] rx$bad_fcs;
    wire  [31:0] rx$runt;
    wire  [31:0] rx$oversize;
    wire  [31:0] rx$overflow;
    reg  rxq$write_clock;
    reg  [72:0] rxq$data_in;
    reg  rxq$write;
    wire  rxq$full;
    reg  rxq$read_clock;
    wire  [72:0] rxq$data_out;
    wire  rxq$empty;
    reg  rxq$read;
    reg  txq$write_clock;
    reg  [73:0] txq$data_in;
    reg  txq$write;
    wire  txq$full;
    reg  txq$read_clock;
    wire  [73:0] txq$data_out;
    wire  txq$empty;
    reg  txq$read;
    reg  [73:0] tb$d;
    wire  [73:0] tb$q;
    reg  tb$clock;
    reg  tbv$d;
    wire  tbv$q;
    reg  tbv$clock;
    reg  tx$clock;
    reg  [63:0] tx$s_tdata;
    reg  [7:0] tx$s_tkeep;
    reg  tx$s_tlast;
    reg  tx$s_tabort;
    reg  tx$s_tvalid;
    wire  tx$s_tready;
    wire  [7:0] tx$tx_data;
    wire  tx$tx_en;
    wire  [31:0] tx$sent;
    wire  [31:0] tx$dropped;
    reg  rgmii_tx$clk;
    reg  rgmii_tx$clk90;
    reg  [7:0] rgmii_tx$data;
    reg  rgmii_tx$en;
    wire  rgmii_tx$tx_clk;
    wire  rgmii_tx$tx_ctl;
    wire  [3:0] rgmii_tx$tx_data;
    
    // Local signals
    reg  fill;
    
    // Sub module instances
    top$eth0$rgmii_rx rgmii_rx(
        .rx_clk(rgmii_rx$rx_clk),
        .rx_ctl(rgmii_rx$rx_ctl),
        .rx_data(rgmii_rx$rx_data),
        .data(rgmii_rx$data),
        .dv(rgmii_rx$dv),
        .er(rgmii_rx$er)
    );
    top$eth0$dv_prev dv_prev(
        .d(dv_prev$d),
        .q(dv_prev$q),
        .clock(dv_prev$clock)
    );
    top$eth0$cdc cdc(
        .write_clock(cdc$write_clock),
        .data_in(cdc$data_in),
        .write(cdc$write),
        .full(cdc$full),
        .read_clock(cdc$read_clock),
        .data_out(cdc$data_out),
        .empty(cdc$empty),
        .read(cdc$read)
    );
    top$eth0$sym sym(
        .d(sym$d),
        .q(sym$q),
        .clock(sym$clock)
    );
    top$eth0$symv symv(
        .d(symv$d),
        .q(symv$q),
        .clock(symv$clock)
    );
    top$eth0$rx rx(
        .clock(rx$clock),
        .in_valid(rx$in_valid),
        .in_dv(rx$in_dv),
        .in_er(rx$in_er),
        .in_data(rx$in_data),
        .m_tdata(rx$m_tdata),
        .m_tkeep(rx$m_tkeep),
        .m_tlast(rx$m_tlast),
        .m_tvalid(rx$m_tvalid),
        .m_tready(rx$m_tready),
        .good(rx$good),
        .bad_fcs(rx$bad_fcs),
        .runt(rx$runt),
        .oversize(rx$oversize),
        .overflow(rx$overflow)
    );
    top$eth0$rxq rxq(
        .write_clock(rxq$write_clock),
        .data_in(rxq$data_in),
        .write(rxq$write),
        .full(rxq$full),
        .read_clock(rxq$read_clock),
        .data_out(rxq$data_out),
        .empty(rxq$empty),
        .read(rxq$read)
    );
    top$eth0$txq txq(
        .write_clock(txq$write_clock),
        .data_in(txq$data_in),
        .write(txq$write),
        .full(txq$full),
        .read_clock(txq$read_clock),
        .data_out(txq$data_out),
        .empty(txq$empty),
        .read(txq$read)
    );
    top$eth0$tb tb(
        .d(tb$d),
        .q(tb$q),
        .clock(tb$clock)
    );
    top$eth0$tbv tbv(
        .d(tbv$d),
        .q(tbv$q),
        .clock(tbv$clock)
    );
    top$eth0$tx tx(
        .clock(tx$clock),
        .s_tdata(tx$s_tdata),
        .s_tkeep(tx$s_tkeep),
        .s_tlast(tx$s_tlast),
        .s_tabort(tx$s_tabort),
        .s_tvalid(tx$s_tvalid),
        .s_tready(tx$s_tready),
        .tx_data(tx$tx_data),
        .tx_en(tx$tx_en),
        .sent(tx$sent),
        .dropped(tx$dropped)
    );
    top$eth0$rgmii_tx rgmii_tx(
        .clk(rgmii_tx$clk),
        .clk90(rgmii_tx$clk90),
        .data(rgmii_tx$data),
        .en(rgmii_tx$en),
        .tx_clk(rgmii_tx$tx_clk),
        .tx_ctl(rgmii_tx$tx_ctl),
        .tx_data(rgmii_tx$tx_data)
    );
    
    // Update code
    always @(*) begin
        dv_prev$clock = rx_clk;
        sym$clock = clk;
        symv$clock = clk;
        rx$clock = clk;
        tb$clock = clk;
        tbv$clock = clk;
        tx$clock = clk;
        tb$d = tb$q;
        tbv$d = tbv$q;
        cdc$write_clock = rx_clk;
        cdc$read_clock = clk;
        rxq$write_clock = clk;
        rxq$read_clock = clk_core;
        txq$write_clock = clk_core;
        txq$read_clock = clk;
        rgmii_rx$rx_clk = rx_clk;
        rgmii_rx$rx_ctl = rx_ctl;
        rgmii_rx$rx_data = rx_data;
        dv_prev$d = rgmii_rx$dv;
        cdc$data_in = ((rgmii_rx$data) & 10'h3ff) | (((rgmii_rx$dv) & 10'h3ff) << 32'h8) | (((rgmii_rx$er) & 10'h3ff) << 32'h9);
        cdc$write = rgmii_rx$dv | dv_prev$q;
        cdc$read = ~cdc$empty;
        symv$d = ~cdc$empty;
        sym$d = cdc$data_out;
        rx$in_valid = symv$q;
        rx$in_data = sym$q[(32'h0)+:(8)];
        rx$in_dv = sym$q[32'h8];
        rx$in_er = sym$q[32'h9];
        rxq$data_in = ((rx$m_tdata) & 73'h1ffffffffffffffffff) | (((rx$m_tkeep) & 73'h1ffffffffffffffffff) << 32'h40) | (((rx$m_tlast) & 73'h1ffffffffffffffffff) << 32'h48);
        rxq$write = rx$m_tvalid & ~rxq$full;
        rx$m_tready = ~rxq$full;
        rx_beat = rxq$data_out;
        rx_empty = rxq$empty;
        rxq$read = rx_read;
        txq$data_in = tx_beat;
        txq$write = tx_write;
        tx_full = txq$full;
        fill = ~txq$empty & ~tbv$q;
        txq$read = fill;
        if (tbv$q & tx$s_tready) begin
            tbv$d = 1'b0;
        end
        if (fill) begin
            tb$d = txq$data_out;
            tbv$d = 1'b1;
        end
        tx$s_tdata = tb$q[(32'h0)+:(64)];
        tx$s_tkeep = tb$q[(32'h40)+:(8)];
        tx$s_tlast = tb$q[32'h48];
        tx$s_tabort = tb$q[32'h49];
        tx$s_tvalid = tbv$q;
        rgmii_tx$clk = clk;
        rgmii_tx$clk90 = clk90;
        rgmii_tx$data = tx$tx_data;
        rgmii_tx$en = tx$tx_en;
        tx_clk = rgmii_tx$tx_clk;
        tx_ctl = rgmii_tx$tx_ctl;
        tx_data = rgmii_tx$tx_data;
    end
    
endmodule // top$eth0


module top$eth0$cdc(write_clock,data_in,write,full,read_clock,data_out,empty,read);
    
    // Module arguments
    input wire  write_clock;
    input wire  [9:0] data_in;
    input wire  write;
    output reg  full;
    input wire  read_clock;
    output reg  [9:0] data_out;
    output reg  empty;
    input wire  read;
    
    // Constant declarations
    localparam  top2 = 5'b11000;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [9:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [9:0] ram$write_data;
    reg  ram$write_enable;
    reg  [4:0] wbin$d;
    wire  [4:0] wbin$q;
    reg  wbin$clock;
    reg  [4:0] wgray$d;
    wire  [4:0] wgray$q;
    reg  wgray$clock;
    reg  [4:0] wbin1$d;
    wire  [4:0] wbin1$q;
    reg  wbin1$clock;
    reg  [4:0] wgray1$d;
    wire  [4:0] wgray1$q;
    reg  wgray1$clock;
    reg  [4:0] rq1$d;
    wire  [4:0] rq1$q;
    reg  rq1$clock;
    reg  [4:0] rq2$d;
    wire  [4:0] rq2$q;
    reg  rq2$clock;
    reg  wfull$d;
    wire  wfull$q;
    reg  wfull$clock;
    reg  [4:0] rbin$d;
    wire  [4:0] rbin$q;
    reg  rbin$clock;
    reg  [4:0] rgray$d;
    wire  [4:0] rgray$q;
    reg  rgray$clock;
    reg  [4:0] rbin1$d;
    wire  [4:0] rbin1$q;
    reg  rbin1$clock;
    reg  [4:0] rgray1$d;
    wire  [4:0] rgray1$q;
    reg  rgray1$clock;
    reg  [4:0] wq1$d;
    wire  [4:0] wq1$q;
    reg  wq1$clock;
    reg  [4:0] wq2$d;
    wire  [4:0] wq2$q;
    reg  wq2$clock;
    reg  rne$d;
    wire  rne$q;
    reg  rne$clock;
    
    // Local signals
    reg  wen;
    reg  [4:0] wfar;
    reg  [4:0] rfull;
    reg  ren;
    reg  [4:0] rfar;
    
    // Sub module instances
    top$eth0$cdc$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$eth0$cdc$wbin wbin(
        .d(wbin$d),
        .q(wbin$q),
        .clock(wbin$clock)
    );
    top$eth0$cdc$wgray wgray(
        .d(wgray$d),
        .q(wgray$q),
        .clock(wgray$clock)
    );
    top$eth0$cdc$wbin1 wbin1(
        .d(wbin1$d),
        .q(wbin1$q),
        .clock(wbin1$clock)
    );
    top$eth0$cdc$wgray1 wgray1(
        .d(wgray1$d),
        .q(wgray1$q),
        .clock(wgray1$clock)
    );
    top$eth0$cdc$rq1 rq1(
        .d(rq1$d),
        .q(rq1$q),
        .clock(rq1$clock)
    );
    top$eth0$cdc$rq2 rq2(
        .d(rq2$d),
        .q(rq2$q),
        .clock(rq2$clock)
    );
    top$eth0$cdc$wfull wfull(
        .d(wfull$d),
        .q(wfull$q),
        .clock(wfull$clock)
    );
    top$eth0$cdc$rbin rbin(
        .d(rbin$d),
        .q(rbin$q),
        .clock(rbin$clock)
    );
    top$eth0$cdc$rgray rgray(
        .d(rgray$d),
        .q(rgray$q),
        .clock(rgray$clock)
    );
    top$eth0$cdc$rbin1 rbin1(
        .d(rbin1$d),
        .q(rbin1$q),
        .clock(rbin1$clock)
    );
    top$eth0$cdc$rgray1 rgray1(
        .d(rgray1$d),
        .q(rgray1$q),
        .clock(rgray1$clock)
    );
    top$eth0$cdc$wq1 wq1(
        .d(wq1$d),
        .q(wq1$q),
        .clock(wq1$clock)
    );
    top$eth0$cdc$wq2 wq2(
        .d(wq2$d),
        .q(wq2$q),
        .clock(wq2$clock)
    );
    top$eth0$cdc$rne rne(
        .d(rne$d),
        .q(rne$q),
        .clock(rne$clock)
    );
    
    // Update code
    always @(*) begin
        ram$write_clock = write_clock;
        ram$read_clock = read_clock;
        wbin$clock = write_clock;
        wbin$d = wbin$q;
        wgray$clock = write_clock;
        wgray$d = wgray$q;
        wbin1$clock = write_clock;
        wbin1$d = wbin1$q;
        wgray1$clock = write_clock;
        wgray1$d = wgray1$q;
        rq1$clock = write_clock;
        rq2$clock = write_clock;
        wfull$clock = write_clock;
        rbin$clock = read_clock;
        rbin$d = rbin$q;
        rgray$clock = read_clock;
        rgray$d = rgray$q;
        rbin1$clock = read_clock;
        rbin1$d = rbin1$q;
        rgray1$clock = read_clock;
        rgray1$d = rgray1$q;
        wq1$clock = read_clock;
        wq2$clock = read_clock;
        rne$clock = read_clock;
        wen = write & ~wfull$q;
        wfar = wbin1$q + 32'h1;
        if (wen) begin
            wbin$d = wbin1$q;
            wgray$d = wgray1$q;
            wbin1$d = wfar;
            wgray1$d = wfar ^ (wfar >> 32'h1);
        end
        rq1$d = rgray$q;
        rq2$d = rq1$q;
        rfull = rq2$q ^ top2;
        wfull$d = wgray$q == rfull;
        if (wen) begin
            wfull$d = wgray1$q == rfull;
        end
        ram$write_address = wbin$q[(32'h0)+:(4)];
        ram$write_data = data_in;
        ram$write_enable = wen;
        full = wfull$q;
        ren = read & rne$q;
        rfar = rbin1$q + 32'h1;
        wq1$d = wgray$q;
        wq2$d = wq1$q;
        ram$read_address = rbin$q[(32'h0)+:(4)];
        rne$d = rgray$q != wq2$q;
        if (ren) begin
            rbin$d = rbin1$q;
            rgray$d = rgray1$q;
            rbin1$d = rfar;
            rgray1$d = rfar ^ (rfar >> 32'h1);
            ram$read_address = rbin1$q[(32'h0)+:(4)];
            rne$d = rgray1$q != wq2$q;
        end
        data_out = ram$read_data;
        empty = ~rne$q;
    end
    
endmodule // top$eth0$cdc


module top$eth0$cdc$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [9:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [9:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[9:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$eth0$cdc$ram


module top$eth0$cdc$rbin(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$rbin


module top$eth0$cdc$rbin1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$cdc$rbin1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$cdc$rbin1


module top$eth0$cdc$rbin1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$rbin1$dff


module top$eth0$cdc$rgray(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$rgray


module top$eth0$cdc$rgray1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$cdc$rgray1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$cdc$rgray1


module top$eth0$cdc$rgray1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$rgray1$dff


module top$eth0$cdc$rne(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$rne


module top$eth0$cdc$rq1(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$rq1


module top$eth0$cdc$rq2(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$rq2


module top$eth0$cdc$wbin(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$wbin


module top$eth0$cdc$wbin1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$cdc$wbin1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$cdc$wbin1


module top$eth0$cdc$wbin1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$wbin1$dff


module top$eth0$cdc$wfull(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$wfull


module top$eth0$cdc$wgray(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$wgray


module top$eth0$cdc$wgray1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$cdc$wgray1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$cdc$wgray1


module top$eth0$cdc$wgray1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$wgray1$dff


module top$eth0$cdc$wq1(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$wq1


module top$eth0$cdc$wq2(d,q,clock);
    
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
          
endmodule // top$eth0$cdc$wq2


module top$eth0$dv_prev(d,q,clock);
    
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
          
endmodule // top$eth0$dv_prev

// v-- Setting output parameters to net type for wrapped code.


module top$eth0$rgmii_rx(rx_clk,rx_ctl,rx_data,data,dv,er);
    
    // Module arguments
    input wire  rx_clk;
    input wire  rx_ctl;
    input wire  [3:0] rx_data;
    output wire  [7:0] data;
    output wire  dv;
    output wire  er;
    
    // Update code (wrapper)
    
    wire [4:0] q_rise;
    wire [4:0] q_fall;
    wire [4:0] pins = {rx_ctl, rx_data};
    reg [7:0] r_data = 8'd0;
    reg r_dv = 1'b0;
    reg r_er = 1'b0;
    genvar i;
    generate for (i = 0; i < 5; i = i + 1) begin : ddr_in
        IDDRX1F iddr (.D(pins[i]), .SCLK(rx_clk), .RST(1'b0), .Q0(q_rise[i]), .Q1(q_fall[i]));
    end endgenerate
    always @(posedge rx_clk) begin
        r_data <= {q_fall[3:0], q_rise[3:0]};
        r_dv <= q_rise[4];
        r_er <= q_rise[4] ^ q_fall[4];
    end
    assign data = r_data;
    assign dv = r_dv;
    assign er = r_er;
endmodule // top$eth0$rgmii_rx

// v-- Setting output parameters to net type for wrapped code.


module top$eth0$rgmii_tx(clk,clk90,data,en,tx_clk,tx_ctl,tx_data);
    
    // Module arguments
    input wire  clk;
    input wire  clk90;
    input wire  [7:0] data;
    input wire  en;
    output wire  tx_clk;
    output wire  tx_ctl;
    output wire  [3:0] tx_data;
    
    // Update code (wrapper)
    
    ODDRX1F oddr_clk (.D0(1'b1), .D1(1'b0), .SCLK(clk90), .RST(1'b0), .Q(tx_clk));
    ODDRX1F oddr_ctl (.D0(en), .D1(en), .SCLK(clk), .RST(1'b0), .Q(tx_ctl));
    genvar i;
    generate for (i = 0; i < 4; i = i + 1) begin : ddr_out
        ODDRX1F oddr (.D0(data[i]), .D1(data[i + 4]), .SCLK(clk), .RST(1'b0), .Q(tx_data[i]));
    end endgenerate
endmodule // top$eth0$rgmii_tx


module top$eth0$rx(clock,in_valid,in_dv,in_er,in_data,m_tdata,m_tkeep,m_tlast,m_tvalid,m_tready,good,bad_fcs,runt,oversize,overflow);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    input wire  in_dv;
    input wire  in_er;
    input wire  [7:0] in_data;
    output reg  [63:0] m_tdata;
    output reg  [7:0] m_tkeep;
    output reg  m_tlast;
    output reg  m_tvalid;
    input wire  m_tready;
    output reg  [31:0] good;
    output reg  [31:0] bad_fcs;
    output reg  [31:0] runt;
    output reg  [31:0] oversize;
    output reg  [31:0] overflow;
    
    // Constant declarations
    localparam  slack_depth = 10'b111111111;
    localparam  max_len = 16'h5f2;
    localparam  s_idle = 2'b0;
    localparam  s_frame = 2'b1;
    localparam  s_discard = 2'b10;
    localparam  last_short = 16'h3f;
    
    // Stub signals
    reg  crc$clock;
    reg  crc$init;
    reg  crc$en;
    reg  [7:0] crc$data;
    wire  [31:0] crc$crc;
    wire  [31:0] crc$fcs;
    wire  crc$ok;
    reg  ram$clock;
    reg  [8:0] ram$waddr;
    reg  [71:0] ram$wdata;
    reg  ram$we;
    reg  [8:0] ram$raddr;
    wire  [71:0] ram$rdata;
    reg  [1:0] st$d;
    wire  [1:0] st$q;
    reg  st$clock;
    reg  [31:0] sh$d;
    wire  [31:0] sh$q;
    reg  sh$clock;
    reg  [2:0] held$d;
    wire  [2:0] held$q;
    reg  held$clock;
    reg  [15:0] len$d;
    wire  [15:0] len$q;
    reg  len$clock;
    reg  [63:0] acc$d;
    wire  [63:0] acc$q;
    reg  acc$clock;
    reg  [3:0] nb$d;
    wire  [3:0] nb$q;
    reg  nb$clock;
    reg  [7:0] keep$d;
    wire  [7:0] keep$q;
    reg  keep$clock;
    reg  f_er$d;
    wire  f_er$q;
    reg  f_er$clock;
    reg  f_long$d;
    wire  f_long$q;
    reg  f_long$clock;
    reg  f_min$d;
    wire  f_min$q;
    reg  f_min$clock;
    reg  f_ovf$d;
    wire  f_ovf$q;
    reg  f_ovf$clock;
    reg  [9:0] wt$d;
    wire  [9:0] wt$q;
    reg  wt$clock;
    reg  [9:0] wc$d;
    wire  [9:0] wc$q;
    reg  wc$clock;
    reg  [9:0] wc_rd$d;
    wire  [9:0] wc_rd$q;
    reg  wc_rd$clock;
    reg  wr_en$d;
    wire  wr_en$q;
    reg  wr_en$clock;
    reg  [8:0] wr_addr$d;
    wire  [8:0] wr_addr$q;
    reg  wr_addr$clock;
    reg  [71:0] wr_data$d;
    wire  [71:0] wr_data$q;
    reg  wr_data$clock;
    reg  [9:0] rp$d;
    wire  [9:0] rp$q;
    reg  rp$clock;
    reg  inflight$d;
    wire  inflight$q;
    reg  inflight$clock;
    reg  landed$d;
    wire  landed$q;
    reg  landed$clock;
    reg  room_r$d;
    wire  room_r$q;
    reg  room_r$clock;
    reg  end_r$d;
    wire  end_r$q;
    reg  end_r$clock;
    reg  crc_ok_r$d;
    wire  crc_ok_r$q;
    reg  crc_ok_r$clock;
    reg  [1:0] occ$d;
    wire  [1:0] occ$q;
    reg  occ$clock;
    reg  [71:0] o0$d;
    wire  [71:0] o0$q;
    reg  o0$clock;
    reg  [71:0] o1$d;
    wire  [71:0] o1$q;
    reg  o1$clock;
    reg  [31:0] n_good$d;
    wire  [31:0] n_good$q;
    reg  n_good$clock;
    reg  [31:0] n_fcs$d;
    wire  [31:0] n_fcs$q;
    reg  n_fcs$clock;
    reg  [31:0] n_runt$d;
    wire  [31:0] n_runt$q;
    reg  n_runt$clock;
    reg  [31:0] n_long$d;
    wire  [31:0] n_long$q;
    reg  n_long$clock;
    reg  [31:0] n_ovf$d;
    wire  [31:0] n_ovf$q;
    reg  n_ovf$clock;
    
    // Local signals
    reg  got_byte;
    reg  fin;
    reg  push;
    reg  [7:0] pushed;
    reg  [63:0] ins;
    reg  room;
    reg  wr_full;
    reg  ok_end;
    reg  [71:0] word;
    reg  [6:0] keep_hi;
    reg  [6:0] head_keep;
    reg  ram_some;
    reg  [9:0] room_used;
    reg  pop;
    reg  issue;
    reg  [1:0] occ_after_pop;
    reg  [2:0] pending;
    reg  [71:0] head;
    
    // Sub module instances
    top$eth0$rx$crc crc(
        .clock(crc$clock),
        .init(crc$init),
        .en(crc$en),
        .data(crc$data),
        .crc(crc$crc),
        .fcs(crc$fcs),
        .ok(crc$ok)
    );
    top$eth0$rx$ram ram(
        .clock(ram$clock),
        .waddr(ram$waddr),
        .wdata(ram$wdata),
        .we(ram$we),
        .raddr(ram$raddr),
        .rdata(ram$rdata)
    );
    top$eth0$rx$st st(
        .d(st$d),
        .q(st$q),
        .clock(st$clock)
    );
    top$eth0$rx$sh sh(
        .d(sh$d),
        .q(sh$q),
        .clock(sh$clock)
    );
    top$eth0$rx$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    top$eth0$rx$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    top$eth0$rx$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    top$eth0$rx$nb nb(
        .d(nb$d),
        .q(nb$q),
        .clock(nb$clock)
    );
    top$eth0$rx$keep keep(
        .d(keep$d),
        .q(keep$q),
        .clock(keep$clock)
    );
    top$eth0$rx$f_er f_er(
        .d(f_er$d),
        .q(f_er$q),
        .clock(f_er$clock)
    );
    top$eth0$rx$f_long f_long(
        .d(f_long$d),
        .q(f_long$q),
        .clock(f_long$clock)
    );
    top$eth0$rx$f_min f_min(
        .d(f_min$d),
        .q(f_min$q),
        .clock(f_min$clock)
    );
    top$eth0$rx$f_ovf f_ovf(
        .d(f_ovf$d),
        .q(f_ovf$q),
        .clock(f_ovf$clock)
    );
    top$eth0$rx$wt wt(
        .d(wt$d),
        .q(wt$q),
        .clock(wt$clock)
    );
    top$eth0$rx$wc wc(
        .d(wc$d),
        .q(wc$q),
        .clock(wc$clock)
    );
    top$eth0$rx$wc_rd wc_rd(
        .d(wc_rd$d),
        .q(wc_rd$q),
        .clock(wc_rd$clock)
    );
    top$eth0$rx$wr_en wr_en(
        .d(wr_en$d),
        .q(wr_en$q),
        .clock(wr_en$clock)
    );
    top$eth0$rx$wr_addr wr_addr(
        .d(wr_addr$d),
        .q(wr_addr$q),
        .clock(wr_addr$clock)
    );
    top$eth0$rx$wr_data wr_data(
        .d(wr_data$d),
        .q(wr_data$q),
        .clock(wr_data$clock)
    );
    top$eth0$rx$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    top$eth0$rx$inflight inflight(
        .d(inflight$d),
        .q(inflight$q),
        .clock(inflight$clock)
    );
    top$eth0$rx$landed landed(
        .d(landed$d),
        .q(landed$q),
        .clock(landed$clock)
    );
    top$eth0$rx$room_r room_r(
        .d(room_r$d),
        .q(room_r$q),
        .clock(room_r$clock)
    );
    top$eth0$rx$end_r end_r(
        .d(end_r$d),
        .q(end_r$q),
        .clock(end_r$clock)
    );
    top$eth0$rx$crc_ok_r crc_ok_r(
        .d(crc_ok_r$d),
        .q(crc_ok_r$q),
        .clock(crc_ok_r$clock)
    );
    top$eth0$rx$occ occ(
        .d(occ$d),
        .q(occ$q),
        .clock(occ$clock)
    );
    top$eth0$rx$o0 o0(
        .d(o0$d),
        .q(o0$q),
        .clock(o0$clock)
    );
    top$eth0$rx$o1 o1(
        .d(o1$d),
        .q(o1$q),
        .clock(o1$clock)
    );
    top$eth0$rx$n_good n_good(
        .d(n_good$d),
        .q(n_good$q),
        .clock(n_good$clock)
    );
    top$eth0$rx$n_fcs n_fcs(
        .d(n_fcs$d),
        .q(n_fcs$q),
        .clock(n_fcs$clock)
    );
    top$eth0$rx$n_runt n_runt(
        .d(n_runt$d),
        .q(n_runt$q),
        .clock(n_runt$clock)
    );
    top$eth0$rx$n_long n_long(
        .d(n_long$d),
        .q(n_long$q),
        .clock(n_long$clock)
    );
    top$eth0$rx$n_ovf n_ovf(
        .d(n_ovf$d),
        .q(n_ovf$q),
        .clock(n_ovf$clock)
    );
    
    // Update code
    always @(*) begin
        st$clock = clock;
        sh$clock = clock;
        held$clock = clock;
        len$clock = clock;
        acc$clock = clock;
        nb$clock = clock;
        keep$clock = clock;
        f_er$clock = clock;
        f_long$clock = clock;
        f_min$clock = clock;
        f_ovf$clock = clock;
        wt$clock = clock;
        wc$clock = clock;
        wc_rd$clock = clock;
        wr_en$clock = clock;
        wr_addr$clock = clock;
        wr_data$clock = clock;
        rp$clock = clock;
        inflight$clock = clock;
        landed$clock = clock;
        room_r$clock = clock;
        end_r$clock = clock;
        crc_ok_r$clock = clock;
        occ$clock = clock;
        o0$clock = clock;
        o1$clock = clock;
        n_good$clock = clock;
        n_fcs$clock = clock;
        n_runt$clock = clock;
        n_long$clock = clock;
        n_ovf$clock = clock;
        st$d = st$q;
        sh$d = sh$q;
        held$d = held$q;
        len$d = len$q;
        acc$d = acc$q;
        nb$d = nb$q;
        keep$d = keep$q;
        f_er$d = f_er$q;
        f_long$d = f_long$q;
        f_min$d = f_min$q;
        f_ovf$d = f_ovf$q;
        wt$d = wt$q;
        wc$d = wc$q;
        wc_rd$d = wc_rd$q;
        wr_en$d = wr_en$q;
        wr_addr$d = wr_addr$q;
        wr_data$d = wr_data$q;
        rp$d = rp$q;
        inflight$d = inflight$q;
        landed$d = landed$q;
        room_r$d = room_r$q;
        end_r$d = end_r$q;
        crc_ok_r$d = crc_ok_r$q;
        occ$d = occ$q;
        o0$d = o0$q;
        o1$d = o1$q;
        n_good$d = n_good$q;
        n_fcs$d = n_fcs$q;
        n_runt$d = n_runt$q;
        n_long$d = n_long$q;
        n_ovf$d = n_ovf$q;
        crc$clock = clock;
        ram$clock = clock;
        got_byte = in_valid & in_dv;
        fin = in_valid & ~in_dv;
        crc$data = in_data;
        crc$en = got_byte & (st$q == s_frame);
        crc$init = got_byte & (st$q != s_frame);
        pushed = sh$q[(32'h0)+:(8)];
        push = got_byte & (st$q == s_frame) & (held$q == 32'h4);
        ins = ((pushed) & 64'hffffffffffffffff) << (((nb$q) & 64'hffffffffffffffff) << 32'h3);
        room_used = wt$q - rp$q;
        room_r$d = room_used < slack_depth;
        room = room_r$q;
        end_r$d = fin & (st$q == s_frame);
        crc_ok_r$d = crc$ok;
        ok_end = ~f_er$q & ~f_long$q & ~f_ovf$q & f_min$q & crc_ok_r$q & room;
        keep_hi = keep$q[(32'h1)+:(7)];
        word = ((acc$q) & 72'hffffffffffffffffff) | (((keep_hi) & 72'hffffffffffffffffff) << 32'h40);
        wr_full = push & (nb$q == 32'h8) & ~f_long$q;
        wr_addr$d = ((wt$q) & 9'h1ff);
        wr_data$d = word;
        wr_en$d = 1'b0;
        if (wr_full & room & ~f_ovf$q) begin
            wr_en$d = 1'b1;
            wt$d = wt$q + 32'h1;
        end
        if (wr_full & ~room) begin
            f_ovf$d = 1'b1;
        end
        if (push) begin
            if (nb$q == 32'h8) begin
                acc$d = ((pushed) & 64'hffffffffffffffff);
                nb$d = 32'h1;
                keep$d = 32'h1;
            end
            else begin
                acc$d = acc$q | ins;
                nb$d = nb$q + 32'h1;
                keep$d = (keep$q << 32'h1) | 32'h1;
            end
        end
        if (got_byte) begin
            if (st$q == s_frame) begin
                sh$d = (sh$q >> 32'h8) | (((in_data) & 32'hffffffff) << 32'h18);
                if (held$q != 32'h4) begin
                    held$d = held$q + 32'h1;
                end
                if (len$q == last_short) begin
                    f_min$d = 1'b1;
                end
                if (len$q == max_len) begin
                    f_long$d = 1'b1;
                end
                else begin
                    len$d = len$q + 32'h1;
                end
                if (in_er) begin
                    f_er$d = 1'b1;
                end
            end
            else if (st$q == s_idle) begin
                if (in_data == 32'hd5) begin
                    st$d = s_frame;
                    held$d = 32'h0;
                    len$d = 32'h0;
                    acc$d = 32'h0;
                    nb$d = 32'h0;
                    keep$d = 32'h0;
                    f_er$d = in_er;
                    f_long$d = 1'b0;
                    f_min$d = 1'b0;
                    f_ovf$d = 1'b0;
                end
                else if (in_data != 32'h55) begin
                    st$d = s_discard;
                end
            end
        end
        if (fin) begin
            st$d = s_idle;
        end
        if (end_r$q) begin
            if (ok_end) begin
                wr_data$d = word | (((1'b1) & 72'hffffffffffffffffff) << 32'h47);
                wr_en$d = 1'b1;
                wt$d = wt$q + 32'h1;
                wc$d = wt$q + 32'h1;
                n_good$d = n_good$q + 32'h1;
            end
            else begin
                wt$d = wc$q;
                if (f_ovf$q | ~room) begin
                    n_ovf$d = n_ovf$q + 32'h1;
                end
                else if (f_long$q) begin
                    n_long$d = n_long$q + 32'h1;
                end
                else if (~f_min$q) begin
                    n_runt$d = n_runt$q + 32'h1;
                end
                else begin
                    n_fcs$d = n_fcs$q + 32'h1;
                end
            end
        end
        ram$waddr = wr_addr$q;
        ram$wdata = wr_data$q;
        ram$we = wr_en$q;
        wc_rd$d = wc$q;
        ram_some = wc_rd$q != rp$q;
        m_tvalid = occ$q != 32'h0;
        head = o0$q;
        head_keep = head[(32'h40)+:(7)];
        m_tdata = head[(32'h0)+:(64)];
        m_tkeep = (((head_keep) & 8'hff) << 32'h1) | 32'h1;
        m_tlast = head[32'h47];
        pop = m_tready & (occ$q != 32'h0);
        occ_after_pop = occ$q;
        if (pop) begin
            occ_after_pop = occ$q - 32'h1;
            o0$d = o1$q;
        end
        landed$d = inflight$q;
        if (landed$q) begin
            if (occ_after_pop == 32'h0) begin
                o0$d = ram$rdata;
            end
            else begin
                o1$d = ram$rdata;
            end
        end
        occ$d = occ_after_pop + ((landed$q) & 2'h3);
        pending = ((occ_after_pop) & 3'h7) + ((landed$q) & 3'h7) + ((inflight$q) & 3'h7);
        issue = ram_some & (pending < 32'h2);
        ram$raddr = ((rp$q) & 9'h1ff);
        inflight$d = issue;
        if (issue) begin
            rp$d = rp$q + 32'h1;
        end
        good = n_good$q;
        bad_fcs = n_fcs$q;
        runt = n_runt$q;
        oversize = n_long$q;
        overflow = n_ovf$q;
    end
    
endmodule // top$eth0$rx


module top$eth0$rx$acc(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth0$rx$acc


module top$eth0$rx$crc(clock,init,en,data,crc,fcs,ok);
    
    // Module arguments
    input wire  clock;
    input wire  init;
    input wire  en;
    input wire  [7:0] data;
    output reg  [31:0] crc;
    output reg  [31:0] fcs;
    output reg  ok;
    
    // Constant declarations
    localparam  columns$0 = 40'h400000104;
    localparam  columns$1 = 40'h900000209;
    localparam  columns$2 = 40'h1300000413;
    localparam  columns$3 = 40'h2600000826;
    localparam  columns$4 = 40'h4d0000104d;
    localparam  columns$5 = 40'h9a0000209a;
    localparam  columns$6 = 40'h3000004030;
    localparam  columns$7 = 40'h6100008061;
    localparam  columns$8 = 40'hc2000100c2;
    localparam  columns$9 = 40'h8000020080;
    localparam  columns$10 = 40'h400040004;
    localparam  columns$11 = 40'h800080008;
    localparam  columns$12 = 40'h1100100011;
    localparam  columns$13 = 40'h2300200023;
    localparam  columns$14 = 40'h4600400046;
    localparam  columns$15 = 40'h8c0080008c;
    localparam  columns$16 = 40'h1d0100001d;
    localparam  columns$17 = 40'h3b0200003b;
    localparam  columns$18 = 40'h7704000077;
    localparam  columns$19 = 40'hee080000ee;
    localparam  columns$20 = 40'hd8100000d8;
    localparam  columns$21 = 40'hb4200000b4;
    localparam  columns$22 = 40'h6c4000006c;
    localparam  columns$23 = 40'hd8800000d8;
    localparam  columns$24 = 40'hb5000000b5;
    localparam  columns$25 = 40'h6f0000006f;
    localparam  columns$26 = 40'hdf000000df;
    localparam  columns$27 = 40'hba000000ba;
    localparam  columns$28 = 40'h7100000071;
    localparam  columns$29 = 40'he3000000e3;
    localparam  columns$30 = 40'hc3000000c3;
    localparam  columns$31 = 40'h8200000082;
    localparam  start = 32'hffffffff;
    localparam  ones = 32'hffffffff;
    localparam  residue = 32'hdebb20e3;
    localparam  byte_at = 8'h20;
    
    // Stub signals
    reg  [31:0] state$d;
    wire  [31:0] state$q;
    reg  state$clock;
    
    // Local signals
    reg  [39:0] v;
    reg  [39:0] mask;
    reg  [31:0] nxt;
    
    // Sub module instances
    top$eth0$rx$crc$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        state$d = state$q;
        v = ((state$q) & 40'hffffffffff) | (((data) & 40'hffffffffff) << byte_at);
        nxt = 32'h0;
        mask = columns$0;
        nxt = (nxt & ~(1 << (0)) | ((^(v & mask)) << (0)));
        mask = columns$1;
        nxt = (nxt & ~(1 << (1)) | ((^(v & mask)) << (1)));
        mask = columns$2;
        nxt = (nxt & ~(1 << (2)) | ((^(v & mask)) << (2)));
        mask = columns$3;
        nxt = (nxt & ~(1 << (3)) | ((^(v & mask)) << (3)));
        mask = columns$4;
        nxt = (nxt & ~(1 << (4)) | ((^(v & mask)) << (4)));
        mask = columns$5;
        nxt = (nxt & ~(1 << (5)) | ((^(v & mask)) << (5)));
        mask = columns$6;
        nxt = (nxt & ~(1 << (6)) | ((^(v & mask)) << (6)));
        mask = columns$7;
        nxt = (nxt & ~(1 << (7)) | ((^(v & mask)) << (7)));
        mask = columns$8;
        nxt = (nxt & ~(1 << (8)) | ((^(v & mask)) << (8)));
        mask = columns$9;
        nxt = (nxt & ~(1 << (9)) | ((^(v & mask)) << (9)));
        mask = columns$10;
        nxt = (nxt & ~(1 << (10)) | ((^(v & mask)) << (10)));
        mask = columns$11;
        nxt = (nxt & ~(1 << (11)) | ((^(v & mask)) << (11)));
        mask = columns$12;
        nxt = (nxt & ~(1 << (12)) | ((^(v & mask)) << (12)));
        mask = columns$13;
        nxt = (nxt & ~(1 << (13)) | ((^(v & mask)) << (13)));
        mask = columns$14;
        nxt = (nxt & ~(1 << (14)) | ((^(v & mask)) << (14)));
        mask = columns$15;
        nxt = (nxt & ~(1 << (15)) | ((^(v & mask)) << (15)));
        mask = columns$16;
        nxt = (nxt & ~(1 << (16)) | ((^(v & mask)) << (16)));
        mask = columns$17;
        nxt = (nxt & ~(1 << (17)) | ((^(v & mask)) << (17)));
        mask = columns$18;
        nxt = (nxt & ~(1 << (18)) | ((^(v & mask)) << (18)));
        mask = columns$19;
        nxt = (nxt & ~(1 << (19)) | ((^(v & mask)) << (19)));
        mask = columns$20;
        nxt = (nxt & ~(1 << (20)) | ((^(v & mask)) << (20)));
        mask = columns$21;
        nxt = (nxt & ~(1 << (21)) | ((^(v & mask)) << (21)));
        mask = columns$22;
        nxt = (nxt & ~(1 << (22)) | ((^(v & mask)) << (22)));
        mask = columns$23;
        nxt = (nxt & ~(1 << (23)) | ((^(v & mask)) << (23)));
        mask = columns$24;
        nxt = (nxt & ~(1 << (24)) | ((^(v & mask)) << (24)));
        mask = columns$25;
        nxt = (nxt & ~(1 << (25)) | ((^(v & mask)) << (25)));
        mask = columns$26;
        nxt = (nxt & ~(1 << (26)) | ((^(v & mask)) << (26)));
        mask = columns$27;
        nxt = (nxt & ~(1 << (27)) | ((^(v & mask)) << (27)));
        mask = columns$28;
        nxt = (nxt & ~(1 << (28)) | ((^(v & mask)) << (28)));
        mask = columns$29;
        nxt = (nxt & ~(1 << (29)) | ((^(v & mask)) << (29)));
        mask = columns$30;
        nxt = (nxt & ~(1 << (30)) | ((^(v & mask)) << (30)));
        mask = columns$31;
        nxt = (nxt & ~(1 << (31)) | ((^(v & mask)) << (31)));
        if (en) begin
            state$d = nxt;
        end
        if (init) begin
            state$d = start;
        end
        crc = state$q;
        fcs = state$q ^ ones;
        ok = state$q == residue;
    end
    
endmodule // top$eth0$rx$crc


module top$eth0$rx$crc$state(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Stub signals
    reg  [31:0] dff$d;
    wire  [31:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$rx$crc$state$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$rx$crc$state


module top$eth0$rx$crc$state$dff(d,q,clock);
    
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
          
endmodule // top$eth0$rx$crc$state$dff


module top$eth0$rx$crc_ok_r(d,q,clock);
    
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
          
endmodule // top$eth0$rx$crc_ok_r


module top$eth0$rx$end_r(d,q,clock);
    
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
          
endmodule // top$eth0$rx$end_r


module top$eth0$rx$f_er(d,q,clock);
    
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
          
endmodule // top$eth0$rx$f_er


module top$eth0$rx$f_long(d,q,clock);
    
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
          
endmodule // top$eth0$rx$f_long


module top$eth0$rx$f_min(d,q,clock);
    
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
          
endmodule // top$eth0$rx$f_min


module top$eth0$rx$f_ovf(d,q,clock);
    
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
          
endmodule // top$eth0$rx$f_ovf


module top$eth0$rx$held(d,q,clock);
    
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
          
endmodule // top$eth0$rx$held


module top$eth0$rx$inflight(d,q,clock);
    
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
          
endmodule // top$eth0$rx$inflight


module top$eth0$rx$keep(d,q,clock);
    
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
          
endmodule // top$eth0$rx$keep


module top$eth0$rx$landed(d,q,clock);
    
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
          
endmodule // top$eth0$rx$landed


module top$eth0$rx$len(d,q,clock);
    
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
          
endmodule // top$eth0$rx$len


module top$eth0$rx$n_fcs(d,q,clock);
    
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
          
endmodule // top$eth0$rx$n_fcs


module top$eth0$rx$n_good(d,q,clock);
    
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
          
endmodule // top$eth0$rx$n_good


module top$eth0$rx$n_long(d,q,clock);
    
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
          
endmodule // top$eth0$rx$n_long


module top$eth0$rx$n_ovf(d,q,clock);
    
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
          
endmodule // top$eth0$rx$n_ovf


module top$eth0$rx$n_runt(d,q,clock);
    
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
          
endmodule // top$eth0$rx$n_runt


module top$eth0$rx$nb(d,q,clock);
    
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
          
endmodule // top$eth0$rx$nb


module top$eth0$rx$o0(d,q,clock);
    
    // Module arguments
    input wire  [71:0] d;
    output reg  [71:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 72'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth0$rx$o0


module top$eth0$rx$o1(d,q,clock);
    
    // Module arguments
    input wire  [71:0] d;
    output reg  [71:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 72'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth0$rx$o1


module top$eth0$rx$occ(d,q,clock);
    
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
          
endmodule // top$eth0$rx$occ


module top$eth0$rx$ram(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] waddr;
    input wire  [71:0] wdata;
    input wire  we;
    input wire  [8:0] raddr;
    output reg  [71:0] rdata;
    
    // Update code (custom)
    `ifdef SYNTHESIS
    wire [71:0] q;
    DP16KD #(.DATA_WIDTH_A(36), .DATA_WIDTH_B(36), .REGMODE_A("OUTREG"), .REGMODE_B("OUTREG"),
        .RESETMODE("SYNC"), .ASYNC_RESET_RELEASE("SYNC"), .CSDECODE_A("0b000"),
        .CSDECODE_B("0b000"), .WRITEMODE_A("NORMAL"), .WRITEMODE_B("NORMAL"), .GSR("AUTO"))
      ebr0 (.CLKA(clock), .WEA(1'b1), .CEA(1'b1), .OCEA(1'b1), .RSTA(1'b0),
        .CSA0(1'b0), .CSA1(1'b0), .CSA2(1'b0), .ADA0(we), .ADA1(we), .ADA2(we), .ADA3(we), .ADA4(1'b0), .ADA5(waddr[0]), .ADA6(waddr[1]), .ADA7(waddr[2]), .ADA8(waddr[3]), .ADA9(waddr[4]), .ADA10(waddr[5]), .ADA11(waddr[6]), .ADA12(waddr[7]), .ADA13(waddr[8]),
        .DIA0(wdata[0]), .DIA1(wdata[1]), .DIA2(wdata[2]), .DIA3(wdata[3]), .DIA4(wdata[4]), .DIA5(wdata[5]), .DIA6(wdata[6]), .DIA7(wdata[7]), .DIA8(wdata[8]), .DIA9(wdata[9]), .DIA10(wdata[10]), .DIA11(wdata[11]), .DIA12(wdata[12]), .DIA13(wdata[13]), .DIA14(wdata[14]), .DIA15(wdata[15]), .DIA16(wdata[16]), .DIA17(wdata[17]), .DIB0(wdata[18]), .DIB1(wdata[19]), .DIB2(wdata[20]), .DIB3(wdata[21]), .DIB4(wdata[22]), .DIB5(wdata[23]), .DIB6(wdata[24]), .DIB7(wdata[25]), .DIB8(wdata[26]), .DIB9(wdata[27]), .DIB10(wdata[28]), .DIB11(wdata[29]), .DIB12(wdata[30]), .DIB13(wdata[31]), .DIB14(wdata[32]), .DIB15(wdata[33]), .DIB16(wdata[34]), .DIB17(wdata[35]),
        .CLKB(clock), .WEB(1'b0), .CEB(1'b1), .OCEB(1'b1), .RSTB(1'b0),
        .CSB0(1'b0), .CSB1(1'b0), .CSB2(1'b0), .ADB0(1'b0), .ADB1(1'b0), .ADB2(1'b0), .ADB3(1'b0), .ADB4(1'b0), .ADB5(raddr[0]), .ADB6(raddr[1]), .ADB7(raddr[2]), .ADB8(raddr[3]), .ADB9(raddr[4]), .ADB10(raddr[5]), .ADB11(raddr[6]), .ADB12(raddr[7]), .ADB13(raddr[8]),
        .DOA0(q[0]), .DOA1(q[1]), .DOA2(q[2]), .DOA3(q[3]), .DOA4(q[4]), .DOA5(q[5]), .DOA6(q[6]), .DOA7(q[7]), .DOA8(q[8]), .DOA9(q[9]), .DOA10(q[10]), .DOA11(q[11]), .DOA12(q[12]), .DOA13(q[13]), .DOA14(q[14]), .DOA15(q[15]), .DOA16(q[16]), .DOA17(q[17]), .DOB0(q[18]), .DOB1(q[19]), .DOB2(q[20]), .DOB3(q[21]), .DOB4(q[22]), .DOB5(q[23]), .DOB6(q[24]), .DOB7(q[25]), .DOB8(q[26]), .DOB9(q[27]), .DOB10(q[28]), .DOB11(q[29]), .DOB12(q[30]), .DOB13(q[31]), .DOB14(q[32]), .DOB15(q[33]), .DOB16(q[34]), .DOB17(q[35]));
    DP16KD #(.DATA_WIDTH_A(36), .DATA_WIDTH_B(36), .REGMODE_A("OUTREG"), .REGMODE_B("OUTREG"),
        .RESETMODE("SYNC"), .ASYNC_RESET_RELEASE("SYNC"), .CSDECODE_A("0b000"),
        .CSDECODE_B("0b000"), .WRITEMODE_A("NORMAL"), .WRITEMODE_B("NORMAL"), .GSR("AUTO"))
      ebr1 (.CLKA(clock), .WEA(1'b1), .CEA(1'b1), .OCEA(1'b1), .RSTA(1'b0),
        .CSA0(1'b0), .CSA1(1'b0), .CSA2(1'b0), .ADA0(we), .ADA1(we), .ADA2(we), .ADA3(we), .ADA4(1'b0), .ADA5(waddr[0]), .ADA6(waddr[1]), .ADA7(waddr[2]), .ADA8(waddr[3]), .ADA9(waddr[4]), .ADA10(waddr[5]), .ADA11(waddr[6]), .ADA12(waddr[7]), .ADA13(waddr[8]),
        .DIA0(wdata[36]), .DIA1(wdata[37]), .DIA2(wdata[38]), .DIA3(wdata[39]), .DIA4(wdata[40]), .DIA5(wdata[41]), .DIA6(wdata[42]), .DIA7(wdata[43]), .DIA8(wdata[44]), .DIA9(wdata[45]), .DIA10(wdata[46]), .DIA11(wdata[47]), .DIA12(wdata[48]), .DIA13(wdata[49]), .DIA14(wdata[50]), .DIA15(wdata[51]), .DIA16(wdata[52]), .DIA17(wdata[53]), .DIB0(wdata[54]), .DIB1(wdata[55]), .DIB2(wdata[56]), .DIB3(wdata[57]), .DIB4(wdata[58]), .DIB5(wdata[59]), .DIB6(wdata[60]), .DIB7(wdata[61]), .DIB8(wdata[62]), .DIB9(wdata[63]), .DIB10(wdata[64]), .DIB11(wdata[65]), .DIB12(wdata[66]), .DIB13(wdata[67]), .DIB14(wdata[68]), .DIB15(wdata[69]), .DIB16(wdata[70]), .DIB17(wdata[71]),
        .CLKB(clock), .WEB(1'b0), .CEB(1'b1), .OCEB(1'b1), .RSTB(1'b0),
        .CSB0(1'b0), .CSB1(1'b0), .CSB2(1'b0), .ADB0(1'b0), .ADB1(1'b0), .ADB2(1'b0), .ADB3(1'b0), .ADB4(1'b0), .ADB5(raddr[0]), .ADB6(raddr[1]), .ADB7(raddr[2]), .ADB8(raddr[3]), .ADB9(raddr[4]), .ADB10(raddr[5]), .ADB11(raddr[6]), .ADB12(raddr[7]), .ADB13(raddr[8]),
        .DOA0(q[36]), .DOA1(q[37]), .DOA2(q[38]), .DOA3(q[39]), .DOA4(q[40]), .DOA5(q[41]), .DOA6(q[42]), .DOA7(q[43]), .DOA8(q[44]), .DOA9(q[45]), .DOA10(q[46]), .DOA11(q[47]), .DOA12(q[48]), .DOA13(q[49]), .DOA14(q[50]), .DOA15(q[51]), .DOA16(q[52]), .DOA17(q[53]), .DOB0(q[54]), .DOB1(q[55]), .DOB2(q[56]), .DOB3(q[57]), .DOB4(q[58]), .DOB5(q[59]), .DOB6(q[60]), .DOB7(q[61]), .DOB8(q[62]), .DOB9(q[63]), .DOB10(q[64]), .DOB11(q[65]), .DOB12(q[66]), .DOB13(q[67]), .DOB14(q[68]), .DOB15(q[69]), .DOB16(q[70]), .DOB17(q[71]));
    always @(*) rdata = q;
    `else
    reg [71:0] mem [0:511];
    reg [71:0] array_out;
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 72'd0;
        array_out = 72'd0;
        rdata = 72'd0;
    end
    always @(posedge clock) begin
        rdata <= array_out;
        array_out <= mem[raddr[8:0]];
        if (we) mem[waddr[8:0]] <= wdata;
    end
    `endif
endmodule // top$eth0$rx$ram


module top$eth0$rx$room_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Stub signals
    reg  dff$d;
    wire  dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$rx$room_r$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$rx$room_r


module top$eth0$rx$room_r$dff(d,q,clock);
    
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
          
endmodule // top$eth0$rx$room_r$dff


module top$eth0$rx$rp(d,q,clock);
    
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
          
endmodule // top$eth0$rx$rp


module top$eth0$rx$sh(d,q,clock);
    
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
          
endmodule // top$eth0$rx$sh


module top$eth0$rx$st(d,q,clock);
    
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
          
endmodule // top$eth0$rx$st


module top$eth0$rx$wc(d,q,clock);
    
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
          
endmodule // top$eth0$rx$wc


module top$eth0$rx$wc_rd(d,q,clock);
    
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
          
endmodule // top$eth0$rx$wc_rd


module top$eth0$rx$wr_addr(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth0$rx$wr_addr


module top$eth0$rx$wr_data(d,q,clock);
    
    // Module arguments
    input wire  [71:0] d;
    output reg  [71:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 72'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth0$rx$wr_data


module top$eth0$rx$wr_en(d,q,clock);
    
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
          
endmodule // top$eth0$rx$wr_en


module top$eth0$rx$wt(d,q,clock);
    
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
          
endmodule // top$eth0$rx$wt


module top$eth0$rxq(write_clock,data_in,write,full,read_clock,data_out,empty,read);
    
    // Module arguments
    input wire  write_clock;
    input wire  [72:0] data_in;
    input wire  write;
    output reg  full;
    input wire  read_clock;
    output reg  [72:0] data_out;
    output reg  empty;
    input wire  read;
    
    // Constant declarations
    localparam  top2 = 5'b11000;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [72:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [72:0] ram$write_data;
    reg  ram$write_enable;
    reg  [4:0] wbin$d;
    wire  [4:0] wbin$q;
    reg  wbin$clock;
    reg  [4:0] wgray$d;
    wire  [4:0] wgray$q;
    reg  wgray$clock;
    reg  [4:0] wbin1$d;
    wire  [4:0] wbin1$q;
    reg  wbin1$clock;
    reg  [4:0] wgray1$d;
    wire  [4:0] wgray1$q;
    reg  wgray1$clock;
    reg  [4:0] rq1$d;
    wire  [4:0] rq1$q;
    reg  rq1$clock;
    reg  [4:0] rq2$d;
    wire  [4:0] rq2$q;
    reg  rq2$clock;
    reg  wfull$d;
    wire  wfull$q;
    reg  wfull$clock;
    reg  [4:0] rbin$d;
    wire  [4:0] rbin$q;
    reg  rbin$clock;
    reg  [4:0] rgray$d;
    wire  [4:0] rgray$q;
    reg  rgray$clock;
    reg  [4:0] rbin1$d;
    wire  [4:0] rbin1$q;
    reg  rbin1$clock;
    reg  [4:0] rgray1$d;
    wire  [4:0] rgray1$q;
    reg  rgray1$clock;
    reg  [4:0] wq1$d;
    wire  [4:0] wq1$q;
    reg  wq1$clock;
    reg  [4:0] wq2$d;
    wire  [4:0] wq2$q;
    reg  wq2$clock;
    reg  rne$d;
    wire  rne$q;
    reg  rne$clock;
    
    // Local signals
    reg  wen;
    reg  [4:0] wfar;
    reg  [4:0] rfull;
    reg  ren;
    reg  [4:0] rfar;
    
    // Sub module instances
    top$eth0$rxq$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$eth0$rxq$wbin wbin(
        .d(wbin$d),
        .q(wbin$q),
        .clock(wbin$clock)
    );
    top$eth0$rxq$wgray wgray(
        .d(wgray$d),
        .q(wgray$q),
        .clock(wgray$clock)
    );
    top$eth0$rxq$wbin1 wbin1(
        .d(wbin1$d),
        .q(wbin1$q),
        .clock(wbin1$clock)
    );
    top$eth0$rxq$wgray1 wgray1(
        .d(wgray1$d),
        .q(wgray1$q),
        .clock(wgray1$clock)
    );
    top$eth0$rxq$rq1 rq1(
        .d(rq1$d),
        .q(rq1$q),
        .clock(rq1$clock)
    );
    top$eth0$rxq$rq2 rq2(
        .d(rq2$d),
        .q(rq2$q),
        .clock(rq2$clock)
    );
    top$eth0$rxq$wfull wfull(
        .d(wfull$d),
        .q(wfull$q),
        .clock(wfull$clock)
    );
    top$eth0$rxq$rbin rbin(
        .d(rbin$d),
        .q(rbin$q),
        .clock(rbin$clock)
    );
    top$eth0$rxq$rgray rgray(
        .d(rgray$d),
        .q(rgray$q),
        .clock(rgray$clock)
    );
    top$eth0$rxq$rbin1 rbin1(
        .d(rbin1$d),
        .q(rbin1$q),
        .clock(rbin1$clock)
    );
    top$eth0$rxq$rgray1 rgray1(
        .d(rgray1$d),
        .q(rgray1$q),
        .clock(rgray1$clock)
    );
    top$eth0$rxq$wq1 wq1(
        .d(wq1$d),
        .q(wq1$q),
        .clock(wq1$clock)
    );
    top$eth0$rxq$wq2 wq2(
        .d(wq2$d),
        .q(wq2$q),
        .clock(wq2$clock)
    );
    top$eth0$rxq$rne rne(
        .d(rne$d),
        .q(rne$q),
        .clock(rne$clock)
    );
    
    // Update code
    always @(*) begin
        ram$write_clock = write_clock;
        ram$read_clock = read_clock;
        wbin$clock = write_clock;
        wbin$d = wbin$q;
        wgray$clock = write_clock;
        wgray$d = wgray$q;
        wbin1$clock = write_clock;
        wbin1$d = wbin1$q;
        wgray1$clock = write_clock;
        wgray1$d = wgray1$q;
        rq1$clock = write_clock;
        rq2$clock = write_clock;
        wfull$clock = write_clock;
        rbin$clock = read_clock;
        rbin$d = rbin$q;
        rgray$clock = read_clock;
        rgray$d = rgray$q;
        rbin1$clock = read_clock;
        rbin1$d = rbin1$q;
        rgray1$clock = read_clock;
        rgray1$d = rgray1$q;
        wq1$clock = read_clock;
        wq2$clock = read_clock;
        rne$clock = read_clock;
        wen = write & ~wfull$q;
        wfar = wbin1$q + 32'h1;
        if (wen) begin
            wbin$d = wbin1$q;
            wgray$d = wgray1$q;
            wbin1$d = wfar;
            wgray1$d = wfar ^ (wfar >> 32'h1);
        end
        rq1$d = rgray$q;
        rq2$d = rq1$q;
        rfull = rq2$q ^ top2;
        wfull$d = wgray$q == rfull;
        if (wen) begin
            wfull$d = wgray1$q == rfull;
        end
        ram$write_address = wbin$q[(32'h0)+:(4)];
        ram$write_data = data_in;
        ram$write_enable = wen;
        full = wfull$q;
        ren = read & rne$q;
        rfar = rbin1$q + 32'h1;
        wq1$d = wgray$q;
        wq2$d = wq1$q;
        ram$read_address = rbin$q[(32'h0)+:(4)];
        rne$d = rgray$q != wq2$q;
        if (ren) begin
            rbin$d = rbin1$q;
            rgray$d = rgray1$q;
            rbin1$d = rfar;
            rgray1$d = rfar ^ (rfar >> 32'h1);
            ram$read_address = rbin1$q[(32'h0)+:(4)];
            rne$d = rgray1$q != wq2$q;
        end
        data_out = ram$read_data;
        empty = ~rne$q;
    end
    
endmodule // top$eth0$rxq


module top$eth0$rxq$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [72:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [72:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[72:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$eth0$rxq$ram


module top$eth0$rxq$rbin(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$rbin


module top$eth0$rxq$rbin1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$rxq$rbin1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$rxq$rbin1


module top$eth0$rxq$rbin1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$rbin1$dff


module top$eth0$rxq$rgray(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$rgray


module top$eth0$rxq$rgray1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$rxq$rgray1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$rxq$rgray1


module top$eth0$rxq$rgray1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$rgray1$dff


module top$eth0$rxq$rne(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$rne


module top$eth0$rxq$rq1(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$rq1


module top$eth0$rxq$rq2(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$rq2


module top$eth0$rxq$wbin(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$wbin


module top$eth0$rxq$wbin1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$rxq$wbin1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$rxq$wbin1


module top$eth0$rxq$wbin1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$wbin1$dff


module top$eth0$rxq$wfull(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$wfull


module top$eth0$rxq$wgray(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$wgray


module top$eth0$rxq$wgray1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$rxq$wgray1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$rxq$wgray1


module top$eth0$rxq$wgray1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$wgray1$dff


module top$eth0$rxq$wq1(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$wq1


module top$eth0$rxq$wq2(d,q,clock);
    
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
          
endmodule // top$eth0$rxq$wq2


module top$eth0$sym(d,q,clock);
    
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
          
endmodule // top$eth0$sym


module top$eth0$symv(d,q,clock);
    
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
          
endmodule // top$eth0$symv


module top$eth0$tb(d,q,clock);
    
    // Module arguments
    input wire  [73:0] d;
    output reg  [73:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 74'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth0$tb


module top$eth0$tbv(d,q,clock);
    
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
          
endmodule // top$eth0$tbv


module top$eth0$tx(clock,s_tdata,s_tkeep,s_tlast,s_tabort,s_tvalid,s_tready,tx_data,tx_en,sent,dropped);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] s_tdata;
    input wire  [7:0] s_tkeep;
    input wire  s_tlast;
    input wire  s_tabort;
    input wire  s_tvalid;
    output reg  s_tready;
    output reg  [7:0] tx_data;
    output reg  tx_en;
    output reg  [31:0] sent;
    output reg  [31:0] dropped;
    
    // Constant declarations
    localparam  slack_depth = 10'b111111111;
    localparam  min_len = 6'b111100;
    localparam  last_bit = 72'h800000000000000000;
    localparam  s_idle = 3'b0;
    localparam  s_pre = 3'b1;
    localparam  s_data = 3'b10;
    localparam  s_pad = 3'b11;
    localparam  s_fcs = 3'b100;
    localparam  s_gap = 3'b101;
    
    // Stub signals
    reg  crc$clock;
    reg  crc$init;
    reg  crc$en;
    reg  [7:0] crc$data;
    wire  [31:0] crc$crc;
    wire  [31:0] crc$fcs;
    wire  crc$ok;
    reg  ram$clock;
    reg  [8:0] ram$waddr;
    reg  [71:0] ram$wdata;
    reg  ram$we;
    reg  [8:0] ram$raddr;
    wire  [71:0] ram$rdata;
    reg  [9:0] wt$d;
    wire  [9:0] wt$q;
    reg  wt$clock;
    reg  [9:0] wc$d;
    wire  [9:0] wc$q;
    reg  wc$clock;
    reg  [9:0] rp$d;
    wire  [9:0] rp$q;
    reg  rp$clock;
    reg  [9:0] rp1$d;
    wire  [9:0] rp1$q;
    reg  rp1$clock;
    reg  skip$d;
    wire  skip$q;
    reg  skip$clock;
    reg  inflight$d;
    wire  inflight$q;
    reg  inflight$clock;
    reg  landing$d;
    wire  landing$q;
    reg  landing$clock;
    reg  [71:0] nxt$d;
    wire  [71:0] nxt$q;
    reg  nxt$clock;
    reg  nxt_ok$d;
    wire  nxt_ok$q;
    reg  nxt_ok$clock;
    reg  [71:0] cur$d;
    wire  [71:0] cur$q;
    reg  cur$clock;
    reg  [2:0] st$d;
    wire  [2:0] st$q;
    reg  st$clock;
    reg  [3:0] cnt$d;
    wire  [3:0] cnt$q;
    reg  cnt$clock;
    reg  [2:0] bi$d;
    wire  [2:0] bi$q;
    reg  bi$clock;
    reg  [5:0] left$d;
    wire  [5:0] left$q;
    reg  left$clock;
    reg  [7:0] out_data$d;
    wire  [7:0] out_data$q;
    reg  out_data$clock;
    reg  out_en$d;
    wire  out_en$q;
    reg  out_en$clock;
    reg  [31:0] n_sent$d;
    wire  [31:0] n_sent$q;
    reg  n_sent$clock;
    reg  [31:0] n_drop$d;
    wire  [31:0] n_drop$q;
    reg  n_drop$clock;
    reg  room_r$d;
    wire  room_r$q;
    reg  room_r$clock;
    reg  bare$d;
    wire  bare$q;
    reg  bare$clock;
    reg  [63:0] sh_data$d;
    wire  [63:0] sh_data$q;
    reg  sh_data$clock;
    reg  [6:0] sh_keep$d;
    wire  [6:0] sh_keep$q;
    reg  sh_keep$clock;
    
    // Local signals
    reg  [9:0] used;
    reg  room;
    reg  too_big;
    reg  take;
    reg  [6:0] keep_hi;
    reg  [71:0] word;
    reg  issue;
    reg  commit;
    reg  [7:0] cur_byte;
    reg  [63:0] nxt_data;
    reg  [6:0] nxt_keep;
    reg  beat_end;
    reg  [31:0] fcs_shift;
    reg  [7:0] fcs_byte;
    
    // Sub module instances
    top$eth0$tx$crc crc(
        .clock(crc$clock),
        .init(crc$init),
        .en(crc$en),
        .data(crc$data),
        .crc(crc$crc),
        .fcs(crc$fcs),
        .ok(crc$ok)
    );
    top$eth0$tx$ram ram(
        .clock(ram$clock),
        .waddr(ram$waddr),
        .wdata(ram$wdata),
        .we(ram$we),
        .raddr(ram$raddr),
        .rdata(ram$rdata)
    );
    top$eth0$tx$wt wt(
        .d(wt$d),
        .q(wt$q),
        .clock(wt$clock)
    );
    top$eth0$tx$wc wc(
        .d(wc$d),
        .q(wc$q),
        .clock(wc$clock)
    );
    top$eth0$tx$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    top$eth0$tx$rp1 rp1(
        .d(rp1$d),
        .q(rp1$q),
        .clock(rp1$clock)
    );
    top$eth0$tx$skip skip(
        .d(skip$d),
        .q(skip$q),
        .clock(skip$clock)
    );
    top$eth0$tx$inflight inflight(
        .d(inflight$d),
        .q(inflight$q),
        .clock(inflight$clock)
    );
    top$eth0$tx$landing landing(
        .d(landing$d),
        .q(landing$q),
        .clock(landing$clock)
    );
    top$eth0$tx$nxt nxt(
        .d(nxt$d),
        .q(nxt$q),
        .clock(nxt$clock)
    );
    top$eth0$tx$nxt_ok nxt_ok(
        .d(nxt_ok$d),
        .q(nxt_ok$q),
        .clock(nxt_ok$clock)
    );
    top$eth0$tx$cur cur(
        .d(cur$d),
        .q(cur$q),
        .clock(cur$clock)
    );
    top$eth0$tx$st st(
        .d(st$d),
        .q(st$q),
        .clock(st$clock)
    );
    top$eth0$tx$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    top$eth0$tx$bi bi(
        .d(bi$d),
        .q(bi$q),
        .clock(bi$clock)
    );
    top$eth0$tx$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$eth0$tx$out_data out_data(
        .d(out_data$d),
        .q(out_data$q),
        .clock(out_data$clock)
    );
    top$eth0$tx$out_en out_en(
        .d(out_en$d),
        .q(out_en$q),
        .clock(out_en$clock)
    );
    top$eth0$tx$n_sent n_sent(
        .d(n_sent$d),
        .q(n_sent$q),
        .clock(n_sent$clock)
    );
    top$eth0$tx$n_drop n_drop(
        .d(n_drop$d),
        .q(n_drop$q),
        .clock(n_drop$clock)
    );
    top$eth0$tx$room_r room_r(
        .d(room_r$d),
        .q(room_r$q),
        .clock(room_r$clock)
    );
    top$eth0$tx$bare bare(
        .d(bare$d),
        .q(bare$q),
        .clock(bare$clock)
    );
    top$eth0$tx$sh_data sh_data(
        .d(sh_data$d),
        .q(sh_data$q),
        .clock(sh_data$clock)
    );
    top$eth0$tx$sh_keep sh_keep(
        .d(sh_keep$d),
        .q(sh_keep$q),
        .clock(sh_keep$clock)
    );
    
    // Update code
    always @(*) begin
        wt$clock = clock;
        wc$clock = clock;
        rp$clock = clock;
        rp1$clock = clock;
        skip$clock = clock;
        inflight$clock = clock;
        landing$clock = clock;
        nxt$clock = clock;
        nxt_ok$clock = clock;
        cur$clock = clock;
        st$clock = clock;
        cnt$clock = clock;
        bi$clock = clock;
        left$clock = clock;
        out_data$clock = clock;
        out_en$clock = clock;
        n_sent$clock = clock;
        n_drop$clock = clock;
        room_r$clock = clock;
        bare$clock = clock;
        sh_data$clock = clock;
        sh_keep$clock = clock;
        wt$d = wt$q;
        wc$d = wc$q;
        rp$d = rp$q;
        rp1$d = rp1$q;
        skip$d = skip$q;
        inflight$d = inflight$q;
        landing$d = landing$q;
        nxt$d = nxt$q;
        nxt_ok$d = nxt_ok$q;
        cur$d = cur$q;
        st$d = st$q;
        cnt$d = cnt$q;
        bi$d = bi$q;
        left$d = left$q;
        out_data$d = out_data$q;
        out_en$d = out_en$q;
        n_sent$d = n_sent$q;
        n_drop$d = n_drop$q;
        room_r$d = room_r$q;
        bare$d = bare$q;
        sh_data$d = sh_data$q;
        sh_keep$d = sh_keep$q;
        crc$clock = clock;
        ram$clock = clock;
        used = wt$q - rp$q;
        room_r$d = used < slack_depth;
        room = room_r$q;
        too_big = ~room & bare$q;
        s_tready = room | skip$q | too_big;
        take = s_tvalid & s_tready;
        keep_hi = s_tkeep[(32'h1)+:(7)];
        word = ((s_tdata) & 72'hffffffffffffffffff) | (((keep_hi) & 72'hffffffffffffffffff) << 32'h40);
        ram$waddr = ((wt$q) & 9'h1ff);
        ram$wdata = word;
        if (s_tlast) begin
            ram$wdata = word | last_bit;
        end
        ram$we = 1'b0;
        commit = 1'b0;
        if (take) begin
            if (skip$q) begin
                if (s_tlast) begin
                    skip$d = 1'b0;
                end
            end
            else if (too_big) begin
                wt$d = wc$q;
                n_drop$d = n_drop$q + 32'h1;
                skip$d = ~s_tlast;
            end
            else begin
                ram$we = 1'b1;
                wt$d = wt$q + 32'h1;
                if (s_tlast) begin
                    if (s_tabort) begin
                        wt$d = wc$q;
                        n_drop$d = n_drop$q + 32'h1;
                    end
                    else begin
                        wc$d = wt$q + 32'h1;
                        commit = 1'b1;
                    end
                end
            end
        end
        issue = ~bare$q & ~nxt_ok$q & ~inflight$q & ~landing$q;
        ram$raddr = ((rp$q) & 9'h1ff);
        inflight$d = issue;
        landing$d = inflight$q;
        if (issue) begin
            rp$d = rp1$q;
            rp1$d = rp1$q + 32'h1;
        end
        if (commit) begin
            bare$d = 1'b0;
        end
        else if (issue) begin
            bare$d = rp1$q == wc$q;
        end
        if (landing$q) begin
            nxt$d = ram$rdata;
            nxt_ok$d = 1'b1;
        end
        nxt_data = nxt$q[(32'h0)+:(64)];
        nxt_keep = nxt$q[(32'h40)+:(7)];
        cur_byte = sh_data$q[(32'h0)+:(8)];
        beat_end = (bi$q == 32'h7) | ~sh_keep$q[32'h0];
        fcs_shift = crc$fcs >> (((cnt$q) & 32'hffffffff) << 32'h3);
        fcs_byte = fcs_shift[(32'h0)+:(8)];
        crc$init = 1'b0;
        crc$en = 1'b0;
        crc$data = cur_byte;
        out_en$d = 1'b0;
        out_data$d = 32'h0;
        if (st$q == s_idle) begin
            if (nxt_ok$q) begin
                st$d = s_pre;
                cnt$d = 32'h0;
            end
        end
        else if (st$q == s_pre) begin
            out_en$d = 1'b1;
            out_data$d = 32'h55;
            cnt$d = cnt$q + 32'h1;
            if (cnt$q == 32'h7) begin
                out_data$d = 32'hd5;
                st$d = s_data;
                cur$d = nxt$q;
                sh_data$d = nxt_data;
                sh_keep$d = nxt_keep;
                nxt_ok$d = 1'b0;
                bi$d = 32'h0;
                left$d = min_len;
                crc$init = 1'b1;
            end
        end
        else if (st$q == s_data) begin
            out_en$d = 1'b1;
            out_data$d = cur_byte;
            crc$en = 1'b1;
            if (left$q != 32'h0) begin
                left$d = left$q - 32'h1;
            end
            bi$d = bi$q + 32'h1;
            sh_data$d = sh_data$q >> 32'h8;
            sh_keep$d = sh_keep$q >> 32'h1;
            if (beat_end) begin
                bi$d = 32'h0;
                if (cur$q[32'h47]) begin
                    cnt$d = 32'h0;
                    if (left$q > 32'h1) begin
                        st$d = s_pad;
                    end
                    else begin
                        st$d = s_fcs;
                    end
                end
                else begin
                    cur$d = nxt$q;
                    sh_data$d = nxt_data;
                    sh_keep$d = nxt_keep;
                    nxt_ok$d = 1'b0;
                end
            end
        end
        else if (st$q == s_pad) begin
            out_en$d = 1'b1;
            crc$data = 32'h0;
            crc$en = 1'b1;
            left$d = left$q - 32'h1;
            if (left$q == 32'h1) begin
                st$d = s_fcs;
            end
        end
        else if (st$q == s_fcs) begin
            out_en$d = 1'b1;
            out_data$d = fcs_byte;
            cnt$d = cnt$q + 32'h1;
            if (cnt$q == 32'h3) begin
                st$d = s_gap;
                cnt$d = 32'h0;
                n_sent$d = n_sent$q + 32'h1;
            end
        end
        else begin
            cnt$d = cnt$q + 32'h1;
            if (cnt$q == 32'hb) begin
                cnt$d = 32'h0;
                st$d = s_idle;
                if (nxt_ok$q) begin
                    st$d = s_pre;
                end
            end
        end
        tx_data = out_data$q;
        tx_en = out_en$q;
        sent = n_sent$q;
        dropped = n_drop$q;
    end
    
endmodule // top$eth0$tx


module top$eth0$tx$bare(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Stub signals
    reg  dff$d;
    wire  dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$tx$bare$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$tx$bare


module top$eth0$tx$bare$dff(d,q,clock);
    
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
          
endmodule // top$eth0$tx$bare$dff


module top$eth0$tx$bi(d,q,clock);
    
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
          
endmodule // top$eth0$tx$bi


module top$eth0$tx$cnt(d,q,clock);
    
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
          
endmodule // top$eth0$tx$cnt


module top$eth0$tx$crc(clock,init,en,data,crc,fcs,ok);
    
    // Module arguments
    input wire  clock;
    input wire  init;
    input wire  en;
    input wire  [7:0] data;
    output reg  [31:0] crc;
    output reg  [31:0] fcs;
    output reg  ok;
    
    // Constant declarations
    localparam  columns$0 = 40'h400000104;
    localparam  columns$1 = 40'h900000209;
    localparam  columns$2 = 40'h1300000413;
    localparam  columns$3 = 40'h2600000826;
    localparam  columns$4 = 40'h4d0000104d;
    localparam  columns$5 = 40'h9a0000209a;
    localparam  columns$6 = 40'h3000004030;
    localparam  columns$7 = 40'h6100008061;
    localparam  columns$8 = 40'hc2000100c2;
    localparam  columns$9 = 40'h8000020080;
    localparam  columns$10 = 40'h400040004;
    localparam  columns$11 = 40'h800080008;
    localparam  columns$12 = 40'h1100100011;
    localparam  columns$13 = 40'h2300200023;
    localparam  columns$14 = 40'h4600400046;
    localparam  columns$15 = 40'h8c0080008c;
    localparam  columns$16 = 40'h1d0100001d;
    localparam  columns$17 = 40'h3b0200003b;
    localparam  columns$18 = 40'h7704000077;
    localparam  columns$19 = 40'hee080000ee;
    localparam  columns$20 = 40'hd8100000d8;
    localparam  columns$21 = 40'hb4200000b4;
    localparam  columns$22 = 40'h6c4000006c;
    localparam  columns$23 = 40'hd8800000d8;
    localparam  columns$24 = 40'hb5000000b5;
    localparam  columns$25 = 40'h6f0000006f;
    localparam  columns$26 = 40'hdf000000df;
    localparam  columns$27 = 40'hba000000ba;
    localparam  columns$28 = 40'h7100000071;
    localparam  columns$29 = 40'he3000000e3;
    localparam  columns$30 = 40'hc3000000c3;
    localparam  columns$31 = 40'h8200000082;
    localparam  start = 32'hffffffff;
    localparam  ones = 32'hffffffff;
    localparam  residue = 32'hdebb20e3;
    localparam  byte_at = 8'h20;
    
    // Stub signals
    reg  [31:0] state$d;
    wire  [31:0] state$q;
    reg  state$clock;
    
    // Local signals
    reg  [39:0] v;
    reg  [39:0] mask;
    reg  [31:0] nxt;
    
    // Sub module instances
    top$eth0$tx$crc$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        state$d = state$q;
        v = ((state$q) & 40'hffffffffff) | (((data) & 40'hffffffffff) << byte_at);
        nxt = 32'h0;
        mask = columns$0;
        nxt = (nxt & ~(1 << (0)) | ((^(v & mask)) << (0)));
        mask = columns$1;
        nxt = (nxt & ~(1 << (1)) | ((^(v & mask)) << (1)));
        mask = columns$2;
        nxt = (nxt & ~(1 << (2)) | ((^(v & mask)) << (2)));
        mask = columns$3;
        nxt = (nxt & ~(1 << (3)) | ((^(v & mask)) << (3)));
        mask = columns$4;
        nxt = (nxt & ~(1 << (4)) | ((^(v & mask)) << (4)));
        mask = columns$5;
        nxt = (nxt & ~(1 << (5)) | ((^(v & mask)) << (5)));
        mask = columns$6;
        nxt = (nxt & ~(1 << (6)) | ((^(v & mask)) << (6)));
        mask = columns$7;
        nxt = (nxt & ~(1 << (7)) | ((^(v & mask)) << (7)));
        mask = columns$8;
        nxt = (nxt & ~(1 << (8)) | ((^(v & mask)) << (8)));
        mask = columns$9;
        nxt = (nxt & ~(1 << (9)) | ((^(v & mask)) << (9)));
        mask = columns$10;
        nxt = (nxt & ~(1 << (10)) | ((^(v & mask)) << (10)));
        mask = columns$11;
        nxt = (nxt & ~(1 << (11)) | ((^(v & mask)) << (11)));
        mask = columns$12;
        nxt = (nxt & ~(1 << (12)) | ((^(v & mask)) << (12)));
        mask = columns$13;
        nxt = (nxt & ~(1 << (13)) | ((^(v & mask)) << (13)));
        mask = columns$14;
        nxt = (nxt & ~(1 << (14)) | ((^(v & mask)) << (14)));
        mask = columns$15;
        nxt = (nxt & ~(1 << (15)) | ((^(v & mask)) << (15)));
        mask = columns$16;
        nxt = (nxt & ~(1 << (16)) | ((^(v & mask)) << (16)));
        mask = columns$17;
        nxt = (nxt & ~(1 << (17)) | ((^(v & mask)) << (17)));
        mask = columns$18;
        nxt = (nxt & ~(1 << (18)) | ((^(v & mask)) << (18)));
        mask = columns$19;
        nxt = (nxt & ~(1 << (19)) | ((^(v & mask)) << (19)));
        mask = columns$20;
        nxt = (nxt & ~(1 << (20)) | ((^(v & mask)) << (20)));
        mask = columns$21;
        nxt = (nxt & ~(1 << (21)) | ((^(v & mask)) << (21)));
        mask = columns$22;
        nxt = (nxt & ~(1 << (22)) | ((^(v & mask)) << (22)));
        mask = columns$23;
        nxt = (nxt & ~(1 << (23)) | ((^(v & mask)) << (23)));
        mask = columns$24;
        nxt = (nxt & ~(1 << (24)) | ((^(v & mask)) << (24)));
        mask = columns$25;
        nxt = (nxt & ~(1 << (25)) | ((^(v & mask)) << (25)));
        mask = columns$26;
        nxt = (nxt & ~(1 << (26)) | ((^(v & mask)) << (26)));
        mask = columns$27;
        nxt = (nxt & ~(1 << (27)) | ((^(v & mask)) << (27)));
        mask = columns$28;
        nxt = (nxt & ~(1 << (28)) | ((^(v & mask)) << (28)));
        mask = columns$29;
        nxt = (nxt & ~(1 << (29)) | ((^(v & mask)) << (29)));
        mask = columns$30;
        nxt = (nxt & ~(1 << (30)) | ((^(v & mask)) << (30)));
        mask = columns$31;
        nxt = (nxt & ~(1 << (31)) | ((^(v & mask)) << (31)));
        if (en) begin
            state$d = nxt;
        end
        if (init) begin
            state$d = start;
        end
        crc = state$q;
        fcs = state$q ^ ones;
        ok = state$q == residue;
    end
    
endmodule // top$eth0$tx$crc


module top$eth0$tx$crc$state(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Stub signals
    reg  [31:0] dff$d;
    wire  [31:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$tx$crc$state$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$tx$crc$state


module top$eth0$tx$crc$state$dff(d,q,clock);
    
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
          
endmodule // top$eth0$tx$crc$state$dff


module top$eth0$tx$cur(d,q,clock);
    
    // Module arguments
    input wire  [71:0] d;
    output reg  [71:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 72'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth0$tx$cur


module top$eth0$tx$inflight(d,q,clock);
    
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
          
endmodule // top$eth0$tx$inflight


module top$eth0$tx$landing(d,q,clock);
    
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
          
endmodule // top$eth0$tx$landing


module top$eth0$tx$left(d,q,clock);
    
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
          
endmodule // top$eth0$tx$left


module top$eth0$tx$n_drop(d,q,clock);
    
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
          
endmodule // top$eth0$tx$n_drop


module top$eth0$tx$n_sent(d,q,clock);
    
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
          
endmodule // top$eth0$tx$n_sent


module top$eth0$tx$nxt(d,q,clock);
    
    // Module arguments
    input wire  [71:0] d;
    output reg  [71:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 72'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth0$tx$nxt


module top$eth0$tx$nxt_ok(d,q,clock);
    
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
          
endmodule // top$eth0$tx$nxt_ok


module top$eth0$tx$out_data(d,q,clock);
    
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
          
endmodule // top$eth0$tx$out_data


module top$eth0$tx$out_en(d,q,clock);
    
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
          
endmodule // top$eth0$tx$out_en


module top$eth0$tx$ram(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] waddr;
    input wire  [71:0] wdata;
    input wire  we;
    input wire  [8:0] raddr;
    output reg  [71:0] rdata;
    
    // Update code (custom)
    `ifdef SYNTHESIS
    wire [71:0] q;
    DP16KD #(.DATA_WIDTH_A(36), .DATA_WIDTH_B(36), .REGMODE_A("OUTREG"), .REGMODE_B("OUTREG"),
        .RESETMODE("SYNC"), .ASYNC_RESET_RELEASE("SYNC"), .CSDECODE_A("0b000"),
        .CSDECODE_B("0b000"), .WRITEMODE_A("NORMAL"), .WRITEMODE_B("NORMAL"), .GSR("AUTO"))
      ebr0 (.CLKA(clock), .WEA(1'b1), .CEA(1'b1), .OCEA(1'b1), .RSTA(1'b0),
        .CSA0(1'b0), .CSA1(1'b0), .CSA2(1'b0), .ADA0(we), .ADA1(we), .ADA2(we), .ADA3(we), .ADA4(1'b0), .ADA5(waddr[0]), .ADA6(waddr[1]), .ADA7(waddr[2]), .ADA8(waddr[3]), .ADA9(waddr[4]), .ADA10(waddr[5]), .ADA11(waddr[6]), .ADA12(waddr[7]), .ADA13(waddr[8]),
        .DIA0(wdata[0]), .DIA1(wdata[1]), .DIA2(wdata[2]), .DIA3(wdata[3]), .DIA4(wdata[4]), .DIA5(wdata[5]), .DIA6(wdata[6]), .DIA7(wdata[7]), .DIA8(wdata[8]), .DIA9(wdata[9]), .DIA10(wdata[10]), .DIA11(wdata[11]), .DIA12(wdata[12]), .DIA13(wdata[13]), .DIA14(wdata[14]), .DIA15(wdata[15]), .DIA16(wdata[16]), .DIA17(wdata[17]), .DIB0(wdata[18]), .DIB1(wdata[19]), .DIB2(wdata[20]), .DIB3(wdata[21]), .DIB4(wdata[22]), .DIB5(wdata[23]), .DIB6(wdata[24]), .DIB7(wdata[25]), .DIB8(wdata[26]), .DIB9(wdata[27]), .DIB10(wdata[28]), .DIB11(wdata[29]), .DIB12(wdata[30]), .DIB13(wdata[31]), .DIB14(wdata[32]), .DIB15(wdata[33]), .DIB16(wdata[34]), .DIB17(wdata[35]),
        .CLKB(clock), .WEB(1'b0), .CEB(1'b1), .OCEB(1'b1), .RSTB(1'b0),
        .CSB0(1'b0), .CSB1(1'b0), .CSB2(1'b0), .ADB0(1'b0), .ADB1(1'b0), .ADB2(1'b0), .ADB3(1'b0), .ADB4(1'b0), .ADB5(raddr[0]), .ADB6(raddr[1]), .ADB7(raddr[2]), .ADB8(raddr[3]), .ADB9(raddr[4]), .ADB10(raddr[5]), .ADB11(raddr[6]), .ADB12(raddr[7]), .ADB13(raddr[8]),
        .DOA0(q[0]), .DOA1(q[1]), .DOA2(q[2]), .DOA3(q[3]), .DOA4(q[4]), .DOA5(q[5]), .DOA6(q[6]), .DOA7(q[7]), .DOA8(q[8]), .DOA9(q[9]), .DOA10(q[10]), .DOA11(q[11]), .DOA12(q[12]), .DOA13(q[13]), .DOA14(q[14]), .DOA15(q[15]), .DOA16(q[16]), .DOA17(q[17]), .DOB0(q[18]), .DOB1(q[19]), .DOB2(q[20]), .DOB3(q[21]), .DOB4(q[22]), .DOB5(q[23]), .DOB6(q[24]), .DOB7(q[25]), .DOB8(q[26]), .DOB9(q[27]), .DOB10(q[28]), .DOB11(q[29]), .DOB12(q[30]), .DOB13(q[31]), .DOB14(q[32]), .DOB15(q[33]), .DOB16(q[34]), .DOB17(q[35]));
    DP16KD #(.DATA_WIDTH_A(36), .DATA_WIDTH_B(36), .REGMODE_A("OUTREG"), .REGMODE_B("OUTREG"),
        .RESETMODE("SYNC"), .ASYNC_RESET_RELEASE("SYNC"), .CSDECODE_A("0b000"),
        .CSDECODE_B("0b000"), .WRITEMODE_A("NORMAL"), .WRITEMODE_B("NORMAL"), .GSR("AUTO"))
      ebr1 (.CLKA(clock), .WEA(1'b1), .CEA(1'b1), .OCEA(1'b1), .RSTA(1'b0),
        .CSA0(1'b0), .CSA1(1'b0), .CSA2(1'b0), .ADA0(we), .ADA1(we), .ADA2(we), .ADA3(we), .ADA4(1'b0), .ADA5(waddr[0]), .ADA6(waddr[1]), .ADA7(waddr[2]), .ADA8(waddr[3]), .ADA9(waddr[4]), .ADA10(waddr[5]), .ADA11(waddr[6]), .ADA12(waddr[7]), .ADA13(waddr[8]),
        .DIA0(wdata[36]), .DIA1(wdata[37]), .DIA2(wdata[38]), .DIA3(wdata[39]), .DIA4(wdata[40]), .DIA5(wdata[41]), .DIA6(wdata[42]), .DIA7(wdata[43]), .DIA8(wdata[44]), .DIA9(wdata[45]), .DIA10(wdata[46]), .DIA11(wdata[47]), .DIA12(wdata[48]), .DIA13(wdata[49]), .DIA14(wdata[50]), .DIA15(wdata[51]), .DIA16(wdata[52]), .DIA17(wdata[53]), .DIB0(wdata[54]), .DIB1(wdata[55]), .DIB2(wdata[56]), .DIB3(wdata[57]), .DIB4(wdata[58]), .DIB5(wdata[59]), .DIB6(wdata[60]), .DIB7(wdata[61]), .DIB8(wdata[62]), .DIB9(wdata[63]), .DIB10(wdata[64]), .DIB11(wdata[65]), .DIB12(wdata[66]), .DIB13(wdata[67]), .DIB14(wdata[68]), .DIB15(wdata[69]), .DIB16(wdata[70]), .DIB17(wdata[71]),
        .CLKB(clock), .WEB(1'b0), .CEB(1'b1), .OCEB(1'b1), .RSTB(1'b0),
        .CSB0(1'b0), .CSB1(1'b0), .CSB2(1'b0), .ADB0(1'b0), .ADB1(1'b0), .ADB2(1'b0), .ADB3(1'b0), .ADB4(1'b0), .ADB5(raddr[0]), .ADB6(raddr[1]), .ADB7(raddr[2]), .ADB8(raddr[3]), .ADB9(raddr[4]), .ADB10(raddr[5]), .ADB11(raddr[6]), .ADB12(raddr[7]), .ADB13(raddr[8]),
        .DOA0(q[36]), .DOA1(q[37]), .DOA2(q[38]), .DOA3(q[39]), .DOA4(q[40]), .DOA5(q[41]), .DOA6(q[42]), .DOA7(q[43]), .DOA8(q[44]), .DOA9(q[45]), .DOA10(q[46]), .DOA11(q[47]), .DOA12(q[48]), .DOA13(q[49]), .DOA14(q[50]), .DOA15(q[51]), .DOA16(q[52]), .DOA17(q[53]), .DOB0(q[54]), .DOB1(q[55]), .DOB2(q[56]), .DOB3(q[57]), .DOB4(q[58]), .DOB5(q[59]), .DOB6(q[60]), .DOB7(q[61]), .DOB8(q[62]), .DOB9(q[63]), .DOB10(q[64]), .DOB11(q[65]), .DOB12(q[66]), .DOB13(q[67]), .DOB14(q[68]), .DOB15(q[69]), .DOB16(q[70]), .DOB17(q[71]));
    always @(*) rdata = q;
    `else
    reg [71:0] mem [0:511];
    reg [71:0] array_out;
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 72'd0;
        array_out = 72'd0;
        rdata = 72'd0;
    end
    always @(posedge clock) begin
        rdata <= array_out;
        array_out <= mem[raddr[8:0]];
        if (we) mem[waddr[8:0]] <= wdata;
    end
    `endif
endmodule // top$eth0$tx$ram


module top$eth0$tx$room_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Stub signals
    reg  dff$d;
    wire  dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$tx$room_r$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$tx$room_r


module top$eth0$tx$room_r$dff(d,q,clock);
    
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
          
endmodule // top$eth0$tx$room_r$dff


module top$eth0$tx$rp(d,q,clock);
    
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
          
endmodule // top$eth0$tx$rp


module top$eth0$tx$rp1(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 10'b1;
    
    // Stub signals
    reg  [9:0] dff$d;
    wire  [9:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$tx$rp1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$tx$rp1


module top$eth0$tx$rp1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$tx$rp1$dff


module top$eth0$tx$sh_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth0$tx$sh_data


module top$eth0$tx$sh_keep(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth0$tx$sh_keep


module top$eth0$tx$skip(d,q,clock);
    
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
          
endmodule // top$eth0$tx$skip


module top$eth0$tx$st(d,q,clock);
    
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
          
endmodule // top$eth0$tx$st


module top$eth0$tx$wc(d,q,clock);
    
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
          
endmodule // top$eth0$tx$wc


module top$eth0$tx$wt(d,q,clock);
    
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
          
endmodule // top$eth0$tx$wt


module top$eth0$txq(write_clock,data_in,write,full,read_clock,data_out,empty,read);
    
    // Module arguments
    input wire  write_clock;
    input wire  [73:0] data_in;
    input wire  write;
    output reg  full;
    input wire  read_clock;
    output reg  [73:0] data_out;
    output reg  empty;
    input wire  read;
    
    // Constant declarations
    localparam  top2 = 5'b11000;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [73:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [73:0] ram$write_data;
    reg  ram$write_enable;
    reg  [4:0] wbin$d;
    wire  [4:0] wbin$q;
    reg  wbin$clock;
    reg  [4:0] wgray$d;
    wire  [4:0] wgray$q;
    reg  wgray$clock;
    reg  [4:0] wbin1$d;
    wire  [4:0] wbin1$q;
    reg  wbin1$clock;
    reg  [4:0] wgray1$d;
    wire  [4:0] wgray1$q;
    reg  wgray1$clock;
    reg  [4:0] rq1$d;
    wire  [4:0] rq1$q;
    reg  rq1$clock;
    reg  [4:0] rq2$d;
    wire  [4:0] rq2$q;
    reg  rq2$clock;
    reg  wfull$d;
    wire  wfull$q;
    reg  wfull$clock;
    reg  [4:0] rbin$d;
    wire  [4:0] rbin$q;
    reg  rbin$clock;
    reg  [4:0] rgray$d;
    wire  [4:0] rgray$q;
    reg  rgray$clock;
    reg  [4:0] rbin1$d;
    wire  [4:0] rbin1$q;
    reg  rbin1$clock;
    reg  [4:0] rgray1$d;
    wire  [4:0] rgray1$q;
    reg  rgray1$clock;
    reg  [4:0] wq1$d;
    wire  [4:0] wq1$q;
    reg  wq1$clock;
    reg  [4:0] wq2$d;
    wire  [4:0] wq2$q;
    reg  wq2$clock;
    reg  rne$d;
    wire  rne$q;
    reg  rne$clock;
    
    // Local signals
    reg  wen;
    reg  [4:0] wfar;
    reg  [4:0] rfull;
    reg  ren;
    reg  [4:0] rfar;
    
    // Sub module instances
    top$eth0$txq$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$eth0$txq$wbin wbin(
        .d(wbin$d),
        .q(wbin$q),
        .clock(wbin$clock)
    );
    top$eth0$txq$wgray wgray(
        .d(wgray$d),
        .q(wgray$q),
        .clock(wgray$clock)
    );
    top$eth0$txq$wbin1 wbin1(
        .d(wbin1$d),
        .q(wbin1$q),
        .clock(wbin1$clock)
    );
    top$eth0$txq$wgray1 wgray1(
        .d(wgray1$d),
        .q(wgray1$q),
        .clock(wgray1$clock)
    );
    top$eth0$txq$rq1 rq1(
        .d(rq1$d),
        .q(rq1$q),
        .clock(rq1$clock)
    );
    top$eth0$txq$rq2 rq2(
        .d(rq2$d),
        .q(rq2$q),
        .clock(rq2$clock)
    );
    top$eth0$txq$wfull wfull(
        .d(wfull$d),
        .q(wfull$q),
        .clock(wfull$clock)
    );
    top$eth0$txq$rbin rbin(
        .d(rbin$d),
        .q(rbin$q),
        .clock(rbin$clock)
    );
    top$eth0$txq$rgray rgray(
        .d(rgray$d),
        .q(rgray$q),
        .clock(rgray$clock)
    );
    top$eth0$txq$rbin1 rbin1(
        .d(rbin1$d),
        .q(rbin1$q),
        .clock(rbin1$clock)
    );
    top$eth0$txq$rgray1 rgray1(
        .d(rgray1$d),
        .q(rgray1$q),
        .clock(rgray1$clock)
    );
    top$eth0$txq$wq1 wq1(
        .d(wq1$d),
        .q(wq1$q),
        .clock(wq1$clock)
    );
    top$eth0$txq$wq2 wq2(
        .d(wq2$d),
        .q(wq2$q),
        .clock(wq2$clock)
    );
    top$eth0$txq$rne rne(
        .d(rne$d),
        .q(rne$q),
        .clock(rne$clock)
    );
    
    // Update code
    always @(*) begin
        ram$write_clock = write_clock;
        ram$read_clock = read_clock;
        wbin$clock = write_clock;
        wbin$d = wbin$q;
        wgray$clock = write_clock;
        wgray$d = wgray$q;
        wbin1$clock = write_clock;
        wbin1$d = wbin1$q;
        wgray1$clock = write_clock;
        wgray1$d = wgray1$q;
        rq1$clock = write_clock;
        rq2$clock = write_clock;
        wfull$clock = write_clock;
        rbin$clock = read_clock;
        rbin$d = rbin$q;
        rgray$clock = read_clock;
        rgray$d = rgray$q;
        rbin1$clock = read_clock;
        rbin1$d = rbin1$q;
        rgray1$clock = read_clock;
        rgray1$d = rgray1$q;
        wq1$clock = read_clock;
        wq2$clock = read_clock;
        rne$clock = read_clock;
        wen = write & ~wfull$q;
        wfar = wbin1$q + 32'h1;
        if (wen) begin
            wbin$d = wbin1$q;
            wgray$d = wgray1$q;
            wbin1$d = wfar;
            wgray1$d = wfar ^ (wfar >> 32'h1);
        end
        rq1$d = rgray$q;
        rq2$d = rq1$q;
        rfull = rq2$q ^ top2;
        wfull$d = wgray$q == rfull;
        if (wen) begin
            wfull$d = wgray1$q == rfull;
        end
        ram$write_address = wbin$q[(32'h0)+:(4)];
        ram$write_data = data_in;
        ram$write_enable = wen;
        full = wfull$q;
        ren = read & rne$q;
        rfar = rbin1$q + 32'h1;
        wq1$d = wgray$q;
        wq2$d = wq1$q;
        ram$read_address = rbin$q[(32'h0)+:(4)];
        rne$d = rgray$q != wq2$q;
        if (ren) begin
            rbin$d = rbin1$q;
            rgray$d = rgray1$q;
            rbin1$d = rfar;
            rgray1$d = rfar ^ (rfar >> 32'h1);
            ram$read_address = rbin1$q[(32'h0)+:(4)];
            rne$d = rgray1$q != wq2$q;
        end
        data_out = ram$read_data;
        empty = ~rne$q;
    end
    
endmodule // top$eth0$txq


module top$eth0$txq$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [73:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [73:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[73:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$eth0$txq$ram


module top$eth0$txq$rbin(d,q,clock);
    
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
          
endmodule // top$eth0$txq$rbin


module top$eth0$txq$rbin1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$txq$rbin1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$txq$rbin1


module top$eth0$txq$rbin1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$txq$rbin1$dff


module top$eth0$txq$rgray(d,q,clock);
    
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
          
endmodule // top$eth0$txq$rgray


module top$eth0$txq$rgray1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$txq$rgray1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$txq$rgray1


module top$eth0$txq$rgray1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$txq$rgray1$dff


module top$eth0$txq$rne(d,q,clock);
    
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
          
endmodule // top$eth0$txq$rne


module top$eth0$txq$rq1(d,q,clock);
    
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
          
endmodule // top$eth0$txq$rq1


module top$eth0$txq$rq2(d,q,clock);
    
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
          
endmodule // top$eth0$txq$rq2


module top$eth0$txq$wbin(d,q,clock);
    
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
          
endmodule // top$eth0$txq$wbin


module top$eth0$txq$wbin1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$txq$wbin1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$txq$wbin1


module top$eth0$txq$wbin1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$txq$wbin1$dff


module top$eth0$txq$wfull(d,q,clock);
    
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
          
endmodule // top$eth0$txq$wfull


module top$eth0$txq$wgray(d,q,clock);
    
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
          
endmodule // top$eth0$txq$wgray


module top$eth0$txq$wgray1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth0$txq$wgray1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth0$txq$wgray1


module top$eth0$txq$wgray1$dff(d,q,clock);
    
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
          
endmodule // top$eth0$txq$wgray1$dff


module top$eth0$txq$wq1(d,q,clock);
    
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
          
endmodule // top$eth0$txq$wq1


module top$eth0$txq$wq2(d,q,clock);
    
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
          
endmodule // top$eth0$txq$wq2


module top$eth1(clk,clk90,clk_core,rx_clk,rx_ctl,rx_data,tx_clk,tx_ctl,tx_data,rx_beat,rx_empty,rx_read,tx_beat,tx_write,tx_full);
    
    // Module arguments
    input wire  clk;
    input wire  clk90;
    input wire  clk_core;
    input wire  rx_clk;
    input wire  rx_ctl;
    input wire  [3:0] rx_data;
    output reg  tx_clk;
    output reg  tx_ctl;
    output reg  [3:0] tx_data;
    output reg  [72:0] rx_beat;
    output reg  rx_empty;
    input wire  rx_read;
    input wire  [73:0] tx_beat;
    input wire  tx_write;
    output reg  tx_full;
    
    // Stub signals
    reg  rgmii_rx$rx_clk;
    reg  rgmii_rx$rx_ctl;
    reg  [3:0] rgmii_rx$rx_data;
    wire  [7:0] rgmii_rx$data;
    wire  rgmii_rx$dv;
    wire  rgmii_rx$er;
    reg  dv_prev$d;
    wire  dv_prev$q;
    reg  dv_prev$clock;
    reg  cdc$write_clock;
    reg  [9:0] cdc$data_in;
    reg  cdc$write;
    wire  cdc$full;
    reg  cdc$read_clock;
    wire  [9:0] cdc$data_out;
    wire  cdc$empty;
    reg  cdc$read;
    reg  [9:0] sym$d;
    wire  [9:0] sym$q;
    reg  sym$clock;
    reg  symv$d;
    wire  symv$q;
    reg  symv$clock;
    reg  rx$clock;
    reg  rx$in_valid;
    reg  rx$in_dv;
    reg  rx$in_er;
    reg  [7:0] rx$in_data;
    wire  [63:0] rx$m_tdata;
    wire  [7:0] rx$m_tkeep;
    wire  rx$m_tlast;
    wire  rx$m_tvalid;
    reg  rx$m_tready;
    wire  [31:0] rx$good;
    wire  [31:0] rx$bad_fcs;
    wire  [31:0] rx$runt;
    wire  [31:0] rx$oversize;
    wire  [31:0] rx$overflow;
    reg  rxq$write_clock;
    reg  [72:0] rxq$data_in;
    reg  rxq$write;
    wire  rxq$full;
    reg  rxq$read_clock;
    wire  [72:0] rxq$data_out;
    wire  rxq$empty;
    reg  rxq$read;
    reg  txq$write_clock;
    reg  [73:0] txq$data_in;
    reg  txq$write;
    wire  txq$full;
    reg  txq$read_clock;
    wire  [73:0] txq$data_out;
    wire  txq$empty;
    reg  txq$read;
    reg  [73:0] tb$d;
    wire  [73:0] tb$q;
    reg  tb$clock;
    reg  tbv$d;
    wire  tbv$q;
    reg  tbv$clock;
    reg  tx$clock;
    reg  [63:0] tx$s_tdata;
    reg  [7:0] tx$s_tkeep;
    reg  tx$s_tlast;
    reg  tx$s_tabort;
    reg  tx$s_tvalid;
    wire  tx$s_tready;
    wire  [7:0] tx$tx_data;
    wire  tx$tx_en;
    wire  [31:0] tx$sent;
    wire  [31:0] tx$dropped;
    reg  rgmii_tx$clk;
    reg  rgmii_tx$clk90;
    reg  [7:0] rgmii_tx$data;
    reg  rgmii_tx$en;
    wire  rgmii_tx$tx_clk;
    wire  rgmii_tx$tx_ctl;
    wire  [3:0] rgmii_tx$tx_data;
    
    // Local signals
    reg  fill;
    
    // Sub module instances
    top$eth1$rgmii_rx rgmii_rx(
        .rx_clk(rgmii_rx$rx_clk),
        .rx_ctl(rgmii_rx$rx_ctl),
        .rx_data(rgmii_rx$rx_data),
        .data(rgmii_rx$data),
        .dv(rgmii_rx$dv),
        .er(rgmii_rx$er)
    );
    top$eth1$dv_prev dv_prev(
        .d(dv_prev$d),
        .q(dv_prev$q),
        .clock(dv_prev$clock)
    );
    top$eth1$cdc cdc(
        .write_clock(cdc$write_clock),
        .data_in(cdc$data_in),
        .write(cdc$write),
        .full(cdc$full),
        .read_clock(cdc$read_clock),
        .data_out(cdc$data_out),
        .empty(cdc$empty),
        .read(cdc$read)
    );
    top$eth1$sym sym(
        .d(sym$d),
        .q(sym$q),
        .clock(sym$clock)
    );
    top$eth1$symv symv(
        .d(symv$d),
        .q(symv$q),
        .clock(symv$clock)
    );
    top$eth1$rx rx(
        .clock(rx$clock),
        .in_valid(rx$in_valid),
        .in_dv(rx$in_dv),
        .in_er(rx$in_er),
        .in_data(rx$in_data),
        .m_tdata(rx$m_tdata),
        .m_tkeep(rx$m_tkeep),
        .m_tlast(rx$m_tlast),
        .m_tvalid(rx$m_tvalid),
        .m_tready(rx$m_tready),
        .good(rx$good),
        .bad_fcs(rx$bad_fcs),
        .runt(rx$runt),
        .oversize(rx$oversize),
        .overflow(rx$overflow)
    );
    top$eth1$rxq rxq(
        .write_clock(rxq$write_clock),
        .data_in(rxq$data_in),
        .write(rxq$write),
        .full(rxq$full),
        .read_clock(rxq$read_clock),
        .data_out(rxq$data_out),
        .empty(rxq$empty),
        .read(rxq$read)
    );
    top$eth1$txq txq(
        .write_clock(txq$write_clock),
        .data_in(txq$data_in),
        .write(txq$write),
        .full(txq$full),
        .read_clock(txq$read_clock),
        .data_out(txq$data_out),
        .empty(txq$empty),
        .read(txq$read)
    );
    top$eth1$tb tb(
        .d(tb$d),
        .q(tb$q),
        .clock(tb$clock)
    );
    top$eth1$tbv tbv(
        .d(tbv$d),
        .q(tbv$q),
        .clock(tbv$clock)
    );
    top$eth1$tx tx(
        .clock(tx$clock),
        .s_tdata(tx$s_tdata),
        .s_tkeep(tx$s_tkeep),
        .s_tlast(tx$s_tlast),
        .s_tabort(tx$s_tabort),
        .s_tvalid(tx$s_tvalid),
        .s_tready(tx$s_tready),
        .tx_data(tx$tx_data),
        .tx_en(tx$tx_en),
        .sent(tx$sent),
        .dropped(tx$dropped)
    );
    top$eth1$rgmii_tx rgmii_tx(
        .clk(rgmii_tx$clk),
        .clk90(rgmii_tx$clk90),
        .data(rgmii_tx$data),
        .en(rgmii_tx$en),
        .tx_clk(rgmii_tx$tx_clk),
        .tx_ctl(rgmii_tx$tx_ctl),
        .tx_data(rgmii_tx$tx_data)
    );
    
    // Update code
    always @(*) begin
        dv_prev$clock = rx_clk;
        sym$clock = clk;
        symv$clock = clk;
        rx$clock = clk;
        tb$clock = clk;
        tbv$clock = clk;
        tx$clock = clk;
        tb$d = tb$q;
        tbv$d = tbv$q;
        cdc$write_clock = rx_clk;
        cdc$read_clock = clk;
        rxq$write_clock = clk;
        rxq$read_clock = clk_core;
        txq$write_clock = clk_core;
        txq$read_clock = clk;
        rgmii_rx$rx_clk = rx_clk;
        rgmii_rx$rx_ctl = rx_ctl;
        rgmii_rx$rx_data = rx_data;
        dv_prev$d = rgmii_rx$dv;
        cdc$data_in = ((rgmii_rx$data) & 10'h3ff) | (((rgmii_rx$dv) & 10'h3ff) << 32'h8) | (((rgmii_rx$er) & 10'h3ff) << 32'h9);
        cdc$write = rgmii_rx$dv | dv_prev$q;
        cdc$read = ~cdc$empty;
        symv$d = ~cdc$empty;
        sym$d = cdc$data_out;
        rx$in_valid = symv$q;
        rx$in_data = sym$q[(32'h0)+:(8)];
        rx$in_dv = sym$q[32'h8];
        rx$in_er = sym$q[32'h9];
        rxq$data_in = ((rx$m_tdata) & 73'h1ffffffffffffffffff) | (((rx$m_tkeep) & 73'h1ffffffffffffffffff) << 32'h40) | (((rx$m_tlast) & 73'h1ffffffffffffffffff) << 32'h48);
        rxq$write = rx$m_tvalid & ~rxq$full;
        rx$m_tready = ~rxq$full;
        rx_beat = rxq$data_out;
        rx_empty = rxq$empty;
        rxq$read = rx_read;
        txq$data_in = tx_beat;
        txq$write = tx_write;
        tx_full = txq$full;
        fill = ~txq$empty & ~tbv$q;
        txq$read = fill;
        if (tbv$q & tx$s_tready) begin
            tbv$d = 1'b0;
        end
        if (fill) begin
            tb$d = txq$data_out;
            tbv$d = 1'b1;
        end
        tx$s_tdata = tb$q[(32'h0)+:(64)];
        tx$s_tkeep = tb$q[(32'h40)+:(8)];
        tx$s_tlast = tb$q[32'h48];
        tx$s_tabort = tb$q[32'h49];
        tx$s_tvalid = tbv$q;
        rgmii_tx$clk = clk;
        rgmii_tx$clk90 = clk90;
        rgmii_tx$data = tx$tx_data;
        rgmii_tx$en = tx$tx_en;
        tx_clk = rgmii_tx$tx_clk;
        tx_ctl = rgmii_tx$tx_ctl;
        tx_data = rgmii_tx$tx_data;
    end
    
endmodule // top$eth1


module top$eth1$cdc(write_clock,data_in,write,full,read_clock,data_out,empty,read);
    
    // Module arguments
    input wire  write_clock;
    input wire  [9:0] data_in;
    input wire  write;
    output reg  full;
    input wire  read_clock;
    output reg  [9:0] data_out;
    output reg  empty;
    input wire  read;
    
    // Constant declarations
    localparam  top2 = 5'b11000;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [9:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [9:0] ram$write_data;
    reg  ram$write_enable;
    reg  [4:0] wbin$d;
    wire  [4:0] wbin$q;
    reg  wbin$clock;
    reg  [4:0] wgray$d;
    wire  [4:0] wgray$q;
    reg  wgray$clock;
    reg  [4:0] wbin1$d;
    wire  [4:0] wbin1$q;
    reg  wbin1$clock;
    reg  [4:0] wgray1$d;
    wire  [4:0] wgray1$q;
    reg  wgray1$clock;
    reg  [4:0] rq1$d;
    wire  [4:0] rq1$q;
    reg  rq1$clock;
    reg  [4:0] rq2$d;
    wire  [4:0] rq2$q;
    reg  rq2$clock;
    reg  wfull$d;
    wire  wfull$q;
    reg  wfull$clock;
    reg  [4:0] rbin$d;
    wire  [4:0] rbin$q;
    reg  rbin$clock;
    reg  [4:0] rgray$d;
    wire  [4:0] rgray$q;
    reg  rgray$clock;
    reg  [4:0] rbin1$d;
    wire  [4:0] rbin1$q;
    reg  rbin1$clock;
    reg  [4:0] rgray1$d;
    wire  [4:0] rgray1$q;
    reg  rgray1$clock;
    reg  [4:0] wq1$d;
    wire  [4:0] wq1$q;
    reg  wq1$clock;
    reg  [4:0] wq2$d;
    wire  [4:0] wq2$q;
    reg  wq2$clock;
    reg  rne$d;
    wire  rne$q;
    reg  rne$clock;
    
    // Local signals
    reg  wen;
    reg  [4:0] wfar;
    reg  [4:0] rfull;
    reg  ren;
    reg  [4:0] rfar;
    
    // Sub module instances
    top$eth1$cdc$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$eth1$cdc$wbin wbin(
        .d(wbin$d),
        .q(wbin$q),
        .clock(wbin$clock)
    );
    top$eth1$cdc$wgray wgray(
        .d(wgray$d),
        .q(wgray$q),
        .clock(wgray$clock)
    );
    top$eth1$cdc$wbin1 wbin1(
        .d(wbin1$d),
        .q(wbin1$q),
        .clock(wbin1$clock)
    );
    top$eth1$cdc$wgray1 wgray1(
        .d(wgray1$d),
        .q(wgray1$q),
        .clock(wgray1$clock)
    );
    top$eth1$cdc$rq1 rq1(
        .d(rq1$d),
        .q(rq1$q),
        .clock(rq1$clock)
    );
    top$eth1$cdc$rq2 rq2(
        .d(rq2$d),
        .q(rq2$q),
        .clock(rq2$clock)
    );
    top$eth1$cdc$wfull wfull(
        .d(wfull$d),
        .q(wfull$q),
        .clock(wfull$clock)
    );
    top$eth1$cdc$rbin rbin(
        .d(rbin$d),
        .q(rbin$q),
        .clock(rbin$clock)
    );
    top$eth1$cdc$rgray rgray(
        .d(rgray$d),
        .q(rgray$q),
        .clock(rgray$clock)
    );
    top$eth1$cdc$rbin1 rbin1(
        .d(rbin1$d),
        .q(rbin1$q),
        .clock(rbin1$clock)
    );
    top$eth1$cdc$rgray1 rgray1(
        .d(rgray1$d),
        .q(rgray1$q),
        .clock(rgray1$clock)
    );
    top$eth1$cdc$wq1 wq1(
        .d(wq1$d),
        .q(wq1$q),
        .clock(wq1$clock)
    );
    top$eth1$cdc$wq2 wq2(
        .d(wq2$d),
        .q(wq2$q),
        .clock(wq2$clock)
    );
    top$eth1$cdc$rne rne(
        .d(rne$d),
        .q(rne$q),
        .clock(rne$clock)
    );
    
    // Update code
    always @(*) begin
        ram$write_clock = write_clock;
        ram$read_clock = read_clock;
        wbin$clock = write_clock;
        wbin$d = wbin$q;
        wgray$clock = write_clock;
        wgray$d = wgray$q;
        wbin1$clock = write_clock;
        wbin1$d = wbin1$q;
        wgray1$clock = write_clock;
        wgray1$d = wgray1$q;
        rq1$clock = write_clock;
        rq2$clock = write_clock;
        wfull$clock = write_clock;
        rbin$clock = read_clock;
        rbin$d = rbin$q;
        rgray$clock = read_clock;
        rgray$d = rgray$q;
        rbin1$clock = read_clock;
        rbin1$d = rbin1$q;
        rgray1$clock = read_clock;
        rgray1$d = rgray1$q;
        wq1$clock = read_clock;
        wq2$clock = read_clock;
        rne$clock = read_clock;
        wen = write & ~wfull$q;
        wfar = wbin1$q + 32'h1;
        if (wen) begin
            wbin$d = wbin1$q;
            wgray$d = wgray1$q;
            wbin1$d = wfar;
            wgray1$d = wfar ^ (wfar >> 32'h1);
        end
        rq1$d = rgray$q;
        rq2$d = rq1$q;
        rfull = rq2$q ^ top2;
        wfull$d = wgray$q == rfull;
        if (wen) begin
            wfull$d = wgray1$q == rfull;
        end
        ram$write_address = wbin$q[(32'h0)+:(4)];
        ram$write_data = data_in;
        ram$write_enable = wen;
        full = wfull$q;
        ren = read & rne$q;
        rfar = rbin1$q + 32'h1;
        wq1$d = wgray$q;
        wq2$d = wq1$q;
        ram$read_address = rbin$q[(32'h0)+:(4)];
        rne$d = rgray$q != wq2$q;
        if (ren) begin
            rbin$d = rbin1$q;
            rgray$d = rgray1$q;
            rbin1$d = rfar;
            rgray1$d = rfar ^ (rfar >> 32'h1);
            ram$read_address = rbin1$q[(32'h0)+:(4)];
            rne$d = rgray1$q != wq2$q;
        end
        data_out = ram$read_data;
        empty = ~rne$q;
    end
    
endmodule // top$eth1$cdc


module top$eth1$cdc$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [9:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [9:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[9:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$eth1$cdc$ram


module top$eth1$cdc$rbin(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$rbin


module top$eth1$cdc$rbin1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$cdc$rbin1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$cdc$rbin1


module top$eth1$cdc$rbin1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$rbin1$dff


module top$eth1$cdc$rgray(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$rgray


module top$eth1$cdc$rgray1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$cdc$rgray1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$cdc$rgray1


module top$eth1$cdc$rgray1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$rgray1$dff


module top$eth1$cdc$rne(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$rne


module top$eth1$cdc$rq1(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$rq1


module top$eth1$cdc$rq2(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$rq2


module top$eth1$cdc$wbin(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$wbin


module top$eth1$cdc$wbin1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$cdc$wbin1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$cdc$wbin1


module top$eth1$cdc$wbin1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$wbin1$dff


module top$eth1$cdc$wfull(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$wfull


module top$eth1$cdc$wgray(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$wgray


module top$eth1$cdc$wgray1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$cdc$wgray1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$cdc$wgray1


module top$eth1$cdc$wgray1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$wgray1$dff


module top$eth1$cdc$wq1(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$wq1


module top$eth1$cdc$wq2(d,q,clock);
    
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
          
endmodule // top$eth1$cdc$wq2


module top$eth1$dv_prev(d,q,clock);
    
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
          
endmodule // top$eth1$dv_prev

// v-- Setting output parameters to net type for wrapped code.


module top$eth1$rgmii_rx(rx_clk,rx_ctl,rx_data,data,dv,er);
    
    // Module arguments
    input wire  rx_clk;
    input wire  rx_ctl;
    input wire  [3:0] rx_data;
    output wire  [7:0] data;
    output wire  dv;
    output wire  er;
    
    // Update code (wrapper)
    
    wire [4:0] q_rise;
    wire [4:0] q_fall;
    wire [4:0] pins = {rx_ctl, rx_data};
    reg [7:0] r_data = 8'd0;
    reg r_dv = 1'b0;
    reg r_er = 1'b0;
    genvar i;
    generate for (i = 0; i < 5; i = i + 1) begin : ddr_in
        IDDRX1F iddr (.D(pins[i]), .SCLK(rx_clk), .RST(1'b0), .Q0(q_rise[i]), .Q1(q_fall[i]));
    end endgenerate
    always @(posedge rx_clk) begin
        r_data <= {q_fall[3:0], q_rise[3:0]};
        r_dv <= q_rise[4];
        r_er <= q_rise[4] ^ q_fall[4];
    end
    assign data = r_data;
    assign dv = r_dv;
    assign er = r_er;
endmodule // top$eth1$rgmii_rx

// v-- Setting output parameters to net type for wrapped code.


module top$eth1$rgmii_tx(clk,clk90,data,en,tx_clk,tx_ctl,tx_data);
    
    // Module arguments
    input wire  clk;
    input wire  clk90;
    input wire  [7:0] data;
    input wire  en;
    output wire  tx_clk;
    output wire  tx_ctl;
    output wire  [3:0] tx_data;
    
    // Update code (wrapper)
    
    ODDRX1F oddr_clk (.D0(1'b1), .D1(1'b0), .SCLK(clk90), .RST(1'b0), .Q(tx_clk));
    ODDRX1F oddr_ctl (.D0(en), .D1(en), .SCLK(clk), .RST(1'b0), .Q(tx_ctl));
    genvar i;
    generate for (i = 0; i < 4; i = i + 1) begin : ddr_out
        ODDRX1F oddr (.D0(data[i]), .D1(data[i + 4]), .SCLK(clk), .RST(1'b0), .Q(tx_data[i]));
    end endgenerate
endmodule // top$eth1$rgmii_tx


module top$eth1$rx(clock,in_valid,in_dv,in_er,in_data,m_tdata,m_tkeep,m_tlast,m_tvalid,m_tready,good,bad_fcs,runt,oversize,overflow);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    input wire  in_dv;
    input wire  in_er;
    input wire  [7:0] in_data;
    output reg  [63:0] m_tdata;
    output reg  [7:0] m_tkeep;
    output reg  m_tlast;
    output reg  m_tvalid;
    input wire  m_tready;
    output reg  [31:0] good;
    output reg  [31:0] bad_fcs;
    output reg  [31:0] runt;
    output reg  [31:0] oversize;
    output reg  [31:0] overflow;
    
    // Constant declarations
    localparam  slack_depth = 10'b111111111;
    localparam  max_len = 16'h5f2;
    localparam  s_idle = 2'b0;
    localparam  s_frame = 2'b1;
    localparam  s_discard = 2'b10;
    localparam  last_short = 16'h3f;
    
    // Stub signals
    reg  crc$clock;
    reg  crc$init;
    reg  crc$en;
    reg  [7:0] crc$data;
    wire  [31:0] crc$crc;
    wire  [31:0] crc$fcs;
    wire  crc$ok;
    reg  ram$clock;
    reg  [8:0] ram$waddr;
    reg  [71:0] ram$wdata;
    reg  ram$we;
    reg  [8:0] ram$raddr;
    wire  [71:0] ram$rdata;
    reg  [1:0] st$d;
    wire  [1:0] st$q;
    reg  st$clock;
    reg  [31:0] sh$d;
    wire  [31:0] sh$q;
    reg  sh$clock;
    reg  [2:0] held$d;
    wire  [2:0] held$q;
    reg  held$clock;
    reg  [15:0] len$d;
    wire  [15:0] len$q;
    reg  len$clock;
    reg  [63:0] acc$d;
    wire  [63:0] acc$q;
    reg  acc$clock;
    reg  [3:0] nb$d;
    wire  [3:0] nb$q;
    reg  nb$clock;
    reg  [7:0] keep$d;
    wire  [7:0] keep$q;
    reg  keep$clock;
    reg  f_er$d;
    wire  f_er$q;
    reg  f_er$clock;
    reg  f_long$d;
    wire  f_long$q;
    reg  f_long$clock;
    reg  f_min$d;
    wire  f_min$q;
    reg  f_min$clock;
    reg  f_ovf$d;
    wire  f_ovf$q;
    reg  f_ovf$clock;
    reg  [9:0] wt$d;
    wire  [9:0] wt$q;
    reg  wt$clock;
    reg  [9:0] wc$d;
    wire  [9:0] wc$q;
    reg  wc$clock;
    reg  [9:0] wc_rd$d;
    wire  [9:0] wc_rd$q;
    reg  wc_rd$clock;
    reg  wr_en$d;
    wire  wr_en$q;
    reg  wr_en$clock;
    reg  [8:0] wr_addr$d;
    wire  [8:0] wr_addr$q;
    reg  wr_addr$clock;
    reg  [71:0] wr_data$d;
    wire  [71:0] wr_data$q;
    reg  wr_data$clock;
    reg  [9:0] rp$d;
    wire  [9:0] rp$q;
    reg  rp$clock;
    reg  inflight$d;
    wire  inflight$q;
    reg  inflight$clock;
    reg  landed$d;
    wire  landed$q;
    reg  landed$clock;
    reg  room_r$d;
    wire  room_r$q;
    reg  room_r$clock;
    reg  end_r$d;
    wire  end_r$q;
    reg  end_r$clock;
    reg  crc_ok_r$d;
    wire  crc_ok_r$q;
    reg  crc_ok_r$clock;
    reg  [1:0] occ$d;
    wire  [1:0] occ$q;
    reg  occ$clock;
    reg  [71:0] o0$d;
    wire  [71:0] o0$q;
    reg  o0$clock;
    reg  [71:0] o1$d;
    wire  [71:0] o1$q;
    reg  o1$clock;
    reg  [31:0] n_good$d;
    wire  [31:0] n_good$q;
    reg  n_good$clock;
    reg  [31:0] n_fcs$d;
    wire  [31:0] n_fcs$q;
    reg  n_fcs$clock;
    reg  [31:0] n_runt$d;
    wire  [31:0] n_runt$q;
    reg  n_runt$clock;
    reg  [31:0] n_long$d;
    wire  [31:0] n_long$q;
    reg  n_long$clock;
    reg  [31:0] n_ovf$d;
    wire  [31:0] n_ovf$q;
    reg  n_ovf$clock;
    
    // Local signals
    reg  got_byte;
    reg  fin;
    reg  push;
    reg  [7:0] pushed;
    reg  [63:0] ins;
    reg  room;
    reg  wr_full;
    reg  ok_end;
    reg  [71:0] word;
    reg  [6:0] keep_hi;
    reg  [6:0] head_keep;
    reg  ram_some;
    reg  [9:0] room_used;
    reg  pop;
    reg  issue;
    reg  [1:0] occ_after_pop;
    reg  [2:0] pending;
    reg  [71:0] head;
    
    // Sub module instances
    top$eth1$rx$crc crc(
        .clock(crc$clock),
        .init(crc$init),
        .en(crc$en),
        .data(crc$data),
        .crc(crc$crc),
        .fcs(crc$fcs),
        .ok(crc$ok)
    );
    top$eth1$rx$ram ram(
        .clock(ram$clock),
        .waddr(ram$waddr),
        .wdata(ram$wdata),
        .we(ram$we),
        .raddr(ram$raddr),
        .rdata(ram$rdata)
    );
    top$eth1$rx$st st(
        .d(st$d),
        .q(st$q),
        .clock(st$clock)
    );
    top$eth1$rx$sh sh(
        .d(sh$d),
        .q(sh$q),
        .clock(sh$clock)
    );
    top$eth1$rx$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    top$eth1$rx$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    top$eth1$rx$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    top$eth1$rx$nb nb(
        .d(nb$d),
        .q(nb$q),
        .clock(nb$clock)
    );
    top$eth1$rx$keep keep(
        .d(keep$d),
        .q(keep$q),
        .clock(keep$clock)
    );
    top$eth1$rx$f_er f_er(
        .d(f_er$d),
        .q(f_er$q),
        .clock(f_er$clock)
    );
    top$eth1$rx$f_long f_long(
        .d(f_long$d),
        .q(f_long$q),
        .clock(f_long$clock)
    );
    top$eth1$rx$f_min f_min(
        .d(f_min$d),
        .q(f_min$q),
        .clock(f_min$clock)
    );
    top$eth1$rx$f_ovf f_ovf(
        .d(f_ovf$d),
        .q(f_ovf$q),
        .clock(f_ovf$clock)
    );
    top$eth1$rx$wt wt(
        .d(wt$d),
        .q(wt$q),
        .clock(wt$clock)
    );
    top$eth1$rx$wc wc(
        .d(wc$d),
        .q(wc$q),
        .clock(wc$clock)
    );
    top$eth1$rx$wc_rd wc_rd(
        .d(wc_rd$d),
        .q(wc_rd$q),
        .clock(wc_rd$clock)
    );
    top$eth1$rx$wr_en wr_en(
        .d(wr_en$d),
        .q(wr_en$q),
        .clock(wr_en$clock)
    );
    top$eth1$rx$wr_addr wr_addr(
        .d(wr_addr$d),
        .q(wr_addr$q),
        .clock(wr_addr$clock)
    );
    top$eth1$rx$wr_data wr_data(
        .d(wr_data$d),
        .q(wr_data$q),
        .clock(wr_data$clock)
    );
    top$eth1$rx$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    top$eth1$rx$inflight inflight(
        .d(inflight$d),
        .q(inflight$q),
        .clock(inflight$clock)
    );
    top$eth1$rx$landed landed(
        .d(landed$d),
        .q(landed$q),
        .clock(landed$clock)
    );
    top$eth1$rx$room_r room_r(
        .d(room_r$d),
        .q(room_r$q),
        .clock(room_r$clock)
    );
    top$eth1$rx$end_r end_r(
        .d(end_r$d),
        .q(end_r$q),
        .clock(end_r$clock)
    );
    top$eth1$rx$crc_ok_r crc_ok_r(
        .d(crc_ok_r$d),
        .q(crc_ok_r$q),
        .clock(crc_ok_r$clock)
    );
    top$eth1$rx$occ occ(
        .d(occ$d),
        .q(occ$q),
        .clock(occ$clock)
    );
    top$eth1$rx$o0 o0(
        .d(o0$d),
        .q(o0$q),
        .clock(o0$clock)
    );
    top$eth1$rx$o1 o1(
        .d(o1$d),
        .q(o1$q),
        .clock(o1$clock)
    );
    top$eth1$rx$n_good n_good(
        .d(n_good$d),
        .q(n_good$q),
        .clock(n_good$clock)
    );
    top$eth1$rx$n_fcs n_fcs(
        .d(n_fcs$d),
        .q(n_fcs$q),
        .clock(n_fcs$clock)
    );
    top$eth1$rx$n_runt n_runt(
        .d(n_runt$d),
        .q(n_runt$q),
        .clock(n_runt$clock)
    );
    top$eth1$rx$n_long n_long(
        .d(n_long$d),
        .q(n_long$q),
        .clock(n_long$clock)
    );
    top$eth1$rx$n_ovf n_ovf(
        .d(n_ovf$d),
        .q(n_ovf$q),
        .clock(n_ovf$clock)
    );
    
    // Update code
    always @(*) begin
        st$clock = clock;
        sh$clock = clock;
        held$clock = clock;
        len$clock = clock;
        acc$clock = clock;
        nb$clock = clock;
        keep$clock = clock;
        f_er$clock = clock;
        f_long$clock = clock;
        f_min$clock = clock;
        f_ovf$clock = clock;
        wt$clock = clock;
        wc$clock = clock;
        wc_rd$clock = clock;
        wr_en$clock = clock;
        wr_addr$clock = clock;
        wr_data$clock = clock;
        rp$clock = clock;
        inflight$clock = clock;
        landed$clock = clock;
        room_r$clock = clock;
        end_r$clock = clock;
        crc_ok_r$clock = clock;
        occ$clock = clock;
        o0$clock = clock;
        o1$clock = clock;
        n_good$clock = clock;
        n_fcs$clock = clock;
        n_runt$clock = clock;
        n_long$clock = clock;
        n_ovf$clock = clock;
        st$d = st$q;
        sh$d = sh$q;
        held$d = held$q;
        len$d = len$q;
        acc$d = acc$q;
        nb$d = nb$q;
        keep$d = keep$q;
        f_er$d = f_er$q;
        f_long$d = f_long$q;
        f_min$d = f_min$q;
        f_ovf$d = f_ovf$q;
        wt$d = wt$q;
        wc$d = wc$q;
        wc_rd$d = wc_rd$q;
        wr_en$d = wr_en$q;
        wr_addr$d = wr_addr$q;
        wr_data$d = wr_data$q;
        rp$d = rp$q;
        inflight$d = inflight$q;
        landed$d = landed$q;
        room_r$d = room_r$q;
        end_r$d = end_r$q;
        crc_ok_r$d = crc_ok_r$q;
        occ$d = occ$q;
        o0$d = o0$q;
        o1$d = o1$q;
        n_good$d = n_good$q;
        n_fcs$d = n_fcs$q;
        n_runt$d = n_runt$q;
        n_long$d = n_long$q;
        n_ovf$d = n_ovf$q;
        crc$clock = clock;
        ram$clock = clock;
        got_byte = in_valid & in_dv;
        fin = in_valid & ~in_dv;
        crc$data = in_data;
        crc$en = got_byte & (st$q == s_frame);
        crc$init = got_byte & (st$q != s_frame);
        pushed = sh$q[(32'h0)+:(8)];
        push = got_byte & (st$q == s_frame) & (held$q == 32'h4);
        ins = ((pushed) & 64'hffffffffffffffff) << (((nb$q) & 64'hffffffffffffffff) << 32'h3);
        room_used = wt$q - rp$q;
        room_r$d = room_used < slack_depth;
        room = room_r$q;
        end_r$d = fin & (st$q == s_frame);
        crc_ok_r$d = crc$ok;
        ok_end = ~f_er$q & ~f_long$q & ~f_ovf$q & f_min$q & crc_ok_r$q & room;
        keep_hi = keep$q[(32'h1)+:(7)];
        word = ((acc$q) & 72'hffffffffffffffffff) | (((keep_hi) & 72'hffffffffffffffffff) << 32'h40);
        wr_full = push & (nb$q == 32'h8) & ~f_long$q;
        wr_addr$d = ((wt$q) & 9'h1ff);
        wr_data$d = word;
        wr_en$d = 1'b0;
        if (wr_full & room & ~f_ovf$q) begin
            wr_en$d = 1'b1;
            wt$d = wt$q + 32'h1;
        end
        if (wr_full & ~room) begin
            f_ovf$d = 1'b1;
        end
        if (push) begin
            if (nb$q == 32'h8) begin
                acc$d = ((pushed) & 64'hffffffffffffffff);
                nb$d = 32'h1;
                keep$d = 32'h1;
            end
            else begin
                acc$d = acc$q | ins;
                nb$d = nb$q + 32'h1;
                keep$d = (keep$q << 32'h1) | 32'h1;
            end
        end
        if (got_byte) begin
            if (st$q == s_frame) begin
                sh$d = (sh$q >> 32'h8) | (((in_data) & 32'hffffffff) << 32'h18);
                if (held$q != 32'h4) begin
                    held$d = held$q + 32'h1;
                end
                if (len$q == last_short) begin
                    f_min$d = 1'b1;
                end
                if (len$q == max_len) begin
                    f_long$d = 1'b1;
                end
                else begin
                    len$d = len$q + 32'h1;
                end
                if (in_er) begin
                    f_er$d = 1'b1;
                end
            end
            else if (st$q == s_idle) begin
                if (in_data == 32'hd5) begin
                    st$d = s_frame;
                    held$d = 32'h0;
                    len$d = 32'h0;
                    acc$d = 32'h0;
                    nb$d = 32'h0;
                    keep$d = 32'h0;
                    f_er$d = in_er;
                    f_long$d = 1'b0;
                    f_min$d = 1'b0;
                    f_ovf$d = 1'b0;
                end
                else if (in_data != 32'h55) begin
                    st$d = s_discard;
                end
            end
        end
        if (fin) begin
            st$d = s_idle;
        end
        if (end_r$q) begin
            if (ok_end) begin
                wr_data$d = word | (((1'b1) & 72'hffffffffffffffffff) << 32'h47);
                wr_en$d = 1'b1;
                wt$d = wt$q + 32'h1;
                wc$d = wt$q + 32'h1;
                n_good$d = n_good$q + 32'h1;
            end
            else begin
                wt$d = wc$q;
                if (f_ovf$q | ~room) begin
                    n_ovf$d = n_ovf$q + 32'h1;
                end
                else if (f_long$q) begin
                    n_long$d = n_long$q + 32'h1;
                end
                else if (~f_min$q) begin
                    n_runt$d = n_runt$q + 32'h1;
                end
                else begin
                    n_fcs$d = n_fcs$q + 32'h1;
                end
            end
        end
        ram$waddr = wr_addr$q;
        ram$wdata = wr_data$q;
        ram$we = wr_en$q;
        wc_rd$d = wc$q;
        ram_some = wc_rd$q != rp$q;
        m_tvalid = occ$q != 32'h0;
        head = o0$q;
        head_keep = head[(32'h40)+:(7)];
        m_tdata = head[(32'h0)+:(64)];
        m_tkeep = (((head_keep) & 8'hff) << 32'h1) | 32'h1;
        m_tlast = head[32'h47];
        pop = m_tready & (occ$q != 32'h0);
        occ_after_pop = occ$q;
        if (pop) begin
            occ_after_pop = occ$q - 32'h1;
            o0$d = o1$q;
        end
        landed$d = inflight$q;
        if (landed$q) begin
            if (occ_after_pop == 32'h0) begin
                o0$d = ram$rdata;
            end
            else begin
                o1$d = ram$rdata;
            end
        end
        occ$d = occ_after_pop + ((landed$q) & 2'h3);
        pending = ((occ_after_pop) & 3'h7) + ((landed$q) & 3'h7) + ((inflight$q) & 3'h7);
        issue = ram_some & (pending < 32'h2);
        ram$raddr = ((rp$q) & 9'h1ff);
        inflight$d = issue;
        if (issue) begin
            rp$d = rp$q + 32'h1;
        end
        good = n_good$q;
        bad_fcs = n_fcs$q;
        runt = n_runt$q;
        oversize = n_long$q;
        overflow = n_ovf$q;
    end
    
endmodule // top$eth1$rx


module top$eth1$rx$acc(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth1$rx$acc


module top$eth1$rx$crc(clock,init,en,data,crc,fcs,ok);
    
    // Module arguments
    input wire  clock;
    input wire  init;
    input wire  en;
    input wire  [7:0] data;
    output reg  [31:0] crc;
    output reg  [31:0] fcs;
    output reg  ok;
    
    // Constant declarations
    localparam  columns$0 = 40'h400000104;
    localparam  columns$1 = 40'h900000209;
    localparam  columns$2 = 40'h1300000413;
    localparam  columns$3 = 40'h2600000826;
    localparam  columns$4 = 40'h4d0000104d;
    localparam  columns$5 = 40'h9a0000209a;
    localparam  columns$6 = 40'h3000004030;
    localparam  columns$7 = 40'h6100008061;
    localparam  columns$8 = 40'hc2000100c2;
    localparam  columns$9 = 40'h8000020080;
    localparam  columns$10 = 40'h400040004;
    localparam  columns$11 = 40'h800080008;
    localparam  columns$12 = 40'h1100100011;
    localparam  columns$13 = 40'h2300200023;
    localparam  columns$14 = 40'h4600400046;
    localparam  columns$15 = 40'h8c0080008c;
    localparam  columns$16 = 40'h1d0100001d;
    localparam  columns$17 = 40'h3b0200003b;
    localparam  columns$18 = 40'h7704000077;
    localparam  columns$19 = 40'hee080000ee;
    localparam  columns$20 = 40'hd8100000d8;
    localparam  columns$21 = 40'hb4200000b4;
    localparam  columns$22 = 40'h6c4000006c;
    localparam  columns$23 = 40'hd8800000d8;
    localparam  columns$24 = 40'hb5000000b5;
    localparam  columns$25 = 40'h6f0000006f;
    localparam  columns$26 = 40'hdf000000df;
    localparam  columns$27 = 40'hba000000ba;
    localparam  columns$28 = 40'h7100000071;
    localparam  columns$29 = 40'he3000000e3;
    localparam  columns$30 = 40'hc3000000c3;
    localparam  columns$31 = 40'h8200000082;
    localparam  start = 32'hffffffff;
    localparam  ones = 32'hffffffff;
    localparam  residue = 32'hdebb20e3;
    localparam  byte_at = 8'h20;
    
    // Stub signals
    reg  [31:0] state$d;
    wire  [31:0] state$q;
    reg  state$clock;
    
    // Local signals
    reg  [39:0] v;
    reg  [39:0] mask;
    reg  [31:0] nxt;
    
    // Sub module instances
    top$eth1$rx$crc$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        state$d = state$q;
        v = ((state$q) & 40'hffffffffff) | (((data) & 40'hffffffffff) << byte_at);
        nxt = 32'h0;
        mask = columns$0;
        nxt = (nxt & ~(1 << (0)) | ((^(v & mask)) << (0)));
        mask = columns$1;
        nxt = (nxt & ~(1 << (1)) | ((^(v & mask)) << (1)));
        mask = columns$2;
        nxt = (nxt & ~(1 << (2)) | ((^(v & mask)) << (2)));
        mask = columns$3;
        nxt = (nxt & ~(1 << (3)) | ((^(v & mask)) << (3)));
        mask = columns$4;
        nxt = (nxt & ~(1 << (4)) | ((^(v & mask)) << (4)));
        mask = columns$5;
        nxt = (nxt & ~(1 << (5)) | ((^(v & mask)) << (5)));
        mask = columns$6;
        nxt = (nxt & ~(1 << (6)) | ((^(v & mask)) << (6)));
        mask = columns$7;
        nxt = (nxt & ~(1 << (7)) | ((^(v & mask)) << (7)));
        mask = columns$8;
        nxt = (nxt & ~(1 << (8)) | ((^(v & mask)) << (8)));
        mask = columns$9;
        nxt = (nxt & ~(1 << (9)) | ((^(v & mask)) << (9)));
        mask = columns$10;
        nxt = (nxt & ~(1 << (10)) | ((^(v & mask)) << (10)));
        mask = columns$11;
        nxt = (nxt & ~(1 << (11)) | ((^(v & mask)) << (11)));
        mask = columns$12;
        nxt = (nxt & ~(1 << (12)) | ((^(v & mask)) << (12)));
        mask = columns$13;
        nxt = (nxt & ~(1 << (13)) | ((^(v & mask)) << (13)));
        mask = columns$14;
        nxt = (nxt & ~(1 << (14)) | ((^(v & mask)) << (14)));
        mask = columns$15;
        nxt = (nxt & ~(1 << (15)) | ((^(v & mask)) << (15)));
        mask = columns$16;
        nxt = (nxt & ~(1 << (16)) | ((^(v & mask)) << (16)));
        mask = columns$17;
        nxt = (nxt & ~(1 << (17)) | ((^(v & mask)) << (17)));
        mask = columns$18;
        nxt = (nxt & ~(1 << (18)) | ((^(v & mask)) << (18)));
        mask = columns$19;
        nxt = (nxt & ~(1 << (19)) | ((^(v & mask)) << (19)));
        mask = columns$20;
        nxt = (nxt & ~(1 << (20)) | ((^(v & mask)) << (20)));
        mask = columns$21;
        nxt = (nxt & ~(1 << (21)) | ((^(v & mask)) << (21)));
        mask = columns$22;
        nxt = (nxt & ~(1 << (22)) | ((^(v & mask)) << (22)));
        mask = columns$23;
        nxt = (nxt & ~(1 << (23)) | ((^(v & mask)) << (23)));
        mask = columns$24;
        nxt = (nxt & ~(1 << (24)) | ((^(v & mask)) << (24)));
        mask = columns$25;
        nxt = (nxt & ~(1 << (25)) | ((^(v & mask)) << (25)));
        mask = columns$26;
        nxt = (nxt & ~(1 << (26)) | ((^(v & mask)) << (26)));
        mask = columns$27;
        nxt = (nxt & ~(1 << (27)) | ((^(v & mask)) << (27)));
        mask = columns$28;
        nxt = (nxt & ~(1 << (28)) | ((^(v & mask)) << (28)));
        mask = columns$29;
        nxt = (nxt & ~(1 << (29)) | ((^(v & mask)) << (29)));
        mask = columns$30;
        nxt = (nxt & ~(1 << (30)) | ((^(v & mask)) << (30)));
        mask = columns$31;
        nxt = (nxt & ~(1 << (31)) | ((^(v & mask)) << (31)));
        if (en) begin
            state$d = nxt;
        end
        if (init) begin
            state$d = start;
        end
        crc = state$q;
        fcs = state$q ^ ones;
        ok = state$q == residue;
    end
    
endmodule // top$eth1$rx$crc


module top$eth1$rx$crc$state(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Stub signals
    reg  [31:0] dff$d;
    wire  [31:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$rx$crc$state$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$rx$crc$state


module top$eth1$rx$crc$state$dff(d,q,clock);
    
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
          
endmodule // top$eth1$rx$crc$state$dff


module top$eth1$rx$crc_ok_r(d,q,clock);
    
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
          
endmodule // top$eth1$rx$crc_ok_r


module top$eth1$rx$end_r(d,q,clock);
    
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
          
endmodule // top$eth1$rx$end_r


module top$eth1$rx$f_er(d,q,clock);
    
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
          
endmodule // top$eth1$rx$f_er


module top$eth1$rx$f_long(d,q,clock);
    
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
          
endmodule // top$eth1$rx$f_long


module top$eth1$rx$f_min(d,q,clock);
    
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
          
endmodule // top$eth1$rx$f_min


module top$eth1$rx$f_ovf(d,q,clock);
    
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
          
endmodule // top$eth1$rx$f_ovf


module top$eth1$rx$held(d,q,clock);
    
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
          
endmodule // top$eth1$rx$held


module top$eth1$rx$inflight(d,q,clock);
    
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
          
endmodule // top$eth1$rx$inflight


module top$eth1$rx$keep(d,q,clock);
    
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
          
endmodule // top$eth1$rx$keep


module top$eth1$rx$landed(d,q,clock);
    
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
          
endmodule // top$eth1$rx$landed


module top$eth1$rx$len(d,q,clock);
    
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
          
endmodule // top$eth1$rx$len


module top$eth1$rx$n_fcs(d,q,clock);
    
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
          
endmodule // top$eth1$rx$n_fcs


module top$eth1$rx$n_good(d,q,clock);
    
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
          
endmodule // top$eth1$rx$n_good


module top$eth1$rx$n_long(d,q,clock);
    
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
          
endmodule // top$eth1$rx$n_long


module top$eth1$rx$n_ovf(d,q,clock);
    
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
          
endmodule // top$eth1$rx$n_ovf


module top$eth1$rx$n_runt(d,q,clock);
    
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
          
endmodule // top$eth1$rx$n_runt


module top$eth1$rx$nb(d,q,clock);
    
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
          
endmodule // top$eth1$rx$nb


module top$eth1$rx$o0(d,q,clock);
    
    // Module arguments
    input wire  [71:0] d;
    output reg  [71:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 72'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth1$rx$o0


module top$eth1$rx$o1(d,q,clock);
    
    // Module arguments
    input wire  [71:0] d;
    output reg  [71:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 72'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth1$rx$o1


module top$eth1$rx$occ(d,q,clock);
    
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
          
endmodule // top$eth1$rx$occ


module top$eth1$rx$ram(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] waddr;
    input wire  [71:0] wdata;
    input wire  we;
    input wire  [8:0] raddr;
    output reg  [71:0] rdata;
    
    // Update code (custom)
    `ifdef SYNTHESIS
    wire [71:0] q;
    DP16KD #(.DATA_WIDTH_A(36), .DATA_WIDTH_B(36), .REGMODE_A("OUTREG"), .REGMODE_B("OUTREG"),
        .RESETMODE("SYNC"), .ASYNC_RESET_RELEASE("SYNC"), .CSDECODE_A("0b000"),
        .CSDECODE_B("0b000"), .WRITEMODE_A("NORMAL"), .WRITEMODE_B("NORMAL"), .GSR("AUTO"))
      ebr0 (.CLKA(clock), .WEA(1'b1), .CEA(1'b1), .OCEA(1'b1), .RSTA(1'b0),
        .CSA0(1'b0), .CSA1(1'b0), .CSA2(1'b0), .ADA0(we), .ADA1(we), .ADA2(we), .ADA3(we), .ADA4(1'b0), .ADA5(waddr[0]), .ADA6(waddr[1]), .ADA7(waddr[2]), .ADA8(waddr[3]), .ADA9(waddr[4]), .ADA10(waddr[5]), .ADA11(waddr[6]), .ADA12(waddr[7]), .ADA13(waddr[8]),
        .DIA0(wdata[0]), .DIA1(wdata[1]), .DIA2(wdata[2]), .DIA3(wdata[3]), .DIA4(wdata[4]), .DIA5(wdata[5]), .DIA6(wdata[6]), .DIA7(wdata[7]), .DIA8(wdata[8]), .DIA9(wdata[9]), .DIA10(wdata[10]), .DIA11(wdata[11]), .DIA12(wdata[12]), .DIA13(wdata[13]), .DIA14(wdata[14]), .DIA15(wdata[15]), .DIA16(wdata[16]), .DIA17(wdata[17]), .DIB0(wdata[18]), .DIB1(wdata[19]), .DIB2(wdata[20]), .DIB3(wdata[21]), .DIB4(wdata[22]), .DIB5(wdata[23]), .DIB6(wdata[24]), .DIB7(wdata[25]), .DIB8(wdata[26]), .DIB9(wdata[27]), .DIB10(wdata[28]), .DIB11(wdata[29]), .DIB12(wdata[30]), .DIB13(wdata[31]), .DIB14(wdata[32]), .DIB15(wdata[33]), .DIB16(wdata[34]), .DIB17(wdata[35]),
        .CLKB(clock), .WEB(1'b0), .CEB(1'b1), .OCEB(1'b1), .RSTB(1'b0),
        .CSB0(1'b0), .CSB1(1'b0), .CSB2(1'b0), .ADB0(1'b0), .ADB1(1'b0), .ADB2(1'b0), .ADB3(1'b0), .ADB4(1'b0), .ADB5(raddr[0]), .ADB6(raddr[1]), .ADB7(raddr[2]), .ADB8(raddr[3]), .ADB9(raddr[4]), .ADB10(raddr[5]), .ADB11(raddr[6]), .ADB12(raddr[7]), .ADB13(raddr[8]),
        .DOA0(q[0]), .DOA1(q[1]), .DOA2(q[2]), .DOA3(q[3]), .DOA4(q[4]), .DOA5(q[5]), .DOA6(q[6]), .DOA7(q[7]), .DOA8(q[8]), .DOA9(q[9]), .DOA10(q[10]), .DOA11(q[11]), .DOA12(q[12]), .DOA13(q[13]), .DOA14(q[14]), .DOA15(q[15]), .DOA16(q[16]), .DOA17(q[17]), .DOB0(q[18]), .DOB1(q[19]), .DOB2(q[20]), .DOB3(q[21]), .DOB4(q[22]), .DOB5(q[23]), .DOB6(q[24]), .DOB7(q[25]), .DOB8(q[26]), .DOB9(q[27]), .DOB10(q[28]), .DOB11(q[29]), .DOB12(q[30]), .DOB13(q[31]), .DOB14(q[32]), .DOB15(q[33]), .DOB16(q[34]), .DOB17(q[35]));
    DP16KD #(.DATA_WIDTH_A(36), .DATA_WIDTH_B(36), .REGMODE_A("OUTREG"), .REGMODE_B("OUTREG"),
        .RESETMODE("SYNC"), .ASYNC_RESET_RELEASE("SYNC"), .CSDECODE_A("0b000"),
        .CSDECODE_B("0b000"), .WRITEMODE_A("NORMAL"), .WRITEMODE_B("NORMAL"), .GSR("AUTO"))
      ebr1 (.CLKA(clock), .WEA(1'b1), .CEA(1'b1), .OCEA(1'b1), .RSTA(1'b0),
        .CSA0(1'b0), .CSA1(1'b0), .CSA2(1'b0), .ADA0(we), .ADA1(we), .ADA2(we), .ADA3(we), .ADA4(1'b0), .ADA5(waddr[0]), .ADA6(waddr[1]), .ADA7(waddr[2]), .ADA8(waddr[3]), .ADA9(waddr[4]), .ADA10(waddr[5]), .ADA11(waddr[6]), .ADA12(waddr[7]), .ADA13(waddr[8]),
        .DIA0(wdata[36]), .DIA1(wdata[37]), .DIA2(wdata[38]), .DIA3(wdata[39]), .DIA4(wdata[40]), .DIA5(wdata[41]), .DIA6(wdata[42]), .DIA7(wdata[43]), .DIA8(wdata[44]), .DIA9(wdata[45]), .DIA10(wdata[46]), .DIA11(wdata[47]), .DIA12(wdata[48]), .DIA13(wdata[49]), .DIA14(wdata[50]), .DIA15(wdata[51]), .DIA16(wdata[52]), .DIA17(wdata[53]), .DIB0(wdata[54]), .DIB1(wdata[55]), .DIB2(wdata[56]), .DIB3(wdata[57]), .DIB4(wdata[58]), .DIB5(wdata[59]), .DIB6(wdata[60]), .DIB7(wdata[61]), .DIB8(wdata[62]), .DIB9(wdata[63]), .DIB10(wdata[64]), .DIB11(wdata[65]), .DIB12(wdata[66]), .DIB13(wdata[67]), .DIB14(wdata[68]), .DIB15(wdata[69]), .DIB16(wdata[70]), .DIB17(wdata[71]),
        .CLKB(clock), .WEB(1'b0), .CEB(1'b1), .OCEB(1'b1), .RSTB(1'b0),
        .CSB0(1'b0), .CSB1(1'b0), .CSB2(1'b0), .ADB0(1'b0), .ADB1(1'b0), .ADB2(1'b0), .ADB3(1'b0), .ADB4(1'b0), .ADB5(raddr[0]), .ADB6(raddr[1]), .ADB7(raddr[2]), .ADB8(raddr[3]), .ADB9(raddr[4]), .ADB10(raddr[5]), .ADB11(raddr[6]), .ADB12(raddr[7]), .ADB13(raddr[8]),
        .DOA0(q[36]), .DOA1(q[37]), .DOA2(q[38]), .DOA3(q[39]), .DOA4(q[40]), .DOA5(q[41]), .DOA6(q[42]), .DOA7(q[43]), .DOA8(q[44]), .DOA9(q[45]), .DOA10(q[46]), .DOA11(q[47]), .DOA12(q[48]), .DOA13(q[49]), .DOA14(q[50]), .DOA15(q[51]), .DOA16(q[52]), .DOA17(q[53]), .DOB0(q[54]), .DOB1(q[55]), .DOB2(q[56]), .DOB3(q[57]), .DOB4(q[58]), .DOB5(q[59]), .DOB6(q[60]), .DOB7(q[61]), .DOB8(q[62]), .DOB9(q[63]), .DOB10(q[64]), .DOB11(q[65]), .DOB12(q[66]), .DOB13(q[67]), .DOB14(q[68]), .DOB15(q[69]), .DOB16(q[70]), .DOB17(q[71]));
    always @(*) rdata = q;
    `else
    reg [71:0] mem [0:511];
    reg [71:0] array_out;
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 72'd0;
        array_out = 72'd0;
        rdata = 72'd0;
    end
    always @(posedge clock) begin
        rdata <= array_out;
        array_out <= mem[raddr[8:0]];
        if (we) mem[waddr[8:0]] <= wdata;
    end
    `endif
endmodule // top$eth1$rx$ram


module top$eth1$rx$room_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Stub signals
    reg  dff$d;
    wire  dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$rx$room_r$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$rx$room_r


module top$eth1$rx$room_r$dff(d,q,clock);
    
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
          
endmodule // top$eth1$rx$room_r$dff


module top$eth1$rx$rp(d,q,clock);
    
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
          
endmodule // top$eth1$rx$rp


module top$eth1$rx$sh(d,q,clock);
    
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
          
endmodule // top$eth1$rx$sh


module top$eth1$rx$st(d,q,clock);
    
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
          
endmodule // top$eth1$rx$st


module top$eth1$rx$wc(d,q,clock);
    
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
          
endmodule // top$eth1$rx$wc


module top$eth1$rx$wc_rd(d,q,clock);
    
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
          
endmodule // top$eth1$rx$wc_rd


module top$eth1$rx$wr_addr(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth1$rx$wr_addr


module top$eth1$rx$wr_data(d,q,clock);
    
    // Module arguments
    input wire  [71:0] d;
    output reg  [71:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 72'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth1$rx$wr_data


module top$eth1$rx$wr_en(d,q,clock);
    
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
          
endmodule // top$eth1$rx$wr_en


module top$eth1$rx$wt(d,q,clock);
    
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
          
endmodule // top$eth1$rx$wt


module top$eth1$rxq(write_clock,data_in,write,full,read_clock,data_out,empty,read);
    
    // Module arguments
    input wire  write_clock;
    input wire  [72:0] data_in;
    input wire  write;
    output reg  full;
    input wire  read_clock;
    output reg  [72:0] data_out;
    output reg  empty;
    input wire  read;
    
    // Constant declarations
    localparam  top2 = 5'b11000;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [72:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [72:0] ram$write_data;
    reg  ram$write_enable;
    reg  [4:0] wbin$d;
    wire  [4:0] wbin$q;
    reg  wbin$clock;
    reg  [4:0] wgray$d;
    wire  [4:0] wgray$q;
    reg  wgray$clock;
    reg  [4:0] wbin1$d;
    wire  [4:0] wbin1$q;
    reg  wbin1$clock;
    reg  [4:0] wgray1$d;
    wire  [4:0] wgray1$q;
    reg  wgray1$clock;
    reg  [4:0] rq1$d;
    wire  [4:0] rq1$q;
    reg  rq1$clock;
    reg  [4:0] rq2$d;
    wire  [4:0] rq2$q;
    reg  rq2$clock;
    reg  wfull$d;
    wire  wfull$q;
    reg  wfull$clock;
    reg  [4:0] rbin$d;
    wire  [4:0] rbin$q;
    reg  rbin$clock;
    reg  [4:0] rgray$d;
    wire  [4:0] rgray$q;
    reg  rgray$clock;
    reg  [4:0] rbin1$d;
    wire  [4:0] rbin1$q;
    reg  rbin1$clock;
    reg  [4:0] rgray1$d;
    wire  [4:0] rgray1$q;
    reg  rgray1$clock;
    reg  [4:0] wq1$d;
    wire  [4:0] wq1$q;
    reg  wq1$clock;
    reg  [4:0] wq2$d;
    wire  [4:0] wq2$q;
    reg  wq2$clock;
    reg  rne$d;
    wire  rne$q;
    reg  rne$clock;
    
    // Local signals
    reg  wen;
    reg  [4:0] wfar;
    reg  [4:0] rfull;
    reg  ren;
    reg  [4:0] rfar;
    
    // Sub module instances
    top$eth1$rxq$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$eth1$rxq$wbin wbin(
        .d(wbin$d),
        .q(wbin$q),
        .clock(wbin$clock)
    );
    top$eth1$rxq$wgray wgray(
        .d(wgray$d),
        .q(wgray$q),
        .clock(wgray$clock)
    );
    top$eth1$rxq$wbin1 wbin1(
        .d(wbin1$d),
        .q(wbin1$q),
        .clock(wbin1$clock)
    );
    top$eth1$rxq$wgray1 wgray1(
        .d(wgray1$d),
        .q(wgray1$q),
        .clock(wgray1$clock)
    );
    top$eth1$rxq$rq1 rq1(
        .d(rq1$d),
        .q(rq1$q),
        .clock(rq1$clock)
    );
    top$eth1$rxq$rq2 rq2(
        .d(rq2$d),
        .q(rq2$q),
        .clock(rq2$clock)
    );
    top$eth1$rxq$wfull wfull(
        .d(wfull$d),
        .q(wfull$q),
        .clock(wfull$clock)
    );
    top$eth1$rxq$rbin rbin(
        .d(rbin$d),
        .q(rbin$q),
        .clock(rbin$clock)
    );
    top$eth1$rxq$rgray rgray(
        .d(rgray$d),
        .q(rgray$q),
        .clock(rgray$clock)
    );
    top$eth1$rxq$rbin1 rbin1(
        .d(rbin1$d),
        .q(rbin1$q),
        .clock(rbin1$clock)
    );
    top$eth1$rxq$rgray1 rgray1(
        .d(rgray1$d),
        .q(rgray1$q),
        .clock(rgray1$clock)
    );
    top$eth1$rxq$wq1 wq1(
        .d(wq1$d),
        .q(wq1$q),
        .clock(wq1$clock)
    );
    top$eth1$rxq$wq2 wq2(
        .d(wq2$d),
        .q(wq2$q),
        .clock(wq2$clock)
    );
    top$eth1$rxq$rne rne(
        .d(rne$d),
        .q(rne$q),
        .clock(rne$clock)
    );
    
    // Update code
    always @(*) begin
        ram$write_clock = write_clock;
        ram$read_clock = read_clock;
        wbin$clock = write_clock;
        wbin$d = wbin$q;
        wgray$clock = write_clock;
        wgray$d = wgray$q;
        wbin1$clock = write_clock;
        wbin1$d = wbin1$q;
        wgray1$clock = write_clock;
        wgray1$d = wgray1$q;
        rq1$clock = write_clock;
        rq2$clock = write_clock;
        wfull$clock = write_clock;
        rbin$clock = read_clock;
        rbin$d = rbin$q;
        rgray$clock = read_clock;
        rgray$d = rgray$q;
        rbin1$clock = read_clock;
        rbin1$d = rbin1$q;
        rgray1$clock = read_clock;
        rgray1$d = rgray1$q;
        wq1$clock = read_clock;
        wq2$clock = read_clock;
        rne$clock = read_clock;
        wen = write & ~wfull$q;
        wfar = wbin1$q + 32'h1;
        if (wen) begin
            wbin$d = wbin1$q;
            wgray$d = wgray1$q;
            wbin1$d = wfar;
            wgray1$d = wfar ^ (wfar >> 32'h1);
        end
        rq1$d = rgray$q;
        rq2$d = rq1$q;
        rfull = rq2$q ^ top2;
        wfull$d = wgray$q == rfull;
        if (wen) begin
            wfull$d = wgray1$q == rfull;
        end
        ram$write_address = wbin$q[(32'h0)+:(4)];
        ram$write_data = data_in;
        ram$write_enable = wen;
        full = wfull$q;
        ren = read & rne$q;
        rfar = rbin1$q + 32'h1;
        wq1$d = wgray$q;
        wq2$d = wq1$q;
        ram$read_address = rbin$q[(32'h0)+:(4)];
        rne$d = rgray$q != wq2$q;
        if (ren) begin
            rbin$d = rbin1$q;
            rgray$d = rgray1$q;
            rbin1$d = rfar;
            rgray1$d = rfar ^ (rfar >> 32'h1);
            ram$read_address = rbin1$q[(32'h0)+:(4)];
            rne$d = rgray1$q != wq2$q;
        end
        data_out = ram$read_data;
        empty = ~rne$q;
    end
    
endmodule // top$eth1$rxq


module top$eth1$rxq$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [72:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [72:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[72:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$eth1$rxq$ram


module top$eth1$rxq$rbin(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$rbin


module top$eth1$rxq$rbin1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$rxq$rbin1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$rxq$rbin1


module top$eth1$rxq$rbin1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$rbin1$dff


module top$eth1$rxq$rgray(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$rgray


module top$eth1$rxq$rgray1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$rxq$rgray1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$rxq$rgray1


module top$eth1$rxq$rgray1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$rgray1$dff


module top$eth1$rxq$rne(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$rne


module top$eth1$rxq$rq1(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$rq1


module top$eth1$rxq$rq2(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$rq2


module top$eth1$rxq$wbin(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$wbin


module top$eth1$rxq$wbin1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$rxq$wbin1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$rxq$wbin1


module top$eth1$rxq$wbin1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$wbin1$dff


module top$eth1$rxq$wfull(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$wfull


module top$eth1$rxq$wgray(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$wgray


module top$eth1$rxq$wgray1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$rxq$wgray1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$rxq$wgray1


module top$eth1$rxq$wgray1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$wgray1$dff


module top$eth1$rxq$wq1(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$wq1


module top$eth1$rxq$wq2(d,q,clock);
    
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
          
endmodule // top$eth1$rxq$wq2


module top$eth1$sym(d,q,clock);
    
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
          
endmodule // top$eth1$sym


module top$eth1$symv(d,q,clock);
    
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
          
endmodule // top$eth1$symv


module top$eth1$tb(d,q,clock);
    
    // Module arguments
    input wire  [73:0] d;
    output reg  [73:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 74'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth1$tb


module top$eth1$tbv(d,q,clock);
    
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
          
endmodule // top$eth1$tbv


module top$eth1$tx(clock,s_tdata,s_tkeep,s_tlast,s_tabort,s_tvalid,s_tready,tx_data,tx_en,sent,dropped);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] s_tdata;
    input wire  [7:0] s_tkeep;
    input wire  s_tlast;
    input wire  s_tabort;
    input wire  s_tvalid;
    output reg  s_tready;
    output reg  [7:0] tx_data;
    output reg  tx_en;
    output reg  [31:0] sent;
    output reg  [31:0] dropped;
    
    // Constant declarations
    localparam  slack_depth = 10'b111111111;
    localparam  min_len = 6'b111100;
    localparam  last_bit = 72'h800000000000000000;
    localparam  s_idle = 3'b0;
    localparam  s_pre = 3'b1;
    localparam  s_data = 3'b10;
    localparam  s_pad = 3'b11;
    localparam  s_fcs = 3'b100;
    localparam  s_gap = 3'b101;
    
    // Stub signals
    reg  crc$clock;
    reg  crc$init;
    reg  crc$en;
    reg  [7:0] crc$data;
    wire  [31:0] crc$crc;
    wire  [31:0] crc$fcs;
    wire  crc$ok;
    reg  ram$clock;
    reg  [8:0] ram$waddr;
    reg  [71:0] ram$wdata;
    reg  ram$we;
    reg  [8:0] ram$raddr;
    wire  [71:0] ram$rdata;
    reg  [9:0] wt$d;
    wire  [9:0] wt$q;
    reg  wt$clock;
    reg  [9:0] wc$d;
    wire  [9:0] wc$q;
    reg  wc$clock;
    reg  [9:0] rp$d;
    wire  [9:0] rp$q;
    reg  rp$clock;
    reg  [9:0] rp1$d;
    wire  [9:0] rp1$q;
    reg  rp1$clock;
    reg  skip$d;
    wire  skip$q;
    reg  skip$clock;
    reg  inflight$d;
    wire  inflight$q;
    reg  inflight$clock;
    reg  landing$d;
    wire  landing$q;
    reg  landing$clock;
    reg  [71:0] nxt$d;
    wire  [71:0] nxt$q;
    reg  nxt$clock;
    reg  nxt_ok$d;
    wire  nxt_ok$q;
    reg  nxt_ok$clock;
    reg  [71:0] cur$d;
    wire  [71:0] cur$q;
    reg  cur$clock;
    reg  [2:0] st$d;
    wire  [2:0] st$q;
    reg  st$clock;
    reg  [3:0] cnt$d;
    wire  [3:0] cnt$q;
    reg  cnt$clock;
    reg  [2:0] bi$d;
    wire  [2:0] bi$q;
    reg  bi$clock;
    reg  [5:0] left$d;
    wire  [5:0] left$q;
    reg  left$clock;
    reg  [7:0] out_data$d;
    wire  [7:0] out_data$q;
    reg  out_data$clock;
    reg  out_en$d;
    wire  out_en$q;
    reg  out_en$clock;
    reg  [31:0] n_sent$d;
    wire  [31:0] n_sent$q;
    reg  n_sent$clock;
    reg  [31:0] n_drop$d;
    wire  [31:0] n_drop$q;
    reg  n_drop$clock;
    reg  room_r$d;
    wire  room_r$q;
    reg  room_r$clock;
    reg  bare$d;
    wire  bare$q;
    reg  bare$clock;
    reg  [63:0] sh_data$d;
    wire  [63:0] sh_data$q;
    reg  sh_data$clock;
    reg  [6:0] sh_keep$d;
    wire  [6:0] sh_keep$q;
    reg  sh_keep$clock;
    
    // Local signals
    reg  [9:0] used;
    reg  room;
    reg  too_big;
    reg  take;
    reg  [6:0] keep_hi;
    reg  [71:0] word;
    reg  issue;
    reg  commit;
    reg  [7:0] cur_byte;
    reg  [63:0] nxt_data;
    reg  [6:0] nxt_keep;
    reg  beat_end;
    reg  [31:0] fcs_shift;
    reg  [7:0] fcs_byte;
    
    // Sub module instances
    top$eth1$tx$crc crc(
        .clock(crc$clock),
        .init(crc$init),
        .en(crc$en),
        .data(crc$data),
        .crc(crc$crc),
        .fcs(crc$fcs),
        .ok(crc$ok)
    );
    top$eth1$tx$ram ram(
        .clock(ram$clock),
        .waddr(ram$waddr),
        .wdata(ram$wdata),
        .we(ram$we),
        .raddr(ram$raddr),
        .rdata(ram$rdata)
    );
    top$eth1$tx$wt wt(
        .d(wt$d),
        .q(wt$q),
        .clock(wt$clock)
    );
    top$eth1$tx$wc wc(
        .d(wc$d),
        .q(wc$q),
        .clock(wc$clock)
    );
    top$eth1$tx$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    top$eth1$tx$rp1 rp1(
        .d(rp1$d),
        .q(rp1$q),
        .clock(rp1$clock)
    );
    top$eth1$tx$skip skip(
        .d(skip$d),
        .q(skip$q),
        .clock(skip$clock)
    );
    top$eth1$tx$inflight inflight(
        .d(inflight$d),
        .q(inflight$q),
        .clock(inflight$clock)
    );
    top$eth1$tx$landing landing(
        .d(landing$d),
        .q(landing$q),
        .clock(landing$clock)
    );
    top$eth1$tx$nxt nxt(
        .d(nxt$d),
        .q(nxt$q),
        .clock(nxt$clock)
    );
    top$eth1$tx$nxt_ok nxt_ok(
        .d(nxt_ok$d),
        .q(nxt_ok$q),
        .clock(nxt_ok$clock)
    );
    top$eth1$tx$cur cur(
        .d(cur$d),
        .q(cur$q),
        .clock(cur$clock)
    );
    top$eth1$tx$st st(
        .d(st$d),
        .q(st$q),
        .clock(st$clock)
    );
    top$eth1$tx$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    top$eth1$tx$bi bi(
        .d(bi$d),
        .q(bi$q),
        .clock(bi$clock)
    );
    top$eth1$tx$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$eth1$tx$out_data out_data(
        .d(out_data$d),
        .q(out_data$q),
        .clock(out_data$clock)
    );
    top$eth1$tx$out_en out_en(
        .d(out_en$d),
        .q(out_en$q),
        .clock(out_en$clock)
    );
    top$eth1$tx$n_sent n_sent(
        .d(n_sent$d),
        .q(n_sent$q),
        .clock(n_sent$clock)
    );
    top$eth1$tx$n_drop n_drop(
        .d(n_drop$d),
        .q(n_drop$q),
        .clock(n_drop$clock)
    );
    top$eth1$tx$room_r room_r(
        .d(room_r$d),
        .q(room_r$q),
        .clock(room_r$clock)
    );
    top$eth1$tx$bare bare(
        .d(bare$d),
        .q(bare$q),
        .clock(bare$clock)
    );
    top$eth1$tx$sh_data sh_data(
        .d(sh_data$d),
        .q(sh_data$q),
        .clock(sh_data$clock)
    );
    top$eth1$tx$sh_keep sh_keep(
        .d(sh_keep$d),
        .q(sh_keep$q),
        .clock(sh_keep$clock)
    );
    
    // Update code
    always @(*) begin
        wt$clock = clock;
        wc$clock = clock;
        rp$clock = clock;
        rp1$clock = clock;
        skip$clock = clock;
        inflight$clock = clock;
        landing$clock = clock;
        nxt$clock = clock;
        nxt_ok$clock = clock;
        cur$clock = clock;
        st$clock = clock;
        cnt$clock = clock;
        bi$clock = clock;
        left$clock = clock;
        out_data$clock = clock;
        out_en$clock = clock;
        n_sent$clock = clock;
        n_drop$clock = clock;
        room_r$clock = clock;
        bare$clock = clock;
        sh_data$clock = clock;
        sh_keep$clock = clock;
        wt$d = wt$q;
        wc$d = wc$q;
        rp$d = rp$q;
        rp1$d = rp1$q;
        skip$d = skip$q;
        inflight$d = inflight$q;
        landing$d = landing$q;
        nxt$d = nxt$q;
        nxt_ok$d = nxt_ok$q;
        cur$d = cur$q;
        st$d = st$q;
        cnt$d = cnt$q;
        bi$d = bi$q;
        left$d = left$q;
        out_data$d = out_data$q;
        out_en$d = out_en$q;
        n_sent$d = n_sent$q;
        n_drop$d = n_drop$q;
        room_r$d = room_r$q;
        bare$d = bare$q;
        sh_data$d = sh_data$q;
        sh_keep$d = sh_keep$q;
        crc$clock = clock;
        ram$clock = clock;
        used = wt$q - rp$q;
        room_r$d = used < slack_depth;
        room = room_r$q;
        too_big = ~room & bare$q;
        s_tready = room | skip$q | too_big;
        take = s_tvalid & s_tready;
        keep_hi = s_tkeep[(32'h1)+:(7)];
        word = ((s_tdata) & 72'hffffffffffffffffff) | (((keep_hi) & 72'hffffffffffffffffff) << 32'h40);
        ram$waddr = ((wt$q) & 9'h1ff);
        ram$wdata = word;
        if (s_tlast) begin
            ram$wdata = word | last_bit;
        end
        ram$we = 1'b0;
        commit = 1'b0;
        if (take) begin
            if (skip$q) begin
                if (s_tlast) begin
                    skip$d = 1'b0;
                end
            end
            else if (too_big) begin
                wt$d = wc$q;
                n_drop$d = n_drop$q + 32'h1;
                skip$d = ~s_tlast;
            end
            else begin
                ram$we = 1'b1;
                wt$d = wt$q + 32'h1;
                if (s_tlast) begin
                    if (s_tabort) begin
                        wt$d = wc$q;
                        n_drop$d = n_drop$q + 32'h1;
                    end
                    else begin
                        wc$d = wt$q + 32'h1;
                        commit = 1'b1;
                    end
                end
            end
        end
        issue = ~bare$q & ~nxt_ok$q & ~inflight$q & ~landing$q;
        ram$raddr = ((rp$q) & 9'h1ff);
        inflight$d = issue;
        landing$d = inflight$q;
        if (issue) begin
            rp$d = rp1$q;
            rp1$d = rp1$q + 32'h1;
        end
        if (commit) begin
            bare$d = 1'b0;
        end
        else if (issue) begin
            bare$d = rp1$q == wc$q;
        end
        if (landing$q) begin
            nxt$d = ram$rdata;
            nxt_ok$d = 1'b1;
        end
        nxt_data = nxt$q[(32'h0)+:(64)];
        nxt_keep = nxt$q[(32'h40)+:(7)];
        cur_byte = sh_data$q[(32'h0)+:(8)];
        beat_end = (bi$q == 32'h7) | ~sh_keep$q[32'h0];
        fcs_shift = crc$fcs >> (((cnt$q) & 32'hffffffff) << 32'h3);
        fcs_byte = fcs_shift[(32'h0)+:(8)];
        crc$init = 1'b0;
        crc$en = 1'b0;
        crc$data = cur_byte;
        out_en$d = 1'b0;
        out_data$d = 32'h0;
        if (st$q == s_idle) begin
            if (nxt_ok$q) begin
                st$d = s_pre;
                cnt$d = 32'h0;
            end
        end
        else if (st$q == s_pre) begin
            out_en$d = 1'b1;
            out_data$d = 32'h55;
            cnt$d = cnt$q + 32'h1;
            if (cnt$q == 32'h7) begin
                out_data$d = 32'hd5;
                st$d = s_data;
                cur$d = nxt$q;
                sh_data$d = nxt_data;
                sh_keep$d = nxt_keep;
                nxt_ok$d = 1'b0;
                bi$d = 32'h0;
                left$d = min_len;
                crc$init = 1'b1;
            end
        end
        else if (st$q == s_data) begin
            out_en$d = 1'b1;
            out_data$d = cur_byte;
            crc$en = 1'b1;
            if (left$q != 32'h0) begin
                left$d = left$q - 32'h1;
            end
            bi$d = bi$q + 32'h1;
            sh_data$d = sh_data$q >> 32'h8;
            sh_keep$d = sh_keep$q >> 32'h1;
            if (beat_end) begin
                bi$d = 32'h0;
                if (cur$q[32'h47]) begin
                    cnt$d = 32'h0;
                    if (left$q > 32'h1) begin
                        st$d = s_pad;
                    end
                    else begin
                        st$d = s_fcs;
                    end
                end
                else begin
                    cur$d = nxt$q;
                    sh_data$d = nxt_data;
                    sh_keep$d = nxt_keep;
                    nxt_ok$d = 1'b0;
                end
            end
        end
        else if (st$q == s_pad) begin
            out_en$d = 1'b1;
            crc$data = 32'h0;
            crc$en = 1'b1;
            left$d = left$q - 32'h1;
            if (left$q == 32'h1) begin
                st$d = s_fcs;
            end
        end
        else if (st$q == s_fcs) begin
            out_en$d = 1'b1;
            out_data$d = fcs_byte;
            cnt$d = cnt$q + 32'h1;
            if (cnt$q == 32'h3) begin
                st$d = s_gap;
                cnt$d = 32'h0;
                n_sent$d = n_sent$q + 32'h1;
            end
        end
        else begin
            cnt$d = cnt$q + 32'h1;
            if (cnt$q == 32'hb) begin
                cnt$d = 32'h0;
                st$d = s_idle;
                if (nxt_ok$q) begin
                    st$d = s_pre;
                end
            end
        end
        tx_data = out_data$q;
        tx_en = out_en$q;
        sent = n_sent$q;
        dropped = n_drop$q;
    end
    
endmodule // top$eth1$tx


module top$eth1$tx$bare(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Stub signals
    reg  dff$d;
    wire  dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$tx$bare$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$tx$bare


module top$eth1$tx$bare$dff(d,q,clock);
    
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
          
endmodule // top$eth1$tx$bare$dff


module top$eth1$tx$bi(d,q,clock);
    
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
          
endmodule // top$eth1$tx$bi


module top$eth1$tx$cnt(d,q,clock);
    
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
          
endmodule // top$eth1$tx$cnt


module top$eth1$tx$crc(clock,init,en,data,crc,fcs,ok);
    
    // Module arguments
    input wire  clock;
    input wire  init;
    input wire  en;
    input wire  [7:0] data;
    output reg  [31:0] crc;
    output reg  [31:0] fcs;
    output reg  ok;
    
    // Constant declarations
    localparam  columns$0 = 40'h400000104;
    localparam  columns$1 = 40'h900000209;
    localparam  columns$2 = 40'h1300000413;
    localparam  columns$3 = 40'h2600000826;
    localparam  columns$4 = 40'h4d0000104d;
    localparam  columns$5 = 40'h9a0000209a;
    localparam  columns$6 = 40'h3000004030;
    localparam  columns$7 = 40'h6100008061;
    localparam  columns$8 = 40'hc2000100c2;
    localparam  columns$9 = 40'h8000020080;
    localparam  columns$10 = 40'h400040004;
    localparam  columns$11 = 40'h800080008;
    localparam  columns$12 = 40'h1100100011;
    localparam  columns$13 = 40'h2300200023;
    localparam  columns$14 = 40'h4600400046;
    localparam  columns$15 = 40'h8c0080008c;
    localparam  columns$16 = 40'h1d0100001d;
    localparam  columns$17 = 40'h3b0200003b;
    localparam  columns$18 = 40'h7704000077;
    localparam  columns$19 = 40'hee080000ee;
    localparam  columns$20 = 40'hd8100000d8;
    localparam  columns$21 = 40'hb4200000b4;
    localparam  columns$22 = 40'h6c4000006c;
    localparam  columns$23 = 40'hd8800000d8;
    localparam  columns$24 = 40'hb5000000b5;
    localparam  columns$25 = 40'h6f0000006f;
    localparam  columns$26 = 40'hdf000000df;
    localparam  columns$27 = 40'hba000000ba;
    localparam  columns$28 = 40'h7100000071;
    localparam  columns$29 = 40'he3000000e3;
    localparam  columns$30 = 40'hc3000000c3;
    localparam  columns$31 = 40'h8200000082;
    localparam  start = 32'hffffffff;
    localparam  ones = 32'hffffffff;
    localparam  residue = 32'hdebb20e3;
    localparam  byte_at = 8'h20;
    
    // Stub signals
    reg  [31:0] state$d;
    wire  [31:0] state$q;
    reg  state$clock;
    
    // Local signals
    reg  [39:0] v;
    reg  [39:0] mask;
    reg  [31:0] nxt;
    
    // Sub module instances
    top$eth1$tx$crc$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        state$d = state$q;
        v = ((state$q) & 40'hffffffffff) | (((data) & 40'hffffffffff) << byte_at);
        nxt = 32'h0;
        mask = columns$0;
        nxt = (nxt & ~(1 << (0)) | ((^(v & mask)) << (0)));
        mask = columns$1;
        nxt = (nxt & ~(1 << (1)) | ((^(v & mask)) << (1)));
        mask = columns$2;
        nxt = (nxt & ~(1 << (2)) | ((^(v & mask)) << (2)));
        mask = columns$3;
        nxt = (nxt & ~(1 << (3)) | ((^(v & mask)) << (3)));
        mask = columns$4;
        nxt = (nxt & ~(1 << (4)) | ((^(v & mask)) << (4)));
        mask = columns$5;
        nxt = (nxt & ~(1 << (5)) | ((^(v & mask)) << (5)));
        mask = columns$6;
        nxt = (nxt & ~(1 << (6)) | ((^(v & mask)) << (6)));
        mask = columns$7;
        nxt = (nxt & ~(1 << (7)) | ((^(v & mask)) << (7)));
        mask = columns$8;
        nxt = (nxt & ~(1 << (8)) | ((^(v & mask)) << (8)));
        mask = columns$9;
        nxt = (nxt & ~(1 << (9)) | ((^(v & mask)) << (9)));
        mask = columns$10;
        nxt = (nxt & ~(1 << (10)) | ((^(v & mask)) << (10)));
        mask = columns$11;
        nxt = (nxt & ~(1 << (11)) | ((^(v & mask)) << (11)));
        mask = columns$12;
        nxt = (nxt & ~(1 << (12)) | ((^(v & mask)) << (12)));
        mask = columns$13;
        nxt = (nxt & ~(1 << (13)) | ((^(v & mask)) << (13)));
        mask = columns$14;
        nxt = (nxt & ~(1 << (14)) | ((^(v & mask)) << (14)));
        mask = columns$15;
        nxt = (nxt & ~(1 << (15)) | ((^(v & mask)) << (15)));
        mask = columns$16;
        nxt = (nxt & ~(1 << (16)) | ((^(v & mask)) << (16)));
        mask = columns$17;
        nxt = (nxt & ~(1 << (17)) | ((^(v & mask)) << (17)));
        mask = columns$18;
        nxt = (nxt & ~(1 << (18)) | ((^(v & mask)) << (18)));
        mask = columns$19;
        nxt = (nxt & ~(1 << (19)) | ((^(v & mask)) << (19)));
        mask = columns$20;
        nxt = (nxt & ~(1 << (20)) | ((^(v & mask)) << (20)));
        mask = columns$21;
        nxt = (nxt & ~(1 << (21)) | ((^(v & mask)) << (21)));
        mask = columns$22;
        nxt = (nxt & ~(1 << (22)) | ((^(v & mask)) << (22)));
        mask = columns$23;
        nxt = (nxt & ~(1 << (23)) | ((^(v & mask)) << (23)));
        mask = columns$24;
        nxt = (nxt & ~(1 << (24)) | ((^(v & mask)) << (24)));
        mask = columns$25;
        nxt = (nxt & ~(1 << (25)) | ((^(v & mask)) << (25)));
        mask = columns$26;
        nxt = (nxt & ~(1 << (26)) | ((^(v & mask)) << (26)));
        mask = columns$27;
        nxt = (nxt & ~(1 << (27)) | ((^(v & mask)) << (27)));
        mask = columns$28;
        nxt = (nxt & ~(1 << (28)) | ((^(v & mask)) << (28)));
        mask = columns$29;
        nxt = (nxt & ~(1 << (29)) | ((^(v & mask)) << (29)));
        mask = columns$30;
        nxt = (nxt & ~(1 << (30)) | ((^(v & mask)) << (30)));
        mask = columns$31;
        nxt = (nxt & ~(1 << (31)) | ((^(v & mask)) << (31)));
        if (en) begin
            state$d = nxt;
        end
        if (init) begin
            state$d = start;
        end
        crc = state$q;
        fcs = state$q ^ ones;
        ok = state$q == residue;
    end
    
endmodule // top$eth1$tx$crc


module top$eth1$tx$crc$state(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hffffffff;
    
    // Stub signals
    reg  [31:0] dff$d;
    wire  [31:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$tx$crc$state$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$tx$crc$state


module top$eth1$tx$crc$state$dff(d,q,clock);
    
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
          
endmodule // top$eth1$tx$crc$state$dff


module top$eth1$tx$cur(d,q,clock);
    
    // Module arguments
    input wire  [71:0] d;
    output reg  [71:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 72'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth1$tx$cur


module top$eth1$tx$inflight(d,q,clock);
    
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
          
endmodule // top$eth1$tx$inflight


module top$eth1$tx$landing(d,q,clock);
    
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
          
endmodule // top$eth1$tx$landing


module top$eth1$tx$left(d,q,clock);
    
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
          
endmodule // top$eth1$tx$left


module top$eth1$tx$n_drop(d,q,clock);
    
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
          
endmodule // top$eth1$tx$n_drop


module top$eth1$tx$n_sent(d,q,clock);
    
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
          
endmodule // top$eth1$tx$n_sent


module top$eth1$tx$nxt(d,q,clock);
    
    // Module arguments
    input wire  [71:0] d;
    output reg  [71:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 72'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth1$tx$nxt


module top$eth1$tx$nxt_ok(d,q,clock);
    
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
          
endmodule // top$eth1$tx$nxt_ok


module top$eth1$tx$out_data(d,q,clock);
    
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
          
endmodule // top$eth1$tx$out_data


module top$eth1$tx$out_en(d,q,clock);
    
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
          
endmodule // top$eth1$tx$out_en


module top$eth1$tx$ram(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] waddr;
    input wire  [71:0] wdata;
    input wire  we;
    input wire  [8:0] raddr;
    output reg  [71:0] rdata;
    
    // Update code (custom)
    `ifdef SYNTHESIS
    wire [71:0] q;
    DP16KD #(.DATA_WIDTH_A(36), .DATA_WIDTH_B(36), .REGMODE_A("OUTREG"), .REGMODE_B("OUTREG"),
        .RESETMODE("SYNC"), .ASYNC_RESET_RELEASE("SYNC"), .CSDECODE_A("0b000"),
        .CSDECODE_B("0b000"), .WRITEMODE_A("NORMAL"), .WRITEMODE_B("NORMAL"), .GSR("AUTO"))
      ebr0 (.CLKA(clock), .WEA(1'b1), .CEA(1'b1), .OCEA(1'b1), .RSTA(1'b0),
        .CSA0(1'b0), .CSA1(1'b0), .CSA2(1'b0), .ADA0(we), .ADA1(we), .ADA2(we), .ADA3(we), .ADA4(1'b0), .ADA5(waddr[0]), .ADA6(waddr[1]), .ADA7(waddr[2]), .ADA8(waddr[3]), .ADA9(waddr[4]), .ADA10(waddr[5]), .ADA11(waddr[6]), .ADA12(waddr[7]), .ADA13(waddr[8]),
        .DIA0(wdata[0]), .DIA1(wdata[1]), .DIA2(wdata[2]), .DIA3(wdata[3]), .DIA4(wdata[4]), .DIA5(wdata[5]), .DIA6(wdata[6]), .DIA7(wdata[7]), .DIA8(wdata[8]), .DIA9(wdata[9]), .DIA10(wdata[10]), .DIA11(wdata[11]), .DIA12(wdata[12]), .DIA13(wdata[13]), .DIA14(wdata[14]), .DIA15(wdata[15]), .DIA16(wdata[16]), .DIA17(wdata[17]), .DIB0(wdata[18]), .DIB1(wdata[19]), .DIB2(wdata[20]), .DIB3(wdata[21]), .DIB4(wdata[22]), .DIB5(wdata[23]), .DIB6(wdata[24]), .DIB7(wdata[25]), .DIB8(wdata[26]), .DIB9(wdata[27]), .DIB10(wdata[28]), .DIB11(wdata[29]), .DIB12(wdata[30]), .DIB13(wdata[31]), .DIB14(wdata[32]), .DIB15(wdata[33]), .DIB16(wdata[34]), .DIB17(wdata[35]),
        .CLKB(clock), .WEB(1'b0), .CEB(1'b1), .OCEB(1'b1), .RSTB(1'b0),
        .CSB0(1'b0), .CSB1(1'b0), .CSB2(1'b0), .ADB0(1'b0), .ADB1(1'b0), .ADB2(1'b0), .ADB3(1'b0), .ADB4(1'b0), .ADB5(raddr[0]), .ADB6(raddr[1]), .ADB7(raddr[2]), .ADB8(raddr[3]), .ADB9(raddr[4]), .ADB10(raddr[5]), .ADB11(raddr[6]), .ADB12(raddr[7]), .ADB13(raddr[8]),
        .DOA0(q[0]), .DOA1(q[1]), .DOA2(q[2]), .DOA3(q[3]), .DOA4(q[4]), .DOA5(q[5]), .DOA6(q[6]), .DOA7(q[7]), .DOA8(q[8]), .DOA9(q[9]), .DOA10(q[10]), .DOA11(q[11]), .DOA12(q[12]), .DOA13(q[13]), .DOA14(q[14]), .DOA15(q[15]), .DOA16(q[16]), .DOA17(q[17]), .DOB0(q[18]), .DOB1(q[19]), .DOB2(q[20]), .DOB3(q[21]), .DOB4(q[22]), .DOB5(q[23]), .DOB6(q[24]), .DOB7(q[25]), .DOB8(q[26]), .DOB9(q[27]), .DOB10(q[28]), .DOB11(q[29]), .DOB12(q[30]), .DOB13(q[31]), .DOB14(q[32]), .DOB15(q[33]), .DOB16(q[34]), .DOB17(q[35]));
    DP16KD #(.DATA_WIDTH_A(36), .DATA_WIDTH_B(36), .REGMODE_A("OUTREG"), .REGMODE_B("OUTREG"),
        .RESETMODE("SYNC"), .ASYNC_RESET_RELEASE("SYNC"), .CSDECODE_A("0b000"),
        .CSDECODE_B("0b000"), .WRITEMODE_A("NORMAL"), .WRITEMODE_B("NORMAL"), .GSR("AUTO"))
      ebr1 (.CLKA(clock), .WEA(1'b1), .CEA(1'b1), .OCEA(1'b1), .RSTA(1'b0),
        .CSA0(1'b0), .CSA1(1'b0), .CSA2(1'b0), .ADA0(we), .ADA1(we), .ADA2(we), .ADA3(we), .ADA4(1'b0), .ADA5(waddr[0]), .ADA6(waddr[1]), .ADA7(waddr[2]), .ADA8(waddr[3]), .ADA9(waddr[4]), .ADA10(waddr[5]), .ADA11(waddr[6]), .ADA12(waddr[7]), .ADA13(waddr[8]),
        .DIA0(wdata[36]), .DIA1(wdata[37]), .DIA2(wdata[38]), .DIA3(wdata[39]), .DIA4(wdata[40]), .DIA5(wdata[41]), .DIA6(wdata[42]), .DIA7(wdata[43]), .DIA8(wdata[44]), .DIA9(wdata[45]), .DIA10(wdata[46]), .DIA11(wdata[47]), .DIA12(wdata[48]), .DIA13(wdata[49]), .DIA14(wdata[50]), .DIA15(wdata[51]), .DIA16(wdata[52]), .DIA17(wdata[53]), .DIB0(wdata[54]), .DIB1(wdata[55]), .DIB2(wdata[56]), .DIB3(wdata[57]), .DIB4(wdata[58]), .DIB5(wdata[59]), .DIB6(wdata[60]), .DIB7(wdata[61]), .DIB8(wdata[62]), .DIB9(wdata[63]), .DIB10(wdata[64]), .DIB11(wdata[65]), .DIB12(wdata[66]), .DIB13(wdata[67]), .DIB14(wdata[68]), .DIB15(wdata[69]), .DIB16(wdata[70]), .DIB17(wdata[71]),
        .CLKB(clock), .WEB(1'b0), .CEB(1'b1), .OCEB(1'b1), .RSTB(1'b0),
        .CSB0(1'b0), .CSB1(1'b0), .CSB2(1'b0), .ADB0(1'b0), .ADB1(1'b0), .ADB2(1'b0), .ADB3(1'b0), .ADB4(1'b0), .ADB5(raddr[0]), .ADB6(raddr[1]), .ADB7(raddr[2]), .ADB8(raddr[3]), .ADB9(raddr[4]), .ADB10(raddr[5]), .ADB11(raddr[6]), .ADB12(raddr[7]), .ADB13(raddr[8]),
        .DOA0(q[36]), .DOA1(q[37]), .DOA2(q[38]), .DOA3(q[39]), .DOA4(q[40]), .DOA5(q[41]), .DOA6(q[42]), .DOA7(q[43]), .DOA8(q[44]), .DOA9(q[45]), .DOA10(q[46]), .DOA11(q[47]), .DOA12(q[48]), .DOA13(q[49]), .DOA14(q[50]), .DOA15(q[51]), .DOA16(q[52]), .DOA17(q[53]), .DOB0(q[54]), .DOB1(q[55]), .DOB2(q[56]), .DOB3(q[57]), .DOB4(q[58]), .DOB5(q[59]), .DOB6(q[60]), .DOB7(q[61]), .DOB8(q[62]), .DOB9(q[63]), .DOB10(q[64]), .DOB11(q[65]), .DOB12(q[66]), .DOB13(q[67]), .DOB14(q[68]), .DOB15(q[69]), .DOB16(q[70]), .DOB17(q[71]));
    always @(*) rdata = q;
    `else
    reg [71:0] mem [0:511];
    reg [71:0] array_out;
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 72'd0;
        array_out = 72'd0;
        rdata = 72'd0;
    end
    always @(posedge clock) begin
        rdata <= array_out;
        array_out <= mem[raddr[8:0]];
        if (we) mem[waddr[8:0]] <= wdata;
    end
    `endif
endmodule // top$eth1$tx$ram


module top$eth1$tx$room_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 1'b1;
    
    // Stub signals
    reg  dff$d;
    wire  dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$tx$room_r$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$tx$room_r


module top$eth1$tx$room_r$dff(d,q,clock);
    
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
          
endmodule // top$eth1$tx$room_r$dff


module top$eth1$tx$rp(d,q,clock);
    
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
          
endmodule // top$eth1$tx$rp


module top$eth1$tx$rp1(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 10'b1;
    
    // Stub signals
    reg  [9:0] dff$d;
    wire  [9:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$tx$rp1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$tx$rp1


module top$eth1$tx$rp1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$tx$rp1$dff


module top$eth1$tx$sh_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth1$tx$sh_data


module top$eth1$tx$sh_keep(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eth1$tx$sh_keep


module top$eth1$tx$skip(d,q,clock);
    
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
          
endmodule // top$eth1$tx$skip


module top$eth1$tx$st(d,q,clock);
    
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
          
endmodule // top$eth1$tx$st


module top$eth1$tx$wc(d,q,clock);
    
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
          
endmodule // top$eth1$tx$wc


module top$eth1$tx$wt(d,q,clock);
    
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
          
endmodule // top$eth1$tx$wt


module top$eth1$txq(write_clock,data_in,write,full,read_clock,data_out,empty,read);
    
    // Module arguments
    input wire  write_clock;
    input wire  [73:0] data_in;
    input wire  write;
    output reg  full;
    input wire  read_clock;
    output reg  [73:0] data_out;
    output reg  empty;
    input wire  read;
    
    // Constant declarations
    localparam  top2 = 5'b11000;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [73:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [73:0] ram$write_data;
    reg  ram$write_enable;
    reg  [4:0] wbin$d;
    wire  [4:0] wbin$q;
    reg  wbin$clock;
    reg  [4:0] wgray$d;
    wire  [4:0] wgray$q;
    reg  wgray$clock;
    reg  [4:0] wbin1$d;
    wire  [4:0] wbin1$q;
    reg  wbin1$clock;
    reg  [4:0] wgray1$d;
    wire  [4:0] wgray1$q;
    reg  wgray1$clock;
    reg  [4:0] rq1$d;
    wire  [4:0] rq1$q;
    reg  rq1$clock;
    reg  [4:0] rq2$d;
    wire  [4:0] rq2$q;
    reg  rq2$clock;
    reg  wfull$d;
    wire  wfull$q;
    reg  wfull$clock;
    reg  [4:0] rbin$d;
    wire  [4:0] rbin$q;
    reg  rbin$clock;
    reg  [4:0] rgray$d;
    wire  [4:0] rgray$q;
    reg  rgray$clock;
    reg  [4:0] rbin1$d;
    wire  [4:0] rbin1$q;
    reg  rbin1$clock;
    reg  [4:0] rgray1$d;
    wire  [4:0] rgray1$q;
    reg  rgray1$clock;
    reg  [4:0] wq1$d;
    wire  [4:0] wq1$q;
    reg  wq1$clock;
    reg  [4:0] wq2$d;
    wire  [4:0] wq2$q;
    reg  wq2$clock;
    reg  rne$d;
    wire  rne$q;
    reg  rne$clock;
    
    // Local signals
    reg  wen;
    reg  [4:0] wfar;
    reg  [4:0] rfull;
    reg  ren;
    reg  [4:0] rfar;
    
    // Sub module instances
    top$eth1$txq$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$eth1$txq$wbin wbin(
        .d(wbin$d),
        .q(wbin$q),
        .clock(wbin$clock)
    );
    top$eth1$txq$wgray wgray(
        .d(wgray$d),
        .q(wgray$q),
        .clock(wgray$clock)
    );
    top$eth1$txq$wbin1 wbin1(
        .d(wbin1$d),
        .q(wbin1$q),
        .clock(wbin1$clock)
    );
    top$eth1$txq$wgray1 wgray1(
        .d(wgray1$d),
        .q(wgray1$q),
        .clock(wgray1$clock)
    );
    top$eth1$txq$rq1 rq1(
        .d(rq1$d),
        .q(rq1$q),
        .clock(rq1$clock)
    );
    top$eth1$txq$rq2 rq2(
        .d(rq2$d),
        .q(rq2$q),
        .clock(rq2$clock)
    );
    top$eth1$txq$wfull wfull(
        .d(wfull$d),
        .q(wfull$q),
        .clock(wfull$clock)
    );
    top$eth1$txq$rbin rbin(
        .d(rbin$d),
        .q(rbin$q),
        .clock(rbin$clock)
    );
    top$eth1$txq$rgray rgray(
        .d(rgray$d),
        .q(rgray$q),
        .clock(rgray$clock)
    );
    top$eth1$txq$rbin1 rbin1(
        .d(rbin1$d),
        .q(rbin1$q),
        .clock(rbin1$clock)
    );
    top$eth1$txq$rgray1 rgray1(
        .d(rgray1$d),
        .q(rgray1$q),
        .clock(rgray1$clock)
    );
    top$eth1$txq$wq1 wq1(
        .d(wq1$d),
        .q(wq1$q),
        .clock(wq1$clock)
    );
    top$eth1$txq$wq2 wq2(
        .d(wq2$d),
        .q(wq2$q),
        .clock(wq2$clock)
    );
    top$eth1$txq$rne rne(
        .d(rne$d),
        .q(rne$q),
        .clock(rne$clock)
    );
    
    // Update code
    always @(*) begin
        ram$write_clock = write_clock;
        ram$read_clock = read_clock;
        wbin$clock = write_clock;
        wbin$d = wbin$q;
        wgray$clock = write_clock;
        wgray$d = wgray$q;
        wbin1$clock = write_clock;
        wbin1$d = wbin1$q;
        wgray1$clock = write_clock;
        wgray1$d = wgray1$q;
        rq1$clock = write_clock;
        rq2$clock = write_clock;
        wfull$clock = write_clock;
        rbin$clock = read_clock;
        rbin$d = rbin$q;
        rgray$clock = read_clock;
        rgray$d = rgray$q;
        rbin1$clock = read_clock;
        rbin1$d = rbin1$q;
        rgray1$clock = read_clock;
        rgray1$d = rgray1$q;
        wq1$clock = read_clock;
        wq2$clock = read_clock;
        rne$clock = read_clock;
        wen = write & ~wfull$q;
        wfar = wbin1$q + 32'h1;
        if (wen) begin
            wbin$d = wbin1$q;
            wgray$d = wgray1$q;
            wbin1$d = wfar;
            wgray1$d = wfar ^ (wfar >> 32'h1);
        end
        rq1$d = rgray$q;
        rq2$d = rq1$q;
        rfull = rq2$q ^ top2;
        wfull$d = wgray$q == rfull;
        if (wen) begin
            wfull$d = wgray1$q == rfull;
        end
        ram$write_address = wbin$q[(32'h0)+:(4)];
        ram$write_data = data_in;
        ram$write_enable = wen;
        full = wfull$q;
        ren = read & rne$q;
        rfar = rbin1$q + 32'h1;
        wq1$d = wgray$q;
        wq2$d = wq1$q;
        ram$read_address = rbin$q[(32'h0)+:(4)];
        rne$d = rgray$q != wq2$q;
        if (ren) begin
            rbin$d = rbin1$q;
            rgray$d = rgray1$q;
            rbin1$d = rfar;
            rgray1$d = rfar ^ (rfar >> 32'h1);
            ram$read_address = rbin1$q[(32'h0)+:(4)];
            rne$d = rgray1$q != wq2$q;
        end
        data_out = ram$read_data;
        empty = ~rne$q;
    end
    
endmodule // top$eth1$txq


module top$eth1$txq$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [73:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [73:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[73:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$eth1$txq$ram


module top$eth1$txq$rbin(d,q,clock);
    
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
          
endmodule // top$eth1$txq$rbin


module top$eth1$txq$rbin1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$txq$rbin1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$txq$rbin1


module top$eth1$txq$rbin1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$txq$rbin1$dff


module top$eth1$txq$rgray(d,q,clock);
    
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
          
endmodule // top$eth1$txq$rgray


module top$eth1$txq$rgray1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$txq$rgray1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$txq$rgray1


module top$eth1$txq$rgray1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$txq$rgray1$dff


module top$eth1$txq$rne(d,q,clock);
    
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
          
endmodule // top$eth1$txq$rne


module top$eth1$txq$rq1(d,q,clock);
    
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
          
endmodule // top$eth1$txq$rq1


module top$eth1$txq$rq2(d,q,clock);
    
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
          
endmodule // top$eth1$txq$rq2


module top$eth1$txq$wbin(d,q,clock);
    
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
          
endmodule // top$eth1$txq$wbin


module top$eth1$txq$wbin1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$txq$wbin1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$txq$wbin1


module top$eth1$txq$wbin1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$txq$wbin1$dff


module top$eth1$txq$wfull(d,q,clock);
    
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
          
endmodule // top$eth1$txq$wfull


module top$eth1$txq$wgray(d,q,clock);
    
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
          
endmodule // top$eth1$txq$wgray


module top$eth1$txq$wgray1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 5'b1;
    
    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$eth1$txq$wgray1$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$eth1$txq$wgray1


module top$eth1$txq$wgray1$dff(d,q,clock);
    
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
          
endmodule // top$eth1$txq$wgray1$dff


module top$eth1$txq$wq1(d,q,clock);
    
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
          
endmodule // top$eth1$txq$wq1


module top$eth1$txq$wq2(d,q,clock);
    
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
          
endmodule // top$eth1$txq$wq2


module top$mgmt(clock,rx,tx,m_cmd_tdata,m_cmd_tvalid,m_cmd_tready,s_cpl_tdata,s_cpl_tvalid,s_cpl_tready,s_exc_tdata,s_exc_tkeep,s_exc_tvalid,s_exc_tready,s_exc_tlast,s_exc_tuser,s_notify_tdata,s_notify_tvalid,s_notify_tready,m_inj_tdata,m_inj_tkeep,m_inj_tvalid,m_inj_tready,m_inj_tlast,m_inj_tuser,reg_addr,reg_wdata,reg_wr,reg_rd,reg_rdata,reg_rvalid);
    
    // Module arguments
    input wire  clock;
    input wire  rx;
    output reg  tx;
    output reg  [511:0] m_cmd_tdata;
    output reg  m_cmd_tvalid;
    input wire  m_cmd_tready;
    input wire  [511:0] s_cpl_tdata;
    input wire  s_cpl_tvalid;
    output reg  s_cpl_tready;
    input wire  [63:0] s_exc_tdata;
    input wire  [7:0] s_exc_tkeep;
    input wire  s_exc_tvalid;
    output reg  s_exc_tready;
    input wire  s_exc_tlast;
    input wire  [127:0] s_exc_tuser;
    input wire  [255:0] s_notify_tdata;
    input wire  s_notify_tvalid;
    output reg  s_notify_tready;
    output reg  [63:0] m_inj_tdata;
    output reg  [7:0] m_inj_tkeep;
    output reg  m_inj_tvalid;
    input wire  m_inj_tready;
    output reg  m_inj_tlast;
    output reg  [2:0] m_inj_tuser;
    output reg  [15:0] reg_addr;
    output reg  [31:0] reg_wdata;
    output reg  reg_wr;
    output reg  reg_rd;
    input wire  [31:0] reg_rdata;
    input wire  reg_rvalid;
    
    // Constant declarations
    localparam  k_end = 8'hc0;
    localparam  k_esc = 8'hdb;
    localparam  k_esc_end = 8'hdc;
    localparam  k_esc_esc = 8'hdd;
    localparam  t_reg_write = 8'h1;
    localparam  t_reg_read = 8'h2;
    localparam  t_command = 8'h3;
    localparam  t_inject = 8'h4;
    localparam  t_status = 8'h5;
    localparam  t_ack = 8'h80;
    localparam  t_reg_data = 8'h81;
    localparam  t_completion = 8'h82;
    localparam  t_exception = 8'h83;
    localparam  t_notify = 8'h84;
    localparam  t_status_reply = 8'h85;
    localparam  n_reg_write = 12'ha;
    localparam  n_reg_read = 12'h6;
    localparam  n_command = 12'h44;
    localparam  n_inj_min = 12'h13;
    localparam  n_inj_max = 12'h804;
    localparam  n_status = 12'h4;
    localparam  l_ack = 8'h1;
    localparam  l_reg_data = 8'h5;
    localparam  l_status_reply = 8'h8;
    localparam  l_completion = 8'h40;
    localparam  l_notify = 8'h20;
    localparam  l_exc_head = 8'h12;
    localparam  l_exc_max = 8'h92;
    localparam  e_bytes = 16'h80;
    
    // Stub signals
    reg  urx$clock;
    reg  urx$rx;
    wire  [7:0] urx$data;
    wire  urx$valid;
    reg  utx$clock;
    wire  utx$tx;
    reg  [7:0] utx$data;
    reg  utx$valid;
    wire  utx$ready;
    reg  rcrc$clock;
    reg  rcrc$init;
    reg  rcrc$en;
    reg  [7:0] rcrc$data;
    wire  [15:0] rcrc$crc;
    wire  [15:0] rcrc$fcs;
    wire  rcrc$ok;
    reg  tcrc$clock;
    reg  tcrc$init;
    reg  tcrc$en;
    reg  [7:0] tcrc$data;
    wire  [15:0] tcrc$crc;
    wire  [15:0] tcrc$fcs;
    wire  tcrc$ok;
    reg  ibuf$clock;
    reg  [10:0] ibuf$waddr;
    reg  [7:0] ibuf$wdata;
    reg  ibuf$we;
    reg  [10:0] ibuf$raddr;
    wire  [7:0] ibuf$rdata;
    reg  ebuf$clock;
    reg  [3:0] ebuf$waddr;
    reg  [63:0] ebuf$wdata;
    reg  ebuf$we;
    reg  [3:0] ebuf$raddr;
    wire  [63:0] ebuf$rdata;
    reg  esc$d;
    wire  esc$q;
    reg  esc$clock;
    reg  [11:0] n$d;
    wire  [11:0] n$q;
    reg  n$clock;
    reg  err$d;
    wire  err$q;
    reg  err$clock;
    reg  [7:0] d1$d;
    wire  [7:0] d1$q;
    reg  d1$clock;
    reg  [7:0] d2$d;
    wire  [7:0] d2$q;
    reg  d2$clock;
    reg  [7:0] ftype$d;
    wire  [7:0] ftype$q;
    reg  ftype$clock;
    reg  [7:0] fseq$d;
    wire  [7:0] fseq$q;
    reg  fseq$clock;
    reg  [7:0] p0$d;
    wire  [7:0] p0$q;
    reg  p0$clock;
    reg  [511:0] pay$d;
    wire  [511:0] pay$q;
    reg  pay$clock;
    reg  [11:0] plen$d;
    wire  [11:0] plen$q;
    reg  plen$clock;
    reg  [2:0] act$d;
    wire  [2:0] act$q;
    reg  act$clock;
    reg  [7:0] last_seq$d;
    wire  [7:0] last_seq$q;
    reg  last_seq$clock;
    reg  [15:0] bad$d;
    wire  [15:0] bad$q;
    reg  bad$clock;
    reg  [15:0] overrun$d;
    wire  [15:0] overrun$q;
    reg  overrun$clock;
    reg  [15:0] exc_drop$d;
    wire  [15:0] exc_drop$q;
    reg  exc_drop$clock;
    reg  [31:0] rdata$d;
    wire  [31:0] rdata$q;
    reg  rdata$clock;
    reg  rpend$d;
    wire  rpend$q;
    reg  rpend$clock;
    reg  [7:0] rkind$d;
    wire  [7:0] rkind$q;
    reg  rkind$clock;
    reg  [10:0] iaddr$d;
    wire  [10:0] iaddr$q;
    reg  iaddr$clock;
    reg  iph$d;
    wire  iph$q;
    reg  iph$clock;
    reg  [3:0] ik$d;
    wire  [3:0] ik$q;
    reg  ik$clock;
    reg  [7:0] ikeep$d;
    wire  [7:0] ikeep$q;
    reg  ikeep$clock;
    reg  [63:0] ibeat$d;
    wire  [63:0] ibeat$q;
    reg  ibeat$clock;
    reg  ivalid$d;
    wire  ivalid$q;
    reg  ivalid$clock;
    reg  ilast$d;
    wire  ilast$q;
    reg  ilast$clock;
    reg  emid$d;
    wire  emid$q;
    reg  emid$clock;
    reg  ecap$d;
    wire  ecap$q;
    reg  ecap$clock;
    reg  efull$d;
    wire  efull$q;
    reg  efull$clock;
    reg  [4:0] ebeat$d;
    wire  [4:0] ebeat$q;
    reg  ebeat$clock;
    reg  [15:0] elen$d;
    wire  [15:0] elen$q;
    reg  elen$clock;
    reg  [127:0] emeta$d;
    wire  [127:0] emeta$q;
    reg  emeta$clock;
    reg  [2:0] tph$d;
    wire  [2:0] tph$q;
    reg  tph$clock;
    reg  [7:0] ttype$d;
    wire  [7:0] ttype$q;
    reg  ttype$clock;
    reg  [511:0] tb$d;
    wire  [511:0] tb$q;
    reg  tb$clock;
    reg  [7:0] tcount$d;
    wire  [7:0] tcount$q;
    reg  tcount$clock;
    reg  [7:0] tlen$d;
    wire  [7:0] tlen$q;
    reg  tlen$clock;
    reg  texc$d;
    wire  texc$q;
    reg  texc$clock;
    reg  tesc$d;
    wire  tesc$q;
    reg  tesc$clock;
    reg  [7:0] tescb$d;
    wire  [7:0] tescb$q;
    reg  tescb$clock;
    reg  tstable$d;
    wire  tstable$q;
    reg  tstable$clock;
    
    // Local signals
    reg  [7:0] b;
    reg  [7:0] lb;
    reg  lv;
    reg  busy;
    reg  [11:0] pidx;
    reg  len_ok;
    reg  dup;
    reg  [5:0] ish;
    reg  [4:0] ebi;
    reg  etake;
    reg  [15:0] kc;
    reg  [7:0] eoff;
    reg  [5:0] esh;
    reg  [63:0] ew;
    reg  [7:0] gb;
    reg  gv;
    reg  graw;
    
    // Sub module instances
    top$mgmt$urx urx(
        .clock(urx$clock),
        .rx(urx$rx),
        .data(urx$data),
        .valid(urx$valid)
    );
    top$mgmt$utx utx(
        .clock(utx$clock),
        .tx(utx$tx),
        .data(utx$data),
        .valid(utx$valid),
        .ready(utx$ready)
    );
    top$mgmt$rcrc rcrc(
        .clock(rcrc$clock),
        .init(rcrc$init),
        .en(rcrc$en),
        .data(rcrc$data),
        .crc(rcrc$crc),
        .fcs(rcrc$fcs),
        .ok(rcrc$ok)
    );
    top$mgmt$tcrc tcrc(
        .clock(tcrc$clock),
        .init(tcrc$init),
        .en(tcrc$en),
        .data(tcrc$data),
        .crc(tcrc$crc),
        .fcs(tcrc$fcs),
        .ok(tcrc$ok)
    );
    top$mgmt$ibuf ibuf(
        .clock(ibuf$clock),
        .waddr(ibuf$waddr),
        .wdata(ibuf$wdata),
        .we(ibuf$we),
        .raddr(ibuf$raddr),
        .rdata(ibuf$rdata)
    );
    top$mgmt$ebuf ebuf(
        .clock(ebuf$clock),
        .waddr(ebuf$waddr),
        .wdata(ebuf$wdata),
        .we(ebuf$we),
        .raddr(ebuf$raddr),
        .rdata(ebuf$rdata)
    );
    top$mgmt$esc esc(
        .d(esc$d),
        .q(esc$q),
        .clock(esc$clock)
    );
    top$mgmt$n n(
        .d(n$d),
        .q(n$q),
        .clock(n$clock)
    );
    top$mgmt$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    top$mgmt$d1 d1(
        .d(d1$d),
        .q(d1$q),
        .clock(d1$clock)
    );
    top$mgmt$d2 d2(
        .d(d2$d),
        .q(d2$q),
        .clock(d2$clock)
    );
    top$mgmt$ftype ftype(
        .d(ftype$d),
        .q(ftype$q),
        .clock(ftype$clock)
    );
    top$mgmt$fseq fseq(
        .d(fseq$d),
        .q(fseq$q),
        .clock(fseq$clock)
    );
    top$mgmt$p0 p0(
        .d(p0$d),
        .q(p0$q),
        .clock(p0$clock)
    );
    top$mgmt$pay pay(
        .d(pay$d),
        .q(pay$q),
        .clock(pay$clock)
    );
    top$mgmt$plen plen(
        .d(plen$d),
        .q(plen$q),
        .clock(plen$clock)
    );
    top$mgmt$act act(
        .d(act$d),
        .q(act$q),
        .clock(act$clock)
    );
    top$mgmt$last_seq last_seq(
        .d(last_seq$d),
        .q(last_seq$q),
        .clock(last_seq$clock)
    );
    top$mgmt$bad bad(
        .d(bad$d),
        .q(bad$q),
        .clock(bad$clock)
    );
    top$mgmt$overrun overrun(
        .d(overrun$d),
        .q(overrun$q),
        .clock(overrun$clock)
    );
    top$mgmt$exc_drop exc_drop(
        .d(exc_drop$d),
        .q(exc_drop$q),
        .clock(exc_drop$clock)
    );
    top$mgmt$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    top$mgmt$rpend rpend(
        .d(rpend$d),
        .q(rpend$q),
        .clock(rpend$clock)
    );
    top$mgmt$rkind rkind(
        .d(rkind$d),
        .q(rkind$q),
        .clock(rkind$clock)
    );
    top$mgmt$iaddr iaddr(
        .d(iaddr$d),
        .q(iaddr$q),
        .clock(iaddr$clock)
    );
    top$mgmt$iph iph(
        .d(iph$d),
        .q(iph$q),
        .clock(iph$clock)
    );
    top$mgmt$ik ik(
        .d(ik$d),
        .q(ik$q),
        .clock(ik$clock)
    );
    top$mgmt$ikeep ikeep(
        .d(ikeep$d),
        .q(ikeep$q),
        .clock(ikeep$clock)
    );
    top$mgmt$ibeat ibeat(
        .d(ibeat$d),
        .q(ibeat$q),
        .clock(ibeat$clock)
    );
    top$mgmt$ivalid ivalid(
        .d(ivalid$d),
        .q(ivalid$q),
        .clock(ivalid$clock)
    );
    top$mgmt$ilast ilast(
        .d(ilast$d),
        .q(ilast$q),
        .clock(ilast$clock)
    );
    top$mgmt$emid emid(
        .d(emid$d),
        .q(emid$q),
        .clock(emid$clock)
    );
    top$mgmt$ecap ecap(
        .d(ecap$d),
        .q(ecap$q),
        .clock(ecap$clock)
    );
    top$mgmt$efull efull(
        .d(efull$d),
        .q(efull$q),
        .clock(efull$clock)
    );
    top$mgmt$ebeat ebeat(
        .d(ebeat$d),
        .q(ebeat$q),
        .clock(ebeat$clock)
    );
    top$mgmt$elen elen(
        .d(elen$d),
        .q(elen$q),
        .clock(elen$clock)
    );
    top$mgmt$emeta emeta(
        .d(emeta$d),
        .q(emeta$q),
        .clock(emeta$clock)
    );
    top$mgmt$tph tph(
        .d(tph$d),
        .q(tph$q),
        .clock(tph$clock)
    );
    top$mgmt$ttype ttype(
        .d(ttype$d),
        .q(ttype$q),
        .clock(ttype$clock)
    );
    top$mgmt$tb tb(
        .d(tb$d),
        .q(tb$q),
        .clock(tb$clock)
    );
    top$mgmt$tcount tcount(
        .d(tcount$d),
        .q(tcount$q),
        .clock(tcount$clock)
    );
    top$mgmt$tlen tlen(
        .d(tlen$d),
        .q(tlen$q),
        .clock(tlen$clock)
    );
    top$mgmt$texc texc(
        .d(texc$d),
        .q(texc$q),
        .clock(texc$clock)
    );
    top$mgmt$tesc tesc(
        .d(tesc$d),
        .q(tesc$q),
        .clock(tesc$clock)
    );
    top$mgmt$tescb tescb(
        .d(tescb$d),
        .q(tescb$q),
        .clock(tescb$clock)
    );
    top$mgmt$tstable tstable(
        .d(tstable$d),
        .q(tstable$q),
        .clock(tstable$clock)
    );
    
    // Update code
    always @(*) begin
        esc$clock = clock;
        n$clock = clock;
        err$clock = clock;
        d1$clock = clock;
        d2$clock = clock;
        ftype$clock = clock;
        fseq$clock = clock;
        p0$clock = clock;
        pay$clock = clock;
        plen$clock = clock;
        act$clock = clock;
        last_seq$clock = clock;
        bad$clock = clock;
        overrun$clock = clock;
        exc_drop$clock = clock;
        rdata$clock = clock;
        rpend$clock = clock;
        rkind$clock = clock;
        iaddr$clock = clock;
        iph$clock = clock;
        ik$clock = clock;
        ikeep$clock = clock;
        ibeat$clock = clock;
        ivalid$clock = clock;
        ilast$clock = clock;
        emid$clock = clock;
        ecap$clock = clock;
        efull$clock = clock;
        ebeat$clock = clock;
        elen$clock = clock;
        emeta$clock = clock;
        tph$clock = clock;
        ttype$clock = clock;
        tb$clock = clock;
        tcount$clock = clock;
        tlen$clock = clock;
        texc$clock = clock;
        tesc$clock = clock;
        tescb$clock = clock;
        tstable$clock = clock;
        esc$d = esc$q;
        n$d = n$q;
        err$d = err$q;
        d1$d = d1$q;
        d2$d = d2$q;
        ftype$d = ftype$q;
        fseq$d = fseq$q;
        p0$d = p0$q;
        pay$d = pay$q;
        plen$d = plen$q;
        act$d = act$q;
        last_seq$d = last_seq$q;
        bad$d = bad$q;
        overrun$d = overrun$q;
        exc_drop$d = exc_drop$q;
        rdata$d = rdata$q;
        rpend$d = rpend$q;
        rkind$d = rkind$q;
        iaddr$d = iaddr$q;
        iph$d = iph$q;
        ik$d = ik$q;
        ikeep$d = ikeep$q;
        ibeat$d = ibeat$q;
        ivalid$d = ivalid$q;
        ilast$d = ilast$q;
        emid$d = emid$q;
        ecap$d = ecap$q;
        efull$d = efull$q;
        ebeat$d = ebeat$q;
        elen$d = elen$q;
        emeta$d = emeta$q;
        tph$d = tph$q;
        ttype$d = ttype$q;
        tb$d = tb$q;
        tcount$d = tcount$q;
        tlen$d = tlen$q;
        texc$d = texc$q;
        tesc$d = tesc$q;
        tescb$d = tescb$q;
        tstable$d = tstable$q;
        urx$clock = clock;
        utx$clock = clock;
        rcrc$clock = clock;
        tcrc$clock = clock;
        ibuf$clock = clock;
        ebuf$clock = clock;
        urx$rx = rx;
        b = urx$data;
        lb = urx$data;
        lv = 1'b0;
        busy = act$q != 32'h0;
        pidx = n$q - 32'h4;
        rcrc$init = 1'b0;
        rcrc$en = 1'b0;
        rcrc$data = urx$data;
        ibuf$we = 1'b0;
        ibuf$waddr = pidx[(32'h0)+:(11)];
        ibuf$wdata = d2$q;
        len_ok = 1'b0;
        if (ftype$q == t_reg_write) begin
            len_ok = n$q == n_reg_write;
        end
        if (ftype$q == t_reg_read) begin
            len_ok = n$q == n_reg_read;
        end
        if (ftype$q == t_command) begin
            len_ok = n$q == n_command;
        end
        if (ftype$q == t_inject) begin
            len_ok = (n$q >= n_inj_min) & (n$q <= n_inj_max);
        end
        if (ftype$q == t_status) begin
            len_ok = n$q == n_status;
        end
        dup = (fseq$q == last_seq$q) & ((ftype$q == t_reg_write) | (ftype$q == t_command) | (ftype$q == t_inject));
        if (urx$valid) begin
            if (b == k_end) begin
                esc$d = 1'b0;
                err$d = 1'b0;
                n$d = 32'h0;
                rcrc$init = 1'b1;
                if (n$q != 32'h0) begin
                    if (busy) begin
                        overrun$d = overrun$q + 32'h1;
                    end
                    else if (rcrc$ok & ~err$q & len_ok) begin
                        plen$d = pidx;
                        if (dup) begin
                            act$d = 32'h6;
                            rpend$d = 1'b1;
                            rkind$d = t_ack;
                        end
                        else if (ftype$q == t_reg_write) begin
                            act$d = 32'h1;
                        end
                        else if (ftype$q == t_reg_read) begin
                            act$d = 32'h2;
                        end
                        else if (ftype$q == t_command) begin
                            act$d = 32'h4;
                        end
                        else if (ftype$q == t_inject) begin
                            act$d = 32'h5;
                            iaddr$d = 32'h1;
                            iph$d = 1'b0;
                            ik$d = 32'h0;
                            ikeep$d = 32'h0;
                            ibeat$d = 32'h0;
                            ivalid$d = 1'b0;
                            ilast$d = 1'b0;
                        end
                        else begin
                            act$d = 32'h6;
                            rpend$d = 1'b1;
                            rkind$d = t_status_reply;
                        end
                    end
                    else begin
                        bad$d = bad$q + 32'h1;
                    end
                end
            end
            else if (esc$q) begin
                esc$d = 1'b0;
                lv = 1'b1;
                if (b == k_esc_end) begin
                    lb = k_end;
                end
                else if (b == k_esc_esc) begin
                    lb = k_esc;
                end
                else begin
                    err$d = 1'b1;
                end
            end
            else if (b == k_esc) begin
                esc$d = 1'b1;
            end
            else begin
                lv = 1'b1;
            end
        end
        if (lv) begin
            rcrc$en = 1'b1;
            rcrc$data = lb;
            d1$d = lb;
            d2$d = d1$q;
            if (n$q != 32'hfff) begin
                n$d = n$q + 32'h1;
            end
            if (~busy) begin
                if (n$q == 32'h2) begin
                    ftype$d = d2$q;
                end
                if (n$q == 32'h3) begin
                    fseq$d = d2$q;
                end
                if (n$q == 32'h4) begin
                    p0$d = d2$q;
                end
                if (n$q >= 32'h4) begin
                    pay$d = (pay$q >> 32'h8) | (((d2$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h1f8);
                    ibuf$we = pidx < 32'h800;
                end
            end
        end
        reg_addr = pay$q[(32'h1d0)+:(16)];
        if (act$q == 32'h2) begin
            reg_addr = pay$q[(32'h1f0)+:(16)];
        end
        reg_wdata = pay$q[(32'h1e0)+:(32)];
        reg_wr = act$q == 32'h1;
        reg_rd = act$q == 32'h2;
        if (act$q == 32'h1) begin
            act$d = 32'h6;
            rpend$d = 1'b1;
            rkind$d = t_ack;
            last_seq$d = fseq$q;
        end
        if (act$q == 32'h2) begin
            act$d = 32'h3;
        end
        if (act$q == 32'h3) begin
            rdata$d = 64'hffffffff;
            if (reg_rvalid) begin
                rdata$d = reg_rdata;
            end
            act$d = 32'h6;
            rpend$d = 1'b1;
            rkind$d = t_reg_data;
        end
        m_cmd_tdata = pay$q;
        m_cmd_tvalid = act$q == 32'h4;
        if ((act$q == 32'h4) & m_cmd_tready) begin
            act$d = 32'h6;
            rpend$d = 1'b1;
            rkind$d = t_ack;
            last_seq$d = fseq$q;
        end
        ibuf$raddr = iaddr$q;
        ish = ((ik$q) & 6'h3f) << 32'h3;
        m_inj_tdata = ibeat$q;
        m_inj_tkeep = ikeep$q;
        m_inj_tvalid = ivalid$q;
        m_inj_tlast = ilast$q;
        m_inj_tuser = p0$q[(32'h0)+:(3)];
        if (act$q == 32'h5) begin
            if (ivalid$q) begin
                if (m_inj_tready) begin
                    ivalid$d = 1'b0;
                    ibeat$d = 32'h0;
                    ik$d = 32'h0;
                    ikeep$d = 32'h0;
                    if (ilast$q) begin
                        act$d = 32'h6;
                        rpend$d = 1'b1;
                        rkind$d = t_ack;
                        last_seq$d = fseq$q;
                    end
                end
            end
            else if (~iph$q) begin
                iph$d = 1'b1;
            end
            else begin
                iph$d = 1'b0;
                ibeat$d = ibeat$q | (((ibuf$rdata) & 64'hffffffffffffffff) << ish);
                ikeep$d = (ikeep$q << 32'h1) | 32'h1;
                ik$d = ik$q + 32'h1;
                iaddr$d = iaddr$q + 32'h1;
                if (((iaddr$q) & 12'hfff) + 32'h1 == plen$q) begin
                    ivalid$d = 1'b1;
                    ilast$d = 1'b1;
                end
                else if (ik$q == 32'h7) begin
                    ivalid$d = 1'b1;
                end
            end
        end
        s_exc_tready = 1'b1;
        etake = ecap$q;
        ebi = ebeat$q;
        if (~emid$q) begin
            etake = ~efull$q;
            ebi = 32'h0;
        end
        kc = 32'h0;
        if (s_exc_tkeep[0]) begin
            kc = kc + 32'h1;
        end
        if (s_exc_tkeep[1]) begin
            kc = kc + 32'h1;
        end
        if (s_exc_tkeep[2]) begin
            kc = kc + 32'h1;
        end
        if (s_exc_tkeep[3]) begin
            kc = kc + 32'h1;
        end
        if (s_exc_tkeep[4]) begin
            kc = kc + 32'h1;
        end
        if (s_exc_tkeep[5]) begin
            kc = kc + 32'h1;
        end
        if (s_exc_tkeep[6]) begin
            kc = kc + 32'h1;
        end
        if (s_exc_tkeep[7]) begin
            kc = kc + 32'h1;
        end
        ebuf$waddr = ebi[(32'h0)+:(4)];
        ebuf$wdata = s_exc_tdata;
        ebuf$we = 1'b0;
        if (s_exc_tvalid) begin
            emid$d = ~s_exc_tlast;
            if (~emid$q) begin
                ecap$d = etake;
                if (etake) begin
                    emeta$d = s_exc_tuser;
                end
                else begin
                    exc_drop$d = exc_drop$q + 32'h1;
                end
            end
            if (etake) begin
                ebuf$we = ebi < 32'h10;
                if (ebi < 32'h10) begin
                    ebeat$d = ebi + 32'h1;
                end
                if (emid$q) begin
                    elen$d = elen$q + kc;
                end
                else begin
                    elen$d = kc;
                end
                if (s_exc_tlast & ~s_exc_tuser[32'h0]) begin
                    efull$d = 1'b1;
                end
            end
        end
        s_cpl_tready = 1'b0;
        s_notify_tready = 1'b0;
        tcrc$init = 1'b0;
        if (tph$q == 32'h0) begin
            if (rpend$q) begin
                rpend$d = 1'b0;
                act$d = 32'h0;
                ttype$d = rkind$q;
                tb$d = ((fseq$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                tlen$d = l_ack;
                if (rkind$q == t_reg_data) begin
                    tb$d = ((fseq$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((rdata$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h8);
                    tlen$d = l_reg_data;
                end
                if (rkind$q == t_status_reply) begin
                    tb$d = ((fseq$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((last_seq$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h8) | (((bad$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h10) | (((overrun$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h20) | (((exc_drop$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h30);
                    tlen$d = l_status_reply;
                end
                tph$d = 32'h1;
            end
            else if (s_cpl_tvalid) begin
                s_cpl_tready = 1'b1;
                ttype$d = t_completion;
                tb$d = s_cpl_tdata;
                tlen$d = l_completion;
                tph$d = 32'h1;
            end
            else if (s_notify_tvalid) begin
                s_notify_tready = 1'b1;
                ttype$d = t_notify;
                tb$d = ((s_notify_tdata) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                tlen$d = l_notify;
                tph$d = 32'h1;
            end
            else if (efull$q) begin
                ttype$d = t_exception;
                tb$d = ((emeta$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((elen$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80);
                tlen$d = l_exc_max;
                if (elen$q < e_bytes) begin
                    tlen$d = ((elen$q) & 8'hff) + l_exc_head;
                end
                texc$d = 1'b1;
                tph$d = 32'h1;
            end
            tcount$d = 32'h0;
            tcrc$init = 1'b1;
        end
        eoff = tcount$q - l_exc_head;
        ebuf$raddr = eoff[(32'h3)+:(4)];
        esh = ((eoff[(32'h0)+:(3)]) & 6'h3f) << 32'h3;
        ew = ebuf$rdata >> esh;
        tstable$d = 1'b1;
        gb = k_end;
        gv = tph$q != 32'h0;
        graw = 1'b1;
        if (tph$q == 32'h2) begin
            gb = ttype$q;
            graw = 1'b0;
        end
        if (tph$q == 32'h3) begin
            gb = tb$q[(32'h0)+:(8)];
            graw = 1'b0;
            if (texc$q & (tcount$q >= l_exc_head)) begin
                gb = ew[(32'h0)+:(8)];
                gv = tstable$q;
            end
        end
        if (tph$q == 32'h4) begin
            gb = tcrc$crc[(32'h8)+:(8)];
            graw = 1'b0;
        end
        if (tph$q == 32'h5) begin
            gb = tcrc$crc[(32'h0)+:(8)];
            graw = 1'b0;
        end
        tcrc$en = 1'b0;
        tcrc$data = gb;
        utx$valid = 1'b0;
        utx$data = gb;
        if (utx$ready) begin
            if (tesc$q) begin
                utx$valid = 1'b1;
                utx$data = tescb$q;
                tesc$d = 1'b0;
            end
            else if (gv) begin
                utx$valid = 1'b1;
                if (~graw & (gb == k_end)) begin
                    utx$data = k_esc;
                    tesc$d = 1'b1;
                    tescb$d = k_esc_end;
                end
                if (~graw & (gb == k_esc)) begin
                    utx$data = k_esc;
                    tesc$d = 1'b1;
                    tescb$d = k_esc_esc;
                end
                if ((tph$q == 32'h2) | (tph$q == 32'h3)) begin
                    tcrc$en = 1'b1;
                end
                if (tph$q == 32'h3) begin
                    tb$d = tb$q >> 32'h8;
                    tcount$d = tcount$q + 32'h1;
                    tstable$d = 1'b0;
                    if (tcount$q + 32'h1 == tlen$q) begin
                        tph$d = 32'h4;
                    end
                end
                else if (tph$q == 32'h6) begin
                    tph$d = 32'h0;
                    if (texc$q) begin
                        texc$d = 1'b0;
                        efull$d = 1'b0;
                    end
                end
                else begin
                    tph$d = tph$q + 32'h1;
                end
            end
        end
        tx = utx$tx;
    end
    
endmodule // top$mgmt


module top$mgmt$act(d,q,clock);
    
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
          
endmodule // top$mgmt$act


module top$mgmt$bad(d,q,clock);
    
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
          
endmodule // top$mgmt$bad


module top$mgmt$d1(d,q,clock);
    
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
          
endmodule // top$mgmt$d1


module top$mgmt$d2(d,q,clock);
    
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
          
endmodule // top$mgmt$d2


module top$mgmt$ebeat(d,q,clock);
    
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
          
endmodule // top$mgmt$ebeat


module top$mgmt$ebuf(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] waddr;
    input wire  [63:0] wdata;
    input wire  we;
    input wire  [3:0] raddr;
    output reg  [63:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [63:0] mem [0:15];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 64'd0;
    end
    `endif
    initial rdata = 64'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$mgmt$ebuf


module top$mgmt$ecap(d,q,clock);
    
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
          
endmodule // top$mgmt$ecap


module top$mgmt$efull(d,q,clock);
    
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
          
endmodule // top$mgmt$efull


module top$mgmt$elen(d,q,clock);
    
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
          
endmodule // top$mgmt$elen


module top$mgmt$emeta(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mgmt$emeta


module top$mgmt$emid(d,q,clock);
    
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
          
endmodule // top$mgmt$emid


module top$mgmt$err(d,q,clock);
    
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
          
endmodule // top$mgmt$err


module top$mgmt$esc(d,q,clock);
    
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
          
endmodule // top$mgmt$esc


module top$mgmt$exc_drop(d,q,clock);
    
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
          
endmodule // top$mgmt$exc_drop


module top$mgmt$fseq(d,q,clock);
    
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
          
endmodule // top$mgmt$fseq


module top$mgmt$ftype(d,q,clock);
    
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
          
endmodule // top$mgmt$ftype


module top$mgmt$iaddr(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mgmt$iaddr


module top$mgmt$ibeat(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mgmt$ibeat


module top$mgmt$ibuf(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] waddr;
    input wire  [7:0] wdata;
    input wire  we;
    input wire  [10:0] raddr;
    output reg  [7:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [7:0] mem [0:2047];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 2047; i = i + 1) mem[i] = 8'd0;
    end
    `endif
    initial rdata = 8'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // top$mgmt$ibuf


module top$mgmt$ik(d,q,clock);
    
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
          
endmodule // top$mgmt$ik


module top$mgmt$ikeep(d,q,clock);
    
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
          
endmodule // top$mgmt$ikeep


module top$mgmt$ilast(d,q,clock);
    
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
          
endmodule // top$mgmt$ilast


module top$mgmt$iph(d,q,clock);
    
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
          
endmodule // top$mgmt$iph


module top$mgmt$ivalid(d,q,clock);
    
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
          
endmodule // top$mgmt$ivalid


module top$mgmt$last_seq(d,q,clock);
    
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
          
endmodule // top$mgmt$last_seq


module top$mgmt$n(d,q,clock);
    
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
          
endmodule // top$mgmt$n


module top$mgmt$overrun(d,q,clock);
    
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
          
endmodule // top$mgmt$overrun


module top$mgmt$p0(d,q,clock);
    
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
          
endmodule // top$mgmt$p0


module top$mgmt$pay(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mgmt$pay


module top$mgmt$plen(d,q,clock);
    
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
          
endmodule // top$mgmt$plen


module top$mgmt$rcrc(clock,init,en,data,crc,fcs,ok);
    
    // Module arguments
    input wire  clock;
    input wire  init;
    input wire  en;
    input wire  [7:0] data;
    output reg  [15:0] crc;
    output reg  [15:0] fcs;
    output reg  ok;
    
    // Constant declarations
    localparam  columns$0 = 24'h111100;
    localparam  columns$1 = 24'h222200;
    localparam  columns$2 = 24'h444400;
    localparam  columns$3 = 24'h888800;
    localparam  columns$4 = 24'h101000;
    localparam  columns$5 = 24'h313100;
    localparam  columns$6 = 24'h626200;
    localparam  columns$7 = 24'hc4c400;
    localparam  columns$8 = 24'h888801;
    localparam  columns$9 = 24'h101002;
    localparam  columns$10 = 24'h202004;
    localparam  columns$11 = 24'h404008;
    localparam  columns$12 = 24'h919110;
    localparam  columns$13 = 24'h222220;
    localparam  columns$14 = 24'h444440;
    localparam  columns$15 = 24'h888880;
    localparam  start = 16'hffff;
    localparam  ones = 16'hffff;
    localparam  residue = 16'h0;
    localparam  byte_at = 8'h10;
    
    // Stub signals
    reg  [15:0] state$d;
    wire  [15:0] state$q;
    reg  state$clock;
    
    // Local signals
    reg  [23:0] v;
    reg  [23:0] mask;
    reg  [15:0] nxt;
    
    // Sub module instances
    top$mgmt$rcrc$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        state$d = state$q;
        v = ((state$q) & 24'hffffff) | (((data) & 24'hffffff) << byte_at);
        nxt = 32'h0;
        mask = columns$0;
        nxt = (nxt & ~(1 << (0)) | ((^(v & mask)) << (0)));
        mask = columns$1;
        nxt = (nxt & ~(1 << (1)) | ((^(v & mask)) << (1)));
        mask = columns$2;
        nxt = (nxt & ~(1 << (2)) | ((^(v & mask)) << (2)));
        mask = columns$3;
        nxt = (nxt & ~(1 << (3)) | ((^(v & mask)) << (3)));
        mask = columns$4;
        nxt = (nxt & ~(1 << (4)) | ((^(v & mask)) << (4)));
        mask = columns$5;
        nxt = (nxt & ~(1 << (5)) | ((^(v & mask)) << (5)));
        mask = columns$6;
        nxt = (nxt & ~(1 << (6)) | ((^(v & mask)) << (6)));
        mask = columns$7;
        nxt = (nxt & ~(1 << (7)) | ((^(v & mask)) << (7)));
        mask = columns$8;
        nxt = (nxt & ~(1 << (8)) | ((^(v & mask)) << (8)));
        mask = columns$9;
        nxt = (nxt & ~(1 << (9)) | ((^(v & mask)) << (9)));
        mask = columns$10;
        nxt = (nxt & ~(1 << (10)) | ((^(v & mask)) << (10)));
        mask = columns$11;
        nxt = (nxt & ~(1 << (11)) | ((^(v & mask)) << (11)));
        mask = columns$12;
        nxt = (nxt & ~(1 << (12)) | ((^(v & mask)) << (12)));
        mask = columns$13;
        nxt = (nxt & ~(1 << (13)) | ((^(v & mask)) << (13)));
        mask = columns$14;
        nxt = (nxt & ~(1 << (14)) | ((^(v & mask)) << (14)));
        mask = columns$15;
        nxt = (nxt & ~(1 << (15)) | ((^(v & mask)) << (15)));
        if (en) begin
            state$d = nxt;
        end
        if (init) begin
            state$d = start;
        end
        crc = state$q;
        fcs = state$q ^ ones;
        ok = state$q == residue;
    end
    
endmodule // top$mgmt$rcrc


module top$mgmt$rcrc$state(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'hffff;
    
    // Stub signals
    reg  [15:0] dff$d;
    wire  [15:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$mgmt$rcrc$state$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$mgmt$rcrc$state


module top$mgmt$rcrc$state$dff(d,q,clock);
    
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
          
endmodule // top$mgmt$rcrc$state$dff


module top$mgmt$rdata(d,q,clock);
    
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
          
endmodule // top$mgmt$rdata


module top$mgmt$rkind(d,q,clock);
    
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
          
endmodule // top$mgmt$rkind


module top$mgmt$rpend(d,q,clock);
    
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
          
endmodule // top$mgmt$rpend


module top$mgmt$tb(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mgmt$tb


module top$mgmt$tcount(d,q,clock);
    
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
          
endmodule // top$mgmt$tcount


module top$mgmt$tcrc(clock,init,en,data,crc,fcs,ok);
    
    // Module arguments
    input wire  clock;
    input wire  init;
    input wire  en;
    input wire  [7:0] data;
    output reg  [15:0] crc;
    output reg  [15:0] fcs;
    output reg  ok;
    
    // Constant declarations
    localparam  columns$0 = 24'h111100;
    localparam  columns$1 = 24'h222200;
    localparam  columns$2 = 24'h444400;
    localparam  columns$3 = 24'h888800;
    localparam  columns$4 = 24'h101000;
    localparam  columns$5 = 24'h313100;
    localparam  columns$6 = 24'h626200;
    localparam  columns$7 = 24'hc4c400;
    localparam  columns$8 = 24'h888801;
    localparam  columns$9 = 24'h101002;
    localparam  columns$10 = 24'h202004;
    localparam  columns$11 = 24'h404008;
    localparam  columns$12 = 24'h919110;
    localparam  columns$13 = 24'h222220;
    localparam  columns$14 = 24'h444440;
    localparam  columns$15 = 24'h888880;
    localparam  start = 16'hffff;
    localparam  ones = 16'hffff;
    localparam  residue = 16'h0;
    localparam  byte_at = 8'h10;
    
    // Stub signals
    reg  [15:0] state$d;
    wire  [15:0] state$q;
    reg  state$clock;
    
    // Local signals
    reg  [23:0] v;
    reg  [23:0] mask;
    reg  [15:0] nxt;
    
    // Sub module instances
    top$mgmt$tcrc$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        state$d = state$q;
        v = ((state$q) & 24'hffffff) | (((data) & 24'hffffff) << byte_at);
        nxt = 32'h0;
        mask = columns$0;
        nxt = (nxt & ~(1 << (0)) | ((^(v & mask)) << (0)));
        mask = columns$1;
        nxt = (nxt & ~(1 << (1)) | ((^(v & mask)) << (1)));
        mask = columns$2;
        nxt = (nxt & ~(1 << (2)) | ((^(v & mask)) << (2)));
        mask = columns$3;
        nxt = (nxt & ~(1 << (3)) | ((^(v & mask)) << (3)));
        mask = columns$4;
        nxt = (nxt & ~(1 << (4)) | ((^(v & mask)) << (4)));
        mask = columns$5;
        nxt = (nxt & ~(1 << (5)) | ((^(v & mask)) << (5)));
        mask = columns$6;
        nxt = (nxt & ~(1 << (6)) | ((^(v & mask)) << (6)));
        mask = columns$7;
        nxt = (nxt & ~(1 << (7)) | ((^(v & mask)) << (7)));
        mask = columns$8;
        nxt = (nxt & ~(1 << (8)) | ((^(v & mask)) << (8)));
        mask = columns$9;
        nxt = (nxt & ~(1 << (9)) | ((^(v & mask)) << (9)));
        mask = columns$10;
        nxt = (nxt & ~(1 << (10)) | ((^(v & mask)) << (10)));
        mask = columns$11;
        nxt = (nxt & ~(1 << (11)) | ((^(v & mask)) << (11)));
        mask = columns$12;
        nxt = (nxt & ~(1 << (12)) | ((^(v & mask)) << (12)));
        mask = columns$13;
        nxt = (nxt & ~(1 << (13)) | ((^(v & mask)) << (13)));
        mask = columns$14;
        nxt = (nxt & ~(1 << (14)) | ((^(v & mask)) << (14)));
        mask = columns$15;
        nxt = (nxt & ~(1 << (15)) | ((^(v & mask)) << (15)));
        if (en) begin
            state$d = nxt;
        end
        if (init) begin
            state$d = start;
        end
        crc = state$q;
        fcs = state$q ^ ones;
        ok = state$q == residue;
    end
    
endmodule // top$mgmt$tcrc


module top$mgmt$tcrc$state(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 16'hffff;
    
    // Stub signals
    reg  [15:0] dff$d;
    wire  [15:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    top$mgmt$tcrc$state$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$mgmt$tcrc$state


module top$mgmt$tcrc$state$dff(d,q,clock);
    
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
          
endmodule // top$mgmt$tcrc$state$dff


module top$mgmt$tesc(d,q,clock);
    
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
          
endmodule // top$mgmt$tesc


module top$mgmt$tescb(d,q,clock);
    
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
          
endmodule // top$mgmt$tescb


module top$mgmt$texc(d,q,clock);
    
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
          
endmodule // top$mgmt$texc


module top$mgmt$tlen(d,q,clock);
    
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
          
endmodule // top$mgmt$tlen


module top$mgmt$tph(d,q,clock);
    
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
          
endmodule // top$mgmt$tph


module top$mgmt$tstable(d,q,clock);
    
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
          
endmodule // top$mgmt$tstable


module top$mgmt$ttype(d,q,clock);
    
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
          
endmodule // top$mgmt$ttype


module top$mgmt$urx(clock,rx,data,valid);
    
    // Module arguments
    input wire  clock;
    input wire  rx;
    output reg  [7:0] data;
    output reg  valid;
    
    // Constant declarations
    localparam  div = 16'h168;
    localparam  half = 16'hb4;
    
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
    reg  [15:0] cnt$d;
    wire  [15:0] cnt$q;
    reg  cnt$clock;
    reg  [2:0] nbit$d;
    wire  [2:0] nbit$q;
    reg  nbit$clock;
    reg  [7:0] shift$d;
    wire  [7:0] shift$q;
    reg  shift$clock;
    reg  got$d;
    wire  got$q;
    reg  got$clock;
    
    // Sub module instances
    top$mgmt$urx$sync1 sync1(
        .d(sync1$d),
        .q(sync1$q),
        .clock(sync1$clock)
    );
    top$mgmt$urx$sync2 sync2(
        .d(sync2$d),
        .q(sync2$q),
        .clock(sync2$clock)
    );
    top$mgmt$urx$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$mgmt$urx$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    top$mgmt$urx$nbit nbit(
        .d(nbit$d),
        .q(nbit$q),
        .clock(nbit$clock)
    );
    top$mgmt$urx$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    top$mgmt$urx$got got(
        .d(got$d),
        .q(got$q),
        .clock(got$clock)
    );
    
    // Update code
    always @(*) begin
        sync1$clock = clock;
        sync2$clock = clock;
        state$clock = clock;
        cnt$clock = clock;
        nbit$clock = clock;
        shift$clock = clock;
        got$clock = clock;
        sync1$d = sync1$q;
        sync2$d = sync2$q;
        state$d = state$q;
        cnt$d = cnt$q;
        nbit$d = nbit$q;
        shift$d = shift$q;
        got$d = got$q;
        sync1$d = rx;
        sync2$d = sync1$q;
        got$d = 1'b0;
        if (state$q == 32'h0) begin
            if (~sync2$q) begin
                state$d = 32'h1;
                cnt$d = half;
            end
        end
        else begin
            cnt$d = cnt$q - 32'h1;
            if (cnt$q == 32'h0) begin
                cnt$d = div;
                if (state$q == 32'h1) begin
                    if (sync2$q) begin
                        state$d = 32'h0;
                    end
                    else begin
                        state$d = 32'h2;
                        nbit$d = 32'h0;
                    end
                end
                else if (state$q == 32'h2) begin
                    shift$d = (shift$q >> 32'h1) | (((sync2$q) & 8'hff) << 32'h7);
                    nbit$d = nbit$q + 32'h1;
                    if (nbit$q == 32'h7) begin
                        state$d = 32'h3;
                    end
                end
                else begin
                    state$d = 32'h0;
                    got$d = sync2$q;
                end
            end
        end
        data = shift$q;
        valid = got$q;
    end
    
endmodule // top$mgmt$urx


module top$mgmt$urx$cnt(d,q,clock);
    
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
          
endmodule // top$mgmt$urx$cnt


module top$mgmt$urx$got(d,q,clock);
    
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
          
endmodule // top$mgmt$urx$got


module top$mgmt$urx$nbit(d,q,clock);
    
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
          
endmodule // top$mgmt$urx$nbit


module top$mgmt$urx$shift(d,q,clock);
    
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
          
endmodule // top$mgmt$urx$shift


module top$mgmt$urx$state(d,q,clock);
    
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
          
endmodule // top$mgmt$urx$state


module top$mgmt$urx$sync1(d,q,clock);
    
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
          
endmodule // top$mgmt$urx$sync1


module top$mgmt$urx$sync2(d,q,clock);
    
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
          
endmodule // top$mgmt$urx$sync2


module top$mgmt$utx(clock,tx,data,valid,ready);
    
    // Module arguments
    input wire  clock;
    output reg  tx;
    input wire  [7:0] data;
    input wire  valid;
    output reg  ready;
    
    // Constant declarations
    localparam  div = 16'h168;
    
    // Stub signals
    reg  [9:0] sh$d;
    wire  [9:0] sh$q;
    reg  sh$clock;
    reg  [3:0] bits$d;
    wire  [3:0] bits$q;
    reg  bits$clock;
    reg  [15:0] cnt$d;
    wire  [15:0] cnt$q;
    reg  cnt$clock;
    
    // Sub module instances
    top$mgmt$utx$sh sh(
        .d(sh$d),
        .q(sh$q),
        .clock(sh$clock)
    );
    top$mgmt$utx$bits bits(
        .d(bits$d),
        .q(bits$q),
        .clock(bits$clock)
    );
    top$mgmt$utx$cnt cnt(
        .d(cnt$d),
        .q(cnt$q),
        .clock(cnt$clock)
    );
    
    // Update code
    always @(*) begin
        sh$clock = clock;
        bits$clock = clock;
        cnt$clock = clock;
        sh$d = sh$q;
        bits$d = bits$q;
        cnt$d = cnt$q;
        ready = bits$q == 32'h0;
        if (bits$q == 32'h0) begin
            if (valid) begin
                sh$d = (((data) & 10'h3ff) << 32'h1) | 32'h200;
                bits$d = 32'ha;
                cnt$d = div;
            end
        end
        else begin
            cnt$d = cnt$q - 32'h1;
            if (cnt$q == 32'h0) begin
                cnt$d = div;
                sh$d = (sh$q >> 32'h1) | 32'h200;
                bits$d = bits$q - 32'h1;
            end
        end
        tx = 1'b1;
        if (bits$q != 32'h0) begin
            tx = sh$q[32'h0];
        end
    end
    
endmodule // top$mgmt$utx


module top$mgmt$utx$bits(d,q,clock);
    
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
          
endmodule // top$mgmt$utx$bits


module top$mgmt$utx$cnt(d,q,clock);
    
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
          
endmodule // top$mgmt$utx$cnt


module top$mgmt$utx$sh(d,q,clock);
    
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
          
endmodule // top$mgmt$utx$sh


module top$owner(d,q,clock);
    
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
          
endmodule // top$owner

// v-- Setting output parameters to net type for wrapped code.


module top$pll(clk25,clk,clk90,clk_core,locked);
    
    // Module arguments
    input wire  clk25;
    output wire  clk;
    output wire  clk90;
    output wire  clk_core;
    output wire  locked;
    
    // Update code (wrapper)
    
    (* FREQUENCY_PIN_CLKI="25" *) (* FREQUENCY_PIN_CLKOP="125" *) (* FREQUENCY_PIN_CLKOS="125" *)
    (* FREQUENCY_PIN_CLKOS2="41.666666" *)
    (* ICP_CURRENT="12" *) (* LPF_RESISTOR="8" *) (* MFG_ENABLE_FILTEROPAMP="1" *) (* MFG_GMCREF_SEL="2" *)
    EHXPLLL #(.PLLRST_ENA("DISABLED"), .INTFB_WAKE("DISABLED"), .STDBY_ENABLE("DISABLED"),
        .DPHASE_SOURCE("DISABLED"), .OUTDIVIDER_MUXA("DIVA"), .OUTDIVIDER_MUXB("DIVB"),
        .OUTDIVIDER_MUXC("DIVC"),
        .CLKI_DIV(1), .CLKOP_ENABLE("ENABLED"), .CLKOP_DIV(5), .CLKOP_CPHASE(2), .CLKOP_FPHASE(0),
        .CLKOS_ENABLE("ENABLED"), .CLKOS_DIV(5), .CLKOS_CPHASE(3), .CLKOS_FPHASE(2),
        .CLKOS2_ENABLE("ENABLED"), .CLKOS2_DIV(15), .CLKOS2_CPHASE(7), .CLKOS2_FPHASE(0),
        .FEEDBK_PATH("CLKOP"), .CLKFB_DIV(5)) pll_i (
        .CLKI(clk25), .CLKFB(clk), .RST(1'b0), .STDBY(1'b0), .PHASESEL0(1'b0), .PHASESEL1(1'b0),
        .PHASEDIR(1'b1), .PHASESTEP(1'b1), .PHASELOADREG(1'b1), .PLLWAKESYNC(1'b0),
        .ENCLKOP(1'b0), .CLKOP(clk), .CLKOS(clk90), .CLKOS2(clk_core), .LOCK(locked));
endmodule // top$pll


module top$rst_done(d,q,clock);
    
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
          
endmodule // top$rst_done


module top$uptime(d,q,clock);
    
    // Module arguments
    input wire  [27:0] d;
    output reg  [27:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 28'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$uptime

`ifndef SYNTHESIS
module EHXPLLL(input CLKI, input CLKFB, input RST, input STDBY, input PHASESEL0,
    input PHASESEL1, input PHASEDIR, input PHASESTEP, input PHASELOADREG,
    input PLLWAKESYNC, input ENCLKOP, output CLKOP, output CLKOS, output CLKOS2,
    output LOCK);
    parameter PLLRST_ENA = "DISABLED";
    parameter INTFB_WAKE = "DISABLED";
    parameter STDBY_ENABLE = "DISABLED";
    parameter DPHASE_SOURCE = "DISABLED";
    parameter OUTDIVIDER_MUXA = "DIVA";
    parameter OUTDIVIDER_MUXB = "DIVB";
    parameter OUTDIVIDER_MUXC = "DIVC";
    parameter CLKI_DIV = 1;
    parameter CLKOP_ENABLE = "ENABLED";
    parameter CLKOP_DIV = 8;
    parameter CLKOP_CPHASE = 0;
    parameter CLKOP_FPHASE = 0;
    parameter CLKOS_ENABLE = "DISABLED";
    parameter CLKOS_DIV = 8;
    parameter CLKOS_CPHASE = 0;
    parameter CLKOS_FPHASE = 0;
    parameter CLKOS2_ENABLE = "DISABLED";
    parameter CLKOS2_DIV = 8;
    parameter CLKOS2_CPHASE = 0;
    parameter CLKOS2_FPHASE = 0;
    parameter FEEDBK_PATH = "CLKOP";
    parameter CLKFB_DIV = 1;
`ifdef FPVS_PLL_TIMING
    localparam integer VCO_PS = 40000 * CLKI_DIV / (CLKFB_DIV * CLKOP_DIV);
    reg op = 1'b0, os = 1'b0, os2 = 1'b0, lock = 1'b0;
    initial begin #(10000000) lock = 1'b1; end
    initial begin #(VCO_PS * (8 * CLKOP_CPHASE + CLKOP_FPHASE) / 8)
        forever begin op = ~op; #(VCO_PS * CLKOP_DIV / 2); end end
    initial begin #(VCO_PS * (8 * CLKOS_CPHASE + CLKOS_FPHASE) / 8)
        forever begin os = ~os; #(VCO_PS * CLKOS_DIV / 2); end end
    initial begin #(VCO_PS * (8 * CLKOS2_CPHASE + CLKOS2_FPHASE) / 8)
        forever begin os2 = ~os2; #(VCO_PS * CLKOS2_DIV / 2); end end
    assign CLKOP = op;
    assign CLKOS = os;
    assign CLKOS2 = os2;
    assign LOCK = lock;
`else
    assign CLKOP = CLKI;
    assign CLKOS = CLKI;
    assign CLKOS2 = CLKI;
    assign LOCK = 1'b1;
`endif
endmodule
module IDDRX1F(input D, input SCLK, input RST, output reg Q0, output reg Q1);
    reg rise = 1'b0, fall = 1'b0;
    initial begin Q0 = 1'b0; Q1 = 1'b0; end
    always @(posedge SCLK) begin rise <= D; Q0 <= rise; Q1 <= fall; end
    always @(negedge SCLK) fall <= D;
endmodule
module ODDRX1F(input D0, input D1, input SCLK, input RST, output Q);
    reg d0 = 1'b0, d1 = 1'b0;
    always @(posedge SCLK) begin d0 <= D0; d1 <= D1; end
    assign Q = SCLK ? d0 : d1;
endmodule
`endif
