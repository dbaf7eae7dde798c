//! Exception descriptor: a frame the card sent to the host, and why.
//!
//! ```text
//! ExceptionDescriptor, 32 bytes; one slot of the exception ring. The host posts the
//! buffer (buf_addr, buf_size); the card fills the buffer and the rest.
//!   byte  0..8    buf_addr    host: DMA address of the frame buffer
//!         8..10   buf_size    host: buffer size in bytes
//!        10..12   frame_len   card: length of the frame on the wire (bytes)
//!        12       reason      card: ExceptionReason
//!        13       port        card: ingress port
//!        14       flags       card: bit 0 DONE, bit 1 TRUNCATED (fewer than frame_len
//!                             bytes were written: buf_size of them, or `captured`)
//!        15       l3_offset   card: byte offset of the IPv4/ARP header (14 or 18)
//!        16..20   flow_hash   card: flow hash of the frame's key (0 if not IPv4 TCP/UDP)
//!        20..24   timestamp   card: timestamp tick at arrival
//!        24..26   service     card: service index if a service matched, else 0xFFFF
//!        26..28   captured    card: 0, or, with TRUNCATED, the bytes written when the card
//!                             had fewer than min(frame_len, buf_size) (a management
//!                             channel that carries only the head of a frame)
//!        28..32   reserved, 0
//! ```

/// Flags the card writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ExceptionFlags(pub u8);

impl ExceptionFlags {
    /// The card has written this descriptor.
    pub const DONE: u8 = 1 << 0;
    /// Fewer than `frame_len` bytes were written: `buf_size` (the frame did not fit the
    /// buffer), or `captured` if that is not 0.
    pub const TRUNCATED: u8 = 1 << 1;

    /// DONE set.
    pub fn done(self) -> bool {
        self.0 & Self::DONE != 0
    }
    /// TRUNCATED set.
    pub fn truncated(self) -> bool {
        self.0 & Self::TRUNCATED != 0
    }
}

/// One exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ExceptionDescriptor {
    /// Buffer DMA address.
    pub buf_addr: u64,
    /// Buffer size.
    pub buf_size: u16,
    /// Frame length.
    pub frame_len: u16,
    /// Raw reason code (see [`crate::ExceptionReason::from_code`]).
    pub reason: u8,
    /// Ingress port.
    pub port: u8,
    /// Flags.
    pub flags: ExceptionFlags,
    /// Offset of the L3 header.
    pub l3_offset: u8,
    /// Flow hash.
    pub flow_hash: u32,
    /// Arrival tick.
    pub timestamp: u32,
    /// Service index or `NO_SERVICE`.
    pub service: u16,
    /// Bytes written when the card held only the frame's head (with TRUNCATED), else 0.
    pub captured: u16,
}

impl ExceptionDescriptor {
    /// Size in bytes.
    pub const BYTES: usize = 32;
    /// `service` when no service matched.
    pub const NO_SERVICE: u16 = 0xFFFF;
    /// Byte offset of the flags byte, which the card writes last.
    pub const FLAGS_OFFSET: usize = 14;

    /// A descriptor as the host posts it.
    pub fn post(buf_addr: u64, buf_size: u16) -> Self {
        ExceptionDescriptor {
            buf_addr,
            buf_size,
            ..Default::default()
        }
    }

    /// Encodes.
    pub fn encode(&self) -> [u8; Self::BYTES] {
        let mut b = [0u8; Self::BYTES];
        b[0..8].copy_from_slice(&self.buf_addr.to_le_bytes());
        b[8..10].copy_from_slice(&self.buf_size.to_le_bytes());
        b[10..12].copy_from_slice(&self.frame_len.to_le_bytes());
        b[12] = self.reason;
        b[13] = self.port;
        b[14] = self.flags.0;
        b[15] = self.l3_offset;
        b[16..20].copy_from_slice(&self.flow_hash.to_le_bytes());
        b[20..24].copy_from_slice(&self.timestamp.to_le_bytes());
        b[24..26].copy_from_slice(&self.service.to_le_bytes());
        b[26..28].copy_from_slice(&self.captured.to_le_bytes());
        b
    }

    /// Decodes (every byte pattern decodes; the driver validates values before use).
    pub fn decode(b: &[u8; Self::BYTES]) -> Self {
        let u16_at = |i: usize| u16::from_le_bytes([b[i], b[i + 1]]);
        let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        ExceptionDescriptor {
            buf_addr: u64::from_le_bytes(b[0..8].try_into().expect("8 bytes")),
            buf_size: u16_at(8),
            frame_len: u16_at(10),
            reason: b[12],
            port: b[13],
            flags: ExceptionFlags(b[14]),
            l3_offset: b[15],
            flow_hash: u32_at(16),
            timestamp: u32_at(20),
            service: u16_at(24),
            captured: u16_at(26),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let d = ExceptionDescriptor {
            buf_addr: 0x1234_5678_9ABC_DEF0,
            buf_size: 2048,
            frame_len: 9014,
            reason: 1,
            port: 1,
            flags: ExceptionFlags(ExceptionFlags::DONE | ExceptionFlags::TRUNCATED),
            l3_offset: 18,
            flow_hash: 0xCAFE_F00D,
            timestamp: 99,
            service: ExceptionDescriptor::NO_SERVICE,
            captured: 128,
        };
        assert_eq!(ExceptionDescriptor::decode(&d.encode()), d);
        assert!(d.flags.done() && d.flags.truncated());
        assert_eq!(d.encode()[ExceptionDescriptor::FLAGS_OFFSET], 3);
    }
}
