//! Every system call and ioctl the driver makes.
//!
//! Each `unsafe` block here carries a `// SAFETY:` note and turns failure into a typed
//! error at once. VFIO ioctls go through `vfio-ioctls` (its definitions, never copied
//! numbers). Code above this module is safe Rust; the only other `unsafe` in the crate
//! is the volatile access in [`crate::volatile`].
//!
//! The kernel-VFIO part has a test twin (`TwinVfio`, one layer up with the backend),
//! which implements the same [`vfio::VfioSys`] seam in memory so that everything above
//! it is unit-tested without a device.

pub mod event;
pub mod mem;
pub mod packet;
pub mod serial;
pub mod vfio;

/// CPU time the calling thread has used.
pub fn thread_cpu() -> std::time::Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to write; the clock id is a
    // constant the kernel always knows.
    let r = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    if r != 0 {
        return std::time::Duration::ZERO;
    }
    std::time::Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}
