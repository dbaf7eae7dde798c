//! The Verilated RTL against the reference model: same tables (loaded through the
//! command port), same frames; identical verdicts, output bytes, notifications,
//! counters and statistics. Random idle cycles on the input and back-pressure on the
//! outputs; the harness's watchdog fails the run if an input is refused too long.
//! On a mismatch the frames involved are written as pcap under `target/`.

use fpvs_abi::{regs, CommandStatus, Counter, DropReason, ExceptionReason, FlowStats, Table};
use fpvs_model::{CardConfig, Verdict};
use fpvs_sim::{Card, Traffic};
use fpvs_tests::{program, scenario};
use std::collections::VecDeque;

fn config(width: u32) -> CardConfig {
    if width == 8 {
        CardConfig::NARROW
    } else {
        CardConfig::WIDE
    }
}

fn open(width: u32, seed: u64) -> Card {
    match Card::open(width, seed) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    }
}

fn dump(name: &str, frames: &[Vec<u8>]) -> String {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("differential");
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join(format!("{name}.pcap"));
    fpvs_sim::pcap::write_pcap(&path, frames).expect("pcap");
    path.display().to_string()
}

/// Loads the scenario's tables into the card; every command must complete Ok.
fn load(card: &mut Card, sc: &scenario::Scenario) -> usize {
    let cmds = program::load(&sc.card.tables);
    let n = cmds.len();
    for chunk in cmds.chunks(256) {
        for c in chunk {
            card.push_command(c);
        }
        let mut done = 0;
        for _ in 0..100_000 {
            card.step(16).expect("load");
            while let Some(c) = card.pop_completion() {
                assert_eq!(c.status(), Ok(CommandStatus::Ok), "loading {c:?}");
                done += 1;
            }
            if done == chunk.len() {
                break;
            }
        }
        assert_eq!(done, chunk.len(), "completions");
    }
    n
}

struct Run {
    frames: usize,
    forwarded: usize,
    exceptions: usize,
    dropped: usize,
}

