//! The simulated card, frame by frame.

use crate::ffi::Handle;
use crate::{SimError, SimResult};
use fpvs_abi::{CommandDescriptor, NotifyRecord};

/// Largest frame the harness returns (jumbo frames plus TUN's 20 bytes).
const MAX_FRAME: usize = 16 * 1024;

/// Traffic shaping of the harness.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Traffic {
    /// Chance an input holds `tvalid` low for a cycle between beats.
    pub p_idle: f64,
    /// Chance each output holds `tready` low for a cycle: forward, exception, notify,
    /// completion.
    pub p_stall: [f64; 4],
    /// Cycles an input may be refused before the watchdog fires.
    pub watchdog: u64,
}

impl Default for Traffic {
    fn default() -> Self {
        Traffic {
            p_idle: 0.0,
            p_stall: [0.0; 4],
            watchdog: 100_000,
        }
    }
}

/// A frame that left on `m_axis`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forwarded {
    /// Egress port.
    pub port: u8,
    /// The frame was aborted (truncated): the port discards it.
    pub abort: bool,
    /// Bytes.
    pub frame: Vec<u8>,
    /// Cycle of its first beat.
    pub first_cycle: u64,
    /// Cycle of its last beat.
    pub last_cycle: u64,
}

/// A frame that left on `m_exc`, with its metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExceptionFrame {
    /// Reason code.
    pub reason: u8,
    /// Ingress port.
    pub port: u8,
    /// Offset of the L3 header.
    pub l3_offset: u8,
    /// Flow hash.
    pub flow_hash: u32,
    /// Arrival tick.
    pub timestamp: u32,
    /// Service index, 0xFFFF for none.
    pub service: u16,
    /// The frame was aborted (truncated).
    pub abort: bool,
    /// Bytes.
    pub frame: Vec<u8>,
    /// Cycle of its first beat.
    pub first_cycle: u64,
    /// Cycle of its last beat.
    pub last_cycle: u64,
}

/// The Verilated card with its harness.
#[derive(Debug)]
pub struct SimCard {
    h: Handle,
    width: u32,
}

impl SimCard {
    /// Opens a card of the build with `width`-byte beats; `seed` drives the harness's
    /// random idle and back-pressure.
    pub fn open(width: u32, seed: u64) -> SimResult<SimCard> {
        if cfg!(not(fpvs_verilated)) {
            return Err(SimError::NotBuilt(crate::not_built_message()));
        }
        if width != 8 && width != 64 {
            return Err(SimError::BadWidth(width));
        }
        let h = Handle::new(width, seed).ok_or(SimError::BadWidth(width))?;
        Ok(SimCard { h, width })
    }

    /// Bytes per beat.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Sets idle insertion, back-pressure and the watchdog bound.
    pub fn set_traffic(&mut self, t: Traffic) {
        self.h.configure(t.p_idle, t.p_stall, t.watchdog);
    }

    /// Queues a frame arriving on Ethernet port `port`.
    pub fn push_frame(&mut self, port: u8, frame: &[u8]) {
        self.h.push_frame(0, port & 3, frame);
    }

    /// Queues a frame from the host: sent to `port` unchanged if `verbatim`, else run
    /// through the pipeline as if it arrived on `port`.
    pub fn inject(&mut self, port: u8, verbatim: bool, frame: &[u8]) {
        self.h
            .push_frame(1, (port & 3) | (verbatim as u8) << 2, frame);
    }

    /// Queues a command.
    pub fn push_command(&mut self, d: &CommandDescriptor) {
        self.h.push_cmd(&d.encode());
    }

    /// Runs `n` cycles (fewer if the watchdog fires).
    pub fn step(&mut self, n: u64) -> SimResult<u64> {
        let ran = self.h.step(n);
        self.check()?;
        Ok(ran)
    }

    /// Runs until all inputs are consumed and `quiet` cycles pass without output, for
    /// at most `max` cycles.
    pub fn run_until_idle(&mut self, quiet: u64, max: u64) -> SimResult<u64> {
        let ran = self.h.run_idle(quiet, max);
        self.check()?;
        if ran >= max && !self.h.idle() {
            return Err(SimError::Timeout {
                what: "the card to go idle",
                cycles: ran,
            });
        }
        Ok(ran)
    }

