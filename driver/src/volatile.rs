//! The one place that reads and writes device and DMA memory.
//!
//! A BAR mapping or a DMA buffer is shared with a device that may change it at any
//! moment, so Rust references (`&[u8]`, `&u32`) into it would be undefined behaviour.
//! [`VolatileMemory`] is a raw pointer and a length; every access is bounds-checked
//! and volatile, and copies bytes in or out — nothing returns a reference into it.
//! (The rules are vm-memory's and the `vfio_dma_map` contract's.)

use crate::{DriverResult, Error};
use std::fmt;
use std::ptr::NonNull;
use std::sync::Arc;

/// Whatever keeps a piece of memory mapped (an mmap, a heap block) while views of it
/// exist.
pub trait MemoryOwner: Send + Sync + fmt::Debug {}

/// A view of memory shared with a device: raw pointer, length, and the owner that keeps
/// it alive. Cloning shares the same memory.
#[derive(Clone)]
pub struct VolatileMemory {
    ptr: NonNull<u8>,
    len: usize,
    what: &'static str,
    owner: Arc<dyn MemoryOwner>,
}

// SAFETY: the memory is only accessed through volatile reads and writes of plain bytes
// and aligned words, which any thread may issue; the owner is Send + Sync.
unsafe impl Send for VolatileMemory {}
// SAFETY: as for Send; no `&` references are ever created, so concurrent volatile
// accesses from several threads (or the device) do not alias Rust references.
unsafe impl Sync for VolatileMemory {}

impl fmt::Debug for VolatileMemory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VolatileMemory")
            .field("what", &self.what)
            .field("ptr", &self.ptr)
            .field("len", &self.len)
            .finish()
    }
}

impl VolatileMemory {
    /// Wraps `len` bytes at `ptr`.
    ///
    /// # Safety
    /// `ptr` must be valid for volatile reads and writes of `len` bytes for as long as
    /// `owner` lives, aligned to at least 8 bytes, and never accessed through Rust
    /// references.
    pub(crate) unsafe fn new(
        ptr: NonNull<u8>,
        len: usize,
        what: &'static str,
        owner: Arc<dyn MemoryOwner>,
    ) -> Self {
        VolatileMemory {
            ptr,
            len,
            what,
            owner,
        }
    }

    /// Size in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// What this memory is (for errors).
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// Start address in this process, for system calls that take one (mapping the
    /// memory through an IOMMU). Never dereferenced outside this module.
    pub(crate) fn as_ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    /// Checks that `len` bytes at `offset` fit, and returns the offset as usize.
    fn check(&self, offset: usize, len: usize) -> DriverResult<usize> {
        match offset.checked_add(len) {
            Some(end) if end <= self.len => Ok(offset),
            _ => Err(Error::OutOfBounds {
                what: self.what,
                offset: offset as u64,
                len: len as u64,
                size: self.len as u64,
            }),
        }
    }

    /// A view of `len` bytes at `offset`, sharing the owner.
    pub fn slice(&self, offset: usize, len: usize) -> DriverResult<VolatileMemory> {
        let offset = self.check(offset, len)?;
        let ptr = NonNull::new(self.ptr.as_ptr().wrapping_add(offset)).ok_or_else(|| {
            Error::InvalidArgument(format!("{}: null pointer in slice", self.what))
        })?;
        Ok(VolatileMemory {
            ptr,
            len,
            what: self.what,
            owner: self.owner.clone(),
        })
    }

    /// Reads the aligned 32-bit word at `offset` (native byte order, one access).
    pub fn read32(&self, offset: usize) -> DriverResult<u32> {
        let offset = self.check_word(offset)?;
        let p = self.ptr.as_ptr().wrapping_add(offset) as *const u32;
        // SAFETY: `check_word` proved [offset, offset+4) lies inside the mapping and is
        // 4-byte aligned (the base is 8-aligned); the owner keeps it mapped.
        Ok(unsafe { p.read_volatile() })
    }

