//! A small standard card for block tests: next hops, real servers in every mode, a
//! Maglev service, flows — built in the reference model, then written into the RTL
//! tables. The same setup drives the model and the hardware.

use fpvs_abi::{
    Action, FlowEntry, FlowGeometry, FlowKey, ForwardingMode, MacAddr, MaglevEntry, NextHop,
    ServiceEntry,
};
use fpvs_model::maglev::{self, Backend};
use fpvs_model::packet::{ip, Frame, TcpFlags};
use fpvs_model::{CardConfig, Tables};
use rand::{Rng, SeedableRng};

use crate::records::{HeaderMeta, KIND_CONTINUE};

/// The testbed's geometry: small, so rust-hdl's simulator stays quick.
pub fn config() -> CardConfig {
    CardConfig {
        flow_geometry: FlowGeometry::new(4, 1),
        service_geometry: FlowGeometry::new(2, 1),
        maglev_slots: 1024,
        real_servers: 32,
        nexthops: 32,
        services: 32,
        now: 0x1234,
        ..CardConfig::NARROW
    }
}

/// VIPs: .100 DR/TCP 80, .101 TUN (Maglev) TCP 443, .102 NAT TCP 8080, .103 FULLNAT UDP 53,
/// .104 host-scheduled TCP 22 (no flows).
pub const VIPS: [(&str, u8, u16, ForwardingMode); 5] = [
    ("10.0.0.100", 6, 80, ForwardingMode::Dr),
    ("10.0.0.101", 6, 443, ForwardingMode::Tun),
    ("10.0.0.102", 6, 8080, ForwardingMode::NatForward),
    ("10.0.0.103", 17, 53, ForwardingMode::FullNatForward),
    ("10.0.0.104", 6, 22, ForwardingMode::Dr),
];

fn mac(b: u8) -> MacAddr {
    MacAddr([0x02, 0, 0, 0, 0x10, b])
}

/// Real server `i` of service `s`.
pub fn rs_action(s: usize, i: usize, mode: ForwardingMode, delta: u16) -> Action {
    let rs = (s * 3 + i) as u16;
    Action {
        mode,
        nexthop: 1 + rs % 20,
        service: s as u16,
        real_server: rs,
        new_saddr: if mode == ForwardingMode::Tun {
            ip("172.16.0.1")
        } else {
            ip("172.16.0.2")
        },
        new_daddr: ip("192.168.1.10") + rs as u32,
        new_sport: 20000 + rs,
        new_dport: 9000 + rs,
        seq_delta: delta,
    }
}

