//! The UART management channel end to end: fpvs-driver's `UartDevice` against the
//! board's `Mgmt` block (rust-hdl simulation) in front of the Verilated core.
//!
//! ```text
//!  driver: Registers, Tables, Rings          board (one thread)
//!  UartDevice ── socket pair ── bytes ⇄ 8N1 line levels ── Mgmt ── Verilated core
//!                                 (16 clocks a bit)         (rust-hdl)   (fpvs_sim::Card)
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
use fpvs_driver::rings::{InjectTarget, Mode, RingConfig, Rings};
use fpvs_driver::uart::{LinkConfig, UartDevice};
use fpvs_driver::{Device, Registers, Tables};
use fpvs_hw::board::mgmt::Mgmt;
use fpvs_hw::testing::{bits_from_bytes, bytes_from_bits, settle};
use fpvs_model::packet::TcpFlags;
use fpvs_model::{CardConfig, Verdict};
use fpvs_sim::{Card, Forwarded};
use fpvs_tests::one_flow::{pad, tcp, OneFlow};
use rust_hdl::prelude::*;
use std::collections::VecDeque;
use std::io::{ErrorKind, Read, Write};
use std::os::unix::net::UnixStream;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

/// Clocks per bit on the simulated line.
const DIV: usize = 16;
/// Bound on every wait of the test.
const T: Duration = Duration::from_secs(60);

/// Line levels of `bytes`, 8N1, least significant bit first.
fn serialise(bytes: &[u8], out: &mut VecDeque<bool>) {
    for b in bytes {
        let bits = std::iter::once(false)
            .chain((0..8).map(|i| b >> i & 1 == 1))
            .chain(std::iter::once(true));
        for bit in bits {
            out.extend(std::iter::repeat_n(bit, DIV));
        }
    }
}

/// 8N1 bytes from levels sampled every clock, each bit sampled in its middle.
#[derive(Debug, Default)]
struct Deserialiser {
    run: Option<usize>,
    bits: Vec<bool>,
    framing_errors: usize,
}

impl Deserialiser {
    fn feed(&mut self, level: bool) -> Option<u8> {
        let Some(t) = self.run else {
            if !level {
                self.run = Some(0);
                self.bits.clear();
            }
            return None;
        };
        let t = t + 1;
        self.run = Some(t);
        if t % DIV != DIV / 2 {
            return None;
        }
        self.bits.push(level);
        if self.bits.len() < 10 {
            return None;
        }
        self.run = None;
        if !self.bits[9] {
            self.framing_errors += 1;
        }
        Some((0..8).fold(0u8, |a, k| a | u8::from(self.bits[k + 1]) << k))
    }
}

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

/// The board: the `Mgmt` block, its line, and the core behind it.
struct Board {
    mgmt: Mgmt,
    card: Card,
    line_in: VecDeque<bool>,
    line_out: Deserialiser,
    rvalid: Option<u32>,
    cpls: VecDeque<Vec<u8>>,
    notifies: VecDeque<Vec<u8>>,
    excs: VecDeque<(u128, Vec<u8>)>,
    exc_off: usize,
    inj_cur: Vec<u8>,
    cmd_outstanding: usize,
    quiet_since: u64,
    out: Vec<u8>,
    report: BoardReport,
    forwarded: Sender<Forwarded>,
}

impl Board {
    fn new(card: Card, forwarded: Sender<Forwarded>) -> Board {
        let mut mgmt = Mgmt::new(DIV as u64);
        mgmt.connect_all();
        Board {
            mgmt,
            card,
            line_in: VecDeque::new(),
            line_out: Deserialiser::default(),
            rvalid: None,
            cpls: VecDeque::new(),
            notifies: VecDeque::new(),
            excs: VecDeque::new(),
            exc_off: 0,
            inj_cur: Vec::new(),
            cmd_outstanding: 0,
            quiet_since: 0,
            out: Vec::new(),
            report: BoardReport::default(),
            forwarded,
        }
    }

    /// Runs the core until its inputs are taken and its outputs quiet, and collects
    /// what it produced.
    fn run_core(&mut self) {
        self.card
            .run_until_idle(200, 1_000_000)
            .unwrap_or_else(|e| panic!("core: {e}"));
        for _ in 0..1000 {
            while let Some(c) = self.card.pop_completion() {
                self.cpls.push_back(c.encode().to_vec());
                self.cmd_outstanding -= 1;
            }
            if self.cmd_outstanding == 0 {
                break;
            }
            self.card.step(64).unwrap_or_else(|e| panic!("core: {e}"));
        }
        assert_eq!(self.cmd_outstanding, 0, "the core completes every command");
        while let Some(f) = self.card.pop_forwarded() {
            self.forwarded.send(f).expect("the test listens");
        }
        while let Some(e) = self.card.pop_exception() {
            self.excs.push_back((exc_tuser(&e), e.frame));
        }
        while let Some(n) = self.card.pop_notify_raw() {
            self.notifies.push_back(n.to_vec());
        }
    }

