//! Records passed between stages (rust-hdl `LogicStruct`s: one packed vector each).

use rust_hdl::prelude::*;

/// Bits of the header window (64 bytes).
pub const HDR_BITS: usize = 512;
/// Bits of a rewritten header (64 + 20 bytes for TUN).
pub const HDR_OUT_BITS: usize = 672;

/// What capture hands the header pipeline for each frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, LogicStruct)]
pub struct CapturedHeader {
    /// The frame's first 64 bytes, byte `i` at bits `[8i+7:8i]`, zero beyond the frame.
    pub hdr: Bits<HDR_BITS>,
    /// `min(frame length, 64)`.
    pub hlen: Bits<7>,
    /// The frame ended within these 64 bytes (no tail follows in the data FIFO).
    pub whole: Bit,
    /// Ingress port (or, for injections, the port named by the host).
    pub port: Bits<2>,
    /// Injected frame to be sent to `port` unchanged.
    pub verbatim: Bit,
}
