//! The backend against a card side written from the block's description: the mailbox
//! as a register model behind the application BAR, the host queues as channels. The
//! ID chain, commands and completions, exceptions, notify records, injections, frames
//! that are not FPVS frames, and the refusals.

use super::*;
use crate::fake::{card::id_registers, FakeCardConfig};
use crate::mmio::{FakeMmio, RegisterFile, RegisterModel};
use crate::rings::{InjectTarget, Mode, RingConfig, Rings};
use crate::{Device, Registers};
use fpvs_abi::corundum::{HeaderKind, CARD_DST_MAC, CARD_SRC_MAC, ETHERTYPE, HEADER_VERSION};
use fpvs_abi::{
    CommandDescriptor, CommandStatus, ExceptionDescriptor, FlowKey, InjectDescriptor, NotifyKind,
    NotifyRecord,
};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Mutex;

/// The application BAR of the block: the fake card's ID registers and the mailbox.
#[derive(Debug)]
struct SoftMailbox {
    regs: RegisterFile,
    cmd: [u32; 16],
    cpl: Option<[u32; 16]>,
    commands: Vec<CommandDescriptor>,
    popped: u32,
}

impl SoftMailbox {
    fn new(mailbox_type: u32) -> Self {
        let mut regs = id_registers(&FakeCardConfig::default());
        regs.set(mb::BASE + header::TYPE, mailbox_type);
        regs.set(mb::BASE + header::VERSION, mb::VERSION);
        regs.set(mb::PORTS, 2);
        regs.set(mb::ETHERTYPE, u32::from(ETHERTYPE));
        SoftMailbox {
            regs,
            cmd: [0; 16],
            cpl: None,
            commands: Vec::new(),
            popped: 0,
        }
    }
}

impl RegisterModel for SoftMailbox {
    fn read(&mut self, offset: u32) -> u32 {
        match offset {
            mb::STATUS => {
                if self.cpl.is_some() {
                    mb::STATUS_CPL_VALID
                } else {
                    0
                }
            }
            mb::CMD_COUNT => self.commands.len() as u32,
            mb::CPL_COUNT => self.popped,
            o if (mb::CPL..mb::CPL + 64).contains(&o) => {
                self.cpl.map_or(0, |c| c[(o - mb::CPL) as usize / 4])
            }
            o => self.regs.get(o),
        }
    }