    /// Nothing on the line or at the block's core ports for longer than a byte time:
    /// clocks can be skipped until the host sends again.
    fn quiet(&self) -> bool {
        self.line_in.is_empty()
            && self.report.cycles - self.quiet_since > 12 * DIV as u64
            && self.cpls.is_empty()
            && self.notifies.is_empty()
            && self.excs.is_empty()
            && self.rvalid.is_none()
    }

    /// One clock of the block, its core ports served.
    fn step(&mut self) {
        let u = &mut self.mgmt;
        u.rx.next = self.line_in.pop_front().unwrap_or(true);
        u.reg_rvalid.next = self.rvalid.is_some();
        u.reg_rdata.next = u64::from(self.rvalid.take().unwrap_or(0)).into();
        u.m_cmd_tready.next = true;
        u.m_inj_tready.next = true;
        u.s_cpl_tvalid.next = !self.cpls.is_empty();
        if let Some(c) = self.cpls.front() {
            u.s_cpl_tdata.next = bits_from_bytes(c);
        }
        u.s_notify_tvalid.next = !self.notifies.is_empty();
        if let Some(n) = self.notifies.front() {
            u.s_notify_tdata.next = bits_from_bytes(n);
        }
        u.s_exc_tvalid.next = !self.excs.is_empty();
        if let Some((user, f)) = self.excs.front() {
            let n = (f.len() - self.exc_off).min(8);
            u.s_exc_tdata.next = bits_from_bytes(&f[self.exc_off..self.exc_off + n]);
            u.s_exc_tkeep.next = ((1u64 << n) - 1).into();
            u.s_exc_tlast.next = self.exc_off + n == f.len();
            u.s_exc_tuser.next = bits_from_bytes(&user.to_le_bytes());
        }
        settle(u);

        let mut core_input = false;
        if u.reg_wr.val() {
            let a = u.reg_addr.val().to_u64() as u32;
            self.card.reg_write(a, u.reg_wdata.val().to_u64() as u32);
            self.report.reg_writes += 1;
        }
        if u.reg_rd.val() {
            let a = u.reg_addr.val().to_u64() as u32;
            self.rvalid = Some(self.card.reg_read(a));
            self.report.reg_reads += 1;
        }
        if u.m_cmd_tvalid.val() {
            let d: [u8; 64] = bytes_from_bits(&u.m_cmd_tdata.val(), 64)
                .try_into()
                .expect("64 bytes");
            self.card
                .push_command(&fpvs_abi::CommandDescriptor::decode(&d));
            self.report.commands += 1;
            self.cmd_outstanding += 1;
            core_input = true;
        }
        if u.s_cpl_tvalid.val() && u.s_cpl_tready.val() {
            self.cpls.pop_front();
        }
        if u.s_notify_tvalid.val() && u.s_notify_tready.val() {
            self.notifies.pop_front();
        }
        if u.s_exc_tvalid.val() {
            assert!(u.s_exc_tready.val(), "m_exc must never stall the core");
            let len = self.excs.front().map_or(0, |e| e.1.len());
            self.exc_off += 8;
            if self.exc_off >= len {
                self.exc_off = 0;
                self.excs.pop_front();
            }
        }
        if u.m_inj_tvalid.val() {
            let n = u.m_inj_tkeep.val().to_u64().count_ones() as usize;
            self.inj_cur
                .extend(bytes_from_bits(&u.m_inj_tdata.val(), n));
            if u.m_inj_tlast.val() {
                let target = u.m_inj_tuser.val().to_u64() as u8;
                let frame = std::mem::take(&mut self.inj_cur);
                self.card.inject(target & 3, target & 4 != 0, &frame);
                self.report.injections += 1;
                core_input = true;
            }
        }
        let level = u.tx.val();
        fpvs_hw::tick!(*u);
        self.report.cycles += 1;
        if core_input {
            self.run_core();
        }
        if !level || !self.line_in.is_empty() {
            self.quiet_since = self.report.cycles;
        }
        if let Some(b) = self.line_out.feed(level) {
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
                b.card.push_frame(port, &frame);
                b.run_core();
            }
            Err(mpsc::TryRecvError::Disconnected) => break,
            Err(mpsc::TryRecvError::Empty) => {}
        }
        if b.quiet() {
            // Block (briefly) for the host's next bytes instead of clocking an idle line.
            match host.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => serialise(&buf[..n], &mut b.line_in),
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
            Ok(n) if n > 0 => serialise(&buf[..n], &mut b.line_in),
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::WouldBlock => {}
            Err(e) => panic!("board side of the line: {e}"),
        }
        host.set_nonblocking(false).expect("blocking");
    }
    b.report.framing_errors = b.line_out.framing_errors;
    b.report
}

