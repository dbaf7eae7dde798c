//! What every ring shares: its descriptor memory, registers, indices and waiting.

use super::RingFault;
use crate::device::Device;
use crate::dma::DmaBuffer;
use crate::irq::Interrupt;
use crate::regs::Registers;
use crate::volatile::barrier;
use crate::wait::poll_until;
use crate::{DriverResult, Error};
use fpvs_abi::regs::rings::{self, ring_reg, Ring};
use std::time::{Duration, Instant};

/// How a ring waits for the card.
#[derive(Debug, Clone)]
pub enum Waiter {
    /// Re-read the ring with a growing pause.
    Poll,
    /// Sleep on the ring's interrupt vector.
    Interrupt(Interrupt),
}

impl Waiter {
    /// Runs `check` until it yields, at most `timeout`.
    pub fn wait<T>(
        &self,
        what: &str,
        timeout: Duration,
        mut check: impl FnMut() -> DriverResult<Option<T>>,
    ) -> DriverResult<T> {
        let irq = match self {
            Waiter::Poll => return poll_until(what, timeout, check),
            Waiter::Interrupt(irq) => irq,
        };
        let start = Instant::now();
        loop {
            if let Some(v) = check()? {
                return Ok(v);
            }
            let left = timeout.saturating_sub(start.elapsed());
            match irq.wait(left) {
                Ok(_) => irq.rearm()?,
                Err(Error::Timeout { .. }) => {
                    return match check()? {
                        Some(v) => Ok(v),
                        None => Err(Error::Timeout {
                            what: what.to_string(),
                            after: start.elapsed(),
                        }),
                    }
                }
                Err(e) => return Err(e),
            }
        }
    }
}

/// One ring's memory and registers.
#[derive(Debug)]
pub(crate) struct RingCore {
    pub ring: Ring,
    pub regs: Registers,
    pub desc: DmaBuffer,
    pub log2: u32,
    pub waiter: Waiter,
}

impl RingCore {
    /// Allocates the descriptors, programs the ring (which restarts it at index 0) and
    /// its interrupt enable.
    pub fn new(
        dev: &dyn Device,
        regs: &Registers,
        ring: Ring,
        log2: u32,
        waiter: Waiter,
    ) -> DriverResult<Self> {
        if log2 > rings::MAX_LOG2_SIZE {
            return Err(Error::InvalidArgument(format!(
                "{ring:?} ring of 2^{log2} slots: at most 2^{}",
                rings::MAX_LOG2_SIZE
            )));
        }
        let desc = dev.dma_alloc((1usize << log2) * ring.descriptor_bytes())?;
        desc.mem().fill(0, desc.len(), 0)?;
        let r = |reg| ring_reg(ring, reg);
        regs.write(r(rings::BASE_LO), desc.iova() as u32)?;
        regs.write(r(rings::BASE_HI), (desc.iova() >> 32) as u32)?;
        regs.write(r(rings::LOG2_SIZE), log2)?;
        regs.write(
            r(rings::IRQ_CTRL),
            matches!(waiter, Waiter::Interrupt(_)) as u32,
        )?;
        Ok(RingCore {
            ring,
            regs: regs.clone(),
            desc,
            log2,
            waiter,
        })
    }

    pub fn size(&self) -> u32 {
        1 << self.log2
    }

    pub fn offset(&self, index: u32) -> usize {
        (index & (self.size() - 1)) as usize * self.ring.descriptor_bytes()
    }

    pub fn read_desc<const N: usize>(&self, index: u32) -> DriverResult<[u8; N]> {
        self.desc.mem().read_array(self.offset(index))
    }

    pub fn write_desc(&self, index: u32, bytes: &[u8]) -> DriverResult<()> {
        self.desc.mem().write(self.offset(index), bytes)
    }

    pub fn head(&self) -> DriverResult<u32> {
        self.regs.read(ring_reg(self.ring, rings::HEAD))
    }

    /// Publishes the descriptors written so far, then moves `TAIL`.
    pub fn doorbell(&self, tail: u32) -> DriverResult<()> {
        barrier();
        self.regs.write(ring_reg(self.ring, rings::TAIL), tail)
    }

    pub fn fault(&self, fault: RingFault) -> Error {
        Error::ring(self.ring, fault)
    }

    /// Reads HEAD and checks it against `done..=posted`; returns how many descriptors
    /// the card finished.
    pub fn finished(&self, done: u32, posted: u32) -> DriverResult<u32> {
        let head = self.head()?;
        barrier();
        let ahead = head.wrapping_sub(done);
        if ahead > posted.wrapping_sub(done) {
            return Err(self.fault(RingFault::HeadBeyondTail { head, done, posted }));
        }
        Ok(ahead)
    }
}
