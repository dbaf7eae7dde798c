//! A card in software: the FPVS register map and the card's side of the four rings.
//!
//! Doorbells run the card at once, inside the register write (unless stalled): the
//! command ring executes against in-memory tables, the inject ring records frames,
//! and tests feed the exception and notify rings with [`FakeCard::punt`] and
//! [`FakeCard::notify`]. [`Misbehave`] makes it break the ring protocol on purpose.

use super::dma_space::{DmaSpace, IrqLines};
use super::ring::{DeviceRing, RingWrite};
use crate::mmio::{RegisterFile, RegisterModel};
use fpvs_abi::regs::{self, ctrl, header, id, rings};
use fpvs_abi::{
    CommandDescriptor, CommandStatus, ExceptionDescriptor, ExceptionFlags, FlowGeometry,
    InjectDescriptor, InjectFlags, NotifyRecord, Opcode, Table, MAGLEV_ENTRIES_PER_COMMAND,
};
use std::collections::HashMap;
use std::sync::Arc;

/// Build parameters the fake reports in its ID block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FakeCardConfig {
    /// `ABI_VERSION` register.
    pub abi_version: u32,
    /// Flow table.
    pub flow: FlowGeometry,
    /// Service table.
    pub service: FlowGeometry,
    /// Maglev slots.
    pub maglev_slots: u32,
    /// Real servers.
    pub real_servers: u32,
    /// Next hops.
    pub nexthops: u32,
    /// Services.
    pub services: u32,
}

impl Default for FakeCardConfig {
    /// The narrow build (hw/PIPELINE.md).
    fn default() -> Self {
        FakeCardConfig {
            abi_version: fpvs_abi::ABI_VERSION,
            flow: FlowGeometry::NARROW,
            service: FlowGeometry::SERVICES,
            maglev_slots: 4096,
            real_servers: 256,
            nexthops: 256,
            services: 256,
        }
    }
}

/// The register values of the pipeline blocks and the RINGS header.
pub fn id_registers(cfg: &FakeCardConfig) -> RegisterFile {
    let mut f = RegisterFile::new(regs::BAR0_SIZE);
    for b in regs::BAR0_BLOCKS {
        f.set(b.base + header::TYPE, b.ty);
        f.set(b.base + header::VERSION, b.version);
        f.set(b.base + header::NEXT, b.next);
    }
    f.set(id::MAGIC, id::MAGIC_VALUE);
    f.set(id::ABI_VERSION, cfg.abi_version);
    f.set(id::BUILD, 8 | u32::from(fpvs_abi::ETH_PORTS) << 8);
    f.set(id::FLOW_GEOMETRY, cfg.flow.to_reg());
    f.set(id::SERVICE_GEOMETRY, cfg.service.to_reg());
    f.set(id::MAGLEV_SLOTS, cfg.maglev_slots);
    f.set(id::REAL_SERVERS, cfg.real_servers);
    f.set(id::NEXTHOPS, cfg.nexthops);
    f.set(id::SERVICES, cfg.services);
    f.set(id::CLOCK_KHZ, 125_000);
    f.set(id::BUILD_ID, 0xFA4E_0001);
    f.set(ctrl::TUN_MTU, ctrl::TUN_MTU_RESET);
    f.set(ctrl::TUN_TTL, ctrl::TUN_TTL_RESET);
    f
}

/// Ways the fake breaks the ring protocol, to prove the host refuses each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Misbehave {
    /// Moves `HEAD` past what the host posted (NOTIFY: past the free slots).
    HeadBeyondTail,
    /// Moves `HEAD` without writing status / DONE.
    SkipDone,
    /// Returns commands with another tag.
    WrongTag,
    /// Changes a field the host wrote (command index, exception buffer address,
    /// inject length).
    RewriteFields,
    /// Exception frame length beyond the buffer without TRUNCATED.
    LengthBeyondBuffer,
    /// Unknown status, reason or notification kind.
    UnknownCode,
    /// Port, service or real server out of range.
    OutOfRange,
    /// Marks done every slot the host has not posted.
    DoneOnUnposted,
}

/// Metadata of a punted frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PuntMeta {
    /// Reason code.
    pub reason: u8,
    /// Ingress port.
    pub port: u8,
    /// L3 offset.
    pub l3_offset: u8,
    /// Flow hash.
    pub flow_hash: u32,
    /// Tick.
    pub timestamp: u32,
    /// Service or `NO_SERVICE`.
    pub service: u16,
}

/// The card's side of the register map and rings.
#[derive(Debug)]
pub struct FakeCard {
    cfg: FakeCardConfig,
    regs: RegisterFile,
    rings: [DeviceRing; 4],
    dma: Arc<DmaSpace>,
    irq: Arc<IrqLines>,
    tables: HashMap<(u8, u32), Vec<u8>>,
    injected: Vec<(InjectDescriptor, Vec<u8>)>,
    stalled: bool,
    stall_after: Option<u32>,
    refuse: Option<Table>,
    misbehave: Option<Misbehave>,
    dropped: u32,
    /// CPU time spent acting on doorbells (the work hardware would do).
    busy: std::time::Duration,
}

