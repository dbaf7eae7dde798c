//! A two-bank cuckoo hash table in block RAM: the flow table and the service table.
//!
//! `R` = 2 x ways RAMs of `2^A` words each, one per (bank, way): RAM `bank * ways + way`
//! holds that way of every bucket of the bank. A lookup reads bucket `b0` of bank 0 and
//! `b1` of bank 1 in the same clock (every way in parallel) and compares the stored key
//! (entry bits `[0, KB)`) and valid bit (entry bit `KB`) with the key; the first hit in
//! the order bank 0 way 0, 1, ..., bank 1 way 0, ... wins — the model's order, which
//! only matters while a cuckoo move leaves two identical copies. Results appear two
//! clocks after the address (registered RAM read, registered compare).
//!
//! Writes (from the command port) name one (bank, bucket, way). A read for a command
//! travels as a lookup whose (bank, way) selects the entry returned in `t_entry`.

use crate::ram::Ram;
use rust_hdl::prelude::*;

/// Index constants 0..16 packed 4 bits each, for priority encoders (rust-hdl has no
/// usize-to-Bits conversion inside `hdl_gen`).
fn index_table() -> Bits<64> {
    let mut v: u64 = 0;
    for i in 0..16u64 {
        v |= i << (4 * i);
    }
    v.into()
}

/// Entries of `EB` bits, keys of `KB` bits, `2^A` buckets per bank, `R` = 2 x ways RAMs.
#[derive(LogicBlock)]
pub struct CuckooTable<const EB: usize, const KB: usize, const A: usize, const R: usize> {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // lookup
    /// Bucket in bank 0.
    pub l_bucket0: Signal<In, Bits<A>>,
    /// Bucket in bank 1.
    pub l_bucket1: Signal<In, Bits<A>>,
    /// Key to match (entry layout), presented with the buckets.
    pub l_key: Signal<In, Bits<KB>>,
    /// Bank (bit 3) and way (bits 2:0) whose entry `t_entry` returns.
    pub t_sel: Signal<In, Bits<4>>,
    // results, two clocks after the lookup
    /// A valid entry matched.
    pub hit: Signal<Out, Bit>,
    /// The matching entry.
    pub hit_entry: Signal<Out, Bits<EB>>,
    /// Flat slot number of the match: `(bank * buckets + bucket) * ways + way`.
    pub hit_slot: Signal<Out, Bits<20>>,
    /// Every way of both candidate buckets is valid.
    pub full: Signal<Out, Bit>,
    /// The entry selected by `t_sel`.
    pub t_entry: Signal<Out, Bits<EB>>,
    // write port
    /// Write enable.
    pub w_en: Signal<In, Bit>,
    /// RAM to write: `bank * ways + way`.
    pub w_ram: Signal<In, Bits<4>>,
    /// Bucket to write.
    pub w_bucket: Signal<In, Bits<A>>,
    /// Entry to write.
    pub w_data: Signal<In, Bits<EB>>,
    // registers and locals
    rams: [Ram<Bits<EB>, A>; R],
    key1: DFF<Bits<KB>>,
    b0_1: DFF<Bits<A>>,
    b1_1: DFF<Bits<A>>,
    sel1: DFF<Bits<4>>,
    r_hit: DFF<Bit>,
    r_entry: DFF<Bits<EB>>,
    r_slot: DFF<Bits<20>>,
    r_full: DFF<Bit>,
    r_t: DFF<Bits<EB>>,
    e: Signal<Local, Bits<EB>>,
    found: Signal<Local, Bit>,
    all_valid: Signal<Local, Bit>,
    way: Signal<Local, Bits<4>>,
    entry: Signal<Local, Bits<EB>>,
    t_entry_now: Signal<Local, Bits<EB>>,
    bucket: Signal<Local, Bits<20>>,
    w_onehot: Signal<Local, Bits<16>>,
    want: Signal<Local, Bits<EB>>,
    idx: Constant<Bits<64>>,
    ways: Constant<Bits<4>>,
    log2_ways: Constant<Bits<4>>,
    log2_buckets: Constant<Bits<5>>,
    key_mask: Constant<Bits<EB>>,
    valid_bit: Constant<Bits<EB>>,
    bank1_rams: Constant<Bits<16>>,
}

