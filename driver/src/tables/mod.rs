//! Table programming: the host's shadow of the card's tables, and the commands that
//! keep the card equal to it.
//!
//! The card only reads its tables; the host decides where every entry goes. The
//! flow and service tables are two-bank cuckoo tables (`fpvs_abi::hash`): the
//! [`Shadow`] places each key with the pure function [`fpvs_abi::placement::place`],
//! records the result, and returns the commands that make the card follow — the
//! moves of a cuckoo chain first, each into a slot that is free at that moment, then
//! the new entry — so that every key stays findable while the chain is applied.
//!
//! [`CardTables`] queues those commands and sends them through the command ring in
//! batches ([`CardTables::commit`]: one doorbell per ring-full). A command the card
//! refuses is reported with its status, and the slot it touched is read back so the
//! shadow again says what the card holds. [`CardTables::reconcile`] rebuilds the shadow
//! from the card (a restarted agent finds the flows its predecessor installed).

use crate::regs::CardInfo;
use crate::rings::{CommandRing, Completion};
use crate::{DriverResult, Error};
use fpvs_abi::{
    Action, CommandDescriptor, CommandStatus, Counter, FlowEntry, FlowKey, FlowStats, MaglevEntry,
    NextHop, ServiceEntry, Table, MAGLEV_ENTRIES_PER_COMMAND,
};
use std::collections::HashMap;
use std::time::Duration;

mod shadow;

pub use shadow::{Shadow, ShadowError};

/// A command the card refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The command.
    pub command: CommandDescriptor,
    /// What the card said.
    pub status: CommandStatus,
}

/// What a commit did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitReport {
    /// Commands completed with `Ok`.
    pub applied: usize,
    /// Commands the card refused (their slots were read back into the shadow).
    pub refused: Vec<Refused>,
}

/// The shadow plus the queue of commands not yet sent.
///
/// A commit that fails part-way (the card stops answering) leaves the slots of its
/// batch *unsure*: the card may hold either the old or the new entry. They are
/// rewritten from the shadow ahead of the next commit's commands, so the card
/// converges on the shadow as soon as it answers again. [`CardTables::rollback`]
/// returns the shadow to a [`Checkpoint`] and marks unsure every slot that differs,
/// so a change planned, sent and then abandoned is undone on the card the same way.
#[derive(Debug)]
pub struct CardTables {
    shadow: Shadow,
    pending: Vec<CommandDescriptor>,
    unsure: Vec<(Table, u32)>,
    timeout: Duration,
    moved: MovedStats,
}

/// Flow entries the queued commands move (cuckoo placement): a slot's statistics are
/// the card's, so a moved entry's packets and last hit are read from the slot it
/// leaves when the batch is committed, and written to the slot it takes, in place of
/// the `FlowStats` clear the shadow queued there.
#[derive(Debug, Clone, Default)]
struct MovedStats {
    /// (position in the queue of the clear to replace, card slot to copy from).
    copies: Vec<(usize, u32)>,
    /// Slots written by the queue -> the card slot whose statistics they take (None:
    /// a new entry's, cleared), so that an entry moved twice in one batch copies from
    /// where the card has it.
    origin: HashMap<u32, Option<u32>>,
}

/// The shadow and the queue at one moment, to go back to ([`CardTables::rollback`]).
#[derive(Debug, Clone)]
pub struct Checkpoint {
    shadow: Shadow,
    pending: usize,
    moved: MovedStats,
}

impl CardTables {
    /// The tables of a freshly opened (empty) card.
    pub fn new(info: &CardInfo) -> Self {
        CardTables {
            shadow: Shadow::new(info),
            pending: Vec::new(),
            unsure: Vec::new(),
            timeout: Duration::from_secs(10),
            moved: MovedStats::default(),
        }
    }

    /// Sets the bound on each wait for the card.
    pub fn set_timeout(&mut self, t: Duration) {
        self.timeout = t;
    }

