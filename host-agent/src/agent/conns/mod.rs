//! The connection table: one entry per connection, mirroring its forward (and, for
//! NAT and FULLNAT, reverse) flow entry in the card; its state (SYN_RECV, established,
//! FIN seen, UDP), ageing by the card's stamps ([`ageing`]), SYN_RECV connections
//! evicted when a flood fills the flow table ([`syn_flood`]), the connections the
//! card scheduled itself (`Learn`), and adoption of the card's flows after a restart.
//!
//! This is the one place a connection is created ([`Agent::add_conn`]) or removed
//! ([`Agent::remove_conn`]), with the real server's connection counts and the FULLNAT
//! local port kept in step — and so where a connection-sync peer would be told.
//! Installing a new connection's entries is the slow path's ([`crate::agent::slowpath`]);
//! this module must not schedule, and must not write service, real-server or next-hop
//! entries.

mod ageing;
pub(super) mod clock;
pub(super) mod syn_flood;
pub(super) mod table;

use crate::agent::core::Agent;
use crate::agent::services::state::checked_v4;
use crate::config::{Protocol, ServiceKey};
use crate::ipvsadm::ConnEntry;
use fpvs_abi::{FlowEntry, FlowKey, ForwardingMode, NotifyRecord};
use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddrV4};
use std::time::Instant;
pub use syn_flood::{SynGuard, DROP_ENTRY_SHARE};
use table::{Conn, ConnState};

impl Agent {
    /// Connections.
    pub fn conns(&self) -> impl Iterator<Item = (&FlowKey, &Conn)> {
        self.conns.iter()
    }

    /// The connection table as `ipvsadm -L -c` shows it.
    pub fn conn_entries(&self) -> Vec<ConnEntry> {
        let t = self.config.timeouts;
        let now = Instant::now();
        let mut v: Vec<_> = self
            .conns
            .iter()
            .map(|(k, c)| {
                let timeout = c.state.timeout(&t);
                let idle = now.duration_since(c.last_change).as_secs();
                ConnEntry {
                    proto: if k.proto == 6 {
                        Protocol::Tcp
                    } else {
                        Protocol::Udp
                    },
                    expire_secs: u64::from(timeout).saturating_sub(idle) as u32,
                    state: c.state.name().to_string(),
                    client: SocketAddrV4::new(Ipv4Addr::from(k.saddr), k.sport),
                    virtual_addr: SocketAddrV4::new(Ipv4Addr::from(k.daddr), k.dport),
                    real_server: SocketAddrV4::new(checked_v4(c.rs.0), c.rs.1),
                }
            })
            .collect();
        v.sort_by_key(|e| (e.virtual_addr, e.client));
        v
    }

    /// Connections in SYN_RECV (their client has sent nothing after its SYN yet).
    pub fn syn_recv_count(&self) -> usize {
        self.conns
            .iter()
            .filter(|(_, c)| c.state == ConnState::SynRecv)
            .count()
    }

    /// Connections using FULLNAT local address `addr`.
    pub fn local_addr_conns(&self, addr: impl Into<IpAddr>) -> u32 {
        let addr = addr.into();
        self.conns
            .iter()
            .filter(|(_, c)| c.local.is_some_and(|(a, _)| a == addr))
            .count() as u32
    }

