//! fpvsd's agent against the simulated card through vfio-user: configuration made
//! real (ARP resolution of the real servers through the card), new connections in
//! every mode scheduled, installed and re-injected, NAT replies, ARP and ICMP echo
//! for VIPs, quiescing with weight 0, and a restart that keeps every flow.

use fpvs_agent::agent::{Agent, Indices, NetConfig, PortConfig};
use fpvs_agent::card::{CardAddress, CardLink};
use fpvs_agent::config::{
    Config, ForwardMethod, LocalAddr, Protocol, RealServer, Scheduler, Service, ServiceKey,
};
use fpvs_agent::net::Arp;
use fpvs_model::packet::{Frame, TcpFlags};
use fpvs_sim::{Egress, SimDevice, SimOptions};
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

const CARD0: [u8; 6] = [0x02, 0xfc, 0, 0, 0, 0];
const CARD1: [u8; 6] = [0x02, 0xfc, 0, 0, 0, 1];
const CLIENT_MAC: [u8; 6] = [0x02, 0xc1, 0, 0, 0, 2];

fn rs_mac(i: u8) -> [u8; 6] {
    [0x02, 0x5e, 0, 0, 0, i]
}

fn net() -> NetConfig {
    NetConfig {
        ports: [
            PortConfig {
                mac: CARD0,
                addr: "10.0.0.254".parse().unwrap(),
                prefix: 24,
                gateway: None,
            },
            PortConfig {
                mac: CARD1,
                addr: "192.168.1.254".parse().unwrap(),
                prefix: 24,
                gateway: None,
            },
        ],
    }
}

fn svc(proto: Protocol, port: u16, sched: Scheduler) -> Service {
    Service {
        key: ServiceKey::Addr {
            proto,
            addr: "10.0.0.100".parse().unwrap(),
            port,
        },
        scheduler: sched,
        sched_flags: vec![],
        persistence: None,
        proxy_protocol: false,
    }
}

fn rs(last: u8, port: u16, method: ForwardMethod) -> RealServer {
    RealServer {
        addr: Ipv4Addr::new(192, 168, 1, last),
        port,
        method,
        weight: 1,
        u_threshold: 0,
        l_threshold: 0,
    }
}

fn config() -> Config {
    Config {
        services: vec![
            (
                svc(Protocol::Tcp, 80, Scheduler::Rr),
                vec![rs(11, 80, ForwardMethod::Dr), rs(12, 80, ForwardMethod::Dr)],
            ),
            (
                svc(Protocol::Tcp, 8080, Scheduler::Wlc),
                vec![rs(11, 8080, ForwardMethod::Nat)],
            ),
            (
                svc(Protocol::Udp, 53, Scheduler::Rr),
                vec![rs(12, 5353, ForwardMethod::FullNat)],
            ),
            (
                svc(Protocol::Tcp, 8443, Scheduler::Rr),
                vec![rs(12, 8443, ForwardMethod::Tun)],
            ),
            (
                svc(Protocol::Tcp, 443, Scheduler::Mh),
                vec![
                    rs(11, 443, ForwardMethod::Dr),
                    rs(12, 443, ForwardMethod::Tun),
                ],
            ),
        ],
        local_addrs: vec![
            LocalAddr {
                service: svc(Protocol::Udp, 53, Scheduler::Rr).key,
                addr: "192.168.1.201".parse().unwrap(),
            },
            LocalAddr {
                service: svc(Protocol::Udp, 53, Scheduler::Rr).key,
                addr: "192.168.1.202".parse().unwrap(),
            },
        ],
        ..Config::default()
    }
}

struct Bench {
    dev: SimDevice,
    egress: Egress,
    socket: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

fn bench() -> Bench {
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("card.sock");
    let (dev, egress) = SimDevice::start(&SimOptions {
        width: 8,
        seed: 3,
        socket: socket.clone(),
    })
    .unwrap_or_else(|e| panic!("{e}"));
    Bench {
        dev,
        egress,
        socket,
        _dir: dir,
    }
}

/// Runs the agent until `f` yields, answering ARP requests for the real servers on
/// the server side as the real servers would.
fn until<T>(
    b: &Bench,
    agent: &mut Agent,
    what: &str,
    mut f: impl FnMut(u8, &[u8]) -> Option<T>,
) -> T {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        agent.poll(Duration::from_millis(2)).unwrap();
        while let Ok((port, frame)) = b.egress.try_recv() {
            if port == 1 && frame[12..14] == [0x08, 0x06] {
                let a = Arp::parse(&frame, 14).unwrap();
                if a.op == 1 {
                    let last = a.tpa.octets()[3];
                    let reply = a.reply(rs_mac(last)).frame(rs_mac(last), a.sha);
                    b.dev.ingress(1, &reply);
                    continue;
                }
            }
            if let Some(v) = f(port, &frame) {
                return v;
            }
        }
    }
    panic!("timed out waiting for {what}; agent: {:?}", agent.stats());
}