impl FakeCard {
    /// A card reaching host memory through `dma` and raising vectors on `irq`.
    pub fn new(cfg: FakeCardConfig, dma: Arc<DmaSpace>, irq: Arc<IrqLines>) -> Self {
        FakeCard {
            cfg,
            regs: id_registers(&cfg),
            rings: [DeviceRing::default(); 4],
            dma,
            irq,
            tables: HashMap::new(),
            injected: Vec::new(),
            stalled: false,
            stall_after: None,
            refuse: None,
            misbehave: None,
            dropped: 0,
            busy: std::time::Duration::ZERO,
        }
    }

    /// Sets a register directly (tests that edit the ID block).
    pub fn set_register(&mut self, offset: u32, value: u32) {
        self.regs.set(offset, value);
    }

    /// While stalled, doorbells are noted but not acted on (the card hangs).
    pub fn stall(&mut self, stalled: bool) {
        self.stalled = stalled;
        if !stalled {
            self.run(rings::Ring::Cmd);
            self.run(rings::Ring::Inj);
        }
    }

    /// Executes `n` more commands, then stalls (the card disappears mid-batch).
    pub fn stall_after(&mut self, n: u32) {
        self.stall_after = Some(n);
    }

    /// Refuses (`BadEntry`) every write to `table` from now on (`None`: none).
    pub fn refuse_writes(&mut self, table: Option<Table>) {
        self.refuse = table;
    }

    /// Starts (or, with `None`, stops) breaking the protocol.
    pub fn misbehave(&mut self, m: Option<Misbehave>) {
        self.misbehave = m;
    }

    /// Frames injected so far, with their descriptors.
    pub fn injected(&self) -> &[(InjectDescriptor, Vec<u8>)] {
        &self.injected
    }

    /// Entry bytes the table holds at `index` (what a Write stored).
    pub fn table_entry(&self, table: Table, index: u32) -> Option<&[u8]> {
        self.tables.get(&(table as u8, index)).map(|v| v.as_slice())
    }

    /// Frames or records dropped for lack of a free slot.
    pub fn dropped(&self) -> u32 {
        self.dropped
    }

    /// Sets a ring's `HEAD` as the card (fuzzing).
    pub fn set_head(&mut self, ring: rings::Ring, head: u32) {
        self.rings[ring as usize].head = head;
    }

    /// Writes raw bytes into a ring's slot `index` as the card (fuzzing). False if the
    /// ring is not set up or the write faults.
    pub fn write_slot(&mut self, ring: rings::Ring, index: u32, bytes: &[u8]) -> bool {
        let r = self.rings[ring as usize];
        r.base != 0 && self.dma.write(r.addr(ring, index), bytes).is_ok()
    }

    /// Reads a ring's slot `index` as the card sees it. False if not set up.
    pub fn read_slot(&self, ring: rings::Ring, index: u32, buf: &mut [u8]) -> bool {
        let r = self.rings[ring as usize];
        r.base != 0 && self.dma.read(r.addr(ring, index), buf).is_ok()
    }

    /// Writes raw bytes at a DMA address as the card (fuzzing).
    pub fn dma_write(&self, iova: u64, bytes: &[u8]) -> bool {
        self.dma.write(iova, bytes).is_ok()
    }

    /// The ring's `(base IOVA, HEAD, TAIL)` as the card sees them.
    pub fn ring_state(&self, ring: rings::Ring) -> (u64, u32, u32) {
        let r = self.rings[ring as usize];
        (r.base, r.head, r.tail)
    }

    fn raise(&self, ring: rings::Ring) {
        if self.rings[ring as usize].irq {
            self.irq.raise(ring as u32);
        }
    }