fn recv(fwd: &Receiver<Forwarded>, what: &str) -> Forwarded {
    fwd.recv_timeout(T)
        .unwrap_or_else(|_| panic!("{what}: nothing left the core"))
}

#[test]
fn the_driver_over_the_uart_block_programs_punts_forwards_and_injects_like_the_model() {
    let started = Instant::now();
    let mut card = Card::open(8, 1).unwrap_or_else(|e| panic!("{e}"));
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
    let mut model = fpvs_model::Card::new(CardConfig {
        now: 0x0C0F_FEE0,
        ..narrow
    });
    regs.write(regs::ctrl::TS_PRESCALE, 0).unwrap();
    regs.write(regs::ctrl::TS_NOW, model.tables.config.now)
        .unwrap();
    let one = OneFlow::default();
    let known = one.flow;
    let rings_cfg = RingConfig {
        log2_sizes: [4, 4, 4, 4],
        exc_buf_size: 256,
        inj_buf_size: 2048,
        mode: Mode::Interrupt,
    };
    let mut rings = Rings::open(&dev, &regs, &info, &rings_cfg).unwrap_or_else(|e| panic!("{e}"));
    let mut tables = Tables::new(&info);
    tables.set_timeout(T);
    one.install(&mut tables, &mut rings.cmd, &mut model);
    let (flow_slot, entry) = tables.shadow().lookup_flow(&known).expect("the flow");
    let entry = entry.encode();
    let (svc_slot, svc) = tables
        .shadow()
        .lookup_service(6, one.service.vip, 80)
        .expect("the service");
    let svc = svc.encode();
    let got = tables
        .read(&mut rings.cmd, Table::Flow, flow_slot, 1)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        got[0].command.payload[..entry.len()],
        entry[..],
        "flow entry"
    );
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
        assert_eq!(e.reason, reason);
        assert_eq!(
            (e.port, e.l3_offset, e.flow_hash, e.timestamp, e.service),
            (
                meta.port,
                meta.l3_offset,
                meta.flow_hash,
                meta.timestamp,
                meta.service
            )
        );
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
    let raw: Vec<u8> = (0..90u32).map(|i| (i * 37) as u8 ^ 0xC0).collect();
    let through = pad(tcp(&known, TcpFlags::ACK).payload(&[0xDB; 40]).build());
    let sends = [
        (InjectTarget::Port { port: 0 }, raw.clone(), 0u8, true),
        (InjectTarget::Pipeline { port: 0 }, through, 0, false),
    ];
    for (target, f, port, verbatim) in sends {
        let Verdict::Forward {
            port: out, frame, ..
        } = model.inject(&f, port, verbatim)
        else {
            panic!("the model forwards the injected frame");
        };
        rings.inj.send(&[(target, &f)]).unwrap();
        rings.inj.flush(T).unwrap_or_else(|e| panic!("{e}"));
        let g = recv(&fwd_rx, "an injected frame");
        assert_eq!((g.port, g.abort), (out, false));
        assert!(
            g.frame == frame,
            "injected frame {target:?} differs from the model's"
        );
    }
    eprintln!("forwarding and injections: {:.1?}", started.elapsed());

    // ---- counters over the line, and nothing lost on it -----------------------------
    let s = &model.stats;
    for (reg, want, name) in [
        (regs::stats::RX_FRAMES, s.rx_frames, "RX_FRAMES"),
        (regs::stats::FWD_FRAMES, s.fwd_frames, "FWD_FRAMES"),
        (regs::stats::EXC_FRAMES, s.exc_frames, "EXC_FRAMES"),
        (regs::stats::INJ_FRAMES, s.inj_frames, "INJ_FRAMES"),
    ] {
        assert_eq!(regs.read(reg).unwrap(), want, "{name}");
    }
    let stats = tables
        .flow_stats_of(&mut rings.cmd, &known)
        .unwrap_or_else(|e| panic!("{e}"))
        .expect("the flow");
    assert_eq!(
        stats, model.flow_stats[flow_slot as usize],
        "the flow's statistics"
    );
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
