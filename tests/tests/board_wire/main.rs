//! The whole board at wire speed, in simulation: the Colorlight i9 top's Verilog as it
//! goes into the bitstream (`hw/board/colorlight_i9.v`: MACs, clock crossings, the
//! management block and the core), Verilated with `--timing` so that the PLL model
//! makes the real clocks (125 MHz for the MACs, 625/18 MHz for the core), with a PHY
//! model on each RGMII pin set (`sim/csrc/board_tb.cpp`) and fpvs-driver's UART
//! backend on the UART pins.
//!
//! ```text
//!  driver: Registers, CardTables, Rings    board_tb (child process)
//!  UartDevice ── Unix socket ── 115 200 baud 8N1 ── uart_rx/uart_tx ┐
//!  this test ── stdin/stdout ── PHY models: RXC, RX_CTL, RXD ─────── top (Verilated)
//!                                           TXC, TX_CTL, TXD ──────┘
//! ```
//!
//! The host programs two next hops (one out of each port) and flows in every mode
//! over the UART. Then both ports receive back-to-back frames, with preamble, SFD, FCS
//! and the minimum 12-byte gap, that leave by the other port: every mode, at 60 and
//! 1 514 bytes. Every frame that leaves the pins is checked against the reference
//! model (its bytes, its FCS, its preamble), per port in order, none lost, none
//! twice, and timed from its first preamble byte in to its first preamble byte out:
//! none may be lost and the latency may not grow through the burst (the card keeps
//! up with the wire). TUN's output is 20 bytes longer than its input, so there the
//! output port is the bound: it runs at line rate and the frames it cannot carry are
//! dropped whole at the receive MAC and counted. Past line rate (both ports into one)
//! the same holds: whole frames dropped, counted, none corrupted. The rates, the
//! latencies and the high-water marks of the buffers between the pins and the core
//! are printed.
//!
//! [`bench`] runs the testbench.

mod bench;

use bench::{to_hex, Bench, Reaper, Sent, T};
use fpvs_abi::{regs, Action, FlowEntry, FlowKey, ForwardingMode, MacAddr, NextHop};
use fpvs_driver::rings::{Mode, RingConfig, Rings};
use fpvs_driver::uart::{LinkConfig, UartDevice};
use fpvs_driver::{CardTables, Device, Registers};
use fpvs_hw::board::crc::with_fcs;
use fpvs_model::packet::{ip, Frame, TcpFlags};
use fpvs_model::{Card as Model, CardConfig, Verdict};
use fpvs_tests::fixtures::{rs_ip, rs_mac, CARD_CLIENT_MAC, CARD_SERVER_MAC, CLIENT_MAC};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::{Duration, Instant};

/// One byte time on the wire at 1 Gb/s, in ps.
const BYTE_PS: u64 = 8_000;
/// Preamble, SFD, FCS and the minimum gap: the bytes a frame costs on the wire
/// beyond its own.
const WIRE_EXTRA: u64 = 8 + 4 + 12;
/// The tunnel MTU the card and the model are given, so that a 1 514-byte frame
/// (1 500 bytes of IP) fits with its 20-byte outer header.
const TUN_MTU: u16 = 1520;
/// Frame sizes and how many of each per port and trial: enough that a card a tenth of
/// a percent slower than the wire queues a frame more than the latency bound allows.
const BURSTS: [(usize, usize); 2] = [(60, 2000), (1514, 400)];
/// The core's clock period, ps.
const CORE_PS: u64 = 1_000_000_000_000 / fpvs_hw::board::io::CORE_CLOCK_HZ;
/// How far the latencies of one burst may spread beyond one frame of the other port
/// (taken first by the core): four of the core's clocks and two of the MACs' (the
/// crossings' phases).
const LATENCY_SLACK_PS: u64 = 4 * CORE_PS + 2 * BYTE_PS;

/// The modes on trial, and a flow of each per input port.
const MODES: [ForwardingMode; 4] = [
    ForwardingMode::Dr,
    ForwardingMode::Tun,
    ForwardingMode::NatForward,
    ForwardingMode::FullNatForward,
];

