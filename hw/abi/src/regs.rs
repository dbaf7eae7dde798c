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
//!
//! Offsets are given once, here, as named constants, and gathered into the block
//! tables ([`PIPELINE_BLOCKS`], [`RINGS_BLOCK`], [`BAR0_BLOCKS`]; the Corundum target's
//! `MAILBOX` in [`crate::corundum::mailbox::BLOCK`]). A table lists every register of a
//! block with its access, the repeated ones (per class, per ring, per reason) as
//! [`ArrayDesc`]s. Everything else derives from these: the RTL decode
//! (`hw/src/regs.rs`) takes its offsets from the constants and is tested against the
//! tables register by register, the Corundum mailbox's Verilog parameters are generated
//! from `MAILBOX`, and the driver's writable set is [`writable`].

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
    use super::{ArrayDesc, RegDesc};

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

    /// The exception counters, one per `ExceptionReason` code.
    pub const EXC_COUNT_ARRAY: ArrayDesc = ArrayDesc {
        name: "EXC_COUNT",
        base: EXC_COUNT,
        stride: 4,
        count: crate::ExceptionReason::COUNTERS as u32,
        regs: &[RegDesc::ro("EXC_COUNT", 0)],
    };
    /// The drop counters, one per `DropReason` code.
    pub const DROP_COUNT_ARRAY: ArrayDesc = ArrayDesc {
        name: "DROP_COUNT",
        base: DROP_COUNT,
        stride: 4,
        count: crate::DropReason::COUNTERS as u32,
        regs: &[RegDesc::ro("DROP_COUNT", 0)],
    };

    /// Offset of the exception counter for `reason`.
    pub const fn exc_count(reason: crate::ExceptionReason) -> u32 {
        EXC_COUNT_ARRAY.offset(reason as u32, 0)
    }
    /// Offset of the drop counter for `reason`.
    pub const fn drop_count(reason: crate::DropReason) -> u32 {
        DROP_COUNT_ARRAY.offset(reason as u32, 0)
    }
}

/// RATELIMIT block: one token bucket per `ReasonClass`. Every `PERIOD` cycles each
/// bucket gains `RATE` tokens up to `BURST`; an exception takes one token, or is dropped
/// (`DropReason::RateLimited`) when there is none. `PERIOD` = 0 turns limiting off
/// (the reset state). The buckets are in `hw/src/decide.rs`, whose documentation lists
/// the limiter's other parts.
pub mod ratelimit {
    use super::{ArrayDesc, RegDesc};

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

    /// The classes' registers, one element per `ReasonClass`.
    pub const CLASS_ARRAY: ArrayDesc = ArrayDesc {
        name: "CLASS",
        base: CLASS,
        stride: CLASS_STRIDE,
        count: crate::ReasonClass::COUNT as u32,
        regs: &[
            RegDesc::rw("RATE", RATE),
            RegDesc::rw("BURST", BURST),
            RegDesc::ro("TOKENS", TOKENS),
            RegDesc::ro("LIMITED", LIMITED),
        ],
    };

    /// Absolute offset of register `reg` of class `class`.
    pub const fn class_reg(class: crate::ReasonClass, reg: u32) -> u32 {
        CLASS_ARRAY.offset(class as u32, reg)
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
    use super::{ArrayDesc, RegDesc};

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

    /// The rings' registers, one element per [`Ring`].
    pub const RING_ARRAY: ArrayDesc = ArrayDesc {
        name: "RING",
        base: RING,
        stride: RING_STRIDE,
        count: COUNT,
        regs: &[
            RegDesc::rw("BASE_LO", BASE_LO),
            RegDesc::rw("BASE_HI", BASE_HI),
            RegDesc::rw("LOG2_SIZE", LOG2_SIZE),
            RegDesc::ro("HEAD", HEAD),
            RegDesc::rw("TAIL", TAIL),
            RegDesc::rw("IRQ_CTRL", IRQ_CTRL),
        ],
    };

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
        RING_ARRAY.offset(ring as u32, reg)
    }

