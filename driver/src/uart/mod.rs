//! A card without PCIe: the management channel over a serial line (the Colorlight i9
//! board's UART) as a [`Device`].
//!
//! BAR0 looks like the card's: registers below the `RINGS` block go over the link as
//! register frames ([`link`]), one round trip each; the `RINGS` block is served here,
//! on the host ([`crate::host_rings`]), which moves command, completion, exception,
//! injection and notify ring entries over the link as frames ([`fpvs_abi::mgmt`];
//! [`rings`] is the UART's part of that). DMA memory is ordinary
//! host memory reached by IOVA as the fake card does ([`crate::fake::DmaSpace`]);
//! interrupts are eventfds raised when a ring's `HEAD` moves. So the rings, tables and
//! daemon above run unchanged.
//!
//! The transport is any byte stream: a serial port opened raw at the board's baud rate
//! ([`UartDevice::open_serial`]), or any `Read` + `Write` pair ([`UartDevice::open`]),
//! which the tests use with a socket pair.

pub mod link;
pub mod rings;

pub use crate::host_rings::RingStats;
pub use link::{CardStatus, LinkConfig, LinkStats};

use crate::fake::SoftDevice;
use crate::host_rings::{HostCard, HostRings, OnHostCard, SplitBar};
use crate::{DriverResult, Error};
use link::Link;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::thread::JoinHandle;

/// The board's default line rate.
pub const DEFAULT_BAUD: u32 = 115_200;

/// An FPVS card reached over a serial management channel.
#[derive(Debug)]
pub struct UartDevice {
    card: HostCard,
    link: Arc<Link>,
    rings: Arc<HostRings>,
    pump: Option<JoinHandle<()>>,
}

impl UartDevice {
    /// A card on the byte stream `input`/`output`; `name` is for messages. Fails with
    /// a timeout if nothing answers.
    pub fn open(
        name: &str,
        input: Box<dyn Read + Send>,
        output: Box<dyn Write + Send>,
        cfg: LinkConfig,
    ) -> DriverResult<UartDevice> {
        let host = SoftDevice::new()?;
        let rings = Arc::new(HostRings::new(host.dma.clone(), host.irq.clone()));
        let r = rings.clone();
        let link = Arc::new(Link::open(
            name,
            input,
            output,
            cfg,
            Box::new(move |f| rings::deliver(&r, f)),
        )?);
        let (r, l) = (rings.clone(), link.clone());
        let pump = std::thread::Builder::new()
            .name(format!("fpvs-uart-rings {name}"))
            .spawn(move || r.pump(l.as_ref()))
            .map_err(|e| Error::io("spawning the UART ring thread", e))?;
        Ok(UartDevice {
            card: HostCard {
                name: name.to_string(),
                bar0: Arc::new(SplitBar::new(link.clone(), rings.clone())),
                host,
                bar0_only: "a card on a UART has only BAR0",
            },
            link,
            rings,
            pump: Some(pump),
        })
    }

    /// A card on the serial port `path` at `baud` (8N1, raw, no flow control).
    pub fn open_serial(path: &Path, baud: u32, cfg: LinkConfig) -> DriverResult<UartDevice> {
        let port = crate::sys::serial::open_raw(path, baud)?;
        let input = port
            .try_clone()
            .map_err(|e| Error::io(format!("{}: dup", path.display()), e))?;
        UartDevice::open(
            &path.display().to_string(),
            Box::new(input),
            Box::new(port),
            LinkConfig { baud, ..cfg },
        )
    }

    /// Parses `PATH[@BAUD]` (the part of `--card uart:PATH[@BAUD]` after `uart:`).
    pub fn parse_spec(spec: &str) -> DriverResult<(std::path::PathBuf, u32)> {
        let (path, baud) = match spec.rsplit_once('@') {
            Some((p, b)) => {
                let baud = b.parse::<u32>().ok().filter(|b| *b > 0).ok_or_else(|| {
                    Error::InvalidArgument(format!(
                        "uart:{spec}: baud rate {b:?} is not a positive number"
                    ))
                })?;
                (p, baud)
            }
            None => (spec, DEFAULT_BAUD),
        };
        if path.is_empty() {
            return Err(Error::InvalidArgument(format!(
                "uart:{spec}: no serial device (expected uart:/dev/ttyUSB0[@BAUD])"
            )));
        }
        Ok((path.into(), baud))
    }

    /// The card's link counters.
    pub fn card_status(&self) -> DriverResult<CardStatus> {
        self.link.status()
    }

    /// The host side's link counters.
    pub fn link_stats(&self) -> LinkStats {
        self.link.stats()
    }

    /// What the host-side rings counted.
    pub fn ring_stats(&self) -> RingStats {
        self.rings.stats()
    }
}

impl Drop for UartDevice {
    fn drop(&mut self) {
        self.rings.stop();
        if let Some(h) = self.pump.take() {
            let _ = h.join();
        }
        self.link.shutdown();
    }
}

impl OnHostCard for UartDevice {
    fn host_card(&self) -> &HostCard {
        &self.card
    }
}

#[cfg(test)]
mod tests;
