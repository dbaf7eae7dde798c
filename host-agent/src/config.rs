//! The virtual-server configuration, as ipvsadm describes it.
//!
//! These types are what `fpvsadm` parses into, what fpvsd keeps, persists and
//! applies to the card, and what `-L` / `-S` print from. Their vocabulary is IPVS's:
//! a virtual service (TCP or UDP `VIP:port`, or a firewall mark) with a scheduler and
//! optional persistence, and its real servers, each with a forwarding method, a
//! weight and connection thresholds.
//!
//! Addresses of services, real servers and local addresses are `IpAddr`, so that
//! IPv6 is a case of the same fields rather than a copy of the types; their JSON
//! form (state file, control protocol) is the address as a string, as before. Today
//! `fpvsadm` reads IPv4 addresses only and the card's tables hold IPv4 only:
//! `Agent::check` refuses an IPv6 address with a message, before anything changes.
//! Persistence netmasks stay IPv4 masks (IPv6 will take a prefix length, as
//! ipvsadm's `-M` does).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::net::{IpAddr, Ipv4Addr};

/// Transport protocol of a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Protocol {
    /// TCP (`-t`).
    Tcp,
    /// UDP (`-u`).
    Udp,
}

impl Protocol {
    /// IP protocol number.
    pub fn number(self) -> u8 {
        match self {
            Protocol::Tcp => 6,
            Protocol::Udp => 17,
        }
    }
}

/// How a virtual service is identified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ServiceKey {
    /// `-t VIP:port` / `-u VIP:port`.
    Addr {
        /// Protocol.
        proto: Protocol,
        /// Virtual IP (the card takes IPv4 only: [`crate::agent::Agent::check`] says
        /// so for any other).
        addr: IpAddr,
        /// Virtual port (0 = all ports, with persistence).
        port: u16,
    },
    /// `-f MARK`: packets marked by the firewall.
    FwMark(u32),
}

impl fmt::Display for ServiceKey {
    /// ipvsadm's numeric form: `TCP  10.0.0.1:80`, `FWM  7`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServiceKey::Addr { proto, addr, port } => {
                let p = match proto {
                    Protocol::Tcp => "TCP",
                    Protocol::Udp => "UDP",
                };
                write!(f, "{p}  {addr}:{port}")
            }
            ServiceKey::FwMark(m) => write!(f, "FWM  {m}"),
        }
    }
}

/// Scheduling algorithm (`-s`), with ipvsadm's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scheduler {
    /// Round robin.
    Rr,
    /// Weighted round robin.
    Wrr,
    /// Least connection.
    Lc,
    /// Weighted least connection (ipvsadm's default).
    Wlc,
    /// Source hashing.
    Sh,
    /// Destination hashing.
    Dh,
    /// Shortest expected delay.
    Sed,
    /// Never queue.
    Nq,
    /// Maglev hashing (can be loaded into the card: new flows scheduled in hardware).
    Mh,
}

impl Scheduler {
    /// All schedulers.
    pub const ALL: [Scheduler; 9] = [
        Scheduler::Rr,
        Scheduler::Wrr,
        Scheduler::Lc,
        Scheduler::Wlc,
        Scheduler::Sh,
        Scheduler::Dh,
        Scheduler::Sed,
        Scheduler::Nq,
        Scheduler::Mh,
    ];

    /// ipvsadm's name.
    pub fn name(self) -> &'static str {
        match self {
            Scheduler::Rr => "rr",
            Scheduler::Wrr => "wrr",
            Scheduler::Lc => "lc",
            Scheduler::Wlc => "wlc",
            Scheduler::Sh => "sh",
            Scheduler::Dh => "dh",
            Scheduler::Sed => "sed",
            Scheduler::Nq => "nq",
            Scheduler::Mh => "mh",
        }
    }

    /// Parses ipvsadm's name.
    pub fn from_name(s: &str) -> Option<Scheduler> {
        Scheduler::ALL.into_iter().find(|x| x.name() == s)
    }
}

/// Packet-forwarding method of a real server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ForwardMethod {
    /// Direct routing (`-g`, "Route"): only the MAC is rewritten.
    Dr,
    /// IP-in-IP tunnelling (`-i`, "Tunnel").
    Tun,
    /// NAT (`-m`, "Masq"): destination rewritten, replies come back through the card.
    Nat,
    /// Full NAT (`--fullnat`, "FullNat"): source and destination rewritten.
    FullNat,
}

