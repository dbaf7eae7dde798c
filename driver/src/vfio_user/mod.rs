//! vfio-user client backend: the device is a server on a Unix socket (the simulator).
//!
//! Regions are reached by messages, or mapped directly when the server offers the
//! region's file descriptor with a sparse-mmap area covering it. DMA memory is a memfd
//! shared with the server by descriptor (`DMA_MAP` carries it), so both sides see the
//! same pages. Interrupts are eventfds handed to the server with `SET_IRQS`.
//!
//! The `vfio_user` 0.1 client can neither time out a request nor parse an error reply
//! (it would read the wrong number of bytes). So this backend checks everything it sends
//! against what the server announced — region bounds, alignment, vector counts — and a
//! server that follows the protocol never has a reason to refuse. It asks only about
//! the three PCI interrupt indices (INTx, MSI, MSI-X), which every PCI server answers.

use crate::device::Device;
use crate::dma::{DmaBuffer, DmaUnmapper, IovaAllocator};
use crate::irq::{Interrupt, InterruptKind};
use crate::mmio::{self, lock, MappedMmio, Mmio};
use crate::sys::event;
use crate::{DriverResult, Error};
use std::collections::HashMap;
use std::os::fd::AsRawFd;
use std::path::Path;
use std::sync::{Arc, Mutex};
use vfio_bindings::bindings::vfio::{
    VFIO_IRQ_SET_ACTION_TRIGGER, VFIO_IRQ_SET_DATA_EVENTFD, VFIO_IRQ_SET_DATA_NONE,
    VFIO_PCI_INTX_IRQ_INDEX, VFIO_PCI_MSIX_IRQ_INDEX, VFIO_PCI_MSI_IRQ_INDEX,
    VFIO_REGION_INFO_FLAG_MMAP, VFIO_REGION_INFO_FLAG_READ, VFIO_REGION_INFO_FLAG_WRITE,
};

/// Where DMA buffers go in the server's view.
#[derive(Debug, Clone, Copy)]
pub struct VfioUserOptions {
    /// First IOVA handed out.
    pub iova_base: u64,
    /// End of the IOVA window (exclusive).
    pub iova_limit: u64,
}

impl Default for VfioUserOptions {
    fn default() -> Self {
        VfioUserOptions {
            iova_base: 1 << 32,
            iova_limit: 1 << 40,
        }
    }
}

/// The connection, shared by the BARs and buffers that talk through it.
#[derive(Clone)]
struct SharedClient(Arc<Mutex<vfio_user::Client>>);

impl std::fmt::Debug for SharedClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("vfio_user::Client")
    }
}

impl SharedClient {
    fn lock(&self) -> std::sync::MutexGuard<'_, vfio_user::Client> {
        lock(&self.0)
    }
}

/// A vfio-user device.
pub struct VfioUserDevice {
    name: String,
    client: SharedClient,
    bars: Mutex<HashMap<u32, Arc<dyn Mmio>>>,
    iova: Arc<Mutex<IovaAllocator>>,
    irq_counts: [u32; 3],
    irq_index: Mutex<Option<u32>>,
}

impl std::fmt::Debug for VfioUserDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VfioUserDevice")
            .field("name", &self.name)
            .field("irq_counts", &self.irq_counts)
            .finish()
    }
}

fn user_err(device: &str, op: &'static str) -> impl FnOnce(vfio_user::Error) -> Error {
    let device = device.to_string();
    move |source| Error::VfioUser { device, op, source }
}

impl VfioUserDevice {
    /// Connects to the server at `socket` and learns its regions and interrupts.
    pub fn connect(socket: &Path, options: VfioUserOptions) -> DriverResult<Self> {
        let name = socket.display().to_string();
        let mut client = vfio_user::Client::new(socket).map_err(user_err(&name, "connect"))?;
        let mut irq_counts = [0; 3];
        for index in [
            VFIO_PCI_INTX_IRQ_INDEX,
            VFIO_PCI_MSI_IRQ_INDEX,
            VFIO_PCI_MSIX_IRQ_INDEX,
        ] {
            let info = client
                .get_irq_info(index)
                .map_err(user_err(&name, "get interrupt info"))?;
            irq_counts[index as usize] = info.count;
        }
        Ok(VfioUserDevice {
            name,
            client: SharedClient(Arc::new(Mutex::new(client))),
            bars: Mutex::new(HashMap::new()),
            iova: Arc::new(Mutex::new(IovaAllocator::new(
                options.iova_base,
                options.iova_limit,
                crate::sys::mem::page_size() as u64,
            )?)),
            irq_counts,
            irq_index: Mutex::new(None),
        })
    }

    fn region_error(&self, index: u32, problem: impl Into<String>) -> Error {
        Error::Region {
            device: self.name.clone(),
            index,
            problem: problem.into(),
        }
    }

    /// Maps the region if the server offered its descriptor with one area covering it.
    fn try_map(&self, region: &vfio_user::Region) -> DriverResult<Option<Arc<dyn Mmio>>> {
        let Some(fo) = region.file_offset.as_ref() else {
            return Ok(None);
        };
        if region.flags & VFIO_REGION_INFO_FLAG_MMAP == 0 {
            return Ok(None);
        }
        let whole = region
            .sparse_areas
            .iter()
            .any(|a| a.offset == 0 && a.size == region.size);
        if !whole {
            return Ok(None);
        }
        let len = usize::try_from(region.size)
            .map_err(|_| self.region_error(region.index, "too large to map"))?;
        let mem = crate::sys::mem::map_file("vfio-user region", fo.file(), fo.start(), len)?;
        Ok(Some(Arc::new(MappedMmio::new(mem))))
    }
}

