//! ipvsadm's command line.
//!
//! The parser follows ipvsadm 1.31 (built with popt): the first option must be a
//! command; short options may be combined (`-Ln`, `-At VIP:80`) and take their value
//! from the rest of the word or the next word; long options take `--opt value` or
//! `--opt=value`; `-p` has an optional value (taken from the next word only if that
//! does not start with `-`); words that are not options are arguments (only `--set`
//! takes any). Each option is checked against the command with ipvsadm's table of
//! legal combinations, with ipvsadm's messages.

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
    let mut i = 0;
    let mut only_args = false;
    while i < args.len() {
        let word = &args[i];
        i += 1;
        if only_args || word == "-" || !word.starts_with('-') {
            p.args.push(word.clone());
            continue;
        }
        if word == "--" {
            only_args = true;
            continue;
        }
        if let Some(long) = word.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (long, None),
            };
            let shown = format!("--{name}");
            let spec = SPECS
                .iter()
                .find(|s| s.long == name)
                .ok_or_else(|| AdmError::usage(format!("{shown}: unknown option")))?;
            let value = match spec.arg {
                Arg::None => {
                    if inline.is_some() {
                        return Err(AdmError::usage(format!(
                            "{word}: option does not take an argument"
                        )));
                    }
                    None
                }
                Arg::Required => match inline {
                    Some(v) => Some(v.to_string()),
                    None => Some(next_word(args, &mut i, &shown)?),
                },
                Arg::Optional => match inline {
                    Some(v) => Some(v.to_string()),
                    None => optional_word(args, &mut i),
                },
            };
            if let Some(req) = p.option(spec, &shown, value)? {
                return Ok(req);
            }
        } else {
            let cluster: Vec<char> = word[1..].chars().collect();
            let mut k = 0;
            while k < cluster.len() {
                let c = cluster[k];
                k += 1;
                let shown = format!("-{c}");
                let spec = SPECS
                    .iter()
                    .find(|s| s.short == Some(c))
                    .ok_or_else(|| AdmError::usage(format!("{shown}: unknown option")))?;
                let rest: String = cluster[k..].iter().collect();
                let value = match spec.arg {
                    Arg::None => None,
                    Arg::Required if !rest.is_empty() => {
                        k = cluster.len();
                        Some(rest)
                    }
                    Arg::Required => Some(next_word(args, &mut i, &shown)?),
                    Arg::Optional if !rest.is_empty() => {
                        k = cluster.len();
                        Some(rest)
                    }
                    Arg::Optional => optional_word(args, &mut i),
                };
                if let Some(req) = p.option(spec, &shown, value)? {
                    return Ok(req);
                }
            }
        }
    }
    p.finish()
}

/// The value of an option that requires one: the next word, whatever it looks like.
fn next_word(args: &[String], i: &mut usize, shown: &str) -> Result<String, AdmError> {
    let v = args
        .get(*i)
        .ok_or_else(|| AdmError::usage(format!("{shown}: missing argument")))?;
    *i += 1;
    Ok(v.clone())
}

/// The value of an option whose value is optional: the next word unless it is an option.
fn optional_word(args: &[String], i: &mut usize) -> Option<String> {
    let v = args.get(*i).filter(|w| !w.starts_with('-'))?;
    *i += 1;
    Some(v.clone())
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

/// The commands, in ipvsadm's words for its messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cmd {
    Add,
    Edit,
    Del,
    Flush,
    List,
    AddDest,
    DelDest,
    EditDest,
    Timeout,
    Restore,
    Save,
    Zero,
    AddLaddr,
    DelLaddr,
    GetLaddr,
}

/// Number of options in the table of legal combinations.
const N_OPT: usize = 23;

/// The options of the table, in column order; the discriminant is the column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opt {
    Numeric,
    Connection,
    Service,
    Scheduler,
    Persistent,
    Netmask,
    Server,
    Forward,
    Weight,
    UThreshold,
    LThreshold,
    Timeout,
    Daemon,
    Stats,
    Rate,
    Thresholds,
    PersistentConn,
    NoSort,
    Exact,
    SchedFlags,
    LocalAddress,
    Ifname,
    ProxyProtocol,
}

/// The options' names in ipvsadm's (and DPVS's) messages, by column.
const OPT_NAMES: [&str; N_OPT] = [
    "numeric",
    "connection",
    "service-address",
    "scheduler",
    "persistent",
    "netmask",
    "real-server",
    "forwarding-method",
    "weight",
    "u-threshold",
    "l-threshold",
    "timeout",
    "daemon",
    "stats",
    "rate",
    "thresholds",
    "persistent-conn",
    "nosort",
    "exact",
    "sched-flags",
    "local-address",
    "ifname",
    "proxy-protocol",
];

