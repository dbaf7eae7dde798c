//! fpvsd's core: the configuration made real on the card, the connection table, and
//! the slow path.
//!
//! One [`Agent`] holds the card and everything fpvsd knows about it; its parts live
//! in modules of one concept each, as IPVS keeps its connection table, control plane,
//! core hook and transmit apart:
//!
//! | module | owns | IPVS |
//! | --- | --- | --- |
//! | [`services`] | the configuration turned into card entries: service and real-server entries, their indices ([`Indices`]), per-service scheduler state, health | `ip_vs_ctl.c` |
//! | [`maglev`] | which services the card schedules itself, their Maglev regions and tables | `ip_vs_mh.c` |
//! | [`nexthops`] | neighbours (ARP cache and outstanding requests) and the card's next-hop entries | the neighbour layer |
//! | [`conns`] | the connection table: entries, states, timeouts, ageing by the card's stamps, adoption after a restart — the one place a connection is created or removed | `ip_vs_conn.c` |
//! | [`laddr`] | the FULLNAT local-address pool and its ports | DPVS's `laddr` |
//! | [`slowpath`] | what the card sends up: exception dispatch, new flows, ARP, ICMP, PROXY protocol connections, notifications, re-injection | `ip_vs_core.c`, `ip_vs_xmit.c` |
//! | [`stats`] | the slow path's counters and what the host forwarded itself | `ip_vs_est.c` |
//!
//! The way a new connection takes through these files, from the exception to the
//! installed flow, is drawn in `host-agent/README.md`.
//!
//! [`Agent::sync`] turns the ipvsadm [`Config`] into card state; [`Agent::poll`] runs
//! the slow path and ages connections once a second.

mod conns;
mod laddr;
mod maglev;
mod nexthops;
mod services;
mod slowpath;
mod stats;

pub use conns::{Conn, ConnState};
pub use services::Indices;
pub use stats::SlowPathStats;

use crate::card::CardLink;
use crate::config::Config;
use crate::net::Mac;
use conns::{CardClock, ConnTable};
use laddr::LocalAddrs;
use nexthops::Neighbours;
use serde::{Deserialize, Serialize};
use services::SvcState;
use slowpath::{Parked, ProxyConns};
use stats::HostCounters;
use std::collections::{HashMap, VecDeque};
use std::net::Ipv4Addr;
use std::time::Instant;

/// Maps keyed by what clients choose (flow keys, client addresses): ahash, seeded
/// at random per map, so that crafted keys cannot make them degenerate.
type FastMap<K, V> = HashMap<K, V, ahash::RandomState>;
/// As [`FastMap`].
type FastSet<K> = std::collections::HashSet<K, ahash::RandomState>;

/// Client-facing port.
pub const CLIENT_PORT: u8 = 0;
/// Server-facing port.
pub const SERVER_PORT: u8 = 1;

/// One of the card's Ethernet ports as the host configures it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortConfig {
    /// The port's MAC address (source of everything the card sends on it).
    pub mac: Mac,
    /// The card's address on that segment (ARP, TUN outer source, FULLNAT default).
    pub addr: Ipv4Addr,
    /// Prefix length of the segment.
    pub prefix: u8,
    /// Router for destinations outside the segment.
    pub gateway: Option<Ipv4Addr>,
}

/// The card's two segments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetConfig {
    /// Port 0 (clients, VIPs) and port 1 (real servers).
    pub ports: [PortConfig; 2],
}

/// fpvsd's state and the card it drives.
#[derive(Debug)]
pub struct Agent {
    /// The card.
    pub card: CardLink,
    net: NetConfig,
    config: Config,
    indices: Indices,
    services: Vec<SvcState>,
    /// Neighbours and the ARP requests outstanding.
    neigh: Neighbours,
    /// New connections waiting for their real server's next hop to resolve.
    parked: VecDeque<Parked>,
    /// The connection table.
    conns: ConnTable,
    /// FULLNAT local addresses and ports in use.
    laddrs: LocalAddrs,
    stats: SlowPathStats,
    /// When connections were last aged (None: not yet; the first poll does).
    last_age: Option<Instant>,
    /// Frames to re-inject after the current batch is committed.
    reinject: Vec<(u8, Vec<u8>)>,
    /// PROXY protocol connections in their first round trip.
    proxied: ProxyConns,
    /// Firewall-mark rules for `-f` services.
    fwmarks: crate::fwmark::Rules,
    /// Frames the host rewrote, to send out of a port after the batch is committed.
    send: Vec<(u8, Vec<u8>)>,
    /// What the host forwarded itself, counted as the card counts.
    host_counted: HostCounters,
    /// The card's timestamp clock, kept in step with the host's.
    clock: CardClock,
}

/// An error fpvsd reports to the operator.
#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    /// The card failed.
    #[error("card: {0}")]
    Card(#[from] fpvs_driver::Error),
    /// A table refused an entry.
    #[error("card table: {0}")]
    Table(#[from] fpvs_driver::TableError),
    /// The configuration cannot be put on this card.
    #[error("{0}")]
    Config(String),
}

type Result<T> = std::result::Result<T, AgentError>;

impl Agent {
    /// An agent for an opened card. The card's tables have been read back; `indices`
    /// are those of the previous run (or empty), so that nothing the card holds is
    /// renumbered.
    pub fn new(card: CardLink, net: NetConfig, indices: Indices) -> Agent {
        // Neighbours the card already has next hops for.
        let neigh = Neighbours::from_card(&indices, card.tables.shadow());
        Agent {
            card,
            net,
            config: Config::default(),
            indices,
            services: Vec::new(),
            neigh,
            parked: VecDeque::new(),
            conns: ConnTable::default(),
            laddrs: LocalAddrs::default(),
            stats: SlowPathStats::default(),
            last_age: None,
            reinject: Vec::new(),
            proxied: ProxyConns::default(),
            fwmarks: Default::default(),
            send: Vec::new(),
            host_counted: HostCounters::default(),
            clock: CardClock::default(),
        }
    }

    /// The configuration in force.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The index assignments (to persist).
    pub fn indices(&self) -> &Indices {
        &self.indices
    }

    /// Sets the firewall-mark rules that `-f` services are matched by.
    pub fn set_fwmark_rules(&mut self, rules: crate::fwmark::Rules) {
        self.fwmarks = rules;
    }
}
