//! Interrupts as the host sees them: one eventfd per vector, in every backend.

use crate::sys::event::{self, EventFd};
use crate::{DriverResult, Error};
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How interrupts are delivered by the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InterruptKind {
    /// Message-signalled, extended (one vector per ring).
    MsiX,
    /// Message-signalled.
    Msi,
    /// Legacy line interrupt: masked after each delivery until re-armed.
    Intx,
}

/// Re-enables a level-triggered line after the device's cause was cleared.
pub trait Rearm: Send + Sync + fmt::Debug {
    /// Unmasks the line.
    fn rearm(&self) -> DriverResult<()>;
}

/// One interrupt vector.
#[derive(Debug, Clone)]
pub struct Interrupt {
    vector: u32,
    kind: InterruptKind,
    fd: Arc<EventFd>,
    rearm: Option<Arc<dyn Rearm>>,
}

impl Interrupt {
    /// Vector `vector` signalled on `fd`.
    pub fn new(
        vector: u32,
        kind: InterruptKind,
        fd: Arc<EventFd>,
        rearm: Option<Arc<dyn Rearm>>,
    ) -> Self {
        Interrupt {
            vector,
            kind,
            fd,
            rearm,
        }
    }

    /// Vector number.
    pub fn vector(&self) -> u32 {
        self.vector
    }

    /// Delivery kind.
    pub fn kind(&self) -> InterruptKind {
        self.kind
    }

    /// The eventfd (to register with an event loop).
    pub fn eventfd(&self) -> &EventFd {
        &self.fd
    }

    /// Takes pending signals without waiting; 0 when none.
    pub fn take(&self) -> DriverResult<u64> {
        event::take(&self.fd)
    }

    /// Waits for the interrupt at most `timeout`; returns how many signals were
    /// pending (at least 1).
    pub fn wait(&self, timeout: Duration) -> DriverResult<u64> {
        let start = Instant::now();
        loop {
            let n = self.take()?;
            if n > 0 {
                return Ok(n);
            }
            let left = timeout.saturating_sub(start.elapsed());
            if left.is_zero() || !event::wait_readable(self.fd.as_ref(), left)? {
                if let Some(n) = Some(self.take()?).filter(|n| *n > 0) {
                    return Ok(n);
                }
                return Err(Error::Timeout {
                    what: format!("interrupt vector {} ({:?})", self.vector, self.kind),
                    after: start.elapsed(),
                });
            }
        }
    }

    /// Re-arms a line interrupt once the device's cause is cleared (no-op for MSI/MSI-X).
    pub fn rearm(&self) -> DriverResult<()> {
        match &self.rearm {
            Some(r) => r.rearm(),
            None => Ok(()),
        }
    }

    /// Signals the vector from software (fakes; loopback tests).
    pub fn trigger(&self) -> DriverResult<()> {
        self.fd.write(1).map_err(|e| Error::io("write eventfd", e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wait_is_bounded_and_counts_signals() {
        let i = Interrupt::new(
            3,
            InterruptKind::MsiX,
            Arc::new(event::eventfd().unwrap()),
            None,
        );
        let e = i.wait(Duration::from_millis(5)).unwrap_err();
        assert!(
            matches!(&e, Error::Timeout { what, .. } if what.contains("vector 3")),
            "{e}"
        );
        i.trigger().unwrap();
        i.trigger().unwrap();
        assert_eq!(i.wait(Duration::from_millis(5)).unwrap(), 2);
        assert_eq!(i.take().unwrap(), 0);
        i.rearm().unwrap();
    }
}
