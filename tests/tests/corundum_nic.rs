//! fpvs-driver's Corundum backend end to end: `CorundumDevice` against the Verilated
//! application block (`hw/corundum/rtl` around the wide core, `fpvs_sim::corundum`).
//!
//! ```text
//!  driver: Registers, CardTables, Rings     Verilated mqnic_app_block (two ports)
//!  CorundumDevice ── BAR (Mmio) ──────── AXI-Lite s_axil_app_ctrl (registers, mailbox)
//!                 └─ host queues ─────── s_axis_sync_tx (injections) / m_axis_sync_rx
//!                    (FrameSocket)       (exceptions, notify records)
//!  the test ─────────────────────────── s_axis_sync_rx (the wire in) / m_axis_sync_tx
//! ```
//!
//! The two transports of the backend are the block's own AXI-Lite slave and host-queue
//! streams; the clock runs while either is used (the backend's receive thread keeps it
//! going). Through the ordinary driver stack the host reads the ID block, programs a
//! DR service, its real server, next hop and a flow through the mailbox, reads them
//! back, and every frame is compared with the reference model: unknown flows arrive as
//! exceptions (whole frames), the installed flow is forwarded, a FIN on it yields a
//! notify record, injections leave the card, and the counters agree.

use fpvs_abi::{regs, ExceptionReason, FlowKey};
use fpvs_driver::corundum::{CorundumConfig, CorundumDevice, FrameSocket, APP_BAR_SIZE};
use fpvs_driver::{Device, Error, Mmio, Registers};
use fpvs_model::packet::TcpFlags;
use fpvs_model::{CardConfig, Verdict};
use fpvs_sim::corundum::{AppBlock, AppFrame};
use fpvs_tests::one_flow::{
    check_counters, check_exception, check_injections, pad, tcp, Loaded, OneFlow,
};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Bound on every wait of the test.
const T: Duration = Duration::from_secs(30);

/// The Verilated NIC and what it sent to the wire.
#[derive(Debug)]
struct Nic {
    block: Mutex<AppBlock>,
    wire: Mutex<VecDeque<AppFrame>>,
    tx_cpls: Mutex<Vec<(u8, u16)>>,
    bad_host_frames: Mutex<usize>,
    next_tag: Mutex<u16>,
}

impl Nic {
    fn block(&self) -> MutexGuard<'_, AppBlock> {
        self.block.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes what left on the wire and the TX completions.
    fn drain(&self, b: &mut AppBlock) {
        while let Some(f) = b.pop_tx() {
            self.wire.lock().unwrap().push_back(f);
        }
        while let Some(c) = b.pop_tx_cpl() {
            self.tx_cpls.lock().unwrap().push(c);
        }
    }

