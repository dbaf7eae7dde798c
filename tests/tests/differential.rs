//! The Verilated RTL against the reference model: same tables (loaded through the
//! command port), same frames; identical verdicts, output bytes, exception metadata,
//! notifications, counters, flow statistics and STATS registers.
//!
//! 500 000 frames per build (a million per run) over four scenarios (flow tables from
//! 30 % to 97 % full): valid frames of every mode and direction, jumbo and VLAN-tagged
//! ones, new connections, strangers, control traffic, and malformed ones — runts,
//! headers cut short, bad header lengths, options, fragments, bad checksums, random
//! bytes — with random idle cycles on the input and back-pressure on the outputs.
//! Frames must leave in order, none lost or duplicated; the harness's watchdog fails a
//! run whose input is refused too long, and each run ends by proving nothing is left in
//! flight. On a mismatch the frames involved are written as pcap, and the failing batch
//! is run again from the start with a VCD trace; both paths are in the failure message,
//! with the seed: `FPVS_DIFF_SEED=<seed> cargo test -p fpvs-tests --test differential`
//! runs the same frames again (the default seed is fixed, so every run is the same).

use fpvs_abi::{
    regs, CommandDescriptor, CommandStatus, Counter, DropReason, ExceptionReason, FlowStats, Table,
};
use fpvs_model::{CardConfig, ExceptionMeta, Verdict};
use fpvs_sim::{SimCard, Traffic};
use fpvs_tests::{program, scenario};
use std::collections::VecDeque;
use std::path::PathBuf;

const BATCH: usize = 2000;

fn config(width: u32) -> CardConfig {
    if width == 8 {
        CardConfig::NARROW
    } else {
        CardConfig::WIDE
    }
}

fn out_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("differential");
    std::fs::create_dir_all(&dir).expect("dir");
    dir
}

fn dump(name: &str, frames: &[Vec<u8>]) -> String {
    let path = out_dir().join(format!("{name}.pcap"));
    fpvs_sim::pcap::write_pcap(&path, frames).expect("pcap");
    path.display().to_string()
}

/// Fails the run with a message.
macro_rules! check {
    ($cond:expr, $($fmt:tt)*) => {
        if !$cond {
            return Err(format!($($fmt)*));
        }
    };
}

/// Loads the scenario's tables into the card; every command must complete Ok.
fn load(card: &mut SimCard, sc: &scenario::Scenario) -> Result<usize, String> {
    let cmds = program::load(&sc.card.tables);
    for chunk in cmds.chunks(256) {
        for c in chunk {
            card.push_command(c);
        }
        let mut done = 0;
        for _ in 0..100_000 {
            card.step(16).map_err(|e| e.to_string())?;
            while let Some(c) = card.pop_completion() {
                check!(c.status() == Ok(CommandStatus::Ok), "loading {c:?}");
                done += 1;
            }
            if done == chunk.len() {
                break;
            }
        }
        check!(done == chunk.len(), "{done} of {} completions", chunk.len());
    }
    Ok(cmds.len())
}

#[derive(Debug, Default)]
struct Tally {
    forwarded: usize,
    exceptions: usize,
    dropped: usize,
    aborted: usize,
}

struct Case {
    width: u32,
    seed: u64,
    fill: f64,
    frames: usize,
    traffic: Traffic,
}

fn run(case: &Case, trace_batch: Option<usize>) -> Result<Tally, (usize, String)> {
    let err0 = |m: String| (0, m);
    let mut sc = scenario::build(config(case.width), case.seed, case.fill);
    let mut card = SimCard::open(case.width, case.seed).unwrap_or_else(|e| panic!("{e}"));
    card.reg_write(regs::ctrl::TS_PRESCALE, 0);
    card.reg_write(regs::ctrl::TS_NOW, sc.card.tables.config.now);
    load(&mut card, &sc).map_err(err0)?;
    card.set_traffic(case.traffic);
    let frames = scenario::traffic(&sc, case.frames, case.seed ^ 0x5EED);
    let mut tally = Tally::default();
    for (batch, chunk) in frames.chunks(BATCH).enumerate() {
        if trace_batch == Some(batch) {
            let path = out_dir().join(format!(
                "w{}_seed{}_batch{batch}.vcd",
                case.width, case.seed
            ));
            card.trace_start(&path).expect("trace");
        }
        let r = run_batch(&mut card, &mut sc, &frames, batch, chunk, &mut tally);
        if trace_batch == Some(batch) {
            card.trace_stop();
        }
        r.map_err(|m| (batch, m))?;
    }
    compare_state(&mut card, &sc).map_err(|m| (usize::MAX, m))?;
    nothing_in_flight(&mut card, &mut sc).map_err(|m| (usize::MAX, m))?;
    Ok(tally)
}

