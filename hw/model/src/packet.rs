//! A small frame builder: readable test frames without hex blobs, with correct
//! checksums unless told otherwise. Used by the golden fixtures, property tests,
//! benchmarks and the host's slow path tests.
//!
//! ```
//! use fpvs_model::packet::{Frame, TcpFlags};
//! let syn = Frame::tcp("10.0.0.2:40000", "10.0.0.100:80").flags(TcpFlags::SYN).vlan(7).build();
//! assert_eq!(syn.len(), 18 + 20 + 20);
//! ```

use crate::csum;
use crate::headers::*;
use std::net::{Ipv4Addr, SocketAddrV4};

/// TCP flag bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TcpFlags;

impl TcpFlags {
    /// FIN.
    pub const FIN: u8 = tcp::FIN;
    /// SYN.
    pub const SYN: u8 = tcp::SYN;
    /// RST.
    pub const RST: u8 = tcp::RST;
    /// PSH.
    pub const PSH: u8 = 0x08;
    /// ACK.
    pub const ACK: u8 = tcp::ACK_FLAG;
}

#[derive(Debug, Clone)]
enum Body {
    Tcp { flags: u8, seq: u32, ack: u32 },
    Udp { checksum: bool },
    Icmp { kind: u8 },
    Ip { proto: u8 },
}

/// A frame under construction.
#[derive(Debug, Clone)]
pub struct Frame {
    dst_mac: [u8; 6],
    src_mac: [u8; 6],
    tci: Option<u16>,
    ethertype: u16,
    raw_l3: Option<Vec<u8>>,
    src: SocketAddrV4,
    dst: SocketAddrV4,
    body: Body,
    tos: u8,
    ttl: u8,
    id: u16,
    df: bool,
    mf: bool,
    frag_offset: u16,
    options: Vec<u8>,
    payload: Vec<u8>,
    pad_to: usize,
    truncate_to: Option<usize>,
    total_len_delta: i32,
    bad_ip_csum: bool,
    version: u8,
}

/// Parses "a.b.c.d:port" (or "a.b.c.d", port 0); panics on bad input — test helper.
pub fn sock(s: &str) -> SocketAddrV4 {
    s.parse()
        .or_else(|_| s.parse::<Ipv4Addr>().map(|ip| SocketAddrV4::new(ip, 0)))
        .unwrap_or_else(|_| panic!("{s:?} is not an IPv4 socket address"))
}

/// Parses "a.b.c.d" to its numeric value; panics on bad input — test helper.
pub fn ip(s: &str) -> u32 {
    u32::from(
        s.parse::<Ipv4Addr>()
            .unwrap_or_else(|_| panic!("{s:?} is not an IPv4 address")),
    )
}

impl Frame {
    fn new(src: &str, dst: &str, body: Body) -> Self {
        Frame {
            dst_mac: [0x02, 0, 0, 0, 0, 0xfe],
            src_mac: [0x02, 0, 0, 0, 0, 0x01],
            tci: None,
            ethertype: ETHERTYPE_IPV4,
            raw_l3: None,
            src: sock(src),
            dst: sock(dst),
            body,
            tos: 0,
            ttl: 64,
            id: 0x1234,
            df: true,
            mf: false,
            frag_offset: 0,
            options: Vec::new(),
            payload: Vec::new(),
            pad_to: 0,
            truncate_to: None,
            total_len_delta: 0,
            bad_ip_csum: false,
            version: 4,
        }
    }

    /// A TCP segment (flags ACK unless set otherwise).
    pub fn tcp(src: &str, dst: &str) -> Self {
        Self::new(
            src,
            dst,
            Body::Tcp {
                flags: TcpFlags::ACK,
                seq: 0x1000_0000,
                ack: 0x2000_0000,
            },
        )
    }

    /// A UDP datagram with a checksum.
    pub fn udp(src: &str, dst: &str) -> Self {
        Self::new(src, dst, Body::Udp { checksum: true })
    }

    /// An ICMP echo request (type 8) or other ICMP type.
    pub fn icmp(src: &str, dst: &str, kind: u8) -> Self {
        Self::new(src, dst, Body::Icmp { kind })
    }

    /// An IPv4 packet of another protocol, payload only.
    pub fn ip_proto(src: &str, dst: &str, proto: u8) -> Self {
        Self::new(src, dst, Body::Ip { proto })
    }

    /// An ARP request: who has `target`, tell `sender`.
    pub fn arp_request(sender: &str, target: &str) -> Self {
        let mut f = Self::new(sender, target, Body::Ip { proto: 0 });
        let mut arp = vec![0, 1, 8, 0, 6, 4, 0, 1];
        arp.extend_from_slice(&f.src_mac);
        arp.extend_from_slice(&f.src.ip().octets());
        arp.extend_from_slice(&[0; 6]);
        arp.extend_from_slice(&f.dst.ip().octets());
        f.dst_mac = [0xff; 6];
        f.ethertype = ETHERTYPE_ARP;
        f.raw_l3 = Some(arp);
        f
    }

