//! The test twin of the kernel VFIO seam: a PCI device in memory that behaves like
//! vfio-pci where the backend's logic depends on it — region bounds, overlapping IOMMU
//! mappings refused, INTx masked after each delivery until unmasked, interrupts only
//! where they were enabled. It also plays the device's side: DMA by IOVA (faulting
//! outside mappings, as an IOMMU would) and raising vectors.

use super::{RegionInfo, VfioSys, CONFIG_REGION};
use crate::mmio::lock;
use crate::sys::event::EventFd;
use crate::volatile::VolatileMemory;
use crate::{DriverResult, Error};
use std::collections::HashMap;
use std::sync::Mutex;
use vfio_bindings::bindings::vfio::VFIO_PCI_INTX_IRQ_INDEX;
use vmm_sys_util::errno::Error as Errno;

#[derive(Debug)]
struct TwinRegion {
    info: RegionInfo,
    mem: VolatileMemory,
}

#[derive(Debug, Default)]
struct TwinState {
    dma: Vec<(u64, VolatileMemory)>,
    irqs: HashMap<u32, Vec<EventFd>>,
    intx_masked: bool,
    unmasks: u32,
    refuse_dma_map: bool,
}

/// A vfio-pci device in memory.
#[derive(Debug)]
pub struct TwinVfio {
    name: String,
    regions: HashMap<u32, TwinRegion>,
    irq_counts: [u32; 3],
    state: Mutex<TwinState>,
}

impl TwinVfio {
    /// A device with a 256-byte config space and no BARs or interrupts.
    pub fn new(name: &str) -> DriverResult<Self> {
        let mut t = TwinVfio {
            name: name.to_string(),
            regions: HashMap::new(),
            irq_counts: [0; 3],
            state: Mutex::new(TwinState::default()),
        };
        t.add_region(CONFIG_REGION, 256, false)?;
        Ok(t)
    }

    fn add_region(&mut self, index: u32, size: usize, mmap: bool) -> DriverResult<()> {
        let mem = crate::sys::mem::heap("twin region", size)?;
        let info = RegionInfo {
            size: size as u64,
            read: true,
            write: true,
            mmap,
        };
        self.regions.insert(index, TwinRegion { info, mem });
        Ok(())
    }

    /// Adds BAR `index` of `size` bytes, mappable or reachable only by read/write.
    pub fn with_bar(mut self, index: u32, size: usize, mmap: bool) -> DriverResult<Self> {
        self.add_region(index, size, mmap)?;
        Ok(self)
    }

    /// Sets the number of INTx, MSI and MSI-X vectors.
    pub fn with_irqs(mut self, intx: u32, msi: u32, msix: u32) -> Self {
        self.irq_counts = [intx, msi, msix];
        self
    }

    /// The device's view of region `index`.
    pub fn region_mem(&self, index: u32) -> Option<VolatileMemory> {
        self.regions.get(&index).map(|r| r.mem.clone())
    }

    /// Makes the next DMA mappings fail, as the kernel does when it cannot pin memory.
    pub fn refuse_dma_map(&self, refuse: bool) {
        lock(&self.state).refuse_dma_map = refuse;
    }

    /// IOVA ranges mapped now, sorted.
    pub fn dma_mappings(&self) -> Vec<(u64, u64)> {
        let mut v: Vec<(u64, u64)> = lock(&self.state)
            .dma
            .iter()
            .map(|(i, m)| (*i, m.len() as u64))
            .collect();
        v.sort_unstable();
        v
    }

    fn translate(&self, iova: u64, len: usize) -> DriverResult<(VolatileMemory, usize)> {
        let st = lock(&self.state);
        st.dma
            .iter()
            .find(|(start, m)| {
                iova >= *start
                    && (iova - start)
                        .checked_add(len as u64)
                        .is_some_and(|end| end <= m.len() as u64)
            })
            .map(|(start, m)| (m.clone(), (iova - start) as usize))
            .ok_or(Error::OutOfBounds {
                what: "IOMMU fault: no mapping",
                offset: iova,
                len: len as u64,
                size: 0,
            })
    }

    /// The device reads host memory at `iova`.
    pub fn dma_read(&self, iova: u64, buf: &mut [u8]) -> DriverResult<()> {
        let (m, off) = self.translate(iova, buf.len())?;
        m.read(off, buf)
    }

    /// The device writes host memory at `iova`.
    pub fn dma_write(&self, iova: u64, data: &[u8]) -> DriverResult<()> {
        let (m, off) = self.translate(iova, data.len())?;
        m.write(off, data)
    }

    /// The device raises `vector`; false when nothing is listening (not enabled, or
    /// INTx still masked from the previous delivery).
    pub fn fire(&self, vector: u32) -> bool {
        let mut st = lock(&self.state);
        let Some((&index, fds)) = st.irqs.iter().next() else {
            return false;
        };
        let Some(fd) = fds.get(vector as usize) else {
            return false;
        };
        if index == VFIO_PCI_INTX_IRQ_INDEX {
            if st.intx_masked {
                return false;
            }
            let ok = fd.write(1).is_ok();
            st.intx_masked = true;
            return ok;
        }
        fd.write(1).is_ok()
    }

