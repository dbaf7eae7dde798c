//! Ethernet FCS: CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), one byte per
//! clock; and the management channel's CRC-16 ([`Crc16`]).
//!
//! The register starts at all ones (`init`); each enabled byte advances it. The FCS of
//! the bytes so far is `!crc`, sent least significant byte first. Run over a frame and
//! its FCS, the register ends at the residue [`RESIDUE`]: `ok` is that comparison.
//!
//! The byte step is linear over GF(2) in (register, byte): each next-register bit is
//! the parity of a 40-bit mask over `{byte, register}`, the masks computed once at
//! construction from [`crc32_step`].

use rust_hdl::prelude::*;

/// The register after a frame and its own FCS.
pub const RESIDUE: u32 = 0xDEBB_20E3;

/// One byte of the reflected CRC-32 on the raw register (no inversion).
pub fn crc32_step(crc: u32, byte: u8) -> u32 {
    let mut c = crc ^ byte as u32;
    for _ in 0..8 {
        c = if c & 1 == 1 {
            (c >> 1) ^ 0xEDB8_8320
        } else {
            c >> 1
        };
    }
    c
}

/// The Ethernet FCS of `bytes` (what follows them on the wire, little-endian).
pub fn fcs(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(0xFFFF_FFFF, |c, b| crc32_step(c, *b))
}

/// A frame with its FCS appended.
pub fn with_fcs(frame: &[u8]) -> Vec<u8> {
    let mut v = frame.to_vec();
    v.extend_from_slice(&fcs(frame).to_le_bytes());
    v
}

/// Bytewise CRC-32 register.
#[derive(LogicBlock)]
pub struct Crc32 {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Start over (register to all ones); wins over `en`.
    pub init: Signal<In, Bit>,
    /// Advance by `data`.
    pub en: Signal<In, Bit>,
    /// The byte.
    pub data: Signal<In, Bits<8>>,
    /// The register.
    pub crc: Signal<Out, Bits<32>>,
    /// The FCS of the bytes so far (`!crc`).
    pub fcs: Signal<Out, Bits<32>>,
    /// The register holds the residue: the bytes so far end with their own good FCS.
    pub ok: Signal<Out, Bit>,
    state: DFFWithInit<Bits<32>>,
    v: Signal<Local, Bits<40>>,
    mask: Signal<Local, Bits<40>>,
    nxt: Signal<Local, Bits<32>>,
    masks: [Constant<Bits<40>>; 32],
    ones: Constant<Bits<32>>,
    residue: Constant<Bits<32>>,
}

impl Default for Crc32 {
    fn default() -> Self {
        // Column of each input bit: register bits 0..32, byte bits 32..40.
        let image = |b: usize| -> u32 {
            if b < 32 {
                crc32_step(1 << b, 0)
            } else {
                crc32_step(0, 1 << (b - 32))
            }
        };
        let masks = std::array::from_fn(|k| {
            let mut m: Bits<40> = Bits::default();
            for b in 0..40 {
                if image(b) >> k & 1 == 1 {
                    m = m.replace_bit(b, true);
                }
            }
            Constant::new(m)
        });
        Crc32 {
            clock: Default::default(),
            init: Default::default(),
            en: Default::default(),
            data: Default::default(),
            crc: Default::default(),
            fcs: Default::default(),
            ok: Default::default(),
            state: DFFWithInit::new(0xFFFF_FFFFu64.into()),
            v: Default::default(),
            mask: Default::default(),
            nxt: Default::default(),
            masks,
            ones: Constant::new(0xFFFF_FFFFu64.into()),
            residue: Constant::new((RESIDUE as u64).into()),
        }
    }
}

impl Logic for Crc32 {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state);
        self.v.next =
            bit_cast::<40, 32>(self.state.q.val()) | (bit_cast::<40, 8>(self.data.val()) << 32);
        self.nxt.next = 0.into();
        for k in 0..32 {
            self.mask.next = self.masks[k].val();
            self.nxt.next = self
                .nxt
                .val()
                .replace_bit(k, (self.v.val() & self.mask.val()).xor());
        }
        if self.en.val() {
            self.state.d.next = self.nxt.val();
        }
        if self.init.val() {
            self.state.d.next = self.ones.val();
        }
        self.crc.next = self.state.q.val();
        self.fcs.next = self.state.q.val() ^ self.ones.val();
        self.ok.next = self.state.q.val() == self.residue.val();
    }
}

/// The management channel's frame check, CRC-16/CCITT-FALSE, as the contract defines
/// it: run over a frame followed by its CRC (big-endian) the register ends at 0.
pub use fpvs_abi::mgmt::{crc16, crc16_step, CRC16_INIT};

/// Bytewise CRC-16/CCITT-FALSE register ([`crc16_step`]), built like [`Crc32`].
#[derive(LogicBlock)]
pub struct Crc16 {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Start over (register to all ones); wins over `en`.
    pub init: Signal<In, Bit>,
    /// Advance by `data`.
    pub en: Signal<In, Bit>,
    /// The byte.
    pub data: Signal<In, Bits<8>>,
    /// The register: the CRC of the bytes so far.
    pub crc: Signal<Out, Bits<16>>,
    /// The register is 0: the bytes so far end with their own CRC.
    pub ok: Signal<Out, Bit>,
    state: DFFWithInit<Bits<16>>,
    v: Signal<Local, Bits<24>>,
    mask: Signal<Local, Bits<24>>,
    nxt: Signal<Local, Bits<16>>,
    masks: [Constant<Bits<24>>; 16],
    ones: Constant<Bits<16>>,
}

