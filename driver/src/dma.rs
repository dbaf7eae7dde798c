//! DMA memory: buffers the device reads and writes by IO virtual address (IOVA).
//!
//! Every buffer is a shared memory file mapped into this process; the backend makes it
//! reachable by the device (an IOMMU mapping for kernel VFIO, the file descriptor sent
//! to the server for vfio-user) and takes that access away again when the buffer is
//! dropped. The host only touches the memory through [`VolatileMemory`].

use crate::volatile::VolatileMemory;
use crate::{DriverResult, Error};
use std::fmt;
use std::fs::File;
use std::sync::Arc;

/// Takes a buffer away from the device when it is dropped.
pub trait DmaUnmapper: Send + Sync + fmt::Debug {
    /// Removes the device's access to `[iova, iova + len)`.
    fn unmap(&self, iova: u64, len: u64);
}

/// A buffer the device can reach at [`DmaBuffer::iova`].
#[derive(Debug)]
pub struct DmaBuffer {
    iova: u64,
    mem: VolatileMemory,
    file: Option<Arc<File>>,
    unmapper: Option<Arc<dyn DmaUnmapper>>,
}

impl DmaBuffer {
    /// A buffer at `iova` over `mem`; `unmapper` runs when it is dropped.
    pub fn new(
        iova: u64,
        mem: VolatileMemory,
        file: Option<Arc<File>>,
        unmapper: Option<Arc<dyn DmaUnmapper>>,
    ) -> Self {
        DmaBuffer {
            iova,
            mem,
            file,
            unmapper,
        }
    }

    /// Device address of the first byte.
    pub fn iova(&self) -> u64 {
        self.iova
    }

    /// Size in bytes.
    pub fn len(&self) -> usize {
        self.mem.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.mem.is_empty()
    }

    /// The host's view of the memory.
    pub fn mem(&self) -> &VolatileMemory {
        &self.mem
    }

    /// The memory file, where the backend shares memory by descriptor.
    pub fn file(&self) -> Option<&Arc<File>> {
        self.file.as_ref()
    }

    /// Device address of byte `offset`, checked to lie inside the buffer with `len`
    /// bytes after it.
    pub fn iova_at(&self, offset: usize, len: usize) -> DriverResult<u64> {
        self.mem.slice(offset, len)?;
        Ok(self.iova + offset as u64)
    }
}

impl Drop for DmaBuffer {
    fn drop(&mut self) {
        if let Some(u) = self.unmapper.take() {
            u.unmap(self.iova, self.mem.len() as u64);
        }
    }
}

/// Hands out non-overlapping, aligned IOVA ranges inside a window. First fit over a
/// sorted list of allocations: buffers are few and long-lived.
#[derive(Debug, Clone)]
pub struct IovaAllocator {
    base: u64,
    limit: u64,
    align: u64,
    used: Vec<(u64, u64)>,
}

impl IovaAllocator {
    /// Addresses in `[base, limit)`, aligned to `align` (a power of two).
    pub fn new(base: u64, limit: u64, align: u64) -> DriverResult<Self> {
        if !align.is_power_of_two() || base % align != 0 || base >= limit {
            return Err(Error::InvalidArgument(format!(
                "IOVA window {base:#x}..{limit:#x} with alignment {align:#x}"
            )));
        }
        Ok(IovaAllocator {
            base,
            limit,
            align,
            used: Vec::new(),
        })
    }

    /// Reserves `len` bytes (rounded up to the alignment); returns the start.
    pub fn alloc(&mut self, len: u64) -> DriverResult<u64> {
        let exhausted = Error::IovaExhausted {
            len,
            base: self.base,
            limit: self.limit,
        };
        if len == 0 {
            return Err(Error::InvalidArgument("0-byte DMA buffer".into()));
        }
        let size = match len.checked_next_multiple_of(self.align) {
            Some(s) => s,
            None => return Err(exhausted),
        };
        let mut at = self.base;
        let mut pos = 0;
        for (i, &(start, l)) in self.used.iter().enumerate() {
            if at.checked_add(size).is_some_and(|end| end <= start) {
                break;
            }
            at = (start + l).next_multiple_of(self.align);
            pos = i + 1;
        }
        match at.checked_add(size) {
            Some(end) if end <= self.limit => {
                self.used.insert(pos, (at, size));
                Ok(at)
            }
            _ => Err(exhausted),
        }
    }

    /// Releases the range starting at `iova`; false if there was none.
    pub fn free(&mut self, iova: u64) -> bool {
        match self.used.iter().position(|&(s, _)| s == iova) {
            Some(i) => {
                self.used.remove(i);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn first_fit_reuses_holes_and_stops_at_the_limit() {
        let mut a = IovaAllocator::new(0x1000, 0x10000, 0x1000).unwrap();
        let x = a.alloc(1).unwrap();
        let y = a.alloc(0x2000).unwrap();
        let z = a.alloc(0x1000).unwrap();
        assert_eq!((x, y, z), (0x1000, 0x2000, 0x4000));
        assert!(a.free(y));
        assert!(!a.free(y));
        assert_eq!(a.alloc(0x1800).unwrap(), 0x2000);
        assert!(matches!(a.alloc(0x10000), Err(Error::IovaExhausted { .. })));
        assert!(a.alloc(0).is_err());
        assert!(a.alloc(u64::MAX).is_err());
        assert!(IovaAllocator::new(0, 0x1000, 3).is_err());
    }

    proptest! {
        #[test]
        fn ranges_never_overlap_or_leave_the_window(ops in proptest::collection::vec((any::<bool>(), 1u64..0x5000), 1..60)) {
            let mut a = IovaAllocator::new(0x10000, 0x40000, 0x1000).unwrap();
            let mut live: Vec<(u64, u64)> = Vec::new();
            for (alloc, len) in ops {
                if alloc || live.is_empty() {
                    if let Ok(at) = a.alloc(len) {
                        prop_assert!(at % 0x1000 == 0 && at >= 0x10000 && at + len <= 0x40000);
                        for &(s, l) in &live {
                            prop_assert!(at + len <= s || s + l <= at);
                        }
                        live.push((at, len));
                    }
                } else {
                    let (s, _) = live.remove((len as usize) % live.len());
                    prop_assert!(a.free(s));
                }
            }
        }
    }
}
