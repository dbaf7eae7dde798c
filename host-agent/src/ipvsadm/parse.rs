//! ipvsadm's command line: what each option means and what each command makes of
//! them.
//!
//! The parser follows ipvsadm 1.31 (built with popt): the first option must be a
//! command; words that are not options are arguments (only `--set` takes any). How
//! words become options, and which options each command allows, is the option table
//! in [`super::options`]; here each option's value is read (addresses, ports,
//! numbers, timeouts, schedulers) and the command's [`Request`] is built.

use super::options::{check_table, scan, Cmd, Id, Opt, Spec, Token, OPT_NAMES};
use super::{flags, AdmError, ListOptions, Request, DEFAULT_PERSISTENT_TIMEOUT, MAX_TIMEOUT};
use crate::config::{
    ForwardMethod, LocalAddr, Persistence, Protocol, RealServer, Scheduler, Service, ServiceKey,
    Timeouts,
};
use std::net::Ipv4Addr;
use std::path::PathBuf;

/// Parses a command line (without the program name) into a [`Request`].
///
/// No arguments at all lists the table, as ipvsadm does. `status` and `flash <file>`
/// are recognised as the first word.
pub fn parse(args: &[String]) -> Result<Request, AdmError> {
    match args.first().map(String::as_str) {
        None => return Ok(Request::List(ListOptions::default())),
        Some("status") => {
            return match args.get(1) {
                Some(extra) => Err(unexpected(extra)),
                None => Ok(Request::Status),
            }
        }
        Some("flash") => return parse_flash(&args[1..]),
        _ => {}
    }

    let mut p = Parser::default();
    let done = scan(args, |t| match t {
        Token::Arg(word) => {
            p.args.push(word);
            Ok(None)
        }
        Token::Opt(spec, shown, value) => p.option(spec, &shown, value),
    })?;
    match done {
        Some(req) => Ok(req),
        None => p.finish(),
    }
}

/// `flash --board NAME [--cable NAME] [--verify] FILE` (options in any order).
fn parse_flash(args: &[String]) -> Result<Request, AdmError> {
    let (mut board, mut cable, mut verify, mut file) = (None, None, false, None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--board" | "--cable" => {
                let v = it
                    .next()
                    .ok_or_else(|| AdmError::usage(format!("flash: {a} requires a name")))?;
                if a == "--board" {
                    board = Some(v.clone());
                } else {
                    cable = Some(v.clone());
                }
            }
            "--verify" => verify = true,
            s if s.starts_with('-') && s.len() > 1 => return Err(unexpected(s)),
            s if file.is_none() => file = Some(PathBuf::from(s)),
            s => return Err(unexpected(s)),
        }
    }
    let bitstream = file.ok_or_else(|| AdmError::usage("flash requires a file argument"))?;
    let board = board.ok_or_else(|| {
        AdmError::usage("flash requires --board NAME (colorlight-i9, colorlight-i5)")
    })?;
    Ok(Request::Flash(crate::flash::FlashRequest {
        board,
        cable,
        verify,
        bitstream,
    }))
}

fn unexpected(arg: &str) -> AdmError {
    AdmError::usage(format!("unexpected argument {arg}"))
}

/// What the command line has said so far.
#[derive(Debug, Default)]
struct Parser {
    cmd: Option<Cmd>,
    /// Options given, one bit per table column.
    given: u32,
    service: Option<ServiceKey>,
    scheduler: Option<String>,
    persistent: Option<u32>,
    netmask: Option<Ipv4Addr>,
    sched_flags: Option<String>,
    server: Option<(Ipv4Addr, Option<u16>)>,
    method: Option<ForwardMethod>,
    weight: Option<u32>,
    u_threshold: Option<u32>,
    l_threshold: Option<u32>,
    laddr: Option<Ipv4Addr>,
    proxy_protocol: bool,
    list: ListOptions,
    args: Vec<String>,
}

impl Parser {
    /// Records an option given twice as ipvsadm does.
    fn set(&mut self, opt: Opt) -> Result<(), AdmError> {
        let bit = 1 << opt as u32;
        if self.given & bit != 0 {
            return Err(AdmError::usage(format!(
                "multiple '{}' options specified",
                OPT_NAMES[opt as usize]
            )));
        }
        self.given |= bit;
        Ok(())
    }

