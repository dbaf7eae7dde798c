//! The pipeline's benchmark, measured in clock cycles on the Verilated card.
//!
//! For each build (8- and 64-byte beats), each mode and each frame size, back-to-back
//! frames at full rate: cycles per frame divided by the ideal (the beats the frame
//! needs on the wider of input and output), latency (first beat in to first beat out),
//! and the simulator's own speed. Then cycles per table command. Prints a table and
//! writes `target/fpvs-bench.json`.
//!
//! `cargo run --release -p fpvs-tests --bin fpvs-bench [-- --quick]`

use fpvs_abi::{
    regs, Action, CommandDescriptor, FlowEntry, FlowKey, ForwardingMode, MacAddr, NextHop, Table,
};
use fpvs_model::packet::{Frame, TcpFlags};
use fpvs_model::{Card as ModelCard, CardConfig, Verdict};
use fpvs_sim::{SimCard, Traffic};
use fpvs_tests::program;
use serde_json::json;
use std::net::Ipv4Addr;
use std::time::Instant;

const SIZES: [usize; 9] = [60, 64, 65, 128, 256, 512, 1024, 1514, 9014];
const MODES: [ForwardingMode; 6] = [
    ForwardingMode::Dr,
    ForwardingMode::Tun,
    ForwardingMode::NatForward,
    ForwardingMode::NatReverse,
    ForwardingMode::FullNatForward,
    ForwardingMode::FullNatReverse,
];

fn ip(s: &str) -> u32 {
    u32::from(s.parse::<Ipv4Addr>().expect("address"))
}

/// A card with one flow per mode; returns the model card and each mode's key.
fn setup(width: u32) -> (ModelCard, Vec<FlowKey>) {
    let config = if width == 8 {
        CardConfig::NARROW
    } else {
        CardConfig::WIDE
    };
    let mut m = ModelCard::new(CardConfig {
        tun_mtu: 9100,
        ..config
    });
    let nh = NextHop {
        dst_mac: MacAddr([2, 0, 0, 0, 0, 1]),
        src_mac: MacAddr([2, 0, 0, 0, 0, 2]),
        port: 1,
        vlan: None,
    };
    m.tables.set_nexthop(0, Some(nh)).expect("next hop");
    let mut keys = Vec::new();
    for (i, mode) in MODES.iter().enumerate() {
        let key = FlowKey {
            saddr: ip("10.1.0.1") + i as u32,
            daddr: ip("10.0.0.100"),
            sport: 40000,
            dport: 80,
            proto: 6,
        };
        let action = Action {
            mode: *mode,
            nexthop: 0,
            service: 0,
            real_server: i as u16,
            new_saddr: ip("172.16.0.1"),
            new_daddr: ip("192.168.1.10"),
            new_sport: 20000,
            new_dport: 8080,
            seq_delta: 28,
        };
        m.tables
            .insert_flow(FlowEntry { key, action })
            .expect("flow");
        keys.push(key);
    }
    (m, keys)
}

fn frame(key: &FlowKey, size: usize) -> Vec<u8> {
    let src = format!("{}:{}", Ipv4Addr::from(key.saddr), key.sport);
    let dst = format!("{}:{}", Ipv4Addr::from(key.daddr), key.dport);
    let f = Frame::tcp(&src, &dst).flags(TcpFlags::ACK);
    let payload = size.saturating_sub(54);
    let b = f.payload_len(payload).build();
    if b.len() < size {
        Frame::tcp(&src, &dst)
            .flags(TcpFlags::ACK)
            .payload_len(payload)
            .pad_to(size)
            .build()
    } else {
        b
    }
}

/// Cycles a 60-byte frame takes on the wire side at one beat per clock.
fn ideal_cycles(width: u32, size: usize) -> f64 {
    size.div_ceil(width as usize) as f64
}

