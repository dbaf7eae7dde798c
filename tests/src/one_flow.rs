//! One DR service with its real server, next hop and one installed flow, programmed
//! through fpvs-driver's tables and mirrored into the reference model: the setup the
//! end-to-end tests of the host-served backends (UART board, Corundum NIC) share, and
//! the checks they make of the card against the model.

use crate::fixtures::{rs_ip, rs_mac, CARD_CLIENT_MAC, CARD_SERVER_MAC, CLIENT_MAC};
use fpvs_abi::layout::FlowStats;
use fpvs_abi::{
    regs, Action, ExceptionReason, FlowEntry, FlowKey, ForwardingMode, MacAddr, NextHop,
    ServiceEntry, Table,
};
use fpvs_driver::rings::{
    CommandRing, Exception, InjectRing, InjectTarget, Mode, RingConfig, Rings,
};
use fpvs_driver::{CardInfo, CardTables, Device, Registers};
use fpvs_model::packet::{ip, Frame, TcpFlags};
use fpvs_model::{Card, CardConfig, ExceptionMeta, Verdict};
use std::time::Duration;

/// A card loaded with [`OneFlow`], and the model that mirrors it.
#[derive(Debug)]
pub struct Loaded {
    /// The model, with the same tables and clock.
    pub model: Card,
    /// The card's rings (interrupt mode).
    pub rings: Rings,
    /// The driver's tables.
    pub tables: CardTables,
    /// The flow's slot.
    pub flow_slot: u32,
}

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
        tables: &mut CardTables,
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

impl OneFlow {
    /// Sets the card's clock to the model's (`config` with a fixed `now`), opens its
    /// rings (16 entries each, exception buffers of `exc_buf` bytes, interrupts),
    /// installs the service and flow, and checks the flow entry reads back.
    pub fn load(
        &self,
        dev: &dyn Device,
        regs: &Registers,
        info: &CardInfo,
        config: CardConfig,
        exc_buf: u16,
        timeout: Duration,
    ) -> Loaded {
        let mut model = Card::new(CardConfig {
            now: 0x0C0F_FEE0,
            ..config
        });
        regs.write(regs::ctrl::TS_PRESCALE, 0).unwrap();
        regs.write(regs::ctrl::TS_NOW, model.tables.config.now)
            .unwrap();
        let rings_cfg = RingConfig {
            log2_sizes: [4, 4, 4, 4],
            exc_buf_size: exc_buf,
            inj_buf_size: 2048,
            mode: Mode::Interrupt,
        };
        let mut rings = Rings::open(dev, regs, info, &rings_cfg).unwrap_or_else(|e| panic!("{e}"));
        let mut tables = CardTables::new(info);
        tables.set_timeout(timeout);
        self.install(&mut tables, &mut rings.cmd, &mut model);
        let (flow_slot, entry) = tables.shadow().lookup_flow(&self.flow).expect("the flow");
        let entry = entry.encode();
        let got = tables
            .read(&mut rings.cmd, Table::Flow, flow_slot, 1)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            got[0].command.payload[..entry.len()],
            entry[..],
            "flow entry read back"
        );
        Loaded {
            model,
            rings,
            tables,
            flow_slot,
        }
    }
}

/// Checks that exception `e` carries the model's `reason` and metadata.
pub fn check_exception(e: &Exception, reason: ExceptionReason, meta: &ExceptionMeta) {
    assert_eq!(e.reason, reason);
    assert_eq!(
        (e.port, e.l3_offset, e.flow_hash, e.timestamp, e.service),
        (
            meta.port,
            meta.l3_offset,
            meta.flow_hash,
            meta.timestamp,
            meta.service
        )
    );
}

/// A frame that left the card: its port, whether it was marked bad or cut off, its bytes.
pub type Seen = (u8, bool, Vec<u8>);

/// Injects two frames through `inj` (the verbatim bytes `raw` out of `port`, and a frame
/// of `flow` through the pipeline as if it arrived on port 0) and checks that the
/// frame `seen` returns next for each is the one the model sends, on its port.
pub fn check_injections(
    model: &mut Card,
    inj: &mut InjectRing,
    flow: &FlowKey,
    port: u8,
    timeout: Duration,
    mut seen: impl FnMut(&str) -> Seen,
) {
    let raw: Vec<u8> = (0..90u32).map(|i| (i * 37) as u8 ^ 0xC0).collect();
    let through = pad(tcp(flow, TcpFlags::ACK).payload(&[0xDB; 40]).build());
    let sends = [
        (InjectTarget::Port { port }, raw, port, true),
        (InjectTarget::Pipeline { port: 0 }, through, 0, false),
    ];
    for (target, f, port, verbatim) in sends {
        let Verdict::Forward {
            port: out, frame, ..
        } = model.inject(&f, port, verbatim)
        else {
            panic!("the model forwards the injected frame");
        };
        inj.send(&[(target, &f)]).unwrap();
        inj.flush(timeout).unwrap_or_else(|e| panic!("{e}"));
        let (got_port, bad, bytes) = seen("an injected frame");
        assert_eq!((got_port, bad), (out, false));
        assert!(
            bytes == frame,
            "injected frame {target:?} differs from the model's"
        );
    }
}

/// Checks the card's frame counters and the statistics of `flow` (in `slot`) against
/// the model's, and returns the statistics.
pub fn check_counters(
    model: &Card,
    regs: &Registers,
    tables: &CardTables,
    cmd: &mut CommandRing,
    flow: &FlowKey,
    slot: u32,
) -> FlowStats {
    let s = &model.stats;
    for (reg, want, name) in [
        (regs::stats::RX_FRAMES, s.rx_frames, "RX_FRAMES"),
        (regs::stats::FWD_FRAMES, s.fwd_frames, "FWD_FRAMES"),
        (regs::stats::EXC_FRAMES, s.exc_frames, "EXC_FRAMES"),
        (regs::stats::INJ_FRAMES, s.inj_frames, "INJ_FRAMES"),
    ] {
        assert_eq!(regs.read(reg).unwrap(), want, "{name}");
    }
    let stats = tables
        .flow_stats_of(cmd, flow)
        .unwrap_or_else(|e| panic!("{e}"))
        .expect("the flow");
    assert_eq!(
        stats, model.flow_stats[slot as usize],
        "the flow's statistics"
    );
    stats
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
