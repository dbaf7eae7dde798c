//! A host's view of the line for the unit tests: frames to line levels, line levels
//! to frames, and the core's ports played by queues and a register file.

use super::testing::{CoreSide, Line};
pub use fpvs_abi::mgmt::encode;
use fpvs_abi::mgmt::{Deframed, Deframer};
use std::collections::{HashMap, VecDeque};

/// A register file behind the bus, and what the core took.
#[derive(Debug, Default)]
pub struct BusCore {
    /// Register file behind the bus.
    pub regs: HashMap<u16, u32>,
    /// Register writes seen.
    pub reg_writes: usize,
    /// Commands the core took.
    pub cmds: Vec<Vec<u8>>,
    /// Injected frames `(tuser, bytes)` the core took.
    pub injected: Vec<(u8, Vec<u8>)>,
}

impl CoreSide for BusCore {
    fn reg_write(&mut self, addr: u16, value: u32) {
        self.regs.insert(addr, value);
        self.reg_writes += 1;
    }
    fn reg_read(&mut self, addr: u16) -> u32 {
        self.regs.get(&addr).copied().unwrap_or(0)
    }
    fn command(&mut self, desc: Vec<u8>) {
        self.cmds.push(desc);
    }
    fn injected(&mut self, tuser: u8, frame: Vec<u8>) {
        self.injected.push((tuser, frame));
    }
}

/// The block with the core's ports modelled.
pub struct Bench {
    /// The block on its line, and the core's ports.
    pub line: Line,
    div: usize,
    deframer: Deframer,
    bad: usize,
    /// Frames from the card, in order.
    pub frames: VecDeque<(u8, Vec<u8>)>,
    /// The core behind them.
    pub core: BusCore,
    /// Cycles run.
    pub cycles: u64,
}

impl Bench {
    /// A block at `div` clocks per bit.
    pub fn new(div: usize) -> Self {
        Bench {
            line: Line::new(div),
            div,
            deframer: Default::default(),
            bad: 0,
            frames: VecDeque::new(),
            core: BusCore::default(),
            cycles: 0,
        }
    }

    /// Queues raw bytes on the line to the card.
    pub fn send_raw(&mut self, bytes: &[u8]) {
        self.line.send(bytes);
    }

    /// Frames whose CRC failed on the way to the host.
    pub fn bad_frames(&self) -> usize {
        self.bad
    }

    /// One clock; the core takes injected beats two clocks out of three.
    pub fn step(&mut self) {
        self.line.ports.inj_ready = self.cycles % 3 != 0;
        let (_, byte) = self.line.step(&mut self.core);
        self.cycles += 1;
        if let Some(b) = byte {
            match self.deframer.feed(b) {
                Some(Deframed::Frame(f)) => self.frames.push_back((f.ty, f.body)),
                Some(Deframed::Bad) => self.bad += 1,
                None => {}
            }
        }
    }

    /// Runs until the line to the card is drained and `n` frames have come back (or
    /// `max` cycles, then panics).
    pub fn run_for_frames(&mut self, n: usize, max: u64) {
        let end = self.cycles + max;
        while !self.line.sent() || self.frames.len() < n {
            let u = &self.line.mgmt;
            assert!(
                self.cycles < end,
                "timed out; frames so far {:?}; bad {} overruns {} act {} n {}",
                self.frames,
                u.bad.q.val().to_u64(),
                u.overrun.q.val().to_u64(),
                u.act.q.val().to_u64(),
                u.n.q.val().to_u64(),
            );
            self.step();
        }
    }

    /// Runs `n` cycles.
    pub fn run(&mut self, n: u64) {
        for _ in 0..n {
            self.step();
        }
    }

    /// Sends a frame and waits for one reply.
    pub fn request(&mut self, ty: u8, body: &[u8]) -> (u8, Vec<u8>) {
        self.send_raw(&encode(ty, body));
        self.run_for_frames(1, 400 * self.div as u64 * (body.len() as u64 + 10));
        self.frames.pop_front().unwrap()
    }
}
