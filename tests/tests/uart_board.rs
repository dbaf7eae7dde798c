//! The UART management channel end to end: fpvs-driver's `UartDevice` against the
//! board's `Mgmt` block (rust-hdl simulation) in front of the Verilated core.
//!
//! ```text
//!  driver: Registers, CardTables, Rings          board (one thread)
//!  UartDevice ── socket pair ── bytes ⇄ 8N1 line levels ── Mgmt ── Verilated core
//!                                 (16 clocks a bit)         (rust-hdl)   (fpvs_sim::SimCard)
//! ```
//!
//! The line is the block's own `rx`/`tx` pins, driven and sampled every clock at 16
//! clocks per bit, so the bytes cross its UART receiver and transmitter, its SLIP
//! framing, CRC and sequence handling. The block's core-facing ports are served by the
//! Verilated core frame by frame: a command the block offers on `m_cmd` is executed by
//! the core and its completion offered back on `s_cpl`; an injection leaving `m_inj` is
//! handed to the core's host input; the core's `m_exc` frames are replayed into
//! `s_exc` in 8-byte beats with their metadata; register strobes become register
//! accesses of the core. The core runs its own cycles between the block's (it is not
//! clocked in lock-step with the block).
//!
//! Through the ordinary driver stack the host reads the ID block (and compares it with
//! the core's registers read directly), programs a next hop, a real server, a service
//! and a flow with the table API, and then every byte it sees is compared with the
//! reference model: a frame of an unknown flow arrives as an exception (metadata and
//! the first 128 bytes, marked truncated with its real length when longer), a frame of
//! the installed flow is forwarded, and injected frames leave the card.

use fpvs_abi::{regs, ExceptionReason, FlowKey, Table};
use fpvs_driver::uart::{LinkConfig, UartDevice};
use fpvs_driver::{Device, Registers};
use fpvs_hw::board::mgmt::testing::{CoreSide, Line};
use fpvs_model::packet::TcpFlags;
use fpvs_model::{CardConfig, Verdict};
use fpvs_sim::{Forwarded, SimCard};
use fpvs_tests::one_flow::{
    check_counters, check_exception, check_injections, pad, tcp, Loaded, OneFlow,
};
use std::io::{ErrorKind, Read, Write};
use std::os::unix::net::UnixStream;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

/// Clocks per bit on the simulated line.
const DIV: usize = 16;
/// Bound on every wait of the test.
const T: Duration = Duration::from_secs(60);

/// What the test asks of the board's thread (which ends when the host closes the
/// line or the test drops its sender).
enum Ctl {
    /// A frame arrives on an Ethernet port of the core.
    Ingress(u8, Vec<u8>),
}

/// What the board counted.
#[derive(Debug, Default)]
struct BoardReport {
    cycles: u64,
    framing_errors: usize,
    commands: usize,
    injections: usize,
    reg_reads: usize,
    reg_writes: usize,
}

/// `m_exc` metadata as the core puts it on `tuser` (see `fpvs_sim::ExceptionFrame`).
fn exc_tuser(e: &fpvs_sim::ExceptionFrame) -> u128 {
    u128::from(e.abort)
        | u128::from(e.reason) << 1
        | u128::from(e.port) << 9
        | u128::from(e.l3_offset) << 11
        | u128::from(e.flow_hash) << 19
        | u128::from(e.timestamp) << 51
        | u128::from(e.service) << 83
}

/// The Verilated core behind the block's core-side ports.
struct BoardCore {
    card: SimCard,
    cmd_outstanding: usize,
    /// The core took a command or an injection this clock.
    input: bool,
    report: BoardReport,
}

impl CoreSide for BoardCore {
    fn reg_write(&mut self, addr: u16, value: u32) {
        self.card.reg_write(u32::from(addr), value);
        self.report.reg_writes += 1;
    }

    fn reg_read(&mut self, addr: u16) -> u32 {
        self.report.reg_reads += 1;
        self.card.reg_read(u32::from(addr))
    }

    fn command(&mut self, desc: Vec<u8>) {
        let d: [u8; 64] = desc.try_into().expect("64 bytes");
        self.card
            .push_command(&fpvs_abi::CommandDescriptor::decode(&d));
        self.report.commands += 1;
        self.cmd_outstanding += 1;
        self.input = true;
    }

    fn injected(&mut self, tuser: u8, frame: Vec<u8>) {
        self.card.inject(tuser & 3, tuser & 4 != 0, &frame);
        self.report.injections += 1;
        self.input = true;
    }
}

/// The board: the `Mgmt` block on its line, and the core behind it.
struct Board {
    line: Line,
    core: BoardCore,
    quiet_since: u64,
    out: Vec<u8>,
    forwarded: Sender<Forwarded>,
}

impl Board {
    fn new(card: SimCard, forwarded: Sender<Forwarded>) -> Board {
        Board {
            line: Line::new(DIV),
            core: BoardCore {
                card,
                cmd_outstanding: 0,
                input: false,
                report: BoardReport::default(),
            },
            quiet_since: 0,
            out: Vec::new(),
            forwarded,
        }
    }

