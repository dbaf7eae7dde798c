//! The host side of the rings against the fake card: the protocol working, in both
//! modes, and every way a card can break it refused with a typed fault.

use super::*;
use crate::fake::{FakeCardConfig, FakeDevice, Misbehave, PuntMeta};
use crate::{Device, Error, Registers};
use fpvs_abi::regs::rings::Ring;
use fpvs_abi::{
    CommandDescriptor, CommandStatus, ExceptionDescriptor, ExceptionReason, FlowKey, MacAddr,
    NextHop, NotifyKind, NotifyRecord, Table,
};
use proptest::prelude::*;
use std::time::Duration;

const T: Duration = Duration::from_secs(2);

fn open(mode: Mode, log2: u32) -> (FakeDevice, Rings) {
    let dev = FakeDevice::new(FakeCardConfig::default()).unwrap();
    let regs = Registers::new("fake", dev.bar(0).unwrap());
    let info = regs.open().unwrap();
    let cfg = RingConfig {
        log2_sizes: [log2; 4],
        exc_buf_size: 256,
        inj_buf_size: 256,
        mode,
    };
    let rings = Rings::open(&dev, &regs, &info, &cfg).unwrap();
    (dev, rings)
}

fn meta(reason: ExceptionReason) -> PuntMeta {
    PuntMeta {
        reason: reason as u8,
        port: 1,
        l3_offset: 14,
        flow_hash: 0xABCD,
        timestamp: 7,
        service: 3,
    }
}

fn record() -> NotifyRecord {
    NotifyRecord {
        kind: NotifyKind::Learn,
        tcp_flags: 2,
        service: 1,
        real_server: 2,
        flow_hash: 5,
        timestamp: 6,
        key: FlowKey {
            saddr: 0x0A00_0002,
            daddr: 0x0A00_0001,
            sport: 4000,
            dport: 80,
            proto: 6,
        },
    }
}

fn fault(e: Error) -> (Ring, RingFault) {
    match e {
        Error::Ring { ring, fault } => (ring, fault),
        other => panic!("expected a ring fault, got {other}"),
    }
}

#[test]
fn commands_batch_complete_in_order_and_read_back() {
    for mode in [Mode::Poll, Mode::Interrupt] {
        let (dev, mut r) = open(mode, 3);
        let nh = NextHop {
            dst_mac: MacAddr([2, 0, 0, 0, 0, 1]),
            src_mac: MacAddr([2, 0, 0, 0, 0, 2]),
            port: 1,
            vlan: None,
        }
        .encode();
        // More commands than slots: execute runs them in ring-sized batches.
        let cmds: Vec<_> = (0..20)
            .map(|i| CommandDescriptor::write(Table::NextHop, i, &nh))
            .chain([
                CommandDescriptor::read(Table::NextHop, 19),
                CommandDescriptor::write(Table::NextHop, 9999, &nh),
            ])
            .collect();
        let done = r.cmd.execute(&cmds, T).unwrap();
        assert_eq!(done.len(), 22);
        assert!(done.windows(2).all(|w| w[1].index == w[0].index + 1));
        assert!(done[..21].iter().all(|c| c.status == CommandStatus::Ok));
        assert_eq!(done[20].command.payload[..16], nh[..]);
        assert_eq!(done[21].status, CommandStatus::BadIndex);
        assert_eq!(dev.card().table_entry(Table::NextHop, 7), Some(&nh[..]));
        assert_eq!(r.cmd.in_flight(), 0);
    }
}

#[test]
fn a_hung_card_times_out_and_the_ring_recovers() {
    for mode in [Mode::Poll, Mode::Interrupt] {
        let (dev, mut r) = open(mode, 2);
        dev.card().stall(true);
        let e = r
            .cmd
            .execute(&[CommandDescriptor::nop()], Duration::from_millis(20))
            .unwrap_err();
        assert!(
            matches!(e, Error::Timeout { ref what, .. } if what.contains("command")),
            "{e}"
        );
        r.cmd.submit(&[CommandDescriptor::nop(); 3]).unwrap();
        assert!(matches!(
            fault(r.cmd.submit(&[CommandDescriptor::nop()]).unwrap_err()).1,
            RingFault::Full { size: 4 }
        ));
        dev.card().stall(false);
        assert_eq!(r.cmd.reap().unwrap().len(), 4);
        assert_eq!(
            r.cmd.execute(&[CommandDescriptor::nop()], T).unwrap().len(),
            1
        );
    }
}

