//! Next hops: which neighbour a packet to an address leaves through, the neighbours'
//! Ethernet addresses (learned from ARP replies through the card, or from the frame a
//! client's connection arrived in), and the card's next-hop entries built from them.
//!
//! Owns the neighbour cache, the outstanding ARP requests and the next-hop entries and
//! their indices ([`super::Indices::nexthops`]). It must not touch service,
//! real-server or flow entries: a next hop that resolves is reported back
//! ([`Neighbours::learn`]) and the caller reprograms what depends on it.

use super::services::Indices;
use super::{Agent, AgentError, Result, CLIENT_PORT, SERVER_PORT};
use crate::net::{self, Arp, Mac};
use fpvs_abi::{MacAddr, NextHop};
use fpvs_driver::rings::InjectTarget;
use fpvs_driver::Shadow;
use std::collections::HashMap;
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

/// How long an ARP request for an address stands before another is sent.
const ARP_RETRY: Duration = Duration::from_millis(500);

/// The neighbour cache.
#[derive(Debug, Default)]
pub(super) struct Neighbours {
    /// Neighbours: address -> MAC.
    macs: HashMap<Ipv4Addr, Mac>,
    /// ARP requests outstanding: address -> when sent.
    pending: HashMap<Ipv4Addr, Instant>,
}

impl Neighbours {
    /// The neighbours the card already has next hops for (after a restart).
    pub(super) fn from_card(indices: &Indices, shadow: &Shadow) -> Neighbours {
        let mut n = Neighbours::default();
        for (addr, idx) in &indices.nexthops {
            if let Some(nh) = shadow.nexthop(*idx) {
                n.macs.insert(*addr, nh.dst_mac.0);
            }
        }
        n
    }

    /// The MAC of `addr`, if known.
    pub(super) fn mac(&self, addr: Ipv4Addr) -> Option<Mac> {
        self.macs.get(&addr).copied()
    }

    /// `addr`'s MAC is known.
    pub(super) fn resolved(&self, addr: Ipv4Addr) -> bool {
        self.macs.contains_key(&addr)
    }

    /// Takes `mac` for `addr` unless one is known already (a client's MAC, from the
    /// frame its connection arrived in).
    pub(super) fn assume(&mut self, addr: Ipv4Addr, mac: Mac) {
        self.macs.entry(addr).or_insert(mac);
    }

    /// An ARP sender: learned if it was asked for (or is known already). True if
    /// that changed what is known of it.
    pub(super) fn learn(&mut self, addr: Ipv4Addr, mac: Mac) -> bool {
        if self.pending.remove(&addr).is_some() || self.macs.contains_key(&addr) {
            return self.macs.insert(addr, mac) != Some(mac);
        }
        false
    }

    /// Whether an ARP request for `addr` is due at `now` (none outstanding).
    fn due(&self, addr: Ipv4Addr, now: Instant) -> bool {
        self.pending
            .get(&addr)
            .is_none_or(|t| now.duration_since(*t) >= ARP_RETRY)
    }

    /// An ARP request for `addr` went out at `now`.
    fn asked(&mut self, addr: Ipv4Addr, now: Instant) {
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

impl Agent {
    /// The neighbour a packet to `dst` leaves through on `port`: `dst` itself when
    /// on the segment, else the port's gateway.
    pub(super) fn neighbour(&self, port: u8, dst: Ipv4Addr) -> Option<Ipv4Addr> {
        let p = &self.net.ports[usize::from(port)];
        if net::in_subnet(dst, p.addr, p.prefix) {
            Some(dst)
        } else {
            p.gateway
        }
    }

    /// The next-hop index of neighbour `addr`, allocated on first use and kept.
    pub(super) fn alloc_nexthop(&mut self, addr: Ipv4Addr) -> Result<u16> {
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

    /// Writes next hop `index` for `neighbour` (cleared while its MAC is unknown, and
    /// an ARP request sent for it).
    pub(super) fn program_nexthop(&mut self, neighbour: Ipv4Addr, index: u16) -> Result<()> {
        let port = if self.neighbour(SERVER_PORT, neighbour) == Some(neighbour) {
            SERVER_PORT
        } else {
            CLIENT_PORT
        };
        let want = self.neigh.mac(neighbour).map(|mac| NextHop {
            dst_mac: MacAddr(mac),
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

    /// Asks for `target`'s MAC on `port` (at most once per [`ARP_RETRY`]).
    pub(super) fn request_arp(&mut self, port: u8, target: Ipv4Addr) -> Result<()> {
        if !self.neigh.due(target, Instant::now()) {
            return Ok(());
        }
        let p = self.net.ports[usize::from(port)];
        let f = Arp::request(p.mac, p.addr, target).frame(p.mac, net::BROADCAST);
        self.card.inject(&[(InjectTarget::Port { port }, &f)])?;
        self.neigh.asked(target, Instant::now());
        Ok(())
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
