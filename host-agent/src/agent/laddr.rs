//! The FULLNAT local-address pool (DPVS's `laddr`): the source addresses a FULLNAT
//! service uses towards its real servers, taken round robin, and the local ports in
//! use on each.
//!
//! Owns the ports in use, each service's pool as configured (taken from the
//! configuration by [`crate::agent::Agent::sync`]) and the round-robin position. It
//! must not touch the card or the connection table: a connection's port is taken
//! here when it is created (or adopted) and given back when [`crate::agent::conns`]
//! removes it.

use crate::config::{Config, ServiceKey};
use ahash::{HashMap as FastMap, HashSet as FastSet};
use std::net::IpAddr;

/// An address as the port pool keys it: one 128-bit number for either family (IPv4
/// as its IPv4-mapped IPv6 form).
fn bits(a: IpAddr) -> u128 {
    match a {
        IpAddr::V4(v4) => u128::from(v4.to_ipv6_mapped()),
        IpAddr::V6(v6) => u128::from(v6),
    }
}

/// FULLNAT local ports. A port only has to be unique for its local address and real
/// server (address and port): the reverse entry, `real server -> local address:port`,
/// is what must not collide. So each local address offers 64 512 ports (1024..65535)
/// towards every real server.
///
/// Each (local address, real server, real-server port) is a group with a number of
/// its own; the ports in use are kept as (group, port) in one 64-bit number, so that
/// the set every connection inserts into holds 8 bytes per connection whatever the
/// address family (a tuple of two 128-bit addresses would take 48).
///
/// The real-server port of an all-ports or firewall-mark service is the client's
/// destination port, so groups come and go with traffic: a group whose last port is
/// given back is forgotten and its number reused, and there are never more groups
/// than connections.
#[derive(Debug)]
struct PortPool {
    /// (local address, real server, real-server port) -> its group number.
    groups: FastMap<(u128, u128, u16), u32>,
    /// Ports in use per group number.
    count: Vec<u32>,
    /// Group numbers free for reuse.
    spare: Vec<u32>,
    /// (group, port) in use, as `group << 16 | port`.
    used: FastSet<u64>,
    /// Where the next search starts.
    next: u16,
}

impl Default for PortPool {
    fn default() -> Self {
        PortPool {
            groups: FastMap::default(),
            count: Vec::new(),
            spare: Vec::new(),
            used: FastSet::default(),
            next: Self::FIRST,
        }
    }
}

/// A port of a group as the set of ports in use keys it.
fn slot(group: u32, port: u16) -> u64 {
    u64::from(group) << 16 | u64::from(port)
}

impl PortPool {
    const FIRST: u16 = 1024;
    const SIZE: u32 = 65536 - Self::FIRST as u32;

    /// The group of `laddr` towards `rs`, numbered on first use.
    fn group(&mut self, laddr: IpAddr, rs: (IpAddr, u16)) -> u32 {
        let (count, spare) = (&mut self.count, &mut self.spare);
        *self
            .groups
            .entry((bits(laddr), bits(rs.0), rs.1))
            .or_insert_with(|| {
                spare.pop().unwrap_or_else(|| {
                    count.push(0);
                    (count.len() - 1) as u32
                })
            })
    }

    /// A free port of `laddr` towards `rs`; None when all are taken (at once, without
    /// a search).
    fn alloc(&mut self, laddr: IpAddr, rs: (IpAddr, u16)) -> Option<u16> {
        let g = self.group(laddr, rs);
        let c = &mut self.count[g as usize];
        if *c >= Self::SIZE {
            return None;
        }
        loop {
            let p = self.next;
            self.next = if p == u16::MAX { Self::FIRST } else { p + 1 };
            if self.used.insert(slot(g, p)) {
                *c += 1;
                return Some(p);
            }
        }
    }

    /// Marks a port in use (a connection adopted from the card).
    fn take(&mut self, laddr: IpAddr, port: u16, rs: (IpAddr, u16)) {
        let g = self.group(laddr, rs);
        if self.used.insert(slot(g, port)) {
            self.count[g as usize] += 1;
        }
    }

    /// Returns a port.
    fn free(&mut self, laddr: IpAddr, port: u16, rs: (IpAddr, u16)) {
        let k = (bits(laddr), bits(rs.0), rs.1);
        let Some(&g) = self.groups.get(&k) else {
            return;
        };
        if self.used.remove(&slot(g, port)) {
            self.count[g as usize] -= 1;
            if self.count[g as usize] == 0 {
                self.groups.remove(&k);
                self.spare.push(g);
            }
        }
    }

