//! `mh`: Maglev hashing (IPVS `ip_vs_mh.c`).
//!
//! A table of 65 537 slots (prime), filled by [`fpvs_model::maglev::build`]: each
//! server claims its preferred free slots in turn, in proportion to its weight, its
//! preferences following from its identity. A client's slot is a hash of its source
//! address — and source port with `mh-port` — so a client keeps its server while the
//! set is unchanged, and only about `1/N` of the clients move when one of `N` servers
//! joins or leaves (given stable identities, [`Schedule::reset_with_ids`]).
//!
//! As in IPVS, the table is built from the weights alone: a server that goes down
//! keeps its slots, and the clients hashing to them get no server — or, with
//! `mh-fallback`, the server of the first usable slot along a per-client sequence of
//! further hashes. A server quiesced to weight 0 also keeps the slots of its last
//! positive weight (IPVS's `last_weight`), so quiescing one server does not reshuffle
//! the others; a server added with weight 0 takes none.

use super::{usable_at, Candidate, Client, Flags, Schedule};
use fpvs_model::maglev::{build, Backend, DEFAULT_SIZE};
use std::collections::HashMap;
use std::fmt;

/// Slots in the table (prime).
const TABLE_SIZE: u32 = DEFAULT_SIZE;

/// Maglev hashing state.
#[derive(Clone)]
pub(super) struct Mh {
    flags: Flags,
    /// Server index of each slot; all `None` when no server has a weight.
    table: Vec<Option<u16>>,
    /// Last positive weight of each server, by identity, while identities are known.
    last_weight: HashMap<u64, u32>,
}

impl fmt::Debug for Mh {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mh")
            .field("flags", &self.flags)
            .field("slots", &self.table.len())
            .field("filled", &self.table.iter().filter(|s| s.is_some()).count())
            .field("last_weight", &self.last_weight)
            .finish()
    }
}

/// 64-bit finaliser (MurmurHash3's `fmix64`): every input bit affects every output
/// bit.
#[inline]
fn mix64(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    x ^= x >> 33;
    x = x.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    x ^ (x >> 33)
}

impl Mh {
    pub(super) fn new(flags: Flags, servers: &[Candidate], ids: Option<&[u64]>) -> Mh {
        let mut mh = Mh {
            flags,
            table: Vec::new(),
            last_weight: HashMap::new(),
        };
        match ids {
            Some(ids) => mh.reset_with_ids(servers, ids),
            None => mh.reset(servers),
        }
        mh
    }

    /// Slot of `(saddr, port)` in the `attempt`-th hash sequence (0: the first
    /// choice), `floor(h * size / 2^32)` of a 32-bit hash `h`.
    #[inline]
    fn slot(saddr: u32, port: u16, attempt: u32) -> usize {
        let key = (u64::from(saddr) << 16 | u64::from(port))
            .wrapping_add(u64::from(attempt).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let h = mix64(key) >> 32;
        ((h * u64::from(TABLE_SIZE)) >> 32) as usize
    }

    /// Builds the table from an identity and a weight per position. Positions past
    /// 65 535 (more servers than a 16-bit slot can name) take no slots.
    fn rebuild(&mut self, ids: &[u64], weights: &[u32]) {
        let backends: Vec<Backend> = ids
            .iter()
            .zip(weights)
            .enumerate()
            .filter_map(|(i, (&id, &weight))| {
                Some(Backend {
                    id,
                    value: u16::try_from(i).ok()?,
                    weight,
                })
            })
            .collect();
        self.table = build(&backends, TABLE_SIZE).expect("TABLE_SIZE is prime");
    }
}

impl Schedule for Mh {
    fn pick(&mut self, servers: &[Candidate], client: &Client) -> Option<usize> {
        let port = if self.flags.port { client.sport } else { 0 };
        let first = Mh::slot(client.saddr, port, 0);
        let server = usize::from(self.table[first]?);
        if usable_at(servers, server) {
            return Some(server);
        }
        // Without a usable server the walk below can only fail: skip it.
        if !self.flags.fallback || !servers.iter().any(Candidate::usable) {
            return None;
        }
        let size = TABLE_SIZE as usize;
        for k in 0..size {
            let attempt = ((k + first) % size) as u32;
            let server = usize::from(self.table[Mh::slot(client.saddr, port, attempt)]?);
            if usable_at(servers, server) {
                return Some(server);
            }
        }
        None
    }

    fn reset(&mut self, servers: &[Candidate]) {
        // Positions stand in for identities; weights are taken as they are.
        self.last_weight.clear();
        let ids: Vec<u64> = (0..servers.len() as u64).collect();
        let weights: Vec<u32> = servers.iter().map(|c| c.weight).collect();
        self.rebuild(&ids, &weights);
    }