impl Cmd {
    fn name(self) -> &'static str {
        match self {
            Cmd::Add => "add-service",
            Cmd::Edit => "edit-service",
            Cmd::Del => "delete-service",
            Cmd::Flush => "flush",
            Cmd::List => "list",
            Cmd::AddDest => "add-server",
            Cmd::DelDest => "delete-server",
            Cmd::EditDest => "edit-server",
            Cmd::Timeout => "set",
            Cmd::Restore => "restore",
            Cmd::Save => "save",
            Cmd::Zero => "zero",
            Cmd::AddLaddr => "add-laddr",
            Cmd::DelLaddr => "del-laddr",
            Cmd::GetLaddr => "get-laddr",
        }
    }

    /// The command's row of the table: `+` compulsory, `x` illegal, `1` at most one of
    /// the `1` options, space optional. Columns as [`OPT_NAMES`]:
    /// `n c svc s p M r fwd w x y tot dmn st rt thr pc srt ex b z F pp`.
    fn row(self) -> &'static [u8; N_OPT] {
        match self {
            Cmd::Add | Cmd::Edit => b"xx+   xxxxxxxxxxxxx xx ",
            Cmd::Del => b"xx+xxxxxxxxxxxxxxxxxxxx",
            Cmd::Flush | Cmd::Timeout | Cmd::Restore => b"xxxxxxxxxxxxxxxxxxxxxxx",
            Cmd::List => b" 11xxxxxxxx11      xxxx",
            Cmd::AddDest | Cmd::EditDest => b"xx+xxx+    xxxxxxxxxxxx",
            Cmd::DelDest => b"xx+xxx+xxxxxxxxxxxxxxxx",
            Cmd::Save => b" xxxxxxxxxxxxxxxxxxxxxx",
            Cmd::Zero => b"xx xxxxxxxxxxxxxxxxxxxx",
            Cmd::AddLaddr | Cmd::DelLaddr => b"xx+xxxxxxxxxxxxxxxxx+ x",
            Cmd::GetLaddr => b" x xxxxxxxxxxxxxxxxxxxx",
        }
    }
}

/// Checks the options given against the command's row of the table.
fn check_table(cmd: Cmd, given: u32) -> Result<(), AdmError> {
    let row = cmd.row();
    let mut exclusive: Option<usize> = None;
    for (j, rule) in row.iter().enumerate() {
        let set = given & (1 << j) != 0;
        match (set, rule) {
            (false, b'+') => {
                return Err(AdmError::usage(format!(
                    "You need to supply the '{}' option for the '{}' command",
                    OPT_NAMES[j],
                    cmd.name()
                )))
            }
            (true, b'x') => {
                return Err(AdmError::usage(format!(
                    "Illegal '{}' option with the '{}' command",
                    OPT_NAMES[j],
                    cmd.name()
                )))
            }
            (true, b'1') => match exclusive {
                Some(first) => {
                    return Err(AdmError::usage(format!(
                        "The option '{}' conflicts with the '{}' option in the '{}' command",
                        OPT_NAMES[j],
                        OPT_NAMES[first],
                        cmd.name()
                    )))
                }
                None => exclusive = Some(j),
            },
            _ => {}
        }
    }
    Ok(())
}

/// Whether an option takes a value.
#[derive(Debug, Clone, Copy)]
enum Arg {
    None,
    Required,
    Optional,
}

/// What an option does.
#[derive(Debug, Clone, Copy)]
enum Id {
    Command(Cmd),
    Help,
    Version,
    Tcp,
    Udp,
    Fwmark,
    Scheduler,
    Persistent,
    Netmask,
    SchedFlags,
    Real,
    Forward(ForwardMethod),
    Weight,
    UThreshold,
    LThreshold,
    Numeric,
    Connection,
    Stats,
    Rate,
    Exact,
    Thresholds,
    PersistentConn,
    Sort,
    NoSort,
    Timeout,
    Daemon,
    Laddr,
    Ifname,
    ProxyProtocol,
    /// An ipvsadm option FPVS has no counterpart for.
    Unsupported,
}

/// One option: short name, long name, value, meaning.
#[derive(Debug)]
struct Spec {
    short: Option<char>,
    long: &'static str,
    arg: Arg,
    id: Id,
}

const fn spec(short: Option<char>, long: &'static str, arg: Arg, id: Id) -> Spec {
    Spec {
        short,
        long,
        arg,
        id,
    }
}

