//! The `RINGS` block served on the host, for cards that have no DMA engine of their
//! own (the UART board, a Corundum NIC): the four rings' registers and the moving of
//! their entries to and from the card through a [`CardTransport`] (the part of the card a
//! PCIe board implements as a DMA engine). Like the simulator's DMA shell, it trusts
//! nothing: a descriptor it cannot read, an injection the card cannot take, or a frame
//! from the card that does not parse is counted in [`RingStats`] and skipped.
//!
//! [`SplitBar`] is BAR0 of such a card: registers below the block go to the card, the
//! block itself is served here. [`HostCard`] is the rest of what makes it a [`Device`].

use crate::device::Device;
use crate::dma::DmaBuffer;
use crate::fake::{DeviceRing, DmaSpace, IrqLines, RingWrite, SoftDevice};
use crate::irq::Interrupt;
use crate::mmio::{check, lock, Mmio};
use crate::{DriverResult, Error};
use fpvs_abi::regs::rings::{self, Ring};
use fpvs_abi::regs::{block_type, header, BAR0_SIZE};
use fpvs_abi::{ExceptionDescriptor, ExceptionFlags, InjectDescriptor, InjectFlags};
use std::collections::VecDeque;
use std::fmt;
use std::ops::RangeInclusive;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Commands handed to the card whose completions have not come back yet.
const CMD_WINDOW: usize = 16;

/// How host work reaches the card: what a transport (a serial link, a mailbox and
/// host queues) does for [`HostRings::pump`].
pub trait CardTransport: Send + Sync {
    /// Hands a command descriptor to the card. A transport that waits for the card
    /// returns the completed descriptor; one whose completions arrive on their own
    /// returns `None` and passes them to [`HostRings::complete`] later.
    fn command(&self, desc: &[u8; 64]) -> DriverResult<Option<[u8; 64]>>;
    /// Injects `frame`: through the pipeline as if it arrived on `port`, or
    /// (`verbatim`) out of `port` unchanged.
    fn inject(&self, port: u8, verbatim: bool, frame: &[u8]) -> DriverResult<()>;
    /// Frame lengths the transport carries; other injections are refused.
    fn inject_lengths(&self) -> RangeInclusive<usize>;
}

/// BAR0 of a card whose `RINGS` block is served on the host: offsets below
/// `rings::BASE` go to `card`, the block to `rings`.
#[derive(Debug)]
pub struct SplitBar {
    card: Arc<dyn Mmio>,
    rings: Arc<HostRings>,
}

impl SplitBar {
    /// BAR0 over the card's registers and the host-side rings.
    pub fn new(card: Arc<dyn Mmio>, rings: Arc<HostRings>) -> Self {
        SplitBar { card, rings }
    }
}

impl Mmio for SplitBar {
    fn size(&self) -> u64 {
        u64::from(BAR0_SIZE)
    }

    fn read32(&self, offset: u32) -> DriverResult<u32> {
        check("read32", offset, self.size())?;
        if offset >= rings::BASE {
            return Ok(self.rings.read(offset));
        }
        self.card.read32(offset)
    }

    fn write32(&self, offset: u32, value: u32) -> DriverResult<()> {
        check("write32", offset, self.size())?;
        if offset >= rings::BASE {
            self.rings.write(offset, value);
            return Ok(());
        }
        self.card.write32(offset, value)
    }
}

/// The [`Device`] part of a card whose rings are served on the host: a single BAR0
/// (a [`SplitBar`]), with host memory and interrupt vectors from a [`SoftDevice`].
#[derive(Debug)]
pub struct HostCard {
    /// A name for messages.
    pub name: String,
    /// BAR0: the card's registers and the host-side rings.
    pub bar0: Arc<SplitBar>,
    /// Host memory and interrupt vectors.
    pub host: SoftDevice,
    /// Why there is no other BAR, for the error that asks for one.
    pub bar0_only: &'static str,
}

/// A backend built on a [`HostCard`] (a transport and its threads around it); it is a
/// [`Device`] through the card.
pub trait OnHostCard: Send + Sync + fmt::Debug {
    /// The card.
    fn host_card(&self) -> &HostCard;
}

