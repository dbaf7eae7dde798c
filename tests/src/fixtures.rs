//! Golden-packet fixtures: `{description, input, expected verdict, expected output}`.
//!
//! Every row runs on the reference model (`tests/tests/fixtures.rs`), on the rust-hdl
//! simulation of the header pipeline (`hw/src/header_path.rs`) and on the Verilated
//! card at both widths. Expected outputs are built *independently* with the frame
//! builder, whose checksums are computed from scratch — so a row checks the model's
//! incremental (RFC 1624) updates, not just repeats them.
//!
//! | section | rows | model code |
//! |---|---|---|
//! | DR | [`dr`] | `hw/model/src/rewrite.rs` (Ethernet), `classify.rs` steps 12–13 |
//! | TUN | [`tun`] | `rewrite.rs::tun_header`, `classify.rs` step 13 (tunnel MTU) |
//! | NAT | [`nat`] | `rewrite.rs::nat`, `classify.rs` step 13 (TTL) |
//! | FULLNAT | [`fullnat`] | `rewrite.rs::nat` (seq/ack delta) |
//! | Maglev, notifications, injection | [`scheduling`] | `classify.rs` step 12, `card.rs` |
//! | exceptions | [`exceptions`] | `classify.rs` steps 1–13 |
//! | drops | [`drops`] | `classify.rs` |
//! | sizes | [`sizes`] | — |
//!
//! The standard card ([`standard_card`]): a client at 10.0.0.2 behind a router, real
//! servers 192.168.1.11–13 on the server port, and these services:
//!
//! | VIP | service | mode |
//! |---|---|---|
//! | TCP 10.0.0.100:80 | 0 | DR, host-scheduled |
//! | TCP 10.0.0.101:443 | 1 | TUN (tunnel source 172.16.0.1) |
//! | TCP 10.0.0.102:8080 | 2 | NAT |
//! | UDP 10.0.0.103:53 | 3 | FULLNAT (local address 172.16.0.2) |
//! | TCP 10.0.0.104:80 | 4 | DR, scheduled in hardware (Maglev, 251 slots) |
//! | UDP 10.0.0.105:53 | 5 | NAT |
//! | TCP 10.0.0.106:80 | 6 | FULLNAT, PROXY header inserted (seq delta 28) |
//!
//! Rate limiting (`Drop(RateLimited)`) is a property of the card's token buckets over
//! time, not of one frame: the model does not have it, and it is tested on the
//! Verilated card (`tests/tests/ratelimit.rs`).

use fpvs_abi::{
    flow_hash, placement, Action, DropReason, ExceptionReason, FlowEntry, FlowKey, ForwardingMode,
    MacAddr, MaglevEntry, NextHop, NotifyKind, ServiceEntry,
};
use fpvs_model::maglev::{self, Backend};
use fpvs_model::packet::{ip, Frame, TcpFlags};
use fpvs_model::{Card, CardConfig};

/// The card's MAC toward clients.
pub const CARD_CLIENT_MAC: [u8; 6] = [0x02, 0, 0, 0, 0, 0xa0];
/// The card's MAC toward real servers.
pub const CARD_SERVER_MAC: [u8; 6] = [0x02, 0, 0, 0, 0, 0xa1];
/// The clients' router.
pub const ROUTER_MAC: [u8; 6] = [0x02, 0, 0, 0, 0, 0xfe];
/// The client's own MAC (frames arrive from it).
pub const CLIENT_MAC: [u8; 6] = [0x02, 0, 0, 0, 0, 0x01];

/// MAC of real server `i` (1..=3).
pub fn rs_mac(i: u8) -> [u8; 6] {
    [0x02, 0, 0, 0, 0, 0x10 + i]
}

/// Address of real server `i` (1..=3).
pub fn rs_ip(i: u8) -> String {
    format!("192.168.1.{}", 10 + i)
}

const TUNNEL_SRC: &str = "172.16.0.1";
const LOCAL_ADDR: &str = "172.16.0.2";
/// Bytes a FULLNAT service's PROXY header adds to the client's stream.
pub const PROXY_DELTA: u16 = 28;

/// What a row expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    /// Forwarded out of `port` as `frame`, with a notification of this kind or none.
    Forward {
        /// Egress port.
        port: u8,
        /// Exact output bytes.
        frame: Vec<u8>,
        /// Notification.
        notify: Option<NotifyKind>,
    },
    /// Sent to the host unchanged.
    Exception(ExceptionReason),
    /// Dropped.
    Drop(DropReason),
}

/// How the frame reaches the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// On an Ethernet port.
    Port(u8),
    /// Injected by the host through the pipeline as if from this port.
    Inject(u8),
    /// Injected verbatim to this port.
    Verbatim(u8),
}

/// Changes to the standard card a row needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setup {
    /// The standard card.
    Standard,
    /// Both candidate buckets of the Maglev row's key full.
    FullBuckets,
    /// The Maglev service's slots all empty.
    EmptyMaglev,
}

