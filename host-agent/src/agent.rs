//! fpvsd's core: the configuration made real on the card, and the slow path.
//!
//! [`Agent::sync`] turns the ipvsadm [`Config`] into card state: a service entry per
//! TCP/UDP service, a real-server entry per (service, real server), next hops for
//! the real servers' Ethernet addresses (resolved with ARP through the card), and —
//! for `mh` services whose real servers are all DR or TUN and that have no
//! persistence — a Maglev table so that the card schedules new flows itself.
//! Indices are allocated once and kept, so entries already in the card (and the
//! flows that name them) stay valid across configuration changes and restarts.
//!
//! [`Agent::poll`] runs the slow path: new-flow exceptions are scheduled (persistence
//! first, then the service's scheduler), the forward entry — and for NAT and FULLNAT
//! the reverse one — installed, and the frame re-injected into the pipeline; ARP for
//! VIPs and the card's addresses is answered and ARP replies resolve next hops; ICMP
//! echo to a VIP is answered; notifications pin Maglev-scheduled flows (Learn) and
//! move connections to their closing timeout (FIN/RST). Connections age out after
//! their IPVS timeout without traffic — judged by the card's per-flow timestamps,
//! with the card's clock kept in step with the host's — and their entries leave the
//! card.
//!
//! FULLNAT services with `--proxy-protocol v2` send their real servers a PROXY protocol
//! v2 header with the client's address: the connection's first round trip goes
//! through the host, which inserts the header, then the card carries the rest with
//! the sequence numbers shifted (see [`crate::proxy`]).
//!
//! TUN frames over the tunnel MTU with DF set are answered with ICMP
//! fragmentation-needed (the tunnel's inner MTU), so the client's path MTU discovery
//! works. ICMP errors (unreachable, time exceeded, ...) quoting a packet of a
//! connection reach its other side as IPVS delivers them: one about a packet sent to
//! the client goes to the real server (DR/TUN forwarded as the card forwards the
//! connection; NAT/FULLNAT translated: outer addresses, the quoted header and ports,
//! checksums), one about a packet sent to a NAT/FULLNAT real server goes to the
//! client, from the VIP, quoting the client's own packet. The policy for the rest:
//! IPv4 fragments, IPv4 options, ICMP errors that match no connection, ICMP other
//! than echo, TUN frames over the MTU without DF and unsupported protocols are
//! counted ([`SlowPathStats::policy_drops`], and per reason in the card's STATS
//! block) and dropped — as IPVS does for what it cannot tie to a connection.

use crate::card::CardLink;
use crate::config::{Config, ForwardMethod, RealServer, Scheduler, Service, ServiceKey};
use crate::net::{self, Arp, Mac};
use crate::proxy::{self, HEADER_LEN};
use crate::sched::{self, Candidate, Client, Schedule};
use fpvs_abi::{
    Action, ExceptionReason, FlowEntry, FlowKey, ForwardingMode, MacAddr, MaglevEntry, NextHop,
    NotifyKind, ServiceEntry,
};
use fpvs_driver::rings::{Exception, InjectTarget};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

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

/// Index assignments that must survive a restart (they are in the card's entries).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indices {
    /// Service -> service index.
    pub services: BTreeMap<String, u16>,
    /// (service, real server addr:port) -> real-server index.
    pub real_servers: BTreeMap<String, u16>,
    /// Neighbour address -> next-hop index.
    pub nexthops: BTreeMap<Ipv4Addr, u16>,
    /// Service -> Maglev region (base).
    pub maglev: BTreeMap<String, u32>,
}

fn svc_name(k: &ServiceKey) -> String {
    k.to_string().replace("  ", " ")
}

fn rs_name(k: &ServiceKey, rs: &RealServer) -> String {
    format!("{} -> {}:{}", svc_name(k), rs.addr, rs.port)
}

/// What the slow path counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlowPathStats {
    /// Exceptions received, by reason code.
    pub exceptions: [u64; 16],
    /// New connections scheduled and installed.
    pub scheduled: u64,
    /// New connections refused: no real server available.
    pub no_server: u64,
    /// Connections that could not be installed (table full).
    pub table_full: u64,
    /// Frames re-injected after installing their flow.
    pub reinjected: u64,
    /// ARP replies sent for VIPs and card addresses.
    pub arp_replies: u64,
    /// Next hops resolved by ARP replies.
    pub arp_resolved: u64,
    /// ICMP echo replies sent.
    pub echo_replies: u64,
    /// ICMP fragmentation-needed sent for TUN frames over the tunnel MTU with DF.
    pub frag_needed: u64,
    /// Frames dropped by policy (fragments, options, ICMP errors, other).
    pub policy_drops: u64,
    /// Flows learned from the card's Maglev scheduling.
    pub learned: u64,
    /// Exceptions for flows already installed (sent up before the entry landed):
    /// re-injected without scheduling.
    pub already_installed: u64,
    /// Connections expired.
    pub expired: u64,
    /// ICMP errors about a connection's packets delivered to its other side.
    #[serde(default)]
    pub icmp_errors: u64,
    /// PROXY protocol headers sent to real servers (retransmissions included).
    #[serde(default)]
    pub proxy_headers: u64,
    /// Frames of PROXY protocol connections the host rewrote and sent (their first
    /// round trip).
    #[serde(default)]
    pub proxy_frames: u64,
}

/// Connection state as IPVS names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConnState {
    /// TCP, established.
    Established,
    /// TCP, FIN or RST seen.
    FinWait,
    /// UDP.
    Udp,
}

impl ConnState {
    /// ipvsadm's state name.
    pub fn name(self) -> &'static str {
        match self {
            ConnState::Established => "ESTABLISHED",
            ConnState::FinWait => "FIN_WAIT",
            ConnState::Udp => "UDP",
        }
    }
}

/// One connection, mirroring the card's entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conn {
    /// Service.
    pub service: ServiceKey,
    /// Real server (address, port).
    pub rs: (Ipv4Addr, u16),
    /// Card real-server index.
    pub rs_index: u16,
    /// Reverse entry key (NAT, FULLNAT).
    pub reverse: Option<FlowKey>,
    /// FULLNAT local address and port.
    pub local: Option<(Ipv4Addr, u16)>,
    /// State.
    pub state: ConnState,
    /// The card's packet count of the forward and reverse slots at the last look.
    pub packets: u64,
    /// When that count last changed.
    pub last_change: Instant,
}

#[derive(Debug)]
struct RsState {
    rs: RealServer,
    index: u16,
    healthy: bool,
    active: u32,
    inactive: u32,
    /// Connections scheduled to it since it was added (or zeroed).
    total: u64,
}

#[derive(Debug)]
struct SvcState {
    svc: Service,
    index: u16,
    servers: Vec<RsState>,
    sched: Box<dyn Schedule>,
    /// Persistence templates: masked client -> (rs addr, rs port, expiry).
    templates: FastMap<u32, ((Ipv4Addr, u16), Instant)>,
    /// Scheduled by the card (Maglev region).
    hw: Option<(u32, u32)>,
}

impl SvcState {
    fn ids(&self) -> Vec<u64> {
        self.servers
            .iter()
            .map(|r| u64::from(u32::from(r.rs.addr)) << 16 | u64::from(r.rs.port))
            .collect()
    }

    fn candidates(&self) -> Vec<Candidate> {
        self.servers
            .iter()
            .map(|r| Candidate {
                weight: r.rs.weight,
                active: r.active,
                inactive: r.inactive,
                available: r.healthy
                    && (r.rs.u_threshold == 0 || r.active + r.inactive < r.rs.u_threshold),
            })
            .collect()
    }
}

/// A PROXY protocol connection whose first round trip goes through the host: both
/// of its card entries punt until the real server has acknowledged the header.
#[derive(Debug, Clone)]
struct ProxyConn {
    /// The forward entry's real action (FULLNAT forward, `seq_delta` 0).
    fwd: Action,
    /// The reverse entry's key.
    rev_key: FlowKey,
    /// The reverse entry's real action (FULLNAT reverse, `seq_delta` 0).
    rev: Action,
    /// The header for this connection.
    header: [u8; HEADER_LEN],
    /// Sequence number of the client's first data byte, once the header went out.
    start: Option<u32>,
}

