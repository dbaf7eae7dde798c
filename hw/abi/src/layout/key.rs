//! Flow key and flow-table entry.
//!
//! ```text
//! FlowEntry, 256 bits (32 bytes), one slot of the flow table
//!   bit   0..32   saddr        IPv4 source address            \
//!        32..64   daddr        IPv4 destination address        |
//!        64..80   sport        L4 source port                  | FlowKey (104 bits)
//!        80..96   dport        L4 destination port             |
//!        96..104  proto        IPv4 protocol (6 TCP, 17 UDP)  /
//!       104..256  action       see Action (152 bits)
//! ```

use super::{assert_fits, fixed, Action};
use bitfield::bitfield;

bitfield! {
    /// Raw flow-table entry (key + action).
    pub struct FlowEntryBits(pub [u8]);
    impl Debug;
    u32;
    /// IPv4 source address.
    pub saddr, set_saddr: 31, 0;
    /// IPv4 destination address.
    pub daddr, set_daddr: 63, 32;
    /// L4 source port.
    pub sport, set_sport: 79, 64;
    /// L4 destination port.
    pub dport, set_dport: 95, 80;
    /// IPv4 protocol.
    pub proto, set_proto: 103, 96;
    /// Entry in use.
    pub valid, set_valid: 104;
}

assert_fits!(FlowEntry::BYTES, 255);
const _: () = assert!(FlowKey::BITS + Action::BITS == FlowEntry::BYTES * 8);

/// The 5-tuple a flow is keyed on, as seen on the wire by the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FlowKey {
    /// IPv4 source address.
    pub saddr: u32,
    /// IPv4 destination address.
    pub daddr: u32,
    /// L4 source port.
    pub sport: u16,
    /// L4 destination port.
    pub dport: u16,
    /// IPv4 protocol.
    pub proto: u8,
}

impl FlowKey {
    /// Bits the key occupies at the start of a flow entry.
    pub const BITS: usize = 104;

    /// The key of a service: `(proto, 0.0.0.0:0 -> vip:vport)`; services live in a table
    /// of their own hashed exactly like flows.
    pub fn service(proto: u8, vip: u32, vport: u16) -> Self {
        FlowKey {
            saddr: 0,
            daddr: vip,
            sport: 0,
            dport: vport,
            proto,
        }
    }

    /// The serialisation the flow hash runs over: protocol, source address, destination
    /// address, source port, destination port, each in network byte order.
    pub fn hash_bytes(&self) -> [u8; 13] {
        let mut b = [0u8; 13];
        b[0] = self.proto;
        b[1..5].copy_from_slice(&self.saddr.to_be_bytes());
        b[5..9].copy_from_slice(&self.daddr.to_be_bytes());
        b[9..11].copy_from_slice(&self.sport.to_be_bytes());
        b[11..13].copy_from_slice(&self.dport.to_be_bytes());
        b
    }

    /// The key of the other direction of the same connection, before any rewrite.
    pub fn reversed(&self) -> Self {
        FlowKey {
            saddr: self.daddr,
            daddr: self.saddr,
            sport: self.dport,
            dport: self.sport,
            proto: self.proto,
        }
    }

    /// The key as the low 104 bits of a `u128` (the layout's bit order).
    pub fn to_bits(&self) -> u128 {
        let mut raw = FlowEntryBits([0u8; FlowEntry::BYTES]);
        self.write_to(&mut raw);
        let mut v = 0u128;
        for (i, b) in raw.0[..13].iter().enumerate() {
            v |= (*b as u128) << (8 * i);
        }
        v
    }

    /// Writes the key's 13 bytes (little-endian bit numbering, as [`FlowEntryBits`]
    /// reads them: every field is byte-aligned, so each is its little-endian bytes).
    fn write_to<T: AsMut<[u8]> + AsRef<[u8]>>(&self, raw: &mut FlowEntryBits<T>) {
        let b = raw.0.as_mut();
        b[0..4].copy_from_slice(&self.saddr.to_le_bytes());
        b[4..8].copy_from_slice(&self.daddr.to_le_bytes());
        b[8..10].copy_from_slice(&self.sport.to_le_bytes());
        b[10..12].copy_from_slice(&self.dport.to_le_bytes());
        b[12] = self.proto;
    }

    fn read_from<T: AsRef<[u8]>>(raw: &FlowEntryBits<T>) -> Self {
        let b = raw.0.as_ref();
        FlowKey {
            saddr: u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            daddr: u32::from_le_bytes([b[4], b[5], b[6], b[7]]),
            sport: u16::from_le_bytes([b[8], b[9]]),
            dport: u16::from_le_bytes([b[10], b[11]]),
            proto: b[12],
        }
    }
}

impl std::fmt::Display for FlowKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let proto = match self.proto {
            6 => "TCP".to_string(),
            17 => "UDP".to_string(),
            p => format!("proto{p}"),
        };
        write!(
            f,
            "{proto} {}:{} -> {}:{}",
            std::net::Ipv4Addr::from(self.saddr),
            self.sport,
            std::net::Ipv4Addr::from(self.daddr),
            self.dport
        )
    }
}

/// One valid flow-table entry: the key and what to do with its frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FlowEntry {
    /// Match.
    pub key: FlowKey,
    /// Action.
    pub action: Action,
}

