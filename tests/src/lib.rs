//! # fpvs-tests — shared test material
//!
//! * [`scenario`]: cards full of services, real servers, Maglev tables and flows in
//!   every mode, and frames that exercise them (valid, malformed, truncated);
//! * [`fixtures`]: the golden-packet table, one row per mode, direction and case;
//! * [`e2e`]: the end-to-end topology (namespaces, TAP, real servers, fpvs-sim,
//!   fpvsd) and its per-mode scenario;
//! * [`program`]: the command descriptors that load a model card's tables into a real
//!   (or simulated) card.
//!
//! The cross-crate tests in `tests/tests/` run the same material through the reference
//! model and the Verilated RTL.

pub mod e2e;
pub mod fixtures;
pub mod one_flow;
pub mod program;
pub mod scenario;
