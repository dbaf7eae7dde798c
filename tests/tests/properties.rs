//! Property tests of the reference model.
//!
//! * For 100 000 random frames per mode (DR, TUN, NAT and FULLNAT both ways; TCP and
//!   UDP; tagged or not; any TTL that does not expire, any flags, seq/ack, TOS, DF,
//!   payload and padding; random rewrite targets and PROXY deltas), the forwarded
//!   frame parses with etherparse and its IPv4 and TCP/UDP checksums equal a full
//!   recomputation (a UDP checksum of 0 stays 0). TUN's outer header is checked, and
//!   the inner packet must be the input's, byte for byte.
//! * Arbitrary bytes and every truncation of valid frames get exactly one verdict and
//!   never a panic.

use etherparse::{NetSlice, SlicedPacket, TransportSlice};
use fpvs_abi::{Action, FlowEntry, FlowKey, ForwardingMode, MacAddr, NextHop};
use fpvs_model::packet::Frame;
use fpvs_model::{Card, CardConfig, Verdict};
use proptest::prelude::*;
use std::net::Ipv4Addr;

const CASES: u32 = 100_000;

#[derive(Debug, Clone)]
struct Case {
    tcp: bool,
    src: (u32, u16),
    dst: (u32, u16),
    flags: u8,
    seq: u32,
    ack: u32,
    ttl: u8,
    tos: u8,
    df: bool,
    vlan: Option<u16>,
    udp_zero: bool,
    payload: usize,
    pad: usize,
    new_s: (u32, u16),
    new_d: (u32, u16),
    delta: u16,
}

fn case() -> impl Strategy<Value = Case> {
    (
        (
            any::<bool>(),
            any::<(u32, u16)>(),
            any::<(u32, u16)>(),
            any::<u8>(),
            any::<u32>(),
            any::<u32>(),
        ),
        (
            2u8..=255,
            any::<u8>(),
            any::<bool>(),
            proptest::option::of(1u16..4095),
            any::<bool>(),
        ),
        (
            prop_oneof![0usize..64, 64usize..1500, Just(0usize), 1500usize..9000],
            0usize..80,
        ),
        (any::<(u32, u16)>(), any::<(u32, u16)>(), any::<u16>()),
    )
        .prop_map(
            |(
                (tcp, src, dst, flags, seq, ack),
                (ttl, tos, df, vlan, udp_zero),
                (payload, pad),
                (new_s, new_d, delta),
            )| Case {
                tcp,
                src,
                dst,
                flags,
                seq,
                ack,
                ttl,
                tos,
                df,
                vlan,
                udp_zero,
                payload,
                pad,
                new_s,
                new_d,
                delta,
            },
        )
}

fn build(c: &Case) -> Vec<u8> {
    let s = format!("{}:{}", Ipv4Addr::from(c.src.0), c.src.1);
    let d = format!("{}:{}", Ipv4Addr::from(c.dst.0), c.dst.1);
    let mut f = if c.tcp {
        Frame::tcp(&s, &d).flags(c.flags).seq_ack(c.seq, c.ack)
    } else if c.udp_zero {
        Frame::udp(&s, &d).no_udp_checksum()
    } else {
        Frame::udp(&s, &d)
    };
    f = f
        .payload_len(c.payload)
        .ttl(c.ttl)
        .tos(c.tos)
        .df(c.df)
        .pad_to(c.pad);
    if let Some(v) = c.vlan {
        f = f.vlan(v);
    }
    f.build()
}

/// A card whose only flow matches the case's frame, with `mode`.
fn card_for(c: &Case, mode: ForwardingMode) -> Card {
    let mut card = Card::new(CardConfig {
        tun_mtu: 9100,
        ..CardConfig::NARROW
    });
    let nh = NextHop {
        dst_mac: MacAddr([2, 0, 0, 0, 0, 1]),
        src_mac: MacAddr([2, 0, 0, 0, 0, 2]),
        port: 1,
        vlan: None,
    };
    card.tables.set_nexthop(0, Some(nh)).expect("nh");
    let key = FlowKey {
        saddr: c.src.0,
        daddr: c.dst.0,
        sport: c.src.1,
        dport: c.dst.1,
        proto: if c.tcp { 6 } else { 17 },
    };
    let action = Action {
        mode,
        nexthop: 0,
        service: 0,
        real_server: 0,
        new_saddr: c.new_s.0,
        new_daddr: c.new_d.0,
        new_sport: c.new_s.1,
        new_dport: c.new_d.1,
        seq_delta: c.delta,
    };
    card.tables
        .insert_flow(FlowEntry { key, action })
        .expect("flow");
    card
}