    /// Runs until all inputs are consumed and `quiet` cycles pass without output, or
    /// `max` cycles, whichever comes first (no error at `max`: the caller decides).
    pub fn run_quiet(&mut self, quiet: u64, max: u64) -> SimResult<u64> {
        let ran = self.h.run_idle(quiet, max);
        self.check()?;
        Ok(ran)
    }

    /// True if every input queue is empty and no frame is half-offered.
    pub fn idle(&mut self) -> bool {
        self.h.idle()
    }

    fn check(&mut self) -> SimResult<()> {
        match self.h.watchdog() {
            Some(m) => Err(SimError::Watchdog(m)),
            None => Ok(()),
        }
    }

    /// Frames not yet taken by the card on the port input (`0`), the host input (`1`),
    /// or commands (`2`).
    pub fn pending(&mut self, input: u32) -> u64 {
        self.h.pending(input)
    }

    /// The oldest forwarded frame.
    pub fn pop_forwarded(&mut self) -> Option<Forwarded> {
        let mut buf = vec![0u8; MAX_FRAME];
        let info = self.h.pop_frame(0, &mut buf)?;
        buf.truncate((info.len as usize).min(MAX_FRAME));
        Some(Forwarded {
            port: info.user[0] & 3,
            abort: info.user[0] & 4 != 0,
            frame: buf,
            first_cycle: info.first_cycle,
            last_cycle: info.last_cycle,
        })
    }

    /// The oldest exception frame.
    pub fn pop_exception(&mut self) -> Option<ExceptionFrame> {
        let mut buf = vec![0u8; MAX_FRAME];
        let info = self.h.pop_frame(1, &mut buf)?;
        buf.truncate((info.len as usize).min(MAX_FRAME));
        let u = u128::from_le_bytes(info.user);
        let field = |lo: u32, bits: u32| ((u >> lo) & ((1u128 << bits) - 1)) as u64;
        Some(ExceptionFrame {
            abort: field(0, 1) != 0,
            reason: field(1, 8) as u8,
            port: field(9, 2) as u8,
            l3_offset: field(11, 8) as u8,
            flow_hash: field(19, 32) as u32,
            timestamp: field(51, 32) as u32,
            service: field(83, 16) as u16,
            frame: buf,
            first_cycle: info.first_cycle,
            last_cycle: info.last_cycle,
        })
    }

    /// The oldest notify record (raw bytes; see [`NotifyRecord::decode`]).
    pub fn pop_notify_raw(&mut self) -> Option<[u8; 32]> {
        self.h.pop_notify()
    }

    /// The oldest notify record, decoded.
    pub fn pop_notify(&mut self) -> Option<fpvs_abi::AbiResult<NotifyRecord>> {
        self.h.pop_notify().map(|b| NotifyRecord::decode(&b))
    }

    /// The oldest command completion.
    pub fn pop_completion(&mut self) -> Option<CommandDescriptor> {
        self.h.pop_cpl().map(|b| CommandDescriptor::decode(&b))
    }

    /// Executes one command and returns its completion (bounded wait).
    pub fn command(&mut self, d: &CommandDescriptor) -> SimResult<CommandDescriptor> {
        self.push_command(d);
        for _ in 0..1000 {
            self.step(8)?;
            if let Some(c) = self.pop_completion() {
                return Ok(c);
            }
        }
        Err(SimError::Timeout {
            what: "a command completion",
            cycles: 8000,
        })
    }

    /// Reads a register.
    pub fn reg_read(&mut self, addr: u32) -> u32 {
        self.h.reg_read(addr)
    }

    /// Writes a register.
    pub fn reg_write(&mut self, addr: u32, v: u32) {
        self.h.reg_write(addr, v)
    }

    /// Cycles run so far.
    pub fn cycle(&mut self) -> u64 {
        self.h.cycle()
    }

    /// Starts writing a VCD trace to `path`.
    pub fn trace_start(&mut self, path: &std::path::Path) -> SimResult<()> {
        let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).map_err(|_| {
            SimError::Io {
                what: format!("trace path {}", path.display()),
                source: std::io::Error::from(std::io::ErrorKind::InvalidInput),
            }
        })?;
        if self.h.trace_start(&c) {
            Ok(())
        } else {
            Err(SimError::Io {
                what: format!("opening {}", path.display()),
                source: std::io::Error::last_os_error(),
            })
        }
    }

    /// Stops tracing.
    pub fn trace_stop(&mut self) {
        self.h.trace_stop()
    }
}