fn ip_at(f: &[u8], at: usize) -> Ipv4Addr {
    Ipv4Addr::new(f[at], f[at + 1], f[at + 2], f[at + 3])
}

fn port_at(f: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([f[at], f[at + 1]])
}

fn client_syn(sport: u16, dport: u16) -> Vec<u8> {
    Frame::tcp(&format!("10.0.0.2:{sport}"), &format!("10.0.0.100:{dport}"))
        .macs(CLIENT_MAC, CARD0)
        .flags(TcpFlags::SYN)
        .build()
}

#[test]
fn new_connections_in_every_mode_then_a_restart_keeps_them() {
    let b = bench();
    let addr = CardAddress::VfioUser(b.socket.clone());
    let card = CardLink::open(&addr).unwrap();
    let mut agent = Agent::new(card, net(), Indices::default());
    let cfg = config();
    agent.sync(&cfg).unwrap();

    // DR, round robin: two connections land on the two real servers, MAC rewritten.
    let mut seen = Vec::new();
    for sport in [40000, 40001] {
        b.dev.ingress(0, &client_syn(sport, 80));
        let (dst, ip) = until(&b, &mut agent, "a DR frame", |port, f| {
            (port == 1).then(|| (f[0..6].to_vec(), ip_at(f, 30)))
        });
        assert_eq!(
            ip,
            Ipv4Addr::new(10, 0, 0, 100),
            "DR leaves the IP header alone"
        );
        seen.push(dst);
    }
    seen.sort();
    assert_eq!(seen, vec![rs_mac(11).to_vec(), rs_mac(12).to_vec()]);
    // The next frame of the first connection is forwarded by the card alone.
    let before = agent.stats().exceptions;
    b.dev.ingress(
        0,
        &Frame::tcp("10.0.0.2:40000", "10.0.0.100:80")
            .macs(CLIENT_MAC, CARD0)
            .flags(TcpFlags::ACK)
            .build(),
    );
    until(&b, &mut agent, "an established DR frame", |port, _| {
        (port == 1).then_some(())
    });
    assert_eq!(
        agent.stats().exceptions,
        before,
        "no exception for an established flow"
    );

    // NAT: destination rewritten; the reply comes back from the VIP to the client.
    b.dev.ingress(0, &client_syn(41000, 8080));
    let f = until(&b, &mut agent, "a NAT frame", |port, f| {
        (port == 1).then(|| f.to_vec())
    });
    assert_eq!(
        (ip_at(&f, 30), port_at(&f, 36)),
        (Ipv4Addr::new(192, 168, 1, 11), 8080)
    );
    assert_eq!(f[0..6], rs_mac(11));
    let reply = Frame::tcp("192.168.1.11:8080", "10.0.0.2:41000")
        .macs(rs_mac(11), CARD1)
        .flags(TcpFlags::SYN | TcpFlags::ACK)
        .build();
    b.dev.ingress(1, &reply);
    let f = until(&b, &mut agent, "a NAT reply", |port, f| {
        (port == 0).then(|| f.to_vec())
    });
    assert_eq!(
        (ip_at(&f, 26), port_at(&f, 34)),
        (Ipv4Addr::new(10, 0, 0, 100), 8080)
    );
    assert_eq!(f[0..6], CLIENT_MAC);
    assert_eq!(f[6..12], CARD0);

    // FULLNAT (UDP): source becomes one of the service's local addresses (round robin
    // over its pool) and a local port.
    let q = Frame::udp("10.0.0.2:5000", "10.0.0.100:53")
        .macs(CLIENT_MAC, CARD0)
        .payload(b"query")
        .build();
    b.dev.ingress(0, &q);
    let f = until(&b, &mut agent, "a FULLNAT frame", |port, f| {
        (port == 1).then(|| f.to_vec())
    });
    assert_eq!(ip_at(&f, 26), Ipv4Addr::new(192, 168, 1, 201));
    assert_eq!(
        (ip_at(&f, 30), port_at(&f, 36)),
        (Ipv4Addr::new(192, 168, 1, 12), 5353)
    );
    let lport = port_at(&f, 34);
    let answer = Frame::udp("192.168.1.12:5353", &format!("192.168.1.201:{lport}"))
        .macs(rs_mac(12), CARD1)
        .payload(b"answer")
        .build();
    b.dev.ingress(1, &answer);
    let f = until(&b, &mut agent, "a FULLNAT reply", |port, f| {
        (port == 0).then(|| f.to_vec())
    });
    assert_eq!(
        (ip_at(&f, 26), port_at(&f, 34)),
        (Ipv4Addr::new(10, 0, 0, 100), 53)
    );
    assert_eq!(
        (ip_at(&f, 30), port_at(&f, 36)),
        (Ipv4Addr::new(10, 0, 0, 2), 5000)
    );

    // The next FULLNAT connection takes the pool's next local address, which the card
    // answers ARP for on the server side.
    let q2 = Frame::udp("10.0.0.2:5001", "10.0.0.100:53")
        .macs(CLIENT_MAC, CARD0)
        .payload(b"query")
        .build();
    b.dev.ingress(0, &q2);
    let f = until(&b, &mut agent, "a second FULLNAT frame", |port, f| {
        (port == 1).then(|| f.to_vec())
    });
    assert_eq!(ip_at(&f, 26), Ipv4Addr::new(192, 168, 1, 202));
    assert_eq!(agent.local_addr_conns(Ipv4Addr::new(192, 168, 1, 202)), 1);
    b.dev.ingress(
        1,
        &Arp::request(
            rs_mac(12),
            Ipv4Addr::new(192, 168, 1, 12),
            Ipv4Addr::new(192, 168, 1, 202),
        )
        .frame(rs_mac(12), [0xff; 6]),
    );
    let f = until(&b, &mut agent, "ARP for a local address", |port, f| {
        (port == 1 && f[12..14] == [8, 6]).then(|| f.to_vec())
    });
    let a = Arp::parse(&f, 14).unwrap();
    assert_eq!(
        (a.op, a.spa, a.sha),
        (2, Ipv4Addr::new(192, 168, 1, 202), CARD1)
    );

    // Maglev in the card: no exception for a new connection once the servers resolved.
    let ex = agent.stats().exceptions;
    b.dev.ingress(0, &client_syn(42000, 443));
    let f = until(&b, &mut agent, "a hardware-scheduled frame", |port, f| {
        (port == 1 && f[12..14] == [8, 0]).then(|| f.to_vec())
    });
    assert!(
        f[0..6] == rs_mac(11) || f[0..6] == rs_mac(12),
        "{:02x?}",
        &f[..42]
    );
    assert_eq!(agent.stats().exceptions, ex);
    // The card told the host (Learn) and the host pinned the flow.
    let deadline = Instant::now() + Duration::from_secs(10);
    while agent.stats().learned == 0 && Instant::now() < deadline {
        agent.poll(Duration::from_millis(5)).unwrap();
    }
    assert_eq!(agent.stats().learned, 1);

    // ARP and ICMP echo for the VIP.
    b.dev.ingress(
        0,
        &Frame::arp_request("10.0.0.2", "10.0.0.100")
            .macs(CLIENT_MAC, [0xff; 6])
            .build(),
    );
    let f = until(&b, &mut agent, "an ARP reply", |port, f| {
        (port == 0 && f[12..14] == [8, 6]).then(|| f.to_vec())
    });
    let a = Arp::parse(&f, 14).unwrap();
    assert_eq!(
        (a.op, a.spa, a.sha),
        (2, Ipv4Addr::new(10, 0, 0, 100), CARD0)
    );
    b.dev.ingress(
        0,
        &Frame::icmp("10.0.0.2", "10.0.0.100", 8)
            .macs(CLIENT_MAC, CARD0)
            .payload(b"ping")
            .build(),
    );
    let f = until(&b, &mut agent, "an echo reply", |port, f| {
        (port == 0 && f[23] == 1).then(|| f.to_vec())
    });
    assert_eq!((f[34], ip_at(&f, 26)), (0, Ipv4Addr::new(10, 0, 0, 100)));

    // TUN over the tunnel MTU with DF: the client is told the inner MTU.
    agent
        .card
        .regs
        .write(fpvs_abi::regs::ctrl::TUN_MTU, 600)
        .unwrap();
    let big = Frame::tcp("10.0.0.2:43000", "10.0.0.100:8443")
        .macs(CLIENT_MAC, CARD0)
        .flags(TcpFlags::ACK)
        .df(true)
        .payload_len(1000)
        .build();
    b.dev.ingress(0, &big);
    let f = until(&b, &mut agent, "ICMP fragmentation needed", |port, f| {
        (port == 0 && f[23] == 1 && f[34] == 3).then(|| f.to_vec())
    });
    assert_eq!((f[34], f[35]), (3, 4));
    assert_eq!(u16::from_be_bytes([f[40], f[41]]), 580);
    assert_eq!(ip_at(&f, 30), Ipv4Addr::new(10, 0, 0, 2));
    assert_eq!(agent.stats().frag_needed, 1);

    // ---- restart: the agent goes away, a new one adopts the card's flows -----------
    let conns = agent.conns().count();
    assert!(conns >= 5, "{conns} connections");
    let indices = agent.indices().clone();
    drop(agent);
    let card = CardLink::open(&addr).unwrap();
    let mut agent = Agent::new(card, net(), indices);
    agent.sync(&cfg).unwrap();
    agent.adopt_flows();
    assert_eq!(agent.conns().count(), conns);
    let ex = agent.stats().exceptions;
    b.dev.ingress(
        0,
        &Frame::tcp("10.0.0.2:41000", "10.0.0.100:8080")
            .macs(CLIENT_MAC, CARD0)
            .flags(TcpFlags::ACK)
            .build(),
    );
    let f = until(&b, &mut agent, "the NAT flow after a restart", |port, f| {
        (port == 1).then(|| f.to_vec())
    });
    assert_eq!(ip_at(&f, 30), Ipv4Addr::new(192, 168, 1, 11));
    assert_eq!(agent.stats().exceptions, ex, "the card still had the flow");
}

