//! Next hops: which neighbour a packet to an address leaves through, the neighbours'
//! Ethernet addresses (learned from ARP replies through the card, or from the frame a
//! client's connection arrived in), and the card's next-hop entries built from them.
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
use std::net::Ipv4Addr;
use std::time::Instant;

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
        let i = (0..limit)
            .find(|i| !used.contains(i))
            .ok_or_else(|| AgentError::Config(format!("no next-hop entry left for {addr}")))?;
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

    /// Asks for `target`'s MAC on `port` (at most once per [`cache::ARP_RETRY`]).
    pub(in crate::agent) fn request_arp(&mut self, port: u8, target: Ipv4Addr) -> AgentResult<()> {
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
