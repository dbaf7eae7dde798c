//! ipvsadm's output: `-S` (rules), `-L` (the table, its counters, rates, thresholds
//! and connections) and DPVS's `-G` (local addresses), column for column.

use super::{flags, ListOptions};
use crate::config::{Config, LocalAddr, Protocol, RealServer, Service, ServiceKey, Timeouts};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;
use std::net::{IpAddr, Ipv4Addr, SocketAddrV4};

/// Packet, byte and connection counters of a service or a real server, with their
/// rates (per second), as IPVS keeps them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counters {
    /// Connections scheduled.
    pub conns: u64,
    /// Packets from clients.
    pub inpkts: u64,
    /// Packets to clients.
    pub outpkts: u64,
    /// Bytes from clients.
    pub inbytes: u64,
    /// Bytes to clients.
    pub outbytes: u64,
    /// Connections per second.
    pub cps: u64,
    /// Packets per second from clients.
    pub inpps: u64,
    /// Packets per second to clients.
    pub outpps: u64,
    /// Bytes per second from clients.
    pub inbps: u64,
    /// Bytes per second to clients.
    pub outbps: u64,
}

/// What `-L` shows of a real server besides its configuration.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerStats {
    /// Counters and rates.
    pub counters: Counters,
    /// Established connections.
    pub active_conns: u32,
    /// Other connections (closing, half-open, UDP).
    pub inactive_conns: u32,
    /// Persistence templates pointing at the server.
    pub persist_conns: u32,
}

/// What `-G` shows of a FULLNAT local address besides its configuration.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalAddrStats {
    /// Times a source port was found taken.
    pub port_conflicts: u64,
    /// Connections using the address.
    pub conns: u32,
}

/// One entry of the connection table (`-L -c`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnEntry {
    /// Protocol.
    pub proto: Protocol,
    /// Seconds until the entry expires.
    pub expire_secs: u32,
    /// State name as IPVS spells it (`ESTABLISHED`, `FIN_WAIT`, `UDP`, ...).
    pub state: String,
    /// Client address and port.
    pub client: SocketAddrV4,
    /// Virtual address and port the client used.
    pub virtual_addr: SocketAddrV4,
    /// Real server address and port.
    pub real_server: SocketAddrV4,
}

/// A persistence template in the connection table (`-L -c`), as IPVS lists it: the
/// client's (masked) address with port 0, state `NONE` (`UDP` for a UDP service),
/// and for a firewall-mark service protocol `IP` and the mark as the virtual
/// address (`0.0.0.7:0`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateEntry {
    /// The service.
    pub service: ServiceKey,
    /// Seconds until it expires (the persistence timeout while the client has
    /// connections).
    pub expire_secs: u32,
    /// The client's address under the service's netmask.
    pub client: Ipv4Addr,
    /// The real server its connections go to.
    pub real_server: SocketAddrV4,
}

/// The live side of `-L`: counters and connections, which fpvsd reads from the card
/// and its own tables.
pub trait StatsSource {
    /// A service's counters.
    fn service(&self, key: &ServiceKey) -> Counters;
    /// A real server's counters and connection counts.
    fn server(&self, key: &ServiceKey, server: &RealServer) -> ServerStats;
    /// The connection table.
    fn connections(&self) -> Vec<ConnEntry>;
    /// The persistence templates.
    fn templates(&self) -> Vec<TemplateEntry> {
        Vec::new()
    }
    /// A local address's counters.
    fn local_addr(&self, _laddr: &LocalAddr) -> LocalAddrStats {
        LocalAddrStats::default()
    }
    /// The size of the connection table shown in `-L`'s first line (IPVS's default
    /// is 4096).
    fn conn_table_size(&self) -> u32 {
        4096
    }
}

/// A [`StatsSource`] with every counter at zero and no connections.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoStats;

impl StatsSource for NoStats {
    fn service(&self, _key: &ServiceKey) -> Counters {
        Counters::default()
    }
    fn server(&self, _key: &ServiceKey, _server: &RealServer) -> ServerStats {
        ServerStats::default()
    }
    fn connections(&self) -> Vec<ConnEntry> {
        Vec::new()
    }
}

/// Sort key of services, as ipvsadm sorts them: address services first, by protocol
/// (TCP before UDP), address and port; then firewall marks by mark.
fn service_order(key: &ServiceKey) -> (u32, u8, IpAddr, u16) {
    match *key {
        ServiceKey::Addr { proto, addr, port } => (0, proto.number(), addr, port),
        ServiceKey::FwMark(m) => (m, Protocol::Tcp.number(), Ipv4Addr::UNSPECIFIED.into(), 0),
    }
}

