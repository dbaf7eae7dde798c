//! # fpvs-driver — device access for the FPVS card
//!
//! Layers, bottom up:
//!
//! * [`sys`]: every system call and ioctl the crate makes (memfd, mmap, eventfd, poll,
//!   the VFIO ioctls through `vfio-ioctls`), each `unsafe` with its `// SAFETY:` note.
//! * [`volatile`]: the one place that touches device or DMA memory through raw pointers,
//!   always volatile, always bounds-checked. Nothing hands out `&` references to such
//!   memory: the device may change it at any time.
//! * [`mmio`]: the MMIO choke point, a small trait (`read32`/`write32` at a byte offset,
//!   bounds-checked) with backends: a mapped BAR, a vfio-user region, an in-memory fake.
//! * [`device`]: one [`Device`] abstraction (BARs, DMA memory, interrupts) with the
//!   backends [`vfio`] (kernel VFIO) and [`vfio_user`] (vfio-user client), plus the
//!   in-process [`fake`] device used by unit tests; for cards without a DMA engine,
//!   [`host_rings`] serves the ring block on the host for [`uart`] (a serial
//!   management channel) and [`corundum`] (a Corundum NIC's application BAR and host
//!   queues).
//! * [`regs`]: the FPVS register map on top of MMIO: the block-chain walk at open and
//!   the ID/version check that refuses a bitstream this driver does not speak.
//! * [`rings`]: the four DMA rings (command, exception, inject, notify) with doorbells,
//!   interrupt and polling modes. Every index, length and code the device writes is
//!   validated before use.
//! * [`tables`]: table programming: the host's shadow of the card's tables, cuckoo
//!   placement by the contract's pure function, batched commits, read-back of
//!   counters and timestamps, reconciliation after a restart.
//!
//! All waits are bounded: they take a timeout and fail with [`Error::Timeout`].

pub mod corundum;
pub mod device;
pub mod dma;
pub mod fake;
pub mod host_rings;
pub mod irq;
pub mod mmio;
pub mod regs;
pub mod rings;
pub mod sys;
pub mod tables;
pub mod uart;
pub mod vfio;
pub mod vfio_user;
pub mod volatile;
pub mod wait;

pub use device::Device;
pub use dma::DmaBuffer;
pub use irq::Interrupt;
pub use mmio::Mmio;
pub use regs::{CardInfo, Registers};
pub use tables::{CardTables, Checkpoint, Shadow, ShadowError};

pub use rings::RingFault;

use fpvs_abi::regs::rings::Ring;
use std::time::Duration;

/// Everything that can go wrong in the driver.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An MMIO access outside the region or not 4-byte aligned.
    #[error("MMIO {op} at offset {offset:#x} is outside the {size:#x}-byte region or misaligned")]
    MmioBounds {
        /// `read32` or `write32`.
        op: &'static str,
        /// Byte offset asked for.
        offset: u64,
        /// Region size.
        size: u64,
    },
    /// An access to device or DMA memory outside its bounds.
    #[error("{what}: {len} bytes at offset {offset:#x} do not fit in {size:#x} bytes")]
    OutOfBounds {
        /// Which memory.
        what: &'static str,
        /// Byte offset asked for.
        offset: u64,
        /// Length asked for.
        len: u64,
        /// Size of the memory.
        size: u64,
    },
    /// A bounded wait ran out.
    #[error("timed out after {after:?} waiting for {what}")]
    Timeout {
        /// What was awaited.
        what: String,
        /// How long we waited.
        after: Duration,
    },
    /// The device reads all ones: it is gone, reset, or its link is down.
    #[error("device {device} reads 0xffffffff at {offset:#x}: it has been removed, reset or its link is down")]
    DeviceNotResponding {
        /// Which device.
        device: String,
        /// Register read.
        offset: u32,
    },
    /// The device is not an FPVS card (no FPVS magic in the ID block).
    #[error("device {device} is not an FPVS card: ID MAGIC reads {found:#010x}, expected {expected:#010x}. Check that the right device is bound and that an FPVS bitstream is loaded (`fpvsadm flash <bitstream>`)")]
    NotFpvs {
        /// Which device.
        device: String,
        /// MAGIC found.
        found: u32,
        /// MAGIC expected.
        expected: u32,
    },
    /// The card speaks another major version of the card/host contract.
    #[error("device {device} runs a bitstream built for FPVS ABI {found_major}.{found_minor}, but this driver speaks ABI {expected_major}.{expected_minor}. Flash a bitstream built for ABI {expected_major}.x (`fpvsadm flash <bitstream>`), or run the fpvs release whose driver speaks ABI {found_major}.x")]
    AbiMismatch {
        /// Which device.
        device: String,
        /// Card's major.
        found_major: u16,
        /// Card's minor.
        found_minor: u16,
        /// Driver's major.
        expected_major: u16,
        /// Driver's minor.
        expected_minor: u16,
    },
    /// The register block chain is malformed or lacks something the driver needs.
    #[error("device {device}: register chain: {problem}")]
    RegisterChain {
        /// Which device.
        device: String,
        /// What is wrong, for the operator.
        problem: String,
    },
    /// A ring's other side broke the ring protocol; the ring refused the data.
    #[error("{ring:?} ring: {fault}")]
    Ring {
        /// Which ring.
        ring: Ring,
        /// What was wrong.
        fault: RingFault,
    },
    /// A caller passed something the driver cannot do.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// The device lacks a region, or the region cannot be used as asked.
    #[error("device {device}: region {index}: {problem}")]
    Region {
        /// Which device.
        device: String,
        /// Region index (BAR number; 7 is PCI config space).
        index: u32,
        /// What is wrong.
        problem: String,
    },
    /// Interrupts could not be set up.
    #[error("device {device}: interrupts: {problem}")]
    Interrupts {
        /// Which device.
        device: String,
        /// What is wrong.
        problem: String,
    },
    /// No IO virtual address space left for a DMA buffer.
    #[error("no IOVA space left for a {len}-byte DMA buffer (window {base:#x}..{limit:#x})")]
    IovaExhausted {
        /// Buffer size.
        len: u64,
        /// Window start.
        base: u64,
        /// Window end.
        limit: u64,
    },
    /// The device is not set up for VFIO (sysfs says why).
    #[error("device {device}: {problem}")]
    NotVfio {
        /// PCI address.
        device: String,
        /// What is missing and how to fix it.
        problem: String,
    },
    /// A VFIO ioctl failed.
    #[error("device {device}: VFIO {op}: {source}")]
    Vfio {
        /// PCI address.
        device: String,
        /// Operation.
        op: &'static str,
        /// Cause.
        #[source]
        source: vfio_ioctls::VfioError,
    },
    /// A vfio-user request failed.
    #[error("vfio-user {device}: {op}: {source}")]
    VfioUser {
        /// Socket path.
        device: String,
        /// Operation.
        op: &'static str,
        /// Cause.
        #[source]
        source: ::vfio_user::Error,
    },
    /// A system call failed.
    #[error("{op}: {source}")]
    Io {
        /// Operation, with context.
        op: String,
        /// Cause.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// An `Io` error with context.
    pub(crate) fn io(op: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            op: op.into(),
            source,
        }
    }

    /// A ring fault.
    pub(crate) fn ring(ring: Ring, fault: RingFault) -> Self {
        Error::Ring { ring, fault }
    }
}

/// Result alias for this crate.
pub type DriverResult<T> = std::result::Result<T, Error>;
