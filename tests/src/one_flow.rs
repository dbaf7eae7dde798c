//! One DR service with its real server, next hop and one installed flow, programmed
//! through fpvs-driver's tables and mirrored into the reference model: the setup the
//! end-to-end tests of the host-served backends (UART board, Corundum NIC) share.

use crate::fixtures::{rs_ip, rs_mac, CARD_CLIENT_MAC, CARD_SERVER_MAC, CLIENT_MAC};
use fpvs_abi::{Action, FlowEntry, FlowKey, ForwardingMode, MacAddr, NextHop, ServiceEntry};
use fpvs_driver::rings::CommandRing;
use fpvs_driver::Tables;
use fpvs_model::packet::{ip, Frame};

/// The service, its real server and next hop, and the flow.
#[derive(Debug, Clone, Copy)]
pub struct OneFlow {
    /// Next hop 1: the real server's MAC, out of port 1.
    pub nexthop: NextHop,
    /// Real server 1's action (DR).
    pub action: Action,
    /// TCP 10.0.0.100:80.
    pub service: ServiceEntry,
    /// 10.0.0.2:40000 to the service.
    pub flow: FlowKey,
}

impl Default for OneFlow {
    fn default() -> Self {
        let vip = ip("10.0.0.100");
        OneFlow {
            nexthop: NextHop {
                dst_mac: MacAddr(rs_mac(1)),
                src_mac: MacAddr(CARD_SERVER_MAC),
                port: 1,
                vlan: None,
            },
            action: Action {
                mode: ForwardingMode::Dr,
                nexthop: 1,
                service: 0,
                real_server: 1,
                new_saddr: 0,
                new_daddr: ip(&rs_ip(1)),
                new_sport: 0,
                new_dport: 0,
                seq_delta: 0,
            },
            service: ServiceEntry {
                proto: 6,
                vip,
                vport: 80,
                service: 0,
                maglev: None,
            },
            flow: FlowKey {
                saddr: ip("10.0.0.2"),
                daddr: vip,
                sport: 40_000,
                dport: 80,
                proto: 6,
            },
        }
    }
}

impl OneFlow {
    /// Programs the card through `cmd` and gives `model` the same entries in the
    /// slots the driver chose. Panics on any refusal.
    pub fn install(
        &self,
        tables: &mut Tables,
        cmd: &mut CommandRing,
        model: &mut fpvs_model::Card,
    ) {
        tables.set_nexthop(1, Some(self.nexthop)).unwrap();
        tables.set_real_server(1, Some(self.action)).unwrap();
        tables.set_service(self.service).unwrap();
        tables
            .insert_flow(FlowEntry {
                key: self.flow,
                action: self.action,
            })
            .unwrap();
        let report = tables.commit(cmd).unwrap_or_else(|e| panic!("{e}"));
        assert!(report.refused.is_empty(), "refused: {:?}", report.refused);
        let mt = &mut model.tables;
        mt.set_nexthop(1, Some(self.nexthop)).unwrap();
        mt.set_real_server(1, Some(self.action)).unwrap();
        for slot in 0..mt.config.service_geometry.capacity() as u32 {
            mt.set_service_slot(slot, tables.shadow().service_slot(slot).copied())
                .unwrap();
        }
        for slot in 0..mt.config.flow_geometry.capacity() as u32 {
            mt.set_flow_slot(slot, tables.shadow().flow_slot(slot).copied())
                .unwrap();
        }
    }
}

/// `f` padded to the 60-byte Ethernet minimum.
pub fn pad(mut f: Vec<u8>) -> Vec<u8> {
    if f.len() < 60 {
        f.resize(60, 0);
    }
    f
}

/// A TCP frame of `flow` from the client with `flags`.
pub fn tcp(flow: &FlowKey, flags: u8) -> Frame {
    let addr = |a: u32, p: u16| format!("{}:{}", std::net::Ipv4Addr::from(a), p);
    Frame::tcp(&addr(flow.saddr, flow.sport), &addr(flow.daddr, flow.dport))
        .macs(CLIENT_MAC, CARD_CLIENT_MAC)
        .flags(flags)
        .seq_ack(0x1000_0000, 0x2000_0000)
}