const SPECS: &[Spec] = &[
    spec(Some('A'), "add-service", Arg::None, Id::Command(Cmd::Add)),
    spec(Some('E'), "edit-service", Arg::None, Id::Command(Cmd::Edit)),
    spec(
        Some('D'),
        "delete-service",
        Arg::None,
        Id::Command(Cmd::Del),
    ),
    spec(Some('C'), "clear", Arg::None, Id::Command(Cmd::Flush)),
    spec(Some('L'), "list", Arg::None, Id::Command(Cmd::List)),
    spec(Some('l'), "list", Arg::None, Id::Command(Cmd::List)),
    spec(Some('Z'), "zero", Arg::None, Id::Command(Cmd::Zero)),
    spec(
        Some('a'),
        "add-server",
        Arg::None,
        Id::Command(Cmd::AddDest),
    ),
    spec(
        Some('e'),
        "edit-server",
        Arg::None,
        Id::Command(Cmd::EditDest),
    ),
    spec(
        Some('d'),
        "delete-server",
        Arg::None,
        Id::Command(Cmd::DelDest),
    ),
    spec(None, "set", Arg::None, Id::Command(Cmd::Timeout)),
    spec(Some('R'), "restore", Arg::None, Id::Command(Cmd::Restore)),
    spec(Some('S'), "save", Arg::None, Id::Command(Cmd::Save)),
    spec(
        Some('P'),
        "add-laddr",
        Arg::None,
        Id::Command(Cmd::AddLaddr),
    ),
    spec(
        Some('Q'),
        "del-laddr",
        Arg::None,
        Id::Command(Cmd::DelLaddr),
    ),
    spec(
        Some('G'),
        "get-laddr",
        Arg::None,
        Id::Command(Cmd::GetLaddr),
    ),
    spec(Some('h'), "help", Arg::None, Id::Help),
    spec(Some('v'), "version", Arg::None, Id::Version),
    spec(Some('t'), "tcp-service", Arg::Required, Id::Tcp),
    spec(Some('u'), "udp-service", Arg::Required, Id::Udp),
    spec(Some('f'), "fwmark-service", Arg::Required, Id::Fwmark),
    spec(Some('s'), "scheduler", Arg::Required, Id::Scheduler),
    spec(Some('p'), "persistent", Arg::Optional, Id::Persistent),
    spec(Some('M'), "netmask", Arg::Required, Id::Netmask),
    spec(Some('b'), "sched-flags", Arg::Required, Id::SchedFlags),
    spec(Some('r'), "real-server", Arg::Required, Id::Real),
    spec(
        Some('g'),
        "gatewaying",
        Arg::None,
        Id::Forward(ForwardMethod::Dr),
    ),
    spec(
        Some('i'),
        "ipip",
        Arg::None,
        Id::Forward(ForwardMethod::Tun),
    ),
    spec(
        Some('m'),
        "masquerading",
        Arg::None,
        Id::Forward(ForwardMethod::Nat),
    ),
    spec(
        None,
        "fullnat",
        Arg::None,
        Id::Forward(ForwardMethod::FullNat),
    ),
    spec(Some('w'), "weight", Arg::Required, Id::Weight),
    spec(Some('x'), "u-threshold", Arg::Required, Id::UThreshold),
    spec(Some('y'), "l-threshold", Arg::Required, Id::LThreshold),
    spec(Some('n'), "numeric", Arg::None, Id::Numeric),
    spec(Some('c'), "connection", Arg::None, Id::Connection),
    spec(None, "stats", Arg::None, Id::Stats),
    spec(None, "rate", Arg::None, Id::Rate),
    spec(Some('X'), "exact", Arg::None, Id::Exact),
    spec(None, "thresholds", Arg::None, Id::Thresholds),
    spec(None, "persistent-conn", Arg::None, Id::PersistentConn),
    spec(None, "sort", Arg::None, Id::Sort),
    spec(None, "nosort", Arg::None, Id::NoSort),
    spec(None, "timeout", Arg::None, Id::Timeout),
    spec(None, "daemon", Arg::None, Id::Daemon),
    spec(Some('z'), "laddr", Arg::Required, Id::Laddr),
    spec(Some('F'), "ifname", Arg::Required, Id::Ifname),
    spec(None, "proxy-protocol", Arg::Required, Id::ProxyProtocol),
    spec(None, "start-daemon", Arg::Required, Id::Unsupported),
    spec(None, "stop-daemon", Arg::Required, Id::Unsupported),
    spec(None, "mcast-interface", Arg::Required, Id::Unsupported),
    spec(None, "mcast-group", Arg::Required, Id::Unsupported),
    spec(None, "mcast-port", Arg::Required, Id::Unsupported),
    spec(None, "mcast-ttl", Arg::Required, Id::Unsupported),
    spec(None, "sync-maxlen", Arg::Required, Id::Unsupported),
    spec(None, "syncid", Arg::Required, Id::Unsupported),
    spec(None, "sctp-service", Arg::Required, Id::Unsupported),
    spec(None, "pe", Arg::Required, Id::Unsupported),
    spec(None, "tun-type", Arg::Required, Id::Unsupported),
    spec(None, "tun-port", Arg::Required, Id::Unsupported),
    spec(None, "tun-nocsum", Arg::None, Id::Unsupported),
    spec(None, "tun-csum", Arg::None, Id::Unsupported),
    spec(None, "tun-remcsum", Arg::None, Id::Unsupported),
    spec(None, "tun-info", Arg::None, Id::Unsupported),
    spec(Some('o'), "ops", Arg::None, Id::Unsupported),
    spec(Some('6'), "ipv6", Arg::None, Id::Unsupported),
];

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
                    addr,
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
                    addr,
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
                    addr: self.laddr.ok_or(AdmError::TryHelp)?,
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
            addr,
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