/// The flow of `mode` arriving on `port` (next hop 1 leaves by port 1, next hop 2 by
/// port 0); `nexthop` overrides the next hop (the overload phase sends both ports'
/// frames into one).
fn flow(mode: ForwardingMode, port: u8, nexthop: Option<u16>) -> FlowEntry {
    let m = MODES.iter().position(|x| *x == mode).expect("mode") as u32;
    let nexthop = nexthop.unwrap_or(if port == 0 { 1 } else { 2 });
    let rs = 1 + m as u8 * 2 + port;
    let key = FlowKey {
        saddr: ip("10.1.0.2") + (u32::from(port) << 8) + u32::from(nexthop.min(8)) * 16,
        daddr: ip("10.0.0.100") + m,
        sport: 40_000 + nexthop,
        dport: 80,
        proto: 6,
    };
    let (new_saddr, new_sport, new_dport) = match mode {
        ForwardingMode::Tun => (ip("172.16.0.1"), 0, 0),
        ForwardingMode::NatForward => (0, 0, 8080),
        ForwardingMode::FullNatForward => (ip("172.16.0.2"), 20_000 + u16::from(rs), 8000),
        _ => (0, 0, 0),
    };
    FlowEntry {
        key,
        action: Action {
            mode,
            nexthop,
            service: 0,
            real_server: u16::from(rs),
            new_saddr,
            new_daddr: ip(&rs_ip(rs)),
            new_sport,
            new_dport,
            seq_delta: 0,
        },
    }
}

/// A client frame of `flow`, `len` bytes without FCS, payload tagged with `seq`.
fn frame(flow: &FlowKey, len: usize, seq: u32) -> Vec<u8> {
    let addr = |a: u32, p: u16| format!("{}:{}", std::net::Ipv4Addr::from(a), p);
    let mut payload = vec![0u8; len - 54];
    for (i, b) in payload.iter_mut().enumerate() {
        *b = (i as u32 ^ seq.wrapping_mul(0x9E37_79B9)) as u8;
    }
    payload[..4.min(len - 54)].copy_from_slice(&seq.to_be_bytes()[..4.min(len - 54)]);
    let f = Frame::tcp(&addr(flow.saddr, flow.sport), &addr(flow.daddr, flow.dport))
        .macs(CLIENT_MAC, CARD_CLIENT_MAC)
        .flags(TcpFlags::ACK | TcpFlags::PSH)
        .seq_ack(0x1000_0000 + seq, 0x2000_0000)
        .payload(&payload)
        .build();
    assert_eq!(f.len(), len);
    f
}

/// What one trial showed.
struct Trial {
    /// Fraction of line rate per output port, from the times frames left (from the
    /// first to the last start of a preamble in the burst's second half). Where the
    /// output is the bound (TUN's longer frames, two ports into one) the port is never
    /// idle there and this is its rate.
    rate: [Option<f64>; 2],
    /// Per output port: the least and the greatest latency (first preamble byte in to
    /// first preamble byte out, ps). A card slower than the wire queues more with
    /// every frame: its latency grows through the burst.
    latency: [Option<(u64, u64)>; 2],
    /// Frames received per input port, dropped per input port.
    received: [usize; 2],
    dropped: [u64; 2],
    marks: BTreeMap<String, u64>,
}

fn pad60(mut f: Vec<u8>) -> Vec<u8> {
    if f.len() < 60 {
        f.resize(60, 0);
    }
    f
}

/// Sends `n` frames of `len` bytes on each port (each port's flows from `flows`),
/// back to back, and checks every frame that left against the model. `lossless`: none
/// may be missing.
fn trial(
    b: &mut Bench,
    model: &mut Model,
    flows: [&FlowEntry; 2],
    len: usize,
    n: usize,
    lossless: bool,
) -> Trial {
    let before = b.marks();
    // Per output port: the model's frames, each with the input port and index it
    // came from.
    let mut expect: [Vec<(Vec<u8>, usize, usize)>; 2] = [Vec::new(), Vec::new()];
    for i in 0..n {
        for port in 0..2u8 {
            let f = frame(
                &flows[usize::from(port)].key,
                len,
                (i * 2) as u32 + u32::from(port),
            );
            match model.receive(&f, port) {
                Verdict::Forward {
                    port: out, frame, ..
                } => expect[usize::from(out)].push((pad60(frame), usize::from(port), i)),
                v => panic!("the model does not forward it: {v:?}"),
            }
            b.send(&format!("f {port} 12 {}", to_hex(&with_fcs(&f))));
        }
    }
    b.sent.clear();
    b.arrived = [Vec::new(), Vec::new()];
    b.send("go");
    b.until_idle();
    let after = b.marks();
    for port in 0..2 {
        assert_eq!(b.arrived[port].len(), n, "port {port}: frames sent in");
    }
    let mut rate = [None, None];
    let mut latency = [None, None];
    for port in 0..2u8 {
        let got: Vec<&Sent> = b.sent.iter().filter(|s| s.port == port).collect();
        let want = &expect[usize::from(port)];
        for s in &got {
            assert!(s.ok, "port {port}: a frame left with a bad preamble or FCS");
        }
        // In order, each one the model's, none twice: a subsequence of what the
        // model sends (all of it when lossless).
        let mut w = want.iter();
        let mut lat = Vec::new();
        for (k, s) in got.iter().enumerate() {
            let Some((_, from, i)) = w.by_ref().find(|x| x.0 == s.bytes) else {
                panic!(
                    "port {port}: frame {k} that left is not the model's next one ({} bytes)",
                    s.bytes.len()
                );
            };
            lat.push(s.start - b.arrived[*from][*i]);
        }
        if lossless {
            assert_eq!(got.len(), want.len(), "port {port}: every frame leaves");
        }
        for pair in got.windows(2) {
            let gap = pair[1].start - pair[0].end - BYTE_PS;
            assert!(
                gap >= 12 * BYTE_PS,
                "port {port}: {} ps between frames",
                gap
            );
        }
        if got.len() >= 4 {
            // Over the burst's second half: where the output is the bound, its queue
            // has built up by then and the port is never idle.
            let tail = &got[got.len() / 2..];
            let out_len = got[0].bytes.len() as u64;
            let span = tail[tail.len() - 1].start - tail[0].start;
            let ideal = (tail.len() as u64 - 1) * (out_len + WIRE_EXTRA) * BYTE_PS;
            rate[usize::from(port)] = Some(ideal as f64 / span as f64);
            latency[usize::from(port)] = Some((
                lat.iter().copied().min().unwrap_or(0),
                lat.iter().copied().max().unwrap_or(0),
            ));
        }
    }
    let delta = |k: &str| after[k] - before[k];
    let received = [delta("rx_good0") as usize, delta("rx_good1") as usize];
    let dropped = [delta("rx_overflow0"), delta("rx_overflow1")];
    for port in 0..2 {
        for k in ["rx_bad_fcs", "rx_runt", "rx_long"] {
            assert_eq!(delta(&format!("{k}{port}")), 0, "{k}{port}");
        }
        assert_eq!(
            received[port] as u64 + dropped[port],
            n as u64,
            "port {port}: every frame received or counted as dropped"
        );
    }
    let sent_total = b.sent.len();
    assert_eq!(
        sent_total,
        received[0] + received[1],
        "every frame the MACs took leaves"
    );
    Trial {
        rate,
        latency,
        received,
        dropped,
        marks: after,
    }
}

