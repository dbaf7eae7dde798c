//! Next hops: which neighbour a packet to an address leaves through, the neighbours'
//! Ethernet addresses (learned from ARP replies through the card, or from the frame a
//! client's connection arrived in), and the card's next-hop entries built from them.
//!
//! Neighbours age ([`cache`] says how): [`Agent::age_neighbours`] probes those not
//! confirmed lately, and one that answers no probe is removed with its next-hop entry
//! (the index freed) — unless a real-server or flow entry in the card still names
//! that next hop: then the entry keeps its MAC, so established flows keep going, and
//! the neighbour is marked stale, counted, and probed again later.
//!
//! Owns the neighbour cache, the outstanding ARP requests and the next-hop entries and
//! their indices ([`crate::agent::Indices::nexthops`]). It must not touch service,
//! real-server or flow entries: a next hop that resolves is reported back
//! ([`cache::Neighbours::learn`]) and the caller reprograms what depends on it.

pub(super) mod cache;

use crate::agent::core::{Agent, AgentError, AgentResult, CLIENT_PORT, SERVER_PORT};
use crate::net::{self, Arp};
use fpvs_abi::{MacAddr, NextHop};
use fpvs_driver::rings::InjectTarget;
use std::collections::HashSet;
use std::net::Ipv4Addr;
use std::time::Instant;

/// Neighbours probed or given up per call of [`Agent::age_neighbours`] (once a
/// second) at most.
const AGEING_BATCH: usize = 256;

impl Agent {
    /// The neighbour a packet to `dst` leaves through on `port`: `dst` itself when
    /// on the segment, else the port's gateway.
    pub(in crate::agent) fn neighbour(&self, port: u8, dst: Ipv4Addr) -> Option<Ipv4Addr> {
        let p = &self.net.ports[usize::from(port)];
        if net::in_subnet(dst, p.addr, p.prefix) {
            Some(dst)
        } else {
            p.gateway
        }
    }

    /// The next-hop index of neighbour `addr`, allocated on first use and kept.
    pub(in crate::agent) fn alloc_nexthop(&mut self, addr: Ipv4Addr) -> AgentResult<u16> {
        if let Some(i) = self.indices.nexthops.get(&addr) {
            return Ok(*i);
        }
        let used: std::collections::HashSet<u16> =
            self.indices.nexthops.values().copied().collect();
        let limit = self.card.info.nexthops.min(u32::from(u16::MAX)) as u16;
        let Some(i) = (0..limit).find(|i| !used.contains(i)) else {
            self.stats.nexthops_full += 1;
            return Err(AgentError::Config(format!(
                "no next-hop entry left for {addr}"
            )));
        };
        self.indices.nexthops.insert(addr, i);
        Ok(i)
    }

