//! PCI facts the VFIO backend needs: addresses, the sysfs checks that tell an operator
//! what is missing, and the config-space command register.

use crate::{DriverResult, Error};
use std::path::{Path, PathBuf};

/// Byte offset of the command register in config space.
pub const COMMAND: u64 = 0x04;
/// Command register: respond to memory-space accesses (BARs).
pub const COMMAND_MEMORY: u16 = 1 << 1;
/// Command register: the device may master the bus (DMA, and MSI writes). vfio-pci
/// does not set it; without it DMA silently does nothing and MSIs never arrive.
pub const COMMAND_BUS_MASTER: u16 = 1 << 2;
/// Command register: INTx disabled.
pub const COMMAND_INTX_DISABLE: u16 = 1 << 10;

/// The usual sysfs root.
pub const SYSFS: &str = "/sys";

/// Normalises a PCI address: `00:03.0` becomes `0000:00:03.0`; anything that is not
/// `[dddd:]bb:dd.f` in hex is refused.
pub fn normalise_bdf(bdf: &str) -> DriverResult<String> {
    let full = if bdf.matches(':').count() == 1 {
        format!("0000:{bdf}")
    } else {
        bdf.to_string()
    };
    let bad = || {
        Error::InvalidArgument(format!(
            "{bdf:?} is not a PCI address like 0000:01:00.0 (see `lspci -D`)"
        ))
    };
    let (dbd, func) = full.split_once('.').ok_or_else(bad)?;
    let parts: Vec<&str> = dbd.split(':').collect();
    let hex = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_hexdigit());
    let func_ok = func.len() == 1 && matches!(func.as_bytes()[0], b'0'..=b'7');
    let ok = parts.len() == 3 && hex(parts[0], 4) && hex(parts[1], 2) && hex(parts[2], 2);
    if !(ok && func_ok) {
        return Err(bad());
    }
    Ok(full.to_ascii_lowercase())
}

/// The device's sysfs folder.
pub fn device_path(sysfs: &Path, bdf: &str) -> PathBuf {
    sysfs.join("bus/pci/devices").join(bdf)
}

/// Checks that `bdf` exists, is bound to vfio-pci and has an IOMMU group whose VFIO
/// node exists; returns the group number. Each failure says what to do, instead of
/// the `InvalidPath` that opening the device would report.
pub fn check_vfio_ready(sysfs: &Path, dev: &Path, bdf: &str) -> DriverResult<u32> {
    let not = |problem: String| Error::NotVfio {
        device: bdf.to_string(),
        problem,
    };
    let path = device_path(sysfs, bdf);
    if !path.exists() {
        return Err(not(format!(
            "no such PCI device ({} does not exist; see `lspci -D`)",
            path.display()
        )));
    }
    let driver = std::fs::read_link(path.join("driver"))
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
    if driver.as_deref() != Some("vfio-pci") {
        let now = match &driver {
            Some(d) => format!("bound to {d}"),
            None => "bound to no driver".to_string(),
        };
        return Err(not(format!(
            "{now}, not vfio-pci. Bind it: `modprobe vfio-pci; echo vfio-pci > {p}/driver_override; \
             echo {bdf} > {p}/driver/unbind; echo {bdf} > /sys/bus/pci/drivers_probe`",
            p = path.display()
        )));
    }
    let group = std::fs::read_link(path.join("iommu_group"))
        .ok()
        .and_then(|p| p.file_name()?.to_str()?.parse::<u32>().ok())
        .ok_or_else(|| {
            not(
                "has no IOMMU group: enable the IOMMU (kernel arguments intel_iommu=on or \
                 amd_iommu=on, and VT-d/AMD-Vi in the firmware)"
                    .to_string(),
            )
        })?;
    let node = dev.join("vfio").join(group.to_string());
    if !node.exists() {
        return Err(not(format!(
            "IOMMU group {group} has no {} (is vfio-pci loaded, and are all devices of \
             the group bound to vfio-pci?)",
            node.display()
        )));
    }
    Ok(group)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn addresses_are_normalised_or_refused() {
        assert_eq!(normalise_bdf("00:03.0").unwrap(), "0000:00:03.0");
        assert_eq!(normalise_bdf("0000:AF:00.7").unwrap(), "0000:af:00.7");
        for bad in [
            "",
            "00:03",
            "0:00:03.0",
            "0000:00:03.8",
            "zz:03.0",
            "../../x",
            "00:03.0 ",
        ] {
            assert!(normalise_bdf(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn sysfs_checks_name_the_missing_piece() {
        let root = tempfile::tempdir().unwrap();
        let sys = root.path().join("sys");
        let dev = root.path().join("dev");
        let bdf = "0000:00:03.0";
        let p = device_path(&sys, bdf);
        let err = check_vfio_ready(&sys, &dev, bdf).unwrap_err().to_string();
        assert!(err.contains("no such PCI device"), "{err}");

        std::fs::create_dir_all(&p).unwrap();
        let err = check_vfio_ready(&sys, &dev, bdf).unwrap_err().to_string();
        assert!(
            err.contains("bound to no driver") && err.contains("driver_override"),
            "{err}"
        );

        symlink(sys.join("bus/pci/drivers/edu"), p.join("driver")).unwrap();
        let err = check_vfio_ready(&sys, &dev, bdf).unwrap_err().to_string();
        assert!(err.contains("bound to edu"), "{err}");

        std::fs::remove_file(p.join("driver")).unwrap();
        symlink(sys.join("bus/pci/drivers/vfio-pci"), p.join("driver")).unwrap();
        let err = check_vfio_ready(&sys, &dev, bdf).unwrap_err().to_string();
        assert!(
            err.contains("no IOMMU group") && err.contains("intel_iommu=on"),
            "{err}"
        );

        symlink(sys.join("kernel/iommu_groups/5"), p.join("iommu_group")).unwrap();
        let err = check_vfio_ready(&sys, &dev, bdf).unwrap_err().to_string();
        assert!(err.contains("IOMMU group 5"), "{err}");

        std::fs::create_dir_all(dev.join("vfio")).unwrap();
        std::fs::write(dev.join("vfio/5"), b"").unwrap();
        assert_eq!(check_vfio_ready(&sys, &dev, bdf).unwrap(), 5);
    }
}
