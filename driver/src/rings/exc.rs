//! Exception ring: frames the card punts to the host, with their metadata.
//!
//! The host keeps every slot posted with its own buffer (slot `i` owns bytes
//! `[i * buf_size, (i + 1) * buf_size)` of one DMA block). It reads frames from where
//! *it* put the buffer, never from the address the card writes back, and copies at
//! most `buf_size` bytes: a card cannot make the host read outside the buffer.

use super::core::RingCore;
use super::{Limits, RingFault};
use crate::dma::DmaBuffer;
use crate::{DriverResult, Error};
use fpvs_abi::{ExceptionDescriptor, ExceptionReason};
use std::time::Duration;

/// One punted frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    /// Why the card punted it.
    pub reason: ExceptionReason,
    /// Ingress port.
    pub port: u8,
    /// The bytes captured (all of the frame unless `truncated`).
    pub frame: Vec<u8>,
    /// Length of the frame on the wire.
    pub wire_len: u16,
    /// Only the first `frame.len()` bytes were captured.
    pub truncated: bool,
    /// Offset of the IPv4/ARP header inside `frame`.
    pub l3_offset: u8,
    /// Flow hash (0 if not TCP/UDP over IPv4).
    pub flow_hash: u32,
    /// Arrival tick.
    pub timestamp: u32,
    /// Service matched, if any.
    pub service: Option<u16>,
}

/// The host side of the exception ring.
#[derive(Debug)]
pub struct ExceptionRing {
    core: RingCore,
    frames: DmaBuffer,
    buf_size: u16,
    limits: Limits,
    /// Next index to post (all slots are kept posted).
    tail: u32,
    /// Next index to consume.
    done: u32,
}

impl ExceptionRing {
    pub(crate) fn new(
        core: RingCore,
        frames: DmaBuffer,
        buf_size: u16,
        limits: Limits,
    ) -> DriverResult<Self> {
        if buf_size == 0 || frames.len() < core.size() as usize * usize::from(buf_size) {
            return Err(Error::InvalidArgument(format!(
                "exception buffers: {} bytes for {} slots of {buf_size}",
                frames.len(),
                core.size()
            )));
        }
        let mut r = ExceptionRing {
            core,
            frames,
            buf_size,
            limits,
            tail: 0,
            done: 0,
        };
        for _ in 0..r.core.size() {
            r.post()?;
        }
        r.core.doorbell(r.tail)?;
        Ok(r)
    }

    fn buffer_offset(&self, index: u32) -> usize {
        (index & (self.core.size() - 1)) as usize * usize::from(self.buf_size)
    }

    fn posted(&self, index: u32) -> ExceptionDescriptor {
        ExceptionDescriptor::post(
            self.frames.iova() + self.buffer_offset(index) as u64,
            self.buf_size,
        )
    }

    fn post(&mut self) -> DriverResult<()> {
        let d = self.posted(self.tail);
        self.core.write_desc(self.tail, &d.encode())?;
        self.tail = self.tail.wrapping_add(1);
        Ok(())
    }

    /// Takes up to `max` punted frames, in order. A bad descriptor is reported after
    /// the good ones before it, and its buffer is posted again.
    pub fn poll(&mut self, max: usize) -> DriverResult<Vec<Exception>> {
        let n = self.core.finished(self.done, self.tail)?;
        let mut out = Vec::new();
        let mut err = None;
        for _ in 0..(n as usize).min(max) {
            match self.check(self.done) {
                Ok(e) => out.push(e),
                Err(e) if out.is_empty() => err = Some(e),
                Err(_) => break,
            }
            self.done = self.done.wrapping_add(1);
            self.post()?;
            if err.is_some() {
                break;
            }
        }
        if n > 0 && (err.is_some() || !out.is_empty()) {
            self.core.doorbell(self.tail)?;
        }
        match err {
            Some(e) => Err(e),
            None => Ok(out),
        }
    }

    /// Waits (at most `timeout`) for at least one frame, then takes up to `max`.
    pub fn wait(&mut self, max: usize, timeout: Duration) -> DriverResult<Vec<Exception>> {
        self.core.waiter.clone().wait("punted frames", timeout, || {
            let v = self.poll(max)?;
            Ok((!v.is_empty()).then_some(v))
        })
    }

    fn check(&self, index: u32) -> DriverResult<Exception> {
        let fault = |f| self.core.fault(f);
        let d = ExceptionDescriptor::decode(&self.core.read_desc(index)?);
        let mine = self.posted(index);
        if !d.flags.done() {
            return Err(fault(RingFault::NotDone { index }));
        }
        if d.buf_addr != mine.buf_addr {
            return Err(fault(RingFault::FieldChanged {
                index,
                field: "buf_addr",
            }));
        }
        if d.buf_size != mine.buf_size {
            return Err(fault(RingFault::FieldChanged {
                index,
                field: "buf_size",
            }));
        }
        let (len, buf) = (u32::from(d.frame_len), u32::from(self.buf_size));
        let truncated = d.flags.truncated();
        let head = u32::from(d.captured);
        let captured = match (truncated, head) {
            (false, 0) if (1..=buf).contains(&len) => len,
            (true, 0) if len > buf => buf,
            // The card held only the frame's head (a management channel's cut).
            (true, 1..) if head < len && head <= buf => head,
            _ => {
                return Err(fault(RingFault::BadLength {
                    index,
                    len,
                    buffer: buf,
                }))
            }
        };
        let reason = ExceptionReason::from_code(d.reason).map_err(|_| {
            fault(RingFault::UnknownReason {
                index,
                code: d.reason,
            })
        })?;
        let range = |field, value: u32, limit: u32| {
            if value < limit {
                Ok(())
            } else {
                Err(fault(RingFault::OutOfRange {
                    index,
                    field,
                    value,
                    limit,
                }))
            }
        };
        range("port", d.port.into(), self.limits.ports)?;
        range("l3_offset", d.l3_offset.into(), captured + 1)?;
        let service = match d.service {
            ExceptionDescriptor::NO_SERVICE => None,
            s => {
                range("service", s.into(), self.limits.services)?;
                Some(s)
            }
        };
        let mut frame = vec![0u8; captured as usize];
        self.frames
            .mem()
            .read(self.buffer_offset(index), &mut frame)?;
        Ok(Exception {
            reason,
            port: d.port,
            frame,
            wire_len: d.frame_len,
            truncated,
            l3_offset: d.l3_offset,
            flow_hash: d.flow_hash,
            timestamp: d.timestamp,
            service,
        })
    }
}
