//! The DMA shell around the Verilated card: the `RINGS` block in software.
//!
//! On a board the pipeline sits behind a DMA engine (Corundum's queues, a PCIe
//! endpoint) that moves descriptors and frames between host memory and the card's
//! streams. In the simulator that engine is this module. It keeps the four rings'
//! registers, reads commands and inject frames from host memory by IOVA (through a
//! [`DmaSpace`], as an IOMMU would translate), feeds them to the card's `s_cmd` and
//! `s_inj` streams, and writes completions, punted frames and notifications back,
//! following the ring protocol stated in `fpvs_driver::rings`. Every other register
//! address goes to the card's own register port.
//!
//! The shell trusts nothing from the host either: a descriptor it cannot read (an IOVA
//! outside every mapping), an inject frame longer than the card accepts, or a ring
//! programmed beyond `MAX_LOG2_SIZE` is counted in [`ShellStats`] and skipped, never a
//! crash.

use crate::{Forwarded, SimCard, SimResult};
use fpvs_abi::regs::rings::{self, Ring};
use fpvs_abi::regs::{block_type, header};
use fpvs_abi::{
    CommandDescriptor, ExceptionDescriptor, ExceptionFlags, InjectDescriptor, InjectFlags,
};
use fpvs_driver::fake::{DeviceRing, DmaSpace, IrqLines, RingWrite};
use std::collections::VecDeque;
use std::sync::Arc;

/// Commands the shell keeps in flight in the card at once (the card's command FIFO
/// is deeper; this bounds how far completions can lag the doorbell).
const CMD_WINDOW: usize = 64;
/// Inject frames queued into the card at once.
const INJ_WINDOW: u64 = 16;
/// Longest frame the shell injects (the card's jumbo limit).
pub const MAX_INJECT: usize = 9216;

/// What the shell counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ShellStats {
    /// Punted frames dropped because the host had posted no exception buffer.
    pub exc_no_buffer: u64,
    /// Notification records dropped because the notify ring was full.
    pub notify_dropped: u64,
    /// Descriptor or buffer reads/writes that hit no DMA mapping.
    pub dma_faults: u64,
    /// Inject descriptors refused (length 0 or beyond [`MAX_INJECT`], bad port).
    pub inj_refused: u64,
    /// Commands executed.
    pub commands: u64,
    /// Frames injected.
    pub injected: u64,
    /// Frames punted to the host.
    pub punted: u64,
    /// Notification records delivered.
    pub notified: u64,
}

/// The card with its DMA shell.
#[derive(Debug)]
pub struct Shell {
    card: SimCard,
    dma: Arc<DmaSpace>,
    irq: Arc<IrqLines>,
    rings: [DeviceRing; 4],
    /// Next command index to hand to the card (between HEAD and TAIL).
    cmd_fetch: u32,
    /// Free-running indices of commands in the card, oldest first.
    cmd_inflight: VecDeque<u32>,
    stats: ShellStats,
}

impl Shell {
    /// Wraps `card`; the host's memory is reached through `dma`, vectors on `irq`.
    pub fn new(card: SimCard, dma: Arc<DmaSpace>, irq: Arc<IrqLines>) -> Self {
        Shell {
            card,
            dma,
            irq,
            rings: [DeviceRing::default(); 4],
            cmd_fetch: 0,
            cmd_inflight: VecDeque::new(),
            stats: ShellStats::default(),
        }
    }

    /// The card.
    pub fn card(&mut self) -> &mut SimCard {
        &mut self.card
    }

    /// What was counted.
    pub fn stats(&self) -> ShellStats {
        self.stats
    }

    /// The DMA space (the vfio-user server maps the client's memory into it).
    pub fn dma(&self) -> &Arc<DmaSpace> {
        &self.dma
    }

    /// The interrupt lines.
    pub fn irq(&self) -> &Arc<IrqLines> {
        &self.irq
    }

    /// The host went away: forget its rings (their memory is no longer mapped).
    /// The card's tables are untouched, as on a real card whose driver restarts.
    pub fn detach(&mut self) {
        self.rings = [DeviceRing::default(); 4];
        self.cmd_fetch = 0;
        // Completions of commands still in the card have nowhere to go: drain them.
        while !self.cmd_inflight.is_empty() {
            if self.card.step(64).is_err() {
                break;
            }
            while self.card.pop_completion().is_some() {
                self.cmd_inflight.pop_front();
            }
        }
    }

