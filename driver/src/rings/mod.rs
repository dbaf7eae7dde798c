//! The host side of the four DMA rings (`fpvs_abi::regs::rings`).
//!
//! Each ring is `2^LOG2_SIZE` fixed-size descriptors in DMA memory, with free-running
//! 32-bit indices (slot = index mod size). The host writes descriptors, then rings the
//! doorbell (`TAIL`); the card's progress is its `HEAD` register.
//!
//! | ring | host | card |
//! |---|---|---|
//! | [`CommandRing`] | writes commands, `TAIL` | executes in order, writes status back, `HEAD` |
//! | [`ExceptionRing`] | posts empty buffers, `TAIL` | fills one per punted frame, sets DONE, `HEAD` |
//! | [`InjectRing`] | writes frames, `TAIL` | sends them, sets DONE, `HEAD` |
//! | [`NotifyRing`] | consumes, frees slots with `TAIL` | writes records, `HEAD` |
//!
//! Nothing the card writes is trusted: `HEAD` may not pass what the host posted (or,
//! for NOTIFY, overrun the free slots); every descriptor `HEAD` passed must carry its
//! DONE mark or status; fields the host wrote must come back unchanged (the host
//! always uses its own copy of a buffer address, never the card's); lengths must fit
//! the buffer; codes, ports and indices must be known. A violation is a typed
//! [`RingFault`]; good descriptors before a bad one are returned first, and the bad one
//! is consumed when its error is returned, so nothing good is lost and the ring moves
//! on. A bad `HEAD` consumes nothing.
//!
//! What a card (or a simulator's DMA shell) must do, in detail:
//! * occupancy is `TAIL - HEAD` (wrapping) in `0..=size`: the host keeps every
//!   exception slot posted, so `TAIL - HEAD == size` is a full ring of free buffers;
//! * CMD: execute `HEAD..TAIL` in order, write each descriptor back with a non-zero
//!   status, the `tag`, `opcode`, `table`, `count` and `index` unchanged (the host puts
//!   the command's free-running index in `tag`), then move `HEAD`;
//! * EXC: fill the buffer the slot at `HEAD` names, at most `buf_size` bytes; write
//!   `frame_len` (the wire length), set TRUNCATED iff it exceeds `buf_size`, keep
//!   `buf_addr`/`buf_size`, write the flags byte (DONE) last, then move `HEAD`. A card
//!   that has only the head of a frame (fewer bytes than both `frame_len` and
//!   `buf_size`) writes those, their count in `captured`, and sets TRUNCATED;
//! * INJ: send `HEAD..TAIL`, set DONE (bit 7 of flags) keeping the other fields, move
//!   `HEAD`;
//! * NOTIFY: write a record with its done byte 1 at `HEAD` only while
//!   `HEAD - TAIL < size`, then move `HEAD`; the host zeroes the done byte when it
//!   consumes the record and then moves `TAIL`;
//! * raise vector `ring` (MSI-X) after moving `HEAD` when `IRQ_CTRL` bit 0 is set.
//!
//! Every ring works in polling mode or interrupt mode (the ring's vector on an
//! eventfd); every wait is bounded.

mod cmd;
mod core;
mod exc;
mod inj;
mod notify;
mod setup;

pub use self::core::Waiter;
pub use cmd::{CommandRing, Completion};
pub use exc::{Exception, ExceptionRing};
pub use inj::{InjectRing, InjectTarget};
pub use notify::NotifyRing;
pub use setup::{Mode, RingConfig, Rings};

/// Limits from the card's ID block that descriptor fields are checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Ethernet ports.
    pub ports: u32,
    /// Service indices.
    pub services: u32,
    /// Real-server indices.
    pub real_servers: u32,
}

impl From<&crate::CardInfo> for Limits {
    fn from(i: &crate::CardInfo) -> Self {
        Limits {
            ports: i.ports,
            services: i.services,
            real_servers: i.real_servers,
        }
    }
}

/// What was wrong with what the card wrote, or why the host could not post.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RingFault {
    /// `HEAD` claims more descriptors than the host posted.
    #[error(
        "HEAD {head} is beyond what was posted (consumed up to {done}, posted up to {posted})"
    )]
    HeadBeyondTail {
        /// HEAD read.
        head: u32,
        /// Host's consumed index.
        done: u32,
        /// Host's posted index.
        posted: u32,
    },
    /// The card produced more records than there were free slots.
    #[error("HEAD {head} overruns the ring (host at {tail}, {size} slots)")]
    Overrun {
        /// HEAD read.
        head: u32,
        /// Host's index.
        tail: u32,
        /// Ring size.
        size: u32,
    },
    /// `HEAD` passed a descriptor the card did not mark done.
    #[error("descriptor {index} passed by HEAD but not marked done")]
    NotDone {
        /// Free-running index.
        index: u32,
    },
    /// Unknown completion status.
    #[error("descriptor {index}: unknown status {code}")]
    UnknownStatus {
        /// Index.
        index: u32,
        /// Code.
        code: u8,
    },
    /// A command came back with another command's tag.
    #[error("descriptor {index}: tag {found} returned, {expected} posted")]
    TagMismatch {
        /// Index.
        index: u32,
        /// Tag posted.
        expected: u32,
        /// Tag found.
        found: u32,
    },
    /// The card changed a field the host wrote.
    #[error("descriptor {index}: the card changed {field}")]
    FieldChanged {
        /// Index.
        index: u32,
        /// Field.
        field: &'static str,
    },
    /// A length beyond the buffer, or inconsistent with the TRUNCATED flag.
    #[error(
        "descriptor {index}: frame length {len} does not fit the {buffer}-byte buffer as flagged"
    )]
    BadLength {
        /// Index.
        index: u32,
        /// Length claimed.
        len: u32,
        /// Buffer size.
        buffer: u32,
    },
    /// An unknown exception reason.
    #[error("descriptor {index}: unknown exception reason {code}")]
    UnknownReason {
        /// Index.
        index: u32,
        /// Code.
        code: u8,
    },
    /// An unknown notification kind.
    #[error("record {index}: unknown notification kind {code}")]
    UnknownKind {
        /// Index.
        index: u32,
        /// Code.
        code: u8,
    },
    /// A port, service, real-server index or header offset out of range.
    #[error("descriptor {index}: {field} {value} out of range (limit {limit})")]
    OutOfRange {
        /// Index.
        index: u32,
        /// Field.
        field: &'static str,
        /// Value.
        value: u32,
        /// Exclusive limit.
        limit: u32,
    },
    /// No free slot for the host to post into.
    #[error("ring full ({size} slots in flight)")]
    Full {
        /// Ring size.
        size: u32,
    },
}

#[cfg(test)]
mod tests;
