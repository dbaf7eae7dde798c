//! fpvs-sim as a vfio-user device, driven through fpvs-driver exactly as fpvsd drives
//! a card: BAR0 register messages, rings in shared DMA memory, MSI-X on eventfds.
//!
//! The wide build is programmed through the driver's table API (cuckoo placement
//! in the host's shadow, batched commits); 100 000 flow installs go through the
//! command ring (the scenario's flows plus churn: batches installed and removed
//! again, as connections come and go); then the card is read back slot by slot and
//! must equal the shadow. Traffic through the card's ports must come out as the
//! reference model says (forwarded bytes, exceptions with their metadata on the
//! exception ring), injected frames too; counters and per-flow statistics read
//! through the driver must equal the model's. Finally the client disconnects and a
//! new one reconciles its shadow from the card, which kept every flow.

use fpvs_abi::{regs, FlowEntry, FlowGeometry, FlowKey};
use fpvs_driver::rings::{InjectTarget, Mode, RingConfig, Rings};
use fpvs_driver::vfio_user::{VfioUserDevice, VfioUserOptions};
use fpvs_driver::{CardTables, Device, Registers};
use fpvs_model::{CardConfig, Verdict};
use fpvs_sim::{Egress, SimDevice, SimOptions};
use fpvs_tests::scenario;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::time::{Duration, Instant};

const T: Duration = Duration::from_secs(20);
const INSTALLS: usize = 100_000;
const CHURN_BATCH: usize = 1000;

struct Host {
    _dev: VfioUserDevice,
    regs: Registers,
    info: fpvs_driver::CardInfo,
    rings: Rings,
}

fn connect(socket: &std::path::Path) -> Host {
    let dev = VfioUserDevice::connect(socket, VfioUserOptions::default()).expect("connect");
    let regs = Registers::new(dev.name(), dev.bar(0).expect("BAR0"));
    let info = regs.open().expect("an FPVS card");
    let cfg = RingConfig {
        log2_sizes: [10, 10, 8, 10],
        exc_buf_size: 9216,
        inj_buf_size: 9216,
        mode: Mode::Interrupt,
    };
    let rings = Rings::open(&dev, &regs, &info, &cfg).expect("rings");
    Host {
        _dev: dev,
        regs,
        info,
        rings,
    }
}

fn pad(f: &[u8]) -> Vec<u8> {
    let mut f = f.to_vec();
    if f.len() < 60 {
        f.resize(60, 0);
    }
    f
}

fn recv_n(dev: &SimDevice, egress: &Egress, n: usize) -> Vec<(u8, Vec<u8>)> {
    let deadline = Instant::now() + T;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let left = deadline.saturating_duration_since(Instant::now());
        match egress.recv_timeout(left) {
            Ok(f) => out.push(f),
            Err(_) => panic!(
                "{} of {n} forwarded frames arrived; device: {:?}, error: {:?}",
                out.len(),
                dev.stats(),
                dev.error()
            ),
        }
    }
    out
}

