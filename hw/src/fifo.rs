//! Synchronous FIFO with AXI-Stream handshakes on both sides, first word falling
//! through: `m_valid` rises the cycle after a write into an empty FIFO, and one item
//! moves in and one out every clock when both sides are ready.
//!
//! Items live in a LUT RAM ([`Ram::lut`]) of `2^A` words whose asynchronous read puts
//! the head on `m_data` directly, so there is no output buffer to fill and no copy of
//! the item in registers: capacity is `2^A`, and the head stays on `m_data` until it
//! is taken.

use crate::ram::Ram;
use rust_hdl::prelude::*;

/// A FIFO of `2^A` items of `D`; `A1` must be `A + 1`.
#[derive(LogicBlock)]
pub struct Fifo<D: Synth, const A: usize, const A1: usize> {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // stream in
    /// Item in.
    pub s_data: Signal<In, D>,
    /// Item in valid.
    pub s_valid: Signal<In, Bit>,
    /// Room for an item.
    pub s_ready: Signal<Out, Bit>,
    // stream out
    /// Item out.
    pub m_data: Signal<Out, D>,
    /// Item out valid.
    pub m_valid: Signal<Out, Bit>,
    /// Consumer takes the item.
    pub m_ready: Signal<In, Bit>,
    // status
    /// Items held.
    pub count: Signal<Out, Bits<A1>>,
    // registers and locals
    ram: Ram<D, A>,
    wp: DFF<Bits<A1>>,
    rp: DFF<Bits<A1>>,
    used: Signal<Local, Bits<A1>>,
    push: Signal<Local, Bit>,
    depth: Constant<Bits<A1>>,
}

impl<D: Synth, const A: usize, const A1: usize> Default for Fifo<D, A, A1> {
    fn default() -> Self {
        assert_eq!(A1, A + 1, "Fifo: A1 must be A + 1");
        Fifo {
            clock: Default::default(),
            s_data: Default::default(),
            s_valid: Default::default(),
            s_ready: Default::default(),
            m_data: Default::default(),
            m_valid: Default::default(),
            m_ready: Default::default(),
            count: Default::default(),
            ram: Ram::lut(),
            wp: Default::default(),
            rp: Default::default(),
            used: Default::default(),
            push: Default::default(),
            depth: Constant::new((1u64 << A).into()),
        }
    }
}

impl<D: Synth, const A: usize, const A1: usize> Logic for Fifo<D, A, A1> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, wp, rp);
        clock!(self, clock, ram);
        self.used.next = self.wp.q.val() - self.rp.q.val();
        // Write side.
        self.s_ready.next = self.used.val() != self.depth.val();
        self.ram.waddr.next = bit_cast::<A, A1>(self.wp.q.val());
        self.ram.wdata.next = self.s_data.val();
        self.push.next = self.s_valid.val() & (self.used.val() != self.depth.val());
        self.ram.we.next = self.push.val();
        if self.push.val() {
            self.wp.d.next = self.wp.q.val() + 1;
        }
        // Read side: the head, straight from the RAM.
        self.ram.raddr.next = bit_cast::<A, A1>(self.rp.q.val());
        self.m_data.next = self.ram.rdata.val();
        self.m_valid.next = self.used.val() != 0;
        if self.m_ready.val() & (self.used.val() != 0) {
            self.rp.d.next = self.rp.q.val() + 1;
        }
        self.count.next = self.used.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_verilog;
    use crate::tick;
    use rand::{Rng, SeedableRng};

    fn run(p_in: f64, p_out: f64, n: u64, seed: u64) -> u64 {
        let mut uut: Fifo<Bits<24>, 3, 4> = Default::default();
        uut.connect_all();
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let (mut sent, mut got, mut cycles) = (0u64, 0u64, 0u64);
        while got < n {
            // Drive inputs for this cycle from the outputs of the last.
            let offer = sent < n && rng.gen_bool(p_in);
            uut.s_valid.next = offer;
            uut.s_data.next = (sent * 7 + 1).into();
            let take = rng.gen_bool(p_out);
            uut.m_ready.next = take;
            crate::testing::settle(&mut uut);
            if offer && uut.s_ready.val() {
                sent += 1;
            }
            if take && uut.m_valid.val() {
                assert_eq!(uut.m_data.val().to_u64(), got * 7 + 1, "item {got}");
                got += 1;
            }
            assert!(uut.count.val().to_u64() <= 8);
            tick!(uut);
            cycles += 1;
            assert!(cycles < 100 * n + 100, "stuck");
        }
        cycles
    }

    #[test]
    fn in_order_no_loss_under_random_handshakes() {
        for (i, (pi, po)) in [(1.0, 1.0), (0.5, 1.0), (1.0, 0.3), (0.7, 0.6), (0.2, 0.9)]
            .into_iter()
            .enumerate()
        {
            run(pi, po, 300, i as u64);
        }
    }

    #[test]
    fn full_throughput_when_both_sides_ready() {
        let cycles = run(1.0, 1.0, 200, 1);
        assert!(cycles <= 202, "{cycles} cycles for 200 items");
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut: Fifo<Bits<700>, 5, 6> = Default::default();
        uut.connect_all();
        check_verilog("fifo", &uut);
    }
}