/// Checks a frame's IPv4 and TCP checksums; returns (seq, ack, options, payload).
fn tcp_of(f: &[u8]) -> (u32, u32, Vec<etherparse::TcpOptionElement>, Vec<u8>) {
    let p = etherparse::SlicedPacket::from_ethernet(f).unwrap();
    let Some(etherparse::NetSlice::Ipv4(ip)) = &p.net else {
        panic!("not IPv4")
    };
    let h = ip.header().to_header();
    assert_eq!(h.calc_header_checksum(), h.header_checksum, "IPv4 checksum");
    let Some(etherparse::TransportSlice::Tcp(t)) = &p.transport else {
        panic!("not TCP")
    };
    let sum = t.to_header().calc_checksum_ipv4(&h, t.payload()).unwrap();
    assert_eq!(sum, t.checksum(), "TCP checksum");
    let opts = t.options_iterator().map(|o| o.unwrap()).collect();
    (
        t.sequence_number(),
        t.acknowledgment_number(),
        opts,
        t.payload().to_vec(),
    )
}

#[test]
fn proxy_protocol_header_reaches_the_real_server_then_the_card_takes_over() {
    use etherparse::{PacketBuilder, TcpOptionElement};
    let b = bench();
    let addr = CardAddress::VfioUser(b.socket.clone());
    let mut agent = Agent::new(CardLink::open(&addr).unwrap(), net(), Indices::default());
    let mut cfg = config();
    let mut s = svc(Protocol::Tcp, 9000, Scheduler::Rr);
    s.proxy_protocol = true;
    cfg.services
        .push((s, vec![rs(12, 9000, ForwardMethod::FullNat)]));
    agent.sync(&cfg).unwrap();

    // The client's SYN, with SACK permitted: it reaches the real server translated and
    // without SACK (the card does not shift SACK blocks).
    let mut syn = Vec::new();
    PacketBuilder::ethernet2(CLIENT_MAC, CARD0)
        .ipv4([10, 0, 0, 2], [10, 0, 0, 100], 64)
        .tcp(45000, 9000, 1000, 64240)
        .syn()
        .options(&[
            TcpOptionElement::MaximumSegmentSize(1460),
            TcpOptionElement::SelectiveAcknowledgementPermitted,
            TcpOptionElement::WindowScale(7),
        ])
        .unwrap()
        .write(&mut syn, &[])
        .unwrap();
    b.dev.ingress(0, &syn);
    let f = until(&b, &mut agent, "the SYN at the real server", |port, f| {
        (port == 1 && f[12..14] == [8, 0]).then(|| f.to_vec())
    });
    let (seq, _, opts, _) = tcp_of(&f);
    assert_eq!(seq, 1000);
    assert!(!opts.contains(&TcpOptionElement::SelectiveAcknowledgementPermitted));
    assert!(opts.contains(&TcpOptionElement::MaximumSegmentSize(1460)));
    assert_eq!(
        (ip_at(&f, 30), port_at(&f, 36)),
        (Ipv4Addr::new(192, 168, 1, 12), 9000)
    );
    let (laddr, lport) = (ip_at(&f, 26), port_at(&f, 34));
    assert_eq!(laddr, Ipv4Addr::new(192, 168, 1, 254));
    let from_rs = |flags: u8, seq: u32, ack: u32, data: &[u8]| {
        Frame::tcp("192.168.1.12:9000", &format!("{laddr}:{lport}"))
            .macs(rs_mac(12), CARD1)
            .flags(flags)
            .seq_ack(seq, ack)
            .payload(data)
            .build()
    };
    let from_client = |flags: u8, seq: u32, ack: u32, data: &[u8]| {
        Frame::tcp("10.0.0.2:45000", "10.0.0.100:9000")
            .macs(CLIENT_MAC, CARD0)
            .flags(flags)
            .seq_ack(seq, ack)
            .payload(data)
            .build()
    };
    let to =
        |port: u8| move |p: u8, f: &[u8]| (p == port && f[12..14] == [8, 0]).then(|| f.to_vec());

    // SYN-ACK back to the client, unchanged numbers.
    b.dev
        .ingress(1, &from_rs(TcpFlags::SYN | TcpFlags::ACK, 5000, 1001, b""));
    let f = until(&b, &mut agent, "the SYN-ACK at the client", to(0));
    assert_eq!(tcp_of(&f).1, 1001);
    assert_eq!(
        (ip_at(&f, 26), ip_at(&f, 30)),
        (Ipv4Addr::new(10, 0, 0, 100), Ipv4Addr::new(10, 0, 0, 2))
    );
    // The handshake's ACK, then the first data: the header goes in front of it.
    b.dev
        .ingress(0, &from_client(TcpFlags::ACK, 1001, 5001, b""));
    let f = until(&b, &mut agent, "the handshake ACK", to(1));
    assert_eq!(tcp_of(&f).0, 1001);
    b.dev
        .ingress(0, &from_client(TcpFlags::ACK, 1001, 5001, b"hello"));
    let f = until(&b, &mut agent, "the first data", to(1));
    let (seq, _, _, payload) = tcp_of(&f);
    assert_eq!(seq, 1001);
    let header = fpvs_agent::proxy::header_v2(
        (Ipv4Addr::new(10, 0, 0, 2), 45000),
        (Ipv4Addr::new(10, 0, 0, 100), 9000),
    );
    assert_eq!(&payload[..28], &header);
    assert_eq!(&payload[28..], b"hello");
    assert_eq!(agent.stats().proxy_headers, 1);
    // The server acknowledges header and data and answers: the client sees its own
    // numbers, and the card takes the connection over.
    b.dev
        .ingress(1, &from_rs(TcpFlags::ACK, 5001, 1001 + 28 + 5, b"world"));
    let f = until(&b, &mut agent, "the answer", to(0));
    let (_, ack, _, payload) = tcp_of(&f);
    assert_eq!((ack, payload.as_slice()), (1006, &b"world"[..]));
    for _ in 0..5 {
        agent.poll(Duration::from_millis(2)).unwrap();
    }
    let ex = agent.stats().exceptions;
    b.dev
        .ingress(0, &from_client(TcpFlags::ACK, 1006, 5006, b"more"));
    let f = until(&b, &mut agent, "data through the card", to(1));
    assert_eq!(tcp_of(&f).0, 1006 + 28);
    b.dev.ingress(
        1,
        &from_rs(TcpFlags::ACK | TcpFlags::FIN, 5006, 1010 + 28, b""),
    );
    let f = until(&b, &mut agent, "a reply through the card", to(0));
    assert_eq!(tcp_of(&f).1, 1010);
    assert_eq!(
        agent.stats().exceptions,
        ex,
        "the card carries the connection"
    );
}

