//! The board testbench as a child process: its build (cached), its stdin/stdout
//! protocol (frames in, frames out with their times, high-water marks) and its end.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// Bound on every wait for the simulation (wall clock).
pub const T: Duration = Duration::from_secs(300);

/// Builds the testbench (cached by the hash of its inputs and the Verilator version)
/// and returns the binary.
fn harness() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("root");
    let sources = [
        root.join("hw/board/colorlight_i9.v"),
        root.join("sim/csrc/board_tb.vlt"),
        root.join("sim/csrc/board_tb.cpp"),
    ];
    let verilator = fpvs_hw::toolchain::verilator();
    let version = fpvs_hw::toolchain::version(&verilator)
        .unwrap_or_else(|| panic!("{}", fpvs_hw::testing::install_hint("verilator")));
    let mut h = std::collections::hash_map::DefaultHasher::new();
    version.hash(&mut h);
    for s in &sources {
        std::fs::read(s)
            .unwrap_or_else(|e| panic!("{}: {e}", s.display()))
            .hash(&mut h);
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("board_tb-{:016x}", h.finish()));
    let bin = dir.join("obj/board_tb");
    if bin.exists() {
        return bin;
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("build dir");
    let started = Instant::now();
    let out = Command::new(&verilator)
        .args([
            "--cc",
            "--exe",
            "--build",
            "-j",
            "2",
            "--timing",
            "--timescale",
            "1ps/1ps",
            "-DFPVS_PLL_TIMING",
            "-O3",
            "--x-assign",
            "fast",
            "--x-initial",
            "fast",
            "-Wno-fatal",
            "-Wno-WIDTH",
            "-Wno-DECLFILENAME",
            "-Wno-UNUSED",
            "-Wno-UNDRIVEN",
            "-Wno-PINCONNECTEMPTY",
            "-CFLAGS",
            "-std=c++20 -fcoroutines",
            // The PyPI build's make rules leave the precompiled header's include flag
            // empty; -O2 instead of -O3 halves the C++ compile for the same speed.
            "-MAKEFLAGS",
            "CFG_CXXFLAGS_PCH_I=-include OPT_FAST=-O2",
            "--top-module",
            "top",
            "--prefix",
            "Vboard",
            "-o",
            "board_tb",
            "-Mdir",
        ])
        .arg(dir.join("obj"))
        .args(&sources)
        .output()
        .expect("run verilator");
    assert!(
        out.status.success(),
        "building the board testbench failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!(
        "board testbench built with {version} in {:.0?}",
        started.elapsed()
    );
    bin
}

/// A frame the board sent.
#[derive(Debug, Clone)]
pub struct Sent {
    pub port: u8,
    pub start: u64,
    pub end: u64,
    pub ok: bool,
    pub bytes: Vec<u8>,
}

/// The running testbench.
pub struct Bench {
    pub child: Child,
    pub stdin: ChildStdin,
    pub lines: Receiver<String>,
    pub sent: Vec<Sent>,
    /// When each frame began on each port's receive wire (ps), since the last `go`.
    pub arrived: [Vec<u64>; 2],
    pub now: u64,
}

/// Kills the testbench when dropped: declared after the driver's device, it goes
/// first when a check fails, so that the device's threads (reading the UART socket
/// the testbench holds) can end instead of waiting for it.
pub struct Reaper(pub u32);

impl Drop for Reaper {
    fn drop(&mut self) {
        if std::thread::panicking() {
            // SAFETY: kill(2) on a child's pid; a stale pid at worst gets ESRCH.
            unsafe { libc::kill(self.0 as libc::pid_t, libc::SIGKILL) };
        }
    }
}

impl Bench {
    pub fn start(sock: &Path) -> (Bench, UnixStream) {
        let _ = std::fs::remove_file(sock);
        let listener = UnixListener::bind(sock).expect("bind the UART socket");
        let mut child = Command::new(harness())
            .arg(sock)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the board testbench");
        let (uart, _) = listener.accept().expect("the testbench connects");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let b = Bench {
            child,
            stdin,
            lines,
            sent: Vec::new(),
            arrived: [Vec::new(), Vec::new()],
            now: 0,
        };
        (b, uart)
    }

    pub fn send(&mut self, line: &str) {
        writeln!(self.stdin, "{line}").expect("to the testbench");
        self.stdin.flush().expect("flush");
    }

    /// Reads lines until `idle` (collecting sent frames); returns the last `hw` line
    /// seen, if any.
    pub fn until_idle(&mut self) -> Option<BTreeMap<String, u64>> {
        let mut hw = None;
        loop {
            let line = self
                .lines
                .recv_timeout(T)
                .expect("the testbench went quiet");
            let mut w = line.split_whitespace();
            match w.next() {
                Some("t") => {
                    let mut n = || w.next().expect("field");
                    let port = n().parse().expect("port");
                    let start = n().parse().expect("start");
                    let end = n().parse().expect("end");
                    let ok = n() == "1";
                    let bytes = hex(n());
                    self.sent.push(Sent {
                        port,
                        start,
                        end,
                        ok,
                        bytes,
                    });
                }
                Some("r") => {
                    let port: usize = w.next().and_then(|p| p.parse().ok()).expect("port");
                    let at = w.next().and_then(|t| t.parse().ok()).expect("time");
                    self.arrived[port].push(at);
                }
                Some("hw") => {
                    let v: Vec<&str> = w.collect();
                    hw = Some(
                        v.chunks(2)
                            .map(|c| (c[0].to_string(), c[1].parse().expect("value")))
                            .collect(),
                    );
                }
                Some("idle") => {
                    self.now = w.next().and_then(|t| t.parse().ok()).unwrap_or(0);
                    return hw;
                }
                _ => panic!("testbench: {line}"),
            }
        }
    }

    /// The high-water marks since the last call, and the counters.
    pub fn marks(&mut self) -> BTreeMap<String, u64> {
        self.send("hw");
        loop {
            let line = self.lines.recv_timeout(T).expect("hw line");
            if let Some(rest) = line.strip_prefix("hw ") {
                let v: Vec<&str> = rest.split_whitespace().collect();
                return v
                    .chunks(2)
                    .map(|c| (c[0].to_string(), c[1].parse().expect("value")))
                    .collect();
            }
            if !line.starts_with("idle") {
                panic!("testbench: {line}");
            }
        }
    }
}

impl Drop for Bench {
    fn drop(&mut self) {
        let _ = writeln!(self.stdin, "q");
        let _ = self.stdin.flush();
        let _ = self.child.wait();
    }
}

pub fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

pub fn to_hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}
