`timescale 1ns / 1ps

// A thin top for Verilating `mqnic_app_block` as a library the host-side test steps
// from C++ (sim/csrc/corundum.cpp): two ports as on a U200, the interfaces the block
// does not use tied off as in tb/tb_app_block.sv, and only the application BAR and
// the synchronous taps brought out. `ptp_ts_96` counts 4 ns a cycle.

module fpvs_host_harness #(
    parameter PORTS = 2
) (
    input  wire                 clk,
    input  wire                 rst,

    input  wire [15:0]          awaddr,
    input  wire                 awvalid,
    output wire                 awready,
    input  wire [31:0]          wdata,
    input  wire                 wvalid,
    output wire                 wready,
    output wire [1:0]           bresp,
    output wire                 bvalid,
    input  wire                 bready,
    input  wire [15:0]          araddr,
    input  wire                 arvalid,
    output wire                 arready,
    output wire [31:0]          rdata,
    output wire [1:0]           rresp,
    output wire                 rvalid,
    input  wire                 rready,

    // from the wire into the block (RX taps)
    input  wire [PORTS*512-1:0] rx_tdata,
    input  wire [PORTS*64-1:0]  rx_tkeep,
    input  wire [PORTS-1:0]     rx_tvalid,
    output wire [PORTS-1:0]     rx_tready,
    input  wire [PORTS-1:0]     rx_tlast,
    // from the host queues into the block (TX taps); tuser = {tag, bad}
    input  wire [PORTS*512-1:0] htx_tdata,
    input  wire [PORTS*64-1:0]  htx_tkeep,
    input  wire [PORTS-1:0]     htx_tvalid,
    output wire [PORTS-1:0]     htx_tready,
    input  wire [PORTS-1:0]     htx_tlast,
    input  wire [PORTS*17-1:0]  htx_tuser,
    // to the wire (TX taps out); tuser[0] bad
    output wire [PORTS*512-1:0] tx_tdata,
    output wire [PORTS*64-1:0]  tx_tkeep,
    output wire [PORTS-1:0]     tx_tvalid,
    input  wire [PORTS-1:0]     tx_tready,
    output wire [PORTS-1:0]     tx_tlast,
    output wire [PORTS*17-1:0]  tx_tuser,
    // to the host queues (RX taps out); tuser[0] bad
    output wire [PORTS*512-1:0] hrx_tdata,
    output wire [PORTS*64-1:0]  hrx_tkeep,
    output wire [PORTS-1:0]     hrx_tvalid,
    input  wire [PORTS-1:0]     hrx_tready,
    output wire [PORTS-1:0]     hrx_tlast,
    output wire [PORTS*97-1:0]  hrx_tuser,
    // TX completions of host frames
    output wire [PORTS*16-1:0]  cpl_tag,
    output wire [PORTS-1:0]     cpl_valid,
    input  wire [PORTS-1:0]     cpl_ready
);

localparam TAG = 16;
localparam TXU = TAG + 1;
localparam RXU = 97;

reg [95:0] ptp_ts = 96'd0;
always @(posedge clk) ptp_ts <= ptp_ts + 96'd4;

wire [PORTS*RXU-1:0] rx_tuser = {PORTS*RXU{1'b0}};
wire [PORTS*96-1:0]  cpl_ts;
wire [PORTS-1:0]     mac_cpl_ready;

`include "app_block_dut.vh"


endmodule
