//! Event file descriptors: how interrupts reach the host in every backend.

use crate::{DriverResult, Error};
use std::os::fd::AsRawFd;
use std::time::Duration;
pub use vmm_sys_util::eventfd::EventFd;

/// A new non-blocking eventfd.
pub fn eventfd() -> DriverResult<EventFd> {
    EventFd::new(libc::EFD_NONBLOCK | libc::EFD_CLOEXEC).map_err(|e| Error::io("eventfd", e))
}

/// Takes the counter of a non-blocking eventfd: `Ok(0)` when nothing was signalled.
pub fn take(fd: &EventFd) -> DriverResult<u64> {
    match fd.read() {
        Ok(n) => Ok(n),
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(0),
        Err(e) => Err(Error::io("read eventfd", e)),
    }
}

/// Waits until `fd` is readable or `timeout` passes; true when readable.
pub fn wait_readable(fd: &impl AsRawFd, timeout: Duration) -> DriverResult<bool> {
    let mut pfd = libc::pollfd {
        fd: fd.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = timeout.as_millis().min(i32::MAX as u128) as i32;
    loop {
        // SAFETY: `pfd` is one valid, initialised pollfd and we pass a count of 1.
        let r = unsafe { libc::poll(&mut pfd, 1, ms) };
        if r >= 0 {
            return Ok(r > 0 && pfd.revents & libc::POLLIN != 0);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(Error::io("poll eventfd", e));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signal_wait_take() {
        let fd = eventfd().unwrap();
        assert_eq!(take(&fd).unwrap(), 0);
        assert!(!wait_readable(&fd, Duration::from_millis(1)).unwrap());
        fd.write(3).unwrap();
        assert!(wait_readable(&fd, Duration::from_millis(100)).unwrap());
        assert_eq!(take(&fd).unwrap(), 3);
        assert_eq!(take(&fd).unwrap(), 0);
    }
}
