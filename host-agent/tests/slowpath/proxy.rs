//! PROXY protocol v2: the header reaches the real server, then the card carries the
//! connection.

use crate::common::*;

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