    /// Writes next hop `index` for `neighbour` (cleared while its MAC is unknown, and
    /// an ARP request sent for it).
    pub(in crate::agent) fn program_nexthop(
        &mut self,
        neighbour: Ipv4Addr,
        index: u16,
    ) -> AgentResult<()> {
        let port = self.port_of(neighbour);
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

    /// The port neighbour `neighbour` is on: the server side if it is on that
    /// segment, else the client side.
    fn port_of(&self, neighbour: Ipv4Addr) -> u8 {
        if self.neighbour(SERVER_PORT, neighbour) == Some(neighbour) {
            SERVER_PORT
        } else {
            CLIENT_PORT
        }
    }

    /// Broadcasts an ARP request for `target` on `port`.
    fn send_arp_request(&mut self, port: u8, target: Ipv4Addr) -> AgentResult<()> {
        let p = self.net.ports[usize::from(port)];
        let f = Arp::request(p.mac, p.addr, target).frame(p.mac, net::BROADCAST);
        self.card.inject(&[(InjectTarget::Port { port }, &f)])?;
        Ok(())
    }

    /// Asks for `target`'s MAC on `port` (at most once per [`cache::ARP_RETRY`]; not
    /// at all, counted, when [`crate::agent::StateLimits::arp_pending`] other requests
    /// are outstanding).
    pub(in crate::agent) fn request_arp(&mut self, port: u8, target: Ipv4Addr) -> AgentResult<()> {
        if !self.neigh.due(target, Instant::now()) {
            return Ok(());
        }
        if !self.neigh.may_ask(target) {
            self.stats.arp_refused += 1;
            return Ok(());
        }
        self.send_arp_request(port, target)?;
        self.neigh.asked(target, Instant::now());
        Ok(())
    }

    /// Ages the neighbours at `now` (once a second): probes those due, and removes
    /// those that answered no probe, with their next-hop entries, unless the card's
    /// entries still use them (then they are kept, stale).
    pub(in crate::agent) fn age_neighbours(&mut self, now: Instant) -> AgentResult<()> {
        let ageing = self.neigh.age(now, AGEING_BATCH);
        for a in ageing.probe {
            self.send_arp_request(self.port_of(a), a)?;
            self.stats.neighbour_probes += 1;
        }
        if ageing.failed.is_empty() {
            return Ok(());
        }
        let used = self.nexthops_in_use();
        for a in ageing.failed {
            match self.indices.nexthops.get(&a).copied() {
                Some(i) if used.contains(&i) => {
                    tracing::warn!(neighbour = %a, nexthop = i, "neighbour does not answer ARP; its next hop is in use, kept");
                    self.neigh.keep_stale(a, now);
                    self.stats.neighbours_stale += 1;
                }
                index => {
                    tracing::debug!(neighbour = %a, "neighbour does not answer ARP; removed");
                    self.neigh.remove(a);
                    if let Some(i) = index {
                        self.indices.nexthops.remove(&a);
                        if self.card.tables.shadow().nexthop(i).is_some() {
                            self.card.tables.set_nexthop(i, None)?;
                        }
                    }
                    self.stats.neighbours_removed += 1;
                }
            }
        }
        if self.card.tables.pending() > 0 {
            self.card.commit()?;
        }
        Ok(())
    }

    /// The next hops the card's real-server and flow entries name (the batch not
    /// yet committed included).
    fn nexthops_in_use(&self) -> HashSet<u16> {
        let shadow = self.card.tables.shadow();
        let rs = self.card.info.real_servers.min(u32::from(u16::MAX)) as u16;
        let mut used: HashSet<u16> = (0..rs)
            .filter_map(|i| shadow.real_server(i))
            .map(|a| a.nexthop)
            .collect();
        used.extend(shadow.flows().map(|(_, e)| e.action.nexthop));
        used
    }
}

#[cfg(test)]
mod tests {
    use super::cache::{PROBES, PROBE_INTERVAL, REACHABLE};
    use crate::agent::testing::{real_server, service, Rig};
    use crate::agent::StateLimits;
    use crate::config::{Config, ForwardMethod};
    use fpvs_abi::Table;
    use fpvs_driver::fake::FakeCardConfig;
    use std::net::Ipv4Addr;
    use std::time::Instant;

    /// Port 80 by round robin over NAT real servers 192.168.1.`servers`.
    fn config(servers: &[u8]) -> Config {
        Config {
            services: vec![(
                service(80, None),
                servers
                    .iter()
                    .map(|l| real_server(*l, 80, ForwardMethod::Nat))
                    .collect(),
            )],
            ..Config::default()
        }
    }

    fn client(last: u8) -> Ipv4Addr {
        Ipv4Addr::new(10, 0, 0, last)
    }

    fn rs(last: u8) -> Ipv4Addr {
        Ipv4Addr::new(192, 168, 1, last)
    }

