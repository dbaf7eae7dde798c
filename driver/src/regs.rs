//! The FPVS register map on top of the MMIO choke point.
//!
//! [`Registers::open`] is what the driver does first with a card: it checks the ID
//! block's magic and ABI version (refusing, with an operator-readable message, a
//! bitstream built for another major version), walks the chain of self-describing
//! blocks from offset 0 (bounded, strictly ascending, inside the BAR), checks that
//! every block the driver needs is present, where `fpvs_abi::regs` puts it, with the
//! major version it speaks, and reads the build parameters into a [`CardInfo`].
//!
//! Writes are refused unless the offset is a writable register of the map: a wrong
//! offset in the driver cannot poke a read-only counter or an unknown register.

use crate::mmio::Mmio;
use crate::wait::poll_until;
use crate::{DriverResult, Error};
use fpvs_abi::regs::{self, header, id};
use fpvs_abi::{FlowGeometry, ABI_VERSION_MAJOR, ABI_VERSION_MINOR};
use std::sync::Arc;
use std::time::Duration;

/// Most blocks the chain walk will follow before calling the chain malformed.
pub const MAX_BLOCKS: usize = 32;

/// One block found in the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Type code.
    pub ty: u32,
    /// Version, `major << 16 | minor`.
    pub version: u32,
    /// Byte offset of the block.
    pub base: u32,
    /// Byte offset of the next block (0: last).
    pub next: u32,
}

/// What the card says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardInfo {
    /// ABI major version of the bitstream.
    pub abi_major: u16,
    /// ABI minor version of the bitstream.
    pub abi_minor: u16,
    /// Datapath width in bytes per beat.
    pub width_bytes: u32,
    /// Ethernet ports.
    pub ports: u32,
    /// Flow-table geometry.
    pub flow_geometry: FlowGeometry,
    /// Service-table geometry.
    pub service_geometry: FlowGeometry,
    /// Maglev slots.
    pub maglev_slots: u32,
    /// Real-server entries.
    pub real_servers: u32,
    /// Next-hop entries.
    pub nexthops: u32,
    /// Service indices.
    pub services: u32,
    /// Core clock in kHz.
    pub clock_khz: u32,
    /// Build identity.
    pub build_id: u32,
    /// The register chain as walked.
    pub blocks: Vec<Block>,
}

/// Register access to an FPVS card's BAR0.
#[derive(Debug, Clone)]
pub struct Registers {
    device: String,
    mmio: Arc<dyn Mmio>,
}

/// True when `offset` is a register the host may write: one the tables of
/// `fpvs_abi::regs` ([`regs::BAR0_BLOCKS`]: the pipeline's blocks and `RINGS`, every
/// class's and every ring's registers included) mark writable.
pub fn writable(offset: u32) -> bool {
    regs::writable(offset)
}

impl Registers {
    /// Registers of `device` (a name for messages) over `mmio`.
    pub fn new(device: &str, mmio: Arc<dyn Mmio>) -> Self {
        Registers {
            device: device.to_string(),
            mmio,
        }
    }

    /// The device name.
    pub fn device(&self) -> &str {
        &self.device
    }

    /// Reads a register (bounds-checked by the MMIO layer).
    pub fn read(&self, offset: u32) -> DriverResult<u32> {
        self.mmio.read32(offset)
    }

    /// Writes a register; refuses offsets that are not writable registers of the map.
    pub fn write(&self, offset: u32, value: u32) -> DriverResult<()> {
        if !writable(offset) {
            return Err(Error::InvalidArgument(format!(
                "register {offset:#x} is not a writable register of the FPVS map"
            )));
        }
        self.mmio.write32(offset, value)
    }

    /// Polls `offset` until `done(value)` holds, at most `timeout`.
    pub fn wait_for(
        &self,
        what: &str,
        offset: u32,
        timeout: Duration,
        done: impl Fn(u32) -> bool,
    ) -> DriverResult<u32> {
        poll_until(what, timeout, || {
            let v = self.read(offset)?;
            Ok(done(v).then_some(v))
        })
    }

