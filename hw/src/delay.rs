//! Fixed delays of `N` clocks, for the fields that travel beside a stage's own
//! pipeline: [`Delay`], a chain of registers, and [`RamDelay`], the same delay in a
//! RAM ring read `N - 1` words behind its writes, for wide fields held many clocks (the
//! header window beside the lookup and scheduling stages: 512 bits x 9 clocks is
//! 4 608 flip-flops as a chain, 512 and a ring of 128 `TRELLIS_DPR16X4` on ECP5).

use crate::ram::Ram;
use rust_hdl::prelude::*;

/// `q` = `d` of `N` clocks ago (`N` >= 1).
#[derive(LogicBlock)]
pub struct Delay<T: Synth, const N: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Input.
    pub d: Signal<In, T>,
    /// Output.
    pub q: Signal<Out, T>,
    regs: [DFF<T>; N],
}

impl<T: Synth, const N: usize> Default for Delay<T, N> {
    fn default() -> Self {
        assert!(N >= 1, "Delay of at least one clock");
        Delay {
            clock: Default::default(),
            d: Default::default(),
            q: Default::default(),
            regs: std::array::from_fn(|_| Default::default()),
        }
    }
}

impl<T: Synth, const N: usize> Logic for Delay<T, N> {
    #[hdl_gen]
    fn update(&mut self) {
        for i in 0..N {
            self.regs[i].clock.next = self.clock.val();
        }
        self.regs[0].d.next = self.d.val();
        for i in 1..N {
            self.regs[i].d.next = self.regs[i - 1].q.val();
        }
        // The last assignment wins: q = regs[N - 1].q (a bare `N - 1` index cannot be
        // translated).
        for i in 0..N {
            self.q.next = self.regs[i].q.val();
        }
    }
}

/// `q` = `d` of `N` clocks ago (2 <= `N` <= 16), from a RAM of 16 words written every
/// clock at a running pointer and read (registered) `N - 1` words behind it: the same
/// outputs as [`Delay`] from the first clock on (the RAM and its read register start
/// at zero as the registers do). On ECP5 it maps to LUT RAM and one register per bit.
#[derive(LogicBlock)]
pub struct RamDelay<T: Synth, const N: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Input.
    pub d: Signal<In, T>,
    /// Output.
    pub q: Signal<Out, T>,
    ring: Ram<T, 4>,
    wp: DFF<Bits<4>>,
    behind: Constant<Bits<4>>,
}

impl<T: Synth, const N: usize> Default for RamDelay<T, N> {
    fn default() -> Self {
        assert!((2..=16).contains(&N), "RamDelay of 2 to 16 clocks");
        RamDelay {
            clock: Default::default(),
            d: Default::default(),
            q: Default::default(),
            ring: Default::default(),
            wp: Default::default(),
            behind: Constant::new(((N - 1) as u64).into()),
        }
    }
}

impl<T: Synth, const N: usize> Logic for RamDelay<T, N> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, wp);
        self.ring.clock.next = self.clock.val();
        // The word written N - 1 clocks ago is read at this edge (a registered read):
        // d of N clocks ago on q. It is rewritten only 16 clocks after.
        self.ring.waddr.next = self.wp.q.val();
        self.ring.wdata.next = self.d.val();
        self.ring.we.next = true;
        self.wp.d.next = self.wp.q.val() + 1;
        self.ring.raddr.next = self.wp.q.val() - self.behind.val();
        self.q.next = self.ring.rdata.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_verilog;
    use crate::tick;

    #[test]
    fn delays_by_n() {
        let mut uut: Delay<Bits<8>, 3> = Default::default();
        uut.connect_all();
        let mut seen = Vec::new();
        for t in 0..10u64 {
            uut.d.next = (t + 1).into();
            tick!(uut);
            seen.push(uut.q.val().to_u64());
        }
        assert_eq!(seen, [0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
        check_verilog("delay", &uut);
    }

    /// The ring gives the chain's outputs clock for clock, at every length it takes.
    fn ring_matches_chain<const N: usize>() {
        let mut chain: Delay<Bits<12>, N> = Default::default();
        let mut ring: RamDelay<Bits<12>, N> = Default::default();
        chain.connect_all();
        ring.connect_all();
        for t in 0..70u64 {
            let v = (t * 37 + 5) & 0xfff;
            chain.d.next = v.into();
            ring.d.next = v.into();
            tick!(chain);
            tick!(ring);
            assert_eq!(ring.q.val(), chain.q.val(), "N = {N}, clock {t}");
        }
        check_verilog("ram_delay", &ring);
    }

    #[test]
    fn ring_delays_as_the_chain() {
        ring_matches_chain::<2>();
        ring_matches_chain::<3>();
        ring_matches_chain::<8>();
        ring_matches_chain::<16>();
    }
}
