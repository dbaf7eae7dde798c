//! `fpvsadm`'s pure core: ipvsadm's command line, its table semantics and its output.
//!
//! Operators drive FPVS with the commands they already use for IPVS: `fpvsadm` takes
//! ipvsadm 1.31's syntax, so an existing script runs with only the command name
//! changed. Nothing here does I/O; the CLI and fpvsd glue these pieces together:
//!
//! * [`parse`] turns a command line into a [`Request`] (the CLI sends it to fpvsd as
//!   JSON), with ipvsadm's option checks and error messages;
//! * [`apply`] carries a request out on a [`Config`](crate::config::Config), all or
//!   nothing, failing with the message ipvsadm prints for the kernel's refusal
//!   ("Service already exists", ...); [`restore`] does the same for a whole `-R` input;
//! * [`save`], [`list`] and [`list_laddrs`] print the table as `ipvsadm -S -n`,
//!   `ipvsadm -L -n` and DPVS's `ipvsadm -G` do, from the configuration and the
//!   counters of a [`StatsSource`].
//!
//! FPVS additions to ipvsadm's vocabulary: `--fullnat` (forwarding method of DPVS's
//! FULLNAT), FULLNAT local addresses as DPVS spells them (`-P`/`-Q`/`-G` with
//! `-z ADDR`), and two subcommands recognised as the first word: `status` (the card's
//! state) and `flash <file>` (a new bitstream). DPVS's `-b` means `--fullnat`; here `-b`
//! keeps ipvsadm's meaning, `--sched-flags`.
//!
//! Addresses are IPv4 and numeric: a host name is refused as ipvsadm refuses an
//! unresolvable one (no DNS lookups), and output is always numeric (`-n` is implied).
//! A handful of well-known port names (`http`, `https`, ...) are understood.

#![warn(missing_docs)]

mod apply;
mod flags;
mod help;
mod options;
mod output;
mod parse;

#[cfg(test)]
mod tests;

pub use apply::{apply, restore};
pub use help::{usage, version};
pub use output::{
    list, list_laddrs, save, ConnEntry, Counters, LocalAddrStats, NoStats, ServerStats,
    StatsSource, TemplateEntry,
};
pub use parse::parse;

use crate::config::{LocalAddr, RealServer, Service, ServiceKey, Timeouts};
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

/// Seconds of persistence when `-p` is given without a value.
///
/// ipvsadm's manual says 300, but the value it actually sends (and `-S` then prints)
/// is its `IPVS_SVC_PERSISTENT_TIMEOUT`, six minutes; FPVS does what ipvsadm does.
pub const DEFAULT_PERSISTENT_TIMEOUT: u32 = 360;

/// Longest timeout ipvsadm accepts for `-p` and `--set`: 31 days.
pub const MAX_TIMEOUT: u32 = 86400 * 31;

