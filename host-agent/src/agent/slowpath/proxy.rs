//! PROXY protocol connections (see [`crate::proxy`]): a FULLNAT TCP connection of a
//! service with `--proxy-protocol v2` has its first round trip carried by the host,
//! which puts the PROXY header in front of the client's first data, then hands the
//! connection to the card with its sequence numbers shifted by the header's length.
//!
//! Owns the connections in their first round trip ([`ProxyConns`]). Both of their card
//! entries punt meanwhile; the connection itself is in [`crate::agent::conns`] from
//! the start, and its entries are written there and here only.

use super::super::{Agent, FastMap, Result};
use crate::net;
use crate::proxy::{self, HEADER_LEN};
use fpvs_abi::{Action, FlowEntry, FlowKey};
use fpvs_driver::rings::Exception;

/// A PROXY protocol connection whose first round trip goes through the host: both
/// of its card entries punt until the real server has acknowledged the header.
#[derive(Debug, Clone)]
struct ProxyConn {
    /// The forward entry's real action (FULLNAT forward, `seq_delta` 0).
    fwd: Action,
    /// The reverse entry's key.
    rev_key: FlowKey,
    /// The reverse entry's real action (FULLNAT reverse, `seq_delta` 0).
    rev: Action,
    /// The header for this connection.
    header: [u8; HEADER_LEN],
    /// Sequence number of the client's first data byte, once the header went out.
    start: Option<u32>,
}

/// PROXY protocol connections in their first round trip.
#[derive(Debug, Default)]
pub(in crate::agent) struct ProxyConns {
    /// By forward key.
    by_fwd: FastMap<FlowKey, ProxyConn>,
    /// Their reverse keys -> forward keys.
    by_rev: FastMap<FlowKey, FlowKey>,
}

impl ProxyConns {
    /// `key` is either entry of a connection in its first round trip.
    pub(super) fn contains(&self, key: &FlowKey) -> bool {
        self.by_fwd.contains_key(key) || self.by_rev.contains_key(key)
    }

    /// Starts carrying connection `fwd_key` (forward action `fwd`, reverse entry
    /// `rev`), with the header `header`.
    pub(super) fn start(
        &mut self,
        fwd_key: FlowKey,
        fwd: Action,
        rev: FlowEntry,
        header: [u8; HEADER_LEN],
    ) {
        self.by_fwd.insert(
            fwd_key,
            ProxyConn {
                fwd,
                rev_key: rev.key,
                rev: rev.action,
                header,
                start: None,
            },
        );
        self.by_rev.insert(rev.key, fwd_key);
    }

    /// Forgets connection `fwd_key` (removed, or in the card now).
    pub(in crate::agent) fn forget(&mut self, fwd_key: &FlowKey) -> Option<FlowKey> {
        let p = self.by_fwd.remove(fwd_key)?;
        self.by_rev.remove(&p.rev_key);
        Some(p.rev_key)
    }

    /// The real action of the entry `key` of a connection in its first round trip.
    pub(super) fn action_of(&self, key: &FlowKey) -> Option<Action> {
        if let Some(p) = self.by_fwd.get(key) {
            return Some(p.fwd);
        }
        let fk = self.by_rev.get(key)?;
        Some(self.by_fwd[fk].rev)
    }
}

impl Agent {
    /// A frame of a flow whose entry punts: a PROXY protocol connection's first round
    /// trip, in either direction.
    pub(super) fn punted(&mut self, e: &Exception) -> Result<()> {
        let l3 = usize::from(e.l3_offset);
        let key = net::flow_key(&e.frame, l3).map(|(k, _)| k);
        let seg = proxy::segment(&e.frame, l3);
        let (Some(key), Some(seg), false) = (key, seg, e.truncated) else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        if let Some(pc) = self.proxied.by_fwd.get_mut(&key) {
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
        if let Some(fk) = self.proxied.by_rev.get(&key).copied() {
            let pc = &self.proxied.by_fwd[&fk];
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
    ) -> Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use fpvs_abi::ForwardingMode;

    fn key(sport: u16) -> FlowKey {
        FlowKey {
            saddr: 0x0a00_0001,
            daddr: 0x0a00_0064,
            sport,
            dport: 443,
            proto: 6,
        }
    }

    fn action(mode: ForwardingMode) -> Action {
        Action {
            mode,
            nexthop: 1,
            service: 2,
            real_server: 3,
            new_saddr: 0xc0a8_01c9,
            new_daddr: 0xc0a8_010e,
            new_sport: 1024,
            new_dport: 443,
            seq_delta: 0,
        }
    }

    #[test]
    fn both_entries_of_a_connection_name_its_real_actions_until_it_is_forgotten() {
        let mut p = ProxyConns::default();
        let rev = FlowEntry {
            key: FlowKey {
                saddr: 0xc0a8_010e,
                daddr: 0xc0a8_01c9,
                sport: 443,
                dport: 1024,
                proto: 6,
            },
            action: action(ForwardingMode::FullNatReverse),
        };
        p.start(
            key(1),
            action(ForwardingMode::FullNatForward),
            rev,
            [0; HEADER_LEN],
        );
        assert!(p.contains(&key(1)) && p.contains(&rev.key));
        assert!(!p.contains(&key(2)));
        assert_eq!(
            p.action_of(&key(1)).map(|a| a.mode),
            Some(ForwardingMode::FullNatForward)
        );
        assert_eq!(
            p.action_of(&rev.key).map(|a| a.mode),
            Some(ForwardingMode::FullNatReverse)
        );
        assert_eq!(
            p.forget(&rev.key),
            None,
            "forgotten by its forward key only"
        );
        assert_eq!(p.forget(&key(1)), Some(rev.key));
        assert!(!p.contains(&key(1)) && !p.contains(&rev.key));
        assert_eq!(p.action_of(&rev.key), None);
    }
}
