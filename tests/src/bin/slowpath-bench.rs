//! New connections per second through fpvsd's whole slow path: exception in, schedule,
//! forward (and reverse) entries placed in the shadow and committed in one batch per
//! ring-full, the frame re-injected.
//!
//! * against the in-process fake card (the card's side of the rings in software, no
//!   pipeline): the host's own cost;
//! * against the Verilated card served over vfio-user (`fpvs-sim`): the same, with
//!   the simulated pipeline, DMA shell and socket in the loop.
//!
//! `cargo run --release -p fpvs-tests --bin slowpath-bench [-- --quick] [--fake-only]`

use fpvs_abi::{ExceptionReason, FlowGeometry};
use fpvs_agent::agent::{Agent, Indices, NetConfig, PortConfig};
use fpvs_agent::card::{CardAddress, CardLink};
use fpvs_agent::config::{
    Config, ForwardMethod, Protocol, RealServer, Scheduler, Service, ServiceKey,
};
use fpvs_agent::net::Arp;
use fpvs_driver::fake::{FakeCardConfig, FakeDevice, PuntMeta};
use fpvs_driver::rings::Mode;
use fpvs_model::packet::{Frame, TcpFlags};
use fpvs_sim::{SimDevice, SimOptions};
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

const CARD0: [u8; 6] = [0x02, 0xfc, 0, 0, 0, 0];
const CARD1: [u8; 6] = [0x02, 0xfc, 0, 0, 0, 1];

fn net() -> NetConfig {
    let port = |mac, addr: &str| PortConfig {
        mac,
        addr: addr.parse().expect("addr"),
        prefix: 24,
        gateway: None,
    };
    NetConfig {
        ports: [port(CARD0, "10.0.0.254"), port(CARD1, "192.168.1.254")],
    }
}

fn config(method: ForwardMethod) -> Config {
    let key = ServiceKey::Addr {
        proto: Protocol::Tcp,
        addr: "10.0.0.100".parse().expect("vip"),
        port: 80,
    };
    let servers = (11..14)
        .map(|i| RealServer {
            addr: Ipv4Addr::new(192, 168, 1, i).into(),
            port: 80,
            method,
            weight: u32::from(i) - 10,
            u_threshold: 0,
            l_threshold: 0,
        })
        .collect();
    Config {
        services: vec![(
            Service {
                key,
                scheduler: Scheduler::Wrr,
                sched_flags: vec![],
                persistence: None,
                proxy_protocol: false,
            },
            servers,
        )],
        // FULLNAT: four local addresses, 64 512 ports each towards every real server
        // (DPVS-style pools; one address would run out at 64 512 connections to a
        // real server).
        local_addrs: if method == ForwardMethod::FullNat {
            (201..205)
                .map(|i| fpvs_agent::config::LocalAddr {
                    service: key,
                    addr: Ipv4Addr::new(192, 168, 1, i).into(),
                })
                .collect()
        } else {
            Vec::new()
        },
        ..Config::default()
    }
}

fn syn(i: u32) -> Vec<u8> {
    let client = Ipv4Addr::from(0x0A10_0000 + (i >> 14));
    let port = 1024 + (i & 0x3fff) as u16;
    Frame::tcp(&format!("{client}:{port}"), "10.0.0.100:80")
        .macs([2, 0xc1, 0, 0, 0, 2], CARD0)
        .flags(TcpFlags::SYN)
        .build()
}

fn arp_reply(last: u8) -> Vec<u8> {
    let rs = [0x02, 0x5e, 0, 0, 0, last];
    Arp::request(
        CARD1,
        "192.168.1.254".parse().expect("a"),
        Ipv4Addr::new(192, 168, 1, last),
    )
    .reply(rs)
    .frame(rs, CARD1)
}

fn meta(reason: ExceptionReason, port: u8) -> PuntMeta {
    PuntMeta {
        reason: reason as u8,
        port,
        l3_offset: 14,
        flow_hash: 0,
        timestamp: 0,
        service: 0,
    }
}

/// What one fake-card run measured, in connections per second.
struct Rates {
    /// Per second of wall time.
    wall: f64,
    /// Per second of this thread's CPU time (unlike wall time, not counting what other
    /// processes on a busy machine take): fpvsd and the fake card on one core.
    cpu: f64,
    /// Per second of the host side's CPU time alone: without the fake card's own work
    /// (executing commands and injections, writing exceptions), which a card does in
    /// hardware.
    host: f64,
}