impl<const EB: usize, const KB: usize, const A: usize, const R: usize> Default
    for CuckooTable<EB, KB, A, R>
{
    fn default() -> Self {
        assert!(
            R == 2 || R == 4 || R == 8 || R == 16,
            "R = 2 x ways, ways a power of two"
        );
        assert!(KB < EB, "the valid bit follows the key");
        let mut key_mask: Bits<EB> = Bits::default();
        for b in 0..=KB {
            key_mask = key_mask.replace_bit(b, true);
        }
        CuckooTable {
            clock: Default::default(),
            l_bucket0: Default::default(),
            l_bucket1: Default::default(),
            l_key: Default::default(),
            t_sel: Default::default(),
            hit: Default::default(),
            hit_entry: Default::default(),
            hit_slot: Default::default(),
            full: Default::default(),
            t_entry: Default::default(),
            w_en: Default::default(),
            w_ram: Default::default(),
            w_bucket: Default::default(),
            w_data: Default::default(),
            rams: std::array::from_fn(|_| Default::default()),
            key1: Default::default(),
            b0_1: Default::default(),
            b1_1: Default::default(),
            sel1: Default::default(),
            r_hit: Default::default(),
            r_entry: Default::default(),
            r_slot: Default::default(),
            r_full: Default::default(),
            r_t: Default::default(),
            e: Default::default(),
            found: Default::default(),
            all_valid: Default::default(),
            way: Default::default(),
            entry: Default::default(),
            t_entry_now: Default::default(),
            bucket: Default::default(),
            w_onehot: Default::default(),
            want: Default::default(),
            idx: Constant::new(index_table()),
            ways: Constant::new(((R / 2) as u64).into()),
            log2_ways: Constant::new(((R / 2).trailing_zeros() as u64).into()),
            log2_buckets: Constant::new((A as u64).into()),
            key_mask: Constant::new(key_mask),
            valid_bit: Constant::new(Bits::<EB>::default().replace_bit(KB, true)),
            bank1_rams: Constant::new((((1u64 << R) - 1) & !((1u64 << (R / 2)) - 1)).into()),
        }
    }
}

