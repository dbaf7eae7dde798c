//! Connections age out by the card's per-flow timestamps.

use crate::common::*;

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
