//! Raw Ethernet frames of one EtherType on one interface: an `AF_PACKET` socket bound
//! to the interface and the EtherType, the interface in promiscuous mode for as long as
//! the socket is open (frames from the card carry a destination MAC of their own).

use crate::{DriverResult, Error};
use std::ffi::CString;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::time::{Duration, Instant};

/// Largest frame received; longer ones are reported with their real length.
pub const MAX_FRAME: usize = 16384;

/// An `AF_PACKET` raw socket bound to one interface and one EtherType.
#[derive(Debug)]
pub struct PacketSocket {
    fd: OwnedFd,
    ifname: String,
    ifindex: i32,
}

fn last(op: String) -> Error {
    Error::io(op, std::io::Error::last_os_error())
}

impl PacketSocket {
    /// Opens a socket for frames of `ethertype` on `ifname`.
    pub fn open(ifname: &str, ethertype: u16) -> DriverResult<PacketSocket> {
        let cname = CString::new(ifname)
            .map_err(|_| Error::InvalidArgument(format!("interface {ifname:?} contains NUL")))?;
        // SAFETY: `cname` is a valid NUL-terminated string.
        let ifindex = unsafe { libc::if_nametoindex(cname.as_ptr()) };
        if ifindex == 0 {
            return Err(last(format!("interface {ifname}")));
        }
        let ifindex = ifindex as i32;
        // Protocol 0: the socket receives nothing until it is bound below, so no frame
        // of another interface or EtherType is queued in between.
        // SAFETY: plain socket call with constant arguments.
        let fd = unsafe { libc::socket(libc::AF_PACKET, libc::SOCK_RAW | libc::SOCK_CLOEXEC, 0) };
        if fd < 0 {
            return Err(last(format!(
                "{ifname}: AF_PACKET socket (needs CAP_NET_RAW, i.e. root)"
            )));
        }
        // SAFETY: `fd` was just returned by socket() and is owned by no one else.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        // SAFETY: sockaddr_ll is plain old data; all-zero is a valid value.
        let mut sll: libc::sockaddr_ll = unsafe { std::mem::zeroed() };
        sll.sll_family = libc::AF_PACKET as u16;
        sll.sll_protocol = ethertype.to_be();
        sll.sll_ifindex = ifindex;
        // SAFETY: `sll` is a valid sockaddr_ll and the length is its size.
        let r = unsafe {
            libc::bind(
                fd.as_raw_fd(),
                std::ptr::addr_of!(sll).cast(),
                std::mem::size_of::<libc::sockaddr_ll>() as libc::socklen_t,
            )
        };
        if r != 0 {
            return Err(last(format!("{ifname}: bind AF_PACKET socket")));
        }
        // SAFETY: packet_mreq is plain old data; all-zero is a valid value.
        let mut mreq: libc::packet_mreq = unsafe { std::mem::zeroed() };
        mreq.mr_ifindex = ifindex;
        mreq.mr_type = libc::PACKET_MR_PROMISC as u16;
        // SAFETY: `mreq` is a valid packet_mreq and the length is its size.
        let r = unsafe {
            libc::setsockopt(
                fd.as_raw_fd(),
                libc::SOL_PACKET,
                libc::PACKET_ADD_MEMBERSHIP,
                std::ptr::addr_of!(mreq).cast(),
                std::mem::size_of::<libc::packet_mreq>() as libc::socklen_t,
            )
        };
        if r != 0 {
            return Err(last(format!("{ifname}: promiscuous mode")));
        }
        Ok(PacketSocket {
            fd,
            ifname: ifname.to_string(),
            ifindex,
        })
    }

    /// The interface's name.
    pub fn ifname(&self) -> &str {
        &self.ifname
    }

    /// The interface's index.
    pub fn ifindex(&self) -> i32 {
        self.ifindex
    }

    /// Sends one frame (Ethernet header included) out of the interface.
    pub fn send(&self, frame: &[u8]) -> DriverResult<()> {
        // SAFETY: `frame` is valid for reads of its length.
        let n = unsafe { libc::send(self.fd.as_raw_fd(), frame.as_ptr().cast(), frame.len(), 0) };
        if n < 0 {
            return Err(last(format!(
                "{}: send a {}-byte frame",
                self.ifname,
                frame.len()
            )));
        }
        if n as usize != frame.len() {
            return Err(Error::io(
                format!("{}: send", self.ifname),
                std::io::Error::new(
                    std::io::ErrorKind::WriteZero,
                    format!("{n} of {} bytes sent", frame.len()),
                ),
            ));
        }
        Ok(())
    }

    /// Waits up to `timeout` for a frame arriving on the interface (frames this host
    /// sends are skipped). Returns its length, which is more than `buf.len()` when it
    /// did not fit (then `buf` holds its start).
    pub fn recv(&self, buf: &mut [u8], timeout: Duration) -> DriverResult<Option<usize>> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let mut pfd = libc::pollfd {
                fd: self.fd.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            let ms = left.as_millis().min(i32::MAX as u128) as i32;
            // SAFETY: `pfd` is one valid pollfd.
            let r = unsafe { libc::poll(&mut pfd, 1, ms) };
            if r < 0 {
                let e = std::io::Error::last_os_error();
                if e.kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(Error::io(format!("{}: poll", self.ifname), e));
            }
            if r == 0 {
                return Ok(None);
            }
            // SAFETY: sockaddr_ll is plain old data; all-zero is a valid value.
            let mut from: libc::sockaddr_ll = unsafe { std::mem::zeroed() };
            let mut flen = std::mem::size_of::<libc::sockaddr_ll>() as libc::socklen_t;
            // SAFETY: `buf` is valid for writes of its length, `from` for `flen` bytes.
            let n = unsafe {
                libc::recvfrom(
                    self.fd.as_raw_fd(),
                    buf.as_mut_ptr().cast(),
                    buf.len(),
                    libc::MSG_DONTWAIT | libc::MSG_TRUNC,
                    std::ptr::addr_of_mut!(from).cast(),
                    &mut flen,
                )
            };
            if n < 0 {
                let e = std::io::Error::last_os_error();
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::Interrupted
                ) {
                    continue;
                }
                return Err(Error::io(format!("{}: recvfrom", self.ifname), e));
            }
            if from.sll_pkttype == libc::PACKET_OUTGOING {
                if Instant::now() >= deadline {
                    return Ok(None);
                }
                continue;
            }
            return Ok(Some(n as usize));
        }
    }
}