#[test]
fn exceptions_arrive_with_metadata_and_buffers_are_reposted() {
    for mode in [Mode::Poll, Mode::Interrupt] {
        let (dev, mut r) = open(mode, 2);
        assert!(r.exc.poll(10).unwrap().is_empty());
        for i in 0..10u8 {
            let frame = vec![i; 60 + usize::from(i)];
            assert!(dev.card().punt(&frame, meta(ExceptionReason::NewFlow)));
            let got = r.exc.wait(10, T).unwrap();
            assert_eq!(got.len(), 1);
            assert_eq!(got[0].frame, frame);
            assert_eq!(got[0].reason, ExceptionReason::NewFlow);
            assert_eq!(
                (got[0].port, got[0].service, got[0].flow_hash),
                (1, Some(3), 0xABCD)
            );
        }
        // A frame longer than the buffer arrives truncated, never beyond the buffer.
        let big = vec![0x5A; 1000];
        assert!(dev.card().punt(&big, meta(ExceptionReason::Icmp)));
        let got = r.exc.poll(10).unwrap();
        assert!(got[0].truncated && got[0].frame.len() == 256 && got[0].wire_len == 1000);
        // No buffers posted left: the card drops, the host loses nothing it was given.
        for _ in 0..4 {
            assert!(dev.card().punt(&[1; 64], meta(ExceptionReason::Arp)));
        }
        assert!(!dev.card().punt(&[1; 64], meta(ExceptionReason::Arp)));
        assert_eq!(r.exc.poll(2).unwrap().len(), 2);
        assert_eq!(r.exc.poll(10).unwrap().len(), 2);
        let e = r.exc.wait(1, Duration::from_millis(10)).unwrap_err();
        assert!(matches!(e, Error::Timeout { .. }));
    }
}

#[test]
fn injections_reach_the_card_and_slots_are_reclaimed() {
    let (dev, mut r) = open(Mode::Interrupt, 2);
    for i in 0..9u8 {
        let f = vec![i; 64];
        let target = if i % 2 == 0 {
            InjectTarget::Port { port: 1 }
        } else {
            InjectTarget::Pipeline { port: 0 }
        };
        r.inj.send(&[(target, &f)]).unwrap();
    }
    r.inj.flush(T).unwrap();
    let card = dev.card();
    assert_eq!(card.injected().len(), 9);
    assert!(card.injected()[2].0.verbatim() && !card.injected()[3].0.verbatim());
    assert_eq!(card.injected()[8].1, vec![8; 64]);
    drop(card);
    let e = r
        .inj
        .send(&[(InjectTarget::Port { port: 2 }, &[0; 64])])
        .unwrap_err();
    assert!(matches!(e, Error::InvalidArgument(_)));
    assert!(r
        .inj
        .send(&[(InjectTarget::Port { port: 0 }, &[0; 13])])
        .is_err());
    assert!(r
        .inj
        .send(&[(InjectTarget::Port { port: 0 }, &[0; 257])])
        .is_err());
}

#[test]
fn notifications_flow_and_slots_are_freed() {
    let (dev, mut r) = open(Mode::Interrupt, 2);
    for _ in 0..3 {
        for _ in 0..4 {
            assert!(dev.card().notify(&record()));
        }
        assert!(!dev.card().notify(&record()), "the ring holds 4");
        let got = r.notify.wait(10, T).unwrap();
        assert_eq!(got, vec![record(); 4]);
    }
}

