//! Command descriptor: how the host changes the card's tables.
//!
//! ```text
//! CommandDescriptor, 64 bytes; one slot of the command ring, and one 512-bit beat of
//! the pipeline's command stream (byte i = tdata[8i+7:8i])
//!   byte  0      opcode    Opcode
//!         1      table     Table
//!         2      status    CommandStatus; host writes 0 (Pending), card writes back
//!         3      count     Maglev writes: number of slots (1..=24); otherwise 1
//!         4..8   tag       host cookie, returned unchanged
//!         8..12  index     slot (flow, service: flat slot number; others: entry index;
//!                          counters: 2 * index + direction)
//!        12..16  reserved, 0
//!        16..64  payload   entry bytes (layout of the table), zero-padded;
//!                          a Read returns the entry here
//! ```
//!
//! The host batches: it writes many descriptors and rings one doorbell. The card
//! executes them in order and writes each back with its status; insertions are plain
//! writes to slots the host chose with [`crate::placement`]. A cuckoo move is two
//! writes, the copy first, so a lookup never misses an entry being moved.

use crate::AbiError;

/// What to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Opcode {
    /// Nothing; completes with `Ok`. Used to fence.
    Nop = 0,
    /// Write the payload into slot `index` (insert or modify).
    Write = 1,
    /// Write zeros into slot `index`: deletes a flow, service, real server or next hop,
    /// empties a Maglev slot, zeroes a counter or flow statistics. Clearing a flow slot
    /// leaves its statistics alone (the host reads them first if it wants them).
    Clear = 2,
    /// Return slot `index` in the payload.
    Read = 3,
}

/// Which table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Table {
    /// Flow table ([`crate::FlowEntry`], 32 bytes).
    Flow = 1,
    /// Service table ([`crate::ServiceEntry`], 16 bytes).
    Service = 2,
    /// Maglev slots ([`crate::MaglevEntry`], 2 bytes each, `count` of them).
    Maglev = 3,
    /// Real servers ([`crate::Action`], 19 bytes).
    RealServer = 4,
    /// Next hops ([`crate::NextHop`], 16 bytes).
    NextHop = 5,
    /// Per-slot flow statistics ([`crate::FlowStats`], 8 bytes).
    FlowStats = 6,
    /// Per-service counters ([`crate::Counter`], 16 bytes).
    ServiceCounter = 7,
    /// Per-real-server counters ([`crate::Counter`], 16 bytes).
    RealServerCounter = 8,
}

impl Table {
    /// All tables.
    pub const ALL: [Table; 8] = [
        Self::Flow,
        Self::Service,
        Self::Maglev,
        Self::RealServer,
        Self::NextHop,
        Self::FlowStats,
        Self::ServiceCounter,
        Self::RealServerCounter,
    ];

    /// Bytes of payload one entry takes.
    pub const fn entry_bytes(self) -> usize {
        match self {
            Self::Flow => crate::FlowEntry::BYTES,
            Self::Service => crate::ServiceEntry::BYTES,
            Self::Maglev => crate::MaglevEntry::BYTES,
            Self::RealServer => crate::Action::BYTES,
            Self::NextHop => crate::NextHop::BYTES,
            Self::FlowStats => crate::FlowStats::BYTES,
            Self::ServiceCounter | Self::RealServerCounter => crate::Counter::BYTES,
        }
    }

    /// Decodes a table code.
    pub fn from_code(v: u8) -> crate::AbiResult<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|t| *t as u8 == v)
            .ok_or(AbiError::UnknownValue {
                what: "table",
                value: v as u32,
            })
    }
}

/// Completion status the card writes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CommandStatus {
    /// Not yet executed (host writes this).
    Pending = 0,
    /// Done.
    Ok = 1,
    /// Unknown opcode.
    BadOpcode = 2,
    /// Unknown table.
    BadTable = 3,
    /// Index beyond the table's size.
    BadIndex = 4,
    /// Maglev count 0 or above 24, or not 1 for other tables.
    BadCount = 5,
    /// A Flow or RealServer write whose action is valid but names no mode (0): the
    /// card refuses it rather than hold an entry it could only drop with.
    BadEntry = 6,
}

impl CommandStatus {
    /// Decodes a status byte.
    pub fn from_code(v: u8) -> crate::AbiResult<Self> {
        use CommandStatus::*;
        [
            Pending, Ok, BadOpcode, BadTable, BadIndex, BadCount, BadEntry,
        ]
        .into_iter()
        .find(|s| *s as u8 == v)
        .ok_or(AbiError::UnknownValue {
            what: "command status",
            value: v as u32,
        })
    }
}

