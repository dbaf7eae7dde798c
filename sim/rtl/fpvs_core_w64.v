

module fpvs_core_w64(clock,s_axis_tdata,s_axis_tkeep,s_axis_tvalid,s_axis_tready,s_axis_tlast,s_axis_tuser,s_inj_tdata,s_inj_tkeep,s_inj_tvalid,s_inj_tready,s_inj_tlast,s_inj_tuser,m_axis_tdata,m_axis_tkeep,m_axis_tvalid,m_axis_tready,m_axis_tlast,m_axis_tuser,m_exc_tdata,m_exc_tkeep,m_exc_tvalid,m_exc_tready,m_exc_tlast,m_exc_tuser,m_notify_tdata,m_notify_tvalid,m_notify_tready,s_cmd_tdata,s_cmd_tvalid,s_cmd_tready,m_cpl_tdata,m_cpl_tvalid,m_cpl_tready,reg_addr,reg_wdata,reg_wr,reg_rd,reg_rdata,reg_rvalid);
    
    // Module arguments
    input wire  clock;
    input wire  [511:0] s_axis_tdata;
    input wire  [63:0] s_axis_tkeep;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    input wire  s_axis_tlast;
    input wire  [1:0] s_axis_tuser;
    input wire  [511:0] s_inj_tdata;
    input wire  [63:0] s_inj_tkeep;
    input wire  s_inj_tvalid;
    output reg  s_inj_tready;
    input wire  s_inj_tlast;
    input wire  [2:0] s_inj_tuser;
    output reg  [511:0] m_axis_tdata;
    output reg  [63:0] m_axis_tkeep;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;
    output reg  [2:0] m_axis_tuser;
    output reg  [511:0] m_exc_tdata;
    output reg  [63:0] m_exc_tkeep;
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
    localparam  credits = 7'b11110;
    localparam  dbits = 16'h200;
    localparam  dbits8 = 16'h208;
    
    // Stub signals
    reg  [63:0] keep_net$keep;
    wire  [7:0] keep_net$count;
    reg  [63:0] keep_inj$keep;
    wire  [7:0] keep_inj$count;
    reg  capture$clock;
    reg  [511:0] capture$s_tdata;
    reg  [7:0] capture$s_tlen;
    reg  capture$s_tlast;
    reg  [2:0] capture$s_tuser;
    reg  capture$s_tvalid;
    wire  capture$s_tready;
    wire  [522:0] capture$m_hdr;
    wire  capture$m_hdr_valid;
    reg  capture$m_hdr_ready;
    wire  [511:0] capture$m_tail_tdata;
    wire  [7:0] capture$m_tail_tlen;
    wire  capture$m_tail_tlast;
    wire  capture$m_tail_tvalid;
    reg  capture$m_tail_tready;
    reg  tails$clock;
    reg  [520:0] tails$s_data;
    reg  tails$s_valid;
    wire  tails$s_ready;
    wire  [520:0] tails$m_data;
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
    reg  [12:0] path$fw_bucket;
    reg  [251:0] path$fw_data;
    reg  path$sw_en;
    reg  [3:0] path$sw_ram;
    reg  [5:0] path$sw_bucket;
    reg  [101:0] path$sw_data;
    reg  path$mw_en;
    reg  [16:0] path$mw_addr;
    reg  [15:0] path$mw_data;
    reg  path$rw_en;
    reg  [11:0] path$rw_addr;
    reg  [147:0] path$rw_data;
    reg  path$nw_en;
    reg  [9:0] path$nw_addr;
    reg  [111:0] path$nw_data;
    reg  hq$clock;
    reg  [1339:0] hq$s_data;
    reg  hq$s_valid;
    wire  hq$s_ready;
    wire  [1339:0] hq$m_data;
    wire  hq$m_valid;
    reg  hq$m_ready;
    wire  [5:0] hq$count;
    reg  merge$clock;
    reg  [1339:0] merge$s_hdr;
    reg  merge$s_hdr_valid;
    wire  merge$s_hdr_ready;
    reg  [511:0] merge$s_tail_tdata;
    reg  [7:0] merge$s_tail_tlen;
    reg  merge$s_tail_tlast;
    reg  merge$s_tail_tvalid;
    wire  merge$s_tail_tready;
    wire  [511:0] merge$m_fwd_tdata;
    wire  [7:0] merge$m_fwd_tlen;
    wire  merge$m_fwd_tlast;
    wire  [1:0] merge$m_fwd_port;
    wire  merge$m_fwd_abort;
    wire  merge$m_fwd_tvalid;
    reg  merge$m_fwd_tready;
    wire  [511:0] merge$m_exc_tdata;
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
    wire  [12:0] cmd$fw_bucket;
    wire  [251:0] cmd$fw_data;
    wire  cmd$sw_en;
    wire  [3:0] cmd$sw_ram;
    wire  [5:0] cmd$sw_bucket;
    wire  [101:0] cmd$sw_data;
    wire  cmd$mw_en;
    wire  [16:0] cmd$mw_addr;
    wire  [15:0] cmd$mw_data;
    wire  cmd$rw_en;
    wire  [11:0] cmd$rw_addr;
    wire  [147:0] cmd$rw_data;
    wire  cmd$nw_en;
    wire  [9:0] cmd$nw_addr;
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
    reg  [520:0] tail;
    reg  [358:0] ev;
    reg  [7:0] l3;
    
    // Sub module instances
    fpvs_core_w64$keep_net keep_net(
        .keep(keep_net$keep),
        .count(keep_net$count)
    );
    fpvs_core_w64$keep_inj keep_inj(
        .keep(keep_inj$keep),
        .count(keep_inj$count)
    );
    fpvs_core_w64$capture capture(
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
    fpvs_core_w64$tails tails(
        .clock(tails$clock),
        .s_data(tails$s_data),
        .s_valid(tails$s_valid),
        .s_ready(tails$s_ready),
        .m_data(tails$m_data),
        .m_valid(tails$m_valid),
        .m_ready(tails$m_ready),
        .count(tails$count)
    );
    fpvs_core_w64$path path(
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
    fpvs_core_w64$hq hq(
        .clock(hq$clock),
        .s_data(hq$s_data),
        .s_valid(hq$s_valid),
        .s_ready(hq$s_ready),
        .m_data(hq$m_data),
        .m_valid(hq$m_valid),
        .m_ready(hq$m_ready),
        .count(hq$count)
    );
    fpvs_core_w64$merge merge(
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
    fpvs_core_w64$rq rq(
        .clock(rq$clock),
        .s_data(rq$s_data),
        .s_valid(rq$s_valid),
        .s_ready(rq$s_ready),
        .m_data(rq$m_data),
        .m_valid(rq$m_valid),
        .m_ready(rq$m_ready),
        .count(rq$count)
    );
    fpvs_core_w64$retire retire(
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
    fpvs_core_w64$cmd cmd(
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
    fpvs_core_w64$regs regs(
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
    fpvs_core_w64$mid mid(
        .d(mid$d),
        .q(mid$q),
        .clock(mid$clock)
    );
    fpvs_core_w64$owner_inj owner_inj(
        .d(owner_inj$d),
        .q(owner_inj$q),
        .clock(owner_inj$clock)
    );
    fpvs_core_w64$last_inj last_inj(
        .d(last_inj$d),
        .q(last_inj$q),
        .clock(last_inj$clock)
    );
    fpvs_core_w64$inflight inflight(
        .d(inflight$d),
        .q(inflight$q),
        .clock(inflight$clock)
    );
    
    // Update code
    always @(*) begin
        mid$clock = clock;
    end
    always @(*) begin
        owner_inj$clock = clock;
    end
    always @(*) begin
        last_inj$clock = clock;
    end
    always @(*) begin
        inflight$clock = clock;
    end
    always @(*) begin
        mid$d = mid$q;
        owner_inj$d = owner_inj$q;
        last_inj$d = last_inj$q;
        if (acc) begin
            mid$d = ~capture$s_tlast;
            owner_inj$d = sel_inj;
            if (~mid$q) begin
                last_inj$d = sel_inj;
            end
        end
    end
    always @(*) begin
        inflight$d = inflight$q;
        if (hdr_in & ~hdr_out) begin
            inflight$d = inflight$q + 32'h1;
        end
        if (~hdr_in & hdr_out) begin
            inflight$d = inflight$q - 32'h1;
        end
    end
    always @(*) begin
        capture$clock = clock;
    end
    always @(*) begin
        tails$clock = clock;
    end
    always @(*) begin
        path$clock = clock;
    end
    always @(*) begin
        hq$clock = clock;
    end
    always @(*) begin
        merge$clock = clock;
    end
    always @(*) begin
        rq$clock = clock;
    end
    always @(*) begin
        retire$clock = clock;
    end
    always @(*) begin
        cmd$clock = clock;
    end
    always @(*) begin
        regs$clock = clock;
    end
    always @(*) begin
        keep_net$keep = s_axis_tkeep;
    end
    always @(*) begin
        keep_inj$keep = s_inj_tkeep;
    end
    always @(*) begin
        if (mid$q) begin
            sel_inj = owner_inj$q;
        end
        else if (s_axis_tvalid & s_inj_tvalid) begin
            sel_inj = ~last_inj$q;
        end
        else begin
            sel_inj = s_inj_tvalid;
        end
    end
    always @(*) begin
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
    end
    always @(*) begin
        s_axis_tready = ~sel_inj & capture$s_tready;
    end
    always @(*) begin
        s_inj_tready = sel_inj & capture$s_tready;
    end
    always @(*) begin
        acc = capture$s_tvalid & capture$s_tready;
    end
    always @(*) begin
        regs$rx_pulse = acc & ~mid$q;
    end
    always @(*) begin
        regs$inj_pulse = acc & ~mid$q & sel_inj;
    end
    always @(*) begin
        capture$m_hdr_ready = (inflight$q < credits) & ~cmd$tok_hold;
    end
    always @(*) begin
        hdr_in = capture$m_hdr_valid & capture$m_hdr_ready;
    end
    always @(*) begin
        path$i_hdr = capture$m_hdr;
    end
    always @(*) begin
        path$i_valid = hdr_in;
    end
    always @(*) begin
        tail = ((capture$m_tail_tdata) & 521'h1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((capture$m_tail_tlen) & 521'h1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << dbits) | (((capture$m_tail_tlast) & 521'h1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << dbits8);
        tails$s_data = tail;
        tail = tails$m_data;
    end
    always @(*) begin
        tails$s_valid = capture$m_tail_tvalid;
    end
    always @(*) begin
        capture$m_tail_tready = tails$s_ready;
    end
    always @(*) begin
        path$i_tok = cmd$tok_fire;
    end
    always @(*) begin
        path$i_tok_table = cmd$tok_table;
    end
    always @(*) begin
        path$i_tok_index = cmd$tok_index;
    end
    always @(*) begin
        cmd$tok_done = path$o_tok;
    end
    always @(*) begin
        cmd$tok_data = path$o_tok_data;
    end
    always @(*) begin
        rec[(64'h0)+:(672)] = path$o_hdr;
        rec[(64'h2a0)+:(7)] = path$o_len;
        rec[(64'h2a7)+:(359)] = path$o_verdict;
        rec[(64'h40e)+:(302)] = path$o_meta;
    end
    always @(*) begin
        hq$s_data = rec;
    end
    always @(*) begin
        hq$s_valid = path$o_valid;
    end
    always @(*) begin
        merge$s_hdr = hq$m_data;
    end
    always @(*) begin
        merge$s_hdr_valid = hq$m_valid;
    end
    always @(*) begin
        hq$m_ready = merge$s_hdr_ready;
    end
    always @(*) begin
        hdr_out = hq$m_valid & merge$s_hdr_ready;
    end
    always @(*) begin
        merge$s_tail_tdata = ((tail) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
    end
    always @(*) begin
        merge$s_tail_tlen = ((tail >> dbits) & 8'hff);
    end
    always @(*) begin
        merge$s_tail_tlast = |(tail >> dbits8);
    end
    always @(*) begin
        merge$s_tail_tvalid = tails$m_valid;
    end
    always @(*) begin
        tails$m_ready = merge$s_tail_tready;
    end
    always @(*) begin
        m_axis_tdata = merge$m_fwd_tdata;
    end
    always @(*) begin
        m_axis_tkeep = (((((1'b1) & 65'h1ffffffffffffffff) << merge$m_fwd_tlen) - 32'h1) & 64'hffffffffffffffff);
    end
    always @(*) begin
        m_axis_tlast = merge$m_fwd_tlast;
    end
    always @(*) begin
        m_axis_tuser = ((merge$m_fwd_port) & 3'h7) | (((merge$m_fwd_abort) & 3'h7) << 32'h2);
    end
    always @(*) begin
        m_axis_tvalid = merge$m_fwd_tvalid;
    end
    always @(*) begin
        merge$m_fwd_tready = m_axis_tready;
    end
    always @(*) begin
        m_exc_tdata = merge$m_exc_tdata;
    end
    always @(*) begin
        m_exc_tkeep = (((((1'b1) & 65'h1ffffffffffffffff) << merge$m_exc_tlen) - 32'h1) & 64'hffffffffffffffff);
    end
    always @(*) begin
        m_exc_tlast = merge$m_exc_tlast;
    end
    always @(*) begin
        ev = merge$m_exc_verdict;
    end
    always @(*) begin
        l3 = 32'he;
        if (merge$m_exc_tagged) begin
            l3 = 32'h12;
        end
    end
    always @(*) begin
        m_exc_tuser = ((merge$m_exc_abort) & 128'hffffffffffffffffffffffffffffffff) | (((ev[(64'h2)+:(4)]) & 128'hffffffffffffffffffffffffffffffff) << 32'h1) | (((ev[(64'h6)+:(2)]) & 128'hffffffffffffffffffffffffffffffff) << 32'h9) | (((l3) & 128'hffffffffffffffffffffffffffffffff) << 32'hb) | (((ev[(64'he8)+:(32)]) & 128'hffffffffffffffffffffffffffffffff) << 32'h13) | (((ev[(64'h118)+:(32)]) & 128'hffffffffffffffffffffffffffffffff) << 32'h33) | (((ev[(64'h108)+:(16)]) & 128'hffffffffffffffffffffffffffffffff) << 32'h53);
    end
    always @(*) begin
        m_exc_tvalid = merge$m_exc_tvalid;
    end
    always @(*) begin
        merge$m_exc_tready = m_exc_tready;
    end
    always @(*) begin
        rq$s_data = merge$m_retire;
    end
    always @(*) begin
        rq$s_valid = merge$m_retire_valid;
    end
    always @(*) begin
        merge$m_retire_ready = rq$s_ready;
    end
    always @(*) begin
        retire$s_event = rq$m_data;
    end
    always @(*) begin
        retire$s_valid = rq$m_valid;
    end
    always @(*) begin
        rq$m_ready = retire$s_ready;
    end
    always @(*) begin
        retire$ts_now = regs$ts_now;
    end
    always @(*) begin
        m_notify_tdata = retire$m_notify;
    end
    always @(*) begin
        m_notify_tvalid = retire$m_notify_valid;
    end
    always @(*) begin
        retire$m_notify_ready = m_notify_tready;
    end
    always @(*) begin
        cmd$s_cmd = s_cmd_tdata;
    end
    always @(*) begin
        cmd$s_cmd_valid = s_cmd_tvalid;
    end
    always @(*) begin
        s_cmd_tready = cmd$s_cmd_ready;
    end
    always @(*) begin
        m_cpl_tdata = cmd$m_cpl;
    end
    always @(*) begin
        m_cpl_tvalid = cmd$m_cpl_valid;
    end
    always @(*) begin
        cmd$m_cpl_ready = m_cpl_tready;
    end
    always @(*) begin
        path$fw_en = cmd$fw_en;
    end
    always @(*) begin
        path$fw_ram = cmd$fw_ram;
    end
    always @(*) begin
        path$fw_bucket = cmd$fw_bucket;
    end
    always @(*) begin
        path$fw_data = cmd$fw_data;
    end
    always @(*) begin
        path$sw_en = cmd$sw_en;
    end
    always @(*) begin
        path$sw_ram = cmd$sw_ram;
    end
    always @(*) begin
        path$sw_bucket = cmd$sw_bucket;
    end
    always @(*) begin
        path$sw_data = cmd$sw_data;
    end
    always @(*) begin
        path$mw_en = cmd$mw_en;
    end
    always @(*) begin
        path$mw_addr = cmd$mw_addr;
    end
    always @(*) begin
        path$mw_data = cmd$mw_data;
    end
    always @(*) begin
        path$rw_en = cmd$rw_en;
    end
    always @(*) begin
        path$rw_addr = cmd$rw_addr;
    end
    always @(*) begin
        path$rw_data = cmd$rw_data;
    end
    always @(*) begin
        path$nw_en = cmd$nw_en;
    end
    always @(*) begin
        path$nw_addr = cmd$nw_addr;
    end
    always @(*) begin
        path$nw_data = cmd$nw_data;
    end
    always @(*) begin
        retire$c_valid = cmd$c_valid;
    end
    always @(*) begin
        retire$c_table = cmd$c_table;
    end
    always @(*) begin
        retire$c_write = cmd$c_write;
    end
    always @(*) begin
        retire$c_index = cmd$c_index;
    end
    always @(*) begin
        retire$c_wdata = cmd$c_wdata;
    end
    always @(*) begin
        cmd$c_rdata = retire$c_rdata;
    end
    always @(*) begin
        regs$reg_addr = reg_addr;
    end
    always @(*) begin
        regs$reg_wdata = reg_wdata;
    end
    always @(*) begin
        regs$reg_wr = reg_wr;
    end
    always @(*) begin
        regs$reg_rd = reg_rd;
    end
    always @(*) begin
        reg_rdata = regs$reg_rdata;
    end
    always @(*) begin
        reg_rvalid = regs$reg_rvalid;
    end
    always @(*) begin
        regs$stats = retire$stats;
    end
    always @(*) begin
        regs$rl_tokens = path$rl_tokens;
    end
    always @(*) begin
        regs$rl_limited = path$rl_limited;
    end
    always @(*) begin
        path$tun_mtu = regs$tun_mtu;
    end
    always @(*) begin
        path$tun_ttl = regs$tun_ttl;
    end
    always @(*) begin
        path$ts_now = regs$ts_now;
    end
    always @(*) begin
        path$rl_period = regs$rl_period;
    end
    always @(*) begin
        path$rl_rate = regs$rl_rate;
    end
    always @(*) begin
        path$rl_burst = regs$rl_burst;
    end
    
endmodule // fpvs_core_w64


module fpvs_core_w64$capture(clock,s_tdata,s_tlen,s_tlast,s_tuser,s_tvalid,s_tready,m_hdr,m_hdr_valid,m_hdr_ready,m_tail_tdata,m_tail_tlen,m_tail_tlast,m_tail_tvalid,m_tail_tready);
    
    // Module arguments
    input wire  clock;
    input wire  [511:0] s_tdata;
    input wire  [7:0] s_tlen;
    input wire  s_tlast;
    input wire  [2:0] s_tuser;
    input wire  s_tvalid;
    output reg  s_tready;
    output reg  [522:0] m_hdr;
    output reg  m_hdr_valid;
    input wire  m_hdr_ready;
    output reg  [511:0] m_tail_tdata;
    output reg  [7:0] m_tail_tlen;
    output reg  m_tail_tlast;
    output reg  m_tail_tvalid;
    input wire  m_tail_tready;
    
    // Constant declarations
    localparam  beats = 4'h1;
    localparam  last_beat = 4'h0;
    localparam  log2_beat_bits = 4'h9;
    localparam  full = 8'h40;
    localparam  ones = 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff;
    
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
    reg  [511:0] masked;
    reg  [511:0] lenmask;
    reg  [511:0] widened;
    reg  [511:0] gathered;
    reg  [2:0] user_now;
    reg  [6:0] hlen_now;
    reg  [9:0] shift;
    
    // Sub module instances
    fpvs_core_w64$capture$idx idx(
        .d(idx$d),
        .q(idx$q),
        .clock(idx$clock)
    );
    fpvs_core_w64$capture$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    fpvs_core_w64$capture$hlen hlen(
        .d(hlen$d),
        .q(hlen$q),
        .clock(hlen$clock)
    );
    fpvs_core_w64$capture$user user(
        .d(user$d),
        .q(user$q),
        .clock(user$clock)
    );
    fpvs_core_w64$capture$hv hv(
        .d(hv$d),
        .q(hv$q),
        .clock(hv$clock)
    );
    fpvs_core_w64$capture$whole whole(
        .d(whole$d),
        .q(whole$q),
        .clock(whole$clock)
    );
    
    // Update code
    always @(*) begin
        idx$clock = clock;
    end
    always @(*) begin
        acc$clock = clock;
    end
    always @(*) begin
        hlen$clock = clock;
    end
    always @(*) begin
        user$clock = clock;
    end
    always @(*) begin
        hv$clock = clock;
    end
    always @(*) begin
        whole$clock = clock;
    end
    always @(*) begin
        idx$d = idx$q;
        acc$d = acc$q;
        hlen$d = hlen$q;
        user$d = user$q;
        hv$d = hv$q;
        whole$d = whole$q;
        if (hv$q & m_hdr_ready) begin
            hv$d = 1'b0;
        end
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
    always @(*) begin
        in_header = idx$q != beats;
    end
    always @(*) begin
        completes = in_header & (s_tlast | (idx$q == last_beat));
    end
    always @(*) begin
        if (s_tlen < full) begin
            lenmask = ~(ones << (((s_tlen) & 10'h3ff) << 32'h3));
        end
        else begin
            lenmask = ones;
        end
    end
    always @(*) begin
        masked = s_tdata & lenmask;
    end
    always @(*) begin
        widened = ((masked) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
    end
    always @(*) begin
        shift = ((idx$q) & 10'h3ff) << log2_beat_bits;
    end
    always @(*) begin
        base = acc$q;
        base_len = hlen$q;
        if (idx$q == 32'h0) begin
            base = 32'h0;
            base_len = 32'h0;
        end
    end
    always @(*) begin
        gathered = base | (widened << shift);
    end
    always @(*) begin
        hlen_now = base_len + ((s_tlen) & 7'h7f);
    end
    always @(*) begin
        user_now = user$q;
        if (idx$q == 32'h0) begin
            user_now = s_tuser;
        end
    end
    always @(*) begin
        free = ~hv$q | m_hdr_ready;
    end
    always @(*) begin
        s_tready = m_tail_tready;
        if (in_header) begin
            s_tready = free;
        end
    end
    always @(*) begin
        take = s_tvalid & s_tready;
    end
    always @(*) begin
        m_hdr_valid = hv$q;
    end
    always @(*) begin
        m_hdr[(64'h0)+:(512)] = acc$q;
        m_hdr[(64'h200)+:(7)] = hlen$q;
        m_hdr[(64'h207)+:(1)] = whole$q;
        m_hdr[(64'h208)+:(2)] = user$q[(32'h0)+:(2)];
        m_hdr[(64'h20a)+:(1)] = user$q[32'h2];
    end
    always @(*) begin
        m_tail_tvalid = s_tvalid & ~in_header;
    end
    always @(*) begin
        m_tail_tdata = s_tdata;
    end
    always @(*) begin
        m_tail_tlen = s_tlen;
    end
    always @(*) begin
        m_tail_tlast = s_tlast;
    end
    
endmodule // fpvs_core_w64$capture


module fpvs_core_w64$capture$acc(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$capture$acc


module fpvs_core_w64$capture$hlen(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$capture$hlen


module fpvs_core_w64$capture$hv(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$capture$hv


module fpvs_core_w64$capture$idx(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$capture$idx


module fpvs_core_w64$capture$user(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$capture$user


module fpvs_core_w64$capture$whole(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$capture$whole


module fpvs_core_w64$cmd(clock,s_cmd,s_cmd_valid,s_cmd_ready,m_cpl,m_cpl_valid,m_cpl_ready,fw_en,fw_ram,fw_bucket,fw_data,sw_en,sw_ram,sw_bucket,sw_data,mw_en,mw_addr,mw_data,rw_en,rw_addr,rw_data,nw_en,nw_addr,nw_data,tok_hold,tok_fire,tok_table,tok_index,tok_done,tok_data,c_valid,c_table,c_write,c_index,c_wdata,c_rdata);
    
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
    output reg  [12:0] fw_bucket;
    output reg  [251:0] fw_data;
    output reg  sw_en;
    output reg  [3:0] sw_ram;
    output reg  [5:0] sw_bucket;
    output reg  [101:0] sw_data;
    output reg  mw_en;
    output reg  [16:0] mw_addr;
    output reg  [15:0] mw_data;
    output reg  rw_en;
    output reg  [11:0] rw_addr;
    output reg  [147:0] rw_data;
    output reg  nw_en;
    output reg  [9:0] nw_addr;
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
    localparam  c_sizes = 288'h2000000008000001000000000400000010000001ffff000001000001000000000000;
    localparam  fl_log2_ways = 5'b10;
    localparam  fl_log2_buckets = 5'b1101;
    localparam  fl_ways = 20'h4;
    localparam  fl_buckets = 20'h2000;
    localparam  sv_log2_ways = 5'b1;
    localparam  sv_log2_buckets = 5'b110;
    localparam  sv_ways = 20'h2;
    localparam  sv_buckets = 20'h40;
    localparam  n_rs = 16'h1000;
    localparam  n_nh = 16'h400;
    localparam  n_svc = 16'h400;
    localparam  n_maglev = 18'b11111111111111111;
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
    fpvs_core_w64$cmd$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    fpvs_core_w64$cmd$desc desc(
        .d(desc$d),
        .q(desc$q),
        .clock(desc$clock)
    );
    fpvs_core_w64$cmd$status status(
        .d(status$d),
        .q(status$q),
        .clock(status$clock)
    );
    fpvs_core_w64$cmd$payload payload(
        .d(payload$d),
        .q(payload$q),
        .clock(payload$clock)
    );
    fpvs_core_w64$cmd$k k(
        .d(k$d),
        .q(k$q),
        .clock(k$clock)
    );
    fpvs_core_w64$cmd$wait_cnt wait_cnt(
        .d(wait_cnt$d),
        .q(wait_cnt$q),
        .clock(wait_cnt$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
    end
    always @(*) begin
        desc$clock = clock;
    end
    always @(*) begin
        status$clock = clock;
    end
    always @(*) begin
        payload$clock = clock;
    end
    always @(*) begin
        k$clock = clock;
    end
    always @(*) begin
        wait_cnt$clock = clock;
    end
    always @(*) begin
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
    end
    always @(*) begin
        opcode = desc$q[(32'h0)+:(8)];
    end
    always @(*) begin
        tbl = desc$q[(32'h8)+:(8)];
    end
    always @(*) begin
        count = desc$q[(32'h18)+:(8)];
    end
    always @(*) begin
        index = desc$q[(32'h40)+:(32)];
    end
    always @(*) begin
        pl = desc$q[(32'h80)+:(384)];
    end
    always @(*) begin
        is_write = opcode == 32'h1;
    end
    always @(*) begin
        is_read = opcode == 32'h3;
    end
    always @(*) begin
        size32 = ((c_sizes >> (((tbl) & 16'hffff) << 32'h5)) & 32'hffffffff);
    end
    always @(*) begin
        size = ((size32) & 33'h1ffffffff);
    end
    always @(*) begin
        end_idx = ((index) & 33'h1ffffffff) + ((count) & 33'h1ffffffff);
    end
    always @(*) begin
        act = pl[(32'h0)+:(148)];
        valid_bit = pl[32'h0];
        if (tbl == 32'h1) begin
            act = pl[(32'h68)+:(148)];
            valid_bit = pl[32'h68];
        end
    end
    always @(*) begin
        mode = act[(32'h1)+:(3)];
    end
    always @(*) begin
        bad_action = (mode == 32'h0) | (((act[(32'h4)+:(10)]) & 16'hffff) >= n_nh) | (((act[(32'he)+:(10)]) & 16'hffff) >= n_svc) | (((act[(32'h88)+:(12)]) & 16'hffff) >= n_rs);
    end
    always @(*) begin
        count_mask = (((1'b1) & 32'hffffffff) << count) - 32'h1;
    end
    always @(*) begin
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
        ent = payload$q[(32'h0)+:(16)];
    end
    always @(*) begin
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
    end
    always @(*) begin
        slot = ((index) & 20'hfffff);
    end
    always @(*) begin
        fw_ram = ((((slot >> (fl_log2_ways + fl_log2_buckets)) << fl_log2_ways) | (slot & (fl_ways - 32'h1))) & 4'hf);
    end
    always @(*) begin
        fw_bucket = (((slot >> fl_log2_ways) & (fl_buckets - 32'h1)) & 13'h1fff);
    end
    always @(*) begin
        sw_ram = ((((slot >> (sv_log2_ways + sv_log2_buckets)) << sv_log2_ways) | (slot & (sv_ways - 32'h1))) & 4'hf);
    end
    always @(*) begin
        sw_bucket = (((slot >> sv_log2_ways) & (sv_buckets - 32'h1)) & 6'h3f);
    end
    always @(*) begin
        rw_addr = ((index) & 12'hfff);
    end
    always @(*) begin
        nw_addr = ((index) & 10'h3ff);
    end
    always @(*) begin
        mw_addr = ((index + ((k$q) & 32'hffffffff)) & 17'h1ffff);
    end
    always @(*) begin
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
    end
    always @(*) begin
        mw_data = 32'h0;
        if (is_write & ent[32'hf]) begin
            mw_data = ent & 32'h8fff;
        end
    end
    always @(*) begin
        tok_table = ((tbl) & 4'hf);
    end
    always @(*) begin
        tok_index = ((index + ((k$q) & 32'hffffffff)) & 20'hfffff);
    end
    always @(*) begin
        c_table = ((tbl) & 4'hf);
    end
    always @(*) begin
        c_index = ((index) & 20'hfffff);
    end
    always @(*) begin
        c_wdata = 32'h0;
        if (is_write) begin
            c_wdata = pl[(32'h0)+:(128)];
            if (tbl == 32'h6) begin
                c_wdata = ((pl[(32'h0)+:(64)]) & 128'hffffffffffffffffffffffffffffffff);
            end
        end
    end
    always @(*) begin
        cpl = (desc$q & ~(((32'hff) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h10) & ~(((~((32'h0) & 32'hffffffff)) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h60)) | (((status$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h10);
        if (is_read & (status$q == s_ok)) begin
            cpl = (cpl & ~(~((32'h0) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80)) | (((payload$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80);
        end
    end
    always @(*) begin
        m_cpl = cpl;
    end
    
endmodule // fpvs_core_w64$cmd


module fpvs_core_w64$cmd$desc(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$cmd$desc


module fpvs_core_w64$cmd$k(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$cmd$k


module fpvs_core_w64$cmd$payload(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$cmd$payload


module fpvs_core_w64$cmd$state(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$cmd$state


module fpvs_core_w64$cmd$status(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$cmd$status


module fpvs_core_w64$cmd$wait_cnt(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$cmd$wait_cnt


module fpvs_core_w64$hq(clock,s_data,s_valid,s_ready,m_data,m_valid,m_ready,count);
    
    // Module arguments
    input wire  clock;
    input wire  [1339:0] s_data;
    input wire  s_valid;
    output reg  s_ready;
    output reg  [1339:0] m_data;
    output reg  m_valid;
    input wire  m_ready;
    output reg  [5:0] count;
    
    // Constant declarations
    localparam  depth = 6'b100000;
    
    // Stub signals
    reg  ram$clock;
    reg  [4:0] ram$waddr;
    reg  [1339:0] ram$wdata;
    reg  ram$we;
    reg  [4:0] ram$raddr;
    wire  [1339:0] ram$rdata;
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
    fpvs_core_w64$hq$ram ram(
        .clock(ram$clock),
        .waddr(ram$waddr),
        .wdata(ram$wdata),
        .we(ram$we),
        .raddr(ram$raddr),
        .rdata(ram$rdata)
    );
    fpvs_core_w64$hq$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    fpvs_core_w64$hq$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
    end
    always @(*) begin
        rp$clock = clock;
    end
    always @(*) begin
        wp$d = wp$q;
        if (push) begin
            wp$d = wp$q + 32'h1;
        end
    end
    always @(*) begin
        rp$d = rp$q;
        if (m_ready & (used != 32'h0)) begin
            rp$d = rp$q + 32'h1;
        end
    end
    always @(*) begin
        ram$clock = clock;
    end
    always @(*) begin
        used = wp$q - rp$q;
    end
    always @(*) begin
        s_ready = used != depth;
    end
    always @(*) begin
        ram$waddr = ((wp$q) & 5'h1f);
    end
    always @(*) begin
        ram$wdata = s_data;
    end
    always @(*) begin
        push = s_valid & (used != depth);
    end
    always @(*) begin
        ram$we = push;
    end
    always @(*) begin
        ram$raddr = ((rp$q) & 5'h1f);
    end
    always @(*) begin
        m_data = ram$rdata;
    end
    always @(*) begin
        m_valid = used != 32'h0;
    end
    always @(*) begin
        count = used;
    end
    
endmodule // fpvs_core_w64$hq


module fpvs_core_w64$hq$ram(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [4:0] waddr;
    input wire  [1339:0] wdata;
    input wire  we;
    input wire  [4:0] raddr;
    output reg  [1339:0] rdata;
    
    // Update code (custom)
    reg [1339:0] mem [0:31];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 31; i = i + 1) mem[i] = 1340'd0;
    end
    `endif
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(*) begin
        rdata = mem[raddr];
    end
endmodule // fpvs_core_w64$hq$ram


module fpvs_core_w64$hq$rp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$hq$rp


module fpvs_core_w64$hq$wp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$hq$wp


module fpvs_core_w64$inflight(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$inflight


module fpvs_core_w64$keep_inj(keep,count);
    
    // Module arguments
    input wire  [63:0] keep;
    output reg  [7:0] count;
    
    // Constant declarations
    localparam  m0 = 65'haaaaaaaaaaaaaaaa;
    localparam  m1 = 65'hcccccccccccccccc;
    localparam  m2 = 65'hf0f0f0f0f0f0f0f0;
    localparam  m3 = 65'hff00ff00ff00ff00;
    localparam  m4 = 65'hffff0000ffff0000;
    localparam  m5 = 65'hffffffff00000000;
    localparam  m6 = 65'h10000000000000000;
    
    // Local signals
    reg  [64:0] onehot;
    
    // Update code
    always @(*) begin
        onehot = ((keep) & 65'h1ffffffffffffffff) + 32'h1;
    end
    always @(*) begin
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
    
endmodule // fpvs_core_w64$keep_inj


module fpvs_core_w64$keep_net(keep,count);
    
    // Module arguments
    input wire  [63:0] keep;
    output reg  [7:0] count;
    
    // Constant declarations
    localparam  m0 = 65'haaaaaaaaaaaaaaaa;
    localparam  m1 = 65'hcccccccccccccccc;
    localparam  m2 = 65'hf0f0f0f0f0f0f0f0;
    localparam  m3 = 65'hff00ff00ff00ff00;
    localparam  m4 = 65'hffff0000ffff0000;
    localparam  m5 = 65'hffffffff00000000;
    localparam  m6 = 65'h10000000000000000;
    
    // Local signals
    reg  [64:0] onehot;
    
    // Update code
    always @(*) begin
        onehot = ((keep) & 65'h1ffffffffffffffff) + 32'h1;
    end
    always @(*) begin
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
    
endmodule // fpvs_core_w64$keep_net


module fpvs_core_w64$last_inj(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$last_inj


module fpvs_core_w64$merge(clock,s_hdr,s_hdr_valid,s_hdr_ready,s_tail_tdata,s_tail_tlen,s_tail_tlast,s_tail_tvalid,s_tail_tready,m_fwd_tdata,m_fwd_tlen,m_fwd_tlast,m_fwd_port,m_fwd_abort,m_fwd_tvalid,m_fwd_tready,m_exc_tdata,m_exc_tlen,m_exc_tlast,m_exc_verdict,m_exc_tagged,m_exc_abort,m_exc_tvalid,m_exc_tready,m_retire,m_retire_valid,m_retire_ready);
    
    // Module arguments
    input wire  clock;
    input wire  [1339:0] s_hdr;
    input wire  s_hdr_valid;
    output reg  s_hdr_ready;
    input wire  [511:0] s_tail_tdata;
    input wire  [7:0] s_tail_tlen;
    input wire  s_tail_tlast;
    input wire  s_tail_tvalid;
    output reg  s_tail_tready;
    output reg  [511:0] m_fwd_tdata;
    output reg  [7:0] m_fwd_tlen;
    output reg  m_fwd_tlast;
    output reg  [1:0] m_fwd_port;
    output reg  m_fwd_abort;
    output reg  m_fwd_tvalid;
    input wire  m_fwd_tready;
    output reg  [511:0] m_exc_tdata;
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
    localparam  width = 8'h40;
    localparam  width7 = 7'b1000000;
    localparam  shift = 8'h14;
    localparam  shift_bits = 16'ha0;
    localparam  k_fwd = 2'b11;
    localparam  k_exc = 2'b1;
    localparam  ones = 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff;
    localparam  width_bits = 10'b1000000000;
    localparam  width_bits16 = 16'h200;
    
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
    reg  [511:0] res$d;
    wire  [511:0] res$q;
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
    reg  [511:0] beat;
    reg  [7:0] beat_len;
    reg  beat_last;
    reg  beat_valid;
    reg  take_tail;
    reg  done;
    reg  [1023:0] combined;
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
    fpvs_core_w64$merge$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    fpvs_core_w64$merge$flushing flushing(
        .d(flushing$d),
        .q(flushing$q),
        .clock(flushing$clock)
    );
    fpvs_core_w64$merge$hp hp(
        .d(hp$d),
        .q(hp$q),
        .clock(hp$clock)
    );
    fpvs_core_w64$merge$rem rem(
        .d(rem$d),
        .q(rem$q),
        .clock(rem$clock)
    );
    fpvs_core_w64$merge$res res(
        .d(res$d),
        .q(res$q),
        .clock(res$clock)
    );
    fpvs_core_w64$merge$res_n res_n(
        .d(res_n$d),
        .q(res_n$q),
        .clock(res_n$clock)
    );
    fpvs_core_w64$merge$flen flen(
        .d(flen$d),
        .q(flen$q),
        .clock(flen$clock)
    );
    
    // Update code
    always @(*) begin
        busy$clock = clock;
    end
    always @(*) begin
        flushing$clock = clock;
    end
    always @(*) begin
        hp$clock = clock;
    end
    always @(*) begin
        rem$clock = clock;
    end
    always @(*) begin
        res$clock = clock;
    end
    always @(*) begin
        res_n$clock = clock;
    end
    always @(*) begin
        flen$clock = clock;
    end
    always @(*) begin
        busy$d = busy$q;
        flushing$d = flushing$q;
        hp$d = hp$q;
        rem$d = rem$q;
        res$d = res$q;
        res_n$d = res_n$q;
        flen$d = flen$q;
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
                    res$d = ((hp_next) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                    res_n$d = ((rem_next) & 8'hff);
                    rem$d = 32'h0;
                end
            end
            else begin
                flen$d = flen_end;
                res$d = ((combined >> width_bits16) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
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
    always @(*) begin
        v = s_hdr[(64'h2a7)+:(359)];
    end
    always @(*) begin
        m = s_hdr[(64'h40e)+:(302)];
    end
    always @(*) begin
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
    end
    always @(*) begin
        have = busy$q | s_hdr_valid;
    end
    always @(*) begin
        is_fwd = v[(64'h0)+:(2)] == k_fwd;
    end
    always @(*) begin
        is_exc = v[(64'h0)+:(2)] == k_exc;
    end
    always @(*) begin
        out_ready = 1'b1;
        if (is_fwd) begin
            out_ready = m_fwd_tready;
        end
        if (is_exc) begin
            out_ready = m_exc_tready;
        end
    end
    always @(*) begin
        in_header = (cur_rem != 32'h0) | m[(64'h7)+:(1)];
    end
    always @(*) begin
        beat = 32'h0;
        beat_len = 32'h0;
        beat_last = 1'b0;
        beat_valid = 1'b0;
        take_tail = 1'b0;
        combined = 32'h0;
        total = 32'h0;
        flush_next = 1'b0;
        flen_end = cur_flen;
        rem_next = 32'h0;
        if (flushing$q) begin
            beat = res$q;
            beat_len = res_n$q;
            beat_last = 1'b1;
            beat_valid = 1'b1;
        end
        else if (in_header) begin
            beat = ((cur_hp) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
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
                combined = ((s_tail_tdata) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                total = s_tail_tlen;
            end
            else begin
                combined = ((res$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((s_tail_tdata) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << shift_bits);
                total = s_tail_tlen + shift;
            end
            beat = ((combined) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
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
    end
    always @(*) begin
        hp_next = cur_hp >> width_bits;
    end
    always @(*) begin
        go = beat_valid & out_ready;
    end
    always @(*) begin
        done = go & beat_last;
    end
    always @(*) begin
        abort = (m[(64'h12)+:(17)] != 32'h0) & (flen_end < m[(64'h12)+:(17)]);
    end
    always @(*) begin
        s_hdr_ready = done;
    end
    always @(*) begin
        s_tail_tready = go & take_tail;
    end
    always @(*) begin
        m_fwd_tdata = beat;
    end
    always @(*) begin
        m_fwd_tlen = beat_len;
    end
    always @(*) begin
        m_fwd_tlast = beat_last;
    end
    always @(*) begin
        m_fwd_port = v[(64'h6)+:(2)];
    end
    always @(*) begin
        m_fwd_abort = beat_last & abort;
    end
    always @(*) begin
        m_fwd_tvalid = beat_valid & is_fwd;
    end
    always @(*) begin
        m_exc_tdata = beat;
    end
    always @(*) begin
        m_exc_tlen = beat_len;
    end
    always @(*) begin
        m_exc_tlast = beat_last;
    end
    always @(*) begin
        m_exc_verdict = v;
    end
    always @(*) begin
        m_exc_tagged = m[(64'hb)+:(1)];
    end
    always @(*) begin
        m_exc_abort = beat_last & abort;
    end
    always @(*) begin
        m_exc_tvalid = beat_valid & is_exc;
    end
    always @(*) begin
        m_retire[(64'h0)+:(359)] = v;
        m_retire[(64'h167)+:(302)] = m;
        m_retire[(64'h295)+:(1)] = abort;
    end
    always @(*) begin
        m_retire_valid = done;
    end
    
endmodule // fpvs_core_w64$merge


module fpvs_core_w64$merge$busy(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$merge$busy


module fpvs_core_w64$merge$flen(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$merge$flen


module fpvs_core_w64$merge$flushing(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$merge$flushing


module fpvs_core_w64$merge$hp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$merge$hp


module fpvs_core_w64$merge$rem(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$merge$rem


module fpvs_core_w64$merge$res(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$merge$res


module fpvs_core_w64$merge$res_n(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$merge$res_n


module fpvs_core_w64$mid(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$mid


module fpvs_core_w64$owner_inj(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$owner_inj


module fpvs_core_w64$path(clock,i_hdr,i_valid,i_tok,i_tok_table,i_tok_index,o_meta,o_verdict,o_hdr,o_len,o_valid,o_tok,o_tok_data,tun_mtu,tun_ttl,ts_now,rl_period,rl_rate,rl_burst,rl_tokens,rl_limited,fw_en,fw_ram,fw_bucket,fw_data,sw_en,sw_ram,sw_bucket,sw_data,mw_en,mw_addr,mw_data,rw_en,rw_addr,rw_data,nw_en,nw_addr,nw_data);
    
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
    input wire  [12:0] fw_bucket;
    input wire  [251:0] fw_data;
    input wire  sw_en;
    input wire  [3:0] sw_ram;
    input wire  [5:0] sw_bucket;
    input wire  [101:0] sw_data;
    input wire  mw_en;
    input wire  [16:0] mw_addr;
    input wire  [15:0] mw_data;
    input wire  rw_en;
    input wire  [11:0] rw_addr;
    input wire  [147:0] rw_data;
    input wire  nw_en;
    input wire  [9:0] nw_addr;
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
    reg  [12:0] lookup$fw_bucket;
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
    reg  [16:0] maglev$mw_addr;
    reg  [15:0] maglev$mw_data;
    reg  maglev$rw_en;
    reg  [11:0] maglev$rw_addr;
    reg  [147:0] maglev$rw_data;
    reg  maglev$nw_en;
    reg  [9:0] maglev$nw_addr;
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
    fpvs_core_w64$path$parse parse(
        .clock(parse$clock),
        .i_hdr(parse$i_hdr),
        .i_valid(parse$i_valid),
        .o_meta(parse$o_meta),
        .o_valid(parse$o_valid)
    );
    fpvs_core_w64$path$lookup lookup(
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
    fpvs_core_w64$path$maglev maglev(
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
    fpvs_core_w64$path$decide decide(
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
    fpvs_core_w64$path$rewrite rewrite(
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
    fpvs_core_w64$path$hdr_d hdr_d(
        .clock(hdr_d$clock),
        .d(hdr_d$d),
        .q(hdr_d$q)
    );
    fpvs_core_w64$path$tok1 tok1(
        .d(tok1$d),
        .q(tok1$q),
        .clock(tok1$clock)
    );
    fpvs_core_w64$path$tok_table1 tok_table1(
        .d(tok_table1$d),
        .q(tok_table1$q),
        .clock(tok_table1$clock)
    );
    fpvs_core_w64$path$tok_index1 tok_index1(
        .d(tok_index1$d),
        .q(tok_index1$q),
        .clock(tok_index1$clock)
    );
    
    // Update code
    always @(*) begin
        tok1$clock = clock;
    end
    always @(*) begin
        tok_table1$clock = clock;
    end
    always @(*) begin
        tok_index1$clock = clock;
    end
    always @(*) begin
        tok1$d = tok1$q;
        tok1$d = i_tok;
    end
    always @(*) begin
        tok_table1$d = tok_table1$q;
        tok_table1$d = i_tok_table;
    end
    always @(*) begin
        tok_index1$d = tok_index1$q;
        tok_index1$d = i_tok_index;
    end
    always @(*) begin
        parse$clock = clock;
    end
    always @(*) begin
        lookup$clock = clock;
    end
    always @(*) begin
        maglev$clock = clock;
    end
    always @(*) begin
        decide$clock = clock;
    end
    always @(*) begin
        rewrite$clock = clock;
    end
    always @(*) begin
        hdr_d$clock = clock;
    end
    always @(*) begin
        parse$i_hdr = i_hdr;
    end
    always @(*) begin
        parse$i_valid = i_valid;
    end
    always @(*) begin
        hdr_d$d = i_hdr[(64'h0)+:(512)];
    end
    always @(*) begin
        m0 = parse$o_meta;
        if (tok1$q) begin
            m0[(64'h115)+:(1)] = 1'b1;
            m0[(64'h116)+:(4)] = tok_table1$q;
            m0[(64'h11a)+:(20)] = tok_index1$q;
        end
    end
    always @(*) begin
        lookup$i_meta = m0;
    end
    always @(*) begin
        lookup$i_valid = parse$o_valid;
    end
    always @(*) begin
        lookup$fw_en = fw_en;
    end
    always @(*) begin
        lookup$fw_ram = fw_ram;
    end
    always @(*) begin
        lookup$fw_bucket = fw_bucket;
    end
    always @(*) begin
        lookup$fw_data = fw_data;
    end
    always @(*) begin
        lookup$sw_en = sw_en;
    end
    always @(*) begin
        lookup$sw_ram = sw_ram;
    end
    always @(*) begin
        lookup$sw_bucket = sw_bucket;
    end
    always @(*) begin
        lookup$sw_data = sw_data;
    end
    always @(*) begin
        carry[(64'h0)+:(32)] = lookup$o_hash;
        carry[(64'h20)+:(1)] = lookup$o_flow_hit;
        carry[(64'h21)+:(20)] = lookup$o_flow_slot;
        carry[(64'h35)+:(1)] = lookup$o_flow_full;
        carry[(64'h36)+:(1)] = lookup$o_svc_hit;
        carry[(64'h37)+:(102)] = svc;
    end
    always @(*) begin
        svc = lookup$o_svc;
    end
    always @(*) begin
        maglev$i_meta = lookup$o_meta;
    end
    always @(*) begin
        maglev$i_valid = lookup$o_valid;
    end
    always @(*) begin
        maglev$i_carry = carry;
    end
    always @(*) begin
        maglev$i_flow_action = lookup$o_flow_action;
    end
    always @(*) begin
        maglev$i_tok_data = lookup$o_tok_data;
    end
    always @(*) begin
        maglev$mw_en = mw_en;
    end
    always @(*) begin
        maglev$mw_addr = mw_addr;
    end
    always @(*) begin
        maglev$mw_data = mw_data;
    end
    always @(*) begin
        maglev$rw_en = rw_en;
    end
    always @(*) begin
        maglev$rw_addr = rw_addr;
    end
    always @(*) begin
        maglev$rw_data = rw_data;
    end
    always @(*) begin
        maglev$nw_en = nw_en;
    end
    always @(*) begin
        maglev$nw_addr = nw_addr;
    end
    always @(*) begin
        maglev$nw_data = nw_data;
    end
    always @(*) begin
        decide$i_meta = maglev$o_meta;
    end
    always @(*) begin
        decide$i_valid = maglev$o_valid;
    end
    always @(*) begin
        decide$i_carry = maglev$o_carry;
    end
    always @(*) begin
        decide$i_rs_ok = maglev$o_rs_ok;
    end
    always @(*) begin
        decide$i_action = maglev$o_action;
    end
    always @(*) begin
        decide$i_nexthop = maglev$o_nexthop;
    end
    always @(*) begin
        decide$i_tok_data = maglev$o_tok_data;
    end
    always @(*) begin
        decide$tun_mtu = tun_mtu;
    end
    always @(*) begin
        decide$ts_now = ts_now;
    end
    always @(*) begin
        decide$rl_period = rl_period;
    end
    always @(*) begin
        decide$rl_rate = rl_rate;
    end
    always @(*) begin
        decide$rl_burst = rl_burst;
    end
    always @(*) begin
        rl_tokens = decide$rl_tokens;
    end
    always @(*) begin
        rl_limited = decide$rl_limited;
    end
    always @(*) begin
        o_tok = decide$o_tok;
    end
    always @(*) begin
        o_tok_data = decide$o_tok_data;
    end
    always @(*) begin
        rewrite$i_meta = decide$o_meta;
    end
    always @(*) begin
        rewrite$i_verdict = decide$o_verdict;
    end
    always @(*) begin
        rewrite$i_hdr = hdr_d$q;
    end
    always @(*) begin
        rewrite$i_valid = decide$o_valid;
    end
    always @(*) begin
        rewrite$tun_ttl = tun_ttl;
    end
    always @(*) begin
        o_meta = rewrite$o_meta;
    end
    always @(*) begin
        o_verdict = rewrite$o_verdict;
    end
    always @(*) begin
        o_hdr = rewrite$o_hdr;
    end
    always @(*) begin
        o_len = rewrite$o_len;
    end
    always @(*) begin
        o_valid = rewrite$o_valid;
    end
    
endmodule // fpvs_core_w64$path


module fpvs_core_w64$path$decide(clock,i_meta,i_valid,i_carry,i_rs_ok,i_action,i_nexthop,i_tok_data,tun_mtu,ts_now,rl_period,rl_rate,rl_burst,rl_tokens,rl_limited,o_meta,o_valid,o_verdict,o_tok,o_tok_data);
    
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
    fpvs_core_w64$path$decide$meta meta(
        .d(meta$d),
        .q(meta$q),
        .clock(meta$clock)
    );
    fpvs_core_w64$path$decide$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    fpvs_core_w64$path$decide$verdict verdict(
        .d(verdict$d),
        .q(verdict$q),
        .clock(verdict$clock)
    );
    fpvs_core_w64$path$decide$tok tok(
        .d(tok$d),
        .q(tok$q),
        .clock(tok$clock)
    );
    fpvs_core_w64$path$decide$tok_data tok_data(
        .d(tok_data$d),
        .q(tok_data$q),
        .clock(tok_data$clock)
    );
    fpvs_core_w64$path$decide$tokens$0 tokens$0(
        .d(tokens$0$d),
        .q(tokens$0$q),
        .clock(tokens$0$clock)
    );
    fpvs_core_w64$path$decide$tokens$1 tokens$1(
        .d(tokens$1$d),
        .q(tokens$1$q),
        .clock(tokens$1$clock)
    );
    fpvs_core_w64$path$decide$tokens$2 tokens$2(
        .d(tokens$2$d),
        .q(tokens$2$q),
        .clock(tokens$2$clock)
    );
    fpvs_core_w64$path$decide$limited$0 limited$0(
        .d(limited$0$d),
        .q(limited$0$q),
        .clock(limited$0$clock)
    );
    fpvs_core_w64$path$decide$limited$1 limited$1(
        .d(limited$1$d),
        .q(limited$1$q),
        .clock(limited$1$clock)
    );
    fpvs_core_w64$path$decide$limited$2 limited$2(
        .d(limited$2$d),
        .q(limited$2$q),
        .clock(limited$2$clock)
    );
    fpvs_core_w64$path$decide$tick_count tick_count(
        .d(tick_count$d),
        .q(tick_count$q),
        .clock(tick_count$clock)
    );
    
    // Update code
    always @(*) begin
        meta$clock = clock;
    end
    always @(*) begin
        valid$clock = clock;
    end
    always @(*) begin
        verdict$clock = clock;
    end
    always @(*) begin
        tok$clock = clock;
    end
    always @(*) begin
        tok_data$clock = clock;
    end
    always @(*) begin
        tick_count$clock = clock;
    end
    always @(*) begin
        meta$d = meta$q;
        meta$d = m;
    end
    always @(*) begin
        valid$d = valid$q;
        valid$d = i_valid;
    end
    always @(*) begin
        verdict$d = verdict$q;
        verdict$d = v;
    end
    always @(*) begin
        tok$d = tok$q;
        tok$d = m[(64'h115)+:(1)];
    end
    always @(*) begin
        tok_data$d = tok_data$q;
        tok_data$d = i_tok_data;
    end
    always @(*) begin
        tick_count$d = tick_count$q;
        refill = 1'b0;
        tick_count$d = tick_count$q + 32'h1;
        if (tick_count$q + 32'h1 >= rl_period) begin
            tick_count$d = 32'h0;
            refill = rl_period != 32'h0;
        end
    end
    always @(*) begin
        tokens$0$clock = clock;
    end
    always @(*) begin
        tokens$0$d = tokens$0$q;
        limited$0$d = limited$0$q;
        tokens$1$d = tokens$1$q;
        limited$1$d = limited$1$q;
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
    end
    always @(*) begin
        limited$0$clock = clock;
    end
    always @(*) begin
        tokens$1$clock = clock;
    end
    always @(*) begin
        limited$1$clock = clock;
    end
    always @(*) begin
        tokens$2$clock = clock;
    end
    always @(*) begin
        tokens$2$d = tokens$2$q;
        tokens$2$d = tk;
    end
    always @(*) begin
        limited$2$clock = clock;
    end
    always @(*) begin
        limited$2$d = limited$2$q;
        limited$2$d = lim;
    end
    always @(*) begin
        m = i_meta;
    end
    always @(*) begin
        c = i_carry;
    end
    always @(*) begin
        a = i_action;
    end
    always @(*) begin
        nh = i_nexthop;
    end
    always @(*) begin
        svc = c[(64'h37)+:(102)];
    end
    always @(*) begin
        mode = a[(32'h1)+:(3)];
    end
    always @(*) begin
        routes = (mode >= 32'h3) & (mode <= 32'h6);
    end
    always @(*) begin
        tokens_all = 32'h0;
        tk_q = tokens$0$q;
        tokens_all = (tokens_all >> 32'h10) | (((tk_q) & 48'hffffffffffff) << 32'h20);
        tk_q = tokens$1$q;
        tokens_all = (tokens_all >> 32'h10) | (((tk_q) & 48'hffffffffffff) << 32'h20);
        tk_q = tokens$2$q;
        tokens_all = (tokens_all >> 32'h10) | (((tk_q) & 48'hffffffffffff) << 32'h20);
    end
    always @(*) begin
        limited_all = 32'h0;
        lim_q = limited$0$q;
        limited_all = (limited_all >> 32'h20) | (((lim_q) & 96'hffffffffffffffffffffffff) << 32'h40);
        lim_q = limited$1$q;
        limited_all = (limited_all >> 32'h20) | (((lim_q) & 96'hffffffffffffffffffffffff) << 32'h40);
        lim_q = limited$2$q;
        limited_all = (limited_all >> 32'h20) | (((lim_q) & 96'hffffffffffffffffffffffff) << 32'h40);
    end
    always @(*) begin
        o_meta = meta$q;
    end
    always @(*) begin
        o_valid = valid$q;
    end
    always @(*) begin
        o_verdict = verdict$q;
    end
    always @(*) begin
        o_tok = tok$q;
    end
    always @(*) begin
        o_tok_data = tok_data$q;
    end
    always @(*) begin
        rl_tokens = tokens_all;
    end
    always @(*) begin
        rl_limited = limited_all;
    end
    
endmodule // fpvs_core_w64$path$decide


module fpvs_core_w64$path$decide$limited$0(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$decide$limited$0


module fpvs_core_w64$path$decide$limited$1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$decide$limited$1


module fpvs_core_w64$path$decide$limited$2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$decide$limited$2


module fpvs_core_w64$path$decide$meta(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$decide$meta


module fpvs_core_w64$path$decide$tick_count(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$decide$tick_count


module fpvs_core_w64$path$decide$tok(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$decide$tok


module fpvs_core_w64$path$decide$tok_data(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$decide$tok_data


module fpvs_core_w64$path$decide$tokens$0(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$decide$tokens$0


module fpvs_core_w64$path$decide$tokens$1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$decide$tokens$1


module fpvs_core_w64$path$decide$tokens$2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$decide$tokens$2


module fpvs_core_w64$path$decide$valid(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$decide$valid


module fpvs_core_w64$path$decide$verdict(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$decide$verdict


module fpvs_core_w64$path$hdr_d(clock,d,q);
    
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
    fpvs_core_w64$path$hdr_d$ring ring(
        .clock(ring$clock),
        .waddr(ring$waddr),
        .wdata(ring$wdata),
        .we(ring$we),
        .raddr(ring$raddr),
        .rdata(ring$rdata)
    );
    fpvs_core_w64$path$hdr_d$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        ring$we = 1'b1;
    end
    always @(*) begin
        wp$d = wp$q;
        wp$d = wp$q + 32'h1;
    end
    always @(*) begin
        ring$clock = clock;
    end
    always @(*) begin
        ring$waddr = wp$q;
    end
    always @(*) begin
        ring$wdata = d;
    end
    always @(*) begin
        ring$raddr = wp$q - behind;
    end
    always @(*) begin
        q = ring$rdata;
    end
    
endmodule // fpvs_core_w64$path$hdr_d


module fpvs_core_w64$path$hdr_d$ring(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$path$hdr_d$ring


module fpvs_core_w64$path$hdr_d$wp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$hdr_d$wp


module fpvs_core_w64$path$lookup(clock,i_meta,i_valid,o_meta,o_valid,o_hash,o_flow_hit,o_flow_slot,o_flow_action,o_flow_full,o_svc_hit,o_svc,o_tok_data,fw_en,fw_ram,fw_bucket,fw_data,sw_en,sw_ram,sw_bucket,sw_data);
    
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
    input wire  [12:0] fw_bucket;
    input wire  [251:0] fw_data;
    input wire  sw_en;
    input wire  [3:0] sw_ram;
    input wire  [5:0] sw_bucket;
    input wire  [101:0] sw_data;
    
    // Constant declarations
    localparam  fl_log2_ways = 5'b10;
    localparam  fl_log2_buckets = 5'b1101;
    localparam  fl_ways = 20'h4;
    localparam  fl_buckets = 20'h2000;
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
    reg  [12:0] flows$l_bucket0;
    reg  [12:0] flows$l_bucket1;
    reg  [103:0] flows$l_key;
    reg  flows$t_read;
    reg  [3:0] flows$t_sel;
    wire  flows$hit;
    wire  [19:0] flows$hit_slot;
    wire  flows$full;
    wire  [251:0] flows$entry;
    reg  flows$w_en;
    reg  [3:0] flows$w_ram;
    reg  [12:0] flows$w_bucket;
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
    fpvs_core_w64$path$lookup$flow_hash flow_hash(
        .clock(flow_hash$clock),
        .key(flow_hash$key),
        .hash(flow_hash$hash)
    );
    fpvs_core_w64$path$lookup$svc_hash svc_hash(
        .clock(svc_hash$clock),
        .key(svc_hash$key),
        .hash(svc_hash$hash)
    );
    fpvs_core_w64$path$lookup$flows flows(
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
    fpvs_core_w64$path$lookup$services services(
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
    fpvs_core_w64$path$lookup$meta_d meta_d(
        .clock(meta_d$clock),
        .d(meta_d$d),
        .q(meta_d$q)
    );
    fpvs_core_w64$path$lookup$valid_d valid_d(
        .clock(valid_d$clock),
        .d(valid_d$d),
        .q(valid_d$q)
    );
    fpvs_core_w64$path$lookup$hash_d hash_d(
        .clock(hash_d$clock),
        .d(hash_d$d),
        .q(hash_d$q)
    );
    fpvs_core_w64$path$lookup$fkey1 fkey1(
        .d(fkey1$d),
        .q(fkey1$q),
        .clock(fkey1$clock)
    );
    fpvs_core_w64$path$lookup$skey1 skey1(
        .d(skey1$d),
        .q(skey1$q),
        .clock(skey1$clock)
    );
    fpvs_core_w64$path$lookup$meta1_d meta1_d(
        .clock(meta1_d$clock),
        .d(meta1_d$d),
        .q(meta1_d$q)
    );
    
    // Update code
    always @(*) begin
        fkey1$clock = clock;
    end
    always @(*) begin
        skey1$clock = clock;
    end
    always @(*) begin
        fkey1$d = fkey1$q;
        fkey1$d = fkey;
    end
    always @(*) begin
        skey1$d = skey1$q;
        skey1$d = skey;
    end
    always @(*) begin
        flow_hash$clock = clock;
    end
    always @(*) begin
        svc_hash$clock = clock;
    end
    always @(*) begin
        flows$clock = clock;
    end
    always @(*) begin
        services$clock = clock;
    end
    always @(*) begin
        meta_d$clock = clock;
    end
    always @(*) begin
        valid_d$clock = clock;
    end
    always @(*) begin
        hash_d$clock = clock;
    end
    always @(*) begin
        meta1_d$clock = clock;
    end
    always @(*) begin
        m = i_meta;
    end
    always @(*) begin
        fkey = ((m[(64'h2b)+:(32)]) & 104'hffffffffffffffffffffffffff) | (((m[(64'h4b)+:(32)]) & 104'hffffffffffffffffffffffffff) << 32'h20) | (((m[(64'h6b)+:(16)]) & 104'hffffffffffffffffffffffffff) << 32'h40) | (((m[(64'h7b)+:(16)]) & 104'hffffffffffffffffffffffffff) << 32'h50) | (((m[(64'h23)+:(8)]) & 104'hffffffffffffffffffffffffff) << 32'h60);
    end
    always @(*) begin
        skey_hash = (((m[(64'h4b)+:(32)]) & 104'hffffffffffffffffffffffffff) << 32'h20) | (((m[(64'h7b)+:(16)]) & 104'hffffffffffffffffffffffffff) << 32'h50) | (((m[(64'h23)+:(8)]) & 104'hffffffffffffffffffffffffff) << 32'h60);
    end
    always @(*) begin
        skey = ((m[(64'h4b)+:(32)]) & 56'hffffffffffffff) | (((m[(64'h7b)+:(16)]) & 56'hffffffffffffff) << 32'h20) | (((m[(64'h23)+:(8)]) & 56'hffffffffffffff) << 32'h30);
    end
    always @(*) begin
        flow_hash$key = fkey;
    end
    always @(*) begin
        svc_hash$key = skey_hash;
    end
    always @(*) begin
        meta_d$d = m;
    end
    always @(*) begin
        meta1_d$d = m;
    end
    always @(*) begin
        valid_d$d = i_valid;
    end
    always @(*) begin
        m1 = meta1_d$q;
    end
    always @(*) begin
        tok_flow = m1[(64'h115)+:(1)] & (m1[(64'h116)+:(4)] == t_flow);
    end
    always @(*) begin
        tok_svc = m1[(64'h115)+:(1)] & (m1[(64'h116)+:(4)] == t_service);
    end
    always @(*) begin
        flows$l_bucket0 = flow_hash$hash[(32'h0)+:(13)];
        flows$l_bucket1 = flow_hash$hash[(32'h10)+:(13)];
        if (tok_flow) begin
            flows$l_bucket0 = ((fbucket) & 13'h1fff);
            flows$l_bucket1 = ((fbucket) & 13'h1fff);
        end
    end
    always @(*) begin
        flows$l_key = fkey1$q;
    end
    always @(*) begin
        services$l_bucket0 = svc_hash$hash[(32'h0)+:(6)];
        services$l_bucket1 = svc_hash$hash[(32'h10)+:(6)];
        if (tok_svc) begin
            services$l_bucket0 = ((sbucket) & 6'h3f);
            services$l_bucket1 = ((sbucket) & 6'h3f);
        end
    end
    always @(*) begin
        services$l_key = skey1$q;
    end
    always @(*) begin
        fway = m1[(64'h11a)+:(20)] & (fl_ways - 32'h1);
    end
    always @(*) begin
        fbucket = (m1[(64'h11a)+:(20)] >> fl_log2_ways) & (fl_buckets - 32'h1);
    end
    always @(*) begin
        fbank = m1[(64'h11a)+:(20)] >> (fl_log2_ways + fl_log2_buckets);
    end
    always @(*) begin
        flows$t_sel = (((fbank << fl_log2_ways) | fway) & 4'hf);
    end
    always @(*) begin
        sway = m1[(64'h11a)+:(20)] & (sv_ways - 32'h1);
    end
    always @(*) begin
        sbucket = (m1[(64'h11a)+:(20)] >> sv_log2_ways) & (sv_buckets - 32'h1);
    end
    always @(*) begin
        sbank = m1[(64'h11a)+:(20)] >> (sv_log2_ways + sv_log2_buckets);
    end
    always @(*) begin
        services$t_sel = (((sbank << sv_log2_ways) | sway) & 4'hf);
    end
    always @(*) begin
        flows$t_read = tok_flow;
    end
    always @(*) begin
        services$t_read = tok_svc;
    end
    always @(*) begin
        hash_d$d = flow_hash$hash;
    end
    always @(*) begin
        flows$w_en = fw_en;
    end
    always @(*) begin
        flows$w_ram = fw_ram;
    end
    always @(*) begin
        flows$w_bucket = fw_bucket;
    end
    always @(*) begin
        flows$w_data = fw_data;
    end
    always @(*) begin
        services$w_en = sw_en;
    end
    always @(*) begin
        services$w_ram = sw_ram;
    end
    always @(*) begin
        services$w_bucket = sw_bucket;
    end
    always @(*) begin
        services$w_data = sw_data;
    end
    always @(*) begin
        m3 = meta_d$q;
    end
    always @(*) begin
        o_meta = m3;
    end
    always @(*) begin
        o_valid = valid_d$q;
    end
    always @(*) begin
        o_hash = hash_d$q;
    end
    always @(*) begin
        o_flow_hit = flows$hit;
    end
    always @(*) begin
        o_flow_slot = flows$hit_slot;
    end
    always @(*) begin
        fentry = flows$entry;
    end
    always @(*) begin
        o_flow_action = fentry[(32'h68)+:(148)];
    end
    always @(*) begin
        o_flow_full = flows$full;
    end
    always @(*) begin
        o_svc_hit = services$hit;
    end
    always @(*) begin
        o_svc = services$entry;
    end
    always @(*) begin
        o_tok_data = ((flows$entry) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        if (m3[(64'h116)+:(4)] == t_service) begin
            o_tok_data = ((services$entry) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        end
    end
    
endmodule // fpvs_core_w64$path$lookup


module fpvs_core_w64$path$lookup$fkey1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$fkey1


module fpvs_core_w64$path$lookup$flow_hash(clock,key,hash);
    
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
    fpvs_core_w64$path$lookup$flow_hash$out out(
        .d(out$d),
        .q(out$q),
        .clock(out$clock)
    );
    
    // Update code
    always @(*) begin
        out$clock = clock;
    end
    always @(*) begin
        out$d = out$q;
        out$d = h;
    end
    always @(*) begin
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
    end
    always @(*) begin
        hash = out$q;
    end
    
endmodule // fpvs_core_w64$path$lookup$flow_hash


module fpvs_core_w64$path$lookup$flow_hash$out(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flow_hash$out


module fpvs_core_w64$path$lookup$flows(clock,l_bucket0,l_bucket1,l_key,t_read,t_sel,hit,hit_slot,full,entry,w_en,w_ram,w_bucket,w_data);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] l_bucket0;
    input wire  [12:0] l_bucket1;
    input wire  [103:0] l_key;
    input wire  t_read;
    input wire  [3:0] t_sel;
    output reg  hit;
    output reg  [19:0] hit_slot;
    output reg  full;
    output reg  [251:0] entry;
    input wire  w_en;
    input wire  [3:0] w_ram;
    input wire  [12:0] w_bucket;
    input wire  [251:0] w_data;
    
    // Constant declarations
    localparam  idx = 64'hfedcba9876543210;
    localparam  ways = 4'h4;
    localparam  log2_ways = 4'h2;
    localparam  log2_buckets = 5'b1101;
    localparam  payload_at = 8'h69;
    localparam  valid_bit = 105'h100000000000000000000000000;
    localparam  bank1_rams = 16'hf0;
    
    // Stub signals
    reg  keys$0$clock;
    reg  [12:0] keys$0$waddr;
    reg  [104:0] keys$0$wdata;
    reg  keys$0$we;
    reg  [12:0] keys$0$raddr;
    wire  [104:0] keys$0$rdata;
    reg  keys$1$clock;
    reg  [12:0] keys$1$waddr;
    reg  [104:0] keys$1$wdata;
    reg  keys$1$we;
    reg  [12:0] keys$1$raddr;
    wire  [104:0] keys$1$rdata;
    reg  keys$2$clock;
    reg  [12:0] keys$2$waddr;
    reg  [104:0] keys$2$wdata;
    reg  keys$2$we;
    reg  [12:0] keys$2$raddr;
    wire  [104:0] keys$2$rdata;
    reg  keys$3$clock;
    reg  [12:0] keys$3$waddr;
    reg  [104:0] keys$3$wdata;
    reg  keys$3$we;
    reg  [12:0] keys$3$raddr;
    wire  [104:0] keys$3$rdata;
    reg  keys$4$clock;
    reg  [12:0] keys$4$waddr;
    reg  [104:0] keys$4$wdata;
    reg  keys$4$we;
    reg  [12:0] keys$4$raddr;
    wire  [104:0] keys$4$rdata;
    reg  keys$5$clock;
    reg  [12:0] keys$5$waddr;
    reg  [104:0] keys$5$wdata;
    reg  keys$5$we;
    reg  [12:0] keys$5$raddr;
    wire  [104:0] keys$5$rdata;
    reg  keys$6$clock;
    reg  [12:0] keys$6$waddr;
    reg  [104:0] keys$6$wdata;
    reg  keys$6$we;
    reg  [12:0] keys$6$raddr;
    wire  [104:0] keys$6$rdata;
    reg  keys$7$clock;
    reg  [12:0] keys$7$waddr;
    reg  [104:0] keys$7$wdata;
    reg  keys$7$we;
    reg  [12:0] keys$7$raddr;
    wire  [104:0] keys$7$rdata;
    reg  payloads$clock;
    reg  [19:0] payloads$waddr;
    reg  [146:0] payloads$wdata;
    reg  payloads$we;
    reg  [19:0] payloads$raddr;
    wire  [146:0] payloads$rdata;
    reg  [103:0] key1$d;
    wire  [103:0] key1$q;
    reg  key1$clock;
    reg  [12:0] b0_1$d;
    wire  [12:0] b0_1$q;
    reg  b0_1$clock;
    reg  [12:0] b1_1$d;
    wire  [12:0] b1_1$q;
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
    reg  [12:0] b0_2$d;
    wire  [12:0] b0_2$q;
    reg  b0_2$clock;
    reg  [12:0] b1_2$d;
    wire  [12:0] b1_2$q;
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
    fpvs_core_w64$path$lookup$flows$keys$0 keys$0(
        .clock(keys$0$clock),
        .waddr(keys$0$waddr),
        .wdata(keys$0$wdata),
        .we(keys$0$we),
        .raddr(keys$0$raddr),
        .rdata(keys$0$rdata)
    );
    fpvs_core_w64$path$lookup$flows$keys$1 keys$1(
        .clock(keys$1$clock),
        .waddr(keys$1$waddr),
        .wdata(keys$1$wdata),
        .we(keys$1$we),
        .raddr(keys$1$raddr),
        .rdata(keys$1$rdata)
    );
    fpvs_core_w64$path$lookup$flows$keys$2 keys$2(
        .clock(keys$2$clock),
        .waddr(keys$2$waddr),
        .wdata(keys$2$wdata),
        .we(keys$2$we),
        .raddr(keys$2$raddr),
        .rdata(keys$2$rdata)
    );
    fpvs_core_w64$path$lookup$flows$keys$3 keys$3(
        .clock(keys$3$clock),
        .waddr(keys$3$waddr),
        .wdata(keys$3$wdata),
        .we(keys$3$we),
        .raddr(keys$3$raddr),
        .rdata(keys$3$rdata)
    );
    fpvs_core_w64$path$lookup$flows$keys$4 keys$4(
        .clock(keys$4$clock),
        .waddr(keys$4$waddr),
        .wdata(keys$4$wdata),
        .we(keys$4$we),
        .raddr(keys$4$raddr),
        .rdata(keys$4$rdata)
    );
    fpvs_core_w64$path$lookup$flows$keys$5 keys$5(
        .clock(keys$5$clock),
        .waddr(keys$5$waddr),
        .wdata(keys$5$wdata),
        .we(keys$5$we),
        .raddr(keys$5$raddr),
        .rdata(keys$5$rdata)
    );
    fpvs_core_w64$path$lookup$flows$keys$6 keys$6(
        .clock(keys$6$clock),
        .waddr(keys$6$waddr),
        .wdata(keys$6$wdata),
        .we(keys$6$we),
        .raddr(keys$6$raddr),
        .rdata(keys$6$rdata)
    );
    fpvs_core_w64$path$lookup$flows$keys$7 keys$7(
        .clock(keys$7$clock),
        .waddr(keys$7$waddr),
        .wdata(keys$7$wdata),
        .we(keys$7$we),
        .raddr(keys$7$raddr),
        .rdata(keys$7$rdata)
    );
    fpvs_core_w64$path$lookup$flows$payloads payloads(
        .clock(payloads$clock),
        .waddr(payloads$waddr),
        .wdata(payloads$wdata),
        .we(payloads$we),
        .raddr(payloads$raddr),
        .rdata(payloads$rdata)
    );
    fpvs_core_w64$path$lookup$flows$key1 key1(
        .d(key1$d),
        .q(key1$q),
        .clock(key1$clock)
    );
    fpvs_core_w64$path$lookup$flows$b0_1 b0_1(
        .d(b0_1$d),
        .q(b0_1$q),
        .clock(b0_1$clock)
    );
    fpvs_core_w64$path$lookup$flows$b1_1 b1_1(
        .d(b1_1$d),
        .q(b1_1$q),
        .clock(b1_1$clock)
    );
    fpvs_core_w64$path$lookup$flows$sel1 sel1(
        .d(sel1$d),
        .q(sel1$q),
        .clock(sel1$clock)
    );
    fpvs_core_w64$path$lookup$flows$rd1 rd1(
        .d(rd1$d),
        .q(rd1$q),
        .clock(rd1$clock)
    );
    fpvs_core_w64$path$lookup$flows$m2 m2(
        .d(m2$d),
        .q(m2$q),
        .clock(m2$clock)
    );
    fpvs_core_w64$path$lookup$flows$av2 av2(
        .d(av2$d),
        .q(av2$q),
        .clock(av2$clock)
    );
    fpvs_core_w64$path$lookup$flows$want2 want2(
        .d(want2$d),
        .q(want2$q),
        .clock(want2$clock)
    );
    fpvs_core_w64$path$lookup$flows$tkey2 tkey2(
        .d(tkey2$d),
        .q(tkey2$q),
        .clock(tkey2$clock)
    );
    fpvs_core_w64$path$lookup$flows$b0_2 b0_2(
        .d(b0_2$d),
        .q(b0_2$q),
        .clock(b0_2$clock)
    );
    fpvs_core_w64$path$lookup$flows$b1_2 b1_2(
        .d(b1_2$d),
        .q(b1_2$q),
        .clock(b1_2$clock)
    );
    fpvs_core_w64$path$lookup$flows$sel2 sel2(
        .d(sel2$d),
        .q(sel2$q),
        .clock(sel2$clock)
    );
    fpvs_core_w64$path$lookup$flows$rd2 rd2(
        .d(rd2$d),
        .q(rd2$q),
        .clock(rd2$clock)
    );
    fpvs_core_w64$path$lookup$flows$r_hit r_hit(
        .d(r_hit$d),
        .q(r_hit$q),
        .clock(r_hit$clock)
    );
    fpvs_core_w64$path$lookup$flows$r_slot r_slot(
        .d(r_slot$d),
        .q(r_slot$q),
        .clock(r_slot$clock)
    );
    fpvs_core_w64$path$lookup$flows$r_full r_full(
        .d(r_full$d),
        .q(r_full$q),
        .clock(r_full$clock)
    );
    fpvs_core_w64$path$lookup$flows$r_key r_key(
        .d(r_key$d),
        .q(r_key$q),
        .clock(r_key$clock)
    );
    fpvs_core_w64$path$lookup$flows$pw_en pw_en(
        .d(pw_en$d),
        .q(pw_en$q),
        .clock(pw_en$clock)
    );
    fpvs_core_w64$path$lookup$flows$pw_slot pw_slot(
        .d(pw_slot$d),
        .q(pw_slot$q),
        .clock(pw_slot$clock)
    );
    fpvs_core_w64$path$lookup$flows$pw_data pw_data(
        .d(pw_data$d),
        .q(pw_data$q),
        .clock(pw_data$clock)
    );
    fpvs_core_w64$path$lookup$flows$pw2_en pw2_en(
        .d(pw2_en$d),
        .q(pw2_en$q),
        .clock(pw2_en$clock)
    );
    fpvs_core_w64$path$lookup$flows$pw2_slot pw2_slot(
        .d(pw2_slot$d),
        .q(pw2_slot$q),
        .clock(pw2_slot$clock)
    );
    fpvs_core_w64$path$lookup$flows$pw2_data pw2_data(
        .d(pw2_data$d),
        .q(pw2_data$q),
        .clock(pw2_data$clock)
    );
    
    // Update code
    always @(*) begin
        key1$clock = clock;
    end
    always @(*) begin
        b0_1$clock = clock;
    end
    always @(*) begin
        b1_1$clock = clock;
    end
    always @(*) begin
        sel1$clock = clock;
    end
    always @(*) begin
        rd1$clock = clock;
    end
    always @(*) begin
        m2$clock = clock;
    end
    always @(*) begin
        av2$clock = clock;
    end
    always @(*) begin
        want2$clock = clock;
    end
    always @(*) begin
        tkey2$clock = clock;
    end
    always @(*) begin
        b0_2$clock = clock;
    end
    always @(*) begin
        b1_2$clock = clock;
    end
    always @(*) begin
        sel2$clock = clock;
    end
    always @(*) begin
        rd2$clock = clock;
    end
    always @(*) begin
        r_hit$clock = clock;
    end
    always @(*) begin
        r_slot$clock = clock;
    end
    always @(*) begin
        r_full$clock = clock;
    end
    always @(*) begin
        r_key$clock = clock;
    end
    always @(*) begin
        pw_en$clock = clock;
    end
    always @(*) begin
        pw_slot$clock = clock;
    end
    always @(*) begin
        pw_data$clock = clock;
    end
    always @(*) begin
        pw2_en$clock = clock;
    end
    always @(*) begin
        pw2_slot$clock = clock;
    end
    always @(*) begin
        pw2_data$clock = clock;
    end
    always @(*) begin
        key1$d = key1$q;
        key1$d = l_key;
    end
    always @(*) begin
        b0_1$d = b0_1$q;
        b0_1$d = l_bucket0;
    end
    always @(*) begin
        b1_1$d = b1_1$q;
        b1_1$d = l_bucket1;
    end
    always @(*) begin
        sel1$d = sel1$q;
        sel1$d = t_sel;
    end
    always @(*) begin
        rd1$d = rd1$q;
        rd1$d = t_read;
    end
    always @(*) begin
        m2$d = m2$q;
        m2$d = way_hits;
    end
    always @(*) begin
        av2$d = av2$q;
        av2$d = all_valid;
    end
    always @(*) begin
        want2$d = want2$q;
        want2$d = want;
    end
    always @(*) begin
        tkey2$d = tkey2$q;
        tkey2$d = t_key;
    end
    always @(*) begin
        b0_2$d = b0_2$q;
        b0_2$d = b0_1$q;
    end
    always @(*) begin
        b1_2$d = b1_2$q;
        b1_2$d = b1_1$q;
    end
    always @(*) begin
        sel2$d = sel2$q;
        sel2$d = sel1$q;
    end
    always @(*) begin
        rd2$d = rd2$q;
        rd2$d = rd1$q;
    end
    always @(*) begin
        r_hit$d = r_hit$q;
        r_hit$d = found;
    end
    always @(*) begin
        r_slot$d = r_slot$q;
        r_slot$d = slot;
    end
    always @(*) begin
        r_full$d = r_full$q;
        r_full$d = av2$q;
    end
    always @(*) begin
        r_key$d = r_key$q;
        r_key$d = want2$q;
        if (rd2$q) begin
            r_key$d = tkey2$q;
        end
    end
    always @(*) begin
        pw_en$d = pw_en$q;
        pw_en$d = w_en;
    end
    always @(*) begin
        pw_slot$d = pw_slot$q;
        pw_slot$d = (w_bucket_bank << log2_ways) | (((w_ram) & 20'hfffff) & (((ways) & 20'hfffff) - 32'h1));
    end
    always @(*) begin
        pw_data$d = pw_data$q;
        pw_data$d = ((w_data >> payload_at) & 147'h7ffffffffffffffffffffffffffffffffffff);
    end
    always @(*) begin
        pw2_en$d = pw2_en$q;
        pw2_en$d = pw_en$q;
    end
    always @(*) begin
        pw2_slot$d = pw2_slot$q;
        pw2_slot$d = pw_slot$q;
    end
    always @(*) begin
        pw2_data$d = pw2_data$q;
        pw2_data$d = pw_data$q;
    end
    always @(*) begin
        w_onehot = ((1'b1) & 16'hffff) << w_ram;
    end
    always @(*) begin
        want = ((key1$q) & 105'h1ffffffffffffffffffffffffff) | valid_bit;
    end
    always @(*) begin
        all_valid = 1'b1;
        way_hits = 32'h0;
        t_key = 32'h0;
        e = keys$0$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 0)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 0)+:(4)]) begin
            t_key = e;
        end
        e = keys$1$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 1)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 1)+:(4)]) begin
            t_key = e;
        end
        e = keys$2$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 2)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 2)+:(4)]) begin
            t_key = e;
        end
        e = keys$3$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 3)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 3)+:(4)]) begin
            t_key = e;
        end
        e = keys$4$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 4)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 4)+:(4)]) begin
            t_key = e;
        end
        e = keys$5$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 5)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 5)+:(4)]) begin
            t_key = e;
        end
        e = keys$6$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 6)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 6)+:(4)]) begin
            t_key = e;
        end
        e = keys$7$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 7)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 7)+:(4)]) begin
            t_key = e;
        end
    end
    always @(*) begin
        keys$0$clock = clock;
    end
    always @(*) begin
        if (bank1_rams[0]) begin
            keys$0$raddr = l_bucket1;
        end
        else begin
            keys$0$raddr = l_bucket0;
        end
    end
    always @(*) begin
        keys$0$waddr = w_bucket;
    end
    always @(*) begin
        keys$0$wdata = ((w_data) & 105'h1ffffffffffffffffffffffffff);
    end
    always @(*) begin
        keys$0$we = w_en & w_onehot[0];
    end
    always @(*) begin
        keys$1$clock = clock;
    end
    always @(*) begin
        if (bank1_rams[1]) begin
            keys$1$raddr = l_bucket1;
        end
        else begin
            keys$1$raddr = l_bucket0;
        end
    end
    always @(*) begin
        keys$1$waddr = w_bucket;
    end
    always @(*) begin
        keys$1$wdata = ((w_data) & 105'h1ffffffffffffffffffffffffff);
    end
    always @(*) begin
        keys$1$we = w_en & w_onehot[1];
    end
    always @(*) begin
        keys$2$clock = clock;
    end
    always @(*) begin
        if (bank1_rams[2]) begin
            keys$2$raddr = l_bucket1;
        end
        else begin
            keys$2$raddr = l_bucket0;
        end
    end
    always @(*) begin
        keys$2$waddr = w_bucket;
    end
    always @(*) begin
        keys$2$wdata = ((w_data) & 105'h1ffffffffffffffffffffffffff);
    end
    always @(*) begin
        keys$2$we = w_en & w_onehot[2];
    end
    always @(*) begin
        keys$3$clock = clock;
    end
    always @(*) begin
        if (bank1_rams[3]) begin
            keys$3$raddr = l_bucket1;
        end
        else begin
            keys$3$raddr = l_bucket0;
        end
    end
    always @(*) begin
        keys$3$waddr = w_bucket;
    end
    always @(*) begin
        keys$3$wdata = ((w_data) & 105'h1ffffffffffffffffffffffffff);
    end
    always @(*) begin
        keys$3$we = w_en & w_onehot[3];
    end
    always @(*) begin
        keys$4$clock = clock;
    end
    always @(*) begin
        if (bank1_rams[4]) begin
            keys$4$raddr = l_bucket1;
        end
        else begin
            keys$4$raddr = l_bucket0;
        end
    end
    always @(*) begin
        keys$4$waddr = w_bucket;
    end
    always @(*) begin
        keys$4$wdata = ((w_data) & 105'h1ffffffffffffffffffffffffff);
    end
    always @(*) begin
        keys$4$we = w_en & w_onehot[4];
    end
    always @(*) begin
        keys$5$clock = clock;
    end
    always @(*) begin
        if (bank1_rams[5]) begin
            keys$5$raddr = l_bucket1;
        end
        else begin
            keys$5$raddr = l_bucket0;
        end
    end
    always @(*) begin
        keys$5$waddr = w_bucket;
    end
    always @(*) begin
        keys$5$wdata = ((w_data) & 105'h1ffffffffffffffffffffffffff);
    end
    always @(*) begin
        keys$5$we = w_en & w_onehot[5];
    end
    always @(*) begin
        keys$6$clock = clock;
    end
    always @(*) begin
        if (bank1_rams[6]) begin
            keys$6$raddr = l_bucket1;
        end
        else begin
            keys$6$raddr = l_bucket0;
        end
    end
    always @(*) begin
        keys$6$waddr = w_bucket;
    end
    always @(*) begin
        keys$6$wdata = ((w_data) & 105'h1ffffffffffffffffffffffffff);
    end
    always @(*) begin
        keys$6$we = w_en & w_onehot[6];
    end
    always @(*) begin
        keys$7$clock = clock;
    end
    always @(*) begin
        if (bank1_rams[7]) begin
            keys$7$raddr = l_bucket1;
        end
        else begin
            keys$7$raddr = l_bucket0;
        end
    end
    always @(*) begin
        keys$7$waddr = w_bucket;
    end
    always @(*) begin
        keys$7$wdata = ((w_data) & 105'h1ffffffffffffffffffffffffff);
    end
    always @(*) begin
        keys$7$we = w_en & w_onehot[7];
    end
    always @(*) begin
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
        if (~found & m2$q[4]) begin
            found = 1'b1;
            way = idx[(32'h4 * 4)+:(4)];
        end
        if (~found & m2$q[5]) begin
            found = 1'b1;
            way = idx[(32'h4 * 5)+:(4)];
        end
        if (~found & m2$q[6]) begin
            found = 1'b1;
            way = idx[(32'h4 * 6)+:(4)];
        end
        if (~found & m2$q[7]) begin
            found = 1'b1;
            way = idx[(32'h4 * 7)+:(4)];
        end
    end
    always @(*) begin
        pick = way;
        if (rd2$q) begin
            pick = sel2$q;
        end
    end
    always @(*) begin
        if (pick < ways) begin
            bucket = ((b0_2$q) & 20'hfffff);
        end
        else begin
            bucket = ((b1_2$q) & 20'hfffff) | (((1'b1) & 20'hfffff) << log2_buckets);
        end
    end
    always @(*) begin
        slot = (bucket << log2_ways) | (((pick) & 20'hfffff) & (((ways) & 20'hfffff) - 32'h1));
    end
    always @(*) begin
        payloads$clock = clock;
    end
    always @(*) begin
        payloads$raddr = slot;
    end
    always @(*) begin
        w_bucket_bank = ((w_bucket) & 20'hfffff);
        if (w_ram >= ways) begin
            w_bucket_bank = ((w_bucket) & 20'hfffff) | (((1'b1) & 20'hfffff) << log2_buckets);
        end
    end
    always @(*) begin
        payloads$we = pw2_en$q;
    end
    always @(*) begin
        payloads$waddr = pw2_slot$q;
    end
    always @(*) begin
        payloads$wdata = pw2_data$q;
    end
    always @(*) begin
        hit = r_hit$q;
    end
    always @(*) begin
        hit_slot = r_slot$q;
    end
    always @(*) begin
        full = r_full$q;
    end
    always @(*) begin
        entry = ((r_key$q) & 252'hfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((payloads$rdata) & 252'hfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << payload_at);
    end
    
endmodule // fpvs_core_w64$path$lookup$flows


module fpvs_core_w64$path$lookup$flows$av2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$av2


module fpvs_core_w64$path$lookup$flows$b0_1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$b0_1


module fpvs_core_w64$path$lookup$flows$b0_2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$b0_2


module fpvs_core_w64$path$lookup$flows$b1_1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$b1_1


module fpvs_core_w64$path$lookup$flows$b1_2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$b1_2


module fpvs_core_w64$path$lookup$flows$key1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$key1


module fpvs_core_w64$path$lookup$flows$keys$0(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] waddr;
    input wire  [104:0] wdata;
    input wire  we;
    input wire  [12:0] raddr;
    output reg  [104:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [104:0] mem [0:8191];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 8191; i = i + 1) mem[i] = 105'd0;
    end
    `endif
    initial rdata = 105'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$path$lookup$flows$keys$0


module fpvs_core_w64$path$lookup$flows$keys$1(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] waddr;
    input wire  [104:0] wdata;
    input wire  we;
    input wire  [12:0] raddr;
    output reg  [104:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [104:0] mem [0:8191];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 8191; i = i + 1) mem[i] = 105'd0;
    end
    `endif
    initial rdata = 105'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$path$lookup$flows$keys$1


module fpvs_core_w64$path$lookup$flows$keys$2(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] waddr;
    input wire  [104:0] wdata;
    input wire  we;
    input wire  [12:0] raddr;
    output reg  [104:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [104:0] mem [0:8191];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 8191; i = i + 1) mem[i] = 105'd0;
    end
    `endif
    initial rdata = 105'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$path$lookup$flows$keys$2


module fpvs_core_w64$path$lookup$flows$keys$3(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] waddr;
    input wire  [104:0] wdata;
    input wire  we;
    input wire  [12:0] raddr;
    output reg  [104:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [104:0] mem [0:8191];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 8191; i = i + 1) mem[i] = 105'd0;
    end
    `endif
    initial rdata = 105'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$path$lookup$flows$keys$3


module fpvs_core_w64$path$lookup$flows$keys$4(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] waddr;
    input wire  [104:0] wdata;
    input wire  we;
    input wire  [12:0] raddr;
    output reg  [104:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [104:0] mem [0:8191];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 8191; i = i + 1) mem[i] = 105'd0;
    end
    `endif
    initial rdata = 105'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$path$lookup$flows$keys$4


module fpvs_core_w64$path$lookup$flows$keys$5(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] waddr;
    input wire  [104:0] wdata;
    input wire  we;
    input wire  [12:0] raddr;
    output reg  [104:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [104:0] mem [0:8191];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 8191; i = i + 1) mem[i] = 105'd0;
    end
    `endif
    initial rdata = 105'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$path$lookup$flows$keys$5


module fpvs_core_w64$path$lookup$flows$keys$6(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] waddr;
    input wire  [104:0] wdata;
    input wire  we;
    input wire  [12:0] raddr;
    output reg  [104:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [104:0] mem [0:8191];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 8191; i = i + 1) mem[i] = 105'd0;
    end
    `endif
    initial rdata = 105'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$path$lookup$flows$keys$6


module fpvs_core_w64$path$lookup$flows$keys$7(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] waddr;
    input wire  [104:0] wdata;
    input wire  we;
    input wire  [12:0] raddr;
    output reg  [104:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [104:0] mem [0:8191];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 8191; i = i + 1) mem[i] = 105'd0;
    end
    `endif
    initial rdata = 105'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$path$lookup$flows$keys$7


module fpvs_core_w64$path$lookup$flows$m2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$m2


module fpvs_core_w64$path$lookup$flows$payloads(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [19:0] waddr;
    input wire  [146:0] wdata;
    input wire  we;
    input wire  [19:0] raddr;
    output reg  [146:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [146:0] mem [0:65535];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 65535; i = i + 1) mem[i] = 147'd0;
    end
    `endif
    initial rdata = 147'd0;
    always @(posedge clock) begin
        if (we) mem[waddr[15:0]] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr[15:0]];
    end
endmodule // fpvs_core_w64$path$lookup$flows$payloads


module fpvs_core_w64$path$lookup$flows$pw2_data(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$pw2_data


module fpvs_core_w64$path$lookup$flows$pw2_en(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$pw2_en


module fpvs_core_w64$path$lookup$flows$pw2_slot(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$pw2_slot


module fpvs_core_w64$path$lookup$flows$pw_data(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$pw_data


module fpvs_core_w64$path$lookup$flows$pw_en(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$pw_en


module fpvs_core_w64$path$lookup$flows$pw_slot(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$pw_slot


module fpvs_core_w64$path$lookup$flows$r_full(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$r_full


module fpvs_core_w64$path$lookup$flows$r_hit(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$r_hit


module fpvs_core_w64$path$lookup$flows$r_key(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$r_key


module fpvs_core_w64$path$lookup$flows$r_slot(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$r_slot


module fpvs_core_w64$path$lookup$flows$rd1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$rd1


module fpvs_core_w64$path$lookup$flows$rd2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$rd2


module fpvs_core_w64$path$lookup$flows$sel1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$sel1


module fpvs_core_w64$path$lookup$flows$sel2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$sel2


module fpvs_core_w64$path$lookup$flows$tkey2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$tkey2


module fpvs_core_w64$path$lookup$flows$want2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$flows$want2


module fpvs_core_w64$path$lookup$hash_d(clock,d,q);
    
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
    fpvs_core_w64$path$lookup$hash_d$regs$0 regs$0(
        .d(regs$0$d),
        .q(regs$0$q),
        .clock(regs$0$clock)
    );
    fpvs_core_w64$path$lookup$hash_d$regs$1 regs$1(
        .d(regs$1$d),
        .q(regs$1$q),
        .clock(regs$1$clock)
    );
    fpvs_core_w64$path$lookup$hash_d$regs$2 regs$2(
        .d(regs$2$d),
        .q(regs$2$q),
        .clock(regs$2$clock)
    );
    
    // Update code
    always @(*) begin
        regs$0$clock = clock;
    end
    always @(*) begin
        regs$1$clock = clock;
    end
    always @(*) begin
        regs$2$clock = clock;
    end
    always @(*) begin
        regs$0$d = d;
    end
    always @(*) begin
        regs$1$d = regs$0$q;
    end
    always @(*) begin
        regs$2$d = regs$1$q;
    end
    always @(*) begin
        q = regs$0$q;
        q = regs$1$q;
        q = regs$2$q;
    end
    
endmodule // fpvs_core_w64$path$lookup$hash_d


module fpvs_core_w64$path$lookup$hash_d$regs$0(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$hash_d$regs$0


module fpvs_core_w64$path$lookup$hash_d$regs$1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$hash_d$regs$1


module fpvs_core_w64$path$lookup$hash_d$regs$2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$hash_d$regs$2


module fpvs_core_w64$path$lookup$meta1_d(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  [301:0] d;
    output reg  [301:0] q;
    
    // Stub signals
    reg  [301:0] regs$0$d;
    wire  [301:0] regs$0$q;
    reg  regs$0$clock;
    
    // Sub module instances
    fpvs_core_w64$path$lookup$meta1_d$regs$0 regs$0(
        .d(regs$0$d),
        .q(regs$0$q),
        .clock(regs$0$clock)
    );
    
    // Update code
    always @(*) begin
        regs$0$clock = clock;
    end
    always @(*) begin
        regs$0$d = d;
    end
    always @(*) begin
        q = regs$0$q;
    end
    
endmodule // fpvs_core_w64$path$lookup$meta1_d


module fpvs_core_w64$path$lookup$meta1_d$regs$0(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$meta1_d$regs$0


module fpvs_core_w64$path$lookup$meta_d(clock,d,q);
    
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
    fpvs_core_w64$path$lookup$meta_d$ring ring(
        .clock(ring$clock),
        .waddr(ring$waddr),
        .wdata(ring$wdata),
        .we(ring$we),
        .raddr(ring$raddr),
        .rdata(ring$rdata)
    );
    fpvs_core_w64$path$lookup$meta_d$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        ring$we = 1'b1;
    end
    always @(*) begin
        wp$d = wp$q;
        wp$d = wp$q + 32'h1;
    end
    always @(*) begin
        ring$clock = clock;
    end
    always @(*) begin
        ring$waddr = wp$q;
    end
    always @(*) begin
        ring$wdata = d;
    end
    always @(*) begin
        ring$raddr = wp$q - behind;
    end
    always @(*) begin
        q = ring$rdata;
    end
    
endmodule // fpvs_core_w64$path$lookup$meta_d


module fpvs_core_w64$path$lookup$meta_d$ring(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$path$lookup$meta_d$ring


module fpvs_core_w64$path$lookup$meta_d$wp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$meta_d$wp


module fpvs_core_w64$path$lookup$services(clock,l_bucket0,l_bucket1,l_key,t_read,t_sel,hit,hit_slot,full,entry,w_en,w_ram,w_bucket,w_data);
    
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
    fpvs_core_w64$path$lookup$services$keys$0 keys$0(
        .clock(keys$0$clock),
        .waddr(keys$0$waddr),
        .wdata(keys$0$wdata),
        .we(keys$0$we),
        .raddr(keys$0$raddr),
        .rdata(keys$0$rdata)
    );
    fpvs_core_w64$path$lookup$services$keys$1 keys$1(
        .clock(keys$1$clock),
        .waddr(keys$1$waddr),
        .wdata(keys$1$wdata),
        .we(keys$1$we),
        .raddr(keys$1$raddr),
        .rdata(keys$1$rdata)
    );
    fpvs_core_w64$path$lookup$services$keys$2 keys$2(
        .clock(keys$2$clock),
        .waddr(keys$2$waddr),
        .wdata(keys$2$wdata),
        .we(keys$2$we),
        .raddr(keys$2$raddr),
        .rdata(keys$2$rdata)
    );
    fpvs_core_w64$path$lookup$services$keys$3 keys$3(
        .clock(keys$3$clock),
        .waddr(keys$3$waddr),
        .wdata(keys$3$wdata),
        .we(keys$3$we),
        .raddr(keys$3$raddr),
        .rdata(keys$3$rdata)
    );
    fpvs_core_w64$path$lookup$services$payloads payloads(
        .clock(payloads$clock),
        .waddr(payloads$waddr),
        .wdata(payloads$wdata),
        .we(payloads$we),
        .raddr(payloads$raddr),
        .rdata(payloads$rdata)
    );
    fpvs_core_w64$path$lookup$services$key1 key1(
        .d(key1$d),
        .q(key1$q),
        .clock(key1$clock)
    );
    fpvs_core_w64$path$lookup$services$b0_1 b0_1(
        .d(b0_1$d),
        .q(b0_1$q),
        .clock(b0_1$clock)
    );
    fpvs_core_w64$path$lookup$services$b1_1 b1_1(
        .d(b1_1$d),
        .q(b1_1$q),
        .clock(b1_1$clock)
    );
    fpvs_core_w64$path$lookup$services$sel1 sel1(
        .d(sel1$d),
        .q(sel1$q),
        .clock(sel1$clock)
    );
    fpvs_core_w64$path$lookup$services$rd1 rd1(
        .d(rd1$d),
        .q(rd1$q),
        .clock(rd1$clock)
    );
    fpvs_core_w64$path$lookup$services$m2 m2(
        .d(m2$d),
        .q(m2$q),
        .clock(m2$clock)
    );
    fpvs_core_w64$path$lookup$services$av2 av2(
        .d(av2$d),
        .q(av2$q),
        .clock(av2$clock)
    );
    fpvs_core_w64$path$lookup$services$want2 want2(
        .d(want2$d),
        .q(want2$q),
        .clock(want2$clock)
    );
    fpvs_core_w64$path$lookup$services$tkey2 tkey2(
        .d(tkey2$d),
        .q(tkey2$q),
        .clock(tkey2$clock)
    );
    fpvs_core_w64$path$lookup$services$b0_2 b0_2(
        .d(b0_2$d),
        .q(b0_2$q),
        .clock(b0_2$clock)
    );
    fpvs_core_w64$path$lookup$services$b1_2 b1_2(
        .d(b1_2$d),
        .q(b1_2$q),
        .clock(b1_2$clock)
    );
    fpvs_core_w64$path$lookup$services$sel2 sel2(
        .d(sel2$d),
        .q(sel2$q),
        .clock(sel2$clock)
    );
    fpvs_core_w64$path$lookup$services$rd2 rd2(
        .d(rd2$d),
        .q(rd2$q),
        .clock(rd2$clock)
    );
    fpvs_core_w64$path$lookup$services$r_hit r_hit(
        .d(r_hit$d),
        .q(r_hit$q),
        .clock(r_hit$clock)
    );
    fpvs_core_w64$path$lookup$services$r_slot r_slot(
        .d(r_slot$d),
        .q(r_slot$q),
        .clock(r_slot$clock)
    );
    fpvs_core_w64$path$lookup$services$r_full r_full(
        .d(r_full$d),
        .q(r_full$q),
        .clock(r_full$clock)
    );
    fpvs_core_w64$path$lookup$services$r_key r_key(
        .d(r_key$d),
        .q(r_key$q),
        .clock(r_key$clock)
    );
    fpvs_core_w64$path$lookup$services$pw_en pw_en(
        .d(pw_en$d),
        .q(pw_en$q),
        .clock(pw_en$clock)
    );
    fpvs_core_w64$path$lookup$services$pw_slot pw_slot(
        .d(pw_slot$d),
        .q(pw_slot$q),
        .clock(pw_slot$clock)
    );
    fpvs_core_w64$path$lookup$services$pw_data pw_data(
        .d(pw_data$d),
        .q(pw_data$q),
        .clock(pw_data$clock)
    );
    fpvs_core_w64$path$lookup$services$pw2_en pw2_en(
        .d(pw2_en$d),
        .q(pw2_en$q),
        .clock(pw2_en$clock)
    );
    fpvs_core_w64$path$lookup$services$pw2_slot pw2_slot(
        .d(pw2_slot$d),
        .q(pw2_slot$q),
        .clock(pw2_slot$clock)
    );
    fpvs_core_w64$path$lookup$services$pw2_data pw2_data(
        .d(pw2_data$d),
        .q(pw2_data$q),
        .clock(pw2_data$clock)
    );
    
    // Update code
    always @(*) begin
        key1$clock = clock;
    end
    always @(*) begin
        b0_1$clock = clock;
    end
    always @(*) begin
        b1_1$clock = clock;
    end
    always @(*) begin
        sel1$clock = clock;
    end
    always @(*) begin
        rd1$clock = clock;
    end
    always @(*) begin
        m2$clock = clock;
    end
    always @(*) begin
        av2$clock = clock;
    end
    always @(*) begin
        want2$clock = clock;
    end
    always @(*) begin
        tkey2$clock = clock;
    end
    always @(*) begin
        b0_2$clock = clock;
    end
    always @(*) begin
        b1_2$clock = clock;
    end
    always @(*) begin
        sel2$clock = clock;
    end
    always @(*) begin
        rd2$clock = clock;
    end
    always @(*) begin
        r_hit$clock = clock;
    end
    always @(*) begin
        r_slot$clock = clock;
    end
    always @(*) begin
        r_full$clock = clock;
    end
    always @(*) begin
        r_key$clock = clock;
    end
    always @(*) begin
        pw_en$clock = clock;
    end
    always @(*) begin
        pw_slot$clock = clock;
    end
    always @(*) begin
        pw_data$clock = clock;
    end
    always @(*) begin
        pw2_en$clock = clock;
    end
    always @(*) begin
        pw2_slot$clock = clock;
    end
    always @(*) begin
        pw2_data$clock = clock;
    end
    always @(*) begin
        key1$d = key1$q;
        key1$d = l_key;
    end
    always @(*) begin
        b0_1$d = b0_1$q;
        b0_1$d = l_bucket0;
    end
    always @(*) begin
        b1_1$d = b1_1$q;
        b1_1$d = l_bucket1;
    end
    always @(*) begin
        sel1$d = sel1$q;
        sel1$d = t_sel;
    end
    always @(*) begin
        rd1$d = rd1$q;
        rd1$d = t_read;
    end
    always @(*) begin
        m2$d = m2$q;
        m2$d = way_hits;
    end
    always @(*) begin
        av2$d = av2$q;
        av2$d = all_valid;
    end
    always @(*) begin
        want2$d = want2$q;
        want2$d = want;
    end
    always @(*) begin
        tkey2$d = tkey2$q;
        tkey2$d = t_key;
    end
    always @(*) begin
        b0_2$d = b0_2$q;
        b0_2$d = b0_1$q;
    end
    always @(*) begin
        b1_2$d = b1_2$q;
        b1_2$d = b1_1$q;
    end
    always @(*) begin
        sel2$d = sel2$q;
        sel2$d = sel1$q;
    end
    always @(*) begin
        rd2$d = rd2$q;
        rd2$d = rd1$q;
    end
    always @(*) begin
        r_hit$d = r_hit$q;
        r_hit$d = found;
    end
    always @(*) begin
        r_slot$d = r_slot$q;
        r_slot$d = slot;
    end
    always @(*) begin
        r_full$d = r_full$q;
        r_full$d = av2$q;
    end
    always @(*) begin
        r_key$d = r_key$q;
        r_key$d = want2$q;
        if (rd2$q) begin
            r_key$d = tkey2$q;
        end
    end
    always @(*) begin
        pw_en$d = pw_en$q;
        pw_en$d = w_en;
    end
    always @(*) begin
        pw_slot$d = pw_slot$q;
        pw_slot$d = (w_bucket_bank << log2_ways) | (((w_ram) & 20'hfffff) & (((ways) & 20'hfffff) - 32'h1));
    end
    always @(*) begin
        pw_data$d = pw_data$q;
        pw_data$d = ((w_data >> payload_at) & 45'h1fffffffffff);
    end
    always @(*) begin
        pw2_en$d = pw2_en$q;
        pw2_en$d = pw_en$q;
    end
    always @(*) begin
        pw2_slot$d = pw2_slot$q;
        pw2_slot$d = pw_slot$q;
    end
    always @(*) begin
        pw2_data$d = pw2_data$q;
        pw2_data$d = pw_data$q;
    end
    always @(*) begin
        w_onehot = ((1'b1) & 16'hffff) << w_ram;
    end
    always @(*) begin
        want = ((key1$q) & 57'h1ffffffffffffff) | valid_bit;
    end
    always @(*) begin
        all_valid = 1'b1;
        way_hits = 32'h0;
        t_key = 32'h0;
        e = keys$0$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 0)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 0)+:(4)]) begin
            t_key = e;
        end
        e = keys$1$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 1)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 1)+:(4)]) begin
            t_key = e;
        end
        e = keys$2$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 2)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 2)+:(4)]) begin
            t_key = e;
        end
        e = keys$3$rdata;
        all_valid = all_valid & |(e & valid_bit);
        if (e == want) begin
            way_hits = way_hits | (((1'b1) & 16'hffff) << idx[(32'h4 * 3)+:(4)]);
        end
        if (sel1$q == idx[(32'h4 * 3)+:(4)]) begin
            t_key = e;
        end
    end
    always @(*) begin
        keys$0$clock = clock;
    end
    always @(*) begin
        if (bank1_rams[0]) begin
            keys$0$raddr = l_bucket1;
        end
        else begin
            keys$0$raddr = l_bucket0;
        end
    end
    always @(*) begin
        keys$0$waddr = w_bucket;
    end
    always @(*) begin
        keys$0$wdata = ((w_data) & 57'h1ffffffffffffff);
    end
    always @(*) begin
        keys$0$we = w_en & w_onehot[0];
    end
    always @(*) begin
        keys$1$clock = clock;
    end
    always @(*) begin
        if (bank1_rams[1]) begin
            keys$1$raddr = l_bucket1;
        end
        else begin
            keys$1$raddr = l_bucket0;
        end
    end
    always @(*) begin
        keys$1$waddr = w_bucket;
    end
    always @(*) begin
        keys$1$wdata = ((w_data) & 57'h1ffffffffffffff);
    end
    always @(*) begin
        keys$1$we = w_en & w_onehot[1];
    end
    always @(*) begin
        keys$2$clock = clock;
    end
    always @(*) begin
        if (bank1_rams[2]) begin
            keys$2$raddr = l_bucket1;
        end
        else begin
            keys$2$raddr = l_bucket0;
        end
    end
    always @(*) begin
        keys$2$waddr = w_bucket;
    end
    always @(*) begin
        keys$2$wdata = ((w_data) & 57'h1ffffffffffffff);
    end
    always @(*) begin
        keys$2$we = w_en & w_onehot[2];
    end
    always @(*) begin
        keys$3$clock = clock;
    end
    always @(*) begin
        if (bank1_rams[3]) begin
            keys$3$raddr = l_bucket1;
        end
        else begin
            keys$3$raddr = l_bucket0;
        end
    end
    always @(*) begin
        keys$3$waddr = w_bucket;
    end
    always @(*) begin
        keys$3$wdata = ((w_data) & 57'h1ffffffffffffff);
    end
    always @(*) begin
        keys$3$we = w_en & w_onehot[3];
    end
    always @(*) begin
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
    end
    always @(*) begin
        pick = way;
        if (rd2$q) begin
            pick = sel2$q;
        end
    end
    always @(*) begin
        if (pick < ways) begin
            bucket = ((b0_2$q) & 20'hfffff);
        end
        else begin
            bucket = ((b1_2$q) & 20'hfffff) | (((1'b1) & 20'hfffff) << log2_buckets);
        end
    end
    always @(*) begin
        slot = (bucket << log2_ways) | (((pick) & 20'hfffff) & (((ways) & 20'hfffff) - 32'h1));
    end
    always @(*) begin
        payloads$clock = clock;
    end
    always @(*) begin
        payloads$raddr = slot;
    end
    always @(*) begin
        w_bucket_bank = ((w_bucket) & 20'hfffff);
        if (w_ram >= ways) begin
            w_bucket_bank = ((w_bucket) & 20'hfffff) | (((1'b1) & 20'hfffff) << log2_buckets);
        end
    end
    always @(*) begin
        payloads$we = pw2_en$q;
    end
    always @(*) begin
        payloads$waddr = pw2_slot$q;
    end
    always @(*) begin
        payloads$wdata = pw2_data$q;
    end
    always @(*) begin
        hit = r_hit$q;
    end
    always @(*) begin
        hit_slot = r_slot$q;
    end
    always @(*) begin
        full = r_full$q;
    end
    always @(*) begin
        entry = ((r_key$q) & 102'h3fffffffffffffffffffffffff) | (((payloads$rdata) & 102'h3fffffffffffffffffffffffff) << payload_at);
    end
    
endmodule // fpvs_core_w64$path$lookup$services


module fpvs_core_w64$path$lookup$services$av2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$av2


module fpvs_core_w64$path$lookup$services$b0_1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$b0_1


module fpvs_core_w64$path$lookup$services$b0_2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$b0_2


module fpvs_core_w64$path$lookup$services$b1_1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$b1_1


module fpvs_core_w64$path$lookup$services$b1_2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$b1_2


module fpvs_core_w64$path$lookup$services$key1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$key1


module fpvs_core_w64$path$lookup$services$keys$0(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$path$lookup$services$keys$0


module fpvs_core_w64$path$lookup$services$keys$1(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$path$lookup$services$keys$1


module fpvs_core_w64$path$lookup$services$keys$2(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$path$lookup$services$keys$2


module fpvs_core_w64$path$lookup$services$keys$3(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$path$lookup$services$keys$3


module fpvs_core_w64$path$lookup$services$m2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$m2


module fpvs_core_w64$path$lookup$services$payloads(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$path$lookup$services$payloads


module fpvs_core_w64$path$lookup$services$pw2_data(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$pw2_data


module fpvs_core_w64$path$lookup$services$pw2_en(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$pw2_en


module fpvs_core_w64$path$lookup$services$pw2_slot(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$pw2_slot


module fpvs_core_w64$path$lookup$services$pw_data(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$pw_data


module fpvs_core_w64$path$lookup$services$pw_en(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$pw_en


module fpvs_core_w64$path$lookup$services$pw_slot(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$pw_slot


module fpvs_core_w64$path$lookup$services$r_full(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$r_full


module fpvs_core_w64$path$lookup$services$r_hit(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$r_hit


module fpvs_core_w64$path$lookup$services$r_key(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$r_key


module fpvs_core_w64$path$lookup$services$r_slot(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$r_slot


module fpvs_core_w64$path$lookup$services$rd1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$rd1


module fpvs_core_w64$path$lookup$services$rd2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$rd2


module fpvs_core_w64$path$lookup$services$sel1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$sel1


module fpvs_core_w64$path$lookup$services$sel2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$sel2


module fpvs_core_w64$path$lookup$services$tkey2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$tkey2


module fpvs_core_w64$path$lookup$services$want2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$services$want2


module fpvs_core_w64$path$lookup$skey1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$skey1


module fpvs_core_w64$path$lookup$svc_hash(clock,key,hash);
    
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
    fpvs_core_w64$path$lookup$svc_hash$out out(
        .d(out$d),
        .q(out$q),
        .clock(out$clock)
    );
    
    // Update code
    always @(*) begin
        out$clock = clock;
    end
    always @(*) begin
        out$d = out$q;
        out$d = h;
    end
    always @(*) begin
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
    end
    always @(*) begin
        hash = out$q;
    end
    
endmodule // fpvs_core_w64$path$lookup$svc_hash


module fpvs_core_w64$path$lookup$svc_hash$out(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$svc_hash$out


module fpvs_core_w64$path$lookup$valid_d(clock,d,q);
    
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
    fpvs_core_w64$path$lookup$valid_d$regs$0 regs$0(
        .d(regs$0$d),
        .q(regs$0$q),
        .clock(regs$0$clock)
    );
    fpvs_core_w64$path$lookup$valid_d$regs$1 regs$1(
        .d(regs$1$d),
        .q(regs$1$q),
        .clock(regs$1$clock)
    );
    fpvs_core_w64$path$lookup$valid_d$regs$2 regs$2(
        .d(regs$2$d),
        .q(regs$2$q),
        .clock(regs$2$clock)
    );
    fpvs_core_w64$path$lookup$valid_d$regs$3 regs$3(
        .d(regs$3$d),
        .q(regs$3$q),
        .clock(regs$3$clock)
    );
    
    // Update code
    always @(*) begin
        regs$0$clock = clock;
    end
    always @(*) begin
        regs$1$clock = clock;
    end
    always @(*) begin
        regs$2$clock = clock;
    end
    always @(*) begin
        regs$3$clock = clock;
    end
    always @(*) begin
        regs$0$d = d;
    end
    always @(*) begin
        regs$1$d = regs$0$q;
    end
    always @(*) begin
        regs$2$d = regs$1$q;
    end
    always @(*) begin
        regs$3$d = regs$2$q;
    end
    always @(*) begin
        q = regs$0$q;
        q = regs$1$q;
        q = regs$2$q;
        q = regs$3$q;
    end
    
endmodule // fpvs_core_w64$path$lookup$valid_d


module fpvs_core_w64$path$lookup$valid_d$regs$0(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$valid_d$regs$0


module fpvs_core_w64$path$lookup$valid_d$regs$1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$valid_d$regs$1


module fpvs_core_w64$path$lookup$valid_d$regs$2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$valid_d$regs$2


module fpvs_core_w64$path$lookup$valid_d$regs$3(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$lookup$valid_d$regs$3


module fpvs_core_w64$path$maglev(clock,i_meta,i_valid,i_carry,i_flow_action,i_tok_data,o_meta,o_valid,o_carry,o_rs_ok,o_action,o_nexthop,o_tok_data,mw_en,mw_addr,mw_data,rw_en,rw_addr,rw_data,nw_en,nw_addr,nw_data);
    
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
    input wire  [16:0] mw_addr;
    input wire  [15:0] mw_data;
    input wire  rw_en;
    input wire  [11:0] rw_addr;
    input wire  [147:0] rw_data;
    input wire  nw_en;
    input wire  [9:0] nw_addr;
    input wire  [111:0] nw_data;
    
    // Constant declarations
    localparam  t_maglev = 4'h3;
    localparam  t_rs = 4'h4;
    localparam  t_nh = 4'h5;
    
    // Stub signals
    reg  maglev$clock;
    reg  [16:0] maglev$waddr;
    reg  [15:0] maglev$wdata;
    reg  maglev$we;
    reg  [16:0] maglev$raddr;
    wire  [15:0] maglev$rdata;
    reg  servers$clock;
    reg  [11:0] servers$waddr;
    reg  [147:0] servers$wdata;
    reg  servers$we;
    reg  [11:0] servers$raddr;
    wire  [147:0] servers$rdata;
    reg  nexthops$clock;
    reg  [9:0] nexthops$waddr;
    reg  [111:0] nexthops$wdata;
    reg  nexthops$we;
    reg  [9:0] nexthops$raddr;
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
    fpvs_core_w64$path$maglev$maglev maglev(
        .clock(maglev$clock),
        .waddr(maglev$waddr),
        .wdata(maglev$wdata),
        .we(maglev$we),
        .raddr(maglev$raddr),
        .rdata(maglev$rdata)
    );
    fpvs_core_w64$path$maglev$servers servers(
        .clock(servers$clock),
        .waddr(servers$waddr),
        .wdata(servers$wdata),
        .we(servers$we),
        .raddr(servers$raddr),
        .rdata(servers$rdata)
    );
    fpvs_core_w64$path$maglev$nexthops nexthops(
        .clock(nexthops$clock),
        .waddr(nexthops$waddr),
        .wdata(nexthops$wdata),
        .we(nexthops$we),
        .raddr(nexthops$raddr),
        .rdata(nexthops$rdata)
    );
    fpvs_core_w64$path$maglev$meta_d meta_d(
        .clock(meta_d$clock),
        .d(meta_d$d),
        .q(meta_d$q)
    );
    fpvs_core_w64$path$maglev$valid_d valid_d(
        .clock(valid_d$clock),
        .d(valid_d$d),
        .q(valid_d$q)
    );
    fpvs_core_w64$path$maglev$carry3 carry3(
        .clock(carry3$clock),
        .d(carry3$d),
        .q(carry3$q)
    );
    fpvs_core_w64$path$maglev$carry4 carry4(
        .clock(carry4$clock),
        .d(carry4$d),
        .q(carry4$q)
    );
    fpvs_core_w64$path$maglev$faction_d faction_d(
        .clock(faction_d$clock),
        .d(faction_d$d),
        .q(faction_d$q)
    );
    fpvs_core_w64$path$maglev$tok_d tok_d(
        .clock(tok_d$clock),
        .d(tok_d$d),
        .q(tok_d$q)
    );
    fpvs_core_w64$path$maglev$mtok3 mtok3(
        .d(mtok3$d),
        .q(mtok3$q),
        .clock(mtok3$clock)
    );
    fpvs_core_w64$path$maglev$mtok_on3 mtok_on3(
        .d(mtok_on3$d),
        .q(mtok_on3$q),
        .clock(mtok_on3$clock)
    );
    fpvs_core_w64$path$maglev$tok4 tok4(
        .d(tok4$d),
        .q(tok4$q),
        .clock(tok4$clock)
    );
    fpvs_core_w64$path$maglev$tf1 tf1(
        .d(tf1$d),
        .q(tf1$q),
        .clock(tf1$clock)
    );
    fpvs_core_w64$path$maglev$tf2 tf2(
        .d(tf2$d),
        .q(tf2$q),
        .clock(tf2$clock)
    );
    fpvs_core_w64$path$maglev$tf3 tf3(
        .d(tf3$d),
        .q(tf3$q),
        .clock(tf3$clock)
    );
    fpvs_core_w64$path$maglev$p_lo p_lo(
        .d(p_lo$d),
        .q(p_lo$q),
        .clock(p_lo$clock)
    );
    fpvs_core_w64$path$maglev$p_hi p_hi(
        .d(p_hi$d),
        .q(p_hi$q),
        .clock(p_hi$clock)
    );
    fpvs_core_w64$path$maglev$p_carry p_carry(
        .d(p_carry$d),
        .q(p_carry$q),
        .clock(p_carry$clock)
    );
    fpvs_core_w64$path$maglev$base1 base1(
        .d(base1$d),
        .q(base1$q),
        .clock(base1$clock)
    );
    fpvs_core_w64$path$maglev$mslot_ok2 mslot_ok2(
        .d(mslot_ok2$d),
        .q(mslot_ok2$q),
        .clock(mslot_ok2$clock)
    );
    fpvs_core_w64$path$maglev$rs_ok4 rs_ok4(
        .d(rs_ok4$d),
        .q(rs_ok4$q),
        .clock(rs_ok4$clock)
    );
    fpvs_core_w64$path$maglev$rs_valid3 rs_valid3(
        .d(rs_valid3$d),
        .q(rs_valid3$q),
        .clock(rs_valid3$clock)
    );
    fpvs_core_w64$path$maglev$action4 action4(
        .d(action4$d),
        .q(action4$q),
        .clock(action4$clock)
    );
    
    // Update code
    always @(*) begin
        mtok3$clock = clock;
    end
    always @(*) begin
        mtok_on3$clock = clock;
    end
    always @(*) begin
        tok4$clock = clock;
    end
    always @(*) begin
        tf1$clock = clock;
    end
    always @(*) begin
        tf2$clock = clock;
    end
    always @(*) begin
        tf3$clock = clock;
    end
    always @(*) begin
        p_lo$clock = clock;
    end
    always @(*) begin
        p_hi$clock = clock;
    end
    always @(*) begin
        p_carry$clock = clock;
    end
    always @(*) begin
        base1$clock = clock;
    end
    always @(*) begin
        mslot_ok2$clock = clock;
    end
    always @(*) begin
        rs_ok4$clock = clock;
    end
    always @(*) begin
        rs_valid3$clock = clock;
    end
    always @(*) begin
        action4$clock = clock;
    end
    always @(*) begin
        mtok3$d = mtok3$q;
        mtok_on3$d = mtok_on3$q;
        mtok_on3$d = 1'b0;
        mtok3$d = 32'h0;
        if (tf2$q[32'h0] & (tf2$q[(32'h1)+:(4)] == t_maglev)) begin
            mtok_on3$d = 1'b1;
            mtok3$d = mentry;
        end
    end
    always @(*) begin
        tok4$d = tok4$q;
        tok4$d = tok3;
        if (tf3$q[32'h0] & (tf3$q[(32'h1)+:(4)] == t_rs)) begin
            tok4$d = ((rentry) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        end
    end
    always @(*) begin
        tf1$d = tf1$q;
        tf1$d = tf0;
    end
    always @(*) begin
        tf2$d = tf2$q;
        tf2$d = tf1$q;
    end
    always @(*) begin
        tf3$d = tf3$q;
        tf3$d = tf2$q;
    end
    always @(*) begin
        p_lo$d = p_lo$q;
        p_lo$d = hash_lo * size_lo;
    end
    always @(*) begin
        p_hi$d = p_hi$q;
        p_hi$d = hash_hi * size_lo;
    end
    always @(*) begin
        p_carry$d = p_carry$q;
        p_carry$d = 32'h0;
        if (svc0[32'h65]) begin
            p_carry$d = hash0;
        end
    end
    always @(*) begin
        base1$d = base1$q;
        base1$d = svc0[(32'h44)+:(17)];
    end
    always @(*) begin
        mslot_ok2$d = mslot_ok2$q;
        mslot_ok2$d = mentry[32'hf];
    end
    always @(*) begin
        rs_ok4$d = rs_ok4$q;
        rs_ok4$d = mslot_ok2$q & rentry[32'h0];
    end
    always @(*) begin
        rs_valid3$d = rs_valid3$q;
        rs_valid3$d = mslot_ok2$q;
    end
    always @(*) begin
        action4$d = action4$q;
        action4$d = action;
    end
    always @(*) begin
        maglev$clock = clock;
    end
    always @(*) begin
        servers$clock = clock;
    end
    always @(*) begin
        nexthops$clock = clock;
    end
    always @(*) begin
        meta_d$clock = clock;
    end
    always @(*) begin
        tok_d$clock = clock;
    end
    always @(*) begin
        valid_d$clock = clock;
    end
    always @(*) begin
        carry3$clock = clock;
    end
    always @(*) begin
        carry4$clock = clock;
    end
    always @(*) begin
        faction_d$clock = clock;
    end
    always @(*) begin
        meta_d$d = i_meta;
    end
    always @(*) begin
        tf0 = ((i_meta[(64'h115)+:(1)]) & 25'h1ffffff) | (((i_meta[(64'h116)+:(4)]) & 25'h1ffffff) << 32'h1) | (((i_meta[(64'h11a)+:(20)]) & 25'h1ffffff) << 32'h5);
    end
    always @(*) begin
        valid_d$d = i_valid;
    end
    always @(*) begin
        carry3$d = i_carry;
    end
    always @(*) begin
        carry4$d = carry3$q;
    end
    always @(*) begin
        faction_d$d = i_flow_action;
    end
    always @(*) begin
        tok_d$d = i_tok_data;
    end
    always @(*) begin
        c0 = i_carry;
    end
    always @(*) begin
        svc0 = c0[(64'h37)+:(102)];
    end
    always @(*) begin
        hash0 = c0[(64'h0)+:(32)];
    end
    always @(*) begin
        hash_lo = hash0[(32'h0)+:(16)];
    end
    always @(*) begin
        hash_hi = hash0[(32'h10)+:(16)];
    end
    always @(*) begin
        size_lo = svc0[(32'h55)+:(16)];
    end
    always @(*) begin
        prod = ((p_lo$q) & 50'h3ffffffffffff) + (((p_hi$q) & 50'h3ffffffffffff) << 32'h10) + (((p_carry$q) & 50'h3ffffffffffff) << 32'h10);
    end
    always @(*) begin
        slot = base1$q + ((prod >> 32'h20) & 17'h1ffff);
    end
    always @(*) begin
        maglev$raddr = ((slot) & 17'h1ffff);
        if (tf1$q[32'h0] & (tf1$q[(32'h1)+:(4)] == t_maglev)) begin
            maglev$raddr = ((tf1$q[(32'h5)+:(20)]) & 17'h1ffff);
        end
    end
    always @(*) begin
        mentry = maglev$rdata;
    end
    always @(*) begin
        servers$raddr = ((mentry & 32'hfff) & 12'hfff);
        if (tf2$q[32'h0] & (tf2$q[(32'h1)+:(4)] == t_rs)) begin
            servers$raddr = ((tf2$q[(32'h5)+:(20)]) & 12'hfff);
        end
    end
    always @(*) begin
        tok3 = tok_d$q;
        if (mtok_on3$q) begin
            tok3 = ((mtok3$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        end
    end
    always @(*) begin
        c3 = carry3$q;
    end
    always @(*) begin
        flow_hit3 = c3[(64'h20)+:(1)];
    end
    always @(*) begin
        rentry = servers$rdata;
    end
    always @(*) begin
        action = rentry;
        if (flow_hit3) begin
            action = faction_d$q;
        end
    end
    always @(*) begin
        nexthops$raddr = ((action >> 32'h4) & 10'h3ff);
        if (tf3$q[32'h0] & (tf3$q[(32'h1)+:(4)] == t_nh)) begin
            nexthops$raddr = ((tf3$q[(32'h5)+:(20)]) & 10'h3ff);
        end
    end
    always @(*) begin
        m4 = meta_d$q;
    end
    always @(*) begin
        o_meta = m4;
    end
    always @(*) begin
        o_valid = valid_d$q;
    end
    always @(*) begin
        o_carry = carry4$q;
    end
    always @(*) begin
        o_rs_ok = rs_ok4$q;
    end
    always @(*) begin
        o_action = action4$q;
    end
    always @(*) begin
        o_nexthop = nexthops$rdata;
    end
    always @(*) begin
        o_tok_data = tok4$q;
        if (m4[(64'h115)+:(1)] & (m4[(64'h116)+:(4)] == t_nh)) begin
            o_tok_data = ((nexthops$rdata) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        end
    end
    always @(*) begin
        maglev$waddr = mw_addr;
    end
    always @(*) begin
        maglev$wdata = mw_data;
    end
    always @(*) begin
        maglev$we = mw_en;
    end
    always @(*) begin
        servers$waddr = rw_addr;
    end
    always @(*) begin
        servers$wdata = rw_data;
    end
    always @(*) begin
        servers$we = rw_en;
    end
    always @(*) begin
        nexthops$waddr = nw_addr;
    end
    always @(*) begin
        nexthops$wdata = nw_data;
    end
    always @(*) begin
        nexthops$we = nw_en;
    end
    
endmodule // fpvs_core_w64$path$maglev


module fpvs_core_w64$path$maglev$action4(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$action4


module fpvs_core_w64$path$maglev$base1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$base1


module fpvs_core_w64$path$maglev$carry3(clock,d,q);
    
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
    fpvs_core_w64$path$maglev$carry3$ring ring(
        .clock(ring$clock),
        .waddr(ring$waddr),
        .wdata(ring$wdata),
        .we(ring$we),
        .raddr(ring$raddr),
        .rdata(ring$rdata)
    );
    fpvs_core_w64$path$maglev$carry3$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        ring$we = 1'b1;
    end
    always @(*) begin
        wp$d = wp$q;
        wp$d = wp$q + 32'h1;
    end
    always @(*) begin
        ring$clock = clock;
    end
    always @(*) begin
        ring$waddr = wp$q;
    end
    always @(*) begin
        ring$wdata = d;
    end
    always @(*) begin
        ring$raddr = wp$q - behind;
    end
    always @(*) begin
        q = ring$rdata;
    end
    
endmodule // fpvs_core_w64$path$maglev$carry3


module fpvs_core_w64$path$maglev$carry3$ring(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$path$maglev$carry3$ring


module fpvs_core_w64$path$maglev$carry3$wp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$carry3$wp


module fpvs_core_w64$path$maglev$carry4(clock,d,q);
    
    // Module arguments
    input wire  clock;
    input wire  [156:0] d;
    output reg  [156:0] q;
    
    // Stub signals
    reg  [156:0] regs$0$d;
    wire  [156:0] regs$0$q;
    reg  regs$0$clock;
    
    // Sub module instances
    fpvs_core_w64$path$maglev$carry4$regs$0 regs$0(
        .d(regs$0$d),
        .q(regs$0$q),
        .clock(regs$0$clock)
    );
    
    // Update code
    always @(*) begin
        regs$0$clock = clock;
    end
    always @(*) begin
        regs$0$d = d;
    end
    always @(*) begin
        q = regs$0$q;
    end
    
endmodule // fpvs_core_w64$path$maglev$carry4


module fpvs_core_w64$path$maglev$carry4$regs$0(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$carry4$regs$0


module fpvs_core_w64$path$maglev$faction_d(clock,d,q);
    
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
    fpvs_core_w64$path$maglev$faction_d$ring ring(
        .clock(ring$clock),
        .waddr(ring$waddr),
        .wdata(ring$wdata),
        .we(ring$we),
        .raddr(ring$raddr),
        .rdata(ring$rdata)
    );
    fpvs_core_w64$path$maglev$faction_d$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        ring$we = 1'b1;
    end
    always @(*) begin
        wp$d = wp$q;
        wp$d = wp$q + 32'h1;
    end
    always @(*) begin
        ring$clock = clock;
    end
    always @(*) begin
        ring$waddr = wp$q;
    end
    always @(*) begin
        ring$wdata = d;
    end
    always @(*) begin
        ring$raddr = wp$q - behind;
    end
    always @(*) begin
        q = ring$rdata;
    end
    
endmodule // fpvs_core_w64$path$maglev$faction_d


module fpvs_core_w64$path$maglev$faction_d$ring(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$path$maglev$faction_d$ring


module fpvs_core_w64$path$maglev$faction_d$wp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$faction_d$wp


module fpvs_core_w64$path$maglev$maglev(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [16:0] waddr;
    input wire  [15:0] wdata;
    input wire  we;
    input wire  [16:0] raddr;
    output reg  [15:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [15:0] mem [0:131071];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 131071; i = i + 1) mem[i] = 16'd0;
    end
    `endif
    initial rdata = 16'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$path$maglev$maglev


module fpvs_core_w64$path$maglev$meta_d(clock,d,q);
    
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
    fpvs_core_w64$path$maglev$meta_d$ring ring(
        .clock(ring$clock),
        .waddr(ring$waddr),
        .wdata(ring$wdata),
        .we(ring$we),
        .raddr(ring$raddr),
        .rdata(ring$rdata)
    );
    fpvs_core_w64$path$maglev$meta_d$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        ring$we = 1'b1;
    end
    always @(*) begin
        wp$d = wp$q;
        wp$d = wp$q + 32'h1;
    end
    always @(*) begin
        ring$clock = clock;
    end
    always @(*) begin
        ring$waddr = wp$q;
    end
    always @(*) begin
        ring$wdata = d;
    end
    always @(*) begin
        ring$raddr = wp$q - behind;
    end
    always @(*) begin
        q = ring$rdata;
    end
    
endmodule // fpvs_core_w64$path$maglev$meta_d


module fpvs_core_w64$path$maglev$meta_d$ring(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$path$maglev$meta_d$ring


module fpvs_core_w64$path$maglev$meta_d$wp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$meta_d$wp


module fpvs_core_w64$path$maglev$mslot_ok2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$mslot_ok2


module fpvs_core_w64$path$maglev$mtok3(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$mtok3


module fpvs_core_w64$path$maglev$mtok_on3(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$mtok_on3


module fpvs_core_w64$path$maglev$nexthops(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] waddr;
    input wire  [111:0] wdata;
    input wire  we;
    input wire  [9:0] raddr;
    output reg  [111:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [111:0] mem [0:1023];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 1023; i = i + 1) mem[i] = 112'd0;
    end
    `endif
    initial rdata = 112'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$path$maglev$nexthops


module fpvs_core_w64$path$maglev$p_carry(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$p_carry


module fpvs_core_w64$path$maglev$p_hi(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$p_hi


module fpvs_core_w64$path$maglev$p_lo(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$p_lo


module fpvs_core_w64$path$maglev$rs_ok4(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$rs_ok4


module fpvs_core_w64$path$maglev$rs_valid3(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$rs_valid3


module fpvs_core_w64$path$maglev$servers(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [11:0] waddr;
    input wire  [147:0] wdata;
    input wire  we;
    input wire  [11:0] raddr;
    output reg  [147:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [147:0] mem [0:4095];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 4095; i = i + 1) mem[i] = 148'd0;
    end
    `endif
    initial rdata = 148'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$path$maglev$servers


module fpvs_core_w64$path$maglev$tf1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$tf1


module fpvs_core_w64$path$maglev$tf2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$tf2


module fpvs_core_w64$path$maglev$tf3(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$tf3


module fpvs_core_w64$path$maglev$tok4(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$tok4


module fpvs_core_w64$path$maglev$tok_d(clock,d,q);
    
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
    fpvs_core_w64$path$maglev$tok_d$ring ring(
        .clock(ring$clock),
        .waddr(ring$waddr),
        .wdata(ring$wdata),
        .we(ring$we),
        .raddr(ring$raddr),
        .rdata(ring$rdata)
    );
    fpvs_core_w64$path$maglev$tok_d$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        ring$we = 1'b1;
    end
    always @(*) begin
        wp$d = wp$q;
        wp$d = wp$q + 32'h1;
    end
    always @(*) begin
        ring$clock = clock;
    end
    always @(*) begin
        ring$waddr = wp$q;
    end
    always @(*) begin
        ring$wdata = d;
    end
    always @(*) begin
        ring$raddr = wp$q - behind;
    end
    always @(*) begin
        q = ring$rdata;
    end
    
endmodule // fpvs_core_w64$path$maglev$tok_d


module fpvs_core_w64$path$maglev$tok_d$ring(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$path$maglev$tok_d$ring


module fpvs_core_w64$path$maglev$tok_d$wp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$tok_d$wp


module fpvs_core_w64$path$maglev$valid_d(clock,d,q);
    
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
    fpvs_core_w64$path$maglev$valid_d$regs$0 regs$0(
        .d(regs$0$d),
        .q(regs$0$q),
        .clock(regs$0$clock)
    );
    fpvs_core_w64$path$maglev$valid_d$regs$1 regs$1(
        .d(regs$1$d),
        .q(regs$1$q),
        .clock(regs$1$clock)
    );
    fpvs_core_w64$path$maglev$valid_d$regs$2 regs$2(
        .d(regs$2$d),
        .q(regs$2$q),
        .clock(regs$2$clock)
    );
    fpvs_core_w64$path$maglev$valid_d$regs$3 regs$3(
        .d(regs$3$d),
        .q(regs$3$q),
        .clock(regs$3$clock)
    );
    
    // Update code
    always @(*) begin
        regs$0$clock = clock;
    end
    always @(*) begin
        regs$1$clock = clock;
    end
    always @(*) begin
        regs$2$clock = clock;
    end
    always @(*) begin
        regs$3$clock = clock;
    end
    always @(*) begin
        regs$0$d = d;
    end
    always @(*) begin
        regs$1$d = regs$0$q;
    end
    always @(*) begin
        regs$2$d = regs$1$q;
    end
    always @(*) begin
        regs$3$d = regs$2$q;
    end
    always @(*) begin
        q = regs$0$q;
        q = regs$1$q;
        q = regs$2$q;
        q = regs$3$q;
    end
    
endmodule // fpvs_core_w64$path$maglev$valid_d


module fpvs_core_w64$path$maglev$valid_d$regs$0(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$valid_d$regs$0


module fpvs_core_w64$path$maglev$valid_d$regs$1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$valid_d$regs$1


module fpvs_core_w64$path$maglev$valid_d$regs$2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$valid_d$regs$2


module fpvs_core_w64$path$maglev$valid_d$regs$3(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$maglev$valid_d$regs$3


module fpvs_core_w64$path$parse(clock,i_hdr,i_valid,o_meta,o_valid);
    
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
    fpvs_core_w64$path$parse$s_rev s_rev(
        .d(s_rev$d),
        .q(s_rev$q),
        .clock(s_rev$clock)
    );
    fpvs_core_w64$path$parse$s_sum s_sum(
        .d(s_sum$d),
        .q(s_sum$q),
        .clock(s_sum$clock)
    );
    fpvs_core_w64$path$parse$s_hlen s_hlen(
        .d(s_hlen$d),
        .q(s_hlen$q),
        .clock(s_hlen$clock)
    );
    fpvs_core_w64$path$parse$s_whole s_whole(
        .d(s_whole$d),
        .q(s_whole$q),
        .clock(s_whole$clock)
    );
    fpvs_core_w64$path$parse$s_port s_port(
        .d(s_port$d),
        .q(s_port$q),
        .clock(s_port$clock)
    );
    fpvs_core_w64$path$parse$s_verbatim s_verbatim(
        .d(s_verbatim$d),
        .q(s_verbatim$q),
        .clock(s_verbatim$clock)
    );
    fpvs_core_w64$path$parse$s_valid s_valid(
        .d(s_valid$d),
        .q(s_valid$q),
        .clock(s_valid$clock)
    );
    fpvs_core_w64$path$parse$s_tagged s_tagged(
        .d(s_tagged$d),
        .q(s_tagged$q),
        .clock(s_tagged$clock)
    );
    fpvs_core_w64$path$parse$s_qinq s_qinq(
        .d(s_qinq$d),
        .q(s_qinq$q),
        .clock(s_qinq$clock)
    );
    fpvs_core_w64$path$parse$s_etype s_etype(
        .d(s_etype$d),
        .q(s_etype$q),
        .clock(s_etype$clock)
    );
    fpvs_core_w64$path$parse$out out(
        .d(out$d),
        .q(out$q),
        .clock(out$clock)
    );
    fpvs_core_w64$path$parse$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    
    // Update code
    always @(*) begin
        s_rev$clock = clock;
    end
    always @(*) begin
        s_sum$clock = clock;
    end
    always @(*) begin
        s_hlen$clock = clock;
    end
    always @(*) begin
        s_whole$clock = clock;
    end
    always @(*) begin
        s_port$clock = clock;
    end
    always @(*) begin
        s_verbatim$clock = clock;
    end
    always @(*) begin
        s_valid$clock = clock;
    end
    always @(*) begin
        s_tagged$clock = clock;
    end
    always @(*) begin
        s_qinq$clock = clock;
    end
    always @(*) begin
        s_etype$clock = clock;
    end
    always @(*) begin
        out$clock = clock;
    end
    always @(*) begin
        valid$clock = clock;
    end
    always @(*) begin
        s_rev$d = s_rev$q;
        s_rev$d = hdr_rev;
    end
    always @(*) begin
        s_sum$d = s_sum$q;
        s_sum$d = (quad0 + quad1) + pair4;
    end
    always @(*) begin
        s_hlen$d = s_hlen$q;
        s_hlen$d = i_hdr[(64'h200)+:(7)];
    end
    always @(*) begin
        s_whole$d = s_whole$q;
        s_whole$d = i_hdr[(64'h207)+:(1)];
    end
    always @(*) begin
        s_port$d = s_port$q;
        s_port$d = i_hdr[(64'h208)+:(2)];
    end
    always @(*) begin
        s_verbatim$d = s_verbatim$q;
        s_verbatim$d = i_hdr[(64'h20a)+:(1)];
    end
    always @(*) begin
        s_valid$d = s_valid$q;
        s_valid$d = i_valid;
    end
    always @(*) begin
        s_tagged$d = s_tagged$q;
        s_tagged$d = is_tagged;
    end
    always @(*) begin
        s_qinq$d = s_qinq$q;
        s_qinq$d = outer_type == 32'h88a8;
    end
    always @(*) begin
        s_etype$d = s_etype$q;
        s_etype$d = etype;
    end
    always @(*) begin
        out$d = out$q;
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
    end
    always @(*) begin
        valid$d = valid$q;
        valid$d = s_valid$q;
    end
    always @(*) begin
        hdr = i_hdr[(64'h0)+:(512)];
    end
    always @(*) begin
        outer_type = (((hdr[(32'h60)+:(8)]) & 16'hffff) << 32'h8) | ((hdr[(32'h68)+:(8)]) & 16'hffff);
    end
    always @(*) begin
        inner_type = (((hdr[(32'h80)+:(8)]) & 16'hffff) << 32'h8) | ((hdr[(32'h88)+:(8)]) & 16'hffff);
    end
    always @(*) begin
        is_tagged = outer_type == 32'h8100;
    end
    always @(*) begin
        if (is_tagged) begin
            etype = inner_type;
            win = hdr[(32'h90)+:(320)];
        end
        else begin
            etype = outer_type;
            win = hdr[(32'h70)+:(320)];
        end
    end
    always @(*) begin
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
    end
    always @(*) begin
        pair0 = ((hdr_rev[(32'h130)+:(16)]) & 20'hfffff) + ((hdr_rev[(32'h120)+:(16)]) & 20'hfffff);
    end
    always @(*) begin
        pair1 = ((hdr_rev[(32'h110)+:(16)]) & 20'hfffff) + ((hdr_rev[(32'h100)+:(16)]) & 20'hfffff);
    end
    always @(*) begin
        pair2 = ((hdr_rev[(32'hf0)+:(16)]) & 20'hfffff) + ((hdr_rev[(32'he0)+:(16)]) & 20'hfffff);
    end
    always @(*) begin
        pair3 = ((hdr_rev[(32'hd0)+:(16)]) & 20'hfffff) + ((hdr_rev[(32'hc0)+:(16)]) & 20'hfffff);
    end
    always @(*) begin
        pair4 = ((hdr_rev[(32'hb0)+:(16)]) & 20'hfffff) + ((hdr_rev[(32'ha0)+:(16)]) & 20'hfffff);
    end
    always @(*) begin
        quad0 = pair0 + pair1;
    end
    always @(*) begin
        quad1 = pair2 + pair3;
    end
    always @(*) begin
        rev = s_rev$q;
    end
    always @(*) begin
        hlen = s_hlen$q;
    end
    always @(*) begin
        l3 = 32'he;
        if (s_tagged$q) begin
            l3 = 32'h12;
        end
    end
    always @(*) begin
        ver_ihl = rev[(32'h138)+:(8)];
    end
    always @(*) begin
        ihl4 = ((ver_ihl & 32'hf) & 16'hffff) << 32'h2;
    end
    always @(*) begin
        total_len = rev[(32'h120)+:(16)];
    end
    always @(*) begin
        frag = rev[(32'h100)+:(16)];
    end
    always @(*) begin
        proto = rev[(32'hf0)+:(8)];
    end
    always @(*) begin
        doff = rev[(32'h38)+:(8)];
    end
    always @(*) begin
        is_tcp = proto == 32'h6;
    end
    always @(*) begin
        if (is_tcp) begin
            l4_min = 32'h28;
        end
        else begin
            l4_min = 32'h1c;
        end
    end
    always @(*) begin
        sum = s_sum$q;
    end
    always @(*) begin
        fold1 = (sum & 32'hffff) + (sum >> 32'h10);
    end
    always @(*) begin
        fold2 = (fold1 & 32'hffff) + (fold1 >> 32'h10);
    end
    always @(*) begin
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
    end
    always @(*) begin
        o_meta = out$q;
    end
    always @(*) begin
        o_valid = valid$q;
    end
    
endmodule // fpvs_core_w64$path$parse


module fpvs_core_w64$path$parse$out(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$parse$out


module fpvs_core_w64$path$parse$s_etype(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$parse$s_etype


module fpvs_core_w64$path$parse$s_hlen(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$parse$s_hlen


module fpvs_core_w64$path$parse$s_port(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$parse$s_port


module fpvs_core_w64$path$parse$s_qinq(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$parse$s_qinq


module fpvs_core_w64$path$parse$s_rev(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$parse$s_rev


module fpvs_core_w64$path$parse$s_sum(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$parse$s_sum


module fpvs_core_w64$path$parse$s_tagged(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$parse$s_tagged


module fpvs_core_w64$path$parse$s_valid(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$parse$s_valid


module fpvs_core_w64$path$parse$s_verbatim(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$parse$s_verbatim


module fpvs_core_w64$path$parse$s_whole(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$parse$s_whole


module fpvs_core_w64$path$parse$valid(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$parse$valid


module fpvs_core_w64$path$rewrite(clock,i_meta,i_verdict,i_hdr,i_valid,tun_ttl,o_meta,o_verdict,o_hdr,o_len,o_valid);
    
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
    fpvs_core_w64$path$rewrite$a_meta a_meta(
        .d(a_meta$d),
        .q(a_meta$q),
        .clock(a_meta$clock)
    );
    fpvs_core_w64$path$rewrite$a_verdict a_verdict(
        .d(a_verdict$d),
        .q(a_verdict$q),
        .clock(a_verdict$clock)
    );
    fpvs_core_w64$path$rewrite$a_hdr a_hdr(
        .d(a_hdr$d),
        .q(a_hdr$q),
        .clock(a_hdr$clock)
    );
    fpvs_core_w64$path$rewrite$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    fpvs_core_w64$path$rewrite$a_saddr a_saddr(
        .d(a_saddr$d),
        .q(a_saddr$q),
        .clock(a_saddr$clock)
    );
    fpvs_core_w64$path$rewrite$a_daddr a_daddr(
        .d(a_daddr$d),
        .q(a_daddr$q),
        .clock(a_daddr$clock)
    );
    fpvs_core_w64$path$rewrite$a_sport a_sport(
        .d(a_sport$d),
        .q(a_sport$q),
        .clock(a_sport$clock)
    );
    fpvs_core_w64$path$rewrite$a_dport a_dport(
        .d(a_dport$d),
        .q(a_dport$q),
        .clock(a_dport$clock)
    );
    fpvs_core_w64$path$rewrite$a_seq a_seq(
        .d(a_seq$d),
        .q(a_seq$q),
        .clock(a_seq$clock)
    );
    fpvs_core_w64$path$rewrite$a_ack a_ack(
        .d(a_ack$d),
        .q(a_ack$q),
        .clock(a_ack$clock)
    );
    fpvs_core_w64$path$rewrite$a_ttl a_ttl(
        .d(a_ttl$d),
        .q(a_ttl$q),
        .clock(a_ttl$clock)
    );
    fpvs_core_w64$path$rewrite$a_sum_ip a_sum_ip(
        .d(a_sum_ip$d),
        .q(a_sum_ip$q),
        .clock(a_sum_ip$clock)
    );
    fpvs_core_w64$path$rewrite$a_sum_l4 a_sum_l4(
        .d(a_sum_l4$d),
        .q(a_sum_l4$q),
        .clock(a_sum_l4$clock)
    );
    fpvs_core_w64$path$rewrite$a_sum_out a_sum_out(
        .d(a_sum_out$d),
        .q(a_sum_out$q),
        .clock(a_sum_out$clock)
    );
    fpvs_core_w64$path$rewrite$a_outer_ttl a_outer_ttl(
        .d(a_outer_ttl$d),
        .q(a_outer_ttl$q),
        .clock(a_outer_ttl$clock)
    );
    fpvs_core_w64$path$rewrite$b_meta b_meta(
        .d(b_meta$d),
        .q(b_meta$q),
        .clock(b_meta$clock)
    );
    fpvs_core_w64$path$rewrite$b_verdict b_verdict(
        .d(b_verdict$d),
        .q(b_verdict$q),
        .clock(b_verdict$clock)
    );
    fpvs_core_w64$path$rewrite$b_hdr b_hdr(
        .d(b_hdr$d),
        .q(b_hdr$q),
        .clock(b_hdr$clock)
    );
    fpvs_core_w64$path$rewrite$b_len b_len(
        .d(b_len$d),
        .q(b_len$q),
        .clock(b_len$clock)
    );
    fpvs_core_w64$path$rewrite$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    
    // Update code
    always @(*) begin
        a_meta$clock = clock;
    end
    always @(*) begin
        a_verdict$clock = clock;
    end
    always @(*) begin
        a_hdr$clock = clock;
    end
    always @(*) begin
        a_valid$clock = clock;
    end
    always @(*) begin
        a_saddr$clock = clock;
    end
    always @(*) begin
        a_daddr$clock = clock;
    end
    always @(*) begin
        a_sport$clock = clock;
    end
    always @(*) begin
        a_dport$clock = clock;
    end
    always @(*) begin
        a_seq$clock = clock;
    end
    always @(*) begin
        a_ack$clock = clock;
    end
    always @(*) begin
        a_ttl$clock = clock;
    end
    always @(*) begin
        a_sum_ip$clock = clock;
    end
    always @(*) begin
        a_sum_l4$clock = clock;
    end
    always @(*) begin
        a_sum_out$clock = clock;
    end
    always @(*) begin
        a_outer_ttl$clock = clock;
    end
    always @(*) begin
        b_meta$clock = clock;
    end
    always @(*) begin
        b_verdict$clock = clock;
    end
    always @(*) begin
        b_hdr$clock = clock;
    end
    always @(*) begin
        b_len$clock = clock;
    end
    always @(*) begin
        b_valid$clock = clock;
    end
    always @(*) begin
        a_meta$d = a_meta$q;
        a_meta$d = m;
    end
    always @(*) begin
        a_verdict$d = a_verdict$q;
        a_verdict$d = v;
    end
    always @(*) begin
        a_hdr$d = a_hdr$q;
        a_hdr$d = i_hdr;
    end
    always @(*) begin
        a_valid$d = a_valid$q;
        a_valid$d = i_valid;
    end
    always @(*) begin
        a_saddr$d = a_saddr$q;
        a_saddr$d = new_s;
    end
    always @(*) begin
        a_daddr$d = a_daddr$q;
        a_daddr$d = new_d;
    end
    always @(*) begin
        a_sport$d = a_sport$q;
        a_sport$d = new_sp;
    end
    always @(*) begin
        a_dport$d = a_dport$q;
        a_dport$d = new_dp;
    end
    always @(*) begin
        a_seq$d = a_seq$q;
        a_seq$d = new_seq;
    end
    always @(*) begin
        a_ack$d = a_ack$q;
        a_ack$d = new_ack;
    end
    always @(*) begin
        a_ttl$d = a_ttl$q;
        a_ttl$d = m[(64'h93)+:(8)] - 32'h1;
    end
    always @(*) begin
        a_sum_ip$d = a_sum_ip$q;
        a_sum_ip$d = sum_pairs + sum_ip;
    end
    always @(*) begin
        a_sum_l4$d = a_sum_l4$q;
        a_sum_l4$d = sum_pairs + sum_l4_extra;
    end
    always @(*) begin
        a_sum_out$d = a_sum_out$q;
        a_sum_out$d = sum_out;
    end
    always @(*) begin
        a_outer_ttl$d = a_outer_ttl$q;
        a_outer_ttl$d = tun_ttl;
    end
    always @(*) begin
        b_meta$d = b_meta$q;
        b_meta$d = mb;
    end
    always @(*) begin
        b_verdict$d = b_verdict$q;
        b_verdict$d = vb;
    end
    always @(*) begin
        b_hdr$d = b_hdr$q;
        b_hdr$d = hp;
    end
    always @(*) begin
        b_len$d = b_len$q;
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
    end
    always @(*) begin
        b_valid$d = b_valid$q;
        b_valid$d = a_valid$q;
    end
    always @(*) begin
        m = i_meta;
    end
    always @(*) begin
        v = i_verdict;
    end
    always @(*) begin
        mode = v[(64'h8)+:(3)];
    end
    always @(*) begin
        s_old = m[(64'h2b)+:(32)];
    end
    always @(*) begin
        d_old = m[(64'h4b)+:(32)];
    end
    always @(*) begin
        seq_old = m[(64'hd5)+:(32)];
    end
    always @(*) begin
        ack_old = m[(64'hf5)+:(32)];
    end
    always @(*) begin
        vs = v[(64'hb)+:(32)];
    end
    always @(*) begin
        vd = v[(64'h2b)+:(32)];
    end
    always @(*) begin
        new_s = m[(64'h2b)+:(32)];
        new_sp = m[(64'h6b)+:(16)];
        if ((mode >= 32'h4) & (mode <= 32'h6)) begin
            new_s = v[(64'hb)+:(32)];
            new_sp = v[(64'h4b)+:(16)];
        end
    end
    always @(*) begin
        new_d = m[(64'h4b)+:(32)];
        new_dp = m[(64'h7b)+:(16)];
        if ((mode == m_nat_fwd) | (mode == m_fnat_fwd) | (mode == m_fnat_rev)) begin
            new_d = v[(64'h2b)+:(32)];
            new_dp = v[(64'h5b)+:(16)];
        end
    end
    always @(*) begin
        new_seq = m[(64'hd5)+:(32)];
        if (m[(64'hb4)+:(1)] & (mode == m_fnat_fwd)) begin
            new_seq = m[(64'hd5)+:(32)] + ((v[(64'h6b)+:(16)]) & 32'hffffffff);
        end
    end
    always @(*) begin
        new_ack = m[(64'hf5)+:(32)];
        if (m[(64'hb4)+:(1)] & (mode == m_fnat_rev)) begin
            new_ack = m[(64'hf5)+:(32)] - ((v[(64'h6b)+:(16)]) & 32'hffffffff);
        end
    end
    always @(*) begin
        ttl_old_w = (((m[(64'h93)+:(8)]) & 16'hffff) << 32'h8) | ((m[(64'h23)+:(8)]) & 16'hffff);
    end
    always @(*) begin
        ttl_new_w = ttl_old_w - 32'h100;
    end
    always @(*) begin
        p_s = ((~((s_old[(32'h10)+:(16)]) & 24'hffffff) & 32'hffff) + (~((s_old[(32'h0)+:(16)]) & 24'hffffff) & 32'hffff)) + (((new_s[(32'h10)+:(16)]) & 24'hffffff) + ((new_s[(32'h0)+:(16)]) & 24'hffffff));
    end
    always @(*) begin
        p_d = ((~((d_old[(32'h10)+:(16)]) & 24'hffffff) & 32'hffff) + (~((d_old[(32'h0)+:(16)]) & 24'hffffff) & 32'hffff)) + (((new_d[(32'h10)+:(16)]) & 24'hffffff) + ((new_d[(32'h0)+:(16)]) & 24'hffffff));
    end
    always @(*) begin
        sum_pairs = p_s + p_d;
    end
    always @(*) begin
        sum_ip = ((~((m[(64'hb5)+:(16)]) & 24'hffffff) & 32'hffff) + (~((ttl_old_w) & 24'hffffff) & 32'hffff)) + ((ttl_new_w) & 24'hffffff);
    end
    always @(*) begin
        p_ports = ((~((m[(64'hc5)+:(16)]) & 24'hffffff) & 32'hffff) + ((~((m[(64'h6b)+:(16)]) & 24'hffffff) & 32'hffff) + ((new_sp) & 24'hffffff))) + ((~((m[(64'h7b)+:(16)]) & 24'hffffff) & 32'hffff) + ((new_dp) & 24'hffffff));
    end
    always @(*) begin
        p_seq = ((~((seq_old[(32'h10)+:(16)]) & 24'hffffff) & 32'hffff) + (~((seq_old[(32'h0)+:(16)]) & 24'hffffff) & 32'hffff)) + (((new_seq[(32'h10)+:(16)]) & 24'hffffff) + ((new_seq[(32'h0)+:(16)]) & 24'hffffff));
    end
    always @(*) begin
        p_ack = ((~((ack_old[(32'h10)+:(16)]) & 24'hffffff) & 32'hffff) + (~((ack_old[(32'h0)+:(16)]) & 24'hffffff) & 32'hffff)) + (((new_ack[(32'h10)+:(16)]) & 24'hffffff) + ((new_ack[(32'h0)+:(16)]) & 24'hffffff));
    end
    always @(*) begin
        sum_l4_extra = p_ports;
        if (m[(64'hb4)+:(1)]) begin
            sum_l4_extra = p_ports + (p_seq + p_ack);
        end
    end
    always @(*) begin
        out_len = m[(64'ha3)+:(16)] + 32'h14;
    end
    always @(*) begin
        sum_out = (((((((m[(64'h9b)+:(8)]) & 16'hffff)) | 32'h4500) & 24'hffffff) + ((out_len) & 24'hffffff)) + ((((((tun_ttl) & 16'hffff) << 32'h8) | 32'h4) & 24'hffffff) + ((vs[(32'h10)+:(16)]) & 24'hffffff))) + ((((vs[(32'h0)+:(16)]) & 24'hffffff) + ((vd[(32'h10)+:(16)]) & 24'hffffff)) + ((vd[(32'h0)+:(16)]) & 24'hffffff));
        if (m[(64'hb3)+:(1)]) begin
            sum_out = sum_out + 32'h4000;
        end
    end
    always @(*) begin
        mb = a_meta$q;
    end
    always @(*) begin
        vb = a_verdict$q;
    end
    always @(*) begin
        hdr = a_hdr$q;
    end
    always @(*) begin
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
    end
    always @(*) begin
        out_csum = ~n16;
    end
    always @(*) begin
        if (mb[(64'hb)+:(1)]) begin
            win = hdr[(32'h90)+:(320)];
        end
        else begin
            win = hdr[(32'h70)+:(320)];
        end
    end
    always @(*) begin
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
    end
    always @(*) begin
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
    end
    always @(*) begin
        l2 = (hdr & ~mask_l2) | ((dmac) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((smac) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h30);
        b14 = 32'h0;
        if (mb[(64'hb)+:(1)] & vb[(64'hdb)+:(1)]) begin
            b14 = (hdr[(32'h70)+:(8)] & 32'hf0) | ((vb[(64'hdc)+:(12)] >> 32'h8) & 8'hff);
            l2 = (l2 & ~mask_tci) | (((b14) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h70) | (((vb[(64'hdc)+:(12)] & 32'hff) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h78);
        end
    end
    always @(*) begin
        outer_rev = ((vb[(64'h2b)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) | (((vb[(64'hb)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h20) | (((out_csum) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((32'h4) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h50) | (((a_outer_ttl$q) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h58) | (((mb[(64'ha3)+:(16)] + 32'h14) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80) | (((mb[(64'h9b)+:(8)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h90) | (((32'h45) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h98);
        if (mb[(64'hb3)+:(1)]) begin
            outer_rev = outer_rev | (((32'h4000) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h60);
        end
    end
    always @(*) begin
        o_meta = b_meta$q;
    end
    always @(*) begin
        o_verdict = b_verdict$q;
    end
    always @(*) begin
        o_hdr = b_hdr$q;
    end
    always @(*) begin
        o_len = b_len$q;
    end
    always @(*) begin
        o_valid = b_valid$q;
    end
    
endmodule // fpvs_core_w64$path$rewrite


module fpvs_core_w64$path$rewrite$a_ack(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_ack


module fpvs_core_w64$path$rewrite$a_daddr(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_daddr


module fpvs_core_w64$path$rewrite$a_dport(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_dport


module fpvs_core_w64$path$rewrite$a_hdr(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_hdr


module fpvs_core_w64$path$rewrite$a_meta(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_meta


module fpvs_core_w64$path$rewrite$a_outer_ttl(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_outer_ttl


module fpvs_core_w64$path$rewrite$a_saddr(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_saddr


module fpvs_core_w64$path$rewrite$a_seq(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_seq


module fpvs_core_w64$path$rewrite$a_sport(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_sport


module fpvs_core_w64$path$rewrite$a_sum_ip(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_sum_ip


module fpvs_core_w64$path$rewrite$a_sum_l4(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_sum_l4


module fpvs_core_w64$path$rewrite$a_sum_out(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_sum_out


module fpvs_core_w64$path$rewrite$a_ttl(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_ttl


module fpvs_core_w64$path$rewrite$a_valid(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_valid


module fpvs_core_w64$path$rewrite$a_verdict(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$a_verdict


module fpvs_core_w64$path$rewrite$b_hdr(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$b_hdr


module fpvs_core_w64$path$rewrite$b_len(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$b_len


module fpvs_core_w64$path$rewrite$b_meta(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$b_meta


module fpvs_core_w64$path$rewrite$b_valid(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$b_valid


module fpvs_core_w64$path$rewrite$b_verdict(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$rewrite$b_verdict


module fpvs_core_w64$path$tok1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$tok1


module fpvs_core_w64$path$tok_index1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$tok_index1


module fpvs_core_w64$path$tok_table1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$path$tok_table1


module fpvs_core_w64$regs(clock,reg_addr,reg_wdata,reg_wr,reg_rd,reg_rdata,reg_rvalid,stats,rx_pulse,inj_pulse,rl_tokens,rl_limited,tun_mtu,tun_ttl,ts_now,rl_period,rl_rate,rl_burst);
    
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
    localparam  id_words = 352'h872cfa310003d0900000040000000400000010000001ffff0000060100000d02000002400001000046505653;
    localparam  prescale_reset = 32'h3d090;
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
    fpvs_core_w64$regs$scratch scratch(
        .d(scratch$d),
        .q(scratch$q),
        .clock(scratch$clock)
    );
    fpvs_core_w64$regs$mtu mtu(
        .d(mtu$d),
        .q(mtu$q),
        .clock(mtu$clock)
    );
    fpvs_core_w64$regs$ttl ttl(
        .d(ttl$d),
        .q(ttl$q),
        .clock(ttl$clock)
    );
    fpvs_core_w64$regs$prescale prescale(
        .d(prescale$d),
        .q(prescale$q),
        .clock(prescale$clock)
    );
    fpvs_core_w64$regs$now now(
        .d(now$d),
        .q(now$q),
        .clock(now$clock)
    );
    fpvs_core_w64$regs$tick_count tick_count(
        .d(tick_count$d),
        .q(tick_count$q),
        .clock(tick_count$clock)
    );
    fpvs_core_w64$regs$period period(
        .d(period$d),
        .q(period$q),
        .clock(period$clock)
    );
    fpvs_core_w64$regs$rate rate(
        .d(rate$d),
        .q(rate$q),
        .clock(rate$clock)
    );
    fpvs_core_w64$regs$burst burst(
        .d(burst$d),
        .q(burst$q),
        .clock(burst$clock)
    );
    fpvs_core_w64$regs$rx rx(
        .d(rx$d),
        .q(rx$q),
        .clock(rx$clock)
    );
    fpvs_core_w64$regs$inj inj(
        .d(inj$d),
        .q(inj$q),
        .clock(inj$clock)
    );
    fpvs_core_w64$regs$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    fpvs_core_w64$regs$rvalid rvalid(
        .d(rvalid$d),
        .q(rvalid$q),
        .clock(rvalid$clock)
    );
    
    // Update code
    always @(*) begin
        scratch$clock = clock;
    end
    always @(*) begin
        mtu$clock = clock;
    end
    always @(*) begin
        ttl$clock = clock;
    end
    always @(*) begin
        prescale$clock = clock;
    end
    always @(*) begin
        now$clock = clock;
    end
    always @(*) begin
        tick_count$clock = clock;
    end
    always @(*) begin
        period$clock = clock;
    end
    always @(*) begin
        rate$clock = clock;
    end
    always @(*) begin
        burst$clock = clock;
    end
    always @(*) begin
        rx$clock = clock;
    end
    always @(*) begin
        inj$clock = clock;
    end
    always @(*) begin
        rdata$clock = clock;
    end
    always @(*) begin
        rvalid$clock = clock;
    end
    always @(*) begin
        scratch$d = scratch$q;
        mtu$d = mtu$q;
        ttl$d = ttl$q;
        prescale$d = prescale$q;
        now$d = now$q;
        tick_count$d = tick_count$q;
        period$d = period$q;
        rate$d = rate$q;
        burst$d = burst$q;
        tick_count$d = tick_count$q + 32'h1;
        if ((tick_count$q + 32'h1 >= prescale$q) & (prescale$q != 32'h0)) begin
            tick_count$d = 32'h0;
            now$d = now$q + 32'h1;
        end
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
    end
    always @(*) begin
        rx$d = rx$q;
        if (rx_pulse) begin
            rx$d = rx$q + 32'h1;
        end
    end
    always @(*) begin
        inj$d = inj$q;
        if (inj_pulse) begin
            inj$d = inj$q + 32'h1;
        end
    end
    always @(*) begin
        rdata$d = rdata$q;
        rdata$d = 32'h0;
        if (reg_rd) begin
            rdata$d = v;
        end
    end
    always @(*) begin
        rvalid$d = rvalid$q;
        rvalid$d = reg_rd;
    end
    always @(*) begin
        a = reg_addr;
    end
    always @(*) begin
        cls = (((a - at_classes) >> 32'h4) & 2'h3);
    end
    always @(*) begin
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
        if (a == at_inj_frames) begin
            v = inj$q;
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
    end
    always @(*) begin
        id_word = (((a - at_id_words) >> 32'h2) & 4'hf);
    end
    always @(*) begin
        is_stat = 1'b0;
        stat_word = (((a - at_frames) >> 32'h2) & 5'h1f);
        if ((a >= at_frames) & (a < end_frames)) begin
            is_stat = 1'b1;
        end
        if ((a >= at_counters) & (a < end_counters)) begin
            is_stat = 1'b1;
            stat_word = (((a - counters_origin) >> 32'h2) & 5'h1f);
        end
    end
    always @(*) begin
        reg_rdata = rdata$q;
    end
    always @(*) begin
        reg_rvalid = rvalid$q;
    end
    always @(*) begin
        tun_mtu = mtu$q;
    end
    always @(*) begin
        tun_ttl = ttl$q;
    end
    always @(*) begin
        ts_now = now$q;
    end
    always @(*) begin
        rl_period = period$q;
    end
    always @(*) begin
        rl_rate = rate$q;
    end
    always @(*) begin
        rl_burst = burst$q;
    end
    
endmodule // fpvs_core_w64$regs


module fpvs_core_w64$regs$burst(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$burst


module fpvs_core_w64$regs$inj(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$inj


module fpvs_core_w64$regs$mtu(d,q,clock);
    
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
    fpvs_core_w64$regs$mtu$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
    end
    always @(*) begin
        q = dff$q ^ init;
    end
    always @(*) begin
        dff$d = d ^ init;
    end
    
endmodule // fpvs_core_w64$regs$mtu


module fpvs_core_w64$regs$mtu$dff(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$mtu$dff


module fpvs_core_w64$regs$now(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$now


module fpvs_core_w64$regs$period(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$period


module fpvs_core_w64$regs$prescale(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h3d090;
    
    // Stub signals
    reg  [31:0] dff$d;
    wire  [31:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    fpvs_core_w64$regs$prescale$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
    end
    always @(*) begin
        q = dff$q ^ init;
    end
    always @(*) begin
        dff$d = d ^ init;
    end
    
endmodule // fpvs_core_w64$regs$prescale


module fpvs_core_w64$regs$prescale$dff(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$prescale$dff


module fpvs_core_w64$regs$rate(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$rate


module fpvs_core_w64$regs$rdata(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$rdata


module fpvs_core_w64$regs$rvalid(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$rvalid


module fpvs_core_w64$regs$rx(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$rx


module fpvs_core_w64$regs$scratch(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$scratch


module fpvs_core_w64$regs$tick_count(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$tick_count


module fpvs_core_w64$regs$ttl(d,q,clock);
    
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
    fpvs_core_w64$regs$ttl$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
    end
    always @(*) begin
        q = dff$q ^ init;
    end
    always @(*) begin
        dff$d = d ^ init;
    end
    
endmodule // fpvs_core_w64$regs$ttl


module fpvs_core_w64$regs$ttl$dff(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$regs$ttl$dff


module fpvs_core_w64$retire(clock,s_event,s_valid,s_ready,ts_now,c_valid,c_table,c_write,c_index,c_wdata,c_rdata,m_notify,m_notify_valid,m_notify_ready,stats);
    
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
    reg  [10:0] svc$waddr;
    reg  [127:0] svc$wdata;
    reg  svc$we;
    reg  [10:0] svc$raddr;
    wire  [127:0] svc$rdata;
    reg  rsc$clock;
    reg  [12:0] rsc$waddr;
    reg  [127:0] rsc$wdata;
    reg  rsc$we;
    reg  [12:0] rsc$raddr;
    wire  [127:0] rsc$rdata;
    reg  fst$clock;
    reg  [15:0] fst$waddr;
    reg  [63:0] fst$wdata;
    reg  fst$we;
    reg  [15:0] fst$raddr;
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
    reg  [10:0] s2_svc_idx$d;
    wire  [10:0] s2_svc_idx$q;
    reg  s2_svc_idx$clock;
    reg  [12:0] s2_rsc_idx$d;
    wire  [12:0] s2_rsc_idx$q;
    reg  s2_rsc_idx$clock;
    reg  [15:0] s2_fst_idx$d;
    wire  [15:0] s2_fst_idx$q;
    reg  s2_fst_idx$clock;
    reg  w_svc_valid$d;
    wire  w_svc_valid$q;
    reg  w_svc_valid$clock;
    reg  [10:0] w_svc_idx$d;
    wire  [10:0] w_svc_idx$q;
    reg  w_svc_idx$clock;
    reg  [127:0] w_svc_val$d;
    wire  [127:0] w_svc_val$q;
    reg  w_svc_val$clock;
    reg  w_rsc_valid$d;
    wire  w_rsc_valid$q;
    reg  w_rsc_valid$clock;
    reg  [12:0] w_rsc_idx$d;
    wire  [12:0] w_rsc_idx$q;
    reg  w_rsc_idx$clock;
    reg  [127:0] w_rsc_val$d;
    wire  [127:0] w_rsc_val$q;
    reg  w_rsc_val$clock;
    reg  w_fst_valid$d;
    wire  w_fst_valid$q;
    reg  w_fst_valid$clock;
    reg  [15:0] w_fst_idx$d;
    wire  [15:0] w_fst_idx$q;
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
    reg  [10:0] svc_idx;
    reg  [12:0] rsc_idx;
    reg  [15:0] fst_idx;
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
    fpvs_core_w64$retire$svc svc(
        .clock(svc$clock),
        .waddr(svc$waddr),
        .wdata(svc$wdata),
        .we(svc$we),
        .raddr(svc$raddr),
        .rdata(svc$rdata)
    );
    fpvs_core_w64$retire$rsc rsc(
        .clock(rsc$clock),
        .waddr(rsc$waddr),
        .wdata(rsc$wdata),
        .we(rsc$we),
        .raddr(rsc$raddr),
        .rdata(rsc$rdata)
    );
    fpvs_core_w64$retire$fst fst(
        .clock(fst$clock),
        .waddr(fst$waddr),
        .wdata(fst$wdata),
        .we(fst$we),
        .raddr(fst$raddr),
        .rdata(fst$rdata)
    );
    fpvs_core_w64$retire$s2_ev s2_ev(
        .d(s2_ev$d),
        .q(s2_ev$q),
        .clock(s2_ev$clock)
    );
    fpvs_core_w64$retire$s2_valid s2_valid(
        .d(s2_valid$d),
        .q(s2_valid$q),
        .clock(s2_valid$clock)
    );
    fpvs_core_w64$retire$s2_cmd s2_cmd(
        .d(s2_cmd$d),
        .q(s2_cmd$q),
        .clock(s2_cmd$clock)
    );
    fpvs_core_w64$retire$s2_ctable s2_ctable(
        .d(s2_ctable$d),
        .q(s2_ctable$q),
        .clock(s2_ctable$clock)
    );
    fpvs_core_w64$retire$s2_cwrite s2_cwrite(
        .d(s2_cwrite$d),
        .q(s2_cwrite$q),
        .clock(s2_cwrite$clock)
    );
    fpvs_core_w64$retire$s2_cdata s2_cdata(
        .d(s2_cdata$d),
        .q(s2_cdata$q),
        .clock(s2_cdata$clock)
    );
    fpvs_core_w64$retire$s2_svc_idx s2_svc_idx(
        .d(s2_svc_idx$d),
        .q(s2_svc_idx$q),
        .clock(s2_svc_idx$clock)
    );
    fpvs_core_w64$retire$s2_rsc_idx s2_rsc_idx(
        .d(s2_rsc_idx$d),
        .q(s2_rsc_idx$q),
        .clock(s2_rsc_idx$clock)
    );
    fpvs_core_w64$retire$s2_fst_idx s2_fst_idx(
        .d(s2_fst_idx$d),
        .q(s2_fst_idx$q),
        .clock(s2_fst_idx$clock)
    );
    fpvs_core_w64$retire$w_svc_valid w_svc_valid(
        .d(w_svc_valid$d),
        .q(w_svc_valid$q),
        .clock(w_svc_valid$clock)
    );
    fpvs_core_w64$retire$w_svc_idx w_svc_idx(
        .d(w_svc_idx$d),
        .q(w_svc_idx$q),
        .clock(w_svc_idx$clock)
    );
    fpvs_core_w64$retire$w_svc_val w_svc_val(
        .d(w_svc_val$d),
        .q(w_svc_val$q),
        .clock(w_svc_val$clock)
    );
    fpvs_core_w64$retire$w_rsc_valid w_rsc_valid(
        .d(w_rsc_valid$d),
        .q(w_rsc_valid$q),
        .clock(w_rsc_valid$clock)
    );
    fpvs_core_w64$retire$w_rsc_idx w_rsc_idx(
        .d(w_rsc_idx$d),
        .q(w_rsc_idx$q),
        .clock(w_rsc_idx$clock)
    );
    fpvs_core_w64$retire$w_rsc_val w_rsc_val(
        .d(w_rsc_val$d),
        .q(w_rsc_val$q),
        .clock(w_rsc_val$clock)
    );
    fpvs_core_w64$retire$w_fst_valid w_fst_valid(
        .d(w_fst_valid$d),
        .q(w_fst_valid$q),
        .clock(w_fst_valid$clock)
    );
    fpvs_core_w64$retire$w_fst_idx w_fst_idx(
        .d(w_fst_idx$d),
        .q(w_fst_idx$q),
        .clock(w_fst_idx$clock)
    );
    fpvs_core_w64$retire$w_fst_val w_fst_val(
        .d(w_fst_val$d),
        .q(w_fst_val$q),
        .clock(w_fst_val$clock)
    );
    fpvs_core_w64$retire$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    fpvs_core_w64$retire$nq nq(
        .clock(nq$clock),
        .s_data(nq$s_data),
        .s_valid(nq$s_valid),
        .s_ready(nq$s_ready),
        .m_data(nq$m_data),
        .m_valid(nq$m_valid),
        .m_ready(nq$m_ready),
        .count(nq$count)
    );
    fpvs_core_w64$retire$counters$0 counters$0(
        .d(counters$0$d),
        .q(counters$0$q),
        .clock(counters$0$clock)
    );
    fpvs_core_w64$retire$counters$1 counters$1(
        .d(counters$1$d),
        .q(counters$1$q),
        .clock(counters$1$clock)
    );
    fpvs_core_w64$retire$counters$2 counters$2(
        .d(counters$2$d),
        .q(counters$2$q),
        .clock(counters$2$clock)
    );
    fpvs_core_w64$retire$counters$3 counters$3(
        .d(counters$3$d),
        .q(counters$3$q),
        .clock(counters$3$clock)
    );
    fpvs_core_w64$retire$counters$4 counters$4(
        .d(counters$4$d),
        .q(counters$4$q),
        .clock(counters$4$clock)
    );
    fpvs_core_w64$retire$counters$5 counters$5(
        .d(counters$5$d),
        .q(counters$5$q),
        .clock(counters$5$clock)
    );
    fpvs_core_w64$retire$counters$6 counters$6(
        .d(counters$6$d),
        .q(counters$6$q),
        .clock(counters$6$clock)
    );
    fpvs_core_w64$retire$counters$7 counters$7(
        .d(counters$7$d),
        .q(counters$7$q),
        .clock(counters$7$clock)
    );
    fpvs_core_w64$retire$counters$8 counters$8(
        .d(counters$8$d),
        .q(counters$8$q),
        .clock(counters$8$clock)
    );
    fpvs_core_w64$retire$counters$9 counters$9(
        .d(counters$9$d),
        .q(counters$9$q),
        .clock(counters$9$clock)
    );
    fpvs_core_w64$retire$counters$10 counters$10(
        .d(counters$10$d),
        .q(counters$10$q),
        .clock(counters$10$clock)
    );
    fpvs_core_w64$retire$counters$11 counters$11(
        .d(counters$11$d),
        .q(counters$11$q),
        .clock(counters$11$clock)
    );
    fpvs_core_w64$retire$counters$12 counters$12(
        .d(counters$12$d),
        .q(counters$12$q),
        .clock(counters$12$clock)
    );
    fpvs_core_w64$retire$counters$13 counters$13(
        .d(counters$13$d),
        .q(counters$13$q),
        .clock(counters$13$clock)
    );
    fpvs_core_w64$retire$counters$14 counters$14(
        .d(counters$14$d),
        .q(counters$14$q),
        .clock(counters$14$clock)
    );
    fpvs_core_w64$retire$counters$15 counters$15(
        .d(counters$15$d),
        .q(counters$15$q),
        .clock(counters$15$clock)
    );
    fpvs_core_w64$retire$counters$16 counters$16(
        .d(counters$16$d),
        .q(counters$16$q),
        .clock(counters$16$clock)
    );
    fpvs_core_w64$retire$counters$17 counters$17(
        .d(counters$17$d),
        .q(counters$17$q),
        .clock(counters$17$clock)
    );
    fpvs_core_w64$retire$counters$18 counters$18(
        .d(counters$18$d),
        .q(counters$18$q),
        .clock(counters$18$clock)
    );
    fpvs_core_w64$retire$counters$19 counters$19(
        .d(counters$19$d),
        .q(counters$19$q),
        .clock(counters$19$clock)
    );
    fpvs_core_w64$retire$counters$20 counters$20(
        .d(counters$20$d),
        .q(counters$20$q),
        .clock(counters$20$clock)
    );
    fpvs_core_w64$retire$counters$21 counters$21(
        .d(counters$21$d),
        .q(counters$21$q),
        .clock(counters$21$clock)
    );
    fpvs_core_w64$retire$counters$22 counters$22(
        .d(counters$22$d),
        .q(counters$22$q),
        .clock(counters$22$clock)
    );
    fpvs_core_w64$retire$counters$23 counters$23(
        .d(counters$23$d),
        .q(counters$23$q),
        .clock(counters$23$clock)
    );
    fpvs_core_w64$retire$counters$24 counters$24(
        .d(counters$24$d),
        .q(counters$24$q),
        .clock(counters$24$clock)
    );
    fpvs_core_w64$retire$counters$25 counters$25(
        .d(counters$25$d),
        .q(counters$25$q),
        .clock(counters$25$clock)
    );
    fpvs_core_w64$retire$counters$26 counters$26(
        .d(counters$26$d),
        .q(counters$26$q),
        .clock(counters$26$clock)
    );
    fpvs_core_w64$retire$counters$27 counters$27(
        .d(counters$27$d),
        .q(counters$27$q),
        .clock(counters$27$clock)
    );
    fpvs_core_w64$retire$counters$28 counters$28(
        .d(counters$28$d),
        .q(counters$28$q),
        .clock(counters$28$clock)
    );
    fpvs_core_w64$retire$counters$29 counters$29(
        .d(counters$29$d),
        .q(counters$29$q),
        .clock(counters$29$clock)
    );
    fpvs_core_w64$retire$counters$30 counters$30(
        .d(counters$30$d),
        .q(counters$30$q),
        .clock(counters$30$clock)
    );
    fpvs_core_w64$retire$counters$31 counters$31(
        .d(counters$31$d),
        .q(counters$31$q),
        .clock(counters$31$clock)
    );
    
    // Update code
    always @(*) begin
        s2_ev$clock = clock;
    end
    always @(*) begin
        s2_valid$clock = clock;
    end
    always @(*) begin
        s2_cmd$clock = clock;
    end
    always @(*) begin
        s2_ctable$clock = clock;
    end
    always @(*) begin
        s2_cwrite$clock = clock;
    end
    always @(*) begin
        s2_cdata$clock = clock;
    end
    always @(*) begin
        s2_svc_idx$clock = clock;
    end
    always @(*) begin
        s2_rsc_idx$clock = clock;
    end
    always @(*) begin
        s2_fst_idx$clock = clock;
    end
    always @(*) begin
        w_svc_valid$clock = clock;
    end
    always @(*) begin
        w_svc_idx$clock = clock;
    end
    always @(*) begin
        w_svc_val$clock = clock;
    end
    always @(*) begin
        w_rsc_valid$clock = clock;
    end
    always @(*) begin
        w_rsc_idx$clock = clock;
    end
    always @(*) begin
        w_rsc_val$clock = clock;
    end
    always @(*) begin
        w_fst_valid$clock = clock;
    end
    always @(*) begin
        w_fst_idx$clock = clock;
    end
    always @(*) begin
        w_fst_val$clock = clock;
    end
    always @(*) begin
        rdata$clock = clock;
    end
    always @(*) begin
        s2_ev$d = s2_ev$q;
        ev = s_event;
        v1 = ev[(64'h0)+:(359)];
        s2_ev$d = ev;
        ev = s2_ev$q;
    end
    always @(*) begin
        s2_valid$d = s2_valid$q;
        s2_valid$d = take;
    end
    always @(*) begin
        s2_cmd$d = s2_cmd$q;
        s2_cmd$d = c_valid;
    end
    always @(*) begin
        s2_ctable$d = s2_ctable$q;
        s2_ctable$d = c_table;
    end
    always @(*) begin
        s2_cwrite$d = s2_cwrite$q;
        s2_cwrite$d = c_write;
    end
    always @(*) begin
        s2_cdata$d = s2_cdata$q;
        s2_cdata$d = c_wdata;
    end
    always @(*) begin
        s2_svc_idx$d = s2_svc_idx$q;
        s2_svc_idx$d = svc_idx;
    end
    always @(*) begin
        s2_rsc_idx$d = s2_rsc_idx$q;
        s2_rsc_idx$d = rsc_idx;
    end
    always @(*) begin
        s2_fst_idx$d = s2_fst_idx$q;
        s2_fst_idx$d = fst_idx;
    end
    always @(*) begin
        w_svc_valid$d = w_svc_valid$q;
        w_svc_valid$d = 1'b0;
        w_svc_valid$d = svc_we;
    end
    always @(*) begin
        w_svc_idx$d = w_svc_idx$q;
        w_svc_idx$d = s2_svc_idx$q;
    end
    always @(*) begin
        w_svc_val$d = w_svc_val$q;
        w_svc_val$d = sv;
    end
    always @(*) begin
        w_rsc_valid$d = w_rsc_valid$q;
        w_rsc_valid$d = 1'b0;
        w_rsc_valid$d = rsc_we;
    end
    always @(*) begin
        w_rsc_idx$d = w_rsc_idx$q;
        w_rsc_idx$d = s2_rsc_idx$q;
    end
    always @(*) begin
        w_rsc_val$d = w_rsc_val$q;
        w_rsc_val$d = rv;
    end
    always @(*) begin
        w_fst_valid$d = w_fst_valid$q;
        w_fst_valid$d = 1'b0;
        w_fst_valid$d = fst_we;
    end
    always @(*) begin
        w_fst_idx$d = w_fst_idx$q;
        w_fst_idx$d = s2_fst_idx$q;
    end
    always @(*) begin
        w_fst_val$d = w_fst_val$q;
        w_fst_val$d = fv;
    end
    always @(*) begin
        rdata$d = rdata$q;
        svc_we = 1'b0;
        rsc_we = 1'b0;
        fst_we = 1'b0;
        pk = svc_old[(32'h0)+:(64)] + 32'h1;
        by = svc_old[(32'h40)+:(64)] + bytes;
        sv = ((pk) & 128'hffffffffffffffffffffffffffffffff) | (((by) & 128'hffffffffffffffffffffffffffffffff) << 32'h40);
        pk = rsc_old[(32'h0)+:(64)] + 32'h1;
        by = rsc_old[(32'h40)+:(64)] + bytes;
        rv = ((pk) & 128'hffffffffffffffffffffffffffffffff) | (((by) & 128'hffffffffffffffffffffffffffffffff) << 32'h40);
        fv = ((ts_now) & 64'hffffffffffffffff) | (((fst_old[(32'h20)+:(32)] + 32'h1) & 64'hffffffffffffffff) << 32'h20);
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
    end
    always @(*) begin
        svc$clock = clock;
    end
    always @(*) begin
        rsc$clock = clock;
    end
    always @(*) begin
        fst$clock = clock;
    end
    always @(*) begin
        nq$clock = clock;
    end
    always @(*) begin
        counters$0$clock = clock;
    end
    always @(*) begin
        counters$0$d = counters$0$q;
        counters$1$d = counters$1$q;
        counters$2$d = counters$2$q;
        counters$3$d = counters$3$q;
        counters$4$d = counters$4$q;
        counters$5$d = counters$5$q;
        counters$6$d = counters$6$q;
        counters$7$d = counters$7$q;
        counters$8$d = counters$8$q;
        counters$9$d = counters$9$q;
        counters$10$d = counters$10$q;
        counters$11$d = counters$11$q;
        counters$12$d = counters$12$q;
        counters$13$d = counters$13$q;
        counters$14$d = counters$14$q;
        counters$15$d = counters$15$q;
        counters$16$d = counters$16$q;
        counters$17$d = counters$17$q;
        counters$18$d = counters$18$q;
        counters$19$d = counters$19$q;
        counters$20$d = counters$20$q;
        counters$21$d = counters$21$q;
        counters$22$d = counters$22$q;
        counters$23$d = counters$23$q;
        counters$24$d = counters$24$q;
        counters$25$d = counters$25$q;
        counters$26$d = counters$26$q;
        counters$27$d = counters$27$q;
        counters$28$d = counters$28$q;
        counters$29$d = counters$29$q;
        counters$30$d = counters$30$q;
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
        all = (all >> 32'h20) | (((cnt) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h3e0);
    end
    always @(*) begin
        counters$1$clock = clock;
    end
    always @(*) begin
        counters$2$clock = clock;
    end
    always @(*) begin
        counters$3$clock = clock;
    end
    always @(*) begin
        counters$4$clock = clock;
    end
    always @(*) begin
        counters$5$clock = clock;
    end
    always @(*) begin
        counters$6$clock = clock;
    end
    always @(*) begin
        counters$7$clock = clock;
    end
    always @(*) begin
        counters$8$clock = clock;
    end
    always @(*) begin
        counters$9$clock = clock;
    end
    always @(*) begin
        counters$10$clock = clock;
    end
    always @(*) begin
        counters$11$clock = clock;
    end
    always @(*) begin
        counters$12$clock = clock;
    end
    always @(*) begin
        counters$13$clock = clock;
    end
    always @(*) begin
        counters$14$clock = clock;
    end
    always @(*) begin
        counters$15$clock = clock;
    end
    always @(*) begin
        counters$16$clock = clock;
    end
    always @(*) begin
        counters$17$clock = clock;
    end
    always @(*) begin
        counters$18$clock = clock;
    end
    always @(*) begin
        counters$19$clock = clock;
    end
    always @(*) begin
        counters$20$clock = clock;
    end
    always @(*) begin
        counters$21$clock = clock;
    end
    always @(*) begin
        counters$22$clock = clock;
    end
    always @(*) begin
        counters$23$clock = clock;
    end
    always @(*) begin
        counters$24$clock = clock;
    end
    always @(*) begin
        counters$25$clock = clock;
    end
    always @(*) begin
        counters$26$clock = clock;
    end
    always @(*) begin
        counters$27$clock = clock;
    end
    always @(*) begin
        counters$28$clock = clock;
    end
    always @(*) begin
        counters$29$clock = clock;
    end
    always @(*) begin
        counters$30$clock = clock;
    end
    always @(*) begin
        counters$31$clock = clock;
    end
    always @(*) begin
        counters$31$d = counters$31$q;
        if (inc[31]) begin
            counters$31$d = cnt + 32'h1;
        end
    end
    always @(*) begin
        s_ready = ~c_valid;
    end
    always @(*) begin
        take = s_valid & ~c_valid;
    end
    always @(*) begin
        svc_idx = (((v1[(64'h139)+:(10)]) & 11'h7ff) << 32'h1) | ((v1[(64'h14f)+:(1)]) & 11'h7ff);
        rsc_idx = (((v1[(64'h143)+:(12)]) & 13'h1fff) << 32'h1) | ((v1[(64'h14f)+:(1)]) & 13'h1fff);
        fst_idx = ((v1[(64'h150)+:(20)]) & 16'hffff);
        if (c_valid) begin
            svc_idx = ((c_index) & 11'h7ff);
            rsc_idx = ((c_index) & 13'h1fff);
            fst_idx = ((c_index) & 16'hffff);
        end
    end
    always @(*) begin
        svc$raddr = svc_idx;
    end
    always @(*) begin
        rsc$raddr = rsc_idx;
    end
    always @(*) begin
        fst$raddr = fst_idx;
    end
    always @(*) begin
        svc_old = svc$rdata;
        if (w_svc_valid$q & (w_svc_idx$q == s2_svc_idx$q)) begin
            svc_old = w_svc_val$q;
        end
    end
    always @(*) begin
        rsc_old = rsc$rdata;
        if (w_rsc_valid$q & (w_rsc_idx$q == s2_rsc_idx$q)) begin
            rsc_old = w_rsc_val$q;
        end
    end
    always @(*) begin
        fst_old = fst$rdata;
        if (w_fst_valid$q & (w_fst_idx$q == s2_fst_idx$q)) begin
            fst_old = w_fst_val$q;
        end
    end
    always @(*) begin
        svc$waddr = s2_svc_idx$q;
    end
    always @(*) begin
        rsc$waddr = s2_rsc_idx$q;
    end
    always @(*) begin
        fst$waddr = s2_fst_idx$q;
    end
    always @(*) begin
        v2 = ev[(64'h0)+:(359)];
    end
    always @(*) begin
        m2 = ev[(64'h167)+:(302)];
    end
    always @(*) begin
        kind = v2[(64'h0)+:(2)];
    end
    always @(*) begin
        bytes = ((m2[(64'ha3)+:(16)]) & 64'hffffffffffffffff);
    end
    always @(*) begin
        count_svc = s2_valid$q & (kind == k_fwd) & v2[(64'h138)+:(1)] & ~ev[(64'h295)+:(1)];
    end
    always @(*) begin
        count_fst = s2_valid$q & (kind == k_fwd) & v2[(64'h164)+:(1)] & ~ev[(64'h295)+:(1)];
    end
    always @(*) begin
        svc$wdata = sv;
    end
    always @(*) begin
        rsc$wdata = rv;
    end
    always @(*) begin
        fst$wdata = fv;
    end
    always @(*) begin
        svc$we = svc_we;
    end
    always @(*) begin
        rsc$we = rsc_we;
    end
    always @(*) begin
        fst$we = fst_we;
    end
    always @(*) begin
        c_rdata = rdata$q;
    end
    always @(*) begin
        key = ((m2[(64'h2b)+:(32)]) & 104'hffffffffffffffffffffffffff) | (((m2[(64'h4b)+:(32)]) & 104'hffffffffffffffffffffffffff) << 32'h20) | (((m2[(64'h6b)+:(16)]) & 104'hffffffffffffffffffffffffff) << 32'h40) | (((m2[(64'h7b)+:(16)]) & 104'hffffffffffffffffffffffffff) << 32'h50) | (((m2[(64'h23)+:(8)]) & 104'hffffffffffffffffffffffffff) << 32'h60);
    end
    always @(*) begin
        notify_rec = ((v2[(64'h165)+:(2)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((m2[(64'h8b)+:(8)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h8) | (((v2[(64'h139)+:(10)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h10) | (((v2[(64'h143)+:(12)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h20) | (((1'b1) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h30) | (((v2[(64'he8)+:(32)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((v2[(64'h118)+:(32)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((key) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80);
    end
    always @(*) begin
        notify_want = s2_valid$q & (kind == k_fwd) & (v2[(64'h165)+:(2)] != 32'h0) & ~ev[(64'h295)+:(1)];
    end
    always @(*) begin
        nq$s_data = notify_rec;
    end
    always @(*) begin
        nq$s_valid = notify_want;
    end
    always @(*) begin
        m_notify = nq$m_data;
    end
    always @(*) begin
        m_notify_valid = nq$m_valid;
    end
    always @(*) begin
        nq$m_ready = m_notify_ready;
    end
    always @(*) begin
        reason_hot = ((1'b1) & 16'hffff) << v2[(64'h2)+:(4)];
    end
    always @(*) begin
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
    end
    always @(*) begin
        stats = all;
    end
    
endmodule // fpvs_core_w64$retire


module fpvs_core_w64$retire$counters$0(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$0


module fpvs_core_w64$retire$counters$1(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$1


module fpvs_core_w64$retire$counters$10(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$10


module fpvs_core_w64$retire$counters$11(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$11


module fpvs_core_w64$retire$counters$12(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$12


module fpvs_core_w64$retire$counters$13(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$13


module fpvs_core_w64$retire$counters$14(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$14


module fpvs_core_w64$retire$counters$15(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$15


module fpvs_core_w64$retire$counters$16(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$16


module fpvs_core_w64$retire$counters$17(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$17


module fpvs_core_w64$retire$counters$18(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$18


module fpvs_core_w64$retire$counters$19(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$19


module fpvs_core_w64$retire$counters$2(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$2


module fpvs_core_w64$retire$counters$20(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$20


module fpvs_core_w64$retire$counters$21(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$21


module fpvs_core_w64$retire$counters$22(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$22


module fpvs_core_w64$retire$counters$23(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$23


module fpvs_core_w64$retire$counters$24(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$24


module fpvs_core_w64$retire$counters$25(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$25


module fpvs_core_w64$retire$counters$26(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$26


module fpvs_core_w64$retire$counters$27(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$27


module fpvs_core_w64$retire$counters$28(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$28


module fpvs_core_w64$retire$counters$29(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$29


module fpvs_core_w64$retire$counters$3(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$3


module fpvs_core_w64$retire$counters$30(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$30


module fpvs_core_w64$retire$counters$31(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$31


module fpvs_core_w64$retire$counters$4(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$4


module fpvs_core_w64$retire$counters$5(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$5


module fpvs_core_w64$retire$counters$6(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$6


module fpvs_core_w64$retire$counters$7(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$7


module fpvs_core_w64$retire$counters$8(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$8


module fpvs_core_w64$retire$counters$9(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$counters$9


module fpvs_core_w64$retire$fst(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] waddr;
    input wire  [63:0] wdata;
    input wire  we;
    input wire  [15:0] raddr;
    output reg  [63:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [63:0] mem [0:65535];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 65535; i = i + 1) mem[i] = 64'd0;
    end
    `endif
    initial rdata = 64'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$retire$fst


module fpvs_core_w64$retire$nq(clock,s_data,s_valid,s_ready,m_data,m_valid,m_ready,count);
    
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
    fpvs_core_w64$retire$nq$ram ram(
        .clock(ram$clock),
        .waddr(ram$waddr),
        .wdata(ram$wdata),
        .we(ram$we),
        .raddr(ram$raddr),
        .rdata(ram$rdata)
    );
    fpvs_core_w64$retire$nq$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    fpvs_core_w64$retire$nq$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
    end
    always @(*) begin
        rp$clock = clock;
    end
    always @(*) begin
        wp$d = wp$q;
        if (push) begin
            wp$d = wp$q + 32'h1;
        end
    end
    always @(*) begin
        rp$d = rp$q;
        if (m_ready & (used != 32'h0)) begin
            rp$d = rp$q + 32'h1;
        end
    end
    always @(*) begin
        ram$clock = clock;
    end
    always @(*) begin
        used = wp$q - rp$q;
    end
    always @(*) begin
        s_ready = used != depth;
    end
    always @(*) begin
        ram$waddr = ((wp$q) & 4'hf);
    end
    always @(*) begin
        ram$wdata = s_data;
    end
    always @(*) begin
        push = s_valid & (used != depth);
    end
    always @(*) begin
        ram$we = push;
    end
    always @(*) begin
        ram$raddr = ((rp$q) & 4'hf);
    end
    always @(*) begin
        m_data = ram$rdata;
    end
    always @(*) begin
        m_valid = used != 32'h0;
    end
    always @(*) begin
        count = used;
    end
    
endmodule // fpvs_core_w64$retire$nq


module fpvs_core_w64$retire$nq$ram(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$retire$nq$ram


module fpvs_core_w64$retire$nq$rp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$nq$rp


module fpvs_core_w64$retire$nq$wp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$nq$wp


module fpvs_core_w64$retire$rdata(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$rdata


module fpvs_core_w64$retire$rsc(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [12:0] waddr;
    input wire  [127:0] wdata;
    input wire  we;
    input wire  [12:0] raddr;
    output reg  [127:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [127:0] mem [0:8191];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 8191; i = i + 1) mem[i] = 128'd0;
    end
    `endif
    initial rdata = 128'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$retire$rsc


module fpvs_core_w64$retire$s2_cdata(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$s2_cdata


module fpvs_core_w64$retire$s2_cmd(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$s2_cmd


module fpvs_core_w64$retire$s2_ctable(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$s2_ctable


module fpvs_core_w64$retire$s2_cwrite(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$s2_cwrite


module fpvs_core_w64$retire$s2_ev(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$s2_ev


module fpvs_core_w64$retire$s2_fst_idx(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$s2_fst_idx


module fpvs_core_w64$retire$s2_rsc_idx(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$s2_rsc_idx


module fpvs_core_w64$retire$s2_svc_idx(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$s2_svc_idx


module fpvs_core_w64$retire$s2_valid(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$s2_valid


module fpvs_core_w64$retire$svc(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] waddr;
    input wire  [127:0] wdata;
    input wire  we;
    input wire  [10:0] raddr;
    output reg  [127:0] rdata;
    
    // Update code (custom)
    (* no_rw_check *)
    reg [127:0] mem [0:2047];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 2047; i = i + 1) mem[i] = 128'd0;
    end
    `endif
    initial rdata = 128'd0;
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(posedge clock) begin
        rdata <= mem[raddr];
    end
endmodule // fpvs_core_w64$retire$svc


module fpvs_core_w64$retire$w_fst_idx(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$w_fst_idx


module fpvs_core_w64$retire$w_fst_val(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$w_fst_val


module fpvs_core_w64$retire$w_fst_valid(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$w_fst_valid


module fpvs_core_w64$retire$w_rsc_idx(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$w_rsc_idx


module fpvs_core_w64$retire$w_rsc_val(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$w_rsc_val


module fpvs_core_w64$retire$w_rsc_valid(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$w_rsc_valid


module fpvs_core_w64$retire$w_svc_idx(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$w_svc_idx


module fpvs_core_w64$retire$w_svc_val(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$w_svc_val


module fpvs_core_w64$retire$w_svc_valid(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$retire$w_svc_valid


module fpvs_core_w64$rq(clock,s_data,s_valid,s_ready,m_data,m_valid,m_ready,count);
    
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
    fpvs_core_w64$rq$ram ram(
        .clock(ram$clock),
        .waddr(ram$waddr),
        .wdata(ram$wdata),
        .we(ram$we),
        .raddr(ram$raddr),
        .rdata(ram$rdata)
    );
    fpvs_core_w64$rq$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    fpvs_core_w64$rq$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
    end
    always @(*) begin
        rp$clock = clock;
    end
    always @(*) begin
        wp$d = wp$q;
        if (push) begin
            wp$d = wp$q + 32'h1;
        end
    end
    always @(*) begin
        rp$d = rp$q;
        if (m_ready & (used != 32'h0)) begin
            rp$d = rp$q + 32'h1;
        end
    end
    always @(*) begin
        ram$clock = clock;
    end
    always @(*) begin
        used = wp$q - rp$q;
    end
    always @(*) begin
        s_ready = used != depth;
    end
    always @(*) begin
        ram$waddr = ((wp$q) & 3'h7);
    end
    always @(*) begin
        ram$wdata = s_data;
    end
    always @(*) begin
        push = s_valid & (used != depth);
    end
    always @(*) begin
        ram$we = push;
    end
    always @(*) begin
        ram$raddr = ((rp$q) & 3'h7);
    end
    always @(*) begin
        m_data = ram$rdata;
    end
    always @(*) begin
        m_valid = used != 32'h0;
    end
    always @(*) begin
        count = used;
    end
    
endmodule // fpvs_core_w64$rq


module fpvs_core_w64$rq$ram(clock,waddr,wdata,we,raddr,rdata);
    
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
endmodule // fpvs_core_w64$rq$ram


module fpvs_core_w64$rq$rp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$rq$rp


module fpvs_core_w64$rq$wp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$rq$wp


module fpvs_core_w64$tails(clock,s_data,s_valid,s_ready,m_data,m_valid,m_ready,count);
    
    // Module arguments
    input wire  clock;
    input wire  [520:0] s_data;
    input wire  s_valid;
    output reg  s_ready;
    output reg  [520:0] m_data;
    output reg  m_valid;
    input wire  m_ready;
    output reg  [5:0] count;
    
    // Constant declarations
    localparam  depth = 6'b100000;
    
    // Stub signals
    reg  ram$clock;
    reg  [4:0] ram$waddr;
    reg  [520:0] ram$wdata;
    reg  ram$we;
    reg  [4:0] ram$raddr;
    wire  [520:0] ram$rdata;
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
    fpvs_core_w64$tails$ram ram(
        .clock(ram$clock),
        .waddr(ram$waddr),
        .wdata(ram$wdata),
        .we(ram$we),
        .raddr(ram$raddr),
        .rdata(ram$rdata)
    );
    fpvs_core_w64$tails$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    fpvs_core_w64$tails$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
    end
    always @(*) begin
        rp$clock = clock;
    end
    always @(*) begin
        wp$d = wp$q;
        if (push) begin
            wp$d = wp$q + 32'h1;
        end
    end
    always @(*) begin
        rp$d = rp$q;
        if (m_ready & (used != 32'h0)) begin
            rp$d = rp$q + 32'h1;
        end
    end
    always @(*) begin
        ram$clock = clock;
    end
    always @(*) begin
        used = wp$q - rp$q;
    end
    always @(*) begin
        s_ready = used != depth;
    end
    always @(*) begin
        ram$waddr = ((wp$q) & 5'h1f);
    end
    always @(*) begin
        ram$wdata = s_data;
    end
    always @(*) begin
        push = s_valid & (used != depth);
    end
    always @(*) begin
        ram$we = push;
    end
    always @(*) begin
        ram$raddr = ((rp$q) & 5'h1f);
    end
    always @(*) begin
        m_data = ram$rdata;
    end
    always @(*) begin
        m_valid = used != 32'h0;
    end
    always @(*) begin
        count = used;
    end
    
endmodule // fpvs_core_w64$tails


module fpvs_core_w64$tails$ram(clock,waddr,wdata,we,raddr,rdata);
    
    // Module arguments
    input wire  clock;
    input wire  [4:0] waddr;
    input wire  [520:0] wdata;
    input wire  we;
    input wire  [4:0] raddr;
    output reg  [520:0] rdata;
    
    // Update code (custom)
    reg [520:0] mem [0:31];
    `ifndef YOSYS
    integer i;
    initial begin
        for (i = 0; i <= 31; i = i + 1) mem[i] = 521'd0;
    end
    `endif
    always @(posedge clock) begin
        if (we) mem[waddr] <= wdata;
    end
    always @(*) begin
        rdata = mem[raddr];
    end
endmodule // fpvs_core_w64$tails$ram


module fpvs_core_w64$tails$rp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$tails$rp


module fpvs_core_w64$tails$wp(d,q,clock);
    
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
          
endmodule // fpvs_core_w64$tails$wp
