//! What fpvsd does with an `fpvsadm` command line.
//!
//! The command is parsed with ipvsadm's rules ([`crate::ipvsadm::parse`]); a change
//! is made on a copy of the configuration, checked against what the card can do
//! ([`Agent::check`]), and only then applied to the card and written to the state
//! file — a bad command applies nothing. Listings read the card's counters.

use crate::agent::Agent;
use crate::config::{Config, RealServer, ServiceKey};
use crate::ipvsadm::{self, ConnEntry, Counters, Request, ServerStats, StatsSource, TemplateEntry};
use crate::proto::{ControlRequest, ControlResponse};
use crate::state::{save_state, State};
use fpvs_abi::{regs, CommandDescriptor, ExceptionReason, ReasonClass, Table};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::time::{Duration, Instant};

/// Counter samples for rates (`--rate`, `status`), kept between requests.
#[derive(Debug, Default)]
pub struct Control {
    last: HashMap<String, (Instant, Counters)>,
    exc_last: Option<(Instant, u64)>,
    /// The punt rate limiter's setting, as fpvsd programmed it (shown by `status`).
    pub punt: Option<crate::punt::PuntLimits>,
}

/// The counters as a listing sees them.
#[derive(Debug, Default)]
struct Snapshot {
    services: HashMap<ServiceKey, Counters>,
    servers: HashMap<(ServiceKey, SocketAddr), ServerStats>,
    conns: Vec<ConnEntry>,
    templates: Vec<TemplateEntry>,
    laddrs: HashMap<IpAddr, u32>,
    table_size: u32,
}

impl StatsSource for Snapshot {
    fn service(&self, key: &ServiceKey) -> Counters {
        self.services.get(key).copied().unwrap_or_default()
    }
    fn server(&self, key: &ServiceKey, server: &RealServer) -> ServerStats {
        self.servers
            .get(&(*key, SocketAddr::new(server.addr, server.port)))
            .copied()
            .unwrap_or_default()
    }
    fn connections(&self) -> Vec<ConnEntry> {
        self.conns.clone()
    }
    fn templates(&self) -> Vec<TemplateEntry> {
        self.templates.clone()
    }
    fn conn_table_size(&self) -> u32 {
        self.table_size
    }
    fn local_addr(&self, laddr: &crate::config::LocalAddr) -> ipvsadm::LocalAddrStats {
        ipvsadm::LocalAddrStats {
            port_conflicts: 0,
            conns: self.laddrs.get(&laddr.addr).copied().unwrap_or(0),
        }
    }
}

/// The card's count plus what the host forwarded itself.
fn sum(card: fpvs_abi::Counter, host: fpvs_abi::Counter) -> fpvs_abi::Counter {
    fpvs_abi::Counter {
        packets: card.packets.wrapping_add(host.packets),
        bytes: card.bytes.wrapping_add(host.bytes),
    }
}

fn counters(i: fpvs_abi::Counter, o: fpvs_abi::Counter, conns: u64) -> Counters {
    Counters {
        conns,
        inpkts: i.packets,
        outpkts: o.packets,
        inbytes: i.bytes,
        outbytes: o.bytes,
        ..Counters::default()
    }
}

impl Control {
    /// Rates from the previous sample of the same counters.
    fn rate(&mut self, name: String, mut c: Counters) -> Counters {
        let now = Instant::now();
        if let Some((t, p)) = self.last.get(&name) {
            let dt = now.duration_since(*t).as_secs_f64();
            if dt > 0.05 {
                let r = |a: u64, b: u64| (a.saturating_sub(b) as f64 / dt).round() as u64;
                c.cps = r(c.conns, p.conns);
                c.inpps = r(c.inpkts, p.inpkts);
                c.outpps = r(c.outpkts, p.outpkts);
                c.inbps = r(c.inbytes, p.inbytes);
                c.outbps = r(c.outbytes, p.outbytes);
            }
        }
        self.last.insert(name, (now, c));
        c
    }

