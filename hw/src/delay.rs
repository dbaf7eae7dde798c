//! A fixed delay of `N` clocks (a chain of registers), for the fields that travel
//! beside a stage's own pipeline.

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
}