/// Builds the tables; returns them with the client keys that have flows.
pub fn tables(seed: u64) -> (Tables, Vec<(FlowKey, ForwardingMode)>) {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut t = Tables::new(config());
    t.set_nexthop(
        0,
        Some(NextHop {
            dst_mac: mac(0xfe),
            src_mac: mac(0xa0),
            port: 0,
            vlan: None,
        }),
    )
    .expect("nh");
    for n in 1..21u16 {
        let vlan = (n % 3 == 0).then_some(100 + n);
        t.set_nexthop(
            n,
            Some(NextHop {
                dst_mac: mac(n as u8),
                src_mac: mac(0xa1),
                port: 1,
                vlan,
            }),
        )
        .expect("nh");
    }
    // next hop 21 stays invalid (BadAction)
    for (s, (vip, proto, port, mode)) in VIPS.iter().enumerate() {
        for i in 0..3 {
            t.set_real_server((s * 3 + i) as u16, Some(rs_action(s, i, *mode, 0)))
                .expect("rs");
        }
        let maglev = (*mode == ForwardingMode::Tun).then(|| {
            let size = 251;
            let b: Vec<Backend> = (0..3)
                .map(|i| Backend {
                    id: i as u64 + 1,
                    value: (s * 3 + i) as u16,
                    weight: 1,
                })
                .collect();
            let table = maglev::build(&b, size).expect("prime");
            let mut slots: Vec<MaglevEntry> = table.into_iter().map(MaglevEntry).collect();
            slots[7] = MaglevEntry(None);
            t.set_maglev(100, &slots).expect("maglev");
            (100, size)
        });
        t.insert_service(ServiceEntry {
            proto: *proto,
            vip: ip(vip),
            vport: *port,
            service: s as u16,
            maglev,
        })
        .expect("service");
    }
    let mut flows = Vec::new();
    for c in 0..40u32 {
        let s = rng.gen_range(0..4);
        let (vip, proto, port, mode) = VIPS[s];
        let i = rng.gen_range(0..3);
        let key = FlowKey {
            saddr: ip("10.1.0.0") + c,
            daddr: ip(vip),
            sport: 30000 + c as u16,
            dport: port,
            proto,
        };
        let delta = if mode == ForwardingMode::FullNatForward {
            rng.gen_range(0..100)
        } else {
            0
        };
        let mut a = rs_action(s, i, mode, delta);
        if c == 7 {
            a.nexthop = 21; // invalid next hop
        }
        if c == 8 {
            a.mode = ForwardingMode::Punt;
        }
        if t.insert_flow(FlowEntry { key, action: a }).is_ok() {
            flows.push((key, mode));
        }
        if matches!(
            mode,
            ForwardingMode::NatForward | ForwardingMode::FullNatForward
        ) {
            let rev_mode = if mode == ForwardingMode::NatForward {
                ForwardingMode::NatReverse
            } else {
                ForwardingMode::FullNatReverse
            };
            let rkey = FlowKey {
                saddr: a.new_daddr,
                daddr: if mode == ForwardingMode::NatForward {
                    key.saddr
                } else {
                    a.new_saddr
                },
                sport: a.new_dport,
                dport: if mode == ForwardingMode::NatForward {
                    key.sport
                } else {
                    a.new_sport
                },
                proto,
            };
            let ra = Action {
                mode: rev_mode,
                nexthop: 0,
                new_saddr: key.daddr,
                new_daddr: key.saddr,
                new_sport: key.dport,
                new_dport: key.sport,
                ..a
            };
            if t.insert_flow(FlowEntry {
                key: rkey,
                action: ra,
            })
            .is_ok()
            {
                flows.push((rkey, rev_mode));
            }
        }
    }
    (t, flows)
}

/// Frames exercising the tables: flows in every mode and direction, tagged or not,
/// misses, Maglev, TTL/MTU edges, and the header-only cases.
pub fn frames(flows: &[(FlowKey, ForwardingMode)], n_random: usize, seed: u64) -> Vec<Vec<u8>> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut v = Vec::new();
    let addr = |a: u32, p: u16| format!("{}:{}", std::net::Ipv4Addr::from(a), p);
    for _ in 0..n_random {
        let pick = rng.gen_range(0..10);
        let (key, _) = flows[rng.gen_range(0..flows.len())];
        let mut key = key;
        if pick == 0 {
            key.saddr ^= 1 << rng.gen_range(0..8); // probably a miss
        }
        if pick == 1 {
            let (vip, proto, port, _) = VIPS[rng.gen_range(0..5)];
            key = FlowKey {
                saddr: rng.gen(),
                daddr: ip(vip),
                sport: rng.gen(),
                dport: port,
                proto,
            };
        }
        let (src, dst) = (addr(key.saddr, key.sport), addr(key.daddr, key.dport));
        let mut f = if key.proto == 6 {
            let flags = [
                TcpFlags::SYN,
                TcpFlags::ACK,
                TcpFlags::ACK | TcpFlags::PSH,
                TcpFlags::FIN | TcpFlags::ACK,
                TcpFlags::RST,
            ][rng.gen_range(0..5)];
            Frame::tcp(&src, &dst)
                .flags(flags)
                .seq_ack(rng.gen(), rng.gen())
        } else {
            let u = Frame::udp(&src, &dst);
            if rng.gen_bool(0.3) {
                u.no_udp_checksum()
            } else {
                u
            }
        };
        f = f
            .payload_len([0, 1, 6, 20, 100, 1400, 1480][rng.gen_range(0..7)])
            .ttl([64, 2, 1, 0, 255][rng.gen_range(0..5)]);
        if rng.gen_bool(0.4) {
            f = f.vlan(rng.gen_range(1..4095));
        }
        if rng.gen_bool(0.2) {
            f = f.pad_to(60);
        }
        f = f.df(rng.gen_bool(0.7)).tos(rng.gen());
        v.push(f.build());
    }
    v
}

