//! Kernel VFIO backend: a PCI device bound to vfio-pci, its BARs mapped, DMA buffers
//! mapped through the IOMMU, interrupts delivered on eventfds.
//!
//! The backend's logic ([`VfioBackend`]) is written against the [`VfioSys`] seam. The
//! seam and its real implementation, [`crate::sys::vfio::KernelVfio`], which makes the
//! ioctls, live with the other system calls in [`crate::sys`] (which imports nothing
//! from here); the PCI facts ([`pci`]) are checked here before it opens; the test
//! twin [`twin::TwinVfio`] keeps the same state in memory so the logic is unit-tested
//! without a device. The QEMU test (`tests/qemu_vfio.rs`) runs the real one against
//! QEMU's `edu` device behind an emulated IOMMU.

pub mod pci;
pub mod twin;

use crate::device::Device;
use crate::dma::{DmaBuffer, DmaUnmapper, IovaAllocator};
use crate::irq::{Interrupt, InterruptKind, Rearm};
use crate::mmio::{self, lock, MappedMmio, Mmio};
use crate::sys::event::{self, EventFd};
use crate::{DriverResult, Error};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use vfio_bindings::bindings::vfio::{
    VFIO_PCI_CONFIG_REGION_INDEX, VFIO_PCI_INTX_IRQ_INDEX, VFIO_PCI_MSIX_IRQ_INDEX,
    VFIO_PCI_MSI_IRQ_INDEX,
};

pub use crate::sys::vfio::{KernelVfio, RegionInfo, VfioSys};

/// Region index of PCI config space.
pub const CONFIG_REGION: u32 = VFIO_PCI_CONFIG_REGION_INDEX;

/// Where DMA buffers go in the device's address space.
#[derive(Debug, Clone, Copy)]
pub struct VfioOptions {
    /// First IOVA handed out.
    pub iova_base: u64,
    /// End of the IOVA window (exclusive): the device's DMA mask or the IOMMU's width.
    pub iova_limit: u64,
}

impl Default for VfioOptions {
    /// 4 GiB to 256 GiB: clear of the x86 MSI window at 0xfee00000 and inside a 39-bit
    /// IOMMU address width.
    fn default() -> Self {
        VfioOptions {
            iova_base: 1 << 32,
            iova_limit: 1 << 38,
        }
    }
}

/// A device through VFIO; generic over the kernel seam so the twin can stand in.
#[derive(Debug)]
pub struct VfioBackend<S: VfioSys> {
    sys: Arc<S>,
    bars: Mutex<HashMap<u32, Arc<dyn Mmio>>>,
    iova: Arc<Mutex<IovaAllocator>>,
    irq_index: Mutex<Option<u32>>,
}

/// The kernel-VFIO device.
pub type VfioDevice = VfioBackend<KernelVfio>;

impl VfioDevice {
    /// Opens the vfio-pci-bound device at PCI address `bdf` (e.g. `0000:01:00.0`).
    /// The address is normalised and sysfs checked first, so that an operator is told
    /// what is missing (driver binding, group node, permissions) before any ioctl.
    pub fn open(bdf: &str, options: VfioOptions) -> DriverResult<Self> {
        let bdf = pci::normalise_bdf(bdf)?;
        let sysfs = std::path::Path::new(pci::SYSFS);
        pci::check_vfio_ready(sysfs, std::path::Path::new("/dev"), &bdf)?;
        let sys = KernelVfio::open(&bdf, &pci::device_path(sysfs, &bdf))?;
        VfioBackend::new(sys, options)
    }
}

impl<S: VfioSys> VfioBackend<S> {
    /// Wraps an opened device and lets it master the bus (vfio-pci leaves that off, and
    /// without it DMA and MSIs silently do nothing).
    pub fn new(sys: S, options: VfioOptions) -> DriverResult<Self> {
        let page = crate::sys::mem::page_size() as u64;
        let b = VfioBackend {
            sys: Arc::new(sys),
            bars: Mutex::new(HashMap::new()),
            iova: Arc::new(Mutex::new(IovaAllocator::new(
                options.iova_base,
                options.iova_limit,
                page,
            )?)),
            irq_index: Mutex::new(None),
        };
        let cmd = b.config_read16(pci::COMMAND)?;
        b.config_write16(
            pci::COMMAND,
            cmd | pci::COMMAND_MEMORY | pci::COMMAND_BUS_MASTER,
        )?;
        Ok(b)
    }

    /// The seam (tests reach the twin through it).
    pub fn sys(&self) -> &S {
        &self.sys
    }

    /// Reads a 16-bit config-space register.
    pub fn config_read16(&self, offset: u64) -> DriverResult<u16> {
        let mut b = [0u8; 2];
        self.sys.region_read(CONFIG_REGION, offset, &mut b)?;
        Ok(u16::from_le_bytes(b))
    }

    /// Writes a 16-bit config-space register.
    pub fn config_write16(&self, offset: u64, value: u16) -> DriverResult<()> {
        self.sys
            .region_write(CONFIG_REGION, offset, &value.to_le_bytes())
    }

    fn region_error(&self, index: u32, problem: impl Into<String>) -> Error {
        Error::Region {
            device: self.sys.name().to_string(),
            index,
            problem: problem.into(),
        }
    }
}

/// A region reached by pread/pwrite when it cannot be mapped.
#[derive(Debug)]
struct RegionIo<S: VfioSys> {
    sys: Arc<S>,
    index: u32,
    size: u64,
}

