// FPVS on Corundum: the application BAR.
//
// An AXI-Lite slave (one transaction at a time, writes before reads) in front of
// two register spaces:
//
//   below CORE_END  the core's blocks (ID, CTRL, STATS, RATELIMIT) over its
//                   register bus: reg_rd is answered by reg_rvalid one cycle later
//   MAILBOX         one command descriptor in, one completion out
//
// MAILBOX (`fpvs_abi::corundum::mailbox`; the map and its numbers are in the
// generated region below):
//   TYPE, VERSION, NEXT   the block header (NEXT 0: the last block)
//   STATUS     CMD_BUSY: a command is posted and the core has not taken it
//              CPL_VALID: a completion is held in CPL
//   DOORBELL   write: post CMD to the core (ignored while CMD_BUSY)
//   CPL_POP    write: release the held completion
//   PORTS      number of Ethernet ports the application block serves
//   ETHERTYPE  EtherType of host-queue frames
//   CMD_COUNT  commands posted; CPL_COUNT completions released
//   CMD[i]     descriptor bytes 4i..4i+3, read/write (writes ignored while CMD_BUSY)
//   CPL[i]     completed descriptor, read-only
// Anything else reads 0 and ignores writes. A write with a partial strobe is not
// applied and answers SLVERR.

`resetall
`timescale 1ns / 1ps
`default_nettype none

module fpvs_axil_regs #
(
    parameter ADDR_WIDTH = 16,
    parameter PORTS = 2
)
(
    input  wire                   clk,
    input  wire                   rst,

    // AXI-Lite slave, 32-bit data
    input  wire [ADDR_WIDTH-1:0]  s_axil_awaddr,
    input  wire                   s_axil_awvalid,
    output wire                   s_axil_awready,
    input  wire [31:0]            s_axil_wdata,
    input  wire [3:0]             s_axil_wstrb,
    input  wire                   s_axil_wvalid,
    output wire                   s_axil_wready,
    output reg  [1:0]             s_axil_bresp,
    output reg                    s_axil_bvalid,
    input  wire                   s_axil_bready,
    input  wire [ADDR_WIDTH-1:0]  s_axil_araddr,
    input  wire                   s_axil_arvalid,
    output wire                   s_axil_arready,
    output reg  [31:0]            s_axil_rdata,
    output wire [1:0]             s_axil_rresp,
    output reg                    s_axil_rvalid,
    input  wire                   s_axil_rready,

    // the core's register bus
    output reg  [15:0]            reg_addr,
    output reg  [31:0]            reg_wdata,
    output reg                    reg_wr,
    output reg                    reg_rd,
    input  wire [31:0]            reg_rdata,
    input  wire                   reg_rvalid,

    // the core's command and completion streams
    output wire [511:0]           m_cmd_tdata,
    output wire                   m_cmd_tvalid,
    input  wire                   m_cmd_tready,
    input  wire [511:0]           s_cpl_tdata,
    input  wire                   s_cpl_tvalid,
    output wire                   s_cpl_tready
);

// BEGIN GENERATED from fpvs-abi: do not edit between here and END
// Written by `cargo run --release -p fpvs-hw --bin fpvs-gen -- --corundum-params hw/corundum/rtl/fpvs_axil_regs.v`
// from `fpvs_abi::corundum::mailbox::BLOCK`.
//
// MAILBOX at 0x1000, 0x100 bytes (offsets from its base):
//   0x00  TYPE         ro  0x46500011
//   0x04  VERSION      ro  0x00010000
//   0x08  NEXT         ro  0x00000000
//   0x0c  STATUS       ro
//   0x10  DOORBELL     wo
//   0x14  CPL_POP      wo
//   0x18  PORTS        ro
//   0x1c  ETHERTYPE    ro
//   0x20  CMD_COUNT    ro
//   0x24  CPL_COUNT    ro
//   0x40  CMD[i]       rw  word i < 16 at 0x40 + 4i
//   0x80  CPL[i]       ro  word i < 16 at 0x80 + 4i
// Anything else in the window reads 0 and ignores writes.
localparam [15:0] MAILBOX_BASE = 16'h1000;
localparam integer MAILBOX_BITS = 8; // the block decodes MAILBOX_BASE + 0 .. 2^MAILBOX_BITS - 1
localparam [15:0] CORE_END = 16'h1000; // the core's blocks are below
localparam [31:0] MAILBOX_TYPE = 32'h46500011;
localparam [31:0] MAILBOX_VERSION = 32'h00010000;
localparam [31:0] MAILBOX_NEXT = 32'h00000000;
localparam [7:0] OFF_TYPE = 8'h00;
localparam [7:0] OFF_VERSION = 8'h04;
localparam [7:0] OFF_NEXT = 8'h08;
localparam [7:0] OFF_STATUS = 8'h0C;
localparam [7:0] OFF_DOORBELL = 8'h10;
localparam [7:0] OFF_CPL_POP = 8'h14;
localparam [7:0] OFF_PORTS = 8'h18;
localparam [7:0] OFF_ETHERTYPE = 8'h1C;
localparam [7:0] OFF_CMD_COUNT = 8'h20;
localparam [7:0] OFF_CPL_COUNT = 8'h24;
localparam [7:0] OFF_CMD = 8'h40;
localparam [7:0] OFF_CPL = 8'h80;
localparam integer DESC_WINDOW_BITS = 6; // CMD and CPL: 2^DESC_WINDOW_BITS bytes, word i at 4i
localparam [31:0] STATUS_CMD_BUSY = 32'h00000001;
localparam [31:0] STATUS_CPL_VALID = 32'h00000002;
localparam [15:0] HOST_ETHERTYPE = 16'h88B5;
// END GENERATED from fpvs-abi

reg [511:0] cmd;
reg         cmd_busy;
reg [511:0] cpl;
reg         cpl_valid;
reg [31:0]  cmd_count;
reg [31:0]  cpl_count;
reg         rd_wait;

assign m_cmd_tdata = cmd;
assign m_cmd_tvalid = cmd_busy;
assign s_cpl_tready = !cpl_valid;
assign s_axil_rresp = 2'b00;

// One transaction at a time: a write when address and data are both offered, else a read.
wire idle = !s_axil_bvalid && !s_axil_rvalid && !rd_wait;
wire wr_go = idle && s_axil_awvalid && s_axil_wvalid;
wire rd_go = idle && !wr_go && s_axil_arvalid;
assign s_axil_awready = wr_go;
assign s_axil_wready = wr_go;
assign s_axil_arready = rd_go;

// Byte addresses, word aligned; ADDR_WIDTH >= 16 (checked by the top). Addresses
// below CORE_END go to the core; the mailbox is the aligned window of 2^MAILBOX_BITS
// bytes at MAILBOX_BASE; addresses at or above 64 KiB decode to nothing.
wire [15:0] wa = s_axil_awaddr[15:0] & 16'hFFFC;
wire [15:0] ra = s_axil_araddr[15:0] & 16'hFFFC;
wire wr_high = |(s_axil_awaddr >> 16);
wire rd_high = |(s_axil_araddr >> 16);
wire wr_core = !wr_high && wa < CORE_END;
wire rd_core = !rd_high && ra < CORE_END;
wire wr_mbox = !wr_high && wa[15:MAILBOX_BITS] == MAILBOX_BASE[15:MAILBOX_BITS];
wire rd_mbox = !rd_high && ra[15:MAILBOX_BITS] == MAILBOX_BASE[15:MAILBOX_BITS];
wire [MAILBOX_BITS-1:0] wa_off = wa[MAILBOX_BITS-1:0];
wire [MAILBOX_BITS-1:0] ra_off = ra[MAILBOX_BITS-1:0];

// The CMD and CPL windows: the offset's bits above DESC_WINDOW_BITS name the window,
// the bits below it (from bit 2) the word.
function in_window(input [MAILBOX_BITS-1:0] a, input [MAILBOX_BITS-1:0] base);
    in_window = a[MAILBOX_BITS-1:DESC_WINDOW_BITS] == base[MAILBOX_BITS-1:DESC_WINDOW_BITS];
endfunction

function [31:0] mbox_word(input [MAILBOX_BITS-1:0] a);
    begin
        case (a)
            OFF_TYPE: mbox_word = MAILBOX_TYPE;
            OFF_VERSION: mbox_word = MAILBOX_VERSION;
            OFF_NEXT: mbox_word = MAILBOX_NEXT;
            OFF_STATUS: mbox_word = (cpl_valid ? STATUS_CPL_VALID : 32'd0)
                | (cmd_busy ? STATUS_CMD_BUSY : 32'd0);
            OFF_PORTS: mbox_word = PORTS;
            OFF_ETHERTYPE: mbox_word = {16'd0, HOST_ETHERTYPE};
            OFF_CMD_COUNT: mbox_word = cmd_count;
            OFF_CPL_COUNT: mbox_word = cpl_count;
            default: begin
                if (in_window(a, OFF_CMD)) begin
                    mbox_word = cmd[32*a[DESC_WINDOW_BITS-1:2] +: 32];
                end else if (in_window(a, OFF_CPL)) begin
                    mbox_word = cpl[32*a[DESC_WINDOW_BITS-1:2] +: 32];
                end else begin
                    mbox_word = 32'd0;
                end
            end
        endcase
    end
endfunction

wire [31:0] mbox_rdata = mbox_word(ra_off);

always @(posedge clk) begin
    reg_wr <= 1'b0;
    reg_rd <= 1'b0;

    if (s_axil_bvalid && s_axil_bready) begin
        s_axil_bvalid <= 1'b0;
    end
    if (s_axil_rvalid && s_axil_rready) begin
        s_axil_rvalid <= 1'b0;
    end
    if (m_cmd_tvalid && m_cmd_tready) begin
        cmd_busy <= 1'b0;
    end
    if (s_cpl_tvalid && s_cpl_tready) begin
        cpl <= s_cpl_tdata;
        cpl_valid <= 1'b1;
    end

    if (wr_go) begin
        s_axil_bvalid <= 1'b1;
        s_axil_bresp <= 2'b00;
        if (s_axil_wstrb != 4'hF) begin
            s_axil_bresp <= 2'b10;
        end else if (wr_core) begin
            reg_addr <= wa;
            reg_wdata <= s_axil_wdata;
            reg_wr <= 1'b1;
        end else if (wr_mbox) begin
            if (wa_off == OFF_DOORBELL && !cmd_busy) begin
                cmd_busy <= 1'b1;
                cmd_count <= cmd_count + 1;
            end
            if (wa_off == OFF_CPL_POP && cpl_valid) begin
                cpl_valid <= 1'b0;
                cpl_count <= cpl_count + 1;
            end
            if (in_window(wa_off, OFF_CMD) && !cmd_busy) begin
                cmd[32*wa_off[DESC_WINDOW_BITS-1:2] +: 32] <= s_axil_wdata;
            end
        end
    end

    if (rd_go) begin
        if (rd_core) begin
            reg_addr <= ra;
            reg_rd <= 1'b1;
            rd_wait <= 1'b1;
        end else begin
            s_axil_rdata <= rd_mbox ? mbox_rdata : 32'd0;
            s_axil_rvalid <= 1'b1;
        end
    end
    if (rd_wait && reg_rvalid) begin
        rd_wait <= 1'b0;
        s_axil_rdata <= reg_rdata;
        s_axil_rvalid <= 1'b1;
    end

    if (rst) begin
        reg_wr <= 1'b0;
        reg_rd <= 1'b0;
        s_axil_bvalid <= 1'b0;
        s_axil_rvalid <= 1'b0;
        rd_wait <= 1'b0;
        cmd_busy <= 1'b0;
        cpl_valid <= 1'b0;
        cmd_count <= 32'd0;
        cpl_count <= 32'd0;
    end
end

endmodule

`resetall
