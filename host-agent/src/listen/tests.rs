//! The listeners against real sockets: the cap, the deadlines, the back-off.

use super::serve::{serve, Accept};
use super::*;
use crate::proto::{tokio_io, ControlRequest, ControlResponse};
use std::path::PathBuf;
use std::sync::atomic::AtomicU32;
use std::sync::{mpsc, Arc, Mutex};
use std::time::Instant;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpStream, UnixStream};

/// Long enough never to fire in a test that is not about it.
const NEVER: Duration = Duration::from_secs(60);

/// Waits (up to 5 s) until the listener's counts satisfy `ok`.
async fn until(stats: &ListenerStats, ok: impl Fn(&ListenerCounts) -> bool) -> ListenerCounts {
    let t = Instant::now();
    loop {
        let c = stats.counts();
        if ok(&c) {
            return c;
        }
        assert!(t.elapsed() < Duration::from_secs(5), "stuck at {c:?}");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// A control socket whose card thread answers each request with its arguments.
fn control(limits: ListenerLimits) -> (tempfile::TempDir, PathBuf, Arc<ListenerStats>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fpvsd.sock");
    let l = std::os::unix::net::UnixListener::bind(&path).unwrap();
    l.set_nonblocking(true).unwrap();
    let (tx, rx) = mpsc::channel::<(ControlRequest, Reply)>();
    std::thread::spawn(move || {
        for (req, reply) in rx {
            let _ = reply.send(ControlResponse::ok(req.args.join(" ")));
        }
    });
    let stats = Arc::new(ListenerStats::default());
    tokio::spawn(control_server(l, tx, limits, stats.clone()));
    (dir, path, stats)
}

fn request(args: &str) -> ControlRequest {
    ControlRequest {
        args: args.split(' ').map(String::from).collect(),
        stdin: None,
    }
}

/// One request on an open connection, as fpvsadm sends it.
async fn ask_on(s: &mut UnixStream, args: &str) -> ControlResponse {
    tokio_io::write_frame(s, &request(args)).await.unwrap();
    tokio_io::read_frame(s).await.unwrap()
}

async fn ask(path: &PathBuf, args: &str) -> ControlResponse {
    ask_on(&mut UnixStream::connect(path).await.unwrap(), args).await
}

/// Reads until the server closes; returns what came and how long it took.
async fn until_closed(s: &mut (impl AsyncReadExt + Unpin)) -> (Vec<u8>, Duration) {
    let t = Instant::now();
    let mut got = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(30), s.read_to_end(&mut got)).await;
    match read.expect("the server never closed the connection") {
        Ok(_) => {}
        // TCP: closed with the request unread, the server's kernel resets the connection.
        Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::ConnectionReset),
    }
    (got, t.elapsed())
}

#[tokio::test]
async fn control_connections_over_the_cap_are_refused_until_others_close() {
    let (_dir, path, stats) = control(ListenerLimits {
        max_conns: 2,
        io_timeout: NEVER,
    });
    let mut a = UnixStream::connect(&path).await.unwrap();
    let mut b = UnixStream::connect(&path).await.unwrap();
    until(&stats, |c| c.open == 2).await;

    // The third is answered at once, whether or not its request got in first.
    let mut c = UnixStream::connect(&path).await.unwrap();
    let _ = tokio_io::write_frame(&mut c, &request("-L -n")).await;
    let refused: ControlResponse =
        tokio::time::timeout(Duration::from_secs(2), tokio_io::read_frame(&mut c))
            .await
            .expect("the refusal came at once")
            .unwrap();
    assert_eq!(refused.code, 1);
    assert!(
        refused
            .stderr
            .contains("too many control connections open (the limit is 2)"),
        "{refused:?}"
    );
    assert_eq!(until_closed(&mut c).await.0, b"");

    // The two served are unaffected.
    assert_eq!(ask_on(&mut a, "-L -n").await, ControlResponse::ok("-L -n"));
    assert_eq!(ask_on(&mut b, "-S").await, ControlResponse::ok("-S"));
    drop((a, b));
    until(&stats, |c| c.open == 0).await;
    assert_eq!(ask(&path, "-Z").await, ControlResponse::ok("-Z"));
    let c = until(&stats, |c| c.open == 0).await;
    assert_eq!(
        c,
        ListenerCounts {
            accepted: 3,
            refused: 1,
            ..ListenerCounts::default()
        }
    );
}

