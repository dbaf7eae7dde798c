//! Host-side placement of keys into a two-bank cuckoo table: a pure function.
//!
//! The card only ever reads the table; the host decides where every entry goes and
//! writes slots through the command ring. [`place`] finds a slot for a new key: a free
//! way in one of its two candidate buckets, or else the shortest chain of moves
//! (breadth-first, at most `max_kicks` moves) that frees one. Moves are returned in
//! the order they must be executed — each copies an entry into a slot that is free at
//! that moment — so that every key stays findable while the chain is applied.

use crate::hash::{flow_hash, FlowGeometry, BANKS};
use crate::FlowKey;
use std::collections::{HashMap, VecDeque};

/// Default bound on moves per insertion.
pub const DEFAULT_MAX_KICKS: usize = 4;

/// Copy the entry in slot `from` to slot `to` (then `from` may be overwritten).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Move {
    /// Slot the entry is in.
    pub from: u32,
    /// Slot it moves to (free when this move runs).
    pub to: u32,
}

/// Where a key goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// The slot for the key (after the moves).
    pub slot: u32,
    /// Moves to execute first, in order.
    pub moves: Vec<Move>,
    /// The key was already in `slot` (a modify, not an insert).
    pub existing: bool,
}

/// Why a key could not be placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PlaceError {
    /// Both candidate buckets are full and no chain of at most `max_kicks` moves frees one.
    #[error("table full: no slot for {key} within {max_kicks} moves")]
    TableFull {
        /// The key.
        key: FlowKey,
        /// The bound that was used.
        max_kicks: usize,
    },
}

/// The candidate slots of `key`: bank 0's bucket ways then bank 1's.
pub fn candidate_slots(geometry: FlowGeometry, key: &FlowKey) -> impl Iterator<Item = u32> {
    candidate_slots_for_hash(geometry, flow_hash(key))
}

/// The candidate slots for a hash value.
pub fn candidate_slots_for_hash(geometry: FlowGeometry, hash: u32) -> impl Iterator<Item = u32> {
    (0..BANKS).flat_map(move |bank| {
        let bucket = geometry.bucket(hash, bank);
        (0..geometry.ways()).map(move |way| geometry.slot(bank, bucket, way))
    })
}

/// Finds where `key` goes. `occupant(slot)` tells what the table holds now.
///
/// Deterministic: the lowest free way of bank 0's bucket, then of bank 1's; failing
/// that, the shortest move chain, ties broken by slot order.
pub fn place(
    geometry: FlowGeometry,
    key: &FlowKey,
    occupant: impl Fn(u32) -> Option<FlowKey>,
    max_kicks: usize,
) -> Result<Placement, PlaceError> {
    let candidates: Vec<u32> = candidate_slots(geometry, key).collect();
    if let Some(&slot) = candidates.iter().find(|s| occupant(**s) == Some(*key)) {
        return Ok(Placement {
            slot,
            moves: Vec::new(),
            existing: true,
        });
    }
    if let Some(&slot) = candidates.iter().find(|s| occupant(**s).is_none()) {
        return Ok(Placement {
            slot,
            moves: Vec::new(),
            existing: false,
        });
    }

    // Breadth-first search over "slot whose occupant could move". `parent[s]` is the
    // slot the occupant of `s` would leave for — no: the slot that wants `s` emptied.
    let mut parent: HashMap<u32, Option<u32>> = HashMap::new();
    let mut queue: VecDeque<(u32, usize)> = VecDeque::new();
    for &s in &candidates {
        parent.insert(s, None);
        queue.push_back((s, 0));
    }
    while let Some((slot, depth)) = queue.pop_front() {
        if depth >= max_kicks {
            continue;
        }
        let Some(occ) = occupant(slot) else { continue };
        let (bank, _, _) = geometry.split(slot);
        let other = 1 - bank;
        let bucket = geometry.bucket(flow_hash(&occ), other);
        for way in 0..geometry.ways() {
            let to = geometry.slot(other, bucket, way);
            if parent.contains_key(&to) {
                continue;
            }
            parent.insert(to, Some(slot));
            if occupant(to).is_none() {
                // Unwind: the chain ends at `to`; execute from the free end backwards.
                let mut moves = Vec::new();
                let mut dst = to;
                let mut src = Some(slot);
                while let Some(s) = src {
                    moves.push(Move { from: s, to: dst });
                    dst = s;
                    src = parent[&s];
                }
                return Ok(Placement {
                    slot: dst,
                    moves,
                    existing: false,
                });
            }
            queue.push_back((to, depth + 1));
        }
    }
    Err(PlaceError::TableFull {
        key: *key,
        max_kicks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn key(i: u32) -> FlowKey {
        FlowKey {
            saddr: 0x0A00_0000 | i,
            daddr: 0xC0A8_0001,
            sport: (i % 60000) as u16,
            dport: 80,
            proto: 6,
        }
    }

    /// A tiny table that applies placements exactly as the card would see them.
    struct Shadow {
        g: FlowGeometry,
        slots: HashMap<u32, FlowKey>,
    }

    impl Shadow {
        fn insert(&mut self, k: FlowKey, kicks: usize) -> Result<u32, PlaceError> {
            let p = place(self.g, &k, |s| self.slots.get(&s).copied(), kicks)?;
            for m in &p.moves {
                assert!(
                    !self.slots.contains_key(&m.to),
                    "move into an occupied slot"
                );
                let e = self.slots[&m.from];
                self.slots.insert(m.to, e);
                // The moved key must sit in one of its own candidate slots.
                assert!(candidate_slots(self.g, &e).any(|s| s == m.to));
            }
            self.slots.insert(p.slot, k);
            Ok(p.slot)
        }

        fn find(&self, k: &FlowKey) -> Option<u32> {
            candidate_slots(self.g, k).find(|s| self.slots.get(s) == Some(k))
        }
    }

    #[test]
    fn fills_beyond_ninety_percent_and_every_key_stays_findable() {
        let g = FlowGeometry::new(6, 2); // 512 slots
        let mut t = Shadow {
            g,
            slots: HashMap::new(),
        };
        let mut inserted = Vec::new();
        for i in 0..g.capacity() as u32 {
            match t.insert(key(i), DEFAULT_MAX_KICKS) {
                Ok(_) => inserted.push(key(i)),
                Err(PlaceError::TableFull { .. }) => break,
            }
        }
        assert!(
            inserted.len() * 100 >= g.capacity() * 90,
            "only {} of {} placed",
            inserted.len(),
            g.capacity()
        );
        for k in &inserted {
            assert!(t.find(k).is_some(), "{k} lost");
        }
    }

    #[test]
    fn existing_key_is_a_modify_and_zero_kicks_never_moves() {
        let g = FlowGeometry::new(0, 0); // 2 slots, one per bank
        let mut t = Shadow {
            g,
            slots: HashMap::new(),
        };
        let s = t.insert(key(1), 0).unwrap();
        let p = place(g, &key(1), |x| t.slots.get(&x).copied(), 0).unwrap();
        assert!(p.existing && p.slot == s && p.moves.is_empty());
        t.insert(key(2), 0).unwrap();
        assert!(matches!(
            t.insert(key(3), 0),
            Err(PlaceError::TableFull { max_kicks: 0, .. })
        ));
    }
}
