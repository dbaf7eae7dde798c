// Drives `mqnic_app_block` (FPVS) the way Corundum's core does: AXI-Lite on the
// application BAR, frames on the per-port synchronous RX taps (from the wire) and TX
// taps (from the host queues), ready on the outputs with random back-pressure. A
// script (+stim=FILE) says what to do; everything that leaves is logged (+out=FILE)
// for the Rust test to compare.
//
// Script lines (numbers in hex):
//   W addr data            AXI-Lite write (logs "BERR addr resp" on an error)
//   R addr                 AXI-Lite read, logs "RD addr data"
//   M cmd db st valid cpl pop
//                          where the mailbox's registers are (`fpvs_abi::corundum::
//                          mailbox`): CMD[0], DOORBELL, STATUS and its CPL_VALID bit,
//                          CPL[0], CPL_POP; once, before the first C
//   C w0 .. w15            command through the mailbox, logs "CPL w0 .. w15"
//   F port len b0 ..       frame into the RX tap of `port` (arrived from the wire)
//   H port tag len b0 ..   frame into the TX tap of `port` (sent by the host)
//   Q cycles               wait until nothing has left for `cycles` cycles
//   E                      end
// Log lines: "TX port bad len b..", "HRX port bad len b..", "TXCPL port tag".

`timescale 1ns / 1ps

module tb_app_block;

localparam PORTS = 2;
localparam TAG = 16;
localparam TXU = TAG + 1;
localparam RXU = 97;
localparam MAXB = 16384;

reg clk = 1'b0;
reg rst = 1'b1;
always #2 clk = ~clk;

reg [95:0] ptp_ts = 96'd0;
always @(posedge clk) ptp_ts <= ptp_ts + 96'd4;

// application BAR
reg  [15:0] awaddr = 0, araddr = 0;
reg         awvalid = 0, wvalid = 0, bready = 0, arvalid = 0, rready = 0;
reg  [31:0] wdata = 0;
wire        awready, wready, bvalid, arready, rvalid;
wire [1:0]  bresp, rresp;
wire [31:0] rdata;

// synchronous taps
reg  [PORTS*512-1:0] rx_tdata = 0, htx_tdata = 0;
reg  [PORTS*64-1:0]  rx_tkeep = 0, htx_tkeep = 0;
reg  [PORTS-1:0]     rx_tvalid = 0, rx_tlast = 0, htx_tvalid = 0, htx_tlast = 0;
reg  [PORTS*RXU-1:0] rx_tuser = 0;
reg  [PORTS*TXU-1:0] htx_tuser = 0;
wire [PORTS-1:0]     rx_tready, htx_tready;

wire [PORTS*512-1:0] tx_tdata, hrx_tdata;
wire [PORTS*64-1:0]  tx_tkeep, hrx_tkeep;
wire [PORTS-1:0]     tx_tvalid, tx_tlast, hrx_tvalid, hrx_tlast;
reg  [PORTS-1:0]     tx_tready = 0, hrx_tready = 0;
wire [PORTS*TXU-1:0] tx_tuser;
wire [PORTS*RXU-1:0] hrx_tuser;

wire [PORTS*96-1:0]  cpl_ts;
wire [PORTS*TAG-1:0] cpl_tag;
wire [PORTS-1:0]     cpl_valid;
reg  [PORTS-1:0]     cpl_ready = 0;
wire [PORTS-1:0]     mac_cpl_ready;

`include "app_block_dut.vh"

integer fo;
integer idle_cycles = 0;
integer i, p, p2;

// ---- sampling at the clock edge ----------------------------------------------------

// Outputs: collect frames, log them.
reg [7:0] tx_buf [0:PORTS-1][0:MAXB-1];
reg [7:0] hrx_buf [0:PORTS-1][0:MAXB-1];
integer tx_len [0:PORTS-1];
integer hrx_len [0:PORTS-1];
integer k;
initial for (k = 0; k < PORTS; k = k + 1) begin tx_len[k] = 0; hrx_len[k] = 0; end