/// Checks the IPv4 and L4 checksums of an Ethernet frame by full recomputation.
fn checksums_verify(frame: &[u8], udp_was_zero: bool) -> Result<(), TestCaseError> {
    let p = SlicedPacket::from_ethernet(frame)
        .map_err(|e| TestCaseError::fail(format!("does not parse: {e}")))?;
    let Some(NetSlice::Ipv4(ip4)) = &p.net else {
        return Err(TestCaseError::fail("not IPv4"));
    };
    let h = ip4.header();
    prop_assert_eq!(
        h.to_header().calc_header_checksum(),
        h.header_checksum(),
        "IPv4 header checksum"
    );
    let (src, dst) = (h.source(), h.destination());
    match &p.transport {
        Some(TransportSlice::Tcp(t)) => {
            prop_assert_eq!(
                t.calc_checksum_ipv4(src, dst).expect("length"),
                t.checksum(),
                "TCP checksum"
            );
        }
        Some(TransportSlice::Udp(u)) => {
            if udp_was_zero {
                prop_assert_eq!(u.checksum(), 0, "a UDP checksum of 0 stays 0");
            } else {
                let want = u
                    .to_header()
                    .calc_checksum_ipv4_raw(src, dst, u.payload())
                    .expect("length");
                prop_assert_eq!(want, u.checksum(), "UDP checksum");
            }
        }
        _ if h.protocol() == etherparse::IpNumber::IPV4 => {
            // TUN: the inner packet follows.
            let inner = ip4.payload().payload;
            let q = SlicedPacket::from_ip(inner)
                .map_err(|e| TestCaseError::fail(format!("inner: {e}")))?;
            let Some(NetSlice::Ipv4(i4)) = &q.net else {
                return Err(TestCaseError::fail("inner not IPv4"));
            };
            let ih = i4.header();
            prop_assert_eq!(
                ih.to_header().calc_header_checksum(),
                ih.header_checksum(),
                "inner IPv4 checksum"
            );
        }
        other => {
            return Err(TestCaseError::fail(format!(
                "unexpected transport {other:?}"
            )))
        }
    }
    Ok(())
}

fn forwarded(card: &mut Card, input: &[u8]) -> Result<Vec<u8>, TestCaseError> {
    match card.receive(input, 0) {
        Verdict::Forward { frame, .. } => Ok(frame),
        v => Err(TestCaseError::fail(format!(
            "not forwarded: {:?}",
            v.kind()
        ))),
    }
}

fn check_mode(mode: ForwardingMode) {
    let cfg = ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    let runs = std::sync::atomic::AtomicUsize::new(0);
    proptest!(cfg, |(c in case())| {
        runs.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let input = build(&c);
        let mut card = card_for(&c, mode);
        let out = forwarded(&mut card, &input)?;
        checksums_verify(&out, !c.tcp && c.udp_zero)?;
        if mode == ForwardingMode::Tun {
            let l3 = if c.vlan.is_some() { 18 } else { 14 };
            // The inner packet (and anything after it) is the input's, unchanged.
            prop_assert_eq!(&out[l3 + 20..], &input[l3..]);
            prop_assert_eq!(out[l3 + 9], 4, "outer protocol IP-in-IP");
            prop_assert_eq!(out[l3 + 6] & 0x40, input[l3 + 6] & 0x40, "DF copied");
        } else {
            prop_assert_eq!(out.len(), input.len());
        }
    });
    let n = runs.into_inner();
    assert!(n >= CASES as usize, "{n} cases ran");
}

#[test]
fn dr_output_checksums_verify() {
    check_mode(ForwardingMode::Dr);
}

#[test]
fn tun_output_checksums_verify() {
    check_mode(ForwardingMode::Tun);
}

#[test]
fn nat_forward_output_checksums_verify() {
    check_mode(ForwardingMode::NatForward);
}

#[test]
fn nat_reverse_output_checksums_verify() {
    check_mode(ForwardingMode::NatReverse);
}

#[test]
fn fullnat_forward_output_checksums_verify() {
    check_mode(ForwardingMode::FullNatForward);
}

#[test]
fn fullnat_reverse_output_checksums_verify() {
    check_mode(ForwardingMode::FullNatReverse);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Arbitrary bytes: exactly one verdict, no panic, on a card with services and flows.
    #[test]
    fn arbitrary_bytes_get_one_verdict(bytes in proptest::collection::vec(any::<u8>(), 0..200), port in 0u8..4) {
        let mut card = fpvs_tests::fixtures::standard_card(CardConfig::NARROW, fpvs_tests::fixtures::Setup::Standard);
        let before = card.stats.rx_frames;
        let v = card.receive(&bytes, port);
        prop_assert_eq!(card.stats.rx_frames, before + 1);
        let s = &card.stats;
        prop_assert_eq!(s.fwd_frames + s.exc_frames + s.drop_frames, 1, "one verdict: {:?}", v.kind());
    }

    /// Every truncation of a valid frame: one verdict, no panic, never forwarded whole.
    #[test]
    fn truncated_frames_get_one_verdict(c in case(), cut in any::<prop::sample::Index>()) {
        let input = build(&c);
        let n = cut.index(input.len());
        let mut card = card_for(&c, ForwardingMode::NatForward);
        let v = card.receive(&input[..n], 0);
        let s = &card.stats;
        prop_assert_eq!(s.fwd_frames + s.exc_frames + s.drop_frames, 1);
        if let Verdict::Forward { frame, .. } = v {
            // Only the padding may be cut off a forwarded frame.
            let l3 = if c.vlan.is_some() { 18 } else { 14 };
            let total = u16::from_be_bytes([input[l3 + 2], input[l3 + 3]]) as usize;
            prop_assert!(n >= l3 + total, "a truncated frame was forwarded");
            prop_assert_eq!(frame.len(), n);
        }
    }
}