/// One golden row.
#[derive(Debug, Clone)]
pub struct Fixture {
    /// What the row shows.
    pub description: &'static str,
    /// Card changes.
    pub setup: Setup,
    /// How the frame arrives.
    pub arrival: Arrival,
    /// The frame.
    pub input: Vec<u8>,
    /// The expected verdict and output.
    pub expect: Expect,
}

#[allow(clippy::too_many_arguments)]
fn action(
    mode: ForwardingMode,
    service: u16,
    rs: u8,
    new_saddr: &str,
    new_daddr: &str,
    sport: u16,
    dport: u16,
    delta: u16,
) -> Action {
    Action {
        mode,
        nexthop: rs as u16,
        service,
        real_server: rs as u16,
        new_saddr: if new_saddr.is_empty() {
            0
        } else {
            ip(new_saddr)
        },
        new_daddr: if new_daddr.is_empty() {
            0
        } else {
            ip(new_daddr)
        },
        new_sport: sport,
        new_dport: dport,
        seq_delta: delta,
    }
}

fn key(proto: u8, src: &str, sport: u16, dst: &str, dport: u16) -> FlowKey {
    FlowKey {
        saddr: ip(src),
        daddr: ip(dst),
        sport,
        dport,
        proto,
    }
}

/// Reverse entry for a NAT/FULLNAT connection: the real server's reply, rewritten to
/// come from the VIP and go to the client, out of the client-side port.
fn reverse(mode: ForwardingMode, fwd_key: &FlowKey, fwd: &Action) -> FlowEntry {
    let fullnat = mode == ForwardingMode::FullNatReverse;
    FlowEntry {
        key: FlowKey {
            saddr: fwd.new_daddr,
            daddr: if fullnat {
                fwd.new_saddr
            } else {
                fwd_key.saddr
            },
            sport: fwd.new_dport,
            dport: if fullnat {
                fwd.new_sport
            } else {
                fwd_key.sport
            },
            proto: fwd_key.proto,
        },
        action: Action {
            mode,
            nexthop: 0,
            new_saddr: fwd_key.daddr,
            new_daddr: fwd_key.saddr,
            new_sport: fwd_key.dport,
            new_dport: fwd_key.sport,
            ..*fwd
        },
    }
}

/// Keys of the standard card's flows (client 10.0.0.2).
pub mod flows {
    use super::*;
    /// DR to RS1.
    pub fn dr() -> FlowKey {
        key(6, "10.0.0.2", 40000, "10.0.0.100", 80)
    }
    /// TUN to RS2.
    pub fn tun() -> FlowKey {
        key(6, "10.0.0.2", 40001, "10.0.0.101", 443)
    }
    /// NAT (TCP) to RS3:8080.
    pub fn nat() -> FlowKey {
        key(6, "10.0.0.2", 40002, "10.0.0.102", 8080)
    }
    /// FULLNAT (UDP) to RS1:5353 from 172.16.0.2:20003.
    pub fn fullnat_udp() -> FlowKey {
        key(17, "10.0.0.2", 40003, "10.0.0.103", 53)
    }
    /// FULLNAT (TCP, PROXY delta) to RS2:8000 from 172.16.0.2:20004.
    pub fn fullnat_tcp() -> FlowKey {
        key(6, "10.0.0.2", 40004, "10.0.0.106", 80)
    }
    /// NAT (UDP) to RS2:53.
    pub fn nat_udp() -> FlowKey {
        key(17, "10.0.0.2", 40005, "10.0.0.105", 53)
    }
    /// A flow the host wants to see (punt).
    pub fn punt() -> FlowKey {
        key(6, "10.0.0.2", 40006, "10.0.0.100", 80)
    }
    /// A flow whose next hop is invalid.
    pub fn bad_nexthop() -> FlowKey {
        key(6, "10.0.0.2", 40007, "10.0.0.100", 80)
    }
    /// DR to RS1 through the next hop that rewrites VLAN IDs to 100.
    pub fn dr_vlan() -> FlowKey {
        key(6, "10.0.0.2", 40008, "10.0.0.100", 80)
    }
    /// The Maglev service's new connection (no flow entry).
    pub fn maglev_new() -> FlowKey {
        key(6, "10.0.0.2", 40100, "10.0.0.104", 80)
    }
}

