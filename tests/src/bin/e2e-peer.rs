//! The peers of the end-to-end test: real servers and a client, run inside network
//! namespaces with real Linux TCP/IP stacks.
//!
//! ```text
//! e2e-peer serve NAME [--http ADDR] [--udp ADDR] [--echo ADDR]
//! e2e-peer http  ADDR COUNT [SPORT]  GET / COUNT times, one connection each
//! e2e-peer udp   ADDR COUNT          COUNT datagrams, one answer each
//! e2e-peer echo  ADDR COUNT [SPORT]  COUNT connections to a line-echo server
//! e2e-peer hold  ADDR SECONDS        one TCP connection, a line every 100 ms
//! e2e-peer decap TUNDEV              IP-in-IP decapsulation in user space
//! ```
//!
//! `decap` is a TUN real server's tunnel end where the kernel has no `ipip` module:
//! it receives protocol-4 packets on a raw socket, strips the outer header and
//! writes the inner packet into a TUN device, so the kernel sees it arrive there —
//! what the `ipip` driver (or a tc BPF decapsulator, as Katran's backends use) does.
//!
//! With SPORT, connection `i` leaves from source port SPORT + i, so that no two
//! connections of a run share a 4-tuple (the kernel may otherwise reuse a port whose
//! connection the load balancer still holds, which is one connection to it).
//!
//! Servers answer with their NAME (HTTP body, UDP datagram, echoed line prefix), so
//! the client can tell which real server it reached. The HTTP body also names the
//! client's address as the server sees it: the peer address of the connection, or
//! the source address of a PROXY protocol v2 header when the stream starts with one
//! (the header is parsed here from its specification, as a real server would).
//! Client commands print one JSON line:
//! `{"ok":N,"failed":N,"servers":{"rs1":N,...},"clients":{"10.0.0.2":N}}`; `hold`
//! exits non-zero if any line went unanswered and prints the server it stayed with.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::process::ExitCode;
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let r = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("http") => client(&args[1..], http_once),
        Some("udp") => client(&args[1..], udp_once),
        Some("echo") => client(&args[1..], echo_once),
        Some("hold") => hold(&args[1..]),
        Some("decap") => decap(&args[1..]),
        _ => Err("usage: e2e-peer serve|http|udp|hold ...".into()),
    };
    match r {
        Ok(code) => code,
        Err(e) => {
            eprintln!("e2e-peer: {e}");
            ExitCode::from(2)
        }
    }
}

fn addr(s: Option<&String>) -> Result<SocketAddr, String> {
    s.ok_or("missing address")?
        .parse()
        .map_err(|e| format!("address: {e}"))
}

fn serve(args: &[String]) -> Result<ExitCode, String> {
    let name = args.first().ok_or("serve NAME")?.clone();
    let mut threads = Vec::new();
    let mut i = 1;
    while i < args.len() {
        let a = addr(args.get(i + 1))?;
        let name = name.clone();
        match args[i].as_str() {
            "--http" => {
                let l = TcpListener::bind(a).map_err(|e| format!("{a}: {e}"))?;
                threads.push(std::thread::spawn(move || http_server(l, name)));
            }
            "--udp" => {
                let s = UdpSocket::bind(a).map_err(|e| format!("{a}: {e}"))?;
                threads.push(std::thread::spawn(move || udp_server(s, name)));
            }
            "--echo" => {
                let l = TcpListener::bind(a).map_err(|e| format!("{a}: {e}"))?;
                threads.push(std::thread::spawn(move || echo_server(l, name)));
            }
            o => return Err(format!("unknown option {o}")),
        }
        i += 2;
    }
    for t in threads {
        let _ = t.join();
    }
    Ok(ExitCode::SUCCESS)
}