always @(posedge clk) begin
    idle_cycles <= idle_cycles + 1;
    for (p = 0; p < PORTS; p = p + 1) begin
        if (tx_tvalid[p] && tx_tready[p]) begin
            idle_cycles <= 0;
            for (i = 0; i < 64; i = i + 1) begin
                if (tx_tkeep[64*p + i]) begin
                    tx_buf[p][tx_len[p]] = tx_tdata[512*p + 8*i +: 8];
                    tx_len[p] = tx_len[p] + 1;
                end
            end
            if (tx_tlast[p]) begin
                $fwrite(fo, "TX %0d %0d %0d", p, tx_tuser[TXU*p], tx_len[p]);
                for (i = 0; i < tx_len[p]; i = i + 1) $fwrite(fo, " %02x", tx_buf[p][i]);
                $fwrite(fo, "\n");
                tx_len[p] = 0;
            end
        end
        if (hrx_tvalid[p] && hrx_tready[p]) begin
            idle_cycles <= 0;
            for (i = 0; i < 64; i = i + 1) begin
                if (hrx_tkeep[64*p + i]) begin
                    hrx_buf[p][hrx_len[p]] = hrx_tdata[512*p + 8*i +: 8];
                    hrx_len[p] = hrx_len[p] + 1;
                end
            end
            if (hrx_tlast[p]) begin
                $fwrite(fo, "HRX %0d %0d %0d", p, hrx_tuser[RXU*p], hrx_len[p]);
                for (i = 0; i < hrx_len[p]; i = i + 1) $fwrite(fo, " %02x", hrx_buf[p][i]);
                $fwrite(fo, "\n");
                hrx_len[p] = 0;
            end
        end
        if (cpl_valid[p] && cpl_ready[p]) begin
            $fwrite(fo, "TXCPL %0d %04x\n", p, cpl_tag[TAG*p +: TAG]);
        end
    end
    if (mac_cpl_ready != {PORTS{1'b1}}) begin
        $fwrite(fo, "MACCPL_STALLED\n");
    end
end

// Random back-pressure on every output.
always @(posedge clk) begin
    tx_tready <= {$urandom} % 4 != 0 ? {PORTS{1'b1}} : PORTS'($urandom);
    hrx_tready <= {$urandom} % 4 != 0 ? {PORTS{1'b1}} : PORTS'($urandom);
    cpl_ready <= PORTS'($urandom);
end

// ---- drivers -------------------------------------------------------------------
//
// Every input of the block is driven from clocked processes, like the flops of the
// logic around it: the script only queues work and waits for results.

typedef struct packed { logic wr; logic [15:0] addr; logic [31:0] data; } axil_op_t;
axil_op_t  axil_q [$];
logic [33:0] axil_res [$];  // {resp, data}
integer axil_state = 0;

always @(posedge clk) begin
    case (axil_state)
        0: if (axil_q.size() != 0) begin
            if (axil_q[0].wr) begin
                awaddr <= axil_q[0].addr; wdata <= axil_q[0].data;
                awvalid <= 1; wvalid <= 1;
                axil_state <= 1;
            end else begin
                araddr <= axil_q[0].addr; arvalid <= 1;
                axil_state <= 3;
            end
        end
        1: if (awvalid && awready) begin
            awvalid <= 0; wvalid <= 0; bready <= 1; axil_state <= 2;
        end
        2: if (bvalid && bready) begin
            bready <= 0; axil_res.push_back({bresp, 32'd0});
            void'(axil_q.pop_front()); axil_state <= 0;
        end
        3: if (arvalid && arready) begin
            arvalid <= 0; rready <= 1; axil_state <= 4;
        end
        4: if (rvalid && rready) begin
            rready <= 0; axil_res.push_back({rresp, rdata});
            void'(axil_q.pop_front()); axil_state <= 0;
        end
        default: axil_state <= 0;
    endcase
end

task automatic axil_write(input [15:0] a, input [31:0] d);
    logic [33:0] r;
    axil_q.push_back({1'b1, a, d});
    while (axil_res.size() == 0) @(posedge clk);
    r = axil_res.pop_front();
    if (r[33:32] != 2'b00) $fwrite(fo, "BERR %04x %0d\n", a, r[33:32]);
endtask

task automatic axil_read(input [15:0] a, output [31:0] d);
    logic [33:0] r;
    axil_q.push_back({1'b0, a, 32'd0});
    while (axil_res.size() == 0) @(posedge clk);
    r = axil_res.pop_front();
    d = r[31:0];
endtask

// Beats waiting for each tap: {tuser (TX tag), last, keep, data}.
typedef logic [TXU+1+64+512-1:0] beat_t;
beat_t rx_q [PORTS][$];
beat_t htx_q [PORTS][$];

always @(posedge clk) begin
    for (p2 = 0; p2 < PORTS; p2 = p2 + 1) begin
        if (rx_tvalid[p2] && rx_tready[p2]) void'(rx_q[p2].pop_front());
        if (rx_q[p2].size() != 0) begin
            {rx_tlast[p2], rx_tkeep[64*p2 +: 64], rx_tdata[512*p2 +: 512]} <= rx_q[p2][0][576:0];
            rx_tvalid[p2] <= 1;
        end else begin
            rx_tvalid[p2] <= 0;
        end
        if (htx_tvalid[p2] && htx_tready[p2]) void'(htx_q[p2].pop_front());
        if (htx_q[p2].size() != 0) begin
            {htx_tuser[TXU*p2 +: TXU], htx_tlast[p2], htx_tkeep[64*p2 +: 64], htx_tdata[512*p2 +: 512]} <= htx_q[p2][0];
            htx_tvalid[p2] <= 1;
        end else begin
            htx_tvalid[p2] <= 0;
        end
    end
end

reg [7:0] fbuf [0:MAXB-1];

// Sends a frame into the RX tap (host 0) or the host TX tap (host 1) of `port`.
task automatic send(input integer host, input integer port, input integer len, input [15:0] tag);
    integer off, n, j;
    reg [511:0] d;
    off = 0;
    while (off < len) begin
        n = len - off > 64 ? 64 : len - off;
        d = 512'd0;
        for (j = 0; j < n; j = j + 1) d[8*j +: 8] = fbuf[off + j];
        if (host != 0) htx_q[port].push_back({tag, 1'b0, off + n >= len, {64{1'b1}} >> (64 - n), d});
        else rx_q[port].push_back({{TXU{1'b0}}, off + n >= len, {64{1'b1}} >> (64 - n), d});
        off = off + n;
    end
    // Frames enter in script order: wait until the tap has taken this one.
    while ((host != 0 ? htx_q[port].size() : rx_q[port].size()) != 0) @(posedge clk);
endtask

// ---- the script --------------------------------------------------------------------

initial begin : main
    string stim, out;
    integer fi, r, a, d, port, len, tag, cyc, j, polls;
    reg [31:0] words [0:15];
    reg [31:0] v;
    reg [15:0] mb_cmd, mb_db, mb_st, mb_cpl, mb_pop;
    reg [31:0] mb_valid;
    reg mb_known;
    string op;
    if (!$value$plusargs("stim=%s", stim)) $fatal(1, "no +stim");
    if (!$value$plusargs("out=%s", out)) $fatal(1, "no +out");
    mb_known = 0;
    fi = $fopen(stim, "r");
    fo = $fopen(out, "w");
    if (fi == 0 || fo == 0) $fatal(1, "cannot open the script or the log");
    repeat (4) @(posedge clk);
    rst <= 0;
    repeat (4) @(posedge clk);
    forever begin
        r = $fscanf(fi, "%s", op);
        if (r != 1 || op == "E") break;
        if (op == "W") begin
            r = $fscanf(fi, "%h %h", a, d);
            axil_write(a[15:0], d);
        end else if (op == "R") begin
            r = $fscanf(fi, "%h", a);
            axil_read(a[15:0], v);
            $fwrite(fo, "RD %04x %08x\n", a[15:0], v);
        end else if (op == "M") begin
            r = $fscanf(fi, "%h %h %h %h %h %h", mb_cmd, mb_db, mb_st, mb_valid, mb_cpl, mb_pop);
            mb_known = 1;
        end else if (op == "C") begin
            if (!mb_known) $fatal(1, "C before M: where is the mailbox?");
            for (j = 0; j < 16; j = j + 1) r = $fscanf(fi, "%h", words[j]);
            for (j = 0; j < 16; j = j + 1) axil_write(mb_cmd + 16'(4 * j), words[j]);
            axil_write(mb_db, 32'd1);
            polls = 0;
            do begin
                axil_read(mb_st, v);
                polls = polls + 1;
                if (polls > 10000) $fatal(1, "command never completed");
            end while ((v & mb_valid) == 0);
            $fwrite(fo, "CPL");
            for (j = 0; j < 16; j = j + 1) begin
                axil_read(mb_cpl + 16'(4 * j), v);
                $fwrite(fo, " %08x", v);
            end
            $fwrite(fo, "\n");
            axil_write(mb_pop, 32'd1);
        end else if (op == "F" || op == "H") begin
            tag = 0;
            if (op == "H") r = $fscanf(fi, "%h %h %h", port, tag, len);
            else r = $fscanf(fi, "%h %h", port, len);
            for (j = 0; j < len; j = j + 1) begin
                r = $fscanf(fi, "%h", d);
                fbuf[j] = d[7:0];
            end
            send(op == "H" ? 1 : 0, port, len, tag[15:0]);
        end else if (op == "Q") begin
            r = $fscanf(fi, "%h", cyc);
            repeat (cyc) @(posedge clk);
            while (idle_cycles < cyc || rx_q[0].size() != 0 || rx_q[1].size() != 0
                   || htx_q[0].size() != 0 || htx_q[1].size() != 0) @(posedge clk);
        end else begin
            $fatal(1, "bad script op %s", op);
        end
    end
    $fwrite(fo, "END\n");
    $fclose(fo);
    $finish;
end

// A run that hangs is a failure, not a stuck CI job.
initial begin
    #40000000;
    $fatal(1, "timeout");
end

endmodule