/// Services (each with its real servers) in listing order.
fn ordered(config: &Config, nosort: bool) -> Vec<(&Service, Vec<&RealServer>)> {
    let mut v: Vec<(&Service, Vec<&RealServer>)> = config
        .services
        .iter()
        .map(|(s, rs)| (s, rs.iter().collect()))
        .collect();
    if !nosort {
        v.sort_by_key(|(s, _)| service_order(&s.key));
        for (_, rs) in &mut v {
            rs.sort_by_key(|d| (d.addr, d.port));
        }
    }
    v
}

/// The service as a rule: `-t 10.0.0.1:80`, `-u ...`, `-f 7`.
fn rule_name(key: &ServiceKey) -> String {
    match *key {
        ServiceKey::Addr { proto, addr, port } => {
            let p = match proto {
                Protocol::Tcp => "-t",
                Protocol::Udp => "-u",
            };
            format!("{p} {addr}:{port}")
        }
        ServiceKey::FwMark(m) => format!("-f {m}"),
    }
}

/// Prints the table as `ipvsadm -S -n` does: one `-A` line per service, followed by
/// one `-a` line per real server, services and real servers sorted as ipvsadm sorts
/// them. [`restore`](super::restore) reads it back.
///
/// What ipvsadm cannot express is added in ipvsadm's syntax, and only where it
/// differs from the defaults, so that a table ipvsadm could hold saves exactly as
/// ipvsadm saves it: `--set tcp tcpfin udp` first when the timeouts are not IPVS's
/// defaults, ` -x N` / ` -y N` after the weight for thresholds (ipvsadm does not
/// save them), `--fullnat` as the forwarding flag, `--proxy-protocol v2` after a
/// service's persistence, and `-P <service> -z ADDR` after a
/// service's real servers for each of its FULLNAT local addresses.
pub fn save(config: &Config) -> String {
    let mut out = String::new();
    let t = config.timeouts;
    if t != Timeouts::default() {
        let _ = writeln!(out, "--set {} {} {}", t.tcp, t.tcpfin, t.udp);
    }
    for (svc, servers) in ordered(config, false) {
        let name = rule_name(&svc.key);
        let _ = write!(out, "-A {name} -s {}", svc.scheduler.name());
        if !svc.sched_flags.is_empty() {
            let _ = write!(
                out,
                " -b {}",
                flags::display(svc.scheduler, &svc.sched_flags)
            );
        }
        if let Some(p) = &svc.persistence {
            let _ = write!(out, " -p {}", p.timeout);
            if p.netmask != Ipv4Addr::BROADCAST {
                let _ = write!(out, " -M {}", p.netmask);
            }
        }
        if svc.proxy_protocol {
            out.push_str(" --proxy-protocol v2");
        }
        out.push('\n');
        for rs in servers {
            let _ = write!(
                out,
                "-a {name} -r {}:{} {} -w {}",
                rs.addr,
                rs.port,
                rs.method.save_flag(),
                rs.weight
            );
            if rs.u_threshold != 0 {
                let _ = write!(out, " -x {}", rs.u_threshold);
            }
            if rs.l_threshold != 0 {
                let _ = write!(out, " -y {}", rs.l_threshold);
            }
            out.push('\n');
        }
        for la in config.local_addrs.iter().filter(|la| la.service == svc.key) {
            let _ = writeln!(out, "-P {name} -z {}", la.addr);
        }
    }
    out
}

/// Prints what `ipvsadm -L -n` with the same options prints.
///
/// `-c` prints the connection table (connections, then persistence templates),
/// `--timeout` the timeouts, `--daemon` nothing (no sync daemon). Otherwise the services (all of them after the version line, or the
/// one `opts.service` names without it), in the format of `--stats`, `--rate`,
/// `--thresholds`, `--persistent-conn` or the default, in that order of precedence.
/// A service named in `opts.service` that does not exist prints nothing; check the
/// request with [`apply`](super::apply) first for ipvsadm's "No such service".
pub fn list(config: &Config, stats: &dyn StatsSource, opts: &ListOptions) -> String {
    let mut out = String::new();
    if opts.connections {
        list_conns(&mut out, stats);
        return out;
    }
    if opts.timeout {
        let t = config.timeouts;
        let _ = writeln!(
            out,
            "Timeout (tcp tcpfin udp): {} {} {}",
            t.tcp, t.tcpfin, t.udp
        );
        return out;
    }
    if opts.daemon {
        return out;
    }
    let all = ordered(config, opts.nosort);
    match &opts.service {
        Some(key) => {
            if let Some((svc, servers)) = all.iter().find(|(s, _)| s.key == *key) {
                title(&mut out, opts);
                entry(&mut out, stats, opts, svc, servers);
            }
        }
        None => {
            let _ = writeln!(
                out,
                "IP Virtual Server version 1.2.1 (size={})",
                stats.conn_table_size()
            );
            title(&mut out, opts);
            for (svc, servers) in &all {
                entry(&mut out, stats, opts, svc, servers);
            }
        }
    }
    out
}

