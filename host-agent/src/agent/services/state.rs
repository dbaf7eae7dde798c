//! What the agent keeps of each service and real server, and the index assignments
//! that name them in the card. Plain data: nothing here touches the card.

use crate::agent::services::templates::Templates;
use crate::config::{RealServer, Service, ServiceKey};
use crate::sched::{Candidate, Schedule};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr};

/// Index assignments that must survive a restart (they are in the card's entries).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indices {
    /// Service -> service index.
    pub services: BTreeMap<String, u16>,
    /// (service, real server addr:port) -> real-server index.
    pub real_servers: BTreeMap<String, u16>,
    /// Neighbour address -> next-hop index.
    pub nexthops: BTreeMap<Ipv4Addr, u16>,
    /// Service -> Maglev region (base).
    pub maglev: BTreeMap<String, u32>,
}

/// The name a service's indices are kept under.
pub(in crate::agent) fn svc_name(k: &ServiceKey) -> String {
    k.to_string().replace("  ", " ")
}

/// The name a real server's index is kept under.
pub(in crate::agent) fn rs_name(k: &ServiceKey, rs: &RealServer) -> String {
    format!("{} -> {}:{}", svc_name(k), rs.addr, rs.port)
}

/// The card's form of an address of the configuration: its tables hold IPv4
/// addresses only, so IPv6 has none. [`crate::agent::Agent::check`] refuses a
/// configuration with one before anything reaches the card.
#[inline]
pub(in crate::agent) fn card_v4(a: IpAddr) -> Option<Ipv4Addr> {
    match a {
        IpAddr::V4(v4) => Some(v4),
        IpAddr::V6(_) => None,
    }
}

/// As [`card_v4`], for an address of a configuration that passed the check.
#[inline]
pub(in crate::agent) fn checked_v4(a: IpAddr) -> Ipv4Addr {
    card_v4(a).expect("IPv6 is refused by Agent::check")
}

/// A real server's stable identity for the schedulers and Maglev: address and port.
pub(in crate::agent) fn rs_id(addr: IpAddr, port: u16) -> u64 {
    u64::from(u32::from(checked_v4(addr))) << 16 | u64::from(port)
}

/// The lowest index below `limit` that `map` does not use.
pub(in crate::agent) fn alloc(map: &BTreeMap<String, u16>, limit: u32) -> Option<u16> {
    let used: std::collections::HashSet<u16> = map.values().copied().collect();
    (0..limit.min(u32::from(u16::MAX)) as u16).find(|i| !used.contains(i))
}

/// A real server of a service as the agent holds it.
#[derive(Debug, Clone)]
pub(in crate::agent) struct RsState {
    pub(in crate::agent) rs: RealServer,
    pub(in crate::agent) index: u16,
    pub(in crate::agent) healthy: bool,
    pub(in crate::agent) active: u32,
    pub(in crate::agent) inactive: u32,
    /// Connections scheduled to it since it was added (or zeroed).
    pub(in crate::agent) total: u64,
}

impl RsState {
    /// Its (address, port).
    pub(in crate::agent) fn addr(&self) -> (IpAddr, u16) {
        (self.rs.addr, self.rs.port)
    }
}

/// A service as the agent holds it.
#[derive(Debug, Clone)]
pub(in crate::agent) struct SvcState {
    pub(in crate::agent) svc: Service,
    pub(in crate::agent) index: u16,
    pub(in crate::agent) servers: Vec<RsState>,
    pub(in crate::agent) sched: Box<dyn Schedule>,
    /// Persistence templates: masked client -> real server, with the client's
    /// connections and the template's expiry.
    pub(in crate::agent) templates: Templates,
    /// Scheduled by the card (Maglev region).
    pub(in crate::agent) hw: Option<(u32, u32)>,
}

impl SvcState {
    /// The scheduler's stable identity of each real server.
    pub(in crate::agent) fn ids(&self) -> Vec<u64> {
        self.servers
            .iter()
            .map(|r| rs_id(r.rs.addr, r.rs.port))
            .collect()
    }

