//! Counters kept by the card.
//!
//! ```text
//! Counter, 128 bits: one per (service, direction) and per (real server, direction);
//! counter index = 2 * index + direction (0 in, 1 out)
//!   bit   0..64   packets
//!        64..128  bytes        IPv4 total length of each packet, as IPVS counts
//!
//! FlowStats, 64 bits: one per flow-table slot
//!   bit   0..32   last_seen    timestamp tick of the last frame that hit the slot
//!        32..64   packets      frames that hit the slot since it was written
//! ```

use super::{assert_fits, fixed};
use bitfield::bitfield;

bitfield! {
    /// Raw counter.
    pub struct CounterBits(pub [u8]);
    impl Debug;
    u64;
    /// Packets.
    pub packets, set_packets: 63, 0;
    /// Bytes.
    pub bytes, set_bytes: 127, 64;
}

bitfield! {
    /// Raw per-slot flow statistics.
    pub struct FlowStatsBits(pub [u8]);
    impl Debug;
    u32;
    /// Timestamp of the last hit.
    pub last_seen, set_last_seen: 31, 0;
    /// Hits.
    pub packets, set_packets: 63, 32;
}

assert_fits!(Counter::BYTES, 127);
assert_fits!(FlowStats::BYTES, 63);

/// A packet/byte counter pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Counter {
    /// Packets.
    pub packets: u64,
    /// Bytes (IPv4 total length).
    pub bytes: u64,
}

impl Counter {
    /// Size in bytes.
    pub const BYTES: usize = 16;

    /// Encodes.
    pub fn encode(&self) -> [u8; Self::BYTES] {
        let mut raw = CounterBits([0u8; Self::BYTES]);
        raw.set_packets(self.packets);
        raw.set_bytes(self.bytes);
        raw.0
    }

    /// Decodes.
    pub fn decode(bytes: &[u8]) -> crate::AbiResult<Self> {
        let raw = CounterBits(fixed::<{ Self::BYTES }>("counter", bytes)?);
        Ok(Counter {
            packets: raw.packets(),
            bytes: raw.bytes(),
        })
    }

    /// Adds one packet of `bytes` bytes (wrapping, as the card's adders do).
    pub fn add(&mut self, bytes: u64) {
        self.packets = self.packets.wrapping_add(1);
        self.bytes = self.bytes.wrapping_add(bytes);
    }
}

/// Per-slot flow statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FlowStats {
    /// Timestamp tick of the last hit.
    pub last_seen: u32,
    /// Hits since the statistics were last written or cleared (the driver clears a
    /// slot's when it puts a new flow in it, and moves them with a moved entry).
    pub packets: u32,
}

impl FlowStats {
    /// Size in bytes.
    pub const BYTES: usize = 8;

    /// Encodes.
    pub fn encode(&self) -> [u8; Self::BYTES] {
        let mut raw = FlowStatsBits([0u8; Self::BYTES]);
        raw.set_last_seen(self.last_seen);
        raw.set_packets(self.packets);
        raw.0
    }

    /// Decodes.
    pub fn decode(bytes: &[u8]) -> crate::AbiResult<Self> {
        let raw = FlowStatsBits(fixed::<{ Self::BYTES }>("flow stats", bytes)?);
        Ok(FlowStats {
            last_seen: raw.last_seen(),
            packets: raw.packets(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let c = Counter {
            packets: u64::MAX,
            bytes: 0x0123_4567_89AB_CDEF,
        };
        assert_eq!(Counter::decode(&c.encode()), Ok(c));
        let s = FlowStats {
            last_seen: 7,
            packets: u32::MAX,
        };
        assert_eq!(FlowStats::decode(&s.encode()), Ok(s));
    }
}
