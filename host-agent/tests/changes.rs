//! A configuration change applies all of it or nothing: each way it can fail — an
//! index, a Maglev region or a table slot running out, the card refusing a command,
//! the card stopping in the middle of the batch — is forced on the in-process fake
//! card, and afterwards the card, the shadow, the agent and what fpvsd would have saved
//! (`state.json`: configuration and indices) agree, and the established connections
//! are exactly those of before.

use fpvs_abi::{ExceptionReason, FlowEntry, FlowGeometry, Table};
use fpvs_agent::agent::{Agent, Indices, NetConfig, PortConfig};
use fpvs_agent::card::CardLink;
use fpvs_agent::config::{
    Config, ForwardMethod, Protocol, RealServer, Scheduler, Service, ServiceKey,
};
use fpvs_agent::net::Arp;
use fpvs_driver::fake::{FakeCardConfig, FakeDevice, PuntMeta};
use fpvs_driver::rings::Mode;
use fpvs_model::packet::{Frame, TcpFlags};
use std::net::Ipv4Addr;
use std::time::Duration;

const CARD0: [u8; 6] = [0x02, 0xfc, 0, 0, 0, 0];
const CARD1: [u8; 6] = [0x02, 0xfc, 0, 0, 0, 1];
/// Connections established before each change.
const CONNS: u32 = 40;

fn net() -> NetConfig {
    let port = |mac, addr: &str| PortConfig {
        mac,
        addr: addr.parse().expect("addr"),
        prefix: 24,
        gateway: None,
    };
    NetConfig {
        ports: [port(CARD0, "10.0.0.254"), port(CARD1, "192.168.1.254")],
    }
}

fn service(port: u16, scheduler: Scheduler) -> Service {
    Service {
        key: ServiceKey::Addr {
            proto: Protocol::Tcp,
            addr: "10.0.0.100".parse().expect("vip"),
            port,
        },
        scheduler,
        sched_flags: vec![],
        persistence: None,
        proxy_protocol: false,
    }
}

/// Real server 192.168.1.`last`:`port`.
fn rs(last: u8, port: u16, method: ForwardMethod) -> RealServer {
    RealServer {
        addr: Ipv4Addr::new(192, 168, 1, last).into(),
        port,
        method,
        weight: 1,
        u_threshold: 0,
        l_threshold: 0,
    }
}

/// The configuration every case starts from: port 80 by round robin over two NAT
/// real servers (the connections), port 443 by Maglev in the card.
fn base() -> Config {
    Config {
        services: vec![
            (
                service(80, Scheduler::Rr),
                vec![
                    rs(11, 80, ForwardMethod::Nat),
                    rs(12, 80, ForwardMethod::Nat),
                ],
            ),
            (
                service(443, Scheduler::Mh),
                vec![
                    rs(11, 443, ForwardMethod::Dr),
                    rs(12, 443, ForwardMethod::Dr),
                ],
            ),
        ],
        ..Config::default()
    }
}

fn meta(reason: ExceptionReason, port: u8) -> PuntMeta {
    PuntMeta {
        reason: reason as u8,
        port,
        l3_offset: 14,
        flow_hash: 0,
        timestamp: 0,
        service: 0,
    }
}

struct Rig {
    dev: FakeDevice,
    agent: Agent,
    /// What fpvsd saved after the last change that worked.
    saved: (Config, Indices),
    /// The flow table then.
    flows: Vec<(u32, FlowEntry)>,
}

