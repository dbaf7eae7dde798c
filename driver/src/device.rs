//! The one device abstraction the rest of the driver is written against.

use crate::dma::DmaBuffer;
use crate::irq::Interrupt;
use crate::mmio::Mmio;
use crate::DriverResult;
use std::fmt;
use std::sync::Arc;

/// A PCI-like device: register regions (BARs), DMA memory and interrupts.
///
/// Backends: kernel VFIO ([`crate::vfio::VfioDevice`]), vfio-user
/// ([`crate::vfio_user::VfioUserDevice`]), a serial management channel
/// ([`crate::uart::UartDevice`]), a Corundum NIC ([`crate::corundum::CorundumDevice`]),
/// and the in-process fake ([`crate::fake::FakeDevice`]).
pub trait Device: Send + Sync + fmt::Debug {
    /// A name for messages: PCI address or socket path.
    fn name(&self) -> &str;

    /// Register access to BAR `index`.
    fn bar(&self, index: u32) -> DriverResult<Arc<dyn Mmio>>;

    /// A zeroed buffer of at least `len` bytes the device can reach by DMA.
    fn dma_alloc(&self, len: usize) -> DriverResult<DmaBuffer>;

    /// Enables `count` interrupt vectors (replacing any enabled before), MSI-X
    /// preferred, and returns one [`Interrupt`] per vector.
    fn enable_interrupts(&self, count: u32) -> DriverResult<Vec<Interrupt>>;
}
