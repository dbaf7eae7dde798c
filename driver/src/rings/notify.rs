//! Notify ring: what the card tells the host about flows it handled alone.
//!
//! The card is the producer here: `HEAD` may run at most one ring ahead of the host's
//! `TAIL`. The host clears each record's done byte as it consumes it, so a record left
//! over from the previous lap can never pass for a new one.

use super::core::RingCore;
use super::{Limits, RingFault};
use crate::DriverResult;
use fpvs_abi::NotifyRecord;
use std::time::Duration;

/// The host side of the notify ring.
#[derive(Debug)]
pub struct NotifyRing {
    core: RingCore,
    limits: Limits,
    /// Next index to consume (the host's `TAIL`).
    tail: u32,
}

impl NotifyRing {
    pub(crate) fn new(core: RingCore, limits: Limits) -> DriverResult<Self> {
        core.doorbell(0)?;
        Ok(NotifyRing {
            core,
            limits,
            tail: 0,
        })
    }

    /// Takes up to `max` records, in order; a bad record is reported after the good
    /// ones before it, and consumed.
    pub fn poll(&mut self, max: usize) -> DriverResult<Vec<NotifyRecord>> {
        let head = self.core.head()?;
        crate::volatile::barrier();
        let size = self.core.size();
        let n = head.wrapping_sub(self.tail);
        if n > size {
            return Err(self.core.fault(RingFault::Overrun {
                head,
                tail: self.tail,
                size,
            }));
        }
        let mut out = Vec::new();
        let mut err = None;
        for _ in 0..(n as usize).min(max) {
            match self.check(self.tail) {
                Ok(r) => out.push(r),
                Err(e) if out.is_empty() => err = Some(e),
                Err(_) => break,
            }
            let off = self.core.offset(self.tail) + NotifyRecord::DONE_OFFSET;
            self.core.desc.mem().write_u8(off, 0)?;
            self.tail = self.tail.wrapping_add(1);
            if err.is_some() {
                break;
            }
        }
        if err.is_some() || !out.is_empty() {
            self.core.doorbell(self.tail)?;
        }
        match err {
            Some(e) => Err(e),
            None => Ok(out),
        }
    }

    /// Waits (at most `timeout`) for at least one record, then takes up to `max`.
    pub fn wait(&mut self, max: usize, timeout: Duration) -> DriverResult<Vec<NotifyRecord>> {
        self.core.waiter.clone().wait("notifications", timeout, || {
            let v = self.poll(max)?;
            Ok((!v.is_empty()).then_some(v))
        })
    }

    fn check(&self, index: u32) -> DriverResult<NotifyRecord> {
        let fault = |f| self.core.fault(f);
        let b = self.core.read_desc::<{ NotifyRecord::BYTES }>(index)?;
        if b[NotifyRecord::DONE_OFFSET] != 1 {
            return Err(fault(RingFault::NotDone { index }));
        }
        let r = NotifyRecord::decode(&b)
            .map_err(|_| fault(RingFault::UnknownKind { index, code: b[0] }))?;
        for (field, value, limit) in [
            ("service", r.service, self.limits.services),
            ("real_server", r.real_server, self.limits.real_servers),
        ] {
            if u32::from(value) >= limit {
                return Err(fault(RingFault::OutOfRange {
                    index,
                    field,
                    value: value.into(),
                    limit,
                }));
            }
        }
        Ok(r)
    }
}