    fn reset_with_ids(&mut self, servers: &[Candidate], ids: &[u64]) {
        assert_eq!(ids.len(), servers.len(), "one id per server");
        let mut last = HashMap::with_capacity(servers.len());
        let weights: Vec<u32> = servers
            .iter()
            .zip(ids)
            .map(|(c, id)| {
                let w = match c.weight {
                    0 => self.last_weight.get(id).copied().unwrap_or(0),
                    w => w,
                };
                if w > 0 {
                    last.insert(*id, w);
                }
                w
            })
            .collect();
        self.last_weight = last;
        self.rebuild(ids, &weights);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sched::tests::{clients, servers};

    fn flags(fallback: bool, port: bool) -> Flags {
        Flags { fallback, port }
    }

    fn ids(n: usize) -> Vec<u64> {
        (0..n as u64)
            .map(|i| 0x0A00_0000_0050 + (i << 16))
            .collect()
    }

    #[test]
    fn same_client_same_server_and_spread() {
        let s = servers(&[1, 1, 1, 1]);
        let mut mh = Mh::new(Flags::default(), &s, None);
        let mut count = [0u32; 4];
        for c in clients(40_000) {
            let i = mh.pick(&s, &c).unwrap();
            count[i] += 1;
            let other = Client {
                sport: c.sport ^ 0x5555,
                daddr: !c.daddr,
                ..c
            };
            assert_eq!(mh.pick(&s, &other), Some(i));
        }
        for n in count {
            assert!((9_500..10_500).contains(&n), "{count:?}");
        }
    }

    #[test]
    fn weights_share_the_table() {
        let s = servers(&[1, 3]);
        let mh = Mh::new(Flags::default(), &s, None);
        let heavy = mh.table.iter().filter(|&&v| v == Some(1)).count() as f64;
        let ratio = heavy / (TABLE_SIZE as f64 - heavy);
        assert!((ratio - 3.0).abs() < 0.03, "{ratio}");
    }

    #[test]
    fn mh_port_spreads_one_address() {
        let s = servers(&[1, 1, 1, 1]);
        let mut plain = Mh::new(Flags::default(), &s, None);
        let mut port = Mh::new(flags(false, true), &s, None);
        let mut seen_plain = [false; 4];
        let mut seen_port = [false; 4];
        for sport in 1024..1088 {
            let c = Client {
                saddr: 0xC0A8_0001,
                sport,
                ..Client::default()
            };
            seen_plain[plain.pick(&s, &c).unwrap()] = true;
            seen_port[port.pick(&s, &c).unwrap()] = true;
        }
        assert_eq!(seen_plain.iter().filter(|&&x| x).count(), 1);
        assert_eq!(seen_port, [true; 4]);
    }

    #[test]
    fn unavailable_without_and_with_fallback() {
        let mut s = servers(&[1, 1, 1]);
        let mut plain = Mh::new(Flags::default(), &s, None);
        let mut fb = Mh::new(flags(true, false), &s, None);
        let cs = clients(6000);
        let before: Vec<_> = cs.iter().map(|c| plain.pick(&s, c).unwrap()).collect();
        s[1].available = false;
        let mut moved = [0u32; 3];
        for (c, &b) in cs.iter().zip(&before) {
            let (p, f) = (plain.pick(&s, c), fb.pick(&s, c));
            if b == 1 {
                assert_eq!(p, None);
                let f = f.unwrap();
                assert_ne!(f, 1);
                assert_eq!(fb.pick(&s, c), Some(f), "fallback is deterministic");
                moved[f] += 1;
            } else {
                assert_eq!((p, f), (Some(b), Some(b)));
            }
        }
        // The orphaned clients are shared among the others.
        let (a, b) = (moved[0] as f64, moved[2] as f64);
        assert!((a / b - 1.0).abs() < 0.2, "{moved:?}");
        for c in &mut s {
            c.available = false;
        }
        assert!(cs.iter().all(|c| fb.pick(&s, c).is_none()));
    }

    #[test]
    fn quiescing_keeps_the_table_with_ids() {
        let mut s = servers(&[1, 1, 1, 1]);
        let id = ids(4);
        let mut mh = Mh::new(flags(true, false), &s, Some(&id));
        let table = mh.table.clone();
        s[2].weight = 0;
        mh.reset_with_ids(&s, &id);
        assert_eq!(mh.table, table, "quiesced server keeps its slots");
        for c in clients(2000) {
            assert_ne!(mh.pick(&s, &c), Some(2));
        }
        // Back to a positive weight: same table again; a weight change counts.
        s[2].weight = 1;
        mh.reset_with_ids(&s, &id);
        assert_eq!(mh.table, table);
        s[2].weight = 2;
        mh.reset_with_ids(&s, &id);
        assert_ne!(mh.table, table);
        // Without identities the weight is taken as it is.
        s[2].weight = 0;
        mh.reset(&s);
        assert!(mh.table.iter().all(|&v| v != Some(2)));
        // A server that arrives quiesced takes nothing.
        let t = servers(&[1, 1, 0]);
        let mh = Mh::new(Flags::default(), &t, Some(&ids(3)));
        assert!(mh.table.iter().all(|&v| v != Some(2)));
    }

    #[test]
    fn removing_one_of_n_moves_about_one_nth_of_clients() {
        let n = 10;
        let s = servers(&vec![1; n]);
        let id = ids(n);
        let mut mh = Mh::new(Flags::default(), &s, Some(&id));
        let cs = clients(20_000);
        let before: Vec<u64> = cs.iter().map(|c| id[mh.pick(&s, c).unwrap()]).collect();
        // Server 3 leaves; the others move up one position.
        let (s2, id2): (Vec<_>, Vec<_>) = s
            .iter()
            .zip(&id)
            .enumerate()
            .filter(|(i, _)| *i != 3)
            .map(|(_, (c, i))| (*c, *i))
            .unzip();
        mh.reset_with_ids(&s2, &id2);
        let after: Vec<u64> = cs.iter().map(|c| id2[mh.pick(&s2, c).unwrap()]).collect();
        let moved = before.iter().zip(&after).filter(|(a, b)| a != b).count();
        let frac = moved as f64 / cs.len() as f64;
        assert!(frac < 1.0 / n as f64 + 0.02, "moved {frac:.4}");
        assert!(after.iter().all(|&i| i != id[3]));
    }

    #[test]
    fn nothing_to_pick() {
        let mut mh = Mh::new(flags(true, true), &[], None);
        assert_eq!(mh.pick(&[], &Client::default()), None);
        let s = servers(&[0, 0]);
        mh.reset(&s);
        assert_eq!(mh.pick(&s, &Client::default()), None);
    }
}
