//! Bounds of what grows with traffic. Clients choose addresses and ports, so every
//! table the slow path fills on their behalf has a bound, and what it refuses at the
//! bound is counted ([`crate::agent::SlowPathStats`], shown by `fpvsadm status` and
//! `/metrics`):
//!
//! | what | bound | refused, counted as |
//! | --- | --- | --- |
//! | connections | the card's flow table: a connection is recorded only once its entries are placed | `table_full` |
//! | PROXY protocol connections in their first round trip | connections (each is one) | `table_full` |
//! | persistence templates | [`Limits::templates`], all services together | `templates_refused`: the client is scheduled without persistence |
//!
//! Plain data.

/// [`Limits::templates`] by default: a quarter of a million clients within a
/// persistence timeout, some 40 MB, and 12 MB in the state file.
pub const MAX_TEMPLATES: usize = 1 << 18;

/// The bounds the agent holds its traffic-grown tables to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Persistence templates, all services together.
    pub templates: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            templates: MAX_TEMPLATES,
        }
    }
}
