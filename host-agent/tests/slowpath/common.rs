//! What every slow-path test shares: the card's segments, the configuration, the
//! simulated card, and running the agent until a frame shows up.

pub use fpvs_agent::agent::{Agent, Indices, NetConfig, PortConfig};
pub use fpvs_agent::card::{CardAddress, CardLink};
pub use fpvs_agent::config::{
    Config, ForwardMethod, LocalAddr, Protocol, RealServer, Scheduler, Service, ServiceKey,
};
pub use fpvs_agent::net::Arp;
pub use fpvs_model::packet::{Frame, TcpFlags};
pub use fpvs_sim::{Egress, SimDevice, SimOptions};
pub use std::net::Ipv4Addr;
pub use std::time::{Duration, Instant};

pub const CARD0: [u8; 6] = [0x02, 0xfc, 0, 0, 0, 0];
pub const CARD1: [u8; 6] = [0x02, 0xfc, 0, 0, 0, 1];
pub const CLIENT_MAC: [u8; 6] = [0x02, 0xc1, 0, 0, 0, 2];

pub fn rs_mac(i: u8) -> [u8; 6] {
    [0x02, 0x5e, 0, 0, 0, i]
}

pub fn net() -> NetConfig {
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

pub fn svc(proto: Protocol, port: u16, sched: Scheduler) -> Service {
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

pub fn rs(last: u8, port: u16, method: ForwardMethod) -> RealServer {
    RealServer {
        addr: Ipv4Addr::new(192, 168, 1, last).into(),
        port,
        method,
        weight: 1,
        u_threshold: 0,
        l_threshold: 0,
    }
}

pub fn config() -> Config {
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

pub struct Bench {
    pub dev: SimDevice,
    pub egress: Egress,
    pub socket: std::path::PathBuf,
    pub _dir: tempfile::TempDir,
}

pub fn bench() -> Bench {
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
pub fn until<T>(
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

pub fn ip_at(f: &[u8], at: usize) -> Ipv4Addr {
    Ipv4Addr::new(f[at], f[at + 1], f[at + 2], f[at + 3])
}

pub fn port_at(f: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([f[at], f[at + 1]])
}

pub fn client_syn(sport: u16, dport: u16) -> Vec<u8> {
    Frame::tcp(&format!("10.0.0.2:{sport}"), &format!("10.0.0.100:{dport}"))
        .macs(CLIENT_MAC, CARD0)
        .flags(TcpFlags::SYN)
        .build()
}