    /// Groups in use.
    #[cfg(test)]
    fn groups(&self) -> usize {
        self.groups.len()
    }
}

/// The local addresses' ports, the configured pools, and where the round robin over
/// a pool stands.
#[derive(Debug, Default)]
pub(in crate::agent) struct LocalAddrs {
    ports: PortPool,
    /// Each service's configured local addresses, in configuration order, taken from
    /// the configuration when it is set ([`LocalAddrs::configure`]) rather than
    /// gathered again for every connection. A service without any is absent.
    pools: FastMap<ServiceKey, Vec<IpAddr>>,
    /// Round-robin position in FULLNAT local-address pools.
    next: usize,
    /// Connections refused a local port: all of the pool's were in use.
    refused: u64,
}

impl LocalAddrs {
    /// Takes the services' local-address pools from `config` (the configuration the
    /// agent now runs).
    pub(in crate::agent) fn configure(&mut self, config: &Config) {
        self.pools.clear();
        for l in &config.local_addrs {
            self.pools.entry(l.service).or_default().push(l.addr);
        }
    }

    /// A local address of `service`'s pool (its configured local addresses, else
    /// just `default`) and a port of it towards `rs`: the addresses are tried round
    /// robin, each new connection starting one further on; None when every address's
    /// ports towards `rs` are taken.
    pub(in crate::agent) fn alloc_for(
        &mut self,
        service: &ServiceKey,
        default: IpAddr,
        rs: (IpAddr, u16),
    ) -> Option<(IpAddr, u16)> {
        let pool = pool_of(&self.pools, service, &default);
        let got = Self::pick(&mut self.ports, &mut self.next, pool, rs);
        self.refused += u64::from(got.is_none());
        got
    }

    /// Connections refused a local port so far.
    pub(in crate::agent) fn refused(&self) -> u64 {
        self.refused
    }

    /// As [`LocalAddrs::alloc_for`], from `pool`.
    #[cfg(test)]
    fn alloc(&mut self, pool: &[IpAddr], rs: (IpAddr, u16)) -> Option<(IpAddr, u16)> {
        Self::pick(&mut self.ports, &mut self.next, pool, rs)
    }

    /// The round robin over `pool` from position `next` (moved one on).
    fn pick(
        ports: &mut PortPool,
        next: &mut usize,
        pool: &[IpAddr],
        rs: (IpAddr, u16),
    ) -> Option<(IpAddr, u16)> {
        let start = *next;
        *next = next.wrapping_add(1);
        (0..pool.len()).find_map(|k| {
            let a = pool[(start + k) % pool.len()];
            ports.alloc(a, rs).map(|p| (a, p))
        })
    }

    /// Marks `local` in use towards `rs` (a connection adopted from the card).
    pub(in crate::agent) fn take(&mut self, local: (IpAddr, u16), rs: (IpAddr, u16)) {
        self.ports.take(local.0, local.1, rs);
    }

    /// Gives `local` back.
    pub(in crate::agent) fn free(&mut self, local: (IpAddr, u16), rs: (IpAddr, u16)) {
        self.ports.free(local.0, local.1, rs);
    }
}

/// The FULLNAT source address of a service's real-server entries: its first
/// configured local address, else `default` (the card's server-side address).
pub(in crate::agent) fn local_addr(config: &Config, key: &ServiceKey, default: IpAddr) -> IpAddr {
    config
        .local_addrs
        .iter()
        .find(|l| l.service == *key)
        .map_or(default, |l| l.addr)
}

