//! Property-based fuzzing of what fpvsd and fpvsadm read from others: the control
//! protocol's frames, and ipvsadm command lines. Each property runs a bounded number
//! of cases: proptest's default of 256, well under a second in all, or
//! `PROPTEST_CASES=100000 cargo test -p fpvs-agent --test fuzz` for a longer run.
//!
//! One test binary; a file per input.

mod alloc;
mod ipvsadm;
mod proto;
