//! Frames the slow path reads and writes: the flow key of a punted frame, ARP, ICMP
//! echo. The card has already checked the headers of what it punts with a reason
//! that implies them; everything is still bounds-checked here.

use fpvs_abi::FlowKey;
use std::net::Ipv4Addr;

/// Ethernet address.
pub type Mac = [u8; 6];
/// The broadcast address.
pub const BROADCAST: Mac = [0xff; 6];
const ETH_ARP: u16 = 0x0806;
const ETH_IPV4: u16 = 0x0800;

fn be16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*b.get(at)?, *b.get(at + 1)?]))
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// Source MAC of a frame.
pub fn src_mac(frame: &[u8]) -> Option<Mac> {
    frame.get(6..12)?.try_into().ok()
}

/// The 5-tuple of a TCP/UDP over IPv4 frame whose IPv4 header is at `l3`, and the
/// TCP flags (0 for UDP).
pub fn flow_key(frame: &[u8], l3: usize) -> Option<(FlowKey, u8)> {
    let ihl = usize::from(frame.get(l3)? & 0x0f) * 4;
    let proto = *frame.get(l3 + 9)?;
    let l4 = l3 + ihl;
    let key = FlowKey {
        saddr: be32(frame, l3 + 12)?,
        daddr: be32(frame, l3 + 16)?,
        sport: be16(frame, l4)?,
        dport: be16(frame, l4 + 2)?,
        proto,
    };
    let flags = if proto == 6 { *frame.get(l4 + 13)? } else { 0 };
    matches!(proto, 6 | 17).then_some((key, flags))
}

/// An ARP packet (Ethernet/IPv4 only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arp {
    /// 1 request, 2 reply.
    pub op: u16,
    /// Sender hardware address.
    pub sha: Mac,
    /// Sender protocol address.
    pub spa: Ipv4Addr,
    /// Target hardware address.
    pub tha: Mac,
    /// Target protocol address.
    pub tpa: Ipv4Addr,
}

impl Arp {
    /// Parses the ARP packet at `l3`.
    pub fn parse(frame: &[u8], l3: usize) -> Option<Arp> {
        let b = frame.get(l3..l3 + 28)?;
        if be16(b, 0)? != 1 || be16(b, 2)? != ETH_IPV4 || b[4] != 6 || b[5] != 4 {
            return None;
        }
        Some(Arp {
            op: be16(b, 6)?,
            sha: b[8..14].try_into().ok()?,
            spa: Ipv4Addr::from(be32(b, 14)?),
            tha: b[18..24].try_into().ok()?,
            tpa: Ipv4Addr::from(be32(b, 24)?),
        })
    }

    /// The Ethernet frame carrying it (padded to 60 bytes).
    pub fn frame(&self, src: Mac, dst: Mac) -> Vec<u8> {
        let mut f = Vec::with_capacity(60);
        f.extend_from_slice(&dst);
        f.extend_from_slice(&src);
        f.extend_from_slice(&ETH_ARP.to_be_bytes());
        f.extend_from_slice(&1u16.to_be_bytes());
        f.extend_from_slice(&ETH_IPV4.to_be_bytes());
        f.extend_from_slice(&[6, 4]);
        f.extend_from_slice(&self.op.to_be_bytes());
        f.extend_from_slice(&self.sha);
        f.extend_from_slice(&self.spa.octets());
        f.extend_from_slice(&self.tha);
        f.extend_from_slice(&self.tpa.octets());
        f.resize(60, 0);
        f
    }

    /// A request for `target` from `(mac, addr)`.
    pub fn request(mac: Mac, addr: Ipv4Addr, target: Ipv4Addr) -> Arp {
        Arp {
            op: 1,
            sha: mac,
            spa: addr,
            tha: [0; 6],
            tpa: target,
        }
    }

    /// The reply to this request, saying `mac` has the target address.
    pub fn reply(&self, mac: Mac) -> Arp {
        Arp {
            op: 2,
            sha: mac,
            spa: self.tpa,
            tha: self.sha,
            tpa: self.spa,
        }
    }
}

/// RFC 1071 checksum.
pub fn checksum(data: &[u8]) -> u16 {
    let mut sum: u32 = 0;
    for c in data.chunks(2) {
        let w = if c.len() == 2 {
            u16::from_be_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], 0])
        };
        sum += u32::from(w);
    }
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    !(sum as u16)
}

