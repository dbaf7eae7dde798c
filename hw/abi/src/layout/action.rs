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

    /// Encodes a valid action.
    pub fn encode(&self) -> [u8; Self::BYTES] {
        debug_assert!((self.nexthop as usize) < Self::MAX_NEXTHOPS);
        debug_assert!((self.service as usize) < Self::MAX_SERVICES);
        debug_assert!((self.real_server as usize) < Self::MAX_REAL_SERVERS);
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
    pub fn decode(bytes: &[u8]) -> crate::Result<Self> {
        let raw = ActionBits(fixed::<{ Self::BYTES }>("action", bytes)?);
        Ok(Action {
            mode: ForwardingMode::from_bits(raw.mode() as u8)?,
            nexthop: raw.nexthop() as u16,
            service: raw.service() as u16,
            real_server: raw.real_server() as u16,
            new_saddr: raw.new_saddr(),
            new_daddr: raw.new_daddr(),
            new_sport: raw.new_sport() as u16,
            new_dport: raw.new_dport() as u16,
            seq_delta: raw.seq_delta() as u16,
        })
    }

    /// Decodes a real-server slot: `Ok(None)` if not valid.
    pub fn decode_slot(bytes: &[u8]) -> crate::Result<Option<Self>> {
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
}
