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

mqnic_app_block #(
    .IF_COUNT(2),
    .PORTS_PER_IF(1)
)
dut (
    .clk(clk),
    .rst(rst),

    .s_axil_app_ctrl_awaddr(awaddr),
    .s_axil_app_ctrl_awprot(3'd0),
    .s_axil_app_ctrl_awvalid(awvalid),
    .s_axil_app_ctrl_awready(awready),
    .s_axil_app_ctrl_wdata(wdata),
    .s_axil_app_ctrl_wstrb(4'hF),
    .s_axil_app_ctrl_wvalid(wvalid),
    .s_axil_app_ctrl_wready(wready),
    .s_axil_app_ctrl_bresp(bresp),
    .s_axil_app_ctrl_bvalid(bvalid),
    .s_axil_app_ctrl_bready(bready),
    .s_axil_app_ctrl_araddr(araddr),
    .s_axil_app_ctrl_arprot(3'd0),
    .s_axil_app_ctrl_arvalid(arvalid),
    .s_axil_app_ctrl_arready(arready),
    .s_axil_app_ctrl_rdata(rdata),
    .s_axil_app_ctrl_rresp(rresp),
    .s_axil_app_ctrl_rvalid(rvalid),
    .s_axil_app_ctrl_rready(rready),

    .m_axil_ctrl_awaddr(), .m_axil_ctrl_awprot(), .m_axil_ctrl_awvalid(),
    .m_axil_ctrl_awready(1'b0), .m_axil_ctrl_wdata(), .m_axil_ctrl_wstrb(),
    .m_axil_ctrl_wvalid(), .m_axil_ctrl_wready(1'b0), .m_axil_ctrl_bresp(2'd0),
    .m_axil_ctrl_bvalid(1'b0), .m_axil_ctrl_bready(), .m_axil_ctrl_araddr(),
    .m_axil_ctrl_arprot(), .m_axil_ctrl_arvalid(), .m_axil_ctrl_arready(1'b0),
    .m_axil_ctrl_rdata(32'd0), .m_axil_ctrl_rresp(2'd0), .m_axil_ctrl_rvalid(1'b0),
    .m_axil_ctrl_rready(),

    .m_axis_ctrl_dma_read_desc_dma_addr(), .m_axis_ctrl_dma_read_desc_ram_sel(),
    .m_axis_ctrl_dma_read_desc_ram_addr(), .m_axis_ctrl_dma_read_desc_len(),
    .m_axis_ctrl_dma_read_desc_tag(), .m_axis_ctrl_dma_read_desc_valid(),
    .m_axis_ctrl_dma_read_desc_ready(1'b1),
    .s_axis_ctrl_dma_read_desc_status_tag(16'd0), .s_axis_ctrl_dma_read_desc_status_error(4'd0),
    .s_axis_ctrl_dma_read_desc_status_valid(1'b0),
    .m_axis_ctrl_dma_write_desc_dma_addr(), .m_axis_ctrl_dma_write_desc_ram_sel(),
    .m_axis_ctrl_dma_write_desc_ram_addr(), .m_axis_ctrl_dma_write_desc_imm(),
    .m_axis_ctrl_dma_write_desc_imm_en(), .m_axis_ctrl_dma_write_desc_len(),
    .m_axis_ctrl_dma_write_desc_tag(), .m_axis_ctrl_dma_write_desc_valid(),
    .m_axis_ctrl_dma_write_desc_ready(1'b1),
    .s_axis_ctrl_dma_write_desc_status_tag(16'd0), .s_axis_ctrl_dma_write_desc_status_error(4'd0),
    .s_axis_ctrl_dma_write_desc_status_valid(1'b0),
    .m_axis_data_dma_read_desc_dma_addr(), .m_axis_data_dma_read_desc_ram_sel(),
    .m_axis_data_dma_read_desc_ram_addr(), .m_axis_data_dma_read_desc_len(),
    .m_axis_data_dma_read_desc_tag(), .m_axis_data_dma_read_desc_valid(),
    .m_axis_data_dma_read_desc_ready(1'b1),
    .s_axis_data_dma_read_desc_status_tag(16'd0), .s_axis_data_dma_read_desc_status_error(4'd0),
    .s_axis_data_dma_read_desc_status_valid(1'b0),
    .m_axis_data_dma_write_desc_dma_addr(), .m_axis_data_dma_write_desc_ram_sel(),
    .m_axis_data_dma_write_desc_ram_addr(), .m_axis_data_dma_write_desc_imm(),
    .m_axis_data_dma_write_desc_imm_en(), .m_axis_data_dma_write_desc_len(),
    .m_axis_data_dma_write_desc_tag(), .m_axis_data_dma_write_desc_valid(),
    .m_axis_data_dma_write_desc_ready(1'b1),
    .s_axis_data_dma_write_desc_status_tag(16'd0), .s_axis_data_dma_write_desc_status_error(4'd0),
    .s_axis_data_dma_write_desc_status_valid(1'b0),

    .ctrl_dma_ram_wr_cmd_sel(8'd0), .ctrl_dma_ram_wr_cmd_be(64'd0), .ctrl_dma_ram_wr_cmd_addr(20'd0),
    .ctrl_dma_ram_wr_cmd_data(512'd0), .ctrl_dma_ram_wr_cmd_valid(2'd0), .ctrl_dma_ram_wr_cmd_ready(),
    .ctrl_dma_ram_wr_done(), .ctrl_dma_ram_rd_cmd_sel(8'd0), .ctrl_dma_ram_rd_cmd_addr(20'd0),
    .ctrl_dma_ram_rd_cmd_valid(2'd0), .ctrl_dma_ram_rd_cmd_ready(), .ctrl_dma_ram_rd_resp_data(),
    .ctrl_dma_ram_rd_resp_valid(), .ctrl_dma_ram_rd_resp_ready(2'b11),
    .data_dma_ram_wr_cmd_sel(8'd0), .data_dma_ram_wr_cmd_be(64'd0), .data_dma_ram_wr_cmd_addr(20'd0),
    .data_dma_ram_wr_cmd_data(512'd0), .data_dma_ram_wr_cmd_valid(2'd0), .data_dma_ram_wr_cmd_ready(),
    .data_dma_ram_wr_done(), .data_dma_ram_rd_cmd_sel(8'd0), .data_dma_ram_rd_cmd_addr(20'd0),
    .data_dma_ram_rd_cmd_valid(2'd0), .data_dma_ram_rd_cmd_ready(), .data_dma_ram_rd_resp_data(),
    .data_dma_ram_rd_resp_valid(), .data_dma_ram_rd_resp_ready(2'b11),

    .ptp_clk(clk), .ptp_rst(rst), .ptp_sample_clk(clk), .ptp_pps(1'b0), .ptp_pps_str(1'b0),
    .ptp_ts_96(ptp_ts), .ptp_ts_step(1'b0), .ptp_sync_pps(1'b0), .ptp_sync_ts_96(ptp_ts),
    .ptp_sync_ts_step(1'b0), .ptp_perout_locked(1'b0), .ptp_perout_error(1'b0),
    .ptp_perout_pulse(1'b0),

    .direct_tx_clk({PORTS{clk}}), .direct_tx_rst({PORTS{rst}}),
    .s_axis_direct_tx_tdata({PORTS*512{1'b0}}), .s_axis_direct_tx_tkeep({PORTS*64{1'b0}}),
    .s_axis_direct_tx_tvalid({PORTS{1'b0}}), .s_axis_direct_tx_tready(),
    .s_axis_direct_tx_tlast({PORTS{1'b0}}), .s_axis_direct_tx_tuser({PORTS*TXU{1'b0}}),
    .m_axis_direct_tx_tdata(), .m_axis_direct_tx_tkeep(), .m_axis_direct_tx_tvalid(),
    .m_axis_direct_tx_tready({PORTS{1'b1}}), .m_axis_direct_tx_tlast(), .m_axis_direct_tx_tuser(),
    .s_axis_direct_tx_cpl_ts({PORTS*96{1'b0}}), .s_axis_direct_tx_cpl_tag({PORTS*TAG{1'b0}}),
    .s_axis_direct_tx_cpl_valid({PORTS{1'b0}}), .s_axis_direct_tx_cpl_ready(),
    .m_axis_direct_tx_cpl_ts(), .m_axis_direct_tx_cpl_tag(), .m_axis_direct_tx_cpl_valid(),
    .m_axis_direct_tx_cpl_ready({PORTS{1'b1}}),
    .direct_rx_clk({PORTS{clk}}), .direct_rx_rst({PORTS{rst}}),
    .s_axis_direct_rx_tdata({PORTS*512{1'b0}}), .s_axis_direct_rx_tkeep({PORTS*64{1'b0}}),
    .s_axis_direct_rx_tvalid({PORTS{1'b0}}), .s_axis_direct_rx_tready(),
    .s_axis_direct_rx_tlast({PORTS{1'b0}}), .s_axis_direct_rx_tuser({PORTS*RXU{1'b0}}),
    .m_axis_direct_rx_tdata(), .m_axis_direct_rx_tkeep(), .m_axis_direct_rx_tvalid(),
    .m_axis_direct_rx_tready({PORTS{1'b1}}), .m_axis_direct_rx_tlast(), .m_axis_direct_rx_tuser(),

    .s_axis_sync_tx_tdata(htx_tdata), .s_axis_sync_tx_tkeep(htx_tkeep),
    .s_axis_sync_tx_tvalid(htx_tvalid), .s_axis_sync_tx_tready(htx_tready),
    .s_axis_sync_tx_tlast(htx_tlast), .s_axis_sync_tx_tuser(htx_tuser),
    .m_axis_sync_tx_tdata(tx_tdata), .m_axis_sync_tx_tkeep(tx_tkeep),
    .m_axis_sync_tx_tvalid(tx_tvalid), .m_axis_sync_tx_tready(tx_tready),
    .m_axis_sync_tx_tlast(tx_tlast), .m_axis_sync_tx_tuser(tx_tuser),
    .s_axis_sync_tx_cpl_ts({PORTS*96{1'b0}}), .s_axis_sync_tx_cpl_tag({PORTS*TAG{1'b0}}),
    .s_axis_sync_tx_cpl_valid({PORTS{1'b1}}), .s_axis_sync_tx_cpl_ready(mac_cpl_ready),
    .m_axis_sync_tx_cpl_ts(cpl_ts), .m_axis_sync_tx_cpl_tag(cpl_tag),
    .m_axis_sync_tx_cpl_valid(cpl_valid), .m_axis_sync_tx_cpl_ready(cpl_ready),
    .s_axis_sync_rx_tdata(rx_tdata), .s_axis_sync_rx_tkeep(rx_tkeep),
    .s_axis_sync_rx_tvalid(rx_tvalid), .s_axis_sync_rx_tready(rx_tready),
    .s_axis_sync_rx_tlast(rx_tlast), .s_axis_sync_rx_tuser(rx_tuser),
    .m_axis_sync_rx_tdata(hrx_tdata), .m_axis_sync_rx_tkeep(hrx_tkeep),
    .m_axis_sync_rx_tvalid(hrx_tvalid), .m_axis_sync_rx_tready(hrx_tready),
    .m_axis_sync_rx_tlast(hrx_tlast), .m_axis_sync_rx_tuser(hrx_tuser),

    .s_axis_if_tx_tdata({PORTS*512{1'b0}}), .s_axis_if_tx_tkeep({PORTS*64{1'b0}}),
    .s_axis_if_tx_tvalid({PORTS{1'b0}}), .s_axis_if_tx_tready(), .s_axis_if_tx_tlast({PORTS{1'b0}}),
    .s_axis_if_tx_tid({PORTS*12{1'b0}}), .s_axis_if_tx_tdest({PORTS*4{1'b0}}),
    .s_axis_if_tx_tuser({PORTS*TXU{1'b0}}),
    .m_axis_if_tx_tdata(), .m_axis_if_tx_tkeep(), .m_axis_if_tx_tvalid(),
    .m_axis_if_tx_tready({PORTS{1'b1}}), .m_axis_if_tx_tlast(), .m_axis_if_tx_tid(),
    .m_axis_if_tx_tdest(), .m_axis_if_tx_tuser(),
    .s_axis_if_tx_cpl_ts({PORTS*96{1'b0}}), .s_axis_if_tx_cpl_tag({PORTS*TAG{1'b0}}),
    .s_axis_if_tx_cpl_valid({PORTS{1'b0}}), .s_axis_if_tx_cpl_ready(),
    .m_axis_if_tx_cpl_ts(), .m_axis_if_tx_cpl_tag(), .m_axis_if_tx_cpl_valid(),
    .m_axis_if_tx_cpl_ready({PORTS{1'b1}}),
    .s_axis_if_rx_tdata({PORTS*512{1'b0}}), .s_axis_if_rx_tkeep({PORTS*64{1'b0}}),
    .s_axis_if_rx_tvalid({PORTS{1'b0}}), .s_axis_if_rx_tready(), .s_axis_if_rx_tlast({PORTS{1'b0}}),
    .s_axis_if_rx_tid({PORTS{1'b0}}), .s_axis_if_rx_tdest({PORTS*8{1'b0}}),
    .s_axis_if_rx_tuser({PORTS*RXU{1'b0}}),
    .m_axis_if_rx_tdata(), .m_axis_if_rx_tkeep(), .m_axis_if_rx_tvalid(),
    .m_axis_if_rx_tready({PORTS{1'b1}}), .m_axis_if_rx_tlast(), .m_axis_if_rx_tid(),
    .m_axis_if_rx_tdest(), .m_axis_if_rx_tuser(),

    .m_axis_stat_tdata(), .m_axis_stat_tid(), .m_axis_stat_tvalid(), .m_axis_stat_tready(1'b1),
    .gpio_in(32'd0), .gpio_out(),
    .jtag_tdi(1'b0), .jtag_tdo(), .jtag_tms(1'b0), .jtag_tck(1'b0)
);


endmodule
