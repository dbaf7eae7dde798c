//! The reference model's single-core speed, per mode, at 64-byte and 1514-byte frames:
//! the software baseline the card is compared with. Prints a table and writes
//! `target/model-bench.json`.
//!
//! `cargo run --release -p fpvs-model --bin model-bench`

#![forbid(unsafe_code)]

use fpvs_abi::{Action, FlowEntry, FlowKey, ForwardingMode, MacAddr, NextHop};
use fpvs_model::packet::{ip, Frame, TcpFlags};
use fpvs_model::{Card, CardConfig, Verdict};
use std::hint::black_box;
use std::time::Instant;

const MODES: [ForwardingMode; 6] = [
    ForwardingMode::Dr,
    ForwardingMode::Tun,
    ForwardingMode::NatForward,
    ForwardingMode::NatReverse,
    ForwardingMode::FullNatForward,
    ForwardingMode::FullNatReverse,
];

fn main() {
    let mut card = Card::new(CardConfig::WIDE);
    let nh = NextHop {
        dst_mac: MacAddr([2, 0, 0, 0, 0, 1]),
        src_mac: MacAddr([2, 0, 0, 0, 0, 2]),
        port: 1,
        vlan: None,
    };
    card.tables.set_nexthop(0, Some(nh)).expect("next hop");
    // Flows of 4 096 clients per mode, so lookups walk a populated table.
    const CLIENTS: u32 = 4096;
    for (m, mode) in MODES.iter().enumerate() {
        for c in 0..CLIENTS {
            let key = FlowKey {
                saddr: ip("10.0.0.0") + ((m as u32) << 16 | c),
                daddr: ip("10.9.0.1"),
                sport: 40000,
                dport: 80,
                proto: 6,
            };
            let action = Action {
                mode: *mode,
                nexthop: 0,
                service: 0,
                real_server: 0,
                new_saddr: ip("172.16.0.1"),
                new_daddr: ip("192.168.1.10"),
                new_sport: 20000,
                new_dport: 8080,
                seq_delta: 28,
            };
            card.tables
                .insert_flow(FlowEntry { key, action })
                .expect("flow");
        }
    }
    card.tables.config.tun_mtu = 9100;
    println!("FPVS reference model, one core: frames per second");
    println!("{:<14} {:>14} {:>14}", "mode", "64 B", "1514 B");
    let mut json = Vec::new();
    for (m, mode) in MODES.iter().enumerate() {
        let mut row = Vec::new();
        for size in [64usize, 1514] {
            let frames: Vec<Vec<u8>> = (0..256u32)
                .map(|c| {
                    let src = format!(
                        "{}:40000",
                        std::net::Ipv4Addr::from(
                            ip("10.0.0.0") + ((m as u32) << 16 | (c * 13 % CLIENTS))
                        )
                    );
                    Frame::tcp(&src, "10.9.0.1:80")
                        .flags(TcpFlags::ACK)
                        .payload_len(size - 54)
                        .build()
                })
                .collect();
            let mut n = 0u64;
            let t = Instant::now();
            while t.elapsed().as_millis() < 400 {
                for f in &frames {
                    let v = card.receive(black_box(f), 0);
                    assert!(
                        matches!(v, Verdict::Forward { .. }),
                        "{mode:?}: not forwarded"
                    );
                    black_box(v);
                    n += 1;
                }
            }
            let rate = n as f64 / t.elapsed().as_secs_f64();
            row.push(rate);
            json.push(format!(
                "{{\"mode\":\"{}\",\"size\":{size},\"frames_per_s\":{rate:.0}}}",
                mode.name()
            ));
        }
        println!("{:<14} {:>14.0} {:>14.0}", mode.name(), row[0], row[1]);
    }
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/model-bench.json");
    let path = path.canonicalize().unwrap_or(path);
    let _ = std::fs::write(&path, format!("[{}]\n", json.join(",\n")));
    println!("figures written to {}", path.display());
}
