//! Every system call and ioctl the driver makes.
//!
//! Each `unsafe` block here carries a `// SAFETY:` note and turns failure into a typed
//! error at once. VFIO ioctls go through `vfio-ioctls` (its definitions, never copied
//! numbers). Code above this module is safe Rust; the only other `unsafe` in the crate
//! is the volatile access in [`crate::volatile`].
//!
//! The kernel-VFIO part has a test twin, [`crate::vfio::twin::TwinVfio`], which
//! implements the same [`crate::vfio::VfioSys`] seam in memory so that everything above
//! it is unit-tested without a device.

pub mod event;
pub mod mem;
pub mod serial;
pub mod vfio;