    /// A frame with an arbitrary ethertype and L3 bytes.
    pub fn ethertype(ethertype: u16, l3: &[u8]) -> Self {
        let mut f = Self::new("0.0.0.0", "0.0.0.0", Body::Ip { proto: 0 });
        f.ethertype = ethertype;
        f.raw_l3 = Some(l3.to_vec());
        f
    }

    /// Ethernet addresses.
    pub fn macs(mut self, src: [u8; 6], dst: [u8; 6]) -> Self {
        self.src_mac = src;
        self.dst_mac = dst;
        self
    }

    /// 802.1Q tag with this VID (PCP 3).
    pub fn vlan(mut self, vid: u16) -> Self {
        self.tci = Some(0x6000 | (vid & 0x0FFF));
        self
    }

    /// TCP flags.
    pub fn flags(mut self, f: u8) -> Self {
        if let Body::Tcp { flags, .. } = &mut self.body {
            *flags = f;
        }
        self
    }

    /// TCP sequence and acknowledgement numbers.
    pub fn seq_ack(mut self, s: u32, a: u32) -> Self {
        if let Body::Tcp { seq, ack, .. } = &mut self.body {
            *seq = s;
            *ack = a;
        }
        self
    }

    /// UDP checksum 0 ("none").
    pub fn no_udp_checksum(mut self) -> Self {
        self.body = Body::Udp { checksum: false };
        self
    }

    /// Payload bytes.
    pub fn payload(mut self, p: &[u8]) -> Self {
        self.payload = p.to_vec();
        self
    }

    /// Payload of `n` bytes of a counting pattern.
    pub fn payload_len(mut self, n: usize) -> Self {
        self.payload = (0..n).map(|i| (i * 7 + 3) as u8).collect();
        self
    }

    /// TTL.
    pub fn ttl(mut self, t: u8) -> Self {
        self.ttl = t;
        self
    }

    /// TOS.
    pub fn tos(mut self, t: u8) -> Self {
        self.tos = t;
        self
    }

    /// IPv4 identification.
    pub fn id(mut self, id: u16) -> Self {
        self.id = id;
        self
    }

    /// DF flag.
    pub fn df(mut self, df: bool) -> Self {
        self.df = df;
        self
    }

    /// Fragment: MF flag and offset (in 8-byte units).
    pub fn fragment(mut self, mf: bool, offset: u16) -> Self {
        self.mf = mf;
        self.frag_offset = offset;
        self
    }

    /// IPv4 options (padded to a multiple of 4 bytes).
    pub fn ip_options(mut self, o: &[u8]) -> Self {
        self.options = o.to_vec();
        while self.options.len() % 4 != 0 {
            self.options.push(0);
        }
        self
    }

    /// IPv4 version field.
    pub fn ip_version(mut self, v: u8) -> Self {
        self.version = v;
        self
    }

    /// Makes the IPv4 total length field claim `delta` more bytes than there are.
    pub fn total_len_delta(mut self, delta: i32) -> Self {
        self.total_len_delta = delta;
        self
    }

    /// Corrupts the IPv4 header checksum.
    pub fn bad_ip_checksum(mut self) -> Self {
        self.bad_ip_csum = true;
        self
    }

    /// Ethernet padding up to `n` bytes (the frame without FCS).
    pub fn pad_to(mut self, n: usize) -> Self {
        self.pad_to = n;
        self
    }

    /// Cuts the finished frame to `n` bytes.
    pub fn truncate(mut self, n: usize) -> Self {
        self.truncate_to = Some(n);
        self
    }

    /// The frame's bytes.
    pub fn build(&self) -> Vec<u8> {
        let mut f = Vec::with_capacity(64 + self.payload.len());
        f.extend_from_slice(&self.dst_mac);
        f.extend_from_slice(&self.src_mac);
        if let Some(tci) = self.tci {
            f.extend_from_slice(&ETHERTYPE_VLAN.to_be_bytes());
            f.extend_from_slice(&tci.to_be_bytes());
        }
        f.extend_from_slice(&self.ethertype.to_be_bytes());
        match &self.raw_l3 {
            Some(l3) => f.extend_from_slice(l3),
            None => f.extend_from_slice(&self.ipv4()),
        }
        while f.len() < self.pad_to {
            f.push(0);
        }
        if let Some(n) = self.truncate_to {
            f.truncate(n);
        }
        f
    }