/// Every misbehaviour, on every ring it applies to, gives a typed fault; the host
/// never returns data from a bad descriptor.
#[test]
fn protocol_violations_are_refused() {
    use Misbehave::*;
    for m in [
        HeadBeyondTail,
        SkipDone,
        WrongTag,
        RewriteFields,
        UnknownCode,
        DoneOnUnposted,
    ] {
        let (dev, mut r) = open(Mode::Poll, 3);
        dev.card().misbehave(Some(m));
        r.cmd.submit(&[CommandDescriptor::nop().tagged(0)]).unwrap();
        let res = r.cmd.reap();
        match m {
            DoneOnUnposted => assert_eq!(res.unwrap().len(), 1),
            _ => {
                let (ring, f) = fault(res.unwrap_err());
                assert_eq!(ring, Ring::Cmd);
                let ok = match m {
                    HeadBeyondTail => matches!(f, RingFault::HeadBeyondTail { .. }),
                    SkipDone => matches!(f, RingFault::NotDone { .. }),
                    WrongTag => matches!(f, RingFault::TagMismatch { .. }),
                    RewriteFields => matches!(f, RingFault::FieldChanged { field: "index", .. }),
                    UnknownCode => matches!(f, RingFault::UnknownStatus { code: 0xEE, .. }),
                    _ => false,
                };
                assert!(ok, "{m:?}: {f}");
            }
        }
        // Slots the card marked done but the host never posted are never taken.
        assert!(r.cmd.reap().map_or(true, |v| v.is_empty()) || m == HeadBeyondTail);
    }
    for m in [
        HeadBeyondTail,
        SkipDone,
        RewriteFields,
        LengthBeyondBuffer,
        UnknownCode,
        OutOfRange,
        DoneOnUnposted,
    ] {
        let (dev, mut r) = open(Mode::Poll, 3);
        dev.card().misbehave(Some(m));
        dev.card().punt(&[7; 64], meta(ExceptionReason::Arp));
        let res = r.exc.poll(16);
        if m == DoneOnUnposted {
            assert_eq!(res.unwrap().len(), 1);
            assert!(r.exc.poll(16).unwrap().is_empty());
            continue;
        }
        let f = fault(res.unwrap_err()).1;
        let ok = match m {
            HeadBeyondTail => matches!(f, RingFault::HeadBeyondTail { .. }),
            SkipDone => matches!(f, RingFault::NotDone { .. }),
            RewriteFields => matches!(
                f,
                RingFault::FieldChanged {
                    field: "buf_addr",
                    ..
                }
            ),
            LengthBeyondBuffer => matches!(f, RingFault::BadLength { len: 257, .. }),
            UnknownCode => matches!(f, RingFault::UnknownReason { code: 0xEE, .. }),
            OutOfRange => matches!(f, RingFault::OutOfRange { field: "port", .. }),
            _ => false,
        };
        assert!(ok, "{m:?}: {f}");
        if m != HeadBeyondTail {
            // The bad slot was consumed and its buffer reposted: the ring goes on.
            dev.card().misbehave(None);
            dev.card().punt(&[8; 64], meta(ExceptionReason::Arp));
            assert_eq!(r.exc.poll(16).unwrap()[0].frame, vec![8; 64]);
        }
    }
    for m in [HeadBeyondTail, SkipDone, RewriteFields] {
        let (dev, mut r) = open(Mode::Poll, 3);
        dev.card().misbehave(Some(m));
        r.inj
            .send(&[(InjectTarget::Port { port: 0 }, &[1; 64])])
            .unwrap();
        let f = fault(r.inj.reclaim().unwrap_err()).1;
        assert!(
            matches!(
                (m, &f),
                (HeadBeyondTail, RingFault::HeadBeyondTail { .. })
                    | (SkipDone, RingFault::NotDone { .. })
                    | (RewriteFields, RingFault::FieldChanged { field: "len", .. })
            ),
            "{m:?}: {f}"
        );
    }
    for m in [
        HeadBeyondTail,
        SkipDone,
        UnknownCode,
        OutOfRange,
        DoneOnUnposted,
    ] {
        let (dev, mut r) = open(Mode::Poll, 3);
        dev.card().misbehave(Some(m));
        dev.card().notify(&record());
        let res = r.notify.poll(16);
        if m == DoneOnUnposted {
            assert_eq!(res.unwrap().len(), 1);
            assert!(r.notify.poll(16).unwrap().is_empty());
            continue;
        }
        let f = fault(res.unwrap_err()).1;
        assert!(
            matches!(
                (m, &f),
                (HeadBeyondTail, RingFault::Overrun { .. })
                    | (SkipDone, RingFault::NotDone { .. })
                    | (UnknownCode, RingFault::UnknownKind { code: 0xEE, .. })
                    | (
                        OutOfRange,
                        RingFault::OutOfRange {
                            field: "real_server",
                            ..
                        }
                    )
            ),
            "{m:?}: {f}"
        );
    }
}

