//! The MMIO choke point: every register access of the driver goes through [`Mmio`].
//!
//! Accesses are 32-bit, at 4-byte aligned byte offsets, bounds-checked against the
//! region's size before anything touches the device. Backends: a mapped BAR
//! ([`MappedMmio`]), a vfio-user region ([`crate::vfio_user`]), a region accessed by
//! pread/pwrite ([`crate::vfio`]) and an in-memory fake ([`FakeMmio`]).

use crate::volatile::VolatileMemory;
use crate::{DriverResult, Error};
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

/// 32-bit register access to one device region.
pub trait Mmio: Send + Sync + fmt::Debug {
    /// Region size in bytes.
    fn size(&self) -> u64;
    /// Reads the register at byte `offset`.
    fn read32(&self, offset: u32) -> DriverResult<u32>;
    /// Writes the register at byte `offset`.
    fn write32(&self, offset: u32, value: u32) -> DriverResult<()>;
}

/// Refuses an access that is misaligned or does not fit in `size` bytes.
pub fn check(op: &'static str, offset: u32, size: u64) -> DriverResult<()> {
    if offset % 4 != 0 || u64::from(offset) + 4 > size {
        return Err(Error::MmioBounds {
            op,
            offset: u64::from(offset),
            size,
        });
    }
    Ok(())
}

/// A BAR mapped into this process.
#[derive(Debug, Clone)]
pub struct MappedMmio {
    mem: VolatileMemory,
}

impl MappedMmio {
    /// Registers over `mem`.
    pub fn new(mem: VolatileMemory) -> Self {
        MappedMmio { mem }
    }
}

impl Mmio for MappedMmio {
    fn size(&self) -> u64 {
        self.mem.len() as u64
    }

    fn read32(&self, offset: u32) -> DriverResult<u32> {
        check("read32", offset, self.size())?;
        self.mem.read32(offset as usize)
    }

    fn write32(&self, offset: u32, value: u32) -> DriverResult<()> {
        check("write32", offset, self.size())?;
        self.mem.write32(offset as usize, value)
    }
}

/// What sits behind a fake register region: reads and writes may have side effects
/// (a doorbell write runs the fake card).
pub trait RegisterModel: Send + fmt::Debug {
    /// A read of the register at `offset` (aligned, in bounds).
    fn read(&mut self, offset: u32) -> u32;
    /// A write of the register at `offset` (aligned, in bounds).
    fn write(&mut self, offset: u32, value: u32);
}

/// Plain read/write memory as a register model.
#[derive(Debug, Clone, Default)]
pub struct RegisterFile {
    words: Vec<u32>,
}

impl RegisterFile {
    /// `size` bytes of zeroed registers.
    pub fn new(size: u32) -> Self {
        RegisterFile {
            words: vec![0; size as usize / 4],
        }
    }

    /// Sets a register directly (no side effects).
    pub fn set(&mut self, offset: u32, value: u32) {
        if let Some(w) = self.words.get_mut(offset as usize / 4) {
            *w = value;
        }
    }

    /// Gets a register directly.
    pub fn get(&self, offset: u32) -> u32 {
        self.words.get(offset as usize / 4).copied().unwrap_or(0)
    }
}

impl RegisterModel for RegisterFile {
    fn read(&mut self, offset: u32) -> u32 {
        self.get(offset)
    }
    fn write(&mut self, offset: u32, value: u32) {
        self.set(offset, value)
    }
}

/// An in-memory register region over a model that tests can also reach.
#[derive(Debug)]
pub struct FakeMmio<M: RegisterModel> {
    size: u64,
    model: Arc<Mutex<M>>,
}

impl<M: RegisterModel> FakeMmio<M> {
    /// A region of `size` bytes backed by `model`.
    pub fn new(size: u64, model: Arc<Mutex<M>>) -> Self {
        FakeMmio { size, model }
    }

    /// The model behind the region.
    pub fn model(&self) -> &Arc<Mutex<M>> {
        &self.model
    }
}

/// Locks a mutex even if a panicking thread poisoned it: the fakes hold plain data.
pub(crate) fn lock<T: ?Sized>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl<M: RegisterModel> Mmio for FakeMmio<M> {
    fn size(&self) -> u64 {
        self.size
    }

    fn read32(&self, offset: u32) -> DriverResult<u32> {
        check("read32", offset, self.size)?;
        Ok(lock(&self.model).read(offset))
    }

    fn write32(&self, offset: u32, value: u32) -> DriverResult<()> {
        check("write32", offset, self.size)?;
        lock(&self.model).write(offset, value);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn mapped_and_fake_agree() {
        let mem = crate::sys::mem::heap("bar", 0x100).unwrap();
        let mapped = MappedMmio::new(mem.clone());
        let fake = FakeMmio::new(0x100, Arc::new(Mutex::new(RegisterFile::new(0x100))));
        for m in [&mapped as &dyn Mmio, &fake] {
            m.write32(0xFC, 0xA5A5_0001).unwrap();
            assert_eq!(m.read32(0xFC).unwrap(), 0xA5A5_0001);
            assert!(matches!(m.read32(0x100), Err(Error::MmioBounds { .. })));
            assert!(matches!(m.write32(0x2, 0), Err(Error::MmioBounds { .. })));
            assert!(m.read32(u32::MAX).is_err());
        }
        assert_eq!(mem.read32(0xFC).unwrap(), 0xA5A5_0001);
    }

    proptest! {
        #[test]
        fn no_offset_escapes_the_region(offset in any::<u32>(), size in 0u64..0x2000) {
            let ok = check("read32", offset, size).is_ok();
            prop_assert_eq!(ok, offset % 4 == 0 && u64::from(offset) + 4 <= size);
        }
    }
}
