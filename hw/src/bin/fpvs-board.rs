//! Writes the Verilog of the Colorlight i9 board top (top module `top`).
//!
//! ```text
//! fpvs-board --out hw/board/colorlight_i9.v
//! ```
//! The file is committed (a unit test of `board::top` fails when it is stale);
//! `xtask/board` builds the bitstream from it with yosys, nextpnr-ecp5 and ecppack.

use anyhow::Context;
use clap::Parser;

#[derive(Parser, Debug)]
#[command(about = "Generate the Verilog of the FPVS Colorlight i9 board top")]
struct Args {
    /// Output file (stdout if absent).
    #[arg(long)]
    out: Option<std::path::PathBuf>,
    /// Print the ECP5 part the board carries and exit.
    #[arg(long)]
    part: bool,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if args.part {
        println!("{}", fpvs_hw::board::top::PART);
        return Ok(());
    }
    let text = fpvs_hw::board::top::board_verilog();
    match args.out {
        Some(path) => {
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?
        }
        None => print!("{text}"),
    }
    Ok(())
}
