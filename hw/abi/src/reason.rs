//! Why a frame went to the host, or was dropped.

use crate::AbiError;

/// Why the card sent a frame to the host (the exception ring) instead of forwarding it.
///
/// The order of checks, and so which reason a frame gets when several apply, is the
/// classification order documented in `fpvs-model` (`classify.rs`); the RTL follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum ExceptionReason {
    /// TCP SYN (without ACK) or UDP datagram for a host-scheduled service, no flow entry:
    /// the host schedules a real server and installs the flow.
    NewFlow = 1,
    /// TCP segment other than a plain SYN for a host-scheduled service, no flow entry
    /// (e.g. after a restart, or the entry aged out): the host decides.
    FlowMiss = 2,
    /// No flow entry and no service for the destination address/port/protocol.
    NoService = 3,
    /// ARP (ethertype 0x0806).
    Arp = 4,
    /// ICMP (IPv4 protocol 1).
    Icmp = 5,
    /// IPv4 header with options (IHL > 5).
    Ipv4Options = 6,
    /// IPv4 fragment (MF set or fragment offset non-zero).
    Fragment = 7,
    /// TTL would reach 0 in a mode that routes (NAT, FULLNAT): TTL <= 1.
    TtlExpired = 8,
    /// Headers cut short or inconsistent: frame shorter than the headers it announces,
    /// IPv4 version not 4, IHL < 5, total length smaller than the headers.
    Malformed = 9,
    /// TUN output would exceed the tunnel MTU (`TUN_MTU` register); the host answers
    /// with ICMP fragmentation-needed if DF is set, or fragments otherwise.
    TunnelMtu = 10,
    /// A hardware-scheduled service missed and both candidate buckets for the new flow
    /// are full: the card cannot promise the connection will be pinned.
    TableFull = 11,
    /// Ethertype other than IPv4/ARP (or a second VLAN tag), IPv4 protocol other than
    /// TCP/UDP/ICMP.
    Unsupported = 12,
    /// The flow entry says "punt" ([`crate::ForwardingMode::Punt`]).
    FlowPunt = 13,
}

impl ExceptionReason {
    /// All reasons, in encoding order.
    pub const ALL: [ExceptionReason; 13] = [
        Self::NewFlow,
        Self::FlowMiss,
        Self::NoService,
        Self::Arp,
        Self::Icmp,
        Self::Ipv4Options,
        Self::Fragment,
        Self::TtlExpired,
        Self::Malformed,
        Self::TunnelMtu,
        Self::TableFull,
        Self::Unsupported,
        Self::FlowPunt,
    ];

    /// Number of per-reason counters in the STATS block (codes 0..COUNT).
    pub const COUNTERS: usize = 16;

    /// Decodes a reason code.
    pub fn from_code(v: u8) -> crate::AbiResult<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|r| *r as u8 == v)
            .ok_or(AbiError::UnknownValue {
                what: "exception reason",
                value: v as u32,
            })
    }

    /// The rate-limit class this reason is charged to.
    pub fn class(self) -> ReasonClass {
        match self {
            Self::NewFlow | Self::FlowMiss | Self::TableFull | Self::FlowPunt => {
                ReasonClass::NewFlow
            }
            Self::Arp | Self::Icmp => ReasonClass::Control,
            _ => ReasonClass::Other,
        }
    }

    /// Name used in counters and logs.
    pub fn name(self) -> &'static str {
        match self {
            Self::NewFlow => "new_flow",
            Self::FlowMiss => "flow_miss",
            Self::NoService => "no_service",
            Self::Arp => "arp",
            Self::Icmp => "icmp",
            Self::Ipv4Options => "ipv4_options",
            Self::Fragment => "fragment",
            Self::TtlExpired => "ttl_expired",
            Self::Malformed => "malformed",
            Self::TunnelMtu => "tunnel_mtu",
            Self::TableFull => "table_full",
            Self::Unsupported => "unsupported",
            Self::FlowPunt => "flow_punt",
        }
    }
}

/// Punt rate-limit classes: a SYN flood (class `NewFlow`) cannot starve ARP and ICMP
/// (class `Control`), and neither can garbage (class `Other`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ReasonClass {
    /// New connections and flow misses.
    NewFlow = 0,
    /// ARP and ICMP, which the host must answer.
    Control = 1,
    /// Everything else.
    Other = 2,
}

impl ReasonClass {
    /// Number of classes (token buckets in the RATELIMIT block).
    pub const COUNT: usize = 3;
    /// Every class, in code order.
    pub const ALL: [ReasonClass; Self::COUNT] = [
        ReasonClass::NewFlow,
        ReasonClass::Control,
        ReasonClass::Other,
    ];
}

/// Why the card dropped a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum DropReason {
    /// The frame ended before the IPv4 total length says it should. Detected at the end
    /// of the frame: the card marks the frame's last beat `abort`, and the port or DMA
    /// engine discards it (cut-through forwarding cannot recall the first beats).
    Truncated = 1,
    /// IPv4 header checksum wrong.
    BadChecksum = 2,
    /// Exception suppressed by the punt rate limiter.
    RateLimited = 3,
    /// The flow entry, Maglev slot or real-server entry has no valid action, or names a
    /// next hop that is not valid.
    BadAction = 4,
    /// Frame shorter than an Ethernet header (14 bytes).
    Runt = 5,
}

impl DropReason {
    /// All reasons, in encoding order.
    pub const ALL: [DropReason; 5] = [
        Self::Truncated,
        Self::BadChecksum,
        Self::RateLimited,
        Self::BadAction,
        Self::Runt,
    ];

    /// Number of per-reason drop counters in the STATS block.
    pub const COUNTERS: usize = 8;

    /// Decodes a drop code.
    pub fn from_code(v: u8) -> crate::AbiResult<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|r| *r as u8 == v)
            .ok_or(AbiError::UnknownValue {
                what: "drop reason",
                value: v as u32,
            })
    }

    /// Name used in counters and logs.
    pub fn name(self) -> &'static str {
        match self {
            Self::Truncated => "truncated",
            Self::BadChecksum => "bad_checksum",
            Self::RateLimited => "rate_limited",
            Self::BadAction => "bad_action",
            Self::Runt => "runt",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_fit_their_counter_arrays_and_round_trip() {
        for r in ExceptionReason::ALL {
            assert!((r as usize) < ExceptionReason::COUNTERS);
            assert_eq!(ExceptionReason::from_code(r as u8), Ok(r));
        }
        for r in DropReason::ALL {
            assert!((r as usize) < DropReason::COUNTERS);
            assert_eq!(DropReason::from_code(r as u8), Ok(r));
        }
        assert!(ExceptionReason::from_code(0).is_err());
        assert!(DropReason::from_code(0).is_err());
    }

    #[test]
    fn syn_flood_class_is_separate_from_control() {
        assert_eq!(ExceptionReason::NewFlow.class(), ReasonClass::NewFlow);
        assert_eq!(ExceptionReason::Arp.class(), ReasonClass::Control);
        assert_eq!(ExceptionReason::Malformed.class(), ReasonClass::Other);
    }
}
