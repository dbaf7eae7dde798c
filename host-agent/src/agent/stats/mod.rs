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

impl Agent {
    /// Slow-path counters.
    pub fn stats(&self) -> SlowPathStats {
        self.stats
    }

    /// Neighbours whose MAC is known, and how many of them are stale.
    pub fn neighbour_counts(&self) -> (usize, usize) {
        self.neigh.counts()
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
