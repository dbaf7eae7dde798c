//! The counters themselves: what the slow path counted, and the frames the host
//! forwarded itself, per service and real-server index. Plain data.

use fpvs_abi::{Action, Counter};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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
    /// SYN_RECV connections that became established (the client's next packet
    /// counted by the card).
    #[serde(default)]
    pub syn_confirmed: u64,
    /// SYN_RECV connections evicted to make room in a flow table past
    /// [`crate::agent::DROP_ENTRY_SHARE`] (IPVS's `drop_entry`).
    #[serde(default)]
    pub syn_evicted: u64,
    /// New connections refused because no next-hop entry was left for the client's
    /// neighbour (NAT and FULLNAT replies).
    #[serde(default)]
    pub no_nexthop: u64,
    /// Persistence templates expired and purged.
    #[serde(default)]
    pub templates_expired: u64,
    /// Persistence templates refused at [`crate::agent::StateLimits::templates`]: those
    /// clients' connections were scheduled without persistence.
    #[serde(default)]
    pub templates_refused: u64,
    /// New connections dropped because [`crate::agent::StateLimits::parked`] connections
    /// were already waiting for ARP.
    #[serde(default)]
    pub parked_refused: u64,
    /// Neighbours not recorded: [`crate::agent::StateLimits::neighbours`] were known.
    #[serde(default)]
    pub neighbours_refused: u64,
    /// ARP requests not sent: [`crate::agent::StateLimits::arp_pending`] were outstanding.
    #[serde(default)]
    pub arp_refused: u64,
    /// Next-hop entries refused: the card's next-hop table was full.
    #[serde(default)]
    pub nexthops_full: u64,
    /// FULLNAT local ports refused: every local address's ports towards the real
    /// server were in use (also counted in `no_server`).
    #[serde(default)]
    pub laddr_refused: u64,
    /// ARP probes of neighbours not confirmed for their reachable time.
    #[serde(default)]
    pub neighbour_probes: u64,
    /// Neighbours removed (and their next-hop entries freed) after unanswered probes.
    #[serde(default)]
    pub neighbours_removed: u64,
    /// Rounds of unanswered probes of neighbours kept because the card's entries
    /// still use their next hop (marked stale, probed again later).
    #[serde(default)]
    pub neighbours_stale: u64,
}

impl SlowPathStats {
    /// Counts an exception by its reason code (codes past the table share its last
    /// slot).
    pub(in crate::agent) fn exception(&mut self, reason: u8) {
        self.exceptions[usize::from(reason).min(15)] += 1;
    }
}

/// Per-index counters of frames the host forwarded, by direction (in, out).
#[derive(Debug, Default)]
pub(in crate::agent) struct HostCounters {
    services: HashMap<u16, [Counter; 2]>,
    real_servers: HashMap<u16, [Counter; 2]>,
}

impl HostCounters {
    /// Counts a frame of `bytes` (its IPv4 total length) forwarded with `action`,
    /// in the action's direction, for its service and real server.
    pub(in crate::agent) fn count(&mut self, action: &Action, bytes: u64) {
        let d = action.mode.direction() as usize;
        self.services.entry(action.service).or_default()[d].add(bytes);
        self.real_servers.entry(action.real_server).or_default()[d].add(bytes);
    }

    pub(in crate::agent) fn service(&self, index: u16) -> [Counter; 2] {
        self.services.get(&index).copied().unwrap_or_default()
    }

    pub(in crate::agent) fn real_server(&self, index: u16) -> [Counter; 2] {
        self.real_servers.get(&index).copied().unwrap_or_default()
    }

    pub(in crate::agent) fn zero_service(&mut self, index: u16) {
        self.services.remove(&index);
    }

    pub(in crate::agent) fn zero_real_server(&mut self, index: u16) {
        self.real_servers.remove(&index);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::testing;
    use fpvs_abi::ForwardingMode;

    fn action(mode: ForwardingMode, service: u16, real_server: u16) -> Action {
        Action {
            service,
            real_server,
            ..testing::action(mode)
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
