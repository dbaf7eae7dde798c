//! PROXY protocol connections (see [`crate::proxy`]): a FULLNAT TCP connection of a
//! service with `--proxy-protocol v2` has its first round trip carried by the host,
//! which puts the PROXY header in front of the client's first data, then hands the
//! connection to the card with its sequence numbers shifted by the header's length.
//!
//! Owns the connections in their first round trip ([`ProxyConns`](crate::agent::slowpath::proxy_conns::ProxyConns)). Both of their card
//! entries punt meanwhile; the connection itself is in [`crate::agent::conns`] from
//! the start, and its entries are written there and here only.

use crate::agent::core::{Agent, AgentResult};
use crate::net;
use crate::proxy::{self, HEADER_LEN};
use fpvs_abi::{Action, FlowEntry};
use fpvs_driver::rings::Exception;

impl Agent {
    /// A frame of a flow whose entry punts: a PROXY protocol connection's first round
    /// trip, in either direction.
    pub(super) fn punted(&mut self, e: &Exception) -> AgentResult<()> {
        let l3 = usize::from(e.l3_offset);
        let key = net::flow_key(&e.frame, l3).map(|(k, _)| k);
        let seg = proxy::segment(&e.frame, l3);
        let (Some(key), Some(seg), false) = (key, seg, e.truncated) else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        if let Some(pc) = self.proxied.get_mut(&key) {
            let data = seg.payload_len > 0;
            let header = pc.header;
            let (frame, delta) = match pc.start {
                Some(s0) if data && seg.seq == s0 => {
                    (proxy::insert_payload(&e.frame, l3, &seg, &header), 0)
                }
                Some(_) => (Some(e.frame.clone()), HEADER_LEN),
                None if data => {
                    pc.start = Some(seg.seq);
                    (proxy::insert_payload(&e.frame, l3, &seg, &header), 0)
                }
                None => (Some(proxy::strip_sack_permitted(&e.frame, l3, &seg)), 0),
            };
            let action = Action {
                seq_delta: delta as u16,
                ..pc.fwd
            };
            let Some(frame) = frame else {
                self.stats.policy_drops += 1;
                return Ok(());
            };
            if data && delta == 0 {
                self.stats.proxy_headers += 1;
            }
            return self.send_rewritten(&frame, l3, &action, &e.frame);
        }
        if let Some((fk, pc)) = self.proxied.by_reverse(&key) {
            let through = pc.start.is_some_and(|s0| {
                seg.flags & proxy::flags::ACK != 0
                    && proxy::acks(seg.ack, s0.wrapping_add(HEADER_LEN as u32))
            });
            let action = Action {
                seq_delta: if pc.start.is_some() {
                    HEADER_LEN as u16
                } else {
                    0
                },
                ..pc.rev
            };
            let (fwd, rev, rev_key) = (pc.fwd, pc.rev, pc.rev_key);
            self.send_rewritten(&e.frame, l3, &action, &e.frame)?;
            if through {
                // The real server has the header: the card takes the connection over.
                self.proxied.forget(&fk);
                for (key, a) in [(fk, fwd), (rev_key, rev)] {
                    let action = Action {
                        seq_delta: HEADER_LEN as u16,
                        ..a
                    };
                    self.card.tables.insert_flow(FlowEntry { key, action })?;
                }
                tracing::debug!(?fk, "PROXY header acknowledged: connection in the card");
            }
            return Ok(());
        }
        // A punting entry nothing here owns.
        self.stats.policy_drops += 1;
        Ok(())
    }

    /// Rewrites a frame as the card would with `action` (the model's rewrite) and
    /// queues it for its next hop's port; counts `received` (the frame as it came in)
    /// as the card would have.
    fn send_rewritten(
        &mut self,
        frame: &[u8],
        l3: usize,
        action: &Action,
        received: &[u8],
    ) -> AgentResult<()> {
        let Some(nh) = self.card.tables.shadow().nexthop(action.nexthop).copied() else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        let ttl = frame.get(l3 + 8).copied().unwrap_or(0);
        if ttl <= 1 {
            self.stats.policy_drops += 1;
            return Ok(());
        }
        let out = fpvs_model::rewrite(frame, l3, action, &nh, &fpvs_model::CardConfig::NARROW);
        self.send.push((nh.port, out));
        self.stats.proxy_frames += 1;
        let bytes = received
            .get(l3 + 2..l3 + 4)
            .map_or(0, |b| u64::from(u16::from_be_bytes([b[0], b[1]])));
        self.host_counted.count(action, bytes);
        Ok(())
    }
}