/// The column headings.
fn title(out: &mut String, opts: &ListOptions) {
    const PROT: &str = "Prot LocalAddress:Port";
    const REMOTE: &str = "  -> RemoteAddress:Port";
    if opts.stats {
        let _ = writeln!(
            out,
            "{PROT:<33} {:>8} {:>8} {:>8} {:>8} {:>8}\n{REMOTE}",
            "Conns", "InPkts", "OutPkts", "InBytes", "OutBytes"
        );
    } else if opts.rate {
        let _ = writeln!(
            out,
            "{PROT:<33} {:>8} {:>8} {:>8} {:>8} {:>8}\n{REMOTE}",
            "CPS", "InPPS", "OutPPS", "InBPS", "OutBPS"
        );
    } else if opts.thresholds {
        let _ = writeln!(
            out,
            "{PROT:<33} {:<10} {:<10} {:<10} {:<10}\n{REMOTE}",
            "Uthreshold", "Lthreshold", "ActiveConn", "InActConn"
        );
    } else if opts.persistent_conn {
        let _ = writeln!(
            out,
            "{PROT:<33} {:<9} {:<11} {:<10} {:<10}\n{REMOTE}",
            "Weight", "PersistConn", "ActiveConn", "InActConn"
        );
    } else {
        let _ = writeln!(
            out,
            "{PROT} Scheduler Flags\n{REMOTE}           Forward Weight ActiveConn InActConn"
        );
    }
}

/// A counter in a 9-character column: exact, or abbreviated with K, M, G or T above
/// 100 million (ipvsadm's `print_largenum`).
fn largenum(out: &mut String, v: u64, exact: bool) {
    if exact {
        let digits = v.to_string().len();
        let width = if digits <= 8 { 9 } else { digits + 1 };
        let _ = write!(out, "{v:>width$}");
        return;
    }
    let _ = match v {
        0..=99_999_999 => write!(out, "{v:>9}"),
        100_000_000..=999_999_999 => write!(out, "{:>8}K", v / 1_000),
        1_000_000_000..=99_999_999_999 => write!(out, "{:>8}M", v / 1_000_000),
        100_000_000_000..=99_999_999_999_999 => write!(out, "{:>8}G", v / 1_000_000_000),
        _ => write!(out, "{:>8}T", v / 1_000_000_000_000),
    };
}

/// One service and its real servers.
fn entry(
    out: &mut String,
    stats: &dyn StatsSource,
    opts: &ListOptions,
    svc: &Service,
    servers: &[&RealServer],
) {
    let name = svc.key.to_string();
    if opts.stats || opts.rate {
        let c = stats.service(&svc.key);
        let _ = write!(out, "{name:<33}");
        let vals = if opts.stats {
            [c.conns, c.inpkts, c.outpkts, c.inbytes, c.outbytes]
        } else {
            [c.cps, c.inpps, c.outpps, c.inbps, c.outbps]
        };
        for v in vals {
            largenum(out, v, opts.exact);
        }
    } else {
        let _ = write!(out, "{name} {}", svc.scheduler.name());
        if !svc.sched_flags.is_empty() {
            let _ = write!(
                out,
                " ({})",
                flags::display(svc.scheduler, &svc.sched_flags)
            );
        }
        if let Some(p) = &svc.persistence {
            let _ = write!(out, " persistent {}", p.timeout);
            if p.netmask != Ipv4Addr::BROADCAST {
                let _ = write!(out, " mask {}", p.netmask);
            }
        }
        if svc.proxy_protocol {
            out.push_str(" proxy-protocol v2");
        }
    }
    out.push('\n');

    for rs in servers {
        let s = stats.server(&svc.key, rs);
        let c = &s.counters;
        let dest = format!("{}:{}", rs.addr, rs.port);
        if opts.stats {
            let _ = write!(out, "  -> {dest:<28}");
            for v in [c.conns, c.inpkts, c.outpkts, c.inbytes, c.outbytes] {
                largenum(out, v, opts.exact);
            }
            out.push('\n');
        } else if opts.rate {
            let _ = write!(
                out,
                "  -> {dest:<28} {:>8} {:>8} {:>8}",
                c.cps, c.inpps, c.outpps
            );
            largenum(out, c.inbps, opts.exact);
            largenum(out, c.outbps, opts.exact);
            out.push('\n');
        } else if opts.thresholds {
            let _ = writeln!(
                out,
                "  -> {dest:<28} {:<10} {:<10} {:<10} {:<10}",
                rs.u_threshold, rs.l_threshold, s.active_conns, s.inactive_conns
            );
        } else if opts.persistent_conn {
            let _ = writeln!(
                out,
                "  -> {dest:<28} {:<9} {:<11} {:<10} {:<10}",
                rs.weight, s.persist_conns, s.active_conns, s.inactive_conns
            );
        } else {
            let _ = writeln!(
                out,
                "  -> {dest:<28} {:<7} {:<6} {:<10} {:<10}",
                rs.method.list_name(),
                rs.weight,
                s.active_conns,
                s.inactive_conns
            );
        }
    }
}

