// FPVS on Corundum: the application BAR.
//
// An AXI-Lite slave (one transaction at a time, writes before reads) in front of
// two register spaces:
//
//   0x0000-0x0FFF  the core's blocks (ID, CTRL, STATS, RATELIMIT) over its
//                  register bus: reg_rd is answered by reg_rvalid one cycle later
//   0x1000-0x10FF  MAILBOX: one command descriptor in, one completion out
//
// MAILBOX (offsets from 0x1000, all 32-bit words):
//   0x00 TYPE      0x4650_0011             0x04 VERSION  0x0001_0000
//   0x08 NEXT      0 (last block)
//   0x0C STATUS    bit 0 CMD_BUSY: a command is posted and the core has not taken it
//                  bit 1 CPL_VALID: a completion is held in CPL
//   0x10 DOORBELL  write: post CMD to the core (ignored while CMD_BUSY)
//   0x14 CPL_POP   write: release the held completion
//   0x18 PORTS     number of Ethernet ports the application block serves
//   0x1C ETHERTYPE EtherType of host-queue frames (0x88B5)
//   0x20 CMD_COUNT commands posted      0x24 CPL_COUNT completions released
//   0x40 + 4i      CMD word i (i < 16): descriptor bytes 4i..4i+3, read/write
//                  (writes are ignored while CMD_BUSY)
//   0x80 + 4i      CPL word i (i < 16), read-only
// Anything else reads 0 and ignores writes. A write with a partial strobe is not
// applied and answers SLVERR.

`resetall
`timescale 1ns / 1ps
`default_nettype none

module fpvs_axil_regs #
(
    parameter ADDR_WIDTH = 16,
    parameter PORTS = 2,
    parameter [15:0] ETHERTYPE = 16'h88B5
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

localparam [31:0] MAILBOX_TYPE = 32'h4650_0011;
localparam [31:0] MAILBOX_VERSION = 32'h0001_0000;

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

// Byte addresses, word aligned; ADDR_WIDTH >= 16 (checked by the top). Bit 12
// selects the mailbox; addresses at or above 64 KiB decode to nothing.
wire [15:0] wa = s_axil_awaddr[15:0] & 16'hFFFC;
wire [15:0] ra = s_axil_araddr[15:0] & 16'hFFFC;
wire wr_high = |(s_axil_awaddr >> 16);
wire rd_high = |(s_axil_araddr >> 16);
wire wr_core = !wr_high && wa[15:12] == 4'h0;
wire rd_core = !rd_high && ra[15:12] == 4'h0;
wire wr_mbox = !wr_high && wa[15:8] == 8'h10;
wire rd_mbox = !rd_high && ra[15:8] == 8'h10;

function [31:0] mbox_word(input [7:0] a);
    begin
        case (a)
            8'h00: mbox_word = MAILBOX_TYPE;
            8'h04: mbox_word = MAILBOX_VERSION;
            8'h0C: mbox_word = {30'd0, cpl_valid, cmd_busy};
            8'h18: mbox_word = PORTS;
            8'h1C: mbox_word = {16'd0, ETHERTYPE};
            8'h20: mbox_word = cmd_count;
            8'h24: mbox_word = cpl_count;
            default: begin
                if (a[7:6] == 2'b01) begin
                    mbox_word = cmd[32*a[5:2] +: 32];
                end else if (a[7:6] == 2'b10) begin
                    mbox_word = cpl[32*a[5:2] +: 32];
                end else begin
                    mbox_word = 32'd0;
                end
            end
        endcase
    end
endfunction

wire [31:0] mbox_rdata = mbox_word(ra[7:0]);

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
            if (wa[7:0] == 8'h10 && !cmd_busy) begin
                cmd_busy <= 1'b1;
                cmd_count <= cmd_count + 1;
            end
            if (wa[7:0] == 8'h14 && cpl_valid) begin
                cpl_valid <= 1'b0;
                cpl_count <= cpl_count + 1;
            end
            if (wa[7:6] == 2'b01 && !cmd_busy) begin
                cmd[32*wa[5:2] +: 32] <= s_axil_wdata;
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