/// What one `fpvsadm` command line asks for.
///
/// Requests that change the table carry everything the change needs, with ipvsadm's
/// defaults already filled in: `-E` and `-e` replace a service's or a real server's
/// settings with the ones given (unspecified settings take their defaults, not the
/// old values), exactly as ipvsadm and the kernel do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Request {
    /// `-A`: add a virtual service.
    AddService(Service),
    /// `-E`: replace a virtual service's scheduler, flags and persistence.
    EditService(Service),
    /// `-D`: delete a virtual service, its real servers and its local addresses.
    DeleteService(ServiceKey),
    /// `-C`: delete every service.
    Clear,
    /// `-a`: add a real server to a service.
    AddServer {
        /// The service.
        service: ServiceKey,
        /// The new real server.
        server: RealServer,
    },
    /// `-e`: replace a real server's settings (it is found by address and port).
    EditServer {
        /// The service.
        service: ServiceKey,
        /// The real server's new settings.
        server: RealServer,
    },
    /// `-d`: remove a real server from a service.
    DeleteServer {
        /// The service.
        service: ServiceKey,
        /// Real server address.
        addr: IpAddr,
        /// Real server port.
        port: u16,
    },
    /// `-L` / `-l` (and no arguments at all): print the table.
    List(ListOptions),
    /// `-S`: print the table as commands `-R` reads back.
    Save {
        /// `-n` was given (output is numeric either way).
        numeric: bool,
    },
    /// `-R`: apply the commands of a save file, all or nothing.
    Restore {
        /// The input. [`parse`] leaves it empty: the client fills it from its standard
        /// input before sending the request.
        text: String,
    },
    /// `-Z`: zero the counters of one service, or of all.
    Zero(Option<ServiceKey>),
    /// `--set tcp tcpfin udp`: connection timeouts; a 0 keeps the current value.
    SetTimeouts(Timeouts),
    /// `-P -z ADDR`: add a FULLNAT local address to a service.
    AddLaddr(LocalAddr),
    /// `-Q -z ADDR`: remove a FULLNAT local address from a service.
    DelLaddr(LocalAddr),
    /// `-G`: print the local addresses of one service, or of all.
    GetLaddr(Option<ServiceKey>),
    /// `status`: the card's state.
    Status,
    /// `flash --board NAME [--cable NAME] [--verify] FILE`: write a board's
    /// configuration flash.
    Flash(crate::flash::FlashRequest),
    /// `-h`: print [`usage`].
    Help,
    /// `-v`: print [`version`].
    Version,
}

impl Request {
    /// Whether carrying the request out may change the configuration.
    pub fn mutates(&self) -> bool {
        matches!(
            self,
            Request::AddService(_)
                | Request::EditService(_)
                | Request::DeleteService(_)
                | Request::Clear
                | Request::AddServer { .. }
                | Request::EditServer { .. }
                | Request::DeleteServer { .. }
                | Request::Restore { .. }
                | Request::SetTimeouts(_)
                | Request::AddLaddr(_)
                | Request::DelLaddr(_)
        )
    }
}

/// The options of `-L`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListOptions {
    /// Only this service (`-L -t VIP:port`).
    pub service: Option<ServiceKey>,
    /// `-n` (output is numeric either way).
    pub numeric: bool,
    /// `-c`: the connection table instead of the services.
    pub connections: bool,
    /// `--stats`: packet and byte counters.
    pub stats: bool,
    /// `--rate`: rates.
    pub rate: bool,
    /// `--thresholds`: connection thresholds.
    pub thresholds: bool,
    /// `--persistent-conn`: persistent connection counts.
    pub persistent_conn: bool,
    /// `--exact`: counters without K/M/G/T abbreviation.
    pub exact: bool,
    /// `--nosort`: services and real servers in the order they were added.
    pub nosort: bool,
    /// `--timeout`: the connection timeouts.
    pub timeout: bool,
    /// `--daemon`: the sync daemons (FPVS has none: prints nothing).
    pub daemon: bool,
}

/// Why a command failed: the message ipvsadm prints, and its exit status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AdmError {
    /// A mistake on the command line (ipvsadm exits 2).
    #[error("{0}")]
    Usage(String),
    /// No command was given.
    #[error("Try `fpvsadm -h' or 'fpvsadm --help' for more information.")]
    TryHelp,
    /// The table refused the operation, with the kernel's reason as ipvsadm words it
    /// (ipvsadm exits 255).
    #[error("{0}")]
    Table(String),
    /// A line of restore input failed; nothing was applied.
    #[error("line {line}: {error}")]
    Restore {
        /// 1-based line number.
        line: usize,
        /// What went wrong on that line.
        error: Box<AdmError>,
    },
}

impl AdmError {
    /// The status `fpvsadm` exits with, as ipvsadm's.
    pub fn exit_code(&self) -> i32 {
        match self {
            AdmError::Usage(_) => 2,
            AdmError::TryHelp | AdmError::Table(_) => 255,
            AdmError::Restore { error, .. } => error.exit_code(),
        }
    }

    pub(crate) fn usage(msg: impl Into<String>) -> Self {
        AdmError::Usage(msg.into())
    }

    pub(crate) fn table(msg: impl Into<String>) -> Self {
        AdmError::Table(msg.into())
    }
}
