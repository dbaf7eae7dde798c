//! The core's side of the block for tests: its ports served from queues and callbacks,
//! so a test can put a register file, or the Verilated core, behind the block; and
//! [`Line`], the block on its line clocked by a test.

use super::Mgmt;
use crate::board::uart::line;
use crate::testing::{bits_from_bytes, bytes_from_bits, settle};
use crate::tick;
use rust_hdl::prelude::*;
use std::collections::VecDeque;

/// What the core does with what the block hands it.
pub trait CoreSide {
    /// A register write on the bus.
    fn reg_write(&mut self, addr: u16, value: u32);
    /// A register read on the bus; the value returns one cycle later.
    fn reg_read(&mut self, addr: u16) -> u32;
    /// A 64-byte command descriptor the core took from `m_cmd`.
    fn command(&mut self, desc: Vec<u8>);
    /// A frame the core took from `m_inj`, with its `tuser` (`[1:0]` port,
    /// `[2]` verbatim).
    fn injected(&mut self, tuser: u8, frame: Vec<u8>);
}

/// The core's ports towards the block: what it offers (completions, notify
/// records, exception frames) and how it takes (`cmd_ready`, `inj_ready`).
#[derive(Debug)]
pub struct CorePorts {
    /// Completions the core will return.
    pub cpls: VecDeque<Vec<u8>>,
    /// Notify records the core will emit.
    pub notifies: VecDeque<Vec<u8>>,
    /// Exception frames `(tuser, bytes)` the core will emit, in 8-byte beats.
    pub excs: VecDeque<(u128, Vec<u8>)>,
    /// The core takes commands.
    pub cmd_ready: bool,
    /// The core takes injected beats.
    pub inj_ready: bool,
    exc_off: usize,
    inj_cur: Vec<u8>,
    rvalid: Option<u32>,
}

impl Default for CorePorts {
    fn default() -> Self {
        CorePorts {
            cpls: VecDeque::new(),
            notifies: VecDeque::new(),
            excs: VecDeque::new(),
            cmd_ready: true,
            inj_ready: true,
            exc_off: 0,
            inj_cur: Vec::new(),
            rvalid: None,
        }
    }
}

impl CorePorts {
    /// Nothing offered to the block and no read data due.
    pub fn idle(&self) -> bool {
        self.cpls.is_empty()
            && self.notifies.is_empty()
            && self.excs.is_empty()
            && self.rvalid.is_none()
    }

    /// Drives the block's core-side inputs for this clock (before it settles).
    pub fn drive(&mut self, u: &mut Mgmt) {
        u.reg_rvalid.next = self.rvalid.is_some();
        u.reg_rdata.next = u64::from(self.rvalid.take().unwrap_or(0)).into();
        u.m_cmd_tready.next = self.cmd_ready;
        u.m_inj_tready.next = self.inj_ready;
        u.s_cpl_tvalid.next = !self.cpls.is_empty();
        if let Some(c) = self.cpls.front() {
            u.s_cpl_tdata.next = bits_from_bytes(c);
        }
        u.s_notify_tvalid.next = !self.notifies.is_empty();
        if let Some(n) = self.notifies.front() {
            u.s_notify_tdata.next = bits_from_bytes(n);
        }
        u.s_exc_tvalid.next = !self.excs.is_empty();
        if let Some((user, f)) = self.excs.front() {
            let n = (f.len() - self.exc_off).min(8);
            u.s_exc_tdata.next = bits_from_bytes(&f[self.exc_off..self.exc_off + n]);
            u.s_exc_tkeep.next = ((1u64 << n) - 1).into();
            u.s_exc_tlast.next = self.exc_off + n == f.len();
            u.s_exc_tuser.next = bits_from_bytes(&user.to_le_bytes());
        }
    }

    /// Takes the block's core-side outputs of this clock (after it settled, before
    /// the clock edge) and hands them to `core`.
    pub fn collect(&mut self, u: &Mgmt, core: &mut impl CoreSide) {
        if u.reg_wr.val() {
            core.reg_write(
                u.reg_addr.val().to_u64() as u16,
                u.reg_wdata.val().to_u64() as u32,
            );
        }
        if u.reg_rd.val() {
            self.rvalid = Some(core.reg_read(u.reg_addr.val().to_u64() as u16));
        }
        if u.m_cmd_tvalid.val() && self.cmd_ready {
            core.command(bytes_from_bits(&u.m_cmd_tdata.val(), 64));
        }
        if u.s_cpl_tvalid.val() && u.s_cpl_tready.val() {
            self.cpls.pop_front();
        }
        if u.s_notify_tvalid.val() && u.s_notify_tready.val() {
            self.notifies.pop_front();
        }
        if u.s_exc_tvalid.val() {
            assert!(u.s_exc_tready.val(), "m_exc must never stall the core");
            let len = self.excs.front().map_or(0, |e| e.1.len());
            self.exc_off += 8;
            if self.exc_off >= len {
                self.exc_off = 0;
                self.excs.pop_front();
            }
        }
        if u.m_inj_tvalid.val() && self.inj_ready {
            let n = u.m_inj_tkeep.val().to_u64().count_ones() as usize;
            self.inj_cur
                .extend(bytes_from_bits(&u.m_inj_tdata.val(), n));
            if u.m_inj_tlast.val() {
                let user = u.m_inj_tuser.val().to_u64() as u8;
                core.injected(user, std::mem::take(&mut self.inj_cur));
            }
        }
    }
}

/// The block on its line, as a host and a core see it: bytes to the card become line
/// levels on `rx`, clock by clock; the levels on `tx` become bytes again; the core's
/// ports are served by [`CorePorts`] and a [`CoreSide`]. The unit tests' bench and the
/// end-to-end test (with the Verilated core behind it) both drive the block so.
pub struct Line {
    /// The block.
    pub mgmt: Mgmt,
    /// The core's ports.
    pub ports: CorePorts,
    div: usize,
    line_in: VecDeque<bool>,
    line_out: line::Decoder,
}

impl std::fmt::Debug for Line {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Line")
            .field("div", &self.div)
            .field("levels_queued", &self.line_in.len())
            .field("ports", &self.ports)
            .finish_non_exhaustive()
    }
}

impl Line {
    /// The block at `div` clocks per bit, its line idle.
    pub fn new(div: usize) -> Self {
        let mut mgmt = Mgmt::new(div as u64);
        mgmt.connect_all();
        Line {
            mgmt,
            ports: CorePorts::default(),
            div,
            line_in: VecDeque::new(),
            line_out: line::Decoder::default(),
        }
    }

    /// Queues bytes on the line to the card.
    pub fn send(&mut self, bytes: &[u8]) {
        self.line_in.extend(line::serial(bytes, self.div));
    }

    /// Everything queued to the card has been on the line.
    pub fn sent(&self) -> bool {
        self.line_in.is_empty()
    }

    /// Bytes from the card whose stop bit was missing.
    pub fn framing_errors(&self) -> usize {
        self.line_out.framing_errors
    }

    /// One clock: the next level on `rx`, the core's ports driven and collected
    /// (handing `core` what the block gave it), the clock edge. Returns the level the
    /// block drove on `tx` and the byte that level completed, if any.
    pub fn step(&mut self, core: &mut impl CoreSide) -> (bool, Option<u8>) {
        let u = &mut self.mgmt;
        u.rx.next = self.line_in.pop_front().unwrap_or(true);
        self.ports.drive(u);
        settle(u);
        self.ports.collect(u, core);
        let level = u.tx.val();
        tick!(*u);
        (level, self.line_out.feed(level, self.div))
    }
}
