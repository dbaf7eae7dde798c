//! Random but reproducible card contents and traffic.
//!
//! A scenario has services in every mode (DR, TUN, NAT, FULLNAT; TCP and UDP; some
//! scheduled in hardware by Maglev), four real servers each, next hops (some with VLAN
//! rewrite, one invalid), and flows — forward and reverse entries — up to a chosen
//! fill of the flow table, plus a few entries that punt or name an invalid next hop.
//! Its traffic mixes frames of those flows in every mode and direction, new
//! connections, strangers, control traffic, and malformed or truncated frames.

use fpvs_abi::{
    Action, FlowEntry, FlowKey, ForwardingMode, MacAddr, MaglevEntry, NextHop, ServiceEntry,
};
use fpvs_model::maglev::{self, Backend};
use fpvs_model::packet::{Frame, TcpFlags};
use fpvs_model::{Card, CardConfig};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::net::Ipv4Addr;

/// One virtual service of a scenario.
#[derive(Debug, Clone)]
pub struct ServiceSpec {
    /// Protocol.
    pub proto: u8,
    /// VIP.
    pub vip: u32,
    /// Port.
    pub port: u16,
    /// Forward mode of its real servers.
    pub mode: ForwardingMode,
    /// Maglev `(base, size)` if scheduled in hardware.
    pub maglev: Option<(u32, u32)>,
    /// Real-server indices.
    pub servers: Vec<u16>,
}

/// A loaded model card and what it holds.
#[derive(Debug, Clone)]
pub struct Scenario {
    /// The model card.
    pub card: Card,
    /// Services.
    pub services: Vec<ServiceSpec>,
    /// Keys with flow entries, and their modes.
    pub flows: Vec<(FlowKey, ForwardingMode)>,
}

const MODES: [(ForwardingMode, u8, bool); 8] = [
    (ForwardingMode::Dr, 6, false),
    (ForwardingMode::Dr, 17, true),
    (ForwardingMode::Tun, 6, true),
    (ForwardingMode::Tun, 17, false),
    (ForwardingMode::NatForward, 6, false),
    (ForwardingMode::NatForward, 17, false),
    (ForwardingMode::FullNatForward, 6, false),
    (ForwardingMode::FullNatForward, 17, false),
];

fn mac(a: u8, b: u8) -> MacAddr {
    MacAddr([0x02, 0, 0, 0x42, a, b])
}

/// Builds a scenario: `fill` is the fraction of the flow table to fill (0..=1).
pub fn build(config: CardConfig, seed: u64, fill: f64) -> Scenario {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut card = Card::new(CardConfig {
        now: 0x0001_2345,
        ..config
    });
    let t = &mut card.tables;
    let nh_count = config.nexthops.min(64);
    // Next hop 0 faces the clients; the last one stays invalid.
    for n in 0..nh_count - 1 {
        let vlan = (n % 5 == 3).then_some(100 + n);
        let port = if n == 0 { 0 } else { 1 };
        t.set_nexthop(
            n,
            Some(NextHop {
                dst_mac: mac(1, n as u8),
                src_mac: mac(0xa0, port),
                port,
                vlan,
            }),
        )
        .expect("next hop");
    }
    let bad_nexthop = nh_count - 1;
    let mut services = Vec::new();
    let mut maglev_base = 0u32;
    let mut rs_next = 0u16;
    let svc_count = (config.services as usize).min(16);
    for s in 0..svc_count {
        let (mode, proto, hw) = MODES[s % MODES.len()];
        let vip = u32::from(Ipv4Addr::new(10, 0, 0, 100 + s as u8));
        let port = [80, 443, 53, 8080][s % 4];
        let servers: Vec<u16> = (0..4).map(|i| rs_next + i).collect();
        rs_next += 4;
        for (i, &rs) in servers.iter().enumerate() {
            let a = real_server_action(
                s as u16,
                rs,
                mode,
                1 + (rs % (nh_count - 2)),
                i == 3 && s == 1,
            );
            t.set_real_server(rs, Some(a)).expect("real server");
        }
        let maglev = hw.then(|| {
            let size = maglev::prime_at_most((config.maglev_slots / 8).clamp(7, 4096));
            let backends: Vec<Backend> = servers
                .iter()
                .map(|&rs| Backend {
                    id: rs as u64 * 7919 + 1,
                    value: rs,
                    weight: 1 + rs as u32 % 3,
                })
                .collect();
            let mut slots: Vec<MaglevEntry> = maglev::build(&backends, size)
                .expect("prime")
                .into_iter()
                .map(MaglevEntry)
                .collect();
            slots[1] = MaglevEntry(None); // an empty slot: BadAction
            t.set_maglev(maglev_base, &slots).expect("maglev");
            let r = (maglev_base, size);
            maglev_base += size;
            r
        });
        t.insert_service(ServiceEntry {
            proto,
            vip,
            vport: port,
            service: s as u16,
            maglev,
        })
        .expect("service");
        services.push(ServiceSpec {
            proto,
            vip,
            port,
            mode,
            maglev,
            servers,
        });
    }
    // Flows up to the fill.
    let target = (config.flow_geometry.capacity() as f64 * fill) as usize;
    let mut flows = Vec::new();
    let mut client = 0u32;
    let mut misses = 0;
    while t.flow_count() < target && misses < 2000 {
        client += 1;
        let s = &services[rng.gen_range(0..services.len())];
        let rs = s.servers[rng.gen_range(0..s.servers.len())];
        let key = FlowKey {
            saddr: u32::from(Ipv4Addr::new(172, 20, 0, 0)) + client,
            daddr: s.vip,
            sport: rng.gen_range(1024..65535),
            dport: s.port,
            proto: s.proto,
        };
        let mut a = *t.real_server(rs).expect("rs");
        if s.mode == ForwardingMode::FullNatForward {
            a.new_sport = 10000 + (client % 50000) as u16;
            a.seq_delta = if s.proto == 6 {
                rng.gen_range(0..64)
            } else {
                0
            };
        }
        match rng.gen_range(0..200) {
            0 => a.mode = ForwardingMode::Punt,
            1 => a.nexthop = bad_nexthop,
            _ => {}
        }
        if t.insert_flow(FlowEntry { key, action: a }).is_err() {
            misses += 1;
            continue;
        }
        flows.push((key, a.mode));
        if let Some(rev) = reverse(&key, &a) {
            if t.insert_flow(rev).is_ok() {
                flows.push((rev.key, rev.action.mode));
            }
        }
    }
    Scenario {
        card,
        services,
        flows,
    }
}

