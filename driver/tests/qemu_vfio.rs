//! The kernel-VFIO backend against a real kernel: boots a QEMU guest (TCG, q35, an
//! emulated Intel IOMMU with interrupt remapping, QEMU's `edu` PCI device) with a
//! Debian kernel, binds `edu` to vfio-pci, and runs `examples/edu_vfio_check.rs` — a
//! static binary built from this crate's own `VfioDevice` — which maps BAR0, checks the
//! ID and liveness registers, does a DMA round trip through an IOMMU mapping and takes
//! MSI interrupts on an eventfd. Pass or fail is read from the guest's serial log.
//!
//! Needs `qemu-system-x86`, `busybox-static`, `cpio` and one Debian kernel package
//! (`linux-image-6.1.0-*-cloud-amd64`); `tests/qemu/install-deps.sh` installs them.
//! Without them the test fails and says what to install.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const TARGET: &str = "x86_64-unknown-linux-gnu";
/// Modules, in load order (Debian kernels ship no modules.dep).
const MODULES: [&str; 6] = [
    "irqbypass",
    "vfio",
    "vfio_iommu_type1",
    "vfio_virqfd",
    "vfio-pci-core",
    "vfio-pci",
];
/// Upper bound on the guest's run; a normal run takes about 10 s.
const QEMU_TIMEOUT_S: u32 = 180;

fn install_hint() -> String {
    format!(
        "run `sh {}/tests/qemu/install-deps.sh` as root (apt-get install qemu-system-x86 \
         busybox-static cpio; apt-get download linux-image-6.1.0-<N>-cloud-amd64 into \
         ~/.cache/fpvs), or point FPVS_GUEST_KERNEL_DEB at a Debian linux-image .deb",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn which(tool: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(tool))
            .find(|p| p.is_file())
    })
}

/// True when the ELF file at `path` asks for a dynamic loader (has PT_INTERP).
fn is_dynamic(path: &Path) -> bool {
    let Ok(b) = std::fs::read(path) else {
        return true;
    };
    if b.len() < 64 || &b[..4] != b"\x7fELF" {
        return true;
    }
    let u16_at = |o: usize| u16::from_le_bytes([b[o], b[o + 1]]) as usize;
    let phoff = u64::from_le_bytes(b[0x20..0x28].try_into().unwrap()) as usize;
    let (entsize, num) = (u16_at(0x36), u16_at(0x38));
    (0..num).any(|i| {
        let o = phoff + i * entsize;
        b.get(o..o + 4) == Some(&3u32.to_le_bytes()[..])
    })
}

fn kernel_deb() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("FPVS_GUEST_KERNEL_DEB") {
        return Some(PathBuf::from(p)).filter(|p| p.is_file());
    }
    let cache = std::env::var_os("FPVS_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/fpvs")))?;
    let mut debs: Vec<PathBuf> = std::fs::read_dir(cache)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = p.file_name().unwrap_or_default().to_string_lossy();
            n.starts_with("linux-image-") && n.ends_with("_amd64.deb")
        })
        .collect();
    // Prefer the cloud kernel (fewer drivers, faster boot), then the newest name.
    debs.sort_by_key(|p| {
        let n = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        (n.contains("-cloud-"), n)
    });
    debs.pop()
}

fn run(cmd: &mut Command, what: &str) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Extracts the kernel package once into `work`; returns (vmlinuz, modules folder).
fn extract_kernel(deb: &Path, work: &Path) -> (PathBuf, PathBuf) {
    let stem = deb.file_stem().unwrap().to_string_lossy().into_owned();
    let dir = work.join("kernel").join(&stem);
    let done = dir.join(".extracted");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        run(
            Command::new("dpkg-deb").arg("-x").arg(deb).arg(&dir),
            "extracting the kernel package",
        );
        std::fs::write(&done, b"").unwrap();
    }
    let find = |sub: &str, pred: &dyn Fn(&str) -> bool| -> Option<PathBuf> {
        std::fs::read_dir(dir.join(sub))
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| pred(&p.file_name().unwrap().to_string_lossy()))
    };
    let vmlinuz = find("boot", &|n| n.starts_with("vmlinuz-"))
        .unwrap_or_else(|| panic!("{} has no boot/vmlinuz-*", deb.display()));
    let modules = find("lib/modules", &|_| true)
        .unwrap_or_else(|| panic!("{} has no lib/modules/<version>", deb.display()));
    (vmlinuz, modules)
}

fn find_module(root: &Path, name: &str) -> PathBuf {
    fn walk(dir: &Path, file: &str) -> Option<PathBuf> {
        for e in std::fs::read_dir(dir).ok()?.flatten() {
            let p = e.path();
            if p.is_dir() {
                if let Some(f) = walk(&p, file) {
                    return Some(f);
                }
            } else if p.file_name().is_some_and(|n| n == file) {
                return Some(p);
            }
        }
        None
    }
    walk(&root.join("kernel"), &format!("{name}.ko")).unwrap_or_else(|| {
        panic!(
            "module {name}.ko not found under {} (compressed modules are not supported; \
             use a 6.1 kernel package)",
            root.display()
        )
    })
}