#[tokio::test]
async fn a_stalled_control_client_is_dropped_after_the_timeout_others_served_meanwhile() {
    let timeout = Duration::from_millis(800);
    let (_dir, path, stats) = control(ListenerLimits {
        max_conns: 4,
        io_timeout: timeout,
    });
    // Timed from before the connection exists: the server's clock starts later.
    let sent = Instant::now();
    let mut stalled = UnixStream::connect(&path).await.unwrap();
    stalled.write_all(&100u32.to_be_bytes()).await.unwrap();
    stalled.write_all(b"{\"args").await.unwrap();

    for args in ["-L -n", "-S", "-Z"] {
        assert_eq!(ask(&path, args).await, ControlResponse::ok(args));
    }
    let served_in = sent.elapsed();
    assert_eq!(stats.counts().timeouts, 0, "served in {served_in:?}");

    let (answer, _) = until_closed(&mut stalled).await;
    let dropped_in = sent.elapsed();
    assert_eq!(answer, b"", "a stalled client gets no answer");
    assert!(dropped_in >= timeout, "dropped early, in {dropped_in:?}");
    assert!(
        dropped_in <= 10 * timeout,
        "dropped late, in {dropped_in:?}"
    );
    let c = until(&stats, |c| c.open == 0).await;
    assert_eq!((c.accepted, c.timeouts), (4, 1));
    eprintln!(
        "three clients served in {served_in:?}; the stalled one dropped in {dropped_in:?} (timeout {timeout:?})"
    );
}