fn real_server_action(
    service: u16,
    rs: u16,
    mode: ForwardingMode,
    nexthop: u16,
    invalid: bool,
) -> Action {
    Action {
        mode,
        nexthop,
        service,
        real_server: rs,
        new_saddr: match mode {
            ForwardingMode::Tun => u32::from(Ipv4Addr::new(172, 16, 0, 1)),
            ForwardingMode::FullNatForward => u32::from(Ipv4Addr::new(172, 16, 0, 2)),
            _ => 0,
        },
        new_daddr: u32::from(Ipv4Addr::new(
            192,
            168,
            (rs / 200) as u8,
            10 + (rs % 200) as u8,
        )),
        new_sport: 0,
        new_dport: if matches!(
            mode,
            ForwardingMode::NatForward | ForwardingMode::FullNatForward
        ) {
            8000 + rs
        } else {
            0
        },
        seq_delta: 0,
    }
    .with_invalid_mode(invalid)
}

trait Invalid {
    fn with_invalid_mode(self, invalid: bool) -> Self;
}

impl Invalid for Action {
    /// A real server the host marked as punting (the card sends its frames up).
    fn with_invalid_mode(mut self, punt: bool) -> Self {
        if punt {
            self.mode = ForwardingMode::Punt;
        }
        self
    }
}

/// The reverse entry of a NAT or FULLNAT connection.
pub fn reverse(key: &FlowKey, a: &Action) -> Option<FlowEntry> {
    let mode = match a.mode {
        ForwardingMode::NatForward => ForwardingMode::NatReverse,
        ForwardingMode::FullNatForward => ForwardingMode::FullNatReverse,
        _ => return None,
    };
    let fullnat = mode == ForwardingMode::FullNatReverse;
    Some(FlowEntry {
        key: FlowKey {
            saddr: a.new_daddr,
            daddr: if fullnat { a.new_saddr } else { key.saddr },
            sport: a.new_dport,
            dport: if fullnat { a.new_sport } else { key.sport },
            proto: key.proto,
        },
        action: Action {
            mode,
            nexthop: 0,
            new_saddr: key.daddr,
            new_daddr: key.saddr,
            new_sport: key.dport,
            new_dport: key.sport,
            ..*a
        },
    })
}

fn addr(a: u32, p: u16) -> String {
    format!("{}:{}", Ipv4Addr::from(a), p)
}

/// `n` frames of traffic for `s`, each with its ingress port.
pub fn traffic(s: &Scenario, n: usize, seed: u64) -> Vec<(u8, Vec<u8>)> {
    let mut rng = StdRng::seed_from_u64(seed);
    (0..n).map(|_| one_frame(s, &mut rng)).collect()
}

