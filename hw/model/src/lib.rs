//! The FPVS reference datapath in plain Rust: the oracle every RTL, driver and end-to-end test compares against.
