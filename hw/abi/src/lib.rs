//! # fpvs-abi — the card/host contract
//!
//! Everything the FPVS card and its host must agree on is described here once:
//!
//! * [`regs`]: the BAR0 register space as a chain of self-describing blocks
//!   (type, version, next pointer), with every offset named once;
//! * [`layout`]: bit-exact layouts (built with the `bitfield` crate, sizes checked at
//!   compile time) of table entries and ring descriptors;
//! * [`corundum`]: the Corundum application-block target's mailbox and host-queue frames;
//! * [`mgmt`]: the management channel of a card without PCIe (framing over a UART);
//! * [`hash`]: the flow hash (CRC-32C over the 13-byte key) and the bucket/way geometry;
//! * [`placement`]: the host-side cuckoo placement, a pure function;
//! * [`reason`]: exception and drop reasons;
//! * [`mode`]: the four LVS forwarding modes, both directions.
//!
//! Bit numbering everywhere is LSB0 little-endian: bit `k` of a layout is bit `k % 8` of
//! byte `k / 8`. A layout of `N` bytes is, on the card, an `8N`-bit vector whose byte `i`
//! occupies bits `[8i + 7 : 8i]` — the order of an AXI-Stream `tdata` word. Multi-byte
//! fields are little-endian integers; IPv4 addresses, ports and MAC addresses are stored
//! as their numeric value (10.0.0.1 is `0x0A00_0001`), not in network byte order.
//!
//! The crate has no heavy dependencies so that RTL generators, the driver, the daemon
//! and tests can all use it.

#![forbid(unsafe_code)]

pub mod corundum;
pub mod hash;
pub mod layout;
pub mod mgmt;
pub mod mode;
pub mod placement;
pub mod reason;
pub mod regs;

pub use hash::{flow_hash, FlowGeometry};
pub use layout::*;
pub use mode::{Direction, ForwardingMode};
pub use reason::{DropReason, ExceptionReason, ReasonClass};

/// Version of this contract. The card reports it in the ID block; the driver refuses a
/// card whose major version differs from its own.
pub const ABI_VERSION_MAJOR: u16 = 1;
/// Minor version: additions that an older driver may ignore.
pub const ABI_VERSION_MINOR: u16 = 0;

/// `ABI_VERSION_MAJOR << 16 | ABI_VERSION_MINOR`, as the ID block reports it.
pub const ABI_VERSION: u32 = ((ABI_VERSION_MAJOR as u32) << 16) | ABI_VERSION_MINOR as u32;

/// Number of Ethernet ports on every FPVS card. Port 0 faces the clients, port 1 the
/// real servers; the pipeline's `tuser` carries a 2-bit port number.
pub const ETH_PORTS: u8 = 2;
/// Port facing clients (the VIP side).
pub const PORT_CLIENT: u8 = 0;
/// Port facing real servers.
pub const PORT_SERVER: u8 = 1;

/// Errors decoding values the other side of the contract wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AbiError {
    /// A field held a value no enum variant has.
    #[error("{what}: unknown value {value}")]
    UnknownValue {
        /// Which field.
        what: &'static str,
        /// The value found.
        value: u32,
    },
    /// A byte slice had the wrong length for a layout.
    #[error("{what}: expected {expected} bytes, got {got}")]
    BadLength {
        /// Which layout.
        what: &'static str,
        /// Its size.
        expected: usize,
        /// The slice length given.
        got: usize,
    },
}

/// Result alias for this crate.
pub type AbiResult<T> = std::result::Result<T, AbiError>;