    fn snapshot(&mut self, agent: &mut Agent) -> Result<Snapshot, String> {
        let mut s = Snapshot {
            table_size: agent.card.info.flow_geometry.capacity() as u32,
            ..Snapshot::default()
        };
        let cfg = agent.config().clone();
        for (svc, servers) in &cfg.services {
            let mut total_conns = 0;
            let persist = agent.persist_conns(&svc.key);
            for rs in servers {
                let (active, inactive, conns) = agent.conn_counts(&svc.key, rs.addr, rs.port);
                total_conns += conns;
                let c = match agent.real_server_index(&svc.key, rs) {
                    Some(i) => {
                        let (ci, co) = agent
                            .card
                            .tables
                            .real_server_counters(&mut agent.card.rings.cmd, u32::from(i))
                            .map_err(|e| e.to_string())?;
                        let [hi, ho] = agent.host_real_server_counters(i);
                        counters(sum(ci, hi), sum(co, ho), conns)
                    }
                    None => Counters::default(),
                };
                let c = self.rate(format!("{} {}:{}", svc.key, rs.addr, rs.port), c);
                s.servers.insert(
                    (svc.key, SocketAddr::new(rs.addr, rs.port)),
                    ServerStats {
                        counters: c,
                        active_conns: active,
                        inactive_conns: inactive,
                        persist_conns: persist.get(&(rs.addr, rs.port)).copied().unwrap_or(0),
                    },
                );
            }
            let c = match agent.service_index(&svc.key) {
                Some(i) => {
                    let (ci, co) = agent
                        .card
                        .tables
                        .service_counters(&mut agent.card.rings.cmd, u32::from(i))
                        .map_err(|e| e.to_string())?;
                    let [hi, ho] = agent.host_service_counters(i);
                    counters(sum(ci, hi), sum(co, ho), total_conns)
                }
                None => Counters::default(),
            };
            let c = self.rate(svc.key.to_string(), c);
            s.services.insert(svc.key, c);
        }
        s.conns = agent.conn_entries();
        s.templates = agent.template_entries();
        for l in &cfg.local_addrs {
            s.laddrs.insert(l.addr, agent.local_addr_conns(l.addr));
        }
        Ok(s)
    }

    /// Handles one request; never panics on bad input, never half-applies a change.
    pub fn handle(
        &mut self,
        agent: &mut Agent,
        req: &ControlRequest,
        state_dir: &Path,
    ) -> ControlResponse {
        let request = match ipvsadm::parse(&req.args) {
            Ok(r) => r,
            Err(e) => return ControlResponse::err(e.exit_code(), e.to_string()),
        };
        match request {
            Request::Restore { .. } => {
                let text = req.stdin.clone().unwrap_or_default();
                let mut c = agent.config().clone();
                match ipvsadm::restore(&mut c, &text) {
                    Ok(()) => commit(agent, c, state_dir),
                    Err(e) => ControlResponse::err(e.exit_code(), e.to_string()),
                }
            }
            r if r.mutates() => {
                let mut c = agent.config().clone();
                match ipvsadm::apply(&mut c, &r) {
                    Ok(()) => commit(agent, c, state_dir),
                    Err(e) => ControlResponse::err(e.exit_code(), e.to_string()),
                }
            }
            Request::List(opts) => match self.snapshot(agent) {
                Ok(s) => ControlResponse::ok(ipvsadm::list(agent.config(), &s, &opts)),
                Err(e) => ControlResponse::err(1, format!("reading the card's counters: {e}")),
            },
            Request::Save { .. } => ControlResponse::ok(ipvsadm::save(agent.config())),
            Request::GetLaddr(svc) => match self.snapshot(agent) {
                Ok(s) => ControlResponse::ok(ipvsadm::list_laddrs(agent.config(), &s, svc)),
                Err(e) => ControlResponse::err(1, e),
            },
            Request::Zero(svc) => match zero(agent, svc) {
                Ok(()) => ControlResponse::ok(""),
                Err(e) => ControlResponse::err(1, format!("zeroing the counters: {e}")),
            },
            Request::Status => match self.status(agent) {
                Ok(s) => ControlResponse::ok(s),
                Err(e) => ControlResponse::err(1, e),
            },
            Request::Help => ControlResponse::ok(ipvsadm::usage()),
            Request::Version => ControlResponse::ok(format!("{}\n", ipvsadm::version())),
            Request::Flash(_) => ControlResponse::err(
                2,
                "fpvsadm flash runs on the machine the board is attached to; fpvsd does not flash",
            ),
            // `mutates()` covers the rest.
            _ => ControlResponse::err(2, "unsupported request"),
        }
    }