    /// Waits (the receive thread runs the clock) for a frame on the wire.
    fn wire_frame(&self, what: &str) -> AppFrame {
        let deadline = Instant::now() + T;
        loop {
            if let Some(f) = self.wire.lock().unwrap().pop_front() {
                return f;
            }
            assert!(Instant::now() < deadline, "{what}: nothing left the card");
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

fn sim_error(what: &str, e: impl std::fmt::Display) -> Error {
    Error::Io {
        op: what.to_string(),
        source: std::io::Error::other(e.to_string()),
    }
}

/// The application BAR: AXI-Lite accesses of the block.
#[derive(Debug)]
struct Bar(Arc<Nic>);

impl Mmio for Bar {
    fn size(&self) -> u64 {
        APP_BAR_SIZE
    }

    fn read32(&self, offset: u32) -> fpvs_driver::DriverResult<u32> {
        fpvs_driver::mmio::check("read32", offset, self.size())?;
        let (d, resp) = self
            .0
            .block()
            .read(offset)
            .map_err(|e| sim_error("AXI-Lite read", e))?;
        assert_eq!(resp, 0, "read of {offset:#x} answered {resp}");
        Ok(d)
    }

    fn write32(&self, offset: u32, value: u32) -> fpvs_driver::DriverResult<()> {
        fpvs_driver::mmio::check("write32", offset, self.size())?;
        let resp = self
            .0
            .block()
            .write(offset, value)
            .map_err(|e| sim_error("AXI-Lite write", e))?;
        assert_eq!(resp, 0, "write of {offset:#x} answered {resp}");
        Ok(())
    }
}

/// The host queues: host TX tap of port 0 out, host RX taps in (frames marked bad are
/// dropped, as Corundum's RX path drops them).
#[derive(Debug)]
struct Queues(Arc<Nic>);

impl FrameSocket for Queues {
    fn send(&self, frame: &[u8]) -> fpvs_driver::DriverResult<()> {
        let tag = {
            let mut t = self.0.next_tag.lock().unwrap();
            *t = t.wrapping_add(1);
            *t
        };
        self.0.block().host_send(0, tag, frame);
        Ok(())
    }

    fn recv(&self, timeout: Duration) -> fpvs_driver::DriverResult<Option<Vec<u8>>> {
        let deadline = Instant::now() + timeout;
        loop {
            let busy = {
                let mut b = self.0.block();
                b.step(128);
                self.0.drain(&mut b);
                while let Some(f) = b.pop_host() {
                    if f.bad {
                        *self.0.bad_host_frames.lock().unwrap() += 1;
                        continue;
                    }
                    return Ok(Some(f.bytes));
                }
                b.pending() > 0
            };
            if Instant::now() >= deadline {
                return Ok(None);
            }
            if !busy {
                std::thread::sleep(Duration::from_micros(200));
            }
        }
    }
}

#[test]
fn the_driver_through_the_application_bar_and_host_queues_programs_punts_forwards_and_injects() {
    let started = Instant::now();
    let mut block = match AppBlock::open(0xC0C0, 0.2) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("skipping: {e}");
            return;
        }
    };
    // The ID block as the block answers it directly, to compare with the driver's view.
    let id_direct: Vec<u32> = (regs::id::BASE..regs::id::BUILD_ID + 4)
        .step_by(4)
        .map(|a| block.read(a).expect("AXI-Lite").0)
        .collect();
    let nic = Arc::new(Nic {
        block: Mutex::new(block),
        wire: Mutex::new(VecDeque::new()),
        tx_cpls: Mutex::new(Vec::new()),
        bad_host_frames: Mutex::new(0),
        next_tag: Mutex::new(0),
    });
    let cfg = CorundumConfig { command_timeout: T };
    let dev = CorundumDevice::with_transports(
        "verilated-mqnic",
        Arc::new(Bar(nic.clone())),
        Arc::new(Queues(nic.clone())),
        cfg,
    )
    .unwrap_or_else(|e| panic!("{e}"));

    // ---- ID block and registers through the application BAR --------------------------
    let regs = Registers::new(dev.name(), dev.bar(0).expect("BAR0"));
    let info = regs.open().unwrap_or_else(|e| panic!("{e}"));
    let id_bar: Vec<u32> = (regs::id::BASE..regs::id::BUILD_ID + 4)
        .step_by(4)
        .map(|a| regs.read(a).expect("ID register"))
        .collect();
    assert_eq!(id_bar, id_direct, "the ID block through BAR0");
    let wide = CardConfig::WIDE;
    assert_eq!(
        (info.width_bytes, info.flow_geometry, info.maglev_slots),
        (64, wide.flow_geometry, wide.maglev_slots)
    );
    regs.write(regs::ctrl::SCRATCH, 0x88B5_C0DE).unwrap();
    assert_eq!(regs.read(regs::ctrl::SCRATCH).unwrap(), 0x88B5_C0DE);

    // ---- one DR service, its real server and next hop, one flow ---------------------
    let one = OneFlow::default();
    let known = one.flow;
    let Loaded {
        mut model,
        mut rings,
        tables,
        flow_slot,
    } = one.load(&dev, &regs, &info, wide, 2048, T);
    let commands = dev.ring_stats().commands;
    assert!(commands >= 5, "{commands} commands");
    assert_eq!(
        nic.block()
            .read(fpvs_abi::corundum::mailbox::CMD_COUNT)
            .unwrap()
            .0,
        commands as u32,
        "every command went through the mailbox"
    );
    eprintln!("tables programmed and read back: {:.1?}", started.elapsed());

    // ---- unknown flows: exceptions with their metadata and the whole frame ----------
    for (port, sport, len) in [(0u8, 5000u16, 60usize), (1, 5001, 300)] {
        let stranger = FlowKey { sport, ..known };
        let f = pad(tcp(&stranger, TcpFlags::SYN).payload_len(len - 54).build());
        assert_eq!(f.len(), len);
        let Verdict::Exception {
            reason,
            frame,
            meta,
        } = model.receive(&f, port)
        else {
            panic!("the model punts a new flow");
        };
        assert_eq!(reason, ExceptionReason::NewFlow);
        nic.block().receive(port, &f);
        let got = rings.exc.wait(1, T).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(got.len(), 1);
        let e = &got[0];
        check_exception(e, reason, &meta);
        assert_eq!((usize::from(e.wire_len), e.truncated), (len, false));
        assert_eq!(e.frame, frame, "{len}-byte frame: punted bytes");
    }
    eprintln!("exceptions: {:.1?}", started.elapsed());

    // ---- the installed flow: forwarded as the model forwards it; FIN notifies -------
    let data = pad(tcp(&known, TcpFlags::ACK | TcpFlags::PSH)
        .payload(b"GET / HTTP/1.1\r\n\r\n")
        .build());
    let fin = pad(tcp(&known, TcpFlags::ACK | TcpFlags::FIN).build());
    let mut want_notify = Vec::new();
    for f in [data, fin] {
        let Verdict::Forward {
            port,
            frame,
            notify,
            ..
        } = model.receive(&f, 0)
        else {
            panic!("the model forwards the installed flow");
        };
        want_notify.extend(notify);
        nic.block().receive(0, &f);
        let g = nic.wire_frame("the installed flow");
        assert_eq!((g.port, g.bad), (port, false));
        assert!(g.bytes == frame, "forwarded bytes differ from the model's");
    }
    assert!(!want_notify.is_empty(), "the model notifies the FIN");
    let mut notified = Vec::new();
    while notified.len() < want_notify.len() {
        notified.extend(rings.notify.wait(4, T).unwrap_or_else(|e| panic!("{e}")));
    }
    assert_eq!(notified, want_notify, "notify records");

    // ---- injections: verbatim to a port, and through the pipeline -------------------
    check_injections(&mut model, &mut rings.inj, &known, 1, T, |what| {
        let g = nic.wire_frame(what);
        (g.port, g.bad, g.bytes)
    });
    eprintln!("forwarding, notify, injections: {:.1?}", started.elapsed());

    // ---- counters, and nothing lost -------------------------------------------------
    check_counters(&model, &regs, &tables, &mut rings.cmd, &known, flow_slot);
    let rs = dev.ring_stats();
    assert_eq!(
        (rs.punted, rs.notified, rs.injected),
        (2, want_notify.len() as u64, 2)
    );
    assert_eq!(
        (
            rs.malformed,
            rs.link_errors,
            rs.dma_faults,
            rs.exc_no_buffer
        ),
        (0, 0, 0, 0)
    );
    assert_eq!(dev.rx_stats().not_fpvs, 0);
    drop(rings);
    drop(regs);
    drop(dev);
    // Both injections were completed on the host TX queue they used, with their tags.
    let mut b = nic.block();
    b.step(2000);
    nic.drain(&mut b);
    assert_eq!(*nic.tx_cpls.lock().unwrap(), [(0, 1), (0, 2)]);
    assert!(
        nic.wire.lock().unwrap().is_empty(),
        "a frame the model did not forward"
    );
    assert_eq!(*nic.bad_host_frames.lock().unwrap(), 0);
    eprintln!("{} block cycles in {:.1?}", b.cycles(), started.elapsed());
}
