//! The backend against a card side written from the protocol description, over a
//! socket pair: the ID chain, rings, a command and its completion, an exception, an
//! injection, a lost reply recovered by retransmission, and garbage on the line.

use super::*;
use crate::fake::{card::id_registers, FakeCardConfig};
use crate::mmio::RegisterModel;
use crate::rings::{InjectTarget, Mode, RingConfig, Rings};
use crate::{Device, Registers};
use fpvs_abi::mgmt::{encode, kind, Deframed, Deframer, EXC_BYTES};
use fpvs_abi::CommandDescriptor;
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::sync::Mutex;
use std::time::Duration;

/// What the card side saw.
#[derive(Debug, Default)]
struct Seen {
    commands: Vec<CommandDescriptor>,
    injected: Vec<(u8, Vec<u8>)>,
    executed_writes: usize,
}

/// The card's side of the protocol in software: registers from the fake card's ID
/// block, commands completed with `Ok`, the card's duplicate suppression. It loses
/// the first reply to a register write, and punts frames of the lengths in `punt` as
/// the card does: metadata, the real length, the first `EXC_BYTES` bytes.
fn card(mut s: UnixStream, seen: Arc<Mutex<Seen>>, punt: Arc<Mutex<Vec<u16>>>) {
    let mut regs = id_registers(&FakeCardConfig::default());
    let mut d = Deframer::default();
    let mut last_seq = 0x42u8;
    let mut lost_one = false;
    let mut buf = [0u8; 512];
    s.set_read_timeout(Some(Duration::from_millis(20))).unwrap();
    loop {
        for len in std::mem::take(&mut *punt.lock().unwrap()) {
            let user: u128 = 1 << 1 | 1 << 9 | 14 << 11 | 0xABCD << 19;
            let mut body = user.to_le_bytes().to_vec();
            body.extend_from_slice(&len.to_le_bytes());
            body.extend((0..usize::from(len).min(EXC_BYTES)).map(|i| i as u8));
            s.write_all(&[0x55, 0xC0, 0x01]).unwrap();
            s.write_all(&encode(kind::EXCEPTION, &body)).unwrap();
        }
        let n = match s.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => n,
            Err(_) => continue,
        };
        for b in buf[..n].iter().copied() {
            let Some(Deframed::Frame(f)) = d.feed(b) else {
                continue;
            };
            let seq = f.body[0];
            let b = &f.body[1..];
            let dup =
                seq == last_seq && matches!(f.ty, kind::REG_WRITE | kind::COMMAND | kind::INJECT);
            let mut out = Vec::new();
            match f.ty {
                kind::STATUS => {
                    out = encode(kind::STATUS_REPLY, &[seq, last_seq, 0, 0, 0, 0, 0, 0]);
                }
                kind::REG_READ => {
                    let v = regs.read(u32::from(u16::from_le_bytes([b[0], b[1]])));
                    let mut body = vec![seq];
                    body.extend_from_slice(&v.to_le_bytes());
                    out = encode(kind::REG_DATA, &body);
                }
                kind::REG_WRITE => {
                    if !dup {
                        let a = u16::from_le_bytes([b[0], b[1]]);
                        regs.write(a.into(), u32::from_le_bytes([b[2], b[3], b[4], b[5]]));
                        seen.lock().unwrap().executed_writes += 1;
                        last_seq = seq;
                    }
                    if lost_one {
                        out = encode(kind::ACK, &[seq]);
                    }
                    lost_one = true;
                }
                kind::COMMAND => {
                    out = encode(kind::ACK, &[seq]);
                    if !dup {
                        last_seq = seq;
                        let mut c = CommandDescriptor::decode(b.try_into().unwrap());
                        seen.lock().unwrap().commands.push(c);
                        c.status = fpvs_abi::CommandStatus::Ok as u8;
                        out.extend(encode(kind::COMPLETION, &c.encode()));
                    }
                }
                kind::INJECT => {
                    if !dup {
                        last_seq = seq;
                        seen.lock().unwrap().injected.push((b[0], b[1..].to_vec()));
                    }
                    out = encode(kind::ACK, &[seq]);
                }
                _ => {}
            }
            s.write_all(&out).unwrap();
        }
    }
}