/// A service's local-address pool: its configured local addresses (as
/// [`LocalAddrs::configure`] took them), else `default` (the address its real-server
/// entries carry).
fn pool_of<'a>(
    pools: &'a FastMap<ServiceKey, Vec<IpAddr>>,
    service: &ServiceKey,
    default: &'a IpAddr,
) -> &'a [IpAddr] {
    match pools.get(service) {
        Some(p) => p.as_slice(),
        None => std::slice::from_ref(default),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_ports_are_unique_per_real_server_and_run_out_at_once() {
        let l = IpAddr::from([192, 168, 1, 201]);
        let a = (IpAddr::from([192, 168, 1, 11]), 80);
        let b = (IpAddr::from([192, 168, 1, 12]), 80);
        let mut p = PortPool::default();
        let first = p.alloc(l, a).unwrap();
        for _ in 1..PortPool::SIZE {
            assert!(p.alloc(l, a).is_some());
        }
        assert_eq!(p.alloc(l, a), None, "all 64 512 ports of (laddr, rs) taken");
        // Every port is in use towards `a`, and each still serves another real server.
        assert!(p.alloc(l, b).is_some());
        assert!(p.alloc(IpAddr::from([192, 168, 1, 202]), a).is_some());
        p.free(l, first, a);
        assert_eq!(p.alloc(l, a), Some(first));
        // Adopted ports count.
        let mut q = PortPool::default();
        q.take(l, 1024, a);
        assert_ne!(q.alloc(l, a), Some(1024));
    }

    #[test]
    fn a_group_goes_with_its_last_port_and_its_number_is_reused() {
        let l = IpAddr::from([192, 168, 1, 201]);
        let rs = IpAddr::from([192, 168, 1, 11]);
        let mut p = PortPool::default();
        // An all-ports service: a group per destination port the clients chose.
        let ports: Vec<(u16, u16)> = (1..=100)
            .map(|dport| (dport, p.alloc(l, (rs, dport)).unwrap()))
            .collect();
        assert_eq!(p.groups(), 100);
        for (dport, port) in &ports {
            p.free(l, *port, (rs, *dport));
        }
        assert_eq!(p.groups(), 0, "no port in use, no group");
        assert!(p.used.is_empty());
        for dport in 200..300 {
            p.alloc(l, (rs, dport)).unwrap();
        }
        assert_eq!(p.count.len(), 100, "group numbers reused");
        // A freed group's ports are all free again.
        let mut q = PortPool::default();
        let a = (rs, 80);
        for _ in 0..PortPool::SIZE {
            q.alloc(l, a).unwrap();
        }
        assert_eq!(q.alloc(l, a), None);
        for port in PortPool::FIRST..=u16::MAX {
            q.free(l, port, a);
        }
        assert_eq!(q.groups(), 0);
        assert!(q.alloc(l, a).is_some());
    }

    #[test]
    fn the_pool_is_taken_round_robin_and_a_full_address_is_passed_over() {
        let l1 = IpAddr::from([192, 168, 1, 201]);
        let l2 = IpAddr::from([192, 168, 1, 202]);
        let rs = (IpAddr::from([192, 168, 1, 11]), 80);
        let mut la = LocalAddrs::default();
        let picks: Vec<IpAddr> = (0..4).map(|_| la.alloc(&[l1, l2], rs).unwrap().0).collect();
        assert_eq!(picks, [l1, l2, l1, l2]);
        // l1 full towards rs: every connection goes to l2 until l2 is full too.
        for p in 0..PortPool::SIZE {
            la.take((l1, PortPool::FIRST + p as u16), rs);
        }
        assert_eq!(la.alloc(&[l1, l2], rs).map(|x| x.0), Some(l2));
        assert_eq!(la.alloc(&[l1, l2], rs).map(|x| x.0), Some(l2));
        for p in 0..PortPool::SIZE {
            la.take((l2, PortPool::FIRST + p as u16), rs);
        }
        assert_eq!(la.alloc(&[l1, l2], rs), None);
        assert_eq!(
            la.alloc_for(&ServiceKey::FwMark(1), l1, rs),
            None,
            "through the service's pool too"
        );
        assert_eq!(la.refused(), 1, "counted once, by the service's pool");
        la.free((l1, 4000), rs);
        assert_eq!(la.alloc(&[l1, l2], rs), Some((l1, 4000)));
    }

    #[test]
    fn a_service_without_local_addresses_uses_the_default() {
        use crate::config::{LocalAddr, Protocol};
        let svc = |port| ServiceKey::Addr {
            proto: Protocol::Udp,
            addr: IpAddr::from([10, 0, 0, 100]),
            port,
        };
        let card = IpAddr::from([192, 168, 1, 254]);
        let (l1, l2) = (
            IpAddr::from([192, 168, 1, 201]),
            IpAddr::from([192, 168, 1, 202]),
        );
        let config = Config {
            local_addrs: vec![
                LocalAddr {
                    service: svc(53),
                    addr: l1,
                },
                LocalAddr {
                    service: svc(53),
                    addr: l2,
                },
            ],
            ..Config::default()
        };
        let mut la = LocalAddrs::default();
        la.configure(&config);
        assert_eq!(local_addr(&config, &svc(53), card), l1);
        assert_eq!(pool_of(&la.pools, &svc(53), &card), [l1, l2]);
        assert_eq!(local_addr(&config, &svc(54), card), card);
        assert_eq!(pool_of(&la.pools, &svc(54), &card), [card]);
    }
}
