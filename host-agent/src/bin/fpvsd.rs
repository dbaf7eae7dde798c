//! `fpvsd`: the FPVS daemon. It drives the card (kernel VFIO or the simulator over
//! vfio-user), keeps the virtual-server configuration and the connection table, runs
//! the slow path and the health checks, and answers `fpvsadm`.
//!
//! ```text
//! fpvsd --card vfio-user:/run/fpvs/card.sock \
//!       --port0 mac=02:fc:00:00:00:00,addr=10.0.0.254/24 \
//!       --port1 mac=02:fc:00:00:00:01,addr=192.168.1.254/24 \
//!       --health http:/:200
//! ```

#![forbid(unsafe_code)]

use clap::Parser;
use fpvs_agent::agent::{NetConfig, PortConfig, SynGuard};
use fpvs_agent::card::CardAddress;
use fpvs_agent::daemon::{self, Options};
use fpvs_agent::health::{Check, HealthConfig};
use fpvs_agent::punt::PuntLimits;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Debug, Parser)]
#[command(
    version,
    about = "FPVS daemon: the control plane and slow path of the card"
)]
struct DaemonArgs {
    /// The card: `pci:DDDD:BB:DD.F` (bound to vfio-pci), `vfio-user:SOCKET`
    /// (fpvs-sim), `uart:/dev/ttyUSB0[@BAUD]` (a board's management UART) or
    /// `corundum:DDDD:BB:DD.F,IFNAME[,bar=N]` (a Corundum NIC: its PCI address, its
    /// mqnic interface, the application BAR's resource, 2 by default).
    #[arg(long, value_parser = card_arg)]
    card: CardAddress,
    /// Port 0, the client side: `mac=MAC,addr=ADDR/PREFIX[,gw=ADDR]`.
    #[arg(long, value_parser = port_arg)]
    port0: PortConfig,
    /// Port 1, the real-server side: `mac=MAC,addr=ADDR/PREFIX[,gw=ADDR]`.
    #[arg(long, value_parser = port_arg)]
    port1: PortConfig,
    /// Control socket (root only) that fpvsadm talks to.
    #[arg(long, default_value = "/run/fpvs/fpvsd.sock")]
    socket: PathBuf,
    /// Where the configuration and index assignments are kept across restarts.
    #[arg(long, default_value = "/var/lib/fpvs")]
    state_dir: PathBuf,
    /// Serve Prometheus metrics on this address (off by default).
    #[arg(long)]
    metrics: Option<SocketAddr>,
    /// Health-check every real server: `tcp` or `http[:PATH[:STATUS]]` (off by
    /// default).
    #[arg(long)]
    health: Option<Check>,
    /// Seconds between checks of one real server.
    #[arg(long, default_value_t = 2.0)]
    health_interval: f64,
    /// Seconds a check may take.
    #[arg(long, default_value_t = 1.0)]
    health_timeout: f64,
    /// Good checks in a row before a real server is back.
    #[arg(long, default_value_t = 2)]
    rise: u32,
    /// Failed checks in a row before a real server is taken out.
    #[arg(long, default_value_t = 2)]
    fall: u32,
    /// Firewall-mark rules for `-f` services, in `iptables-save -t mangle` syntax
    /// (`-A PREROUTING -d VIP -p tcp --dport 80 -j MARK --set-mark 1`).
    #[arg(long)]
    fwmark_rules: Option<PathBuf>,
    /// The card's punt rate limiter, per class of exception: `CLASS=RATE[/BURST]`
    /// (CLASS new-flow, control, other or all; RATE per second or `off`; BURST a
    /// tenth of the rate by default), or `off`. Repeatable, applied in order over
    /// the default: new-flow=20000/2000, control=2000/200, other=1000/100.
    #[arg(long = "punt-limit", value_name = "CLASS=RATE[/BURST]")]
    punt_limit: Vec<String>,
    /// When a SYN flood fills the flow table: `auto` (new connections evict the oldest
    /// SYN_RECV connections whose client sent nothing after its SYN, once the table
    /// is 3/4 full; IPVS's drop_entry) or `never` (new connections are refused when
    /// the table is full).
    #[arg(long, default_value = "auto", value_parser = ["auto", "never"])]
    drop_entry: String,
}