#[tokio::test]
async fn a_trickling_control_client_is_dropped_at_the_deadline() {
    // Each byte comes well within the timeout; the whole frame would take 10 s.
    let timeout = Duration::from_millis(600);
    let (_dir, path, stats) = control(ListenerLimits {
        max_conns: 4,
        io_timeout: timeout,
    });
    let sent = Instant::now();
    let (mut rd, mut wr) = UnixStream::connect(&path).await.unwrap().into_split();
    tokio::spawn(async move {
        let mut frame = 100u32.to_be_bytes().to_vec();
        frame.extend_from_slice(&[b' '; 100]);
        for byte in frame {
            if wr.write_all(&[byte]).await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    let (answer, _) = until_closed(&mut rd).await;
    let dropped_in = sent.elapsed();
    assert_eq!(answer, b"");
    assert!(dropped_in >= timeout, "dropped early, in {dropped_in:?}");
    assert!(
        dropped_in <= 10 * timeout,
        "dropped late, in {dropped_in:?}"
    );
    assert_eq!(until(&stats, |c| c.open == 0).await.timeouts, 1);
}

/// A metrics endpoint serving `text`.
async fn metrics_endpoint(
    limits: ListenerLimits,
    text: &str,
) -> (std::net::SocketAddr, Arc<ListenerStats>) {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    let stats = Arc::new(ListenerStats::default());
    let text = Arc::new(Mutex::new(text.to_string()));
    tokio::spawn(metrics_server(l, text, limits, stats.clone()));
    (addr, stats)
}

async fn scrape_on(mut s: TcpStream) -> String {
    s.write_all(b"GET /metrics HTTP/1.0\r\n\r\n").await.unwrap();
    let mut got = String::new();
    s.read_to_string(&mut got).await.unwrap();
    got
}

const SCRAPED: &str = "HTTP/1.0 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: 19\r\n\r\nfpvs_connections 3\n";

#[tokio::test]
async fn metrics_connections_over_the_cap_are_closed_until_others_close() {
    let (addr, stats) = metrics_endpoint(
        ListenerLimits {
            max_conns: 1,
            io_timeout: NEVER,
        },
        "fpvs_connections 3\n",
    )
    .await;
    let first = TcpStream::connect(addr).await.unwrap();
    until(&stats, |c| c.open == 1).await;

    let mut extra = TcpStream::connect(addr).await.unwrap();
    let (answer, closed_in) = until_closed(&mut extra).await;
    assert_eq!(answer, b"");
    assert!(
        closed_in < Duration::from_secs(2),
        "closed in {closed_in:?}"
    );
    assert_eq!(stats.counts().refused, 1);

    assert_eq!(scrape_on(first).await, SCRAPED);
    until(&stats, |c| c.open == 0).await;
    assert_eq!(
        scrape_on(TcpStream::connect(addr).await.unwrap()).await,
        SCRAPED
    );
    let c = until(&stats, |c| c.open == 0).await;
    assert_eq!((c.accepted, c.refused, c.timeouts), (2, 1, 0));
}

#[tokio::test]
async fn a_silent_metrics_client_is_dropped_after_the_timeout_others_served_meanwhile() {
    let timeout = Duration::from_millis(800);
    let (addr, stats) = metrics_endpoint(
        ListenerLimits {
            max_conns: 4,
            io_timeout: timeout,
        },
        "fpvs_connections 3\n",
    )
    .await;
    let opened = Instant::now();
    let mut silent = TcpStream::connect(addr).await.unwrap();
    for _ in 0..3 {
        assert_eq!(
            scrape_on(TcpStream::connect(addr).await.unwrap()).await,
            SCRAPED
        );
    }
    assert_eq!(stats.counts().timeouts, 0);
    let (answer, _) = until_closed(&mut silent).await;
    let dropped_in = opened.elapsed();
    assert_eq!(answer, b"");
    assert!(dropped_in >= timeout, "dropped early, in {dropped_in:?}");
    assert!(
        dropped_in <= 10 * timeout,
        "dropped late, in {dropped_in:?}"
    );
    assert_eq!(until(&stats, |c| c.open == 0).await.timeouts, 1);
}

/// A listener out of descriptors for its first `failures` calls, then with one
/// connection, then with none for ever.
struct OutOfFds {
    failures: u32,
    calls: AtomicU32,
}

impl Accept for OutOfFds {
    type Stream = tokio::io::DuplexStream;
    async fn accept(&self) -> std::io::Result<Self::Stream> {
        let n = self.calls.fetch_add(1, Relaxed);
        if n < self.failures {
            const EMFILE: i32 = 24;
            return Err(std::io::Error::from_raw_os_error(EMFILE));
        }
        if n == self.failures {
            return Ok(tokio::io::duplex(64).0);
        }
        std::future::pending().await
    }
}

#[tokio::test]
async fn failing_accepts_back_off_instead_of_spinning() {
    let stats = Arc::new(ListenerStats::default());
    let t = Instant::now();
    let listener = OutOfFds {
        failures: 6,
        calls: AtomicU32::new(0),
    };
    let limits = ListenerLimits {
        max_conns: 1,
        io_timeout: NEVER,
    };
    tokio::spawn(serve(
        listener,
        "test",
        limits,
        stats.clone(),
        drop,
        |_| async {},
    ));
    let c = until(&stats, |c| c.accepted == 1).await;
    let took = t.elapsed();
    // 10 + 20 + 40 + 80 + 160 + 320 ms of waiting between the seven calls.
    let waits = Duration::from_millis(630);
    assert_eq!(c.accept_errors, 6);
    assert!(took >= waits, "took {took:?}");
    assert!(took <= 10 * waits, "took {took:?}");
    eprintln!("6 failed accepts, then a connection, in {took:?}");
}

#[test]
fn the_counts_are_served_as_prometheus_series() {
    let (control, metrics) = (ListenerStats::default(), ListenerStats::default());
    control.refused.fetch_add(3, Relaxed);
    control.open.fetch_add(1, Relaxed);
    metrics.timeouts.fetch_add(2, Relaxed);
    let text = super::metrics(&[("control", &control), ("metrics", &metrics)]);
    for line in [
        "# TYPE fpvs_listener_refused_total counter",
        "fpvs_listener_refused_total{listener=\"control\"} 3",
        "fpvs_listener_refused_total{listener=\"metrics\"} 0",
        "fpvs_listener_timeouts_total{listener=\"metrics\"} 2",
        "# TYPE fpvs_listener_open gauge",
        "fpvs_listener_open{listener=\"control\"} 1",
    ] {
        assert!(text.lines().any(|l| l == line), "no {line:?} in\n{text}");
    }
    assert_eq!(text.lines().count(), 5 * 3);
}
