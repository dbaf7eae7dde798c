//! What the card does with one frame.

use fpvs_abi::{Direction, DropReason, ExceptionReason, NotifyRecord};

/// The outcome for one frame. Every frame gets exactly one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Sent out of `port` as `frame`.
    Forward {
        /// Egress port.
        port: u8,
        /// The frame as it leaves.
        frame: Vec<u8>,
        /// Counters to charge (`None` for verbatim injections).
        accounting: Option<Accounting>,
        /// Notification for the host, if any.
        notify: Option<NotifyRecord>,
    },
    /// Sent to the host unchanged.
    Exception {
        /// Why.
        reason: ExceptionReason,
        /// The frame as it arrived.
        frame: Vec<u8>,
        /// Metadata the exception descriptor carries.
        meta: ExceptionMeta,
    },
    /// Discarded.
    Drop {
        /// Why.
        reason: DropReason,
    },
}

/// Counters a forwarded frame is charged to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accounting {
    /// Service index.
    pub service: u16,
    /// Real-server index.
    pub real_server: u16,
    /// In or out.
    pub direction: Direction,
    /// IPv4 total length of the frame as it arrived.
    pub bytes: u16,
    /// Flow-table slot hit (`None` when a real server was picked by Maglev).
    pub slot: Option<u32>,
}

/// Exception metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionMeta {
    /// Ingress port.
    pub port: u8,
    /// Offset of the L3 header (14 or 18).
    pub l3_offset: u8,
    /// Flow hash, 0 when the frame is not well-formed IPv4 TCP/UDP.
    pub flow_hash: u32,
    /// Arrival tick.
    pub timestamp: u32,
    /// Service index, when a service or flow entry matched.
    pub service: Option<u16>,
}

impl Verdict {
    /// Short name of the verdict kind.
    pub fn kind(&self) -> &'static str {
        match self {
            Verdict::Forward { .. } => "forward",
            Verdict::Exception { .. } => "exception",
            Verdict::Drop { .. } => "drop",
        }
    }
}
