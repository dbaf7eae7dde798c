//! Conversions between AXI-Stream `tkeep` and a byte count.
//!
//! Inside the pipeline a beat carries the number of valid bytes (1..=W) instead of a
//! `tkeep` mask: lengths add and compare, masks do not. `tkeep` is contiguous from
//! bit 0 (AXI-Stream without null or position bytes), so `tkeep + 1` is a power of two
//! and the count is the index of its single set bit — a one-hot to binary encoder made
//! of constant masks, since rust-hdl cannot accumulate in a loop.

use rust_hdl::prelude::*;

/// `tkeep` (W bits) to a byte count; `W1` must be `W + 1`.
#[derive(LogicBlock)]
pub struct KeepCount<const W: usize, const W1: usize> {
    /// The mask (contiguous from bit 0).
    pub keep: Signal<In, Bits<W>>,
    /// Number of ones (0..=W).
    pub count: Signal<Out, Bits<8>>,
    onehot: Signal<Local, Bits<W1>>,
    m0: Constant<Bits<W1>>,
    m1: Constant<Bits<W1>>,
    m2: Constant<Bits<W1>>,
    m3: Constant<Bits<W1>>,
    m4: Constant<Bits<W1>>,
    m5: Constant<Bits<W1>>,
    m6: Constant<Bits<W1>>,
}

fn index_mask<const W1: usize>(bit: usize) -> Bits<W1> {
    let mut m: Bits<W1> = Bits::default();
    for j in 0..W1 {
        if j >> bit & 1 == 1 {
            m = m.replace_bit(j, true);
        }
    }
    m
}

impl<const W: usize, const W1: usize> Default for KeepCount<W, W1> {
    fn default() -> Self {
        assert_eq!(W1, W + 1, "KeepCount: W1 must be W + 1");
        assert!(W <= 127, "KeepCount: at most 127 bytes per beat");
        KeepCount {
            keep: Default::default(),
            count: Default::default(),
            onehot: Default::default(),
            m0: Constant::new(index_mask(0)),
            m1: Constant::new(index_mask(1)),
            m2: Constant::new(index_mask(2)),
            m3: Constant::new(index_mask(3)),
            m4: Constant::new(index_mask(4)),
            m5: Constant::new(index_mask(5)),
            m6: Constant::new(index_mask(6)),
        }
    }
}

impl<const W: usize, const W1: usize> Logic for KeepCount<W, W1> {
    #[hdl_gen]
    fn update(&mut self) {
        self.onehot.next = bit_cast::<W1, W>(self.keep.val()) + 1;
        self.count.next = 0.into();
        self.count.next = self
            .count
            .val()
            .replace_bit(0, (self.onehot.val() & self.m0.val()).any());
        if (self.onehot.val() & self.m1.val()).any() {
            self.count.next = self.count.val() | 2;
        }
        if (self.onehot.val() & self.m2.val()).any() {
            self.count.next = self.count.val() | 4;
        }
        if (self.onehot.val() & self.m3.val()).any() {
            self.count.next = self.count.val() | 8;
        }
        if (self.onehot.val() & self.m4.val()).any() {
            self.count.next = self.count.val() | 16;
        }
        if (self.onehot.val() & self.m5.val()).any() {
            self.count.next = self.count.val() | 32;
        }
        if (self.onehot.val() & self.m6.val()).any() {
            self.count.next = self.count.val() | 64;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{check_verilog, settle};

    #[test]
    fn counts_contiguous_masks() {
        let mut uut: KeepCount<64, 65> = Default::default();
        uut.connect_all();
        for n in 0..=64u32 {
            let mask: Bits<64> = if n == 64 {
                (!0u64).into()
            } else {
                ((1u64 << n) - 1).into()
            };
            uut.keep.next = mask;
            settle(&mut uut);
            assert_eq!(uut.count.val().to_u64(), n as u64);
        }
        check_verilog("keep_count", &uut);
    }
}