#[test]
fn connections_age_out_by_the_cards_timestamps() {
    let b = bench();
    let addr = CardAddress::VfioUser(b.socket.clone());
    let mut agent = Agent::new(CardLink::open(&addr).unwrap(), net(), Indices::default());
    let mut cfg = config();
    cfg.timeouts.udp = 2;
    agent.sync(&cfg).unwrap();
    let ts = |agent: &Agent| agent.card.regs.read(fpvs_abi::regs::ctrl::TS_NOW).unwrap();
    let q = |sport: u16| {
        Frame::udp(&format!("10.0.0.2:{sport}"), "10.0.0.100:53")
            .macs(CLIENT_MAC, CARD0)
            .payload(b"query")
            .build()
    };
    // The first poll takes the card's clock in hand.
    agent.poll(Duration::from_millis(1)).unwrap();
    let start = Instant::now();
    let t0 = ts(&agent);
    b.dev.ingress(0, &q(6000));
    until(&b, &mut agent, "the first datagram", |port, _| {
        (port == 1).then_some(())
    });
    assert_eq!(agent.conns().count(), 1);
    // Traffic every 400 ms for 3.2 s, longer than the 2 s timeout: the connection stays.
    let mut last = Instant::now();
    while start.elapsed() < Duration::from_millis(3200) {
        if last.elapsed() >= Duration::from_millis(400) {
            b.dev.ingress(0, &q(6000));
            last = Instant::now();
        }
        agent.poll(Duration::from_millis(20)).unwrap();
        assert_eq!(agent.conns().count(), 1, "expired while active");
    }
    let last_packet = last;
    // The simulator clocks only while it has work, yet the card's clock kept up with
    // the host's: its stamps are in host milliseconds.
    let ticks = ts(&agent).wrapping_sub(t0);
    assert!(ticks >= 2500, "{ticks} ticks in {:?}", start.elapsed());
    // Idle: it goes, no sooner than its timeout after its last packet.
    while agent.conns().count() == 1 && last_packet.elapsed() < Duration::from_secs(8) {
        agent.poll(Duration::from_millis(20)).unwrap();
    }
    assert_eq!(agent.conns().count(), 0, "still there after 8 s idle");
    let idle = last_packet.elapsed();
    assert!(
        idle >= Duration::from_secs(2) && idle < Duration::from_millis(4500),
        "expired after {idle:?} idle"
    );
    assert_eq!(agent.stats().expired, 1);
}

