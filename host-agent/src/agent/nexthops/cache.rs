//! The neighbour cache: Ethernet addresses of the neighbours next hops point at, and
//! the ARP requests outstanding. Plain data: sending requests and writing next-hop
//! entries is [`crate::agent::nexthops`]'s.

use crate::agent::services::state::Indices;
use crate::net::Mac;
use ahash::HashMap as FastMap;
use fpvs_driver::Shadow;
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

/// How long an ARP request for an address stands before another is sent.
pub(in crate::agent) const ARP_RETRY: Duration = Duration::from_millis(500);

/// The neighbour cache.
#[derive(Debug, Default)]
pub(in crate::agent) struct Neighbours {
    /// Neighbours: address -> MAC. Looked up for every new connection (its real
    /// server's next hop resolved?, and a NAT client's MAC): the fast hash.
    macs: FastMap<Ipv4Addr, Mac>,
    /// ARP requests outstanding: address -> when sent.
    pending: FastMap<Ipv4Addr, Instant>,
}

impl Neighbours {
    /// The neighbours the card already has next hops for (after a restart).
    pub(in crate::agent) fn from_card(indices: &Indices, shadow: &Shadow) -> Neighbours {
        let mut n = Neighbours::default();
        for (addr, idx) in &indices.nexthops {
            if let Some(nh) = shadow.nexthop(*idx) {
                n.macs.insert(*addr, nh.dst_mac.0);
            }
        }
        n
    }

    /// The MAC of `addr`, if known.
    pub(in crate::agent) fn mac(&self, addr: Ipv4Addr) -> Option<Mac> {
        self.macs.get(&addr).copied()
    }

    /// `addr`'s MAC is known.
    pub(in crate::agent) fn resolved(&self, addr: Ipv4Addr) -> bool {
        self.macs.contains_key(&addr)
    }

    /// Takes `mac` for `addr` unless one is known already (a client's MAC, from the
    /// frame its connection arrived in).
    pub(in crate::agent) fn assume(&mut self, addr: Ipv4Addr, mac: Mac) {
        self.macs.entry(addr).or_insert(mac);
    }

    /// An ARP sender: learned if it was asked for (or is known already). True if
    /// that changed what is known of it.
    pub(in crate::agent) fn learn(&mut self, addr: Ipv4Addr, mac: Mac) -> bool {
        if self.pending.remove(&addr).is_some() || self.macs.contains_key(&addr) {
            return self.macs.insert(addr, mac) != Some(mac);
        }
        false
    }

    /// Whether an ARP request for `addr` is due at `now` (none outstanding).
    pub(in crate::agent) fn due(&self, addr: Ipv4Addr, now: Instant) -> bool {
        self.pending
            .get(&addr)
            .is_none_or(|t| now.duration_since(*t) >= ARP_RETRY)
    }

    /// An ARP request for `addr` went out at `now`.
    pub(in crate::agent) fn asked(&mut self, addr: Ipv4Addr, now: Instant) {
        self.pending.insert(addr, now);
    }

    #[cfg(test)]
    fn ask(&mut self, addr: Ipv4Addr, now: Instant) -> bool {
        let due = self.due(addr, now);
        if due {
            self.asked(addr, now);
        }
        due
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: Ipv4Addr = Ipv4Addr::new(192, 168, 1, 11);
    const MAC: Mac = [2, 0, 0, 0, 0, 1];

    #[test]
    fn only_neighbours_asked_for_or_known_are_learned() {
        let mut n = Neighbours::default();
        let t0 = Instant::now();
        assert!(!n.learn(A, MAC), "an unsolicited reply teaches nothing");
        assert!(!n.resolved(A));
        assert!(n.ask(A, t0));
        assert!(n.learn(A, MAC));
        assert_eq!(n.mac(A), Some(MAC));
        assert!(!n.learn(A, MAC), "the same again changes nothing");
        assert!(n.learn(A, [2, 0, 0, 0, 0, 2]), "a known neighbour moved");
    }

    #[test]
    fn an_arp_request_stands_for_half_a_second() {
        let mut n = Neighbours::default();
        let t0 = Instant::now();
        assert!(n.ask(A, t0));
        assert!(!n.ask(A, t0 + Duration::from_millis(499)));
        assert!(n.ask(A, t0 + ARP_RETRY));
        assert!(n.ask(Ipv4Addr::new(192, 168, 1, 12), t0), "per address");
    }

    #[test]
    fn an_assumed_mac_never_overrides_a_known_one() {
        let mut n = Neighbours::default();
        n.assume(A, MAC);
        n.assume(A, [9; 6]);
        assert_eq!(n.mac(A), Some(MAC));
    }
}
