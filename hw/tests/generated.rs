//! The generated Verilog of both builds: deterministic, identical to what is committed
//! under `sim/rtl/` (which the simulator builds from), clean under Verilator's lint and
//! free of circular combinational logic, with every Verilator the machine has;
//! the narrow build also through yosys's coarse synthesis.

#![forbid(unsafe_code)]

use fpvs_hw::builds::Build;
use fpvs_hw::testing::{install_hint, scratch_dir, verilator_lint_top, verilator_single_pass};
use std::path::PathBuf;
use std::process::Command;

fn committed(build: Build) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../sim/rtl/{}.v", build.module()))
}

fn yosys(name: &str, verilog: &str, top: &str, script: &str) {
    let dir = scratch_dir(name);
    let file = dir.join(format!("{top}.v"));
    std::fs::write(&file, verilog).expect("write");
    let out = Command::new("yosys")
        .arg("-q")
        .arg("-p")
        .arg(format!(
            "read_verilog {}; hierarchy -check -top {top}; {script}",
            file.display()
        ))
        .output()
        .unwrap_or_else(|_| panic!("{}", install_hint("yosys")));
    assert!(
        out.status.success(),
        "yosys on {top}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn check(build: Build, yosys_script: Option<&str>) {
    let a = build.verilog();
    let b = build.verilog();
    assert!(
        a == b,
        "{}: generation is not deterministic",
        build.module()
    );
    let path = committed(build);
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        a == on_disk,
        "{} is out of date: regenerate it with `cargo run --release -p fpvs-hw --bin fpvs-gen -- --width {} --out {}`",
        path.display(),
        build.info().width,
        path.display()
    );
    if let Err(e) = verilator_lint_top(build.module(), &a, build.module()) {
        panic!("{e}");
    }
    // The combinational processes are split finely enough that the Verilated model
    // settles in one pass per clock, with either Verilator.
    if let Err(e) = verilator_single_pass(build.module(), &a, build.module()) {
        panic!("{e}");
    }
    if let Some(script) = yosys_script {
        yosys(build.module(), &a, build.module(), script);
    }
}

#[test]
fn narrow_build_is_committed_lints_and_synthesises() {
    // Coarse synthesis: processes, memories inferred, FSMs, word-level optimisation.
    check(
        Build::Narrow,
        Some("synth -top fpvs_core_w8 -run begin:fine; check -assert"),
    );
}

#[test]
fn wide_build_is_committed_and_lints() {
    // No yosys here: on the 512-bit build even `read_verilog; hierarchy; check` runs for
    // more than ten minutes on a CI machine. Verilator parses and lints it in seconds
    // (and the simulator builds from it); its synthesis belongs to the board flow.
    check(Build::Wide, None);
}