/// A frame waiting for a next hop to resolve.
#[derive(Debug)]
struct Parked {
    neighbour: Ipv4Addr,
    exception: Exception,
    since: Instant,
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
    /// Neighbours: address -> MAC.
    neigh: HashMap<Ipv4Addr, Mac>,
    /// ARP requests outstanding: address -> when sent.
    arp_pending: HashMap<Ipv4Addr, Instant>,
    parked: VecDeque<Parked>,
    conns: FastMap<FlowKey, Conn>,
    /// FULLNAT local ports in use.
    ports: PortPool,
    stats: SlowPathStats,
    /// When connections were last aged (None: not yet; the first poll does).
    last_age: Option<Instant>,
    /// Frames to re-inject after the current batch is committed.
    reinject: Vec<(u8, Vec<u8>)>,
    /// Round-robin position in FULLNAT local-address pools.
    next_laddr: usize,
    /// PROXY protocol connections in their first round trip, by forward key.
    proxied: FastMap<FlowKey, ProxyConn>,
    /// Their reverse keys -> forward keys.
    proxied_rev: FastMap<FlowKey, FlowKey>,
    /// Reverse keys of all connections -> forward keys.
    rev_index: FastMap<FlowKey, FlowKey>,
    /// Firewall-mark rules for `-f` services.
    fwmarks: crate::fwmark::Rules,
    /// Frames the host rewrote, to send out of a port after the batch is committed.
    send: Vec<(u8, Vec<u8>)>,
    /// What the host forwarded itself, counted as the card counts.
    host_counted: HostCounters,
    /// The card's timestamp clock: a host instant and the card's tick then.
    clock: Option<(Instant, u32)>,
    /// Ticks the card's clock fell behind the host's between the last two looks: a
    /// stamp may be that much older than the frame it records.
    clock_lag: u32,
    /// Connections in the order ageing visits them (a key may be stale: skipped).
    age_queue: VecDeque<FlowKey>,
}

/// FULLNAT local ports. A port only has to be unique for its local address and real
/// server (address and port): the reverse entry, `real server -> local address:port`,
/// is what must not collide. So each local address offers 64 512 ports (1024..65535)
/// towards every real server.
#[derive(Debug)]
struct PortPool {
    /// (local address, port, real server, real-server port) in use.
    used: FastSet<(Ipv4Addr, u16, Ipv4Addr, u16)>,
    /// Ports in use per (local address, real server, real-server port).
    count: FastMap<(Ipv4Addr, Ipv4Addr, u16), u32>,
    /// Where the next search starts.
    next: u16,
}

impl Default for PortPool {
    fn default() -> Self {
        PortPool {
            used: Default::default(),
            count: FastMap::default(),
            next: Self::FIRST,
        }
    }
}

impl PortPool {
    const FIRST: u16 = 1024;
    const SIZE: u32 = 65536 - Self::FIRST as u32;

    /// A free port of `laddr` towards `rs`; None when all are taken (at once, without
    /// a search).
    fn alloc(&mut self, laddr: Ipv4Addr, rs: (Ipv4Addr, u16)) -> Option<u16> {
        let c = self.count.entry((laddr, rs.0, rs.1)).or_default();
        if *c >= Self::SIZE {
            return None;
        }
        loop {
            let p = self.next;
            self.next = if p == u16::MAX { Self::FIRST } else { p + 1 };
            if self.used.insert((laddr, p, rs.0, rs.1)) {
                *c += 1;
                return Some(p);
            }
        }
    }

    /// Marks a port in use (a connection adopted from the card).
    fn take(&mut self, laddr: Ipv4Addr, port: u16, rs: (Ipv4Addr, u16)) {
        if self.used.insert((laddr, port, rs.0, rs.1)) {
            *self.count.entry((laddr, rs.0, rs.1)).or_default() += 1;
        }
    }

    /// Returns a port.
    fn free(&mut self, laddr: Ipv4Addr, port: u16, rs: (Ipv4Addr, u16)) {
        if self.used.remove(&(laddr, port, rs.0, rs.1)) {
            if let Some(c) = self.count.get_mut(&(laddr, rs.0, rs.1)) {
                *c -= 1;
            }
        }
    }
}

