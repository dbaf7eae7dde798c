//! Checks the kernel-VFIO backend against QEMU's `edu` PCI device, inside a guest.
//!
//! Run by `tests/qemu_vfio.rs` as a static binary in a QEMU guest whose `edu` device
//! is bound to vfio-pci behind an emulated IOMMU. It uses the driver's own
//! [`VfioDevice`] — the code that drives the FPVS card — to map BAR0, read the ID
//! register, exercise the liveness register, move bytes host -> device -> host by DMA
//! through an IOMMU mapping, and take MSI interrupts on an eventfd. It prints one
//! `EDU-CHECK ok <step>` line per step and ends with `EDU-CHECK PASS`, or prints
//! `EDU-CHECK FAIL <why>` and exits 1.
//!
//! `edu` register map (QEMU `hw/misc/edu.c`): 0x00 ID `0x010000ed`; 0x04 liveness
//! (reads back the complement); 0x24 interrupt status; 0x60 raise interrupt; 0x64
//! acknowledge; 0x80/0x88/0x90/0x98 DMA source, destination, count, command (bit 0
//! run, bit 1 device -> RAM, bit 2 interrupt when done, status 0x100). Its DMA buffer
//! sits at 0x40000 (4 KiB) and it can only address 28 bits.

use fpvs_driver::irq::InterruptKind;
use fpvs_driver::vfio::{VfioDevice, VfioOptions};
use fpvs_driver::wait::poll_until;
use fpvs_driver::{Device, Mmio};
use std::time::Duration;

const ID: u32 = 0x00;
const LIVENESS: u32 = 0x04;
const IRQ_STATUS: u32 = 0x24;
const IRQ_RAISE: u32 = 0x60;
const IRQ_ACK: u32 = 0x64;
const DMA_SRC: u32 = 0x80;
const DMA_DST: u32 = 0x88;
const DMA_COUNT: u32 = 0x90;
const DMA_CMD: u32 = 0x98;
const DMA_RUN: u32 = 1;
const DMA_TO_RAM: u32 = 2;
const DMA_IRQ: u32 = 4;
const DMA_IRQ_STATUS: u32 = 0x100;
const EDU_BUFFER: u32 = 0x40000;
const EXPECTED_ID: u32 = 0x0100_00ed;
/// Bytes moved: QEMU 7.2's edu aborts on a transfer ending exactly at the end of its
/// 4 KiB buffer, so stay well inside it.
const LEN: usize = 1024;

fn main() {
    let bdf = std::env::args().nth(1).unwrap_or_default();
    match run(&bdf) {
        Ok(()) => println!("EDU-CHECK PASS"),
        Err(e) => {
            println!("EDU-CHECK FAIL {e}");
            std::process::exit(1);
        }
    }
}

fn step(name: &str) {
    println!("EDU-CHECK ok {name}");
}

type Res = Result<(), String>;

fn run(bdf: &str) -> Res {
    let dev = VfioDevice::open(
        bdf,
        VfioOptions {
            iova_base: 0x10_0000,
            iova_limit: 1 << 28,
        },
    )
    .map_err(|e| format!("open: {e}"))?;
    step("open");
    let bar = dev.bar(0).map_err(|e| format!("BAR0: {e}"))?;
    let id = bar.read32(ID).map_err(|e| e.to_string())?;
    if id != EXPECTED_ID {
        return Err(format!("ID reads {id:#010x}, expected {EXPECTED_ID:#010x}"));
    }
    step("id");
    for v in [0x1234_5678u32, 0, 0xFFFF_FFFF, 0xA5A5_5A5A] {
        bar.write32(LIVENESS, v).map_err(|e| e.to_string())?;
        let got = bar.read32(LIVENESS).map_err(|e| e.to_string())?;
        if got != !v {
            return Err(format!(
                "liveness: wrote {v:#x}, read {got:#x}, expected {:#x}",
                !v
            ));
        }
    }
    step("liveness");
    let irqs = dev
        .enable_interrupts(1)
        .map_err(|e| format!("interrupts: {e}"))?;
    let irq = &irqs[0];
    if irq.kind() != InterruptKind::Msi {
        return Err(format!("edu offers MSI, got {:?}", irq.kind()));
    }
    dma_round_trip(&dev, bar.as_ref(), irq)?;
    step("dma");
    bar.write32(IRQ_RAISE, 0x00C0_FFEE)
        .map_err(|e| e.to_string())?;
    irq.wait(Duration::from_secs(5))
        .map_err(|e| format!("raised interrupt: {e}"))?;
    let status = bar.read32(IRQ_STATUS).map_err(|e| e.to_string())?;
    if status != 0x00C0_FFEE {
        return Err(format!("interrupt status {status:#x}, expected 0xc0ffee"));
    }
    bar.write32(IRQ_ACK, status).map_err(|e| e.to_string())?;
    step("interrupt");
    Ok(())
}

fn dma_round_trip(dev: &VfioDevice, bar: &dyn Mmio, irq: &fpvs_driver::Interrupt) -> Res {
    let buf = dev
        .dma_alloc(2 * LEN)
        .map_err(|e| format!("DMA buffer: {e}"))?;
    let pattern: Vec<u8> = (0..LEN).map(|i| (i * 7 + 3) as u8).collect();
    buf.mem().write(0, &pattern).map_err(|e| e.to_string())?;
    buf.mem().fill(LEN, LEN, 0).map_err(|e| e.to_string())?;
    let iova = |off: usize| -> Result<u32, String> {
        let a = buf.iova_at(off, LEN).map_err(|e| e.to_string())?;
        u32::try_from(a).map_err(|_| format!("IOVA {a:#x} beyond 32 bits"))
    };
    let transfer = |src: u32, dst: u32, cmd: u32| -> Res {
        let w = |o, v| bar.write32(o, v).map_err(|e| e.to_string());
        w(DMA_SRC, src)?;
        w(DMA_SRC + 4, 0)?;
        w(DMA_DST, dst)?;
        w(DMA_DST + 4, 0)?;
        w(DMA_COUNT, LEN as u32)?;
        w(DMA_CMD, cmd)?;
        poll_until("edu DMA to finish", Duration::from_secs(10), || {
            Ok((bar.read32(DMA_CMD)? & DMA_RUN == 0).then_some(()))
        })
        .map_err(|e| e.to_string())
    };
    // RAM -> device, polled.
    transfer(iova(0)?, EDU_BUFFER, DMA_RUN)?;
    // Device -> RAM, completion signalled by interrupt.
    transfer(EDU_BUFFER, iova(LEN)?, DMA_RUN | DMA_TO_RAM | DMA_IRQ)?;
    irq.wait(Duration::from_secs(5))
        .map_err(|e| format!("DMA completion interrupt: {e}"))?;
    let status = bar.read32(IRQ_STATUS).map_err(|e| e.to_string())?;
    if status & DMA_IRQ_STATUS == 0 {
        return Err(format!(
            "interrupt status {status:#x} lacks DMA done (0x100)"
        ));
    }
    bar.write32(IRQ_ACK, status).map_err(|e| e.to_string())?;
    let mut back = vec![0u8; LEN];
    buf.mem().read(LEN, &mut back).map_err(|e| e.to_string())?;
    if back != pattern {
        let first = back.iter().zip(&pattern).position(|(a, b)| a != b);
        return Err(format!("DMA round trip differs, first at byte {first:?}"));
    }
    Ok(())
}