fn http_server(l: TcpListener, name: String) {
    for s in l.incoming().flatten() {
        let name = name.clone();
        std::thread::spawn(move || {
            let mut s = s;
            let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
            let mut buf = [0u8; 2048];
            let mut got = 0;
            let mut client = s
                .peer_addr()
                .map(|a| a.ip().to_string())
                .unwrap_or_default();
            let mut start = 0;
            let mut header_done = false;
            while got < buf.len() {
                match s.read(&mut buf[got..]) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => got += n,
                }
                if !header_done {
                    match proxy_v2(&buf[..got]) {
                        Proxy::NeedMore => continue,
                        Proxy::None => {}
                        Proxy::Header { len, source } => {
                            start = len;
                            if let Some(a) = source {
                                client = a;
                            }
                        }
                        Proxy::Invalid => return,
                    }
                    header_done = true;
                }
                if buf[start..got].windows(4).any(|w| w == b"\r\n\r\n") {
                    break;
                }
            }
            let body = format!("{name} {client}\n");
            let _ = write!(
                s,
                "HTTP/1.0 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        });
    }
}

/// What a stream starts with.
enum Proxy {
    /// Not enough bytes to tell.
    NeedMore,
    /// No PROXY v2 signature.
    None,
    /// A v2 header of `len` bytes; `source` for TCP/UDP over IPv4 with `PROXY`.
    Header { len: usize, source: Option<String> },
    /// A signature with a bad version or length: the connection is dropped.
    Invalid,
}

/// PROXY protocol v2 (haproxy's proxy-protocol.txt, section 2.2): 12-byte signature,
/// version/command, family/transport, 16-bit length of the addresses that follow.
fn proxy_v2(b: &[u8]) -> Proxy {
    const SIG: &[u8; 12] = b"\x0D\x0A\x0D\x0A\x00\x0D\x0A\x51\x55\x49\x54\x0A";
    let n = b.len().min(12);
    if b[..n] != SIG[..n] {
        return Proxy::None;
    }
    if b.len() < 16 {
        return Proxy::NeedMore;
    }
    if b[12] >> 4 != 2 {
        return Proxy::Invalid;
    }
    let len = 16 + usize::from(u16::from_be_bytes([b[14], b[15]]));
    if b.len() < len {
        return Proxy::NeedMore;
    }
    let command = b[12] & 0x0f;
    let family = b[13] >> 4;
    let source = (command == 1 && family == 1 && len >= 28)
        .then(|| format!("{}.{}.{}.{}", b[16], b[17], b[18], b[19]));
    Proxy::Header { len, source }
}

fn udp_server(s: UdpSocket, name: String) {
    let mut buf = [0u8; 2048];
    while let Ok((n, from)) = s.recv_from(&mut buf) {
        let mut reply = format!("{name}:").into_bytes();
        reply.extend_from_slice(&buf[..n]);
        let _ = s.send_to(&reply, from);
    }
}

fn echo_server(l: TcpListener, name: String) {
    for s in l.incoming().flatten() {
        let name = name.clone();
        std::thread::spawn(move || {
            let Ok(w) = s.try_clone() else { return };
            let mut w = w;
            for line in BufReader::new(s).lines() {
                let Ok(line) = line else { return };
                if writeln!(w, "{name} {line}").is_err() {
                    return;
                }
            }
        });
    }
}

fn connect(a: SocketAddr, sport: Option<u16>) -> Result<TcpStream, String> {
    let Some(port) = sport else {
        return TcpStream::connect_timeout(&a, Duration::from_secs(3)).map_err(|e| e.to_string());
    };
    let s = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)
        .map_err(|e| e.to_string())?;
    s.set_reuse_address(true).map_err(|e| e.to_string())?;
    let local: SocketAddr = ([0, 0, 0, 0], port).into();
    s.bind(&local.into())
        .map_err(|e| format!("bind {port}: {e}"))?;
    s.connect_timeout(&a.into(), Duration::from_secs(3))
        .map_err(|e| e.to_string())?;
    Ok(s.into())
}

fn http_once(a: SocketAddr, sport: Option<u16>) -> Result<String, String> {
    let mut s = connect(a, sport)?;
    s.set_read_timeout(Some(Duration::from_secs(5)))
        .map_err(|e| e.to_string())?;
    write!(s, "GET / HTTP/1.0\r\nHost: {a}\r\n\r\n").map_err(|e| e.to_string())?;
    let mut resp = String::new();
    s.read_to_string(&mut resp).map_err(|e| e.to_string())?;
    if !resp.starts_with("HTTP/1.0 200") {
        return Err(format!("bad response {resp:?}"));
    }
    // "NAME CLIENT-ADDRESS"
    let body = resp.split("\r\n\r\n").nth(1).ok_or("no body")?;
    Ok(body.trim().to_string())
}

fn udp_once(a: SocketAddr, _sport: Option<u16>) -> Result<String, String> {
    let s = UdpSocket::bind("0.0.0.0:0").map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(2)))
        .map_err(|e| e.to_string())?;
    s.send_to(b"ping", a).map_err(|e| e.to_string())?;
    let mut buf = [0u8; 2048];
    let (n, _) = s.recv_from(&mut buf).map_err(|e| e.to_string())?;
    let reply = String::from_utf8_lossy(&buf[..n]).to_string();
    let (name, rest) = reply.split_once(':').ok_or("bad reply")?;
    if rest != "ping" {
        return Err(format!("bad reply {reply:?}"));
    }
    Ok(name.to_string())
}

