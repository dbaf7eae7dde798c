//! The device server around the Verilated card: an idle card does not burn a core
//! (the clock stops when there is nothing to do), frames on a port come out, and a
//! client that connects finds the FPVS register chain.

use fpvs_sim::{SimDevice, SimOptions};
use std::time::Duration;

fn start(dir: &tempfile::TempDir) -> (SimDevice, fpvs_sim::Egress) {
    SimDevice::start(&SimOptions {
        width: 8,
        seed: 1,
        socket: dir.path().join("card.sock"),
    })
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_clock_runs_only_while_there_is_work() {
    let dir = tempfile::tempdir().unwrap();
    let (dev, egress) = start(&dir);
    std::thread::sleep(Duration::from_millis(300));
    let idle = dev.stats().cycles;
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(dev.stats().cycles, idle, "cycles ran with nothing to do");
    // A frame with no service goes nowhere (no host attached: counted, not lost in
    // a hang), and the clock stops again afterwards.
    let arp = fpvs_model::packet::Frame::arp_request("10.0.0.1", "10.0.0.2").build();
    assert!(dev.ingress(0, &arp));
    assert!(dev.wait_idle(Duration::from_secs(10)));
    let after = dev.stats();
    assert!(after.cycles > idle);
    assert_eq!(after.shell.exc_no_buffer, 1, "punted with no host: counted");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(dev.stats().cycles, after.cycles);
    assert!(egress.try_recv().is_err());
    // Register reads reach the card: the ID block's magic.
    assert_eq!(
        dev.reg_read(fpvs_abi::regs::id::MAGIC),
        fpvs_abi::regs::id::MAGIC_VALUE
    );
    dev.stop();
}