    fn chain_error(&self, problem: String) -> Error {
        Error::RegisterChain {
            device: self.device.clone(),
            problem,
        }
    }

    fn read_live(&self, offset: u32) -> DriverResult<u32> {
        let v = self.read(offset)?;
        if v == u32::MAX {
            return Err(Error::DeviceNotResponding {
                device: self.device.clone(),
                offset,
            });
        }
        Ok(v)
    }

    /// Walks the block chain from offset 0: at most [`MAX_BLOCKS`] blocks, each inside
    /// the BAR, each `NEXT` strictly above its block (so the walk cannot loop).
    pub fn walk_chain(&self) -> DriverResult<Vec<Block>> {
        let size = self.mmio.size();
        let mut blocks = Vec::new();
        let mut base = 0u32;
        loop {
            if blocks.len() == MAX_BLOCKS {
                return Err(self.chain_error(format!("more than {MAX_BLOCKS} blocks")));
            }
            if base % 4 != 0 || u64::from(base) + 12 > size {
                return Err(self.chain_error(format!(
                    "a block at {base:#x} does not fit the {size:#x}-byte BAR"
                )));
            }
            let b = Block {
                ty: self.read_live(base + header::TYPE)?,
                version: self.read(base + header::VERSION)?,
                base,
                next: self.read(base + header::NEXT)?,
            };
            blocks.push(b);
            if b.next == 0 {
                return Ok(blocks);
            }
            if b.next <= base {
                return Err(self.chain_error(format!(
                    "block {:#x} at {base:#x} points back to {:#x}",
                    b.ty, b.next
                )));
            }
            base = b.next;
        }
    }

    /// Identifies the card and checks that this driver can drive it.
    pub fn open(&self) -> DriverResult<CardInfo> {
        let magic = self.read_live(id::MAGIC)?;
        if magic != id::MAGIC_VALUE {
            return Err(Error::NotFpvs {
                device: self.device.clone(),
                found: magic,
                expected: id::MAGIC_VALUE,
            });
        }
        let abi = self.read(id::ABI_VERSION)?;
        let (abi_major, abi_minor) = ((abi >> 16) as u16, abi as u16);
        if abi_major != ABI_VERSION_MAJOR {
            return Err(Error::AbiMismatch {
                device: self.device.clone(),
                found_major: abi_major,
                found_minor: abi_minor,
                expected_major: ABI_VERSION_MAJOR,
                expected_minor: ABI_VERSION_MINOR,
            });
        }
        let blocks = self.walk_chain()?;
        // Every block of the map, where the contract puts it.
        for regs::BlockDesc {
            name,
            ty,
            base,
            version,
            ..
        } in regs::BAR0_BLOCKS
        {
            let mut found = blocks.iter().filter(|b| b.ty == ty);
            let b = found.next().ok_or_else(|| {
                self.chain_error(format!(
                    "no {name} block (type {ty:#010x}): the bitstream lacks it; flash a \
                     complete FPVS bitstream (`fpvsadm flash <bitstream>`)"
                ))
            })?;
            if found.next().is_some() {
                return Err(self.chain_error(format!("two {name} blocks")));
            }
            if b.base != base {
                return Err(self.chain_error(format!(
                    "{name} block at {:#x}, but ABI {ABI_VERSION_MAJOR}.x puts it at {base:#x}",
                    b.base
                )));
            }
            if b.version >> 16 != version >> 16 {
                return Err(self.chain_error(format!(
                    "{name} block version {}.{}, this driver speaks {}.x: flash a bitstream \
                     built for ABI {ABI_VERSION_MAJOR}.{ABI_VERSION_MINOR} (`fpvsadm flash \
                     <bitstream>`)",
                    b.version >> 16,
                    b.version & 0xFFFF,
                    version >> 16
                )));
            }
        }
        self.card_info(abi_major, abi_minor, blocks)
    }

