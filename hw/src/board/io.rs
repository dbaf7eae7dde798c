//! ECP5 I/O primitives the board needs, as rust-hdl wrappers around Lattice cells:
//! the PLL (`EHXPLLL`), RGMII receive (`IDDRX1F`, DDR in) and transmit (`ODDRX1F`,
//! DDR out). yosys `synth_ecp5` and nextpnr-ecp5 take these cells as they are; for
//! other tools [`ECP5_CELL_MODELS`] models them (inside `ifndef SYNTHESIS`, which
//! yosys defines, so synthesis uses its own cell library).
//!
//! Their rust-hdl simulation models are not cycle models of the pins: the MACs are
//! verified at the byte level in rust-hdl, and the board's Verilog with these cell
//! models at the pins by the board-level simulation (`tests/tests/board_wire.rs`).

use rust_hdl::prelude::*;

/// The PLL's VCO: 25 MHz x 5 (feedback divider) x 5 (`CLKOP` divider).
pub const VCO_HZ: u64 = 625_000_000;

/// The core clock's divider from the VCO (`CLKOS2`).
pub const CORE_CLOCK_DIV: u64 = 15;

/// The core clock: 41.667 MHz.
pub const CORE_CLOCK_HZ: u64 = VCO_HZ / CORE_CLOCK_DIV;

/// Behavioural models of the ECP5 cells used, for tools other than yosys (which has
/// its own cell library and defines `SYNTHESIS`): Verilator's lint, and the board-level
/// simulation.
///
/// * `IDDRX1F` samples `D` on both edges of `SCLK` and presents, after each rising edge,
///   the rising-edge sample of the clock before (`Q0`) with the falling-edge sample that
///   followed it (`Q1`): one RGMII byte, low nibble first (Lattice FPGA-TN-02035).
/// * `ODDRX1F` registers `D0` and `D1` on the rising edge and drives `D0` while `SCLK`
///   is high, `D1` while it is low.
/// * `EHXPLLL` with `FPVS_PLL_TIMING` defined (Verilator `--timing`, 1 ps time unit)
///   makes its outputs from its parameters, as the part does: VCO = `CLKI` x
///   `CLKFB_DIV` x `CLKOP_DIV` / `CLKI_DIV` for `CLKI` at 25 MHz (feedback from
///   `CLKOP`), each output the VCO over its divider, delayed by its
///   `CPHASE` + `FPHASE`/8 VCO periods, `LOCK` after 10 us. Without it the outputs
///   follow `CLKI` (enough for lint).
pub const ECP5_CELL_MODELS: &str = r#"
`ifndef SYNTHESIS
module EHXPLLL(input CLKI, input CLKFB, input RST, input STDBY, input PHASESEL0,
    input PHASESEL1, input PHASEDIR, input PHASESTEP, input PHASELOADREG,
    input PLLWAKESYNC, input ENCLKOP, output CLKOP, output CLKOS, output CLKOS2,
    output LOCK);
    parameter PLLRST_ENA = "DISABLED";
    parameter INTFB_WAKE = "DISABLED";
    parameter STDBY_ENABLE = "DISABLED";
    parameter DPHASE_SOURCE = "DISABLED";
    parameter OUTDIVIDER_MUXA = "DIVA";
    parameter OUTDIVIDER_MUXB = "DIVB";
    parameter OUTDIVIDER_MUXC = "DIVC";
    parameter CLKI_DIV = 1;
    parameter CLKOP_ENABLE = "ENABLED";
    parameter CLKOP_DIV = 8;
    parameter CLKOP_CPHASE = 0;
    parameter CLKOP_FPHASE = 0;
    parameter CLKOS_ENABLE = "DISABLED";
    parameter CLKOS_DIV = 8;
    parameter CLKOS_CPHASE = 0;
    parameter CLKOS_FPHASE = 0;
    parameter CLKOS2_ENABLE = "DISABLED";
    parameter CLKOS2_DIV = 8;
    parameter CLKOS2_CPHASE = 0;
    parameter CLKOS2_FPHASE = 0;
    parameter FEEDBK_PATH = "CLKOP";
    parameter CLKFB_DIV = 1;
`ifdef FPVS_PLL_TIMING
    localparam integer VCO_PS = 40000 * CLKI_DIV / (CLKFB_DIV * CLKOP_DIV);
    reg op = 1'b0, os = 1'b0, os2 = 1'b0, lock = 1'b0;
    initial begin #(10000000) lock = 1'b1; end
    initial begin #(VCO_PS * (8 * CLKOP_CPHASE + CLKOP_FPHASE) / 8)
        forever begin op = ~op; #(VCO_PS * CLKOP_DIV / 2); end end
    initial begin #(VCO_PS * (8 * CLKOS_CPHASE + CLKOS_FPHASE) / 8)
        forever begin os = ~os; #(VCO_PS * CLKOS_DIV / 2); end end
    initial begin #(VCO_PS * (8 * CLKOS2_CPHASE + CLKOS2_FPHASE) / 8)
        forever begin os2 = ~os2; #(VCO_PS * CLKOS2_DIV / 2); end end
    assign CLKOP = op;
    assign CLKOS = os;
    assign CLKOS2 = os2;
    assign LOCK = lock;
