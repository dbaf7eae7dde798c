//! The connection table itself: connections by forward key, the index of their
//! reverse keys, and the order ageing visits them in. Plain data, no card.

use crate::config::{ServiceKey, Timeouts};
use ahash::{HashMap as FastMap, HashSet as FastSet};
use fpvs_abi::FlowKey;
use serde::{Deserialize, Serialize};
use std::collections::hash_map::Entry;
use std::collections::VecDeque;
use std::net::IpAddr;
use std::time::Instant;

/// Seconds a TCP connection stays in SYN_RECV without the client's next packet:
/// IPVS's default (`tcp_timeouts[IP_VS_TCP_S_SYN_RECV]`, 60 s), which ipvsadm's
/// `--set` does not change either.
pub const SYN_RECV_TIMEOUT: u32 = 60;

/// Connection state as IPVS names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConnState {
    /// TCP, the client's SYN seen and nothing after it yet: IPVS's SYN_RECV, with its
    /// short timeout ([`SYN_RECV_TIMEOUT`]), so that a spoofed SYN holds its entries
    /// for a minute, not for the established timeout.
    SynRecv,
    /// TCP, established.
    Established,
    /// TCP, FIN or RST seen.
    FinWait,
    /// UDP.
    Udp,
}

impl ConnState {
    /// ipvsadm's state name.
    pub fn name(self) -> &'static str {
        match self {
            ConnState::SynRecv => "SYN_RECV",
            ConnState::Established => "ESTABLISHED",
            ConnState::FinWait => "FIN_WAIT",
            ConnState::Udp => "UDP",
        }
    }

    /// The state a new connection of IP protocol `proto` starts in.
    pub(in crate::agent) fn new_for(proto: u8) -> ConnState {
        if proto == 6 {
            ConnState::SynRecv
        } else {
            ConnState::Udp
        }
    }

    /// Seconds without traffic after which a connection in this state expires.
    pub(in crate::agent) fn timeout(self, t: &Timeouts) -> u32 {
        match self {
            ConnState::SynRecv => SYN_RECV_TIMEOUT,
            ConnState::Established => t.tcp,
            ConnState::FinWait => t.tcpfin,
            ConnState::Udp => t.udp,
        }
    }
}

/// One connection, mirroring the card's entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conn {
    /// Service.
    pub service: ServiceKey,
    /// Real server (address, port).
    pub rs: (IpAddr, u16),
    /// Card real-server index.
    pub rs_index: u16,
    /// Reverse entry key (NAT, FULLNAT).
    pub reverse: Option<FlowKey>,
    /// FULLNAT local address and port.
    pub local: Option<(IpAddr, u16)>,
    /// State.
    pub state: ConnState,
    /// The card's packet count of the forward and reverse slots at the last look.
    pub packets: u64,
    /// When that count last changed.
    pub last_change: Instant,
    /// The card's packet count of the forward slot that shows the client sent more
    /// than its SYN (see [`Conn::confirmed_by`]): 2 when the host installed the
    /// entries and re-injected the SYN through them (the SYN is counted), 1 when the
    /// card scheduled the SYN itself (Maglev) before the entry existed.
    pub confirm_at: u32,
}

impl Conn {
    /// A SYN_RECV connection whose forward slot counted `forward_packets` has seen
    /// the client's next packet (its ACK): it is established.
    pub fn confirmed_by(&self, forward_packets: u64) -> bool {
        forward_packets >= u64::from(self.confirm_at)
    }
}

/// Connection records in fixed-size chunks, addressed by position: growing adds a
/// chunk and never moves (or copies) the records already there, so a table of N
/// connections has touched memory for N records, not the 2N a doubling vector
/// passes through.
#[derive(Debug, Default)]
struct Slots {
    /// Chunks of [`Slots::CHUNK`] records each (the last one partly filled; chunks
    /// after it, left by removals, empty and kept for reuse).
    chunks: Vec<Vec<(FlowKey, Conn)>>,
    /// Records in all.
    len: usize,
}

impl Slots {
    /// Records per chunk: 64 KiB of them.
    const CHUNK: usize = 512;