fn fake(method: ForwardMethod, n: u32) -> Rates {
    use fpvs_driver::sys::thread_cpu;
    let dev = FakeDevice::new(FakeCardConfig {
        flow: FlowGeometry::new(16, 2),
        ..FakeCardConfig::default()
    })
    .expect("fake card");
    let card = CardLink::with_device(Box::new(dev.clone()), Mode::Poll).expect("card");
    let mut agent = Agent::new(card, net(), Indices::default());
    agent.sync(&config(method)).expect("config");
    for last in 11..14 {
        assert!(dev
            .card()
            .punt(&arp_reply(last), meta(ExceptionReason::Arp, 1)));
    }
    agent.poll(Duration::ZERO).expect("poll");
    let frames: Vec<Vec<u8>> = (0..n).map(syn).collect();
    let start = Instant::now();
    let cpu0 = thread_cpu();
    let busy0 = dev.card().busy();
    let mut punting = Duration::ZERO;
    let mut next = 0usize;
    while agent.stats().scheduled < u64::from(n) {
        assert_eq!(agent.stats().no_server, 0, "connections refused");
        {
            let t = thread_cpu();
            let mut c = dev.card();
            let (_, head, tail) = c.ring_state(fpvs_abi::regs::rings::Ring::Exc);
            let free = tail.wrapping_sub(head) as usize;
            for _ in 0..free.min(frames.len() - next) {
                c.punt(&frames[next], meta(ExceptionReason::NewFlow, 0));
                next += 1;
            }
            drop(c);
            punting += thread_cpu() - t;
        }
        agent.poll(Duration::ZERO).expect("poll");
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = thread_cpu() - cpu0;
    let card = dev.card().busy() - busy0 + punting;
    assert_eq!(agent.stats().reinjected, u64::from(n));
    Rates {
        wall: f64::from(n) / secs,
        cpu: f64::from(n) / cpu.as_secs_f64(),
        host: f64::from(n) / cpu.saturating_sub(card).as_secs_f64(),
    }
}

fn simulated(n: u32) -> (f64, u64) {
    let dir = std::env::temp_dir().join(format!("fpvs-slowpath-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let socket = dir.join("card.sock");
    let (dev, egress) = SimDevice::start(&SimOptions {
        width: 64,
        seed: 1,
        socket: socket.clone(),
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let card = CardLink::open(&CardAddress::VfioUser(socket)).expect("card");
    let mut agent = Agent::new(card, net(), Indices::default());
    agent.sync(&config(ForwardMethod::Dr)).expect("config");
    for last in 11..14 {
        dev.ingress(1, &arp_reply(last));
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while agent.stats().arp_resolved < 3 && Instant::now() < deadline {
        agent.poll(Duration::from_millis(2)).expect("poll");
    }
    while egress.try_recv().is_ok() {}
    let c0 = dev.stats().cycles;
    let start = Instant::now();
    // At most a window of new connections in flight: beyond the punt rate limiter's
    // burst the card drops SYNs (by design), and a client would retransmit.
    let window = 64;
    let mut sent = 0;
    let mut out = 0;
    while out < n {
        while sent < n && sent < out + window {
            dev.ingress(0, &syn(sent));
            sent += 1;
        }
        agent.poll(Duration::from_millis(1)).expect("poll");
        while let Ok((port, _)) = egress.try_recv() {
            if port == 1 {
                out += 1;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(300),
            "stalled at {out}"
        );
    }
    let secs = start.elapsed().as_secs_f64();
    let cycles = dev.stats().cycles - c0;
    drop(agent);
    dev.stop();
    let _ = std::fs::remove_dir_all(&dir);
    (f64::from(n) / secs, cycles / u64::from(n))
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let n = if quick { 50_000 } else { 200_000 };
    println!("new connections through the whole slow path (one core, batches of up to 1024)");
    println!(
        "  per second of wall time; per CPU second of fpvsd and the fake card on one core; \
         per CPU second of fpvsd alone (the fake card's own work, done by hardware on a \
         card, taken out)"
    );
    for (name, m) in [
        ("DR", ForwardMethod::Dr),
        ("NAT", ForwardMethod::Nat),
        ("FULLNAT", ForwardMethod::FullNat),
    ] {
        let r = fake(m, n);
        println!(
            "  fake card, {name:<8} {:>9.0}/s  {:>9.0}/CPU-s  {:>9.0}/CPU-s host alone",
            r.wall, r.cpu, r.host
        );
    }
    if std::env::args().any(|a| a == "--fake-only") {
        return;
    }
    let m = if quick { 2_000 } else { 10_000 };
    let (rate, cycles) = simulated(m);
    println!("  fpvs-sim (vfio-user, wide build), DR: {rate:.0} connections/s, {cycles} card cycles each");
}