    /// A register read from the host.
    pub fn read(&mut self, offset: u32) -> u32 {
        match rings::ring_of(offset) {
            Some((ring, reg)) => self.rings[ring as usize].read(reg),
            None if offset < rings::BASE => self.card.reg_read(offset),
            None => match offset - rings::BASE {
                header::TYPE => block_type::RINGS,
                header::VERSION => rings::VERSION,
                header::NEXT => rings::NEXT_BLOCK,
                _ => 0,
            },
        }
    }

    /// A register write from the host. Returns true if it rang a doorbell (work to
    /// do).
    pub fn write(&mut self, offset: u32, value: u32) -> bool {
        let Some((ring, reg)) = rings::ring_of(offset) else {
            if offset < rings::BASE {
                self.card.reg_write(offset, value);
            }
            return false;
        };
        match self.rings[ring as usize].write(reg, value) {
            RingWrite::Doorbell => return true,
            RingWrite::Restart if ring == Ring::Cmd => {
                self.cmd_fetch = 0;
                self.cmd_inflight.clear();
            }
            _ => {}
        }
        false
    }

    /// Moves host work into the card: commands up to the window, inject frames.
    /// Returns true if anything moved.
    pub fn fetch(&mut self) -> bool {
        let mut moved = false;
        // Commands.
        let r = self.rings[Ring::Cmd as usize];
        if r.live() {
            while self.cmd_inflight.len() < CMD_WINDOW
                && self.cmd_fetch.wrapping_sub(r.head) < r.posted()
            {
                let index = self.cmd_fetch;
                let mut b = [0u8; CommandDescriptor::BYTES];
                if self.dma.read(r.addr(Ring::Cmd, index), &mut b).is_err() {
                    // Nothing readable: stop here; the host sees HEAD not moving and
                    // times out, which is what a faulting DMA engine looks like.
                    self.stats.dma_faults += 1;
                    break;
                }
                self.card.push_command(&CommandDescriptor::decode(&b));
                self.cmd_inflight.push_back(index);
                self.cmd_fetch = index.wrapping_add(1);
                moved = true;
            }
        }
        // Injections: consumed (DONE, HEAD moved) once the frame is read.
        let r = self.rings[Ring::Inj as usize];
        if r.live() && r.posted() > 0 {
            let mut head = r.head;
            while head != r.tail && self.card.pending(1) < INJ_WINDOW {
                let addr = r.addr(Ring::Inj, head);
                let mut b = [0u8; InjectDescriptor::BYTES];
                if self.dma.read(addr, &mut b).is_err() {
                    self.stats.dma_faults += 1;
                    break;
                }
                let mut d = InjectDescriptor::decode(&b);
                let len = usize::from(d.len);
                if len == 0 || len > MAX_INJECT || d.port >= fpvs_abi::ETH_PORTS {
                    self.stats.inj_refused += 1;
                } else {
                    let mut frame = vec![0u8; len];
                    if self.dma.read(d.buf_addr, &mut frame).is_err() {
                        self.stats.dma_faults += 1;
                    } else {
                        let verbatim = d.flags.0 & InjectFlags::VERBATIM != 0;
                        self.card.inject(d.port, verbatim, &frame);
                        self.stats.injected += 1;
                    }
                }
                d.flags.0 |= InjectFlags::DONE;
                if self.dma.write(addr, &d.encode()).is_err() {
                    self.stats.dma_faults += 1;
                }
                head = head.wrapping_add(1);
                moved = true;
            }
            if head != r.head {
                self.rings[Ring::Inj as usize].head = head;
                self.raise(Ring::Inj);
            }
        }
        moved
    }

    /// True if the card holds work: commands in flight, frames queued or inside.
    pub fn busy(&mut self) -> bool {
        !self.cmd_inflight.is_empty() || !self.card.idle()
    }

    /// True if the host has posted commands or injections the shell has not fetched.
    pub fn host_work(&self) -> bool {
        let c = self.rings[Ring::Cmd as usize];
        let i = self.rings[Ring::Inj as usize];
        (c.live() && self.cmd_fetch.wrapping_sub(c.head) < c.posted())
            || (i.live() && i.posted() > 0)
    }

