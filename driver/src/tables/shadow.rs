//! The host's shadow of the card's tables: where every entry is, placed by the pure
//! cuckoo function of `fpvs_abi::placement`, and the commands that make the card
//! follow each change. Plain data: sending the commands is [`super::CardTables`]'s.

use crate::regs::CardInfo;
use fpvs_abi::hash::{flow_hash, FlowGeometry};
use fpvs_abi::placement::{self, candidate_slots_for_hash, PlaceError, DEFAULT_MAX_KICKS};
use fpvs_abi::{
    Action, CommandDescriptor, FlowEntry, FlowKey, MaglevEntry, NextHop, ServiceEntry, Table,
    MAGLEV_ENTRIES_PER_COMMAND,
};

/// Why the shadow refused a change (nothing was queued).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShadowError {
    /// No slot within the kick bound.
    #[error(transparent)]
    Full(#[from] PlaceError),
    /// An index beyond the table.
    #[error("{table:?} index {index} is beyond the table ({size} entries)")]
    OutOfRange {
        /// Table.
        table: Table,
        /// Index.
        index: u32,
        /// Entries.
        size: u32,
    },
    /// Maglev slots must come as a non-empty run.
    #[error("an empty run of Maglev slots")]
    EmptyMaglev,
}

/// The host's copy of what the card's tables hold.
#[derive(Debug, Clone)]
pub struct Shadow {
    flow_geometry: FlowGeometry,
    service_geometry: FlowGeometry,
    pub(super) flows: Vec<Option<FlowEntry>>,
    flow_count: usize,
    pub(super) services: Vec<Option<ServiceEntry>>,
    pub(super) maglev: Vec<MaglevEntry>,
    pub(super) real_servers: Vec<Option<Action>>,
    pub(super) nexthops: Vec<Option<NextHop>>,
    pub(super) counters: (u32, u32),
    max_kicks: usize,
}

impl Shadow {
    /// Empty tables of the card described by `info` (a card starts empty).
    pub fn new(info: &CardInfo) -> Self {
        Shadow {
            flow_geometry: info.flow_geometry,
            service_geometry: info.service_geometry,
            flows: vec![None; info.flow_geometry.capacity()],
            flow_count: 0,
            services: vec![None; info.service_geometry.capacity()],
            maglev: vec![MaglevEntry(None); info.maglev_slots as usize],
            real_servers: vec![None; info.real_servers as usize],
            nexthops: vec![None; info.nexthops as usize],
            counters: (2 * info.services, 2 * info.real_servers),
            max_kicks: DEFAULT_MAX_KICKS,
        }
    }

    /// Flow-table geometry.
    pub fn flow_geometry(&self) -> FlowGeometry {
        self.flow_geometry
    }

    /// Valid flow entries.
    pub fn flow_count(&self) -> usize {
        self.flow_count
    }

    /// Flow-table slots.
    pub fn flow_capacity(&self) -> usize {
        self.flows.len()
    }

    /// The slot and entry of `key`.
    pub fn lookup_flow(&self, key: &FlowKey) -> Option<(u32, &FlowEntry)> {
        candidate_slots_for_hash(self.flow_geometry, flow_hash(key)).find_map(|s| {
            self.flows[s as usize]
                .as_ref()
                .filter(|e| e.key == *key)
                .map(|e| (s, e))
        })
    }

    /// What the shadow says slot `slot` holds.
    pub fn flow_slot(&self, slot: u32) -> Option<&FlowEntry> {
        self.flows.get(slot as usize).and_then(|e| e.as_ref())
    }

