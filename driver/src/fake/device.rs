//! The fake card as a [`Device`]: BAR0 is its register model, DMA buffers are shared
//! memory it reaches by IOVA, interrupts are eventfds.

use super::card::{CardConfig, FakeCard};
use super::dma_space::{DmaSpace, IrqLines};
use crate::device::Device;
use crate::dma::{DmaBuffer, DmaUnmapper, IovaAllocator};
use crate::irq::{Interrupt, InterruptKind};
use crate::mmio::{lock, FakeMmio, Mmio};
use crate::sys::event;
use crate::{Error, Result};
use fpvs_abi::regs::BAR0_SIZE;
use std::sync::{Arc, Mutex, MutexGuard};

/// An FPVS card in software. Clones share the card.
#[derive(Debug, Clone)]
pub struct FakeDevice {
    card: Arc<Mutex<FakeCard>>,
    bar0: Arc<FakeMmio<FakeCard>>,
    dma: Arc<DmaSpace>,
    iova: Arc<Mutex<IovaAllocator>>,
    irq: Arc<IrqLines>,
}

#[derive(Debug)]
struct Unmap {
    dma: Arc<DmaSpace>,
    iova: Arc<Mutex<IovaAllocator>>,
}

impl DmaUnmapper for Unmap {
    fn unmap(&self, iova: u64, _len: u64) {
        if self.dma.unmap(iova) {
            lock(&self.iova).free(iova);
        }
    }
}

impl FakeDevice {
    /// A fake card with these build parameters.
    pub fn new(cfg: CardConfig) -> Result<Self> {
        let dma = Arc::new(DmaSpace::default());
        let irq = Arc::new(IrqLines::default());
        let card = Arc::new(Mutex::new(FakeCard::new(cfg, dma.clone(), irq.clone())));
        Ok(FakeDevice {
            bar0: Arc::new(FakeMmio::new(u64::from(BAR0_SIZE), card.clone())),
            card,
            dma,
            // Above 4 GiB, so that the high halves of ring bases are exercised.
            iova: Arc::new(Mutex::new(IovaAllocator::new(1 << 32, 1 << 40, 4096)?)),
            irq,
        })
    }

    /// The card, to drive its side of the rings.
    pub fn card(&self) -> MutexGuard<'_, FakeCard> {
        lock(&self.card)
    }
}

impl Device for FakeDevice {
    fn name(&self) -> &str {
        "fake"
    }

    fn bar(&self, index: u32) -> Result<Arc<dyn Mmio>> {
        match index {
            0 => Ok(self.bar0.clone()),
            _ => Err(Error::Region {
                device: "fake".into(),
                index,
                problem: "the fake card has only BAR0".into(),
            }),
        }
    }

    fn dma_alloc(&self, len: usize) -> Result<DmaBuffer> {
        let size = len.max(1).next_multiple_of(4096);
        let (mem, file) = crate::sys::mem::shared("DMA buffer", size)?;
        let iova = lock(&self.iova).alloc(size as u64)?;
        self.dma.map(iova, mem.clone())?;
        let unmap = Arc::new(Unmap {
            dma: self.dma.clone(),
            iova: self.iova.clone(),
        });
        Ok(DmaBuffer::new(iova, mem, Some(Arc::new(file)), Some(unmap)))
    }

    fn enable_interrupts(&self, count: u32) -> Result<Vec<Interrupt>> {
        let fds = (0..count)
            .map(|_| event::eventfd().map(Arc::new))
            .collect::<Result<Vec<_>>>()?;
        self.irq.set_eventfds(fds.clone());
        Ok(fds
            .into_iter()
            .enumerate()
            .map(|(v, fd)| Interrupt::new(v as u32, InterruptKind::MsiX, fd, None))
            .collect())
    }
}