    /// Runs the core until its inputs are taken and its outputs quiet, and collects
    /// what it produced.
    fn run_core(&mut self) {
        let core = &mut self.core;
        core.card
            .run_until_idle(200, 1_000_000)
            .unwrap_or_else(|e| panic!("core: {e}"));
        for _ in 0..1000 {
            while let Some(c) = core.card.pop_completion() {
                self.line.ports.cpls.push_back(c.encode().to_vec());
                core.cmd_outstanding -= 1;
            }
            if core.cmd_outstanding == 0 {
                break;
            }
            core.card.step(64).unwrap_or_else(|e| panic!("core: {e}"));
        }
        assert_eq!(core.cmd_outstanding, 0, "the core completes every command");
        while let Some(f) = core.card.pop_forwarded() {
            self.forwarded.send(f).expect("the test listens");
        }
        while let Some(e) = core.card.pop_exception() {
            self.line.ports.excs.push_back((exc_tuser(&e), e.frame));
        }
        while let Some(n) = core.card.pop_notify_raw() {
            self.line.ports.notifies.push_back(n.to_vec());
        }
    }

    /// Nothing on the line or at the block's core ports for longer than a byte time:
    /// clocks can be skipped until the host sends again.
    fn quiet(&self) -> bool {
        self.line.sent()
            && self.core.report.cycles - self.quiet_since > 12 * DIV as u64
            && self.line.ports.idle()
    }

    /// One clock of the block, its core ports served.
    fn step(&mut self) {
        self.core.input = false;
        let (level, byte) = self.line.step(&mut self.core);
        self.core.report.cycles += 1;
        if self.core.input {
            self.run_core();
        }
        if !level || !self.line.sent() {
            self.quiet_since = self.core.report.cycles;
        }
        if let Some(b) = byte {
            self.out.push(b);
        }
    }
}

/// The board's thread: bytes from the host become line levels, the block's line
/// levels become bytes to the host; frames from the test enter the core's ports.
fn board(mut b: Board, mut host: UnixStream, ctl: Receiver<Ctl>) -> BoardReport {
    host.set_read_timeout(Some(Duration::from_millis(2)))
        .expect("timeout");
    let mut buf = [0u8; 4096];
    loop {
        match ctl.try_recv() {
            Ok(Ctl::Ingress(port, frame)) => {
                b.core.card.push_frame(port, &frame);
                b.run_core();
            }
            Err(mpsc::TryRecvError::Disconnected) => break,
            Err(mpsc::TryRecvError::Empty) => {}
        }
        if b.quiet() {
            // Block (briefly) for the host's next bytes instead of clocking an idle line.
            match host.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => b.line.send(&buf[..n]),
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                Err(e) => panic!("board side of the line: {e}"),
            }
            continue;
        }
        for _ in 0..DIV * 10 {
            b.step();
        }
        if !b.out.is_empty() {
            host.write_all(&b.out).expect("to the host");
            b.out.clear();
        }
        host.set_nonblocking(true).expect("nonblocking");
        match host.read(&mut buf) {
            Ok(n) if n > 0 => b.line.send(&buf[..n]),
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::WouldBlock => {}
            Err(e) => panic!("board side of the line: {e}"),
        }
        host.set_nonblocking(false).expect("blocking");
    }
    b.core.report.framing_errors = b.line.framing_errors();
    b.core.report
}

fn recv(fwd: &Receiver<Forwarded>, what: &str) -> Forwarded {
    fwd.recv_timeout(T)
        .unwrap_or_else(|_| panic!("{what}: nothing left the core"))
}