fn card_arg(s: &str) -> Result<CardAddress, String> {
    CardAddress::parse(s)
}

fn mac_arg(s: &str) -> Result<[u8; 6], String> {
    let parts: Vec<_> = s.split(':').collect();
    if parts.len() != 6 {
        return Err(format!(
            "{s:?}: a MAC address is six hex bytes, aa:bb:cc:dd:ee:ff"
        ));
    }
    let mut m = [0u8; 6];
    for (b, p) in m.iter_mut().zip(parts) {
        *b = u8::from_str_radix(p, 16).map_err(|_| format!("{s:?}: bad MAC address"))?;
    }
    Ok(m)
}

fn port_arg(s: &str) -> Result<PortConfig, String> {
    let (mut mac, mut addr, mut gateway) = (None, None, None);
    for kv in s.split(',') {
        let (k, v) = kv
            .split_once('=')
            .ok_or_else(|| format!("{kv:?}: expected key=value (mac, addr, gw)"))?;
        match k {
            "mac" => mac = Some(mac_arg(v)?),
            "addr" => {
                let (a, p) = v
                    .split_once('/')
                    .ok_or_else(|| format!("{v:?}: addr is ADDRESS/PREFIX"))?;
                let a: Ipv4Addr = a
                    .parse()
                    .map_err(|_| format!("{a:?}: not an IPv4 address"))?;
                let p: u8 = p
                    .parse()
                    .ok()
                    .filter(|p| *p <= 32)
                    .ok_or_else(|| format!("{p:?}: a prefix is 0..32"))?;
                addr = Some((a, p));
            }
            "gw" => {
                gateway = Some(
                    v.parse()
                        .map_err(|_| format!("{v:?}: not an IPv4 address"))?,
                )
            }
            _ => return Err(format!("{k:?}: unknown port setting (mac, addr, gw)")),
        }
    }
    let mac = mac.ok_or("a port needs mac=")?;
    let (addr, prefix) = addr.ok_or("a port needs addr=")?;
    Ok(PortConfig {
        mac,
        addr,
        prefix,
        gateway,
    })
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let a = DaemonArgs::parse();
    let fwmarks = match &a.fwmark_rules {
        None => Default::default(),
        Some(p) => match std::fs::read_to_string(p)
            .map_err(|e| e.to_string())
            .and_then(|t| fpvs_agent::fwmark::Rules::parse(&t))
        {
            Ok(r) => r,
            Err(e) => {
                eprintln!("fpvsd: {}: {e}", p.display());
                return ExitCode::FAILURE;
            }
        },
    };
    let mut punt = PuntLimits::default();
    for l in &a.punt_limit {
        if let Err(e) = punt.apply_arg(l) {
            eprintln!("fpvsd: --punt-limit {e}");
            return ExitCode::FAILURE;
        }
    }
    let syn_guard = if a.drop_entry == "never" {
        SynGuard::Never
    } else {
        SynGuard::Auto
    };
    let secs = |s: f64| Duration::from_secs_f64(s.max(0.01));
    let opts = Options {
        card: a.card,
        net: NetConfig {
            ports: [a.port0, a.port1],
        },
        socket: a.socket,
        state_dir: a.state_dir,
        metrics: a.metrics,
        health: a.health.map(|check| HealthConfig {
            check,
            interval: secs(a.health_interval),
            timeout: secs(a.health_timeout),
            rise: a.rise,
            fall: a.fall,
        }),
        fwmarks,
        punt,
        syn_guard,
    };
    match daemon::run(opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fpvsd: {e}");
            ExitCode::FAILURE
        }
    }
}
