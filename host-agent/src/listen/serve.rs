//! The accept loop both listeners share: cap, refusal, one task per connection,
//! back-off on errors.

use super::backoff::Backoff;
use super::{ListenerLimits, ListenerStats};
use std::future::Future;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// How often, at most, the loop logs that it is refusing connections.
const REFUSAL_LOG_EVERY: Duration = Duration::from_secs(10);

/// A listening socket, as the loop sees it.
pub(crate) trait Accept: Send + Sync + 'static {
    /// A connection.
    type Stream: Send + 'static;
    /// The next connection.
    fn accept(&self) -> impl Future<Output = std::io::Result<Self::Stream>> + Send;
}

impl Accept for tokio::net::UnixListener {
    type Stream = tokio::net::UnixStream;
    async fn accept(&self) -> std::io::Result<Self::Stream> {
        tokio::net::UnixListener::accept(self).await.map(|(s, _)| s)
    }
}

impl Accept for tokio::net::TcpListener {
    type Stream = tokio::net::TcpStream;
    async fn accept(&self) -> std::io::Result<Self::Stream> {
        tokio::net::TcpListener::accept(self).await.map(|(s, _)| s)
    }
}

/// One of the listener's slots, given back (and the open count with it) when the
/// connection's task ends, however it ends.
struct Slot {
    _permit: OwnedSemaphorePermit,
    stats: Arc<ListenerStats>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.stats.open.fetch_sub(1, Relaxed);
    }
}

/// Accepts connections for ever: each, while fewer than `limits.max_conns` are open,
/// goes to `handle` in a task of its own; any other to `refuse`, which must not block.
pub(crate) async fn serve<L, F>(
    listener: L,
    name: &'static str,
    limits: ListenerLimits,
    stats: Arc<ListenerStats>,
    refuse: impl Fn(L::Stream),
    handle: impl Fn(L::Stream) -> F,
) where
    L: Accept,
    F: Future<Output = ()> + Send + 'static,
{
    let slots = Arc::new(Semaphore::new(limits.max_conns));
    let mut backoff = Backoff::default();
    let mut refusal_logged: Option<Instant> = None;
    loop {
        let stream = match listener.accept().await {
            Ok(s) => s,
            Err(e) => {
                stats.accept_errors.fetch_add(1, Relaxed);
                let wait = backoff.failed();
                if backoff.first() {
                    tracing::warn!(
                        listener = name,
                        error = %e,
                        "accept failed; retrying after 10 ms, doubling the wait up to 1 s while it fails"
                    );
                }
                tokio::time::sleep(wait).await;
                continue;
            }
        };
        if let Some(failures) = backoff.succeeded() {
            tracing::info!(listener = name, failures, "accepting again");
        }
        let Ok(permit) = slots.clone().try_acquire_owned() else {
            stats.refused.fetch_add(1, Relaxed);
            if refusal_logged.is_none_or(|t| t.elapsed() >= REFUSAL_LOG_EVERY) {
                refusal_logged = Some(Instant::now());
                tracing::warn!(
                    listener = name,
                    limit = limits.max_conns,
                    refused = stats.refused.load(Relaxed),
                    "connection limit reached; refusing new connections until some close"
                );
            }
            refuse(stream);
            continue;
        };
        stats.accepted.fetch_add(1, Relaxed);
        stats.open.fetch_add(1, Relaxed);
        let slot = Slot {
            _permit: permit,
            stats: stats.clone(),
        };
        let conn = handle(stream);
        tokio::spawn(async move {
            let _slot = slot;
            conn.await;
        });
    }
}
