//! The VFIO seam ([`VfioSys`]: what the VFIO backend, one layer up, needs from the
//! kernel) and its kernel side: container, group and device through `vfio-ioctls`,
//! region access by pread/pwrite, BARs mapped with `memmap2`, DMA through
//! `VFIO_IOMMU_MAP_DMA`, interrupts on eventfds.
//!
//! Nothing here imports the backend: which device to open, and the sysfs checks that
//! tell an operator what is missing, are the caller's.

use crate::sys::event::EventFd;
use crate::sys::mem;
use crate::volatile::VolatileMemory;
use crate::{DriverResult, Error};
use std::fmt;
use std::fs::File;
use std::os::fd::{AsRawFd, BorrowedFd};
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::sync::Arc;
use vfio_bindings::bindings::vfio::{
    VFIO_REGION_INFO_FLAG_MMAP, VFIO_REGION_INFO_FLAG_READ, VFIO_REGION_INFO_FLAG_WRITE,
};
use vfio_ioctls::{VfioContainer, VfioDevice, VfioOps};

/// What VFIO says about one region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegionInfo {
    /// Size in bytes.
    pub size: u64,
    /// Readable.
    pub read: bool,
    /// Writable.
    pub write: bool,
    /// Can be mmapped.
    pub mmap: bool,
}

/// The operations the VFIO backend needs from the kernel: one seam, two implementations.
pub trait VfioSys: Send + Sync + fmt::Debug + 'static {
    /// The device's PCI address.
    fn name(&self) -> &str;
    /// Region `index`, if the device has it.
    fn region(&self, index: u32) -> Option<RegionInfo>;
    /// Reads `buf.len()` bytes of region `index` at `offset`.
    fn region_read(&self, index: u32, offset: u64, buf: &mut [u8]) -> DriverResult<()>;
    /// Writes `data` to region `index` at `offset`.
    fn region_write(&self, index: u32, offset: u64, data: &[u8]) -> DriverResult<()>;
    /// Maps region `index` into this process.
    fn map_region(&self, index: u32) -> DriverResult<VolatileMemory>;
    /// Makes `mem` reachable by the device at `iova`.
    fn dma_map(&self, iova: u64, mem: &VolatileMemory) -> DriverResult<()>;
    /// Removes the device's access to `[iova, iova + len)`.
    fn dma_unmap(&self, iova: u64, len: u64) -> DriverResult<()>;
    /// Number of vectors of interrupt index `index` (INTx 0, MSI 1, MSI-X 2).
    fn irq_count(&self, index: u32) -> u32;
    /// Routes vectors `0..fds.len()` of `index` to `fds`.
    fn enable_irqs(&self, index: u32, fds: &[&EventFd]) -> DriverResult<()>;
    /// Turns interrupt index `index` off.
    fn disable_irqs(&self, index: u32) -> DriverResult<()>;
    /// Unmasks INTx after a delivery.
    fn unmask_intx(&self) -> DriverResult<()>;
}

/// A vfio-pci device opened through its group and a fresh container.
pub struct KernelVfio {
    name: String,
    container: Arc<VfioContainer>,
    device: VfioDevice,
    /// A duplicate of the device descriptor, for pread/pwrite and mmap: `vfio-ioctls`'s
    /// own region accessors only log failures.
    file: File,
}

impl fmt::Debug for KernelVfio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KernelVfio")
            .field("name", &self.name)
            .finish()
    }
}

