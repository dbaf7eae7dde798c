//! ipvsadm's options: the table of every option (short and long name, whether it
//! takes a value, what it means), the table of which options each command allows
//! (with ipvsadm's messages), and the scanner that turns words into options.
//!
//! What an option's value means, and what a command does with it, is
//! [`super::parse`]'s.

use super::{AdmError, Request};
use crate::config::ForwardMethod;

/// The commands, in ipvsadm's words for its messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cmd {
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
pub(super) const N_OPT: usize = 23;

/// The options of the table, in column order; the discriminant is the column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Opt {
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
pub(super) const OPT_NAMES: [&str; N_OPT] = [
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
    pub(super) fn name(self) -> &'static str {
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
pub(super) fn check_table(cmd: Cmd, given: u32) -> Result<(), AdmError> {
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
pub(super) enum Arg {
    None,
    Required,
    Optional,
}

/// What an option does.
#[derive(Debug, Clone, Copy)]
pub(super) enum Id {
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
pub(super) struct Spec {
    short: Option<char>,
    long: &'static str,
    arg: Arg,
    /// What it means.
    pub(super) id: Id,
}

const fn spec(short: Option<char>, long: &'static str, arg: Arg, id: Id) -> Spec {
    Spec {
        short,
        long,
        arg,
        id,
    }
}

pub(super) const SPECS: &[Spec] = &[
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

/// One word of a command line as the scanner sees it.
#[derive(Debug)]
pub(super) enum Token {
    /// A word that is not an option (after `--`, `-` alone, or no leading `-`).
    Arg(String),
    /// An option: its table entry, how it was written (`-t`, `--tcp-service`), and
    /// its value if it takes one.
    Opt(&'static Spec, String, Option<String>),
}

/// Walks a command line as popt does, handing each word or option to `each` in
/// order: short options may be combined (`-Ln`, `-At VIP:80`) and take their value
/// from the rest of the word or the next word; long options take `--opt value` or
/// `--opt=value`; an optional value (`-p`) is the next word only if that is not an
/// option. The first `Some` from `each` ends the walk (`-h`, `-v`).
pub(super) fn scan(
    args: &[String],
    mut each: impl FnMut(Token) -> Result<Option<Request>, AdmError>,
) -> Result<Option<Request>, AdmError> {
    let mut i = 0;
    let mut only_args = false;
    while i < args.len() {
        let word = &args[i];
        i += 1;
        if only_args || word == "-" || !word.starts_with('-') {
            if let Some(req) = each(Token::Arg(word.clone()))? {
                return Ok(Some(req));
            }
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
            if let Some(req) = each(Token::Opt(spec, shown, value))? {
                return Ok(Some(req));
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
                if let Some(req) = each(Token::Opt(spec, shown, value))? {
                    return Ok(Some(req));
                }
            }
        }
    }
    Ok(None)
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
