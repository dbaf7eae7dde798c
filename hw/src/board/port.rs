//! One RGMII Ethernet port of the board, from its pins to the core's clock: receive
//! (IDDR, symbols across from RXC, receive MAC, beats across to the core) and transmit
//! (beats across from the core, transmit MAC, ODDR).
//!
//! ```text
//! RX pins ─ IDDR ─(rx_clk)─ SymFifo ─(clk)─ reg ─ RxMac ─ RxBeatFifo ─(clk_core)─ rx_*
//! TX pins ─ ODDR ─ TxMac ─ refill reg ─(clk)─ TxBeatFifo ─(clk_core)─ tx_*
//! ```
//!
//! A register sits between each clock-crossing FIFO and its MAC (the symbols on
//! receive, a beat register that refills once it is empty on transmit), so the FIFO's
//! flag logic and the MAC's own paths each get a whole 125 MHz clock.

use crate::board::cdc::GrayFifo;
use crate::board::io::{RgmiiRx, RgmiiTx};
use crate::board::rx_mac::RxMac;
use crate::board::tx_mac::TxMac;
use rust_hdl::prelude::*;

/// Clock-domain crossing of received symbols `{er, dv, byte}`, 16 deep (one in and
/// one out a clock keeps about five in it).
pub type SymFifo = GrayFifo<Bits<10>, 4, 5>;

/// Received beats `{last, tkeep, tdata}` from a MAC (125 MHz) to the core, 16 deep.
pub type RxBeatFifo = GrayFifo<Bits<73>, 4, 5>;

/// Beats to transmit `{abort, last, tkeep, tdata}` from the core to a MAC, 16 deep.
pub type TxBeatFifo = GrayFifo<Bits<74>, 4, 5>;

/// One port: RGMII pins on one side, beat FIFOs in the core's clock on the other.
#[derive(LogicBlock, Default)]
pub struct EthPort {
    // clocks
    /// The MACs' clock, 125 MHz.
    pub clk: Signal<In, Clock>,
    /// `clk` shifted by 90 degrees, for TXC.
    pub clk90: Signal<In, Clock>,
    /// The core's clock.
    pub clk_core: Signal<In, Clock>,
    // pins
    /// RXC.
    pub rx_clk: Signal<In, Clock>,
    /// RX_CTL.
    pub rx_ctl: Signal<In, Bit>,
    /// RXD.
    pub rx_data: Signal<In, Bits<4>>,
    /// TXC.
    pub tx_clk: Signal<Out, Bit>,
    /// TX_CTL.
    pub tx_ctl: Signal<Out, Bit>,
    /// TXD.
    pub tx_data: Signal<Out, Bits<4>>,
    // received beats, in the core's clock
    /// The oldest received beat `{last, tkeep, tdata}`.
    pub rx_beat: Signal<Out, Bits<73>>,
    /// No received beat waits.
    pub rx_empty: Signal<Out, Bit>,
    /// Take `rx_beat`.
    pub rx_read: Signal<In, Bit>,
    // beats to transmit, in the core's clock
    /// A beat `{abort, last, tkeep, tdata}`.
    pub tx_beat: Signal<In, Bits<74>>,
    /// Write `tx_beat`.
    pub tx_write: Signal<In, Bit>,
    /// No room for a beat.
    pub tx_full: Signal<Out, Bit>,
    // blocks and registers
    rgmii_rx: RgmiiRx,
    dv_prev: DFF<Bit>,
    cdc: SymFifo,
    sym: DFF<Bits<10>>,
    symv: DFF<Bit>,
    rx: RxMac<9, 10>,
    rxq: RxBeatFifo,
    txq: TxBeatFifo,
    tb: DFF<Bits<74>>,
    tbv: DFF<Bit>,
    fill: Signal<Local, Bit>,
    tx: TxMac<9, 10>,
    rgmii_tx: RgmiiTx,
}

