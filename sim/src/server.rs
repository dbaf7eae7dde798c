//! The simulated card as a vfio-user device.
//!
//! [`SimDevice::start`] listens on a Unix socket and serves one vfio-user client at a
//! time (a client that goes away detaches; the next one finds the card's tables as
//! they were, as a restarted driver finds a real card):
//!
//! * region 0 (BAR0): the card's register space, every access a message;
//! * DMA: the memory the client shares by file descriptor with `DMA_MAP`, reached by
//!   IOVA through the shell's [`DmaSpace`];
//! * interrupts: four MSI-X vectors, one per ring, signalled on the eventfds the client
//!   sends with `SET_IRQS` (one INTx line is offered as well, unused).
//!
//! A runner thread owns the clock. It steps the Verilated card only while there is
//! work (a doorbell, a frame on a port, a frame or command inside the card) and sleeps
//! on a condition variable otherwise, so an idle simulator does not burn a core.
//!
//! Ports: frames enter through [`SimDevice::ingress`] (or an [`Ingress`] handle given to
//! a port thread) and leave on the [`Egress`] receiver. The `fpvs-sim` binary joins
//! them to TAP interfaces and pcap files; tests use them directly.

use crate::shell::{Shell, ShellStats};
use crate::{SimCard, SimError};
use fpvs_driver::fake::{DmaSpace, IrqLines};
use fpvs_driver::sys::mem;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{Error as IoError, ErrorKind};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;
use vfio_bindings::bindings::vfio::{
    vfio_region_info, VFIO_IRQ_INFO_EVENTFD, VFIO_PCI_BAR0_REGION_INDEX,
    VFIO_PCI_CONFIG_REGION_INDEX, VFIO_PCI_NUM_IRQS, VFIO_PCI_NUM_REGIONS,
    VFIO_REGION_INFO_FLAG_READ, VFIO_REGION_INFO_FLAG_WRITE,
};
use vfio_user::{DmaMapFlags, DmaUnmapFlags, IrqInfo, Server, ServerBackend, ServerRegion};

/// Cycles per runner step while the card is busy (the lock is released between steps
/// so register accesses get in).
const BATCH: u64 = 2048;
/// Frames moved from the ingress queue into the card per step.
const INGRESS_PER_STEP: usize = 64;
/// Frames held in the ingress queue; beyond, frames are dropped as a full MAC FIFO
/// drops them.
pub const INGRESS_LIMIT: usize = 4096;
/// PCI IDs in the config space the device offers.
pub const PCI_VENDOR: u16 = 0x1d6c;
/// See [`PCI_VENDOR`].
pub const PCI_DEVICE: u16 = 0xf5f5;

/// A frame the card forwarded: `(egress port, bytes)`.
pub type Egress = mpsc::Receiver<(u8, Vec<u8>)>;

/// How to build the device.
#[derive(Debug, Clone)]
pub struct SimOptions {
    /// Bytes per beat: 8 (narrow build) or 64 (wide build).
    pub width: u32,
    /// Seed of the harness (only used when idle insertion or back-pressure is on).
    pub seed: u64,
    /// Unix socket to listen on.
    pub socket: PathBuf,
}

/// Counters of the device as a whole.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SimStats {
    /// The shell's counters.
    pub shell: ShellStats,
    /// Clock cycles simulated.
    pub cycles: u64,
    /// Frames dropped at ingress because the queue was full.
    pub ingress_dropped: u64,
    /// Clients that connected so far.
    pub clients: u64,
}

struct ServerState {
    shell: Shell,
    ingress: VecDeque<(u8, Vec<u8>)>,
    stats: SimStats,
    stop: bool,
    error: Option<String>,
}

struct ServerShared {
    state: Mutex<ServerState>,
    wake: Condvar,
}

impl ServerShared {
    fn lock(&self) -> MutexGuard<'_, ServerState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A handle that puts frames on the card's Ethernet ports (cheap to clone, `Send`).
#[derive(Clone)]
pub struct Ingress(Arc<ServerShared>);

impl std::fmt::Debug for Ingress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Ingress")
    }
}

