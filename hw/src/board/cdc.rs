//! A FIFO between two clock domains with Gray-coded pointers, for the board's
//! crossings (symbols from RXC into the MACs' clock, beats between the MACs and the
//! core).
//!
//! Each side keeps its pointer in binary and in Gray code (`N` + 1 bits, the extra bit
//! telling a full FIFO from an empty one); the Gray copy crosses into the other domain
//! through two flip-flops every clock, so each side sees the other's pointer two or
//! three of its clocks late and never mid-change (one bit changes per step). Both flags
//! are registered, computed from the pointer the clock's operation leaves: `full`
//! from the write pointer after this write against the synchronised read pointer,
//! `empty` likewise on the read side. The head is first-word-fall-through: `data_out`
//! is valid while `empty` is low, and `read` takes it.
//!
//! Each side also keeps its pointer plus one, in binary and in Gray code, a clock
//! ahead. A flag is then two compares of registers and a select by the clock's
//! operation, and the RAM's address a select of two registers: no increment and no
//! Gray conversion lies between the operation and a flag (at 125 MHz that chain,
//! increment, Gray code and compare, was the MACs' clock's longest path).
//!
//! rust-hdl's `AsynchronousFIFO` crosses its pointers with a request/acknowledge
//! handshake instead: a pointer value every eight or so clocks, each one that many
//! clocks old. At one symbol per clock in and out (RXC against the MACs' clock, both
//! 125 MHz) its 16 places filled and symbols were lost; the board-level simulation
//! showed it (`tests/tests/board_wire.rs`). Here a FIFO written and read every clock
//! holds about five entries.

use rust_hdl::prelude::*;

/// The FIFO: 2^`N` entries of `D`; `NP1` = `N` + 1.
#[derive(LogicBlock)]
pub struct GrayFifo<D: Synth, const N: usize, const NP1: usize> {
    /// The writer's clock.
    pub write_clock: Signal<In, Clock>,
    /// The entry to write.
    pub data_in: Signal<In, D>,
    /// Write `data_in` (ignored while `full`).
    pub write: Signal<In, Bit>,
    /// No room (registered).
    pub full: Signal<Out, Bit>,
    /// The reader's clock.
    pub read_clock: Signal<In, Clock>,
    /// The oldest entry, while not `empty`.
    pub data_out: Signal<Out, D>,
    /// Nothing to read (registered).
    pub empty: Signal<Out, Bit>,
    /// Take `data_out` (ignored while `empty`).
    pub read: Signal<In, Bit>,
    ram: RAM<D, N>,
    // write side
    wbin: DFF<Bits<NP1>>,
    wgray: DFF<Bits<NP1>>,
    wbin1: DFFWithInit<Bits<NP1>>,
    wgray1: DFFWithInit<Bits<NP1>>,
    rq1: DFF<Bits<NP1>>,
    rq2: DFF<Bits<NP1>>,
    wfull: DFF<Bit>,
    wen: Signal<Local, Bit>,
    wfar: Signal<Local, Bits<NP1>>,
    rfull: Signal<Local, Bits<NP1>>,
    // read side
    rbin: DFF<Bits<NP1>>,
    rgray: DFF<Bits<NP1>>,
    rbin1: DFFWithInit<Bits<NP1>>,
    rgray1: DFFWithInit<Bits<NP1>>,
    wq1: DFF<Bits<NP1>>,
    wq2: DFF<Bits<NP1>>,
    rne: DFF<Bit>,
    ren: Signal<Local, Bit>,
    rfar: Signal<Local, Bits<NP1>>,
    /// The two top bits: a full FIFO's write pointer is the read pointer with them
    /// inverted, in Gray code.
    top2: Constant<Bits<NP1>>,
}

