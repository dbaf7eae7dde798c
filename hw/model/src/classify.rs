//! The classification order: which verdict a frame gets. The RTL follows this order
//! exactly; each step names the exception or drop it decides.
//!
//! ```text
//!  1. len < 14                                             -> Drop(Runt)
//!  2. ethertype 0x8100: tagged, l3 = 18, inner ethertype at 16 (frame shorter than
//!     18 -> Exception(Malformed)); else l3 = 14
//!     outer 0x88A8, or an inner 0x8100/0x88A8 (a second tag) -> Exception(Unsupported)
//!  3. ethertype 0x0806                                     -> Exception(Arp)
//!  4. ethertype not 0x0800                                 -> Exception(Unsupported)
//!  5. len < l3 + 20, version != 4, IHL < 5,
//!     total length < 4 * IHL                               -> Exception(Malformed)
//!     frame shorter than l3 + total length                 -> Drop(Truncated)
//!     (the card finds out at the frame's last beat and aborts the frame, whatever
//!      its header decided)
//!  6. IHL > 5                                              -> Exception(Ipv4Options)
//!  7. header checksum does not verify                      -> Drop(BadChecksum)
//!  8. MF set or fragment offset != 0                       -> Exception(Fragment)
//!  9. protocol 1                                           -> Exception(Icmp)
//!     protocol not 6 or 17                                 -> Exception(Unsupported)
//! 10. total length < 20 + 20 (TCP) / 20 + 8 (UDP),
//!     TCP data offset < 5                                  -> Exception(Malformed)
//! 11. key (proto, saddr, daddr, sport, dport), hash = CRC-32C
//! 12. flow table hit -> action of the entry
//!     miss: service (proto, daddr, dport)
//!       none                                               -> Exception(NoService)
//!       host-scheduled: TCP with SYN and not ACK/RST/FIN, or UDP
//!                                                          -> Exception(NewFlow)
//!                       other TCP                          -> Exception(FlowMiss)
//!       hardware-scheduled (Maglev):
//!         both candidate buckets of the key full           -> Exception(TableFull)
//!         Maglev slot empty, or its real server invalid    -> Drop(BadAction)
//!         else action of the real server, notify Learn
//! 13. action mode Punt                                     -> Exception(FlowPunt)
//!     next hop invalid                                     -> Drop(BadAction)
//!     NAT/FULLNAT and TTL <= 1                             -> Exception(TtlExpired)
//!     TUN and total length + 20 > TUN_MTU                  -> Exception(TunnelMtu)
//!     else Forward (rewrite.rs); a flow hit with TCP FIN or RST also notifies FinRst
//! ```

use crate::headers::*;
use crate::rewrite::rewrite;
use crate::tables::Tables;
use crate::verdict::{Accounting, ExceptionMeta, Verdict};
use fpvs_abi::{
    flow_hash, hash::maglev_slot, DropReason, ExceptionReason, FlowKey, NotifyKind, NotifyRecord,
};

/// Decides what the card does with `frame` arriving on `port`.
pub fn process(frame: &[u8], port: u8, tables: &Tables) -> Verdict {
    let now = tables.config.now;
    let len = frame.len();
    // 1.
    if len < eth::LEN {
        return Verdict::Drop {
            reason: DropReason::Runt,
        };
    }
    let mut meta = ExceptionMeta {
        port,
        l3_offset: eth::LEN as u8,
        flow_hash: 0,
        timestamp: now,
        service: None,
    };
    let exception = |reason, meta| Verdict::Exception {
        reason,
        frame: frame.to_vec(),
        meta,
    };

    // 2.
    let outer_type = be16(frame, eth::TYPE);
    let (l3, ethertype) = if outer_type == ETHERTYPE_VLAN {
        meta.l3_offset = eth::LEN_TAGGED as u8;
        if len < eth::LEN_TAGGED {
            return exception(ExceptionReason::Malformed, meta);
        }
        (eth::LEN_TAGGED, be16(frame, eth::INNER_TYPE))
    } else {
        (eth::LEN, outer_type)
    };
    if outer_type == ETHERTYPE_QINQ || ethertype == ETHERTYPE_VLAN || ethertype == ETHERTYPE_QINQ {
        return exception(ExceptionReason::Unsupported, meta);
    }
    // 3., 4.
    if ethertype == ETHERTYPE_ARP {
        return exception(ExceptionReason::Arp, meta);
    }
    if ethertype != ETHERTYPE_IPV4 {
        return exception(ExceptionReason::Unsupported, meta);
    }
    // 5.
    if len < l3 + ipv4::LEN {
        return exception(ExceptionReason::Malformed, meta);
    }
    let ip = &frame[l3..];
    let version = ip[ipv4::VER_IHL] >> 4;
    let ihl = (ip[ipv4::VER_IHL] & 0x0F) as usize;
    let total_len = be16(ip, ipv4::TOTAL_LEN) as usize;
    if version != 4 || ihl < 5 || total_len < 4 * ihl {
        return exception(ExceptionReason::Malformed, meta);
    }
    if len < l3 + total_len {
        // The card decides this at the frame's last beat, overriding whatever the
        // header said: nothing else about a truncated frame matters.
        return Verdict::Drop {
            reason: DropReason::Truncated,
        };
    }
    classify_ipv4(frame, l3, total_len, ihl, &mut meta, tables)
}