#[test]
fn a_frame_the_card_holds_only_the_head_of_arrives_truncated_with_those_bytes() {
    use fpvs_abi::ExceptionFlags;
    let (dev, mut r) = open(Mode::Poll, 3);
    let (_, head, _) = dev.card().ring_state(Ring::Exc);
    // (frame_len, captured, TRUNCATED): the first is good, the others break the rule.
    let cases = [
        (300u16, 128u16, true),
        (100, 100, true),
        (300, 50, false),
        (400, 300, true),
    ];
    for (i, (len, captured, truncated)) in cases.into_iter().enumerate() {
        let index = head + i as u32;
        let mut d = ExceptionDescriptor::decode(&dev_desc(&dev, Ring::Exc, index));
        let bytes: Vec<u8> = (0..captured).map(|b| b as u8 ^ i as u8).collect();
        assert!(dev
            .card()
            .dma_write(d.buf_addr, &bytes[..bytes.len().min(256)]));
        d.frame_len = len;
        d.captured = captured;
        d.reason = ExceptionReason::NewFlow as u8;
        d.port = 1;
        d.l3_offset = 14;
        d.service = ExceptionDescriptor::NO_SERVICE;
        let trunc = if truncated {
            ExceptionFlags::TRUNCATED
        } else {
            0
        };
        d.flags = ExceptionFlags(ExceptionFlags::DONE | trunc);
        assert!(dev.card().write_slot(Ring::Exc, index, &d.encode()));
    }
    dev.card().set_head(Ring::Exc, head + cases.len() as u32);
    let good = r.exc.poll(16).unwrap();
    assert_eq!(good.len(), 1);
    assert!(good[0].truncated && good[0].wire_len == 300);
    assert_eq!(good[0].frame, (0..128).map(|b| b as u8).collect::<Vec<_>>());
    for (len, captured, _) in &cases[1..] {
        let f = fault(r.exc.poll(16).unwrap_err()).1;
        assert!(
            matches!(f, RingFault::BadLength { len: l, buffer: 256, .. } if l == u32::from(*len)),
            "frame_len {len}, captured {captured}: {f}"
        );
    }
    assert!(r.exc.poll(16).unwrap().is_empty());
}