impl<D: Synth, const N: usize, const NP1: usize> Default for GrayFifo<D, N, NP1> {
    fn default() -> Self {
        assert_eq!(NP1, N + 1, "NP1 is N + 1");
        assert!(N >= 2, "at least 4 entries");
        GrayFifo {
            write_clock: Default::default(),
            data_in: Default::default(),
            write: Default::default(),
            full: Default::default(),
            read_clock: Default::default(),
            data_out: Default::default(),
            empty: Default::default(),
            read: Default::default(),
            ram: Default::default(),
            wbin: Default::default(),
            wgray: Default::default(),
            wbin1: DFFWithInit::new(1u64.into()),
            wgray1: DFFWithInit::new(1u64.into()),
            rq1: Default::default(),
            rq2: Default::default(),
            wfull: Default::default(),
            wen: Default::default(),
            wfar: Default::default(),
            rfull: Default::default(),
            rbin: Default::default(),
            rgray: Default::default(),
            rbin1: DFFWithInit::new(1u64.into()),
            rgray1: DFFWithInit::new(1u64.into()),
            wq1: Default::default(),
            wq2: Default::default(),
            rne: Default::default(),
            ren: Default::default(),
            rfar: Default::default(),
            top2: Constant::new(Bits::<NP1>::from(3u64 << (N - 1))),
        }
    }
}