fn echo_once(a: SocketAddr, sport: Option<u16>) -> Result<String, String> {
    let s = connect(a, sport)?;
    s.set_read_timeout(Some(Duration::from_secs(5)))
        .map_err(|e| e.to_string())?;
    let mut w = s.try_clone().map_err(|e| e.to_string())?;
    writeln!(w, "hello").map_err(|e| e.to_string())?;
    let mut line = String::new();
    BufReader::new(s)
        .read_line(&mut line)
        .map_err(|e| e.to_string())?;
    let (who, rest) = line.trim().split_once(' ').ok_or("bad answer")?;
    if rest != "hello" {
        return Err(format!("bad answer {line:?}"));
    }
    Ok(who.to_string())
}

fn client(
    args: &[String],
    once: fn(SocketAddr, Option<u16>) -> Result<String, String>,
) -> Result<ExitCode, String> {
    let a = addr(args.first())?;
    let count: usize = args
        .get(1)
        .ok_or("COUNT")?
        .parse()
        .map_err(|_| "COUNT is a number")?;
    let mut servers: BTreeMap<String, usize> = BTreeMap::new();
    let mut clients: BTreeMap<String, usize> = BTreeMap::new();
    let (mut ok, mut failed) = (0, 0);
    let mut errors = Vec::new();
    let base: Option<u16> = match args.get(2) {
        Some(p) => Some(p.parse().map_err(|_| "SPORT is a port")?),
        None => None,
    };
    for i in 0..count {
        let sport = base.map(|b| b.wrapping_add(i as u16));
        match once(a, sport) {
            Ok(answer) => {
                ok += 1;
                let mut words = answer.split_whitespace();
                let name = words.next().unwrap_or_default().to_string();
                *servers.entry(name).or_default() += 1;
                if let Some(c) = words.next() {
                    *clients.entry(c.to_string()).or_default() += 1;
                }
            }
            Err(e) => {
                failed += 1;
                if errors.len() < 5 {
                    errors.push(e);
                }
            }
        }
    }
    let servers: Vec<String> = servers
        .iter()
        .map(|(k, v)| format!("\"{k}\":{v}"))
        .collect();
    let clients: Vec<String> = clients
        .iter()
        .map(|(k, v)| format!("\"{k}\":{v}"))
        .collect();
    println!(
        "{{\"ok\":{ok},\"failed\":{failed},\"servers\":{{{}}},\"clients\":{{{}}},\"errors\":{:?}}}",
        servers.join(","),
        clients.join(","),
        errors
    );
    Ok(ExitCode::SUCCESS)
}