#[test]
fn good_descriptors_before_a_bad_one_are_not_lost() {
    let (dev, mut r) = open(Mode::Poll, 3);
    dev.card().punt(&[1; 64], meta(ExceptionReason::Arp));
    dev.card().punt(&[2; 64], meta(ExceptionReason::Arp));
    dev.card().misbehave(Some(Misbehave::UnknownCode));
    dev.card().punt(&[3; 64], meta(ExceptionReason::Arp));
    dev.card().misbehave(None);
    dev.card().punt(&[4; 64], meta(ExceptionReason::Arp));
    let first = r.exc.poll(16).unwrap();
    assert_eq!(first.len(), 2);
    assert!(matches!(
        fault(r.exc.poll(16).unwrap_err()).1,
        RingFault::UnknownReason { .. }
    ));
    assert_eq!(r.exc.poll(16).unwrap()[0].frame, vec![4; 64]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Arbitrary descriptor bytes and HEAD values from a hostile card: the exception
    /// ring never panics, and whatever it accepts lies within what the host posted.
    #[test]
    fn fuzz_exception_parsing(
        slots in proptest::collection::vec(proptest::collection::vec(any::<u8>(), ExceptionDescriptor::BYTES), 1..8),
        keep_addr in any::<bool>(),
        head_delta in prop_oneof![0u32..10, any::<u32>()],
    ) {
        let (dev, mut r) = open(Mode::Poll, 3);
        let (base, head, _) = dev.card().ring_state(Ring::Exc);
        prop_assert!(base != 0);
        for (i, raw) in slots.iter().enumerate() {
            let mut raw = raw.clone();
            if keep_addr {
                // Keep the host's buffer address and size so later checks are reached.
                let mut b = [0u8; ExceptionDescriptor::BYTES];
                b.copy_from_slice(&raw);
                let mut d = ExceptionDescriptor::decode(&b);
                let mine = ExceptionDescriptor::decode(&dev_desc(&dev, Ring::Exc, head + i as u32));
                d.buf_addr = mine.buf_addr;
                d.buf_size = mine.buf_size;
                raw = d.encode().to_vec();
            }
            dev.card().write_slot(Ring::Exc, head + i as u32, &raw);
        }
        dev.card().set_head(Ring::Exc, head.wrapping_add(head_delta));
        for _ in 0..4 {
            match r.exc.poll(64) {
                Ok(v) => for e in v {
                    prop_assert!(e.frame.len() <= 256 && !e.frame.is_empty());
                    prop_assert!(e.port < 2);
                    prop_assert!(usize::from(e.l3_offset) <= e.frame.len());
                    prop_assert!(e.service.is_none_or(|s| s < 256));
                },
                Err(Error::Ring { ring: Ring::Exc, .. }) => {}
                Err(other) => prop_assert!(false, "unexpected error {}", other),
            }
        }
    }

    /// The same for commands, injections and notifications.
    #[test]
    fn fuzz_other_rings(
        raw in proptest::collection::vec(any::<u8>(), 64),
        head_delta in prop_oneof![0u32..6, any::<u32>()],
        posted in 0usize..4,
    ) {
        let (dev, mut r) = open(Mode::Poll, 2);
        dev.card().stall(true);
        r.cmd.submit(&vec![CommandDescriptor::nop(); posted]).unwrap();
        r.inj.send(&vec![(InjectTarget::Port { port: 0 }, &[0u8; 64][..]); posted]).unwrap();
        for ring in [Ring::Cmd, Ring::Inj, Ring::Notify] {
            let n = ring.descriptor_bytes();
            for i in 0..4 {
                dev.card().write_slot(ring, i, &raw[..n]);
            }
            dev.card().set_head(ring, head_delta);
        }
        for _ in 0..3 {
            match r.cmd.reap() {
                Ok(v) => prop_assert!(v.len() <= posted),
                Err(e) => prop_assert!(matches!(e, Error::Ring { ring: Ring::Cmd, .. }), "{}", e),
            }
            match r.inj.reclaim() {
                Ok(n) => prop_assert!(n as usize <= posted),
                Err(e) => prop_assert!(matches!(e, Error::Ring { ring: Ring::Inj, .. }), "{}", e),
            }
            match r.notify.poll(16) {
                Ok(v) => for rec in v {
                    prop_assert!(rec.service < 256 && rec.real_server < 256);
                },
                Err(e) => prop_assert!(matches!(e, Error::Ring { ring: Ring::Notify, .. }), "{}", e),
            }
        }
    }
}

/// Reads a ring slot through the card's DMA view.
fn dev_desc(dev: &FakeDevice, ring: Ring, index: u32) -> [u8; ExceptionDescriptor::BYTES] {
    let mut b = [0u8; ExceptionDescriptor::BYTES];
    dev.card().read_slot(ring, index, &mut b);
    b
}
