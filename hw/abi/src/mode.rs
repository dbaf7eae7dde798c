//! The LVS forwarding modes as the card executes them.
//!
//! Each mode is one direction of one LVS method. A connection in NAT or FULLNAT mode
//! has two flow entries (forward, client -> real server, and reverse, real server ->
//! client); DR and TUN connections have only the forward one, because replies go from
//! the real server straight to the client.

use crate::AbiError;

/// What the card does to a frame that hit a flow entry (or a real server chosen by
/// Maglev). The 3-bit value is stored in [`crate::Action::mode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum ForwardingMode {
    /// Direct routing: rewrite the Ethernet addresses only; the IP packet is untouched.
    /// Real server and VIP share the server-side segment.
    Dr = 1,
    /// IP-in-IP: prepend an outer IPv4 header (`new_saddr` -> `new_daddr`, protocol 4),
    /// DF copied from the inner header, TTL from the `TUN_TTL` register.
    Tun = 2,
    /// NAT, client -> real server: destination address and port become `new_daddr`,
    /// `new_dport`. TTL is decremented.
    NatForward = 3,
    /// NAT, real server -> client: source address and port become `new_saddr`,
    /// `new_sport` (the VIP). TTL is decremented.
    NatReverse = 4,
    /// FULLNAT, client -> real server: source becomes the local address/port
    /// (`new_saddr:new_sport`), destination the real server (`new_daddr:new_dport`);
    /// the TCP sequence number grows by `seq_delta`. TTL is decremented.
    FullNatForward = 5,
    /// FULLNAT, real server -> client: source becomes the VIP, destination the client;
    /// the TCP acknowledgement number shrinks by `seq_delta`. TTL is decremented.
    FullNatReverse = 6,
    /// Send every frame of this flow to the host (exception `FlowPunt`), for flows the
    /// host must see (e.g. until a PROXY protocol header has been sent).
    Punt = 7,
}

/// Which way a frame travels, for the IPVS-style in/out counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Direction {
    /// Client -> real server ("InPkts"/"InBytes" in `ipvsadm --stats`).
    In = 0,
    /// Real server -> client ("OutPkts"/"OutBytes").
    Out = 1,
}

impl ForwardingMode {
    /// All modes, in encoding order.
    pub const ALL: [ForwardingMode; 7] = [
        Self::Dr,
        Self::Tun,
        Self::NatForward,
        Self::NatReverse,
        Self::FullNatForward,
        Self::FullNatReverse,
        Self::Punt,
    ];

    /// Decodes the 3-bit field; 0 means "no action" and yields an error.
    pub fn from_bits(v: u8) -> crate::AbiResult<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|m| *m as u8 == v)
            .ok_or(AbiError::UnknownValue {
                what: "forwarding mode",
                value: v as u32,
            })
    }

    /// Counter direction of this mode.
    pub fn direction(self) -> Direction {
        match self {
            Self::NatReverse | Self::FullNatReverse => Direction::Out,
            _ => Direction::In,
        }
    }

    /// True for modes that route the packet (and so decrement the TTL): NAT and FULLNAT.
    pub fn routes(self) -> bool {
        matches!(
            self,
            Self::NatForward | Self::NatReverse | Self::FullNatForward | Self::FullNatReverse
        )
    }

    /// True if the mode rewrites the IPv4 source address and L4 source port.
    pub fn rewrites_source(self) -> bool {
        matches!(
            self,
            Self::NatReverse | Self::FullNatForward | Self::FullNatReverse
        )
    }

    /// True if the mode rewrites the IPv4 destination address and L4 destination port.
    pub fn rewrites_destination(self) -> bool {
        matches!(
            self,
            Self::NatForward | Self::FullNatForward | Self::FullNatReverse
        )
    }

    /// True for the modes a hardware-scheduled (Maglev) service may use: those that need
    /// no reverse entry and no per-connection host state.
    pub fn hw_schedulable(self) -> bool {
        matches!(self, Self::Dr | Self::Tun)
    }

    /// Short name as operators write it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Dr => "dr",
            Self::Tun => "tun",
            Self::NatForward => "nat-fwd",
            Self::NatReverse => "nat-rev",
            Self::FullNatForward => "fullnat-fwd",
            Self::FullNatReverse => "fullnat-rev",
            Self::Punt => "punt",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips_and_zero_is_invalid() {
        for m in ForwardingMode::ALL {
            assert_eq!(ForwardingMode::from_bits(m as u8), Ok(m));
        }
        assert!(ForwardingMode::from_bits(0).is_err());
        assert!(ForwardingMode::ALL.iter().all(|m| (*m as u8) < 8));
    }

    #[test]
    fn rewrite_flags_follow_lvs() {
        use ForwardingMode::*;
        assert!(!Dr.rewrites_source() && !Dr.rewrites_destination() && !Dr.routes());
        assert!(!Tun.rewrites_source() && !Tun.rewrites_destination() && !Tun.routes());
        assert!(NatForward.rewrites_destination() && !NatForward.rewrites_source());
        assert!(NatReverse.rewrites_source() && !NatReverse.rewrites_destination());
        assert!(FullNatForward.rewrites_source() && FullNatForward.rewrites_destination());
        assert!(FullNatReverse.rewrites_source() && FullNatReverse.rewrites_destination());
        assert_eq!(NatReverse.direction(), Direction::Out);
        assert_eq!(FullNatForward.direction(), Direction::In);
    }
}