impl Ingress {
    /// A frame arrives on `port`. Frames shorter than the Ethernet minimum (60 bytes
    /// without FCS) are padded with zeros, as a sender's MAC pads them on the wire.
    /// Returns false if the queue was full and the frame was dropped.
    pub fn send(&self, port: u8, frame: &[u8]) -> bool {
        let mut f = frame.to_vec();
        if f.len() < 60 {
            f.resize(60, 0);
        }
        let mut st = self.0.lock();
        if st.ingress.len() >= INGRESS_LIMIT {
            st.stats.ingress_dropped += 1;
            return false;
        }
        st.ingress.push_back((port, f));
        drop(st);
        self.0.wake.notify_all();
        true
    }
}

/// The simulated card served over vfio-user.
pub struct SimDevice {
    shared: Arc<ServerShared>,
    socket: PathBuf,
    runner: Option<JoinHandle<()>>,
    server: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for SimDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimDevice")
            .field("socket", &self.socket)
            .finish()
    }
}

impl SimDevice {
    /// Opens the Verilated card, listens on the socket and starts the clock thread.
    /// Forwarded frames arrive on the returned receiver.
    pub fn start(opts: &SimOptions) -> crate::SimResult<(SimDevice, Egress)> {
        let card = SimCard::open(opts.width, opts.seed)?;
        let dma = Arc::new(DmaSpace::default());
        let irq = Arc::new(IrqLines::default());
        let shell = Shell::new(card, dma.clone(), irq.clone());
        let shared = Arc::new(ServerShared {
            state: Mutex::new(ServerState {
                shell,
                ingress: VecDeque::new(),
                stats: SimStats::default(),
                stop: false,
                error: None,
            }),
            wake: Condvar::new(),
        });
        let io = |what: String| {
            move |e: vfio_user::Error| SimError::Io {
                what,
                source: IoError::other(e.to_string()),
            }
        };
        if opts.socket.exists() {
            std::fs::remove_file(&opts.socket).map_err(|source| SimError::Io {
                what: format!("removing the stale socket {}", opts.socket.display()),
                source,
            })?;
        }
        let server = Server::new(&opts.socket, false, irqs(), regions())
            .map_err(io(format!("listening on {}", opts.socket.display())))?;
        let (tx, rx) = mpsc::channel();
        let width = opts.width;
        let runner = {
            let shared = shared.clone();
            std::thread::Builder::new()
                .name("fpvs-sim-clock".into())
                .spawn(move || run_clock(&shared, width, tx))
                .map_err(|source| SimError::Io {
                    what: "starting the clock thread".into(),
                    source,
                })?
        };
        let serve = {
            let shared = shared.clone();
            std::thread::Builder::new()
                .name("fpvs-sim-vfio-user".into())
                .spawn(move || serve_clients(&shared, &server, dma, irq))
                .map_err(|source| SimError::Io {
                    what: "starting the vfio-user thread".into(),
                    source,
                })?
        };
        Ok((
            SimDevice {
                shared,
                socket: opts.socket.clone(),
                runner: Some(runner),
                server: Some(serve),
            },
            rx,
        ))
    }

    /// The socket clients connect to.
    pub fn socket(&self) -> &Path {
        &self.socket
    }

    /// A frame arrives on Ethernet port `port` (see [`Ingress::send`]).
    pub fn ingress(&self, port: u8, frame: &[u8]) -> bool {
        Ingress(self.shared.clone()).send(port, frame)
    }

    /// A handle for port threads.
    pub fn ingress_handle(&self) -> Ingress {
        Ingress(self.shared.clone())
    }

    /// The device's counters.
    pub fn stats(&self) -> SimStats {
        let mut st = self.shared.lock();
        st.stats.shell = st.shell.stats();
        st.stats
    }

    /// Reads a card register directly (what the host would read at `offset`).
    pub fn reg_read(&self, offset: u32) -> u32 {
        self.shared.lock().shell.read(offset)
    }

    /// The error that stopped the clock, if any (a watchdog in the harness).
    pub fn error(&self) -> Option<String> {
        self.shared.lock().error.clone()
    }