    /// `fpvsadm status`.
    fn status(&mut self, agent: &mut Agent) -> Result<String, String> {
        let info = agent.card.info.clone();
        let shadow = agent.card.tables.shadow();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "card: {} ABI {}.{}, build {:#010x}, {}-byte datapath, {} ports, {} MHz",
            agent.card.regs.device(),
            info.abi_major,
            info.abi_minor,
            info.build_id,
            info.width_bytes,
            info.ports,
            info.clock_khz / 1000
        );
        let _ = writeln!(
            out,
            "flow table: {} of {} entries ({:.1} %)",
            shadow.flow_count(),
            shadow.flow_capacity(),
            100.0 * shadow.flow_count() as f64 / shadow.flow_capacity().max(1) as f64
        );
        let _ = writeln!(
            out,
            "services: {} configured; connections: {}",
            agent.config().services.len(),
            agent.conns().count()
        );
        let frames = agent.card.frame_counters().map_err(|e| e.to_string())?;
        let _ = writeln!(
            out,
            "frames: received {}, forwarded {}, to host {}, dropped {}",
            frames[0], frames[1], frames[2], frames[3]
        );
        let exc = u64::from(frames[2]);
        let now = Instant::now();
        let rate = match self.exc_last {
            Some((t, n)) if now.duration_since(t) > Duration::from_millis(50) => {
                exc.saturating_sub(n) as f64 / now.duration_since(t).as_secs_f64()
            }
            _ => 0.0,
        };
        self.exc_last = Some((now, exc));
        let _ = writeln!(out, "exceptions: {exc} ({rate:.1}/s since the last status)");
        for r in ExceptionReason::ALL {
            let n = agent
                .card
                .regs
                .read(regs::stats::exc_count(r))
                .map_err(|e| e.to_string())?;
            if n > 0 {
                let _ = writeln!(out, "  {:<14} {n}", r.name());
            }
        }
        match &self.punt {
            Some(p) => {
                let _ = writeln!(out, "punt rate limiter: {p}");
            }
            None => {
                let _ = writeln!(out, "punt rate limiter: not set by fpvsd");
            }
        }
        for (c, class) in ReasonClass::ALL.into_iter().enumerate() {
            let read = |r| {
                agent
                    .card
                    .regs
                    .read(regs::ratelimit::class_reg(class, r))
                    .map_err(|e| e.to_string())
            };
            let (tokens, limited) = (
                read(regs::ratelimit::TOKENS)?,
                read(regs::ratelimit::LIMITED)?,
            );
            let _ = writeln!(
                out,
                "  {:<14} tokens {tokens}, dropped {limited}",
                crate::punt::CLASS_NAMES[c]
            );
        }
        let st = agent.stats();
        let _ = writeln!(
            out,
            "SYN_RECV connections: {} ({}/256 of the flow table evicts them{}): established {}, evicted {}",
            agent.syn_recv_count(),
            crate::agent::DROP_ENTRY_SHARE,
            if agent.syn_guard() == crate::agent::SynGuard::Never {
                ", off"
            } else {
                ""
            },
            st.syn_confirmed,
            st.syn_evicted
        );
        let _ = writeln!(
            out,
            "slow path since fpvsd started: scheduled {}, learned {}, already installed {}, no server {}, table full {}, no next hop {}, expired {}, ARP replies {}, echo replies {}, ICMP errors delivered {}, fragmentation needed {}, PROXY headers {} (frames through the host {}), policy drops {}",
            st.scheduled,
            st.learned,
            st.already_installed,
            st.no_server,
            st.table_full,
            st.no_nexthop,
            st.expired,
            st.arp_replies,
            st.echo_replies,
            st.icmp_errors,
            st.frag_needed,
            st.proxy_headers,
            st.proxy_frames,
            st.policy_drops
        );
        state_lines(&mut out, agent);
        Ok(out)
    }
}