    /// What the scheduler chooses among.
    pub(in crate::agent) fn candidates(&self) -> Vec<Candidate> {
        self.servers
            .iter()
            .map(|r| Candidate {
                weight: r.rs.weight,
                active: r.active,
                inactive: r.inactive,
                available: r.healthy
                    && (r.rs.u_threshold == 0 || r.active + r.inactive < r.rs.u_threshold),
            })
            .collect()
    }

    /// The real server at `addr`.
    pub(in crate::agent) fn server(&self, addr: (IpAddr, u16)) -> Option<&RsState> {
        self.servers.iter().find(|r| r.addr() == addr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{ForwardMethod, Protocol};
    use crate::sched;

    fn rs(addr: [u8; 4], port: u16) -> RealServer {
        RealServer {
            addr: Ipv4Addr::from(addr).into(),
            port,
            method: ForwardMethod::Nat,
            weight: 1,
            u_threshold: 0,
            l_threshold: 0,
        }
    }

    #[test]
    fn index_names_are_stable_and_distinct_per_service_and_real_server() {
        let tcp = ServiceKey::Addr {
            proto: Protocol::Tcp,
            addr: Ipv4Addr::new(10, 0, 0, 1).into(),
            port: 80,
        };
        let udp = ServiceKey::Addr {
            proto: Protocol::Udp,
            addr: Ipv4Addr::new(10, 0, 0, 1).into(),
            port: 80,
        };
        // The persisted state file names them so: a rename would renumber the card.
        assert_eq!(svc_name(&tcp), "TCP 10.0.0.1:80");
        assert_eq!(svc_name(&ServiceKey::FwMark(7)), "FWM 7");
        assert_eq!(
            rs_name(&tcp, &rs([192, 168, 1, 11], 8080)),
            "TCP 10.0.0.1:80 -> 192.168.1.11:8080"
        );
        assert_ne!(
            rs_name(&tcp, &rs([192, 168, 1, 11], 80)),
            rs_name(&udp, &rs([192, 168, 1, 11], 80))
        );
    }

    #[test]
    fn indices_are_the_lowest_free_and_bounded_by_the_card() {
        let mut m = BTreeMap::new();
        assert_eq!(alloc(&m, 4), Some(0));
        m.insert("a".into(), 0);
        m.insert("b".into(), 2);
        assert_eq!(alloc(&m, 4), Some(1));
        m.insert("c".into(), 1);
        m.insert("d".into(), 3);
        assert_eq!(alloc(&m, 4), None, "the card holds four");
        assert_eq!(alloc(&BTreeMap::new(), 0), None);
    }

    #[test]
    fn a_real_server_over_its_threshold_or_unhealthy_is_no_candidate() {
        let server = |rs, healthy, active| RsState {
            rs,
            index: 0,
            healthy,
            active,
            inactive: 1,
            total: 0,
        };
        let limited = RealServer {
            u_threshold: 3,
            ..rs([192, 168, 1, 11], 80)
        };
        let s = SvcState {
            svc: Service {
                key: ServiceKey::FwMark(1),
                scheduler: crate::config::Scheduler::Rr,
                sched_flags: vec![],
                persistence: None,
                proxy_protocol: false,
            },
            index: 0,
            servers: vec![
                server(limited, true, 1),
                server(limited, true, 2),
                server(rs([192, 168, 1, 12], 80), false, 0),
                server(rs([192, 168, 1, 13], 80), true, 100),
            ],
            sched: sched::new(crate::config::Scheduler::Rr, &[], &[]),
            templates: Templates::default(),
            hw: None,
        };
        let avail: Vec<bool> = s.candidates().iter().map(|c| c.available).collect();
        assert_eq!(avail, [true, false, false, true]);
        assert_eq!(s.ids()[1], 0xC0A8_010B_0050);
        assert!(s
            .server((Ipv4Addr::new(192, 168, 1, 13).into(), 80))
            .is_some());
        assert!(s
            .server((Ipv4Addr::new(192, 168, 1, 13).into(), 81))
            .is_none());
    }
}