fn one_frame(s: &Scenario, rng: &mut StdRng) -> (u8, Vec<u8>) {
    let roll = rng.gen_range(0..100);
    let key = if roll < 60 && !s.flows.is_empty() {
        s.flows[rng.gen_range(0..s.flows.len())].0
    } else if roll < 75 {
        let svc = &s.services[rng.gen_range(0..s.services.len())];
        FlowKey {
            saddr: rng.gen(),
            daddr: svc.vip,
            sport: rng.gen(),
            dport: svc.port,
            proto: svc.proto,
        }
    } else if roll < 80 {
        FlowKey {
            saddr: rng.gen(),
            daddr: rng.gen(),
            sport: rng.gen(),
            dport: rng.gen(),
            proto: [6, 17][rng.gen_range(0..2)],
        }
    } else if roll < 90 {
        return (rng.gen_range(0..2), control_frame(rng));
    } else {
        let (p, f) = one_frame(s, rng);
        return (p, corrupt(f, rng));
    };
    let (src, dst) = (addr(key.saddr, key.sport), addr(key.daddr, key.dport));
    let mut f = if key.proto == 6 {
        let flags = [
            TcpFlags::SYN,
            TcpFlags::ACK,
            TcpFlags::ACK | TcpFlags::PSH,
            TcpFlags::SYN | TcpFlags::ACK,
            TcpFlags::FIN | TcpFlags::ACK,
            TcpFlags::RST,
        ][rng.gen_range(0..6)];
        Frame::tcp(&src, &dst)
            .flags(flags)
            .seq_ack(rng.gen(), rng.gen())
    } else if rng.gen_bool(0.2) {
        Frame::udp(&src, &dst).no_udp_checksum()
    } else {
        Frame::udp(&src, &dst)
    };
    let payload = match rng.gen_range(0..20) {
        0 => rng.gen_range(1400..9000),
        1..=5 => rng.gen_range(400..1460),
        6..=10 => 0,
        _ => rng.gen_range(1..200),
    };
    f = f
        .payload_len(payload)
        .ttl([64, 64, 64, 2, 1, 0, 255][rng.gen_range(0..7)])
        .df(rng.gen_bool(0.7))
        .tos(rng.gen());
    if rng.gen_bool(0.3) {
        f = f.vlan(rng.gen_range(1..4095));
    }
    if rng.gen_bool(0.15) {
        f = f.pad_to(rng.gen_range(60..80));
    }
    (rng.gen_range(0..2), f.build())
}

fn control_frame(rng: &mut StdRng) -> Vec<u8> {
    let t = || Frame::tcp("10.1.2.3:1234", "10.0.0.100:80");
    let tagged = |f: Frame, rng: &mut StdRng| if rng.gen_bool(0.3) { f.vlan(7) } else { f };
    match rng.gen_range(0..13) {
        0 => Frame::arp_request("10.1.2.3", "10.0.0.100").build(),
        1 => Frame::icmp("10.1.2.3:0", "10.0.0.100:0", 8)
            .payload_len(56)
            .build(),
        2 => t().fragment(true, 0).build(),
        3 => t().fragment(false, 100).build(),
        4 => t().ip_options(&[1, 1, 1, 1]).build(),
        5 => t().bad_ip_checksum().build(),
        6 => Frame::ethertype(0x86DD, &[0x60; 60]).build(),
        7 => Frame::ip_proto("10.1.2.3:0", "10.0.0.100:0", 47)
            .payload_len(40)
            .build(),
        8 => t().vlan(7).ip_version(5).build(),
        // A header length below the minimum (0..4 words), or past the frame's end.
        9 | 10 => {
            let len = rng.gen_range(0..40);
            let mut f = tagged(t(), rng).payload_len(len).build();
            let l3 = if f[12] == 0x81 { 18 } else { 14 };
            let ihl = if rng.gen_bool(0.5) {
                rng.gen_range(0..5)
            } else {
                rng.gen_range(6..16)
            };
            f[l3] = 0x40 | ihl;
            f
        }
        // A runt: cut inside the Ethernet, IPv4 or TCP header (before any padding).
        11 => {
            let cut = rng.gen_range(1..54);
            tagged(t(), rng).truncate(cut).build()
        }
        // A TCP/UDP header cut short, padded to the minimum frame as a port would pad it.
        _ => {
            let cut = 14 + 20 + rng.gen_range(0..20);
            let f = if rng.gen_bool(0.5) {
                t()
            } else {
                Frame::udp("10.1.2.3:53", "10.0.0.100:53")
            };
            let mut b = f.truncate(cut).build();
            b.resize(60, 0);
            b
        }
    }
}

fn corrupt(mut f: Vec<u8>, rng: &mut StdRng) -> Vec<u8> {
    if f.is_empty() {
        return f;
    }
    match rng.gen_range(0..5) {
        0 => {
            let n = rng.gen_range(0..f.len());
            f.truncate(n);
        }
        1 => {
            let i = rng.gen_range(0..f.len().min(60));
            f[i] ^= 1 << rng.gen_range(0..8);
        }
        2 => {
            let n = rng.gen_range(0..100);
            f = (0..n).map(|_| rng.gen()).collect();
        }
        3 if f.len() > 20 => {
            // IPv4 total length off by a little (either way).
            let l3 = if f[12] == 0x81 { 18 } else { 14 };
            if f.len() > l3 + 4 {
                let tl = u16::from_be_bytes([f[l3 + 2], f[l3 + 3]]);
                let d: i32 = rng.gen_range(-8..8);
                let v = (tl as i32 + d).clamp(0, 65535) as u16;
                f[l3 + 2..l3 + 4].copy_from_slice(&v.to_be_bytes());
            }
        }
        _ => f.extend((0..rng.gen_range(1..30)).map(|_| rng.gen::<u8>())),
    }
    f
}