impl FlowEntry {
    /// Size of one entry.
    pub const BYTES: usize = 32;

    /// Encodes a valid entry.
    pub fn encode(&self) -> [u8; Self::BYTES] {
        let mut raw = FlowEntryBits([0u8; Self::BYTES]);
        self.key.write_to(&mut raw);
        raw.set_valid(true);
        let action = self.action.encode();
        // The action's bit 0 is the entry's bit 104 (the valid bit, which it repeats).
        splice_bits(&mut raw.0, FlowKey::BITS, &action, Action::BITS);
        raw.0
    }

    /// Decodes a slot: `Ok(None)` for an empty slot.
    pub fn decode(bytes: &[u8]) -> crate::AbiResult<Option<Self>> {
        let b: [u8; Self::BYTES] = fixed("flow entry", bytes)?;
        let raw = FlowEntryBits(b);
        if !raw.valid() {
            return Ok(None);
        }
        let mut action = [0u8; Action::BYTES];
        extract_bits(&b, FlowKey::BITS, &mut action, Action::BITS);
        Ok(Some(FlowEntry {
            key: FlowKey::read_from(&raw),
            action: Action::decode(&action)?,
        }))
    }
}

/// Copies `len` bits of `src` (from bit 0) into `dst` starting at bit `at`.
pub(crate) fn splice_bits(dst: &mut [u8], at: usize, src: &[u8], len: usize) {
    if at % 8 == 0 && len % 8 == 0 {
        // Byte-aligned (the flow entry's action is): a copy.
        dst[at / 8..(at + len) / 8].copy_from_slice(&src[..len / 8]);
        return;
    }
    for i in 0..len {
        let bit = src[i / 8] >> (i % 8) & 1;
        let j = at + i;
        dst[j / 8] = (dst[j / 8] & !(1 << (j % 8))) | (bit << (j % 8));
    }
}

/// Copies `len` bits of `src` starting at bit `at` into `dst` (from bit 0).
pub(crate) fn extract_bits(src: &[u8], at: usize, dst: &mut [u8], len: usize) {
    if at % 8 == 0 && len % 8 == 0 {
        dst[..len / 8].copy_from_slice(&src[at / 8..(at + len) / 8]);
        return;
    }
    for i in 0..len {
        let j = at + i;
        let bit = src[j / 8] >> (j % 8) & 1;
        dst[i / 8] = (dst[i / 8] & !(1 << (i % 8))) | (bit << (i % 8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ForwardingMode;

    #[test]
    fn hash_bytes_are_network_order() {
        let k = FlowKey {
            saddr: 0x0A00_0001,
            daddr: 0xC0A8_0101,
            sport: 0x1234,
            dport: 80,
            proto: 6,
        };
        assert_eq!(
            k.hash_bytes(),
            [6, 10, 0, 0, 1, 192, 168, 1, 1, 0x12, 0x34, 0, 80]
        );
        assert_eq!(k.reversed().reversed(), k);
        assert_eq!(k.to_string(), "TCP 10.0.0.1:4660 -> 192.168.1.1:80");
    }

    #[test]
    fn key_bits_match_layout() {
        let k = FlowKey {
            saddr: 0x0102_0304,
            daddr: 0x0506_0708,
            sport: 0x090A,
            dport: 0x0B0C,
            proto: 0x0D,
        };
        assert_eq!(k.to_bits(), 0x0D_0B0C_090A_0506_0708_0102_0304);
    }

    #[test]
    fn entry_round_trips_and_empty_slot_is_none() {
        let e = FlowEntry {
            key: FlowKey {
                saddr: 1,
                daddr: 2,
                sport: 3,
                dport: 4,
                proto: 17,
            },
            action: Action {
                mode: ForwardingMode::FullNatForward,
                nexthop: 1023,
                service: 1023,
                real_server: 4095,
                new_saddr: 0xFFFF_FFFF,
                new_daddr: 0x8000_0001,
                new_sport: 0xFFFF,
                new_dport: 1,
                seq_delta: 28,
            },
        };
        let bytes = e.encode();
        assert_eq!(FlowEntry::decode(&bytes), Ok(Some(e)));
        assert_eq!(FlowEntry::decode(&[0u8; 32]), Ok(None));
        assert!(FlowEntry::decode(&[0u8; 31]).is_err());
    }

    proptest::proptest! {
        /// The byte-wise key writer and reader agree with the bit accessors.
        #[test]
        fn key_bytes_are_the_layout(sa: u32, da: u32, sp: u16, dp: u16, proto: u8) {
            let k = FlowKey { saddr: sa, daddr: da, sport: sp, dport: dp, proto };
            let mut fast = FlowEntryBits([0u8; FlowEntry::BYTES]);
            k.write_to(&mut fast);
            let mut slow = FlowEntryBits([0u8; FlowEntry::BYTES]);
            slow.set_saddr(sa);
            slow.set_daddr(da);
            slow.set_sport(u32::from(sp));
            slow.set_dport(u32::from(dp));
            slow.set_proto(u32::from(proto));
            proptest::prop_assert_eq!(fast.0, slow.0);
            proptest::prop_assert_eq!(FlowKey::read_from(&slow), k);
        }
    }
}
