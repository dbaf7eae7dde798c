//! The flow hash and the bucket/way geometry of the card's hash tables.
//!
//! **Hash.** CRC-32C (Castagnoli; reflected polynomial `0x82F6_3B78`, initial value
//! `0xFFFF_FFFF`, final XOR `0xFFFF_FFFF`) over the 13-byte key serialisation
//! [`crate::FlowKey::hash_bytes`]: protocol, source address, destination address,
//! source port, destination port, each in network byte order. CRC is linear over GF(2),
//! so in hardware it is one XOR tree per output bit (see [`crc32c_matrix`]), cheap and
//! one result per clock.
//!
//! **Geometry.** A table is two banks (cuckoo hashing with two choices) of
//! `2^log2_buckets` buckets each, a bucket holding `2^log2_ways` entries. A key may live
//! in bucket `hash[15:0] & mask` of bank 0 or bucket `hash[31:16] & mask` of bank 1,
//! in any way. The card reads both candidate buckets in the same clock (one RAM per
//! bank) and compares every way in parallel. Slots are numbered flat:
//! `slot = (bank * buckets + bucket) * ways + way`.

/// CRC-32C, bit-reflected polynomial.
pub const CRC32C_POLY_REFLECTED: u32 = 0x82F6_3B78;

const fn crc32c_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ CRC32C_POLY_REFLECTED
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

static CRC32C_TABLE: [u32; 256] = crc32c_table();