/// The echo reply to an ICMP echo request at `l3` (IPv4 without options), sent back
/// to where it came from; None if it is not an echo request.
pub fn icmp_echo_reply(frame: &[u8], l3: usize) -> Option<Vec<u8>> {
    let ihl = usize::from(frame.get(l3)? & 0x0f) * 4;
    let total = usize::from(be16(frame, l3 + 2)?);
    if ihl != 20 || *frame.get(l3 + 9)? != 1 || total < ihl + 8 || l3 + total > frame.len() {
        return None;
    }
    let icmp = l3 + ihl;
    if frame[icmp] != 8 {
        return None;
    }
    let mut f = frame[..l3 + total].to_vec();
    // Ethernet: swap addresses.
    let (dst, src): (Mac, Mac) = (frame[0..6].try_into().ok()?, frame[6..12].try_into().ok()?);
    f[0..6].copy_from_slice(&src);
    f[6..12].copy_from_slice(&dst);
    // IPv4: swap addresses, fresh TTL, checksum.
    let (s, d) = (f[l3 + 12..l3 + 16].to_vec(), f[l3 + 16..l3 + 20].to_vec());
    f[l3 + 12..l3 + 16].copy_from_slice(&d);
    f[l3 + 16..l3 + 20].copy_from_slice(&s);
    f[l3 + 8] = 64;
    f[l3 + 10..l3 + 12].copy_from_slice(&[0, 0]);
    let c = checksum(&f[l3..l3 + 20]);
    f[l3 + 10..l3 + 12].copy_from_slice(&c.to_be_bytes());
    // ICMP: type 0, checksum.
    f[icmp] = 0;
    f[icmp + 2..icmp + 4].copy_from_slice(&[0, 0]);
    let c = checksum(&f[icmp..l3 + total]);
    f[icmp + 2..icmp + 4].copy_from_slice(&c.to_be_bytes());
    if f.len() < 60 {
        f.resize(60, 0);
    }
    Some(f)
}

/// ICMP "fragmentation needed" (type 3 code 4, RFC 1191) answering the IPv4 packet
/// at `l3` of `frame`, from the address it was sent to, back out of the port it came
/// in on (Ethernet source `mac`); None unless the packet has DF set.
pub fn icmp_frag_needed(frame: &[u8], l3: usize, next_hop_mtu: u16, mac: Mac) -> Option<Vec<u8>> {
    let ihl = usize::from(frame.get(l3)? & 0x0f) * 4;
    let flags = *frame.get(l3 + 6)?;
    if ihl < 20 || flags & 0x40 == 0 {
        return None;
    }
    let quoted = frame.get(l3..l3 + ihl + 8)?;
    let src: [u8; 4] = frame.get(l3 + 16..l3 + 20)?.try_into().ok()?;
    let dst: [u8; 4] = frame.get(l3 + 12..l3 + 16)?.try_into().ok()?;
    let total = 20 + 8 + quoted.len();
    let mut f = Vec::with_capacity(14 + total);
    f.extend_from_slice(frame.get(6..12)?);
    f.extend_from_slice(&mac);
    f.extend_from_slice(&ETH_IPV4.to_be_bytes());
    let ip = f.len();
    f.extend_from_slice(&[0x45, 0]);
    f.extend_from_slice(&(total as u16).to_be_bytes());
    f.extend_from_slice(&[0, 0, 0, 0, 64, 1, 0, 0]);
    f.extend_from_slice(&src);
    f.extend_from_slice(&dst);
    let c = checksum(&f[ip..ip + 20]);
    f[ip + 10..ip + 12].copy_from_slice(&c.to_be_bytes());
    let icmp = f.len();
    f.extend_from_slice(&[3, 4, 0, 0, 0, 0]);
    f.extend_from_slice(&next_hop_mtu.to_be_bytes());
    f.extend_from_slice(quoted);
    let c = checksum(&f[icmp..]);
    f[icmp + 2..icmp + 4].copy_from_slice(&c.to_be_bytes());
    if f.len() < 60 {
        f.resize(60, 0);
    }
    Some(f)
}

/// An ICMP error (destination unreachable, source quench, time exceeded, parameter
/// problem) quoting a TCP or UDP packet: what the slow path needs to tie it to a
/// connection (RFC 792; RFC 1812 4.3.2.3 for how much is quoted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IcmpError {
    /// Offset of the ICMP header.
    pub icmp: usize,
    /// Offset of the quoted IPv4 header.
    pub inner_l3: usize,
    /// Offset of the quoted transport header.
    pub inner_l4: usize,
    /// End of the ICMP message (the outer IPv4 total length).
    pub end: usize,
    /// The quoted packet's 5-tuple, as it was sent.
    pub quoted: FlowKey,
}