    fn get(&self, i: usize) -> &(FlowKey, Conn) {
        &self.chunks[i / Self::CHUNK][i % Self::CHUNK]
    }

    fn get_mut(&mut self, i: usize) -> &mut (FlowKey, Conn) {
        &mut self.chunks[i / Self::CHUNK][i % Self::CHUNK]
    }

    /// Appends a record; returns its position.
    fn push(&mut self, r: (FlowKey, Conn)) -> usize {
        let i = self.len;
        if i / Self::CHUNK == self.chunks.len() {
            self.chunks.push(Vec::with_capacity(Self::CHUNK));
        }
        self.chunks[i / Self::CHUNK].push(r);
        self.len += 1;
        i
    }

    /// Removes the record at `i`, the last one taking its place: returns it, and
    /// the key of the record now at `i` if one moved there.
    fn swap_remove(&mut self, i: usize) -> ((FlowKey, Conn), Option<FlowKey>) {
        let last = self.len - 1;
        let r = self.chunks[last / Self::CHUNK].pop().expect("last record");
        self.len = last;
        if i == last {
            return (r, None);
        }
        let moved = r.0;
        (std::mem::replace(self.get_mut(i), r), Some(moved))
    }

    fn iter(&self) -> impl Iterator<Item = &(FlowKey, Conn)> {
        self.chunks.iter().flatten()
    }
}

/// Connections by forward key, with their reverse keys indexed.
///
/// The hash map holds only a key's position among the records ([`Slots`]): the
/// map, which grows by rehashing every entry into a table twice the size, moves
/// 20-byte entries rather than whole records (an address-family generic [`Conn`] is
/// over 100 bytes), and the records themselves are never moved by growth.
#[derive(Debug, Default)]
pub(in crate::agent) struct ConnTable {
    /// Forward key -> position in `slots`.
    index: FastMap<FlowKey, u32>,
    /// The connections with their forward keys, in no particular order (a removal
    /// moves the last one into the gap).
    slots: Slots,
    /// Reverse keys of all connections -> forward keys.
    rev_index: FastMap<FlowKey, FlowKey>,
    /// Connections in the order ageing visits them (a key may be stale: skipped).
    age_queue: VecDeque<FlowKey>,
    /// SYN_RECV connections, oldest first, with the number of the card commit
    /// their entries go out with (a key may be stale, or no longer SYN_RECV:
    /// skipped). What [`crate::agent::conns`] evicts when the card's flow table
    /// fills (IPVS's `drop_entry`).
    syn_queue: VecDeque<(FlowKey, u64)>,
}

impl ConnTable {
    /// Adds a connection under its forward key (replacing one there already).
    pub(in crate::agent) fn insert(&mut self, key: FlowKey, conn: Conn) {
        if let Some(r) = conn.reverse {
            self.rev_index.insert(r, key);
        }
        self.age_queue.push_back(key);
        match self.index.entry(key) {
            Entry::Occupied(o) => self.slots.get_mut(*o.get() as usize).1 = conn,
            Entry::Vacant(v) => {
                let i = self.slots.push((key, conn));
                v.insert(u32::try_from(i).expect("fewer than 2^32 connections"));
            }
        }
    }

    /// Removes the connection of forward key `key`.
    pub(in crate::agent) fn remove(&mut self, key: &FlowKey) -> Option<Conn> {
        let i = self.index.remove(key)?;
        let ((_, c), moved) = self.slots.swap_remove(i as usize);
        if let Some(m) = moved {
            *self.index.get_mut(&m).expect("indexed") = i;
        }
        if let Some(r) = c.reverse {
            self.rev_index.remove(&r);
        }
        Some(c)
    }

    /// The connection of forward key `key`.
    pub(in crate::agent) fn get(&self, key: &FlowKey) -> Option<&Conn> {
        let i = *self.index.get(key)?;
        Some(&self.slots.get(i as usize).1)
    }

    /// As [`ConnTable::get`], to change its state.
    pub(in crate::agent) fn get_mut(&mut self, key: &FlowKey) -> Option<&mut Conn> {
        let i = *self.index.get(key)?;
        Some(&mut self.slots.get_mut(i as usize).1)
    }

