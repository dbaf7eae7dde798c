//! The IPVS schedulers: which real server takes a new connection.
//!
//! fpvsd's slow path sees the first packet of every connection the card could not
//! place itself; it asks the service's scheduler for a real server and installs the
//! flow. Each scheduler here follows its Linux IPVS counterpart (`ip_vs_<name>.c`),
//! formulas and tie-breaks included, as a plain function of the server list:
//!
//! | name  | picks                                                           | state            |
//! |-------|-----------------------------------------------------------------|------------------|
//! | `rr`  | the next usable server after the last one picked                | cursor           |
//! | `wrr` | the next server whose weight reaches the current weight `cw`; `cw` steps down from the maximum weight by the gcd of the weights | cursor, `cw` |
//! | `lc`  | least `active * 256 + inactive`                                 | none             |
//! | `wlc` | least `(active * 256 + inactive) / weight`                      | none             |
//! | `sed` | least `(active + 1) / weight`                                   | none             |
//! | `nq`  | the first idle server (`active == 0`), else as `sed`            | none             |
//! | `sh`  | bucket `hash(source address [+ source port])` of 256            | bucket table     |
//! | `dh`  | bucket `hash(destination address)` of 256                       | bucket table     |
//! | `mh`  | Maglev slot `hash(source address [+ source port])`              | Maglev table     |
//!
//! A server is *usable* when its weight is positive and it is
//! [`available`](Candidate::available) (healthy, under its upper threshold); no
//! scheduler ever returns another. The loads (`active`, `inactive`) and availability
//! are read at every [`pick`](Schedule::pick); the weights and the set of servers are
//! taken into account by [`reset`](Schedule::reset), which the caller invokes whenever
//! they change — as IPVS calls its schedulers' `add_dest` / `del_dest` / `upd_dest`.
//!
//! Ratios are kept exactly, without floating point: `a / wa > b / wb` is computed as
//! `a * wb > b * wa` in 128 bits, so no weight or connection count can overflow.
//!
//! **Scheduler flags** (`-b`): IPVS has three generic flag bits and the schedulers
//! give them meaning. `sh-fallback`, `mh-fallback` and `flag-1` are the same bit
//! (fallback: when the hashed server is unusable, keep looking around the table);
//! `sh-port`, `mh-port` and `flag-2` are the same bit (hash the source port too).
//! Unknown flags are ignored, as the kernel ignores bits a scheduler does not use.
//!
//! **Maglev.** The `mh` scheduler and [`maglev_table`] both build their tables with
//! [`fpvs_model::maglev::build`]: a server's preferred slots follow from a stable
//! identity, so a server leaving moves about `1/N` of the slots. Shares follow the
//! weights exactly (IPVS rounds weights to 6 bits). Without identities
//! ([`Schedule::reset`]) the scheduler uses positions; the daemon passes real ones
//! with [`new_with_ids`] / [`Schedule::reset_with_ids`].

mod hash;
mod least;
mod mh;
mod rr;
mod wrr;

#[cfg(test)]
mod tests;

use crate::config::Scheduler;

/// One real server as the scheduler sees it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Candidate {
    /// Weight (`-w`); 0 quiesces the server: it takes no new connections.
    pub weight: u32,
    /// Active connections (TCP established).
    pub active: u32,
    /// Inactive connections (other TCP states, UDP).
    pub inactive: u32,
    /// Healthy and under its upper connection threshold. An unavailable server is
    /// never picked.
    pub available: bool,
}

impl Candidate {
    /// True if the server may take a new connection: positive weight and available.
    #[inline]
    pub fn usable(&self) -> bool {
        self.available && self.weight > 0
    }
}

/// What the scheduler may hash on: the addresses and ports of a new connection's
/// first packet, addresses as host-order integers (`u32::from(Ipv4Addr)`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Client {
    /// Source (client) address.
    pub saddr: u32,
    /// Source port.
    pub sport: u16,
    /// Destination address (the virtual IP, or any address for a firewall-mark
    /// service).
    pub daddr: u32,
    /// Destination port.
    pub dport: u16,
}

/// A scheduler for one virtual service.
pub trait Schedule: Send + std::fmt::Debug + ScheduleClone {
    /// Index into `servers` of the server for a new connection, or `None` if none can
    /// take it.
    fn pick(&mut self, servers: &[Candidate], client: &Client) -> Option<usize>;

    /// The server set or weights changed (index positions may have changed); rebuild
    /// any state.
    fn reset(&mut self, servers: &[Candidate]);

    /// As [`reset`](Schedule::reset), with a stable identity per server (e.g. address
    /// and port packed in a `u64`; `ids[i]` belongs to `servers[i]`). Only `mh` uses
    /// them, to keep its table when servers come and go; the others ignore them.
    ///
    /// # Panics
    ///
    /// `mh` panics if `ids` and `servers` differ in length.
    fn reset_with_ids(&mut self, servers: &[Candidate], ids: &[u64]) {
        let _ = ids;
        self.reset(servers);
    }
}

