//! Simple dual-port RAMs: [`Ram`] (block RAM: one clock, one write port, one read port
//! with a registered output, data the cycle after the address) and [`LutRam`]
//! (distributed RAM with an asynchronous read).
//!
//! rust-hdl's own `RAM` widget has two clocks and yosys wraps it in read/write bypass
//! logic; this one says `(* no_rw_check *)`: a read of the address being written in the
//! same cycle returns the old contents, on the FPGA and in both simulators. Contents
//! start at zero.

use rust_hdl::prelude::*;

/// `2^A` words of `D`.
#[derive(LogicBlock)]
pub struct Ram<D: Synth, const A: usize> {
    // clock
    /// Clock of both ports.
    pub clock: Signal<In, Clock>,
    // write port
    /// Write address.
    pub waddr: Signal<In, Bits<A>>,
    /// Write data.
    pub wdata: Signal<In, D>,
    /// Write enable.
    pub we: Signal<In, Bit>,
    // read port
    /// Read address (sampled at the clock edge).
    pub raddr: Signal<In, Bits<A>>,
    /// Read data, registered.
    pub rdata: Signal<Out, D>,
    _mem: Vec<D>,
}

impl<D: Synth, const A: usize> Default for Ram<D, A> {
    fn default() -> Self {
        assert!(A >= 1 && A <= 20, "RAM address width out of range");
        Ram {
            clock: Default::default(),
            waddr: Default::default(),
            wdata: Default::default(),
            we: Default::default(),
            raddr: Default::default(),
            rdata: Default::default(),
            _mem: vec![D::default(); 1 << A],
        }
    }
}

impl<D: Synth, const A: usize> Logic for Ram<D, A> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            // Read first: a read of the address written in this cycle sees old data.
            self.rdata.next = self._mem[self.raddr.val().index()];
            if self.we.val() {
                let a = self.waddr.val().index();
                self._mem[a] = self.wdata.val();
            }
        }
    }

    fn connect(&mut self) {
        self.rdata.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
(* no_rw_check *)
reg [{dmax}:0] mem [0:{amax}];
integer i;
initial begin
    for (i = 0; i <= {amax}; i = i + 1) mem[i] = {dbits}'d0;
    rdata = {dbits}'d0;
end
always @(posedge clock) begin
    rdata <= mem[raddr];
    if (we) mem[waddr] <= wdata;
end",
            dmax = D::BITS - 1,
            dbits = D::BITS,
            amax = (1usize << A) - 1,
        ))
    }
}

/// Distributed (LUT) RAM: one clocked write port and an asynchronous read port — the
/// word at `raddr` is on `rdata` in the same cycle, and a word written at a clock edge
/// is readable right after it. yosys maps it to the FPGA's LUT RAM (`TRELLIS_DPR16X4`
/// on ECP5, `RAM32M`/`RAM64M` on Xilinx parts), whose read needs no output register.
/// Contents start at zero.
#[derive(LogicBlock)]
pub struct LutRam<D: Synth, const A: usize> {
    // clock
    /// Clock of the write port.
    pub clock: Signal<In, Clock>,
    // write port
    /// Write address.
    pub waddr: Signal<In, Bits<A>>,
    /// Write data.
    pub wdata: Signal<In, D>,
    /// Write enable.
    pub we: Signal<In, Bit>,
    // read port
    /// Read address.
    pub raddr: Signal<In, Bits<A>>,
    /// The word at `raddr`, now.
    pub rdata: Signal<Out, D>,
    _mem: Vec<D>,
}

impl<D: Synth, const A: usize> Default for LutRam<D, A> {
    fn default() -> Self {
        assert!(A >= 1 && A <= 8, "LUT RAM address width out of range");
        LutRam {
            clock: Default::default(),
            waddr: Default::default(),
            wdata: Default::default(),
            we: Default::default(),
            raddr: Default::default(),
            rdata: Default::default(),
            _mem: vec![D::default(); 1 << A],
        }
    }
}

impl<D: Synth, const A: usize> Logic for LutRam<D, A> {
    fn update(&mut self) {
        if self.clock.pos_edge() && self.we.val() {
            let a = self.waddr.val().index();
            self._mem[a] = self.wdata.val();
        }
        self.rdata.next = self._mem[self.raddr.val().index()];
    }

    fn connect(&mut self) {
        self.rdata.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
reg [{dmax}:0] mem [0:{amax}];
integer i;
initial begin
    for (i = 0; i <= {amax}; i = i + 1) mem[i] = {dbits}'d0;
end
always @(posedge clock) begin
    if (we) mem[waddr] <= wdata;
end
always @(*) begin
    rdata = mem[raddr];
end",
            dmax = D::BITS - 1,
            dbits = D::BITS,
            amax = (1usize << A) - 1,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_verilog;
    use crate::tick;

    #[test]
    fn registered_read_and_old_data_on_collision() {
        let mut uut: Ram<Bits<40>, 4> = Default::default();
        uut.connect_all();
        for a in 0..16u64 {
            uut.waddr.next = a.into();
            uut.wdata.next = (a * 0x1_0000_0001).into();
            uut.we.next = true;
            tick!(uut);
        }
        uut.we.next = false;
        uut.raddr.next = 5.into();
        tick!(uut);
        assert_eq!(uut.rdata.val().to_u64(), 5 * 0x1_0000_0001u64);
        // Read and write the same address in one cycle: old data.
        uut.raddr.next = 7.into();
        uut.waddr.next = 7.into();
        uut.wdata.next = 0xAB.into();
        uut.we.next = true;
        tick!(uut);
        assert_eq!(uut.rdata.val().to_u64(), 7 * 0x1_0000_0001u64);
        uut.we.next = false;
        tick!(uut);
        assert_eq!(uut.rdata.val().to_u64(), 0xAB);
    }

    #[test]
    fn lut_ram_reads_in_the_same_cycle() {
        let mut uut: LutRam<Bits<40>, 4> = Default::default();
        uut.connect_all();
        for a in 0..16u64 {
            uut.waddr.next = a.into();
            uut.wdata.next = (a * 0x1_0000_0001).into();
            uut.we.next = true;
            tick!(uut);
        }
        uut.we.next = false;
        for a in [5u64, 0, 15] {
            uut.raddr.next = a.into();
            crate::testing::settle(&mut uut);
            assert_eq!(uut.rdata.val().to_u64(), a * 0x1_0000_0001u64);
        }
        // A word written at an edge is readable right after it.
        uut.raddr.next = 7.into();
        uut.waddr.next = 7.into();
        uut.wdata.next = 0xAB.into();
        uut.we.next = true;
        crate::testing::settle(&mut uut);
        assert_eq!(uut.rdata.val().to_u64(), 7 * 0x1_0000_0001u64);
        tick!(uut);
        uut.we.next = false;
        crate::testing::settle(&mut uut);
        assert_eq!(uut.rdata.val().to_u64(), 0xAB);
    }

    #[test]
    fn lut_ram_verilog_is_clean() {
        let mut uut: LutRam<Bits<300>, 4> = Default::default();
        uut.connect_all();
        check_verilog("lut_ram", &uut);
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut: Ram<Bits<300>, 9> = Default::default();
        uut.connect_all();
        check_verilog("ram", &uut);
    }
}