impl Rig {
    /// The base configuration on a fake card of `card`'s sizes, its real servers'
    /// MACs learned, and [`CONNS`] connections established through it.
    fn new(card: FakeCardConfig) -> Rig {
        let dev = FakeDevice::new(card).expect("fake card");
        let link = CardLink::with_device(Box::new(dev.clone()), Mode::Poll).expect("card");
        let mut agent = Agent::new(link, net(), Indices::default());
        agent.card.tables.set_timeout(Duration::from_millis(300));
        agent.sync(&base()).expect("base configuration");
        for last in [11, 12] {
            let rsm = [0x02, 0x5e, 0, 0, 0, last];
            let reply = Arp::request(
                CARD1,
                "192.168.1.254".parse().expect("a"),
                Ipv4Addr::new(192, 168, 1, last),
            )
            .reply(rsm)
            .frame(rsm, CARD1);
            assert!(dev.card().punt(&reply, meta(ExceptionReason::Arp, 1)));
        }
        agent.poll(Duration::ZERO).expect("poll");
        for i in 0..CONNS {
            let syn = Frame::tcp(&format!("10.0.1.{}:{}", i % 200, 1024 + i), "10.0.0.100:80")
                .macs([2, 0xc1, 0, 0, 0, 2], CARD0)
                .flags(TcpFlags::SYN)
                .build();
            assert!(dev.card().punt(&syn, meta(ExceptionReason::NewFlow, 0)));
            agent.poll(Duration::ZERO).expect("poll");
        }
        assert_eq!(agent.conns().count(), CONNS as usize, "connections");
        let mut r = Rig {
            saved: (agent.config().clone(), agent.indices().clone()),
            flows: Vec::new(),
            dev,
            agent,
        };
        r.flows = r.flow_table();
        r
    }

    fn flow_table(&self) -> Vec<(u32, FlowEntry)> {
        let s = self.agent.card.tables.shadow();
        s.flows().map(|(i, e)| (i, *e)).collect()
    }

    /// `change` fails with an error that says `why`, and afterwards nothing differs
    /// from before it.
    fn refused(&mut self, what: &str, change: &Config, why: &str) {
        let e = self.agent.sync(change).expect_err(what).to_string();
        assert!(e.contains(why), "{what}: {e:?} does not say {why:?}");
        self.agrees(what);
        println!("{what}: refused, nothing changed ({e})");
    }

    /// Card, shadow, agent and saved state agree, and the connections are those of
    /// before.
    fn agrees(&self, what: &str) {
        let tables = &self.agent.card.tables;
        assert_eq!(tables.pending(), 0, "{what}: commands left queued");
        assert_eq!(tables.unsure(), 0, "{what}: slots left unsure");
        assert_eq!(self.agent.config(), &self.saved.0, "{what}: configuration");
        assert_eq!(self.agent.indices(), &self.saved.1, "{what}: indices");
        assert_eq!(self.flow_table(), self.flows, "{what}: flow table");
        assert_eq!(
            self.agent.conns().count(),
            CONNS as usize,
            "{what}: connections"
        );
        let s = tables.shadow();
        let info = &self.agent.card.info;
        let card = self.dev.card();
        let on_card = |t: Table, i: u32| {
            let mut v = card
                .table_entry(t, i)
                .map(<[u8]>::to_vec)
                .unwrap_or_default();
            v.resize(t.entry_bytes(), 0);
            v
        };
        let want = |t: Table, e: Option<Vec<u8>>| {
            let mut v = e.unwrap_or_default();
            v.resize(t.entry_bytes(), 0);
            v
        };
        for i in 0..s.flow_capacity() as u32 {
            let e = s.flow_slot(i).map(|e| e.encode().to_vec());
            assert_eq!(
                on_card(Table::Flow, i),
                want(Table::Flow, e),
                "{what}: flow slot {i}"
            );
        }
        for i in 0..info.service_geometry.capacity() as u32 {
            let e = s.service_slot(i).map(|e| e.encode().to_vec());
            let t = Table::Service;
            assert_eq!(on_card(t, i), want(t, e), "{what}: service slot {i}");
        }
        for i in 0..info.maglev_slots {
            let e = s.maglev(i).map(|e| e.encode().to_le_bytes().to_vec());
            let t = Table::Maglev;
            assert_eq!(on_card(t, i), want(t, e), "{what}: Maglev slot {i}");
        }
        for i in 0..info.real_servers as u16 {
            let e = s.real_server(i).map(|a| a.encode().to_vec());
            let t = Table::RealServer;
            assert_eq!(
                on_card(t, u32::from(i)),
                want(t, e),
                "{what}: real server {i}"
            );
        }
        for i in 0..info.nexthops as u16 {
            let e = s.nexthop(i).map(|n| n.encode().to_vec());
            let t = Table::NextHop;
            assert_eq!(on_card(t, u32::from(i)), want(t, e), "{what}: next hop {i}");
        }
    }
}

