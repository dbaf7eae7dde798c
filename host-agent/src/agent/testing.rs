//! Builders the agent's unit tests share.

use fpvs_abi::{Action, FlowKey, ForwardingMode};

/// The client of the unit tests.
pub(in crate::agent) const CLIENT: u32 = 0x0a00_0001;
/// Their VIP.
pub(in crate::agent) const VIP: u32 = 0x0a00_0064;
/// Their real server.
pub(in crate::agent) const RS: u32 = 0xc0a8_010b;
/// Their FULLNAT local address.
pub(in crate::agent) const LOCAL: u32 = 0xc0a8_01c9;

/// A TCP connection of [`CLIENT`] from `sport` to [`VIP`]:`dport`.
pub(in crate::agent) fn client_key(sport: u16, dport: u16) -> FlowKey {
    FlowKey {
        saddr: CLIENT,
        daddr: VIP,
        sport,
        dport,
        proto: 6,
    }
}

/// An action of `mode` towards [`RS`] through next hop 4, charged to service 2 and
/// real server 3, from [`LOCAL`] (FULLNAT), ports unchanged.
pub(in crate::agent) fn action(mode: ForwardingMode) -> Action {
    Action {
        mode,
        nexthop: 4,
        service: 2,
        real_server: 3,
        new_saddr: LOCAL,
        new_daddr: RS,
        new_sport: 0,
        new_dport: 0,
        seq_delta: 0,
    }
}