    /// How many times INTx was unmasked.
    pub fn intx_unmasks(&self) -> u32 {
        lock(&self.state).unmasks
    }

    /// The interrupt index enabled now.
    pub fn enabled_irq_index(&self) -> Option<u32> {
        lock(&self.state).irqs.keys().next().copied()
    }

    fn region_at(&self, index: u32, offset: u64, len: usize) -> DriverResult<(&TwinRegion, usize)> {
        let r = self.regions.get(&index).ok_or_else(|| Error::Region {
            device: self.name.clone(),
            index,
            problem: "no such region".into(),
        })?;
        r.mem.slice(offset as usize, len)?;
        Ok((r, offset as usize))
    }

    fn errno(&self, op: &'static str, e: i32) -> Error {
        Error::Vfio {
            device: self.name.clone(),
            op,
            source: vfio_ioctls::VfioError::IommuDmaMap(Errno::new(e)),
        }
    }
}

impl VfioSys for TwinVfio {
    fn name(&self) -> &str {
        &self.name
    }

    fn region(&self, index: u32) -> Option<RegionInfo> {
        self.regions.get(&index).map(|r| r.info)
    }

    fn region_read(&self, index: u32, offset: u64, buf: &mut [u8]) -> DriverResult<()> {
        let (r, off) = self.region_at(index, offset, buf.len())?;
        r.mem.read(off, buf)
    }

    fn region_write(&self, index: u32, offset: u64, data: &[u8]) -> DriverResult<()> {
        let (r, off) = self.region_at(index, offset, data.len())?;
        r.mem.write(off, data)
    }

    fn map_region(&self, index: u32) -> DriverResult<VolatileMemory> {
        let (r, _) = self.region_at(index, 0, 0)?;
        if !r.info.mmap {
            return Err(Error::Region {
                device: self.name.clone(),
                index,
                problem: "not mappable".into(),
            });
        }
        Ok(r.mem.clone())
    }

    fn dma_map(&self, iova: u64, mem: &VolatileMemory) -> DriverResult<()> {
        let mut st = lock(&self.state);
        if st.refuse_dma_map {
            return Err(self.errno("map DMA", libc::ENOMEM));
        }
        let len = mem.len() as u64;
        let overlaps = st
            .dma
            .iter()
            .any(|(s, m)| iova < s + m.len() as u64 && *s < iova + len);
        if overlaps || len == 0 {
            return Err(self.errno("map DMA", libc::EEXIST));
        }
        st.dma.push((iova, mem.clone()));
        Ok(())
    }

    fn dma_unmap(&self, iova: u64, len: u64) -> DriverResult<()> {
        let mut st = lock(&self.state);
        match st
            .dma
            .iter()
            .position(|(s, m)| *s == iova && m.len() as u64 == len)
        {
            Some(i) => {
                st.dma.remove(i);
                Ok(())
            }
            None => Err(self.errno("unmap DMA", libc::EINVAL)),
        }
    }

    fn irq_count(&self, index: u32) -> u32 {
        self.irq_counts.get(index as usize).copied().unwrap_or(0)
    }

    fn enable_irqs(&self, index: u32, fds: &[&EventFd]) -> DriverResult<()> {
        let mut st = lock(&self.state);
        if fds.is_empty() || fds.len() as u32 > self.irq_count(index) || !st.irqs.is_empty() {
            return Err(self.errno("enable interrupts", libc::EINVAL));
        }
        let clones = fds
            .iter()
            .map(|f| f.try_clone().map_err(|e| Error::io("clone eventfd", e)))
            .collect::<DriverResult<Vec<_>>>()?;
        st.irqs.insert(index, clones);
        st.intx_masked = false;
        Ok(())
    }

    fn disable_irqs(&self, index: u32) -> DriverResult<()> {
        match lock(&self.state).irqs.remove(&index) {
            Some(_) => Ok(()),
            None => Err(self.errno("disable interrupts", libc::EINVAL)),
        }
    }