    /// The ring and the offset within its element that an absolute offset falls in
    /// (the inverse of [`ring_reg`]; the offset need not name a register).
    pub fn ring_of(offset: u32) -> Option<(Ring, u32)> {
        let rel = offset.checked_sub(RING_ARRAY.base)?;
        let ring = *Ring::ALL.get((rel / RING_ARRAY.stride) as usize)?;
        Some((ring, rel % RING_ARRAY.stride))
    }
}

/// How a register may be accessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Read-only: writes are ignored.
    Ro,
    /// Read/write: a read returns what was written (or what the card made of it).
    Rw,
    /// Write-only: a write acts (a doorbell), a read returns 0.
    Wo,
}

impl Access {
    /// The host may write it.
    pub const fn writable(self) -> bool {
        matches!(self, Access::Rw | Access::Wo)
    }

    /// A read returns the register's value (not a constant 0).
    pub const fn readable(self) -> bool {
        matches!(self, Access::Ro | Access::Rw)
    }
}

/// One register, for tables, dumps and the RTL/driver agreement tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegDesc {
    /// Name.
    pub name: &'static str,
    /// Byte offset: absolute in [`BlockDesc::regs`], from the start of the element in
    /// [`ArrayDesc::regs`].
    pub offset: u32,
    /// Access.
    pub access: Access,
}

impl RegDesc {
    /// A read-only register.
    pub const fn ro(name: &'static str, offset: u32) -> RegDesc {
        RegDesc {
            name,
            offset,
            access: Access::Ro,
        }
    }

    /// A read/write register.
    pub const fn rw(name: &'static str, offset: u32) -> RegDesc {
        RegDesc {
            name,
            offset,
            access: Access::Rw,
        }
    }

    /// A write-only register.
    pub const fn wo(name: &'static str, offset: u32) -> RegDesc {
        RegDesc {
            name,
            offset,
            access: Access::Wo,
        }
    }
}

/// Registers repeated at a fixed stride: one element per class, ring or reason code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArrayDesc {
    /// Name of the array (of one element: `CLASS`, `RING`).
    pub name: &'static str,
    /// Absolute byte offset of element 0.
    pub base: u32,
    /// Bytes from one element to the next.
    pub stride: u32,
    /// Number of elements.
    pub count: u32,
    /// One element's registers, offsets from the start of the element.
    pub regs: &'static [RegDesc],
}

impl ArrayDesc {
    /// Absolute offset of register `reg` (offset within the element) of `element`.
    pub const fn offset(&self, element: u32, reg: u32) -> u32 {
        self.base + self.stride * element + reg
    }

    /// First byte past the last element.
    pub const fn end(&self) -> u32 {
        self.base + self.stride * self.count
    }

    /// The element and register at absolute `offset`, if it names one.
    pub fn find(&self, offset: u32) -> Option<(u32, &'static RegDesc)> {
        if offset < self.base || offset >= self.end() {
            return None;
        }
        let rel = offset - self.base;
        let regs: &'static [RegDesc] = self.regs;
        let reg = regs.iter().find(|r| r.offset == rel % self.stride)?;
        Some((rel / self.stride, reg))
    }
}

/// One register of a block at its absolute offset: a header word, a plain register
/// or one element's register of an array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reg {
    /// Name of the block.
    pub block: &'static str,
    /// Name of the register (for an array, of the register within the element).
    pub name: &'static str,
    /// For a register of an array: the array's name and the element.
    pub element: Option<(&'static str, u32)>,
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
    /// Registers after the header (absolute offsets).
    pub regs: &'static [RegDesc],
    /// Arrays of registers after the header.
    pub arrays: &'static [ArrayDesc],
}

/// The three header words every block starts with.
const HEADER: [(&str, u32); 3] = [
    ("TYPE", header::TYPE),
    ("VERSION", header::VERSION),
    ("NEXT", header::NEXT),
];

