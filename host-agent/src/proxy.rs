//! PROXY protocol v2 for FULLNAT services: the header, and the TCP segment surgery that
//! puts it in front of the client's first byte.
//!
//! FULLNAT replaces the client's address with a local address, so a real server sees
//! the load balancer as its peer. With `--proxy-protocol v2` fpvsd tells it who the
//! client is the way HAProxy, nginx (`listen ... proxy_protocol`) and most proxies
//! understand: a 28-byte binary header (signature, `PROXY` command, TCP over IPv4,
//! client and VIP addresses and ports) ahead of the stream's first byte.
//!
//! The card cannot insert bytes into a stream, so the connection's first round trip
//! goes through the host ([`crate::agent::Agent`] installs both of its entries as
//! [`fpvs_abi::ForwardingMode::Punt`]):
//!
//! 1. The client's SYN goes to the real server rewritten as FULLNAT, with its
//!    SACK-permitted option replaced by NOPs ([`strip_sack_permitted`]): the card
//!    shifts sequence and acknowledgement numbers by the header's length, but not the
//!    sequence numbers inside SACK blocks, so the connection runs without SACK.
//! 2. The client's first data segment gets the header in front of its payload
//!    ([`insert_payload`]); its sequence number is unchanged, so the header occupies
//!    the sequence space the payload had and everything after it moves up by
//!    [`HEADER_LEN`]. A retransmission of that segment gets the header again.
//! 3. Later client segments are sent with `seq + HEADER_LEN`, replies with
//!    `ack - HEADER_LEN` — what the card's FULLNAT rewrite does with `seq_delta`.
//! 4. When the real server acknowledges the header, both entries become ordinary
//!    FULLNAT entries with `seq_delta = HEADER_LEN`, and the card carries the rest of
//!    the connection at line rate.

use fpvs_model::csum;
use std::net::Ipv4Addr;

/// The v2 signature: `\r\n\r\n\0\r\nQUIT\n`.
pub const SIGNATURE: [u8; 12] = *b"\r\n\r\n\0\r\nQUIT\n";

/// Length of a TCP-over-IPv4 v2 header.
pub const HEADER_LEN: usize = 28;

/// The v2 header announcing a TCP connection from `client` to `vip`.
pub fn header_v2(client: (Ipv4Addr, u16), vip: (Ipv4Addr, u16)) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..12].copy_from_slice(&SIGNATURE);
    h[12] = 0x21; // version 2, command PROXY
    h[13] = 0x11; // AF_INET, STREAM
    h[14..16].copy_from_slice(&12u16.to_be_bytes());
    h[16..20].copy_from_slice(&client.0.octets());
    h[20..24].copy_from_slice(&vip.0.octets());
    h[24..26].copy_from_slice(&client.1.to_be_bytes());
    h[26..28].copy_from_slice(&vip.1.to_be_bytes());
    h
}

/// What the slow path needs of a TCP segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Sequence number.
    pub seq: u32,
    /// Acknowledgement number.
    pub ack: u32,
    /// TCP flags.
    pub flags: u8,
    /// Offset of the TCP header in the frame.
    pub l4: usize,
    /// Offset of the payload in the frame.
    pub payload: usize,
    /// Payload length (from the IPv4 total length, not the frame's).
    pub payload_len: usize,
}

/// TCP flag bits.
pub mod flags {
    /// FIN.
    pub const FIN: u8 = 0x01;
    /// SYN.
    pub const SYN: u8 = 0x02;
    /// RST.
    pub const RST: u8 = 0x04;
    /// ACK.
    pub const ACK: u8 = 0x10;
}

fn be16(b: &[u8], o: usize) -> Option<u16> {
    Some(u16::from_be_bytes(b.get(o..o + 2)?.try_into().ok()?))
}

fn be32(b: &[u8], o: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(o..o + 4)?.try_into().ok()?))
}

/// Parses the TCP segment of an unfragmented IPv4 packet at `l3`; None when it is not
/// one or its lengths do not fit the frame.
pub fn segment(frame: &[u8], l3: usize) -> Option<Segment> {
    let ihl = usize::from(frame.get(l3)? & 0x0f) * 4;
    if *frame.get(l3 + 9)? != 6 || ihl < 20 {
        return None;
    }
    let total = usize::from(be16(frame, l3 + 2)?);
    let l4 = l3 + ihl;
    let doff = usize::from(frame.get(l4 + 12)? >> 4) * 4;
    if doff < 20 || total < ihl + doff || l3 + total > frame.len() {
        return None;
    }
    Some(Segment {
        seq: be32(frame, l4 + 4)?,
        ack: be32(frame, l4 + 8)?,
        flags: *frame.get(l4 + 13)?,
        l4,
        payload: l4 + doff,
        payload_len: total - ihl - doff,
    })
}