    /// Handles one option; `Some` ends parsing at once (`-h`, `-v`).
    fn option(
        &mut self,
        spec: &Spec,
        shown: &str,
        value: Option<String>,
    ) -> Result<Option<Request>, AdmError> {
        if let Id::Unsupported = spec.id {
            return Err(AdmError::usage(format!(
                "{shown}: option not supported by fpvsadm"
            )));
        }
        if self.cmd.is_none() {
            return match spec.id {
                Id::Command(c) => {
                    self.cmd = Some(c);
                    Ok(None)
                }
                Id::Help => Ok(Some(Request::Help)),
                Id::Version => Ok(Some(Request::Version)),
                _ => Err(AdmError::TryHelp),
            };
        }
        let given_value = value.is_some();
        let v = value.unwrap_or_default();
        match spec.id {
            Id::Command(_) | Id::Help | Id::Version => {
                return Err(AdmError::usage("multiple commands specified"))
            }
            Id::Tcp | Id::Udp => {
                self.set(Opt::Service)?;
                let proto = if let Id::Tcp = spec.id {
                    Protocol::Tcp
                } else {
                    Protocol::Udp
                };
                let (addr, port) = parse_addr_port(&v).ok_or_else(|| {
                    AdmError::usage("illegal virtual server address[:port] specified")
                })?;
                self.service = Some(ServiceKey::Addr {
                    proto,
                    addr: addr.into(),
                    port: port.unwrap_or(0),
                });
            }
            Id::Fwmark => {
                self.set(Opt::Service)?;
                let mark = number(&v, 1, i64::from(u32::MAX)).ok_or_else(|| {
                    AdmError::usage(format!("invalid fwmark value `{v}' specified"))
                })?;
                self.service = Some(ServiceKey::FwMark(mark as u32));
            }
            Id::Scheduler => {
                self.set(Opt::Scheduler)?;
                self.scheduler = Some(v);
            }
            Id::Persistent => {
                self.set(Opt::Persistent)?;
                self.persistent = Some(if given_value {
                    timeout(&v, 1)?
                } else {
                    DEFAULT_PERSISTENT_TIMEOUT
                });
            }
            Id::Netmask => {
                self.set(Opt::Netmask)?;
                self.netmask = Some(v.parse().map_err(|_| {
                    AdmError::usage("illegal virtual server persistent mask specified")
                })?);
            }
            Id::SchedFlags => {
                self.set(Opt::SchedFlags)?;
                self.sched_flags = Some(v);
            }
            Id::Real => {
                self.set(Opt::Server)?;
                self.server = Some(parse_addr_port(&v).ok_or_else(|| {
                    AdmError::usage("illegal real server address[:port] specified")
                })?);
            }
            Id::Forward(m) => {
                self.set(Opt::Forward)?;
                self.method = Some(m);
            }
            Id::Weight => {
                self.set(Opt::Weight)?;
                self.weight = Some(
                    number(&v, 0, 65535)
                        .ok_or_else(|| AdmError::usage("illegal weight specified"))?
                        as u32,
                );
            }
            Id::UThreshold => {
                self.set(Opt::UThreshold)?;
                self.u_threshold = Some(
                    number(&v, 0, i64::from(i32::MAX))
                        .ok_or_else(|| AdmError::usage("illegal u_threshold specified"))?
                        as u32,
                );
            }
            Id::LThreshold => {
                self.set(Opt::LThreshold)?;
                self.l_threshold = Some(
                    number(&v, 0, i64::from(i32::MAX))
                        .ok_or_else(|| AdmError::usage("illegal l_threshold specified"))?
                        as u32,
                );
            }
            Id::Numeric => {
                self.set(Opt::Numeric)?;
                self.list.numeric = true;
            }
            Id::Connection => {
                self.set(Opt::Connection)?;
                self.list.connections = true;
            }
            Id::Stats => {
                self.set(Opt::Stats)?;
                self.list.stats = true;
            }
            Id::Rate => {
                self.set(Opt::Rate)?;
                self.list.rate = true;
            }
            Id::Exact => {
                self.set(Opt::Exact)?;
                self.list.exact = true;
            }
            Id::Thresholds => {
                self.set(Opt::Thresholds)?;
                self.list.thresholds = true;
            }
            Id::PersistentConn => {
                self.set(Opt::PersistentConn)?;
                self.list.persistent_conn = true;
            }
            Id::Sort => {}
            Id::NoSort => {
                self.set(Opt::NoSort)?;
                self.list.nosort = true;
            }
            Id::Timeout => {
                self.set(Opt::Timeout)?;
                self.list.timeout = true;
            }
            Id::Daemon => {
                self.set(Opt::Daemon)?;
                self.list.daemon = true;
            }
            Id::Laddr => {
                self.set(Opt::LocalAddress)?;
                let (addr, _) =
                    parse_addr_port(&v).ok_or_else(|| AdmError::usage("illegal local address"))?;
                self.laddr = Some(addr);
            }
            // The card has one port towards the real servers: the interface DPVS wants
            // with a local address is accepted and has no effect.
            Id::Ifname => self.set(Opt::Ifname)?,
            Id::ProxyProtocol => {
                self.set(Opt::ProxyProtocol)?;
                self.proxy_protocol = match v.as_str() {
                    "v2" | "2" => true,
                    "none" | "disable" => false,
                    "v1" | "1" => {
                        return Err(AdmError::usage(
                            "PROXY protocol v1 is not supported: use --proxy-protocol v2",
                        ))
                    }
                    _ => {
                        return Err(AdmError::usage(format!(
                            "illegal PROXY protocol version `{v}' (v2 or none)"
                        )))
                    }
                };
            }
            Id::Unsupported => unreachable!("handled above"),
        }
        Ok(None)
    }

