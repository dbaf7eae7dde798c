//! The action of a flow entry, also the whole of a real-server entry.
//!
//! ```text
//! Action, 152 bits (19 bytes); in a FlowEntry it starts at bit 104
//!   bit   0        valid
//!         1..4     mode          ForwardingMode (0 = none)
//!         4..14    nexthop       index into the next-hop table (Ethernet addresses, port)
//!        14..24    service       service index (counters)
//!        24..56    new_saddr     NAT/FULLNAT new source; TUN outer source
//!        56..88    new_daddr     NAT/FULLNAT new destination; TUN outer destination
//!        88..104   new_sport     new L4 source port
//!       104..120   new_dport     new L4 destination port
//!       120..136   seq_delta     FULLNAT: + to seq (forward), - from ack (reverse)
//!       136..148   real_server   real-server index (counters)
//!       148..152   reserved, 0
//! ```
//!
//! Fields a mode does not use are ignored by the card (and should be 0).

use super::{assert_fits, fixed};
use crate::ForwardingMode;
use bitfield::bitfield;

bitfield! {
    /// Raw action.
    pub struct ActionBits(pub [u8]);
    impl Debug;
    u32;
    /// Entry in use.
    pub valid, set_valid: 0;
    /// Forwarding mode.
    pub mode, set_mode: 3, 1;
    /// Next-hop index.
    pub nexthop, set_nexthop: 13, 4;
    /// Service index.
    pub service, set_service: 23, 14;
    /// New IPv4 source / TUN outer source.
    pub new_saddr, set_new_saddr: 55, 24;
    /// New IPv4 destination / TUN outer destination.
    pub new_daddr, set_new_daddr: 87, 56;
    /// New L4 source port.
    pub new_sport, set_new_sport: 103, 88;
    /// New L4 destination port.
    pub new_dport, set_new_dport: 119, 104;
    /// FULLNAT sequence delta.
    pub seq_delta, set_seq_delta: 135, 120;
    /// Real-server index.
    pub real_server, set_real_server: 147, 136;
}

assert_fits!(Action::BYTES, 147);
const _: () = assert!(Action::BITS <= Action::BYTES * 8);

/// What the card does with a frame, and which counters it is charged to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Action {
    /// Forwarding mode and direction.
    pub mode: ForwardingMode,
    /// Next hop: Ethernet addresses, egress port, VLAN.
    pub nexthop: u16,
    /// Service index (for counters).
    pub service: u16,
    /// Real-server index (for counters).
    pub real_server: u16,
    /// New source address (NAT reverse, FULLNAT) or TUN outer source.
    pub new_saddr: u32,
    /// New destination address (NAT forward, FULLNAT) or TUN outer destination.
    pub new_daddr: u32,
    /// New source port (NAT reverse, FULLNAT).
    pub new_sport: u16,
    /// New destination port (NAT forward, FULLNAT).
    pub new_dport: u16,
    /// FULLNAT: bytes the host inserted into the client->server stream (PROXY header).
    pub seq_delta: u16,
}

impl Action {
    /// Size in bytes of an encoded action (real-server entry).
    pub const BYTES: usize = 19;
    /// Meaningful bits.
    pub const BITS: usize = 152;
    /// Number of next hops the index can address.
    pub const MAX_NEXTHOPS: usize = 1 << 10;
    /// Number of services the index can address.
    pub const MAX_SERVICES: usize = 1 << 10;
    /// Number of real servers the index can address.
    pub const MAX_REAL_SERVERS: usize = 1 << 12;

    /// Encodes a valid action. The layout is little-endian bit numbering (bit `i` is
    /// bit `i % 8` of byte `i / 8`, as [`ActionBits`] reads it), so the fields are
    /// packed into integers and written out in one go.
    pub fn encode(&self) -> [u8; Self::BYTES] {
        debug_assert!((self.nexthop as usize) < Self::MAX_NEXTHOPS);
        debug_assert!((self.service as usize) < Self::MAX_SERVICES);
        debug_assert!((self.real_server as usize) < Self::MAX_REAL_SERVERS);
        let lo: u128 = 1
            | u128::from(self.mode as u8 & 0x7) << 1
            | u128::from(self.nexthop & 0x3ff) << 4
            | u128::from(self.service & 0x3ff) << 14
            | u128::from(self.new_saddr) << 24
            | u128::from(self.new_daddr) << 56
            | u128::from(self.new_sport) << 88
            | u128::from(self.new_dport) << 104
            | u128::from(self.seq_delta & 0xff) << 120;
        let hi: u32 = u32::from(self.seq_delta >> 8) | u32::from(self.real_server & 0xfff) << 8;
        let mut b = [0u8; Self::BYTES];
        b[..16].copy_from_slice(&lo.to_le_bytes());
        b[16..].copy_from_slice(&hi.to_le_bytes()[..3]);
        b
    }

