//! Memory for devices: shared file-backed mappings (DMA buffers, BARs) and aligned heap
//! blocks (in-memory fakes).

use crate::volatile::{MemoryOwner, VolatileMemory};
use crate::{DriverResult, Error};
use memmap2::{MmapOptions, MmapRaw};
use std::alloc::Layout;
use std::ffi::CString;
use std::fs::File;
use std::os::fd::{FromRawFd, OwnedFd};
use std::ptr::NonNull;
use std::sync::Arc;

/// Alignment of heap blocks: a page, like a mapping.
const HEAP_ALIGN: usize = 4096;

#[derive(Debug)]
struct Mapping(#[allow(dead_code)] MmapRaw);
impl MemoryOwner for Mapping {}

#[derive(Debug)]
struct HeapBlock {
    ptr: NonNull<u8>,
    layout: Layout,
}

// SAFETY: the block is plain bytes owned by this value; it is only accessed through
// `VolatileMemory`'s volatile accesses.
unsafe impl Send for HeapBlock {}
// SAFETY: as for Send.
unsafe impl Sync for HeapBlock {}
impl MemoryOwner for HeapBlock {}

impl Drop for HeapBlock {
    fn drop(&mut self) {
        // SAFETY: `ptr` came from `alloc_zeroed` with this very layout and is freed once.
        unsafe { std::alloc::dealloc(self.ptr.as_ptr(), self.layout) };
    }
}

/// `len` zeroed bytes on the heap, page-aligned (for fakes and twins).
pub fn heap(what: &'static str, len: usize) -> DriverResult<VolatileMemory> {
    let layout = Layout::from_size_align(len.max(1), HEAP_ALIGN)
        .map_err(|e| Error::InvalidArgument(format!("{what}: {len} bytes: {e}")))?;
    // SAFETY: the layout has a non-zero size.
    let raw = unsafe { std::alloc::alloc_zeroed(layout) };
    let ptr = NonNull::new(raw).ok_or_else(|| {
        Error::io(
            format!("allocate {len} bytes for {what}"),
            std::io::ErrorKind::OutOfMemory.into(),
        )
    })?;
    let owner = Arc::new(HeapBlock { ptr, layout });
    // SAFETY: the block is `len` (or more) bytes, page-aligned, zeroed, owned by `owner`
    // and reachable only through the returned view.
    Ok(unsafe { VolatileMemory::new(ptr, len, what, owner) })
}

/// An anonymous memory file (`memfd_create`) of `len` bytes, to share with a device
/// server by file descriptor.
pub fn memfd(name: &str, len: usize) -> DriverResult<File> {
    let cname = CString::new(name)
        .map_err(|_| Error::InvalidArgument(format!("memfd name {name:?} contains NUL")))?;
    // SAFETY: `cname` is a valid NUL-terminated string; the flags are valid.
    let fd = unsafe { libc::memfd_create(cname.as_ptr(), libc::MFD_CLOEXEC) };
    if fd < 0 {
        return Err(Error::io(
            format!("memfd_create {name}"),
            std::io::Error::last_os_error(),
        ));
    }
    // SAFETY: `fd` was just returned by memfd_create and is owned by no one else.
    let file = File::from(unsafe { OwnedFd::from_raw_fd(fd) });
    file.set_len(len as u64)
        .map_err(|e| Error::io(format!("size memfd {name} to {len} bytes"), e))?;
    Ok(file)
}

/// Maps `len` bytes of `file` at `offset`, shared and read/write.
pub fn map_file(
    what: &'static str,
    file: &File,
    offset: u64,
    len: usize,
) -> DriverResult<VolatileMemory> {
    if len == 0 {
        return Err(Error::InvalidArgument(format!(
            "{what}: cannot map 0 bytes"
        )));
    }
    let map = MmapOptions::new()
        .offset(offset)
        .len(len)
        .map_raw(file)
        .map_err(|e| Error::io(format!("mmap {what} ({len} bytes at {offset:#x})"), e))?;
    let ptr = NonNull::new(map.as_mut_ptr())
        .ok_or_else(|| Error::InvalidArgument(format!("{what}: mmap returned null")))?;
    let owner = Arc::new(Mapping(map));
    // SAFETY: the mapping is `len` bytes, page-aligned, shared and read/write; it stays
    // mapped while `owner` lives, and the crate never makes references into it.
    Ok(unsafe { VolatileMemory::new(ptr, len, what, owner) })
}

/// Shared memory for DMA: a memfd of `len` bytes and its mapping.
pub fn shared(what: &'static str, len: usize) -> DriverResult<(VolatileMemory, File)> {
    let file = memfd(what, len)?;
    let mem = map_file(what, &file, 0, len)?;
    Ok((mem, file))
}

/// The system page size.
pub fn page_size() -> usize {
    // SAFETY: sysconf has no memory-safety preconditions.
    let v = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if v > 0 {
        v as usize
    } else {
        4096
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memfd_mappings_share_bytes() {
        let (a, file) = shared("test", 8192).unwrap();
        let b = map_file("test", &file, 4096, 4096).unwrap();
        a.write32(4096, 0x1234_5678).unwrap();
        assert_eq!(b.read32(0).unwrap(), 0x1234_5678);
        assert!(map_file("test", &file, 0, 0).is_err());
        assert!(page_size() >= 4096);
    }
}