    /// Checks the whole command line and builds the request.
    fn finish(mut self) -> Result<Request, AdmError> {
        let cmd = self.cmd.ok_or(AdmError::TryHelp)?;
        let mut timeouts = Timeouts::default();
        if cmd == Cmd::Timeout {
            if self.args.len() < 3 {
                return Err(AdmError::usage("--set option requires 3 timeout values"));
            }
            let vals: Vec<String> = self.args.drain(..3).collect();
            timeouts = Timeouts {
                tcp: timeout(&vals[0], 0)?,
                tcpfin: timeout(&vals[1], 0)?,
                udp: timeout(&vals[2], 0)?,
            };
        }
        if let Some(extra) = self.args.first() {
            return Err(unexpected(extra));
        }
        check_table(cmd, self.given)?;

        let service = self.service;
        // The table makes the service compulsory where it is used below.
        let key = || service.ok_or(AdmError::TryHelp);
        Ok(match cmd {
            Cmd::Add => Request::AddService(self.service_spec(key()?)?),
            Cmd::Edit => Request::EditService(self.service_spec(key()?)?),
            Cmd::Del => Request::DeleteService(key()?),
            Cmd::Flush => Request::Clear,
            Cmd::List => {
                let o = &self.list;
                if ((o.connections || o.timeout || o.daemon) && (o.stats || o.rate || o.thresholds))
                    || ((o.timeout || o.daemon) && o.persistent_conn)
                {
                    return Err(AdmError::usage("options conflicts in the list command"));
                }
                Request::List(ListOptions {
                    service,
                    ..self.list
                })
            }
            Cmd::AddDest => Request::AddServer {
                service: key()?,
                server: self.server_spec(key()?),
            },
            Cmd::EditDest => Request::EditServer {
                service: key()?,
                server: self.server_spec(key()?),
            },
            Cmd::DelDest => {
                let (addr, port) = self.server.ok_or(AdmError::TryHelp)?;
                Request::DeleteServer {
                    service: key()?,
                    addr: addr.into(),
                    port: port.unwrap_or_else(|| service_port(key().ok())),
                }
            }
            Cmd::Timeout => Request::SetTimeouts(timeouts),
            Cmd::Restore => Request::Restore {
                text: String::new(),
            },
            Cmd::Save => Request::Save {
                numeric: self.list.numeric,
            },
            Cmd::Zero => Request::Zero(service),
            Cmd::AddLaddr | Cmd::DelLaddr => {
                let la = LocalAddr {
                    service: key()?,
                    addr: self.laddr.ok_or(AdmError::TryHelp)?.into(),
                };
                if cmd == Cmd::AddLaddr {
                    Request::AddLaddr(la)
                } else {
                    Request::DelLaddr(la)
                }
            }
            Cmd::GetLaddr => Request::GetLaddr(service),
        })
    }