/// A region reached by `REGION_READ` / `REGION_WRITE` messages.
#[derive(Debug)]
struct MessageMmio {
    name: String,
    client: SharedClient,
    index: u32,
    size: u64,
}

impl Mmio for MessageMmio {
    fn size(&self) -> u64 {
        self.size
    }

    fn read32(&self, offset: u32) -> DriverResult<u32> {
        mmio::check("read32", offset, self.size)?;
        let mut b = [0u8; 4];
        self.client
            .lock()
            .region_read(self.index, offset.into(), &mut b)
            .map_err(user_err(&self.name, "region read"))?;
        Ok(u32::from_le_bytes(b))
    }

    fn write32(&self, offset: u32, value: u32) -> DriverResult<()> {
        mmio::check("write32", offset, self.size)?;
        self.client
            .lock()
            .region_write(self.index, offset.into(), &value.to_le_bytes())
            .map_err(user_err(&self.name, "region write"))
    }
}

#[derive(Debug)]
struct UserUnmap {
    name: String,
    client: SharedClient,
    iova: Arc<Mutex<IovaAllocator>>,
}

impl DmaUnmapper for UserUnmap {
    fn unmap(&self, iova: u64, len: u64) {
        match self.client.lock().dma_unmap(iova, len) {
            Ok(()) => {
                lock(&self.iova).free(iova);
            }
            Err(e) => tracing::error!("{}: DMA unmap of {len} bytes at {iova:#x}: {e}", self.name),
        }
    }
}

impl Device for VfioUserDevice {
    fn name(&self) -> &str {
        &self.name
    }

    fn bar(&self, index: u32) -> DriverResult<Arc<dyn Mmio>> {
        if index > 5 {
            return Err(self.region_error(index, "not a BAR (BARs are 0..=5)"));
        }
        let mut bars = lock(&self.bars);
        if let Some(b) = bars.get(&index) {
            return Ok(b.clone());
        }
        let client = self.client.lock();
        let region = client
            .region(index)
            .filter(|r| r.size > 0)
            .ok_or_else(|| self.region_error(index, "the server has no such BAR"))?;
        let rw = VFIO_REGION_INFO_FLAG_READ | VFIO_REGION_INFO_FLAG_WRITE;
        if region.flags & rw != rw {
            return Err(self.region_error(index, "BAR is not readable and writable"));
        }
        let m = match self.try_map(region)? {
            Some(m) => m,
            None => Arc::new(MessageMmio {
                name: self.name.clone(),
                client: self.client.clone(),
                index,
                size: region.size,
            }),
        };
        drop(client);
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
        if let Err(e) = self
            .client
            .lock()
            .dma_map(0, iova, size as u64, file.as_raw_fd())
        {
            lock(&self.iova).free(iova);
            return Err(user_err(&self.name, "DMA map")(e));
        }
        let unmap = Arc::new(UserUnmap {
            name: self.name.clone(),
            client: self.client.clone(),
            iova: self.iova.clone(),
        });
        Ok(DmaBuffer::new(iova, mem, Some(Arc::new(file)), Some(unmap)))
    }

    fn enable_interrupts(&self, count: u32) -> DriverResult<Vec<Interrupt>> {
        let err = |problem: String| Error::Interrupts {
            device: self.name.clone(),
            problem,
        };
        if count == 0 {
            return Err(err("asked for 0 vectors".into()));
        }
        let (index, kind) = [
            (VFIO_PCI_MSIX_IRQ_INDEX, InterruptKind::MsiX),
            (VFIO_PCI_MSI_IRQ_INDEX, InterruptKind::Msi),
        ]
        .into_iter()
        .find(|&(i, _)| self.irq_counts[i as usize] >= count)
        .ok_or_else(|| {
            err(format!(
                "{count} vectors wanted; the server offers MSI-X {}, MSI {}",
                self.irq_counts[VFIO_PCI_MSIX_IRQ_INDEX as usize],
                self.irq_counts[VFIO_PCI_MSI_IRQ_INDEX as usize]
            ))
        })?;
        let mut current = lock(&self.irq_index);
        let mut client = self.client.lock();
        if let Some(old) = current.take() {
            client
                .set_irqs(
                    old,
                    VFIO_IRQ_SET_DATA_NONE | VFIO_IRQ_SET_ACTION_TRIGGER,
                    0,
                    0,
                    &[],
                )
                .map_err(user_err(&self.name, "disable interrupts"))?;
        }
        let fds = (0..count)
            .map(|_| event::eventfd().map(Arc::new))
            .collect::<DriverResult<Vec<_>>>()?;
        let raw: Vec<i32> = fds.iter().map(|f| f.as_raw_fd()).collect();
        client
            .set_irqs(
                index,
                VFIO_IRQ_SET_DATA_EVENTFD | VFIO_IRQ_SET_ACTION_TRIGGER,
                0,
                count,
                &raw,
            )
            .map_err(user_err(&self.name, "enable interrupts"))?;
        *current = Some(index);
        Ok(fds
            .into_iter()
            .enumerate()
            .map(|(v, fd)| Interrupt::new(v as u32, kind, fd, None))
            .collect())
    }
}

impl Drop for VfioUserDevice {
    fn drop(&mut self) {
        let _ = self.client.lock().shutdown();
    }
}
