//! The BAR0 register space: a chain of self-describing blocks.
//!
//! Every block starts with three read-only words: `TYPE` (what the block is),
//! `VERSION` (`major << 16 | minor`) and `NEXT` (byte offset of the next block, 0 at the
//! end of the chain). The driver walks the chain from offset 0, checks each type and
//! version it needs, and refuses a card that lacks one. All registers are 32 bits,
//! little-endian, at 4-byte aligned byte offsets.
//!
//! ```text
//! 0x0000  ID         card identity and build parameters        (pipeline RTL)
//! 0x0100  CTRL       scratch, tunnel MTU/TTL, timestamp        (pipeline RTL)
//! 0x0200  STATS      frame counters, per-reason counters       (pipeline RTL)
//! 0x0300  RATELIMIT  punt token buckets per reason class       (pipeline RTL)
//! 0x1000  RINGS      command/exception/inject/notify rings     (DMA shell)
//! ```
//!
//! The pipeline RTL implements the first four; the shell around it (the simulator's
//! DMA engine, a PCIe shell, a board's management channel) implements `RINGS`.
//! Offsets are given once, here: the RTL decode, the driver and the tests use these.

/// Byte size of BAR0.
pub const BAR0_SIZE: u32 = 0x1_0000;

/// Offsets common to every block.
pub mod header {
    /// Block type.
    pub const TYPE: u32 = 0x00;
    /// Block version, `major << 16 | minor`.
    pub const VERSION: u32 = 0x04;
    /// Offset of the next block (0: last).
    pub const NEXT: u32 = 0x08;
}

/// Block type codes.
pub mod block_type {
    /// Card identity.
    pub const ID: u32 = 0x4650_0001;
    /// Control.
    pub const CTRL: u32 = 0x4650_0002;
    /// Statistics.
    pub const STATS: u32 = 0x4650_0003;
    /// Punt rate limiter.
    pub const RATELIMIT: u32 = 0x4650_0004;
    /// DMA rings.
    pub const RINGS: u32 = 0x4650_0010;
}

/// ID block: who the card is and how it was built.
pub mod id {
    /// Block base.
    pub const BASE: u32 = 0x0000;
    /// Version of this block.
    pub const VERSION: u32 = 0x0001_0000;
    /// `0x4650_5653` ("FPVS").
    pub const MAGIC: u32 = BASE + 0x0C;
    /// Expected value of `MAGIC`.
    pub const MAGIC_VALUE: u32 = 0x4650_5653;
    /// `crate::ABI_VERSION` the bitstream was built against.
    pub const ABI_VERSION: u32 = BASE + 0x10;
    /// Bits 0..8: datapath width in bytes; bits 8..12: number of Ethernet ports.
    pub const BUILD: u32 = BASE + 0x14;
    /// Flow-table geometry, `FlowGeometry::to_reg`.
    pub const FLOW_GEOMETRY: u32 = BASE + 0x18;
    /// Service-table geometry, `FlowGeometry::to_reg`.
    pub const SERVICE_GEOMETRY: u32 = BASE + 0x1C;
    /// Number of Maglev slots.
    pub const MAGLEV_SLOTS: u32 = BASE + 0x20;
    /// Number of real-server entries.
    pub const REAL_SERVERS: u32 = BASE + 0x24;
    /// Number of next-hop entries.
    pub const NEXTHOPS: u32 = BASE + 0x28;
    /// Number of service indices (counters).
    pub const SERVICES: u32 = BASE + 0x2C;
    /// Core clock in kHz.
    pub const CLOCK_KHZ: u32 = BASE + 0x30;
    /// Identity of the build: a hash of the generator's parameters.
    pub const BUILD_ID: u32 = BASE + 0x34;
    /// Next block.
    pub const NEXT_BLOCK: u32 = super::ctrl::BASE;
}

