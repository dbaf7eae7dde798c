//! Builders the agent's unit tests share, and [`Rig`]: an agent on the in-process
//! fake card.

use crate::agent::core::{Agent, AgentResult, NetConfig, PortConfig};
use crate::agent::services::state::Indices;
use crate::card::CardLink;
use crate::config::{
    Config, ForwardMethod, Persistence, Protocol, RealServer, Scheduler, Service, ServiceKey,
};
use crate::net::{Arp, Mac};
use fpvs_abi::{Action, ExceptionReason, FlowKey, ForwardingMode};
use fpvs_driver::fake::{FakeCardConfig, FakeDevice, PuntMeta};
use fpvs_driver::rings::Mode;
use fpvs_model::packet::{Frame, TcpFlags};
use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

/// The client of the unit tests.
pub(in crate::agent) const CLIENT: u32 = 0x0a00_0001;
/// Their VIP.
pub(in crate::agent) const VIP: u32 = 0x0a00_0064;
/// Their real server.
pub(in crate::agent) const RS: u32 = 0xc0a8_010b;
/// Their FULLNAT local address.
pub(in crate::agent) const LOCAL: u32 = 0xc0a8_01c9;

/// A TCP connection of [`CLIENT`] from `sport` to [`VIP`]:`dport`.
pub(in crate::agent) fn client_key(sport: u16, dport: u16) -> FlowKey {
    FlowKey {
        saddr: CLIENT,
        daddr: VIP,
        sport,
        dport,
        proto: 6,
    }
}

/// An action of `mode` towards [`RS`] through next hop 4, charged to service 2 and
/// real server 3, from [`LOCAL`] (FULLNAT), ports unchanged.
pub(in crate::agent) fn action(mode: ForwardingMode) -> Action {
    Action {
        mode,
        nexthop: 4,
        service: 2,
        real_server: 3,
        new_saddr: LOCAL,
        new_daddr: RS,
        new_sport: 0,
        new_dport: 0,
        seq_delta: 0,
    }
}

/// The card's port MACs in the agent tests on the fake card.
pub(in crate::agent) const CARD: [Mac; 2] = [[0x02, 0xfc, 0, 0, 0, 0], [0x02, 0xfc, 0, 0, 0, 1]];

/// The MAC of real server 192.168.1.`last` (and of client 10.0.0.`last`).
pub(in crate::agent) fn mac_of(last: u8) -> Mac {
    [0x02, 0x5e, 0, 0, 0, last]
}

/// The card's segments: clients on 10.0.0.0/24, real servers on 192.168.1.0/24.
pub(in crate::agent) fn net() -> NetConfig {
    let port = |mac, addr: [u8; 4]| PortConfig {
        mac,
        addr: Ipv4Addr::from(addr),
        prefix: 24,
        gateway: None,
    };
    NetConfig {
        ports: [
            port(CARD[0], [10, 0, 0, 254]),
            port(CARD[1], [192, 168, 1, 254]),
        ],
    }
}

/// Real server 192.168.1.`last`:`port`.
pub(in crate::agent) fn real_server(last: u8, port: u16, method: ForwardMethod) -> RealServer {
    RealServer {
        addr: Ipv4Addr::new(192, 168, 1, last).into(),
        port,
        method,
        weight: 1,
        u_threshold: 0,
        l_threshold: 0,
    }
}

/// TCP service [`VIP`]:`port` by round robin, persistent for `persistence` seconds
/// (per client address) if given.
pub(in crate::agent) fn service(port: u16, persistence: Option<u32>) -> Service {
    Service {
        key: ServiceKey::Addr {
            proto: Protocol::Tcp,
            addr: Ipv4Addr::from(VIP).into(),
            port,
        },
        scheduler: Scheduler::Rr,
        sched_flags: vec![],
        persistence: persistence.map(|timeout| Persistence {
            timeout,
            netmask: Ipv4Addr::BROADCAST,
        }),
        proxy_protocol: false,
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

/// An agent on the in-process fake card.
pub(in crate::agent) struct Rig {
    pub(in crate::agent) dev: FakeDevice,
    pub(in crate::agent) agent: Agent,
}

impl Rig {
    /// An agent on a fake card of `card`'s sizes, configured with `cfg`.
    pub(in crate::agent) fn new(card: FakeCardConfig, cfg: &Config) -> Rig {
        let dev = FakeDevice::new(card).expect("fake card");
        let agent = Rig::agent_on(&dev, Indices::default());
        let mut r = Rig { dev, agent };
        r.agent.sync(cfg).expect("configuration");
        r
    }

    /// A new agent on `dev` (a restarted fpvsd), with the indices of the last run.
    pub(in crate::agent) fn agent_on(dev: &FakeDevice, indices: Indices) -> Agent {
        let link = CardLink::with_device(Box::new(dev.clone()), Mode::Poll).expect("card");
        let mut agent = Agent::new(link, net(), indices);
        agent.card.tables.set_timeout(Duration::from_millis(300));
        agent
    }

    /// The card sends `frame` up with `reason` from `port`; the agent polls once.
    pub(in crate::agent) fn punt(
        &mut self,
        frame: &[u8],
        reason: ExceptionReason,
        port: u8,
    ) -> AgentResult<usize> {
        assert!(self.dev.card().punt(frame, meta(reason, port)), "punted");
        self.agent.poll(Duration::ZERO)
    }

    /// Real server 192.168.1.`last` answers the card's ARP request.
    pub(in crate::agent) fn arp_reply(&mut self, last: u8) {
        let reply = Arp::request(
            CARD[1],
            Ipv4Addr::new(192, 168, 1, 254),
            Ipv4Addr::new(192, 168, 1, last),
        )
        .reply(mac_of(last))
        .frame(mac_of(last), CARD[1]);
        self.punt(&reply, ExceptionReason::Arp, 1).expect("poll");
    }

    /// A SYN from `client`:`sport` (from MAC [`mac_of`] its last octet) to
    /// [`VIP`]:`dport`, through one poll.
    pub(in crate::agent) fn syn(
        &mut self,
        client: Ipv4Addr,
        sport: u16,
        dport: u16,
    ) -> AgentResult<usize> {
        let syn = Frame::tcp(
            &format!("{client}:{sport}"),
            &format!("{}:{dport}", Ipv4Addr::from(VIP)),
        )
        .macs(mac_of(client.octets()[3]), CARD[0])
        .flags(TcpFlags::SYN)
        .build();
        self.punt(&syn, ExceptionReason::NewFlow, 0)
    }

    /// The real server (address, port) of the connection `client`:`sport` ->
    /// [`VIP`]:`dport`.
    pub(in crate::agent) fn server_of(
        &self,
        client: Ipv4Addr,
        sport: u16,
        dport: u16,
    ) -> Option<(IpAddr, u16)> {
        let key = FlowKey {
            saddr: u32::from(client),
            sport,
            dport,
            ..client_key(0, 0)
        };
        self.agent.conns.get(&key).map(|c| c.rs)
    }

    /// ARP requests the card was told to send: (port, target).
    pub(in crate::agent) fn arp_requests(&self) -> Vec<(u8, Ipv4Addr)> {
        self.dev
            .card()
            .injected()
            .iter()
            .filter(|(_, f)| f.get(12..14) == Some(&[0x08, 0x06][..]))
            .filter_map(|(d, f)| {
                Arp::parse(f, 14)
                    .filter(|a| a.op == 1)
                    .map(|a| (d.port, a.tpa))
            })
            .collect()
    }
}
