//! Statistics: what the slow path counted ([`counters::SlowPathStats`]), the frames the host
//! forwarded itself (counted per service and real-server index as the card counts
//! its own), and the per-real-server connection counts `ipvsadm -L` shows.
//!
//! Owns the counters only. It must not touch the card, the connection table or the
//! scheduler state: other modules count here, `-L --stats` and `status` read here.

pub(super) mod counters;

use crate::agent::core::Agent;
use crate::config::ServiceKey;
use counters::SlowPathStats;
use fpvs_abi::Counter;
use std::net::IpAddr;

/// How full the tables traffic grows are (each against its bound in
/// [`crate::agent::StateLimits`], or the card's table named).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Occupancy {
    /// Connections (bound: the card's flow table).
    pub connections: usize,
    /// PROXY protocol connections in their first round trip.
    pub proxied: usize,
    /// Persistence templates, all services together.
    pub templates: usize,
    /// New connections parked for ARP.
    pub parked: usize,
    /// Neighbours whose MAC is known.
    pub neighbours: usize,
    /// Of those, stale ones (their probes went unanswered; kept for a next hop in use).
    pub stale_neighbours: usize,
    /// ARP requests outstanding.
    pub arp_pending: usize,
    /// Next-hop indices assigned (bound: the card's next-hop table).
    pub nexthops: usize,
}

impl Agent {
    /// Slow-path counters (with those the neighbour cache and the local-port pool
    /// keep themselves).
    pub fn stats(&self) -> SlowPathStats {
        SlowPathStats {
            neighbours_refused: self.neigh.refused(),
            laddr_refused: self.laddrs.refused(),
            ..self.stats
        }
    }

    /// How full the traffic-grown tables are.
    pub fn occupancy(&self) -> Occupancy {
        let (neighbours, stale_neighbours) = self.neigh.counts();
        Occupancy {
            connections: self.conns.len(),
            proxied: self.proxied.len(),
            templates: self.template_count(),
            parked: self.parked.len(),
            neighbours,
            stale_neighbours,
            arp_pending: self.neigh.pending(),
            nexthops: self.indices.nexthops.len(),
        }
    }

    /// `(active, inactive, scheduled in all)` connections of a real server.
    pub fn conn_counts(&self, svc: &ServiceKey, addr: IpAddr, port: u16) -> (u32, u32, u64) {
        self.service(svc)
            .and_then(|s| s.server((addr, port)))
            .map_or((0, 0, 0), |r| (r.active, r.inactive, r.total))
    }

    /// Zeroes the scheduled-connection totals of a service's real servers (`-Z`).
    pub fn zero_conn_totals(&mut self, svc: &ServiceKey) {
        if let Some(s) = self.services.iter_mut().find(|s| s.svc.key == *svc) {
            self.host_counted.zero_service(s.index);
            for r in &mut s.servers {
                r.total = 0;
                self.host_counted.zero_real_server(r.index);
            }
        }
    }

    /// Packets the host forwarded itself (a PROXY protocol connection's first round
    /// trip), which the card's counters of this service index do not hold: (in, out).
    pub fn host_service_counters(&self, index: u16) -> [Counter; 2] {
        self.host_counted.service(index)
    }

    /// As [`Agent::host_service_counters`], for a real-server index.
    pub fn host_real_server_counters(&self, index: u16) -> [Counter; 2] {
        self.host_counted.real_server(index)
    }
}
