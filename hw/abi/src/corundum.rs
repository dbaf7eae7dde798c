//! The Corundum application-block target: what a host needs beyond [`crate::regs`].
//!
//! On a Corundum NIC the FPVS registers are the application BAR. The core's blocks sit
//! at their usual offsets; instead of the DMA `RINGS` block, the block at
//! [`mailbox::BASE`] takes one command descriptor at a time. Exceptions, notify
//! records and injections travel through Corundum's ordinary host queues as Ethernet
//! frames that start with one 64-byte header beat:
//!
//! ```text
//! byte  0..6    destination MAC  02:46:50:56:53:00
//!       6..12   source MAC       02:46:50:56:53:01
//!      12..14   EtherType        0x88B5, big-endian
//!      14       kind             1 exception, 2 notify, 3 inject
//!      15       version          1
//!      16..     exception: ExceptionDescriptor (buf_addr, buf_size, frame_len 0;
//!                          flags DONE); the frame follows at byte 64
//!               notify:    NotifyRecord; nothing follows
//!               inject:    InjectDescriptor (only flags and port are read); the
//!                          frame follows at byte 64
//!      ..64     0
//! ```
//!
//! A host frame without an inject header is sent verbatim out of the port whose TX
//! queue carried it. Exceptions arrive on the RX queues of their ingress port, notify
//! records on port 0's.

use crate::{ExceptionDescriptor, InjectDescriptor, InjectFlags, NotifyRecord};

/// EtherType of host-queue frames (IEEE 802 local experimental 1).
pub const ETHERTYPE: u16 = 0x88B5;
/// Length of the header beat.
pub const HEADER_BYTES: usize = 64;
/// Header version.
pub const HEADER_VERSION: u8 = 1;
/// Destination MAC of card-to-host frames.
pub const CARD_DST_MAC: [u8; 6] = [0x02, 0x46, 0x50, 0x56, 0x53, 0x00];
/// Source MAC of card-to-host frames.
pub const CARD_SRC_MAC: [u8; 6] = [0x02, 0x46, 0x50, 0x56, 0x53, 0x01];

/// What a header beat announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum HeaderKind {
    /// An exception frame follows.
    Exception = 1,
    /// A notify record, no frame.
    Notify = 2,
    /// A frame to inject follows.
    Inject = 3,
}

/// A card-to-host frame, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostFrame {
    /// An exception: its descriptor and the frame as it arrived.
    Exception(ExceptionDescriptor, Vec<u8>),
    /// A notify record.
    Notify(NotifyRecord),
}

impl HostFrame {
    /// Decodes a frame received from a host RX queue; `None` if it is not an FPVS
    /// frame.
    pub fn decode(frame: &[u8]) -> Option<HostFrame> {
        if frame.len() < HEADER_BYTES
            || frame[12..14] != ETHERTYPE.to_be_bytes()
            || frame[15] != HEADER_VERSION
        {
            return None;
        }
        match frame[14] {
            1 => {
                let d: &[u8; ExceptionDescriptor::BYTES] = frame[16..48].try_into().ok()?;
                Some(HostFrame::Exception(
                    ExceptionDescriptor::decode(d),
                    frame[HEADER_BYTES..].to_vec(),
                ))
            }
            2 => {
                let d: &[u8; NotifyRecord::BYTES] = frame[16..48].try_into().ok()?;
                NotifyRecord::decode(d).ok().map(HostFrame::Notify)
            }
            _ => None,
        }
    }
}

/// The header beat that makes a host TX frame an injection: run through the pipeline
/// as if it arrived on `port`, or (`verbatim`) sent out of `port` unchanged.
pub fn inject_header(port: u8, verbatim: bool) -> [u8; HEADER_BYTES] {
    let mut h = [0u8; HEADER_BYTES];
    h[0..6].copy_from_slice(&CARD_DST_MAC);
    h[6..12].copy_from_slice(&CARD_SRC_MAC);
    h[12..14].copy_from_slice(&ETHERTYPE.to_be_bytes());
    h[14] = HeaderKind::Inject as u8;
    h[15] = HEADER_VERSION;
    let d = InjectDescriptor {
        flags: InjectFlags(if verbatim { InjectFlags::VERBATIM } else { 0 }),
        port,
        ..Default::default()
    };
    h[16..32].copy_from_slice(&d.encode());
    h
}

/// The MAILBOX block of the application BAR (replaces `RINGS`). [`BLOCK`] describes it
/// register by register; the block's Verilog (`hw/corundum/rtl/fpvs_axil_regs.v`) takes
/// its numbers from parameters generated from these (`fpvs-gen --corundum-params`).
pub mod mailbox {
    use crate::regs::{ArrayDesc, BlockDesc, RegDesc};

