//! The header rewrite of a forwarded frame, per mode.
//!
//! | mode | Ethernet | IPv4 | L4 |
//! |---|---|---|---|
//! | DR | dst/src MAC from the next hop; VID if asked | unchanged | unchanged |
//! | TUN | as DR | outer header inserted at l3 (see [`tun_header`]) | unchanged |
//! | NAT forward | as DR | TTL-1, daddr | dport |
//! | NAT reverse | as DR | TTL-1, saddr | sport |
//! | FULLNAT forward | as DR | TTL-1, saddr, daddr | sport, dport, TCP seq += delta |
//! | FULLNAT reverse | as DR | TTL-1, saddr, daddr | sport, dport, TCP ack -= delta |
//!
//! Checksums are updated per [`crate::csum`] over fixed word lists: the IPv4 checksum
//! over (TTL/protocol, saddr, daddr); the TCP checksum over (saddr, daddr, sport, dport,
//! seq, ack); the UDP checksum over (saddr, daddr, sport, dport) unless it is 0, which
//! stays 0, and a result of 0 is sent as 0xFFFF (RFC 768).

use crate::csum::{self, halves};
use crate::headers::*;
use crate::tables::CardConfig;
use fpvs_abi::{Action, ForwardingMode, NextHop};

/// The frame as it leaves, for a frame whose checks all passed.
pub fn rewrite(
    frame: &[u8],
    l3: usize,
    action: &Action,
    nh: &NextHop,
    cfg: &CardConfig,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(frame.len() + ipv4::LEN);
    out.extend_from_slice(&frame[..l3]);
    out[eth::DST..eth::DST + 6].copy_from_slice(&nh.dst_mac.0);
    out[eth::SRC..eth::SRC + 6].copy_from_slice(&nh.src_mac.0);
    if let (Some(vid), true) = (nh.vlan, l3 == eth::LEN_TAGGED) {
        let tci = be16(&out, eth::TCI);
        put16(&mut out, eth::TCI, (tci & 0xF000) | (vid & 0x0FFF));
    }
    match action.mode {
        ForwardingMode::Dr => out.extend_from_slice(&frame[l3..]),
        ForwardingMode::Tun => {
            out.extend_from_slice(&tun_header(&frame[l3..], action, cfg.tun_ttl));
            out.extend_from_slice(&frame[l3..]);
        }
        _ => {
            let start = out.len();
            out.extend_from_slice(&frame[l3..]);
            nat(&mut out[start..], action);
        }
    }
    out
}

/// The outer IPv4 header of TUN: version 4, IHL 5, TOS copied, total length = inner +
/// 20, identification 0, DF copied from the inner header, TTL from `TUN_TTL`,
/// protocol 4 (IP-in-IP), checksum computed, `new_saddr -> new_daddr`.
pub fn tun_header(inner: &[u8], action: &Action, ttl: u8) -> [u8; ipv4::LEN] {
    let mut h = [0u8; ipv4::LEN];
    h[ipv4::VER_IHL] = 0x45;
    h[ipv4::TOS] = inner[ipv4::TOS];
    put16(
        &mut h,
        ipv4::TOTAL_LEN,
        be16(inner, ipv4::TOTAL_LEN) + ipv4::LEN as u16,
    );
    put16(&mut h, ipv4::FRAG, be16(inner, ipv4::FRAG) & ipv4::DF);
    h[ipv4::TTL] = ttl;
    h[ipv4::PROTO] = PROTO_IPIP;
    put32(&mut h, ipv4::SRC, action.new_saddr);
    put32(&mut h, ipv4::DST, action.new_daddr);
    let c = csum::checksum(&h);
    put16(&mut h, ipv4::CSUM, c);
    h
}

/// NAT and FULLNAT on an IPv4 packet (`ip` starts at the IPv4 header).
fn nat(ip: &mut [u8], a: &Action) {
    let m = a.mode;
    let l4 = ipv4::LEN;
    let proto = ip[ipv4::PROTO];
    let old_ttl_word = be16(ip, ipv4::TTL);
    let (old_s, old_d) = (be32(ip, ipv4::SRC), be32(ip, ipv4::DST));
    let (old_sp, old_dp) = (be16(ip, l4 + tcp::SPORT), be16(ip, l4 + tcp::DPORT));

    ip[ipv4::TTL] -= 1;
    let (new_s, new_sp) = if m.rewrites_source() {
        (a.new_saddr, a.new_sport)
    } else {
        (old_s, old_sp)
    };
    let (new_d, new_dp) = if m.rewrites_destination() {
        (a.new_daddr, a.new_dport)
    } else {
        (old_d, old_dp)
    };
    put32(ip, ipv4::SRC, new_s);
    put32(ip, ipv4::DST, new_d);
    let ip_csum = csum::update(
        be16(ip, ipv4::CSUM),
        &[
            (old_ttl_word, be16(ip, ipv4::TTL)),
            (halves(old_s)[0], halves(new_s)[0]),
            (halves(old_s)[1], halves(new_s)[1]),
            (halves(old_d)[0], halves(new_d)[0]),
            (halves(old_d)[1], halves(new_d)[1]),
        ],
    );
    put16(ip, ipv4::CSUM, ip_csum);

    put16(ip, l4 + tcp::SPORT, new_sp);
    put16(ip, l4 + tcp::DPORT, new_dp);
    let addr_port = [
        (halves(old_s)[0], halves(new_s)[0]),
        (halves(old_s)[1], halves(new_s)[1]),
        (halves(old_d)[0], halves(new_d)[0]),
        (halves(old_d)[1], halves(new_d)[1]),
        (old_sp, new_sp),
        (old_dp, new_dp),
    ];
    if proto == PROTO_TCP {
        let old_seq = be32(ip, l4 + tcp::SEQ);
        let old_ack = be32(ip, l4 + tcp::ACK);
        let delta = a.seq_delta as u32;
        let new_seq = match m {
            ForwardingMode::FullNatForward => old_seq.wrapping_add(delta),
            _ => old_seq,
        };
        let new_ack = match m {
            ForwardingMode::FullNatReverse => old_ack.wrapping_sub(delta),
            _ => old_ack,
        };
        put32(ip, l4 + tcp::SEQ, new_seq);
        put32(ip, l4 + tcp::ACK, new_ack);
        let mut changes = addr_port.to_vec();
        changes.extend_from_slice(&[
            (halves(old_seq)[0], halves(new_seq)[0]),
            (halves(old_seq)[1], halves(new_seq)[1]),
            (halves(old_ack)[0], halves(new_ack)[0]),
            (halves(old_ack)[1], halves(new_ack)[1]),
        ]);
        let c = csum::update(be16(ip, l4 + tcp::CSUM), &changes);
        put16(ip, l4 + tcp::CSUM, c);
    } else {
        let old = be16(ip, l4 + udp::CSUM);
        if old != 0 {
            let c = csum::update(old, &addr_port);
            put16(ip, l4 + udp::CSUM, if c == 0 { 0xFFFF } else { c });
        }
    }
}