    /// Writes the aligned 32-bit word at `offset` (one access).
    pub fn write32(&self, offset: usize, value: u32) -> DriverResult<()> {
        let offset = self.check_word(offset)?;
        let p = self.ptr.as_ptr().wrapping_add(offset) as *mut u32;
        // SAFETY: as in `read32`: in bounds, aligned, mapped, no references exist.
        unsafe { p.write_volatile(value) };
        Ok(())
    }

    fn check_word(&self, offset: usize) -> DriverResult<usize> {
        if offset % 4 != 0 {
            return Err(Error::OutOfBounds {
                what: self.what,
                offset: offset as u64,
                len: 4,
                size: self.len as u64,
            });
        }
        self.check(offset, 4)
    }

    /// Copies bytes out, one volatile byte read each.
    pub fn read(&self, offset: usize, buf: &mut [u8]) -> DriverResult<()> {
        let offset = self.check(offset, buf.len())?;
        let base = self.ptr.as_ptr().wrapping_add(offset) as *const u8;
        for (i, b) in buf.iter_mut().enumerate() {
            // SAFETY: offset + i < offset + buf.len() <= len, checked above.
            *b = unsafe { base.wrapping_add(i).read_volatile() };
        }
        Ok(())
    }

    /// Copies bytes in, one volatile byte write each.
    pub fn write(&self, offset: usize, data: &[u8]) -> DriverResult<()> {
        let offset = self.check(offset, data.len())?;
        let base = self.ptr.as_ptr().wrapping_add(offset);
        for (i, b) in data.iter().enumerate() {
            // SAFETY: offset + i < offset + data.len() <= len, checked above.
            unsafe { base.wrapping_add(i).write_volatile(*b) };
        }
        Ok(())
    }

    /// Reads one byte.
    pub fn read_u8(&self, offset: usize) -> DriverResult<u8> {
        let mut b = [0u8];
        self.read(offset, &mut b)?;
        Ok(b[0])
    }

    /// Writes one byte.
    pub fn write_u8(&self, offset: usize, value: u8) -> DriverResult<()> {
        self.write(offset, &[value])
    }

    /// Reads a fixed-size array.
    pub fn read_array<const N: usize>(&self, offset: usize) -> DriverResult<[u8; N]> {
        let mut b = [0u8; N];
        self.read(offset, &mut b)?;
        Ok(b)
    }

    /// Sets `len` bytes at `offset` to `byte`.
    pub fn fill(&self, offset: usize, len: usize, byte: u8) -> DriverResult<()> {
        let offset = self.check(offset, len)?;
        let base = self.ptr.as_ptr().wrapping_add(offset);
        for i in 0..len {
            // SAFETY: offset + i < offset + len <= self.len, checked above.
            unsafe { base.wrapping_add(i).write_volatile(byte) };
        }
        Ok(())
    }
}

/// Orders this thread's earlier writes to shared memory before its later ones (a
/// doorbell after the descriptors it announces), and later reads after earlier ones.
pub fn barrier() {
    std::sync::atomic::fence(std::sync::atomic::Ordering::SeqCst);
}

#[cfg(test)]
mod tests {
    #[test]
    fn bounds_are_enforced_and_nothing_wraps() {
        let m = crate::sys::mem::heap("test", 64).unwrap();
        m.write32(60, 0xDEAD_BEEF).unwrap();
        assert_eq!(m.read32(60).unwrap(), 0xDEAD_BEEF);
        assert_eq!(m.read_array::<4>(60).unwrap(), 0xDEAD_BEEFu32.to_ne_bytes());
        assert!(m.read32(64).is_err());
        assert!(m.read32(62).is_err());
        assert!(m.write32(usize::MAX - 1, 0).is_err());
        assert!(m.write(60, &[0; 5]).is_err());
        assert!(m.read(usize::MAX, &mut [0; 2]).is_err());
        let s = m.slice(32, 32).unwrap();
        s.write_u8(0, 7).unwrap();
        assert_eq!(m.read_u8(32).unwrap(), 7);
        assert!(s.read_u8(32).is_err());
        assert!(m.slice(33, 32).is_err());
        m.fill(0, 64, 0xAA).unwrap();
        assert_eq!(m.read32(0).unwrap(), 0xAAAA_AAAA);
    }
}
