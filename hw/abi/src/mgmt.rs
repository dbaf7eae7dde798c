//! The management channel between a host and a card without PCIe (the board's UART):
//! SLIP delimiting, a type byte, a CRC-16.
//!
//! The card's side is `fpvs_hw::board::mgmt`, whose module documentation describes the
//! protocol; the host's is `fpvs_driver::uart`. Both take their numbers from here. A
//! frame's logical bytes are
//!
//! ```text
//! type(1) | body | CRC-16/CCITT-FALSE over type and body, big-endian (2)
//! ```
//!
//! sent between two [`END`] bytes, with [`END`] and [`ESC`] inside escaped as
//! `ESC ESC_END` and `ESC ESC_ESC` (RFC 1055). Every host frame's body starts with a
//! sequence number.

/// Frame delimiter.
pub const END: u8 = 0xC0;
/// Escape.
pub const ESC: u8 = 0xDB;
/// `ESC ESC_END` stands for [`END`] inside a frame.
pub const ESC_END: u8 = 0xDC;
/// `ESC ESC_ESC` stands for [`ESC`] inside a frame.
pub const ESC_ESC: u8 = 0xDD;

/// Frame types.
pub mod kind {
    /// Host: register write `seq, addr (2, LE), data (4, LE)`.
    pub const REG_WRITE: u8 = 0x01;
    /// Host: register read `seq, addr (2, LE)`.
    pub const REG_READ: u8 = 0x02;
    /// Host: command `seq, descriptor (64)`.
    pub const COMMAND: u8 = 0x03;
    /// Host: injection `seq, target, frame`.
    pub const INJECT: u8 = 0x04;
    /// Host: status request `seq`.
    pub const STATUS: u8 = 0x05;
    /// Card: `seq` executed.
    pub const ACK: u8 = 0x80;
    /// Card: `seq, data (4, LE)`.
    pub const REG_DATA: u8 = 0x81;
    /// Card: completed descriptor (64).
    pub const COMPLETION: u8 = 0x82;
    /// Card: metadata (16), frame length (2, LE), first bytes of the frame.
    pub const EXCEPTION: u8 = 0x83;
    /// Card: notify record (32).
    pub const NOTIFY: u8 = 0x84;
    /// Card: `seq, last seq, bad (2), overruns (2), exceptions dropped (2)`.
    pub const STATUS_REPLY: u8 = 0x85;
}

/// Body lengths (the sequence number included for host frames).
pub mod len {
    /// `REG_WRITE`: seq, addr (2), data (4).
    pub const REG_WRITE: usize = 7;
    /// `REG_READ`: seq, addr (2).
    pub const REG_READ: usize = 3;
    /// `COMMAND`: seq, descriptor (64).
    pub const COMMAND: usize = 1 + 64;
    /// `INJECT` before the frame: seq, target.
    pub const INJECT_HEAD: usize = 2;
    /// `STATUS`: seq.
    pub const STATUS: usize = 1;
    /// `ACK`: seq.
    pub const ACK: usize = 1;
    /// `REG_DATA`: seq, data (4).
    pub const REG_DATA: usize = 5;
    /// `COMPLETION`: descriptor (64).
    pub const COMPLETION: usize = 64;
    /// `NOTIFY`: record (32).
    pub const NOTIFY: usize = 32;
    /// `STATUS_REPLY`: seq, last seq, three 16-bit counters.
    pub const STATUS_REPLY: usize = 8;
    /// `EXCEPTION` before the frame bytes: metadata (16), frame length (2).
    pub const EXC_HEAD: usize = 16 + 2;
}

/// Logical bytes around a body: the type byte and the CRC.
pub const OVERHEAD: usize = 3;
/// Frame bytes of an exception the card forwards; the rest is cut off (the length
/// field still carries the frame's real length).
pub const EXC_BYTES: usize = 128;
/// Shortest frame the card injects.
pub const INJ_MIN: usize = 14;
/// Longest frame the card injects (its buffer holds the target byte and the frame).
pub const INJ_MAX: usize = 2047;
/// Bits of an injection's target byte: `[1:0]` port.
pub const INJ_PORT_MASK: u8 = 0b11;
/// Bits of an injection's target byte: `[2]` send verbatim.
pub const INJ_VERBATIM: u8 = 1 << 2;
/// Longest frame body either side sends (an injection: seq, target, frame).
pub const MAX_BODY: usize = len::INJECT_HEAD + INJ_MAX;
const _: () = assert!(len::EXC_HEAD + EXC_BYTES <= MAX_BODY);

/// CRC-16/CCITT-FALSE: polynomial, most significant bit first.
pub const CRC16_POLY: u16 = 0x1021;
/// CRC-16/CCITT-FALSE: initial register (no final inversion).
pub const CRC16_INIT: u16 = 0xFFFF;

/// One byte of CRC-16/CCITT-FALSE on the register.
pub fn crc16_step(crc: u16, byte: u8) -> u16 {
    let mut c = crc ^ u16::from(byte) << 8;
    for _ in 0..8 {
        c = if c & 0x8000 != 0 {
            (c << 1) ^ CRC16_POLY
        } else {
            c << 1
        };
    }
    c
}