    /// There is a connection of forward key `key`.
    pub(in crate::agent) fn contains(&self, key: &FlowKey) -> bool {
        self.index.contains_key(key)
    }

    /// The forward key of the connection whose reverse key is `rev`.
    pub(in crate::agent) fn forward_of(&self, rev: &FlowKey) -> Option<FlowKey> {
        self.rev_index.get(rev).copied()
    }

    /// Connections.
    pub(in crate::agent) fn iter(&self) -> impl Iterator<Item = (&FlowKey, &Conn)> {
        self.slots.iter().map(|(k, c)| (k, c))
    }

    /// Number of connections.
    pub(in crate::agent) fn len(&self) -> usize {
        self.slots.len
    }

    /// Forward keys of the connections of real server `rs` of `service`.
    pub(in crate::agent) fn of_real_server(
        &self,
        service: &ServiceKey,
        rs: (IpAddr, u16),
    ) -> Vec<FlowKey> {
        self.slots
            .iter()
            .filter(|(_, c)| c.service == *service && c.rs == rs)
            .map(|(k, _)| *k)
            .collect()
    }

    /// The next `share` connections in ageing order (fewer if there are fewer),
    /// each once, moved to the back of the order. Stale keys (connections already
    /// gone, or queued twice) are dropped on the way. None, and the order emptied,
    /// when there are no connections.
    pub(in crate::agent) fn next_to_age(&mut self, share: usize) -> Option<Vec<FlowKey>> {
        if self.slots.len == 0 {
            self.age_queue.clear();
            return None;
        }
        let mut keys: Vec<FlowKey> = Vec::with_capacity(share);
        let mut taken = FastSet::with_capacity_and_hasher(share, Default::default());
        let mut looked = 0;
        while keys.len() < share && looked < self.age_queue.len() {
            let Some(k) = self.age_queue.pop_front() else {
                break;
            };
            looked += 1;
            if self.index.contains_key(&k) && taken.insert(k) {
                keys.push(k);
            }
        }
        self.age_queue.extend(keys.iter().copied());
        Some(keys)
    }

    /// Records that connection `key` entered SYN_RECV with entries that go to the
    /// card with commit number `commit`.
    ///
    /// Connections leave SYN_RECV without leaving the order (established, closed,
    /// removed); when stale keys outnumber the connections the order is swept, so
    /// that it stays within twice the table plus a constant.
    pub(in crate::agent) fn queue_syn(&mut self, key: FlowKey, commit: u64) {
        if self.syn_queue.len() > 2 * self.slots.len + 1024 {
            let (index, slots) = (&self.index, &self.slots);
            self.syn_queue.retain(|(k, _)| {
                index
                    .get(k)
                    .is_some_and(|i| slots.get(*i as usize).1.state == ConnState::SynRecv)
            });
        }
        self.syn_queue.push_back((key, commit));
    }

    /// Up to `max` of the oldest SYN_RECV connections whose entries reached the card
    /// before commit number `committed` (inclusive), taken out of the order; stale
    /// keys are dropped on the way. The caller puts back those it keeps
    /// ([`ConnTable::requeue_syn`]).
    pub(in crate::agent) fn oldest_syn(&mut self, max: usize, committed: u64) -> Vec<FlowKey> {
        let mut out = Vec::with_capacity(max);
        while out.len() < max {
            let Some(&(k, at)) = self.syn_queue.front() else {
                break;
            };
            if at > committed {
                break;
            }
            self.syn_queue.pop_front();
            if self.get(&k).is_some_and(|c| c.state == ConnState::SynRecv) && !out.contains(&k) {
                out.push(k);
            }
        }
        out
    }

    /// Puts SYN_RECV connections taken by [`ConnTable::oldest_syn`] back at the front,
    /// in their order.
    pub(in crate::agent) fn requeue_syn(&mut self, keys: &[FlowKey], commit: u64) {
        for k in keys.iter().rev() {
            self.syn_queue.push_front((*k, commit));
        }
    }

