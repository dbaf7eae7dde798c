//! The card as fpvsd holds it: the device, its registers, rings and tables.

use fpvs_abi::regs;
use fpvs_abi::NotifyRecord;
use fpvs_driver::corundum::{CorundumConfig, CorundumDevice, CorundumSpec};
use fpvs_driver::rings::{Exception, InjectTarget, Mode, RingConfig, Rings};
use fpvs_driver::tables::CommitReport;
use fpvs_driver::uart::{LinkConfig, UartDevice};
use fpvs_driver::vfio::{VfioDevice, VfioOptions};
use fpvs_driver::vfio_user::{VfioUserDevice, VfioUserOptions};
use fpvs_driver::{CardInfo, CardTables, Device, Registers};
use std::path::PathBuf;
use std::time::Duration;

/// Where the card is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardAddress {
    /// A PCI device bound to vfio-pci (`0000:01:00.0`).
    Pci(String),
    /// A vfio-user socket (the simulator, `fpvs-sim`).
    VfioUser(PathBuf),
    /// A board without PCIe behind its management UART (`uart:/dev/ttyUSB0@115200`).
    Uart {
        /// Serial device.
        path: PathBuf,
        /// Line rate.
        baud: u32,
    },
    /// A Corundum NIC with the FPVS application block: its PCI address and mqnic
    /// interface (`corundum:0000:81:00.0,enp129s0`).
    Corundum(CorundumSpec),
}

impl CardAddress {
    /// Parses `pci:BDF`, `vfio-user:SOCKET`, `uart:PATH[@BAUD]` or
    /// `corundum:BDF,IFNAME[,bar=N]`.
    pub fn parse(s: &str) -> Result<CardAddress, String> {
        if let Some(b) = s.strip_prefix("pci:") {
            Ok(CardAddress::Pci(b.to_string()))
        } else if let Some(p) = s.strip_prefix("vfio-user:") {
            Ok(CardAddress::VfioUser(PathBuf::from(p)))
        } else if let Some(u) = s.strip_prefix("uart:") {
            let (path, baud) = UartDevice::parse_spec(u).map_err(|e| e.to_string())?;
            Ok(CardAddress::Uart { path, baud })
        } else if let Some(c) = s.strip_prefix("corundum:") {
            CorundumSpec::parse(c)
                .map(CardAddress::Corundum)
                .map_err(|e| e.to_string())
        } else {
            Err(format!(
                "{s:?}: a card is pci:DDDD:BB:DD.F, vfio-user:SOCKET, uart:/dev/ttyUSB0[@BAUD] \
                 or corundum:DDDD:BB:DD.F,IFNAME"
            ))
        }
    }
}

impl std::fmt::Display for CardAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CardAddress::Pci(b) => write!(f, "pci:{b}"),
            CardAddress::VfioUser(p) => write!(f, "vfio-user:{}", p.display()),
            CardAddress::Uart { path, baud } => write!(f, "uart:{}@{baud}", path.display()),
            CardAddress::Corundum(c) => write!(f, "{c}"),
        }
    }
}

/// An opened card.
#[derive(Debug)]
pub struct CardLink {
    /// The device (kept open for as long as the rings live).
    _dev: Box<dyn Device>,
    /// Registers.
    pub regs: Registers,
    /// What the card says it is.
    pub info: CardInfo,
    /// Rings.
    pub rings: Rings,
    /// The tables and their shadow.
    pub tables: CardTables,
    /// Commits that reached the card: the batch being built goes out with the next.
    pub commits: u64,
}

impl CardLink {
    /// Opens the card, checks it, brings up the rings, and reads its tables back
    /// (a restarted fpvsd finds the flows its predecessor installed).
    pub fn open(addr: &CardAddress) -> fpvs_driver::DriverResult<CardLink> {
        let dev: Box<dyn Device> = match addr {
            CardAddress::Pci(bdf) => Box::new(VfioDevice::open(bdf, VfioOptions::default())?),
            CardAddress::VfioUser(p) => {
                Box::new(VfioUserDevice::connect(p, VfioUserOptions::default())?)
            }
            CardAddress::Uart { path, baud } => {
                Box::new(UartDevice::open_serial(path, *baud, LinkConfig::default())?)
            }
            CardAddress::Corundum(c) => {
                Box::new(CorundumDevice::open(c, CorundumConfig::default())?)
            }
        };
        Self::with_device(dev, Mode::Interrupt)
    }

