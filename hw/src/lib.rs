//! # fpvs-hw — the FPVS pipeline in rust-hdl
//!
//! One block per file, each with its tests. The datapath's shape, build parameters and
//! top-level ports are described in `hw/PIPELINE.md`; what the pipeline must compute is
//! defined by the reference model `fpvs-model`.

#![forbid(unsafe_code)]
#![allow(missing_debug_implementations)]
#![cfg_attr(test, allow(clippy::field_reassign_with_default))]

pub mod board;
pub mod builds;
pub mod capture;
pub mod cmd;
pub mod comb_split;
pub mod core;
pub mod corundum;
pub mod decide;
pub mod delay;
pub mod fifo;
pub mod hash;
pub mod header_path;
pub mod keep;
pub mod lookup;
pub mod maglev;
pub mod merge;
pub mod parse;
pub mod ram;
pub mod records;
pub mod regs;
pub mod retire;
pub mod rewrite;
pub mod table;
#[cfg(test)]
pub mod testbed;
pub mod testing;
pub mod toolchain;