/// CRC-16/CCITT-FALSE of `bytes`. Over bytes followed by their own CRC (big-endian)
/// it is 0.
pub fn crc16(bytes: &[u8]) -> u16 {
    bytes.iter().fold(CRC16_INIT, |c, b| crc16_step(c, *b))
}

/// The line bytes of a frame of type `ty`.
pub fn encode(ty: u8, body: &[u8]) -> Vec<u8> {
    let mut logical = Vec::with_capacity(body.len() + OVERHEAD);
    logical.push(ty);
    logical.extend_from_slice(body);
    let crc = crc16(&logical);
    logical.extend_from_slice(&crc.to_be_bytes());
    let mut out = Vec::with_capacity(logical.len() + 8);
    out.push(END);
    for b in logical {
        match b {
            END => out.extend([ESC, ESC_END]),
            ESC => out.extend([ESC, ESC_ESC]),
            _ => out.push(b),
        }
    }
    out.push(END);
    out
}

/// A frame that arrived whole with a good CRC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MgmtFrame {
    /// Type.
    pub ty: u8,
    /// Body.
    pub body: Vec<u8>,
}

/// What the deframer saw of a frame that ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deframed {
    /// A good frame.
    Frame(MgmtFrame),
    /// A frame dropped: CRC, length or escape error.
    Bad,
}

/// Reassembles frames from line bytes; never holds more than one frame's worth.
#[derive(Debug, Default)]
pub struct Deframer {
    cur: Vec<u8>,
    esc: bool,
    broken: bool,
}

impl Deframer {
    /// Feeds one byte from the line.
    pub fn feed(&mut self, b: u8) -> Option<Deframed> {
        match b {
            END => {
                let f = std::mem::take(&mut self.cur);
                let broken = std::mem::take(&mut self.broken);
                self.esc = false;
                if f.is_empty() && !broken {
                    return None;
                }
                if broken || f.len() < OVERHEAD || crc16(&f) != 0 {
                    return Some(Deframed::Bad);
                }
                Some(Deframed::Frame(MgmtFrame {
                    ty: f[0],
                    body: f[1..f.len() - 2].to_vec(),
                }))
            }
            ESC if !self.esc => {
                self.esc = true;
                None
            }
            _ => {
                let v = if std::mem::take(&mut self.esc) {
                    match b {
                        ESC_END => END,
                        ESC_ESC => ESC,
                        _ => {
                            self.broken = true;
                            b
                        }
                    }
                } else {
                    b
                };
                if self.cur.len() < MAX_BODY + OVERHEAD {
                    self.cur.push(v);
                } else {
                    self.broken = true;
                }
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn crc_check_value_and_residue() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
        let mut f = b"abc".to_vec();
        f.extend_from_slice(&crc16(b"abc").to_be_bytes());
        assert_eq!(crc16(&f), 0);
    }

    #[test]
    fn a_damaged_frame_costs_only_itself() {
        let a = encode(kind::ACK, &[1]);
        let mut b = encode(kind::REG_DATA, &[2, END, ESC, 3, 4]);
        b.remove(4);
        let c = encode(kind::NOTIFY, &[0xC0; 32]);
        let mut d = Deframer::default();
        let out: Vec<_> = [a, b, vec![ESC, 0x01], c]
            .concat()
            .into_iter()
            .filter_map(|x| d.feed(x))
            .collect();
        assert_eq!(
            out,
            vec![
                Deframed::Frame(MgmtFrame {
                    ty: kind::ACK,
                    body: vec![1]
                }),
                Deframed::Bad,
                Deframed::Bad,
                Deframed::Frame(MgmtFrame {
                    ty: kind::NOTIFY,
                    body: vec![0xC0; 32]
                }),
            ]
        );
    }

    #[test]
    fn the_longest_frames_fit_the_deframer() {
        let mut d = Deframer::default();
        let body = vec![END; MAX_BODY];
        let out: Vec<_> = encode(kind::INJECT, &body)
            .into_iter()
            .filter_map(|b| d.feed(b))
            .collect();
        assert_eq!(
            out,
            vec![Deframed::Frame(MgmtFrame {
                ty: kind::INJECT,
                body
            })]
        );
    }

    proptest! {
        #[test]
        fn frames_round_trip(ty in any::<u8>(), body in proptest::collection::vec(any::<u8>(), 0..300)) {
            let mut d = Deframer::default();
            let line = encode(ty, &body);
            prop_assert!(line[1..line.len() - 1].iter().all(|b| *b != END));
            let out: Vec<_> = line.into_iter().filter_map(|b| d.feed(b)).collect();
            prop_assert_eq!(out, vec![Deframed::Frame(MgmtFrame { ty, body })]);
        }

        #[test]
        fn garbage_never_panics_and_resynchronises(junk in proptest::collection::vec(any::<u8>(), 0..5000)) {
            let mut d = Deframer::default();
            for b in junk {
                d.feed(b);
            }
            d.feed(END);
            let out: Vec<_> = encode(kind::ACK, &[9]).into_iter().filter_map(|b| d.feed(b)).collect();
            prop_assert_eq!(out, vec![Deframed::Frame(MgmtFrame { ty: kind::ACK, body: vec![9] })]);
        }
    }
}
