//! Hardware scheduling: an `mh` service whose real servers are all DR or TUN, without
//! persistence, gets a region of the card's Maglev table, so that the card schedules
//! its new flows itself (and tells the host, which records them: `Learn`).
//!
//! Owns the Maglev regions ([`crate::agent::Indices::maglev`]) and their contents. It must
//! not touch service or real-server entries (the service entry names the region;
//! [`crate::agent::services`] writes it) nor connections.

use crate::agent::core::{Agent, AgentError, AgentResult, SERVER_PORT};
use crate::agent::services::state::{checked_v4, rs_id, svc_name};
use crate::config::{ForwardMethod, RealServer, Scheduler, Service, ServiceKey};
use fpvs_abi::MaglevEntry;

/// Whether the card can schedule `svc` itself: `mh`, no persistence (the card keeps
/// no templates), and only DR and TUN real servers (NAT and FULLNAT need a reverse
/// entry and, for FULLNAT, a local port, which only the host places).
pub(in crate::agent) fn hw_schedulable(svc: &Service, servers: &[RealServer]) -> bool {
    svc.scheduler == Scheduler::Mh
        && svc.persistence.is_none()
        && !servers.is_empty()
        && servers
            .iter()
            .all(|r| matches!(r.method, ForwardMethod::Dr | ForwardMethod::Tun))
}

/// The base of the first region of `size` slots below `slots` that no base in `used`
/// holds.
fn free_region(used: &[u32], size: u32, slots: u32) -> Option<u32> {
    (0..)
        .map(|k| k * size)
        .take_while(|b| b + size <= slots)
        .find(|b| !used.contains(b))
}

impl Agent {
    /// Size of one service's Maglev region: the largest prime that gives 16 regions.
    fn maglev_size(&self) -> u32 {
        fpvs_model::maglev::prime_at_most((self.card.info.maglev_slots / 16).max(7))
    }

    /// Gives the service at `pos` a Maglev region if the card can schedule it (keeping
    /// the one it had), or takes its region back if it no longer can.
    pub(in crate::agent) fn sync_hw_scheduling(
        &mut self,
        pos: usize,
        servers: &[RealServer],
    ) -> AgentResult<()> {
        let hw_ok = hw_schedulable(&self.services[pos].svc, servers);
        let name = svc_name(&self.services[pos].svc.key);
        if hw_ok && self.services[pos].hw.is_none() {
            let size = self.maglev_size();
            let base = match self.indices.maglev.get(&name) {
                Some(b) => *b,
                None => {
                    let used: Vec<u32> = self.indices.maglev.values().copied().collect();
                    let base = free_region(&used, size, self.card.info.maglev_slots)
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
        Ok(())
    }

    /// Empties the region `hw` of a removed service and forgets its assignment.
    pub(in crate::agent) fn release_maglev(
        &mut self,
        key: &ServiceKey,
        hw: Option<(u32, u32)>,
    ) -> AgentResult<()> {
        if let Some((base, size)) = hw {
            self.card
                .tables
                .set_maglev(base, &vec![MaglevEntry(None); size as usize])?;
        }
        self.indices.maglev.remove(&svc_name(key));
        Ok(())
    }

    /// Writes a hardware-scheduled service's Maglev table from its available servers
    /// (servers whose next hop is unresolved or that are unhealthy take no slots).
    pub(in crate::agent) fn program_maglev(&mut self, key: &ServiceKey) -> AgentResult<()> {
        let Some(s) = self.service(key) else {
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
                        .neighbour(SERVER_PORT, checked_v4(r.rs.addr))
                        .is_some_and(|n| self.neigh.resolved(n))
            })
            .map(|r| fpvs_model::maglev::Backend {
                id: rs_id(r.rs.addr, r.rs.port),
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

    /// Rewrites every hardware-scheduled service's table (a next hop resolved or
    /// changed: servers behind it take, or change, their slots).
    pub(in crate::agent) fn program_all_maglev(&mut self) -> AgentResult<()> {
        let keys: Vec<ServiceKey> = self.services.iter().map(|s| s.svc.key).collect();
        for k in keys {
            self.program_maglev(&k)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Persistence, Protocol};
    use std::net::Ipv4Addr;

    fn svc(scheduler: Scheduler) -> Service {
        Service {
            key: ServiceKey::Addr {
                proto: Protocol::Tcp,
                addr: Ipv4Addr::new(10, 0, 0, 100).into(),
                port: 443,
            },
            scheduler,
            sched_flags: vec![],
            persistence: None,
            proxy_protocol: false,
        }
    }

    fn rs(method: ForwardMethod) -> RealServer {
        RealServer {
            addr: Ipv4Addr::new(192, 168, 1, 11).into(),
            port: 443,
            method,
            weight: 1,
            u_threshold: 0,
            l_threshold: 0,
        }
    }

    #[test]
    fn only_mh_without_persistence_over_dr_and_tun_is_scheduled_by_the_card() {
        let (dr, tun, nat) = (
            rs(ForwardMethod::Dr),
            rs(ForwardMethod::Tun),
            rs(ForwardMethod::Nat),
        );
        assert!(hw_schedulable(&svc(Scheduler::Mh), &[dr, tun]));
        assert!(!hw_schedulable(&svc(Scheduler::Mh), &[]), "no real server");
        assert!(!hw_schedulable(&svc(Scheduler::Mh), &[dr, nat]));
        assert!(!hw_schedulable(
            &svc(Scheduler::Mh),
            &[rs(ForwardMethod::FullNat)]
        ));
        assert!(!hw_schedulable(&svc(Scheduler::Sh), &[dr]));
        let persistent = Service {
            persistence: Some(Persistence {
                timeout: 360,
                netmask: Ipv4Addr::BROADCAST,
            }),
            ..svc(Scheduler::Mh)
        };
        assert!(!hw_schedulable(&persistent, &[dr]));
    }

    #[test]
    fn regions_are_the_first_free_ones_that_fit() {
        assert_eq!(free_region(&[], 7, 112), Some(0));
        assert_eq!(free_region(&[0, 14], 7, 112), Some(7));
        let all: Vec<u32> = (0..16).map(|k| k * 7).collect();
        assert_eq!(free_region(&all, 7, 112), None, "sixteen regions of 7");
        assert_eq!(free_region(&[], 7, 6), None, "none fits");
    }
}
