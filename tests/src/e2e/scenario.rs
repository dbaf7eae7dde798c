//! What a run does on the topology: the ipvsadm script, each mode's requests, failures
//! and restart, and the report.

use super::*;
use std::process::Child;
use std::time::Duration;

/// The ipvsadm script that configures every mode: an HTTP, a UDP and an echo service
/// per VIP, the three real servers weighted 1:2:3 (wrr). FULLNAT's HTTP service sends
/// the real servers a PROXY protocol v2 header, so they still see the client.
pub fn script() -> String {
    let mut s = String::new();
    for (mode, vip, flag) in MODES {
        for (proto, port) in [("-t", 80u16), ("-u", 53), ("-t", 7)] {
            let pp = if mode == "FULLNAT" && port == 80 {
                " --proxy-protocol v2"
            } else {
                ""
            };
            s.push_str(&format!("-A {proto} {vip}:{port} -s wrr{pp}\n"));
            for (_, addr, w) in SERVERS {
                s.push_str(&format!(
                    "-a {proto} {vip}:{port} -r {addr}:{port} {flag} -w {w}\n"
                ));
            }
        }
    }
    s
}

/// What one mode did.
#[derive(Debug, Clone, Default)]
pub struct ModeReport {
    /// Mode name.
    pub mode: String,
    /// VIP.
    pub vip: String,
    /// HTTP requests sent and answered, by real server.
    pub http: ClientReport,
    /// UDP requests.
    pub udp: ClientReport,
    /// `Conns InPkts OutPkts InBytes OutBytes` of the HTTP service, from
    /// `fpvsadm -L -n --stats --exact`.
    pub stats: [u64; 5],
    /// Requests while one real server was down (health checks took it out).
    pub with_one_down: Option<ClientReport>,
    /// New connections while the held connection's server had weight 0.
    pub quiesced: Option<(String, ClientReport, bool)>,
    /// A held connection survived an fpvsd restart.
    pub survived_restart: Option<bool>,
}

/// `Conns InPkts OutPkts InBytes OutBytes` of a service from `-L -n --stats --exact`.
pub fn service_stats(t: &Topology, proto: &str, vip_port: &str) -> Result<[u64; 5], String> {
    let out = t.adm(&["-L", "-n", "--stats", "--exact", proto, vip_port])?;
    let line = out
        .lines()
        .find(|l| l.contains(vip_port) && !l.trim_start().starts_with("->"))
        .ok_or_else(|| format!("no line for {vip_port} in {out}"))?;
    let nums: Vec<u64> = line
        .split_whitespace()
        .skip(2)
        .filter_map(|w| w.parse().ok())
        .collect();
    nums.get(..5)
        .and_then(|n| n.try_into().ok())
        .ok_or_else(|| format!("cannot read counters from {line:?}"))
}

fn conn_server(t: &Topology, vip_port: &str) -> Result<Option<String>, String> {
    let out = t.adm(&["-L", "-n", "-c"])?;
    Ok(out
        .lines()
        .find(|l| {
            l.contains(&format!(" {vip_port} ")) || l.split_whitespace().any(|w| w == vip_port)
        })
        .and_then(|l| l.split_whitespace().last())
        .and_then(|rs| rs.split(':').next())
        .and_then(|ip| SERVERS.iter().find(|s| s.1 == ip))
        .map(|s| s.0.to_string()))
}

fn finish_hold(c: Child) -> Result<(bool, String), String> {
    let out = c.wait_with_output().map_err(|e| e.to_string())?;
    Ok((
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).trim().to_string(),
    ))
}

