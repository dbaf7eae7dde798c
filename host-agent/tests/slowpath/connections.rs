//! New connections in every mode: scheduled, installed and re-injected; NAT replies;
//! ARP and ICMP echo for VIPs; quiescing with weight 0; a restart that keeps every flow.

use crate::common::*;

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