/// After the traffic: every frame the card took in left it (forwarded, sent to the
/// host or dropped), nothing is queued or still arriving, and a last frame passes.
fn nothing_in_flight(card: &mut SimCard, sc: &mut scenario::Scenario) -> Result<(), String> {
    card.run_until_idle(200, 1_000_000)
        .map_err(|e| e.to_string())?;
    check!(card.idle(), "inputs still pending after the traffic");
    check!(
        card.pop_forwarded().is_none()
            && card.pop_exception().is_none()
            && card.pop_notify_raw().is_none(),
        "output after the last frame was checked"
    );
    let [rx, fwd, exc, drop] = [
        regs::stats::RX_FRAMES,
        regs::stats::FWD_FRAMES,
        regs::stats::EXC_FRAMES,
        regs::stats::DROP_FRAMES,
    ]
    .map(|a| card.reg_read(a));
    check!(
        rx == fwd.wrapping_add(exc).wrapping_add(drop),
        "{rx} frames in, {fwd} forwarded + {exc} to the host + {drop} dropped"
    );
    // The pipeline still takes and forwards a frame: nothing is wedged.
    let probe = scenario::traffic(sc, 64, 7)
        .into_iter()
        .find(|(p, f)| matches!(sc.card.clone().receive(f, *p), Verdict::Forward { .. }));
    let (port, frame) = probe.ok_or("no frame to forward in 64 tries")?;
    let Verdict::Forward { frame: want, .. } = sc.card.receive(&frame, port) else {
        return Err("the probe frame is not forwarded".into());
    };
    card.push_frame(port, &frame);
    card.run_until_idle(50, 1_000_000)
        .map_err(|e| e.to_string())?;
    let out = card.pop_forwarded().is_some_and(|f| f.frame == want);
    check!(
        out,
        "the probe frame after the traffic did not come out as the model says"
    );
    Ok(())
}

