//! Header offsets and field extraction.
//!
//! ```text
//! Ethernet II              802.1Q tagged
//!  0..6   dst MAC           0..6   dst MAC
//!  6..12  src MAC           6..12  src MAC
//! 12..14  ethertype        12..14  0x8100
//! 14      L3 (l3 = 14)     14..16  TCI: PCP(3) DEI(1) VID(12)
//!                          16..18  ethertype
//!                          18      L3 (l3 = 18)
//!
//! IPv4 (offsets from l3)             TCP (offsets from l4 = l3 + 20)
//!  0      version(4) IHL(4)           0..2   source port
//!  1      TOS                         2..4   destination port
//!  2..4   total length                4..8   sequence number
//!  4..6   identification              8..12  acknowledgement number
//!  6..8   flags(3) fragment offset   12      data offset(4) reserved(4)
//!  8      TTL                        13      flags: CWR ECE URG ACK PSH RST SYN FIN
//!  9      protocol                   14..16  window
//! 10..12  header checksum            16..18  checksum
//! 12..16  source address
//! 16..20  destination address        UDP (offsets from l4)
//! 20      L4 (no options: IHL = 5)    0..2 source port, 2..4 destination port,
//!                                     4..6 length, 6..8 checksum
//! ```
//! With a tag and TCP, the headers the card reads end at byte 18 + 20 + 18 = 56: the
//! 64-byte header window covers them.

/// Ethertype IPv4.
pub const ETHERTYPE_IPV4: u16 = 0x0800;
/// Ethertype ARP.
pub const ETHERTYPE_ARP: u16 = 0x0806;
/// Ethertype 802.1Q.
pub const ETHERTYPE_VLAN: u16 = 0x8100;
/// Ethertype 802.1ad (QinQ outer tag).
pub const ETHERTYPE_QINQ: u16 = 0x88A8;

/// IPv4 protocol numbers.
pub const PROTO_ICMP: u8 = 1;
/// IP-in-IP.
pub const PROTO_IPIP: u8 = 4;
/// TCP.
pub const PROTO_TCP: u8 = 6;
/// UDP.
pub const PROTO_UDP: u8 = 17;

/// Offsets within the Ethernet header.
pub mod eth {
    /// Destination MAC.
    pub const DST: usize = 0;
    /// Source MAC.
    pub const SRC: usize = 6;
    /// Ethertype (or TPID).
    pub const TYPE: usize = 12;
    /// VLAN TCI, when tagged.
    pub const TCI: usize = 14;
    /// Inner ethertype, when tagged.
    pub const INNER_TYPE: usize = 16;
    /// Untagged header length.
    pub const LEN: usize = 14;
    /// Tagged header length.
    pub const LEN_TAGGED: usize = 18;
}

/// Offsets within the IPv4 header.
pub mod ipv4 {
    /// Version and IHL.
    pub const VER_IHL: usize = 0;
    /// Type of service.
    pub const TOS: usize = 1;
    /// Total length.
    pub const TOTAL_LEN: usize = 2;
    /// Identification.
    pub const ID: usize = 4;
    /// Flags and fragment offset.
    pub const FRAG: usize = 6;
    /// Time to live.
    pub const TTL: usize = 8;
    /// Protocol.
    pub const PROTO: usize = 9;
    /// Header checksum.
    pub const CSUM: usize = 10;
    /// Source address.
    pub const SRC: usize = 12;
    /// Destination address.
    pub const DST: usize = 16;
    /// Header length without options.
    pub const LEN: usize = 20;
    /// Don't-fragment flag in the FRAG word.
    pub const DF: u16 = 0x4000;
    /// More-fragments flag in the FRAG word.
    pub const MF: u16 = 0x2000;
    /// Fragment offset mask in the FRAG word.
    pub const OFFSET_MASK: u16 = 0x1FFF;
}

/// Offsets within the TCP header.
pub mod tcp {
    /// Source port.
    pub const SPORT: usize = 0;
    /// Destination port.
    pub const DPORT: usize = 2;
    /// Sequence number.
    pub const SEQ: usize = 4;
    /// Acknowledgement number.
    pub const ACK: usize = 8;
    /// Data offset.
    pub const DOFF: usize = 12;
    /// Flags.
    pub const FLAGS: usize = 13;
    /// Checksum.
    pub const CSUM: usize = 16;
    /// Minimum header length.
    pub const LEN: usize = 20;
    /// FIN flag.
    pub const FIN: u8 = 0x01;
    /// SYN flag.
    pub const SYN: u8 = 0x02;
    /// RST flag.
    pub const RST: u8 = 0x04;
    /// ACK flag.
    pub const ACK_FLAG: u8 = 0x10;
}

/// Offsets within the UDP header.
pub mod udp {
    /// Source port.
    pub const SPORT: usize = 0;
    /// Destination port.
    pub const DPORT: usize = 2;
    /// Length.
    pub const LEN_FIELD: usize = 4;
    /// Checksum.
    pub const CSUM: usize = 6;
    /// Header length.
    pub const LEN: usize = 8;
}

/// Big-endian u16 at `at`.
pub fn be16(b: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([b[at], b[at + 1]])
}

/// Big-endian u32 at `at`.
pub fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Writes a big-endian u16 at `at`.
pub fn put16(b: &mut [u8], at: usize, v: u16) {
    b[at..at + 2].copy_from_slice(&v.to_be_bytes());
}

/// Writes a big-endian u32 at `at`.
pub fn put32(b: &mut [u8], at: usize, v: u32) {
    b[at..at + 4].copy_from_slice(&v.to_be_bytes());
}
