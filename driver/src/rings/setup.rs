//! Bringing up all four rings on an opened card.

use super::core::{RingCore, Waiter};
use super::{CommandRing, ExceptionRing, InjectRing, Limits, NotifyRing};
use crate::device::Device;
use crate::irq::Interrupt;
use crate::regs::{CardInfo, Registers};
use crate::{DriverResult, Error};
use fpvs_abi::regs::rings::Ring;

/// How the host learns that the card moved a ring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Re-read `HEAD` (no interrupts: simplest, burns a little CPU while waiting).
    Poll,
    /// Sleep on each ring's interrupt vector (MSI-X vector = ring number).
    Interrupt,
}

/// Ring sizes and buffers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RingConfig {
    /// log2 of the slots of CMD, EXC, INJ, NOTIFY.
    pub log2_sizes: [u32; 4],
    /// Bytes per exception buffer (a frame longer than this arrives truncated).
    pub exc_buf_size: u16,
    /// Bytes per inject buffer (the longest frame that can be injected).
    pub inj_buf_size: u16,
    /// Polling or interrupts.
    pub mode: Mode,
}

impl Default for RingConfig {
    fn default() -> Self {
        RingConfig {
            log2_sizes: [8, 9, 8, 10],
            exc_buf_size: 2048,
            inj_buf_size: 2048,
            mode: Mode::Interrupt,
        }
    }
}

/// The four rings of a card.
#[derive(Debug)]
pub struct Rings {
    /// Commands.
    pub cmd: CommandRing,
    /// Exceptions.
    pub exc: ExceptionRing,
    /// Injections.
    pub inj: InjectRing,
    /// Notifications.
    pub notify: NotifyRing,
    /// The vectors, in interrupt mode.
    pub interrupts: Vec<Interrupt>,
}

impl Rings {
    /// Allocates and programs every ring; in interrupt mode enables one vector per ring.
    pub fn open(
        dev: &dyn Device,
        regs: &Registers,
        info: &CardInfo,
        cfg: &RingConfig,
    ) -> DriverResult<Rings> {
        let interrupts = match cfg.mode {
            Mode::Poll => Vec::new(),
            Mode::Interrupt => dev.enable_interrupts(Ring::ALL.len() as u32)?,
        };
        let waiter = |r: Ring| match interrupts.get(r as usize) {
            Some(i) => Waiter::Interrupt(i.clone()),
            None => Waiter::Poll,
        };
        let core = |r: Ring| RingCore::new(dev, regs, r, cfg.log2_sizes[r as usize], waiter(r));
        let limits = Limits::from(info);
        let frames = |r: Ring, buf: u16| -> DriverResult<_> {
            let len = (1usize << cfg.log2_sizes[r as usize])
                .checked_mul(usize::from(buf))
                .ok_or_else(|| Error::InvalidArgument(format!("{r:?} buffers too large")))?;
            dev.dma_alloc(len)
        };
        Ok(Rings {
            cmd: CommandRing::new(core(Ring::Cmd)?),
            exc: ExceptionRing::new(
                core(Ring::Exc)?,
                frames(Ring::Exc, cfg.exc_buf_size)?,
                cfg.exc_buf_size,
                limits,
            )?,
            inj: InjectRing::new(
                core(Ring::Inj)?,
                frames(Ring::Inj, cfg.inj_buf_size)?,
                cfg.inj_buf_size,
                limits,
            )?,
            notify: NotifyRing::new(core(Ring::Notify)?, limits)?,
            interrupts,
        })
    }
}
