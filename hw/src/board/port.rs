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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::crc::with_fcs;
    use crate::board::io::ECP5_CELL_MODELS;
    use crate::builds::rename_top;
    use crate::testing::{check_ecp5_cell_verilog, verilator_run};
    use fpvs_model::packet::Frame;
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};
    use std::fmt::Write;

    /// Preamble and SFD.
    const PREAMBLE: [u8; 8] = [0x55, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55, 0xD5];

    /// What the line carries for `f`: preamble, SFD, the frame padded to 60 bytes, FCS.
    fn on_line(f: &[u8]) -> Vec<u8> {
        let mut g = f.to_vec();
        if g.len() < 60 {
            g.resize(60, 0);
        }
        let mut v = PREAMBLE.to_vec();
        v.extend(with_fcs(&g));
        v
    }

    /// Frames for both directions: the shortest and one byte longer, a few sizes around
    /// a beat, a tagged TCP frame, the longest untagged frame.
    fn frames(seed: u64) -> Vec<Vec<u8>> {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut v = vec![
            Frame::tcp("10.0.0.1:1234", "10.1.0.1:80").build(),
            Frame::udp("10.0.0.2:53", "10.1.0.2:53")
                .vlan(7)
                .payload_len(150)
                .build(),
        ];
        for n in [60, 61, 64, 71, 72, 73, 129, 1514] {
            v.push((0..n).map(|_| rng.gen()).collect());
        }
        v
    }

    /// What the bench saw: beats read on the core's side, and (TX_EN, byte) at each
    /// TXC period.
    struct Seen {
        rx_beats: Vec<u128>,
        tx_bytes: Vec<(bool, u8)>,
    }

    /// EthPort's Verilog with the ECP5 cell models, Verilated with `--timing`: the MACs'
    /// 125 MHz `clk` and `clk90` 2 ns behind, the core's clock at 24 ns, RXC made by the
    /// bench at 125 MHz with its own phase. `rx` symbols `(byte, RX_DV)` go onto the
    /// receive pins (data 2 ns ahead of each RXC edge); received beats are read as soon
    /// as they are there; `tx` beats `{abort, last, tkeep, tdata}` are written whenever
    /// there is room; the transmit pins are sampled at TXC's edges.
    fn bench(rx: &[(u8, bool)], tx: &[u128]) -> Seen {
        let mut port = EthPort::default();
        port.connect_all();
        let mut tb = String::from(
            r#"
`timescale 1ns/1ps
module bench;
    reg clk = 1'b0, clk90 = 1'b0, clk_core = 1'b0, rx_clk = 1'b0, rx_ctl = 1'b0;
    reg [3:0] rx_data = 4'd0;
    wire tx_clk, tx_ctl, rx_empty, tx_full;
    wire [3:0] tx_data;
    wire [72:0] rx_beat;
    wire rx_read = !rx_empty;
    reg rx_done = 1'b0;
"#,
        );
        let nb = tx.len();
        writeln!(tb, "    reg [73:0] beats [0:{nb}];\n    integer j = 0;").unwrap();
        writeln!(tb, "    wire tx_write = (j < {nb}) && !tx_full;").unwrap();
        tb.push_str(
            r#"
    eth_port port(.clk(clk), .clk90(clk90), .clk_core(clk_core), .rx_clk(rx_clk),
        .rx_ctl(rx_ctl), .rx_data(rx_data), .tx_clk(tx_clk), .tx_ctl(tx_ctl),
        .tx_data(tx_data), .rx_beat(rx_beat), .rx_empty(rx_empty), .rx_read(rx_read),
        .tx_beat(beats[j]), .tx_write(tx_write), .tx_full(tx_full));
    always #4 clk = ~clk;
    initial begin #2; forever #4 clk90 = ~clk90; end
    always #12 clk_core = ~clk_core;
    always @(posedge clk_core) begin
        if (!rx_empty) $display("RXB %x", rx_beat);
        if (tx_write) j <= j + 1;
    end
    always @(posedge tx_clk) $display("TXR %x %0d", tx_data, tx_ctl);
    always @(negedge tx_clk) $display("TXF %x %0d", tx_data, tx_ctl);
    task sym(input [7:0] b, input v);
        begin
            rx_data = b[3:0]; rx_ctl = v; #2 rx_clk = 1'b1;
            #2 rx_data = b[7:4]; #2 rx_clk = 1'b0; #2;
        end
    endtask
    initial begin
"#,
        );
        for (k, b) in tx.iter().enumerate() {
            writeln!(tb, "        beats[{k}] = 74'h{b:019x};").unwrap();
        }
        writeln!(tb, "        beats[{nb}] = 74'h0;\n    end").unwrap();
        tb.push_str("    initial begin\n        #1.3;\n");
        for (b, v) in rx {
            writeln!(tb, "        sym(8'h{b:02x}, {});", *v as u8).unwrap();
        }
        writeln!(
            tb,
            "        repeat (20) sym(8'h00, 0);\n        rx_done = 1'b1;\n    end\n    \
             initial begin wait(rx_done && j == {nb}); #60000; $finish; end\nendmodule"
        )
        .unwrap();
        tb.push_str(&rename_top(&generate_verilog(&port), "eth_port"));
        tb.push_str(ECP5_CELL_MODELS);
        let text = verilator_run("eth_port_bench", &tb, "bench").unwrap_or_else(|e| panic!("{e}"));
        let mut seen = Seen {
            rx_beats: Vec::new(),
            tx_bytes: Vec::new(),
        };
        let mut low: Option<(u8, bool)> = None;
        for l in text.lines() {
            let f: Vec<&str> = l.split_whitespace().collect();
            match f.first() {
                Some(&"RXB") => seen.rx_beats.push(u128::from_str_radix(f[1], 16).unwrap()),
                Some(&"TXR") => low = Some((u8::from_str_radix(f[1], 16).unwrap(), f[2] == "1")),
                Some(&"TXF") => {
                    if let Some((lo, en)) = low.take() {
                        let hi = u8::from_str_radix(f[1], 16).unwrap();
                        assert_eq!(en, f[2] == "1", "TX_CTL differs between TXC's halves");
                        seen.tx_bytes.push((en, lo | hi << 4));
                    }
                }
                _ => {}
            }
        }
        seen
    }

    /// A frame as transmit beats `{abort, last, tkeep, tdata}`.
    fn beats(f: &[u8], abort: bool) -> Vec<u128> {
        let n = f.len().div_ceil(8);
        f.chunks(8)
            .enumerate()
            .map(|(k, c)| {
                let mut d = [0u8; 8];
                d[..c.len()].copy_from_slice(c);
                let last = k + 1 == n;
                u64::from_le_bytes(d) as u128
                    | (((1u128 << c.len()) - 1) << 64)
                    | ((last as u128) << 72)
                    | (((last && abort) as u128) << 73)
            })
            .collect()
    }

    /// One port from pins to the core's clock and back, as its Verilog runs with the
    /// ECP5 cell models: frames arriving on the RGMII receive pins back to back
    /// (preamble, SFD, FCS, 12-byte gaps) come out of `rx_beat` whole, in order, without
    /// their FCS (a short one padded to 60 bytes, as it was on the wire), and one with a
    /// bad FCS not at all; beats written on the core's side
    /// leave the transmit pins as frames with preamble, SFD, padding to 60 bytes and FCS,
    /// at least 12 idle bytes apart, and an aborted frame never leaves.
    #[test]
    fn frames_cross_from_the_pins_to_the_core_and_back() {
        let fs = frames(1);
        let mut rx = Vec::new();
        let bad = fs.len() / 2;
        for (k, f) in fs.iter().enumerate() {
            let mut line = on_line(f);
            if k == bad {
                let n = line.len();
                line[n - 1] ^= 0x40;
            }
            rx.extend(line.iter().map(|b| (*b, true)));
            rx.extend([(0u8, false); 12]);
        }
        let mut tx = Vec::new();
        let aborted = 3;
        for (k, f) in fs.iter().enumerate() {
            tx.extend(beats(f, k == aborted));
        }
        tx.extend(beats(&fs[0][..20], false));
        let seen = bench(&rx, &tx);

        let mut got: Vec<Vec<u8>> = Vec::new();
        let mut cur = Vec::new();
        for b in &seen.rx_beats {
            let keep = (b >> 64) as u8;
            let n = keep.count_ones() as usize;
            assert_eq!(keep as u32, (1u32 << n) - 1, "tkeep contiguous");
            cur.extend_from_slice(&(*b as u64).to_le_bytes()[..n]);
            if b >> 72 & 1 == 1 {
                got.push(std::mem::take(&mut cur));
            }
        }
        assert!(cur.is_empty(), "a frame left half received");
        // Received as sent: padded to 60 bytes, without the FCS.
        let want: Vec<Vec<u8>> = fs
            .iter()
            .enumerate()
            .filter(|(k, _)| *k != bad)
            .map(|(_, f)| on_line(f)[8..on_line(f).len() - 4].to_vec())
            .collect();
        assert_eq!(got.len(), want.len(), "frames received");
        for (k, (g, w)) in got.iter().zip(&want).enumerate() {
            assert!(
                g == w,
                "received frame {k}: {} bytes, want {}",
                g.len(),
                w.len()
            );
        }

        let mut bursts: Vec<Vec<u8>> = Vec::new();
        let (mut gap, mut min_gap, mut on) = (0usize, usize::MAX, false);
        for (en, b) in &seen.tx_bytes {
            if *en {
                if !on {
                    if !bursts.is_empty() {
                        min_gap = min_gap.min(gap);
                    }
                    bursts.push(Vec::new());
                }
                bursts.last_mut().unwrap().push(*b);
                gap = 0;
            } else {
                gap += 1;
            }
            on = *en;
        }
        let mut want: Vec<Vec<u8>> = fs
            .iter()
            .enumerate()
            .filter(|(k, _)| *k != aborted)
            .map(|(_, f)| on_line(f))
            .collect();
        want.push(on_line(&fs[0][..20]));
        assert_eq!(bursts.len(), want.len(), "frames sent");
        for (k, (b, w)) in bursts.iter().zip(&want).enumerate() {
            assert!(
                b == w,
                "sent frame {k}: {} bytes, want {}",
                b.len(),
                w.len()
            );
        }
        assert!(min_gap >= 12, "inter-frame gap {min_gap} bytes");
    }

    #[test]
    fn verilog_is_clean() {
        let mut port = EthPort::default();
        port.connect_all();
        check_ecp5_cell_verilog("eth_port", &port);
    }
}
