//! The Corundum application block (`hw/corundum/`): its port list against Corundum's
//! `mqnic_app_block`, the configurations it refuses, and a Verilated run of the
//! wrapper and the wide core driven the way Corundum drives an application block —
//! AXI-Lite on the application BAR, frames on the synchronous RX taps and on the TX
//! taps from the host queues — with every output checked against the reference model.
//!
//! `ports.rs` checks the port list and the refusals, `run.rs` the Verilated run.

#![forbid(unsafe_code)]

mod ports;
mod run;

use fpvs_hw::builds::Build;
use fpvs_hw::testing::install_hint;
use std::path::PathBuf;
use std::process::Command;

pub fn hw_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The wrapper's Verilog and the committed wide core it instantiates.
pub fn rtl_files() -> Vec<PathBuf> {
    let dir = hw_dir().join("corundum/rtl");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("hw/corundum/rtl")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "v"))
        .collect();
    v.sort();
    v.push(hw_dir().join(format!("../sim/rtl/{}.v", Build::Wide.module())));
    v
}

pub fn verilator() -> Command {
    let v = fpvs_hw::toolchain::verilator();
    let ok = Command::new(&v)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(ok, "{}", install_hint("verilator"));
    Command::new(v)
}
