//! The flow hash in hardware: CRC-32C of the key, as one XOR tree per output bit.
//!
//! CRC is affine over GF(2): `hash = M x ^ c` for the 104-bit serialisation `x` of
//! `FlowKey::hash_bytes()` (`fpvs_abi::hash::crc32c_matrix`). This block takes the key
//! in the flow-entry layout instead (`FlowKey::to_bits()`: saddr, daddr, sport, dport,
//! proto, numeric fields from bit 0) — the layout the tables compare — so the masks
//! are permuted once, at construction, from network byte order to that layout.
//! One key per clock, output registered.

use fpvs_abi::hash::crc32c_matrix;
use rust_hdl::prelude::*;

/// Bits of a key.
pub const KEY_BITS: usize = 104;

/// Position in the hash serialisation of bit `b` of the flow-entry key layout.
pub fn serial_bit(b: usize) -> usize {
    let (field_start, byte_end) = match b {
        0..=31 => (0, 4),    // saddr: bytes 1..5
        32..=63 => (32, 8),  // daddr: bytes 5..9
        64..=79 => (64, 10), // sport: bytes 9..11
        80..=95 => (80, 12), // dport: bytes 11..13
        _ => (96, 0),        // proto: byte 0
    };
    let bit = b - field_start;
    8 * (byte_end - bit / 8) + bit % 8
}

/// CRC-32C of a 104-bit key.
#[derive(LogicBlock)]
pub struct FlowHash {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Key, `FlowKey::to_bits()` layout.
    pub key: Signal<In, Bits<KEY_BITS>>,
    /// `fpvs_abi::flow_hash` of the key presented one cycle earlier.
    pub hash: Signal<Out, Bits<32>>,
    out: DFF<Bits<32>>,
    mask: Signal<Local, Bits<KEY_BITS>>,
    h: Signal<Local, Bits<32>>,
    masks: [Constant<Bits<KEY_BITS>>; 32],
    constant: Constant<Bits<32>>,
}

impl Default for FlowHash {
    fn default() -> Self {
        let (serial_masks, c) = crc32c_matrix();
        let masks = std::array::from_fn(|k| {
            let mut m: Bits<KEY_BITS> = Bits::default();
            for b in 0..KEY_BITS {
                if serial_masks[k] >> serial_bit(b) & 1 == 1 {
                    m = m.replace_bit(b, true);
                }
            }
            Constant::new(m)
        });
        FlowHash {
            clock: Default::default(),
            key: Default::default(),
            hash: Default::default(),
            out: Default::default(),
            mask: Default::default(),
            h: Default::default(),
            masks,
            constant: Constant::new((c as u64).into()),
        }
    }
}

impl Logic for FlowHash {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, out);
        self.h.next = self.constant.val();
        for k in 0..32 {
            self.mask.next = self.masks[k].val();
            // replace_bit emits `(h & ~(1 << k)) | (v << k)`: 32-bit literals, so only
            // for vectors of at most 32 bits.
            self.h.next = self.h.val().replace_bit(
                k,
                (self.key.val() & self.mask.val()).xor() ^ self.constant.val().get_bit(k),
            );
        }
        self.out.d.next = self.h.val();
        self.hash.next = self.out.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_verilog;
    use crate::tick;
    use fpvs_abi::{flow_hash, FlowKey};
    use rand::{Rng, SeedableRng};

    #[test]
    fn equals_the_contract_hash() {
        let mut uut = FlowHash::default();
        uut.connect_all();
        let mut rng = rand::rngs::StdRng::seed_from_u64(3);
        for _ in 0..2000 {
            let k = FlowKey {
                saddr: rng.gen(),
                daddr: rng.gen(),
                sport: rng.gen(),
                dport: rng.gen(),
                proto: rng.gen(),
            };
            let bits = k.to_bits();
            let lo: Bits<KEY_BITS> = (bits as u64).into();
            let hi: Bits<KEY_BITS> = ((bits >> 64) as u64).into();
            uut.key.next = lo | (hi << 64);
            tick!(uut);
            assert_eq!(uut.hash.val().to_u64() as u32, flow_hash(&k), "{k}");
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut = FlowHash::default();
        uut.connect_all();
        check_verilog("flow_hash", &uut);
    }
}
