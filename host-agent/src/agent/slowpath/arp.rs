//! ARP through the card: requests for our addresses (card ports, VIPs, FULLNAT local
//! addresses) are answered; replies from neighbours we asked resolve next hops, and
//! requests or replies from neighbours we know confirm them (see
//! [`crate::agent::nexthops`] for their ageing).
//!
//! Owns nothing; what a reply teaches goes to [`crate::agent::nexthops`], and the next
//! hop and Maglev tables that depend on it are reprogrammed through their modules.

use crate::agent::core::{Agent, AgentResult};
use crate::net::Arp;
use fpvs_driver::rings::{Exception, InjectTarget};
use std::time::Instant;

impl Agent {
    pub(super) fn arp(&mut self, e: &Exception) -> AgentResult<()> {
        let Some(arp) = Arp::parse(&e.frame, usize::from(e.l3_offset)) else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        // Learn the sender if we were asking for it; confirm it if we know it.
        if self.neigh.learn(arp.spa, arp.sha, Instant::now()) {
            self.stats.arp_resolved += 1;
            if let Some(&idx) = self.indices.nexthops.get(&arp.spa) {
                self.program_nexthop(arp.spa, idx)?;
            }
            self.program_all_maglev()?;
            self.card.commit()?;
        }
        if arp.op == 1 && self.owns(arp.tpa) {
            let mac = self.net.ports[usize::from(e.port.min(1))].mac;
            let reply = arp.reply(mac).frame(mac, arp.sha);
            self.card
                .inject(&[(InjectTarget::Port { port: e.port }, &reply)])?;
            self.stats.arp_replies += 1;
        }
        Ok(())
    }
}