/// `fpvsadm -v`.
pub fn version() -> String {
    format!(
        "fpvsadm v{} (ipvsadm v1.31 command syntax, FPVS)\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// `fpvsadm -h`.
pub fn usage() -> String {
    let mut s = version();
    s.push_str(
        "Usage:
  fpvsadm -A|E virtual-service [-s scheduler] [-p [timeout]] [-M netmask] [-b sched-flags]
                [--proxy-protocol v2]
  fpvsadm -D virtual-service
  fpvsadm -C
  fpvsadm -R
  fpvsadm -S [-n]
  fpvsadm -a|e virtual-service -r server-address [-g|i|m|--fullnat] [-w weight] [-x upper] [-y lower]
  fpvsadm -d virtual-service -r server-address
  fpvsadm -L|l [virtual-service] [options]
  fpvsadm -Z [virtual-service]
  fpvsadm --set tcp tcpfin udp
  fpvsadm -P|Q virtual-service -z local-address
  fpvsadm -G [virtual-service]
  fpvsadm status
  fpvsadm flash --board NAME [--cable NAME] [--verify] bitstream-file
  fpvsadm -h

virtual-service is -t|u host[:port] (TCP or UDP address) or -f fwmark (firewall mark).

Commands (long or short form):
  --add-service     -A        add a virtual service
  --edit-service    -E        replace a virtual service's settings
  --delete-service  -D        delete a virtual service
  --clear           -C        delete every virtual service
  --restore         -R        apply the commands read from standard input, all or nothing
  --save            -S        print the table as commands for --restore
  --add-server      -a        add a real server
  --edit-server     -e        replace a real server's settings
  --delete-server   -d        delete a real server
  --list            -L|-l     print the table
  --zero            -Z        zero the counters of a service or of all
  --set tcp tcpfin udp        set connection timeouts (0 keeps the current value)
  --add-laddr       -P        add a FULLNAT local address to a service
  --del-laddr       -Q        remove a FULLNAT local address
  --get-laddr       -G        print the FULLNAT local addresses
  status                      print the card's state
  flash --board NAME FILE     write a board's configuration flash (openFPGALoader)
  --help            -h        print this text
  --version         -v        print the version

Options:
  --tcp-service  -t service-address   host[:port]
  --udp-service  -u service-address   host[:port]
  --fwmark-service -f fwmark          an integer greater than zero
  --scheduler    -s scheduler         rr|wrr|lc|wlc|sh|dh|sed|nq|mh (default wlc)
  --persistent   -p [timeout]         persistent service (default 360 seconds)
  --netmask      -M netmask           persistence granularity
  --sched-flags  -b flags             scheduler flags, comma-separated
  --proxy-protocol v2|none            FULLNAT: a PROXY v2 header tells real servers the client
  --real-server  -r server-address    host[:port]
  --gatewaying   -g                   direct routing (default)
  --ipip         -i                   IP-in-IP tunnelling
  --masquerading -m                   NAT
  --fullnat                           full NAT (source and destination rewritten)
  --weight       -w weight            0 to 65535 (default 1)
  --u-threshold  -x uthreshold        upper connection threshold
  --l-threshold  -y lthreshold        lower connection threshold
  --laddr        -z address           FULLNAT local address
  --numeric      -n                   numeric output (always)
  --connection   -c                   list connections
  --stats                             list counters
  --rate                              list rates
  --exact                             counters without K/M/G
  --thresholds                        list thresholds
  --persistent-conn                   list persistent connections
  --timeout                           list timeouts
  --nosort                            list in the order things were added
",
    );
    s
}
