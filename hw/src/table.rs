//! A two-bank cuckoo hash table in block RAM: the flow table and the service table.
//!
//! An entry of `EB` bits is a key (bits `[0, KB)`), a valid bit (bit `KB`) and a payload
//! (bits `(KB, EB)`). The keys and valid bits live in `R` = 2 x ways key RAMs of `2^A`
//! words, one per (bank, way): key RAM `bank * ways + way` holds that way of every
//! bucket of the bank. The payloads live in one RAM indexed by the flat slot number
//! `(bank * buckets + bucket) * ways + way`.
//!
//! A lookup reads bucket `b0` of bank 0 and `b1` of bank 1 from every key RAM in the
//! same clock and compares each stored key and valid bit with the key, one registered
//! match bit per way; in the next clock the first match in the order bank 0 way 0, 1,
//! ..., bank 1 way 0, ... wins — the model's order, which only matters while a cuckoo
//! move leaves two identical copies — and the winner's slot number addresses the payload
//! RAM. So only the key bits of the ways meet in the comparators, no wide select over
//! the ways' payloads exists, and no path runs from a key RAM's output through the
//! compares into the payload RAM's address (on ECP5 that was the core clock's longest
//! path, 23.8 ns, and the placer packed it into the design's most congested spot).
//! Results appear three clocks after the address.
//!
//! Writes (from the command port) name one (bank, bucket, way). The payload RAM's write
//! follows the key RAM's by two clocks, as its read follows theirs: a lookup sees the
//! key and the payload of the same moment. A read for a command (`t_read`) travels as
//! a lookup whose (bank, way) `t_sel` picks the entry returned, key RAM and payload.

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

/// Entries of `EB` bits, keys of `KB` bits, `2^A` buckets per bank, `R` = 2 x ways key
/// RAMs; `KW` = `KB + 1` (key and valid bit) and `PB` = `EB - KB - 1` (payload) are the
/// RAM widths, given because stable Rust cannot compute them from `EB` and `KB`.
#[derive(LogicBlock)]
pub struct CuckooTable<
    const EB: usize,
    const KB: usize,
    const A: usize,
    const R: usize,
    const KW: usize,
    const PB: usize,
> {
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
    /// This lookup is a command read: `entry` returns the entry `t_sel` names (both
    /// buckets must then be the one to read).
    pub t_read: Signal<In, Bit>,
    /// Bank (bit 3) and way (bits 2:0) whose entry a command read returns.
    pub t_sel: Signal<In, Bits<4>>,
    // results, three clocks after the lookup
    /// A valid entry matched.
    pub hit: Signal<Out, Bit>,
    /// Flat slot number of the match: `(bank * buckets + bucket) * ways + way`.
    pub hit_slot: Signal<Out, Bits<20>>,
    /// Every way of both candidate buckets is valid.
    pub full: Signal<Out, Bit>,
    /// The matching entry (a lookup with `hit`; without it the payload means nothing)
    /// or the entry `t_sel` names (a command read).
    pub entry: Signal<Out, Bits<EB>>,
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
    keys: [Ram<Bits<KW>, A>; R],
    payloads: Ram<Bits<PB>, 20>,
    key1: DFF<Bits<KB>>,
    b0_1: DFF<Bits<A>>,
    b1_1: DFF<Bits<A>>,
    sel1: DFF<Bits<4>>,
    rd1: DFF<Bit>,
    m2: DFF<Bits<16>>,
    av2: DFF<Bit>,
    want2: DFF<Bits<KW>>,
    tkey2: DFF<Bits<KW>>,
    b0_2: DFF<Bits<A>>,
    b1_2: DFF<Bits<A>>,
    sel2: DFF<Bits<4>>,
    rd2: DFF<Bit>,
    r_hit: DFF<Bit>,
    r_slot: DFF<Bits<20>>,
    r_full: DFF<Bit>,
    r_key: DFF<Bits<KW>>,
    pw_en: DFF<Bit>,
    pw_slot: DFF<Bits<20>>,
    pw_data: DFF<Bits<PB>>,
    pw2_en: DFF<Bit>,
    pw2_slot: DFF<Bits<20>>,
    pw2_data: DFF<Bits<PB>>,
    e: Signal<Local, Bits<KW>>,
    way_hits: Signal<Local, Bits<16>>,
    found: Signal<Local, Bit>,
    all_valid: Signal<Local, Bit>,
    way: Signal<Local, Bits<4>>,
    pick: Signal<Local, Bits<4>>,
    t_key: Signal<Local, Bits<KW>>,
    bucket: Signal<Local, Bits<20>>,
    slot: Signal<Local, Bits<20>>,
    w_bucket_bank: Signal<Local, Bits<20>>,
    w_onehot: Signal<Local, Bits<16>>,
    want: Signal<Local, Bits<KW>>,
    idx: Constant<Bits<64>>,
    ways: Constant<Bits<4>>,
    log2_ways: Constant<Bits<4>>,
    log2_buckets: Constant<Bits<5>>,
    payload_at: Constant<Bits<8>>,
    valid_bit: Constant<Bits<KW>>,
    bank1_rams: Constant<Bits<16>>,
}