    /// The same encoding through the [`ActionBits`] accessors (the reference the
    /// packed encoder is tested against).
    #[cfg(test)]
    pub(crate) fn encode_bits(&self) -> [u8; Self::BYTES] {
        let mut raw = ActionBits([0u8; Self::BYTES]);
        raw.set_valid(true);
        raw.set_mode(self.mode as u32);
        raw.set_nexthop(self.nexthop as u32);
        raw.set_service(self.service as u32);
        raw.set_new_saddr(self.new_saddr);
        raw.set_new_daddr(self.new_daddr);
        raw.set_new_sport(self.new_sport as u32);
        raw.set_new_dport(self.new_dport as u32);
        raw.set_seq_delta(self.seq_delta as u32);
        raw.set_real_server(self.real_server as u32);
        raw.0
    }

    /// Decodes a valid action (the caller checks `valid` first where a slot may be empty).
    pub fn decode(bytes: &[u8]) -> crate::AbiResult<Self> {
        let b = fixed::<{ Self::BYTES }>("action", bytes)?;
        let lo = u128::from_le_bytes(b[..16].try_into().expect("16 bytes"));
        let hi = u32::from_le_bytes([b[16], b[17], b[18], 0]);
        let f = |at: u32, bits: u32| (lo >> at) as u64 & ((1u64 << bits) - 1);
        Ok(Action {
            mode: ForwardingMode::from_bits(f(1, 3) as u8)?,
            nexthop: f(4, 10) as u16,
            service: f(14, 10) as u16,
            real_server: (hi >> 8 & 0xfff) as u16,
            new_saddr: f(24, 32) as u32,
            new_daddr: f(56, 32) as u32,
            new_sport: f(88, 16) as u16,
            new_dport: f(104, 16) as u16,
            seq_delta: (f(120, 8) as u16) | ((hi & 0xff) as u16) << 8,
        })
    }

    /// Decodes a real-server slot: `Ok(None)` if not valid.
    pub fn decode_slot(bytes: &[u8]) -> crate::AbiResult<Option<Self>> {
        let raw = ActionBits(fixed::<{ Self::BYTES }>("action", bytes)?);
        if raw.valid() {
            Self::decode(bytes).map(Some)
        } else {
            Ok(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field, set to all ones alone, sets exactly its own bits.
    #[test]
    fn fields_do_not_overlap() {
        type Setter = fn(&mut ActionBits<[u8; Action::BYTES]>);
        let fields: [(Setter, usize, usize); 10] = [
            (|r| r.set_valid(true), 0, 1),
            (|r| r.set_mode(7), 1, 3),
            (|r| r.set_nexthop(0x3FF), 4, 10),
            (|r| r.set_service(0x3FF), 14, 10),
            (|r| r.set_new_saddr(!0), 24, 32),
            (|r| r.set_new_daddr(!0), 56, 32),
            (|r| r.set_new_sport(0xFFFF), 88, 16),
            (|r| r.set_new_dport(0xFFFF), 104, 16),
            (|r| r.set_seq_delta(0xFFFF), 120, 16),
            (|r| r.set_real_server(0xFFF), 136, 12),
        ];
        let mut seen = [false; Action::BITS];
        for (set, lo, len) in fields {
            let mut raw = ActionBits([0u8; Action::BYTES]);
            set(&mut raw);
            for (bit, seen) in seen.iter_mut().enumerate() {
                let on = raw.0[bit / 8] >> (bit % 8) & 1 == 1;
                assert_eq!(on, (lo..lo + len).contains(&bit), "bit {bit}");
                if on {
                    assert!(!*seen, "bit {bit} used twice");
                    *seen = true;
                }
            }
        }
    }

    fn any_action() -> impl proptest::strategy::Strategy<Value = Action> {
        use proptest::prelude::*;
        (
            0..ForwardingMode::ALL.len(),
            (0u16..1 << 10, 0u16..1 << 10, 0u16..1 << 12),
            (any::<u32>(), any::<u32>()),
            (any::<u16>(), any::<u16>(), any::<u16>()),
        )
            .prop_map(|(m, (nh, svc, rs), (sa, da), (sp, dp, sd))| Action {
                mode: ForwardingMode::ALL[m],
                nexthop: nh,
                service: svc,
                real_server: rs,
                new_saddr: sa,
                new_daddr: da,
                new_sport: sp,
                new_dport: dp,
                seq_delta: sd,
            })
    }

    proptest::proptest! {
        /// The packed encoder writes what the bit accessors write, and decodes back.
        #[test]
        fn packed_encoding_is_the_layout(a in any_action()) {
            proptest::prop_assert_eq!(a.encode(), a.encode_bits());
            proptest::prop_assert_eq!(Action::decode(&a.encode()).unwrap(), a);
        }
    }
}