fn run(width: u32, seed: u64, fill: f64, n: usize, traffic: Traffic) -> Run {
    let mut sc = scenario::build(config(width), seed, fill);
    let mut card = open(width, seed);
    card.reg_write(regs::ctrl::TS_PRESCALE, 0);
    card.reg_write(regs::ctrl::TS_NOW, sc.card.tables.config.now);
    load(&mut card, &sc);
    card.set_traffic(traffic);
    let frames = scenario::traffic(&sc, n, seed ^ 0x5EED);
    let mut stats = Run {
        frames: n,
        forwarded: 0,
        exceptions: 0,
        dropped: 0,
    };
    // Expected outputs, oldest first, with the input that caused each.
    let mut want_fwd: VecDeque<(usize, u8, Vec<u8>)> = VecDeque::new();
    let mut want_exc: VecDeque<(usize, ExceptionReason, fpvs_model::ExceptionMeta)> =
        VecDeque::new();
    let mut want_notify: VecDeque<(usize, fpvs_abi::NotifyRecord)> = VecDeque::new();
    let mut truncated = 0u32;
    for (batch, chunk) in frames.chunks(2000).enumerate() {
        for (j, (port, f)) in chunk.iter().enumerate() {
            let i = batch * 2000 + j;
            card.push_frame(*port, f);
            match sc.card.receive(f, *port) {
                Verdict::Forward {
                    port,
                    frame,
                    notify,
                    ..
                } => {
                    want_fwd.push_back((i, port, frame));
                    if let Some(r) = notify {
                        want_notify.push_back((i, r));
                    }
                }
                Verdict::Exception { reason, meta, .. } => want_exc.push_back((i, reason, meta)),
                Verdict::Drop { reason } => {
                    stats.dropped += 1;
                    if reason == DropReason::Truncated {
                        truncated += 1;
                    }
                }
            }
        }
        card.run_until_idle(50, 50_000_000)
            .unwrap_or_else(|e| panic!("batch {batch}: {e}"));
        while let Some(got) = card.pop_forwarded() {
            if got.abort {
                continue; // a truncated frame: the port discards it
            }
            let (i, port, frame) = want_fwd.pop_front().unwrap_or_else(|| {
                panic!(
                    "unexpected forwarded frame, saved as {}",
                    dump("unexpected_fwd", std::slice::from_ref(&got.frame))
                )
            });
            if got.port != port || got.frame != frame {
                let at = got.frame.iter().zip(&frame).position(|(a, b)| a != b);
                panic!(
                    "frame {i} (w{width}): port {} vs model {port}, first difference at {at:?}, lengths {} vs {}; input, RTL, model saved as {}",
                    got.port,
                    got.frame.len(),
                    frame.len(),
                    dump(&format!("fwd_{i}"), &[frames[i].1.clone(), got.frame.clone(), frame.clone()])
                );
            }
            stats.forwarded += 1;
        }
        while let Some(got) = card.pop_exception() {
            if got.abort {
                continue;
            }
            let (i, reason, meta) = want_exc.pop_front().unwrap_or_else(|| {
                panic!(
                    "unexpected exception {got:?}, saved as {}",
                    dump("unexpected_exc", std::slice::from_ref(&got.frame))
                )
            });
            let ctx = || {
                dump(
                    &format!("exc_{i}"),
                    &[frames[i].1.clone(), got.frame.clone()],
                )
            };
            assert_eq!(
                got.frame,
                frames[i].1,
                "frame {i}: exception bytes, saved as {}",
                ctx()
            );
            assert_eq!(
                got.reason,
                reason as u8,
                "frame {i}: reason {} vs {reason:?}, saved as {}",
                got.reason,
                ctx()
            );
            assert_eq!(
                (
                    got.port,
                    got.l3_offset,
                    got.flow_hash,
                    got.timestamp,
                    got.service
                ),
                (
                    meta.port,
                    meta.l3_offset,
                    meta.flow_hash,
                    meta.timestamp,
                    meta.service.unwrap_or(0xFFFF)
                ),
                "frame {i}: exception metadata, saved as {}",
                ctx()
            );
            stats.exceptions += 1;
        }
        while let Some(r) = card.pop_notify() {
            let r = r.expect("notify record decodes");
            let (i, want) = want_notify.pop_front().expect("unexpected notify record");
            assert_eq!(r, want, "frame {i}: notify record");
        }
        assert!(
            want_fwd.is_empty(),
            "frame {} not forwarded (w{width})",
            want_fwd[0].0
        );
        assert!(
            want_exc.is_empty(),
            "frame {} not sent to the host (w{width})",
            want_exc[0].0
        );
        assert!(
            want_notify.is_empty(),
            "notify record for frame {} missing",
            want_notify[0].0
        );
    }
    // Statistics registers.
    let m = &sc.card.stats;
    let reg = |card: &mut Card, a| card.reg_read(a);
    assert_eq!(
        reg(&mut card, regs::stats::RX_FRAMES),
        m.rx_frames,
        "RX_FRAMES"
    );
    assert_eq!(
        reg(&mut card, regs::stats::FWD_FRAMES),
        m.fwd_frames,
        "FWD_FRAMES"
    );
    assert_eq!(
        reg(&mut card, regs::stats::EXC_FRAMES),
        m.exc_frames,
        "EXC_FRAMES"
    );
    assert_eq!(
        reg(&mut card, regs::stats::DROP_FRAMES),
        m.drop_frames,
        "DROP_FRAMES"
    );
    assert_eq!(
        reg(&mut card, regs::stats::NOTIFY_RECORDS),
        m.notify_records,
        "NOTIFY_RECORDS"
    );
    assert_eq!(reg(&mut card, regs::stats::NOTIFY_DROPS), 0, "NOTIFY_DROPS");
    for r in ExceptionReason::ALL {
        assert_eq!(
            reg(&mut card, regs::stats::exc_count(r)),
            m.exc_count[r as usize],
            "EXC_COUNT[{r:?}]"
        );
    }
    for r in DropReason::ALL {
        assert_eq!(
            reg(&mut card, regs::stats::drop_count(r)),
            m.drop_count[r as usize],
            "DROP_COUNT[{r:?}]"
        );
    }
    assert_eq!(m.drop_count[DropReason::Truncated as usize], truncated);
    // Counters and flow statistics, read back through commands.
    for s in &sc.services {
        for rs in &s.servers {
            for dir in 0..2u32 {
                let i = 2 * *rs as u32 + dir;
                let c = card
                    .command(&fpvs_abi::CommandDescriptor::read(
                        Table::RealServerCounter,
                        i,
                    ))
                    .expect("read");
                let got = Counter::decode(&c.payload[..16]).expect("counter");
                assert_eq!(
                    got, sc.card.real_server_counters[i as usize],
                    "real-server counter {i}"
                );
            }
        }
    }
    for i in 0..2 * sc.services.len() as u32 {
        let c = card
            .command(&fpvs_abi::CommandDescriptor::read(Table::ServiceCounter, i))
            .expect("read");
        let got = Counter::decode(&c.payload[..16]).expect("counter");
        assert_eq!(
            got, sc.card.service_counters[i as usize],
            "service counter {i}"
        );
    }
    let slots: Vec<u32> = sc.card.tables.flows().map(|(s, _)| s).take(300).collect();
    for slot in slots {
        let c = card
            .command(&fpvs_abi::CommandDescriptor::read(Table::FlowStats, slot))
            .expect("read");
        let got = FlowStats::decode(&c.payload[..8]).expect("stats");
        assert_eq!(
            got, sc.card.flow_stats[slot as usize],
            "flow stats of slot {slot}"
        );
    }
    stats
}

fn shaped(p: f64) -> Traffic {
    Traffic {
        p_idle: p,
        p_stall: [p, p, 0.0, p],
        watchdog: 20_000,
    }
}

#[test]
fn narrow_matches_the_model_under_idle_and_back_pressure() {
    let r = run(8, 1, 0.5, 20_000, shaped(0.2));
    assert!(
        r.forwarded > 5_000 && r.exceptions > 2_000 && r.dropped > 500,
        "mix: {} {} {}",
        r.forwarded,
        r.exceptions,
        r.dropped
    );
}

#[test]
fn wide_matches_the_model_under_idle_and_back_pressure() {
    let r = run(64, 2, 0.5, 20_000, shaped(0.2));
    assert!(
        r.forwarded > 5_000 && r.exceptions > 2_000 && r.dropped > 500,
        "mix: {} {} {}",
        r.forwarded,
        r.exceptions,
        r.dropped
    );
    assert_eq!(r.frames, 20_000);
}