impl<D: Synth, const N: usize, const NP1: usize> Logic for GrayFifo<D, N, NP1> {
    #[hdl_gen]
    fn update(&mut self) {
        self.ram.write_clock.next = self.write_clock.val();
        self.ram.read_clock.next = self.read_clock.val();
        self.wbin.clock.next = self.write_clock.val();
        self.wbin.d.next = self.wbin.q.val();
        self.wgray.clock.next = self.write_clock.val();
        self.wgray.d.next = self.wgray.q.val();
        self.wbin1.clock.next = self.write_clock.val();
        self.wbin1.d.next = self.wbin1.q.val();
        self.wgray1.clock.next = self.write_clock.val();
        self.wgray1.d.next = self.wgray1.q.val();
        self.rq1.clock.next = self.write_clock.val();
        self.rq2.clock.next = self.write_clock.val();
        self.wfull.clock.next = self.write_clock.val();
        self.rbin.clock.next = self.read_clock.val();
        self.rbin.d.next = self.rbin.q.val();
        self.rgray.clock.next = self.read_clock.val();
        self.rgray.d.next = self.rgray.q.val();
        self.rbin1.clock.next = self.read_clock.val();
        self.rbin1.d.next = self.rbin1.q.val();
        self.rgray1.clock.next = self.read_clock.val();
        self.rgray1.d.next = self.rgray1.q.val();
        self.wq1.clock.next = self.read_clock.val();
        self.wq2.clock.next = self.read_clock.val();
        self.rne.clock.next = self.read_clock.val();

        // Write side. `wfull` after this clock: the pointer it leaves (the one ahead
        // if it writes) against the synchronised read pointer as a full FIFO's would
        // be.
        self.wen.next = self.write.val() & !self.wfull.q.val();
        self.wfar.next = self.wbin1.q.val() + 1;
        if self.wen.val() {
            self.wbin.d.next = self.wbin1.q.val();
            self.wgray.d.next = self.wgray1.q.val();
            self.wbin1.d.next = self.wfar.val();
            self.wgray1.d.next = self.wfar.val() ^ (self.wfar.val() >> 1);
        }
        self.rq1.d.next = self.rgray.q.val();
        self.rq2.d.next = self.rq1.q.val();
        self.rfull.next = self.rq2.q.val() ^ self.top2.val();
        self.wfull.d.next = self.wgray.q.val() == self.rfull.val();
        if self.wen.val() {
            self.wfull.d.next = self.wgray1.q.val() == self.rfull.val();
        }
        self.ram.write_address.next = self.wbin.q.val().get_bits::<N>(0);
        self.ram.write_data.next = self.data_in.val();
        self.ram.write_enable.next = self.wen.val();
        self.full.next = self.wfull.q.val();

        // Read side: the RAM reads the entry at the pointer this clock leaves, so it is
        // the head on the next.
        self.ren.next = self.read.val() & self.rne.q.val();
        self.rfar.next = self.rbin1.q.val() + 1;
        self.wq1.d.next = self.wgray.q.val();
        self.wq2.d.next = self.wq1.q.val();
        self.ram.read_address.next = self.rbin.q.val().get_bits::<N>(0);
        self.rne.d.next = self.rgray.q.val() != self.wq2.q.val();
        if self.ren.val() {
            self.rbin.d.next = self.rbin1.q.val();
            self.rgray.d.next = self.rgray1.q.val();
            self.rbin1.d.next = self.rfar.val();
            self.rgray1.d.next = self.rfar.val() ^ (self.rfar.val() >> 1);
            self.ram.read_address.next = self.rbin1.q.val().get_bits::<N>(0);
            self.rne.d.next = self.rgray1.q.val() != self.wq2.q.val();
        }
        self.data_out.next = self.ram.read_data.val();
        self.empty.next = !self.rne.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{settle, verilator_lint};
    use rand::{Rng, SeedableRng};

    /// Entries written on one clock and read on another (write while not full, read
    /// while not empty when the reader wants one): every entry arrives, in order, none
    /// twice. Returns the clocks the reader saw an entry waiting, and all its clocks.
    fn cross<const W: usize>(
        write_period: u64,
        read_period: u64,
        p_write: f64,
        p_read: f64,
        seed: u64,
    ) -> (usize, usize) {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut q = GrayFifo::<Bits<W>, 4, 5>::default();
        q.connect_all();
        settle(&mut q);
        let sent: Vec<u64> = (0..600).map(|_| rng.gen()).collect();
        let mut next = 0usize;
        let mut got = Vec::new();
        let (mut waiting, mut reads) = (0, 0);
        // Times of each clock's next rising edge.
        let (mut tw, mut tr) = (0u64, 3u64);
        while got.len() < sent.len() {
            assert!(tw.min(tr) < 200_000, "stuck after {} entries", got.len());
            let (w, r) = (tw <= tr, tr <= tw);
            let mut wrote = false;
            if w {
                wrote = next < sent.len() && rng.gen_bool(p_write) && !q.full.val();
                q.write.next = wrote;
                if wrote {
                    let tag = Bits::<W>::from(next as u64 & 0x1FF) << 64;
                    q.data_in.next = Bits::<W>::from(sent[next]) | tag;
                }
            }
            if r {
                reads += 1;
                waiting += usize::from(!q.empty.val());
                let read = rng.gen_bool(p_read) && !q.empty.val();
                q.read.next = read;
                if read {
                    let v = q.data_out.val();
                    got.push((v.get_bits::<64>(0).to_u64(), v.get_bits::<9>(64).to_u64()));
                }
            }
            settle(&mut q);
            if w {
                q.write_clock.next = Clock { clk: true };
            }
            if r {
                q.read_clock.next = Clock { clk: true };
            }
            settle(&mut q);
            q.write_clock.next = Clock { clk: false };
            q.read_clock.next = Clock { clk: false };
            settle(&mut q);
            if wrote {
                next += 1;
            }
            if w {
                tw += write_period;
            }
            if r {
                tr += read_period;
            }
        }
        for (i, (v, tag)) in got.iter().enumerate() {
            assert_eq!((*v, *tag), (sent[i], i as u64 & 0x1FF), "entry {i}");
        }
        (waiting, reads)
    }

    #[test]
    fn entries_cross_whole_and_in_order_whatever_the_clocks() {
        // The board's crossings: MACs 8 ns against the core's 24 ns and back; RXC
        // against the MACs' clock at two phases; and random gaps and stalls.
        cross::<73>(8, 24, 0.7, 0.6, 1);
        cross::<74>(24, 8, 0.7, 0.6, 2);
        cross::<73>(8, 8, 0.5, 0.9, 3);
        cross::<73>(7, 9, 0.9, 0.5, 4);
    }

    #[test]
    fn one_entry_a_clock_flows_through_at_equal_clocks() {
        // RXC and the MACs' clock at the same rate: a symbol in and out every clock,
        // so the reader must find one waiting on (nearly) every clock once started.
        let (waiting, reads) = cross::<73>(8, 8, 1.0, 1.0, 5);
        assert!(
            waiting + 8 >= reads,
            "the reader found an entry on {waiting} of {reads} clocks"
        );
    }

    #[test]
    fn verilog_lints() {
        let mut q = GrayFifo::<Bits<10>, 4, 5>::default();
        q.connect_all();
        verilator_lint("gray_fifo", &generate_verilog(&q)).unwrap();
    }
}
