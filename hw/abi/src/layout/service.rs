//! Service (virtual server) entry: what a flow-table miss to VIP:port means.
//!
//! ```text
//! ServiceEntry, 128 bits (16 bytes); services live in their own two-bank hash table,
//! keyed and hashed like flows with FlowKey::service(proto, vip, vport)
//!   bit   0..32   vip
//!        32..48   vport
//!        48..56   proto
//!        56       valid
//!        57       sched_hw      1: pick the real server in hardware (Maglev); 0: punt
//!        58..68   service       service index (counters)
//!        68..85   maglev_base   first slot of this service's Maglev table
//!        85..102  maglev_size   number of slots (a prime; 0 when !sched_hw)
//!       102..128  reserved, 0
//! ```

use super::{assert_fits, fixed, FlowKey};
use bitfield::bitfield;

bitfield! {
    /// Raw service entry.
    pub struct ServiceEntryBits(pub [u8]);
    impl Debug;
    u32;
    /// Virtual IP.
    pub vip, set_vip: 31, 0;
    /// Virtual port.
    pub vport, set_vport: 47, 32;
    /// Protocol.
    pub proto, set_proto: 55, 48;
    /// Entry in use.
    pub valid, set_valid: 56;
    /// Hardware scheduling.
    pub sched_hw, set_sched_hw: 57;
    /// Service index.
    pub service, set_service: 67, 58;
    /// Maglev base slot.
    pub maglev_base, set_maglev_base: 84, 68;
    /// Maglev table size.
    pub maglev_size, set_maglev_size: 101, 85;
}

assert_fits!(ServiceEntry::BYTES, 101);

/// A virtual service as the card sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ServiceEntry {
    /// Protocol (6 TCP, 17 UDP).
    pub proto: u8,
    /// Virtual IP address.
    pub vip: u32,
    /// Virtual port.
    pub vport: u16,
    /// Service index, for counters and for the host.
    pub service: u16,
    /// `Some((base, size))`: new flows pick a real server from Maglev slots
    /// `base..base + size` in hardware. `None`: new flows go to the host.
    pub maglev: Option<(u32, u32)>,
}

impl ServiceEntry {
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// Bits compared on lookup (vip, vport, proto).
    pub const KEY_BITS: usize = 56;
    /// Largest Maglev base+size the 17-bit fields hold.
    pub const MAX_MAGLEV_SLOTS: u32 = (1 << 17) - 1;

    /// The table key of this service.
    pub fn key(&self) -> FlowKey {
        FlowKey::service(self.proto, self.vip, self.vport)
    }

    /// Encodes a valid entry.
    pub fn encode(&self) -> [u8; Self::BYTES] {
        let mut raw = ServiceEntryBits([0u8; Self::BYTES]);
        raw.set_vip(self.vip);
        raw.set_vport(self.vport as u32);
        raw.set_proto(self.proto as u32);
        raw.set_valid(true);
        raw.set_service(self.service as u32);
        if let Some((base, size)) = self.maglev {
            raw.set_sched_hw(true);
            raw.set_maglev_base(base);
            raw.set_maglev_size(size);
        }
        raw.0
    }

    /// Decodes a slot: `Ok(None)` for an empty slot.
    pub fn decode(bytes: &[u8]) -> crate::AbiResult<Option<Self>> {
        let raw = ServiceEntryBits(fixed::<{ Self::BYTES }>("service entry", bytes)?);
        if !raw.valid() {
            return Ok(None);
        }
        Ok(Some(ServiceEntry {
            proto: raw.proto() as u8,
            vip: raw.vip(),
            vport: raw.vport() as u16,
            service: raw.service() as u16,
            maglev: raw
                .sched_hw()
                .then(|| (raw.maglev_base(), raw.maglev_size())),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for maglev in [None, Some((65537, 65537)), Some((0, 251))] {
            let s = ServiceEntry {
                proto: 6,
                vip: 0x0A00_0001,
                vport: 80,
                service: 1023,
                maglev,
            };
            assert_eq!(ServiceEntry::decode(&s.encode()), Ok(Some(s)));
        }
        assert_eq!(ServiceEntry::decode(&[0; 16]), Ok(None));
    }
}