fn run_batch(
    card: &mut SimCard,
    sc: &mut scenario::Scenario,
    frames: &[(u8, Vec<u8>)],
    batch: usize,
    chunk: &[(u8, Vec<u8>)],
    tally: &mut Tally,
) -> Result<(), String> {
    let mut want_fwd: VecDeque<(usize, u8, Vec<u8>)> = VecDeque::new();
    let mut want_exc: VecDeque<(usize, ExceptionReason, ExceptionMeta)> = VecDeque::new();
    let mut want_notify: VecDeque<(usize, fpvs_abi::NotifyRecord)> = VecDeque::new();
    let mut truncated = 0;
    for (j, (port, f)) in chunk.iter().enumerate() {
        let i = batch * BATCH + j;
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
                tally.dropped += 1;
                if reason == DropReason::Truncated {
                    truncated += 1;
                }
            }
        }
    }
    card.run_until_idle(50, 100_000_000)
        .map_err(|e| e.to_string())?;
    let mut aborted = 0;
    while let Some(got) = card.pop_forwarded() {
        if got.abort {
            aborted += 1;
            continue; // a truncated frame: the port discards it
        }
        let Some((i, port, frame)) = want_fwd.pop_front() else {
            return Err(format!(
                "unexpected forwarded frame, saved as {}",
                dump("unexpected_fwd", &[got.frame])
            ));
        };
        check!(
            got.port == port && got.frame == frame,
            "frame {i}: port {} vs model {port}, first difference at {:?}, lengths {} vs {}; input, RTL, model saved as {}",
            got.port,
            got.frame.iter().zip(&frame).position(|(a, b)| a != b),
            got.frame.len(),
            frame.len(),
            dump(&format!("fwd_{i}"), &[frames[i].1.clone(), got.frame.clone(), frame.clone()])
        );
        tally.forwarded += 1;
    }
    while let Some(got) = card.pop_exception() {
        if got.abort {
            aborted += 1;
            continue;
        }
        let Some((i, reason, meta)) = want_exc.pop_front() else {
            return Err(format!(
                "unexpected exception {}, saved as {}",
                got.reason,
                dump("unexpected_exc", &[got.frame])
            ));
        };
        let saved = || {
            dump(
                &format!("exc_{i}"),
                &[frames[i].1.clone(), got.frame.clone()],
            )
        };
        check!(
            got.frame == frames[i].1,
            "frame {i}: exception bytes differ, saved as {}",
            saved()
        );
        check!(
            got.reason == reason as u8,
            "frame {i}: reason {} vs model {reason:?}, saved as {}",
            got.reason,
            saved()
        );
        let meta_got = (
            got.port,
            got.l3_offset,
            got.flow_hash,
            got.timestamp,
            got.service,
        );
        let meta_want = (
            meta.port,
            meta.l3_offset,
            meta.flow_hash,
            meta.timestamp,
            meta.service.unwrap_or(0xFFFF),
        );
        check!(
            meta_got == meta_want,
            "frame {i}: metadata {meta_got:?} vs model {meta_want:?}, saved as {}",
            saved()
        );
        tally.exceptions += 1;
    }
    while let Some(r) = card.pop_notify() {
        let r = r.map_err(|e| e.to_string())?;
        let Some((i, want)) = want_notify.pop_front() else {
            return Err(format!("unexpected notify record {r:?}"));
        };
        check!(
            r == want,
            "frame {i}: notify record {r:?} vs model {want:?}"
        );
    }
    check!(want_fwd.is_empty(), "frame {} not forwarded", want_fwd[0].0);
    check!(
        want_exc.is_empty(),
        "frame {} not sent to the host",
        want_exc[0].0
    );
    check!(
        want_notify.is_empty(),
        "notify record for frame {} missing",
        want_notify[0].0
    );
    // Every frame the model calls truncated left marked abort, or was dropped anyway.
    check!(
        aborted <= truncated,
        "{aborted} aborted frames, {truncated} truncated"
    );
    tally.aborted += aborted;
    Ok(())
}

/// Registers, counters and flow statistics against the model's.
fn compare_state(card: &mut SimCard, sc: &scenario::Scenario) -> Result<(), String> {
    let m = &sc.card.stats;
    let pairs = [
        (regs::stats::RX_FRAMES, m.rx_frames, "RX_FRAMES"),
        (regs::stats::FWD_FRAMES, m.fwd_frames, "FWD_FRAMES"),
        (regs::stats::EXC_FRAMES, m.exc_frames, "EXC_FRAMES"),
        (regs::stats::DROP_FRAMES, m.drop_frames, "DROP_FRAMES"),
        (
            regs::stats::NOTIFY_RECORDS,
            m.notify_records,
            "NOTIFY_RECORDS",
        ),
        (regs::stats::NOTIFY_DROPS, 0, "NOTIFY_DROPS"),
    ];
    for (a, want, name) in pairs {
        let got = card.reg_read(a);
        check!(got == want, "{name}: {got} vs model {want}");
    }
    for r in ExceptionReason::ALL {
        let got = card.reg_read(regs::stats::exc_count(r));
        check!(
            got == m.exc_count[r as usize],
            "EXC_COUNT[{r:?}]: {got} vs model {}",
            m.exc_count[r as usize]
        );
    }
    for r in DropReason::ALL {
        let got = card.reg_read(regs::stats::drop_count(r));
        check!(
            got == m.drop_count[r as usize],
            "DROP_COUNT[{r:?}]: {got} vs model {}",
            m.drop_count[r as usize]
        );
    }
    let read = |card: &mut SimCard, t: Table, i: u32| -> Result<[u8; 48], String> {
        let c = card
            .command(&CommandDescriptor::read(t, i))
            .map_err(|e| e.to_string())?;
        check!(
            c.status() == Ok(CommandStatus::Ok),
            "reading {t:?}[{i}]: {:?}",
            c.status()
        );
        Ok(c.payload)
    };
    for s in &sc.services {
        for rs in &s.servers {
            for dir in 0..2u32 {
                let i = 2 * *rs as u32 + dir;
                let got = Counter::decode(&read(card, Table::RealServerCounter, i)?[..16])
                    .expect("counter");
                let want = sc.card.real_server_counters[i as usize];
                check!(
                    got == want,
                    "real-server counter {i}: {got:?} vs model {want:?}"
                );
            }
        }
    }
    for i in 0..2 * sc.services.len() as u32 {
        let got = Counter::decode(&read(card, Table::ServiceCounter, i)?[..16]).expect("counter");
        let want = sc.card.service_counters[i as usize];
        check!(
            got == want,
            "service counter {i}: {got:?} vs model {want:?}"
        );
    }
    let slots: Vec<u32> = sc
        .card
        .tables
        .flows()
        .map(|(s, _)| s)
        .step_by(7)
        .take(200)
        .collect();
    for slot in slots {
        let got = FlowStats::decode(&read(card, Table::FlowStats, slot)?[..8]).expect("stats");
        let want = sc.card.flow_stats[slot as usize];
        check!(
            got == want,
            "flow statistics of slot {slot}: {got:?} vs model {want:?}"
        );
        // The card's flow entry reads back as the model's.
        let entry = read(card, Table::Flow, slot)?;
        let want = sc
            .card
            .tables
            .flow_slot(slot)
            .map(|e| e.encode())
            .unwrap_or([0; 32]);
        check!(
            entry[..32] == want,
            "flow slot {slot} reads back differently"
        );
    }
    Ok(())
}

