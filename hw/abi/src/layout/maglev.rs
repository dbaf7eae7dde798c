//! Maglev table entry: a 16-bit slot naming a real server.
//!
//! ```text
//! MaglevEntry, 16 bits
//!   bit  0..12  real_server   index into the real-server table
//!       12..15  reserved, 0
//!       15      valid         0: no real server (the card drops with BadAction)
//! ```
//! A command writes up to [`MAGLEV_ENTRIES_PER_COMMAND`] consecutive slots.

/// Slots one command descriptor carries (48 payload bytes / 2).
pub const MAGLEV_ENTRIES_PER_COMMAND: usize = 24;

/// One Maglev slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MaglevEntry(pub Option<u16>);

impl MaglevEntry {
    /// Size in bytes.
    pub const BYTES: usize = 2;
    const VALID: u16 = 1 << 15;

    /// The 16-bit encoding.
    pub fn encode(self) -> u16 {
        match self.0 {
            Some(rs) => {
                debug_assert!((rs as usize) < crate::Action::MAX_REAL_SERVERS);
                Self::VALID | rs
            }
            None => 0,
        }
    }

    /// Decodes a slot (reserved bits ignored).
    pub fn decode(v: u16) -> Self {
        MaglevEntry((v & Self::VALID != 0).then_some(v & 0x0FFF))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for e in [
            MaglevEntry(None),
            MaglevEntry(Some(0)),
            MaglevEntry(Some(4095)),
        ] {
            assert_eq!(MaglevEntry::decode(e.encode()), e);
        }
    }
}