/// Per-index counters of frames the host forwarded, by direction (in, out).
#[derive(Debug, Default)]
struct HostCounters {
    services: HashMap<u16, [fpvs_abi::Counter; 2]>,
    real_servers: HashMap<u16, [fpvs_abi::Counter; 2]>,
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
        let mut a = Agent {
            card,
            net,
            config: Config::default(),
            indices,
            services: Vec::new(),
            neigh: HashMap::new(),
            arp_pending: HashMap::new(),
            parked: VecDeque::new(),
            conns: FastMap::default(),
            ports: PortPool::default(),
            stats: SlowPathStats::default(),
            last_age: None,
            reinject: Vec::new(),
            next_laddr: 0,
            proxied: FastMap::default(),
            proxied_rev: FastMap::default(),
            rev_index: FastMap::default(),
            fwmarks: Default::default(),
            send: Vec::new(),
            host_counted: HostCounters::default(),
            clock: None,
            clock_lag: 0,
            age_queue: VecDeque::new(),
        };
        // Neighbours the card already has next hops for.
        for (addr, idx) in a.indices.nexthops.clone() {
            if let Some(nh) = a.card.tables.shadow().nexthop(idx) {
                a.neigh.insert(addr, nh.dst_mac.0);
            }
        }
        a
    }

    /// The configuration in force.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The index assignments (to persist).
    pub fn indices(&self) -> &Indices {
        &self.indices
    }

    /// Slow-path counters.
    pub fn stats(&self) -> SlowPathStats {
        self.stats
    }

    /// Connections.
    pub fn conns(&self) -> impl Iterator<Item = (&FlowKey, &Conn)> {
        self.conns.iter()
    }

    /// `(active, inactive, scheduled in all)` connections of a real server.
    pub fn conn_counts(&self, svc: &ServiceKey, addr: Ipv4Addr, port: u16) -> (u32, u32, u64) {
        self.services
            .iter()
            .find(|s| s.svc.key == *svc)
            .and_then(|s| {
                s.servers
                    .iter()
                    .find(|r| r.rs.addr == addr && r.rs.port == port)
            })
            .map_or((0, 0, 0), |r| (r.active, r.inactive, r.total))
    }

    /// Zeroes the scheduled-connection totals of a service's real servers (`-Z`).
    pub fn zero_conn_totals(&mut self, svc: &ServiceKey) {
        if let Some(s) = self.services.iter_mut().find(|s| s.svc.key == *svc) {
            self.host_counted.services.remove(&s.index);
            for r in &mut s.servers {
                r.total = 0;
                self.host_counted.real_servers.remove(&r.index);
            }
        }
    }

    /// Packets the host forwarded itself (a PROXY protocol connection's first round
    /// trip), which the card's counters of this service index do not hold: (in, out).
    pub fn host_service_counters(&self, index: u16) -> [fpvs_abi::Counter; 2] {
        self.host_counted
            .services
            .get(&index)
            .copied()
            .unwrap_or_default()
    }

    /// As [`Agent::host_service_counters`], for a real-server index.
    pub fn host_real_server_counters(&self, index: u16) -> [fpvs_abi::Counter; 2] {
        self.host_counted
            .real_servers
            .get(&index)
            .copied()
            .unwrap_or_default()
    }

    /// The connection table as `ipvsadm -L -c` shows it.
    pub fn conn_entries(&self) -> Vec<crate::ipvsadm::ConnEntry> {
        let t = self.config.timeouts;
        let now = Instant::now();
        let mut v: Vec<_> = self
            .conns
            .iter()
            .map(|(k, c)| {
                let timeout = match c.state {
                    ConnState::Established => t.tcp,
                    ConnState::FinWait => t.tcpfin,
                    ConnState::Udp => t.udp,
                };
                let idle = now.duration_since(c.last_change).as_secs();
                crate::ipvsadm::ConnEntry {
                    proto: if k.proto == 6 {
                        crate::config::Protocol::Tcp
                    } else {
                        crate::config::Protocol::Udp
                    },
                    expire_secs: u64::from(timeout).saturating_sub(idle) as u32,
                    state: c.state.name().to_string(),
                    client: std::net::SocketAddrV4::new(Ipv4Addr::from(k.saddr), k.sport),
                    virtual_addr: std::net::SocketAddrV4::new(Ipv4Addr::from(k.daddr), k.dport),
                    real_server: std::net::SocketAddrV4::new(c.rs.0, c.rs.1),
                }
            })
            .collect();
        v.sort_by_key(|e| (e.virtual_addr, e.client));
        v
    }

    /// Connections using FULLNAT local address `addr`.
    pub fn local_addr_conns(&self, addr: Ipv4Addr) -> u32 {
        self.conns
            .values()
            .filter(|c| c.local.is_some_and(|(a, _)| a == addr))
            .count() as u32
    }

    /// Card service index of a service (for its counters).
    pub fn service_index(&self, svc: &ServiceKey) -> Option<u16> {
        self.indices.services.get(&svc_name(svc)).copied()
    }

    /// Card real-server index of a real server of a service.
    pub fn real_server_index(&self, svc: &ServiceKey, rs: &RealServer) -> Option<u16> {
        self.indices.real_servers.get(&rs_name(svc, rs)).copied()
    }

    /// Marks a real server healthy or not (health checks). An unhealthy server gets
    /// no new connections; established ones continue.
    pub fn set_health(
        &mut self,
        svc: &ServiceKey,
        addr: Ipv4Addr,
        port: u16,
        up: bool,
    ) -> Result<()> {
        let Some(s) = self.services.iter_mut().find(|s| s.svc.key == *svc) else {
            return Ok(());
        };
        let Some(r) = s
            .servers
            .iter_mut()
            .find(|r| r.rs.addr == addr && r.rs.port == port)
        else {
            return Ok(());
        };
        if r.healthy == up {
            return Ok(());
        }
        r.healthy = up;
        let (c, ids) = (s.candidates(), s.ids());
        s.sched.reset_with_ids(&c, &ids);
        let key = s.svc.key;
        self.program_maglev(&key)?;
        self.card.commit()?;
        Ok(())
    }

    // ---- configuration -> card ------------------------------------------------------

    fn alloc(map: &BTreeMap<String, u16>, limit: u32) -> Option<u16> {
        let used: std::collections::HashSet<u16> = map.values().copied().collect();
        (0..limit.min(u32::from(u16::MAX)) as u16).find(|i| !used.contains(i))
    }

    fn alloc_nexthop(&mut self, addr: Ipv4Addr) -> Result<u16> {
        if let Some(i) = self.indices.nexthops.get(&addr) {
            return Ok(*i);
        }
        let used: std::collections::HashSet<u16> =
            self.indices.nexthops.values().copied().collect();
        let limit = self.card.info.nexthops.min(u32::from(u16::MAX)) as u16;
        let i = (0..limit)
            .find(|i| !used.contains(i))
            .ok_or_else(|| AgentError::Config(format!("no next-hop entry left for {addr}")))?;
        self.indices.nexthops.insert(addr, i);
        Ok(i)
    }

    /// The neighbour a packet to `dst` leaves through on `port`: `dst` itself when
    /// on the segment, else the port's gateway.
    fn neighbour(&self, port: u8, dst: Ipv4Addr) -> Option<Ipv4Addr> {
        let p = &self.net.ports[usize::from(port)];
        if net::in_subnet(dst, p.addr, p.prefix) {
            Some(dst)
        } else {
            p.gateway
        }
    }

    /// Checks that a configuration can be put on this card, before anything changes.
    pub fn check(&self, cfg: &Config) -> Result<()> {
        let server = &self.net.ports[usize::from(SERVER_PORT)];
        for (svc, servers) in &cfg.services {
            for rs in servers {
                match rs.method {
                    ForwardMethod::Dr if !net::in_subnet(rs.addr, server.addr, server.prefix) => {
                        return Err(AgentError::Config(format!(
                            "real server {}:{} of {}: direct routing (-g) rewrites only the Ethernet \
                             addresses, so the real server must be on the card's server-side segment \
                             {}/{}; use tunnelling (-i), NAT (-m) or --fullnat for a routed real server",
                            rs.addr, rs.port, svc.key, server.addr, server.prefix
                        )));
                    }
                    _ if self.neighbour(SERVER_PORT, rs.addr).is_none() => {
                        return Err(AgentError::Config(format!(
                            "real server {}:{} of {} is outside the server-side segment {}/{} and no \
                             gateway is configured for it",
                            rs.addr, rs.port, svc.key, server.addr, server.prefix
                        )));
                    }
                    _ => {}
                }
            }
        }
        let n = cfg.services.len() as u32;
        if n > self.card.info.services {
            return Err(AgentError::Config(format!(
                "{n} services: the card holds {}",
                self.card.info.services
            )));
        }
        Ok(())
    }

    /// Makes the card follow `cfg` (already checked with [`Agent::check`]). Entries
    /// that did not change are not rewritten; flows of removed real servers are
    /// removed with them.
    pub fn sync(&mut self, cfg: &Config) -> Result<()> {
        self.check(cfg)?;
        // Services removed: their entries, real servers, flows.
        let gone: Vec<ServiceKey> = self
            .services
            .iter()
            .map(|s| s.svc.key)
            .filter(|k| !cfg.services.iter().any(|(s, _)| s.key == *k))
            .collect();
        for k in gone {
            self.remove_service(&k)?;
        }
        for (svc, servers) in &cfg.services {
            self.sync_service(svc, servers)?;
        }
        self.config = cfg.clone();
        self.card.commit()?;
        Ok(())
    }

    fn remove_service(&mut self, key: &ServiceKey) -> Result<()> {
        let Some(pos) = self.services.iter().position(|s| s.svc.key == *key) else {
            return Ok(());
        };
        let s = self.services.remove(pos);
        if let ServiceKey::Addr { proto, addr, port } = *key {
            self.card
                .tables
                .remove_service(proto.number(), u32::from(addr), port);
        }
        for r in &s.servers {
            self.drop_conns_of(key, (r.rs.addr, r.rs.port));
            self.card.tables.set_real_server(r.index, None)?;
            self.indices.real_servers.remove(&rs_name(key, &r.rs));
        }
        if let Some((base, size)) = s.hw {
            self.card
                .tables
                .set_maglev(base, &vec![MaglevEntry(None); size as usize])?;
        }
        self.indices.services.remove(&svc_name(key));
        self.indices.maglev.remove(&svc_name(key));
        Ok(())
    }

    fn drop_conns_of(&mut self, key: &ServiceKey, rs: (Ipv4Addr, u16)) {
        let doomed: Vec<FlowKey> = self
            .conns
            .iter()
            .filter(|(_, c)| c.service == *key && c.rs == rs)
            .map(|(k, _)| *k)
            .collect();
        for k in doomed {
            self.remove_conn(&k);
        }
    }

    fn remove_conn(&mut self, k: &FlowKey) {
        if let Some(p) = self.proxied.remove(k) {
            self.proxied_rev.remove(&p.rev_key);
        }
        if let Some(c) = self.conns.remove(k) {
            self.card.tables.remove_flow(k);
            if let Some(r) = c.reverse {
                self.card.tables.remove_flow(&r);
                self.rev_index.remove(&r);
                // A FULLNAT reverse key: real server -> local address:port.
                if c.local.is_some() {
                    self.ports.free(
                        Ipv4Addr::from(r.daddr),
                        r.dport,
                        (Ipv4Addr::from(r.saddr), r.sport),
                    );
                }
            }
            if let Some(r) = self
                .services
                .iter_mut()
                .find(|s| s.svc.key == c.service)
                .and_then(|s| {
                    s.servers
                        .iter_mut()
                        .find(|r| (r.rs.addr, r.rs.port) == c.rs)
                })
            {
                match c.state {
                    ConnState::Established => r.active = r.active.saturating_sub(1),
                    _ => r.inactive = r.inactive.saturating_sub(1),
                }
            }
        }
    }

    fn sync_service(&mut self, svc: &Service, servers: &[RealServer]) -> Result<()> {
        let name = svc_name(&svc.key);
        let index = match self.indices.services.get(&name) {
            Some(i) => *i,
            None => {
                let i = Self::alloc(&self.indices.services, self.card.info.services)
                    .ok_or_else(|| AgentError::Config("no service index left".into()))?;
                self.indices.services.insert(name.clone(), i);
                i
            }
        };
        let pos = match self.services.iter().position(|s| s.svc.key == svc.key) {
            Some(p) => p,
            None => {
                self.services.push(SvcState {
                    svc: svc.clone(),
                    index,
                    servers: Vec::new(),
                    sched: sched::new(svc.scheduler, &svc.sched_flags, &[]),
                    templates: FastMap::default(),
                    hw: None,
                });
                self.services.len() - 1
            }
        };
        // Real servers removed from the service.
        let old: Vec<(Ipv4Addr, u16)> = self.services[pos]
            .servers
            .iter()
            .map(|r| (r.rs.addr, r.rs.port))
            .filter(|a| !servers.iter().any(|r| (r.addr, r.port) == *a))
            .collect();
        for a in old {
            self.drop_conns_of(&svc.key, a);
            let s = &mut self.services[pos];
            let i = s
                .servers
                .iter()
                .position(|r| (r.rs.addr, r.rs.port) == a)
                .expect("present");
            let r = s.servers.remove(i);
            self.card.tables.set_real_server(r.index, None)?;
            self.indices.real_servers.remove(&rs_name(&svc.key, &r.rs));
        }
        // Real servers added or changed.
        for rs in servers {
            let rname = rs_name(&svc.key, rs);
            let rindex = match self.indices.real_servers.get(&rname) {
                Some(i) => *i,
                None => {
                    let i = Self::alloc(&self.indices.real_servers, self.card.info.real_servers)
                        .ok_or_else(|| AgentError::Config("no real-server index left".into()))?;
                    self.indices.real_servers.insert(rname, i);
                    i
                }
            };
            let s = &mut self.services[pos];
            match s
                .servers
                .iter_mut()
                .find(|r| (r.rs.addr, r.rs.port) == (rs.addr, rs.port))
            {
                Some(r) => r.rs = *rs,
                None => s.servers.push(RsState {
                    rs: *rs,
                    index: rindex,
                    healthy: true,
                    active: 0,
                    inactive: 0,
                    total: 0,
                }),
            }
            let neighbour = self.neighbour(SERVER_PORT, rs.addr).expect("checked");
            let nh = self.alloc_nexthop(neighbour)?;
            self.program_nexthop(neighbour, nh)?;
            let action = self.rs_action(svc, rs, index, rindex, nh);
            if self.card.tables.shadow().real_server(rindex) != Some(&action) {
                self.card.tables.set_real_server(rindex, Some(action))?;
            }
        }
        let s = &mut self.services[pos];
        let scheduler_changed =
            s.svc.scheduler != svc.scheduler || s.svc.sched_flags != svc.sched_flags;
        s.svc = svc.clone();
        let (c, ids) = (s.candidates(), s.ids());
        if scheduler_changed {
            s.sched = sched::new_with_ids(svc.scheduler, &svc.sched_flags, &c, &ids);
        } else {
            s.sched.reset_with_ids(&c, &ids);
        }
        // Hardware scheduling: mh, DR/TUN only, no persistence.
        let hw_ok = svc.scheduler == Scheduler::Mh
            && svc.persistence.is_none()
            && !servers.is_empty()
            && servers
                .iter()
                .all(|r| matches!(r.method, ForwardMethod::Dr | ForwardMethod::Tun));
        let name = svc_name(&svc.key);
        if hw_ok && self.services[pos].hw.is_none() {
            let size = self.maglev_size();
            let base = match self.indices.maglev.get(&name) {
                Some(b) => *b,
                None => {
                    let used: Vec<u32> = self.indices.maglev.values().copied().collect();
                    let base = (0..)
                        .map(|k| k * size)
                        .take_while(|b| b + size <= self.card.info.maglev_slots)
                        .find(|b| !used.contains(b))
                        .ok_or_else(|| AgentError::Config("no Maglev region left".into()))?;
                    self.indices.maglev.insert(name.clone(), base);
                    base
                }
            };
            self.services[pos].hw = Some((base, size));
        } else if !hw_ok {
            if let Some((base, size)) = self.services[pos].hw.take() {
                self.card
                    .tables
                    .set_maglev(base, &vec![MaglevEntry(None); size as usize])?;
                self.indices.maglev.remove(&name);
            }
        }
        self.program_maglev(&svc.key)?;
        if let ServiceKey::Addr { proto, addr, port } = svc.key {
            let entry = ServiceEntry {
                proto: proto.number(),
                vip: u32::from(addr),
                vport: port,
                service: index,
                maglev: self.services[pos].hw,
            };
            let same = self
                .card
                .tables
                .shadow()
                .lookup_service(entry.proto, entry.vip, entry.vport)
                .is_some_and(|(_, e)| *e == entry);
            if !same {
                self.card.tables.set_service(entry)?;
            }
        }
        Ok(())
    }

    /// Size of one service's Maglev region: the largest prime that gives 16 regions.
    fn maglev_size(&self) -> u32 {
        fpvs_model::maglev::prime_at_most((self.card.info.maglev_slots / 16).max(7))
    }

    /// Writes a hardware-scheduled service's Maglev table from its available servers
    /// (servers whose next hop is unresolved or that are unhealthy take no slots).
    fn program_maglev(&mut self, key: &ServiceKey) -> Result<()> {
        let Some(s) = self.services.iter().find(|s| s.svc.key == *key) else {
            return Ok(());
        };
        let Some((base, size)) = s.hw else {
            return Ok(());
        };
        let backends: Vec<fpvs_model::maglev::Backend> = s
            .servers
            .iter()
            .filter(|r| {
                r.healthy
                    && self
                        .neighbour(SERVER_PORT, r.rs.addr)
                        .is_some_and(|n| self.neigh.contains_key(&n))
            })
            .map(|r| fpvs_model::maglev::Backend {
                id: u64::from(u32::from(r.rs.addr)) << 16 | u64::from(r.rs.port),
                value: r.index,
                weight: r.rs.weight,
            })
            .collect();
        let table = fpvs_model::maglev::build(&backends, size)
            .map_err(|e| AgentError::Config(format!("Maglev table: {e:?}")))?;
        let slots: Vec<MaglevEntry> = table.into_iter().map(MaglevEntry).collect();
        self.card.tables.set_maglev(base, &slots)?;
        Ok(())
    }

    fn program_nexthop(&mut self, neighbour: Ipv4Addr, index: u16) -> Result<()> {
        let port = if self.neighbour(SERVER_PORT, neighbour) == Some(neighbour) {
            SERVER_PORT
        } else {
            CLIENT_PORT
        };
        let want = self.neigh.get(&neighbour).map(|mac| NextHop {
            dst_mac: MacAddr(*mac),
            src_mac: MacAddr(self.net.ports[usize::from(port)].mac),
            port,
            vlan: None,
        });
        if want.is_none() {
            self.request_arp(port, neighbour)?;
        }
        if self.card.tables.shadow().nexthop(index) != want.as_ref() {
            self.card.tables.set_nexthop(index, want)?;
        }
        Ok(())
    }

    fn request_arp(&mut self, port: u8, target: Ipv4Addr) -> Result<()> {
        if self
            .arp_pending
            .get(&target)
            .is_some_and(|t| t.elapsed() < Duration::from_millis(500))
        {
            return Ok(());
        }
        let p = self.net.ports[usize::from(port)];
        let f = Arp::request(p.mac, p.addr, target).frame(p.mac, net::BROADCAST);
        self.card.inject(&[(InjectTarget::Port { port }, &f)])?;
        self.arp_pending.insert(target, Instant::now());
        Ok(())
    }

    fn rs_action(
        &self,
        svc: &Service,
        rs: &RealServer,
        service: u16,
        index: u16,
        nh: u16,
    ) -> Action {
        let server = &self.net.ports[usize::from(SERVER_PORT)];
        let (mode, new_saddr, new_dport) = match rs.method {
            ForwardMethod::Dr => (ForwardingMode::Dr, 0, 0),
            ForwardMethod::Tun => (ForwardingMode::Tun, u32::from(server.addr), 0),
            ForwardMethod::Nat => (ForwardingMode::NatForward, 0, rs.port),
            ForwardMethod::FullNat => (
                ForwardingMode::FullNatForward,
                u32::from(self.local_addr(&svc.key)),
                rs.port,
            ),
        };
        Action {
            mode,
            nexthop: nh,
            service,
            real_server: index,
            new_saddr,
            new_daddr: u32::from(rs.addr),
            new_sport: 0,
            new_dport,
            seq_delta: 0,
        }
    }

    /// The FULLNAT source address of a service: its first configured local address,
    /// else the card's server-side address.
    fn local_addr(&self, key: &ServiceKey) -> Ipv4Addr {
        self.config
            .local_addrs
            .iter()
            .find(|l| l.service == *key)
            .map_or(self.net.ports[usize::from(SERVER_PORT)].addr, |l| l.addr)
    }

    // ---- slow path ------------------------------------------------------------------

    /// Handles what the card sent up, waiting up to `wait` for the first exception;
    /// ages connections once a second. Returns the number of exceptions handled.
    pub fn poll(&mut self, wait: Duration) -> Result<usize> {
        let exc = self.card.exceptions(256, wait)?;
        let n = exc.len();
        for e in exc {
            self.exception(e)?;
        }
        for rec in self.card.notifications(256)? {
            self.notification(&rec)?;
        }
        self.retry_parked()?;
        self.flush()?;
        if self
            .last_age
            .is_none_or(|t| t.elapsed() >= Duration::from_secs(1))
        {
            self.last_age = Some(Instant::now());
            self.age()?;
        }
        Ok(n)
    }

    fn exception(&mut self, e: Exception) -> Result<()> {
        self.stats.exceptions[(e.reason as usize).min(15)] += 1;
        match e.reason {
            // NoService: no service entry in the card matched; an all-ports (`VIP:0`)
            // or firewall-mark service may, which only the host evaluates.
            ExceptionReason::NewFlow
            | ExceptionReason::FlowMiss
            | ExceptionReason::TableFull
            | ExceptionReason::NoService => self.new_flow(e),
            ExceptionReason::Arp => self.arp(&e),
            ExceptionReason::FlowPunt => self.punted(&e),
            ExceptionReason::TunnelMtu => {
                // Path MTU discovery for TUN: the client learns the tunnel's inner MTU.
                // Without DF the packet is dropped (the card cannot fragment it, and a
                // fragment would come back up as an exception): policy, counted.
                let mtu = self
                    .card
                    .regs
                    .read(fpvs_abi::regs::ctrl::TUN_MTU)?
                    .saturating_sub(20)
                    .min(u32::from(u16::MAX)) as u16;
                let mac = self.net.ports[usize::from(e.port.min(1))].mac;
                match net::icmp_frag_needed(&e.frame, usize::from(e.l3_offset), mtu, mac) {
                    Some(icmp) => {
                        self.card
                            .inject(&[(InjectTarget::Port { port: e.port }, &icmp)])?;
                        self.stats.frag_needed += 1;
                    }
                    _ => self.stats.policy_drops += 1,
                }
                Ok(())
            }
            ExceptionReason::Icmp => {
                let l3 = usize::from(e.l3_offset);
                if let Some(err) = net::IcmpError::parse(&e.frame, l3) {
                    return self.icmp_error(&e, &err);
                }
                let vip_or_ours = self.is_local_or_vip(&e);
                match net::icmp_echo_reply(&e.frame, l3) {
                    Some(reply) if vip_or_ours => {
                        self.card
                            .inject(&[(InjectTarget::Port { port: e.port }, &reply)])?;
                        self.stats.echo_replies += 1;
                    }
                    _ => self.stats.policy_drops += 1,
                }
                Ok(())
            }
            _ => {
                self.stats.policy_drops += 1;
                Ok(())
            }
        }
    }

    fn is_local_or_vip(&self, e: &Exception) -> bool {
        let l3 = usize::from(e.l3_offset);
        let Some(d) = e.frame.get(l3 + 16..l3 + 20) else {
            return false;
        };
        let dst = Ipv4Addr::new(d[0], d[1], d[2], d[3]);
        self.owns(dst)
    }

    /// True for the card's addresses, VIPs and FULLNAT local addresses.
    fn owns(&self, a: Ipv4Addr) -> bool {
        self.net.ports.iter().any(|p| p.addr == a)
            || self.config.local_addrs.iter().any(|l| l.addr == a)
            || self
                .config
                .services
                .iter()
                .any(|(s, _)| matches!(s.key, ServiceKey::Addr { addr, .. } if addr == a))
            || self.fwmarks.0.iter().any(|r| {
                r.vip() == Some(a)
                    && self
                        .config
                        .services
                        .iter()
                        .any(|(s, _)| s.key == ServiceKey::FwMark(r.mark))
            })
    }

    fn arp(&mut self, e: &Exception) -> Result<()> {
        let Some(arp) = Arp::parse(&e.frame, usize::from(e.l3_offset)) else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        // Learn the sender if we were asking for it (or already know it).
        if self.arp_pending.remove(&arp.spa).is_some() || self.neigh.contains_key(&arp.spa) {
            let changed = self.neigh.insert(arp.spa, arp.sha) != Some(arp.sha);
            if changed {
                self.stats.arp_resolved += 1;
                if let Some(&idx) = self.indices.nexthops.get(&arp.spa) {
                    self.program_nexthop(arp.spa, idx)?;
                }
                let keys: Vec<ServiceKey> = self.services.iter().map(|s| s.svc.key).collect();
                for k in keys {
                    self.program_maglev(&k)?;
                }
                self.card.commit()?;
            }
        }
        if arp.op == 1 && self.owns(arp.tpa) {
            let mac = self.net.ports[usize::from(e.port.min(1))].mac;
            let reply = arp.reply(mac).frame(mac, arp.sha);
            self.card
                .inject(&[(InjectTarget::Port { port: e.port }, &reply)])?;
            self.stats.arp_replies += 1;
        }
        Ok(())
    }

    /// The service a connection's first packet belongs to, as IPVS looks it up: a
    /// firewall-mark service if the mark rules mark the packet, else the service of
    /// its protocol, address and port, else an all-ports (`VIP:0`) service.
    fn match_service(&self, key: &FlowKey) -> Option<usize> {
        let mark = self.fwmarks.mark(key);
        let find =
            |f: &dyn Fn(&ServiceKey) -> bool| self.services.iter().position(|s| f(&s.svc.key));
        (mark != 0)
            .then(|| find(&|k| *k == ServiceKey::FwMark(mark)))
            .flatten()
            .or_else(|| {
                find(&|k| {
                    matches!(*k, ServiceKey::Addr { proto, addr, port }
                        if proto.number() == key.proto && u32::from(addr) == key.daddr && port == key.dport)
                })
            })
            .or_else(|| {
                find(&|k| {
                    matches!(*k, ServiceKey::Addr { proto, addr, port: 0 }
                        if proto.number() == key.proto && u32::from(addr) == key.daddr)
                })
            })
    }

    /// Sets the firewall-mark rules that `-f` services are matched by.
    pub fn set_fwmark_rules(&mut self, rules: crate::fwmark::Rules) {
        self.fwmarks = rules;
    }

    fn retry_parked(&mut self) -> Result<()> {
        let n = self.parked.len();
        for _ in 0..n {
            let Some(p) = self.parked.pop_front() else {
                break;
            };
            if self.neigh.contains_key(&p.neighbour) {
                self.new_flow(p.exception)?;
            } else if p.since.elapsed() < Duration::from_secs(3) {
                self.parked.push_back(p);
            } else {
                self.stats.no_server += 1;
            }
        }
        Ok(())
    }

    fn new_flow(&mut self, e: Exception) -> Result<()> {
        let l3 = usize::from(e.l3_offset);
        let Some((key, _flags)) = net::flow_key(&e.frame, l3) else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        // An established connection whose entry is being installed: just re-inject.
        if self.proxied.contains_key(&key) || self.proxied_rev.contains_key(&key) {
            return self.punted(&e);
        }
        if self.conns.contains_key(&key) || self.card.tables.shadow().lookup_flow(&key).is_some() {
            tracing::debug!(?key, reason = ?e.reason, conn = ?self.conns.get(&key), "exception for an installed flow");
            self.stats.already_installed += 1;
            return self.reinject(&e);
        }
        let Some(spos) = self.match_service(&key) else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        let client_mac = net::src_mac(&e.frame).unwrap_or([0; 6]);
        // Persistence first, then the scheduler.
        let s = &mut self.services[spos];
        let cands = s.candidates();
        let mut pick = None;
        if let Some(p) = s.svc.persistence {
            let masked = key.saddr & u32::from(p.netmask);
            if let Some((rs, exp)) = s.templates.get(&masked) {
                if *exp > Instant::now() {
                    pick = s
                        .servers
                        .iter()
                        .position(|r| (r.rs.addr, r.rs.port) == *rs)
                        .filter(|i| cands[*i].available && cands[*i].weight > 0);
                }
            }
        }
        let pick = pick.or_else(|| {
            s.sched.pick(
                &cands,
                &Client {
                    saddr: key.saddr,
                    sport: key.sport,
                    daddr: key.daddr,
                    dport: key.dport,
                },
            )
        });
        let Some(ri) = pick else {
            self.stats.no_server += 1;
            return Ok(());
        };
        let svc_key = s.svc.key;
        if let Some(p) = s.svc.persistence {
            let masked = key.saddr & u32::from(p.netmask);
            let rs = (s.servers[ri].rs.addr, s.servers[ri].rs.port);
            s.templates.insert(
                masked,
                (
                    rs,
                    Instant::now() + Duration::from_secs(u64::from(p.timeout)),
                ),
            );
        }
        let rs = s.servers[ri].rs;
        let rs_index = s.servers[ri].index;
        let neighbour = self.neighbour(SERVER_PORT, rs.addr).expect("checked");
        if !self.neigh.contains_key(&neighbour) {
            self.request_arp(SERVER_PORT, neighbour)?;
            self.parked.push_back(Parked {
                neighbour,
                exception: e,
                since: Instant::now(),
            });
            return Ok(());
        }
        let Some(template) = self.card.tables.shadow().real_server(rs_index).copied() else {
            self.stats.no_server += 1;
            return Ok(());
        };
        let mut fwd = template;
        // A real server on port 0 (all-ports and firewall-mark services) keeps the
        // connection's port.
        if fwd.new_dport == 0
            && matches!(
                fwd.mode,
                ForwardingMode::NatForward | ForwardingMode::FullNatForward
            )
        {
            fwd.new_dport = key.dport;
        }
        let mut local = None;
        if rs.method == ForwardMethod::FullNat {
            // The service's local-address pool, round robin; the card's server-side
            // address when none is configured.
            let mut pool: Vec<Ipv4Addr> = self
                .config
                .local_addrs
                .iter()
                .filter(|l| l.service == svc_key)
                .map(|l| l.addr)
                .collect();
            if pool.is_empty() {
                pool.push(Ipv4Addr::from(template.new_saddr));
            }
            let start = self.next_laddr;
            self.next_laddr = self.next_laddr.wrapping_add(1);
            let rs_end = (Ipv4Addr::from(fwd.new_daddr), fwd.new_dport);
            let Some((laddr, port)) = (0..pool.len()).find_map(|k| {
                let a = pool[(start + k) % pool.len()];
                self.ports.alloc(a, rs_end).map(|p| (a, p))
            }) else {
                self.stats.no_server += 1;
                return Ok(());
            };
            fwd.new_saddr = u32::from(laddr);
            fwd.new_sport = port;
            local = Some((laddr, port));
        }
        // The reverse entry: replies go back to the client through the port the
        // request came in on, to the MAC it came from.
        let reverse = match fwd.mode {
            ForwardingMode::NatForward | ForwardingMode::FullNatForward => {
                let client = Ipv4Addr::from(key.saddr);
                let hop = self.neighbour(CLIENT_PORT, client).unwrap_or(client);
                self.neigh.entry(hop).or_insert(client_mac);
                let nh = self.alloc_nexthop(hop)?;
                self.program_nexthop(hop, nh)?;
                let full = fwd.mode == ForwardingMode::FullNatForward;
                Some(FlowEntry {
                    key: FlowKey {
                        saddr: fwd.new_daddr,
                        daddr: if full { fwd.new_saddr } else { key.saddr },
                        sport: fwd.new_dport,
                        dport: if full { fwd.new_sport } else { key.sport },
                        proto: key.proto,
                    },
                    action: Action {
                        mode: if full {
                            ForwardingMode::FullNatReverse
                        } else {
                            ForwardingMode::NatReverse
                        },
                        nexthop: nh,
                        new_saddr: key.daddr,
                        new_daddr: key.saddr,
                        new_sport: key.dport,
                        new_dport: key.sport,
                        ..fwd
                    },
                })
            }
            _ => None,
        };
        // A PROXY protocol connection: both entries punt until the header is through.
        let proxied = self.services[spos].svc.proxy_protocol
            && fwd.mode == ForwardingMode::FullNatForward
            && key.proto == 6;
        let punt = |a: Action| {
            if proxied {
                Action {
                    mode: ForwardingMode::Punt,
                    ..a
                }
            } else {
                a
            }
        };
        if self
            .card
            .tables
            .insert_flow(FlowEntry {
                key,
                action: punt(fwd),
            })
            .is_err()
        {
            if let Some((a, p)) = local {
                self.ports
                    .free(a, p, (Ipv4Addr::from(fwd.new_daddr), fwd.new_dport));
            }
            self.stats.table_full += 1;
            return Ok(());
        }
        if let Some(r) = reverse {
            if self
                .card
                .tables
                .insert_flow(FlowEntry {
                    key: r.key,
                    action: punt(r.action),
                })
                .is_err()
            {
                self.card.tables.remove_flow(&key);
                if let Some((a, p)) = local {
                    self.ports
                        .free(a, p, (Ipv4Addr::from(fwd.new_daddr), fwd.new_dport));
                }
                self.stats.table_full += 1;
                return Ok(());
            }
        }
        // Committed with the rest of the batch, before the frame is re-injected.
        let state = if key.proto == 6 {
            ConnState::Established
        } else {
            ConnState::Udp
        };
        self.add_conn(
            key,
            svc_key,
            (rs.addr, rs.port),
            rs_index,
            reverse.map(|r| r.key),
            local,
            state,
        );
        self.stats.scheduled += 1;
        tracing::debug!(?key, rs = %rs.addr, reason = ?e.reason, proxied, "scheduled");
        if let (true, Some(r)) = (proxied, reverse) {
            let client = (Ipv4Addr::from(key.saddr), key.sport);
            let vip = (Ipv4Addr::from(key.daddr), key.dport);
            self.proxied.insert(
                key,
                ProxyConn {
                    fwd,
                    rev_key: r.key,
                    rev: r.action,
                    header: proxy::header_v2(client, vip),
                    start: None,
                },
            );
            self.proxied_rev.insert(r.key, key);
            return self.punted(&e);
        }
        self.reinject(&e)
    }

    /// The action a connection's entry really has (a PROXY protocol connection's
    /// entries punt while the host carries its first round trip).
    fn real_action(&self, key: &FlowKey) -> Option<Action> {
        let (_, e) = self.card.tables.shadow().lookup_flow(key)?;
        if e.action.mode != ForwardingMode::Punt {
            return Some(e.action);
        }
        if let Some(p) = self.proxied.get(key) {
            return Some(p.fwd);
        }
        let fk = self.proxied_rev.get(key)?;
        Some(self.proxied[fk].rev)
    }

    /// An ICMP error about a packet of a connection goes to the other side, translated
    /// as IPVS does: one about a packet sent to the client (arriving on the client
    /// side) goes to the real server, one about a packet sent to the real server goes
    /// to the client. The quoted packet names the connection: reversed, it is the
    /// connection's forward key (client side) or its reverse key (server side).
    fn icmp_error(&mut self, e: &Exception, err: &net::IcmpError) -> Result<()> {
        let l3 = usize::from(e.l3_offset);
        let q = err.quoted;
        let swapped = FlowKey {
            saddr: q.daddr,
            daddr: q.saddr,
            sport: q.dport,
            dport: q.sport,
            proto: q.proto,
        };
        let cfg = fpvs_model::CardConfig::NARROW;
        // The connection's entry for the quoted packet's reverse, and its next hop.
        let to_server = self.conns.get(&swapped).map(|c| c.reverse);
        let to_client = self.rev_index.get(&swapped).copied();
        let found = self.real_action(&swapped).and_then(|a| {
            let nh = self.card.tables.shadow().nexthop(a.nexthop).copied()?;
            Some((a, nh))
        });
        let Some((a, nh)) = found.filter(|_| to_server.is_some() || to_client.is_some()) else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        let macs = (nh.dst_mac.0, nh.src_mac.0);
        let frame = &e.frame[..err.end];
        let f = match (to_server, to_client) {
            // To the real server.
            (Some(reverse), _) => match (a.mode, reverse) {
                (ForwardingMode::Dr | ForwardingMode::Tun, _) => {
                    fpvs_model::rewrite(frame, l3, &a, &nh, &cfg)
                }
                (ForwardingMode::NatForward, Some(rev)) => {
                    let src = u32::from_be_bytes(frame[l3 + 12..l3 + 16].try_into().expect("4"));
                    err.translate(frame, l3, (src, a.new_daddr), &rev, macs)
                }
                (ForwardingMode::FullNatForward, Some(rev)) => {
                    err.translate(frame, l3, (a.new_saddr, a.new_daddr), &rev, macs)
                }
                _ => {
                    self.stats.policy_drops += 1;
                    return Ok(());
                }
            },
            // To the client: from the VIP, quoting the client's own packet.
            (None, Some(fk)) => err.translate(frame, l3, (fk.daddr, fk.saddr), &fk, macs),
            (None, None) => unreachable!("filtered above"),
        };
        let out = (nh.port, f);
        self.send.push(out);
        self.stats.icmp_errors += 1;
        Ok(())
    }

    // ---- PROXY protocol connections (see `crate::proxy`) ------------------------------

    /// A frame of a flow whose entry punts: a PROXY protocol connection's first round
    /// trip, in either direction.
    fn punted(&mut self, e: &Exception) -> Result<()> {
        let l3 = usize::from(e.l3_offset);
        let key = net::flow_key(&e.frame, l3).map(|(k, _)| k);
        let seg = proxy::segment(&e.frame, l3);
        let (Some(key), Some(seg), false) = (key, seg, e.truncated) else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        if let Some(pc) = self.proxied.get_mut(&key) {
            let data = seg.payload_len > 0;
            let header = pc.header;
            let (frame, delta) = match pc.start {
                Some(s0) if data && seg.seq == s0 => {
                    (proxy::insert_payload(&e.frame, l3, &seg, &header), 0)
                }
                Some(_) => (Some(e.frame.clone()), HEADER_LEN),
                None if data => {
                    pc.start = Some(seg.seq);
                    (proxy::insert_payload(&e.frame, l3, &seg, &header), 0)
                }
                None => (Some(proxy::strip_sack_permitted(&e.frame, l3, &seg)), 0),
            };
            let action = Action {
                seq_delta: delta as u16,
                ..pc.fwd
            };
            let Some(frame) = frame else {
                self.stats.policy_drops += 1;
                return Ok(());
            };
            if data && delta == 0 {
                self.stats.proxy_headers += 1;
            }
            return self.send_rewritten(&frame, l3, &action, &e.frame);
        }
        if let Some(fk) = self.proxied_rev.get(&key).copied() {
            let pc = &self.proxied[&fk];
            let through = pc.start.is_some_and(|s0| {
                seg.flags & proxy::flags::ACK != 0
                    && proxy::acks(seg.ack, s0.wrapping_add(HEADER_LEN as u32))
            });
            let action = Action {
                seq_delta: if pc.start.is_some() {
                    HEADER_LEN as u16
                } else {
                    0
                },
                ..pc.rev
            };
            self.send_rewritten(&e.frame, l3, &action, &e.frame)?;
            if through {
                // The real server has the header: the card takes the connection over.
                let pc = self.proxied.remove(&fk).expect("present");
                self.proxied_rev.remove(&pc.rev_key);
                for (key, a) in [(fk, pc.fwd), (pc.rev_key, pc.rev)] {
                    let action = Action {
                        seq_delta: HEADER_LEN as u16,
                        ..a
                    };
                    self.card.tables.insert_flow(FlowEntry { key, action })?;
                }
                tracing::debug!(?fk, "PROXY header acknowledged: connection in the card");
            }
            return Ok(());
        }
        // A punting entry nothing here owns.
        self.stats.policy_drops += 1;
        Ok(())
    }

    /// Rewrites a frame as the card would with `action` (the model's rewrite) and
    /// queues it for its next hop's port; counts `received` (the frame as it came in)
    /// as the card would have.
    fn send_rewritten(
        &mut self,
        frame: &[u8],
        l3: usize,
        action: &Action,
        received: &[u8],
    ) -> Result<()> {
        let Some(nh) = self.card.tables.shadow().nexthop(action.nexthop).copied() else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        let ttl = frame.get(l3 + 8).copied().unwrap_or(0);
        if ttl <= 1 {
            self.stats.policy_drops += 1;
            return Ok(());
        }
        let out = fpvs_model::rewrite(frame, l3, action, &nh, &fpvs_model::CardConfig::NARROW);
        self.send.push((nh.port, out));
        self.stats.proxy_frames += 1;
        let bytes = received
            .get(l3 + 2..l3 + 4)
            .map_or(0, |b| u64::from(u16::from_be_bytes([b[0], b[1]])));
        let d = action.mode.direction() as usize;
        let h = &mut self.host_counted;
        h.services.entry(action.service).or_default()[d].add(bytes);
        h.real_servers.entry(action.real_server).or_default()[d].add(bytes);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn add_conn(
        &mut self,
        key: FlowKey,
        service: ServiceKey,
        rs: (Ipv4Addr, u16),
        rs_index: u16,
        reverse: Option<FlowKey>,
        local: Option<(Ipv4Addr, u16)>,
        state: ConnState,
    ) {
        if let Some(r) = self
            .services
            .iter_mut()
            .find(|s| s.svc.key == service)
            .and_then(|s| s.servers.iter_mut().find(|r| (r.rs.addr, r.rs.port) == rs))
        {
            match state {
                ConnState::Established => r.active += 1,
                _ => r.inactive += 1,
            }
            r.total += 1;
        }
        if let Some(r) = reverse {
            self.rev_index.insert(r, key);
        }
        self.age_queue.push_back(key);
        self.conns.insert(
            key,
            Conn {
                service,
                rs,
                rs_index,
                reverse,
                local,
                state,
                packets: 0,
                last_change: Instant::now(),
            },
        );
    }

    /// Queues the frame to go back into the pipeline once the batch's entries are in
    /// the card.
    fn reinject(&mut self, e: &Exception) -> Result<()> {
        if !e.truncated {
            self.reinject.push((e.port, e.frame.clone()));
        }
        Ok(())
    }

    /// Commits the batch's table changes (one doorbell), then re-injects its frames.
    fn flush(&mut self) -> Result<()> {
        if self.card.tables.pending() > 0 {
            self.card.commit()?;
        }
        if !self.reinject.is_empty() {
            let frames = std::mem::take(&mut self.reinject);
            let batch: Vec<(InjectTarget, &[u8])> = frames
                .iter()
                .map(|(port, f)| (InjectTarget::Pipeline { port: *port }, f.as_slice()))
                .collect();
            self.card.inject(&batch)?;
            self.stats.reinjected += frames.len() as u64;
        }
        if !self.send.is_empty() {
            let frames = std::mem::take(&mut self.send);
            let batch: Vec<(InjectTarget, &[u8])> = frames
                .iter()
                .map(|(port, f)| (InjectTarget::Port { port: *port }, f.as_slice()))
                .collect();
            self.card.inject(&batch)?;
        }
        Ok(())
    }

    fn notification(&mut self, rec: &fpvs_abi::NotifyRecord) -> Result<()> {
        match rec.kind {
            NotifyKind::Learn => {
                if self.conns.contains_key(&rec.key) {
                    return Ok(());
                }
                let Some(svc) = self
                    .services
                    .iter()
                    .find(|s| s.index == rec.service)
                    .map(|s| s.svc.key)
                else {
                    return Ok(());
                };
                let Some(action) = self
                    .card
                    .tables
                    .shadow()
                    .real_server(rec.real_server)
                    .copied()
                else {
                    return Ok(());
                };
                let rs = self
                    .services
                    .iter()
                    .find(|s| s.index == rec.service)
                    .and_then(|s| s.servers.iter().find(|r| r.index == rec.real_server))
                    .map(|r| (r.rs.addr, r.rs.port));
                let Some(rs) = rs else { return Ok(()) };
                if self
                    .card
                    .tables
                    .insert_flow(FlowEntry {
                        key: rec.key,
                        action,
                    })
                    .is_ok()
                {
                    let state = if rec.key.proto == 6 {
                        ConnState::Established
                    } else {
                        ConnState::Udp
                    };
                    self.add_conn(rec.key, svc, rs, rec.real_server, None, None, state);
                    self.stats.learned += 1;
                }
            }
            NotifyKind::FinRst => {
                if let Some(c) = self.conns.get_mut(&rec.key) {
                    if c.state == ConnState::Established {
                        c.state = ConnState::FinWait;
                        c.last_change = Instant::now();
                        let (svc, rs) = (c.service, c.rs);
                        if let Some(r) = self
                            .services
                            .iter_mut()
                            .find(|s| s.svc.key == svc)
                            .and_then(|s| {
                                s.servers.iter_mut().find(|r| (r.rs.addr, r.rs.port) == rs)
                            })
                        {
                            r.active = r.active.saturating_sub(1);
                            r.inactive += 1;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// The card's timestamp now, after keeping its clock in step with the host's.
    ///
    /// The card stamps each flow slot with `TS_NOW` when a frame hits it; ticks are
    /// `TS_PRESCALE / CLOCK_KHZ` ms (1 ms after reset). A card whose clock fell behind
    /// the host's — stopped (prescale 0), or a simulator that does not clock while it
    /// has no work — is set forward to the host's count, so that its stamps are in
    /// host time; the clock never goes back. How far it had fallen behind is kept
    /// ([`Agent::age`] allows for it, so that no connection expires early).
    fn card_now(&mut self) -> Result<(u32, f64)> {
        use fpvs_abi::regs::{ctrl, id};
        let regs = &self.card.regs;
        let tick_ms = match (regs.read(ctrl::TS_PRESCALE)?, regs.read(id::CLOCK_KHZ)?) {
            (p, k) if p > 0 && k > 0 => f64::from(p) / f64::from(k),
            _ => 1.0,
        };
        let now = regs.read(ctrl::TS_NOW)?;
        let (at, base) = *self.clock.get_or_insert((Instant::now(), now));
        let host = base.wrapping_add((at.elapsed().as_secs_f64() * 1000.0 / tick_ms) as u32);
        let behind = host.wrapping_sub(now);
        if behind as i32 > 1 {
            regs.write(ctrl::TS_NOW, host)?;
            self.clock_lag = behind;
            return Ok((host, tick_ms));
        }
        self.clock_lag = 0;
        Ok((now, tick_ms))
    }

    /// Expires connections idle for their IPVS timeout (`--set tcp tcpfin udp`).
    ///
    /// A connection's idle time comes from the card's timestamps: the newest
    /// `last_seen` of its forward and reverse slots against the card's clock (see
    /// [`Agent::card_now`]). A slot the card has not hit since it was written (a new
    /// entry, or one the cuckoo placement moved) has no stamp; then the host's own
    /// record counts — when the connection was installed or last seen active. A card
    /// clock that lags the host's (see [`Agent::card_now`]) makes stamps look older
    /// than they are; the lag is subtracted, so expiry is late by at most that much,
    /// never early.
    ///
    /// Called once a second, it visits a share of the connections, round robin, so
    /// that every connection is looked at once per pass: a pass takes half the
    /// shortest timeout, at least 1 s and at most 10 s. Reading a million connections'
    /// stamps every second would cost the card a million commands a second; this way
    /// it costs at most a tenth, and expiry is late by at most one pass.
    pub fn age(&mut self) -> Result<()> {
        let (now_tick, tick_ms) = self.card_now()?;
        if self.conns.is_empty() {
            self.age_queue.clear();
            return Ok(());
        }
        let t = self.config.timeouts;
        let pass = (t.tcp.min(t.tcpfin).min(t.udp) / 2).clamp(1, 10) as usize;
        let share = self.conns.len().div_ceil(pass).max(1);
        let mut keys: Vec<FlowKey> = Vec::with_capacity(share);
        let mut taken = FastSet::with_capacity_and_hasher(share, Default::default());
        // Stale keys (connections already gone, or queued twice) are dropped on the way.
        let mut looked = 0;
        while keys.len() < share && looked < self.age_queue.len() {
            let Some(k) = self.age_queue.pop_front() else {
                break;
            };
            looked += 1;
            if self.conns.contains_key(&k) && taken.insert(k) {
                keys.push(k);
            }
        }
        self.age_queue.extend(keys.iter().copied());
        let mut slots = Vec::new();
        let mut owners = Vec::new();
        for k in &keys {
            let c = &self.conns[k];
            for fk in std::iter::once(*k).chain(c.reverse) {
                if let Some((slot, _)) = self.card.tables.shadow().lookup_flow(&fk) {
                    slots.push(slot);
                    owners.push(*k);
                }
            }
        }
        let stats = self
            .card
            .tables
            .flow_stats(&mut self.card.rings.cmd, &slots)?;
        // Per connection: packets, and the fewest ticks since a stamped slot's hit.
        let mut seen: FastMap<FlowKey, (u64, Option<u32>)> = FastMap::default();
        for (o, s) in owners.iter().zip(stats) {
            let e = seen.entry(*o).or_default();
            e.0 += u64::from(s.packets);
            if s.packets > 0 {
                // A stamp "after" now (a write racing the clock) counts as now.
                let idle = now_tick.wrapping_sub(s.last_seen);
                let idle = if idle as i32 >= 0 { idle } else { 0 };
                e.1 = Some(e.1.map_or(idle, |m| m.min(idle)));
            }
        }
        let t = self.config.timeouts;
        let now = Instant::now();
        let mut doomed = Vec::new();
        for k in keys {
            let c = self.conns.get_mut(&k).expect("present");
            let (p, idle_ticks) = seen.get(&k).copied().unwrap_or_default();
            if let Some(ticks) = idle_ticks {
                let ticks = ticks.saturating_sub(self.clock_lag);
                let idle = Duration::from_secs_f64(f64::from(ticks) * tick_ms / 1000.0);
                // The card's stamp, unless the host saw the connection more recently
                // (a notification, or an install after that stamp).
                if let Some(at) = now.checked_sub(idle) {
                    c.last_change = c.last_change.max(at);
                }
            }
            c.packets = p;
            let timeout = match c.state {
                ConnState::Established => t.tcp,
                ConnState::FinWait => t.tcpfin,
                ConnState::Udp => t.udp,
            };
            if now.duration_since(c.last_change) >= Duration::from_secs(u64::from(timeout)) {
                doomed.push(k);
            }
        }
        for k in doomed {
            self.remove_conn(&k);
            self.stats.expired += 1;
        }
        if self.card.tables.pending() > 0 {
            self.card.commit()?;
        }
        Ok(())
    }

    /// Rebuilds the connection table from the flows the card holds (after a restart;
    /// call after [`Agent::sync`] with the persisted configuration).
    ///
    /// Entries that punt belong to PROXY protocol connections that were in their first
    /// round trip; what the header's progress was is gone with the previous process,
    /// so they are removed (those connections fail; the next ones are unaffected).
    pub fn adopt_flows(&mut self) {
        let punting: Vec<FlowKey> = self
            .card
            .tables
            .shadow()
            .flows()
            .filter(|(_, e)| e.action.mode == ForwardingMode::Punt)
            .map(|(_, e)| e.key)
            .collect();
        for k in punting {
            self.card.tables.remove_flow(&k);
        }
        let flows: Vec<FlowEntry> = self.card.tables.shadow().flows().map(|(_, e)| *e).collect();
        let reverse: HashMap<(u16, u32, u16), FlowKey> = flows
            .iter()
            .filter(|e| {
                matches!(
                    e.action.mode,
                    ForwardingMode::NatReverse | ForwardingMode::FullNatReverse
                )
            })
            // A reverse entry's destination is the client (or local address) and port.
            .map(|e| ((e.action.real_server, e.key.daddr, e.key.dport), e.key))
            .collect();
        for e in flows {
            let fwd = matches!(
                e.action.mode,
                ForwardingMode::Dr
                    | ForwardingMode::Tun
                    | ForwardingMode::NatForward
                    | ForwardingMode::FullNatForward
            );
            if !fwd || self.conns.contains_key(&e.key) {
                continue;
            }
            let Some((svc, rs)) = self
                .services
                .iter()
                .find(|s| s.index == e.action.service)
                .and_then(|s| {
                    s.servers
                        .iter()
                        .find(|r| r.index == e.action.real_server)
                        .map(|r| (s.svc.key, (r.rs.addr, r.rs.port)))
                })
            else {
                continue;
            };
            let full = e.action.mode == ForwardingMode::FullNatForward;
            let (rd, rp) = if full {
                (e.action.new_saddr, e.action.new_sport)
            } else {
                (e.key.saddr, e.key.sport)
            };
            let rev = reverse.get(&(e.action.real_server, rd, rp)).copied();
            let local = full.then(|| (Ipv4Addr::from(e.action.new_saddr), e.action.new_sport));
            if let Some((a, p)) = local {
                self.ports.take(
                    a,
                    p,
                    (Ipv4Addr::from(e.action.new_daddr), e.action.new_dport),
                );
            }
            let state = if e.key.proto == 6 {
                ConnState::Established
            } else {
                ConnState::Udp
            };
            self.add_conn(e.key, svc, rs, e.action.real_server, rev, local, state);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PortPool;
    use std::net::Ipv4Addr;

    #[test]
    fn local_ports_are_unique_per_real_server_and_run_out_at_once() {
        let l = Ipv4Addr::new(192, 168, 1, 201);
        let a = (Ipv4Addr::new(192, 168, 1, 11), 80);
        let b = (Ipv4Addr::new(192, 168, 1, 12), 80);
        let mut p = PortPool::default();
        let first = p.alloc(l, a).unwrap();
        for _ in 1..PortPool::SIZE {
            assert!(p.alloc(l, a).is_some());
        }
        assert_eq!(p.alloc(l, a), None, "all 64 512 ports of (laddr, rs) taken");
        // Every port is in use towards `a`, and each still serves another real server.
        assert!(p.alloc(l, b).is_some());
        assert!(p.alloc(Ipv4Addr::new(192, 168, 1, 202), a).is_some());
        p.free(l, first, a);
        assert_eq!(p.alloc(l, a), Some(first));
        // Adopted ports count.
        let mut q = PortPool::default();
        q.take(l, 1024, a);
        assert_ne!(q.alloc(l, a), Some(1024));
    }
}