    /// Blocks until the card and its queues are idle (bounded).
    pub fn wait_idle(&self, timeout: Duration) -> bool {
        let deadline = std::time::Instant::now() + timeout;
        loop {
            {
                let mut st = self.shared.lock();
                if st.ingress.is_empty() && !st.shell.busy() && !st.shell.host_work() {
                    return true;
                }
            }
            if std::time::Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// Stops the clock and the server and waits for both.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.shared.lock().stop = true;
        self.shared.wake.notify_all();
        if let Some(r) = self.runner.take() {
            let _ = r.join();
        }
        if let Some(s) = self.server.take() {
            // The server thread waits in accept(): a connection that closes at once
            // lets it see the stop flag.
            let _ = std::os::unix::net::UnixStream::connect(&self.socket);
            let _ = s.join();
        }
    }
}

impl Drop for SimDevice {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// The clock: moves work into the card, steps it while busy, sleeps when idle.
fn run_clock(shared: &ServerShared, width: u32, tx: mpsc::Sender<(u8, Vec<u8>)>) {
    // Long enough for the longest frame to cross the card once the inputs are empty.
    let quiet = u64::from(crate::shell::MAX_INJECT as u32 / width) + 128;
    let mut st = shared.lock();
    loop {
        if st.stop {
            return;
        }
        let mut moved = st.shell.fetch();
        for _ in 0..INGRESS_PER_STEP {
            let Some((port, frame)) = st.ingress.pop_front() else {
                break;
            };
            st.shell.card().push_frame(port, &frame);
            moved = true;
        }
        if moved || st.shell.busy() {
            let mut egress = |f: crate::Forwarded| {
                let _ = tx.send((f.port, f.frame));
            };
            match st.shell.run(quiet, BATCH, &mut egress) {
                Ok(n) => st.stats.cycles += n,
                Err(e) => {
                    st.error = Some(e.to_string());
                    return;
                }
            }
            // Let register accesses and port threads in between batches.
            drop(st);
            std::thread::yield_now();
            st = shared.lock();
            continue;
        }
        st = shared
            .wake
            .wait_timeout(st, Duration::from_millis(200))
            .unwrap_or_else(|p| p.into_inner())
            .0;
    }
}

/// Serves clients one after another until stopped.
fn serve_clients(
    shared: &Arc<ServerShared>,
    server: &Server,
    dma: Arc<DmaSpace>,
    irq: Arc<IrqLines>,
) {
    loop {
        let mut backend = SimBackend {
            shared: shared.clone(),
            dma: dma.clone(),
            irq: irq.clone(),
            maps: Vec::new(),
            config: config_space(),
        };
        let result = server.run(&mut backend);
        // The client is gone (or the connection broke): forget its memory and rings.
        for iova in backend.maps.drain(..) {
            dma.unmap(iova);
        }
        irq.set_files(Vec::new());
        let mut st = shared.lock();
        st.shell.detach();
        if st.stop {
            return;
        }
        st.stats.clients += 1;
        if let Err(e) = result {
            tracing::warn!("vfio-user client: {e}");
        }
    }
}

struct SimBackend {
    shared: Arc<ServerShared>,
    dma: Arc<DmaSpace>,
    irq: Arc<IrqLines>,
    maps: Vec<u64>,
    config: Vec<u8>,
}

fn invalid(what: impl Into<String>) -> IoError {
    IoError::new(ErrorKind::InvalidInput, what.into())
}

impl ServerBackend for SimBackend {
    fn region_read(&mut self, region: u32, offset: u64, data: &mut [u8]) -> Result<(), IoError> {
        match region {
            VFIO_PCI_BAR0_REGION_INDEX => {
                if data.len() != 4
                    || offset % 4 != 0
                    || offset >= u64::from(fpvs_abi::regs::BAR0_SIZE)
                {
                    return Err(invalid("BAR0 takes aligned 32-bit reads inside the BAR"));
                }
                let v = self.shared.lock().shell.read(offset as u32);
                data.copy_from_slice(&v.to_le_bytes());
                Ok(())
            }
            VFIO_PCI_CONFIG_REGION_INDEX => {
                let src = usize::try_from(offset)
                    .ok()
                    .and_then(|o| self.config.get(o..o.checked_add(data.len())?))
                    .ok_or_else(|| invalid("config read out of range"))?;
                data.copy_from_slice(src);
                Ok(())
            }
            _ => Err(invalid("no such region")),
        }
    }

