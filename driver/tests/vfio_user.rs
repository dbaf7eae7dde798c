//! The vfio-user client backend over a real Unix socket, against a small vfio-user
//! server built with the same `vfio_user` crate whose BAR0 is the fake card.
//!
//! Everything goes through the protocol: register reads and writes are messages, DMA
//! memory is a memfd the server maps from the descriptor `DMA_MAP` carried, interrupts
//! are eventfds the server received with `SET_IRQS`. BAR2 is offered for mmap (a memfd
//! with a sparse area covering it) to check the mapped path too.

use fpvs_abi::regs::rings::Ring;
use fpvs_abi::{CommandDescriptor, CommandStatus, ExceptionReason, NotifyKind, NotifyRecord};
use fpvs_driver::fake::{DmaSpace, FakeCard, FakeCardConfig, IrqLines, PuntMeta};
use fpvs_driver::mmio::RegisterModel;
use fpvs_driver::rings::{InjectTarget, Mode, RingConfig, Rings};
use fpvs_driver::sys::mem;
use fpvs_driver::vfio_user::{VfioUserDevice, VfioUserOptions};
use fpvs_driver::{Device, Error, Registers};
use std::fs::File;
use std::io::{Error as IoError, ErrorKind};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use vfio_bindings::bindings::vfio::{
    vfio_region_info, vfio_region_sparse_mmap_area, VFIO_IRQ_INFO_EVENTFD,
    VFIO_PCI_CONFIG_REGION_INDEX, VFIO_PCI_NUM_IRQS, VFIO_PCI_NUM_REGIONS,
    VFIO_REGION_INFO_FLAG_MMAP, VFIO_REGION_INFO_FLAG_READ, VFIO_REGION_INFO_FLAG_WRITE,
};
use vfio_user::{DmaMapFlags, DmaUnmapFlags, IrqInfo, Server, ServerBackend, ServerRegion};

const BAR2_SIZE: usize = 0x1000;
const T: Duration = Duration::from_secs(5);

/// The server side: the fake card behind BAR0, a plain memory BAR2, config space.
struct CardServer {
    card: Arc<Mutex<FakeCard>>,
    dma: Arc<DmaSpace>,
    irq: Arc<IrqLines>,
    bar2: fpvs_driver::volatile::VolatileMemory,
    config: Vec<u8>,
    maps: Arc<Mutex<Vec<u64>>>,
    bar2_messages: Arc<AtomicUsize>,
}

fn bad(what: &str) -> IoError {
    IoError::new(ErrorKind::InvalidInput, what.to_string())
}

impl CardServer {
    fn bar2_counted(&self) -> &fpvs_driver::volatile::VolatileMemory {
        self.bar2_messages.fetch_add(1, Ordering::Relaxed);
        &self.bar2
    }
}

impl ServerBackend for CardServer {
    fn region_read(&mut self, region: u32, offset: u64, data: &mut [u8]) -> Result<(), IoError> {
        match region {
            0 => {
                if data.len() != 4 || offset % 4 != 0 {
                    return Err(bad("BAR0 takes aligned 32-bit reads"));
                }
                let v = self.card.lock().unwrap().read(offset as u32);
                data.copy_from_slice(&v.to_le_bytes());
                Ok(())
            }
            2 => self
                .bar2_counted()
                .read(offset as usize, data)
                .map_err(|e| bad(&e.to_string())),
            VFIO_PCI_CONFIG_REGION_INDEX => {
                let src = self
                    .config
                    .get(offset as usize..offset as usize + data.len())
                    .ok_or_else(|| bad("config read out of range"))?;
                data.copy_from_slice(src);
                Ok(())
            }
            _ => Err(bad("no such region")),
        }
    }

