//! `sched-bench`: scheduling decisions per second of each IPVS scheduler, on one
//! thread.
//!
//! ```text
//! sched-bench [DECISIONS] [SERVERS]      (defaults: 10000000 decisions, 16 servers)
//! ```
//!
//! Servers have weights 1, 2, 3, 4, 1, 2, ... and are all available. Clients are drawn
//! from 65 536 pseudo-random ones. Every decision opens a connection on the server
//! picked and closes one on another (in turn), so the load-based schedulers see loads
//! that change; that bookkeeping is included in the figures. Build with `--release`.

#![forbid(unsafe_code)]

use fpvs_agent::config::Scheduler;
use fpvs_agent::sched::{self, Candidate, Client};
use fpvs_model::maglev::DEFAULT_SIZE;
use std::hint::black_box;
use std::time::Instant;

/// Distinct clients cycled through (a power of two).
const CLIENTS: usize = 1 << 16;

fn clients() -> Vec<Client> {
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    (0..CLIENTS)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            Client {
                saddr: (x >> 32) as u32,
                sport: (x >> 8) as u16,
                daddr: 0x0A00_0001,
                dport: 80,
            }
        })
        .collect()
}

fn arg(args: &[String], i: usize, default: usize) -> usize {
    match args.get(i) {
        None => default,
        Some(a) => a.replace('_', "").parse().unwrap_or_else(|_| {
            eprintln!("usage: sched-bench [DECISIONS] [SERVERS]");
            std::process::exit(2)
        }),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let decisions = arg(&args, 0, 10_000_000);
    let n = arg(&args, 1, 16).max(1);
    let clients = clients();
    let fresh: Vec<Candidate> = (0..n)
        .map(|i| Candidate {
            weight: 1 + (i % 4) as u32,
            active: 0,
            inactive: 0,
            available: true,
        })
        .collect();

    println!("{decisions} decisions over {n} servers, one thread");
    println!(
        "{:<6} {:>10} {:>14} {:>12}",
        "sched", "seconds", "decisions/s", "ns/decision"
    );
    for kind in Scheduler::ALL {
        let mut servers = fresh.clone();
        let mut s = sched::new(kind, &[], &servers);
        let mut none = 0u64;
        let start = Instant::now();
        for k in 0..decisions {
            let client = black_box(&clients[k & (CLIENTS - 1)]);
            match black_box(s.pick(&servers, client)) {
                Some(i) => servers[i].active += 1,
                None => none += 1,
            }
            let j = k % n;
            if servers[j].active > 0 {
                servers[j].active -= 1;
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{:<6} {:>10.3} {:>14.0} {:>12.1}{}",
            kind.name(),
            secs,
            decisions as f64 / secs,
            secs * 1e9 / decisions as f64,
            if none > 0 {
                format!("   ({none} without a server)")
            } else {
                String::new()
            }
        );
    }

    // Rebuild costs: what a change to the server set costs the slow path.
    let ids: Vec<u64> = (0..n as u64)
        .map(|i| (0x0A01_0000 + i) << 16 | 80)
        .collect();
    let mut s = sched::new_with_ids(Scheduler::Mh, &[], &fresh, &ids);
    let rounds = 20;
    let start = Instant::now();
    for _ in 0..rounds {
        s.reset_with_ids(black_box(&fresh), &ids);
    }
    let mh_reset = start.elapsed().as_secs_f64() / f64::from(rounds);
    let start = Instant::now();
    for _ in 0..rounds {
        black_box(sched::maglev_table(black_box(&fresh), &ids, DEFAULT_SIZE));
    }
    let table = start.elapsed().as_secs_f64() / f64::from(rounds);
    println!(
        "rebuild: mh reset {:.2} ms, maglev_table {:.2} ms ({DEFAULT_SIZE} slots)",
        mh_reset * 1e3,
        table * 1e3
    );
}