impl BlockDesc {
    /// Every register of the block in offset order within each kind: the header words,
    /// the plain registers, then each array element by element.
    pub fn registers(&self) -> impl Iterator<Item = Reg> + '_ {
        let block = self.name;
        let header = HEADER.into_iter().map(move |(name, off)| Reg {
            block,
            name,
            element: None,
            offset: self.base + off,
            access: Access::Ro,
        });
        let plain = self.regs.iter().map(move |r| Reg {
            block,
            name: r.name,
            element: None,
            offset: r.offset,
            access: r.access,
        });
        let arrays: &'static [ArrayDesc] = self.arrays;
        let elements = arrays.iter().flat_map(move |a| {
            (0..a.count).flat_map(move |i| {
                a.regs.iter().map(move |r| Reg {
                    block,
                    name: r.name,
                    element: Some((a.name, i)),
                    offset: a.offset(i, r.offset),
                    access: r.access,
                })
            })
        });
        header.chain(plain).chain(elements)
    }

    /// The register at absolute `offset`, if the block has one there.
    pub fn lookup(&self, offset: u32) -> Option<Reg> {
        let block = self.name;
        if let Some((name, _)) = HEADER.iter().find(|(_, o)| self.base + o == offset) {
            return Some(Reg {
                block,
                name,
                element: None,
                offset,
                access: Access::Ro,
            });
        }
        if let Some(r) = self.regs.iter().find(|r| r.offset == offset) {
            return Some(Reg {
                block,
                name: r.name,
                element: None,
                offset,
                access: r.access,
            });
        }
        self.arrays.iter().find_map(|a| {
            a.find(offset).map(|(i, r)| Reg {
                block,
                name: r.name,
                element: Some((a.name, i)),
                offset,
                access: r.access,
            })
        })
    }
}

/// The register at absolute `offset` in `blocks`, if there is one.
pub fn lookup(blocks: &[BlockDesc], offset: u32) -> Option<Reg> {
    blocks.iter().find_map(|b| b.lookup(offset))
}

/// True when `offset` is a register of BAR0 ([`BAR0_BLOCKS`]) that the host may write.
pub fn writable(offset: u32) -> bool {
    lookup(&BAR0_BLOCKS, offset).is_some_and(|r| r.access.writable())
}

