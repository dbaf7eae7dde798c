//! The whole card as a state machine: tables, counters, statistics and the command
//! port. What the RTL's counters and registers must read after the same frames and
//! commands.

use crate::classify::process;
use crate::tables::{CardConfig, TableError, Tables};
use crate::verdict::Verdict;
use fpvs_abi::{
    Action, CommandDescriptor, CommandStatus, Counter, DropReason, ExceptionReason, FlowEntry,
    FlowStats, MaglevEntry, NextHop, Opcode, ServiceEntry, Table, MAGLEV_ENTRIES_PER_COMMAND,
};

/// The STATS register block.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stats {
    /// `RX_FRAMES`.
    pub rx_frames: u32,
    /// `FWD_FRAMES`.
    pub fwd_frames: u32,
    /// `EXC_FRAMES`.
    pub exc_frames: u32,
    /// `DROP_FRAMES`.
    pub drop_frames: u32,
    /// `NOTIFY_RECORDS`.
    pub notify_records: u32,
    /// `INJ_FRAMES`.
    pub inj_frames: u32,
    /// `EXC_COUNT[code]`.
    pub exc_count: [u32; ExceptionReason::COUNTERS],
    /// `DROP_COUNT[code]`.
    pub drop_count: [u32; DropReason::COUNTERS],
}

/// A card: tables plus everything frames change.
#[derive(Debug, Clone)]
pub struct Card {
    /// Lookup tables.
    pub tables: Tables,
    /// `2 * service + direction`.
    pub service_counters: Vec<Counter>,
    /// `2 * real_server + direction`.
    pub real_server_counters: Vec<Counter>,
    /// Per flow-table slot.
    pub flow_stats: Vec<FlowStats>,
    /// STATS block.
    pub stats: Stats,
}

impl Card {
    /// A card with empty tables.
    pub fn new(config: CardConfig) -> Self {
        Card {
            tables: Tables::new(config),
            service_counters: vec![Counter::default(); 2 * config.services as usize],
            real_server_counters: vec![Counter::default(); 2 * config.real_servers as usize],
            flow_stats: vec![FlowStats::default(); config.flow_geometry.capacity()],
            stats: Stats::default(),
        }
    }

    /// A frame arrives on `port`.
    pub fn receive(&mut self, frame: &[u8], port: u8) -> Verdict {
        let v = process(frame, port, &self.tables);
        self.account(&v);
        v
    }

    /// The host injects a frame: verbatim to `port`, or through the pipeline as if it
    /// had arrived on `port`.
    pub fn inject(&mut self, frame: &[u8], port: u8, verbatim: bool) -> Verdict {
        self.stats.inj_frames = self.stats.inj_frames.wrapping_add(1);
        if verbatim {
            let v = Verdict::Forward {
                port: port & 3,
                frame: frame.to_vec(),
                accounting: None,
                notify: None,
            };
            self.account(&v);
            v
        } else {
            self.receive(frame, port)
        }
    }

    fn account(&mut self, v: &Verdict) {
        let s = &mut self.stats;
        s.rx_frames = s.rx_frames.wrapping_add(1);
        match v {
            Verdict::Forward {
                accounting, notify, ..
            } => {
                s.fwd_frames = s.fwd_frames.wrapping_add(1);
                if notify.is_some() {
                    s.notify_records = s.notify_records.wrapping_add(1);
                }
                if let Some(a) = accounting {
                    let d = a.direction as usize;
                    self.service_counters[2 * a.service as usize + d].add(a.bytes as u64);
                    self.real_server_counters[2 * a.real_server as usize + d].add(a.bytes as u64);
                    if let Some(slot) = a.slot {
                        let fs = &mut self.flow_stats[slot as usize];
                        fs.last_seen = self.tables.config.now;
                        fs.packets = fs.packets.wrapping_add(1);
                    }
                }
            }
            Verdict::Exception { reason, .. } => {
                s.exc_frames = s.exc_frames.wrapping_add(1);
                let c = &mut s.exc_count[*reason as usize];
                *c = c.wrapping_add(1);
            }
            Verdict::Drop { reason } => {
                s.drop_frames = s.drop_frames.wrapping_add(1);
                let c = &mut s.drop_count[*reason as usize];
                *c = c.wrapping_add(1);
            }
        }
    }

    /// Executes one command as the card's command port does and returns the completed
    /// descriptor (status set; a Read's payload replaced by the entry).
    pub fn apply_command(&mut self, cmd: &CommandDescriptor) -> CommandDescriptor {
        let mut done = *cmd;
        match self.execute(cmd) {
            Ok(payload) => {
                done.status = CommandStatus::Ok as u8;
                if let Some(p) = payload {
                    done.payload = p;
                }
            }
            Err(status) => done.status = status as u8,
        }
        done
    }