    #[cfg(test)]
    fn queued(&self) -> usize {
        self.age_queue.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::testing::client_key;
    use crate::config::Protocol;
    use std::net::Ipv4Addr;

    fn key(sport: u16) -> FlowKey {
        client_key(sport, 80)
    }

    /// The sports of the next `share` connections in ageing order.
    fn round(t: &mut ConnTable, share: usize) -> Vec<u16> {
        t.next_to_age(share)
            .unwrap()
            .iter()
            .map(|k| k.sport)
            .collect()
    }

    fn conn(reverse: Option<FlowKey>) -> Conn {
        Conn {
            service: ServiceKey::Addr {
                proto: Protocol::Tcp,
                addr: Ipv4Addr::new(10, 0, 0, 100).into(),
                port: 80,
            },
            rs: (Ipv4Addr::new(192, 168, 1, 11).into(), 80),
            rs_index: 0,
            reverse,
            local: None,
            state: ConnState::Established,
            packets: 0,
            last_change: Instant::now(),
            confirm_at: 2,
        }
    }

    #[test]
    fn the_reverse_index_follows_inserts_and_removals() {
        let mut t = ConnTable::default();
        let rev = FlowKey {
            saddr: 0xc0a8_010b,
            daddr: 0x0a00_0001,
            sport: 80,
            dport: 1,
            proto: 6,
        };
        t.insert(key(1), conn(Some(rev)));
        t.insert(key(2), conn(None));
        assert_eq!(t.forward_of(&rev), Some(key(1)));
        assert_eq!(t.len(), 2);
        let rs = (Ipv4Addr::new(192, 168, 1, 11).into(), 80);
        let mut of = t.of_real_server(&conn(None).service, rs);
        of.sort_by_key(|k| k.sport);
        assert_eq!(of, [key(1), key(2)]);
        assert!(t.of_real_server(&conn(None).service, (rs.0, 81)).is_empty());
        assert_eq!(t.remove(&key(1)).map(|c| c.reverse), Some(Some(rev)));
        assert_eq!(t.forward_of(&rev), None);
        assert!(t.remove(&key(1)).is_none());
        assert!(t.contains(&key(2)) && !t.contains(&key(1)));
    }

    #[test]
    fn ageing_visits_every_connection_once_per_pass_and_drops_stale_keys() {
        let mut t = ConnTable::default();
        for p in 0..10 {
            t.insert(key(p), conn(None));
        }
        let mut seen: Vec<u16> = Vec::new();
        for _ in 0..4 {
            seen.extend(round(&mut t, 3));
        }
        // Four rounds of three: the ten once, then the first two again.
        assert_eq!(seen, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
        // Removed connections leave the order as it reaches them.
        t.remove(&key(2));
        t.remove(&key(3));
        assert_eq!(round(&mut t, 3), [4, 5, 6]);
        assert_eq!(t.queued(), 8);
        for p in [0, 1, 4, 5, 6, 7, 8, 9] {
            t.remove(&key(p));
        }
        assert!(t.next_to_age(3).is_none());
        assert_eq!(t.queued(), 0, "no connections: the order is emptied");
        // A key queued twice (removed and added again) is visited once a round, and
        // its second place is dropped when a round meets both.
        t.insert(key(0), conn(None));
        t.insert(key(1), conn(None));
        t.remove(&key(0));
        t.insert(key(0), conn(None));
        assert_eq!(t.queued(), 3);
        assert_eq!(round(&mut t, 2), [0, 1]);
        assert_eq!(round(&mut t, 2), [0]);
        assert_eq!(t.queued(), 2);
    }

    #[test]
    fn states_have_ipvs_names_and_timeouts() {
        let t = Timeouts {
            tcp: 900,
            tcpfin: 120,
            udp: 300,
        };
        assert_eq!(ConnState::new_for(6), ConnState::SynRecv);
        assert_eq!(ConnState::SynRecv.name(), "SYN_RECV");
        assert_eq!(ConnState::SynRecv.timeout(&t), 60);
        assert_eq!(ConnState::new_for(17), ConnState::Udp);
        assert_eq!(ConnState::FinWait.name(), "FIN_WAIT");
        assert_eq!(
            [
                ConnState::Established.timeout(&t),
                ConnState::FinWait.timeout(&t),
                ConnState::Udp.timeout(&t)
            ],
            [900, 120, 300]
        );
    }
}
