//! ICMP errors about a connection's packets reach its other side.

use crate::common::*;

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