    /// The shadow.
    pub fn shadow(&self) -> &Shadow {
        &self.shadow
    }

    /// Commands queued and not yet committed.
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Slots the card may not hold as the shadow says (a failed commit, a rollback):
    /// the next commit rewrites them first.
    pub fn unsure(&self) -> usize {
        self.unsure.len()
    }

    /// The shadow and the queue as they are now.
    pub fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            shadow: self.shadow.clone(),
            pending: self.pending.len(),
            moved: self.moved.clone(),
        }
    }

    /// Back to `cp`: the shadow as it was, the commands queued since dropped, and every
    /// slot that changed since marked unsure (some of it may have reached the card),
    /// so that the next commit makes the card hold `cp`'s entries again.
    pub fn rollback(&mut self, cp: Checkpoint) {
        let changed = self.shadow.differing(&cp.shadow);
        self.shadow = cp.shadow;
        self.pending.truncate(cp.pending);
        self.moved = cp.moved;
        self.mark_unsure(changed);
    }

    fn mark_unsure(&mut self, slots: impl IntoIterator<Item = (Table, u32)>) {
        self.unsure.extend(slots);
        self.unsure.sort_unstable_by_key(|&(t, i)| (t as u8, i));
        self.unsure.dedup();
    }

    /// The slots a command writes.
    fn slots_of(c: &CommandDescriptor) -> impl Iterator<Item = (Table, u32)> + '_ {
        let t = Table::from_code(c.table)
            .ok()
            .filter(|_| c.opcode == 1 || c.opcode == 2);
        let n = match t {
            Some(Table::Maglev) => u32::from(c.count),
            Some(Table::Flow | Table::Service | Table::RealServer | Table::NextHop) => 1,
            _ => 0,
        };
        (0..n).map(move |k| (t.expect("n > 0"), c.index + k))
    }

    /// Queues a flow insert (or in-place modify); returns its slot.
    ///
    /// The entry's slot statistics start from zero (a slot reused from another flow
    /// keeps none of its counts); entries the placement moves keep theirs.
    pub fn insert_flow(&mut self, entry: FlowEntry) -> std::result::Result<u32, ShadowError> {
        let fresh = self.shadow.lookup_flow(&entry.key).is_none();
        let start = self.pending.len();
        let (slot, moves) = self.shadow.insert_flow_moving(entry, &mut self.pending)?;
        for m in moves {
            let from = self
                .moved
                .origin
                .get(&m.from)
                .copied()
                .unwrap_or(Some(m.from));
            let clear = self.pending[start..].iter().position(|c| {
                c.table == Table::FlowStats as u8
                    && c.index == m.to
                    && c.opcode == fpvs_abi::Opcode::Clear as u8
            });
            if let (Some(at), Some(from)) = (clear, from) {
                self.moved.copies.push((start + at, from));
            }
            self.moved.origin.insert(m.to, from);
        }
        if fresh {
            self.moved.origin.insert(slot, None);
        }
        Ok(slot)
    }

    /// Queues a flow removal; returns the slot it was in.
    pub fn remove_flow(&mut self, key: &FlowKey) -> Option<u32> {
        self.shadow.remove_flow(key, &mut self.pending)
    }

    /// Queues a service write; returns its slot.
    pub fn set_service(&mut self, svc: ServiceEntry) -> std::result::Result<u32, ShadowError> {
        self.shadow.set_service(svc, &mut self.pending)
    }

    /// Queues a service removal.
    pub fn remove_service(&mut self, proto: u8, vip: u32, vport: u16) -> Option<u32> {
        self.shadow
            .remove_service(proto, vip, vport, &mut self.pending)
    }

    /// Queues Maglev slot writes.
    pub fn set_maglev(
        &mut self,
        first: u32,
        slots: &[MaglevEntry],
    ) -> std::result::Result<(), ShadowError> {
        self.shadow.set_maglev(first, slots, &mut self.pending)
    }

    /// Queues a real-server write or clear.
    pub fn set_real_server(
        &mut self,
        index: u16,
        action: Option<Action>,
    ) -> std::result::Result<(), ShadowError> {
        self.shadow
            .set_real_server(index, action, &mut self.pending)
    }

    /// Queues a next-hop write or clear.
    pub fn set_nexthop(
        &mut self,
        index: u16,
        nh: Option<NextHop>,
    ) -> std::result::Result<(), ShadowError> {
        self.shadow.set_nexthop(index, nh, &mut self.pending)
    }

    /// Sends every queued command, in ring-sized batches with one doorbell each, and
    /// waits for their completions. Refused commands are reported and their slots
    /// read back into the shadow.
    pub fn commit(&mut self, ring: &mut CommandRing) -> DriverResult<CommitReport> {
        if !self.moved.copies.is_empty() {
            // Moved entries take their statistics along (read now, from the slots the
            // card still has them in).
            let from: Vec<u32> = self.moved.copies.iter().map(|c| c.1).collect();
            let stats = self.flow_stats(ring, &from)?;
            for ((at, _), st) in self.moved.copies.iter().zip(stats) {
                let c = &mut self.pending[*at];
                *c = CommandDescriptor::write(Table::FlowStats, c.index, &st.encode());
            }
        }
        self.moved = MovedStats::default();
        let mut cmds = std::mem::take(&mut self.pending);
        if !self.unsure.is_empty() {
            // Rare (after a failure): the rewrites go first, ahead of the queue.
            let mut first: Vec<CommandDescriptor> = std::mem::take(&mut self.unsure)
                .into_iter()
                .map(|(t, i)| self.shadow.restore_command(t, i))
                .collect();
            first.append(&mut cmds);
            cmds = first;
        }
        let done = match ring.execute(&cmds, self.timeout) {
            Ok(d) => d,
            Err(e) => {
                self.mark_unsure(cmds.iter().flat_map(Self::slots_of).collect::<Vec<_>>());
                return Err(e);
            }
        };
        let mut report = CommitReport::default();
        let mut reread = Vec::new();
        for c in &done {
            if c.status == CommandStatus::Ok {
                report.applied += 1;
            } else {
                report.refused.push(Refused {
                    command: c.command,
                    status: c.status,
                });
                if let Ok(t) = Table::from_code(c.command.table) {
                    if matches!(
                        t,
                        Table::Flow | Table::Service | Table::RealServer | Table::NextHop
                    ) {
                        reread.push(CommandDescriptor::read(t, c.command.index));
                    }
                }
            }
        }
        if !reread.is_empty() {
            for c in ring.execute(&reread, self.timeout)? {
                if c.status == CommandStatus::Ok {
                    if let Ok(t) = Table::from_code(c.command.table) {
                        self.shadow.believe(t, c.command.index, &c.command.payload);
                    }
                }
            }
        }
        Ok(report)
    }

    /// Reads entries `index..index + count` of `table` from the card.
    pub fn read(
        &self,
        ring: &mut CommandRing,
        table: Table,
        index: u32,
        count: u32,
    ) -> DriverResult<Vec<Completion>> {
        let cmds: Vec<_> = (index..index.saturating_add(count))
            .map(|i| CommandDescriptor::read(table, i))
            .collect();
        let done = ring.execute(&cmds, self.timeout)?;
        if let Some(bad) = done.iter().find(|c| c.status != CommandStatus::Ok) {
            return Err(Error::InvalidArgument(format!(
                "the card refused to read {table:?}[{}]: {:?}",
                bad.command.index, bad.status
            )));
        }
        Ok(done)
    }

    /// Per-slot statistics (last-seen tick, packets) of flow slots.
    pub fn flow_stats(
        &self,
        ring: &mut CommandRing,
        slots: &[u32],
    ) -> DriverResult<Vec<FlowStats>> {
        let cmds: Vec<_> = slots
            .iter()
            .map(|s| CommandDescriptor::read(Table::FlowStats, *s))
            .collect();
        let done = ring.execute(&cmds, self.timeout)?;
        done.iter()
            .map(|c| {
                if c.status != CommandStatus::Ok {
                    return Err(Error::InvalidArgument(format!(
                        "the card refused to read flow stats of slot {}: {:?}",
                        c.command.index, c.status
                    )));
                }
                FlowStats::decode(&c.command.payload[..FlowStats::BYTES])
                    .map_err(|e| Error::InvalidArgument(e.to_string()))
            })
            .collect()
    }

    /// The statistics of `key`'s flow (None if the shadow has no such flow).
    pub fn flow_stats_of(
        &self,
        ring: &mut CommandRing,
        key: &FlowKey,
    ) -> DriverResult<Option<FlowStats>> {
        let Some((slot, _)) = self.shadow.lookup_flow(key) else {
            return Ok(None);
        };
        Ok(self.flow_stats(ring, &[slot])?.pop())
    }

    /// Service `service`'s counters `(in, out)`.
    pub fn service_counters(
        &self,
        ring: &mut CommandRing,
        service: u32,
    ) -> DriverResult<(Counter, Counter)> {
        self.counter_pair(ring, Table::ServiceCounter, service, self.shadow.counters.0)
    }

    /// Real server `index`'s counters `(in, out)`.
    pub fn real_server_counters(
        &self,
        ring: &mut CommandRing,
        index: u32,
    ) -> DriverResult<(Counter, Counter)> {
        self.counter_pair(
            ring,
            Table::RealServerCounter,
            index,
            self.shadow.counters.1,
        )
    }

    fn counter_pair(
        &self,
        ring: &mut CommandRing,
        table: Table,
        index: u32,
        entries: u32,
    ) -> DriverResult<(Counter, Counter)> {
        if index.checked_mul(2).is_none_or(|i| i + 1 >= entries) {
            return Err(Error::InvalidArgument(format!(
                "{table:?}: index {index} beyond {} entries",
                entries / 2
            )));
        }
        let done = self.read(ring, table, 2 * index, 2)?;
        let dec = |c: &Completion| {
            Counter::decode(&c.command.payload[..Counter::BYTES])
                .map_err(|e| Error::InvalidArgument(e.to_string()))
        };
        Ok((dec(&done[0])?, dec(&done[1])?))
    }

    /// Rebuilds the shadow from what the card holds: every flow, service, real-server
    /// and next-hop slot is read back (Maglev slots too). Pending commands are
    /// dropped. Returns the number of valid flows found.
    pub fn reconcile(&mut self, ring: &mut CommandRing) -> DriverResult<usize> {
        self.pending.clear();
        let s = &self.shadow;
        let sizes = [
            (Table::Flow, s.flows.len() as u32),
            (Table::Service, s.services.len() as u32),
            (Table::RealServer, s.real_servers.len() as u32),
            (Table::NextHop, s.nexthops.len() as u32),
        ];
        for (table, n) in sizes {
            for c in self.read(ring, table, 0, n)? {
                self.shadow
                    .believe(table, c.command.index, &c.command.payload);
            }
        }
        let slots = self.shadow.maglev.len() as u32;
        let per = MAGLEV_ENTRIES_PER_COMMAND as u32;
        let cmds: Vec<_> = (0..slots)
            .step_by(per as usize)
            .map(|first| CommandDescriptor {
                count: (slots - first).min(per) as u8,
                ..CommandDescriptor::read(Table::Maglev, first)
            })
            .collect();
        for c in ring.execute(&cmds, self.timeout)? {
            if c.status != CommandStatus::Ok {
                return Err(Error::InvalidArgument(format!(
                    "the card refused to read Maglev slots from {}: {:?}",
                    c.command.index, c.status
                )));
            }
            let n = usize::from(c.command.count) * MaglevEntry::BYTES;
            self.shadow
                .believe(Table::Maglev, c.command.index, &c.command.payload[..n]);
        }
        Ok(self.shadow.flow_count())
    }
}
