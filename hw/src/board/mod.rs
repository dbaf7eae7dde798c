//! The board target: Ethernet MACs around the narrow pipeline.
//!
//! * [`crc`]: the Ethernet FCS, one byte per clock.

pub mod crc;