#[test]
fn registers_rings_commands_exceptions_and_injections_over_a_byte_stream() {
    let (host, card_end) = UnixStream::pair().unwrap();
    host.set_read_timeout(Some(Duration::from_millis(50)))
        .unwrap();
    let seen = Arc::new(Mutex::new(Seen::default()));
    let punt = Arc::new(Mutex::new(Vec::new()));
    let (s2, p2) = (seen.clone(), punt.clone());
    let peer = std::thread::spawn(move || card(card_end, s2, p2));
    let cfg = LinkConfig {
        baud: 115_200,
        reply_timeout: Duration::from_millis(100),
        retries: 3,
    };
    let dev = UartDevice::open(
        "pair",
        Box::new(host.try_clone().unwrap()),
        Box::new(host),
        cfg,
    )
    .expect("open");
    let regs = Registers::new(dev.name(), dev.bar(0).unwrap());
    let info = regs.open().expect("the ID chain over the link");
    assert_eq!(info.width_bytes, 8);

    // A write whose reply is lost: sent again, executed once.
    regs.write(fpvs_abi::regs::ctrl::SCRATCH, 0x1234_5678)
        .unwrap();
    assert_eq!(
        regs.read(fpvs_abi::regs::ctrl::SCRATCH).unwrap(),
        0x1234_5678
    );
    assert_eq!(seen.lock().unwrap().executed_writes, 1);
    assert!(dev.link_stats().retransmits >= 1);

    let rings_cfg = RingConfig {
        log2_sizes: [4, 4, 4, 4],
        exc_buf_size: 256,
        inj_buf_size: 2048,
        mode: Mode::Interrupt,
    };
    let mut rings = Rings::open(&dev, &regs, &info, &rings_cfg).expect("rings");
    let done = rings
        .cmd
        .execute(
            &[CommandDescriptor::nop(), CommandDescriptor::nop()],
            Duration::from_secs(5),
        )
        .expect("completions");
    assert_eq!(done.len(), 2);
    assert_eq!(seen.lock().unwrap().commands.len(), 2);

    // Exceptions (each after garbage on the line): metadata and the first 128 bytes.
    // A 200-byte frame, cut by the card at 128 bytes inside the 256-byte buffer, is
    // truncated with its real length; one of 128 bytes and one of 100 arrive whole.
    punt.lock().unwrap().extend([200, 128, 100]);
    let mut exc = Vec::new();
    while exc.len() < 3 {
        exc.extend(
            rings
                .exc
                .wait(4, Duration::from_secs(5))
                .expect("exceptions"),
        );
    }
    let got: Vec<_> = exc
        .iter()
        .map(|e| (e.wire_len, e.truncated, e.frame.len()))
        .collect();
    assert_eq!(
        got,
        [(200, true, 128), (128, false, 128), (100, false, 100)]
    );
    for e in &exc {
        assert_eq!((e.port, e.l3_offset, e.flow_hash), (1, 14, 0xABCD));
        assert!(e.frame.iter().enumerate().all(|(i, b)| *b == i as u8));
    }
    assert!(dev.link_stats().bad_in >= 3, "the garbage was counted");
    assert_eq!(dev.ring_stats().punted, 3);

    // Injections: verbatim to port 1; a frame too short for the link is refused.
    let frame: Vec<u8> = (0..60).map(|i| 0xC0 ^ i as u8).collect();
    rings
        .inj
        .send(&[(InjectTarget::Port { port: 1 }, &frame)])
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while seen.lock().unwrap().injected.is_empty() || dev.ring_stats().injected == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "injection never arrived"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(seen.lock().unwrap().injected[0], (0b101, frame));
    assert_eq!(dev.ring_stats().injected, 1);
    drop(rings);
    drop(regs);
    drop(dev);
    peer.join().unwrap();
}

#[test]
fn a_silent_line_is_a_timeout_and_specs_parse() {
    let (host, _card) = UnixStream::pair().unwrap();
    host.set_read_timeout(Some(Duration::from_millis(20)))
        .unwrap();
    let cfg = LinkConfig {
        baud: 115_200,
        reply_timeout: Duration::from_millis(20),
        retries: 1,
    };
    let e = UartDevice::open(
        "silent",
        Box::new(host.try_clone().unwrap()),
        Box::new(host),
        cfg,
    )
    .unwrap_err();
    assert!(matches!(e, Error::Timeout { .. }), "{e}");
    assert_eq!(
        UartDevice::parse_spec("/dev/ttyUSB0@921600").unwrap(),
        ("/dev/ttyUSB0".into(), 921_600)
    );
    assert_eq!(
        UartDevice::parse_spec("/dev/ttyUSB1").unwrap(),
        ("/dev/ttyUSB1".into(), DEFAULT_BAUD)
    );
    assert!(UartDevice::parse_spec("/dev/ttyUSB0@fast").is_err());
    assert!(UartDevice::parse_spec("@9600").is_err());
}
