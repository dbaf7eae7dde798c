//! Firewall-mark and all-ports services, matched by the host.

use crate::common::*;

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

#[test]
fn an_ipv6_address_is_refused_before_anything_reaches_the_card() {
    let b = bench();
    let addr = CardAddress::VfioUser(b.socket.clone());
    let mut agent = Agent::new(CardLink::open(&addr).unwrap(), net(), Indices::default());
    agent.sync(&config()).unwrap();
    let before = agent.card.tables.shadow().flow_count();
    let mut cfg = config();
    cfg.services[1].1[0].addr = "2001:db8::11".parse().unwrap();
    let e = agent.check(&cfg).unwrap_err().to_string();
    assert!(
        e.contains("2001:db8::11") && e.contains("IPv4 addresses only"),
        "{e}"
    );
    assert!(agent.sync(&cfg).is_err());
    let mut cfg = config();
    cfg.local_addrs[0].addr = "2001:db8::201".parse().unwrap();
    assert!(agent.check(&cfg).is_err());
    assert_eq!(agent.config(), &config(), "nothing applied");
    assert_eq!(agent.card.tables.shadow().flow_count(), before);
}