impl<
        const EB: usize,
        const KB: usize,
        const A: usize,
        const R: usize,
        const KW: usize,
        const PB: usize,
    > Default for CuckooTable<EB, KB, A, R, KW, PB>
{
    fn default() -> Self {
        assert!(
            R == 2 || R == 4 || R == 8 || R == 16,
            "R = 2 x ways, ways a power of two"
        );
        assert!(KB < EB && KB < 255, "the valid bit follows the key");
        assert!(
            KW == KB + 1 && PB == EB - KB - 1,
            "KW = KB + 1, PB = EB - KB - 1"
        );
        let slot_bits = A + R.trailing_zeros() as usize;
        assert!(slot_bits <= 20, "slot numbers are 20 bits");
        CuckooTable {
            clock: Default::default(),
            l_bucket0: Default::default(),
            l_bucket1: Default::default(),
            l_key: Default::default(),
            t_read: Default::default(),
            t_sel: Default::default(),
            hit: Default::default(),
            hit_slot: Default::default(),
            full: Default::default(),
            entry: Default::default(),
            w_en: Default::default(),
            w_ram: Default::default(),
            w_bucket: Default::default(),
            w_data: Default::default(),
            keys: std::array::from_fn(|_| Default::default()),
            payloads: Ram::with_depth(slot_bits),
            key1: Default::default(),
            b0_1: Default::default(),
            b1_1: Default::default(),
            sel1: Default::default(),
            rd1: Default::default(),
            m2: Default::default(),
            av2: Default::default(),
            want2: Default::default(),
            tkey2: Default::default(),
            b0_2: Default::default(),
            b1_2: Default::default(),
            sel2: Default::default(),
            rd2: Default::default(),
            r_hit: Default::default(),
            r_slot: Default::default(),
            r_full: Default::default(),
            r_key: Default::default(),
            pw_en: Default::default(),
            pw_slot: Default::default(),
            pw_data: Default::default(),
            pw2_en: Default::default(),
            pw2_slot: Default::default(),
            pw2_data: Default::default(),
            e: Default::default(),
            way_hits: Default::default(),
            found: Default::default(),
            all_valid: Default::default(),
            way: Default::default(),
            pick: Default::default(),
            t_key: Default::default(),
            bucket: Default::default(),
            slot: Default::default(),
            w_bucket_bank: Default::default(),
            w_onehot: Default::default(),
            want: Default::default(),
            idx: Constant::new(index_table()),
            ways: Constant::new(((R / 2) as u64).into()),
            log2_ways: Constant::new(((R / 2).trailing_zeros() as u64).into()),
            log2_buckets: Constant::new((A as u64).into()),
            payload_at: Constant::new((KW as u64).into()),
            valid_bit: Constant::new(Bits::<KW>::default().replace_bit(KB, true)),
            bank1_rams: Constant::new((((1u64 << R) - 1) & !((1u64 << (R / 2)) - 1)).into()),
        }
    }
}