    /// Runs the card until it has been quiet for `quiet` cycles (at most `max`), then
    /// moves what it produced: completions and punts and notifications into host
    /// memory, forwarded frames to `egress`. Returns the cycles run.
    pub fn run(
        &mut self,
        quiet: u64,
        max: u64,
        egress: &mut dyn FnMut(Forwarded),
    ) -> SimResult<u64> {
        let ran = self.card.run_quiet(quiet, max)?;
        self.drain(egress);
        Ok(ran)
    }

    /// Moves the card's outputs out.
    pub fn drain(&mut self, egress: &mut dyn FnMut(Forwarded)) {
        let mut cmd_moved = false;
        while let Some(c) = self.card.pop_completion() {
            self.stats.commands += 1;
            let Some(index) = self.cmd_inflight.pop_front() else {
                continue;
            };
            let r = self.rings[Ring::Cmd as usize];
            if r.live() {
                if self
                    .dma
                    .write(r.addr(Ring::Cmd, index), &c.encode())
                    .is_err()
                {
                    self.stats.dma_faults += 1;
                }
                self.rings[Ring::Cmd as usize].head = index.wrapping_add(1);
                cmd_moved = true;
            }
        }
        if cmd_moved {
            self.raise(Ring::Cmd);
        }
        let mut punted = false;
        while let Some(e) = self.card.pop_exception() {
            if e.abort {
                // A frame the card cut short (truncated on input): nothing to punt.
                continue;
            }
            if self.punt(&e) {
                punted = true;
            }
        }
        if punted {
            self.raise(Ring::Exc);
        }
        let mut notified = false;
        while let Some(raw) = self.card.pop_notify_raw() {
            let r = self.rings[Ring::Notify as usize];
            if !r.live() || r.head.wrapping_sub(r.tail) >= r.size() {
                self.stats.notify_dropped += 1;
                continue;
            }
            if self.dma.write(r.addr(Ring::Notify, r.head), &raw).is_err() {
                self.stats.dma_faults += 1;
                continue;
            }
            self.rings[Ring::Notify as usize].head = r.head.wrapping_add(1);
            self.stats.notified += 1;
            notified = true;
        }
        if notified {
            self.raise(Ring::Notify);
        }
        while let Some(f) = self.card.pop_forwarded() {
            if !f.abort {
                egress(f);
            }
        }
    }

    /// Fills the exception buffer at HEAD with a punted frame; false if dropped.
    fn punt(&mut self, e: &crate::ExceptionFrame) -> bool {
        let r = self.rings[Ring::Exc as usize];
        if !r.live() || r.posted() == 0 {
            self.stats.exc_no_buffer += 1;
            return false;
        }
        let addr = r.addr(Ring::Exc, r.head);
        let mut b = [0u8; ExceptionDescriptor::BYTES];
        if self.dma.read(addr, &mut b).is_err() {
            self.stats.dma_faults += 1;
            return false;
        }
        let mut d = ExceptionDescriptor::decode(&b);
        let take = e.frame.len().min(usize::from(d.buf_size));
        if self.dma.write(d.buf_addr, &e.frame[..take]).is_err() {
            self.stats.dma_faults += 1;
            return false;
        }
        d.frame_len = e.frame.len().min(usize::from(u16::MAX)) as u16;
        d.reason = e.reason;
        d.port = e.port;
        d.l3_offset = e.l3_offset;
        d.flow_hash = e.flow_hash;
        d.timestamp = e.timestamp;
        d.service = e.service;
        let mut flags = ExceptionFlags::DONE;
        if e.frame.len() > usize::from(d.buf_size) {
            flags |= ExceptionFlags::TRUNCATED;
        }
        d.flags = ExceptionFlags(flags);
        // The descriptor body first, the flags byte (DONE) last.
        let mut bytes = d.encode();
        bytes[ExceptionDescriptor::FLAGS_OFFSET] = 0;
        let ok = self.dma.write(addr, &bytes).is_ok()
            && self
                .dma
                .write(addr + ExceptionDescriptor::FLAGS_OFFSET as u64, &[flags])
                .is_ok();
        if !ok {
            self.stats.dma_faults += 1;
            return false;
        }
        self.rings[Ring::Exc as usize].head = r.head.wrapping_add(1);
        self.stats.punted += 1;
        true
    }

    fn raise(&self, ring: Ring) {
        if self.rings[ring as usize].irq {
            self.irq.raise(ring as u32);
        }
    }
}
