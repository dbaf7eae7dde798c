//! A SYN flood cannot fill the card's flow table: when the table passes a share of its
//! capacity, a new connection's entries take the place of the oldest SYN_RECV
//! connections' — IPVS's `drop_entry` (`/proc/sys/net/ipv4/vs/drop_entry`), which
//! drops SYN_RECV entries at random when memory runs low; here the oldest go first,
//! and only after the card's counters show that their client sent nothing after its
//! SYN.
//!
//! A connection leaves SYN_RECV when the card's packet count of its forward slot shows
//! the client's next packet ([`super::table::Conn::confirmed_by`]): ageing looks at
//! every connection once a pass, and an eviction candidate is looked at before it is
//! evicted, so an established connection is never evicted whatever the pass missed.
//! What a spoofed SYN costs is then one slow-path exception, and its entries for at
//! most [`super::table::SYN_RECV_TIMEOUT`] seconds, or less while the table is full.

use crate::agent::core::{Agent, AgentResult};
use serde::{Deserialize, Serialize};

/// The share of the flow table's capacity (in 1/256) above which new connections
/// evict SYN_RECV ones: 3/4. Cuckoo placement over two buckets of two ways finds a
/// slot reliably below it; at 7/8 a placement may fail with free slots left.
pub const DROP_ENTRY_SHARE: usize = 192;

/// SYN_RECV connections looked at per eviction round (one batch of counter reads).
const CANDIDATES: usize = 16;

/// What fpvsd does when a flood of SYNs fills the flow table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SynGuard {
    /// New connections are refused when the table is full (`drop_entry` 0).
    Never,
    /// New connections evict the oldest unconfirmed SYN_RECV connections once the
    /// table is past [`DROP_ENTRY_SHARE`] (`drop_entry` 1, "when memory is low").
    #[default]
    Auto,
}

impl Agent {
    /// Makes room for `entries` more flow entries: while the table would pass
    /// [`DROP_ENTRY_SHARE`] of its capacity, the oldest SYN_RECV connections whose
    /// entries are in the card are looked at — established if their forward slot
    /// counted the client's next packet, evicted otherwise. Returns false when the
    /// table stays that full (no SYN_RECV connection left to evict).
    pub(in crate::agent) fn make_room(&mut self, entries: usize) -> AgentResult<bool> {
        let capacity = self.card.tables.shadow().flow_capacity();
        let limit = capacity * DROP_ENTRY_SHARE / 256;
        let count = |a: &Agent| a.card.tables.shadow().flow_count() + entries;
        if self.syn_guard == SynGuard::Never || count(self) <= limit {
            return Ok(true);
        }
        // Evict down to a little under the limit, so that the next connections do
        // not each start a round.
        let target = limit.saturating_sub(2 * CANDIDATES);
        while count(self) > target {
            // The candidates' slots as the card has them: the batch in the making may
            // move entries (cuckoo placement), so it goes out first.
            if self.card.tables.pending() > 0 {
                self.card.commit()?;
            }
            let committed = self.card.commits;
            let keys = self.conns.oldest_syn(CANDIDATES, committed);
            if keys.is_empty() {
                return Ok(count(self) <= limit);
            }
            let slots: Vec<Option<u32>> = keys
                .iter()
                .map(|k| self.card.tables.shadow().lookup_flow(k).map(|(s, _)| s))
                .collect();
            let read: Vec<u32> = slots.iter().flatten().copied().collect();
            let mut stats = self
                .card
                .tables
                .flow_stats(&mut self.card.rings.cmd, &read)?
                .into_iter();
            let mut kept = Vec::new();
            for (k, slot) in keys.iter().zip(&slots) {
                let packets = slot.and_then(|_| stats.next()).map_or(0, |s| s.packets);
                let confirmed = self
                    .conns
                    .get(k)
                    .is_some_and(|c| c.confirmed_by(u64::from(packets)));
                if confirmed {
                    self.established(k);
                } else if count(self) > target {
                    self.remove_conn(k);
                    self.stats.syn_evicted += 1;
                } else {
                    kept.push(*k);
                }
            }
            self.conns.requeue_syn(&kept, committed);
        }
        Ok(true)
    }
}