/// The TCP checksum of the segment at `l4` (IPv4 header at `l3`, `len` bytes of
/// TCP header and payload), computed from scratch.
fn tcp_checksum(frame: &[u8], l3: usize, l4: usize, len: usize) -> u16 {
    let mut pseudo = [0u8; 12];
    pseudo[..8].copy_from_slice(&frame[l3 + 12..l3 + 20]);
    pseudo[9] = 6;
    pseudo[10..12].copy_from_slice(&(len as u16).to_be_bytes());
    let mut seg = frame[l4..l4 + len].to_vec();
    seg[16] = 0;
    seg[17] = 0;
    !csum::fold(csum::sum_words(&pseudo) + csum::sum_words(&seg))
}

fn ip_checksum(frame: &mut [u8], l3: usize) {
    let ihl = usize::from(frame[l3] & 0x0f) * 4;
    frame[l3 + 10] = 0;
    frame[l3 + 11] = 0;
    let c = csum::checksum(&frame[l3..l3 + ihl]);
    frame[l3 + 10..l3 + 12].copy_from_slice(&c.to_be_bytes());
}

/// The frame with `bytes` inserted in front of the TCP payload: IPv4 total length
/// and both checksums recomputed, sequence numbers unchanged. Ethernet padding
/// after the IPv4 packet is dropped. None if the packet would exceed 65 535 bytes.
pub fn insert_payload(frame: &[u8], l3: usize, s: &Segment, bytes: &[u8]) -> Option<Vec<u8>> {
    let total = usize::from(be16(frame, l3 + 2)?) + bytes.len();
    let total16 = u16::try_from(total).ok()?;
    let mut out = Vec::with_capacity(l3 + total);
    out.extend_from_slice(&frame[..s.payload]);
    out.extend_from_slice(bytes);
    out.extend_from_slice(&frame[s.payload..s.payload + s.payload_len]);
    out[l3 + 2..l3 + 4].copy_from_slice(&total16.to_be_bytes());
    ip_checksum(&mut out, l3);
    let c = tcp_checksum(&out, l3, s.l4, out.len() - s.l4);
    out[s.l4 + 16..s.l4 + 18].copy_from_slice(&c.to_be_bytes());
    Some(out)
}

/// Replaces a SYN's SACK-permitted option (kind 4) with NOPs and fixes the TCP
/// checksum; other frames are returned unchanged.
pub fn strip_sack_permitted(frame: &[u8], l3: usize, s: &Segment) -> Vec<u8> {
    let mut out = frame.to_vec();
    if s.flags & flags::SYN == 0 {
        return out;
    }
    let mut i = s.l4 + 20;
    let mut changed = false;
    while i < s.payload {
        match out[i] {
            0 => break,
            1 => i += 1,
            kind => {
                let Some(&len) = out.get(i + 1) else { break };
                let len = usize::from(len);
                if len < 2 || i + len > s.payload {
                    break;
                }
                if kind == 4 && len == 2 {
                    out[i] = 1;
                    out[i + 1] = 1;
                    changed = true;
                }
                i += len;
            }
        }
    }
    if changed {
        let c = tcp_checksum(&out, l3, s.l4, s.payload + s.payload_len - s.l4);
        out[s.l4 + 16..s.l4 + 18].copy_from_slice(&c.to_be_bytes());
    }
    out
}