    /// All flows with their slots.
    pub fn flows(&self) -> impl Iterator<Item = (u32, &FlowEntry)> {
        self.flows
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|e| (i as u32, e)))
    }

    fn set_flow(&mut self, slot: u32, e: Option<FlowEntry>) {
        let old = std::mem::replace(&mut self.flows[slot as usize], e);
        match (old.is_some(), self.flows[slot as usize].is_some()) {
            (false, true) => self.flow_count += 1,
            (true, false) => self.flow_count -= 1,
            _ => {}
        }
    }

    /// Inserts (or, for a key already present, modifies in place) a flow. Appends
    /// the commands to `out`; returns the entry's slot.
    pub fn insert_flow(
        &mut self,
        entry: FlowEntry,
        out: &mut Vec<CommandDescriptor>,
    ) -> std::result::Result<u32, ShadowError> {
        self.insert_flow_moving(entry, out).map(|(slot, _)| slot)
    }

    /// As [`Shadow::insert_flow`], and the cuckoo moves it made, in order: each
    /// moved entry's slot statistics are cleared by the commands (a `FlowStats` clear
    /// after its write), which [`super::CardTables`] turns into a copy of the stats
    /// from the slot it left.
    pub fn insert_flow_moving(
        &mut self,
        entry: FlowEntry,
        out: &mut Vec<CommandDescriptor>,
    ) -> std::result::Result<(u32, Vec<fpvs_abi::placement::Move>), ShadowError> {
        let fresh = self.lookup_flow(&entry.key).is_none();
        let flows = &self.flows;
        let p = placement::place(
            self.flow_geometry,
            &entry.key,
            |s| flows[s as usize].map(|e| e.key),
            self.max_kicks,
        )?;
        // A slot's statistics (packets, last hit) are the card's and outlive its
        // entry: a slot that takes another flow has them cleared, so that they count
        // that flow's frames only. An entry modified in place keeps its own.
        for m in &p.moves {
            let moved = self.flows[m.from as usize].expect("placement moves an occupied slot");
            out.push(CommandDescriptor::write(Table::Flow, m.to, &moved.encode()));
            out.push(CommandDescriptor::clear(Table::FlowStats, m.to));
            self.set_flow(m.to, Some(moved));
        }
        out.push(CommandDescriptor::write(
            Table::Flow,
            p.slot,
            &entry.encode(),
        ));
        if fresh {
            out.push(CommandDescriptor::clear(Table::FlowStats, p.slot));
        }
        self.set_flow(p.slot, Some(entry));
        Ok((p.slot, p.moves))
    }

    /// Removes the flow for `key`; returns its slot (None if absent: nothing queued).
    pub fn remove_flow(&mut self, key: &FlowKey, out: &mut Vec<CommandDescriptor>) -> Option<u32> {
        let (slot, _) = self.lookup_flow(key)?;
        out.push(CommandDescriptor::clear(Table::Flow, slot));
        self.set_flow(slot, None);
        Some(slot)
    }

    /// The service for `(proto, vip, vport)` and its slot.
    pub fn lookup_service(&self, proto: u8, vip: u32, vport: u16) -> Option<(u32, &ServiceEntry)> {
        let key = FlowKey::service(proto, vip, vport);
        candidate_slots_for_hash(self.service_geometry, flow_hash(&key)).find_map(|s| {
            self.services[s as usize]
                .as_ref()
                .filter(|e| e.key() == key)
                .map(|e| (s, e))
        })
    }

    /// Adds or modifies a service; returns its slot.
    pub fn set_service(
        &mut self,
        svc: ServiceEntry,
        out: &mut Vec<CommandDescriptor>,
    ) -> std::result::Result<u32, ShadowError> {
        let services = &self.services;
        let p = placement::place(
            self.service_geometry,
            &svc.key(),
            |s| services[s as usize].map(|e| e.key()),
            self.max_kicks,
        )?;
        for m in &p.moves {
            let moved = self.services[m.from as usize].expect("placement moves an occupied slot");
            out.push(CommandDescriptor::write(
                Table::Service,
                m.to,
                &moved.encode(),
            ));
            self.services[m.to as usize] = Some(moved);
        }
        out.push(CommandDescriptor::write(
            Table::Service,
            p.slot,
            &svc.encode(),
        ));
        self.services[p.slot as usize] = Some(svc);
        Ok(p.slot)
    }

    /// Removes a service; returns its slot.
    pub fn remove_service(
        &mut self,
        proto: u8,
        vip: u32,
        vport: u16,
        out: &mut Vec<CommandDescriptor>,
    ) -> Option<u32> {
        let (slot, _) = self.lookup_service(proto, vip, vport)?;
        out.push(CommandDescriptor::clear(Table::Service, slot));
        self.services[slot as usize] = None;
        Some(slot)
    }

    /// What the shadow says service slot `slot` holds.
    pub fn service_slot(&self, slot: u32) -> Option<&ServiceEntry> {
        self.services.get(slot as usize).and_then(|e| e.as_ref())
    }

    /// All services with their slots.
    pub fn services(&self) -> impl Iterator<Item = (u32, &ServiceEntry)> {
        self.services
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|e| (i as u32, e)))
    }

    /// Writes Maglev slots `first..first + slots.len()` (a service's table is a run
    /// of them), in commands of up to `MAGLEV_ENTRIES_PER_COMMAND` slots. Only slots
    /// that change are sent.
    pub fn set_maglev(
        &mut self,
        first: u32,
        slots: &[MaglevEntry],
        out: &mut Vec<CommandDescriptor>,
    ) -> std::result::Result<(), ShadowError> {
        if slots.is_empty() {
            return Err(ShadowError::EmptyMaglev);
        }
        let size = self.maglev.len() as u32;
        let end = first
            .checked_add(slots.len() as u32)
            .filter(|e| *e <= size)
            .ok_or(ShadowError::OutOfRange {
                table: Table::Maglev,
                index: first.saturating_add(slots.len() as u32 - 1),
                size,
            })?;
        let mut at = first;
        while at < end {
            let n = ((end - at) as usize).min(MAGLEV_ENTRIES_PER_COMMAND);
            let chunk = &slots[(at - first) as usize..(at - first) as usize + n];
            let current = &self.maglev[at as usize..at as usize + n];
            if chunk != current {
                out.push(CommandDescriptor::write_maglev(at, chunk));
                self.maglev[at as usize..at as usize + n].copy_from_slice(chunk);
            }
            at += n as u32;
        }
        Ok(())
    }

    /// Maglev slot `i`.
    pub fn maglev(&self, i: u32) -> Option<MaglevEntry> {
        self.maglev.get(i as usize).copied()
    }

    /// Sets or clears real server `index`.
    pub fn set_real_server(
        &mut self,
        index: u16,
        action: Option<Action>,
        out: &mut Vec<CommandDescriptor>,
    ) -> std::result::Result<(), ShadowError> {
        let size = self.real_servers.len() as u32;
        let slot =
            self.real_servers
                .get_mut(usize::from(index))
                .ok_or(ShadowError::OutOfRange {
                    table: Table::RealServer,
                    index: u32::from(index),
                    size,
                })?;
        *slot = action;
        out.push(match action {
            Some(a) => CommandDescriptor::write(Table::RealServer, u32::from(index), &a.encode()),
            None => CommandDescriptor::clear(Table::RealServer, u32::from(index)),
        });
        Ok(())
    }

    /// Real server `index`.
    pub fn real_server(&self, index: u16) -> Option<&Action> {
        self.real_servers
            .get(usize::from(index))
            .and_then(|a| a.as_ref())
    }

    /// Sets or clears next hop `index`.
    pub fn set_nexthop(
        &mut self,
        index: u16,
        nh: Option<NextHop>,
        out: &mut Vec<CommandDescriptor>,
    ) -> std::result::Result<(), ShadowError> {
        let size = self.nexthops.len() as u32;
        let slot = self
            .nexthops
            .get_mut(usize::from(index))
            .ok_or(ShadowError::OutOfRange {
                table: Table::NextHop,
                index: u32::from(index),
                size,
            })?;
        *slot = nh;
        out.push(match nh {
            Some(n) => CommandDescriptor::write(Table::NextHop, u32::from(index), &n.encode()),
            None => CommandDescriptor::clear(Table::NextHop, u32::from(index)),
        });
        Ok(())
    }

    /// Next hop `index`.
    pub fn nexthop(&self, index: u16) -> Option<&NextHop> {
        self.nexthops
            .get(usize::from(index))
            .and_then(|n| n.as_ref())
    }

    /// The slots whose entries differ between this shadow and `other` (of the same
    /// card): what the card must be told to go from one to the other.
    pub(super) fn differing(&self, other: &Shadow) -> Vec<(Table, u32)> {
        fn diff<T: PartialEq>(t: Table, a: &[T], b: &[T], out: &mut Vec<(Table, u32)>) {
            out.extend(
                a.iter()
                    .zip(b)
                    .enumerate()
                    .filter(|(_, (x, y))| x != y)
                    .map(|(i, _)| (t, i as u32)),
            );
        }
        let mut out = Vec::new();
        diff(Table::Flow, &self.flows, &other.flows, &mut out);
        diff(Table::Service, &self.services, &other.services, &mut out);
        diff(Table::Maglev, &self.maglev, &other.maglev, &mut out);
        diff(
            Table::RealServer,
            &self.real_servers,
            &other.real_servers,
            &mut out,
        );
        diff(Table::NextHop, &self.nexthops, &other.nexthops, &mut out);
        out
    }

    /// The command that makes the card's `table[index]` what this shadow holds: a
    /// write of the entry, or a clear of an empty slot.
    pub(super) fn restore_command(&self, table: Table, index: u32) -> CommandDescriptor {
        let i = index as usize;
        let write = |bytes: Option<Vec<u8>>| match bytes {
            Some(b) => CommandDescriptor::write(table, index, &b),
            None => CommandDescriptor::clear(table, index),
        };
        match table {
            Table::Flow => write(self.flows[i].map(|e| e.encode().to_vec())),
            Table::Service => write(self.services[i].map(|e| e.encode().to_vec())),
            Table::Maglev => CommandDescriptor::write_maglev(index, &self.maglev[i..=i]),
            Table::RealServer => write(self.real_servers[i].map(|a| a.encode().to_vec())),
            Table::NextHop => write(self.nexthops[i].map(|n| n.encode().to_vec())),
            // Counters are not shadowed, so never differ: a no-op.
            _ => CommandDescriptor {
                opcode: 0,
                ..CommandDescriptor::clear(table, index)
            },
        }
    }

    /// Sets what the shadow believes a slot holds (after a read-back).
    pub(super) fn believe(&mut self, table: Table, index: u32, payload: &[u8]) {
        match table {
            Table::Flow if (index as usize) < self.flows.len() => {
                let e = FlowEntry::decode(&payload[..FlowEntry::BYTES])
                    .ok()
                    .flatten();
                self.set_flow(index, e);
            }
            Table::Service if (index as usize) < self.services.len() => {
                self.services[index as usize] =
                    ServiceEntry::decode(&payload[..ServiceEntry::BYTES])
                        .ok()
                        .flatten();
            }
            Table::RealServer if (index as usize) < self.real_servers.len() => {
                self.real_servers[index as usize] = Action::decode_slot(&payload[..Action::BYTES])
                    .ok()
                    .flatten();
            }
            Table::NextHop if (index as usize) < self.nexthops.len() => {
                self.nexthops[index as usize] =
                    NextHop::decode(&payload[..NextHop::BYTES]).ok().flatten();
            }
            Table::Maglev => {
                for (k, pair) in payload.chunks_exact(2).enumerate() {
                    if let Some(m) = self.maglev.get_mut(index as usize + k) {
                        *m = MaglevEntry::decode(u16::from_le_bytes([pair[0], pair[1]]));
                    }
                }
            }
            _ => {}
        }
    }
}
