//! The fake card as a [`Device`]: BAR0 is its register model, DMA buffers are shared
//! memory it reaches by IOVA, interrupts are eventfds.

use super::card::{FakeCard, FakeCardConfig};
use super::dma_space::SoftDevice;
use crate::device::Device;
use crate::dma::DmaBuffer;
use crate::irq::Interrupt;
use crate::mmio::{lock, FakeMmio, Mmio};
use crate::{DriverResult, Error};
use fpvs_abi::regs::BAR0_SIZE;
use std::sync::{Arc, Mutex, MutexGuard};

/// An FPVS card in software. Clones share the card.
#[derive(Debug, Clone)]
pub struct FakeDevice {
    card: Arc<Mutex<FakeCard>>,
    bar0: Arc<FakeMmio<FakeCard>>,
    host: SoftDevice,
}

impl FakeDevice {
    /// A fake card with these build parameters.
    pub fn new(cfg: FakeCardConfig) -> DriverResult<Self> {
        let host = SoftDevice::new()?;
        let card = Arc::new(Mutex::new(FakeCard::new(
            cfg,
            host.dma.clone(),
            host.irq.clone(),
        )));
        Ok(FakeDevice {
            bar0: Arc::new(FakeMmio::new(u64::from(BAR0_SIZE), card.clone())),
            card,
            host,
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

    fn bar(&self, index: u32) -> DriverResult<Arc<dyn Mmio>> {
        match index {
            0 => Ok(self.bar0.clone()),
            _ => Err(Error::Region {
                device: "fake".into(),
                index,
                problem: "the fake card has only BAR0".into(),
            }),
        }
    }

    fn dma_alloc(&self, len: usize) -> DriverResult<DmaBuffer> {
        self.host.dma_alloc(len)
    }

    fn enable_interrupts(&self, count: u32) -> DriverResult<Vec<Interrupt>> {
        self.host.enable_interrupts(count)
    }
}