impl IcmpError {
    /// Parses the ICMP error at `l3`; None for anything else (echo, other types, a
    /// quote too short to hold the ports, a fragment quoted past its first).
    pub fn parse(frame: &[u8], l3: usize) -> Option<IcmpError> {
        let ihl = usize::from(frame.get(l3)? & 0x0f) * 4;
        let total = usize::from(be16(frame, l3 + 2)?);
        if ihl < 20 || *frame.get(l3 + 9)? != 1 || l3 + total > frame.len() {
            return None;
        }
        let icmp = l3 + ihl;
        if !matches!(frame.get(icmp)?, 3 | 4 | 11 | 12) {
            return None;
        }
        let inner_l3 = icmp + 8;
        let inner_ihl = usize::from(frame.get(inner_l3)? & 0x0f) * 4;
        let proto = *frame.get(inner_l3 + 9)?;
        let fragment_offset = be16(frame, inner_l3 + 6)? & 0x1fff;
        let inner_l4 = inner_l3 + inner_ihl;
        if frame[inner_l3] >> 4 != 4
            || inner_ihl < 20
            || !matches!(proto, 6 | 17)
            || fragment_offset != 0
            || inner_l4 + 4 > l3 + total
        {
            return None;
        }
        Some(IcmpError {
            icmp,
            inner_l3,
            inner_l4,
            end: l3 + total,
            quoted: FlowKey {
                saddr: be32(frame, inner_l3 + 12)?,
                daddr: be32(frame, inner_l3 + 16)?,
                sport: be16(frame, inner_l4)?,
                dport: be16(frame, inner_l4 + 2)?,
                proto,
            },
        })
    }

    /// The ICMP message rewritten for the other side of a translated connection: the
    /// outer addresses become `outer` (source, destination) and the quoted packet's
    /// 5-tuple becomes `quoted`, TTL decremented, the Ethernet header from `macs`
    /// (destination, source). The outer and quoted IPv4 checksums and the ICMP
    /// checksum are recomputed; the quoted transport checksum, where quoted, is
    /// updated for the changed addresses and ports (RFC 1624). Bytes after the
    /// outer packet (Ethernet padding) are dropped.
    pub fn translate(
        &self,
        frame: &[u8],
        l3: usize,
        outer: (u32, u32),
        quoted: &FlowKey,
        macs: (Mac, Mac),
    ) -> Vec<u8> {
        let mut f = frame[..self.end].to_vec();
        f[0..6].copy_from_slice(&macs.0);
        f[6..12].copy_from_slice(&macs.1);
        let ihl = usize::from(f[l3] & 0x0f) * 4;
        f[l3 + 8] = f[l3 + 8].saturating_sub(1);
        f[l3 + 12..l3 + 16].copy_from_slice(&outer.0.to_be_bytes());
        f[l3 + 16..l3 + 20].copy_from_slice(&outer.1.to_be_bytes());
        put_checksum(&mut f, l3, ihl, l3 + 10);
        // The quoted transport checksum (UDP at +6 unless 0, TCP at +16), if quoted.
        let old = self.quoted;
        let (a, b) = (self.inner_l3, self.inner_l4);
        let at = if old.proto == 17 { b + 6 } else { b + 16 };
        if at + 2 <= self.end && !(old.proto == 17 && f[at..at + 2] == [0, 0]) {
            use fpvs_model::csum::{halves, update};
            let [sh0, sh1] = halves(old.saddr);
            let [dh0, dh1] = halves(old.daddr);
            let [nsh0, nsh1] = halves(quoted.saddr);
            let [ndh0, ndh1] = halves(quoted.daddr);
            let c = u16::from_be_bytes([f[at], f[at + 1]]);
            let mut n = update(
                c,
                &[
                    (sh0, nsh0),
                    (sh1, nsh1),
                    (dh0, ndh0),
                    (dh1, ndh1),
                    (old.sport, quoted.sport),
                    (old.dport, quoted.dport),
                ],
            );
            if old.proto == 17 && n == 0 {
                n = 0xffff;
            }
            f[at..at + 2].copy_from_slice(&n.to_be_bytes());
        }
        f[a + 12..a + 16].copy_from_slice(&quoted.saddr.to_be_bytes());
        f[a + 16..a + 20].copy_from_slice(&quoted.daddr.to_be_bytes());
        f[b..b + 2].copy_from_slice(&quoted.sport.to_be_bytes());
        f[b + 2..b + 4].copy_from_slice(&quoted.dport.to_be_bytes());
        let inner_ihl = b - a;
        if a + inner_ihl <= self.end {
            put_checksum(&mut f, a, inner_ihl, a + 10);
        }
        let end = self.end;
        put_checksum(&mut f, self.icmp, end - self.icmp, self.icmp + 2);
        if f.len() < 60 {
            f.resize(60, 0);
        }
        f
    }
}

