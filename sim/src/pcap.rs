//! Writes frames as a pcap file, for test failures and captures.

use crate::{SimError, SimResult};
use pcap_file::pcap::{PcapPacket, PcapWriter};
use std::path::Path;
use std::time::Duration;

/// Writes `frames` (Ethernet) to `path`; the timestamp of frame `i` is `i` microseconds.
pub fn write_pcap(path: &Path, frames: &[Vec<u8>]) -> SimResult<()> {
    let io = |source: std::io::Error| SimError::Io {
        what: format!("writing {}", path.display()),
        source,
    };
    let file = std::fs::File::create(path).map_err(io)?;
    let mut w = PcapWriter::new(file).map_err(|e| io(std::io::Error::other(e.to_string())))?;
    for (i, f) in frames.iter().enumerate() {
        let p = PcapPacket::new(Duration::from_micros(i as u64), f.len() as u32, f);
        w.write_packet(&p)
            .map_err(|e| io(std::io::Error::other(e.to_string())))?;
    }
    Ok(())
}