    fn card_info(
        &self,
        abi_major: u16,
        abi_minor: u16,
        blocks: Vec<Block>,
    ) -> DriverResult<CardInfo> {
        let bad = |what: &str, v: u32| {
            self.chain_error(format!("ID register {what} holds an impossible {v:#x}"))
        };
        let geometry = |what: &str, off: u32| -> DriverResult<FlowGeometry> {
            let v = self.read(off)?;
            FlowGeometry::from_reg(v)
                .filter(|_| v >> 16 == 0)
                .ok_or_else(|| bad(what, v))
        };
        let count = |what: &str, off: u32, max: u32| -> DriverResult<u32> {
            let v = self.read(off)?;
            if v == 0 || v > max {
                return Err(bad(what, v));
            }
            Ok(v)
        };
        let build = self.read(id::BUILD)?;
        let width_bytes = build & 0xFF;
        let ports = (build >> 8) & 0xF;
        if !width_bytes.is_power_of_two() || ports == 0 {
            return Err(bad("BUILD", build));
        }
        Ok(CardInfo {
            abi_major,
            abi_minor,
            width_bytes,
            ports,
            flow_geometry: geometry("FLOW_GEOMETRY", id::FLOW_GEOMETRY)?,
            service_geometry: geometry("SERVICE_GEOMETRY", id::SERVICE_GEOMETRY)?,
            maglev_slots: count("MAGLEV_SLOTS", id::MAGLEV_SLOTS, 1 << 24)?,
            real_servers: count("REAL_SERVERS", id::REAL_SERVERS, 1 << 16)?,
            nexthops: count("NEXTHOPS", id::NEXTHOPS, 1 << 16)?,
            services: count("SERVICES", id::SERVICES, 1 << 16)?,
            clock_khz: self.read(id::CLOCK_KHZ)?,
            build_id: self.read(id::BUILD_ID)?,
            blocks,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fake::card::id_registers;
    use crate::mmio::{FakeMmio, RegisterFile};
    use fpvs_abi::regs::{block_type, ctrl, ratelimit, rings};
    use fpvs_abi::ReasonClass;
    use std::sync::Mutex;

    fn regs_with(edit: impl FnOnce(&mut RegisterFile)) -> Registers {
        let mut f = id_registers(&crate::fake::card::FakeCardConfig::default());
        edit(&mut f);
        Registers::new(
            "fake",
            Arc::new(FakeMmio::new(
                u64::from(regs::BAR0_SIZE),
                Arc::new(Mutex::new(f)),
            )),
        )
    }

    #[test]
    fn a_good_card_opens() {
        let info = regs_with(|_| {}).open().unwrap();
        assert_eq!(info.abi_major, ABI_VERSION_MAJOR);
        assert_eq!(info.blocks.len(), 5);
        assert_eq!(info.blocks[4].ty, block_type::RINGS);
        assert_eq!(info.flow_geometry, FlowGeometry::NARROW);
    }

    #[test]
    fn a_mismatched_bitstream_is_refused_with_directions() {
        let e = regs_with(|f| f.set(id::ABI_VERSION, 2 << 16 | 3))
            .open()
            .unwrap_err();
        assert!(matches!(e, Error::AbiMismatch { found_major: 2, .. }));
        let msg = e.to_string();
        assert!(msg.contains("ABI 2.3") && msg.contains("ABI 1.0"), "{msg}");
        assert!(msg.contains("fpvsadm flash"), "{msg}");
        // A newer minor version is compatible.
        assert!(regs_with(|f| f.set(id::ABI_VERSION, 1 << 16 | 7))
            .open()
            .is_ok());
        let e = regs_with(|f| f.set(id::MAGIC, 0x1234)).open().unwrap_err();
        assert!(e.to_string().contains("not an FPVS card"), "{e}");
        let e = regs_with(|f| f.set(id::MAGIC, u32::MAX))
            .open()
            .unwrap_err();
        assert!(matches!(e, Error::DeviceNotResponding { .. }), "{e}");
    }

    #[test]
    fn malformed_chains_are_refused() {
        type Edit = Box<dyn FnOnce(&mut RegisterFile)>;
        let cases: Vec<(Edit, &str)> = vec![
            (
                Box::new(|f| f.set(ctrl::BASE + header::NEXT, ctrl::BASE)),
                "points back",
            ),
            (
                Box::new(|f| f.set(ctrl::BASE + header::NEXT, 0)),
                "no STATS block",
            ),
            (
                Box::new(|f| f.set(rings::BASE + header::NEXT, regs::BAR0_SIZE - 8)),
                "does not fit",
            ),
            (
                Box::new(|f| f.set(rings::BASE + header::NEXT, rings::BASE + 2)),
                "does not fit",
            ),
            (
                Box::new(|f| f.set(ctrl::BASE + header::VERSION, 2 << 16)),
                "CTRL block version 2.0",
            ),
            (
                Box::new(|f| f.set(regs::stats::BASE + header::TYPE, block_type::CTRL)),
                "two CTRL blocks",
            ),
            (
                Box::new(|f| f.set(id::FLOW_GEOMETRY, 17 << 8)),
                "FLOW_GEOMETRY",
            ),
            (Box::new(|f| f.set(id::SERVICES, 0)), "SERVICES"),
        ];
        for (edit, expect) in cases {
            let e = regs_with(edit).open().unwrap_err().to_string();
            assert!(e.contains(expect), "{e} should mention {expect}");
        }
        // A chain of more than MAX_BLOCKS blocks (each pointing 16 bytes on).
        let e = regs_with(|f| {
            f.set(rings::BASE + header::NEXT, 0x2000);
            for i in 0..40 {
                f.set(0x2000 + 16 * i + header::TYPE, 0x7777_0000 + i);
                f.set(0x2000 + 16 * i + header::NEXT, 0x2000 + 16 * (i + 1));
            }
        })
        .open()
        .unwrap_err();
        assert!(e.to_string().contains("more than"), "{e}");
        // Unknown blocks after the known ones are skipped.
        let info = regs_with(|f| {
            f.set(rings::BASE + header::NEXT, 0x2000);
            f.set(0x2000 + header::TYPE, 0x7777_0001);
        })
        .open()
        .unwrap();
        assert_eq!(info.blocks.len(), 6);
    }

    #[test]
    fn the_writable_set_is_the_abi_tables() {
        // Each register of the tables, every class's and every ring's included, is
        // writable exactly when the table says so, and no other offset of the BAR is.
        let r = regs_with(|_| {});
        let mut n = 0;
        for b in regs::BAR0_BLOCKS {
            for reg in b.registers() {
                assert_eq!(writable(reg.offset), reg.access.writable(), "{reg:?}");
                n += usize::from(reg.access.writable());
            }
        }
        let all: Vec<u32> = (0..regs::BAR0_SIZE).filter(|&o| writable(o)).collect();
        assert_eq!(all.len(), n);
        assert_eq!(
            n,
            5 + 1 + 2 * ReasonClass::COUNT + 5 * rings::COUNT as usize
        );
        for o in all {
            r.write(o, 0).unwrap();
        }
        let e = r.write(rings::RING_ARRAY.end(), 0).unwrap_err();
        assert!(
            e.to_string()
                .contains("not a writable register of the FPVS map"),
            "{e}"
        );
    }

    #[test]
    fn writes_only_reach_writable_registers() {
        let r = regs_with(|_| {});
        r.write(ctrl::SCRATCH, 5).unwrap();
        assert_eq!(r.read(ctrl::SCRATCH).unwrap(), 5);
        assert!(r.write(id::MAGIC, 0).is_err());
        assert!(r.write(regs::stats::RX_FRAMES, 0).is_err());
        assert!(r
            .write(rings::ring_reg(rings::Ring::Cmd, rings::HEAD), 0)
            .is_err());
        r.write(rings::ring_reg(rings::Ring::Notify, rings::TAIL), 0)
            .unwrap();
        r.write(
            ratelimit::class_reg(ReasonClass::Other, ratelimit::BURST),
            9,
        )
        .unwrap();
        assert!(r.read(regs::BAR0_SIZE).is_err());
        let e = r
            .wait_for(
                "scratch to be 6",
                ctrl::SCRATCH,
                Duration::from_millis(2),
                |v| v == 6,
            )
            .unwrap_err();
        assert!(matches!(e, Error::Timeout { .. }));
    }
}