/// The fields parse hands on for `frame`, arrived on `port`, read straight from its
/// bytes: for a frame whose header-only checks pass (IPv4, TCP or UDP), what the stages
/// after parse see, so that a block's test needs no parse in front of it.
pub fn meta_of(frame: &[u8], port: u8) -> HeaderMeta {
    let tagged = frame.len() >= 14 && frame[12..14] == [0x81, 0x00];
    let l3 = if tagged { 18 } else { 14 };
    // Parse sees the first 64 bytes, zero beyond the frame.
    let at = |o: usize, n: usize| -> u64 {
        (0..n).fold(0, |v, i| {
            let j = l3 + o + i;
            let b = if j < 64 {
                frame.get(j).copied().unwrap_or(0)
            } else {
                0
            };
            v << 8 | b as u64
        })
    };
    let proto = at(9, 1);
    let is_tcp = proto == 6;
    let total_len = at(2, 2);
    HeaderMeta {
        hlen: (frame.len().min(64) as u64).into(),
        whole: frame.len() <= 64,
        port: (port as u64).into(),
        verbatim: false,
        tagged,
        pre_kind: KIND_CONTINUE.into(),
        pre_reason: 0.into(),
        check_len: (l3 as u64 + total_len).into(),
        proto: proto.into(),
        saddr: at(12, 4).into(),
        daddr: at(16, 4).into(),
        sport: at(20, 2).into(),
        dport: at(22, 2).into(),
        tcp_flags: if is_tcp { at(33, 1) } else { 0 }.into(),
        ttl: at(8, 1).into(),
        tos: at(1, 1).into(),
        total_len: total_len.into(),
        df: at(6, 2) & 0x4000 != 0,
        is_tcp,
        ip_csum: at(10, 2).into(),
        l4_csum: if is_tcp { at(36, 2) } else { at(26, 2) }.into(),
        seq: at(24, 4).into(),
        ack: at(28, 4).into(),
        tok: false,
        tok_table: 0.into(),
        tok_index: 0.into(),
    }
}

/// The fields an exception's verdict carries to the host, against the model's: kind and
/// reason, flow hash, service, port and timestamp.
#[cfg(test)]
pub(crate) fn check_exception(
    v: &crate::records::VerdictBits,
    reason: fpvs_abi::ExceptionReason,
    meta: &fpvs_model::ExceptionMeta,
    ctx: &str,
) {
    use crate::records::KIND_EXCEPTION;
    assert_eq!(
        (v.kind.to_u64(), v.reason.to_u64()),
        (KIND_EXCEPTION, reason as u64),
        "{ctx}: exception"
    );
    assert_eq!(v.hash.to_u64() as u32, meta.flow_hash, "{ctx}: hash");
    assert_eq!(
        v.exc_service.to_u64() as u16,
        meta.service.unwrap_or(0xFFFF),
        "{ctx}: service"
    );
    assert_eq!(v.port.to_u64(), meta.port as u64, "{ctx}: port");
    assert_eq!(
        v.timestamp.to_u64() as u32,
        meta.timestamp,
        "{ctx}: timestamp"
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::Parse;
    use crate::tick;
    use rust_hdl::prelude::*;

    /// [`meta_of`] is what parse finds, for every frame of the testbed whose header-only
    /// checks pass, so the blocks after parse are tested with the fields they would get.
    #[test]
    fn meta_of_is_what_parse_finds() {
        let (_, flows) = tables(1);
        let mut uut = Parse::default();
        uut.connect_all();
        let mut n = 0;
        for f in frames(&flows, 400, 3) {
            uut.i_hdr.next = crate::parse::tests::captured(&f);
            uut.i_valid.next = true;
            for _ in 0..crate::parse::PARSE_LATENCY {
                tick!(uut);
            }
            let got = uut.o_meta.val();
            if got.pre_kind.to_u64() == KIND_CONTINUE {
                assert_eq!(got, meta_of(&f, 1), "{f:02x?}");
                n += 1;
            }
        }
        assert!(n > 300, "{n} frames passed parse");
    }
}
