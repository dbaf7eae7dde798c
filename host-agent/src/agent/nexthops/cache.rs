//! The neighbour cache: Ethernet addresses of the neighbours next hops point at, and
//! the ARP requests outstanding. Plain data: sending requests and writing next-hop
//! entries is [`crate::agent::nexthops`]'s.
//!
//! Neighbours age as Linux's do, more slowly: a neighbour is confirmed by an ARP
//! request or reply from it, or by the frame of a new connection that came from its
//! MAC. One not confirmed for [`REACHABLE`] is probed ([`PROBES`] ARP requests,
//! [`PROBE_INTERVAL`] apart); one that answers none is given up ([`Ageing::failed`]),
//! and the agent removes it or, if the card's entries still use its next hop, keeps
//! it marked stale ([`Neighbours::keep_stale`]) and probes it again later. (Linux:
//! `base_reachable_time` 30 s, then unicast probes 1 s apart, `gc_stale_time` 60 s;
//! here the card forwards with the MAC on its own, so the host only needs to notice a
//! neighbour that moved or went away, and probes are broadcast so that one that
//! changed its MAC answers too.)

use crate::agent::limits::{MAX_ARP_PENDING, MAX_NEIGHBOURS};
use crate::agent::services::state::Indices;
use crate::net::Mac;
use ahash::HashMap as FastMap;
use fpvs_driver::Shadow;
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

/// How long an ARP request for an address stands before another is sent.
pub(in crate::agent) const ARP_RETRY: Duration = Duration::from_millis(500);
/// How long a neighbour stands unconfirmed before it is probed.
pub(in crate::agent) const REACHABLE: Duration = Duration::from_secs(60);
/// Probes sent to a neighbour before it is given up.
pub(in crate::agent) const PROBES: u8 = 3;
/// Time between probes, and after the last one before the neighbour is given up.
pub(in crate::agent) const PROBE_INTERVAL: Duration = Duration::from_secs(1);
/// How long an outstanding ARP request is remembered: a reply later than that is
/// unsolicited (and the next need for the address asks again).
const PENDING_FOR: Duration = Duration::from_secs(10);

/// A neighbour whose MAC is known.
#[derive(Debug, Clone, Copy)]
struct Neighbour {
    mac: Mac,
    /// When it was last confirmed (or given up and kept).
    confirmed: Instant,
    /// Probes sent since, and when the last one went out.
    probes: u8,
    probed: Option<Instant>,
    /// Its last probes went unanswered; kept because a next hop uses it.
    stale: bool,
}

impl Neighbour {
    fn new(mac: Mac, now: Instant) -> Neighbour {
        Neighbour {
            mac,
            confirmed: now,
            probes: 0,
            probed: None,
            stale: false,
        }
    }
}

/// What ageing asks of the agent.
#[derive(Debug, Default, PartialEq, Eq)]
pub(in crate::agent) struct Ageing {
    /// Neighbours to probe now.
    pub(in crate::agent) probe: Vec<Ipv4Addr>,
    /// Neighbours whose probes all went unanswered: to remove, or keep stale.
    pub(in crate::agent) failed: Vec<Ipv4Addr>,
}

/// The neighbour cache.
#[derive(Debug)]
pub(in crate::agent) struct Neighbours {
    /// Neighbours by address. Looked up for every new connection (its real server's
    /// next hop resolved?, and a NAT client's MAC): the fast hash.
    macs: FastMap<Ipv4Addr, Neighbour>,
    /// ARP requests outstanding: address -> when sent.
    pending: FastMap<Ipv4Addr, Instant>,
    /// At most this many neighbours ([`crate::agent::StateLimits::neighbours`]).
    limit: usize,
    /// At most this many requests outstanding ([`crate::agent::StateLimits::arp_pending`]).
    pending_limit: usize,
    /// Neighbours not recorded because `limit` were known.
    refused: u64,
}

