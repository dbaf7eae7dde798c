//! Records passed between stages (rust-hdl `LogicStruct`s: one packed vector each).

use rust_hdl::prelude::*;

/// Bits of the header window (64 bytes).
pub const HDR_BITS: usize = 512;
/// Bits of a rewritten header (64 + 20 bytes for TUN).
pub const HDR_OUT_BITS: usize = 672;

/// What capture hands the header pipeline for each frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, LogicStruct)]
pub struct CapturedHeader {
    /// The frame's first 64 bytes, byte `i` at bits `[8i+7:8i]`, zero beyond the frame.
    pub hdr: Bits<HDR_BITS>,
    /// `min(frame length, 64)`.
    pub hlen: Bits<7>,
    /// The frame ended within these 64 bytes (no tail follows in the data FIFO).
    pub whole: Bit,
    /// Ingress port (or, for injections, the port named by the host).
    pub port: Bits<2>,
    /// Injected frame to be sent to `port` unchanged.
    pub verbatim: Bit,
}

/// `pre_kind`: the frame continues to the table lookups.
pub const KIND_CONTINUE: u64 = 0;
/// `pre_kind` / verdict kind: sent to the host.
pub const KIND_EXCEPTION: u64 = 1;
/// `pre_kind` / verdict kind: dropped.
pub const KIND_DROP: u64 = 2;
/// VerdictBits kind: forwarded.
pub const KIND_FORWARD: u64 = 3;

/// Command-unit tables a token can read (the `Table` codes of `fpvs_abi`).
pub mod token_table {
    /// Flow table.
    pub const FLOW: u64 = fpvs_abi::Table::Flow as u64;
    /// Service table.
    pub const SERVICE: u64 = fpvs_abi::Table::Service as u64;
    /// Maglev slots.
    pub const MAGLEV: u64 = fpvs_abi::Table::Maglev as u64;
    /// Real servers.
    pub const REAL_SERVER: u64 = fpvs_abi::Table::RealServer as u64;
    /// Next hops.
    pub const NEXTHOP: u64 = fpvs_abi::Table::NextHop as u64;
}

/// What travels down the header pipeline beside (not inside) the header vector: the
/// fields parse found, the verdict of the header-only checks, and, in slots left empty
/// for it, a command's read token.
#[derive(Clone, Copy, Debug, Default, PartialEq, LogicStruct)]
pub struct HeaderMeta {
    /// `min(frame length, 64)`.
    pub hlen: Bits<7>,
    /// No tail.
    pub whole: Bit,
    /// Ingress port.
    pub port: Bits<2>,
    /// Verbatim injection.
    pub verbatim: Bit,
    /// One 802.1Q tag (l3 = 18, else 14).
    pub tagged: Bit,
    /// `KIND_CONTINUE`, `KIND_EXCEPTION` or `KIND_DROP`.
    pub pre_kind: Bits<2>,
    /// Exception or drop reason code.
    pub pre_reason: Bits<4>,
    /// `l3 + total length` when the IPv4 header is sane, else 0: a shorter frame is
    /// truncated.
    pub check_len: Bits<17>,
    /// IPv4 protocol.
    pub proto: Bits<8>,
    /// Source address.
    pub saddr: Bits<32>,
    /// Destination address.
    pub daddr: Bits<32>,
    /// L4 source port.
    pub sport: Bits<16>,
    /// L4 destination port.
    pub dport: Bits<16>,
    /// TCP flags (0 for UDP).
    pub tcp_flags: Bits<8>,
    /// TTL.
    pub ttl: Bits<8>,
    /// TOS.
    pub tos: Bits<8>,
    /// IPv4 total length.
    pub total_len: Bits<16>,
    /// Don't fragment.
    pub df: Bit,
    /// Protocol is TCP.
    pub is_tcp: Bit,
    /// IPv4 header checksum field.
    pub ip_csum: Bits<16>,
    /// TCP/UDP checksum field.
    pub l4_csum: Bits<16>,
    /// TCP sequence number.
    pub seq: Bits<32>,
    /// TCP acknowledgement number.
    pub ack: Bits<32>,
    /// This slot carries a command's read, not a frame.
    pub tok: Bit,
    /// Token: table code (`token_table`).
    pub tok_table: Bits<4>,
    /// Token: slot or entry index.
    pub tok_index: Bits<20>,
}

