//! The `RINGS` block served on the host: the four rings' registers and the moving of
//! their entries over the link (the part of the card a PCIe board implements as a DMA
//! engine). Like the simulator's DMA shell, it trusts nothing: a descriptor it cannot
//! read, an injection the card cannot take, or a frame from the card that does not
//! parse is counted in [`RingStats`] and skipped.

use super::link::Link;
use crate::fake::{DeviceRing, DmaSpace, IrqLines, RingWrite};
use crate::mmio::lock;
use fpvs_abi::mgmt::{self, kind, Frame};
use fpvs_abi::regs::rings::{self, Ring};
use fpvs_abi::regs::{block_type, header};
use fpvs_abi::{ExceptionDescriptor, ExceptionFlags, InjectDescriptor, InjectFlags};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Commands handed to the card whose completions have not come back yet.
const CMD_WINDOW: usize = 16;

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
    /// Sends over the link that failed (timeouts after retries).
    pub link_errors: u64,
}

#[derive(Debug, Default)]
struct State {
    rings: [DeviceRing; 4],
    cmd_fetch: u32,
    cmd_inflight: VecDeque<u32>,
    stats: RingStats,
}

/// The host-side `RINGS` block.
#[derive(Debug)]
pub struct HostRings {
    state: Mutex<State>,
    doorbell: Condvar,
    stop: AtomicBool,
    dma: Arc<DmaSpace>,
    irq: Arc<IrqLines>,
}

impl HostRings {
    /// Rings over host memory `dma`, vectors on `irq`.
    pub fn new(dma: Arc<DmaSpace>, irq: Arc<IrqLines>) -> Self {
        HostRings {
            state: Mutex::new(State::default()),
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
    pub fn pump(&self, link: &Link) {
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

    fn work(&self, st: &State) -> bool {
        let c = st.rings[Ring::Cmd as usize];
        let i = st.rings[Ring::Inj as usize];
        (c.live()
            && st.cmd_inflight.len() < CMD_WINDOW
            && st.cmd_fetch.wrapping_sub(c.head) < c.posted())
            || (i.live() && i.posted() > 0)
    }

    /// Sends the next posted command; false if there was none to send.
    fn fetch_command(&self, link: &Link) -> bool {
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
        if let Err(e) = link.command(&desc) {
            tracing::warn!("UART command: {e}");
            lock(&self.state).stats.link_errors += 1;
        }
        true
    }

    /// Sends the next posted injection; false if there was none.
    fn fetch_injection(&self, link: &Link) -> bool {
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
            if !(mgmt::INJ_MIN..=mgmt::INJ_MAX).contains(&len) || d.port >= fpvs_abi::ETH_PORTS {
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
            match link.inject(d.port | if verbatim { mgmt::INJ_VERBATIM } else { 0 }, &f) {
                Ok(()) => lock(&self.state).stats.injected += 1,
                Err(e) => {
                    tracing::warn!("UART injection: {e}");
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

    /// A frame the card sent on its own.
    pub fn deliver(&self, f: Frame) {
        let ok = match f.ty {
            kind::COMPLETION => self.complete(&f.body),
            kind::EXCEPTION => self.punt(&f.body),
            kind::NOTIFY => self.notify(&f.body),
            _ => false,
        };
        if !ok {
            lock(&self.state).stats.malformed += 1;
        }
    }

    fn complete(&self, body: &[u8]) -> bool {
        if body.len() != mgmt::len::COMPLETION {
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

    fn punt(&self, body: &[u8]) -> bool {
        if body.len() < mgmt::len::EXC_HEAD {
            return false;
        }
        let u = u128::from_le_bytes(body[..16].try_into().unwrap_or([0; 16]));
        let field = |lo: u32, bits: u32| ((u >> lo) & ((1u128 << bits) - 1)) as u64;
        let frame_len = u16::from_le_bytes([body[16], body[17]]);
        let bytes = &body[mgmt::len::EXC_HEAD..];
        if bytes.len() != usize::from(frame_len).min(mgmt::EXC_BYTES) {
            return false;
        }
        if field(0, 1) != 0 {
            // The card cut this frame short on input: nothing to punt.
            return true;
        }
        let mut st = lock(&self.state);
        let r = st.rings[Ring::Exc as usize];
        if !r.live() || r.posted() == 0 {
            st.stats.exc_no_buffer += 1;
            return true;
        }
        let addr = r.addr(Ring::Exc, r.head);
        let mut b = [0u8; ExceptionDescriptor::BYTES];
        if self.dma.read(addr, &mut b).is_err() {
            st.stats.dma_faults += 1;
            return true;
        }
        let mut d = ExceptionDescriptor::decode(&b);
        let take = bytes.len().min(usize::from(d.buf_size));
        if self.dma.write(d.buf_addr, &bytes[..take]).is_err() {
            st.stats.dma_faults += 1;
            return true;
        }
        // A frame longer than what arrived is truncated: at the buffer's size, or (the
        // card sends only the first EXC_BYTES) at fewer bytes, which `captured` counts.
        d.frame_len = frame_len;
        d.captured = 0;
        if usize::from(frame_len) > take && take < usize::from(d.buf_size) {
            d.captured = take as u16;
        }
        d.reason = field(1, 8) as u8;
        d.port = field(9, 2) as u8;
        d.l3_offset = field(11, 8) as u8;
        d.flow_hash = field(19, 32) as u32;
        d.timestamp = field(51, 32) as u32;
        d.service = field(83, 16) as u16;
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
            return true;
        }
        st.rings[Ring::Exc as usize].head = r.head.wrapping_add(1);
        st.stats.punted += 1;
        drop(st);
        self.raise(Ring::Exc);
        true
    }

    fn notify(&self, body: &[u8]) -> bool {
        if body.len() != mgmt::len::NOTIFY {
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