/// CTRL block.
pub mod ctrl {
    /// Block base.
    pub const BASE: u32 = 0x0100;
    /// Version of this block.
    pub const VERSION: u32 = 0x0001_0000;
    /// Read/write scratch register (liveness checks).
    pub const SCRATCH: u32 = BASE + 0x0C;
    /// Tunnel MTU: TUN output larger than this (outer IPv4 total length) is an
    /// exception. Reset 1500.
    pub const TUN_MTU: u32 = BASE + 0x10;
    /// Reset value of `TUN_MTU`.
    pub const TUN_MTU_RESET: u32 = 1500;
    /// TTL of the outer TUN header. Reset 64.
    pub const TUN_TTL: u32 = BASE + 0x14;
    /// Reset value of `TUN_TTL`.
    pub const TUN_TTL_RESET: u32 = 64;
    /// Clock cycles per timestamp tick; 0 stops the clock. Reset: 1 ms of core clock.
    pub const TS_PRESCALE: u32 = BASE + 0x18;
    /// Current timestamp tick; writable (sets the clock).
    pub const TS_NOW: u32 = BASE + 0x1C;
    /// Next block.
    pub const NEXT_BLOCK: u32 = super::stats::BASE;
}

/// STATS block: 32-bit wrapping counters (the host extends them by polling).
pub mod stats {
    /// Block base.
    pub const BASE: u32 = 0x0200;
    /// Version of this block.
    pub const VERSION: u32 = 0x0001_0000;
    /// Frames into the pipeline (both ports and re-run injections).
    pub const RX_FRAMES: u32 = BASE + 0x0C;
    /// Frames forwarded.
    pub const FWD_FRAMES: u32 = BASE + 0x10;
    /// Frames sent to the host.
    pub const EXC_FRAMES: u32 = BASE + 0x14;
    /// Frames dropped.
    pub const DROP_FRAMES: u32 = BASE + 0x18;
    /// Notify records queued.
    pub const NOTIFY_RECORDS: u32 = BASE + 0x1C;
    /// Notify records lost because the queue was full.
    pub const NOTIFY_DROPS: u32 = BASE + 0x20;
    /// Frames injected verbatim.
    pub const INJ_FRAMES: u32 = BASE + 0x24;
    /// `EXC_COUNT + 4 * code`: exceptions per `ExceptionReason` code (16 counters).
    pub const EXC_COUNT: u32 = BASE + 0x40;
    /// `DROP_COUNT + 4 * code`: drops per `DropReason` code (8 counters).
    pub const DROP_COUNT: u32 = BASE + 0x80;
    /// Next block.
    pub const NEXT_BLOCK: u32 = super::ratelimit::BASE;

    /// Offset of the exception counter for `reason`.
    pub const fn exc_count(reason: crate::ExceptionReason) -> u32 {
        EXC_COUNT + 4 * reason as u32
    }
    /// Offset of the drop counter for `reason`.
    pub const fn drop_count(reason: crate::DropReason) -> u32 {
        DROP_COUNT + 4 * reason as u32
    }
}

/// RATELIMIT block: one token bucket per `ReasonClass`. Every `PERIOD` cycles each
/// bucket gains `RATE` tokens up to `BURST`; an exception takes one token, or is dropped
/// (`DropReason::RateLimited`) when there is none. `PERIOD` = 0 turns limiting off
/// (the reset state).
pub mod ratelimit {
    /// Block base.
    pub const BASE: u32 = 0x0300;
    /// Version of this block.
    pub const VERSION: u32 = 0x0001_0000;
    /// Cycles between refills; 0: no limiting.
    pub const PERIOD: u32 = BASE + 0x0C;
    /// First class's registers; class `c` at `CLASS + CLASS_STRIDE * c`.
    pub const CLASS: u32 = BASE + 0x10;
    /// Stride between classes.
    pub const CLASS_STRIDE: u32 = 0x10;
    /// Tokens added per period (within a class).
    pub const RATE: u32 = 0x0;
    /// Bucket depth (within a class).
    pub const BURST: u32 = 0x4;
    /// Tokens now, read-only (within a class).
    pub const TOKENS: u32 = 0x8;
    /// Exceptions dropped, read-only (within a class).
    pub const LIMITED: u32 = 0xC;
    /// Next block: the shell's.
    pub const NEXT_BLOCK: u32 = super::rings::BASE;

    /// Absolute offset of register `reg` of class `class`.
    pub const fn class_reg(class: crate::ReasonClass, reg: u32) -> u32 {
        CLASS + CLASS_STRIDE * class as u32 + reg
    }
}