`else
    assign CLKOP = CLKI;
    assign CLKOS = CLKI;
    assign CLKOS2 = CLKI;
    assign LOCK = 1'b1;
`endif
endmodule
module IDDRX1F(input D, input SCLK, input RST, output reg Q0, output reg Q1);
    reg rise = 1'b0, fall = 1'b0;
    initial begin Q0 = 1'b0; Q1 = 1'b0; end
    always @(posedge SCLK) begin rise <= D; Q0 <= rise; Q1 <= fall; end
    always @(negedge SCLK) fall <= D;
endmodule
module ODDRX1F(input D0, input D1, input SCLK, input RST, output Q);
    reg d0 = 1'b0, d1 = 1'b0;
    always @(posedge SCLK) begin d0 <= D0; d1 <= D1; end
    assign Q = SCLK ? d0 : d1;
endmodule
`endif
"#;

/// 25 MHz in; 125 MHz out (`clk`), 125 MHz 90° later (`clk90`, the RGMII transmit
/// clock, so data changes midway between its edges) and the core clock (`clk_core`,
/// [`CORE_CLOCK_HZ`]). Parameters from `ecppll -i 25 -o 125 --clkout1 125 --phase1 90`
/// (VCO 625 MHz), with a third output dividing the VCO by [`CORE_CLOCK_DIV`].
#[derive(LogicBlock, Default)]
pub struct Pll {
    /// 25 MHz reference.
    pub clk25: Signal<In, Clock>,
    /// 125 MHz.
    pub clk: Signal<Out, Clock>,
    /// 125 MHz, 90° behind `clk`.
    pub clk90: Signal<Out, Clock>,
    /// The core's clock: the VCO (625 MHz) over [`CORE_CLOCK_DIV`].
    pub clk_core: Signal<Out, Clock>,
    /// Locked.
    pub locked: Signal<Out, Bit>,
}

impl Logic for Pll {
    fn update(&mut self) {
        self.clk.next = self.clk25.val();
        self.clk90.next = self.clk25.val();
        self.clk_core.next = self.clk25.val();
        self.locked.next = true;
    }

    fn connect(&mut self) {
        self.clk.connect();
        self.clk90.connect();
        self.clk_core.connect();
        self.locked.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Wrapper(Wrapper {
            code: format!(
                r#"
(* FREQUENCY_PIN_CLKI="25" *) (* FREQUENCY_PIN_CLKOP="125" *) (* FREQUENCY_PIN_CLKOS="125" *)
(* FREQUENCY_PIN_CLKOS2="{core_mhz}" *)
(* ICP_CURRENT="12" *) (* LPF_RESISTOR="8" *) (* MFG_ENABLE_FILTEROPAMP="1" *) (* MFG_GMCREF_SEL="2" *)
EHXPLLL #(.PLLRST_ENA("DISABLED"), .INTFB_WAKE("DISABLED"), .STDBY_ENABLE("DISABLED"),
    .DPHASE_SOURCE("DISABLED"), .OUTDIVIDER_MUXA("DIVA"), .OUTDIVIDER_MUXB("DIVB"),
    .OUTDIVIDER_MUXC("DIVC"),
    .CLKI_DIV(1), .CLKOP_ENABLE("ENABLED"), .CLKOP_DIV(5), .CLKOP_CPHASE(2), .CLKOP_FPHASE(0),
    .CLKOS_ENABLE("ENABLED"), .CLKOS_DIV(5), .CLKOS_CPHASE(3), .CLKOS_FPHASE(2),
    .CLKOS2_ENABLE("ENABLED"), .CLKOS2_DIV({core_div}), .CLKOS2_CPHASE({core_cphase}), .CLKOS2_FPHASE(0),
    .FEEDBK_PATH("CLKOP"), .CLKFB_DIV(5)) pll_i (
    .CLKI(clk25), .CLKFB(clk), .RST(1'b0), .STDBY(1'b0), .PHASESEL0(1'b0), .PHASESEL1(1'b0),
    .PHASEDIR(1'b1), .PHASESTEP(1'b1), .PHASELOADREG(1'b1), .PLLWAKESYNC(1'b0),
    .ENCLKOP(1'b0), .CLKOP(clk), .CLKOS(clk90), .CLKOS2(clk_core), .LOCK(locked));
"#,
                core_mhz = CORE_CLOCK_HZ as f64 / 1e6,
                core_div = CORE_CLOCK_DIV,
                core_cphase = (CORE_CLOCK_DIV - 1) / 2,
            ),
            cores: String::new(),
        })
    }
}

/// RGMII receive pins to one byte per `rx_clk`: `IDDRX1F` on RX_CTL and RXD[3:0];
/// the rising-edge nibble is bits 3:0, the falling-edge one bits 7:4; RX_CTL is RX_DV
/// on the rising edge and RX_DV xor RX_ER on the falling edge. Outputs registered in
/// the `rx_clk` domain.
#[derive(LogicBlock, Default)]
pub struct RgmiiRx {
    /// Receive clock from the PHY.
    pub rx_clk: Signal<In, Clock>,
    /// RX_CTL pin.
    pub rx_ctl: Signal<In, Bit>,
    /// RXD pins.
    pub rx_data: Signal<In, Bits<4>>,
    /// The byte.
    pub data: Signal<Out, Bits<8>>,
    /// Data valid.
    pub dv: Signal<Out, Bit>,
    /// Receive error.
    pub er: Signal<Out, Bit>,
}

impl Logic for RgmiiRx {
    fn update(&mut self) {
        if self.rx_clk.pos_edge() {
            self.data.next = bit_cast::<8, 4>(self.rx_data.val());
            self.dv.next = self.rx_ctl.val();
            self.er.next = false;
        }
    }

    fn connect(&mut self) {
        self.data.connect();
        self.dv.connect();
        self.er.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Wrapper(Wrapper {
            code: r#"
wire [4:0] q_rise;
wire [4:0] q_fall;
wire [4:0] pins = {rx_ctl, rx_data};
reg [7:0] r_data = 8'd0;
reg r_dv = 1'b0;
reg r_er = 1'b0;
genvar i;
generate for (i = 0; i < 5; i = i + 1) begin : ddr_in
    IDDRX1F iddr (.D(pins[i]), .SCLK(rx_clk), .RST(1'b0), .Q0(q_rise[i]), .Q1(q_fall[i]));
end endgenerate
always @(posedge rx_clk) begin
    r_data <= {q_fall[3:0], q_rise[3:0]};
    r_dv <= q_rise[4];
    r_er <= q_rise[4] ^ q_fall[4];
end
assign data = r_data;
assign dv = r_dv;
assign er = r_er;
"#
            .into(),
            cores: String::new(),
        })
    }
}

/// One byte per `clk` to RGMII transmit pins: `ODDRX1F` on TX_CTL and TXD[3:0] (bits
/// 3:0 on the rising edge, 7:4 on the falling edge; TX_CTL = TX_EN on both, no
/// transmit errors are sent) and on TXC, driven from `clk90` so the PHY sees data
/// stable around its clock edges.
#[derive(LogicBlock, Default)]
pub struct RgmiiTx {
    /// Byte clock (125 MHz).
    pub clk: Signal<In, Clock>,
    /// The same, 90° later.
    pub clk90: Signal<In, Clock>,
    /// The byte.
    pub data: Signal<In, Bits<8>>,
    /// Transmit enable.
    pub en: Signal<In, Bit>,
    /// TXC pin.
    pub tx_clk: Signal<Out, Bit>,
    /// TX_CTL pin.
    pub tx_ctl: Signal<Out, Bit>,
    /// TXD pins.
    pub tx_data: Signal<Out, Bits<4>>,
}

impl Logic for RgmiiTx {
    fn update(&mut self) {
        self.tx_clk.next = self.clk90.val().clk;
        self.tx_ctl.next = self.en.val();
        self.tx_data.next = self.data.val().get_bits::<4>(0);
    }

    fn connect(&mut self) {
        self.tx_clk.connect();
        self.tx_ctl.connect();
        self.tx_data.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Wrapper(Wrapper {
            code: r#"
ODDRX1F oddr_clk (.D0(1'b1), .D1(1'b0), .SCLK(clk90), .RST(1'b0), .Q(tx_clk));
ODDRX1F oddr_ctl (.D0(en), .D1(en), .SCLK(clk), .RST(1'b0), .Q(tx_ctl));
genvar i;
generate for (i = 0; i < 4; i = i + 1) begin : ddr_out
    ODDRX1F oddr (.D0(data[i]), .D1(data[i + 4]), .SCLK(clk), .RST(1'b0), .Q(tx_data[i]));
end endgenerate
"#
            .into(),
            cores: String::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builds::rename_top;
    use crate::testing::{check_ecp5_cell_verilog, verilator_run};
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};
    use std::fmt::Write;

    /// A block's Verilog as a module of its own name.
    fn module<B: Block>(mut b: B, name: &str) -> String {
        b.connect_all();
        rename_top(&generate_verilog(&b), name)
    }

    /// One RGMII receive symbol: the byte, RX_DV, RX_ER.
    type Sym = (u8, bool, bool);

    /// The testbench: `rx` symbols onto `RgmiiRx`'s pins (RXC made by the bench, data
    /// set up 2 ns before each edge and held 2 ns after it), and `tx` bytes (byte, enable)
    /// into `RgmiiTx` on a 125 MHz `clk` with `clk90` 2 ns behind. It prints the
    /// receive outputs at every RXC rising edge (before that edge's update), every TXC
    /// edge with the transmit pins, and the time of every change of the transmit pins.
    fn bench(rx: &[Sym], tx: &[(u8, bool)]) -> String {
        let mut tb = String::from(
            r#"
`timescale 1ns/1ps
module bench;
    reg rx_clk = 1'b0, rx_ctl = 1'b0;
    reg [3:0] rx_data = 4'd0;
    wire [7:0] data;
    wire dv, er;
    rgmii_rx rx(.rx_clk(rx_clk), .rx_ctl(rx_ctl), .rx_data(rx_data), .data(data), .dv(dv), .er(er));
    reg clk = 1'b0, clk90 = 1'b0, ten = 1'b0;
    reg [7:0] tdata = 8'd0;
    wire tx_clk, tx_ctl;
    wire [3:0] tx_data;
    rgmii_tx tx(.clk(clk), .clk90(clk90), .data(tdata), .en(ten), .tx_clk(tx_clk), .tx_ctl(tx_ctl), .tx_data(tx_data));
    reg rx_done = 1'b0;
    task sym(input [7:0] b, input v, input e);
        begin
            rx_data = b[3:0]; rx_ctl = v; #2 rx_clk = 1'b1;
            #2 rx_data = b[7:4]; rx_ctl = v ^ e; #2 rx_clk = 1'b0; #2;
        end
    endtask
    always @(posedge rx_clk) $display("RX %02x %0d %0d", data, dv, er);
    always #4 clk = ~clk;
    initial begin #2; forever #4 clk90 = ~clk90; end
    always @(tx_clk) $display("TXC %0.3f %0d %x %0d", $realtime, tx_clk, tx_data, tx_ctl);
    always @(tx_data or tx_ctl) $display("TXD %0.3f", $realtime);
