//! Built-in health checks of real servers: TCP connect, or HTTP GET with an
//! expected status; interval, timeout, rise and fall as keepalived counts them.
//!
//! A real server that fails `fall` checks in a row is taken out: it gets no new
//! connections, established ones continue (LVS behaviour). After `rise` good checks
//! in a row it is back.

use crate::config::ServiceKey;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// What a check does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Check {
    /// A TCP connection is accepted.
    Tcp,
    /// `GET path` answers with `status`.
    Http {
        /// Request path.
        path: String,
        /// Expected status code.
        status: u16,
    },
}

impl std::str::FromStr for Check {
    type Err = String;
    /// `tcp`, or `http:/path:200` (path defaults to `/`, status to 200).
    fn from_str(s: &str) -> Result<Self, String> {
        if s == "tcp" {
            return Ok(Check::Tcp);
        }
        let rest = s
            .strip_prefix("http")
            .ok_or_else(|| format!("{s:?}: a check is `tcp` or `http[:PATH[:STATUS]]`"))?;
        let rest = rest.strip_prefix(':').unwrap_or(rest);
        let (path, status) = match rest.rsplit_once(':') {
            Some((p, st)) => (
                p.to_string(),
                st.parse()
                    .map_err(|_| format!("{st:?}: an HTTP status is a number"))?,
            ),
            None => (rest.to_string(), 200),
        };
        let path = if path.is_empty() { "/".into() } else { path };
        if !path.starts_with('/') {
            return Err(format!("{path:?}: an HTTP path starts with /"));
        }
        Ok(Check::Http { path, status })
    }
}

/// How checks run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthConfig {
    /// The check.
    pub check: Check,
    /// Time between checks of one server.
    pub interval: Duration,
    /// Time a check may take.
    pub timeout: Duration,
    /// Good checks in a row to come back.
    pub rise: u32,
    /// Failed checks in a row to go out.
    pub fall: u32,
}

/// One probe.
pub async fn probe(check: &Check, addr: impl Into<SocketAddr>, timeout: Duration) -> bool {
    let addr = addr.into();
    let attempt = async {
        let mut s = TcpStream::connect(addr).await.ok()?;
        match check {
            Check::Tcp => Some(true),
            Check::Http { path, status } => {
                let req = format!(
                    "GET {path} HTTP/1.0\r\nHost: {}\r\nUser-Agent: fpvsd-health\r\nConnection: close\r\n\r\n",
                    addr.ip()
                );
                s.write_all(req.as_bytes()).await.ok()?;
                let mut head = [0u8; 64];
                let mut got = 0;
                while got < 12 {
                    let n = s.read(&mut head[got..]).await.ok()?;
                    if n == 0 {
                        break;
                    }
                    got += n;
                }
                let line = String::from_utf8_lossy(&head[..got]);
                let code: u16 = line.split_whitespace().nth(1)?.parse().ok()?;
                Some(code == *status)
            }
        }
    };
    matches!(tokio::time::timeout(timeout, attempt).await, Ok(Some(true)))
}

/// Rise/fall hysteresis of one server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tracker {
    /// Current verdict.
    pub up: bool,
    streak: u32,
}

impl Default for Tracker {
    /// A new server is presumed up (as IPVS adds it), until checks say otherwise.
    fn default() -> Self {
        Tracker {
            up: true,
            streak: 0,
        }
    }
}

impl Tracker {
    /// Records one result; returns the new verdict if it changed.
    pub fn record(&mut self, ok: bool, rise: u32, fall: u32) -> Option<bool> {
        if ok == self.up {
            self.streak = 0;
            return None;
        }
        self.streak += 1;
        let need = if ok { rise } else { fall };
        if self.streak >= need.max(1) {
            self.up = ok;
            self.streak = 0;
            Some(ok)
        } else {
            None
        }
    }
}

/// A real server to check.
pub type Target = (ServiceKey, IpAddr, u16);

/// Checks every target each interval, concurrently; sends verdict changes.
pub async fn run(
    cfg: HealthConfig,
    targets: tokio::sync::watch::Receiver<Vec<Target>>,
    changes: std::sync::mpsc::Sender<(Target, bool)>,
) {
    let mut trackers: HashMap<Target, Tracker> = HashMap::new();
    let mut tick = tokio::time::interval(cfg.interval);
    loop {
        tick.tick().await;
        let now: Vec<Target> = targets.borrow().clone();
        trackers.retain(|t, _| now.contains(t));
        let probes = now.iter().map(|t| {
            let check = cfg.check.clone();
            let t = *t;
            async move {
                (
                    t,
                    probe(&check, SocketAddr::new(t.1, t.2), cfg.timeout).await,
                )
            }
        });
        let mut set = tokio::task::JoinSet::new();
        for p in probes {
            set.spawn(p);
        }
        while let Some(Ok((t, ok))) = set.join_next().await {
            let tr = trackers.entry(t).or_default();
            if let Some(up) = tr.record(ok, cfg.rise, cfg.fall) {
                if changes.send((t, up)).is_err() {
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, SocketAddrV4};

    #[test]
    fn parses_checks() {
        assert_eq!("tcp".parse::<Check>(), Ok(Check::Tcp));
        assert_eq!(
            "http:/health:204".parse::<Check>(),
            Ok(Check::Http {
                path: "/health".into(),
                status: 204
            })
        );
        assert_eq!(
            "http".parse::<Check>(),
            Ok(Check::Http {
                path: "/".into(),
                status: 200
            })
        );
        assert!("ping".parse::<Check>().is_err());
        assert!("http:/x:abc".parse::<Check>().is_err());
    }

    #[test]
    fn rise_and_fall() {
        let mut t = Tracker::default();
        assert_eq!(t.record(false, 2, 3), None);
        assert_eq!(t.record(false, 2, 3), None);
        assert_eq!(t.record(false, 2, 3), Some(false));
        assert_eq!(t.record(true, 2, 3), None);
        assert_eq!(
            t.record(false, 2, 3),
            None,
            "a failure resets the rise streak"
        );
        assert_eq!(t.record(true, 2, 3), None);
        assert_eq!(t.record(true, 2, 3), Some(true));
    }

    #[tokio::test]
    async fn probes_a_real_listener() {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = match l.local_addr().unwrap() {
            std::net::SocketAddr::V4(a) => a,
            _ => unreachable!(),
        };
        tokio::spawn(async move {
            loop {
                let (mut s, _) = l.accept().await.unwrap();
                tokio::spawn(async move {
                    let mut b = [0u8; 512];
                    let n = s.read(&mut b).await.unwrap_or(0);
                    let ok = String::from_utf8_lossy(&b[..n]).starts_with("GET /ok ");
                    let line = if ok { "200 OK" } else { "404 Not Found" };
                    let _ = s
                        .write_all(format!("HTTP/1.0 {line}\r\n\r\n").as_bytes())
                        .await;
                });
            }
        });
        let t = Duration::from_secs(2);
        assert!(probe(&Check::Tcp, addr, t).await);
        let ok = Check::Http {
            path: "/ok".into(),
            status: 200,
        };
        let bad = Check::Http {
            path: "/missing".into(),
            status: 200,
        };
        assert!(probe(&ok, addr, t).await);
        assert!(!probe(&bad, addr, t).await);
        // Nothing listens on port 1 of loopback.
        assert!(!probe(&Check::Tcp, SocketAddrV4::new(Ipv4Addr::LOCALHOST, 1), t).await);
    }
}