impl<const EB: usize, const KB: usize, const A: usize, const R: usize> Logic
    for CuckooTable<EB, KB, A, R>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, key1, b0_1, b1_1, sel1, r_hit, r_entry, r_slot, r_full, r_t);
        self.key1.d.next = self.l_key.val();
        self.b0_1.d.next = self.l_bucket0.val();
        self.b1_1.d.next = self.l_bucket1.val();
        self.sel1.d.next = self.t_sel.val();
        self.w_onehot.next = bit_cast::<16, 1>(true.into()) << self.w_ram.val();
        // Stored key and valid bit must equal the key with valid set.
        self.want.next = bit_cast::<EB, KB>(self.key1.q.val()) | self.valid_bit.val();
        self.found.next = false;
        self.all_valid.next = true;
        self.way.next = 0.into();
        self.entry.next = 0.into();
        self.t_entry_now.next = 0.into();
        for i in 0..R {
            self.rams[i].clock.next = self.clock.val();
            // RAMs 0..ways are bank 0.
            if self.bank1_rams.val().get_bit(i) {
                self.rams[i].raddr.next = self.l_bucket1.val();
            } else {
                self.rams[i].raddr.next = self.l_bucket0.val();
            }
            self.rams[i].waddr.next = self.w_bucket.val();
            self.rams[i].wdata.next = self.w_data.val();
            self.rams[i].we.next = self.w_en.val() & self.w_onehot.val().get_bit(i);
            self.e.next = self.rams[i].rdata.val();
            self.all_valid.next =
                self.all_valid.val() & (self.e.val() & self.valid_bit.val()).any();
            if !self.found.val() & ((self.e.val() & self.key_mask.val()) == self.want.val()) {
                self.found.next = true;
                self.way.next = self.idx.val().get_bits::<4>(4 * i);
                self.entry.next = self.e.val();
            }
            if self.sel1.q.val() == self.idx.val().get_bits::<4>(4 * i) {
                self.t_entry_now.next = self.e.val();
            }
        }
        // Slot: bank = way index >= ways; bucket of that bank.
        if self.way.val() < self.ways.val() {
            self.bucket.next = bit_cast::<20, A>(self.b0_1.q.val());
        } else {
            self.bucket.next = bit_cast::<20, A>(self.b1_1.q.val())
                | (bit_cast::<20, 1>(true.into()) << self.log2_buckets.val());
        }
        self.r_hit.d.next = self.found.val();
        self.r_entry.d.next = self.entry.val();
        self.r_slot.d.next = (self.bucket.val() << self.log2_ways.val())
            | (bit_cast::<20, 4>(self.way.val()) & (bit_cast::<20, 4>(self.ways.val()) - 1));
        self.r_full.d.next = self.all_valid.val();
        self.r_t.d.next = self.t_entry_now.val();
        self.hit.next = self.r_hit.q.val();
        self.hit_entry.next = self.r_entry.q.val();
        self.hit_slot.next = self.r_slot.q.val();
        self.full.next = self.r_full.q.val();
        self.t_entry.next = self.r_t.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_verilog;
    use crate::tick;
    use rand::{Rng, SeedableRng};

    type T = CuckooTable<40, 24, 3, 4>; // 2 banks x 8 buckets x 2 ways

    fn write(uut: &mut T, ram: u64, bucket: u64, key: u64, payload: u64, valid: bool) {
        uut.w_en.next = true;
        uut.w_ram.next = ram.into();
        uut.w_bucket.next = bucket.into();
        uut.w_data.next = (key | (valid as u64) << 24 | payload << 25).into();
        tick!(*uut);
        uut.w_en.next = false;
    }

    fn lookup(uut: &mut T, b0: u64, b1: u64, key: u64) -> (bool, u64, u64, bool) {
        uut.l_bucket0.next = b0.into();
        uut.l_bucket1.next = b1.into();
        uut.l_key.next = key.into();
        tick!(*uut);
        tick!(*uut);
        (
            uut.hit.val(),
            uut.hit_entry.val().to_u64() >> 25,
            uut.hit_slot.val().to_u64(),
            uut.full.val(),
        )
    }

    #[test]
    fn finds_keys_in_either_bank_with_model_priority() {
        let mut uut = T::default();
        uut.connect_all();
        // Shadow: slot -> (key, payload); slot = (bank*8 + bucket)*2 + way.
        let mut shadow = std::collections::HashMap::new();
        let mut rng = rand::rngs::StdRng::seed_from_u64(5);
        for _ in 0..60 {
            let (bank, bucket, way) = (
                rng.gen_range(0..2u64),
                rng.gen_range(0..8u64),
                rng.gen_range(0..2u64),
            );
            let key = rng.gen_range(0..6u64);
            let payload = rng.gen_range(0..1000u64);
            let valid = rng.gen_bool(0.8);
            write(&mut uut, bank * 2 + way, bucket, key, payload, valid);
            let slot = (bank * 8 + bucket) * 2 + way;
            if valid {
                shadow.insert(slot, (key, payload));
            } else {
                shadow.remove(&slot);
            }
            for _ in 0..4 {
                let (b0, b1, key) = (
                    rng.gen_range(0..8u64),
                    rng.gen_range(0..8u64),
                    rng.gen_range(0..6u64),
                );
                let cand = [b0 * 2, b0 * 2 + 1, (8 + b1) * 2, (8 + b1) * 2 + 1];
                let want = cand
                    .iter()
                    .find_map(|s| shadow.get(s).filter(|e| e.0 == key).map(|e| (*s, e.1)));
                let full = cand.iter().all(|s| shadow.contains_key(s));
                let (hit, payload, slot, f) = lookup(&mut uut, b0, b1, key);
                assert_eq!(f, full);
                match want {
                    Some((s, p)) => assert!(hit && slot == s && payload == p, "key {key}"),
                    None => assert!(!hit, "key {key} found at {slot}"),
                }
            }
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut: CuckooTable<252, 104, 9, 8> = Default::default();
        uut.connect_all();
        check_verilog("cuckoo_table", &uut);
    }
}