/// The blocks the pipeline RTL implements, in chain order.
pub const PIPELINE_BLOCKS: [BlockDesc; 4] = [
    BlockDesc {
        name: "ID",
        ty: block_type::ID,
        version: id::VERSION,
        base: id::BASE,
        next: id::NEXT_BLOCK,
        arrays: &[],
        regs: &[
            RegDesc::ro("MAGIC", id::MAGIC),
            RegDesc::ro("ABI_VERSION", id::ABI_VERSION),
            RegDesc::ro("BUILD", id::BUILD),
            RegDesc::ro("FLOW_GEOMETRY", id::FLOW_GEOMETRY),
            RegDesc::ro("SERVICE_GEOMETRY", id::SERVICE_GEOMETRY),
            RegDesc::ro("MAGLEV_SLOTS", id::MAGLEV_SLOTS),
            RegDesc::ro("REAL_SERVERS", id::REAL_SERVERS),
            RegDesc::ro("NEXTHOPS", id::NEXTHOPS),
            RegDesc::ro("SERVICES", id::SERVICES),
            RegDesc::ro("CLOCK_KHZ", id::CLOCK_KHZ),
            RegDesc::ro("BUILD_ID", id::BUILD_ID),
        ],
    },
    BlockDesc {
        name: "CTRL",
        ty: block_type::CTRL,
        version: ctrl::VERSION,
        base: ctrl::BASE,
        next: ctrl::NEXT_BLOCK,
        arrays: &[],
        regs: &[
            RegDesc::rw("SCRATCH", ctrl::SCRATCH),
            RegDesc::rw("TUN_MTU", ctrl::TUN_MTU),
            RegDesc::rw("TUN_TTL", ctrl::TUN_TTL),
            RegDesc::rw("TS_PRESCALE", ctrl::TS_PRESCALE),
            RegDesc::rw("TS_NOW", ctrl::TS_NOW),
        ],
    },
    BlockDesc {
        name: "STATS",
        ty: block_type::STATS,
        version: stats::VERSION,
        base: stats::BASE,
        next: stats::NEXT_BLOCK,
        regs: &[
            RegDesc::ro("RX_FRAMES", stats::RX_FRAMES),
            RegDesc::ro("FWD_FRAMES", stats::FWD_FRAMES),
            RegDesc::ro("EXC_FRAMES", stats::EXC_FRAMES),
            RegDesc::ro("DROP_FRAMES", stats::DROP_FRAMES),
            RegDesc::ro("NOTIFY_RECORDS", stats::NOTIFY_RECORDS),
            RegDesc::ro("NOTIFY_DROPS", stats::NOTIFY_DROPS),
            RegDesc::ro("INJ_FRAMES", stats::INJ_FRAMES),
        ],
        arrays: &[stats::EXC_COUNT_ARRAY, stats::DROP_COUNT_ARRAY],
    },
    BlockDesc {
        name: "RATELIMIT",
        ty: block_type::RATELIMIT,
        version: ratelimit::VERSION,
        base: ratelimit::BASE,
        next: ratelimit::NEXT_BLOCK,
        regs: &[RegDesc::rw("PERIOD", ratelimit::PERIOD)],
        arrays: &[ratelimit::CLASS_ARRAY],
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
    arrays: &[rings::RING_ARRAY],
};

/// BAR0 of a card with a DMA shell: the pipeline's blocks, then `RINGS`.
pub const BAR0_BLOCKS: [BlockDesc; 5] = [
    PIPELINE_BLOCKS[0],
    PIPELINE_BLOCKS[1],
    PIPELINE_BLOCKS[2],
    PIPELINE_BLOCKS[3],
    RINGS_BLOCK,
];

/// Checks a chain of block tables: each `NEXT` is the next block's base (0 at the end),
/// bases ascend, every register is word aligned, inside its block (from its base to the
/// next block or the end of the BAR), arrays hold whole elements, and no two registers
/// (header words included) share an offset. Returns the first problem found.
pub fn check_chain(blocks: &[BlockDesc]) -> Result<(), String> {
    for pair in blocks.windows(2) {
        if pair[0].next != pair[1].base || pair[0].base >= pair[1].base {
            return Err(format!(
                "{} -> {}: broken chain",
                pair[0].name, pair[1].name
            ));
        }
    }
    if blocks.last().is_some_and(|b| b.next != 0) {
        return Err("the last block has a NEXT".into());
    }
    let mut seen = std::collections::BTreeMap::new();
    for b in blocks {
        for a in b.arrays {
            if a.count == 0 || a.regs.iter().any(|r| r.offset + 4 > a.stride) {
                return Err(format!(
                    "{}.{}: a register outside its element",
                    b.name, a.name
                ));
            }
        }
        let end = if b.next == 0 { BAR0_SIZE } else { b.next };
        for r in b.registers() {
            let what = format!("{}.{} at {:#x}", b.name, r.name, r.offset);
            if r.offset % 4 != 0 || r.offset < b.base || r.offset + 4 > end {
                return Err(format!("{what}: misaligned or outside its block"));
            }
            if let Some(other) = seen.insert(r.offset, what.clone()) {
                return Err(format!("{what}: also {other}"));
            }
        }
    }
    Ok(())
}

const _: () = assert!(rings::Ring::ALL.len() == rings::COUNT as usize);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_is_consistent_and_inside_bar() {
        check_chain(&BAR0_BLOCKS).unwrap();
        assert_eq!(BAR0_BLOCKS[..4], PIPELINE_BLOCKS);
        assert_eq!(BAR0_BLOCKS[4], RINGS_BLOCK);
        // The check itself refuses an overlap, a register past its block and a broken
        // chain.
        let mut overlap = BAR0_BLOCKS;
        const ON_A_CLASS: &[RegDesc] = &[RegDesc::rw("PERIOD", ratelimit::CLASS)];
        overlap[3].regs = ON_A_CLASS;
        assert!(check_chain(&overlap).unwrap_err().contains("also"));
        let mut past = BAR0_BLOCKS;
        const IN_STATS: &[RegDesc] = &[RegDesc::rw("SCRATCH", stats::BASE)];
        past[1].regs = IN_STATS;
        assert!(check_chain(&past).is_err());
        let mut broken = BAR0_BLOCKS;
        broken[2].next = 0x0400;
        assert!(check_chain(&broken).unwrap_err().contains("chain"));
    }

    #[test]
    fn every_register_is_found_where_the_table_puts_it() {
        let mut n = 0;
        for b in &BAR0_BLOCKS {
            for r in b.registers() {
                assert_eq!(lookup(&BAR0_BLOCKS, r.offset), Some(r));
                n += 1;
            }
        }
        // 5 headers; ID 11, CTRL 5, STATS 7 + 16 + 8, RATELIMIT 1 + 3 x 4, RINGS 4 x 6.
        assert_eq!(n, 15 + 11 + 5 + 31 + 13 + 24);
        // Nothing else is found: the offsets where lookup finds a register are exactly
        // the ones the tables list.
        let listed: std::collections::BTreeSet<u32> = BAR0_BLOCKS
            .iter()
            .flat_map(|b| b.registers())
            .map(|r| r.offset)
            .collect();
        let found: std::collections::BTreeSet<u32> = (0..BAR0_SIZE)
            .filter(|&o| lookup(&BAR0_BLOCKS, o).is_some())
            .collect();
        assert_eq!(found, listed);
    }

    #[test]
    fn array_offsets_agree_with_the_named_constants() {
        use crate::{DropReason, ExceptionReason, ReasonClass};
        let r = lookup(
            &BAR0_BLOCKS,
            ratelimit::class_reg(ReasonClass::Other, ratelimit::BURST),
        );
        assert_eq!(
            r.map(|r| (r.name, r.element)),
            Some(("BURST", Some(("CLASS", 2))))
        );
        assert_eq!(
            ratelimit::class_reg(ReasonClass::Control, ratelimit::RATE),
            ratelimit::CLASS + ratelimit::CLASS_STRIDE
        );
        let r = lookup(
            &BAR0_BLOCKS,
            rings::ring_reg(rings::Ring::Notify, rings::HEAD),
        )
        .unwrap();
        assert_eq!(
            (r.name, r.element, r.access),
            ("HEAD", Some(("RING", 3)), Access::Ro)
        );
        assert_eq!(
            rings::ring_of(r.offset),
            Some((rings::Ring::Notify, rings::HEAD))
        );
        // Codes 4 and 5.
        assert_eq!(
            stats::exc_count(ExceptionReason::Arp),
            stats::EXC_COUNT + 4 * 4
        );
        assert_eq!(
            stats::drop_count(DropReason::Runt),
            stats::DROP_COUNT + 4 * 5
        );
    }

    #[test]
    fn the_writable_set_is_the_tables() {
        let mut expected: Vec<u32> = BAR0_BLOCKS
            .iter()
            .flat_map(|b| b.registers())
            .filter(|r| r.access == Access::Rw)
            .map(|r| r.offset)
            .collect();
        expected.sort();
        let found: Vec<u32> = (0..BAR0_SIZE).step_by(4).filter(|&o| writable(o)).collect();
        assert_eq!(found, expected);
        // CTRL 5, PERIOD, RATE and BURST per class, 5 of 6 per ring.
        assert_eq!(found.len(), 5 + 1 + 2 * 3 + 5 * 4);
        assert!(!writable(ctrl::SCRATCH + 1), "unaligned");
        assert!(!writable(rings::ring_reg(rings::Ring::Cmd, rings::HEAD)));
    }
}