impl<T: OnHostCard> Device for T {
    fn name(&self) -> &str {
        &self.host_card().name
    }

    fn bar(&self, index: u32) -> DriverResult<Arc<dyn Mmio>> {
        let card = self.host_card();
        match index {
            0 => Ok(card.bar0.clone()),
            _ => Err(Error::Region {
                device: card.name.clone(),
                index,
                problem: card.bar0_only.into(),
            }),
        }
    }

    fn dma_alloc(&self, len: usize) -> DriverResult<DmaBuffer> {
        self.host_card().host.dma_alloc(len)
    }

    fn enable_interrupts(&self, count: u32) -> DriverResult<Vec<Interrupt>> {
        self.host_card().host.enable_interrupts(count)
    }
}

/// What the host-side rings counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RingStats {
    /// Commands handed to the card.
    pub commands: u64,
    /// Completions written back.
    pub completions: u64,
    /// Frames injected.
    pub injected: u64,
    /// Inject descriptors refused (length outside what the link carries, bad port).
    pub inj_refused: u64,
    /// Exceptions delivered.
    pub punted: u64,
    /// Exceptions dropped: no buffer posted.
    pub exc_no_buffer: u64,
    /// Notifications delivered.
    pub notified: u64,
    /// Notifications dropped: ring full or not set up.
    pub notify_dropped: u64,
    /// Descriptor or buffer accesses that hit no DMA mapping.
    pub dma_faults: u64,
    /// Frames from the card that did not parse, or completions nobody waited for.
    pub malformed: u64,
    /// Hand-overs to the card that failed (link timeouts after retries, a mailbox
    /// that did not complete, a frame the host queue refused).
    pub link_errors: u64,
}

#[derive(Debug, Default)]
struct RingsState {
    rings: [DeviceRing; 4],
    cmd_fetch: u32,
    cmd_inflight: VecDeque<u32>,
    stats: RingStats,
}

/// The host-side `RINGS` block.
#[derive(Debug)]
pub struct HostRings {
    state: Mutex<RingsState>,
    doorbell: Condvar,
    stop: AtomicBool,
    dma: Arc<DmaSpace>,
    irq: Arc<IrqLines>,
}

impl HostRings {
    /// Rings over host memory `dma`, vectors on `irq`.
    pub fn new(dma: Arc<DmaSpace>, irq: Arc<IrqLines>) -> Self {
        HostRings {
            state: Mutex::new(RingsState::default()),
            doorbell: Condvar::new(),
            stop: AtomicBool::new(false),
            dma,
            irq,
        }
    }

    /// What was counted.
    pub fn stats(&self) -> RingStats {
        lock(&self.state).stats
    }

    /// A register read inside the block.
    pub fn read(&self, offset: u32) -> u32 {
        match rings::ring_of(offset) {
            Some((ring, reg)) => lock(&self.state).rings[ring as usize].read(reg),
            None => match offset.wrapping_sub(rings::BASE) {
                header::TYPE => block_type::RINGS,
                header::VERSION => rings::VERSION,
                header::NEXT => rings::NEXT_BLOCK,
                _ => 0,
            },
        }
    }

    /// A register write inside the block.
    pub fn write(&self, offset: u32, value: u32) {
        let Some((ring, reg)) = rings::ring_of(offset) else {
            return;
        };
        let mut st = lock(&self.state);
        match st.rings[ring as usize].write(reg, value) {
            RingWrite::Doorbell => self.doorbell.notify_all(),
            RingWrite::Restart if ring == Ring::Cmd => {
                st.cmd_fetch = 0;
                st.cmd_inflight.clear();
            }
            _ => {}
        }
    }

