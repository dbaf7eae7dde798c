//! Writes the Verilog of an FPVS core build.
//!
//! ```text
//! fpvs-gen --width 8  --out sim/rtl/fpvs_core_w8.v
//! fpvs-gen --width 64 --out sim/rtl/fpvs_core_w64.v
//! ```
//! The output is deterministic: the same build gives the same bytes.

#![forbid(unsafe_code)]

use anyhow::{bail, Context};
use clap::Parser;
use fpvs_hw::builds::Build;

#[derive(Parser, Debug)]
#[command(about = "Generate the Verilog of an FPVS core build")]
struct GenArgs {
    /// Bytes per beat: 8 (narrow build) or 64 (wide build).
    #[arg(long)]
    width: u32,
    /// Output file (stdout if absent).
    #[arg(long)]
    out: Option<std::path::PathBuf>,
}

fn main() -> anyhow::Result<()> {
    let args = GenArgs::parse();
    let Some(build) = Build::from_width(args.width) else {
        bail!(
            "--width {}: the builds are 8 (narrow) and 64 (wide)",
            args.width
        );
    };
    let text = build.verilog();
    match args.out {
        Some(path) => {
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?
        }
        None => print!("{text}"),
    }
    Ok(())
}