/// Zeroes the checksum at `at`, then writes the checksum of `len` bytes from `start`.
fn put_checksum(f: &mut [u8], start: usize, len: usize, at: usize) {
    f[at..at + 2].copy_from_slice(&[0, 0]);
    let c = checksum(&f[start..start + len]);
    f[at..at + 2].copy_from_slice(&c.to_be_bytes());
}

/// True if `a` is inside `net/prefix`.
pub fn in_subnet(a: Ipv4Addr, net: Ipv4Addr, prefix: u8) -> bool {
    let mask = if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - u32::from(prefix.min(32)))
    };
    u32::from(a) & mask == u32::from(net) & mask
}

#[cfg(test)]
mod tests {
    use super::*;
    use fpvs_model::packet::Frame;

    #[test]
    fn arp_round_trip_and_reply() {
        let req = Arp::request(
            [2, 0, 0, 0, 0, 1],
            "10.0.0.2".parse().unwrap(),
            "10.0.0.100".parse().unwrap(),
        );
        let f = req.frame([2, 0, 0, 0, 0, 1], BROADCAST);
        assert_eq!(f.len(), 60);
        assert_eq!(Arp::parse(&f, 14), Some(req));
        let rep = req.reply([2, 0, 0, 0, 0, 9]);
        assert_eq!(rep.spa, req.tpa);
        assert_eq!(rep.tha, req.sha);
        assert_eq!(rep.op, 2);
        let model = Frame::arp_request("10.0.0.2", "10.0.0.100").build();
        assert_eq!(Arp::parse(&model, 14).map(|a| a.tpa), Some(req.tpa));
    }

    #[test]
    fn flow_key_of_tcp_and_udp() {
        let f = Frame::tcp("10.0.0.2:1234", "10.0.0.100:80").build();
        let (k, _) = flow_key(&f, 14).unwrap();
        assert_eq!((k.sport, k.dport, k.proto), (1234, 80, 6));
        assert_eq!(Ipv4Addr::from(k.daddr), Ipv4Addr::new(10, 0, 0, 100));
        let f = Frame::udp("10.0.0.2:53", "10.0.0.100:53").build();
        assert_eq!(flow_key(&f, 14).unwrap().0.proto, 17);
        assert!(flow_key(&f[..20], 14).is_none());
    }

    #[test]
    fn echo_reply_is_valid() {
        let f = Frame::icmp("10.0.0.2", "10.0.0.100", 8)
            .payload(b"ping")
            .build();
        let r = icmp_echo_reply(&f, 14).unwrap();
        assert_eq!(checksum(&r[14..34]), 0);
        assert_eq!(&r[26..30], &[10, 0, 0, 100]);
        assert_eq!(r[34], 0);
        let total = usize::from(u16::from_be_bytes([r[16], r[17]]));
        assert_eq!(checksum(&r[34..14 + total]), 0);
    }

    #[test]
    fn frag_needed_quotes_the_packet_and_only_for_df() {
        let big = Frame::tcp("10.0.0.2:1234", "10.0.0.101:80")
            .df(true)
            .payload_len(1480)
            .build();
        let r = icmp_frag_needed(&big, 14, 1480, [2, 0, 0, 0, 0, 7]).unwrap();
        assert_eq!(&r[0..6], &big[6..12], "back to the sender's MAC");
        assert_eq!(checksum(&r[14..34]), 0);
        assert_eq!((&r[26..30], &r[30..34]), (&big[30..34], &big[26..30]));
        assert_eq!((r[34], r[35]), (3, 4));
        assert_eq!(u16::from_be_bytes([r[40], r[41]]), 1480);
        assert_eq!(&r[42..70], &big[14..42], "IP header and 8 bytes quoted");
        assert_eq!(checksum(&r[34..70]), 0);
        let no_df = Frame::tcp("10.0.0.2:1234", "10.0.0.101:80")
            .df(false)
            .payload_len(1480)
            .build();
        assert!(icmp_frag_needed(&no_df, 14, 1480, [0; 6]).is_none());
    }

    #[test]
    fn subnets() {
        let n = "192.168.1.0".parse().unwrap();
        assert!(in_subnet("192.168.1.77".parse().unwrap(), n, 24));
        assert!(!in_subnet("192.168.2.1".parse().unwrap(), n, 24));
        assert!(in_subnet("8.8.8.8".parse().unwrap(), n, 0));
    }
}
