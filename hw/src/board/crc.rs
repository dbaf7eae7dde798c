//! Ethernet FCS: CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), one byte per
//! clock; and the management channel's CRC-16 ([`Crc16`]).
//!
//! The register starts at all ones (`init`); each enabled byte advances it. The FCS of
//! the bytes so far is `!crc`, sent least significant byte first. Run over a frame and
//! its FCS, the register ends at the residue [`RESIDUE`]: `ok` is that comparison.
//!
//! Both are one [`CrcReg`], built from the software step.

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

/// A bytewise CRC register of `N` bits (`V` = `N` + 8): [`Crc32`] and [`Crc16`].
///
/// The byte step is linear over GF(2) in (register, byte): each next-register bit is
/// the parity of a `V`-bit mask over `{byte, register}`, the masks computed once at
/// construction from the software step.
#[derive(LogicBlock)]
pub struct CrcReg<const N: usize, const V: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Start over (register to its initial value); wins over `en`.
    pub init: Signal<In, Bit>,
    /// Advance by `data`.
    pub en: Signal<In, Bit>,
    /// The byte.
    pub data: Signal<In, Bits<8>>,
    /// The register.
    pub crc: Signal<Out, Bits<N>>,
    /// The register inverted (the Ethernet FCS of the bytes so far).
    pub fcs: Signal<Out, Bits<N>>,
    /// The register holds the residue: the bytes so far end with their own good check.
    pub ok: Signal<Out, Bit>,
    state: DFFWithInit<Bits<N>>,
    v: Signal<Local, Bits<V>>,
    mask: Signal<Local, Bits<V>>,
    nxt: Signal<Local, Bits<N>>,
    columns: [Constant<Bits<V>>; N],
    start: Constant<Bits<N>>,
    ones: Constant<Bits<N>>,
    residue: Constant<Bits<N>>,
    byte_at: Constant<Bits<8>>,
}

impl<const N: usize, const V: usize> CrcReg<N, V> {
    /// A register stepping as `step` (one byte on the raw register), starting at
    /// `init`, whose `ok` means the register equals `residue`.
    pub fn new(step: impl Fn(u64, u8) -> u64, init: u64, residue: u64) -> Self {
        assert_eq!(V, N + 8, "V is N + 8");
        // Column of each input bit: register bits 0..N, byte bits N..N+8.
        let image = |b: usize| -> u64 {
            if b < N {
                step(1 << b, 0)
            } else {
                step(0, 1 << (b - N))
            }
        };
        let columns = std::array::from_fn(|k| {
            let mut m: Bits<V> = Bits::default();
            for b in 0..V {
                if image(b) >> k & 1 == 1 {
                    m = m.replace_bit(b, true);
                }
            }
            Constant::new(m)
        });
        let all = if N == 64 { u64::MAX } else { (1u64 << N) - 1 };
        CrcReg {
            clock: Default::default(),
            init: Default::default(),
            en: Default::default(),
            data: Default::default(),
            crc: Default::default(),
            fcs: Default::default(),
            ok: Default::default(),
            state: DFFWithInit::new(init.into()),
            v: Default::default(),
            mask: Default::default(),
            nxt: Default::default(),
            columns,
            start: Constant::new(init.into()),
            ones: Constant::new(all.into()),
            residue: Constant::new(residue.into()),
            byte_at: Constant::new((N as u64).into()),
        }
    }
}

impl<const N: usize, const V: usize> Logic for CrcReg<N, V> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state);
        self.v.next = bit_cast::<V, N>(self.state.q.val())
            | (bit_cast::<V, 8>(self.data.val()) << self.byte_at.val());
        self.nxt.next = 0.into();
        for k in 0..N {
            self.mask.next = self.columns[k].val();
            self.nxt.next = self
                .nxt
                .val()
                .replace_bit(k, (self.v.val() & self.mask.val()).xor());
        }
        if self.en.val() {
            self.state.d.next = self.nxt.val();
        }
        if self.init.val() {
            self.state.d.next = self.start.val();
        }
        self.crc.next = self.state.q.val();
        self.fcs.next = self.state.q.val() ^ self.ones.val();
        self.ok.next = self.state.q.val() == self.residue.val();
    }
}

/// Bytewise CRC-32 register (Ethernet FCS): starts at all ones, `fcs` is the FCS of
/// the bytes so far, `ok` means they end with their own good FCS ([`RESIDUE`]).
pub type Crc32 = CrcReg<32, 40>;

impl Default for Crc32 {
    fn default() -> Self {
        CrcReg::new(
            |c, b| u64::from(crc32_step(c as u32, b)),
            0xFFFF_FFFF,
            u64::from(RESIDUE),
        )
    }
}

/// The management channel's frame check, CRC-16/CCITT-FALSE, as the contract defines
/// it: run over a frame followed by its CRC (big-endian) the register ends at 0.
pub use fpvs_abi::mgmt::{crc16, crc16_step, CRC16_INIT};

/// Bytewise CRC-16/CCITT-FALSE register ([`crc16_step`]): `crc` is the CRC of the
/// bytes so far, `ok` means they end with their own CRC.
pub type Crc16 = CrcReg<16, 24>;

impl Default for Crc16 {
    fn default() -> Self {
        CrcReg::new(
            |c, b| u64::from(crc16_step(c as u16, b)),
            u64::from(CRC16_INIT),
            0,
        )
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
