//! Configuration to card: a service entry per TCP/UDP service, a real-server entry
//! per (service, real server), each real server's scheduler state and health.
//!
//! Indices are allocated once and kept ([`state::Indices`], persisted by fpvsd), so entries
//! already in the card — and the flows that name them — stay valid across
//! configuration changes and restarts. A change is checked ([`Agent::check`]), then
//! planned on the agent's state and the shadow, and sent only when all of it fits
//! ([`Agent::sync`]).
//!
//! Persistent services keep a template per client (`templates.rs`, kept in step with
//! the connections by `persistence.rs`).
//!
//! Owns the service and real-server entries, their indices and the persistence
//! templates. Next hops are [`crate::agent::nexthops`]'s, Maglev regions
//! [`crate::agent::maglev`]'s; connections of a removed real server are removed
//! through [`crate::agent::conns`], never here.

mod persistence;
pub(super) mod state;
pub(super) mod templates;

use crate::agent::core::{Agent, AgentError, AgentResult, SERVER_PORT};
use crate::agent::laddr;
use crate::config::{Config, ForwardMethod, RealServer, Service, ServiceKey};
use crate::net;
use crate::sched;
use fpvs_abi::{Action, ForwardingMode, ServiceEntry};
use state::{alloc, card_v4, checked_v4, rs_name, svc_name, RsState, SvcState};
use std::net::IpAddr;

impl Agent {
    /// The service `key`.
    pub(in crate::agent) fn service(&self, key: &ServiceKey) -> Option<&SvcState> {
        self.services.iter().find(|s| s.svc.key == *key)
    }

    /// Real server `rs` of service `key`, to update its connection counts.
    #[inline]
    pub(in crate::agent) fn real_server_mut(
        &mut self,
        key: &ServiceKey,
        rs: (IpAddr, u16),
    ) -> Option<&mut RsState> {
        self.services
            .iter_mut()
            .find(|s| s.svc.key == *key)
            .and_then(|s| s.servers.iter_mut().find(|r| r.addr() == rs))
    }