/// The standard card (narrow geometry unless `config` says otherwise), with `setup`.
pub fn standard_card(config: CardConfig, setup: Setup) -> Card {
    let mut card = Card::new(CardConfig {
        now: 0x0C0F_FEE0,
        ..config
    });
    let t = &mut card.tables;
    let nh = |dst: [u8; 6], src: [u8; 6], port: u8, vlan: Option<u16>| {
        Some(NextHop {
            dst_mac: MacAddr(dst),
            src_mac: MacAddr(src),
            port,
            vlan,
        })
    };
    t.set_nexthop(0, nh(ROUTER_MAC, CARD_CLIENT_MAC, 0, None))
        .expect("nh");
    for i in 1..=3u8 {
        t.set_nexthop(i as u16, nh(rs_mac(i), CARD_SERVER_MAC, 1, None))
            .expect("nh");
    }
    t.set_nexthop(4, nh(rs_mac(1), CARD_SERVER_MAC, 1, Some(100)))
        .expect("nh");
    // Next hop 5 stays invalid.
    for i in 1..=3u8 {
        let a = action(ForwardingMode::Dr, 4, i, "", &rs_ip(i), 0, 0, 0);
        t.set_real_server(i as u16, Some(a)).expect("rs");
    }
    let services = [
        (6u8, "10.0.0.100", 80u16, 0u16, false),
        (6, "10.0.0.101", 443, 1, false),
        (6, "10.0.0.102", 8080, 2, false),
        (17, "10.0.0.103", 53, 3, false),
        (6, "10.0.0.104", 80, 4, true),
        (17, "10.0.0.105", 53, 5, false),
        (6, "10.0.0.106", 80, 6, false),
    ];
    for (proto, vip, vport, service, hw) in services {
        let maglev = hw.then(|| {
            let size = 251;
            let backends: Vec<Backend> = (1..=3u16)
                .map(|i| Backend {
                    id: i as u64,
                    value: i,
                    weight: 1,
                })
                .collect();
            let mut slots: Vec<MaglevEntry> = maglev::build(&backends, size)
                .expect("prime")
                .into_iter()
                .map(MaglevEntry)
                .collect();
            if setup == Setup::EmptyMaglev {
                slots.iter_mut().for_each(|s| *s = MaglevEntry(None));
            }
            t.set_maglev(0, &slots).expect("maglev");
            (0, size)
        });
        t.insert_service(ServiceEntry {
            proto,
            vip: ip(vip),
            vport,
            service,
            maglev,
        })
        .expect("service");
    }
    let fwd = [
        (
            flows::dr(),
            action(ForwardingMode::Dr, 0, 1, "", &rs_ip(1), 0, 0, 0),
        ),
        (
            flows::tun(),
            action(ForwardingMode::Tun, 1, 2, TUNNEL_SRC, &rs_ip(2), 0, 0, 0),
        ),
        (
            flows::nat(),
            action(ForwardingMode::NatForward, 2, 3, "", &rs_ip(3), 0, 8080, 0),
        ),
        (
            flows::fullnat_udp(),
            action(
                ForwardingMode::FullNatForward,
                3,
                1,
                LOCAL_ADDR,
                &rs_ip(1),
                20003,
                5353,
                0,
            ),
        ),
        (
            flows::fullnat_tcp(),
            action(
                ForwardingMode::FullNatForward,
                6,
                2,
                LOCAL_ADDR,
                &rs_ip(2),
                20004,
                8000,
                PROXY_DELTA,
            ),
        ),
        (
            flows::nat_udp(),
            action(ForwardingMode::NatForward, 5, 2, "", &rs_ip(2), 0, 53, 0),
        ),
        (
            flows::punt(),
            action(ForwardingMode::Punt, 0, 1, "", &rs_ip(1), 0, 0, 0),
        ),
        (
            flows::bad_nexthop(),
            Action {
                nexthop: 5,
                ..action(ForwardingMode::Dr, 0, 1, "", &rs_ip(1), 0, 0, 0)
            },
        ),
        (
            flows::dr_vlan(),
            Action {
                nexthop: 4,
                ..action(ForwardingMode::Dr, 0, 1, "", &rs_ip(1), 0, 0, 0)
            },
        ),
    ];
    for (k, a) in fwd {
        t.insert_flow(FlowEntry { key: k, action: a })
            .expect("flow");
        let rev_mode = match a.mode {
            ForwardingMode::NatForward => Some(ForwardingMode::NatReverse),
            ForwardingMode::FullNatForward => Some(ForwardingMode::FullNatReverse),
            _ => None,
        };
        if let Some(m) = rev_mode {
            t.insert_flow(reverse(m, &k, &a)).expect("reverse flow");
        }
    }
    if setup == Setup::FullBuckets {
        // Fill every candidate slot of the Maglev row's key with other flows.
        let g = t.config.flow_geometry;
        let target = flows::maglev_new();
        let mut filler = 0u32;
        for slot in placement::candidate_slots_for_hash(g, flow_hash(&target)) {
            if t.flow_slot(slot).is_none() {
                filler += 1;
                let k = key(6, "10.9.0.0", filler as u16, "10.9.9.9", 9);
                let e = FlowEntry {
                    key: FlowKey {
                        saddr: ip("10.9.0.0") + filler,
                        ..k
                    },
                    action: action(ForwardingMode::Dr, 0, 1, "", &rs_ip(1), 0, 0, 0),
                };
                t.set_flow_slot(slot, Some(e)).expect("slot");
            }
        }
    }
    card
}

// ---- frame helpers -------------------------------------------------------------

fn client_tcp(flow: &FlowKey) -> Frame {
    Frame::tcp(&addr(flow.saddr, flow.sport), &addr(flow.daddr, flow.dport))
        .macs(CLIENT_MAC, CARD_CLIENT_MAC)
        .flags(TcpFlags::ACK | TcpFlags::PSH)
        .seq_ack(0x1000_0000, 0x2000_0000)
        .payload(b"GET / HTTP/1.1\r\n\r\n")
}

