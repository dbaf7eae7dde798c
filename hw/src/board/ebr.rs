//! The MACs' packet buffers: [`BeatRam`], `2^A` beats of 72 bits (A ≤ 9) in two ECP5
//! block RAMs whose read data leaves through the block RAM's own output register.
//!
//! yosys maps every inferred memory to `DP16KD` with `REGMODE` `"NOREG"`: the data
//! then comes out of the RAM array itself, 5.6 ns after the clock on this speed grade,
//! and whatever register it feeds in the fabric has the 8 ns of a 125 MHz clock minus
//! that (the worst path of each MAC routed alone, `xtask/board --mac-timing`). With
//! `REGMODE` `"OUTREG"` the block RAM registers its output itself: one more clock of
//! read latency, and a clock-to-output of about a nanosecond. So this block instantiates
//! the cells itself under `SYNTHESIS` (what yosys defines); other tools (Verilator, the
//! lint) read an equivalent description with the same two-clock latency.
//!
//! Each `DP16KD` runs as a 512 x 36 pseudo-dual-port RAM (port A writes, port B reads):
//! at 36 bits the address sits in `AD[13:5]`, and on the write port `ADA[3:0]` are the
//! four byte enables; data bits 0–17 go through the `A` pins and 18–35 through the `B`
//! pins, on both sides. Read data therefore leaves through both ports' output pins, so
//! both ports' output registers are on (`REGMODE_A` and `REGMODE_B` `"OUTREG"`, `OCEA`
//! and `OCEB` high; with `REGMODE_B` alone the `DOA` half kept the array's 5.6 ns).
//! Contents start at zero, as after configuration.

use rust_hdl::prelude::*;

/// Bits of a beat in the buffer.
pub const BITS: usize = 72;

/// `2^A` beats of 72 bits, one write port, one read port, one clock; `rdata` is the word
/// at the `raddr` of two clock edges ago. The MACs never read a beat in the clock it
/// is written (they read committed beats only); the simulation models return the old
/// word then, the block RAM does not promise it.
#[derive(LogicBlock)]
pub struct BeatRam<const A: usize> {
    /// Clock of both ports.
    pub clock: Signal<In, Clock>,
    /// Write address.
    pub waddr: Signal<In, Bits<A>>,
    /// Write data.
    pub wdata: Signal<In, Bits<BITS>>,
    /// Write enable.
    pub we: Signal<In, Bit>,
    /// Read address.
    pub raddr: Signal<In, Bits<A>>,
    /// Read data, two clocks after its address.
    pub rdata: Signal<Out, Bits<BITS>>,
    _mem: Vec<Bits<BITS>>,
    _array_out: Bits<BITS>,
}

impl<const A: usize> Default for BeatRam<A> {
    fn default() -> Self {
        assert!((1..=9).contains(&A), "BeatRam: 2 to 512 beats");
        BeatRam {
            clock: Default::default(),
            waddr: Default::default(),
            wdata: Default::default(),
            we: Default::default(),
            raddr: Default::default(),
            rdata: Default::default(),
            _mem: vec![Bits::default(); 1 << A],
            _array_out: Bits::default(),
        }
    }
}

impl<const A: usize> Logic for BeatRam<A> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            // Output register first, then the array's read, then the write.
            self.rdata.next = self._array_out;
            self._array_out = self._mem[self.raddr.val().index()];
            if self.we.val() {
                self._mem[self.waddr.val().index()] = self.wdata.val();
            }
        }
    }

    fn connect(&mut self) {
        self.rdata.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(beat_ram_verilog(A))
    }
}

