//! The board target: Ethernet MACs around the narrow pipeline.
//!
//! * [`crc`]: the Ethernet FCS, one byte per clock.
//! * [`rx_mac`]: preamble/SFD, FCS check, runt/oversize/overflow drops, 8-byte beats.

pub mod crc;
pub mod rx_mac;
