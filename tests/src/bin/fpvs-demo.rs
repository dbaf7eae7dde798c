//! The FPVS demo: the simulated card between real clients and real servers, in all
//! four LVS modes, configured with fpvsadm alone. No board needed.
//!
//! It builds a small network of namespaces (a client, a router, three real servers,
//! the load balancer with fpvs-sim and fpvsd), loads an ipvsadm script with
//! `fpvsadm -R`, and per mode sends HTTP and UDP requests, takes a real server down,
//! quiesces one with weight 0 under a live connection, and restarts fpvsd under
//! another; then prints what happened and the card's counters. Needs root.
//!
//! `cargo run --release -p fpvs-tests --bin fpvs-demo [-- --quick]`

use fpvs_tests::e2e::{self, Binaries, Topology, MODES};
use std::process::ExitCode;

fn main() -> ExitCode {
    let quick = std::env::args().any(|a| a == "--quick");
    let requests = if quick { 60 } else { 300 };
    println!("== building fpvs-sim, fpvsd, fpvsadm and the test peers");
    let bins = match Binaries::build() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("fpvs-demo: {e}");
            return ExitCode::FAILURE;
        }
    };
    let dir = std::env::temp_dir().join(format!("fpvs-demo-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    println!("== creating the network (namespaces, bridges, TAPs) and starting the card");
    let mut t = match Topology::create(bins, &dir) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("fpvs-demo: {e}");
            return ExitCode::FAILURE;
        }
    };
    let script = e2e::script();
    println!(
        "== fpvsadm -R < script ({} lines: HTTP, UDP and echo services per mode, weights 1:2:3)",
        script.lines().count()
    );
    if let Err(e) = t.adm_restore(&script) {
        eprintln!("fpvs-demo: fpvsadm -R: {e}");
        return ExitCode::FAILURE;
    }
    let mut reports = Vec::new();
    let mut ok = true;
    for (mode, (name, vip, _)) in MODES.iter().enumerate() {
        println!(
            "== {name} via {vip}: {requests} HTTP requests, 20 UDP{}",
            if quick {
                ""
            } else {
                ", a failed server, weight 0, an fpvsd restart"
            }
        );
        match e2e::run_mode(&mut t, mode, requests, !quick) {
            Ok(r) => {
                ok &= r.http.failed == 0 && r.udp.failed == 0;
                reports.push(r);
            }
            Err(e) => {
                eprintln!("fpvs-demo: {name}: {e}");
                ok = false;
            }
        }
    }
    println!();
    print!("{}", e2e::summary(&reports));
    println!();
    match t.adm(&["-L", "-n", "--stats", "-t", "10.0.0.100:80"]) {
        Ok(s) => print!("fpvsadm -L -n --stats -t 10.0.0.100:80\n{s}"),
        Err(e) => eprintln!("{e}"),
    }
    match t.adm(&["status"]) {
        Ok(s) => print!("\nfpvsadm status\n{s}"),
        Err(e) => eprintln!("{e}"),
    }
    drop(t);
    let _ = std::fs::remove_dir_all(&dir);
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