    fn unmask_intx(&self) -> DriverResult<()> {
        let mut st = lock(&self.state);
        st.intx_masked = false;
        st.unmasks += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::irq::InterruptKind;
    use crate::vfio::{pci, VfioBackend, VfioOptions};
    use crate::Device;
    use std::time::Duration;

    fn opts() -> VfioOptions {
        VfioOptions {
            iova_base: 0x10_0000,
            iova_limit: 0x10_0000 + 64 * 4096,
        }
    }

    fn backend(twin: TwinVfio) -> VfioBackend<TwinVfio> {
        VfioBackend::new(twin, opts()).unwrap()
    }

    #[test]
    fn open_turns_on_bus_mastering_and_keeps_other_bits() {
        let twin = TwinVfio::new("twin").unwrap();
        twin.region_write(
            CONFIG_REGION,
            pci::COMMAND,
            &pci::COMMAND_INTX_DISABLE.to_le_bytes(),
        )
        .unwrap();
        let b = backend(twin);
        let cmd = b.config_read16(pci::COMMAND).unwrap();
        assert_eq!(
            cmd,
            pci::COMMAND_INTX_DISABLE | pci::COMMAND_MEMORY | pci::COMMAND_BUS_MASTER
        );
    }

    #[test]
    fn bars_map_or_fall_back_to_region_io() {
        let twin = TwinVfio::new("twin")
            .unwrap()
            .with_bar(0, 0x1000, true)
            .unwrap()
            .with_bar(2, 0x100, false)
            .unwrap();
        let b = backend(twin);
        for (index, size) in [(0u32, 0x1000u32), (2, 0x100)] {
            let bar = b.bar(index).unwrap();
            assert_eq!(bar.size(), u64::from(size));
            bar.write32(size - 4, 0xC0FF_EE00 | index).unwrap();
            let dev = b.sys().region_mem(index).unwrap();
            assert_eq!(dev.read32(size as usize - 4).unwrap(), 0xC0FF_EE00 | index);
            dev.write32(0, 0x1234).unwrap();
            assert_eq!(bar.read32(0).unwrap(), 0x1234);
            assert!(bar.read32(size).is_err());
        }
        assert!(Arc::ptr_eq(&b.bar(0).unwrap(), &b.bar(0).unwrap()));
        assert!(matches!(b.bar(1), Err(Error::Region { index: 1, .. })));
        assert!(matches!(b.bar(7), Err(Error::Region { index: 7, .. })));
    }

    use std::sync::Arc;

    #[test]
    fn dma_round_trip_and_unmap_on_drop() {
        let b = backend(TwinVfio::new("twin").unwrap());
        let x = b.dma_alloc(100).unwrap();
        let y = b.dma_alloc(4097).unwrap();
        assert_eq!(x.len(), 4096);
        assert_eq!(y.len(), 8192);
        assert_eq!(
            b.sys().dma_mappings(),
            vec![(x.iova(), 4096), (y.iova(), 8192)]
        );
        // Host writes, device reads; device writes, host reads.
        x.mem().write(10, b"ping").unwrap();
        let mut got = [0u8; 4];
        b.sys().dma_read(x.iova() + 10, &mut got).unwrap();
        assert_eq!(&got, b"ping");
        b.sys().dma_write(y.iova() + 8188, b"pong").unwrap();
        assert_eq!(y.mem().read_array::<4>(8188).unwrap(), *b"pong");
        // The device cannot reach past a buffer.
        assert!(b.sys().dma_write(x.iova() + 4094, b"xyz").is_err());
        let x_iova = x.iova();
        drop(x);
        assert_eq!(b.sys().dma_mappings(), vec![(y.iova(), 8192)]);
        assert!(b.sys().dma_read(x_iova, &mut got).is_err());
        // The freed range is reused; a refused mapping gives its range back.
        assert_eq!(b.dma_alloc(1).unwrap().iova(), x_iova);
        b.sys().refuse_dma_map(true);
        assert!(matches!(b.dma_alloc(1), Err(Error::Vfio { .. })));
        b.sys().refuse_dma_map(false);
        assert_eq!(b.dma_alloc(1).unwrap().iova(), x_iova);
        // The window is finite.
        assert!(matches!(
            b.dma_alloc(1 << 30),
            Err(Error::IovaExhausted { .. })
        ));
    }

    #[test]
    fn interrupts_prefer_msix_then_msi_then_intx() {
        let b = backend(TwinVfio::new("twin").unwrap().with_irqs(1, 1, 4));
        let v = b.enable_interrupts(4).unwrap();
        assert_eq!(v.len(), 4);
        assert!(v.iter().all(|i| i.kind() == InterruptKind::MsiX));
        assert!(b.sys().fire(2));
        assert_eq!(v[2].wait(Duration::from_secs(1)).unwrap(), 1);
        assert_eq!(v[1].take().unwrap(), 0);
        assert!(matches!(
            b.enable_interrupts(5),
            Err(Error::Interrupts { .. })
        ));
        assert!(b.enable_interrupts(0).is_err());

        let b = backend(TwinVfio::new("twin").unwrap().with_irqs(1, 1, 0));
        let v = b.enable_interrupts(1).unwrap();
        assert_eq!(v[0].kind(), InterruptKind::Msi);
        assert!(b.sys().fire(0));
        v[0].wait(Duration::from_secs(1)).unwrap();

        let b = backend(TwinVfio::new("twin").unwrap().with_irqs(1, 0, 0));
        let v = b.enable_interrupts(1).unwrap();
        assert_eq!(v[0].kind(), InterruptKind::Intx);
        assert!(b.sys().fire(0));
        assert!(!b.sys().fire(0), "INTx stays masked until re-armed");
        v[0].wait(Duration::from_secs(1)).unwrap();
        v[0].rearm().unwrap();
        assert_eq!(b.sys().intx_unmasks(), 1);
        assert!(b.sys().fire(0));
        // Enabling again replaces the previous routing.
        let v2 = b.enable_interrupts(1).unwrap();
        assert!(b.sys().fire(0));
        v2[0].wait(Duration::from_secs(1)).unwrap();
        assert_eq!(b.sys().enabled_irq_index(), Some(VFIO_PCI_INTX_IRQ_INDEX));
        drop(b);
    }
}
