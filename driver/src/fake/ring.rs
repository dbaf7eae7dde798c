//! One ring as the device sees it: its registers and indices. Shared by every
//! software device (the fake card, the simulator's DMA shell), so that they decode the
//! `RINGS` block the same way.

use fpvs_abi::regs::rings::{self, Ring};

/// What a host register write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RingWrite {
    /// `TAIL` moved: the device has work.
    Doorbell,
    /// `LOG2_SIZE` was written: the ring restarted at index 0.
    Restart,
    /// Anything else.
    Other,
}

/// A ring's device-side state.
#[derive(Debug, Clone, Copy, Default)]
pub struct DeviceRing {
    /// Base IOVA.
    pub base: u64,
    /// log2 of the slots.
    pub log2: u32,
    /// The device's index.
    pub head: u32,
    /// The host's index.
    pub tail: u32,
    /// Raise the ring's vector when `HEAD` moves.
    pub irq: bool,
}

impl DeviceRing {
    /// Slots.
    pub fn size(&self) -> u32 {
        1 << self.log2
    }

    /// IOVA of the slot of free-running index `index`.
    pub fn addr(&self, ring: Ring, index: u32) -> u64 {
        self.base + u64::from(index & (self.size() - 1)) * ring.descriptor_bytes() as u64
    }

    /// The host has programmed a base.
    pub fn live(&self) -> bool {
        self.base != 0
    }

    /// Descriptors posted by the host and not yet consumed (0 if `TAIL` is not a sane
    /// distance ahead of `HEAD`).
    pub fn posted(&self) -> u32 {
        let n = self.tail.wrapping_sub(self.head);
        if n > self.size() {
            0
        } else {
            n
        }
    }

    /// A host read of register `reg` (offset within the ring).
    pub fn read(&self, reg: u32) -> u32 {
        match reg {
            rings::BASE_LO => self.base as u32,
            rings::BASE_HI => (self.base >> 32) as u32,
            rings::LOG2_SIZE => self.log2,
            rings::HEAD => self.head,
            rings::TAIL => self.tail,
            rings::IRQ_CTRL => self.irq as u32,
            _ => 0,
        }
    }

    /// A host write of register `reg`.
    pub fn write(&mut self, reg: u32, value: u32) -> RingWrite {
        match reg {
            rings::BASE_LO => self.base = (self.base & !0xFFFF_FFFF) | u64::from(value),
            rings::BASE_HI => self.base = (self.base & 0xFFFF_FFFF) | u64::from(value) << 32,
            rings::LOG2_SIZE => {
                self.log2 = value.min(rings::MAX_LOG2_SIZE);
                self.head = 0;
                self.tail = 0;
                return RingWrite::Restart;
            }
            rings::TAIL => {
                self.tail = value;
                return RingWrite::Doorbell;
            }
            rings::IRQ_CTRL => self.irq = value & 1 != 0,
            _ => {}
        }
        RingWrite::Other
    }
}
