//! The board's ports without the core: each port's received frames leave by the
//! other port, through the same pins, PLL, MACs and clock crossings as in
//! [`crate::board::top::ColorlightI9`] (the beats are handed over in the core's clock).
//!
//! Two uses: placed and routed on its own (`xtask/board --ports-timing`) it shows what
//! the MACs' clock domain reaches at its real pins, with nothing else competing for
//! the fabric near them; flashed, it is a bring-up image for the two PHYs (frames in
//! one port, out of the other, FCS checked and regenerated).

use crate::board::io::{Pll, ECP5_CELL_MODELS};
use crate::board::port::EthPort;
use rust_hdl::prelude::*;

/// The loop top; port names as in the `.lpf` (no UART, no LED).
#[derive(LogicBlock, Default)]
pub struct PortsLoop {
    /// 25 MHz oscillator.
    pub clk25: Signal<In, Clock>,
    /// Port 0 RXC.
    pub eth0_rx_clk: Signal<In, Clock>,
    /// Port 0 RX_CTL.
    pub eth0_rx_ctl: Signal<In, Bit>,
    /// Port 0 RXD.
    pub eth0_rx_data: Signal<In, Bits<4>>,
    /// Port 0 TXC.
    pub eth0_tx_clk: Signal<Out, Bit>,
    /// Port 0 TX_CTL.
    pub eth0_tx_ctl: Signal<Out, Bit>,
    /// Port 0 TXD.
    pub eth0_tx_data: Signal<Out, Bits<4>>,
    /// Port 1 RXC.
    pub eth1_rx_clk: Signal<In, Clock>,
    /// Port 1 RX_CTL.
    pub eth1_rx_ctl: Signal<In, Bit>,
    /// Port 1 RXD.
    pub eth1_rx_data: Signal<In, Bits<4>>,
    /// Port 1 TXC.
    pub eth1_tx_clk: Signal<Out, Bit>,
    /// Port 1 TX_CTL.
    pub eth1_tx_ctl: Signal<Out, Bit>,
    /// Port 1 TXD.
    pub eth1_tx_data: Signal<Out, Bits<4>>,
    /// Both PHYs' reset (active low).
    pub eth_rst_n: Signal<Out, Bit>,
    pll: Pll,
    eth0: EthPort,
    eth1: EthPort,
    uptime: DFF<Bits<21>>,
    rst_done: DFF<Bit>,
}

impl Logic for PortsLoop {
    #[hdl_gen]
    fn update(&mut self) {
        self.pll.clk25.next = self.clk25.val();
        self.uptime.clock.next = self.pll.clk.val();
        self.rst_done.clock.next = self.pll.clk.val();
        self.rst_done.d.next = self.rst_done.q.val();
        self.eth0.clk.next = self.pll.clk.val();
        self.eth0.clk90.next = self.pll.clk90.val();
        self.eth0.clk_core.next = self.pll.clk_core.val();
        self.eth1.clk.next = self.pll.clk.val();
        self.eth1.clk90.next = self.pll.clk90.val();
        self.eth1.clk_core.next = self.pll.clk_core.val();
        self.eth0.rx_clk.next = self.eth0_rx_clk.val();
        self.eth0.rx_ctl.next = self.eth0_rx_ctl.val();
        self.eth0.rx_data.next = self.eth0_rx_data.val();
        self.eth0_tx_clk.next = self.eth0.tx_clk.val();
        self.eth0_tx_ctl.next = self.eth0.tx_ctl.val();
        self.eth0_tx_data.next = self.eth0.tx_data.val();
        self.eth1.rx_clk.next = self.eth1_rx_clk.val();
        self.eth1.rx_ctl.next = self.eth1_rx_ctl.val();
        self.eth1.rx_data.next = self.eth1_rx_data.val();
        self.eth1_tx_clk.next = self.eth1.tx_clk.val();
        self.eth1_tx_ctl.next = self.eth1.tx_ctl.val();
        self.eth1_tx_data.next = self.eth1.tx_data.val();
        // Each port's beats to the other: `{last, tkeep, tdata}` with abort clear.
        self.eth1.tx_beat.next = bit_cast::<74, 73>(self.eth0.rx_beat.val());
        self.eth1.tx_write.next = !self.eth0.rx_empty.val() & !self.eth1.tx_full.val();
        self.eth0.rx_read.next = !self.eth0.rx_empty.val() & !self.eth1.tx_full.val();
        self.eth0.tx_beat.next = bit_cast::<74, 73>(self.eth1.rx_beat.val());
        self.eth0.tx_write.next = !self.eth1.rx_empty.val() & !self.eth0.tx_full.val();
        self.eth1.rx_read.next = !self.eth1.rx_empty.val() & !self.eth0.tx_full.val();
        // PHY reset held for 2^20 clocks (8 ms) after configuration.
        self.uptime.d.next = self.uptime.q.val() + 1;
        if self.uptime.q.val().get_bit(20) {
            self.rst_done.d.next = true;
        }
        self.eth_rst_n.next = self.rst_done.q.val();
    }
}

/// The loop top's Verilog (top module `top`), with the ECP5 cell models for tools
/// other than yosys.
pub fn loopback_verilog() -> String {
    let mut top = PortsLoop::default();
    top.connect_all();
    let mut v = generate_verilog(&top);
    v.push_str(ECP5_CELL_MODELS);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::verilator_lint;

    #[test]
    fn verilog_lints() {
        verilator_lint("board_loop", &loopback_verilog()).unwrap();
    }
}
