//! A Corundum NIC running the FPVS application block (`hw/corundum/`) as a [`Device`].
//!
//! Two ways into the card, each behind a small trait so that tests can supply their own:
//!
//! * the **application BAR** ([`Mmio`]): the FPVS registers below `0x1000` and the
//!   command [`mailbox`](fpvs_abi::corundum::mailbox) at `0x1000`. In production it is
//!   the sysfs resource file of the NIC's application BAR, mapped
//!   ([`map_app_bar`]);
//! * the **host queues** ([`FrameSocket`]): Ethernet frames of EtherType `0x88B5`
//!   carrying exceptions and notify records from the card and injections to it
//!   ([`fpvs_abi::corundum`]). In production, an `AF_PACKET` socket bound to the
//!   mqnic interface ([`PacketSocket`]).
//!
//! BAR0 looks like the card's: registers below the `RINGS` block go to the application
//! BAR, the block is served on the host ([`crate::host_rings`]), which hands commands
//! to the mailbox one at a time, sends injections as frames behind an inject header,
//! and writes exceptions and notify records taken from received frames into their
//! rings. DMA memory is host memory ([`SoftDevice`]); interrupts are eventfds. So the
//! rings, tables and daemon above run unchanged.

mod mailbox;

pub use mailbox::{command as mailbox_command, HostQueues};

use crate::fake::SoftDevice;
use crate::host_rings::{HostCard, HostRings, OnHostCard, RingStats, SplitBar};
use crate::mmio::{MappedMmio, Mmio};
use crate::sys::packet::{PacketSocket, MAX_FRAME};
use crate::{DriverResult, Error};
use fpvs_abi::corundum::{self as abi, mailbox as mb, HostFrame};
use fpvs_abi::regs::header;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// The PCI resource Corundum puts the application BAR in.
pub const DEFAULT_APP_RESOURCE: u32 = 2;
/// Size of the application BAR the block is built for (`AXIL_APP_CTRL_ADDR_WIDTH` 16);
/// a smaller resource is not the application BAR of an FPVS build.
pub const APP_BAR_SIZE: u64 = 1 << 16;

/// Frames of the host queues: one Ethernet frame per call.
pub trait FrameSocket: Send + Sync + fmt::Debug {
    /// Sends `frame` (Ethernet header included) to the card.
    fn send(&self, frame: &[u8]) -> DriverResult<()>;
    /// Waits up to `timeout` for a frame from the card; `None` if none came.
    fn recv(&self, timeout: Duration) -> DriverResult<Option<Vec<u8>>>;
}

impl FrameSocket for PacketSocket {
    fn send(&self, frame: &[u8]) -> DriverResult<()> {
        PacketSocket::send(self, frame)
    }

    fn recv(&self, timeout: Duration) -> DriverResult<Option<Vec<u8>>> {
        let mut buf = vec![0u8; MAX_FRAME];
        Ok(PacketSocket::recv(self, &mut buf, timeout)?.map(|n| {
            // A frame longer than the buffer keeps only its start, which does not
            // decode as an FPVS frame of its length: counted as malformed.
            buf.truncate(n.min(MAX_FRAME));
            buf
        }))
    }
}

/// Where the card is: `--card corundum:<pci-addr>,<ifname>[,bar=N]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorundumSpec {
    /// PCI address, `DDDD:BB:DD.F`.
    pub pci: String,
    /// The mqnic network interface of the NIC.
    pub ifname: String,
    /// The PCI resource of the application BAR.
    pub resource: u32,
}

impl CorundumSpec {
    /// Parses what follows `corundum:`.
    pub fn parse(spec: &str) -> DriverResult<CorundumSpec> {
        let bad = |why: String| {
            Error::InvalidArgument(format!(
                "corundum:{spec}: {why} (expected corundum:<pci-addr>,<ifname>[,bar=N], \
                 e.g. corundum:0000:81:00.0,enp129s0)"
            ))
        };
        let mut parts = spec.split(',');
        let pci = parts.next().unwrap_or("");
        let ifname = parts
            .next()
            .ok_or_else(|| bad("no network interface".into()))?;
        let mut resource = DEFAULT_APP_RESOURCE;
        for opt in parts {
            match opt.strip_prefix("bar=").map(str::parse::<u32>) {
                Some(Ok(n)) if n <= 5 => resource = n,
                _ => return Err(bad(format!("{opt:?} is not bar=0..5"))),
            }
        }
        let pci = normalise_pci(pci).ok_or_else(|| {
            bad(format!(
                "{pci:?} is not a PCI address ([DDDD:]BB:DD.F, hexadecimal)"
            ))
        })?;
        if ifname.is_empty() || ifname.len() >= libc::IFNAMSIZ || ifname.contains(['/', ' ', ':']) {
            return Err(bad(format!("{ifname:?} is not a network interface name")));
        }
        Ok(CorundumSpec {
            pci,
            ifname: ifname.to_string(),
            resource,
        })
    }