/// One command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CommandDescriptor {
    /// Opcode byte (kept raw so that malformed commands can be expressed and tested).
    pub opcode: u8,
    /// Table byte.
    pub table: u8,
    /// Status byte.
    pub status: u8,
    /// Entry count.
    pub count: u8,
    /// Host cookie.
    pub tag: u32,
    /// Slot or entry index.
    pub index: u32,
    /// Entry bytes.
    pub payload: [u8; Self::PAYLOAD_BYTES],
}

impl CommandDescriptor {
    /// Size in bytes.
    pub const BYTES: usize = 64;
    /// Payload size.
    pub const PAYLOAD_BYTES: usize = 48;
    /// Byte offset of the payload.
    pub const PAYLOAD_OFFSET: usize = 16;
    /// Byte offset of the status.
    pub const STATUS_OFFSET: usize = 2;

    /// A command writing `entry` (encoded bytes) into `table` at `index`.
    pub fn write(table: Table, index: u32, entry: &[u8]) -> Self {
        let mut payload = [0u8; Self::PAYLOAD_BYTES];
        payload[..entry.len()].copy_from_slice(entry);
        CommandDescriptor {
            opcode: Opcode::Write as u8,
            table: table as u8,
            status: 0,
            count: 1,
            tag: 0,
            index,
            payload,
        }
    }

    /// A command writing consecutive Maglev slots from `first`.
    pub fn write_maglev(first: u32, slots: &[crate::MaglevEntry]) -> Self {
        assert!(!slots.is_empty() && slots.len() <= crate::MAGLEV_ENTRIES_PER_COMMAND);
        let mut payload = [0u8; Self::PAYLOAD_BYTES];
        for (i, s) in slots.iter().enumerate() {
            payload[2 * i..2 * i + 2].copy_from_slice(&s.encode().to_le_bytes());
        }
        CommandDescriptor {
            opcode: Opcode::Write as u8,
            table: Table::Maglev as u8,
            status: 0,
            count: slots.len() as u8,
            tag: 0,
            index: first,
            payload,
        }
    }

    /// A command clearing `table[index]`.
    pub fn clear(table: Table, index: u32) -> Self {
        CommandDescriptor {
            opcode: Opcode::Clear as u8,
            ..Self::write(table, index, &[])
        }
    }

    /// A command reading `table[index]`.
    pub fn read(table: Table, index: u32) -> Self {
        CommandDescriptor {
            opcode: Opcode::Read as u8,
            ..Self::write(table, index, &[])
        }
    }

    /// A no-op.
    pub fn nop() -> Self {
        CommandDescriptor {
            opcode: Opcode::Nop as u8,
            table: 0,
            ..Self::write(Table::Flow, 0, &[])
        }
    }

    /// With a tag.
    pub fn tagged(mut self, tag: u32) -> Self {
        self.tag = tag;
        self
    }

    /// Encodes.
    pub fn encode(&self) -> [u8; Self::BYTES] {
        let mut b = [0u8; Self::BYTES];
        b[0] = self.opcode;
        b[1] = self.table;
        b[2] = self.status;
        b[3] = self.count;
        b[4..8].copy_from_slice(&self.tag.to_le_bytes());
        b[8..12].copy_from_slice(&self.index.to_le_bytes());
        b[Self::PAYLOAD_OFFSET..].copy_from_slice(&self.payload);
        b
    }

    /// Decodes (never fails: every byte pattern is a descriptor; the card validates).
    pub fn decode(b: &[u8; Self::BYTES]) -> Self {
        let mut payload = [0u8; Self::PAYLOAD_BYTES];
        payload.copy_from_slice(&b[Self::PAYLOAD_OFFSET..]);
        CommandDescriptor {
            opcode: b[0],
            table: b[1],
            status: b[2],
            count: b[3],
            tag: u32::from_le_bytes([b[4], b[5], b[6], b[7]]),
            index: u32::from_le_bytes([b[8], b[9], b[10], b[11]]),
            payload,
        }
    }

    /// The decoded status.
    pub fn status(&self) -> crate::AbiResult<CommandStatus> {
        CommandStatus::from_code(self.status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_payload_position() {
        let c = CommandDescriptor::write(Table::NextHop, 7, &[0xAA; 16]).tagged(0xDEAD_BEEF);
        let b = c.encode();
        assert_eq!(b[16], 0xAA);
        assert_eq!(b[31], 0xAA);
        assert_eq!(b[32], 0);
        assert_eq!(b[8], 7);
        assert_eq!(CommandDescriptor::decode(&b), c);
        assert_eq!(c.status(), Ok(CommandStatus::Pending));
        for t in Table::ALL {
            assert!(t.entry_bytes() <= CommandDescriptor::PAYLOAD_BYTES);
            assert_eq!(Table::from_code(t as u8), Ok(t));
        }
        let m = CommandDescriptor::write_maglev(3, &[crate::MaglevEntry(Some(5)); 24]);
        assert_eq!(m.count, 24);
        assert_eq!(m.payload[46..48], [5, 0x80]);
    }
}