/// The run's seed: `FPVS_DIFF_SEED`, or a fixed default so that every run is the same.
fn base_seed() -> u64 {
    match std::env::var("FPVS_DIFF_SEED") {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("FPVS_DIFF_SEED={v}: not a number")),
        Err(_) => 1,
    }
}

/// Frames per build, over its four cases.
const FRAMES_PER_BUILD: usize = 500_000;

fn cases(width: u32, seed: u64) -> Vec<Case> {
    let t = |p: f64| Traffic {
        p_idle: p,
        p_stall: [p, p, 0.0, p],
        watchdog: 20_000,
    };
    let case_seed = |k: u64| seed.wrapping_mul(1000) + width as u64 * 10 + k;
    let frames = FRAMES_PER_BUILD / 4;
    [(0.3, 0.0), (0.6, 0.2), (0.95, 0.1), (0.97, 0.4)]
        .into_iter()
        .zip(1..)
        .map(|((fill, p), k)| Case {
            width,
            seed: case_seed(k),
            fill,
            frames,
            traffic: t(p),
        })
        .collect()
}

fn check_width(width: u32) {
    let seed = base_seed();
    let mut total = Tally::default();
    for case in cases(width, seed) {
        match run(&case, None) {
            Ok(t) => {
                total.forwarded += t.forwarded;
                total.exceptions += t.exceptions;
                total.dropped += t.dropped;
                total.aborted += t.aborted;
            }
            Err((batch, msg)) => {
                // Run again from the start, tracing the failing batch.
                let vcd = if batch == usize::MAX {
                    "(state comparison after the traffic: no VCD)".to_string()
                } else {
                    let _ = run(&case, Some(batch));
                    out_dir()
                        .join(format!("w{width}_seed{}_batch{batch}.vcd", case.seed))
                        .display()
                        .to_string()
                };
                panic!(
                    "w{width} case seed {} fill {}: {msg}\ntrace of the failing batch: {vcd}\n\
                     the same frames again: FPVS_DIFF_SEED={seed} cargo test -p fpvs-tests --test differential",
                    case.seed, case.fill
                );
            }
        }
    }
    let frames: usize = cases(width, seed).iter().map(|c| c.frames).sum();
    assert_eq!(frames, FRAMES_PER_BUILD);
    eprintln!("w{width} (FPVS_DIFF_SEED={seed}): {frames} frames, {total:?}");
    // The mix covered every verdict kind substantially.
    let share = |n: usize, pct: usize| n * 100 > frames * pct;
    assert!(
        share(total.forwarded, 30) && share(total.exceptions, 15) && share(total.dropped, 3),
        "{total:?}"
    );
    assert!(total.aborted > 100, "truncated frames were seen: {total:?}");
}

#[test]
fn narrow_build_matches_the_model() {
    check_width(8);
}

#[test]
fn wide_build_matches_the_model() {
    check_width(64);
}