impl Default for Crc16 {
    fn default() -> Self {
        // Column of each input bit: register bits 0..16, byte bits 16..24.
        let image = |b: usize| -> u16 {
            if b < 16 {
                crc16_step(1 << b, 0)
            } else {
                crc16_step(0, 1 << (b - 16))
            }
        };
        let masks = std::array::from_fn(|k| {
            let mut m: Bits<24> = Bits::default();
            for b in 0..24 {
                if image(b) >> k & 1 == 1 {
                    m = m.replace_bit(b, true);
                }
            }
            Constant::new(m)
        });
        Crc16 {
            clock: Default::default(),
            init: Default::default(),
            en: Default::default(),
            data: Default::default(),
            crc: Default::default(),
            ok: Default::default(),
            state: DFFWithInit::new(u64::from(CRC16_INIT).into()),
            v: Default::default(),
            mask: Default::default(),
            nxt: Default::default(),
            masks,
            ones: Constant::new(u64::from(CRC16_INIT).into()),
        }
    }
}

impl Logic for Crc16 {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state);
        self.v.next =
            bit_cast::<24, 16>(self.state.q.val()) | (bit_cast::<24, 8>(self.data.val()) << 16);
        self.nxt.next = 0.into();
        for k in 0..16 {
            self.mask.next = self.masks[k].val();
            self.nxt.next = self
                .nxt
                .val()
                .replace_bit(k, (self.v.val() & self.mask.val()).xor());
        }
        if self.en.val() {
            self.state.d.next = self.nxt.val();
        }
        if self.init.val() {
            self.state.d.next = self.ones.val();
        }
        self.crc.next = self.state.q.val();
        self.ok.next = self.state.q.val() == 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_verilog;
    use crate::tick;
    use rand::{Rng, SeedableRng};

    #[test]
    fn software_reference_matches_the_standard_check_value() {
        // CRC-32/ISO-HDLC of "123456789" is 0xCBF43926.
        assert_eq!(fcs(b"123456789"), 0xCBF4_3926);
        let f = with_fcs(b"any frame at all");
        assert_eq!(
            f.iter().fold(0xFFFF_FFFF, |c, b| crc32_step(c, *b)),
            RESIDUE
        );
    }

    #[test]
    fn register_follows_the_software_crc_and_ends_at_the_residue() {
        let mut uut = Crc32::default();
        uut.connect_all();
        let mut rng = rand::rngs::StdRng::seed_from_u64(5);
        for n in [0usize, 1, 7, 60, 64, 200, 1514] {
            let frame: Vec<u8> = (0..n).map(|_| rng.gen()).collect();
            uut.init.next = true;
            uut.en.next = false;
            tick!(uut);
            uut.init.next = false;
            let mut sw = 0xFFFF_FFFFu32;
            for b in with_fcs(&frame) {
                // Idle cycles in between change nothing.
                uut.en.next = false;
                tick!(uut);
                uut.en.next = true;
                uut.data.next = (b as u64).into();
                tick!(uut);
                sw = crc32_step(sw, b);
                assert_eq!(uut.crc.val().to_u64() as u32, sw);
            }
            assert!(uut.ok.val(), "{n}-byte frame: residue");
            // The FCS output before the FCS bytes is the FCS.
            uut.init.next = true;
            tick!(uut);
            uut.init.next = false;
            for b in &frame {
                uut.data.next = (*b as u64).into();
                tick!(uut);
            }
            assert_eq!(uut.fcs.val().to_u64() as u32, fcs(&frame));
            assert!(!uut.ok.val());
        }
    }

    #[test]
    fn crc16_matches_its_check_value_and_its_hardware_register() {
        // CRC-16/CCITT-FALSE of "123456789" is 0x29B1.
        assert_eq!(crc16(b"123456789"), 0x29B1);
        let mut uut = Crc16::default();
        uut.connect_all();
        let mut rng = rand::rngs::StdRng::seed_from_u64(6);
        for n in [0usize, 1, 5, 70] {
            let mut msg: Vec<u8> = (0..n).map(|_| rng.gen()).collect();
            msg.extend_from_slice(&crc16(&msg).to_be_bytes());
            uut.init.next = true;
            tick!(uut);
            uut.init.next = false;
            uut.en.next = true;
            let mut sw = 0xFFFFu16;
            for b in msg {
                uut.data.next = (b as u64).into();
                tick!(uut);
                sw = crc16_step(sw, b);
                assert_eq!(uut.crc.val().to_u64() as u16, sw);
            }
            assert!(uut.ok.val());
            uut.en.next = false;
        }
        check_verilog("crc16", &uut);
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut = Crc32::default();
        uut.connect_all();
        check_verilog("crc32", &uut);
    }
}
