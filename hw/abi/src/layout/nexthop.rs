//! Next-hop entry: the Ethernet side of forwarding.
//!
//! ```text
//! NextHop, 128 bits (16 bytes)
//!   bit   0..48   dst_mac       new destination MAC (value of the 6 bytes, big-endian)
//!        48..96   src_mac       new source MAC (the card's port address)
//!        96..98   port          egress port
//!        98       valid
//!        99       vlan_rewrite  1: if the frame carries an 802.1Q tag, set its VID
//!       100..112  vlan_id
//!       112..128  reserved, 0
//! ```
//! Frames keep their tag (or lack of one): the card never pushes or pops tags.

use super::{assert_fits, fixed};
use bitfield::bitfield;

bitfield! {
    /// Raw next-hop entry.
    pub struct NextHopBits(pub [u8]);
    impl Debug;
    u64;
    /// Destination MAC.
    pub dst_mac, set_dst_mac: 47, 0;
    /// Source MAC.
    pub src_mac, set_src_mac: 95, 48;
    /// Egress port.
    pub port, set_port: 97, 96;
    /// Entry in use.
    pub valid, set_valid: 98;
    /// Rewrite the VLAN ID of tagged frames.
    pub vlan_rewrite, set_vlan_rewrite: 99;
    /// VLAN ID.
    pub vlan_id, set_vlan_id: 111, 100;
}

assert_fits!(NextHop::BYTES, 111);

/// A MAC address.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct MacAddr(pub [u8; 6]);

impl MacAddr {
    /// The numeric value of the six bytes, first byte most significant.
    pub fn to_u64(self) -> u64 {
        self.0.iter().fold(0, |acc, b| acc << 8 | *b as u64)
    }

    /// Inverse of [`MacAddr::to_u64`] (bits above 48 ignored).
    pub fn from_u64(v: u64) -> Self {
        let b = v.to_be_bytes();
        MacAddr([b[2], b[3], b[4], b[5], b[6], b[7]])
    }
}

impl std::fmt::Debug for MacAddr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

impl std::fmt::Display for MacAddr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let b = self.0;
        write!(
            f,
            "{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
            b[0], b[1], b[2], b[3], b[4], b[5]
        )
    }
}

impl std::str::FromStr for MacAddr {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let parts: Vec<&str> = s.split(':').collect();
        if parts.len() != 6 {
            return Err(format!(
                "{s:?} is not a MAC address (six hex bytes, colon-separated)"
            ));
        }
        let mut b = [0u8; 6];
        for (i, p) in parts.iter().enumerate() {
            b[i] = u8::from_str_radix(p, 16)
                .map_err(|_| format!("{s:?} is not a MAC address: bad byte {p:?}"))?;
        }
        Ok(MacAddr(b))
    }
}

/// Where and how a frame leaves the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NextHop {
    /// Destination MAC written into the frame.
    pub dst_mac: MacAddr,
    /// Source MAC written into the frame.
    pub src_mac: MacAddr,
    /// Egress port.
    pub port: u8,
    /// `Some(vid)`: tagged frames get this VLAN ID.
    pub vlan: Option<u16>,
}

impl NextHop {
    /// Size in bytes.
    pub const BYTES: usize = 16;

    /// Encodes a valid entry.
    pub fn encode(&self) -> [u8; Self::BYTES] {
        let mut raw = NextHopBits([0u8; Self::BYTES]);
        raw.set_dst_mac(self.dst_mac.to_u64());
        raw.set_src_mac(self.src_mac.to_u64());
        raw.set_port(self.port as u64);
        raw.set_valid(true);
        if let Some(v) = self.vlan {
            raw.set_vlan_rewrite(true);
            raw.set_vlan_id(v as u64 & 0xFFF);
        }
        raw.0
    }

    /// Decodes a slot: `Ok(None)` for an empty slot.
    pub fn decode(bytes: &[u8]) -> crate::AbiResult<Option<Self>> {
        let raw = NextHopBits(fixed::<{ Self::BYTES }>("next hop", bytes)?);
        if !raw.valid() {
            return Ok(None);
        }
        Ok(Some(NextHop {
            dst_mac: MacAddr::from_u64(raw.dst_mac()),
            src_mac: MacAddr::from_u64(raw.src_mac()),
            port: raw.port() as u8,
            vlan: raw.vlan_rewrite().then(|| raw.vlan_id() as u16),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_mac_text() {
        let nh = NextHop {
            dst_mac: "02:00:00:00:00:0b".parse().unwrap(),
            src_mac: MacAddr([0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54]),
            port: 1,
            vlan: Some(4095),
        };
        assert_eq!(NextHop::decode(&nh.encode()), Ok(Some(nh)));
        assert_eq!(nh.src_mac.to_u64(), 0xfedc_ba98_7654);
        assert_eq!(nh.dst_mac.to_string(), "02:00:00:00:00:0b");
        assert!("02:00".parse::<MacAddr>().is_err());
        assert_eq!(NextHop::decode(&[0; 16]), Ok(None));
    }
}
