//! The Corundum transport as a [`CardTransport`]: commands through the application BAR's
//! mailbox, one at a time; injections as host-queue frames behind an inject header.

use super::FrameSocket;
use crate::host_rings::CardTransport;
use crate::mmio::Mmio;
use crate::{DriverResult, Error};
use fpvs_abi::corundum::{inject_header, mailbox as mb, HEADER_BYTES};
use std::ops::RangeInclusive;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Largest frame Corundum's TX path takes (`MAX_TX_SIZE`), inject header included.
const MAX_TX_SIZE: usize = 9214;

/// Waits until `STATUS & mask == want`, polling (a few times at once, then with a
/// growing sleep) for at most `timeout`.
fn wait_status(app: &dyn Mmio, mask: u32, want: u32, timeout: Duration) -> DriverResult<u32> {
    let start = Instant::now();
    let mut nap = Duration::from_micros(1);
    let mut polls = 0u32;
    loop {
        let s = app.read32(mb::STATUS)?;
        if s == u32::MAX {
            return Err(Error::DeviceNotResponding {
                device: "Corundum application BAR".into(),
                offset: mb::STATUS,
            });
        }
        if s & mask == want {
            return Ok(s);
        }
        if start.elapsed() >= timeout {
            return Err(Error::Timeout {
                what: format!("mailbox STATUS {s:#x} & {mask:#x} to become {want:#x}"),
                after: timeout,
            });
        }
        polls += 1;
        if polls > 64 {
            std::thread::sleep(nap);
            nap = (nap * 2).min(Duration::from_millis(1));
        }
    }
}

/// One command through the mailbox: `CMD[0..16]`, `DOORBELL`, `STATUS` polled for
/// `CPL_VALID`, `CPL` read, `CPL_POP`. A completion left held (by a host that died
/// mid-command) is released first.
pub fn command(app: &dyn Mmio, desc: &[u8; 64], timeout: Duration) -> DriverResult<[u8; 64]> {
    let s = wait_status(app, mb::STATUS_CMD_BUSY, 0, timeout)?;
    if s & mb::STATUS_CPL_VALID != 0 {
        tracing::warn!("mailbox: releasing a completion nobody took");
        app.write32(mb::CPL_POP, 1)?;
        wait_status(app, mb::STATUS_CPL_VALID, 0, timeout)?;
    }
    for (i, w) in desc.chunks_exact(4).enumerate() {
        let v = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
        app.write32(mb::CMD + 4 * i as u32, v)?;
    }
    app.write32(mb::DOORBELL, 1)?;
    wait_status(app, mb::STATUS_CPL_VALID, mb::STATUS_CPL_VALID, timeout)?;
    let mut cpl = [0u8; 64];
    for (i, w) in cpl.chunks_exact_mut(4).enumerate() {
        w.copy_from_slice(&app.read32(mb::CPL + 4 * i as u32)?.to_le_bytes());
    }
    app.write32(mb::CPL_POP, 1)?;
    Ok(cpl)
}

/// The mailbox and the host queues of one card.
#[derive(Debug)]
pub struct HostQueues {
    name: String,
    app: Arc<dyn Mmio>,
    sock: Arc<dyn FrameSocket>,
    timeout: Duration,
}

impl HostQueues {
    /// Commands through `app`'s mailbox (each bounded by `timeout`), injections on
    /// `sock`.
    pub fn new(
        name: &str,
        app: Arc<dyn Mmio>,
        sock: Arc<dyn FrameSocket>,
        timeout: Duration,
    ) -> Self {
        HostQueues {
            name: name.to_string(),
            app,
            sock,
            timeout,
        }
    }
}

impl CardTransport for HostQueues {
    fn command(&self, desc: &[u8; 64]) -> DriverResult<Option<[u8; 64]>> {
        command(self.app.as_ref(), desc, self.timeout)
            .map(Some)
            .map_err(|e| match e {
                Error::Timeout { what, after } => Error::Timeout {
                    what: format!("{}: {what}", self.name),
                    after,
                },
                e => e,
            })
    }

    fn inject(&self, port: u8, verbatim: bool, frame: &[u8]) -> DriverResult<()> {
        let mut f = Vec::with_capacity(HEADER_BYTES + frame.len());
        f.extend_from_slice(&inject_header(port, verbatim));
        f.extend_from_slice(frame);
        self.sock.send(&f)
    }

    fn inject_lengths(&self) -> RangeInclusive<usize> {
        14..=MAX_TX_SIZE - HEADER_BYTES
    }
}
