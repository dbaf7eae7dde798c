//! The block's port list against Corundum's `mqnic_app_block`, its lint, and the
//! configurations it refuses.

use crate::*;
use fpvs_hw::testing::{scratch_dir, verilator_lint_top};
use std::fmt::Write as _;

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
