//! Notify record: what the card tells the host about flows it handled alone.
//!
//! ```text
//! NotifyRecord, 32 bytes; one slot of the notify ring (card -> host, no buffers)
//!   byte  0       kind         NotifyKind
//!         1       tcp_flags    TCP flags byte of the frame (0 for UDP)
//!         2..4    service      service index
//!         4..6    real_server  real-server index
//!         6       done         card writes 1 last
//!         7       reserved, 0
//!         8..12   flow_hash
//!        12..16   timestamp    tick
//!        16..29   key          FlowKey, 104 bits, FlowEntry layout
//!        29..32   reserved, 0
//! ```
//! The card drops records it cannot queue and counts them (`NOTIFY_DROPS`); the
//! host treats notifications as hints and the flow table as the truth.

use super::{FlowEntryBits, FlowKey};
use crate::AbiError;

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum NotifyKind {
    /// A hardware-scheduled service forwarded a new flow to `real_server` (Maglev);
    /// the host should install the flow so it stays pinned.
    Learn = 1,
    /// A frame with FIN or RST hit a flow entry: the host moves the connection to its
    /// closing state and timeout.
    FinRst = 2,
}

/// One notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NotifyRecord {
    /// Kind.
    pub kind: NotifyKind,
    /// TCP flags.
    pub tcp_flags: u8,
    /// Service index.
    pub service: u16,
    /// Real-server index.
    pub real_server: u16,
    /// Flow hash.
    pub flow_hash: u32,
    /// Tick.
    pub timestamp: u32,
    /// The frame's key.
    pub key: FlowKey,
}

impl NotifyRecord {
    /// Size in bytes.
    pub const BYTES: usize = 32;
    /// Byte offset of the done byte.
    pub const DONE_OFFSET: usize = 6;

    /// Encodes (with the done byte set).
    pub fn encode(&self) -> [u8; Self::BYTES] {
        let mut b = [0u8; Self::BYTES];
        b[0] = self.kind as u8;
        b[1] = self.tcp_flags;
        b[2..4].copy_from_slice(&self.service.to_le_bytes());
        b[4..6].copy_from_slice(&self.real_server.to_le_bytes());
        b[6] = 1;
        b[8..12].copy_from_slice(&self.flow_hash.to_le_bytes());
        b[12..16].copy_from_slice(&self.timestamp.to_le_bytes());
        let key = self.key.to_bits().to_le_bytes();
        b[16..29].copy_from_slice(&key[..13]);
        b
    }

    /// Decodes; an unknown kind is an error.
    pub fn decode(b: &[u8; Self::BYTES]) -> crate::AbiResult<Self> {
        let kind = match b[0] {
            1 => NotifyKind::Learn,
            2 => NotifyKind::FinRst,
            v => {
                return Err(AbiError::UnknownValue {
                    what: "notify kind",
                    value: v as u32,
                })
            }
        };
        let mut kb = [0u8; 32];
        kb[..13].copy_from_slice(&b[16..29]);
        let raw = FlowEntryBits(kb);
        Ok(NotifyRecord {
            kind,
            tcp_flags: b[1],
            service: u16::from_le_bytes([b[2], b[3]]),
            real_server: u16::from_le_bytes([b[4], b[5]]),
            flow_hash: u32::from_le_bytes(b[8..12].try_into().expect("4 bytes")),
            timestamp: u32::from_le_bytes(b[12..16].try_into().expect("4 bytes")),
            key: FlowKey {
                saddr: raw.saddr(),
                daddr: raw.daddr(),
                sport: raw.sport() as u16,
                dport: raw.dport() as u16,
                proto: raw.proto() as u8,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let r = NotifyRecord {
            kind: NotifyKind::Learn,
            tcp_flags: 0x02,
            service: 3,
            real_server: 4095,
            flow_hash: 0x1234_5678,
            timestamp: 42,
            key: FlowKey {
                saddr: 0x0A00_0002,
                daddr: 0x0A00_0001,
                sport: 40000,
                dport: 80,
                proto: 6,
            },
        };
        let b = r.encode();
        assert_eq!(b[NotifyRecord::DONE_OFFSET], 1);
        assert_eq!(NotifyRecord::decode(&b), Ok(r));
        let mut bad = b;
        bad[0] = 9;
        assert!(NotifyRecord::decode(&bad).is_err());
    }
}