impl Default for Neighbours {
    fn default() -> Self {
        Neighbours {
            macs: FastMap::default(),
            pending: FastMap::default(),
            limit: MAX_NEIGHBOURS,
            pending_limit: MAX_ARP_PENDING,
            refused: 0,
        }
    }
}

impl Neighbours {
    /// The neighbours the card already has next hops for (after a restart), as
    /// confirmed at `now`.
    pub(in crate::agent) fn from_card(
        indices: &Indices,
        shadow: &Shadow,
        now: Instant,
    ) -> Neighbours {
        let mut n = Neighbours::default();
        for (addr, idx) in &indices.nexthops {
            if let Some(nh) = shadow.nexthop(*idx) {
                n.macs.insert(*addr, Neighbour::new(nh.dst_mac.0, now));
            }
        }
        n
    }

    /// Sets the bounds: at most `neighbours` known, `pending` requests outstanding.
    pub(in crate::agent) fn set_limits(&mut self, neighbours: usize, pending: usize) {
        self.limit = neighbours;
        self.pending_limit = pending;
    }

    /// The MAC of `addr`, if known.
    pub(in crate::agent) fn mac(&self, addr: Ipv4Addr) -> Option<Mac> {
        self.macs.get(&addr).map(|n| n.mac)
    }

    /// `addr`'s MAC is known.
    pub(in crate::agent) fn resolved(&self, addr: Ipv4Addr) -> bool {
        self.macs.contains_key(&addr)
    }

    /// Neighbours known, and how many of them are stale.
    pub(in crate::agent) fn counts(&self) -> (usize, usize) {
        (
            self.macs.len(),
            self.macs.values().filter(|n| n.stale).count(),
        )
    }

    /// ARP requests outstanding.
    pub(in crate::agent) fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Neighbours not recorded because the cache was full.
    pub(in crate::agent) fn refused(&self) -> u64 {
        self.refused
    }

    /// Records `addr` at `mac` if there is room.
    fn insert(&mut self, addr: Ipv4Addr, mac: Mac, now: Instant) -> bool {
        if self.macs.len() >= self.limit {
            self.refused += 1;
            return false;
        }
        self.macs.insert(addr, Neighbour::new(mac, now));
        true
    }

    /// Takes `mac` for `addr` unless one is known already (a client's MAC, from the
    /// frame its connection arrived in); a frame from the known MAC confirms it.
    pub(in crate::agent) fn assume(&mut self, addr: Ipv4Addr, mac: Mac) {
        self.assume_at(addr, mac, Instant::now());
    }

    /// As [`Neighbours::assume`], at `now`.
    pub(in crate::agent) fn assume_at(&mut self, addr: Ipv4Addr, mac: Mac, now: Instant) {
        match self.macs.get_mut(&addr) {
            Some(n) if n.mac == mac => *n = Neighbour::new(mac, now),
            Some(_) => {}
            None => {
                self.insert(addr, mac, now);
            }
        }
    }

    /// An ARP sender at `now`: learned if it was asked for, confirmed if it is known
    /// already. True if that changed what is known of it.
    pub(in crate::agent) fn learn(&mut self, addr: Ipv4Addr, mac: Mac, now: Instant) -> bool {
        let asked = self.pending.remove(&addr).is_some();
        match self.macs.get_mut(&addr) {
            Some(n) => {
                let moved = n.mac != mac;
                *n = Neighbour::new(mac, now);
                moved
            }
            None if asked => self.insert(addr, mac, now),
            None => false,
        }
    }

    /// Whether an ARP request for `addr` is due at `now` (none outstanding).
    pub(in crate::agent) fn due(&self, addr: Ipv4Addr, now: Instant) -> bool {
        self.pending
            .get(&addr)
            .is_none_or(|t| now.duration_since(*t) >= ARP_RETRY)
    }

    /// Whether a request for `addr` may go out: one is outstanding already, or
    /// fewer than the bound are.
    pub(in crate::agent) fn may_ask(&self, addr: Ipv4Addr) -> bool {
        self.pending.contains_key(&addr) || self.pending.len() < self.pending_limit
    }