    /// Punts a frame: fills the next posted buffer. False (and counted) when the host
    /// has posted none, as the card would drop it.
    pub fn punt(&mut self, frame: &[u8], meta: PuntMeta) -> bool {
        use rings::Ring::Exc;
        let r = self.rings[Exc as usize];
        if r.base == 0 || r.head == r.tail {
            self.dropped += 1;
            return false;
        }
        let addr = r.addr(Exc, r.head);
        let mut b = [0u8; ExceptionDescriptor::BYTES];
        if self.dma.read(addr, &mut b).is_err() {
            return false;
        }
        let mut d = ExceptionDescriptor::decode(&b);
        let take = frame.len().min(usize::from(d.buf_size));
        if self.dma.write(d.buf_addr, &frame[..take]).is_err() {
            self.dropped += 1;
            return false;
        }
        d.frame_len = frame.len() as u16;
        d.reason = meta.reason;
        d.port = meta.port;
        d.l3_offset = meta.l3_offset;
        d.flow_hash = meta.flow_hash;
        d.timestamp = meta.timestamp;
        d.service = meta.service;
        let mut flags = ExceptionFlags::DONE;
        if frame.len() > usize::from(d.buf_size) {
            flags |= ExceptionFlags::TRUNCATED;
        }
        match self.misbehave {
            Some(Misbehave::SkipDone) => flags = 0,
            Some(Misbehave::RewriteFields) => d.buf_addr ^= 0x1000,
            Some(Misbehave::LengthBeyondBuffer) => {
                d.frame_len = d.buf_size.saturating_add(1);
                flags &= !ExceptionFlags::TRUNCATED;
            }
            Some(Misbehave::UnknownCode) => d.reason = 0xEE,
            Some(Misbehave::OutOfRange) => d.port = 9,
            _ => {}
        }
        d.flags = ExceptionFlags(flags);
        let _ = self.dma.write(addr, &d.encode());
        self.advance(Exc);
        true
    }

    /// Queues a notification; false (and counted) when the ring is full.
    pub fn notify(&mut self, rec: &NotifyRecord) -> bool {
        use rings::Ring::Notify;
        let r = self.rings[Notify as usize];
        if r.base == 0 || r.head.wrapping_sub(r.tail) >= r.size() {
            self.dropped += 1;
            return false;
        }
        let mut b = rec.encode();
        match self.misbehave {
            Some(Misbehave::SkipDone) => b[NotifyRecord::DONE_OFFSET] = 0,
            Some(Misbehave::UnknownCode) => b[0] = 0xEE,
            Some(Misbehave::OutOfRange) => b[4..6].copy_from_slice(&u16::MAX.to_le_bytes()),
            _ => {}
        }
        let _ = self.dma.write(r.addr(Notify, r.head), &b);
        self.advance(Notify);
        true
    }

    /// Moves HEAD by one (or as misbehaviour dictates) and raises the vector.
    fn advance(&mut self, ring: rings::Ring) {
        let r = &mut self.rings[ring as usize];
        r.head = r.head.wrapping_add(1);
        match self.misbehave {
            Some(Misbehave::HeadBeyondTail) if ring == rings::Ring::Notify => {
                r.head = r.tail.wrapping_add(r.size() + 1);
            }
            Some(Misbehave::HeadBeyondTail) => r.head = r.tail.wrapping_add(3),
            Some(Misbehave::DoneOnUnposted) => self.mark_unposted(ring),
            _ => {}
        }
        self.raise(ring);
    }

    /// Writes done marks into every slot outside the window the host posted.
    fn mark_unposted(&self, ring: rings::Ring) {
        let r = self.rings[ring as usize];
        let posted = r.tail.wrapping_sub(r.head);
        for k in posted..r.size() {
            let addr = r.addr(ring, r.head.wrapping_add(k));
            let (off, v) = match ring {
                rings::Ring::Cmd => (CommandDescriptor::STATUS_OFFSET, CommandStatus::Ok as u8),
                rings::Ring::Exc => (ExceptionDescriptor::FLAGS_OFFSET, ExceptionFlags::DONE),
                rings::Ring::Inj => (10, InjectFlags::DONE),
                rings::Ring::Notify => (NotifyRecord::DONE_OFFSET, 1),
            };
            let _ = self.dma.write(addr + off as u64, &[v]);
        }
    }

    /// CPU time the card has spent acting on doorbells: executing commands and
    /// injections, the work a real card does on its own silicon. Benchmarks of the
    /// host side subtract it.
    pub fn busy(&self) -> std::time::Duration {
        self.busy
    }

    /// Acts on a doorbell.
    fn run(&mut self, ring: rings::Ring) {
        if self.stalled || self.rings[ring as usize].base == 0 {
            return;
        }
        let t0 = crate::sys::thread_cpu();
        self.run_ring(ring);
        self.busy += crate::sys::thread_cpu().saturating_sub(t0);
    }

    fn run_ring(&mut self, ring: rings::Ring) {
        let mut moved = false;
        loop {
            let r = self.rings[ring as usize];
            if r.head == r.tail || r.tail.wrapping_sub(r.head) > r.size() {
                break;
            }
            if ring == rings::Ring::Cmd {
                match self.stall_after {
                    Some(0) => {
                        self.stall_after = None;
                        self.stalled = true;
                        break;
                    }
                    Some(n) => self.stall_after = Some(n - 1),
                    None => {}
                }
            }
            match ring {
                rings::Ring::Cmd => self.command(r.addr(ring, r.head)),
                rings::Ring::Inj => self.inject(r.addr(ring, r.head)),
                _ => break,
            }
            let rs = &mut self.rings[ring as usize];
            rs.head = rs.head.wrapping_add(1);
            moved = true;
            if self.misbehave == Some(Misbehave::HeadBeyondTail) {
                let rs = &mut self.rings[ring as usize];
                rs.head = rs.tail.wrapping_add(3);
                break;
            }
        }
        if self.misbehave == Some(Misbehave::DoneOnUnposted) {
            self.mark_unposted(ring);
        }
        if moved {
            self.raise(ring);
        }
    }