"#,
        );
        writeln!(tb, "    reg [8:0] stim [0:{}];", tx.len()).unwrap();
        tb.push_str("    integer i = 0;\n    initial begin\n");
        for (k, (b, en)) in tx.iter().enumerate() {
            writeln!(
                tb,
                "        stim[{k}] = 9'h{:03x};",
                (*en as u16) << 8 | *b as u16
            )
            .unwrap();
        }
        writeln!(tb, "        stim[{}] = 9'h000;\n    end", tx.len()).unwrap();
        writeln!(
            tb,
            "    always @(posedge clk) begin tdata <= stim[i][7:0]; ten <= stim[i][8]; \
             if (i < {}) i <= i + 1; end",
            tx.len()
        )
        .unwrap();
        tb.push_str("    initial begin\n        #3;\n");
        for (b, v, e) in rx {
            writeln!(tb, "        sym(8'h{b:02x}, {}, {});", *v as u8, *e as u8).unwrap();
        }
        tb.push_str("        repeat (4) sym(8'h00, 0, 0);\n        rx_done = 1'b1;\n    end\n");
        writeln!(
            tb,
            "    initial begin wait(rx_done); #{}; $finish; end\nendmodule",
            8 * (tx.len() + 8)
        )
        .unwrap();
        tb.push_str(&module(RgmiiRx::default(), "rgmii_rx"));
        tb.push_str(&module(RgmiiTx::default(), "rgmii_tx"));
        tb.push_str(ECP5_CELL_MODELS);
        verilator_run("rgmii_io", &tb, "bench").unwrap_or_else(|e| panic!("{e}"))
    }

    fn random_io(seed: u64) -> (Vec<Sym>, Vec<(u8, bool)>) {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut rx: Vec<Sym> = (0..300)
            .map(|k| {
                let dv = (k / 37) % 3 != 2;
                (rng.gen(), dv, rng.gen_bool(0.1))
            })
            .collect();
        rx.extend([(0xD5, true, false), (0x55, false, true), (0xFF, true, true)]);
        let tx = (0..300)
            .map(|k| (rng.gen(), (k / 29) % 4 != 3 && k >= 5))
            .collect();
        (rx, tx)
    }

    /// What went into the bench and what it printed.
    struct Run {
        rx: Vec<Sym>,
        tx: Vec<(u8, bool)>,
        text: String,
    }

    /// The bench, run once for the tests that read it.
    fn output() -> &'static Run {
        static OUT: std::sync::OnceLock<Run> = std::sync::OnceLock::new();
        OUT.get_or_init(|| {
            let (rx, tx) = random_io(1);
            let text = bench(&rx, &tx);
            Run { rx, tx, text }
        })
    }

    /// RgmiiRx's Verilog (IDDRX1F cells, with their models) turns DDR pins into bytes:
    /// the rising-edge nibble is bits 3:0, the falling-edge one bits 7:4; RX_DV is RX_CTL
    /// on the rising edge and RX_ER is RX_CTL's rising xor falling value (so RX_DV low
    /// with RX_CTL high on the falling edge reads as an error without data, as RGMII
    /// signals carrier extension). Every symbol comes out, in order, two RXC edges after
    /// its own: the IDDR's and the output register's.
    #[test]
    fn rgmii_rx_makes_bytes_of_both_edges() {
        let Run { rx, text, .. } = output();
        let got: Vec<Sym> = text
            .lines()
            .filter_map(|l| l.strip_prefix("RX "))
            .map(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                (
                    u8::from_str_radix(f[0], 16).unwrap(),
                    f[1] == "1",
                    f[2] == "1",
                )
            })
            .collect();
        // The display at an edge shows what the edge before it made: the symbol of edge
        // k is out after edge k + 2, printed at edge k + 3.
        let latency = 3;
        assert!(got.len() >= rx.len() + latency);
        for (k, s) in rx.iter().enumerate() {
            assert_eq!(got[k + latency], *s, "symbol {k}");
        }
    }

    /// RgmiiTx's Verilog (ODDRX1F cells, with their models) sends each byte as bits 3:0
    /// while TXC is high and bits 7:4 while it is low, TX_CTL = TX_EN on both halves,
    /// one clock after the byte is presented; TXC is `clk90`, 125 MHz, rising 2 ns after
    /// `clk`, so the pins never change within 1.5 ns of a TXC edge (the PHY samples at
    /// the edges).
    #[test]
    fn rgmii_tx_centres_the_data_on_txc() {
        let Run { tx, text, .. } = output();
        let mut edges: Vec<(f64, bool, u8, bool)> = Vec::new();
        let mut changes: Vec<f64> = Vec::new();
        for l in text.lines() {
            if let Some(r) = l.strip_prefix("TXC ") {
                let f: Vec<&str> = r.split_whitespace().collect();
                edges.push((
                    f[0].parse().unwrap(),
                    f[1] == "1",
                    u8::from_str_radix(f[2], 16).unwrap(),
                    f[3] == "1",
                ));
            } else if let Some(r) = l.strip_prefix("TXD ") {
                changes.push(r.trim().parse().unwrap());
            }
        }
        // TXC: rising at 6 + 8k ns, falling at 10 + 8k ns (after its first edge).
        let edges: Vec<_> = edges.into_iter().skip_while(|e| !e.1).collect();
        for (n, e) in edges.iter().enumerate() {
            let want = 6.0 + 4.0 * n as f64;
            assert!((e.0 - want).abs() < 1e-6, "TXC edge {n} at {} ns", e.0);
            assert_eq!(e.1, n % 2 == 0, "TXC edge {n}");
        }
        for t in &changes {
            let near = edges
                .iter()
                .map(|e| (e.0 - t).abs())
                .fold(f64::MAX, f64::min);
            assert!(
                *t < 4.0 || near >= 1.5,
                "pins change at {t} ns, {near} ns from TXC"
            );
        }
        // Bytes: low nibble at the rising edge, high nibble at the falling one.
        let got: Vec<(u8, bool)> = edges
            .chunks_exact(2)
            .map(|p| {
                assert_eq!(p[0].3, p[1].3, "TX_CTL differs between the halves");
                (p[0].2 | p[1].2 << 4, p[0].3)
            })
            .collect();
        // Byte k is presented before clk's edge k + 1 (at 4 + 8k ns), registered in the
        // ODDR at edge k + 2: it is on the pins in the TXC period that starts at
        // 6 + 8(k + 1) ns.
        for (k, (b, en)) in tx.iter().enumerate() {
            let g = got[k + 1];
            assert_eq!(g.1, *en, "enable of byte {k}");
            if *en {
                assert_eq!(g.0, *b, "byte {k}");
            }
        }
    }

    /// The PLL's Verilog instantiates EHXPLLL with the parameters the module documents:
    /// VCO = 25 MHz x CLKFB_DIV x CLKOP_DIV / CLKI_DIV = [`VCO_HZ`], fed back from CLKOP;
    /// CLKOP (`clk`) and CLKOS (`clk90`) at VCO / 5 = 125 MHz, CLKOS a quarter period
    /// behind; CLKOS2 (`clk_core`) at VCO / [`CORE_CLOCK_DIV`] = [`CORE_CLOCK_HZ`]; the
    /// frequency attributes nextpnr reads agree; every output is enabled and wired to
    /// its port.
    #[test]
    fn pll_verilog_names_ehxplll_with_the_documented_dividers() {
        let mut p = Pll::default();
        p.connect_all();
        let v = generate_verilog(&p);
        assert!(v.contains("EHXPLLL #("), "{v}");
        let param = |name: &str| -> String {
            let at = v
                .find(&format!(".{name}("))
                .unwrap_or_else(|| panic!("{name} not set"));
            let rest = &v[at + name.len() + 2..];
            rest[..rest.find(')').unwrap()]
                .trim_matches('"')
                .to_string()
        };
        let num = |name: &str| -> u64 { param(name).parse().unwrap() };
        let vco = 25_000_000 * num("CLKFB_DIV") * num("CLKOP_DIV") / num("CLKI_DIV");
        assert_eq!(vco, VCO_HZ);
        assert_eq!(param("FEEDBK_PATH"), "CLKOP");
        assert_eq!(vco / num("CLKOP_DIV"), 125_000_000);
        assert_eq!(vco / num("CLKOS_DIV"), 125_000_000);
        assert_eq!(num("CLKOS2_DIV"), CORE_CLOCK_DIV);
        assert_eq!(vco / num("CLKOS2_DIV"), CORE_CLOCK_HZ);
        // Phase in eighths of a VCO period: CLKOS is a quarter of a 125 MHz period
        // (5 VCO periods) behind CLKOP.
        let phase = |o: &str| 8 * num(&format!("{o}_CPHASE")) + num(&format!("{o}_FPHASE"));
        assert_eq!((phase("CLKOS") - phase("CLKOP")) * 4, 8 * num("CLKOP_DIV"));
        for o in ["CLKOP", "CLKOS", "CLKOS2"] {
            assert_eq!(param(&format!("{o}_ENABLE")), "ENABLED", "{o}");
        }
        for (attr, mhz) in [
            ("CLKI", "25".to_string()),
            ("CLKOP", "125".to_string()),
            ("CLKOS", "125".to_string()),
            ("CLKOS2", format!("{}", CORE_CLOCK_HZ as f64 / 1e6)),
        ] {
            assert!(
                v.contains(&format!("(* FREQUENCY_PIN_{attr}=\"{mhz}\" *)")),
                "FREQUENCY_PIN_{attr}"
            );
        }
        for (pin, net) in [
            ("CLKI", "clk25"),
            ("CLKFB", "clk"),
            ("CLKOP", "clk"),
            ("CLKOS", "clk90"),
            ("CLKOS2", "clk_core"),
            ("LOCK", "locked"),
        ] {
            assert_eq!(param(pin), net, "{pin}");
        }
    }

    /// Each wrapper's Verilog passes yosys with the ECP5 cell library and Verilator's
    /// lint with the cell models.
    #[test]
    fn verilog_is_clean() {
        let mut p = Pll::default();
        p.connect_all();
        check_ecp5_cell_verilog("pll", &p);
        let mut r = RgmiiRx::default();
        r.connect_all();
        check_ecp5_cell_verilog("rgmii_rx", &r);
        let mut t = RgmiiTx::default();
        t.connect_all();
        check_ecp5_cell_verilog("rgmii_tx", &t);
    }
}