impl<S: VfioSys> Mmio for RegionIo<S> {
    fn size(&self) -> u64 {
        self.size
    }
    fn read32(&self, offset: u32) -> DriverResult<u32> {
        mmio::check("read32", offset, self.size)?;
        let mut b = [0u8; 4];
        self.sys.region_read(self.index, offset.into(), &mut b)?;
        Ok(u32::from_le_bytes(b))
    }
    fn write32(&self, offset: u32, value: u32) -> DriverResult<()> {
        mmio::check("write32", offset, self.size)?;
        self.sys
            .region_write(self.index, offset.into(), &value.to_le_bytes())
    }
}

#[derive(Debug)]
struct KernelUnmap<S: VfioSys> {
    sys: Arc<S>,
    iova: Arc<Mutex<IovaAllocator>>,
}

impl<S: VfioSys> DmaUnmapper for KernelUnmap<S> {
    fn unmap(&self, iova: u64, len: u64) {
        match self.sys.dma_unmap(iova, len) {
            Ok(()) => {
                lock(&self.iova).free(iova);
            }
            // The range stays reserved: reusing a range the IOMMU still maps would let
            // the device reach the next buffer through a stale address.
            Err(e) => tracing::error!("DMA unmap of {len} bytes at {iova:#x}: {e}"),
        }
    }
}

#[derive(Debug)]
struct IntxRearm<S: VfioSys>(Arc<S>);

impl<S: VfioSys> Rearm for IntxRearm<S> {
    fn rearm(&self) -> DriverResult<()> {
        self.0.unmask_intx()
    }
}

impl<S: VfioSys> Device for VfioBackend<S> {
    fn name(&self) -> &str {
        self.sys.name()
    }

    fn bar(&self, index: u32) -> DriverResult<Arc<dyn Mmio>> {
        if index > 5 {
            return Err(self.region_error(index, "not a BAR (BARs are 0..=5)"));
        }
        let mut bars = lock(&self.bars);
        if let Some(b) = bars.get(&index) {
            return Ok(b.clone());
        }
        let info = self
            .sys
            .region(index)
            .filter(|r| r.size > 0)
            .ok_or_else(|| self.region_error(index, "the device has no such BAR"))?;
        if !(info.read && info.write) {
            return Err(self.region_error(index, "BAR is not readable and writable"));
        }
        let m: Arc<dyn Mmio> = if info.mmap {
            Arc::new(MappedMmio::new(self.sys.map_region(index)?))
        } else {
            Arc::new(RegionIo {
                sys: self.sys.clone(),
                index,
                size: info.size,
            })
        };
        bars.insert(index, m.clone());
        Ok(m)
    }

    fn dma_alloc(&self, len: usize) -> DriverResult<DmaBuffer> {
        let page = crate::sys::mem::page_size();
        let size = len
            .max(1)
            .checked_next_multiple_of(page)
            .ok_or_else(|| Error::InvalidArgument(format!("DMA buffer of {len} bytes")))?;
        let (mem, file) = crate::sys::mem::shared("DMA buffer", size)?;
        let iova = lock(&self.iova).alloc(size as u64)?;
        if let Err(e) = self.sys.dma_map(iova, &mem) {
            lock(&self.iova).free(iova);
            return Err(e);
        }
        let unmap = Arc::new(KernelUnmap {
            sys: self.sys.clone(),
            iova: self.iova.clone(),
        });
        Ok(DmaBuffer::new(iova, mem, Some(Arc::new(file)), Some(unmap)))
    }

    fn enable_interrupts(&self, count: u32) -> DriverResult<Vec<Interrupt>> {
        let err = |problem: String| Error::Interrupts {
            device: self.sys.name().to_string(),
            problem,
        };
        if count == 0 {
            return Err(err("asked for 0 vectors".into()));
        }
        let mut current = lock(&self.irq_index);
        if let Some(index) = current.take() {
            self.sys.disable_irqs(index)?;
        }
        let (index, kind) = [
            (VFIO_PCI_MSIX_IRQ_INDEX, InterruptKind::MsiX),
            (VFIO_PCI_MSI_IRQ_INDEX, InterruptKind::Msi),
            (VFIO_PCI_INTX_IRQ_INDEX, InterruptKind::Intx),
        ]
        .into_iter()
        .find(|&(i, _)| self.sys.irq_count(i) >= count)
        .ok_or_else(|| {
            err(format!(
                "{count} vectors wanted; the device offers MSI-X {}, MSI {}, INTx {}",
                self.sys.irq_count(VFIO_PCI_MSIX_IRQ_INDEX),
                self.sys.irq_count(VFIO_PCI_MSI_IRQ_INDEX),
                self.sys.irq_count(VFIO_PCI_INTX_IRQ_INDEX),
            ))
        })?;
        let fds = (0..count)
            .map(|_| event::eventfd().map(Arc::new))
            .collect::<DriverResult<Vec<_>>>()?;
        let refs: Vec<&EventFd> = fds.iter().map(|f| f.as_ref()).collect();
        self.sys.enable_irqs(index, &refs)?;
        *current = Some(index);
        let rearm: Option<Arc<dyn Rearm>> = (kind == InterruptKind::Intx)
            .then(|| Arc::new(IntxRearm(self.sys.clone())) as Arc<dyn Rearm>);
        Ok(fds
            .into_iter()
            .enumerate()
            .map(|(v, fd)| Interrupt::new(v as u32, kind, fd, rearm.clone()))
            .collect())
    }
}

impl<S: VfioSys> Drop for VfioBackend<S> {
    fn drop(&mut self) {
        if let Some(index) = lock(&self.irq_index).take() {
            if let Err(e) = self.sys.disable_irqs(index) {
                tracing::warn!("disabling interrupts of {}: {e}", self.sys.name());
            }
        }
    }
}
