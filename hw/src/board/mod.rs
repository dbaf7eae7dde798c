//! The board target: Ethernet MACs around the narrow pipeline.
//!
//! * [`cdc`]: the FIFO between two clocks (Gray-coded pointers).
//! * [`crc`]: the Ethernet FCS, one byte per clock.
//! * [`ebr`]: the MACs' packet buffers, block RAM with its output register.
//! * [`rx_mac`]: preamble/SFD, FCS check, runt/oversize/overflow drops, 8-byte beats.
//! * [`tx_mac`]: 8-byte beats to bytes — preamble/SFD, padding, FCS, inter-frame gap.
//! * [`loopback`]: the ports without the core, each port's frames out of the other.
//! * [`port`]: one RGMII port, from its pins to beat FIFOs in the core's clock.
//! * [`top`]: the Colorlight i9 top: two ports, the core, the UART management channel.

pub mod cdc;
pub mod crc;
pub mod ebr;
pub mod io;
pub mod loopback;
pub mod mgmt;
pub mod port;
pub mod rx_mac;
pub mod top;
pub mod tx_mac;
pub mod uart;
