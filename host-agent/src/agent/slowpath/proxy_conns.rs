//! The PROXY protocol connections in their first round trip, by either of their
//! keys. Each is a connection of the connection table too (it is forgotten when that
//! is removed), so the connection table's bound is theirs. Plain data: carrying
//! their frames is [`crate::agent::slowpath`]'s.

use crate::proxy::HEADER_LEN;
use ahash::HashMap as FastMap;
use fpvs_abi::{Action, FlowEntry, FlowKey};

/// A PROXY protocol connection whose first round trip goes through the host: both
/// of its card entries punt until the real server has acknowledged the header.
#[derive(Debug, Clone)]
pub(in crate::agent) struct ProxyConn {
    /// The forward entry's real action (FULLNAT forward, `seq_delta` 0).
    pub(in crate::agent) fwd: Action,
    /// The reverse entry's key.
    pub(in crate::agent) rev_key: FlowKey,
    /// The reverse entry's real action (FULLNAT reverse, `seq_delta` 0).
    pub(in crate::agent) rev: Action,
    /// The header for this connection.
    pub(in crate::agent) header: [u8; HEADER_LEN],
    /// Sequence number of the client's first data byte, once the header went out.
    pub(in crate::agent) start: Option<u32>,
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
    /// Connections in their first round trip.
    pub(in crate::agent) fn len(&self) -> usize {
        self.by_fwd.len()
    }

    /// `key` is either entry of a connection in its first round trip.
    pub(in crate::agent) fn contains(&self, key: &FlowKey) -> bool {
        self.by_fwd.contains_key(key) || self.by_rev.contains_key(key)
    }

    /// Starts carrying connection `fwd_key` (forward action `fwd`, reverse entry
    /// `rev`), with the header `header`.
    pub(in crate::agent) fn start(
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

    /// Connection `fwd_key` in its first round trip, to follow its header.
    pub(in crate::agent) fn get_mut(&mut self, fwd_key: &FlowKey) -> Option<&mut ProxyConn> {
        self.by_fwd.get_mut(fwd_key)
    }

    /// The connection whose reverse key is `rev`: its forward key and state.
    pub(in crate::agent) fn by_reverse(&self, rev: &FlowKey) -> Option<(FlowKey, &ProxyConn)> {
        let fk = self.by_rev.get(rev)?;
        Some((*fk, &self.by_fwd[fk]))
    }

    /// The real action of the entry `key` of a connection in its first round trip.
    pub(in crate::agent) fn action_of(&self, key: &FlowKey) -> Option<Action> {
        if let Some(p) = self.by_fwd.get(key) {
            return Some(p.fwd);
        }
        let fk = self.by_rev.get(key)?;
        Some(self.by_fwd[fk].rev)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::testing::{self, client_key};
    use fpvs_abi::ForwardingMode;

    fn key(sport: u16) -> FlowKey {
        client_key(sport, 443)
    }

    fn action(mode: ForwardingMode) -> Action {
        Action {
            new_sport: 1024,
            new_dport: 443,
            ..testing::action(mode)
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