/// The block's Verilog body for an `abits`-bit address.
fn beat_ram_verilog(abits: usize) -> String {
    let amax = abits - 1;
    // Address pins 5..13 carry the beat's address, zero above `abits`.
    let addr = |port: char, sig: &str| -> String {
        (0..14)
            .map(|p| {
                let v = match p {
                    0..=3 if port == 'A' => "we".to_string(),
                    5..=13 if p - 5 < abits => format!("{sig}[{}]", p - 5),
                    _ => "1'b0".to_string(),
                };
                format!(".AD{port}{p}({v})")
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut cells = String::new();
    for k in 0..2 {
        let base = 36 * k;
        let pins = |dir: &str, bus: &str| -> String {
            (0..36)
                .map(|b| {
                    let (port, pin) = if b < 18 { ('A', b) } else { ('B', b - 18) };
                    format!(".{dir}{port}{pin}({bus}[{}])", base + b)
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        cells.push_str(&format!(
            "\
DP16KD #(.DATA_WIDTH_A(36), .DATA_WIDTH_B(36), .REGMODE_A(\"OUTREG\"), .REGMODE_B(\"OUTREG\"),
    .RESETMODE(\"SYNC\"), .ASYNC_RESET_RELEASE(\"SYNC\"), .CSDECODE_A(\"0b000\"),
    .CSDECODE_B(\"0b000\"), .WRITEMODE_A(\"NORMAL\"), .WRITEMODE_B(\"NORMAL\"), .GSR(\"AUTO\"))
  ebr{k} (.CLKA(clock), .WEA(1'b1), .CEA(1'b1), .OCEA(1'b1), .RSTA(1'b0),
    .CSA0(1'b0), .CSA1(1'b0), .CSA2(1'b0), {wa},
    {di},
    .CLKB(clock), .WEB(1'b0), .CEB(1'b1), .OCEB(1'b1), .RSTB(1'b0),
    .CSB0(1'b0), .CSB1(1'b0), .CSB2(1'b0), {ra},
    {dout});
",
            wa = addr('A', "waddr"),
            ra = addr('B', "raddr"),
            di = pins("DI", "wdata"),
            dout = pins("DO", "q"),
        ));
    }
    format!(
        "\
`ifdef SYNTHESIS
wire [71:0] q;
{cells}always @(*) rdata = q;
`else
reg [71:0] mem [0:{depth}];
reg [71:0] array_out;
integer i;
initial begin
    for (i = 0; i <= {depth}; i = i + 1) mem[i] = 72'd0;
    array_out = 72'd0;
    rdata = 72'd0;
end
always @(posedge clock) begin
    rdata <= array_out;
    array_out <= mem[raddr[{amax}:0]];
    if (we) mem[waddr[{amax}:0]] <= wdata;
end
`endif",
        depth = (1usize << abits) - 1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::verilator_lint;
    use crate::tick;

    #[test]
    fn two_clocks_of_latency_and_old_data_beside_a_write() {
        let mut uut: BeatRam<4> = Default::default();
        uut.connect_all();
        let word = |a: u64| -> Bits<BITS> { (Bits::<BITS>::from(a) << 64) | Bits::from(a * 3) };
        for a in 0..16u64 {
            uut.waddr.next = a.into();
            uut.wdata.next = word(a);
            uut.we.next = true;
            tick!(uut);
        }
        uut.we.next = false;
        // Addresses issued one per clock come out two clocks later, in order.
        let mut seen = Vec::new();
        for t in 0..18u64 {
            uut.raddr.next = (t % 16).into();
            tick!(uut);
            seen.push(uut.rdata.val());
        }
        for t in 2..18u64 {
            assert_eq!(seen[t as usize - 1], word(t - 2), "read at {t}");
        }
        // Reading the address being written returns the old word.
        uut.raddr.next = 5.into();
        uut.waddr.next = 5.into();
        uut.wdata.next = Bits::from(0xABCu64);
        uut.we.next = true;
        tick!(uut);
        uut.we.next = false;
        tick!(uut);
        assert_eq!(uut.rdata.val(), word(5));
        tick!(uut);
        assert_eq!(uut.rdata.val(), Bits::from(0xABCu64));
    }

    #[test]
    fn both_descriptions_lint() {
        let mut uut: BeatRam<9> = Default::default();
        uut.connect_all();
        let v = generate_verilog(&uut);
        assert_eq!(v.matches("REGMODE_B(\"OUTREG\")").count(), 2);
        assert!(v.contains(".ADA13(waddr[8])") && v.contains(".DOB17(q[71])"));
        verilator_lint("beat_ram", &v).unwrap();
    }
}
