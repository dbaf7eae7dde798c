//! A mixed trace through the reference model: four virtual services, one per LVS
//! mode, clients opening and closing connections, replies from real servers, and the
//! frames a load balancer must not forward (ARP, ICMP, fragments, garbage).
//!
//! New connections go to a small host slow path (round robin over the real servers,
//! forward and reverse entries installed with the driver's cuckoo placement, the frame
//! re-injected), except for the Maglev service, which the card schedules itself.
//! Prints the verdicts and the per-service and per-real-server counters.

#![forbid(unsafe_code)]

use fpvs_abi::{
    Action, Direction, ExceptionReason, FlowEntry, FlowKey, ForwardingMode, MacAddr, MaglevEntry,
    NextHop, ServiceEntry,
};
use fpvs_model::maglev::{self, Backend};
use fpvs_model::packet::{ip, Frame, TcpFlags};
use fpvs_model::{Card, CardConfig, Verdict};
use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::time::Instant;

const LB_TUNNEL_IP: &str = "172.16.0.1";
const FULLNAT_LOCAL_IP: &str = "172.16.0.2";

struct DemoService {
    name: &'static str,
    proto: u8,
    vip: &'static str,
    port: u16,
    mode: ForwardingMode,
    reverse: Option<ForwardingMode>,
    servers: [&'static str; 3],
    hw: bool,
}

const SERVICES: [DemoService; 4] = [
    DemoService {
        name: "DR",
        proto: 6,
        vip: "10.0.0.100",
        port: 80,
        mode: ForwardingMode::Dr,
        reverse: None,
        servers: ["192.168.1.11", "192.168.1.12", "192.168.1.13"],
        hw: false,
    },
    DemoService {
        name: "TUN, Maglev in hw",
        proto: 6,
        vip: "10.0.0.101",
        port: 443,
        mode: ForwardingMode::Tun,
        reverse: None,
        servers: ["192.168.2.21", "192.168.2.22", "192.168.2.23"],
        hw: true,
    },
    DemoService {
        name: "NAT",
        proto: 6,
        vip: "10.0.0.102",
        port: 8080,
        mode: ForwardingMode::NatForward,
        reverse: Some(ForwardingMode::NatReverse),
        servers: ["192.168.3.31", "192.168.3.32", "192.168.3.33"],
        hw: false,
    },
    DemoService {
        name: "FULLNAT",
        proto: 17,
        vip: "10.0.0.103",
        port: 53,
        mode: ForwardingMode::FullNatForward,
        reverse: Some(ForwardingMode::FullNatReverse),
        servers: ["192.168.4.41", "192.168.4.42", "192.168.4.43"],
        hw: false,
    },
];

fn mac(last: u8) -> MacAddr {
    MacAddr([0x02, 0, 0, 0, 0, last])
}

fn rs_index(svc: usize, i: usize) -> u16 {
    (svc * 3 + i) as u16
}

/// Next hops: 0 = the client-side router, 1.. = one per real server.
fn setup(card: &mut Card) {
    let t = &mut card.tables;
    t.set_nexthop(
        0,
        Some(NextHop {
            dst_mac: mac(0xfe),
            src_mac: mac(0xa0),
            port: fpvs_abi::PORT_CLIENT,
            vlan: None,
        }),
    )
    .expect("next hop");
    let mut maglev_base = 0;
    for (s, svc) in SERVICES.iter().enumerate() {
        for i in 0..3 {
            let rs = rs_index(s, i);
            t.set_nexthop(
                rs + 1,
                Some(NextHop {
                    dst_mac: mac(0x10 + rs as u8),
                    src_mac: mac(0xa1),
                    port: fpvs_abi::PORT_SERVER,
                    vlan: None,
                }),
            )
            .expect("next hop");
            let a = forward_action(s, i, 0, 0);
            t.set_real_server(rs, Some(a)).expect("real server");
        }
        let maglev = svc.hw.then(|| {
            let size = maglev::prime_at_most(1021);
            let backends: Vec<Backend> = (0..3)
                .map(|i| Backend {
                    id: ip(svc.servers[i]) as u64,
                    value: rs_index(s, i),
                    weight: 1,
                })
                .collect();
            let table = maglev::build(&backends, size).expect("prime size");
            let slots: Vec<MaglevEntry> = table.into_iter().map(MaglevEntry).collect();
            t.set_maglev(maglev_base, &slots).expect("maglev");
            let r = (maglev_base, size);
            maglev_base += size;
            r
        });
        t.insert_service(ServiceEntry {
            proto: svc.proto,
            vip: ip(svc.vip),
            vport: svc.port,
            service: s as u16,
            maglev,
        })
        .expect("service");
    }
}

fn forward_action(s: usize, i: usize, lport: u16, delta: u16) -> Action {
    let svc = &SERVICES[s];
    let rs = rs_index(s, i);
    let (new_saddr, new_sport) = match svc.mode {
        ForwardingMode::Tun => (ip(LB_TUNNEL_IP), 0),
        ForwardingMode::FullNatForward => (ip(FULLNAT_LOCAL_IP), lport),
        _ => (0, 0),
    };
    Action {
        mode: svc.mode,
        nexthop: rs + 1,
        service: s as u16,
        real_server: rs,
        new_saddr,
        new_daddr: ip(svc.servers[i]),
        new_sport,
        new_dport: if svc.mode == ForwardingMode::NatForward
            || svc.mode == ForwardingMode::FullNatForward
        {
            svc.port + 1000
        } else {
            0
        },
        seq_delta: delta,
    }
}

struct DemoConn {
    svc: usize,
    client: String,
    rs: usize,
    lport: u16,
}

#[derive(Default)]
struct DemoTally {
    by_verdict: BTreeMap<String, u64>,
    frames: u64,
}

impl DemoTally {
    fn note(&mut self, v: &Verdict) {
        self.frames += 1;
        let k = match v {
            Verdict::Forward { .. } => "forward".to_string(),
            Verdict::Exception { reason, .. } => format!("exception: {}", reason.name()),
            Verdict::Drop { reason } => format!("drop: {}", reason.name()),
        };
        *self.by_verdict.entry(k).or_default() += 1;
    }
}

fn client_frame(svc: &DemoService, client: &str, flags: u8, len: usize) -> Vec<u8> {
    let dst = format!("{}:{}", svc.vip, svc.port);
    if svc.proto == 17 {
        Frame::udp(client, &dst).payload_len(len).build()
    } else {
        Frame::tcp(client, &dst)
            .flags(flags)
            .payload_len(len)
            .build()
    }
}

fn main() {
    let mut card = Card::new(CardConfig::NARROW);
    setup(&mut card);
    let mut tally = DemoTally::default();
    let mut conns: Vec<DemoConn> = Vec::new();
    let mut rr = [0usize; 4];
    let mut next_lport = 20000u16;
    let mut installed = 0u64;
    let started = Instant::now();

    let clients_per_service = 200;
    for c in 0..clients_per_service {
        for (s, svc) in SERVICES.iter().enumerate() {
            let client = format!("10.1.{}.{}:{}", c / 250, 1 + c % 250, 30000 + c);
            let first = client_frame(svc, &client, TcpFlags::SYN, 0);
            let v = card.receive(&first, fpvs_abi::PORT_CLIENT);
            tally.note(&v);
            match v {
                Verdict::Exception {
                    reason: ExceptionReason::NewFlow,
                    frame,
                    ..
                } => {
                    // Host slow path: schedule, install, re-inject.
                    let i = rr[s] % 3;
                    rr[s] += 1;
                    let lport = next_lport;
                    next_lport += 1;
                    let fwd = forward_action(s, i, lport, 0);
                    let key = key_of(svc, &client);
                    card.tables
                        .insert_flow(FlowEntry { key, action: fwd })
                        .expect("flow table has room");
                    installed += 1;
                    if let Some(rev_mode) = svc.reverse {
                        let (rkey, raction) = reverse_entry(s, i, &client, lport, rev_mode);
                        card.tables
                            .insert_flow(FlowEntry {
                                key: rkey,
                                action: raction,
                            })
                            .expect("flow table has room");
                        installed += 1;
                    }
                    tally.note(&card.inject(&frame, fpvs_abi::PORT_CLIENT, false));
                    conns.push(DemoConn {
                        svc: s,
                        client,
                        rs: i,
                        lport,
                    });
                }
                Verdict::Forward {
                    notify: Some(n), ..
                } => {
                    // Maglev picked the real server in hardware; the host pins the flow.
                    let i = (n.real_server - rs_index(s, 0)) as usize;
                    card.tables
                        .insert_flow(FlowEntry {
                            key: n.key,
                            action: forward_action(s, i, 0, 0),
                        })
                        .expect("flow table has room");
                    installed += 1;
                    conns.push(DemoConn {
                        svc: s,
                        client,
                        rs: i,
                        lport: 0,
                    });
                }
                other => panic!("unexpected verdict for a new connection: {other:?}"),
            }
        }
    }

    // Established traffic: requests, replies (NAT/FULLNAT come back through the card).
    for round in 0..20 {
        for conn in &conns {
            let svc = &SERVICES[conn.svc];
            let len = [0, 64, 512, 1400][round % 4];
            tally.note(&card.receive(
                &client_frame(svc, &conn.client, TcpFlags::ACK | TcpFlags::PSH, len),
                fpvs_abi::PORT_CLIENT,
            ));
            if svc.reverse.is_some() {
                let reply = reply_frame(conn, len * 2);
                tally.note(&card.receive(&reply, fpvs_abi::PORT_SERVER));
            }
        }
    }
    // Noise a load balancer meets.
    let noise: Vec<Vec<u8>> = vec![
        Frame::arp_request("10.0.0.2", "10.0.0.100").build(),
        Frame::icmp("10.0.0.2:0", "10.0.0.100:0", 8).build(),
        Frame::tcp("10.0.0.2:1234", "10.9.9.9:80")
            .flags(TcpFlags::SYN)
            .build(),
        Frame::udp("10.0.0.2:1234", "10.0.0.103:53")
            .fragment(true, 0)
            .build(),
        Frame::tcp("10.0.0.2:1234", "10.0.0.100:80")
            .bad_ip_checksum()
            .build(),
        Frame::tcp("10.0.0.2:1234", "10.0.0.100:80")
            .payload_len(100)
            .truncate(80)
            .build(),
        Frame::ethertype(0x86DD, &[0x60; 40]).build(),
        vec![0u8; 10],
    ];
    for _ in 0..50 {
        for f in &noise {
            tally.note(&card.receive(f, fpvs_abi::PORT_CLIENT));
        }
    }
    // Connections close.
    for conn in &conns {
        let svc = &SERVICES[conn.svc];
        if svc.proto == 6 {
            tally.note(&card.receive(
                &client_frame(svc, &conn.client, TcpFlags::FIN | TcpFlags::ACK, 0),
                fpvs_abi::PORT_CLIENT,
            ));
        }
    }
    let elapsed = started.elapsed();
    report(&card, &tally, &conns, installed, elapsed.as_secs_f64());
}

fn key_of(svc: &DemoService, client: &str) -> FlowKey {
    let c: std::net::SocketAddrV4 = client.parse().expect("client address");
    FlowKey {
        saddr: u32::from(*c.ip()),
        daddr: ip(svc.vip),
        sport: c.port(),
        dport: svc.port,
        proto: svc.proto,
    }
}

fn reverse_entry(
    s: usize,
    i: usize,
    client: &str,
    lport: u16,
    mode: ForwardingMode,
) -> (FlowKey, Action) {
    let svc = &SERVICES[s];
    let c: std::net::SocketAddrV4 = client.parse().expect("client address");
    let rs_port = svc.port + 1000;
    let (daddr, dport) = if mode == ForwardingMode::FullNatReverse {
        (ip(FULLNAT_LOCAL_IP), lport)
    } else {
        (u32::from(*c.ip()), c.port())
    };
    let key = FlowKey {
        saddr: ip(svc.servers[i]),
        daddr,
        sport: rs_port,
        dport,
        proto: svc.proto,
    };
    let action = Action {
        mode,
        nexthop: 0,
        service: s as u16,
        real_server: rs_index(s, i),
        new_saddr: ip(svc.vip),
        new_daddr: u32::from(*c.ip()),
        new_sport: svc.port,
        new_dport: c.port(),
        seq_delta: 0,
    };
    (key, action)
}

fn reply_frame(conn: &DemoConn, len: usize) -> Vec<u8> {
    let svc = &SERVICES[conn.svc];
    let src = format!("{}:{}", svc.servers[conn.rs], svc.port + 1000);
    let dst = if svc.reverse == Some(ForwardingMode::FullNatReverse) {
        format!("{}:{}", FULLNAT_LOCAL_IP, conn.lport)
    } else {
        conn.client.clone()
    };
    if svc.proto == 17 {
        Frame::udp(&src, &dst).payload_len(len).build()
    } else {
        Frame::tcp(&src, &dst)
            .flags(TcpFlags::ACK)
            .payload_len(len)
            .build()
    }
}

fn report(card: &Card, tally: &DemoTally, conns: &[DemoConn], installed: u64, secs: f64) {
    println!("FPVS reference model — mixed trace through a narrow-build card");
    println!(
        "  {} frames, {} connections, {} flow entries installed ({} in the table), {:.0} frames/s",
        tally.frames,
        conns.len(),
        installed,
        card.tables.flow_count(),
        tally.frames as f64 / secs
    );
    println!("\nVerdicts");
    for (k, n) in &tally.by_verdict {
        println!("  {k:<28} {n:>8}");
    }
    println!(
        "\n{:<36} {:>8} {:>8} {:>10} {:>8} {:>10}",
        "DemoService", "Conns", "InPkts", "InBytes", "OutPkts", "OutBytes"
    );
    for (s, svc) in SERVICES.iter().enumerate() {
        let i = card.service_counters[2 * s + Direction::In as usize];
        let o = card.service_counters[2 * s + Direction::Out as usize];
        let n = conns.iter().filter(|c| c.svc == s).count();
        let proto = if svc.proto == 6 { "TCP" } else { "UDP" };
        println!(
            "{:<36} {:>8} {:>8} {:>10} {:>8} {:>10}",
            format!("{proto} {}:{} {}", svc.vip, svc.port, svc.name),
            n,
            i.packets,
            i.bytes,
            o.packets,
            o.bytes
        );
        for r in 0..3 {
            let rs = rs_index(s, r) as usize;
            let ri = card.real_server_counters[2 * rs];
            let ro = card.real_server_counters[2 * rs + 1];
            let nc = conns.iter().filter(|c| c.svc == s && c.rs == r).count();
            println!(
                "  -> {:<31} {:>8} {:>8} {:>10} {:>8} {:>10}",
                Ipv4Addr::from(ip(svc.servers[r])).to_string(),
                nc,
                ri.packets,
                ri.bytes,
                ro.packets,
                ro.bytes
            );
        }
    }
    let st = &card.stats;
    println!(
        "\nCard STATS: rx {} fwd {} exc {} drop {} notify {} inject {}",
        st.rx_frames,
        st.fwd_frames,
        st.exc_frames,
        st.drop_frames,
        st.notify_records,
        st.inj_frames
    );
}
