//! A SYN flood cannot fill the flow table: new TCP connections enter SYN_RECV, the
//! client's next packet (counted by the card) makes them established, and while the
//! table is past its eviction share new connections take the place of the oldest
//! unconfirmed SYN_RECV ones — established connections are never evicted.

use crate::common::*;
use fpvs_agent::agent::{ConnState, SynGuard, DROP_ENTRY_SHARE};

/// A TCP frame from `src` to the NAT service (VIP:8080).
fn to_nat(src: &str, flags: u8) -> Vec<u8> {
    Frame::tcp(src, "10.0.0.100:8080")
        .macs(CLIENT_MAC, CARD0)
        .flags(flags)
        .payload_len(if flags == TcpFlags::ACK { 8 } else { 0 })
        .build()
}

/// Sends `frames` spoofed SYNs (sources 10.0.0.10-59, ports from `first_port`) and
/// runs the agent until the card is quiet; returns the flow table's peak occupancy.
fn flood(b: &Bench, agent: &mut Agent, first_port: u32, frames: u32) -> usize {
    let mut peak = 0;
    for i in 0..frames {
        let src = format!("10.0.0.{}:{}", 10 + i % 50, (first_port + i / 50) as u16);
        b.dev.ingress(0, &to_nat(&src, TcpFlags::SYN));
        if i % 64 == 63 {
            agent.poll(Duration::from_millis(1)).unwrap();
            peak = peak.max(agent.card.tables.shadow().flow_count());
        }
    }
    let quiet = Instant::now() + Duration::from_secs(60);
    loop {
        let n = agent.poll(Duration::from_millis(50)).unwrap();
        peak = peak.max(agent.card.tables.shadow().flow_count());
        while b.egress.try_recv().is_ok() {}
        if n == 0 && b.dev.wait_idle(Duration::from_millis(10)) {
            break;
        }
        assert!(Instant::now() < quiet, "the flood never drained");
    }
    peak
}

/// Opens a connection from 10.0.0.2:`sport` (SYN, then the ACK once the SYN reached
/// the real server); true if both were forwarded.
fn connect(b: &Bench, agent: &mut Agent, sport: u16) -> bool {
    let src = format!("10.0.0.2:{sport}");
    let sent = |b: &Bench, agent: &mut Agent, f: Vec<u8>| {
        b.dev.ingress(0, &f);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            agent.poll(Duration::from_millis(2)).unwrap();
            while let Ok((port, frame)) = b.egress.try_recv() {
                if port == 1 && frame[12..14] == [0x08, 0x06] {
                    let a = Arp::parse(&frame, 14).unwrap();
                    let last = a.tpa.octets()[3];
                    b.dev
                        .ingress(1, &a.reply(rs_mac(last)).frame(rs_mac(last), a.sha));
                } else if port == 1 && port_at(&frame, 34) == sport {
                    return true;
                }
            }
        }
        false
    };
    sent(b, agent, to_nat(&src, TcpFlags::SYN)) && sent(b, agent, to_nat(&src, TcpFlags::ACK))
}

#[test]
fn a_syn_flood_cannot_fill_the_flow_table() {
    let b = bench();
    let addr = CardAddress::VfioUser(b.socket.clone());
    let mut agent = Agent::new(CardLink::open(&addr).unwrap(), net(), Indices::default());
    agent.sync(&config()).unwrap();
    let capacity = agent.card.tables.shadow().flow_capacity();
    let share = capacity * DROP_ENTRY_SHARE / 256;
    // Established connections (NAT: two entries each) before the flood.
    let legit: Vec<u16> = (20000..20040).collect();
    for &p in &legit {
        assert!(
            connect(&b, &mut agent, p),
            "connection {p} before the flood"
        );
    }
    let state = |agent: &Agent, p: u16| {
        agent
            .conns()
            .find(|(k, _)| k.saddr == u32::from(Ipv4Addr::new(10, 0, 0, 2)) && k.sport == p)
            .map(|(_, c)| c.state)
    };
    assert_eq!(state(&agent, legit[0]), Some(ConnState::SynRecv));

    // The old behaviour: nothing is evicted, and spoofed SYNs fill the table.
    agent.set_syn_guard(SynGuard::Never);
    let syns = capacity as u32 * 3 / 2;
    let peak_never = flood(&b, &mut agent, 1000, syns);
    let full = agent.stats().table_full;
    eprintln!(
        "drop_entry off: {syns} spoofed SYNs, peak {peak_never} of {capacity} entries, {full} connections refused as table full"
    );
    assert!(
        full > 0,
        "the flood did not fill the table: {:?}",
        agent.stats()
    );
    assert!(
        !connect(&b, &mut agent, 30000),
        "a new client got in through a full table"
    );

    // With eviction: new connections take the place of spoofed SYN_RECV ones, and the
    // established ones stay.
    agent.set_syn_guard(SynGuard::Auto);
    // The first new client gets in at once (its entries take spoofed ones' place).
    assert!(
        connect(&b, &mut agent, 30001),
        "a new client with eviction on"
    );
    assert!(agent.card.tables.shadow().flow_count() <= share);
    let before = agent.stats();
    let peak = flood(&b, &mut agent, 5000, syns);
    let st = agent.stats();
    let evicted = st.syn_evicted - before.syn_evicted;
    eprintln!(
        "drop_entry auto: {syns} spoofed SYNs, peak {peak} of {capacity} entries (eviction share {share}), {evicted} SYN_RECV evicted, {} refused as table full, {} confirmed",
        st.table_full - before.table_full,
        st.syn_confirmed
    );
    assert!(evicted > 0);
    assert_eq!(st.table_full, before.table_full, "refused with eviction on");
    assert!(peak <= share + 2, "peak {peak} over the share {share}");
    for &p in &legit {
        assert_eq!(
            state(&agent, p),
            Some(ConnState::Established),
            "connection {p} was not kept as established"
        );
    }
    // Their frames still pass the card, and new clients get in during the flood.
    for &p in &legit[..4] {
        assert!(
            connect_again(&b, &mut agent, p),
            "established {p} lost a frame"
        );
    }
    for p in 31000..31020 {
        assert!(
            connect(&b, &mut agent, p),
            "new connection {p} after the flood"
        );
    }
    assert!(agent.card.tables.shadow().flow_count() <= share + 2);
}

/// Sends one more data segment of established connection `sport`; true if forwarded.
fn connect_again(b: &Bench, agent: &mut Agent, sport: u16) -> bool {
    let exc = agent.stats().exceptions;
    b.dev
        .ingress(0, &to_nat(&format!("10.0.0.2:{sport}"), TcpFlags::ACK));
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        agent.poll(Duration::from_millis(2)).unwrap();
        while let Ok((port, frame)) = b.egress.try_recv() {
            if port == 1 && frame[12..14] == [0x08, 0x00] && port_at(&frame, 34) == sport {
                return agent.stats().exceptions == exc;
            }
        }
    }
    false
}