/// A copy of a scheduler behind its box (a configuration change works on copies, and
/// goes back to them when it cannot be applied).
pub trait ScheduleClone {
    /// A boxed copy.
    fn clone_box(&self) -> Box<dyn Schedule>;
}

impl<T: Schedule + Clone + 'static> ScheduleClone for T {
    fn clone_box(&self) -> Box<dyn Schedule> {
        Box::new(self.clone())
    }
}

impl Clone for Box<dyn Schedule> {
    fn clone(&self) -> Self {
        self.clone_box()
    }
}

/// The scheduling flags that matter to the schedulers (see the module documentation).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Flags {
    /// `sh-fallback` / `mh-fallback` / `flag-1`.
    fallback: bool,
    /// `sh-port` / `mh-port` / `flag-2`.
    port: bool,
}

impl Flags {
    /// Reads ipvsadm's flag names; each string may itself be a comma-separated list.
    fn parse(flags: &[String]) -> Flags {
        let mut f = Flags::default();
        for name in flags.iter().flat_map(|s| s.split(',')).map(str::trim) {
            match name {
                "sh-fallback" | "mh-fallback" | "flag-1" => f.fallback = true,
                "sh-port" | "mh-port" | "flag-2" => f.port = true,
                _ => {}
            }
        }
        f
    }
}

/// A scheduler of kind `s` with flags `flags` (`-b`, ipvsadm's names), set up for
/// `servers`.
pub fn new(s: Scheduler, flags: &[String], servers: &[Candidate]) -> Box<dyn Schedule> {
    let flags = Flags::parse(flags);
    match s {
        Scheduler::Rr => Box::new(rr::Rr::new(servers)),
        Scheduler::Wrr => Box::new(wrr::Wrr::new(servers)),
        Scheduler::Lc => Box::new(least::Lc),
        Scheduler::Wlc => Box::new(least::Wlc),
        Scheduler::Sed => Box::new(least::Sed),
        Scheduler::Nq => Box::new(least::Nq),
        Scheduler::Sh => Box::new(hash::Sh::new(flags, servers)),
        Scheduler::Dh => Box::new(hash::Dh::new(servers)),
        Scheduler::Mh => Box::new(mh::Mh::new(flags, servers, None)),
    }
}

/// As [`new`], with a stable identity per server (see [`Schedule::reset_with_ids`]).
///
/// # Panics
///
/// If `ids` and `servers` differ in length.
pub fn new_with_ids(
    s: Scheduler,
    flags: &[String],
    servers: &[Candidate],
    ids: &[u64],
) -> Box<dyn Schedule> {
    assert_eq!(ids.len(), servers.len(), "one id per server");
    match s {
        Scheduler::Mh => Box::new(mh::Mh::new(Flags::parse(flags), servers, Some(ids))),
        _ => new(s, flags, servers),
    }
}

/// For `mh`: the Maglev lookup table (slot -> server index) of `size` slots (`size`
/// prime), as loaded into the card for hardware scheduling.
///
/// Only usable servers take slots: the card cannot skip a slot whose server is
/// down, so an unavailable or quiesced server is left out and its slots are shared
/// among the others. `ids[i]` is the stable identity of `servers[i]`; with the same
/// identities, one server leaving or joining moves about `1/N` of the slots. Every
/// slot is `None` when no server is usable.
///
/// # Panics
///
/// If `size` is not prime, if `ids` and `servers` differ in length, or if a usable
/// server's index does not fit in 16 bits (more than 65 536 servers).
pub fn maglev_table(servers: &[Candidate], ids: &[u64], size: u32) -> Vec<Option<usize>> {
    assert_eq!(ids.len(), servers.len(), "one id per server");
    let backends: Vec<fpvs_model::maglev::Backend> = servers
        .iter()
        .zip(ids)
        .enumerate()
        .filter(|(_, (c, _))| c.usable())
        .map(|(i, (c, &id))| fpvs_model::maglev::Backend {
            id,
            value: u16::try_from(i).expect("server index fits in 16 bits"),
            weight: c.weight,
        })
        .collect();
    fpvs_model::maglev::build(&backends, size)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|slot| slot.map(usize::from))
        .collect()
}

/// True if `a / wa > b / wb`, exactly (weights positive).
#[inline]
fn ratio_gt(a: u64, wa: u32, b: u64, wb: u32) -> bool {
    u128::from(a) * u128::from(wb) > u128::from(b) * u128::from(wa)
}

/// Usable server at `i`, if `i` is in range.
#[inline]
fn usable_at(servers: &[Candidate], i: usize) -> bool {
    servers.get(i).is_some_and(Candidate::usable)
}
