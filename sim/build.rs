//! Verilates the committed core Verilog (`rtl/`) and compiles it with the C++ harness
//! into a static library; likewise the Corundum application block (`hw/corundum/rtl`
//! around the wide core, topped by `hw/corundum/tb/fpvs_host_harness.v`) with its
//! harness `csrc/corundum.cpp`, for the host-side test of the Corundum backend. Cargo reruns this only when the RTL or the harness changes.
//! Without Verilator the crate still builds; opening a card then fails with a message
//! saying how to install it.

use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "../hw/src/toolchain.rs"]
#[allow(dead_code)]
mod toolchain;

/// Top module, model prefix, Verilog sources.
const BUILDS: [(&str, &str, &[&str]); 3] = [
    ("fpvs_core_w8", "Vfpvs_w8", &["rtl/fpvs_core_w8.v"]),
    ("fpvs_core_w64", "Vfpvs_w64", &["rtl/fpvs_core_w64.v"]),
    (
        "fpvs_host_harness",
        "Vfpvs_cor",
        &[
            "../hw/corundum/tb/fpvs_host_harness.v",
            "../hw/corundum/rtl/fpvs_app_block.v",
            "../hw/corundum/rtl/fpvs_app_streams.v",
            "../hw/corundum/rtl/fpvs_axil_regs.v",
            "rtl/fpvs_core_w64.v",
        ],
    ),
];

/// Where the Corundum testbenches' shared `include files are.
const TB_INCLUDE: &str = "../hw/corundum/tb";

fn main() {
    println!("cargo:rustc-check-cfg=cfg(fpvs_verilated)");
    println!("cargo:rerun-if-changed=csrc");
    println!("cargo:rerun-if-changed={TB_INCLUDE}/app_block_dut.vh");
    for (_, _, files) in BUILDS {
        for f in files {
            println!("cargo:rerun-if-changed={f}");
        }
    }
    println!("cargo:rerun-if-env-changed=FPVS_SIM_OPT");
    println!("cargo:rerun-if-env-changed=RUSTC_WORKSPACE_WRAPPER");
    println!("cargo:rerun-if-changed=../hw/src/toolchain.rs");
    for v in ["FPVS_VERILATOR", "FPVS_CACHE", "HOME"] {
        println!("cargo:rerun-if-env-changed={v}");
    }
    if let Some(p) = toolchain::pinned_verilator() {
        // Installing (or changing) the pinned Verilator rebuilds the card with it.
        println!("cargo:rerun-if-changed={}", p.display());
    }
    if std::env::var_os("CARGO_FEATURE_VERILATOR").is_none() {
        return;
    }
    let verilator = toolchain::verilator();
    let Some(root) = toolchain::root(&verilator) else {
        println!("cargo:warning=verilator not found: fpvs-sim builds without the simulated card (bash xtask/run test installs it; or apt-get install verilator)");
        // A path that does not exist makes Cargo rerun this script on every build,
        // so the card appears as soon as Verilator is installed.
        let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
        println!(
            "cargo:rerun-if-changed={}",
            out.join("verilator-was-missing").display()
        );
        return;
    };
    let version = toolchain::version(&verilator).unwrap_or_else(|| "Verilator".into());
    println!("cargo:rustc-env=FPVS_VERILATOR_VERSION={version}");
    if under_clippy() {
        // Clippy checks the Rust that uses the card and links nothing: the minutes of
        // C++ below would be thrown away.
        println!("cargo:rustc-cfg=fpvs_verilated");
        return;
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let include = root.join("include");
    let mut build = cc::Build::new();
    build
        .cpp(true)
        .flag("-std=gnu++17")
        .flag("-faligned-new")
        .flag("-Wno-unused-parameter")
        .flag("-Wno-unused-variable")
        .flag("-Wno-unused-but-set-variable")
        .flag("-Wno-sign-compare")
        .flag("-Wno-bool-operation")
        .flag("-Wno-uninitialized")
        .flag("-Wno-shadow")
        .define("VM_TRACE", "1")
        .define("VM_TRACE_VCD", "1")
        .define("VM_TRACE_FST", "0")
        .define("VL_IGNORE_UNKNOWN_ARCH", None)
        .include(&include)
        .include(include.join("vltstd"))
        .include("csrc")
        .opt_level_str(&std::env::var("FPVS_SIM_OPT").unwrap_or_else(|_| "3".into()))
        // No debug information for a megabyte of generated C++ per model (a quarter of
        // its compile time); the Rust above it keeps the profile's.
        .debug(false)
        .warnings(false);
    for (module, prefix, sources) in BUILDS {
        let dir = out.join(prefix);
        let _ = std::fs::remove_dir_all(&dir);
        let status = Command::new(&verilator)
            .args([
                "--cc",
                "-O3",
                "--x-assign",
                "fast",
                "--x-initial",
                "fast",
                "--trace",
                "-Wno-fatal",
                "-Wno-WIDTH",
                "-Wno-DECLFILENAME",
                "-Wno-UNUSED",
                // The generator splits combinational processes so that the model
                // settles in one pass per clock; a loop that comes back fails here.
                "-Werror-UNOPTFLAT",
                "-Wno-UNDRIVEN",
                "-Wno-PINCONNECTEMPTY",
                &format!("-I{TB_INCLUDE}"),
                "--top-module",
                module,
                "--prefix",
                prefix,
                "-Mdir",
            ])
            .arg(&dir)
            .args(sources.iter().map(Path::new))
            .status()
            .expect("run verilator");
        assert!(status.success(), "verilator failed on {sources:?}");
        build.include(&dir);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("verilator output")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "cpp"))
            .collect();
        files.sort();
        build.files(files);
    }
    for f in [
        "verilated.cpp",
        "verilated_threads.cpp",
        "verilated_vcd_c.cpp",
    ] {
        build.file(include.join(f));
    }
    build.file("csrc/ffi.cpp");
    build.file("csrc/corundum.cpp");
    build.compile("fpvs_sim");
    println!("cargo:rustc-link-lib=pthread");
    println!("cargo:rustc-link-lib=atomic");
    println!("cargo:rustc-cfg=fpvs_verilated");
}

/// Whether this build is `cargo clippy`'s (which sets clippy-driver as the workspace's
/// rustc wrapper, and so reruns this script apart from the test build's run).
fn under_clippy() -> bool {
    std::env::var_os("RUSTC_WORKSPACE_WRAPPER").is_some_and(|w| {
        Path::new(&w)
            .file_stem()
            .is_some_and(|s| s.to_string_lossy().starts_with("clippy-driver"))
    })
}
