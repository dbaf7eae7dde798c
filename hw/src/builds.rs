//! The two builds of the core and their Verilog.
//!
//! | build | beat | flow table | Maglev | real servers | next hops | services |
//! |---|---|---|---|---|---|---|
//! | narrow | 8 B | 2 x 512 x 4 | 4 096 | 256 | 256 | 256 |
//! | wide | 64 B | 2 x 8 192 x 4 | 131 071 | 4 096 | 1 024 | 1 024 |

use crate::comb_split::split_comb_blocks;
use crate::core::{Core, CoreParams};
use crate::regs::BuildInfo;
use fpvs_abi::FlowGeometry;
use rust_hdl::prelude::*;

/// The narrow build (8-byte beats, open-toolchain boards).
pub type NarrowCore = Core<8, 64, 9, 8, 128, 73, 9, 8, 6, 4, 12, 8, 8, 9, 9, 12, 5, 6>;
/// The wide build (64-byte beats, 100 GbE class).
pub type WideCore = Core<64, 512, 65, 1, 1024, 521, 13, 8, 6, 4, 17, 12, 10, 11, 13, 16, 5, 6>;

/// What the narrow build reports.
pub fn narrow_info() -> BuildInfo {
    BuildInfo {
        width: 8,
        flow_geometry: FlowGeometry::NARROW,
        service_geometry: FlowGeometry::SERVICES,
        maglev_slots: 4096,
        real_servers: 256,
        nexthops: 256,
        services: 256,
        clock_khz: 125_000,
    }
}

/// What the wide build reports.
pub fn wide_info() -> BuildInfo {
    BuildInfo {
        width: 64,
        flow_geometry: FlowGeometry::WIDE,
        service_geometry: FlowGeometry::SERVICES,
        maglev_slots: 131_071,
        real_servers: 4096,
        nexthops: 1024,
        services: 1024,
        clock_khz: 250_000,
    }
}

/// A build by width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Build {
    /// 8-byte beats.
    Narrow,
    /// 64-byte beats.
    Wide,
}

impl Build {
    /// By beat width in bytes.
    pub fn from_width(w: u32) -> Option<Build> {
        match w {
            8 => Some(Build::Narrow),
            64 => Some(Build::Wide),
            _ => None,
        }
    }

    /// Its ID-block information.
    pub fn info(self) -> BuildInfo {
        match self {
            Build::Narrow => narrow_info(),
            Build::Wide => wide_info(),
        }
    }

    /// The Verilog module name of the core.
    pub fn module(self) -> &'static str {
        match self {
            Build::Narrow => "fpvs_core_w8",
            Build::Wide => "fpvs_core_w64",
        }
    }

    /// The core's Verilog, top module renamed to [`Build::module`], each combinational
    /// block split into independent processes ([`split_comb_blocks`]) so that a
    /// simulator settles it in one pass per clock.
    pub fn verilog(self) -> String {
        let text = match self {
            Build::Narrow => {
                let mut c = NarrowCore::new(CoreParams {
                    info: narrow_info(),
                });
                c.connect_all();
                generate_verilog(&c)
            }
            Build::Wide => {
                let mut c = WideCore::new(CoreParams { info: wide_info() });
                c.connect_all();
                generate_verilog(&c)
            }
        };
        split_comb_blocks(&rename_top(&text, self.module()))
    }
}

/// Renames rust-hdl's `top` module (and its `top$...` submodules) so two builds can live
/// in one design.
pub fn rename_top(verilog: &str, name: &str) -> String {
    let mut out = String::with_capacity(verilog.len() + 4096);
    for line in verilog.lines() {
        let l = line
            .replace("module top(", &format!("module {name}("))
            .replace("module top$", &format!("module {name}$"))
            .replace("endmodule // top", &format!("endmodule // {name}"));
        // Submodule instantiations: `top$x$y inst(`.
        let trimmed = l.trim_start();
        if trimmed.starts_with("top$") {
            let indent = &l[..l.len() - trimmed.len()];
            out.push_str(indent);
            out.push_str(name);
            out.push_str(&trimmed[3..]);
        } else {
            out.push_str(&l);
        }
        out.push('\n');
    }
    out
}