    #[test]
    fn a_silent_neighbour_is_probed_then_removed_unless_a_next_hop_in_use_needs_it() {
        // Two next-hop entries: the real server's and one client's.
        let card = FakeCardConfig {
            nexthops: 2,
            ..FakeCardConfig::default()
        };
        let mut r = Rig::new(card, &config(&[11]));
        r.arp_reply(11);
        r.syn(client(2), 1000, 80).unwrap();
        assert_eq!(r.agent.conns().count(), 1);
        // The next client on the segment finds the next-hop table full: refused and
        // counted, and the slow path goes on.
        r.syn(client(3), 1000, 80).unwrap();
        assert_eq!(r.agent.stats().nexthops_full, 1);
        assert_eq!(r.agent.stats().no_nexthop, 1);
        assert_eq!(r.agent.conns().count(), 1);
        // Client .2's connection ends: nothing uses its next hop any more.
        let k = *r.agent.conns().next().unwrap().0;
        r.agent.remove_conn(&k);
        r.agent.card.commit().unwrap();
        let nh2 = r.agent.indices.nexthops[&client(2)];
        let nh11 = r.agent.indices.nexthops[&rs(11)];

        // Unconfirmed for REACHABLE: each neighbour is probed PROBES times.
        let before = r.arp_requests().len();
        let t = Instant::now() + REACHABLE;
        for k in 0..u32::from(PROBES) {
            r.agent.age_neighbours(t + PROBE_INTERVAL * k).unwrap();
        }
        let mut probes = r.arp_requests()[before..].to_vec();
        probes.sort();
        // Client .3 was refused a next hop, so it was never recorded as a neighbour.
        let want: Vec<(u8, Ipv4Addr)> = [(0, client(2)), (1, rs(11))]
            .into_iter()
            .flat_map(|p| std::iter::repeat_n(p, usize::from(PROBES)))
            .collect();
        assert_eq!(probes, want, "broadcast on each one's segment");
        assert_eq!(r.agent.stats().neighbour_probes, 2 * u64::from(PROBES));

        // No answer: the client goes, and its next-hop entry with it; the
        // real server's entry is kept (its real-server entry names it), stale.
        r.agent
            .age_neighbours(t + PROBE_INTERVAL * u32::from(PROBES))
            .unwrap();
        let st = r.agent.stats();
        assert_eq!((st.neighbours_removed, st.neighbours_stale), (1, 1));
        assert!(!r.agent.neigh.resolved(client(2)) && !r.agent.neigh.resolved(client(3)));
        assert!(!r.agent.indices.nexthops.contains_key(&client(2)));
        let shadow = r.agent.card.tables.shadow();
        assert!(shadow.nexthop(nh2).is_none(), "freed");
        let on_card = r
            .dev
            .card()
            .table_entry(Table::NextHop, u32::from(nh2))
            .map(<[u8]>::to_vec);
        assert!(on_card.is_none_or(|e| e.iter().all(|b| *b == 0)), "cleared");
        assert!(r.agent.neigh.resolved(rs(11)));
        assert!(shadow.nexthop(nh11).is_some(), "kept for the real server");
        assert_eq!(r.agent.neigh.counts(), (1, 1), "one neighbour, stale");
        assert_eq!(r.agent.indices.nexthops.len(), 1);

        // The freed entry serves the next client.
        r.syn(client(3), 1001, 80).unwrap();
        assert_eq!(r.agent.conns().count(), 1);
        assert_eq!(r.agent.stats().nexthops_full, 1);
        // The stale real server answers: fresh again.
        r.arp_reply(11);
        assert_eq!(r.agent.neigh.counts().1, 0);
    }

    #[test]
    fn arp_requests_and_neighbours_past_their_bounds_are_refused_and_counted() {
        let mut r = Rig::new(FakeCardConfig::default(), &Config::default());
        r.agent.set_limits(StateLimits {
            arp_pending: 1,
            neighbours: 1,
            ..StateLimits::default()
        });
        r.agent.sync(&config(&[11, 12])).unwrap();
        // One request outstanding at most: .12's is not sent.
        assert_eq!(r.arp_requests(), [(1, rs(11))]);
        assert_eq!(r.agent.stats().arp_refused, 1);
        assert_eq!(r.agent.occupancy().arp_pending, 1);
        // .11 answers and fills the cache: a client's MAC is not taken.
        r.arp_reply(11);
        r.syn(client(2), 1000, 80).unwrap();
        assert!(r.agent.neigh.resolved(rs(11)));
        assert!(!r.agent.neigh.resolved(client(2)));
        assert_eq!(r.agent.stats().neighbours_refused, 1);
        assert_eq!(r.agent.occupancy().neighbours, 1);
    }
}