impl<
        const EB: usize,
        const KB: usize,
        const A: usize,
        const R: usize,
        const KW: usize,
        const PB: usize,
    > Logic for CuckooTable<EB, KB, A, R, KW, PB>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, key1, b0_1, b1_1, sel1, rd1, m2, av2, want2, tkey2, b0_2, b1_2, sel2, rd2,
            r_hit, r_slot, r_full, r_key, pw_en, pw_slot, pw_data, pw2_en, pw2_slot, pw2_data
        );
        self.key1.d.next = self.l_key.val();
        self.b0_1.d.next = self.l_bucket0.val();
        self.b1_1.d.next = self.l_bucket1.val();
        self.sel1.d.next = self.t_sel.val();
        self.rd1.d.next = self.t_read.val();
        self.w_onehot.next = bit_cast::<16, 1>(true.into()) << self.w_ram.val();
        // Stored key and valid bit must equal the key with valid set.
        self.want.next = bit_cast::<KW, KB>(self.key1.q.val()) | self.valid_bit.val();
        self.all_valid.next = true;
        self.way_hits.next = 0.into();
        self.t_key.next = 0.into();
        for i in 0..R {
            self.keys[i].clock.next = self.clock.val();
            // RAMs 0..ways are bank 0.
            if self.bank1_rams.val().get_bit(i) {
                self.keys[i].raddr.next = self.l_bucket1.val();
            } else {
                self.keys[i].raddr.next = self.l_bucket0.val();
            }
            self.keys[i].waddr.next = self.w_bucket.val();
            self.keys[i].wdata.next = bit_cast::<KW, EB>(self.w_data.val());
            self.keys[i].we.next = self.w_en.val() & self.w_onehot.val().get_bit(i);
            self.e.next = self.keys[i].rdata.val();
            self.all_valid.next =
                self.all_valid.val() & (self.e.val() & self.valid_bit.val()).any();
            if self.e.val() == self.want.val() {
                self.way_hits.next = self.way_hits.val()
                    | (bit_cast::<16, 1>(true.into()) << self.idx.val().get_bits::<4>(4 * i));
            }
            if self.sel1.q.val() == self.idx.val().get_bits::<4>(4 * i) {
                self.t_key.next = self.e.val();
            }
        }
        // The compares' outcome, registered with what the next clock needs.
        self.m2.d.next = self.way_hits.val();
        self.av2.d.next = self.all_valid.val();
        self.want2.d.next = self.want.val();
        self.tkey2.d.next = self.t_key.val();
        self.b0_2.d.next = self.b0_1.q.val();
        self.b1_2.d.next = self.b1_1.q.val();
        self.sel2.d.next = self.sel1.q.val();
        self.rd2.d.next = self.rd1.q.val();
        // Next clock: the first match wins.
        self.found.next = false;
        self.way.next = 0.into();
        for i in 0..R {
            if !self.found.val() & self.m2.q.val().get_bit(i) {
                self.found.next = true;
                self.way.next = self.idx.val().get_bits::<4>(4 * i);
            }
        }
        // Slot of the winning way (or of the way a command read names): bank = RAM
        // index >= ways; bucket of that bank.
        self.pick.next = self.way.val();
        if self.rd2.q.val() {
            self.pick.next = self.sel2.q.val();
        }
        if self.pick.val() < self.ways.val() {
            self.bucket.next = bit_cast::<20, A>(self.b0_2.q.val());
        } else {
            self.bucket.next = bit_cast::<20, A>(self.b1_2.q.val())
                | (bit_cast::<20, 1>(true.into()) << self.log2_buckets.val());
        }
        self.slot.next = (self.bucket.val() << self.log2_ways.val())
            | (bit_cast::<20, 4>(self.pick.val()) & (bit_cast::<20, 4>(self.ways.val()) - 1));
        self.payloads.clock.next = self.clock.val();
        self.payloads.raddr.next = self.slot.val();
        // The payload write, two clocks behind the key write.
        self.w_bucket_bank.next = bit_cast::<20, A>(self.w_bucket.val());
        if self.w_ram.val() >= self.ways.val() {
            self.w_bucket_bank.next = bit_cast::<20, A>(self.w_bucket.val())
                | (bit_cast::<20, 1>(true.into()) << self.log2_buckets.val());
        }
        self.pw_en.d.next = self.w_en.val();
        self.pw_slot.d.next = (self.w_bucket_bank.val() << self.log2_ways.val())
            | (bit_cast::<20, 4>(self.w_ram.val()) & (bit_cast::<20, 4>(self.ways.val()) - 1));
        self.pw_data.d.next = bit_cast::<PB, EB>(self.w_data.val() >> self.payload_at.val());
        self.pw2_en.d.next = self.pw_en.q.val();
        self.pw2_slot.d.next = self.pw_slot.q.val();
        self.pw2_data.d.next = self.pw_data.q.val();
        self.payloads.we.next = self.pw2_en.q.val();
        self.payloads.waddr.next = self.pw2_slot.q.val();
        self.payloads.wdata.next = self.pw2_data.q.val();
        // Results.
        self.r_hit.d.next = self.found.val();
        self.r_slot.d.next = self.slot.val();
        self.r_full.d.next = self.av2.q.val();
        self.r_key.d.next = self.want2.q.val();
        if self.rd2.q.val() {
            self.r_key.d.next = self.tkey2.q.val();
        }
        self.hit.next = self.r_hit.q.val();
        self.hit_slot.next = self.r_slot.q.val();
        self.full.next = self.r_full.q.val();
        self.entry.next = bit_cast::<EB, KW>(self.r_key.q.val())
            | (bit_cast::<EB, PB>(self.payloads.rdata.val()) << self.payload_at.val());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_verilog;
    use crate::tick;
    use rand::{Rng, SeedableRng};

    type T = CuckooTable<40, 24, 3, 4, 25, 15>; // 2 banks x 8 buckets x 2 ways

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
        tick!(*uut);
        (
            uut.hit.val(),
            uut.entry.val().to_u64() >> 25,
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
        // Every slot's last written entry, valid or not.
        let mut raw = std::collections::HashMap::new();
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
            raw.insert(slot, key | (valid as u64) << 24 | payload << 25);
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
        // Command reads return each slot's entry, whatever its key or valid bit.
        for slot in 0..32u64 {
            let (bank, bucket, way) = (slot / 16, (slot / 2) % 8, slot % 2);
            uut.l_bucket0.next = bucket.into();
            uut.l_bucket1.next = bucket.into();
            uut.t_sel.next = (bank * 2 + way).into();
            uut.t_read.next = true;
            tick!(uut);
            uut.t_read.next = false;
            tick!(uut);
            tick!(uut);
            let want = raw.get(&slot).copied().unwrap_or(0);
            assert_eq!(uut.entry.val().to_u64(), want, "read of slot {slot}");
        }
    }

    #[test]
    fn a_lookup_beside_a_write_sees_one_entry_whole() {
        let mut uut = T::default();
        uut.connect_all();
        // Bank 1, bucket 5, way 1 holds key 3 with payload 100.
        write(&mut uut, 3, 5, 3, 100, true);
        // The slot is rewritten (key 4, payload 200) at the clock edge that reads the
        // key RAMs for a lookup of key 3: the lookup sees the old entry, key and payload.
        uut.l_bucket0.next = 0.into();
        uut.l_bucket1.next = 5.into();
        uut.l_key.next = 3.into();
        write(&mut uut, 3, 5, 4, 200, true);
        tick!(uut);
        tick!(uut);
        assert!(uut.hit.val());
        assert_eq!(uut.entry.val().to_u64() >> 25, 100);
        assert_eq!(uut.hit_slot.val().to_u64(), (8 + 5) * 2 + 1);
        // The next lookup sees the new one.
        assert!(!lookup(&mut uut, 0, 5, 3).0);
        let (hit, payload, _, _) = lookup(&mut uut, 0, 5, 4);
        assert!(hit && payload == 200);
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut: CuckooTable<252, 104, 9, 8, 105, 147> = Default::default();
        uut.connect_all();
        check_verilog("cuckoo_table", &uut);
    }
}