impl Logic for EthPort {
    #[hdl_gen]
    fn update(&mut self) {
        self.dv_prev.clock.next = self.rx_clk.val();
        self.sym.clock.next = self.clk.val();
        self.symv.clock.next = self.clk.val();
        self.rx.clock.next = self.clk.val();
        self.tb.clock.next = self.clk.val();
        self.tbv.clock.next = self.clk.val();
        self.tx.clock.next = self.clk.val();
        self.tb.d.next = self.tb.q.val();
        self.tbv.d.next = self.tbv.q.val();
        self.cdc.write_clock.next = self.rx_clk.val();
        self.cdc.read_clock.next = self.clk.val();
        self.rxq.write_clock.next = self.clk.val();
        self.rxq.read_clock.next = self.clk_core.val();
        self.txq.write_clock.next = self.clk_core.val();
        self.txq.read_clock.next = self.clk.val();

        // Receive: pins to bytes in the PHY's clock; bytes while RX_DV, and one end
        // symbol when it falls, across into the MACs' clock.
        self.rgmii_rx.rx_clk.next = self.rx_clk.val();
        self.rgmii_rx.rx_ctl.next = self.rx_ctl.val();
        self.rgmii_rx.rx_data.next = self.rx_data.val();
        self.dv_prev.d.next = self.rgmii_rx.dv.val();
        self.cdc.data_in.next = bit_cast::<10, 8>(self.rgmii_rx.data.val())
            | (bit_cast::<10, 1>(self.rgmii_rx.dv.val().into()) << 8)
            | (bit_cast::<10, 1>(self.rgmii_rx.er.val().into()) << 9);
        self.cdc.write.next = self.rgmii_rx.dv.val() | self.dv_prev.q.val();
        // The MAC takes a symbol every clock, through a register.
        self.cdc.read.next = !self.cdc.empty.val();
        self.symv.d.next = !self.cdc.empty.val();
        self.sym.d.next = self.cdc.data_out.val();
        self.rx.in_valid.next = self.symv.q.val();
        self.rx.in_data.next = self.sym.q.val().get_bits::<8>(0);
        self.rx.in_dv.next = self.sym.q.val().get_bit(8);
        self.rx.in_er.next = self.sym.q.val().get_bit(9);
        // Beats into the core's clock.
        self.rxq.data_in.next = bit_cast::<73, 64>(self.rx.m_tdata.val())
            | (bit_cast::<73, 8>(self.rx.m_tkeep.val()) << 64)
            | (bit_cast::<73, 1>(self.rx.m_tlast.val().into()) << 72);
        self.rxq.write.next = self.rx.m_tvalid.val() & !self.rxq.full.val();
        self.rx.m_tready.next = !self.rxq.full.val();
        self.rx_beat.next = self.rxq.data_out.val();
        self.rx_empty.next = self.rxq.empty.val();
        self.rxq.read.next = self.rx_read.val();

        // Transmit: beats from the core's clock reach the MAC through a register that
        // refills as it empties.
        self.txq.data_in.next = self.tx_beat.val();
        self.txq.write.next = self.tx_write.val();
        self.tx_full.next = self.txq.full.val();
        // The register refills only when empty, not in the clock the MAC takes it: the
        // MAC's ready (its buffer's room, from its read pointer) would otherwise run
        // through the FIFO's read pointer into its empty flag within one 8 ns clock.
        // A beat every two clocks is four times what the MAC takes.
        self.fill.next = !self.txq.empty.val() & !self.tbv.q.val();
        self.txq.read.next = self.fill.val();
        if self.tbv.q.val() & self.tx.s_tready.val() {
            self.tbv.d.next = false;
        }
        if self.fill.val() {
            self.tb.d.next = self.txq.data_out.val();
            self.tbv.d.next = true;
        }
        self.tx.s_tdata.next = self.tb.q.val().get_bits::<64>(0);
        self.tx.s_tkeep.next = self.tb.q.val().get_bits::<8>(64);
        self.tx.s_tlast.next = self.tb.q.val().get_bit(72);
        self.tx.s_tabort.next = self.tb.q.val().get_bit(73);
        self.tx.s_tvalid.next = self.tbv.q.val();
        self.rgmii_tx.clk.next = self.clk.val();
        self.rgmii_tx.clk90.next = self.clk90.val();
        self.rgmii_tx.data.next = self.tx.tx_data.val();
        self.rgmii_tx.en.next = self.tx.tx_en.val();
        self.tx_clk.next = self.rgmii_tx.tx_clk.val();
        self.tx_ctl.next = self.rgmii_tx.tx_ctl.val();
        self.tx_data.next = self.rgmii_tx.tx_data.val();
    }
}