/// `status`'s account of the tables traffic grows: each one's entries against its
/// bound, and what it refused.
fn state_lines(out: &mut String, agent: &Agent) {
    let (o, l, st) = (agent.occupancy(), agent.limits(), agent.stats());
    let shadow = agent.card.tables.shadow();
    let _ = writeln!(out, "state (entries / bound, refused at the bound):");
    let _ = writeln!(
        out,
        "  connections      {} ({} in their PROXY protocol round trip), flow entries {} / {}, table full {}",
        o.connections,
        o.proxied,
        shadow.flow_count(),
        shadow.flow_capacity(),
        st.table_full
    );
    let _ = writeln!(
        out,
        "  templates        {} / {}, refused {}, expired {}",
        o.templates, l.templates, st.templates_refused, st.templates_expired
    );
    let _ = writeln!(
        out,
        "  parked for ARP   {} / {}, refused {}",
        o.parked, l.parked, st.parked_refused
    );
    let _ = writeln!(
        out,
        "  neighbours       {} / {} ({} stale), refused {}; probes {}, removed {}, kept stale {}",
        o.neighbours,
        l.neighbours,
        o.stale_neighbours,
        st.neighbours_refused,
        st.neighbour_probes,
        st.neighbours_removed,
        st.neighbours_stale
    );
    let _ = writeln!(
        out,
        "  ARP outstanding  {} / {}, refused {}",
        o.arp_pending, l.arp_pending, st.arp_refused
    );
    let _ = writeln!(
        out,
        "  next hops        {} / {}, refused {}",
        o.nexthops, agent.card.info.nexthops, st.nexthops_full
    );
    let _ = writeln!(
        out,
        "  FULLNAT ports    refused {} (64512 per local address and real server)",
        st.laddr_refused
    );
}

/// Checks, applies and persists a new configuration; nothing changes on failure.
fn commit(agent: &mut Agent, new: Config, state_dir: &Path) -> ControlResponse {
    if let Err(e) = agent.check(&new) {
        return ControlResponse::err(255, e.to_string());
    }
    if let Err(e) = agent.sync(&new) {
        return ControlResponse::err(255, format!("applying the change to the card: {e}"));
    }
    if let Err(e) = save_state(state_dir, &State::of(agent)) {
        return ControlResponse::err(
            1,
            format!("the change is applied but could not be saved: {e}"),
        );
    }
    ControlResponse::ok("")
}

fn zero(agent: &mut Agent, svc: Option<ServiceKey>) -> Result<(), String> {
    let cfg = agent.config().clone();
    let mut cmds = Vec::new();
    for (s, servers) in &cfg.services {
        if svc.is_some_and(|k| k != s.key) {
            continue;
        }
        if let Some(i) = agent.service_index(&s.key) {
            for d in 0..2 {
                cmds.push(CommandDescriptor::write(
                    Table::ServiceCounter,
                    2 * u32::from(i) + d,
                    &[0; 16],
                ));
            }
        }
        for rs in servers {
            if let Some(i) = agent.real_server_index(&s.key, rs) {
                for d in 0..2 {
                    cmds.push(CommandDescriptor::write(
                        Table::RealServerCounter,
                        2 * u32::from(i) + d,
                        &[0; 16],
                    ));
                }
            }
        }
        agent.zero_conn_totals(&s.key);
    }
    let done = agent
        .card
        .rings
        .cmd
        .execute(&cmds, Duration::from_secs(10))
        .map_err(|e| e.to_string())?;
    match done
        .iter()
        .find(|c| c.status != fpvs_abi::CommandStatus::Ok)
    {
        Some(c) => Err(format!("the card refused: {:?}", c.status)),
        None => Ok(()),
    }
}

