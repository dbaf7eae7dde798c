//! The [`Agent`] itself: the card, what fpvsd was configured with, and the state of
//! each concept, every part owned by the module named beside it. Methods live with
//! their concept (see the table in [`crate::agent`]); this file only builds the
//! agent and answers what it was given.
//!
//! Maps keyed by what clients choose (flow keys, client addresses) are ahash maps,
//! seeded at random per map, so that crafted keys cannot make them degenerate.

use crate::agent::conns::clock::CardClock;
use crate::agent::conns::table::ConnTable;
use crate::agent::conns::SynGuard;
use crate::agent::laddr::LocalAddrs;
use crate::agent::limits::StateLimits;
use crate::agent::nexthops::cache::Neighbours;
use crate::agent::services::state::{Indices, SvcState};
use crate::agent::slowpath::proxy_conns::ProxyConns;
use crate::agent::stats::counters::{HostCounters, SlowPathStats};
use crate::card::CardLink;
use crate::config::Config;
use crate::net::Mac;
use fpvs_driver::rings::Exception;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::net::Ipv4Addr;
use std::time::Instant;

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

/// A new connection's frame waiting for its real server's next hop to resolve.
#[derive(Debug)]
pub(in crate::agent) struct Parked {
    /// The neighbour it waits for.
    pub(in crate::agent) neighbour: Ipv4Addr,
    /// The exception, handled again once the neighbour is known.
    pub(in crate::agent) exception: Exception,
    /// Since when.
    pub(in crate::agent) since: Instant,
}

/// fpvsd's state and the card it drives.
#[derive(Debug)]
pub struct Agent {
    /// The card.
    pub card: CardLink,
    pub(in crate::agent) net: NetConfig,
    pub(in crate::agent) config: Config,
    pub(in crate::agent) indices: Indices,
    pub(in crate::agent) services: Vec<SvcState>,
    /// Neighbours and the ARP requests outstanding.
    pub(in crate::agent) neigh: Neighbours,
    /// New connections waiting for their real server's next hop to resolve.
    pub(in crate::agent) parked: VecDeque<Parked>,
    /// The connection table.
    pub(in crate::agent) conns: ConnTable,
    /// FULLNAT local addresses and ports in use.
    pub(in crate::agent) laddrs: LocalAddrs,
    pub(in crate::agent) stats: SlowPathStats,
    /// When connections were last aged (None: not yet; the first poll does).
    pub(in crate::agent) last_age: Option<Instant>,
    /// Frames to re-inject after the current batch is committed.
    pub(in crate::agent) reinject: Vec<(u8, Vec<u8>)>,
    /// PROXY protocol connections in their first round trip.
    pub(in crate::agent) proxied: ProxyConns,
    /// Firewall-mark rules for `-f` services.
    pub(in crate::agent) fwmarks: crate::fwmark::Rules,
    /// Frames the host rewrote, to send out of a port after the batch is committed.
    pub(in crate::agent) send: Vec<(u8, Vec<u8>)>,
    /// What the host forwarded itself, counted as the card counts.
    pub(in crate::agent) host_counted: HostCounters,
    /// The card's timestamp clock, kept in step with the host's.
    pub(in crate::agent) clock: CardClock,
    /// What a SYN flood that fills the flow table meets ([`crate::agent::conns::SynGuard`]).
    pub(in crate::agent) syn_guard: SynGuard,
    /// Bounds of the tables traffic grows.
    pub(in crate::agent) limits: StateLimits,
}

/// An error fpvsd reports to the operator.
#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    /// The card failed.
    #[error("card: {0}")]
    Card(#[from] fpvs_driver::Error),
    /// A table refused an entry.
    #[error("card table: {0}")]
    Table(#[from] fpvs_driver::ShadowError),
    /// The configuration cannot be put on this card.
    #[error("{0}")]
    Config(String),
}

/// What the agent's operations return.
pub type AgentResult<T> = std::result::Result<T, AgentError>;

impl Agent {
    /// An agent for an opened card. The card's tables have been read back; `indices`
    /// are those of the previous run (or empty), so that nothing the card holds is
    /// renumbered.
    pub fn new(card: CardLink, net: NetConfig, indices: Indices) -> Agent {
        // Neighbours the card already has next hops for.
        let limits = StateLimits::default();
        let mut neigh = Neighbours::from_card(&indices, card.tables.shadow(), Instant::now());
        neigh.set_limits(limits.neighbours, limits.arp_pending);
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
            syn_guard: SynGuard::default(),
            limits,
        }
    }

    /// Sets what new connections do when a SYN flood fills the flow table.
    pub fn set_syn_guard(&mut self, guard: SynGuard) {
        self.syn_guard = guard;
    }

    /// What new connections do when a SYN flood fills the flow table.
    pub fn syn_guard(&self) -> SynGuard {
        self.syn_guard
    }

    /// The bounds of the tables traffic grows.
    pub fn limits(&self) -> StateLimits {
        self.limits
    }

    /// Sets those bounds (tables already past one keep what they hold and take
    /// nothing new until they are below it).
    pub fn set_limits(&mut self, limits: StateLimits) {
        self.limits = limits;
        self.neigh.set_limits(limits.neighbours, limits.arp_pending);
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