    /// The sysfs file of the application BAR.
    pub fn resource_path(&self) -> PathBuf {
        PathBuf::from(format!(
            "/sys/bus/pci/devices/{}/resource{}",
            self.pci, self.resource
        ))
    }
}

impl fmt::Display for CorundumSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "corundum:{},{}", self.pci, self.ifname)?;
        if self.resource != DEFAULT_APP_RESOURCE {
            write!(f, ",bar={}", self.resource)?;
        }
        Ok(())
    }
}

/// `[DDDD:]BB:DD.F` as `DDDD:BB:DD.F`, lower case.
fn normalise_pci(s: &str) -> Option<String> {
    let hex = |t: &str, n: usize| t.len() == n && t.chars().all(|c| c.is_ascii_hexdigit());
    let (rest, func) = s.rsplit_once('.')?;
    let f: Vec<&str> = rest.split(':').collect();
    let (dom, bus, dev) = match f.as_slice() {
        [b, d] => ("0000", *b, *d),
        [dom, b, d] => (*dom, *b, *d),
        _ => return None,
    };
    let ok = hex(dom, 4)
        && hex(bus, 2)
        && hex(dev, 2)
        && u8::from_str_radix(dev, 16).ok()? < 32
        && func.len() == 1
        && func.as_bytes()[0].is_ascii_digit()
        && func.as_bytes()[0] < b'8';
    ok.then(|| format!("{dom}:{bus}:{dev}.{func}").to_ascii_lowercase())
}

/// Maps the application BAR from its sysfs resource file (or any file standing in
/// for one; `resource` is its number, for messages). Refuses a resource smaller than the block's 64 KiB; maps its first
/// 64 KiB.
pub fn map_app_bar(path: &Path, resource: u32) -> DriverResult<MappedMmio> {
    let region = |problem: String| Error::Region {
        device: path.display().to_string(),
        index: resource,
        problem,
    };
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .map_err(|e| {
            region(format!(
                "cannot open the application BAR ({e}); is this the NIC's PCI address, is \
                 its resource enabled (the mqnic driver bound), and are we root?"
            ))
        })?;
    let size = file
        .metadata()
        .map_err(|e| Error::io(format!("{}: stat", path.display()), e))?
        .len();
    if size < APP_BAR_SIZE {
        return Err(region(format!(
            "{size:#x} bytes: the FPVS application BAR is {APP_BAR_SIZE:#x} bytes \
             (AXIL_APP_CTRL_ADDR_WIDTH 16); wrong resource, or a design without the \
             FPVS application block?"
        )));
    }
    let mem =
        crate::sys::mem::map_file("Corundum application BAR", &file, 0, APP_BAR_SIZE as usize)?;
    Ok(MappedMmio::new(mem))
}

/// Timing of the backend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CorundumConfig {
    /// How long a command may take in the mailbox before it fails.
    pub command_timeout: Duration,
}

impl Default for CorundumConfig {
    fn default() -> Self {
        CorundumConfig {
            command_timeout: Duration::from_secs(1),
        }
    }
}

/// What the receiving side counted, beyond [`RingStats`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RxStats {
    /// Frames received from the host queues.
    pub frames: u64,
    /// Of those, frames that were not FPVS frames (counted as malformed too).
    pub not_fpvs: u64,
    /// Receive errors of the socket.
    pub errors: u64,
}

#[derive(Debug, Default)]
struct RxCounters {
    frames: AtomicU64,
    not_fpvs: AtomicU64,
    errors: AtomicU64,
}

/// An FPVS card on a Corundum NIC.
#[derive(Debug)]
pub struct CorundumDevice {
    card: HostCard,
    rings: Arc<HostRings>,
    stop_rx: Arc<AtomicBool>,
    rx: Arc<RxCounters>,
    threads: Vec<JoinHandle<()>>,
}

impl CorundumDevice {
    /// Opens the NIC: maps its application BAR, opens its interface's host queues.
    pub fn open(spec: &CorundumSpec, cfg: CorundumConfig) -> DriverResult<CorundumDevice> {
        let app = map_app_bar(&spec.resource_path(), spec.resource)?;
        let sock = PacketSocket::open(&spec.ifname, abi::ETHERTYPE)?;
        CorundumDevice::with_transports(&spec.to_string(), Arc::new(app), Arc::new(sock), cfg)
    }