    /// An ARP request for `addr` went out at `now`.
    pub(in crate::agent) fn asked(&mut self, addr: Ipv4Addr, now: Instant) {
        self.pending.insert(addr, now);
    }

    /// What ageing at `now` asks for: neighbours unconfirmed for [`REACHABLE`] to
    /// probe (each counted as probed), and neighbours whose [`PROBES`] probes went
    /// unanswered; `budget` of both together at most. Outstanding requests older than
    /// [`PENDING_FOR`] are forgotten.
    pub(in crate::agent) fn age(&mut self, now: Instant, budget: usize) -> Ageing {
        self.pending
            .retain(|_, t| now.saturating_duration_since(*t) < PENDING_FOR);
        let mut a = Ageing::default();
        for (addr, n) in &mut self.macs {
            if a.probe.len() + a.failed.len() >= budget {
                break;
            }
            if now.saturating_duration_since(n.confirmed) < REACHABLE {
                continue;
            }
            if n.probed
                .is_some_and(|t| now.saturating_duration_since(t) < PROBE_INTERVAL)
            {
                continue;
            }
            if n.probes < PROBES {
                n.probes += 1;
                n.probed = Some(now);
                a.probe.push(*addr);
            } else {
                a.failed.push(*addr);
            }
        }
        a
    }

    /// A neighbour that did not answer is kept (a next hop in use points at it):
    /// marked stale, and probed again [`REACHABLE`] from `now`.
    pub(in crate::agent) fn keep_stale(&mut self, addr: Ipv4Addr, now: Instant) {
        if let Some(n) = self.macs.get_mut(&addr) {
            *n = Neighbour {
                stale: true,
                ..Neighbour::new(n.mac, now)
            };
        }
    }

    /// Forgets `addr`.
    pub(in crate::agent) fn remove(&mut self, addr: Ipv4Addr) {
        self.macs.remove(&addr);
        self.pending.remove(&addr);
    }

    #[cfg(test)]
    fn ask(&mut self, addr: Ipv4Addr, now: Instant) -> bool {
        let due = self.due(addr, now);
        if due {
            self.asked(addr, now);
        }
        due
    }