/// An ICMP error (type, code) from `src` to `dst` quoting the first 28 bytes of the
/// IPv4 packet `quoted` (a frame; its IPv4 header at 14).
fn icmp_error(
    src: &str,
    dst: &str,
    kind: (u8, u8),
    quoted: &[u8],
    macs: ([u8; 6], [u8; 6]),
) -> Vec<u8> {
    let mut body = vec![kind.0, kind.1, 0, 0, 0, 0, 0, 0];
    body.extend_from_slice(&quoted[14..14 + 28]);
    let c = fpvs_agent::net::checksum(&body);
    body[2..4].copy_from_slice(&c.to_be_bytes());
    Frame::ip_proto(src, dst, 1)
        .macs(macs.0, macs.1)
        .payload(&body)
        .build()
}

/// Checks an ICMP error's checksums (outer IPv4, ICMP, quoted IPv4) and returns its
/// outer (source, destination) and quoted (source, destination) socket addresses.
fn icmp_of(f: &[u8]) -> ((Ipv4Addr, Ipv4Addr), (Ipv4Addr, u16, Ipv4Addr, u16)) {
    use fpvs_agent::net::checksum;
    let total = usize::from(u16::from_be_bytes([f[16], f[17]]));
    assert_eq!(checksum(&f[14..34]), 0, "outer IPv4 checksum");
    assert_eq!(f[23], 1, "ICMP");
    assert_eq!(checksum(&f[34..14 + total]), 0, "ICMP checksum");
    assert_eq!(checksum(&f[42..62]), 0, "quoted IPv4 checksum");
    (
        (ip_at(f, 26), ip_at(f, 30)),
        (ip_at(f, 54), port_at(f, 62), ip_at(f, 58), port_at(f, 64)),
    )
}