    fn write(&mut self, offset: u32, value: u32) {
        match offset {
            mb::DOORBELL if self.cpl.is_none() => {
                let mut b = [0u8; 64];
                for (i, w) in self.cmd.iter().enumerate() {
                    b[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
                }
                let mut d = CommandDescriptor::decode(&b);
                self.commands.push(d);
                d.status = CommandStatus::Ok as u8;
                let e = d.encode();
                let mut c = [0u32; 16];
                for (i, w) in e.chunks(4).enumerate() {
                    c[i] = u32::from_le_bytes(w.try_into().unwrap());
                }
                self.cpl = Some(c);
            }
            mb::CPL_POP if self.cpl.is_some() => {
                self.cpl = None;
                self.popped += 1;
            }
            o if (mb::CMD..mb::CMD + 64).contains(&o) => {
                self.cmd[(o - mb::CMD) as usize / 4] = value
            }
            o if o < mb::BASE => self.regs.set(o, value),
            _ => {}
        }
    }
}

/// One end of the host queues.
#[derive(Debug)]
struct ChanSocket {
    tx: Mutex<Sender<Vec<u8>>>,
    rx: Mutex<Receiver<Vec<u8>>>,
}

impl FrameSocket for ChanSocket {
    fn send(&self, frame: &[u8]) -> DriverResult<()> {
        self.tx.lock().unwrap().send(frame.to_vec()).unwrap();
        Ok(())
    }
    fn recv(&self, timeout: Duration) -> DriverResult<Option<Vec<u8>>> {
        Ok(self.rx.lock().unwrap().recv_timeout(timeout).ok())
    }
}

/// The host's socket, and the card's ends: frames to the host, frames from it.
fn queues() -> (Arc<ChanSocket>, Sender<Vec<u8>>, Receiver<Vec<u8>>) {
    let (to_host, host_rx) = channel();
    let (host_tx, from_host) = channel();
    let s = ChanSocket {
        tx: Mutex::new(host_tx),
        rx: Mutex::new(host_rx),
    };
    (Arc::new(s), to_host, from_host)
}

fn card_frame(kind: HeaderKind, body: &[u8], frame: &[u8]) -> Vec<u8> {
    let mut f = vec![0u8; abi::HEADER_BYTES];
    f[0..6].copy_from_slice(&CARD_DST_MAC);
    f[6..12].copy_from_slice(&CARD_SRC_MAC);
    f[12..14].copy_from_slice(&ETHERTYPE.to_be_bytes());
    f[14] = kind as u8;
    f[15] = HEADER_VERSION;
    f[16..16 + body.len()].copy_from_slice(body);
    f.extend_from_slice(frame);
    f
}

#[test]
fn registers_commands_exceptions_notify_and_injections_through_bar_and_queues() {
    let mbox = Arc::new(Mutex::new(SoftMailbox::new(mb::TYPE)));
    let app = Arc::new(FakeMmio::new(APP_BAR_SIZE, mbox.clone()));
    let (sock, to_host, from_host) = queues();
    let dev = CorundumDevice::with_transports("soft", app, sock, CorundumConfig::default())
        .expect("open");
    let regs = Registers::new(dev.name(), dev.bar(0).unwrap());
    let info = regs
        .open()
        .expect("the ID chain through the application BAR");
    regs.write(fpvs_abi::regs::ctrl::SCRATCH, 0x600D_CAFE)
        .unwrap();
    assert_eq!(
        mbox.lock().unwrap().regs.get(fpvs_abi::regs::ctrl::SCRATCH),
        0x600D_CAFE,
        "registers below the mailbox reach the card"
    );

    let cfg = RingConfig {
        log2_sizes: [4, 4, 4, 4],
        exc_buf_size: 256,
        inj_buf_size: 2048,
        mode: Mode::Interrupt,
    };
    let mut rings = Rings::open(&dev, &regs, &info, &cfg).expect("rings");
    let done = rings
        .cmd
        .execute(
            &[CommandDescriptor::nop(), CommandDescriptor::nop()],
            Duration::from_secs(5),
        )
        .expect("completions");
    assert_eq!(done.len(), 2);
    {
        let m = mbox.lock().unwrap();
        assert_eq!((m.commands.len(), m.popped), (2, 2));
        assert!(m.cpl.is_none(), "every completion released");
    }

    // Frames that are not FPVS frames first: counted, skipped, nothing wedged.
    let mut wrong_version = card_frame(HeaderKind::Notify, &[0; 32], &[]);
    wrong_version[15] = 9;
    for junk in [vec![0u8; 10], wrong_version, vec![0xFF; 100]] {
        to_host.send(junk).unwrap();
    }

    // Exceptions: the whole frame follows the header; a 300-byte one is truncated at
    // the 256-byte buffer.
    for len in [100usize, 300] {
        let meta = ExceptionDescriptor {
            reason: 1,
            port: 1,
            l3_offset: 14,
            flow_hash: 0xABCD_0000 | len as u32,
            timestamp: 77,
            service: 3,
            flags: fpvs_abi::ExceptionFlags(fpvs_abi::ExceptionFlags::DONE),
            ..Default::default()
        };
        let frame: Vec<u8> = (0..len).map(|i| i as u8).collect();
        to_host
            .send(card_frame(HeaderKind::Exception, &meta.encode(), &frame))
            .unwrap();
    }
    let mut exc = Vec::new();
    while exc.len() < 2 {
        exc.extend(
            rings
                .exc
                .wait(4, Duration::from_secs(5))
                .expect("exceptions"),
        );
    }
    let got: Vec<_> = exc
        .iter()
        .map(|e| (e.wire_len, e.truncated, e.frame.len(), e.flow_hash))
        .collect();
    assert_eq!(
        got,
        [
            (100, false, 100, 0xABCD_0064),
            (300, true, 256, 0xABCD_012C)
        ]
    );
    for e in &exc {
        assert_eq!(
            (e.port, e.l3_offset, e.timestamp, e.service),
            (1, 14, 77, Some(3))
        );
        assert!(e.frame.iter().enumerate().all(|(i, b)| *b == i as u8));
    }

    // A notify record.
    let rec = NotifyRecord {
        kind: NotifyKind::FinRst,
        tcp_flags: 0x11,
        service: 2,
        real_server: 5,
        flow_hash: 0x1234,
        timestamp: 9,
        key: FlowKey {
            saddr: 1,
            daddr: 2,
            sport: 3,
            dport: 4,
            proto: 6,
        },
    };
    to_host
        .send(card_frame(HeaderKind::Notify, &rec.encode(), &[]))
        .unwrap();
    let n = rings
        .notify
        .wait(4, Duration::from_secs(5))
        .expect("notify");
    assert_eq!(n, [rec]);

    // Injections: through the pipeline as if from port 1, and verbatim out of port 0.
    let frame: Vec<u8> = (0..60).map(|i| 0xC0 ^ i as u8).collect();
    rings
        .inj
        .send(&[
            (InjectTarget::Pipeline { port: 1 }, &frame),
            (InjectTarget::Port { port: 0 }, &frame),
        ])
        .unwrap();
    rings.inj.flush(Duration::from_secs(5)).expect("flush");
    for (port, verbatim) in [(1u8, false), (0, true)] {
        let f = from_host
            .recv_timeout(Duration::from_secs(5))
            .expect("an injection");
        assert_eq!(&f[12..16], &[0x88, 0xB5, HeaderKind::Inject as u8, 1]);
        let d = InjectDescriptor::decode(f[16..32].try_into().unwrap());
        assert_eq!((d.port, d.verbatim()), (port, verbatim));
        assert_eq!(f[abi::HEADER_BYTES..], frame[..]);
    }

    let s = dev.ring_stats();
    assert_eq!(
        (s.commands, s.completions, s.punted, s.notified, s.injected),
        (2, 2, 2, 1, 2)
    );
    assert_eq!((s.malformed, s.link_errors, s.dma_faults), (3, 0, 0));
    let rx = dev.rx_stats();
    assert_eq!((rx.frames, rx.not_fpvs, rx.errors), (6, 3, 0));
}

#[test]
fn a_bar_without_the_mailbox_or_of_the_wrong_size_is_refused() {
    let (sock, _to_host, _from_host) = queues();
    let other = Arc::new(Mutex::new(SoftMailbox::new(0x4650_0010)));
    let e = CorundumDevice::with_transports(
        "other",
        Arc::new(FakeMmio::new(APP_BAR_SIZE, other)),
        sock.clone(),
        CorundumConfig::default(),
    )
    .unwrap_err();
    assert!(matches!(e, Error::RegisterChain { .. }), "{e}");
    assert!(e.to_string().contains("no FPVS mailbox"), "{e}");
    let small = Arc::new(Mutex::new(SoftMailbox::new(mb::TYPE)));
    let e = CorundumDevice::with_transports(
        "small",
        Arc::new(FakeMmio::new(0x1000, small)),
        sock,
        CorundumConfig::default(),
    )
    .unwrap_err();
    assert!(matches!(e, Error::Region { .. }), "{e}");

    // A resource file of the wrong size, and one of the right size, mapped.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("resource2");
    std::fs::write(&path, vec![0u8; 4096]).unwrap();
    let e = map_app_bar(&path, 2).unwrap_err();
    assert!(matches!(e, Error::Region { .. }), "{e}");
    assert!(e.to_string().contains("0x1000 bytes"), "{e}");
    assert!(map_app_bar(&dir.path().join("resource9"), 9).is_err());
    std::fs::write(&path, vec![0u8; APP_BAR_SIZE as usize * 2]).unwrap();
    let bar = map_app_bar(&path, 2).expect("a 128 KiB resource");
    assert_eq!(bar.size(), APP_BAR_SIZE);
    bar.write32(mb::DOORBELL, 0xA1B2_C3D4).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let at = mb::DOORBELL as usize;
    assert_eq!(bytes[at..at + 4], 0xA1B2_C3D4u32.to_le_bytes());
    assert!(bar.read32(APP_BAR_SIZE as u32).is_err());
}

#[test]
fn specs_parse_and_bad_ones_say_what_is_expected() {
    let s = CorundumSpec::parse("0000:81:00.0,enp129s0").unwrap();
    assert_eq!(
        (s.pci.as_str(), s.ifname.as_str(), s.resource),
        ("0000:81:00.0", "enp129s0", 2)
    );
    assert_eq!(
        s.resource_path(),
        PathBuf::from("/sys/bus/pci/devices/0000:81:00.0/resource2")
    );
    assert_eq!(s.to_string(), "corundum:0000:81:00.0,enp129s0");
    let s = CorundumSpec::parse("3B:00.1,eth1,bar=4").unwrap();
    assert_eq!((s.pci.as_str(), s.resource), ("0000:3b:00.1", 4));
    assert_eq!(CorundumSpec::parse(&s.to_string()[9..]).unwrap(), s);
    for bad in [
        "",
        "0000:81:00.0",
        "0000:81:00.0,",
        "81:00,eth0",
        "0000:81:20.0,eth0",
        "0000:81:00.8,eth0",
        "zz:00.0,eth0",
        "0000:81:00.0,a/b",
        "0000:81:00.0,averyveryverylongname",
        "0000:81:00.0,eth0,bar=6",
        "0000:81:00.0,eth0,fast",
    ] {
        let e = CorundumSpec::parse(bad).expect_err(bad);
        assert!(
            e.to_string().contains("corundum:<pci-addr>,<ifname>"),
            "{e}"
        );
    }
}

/// A veth pair, deleted when dropped.
struct Veth(String);

impl Veth {
    fn create(tag: &str) -> std::result::Result<(Veth, String, String), String> {
        let a = format!("fc{tag}{}a", std::process::id() % 100_000);
        let b = format!("fc{tag}{}b", std::process::id() % 100_000);
        let ip = |args: &[&str]| {
            std::process::Command::new("ip")
                .args(args)
                .output()
                .map_err(|e| format!("ip: {e}"))
                .and_then(|o| {
                    if o.status.success() {
                        Ok(())
                    } else {
                        Err(String::from_utf8_lossy(&o.stderr).trim().to_string())
                    }
                })
        };
        ip(&["link", "add", &a, "type", "veth", "peer", "name", &b])?;
        let v = Veth(a.clone());
        for n in [&a, &b] {
            ip(&["link", "set", n, "up"])?;
        }
        Ok((v, a, b))
    }
}

impl Drop for Veth {
    fn drop(&mut self) {
        let _ = std::process::Command::new("ip")
            .args(["link", "del", &self.0])
            .output();
    }
}

fn eth(ethertype: u16, fill: u8, len: usize) -> Vec<u8> {
    let mut f = vec![fill; len];
    f[0..6].copy_from_slice(&[0x02, 0, 0, 0, 0, 0xBB]);
    f[6..12].copy_from_slice(&[0x02, 0, 0, 0, 0, 0xAA]);
    f[12..14].copy_from_slice(&ethertype.to_be_bytes());
    f
}

/// The production host-queue transport on a veth pair: frames both ways, other
/// EtherTypes not delivered, and the backend taking an exception off the wire.
#[test]
fn af_packet_sockets_on_a_veth_pair_carry_fpvs_frames_only() {
    let (_veth, host_if, card_if) = match Veth::create("p") {
        Ok(v) => v,
        Err(e) => {
            eprintln!("skipping: cannot create a veth pair (needs root and `ip`): {e}");
            return;
        }
    };
    let host = PacketSocket::open(&host_if, ETHERTYPE).expect("host socket");
    let card = PacketSocket::open(&card_if, ETHERTYPE).expect("card socket");
    assert!(host.ifindex() > 0 && host.ifname() == host_if);
    let t = Duration::from_secs(2);

    // Card to host: an IPv4 frame and an ARP frame are not delivered, the 0x88B5 one is.
    card.send(&eth(0x0800, 0x45, 80)).unwrap();
    card.send(&eth(0x0806, 0x01, 60)).unwrap();
    let ours = eth(ETHERTYPE, 0x5A, 130);
    FrameSocket::send(&card, &ours).unwrap();
    let got = FrameSocket::recv(&host, t)
        .unwrap()
        .expect("the 0x88B5 frame");
    assert_eq!(got, ours);
    // Host to card; the host does not see its own frame.
    let back = eth(ETHERTYPE, 0xA5, 1514);
    FrameSocket::send(&host, &back).unwrap();
    assert_eq!(
        FrameSocket::recv(&card, t).unwrap().expect("round trip"),
        back
    );
    assert_eq!(
        FrameSocket::recv(&host, Duration::from_millis(200)).unwrap(),
        None
    );
    drop(host);

    // The backend on the veth: an exception sent by the "card" end lands in the ring,
    // an IPv4 frame in between is never seen.
    let mbox = Arc::new(Mutex::new(SoftMailbox::new(mb::TYPE)));
    let sock = Arc::new(PacketSocket::open(&host_if, ETHERTYPE).unwrap());
    let dev = CorundumDevice::with_transports(
        &host_if,
        Arc::new(FakeMmio::new(APP_BAR_SIZE, mbox)),
        sock,
        CorundumConfig::default(),
    )
    .unwrap();
    let regs = Registers::new(dev.name(), dev.bar(0).unwrap());
    let info = regs.open().unwrap();
    let cfg = RingConfig {
        log2_sizes: [4, 4, 4, 4],
        exc_buf_size: 2048,
        inj_buf_size: 2048,
        mode: Mode::Interrupt,
    };
    let mut rings = Rings::open(&dev, &regs, &info, &cfg).unwrap();
    let meta = ExceptionDescriptor {
        reason: 2,
        port: 0,
        flow_hash: 0x5EED,
        service: ExceptionDescriptor::NO_SERVICE,
        ..Default::default()
    };
    let frame = eth(0x0800, 0x33, 98);
    card.send(&eth(0x0800, 0x45, 80)).unwrap();
    card.send(&card_frame(HeaderKind::Exception, &meta.encode(), &frame))
        .unwrap();
    let e = rings.exc.wait(4, t).expect("the exception");
    assert_eq!(e.len(), 1);
    assert_eq!(
        (e[0].frame.clone(), e[0].flow_hash, e[0].service),
        (frame, 0x5EED, None)
    );
    // And an injection leaves on the wire with its header.
    rings
        .inj
        .send(&[(InjectTarget::Port { port: 1 }, &eth(0x0800, 7, 64)[..])])
        .unwrap();
    let f = FrameSocket::recv(&card, t).unwrap().expect("the injection");
    assert_eq!(f[..abi::HEADER_BYTES], abi::inject_header(1, true)[..]);
    assert_eq!(f[abi::HEADER_BYTES..], eth(0x0800, 7, 64)[..]);
    assert_eq!(dev.rx_stats().not_fpvs, 0);
}
