//! Writes the Verilog of the Colorlight i9 board top (top module `top`).
//!
//! ```text
//! fpvs-board --out hw/board/colorlight_i9.v
//! ```
//! The file is committed (a unit test of `board::top` fails when it is stale);
//! `xtask/board` builds the bitstream from it with yosys, nextpnr-ecp5 and ecppack.

#![forbid(unsafe_code)]

use anyhow::Context;
use clap::Parser;

#[derive(Parser, Debug)]
#[command(about = "Generate the Verilog of the FPVS Colorlight i9 board top")]
struct BoardArgs {
    /// Output file (stdout if absent).
    #[arg(long)]
    out: Option<std::path::PathBuf>,
    /// Print the ECP5 part the board carries and exit.
    #[arg(long)]
    part: bool,
    /// Write one block of the MAC clock domain instead of the top (top module `top`),
    /// for an out-of-context timing build (`xtask/board --mac-timing`).
    #[arg(long, value_enum)]
    block: Option<MacBlock>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum MacBlock {
    /// The receive MAC (`RxMac<9, 10>`, as in each port).
    RxMac,
    /// The transmit MAC (`TxMac<9, 10>`).
    TxMac,
    /// Both ports at their pins without the core, each port's frames out of the other
    /// (`board::loopback`; the board's pin names).
    PortsLoop,
}

fn main() -> anyhow::Result<()> {
    let args = BoardArgs::parse();
    if args.part {
        println!("{}", fpvs_hw::board::top::PART);
        return Ok(());
    }
    let text = match args.block {
        None => fpvs_hw::board::top::board_verilog(),
        Some(MacBlock::RxMac) => block::<fpvs_hw::board::rx_mac::RxMac<9, 10>>(),
        Some(MacBlock::TxMac) => block::<fpvs_hw::board::tx_mac::TxMac<9, 10>>(),
        Some(MacBlock::PortsLoop) => fpvs_hw::board::loopback::loopback_verilog(),
    };
    match args.out {
        Some(path) => {
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?
        }
        None => print!("{text}"),
    }
    Ok(())
}

fn block<B: rust_hdl::prelude::Block + Default>() -> String {
    let mut uut = B::default();
    uut.connect_all();
    rust_hdl::prelude::generate_verilog(&uut)
}
