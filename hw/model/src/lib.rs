//! # fpvs-model — the reference datapath
//!
//! The statement of what correct forwarding is: every RTL, driver and end-to-end test
//! compares against it. [`process`] decides one frame's [`Verdict`] from the card's
//! [`Tables`]; [`Card`] wraps it with the counters, statistics and the command port.
//!
//! Where to look, per mode:
//!
//! | mode | decision | rewrite | fixtures |
//! |---|---|---|---|
//! | DR | `classify.rs` step 12-13 | `rewrite.rs` (Ethernet only) | `tests/src/fixtures.rs`, "DR" rows |
//! | TUN | `classify.rs` step 13 (MTU) | `rewrite.rs::tun_header` | "TUN" rows |
//! | NAT fwd/rev | `classify.rs` step 13 (TTL) | `rewrite.rs::nat` | "NAT" rows |
//! | FULLNAT fwd/rev | `classify.rs` step 13 (TTL) | `rewrite.rs::nat` (+ seq/ack) | "FULLNAT" rows |
//!
//! The classification order (which exception or drop wins) is the table at the top of
//! `classify.rs`; the RTL follows it exactly.

#![forbid(unsafe_code)]

mod card;
mod classify;
pub mod csum;
pub mod headers;
pub mod maglev;
pub mod packet;
mod rewrite;
mod tables;
mod verdict;

pub use card::{Card, Stats};
pub use classify::process;
pub use rewrite::{rewrite, tun_header};
pub use tables::{CardConfig, TableError, Tables};
pub use verdict::{Accounting, ExceptionMeta, Verdict};