/// Steps 6 onwards, for a frame whose IPv4 header is sane.
fn classify_ipv4(
    frame: &[u8],
    l3: usize,
    total_len: usize,
    ihl: usize,
    meta: &mut ExceptionMeta,
    tables: &Tables,
) -> Verdict {
    let exception = |reason, meta: &ExceptionMeta| Verdict::Exception {
        reason,
        frame: frame.to_vec(),
        meta: *meta,
    };
    let drop = |reason| Verdict::Drop { reason };
    // 6.
    if ihl > 5 {
        return exception(ExceptionReason::Ipv4Options, meta);
    }
    // 7. (the frame may be shorter than total_len, but holds the 20 header bytes)
    if crate::csum::fold(crate::csum::sum_words(&frame[l3..l3 + ipv4::LEN])) != 0xFFFF {
        return drop(DropReason::BadChecksum);
    }
    let ip = &frame[l3..];
    // 8.
    let frag = be16(ip, ipv4::FRAG);
    if frag & ipv4::MF != 0 || frag & ipv4::OFFSET_MASK != 0 {
        return exception(ExceptionReason::Fragment, meta);
    }
    // 9.
    let proto = ip[ipv4::PROTO];
    let l4_min = match proto {
        PROTO_ICMP => return exception(ExceptionReason::Icmp, meta),
        PROTO_TCP => tcp::LEN,
        PROTO_UDP => udp::LEN,
        _ => return exception(ExceptionReason::Unsupported, meta),
    };
    // 10. The frame holds l3 + total_len bytes (else it was truncated), so once
    // total_len covers the L4 header, the L4 header is in the frame.
    let l4 = l3 + ipv4::LEN;
    if total_len < ipv4::LEN + l4_min || (proto == PROTO_TCP && frame[l4 + tcp::DOFF] >> 4 < 5) {
        return exception(ExceptionReason::Malformed, meta);
    }
    // 11.
    let key = FlowKey {
        saddr: be32(ip, ipv4::SRC),
        daddr: be32(ip, ipv4::DST),
        sport: be16(frame, l4 + tcp::SPORT),
        dport: be16(frame, l4 + tcp::DPORT),
        proto,
    };
    let hash = flow_hash(&key);
    meta.flow_hash = hash;
    let tcp_flags = if proto == PROTO_TCP {
        frame[l4 + tcp::FLAGS]
    } else {
        0
    };

    // 12.
    let (action, slot) = match tables.lookup_flow(&key, hash) {
        Some((slot, e)) => (e.action, Some(slot)),
        None => {
            let Some(svc) = tables.lookup_service(proto, key.daddr, key.dport) else {
                return exception(ExceptionReason::NoService, meta);
            };
            meta.service = Some(svc.service);
            let Some((base, size)) = svc.maglev else {
                let plain_syn =
                    tcp_flags & (tcp::SYN | tcp::ACK_FLAG | tcp::RST | tcp::FIN) == tcp::SYN;
                let reason = if proto == PROTO_UDP || plain_syn {
                    ExceptionReason::NewFlow
                } else {
                    ExceptionReason::FlowMiss
                };
                return exception(reason, meta);
            };
            if tables.flow_buckets_full(hash) {
                return exception(ExceptionReason::TableFull, meta);
            }
            let Some(rs) = tables.maglev(maglev_slot(hash, base, size)).0 else {
                return drop(DropReason::BadAction);
            };
            let Some(action) = tables.real_server(rs) else {
                return drop(DropReason::BadAction);
            };
            (*action, None)
        }
    };
    meta.service = Some(action.service);

    // 13.
    use fpvs_abi::ForwardingMode as M;
    if action.mode == M::Punt {
        return exception(ExceptionReason::FlowPunt, meta);
    }
    let Some(nexthop) = tables.nexthop(action.nexthop) else {
        return drop(DropReason::BadAction);
    };
    if action.mode.routes() && ip[ipv4::TTL] <= 1 {
        return exception(ExceptionReason::TtlExpired, meta);
    }
    if action.mode == M::Tun && total_len + ipv4::LEN > tables.config.tun_mtu as usize {
        return exception(ExceptionReason::TunnelMtu, meta);
    }

    let notify_kind = match slot {
        None => Some(NotifyKind::Learn),
        Some(_) if tcp_flags & (tcp::FIN | tcp::RST) != 0 => Some(NotifyKind::FinRst),
        Some(_) => None,
    };
    Verdict::Forward {
        port: nexthop.port,
        frame: rewrite(frame, l3, &action, nexthop, &tables.config),
        accounting: Some(Accounting {
            service: action.service,
            real_server: action.real_server,
            direction: action.mode.direction(),
            bytes: total_len as u16,
            slot,
        }),
        notify: notify_kind.map(|kind| NotifyRecord {
            kind,
            tcp_flags,
            service: action.service,
            real_server: action.real_server,
            flow_hash: hash,
            timestamp: tables.config.now,
            key,
        }),
    }
}