    fn region_write(&mut self, region: u32, offset: u64, data: &[u8]) -> Result<(), IoError> {
        match region {
            0 => {
                let v = <[u8; 4]>::try_from(data).map_err(|_| bad("BAR0 takes 32-bit writes"))?;
                self.card
                    .lock()
                    .unwrap()
                    .write(offset as u32, u32::from_le_bytes(v));
                Ok(())
            }
            2 => self
                .bar2_counted()
                .write(offset as usize, data)
                .map_err(|e| bad(&e.to_string())),
            _ => Err(bad("read-only or absent region")),
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
        let fd = fd.ok_or_else(|| bad("DMA map without a descriptor"))?;
        let m = mem::map_file("server DMA", &fd, offset, size as usize)
            .map_err(|e| bad(&e.to_string()))?;
        self.dma.map(address, m).map_err(|e| bad(&e.to_string()))?;
        self.maps.lock().unwrap().push(address);
        Ok(())
    }

    fn dma_unmap(
        &mut self,
        _flags: DmaUnmapFlags,
        address: u64,
        _size: u64,
    ) -> Result<(), IoError> {
        self.maps.lock().unwrap().retain(|a| *a != address);
        match self.dma.unmap(address) {
            true => Ok(()),
            false => Err(bad("unmap of an unmapped address")),
        }
    }

    fn reset(&mut self) -> Result<(), IoError> {
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

struct Harness {
    card: Arc<Mutex<FakeCard>>,
    maps: Arc<Mutex<Vec<u64>>>,
    bar2_messages: Arc<AtomicUsize>,
    bar2_server: fpvs_driver::volatile::VolatileMemory,
    thread: Option<std::thread::JoinHandle<()>>,
    _dir: tempfile::TempDir,
    socket: std::path::PathBuf,
}

fn serve() -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("card.sock");
    let (bar2, bar2_file) = mem::shared("BAR2", BAR2_SIZE).unwrap();
    let rw = VFIO_REGION_INFO_FLAG_READ | VFIO_REGION_INFO_FLAG_WRITE;
    let regions = (0..VFIO_PCI_NUM_REGIONS)
        .map(|index| {
            let (size, flags, sparse, fd) = match index {
                0 => (u64::from(fpvs_abi::regs::BAR0_SIZE), rw, vec![], None),
                2 => (
                    BAR2_SIZE as u64,
                    rw | VFIO_REGION_INFO_FLAG_MMAP,
                    vec![vfio_user::SparseArea {
                        area: vfio_region_sparse_mmap_area {
                            offset: 0,
                            size: BAR2_SIZE as u64,
                        },
                    }],
                    Some(bar2_file.as_raw_fd()),
                ),
                VFIO_PCI_CONFIG_REGION_INDEX => (256, VFIO_REGION_INFO_FLAG_READ, vec![], None),
                _ => (0, 0, vec![], None),
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
                sparse_areas: sparse,
                mmap_fd: fd,
            }
        })
        .collect();
    let irqs = (0..VFIO_PCI_NUM_IRQS)
        .map(|index| IrqInfo {
            index,
            flags: VFIO_IRQ_INFO_EVENTFD,
            count: [1, 0, 4, 0, 0][index as usize],
        })
        .collect();
    let server = Server::new(&socket, false, irqs, regions).unwrap();
    let dma = Arc::new(DmaSpace::default());
    let irq = Arc::new(IrqLines::default());
    let card = Arc::new(Mutex::new(FakeCard::new(
        FakeCardConfig::default(),
        dma.clone(),
        irq.clone(),
    )));
    let maps = Arc::new(Mutex::new(Vec::new()));
    let bar2_messages = Arc::new(AtomicUsize::new(0));
    let mut backend = CardServer {
        card: card.clone(),
        dma,
        irq,
        bar2: bar2.clone(),
        config: vec![0; 256],
        maps: maps.clone(),
        bar2_messages: bar2_messages.clone(),
    };
    let thread = std::thread::spawn(move || {
        // Keeps the BAR2 file open for as long as the server runs.
        let _bar2_file = bar2_file;
        server.run(&mut backend).unwrap();
    });
    Harness {
        card,
        maps,
        bar2_messages,
        bar2_server: bar2,
        thread: Some(thread),
        _dir: dir,
        socket,
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        if let Some(t) = self.thread.take() {
            // The client has closed the socket by now; the server loop ends.
            let _ = t.join();
        }
    }
}

#[test]
fn rings_run_over_a_vfio_user_socket() {
    let h = serve();
    let dev = VfioUserDevice::connect(&h.socket, VfioUserOptions::default()).unwrap();
    let regs = Registers::new(dev.name(), dev.bar(0).unwrap());
    let info = regs.open().unwrap();
    assert_eq!(info.services, 256);
    let cfg = RingConfig {
        log2_sizes: [4; 4],
        exc_buf_size: 512,
        inj_buf_size: 512,
        mode: Mode::Interrupt,
    };
    let mut rings = Rings::open(&dev, &regs, &info, &cfg).unwrap();
    assert_eq!(rings.interrupts.len(), 4);
    assert_eq!(
        h.maps.lock().unwrap().len(),
        6,
        "4 rings + 2 buffer blocks mapped"
    );

    let done = rings
        .cmd
        .execute(
            &[
                CommandDescriptor::write(fpvs_abi::Table::NextHop, 3, &[0x11; 16]),
                CommandDescriptor::read(fpvs_abi::Table::NextHop, 3),
            ],
            T,
        )
        .unwrap();
    assert!(done.iter().all(|c| c.status == CommandStatus::Ok));
    assert_eq!(done[1].command.payload[..16], [0x11; 16]);

    let meta = PuntMeta {
        reason: ExceptionReason::Arp as u8,
        port: 0,
        l3_offset: 14,
        flow_hash: 0,
        timestamp: 1,
        service: 0xFFFF,
    };
    assert!(h.card.lock().unwrap().punt(&[0xAB; 60], meta));
    let exc = rings.exc.wait(8, T).unwrap();
    assert_eq!(exc[0].frame, vec![0xAB; 60]);
    assert_eq!(exc[0].service, None);

    rings
        .inj
        .send(&[(InjectTarget::Port { port: 1 }, &[0xCD; 100])])
        .unwrap();
    rings.inj.flush(T).unwrap();
    assert_eq!(h.card.lock().unwrap().injected()[0].1, vec![0xCD; 100]);

    let rec = NotifyRecord {
        kind: NotifyKind::FinRst,
        tcp_flags: 1,
        service: 2,
        real_server: 3,
        flow_hash: 4,
        timestamp: 5,
        key: Default::default(),
    };
    assert!(h.card.lock().unwrap().notify(&rec));
    assert_eq!(rings.notify.wait(8, T).unwrap(), vec![rec]);
    assert_eq!(h.card.lock().unwrap().ring_state(Ring::Notify).2, 1);

    // Bounds are enforced before anything is sent.
    assert!(matches!(
        regs.read(fpvs_abi::regs::BAR0_SIZE),
        Err(Error::MmioBounds { .. })
    ));

    // Buffers dropped are unmapped in the server.
    drop(rings);
    assert!(h.maps.lock().unwrap().is_empty());
    drop(dev);
}

#[test]
fn an_offered_mmap_region_is_mapped_directly() {
    let h = serve();
    let dev = VfioUserDevice::connect(&h.socket, VfioUserOptions::default()).unwrap();
    let bar2 = dev.bar(2).unwrap();
    assert_eq!(bar2.size(), BAR2_SIZE as u64);
    bar2.write32(0xFFC, 0x5EED_0001).unwrap();
    // Same pages: the server sees the write without any message.
    assert_eq!(h.bar2_server.read32(0xFFC).unwrap(), 0x5EED_0001);
    h.bar2_server.write32(0, 77).unwrap();
    assert_eq!(bar2.read32(0).unwrap(), 77);
    assert!(bar2.read32(BAR2_SIZE as u32).is_err());
    assert_eq!(
        h.bar2_messages.load(Ordering::Relaxed),
        0,
        "no region messages"
    );
    assert!(matches!(dev.bar(1), Err(Error::Region { index: 1, .. })));
    assert!(matches!(
        dev.enable_interrupts(5),
        Err(Error::Interrupts { .. })
    ));
    // A buffer the server can reach by IOVA.
    let buf = dev.dma_alloc(100).unwrap();
    buf.mem().write(0, b"shared").unwrap();
    let mut b = [0u8; 6];
    assert!(h.card.lock().unwrap().dma_write(buf.iova() + 6, b"by fd!"));
    buf.mem().read(6, &mut b).unwrap();
    assert_eq!(&b, b"by fd!");
}