fn open(width: u32, m: &ModelCard) -> SimCard {
    let mut card = SimCard::open(width, 1).unwrap_or_else(|e| panic!("{e}"));
    card.reg_write(regs::ctrl::TS_PRESCALE, 0);
    card.reg_write(regs::ctrl::TUN_MTU, m.tables.config.tun_mtu as u32);
    for c in program::load(&m.tables) {
        let done = card.command(&c).expect("load");
        assert_eq!(done.status, 1, "load {c:?}");
    }
    card
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let frames_per_point: usize = if quick { 200 } else { 2000 };
    let mut results = Vec::new();
    let verilator = fpvs_sim::verilator_version().unwrap_or("no Verilator");
    println!("FPVS pipeline benchmark (Verilated RTL built with {verilator}, cycles)\n");
    for width in [8u32, 64] {
        let (mut model, keys) = setup(width);
        let mut card = open(width, &model);
        card.set_traffic(Traffic::default());
        println!("{}-byte beats", width);
        println!(
            "  {:<14} {:>6} {:>9} {:>8} {:>8} {:>10} {:>12} {:>12}",
            "mode", "size", "cyc/frame", "ideal", "ratio", "latency", "sim cyc/s", "sim frame/s"
        );
        for (mode, key) in MODES.iter().zip(&keys) {
            for size in SIZES {
                let f = frame(key, size);
                let out_len = match model.receive(&f, 0) {
                    Verdict::Forward { frame, .. } => frame.len(),
                    v => panic!("{mode:?} {size}: {v:?}"),
                };
                let beats = |n: usize| n.div_ceil(width as usize);
                let ideal = beats(f.len()).max(beats(out_len));
                // Latency: one frame into an idle card.
                card.run_until_idle(20, 1_000_000).expect("idle");
                let c0 = card.cycle();
                card.push_frame(0, &f);
                card.run_until_idle(20, 1_000_000).expect("idle");
                let first = card.pop_forwarded().expect("forwarded");
                let latency = first.first_cycle - c0;
                // Throughput: back to back.
                let n = if size > 2000 {
                    frames_per_point / 4
                } else {
                    frames_per_point
                };
                for _ in 0..n {
                    card.push_frame(0, &f);
                }
                let t0 = Instant::now();
                let cyc0 = card.cycle();
                card.run_until_idle(20, 100_000_000).expect("idle");
                let wall = t0.elapsed().as_secs_f64();
                let cycles = card.cycle() - cyc0;
                let mut outs = Vec::new();
                while let Some(o) = card.pop_forwarded() {
                    outs.push(o);
                }
                assert_eq!(outs.len(), n, "{mode:?} {size}: all forwarded");
                let span = outs[n - 1].last_cycle - outs[0].first_cycle + 1;
                let per_frame = span as f64 / n as f64;
                let ratio = per_frame / ideal as f64;
                println!(
                    "  {:<14} {:>6} {:>9.2} {:>8} {:>8.3} {:>10} {:>12.0} {:>12.0}",
                    mode.name(),
                    size,
                    per_frame,
                    ideal,
                    ratio,
                    latency,
                    cycles as f64 / wall,
                    n as f64 / wall
                );
                results.push(json!({
                    "width": width, "mode": mode.name(), "size": size, "cycles_per_frame": per_frame,
                    "ideal": ideal, "ratio": ratio, "latency": latency,
                    "sim_cycles_per_s": cycles as f64 / wall, "sim_frames_per_s": n as f64 / wall,
                }));
            }
        }
        // Table commands: flow inserts, back to back.
        let m_cmds = if quick { 500 } else { 5000 };
        let geometry = model.tables.config.flow_geometry;
        let entry = model
            .tables
            .flows()
            .next()
            .map(|(_, e)| *e)
            .expect("a flow");
        let cmds: Vec<CommandDescriptor> = (0..m_cmds)
            .map(|i| {
                CommandDescriptor::write(
                    Table::Flow,
                    (i % geometry.capacity()) as u32,
                    &entry.encode(),
                )
            })
            .collect();
        let c0 = card.cycle();
        for c in &cmds {
            card.push_command(c);
        }
        let mut done = 0;
        let mut last = c0;
        while done < m_cmds {
            card.step(1).expect("step");
            while card.pop_completion().is_some() {
                done += 1;
                last = card.cycle();
            }
        }
        let per_cmd = (last - c0) as f64 / m_cmds as f64;
        println!(
            "  table commands: {:.2} cycles per flow insert ({} inserts)\n",
            per_cmd, m_cmds
        );
        results.push(json!({"width": width, "cycles_per_command": per_cmd}));
        // The simulator's own speed: 60-byte frames back to back, long enough to time.
        let f = frame(&keys[0], 60);
        let n = if quick { 20_000 } else { 200_000 };
        card.run_until_idle(20, 1_000_000).expect("idle");
        for _ in 0..n {
            card.push_frame(0, &f);
        }
        let t0 = Instant::now();
        let cyc0 = card.cycle();
        card.run_until_idle(20, 100_000_000).expect("idle");
        let rate = (card.cycle() - cyc0) as f64 / t0.elapsed().as_secs_f64();
        let mut forwarded = 0;
        while card.pop_forwarded().is_some() {
            forwarded += 1;
        }
        assert_eq!(forwarded, n, "all forwarded");
        println!(
            "  simulator: {:.0} k cycles/s at 60-byte frames ({} frames, {:.0} k frames/s)\n",
            rate / 1e3,
            n,
            rate / ideal_cycles(width, 60) / 1e3
        );
        results.push(json!({"width": width, "verilator": verilator, "sim_cycles_per_s_60": rate}));
        model.tables.config.now = 0;
    }
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/fpvs-bench.json");
    std::fs::write(&path, serde_json::to_string_pretty(&results).expect("json"))
        .expect("write json");
    println!("figures written to {}", path.display());
}
