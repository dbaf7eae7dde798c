//! The network namespaces, links and processes of one run, created together and
//! removed together (also when a test fails).

use super::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The namespaces, links and processes of one run.
#[derive(Debug)]
pub struct Topology {
    /// Namespace prefix (unique per run).
    pub prefix: String,
    bins: Binaries,
    dir: PathBuf,
    sim: Option<Child>,
    fpvsd: Option<Child>,
    servers: BTreeMap<String, Child>,
    others: Vec<Child>,
    namespaces: Vec<String>,
}

impl Topology {
    /// Namespace `name` of this run.
    pub fn ns(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }

    fn ip(&self, ns: &str, args: &str) -> Result<String, String> {
        let ns = self.ns(ns);
        let mut v = vec!["ip", "-n", ns.as_str()];
        v.extend(args.split_whitespace());
        run(&v)
    }

    fn exec(&self, ns: &str, args: &[&str]) -> Result<String, String> {
        let ns = self.ns(ns);
        let mut v = vec!["ip", "netns", "exec", ns.as_str()];
        v.extend_from_slice(args);
        run(&v)
    }

    fn sysctl(&self, ns: &str, kv: &str) -> Result<(), String> {
        self.exec(ns, &["sysctl", "-q", "-w", kv]).map(|_| ())
    }