    /// Asks [`HostRings::pump`] to return.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        let _st = lock(&self.state);
        self.doorbell.notify_all();
    }

    /// Moves host work (commands, injections) over `link` until [`HostRings::stop`].
    pub fn pump(&self, link: &dyn CardTransport) {
        while !self.stop.load(Ordering::SeqCst) {
            if !self.fetch_command(link) && !self.fetch_injection(link) {
                let st = lock(&self.state);
                if !self.work(&st) && !self.stop.load(Ordering::SeqCst) {
                    let _ = self
                        .doorbell
                        .wait_timeout(st, Duration::from_millis(100))
                        .unwrap_or_else(|e| e.into_inner());
                }
            }
        }
    }

    fn work(&self, st: &RingsState) -> bool {
        let c = st.rings[Ring::Cmd as usize];
        let i = st.rings[Ring::Inj as usize];
        (c.live()
            && st.cmd_inflight.len() < CMD_WINDOW
            && st.cmd_fetch.wrapping_sub(c.head) < c.posted())
            || (i.live() && i.posted() > 0)
    }

    /// Sends the next posted command; false if there was none to send.
    fn fetch_command(&self, link: &dyn CardTransport) -> bool {
        let mut desc = [0u8; 64];
        {
            let mut st = lock(&self.state);
            let r = st.rings[Ring::Cmd as usize];
            if !r.live()
                || st.cmd_inflight.len() >= CMD_WINDOW
                || st.cmd_fetch.wrapping_sub(r.head) >= r.posted()
            {
                return false;
            }
            let index = st.cmd_fetch;
            if self.dma.read(r.addr(Ring::Cmd, index), &mut desc).is_err() {
                // HEAD stays put: the host times out, as with a faulting DMA engine.
                st.stats.dma_faults += 1;
                return false;
            }
            st.cmd_inflight.push_back(index);
            st.cmd_fetch = index.wrapping_add(1);
            st.stats.commands += 1;
        }
        match link.command(&desc) {
            Ok(Some(cpl)) => {
                if !self.complete(&cpl) {
                    self.count_malformed();
                }
            }
            Ok(None) => {}
            Err(e) => {
                tracing::warn!("command: {e}");
                lock(&self.state).stats.link_errors += 1;
            }
        }
        true
    }

    /// Sends the next posted injection; false if there was none.
    fn fetch_injection(&self, link: &dyn CardTransport) -> bool {
        let (addr, mut d, frame) = {
            let mut st = lock(&self.state);
            let r = st.rings[Ring::Inj as usize];
            if !r.live() || r.posted() == 0 {
                return false;
            }
            let addr = r.addr(Ring::Inj, r.head);
            let mut b = [0u8; InjectDescriptor::BYTES];
            if self.dma.read(addr, &mut b).is_err() {
                st.stats.dma_faults += 1;
                return false;
            }
            let d = InjectDescriptor::decode(&b);
            let len = usize::from(d.len);
            let mut frame = None;
            if !link.inject_lengths().contains(&len) || d.port >= fpvs_abi::ETH_PORTS {
                st.stats.inj_refused += 1;
            } else {
                let mut f = vec![0u8; len];
                if self.dma.read(d.buf_addr, &mut f).is_err() {
                    st.stats.dma_faults += 1;
                } else {
                    frame = Some(f);
                }
            }
            (addr, d, frame)
        };
        if let Some(f) = frame {
            let verbatim = d.flags.0 & InjectFlags::VERBATIM != 0;
            match link.inject(d.port, verbatim, &f) {
                Ok(()) => lock(&self.state).stats.injected += 1,
                Err(e) => {
                    tracing::warn!("injection: {e}");
                    lock(&self.state).stats.link_errors += 1;
                }
            }
        }
        let mut st = lock(&self.state);
        d.flags.0 |= InjectFlags::DONE;
        if self.dma.write(addr, &d.encode()).is_err() {
            st.stats.dma_faults += 1;
        }
        let r = &mut st.rings[Ring::Inj as usize];
        r.head = r.head.wrapping_add(1);
        drop(st);
        self.raise(Ring::Inj);
        true
    }

    /// Counts a frame from the card that did not parse.
    pub fn count_malformed(&self) {
        lock(&self.state).stats.malformed += 1;
    }

    /// A completed command descriptor (64 bytes) for the oldest command handed to the
    /// card; false if it has the wrong length or no command was waiting for it.
    pub fn complete(&self, body: &[u8]) -> bool {
        if body.len() != fpvs_abi::CommandDescriptor::BYTES {
            return false;
        }
        let mut st = lock(&self.state);
        let Some(index) = st.cmd_inflight.pop_front() else {
            return false;
        };
        let r = st.rings[Ring::Cmd as usize];
        if r.live() {
            if self.dma.write(r.addr(Ring::Cmd, index), body).is_err() {
                st.stats.dma_faults += 1;
            }
            st.rings[Ring::Cmd as usize].head = index.wrapping_add(1);
            st.stats.completions += 1;
        }
        drop(st);
        self.doorbell.notify_all();
        self.raise(Ring::Cmd);
        true
    }

    /// An exception: `meta`'s reason, port, l3_offset, flow_hash, timestamp and
    /// service, a frame of `frame_len` bytes on the wire of which `bytes` (its start,
    /// or all of it) reached the host. Written into the next posted buffer, truncated
    /// to the buffer's size; dropped (and counted) when no buffer is posted.
    pub fn punt(&self, meta: &ExceptionDescriptor, frame_len: u16, bytes: &[u8]) {
        let mut st = lock(&self.state);
        let r = st.rings[Ring::Exc as usize];
        if !r.live() || r.posted() == 0 {
            st.stats.exc_no_buffer += 1;
            return;
        }
        let addr = r.addr(Ring::Exc, r.head);
        let mut b = [0u8; ExceptionDescriptor::BYTES];
        if self.dma.read(addr, &mut b).is_err() {
            st.stats.dma_faults += 1;
            return;
        }
        let mut d = ExceptionDescriptor::decode(&b);
        let take = bytes.len().min(usize::from(d.buf_size));
        if self.dma.write(d.buf_addr, &bytes[..take]).is_err() {
            st.stats.dma_faults += 1;
            return;
        }
        // A frame longer than what arrived is truncated: at the buffer's size, or (the
        // card sent only its start) at fewer bytes, which `captured` counts.
        d.frame_len = frame_len;
        d.captured = 0;
        if usize::from(frame_len) > take && take < usize::from(d.buf_size) {
            d.captured = take as u16;
        }
        d.reason = meta.reason;
        d.port = meta.port;
        d.l3_offset = meta.l3_offset;
        d.flow_hash = meta.flow_hash;
        d.timestamp = meta.timestamp;
        d.service = meta.service;
        let mut flags = ExceptionFlags::DONE;
        if usize::from(d.frame_len) > take {
            flags |= ExceptionFlags::TRUNCATED;
        }
        d.flags = ExceptionFlags(flags);
        // The descriptor body first, the flags byte (DONE) last.
        let mut out = d.encode();
        out[ExceptionDescriptor::FLAGS_OFFSET] = 0;
        let ok = self.dma.write(addr, &out).is_ok()
            && self
                .dma
                .write(addr + ExceptionDescriptor::FLAGS_OFFSET as u64, &[flags])
                .is_ok();
        if !ok {
            st.stats.dma_faults += 1;
            return;
        }
        st.rings[Ring::Exc as usize].head = r.head.wrapping_add(1);
        st.stats.punted += 1;
        drop(st);
        self.raise(Ring::Exc);
    }

    /// A notify record (its 32 bytes); false if it has the wrong length.
    pub fn notify(&self, body: &[u8]) -> bool {
        if body.len() != fpvs_abi::NotifyRecord::BYTES {
            return false;
        }
        let mut st = lock(&self.state);
        let r = st.rings[Ring::Notify as usize];
        if !r.live() || r.head.wrapping_sub(r.tail) >= r.size() {
            st.stats.notify_dropped += 1;
            return true;
        }
        if self.dma.write(r.addr(Ring::Notify, r.head), body).is_err() {
            st.stats.dma_faults += 1;
            return true;
        }
        st.rings[Ring::Notify as usize].head = r.head.wrapping_add(1);
        st.stats.notified += 1;
        drop(st);
        self.raise(Ring::Notify);
        true
    }

    fn raise(&self, ring: Ring) {
        if lock(&self.state).rings[ring as usize].irq {
            self.irq.raise(ring as u32);
        }
    }
}
