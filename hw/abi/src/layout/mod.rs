//! Bit-exact layouts of table entries and ring descriptors.
//!
//! Each layout has a raw form — a `bitfield` newtype over bytes, whose field positions
//! are the contract — and, where it helps, a typed form with `encode`/`decode`.
//! Sizes are checked at compile time; `tests` check that no two fields overlap.

mod action;
mod command;
mod counter;
mod exception;
mod inject;
mod key;
mod maglev;
mod nexthop;
mod notify;
mod service;

pub use action::{Action, ActionBits};
pub use command::{CommandDescriptor, CommandStatus, Opcode, Table};
pub use counter::{Counter, CounterBits, FlowStats, FlowStatsBits};
pub use exception::{ExceptionDescriptor, ExceptionFlags};
pub use inject::{InjectDescriptor, InjectFlags};
pub use key::{FlowEntry, FlowEntryBits, FlowKey};
pub use maglev::{MaglevEntry, MAGLEV_ENTRIES_PER_COMMAND};
pub use nexthop::{MacAddr, NextHop, NextHopBits};
pub use notify::{NotifyKind, NotifyRecord};
pub use service::{ServiceEntry, ServiceEntryBits};

/// Copies `src` into a fixed array, or reports the length mismatch.
pub(crate) fn fixed<const N: usize>(what: &'static str, src: &[u8]) -> crate::AbiResult<[u8; N]> {
    src.try_into().map_err(|_| crate::AbiError::BadLength {
        what,
        expected: N,
        got: src.len(),
    })
}

/// Compile-time check that a layout's last field ends inside its size.
macro_rules! assert_fits {
    ($bytes:expr, $top_bit:expr) => {
        const _: () = assert!($top_bit < $bytes * 8, "layout overflows its size");
    };
}
pub(crate) use assert_fits;
