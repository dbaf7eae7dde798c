//! The management channel: register access, commands, exceptions, notifications and
//! injections between the host and the core, framed over the UART.
//!
//! # Why a UART and not a reserved EtherType on a data port
//!
//! A UART needs nothing but the board's USB-serial adapter: no second NIC on the host,
//! no switch or VLAN configuration, no risk of management frames leaking onto (or being
//! forged from) the data network, and it still works when both Ethernet ports are down.
//! Its cost is bandwidth. At 115 200 baud (8N1, 10 bits a byte) it carries about
//! 11.5 kB/s each way against about 120 MB/s for a gigabit port: a command (68 bytes
//! framed) and its completion take about 6 ms each way, so about 150 table writes a
//! second; a register read about 1 ms; an exception with its first 128 bytes about
//! 13 ms, so about 75 punted frames a second. That is enough to manage the board and
//! run the slow path of a lab setup, not to carry bulk traffic.
//!
//! # Framing
//!
//! SLIP-style (RFC 1055): every frame ends, and starts, with `END` (0xC0); a 0xC0 or
//! 0xDB inside a frame is sent as `ESC` 0xDB followed by 0xDC or 0xDD. The logical bytes
//! of a frame are
//!
//! ```text
//! type(1) | body | CRC-16/CCITT-FALSE over type and body, big-endian (2)
//! ```
//!
//! The numbers below (frame types, SLIP bytes, lengths, the CRC) are defined once, in
//! `fpvs_abi::mgmt`, which the host's side (`fpvs_driver::uart`) uses too; they reach
//! [`Mgmt`]'s `update` as `Constant`s.
//!
//! A lost or corrupted byte fails the CRC (or the length check of its type): that one
//! frame is dropped and counted (`bad`), and the next `END` starts the next one, so
//! alignment is never lost (a lost `END` merges two frames and costs both).
//!
//! Host to card (each carries a sequence number `seq` as its first body byte):
//!
//! | type | body after `seq` | card does | reply |
//! |---|---|---|---|
//! | 0x01 `REG_WRITE` | addr (2, LE), data (4, LE) | one register-bus write | `ACK` |
//! | 0x02 `REG_READ` | addr (2) | one register-bus read | `REG_DATA` |
//! | 0x03 `COMMAND` | `CommandDescriptor` (64) | `s_cmd` | `ACK` once taken |
//! | 0x04 `INJECT` | target (1: `[1:0]` port, `[2]` verbatim), frame (14..=2047) | `s_inj` | `ACK` once sent |
//! | 0x05 `STATUS` | none | | `STATUS` |
//!
//! Card to host:
//!
//! | type | body |
//! |---|---|
//! | 0x80 `ACK` | seq |
//! | 0x81 `REG_DATA` | seq, data (4, LE; all ones if the bus did not answer) |
//! | 0x82 `COMPLETION` | completed `CommandDescriptor` (64) |
//! | 0x83 `EXCEPTION` | `m_exc` metadata (16, the 128-bit `tuser`, LE), frame length (2, LE), the first min(length, 128) frame bytes |
//! | 0x84 `NOTIFY` | `NotifyRecord` (32) |
//! | 0x85 `STATUS` | seq, last executed seq, bad frames (2), overruns (2), exceptions dropped (2) |
//!
//! # Flow control
//!
//! The host is the only sender towards the card and its window is one frame: it sends
//! the next frame only after the reply to the previous one. A frame that arrives while
//! the previous one is still executing is dropped and counted (`overruns`). Lost
//! replies are recovered by retransmission: the card remembers the `seq` of the last
//! write, command or injection it executed and answers a repeat of it with `ACK`
//! without executing it again (`STATUS` tells a newly started host that `seq`).
//!
//! Card-to-host frames are not retransmitted; the host counts the ones that fail their
//! CRC. Completions (`m_cpl`) and notifications (`m_notify`) wait in the core while the
//! UART is busy (the core's notify queue drops and counts on overflow). Exceptions
//! never stall the core: `m_exc` is always ready, the first 128 bytes of one frame and
//! its metadata are held in a buffer until sent, the rest of the frame is discarded
//! (the length field tells the host it was truncated), and a frame that arrives while
//! the buffer is full is dropped and counted (`exceptions dropped`).

mod block;
#[cfg(test)]
pub(crate) mod testbench;
pub mod testing;
#[cfg(test)]
mod tests;

pub use block::Mgmt;
pub use fpvs_abi::mgmt::{kind, len, EXC_BYTES, INJ_MAX, INJ_MIN, OVERHEAD};