/// The Prometheus text exposition of the card's and the slow path's counters.
pub fn metrics(agent: &mut Agent) -> String {
    let mut out = String::new();
    if let Ok(f) = agent.card.frame_counters() {
        let _ = writeln!(out, "# TYPE fpvs_card_frames_total counter");
        for (i, what) in ["received", "forwarded", "exception", "dropped"]
            .iter()
            .enumerate()
        {
            let _ = writeln!(out, "fpvs_card_frames_total{{kind=\"{what}\"}} {}", f[i]);
        }
    }
    let _ = writeln!(out, "# TYPE fpvs_card_exceptions_total counter");
    for r in ExceptionReason::ALL {
        if let Ok(n) = agent.card.regs.read(regs::stats::exc_count(r)) {
            let _ = writeln!(
                out,
                "fpvs_card_exceptions_total{{reason=\"{}\"}} {n}",
                r.name()
            );
        }
    }
    let shadow = agent.card.tables.shadow();
    let _ = writeln!(out, "# TYPE fpvs_flow_table_entries gauge");
    let _ = writeln!(out, "fpvs_flow_table_entries {}", shadow.flow_count());
    let _ = writeln!(out, "# TYPE fpvs_flow_table_capacity gauge");
    let _ = writeln!(out, "fpvs_flow_table_capacity {}", shadow.flow_capacity());
    let _ = writeln!(out, "# TYPE fpvs_connections gauge");
    let _ = writeln!(out, "fpvs_connections {}", agent.conns().count());
    let st = agent.stats();
    let _ = writeln!(out, "# TYPE fpvs_slowpath_total counter");
    for (what, n) in [
        ("scheduled", st.scheduled),
        ("learned", st.learned),
        ("no_server", st.no_server),
        ("table_full", st.table_full),
        ("expired", st.expired),
        ("arp_replies", st.arp_replies),
        ("echo_replies", st.echo_replies),
        ("policy_drops", st.policy_drops),
        ("templates_expired", st.templates_expired),
        ("neighbour_probes", st.neighbour_probes),
        ("neighbours_removed", st.neighbours_removed),
        ("neighbours_stale", st.neighbours_stale),
        ("syn_confirmed", st.syn_confirmed),
        ("syn_evicted", st.syn_evicted),
        ("no_nexthop", st.no_nexthop),
    ] {
        let _ = writeln!(out, "fpvs_slowpath_total{{event=\"{what}\"}} {n}");
    }
    let _ = writeln!(out, "# TYPE fpvs_syn_recv_connections gauge");
    let _ = writeln!(out, "fpvs_syn_recv_connections {}", agent.syn_recv_count());
    // The punt rate limiter's drops per class (the card's 32-bit counters).
    let _ = writeln!(out, "# TYPE fpvs_punt_limited_total counter");
    for (c, class) in ReasonClass::ALL.into_iter().enumerate() {
        let r = regs::ratelimit::class_reg(class, regs::ratelimit::LIMITED);
        if let Ok(n) = agent.card.regs.read(r) {
            let _ = writeln!(
                out,
                "fpvs_punt_limited_total{{class=\"{}\"}} {n}",
                crate::punt::CLASS_NAMES[c]
            );
        }
    }
    let (o, l) = (agent.occupancy(), agent.limits());
    let nexthops = agent.card.info.nexthops as usize;
    let tables = [
        ("templates", o.templates, l.templates, st.templates_refused),
        ("parked", o.parked, l.parked, st.parked_refused),
        (
            "neighbours",
            o.neighbours,
            l.neighbours,
            st.neighbours_refused,
        ),
        ("arp_pending", o.arp_pending, l.arp_pending, st.arp_refused),
        ("nexthops", o.nexthops, nexthops, st.nexthops_full),
    ];
    let _ = writeln!(out, "# TYPE fpvs_state_entries gauge");
    for (map, n, _, _) in tables {
        let _ = writeln!(out, "fpvs_state_entries{{map=\"{map}\"}} {n}");
    }
    let _ = writeln!(
        out,
        "fpvs_state_entries{{map=\"neighbours_stale\"}} {}",
        o.stale_neighbours
    );
    let _ = writeln!(out, "# TYPE fpvs_state_limit gauge");
    for (map, _, bound, _) in tables {
        let _ = writeln!(out, "fpvs_state_limit{{map=\"{map}\"}} {bound}");
    }
    let _ = writeln!(out, "# TYPE fpvs_state_refused_total counter");
    for (map, _, _, refused) in tables {
        let _ = writeln!(out, "fpvs_state_refused_total{{map=\"{map}\"}} {refused}");
    }
    let _ = writeln!(
        out,
        "fpvs_state_refused_total{{map=\"connections\"}} {}",
        st.table_full
    );
    let _ = writeln!(
        out,
        "fpvs_state_refused_total{{map=\"fullnat_ports\"}} {}",
        st.laddr_refused
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::{Indices, NetConfig, PortConfig, StateLimits};
    use crate::card::CardLink;
    use fpvs_driver::fake::{FakeCardConfig, FakeDevice};
    use fpvs_driver::rings::Mode;

    /// `text` has every one of `lines`.
    fn assert_has(text: &str, lines: &[&str]) {
        for line in lines {
            assert!(text.contains(line), "{line:?} in\n{text}");
        }
    }

    /// An agent on `link`, its segments 10.0.0.0/24 and 192.168.1.0/24.
    fn agent_on(link: CardLink) -> Agent {
        let port = |addr: [u8; 4]| PortConfig {
            mac: [2, 0, 0, 0, 0, addr[0]],
            addr: addr.into(),
            prefix: 24,
            gateway: None,
        };
        let net = NetConfig {
            ports: [port([10, 0, 0, 254]), port([192, 168, 1, 254])],
        };
        Agent::new(link, net, Indices::default())
    }

    #[test]
    fn status_and_metrics_show_each_bound_and_its_refusals() {
        let dev = FakeDevice::new(FakeCardConfig::default()).unwrap();
        let link = CardLink::with_device(Box::new(dev), Mode::Poll).unwrap();
        let mut agent = agent_on(link);
        agent.set_limits(StateLimits {
            templates: 7,
            parked: 8,
            neighbours: 9,
            arp_pending: 10,
        });
        let status = Control::default().status(&mut agent).unwrap();
        assert_has(
            &status,
            &[
                "templates        0 / 7, refused 0, expired 0",
                "parked for ARP   0 / 8, refused 0",
                "neighbours       0 / 9 (0 stale), refused 0; probes 0, removed 0, kept stale 0",
                "ARP outstanding  0 / 10, refused 0",
                "next hops        0 / 256, refused 0",
            ],
        );
        let m = metrics(&mut agent);
        assert_has(
            &m,
            &[
                "fpvs_state_limit{map=\"templates\"} 7",
                "fpvs_state_entries{map=\"neighbours\"} 0",
                "fpvs_state_refused_total{map=\"parked\"} 0",
                "fpvs_state_limit{map=\"nexthops\"} 256",
                "fpvs_slowpath_total{event=\"templates_expired\"} 0",
            ],
        );
    }

    #[test]
    fn the_punt_limiter_is_programmed_and_shown() {
        let dev = FakeDevice::new(FakeCardConfig::default()).unwrap();
        let link = CardLink::with_device(Box::new(dev), Mode::Poll).unwrap();
        let limits = crate::punt::PuntLimits::default();
        limits
            .program(&link.regs, link.info.clock_khz)
            .expect("program");
        let rd = |r| link.regs.read(r).unwrap();
        let rate = |c| regs::ratelimit::class_reg(c, regs::ratelimit::RATE);
        let burst = |c| regs::ratelimit::class_reg(c, regs::ratelimit::BURST);
        // The fake card runs at 125 MHz: a refill each millisecond.
        assert_eq!(rd(regs::ratelimit::PERIOD), link.info.clock_khz);
        assert_eq!(
            (
                rd(rate(ReasonClass::NewFlow)),
                rd(burst(ReasonClass::NewFlow))
            ),
            (20, 2000)
        );
        assert_eq!(rd(rate(ReasonClass::Other)), 1);
        let mut agent = agent_on(link);
        let mut control = Control {
            punt: Some(limits),
            ..Default::default()
        };
        let status = control.status(&mut agent).unwrap();
        assert_has(
            &status,
            &[
            "punt rate limiter: new-flow 20000/s burst 2000, control 2000/s burst 200, other 1000/s burst 100",
            "  new-flow       tokens ",
            "SYN_RECV connections: 0 (192/256 of the flow table evicts them): established 0, evicted 0",
            ],
        );
        let m = metrics(&mut agent);
        assert_has(
            &m,
            &[
                "fpvs_punt_limited_total{class=\"new-flow\"} 0",
                "fpvs_syn_recv_connections 0",
                "fpvs_slowpath_total{event=\"syn_evicted\"} 0",
            ],
        );
    }
}