    #[cfg(test)]
    fn is_stale(&self, addr: Ipv4Addr) -> bool {
        self.macs.get(&addr).is_some_and(|n| n.stale)
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
        assert!(!n.learn(A, MAC, t0), "an unsolicited reply teaches nothing");
        assert!(!n.resolved(A));
        assert!(n.ask(A, t0));
        assert!(n.learn(A, MAC, t0));
        assert_eq!(n.mac(A), Some(MAC));
        assert!(!n.learn(A, MAC, t0), "the same again changes nothing");
        assert!(
            n.learn(A, [2, 0, 0, 0, 0, 2], t0),
            "a known neighbour moved"
        );
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

    /// Ages `n` at `t`: (probed, failed).
    fn aged(n: &mut Neighbours, t: Instant) -> (Vec<Ipv4Addr>, Vec<Ipv4Addr>) {
        let a = n.age(t, 100);
        (a.probe, a.failed)
    }

    #[test]
    fn an_unconfirmed_neighbour_is_probed_then_given_up() {
        let mut n = Neighbours::default();
        let t0 = Instant::now();
        n.assume_at(A, MAC, t0);
        let s = Duration::from_secs;
        assert_eq!(aged(&mut n, t0 + REACHABLE - s(1)), (vec![], vec![]));
        // Unconfirmed for REACHABLE: three probes, a second apart.
        let t1 = t0 + REACHABLE;
        assert_eq!(aged(&mut n, t1), (vec![A], vec![]));
        assert_eq!(
            aged(&mut n, t1 + Duration::from_millis(999)),
            (vec![], vec![])
        );
        assert_eq!(aged(&mut n, t1 + s(1)), (vec![A], vec![]));
        assert_eq!(aged(&mut n, t1 + s(2)), (vec![A], vec![]));
        // A second after the last one, unanswered: given up.
        assert_eq!(aged(&mut n, t1 + s(3)), (vec![], vec![A]));
        assert!(n.resolved(A), "the agent decides");
        // Kept stale: probed again REACHABLE later; an answer makes it fresh.
        n.keep_stale(A, t1 + s(3));
        assert!(n.is_stale(A) && n.counts() == (1, 1));
        assert_eq!(aged(&mut n, t1 + s(4)), (vec![], vec![]));
        let t2 = t1 + s(3) + REACHABLE;
        assert_eq!(aged(&mut n, t2), (vec![A], vec![]));
        assert!(!n.learn(A, MAC, t2), "same MAC: nothing changed");
        assert!(!n.is_stale(A));
        assert_eq!(aged(&mut n, t2 + s(5)), (vec![], vec![]), "confirmed");
        n.remove(A);
        assert!(!n.resolved(A));
    }

    #[test]
    fn a_neighbour_that_answers_a_probe_or_sends_a_connection_stays() {
        let mut n = Neighbours::default();
        let t0 = Instant::now();
        let b = Ipv4Addr::new(10, 0, 0, 2);
        n.assume_at(A, MAC, t0);
        n.assume_at(b, MAC, t0);
        let t1 = t0 + REACHABLE;
        let (mut probed, _) = aged(&mut n, t1);
        probed.sort();
        assert_eq!(probed, [b, A]);
        // A answers; b's next connection arrives from its MAC.
        n.learn(A, MAC, t1);
        n.assume_at(b, MAC, t1);
        // Another MAC claiming b does not confirm it.
        n.assume_at(b, [9; 6], t1 + REACHABLE / 2);
        assert_eq!(
            aged(&mut n, t1 + REACHABLE - Duration::from_millis(1)),
            (vec![], vec![])
        );
        assert_eq!(
            aged(&mut n, t1 + REACHABLE).0.len(),
            2,
            "probed again after REACHABLE"
        );
    }

    #[test]
    fn the_cache_and_the_outstanding_requests_are_bounded() {
        let mut n = Neighbours::default();
        n.set_limits(2, 1);
        let t0 = Instant::now();
        let c = |i| Ipv4Addr::new(10, 0, 0, i);
        for i in 1..=3 {
            n.assume_at(c(i), MAC, t0);
        }
        assert_eq!(n.counts(), (2, 0));
        assert_eq!(n.refused(), 1);
        assert!(!n.resolved(c(3)));
        // Asked for but refused when it answers: the cache is full.
        assert!(n.may_ask(c(4)));
        n.asked(c(4), t0);
        assert!(n.may_ask(c(4)), "asking again for the same one");
        assert!(!n.may_ask(c(5)), "one outstanding at most");
        assert!(!n.learn(c(4), MAC, t0));
        assert_eq!(n.refused(), 2);
        assert_eq!(n.pending(), 0, "its request is answered all the same");
    }

    #[test]
    fn requests_nobody_answers_are_forgotten() {
        let mut n = Neighbours::default();
        let t0 = Instant::now();
        n.asked(A, t0);
        n.age(t0 + PENDING_FOR, 100);
        assert!(
            !n.learn(A, MAC, t0 + PENDING_FOR),
            "a late reply is unsolicited"
        );
        assert!(!n.resolved(A));
    }

    #[test]
    fn ageing_does_a_bounded_amount_per_call() {
        let mut n = Neighbours::default();
        let t0 = Instant::now();
        for i in 0..10 {
            n.assume_at(Ipv4Addr::new(10, 0, 1, i), MAC, t0);
        }
        let t1 = t0 + REACHABLE;
        assert_eq!(n.age(t1, 4).probe.len(), 4);
        assert_eq!(n.age(t1, 4).probe.len(), 4, "the others");
        assert_eq!(n.age(t1, 4).probe.len(), 2);
    }
}
