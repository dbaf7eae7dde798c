//! fpvsd's listeners: the control socket ([`control_server`]) and the Prometheus
//! endpoint ([`metrics_server`]), each behind the same limits.
//!
//! * **A connection cap** ([`ListenerLimits::max_conns`]): each connection is served in its
//!   own task, holding one of the listener's slots until it closes. A connection
//!   beyond the cap is refused at once — the control socket answers it with an error
//!   frame, the metrics endpoint closes it — and counted.
//! * **A deadline per connection** ([`ListenerLimits::io_timeout`]): a client has that long
//!   to send its whole request, and as long again to take its answer; one that
//!   stalls or trickles is dropped and counted. The card thread's work between the
//!   two (a long `-R`, say) has no deadline.
//! * **A body that grows with the bytes received** (see [`crate::proto`]), so a large
//!   length prefix alone costs nothing.
//! * **Back-off when `accept` fails** ([`backoff`]): out of descriptors (EMFILE), the
//!   loop waits 10 ms, then twice as long after each failure in a row, up to 1 s,
//!   instead of spinning; it logs once when a burst starts and once when it ends.
//!
//! [`ListenerStats`] counts all of it; fpvsd serves the counts with its metrics.

pub mod backoff;
mod control;
mod metrics;
mod serve;

#[cfg(test)]
mod tests;

pub use control::{control_server, Reply};
pub use metrics::metrics_server;

use std::fmt::Write;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

/// How much one listener takes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListenerLimits {
    /// Connections served at once; one more is refused.
    pub max_conns: usize,
    /// How long a client has to send its request, and again to take its answer.
    pub io_timeout: Duration,
}

impl ListenerLimits {
    /// The control socket's: far more than operators and scripts run at once
    /// (requests are handled one at a time anyway), few enough to stay cheap.
    pub const CONTROL: ListenerLimits = ListenerLimits {
        max_conns: 64,
        io_timeout: Duration::from_secs(5),
    };

    /// The metrics endpoint's: a few scrapers, each with a request of one line.
    pub const METRICS: ListenerLimits = ListenerLimits {
        max_conns: 16,
        io_timeout: Duration::from_secs(5),
    };
}

/// What a listener has seen, counted as it happens.
#[derive(Debug, Default)]
pub struct ListenerStats {
    accepted: AtomicU64,
    refused: AtomicU64,
    timeouts: AtomicU64,
    accept_errors: AtomicU64,
    open: AtomicU64,
}

/// A reading of [`ListenerStats`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListenerCounts {
    /// Connections served.
    pub accepted: u64,
    /// Connections refused at the cap.
    pub refused: u64,
    /// Connections dropped for missing a deadline.
    pub timeouts: u64,
    /// Failed `accept` calls.
    pub accept_errors: u64,
    /// Connections being served now.
    pub open: u64,
}

impl ListenerStats {
    /// The counts now.
    pub fn counts(&self) -> ListenerCounts {
        ListenerCounts {
            accepted: self.accepted.load(Relaxed),
            refused: self.refused.load(Relaxed),
            timeouts: self.timeouts.load(Relaxed),
            accept_errors: self.accept_errors.load(Relaxed),
            open: self.open.load(Relaxed),
        }
    }

    /// Runs `f` for at most `limit`: `None`, counted, if it takes longer.
    async fn within<T>(&self, limit: Duration, f: impl Future<Output = T>) -> Option<T> {
        match tokio::time::timeout(limit, f).await {
            Ok(v) => Some(v),
            Err(_) => {
                self.timeouts.fetch_add(1, Relaxed);
                None
            }
        }
    }
}

/// The listeners' counts in Prometheus text, one series per listener.
pub fn metrics(listeners: &[(&str, &ListenerStats)]) -> String {
    let counts: Vec<(&str, ListenerCounts)> =
        listeners.iter().map(|(n, s)| (*n, s.counts())).collect();
    let mut out = String::new();
    let mut family = |family: &str, kind: &str, value: fn(&ListenerCounts) -> u64| {
        let _ = writeln!(out, "# TYPE {family} {kind}");
        for (name, c) in &counts {
            let _ = writeln!(out, "{family}{{listener=\"{name}\"}} {}", value(c));
        }
    };
    family("fpvs_listener_accepted_total", "counter", |c| c.accepted);
    family("fpvs_listener_refused_total", "counter", |c| c.refused);
    family("fpvs_listener_timeouts_total", "counter", |c| c.timeouts);
    family("fpvs_listener_accept_errors_total", "counter", |c| {
        c.accept_errors
    });
    family("fpvs_listener_open", "gauge", |c| c.open);
    out
}