    fn spawn(&self, ns: &str, args: &[&str], log: &str) -> Result<Child, String> {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join(log))
            .map_err(|e| e.to_string())?;
        let err = log.try_clone().map_err(|e| e.to_string())?;
        Command::new("ip")
            .args(["netns", "exec", &self.ns(ns)])
            .args(args)
            .env(
                "RUST_LOG",
                std::env::var("FPVS_E2E_LOG").unwrap_or_else(|_| "info".into()),
            )
            .stdout(log)
            .stderr(err)
            .spawn()
            .map_err(|e| format!("{}: {e}", args.join(" ")))
    }

    /// Creates the namespaces and links, starts the real servers, fpvs-sim and fpvsd.
    pub fn create(bins: Binaries, dir: &Path) -> Result<Topology, String> {
        if is_root().is_err() {
            return Err("the end-to-end test needs root (network namespaces, TAP)".into());
        }
        // A fresh card has no flows: fpvsd's state from an earlier run in the same
        // directory (FPVS_E2E_DIR) would describe another card.
        let _ = std::fs::remove_dir_all(dir.join("state"));
        let prefix = format!("fpvs{}-", std::process::id() % 100_000);
        let mut t = Topology {
            prefix,
            bins,
            dir: dir.to_path_buf(),
            sim: None,
            fpvsd: None,
            servers: BTreeMap::new(),
            others: Vec::new(),
            namespaces: Vec::new(),
        };
        t.build()?;
        Ok(t)
    }

    fn build(&mut self) -> Result<(), String> {
        let names = ["lb", "cli", "rtr", "rs1", "rs2", "rs3"];
        for n in names {
            let ns = self.ns(n);
            run(&["ip", "netns", "add", &ns])?;
            self.namespaces.push(ns);
            self.ip(n, "link set lo up")?;
        }
        // The load balancer: two bridges, the card's TAPs on them.
        for br in ["brc", "brs"] {
            self.ip("lb", &format!("link add {br} type bridge"))?;
            self.ip(
                "lb",
                &format!("link set {br} type bridge forward_delay 0 stp_state 0"),
            )?;
            self.ip("lb", &format!("link set {br} up"))?;
        }
        for (tap, br) in [("fpvsc", "brc"), ("fpvss", "brs")] {
            self.ip("lb", &format!("tuntap add {tap} mode tap"))?;
            self.ip("lb", &format!("link set {tap} master {br} up"))?;
        }
        self.ip("lb", "addr add 192.168.1.250/24 dev brs")?;
        // A veth from namespace `n` into bridge `br` of lb.
        let plug =
            |t: &Topology, n: &str, ifname: &str, br: &str, addr: &str| -> Result<(), String> {
                let peer = format!("{n}-{ifname}");
                t.ip(
                    "lb",
                    &format!(
                        "link add {peer} type veth peer name {ifname} netns {}",
                        t.ns(n)
                    ),
                )?;
                t.ip("lb", &format!("link set {peer} master {br} up"))?;
                t.ip(n, &format!("addr add {addr} dev {ifname}"))?;
                t.ip(n, &format!("link set {ifname} up")).map(|_| ())
            };
        plug(self, "cli", "eth0", "brc", &format!("{CLIENT}/24"))?;
        plug(self, "rtr", "ethc", "brc", "10.0.0.1/24")?;
        plug(self, "rtr", "eths", "brs", "192.168.1.1/24")?;
        self.sysctl("rtr", "net.ipv4.ip_forward=1")?;
        for (name, addr, _) in SERVERS {
            plug(self, name, "eth0", "brs", &format!("{addr}/24"))?;
            // NAT: replies through the card.
            self.ip(name, "route add default via 192.168.1.254")?;
            for (mode, vip, _) in MODES {
                if mode == "DR" || mode == "TUN" {
                    self.ip(name, &format!("addr add {vip}/32 dev lo"))?;
                    // Replies from a DR/TUN VIP go straight back through the router.
                    self.ip(name, &format!("rule add from {vip} table 100"))?;
                }
            }
            self.ip(name, "route add default via 192.168.1.1 table 100")?;
            for kv in [
                "net.ipv4.conf.all.arp_ignore=1",
                "net.ipv4.conf.all.arp_announce=2",
                "net.ipv4.conf.all.rp_filter=0",
                "net.ipv4.conf.default.rp_filter=0",
            ] {
                self.sysctl(name, kv)?;
            }
            // TUN: the tunnel end.
            self.ip(name, "tuntap add tunl0 mode tun")?;
            self.ip(name, "link set tunl0 up")?;
            self.sysctl(name, "net.ipv4.conf.tunl0.rp_filter=0")?;
            let peer = self.bins.peer.display().to_string();
            let d = self.spawn(
                name,
                &[&peer, "decap", "tunl0"],
                &format!("{name}-decap.log"),
            )?;
            self.others.push(d);
            self.start_server(name)?;
        }
        self.start_card()?;
        self.start_fpvsd()?;
        Ok(())
    }

    /// Starts (again) real server `name`'s HTTP, UDP and echo servers.
    pub fn start_server(&mut self, name: &str) -> Result<(), String> {
        let peer = self.bins.peer.display().to_string();
        // UDP sockets bound per address, as a DR/TUN real server's UDP service must be:
        // a reply leaves from the address the socket is bound to, and a DR reply must
        // come from the VIP.
        let rip = SERVERS
            .iter()
            .find(|s| s.0 == name)
            .map(|s| s.1)
            .unwrap_or("");
        let udp: Vec<String> = [MODES[0].1, MODES[1].1, rip]
            .iter()
            .map(|a| format!("{a}:53"))
            .collect();
        let mut args = vec![
            peer.as_str(),
            "serve",
            name,
            "--http",
            "0.0.0.0:80",
            "--echo",
            "0.0.0.0:7",
        ];
        for u in &udp {
            args.extend(["--udp", u.as_str()]);
        }
        let c = self.spawn(name, &args, &format!("{name}.log"))?;
        self.servers.insert(name.to_string(), c);
        // Ready when the health port answers.
        let addr = SERVERS
            .iter()
            .find(|s| s.0 == name)
            .map(|s| s.1)
            .unwrap_or("");
        self.wait_port("lb", addr, 80)
    }

    /// Stops real server `name`'s servers.
    pub fn stop_server(&mut self, name: &str) {
        if let Some(mut c) = self.servers.remove(name) {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    fn wait_port(&self, ns: &str, addr: &str, port: u16) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            let probe = format!("exec 3<>/dev/tcp/{addr}/{port}");
            if self.exec(ns, &["bash", "-c", &probe]).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Err(format!("{addr}:{port} does not answer from {ns}"))
    }

    fn start_card(&mut self) -> Result<(), String> {
        let sim = self.bins.sim.display().to_string();
        let sock = self.dir.join("card.sock").display().to_string();
        let c = self.spawn(
            "lb",
            &[
                &sim, "--socket", &sock, "--width", "8", "--tap", "0=fpvsc", "--tap", "1=fpvss",
            ],
            "fpvs-sim.log",
        )?;
        self.sim = Some(c);
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.dir.join("card.sock").exists() {
            if Instant::now() > deadline {
                return Err("fpvs-sim did not start (see fpvs-sim.log)".into());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(())
    }

    /// Starts fpvsd (again: it finds its state and the card's flows).
    pub fn start_fpvsd(&mut self) -> Result<(), String> {
        let d = self.bins.fpvsd.display().to_string();
        let card = format!("vfio-user:{}", self.dir.join("card.sock").display());
        let sock = self.dir.join("fpvsd.sock").display().to_string();
        let state = self.dir.join("state").display().to_string();
        let c = self.spawn(
            "lb",
            &[
                &d,
                "--card",
                &card,
                "--port0",
                "mac=02:fc:00:00:00:00,addr=10.0.0.254/24",
                "--port1",
                "mac=02:fc:00:00:00:01,addr=192.168.1.254/24,gw=192.168.1.1",
                "--socket",
                &sock,
                "--state-dir",
                &state,
                // fpvs-sim clocks only while it has frames to move, so a rate per
                // second of the card's clock (the limiter's) lets through far fewer
                // frames per second of wall time than on hardware: the default 20 000
                // new connections a second become a few dozen here. The limiter is
                // tested in clocks on the simulated card (tests/tests/ratelimit.rs).
                "--punt-limit",
                "off",
                "--health",
                "tcp",
                "--health-interval",
                "0.3",
                "--health-timeout",
                "0.5",
                "--rise",
                "2",
                "--fall",
                "2",
            ],
            "fpvsd.log",
        )?;
        self.fpvsd = Some(c);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if self.adm(&["-L", "-n"]).is_ok() {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err("fpvsd did not start (see fpvsd.log)".into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Stops fpvsd with SIGTERM, as an operator's restart does.
    pub fn stop_fpvsd(&mut self) {
        if let Some(mut c) = self.fpvsd.take() {
            let _ = Command::new("kill").arg(c.id().to_string()).status();
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = c.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Runs fpvsadm with `args`; its stdout, or its stderr as the error.
    pub fn adm(&self, args: &[&str]) -> Result<String, String> {
        let out = Command::new(&self.bins.fpvsadm)
            .args(args)
            .env("FPVS_SOCKET", self.dir.join("fpvsd.sock"))
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).to_string())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).to_string())
        }
    }

    /// fpvsadm with a script on stdin (`-R`).
    pub fn adm_restore(&self, script: &str) -> Result<(), String> {
        use std::io::Write;
        let mut c = Command::new(&self.bins.fpvsadm)
            .arg("-R")
            .env("FPVS_SOCKET", self.dir.join("fpvsd.sock"))
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| e.to_string())?;
        c.stdin
            .take()
            .ok_or("stdin")?
            .write_all(script.as_bytes())
            .map_err(|e| e.to_string())?;
        let out = c.wait_with_output().map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).to_string())
        }
    }

    /// Runs an e2e-peer client command in the client namespace.
    pub fn client(&self, args: &[&str]) -> Result<ClientReport, String> {
        let peer = self.bins.peer.display().to_string();
        let mut v = vec![peer.as_str()];
        v.extend_from_slice(args);
        let out = self.exec("cli", &v)?;
        serde_json::from_str(out.trim()).map_err(|e| format!("client output {out:?}: {e}"))
    }

    /// Starts a long-lived connection (`e2e-peer hold`) from the client.
    pub fn hold(&self, addr: &str, secs: f64) -> Result<Child, String> {
        let peer = self.bins.peer.display().to_string();
        Command::new("ip")
            .args([
                "netns",
                "exec",
                &self.ns("cli"),
                &peer,
                "hold",
                addr,
                &secs.to_string(),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| e.to_string())
    }

    /// The log of a process, for failure messages.
    pub fn log(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.join(name)).unwrap_or_default()
    }
}

impl Drop for Topology {
    fn drop(&mut self) {
        self.stop_fpvsd();
        let mut all: Vec<Child> = std::mem::take(&mut self.servers).into_values().collect();
        all.append(&mut self.others);
        all.extend(self.sim.take());
        for mut c in all {
            let _ = c.kill();
            let _ = c.wait();
        }
        for ns in self.namespaces.drain(..).rev() {
            let _ = Command::new("ip").args(["netns", "del", &ns]).status();
        }
    }
}

fn is_root() -> Result<(), ()> {
    let out = Command::new("id").arg("-u").output().map_err(|_| ())?;
    if String::from_utf8_lossy(&out.stdout).trim() == "0" {
        Ok(())
    } else {
        Err(())
    }
}