#[test]
fn the_board_forwards_both_ports_at_line_rate_in_every_mode_and_drops_whole_frames_past_it() {
    let started = Instant::now();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("board_wire");
    std::fs::create_dir_all(&dir).expect("dir");
    let sock = dir.join(format!("uart-{}.sock", std::process::id()));
    let (mut b, uart) = Bench::start(&sock);
    b.until_idle();
    eprintln!("testbench up in {:.1?}", started.elapsed());

    let cfg = LinkConfig {
        baud: 115_200,
        reply_timeout: Duration::from_secs(60),
        retries: 1,
    };
    let dev = UartDevice::open(
        "board-wire",
        Box::new(uart.try_clone().expect("clone")),
        Box::new(uart),
        cfg,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let reaper = Reaper(b.child.id());
    // The testbench simulates while the host's requests and the card's replies are on
    // the line, so the driver is used as it is with a real board.
    let regs = Registers::new(dev.name(), dev.bar(0).expect("BAR0"));
    let info = regs.open().unwrap_or_else(|e| panic!("{e}"));
    let board = fpvs_hw::board::top::board_info();
    assert_eq!(info.flow_geometry, board.flow_geometry);
    regs.write(regs::ctrl::TUN_MTU, u32::from(TUN_MTU)).unwrap();
    let config = CardConfig {
        flow_geometry: board.flow_geometry,
        tun_mtu: TUN_MTU,
        ..CardConfig::NARROW
    };
    let mut model = Model::new(config);
    regs.write(regs::ctrl::TS_PRESCALE, 0).unwrap();
    regs.write(regs::ctrl::TS_NOW, model.tables.config.now)
        .unwrap();
    let rings_cfg = RingConfig {
        log2_sizes: [4, 4, 4, 4],
        exc_buf_size: 256,
        inj_buf_size: 2048,
        mode: Mode::Interrupt,
    };
    let mut rings = Rings::open(&dev, &regs, &info, &rings_cfg).unwrap_or_else(|e| panic!("{e}"));
    let mut tables = CardTables::new(&info);
    tables.set_timeout(T);
    let nexthops = [
        (
            1u16,
            NextHop {
                dst_mac: MacAddr(rs_mac(1)),
                src_mac: MacAddr(CARD_SERVER_MAC),
                port: 1,
                vlan: None,
            },
        ),
        (
            2,
            NextHop {
                dst_mac: MacAddr(rs_mac(2)),
                src_mac: MacAddr(CARD_SERVER_MAC),
                port: 0,
                vlan: None,
            },
        ),
    ];
    // In a fixed order, so that every run places them in the same slots.
    let mut order = Vec::new();
    for mode in MODES {
        for port in 0..2 {
            order.push(((mode, port), flow(mode, port, None)));
        }
    }
    let flows: HashMap<(ForwardingMode, u8), FlowEntry> = order.iter().copied().collect();
    // Past line rate: TUN from both ports into port 1.
    let over = [
        flow(ForwardingMode::Tun, 0, Some(1)),
        flow(ForwardingMode::Tun, 1, Some(1)),
    ];
    for (i, nh) in nexthops {
        tables.set_nexthop(i, Some(nh)).unwrap();
        model.tables.set_nexthop(i, Some(nh)).unwrap();
    }
    for e in order.iter().map(|(_, e)| e).chain(over.iter()) {
        tables.insert_flow(*e).unwrap();
    }
    let report = tables
        .commit(&mut rings.cmd)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(report.refused.is_empty(), "refused: {:?}", report.refused);
    let mt = &mut model.tables;
    for slot in 0..mt.config.flow_geometry.capacity() as u32 {
        mt.set_flow_slot(slot, tables.shadow().flow_slot(slot).copied())
            .unwrap();
    }
    eprintln!(
        "programmed over the UART in {:.1?} ({} link frames)",
        started.elapsed(),
        dev.link_stats().frames_out
    );

    println!(
        "{:<15} {:>5}  {:>6}  {:>6}  {:>7}  {:>15}  {:>15}  high-water marks (port 0/1)",
        "mode", "bytes", "out 0", "out 1", "dropped", "latency 0 (us)", "latency 1 (us)"
    );
    let show = |t: &Trial| {
        let rate = |r: Option<f64>| r.map_or("-".into(), |r| format!("{r:.3}"));
        let lat = |l: Option<(u64, u64)>| {
            l.map_or("-".into(), |(lo, hi)| {
                format!("{:.2}-{:.2}", lo as f64 / 1e6, hi as f64 / 1e6)
            })
        };
        let marks: Vec<String> = ["sym_fifo", "rx_buffer", "rx_cdc", "tx_cdc", "tx_buffer"]
            .iter()
            .map(|k| {
                format!(
                    "{k} {}/{}",
                    t.marks[&format!("{k}0")],
                    t.marks[&format!("{k}1")]
                )
            })
            .collect();
        format!(
            "{:>6}  {:>6}  {:>3}/{:<3}  {:>15}  {:>15}  {}",
            rate(t.rate[0]),
            rate(t.rate[1]),
            t.dropped[0],
            t.dropped[1],
            lat(t.latency[0]),
            lat(t.latency[1]),
            marks.join(", ")
        )
    };
    for mode in MODES {
        for (len, n) in BURSTS {
            let fl = [&flows[&(mode, 0)], &flows[&(mode, 1)]];
            let tun = mode == ForwardingMode::Tun;
            let t = trial(&mut b, &mut model, fl, len, n, !tun);
            println!("{:<15} {len:>5}  {}", format!("{mode:?}"), show(&t));
            for port in 0..2 {
                if tun {
                    // The output is the bound: never idle, at line rate, the rest
                    // dropped whole at the input and counted.
                    let r = t.rate[port].expect("frames left");
                    assert!(
                        r > 0.999,
                        "{mode:?} {len}: port {port} at {r:.4} of line rate"
                    );
                } else {
                    // Every frame offered at line rate on both ports at once leaves
                    // (RFC 2544's throughput: the highest offered load with no loss),
                    // and the latency stays within one frame of the other port's (the
                    // core takes one port's frame, then the other's) and the clocks'
                    // phases: it does not grow through the burst, so the card keeps up
                    // rather than queueing (to a tenth of a percent, see BURSTS).
                    assert_eq!(t.dropped[port], 0, "{mode:?} {len}: port {port} dropped");
                    assert_eq!(t.received[port], n);
                    let (lo, hi) = t.latency[port].expect("frames left");
                    let bound = (len as u64).div_ceil(8) * CORE_PS + LATENCY_SLACK_PS;
                    assert!(
                        hi - lo <= bound,
                        "{mode:?} {len}: port {port}'s latency spread {} ps (bound {bound})",
                        hi - lo
                    );
                }
            }
        }
    }
    // Past line rate: both ports into port 1.
    for (len, n) in BURSTS {
        let t = trial(&mut b, &mut model, [&over[0], &over[1]], len, n, false);
        println!("{:<15} {len:>5}  {}", "overload (TUN)", show(&t));
        let r = t.rate[1].expect("frames left port 1");
        assert!(r > 0.999, "overload {len}: port 1 at {r:.4}");
        assert!(
            t.dropped[0] + t.dropped[1] > 0,
            "overload {len}: something dropped"
        );
    }
    eprintln!("board at wire speed: {:.1?} in all", started.elapsed());
    drop(rings);
    drop(reaper);
    drop(dev);
    drop(b);
    let _ = std::fs::remove_file(&sock);
}
