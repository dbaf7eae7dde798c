//! Statistics: what the slow path counted ([`SlowPathStats`]), the frames the host
//! forwarded itself (counted per service and real-server index as the card counts
//! its own), and the per-real-server connection counts `ipvsadm -L` shows.
//!
//! Owns the counters only. It must not touch the card, the connection table or the
//! scheduler state: other modules count here, `-L --stats` and `status` read here.

use super::Agent;
use crate::config::ServiceKey;
use fpvs_abi::{Action, Counter};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::net::Ipv4Addr;

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

impl SlowPathStats {
    /// Counts an exception by its reason code (codes past the table share its last
    /// slot).
    pub(super) fn exception(&mut self, reason: u8) {
        self.exceptions[usize::from(reason).min(15)] += 1;
    }
}

/// Per-index counters of frames the host forwarded, by direction (in, out).
#[derive(Debug, Default)]
pub(super) struct HostCounters {
    services: HashMap<u16, [Counter; 2]>,
    real_servers: HashMap<u16, [Counter; 2]>,
}

impl HostCounters {
    /// Counts a frame of `bytes` (its IPv4 total length) forwarded with `action`,
    /// in the action's direction, for its service and real server.
    pub(super) fn count(&mut self, action: &Action, bytes: u64) {
        let d = action.mode.direction() as usize;
        self.services.entry(action.service).or_default()[d].add(bytes);
        self.real_servers.entry(action.real_server).or_default()[d].add(bytes);
    }

    fn service(&self, index: u16) -> [Counter; 2] {
        self.services.get(&index).copied().unwrap_or_default()
    }

    fn real_server(&self, index: u16) -> [Counter; 2] {
        self.real_servers.get(&index).copied().unwrap_or_default()
    }

    fn zero_service(&mut self, index: u16) {
        self.services.remove(&index);
    }

    fn zero_real_server(&mut self, index: u16) {
        self.real_servers.remove(&index);
    }
}

impl Agent {
    /// Slow-path counters.
    pub fn stats(&self) -> SlowPathStats {
        self.stats
    }

    /// `(active, inactive, scheduled in all)` connections of a real server.
    pub fn conn_counts(&self, svc: &ServiceKey, addr: Ipv4Addr, port: u16) -> (u32, u32, u64) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use fpvs_abi::ForwardingMode;

    fn action(mode: ForwardingMode, service: u16, real_server: u16) -> Action {
        Action {
            mode,
            nexthop: 0,
            service,
            real_server,
            new_saddr: 0,
            new_daddr: 0,
            new_sport: 0,
            new_dport: 0,
            seq_delta: 0,
        }
    }

    #[test]
    fn host_forwarded_frames_count_by_index_and_direction_and_zero_apart() {
        let mut h = HostCounters::default();
        h.count(&action(ForwardingMode::FullNatForward, 3, 7), 60);
        h.count(&action(ForwardingMode::FullNatForward, 3, 7), 40);
        h.count(&action(ForwardingMode::FullNatReverse, 3, 7), 1500);
        h.count(&action(ForwardingMode::FullNatForward, 4, 8), 1);
        let fwd = ForwardingMode::FullNatForward.direction() as usize;
        let rev = ForwardingMode::FullNatReverse.direction() as usize;
        assert_ne!(fwd, rev);
        let s = h.service(3);
        assert_eq!((s[fwd].packets, s[fwd].bytes), (2, 100));
        assert_eq!((s[rev].packets, s[rev].bytes), (1, 1500));
        assert_eq!(h.real_server(7), s);
        assert_eq!(h.service(9), [Counter::default(); 2], "never counted");
        h.zero_service(3);
        assert_eq!(h.service(3), [Counter::default(); 2]);
        assert_eq!(h.real_server(7), s, "the real server's counters stay");
        assert_eq!(h.service(4)[fwd].packets, 1);
    }

    #[test]
    fn exception_reasons_past_the_table_share_its_last_slot() {
        let mut s = SlowPathStats::default();
        s.exception(2);
        s.exception(15);
        s.exception(200);
        assert_eq!((s.exceptions[2], s.exceptions[15]), (1, 2));
    }
}