    fn ipv4(&self) -> Vec<u8> {
        let (saddr, daddr) = (self.src.ip().octets(), self.dst.ip().octets());
        let (proto, mut l4) = match self.body {
            Body::Tcp { flags, seq, ack } => {
                let mut h = vec![0u8; tcp::LEN];
                put16(&mut h, tcp::SPORT, self.src.port());
                put16(&mut h, tcp::DPORT, self.dst.port());
                put32(&mut h, tcp::SEQ, seq);
                put32(&mut h, tcp::ACK, ack);
                h[tcp::DOFF] = 0x50;
                h[tcp::FLAGS] = flags;
                put16(&mut h, 14, 0xFFFF);
                (PROTO_TCP, h)
            }
            Body::Udp { .. } => {
                let mut h = vec![0u8; udp::LEN];
                put16(&mut h, udp::SPORT, self.src.port());
                put16(&mut h, udp::DPORT, self.dst.port());
                put16(
                    &mut h,
                    udp::LEN_FIELD,
                    (udp::LEN + self.payload.len()) as u16,
                );
                (PROTO_UDP, h)
            }
            Body::Icmp { kind } => (PROTO_ICMP, vec![kind, 0, 0, 0, 0, 1, 0, 1]),
            Body::Ip { proto } => (proto, Vec::new()),
        };
        l4.extend_from_slice(&self.payload);
        // L4 checksum over the pseudo-header.
        let l4_csum_at = match self.body {
            Body::Tcp { .. } => Some(tcp::CSUM),
            Body::Udp { checksum: true } => Some(udp::CSUM),
            Body::Icmp { .. } => Some(2),
            _ => None,
        };
        if let Some(at) = l4_csum_at {
            let mut s = csum::sum_words(&l4);
            if !matches!(self.body, Body::Icmp { .. }) {
                s += csum::sum_words(&saddr) + csum::sum_words(&daddr);
                s += proto as u64 + l4.len() as u64;
            }
            let mut c = !csum::fold(s);
            if c == 0 && matches!(self.body, Body::Udp { .. }) {
                c = 0xFFFF;
            }
            put16(&mut l4, at, c);
        }
        let hlen = ipv4::LEN + self.options.len();
        let mut h = vec![0u8; hlen];
        h[ipv4::VER_IHL] = self.version << 4 | (hlen / 4) as u8;
        h[ipv4::TOS] = self.tos;
        let total = (hlen + l4.len()) as i32 + self.total_len_delta;
        put16(&mut h, ipv4::TOTAL_LEN, total.clamp(0, 0xFFFF) as u16);
        put16(&mut h, ipv4::ID, self.id);
        let frag = if self.df { ipv4::DF } else { 0 }
            | if self.mf { ipv4::MF } else { 0 }
            | (self.frag_offset & ipv4::OFFSET_MASK);
        put16(&mut h, ipv4::FRAG, frag);
        h[ipv4::TTL] = self.ttl;
        h[ipv4::PROTO] = proto;
        h[ipv4::SRC..ipv4::SRC + 4].copy_from_slice(&saddr);
        h[ipv4::DST..ipv4::DST + 4].copy_from_slice(&daddr);
        h[ipv4::LEN..].copy_from_slice(&self.options);
        let mut c = csum::checksum(&h);
        if self.bad_ip_csum {
            c ^= 0x5A5A;
        }
        put16(&mut h, ipv4::CSUM, c);
        h.extend_from_slice(&l4);
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_valid_frames_that_etherparse_accepts() {
        let f = Frame::tcp("10.0.0.2:40000", "10.0.0.100:80")
            .flags(TcpFlags::SYN)
            .payload(b"hello")
            .build();
        let p = etherparse::SlicedPacket::from_ethernet(&f).unwrap();
        let Some(etherparse::NetSlice::Ipv4(ip4)) = p.net else {
            panic!("not IPv4")
        };
        assert_eq!(ip4.header().source_addr(), Ipv4Addr::new(10, 0, 0, 2));
        let Some(etherparse::TransportSlice::Tcp(t)) = p.transport else {
            panic!("not TCP")
        };
        assert!(t.syn());
        assert_eq!(
            t.calc_checksum_ipv4(
                ip4.header().source_addr().octets(),
                ip4.header().destination_addr().octets()
            )
            .unwrap(),
            t.checksum()
        );
        let padded = Frame::udp("1.2.3.4:5", "6.7.8.9:10").pad_to(60).build();
        assert_eq!(padded.len(), 60);
        let arp = Frame::arp_request("10.0.0.2", "10.0.0.100").build();
        assert_eq!(be16(&arp, 12), ETHERTYPE_ARP);
        assert_eq!(arp.len(), 42);
    }
}