#[test]
fn the_simulated_card_over_vfio_user_installs_forwards_punts_and_injects_like_the_model() {
    let dir = tempfile::tempdir().expect("tempdir");
    let socket = dir.path().join("card.sock");
    let (dev, egress) = SimDevice::start(&SimOptions {
        width: 64,
        seed: 7,
        socket: socket.clone(),
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let mut host = connect(&socket);
    assert_eq!(host.info.flow_geometry, FlowGeometry::WIDE);
    assert_eq!(host.info.width_bytes, 64);

    let mut sc = scenario::build(CardConfig::WIDE, 11, 0.45);
    let now = sc.card.tables.config.now;
    host.regs.write(regs::ctrl::TS_PRESCALE, 0).unwrap();
    host.regs.write(regs::ctrl::TS_NOW, now).unwrap();

    // ---- program the card through the table API ------------------------------------
    let mut tables = CardTables::new(&host.info);
    let m = &sc.card.tables;
    for i in 0..m.config.nexthops {
        if let Some(n) = m.nexthop(i) {
            tables.set_nexthop(i, Some(*n)).unwrap();
        }
    }
    for i in 0..m.config.real_servers {
        if let Some(a) = m.real_server(i) {
            tables.set_real_server(i, Some(*a)).unwrap();
        }
    }
    let maglev: Vec<_> = (0..m.config.maglev_slots).map(|i| m.maglev(i)).collect();
    tables.set_maglev(0, &maglev).unwrap();
    for slot in 0..m.config.service_geometry.capacity() as u32 {
        if let Some(s) = m.service_slot(slot) {
            tables.set_service(*s).unwrap();
        }
    }
    let scenario_flows: Vec<FlowEntry> = m.flows().map(|(_, e)| *e).collect();
    let started = Instant::now();
    let cycles0 = dev.stats().cycles;
    let mut installs = 0usize;
    for chunk in scenario_flows.chunks(CHURN_BATCH) {
        for e in chunk {
            tables
                .insert_flow(*e)
                .expect("room for the scenario's flows");
        }
        installs += chunk.len();
        let r = tables.commit(&mut host.rings.cmd).expect("commit");
        assert!(r.refused.is_empty(), "refused: {:?}", r.refused);
    }
    assert_eq!(tables.shadow().flow_count(), scenario_flows.len());

    // ---- churn: batches of flows installed, then removed a batch later -------------
    let template = scenario_flows[0].action;
    let mut rng = StdRng::seed_from_u64(99);
    let mut previous: Vec<FlowKey> = Vec::new();
    while installs < INSTALLS {
        let n = CHURN_BATCH.min(INSTALLS - installs);
        let mut batch = Vec::with_capacity(n);
        while batch.len() < n {
            let key = FlowKey {
                saddr: 0xAC10_0000 | rng.gen_range(0..0x000F_FFFF),
                daddr: rng.gen(),
                sport: rng.gen(),
                dport: rng.gen(),
                proto: 6,
            };
            if tables.shadow().lookup_flow(&key).is_some() {
                continue;
            }
            tables
                .insert_flow(FlowEntry {
                    key,
                    action: template,
                })
                .expect("churn insert");
            batch.push(key);
        }
        for k in previous.drain(..) {
            tables.remove_flow(&k).expect("a churn flow");
        }
        installs += n;
        let r = tables.commit(&mut host.rings.cmd).expect("commit");
        assert!(r.refused.is_empty(), "refused: {:?}", r.refused);
        previous = batch;
    }
    for k in previous.drain(..) {
        tables.remove_flow(&k).unwrap();
    }
    tables.commit(&mut host.rings.cmd).unwrap();
    let elapsed = started.elapsed();
    let cycles = dev.stats().cycles - cycles0;
    eprintln!(
        "{installs} flow installs (+ as many removals of churn) in {:.2} s: {:.0} installs/s through vfio-user, {:.2} card cycles per install",
        elapsed.as_secs_f64(),
        installs as f64 / elapsed.as_secs_f64(),
        cycles as f64 / installs as f64
    );
    assert!(installs >= INSTALLS);
    assert_eq!(tables.shadow().flow_count(), scenario_flows.len());

    // ---- the card holds exactly what the shadow says --------------------------------
    let mut readback = CardTables::new(&host.info);
    let found = readback.reconcile(&mut host.rings.cmd).expect("reconcile");
    assert_eq!(found, scenario_flows.len());
    assert!(
        readback.shadow().flows().eq(tables.shadow().flows()),
        "the card's flow table differs from the shadow"
    );
    assert!(readback.shadow().services().eq(tables.shadow().services()));
    for e in &scenario_flows {
        assert_eq!(tables.shadow().lookup_flow(&e.key).map(|(_, x)| x), Some(e));
    }

    // The model decides "table full" from its own bucket occupancy: give it the
    // card's layout (the driver placed the entries, in its own order).
    let mt = &mut sc.card.tables;
    for slot in 0..mt.config.flow_geometry.capacity() as u32 {
        mt.set_flow_slot(slot, tables.shadow().flow_slot(slot).copied())
            .unwrap();
    }
    for slot in 0..mt.config.service_geometry.capacity() as u32 {
        mt.set_service_slot(slot, tables.shadow().service_slot(slot).copied())
            .unwrap();
    }

    // ---- traffic through the ports, against the model ------------------------------
    let frames = scenario::traffic(&sc, 3000, 5);
    let (mut forwarded, mut punted) = (0, 0);
    for chunk in frames.chunks(250) {
        let mut want_fwd = Vec::new();
        let mut want_exc = Vec::new();
        for (port, f) in chunk {
            let f = pad(f);
            match sc.card.receive(&f, *port) {
                Verdict::Forward { port, frame, .. } => want_fwd.push((port, frame)),
                Verdict::Exception { reason, meta, .. } => want_exc.push((reason, meta, f.clone())),
                Verdict::Drop { .. } => {}
            }
            assert!(dev.ingress(*port, &f));
        }
        let got = recv_n(&dev, &egress, want_fwd.len());
        assert_eq!(got.len(), want_fwd.len(), "forwarded frames");
        for (i, (g, w)) in got.iter().zip(&want_fwd).enumerate() {
            assert_eq!(g.0, w.0, "forwarded frame {i}: port");
            assert!(
                g.1 == w.1,
                "forwarded frame {i}: bytes differ from the model's"
            );
        }
        let mut exc = Vec::new();
        let deadline = Instant::now() + T;
        while exc.len() < want_exc.len() && Instant::now() < deadline {
            exc.extend(
                host.rings
                    .exc
                    .wait(want_exc.len() - exc.len(), T)
                    .expect("exceptions"),
            );
        }
        assert_eq!(exc.len(), want_exc.len());
        for (g, (reason, meta, frame)) in exc.iter().zip(&want_exc) {
            assert_eq!(g.reason, *reason);
            assert!(!g.truncated && g.frame == *frame, "punted bytes");
            assert_eq!(
                (g.port, g.l3_offset, g.flow_hash, g.timestamp, g.service),
                (
                    meta.port,
                    meta.l3_offset,
                    meta.flow_hash,
                    meta.timestamp,
                    meta.service
                )
            );
        }
        forwarded += got.len();
        punted += exc.len();
    }
    assert!(dev.wait_idle(T));
    assert!(
        egress.try_recv().is_err(),
        "a frame the model did not forward"
    );
    assert!(
        forwarded > 1000 && punted > 100,
        "{forwarded} forwarded, {punted} punted"
    );

    // ---- injection: through the pipeline and verbatim to a port ---------------------
    let inject: Vec<_> = scenario::traffic(&sc, 200, 6);
    let mut want_fwd = Vec::new();
    for (i, (port, f)) in inject.iter().enumerate() {
        let f = pad(f);
        let verbatim = i % 4 == 0;
        if let Verdict::Forward { port, frame, .. } = sc.card.inject(&f, *port, verbatim) {
            want_fwd.push((port, frame));
        }
        let target = if verbatim {
            InjectTarget::Port { port: *port }
        } else {
            InjectTarget::Pipeline { port: *port }
        };
        while host.rings.inj.send(&[(target, &f)]).is_err() {
            host.rings.inj.flush(T).expect("inject ring drains");
        }
    }
    host.rings.inj.flush(T).expect("injections consumed");
    let got = recv_n(&dev, &egress, want_fwd.len());
    assert!(got == want_fwd, "injected frames differ from the model's");
    // Exceptions of injected frames are the host's own: drain them.
    assert!(dev.wait_idle(T));
    let _ = host.rings.exc.poll(1024).expect("exceptions");

    // ---- counters and per-flow statistics through the driver ------------------------
    for s in &sc.services {
        let svc = tables
            .shadow()
            .lookup_service(s.proto, s.vip, s.port)
            .map(|(_, e)| e.service)
            .expect("service");
        let (i, o) = tables
            .service_counters(&mut host.rings.cmd, u32::from(svc))
            .unwrap();
        assert_eq!(i, sc.card.service_counters[2 * usize::from(svc)]);
        assert_eq!(o, sc.card.service_counters[2 * usize::from(svc) + 1]);
        for rs in &s.servers {
            let (i, o) = tables
                .real_server_counters(&mut host.rings.cmd, u32::from(*rs))
                .unwrap();
            assert_eq!(i, sc.card.real_server_counters[2 * usize::from(*rs)]);
            assert_eq!(o, sc.card.real_server_counters[2 * usize::from(*rs) + 1]);
        }
    }
    let mut hit = 0;
    for (key, _) in sc.flows.iter().take(2000) {
        let got = tables
            .flow_stats_of(&mut host.rings.cmd, key)
            .unwrap()
            .expect("a flow");
        let (slot, _) = tables.shadow().lookup_flow(key).expect("a flow");
        let want = sc.card.flow_stats[slot as usize];
        assert_eq!(got, want, "flow stats of {key}");
        hit += usize::from(got.packets > 0);
    }
    assert!(hit > 50, "only {hit} flows saw traffic");

    // ---- the host goes away; a new one finds every flow -----------------------------
    let before: Vec<_> = tables.shadow().flows().map(|(s, e)| (s, *e)).collect();
    drop(host);
    let mut host = connect(&socket);
    let mut again = CardTables::new(&host.info);
    again.reconcile(&mut host.rings.cmd).unwrap();
    let after: Vec<_> = again.shadow().flows().map(|(s, e)| (s, *e)).collect();
    assert!(before == after, "flows lost across a host restart");
    let (port, f) = frames
        .iter()
        .find(|(p, f)| {
            matches!(
                sc.card.clone().receive(&pad(f), *p),
                Verdict::Forward { .. }
            )
        })
        .expect("a forwarded frame");
    let want = sc.card.receive(&pad(f), *port);
    dev.ingress(*port, f);
    let got = recv_n(&dev, &egress, 1);
    let Verdict::Forward { port, frame, .. } = want else {
        unreachable!()
    };
    assert_eq!(got[0], (port, frame));
    let st = dev.stats();
    assert_eq!(st.shell.dma_faults, 0);
    assert_eq!(st.shell.exc_no_buffer, 0);
    assert!(dev.error().is_none());
    drop(host);
    dev.stop();
}

/// A slot's statistics belong to the flow in it: a new flow starts from zero in a slot
/// another flow used, and an entry the cuckoo placement moves keeps its counts.
#[test]
fn flow_statistics_stay_with_their_flow_across_cuckoo_moves() {
    use fpvs_abi::{Action, CommandDescriptor, FlowStats, ForwardingMode, Table};
    let dir = tempfile::tempdir().expect("tempdir");
    let socket = dir.path().join("card.sock");
    let (dev, _egress) = SimDevice::start(&SimOptions {
        width: 8,
        seed: 5,
        socket: socket.clone(),
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let mut host = connect(&socket);
    let mut tables = CardTables::new(&host.info);
    let capacity = tables.shadow().flow_capacity() as u32;
    // Junk statistics in every slot, as flows long gone would leave them.
    let junk: Vec<CommandDescriptor> = (0..capacity)
        .map(|s| {
            let st = FlowStats {
                last_seen: 7,
                packets: 50_000 + s,
            };
            CommandDescriptor::write(Table::FlowStats, s, &st.encode())
        })
        .collect();
    host.rings.cmd.execute(&junk, T).expect("junk stats");
    let key = |i: u32| FlowKey {
        saddr: 0x0a00_0000 | i,
        daddr: 0x0a00_0064,
        sport: 1000 + (i % 5000) as u16,
        dport: 80,
        proto: 6,
    };
    let entry = |i: u32| FlowEntry {
        key: key(i),
        action: Action {
            mode: ForwardingMode::Dr,
            nexthop: 0,
            service: 0,
            real_server: 0,
            new_saddr: 0,
            new_daddr: 0,
            new_sport: 0,
            new_dport: 0,
            seq_delta: 0,
        },
    };
    let mut rng = StdRng::seed_from_u64(9);
    // Fill to 90 % in batches; before each batch, give every flow counts of its own.
    let (mut n, mut moved) = (0u32, 0usize);
    let mut mine: std::collections::HashMap<FlowKey, u32> = Default::default();
    while n < capacity * 9 / 10 {
        let writes: Vec<CommandDescriptor> = tables
            .shadow()
            .flows()
            .map(|(slot, e)| {
                let p = rng.gen_range(1..40_000);
                mine.insert(e.key, p);
                let st = FlowStats {
                    last_seen: 99,
                    packets: p,
                };
                CommandDescriptor::write(Table::FlowStats, slot, &st.encode())
            })
            .collect();
        host.rings.cmd.execute(&writes, T).expect("stats");
        let before: std::collections::HashMap<FlowKey, u32> =
            tables.shadow().flows().map(|(s, e)| (e.key, s)).collect();
        for _ in 0..400 {
            tables.insert_flow(entry(n)).expect("room");
            n += 1;
        }
        tables.commit(&mut host.rings.cmd).expect("commit");
        moved += tables
            .shadow()
            .flows()
            .filter(|(s, e)| before.get(&e.key).is_some_and(|b| b != s))
            .count();
        let flows: Vec<(u32, FlowKey)> = tables.shadow().flows().map(|(s, e)| (s, e.key)).collect();
        let slots: Vec<u32> = flows.iter().map(|f| f.0).collect();
        let got = tables.flow_stats(&mut host.rings.cmd, &slots).unwrap();
        for ((slot, key), got) in flows.iter().zip(got) {
            let want = mine.get(key).copied().unwrap_or(0);
            assert_eq!(got.packets, want, "flow {key} in slot {slot}");
        }
    }
    assert!(
        moved > 20,
        "only {moved} entries moved: the test shows nothing"
    );
    eprintln!("{n} flows in {capacity} slots, {moved} moves, every count with its flow");
    drop(host);
    dev.stop();
}
