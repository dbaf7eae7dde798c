// FPVS on Corundum: the stream glue between Corundum's per-port synchronous taps
// and the FPVS core. All streams are 512 bits (64 bytes) wide; every frame starts at
// byte 0 of a beat, so the 64-byte host-queue header is exactly one beat and needs
// no realignment.
//
// Host-queue header (first beat of every frame between the core and the host):
//   bytes  0..6   destination MAC 02:46:50:56:53:00
//          6..12  source MAC      02:46:50:56:53:01
//         12..14  EtherType 0x88B5 (IEEE 802 local experimental), big-endian
//         14      kind: 1 exception, 2 notify, 3 inject
//         15      version: 1
//         16..    exception: ExceptionDescriptor (32 bytes; buf_addr, buf_size and
//                 frame_len 0, flags DONE), the frame follows from byte 64;
//                 notify: NotifyRecord (32 bytes), no frame follows;
//                 inject: InjectDescriptor (16 bytes; only flags and port are read),
//                 the frame follows from byte 64
//   the rest of the beat is 0.

`resetall
`timescale 1ns / 1ps
`default_nettype none

// Frame-granular round-robin arbiter of PORTS streams onto one. A port whose `block`
// bit is set starts no new frame; a frame once started runs to its last beat.
module fpvs_port_arb #
(
    parameter PORTS = 2,
    parameter USER_WIDTH = 1,
    parameter PW = 2
)
(
    input  wire                        clk,
    input  wire                        rst,

    input  wire [PORTS*512-1:0]        s_tdata,
    input  wire [PORTS*64-1:0]         s_tkeep,
    input  wire [PORTS-1:0]            s_tvalid,
    output wire [PORTS-1:0]            s_tready,
    input  wire [PORTS-1:0]            s_tlast,
    input  wire [PORTS*USER_WIDTH-1:0] s_tuser,
    input  wire [PORTS-1:0]            block,

    output wire [511:0]                m_tdata,
    output wire [63:0]                 m_tkeep,
    output wire                        m_tvalid,
    input  wire                        m_tready,
    output wire                        m_tlast,
    output wire [USER_WIDTH-1:0]       m_tuser,
    output wire [PW-1:0]               m_port,
    output wire                        m_first
);

reg          locked;
reg [PW-1:0] cur;
reg [PW-1:0] rr;

// Round robin from `rr`: rotate the requests so bit k is port (rr + k) mod PORTS,
// take the lowest set bit, rotate back.
wire [PORTS-1:0]   req = s_tvalid & ~block;
wire [2*PORTS-1:0] req2 = {req, req};
wire [PORTS-1:0]   rot = req2 >> rr;

function [PW:0] lowest(input [PORTS-1:0] v);
    integer j;
    begin
        lowest = {(PW + 1){1'b0}};
        for (j = PORTS - 1; j >= 0; j = j - 1) begin
            if (v[j]) lowest = {1'b1, j[PW-1:0]};
        end
    end
endfunction

wire [PW:0]   low = lowest(rot);
wire          found = low[PW];
wire [PW:0]   pick_sum = rr + low[PW-1:0];
wire [PW-1:0] pick = pick_sum >= PORTS ? pick_sum - PORTS : pick_sum[PW-1:0];

wire [PW-1:0] sel = locked ? cur : pick;
assign m_tdata = s_tdata[512*sel +: 512];
assign m_tkeep = s_tkeep[64*sel +: 64];
assign m_tlast = s_tlast[sel];
assign m_tuser = s_tuser[USER_WIDTH*sel +: USER_WIDTH];
assign m_tvalid = locked ? s_tvalid[cur] : found;
assign m_port = sel;
assign m_first = !locked;

genvar i;
generate
    for (i = 0; i < PORTS; i = i + 1) begin : ready
        assign s_tready[i] = m_tvalid && m_tready && sel == i;
    end
endgenerate

always @(posedge clk) begin
    if (m_tvalid && m_tready) begin
        if (m_tlast) begin
            locked <= 1'b0;
            rr <= (sel + 1) % PORTS;
        end else begin
            locked <= 1'b1;
            cur <= sel;
        end
    end
    if (rst) begin
        locked <= 1'b0;
        cur <= 0;
        rr <= 0;
    end
end

endmodule

// One stream onto the stream of port `s_port` among PORTS: data, keep, last and user
// go to every port, valid only to that one, and its ready comes back. The per-port
// half of the RX and TX paths: an exception or notify record to its host queue
// (fpvs_host_rx), a forwarded frame to its TX tap (fpvs_app_block). `s_port` must
// name a port below PORTS.
module fpvs_port_fanout #
(
    parameter PORTS = 2,
    parameter PW = 2,
    parameter USER_WIDTH = 1
)
(
    input  wire [511:0]                s_tdata,
    input  wire [63:0]                 s_tkeep,
    input  wire                        s_tvalid,
    output wire                        s_tready,
    input  wire                        s_tlast,
    input  wire [USER_WIDTH-1:0]       s_tuser,
    input  wire [PW-1:0]               s_port,

    output wire [PORTS*512-1:0]        m_tdata,
    output wire [PORTS*64-1:0]         m_tkeep,
    output wire [PORTS-1:0]            m_tvalid,
    input  wire [PORTS-1:0]            m_tready,
    output wire [PORTS-1:0]            m_tlast,
    output wire [PORTS*USER_WIDTH-1:0] m_tuser
);

assign s_tready = m_tready[s_port];

genvar i;
generate
    for (i = 0; i < PORTS; i = i + 1) begin : out
        assign m_tdata[512*i +: 512] = s_tdata;
        assign m_tkeep[64*i +: 64] = s_tkeep;
        assign m_tlast[i] = s_tlast;
        assign m_tvalid[i] = s_tvalid && s_port == i;
        assign m_tuser[USER_WIDTH*i +: USER_WIDTH] = s_tuser;
    end
endgenerate

endmodule

// Host TX queues -> the core's injection stream. A frame whose first beat is an
// inject header is injected as its InjectDescriptor says (header beat removed);
// any other frame is sent verbatim out of the port whose queue it came from. Every
// host frame taken gets a TX completion with its tag (what the MAC would have
// returned), timestamped when the last beat was taken.
module fpvs_host_tx #
(
    parameter PORTS = 2,
    parameter PW = 2,
    parameter USER_WIDTH = 17,
    parameter TAG_WIDTH = 16,
    parameter TS_WIDTH = 96
)
(
    input  wire                        clk,
    input  wire                        rst,
    input  wire [TS_WIDTH-1:0]         ptp_ts,

    input  wire [PORTS*512-1:0]        s_tdata,
    input  wire [PORTS*64-1:0]         s_tkeep,
    input  wire [PORTS-1:0]            s_tvalid,
    output wire [PORTS-1:0]            s_tready,
    input  wire [PORTS-1:0]            s_tlast,
    input  wire [PORTS*USER_WIDTH-1:0] s_tuser,

    output wire [PORTS*TS_WIDTH-1:0]   m_cpl_ts,
    output wire [PORTS*TAG_WIDTH-1:0]  m_cpl_tag,
    output wire [PORTS-1:0]            m_cpl_valid,
    input  wire [PORTS-1:0]            m_cpl_ready,

    output wire [511:0]                m_inj_tdata,
    output wire [63:0]                 m_inj_tkeep,
    output wire                        m_inj_tvalid,
    input  wire                        m_inj_tready,
    output wire                        m_inj_tlast,
    output wire [2:0]                  m_inj_tuser
);

wire [511:0]            a_tdata;
wire [63:0]             a_tkeep;
wire                    a_tvalid;
wire                    a_tready;
wire                    a_tlast;
wire [USER_WIDTH-1:0]   a_tuser;
wire [PW-1:0]           a_port;
wire                    a_first;
reg  [PORTS-1:0]        cpl_valid;
reg  [PORTS*TS_WIDTH-1:0]  cpl_ts;
reg  [PORTS*TAG_WIDTH-1:0] cpl_tag;
reg  [2:0]              inj_user;

fpvs_port_arb #(
    .PORTS(PORTS),
    .USER_WIDTH(USER_WIDTH),
    .PW(PW)
)
arb (
    .clk(clk),
    .rst(rst),
    .s_tdata(s_tdata),
    .s_tkeep(s_tkeep),
    .s_tvalid(s_tvalid),
    .s_tready(s_tready),
    .s_tlast(s_tlast),
    .s_tuser(s_tuser),
    .block(cpl_valid),
    .m_tdata(a_tdata),
    .m_tkeep(a_tkeep),
    .m_tvalid(a_tvalid),
    .m_tready(a_tready),
    .m_tlast(a_tlast),
    .m_tuser(a_tuser),
    .m_port(a_port),
    .m_first(a_first)
);

// An inject header: EtherType 0x88B5 (bytes 12, 13), kind 3 (byte 14).
wire is_hdr = a_first && a_tdata[8*12 +: 8] == 8'h88 && a_tdata[8*13 +: 8] == 8'hB5
    && a_tdata[8*14 +: 8] == 8'h03;
// InjectDescriptor at byte 16: flags at byte 26 (bit 0 VERBATIM), port at byte 27.
wire [2:0] hdr_user = {a_tdata[8*26], a_tdata[8*27 +: 2]};
wire [1:0] a_port2 = a_port;
wire [2:0] plain_user = {1'b1, a_port2};

assign m_inj_tdata = a_tdata;
assign m_inj_tkeep = a_tkeep;
assign m_inj_tlast = a_tlast;
assign m_inj_tuser = a_first ? plain_user : inj_user;
assign m_inj_tvalid = a_tvalid && !is_hdr;
assign a_tready = is_hdr ? 1'b1 : m_inj_tready;

assign m_cpl_valid = cpl_valid;
assign m_cpl_ts = cpl_ts;
assign m_cpl_tag = cpl_tag;

integer p;
always @(posedge clk) begin
    for (p = 0; p < PORTS; p = p + 1) begin
        if (cpl_valid[p] && m_cpl_ready[p]) begin
            cpl_valid[p] <= 1'b0;
        end
    end
    if (a_tvalid && a_tready) begin
        if (a_first) begin
            inj_user <= is_hdr ? hdr_user : plain_user;
        end
        if (a_tlast) begin
            cpl_valid[a_port] <= 1'b1;
            cpl_tag[TAG_WIDTH*a_port +: TAG_WIDTH] <= a_tuser[1 +: TAG_WIDTH];
            cpl_ts[TS_WIDTH*a_port +: TS_WIDTH] <= ptp_ts;
        end
    end
    if (rst) begin
        cpl_valid <= 0;
        inj_user <= 3'd0;
    end
end

endmodule

// The core's exceptions and notify records -> host RX queues. An exception goes to
// the RX queue of the port it arrived on (port 0 if that port does not exist here)
// behind a header beat; a notify record is a one-beat frame to port 0. The two
// alternate when both wait.
module fpvs_host_rx #
(
    parameter PORTS = 2,
    parameter PW = 2,
    parameter USER_WIDTH = 97,
    parameter TS_WIDTH = 96
)
(
    input  wire                        clk,
    input  wire                        rst,
    input  wire [TS_WIDTH-1:0]         ptp_ts,

    input  wire [511:0]                s_exc_tdata,
    input  wire [63:0]                 s_exc_tkeep,
    input  wire                        s_exc_tvalid,
    output wire                        s_exc_tready,
    input  wire                        s_exc_tlast,
    input  wire [127:0]                s_exc_tuser,

    input  wire [255:0]                s_notify_tdata,
    input  wire                        s_notify_tvalid,
    output wire                        s_notify_tready,

    output wire [PORTS*512-1:0]        m_tdata,
    output wire [PORTS*64-1:0]         m_tkeep,
    output wire [PORTS-1:0]            m_tvalid,
    input  wire [PORTS-1:0]            m_tready,
    output wire [PORTS-1:0]            m_tlast,
    output wire [PORTS*USER_WIDTH-1:0] m_tuser
);

reg          body;
reg [PW-1:0] dst;
reg          pref_notify;

wire [1:0]    exc_port = s_exc_tuser[10:9];
wire [PW-1:0] exc_dst = exc_port < PORTS ? exc_port[PW-1:0] : {PW{1'b0}};
wire choose_exc = !body && s_exc_tvalid && !(s_notify_tvalid && pref_notify);
wire choose_ntf = !body && s_notify_tvalid && !choose_exc;

// The header beat: an exception's (kind 1) or a notify record's (kind 2).
function [511:0] header(input exc, input [127:0] meta, input [255:0] record);
    begin
        header = 512'd0;
        header[0 +: 48] = 48'h00_53_56_50_46_02;
        header[48 +: 48] = 48'h01_53_56_50_46_02;
        header[8*12 +: 8] = 8'h88;
        header[8*13 +: 8] = 8'hB5;
        header[8*15 +: 8] = 8'h01;
        if (exc) begin
            header[8*14 +: 8] = 8'h01;
            // ExceptionDescriptor at byte 16: reason 12, port 13, flags 14 (DONE),
            // l3_offset 15, flow_hash 16..20, timestamp 20..24, service 24..26.
            header[8*28 +: 8] = meta[8:1];
            header[8*29 +: 8] = {6'd0, meta[10:9]};
            header[8*30 +: 8] = 8'h01;
            header[8*31 +: 8] = meta[18:11];
            header[8*32 +: 32] = meta[50:19];
            header[8*36 +: 32] = meta[82:51];
            header[8*40 +: 16] = meta[98:83];
        end else begin
            header[8*14 +: 8] = 8'h02;
            header[8*16 +: 256] = record;
        end
    end
endfunction

wire [511:0] hdr = header(choose_exc, s_exc_tuser, s_notify_tdata);

wire [PW-1:0]  o_port = body ? dst : (choose_exc ? exc_dst : {PW{1'b0}});
wire           o_valid = body ? s_exc_tvalid : (choose_exc || choose_ntf);
wire           o_ready;
wire [511:0]   o_data = body ? s_exc_tdata : hdr;
wire [63:0]    o_keep = body ? s_exc_tkeep : {64{1'b1}};
wire           o_last = body ? s_exc_tlast : choose_ntf;
wire           o_bad = body && s_exc_tlast && s_exc_tuser[0];

assign s_exc_tready = body && o_ready;
assign s_notify_tready = choose_ntf && o_ready;

fpvs_port_fanout #(
    .PORTS(PORTS),
    .PW(PW),
    .USER_WIDTH(USER_WIDTH)
)
fanout (
    .s_tdata(o_data),
    .s_tkeep(o_keep),
    .s_tvalid(o_valid),
    .s_tready(o_ready),
    .s_tlast(o_last),
    .s_tuser({ptp_ts, o_bad}),
    .s_port(o_port),
    .m_tdata(m_tdata),
    .m_tkeep(m_tkeep),
    .m_tvalid(m_tvalid),
    .m_tready(m_tready),
    .m_tlast(m_tlast),
    .m_tuser(m_tuser)
);

always @(posedge clk) begin
    if (o_valid && o_ready) begin
        if (!body && choose_exc) begin
            body <= 1'b1;
            dst <= exc_dst;
            pref_notify <= 1'b1;
        end else if (!body) begin
            pref_notify <= 1'b0;
        end else if (s_exc_tlast) begin
            body <= 1'b0;
        end
    end
    if (rst) begin
        body <= 1'b0;
        dst <= 0;
        pref_notify <= 1'b0;
    end
end

endmodule

// A register slice with a skid beat: full throughput, and s_ready comes from a flop,
// so nothing downstream reaches back into the core combinationally (the core's
// outputs are one combinational block; a ready that depends on its own tuser, as a
// demux by egress port does, would otherwise close a loop through it).
module fpvs_axis_reg #
(
    parameter WIDTH = 8
)
(
    input  wire             clk,
    input  wire             rst,
    input  wire [WIDTH-1:0] s_data,
    input  wire             s_valid,
    output wire             s_ready,
    output wire [WIDTH-1:0] m_data,
    output wire             m_valid,
    input  wire             m_ready
);

reg [WIDTH-1:0] out_d;
reg             out_v;
reg [WIDTH-1:0] skid_d;
reg             skid_v;

assign s_ready = !skid_v;
assign m_data = out_d;
assign m_valid = out_v;

always @(posedge clk) begin
    if (m_ready || !out_v) begin
        if (skid_v) begin
            out_d <= skid_d;
            out_v <= 1'b1;
            skid_v <= 1'b0;
        end else begin
            out_d <= s_data;
            out_v <= s_valid;
        end
    end else if (s_valid && !skid_v) begin
        skid_d <= s_data;
        skid_v <= 1'b1;
    end
    if (rst) begin
        out_v <= 1'b0;
        skid_v <= 1'b0;
    end
end

endmodule

`resetall
