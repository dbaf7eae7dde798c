//! Bounds of what grows with traffic. Clients choose addresses and ports, so every
//! table the slow path fills on their behalf has a bound, and what it refuses at the
//! bound is counted ([`crate::agent::SlowPathStats`], shown by `fpvsadm status` and
//! `/metrics`):
//!
//! | what | bound | refused, counted as |
//! | --- | --- | --- |
//! | connections | the card's flow table: a connection is recorded only once its entries are placed | `table_full` |
//! | PROXY protocol connections in their first round trip | connections (each is one) | `table_full` |
//! | FULLNAT local ports | 64 512 per local address and real server; in use only by connections | `laddr_refused` (and `no_server`) |
//! | persistence templates | [`StateLimits::templates`], all services together | `templates_refused`: the client is scheduled without persistence |
//! | new connections parked for ARP | [`StateLimits::parked`] | `parked_refused`: the first packet is dropped (the client retransmits) |
//! | neighbours (MACs) | [`StateLimits::neighbours`] | `neighbours_refused` |
//! | ARP requests outstanding | [`StateLimits::arp_pending`] | `arp_refused`: the request is not sent |
//! | next-hop entries | the card's next-hop table; entries of neighbours that age out unused are freed | `nexthops_full` |
//!
//! Plain data.

/// [`StateLimits::templates`] by default: a quarter of a million clients within a
/// persistence timeout, some 40 MB, and 12 MB in the state file.
pub const MAX_TEMPLATES: usize = 1 << 18;
/// [`StateLimits::parked`] by default: 3 s (how long one waits) of new connections at
/// 1 300 a second towards real servers that have not answered ARP yet, some 8 MB of
/// frames.
pub const MAX_PARKED: usize = 4096;
/// [`StateLimits::neighbours`] by default: the next-hop index space (each neighbour
/// normally holds one next-hop entry, so the card's next-hop table is the tighter
/// bound).
pub const MAX_NEIGHBOURS: usize = 1 << 16;
/// [`StateLimits::arp_pending`] by default: requests are sent for real servers, gateways
/// and clients on the client segment.
pub const MAX_ARP_PENDING: usize = 1024;

/// The bounds the agent holds its traffic-grown tables to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateLimits {
    /// Persistence templates, all services together.
    pub templates: usize,
    /// New connections waiting for their real server's next hop to resolve.
    pub parked: usize,
    /// Neighbours whose MAC is known.
    pub neighbours: usize,
    /// ARP requests outstanding.
    pub arp_pending: usize,
}

impl Default for StateLimits {
    fn default() -> Self {
        StateLimits {
            templates: MAX_TEMPLATES,
            parked: MAX_PARKED,
            neighbours: MAX_NEIGHBOURS,
            arp_pending: MAX_ARP_PENDING,
        }
    }
}
