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
