//! Writes the Verilog of an FPVS core build, or the ABI parameters of the Corundum
//! application block.
//!
//! ```text
//! fpvs-gen --width 8  --out sim/rtl/fpvs_core_w8.v
//! fpvs-gen --width 64 --out sim/rtl/fpvs_core_w64.v
//! fpvs-gen --corundum-params hw/corundum/rtl/fpvs_axil_regs.v
//! ```
//! The output is deterministic: the same build gives the same bytes. With
//! `--corundum-params` the file is rewritten in place between its two generated-region
//! markers (`fpvs_hw::corundum`), the rest left as it is.

#![forbid(unsafe_code)]

use anyhow::{bail, Context};
use clap::Parser;
use fpvs_hw::builds::Build;

#[derive(Parser, Debug)]
#[command(about = "Generate the Verilog of an FPVS core build")]
struct GenArgs {
    /// Bytes per beat: 8 (narrow build) or 64 (wide build).
    #[arg(long, required_unless_present = "corundum_params")]
    width: Option<u32>,
    /// Output file (stdout if absent).
    #[arg(long, conflicts_with = "corundum_params")]
    out: Option<std::path::PathBuf>,
    /// Rewrite the generated `localparam` region of this file (the Corundum block's
    /// `fpvs_axil_regs.v`) from fpvs-abi's MAILBOX table, instead of writing a core.
    #[arg(long, value_name = "FILE", conflicts_with = "width")]
    corundum_params: Option<std::path::PathBuf>,
}

fn main() -> anyhow::Result<()> {
    let args = GenArgs::parse();
    if let Some(path) = args.corundum_params {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let fresh = fpvs_hw::corundum::with_mailbox_localparams(&text)
            .map_err(anyhow::Error::msg)
            .with_context(|| format!("{}", path.display()))?;
        if fresh != text {
            std::fs::write(&path, fresh).with_context(|| format!("writing {}", path.display()))?;
        }
        return Ok(());
    }
    let width = args.width.context("--width")?;
    let Some(build) = Build::from_width(width) else {
        bail!("--width {width}: the builds are 8 (narrow) and 64 (wide)");
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