impl ForwardMethod {
    /// The word `ipvsadm -L` prints.
    pub fn list_name(self) -> &'static str {
        match self {
            ForwardMethod::Dr => "Route",
            ForwardMethod::Tun => "Tunnel",
            ForwardMethod::Nat => "Masq",
            ForwardMethod::FullNat => "FullNat",
        }
    }

    /// The flag `ipvsadm -S` writes.
    pub fn save_flag(self) -> &'static str {
        match self {
            ForwardMethod::Dr => "-g",
            ForwardMethod::Tun => "-i",
            ForwardMethod::Nat => "-m",
            ForwardMethod::FullNat => "--fullnat",
        }
    }
}

/// Persistence (`-p [timeout]`, `-M netmask`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Persistence {
    /// Seconds a client stays with its real server after its last connection
    /// (ipvsadm sends 360 when `-p` has no value).
    pub timeout: u32,
    /// Clients are grouped by this mask (default 255.255.255.255).
    pub netmask: Ipv4Addr,
}

/// A virtual service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    /// Identity.
    pub key: ServiceKey,
    /// Scheduler.
    pub scheduler: Scheduler,
    /// Scheduler flags (`-b`, comma-separated in ipvsadm: `sh-fallback,sh-port`,
    /// `mh-fallback,mh-port`, `flag-1`..`flag-3`), in canonical bit order.
    pub sched_flags: Vec<String>,
    /// Persistence, if `-p` was given.
    pub persistence: Option<Persistence>,
    /// `--proxy-protocol v2`: FULLNAT real servers receive a PROXY protocol v2 header
    /// (client and VIP addresses and ports) before the client's first byte, so they see
    /// who the client is although its address was translated. TCP services whose real
    /// servers are all FULLNAT only.
    #[serde(default)]
    pub proxy_protocol: bool,
}

/// A real server of a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RealServer {
    /// Address.
    pub addr: IpAddr,
    /// Port (for DR and TUN, the service's port; ipvsadm prints it anyway).
    pub port: u16,
    /// Forwarding method.
    pub method: ForwardMethod,
    /// Weight (0 quiesces: no new connections, established ones continue).
    pub weight: u32,
    /// Upper connection threshold (`-x`; 0 = none).
    pub u_threshold: u32,
    /// Lower connection threshold (`-y`; 0 = none).
    pub l_threshold: u32,
}

/// IPVS connection timeouts in seconds (`--set tcp tcpfin udp`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeouts {
    /// Established TCP.
    pub tcp: u32,
    /// TCP after FIN.
    pub tcpfin: u32,
    /// UDP.
    pub udp: u32,
}

impl Default for Timeouts {
    /// IPVS's defaults: 900 s, 120 s, 300 s.
    fn default() -> Self {
        Timeouts {
            tcp: 900,
            tcpfin: 120,
            udp: 300,
        }
    }
}

/// A FULLNAT local address of a service (DPVS's `--laddr`): the source address the
/// card uses towards the real servers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LocalAddr {
    /// Service.
    pub service: ServiceKey,
    /// Address.
    pub addr: IpAddr,
}

/// Everything ipvsadm configures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Config {
    /// Services in the order they were added, each with its real servers in the
    /// order they were added.
    pub services: Vec<(Service, Vec<RealServer>)>,
    /// Connection timeouts.
    pub timeouts: Timeouts,
    /// FULLNAT local addresses.
    pub local_addrs: Vec<LocalAddr>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_keep_their_json_form_whatever_their_family() {
        // The state file and the control protocol carry addresses as strings; an IPv4
        // address reads and writes as it did when these fields were `Ipv4Addr`.
        let rs: RealServer = serde_json::from_str(
            r#"{"addr":"192.168.1.11","port":80,"method":"Nat","weight":1,"u_threshold":0,"l_threshold":0}"#,
        )
        .unwrap();
        assert_eq!(rs.addr, IpAddr::from([192, 168, 1, 11]));
        assert_eq!(
            serde_json::to_string(&rs).unwrap(),
            r#"{"addr":"192.168.1.11","port":80,"method":"Nat","weight":1,"u_threshold":0,"l_threshold":0}"#
        );
        let key = ServiceKey::Addr {
            proto: Protocol::Tcp,
            addr: Ipv4Addr::new(10, 0, 0, 1).into(),
            port: 80,
        };
        assert_eq!(
            serde_json::to_string(&key).unwrap(),
            r#"{"Addr":{"proto":"Tcp","addr":"10.0.0.1","port":80}}"#
        );
        assert_eq!(key.to_string(), "TCP  10.0.0.1:80");
        // An IPv6 address is a case of the same field.
        let v6: LocalAddr =
            serde_json::from_str(r#"{"service":{"FwMark":1},"addr":"2001:db8::1"}"#).unwrap();
        assert!(v6.addr.is_ipv6());
    }
}