/// Runs one mode; with `full`, also a server failure, quiescing and an fpvsd restart.
pub fn run_mode(
    t: &mut Topology,
    mode: usize,
    requests: usize,
    full: bool,
) -> Result<ModeReport, String> {
    let (name, vip, _) = MODES[mode];
    let mut r = ModeReport {
        mode: name.into(),
        vip: vip.into(),
        ..ModeReport::default()
    };
    let http = format!("{vip}:80");
    // Source ports unique within the run: each request is a new connection.
    let sport = |k: usize| (20000 + mode * 1000 + k * 400).to_string();
    r.http = t.client(&["http", &http, &requests.to_string(), &sport(0)])?;
    r.udp = t.client(&["udp", &format!("{vip}:53"), "20"])?;
    r.stats = service_stats(t, "-t", &http)?;
    if !full {
        return Ok(r);
    }
    // A real server fails: health checks take it out.
    t.stop_server("rs3");
    std::thread::sleep(Duration::from_millis(1500));
    r.with_one_down = Some(t.client(&["http", &http, "60", &sport(1)])?);
    t.start_server("rs3")?;
    std::thread::sleep(Duration::from_millis(1500));
    // Quiescing: the held connection's server goes to weight 0.
    let echo = format!("{vip}:7");
    let hold = t.hold(&echo, 4.0)?;
    std::thread::sleep(Duration::from_millis(800));
    let server =
        conn_server(t, &echo)?.ok_or("the held connection is not in the connection table")?;
    let (_, addr, _) = *SERVERS.iter().find(|s| s.0 == server).ok_or("server")?;
    let flag = MODES[mode].2;
    t.adm(&[
        "-e",
        "-t",
        &echo,
        "-r",
        &format!("{addr}:7"),
        flag,
        "-w",
        "0",
    ])?;
    let others = t.client(&["echo", &echo, "30", &sport(2)])?;
    let (held, out) = finish_hold(hold)?;
    let held = held && out.contains(&format!("\"server\":\"{server}\""));
    r.quiesced = Some((server.clone(), others, held));
    let w = SERVERS.iter().find(|s| s.0 == server).map_or(1, |s| s.2);
    t.adm(&[
        "-e",
        "-t",
        &echo,
        "-r",
        &format!("{addr}:7"),
        flag,
        "-w",
        &w.to_string(),
    ])?;
    // fpvsd restarts under a long-lived connection.
    let hold = t.hold(&echo, 5.0)?;
    std::thread::sleep(Duration::from_millis(800));
    t.stop_fpvsd();
    std::thread::sleep(Duration::from_millis(500));
    t.start_fpvsd()?;
    let (ok, _) = finish_hold(hold)?;
    r.survived_restart = Some(ok);
    Ok(r)
}

/// A readable summary of the reports.
pub fn summary(reports: &[ModeReport]) -> String {
    let mut s = String::new();
    s.push_str("mode     VIP          HTTP ok/sent  per real server (weights 1:2:3)   UDP ok/sent  card: conns  in-pkts  out-pkts\n");
    for r in reports {
        let dist: Vec<String> = r
            .http
            .servers
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        s.push_str(&format!(
            "{:<8} {:<12} {:>5}/{:<6}  {:<32}  {:>4}/{:<6}  {:>11}  {:>7}  {:>8}\n",
            r.mode,
            r.vip,
            r.http.ok,
            r.http.ok + r.http.failed,
            dist.join(" "),
            r.udp.ok,
            r.udp.ok + r.udp.failed,
            r.stats[0],
            r.stats[1],
            r.stats[2]
        ));
        let seen: Vec<String> = r
            .http
            .clients
            .iter()
            .map(|(k, v)| format!("{k} ({v})"))
            .collect();
        s.push_str(&format!(
            "         real servers saw the client as {}{}\n",
            seen.join(", "),
            if r.mode == "FULLNAT" {
                " (PROXY protocol v2)"
            } else {
                ""
            }
        ));
        if let Some(d) = &r.with_one_down {
            s.push_str(&format!(
                "         rs3 stopped: {}/{} ok, {:?}\n",
                d.ok,
                d.ok + d.failed,
                d.servers
            ));
        }
        if let Some((server, others, held)) = &r.quiesced {
            s.push_str(&format!(
                "         {server} at weight 0: held connection {}, new connections {:?}\n",
                if *held { "kept" } else { "LOST" },
                others.servers
            ));
        }
        if let Some(ok) = r.survived_restart {
            s.push_str(&format!(
                "         fpvsd restarted under a connection: {}\n",
                if ok {
                    "connection kept"
                } else {
                    "connection LOST"
                }
            ));
        }
    }
    s
}
