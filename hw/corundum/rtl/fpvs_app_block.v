// FPVS as a Corundum application block.
//
// Drops into Corundum's application slot (module name `mqnic_app_block`, the port
// list and parameters of Corundum's documented application-block interface). The
// FPVS wide core (`fpvs_core_w64`, 64-byte beats) sits on the per-port synchronous
// taps, in the core clock domain:
//
//   s_axis_sync_rx[p] (wire)  --arbiter--> core s_axis (tuser = p)
//   core m_axis (egress port) --demux----> m_axis_sync_tx[port] (wire)
//   s_axis_sync_tx[p] (host)  ----------> core s_inj   (inject header, else verbatim to p)
//   core m_exc, m_notify      ----------> m_axis_sync_rx[p] (host, behind a header beat)
//   s_axil_app_ctrl (app BAR) ----------> core registers + command mailbox
//
// The MAC's TX completions belong to the core's frames and are absorbed; host frames
// taken from s_axis_sync_tx are completed here. The direct and interface-level taps
// pass through; DMA, statistics, GPIO and the NIC control master stay idle. See
// hw/corundum/README.md for the formats.

`resetall
`timescale 1ns / 1ps
`default_nettype none

module mqnic_app_block #
(
    // structure
    parameter IF_COUNT = 1,
    parameter PORTS_PER_IF = 1,
    parameter SCHED_PER_IF = PORTS_PER_IF,
    parameter PORT_COUNT = IF_COUNT*PORTS_PER_IF,

    // clocks
    parameter CLK_PERIOD_NS_NUM = 4,
    parameter CLK_PERIOD_NS_DENOM = 1,

    // PTP
    parameter PTP_CLK_PERIOD_NS_NUM = 4,
    parameter PTP_CLK_PERIOD_NS_DENOM = 1,
    parameter PTP_TS_WIDTH = 96,
    parameter PTP_USE_SAMPLE_CLOCK = 0,
    parameter PTP_PORT_CDC_PIPELINE = 0,
    parameter PTP_PEROUT_ENABLE = 0,
    parameter PTP_PEROUT_COUNT = 1,

    // interfaces
    parameter PTP_TS_ENABLE = 1,
    parameter TX_TAG_WIDTH = 16,
    parameter MAX_TX_SIZE = 9214,
    parameter MAX_RX_SIZE = 9214,

    // application
    parameter APP_ID = 32'h4650_5653,
    parameter APP_CTRL_ENABLE = 1,
    parameter APP_DMA_ENABLE = 1,
    parameter APP_AXIS_DIRECT_ENABLE = 1,
    parameter APP_AXIS_SYNC_ENABLE = 1,
    parameter APP_AXIS_IF_ENABLE = 1,
    parameter APP_STAT_ENABLE = 1,
    parameter APP_GPIO_IN_WIDTH = 32,
    parameter APP_GPIO_OUT_WIDTH = 32,

    // DMA
    parameter DMA_ADDR_WIDTH = 64,
    parameter DMA_IMM_ENABLE = 0,
    parameter DMA_IMM_WIDTH = 32,
    parameter DMA_LEN_WIDTH = 16,
    parameter DMA_TAG_WIDTH = 16,
    parameter RAM_SEL_WIDTH = 4,
    parameter RAM_ADDR_WIDTH = 16,
    parameter RAM_SEG_COUNT = 2,
    parameter RAM_SEG_DATA_WIDTH = 256*2/RAM_SEG_COUNT,
    parameter RAM_SEG_BE_WIDTH = RAM_SEG_DATA_WIDTH/8,
    parameter RAM_SEG_ADDR_WIDTH = RAM_ADDR_WIDTH-$clog2(RAM_SEG_COUNT*RAM_SEG_BE_WIDTH),
    parameter RAM_PIPELINE = 2,

    // AXI-Lite, application control (the application BAR)
    parameter AXIL_APP_CTRL_DATA_WIDTH = 32,
    parameter AXIL_APP_CTRL_ADDR_WIDTH = 16,
    parameter AXIL_APP_CTRL_STRB_WIDTH = (AXIL_APP_CTRL_DATA_WIDTH/8),

    // AXI-Lite, NIC control
    parameter AXIL_CTRL_DATA_WIDTH = 32,
    parameter AXIL_CTRL_ADDR_WIDTH = 16,
    parameter AXIL_CTRL_STRB_WIDTH = (AXIL_CTRL_DATA_WIDTH/8),

    // streams: direct (MAC clock)
    parameter AXIS_DATA_WIDTH = 512,
    parameter AXIS_KEEP_WIDTH = AXIS_DATA_WIDTH/8,
    parameter AXIS_TX_USER_WIDTH = TX_TAG_WIDTH + 1,
    parameter AXIS_RX_USER_WIDTH = (PTP_TS_ENABLE ? PTP_TS_WIDTH : 0) + 1,
    parameter AXIS_RX_USE_READY = 0,

    // streams: synchronous (core clock)
    parameter AXIS_SYNC_DATA_WIDTH = AXIS_DATA_WIDTH,
    parameter AXIS_SYNC_KEEP_WIDTH = AXIS_SYNC_DATA_WIDTH/8,
    parameter AXIS_SYNC_TX_USER_WIDTH = AXIS_TX_USER_WIDTH,
    parameter AXIS_SYNC_RX_USER_WIDTH = AXIS_RX_USER_WIDTH,

    // streams: interface level
    parameter AXIS_IF_DATA_WIDTH = AXIS_SYNC_DATA_WIDTH*2**$clog2(PORTS_PER_IF),
    parameter AXIS_IF_KEEP_WIDTH = AXIS_IF_DATA_WIDTH/8,
    parameter AXIS_IF_TX_ID_WIDTH = 12,
    parameter AXIS_IF_RX_ID_WIDTH = PORTS_PER_IF > 1 ? $clog2(PORTS_PER_IF) : 1,
    parameter AXIS_IF_TX_DEST_WIDTH = $clog2(PORTS_PER_IF)+4,
    parameter AXIS_IF_RX_DEST_WIDTH = 8,
    parameter AXIS_IF_TX_USER_WIDTH = AXIS_SYNC_TX_USER_WIDTH,
    parameter AXIS_IF_RX_USER_WIDTH = AXIS_SYNC_RX_USER_WIDTH,

    // statistics
    parameter STAT_ENABLE = 1,
    parameter STAT_INC_WIDTH = 24,
    parameter STAT_ID_WIDTH = 12
)
(
    input  wire                                           clk,
    input  wire                                           rst,

    // application control from the host (the application BAR)
    input  wire [AXIL_APP_CTRL_ADDR_WIDTH-1:0]            s_axil_app_ctrl_awaddr,
    input  wire [2:0]                                     s_axil_app_ctrl_awprot,
    input  wire                                           s_axil_app_ctrl_awvalid,
    output wire                                           s_axil_app_ctrl_awready,
    input  wire [AXIL_APP_CTRL_DATA_WIDTH-1:0]            s_axil_app_ctrl_wdata,
    input  wire [AXIL_APP_CTRL_STRB_WIDTH-1:0]            s_axil_app_ctrl_wstrb,
    input  wire                                           s_axil_app_ctrl_wvalid,
    output wire                                           s_axil_app_ctrl_wready,
    output wire [1:0]                                     s_axil_app_ctrl_bresp,
    output wire                                           s_axil_app_ctrl_bvalid,
    input  wire                                           s_axil_app_ctrl_bready,
    input  wire [AXIL_APP_CTRL_ADDR_WIDTH-1:0]            s_axil_app_ctrl_araddr,
    input  wire [2:0]                                     s_axil_app_ctrl_arprot,
    input  wire                                           s_axil_app_ctrl_arvalid,
    output wire                                           s_axil_app_ctrl_arready,
    output wire [AXIL_APP_CTRL_DATA_WIDTH-1:0]            s_axil_app_ctrl_rdata,
    output wire [1:0]                                     s_axil_app_ctrl_rresp,
    output wire                                           s_axil_app_ctrl_rvalid,
    input  wire                                           s_axil_app_ctrl_rready,

    // NIC control register space (unused: idle)
    output wire [AXIL_CTRL_ADDR_WIDTH-1:0]                m_axil_ctrl_awaddr,
    output wire [2:0]                                     m_axil_ctrl_awprot,
    output wire                                           m_axil_ctrl_awvalid,
    input  wire                                           m_axil_ctrl_awready,
    output wire [AXIL_CTRL_DATA_WIDTH-1:0]                m_axil_ctrl_wdata,
    output wire [AXIL_CTRL_STRB_WIDTH-1:0]                m_axil_ctrl_wstrb,
    output wire                                           m_axil_ctrl_wvalid,
    input  wire                                           m_axil_ctrl_wready,
    input  wire [1:0]                                     m_axil_ctrl_bresp,
    input  wire                                           m_axil_ctrl_bvalid,
    output wire                                           m_axil_ctrl_bready,
    output wire [AXIL_CTRL_ADDR_WIDTH-1:0]                m_axil_ctrl_araddr,
    output wire [2:0]                                     m_axil_ctrl_arprot,
    output wire                                           m_axil_ctrl_arvalid,
    input  wire                                           m_axil_ctrl_arready,
    input  wire [AXIL_CTRL_DATA_WIDTH-1:0]                m_axil_ctrl_rdata,
    input  wire [1:0]                                     m_axil_ctrl_rresp,
    input  wire                                           m_axil_ctrl_rvalid,
    output wire                                           m_axil_ctrl_rready,

    // DMA descriptors, control (unused: idle)
    output wire [DMA_ADDR_WIDTH-1:0]                      m_axis_ctrl_dma_read_desc_dma_addr,
    output wire [RAM_SEL_WIDTH-1:0]                       m_axis_ctrl_dma_read_desc_ram_sel,
    output wire [RAM_ADDR_WIDTH-1:0]                      m_axis_ctrl_dma_read_desc_ram_addr,
    output wire [DMA_LEN_WIDTH-1:0]                       m_axis_ctrl_dma_read_desc_len,
    output wire [DMA_TAG_WIDTH-1:0]                       m_axis_ctrl_dma_read_desc_tag,
    output wire                                           m_axis_ctrl_dma_read_desc_valid,
    input  wire                                           m_axis_ctrl_dma_read_desc_ready,
    input  wire [DMA_TAG_WIDTH-1:0]                       s_axis_ctrl_dma_read_desc_status_tag,
    input  wire [3:0]                                     s_axis_ctrl_dma_read_desc_status_error,
    input  wire                                           s_axis_ctrl_dma_read_desc_status_valid,
    output wire [DMA_ADDR_WIDTH-1:0]                      m_axis_ctrl_dma_write_desc_dma_addr,
    output wire [RAM_SEL_WIDTH-1:0]                       m_axis_ctrl_dma_write_desc_ram_sel,
    output wire [RAM_ADDR_WIDTH-1:0]                      m_axis_ctrl_dma_write_desc_ram_addr,
    output wire [DMA_IMM_WIDTH-1:0]                       m_axis_ctrl_dma_write_desc_imm,
    output wire                                           m_axis_ctrl_dma_write_desc_imm_en,
    output wire [DMA_LEN_WIDTH-1:0]                       m_axis_ctrl_dma_write_desc_len,
    output wire [DMA_TAG_WIDTH-1:0]                       m_axis_ctrl_dma_write_desc_tag,
    output wire                                           m_axis_ctrl_dma_write_desc_valid,
    input  wire                                           m_axis_ctrl_dma_write_desc_ready,
    input  wire [DMA_TAG_WIDTH-1:0]                       s_axis_ctrl_dma_write_desc_status_tag,
    input  wire [3:0]                                     s_axis_ctrl_dma_write_desc_status_error,
    input  wire                                           s_axis_ctrl_dma_write_desc_status_valid,

    // DMA descriptors, data (unused: idle)
    output wire [DMA_ADDR_WIDTH-1:0]                      m_axis_data_dma_read_desc_dma_addr,
    output wire [RAM_SEL_WIDTH-1:0]                       m_axis_data_dma_read_desc_ram_sel,
    output wire [RAM_ADDR_WIDTH-1:0]                      m_axis_data_dma_read_desc_ram_addr,
    output wire [DMA_LEN_WIDTH-1:0]                       m_axis_data_dma_read_desc_len,
    output wire [DMA_TAG_WIDTH-1:0]                       m_axis_data_dma_read_desc_tag,
    output wire                                           m_axis_data_dma_read_desc_valid,
    input  wire                                           m_axis_data_dma_read_desc_ready,
    input  wire [DMA_TAG_WIDTH-1:0]                       s_axis_data_dma_read_desc_status_tag,
    input  wire [3:0]                                     s_axis_data_dma_read_desc_status_error,
    input  wire                                           s_axis_data_dma_read_desc_status_valid,
    output wire [DMA_ADDR_WIDTH-1:0]                      m_axis_data_dma_write_desc_dma_addr,
    output wire [RAM_SEL_WIDTH-1:0]                       m_axis_data_dma_write_desc_ram_sel,
    output wire [RAM_ADDR_WIDTH-1:0]                      m_axis_data_dma_write_desc_ram_addr,
    output wire [DMA_IMM_WIDTH-1:0]                       m_axis_data_dma_write_desc_imm,
    output wire                                           m_axis_data_dma_write_desc_imm_en,
    output wire [DMA_LEN_WIDTH-1:0]                       m_axis_data_dma_write_desc_len,
    output wire [DMA_TAG_WIDTH-1:0]                       m_axis_data_dma_write_desc_tag,
    output wire                                           m_axis_data_dma_write_desc_valid,
    input  wire                                           m_axis_data_dma_write_desc_ready,
    input  wire [DMA_TAG_WIDTH-1:0]                       s_axis_data_dma_write_desc_status_tag,
    input  wire [3:0]                                     s_axis_data_dma_write_desc_status_error,
    input  wire                                           s_axis_data_dma_write_desc_status_valid,

    // DMA RAM, control (unused: writes accepted and dropped, reads return 0)
    input  wire [RAM_SEG_COUNT*RAM_SEL_WIDTH-1:0]         ctrl_dma_ram_wr_cmd_sel,
    input  wire [RAM_SEG_COUNT*RAM_SEG_BE_WIDTH-1:0]      ctrl_dma_ram_wr_cmd_be,
    input  wire [RAM_SEG_COUNT*RAM_SEG_ADDR_WIDTH-1:0]    ctrl_dma_ram_wr_cmd_addr,
    input  wire [RAM_SEG_COUNT*RAM_SEG_DATA_WIDTH-1:0]    ctrl_dma_ram_wr_cmd_data,
    input  wire [RAM_SEG_COUNT-1:0]                       ctrl_dma_ram_wr_cmd_valid,
    output wire [RAM_SEG_COUNT-1:0]                       ctrl_dma_ram_wr_cmd_ready,
    output wire [RAM_SEG_COUNT-1:0]                       ctrl_dma_ram_wr_done,
    input  wire [RAM_SEG_COUNT*RAM_SEL_WIDTH-1:0]         ctrl_dma_ram_rd_cmd_sel,
    input  wire [RAM_SEG_COUNT*RAM_SEG_ADDR_WIDTH-1:0]    ctrl_dma_ram_rd_cmd_addr,
    input  wire [RAM_SEG_COUNT-1:0]                       ctrl_dma_ram_rd_cmd_valid,
    output wire [RAM_SEG_COUNT-1:0]                       ctrl_dma_ram_rd_cmd_ready,
    output wire [RAM_SEG_COUNT*RAM_SEG_DATA_WIDTH-1:0]    ctrl_dma_ram_rd_resp_data,
    output wire [RAM_SEG_COUNT-1:0]                       ctrl_dma_ram_rd_resp_valid,
    input  wire [RAM_SEG_COUNT-1:0]                       ctrl_dma_ram_rd_resp_ready,

    // DMA RAM, data (unused: as above)
    input  wire [RAM_SEG_COUNT*RAM_SEL_WIDTH-1:0]         data_dma_ram_wr_cmd_sel,
    input  wire [RAM_SEG_COUNT*RAM_SEG_BE_WIDTH-1:0]      data_dma_ram_wr_cmd_be,
    input  wire [RAM_SEG_COUNT*RAM_SEG_ADDR_WIDTH-1:0]    data_dma_ram_wr_cmd_addr,
    input  wire [RAM_SEG_COUNT*RAM_SEG_DATA_WIDTH-1:0]    data_dma_ram_wr_cmd_data,
    input  wire [RAM_SEG_COUNT-1:0]                       data_dma_ram_wr_cmd_valid,
    output wire [RAM_SEG_COUNT-1:0]                       data_dma_ram_wr_cmd_ready,
    output wire [RAM_SEG_COUNT-1:0]                       data_dma_ram_wr_done,
    input  wire [RAM_SEG_COUNT*RAM_SEL_WIDTH-1:0]         data_dma_ram_rd_cmd_sel,
    input  wire [RAM_SEG_COUNT*RAM_SEG_ADDR_WIDTH-1:0]    data_dma_ram_rd_cmd_addr,
    input  wire [RAM_SEG_COUNT-1:0]                       data_dma_ram_rd_cmd_valid,
    output wire [RAM_SEG_COUNT-1:0]                       data_dma_ram_rd_cmd_ready,
    output wire [RAM_SEG_COUNT*RAM_SEG_DATA_WIDTH-1:0]    data_dma_ram_rd_resp_data,
    output wire [RAM_SEG_COUNT-1:0]                       data_dma_ram_rd_resp_valid,
    input  wire [RAM_SEG_COUNT-1:0]                       data_dma_ram_rd_resp_ready,

    // PTP (ptp_ts_96 timestamps the completions and host-bound frames)
    input  wire                                           ptp_clk,
    input  wire                                           ptp_rst,
    input  wire                                           ptp_sample_clk,
    input  wire                                           ptp_pps,
    input  wire                                           ptp_pps_str,
    input  wire [PTP_TS_WIDTH-1:0]                        ptp_ts_96,
    input  wire                                           ptp_ts_step,
    input  wire                                           ptp_sync_pps,
    input  wire [PTP_TS_WIDTH-1:0]                        ptp_sync_ts_96,
    input  wire                                           ptp_sync_ts_step,
    input  wire [PTP_PEROUT_COUNT-1:0]                    ptp_perout_locked,
    input  wire [PTP_PEROUT_COUNT-1:0]                    ptp_perout_error,
    input  wire [PTP_PEROUT_COUNT-1:0]                    ptp_perout_pulse,

    // direct taps, MAC clocks (pass through)
    input  wire [PORT_COUNT-1:0]                          direct_tx_clk,
    input  wire [PORT_COUNT-1:0]                          direct_tx_rst,
    input  wire [PORT_COUNT*AXIS_DATA_WIDTH-1:0]          s_axis_direct_tx_tdata,
    input  wire [PORT_COUNT*AXIS_KEEP_WIDTH-1:0]          s_axis_direct_tx_tkeep,
    input  wire [PORT_COUNT-1:0]                          s_axis_direct_tx_tvalid,
    output wire [PORT_COUNT-1:0]                          s_axis_direct_tx_tready,
    input  wire [PORT_COUNT-1:0]                          s_axis_direct_tx_tlast,
    input  wire [PORT_COUNT*AXIS_TX_USER_WIDTH-1:0]       s_axis_direct_tx_tuser,
    output wire [PORT_COUNT*AXIS_DATA_WIDTH-1:0]          m_axis_direct_tx_tdata,
    output wire [PORT_COUNT*AXIS_KEEP_WIDTH-1:0]          m_axis_direct_tx_tkeep,
    output wire [PORT_COUNT-1:0]                          m_axis_direct_tx_tvalid,
    input  wire [PORT_COUNT-1:0]                          m_axis_direct_tx_tready,
    output wire [PORT_COUNT-1:0]                          m_axis_direct_tx_tlast,
    output wire [PORT_COUNT*AXIS_TX_USER_WIDTH-1:0]       m_axis_direct_tx_tuser,
    input  wire [PORT_COUNT*PTP_TS_WIDTH-1:0]             s_axis_direct_tx_cpl_ts,
    input  wire [PORT_COUNT*TX_TAG_WIDTH-1:0]             s_axis_direct_tx_cpl_tag,
    input  wire [PORT_COUNT-1:0]                          s_axis_direct_tx_cpl_valid,
    output wire [PORT_COUNT-1:0]                          s_axis_direct_tx_cpl_ready,
    output wire [PORT_COUNT*PTP_TS_WIDTH-1:0]             m_axis_direct_tx_cpl_ts,
    output wire [PORT_COUNT*TX_TAG_WIDTH-1:0]             m_axis_direct_tx_cpl_tag,
    output wire [PORT_COUNT-1:0]                          m_axis_direct_tx_cpl_valid,
    input  wire [PORT_COUNT-1:0]                          m_axis_direct_tx_cpl_ready,
    input  wire [PORT_COUNT-1:0]                          direct_rx_clk,
    input  wire [PORT_COUNT-1:0]                          direct_rx_rst,
    input  wire [PORT_COUNT*AXIS_DATA_WIDTH-1:0]          s_axis_direct_rx_tdata,
    input  wire [PORT_COUNT*AXIS_KEEP_WIDTH-1:0]          s_axis_direct_rx_tkeep,
    input  wire [PORT_COUNT-1:0]                          s_axis_direct_rx_tvalid,
    output wire [PORT_COUNT-1:0]                          s_axis_direct_rx_tready,
    input  wire [PORT_COUNT-1:0]                          s_axis_direct_rx_tlast,
    input  wire [PORT_COUNT*AXIS_RX_USER_WIDTH-1:0]       s_axis_direct_rx_tuser,
    output wire [PORT_COUNT*AXIS_DATA_WIDTH-1:0]          m_axis_direct_rx_tdata,
    output wire [PORT_COUNT*AXIS_KEEP_WIDTH-1:0]          m_axis_direct_rx_tkeep,
    output wire [PORT_COUNT-1:0]                          m_axis_direct_rx_tvalid,
    input  wire [PORT_COUNT-1:0]                          m_axis_direct_rx_tready,
    output wire [PORT_COUNT-1:0]                          m_axis_direct_rx_tlast,
    output wire [PORT_COUNT*AXIS_RX_USER_WIDTH-1:0]       m_axis_direct_rx_tuser,

    // synchronous taps, core clock: the FPVS pipeline
    input  wire [PORT_COUNT*AXIS_SYNC_DATA_WIDTH-1:0]     s_axis_sync_tx_tdata,
    input  wire [PORT_COUNT*AXIS_SYNC_KEEP_WIDTH-1:0]     s_axis_sync_tx_tkeep,
    input  wire [PORT_COUNT-1:0]                          s_axis_sync_tx_tvalid,
    output wire [PORT_COUNT-1:0]                          s_axis_sync_tx_tready,
    input  wire [PORT_COUNT-1:0]                          s_axis_sync_tx_tlast,
    input  wire [PORT_COUNT*AXIS_SYNC_TX_USER_WIDTH-1:0]  s_axis_sync_tx_tuser,
    output wire [PORT_COUNT*AXIS_SYNC_DATA_WIDTH-1:0]     m_axis_sync_tx_tdata,
    output wire [PORT_COUNT*AXIS_SYNC_KEEP_WIDTH-1:0]     m_axis_sync_tx_tkeep,
    output wire [PORT_COUNT-1:0]                          m_axis_sync_tx_tvalid,
    input  wire [PORT_COUNT-1:0]                          m_axis_sync_tx_tready,
    output wire [PORT_COUNT-1:0]                          m_axis_sync_tx_tlast,
    output wire [PORT_COUNT*AXIS_SYNC_TX_USER_WIDTH-1:0]  m_axis_sync_tx_tuser,
    input  wire [PORT_COUNT*PTP_TS_WIDTH-1:0]             s_axis_sync_tx_cpl_ts,
    input  wire [PORT_COUNT*TX_TAG_WIDTH-1:0]             s_axis_sync_tx_cpl_tag,
    input  wire [PORT_COUNT-1:0]                          s_axis_sync_tx_cpl_valid,
    output wire [PORT_COUNT-1:0]                          s_axis_sync_tx_cpl_ready,
    output wire [PORT_COUNT*PTP_TS_WIDTH-1:0]             m_axis_sync_tx_cpl_ts,
    output wire [PORT_COUNT*TX_TAG_WIDTH-1:0]             m_axis_sync_tx_cpl_tag,
    output wire [PORT_COUNT-1:0]                          m_axis_sync_tx_cpl_valid,
    input  wire [PORT_COUNT-1:0]                          m_axis_sync_tx_cpl_ready,
    input  wire [PORT_COUNT*AXIS_SYNC_DATA_WIDTH-1:0]     s_axis_sync_rx_tdata,
    input  wire [PORT_COUNT*AXIS_SYNC_KEEP_WIDTH-1:0]     s_axis_sync_rx_tkeep,
    input  wire [PORT_COUNT-1:0]                          s_axis_sync_rx_tvalid,
    output wire [PORT_COUNT-1:0]                          s_axis_sync_rx_tready,
    input  wire [PORT_COUNT-1:0]                          s_axis_sync_rx_tlast,
    input  wire [PORT_COUNT*AXIS_SYNC_RX_USER_WIDTH-1:0]  s_axis_sync_rx_tuser,
    output wire [PORT_COUNT*AXIS_SYNC_DATA_WIDTH-1:0]     m_axis_sync_rx_tdata,
    output wire [PORT_COUNT*AXIS_SYNC_KEEP_WIDTH-1:0]     m_axis_sync_rx_tkeep,
    output wire [PORT_COUNT-1:0]                          m_axis_sync_rx_tvalid,
    input  wire [PORT_COUNT-1:0]                          m_axis_sync_rx_tready,
    output wire [PORT_COUNT-1:0]                          m_axis_sync_rx_tlast,
    output wire [PORT_COUNT*AXIS_SYNC_RX_USER_WIDTH-1:0]  m_axis_sync_rx_tuser,

    // interface-level taps (pass through)
    input  wire [IF_COUNT*AXIS_IF_DATA_WIDTH-1:0]         s_axis_if_tx_tdata,
    input  wire [IF_COUNT*AXIS_IF_KEEP_WIDTH-1:0]         s_axis_if_tx_tkeep,
    input  wire [IF_COUNT-1:0]                            s_axis_if_tx_tvalid,
    output wire [IF_COUNT-1:0]                            s_axis_if_tx_tready,
    input  wire [IF_COUNT-1:0]                            s_axis_if_tx_tlast,
    input  wire [IF_COUNT*AXIS_IF_TX_ID_WIDTH-1:0]        s_axis_if_tx_tid,
    input  wire [IF_COUNT*AXIS_IF_TX_DEST_WIDTH-1:0]      s_axis_if_tx_tdest,
    input  wire [IF_COUNT*AXIS_IF_TX_USER_WIDTH-1:0]      s_axis_if_tx_tuser,
    output wire [IF_COUNT*AXIS_IF_DATA_WIDTH-1:0]         m_axis_if_tx_tdata,
    output wire [IF_COUNT*AXIS_IF_KEEP_WIDTH-1:0]         m_axis_if_tx_tkeep,
    output wire [IF_COUNT-1:0]                            m_axis_if_tx_tvalid,
    input  wire [IF_COUNT-1:0]                            m_axis_if_tx_tready,
    output wire [IF_COUNT-1:0]                            m_axis_if_tx_tlast,
    output wire [IF_COUNT*AXIS_IF_TX_ID_WIDTH-1:0]        m_axis_if_tx_tid,
    output wire [IF_COUNT*AXIS_IF_TX_DEST_WIDTH-1:0]      m_axis_if_tx_tdest,
    output wire [IF_COUNT*AXIS_IF_TX_USER_WIDTH-1:0]      m_axis_if_tx_tuser,
    input  wire [IF_COUNT*PTP_TS_WIDTH-1:0]               s_axis_if_tx_cpl_ts,
    input  wire [IF_COUNT*TX_TAG_WIDTH-1:0]               s_axis_if_tx_cpl_tag,
    input  wire [IF_COUNT-1:0]                            s_axis_if_tx_cpl_valid,
    output wire [IF_COUNT-1:0]                            s_axis_if_tx_cpl_ready,
    output wire [IF_COUNT*PTP_TS_WIDTH-1:0]               m_axis_if_tx_cpl_ts,
    output wire [IF_COUNT*TX_TAG_WIDTH-1:0]               m_axis_if_tx_cpl_tag,
    output wire [IF_COUNT-1:0]                            m_axis_if_tx_cpl_valid,
    input  wire [IF_COUNT-1:0]                            m_axis_if_tx_cpl_ready,
    input  wire [IF_COUNT*AXIS_IF_DATA_WIDTH-1:0]         s_axis_if_rx_tdata,
    input  wire [IF_COUNT*AXIS_IF_KEEP_WIDTH-1:0]         s_axis_if_rx_tkeep,
    input  wire [IF_COUNT-1:0]                            s_axis_if_rx_tvalid,
    output wire [IF_COUNT-1:0]                            s_axis_if_rx_tready,
    input  wire [IF_COUNT-1:0]                            s_axis_if_rx_tlast,
    input  wire [IF_COUNT*AXIS_IF_RX_ID_WIDTH-1:0]        s_axis_if_rx_tid,
    input  wire [IF_COUNT*AXIS_IF_RX_DEST_WIDTH-1:0]      s_axis_if_rx_tdest,
    input  wire [IF_COUNT*AXIS_IF_RX_USER_WIDTH-1:0]      s_axis_if_rx_tuser,
    output wire [IF_COUNT*AXIS_IF_DATA_WIDTH-1:0]         m_axis_if_rx_tdata,
    output wire [IF_COUNT*AXIS_IF_KEEP_WIDTH-1:0]         m_axis_if_rx_tkeep,
    output wire [IF_COUNT-1:0]                            m_axis_if_rx_tvalid,
    input  wire [IF_COUNT-1:0]                            m_axis_if_rx_tready,
    output wire [IF_COUNT-1:0]                            m_axis_if_rx_tlast,
    output wire [IF_COUNT*AXIS_IF_RX_ID_WIDTH-1:0]        m_axis_if_rx_tid,
    output wire [IF_COUNT*AXIS_IF_RX_DEST_WIDTH-1:0]      m_axis_if_rx_tdest,
    output wire [IF_COUNT*AXIS_IF_RX_USER_WIDTH-1:0]      m_axis_if_rx_tuser,

    // statistics increments (unused: idle)
    output wire [STAT_INC_WIDTH-1:0]                      m_axis_stat_tdata,
    output wire [STAT_ID_WIDTH-1:0]                       m_axis_stat_tid,
    output wire                                           m_axis_stat_tvalid,
    input  wire                                           m_axis_stat_tready,

    // GPIO (outputs 0) and JTAG (TDI looped to TDO)
    input  wire [APP_GPIO_IN_WIDTH-1:0]                   gpio_in,
    output wire [APP_GPIO_OUT_WIDTH-1:0]                  gpio_out,
    input  wire                                           jtag_tdi,
    output wire                                           jtag_tdo,
    input  wire                                           jtag_tms,
    input  wire                                           jtag_tck
);

// ---- configurations this block refuses -------------------------------------------
//
// Each bad configuration instantiates a module that does not exist, named after the
// problem, so every tool stops at elaboration; simulators also print the reason.

localparam PW = PORT_COUNT > 1 ? $clog2(PORT_COUNT) : 1;

generate
    if (AXIS_SYNC_DATA_WIDTH != 512 || AXIS_SYNC_KEEP_WIDTH != 64) begin : bad_width
        fpvs_error_axis_sync_data_width_must_be_512 bad_width_inst ();
    end
    if (PORT_COUNT < 1 || PORT_COUNT > 4) begin : bad_ports
        fpvs_error_port_count_must_be_1_to_4 bad_ports_inst ();
    end
    if (AXIL_APP_CTRL_DATA_WIDTH != 32 || AXIL_APP_CTRL_ADDR_WIDTH < 16) begin : bad_axil
        fpvs_error_app_ctrl_must_be_32_bit_with_64_KiB bad_axil_inst ();
    end
    if (APP_AXIS_SYNC_ENABLE == 0) begin : bad_sync
        fpvs_error_app_axis_sync_enable_must_be_1 bad_sync_inst ();
    end
    if (AXIS_SYNC_TX_USER_WIDTH < TX_TAG_WIDTH + 1 || PTP_TS_WIDTH != 96
            || AXIS_SYNC_RX_USER_WIDTH != PTP_TS_WIDTH + 1) begin : bad_user
        fpvs_error_tuser_widths_must_be_tag_plus_1_and_ts96_plus_1 bad_user_inst ();
    end
endgenerate

initial begin
    if (AXIS_SYNC_DATA_WIDTH != 512) begin
        $error("FPVS: AXIS_SYNC_DATA_WIDTH must be 512 (the wide build's 64-byte beat), got %0d", AXIS_SYNC_DATA_WIDTH);
        $finish;
    end
end

// ---- idle interfaces -------------------------------------------------------------

assign m_axil_ctrl_awaddr = {AXIL_CTRL_ADDR_WIDTH{1'b0}};
assign m_axil_ctrl_awprot = 3'd0;
assign m_axil_ctrl_awvalid = 1'b0;
assign m_axil_ctrl_wdata = {AXIL_CTRL_DATA_WIDTH{1'b0}};
assign m_axil_ctrl_wstrb = {AXIL_CTRL_STRB_WIDTH{1'b0}};
assign m_axil_ctrl_wvalid = 1'b0;
assign m_axil_ctrl_bready = 1'b1;
assign m_axil_ctrl_araddr = {AXIL_CTRL_ADDR_WIDTH{1'b0}};
assign m_axil_ctrl_arprot = 3'd0;
assign m_axil_ctrl_arvalid = 1'b0;
assign m_axil_ctrl_rready = 1'b1;

assign m_axis_ctrl_dma_read_desc_dma_addr = {DMA_ADDR_WIDTH{1'b0}};
assign m_axis_ctrl_dma_read_desc_ram_sel = {RAM_SEL_WIDTH{1'b0}};
assign m_axis_ctrl_dma_read_desc_ram_addr = {RAM_ADDR_WIDTH{1'b0}};
assign m_axis_ctrl_dma_read_desc_len = {DMA_LEN_WIDTH{1'b0}};
assign m_axis_ctrl_dma_read_desc_tag = {DMA_TAG_WIDTH{1'b0}};
assign m_axis_ctrl_dma_read_desc_valid = 1'b0;
assign m_axis_ctrl_dma_write_desc_dma_addr = {DMA_ADDR_WIDTH{1'b0}};
assign m_axis_ctrl_dma_write_desc_ram_sel = {RAM_SEL_WIDTH{1'b0}};
assign m_axis_ctrl_dma_write_desc_ram_addr = {RAM_ADDR_WIDTH{1'b0}};
assign m_axis_ctrl_dma_write_desc_imm = {DMA_IMM_WIDTH{1'b0}};
assign m_axis_ctrl_dma_write_desc_imm_en = 1'b0;
assign m_axis_ctrl_dma_write_desc_len = {DMA_LEN_WIDTH{1'b0}};
assign m_axis_ctrl_dma_write_desc_tag = {DMA_TAG_WIDTH{1'b0}};
assign m_axis_ctrl_dma_write_desc_valid = 1'b0;

assign m_axis_data_dma_read_desc_dma_addr = {DMA_ADDR_WIDTH{1'b0}};
assign m_axis_data_dma_read_desc_ram_sel = {RAM_SEL_WIDTH{1'b0}};
assign m_axis_data_dma_read_desc_ram_addr = {RAM_ADDR_WIDTH{1'b0}};
assign m_axis_data_dma_read_desc_len = {DMA_LEN_WIDTH{1'b0}};
assign m_axis_data_dma_read_desc_tag = {DMA_TAG_WIDTH{1'b0}};
assign m_axis_data_dma_read_desc_valid = 1'b0;
assign m_axis_data_dma_write_desc_dma_addr = {DMA_ADDR_WIDTH{1'b0}};
assign m_axis_data_dma_write_desc_ram_sel = {RAM_SEL_WIDTH{1'b0}};
assign m_axis_data_dma_write_desc_ram_addr = {RAM_ADDR_WIDTH{1'b0}};
assign m_axis_data_dma_write_desc_imm = {DMA_IMM_WIDTH{1'b0}};
assign m_axis_data_dma_write_desc_imm_en = 1'b0;
assign m_axis_data_dma_write_desc_len = {DMA_LEN_WIDTH{1'b0}};
assign m_axis_data_dma_write_desc_tag = {DMA_TAG_WIDTH{1'b0}};
assign m_axis_data_dma_write_desc_valid = 1'b0;

// No DMA RAM here: a write is taken and reported done at once, a read answers 0.
assign ctrl_dma_ram_wr_cmd_ready = {RAM_SEG_COUNT{1'b1}};
assign ctrl_dma_ram_wr_done = ctrl_dma_ram_wr_cmd_valid;
assign ctrl_dma_ram_rd_cmd_ready = ctrl_dma_ram_rd_resp_ready;
assign ctrl_dma_ram_rd_resp_data = {RAM_SEG_COUNT*RAM_SEG_DATA_WIDTH{1'b0}};
assign ctrl_dma_ram_rd_resp_valid = ctrl_dma_ram_rd_cmd_valid;
assign data_dma_ram_wr_cmd_ready = {RAM_SEG_COUNT{1'b1}};
assign data_dma_ram_wr_done = data_dma_ram_wr_cmd_valid;
assign data_dma_ram_rd_cmd_ready = data_dma_ram_rd_resp_ready;
assign data_dma_ram_rd_resp_data = {RAM_SEG_COUNT*RAM_SEG_DATA_WIDTH{1'b0}};
assign data_dma_ram_rd_resp_valid = data_dma_ram_rd_cmd_valid;

assign m_axis_stat_tdata = {STAT_INC_WIDTH{1'b0}};
assign m_axis_stat_tid = {STAT_ID_WIDTH{1'b0}};
assign m_axis_stat_tvalid = 1'b0;

assign gpio_out = {APP_GPIO_OUT_WIDTH{1'b0}};
assign jtag_tdo = jtag_tdi;

// ---- pass-through taps -----------------------------------------------------------

assign m_axis_direct_tx_tdata = s_axis_direct_tx_tdata;
assign m_axis_direct_tx_tkeep = s_axis_direct_tx_tkeep;
assign m_axis_direct_tx_tvalid = s_axis_direct_tx_tvalid;
assign s_axis_direct_tx_tready = m_axis_direct_tx_tready;
assign m_axis_direct_tx_tlast = s_axis_direct_tx_tlast;
assign m_axis_direct_tx_tuser = s_axis_direct_tx_tuser;
assign m_axis_direct_tx_cpl_ts = s_axis_direct_tx_cpl_ts;
assign m_axis_direct_tx_cpl_tag = s_axis_direct_tx_cpl_tag;
assign m_axis_direct_tx_cpl_valid = s_axis_direct_tx_cpl_valid;
assign s_axis_direct_tx_cpl_ready = m_axis_direct_tx_cpl_ready;
assign m_axis_direct_rx_tdata = s_axis_direct_rx_tdata;
assign m_axis_direct_rx_tkeep = s_axis_direct_rx_tkeep;
assign m_axis_direct_rx_tvalid = s_axis_direct_rx_tvalid;
assign s_axis_direct_rx_tready = m_axis_direct_rx_tready;
assign m_axis_direct_rx_tlast = s_axis_direct_rx_tlast;
assign m_axis_direct_rx_tuser = s_axis_direct_rx_tuser;

assign m_axis_if_tx_tdata = s_axis_if_tx_tdata;
assign m_axis_if_tx_tkeep = s_axis_if_tx_tkeep;
assign m_axis_if_tx_tvalid = s_axis_if_tx_tvalid;
assign s_axis_if_tx_tready = m_axis_if_tx_tready;
assign m_axis_if_tx_tlast = s_axis_if_tx_tlast;
assign m_axis_if_tx_tid = s_axis_if_tx_tid;
assign m_axis_if_tx_tdest = s_axis_if_tx_tdest;
assign m_axis_if_tx_tuser = s_axis_if_tx_tuser;
assign m_axis_if_tx_cpl_ts = s_axis_if_tx_cpl_ts;
assign m_axis_if_tx_cpl_tag = s_axis_if_tx_cpl_tag;
assign m_axis_if_tx_cpl_valid = s_axis_if_tx_cpl_valid;
assign s_axis_if_tx_cpl_ready = m_axis_if_tx_cpl_ready;
assign m_axis_if_rx_tdata = s_axis_if_rx_tdata;
assign m_axis_if_rx_tkeep = s_axis_if_rx_tkeep;
assign m_axis_if_rx_tvalid = s_axis_if_rx_tvalid;
assign s_axis_if_rx_tready = m_axis_if_rx_tready;
assign m_axis_if_rx_tlast = s_axis_if_rx_tlast;
assign m_axis_if_rx_tid = s_axis_if_rx_tid;
assign m_axis_if_rx_tdest = s_axis_if_rx_tdest;
assign m_axis_if_rx_tuser = s_axis_if_rx_tuser;

// ---- the FPVS core on the synchronous taps ----------------------------------------

wire [511:0]  net_tdata;
wire [63:0]   net_tkeep;
wire          net_tvalid;
wire          net_tready;
wire          net_tlast;
wire [PW-1:0] net_port;
wire [1:0]    net_port2 = net_port;
// Bad frames never reach this tap (Corundum's RX FIFO drops them), and the
// arrival timestamp is not carried: the core stamps frames itself.
wire [AXIS_SYNC_RX_USER_WIDTH-1:0] net_rx_tuser;
wire          net_first;

wire [511:0]  inj_tdata;
wire [63:0]   inj_tkeep;
wire          inj_tvalid;
wire          inj_tready;
wire          inj_tlast;
wire [2:0]    inj_tuser;

wire [511:0]  fwd_tdata;
wire [63:0]   fwd_tkeep;
wire          fwd_tvalid;
wire          fwd_tready;
wire          fwd_tlast;
wire [2:0]    fwd_tuser;

wire [511:0]  exc_tdata;
wire [63:0]   exc_tkeep;
wire          exc_tvalid;
wire          exc_tready;
wire          exc_tlast;
wire [127:0]  exc_tuser;

wire [255:0]  notify_tdata;
wire          notify_tvalid;
wire          notify_tready;

wire [511:0]  cmd_tdata;
wire          cmd_tvalid;
wire          cmd_tready;
wire [511:0]  cpl_tdata;
wire          cpl_tvalid;
wire          cpl_tready;

wire [15:0]   reg_addr;
wire [31:0]   reg_wdata;
wire          reg_wr;
wire          reg_rd;
wire [31:0]   reg_rdata;
wire          reg_rvalid;

// The MAC's completions are for the core's own frames (tag 0): absorbed.
assign s_axis_sync_tx_cpl_ready = {PORT_COUNT{1'b1}};

fpvs_port_arb #(
    .PORTS(PORT_COUNT),
    .USER_WIDTH(AXIS_SYNC_RX_USER_WIDTH),
    .PW(PW)
)
rx_arb (
    .clk(clk),
    .rst(rst),
    .s_tdata(s_axis_sync_rx_tdata),
    .s_tkeep(s_axis_sync_rx_tkeep),
    .s_tvalid(s_axis_sync_rx_tvalid),
    .s_tready(s_axis_sync_rx_tready),
    .s_tlast(s_axis_sync_rx_tlast),
    .s_tuser(s_axis_sync_rx_tuser),
    .block({PORT_COUNT{1'b0}}),
    .m_tdata(net_tdata),
    .m_tkeep(net_tkeep),
    .m_tvalid(net_tvalid),
    .m_tready(net_tready),
    .m_tlast(net_tlast),
    .m_tuser(net_rx_tuser),
    .m_port(net_port),
    .m_first(net_first)
);

fpvs_host_tx #(
    .PORTS(PORT_COUNT),
    .PW(PW),
    .USER_WIDTH(AXIS_SYNC_TX_USER_WIDTH),
    .TAG_WIDTH(TX_TAG_WIDTH),
    .TS_WIDTH(PTP_TS_WIDTH)
)
host_tx (
    .clk(clk),
    .rst(rst),
    .ptp_ts(ptp_ts_96),
    .s_tdata(s_axis_sync_tx_tdata),
    .s_tkeep(s_axis_sync_tx_tkeep),
    .s_tvalid(s_axis_sync_tx_tvalid),
    .s_tready(s_axis_sync_tx_tready),
    .s_tlast(s_axis_sync_tx_tlast),
    .s_tuser(s_axis_sync_tx_tuser),
    .m_cpl_ts(m_axis_sync_tx_cpl_ts),
    .m_cpl_tag(m_axis_sync_tx_cpl_tag),
    .m_cpl_valid(m_axis_sync_tx_cpl_valid),
    .m_cpl_ready(m_axis_sync_tx_cpl_ready),
    .m_inj_tdata(inj_tdata),
    .m_inj_tkeep(inj_tkeep),
    .m_inj_tvalid(inj_tvalid),
    .m_inj_tready(inj_tready),
    .m_inj_tlast(inj_tlast),
    .m_inj_tuser(inj_tuser)
);

// The core's forwarded frames -> the TX tap of their egress port (fwd_tuser[1:0]).
// Frames for a port this block does not serve are taken and discarded. An aborted
// frame (fwd_tuser[2]) leaves with tuser[0] (bad frame) set on its last beat, which
// Corundum's TX FIFO drops.
wire fwd_served = fwd_tuser[1:0] < PORT_COUNT;
wire fwd_port_ready;

assign fwd_tready = fwd_served ? fwd_port_ready : 1'b1;

fpvs_port_fanout #(
    .PORTS(PORT_COUNT),
    .PW(2),
    .USER_WIDTH(AXIS_SYNC_TX_USER_WIDTH)
)
tx_demux (
    .s_tdata(fwd_tdata),
    .s_tkeep(fwd_tkeep),
    .s_tvalid(fwd_tvalid && fwd_served),
    .s_tready(fwd_port_ready),
    .s_tlast(fwd_tlast),
    .s_tuser({{(AXIS_SYNC_TX_USER_WIDTH - 1){1'b0}}, fwd_tuser[2] && fwd_tlast}),
    .s_port(fwd_served ? fwd_tuser[1:0] : 2'd0),
    .m_tdata(m_axis_sync_tx_tdata),
    .m_tkeep(m_axis_sync_tx_tkeep),
    .m_tvalid(m_axis_sync_tx_tvalid),
    .m_tready(m_axis_sync_tx_tready),
    .m_tlast(m_axis_sync_tx_tlast),
    .m_tuser(m_axis_sync_tx_tuser)
);

fpvs_host_rx #(
    .PORTS(PORT_COUNT),
    .PW(PW),
    .USER_WIDTH(AXIS_SYNC_RX_USER_WIDTH),
    .TS_WIDTH(PTP_TS_WIDTH)
)
host_rx (
    .clk(clk),
    .rst(rst),
    .ptp_ts(ptp_ts_96),
    .s_exc_tdata(exc_tdata),
    .s_exc_tkeep(exc_tkeep),
    .s_exc_tvalid(exc_tvalid),
    .s_exc_tready(exc_tready),
    .s_exc_tlast(exc_tlast),
    .s_exc_tuser(exc_tuser),
    .s_notify_tdata(notify_tdata),
    .s_notify_tvalid(notify_tvalid),
    .s_notify_tready(notify_tready),
    .m_tdata(m_axis_sync_rx_tdata),
    .m_tkeep(m_axis_sync_rx_tkeep),
    .m_tvalid(m_axis_sync_rx_tvalid),
    .m_tready(m_axis_sync_rx_tready),
    .m_tlast(m_axis_sync_rx_tlast),
    .m_tuser(m_axis_sync_rx_tuser)
);

fpvs_axil_regs #(
    .ADDR_WIDTH(AXIL_APP_CTRL_ADDR_WIDTH),
    .PORTS(PORT_COUNT)
)
app_regs (
    .clk(clk),
    .rst(rst),
    .s_axil_awaddr(s_axil_app_ctrl_awaddr),
    .s_axil_awvalid(s_axil_app_ctrl_awvalid),
    .s_axil_awready(s_axil_app_ctrl_awready),
    .s_axil_wdata(s_axil_app_ctrl_wdata),
    .s_axil_wstrb(s_axil_app_ctrl_wstrb),
    .s_axil_wvalid(s_axil_app_ctrl_wvalid),
    .s_axil_wready(s_axil_app_ctrl_wready),
    .s_axil_bresp(s_axil_app_ctrl_bresp),
    .s_axil_bvalid(s_axil_app_ctrl_bvalid),
    .s_axil_bready(s_axil_app_ctrl_bready),
    .s_axil_araddr(s_axil_app_ctrl_araddr),
    .s_axil_arvalid(s_axil_app_ctrl_arvalid),
    .s_axil_arready(s_axil_app_ctrl_arready),
    .s_axil_rdata(s_axil_app_ctrl_rdata),
    .s_axil_rresp(s_axil_app_ctrl_rresp),
    .s_axil_rvalid(s_axil_app_ctrl_rvalid),
    .s_axil_rready(s_axil_app_ctrl_rready),
    .reg_addr(reg_addr),
    .reg_wdata(reg_wdata),
    .reg_wr(reg_wr),
    .reg_rd(reg_rd),
    .reg_rdata(reg_rdata),
    .reg_rvalid(reg_rvalid),
    .m_cmd_tdata(cmd_tdata),
    .m_cmd_tvalid(cmd_tvalid),
    .m_cmd_tready(cmd_tready),
    .s_cpl_tdata(cpl_tdata),
    .s_cpl_tvalid(cpl_tvalid),
    .s_cpl_tready(cpl_tready)
);

// The core's outputs through register slices.
wire [579:0] core_fwd;
wire         core_fwd_valid;
wire         core_fwd_ready;
wire [704:0] core_exc;
wire         core_exc_valid;
wire         core_exc_ready;
wire [255:0] core_notify;
wire         core_notify_valid;
wire         core_notify_ready;

fpvs_axis_reg #(.WIDTH(580)) fwd_reg (
    .clk(clk), .rst(rst),
    .s_data(core_fwd), .s_valid(core_fwd_valid), .s_ready(core_fwd_ready),
    .m_data({fwd_tuser, fwd_tlast, fwd_tkeep, fwd_tdata}), .m_valid(fwd_tvalid),
    .m_ready(fwd_tready)
);

fpvs_axis_reg #(.WIDTH(705)) exc_reg (
    .clk(clk), .rst(rst),
    .s_data(core_exc), .s_valid(core_exc_valid), .s_ready(core_exc_ready),
    .m_data({exc_tuser, exc_tlast, exc_tkeep, exc_tdata}), .m_valid(exc_tvalid),
    .m_ready(exc_tready)
);

fpvs_axis_reg #(.WIDTH(256)) notify_reg (
    .clk(clk), .rst(rst),
    .s_data(core_notify), .s_valid(core_notify_valid), .s_ready(core_notify_ready),
    .m_data(notify_tdata), .m_valid(notify_tvalid), .m_ready(notify_tready)
);

fpvs_core_w64 core (
    .clock(clk),
    .s_axis_tdata(net_tdata),
    .s_axis_tkeep(net_tkeep),
    .s_axis_tvalid(net_tvalid),
    .s_axis_tready(net_tready),
    .s_axis_tlast(net_tlast),
    .s_axis_tuser(net_port2),
    .s_inj_tdata(inj_tdata),
    .s_inj_tkeep(inj_tkeep),
    .s_inj_tvalid(inj_tvalid),
    .s_inj_tready(inj_tready),
    .s_inj_tlast(inj_tlast),
    .s_inj_tuser(inj_tuser),
    .m_axis_tdata(core_fwd[511:0]),
    .m_axis_tkeep(core_fwd[575:512]),
    .m_axis_tvalid(core_fwd_valid),
    .m_axis_tready(core_fwd_ready),
    .m_axis_tlast(core_fwd[576]),
    .m_axis_tuser(core_fwd[579:577]),
    .m_exc_tdata(core_exc[511:0]),
    .m_exc_tkeep(core_exc[575:512]),
    .m_exc_tvalid(core_exc_valid),
    .m_exc_tready(core_exc_ready),
    .m_exc_tlast(core_exc[576]),
    .m_exc_tuser(core_exc[704:577]),
    .m_notify_tdata(core_notify),
    .m_notify_tvalid(core_notify_valid),
    .m_notify_tready(core_notify_ready),
    .s_cmd_tdata(cmd_tdata),
    .s_cmd_tvalid(cmd_tvalid),
    .s_cmd_tready(cmd_tready),
    .m_cpl_tdata(cpl_tdata),
    .m_cpl_tvalid(cpl_tvalid),
    .m_cpl_tready(cpl_tready),
    .reg_addr(reg_addr),
    .reg_wdata(reg_wdata),
    .reg_wr(reg_wr),
    .reg_rd(reg_rd),
    .reg_rdata(reg_rdata),
    .reg_rvalid(reg_rvalid)
);

endmodule

`resetall