/// Fields the scheduling stage carries beside its own pipeline.
#[derive(Clone, Copy, Debug, Default, PartialEq, LogicStruct)]
pub struct MaglevCarry {
    /// Flow hash.
    pub hash: Bits<32>,
    /// A flow entry matched.
    pub flow_hit: Bit,
    /// Its slot.
    pub flow_slot: Bits<20>,
    /// Both candidate flow buckets are full.
    pub flow_full: Bit,
    /// A service matched.
    pub svc_hit: Bit,
    /// The service entry (`ServiceEntry` bits 0..102).
    pub svc: Bits<102>,
}

/// `VerdictBits::notify`: no notification.
pub const NOTIFY_NONE: u64 = 0;

/// The decision for one frame, and everything rewrite, merge and retire need from it.
#[derive(Clone, Copy, Debug, Default, PartialEq, LogicStruct)]
pub struct VerdictBits {
    /// `KIND_FORWARD`, `KIND_EXCEPTION` or `KIND_DROP`.
    pub kind: Bits<2>,
    /// Exception or drop reason code.
    pub reason: Bits<4>,
    /// Egress port (forward) or ingress port (exception).
    pub port: Bits<2>,
    /// Rewrite: forwarding mode (0: leave the frame as it is).
    pub mode: Bits<3>,
    /// Rewrite: new source address / TUN outer source.
    pub new_saddr: Bits<32>,
    /// Rewrite: new destination address / TUN outer destination.
    pub new_daddr: Bits<32>,
    /// Rewrite: new source port.
    pub new_sport: Bits<16>,
    /// Rewrite: new destination port.
    pub new_dport: Bits<16>,
    /// Rewrite: FULLNAT sequence delta.
    pub seq_delta: Bits<16>,
    /// Rewrite: destination MAC.
    pub dst_mac: Bits<48>,
    /// Rewrite: source MAC.
    pub src_mac: Bits<48>,
    /// Rewrite: set the VLAN ID of tagged frames.
    pub vlan_rewrite: Bit,
    /// Rewrite: the VLAN ID.
    pub vlan_id: Bits<12>,
    /// Exception metadata: flow hash (0 before step 11).
    pub hash: Bits<32>,
    /// Exception metadata: service index, 0xFFFF for none.
    pub exc_service: Bits<16>,
    /// Exception metadata: arrival tick.
    pub timestamp: Bits<32>,
    /// Retire: charge the service and real-server counters.
    pub acct: Bit,
    /// Retire: service index.
    pub service: Bits<10>,
    /// Retire: real-server index.
    pub real_server: Bits<12>,
    /// Retire: direction (0 in, 1 out).
    pub dir: Bit,
    /// Retire: flow-table slot hit.
    pub slot: Bits<20>,
    /// Retire: `slot` is meaningful (flow statistics).
    pub slot_valid: Bit,
    /// Retire: notification kind (`NotifyKind` code, 0 none).
    pub notify: Bits<2>,
}

/// What the header pipeline leaves in the header queue for merge, per frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, LogicStruct)]
pub struct HeaderOut {
    /// The header as it leaves (H').
    pub hdr: Bits<HDR_OUT_BITS>,
    /// Its length in bytes.
    pub len: Bits<7>,
    /// Decision.
    pub verdict: VerdictBits,
    /// Header fields.
    pub meta: HeaderMeta,
}

/// One per frame, when its last beat has left: what retire needs.
#[derive(Clone, Copy, Debug, Default, PartialEq, LogicStruct)]
pub struct RetireEvent {
    /// Decision.
    pub verdict: VerdictBits,
    /// Header fields.
    pub meta: HeaderMeta,
    /// The frame was truncated (and its last beat carried `abort`).
    pub abort: Bit,
}