    fn inject(&mut self, addr: u64) {
        let mut b = [0u8; InjectDescriptor::BYTES];
        if self.dma.read(addr, &mut b).is_err() {
            return;
        }
        let mut d = InjectDescriptor::decode(&b);
        let mut frame = vec![0u8; usize::from(d.len)];
        if self.dma.read(d.buf_addr, &mut frame).is_ok() {
            self.injected.push((d, frame));
        }
        match self.misbehave {
            Some(Misbehave::SkipDone) => {}
            Some(Misbehave::RewriteFields) => {
                d.len ^= 1;
                d.flags.0 |= InjectFlags::DONE;
            }
            _ => d.flags.0 |= InjectFlags::DONE,
        }
        let _ = self.dma.write(addr, &d.encode());
    }

    fn table_len(&self, t: Table) -> u32 {
        let flows = self.cfg.flow.capacity() as u32;
        match t {
            Table::Flow | Table::FlowStats => flows,
            Table::Service => self.cfg.service.capacity() as u32,
            Table::Maglev => self.cfg.maglev_slots,
            Table::RealServer => self.cfg.real_servers,
            Table::NextHop => self.cfg.nexthops,
            Table::ServiceCounter => 2 * self.cfg.services,
            Table::RealServerCounter => 2 * self.cfg.real_servers,
        }
    }

    fn execute(&mut self, c: &mut CommandDescriptor) -> CommandStatus {
        let op = match c.opcode {
            0 => return CommandStatus::Ok,
            1 => Opcode::Write,
            2 => Opcode::Clear,
            3 => Opcode::Read,
            _ => return CommandStatus::BadOpcode,
        };
        let Ok(table) = Table::from_code(c.table) else {
            return CommandStatus::BadTable;
        };
        let count = u32::from(c.count);
        let count_ok = match table {
            Table::Maglev => (1..=MAGLEV_ENTRIES_PER_COMMAND as u32).contains(&count),
            _ => count == 1,
        };
        if !count_ok {
            return CommandStatus::BadCount;
        }
        if c.index
            .checked_add(count)
            .is_none_or(|end| end > self.table_len(table))
        {
            return CommandStatus::BadIndex;
        }
        if op == Opcode::Write && self.refuse == Some(table) {
            return CommandStatus::BadEntry;
        }
        let bytes = table.entry_bytes();
        for k in 0..count {
            let key = (c.table, c.index + k);
            let at = k as usize * bytes;
            match op {
                Opcode::Write => {
                    self.tables.insert(key, c.payload[at..at + bytes].to_vec());
                }
                Opcode::Clear => {
                    self.tables.remove(&key);
                }
                Opcode::Read => {
                    let v = self.tables.get(&key).cloned().unwrap_or(vec![0; bytes]);
                    c.payload[at..at + bytes].copy_from_slice(&v);
                }
                Opcode::Nop => {}
            }
        }
        CommandStatus::Ok
    }

    fn command(&mut self, addr: u64) {
        let mut b = [0u8; CommandDescriptor::BYTES];
        if self.dma.read(addr, &mut b).is_err() {
            return;
        }
        let mut c = CommandDescriptor::decode(&b);
        let status = self.execute(&mut c);
        c.status = status as u8;
        match self.misbehave {
            Some(Misbehave::SkipDone) => return,
            Some(Misbehave::WrongTag) => c.tag ^= 0x8000_0000,
            Some(Misbehave::RewriteFields) => c.index ^= 1,
            Some(Misbehave::UnknownCode) => c.status = 0xEE,
            _ => {}
        }
        let _ = self.dma.write(addr, &c.encode());
    }

    fn ring_write(&mut self, ring: rings::Ring, reg: u32, value: u32) {
        if self.rings[ring as usize].write(reg, value) == RingWrite::Doorbell {
            self.run(ring);
        }
    }
}

impl RegisterModel for FakeCard {
    fn read(&mut self, offset: u32) -> u32 {
        match rings::ring_of(offset) {
            Some((ring, reg)) => self.rings[ring as usize].read(reg),
            None => self.regs.get(offset),
        }
    }

    fn write(&mut self, offset: u32, value: u32) {
        if let Some((ring, reg)) = rings::ring_of(offset) {
            return self.ring_write(ring, reg, value);
        }
        if crate::regs::writable(offset) {
            self.regs.set(offset, value);
        }
    }
}
