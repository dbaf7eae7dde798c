//! Serial ports: opened raw (8N1, no echo, no line discipline, no flow control) at a
//! fixed baud rate, with a short read timeout so that reader threads can stop.

use crate::{DriverResult, Error};
use std::fs::{File, OpenOptions};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::AsRawFd;
use std::path::Path;

/// The termios speed constant of `baud`.
fn speed(baud: u32) -> Option<libc::speed_t> {
    Some(match baud {
        9600 => libc::B9600,
        19200 => libc::B19200,
        38400 => libc::B38400,
        57600 => libc::B57600,
        115_200 => libc::B115200,
        230_400 => libc::B230400,
        460_800 => libc::B460800,
        500_000 => libc::B500000,
        921_600 => libc::B921600,
        1_000_000 => libc::B1000000,
        1_500_000 => libc::B1500000,
        2_000_000 => libc::B2000000,
        3_000_000 => libc::B3000000,
        _ => return None,
    })
}

/// Opens the serial port `path` raw at `baud`; reads return 0 after 100 ms of silence.
pub fn open_raw(path: &Path, baud: u32) -> DriverResult<File> {
    let what = |op: &str| format!("{}: {op}", path.display());
    let sp = speed(baud).ok_or_else(|| {
        Error::InvalidArgument(format!(
            "{}: baud rate {baud} is not one termios supports (9600 .. 3000000, e.g. 115200)",
            path.display()
        ))
    })?;
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(libc::O_NOCTTY | libc::O_CLOEXEC)
        .open(path)
        .map_err(|e| Error::io(what("open"), e))?;
    let fd = file.as_raw_fd();
    // SAFETY: termios is plain old data; all zeroes is a valid value to overwrite.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: fd is an open descriptor owned by `file`; `t` is a valid termios.
    if unsafe { libc::tcgetattr(fd, &mut t) } != 0 {
        return Err(Error::io(
            what("not a serial port (tcgetattr)"),
            std::io::Error::last_os_error(),
        ));
    }
    // SAFETY: `t` is a valid termios.
    unsafe { libc::cfmakeraw(&mut t) };
    t.c_cflag |= libc::CLOCAL | libc::CREAD;
    t.c_cflag &= !(libc::CRTSCTS | libc::CSTOPB | libc::PARENB);
    t.c_cc[libc::VMIN] = 0;
    t.c_cc[libc::VTIME] = 1;
    // SAFETY: `t` is a valid termios; `sp` a speed constant from libc.
    let rc = unsafe { libc::cfsetispeed(&mut t, sp) };
    // SAFETY: as above.
    let rc2 = unsafe { libc::cfsetospeed(&mut t, sp) };
    if rc != 0 || rc2 != 0 {
        return Err(Error::io(
            what("cfsetspeed"),
            std::io::Error::last_os_error(),
        ));
    }
    // SAFETY: fd is open; `t` is a valid termios.
    if unsafe { libc::tcsetattr(fd, libc::TCSANOW, &t) } != 0 {
        return Err(Error::io(
            what("tcsetattr"),
            std::io::Error::last_os_error(),
        ));
    }
    // SAFETY: fd is open. Drops whatever the port buffered before we configured it.
    unsafe { libc::tcflush(fd, libc::TCIOFLUSH) };
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_file_that_is_not_a_tty_and_an_odd_baud_rate() {
        let f = tempfile::NamedTempFile::new().unwrap();
        let e = open_raw(f.path(), 115_200).unwrap_err().to_string();
        assert!(e.contains("not a serial port"), "{e}");
        let e = open_raw(f.path(), 12345).unwrap_err().to_string();
        assert!(e.contains("baud rate 12345"), "{e}");
    }

    #[test]
    fn a_pseudo_terminal_opens_raw_at_the_rate_asked() {
        let (mut master, mut slave) = (0, 0);
        // SAFETY: out-pointers to two ints; the name, termios and winsize are optional.
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(rc, 0);
        let name = std::fs::read_link(format!("/proc/self/fd/{slave}")).unwrap();
        let port = open_raw(&name, 921_600).unwrap();
        // SAFETY: all-zero termios, then filled by tcgetattr on an open fd.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: the port's fd is open.
        assert_eq!(unsafe { libc::tcgetattr(port.as_raw_fd(), &mut t) }, 0);
        // SAFETY: `t` is a valid termios.
        assert_eq!(unsafe { libc::cfgetospeed(&t) }, libc::B921600);
        assert_eq!(t.c_lflag & libc::ICANON, 0, "raw");
        // SAFETY: closing the two descriptors openpty gave us.
        unsafe {
            libc::close(master);
        }
        // SAFETY: as above.
        unsafe {
            libc::close(slave);
        }
    }
}