fn client_udp(flow: &FlowKey) -> Frame {
    Frame::udp(&addr(flow.saddr, flow.sport), &addr(flow.daddr, flow.dport))
        .macs(CLIENT_MAC, CARD_CLIENT_MAC)
        .payload(b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00")
}

fn addr(a: u32, p: u16) -> String {
    format!("{}:{}", std::net::Ipv4Addr::from(a), p)
}

fn fwd(port: u8, frame: Vec<u8>) -> Expect {
    Expect::Forward {
        port,
        frame,
        notify: None,
    }
}

fn row(description: &'static str, input: Vec<u8>, expect: Expect) -> Fixture {
    Fixture {
        description,
        setup: Setup::Standard,
        arrival: Arrival::Port(0),
        input,
        expect,
    }
}

fn from_server(description: &'static str, input: Vec<u8>, expect: Expect) -> Fixture {
    Fixture {
        arrival: Arrival::Port(1),
        ..row(description, input, expect)
    }
}

/// The TUN output for `input` (an untagged or tagged frame from the client): the
/// Ethernet header toward RS2, the outer header, then the input's IPv4 packet and any
/// padding, unchanged.
fn tunnelled(input: &[u8], tagged: bool, df: bool, tos: u8) -> Vec<u8> {
    let l3 = if tagged { 18 } else { 14 };
    let inner_len = u16::from_be_bytes([input[l3 + 2], input[l3 + 3]]) as usize;
    let outer = Frame::ip_proto(&format!("{TUNNEL_SRC}:0"), &format!("{}:0", rs_ip(2)), 4)
        .macs(CARD_SERVER_MAC, rs_mac(2))
        .id(0)
        .ttl(64)
        .df(df)
        .tos(tos)
        .payload(&input[l3..l3 + inner_len]);
    let outer = if tagged {
        outer.vlan(u16::from_be_bytes([input[14], input[15]]) & 0xFFF)
    } else {
        outer
    };
    let mut out = outer.build();
    out.extend_from_slice(&input[l3 + inner_len..]); // padding stays behind the packet
    out
}

// ---- sections -------------------------------------------------------------------

/// DR: only the Ethernet addresses change.
pub fn dr() -> Vec<Fixture> {
    let f = flows::dr();
    let v = flows::dr_vlan();
    let out = |fr: Frame| fr.macs(CARD_SERVER_MAC, rs_mac(1)).build();
    vec![
        row(
            "DR: client to VIP, MACs rewritten to RS1, IP untouched",
            client_tcp(&f).build(),
            fwd(1, out(client_tcp(&f))),
        ),
        row(
            "DR: 802.1Q-tagged, tag kept",
            client_tcp(&f).vlan(42).build(),
            fwd(1, out(client_tcp(&f).vlan(42))),
        ),
        row(
            "DR: next hop rewrites the VLAN ID to 100",
            client_tcp(&v).vlan(42).build(),
            fwd(1, out(client_tcp(&v).vlan(100))),
        ),
        row(
            "DR: untagged frame through a VID-rewriting next hop stays untagged",
            client_tcp(&v).build(),
            fwd(1, out(client_tcp(&v))),
        ),
        row(
            "DR: TTL 1 is fine (DR does not route)",
            client_tcp(&f).ttl(1).build(),
            fwd(1, out(client_tcp(&f).ttl(1))),
        ),
    ]
}

/// TUN: an outer IPv4 header, DF copied from the inner one.
pub fn tun() -> Vec<Fixture> {
    let f = flows::tun();
    let a = client_tcp(&f).tos(0x28).build();
    let b = client_tcp(&f).df(false).vlan(7).build();
    let c = client_tcp(&f).payload(b"x").pad_to(60).build();
    vec![
        row(
            "TUN: IP-in-IP to RS2, outer DF copied (set), TOS copied",
            a.clone(),
            fwd(1, tunnelled(&a, false, true, 0x28)),
        ),
        row(
            "TUN: tagged, DF clear",
            b.clone(),
            fwd(1, tunnelled(&b, true, false, 0)),
        ),
        row(
            "TUN: 60-byte padded frame, padding kept after the inner packet",
            c.clone(),
            fwd(1, tunnelled(&c, false, true, 0)),
        ),
    ]
}

/// NAT: destination to the real server, replies from the VIP.
pub fn nat() -> Vec<Fixture> {
    let f = flows::nat();
    let u = flows::nat_udp();
    let rs = |p: u16| format!("{}:{p}", rs_ip(3));
    let client = || format!("10.0.0.2:{}", f.sport);
    let reply = |fr: Frame| {
        fr.macs(rs_mac(3), CARD_SERVER_MAC)
            .flags(TcpFlags::ACK)
            .seq_ack(0x5000_0000, 0x1000_0012)
    };
    let rs2 = format!("{}:53", rs_ip(2));
    vec![
        row(
            "NAT forward: destination becomes RS3:8080, TTL 63, checksums updated",
            client_tcp(&f).build(),
            fwd(
                1,
                Frame::tcp(&client(), &rs(8080))
                    .macs(CARD_SERVER_MAC, rs_mac(3))
                    .flags(TcpFlags::ACK | TcpFlags::PSH)
                    .seq_ack(0x1000_0000, 0x2000_0000)
                    .payload(b"GET / HTTP/1.1\r\n\r\n")
                    .ttl(63)
                    .build(),
            ),
        ),
        from_server(
            "NAT reverse: the reply's source becomes the VIP, to the client's router",
            reply(Frame::tcp(&rs(8080), &client()))
                .payload(b"HTTP/1.1 200 OK\r\n")
                .build(),
            fwd(
                0,
                Frame::tcp("10.0.0.102:8080", &client())
                    .macs(CARD_CLIENT_MAC, ROUTER_MAC)
                    .flags(TcpFlags::ACK)
                    .seq_ack(0x5000_0000, 0x1000_0012)
                    .payload(b"HTTP/1.1 200 OK\r\n")
                    .ttl(63)
                    .build(),
            ),
        ),
        from_server(
            "NAT reverse, tagged",
            reply(Frame::tcp(&rs(8080), &client())).vlan(9).build(),
            fwd(
                0,
                Frame::tcp("10.0.0.102:8080", &client())
                    .macs(CARD_CLIENT_MAC, ROUTER_MAC)
                    .flags(TcpFlags::ACK)
                    .seq_ack(0x5000_0000, 0x1000_0012)
                    .ttl(63)
                    .vlan(9)
                    .build(),
            ),
        ),
        row(
            "NAT forward UDP with a checksum",
            client_udp(&u).build(),
            fwd(
                1,
                Frame::udp("10.0.0.2:40005", &rs2)
                    .macs(CARD_SERVER_MAC, rs_mac(2))
                    .payload(b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00")
                    .ttl(63)
                    .build(),
            ),
        ),
        row(
            "NAT forward UDP, checksum 0 stays 0",
            client_udp(&u).no_udp_checksum().build(),
            fwd(
                1,
                Frame::udp("10.0.0.2:40005", &rs2)
                    .macs(CARD_SERVER_MAC, rs_mac(2))
                    .payload(b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00")
                    .no_udp_checksum()
                    .ttl(63)
                    .build(),
            ),
        ),
        row(
            "NAT forward, 60-byte frame with Ethernet padding (padding kept)",
            client_tcp(&f).payload(b"").pad_to(60).build(),
            fwd(
                1,
                Frame::tcp(&client(), &rs(8080))
                    .macs(CARD_SERVER_MAC, rs_mac(3))
                    .flags(TcpFlags::ACK | TcpFlags::PSH)
                    .seq_ack(0x1000_0000, 0x2000_0000)
                    .ttl(63)
                    .pad_to(60)
                    .build(),
            ),
        ),
    ]
}

/// FULLNAT: both addresses rewritten; the PROXY header's bytes shift seq and ack.
pub fn fullnat() -> Vec<Fixture> {
    let u = flows::fullnat_udp();
    let t = flows::fullnat_tcp();
    let rs1 = format!("{}:5353", rs_ip(1));
    let rs2 = format!("{}:8000", rs_ip(2));
    let dns = b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00";
    vec![
        row(
            "FULLNAT forward UDP: client -> local 172.16.0.2:20003, VIP -> RS1:5353",
            client_udp(&u).build(),
            fwd(
                1,
                Frame::udp("172.16.0.2:20003", &rs1)
                    .macs(CARD_SERVER_MAC, rs_mac(1))
                    .payload(dns)
                    .ttl(63)
                    .build(),
            ),
        ),
        from_server(
            "FULLNAT reverse UDP: RS1 -> VIP, local address -> client",
            Frame::udp(&rs1, "172.16.0.2:20003")
                .macs(rs_mac(1), CARD_SERVER_MAC)
                .payload(b"answer")
                .build(),
            fwd(
                0,
                Frame::udp("10.0.0.103:53", "10.0.0.2:40003")
                    .macs(CARD_CLIENT_MAC, ROUTER_MAC)
                    .payload(b"answer")
                    .ttl(63)
                    .build(),
            ),
        ),
        row(
            "FULLNAT forward TCP: seq grows by the PROXY header's 28 bytes",
            client_tcp(&t).build(),
            fwd(
                1,
                Frame::tcp("172.16.0.2:20004", &rs2)
                    .macs(CARD_SERVER_MAC, rs_mac(2))
                    .flags(TcpFlags::ACK | TcpFlags::PSH)
                    .seq_ack(0x1000_0000 + PROXY_DELTA as u32, 0x2000_0000)
                    .payload(b"GET / HTTP/1.1\r\n\r\n")
                    .ttl(63)
                    .build(),
            ),
        ),
        from_server(
            "FULLNAT reverse TCP: ack shrinks by 28, tagged",
            Frame::tcp(&rs2, "172.16.0.2:20004")
                .macs(rs_mac(2), CARD_SERVER_MAC)
                .flags(TcpFlags::ACK)
                .seq_ack(0x7000_0000, 0x1000_0040)
                .vlan(3)
                .build(),
            fwd(
                0,
                Frame::tcp("10.0.0.106:80", "10.0.0.2:40004")
                    .macs(CARD_CLIENT_MAC, ROUTER_MAC)
                    .flags(TcpFlags::ACK)
                    .seq_ack(0x7000_0000, 0x1000_0040 - PROXY_DELTA as u32)
                    .ttl(63)
                    .vlan(3)
                    .build(),
            ),
        ),
    ]
}

/// Hardware scheduling, notifications and injections.
pub fn scheduling() -> Vec<Fixture> {
    let m = flows::maglev_new();
    let syn = client_tcp(&m).flags(TcpFlags::SYN).payload(b"");
    // The model decides which real server Maglev picks; the row checks the rest.
    let card = standard_card(CardConfig::NARROW, Setup::Standard);
    let slot = fpvs_abi::hash::maglev_slot(flow_hash(&m), 0, 251);
    let rs = card.tables.maglev(slot).0.expect("slot filled") as u8;
    let f = flows::dr();
    let fin = client_tcp(&f).flags(TcpFlags::FIN | TcpFlags::ACK);
    vec![
        row(
            "Maglev: a SYN to a hardware-scheduled VIP goes to the slot's real server, host notified (Learn)",
            syn.build(),
            Expect::Forward { port: 1, frame: syn.clone().macs(CARD_SERVER_MAC, rs_mac(rs)).build(), notify: Some(NotifyKind::Learn) },
        ),
        row(
            "Maglev: a non-SYN miss is scheduled the same way (Katran behaviour)",
            client_tcp(&m).build(),
            Expect::Forward { port: 1, frame: client_tcp(&m).macs(CARD_SERVER_MAC, rs_mac(rs)).build(), notify: Some(NotifyKind::Learn) },
        ),
        row(
            "FIN on an established flow: forwarded, host notified (FinRst)",
            fin.build(),
            Expect::Forward { port: 1, frame: fin.clone().macs(CARD_SERVER_MAC, rs_mac(1)).build(), notify: Some(NotifyKind::FinRst) },
        ),
        Fixture {
            description: "Injection, verbatim: out of port 1 unchanged",
            setup: Setup::Standard,
            arrival: Arrival::Verbatim(1),
            input: client_tcp(&flows::maglev_new()).ttl(0).build(),
            expect: fwd(1, client_tcp(&flows::maglev_new()).ttl(0).build()),
        },
        Fixture {
            description: "Injection, verbatim: a frame shorter than its IPv4 length still leaves unchanged",
            setup: Setup::Standard,
            arrival: Arrival::Verbatim(1),
            input: client_tcp(&f).payload_len(1200).truncate(190).build(),
            expect: fwd(1, client_tcp(&f).payload_len(1200).truncate(190).build()),
        },
        Fixture {
            description: "Injection through the pipeline: handled as if it arrived on port 0",
            setup: Setup::Standard,
            arrival: Arrival::Inject(0),
            input: client_tcp(&f).build(),
            expect: fwd(1, client_tcp(&f).macs(CARD_SERVER_MAC, rs_mac(1)).build()),
        },
    ]
}

/// One row per exception reason (and then some).
pub fn exceptions() -> Vec<Fixture> {
    use ExceptionReason as R;
    let c = || client_tcp(&flows::dr());
    let svc = |sport: u16, flags: u8| {
        Frame::tcp(&format!("10.0.0.77:{sport}"), "10.0.0.100:80")
            .macs(CLIENT_MAC, CARD_CLIENT_MAC)
            .flags(flags)
    };
    let mut tcp_doff4 = c().build();
    tcp_doff4[14 + 20 + 12] = 0x40;
    vec![
        row("TCP SYN miss on a host-scheduled VIP: new flow", svc(1, TcpFlags::SYN).build(), Expect::Exception(R::NewFlow)),
        row("UDP miss on a host-scheduled VIP: new flow", Frame::udp("10.0.0.77:5", "10.0.0.103:53").build(), Expect::Exception(R::NewFlow)),
        row("TCP non-SYN miss (ACK): flow miss", svc(2, TcpFlags::ACK).build(), Expect::Exception(R::FlowMiss)),
        row("TCP SYN+ACK miss: flow miss, not a new flow", svc(3, TcpFlags::SYN | TcpFlags::ACK).build(), Expect::Exception(R::FlowMiss)),
        row("no service for the destination", Frame::tcp("10.0.0.77:1", "10.9.9.9:80").build(), Expect::Exception(R::NoService)),
        row("ARP request", Frame::arp_request("10.0.0.2", "10.0.0.100").build(), Expect::Exception(R::Arp)),
        row("ARP, tagged", Frame::arp_request("10.0.0.2", "10.0.0.100").vlan(5).build(), Expect::Exception(R::Arp)),
        row("ICMP echo request to a VIP", Frame::icmp("10.0.0.2:0", "10.0.0.100:0", 8).payload_len(56).build(), Expect::Exception(R::Icmp)),
        row("IPv4 options", c().ip_options(&[0x94, 0x04, 0, 0]).build(), Expect::Exception(R::Ipv4Options)),
        row("first fragment (MF)", c().fragment(true, 0).build(), Expect::Exception(R::Fragment)),
        row("later fragment (offset)", c().fragment(false, 185).build(), Expect::Exception(R::Fragment)),
        row("NAT with TTL 1: expired", client_tcp(&flows::nat()).ttl(1).build(), Expect::Exception(R::TtlExpired)),
        row("FULLNAT with TTL 0: expired", client_udp(&flows::fullnat_udp()).ttl(0).build(), Expect::Exception(R::TtlExpired)),
        row("malformed: frame ends inside the IPv4 header", c().truncate(30).build(), Expect::Exception(R::Malformed)),
        row("malformed: IPv4 version 6 in an IPv4 ethertype", c().ip_version(6).build(), Expect::Exception(R::Malformed)),
        row("malformed: total length smaller than the header", c().total_len_delta(-40).build(), Expect::Exception(R::Malformed)),
        row("malformed: TCP data offset 4", tcp_doff4, Expect::Exception(R::Malformed)),
        row("malformed: tagged frame shorter than its tag", c().vlan(3).truncate(16).build(), Expect::Exception(R::Malformed)),
        row("tunnel MTU exceeded with DF", client_tcp(&flows::tun()).payload_len(1460).build(), Expect::Exception(R::TunnelMtu)),
        row("tunnel MTU exceeded without DF (host fragments)", client_tcp(&flows::tun()).payload_len(1460).df(false).build(), Expect::Exception(R::TunnelMtu)),
        Fixture {
            description: "table full: a Maglev new flow whose candidate buckets are both full goes to the host",
            setup: Setup::FullBuckets,
            ..row("", client_tcp(&flows::maglev_new()).flags(TcpFlags::SYN).payload(b"").build(), Expect::Exception(R::TableFull))
        },
        row("unsupported ethertype (IPv6)", Frame::ethertype(0x86DD, &[0x60; 48]).build(), Expect::Exception(R::Unsupported)),
        row("unsupported: QinQ outer tag", Frame::ethertype(0x88A8, &[0; 50]).build(), Expect::Exception(R::Unsupported)),
        row("unsupported IPv4 protocol (GRE)", Frame::ip_proto("10.0.0.2:0", "10.0.0.100:0", 47).payload_len(30).build(), Expect::Exception(R::Unsupported)),
        row("flow entry says punt", client_tcp(&flows::punt()).build(), Expect::Exception(R::FlowPunt)),
    ]
}

/// One row per drop reason the model knows.
pub fn drops() -> Vec<Fixture> {
    use DropReason as D;
    let c = || client_tcp(&flows::dr());
    vec![
        row(
            "truncated: frame shorter than the IPv4 total length",
            c().total_len_delta(10).build(),
            Expect::Drop(D::Truncated),
        ),
        row(
            "truncated: a jumbo frame cut in its payload",
            c().payload_len(8000).truncate(5000).build(),
            Expect::Drop(D::Truncated),
        ),
        row(
            "bad IPv4 header checksum",
            c().bad_ip_checksum().build(),
            Expect::Drop(D::BadChecksum),
        ),
        row(
            "flow entry names an invalid next hop",
            client_tcp(&flows::bad_nexthop()).build(),
            Expect::Drop(D::BadAction),
        ),
        Fixture {
            description: "Maglev slot empty",
            setup: Setup::EmptyMaglev,
            ..row(
                "",
                client_tcp(&flows::maglev_new())
                    .flags(TcpFlags::SYN)
                    .build(),
                Expect::Drop(D::BadAction),
            )
        },
        row("runt: 13 bytes", vec![0xFF; 13], Expect::Drop(D::Runt)),
    ]
}

/// Frame sizes: the minimum and a jumbo.
pub fn sizes() -> Vec<Fixture> {
    let f = flows::dr();
    let n = flows::nat();
    let min = client_tcp(&f).payload(b"").pad_to(60);
    let jumbo = client_tcp(&f).payload_len(9014 - 54);
    let nat_jumbo = client_tcp(&n).payload_len(9014 - 54);
    vec![
        row(
            "minimum frame: 60 bytes, DR",
            min.build(),
            fwd(1, min.clone().macs(CARD_SERVER_MAC, rs_mac(1)).build()),
        ),
        row(
            "jumbo frame: 9014 bytes, DR",
            jumbo.build(),
            fwd(1, jumbo.clone().macs(CARD_SERVER_MAC, rs_mac(1)).build()),
        ),
        row(
            "jumbo frame: 9014 bytes, NAT (checksum over 8960 bytes updated incrementally)",
            nat_jumbo.build(),
            fwd(
                1,
                Frame::tcp("10.0.0.2:40002", &format!("{}:8080", rs_ip(3)))
                    .macs(CARD_SERVER_MAC, rs_mac(3))
                    .flags(TcpFlags::ACK | TcpFlags::PSH)
                    .seq_ack(0x1000_0000, 0x2000_0000)
                    .payload_len(9014 - 54)
                    .ttl(63)
                    .build(),
            ),
        ),
    ]
}

/// Every row.
pub fn all() -> Vec<Fixture> {
    let mut v = Vec::new();
    for s in [
        dr(),
        tun(),
        nat(),
        fullnat(),
        scheduling(),
        exceptions(),
        drops(),
        sizes(),
    ] {
        v.extend(s);
    }
    v
}

/// Checks an outcome against a row; `Err` describes the difference readably.
pub fn check(fx: &Fixture, got: &Expect) -> Result<(), String> {
    if *got == fx.expect {
        return Ok(());
    }
    match (&fx.expect, got) {
        (
            Expect::Forward {
                port: pw,
                frame: fw,
                notify: nw,
            },
            Expect::Forward {
                port: pg,
                frame: fg,
                notify: ng,
            },
        ) => {
            let mut msg = format!("{}:", fx.description);
            if pw != pg {
                msg += &format!(" port {pg}, expected {pw};");
            }
            if nw != ng {
                msg += &format!(" notify {ng:?}, expected {nw:?};");
            }
            if fw != fg {
                let at = fw
                    .iter()
                    .zip(fg)
                    .position(|(a, b)| a != b)
                    .unwrap_or(fw.len().min(fg.len()));
                msg += &format!(
                    " length {} (expected {}), first difference at byte {at} ({}): got {:02x?}, expected {:02x?}",
                    fg.len(),
                    fw.len(),
                    field_name(fw, at),
                    &fg[at.min(fg.len())..(at + 8).min(fg.len())],
                    &fw[at.min(fw.len())..(at + 8).min(fw.len())]
                );
            }
            Err(msg)
        }
        _ => Err(format!(
            "{}: got {}, expected {}",
            fx.description,
            short(got),
            short(&fx.expect)
        )),
    }
}

fn short(e: &Expect) -> String {
    match e {
        Expect::Forward {
            port,
            frame,
            notify,
        } => format!(
            "Forward(port {port}, {} bytes, notify {notify:?})",
            frame.len()
        ),
        Expect::Exception(r) => format!("Exception({r:?})"),
        Expect::Drop(r) => format!("Drop({r:?})"),
    }
}

/// The header field at byte `at` of an Ethernet frame, for readable diffs.
pub fn field_name(frame: &[u8], at: usize) -> String {
    let tagged = frame.len() > 13 && frame[12] == 0x81 && frame[13] == 0x00;
    let l3 = if tagged { 18 } else { 14 };
    let ip_field = |o: usize| match o {
        0 => "IPv4 version/IHL",
        1 => "IPv4 TOS",
        2 | 3 => "IPv4 total length",
        4 | 5 => "IPv4 id",
        6 | 7 => "IPv4 flags/fragment",
        8 => "IPv4 TTL",
        9 => "IPv4 protocol",
        10 | 11 => "IPv4 checksum",
        12..=15 => "IPv4 source",
        16..=19 => "IPv4 destination",
        _ => "",
    };
    match at {
        0..=5 => "Ethernet destination".into(),
        6..=11 => "Ethernet source".into(),
        12 | 13 => "ethertype/TPID".into(),
        14 | 15 if tagged => "802.1Q TCI".into(),
        16 | 17 if tagged => "ethertype".into(),
        a if a >= l3 && a < l3 + 20 => ip_field(a - l3).into(),
        a if a >= l3 + 20 && a < l3 + 40 => {
            let o = a - l3 - 20;
            match o {
                0 | 1 => "L4 source port".into(),
                2 | 3 => "L4 destination port".into(),
                4..=7 => "TCP seq / UDP length, checksum".into(),
                8..=11 => "TCP ack".into(),
                16 | 17 => "TCP checksum".into(),
                _ => format!("L4 header byte {o}"),
            }
        }
        a => format!("payload byte {}", a.saturating_sub(l3 + 40)),
    }
}

/// Runs a row on a model card built for it.
pub fn run_on_model(fx: &Fixture, config: CardConfig) -> Expect {
    let mut card = standard_card(config, fx.setup);
    let v = match fx.arrival {
        Arrival::Port(p) => card.receive(&fx.input, p),
        Arrival::Inject(p) => card.inject(&fx.input, p, false),
        Arrival::Verbatim(p) => card.inject(&fx.input, p, true),
    };
    expect_of(v)
}

/// A model verdict in fixture terms.
pub fn expect_of(v: fpvs_model::Verdict) -> Expect {
    match v {
        fpvs_model::Verdict::Forward {
            port,
            frame,
            notify,
            ..
        } => Expect::Forward {
            port,
            frame,
            notify: notify.map(|n| n.kind),
        },
        fpvs_model::Verdict::Exception { reason, .. } => Expect::Exception(reason),
        fpvs_model::Verdict::Drop { reason } => Expect::Drop(reason),
    }
}