#[test]
fn icmp_errors_reach_the_other_side_of_their_connection() {
    let b = bench();
    let addr = CardAddress::VfioUser(b.socket.clone());
    let mut agent = Agent::new(CardLink::open(&addr).unwrap(), net(), Indices::default());
    agent.sync(&config()).unwrap();
    let vip = Ipv4Addr::new(10, 0, 0, 100);
    let client = Ipv4Addr::new(10, 0, 0, 2);
    let rs11 = Ipv4Addr::new(192, 168, 1, 11);
    let rs12 = Ipv4Addr::new(192, 168, 1, 12);
    let to =
        |port: u8| move |p: u8, f: &[u8]| (p == port && f[12..14] == [8, 0]).then(|| f.to_vec());

    // NAT connection 10.0.0.2:41000 -> VIP:8080 -> 192.168.1.11:8080.
    b.dev.ingress(0, &client_syn(41000, 8080));
    let to_rs = until(&b, &mut agent, "the NAT SYN", to(1));
    // The real server's host says "port unreachable" about it: the client hears it
    // from the VIP, about the packet it sent to the VIP.
    b.dev.ingress(
        1,
        &icmp_error(
            "192.168.1.11",
            "10.0.0.2",
            (3, 3),
            &to_rs,
            (rs_mac(11), CARD1),
        ),
    );
    let f = until(&b, &mut agent, "the ICMP error at the client", to(0));
    assert_eq!(icmp_of(&f), ((vip, client), (client, 41000, vip, 8080)));
    assert_eq!(f[0..6], CLIENT_MAC);
    // A router on the client's path says "fragmentation needed" about the reply: the
    // real server hears it, about the packet it sent.
    let reply = Frame::tcp("10.0.0.100:8080", "10.0.0.2:41000")
        .flags(TcpFlags::SYN | TcpFlags::ACK)
        .build();
    b.dev.ingress(
        0,
        &icmp_error(
            "10.0.0.1",
            "10.0.0.100",
            (3, 4),
            &reply,
            (CLIENT_MAC, CARD0),
        ),
    );
    let f = until(&b, &mut agent, "the ICMP error at the real server", to(1));
    let ((_, dst), quoted) = icmp_of(&f);
    assert_eq!((dst, quoted), (rs11, (rs11, 8080, client, 41000)));
    assert_eq!(f[0..6], rs_mac(11));

    // FULLNAT (UDP) 10.0.0.2:5000 -> VIP:53 -> local address -> 192.168.1.12:5353.
    let q = Frame::udp("10.0.0.2:5000", "10.0.0.100:53")
        .macs(CLIENT_MAC, CARD0)
        .payload(b"query")
        .build();
    b.dev.ingress(0, &q);
    let to_rs = until(&b, &mut agent, "the FULLNAT datagram", to(1));
    let (laddr, lport) = (ip_at(&to_rs, 26), port_at(&to_rs, 34));
    b.dev.ingress(
        1,
        &icmp_error(
            "192.168.1.12",
            &laddr.to_string(),
            (3, 3),
            &to_rs,
            (rs_mac(12), CARD1),
        ),
    );
    let f = until(
        &b,
        &mut agent,
        "the FULLNAT ICMP error at the client",
        to(0),
    );
    assert_eq!(icmp_of(&f), ((vip, client), (client, 5000, vip, 53)));
    // And the other way: the real server hears about its answer, from the local
    // address's side.
    let answer = Frame::udp("10.0.0.100:53", "10.0.0.2:5000")
        .payload(b"answer")
        .build();
    b.dev.ingress(
        0,
        &icmp_error(
            "10.0.0.2",
            "10.0.0.100",
            (3, 3),
            &answer,
            (CLIENT_MAC, CARD0),
        ),
    );
    let f = until(
        &b,
        &mut agent,
        "the FULLNAT ICMP error at the server",
        to(1),
    );
    assert_eq!(icmp_of(&f), ((laddr, rs12), (rs12, 5353, laddr, lport)));

    // DR: an error about the real server's direct reply reaches the real server as
    // the card forwards the connection (only the Ethernet header changes).
    b.dev.ingress(0, &client_syn(40000, 80));
    let syn = until(&b, &mut agent, "the DR SYN", to(1));
    let dr_rs = syn[0..6].to_vec();
    let reply = Frame::tcp("10.0.0.100:80", "10.0.0.2:40000").build();
    let err = icmp_error(
        "10.0.0.1",
        "10.0.0.100",
        (11, 0),
        &reply,
        (CLIENT_MAC, CARD0),
    );
    b.dev.ingress(0, &err);
    let f = until(&b, &mut agent, "the DR ICMP error", to(1));
    assert_eq!(f[0..6], dr_rs[..]);
    assert_eq!(f[14..], err[14..f.len()]);

    // An error that matches no connection is dropped by policy.
    let drops = agent.stats().policy_drops;
    let other = Frame::tcp("10.0.0.100:80", "10.0.0.9:1").build();
    b.dev.ingress(
        0,
        &icmp_error(
            "10.0.0.1",
            "10.0.0.100",
            (3, 1),
            &other,
            (CLIENT_MAC, CARD0),
        ),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while agent.stats().policy_drops == drops && Instant::now() < deadline {
        agent.poll(Duration::from_millis(5)).unwrap();
    }
    assert_eq!(agent.stats().policy_drops, drops + 1);
    assert_eq!(agent.stats().icmp_errors, 5);
}

#[test]
fn firewall_mark_and_all_ports_services_are_matched_by_the_host() {
    use fpvs_agent::config::Persistence;
    let b = bench();
    let addr = CardAddress::VfioUser(b.socket.clone());
    let mut agent = Agent::new(CardLink::open(&addr).unwrap(), net(), Indices::default());
    agent.set_fwmark_rules(
        fpvs_agent::fwmark::Rules::parse(
            "*mangle\n\
             -A PREROUTING -d 10.0.0.110/32 -p tcp -m multiport --dports 80,443 -j MARK --set-xmark 0x1/0xffffffff\n\
             COMMIT\n",
        )
        .unwrap(),
    );
    let fwm = Service {
        key: ServiceKey::FwMark(1),
        ..svc(Protocol::Tcp, 0, Scheduler::Rr)
    };
    let all_ports = Service {
        key: ServiceKey::Addr {
            proto: Protocol::Tcp,
            addr: "10.0.0.105".parse().unwrap(),
            port: 0,
        },
        persistence: Some(Persistence {
            timeout: 300,
            netmask: Ipv4Addr::BROADCAST,
        }),
        ..svc(Protocol::Tcp, 0, Scheduler::Rr)
    };
    let cfg = Config {
        services: vec![
            (fwm, vec![rs(11, 0, ForwardMethod::Nat)]),
            (all_ports, vec![rs(12, 0, ForwardMethod::Dr)]),
        ],
        ..Config::default()
    };
    agent.check(&cfg).unwrap();
    agent.sync(&cfg).unwrap();
    let syn = |dst: &str| {
        Frame::tcp("10.0.0.2:47000", dst)
            .macs(CLIENT_MAC, CARD0)
            .flags(TcpFlags::SYN)
            .build()
    };
    let to =
        |port: u8| move |p: u8, f: &[u8]| (p == port && f[12..14] == [8, 0]).then(|| f.to_vec());

    // Marked: the firewall-mark service, NAT to the real server on the same port.
    b.dev.ingress(0, &syn("10.0.0.110:443"));
    let f = until(&b, &mut agent, "the marked connection", to(1));
    assert_eq!(
        (ip_at(&f, 30), port_at(&f, 36)),
        (Ipv4Addr::new(192, 168, 1, 11), 443)
    );
    // Not marked (port 25): no service, dropped by policy.
    let drops = agent.stats().policy_drops;
    b.dev.ingress(0, &syn("10.0.0.110:25"));
    let deadline = Instant::now() + Duration::from_secs(10);
    while agent.stats().policy_drops == drops && Instant::now() < deadline {
        agent.poll(Duration::from_millis(5)).unwrap();
    }
    assert_eq!(agent.stats().policy_drops, drops + 1);
    // The card answers ARP for the address the rules mark.
    b.dev.ingress(
        0,
        &Frame::arp_request("10.0.0.2", "10.0.0.110")
            .macs(CLIENT_MAC, [0xff; 6])
            .build(),
    );
    let f = until(&b, &mut agent, "ARP for the marked VIP", |port, f| {
        (port == 0 && f[12..14] == [8, 6]).then(|| f.to_vec())
    });
    assert_eq!(
        Arp::parse(&f, 14).unwrap().spa,
        Ipv4Addr::new(10, 0, 0, 110)
    );

    // An all-ports service takes any port of its VIP; the flow then lives in the card.
    b.dev.ingress(0, &syn("10.0.0.105:2222"));
    let f = until(&b, &mut agent, "the all-ports connection", to(1));
    assert_eq!(
        (f[0..6].to_vec(), port_at(&f, 36)),
        (rs_mac(12).to_vec(), 2222)
    );
    let ex = agent.stats().exceptions;
    b.dev.ingress(
        0,
        &Frame::tcp("10.0.0.2:47000", "10.0.0.105:2222")
            .macs(CLIENT_MAC, CARD0)
            .flags(TcpFlags::ACK)
            .build(),
    );
    until(&b, &mut agent, "the all-ports flow in the card", to(1));
    assert_eq!(agent.stats().exceptions, ex);
}