    fn execute(
        &mut self,
        cmd: &CommandDescriptor,
    ) -> Result<Option<[u8; CommandDescriptor::PAYLOAD_BYTES]>, CommandStatus> {
        let op = match cmd.opcode {
            0 => return Ok(None),
            1 => Opcode::Write,
            2 => Opcode::Clear,
            3 => Opcode::Read,
            _ => return Err(CommandStatus::BadOpcode),
        };
        let table = Table::from_code(cmd.table).map_err(|_| CommandStatus::BadTable)?;
        let count = cmd.count as usize;
        let count_ok = match table {
            Table::Maglev => (1..=MAGLEV_ENTRIES_PER_COMMAND).contains(&count),
            _ => count == 1,
        };
        if !count_ok {
            return Err(CommandStatus::BadCount);
        }
        let size = self.table_size(table) as u64;
        if cmd.index as u64 + count as u64 > size {
            return Err(CommandStatus::BadIndex);
        }
        let i = cmd.index;
        let p = &cmd.payload;
        let bad = |_: TableError| CommandStatus::BadEntry;
        let mut out = [0u8; CommandDescriptor::PAYLOAD_BYTES];
        match (op, table) {
            (Opcode::Nop, _) => unreachable!("returned above"),
            (Opcode::Read, _) => {
                self.read_entry(table, i, count, &mut out);
                return Ok(Some(out));
            }
            (Opcode::Clear, Table::Maglev) => self
                .tables
                .set_maglev(i, &vec![MaglevEntry(None); count])
                .map_err(bad)?,
            (Opcode::Clear, _) => self.clear_entry(table, i),
            (Opcode::Write, Table::Flow) => {
                let e = FlowEntry::decode(&p[..FlowEntry::BYTES])
                    .map_err(|_| CommandStatus::BadEntry)?;
                self.tables.set_flow_slot(i, e).map_err(bad)?;
            }
            (Opcode::Write, Table::Service) => {
                let e = ServiceEntry::decode(&p[..ServiceEntry::BYTES])
                    .map_err(|_| CommandStatus::BadEntry)?;
                self.tables.set_service_slot(i, e).map_err(bad)?;
            }
            (Opcode::Write, Table::Maglev) => {
                let slots: Vec<MaglevEntry> = (0..count)
                    .map(|k| MaglevEntry::decode(u16::from_le_bytes([p[2 * k], p[2 * k + 1]])))
                    .collect();
                self.tables.set_maglev(i, &slots).map_err(bad)?;
            }
            (Opcode::Write, Table::RealServer) => {
                let a = Action::decode_slot(&p[..Action::BYTES])
                    .map_err(|_| CommandStatus::BadEntry)?;
                self.tables.set_real_server(i as u16, a).map_err(bad)?;
            }
            (Opcode::Write, Table::NextHop) => {
                let n =
                    NextHop::decode(&p[..NextHop::BYTES]).map_err(|_| CommandStatus::BadEntry)?;
                self.tables.set_nexthop(i as u16, n).map_err(bad)?;
            }
            (Opcode::Write, Table::FlowStats) => {
                self.flow_stats[i as usize] =
                    FlowStats::decode(&p[..FlowStats::BYTES]).expect("fixed size");
            }
            (Opcode::Write, Table::ServiceCounter) => {
                self.service_counters[i as usize] =
                    Counter::decode(&p[..Counter::BYTES]).expect("fixed size");
            }
            (Opcode::Write, Table::RealServerCounter) => {
                self.real_server_counters[i as usize] =
                    Counter::decode(&p[..Counter::BYTES]).expect("fixed size");
            }
        }
        Ok(None)
    }

    /// Entries in `table` (counters: two per index).
    pub fn table_size(&self, table: Table) -> u32 {
        let c = &self.tables.config;
        match table {
            Table::Flow | Table::FlowStats => c.flow_geometry.capacity() as u32,
            Table::Service => c.service_geometry.capacity() as u32,
            Table::Maglev => c.maglev_slots,
            Table::RealServer => c.real_servers as u32,
            Table::NextHop => c.nexthops as u32,
            Table::ServiceCounter => 2 * c.services as u32,
            Table::RealServerCounter => 2 * c.real_servers as u32,
        }
    }

    fn clear_entry(&mut self, table: Table, i: u32) {
        let t = &mut self.tables;
        let r = match table {
            Table::Flow => t.set_flow_slot(i, None),
            Table::Service => t.set_service_slot(i, None),
            Table::RealServer => t.set_real_server(i as u16, None),
            Table::NextHop => t.set_nexthop(i as u16, None),
            Table::FlowStats => {
                self.flow_stats[i as usize] = FlowStats::default();
                Ok(())
            }
            Table::ServiceCounter => {
                self.service_counters[i as usize] = Counter::default();
                Ok(())
            }
            Table::RealServerCounter => {
                self.real_server_counters[i as usize] = Counter::default();
                Ok(())
            }
            Table::Maglev => unreachable!("cleared by count"),
        };
        r.expect("index checked");
    }

    fn read_entry(&self, table: Table, i: u32, count: usize, out: &mut [u8]) {
        let t = &self.tables;
        let mut put = |bytes: &[u8]| out[..bytes.len()].copy_from_slice(bytes);
        match table {
            Table::Flow => {
                if let Some(e) = t.flow_slot(i) {
                    put(&e.encode())
                }
            }
            Table::Service => {
                if let Some(e) = t.service_slot(i) {
                    put(&e.encode())
                }
            }
            Table::Maglev => {
                for k in 0..count {
                    let v = t.maglev(i + k as u32).encode().to_le_bytes();
                    out[2 * k..2 * k + 2].copy_from_slice(&v);
                }
            }
            Table::RealServer => {
                if let Some(a) = t.real_server(i as u16) {
                    put(&a.encode())
                }
            }
            Table::NextHop => {
                if let Some(n) = t.nexthop(i as u16) {
                    put(&n.encode())
                }
            }
            Table::FlowStats => put(&self.flow_stats[i as usize].encode()),
            Table::ServiceCounter => put(&self.service_counters[i as usize].encode()),
            Table::RealServerCounter => put(&self.real_server_counters[i as usize].encode()),
        }
    }
}