impl KernelVfio {
    /// Opens the device `bdf` (a normalised PCI address, for errors) whose sysfs
    /// directory is `path`, in a fresh container.
    pub fn open(bdf: &str, path: &Path) -> DriverResult<Self> {
        let bdf = bdf.to_string();
        let vfio = |op: &'static str| {
            let device = bdf.clone();
            move |source| Error::Vfio { device, op, source }
        };
        let container = Arc::new(VfioContainer::new(None).map_err(vfio("open container"))?);
        let ops: Arc<dyn VfioOps> = container.clone();
        let device = VfioDevice::new(path, ops, false).map_err(vfio("open device"))?;
        // SAFETY: the descriptor belongs to `device`, which outlives this borrow; we only
        // duplicate it.
        let borrowed = unsafe { BorrowedFd::borrow_raw(device.as_raw_fd()) };
        let file = File::from(
            borrowed
                .try_clone_to_owned()
                .map_err(|e| Error::io(format!("dup VFIO device descriptor of {bdf}"), e))?,
        );
        Ok(KernelVfio {
            name: bdf,
            container,
            device,
            file,
        })
    }

    fn check(&self, index: u32, offset: u64, len: usize) -> DriverResult<u64> {
        let info = self.region(index).ok_or_else(|| Error::Region {
            device: self.name.clone(),
            index,
            problem: "no such region".into(),
        })?;
        match offset.checked_add(len as u64) {
            Some(end) if end <= info.size => Ok(self.device.get_region_offset(index) + offset),
            _ => Err(Error::OutOfBounds {
                what: "VFIO region",
                offset,
                len: len as u64,
                size: info.size,
            }),
        }
    }

    fn vfio_err(&self, op: &'static str) -> impl FnOnce(vfio_ioctls::VfioError) -> Error + '_ {
        move |source| Error::Vfio {
            device: self.name.clone(),
            op,
            source,
        }
    }
}

impl VfioSys for KernelVfio {
    fn name(&self) -> &str {
        &self.name
    }

    fn region(&self, index: u32) -> Option<RegionInfo> {
        let flags = self.device.get_region_flags(index);
        if flags == 0 {
            return None;
        }
        Some(RegionInfo {
            size: self.device.get_region_size(index),
            read: flags & VFIO_REGION_INFO_FLAG_READ != 0,
            write: flags & VFIO_REGION_INFO_FLAG_WRITE != 0,
            mmap: flags & VFIO_REGION_INFO_FLAG_MMAP != 0,
        })
    }

    fn region_read(&self, index: u32, offset: u64, buf: &mut [u8]) -> DriverResult<()> {
        let at = self.check(index, offset, buf.len())?;
        self.file.read_exact_at(buf, at).map_err(|e| {
            Error::io(
                format!("{}: read region {index} at {offset:#x}", self.name),
                e,
            )
        })
    }

    fn region_write(&self, index: u32, offset: u64, data: &[u8]) -> DriverResult<()> {
        let at = self.check(index, offset, data.len())?;
        self.file.write_all_at(data, at).map_err(|e| {
            Error::io(
                format!("{}: write region {index} at {offset:#x}", self.name),
                e,
            )
        })
    }

    fn map_region(&self, index: u32) -> DriverResult<VolatileMemory> {
        let size = self
            .check(index, 0, 0)
            .map(|_| self.device.get_region_size(index))?;
        let len = usize::try_from(size)
            .map_err(|_| Error::InvalidArgument(format!("region {index} of {size} bytes")))?;
        mem::map_file("BAR", &self.file, self.device.get_region_offset(index), len)
    }

    fn dma_map(&self, iova: u64, mem: &VolatileMemory) -> DriverResult<()> {
        // SAFETY: `mem` is a shared mapping that this crate only ever accesses through
        // volatile raw-pointer operations (never Rust references), as the contract of
        // `vfio_dma_map` requires; `DmaBuffer` unmaps the IOVA range before the mapping
        // can be dropped.
        unsafe { self.container.vfio_dma_map(iova, mem.len(), mem.as_ptr()) }
            .map_err(self.vfio_err("map DMA"))
    }

    fn dma_unmap(&self, iova: u64, len: u64) -> DriverResult<()> {
        let len = usize::try_from(len)
            .map_err(|_| Error::InvalidArgument(format!("unmap of {len} bytes")))?;
        self.container
            .vfio_dma_unmap(iova, len)
            .map_err(self.vfio_err("unmap DMA"))
    }

    fn irq_count(&self, index: u32) -> u32 {
        self.device.get_irq_info(index).map_or(0, |i| i.count)
    }

    fn enable_irqs(&self, index: u32, fds: &[&EventFd]) -> DriverResult<()> {
        self.device
            .enable_irq(index, fds.to_vec())
            .map_err(self.vfio_err("enable interrupts"))
    }

    fn disable_irqs(&self, index: u32) -> DriverResult<()> {
        self.device
            .disable_irq(index)
            .map_err(self.vfio_err("disable interrupts"))
    }

    fn unmask_intx(&self) -> DriverResult<()> {
        self.device
            .unmask_irq(vfio_bindings::bindings::vfio::VFIO_PCI_INTX_IRQ_INDEX)
            .map_err(self.vfio_err("unmask INTx"))
    }
}
