//! Inject ring: frames from the host into the pipeline, or straight out of a port.
//!
//! Slot `i` owns bytes `[i * buf_size, (i + 1) * buf_size)` of one DMA block; the frame
//! is copied there before its descriptor is published.

use super::core::RingCore;
use super::{Limits, RingFault};
use crate::dma::DmaBuffer;
use crate::{DriverResult, Error};
use fpvs_abi::{InjectDescriptor, InjectFlags};
use std::time::Duration;

/// Where an injected frame goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InjectTarget {
    /// Through the pipeline, as if it had arrived on this port.
    Pipeline {
        /// Ingress port.
        port: u8,
    },
    /// Out of this port, unchanged.
    Port {
        /// Egress port.
        port: u8,
    },
}

/// Shortest frame accepted: an Ethernet header.
pub const MIN_FRAME: usize = 14;

/// The host side of the inject ring.
#[derive(Debug)]
pub struct InjectRing {
    core: RingCore,
    frames: DmaBuffer,
    buf_size: u16,
    limits: Limits,
    tail: u32,
    done: u32,
    posted: Vec<Option<InjectDescriptor>>,
}

impl InjectRing {
    pub(crate) fn new(
        core: RingCore,
        frames: DmaBuffer,
        buf_size: u16,
        limits: Limits,
    ) -> DriverResult<Self> {
        if usize::from(buf_size) < MIN_FRAME
            || frames.len() < core.size() as usize * usize::from(buf_size)
        {
            return Err(Error::InvalidArgument(format!(
                "inject buffers: {} bytes for {} slots of {buf_size}",
                frames.len(),
                core.size()
            )));
        }
        let size = core.size() as usize;
        Ok(InjectRing {
            core,
            frames,
            buf_size,
            limits,
            tail: 0,
            done: 0,
            posted: vec![None; size],
        })
    }

    fn slot(&self, index: u32) -> usize {
        (index & (self.core.size() - 1)) as usize
    }

    /// Frames posted and not yet sent by the card.
    pub fn in_flight(&self) -> u32 {
        self.tail.wrapping_sub(self.done)
    }

    /// Queues `frames` (all, or none) and rings the doorbell once. Frees the slots of
    /// frames already sent first. Returns the index of the first.
    pub fn send(&mut self, frames: &[(InjectTarget, &[u8])]) -> DriverResult<u32> {
        for (target, frame) in frames {
            let port = match *target {
                InjectTarget::Pipeline { port } | InjectTarget::Port { port } => port,
            };
            if u32::from(port) >= self.limits.ports {
                return Err(Error::InvalidArgument(format!(
                    "inject to port {port}: the card has {} ports",
                    self.limits.ports
                )));
            }
            if frame.len() < MIN_FRAME || frame.len() > usize::from(self.buf_size) {
                return Err(Error::InvalidArgument(format!(
                    "inject a {}-byte frame: {MIN_FRAME}..={} bytes",
                    frame.len(),
                    self.buf_size
                )));
            }
        }
        self.reclaim()?;
        let free = self.core.size() - self.in_flight();
        if frames.len() as u64 > u64::from(free) {
            return Err(self.core.fault(RingFault::Full {
                size: self.core.size(),
            }));
        }
        let first = self.tail;
        for (target, frame) in frames {
            let off = self.slot(self.tail) * usize::from(self.buf_size);
            self.frames.mem().write(off, frame)?;
            let (port, flags) = match *target {
                InjectTarget::Pipeline { port } => (port, 0),
                InjectTarget::Port { port } => (port, InjectFlags::VERBATIM),
            };
            let d = InjectDescriptor {
                buf_addr: self.frames.iova() + off as u64,
                len: frame.len() as u16,
                flags: InjectFlags(flags),
                port,
            };
            self.core.write_desc(self.tail, &d.encode())?;
            let slot = self.slot(self.tail);
            self.posted[slot] = Some(d);
            self.tail = self.tail.wrapping_add(1);
        }
        if !frames.is_empty() {
            self.core.doorbell(self.tail)?;
        }
        Ok(first)
    }

    /// Frees the slots of frames the card has sent; returns how many. A bad
    /// descriptor is reported after the good ones before it (and freed).
    pub fn reclaim(&mut self) -> DriverResult<u32> {
        let n = self.core.finished(self.done, self.tail)?;
        let mut freed = 0;
        for _ in 0..n {
            let r = self.check(self.done);
            if r.is_err() && freed > 0 {
                break;
            }
            let slot = self.slot(self.done);
            self.posted[slot] = None;
            self.done = self.done.wrapping_add(1);
            r?;
            freed += 1;
        }
        Ok(freed)
    }

    /// Waits (at most `timeout`) until every queued frame was sent.
    pub fn flush(&mut self, timeout: Duration) -> DriverResult<()> {
        self.core
            .waiter
            .clone()
            .wait("injected frames to be sent", timeout, || {
                self.reclaim()?;
                Ok((self.in_flight() == 0).then_some(()))
            })
    }

    fn check(&self, index: u32) -> DriverResult<()> {
        let fault = |f| self.core.fault(f);
        let got = InjectDescriptor::decode(&self.core.read_desc(index)?);
        let posted =
            self.posted[self.slot(index)].ok_or_else(|| fault(RingFault::NotDone { index }))?;
        if got.flags.0 & InjectFlags::DONE == 0 {
            return Err(fault(RingFault::NotDone { index }));
        }
        for (field, same) in [
            ("buf_addr", got.buf_addr == posted.buf_addr),
            ("len", got.len == posted.len),
            ("port", got.port == posted.port),
            ("flags", got.flags.0 & !InjectFlags::DONE == posted.flags.0),
        ] {
            if !same {
                return Err(fault(RingFault::FieldChanged { index, field }));
            }
        }
        Ok(())
    }
}
