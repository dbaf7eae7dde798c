//! The UART's side of the host-served rings ([`crate::host_rings`]): the link as a
//! [`CardTransport`] and as the card's registers, and the card's own frames (completions,
//! exceptions, notifications) taken apart for [`HostRings`].

use super::link::Link;
use crate::host_rings::{CardTransport, HostRings};
use crate::mmio::{check, Mmio};
use crate::DriverResult;
use fpvs_abi::mgmt::{self, kind, MgmtFrame};
use fpvs_abi::regs::rings as rings_regs;
use fpvs_abi::ExceptionDescriptor;
use std::ops::RangeInclusive;

impl CardTransport for Link {
    fn command(&self, desc: &[u8; 64]) -> DriverResult<Option<[u8; 64]>> {
        // The completion comes back on its own (`deliver`).
        Link::command(self, desc).map(|()| None)
    }

    fn inject(&self, port: u8, verbatim: bool, frame: &[u8]) -> DriverResult<()> {
        Link::inject(
            self,
            port | if verbatim { mgmt::INJ_VERBATIM } else { 0 },
            frame,
        )
    }

    fn inject_lengths(&self) -> RangeInclusive<usize> {
        mgmt::INJ_MIN..=mgmt::INJ_MAX
    }
}

/// The card's registers below the `RINGS` block, one round trip each.
impl Mmio for Link {
    fn size(&self) -> u64 {
        u64::from(rings_regs::BASE)
    }

    fn read32(&self, offset: u32) -> DriverResult<u32> {
        check("read32", offset, self.size())?;
        self.reg_read(offset as u16)
    }

    fn write32(&self, offset: u32, value: u32) -> DriverResult<()> {
        check("write32", offset, self.size())?;
        self.reg_write(offset as u16, value)
    }
}

/// A frame the card sent on its own; what does not parse is counted.
pub fn deliver(rings: &HostRings, f: MgmtFrame) {
    let ok = match f.ty {
        kind::COMPLETION => rings.complete(&f.body),
        kind::EXCEPTION => punt(rings, &f.body),
        kind::NOTIFY => rings.notify(&f.body),
        _ => false,
    };
    if !ok {
        rings.count_malformed();
    }
}

/// An `EXCEPTION` body: the core's 128-bit metadata word, the frame's length, its
/// first `EXC_BYTES` bytes.
fn punt(rings: &HostRings, body: &[u8]) -> bool {
    if body.len() < mgmt::len::EXC_HEAD {
        return false;
    }
    let u = u128::from_le_bytes(body[..16].try_into().unwrap_or([0; 16]));
    let field = |lo: u32, bits: u32| ((u >> lo) & ((1u128 << bits) - 1)) as u64;
    let frame_len = u16::from_le_bytes([body[16], body[17]]);
    let bytes = &body[mgmt::len::EXC_HEAD..];
    if bytes.len() != usize::from(frame_len).min(mgmt::EXC_BYTES) {
        return false;
    }
    if field(0, 1) != 0 {
        // The card cut this frame short on input: nothing to punt.
        return true;
    }
    let meta = ExceptionDescriptor {
        reason: field(1, 8) as u8,
        port: field(9, 2) as u8,
        l3_offset: field(11, 8) as u8,
        flow_hash: field(19, 32) as u32,
        timestamp: field(51, 32) as u32,
        service: field(83, 16) as u16,
        ..Default::default()
    };
    rings.punt(&meta, frame_len, bytes);
    true
}