    /// As [`CardLink::open`], for a device already opened (the in-process fake card
    /// of tests and benchmarks), in polling or interrupt mode.
    pub fn with_device(dev: Box<dyn Device>, mode: Mode) -> fpvs_driver::DriverResult<CardLink> {
        let regs = Registers::new(dev.name(), dev.bar(0)?);
        let info = regs.open()?;
        let cfg = RingConfig {
            log2_sizes: [10, 10, 9, 10],
            exc_buf_size: 2048,
            inj_buf_size: 9216,
            mode,
        };
        let mut rings = Rings::open(dev.as_ref(), &regs, &info, &cfg)?;
        let mut tables = CardTables::new(&info);
        tables.reconcile(&mut rings.cmd)?;
        Ok(CardLink {
            _dev: dev,
            regs,
            info,
            rings,
            tables,
            commits: 0,
        })
    }

    /// Sends the queued table changes; every refusal is an error.
    pub fn commit(&mut self) -> fpvs_driver::DriverResult<CommitReport> {
        let r = self.tables.commit(&mut self.rings.cmd)?;
        self.commits += 1;
        if let Some(bad) = r.refused.first() {
            let table = fpvs_abi::Table::from_code(bad.command.table).map_or_else(
                |_| format!("table {}", bad.command.table),
                |t| format!("{t:?}"),
            );
            return Err(fpvs_driver::Error::InvalidArgument(format!(
                "the card refused {table} table entry {}: {:?}",
                bad.command.index, bad.status
            )));
        }
        Ok(r)
    }

    /// Exceptions waiting (at most `max`), waiting up to `timeout` for the first.
    pub fn exceptions(
        &mut self,
        max: usize,
        timeout: Duration,
    ) -> fpvs_driver::DriverResult<Vec<Exception>> {
        match self.rings.exc.wait(max, timeout) {
            Ok(v) => Ok(v),
            Err(fpvs_driver::Error::Timeout { .. }) => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    }

    /// Notifications waiting.
    pub fn notifications(&mut self, max: usize) -> fpvs_driver::DriverResult<Vec<NotifyRecord>> {
        self.rings.notify.poll(max)
    }

    /// Sends frames through the inject ring (waits for room if the ring is full).
    pub fn inject(&mut self, frames: &[(InjectTarget, &[u8])]) -> fpvs_driver::DriverResult<()> {
        for chunk in frames.chunks(64) {
            loop {
                match self.rings.inj.send(chunk) {
                    Ok(_) => break,
                    Err(fpvs_driver::Error::Ring { .. }) => {
                        self.rings.inj.flush(Duration::from_secs(5))?
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(())
    }

    /// The card's STATS block: `(rx, fwd, exc, drop)` frames.
    pub fn frame_counters(&self) -> fpvs_driver::DriverResult<[u32; 4]> {
        Ok([
            self.regs.read(regs::stats::RX_FRAMES)?,
            self.regs.read(regs::stats::FWD_FRAMES)?,
            self.regs.read(regs::stats::EXC_FRAMES)?,
            self.regs.read(regs::stats::DROP_FRAMES)?,
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_addresses_parse_and_print_back() {
        for s in [
            "pci:0000:01:00.0",
            "vfio-user:/run/card.sock",
            "uart:/dev/ttyUSB0@921600",
            "corundum:0000:81:00.0,enp129s0",
            "corundum:0000:3b:00.1,eth2,bar=4",
        ] {
            assert_eq!(CardAddress::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(
            CardAddress::parse("uart:/dev/ttyUSB1").unwrap(),
            CardAddress::Uart {
                path: "/dev/ttyUSB1".into(),
                baud: 115_200
            }
        );
        assert!(CardAddress::parse("uart:/dev/ttyUSB0@x").is_err());
        assert!(CardAddress::parse("usb:1").unwrap_err().contains("uart:"));
        assert!(CardAddress::parse("usb:1")
            .unwrap_err()
            .contains("corundum:"));
        assert_eq!(
            CardAddress::parse("corundum:81:00.0,enp129s0").unwrap(),
            CardAddress::Corundum(CorundumSpec {
                pci: "0000:81:00.0".into(),
                ifname: "enp129s0".into(),
                resource: 2,
            })
        );
        for bad in [
            "corundum:",
            "corundum:0000:81:00.0",
            "corundum:enp129s0,0000:81:00.0",
            "corundum:0000:81:00.0,eth0,bar=x",
        ] {
            let e = CardAddress::parse(bad).unwrap_err();
            assert!(
                e.contains("expected corundum:<pci-addr>,<ifname>"),
                "{bad}: {e}"
            );
        }
    }
}