/// `base()` plus a service on `port` with `servers`.
fn plus(port: u16, scheduler: Scheduler, servers: Vec<RealServer>) -> Config {
    let mut c = base();
    c.services.push((service(port, scheduler), servers));
    c
}

/// Also changes what is there: port 80 loses real server .12 (its connections would
/// be dropped) and port 443 gets a third real server (its Maglev run rewritten).
fn with_changes(mut c: Config) -> Config {
    c.services[0].1.pop();
    c.services[1].1.push(rs(13, 443, ForwardMethod::Dr));
    c
}

#[test]
fn a_change_that_cannot_be_applied_changes_nothing() {
    // Real-server indices: 32, four in use; a service with 40 takes them all.
    let mut r = Rig::new(FakeCardConfig {
        real_servers: 32,
        flow: FlowGeometry::new(8, 2),
        ..FakeCardConfig::default()
    });
    let many = (0..40)
        .map(|p| rs(11, 9000 + p, ForwardMethod::Nat))
        .collect();
    r.refused(
        "real-server indices run out",
        &with_changes(plus(8080, Scheduler::Wlc, many)),
        "no real-server index left",
    );

    // Maglev space: 16 regions, one in use; sixteen more Maglev services.
    let mut c = with_changes(base());
    for p in 0..16 {
        c.services.push((
            service(7000 + p, Scheduler::Mh),
            vec![rs(12, 7000 + p, ForwardMethod::Dr)],
        ));
    }
    r.refused("Maglev regions run out", &c, "no Maglev region left");

    // The card refuses the new service's entry (its real servers were accepted).
    r.dev.card().refuse_writes(Some(Table::Service));
    r.refused(
        "the card refuses a command",
        &with_changes(plus(
            8080,
            Scheduler::Wlc,
            vec![rs(13, 80, ForwardMethod::Nat)],
        )),
        "the card refused Service",
    );
    r.dev.card().refuse_writes(None);

    // The card stops after three commands of the batch: the change fails, the rest
    // (and the undo) wait in the ring. When the card comes back it runs them, and the
    // next commit rewrites every slot the failed one touched with its old entry.
    r.dev.card().stall_after(3);
    let change = with_changes(plus(
        8080,
        Scheduler::Wlc,
        vec![
            rs(13, 80, ForwardMethod::Nat),
            rs(14, 80, ForwardMethod::Nat),
        ],
    ));
    let e = r.agent.sync(&change).expect_err("card gone").to_string();
    assert!(e.contains("card"), "card gone: {e}");
    assert!(
        r.agent.card.tables.unsure() > 0,
        "the failed batch's slots are unsure"
    );
    assert_eq!(r.agent.config(), &r.saved.0, "card gone: configuration");
    r.dev.card().stall(false);
    r.agent
        .sync(&base())
        .expect("the same configuration again, card back");
    r.agrees("the card disappears mid-commit");
    println!("the card disappears mid-commit: refused ({e}); after it came back, nothing changed");

    // A service table of 2 x 1 x 2 slots: two services fill it, the third has no slot.
    let mut r = Rig::new(FakeCardConfig {
        service: FlowGeometry::new(0, 1),
        flow: FlowGeometry::new(8, 2),
        ..FakeCardConfig::default()
    });
    let mut c = with_changes(base());
    for p in 0..3 {
        c.services.push((
            service(6000 + p, Scheduler::Rr),
            vec![rs(11, 6000 + p, ForwardMethod::Nat)],
        ));
    }
    r.refused("the service table has no slot", &c, "table full");

    // And a change that fits still goes through, dropping .12's connections.
    let c = with_changes(base());
    r.agent.sync(&c).expect("a change that fits");
    assert_eq!(r.agent.config(), &c);
    assert!(
        r.agent.conns().count() < CONNS as usize,
        "connections of .12 dropped"
    );
    assert_eq!(r.agent.card.tables.unsure(), 0);
}
