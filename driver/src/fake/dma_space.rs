//! The device's side of DMA and interrupts for fakes: memory reached by IOVA, and
//! vectors signalled on eventfds.

use crate::mmio::lock;
use crate::sys::event::EventFd;
use crate::volatile::VolatileMemory;
use crate::{DriverResult, Error};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::sync::Mutex;

/// Host memory as a device sees it: mapped ranges by IOVA. An access outside every
/// range fails, as an IOMMU fault would.
#[derive(Debug, Default)]
pub struct DmaSpace {
    /// Start IOVA -> memory; ranges never overlap.
    maps: Mutex<BTreeMap<u64, VolatileMemory>>,
}

impl DmaSpace {
    /// Makes `mem` reachable at `iova`; refuses overlaps.
    pub fn map(&self, iova: u64, mem: VolatileMemory) -> DriverResult<()> {
        let mut maps = lock(&self.maps);
        let len = mem.len() as u64;
        let end = iova
            .checked_add(len)
            .ok_or_else(|| Error::InvalidArgument(format!("DMA map at {iova:#x} wraps")))?;
        // The nearest range below `end` is the only one that can overlap.
        if maps
            .range(..end)
            .next_back()
            .is_some_and(|(s, m)| iova < s + m.len() as u64)
        {
            return Err(Error::InvalidArgument(format!(
                "DMA map {iova:#x}+{len:#x} overlaps"
            )));
        }
        maps.insert(iova, mem);
        Ok(())
    }

    /// Removes the range starting at `iova`; false if none.
    pub fn unmap(&self, iova: u64) -> bool {
        lock(&self.maps).remove(&iova).is_some()
    }

    fn translate(&self, iova: u64, len: usize) -> DriverResult<(VolatileMemory, usize)> {
        lock(&self.maps)
            .range(..=iova)
            .next_back()
            .filter(|(s, m)| {
                (iova - *s)
                    .checked_add(len as u64)
                    .is_some_and(|e| e <= m.len() as u64)
            })
            .map(|(s, m)| (m.clone(), (iova - s) as usize))
            .ok_or(Error::OutOfBounds {
                what: "DMA fault: no mapping",
                offset: iova,
                len: len as u64,
                size: 0,
            })
    }

    /// Reads host memory at `iova`.
    pub fn read(&self, iova: u64, buf: &mut [u8]) -> DriverResult<()> {
        let (m, off) = self.translate(iova, buf.len())?;
        m.read(off, buf)
    }

    /// Writes host memory at `iova`.
    pub fn write(&self, iova: u64, data: &[u8]) -> DriverResult<()> {
        let (m, off) = self.translate(iova, data.len())?;
        m.write(off, data)
    }
}

/// Where a fake raises interrupt vectors: eventfds (in-process) or the files a
/// vfio-user client sent.
#[derive(Debug, Default)]
pub struct IrqLines {
    lines: Mutex<Vec<IrqLine>>,
}

#[derive(Debug)]
enum IrqLine {
    Event(std::sync::Arc<EventFd>),
    File(File),
}

impl IrqLines {
    /// Routes vectors to eventfds.
    pub fn set_eventfds(&self, fds: Vec<std::sync::Arc<EventFd>>) {
        *lock(&self.lines) = fds.into_iter().map(IrqLine::Event).collect();
    }

    /// Routes vectors to eventfd files.
    pub fn set_files(&self, files: Vec<File>) {
        *lock(&self.lines) = files.into_iter().map(IrqLine::File).collect();
    }

    /// Signals `vector`; false if it is not routed.
    pub fn raise(&self, vector: u32) -> bool {
        match lock(&self.lines).get_mut(vector as usize) {
            Some(IrqLine::Event(fd)) => fd.write(1).is_ok(),
            Some(IrqLine::File(f)) => f.write_all(&1u64.to_ne_bytes()).is_ok(),
            None => false,
        }
    }
}

/// The host side of a device served in software (the fake card, a card on a UART):
/// its DMA space, the IOVA allocator that places buffers in it, and its interrupt
/// lines. Implements the [`crate::Device`] calls that do not depend on the card.
#[derive(Debug, Clone)]
pub struct SoftDevice {
    /// Host memory by IOVA.
    pub dma: std::sync::Arc<DmaSpace>,
    iova: std::sync::Arc<Mutex<crate::dma::IovaAllocator>>,
    /// Interrupt vectors.
    pub irq: std::sync::Arc<IrqLines>,
}

#[derive(Debug)]
struct FakeUnmap {
    dma: std::sync::Arc<DmaSpace>,
    iova: std::sync::Arc<Mutex<crate::dma::IovaAllocator>>,
}

impl crate::dma::DmaUnmapper for FakeUnmap {
    fn unmap(&self, iova: u64, _len: u64) {
        if self.dma.unmap(iova) {
            lock(&self.iova).free(iova);
        }
    }
}

impl SoftDevice {
    /// An empty DMA space with IOVAs above 4 GiB (so that the high halves of ring
    /// bases are exercised) and no interrupt lines yet.
    pub fn new() -> DriverResult<Self> {
        Ok(SoftDevice {
            dma: Default::default(),
            iova: std::sync::Arc::new(Mutex::new(crate::dma::IovaAllocator::new(
                1 << 32,
                1 << 40,
                4096,
            )?)),
            irq: Default::default(),
        })
    }

    /// [`crate::Device::dma_alloc`]: shared memory, mapped at a fresh IOVA until the
    /// buffer is dropped.
    pub fn dma_alloc(&self, len: usize) -> DriverResult<crate::dma::DmaBuffer> {
        let size = len.max(1).next_multiple_of(4096);
        let (mem, file) = crate::sys::mem::shared("DMA buffer", size)?;
        let iova = lock(&self.iova).alloc(size as u64)?;
        self.dma.map(iova, mem.clone())?;
        let unmap = std::sync::Arc::new(FakeUnmap {
            dma: self.dma.clone(),
            iova: self.iova.clone(),
        });
        Ok(crate::dma::DmaBuffer::new(
            iova,
            mem,
            Some(std::sync::Arc::new(file)),
            Some(unmap),
        ))
    }

    /// [`crate::Device::enable_interrupts`]: one eventfd per vector.
    pub fn enable_interrupts(&self, count: u32) -> DriverResult<Vec<crate::irq::Interrupt>> {
        let fds = (0..count)
            .map(|_| crate::sys::event::eventfd().map(std::sync::Arc::new))
            .collect::<DriverResult<Vec<_>>>()?;
        self.irq.set_eventfds(fds.clone());
        Ok(fds
            .into_iter()
            .enumerate()
            .map(|(v, fd)| {
                crate::irq::Interrupt::new(v as u32, crate::irq::InterruptKind::MsiX, fd, None)
            })
            .collect())
    }
}