    /// The service `-A`/`-E` describe, with ipvsadm's defaults.
    fn service_spec(&self, key: ServiceKey) -> Result<Service, AdmError> {
        if let ServiceKey::Addr { port: 0, .. } = key {
            if self.persistent.is_none() {
                return Err(AdmError::usage(
                    "Zero port specified for non-persistent service",
                ));
            }
        }
        let name = self.scheduler.as_deref().unwrap_or("wlc");
        let scheduler =
            Scheduler::from_name(name).ok_or_else(|| AdmError::table("Scheduler not found"))?;
        let sched_flags = match &self.sched_flags {
            Some(arg) => flags::parse(scheduler, arg)?,
            None => Vec::new(),
        };
        Ok(Service {
            key,
            scheduler,
            sched_flags,
            persistence: self.persistent.map(|timeout| Persistence {
                timeout,
                netmask: self.netmask.unwrap_or(Ipv4Addr::BROADCAST),
            }),
            proxy_protocol: self.proxy_protocol,
        })
    }

    /// The real server `-a`/`-e` describe, with ipvsadm's defaults. Direct routing and
    /// tunnelling cannot change the port, so theirs is the service's (fwmark services
    /// excepted: they have no port).
    fn server_spec(&self, key: ServiceKey) -> RealServer {
        let (addr, port) = self.server.unwrap_or((Ipv4Addr::UNSPECIFIED, None));
        let method = self.method.unwrap_or(ForwardMethod::Dr);
        let port = match (key, method) {
            (ServiceKey::Addr { port, .. }, ForwardMethod::Dr | ForwardMethod::Tun) => port,
            _ => port.unwrap_or_else(|| service_port(Some(key))),
        };
        RealServer {
            addr: addr.into(),
            port,
            method,
            weight: self.weight.unwrap_or(1),
            u_threshold: self.u_threshold.unwrap_or(0),
            l_threshold: self.l_threshold.unwrap_or(0),
        }
    }
}

/// A service's port (0 for a firewall mark).
fn service_port(key: Option<ServiceKey>) -> u16 {
    match key {
        Some(ServiceKey::Addr { port, .. }) => port,
        _ => 0,
    }
}

/// `strtol` in base 10 over the whole string, within `min..=max` (ipvsadm's
/// `string_to_number`).
fn number(s: &str, min: i64, max: i64) -> Option<i64> {
    let t = s.trim_start();
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: i64 = digits.parse().ok()?;
    let v = if neg { -v } else { v };
    (min..=max).contains(&v).then_some(v)
}

/// A timeout in seconds, at least `min`, at most [`MAX_TIMEOUT`].
fn timeout(s: &str, min: i64) -> Result<u32, AdmError> {
    number(s, min, i64::from(MAX_TIMEOUT))
        .map(|v| v as u32)
        .ok_or_else(|| AdmError::usage(format!("invalid timeout value `{s}' specified")))
}

/// Port names understood without a services database.
const PORT_NAMES: &[(&str, u16)] = &[
    ("ftp-data", 20),
    ("ftp", 21),
    ("ssh", 22),
    ("telnet", 23),
    ("smtp", 25),
    ("domain", 53),
    ("http", 80),
    ("www", 80),
    ("pop3", 110),
    ("ntp", 123),
    ("imap", 143),
    ("imap2", 143),
    ("snmp", 161),
    ("ldap", 389),
    ("https", 443),
    ("syslog", 514),
    ("submission", 587),
    ("ldaps", 636),
    ("imaps", 993),
    ("pop3s", 995),
    ("mysql", 3306),
    ("postgresql", 5432),
    ("http-alt", 8080),
];

/// `host[:port]` with a numeric IPv4 host; the port is a number or a well-known name.
/// `None` where ipvsadm's `parse_service` finds no address (a bare number, a host name
/// that does not resolve — FPVS resolves none —, a bad port).
fn parse_addr_port(s: &str) -> Option<(Ipv4Addr, Option<u16>)> {
    if s.is_empty() || s.bytes().all(|b| b.is_ascii_digit()) || s.starts_with('[') {
        return None;
    }
    let (host, port) = match s.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (s, None),
    };
    let addr: Ipv4Addr = host.parse().ok()?;
    let port = match port {
        None => None,
        Some(p) => Some(match number(p, 0, 65535) {
            Some(n) => n as u16,
            None => PORT_NAMES.iter().find(|(n, _)| *n == p)?.1,
        }),
    };
    Some((addr, port))
}