#[test]
fn the_driver_over_the_uart_block_programs_punts_forwards_and_injects_like_the_model() {
    let started = Instant::now();
    let mut card = SimCard::open(8, 1).unwrap_or_else(|e| panic!("{e}"));
    // The ID block as the core answers it directly, to compare with the link's view.
    let id_direct: Vec<u32> = (regs::id::BASE..regs::id::BUILD_ID + 4)
        .step_by(4)
        .map(|a| card.reg_read(a))
        .collect();

    let (host_end, board_end) = UnixStream::pair().expect("socket pair");
    host_end
        .set_read_timeout(Some(Duration::from_millis(20)))
        .expect("timeout");
    let (fwd_tx, fwd_rx) = mpsc::channel();
    let (ctl_tx, ctl_rx) = mpsc::channel();
    let board_thread =
        std::thread::spawn(move || board(Board::new(card, fwd_tx), board_end, ctl_rx));

    // The simulated line runs far below real time: a generous reply timeout.
    let cfg = LinkConfig {
        baud: 1_000,
        reply_timeout: Duration::from_secs(10),
        retries: 2,
    };
    let dev = UartDevice::open(
        "uart-board",
        Box::new(host_end.try_clone().expect("clone")),
        Box::new(host_end),
        cfg,
    )
    .unwrap_or_else(|e| panic!("{e}"));

    // ---- ID block and registers over the line --------------------------------------
    let regs = Registers::new(dev.name(), dev.bar(0).expect("BAR0"));
    let info = regs.open().unwrap_or_else(|e| panic!("{e}"));
    let id_link: Vec<u32> = (regs::id::BASE..regs::id::BUILD_ID + 4)
        .step_by(4)
        .map(|a| regs.read(a).expect("ID register"))
        .collect();
    assert_eq!(id_link, id_direct, "the ID block read over the UART");
    assert_eq!(regs.read(regs::id::MAGIC).unwrap(), regs::id::MAGIC_VALUE);
    let narrow = CardConfig::NARROW;
    assert_eq!(
        (info.width_bytes, info.flow_geometry, info.maglev_slots),
        (8, narrow.flow_geometry, narrow.maglev_slots)
    );
    regs.write(regs::ctrl::SCRATCH, 0xC0DB_DCDD).unwrap();
    assert_eq!(regs.read(regs::ctrl::SCRATCH).unwrap(), 0xC0DB_DCDD);
    eprintln!("ID block and scratch register: {:.1?}", started.elapsed());

    // ---- one DR service, its real server and next hop, one flow ---------------------
    let one = OneFlow::default();
    let known = one.flow;
    let Loaded {
        mut model,
        mut rings,
        tables,
        flow_slot,
    } = one.load(&dev, &regs, &info, narrow, 256, T);
    let (svc_slot, svc) = tables
        .shadow()
        .lookup_service(6, one.service.vip, 80)
        .expect("the service");
    let svc = svc.encode();
    let got = tables
        .read(&mut rings.cmd, Table::Service, svc_slot, 1)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        got[0].command.payload[..svc.len()],
        svc[..],
        "service entry"
    );
    eprintln!("tables programmed and read back: {:.1?}", started.elapsed());

    // ---- unknown flows: exceptions with their metadata and first bytes --------------
    for (sport, len) in [(5000u16, 60usize), (5001, 200)] {
        let stranger = FlowKey { sport, ..known };
        let f = pad(tcp(&stranger, TcpFlags::SYN).payload_len(len - 54).build());
        assert_eq!(f.len(), len);
        let Verdict::Exception {
            reason,
            frame,
            meta,
        } = model.receive(&f, 0)
        else {
            panic!("the model punts a new flow");
        };
        assert_eq!(reason, ExceptionReason::NewFlow);
        ctl_tx.send(Ctl::Ingress(0, f.clone())).unwrap();
        let got = rings.exc.wait(1, T).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(got.len(), 1);
        let e = &got[0];
        check_exception(e, reason, &meta);
        let captured = len.min(fpvs_abi::mgmt::EXC_BYTES);
        assert_eq!(usize::from(e.wire_len), len);
        assert_eq!(e.truncated, len > captured, "{len}-byte frame");
        assert_eq!(e.frame, frame[..captured], "{len}-byte frame: punted bytes");
    }
    eprintln!("exceptions: {:.1?}", started.elapsed());

    // ---- the installed flow: forwarded as the model forwards it ---------------------
    let f = pad(tcp(&known, TcpFlags::ACK | TcpFlags::PSH)
        .payload(b"GET / HTTP/1.1\r\n\r\n")
        .build());
    let Verdict::Forward { port, frame, .. } = model.receive(&f, 0) else {
        panic!("the model forwards the installed flow");
    };
    ctl_tx.send(Ctl::Ingress(0, f)).unwrap();
    let g = recv(&fwd_rx, "the installed flow");
    assert_eq!((g.port, g.abort), (port, false));
    assert!(g.frame == frame, "forwarded bytes differ from the model's");

    // ---- injections: verbatim to a port, and through the pipeline -------------------
    check_injections(&mut model, &mut rings.inj, &known, 0, T, |what| {
        let g = recv(&fwd_rx, what);
        (g.port, g.abort, g.frame)
    });
    eprintln!("forwarding and injections: {:.1?}", started.elapsed());

    // ---- counters over the line, and nothing lost on it -----------------------------
    let stats = check_counters(&model, &regs, &tables, &mut rings.cmd, &known, flow_slot);
    assert!(stats.packets >= 1, "the flow saw traffic");
    let status = dev.card_status().unwrap();
    assert_eq!(
        (
            status.bad_frames,
            status.overruns,
            status.exceptions_dropped
        ),
        (0, 0, 0),
        "the block's counters"
    );
    let link = dev.link_stats();
    assert_eq!((link.bad_in, link.retransmits, link.stray), (0, 0, 0));
    let rs = dev.ring_stats();
    assert_eq!(
        (rs.punted, rs.injected, rs.malformed, rs.link_errors),
        (2, 2, 0, 0)
    );

    drop(rings);
    drop(regs);
    drop(dev);
    drop(ctl_tx);
    let report = board_thread.join().expect("board thread");
    assert!(
        fwd_rx.try_recv().is_err(),
        "a frame the model did not forward"
    );
    assert_eq!(report.framing_errors, 0);
    assert_eq!(report.injections, 2);
    assert!(report.commands >= 4);
    eprintln!(
        "{report:?}: {:.1?} in all, {:.0} block cycles/s",
        started.elapsed(),
        report.cycles as f64 / started.elapsed().as_secs_f64()
    );
}