/// True when `ack` acknowledges every byte before `end` (sequence arithmetic).
pub fn acks(ack: u32, end: u32) -> bool {
    ack.wrapping_sub(end) as i32 >= 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use etherparse::{PacketBuilder, SlicedPacket, TcpOptionElement, TransportSlice};

    const L3: usize = 14;

    fn syn_with_sack() -> Vec<u8> {
        let b = PacketBuilder::ethernet2([2; 6], [4; 6])
            .ipv4([10, 0, 0, 2], [10, 0, 0, 103], 64)
            .tcp(40000, 80, 1000, 64240)
            .syn()
            .options(&[
                TcpOptionElement::MaximumSegmentSize(1460),
                TcpOptionElement::SelectiveAcknowledgementPermitted,
                TcpOptionElement::Timestamp(1, 0),
                TcpOptionElement::WindowScale(7),
            ])
            .unwrap();
        let mut out = Vec::new();
        b.write(&mut out, &[]).unwrap();
        out
    }

    fn data(payload: &[u8]) -> Vec<u8> {
        let b = PacketBuilder::ethernet2([2; 6], [4; 6])
            .ipv4([10, 0, 0, 2], [10, 0, 0, 103], 64)
            .tcp(40000, 80, 1001, 502)
            .ack(7000)
            .psh();
        let mut out = Vec::new();
        b.write(&mut out, payload).unwrap();
        out
    }

    /// Checks both checksums and returns (options, payload).
    fn check(frame: &[u8]) -> (Vec<TcpOptionElement>, Vec<u8>) {
        let p = SlicedPacket::from_ethernet(frame).unwrap();
        let Some(etherparse::NetSlice::Ipv4(ip)) = &p.net else {
            panic!("not IPv4")
        };
        let h = ip.header().to_header();
        assert_eq!(h.calc_header_checksum(), h.header_checksum, "IPv4 checksum");
        let Some(TransportSlice::Tcp(t)) = &p.transport else {
            panic!("not TCP")
        };
        let want = t.to_header().calc_checksum_ipv4(&h, t.payload()).unwrap();
        assert_eq!(want, t.checksum(), "TCP checksum");
        let opts = t.options_iterator().map(|o| o.unwrap()).collect();
        (opts, t.payload().to_vec())
    }

    #[test]
    fn header_is_the_spec_layout() {
        let h = header_v2(
            (Ipv4Addr::new(10, 0, 0, 2), 40000),
            (Ipv4Addr::new(10, 0, 0, 103), 80),
        );
        assert_eq!(&h[..12], b"\r\n\r\n\0\r\nQUIT\n");
        assert_eq!(h[12..16], [0x21, 0x11, 0, 12]);
        assert_eq!(h[16..20], [10, 0, 0, 2]);
        assert_eq!(h[20..24], [10, 0, 0, 103]);
        assert_eq!(h[24..28], [0x9c, 0x40, 0, 80]);
    }

    #[test]
    fn the_header_goes_in_front_of_the_payload() {
        let f = data(b"GET / HTTP/1.0\r\n\r\n");
        let s = segment(&f, L3).unwrap();
        assert_eq!((s.seq, s.ack, s.payload_len), (1001, 7000, 18));
        let h = header_v2(
            (Ipv4Addr::new(10, 0, 0, 2), 40000),
            (Ipv4Addr::new(10, 0, 0, 103), 80),
        );
        let out = insert_payload(&f, L3, &s, &h).unwrap();
        let (_, payload) = check(&out);
        assert_eq!(&payload[..HEADER_LEN], &h);
        assert_eq!(&payload[HEADER_LEN..], b"GET / HTTP/1.0\r\n\r\n");
        let s2 = segment(&out, L3).unwrap();
        assert_eq!(
            (s2.seq, s2.ack, s2.payload_len),
            (1001, 7000, 18 + HEADER_LEN)
        );
    }

    #[test]
    fn sack_permitted_becomes_nops_and_the_rest_stays() {
        let f = syn_with_sack();
        let s = segment(&f, L3).unwrap();
        let out = strip_sack_permitted(&f, L3, &s);
        let (opts, _) = check(&out);
        assert!(!opts.contains(&TcpOptionElement::SelectiveAcknowledgementPermitted));
        assert!(opts.contains(&TcpOptionElement::MaximumSegmentSize(1460)));
        assert!(opts.contains(&TcpOptionElement::Timestamp(1, 0)));
        assert!(opts.contains(&TcpOptionElement::WindowScale(7)));
        assert_eq!(out.len(), f.len());
        // A segment that is not a SYN is left alone.
        let d = data(b"x");
        assert_eq!(strip_sack_permitted(&d, L3, &segment(&d, L3).unwrap()), d);
    }

    #[test]
    fn malformed_segments_are_refused() {
        let f = data(b"abc");
        // Total length beyond the frame.
        let mut g = f.clone();
        g[L3 + 3] += 10;
        assert!(segment(&g, L3).is_none());
        // Data offset below 5 words.
        let mut g = f.clone();
        g[L3 + 20 + 12] = 0x40;
        assert!(segment(&g, L3).is_none());
        assert!(segment(&f[..30], L3).is_none());
    }

    #[test]
    fn sequence_comparison_wraps() {
        assert!(acks(100, 100));
        assert!(acks(101, 100));
        assert!(!acks(99, 100));
        assert!(acks(5, u32::MAX - 5));
        assert!(!acks(u32::MAX - 5, 5));
    }
}