    /// Service and real server by their card indices: (service key, real server).
    pub(in crate::agent) fn by_index(
        &self,
        service: u16,
        real_server: u16,
    ) -> Option<(ServiceKey, &RsState)> {
        self.services
            .iter()
            .find(|s| s.index == service)
            .and_then(|s| {
                s.servers
                    .iter()
                    .find(|r| r.index == real_server)
                    .map(|r| (s.svc.key, r))
            })
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
        addr: IpAddr,
        port: u16,
        up: bool,
    ) -> AgentResult<()> {
        let Some(s) = self.services.iter_mut().find(|s| s.svc.key == *svc) else {
            return Ok(());
        };
        let Some(r) = s.servers.iter_mut().find(|r| r.addr() == (addr, port)) else {
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

    /// Checks that a configuration can be put on this card, before anything changes.
    pub fn check(&self, cfg: &Config) -> AgentResult<()> {
        let server = &self.net.ports[usize::from(SERVER_PORT)];
        let v6 = |what: String, a: IpAddr| {
            AgentError::Config(format!(
                "{what}: {a} is an IPv6 address; the card's tables hold IPv4 addresses only"
            ))
        };
        for (svc, servers) in &cfg.services {
            if let ServiceKey::Addr { addr, .. } = svc.key {
                card_v4(addr).ok_or_else(|| v6(format!("service {}", svc.key), addr))?;
            }
            for rs in servers {
                let what = || format!("real server [{}]:{} of {}", rs.addr, rs.port, svc.key);
                let addr = card_v4(rs.addr).ok_or_else(|| v6(what(), rs.addr))?;
                match rs.method {
                    ForwardMethod::Dr if !net::in_subnet(addr, server.addr, server.prefix) => {
                        return Err(AgentError::Config(format!(
                            "real server {}:{} of {}: direct routing (-g) rewrites only the Ethernet \
                             addresses, so the real server must be on the card's server-side segment \
                             {}/{}; use tunnelling (-i), NAT (-m) or --fullnat for a routed real server",
                            rs.addr, rs.port, svc.key, server.addr, server.prefix
                        )));
                    }
                    _ if self.neighbour(SERVER_PORT, addr).is_none() => {
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
        for l in &cfg.local_addrs {
            card_v4(l.addr).ok_or_else(|| v6(format!("local address of {}", l.service), l.addr))?;
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

    /// Makes the card follow `cfg`, all of it or nothing. Entries that did not change
    /// are not rewritten; flows of removed real servers are removed with them.
    ///
    /// Plan, then apply: the change is worked out on the agent's services, indices and
    /// the tables' shadow from a checkpoint, and only when all of it fits (indices,
    /// next hops, Maglev space, table placement) is it sent. If anything fails — a
    /// resource runs out, the card refuses a command or stops answering — services,
    /// indices, configuration and shadow go back to the checkpoint, the slots already
    /// sent are rewritten with their old entries (now, or on the next commit once the
    /// card answers again), and the error names what failed. Connections of removed
    /// real servers are dropped only after the new entries are in the card, so a
    /// failed change drops none.
    pub fn sync(&mut self, cfg: &Config) -> AgentResult<()> {
        self.check(cfg)?;
        let before = (
            self.services.clone(),
            self.indices.clone(),
            self.card.tables.checkpoint(),
        );
        let mut dropped = Vec::new();
        let applied = self
            .plan(cfg, &mut dropped)
            .and_then(|()| self.card.commit().map(|_| ()).map_err(AgentError::from));
        if let Err(e) = applied {
            let (services, indices, tables) = before;
            self.services = services;
            self.indices = indices;
            self.card.tables.rollback(tables);
            // Put back what reached the card; if it does not answer, the next commit
            // does.
            if let Err(again) = self.card.commit() {
                tracing::warn!(error = %again, "restoring the card after a failed change");
            }
            return Err(e);
        }
        self.config = cfg.clone();
        for (key, rs) in dropped {
            self.drop_conns_of(&key, rs);
        }
        self.laddrs.configure(cfg);
        self.card.commit()?;
        Ok(())
    }

    /// The change on the agent's state and the shadow, nothing sent; the connections
    /// to drop once it is applied go to `dropped`.
    fn plan(
        &mut self,
        cfg: &Config,
        dropped: &mut Vec<(ServiceKey, (IpAddr, u16))>,
    ) -> AgentResult<()> {
        // Services removed: their entries, real servers, flows.
        let gone: Vec<ServiceKey> = self
            .services
            .iter()
            .map(|s| s.svc.key)
            .filter(|k| !cfg.services.iter().any(|(s, _)| s.key == *k))
            .collect();
        for k in gone {
            self.remove_service(&k, dropped)?;
        }
        for (svc, servers) in &cfg.services {
            self.sync_service(svc, servers, dropped)?;
        }
        Ok(())
    }

    fn remove_service(
        &mut self,
        key: &ServiceKey,
        dropped: &mut Vec<(ServiceKey, (IpAddr, u16))>,
    ) -> AgentResult<()> {
        let Some(pos) = self.services.iter().position(|s| s.svc.key == *key) else {
            return Ok(());
        };
        let s = self.services.remove(pos);
        if let ServiceKey::Addr { proto, addr, port } = *key {
            self.card
                .tables
                .remove_service(proto.number(), u32::from(checked_v4(addr)), port);
        }
        for r in &s.servers {
            dropped.push((*key, r.addr()));
            self.card.tables.set_real_server(r.index, None)?;
            self.indices.real_servers.remove(&rs_name(key, &r.rs));
        }
        self.release_maglev(key, s.hw)?;
        self.indices.services.remove(&svc_name(key));
        Ok(())
    }

    fn sync_service(
        &mut self,
        svc: &Service,
        servers: &[RealServer],
        dropped: &mut Vec<(ServiceKey, (IpAddr, u16))>,
    ) -> AgentResult<()> {
        let name = svc_name(&svc.key);
        let index = match self.indices.services.get(&name) {
            Some(i) => *i,
            None => {
                let i = alloc(&self.indices.services, self.card.info.services)
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
                    templates: templates::Templates::default(),
                    hw: None,
                });
                self.services.len() - 1
            }
        };
        // Real servers removed from the service.
        let old: Vec<(IpAddr, u16)> = self.services[pos]
            .servers
            .iter()
            .map(|r| r.addr())
            .filter(|a| !servers.iter().any(|r| (r.addr, r.port) == *a))
            .collect();
        for a in old {
            dropped.push((svc.key, a));
            let s = &mut self.services[pos];
            let i = s
                .servers
                .iter()
                .position(|r| r.addr() == a)
                .expect("present");
            let r = s.servers.remove(i);
            self.card.tables.set_real_server(r.index, None)?;
            self.indices.real_servers.remove(&rs_name(&svc.key, &r.rs));
        }
        // Real servers added or changed.
        for rs in servers {
            self.sync_real_server(pos, svc, rs, index)?;
        }
        let s = &mut self.services[pos];
        let scheduler_changed =
            s.svc.scheduler != svc.scheduler || s.svc.sched_flags != svc.sched_flags;
        let mask = |s: &Service| s.persistence.map(|p| p.netmask);
        let persistence_changed = mask(&s.svc) != mask(svc);
        s.svc = svc.clone();
        let (c, ids) = (s.candidates(), s.ids());
        if scheduler_changed {
            s.sched = sched::new_with_ids(svc.scheduler, &svc.sched_flags, &c, &ids);
        } else {
            s.sched.reset_with_ids(&c, &ids);
        }
        if persistence_changed {
            self.recount_templates(pos);
        }
        self.sync_hw_scheduling(pos, servers)?;
        self.program_maglev(&svc.key)?;
        if let ServiceKey::Addr { proto, addr, port } = svc.key {
            let entry = ServiceEntry {
                proto: proto.number(),
                vip: u32::from(checked_v4(addr)),
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

    /// Real server `rs` of the service at `pos` (card index `service`): its index,
    /// its state, its next hop and its entry.
    fn sync_real_server(
        &mut self,
        pos: usize,
        svc: &Service,
        rs: &RealServer,
        service: u16,
    ) -> AgentResult<()> {
        let rname = rs_name(&svc.key, rs);
        let rindex = match self.indices.real_servers.get(&rname) {
            Some(i) => *i,
            None => {
                let i = alloc(&self.indices.real_servers, self.card.info.real_servers)
                    .ok_or_else(|| AgentError::Config("no real-server index left".into()))?;
                self.indices.real_servers.insert(rname, i);
                i
            }
        };
        let s = &mut self.services[pos];
        match s
            .servers
            .iter_mut()
            .find(|r| r.addr() == (rs.addr, rs.port))
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
        let neighbour = self
            .neighbour(SERVER_PORT, checked_v4(rs.addr))
            .expect("checked");
        let nh = self.alloc_nexthop(neighbour)?;
        self.program_nexthop(neighbour, nh)?;
        let action = self.rs_action(svc, rs, service, rindex, nh);
        if self.card.tables.shadow().real_server(rindex) != Some(&action) {
            self.card.tables.set_real_server(rindex, Some(action))?;
        }
        Ok(())
    }

    /// The real-server entry: the action every new connection to it starts from.
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
                u32::from(checked_v4(laddr::local_addr(
                    &self.config,
                    &svc.key,
                    server.addr.into(),
                ))),
                rs.port,
            ),
        };
        Action {
            mode,
            nexthop: nh,
            service,
            real_server: index,
            new_saddr,
            new_daddr: u32::from(checked_v4(rs.addr)),
            new_sport: 0,
            new_dport,
            seq_delta: 0,
        }
    }
}