    /// Records a connection whose entries are in the card (or in the batch about to
    /// be committed), and counts it for its real server.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn add_conn(
        &mut self,
        key: FlowKey,
        service: ServiceKey,
        rs: (IpAddr, u16),
        rs_index: u16,
        reverse: Option<FlowKey>,
        local: Option<(IpAddr, u16)>,
        state: ConnState,
    ) {
        if let Some(r) = self.real_server_mut(&service, rs) {
            match state {
                ConnState::Established => r.active += 1,
                _ => r.inactive += 1,
            }
            r.total += 1;
        }
        // Its client's persistence template lives while it does.
        self.template_conn_added(&service, key.saddr, rs);
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
                confirm_at: 2,
            },
        );
        if state == ConnState::SynRecv {
            // Its entries reach the card with the next commit.
            self.conns.queue_syn(key, self.card.commits + 1);
        }
    }

    /// Removes a connection: its entries leave the card, its FULLNAT local port is
    /// given back, its real server's counts drop, and a PROXY protocol connection
    /// still in its first round trip is forgotten.
    pub(super) fn remove_conn(&mut self, k: &FlowKey) {
        self.proxied.forget(k);
        if let Some(c) = self.conns.remove(k) {
            self.template_conn_removed(&c.service, k.saddr);
            self.card.tables.remove_flow(k);
            if let Some(r) = c.reverse {
                self.card.tables.remove_flow(&r);
                // A FULLNAT reverse key: real server -> local address:port.
                if c.local.is_some() {
                    self.laddrs.free(
                        (Ipv4Addr::from(r.daddr).into(), r.dport),
                        (Ipv4Addr::from(r.saddr).into(), r.sport),
                    );
                }
            }
            if let Some(r) = self.real_server_mut(&c.service, c.rs) {
                match c.state {
                    ConnState::Established => r.active = r.active.saturating_sub(1),
                    _ => r.inactive = r.inactive.saturating_sub(1),
                }
            }
        }
    }

    /// Removes every connection of real server `rs` of service `key`.
    pub(super) fn drop_conns_of(&mut self, key: &ServiceKey, rs: (IpAddr, u16)) {
        for k in self.conns.of_real_server(key, rs) {
            self.remove_conn(&k);
        }
    }

    /// A flow the card scheduled itself (Maglev): its entry is pinned so that it keeps
    /// its real server when the table changes, and it becomes a connection.
    pub(super) fn learn(&mut self, rec: &NotifyRecord) {
        if self.conns.contains(&rec.key) {
            return;
        }
        let Some((svc, rs)) = self
            .by_index(rec.service, rec.real_server)
            .map(|(k, r)| (k, r.addr()))
        else {
            return;
        };
        let Some(action) = self
            .card
            .tables
            .shadow()
            .real_server(rec.real_server)
            .copied()
        else {
            return;
        };
        if self
            .card
            .tables
            .insert_flow(FlowEntry {
                key: rec.key,
                action,
            })
            .is_ok()
        {
            let state = ConnState::new_for(rec.key.proto);
            self.add_conn(rec.key, svc, rs, rec.real_server, None, None, state);
            // The card forwarded the SYN before this entry existed: the client's next
            // packet is the entry's first.
            if let Some(c) = self.conns.get_mut(&rec.key) {
                c.confirm_at = 1;
            }
            self.stats.learned += 1;
        }
    }

    /// The card saw a FIN or RST of connection `key`: it moves to its closing timeout
    /// (an established one from its real server's active to its inactive count).
    pub(super) fn closing(&mut self, key: &FlowKey) {
        let Some(c) = self.conns.get_mut(key) else {
            return;
        };
        let was = c.state;
        if !matches!(was, ConnState::Established | ConnState::SynRecv) {
            return;
        }
        c.state = ConnState::FinWait;
        c.last_change = Instant::now();
        let (svc, rs) = (c.service, c.rs);
        if was == ConnState::Established {
            if let Some(r) = self.real_server_mut(&svc, rs) {
                r.active = r.active.saturating_sub(1);
                r.inactive += 1;
            }
        }
    }

    /// SYN_RECV connection `key` saw the client's next packet: it is established,
    /// and moves from its real server's inactive to its active count (as IPVS
    /// counts a connection active only once established).
    pub(super) fn established(&mut self, key: &FlowKey) {
        let Some(c) = self.conns.get_mut(key) else {
            return;
        };
        if c.state != ConnState::SynRecv {
            return;
        }
        c.state = ConnState::Established;
        c.last_change = Instant::now();
        let (svc, rs) = (c.service, c.rs);
        if let Some(r) = self.real_server_mut(&svc, rs) {
            r.inactive = r.inactive.saturating_sub(1);
            r.active += 1;
        }
        self.stats.syn_confirmed += 1;
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
            if !fwd || self.conns.contains(&e.key) {
                continue;
            }
            let Some((svc, rs)) = self
                .by_index(e.action.service, e.action.real_server)
                .map(|(k, r)| (k, r.addr()))
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
            let local = full.then(|| {
                (
                    Ipv4Addr::from(e.action.new_saddr).into(),
                    e.action.new_sport,
                )
            });
            if let Some(l) = local {
                self.laddrs.take(
                    l,
                    (
                        Ipv4Addr::from(e.action.new_daddr).into(),
                        e.action.new_dport,
                    ),
                );
            }
            let state = ConnState::new_for(e.key.proto);
            self.add_conn(e.key, svc, rs, e.action.real_server, rev, local, state);
        }
    }
}
