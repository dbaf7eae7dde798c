//! End to end: real Linux clients and real servers, in network namespaces, through the
//! simulated card driven by fpvsd, configured only with fpvsadm.
//!
//! ```text
//!  ns cli (10.0.0.2) ──┐                       ┌── ns rs1 (192.168.1.11) HTTP :80, UDP :53, echo :7
//!  ns rtr (10.0.0.1) ──┤ brc        brs        ├── ns rs2 (192.168.1.12)
//!                      └─ tap fpvsc ═ card ═ tap fpvss ─┤ ns rs3 (192.168.1.13)
//!                          (fpvs-sim port 0)  (port 1)  ├── ns rtr (192.168.1.1)
//!                                 ns lb: fpvs-sim, fpvsd ┘   lb's own 192.168.1.250 (health checks)
//! ```
//!
//! Each mode has its own VIP: DR 10.0.0.100, TUN 10.0.0.101, NAT 10.0.0.102, FULLNAT
//! 10.0.0.103. The real servers carry what each mode needs, as an LVS operator sets
//! them up: the DR and TUN VIPs on `lo` with `arp_ignore=1`/`arp_announce=2`; replies
//! from those VIPs routed to the router (policy routing); NAT replies routed through
//! the card (the main table's default route is the card's 192.168.1.254); nothing for
//! FULLNAT. TUN real servers decapsulate IP-in-IP in user space (`e2e-peer decap`, a
//! raw socket feeding a TUN device), because this kernel has no `ipip` module and a
//! tc BPF decapsulator would need a BPF compiler the test machine does not have.
//!
//! Everything is created by [`Topology::create`] and removed when it is dropped, also
//! when a test fails.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

mod scenario;
mod topology;

pub use scenario::{run_mode, script, service_stats, summary, ModeReport};
pub use topology::Topology;

/// The modes, their VIPs and fpvsadm method flags.
pub const MODES: [(&str, &str, &str); 4] = [
    ("DR", "10.0.0.100", "-g"),
    ("TUN", "10.0.0.101", "-i"),
    ("NAT", "10.0.0.102", "-m"),
    ("FULLNAT", "10.0.0.103", "--fullnat"),
];

/// The client's address.
pub const CLIENT: &str = "10.0.0.2";

/// Real servers: (name, address, wrr weight).
pub const SERVERS: [(&str, &str, u32); 3] = [
    ("rs1", "192.168.1.11", 1),
    ("rs2", "192.168.1.12", 2),
    ("rs3", "192.168.1.13", 3),
];

/// The programs the test runs.
#[derive(Debug, Clone)]
pub struct Binaries {
    /// fpvs-sim.
    pub sim: PathBuf,
    /// fpvsd.
    pub fpvsd: PathBuf,
    /// fpvsadm.
    pub fpvsadm: PathBuf,
    /// e2e-peer.
    pub peer: PathBuf,
}

impl Binaries {
    /// Builds them (same profile as the caller) and returns their paths.
    pub fn build() -> Result<Binaries, String> {
        let release = !cfg!(debug_assertions);
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut cmd = Command::new(cargo);
        cmd.current_dir(&root).args([
            "build",
            "-q",
            "-p",
            "fpvs-sim",
            "-p",
            "fpvs-agent",
            "-p",
            "fpvs-tests",
            "--bins",
        ]);
        if release {
            cmd.arg("--release");
        }
        let st = cmd.status().map_err(|e| format!("cargo build: {e}"))?;
        if !st.success() {
            return Err("building fpvs-sim, fpvsd, fpvsadm and e2e-peer failed".into());
        }
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("target"))
            .join(if release { "release" } else { "debug" });
        let b = Binaries {
            sim: target.join("fpvs-sim"),
            fpvsd: target.join("fpvsd"),
            fpvsadm: target.join("fpvsadm"),
            peer: target.join("e2e-peer"),
        };
        for p in [&b.sim, &b.fpvsd, &b.fpvsadm, &b.peer] {
            if !p.exists() {
                return Err(format!("{} was not built", p.display()));
            }
        }
        Ok(b)
    }
}

fn run(args: &[&str]) -> Result<String, String> {
    let out = Command::new(args[0])
        .args(&args[1..])
        .output()
        .map_err(|e| format!("{}: {e}", args.join(" ")))?;
    if !out.status.success() {
        return Err(format!(
            "`{}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).to_string())
}

/// Result of a client run.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ClientReport {
    /// Requests answered.
    pub ok: usize,
    /// Requests that failed.
    pub failed: usize,
    /// Answers per real server.
    pub servers: BTreeMap<String, usize>,
    /// HTTP answers per client address the real server saw (its peer, or the PROXY
    /// protocol header's source).
    #[serde(default)]
    pub clients: BTreeMap<String, usize>,
    /// First errors.
    #[serde(default)]
    pub errors: Vec<String>,
}