    fn region_write(&mut self, region: u32, offset: u64, data: &[u8]) -> Result<(), IoError> {
        match region {
            VFIO_PCI_BAR0_REGION_INDEX => {
                let v =
                    <[u8; 4]>::try_from(data).map_err(|_| invalid("BAR0 takes 32-bit writes"))?;
                if offset % 4 != 0 || offset >= u64::from(fpvs_abi::regs::BAR0_SIZE) {
                    return Err(invalid("BAR0 write misaligned or outside the BAR"));
                }
                let doorbell = self
                    .shared
                    .lock()
                    .shell
                    .write(offset as u32, u32::from_le_bytes(v));
                if doorbell {
                    self.shared.wake.notify_all();
                }
                Ok(())
            }
            // Config writes (command register and the like) are accepted and ignored.
            VFIO_PCI_CONFIG_REGION_INDEX => Ok(()),
            _ => Err(invalid("read-only or absent region")),
        }
    }

    fn dma_map(
        &mut self,
        _flags: DmaMapFlags,
        offset: u64,
        address: u64,
        size: u64,
        fd: Option<File>,
    ) -> Result<(), IoError> {
        let fd = fd.ok_or_else(|| invalid("DMA map without a file descriptor"))?;
        let len = usize::try_from(size).map_err(|_| invalid("DMA map too large"))?;
        let m =
            mem::map_file("client DMA", &fd, offset, len).map_err(|e| invalid(e.to_string()))?;
        self.dma
            .map(address, m)
            .map_err(|e| invalid(e.to_string()))?;
        self.maps.push(address);
        Ok(())
    }

    fn dma_unmap(
        &mut self,
        _flags: DmaUnmapFlags,
        address: u64,
        _size: u64,
    ) -> Result<(), IoError> {
        self.maps.retain(|a| *a != address);
        if self.dma.unmap(address) {
            Ok(())
        } else {
            Err(invalid("unmap of an address that is not mapped"))
        }
    }

    fn reset(&mut self) -> Result<(), IoError> {
        self.shared.lock().shell.detach();
        Ok(())
    }

    fn set_irqs(
        &mut self,
        _index: u32,
        _flags: u32,
        _start: u32,
        _count: u32,
        fds: Vec<File>,
    ) -> Result<(), IoError> {
        self.irq.set_files(fds);
        Ok(())
    }
}

fn regions() -> Vec<ServerRegion> {
    let rw = VFIO_REGION_INFO_FLAG_READ | VFIO_REGION_INFO_FLAG_WRITE;
    (0..VFIO_PCI_NUM_REGIONS)
        .map(|index| {
            let (size, flags) = match index {
                VFIO_PCI_BAR0_REGION_INDEX => (u64::from(fpvs_abi::regs::BAR0_SIZE), rw),
                VFIO_PCI_CONFIG_REGION_INDEX => (256, rw),
                _ => (0, 0),
            };
            ServerRegion {
                region_info: vfio_region_info {
                    argsz: std::mem::size_of::<vfio_region_info>() as u32,
                    flags,
                    index,
                    cap_offset: 0,
                    size,
                    offset: 0,
                },
                sparse_areas: Vec::new(),
                mmap_fd: None,
            }
        })
        .collect()
}

fn irqs() -> Vec<IrqInfo> {
    (0..VFIO_PCI_NUM_IRQS)
        .map(|index| IrqInfo {
            index,
            flags: VFIO_IRQ_INFO_EVENTFD,
            // INTx, MSI, MSI-X (one vector per ring), ERR, REQ.
            count: [1, 0, 4, 0, 0][index as usize],
        })
        .collect()
}

/// A type-0 PCI header: vendor/device, class "network controller / Ethernet".
fn config_space() -> Vec<u8> {
    let mut c = vec![0u8; 256];
    c[0..2].copy_from_slice(&PCI_VENDOR.to_le_bytes());
    c[2..4].copy_from_slice(&PCI_DEVICE.to_le_bytes());
    c[0x0B] = 0x02; // class: network controller
    c[0x0A] = 0x00; // subclass: Ethernet
    c
}
