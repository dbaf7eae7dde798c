//! fpvsd's core: the configuration made real on the card, the connection table, and
//! the slow path.
//!
//! One [`Agent`] holds the card and everything fpvsd knows about it; its parts live
//! in modules of one concept each, as IPVS keeps its connection table, control plane,
//! core hook and transmit apart:
//!
//! | module | owns | IPVS |
//! | --- | --- | --- |
//! | `services/` | the configuration turned into card entries: service and real-server entries, their indices ([`Indices`]), per-service scheduler state, health, persistence templates (their expiry, and their return after a restart) | `ip_vs_ctl.c`, `ip_vs_sched_persist` |
//! | `maglev.rs` | which services the card schedules itself, their Maglev regions and tables | `ip_vs_mh.c` |
//! | `nexthops/` | neighbours (ARP cache, its ageing and probing, outstanding requests) and the card's next-hop entries | the neighbour layer |
//! | `conns/` | the connection table: entries, states, timeouts, ageing by the card's stamps, adoption after a restart — the one place a connection is created or removed | `ip_vs_conn.c` |
//! | `laddr.rs` | the FULLNAT local-address pool and its ports | DPVS's `laddr` |
//! | `limits.rs` | the bounds of every table traffic grows, and what counts their refusals | — |
//! | `slowpath/` | what the card sends up: exception dispatch, new flows, ARP, ICMP, PROXY protocol connections, notifications, re-injection | `ip_vs_core.c`, `ip_vs_xmit.c` |
//! | `stats/` | the slow path's counters and what the host forwarded itself | `ip_vs_est.c` |
//!
//! `core.rs` holds the [`Agent`] struct and builds it. Every module's data types live
//! in a file of their own that imports nothing else of the agent (`conns/table.rs`,
//! `conns/clock.rs`, `services/state.rs`, `services/templates.rs`, `nexthops/cache.rs`,
//! `laddr.rs`, `limits.rs`,
//! `slowpath/proxy_conns.rs`, `stats/counters.rs`); `core.rs` imports only those, and
//! the modules that add the agent's methods import `core.rs`: no module imports one
//! that imports it.
//!
//! The way a new connection takes through these files, from the exception to the
//! installed flow, is drawn in `host-agent/README.md`.
//!
//! [`Agent::sync`] turns the ipvsadm [`crate::config::Config`] into card state; [`Agent::poll`] runs
//! the slow path and, once a second, ages connections, purges expired persistence
//! templates and ages neighbours. Every table that traffic grows is bounded; the
//! bounds and what counts their refusals are in `limits.rs` ([`StateLimits`]).

mod conns;
mod core;
mod laddr;
mod limits;
mod maglev;
mod nexthops;
mod services;
mod slowpath;
mod stats;
#[cfg(test)]
mod testing;

pub use self::core::{Agent, AgentError, NetConfig, PortConfig, CLIENT_PORT, SERVER_PORT};
pub use conns::table::{Conn, ConnState, SYN_RECV_TIMEOUT};
pub use conns::{SynGuard, DROP_ENTRY_SHARE};
pub use limits::{StateLimits, MAX_ARP_PENDING, MAX_NEIGHBOURS, MAX_PARKED, MAX_TEMPLATES};
pub use services::state::Indices;
pub use services::templates::SavedTemplate;
pub use stats::counters::SlowPathStats;
pub use stats::Occupancy;