/// RINGS block (DMA shell). Four rings of fixed-size descriptors in host memory, each
/// `2^LOG2_SIZE` slots; indices are free-running 32-bit counters, slot = index mod size.
///
/// | ring | producer | consumer | descriptor |
/// |---|---|---|---|
/// | CMD | host: `TAIL` (doorbell) | card: `HEAD`, writes status back | `CommandDescriptor` |
/// | EXC | host posts buffers: `TAIL` | card fills: `HEAD` | `ExceptionDescriptor` |
/// | INJ | host: `TAIL` (doorbell) | card: `HEAD` | `InjectDescriptor` |
/// | NOTIFY | card: `HEAD` | host: `TAIL` (frees slots) | `NotifyRecord` |
///
/// Each ring has an interrupt vector (MSI-X vector = ring number), raised when `HEAD`
/// moves and `IRQ_CTRL` bit 0 is set.
pub mod rings {
    /// Block base.
    pub const BASE: u32 = 0x1000;
    /// Version of this block.
    pub const VERSION: u32 = 0x0001_0000;
    /// Number of rings.
    pub const COUNT: u32 = 4;
    /// First ring's registers; ring `r` at `RING + RING_STRIDE * r`.
    pub const RING: u32 = BASE + 0x20;
    /// Stride between rings.
    pub const RING_STRIDE: u32 = 0x20;
    /// Ring base address, low 32 bits (within a ring).
    pub const BASE_LO: u32 = 0x00;
    /// Ring base address, high 32 bits.
    pub const BASE_HI: u32 = 0x04;
    /// log2 of the number of slots; writing it (re)starts the ring at index 0.
    pub const LOG2_SIZE: u32 = 0x08;
    /// Card's index.
    pub const HEAD: u32 = 0x0C;
    /// Host's index (doorbell).
    pub const TAIL: u32 = 0x10;
    /// Bit 0: raise the ring's interrupt when HEAD moves.
    pub const IRQ_CTRL: u32 = 0x14;
    /// Largest `LOG2_SIZE` accepted.
    pub const MAX_LOG2_SIZE: u32 = 16;
    /// Next block: none.
    pub const NEXT_BLOCK: u32 = 0;

    /// Ring numbers.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[repr(u32)]
    pub enum Ring {
        /// Commands.
        Cmd = 0,
        /// Exceptions.
        Exc = 1,
        /// Injections.
        Inj = 2,
        /// Notifications.
        Notify = 3,
    }

    impl Ring {
        /// All rings.
        pub const ALL: [Ring; 4] = [Ring::Cmd, Ring::Exc, Ring::Inj, Ring::Notify];

        /// Descriptor size of this ring.
        pub const fn descriptor_bytes(self) -> usize {
            match self {
                Ring::Cmd => crate::CommandDescriptor::BYTES,
                Ring::Exc => crate::ExceptionDescriptor::BYTES,
                Ring::Inj => crate::InjectDescriptor::BYTES,
                Ring::Notify => crate::NotifyRecord::BYTES,
            }
        }
    }

    /// Absolute offset of register `reg` of ring `ring`.
    pub const fn ring_reg(ring: Ring, reg: u32) -> u32 {
        RING + RING_STRIDE * ring as u32 + reg
    }

    /// The ring and register an absolute offset names (the inverse of [`ring_reg`]).
    pub fn ring_of(offset: u32) -> Option<(Ring, u32)> {
        let rel = offset.checked_sub(RING)?;
        let ring = *Ring::ALL.get((rel / RING_STRIDE) as usize)?;
        Some((ring, rel % RING_STRIDE))
    }
}

/// How a register may be accessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Read-only.
    Ro,
    /// Read/write.
    Rw,
}

/// One register, for tables, dumps and the RTL/driver agreement test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegDesc {
    /// Name.
    pub name: &'static str,
    /// Absolute byte offset.
    pub offset: u32,
    /// Access.
    pub access: Access,
}

/// One block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockDesc {
    /// Name.
    pub name: &'static str,
    /// Type code.
    pub ty: u32,
    /// Version.
    pub version: u32,
    /// Base offset.
    pub base: u32,
    /// Offset of the next block (0: last).
    pub next: u32,
    /// Registers after the header.
    pub regs: &'static [RegDesc],
}

const fn ro(name: &'static str, offset: u32) -> RegDesc {
    RegDesc {
        name,
        offset,
        access: Access::Ro,
    }
}

