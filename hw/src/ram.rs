//! A simple dual-port RAM, [`Ram`]: one clock, one write port, one read port, in two
//! read modes ([`ReadMode`]):
//!
//! * registered (block RAM): data the cycle after the address; a read of the address
//!   being written in the same cycle returns the old contents. The memory says
//!   `(* no_rw_check *)`, so yosys adds no bypass logic (rust-hdl's own `RAM` widget
//!   has two clocks and yosys wraps it in read/write bypass logic), and the old
//!   contents come back on the FPGA and in both simulators.
//! * asynchronous (distributed, LUT RAM): the word at `raddr` is on `rdata` in the same
//!   cycle, and a word written at a clock edge is readable right after it. yosys maps
//!   it to the FPGA's LUT RAM (`TRELLIS_DPR16X4` on ECP5, `RAM32M`/`RAM64M` on Xilinx
//!   parts), whose read needs no output register.
//!
//! Contents start at zero. The Verilog says so in an `initial` loop that yosys does
//! not read (`ifndef YOSYS`): its front end unrolls such a loop word by word, which
//! took 49 s for the flow table alone and three quarters of the narrow core's coarse
//! synthesis, while the parts it maps to (ECP5 block and LUT RAM, Xilinx block RAM and
//! UltraRAM) come up zero after configuration anyway. Verilator and other tools read it.

use rust_hdl::prelude::*;

/// How a [`Ram`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadMode {
    /// Block RAM: `rdata` is registered, the word at the address of the last edge.
    Registered,
    /// LUT RAM: `rdata` is the word at `raddr` now.
    Asynchronous,
}

/// `2^A` words of `D` (or `2^k`, `k < A`, with [`Ram::with_depth`]: the address ports
/// stay `A` bits wide and only their low `k` bits count).
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
    /// Read address.
    pub raddr: Signal<In, Bits<A>>,
    /// Read data (see [`ReadMode`]).
    pub rdata: Signal<Out, D>,
    _mem: Vec<D>,
    _abits: usize,
    _mode: ReadMode,
}

/// A block RAM of `2^A` words.
impl<D: Synth, const A: usize> Default for Ram<D, A> {
    fn default() -> Self {
        Self::with_depth(A)
    }
}

impl<D: Synth, const A: usize> Ram<D, A> {
    /// A block RAM of `2^abits` words, addressed by the low `abits` bits of the `A`-bit
    /// ports.
    pub fn with_depth(abits: usize) -> Self {
        assert!(
            abits >= 1 && abits <= A && A <= 20,
            "RAM address width out of range"
        );
        Self::new(abits, ReadMode::Registered)
    }

    /// A LUT RAM of `2^A` words.
    pub fn lut() -> Self {
        assert!(A >= 1 && A <= 8, "LUT RAM address width out of range");
        Self::new(A, ReadMode::Asynchronous)
    }

    fn new(abits: usize, mode: ReadMode) -> Self {
        Ram {
            clock: Default::default(),
            waddr: Default::default(),
            wdata: Default::default(),
            we: Default::default(),
            raddr: Default::default(),
            rdata: Default::default(),
            _mem: vec![D::default(); 1 << abits],
            _abits: abits,
            _mode: mode,
        }
    }
}

impl<D: Synth, const A: usize> Logic for Ram<D, A> {
    fn update(&mut self) {
        let mask = (1usize << self._abits) - 1;
        if self.clock.pos_edge() {
            // Read first: a registered read of the address written now sees old data.
            if self._mode == ReadMode::Registered {
                self.rdata.next = self._mem[self.raddr.val().index() & mask];
            }
            if self.we.val() {
                let a = self.waddr.val().index() & mask;
                self._mem[a] = self.wdata.val();
            }
        }
        if self._mode == ReadMode::Asynchronous {
            self.rdata.next = self._mem[self.raddr.val().index() & mask];
        }
    }

    fn connect(&mut self) {
        self.rdata.connect();
    }

    fn hdl(&self) -> Verilog {
        let (ra, wa) = if self._abits == A {
            ("raddr".to_string(), "waddr".to_string())
        } else {
            let top = self._abits - 1;
            (format!("raddr[{top}:0]"), format!("waddr[{top}:0]"))
        };
        let (attr, init, read) = match self._mode {
            ReadMode::Registered => (
                "(* no_rw_check *)\n",
                format!("initial rdata = {}'d0;\n", D::BITS),
                format!("always @(posedge clock) begin\n    rdata <= mem[{ra}];\nend"),
            ),
            ReadMode::Asynchronous => (
                "",
                String::new(),
                format!("always @(*) begin\n    rdata = mem[{ra}];\nend"),
            ),
        };
        Verilog::Custom(format!(
            "\
{attr}reg [{dmax}:0] mem [0:{amax}];
`ifndef YOSYS
integer i;
initial begin
    for (i = 0; i <= {amax}; i = i + 1) mem[i] = {dbits}'d0;
end
`endif
{init}always @(posedge clock) begin
    if (we) mem[{wa}] <= wdata;
end
{read}",
            dmax = D::BITS - 1,
            dbits = D::BITS,
            amax = (1usize << self._abits) - 1,
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
        let mut uut: Ram<Bits<40>, 4> = Ram::lut();
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
        let mut uut: Ram<Bits<300>, 4> = Ram::lut();
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
