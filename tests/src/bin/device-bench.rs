//! The simulated card as a device, measured through fpvs-driver over vfio-user.
//!
//! * Flow installs: batches of commands through the command ring, one doorbell per
//!   batch; installs per second through the simulator and card cycles per install
//!   (the card's own cost, what real hardware at its clock would see).
//! * Exception round trip: a frame for a host-scheduled service enters a port, is
//!   punted (exception ring, interrupt), the host installs its flow and re-injects it
//!   (inject ring), and it leaves rewritten: wall-clock time through the simulator
//!   and card cycles for the card's part.
//!
//! `cargo run --release -p fpvs-tests --bin device-bench [-- --quick]`

use fpvs_abi::{Action, FlowEntry, FlowKey, ForwardingMode, MacAddr, NextHop, ServiceEntry};
use fpvs_driver::rings::{InjectTarget, Mode, RingConfig, Rings};
use fpvs_driver::vfio_user::{VfioUserDevice, VfioUserOptions};
use fpvs_driver::{CardTables, Device, Registers};
use fpvs_model::packet::{Frame, TcpFlags};
use fpvs_sim::{SimDevice, SimOptions};
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

fn ip(s: &str) -> u32 {
    u32::from(s.parse::<Ipv4Addr>().expect("address"))
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let dir = std::env::temp_dir().join(format!("fpvs-device-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let socket = dir.join("card.sock");
    let (dev, egress) = SimDevice::start(&SimOptions {
        width: 64,
        seed: 1,
        socket: socket.clone(),
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let vdev = VfioUserDevice::connect(&socket, VfioUserOptions::default()).expect("connect");
    let regs = Registers::new(vdev.name(), vdev.bar(0).expect("BAR0"));
    let info = regs.open().expect("card");
    let mut rings = Rings::open(
        &vdev,
        &regs,
        &info,
        &RingConfig {
            log2_sizes: [12, 10, 8, 10],
            exc_buf_size: 2048,
            inj_buf_size: 2048,
            mode: Mode::Interrupt,
        },
    )
    .expect("rings");
    let mut tables = CardTables::new(&info);
    let t = Duration::from_secs(60);
    tables
        .set_nexthop(
            0,
            Some(NextHop {
                dst_mac: MacAddr([2, 0, 0, 0, 1, 1]),
                src_mac: MacAddr([2, 0, 0, 0, 0, 1]),
                port: 1,
                vlan: None,
            }),
        )
        .expect("nexthop");
    let action = Action {
        mode: ForwardingMode::Dr,
        nexthop: 0,
        service: 0,
        real_server: 0,
        new_saddr: 0,
        new_daddr: ip("192.168.1.11"),
        new_sport: 0,
        new_dport: 0,
        seq_delta: 0,
    };
    tables.set_real_server(0, Some(action)).expect("rs");
    tables
        .set_service(ServiceEntry {
            proto: 6,
            vip: ip("10.0.0.100"),
            vport: 80,
            service: 0,
            maglev: None,
        })
        .expect("service");
    tables.commit(&mut rings.cmd).expect("commit");

    println!("flow installs through vfio-user into the Verilated wide build");
    println!(
        "{:>8} {:>10} {:>14} {:>16}",
        "batch", "installs", "installs/s", "cycles/install"
    );
    let total = if quick { 20_000 } else { 50_000 };
    let mut next = 0u32;
    for batch in [1usize, 16, 256, 4096] {
        let n = if batch == 1 { total / 20 } else { total };
        let c0 = dev.stats().cycles;
        let start = Instant::now();
        let mut keys = Vec::with_capacity(n);
        for chunk in 0..n.div_ceil(batch) {
            for _ in 0..batch.min(n - chunk * batch) {
                let key = FlowKey {
                    saddr: 0x0A10_0000 + next,
                    daddr: ip("10.0.0.100"),
                    sport: 1024 + (next % 60000) as u16,
                    dport: 80,
                    proto: 6,
                };
                next += 1;
                tables.insert_flow(FlowEntry { key, action }).expect("room");
                keys.push(key);
            }
            tables.commit(&mut rings.cmd).expect("commit");
        }
        let secs = start.elapsed().as_secs_f64();
        let cycles = dev.stats().cycles - c0;
        println!(
            "{batch:>8} {n:>10} {:>14.0} {:>16.2}",
            n as f64 / secs,
            cycles as f64 / n as f64
        );
        for k in &keys {
            tables.remove_flow(k);
        }
        tables.commit(&mut rings.cmd).expect("commit");
    }

    println!();
    println!("exception round trip: port -> punt -> host installs -> inject -> port");
    let rounds = if quick { 50 } else { 200 };
    let mut wall = Vec::new();
    let mut cycles = Vec::new();
    for i in 0..rounds {
        let client = format!("10.9.{}.{}:{}", i / 250, 1 + i % 250, 30000 + i);
        let f = Frame::tcp(&client, "10.0.0.100:80")
            .flags(TcpFlags::SYN)
            .build();
        let c0 = dev.stats().cycles;
        let start = Instant::now();
        dev.ingress(0, &f);
        let exc = rings.exc.wait(1, t).expect("punt");
        let e = &exc[0];
        let (key, _) = (
            FlowKey {
                saddr: u32::from_be_bytes(e.frame[26..30].try_into().expect("ip")),
                daddr: u32::from_be_bytes(e.frame[30..34].try_into().expect("ip")),
                sport: u16::from_be_bytes([e.frame[34], e.frame[35]]),
                dport: u16::from_be_bytes([e.frame[36], e.frame[37]]),
                proto: 6,
            },
            (),
        );
        tables.insert_flow(FlowEntry { key, action }).expect("room");
        tables.commit(&mut rings.cmd).expect("commit");
        rings
            .inj
            .send(&[(InjectTarget::Pipeline { port: e.port }, &e.frame)])
            .expect("inject");
        let out = egress.recv_timeout(t).expect("forwarded");
        wall.push(start.elapsed());
        cycles.push(dev.stats().cycles - c0);
        assert_eq!(out.0, 1);
        tables.remove_flow(&key);
        tables.commit(&mut rings.cmd).expect("commit");
    }
    wall.sort();
    cycles.sort();
    let pct = |v: &[Duration], p: usize| v[(v.len() - 1) * p / 100];
    println!(
        "{rounds} rounds: wall median {:?}, p99 {:?}; card cycles median {} (incl. the flow install)",
        pct(&wall, 50),
        pct(&wall, 99),
        cycles[cycles.len() / 2]
    );
    drop(rings);
    drop(vdev);
    dev.stop();
    let _ = std::fs::remove_dir_all(&dir);
}