/// `-L -c`: the connections, then the persistence templates.
fn list_conns(out: &mut String, stats: &dyn StatsSource) {
    out.push_str("IPVS connection entries\n");
    let _ = writeln!(
        out,
        "pro expire {:<11} {:<18} {:<18} destination",
        "state", "source", "virtual"
    );
    for c in stats.connections() {
        let proto = match c.proto {
            Protocol::Tcp => "TCP",
            Protocol::Udp => "UDP",
        };
        conn_row(
            out,
            (proto, c.expire_secs, &c.state),
            &c.client.to_string(),
            &c.virtual_addr.to_string(),
            c.real_server,
        );
    }
    let mut templates = stats.templates();
    templates.sort_by_key(|t| (t.service, t.client));
    for t in templates {
        let (proto, state, to) = match t.service {
            ServiceKey::Addr { proto, addr, port } => {
                let (p, s) = match proto {
                    Protocol::Tcp => ("TCP", "NONE"),
                    Protocol::Udp => ("UDP", "UDP"),
                };
                (p, s, std::net::SocketAddr::new(addr, port).to_string())
            }
            ServiceKey::FwMark(m) => ("IP", "NONE", format!("{}:0", Ipv4Addr::from(m))),
        };
        conn_row(
            out,
            (proto, t.expire_secs, state),
            &format!("{}:0", t.client),
            &to,
            t.real_server,
        );
    }
}

/// One line of `-L -c`.
fn conn_row(
    out: &mut String,
    (proto, expire, state): (&str, u32, &str),
    from: &str,
    to: &str,
    dest: SocketAddrV4,
) {
    let expire = format!("{:02}:{:02}", expire / 60, expire % 60);
    let _ = writeln!(
        out,
        "{proto:<3} {expire:<6} {state:<11} {from:<18} {to:<18} {dest}"
    );
}

/// Prints the FULLNAT local addresses as DPVS's `ipvsadm -G` does: a heading, then
/// for each service its address, the number of local addresses and one line per
/// address with its port conflicts and connections. With `service`, only that one
/// (nothing if it does not exist: check with [`apply`](super::apply) first).
pub fn list_laddrs(
    config: &Config,
    stats: &dyn StatsSource,
    service: Option<ServiceKey>,
) -> String {
    let mut out = String::new();
    let services = config
        .services
        .iter()
        .map(|(s, _)| s.key)
        .filter(|k| service.is_none_or(|want| want == *k));
    for (i, key) in services.enumerate() {
        if i == 0 {
            let _ = writeln!(
                out,
                "{:<20} {:<8} {:<20} {:<10} {:<10}",
                "VIP:VPORT", "TOTAL", "SNAT_IP", "CONFLICTS", "CONNS"
            );
        }
        let laddrs: Vec<&LocalAddr> = config
            .local_addrs
            .iter()
            .filter(|la| la.service == key)
            .collect();
        let vname = match key {
            ServiceKey::Addr { addr, port, .. } => format!("{addr}:{port}"),
            ServiceKey::FwMark(m) => format!("FWM  {m}"),
        };
        let _ = writeln!(out, "{vname:<20} {:<8} ", laddrs.len());
        for la in laddrs {
            let s = stats.local_addr(la);
            let _ = writeln!(
                out,
                "{:<20} {:<8} {:<20} {:<10} {:<10}",
                "",
                "",
                la.addr.to_string(),
                s.port_conflicts,
                s.conns
            );
        }
    }
    out
}