const fn rw(name: &'static str, offset: u32) -> RegDesc {
    RegDesc {
        name,
        offset,
        access: Access::Rw,
    }
}

/// The blocks the pipeline RTL implements, in chain order.
pub const PIPELINE_BLOCKS: [BlockDesc; 4] = [
    BlockDesc {
        name: "ID",
        ty: block_type::ID,
        version: id::VERSION,
        base: id::BASE,
        next: id::NEXT_BLOCK,
        regs: &[
            ro("MAGIC", id::MAGIC),
            ro("ABI_VERSION", id::ABI_VERSION),
            ro("BUILD", id::BUILD),
            ro("FLOW_GEOMETRY", id::FLOW_GEOMETRY),
            ro("SERVICE_GEOMETRY", id::SERVICE_GEOMETRY),
            ro("MAGLEV_SLOTS", id::MAGLEV_SLOTS),
            ro("REAL_SERVERS", id::REAL_SERVERS),
            ro("NEXTHOPS", id::NEXTHOPS),
            ro("SERVICES", id::SERVICES),
            ro("CLOCK_KHZ", id::CLOCK_KHZ),
            ro("BUILD_ID", id::BUILD_ID),
        ],
    },
    BlockDesc {
        name: "CTRL",
        ty: block_type::CTRL,
        version: ctrl::VERSION,
        base: ctrl::BASE,
        next: ctrl::NEXT_BLOCK,
        regs: &[
            rw("SCRATCH", ctrl::SCRATCH),
            rw("TUN_MTU", ctrl::TUN_MTU),
            rw("TUN_TTL", ctrl::TUN_TTL),
            rw("TS_PRESCALE", ctrl::TS_PRESCALE),
            rw("TS_NOW", ctrl::TS_NOW),
        ],
    },
    BlockDesc {
        name: "STATS",
        ty: block_type::STATS,
        version: stats::VERSION,
        base: stats::BASE,
        next: stats::NEXT_BLOCK,
        regs: &[
            ro("RX_FRAMES", stats::RX_FRAMES),
            ro("FWD_FRAMES", stats::FWD_FRAMES),
            ro("EXC_FRAMES", stats::EXC_FRAMES),
            ro("DROP_FRAMES", stats::DROP_FRAMES),
            ro("NOTIFY_RECORDS", stats::NOTIFY_RECORDS),
            ro("NOTIFY_DROPS", stats::NOTIFY_DROPS),
            ro("INJ_FRAMES", stats::INJ_FRAMES),
        ],
    },
    BlockDesc {
        name: "RATELIMIT",
        ty: block_type::RATELIMIT,
        version: ratelimit::VERSION,
        base: ratelimit::BASE,
        next: ratelimit::NEXT_BLOCK,
        regs: &[rw("PERIOD", ratelimit::PERIOD)],
    },
];

/// The RINGS block of a DMA shell.
pub const RINGS_BLOCK: BlockDesc = BlockDesc {
    name: "RINGS",
    ty: block_type::RINGS,
    version: rings::VERSION,
    base: rings::BASE,
    next: rings::NEXT_BLOCK,
    regs: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_is_consistent_and_inside_bar() {
        let mut all: Vec<BlockDesc> = PIPELINE_BLOCKS.to_vec();
        all.push(RINGS_BLOCK);
        for pair in all.windows(2) {
            assert_eq!(
                pair[0].next, pair[1].base,
                "{} -> {}",
                pair[0].name, pair[1].name
            );
            assert!(pair[0].base < pair[1].base);
        }
        assert_eq!(all.last().unwrap().next, 0);
        for b in &all {
            for r in b.regs {
                assert!(r.offset >= b.base + 0x0C, "{} overlaps the header", r.name);
                assert!(r.offset % 4 == 0 && r.offset < BAR0_SIZE);
                assert!(
                    b.next == 0 || r.offset < b.next,
                    "{} past its block",
                    r.name
                );
            }
        }
        assert!(stats::DROP_COUNT + 4 * crate::DropReason::COUNTERS as u32 <= ratelimit::BASE);
        assert!(ratelimit::class_reg(crate::ReasonClass::Other, ratelimit::LIMITED) < rings::BASE);
        assert!(rings::ring_reg(rings::Ring::Notify, rings::IRQ_CTRL) < BAR0_SIZE);
    }
}
