//! The Prometheus endpoint: `GET /metrics` answered with the text the card thread
//! last wrote, anything else with 404.

use super::serve::serve;
use super::{ListenerLimits, ListenerStats};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Serves `text` over HTTP/1.0 for ever.
pub async fn metrics_server(
    listener: tokio::net::TcpListener,
    text: Arc<Mutex<String>>,
    limits: ListenerLimits,
    stats: Arc<ListenerStats>,
) {
    let counted = stats.clone();
    let handle = move |mut s: tokio::net::TcpStream| {
        let body = text.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let stats = stats.clone();
        async move {
            let mut buf = [0u8; 1024];
            let Some(read) = stats.within(limits.io_timeout, s.read(&mut buf)).await else {
                return;
            };
            let n = read.unwrap_or(0);
            let req = String::from_utf8_lossy(&buf[..n]);
            let resp = if req.starts_with("GET /metrics") {
                format!(
                    "HTTP/1.0 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: {}\r\n\r\n{body}",
                    body.len()
                )
            } else {
                "HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n".to_string()
            };
            let _ = stats
                .within(limits.io_timeout, s.write_all(resp.as_bytes()))
                .await;
        }
    };
    serve(listener, "metrics", limits, counted, drop, handle).await;
}