    /// Block base (where `RINGS` is on a DMA shell; RATELIMIT's `NEXT` points here).
    pub const BASE: u32 = crate::regs::rings::BASE;
    /// Bytes the block decodes from `BASE` (a power of two, `BASE` aligned to it).
    pub const SPAN: u32 = 0x100;
    /// Block type.
    pub const TYPE: u32 = 0x4650_0011;
    /// Version of this block.
    pub const VERSION: u32 = 0x0001_0000;
    /// Bit 0 CMD_BUSY (posted, not yet taken), bit 1 CPL_VALID (a completion is held).
    pub const STATUS: u32 = BASE + 0x0C;
    /// `STATUS` bit: a command is posted and not yet taken by the core.
    pub const STATUS_CMD_BUSY: u32 = 1 << 0;
    /// `STATUS` bit: a completion is held in `CPL`.
    pub const STATUS_CPL_VALID: u32 = 1 << 1;
    /// Write: post `CMD` (ignored while CMD_BUSY).
    pub const DOORBELL: u32 = BASE + 0x10;
    /// Write: release the held completion.
    pub const CPL_POP: u32 = BASE + 0x14;
    /// Number of Ethernet ports served.
    pub const PORTS: u32 = BASE + 0x18;
    /// EtherType of host-queue frames.
    pub const ETHERTYPE: u32 = BASE + 0x1C;
    /// Commands posted.
    pub const CMD_COUNT: u32 = BASE + 0x20;
    /// Completions released.
    pub const CPL_COUNT: u32 = BASE + 0x24;
    /// Command descriptor, word `i` at `CMD + 4 i` (bytes `4i..4i+4`, little-endian).
    pub const CMD: u32 = BASE + 0x40;
    /// Completed descriptor, word `i` at `CPL + 4 i`.
    pub const CPL: u32 = BASE + 0x80;
    /// Words in a descriptor.
    pub const WORDS: u32 = (crate::CommandDescriptor::BYTES / 4) as u32;

    /// Next block: none.
    pub const NEXT_BLOCK: u32 = 0;

    /// The command descriptor's words.
    pub const CMD_ARRAY: ArrayDesc = ArrayDesc {
        name: "CMD",
        base: CMD,
        stride: 4,
        count: WORDS,
        regs: &[RegDesc::rw("CMD", 0)],
    };
    /// The completed descriptor's words.
    pub const CPL_ARRAY: ArrayDesc = ArrayDesc {
        name: "CPL",
        base: CPL,
        stride: 4,
        count: WORDS,
        regs: &[RegDesc::ro("CPL", 0)],
    };

    /// The block, register by register.
    pub const BLOCK: BlockDesc = BlockDesc {
        name: "MAILBOX",
        ty: TYPE,
        version: VERSION,
        base: BASE,
        next: NEXT_BLOCK,
        regs: &[
            RegDesc::ro("STATUS", STATUS),
            RegDesc::wo("DOORBELL", DOORBELL),
            RegDesc::wo("CPL_POP", CPL_POP),
            RegDesc::ro("PORTS", PORTS),
            RegDesc::ro("ETHERTYPE", ETHERTYPE),
            RegDesc::ro("CMD_COUNT", CMD_COUNT),
            RegDesc::ro("CPL_COUNT", CPL_COUNT),
        ],
        arrays: &[CMD_ARRAY, CPL_ARRAY],
    };

    // The block decodes an aligned power-of-two window inside the BAR, and each
    // descriptor window is aligned to its own size (the Verilog takes the word index
    // from the low address bits).
    const _: () = assert!(SPAN.is_power_of_two() && BASE % SPAN == 0);
    const _: () = assert!(BASE + SPAN <= crate::regs::BAR0_SIZE);
    const _: () = assert!(WORDS.is_power_of_two());
    const _: () = assert!(CMD % (4 * WORDS) == 0 && CPL % (4 * WORDS) == 0);
    const _: () = assert!(CMD + 4 * WORDS <= CPL || CPL + 4 * WORDS <= CMD);
    const _: () = assert!(CMD_ARRAY.end() <= BASE + SPAN && CPL_ARRAY.end() <= BASE + SPAN);
}

/// The application BAR of a Corundum card: the pipeline's blocks, then `MAILBOX`.
pub const APP_BAR_BLOCKS: [crate::regs::BlockDesc; 5] = [
    crate::regs::PIPELINE_BLOCKS[0],
    crate::regs::PIPELINE_BLOCKS[1],
    crate::regs::PIPELINE_BLOCKS[2],
    crate::regs::PIPELINE_BLOCKS[3],
    mailbox::BLOCK,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::regs::{check_chain, lookup, Access};

    #[test]
    fn the_app_bar_chain_is_consistent() {
        check_chain(&APP_BAR_BLOCKS).unwrap();
        let b = mailbox::BLOCK;
        assert_eq!(b.registers().count(), 3 + 7 + 2 * 16);
        assert!(b
            .registers()
            .all(|r| r.offset < mailbox::BASE + mailbox::SPAN));
        let r = lookup(&APP_BAR_BLOCKS, mailbox::CPL + 4 * 15).unwrap();
        assert_eq!(
            (r.name, r.element, r.access),
            ("CPL", Some(("CPL", 15)), Access::Ro)
        );
        assert_eq!(lookup(&APP_BAR_BLOCKS, mailbox::CPL + 4 * 16), None);
        let doorbell = lookup(&APP_BAR_BLOCKS, mailbox::DOORBELL).unwrap();
        assert!(doorbell.access.writable() && !doorbell.access.readable());
    }

    #[test]
    fn inject_header_round_trips_its_descriptor() {
        let h = inject_header(1, true);
        assert_eq!(&h[12..16], &[0x88, 0xB5, 3, 1]);
        let d = InjectDescriptor::decode(h[16..32].try_into().unwrap());
        assert!(d.verbatim());
        assert_eq!(d.port, 1);
    }
}