fn hold(args: &[String]) -> Result<ExitCode, String> {
    let a = addr(args.first())?;
    let secs: f64 = args
        .get(1)
        .ok_or("SECONDS")?
        .parse()
        .map_err(|_| "SECONDS is a number")?;
    let s = TcpStream::connect_timeout(&a, Duration::from_secs(3)).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(5)))
        .map_err(|e| e.to_string())?;
    let mut w = s.try_clone().map_err(|e| e.to_string())?;
    let mut r = BufReader::new(s);
    let end = Instant::now() + Duration::from_secs_f64(secs);
    let mut server = String::new();
    let mut n = 0;
    while Instant::now() < end {
        writeln!(w, "line{n}").map_err(|e| format!("send {n}: {e}"))?;
        let mut line = String::new();
        r.read_line(&mut line)
            .map_err(|e| format!("answer {n}: {e}"))?;
        let (who, echoed) = line
            .trim()
            .split_once(' ')
            .ok_or(format!("answer {n}: {line:?}"))?;
        if echoed != format!("line{n}") || (!server.is_empty() && server != who) {
            println!("{{\"ok\":false,\"lines\":{n},\"server\":\"{who}\"}}");
            return Ok(ExitCode::from(1));
        }
        server = who.to_string();
        n += 1;
        std::thread::sleep(Duration::from_millis(100));
    }
    println!("{{\"ok\":true,\"lines\":{n},\"server\":\"{server}\"}}");
    Ok(ExitCode::SUCCESS)
}

/// `struct ifreq` as TUNSETIFF reads it.
#[repr(C)]
struct IfReq {
    name: [u8; 16],
    flags: libc::c_short,
    _pad: [u8; 22],
}

fn decap(args: &[String]) -> Result<ExitCode, String> {
    use std::os::fd::FromRawFd;
    let dev = args.first().ok_or("decap TUNDEV")?;
    if dev.len() >= 16 {
        return Err("device name too long".into());
    }
    let tun = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/net/tun")
        .map_err(|e| format!("/dev/net/tun: {e}"))?;
    let mut req = IfReq {
        name: [0; 16],
        flags: (libc::IFF_TUN | libc::IFF_NO_PI) as libc::c_short,
        _pad: [0; 22],
    };
    req.name[..dev.len()].copy_from_slice(dev.as_bytes());
    // SAFETY: TUNSETIFF reads and writes one `struct ifreq`, which `req` is laid out
    // as; it lives across the call.
    let rc = unsafe {
        libc::ioctl(
            std::os::fd::AsRawFd::as_raw_fd(&tun),
            0x4004_54ca,
            &mut req as *mut IfReq,
        )
    };
    if rc < 0 {
        return Err(format!(
            "TUNSETIFF {dev}: {}",
            std::io::Error::last_os_error()
        ));
    }
    // SAFETY: plain socket(2) call; the result is checked.
    let fd = unsafe { libc::socket(libc::AF_INET, libc::SOCK_RAW, libc::IPPROTO_IPIP) };
    if fd < 0 {
        return Err(format!("raw socket: {}", std::io::Error::last_os_error()));
    }
    // SAFETY: `fd` is a fresh descriptor nobody else owns.
    let mut raw = unsafe { std::fs::File::from_raw_fd(fd) };
    let mut tun = tun;
    let mut buf = vec![0u8; 65536];
    loop {
        let n = raw.read(&mut buf).map_err(|e| format!("raw read: {e}"))?;
        let ihl = usize::from(buf.first().copied().unwrap_or(0) & 0x0f) * 4;
        if n <= ihl + 20 || buf[9] != 4 {
            continue;
        }
        let _ = tun.write(&buf[ihl..n]);
    }
}