/// CRC-32C of `bytes` (check value: `crc32c(b"123456789") == 0xE306_9283`).
pub fn crc32c(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc = CRC32C_TABLE[((crc ^ b as u32) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

/// The flow hash of a key: CRC-32C over its 13-byte serialisation.
pub fn flow_hash(key: &crate::FlowKey) -> u32 {
    crc32c(&key.hash_bytes())
}

/// The hash as an affine map over GF(2), for hardware: with the key serialisation
/// viewed as a 104-bit vector `x` whose bit `8*i + j` is bit `j` of byte `i`,
/// `hash bit k = parity(x & masks[k]) ^ ((constant >> k) & 1)`.
///
/// Returns `(masks, constant)`; `masks[k]` is a 104-bit mask held in a `u128`.
pub fn crc32c_matrix() -> ([u128; 32], u32) {
    let constant = crc32c(&[0u8; 13]);
    let mut masks = [0u128; 32];
    for bit in 0..104 {
        let mut bytes = [0u8; 13];
        bytes[bit / 8] = 1 << (bit % 8);
        let column = crc32c(&bytes) ^ constant;
        for (k, mask) in masks.iter_mut().enumerate() {
            if column >> k & 1 != 0 {
                *mask |= 1u128 << bit;
            }
        }
    }
    (masks, constant)
}

/// Bucket/way geometry of a two-bank cuckoo hash table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FlowGeometry {
    /// log2 of the number of buckets in each bank (at most 16).
    pub log2_buckets: u8,
    /// log2 of the number of ways per bucket.
    pub log2_ways: u8,
}

/// Number of banks (hash choices) of every table.
pub const BANKS: usize = 2;

impl FlowGeometry {
    /// The narrow build's flow table: 2 x 512 buckets x 4 ways = 4 096 entries.
    pub const NARROW: FlowGeometry = FlowGeometry::new(9, 2);
    /// The wide build's flow table: 2 x 8 192 buckets x 4 ways = 65 536 entries.
    pub const WIDE: FlowGeometry = FlowGeometry::new(13, 2);
    /// The service table: 2 x 64 buckets x 2 ways = 256 services slots.
    pub const SERVICES: FlowGeometry = FlowGeometry::new(6, 1);

    /// A geometry; panics (at compile time in const context) if out of range.
    pub const fn new(log2_buckets: u8, log2_ways: u8) -> Self {
        assert!(log2_buckets <= 16, "bucket index comes from 16 hash bits");
        assert!(log2_ways <= 3, "at most 8 ways are compared in parallel");
        FlowGeometry {
            log2_buckets,
            log2_ways,
        }
    }

    /// Buckets per bank.
    pub const fn buckets(self) -> usize {
        1 << self.log2_buckets
    }

    /// Ways per bucket.
    pub const fn ways(self) -> usize {
        1 << self.log2_ways
    }

    /// Total entries (both banks).
    pub const fn capacity(self) -> usize {
        BANKS * self.buckets() * self.ways()
    }

    /// The candidate bucket of `hash` in `bank` (0 or 1).
    pub const fn bucket(self, hash: u32, bank: usize) -> usize {
        let bits = if bank == 0 { hash & 0xFFFF } else { hash >> 16 };
        bits as usize & (self.buckets() - 1)
    }

    /// Flat slot number of `(bank, bucket, way)`.
    pub const fn slot(self, bank: usize, bucket: usize, way: usize) -> u32 {
        ((bank * self.buckets() + bucket) * self.ways() + way) as u32
    }

    /// Inverse of [`FlowGeometry::slot`]: `(bank, bucket, way)`.
    pub const fn split(self, slot: u32) -> (usize, usize, usize) {
        let slot = slot as usize;
        let way = slot & (self.ways() - 1);
        let bucket = (slot >> self.log2_ways) & (self.buckets() - 1);
        let bank = slot >> (self.log2_ways + self.log2_buckets);
        (bank, bucket, way)
    }

    /// Packed form for the ID block: `log2_buckets << 8 | log2_ways`.
    pub const fn to_reg(self) -> u32 {
        (self.log2_buckets as u32) << 8 | self.log2_ways as u32
    }

    /// Inverse of [`FlowGeometry::to_reg`]; `None` if out of range.
    pub const fn from_reg(v: u32) -> Option<Self> {
        let b = (v >> 8) & 0xFF;
        let w = v & 0xFF;
        if b > 16 || w > 3 {
            None
        } else {
            Some(FlowGeometry {
                log2_buckets: b as u8,
                log2_ways: w as u8,
            })
        }
    }
}

/// Maglev slot for a new flow: `base + floor(hash * size / 2^32)` — a multiply and a
/// shift instead of a modulo by a prime (Lemire's "fastrange"), uniform over `size`.
pub const fn maglev_slot(hash: u32, base: u32, size: u32) -> u32 {
    base + ((hash as u64 * size as u64) >> 32) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FlowKey;
    use proptest::prelude::*;

    #[test]
    fn crc32c_check_value() {
        assert_eq!(crc32c(b"123456789"), 0xE306_9283);
        assert_eq!(crc32c(b""), 0);
    }

    fn parity(x: u128) -> u32 {
        x.count_ones() & 1
    }

    proptest! {
        #[test]
        fn matrix_form_equals_crc(saddr: u32, daddr: u32, sport: u16, dport: u16, proto: u8) {
            let key = FlowKey { saddr, daddr, sport, dport, proto };
            let bytes = key.hash_bytes();
            let mut x = 0u128;
            for (i, b) in bytes.iter().enumerate() {
                x |= (*b as u128) << (8 * i);
            }
            let (masks, constant) = crc32c_matrix();
            let mut h = 0u32;
            for (k, m) in masks.iter().enumerate() {
                h |= (parity(x & m) ^ (constant >> k & 1)) << k;
            }
            prop_assert_eq!(h, flow_hash(&key));
        }

        #[test]
        fn slot_split_round_trips(slot in 0u32..65536) {
            let g = FlowGeometry::WIDE;
            let (bank, bucket, way) = g.split(slot);
            prop_assert_eq!(g.slot(bank, bucket, way), slot);
            prop_assert!(bank < BANKS);
        }

        #[test]
        fn maglev_slot_stays_in_range(hash: u32, size in 1u32..=65537) {
            let s = maglev_slot(hash, 100, size);
            prop_assert!((100..100 + size).contains(&s));
        }
    }

    #[test]
    fn geometries() {
        assert_eq!(FlowGeometry::NARROW.capacity(), 4096);
        assert_eq!(FlowGeometry::WIDE.capacity(), 65536);
        assert_eq!(
            FlowGeometry::from_reg(FlowGeometry::WIDE.to_reg()),
            Some(FlowGeometry::WIDE)
        );
        let g = FlowGeometry::NARROW;
        assert_eq!(g.bucket(0xABCD_1234, 0), 0x1234 & 511);
        assert_eq!(g.bucket(0xABCD_1234, 1), 0xABCD & 511);
    }
}
