//! Inject descriptor: a frame the host sends through the card.
//!
//! ```text
//! InjectDescriptor, 16 bytes; one slot of the inject ring
//!   byte  0..8    buf_addr   DMA address of the frame
//!         8..10   len        frame length in bytes
//!        10       flags      bit 0 VERBATIM: send to `port` unchanged;
//!                            otherwise run it through the pipeline as if it had
//!                            arrived on `port`
//!                            bit 7 DONE: written by the card when consumed
//!        11       port
//!        12..16   reserved, 0
//! ```

/// Inject flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct InjectFlags(pub u8);

impl InjectFlags {
    /// Send unchanged to the port.
    pub const VERBATIM: u8 = 1 << 0;
    /// Consumed by the card.
    pub const DONE: u8 = 1 << 7;
}

/// One injection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct InjectDescriptor {
    /// Buffer DMA address.
    pub buf_addr: u64,
    /// Frame length.
    pub len: u16,
    /// Flags.
    pub flags: InjectFlags,
    /// Egress port (verbatim) or ingress port (through the pipeline).
    pub port: u8,
}

impl InjectDescriptor {
    /// Size in bytes.
    pub const BYTES: usize = 16;

    /// Encodes.
    pub fn encode(&self) -> [u8; Self::BYTES] {
        let mut b = [0u8; Self::BYTES];
        b[0..8].copy_from_slice(&self.buf_addr.to_le_bytes());
        b[8..10].copy_from_slice(&self.len.to_le_bytes());
        b[10] = self.flags.0;
        b[11] = self.port;
        b
    }

    /// Decodes.
    pub fn decode(b: &[u8; Self::BYTES]) -> Self {
        InjectDescriptor {
            buf_addr: u64::from_le_bytes(b[0..8].try_into().expect("8 bytes")),
            len: u16::from_le_bytes([b[8], b[9]]),
            flags: InjectFlags(b[10]),
            port: b[11],
        }
    }

    /// VERBATIM set.
    pub fn verbatim(&self) -> bool {
        self.flags.0 & InjectFlags::VERBATIM != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let d = InjectDescriptor {
            buf_addr: 0xFFFF_0000_1000,
            len: 1514,
            flags: InjectFlags(InjectFlags::VERBATIM),
            port: 1,
        };
        assert_eq!(InjectDescriptor::decode(&d.encode()), d);
        assert!(d.verbatim());
    }
}
