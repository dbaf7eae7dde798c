//! The card's Ethernet ports outside the process: TAP interfaces and pcap files.
//!
//! A TAP interface is the simulated card's cable: what the kernel sends into the TAP
//! arrives on the card's port, what the card forwards on that port comes out of the
//! TAP into the kernel (a bridge, a veth peer, a namespace). pcap files replay frames
//! into a port and capture what leaves one.

use crate::server::Ingress;
use crate::{SimError, SimResult};
use pcap_file::pcap::{PcapPacket, PcapReader, PcapWriter};
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::path::Path;
use std::time::{Duration, Instant};

fn io(what: String) -> impl FnOnce(std::io::Error) -> SimError {
    move |source| SimError::Io { what, source }
}

/// A TAP interface (no packet-information header: plain Ethernet frames).
#[derive(Debug)]
pub struct Tap {
    file: File,
    name: String,
}

/// `struct ifreq` as TUNSETIFF reads it: the name and the flags.
#[repr(C)]
struct IfReq {
    name: [u8; libc::IFNAMSIZ],
    flags: libc::c_short,
    _pad: [u8; 22],
}

const TUNSETIFF: libc::c_ulong = 0x4004_54ca;

impl Tap {
    /// Opens (or creates) the TAP interface `name`. Needs CAP_NET_ADMIN unless the
    /// interface exists and belongs to the caller (`ip tuntap add NAME mode tap user U`).
    pub fn open(name: &str) -> SimResult<Tap> {
        if name.is_empty() || name.len() >= libc::IFNAMSIZ || name.contains('\0') {
            return Err(SimError::Io {
                what: format!("TAP name {name:?}"),
                source: std::io::Error::from(std::io::ErrorKind::InvalidInput),
            });
        }
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/net/tun")
            .map_err(io("opening /dev/net/tun".into()))?;
        let mut req = IfReq {
            name: [0; libc::IFNAMSIZ],
            flags: (libc::IFF_TAP | libc::IFF_NO_PI) as libc::c_short,
            _pad: [0; 22],
        };
        req.name[..name.len()].copy_from_slice(name.as_bytes());
        // SAFETY: TUNSETIFF reads and writes one `struct ifreq`; `req` is one, laid out
        // as the kernel's (name then the flags union), and lives across the call.
        let rc = unsafe { libc::ioctl(file.as_raw_fd(), TUNSETIFF, &mut req as *mut IfReq) };
        if rc < 0 {
            return Err(SimError::Io {
                what: format!("attaching TAP {name} (TUNSETIFF; needs CAP_NET_ADMIN)"),
                source: std::io::Error::last_os_error(),
            });
        }
        Ok(Tap {
            file,
            name: name.to_string(),
        })
    }

    /// The interface name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A second handle on the same queue (one thread reads, another writes).
    pub fn try_clone(&self) -> SimResult<Tap> {
        let file = self
            .file
            .try_clone()
            .map_err(io(format!("duplicating TAP {}", self.name)))?;
        Ok(Tap {
            file,
            name: self.name.clone(),
        })
    }

    /// Reads one frame (blocking).
    pub fn recv(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.file.read(buf)
    }

    /// Writes one frame.
    pub fn send(&mut self, frame: &[u8]) -> std::io::Result<()> {
        self.file.write_all(frame)
    }

    /// Feeds every frame the kernel sends into the TAP to the card's `port`, on a
    /// thread of its own, until the TAP goes away.
    pub fn pump_into(mut self, port: u8, ingress: Ingress) -> std::thread::JoinHandle<()> {
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 16384];
            loop {
                match self.recv(&mut buf) {
                    Ok(0) => return,
                    Ok(n) => {
                        ingress.send(port, &buf[..n]);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        tracing::warn!("TAP {}: {e}", self.name);
                        return;
                    }
                }
            }
        })
    }
}

/// Reads every frame of a pcap file (Ethernet link type).
pub fn read_pcap(path: &Path) -> SimResult<Vec<Vec<u8>>> {
    let what = || format!("reading {}", path.display());
    let file = File::open(path).map_err(io(what()))?;
    let mut r = PcapReader::new(file).map_err(|e| SimError::Io {
        what: what(),
        source: std::io::Error::other(e.to_string()),
    })?;
    let mut out = Vec::new();
    while let Some(p) = r.next_packet() {
        let p = p.map_err(|e| SimError::Io {
            what: what(),
            source: std::io::Error::other(e.to_string()),
        })?;
        out.push(p.data.into_owned());
    }
    Ok(out)
}

/// Captures frames into a pcap file as they come, time-stamped from its opening
/// (written straight to the file: nothing is buffered in the process).
#[derive(Debug)]
pub struct PcapSink {
    w: PcapWriter<File>,
    start: Instant,
    path: String,
}

impl PcapSink {
    /// Creates (truncates) `path`.
    pub fn create(path: &Path) -> SimResult<PcapSink> {
        let what = format!("writing {}", path.display());
        let file = File::create(path).map_err(io(what.clone()))?;
        let w = PcapWriter::new(file).map_err(|e| SimError::Io {
            what,
            source: std::io::Error::other(e.to_string()),
        })?;
        Ok(PcapSink {
            w,
            start: Instant::now(),
            path: path.display().to_string(),
        })
    }

    /// Appends one frame.
    pub fn write(&mut self, frame: &[u8]) -> SimResult<()> {
        let t: Duration = self.start.elapsed();
        self.w
            .write_packet(&PcapPacket::new(t, frame.len() as u32, frame))
            .map(|_| ())
            .map_err(|e| SimError::Io {
                what: format!("writing {}", self.path),
                source: std::io::Error::other(e.to_string()),
            })
    }
}