/// Builds the check as a static binary, in its own target folder so this build never
/// waits on (or invalidates) the one running the tests.
fn build_guest_binary(work: &Path) -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let target_dir = work.join("target");
    run(
        Command::new(cargo)
            .current_dir(manifest)
            .args(["build", "--offline", "-p", "fpvs-driver"])
            .args(["--example", "edu_vfio_check", "--target", TARGET])
            .env("CARGO_TARGET_DIR", &target_dir)
            .env("CARGO_ENCODED_RUSTFLAGS", "-Ctarget-feature=+crt-static")
            .env("CARGO_PROFILE_DEV_DEBUG", "false")
            .env("CARGO_PROFILE_DEV_STRIP", "true")
            .env_remove("RUSTFLAGS"),
        "building the static guest binary",
    );
    let bin = target_dir
        .join(TARGET)
        .join("debug/examples/edu_vfio_check");
    assert!(!is_dynamic(&bin), "{} is not static", bin.display());
    bin
}

fn build_initramfs(work: &Path, busybox: &Path, modules: &Path, check: &Path) -> PathBuf {
    let root = work.join("initramfs");
    let _ = std::fs::remove_dir_all(&root);
    for d in ["bin", "modules", "proc", "sys", "dev"] {
        std::fs::create_dir_all(root.join(d)).unwrap();
    }
    let copy = |from: &Path, to: &str| {
        std::fs::copy(from, root.join(to))
            .unwrap_or_else(|e| panic!("copy {} to the initramfs: {e}", from.display()));
    };
    copy(busybox, "bin/busybox");
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/qemu/init"),
        "init",
    );
    copy(check, "edu-vfio-check");
    for m in MODULES {
        copy(&find_module(modules, m), &format!("modules/{m}.ko"));
    }
    let cpio = work.join("initramfs.cpio");
    run(
        Command::new("sh").current_dir(&root).arg("-c").arg(format!(
            "find . | cpio --quiet -o -H newc -R 0:0 > '{}'",
            cpio.display()
        )),
        "packing the initramfs",
    );
    cpio
}

#[test]
fn kernel_vfio_backend_drives_qemu_edu_behind_an_iommu() {
    let qemu = which("qemu-system-x86_64");
    let busybox = ["/bin/busybox", "/usr/bin/busybox"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file() && !is_dynamic(p));
    let cpio = which("cpio");
    let deb = kernel_deb();
    let mut missing = Vec::new();
    if qemu.is_none() {
        missing.push("qemu-system-x86_64 (apt package qemu-system-x86)");
    }
    if busybox.is_none() {
        missing.push("a static busybox (apt package busybox-static)");
    }
    if cpio.is_none() {
        missing.push("cpio (apt package cpio)");
    }
    if deb.is_none() {
        missing.push("a Debian kernel package (linux-image-6.1.0-<N>-cloud-amd64 .deb)");
    }
    assert!(
        missing.is_empty(),
        "the QEMU kernel-VFIO test needs {}: {}",
        missing.join(", "),
        install_hint()
    );
    let (qemu, busybox, deb) = (qemu.unwrap(), busybox.unwrap(), deb.unwrap());

    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let work = target.join("qemu-guest");
    std::fs::create_dir_all(&work).unwrap();

    let t = Instant::now();
    let (vmlinuz, modules) = extract_kernel(&deb, &work);
    let t_kernel = t.elapsed();
    let t = Instant::now();
    let check = build_guest_binary(&work);
    let t_build = t.elapsed();
    let t = Instant::now();
    let initramfs = build_initramfs(&work, &busybox, &modules, &check);
    let t_initramfs = t.elapsed();

    let t = Instant::now();
    let out = Command::new("timeout")
        .arg(QEMU_TIMEOUT_S.to_string())
        .arg(qemu)
        .args(["-accel", "tcg", "-machine", "q35,kernel-irqchip=split"])
        .args(["-device", "intel-iommu,intremap=on,caching-mode=on"])
        .args(["-device", "edu", "-m", "512", "-smp", "1"])
        .args(["-nic", "none", "-nographic", "-no-reboot", "-kernel"])
        .arg(&vmlinuz)
        .arg("-initrd")
        .arg(&initramfs)
        .args([
            "-append",
            "console=ttyS0 intel_iommu=on edd=off panic=-1 quiet loglevel=4",
        ])
        .stdin(Stdio::null())
        .output()
        .expect("run QEMU");
    let t_boot = t.elapsed();
    let log = String::from_utf8_lossy(&out.stdout).into_owned();
    let log_path = work.join("serial.log");
    std::fs::write(&log_path, &log).unwrap();
    eprintln!(
        "qemu kernel-VFIO test: kernel {}: extract {:.1?}, guest build {:.1?}, initramfs {:.1?}, \
         boot+check+poweroff {:.1?}; serial log {}",
        deb.file_name().unwrap().to_string_lossy(),
        t_kernel,
        t_build,
        t_initramfs,
        t_boot,
        log_path.display()
    );
    for line in log.lines().filter(|l| l.contains("EDU-CHECK")) {
        eprintln!("  guest: {}", line.trim_end());
    }
    let failed = log.lines().find(|l| l.contains("EDU-CHECK FAIL"));
    assert!(
        failed.is_none() && log.lines().any(|l| l.trim_end() == "EDU-CHECK PASS"),
        "guest check did not pass ({}; QEMU {}):\n{}\nstderr:\n{}",
        failed.unwrap_or("no PASS line"),
        out.status,
        log,
        String::from_utf8_lossy(&out.stderr)
    );
    for step in ["open", "id", "liveness", "dma", "interrupt"] {
        assert!(
            log.contains(&format!("EDU-CHECK ok {step}")),
            "step {step} missing from the log"
        );
    }
}