    /// A card behind `app` (the application BAR) and `sock` (its host queues); `name`
    /// is for messages. Refuses a BAR without the FPVS mailbox.
    pub fn with_transports(
        name: &str,
        app: Arc<dyn Mmio>,
        sock: Arc<dyn FrameSocket>,
        cfg: CorundumConfig,
    ) -> DriverResult<CorundumDevice> {
        if app.size() < u64::from(mb::CPL + 4 * mb::WORDS) {
            return Err(Error::Region {
                device: name.to_string(),
                index: DEFAULT_APP_RESOURCE,
                problem: format!(
                    "the application BAR is {:#x} bytes, too small for the mailbox",
                    app.size()
                ),
            });
        }
        let ty = app.read32(mb::BASE + header::TYPE)?;
        if ty != mb::TYPE {
            return Err(Error::RegisterChain {
                device: name.to_string(),
                problem: format!(
                    "no FPVS mailbox at {:#x} of the application BAR (TYPE reads {ty:#010x}, \
                     expected {:#010x}): not a Corundum build with the FPVS application block",
                    mb::BASE,
                    mb::TYPE
                ),
            });
        }
        let et = app.read32(mb::ETHERTYPE)?;
        if et != u32::from(abi::ETHERTYPE) {
            return Err(Error::RegisterChain {
                device: name.to_string(),
                problem: format!(
                    "the mailbox's host-queue EtherType is {et:#06x}, this driver speaks {:#06x}",
                    abi::ETHERTYPE
                ),
            });
        }
        let host = SoftDevice::new()?;
        let rings = Arc::new(HostRings::new(host.dma.clone(), host.irq.clone()));
        let queues = HostQueues::new(name, app.clone(), sock.clone(), cfg.command_timeout);
        let stop_rx = Arc::new(AtomicBool::new(false));
        let rx = Arc::new(RxCounters::default());
        let r = rings.clone();
        let pump = std::thread::Builder::new()
            .name(format!("fpvs-cor-rings {name}"))
            .spawn(move || r.pump(&queues))
            .map_err(|e| Error::io("spawning the Corundum ring thread", e))?;
        let mut dev = CorundumDevice {
            card: HostCard {
                name: name.to_string(),
                bar0: Arc::new(SplitBar::new(app, rings.clone())),
                host,
                bar0_only: "a Corundum card is reached through BAR0 only",
            },
            rings: rings.clone(),
            stop_rx: stop_rx.clone(),
            rx: rx.clone(),
            threads: vec![pump],
        };
        // On failure `dev` is dropped, which stops the ring thread.
        let rx_thread = std::thread::Builder::new()
            .name(format!("fpvs-cor-rx {name}"))
            .spawn(move || receive(sock.as_ref(), &rings, &stop_rx, &rx))
            .map_err(|e| Error::io("spawning the Corundum receive thread", e))?;
        dev.threads.push(rx_thread);
        Ok(dev)
    }

    /// What the host-side rings counted.
    pub fn ring_stats(&self) -> RingStats {
        self.rings.stats()
    }

    /// What the receiving side counted.
    pub fn rx_stats(&self) -> RxStats {
        RxStats {
            frames: self.rx.frames.load(Ordering::Relaxed),
            not_fpvs: self.rx.not_fpvs.load(Ordering::Relaxed),
            errors: self.rx.errors.load(Ordering::Relaxed),
        }
    }
}

/// Takes frames from the host queues until `stop`: exceptions and notify records into
/// their rings, anything else counted and skipped.
fn receive(sock: &dyn FrameSocket, rings: &HostRings, stop: &AtomicBool, c: &RxCounters) {
    while !stop.load(Ordering::SeqCst) {
        let f = match sock.recv(Duration::from_millis(50)) {
            Ok(Some(f)) => f,
            Ok(None) => continue,
            Err(e) => {
                tracing::warn!("host queue: {e}");
                c.errors.fetch_add(1, Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(50));
                continue;
            }
        };
        c.frames.fetch_add(1, Ordering::Relaxed);
        match HostFrame::decode(&f) {
            Some(HostFrame::Exception(meta, frame)) => {
                let len = u16::try_from(frame.len()).unwrap_or(u16::MAX);
                rings.punt(&meta, len, &frame);
            }
            Some(HostFrame::Notify(n)) => {
                rings.notify(&n.encode());
            }
            None => {
                c.not_fpvs.fetch_add(1, Ordering::Relaxed);
                rings.count_malformed();
            }
        }
    }
}

impl Drop for CorundumDevice {
    fn drop(&mut self) {
        self.rings.stop();
        self.stop_rx.store(true, Ordering::SeqCst);
        for h in self.threads.drain(..) {
            let _ = h.join();
        }
    }
}

impl OnHostCard for CorundumDevice {
    fn host_card(&self) -> &HostCard {
        &self.card
    }
}

#[cfg(test)]
mod tests;
