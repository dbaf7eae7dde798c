//! The decide stage: steps 12–13 of the model's `classify.rs` on top of the header-only
//! verdict, verbatim injections, and the punt rate limiter.
//!
//! ```text
//! header-only verdict (parse)       -> as is
//! flow hit                          -> the flow's action
//! no service                        -> Exception(NoService)
//! host-scheduled service            -> Exception(NewFlow) for UDP or a plain SYN,
//!                                      Exception(FlowMiss) otherwise
//! hardware-scheduled, buckets full  -> Exception(TableFull)
//! Maglev slot or real server empty  -> Drop(BadAction)
//! else                              -> the real server's action, notify Learn
//! action: Punt -> Exception(FlowPunt); next hop invalid -> Drop(BadAction);
//!         NAT/FULLNAT with TTL <= 1 -> Exception(TtlExpired);
//!         TUN longer than TUN_MTU   -> Exception(TunnelMtu); else Forward
//! ```
//! Exceptions then pass the token bucket of their class (`ReasonClass`): with no token
//! left the frame is dropped (`Drop(RateLimited)`). `period` = 0 turns limiting off.
//! One frame per clock; outputs registered.
//!
//! ## The punt rate limiter, end to end
//!
//! The buckets live here (`update`, "Punt rate limiter"); the rest of it is in:
//! * its registers: `hw/abi/src/regs.rs`, module `ratelimit` (`PERIOD`; per class
//!   `RATE`, `BURST`, `TOKENS`, `LIMITED`, described by `ratelimit::CLASS_ARRAY`), and
//!   the classes of the reasons in `hw/abi/src/reason.rs` (`ExceptionReason::class`);
//! * its decode: `hw/src/regs.rs` (`Registers` drives `rl_period`, `rl_rate`, `rl_burst`
//!   and reads back `rl_tokens`, `rl_limited`), wired to this block through
//!   `hw/src/header_path.rs` and `hw/src/core.rs`;
//! * its tests: `tests/tests/ratelimit.rs` (on the Verilated card: a SYN flood held to
//!   its bucket while ARP still reaches the host and flows keep being forwarded) and
//!   `registers_agree_with_the_abi` in `hw/src/regs.rs` (every class's registers
//!   against the ABI's table). The reference model does not limit
//!   (`tests/src/fixtures/mod.rs` says why).

use crate::lookup::{ACTION_BITS, TOK_DATA_BITS};
use crate::maglev::NEXTHOP_BITS;
use crate::records::{
    HeaderMeta, MaglevCarry, VerdictBits, KIND_CONTINUE, KIND_DROP, KIND_EXCEPTION, KIND_FORWARD,
};
use fpvs_abi::{DropReason, ExceptionReason, ForwardingMode, NotifyKind};
use rust_hdl::prelude::*;

/// The decide stage.
#[derive(LogicBlock)]
pub struct Decide {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // in (the scheduling stage's outputs)
    /// Header fields.
    pub i_meta: Signal<In, HeaderMeta>,
    /// Valid frame.
    pub i_valid: Signal<In, Bit>,
    /// Lookup results.
    pub i_carry: Signal<In, MaglevCarry>,
    /// Maglev slot and real server valid.
    pub i_rs_ok: Signal<In, Bit>,
    /// The action that applies.
    pub i_action: Signal<In, Bits<ACTION_BITS>>,
    /// Its next hop.
    pub i_nexthop: Signal<In, Bits<NEXTHOP_BITS>>,
    /// Token read data.
    pub i_tok_data: Signal<In, Bits<TOK_DATA_BITS>>,
    // registers
    /// `TUN_MTU`.
    pub tun_mtu: Signal<In, Bits<16>>,
    /// Current timestamp tick.
    pub ts_now: Signal<In, Bits<32>>,
    /// `RATELIMIT.PERIOD` (0: off).
    pub rl_period: Signal<In, Bits<32>>,
    /// Tokens per period, classes 0..3 at bits 16c.
    pub rl_rate: Signal<In, Bits<48>>,
    /// Bucket depths, classes 0..3 at bits 16c.
    pub rl_burst: Signal<In, Bits<48>>,
    /// Tokens now, classes 0..3 at bits 16c.
    pub rl_tokens: Signal<Out, Bits<48>>,
    /// Exceptions dropped per class, at bits 32c.
    pub rl_limited: Signal<Out, Bits<96>>,
    // out, one clock later
    /// Header fields.
    pub o_meta: Signal<Out, HeaderMeta>,
    /// Valid frame.
    pub o_valid: Signal<Out, Bit>,
    /// Decision.
    pub o_verdict: Signal<Out, VerdictBits>,
    /// A command's read token completes.
    pub o_tok: Signal<Out, Bit>,
    /// Its data.
    pub o_tok_data: Signal<Out, Bits<TOK_DATA_BITS>>,
    // registers
    meta: DFF<HeaderMeta>,
    valid: DFF<Bit>,
    verdict: DFF<VerdictBits>,
    tok: DFF<Bit>,
    tok_data: DFF<Bits<TOK_DATA_BITS>>,
    tokens: [DFF<Bits<16>>; 3],
    limited: [DFF<Bits<32>>; 3],
    tick_count: DFF<Bits<32>>,
    // locals
    m: Signal<Local, HeaderMeta>,
    c: Signal<Local, MaglevCarry>,
    a: Signal<Local, Bits<ACTION_BITS>>,
    nh: Signal<Local, Bits<NEXTHOP_BITS>>,
    svc: Signal<Local, Bits<102>>,
    v: Signal<Local, VerdictBits>,
    have_action: Signal<Local, Bit>,
    learn: Signal<Local, Bit>,
    mode: Signal<Local, Bits<3>>,
    routes: Signal<Local, Bit>,
    class_sel: Signal<Local, Bits<3>>,
    refill: Signal<Local, Bit>,
    tk: Signal<Local, Bits<16>>,
    tk_sum: Signal<Local, Bits<17>>,
    burst_c: Signal<Local, Bits<16>>,
    rate_c: Signal<Local, Bits<16>>,
    lim: Signal<Local, Bits<32>>,
    tk_q: Signal<Local, Bits<16>>,
    lim_q: Signal<Local, Bits<32>>,
    tokens_all: Signal<Local, Bits<48>>,
    limited_all: Signal<Local, Bits<96>>,
    no_verdict: Constant<VerdictBits>,
    // constants from fpvs-abi
    k_exc: Constant<Bits<2>>,
    k_drop: Constant<Bits<2>>,
    k_fwd: Constant<Bits<2>>,
    k_cont: Constant<Bits<2>>,
    r_no_service: Constant<Bits<4>>,
    r_new_flow: Constant<Bits<4>>,
    r_flow_miss: Constant<Bits<4>>,
    r_table_full: Constant<Bits<4>>,
    r_flow_punt: Constant<Bits<4>>,
    r_ttl: Constant<Bits<4>>,
    r_mtu: Constant<Bits<4>>,
    r_arp: Constant<Bits<4>>,
    r_icmp: Constant<Bits<4>>,
    d_bad_action: Constant<Bits<4>>,
    d_rate_limited: Constant<Bits<4>>,
    m_tun: Constant<Bits<3>>,
    m_punt: Constant<Bits<3>>,
    m_nat_rev: Constant<Bits<3>>,
    m_fnat_rev: Constant<Bits<3>>,
    n_learn: Constant<Bits<2>>,
    n_finrst: Constant<Bits<2>>,
}

fn c4(v: u8) -> Constant<Bits<4>> {
    Constant::new((v as u64).into())
}

fn c3(v: u8) -> Constant<Bits<3>> {
    Constant::new((v as u64).into())
}

impl Default for Decide {
    fn default() -> Self {
        Decide {
            clock: Default::default(),
            i_meta: Default::default(),
            i_valid: Default::default(),
            i_carry: Default::default(),
            i_rs_ok: Default::default(),
            i_action: Default::default(),
            i_nexthop: Default::default(),
            i_tok_data: Default::default(),
            tun_mtu: Default::default(),
            ts_now: Default::default(),
            rl_period: Default::default(),
            rl_rate: Default::default(),
            rl_burst: Default::default(),
            rl_tokens: Default::default(),
            rl_limited: Default::default(),
            o_meta: Default::default(),
            o_valid: Default::default(),
            o_verdict: Default::default(),
            o_tok: Default::default(),
            o_tok_data: Default::default(),
            meta: Default::default(),
            valid: Default::default(),
            verdict: Default::default(),
            tok: Default::default(),
            tok_data: Default::default(),
            tokens: std::array::from_fn(|_| Default::default()),
            limited: std::array::from_fn(|_| Default::default()),
            tick_count: Default::default(),
            m: Default::default(),
            c: Default::default(),
            a: Default::default(),
            nh: Default::default(),
            svc: Default::default(),
            v: Default::default(),
            have_action: Default::default(),
            learn: Default::default(),
            mode: Default::default(),
            routes: Default::default(),
            class_sel: Default::default(),
            refill: Default::default(),
            tk: Default::default(),
            tk_sum: Default::default(),
            burst_c: Default::default(),
            rate_c: Default::default(),
            lim: Default::default(),
            tk_q: Default::default(),
            lim_q: Default::default(),
            tokens_all: Default::default(),
            limited_all: Default::default(),
            no_verdict: Constant::new(VerdictBits::default()),
            k_exc: Constant::new(KIND_EXCEPTION.into()),
            k_drop: Constant::new(KIND_DROP.into()),
            k_fwd: Constant::new(KIND_FORWARD.into()),
            k_cont: Constant::new(KIND_CONTINUE.into()),
            r_no_service: c4(ExceptionReason::NoService as u8),
            r_new_flow: c4(ExceptionReason::NewFlow as u8),
            r_flow_miss: c4(ExceptionReason::FlowMiss as u8),
            r_table_full: c4(ExceptionReason::TableFull as u8),
            r_flow_punt: c4(ExceptionReason::FlowPunt as u8),
            r_ttl: c4(ExceptionReason::TtlExpired as u8),
            r_mtu: c4(ExceptionReason::TunnelMtu as u8),
            r_arp: c4(ExceptionReason::Arp as u8),
            r_icmp: c4(ExceptionReason::Icmp as u8),
            d_bad_action: c4(DropReason::BadAction as u8),
            d_rate_limited: c4(DropReason::RateLimited as u8),
            m_tun: c3(ForwardingMode::Tun as u8),
            m_punt: c3(ForwardingMode::Punt as u8),
            m_nat_rev: c3(ForwardingMode::NatReverse as u8),
            m_fnat_rev: c3(ForwardingMode::FullNatReverse as u8),
            n_learn: Constant::new((NotifyKind::Learn as u64).into()),
            n_finrst: Constant::new((NotifyKind::FinRst as u64).into()),
        }
    }
}

impl Logic for Decide {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, meta, valid, verdict, tok, tok_data, tick_count);
        for k in 0..3 {
            self.tokens[k].clock.next = self.clock.val();
            self.tokens[k].d.next = self.tokens[k].q.val();
            self.limited[k].clock.next = self.clock.val();
            self.limited[k].d.next = self.limited[k].q.val();
        }
        self.m.next = self.i_meta.val();
        self.c.next = self.i_carry.val();
        self.a.next = self.i_action.val();
        self.nh.next = self.i_nexthop.val();
        self.svc.next = self.c.val().svc;
        self.mode.next = self.a.val().get_bits::<3>(1);
        // NAT forward/reverse, FULLNAT forward/reverse: modes 3..=6.
        self.routes.next = (self.mode.val() >= 3) & (self.mode.val() <= 6);

        // Defaults: an exception carrying nothing.
        self.v.next = self.no_verdict.val();
        self.v.next.kind = self.m.val().pre_kind;
        self.v.next.reason = self.m.val().pre_reason;
        self.v.next.port = self.m.val().port;
        self.v.next.exc_service = 0xFFFF.into();
        self.v.next.timestamp = self.ts_now.val();
        self.have_action.next = false;
        self.learn.next = false;
        if self.m.val().verbatim {
            self.v.next.kind = self.k_fwd.val();
            self.v.next.reason = 0.into();
        } else if self.m.val().pre_kind == self.k_cont.val() {
            self.v.next.hash = self.c.val().hash;
            self.v.next.kind = self.k_exc.val();
            if self.c.val().flow_hit {
                self.have_action.next = true;
            } else if !self.c.val().svc_hit {
                self.v.next.reason = self.r_no_service.val();
            } else {
                self.v.next.exc_service = bit_cast::<16, 10>(self.svc.val().get_bits::<10>(58));
                if !self.svc.val().get_bit(57) {
                    // Host-scheduled: UDP, or SYN without ACK/RST/FIN, is a new flow.
                    if !self.m.val().is_tcp | ((self.m.val().tcp_flags & 0x17) == 0x02) {
                        self.v.next.reason = self.r_new_flow.val();
                    } else {
                        self.v.next.reason = self.r_flow_miss.val();
                    }
                } else if self.c.val().flow_full {
                    self.v.next.reason = self.r_table_full.val();
                } else if !self.i_rs_ok.val() {
                    self.v.next.kind = self.k_drop.val();
                    self.v.next.reason = self.d_bad_action.val();
                } else {
                    self.have_action.next = true;
                    self.learn.next = true;
                }
            }
        }
        if self.have_action.val() {
            self.v.next.exc_service = bit_cast::<16, 10>(self.a.val().get_bits::<10>(14));
            if self.mode.val() == self.m_punt.val() {
                self.v.next.reason = self.r_flow_punt.val();
            } else if !self.nh.val().get_bit(98) {
                self.v.next.kind = self.k_drop.val();
                self.v.next.reason = self.d_bad_action.val();
            } else if self.routes.val() & (self.m.val().ttl <= 1) {
                self.v.next.reason = self.r_ttl.val();
            } else if (self.mode.val() == self.m_tun.val())
                & ((bit_cast::<17, 16>(self.m.val().total_len) + 20)
                    > bit_cast::<17, 16>(self.tun_mtu.val()))
            {
                self.v.next.reason = self.r_mtu.val();
            } else {
                self.v.next.kind = self.k_fwd.val();
                self.v.next.reason = 0.into();
                self.v.next.port = self.nh.val().get_bits::<2>(96);
                self.v.next.mode = self.mode.val();
                self.v.next.new_saddr = self.a.val().get_bits::<32>(24);
                self.v.next.new_daddr = self.a.val().get_bits::<32>(56);
                self.v.next.new_sport = self.a.val().get_bits::<16>(88);
                self.v.next.new_dport = self.a.val().get_bits::<16>(104);
                self.v.next.seq_delta = self.a.val().get_bits::<16>(120);
                self.v.next.dst_mac = self.nh.val().get_bits::<48>(0);
                self.v.next.src_mac = self.nh.val().get_bits::<48>(48);
                self.v.next.vlan_rewrite = self.nh.val().get_bit(99);
                self.v.next.vlan_id = self.nh.val().get_bits::<12>(100);
                self.v.next.acct = true;
                self.v.next.service = self.a.val().get_bits::<10>(14);
                self.v.next.real_server = self.a.val().get_bits::<12>(136);
                self.v.next.dir = (self.mode.val() == self.m_nat_rev.val())
                    | (self.mode.val() == self.m_fnat_rev.val());
                self.v.next.slot = self.c.val().flow_slot;
                self.v.next.slot_valid = self.c.val().flow_hit;
                if self.learn.val() {
                    self.v.next.notify = self.n_learn.val();
                } else if (self.m.val().tcp_flags & 0x05) != 0 {
                    self.v.next.notify = self.n_finrst.val();
                }
            }
        }

        // Punt rate limiter: class 0 new flows, 1 ARP/ICMP, 2 the rest.
        self.class_sel.next = 4.into();
        if (self.v.val().reason == self.r_new_flow.val())
            | (self.v.val().reason == self.r_flow_miss.val())
            | (self.v.val().reason == self.r_table_full.val())
            | (self.v.val().reason == self.r_flow_punt.val())
        {
            self.class_sel.next = 1.into();
        } else if (self.v.val().reason == self.r_arp.val())
            | (self.v.val().reason == self.r_icmp.val())
        {
            self.class_sel.next = 2.into();
        }
        self.refill.next = false;
        self.tick_count.d.next = self.tick_count.q.val() + 1;
        if self.tick_count.q.val() + 1 >= self.rl_period.val() {
            self.tick_count.d.next = 0.into();
            self.refill.next = self.rl_period.val() != 0;
        }
        self.tokens_all.next = 0.into();
        self.limited_all.next = 0.into();
        self.tk_sum.next = 0.into();
        for k in 0..3 {
            self.tk.next = self.tokens[k].q.val();
            self.rate_c.next = self.rl_rate.val().get_bits::<16>(16 * k);
            self.burst_c.next = self.rl_burst.val().get_bits::<16>(16 * k);
            self.lim.next = self.limited[k].q.val();
            if self.refill.val() {
                self.tk_sum.next =
                    bit_cast::<17, 16>(self.tk.val()) + bit_cast::<17, 16>(self.rate_c.val());
                if self.tk_sum.val() > bit_cast::<17, 16>(self.burst_c.val()) {
                    self.tk.next = self.burst_c.val();
                } else {
                    self.tk.next = bit_cast::<16, 17>(self.tk_sum.val());
                }
            }
            if self.i_valid.val()
                & (self.v.val().kind == self.k_exc.val())
                & self.class_sel.val().get_bit(k)
                & (self.rl_period.val() != 0)
            {
                if self.tokens[k].q.val() == 0 {
                    self.v.next.kind = self.k_drop.val();
                    self.v.next.reason = self.d_rate_limited.val();
                    self.lim.next = self.lim.val() + 1;
                } else {
                    self.tk.next = self.tk.val() - 1;
                }
            }
            self.tokens[k].d.next = self.tk.val();
            self.limited[k].d.next = self.lim.val();
            // Class k ends up at bits 16k (32k): shift down, insert at the top.
            self.tk_q.next = self.tokens[k].q.val();
            self.lim_q.next = self.limited[k].q.val();
            self.tokens_all.next =
                (self.tokens_all.val() >> 16) | (bit_cast::<48, 16>(self.tk_q.val()) << 32);
            self.limited_all.next =
                (self.limited_all.val() >> 32) | (bit_cast::<96, 32>(self.lim_q.val()) << 64);
        }

        self.meta.d.next = self.m.val();
        self.valid.d.next = self.i_valid.val();
        self.verdict.d.next = self.v.val();
        self.tok.d.next = self.m.val().tok;
        self.tok_data.d.next = self.i_tok_data.val();
        self.o_meta.next = self.meta.q.val();
        self.o_valid.next = self.valid.q.val();
        self.o_verdict.next = self.verdict.q.val();
        self.o_tok.next = self.tok.q.val();
        self.o_tok_data.next = self.tok_data.q.val();
        self.rl_tokens.next = self.tokens_all.val();
        self.rl_limited.next = self.limited_all.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbed::{self, meta_of};
    use crate::testing::bits_from_bytes;
    use crate::tick;
    use fpvs_abi::hash::maglev_slot;
    use fpvs_abi::placement::candidate_slots_for_hash;
    use fpvs_abi::{flow_hash, Action, FlowEntry, FlowKey, NextHop};
    use fpvs_model::packet::{ip, Frame, TcpFlags};
    use fpvs_model::{process, Card, Tables, Verdict};
    use fpvs_tests::fixtures::{self, Arrival, Setup};
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    /// What decide's inputs carry for one frame, and the table entries behind them.
    struct Input {
        meta: HeaderMeta,
        carry: MaglevCarry,
        rs_ok: bool,
        action: Bits<ACTION_BITS>,
        nexthop: Bits<NEXTHOP_BITS>,
        /// The action and next hop the inputs hold, where they are meaningful.
        used: Option<(Action, Option<NextHop>)>,
    }

    fn junk<const N: usize>(rng: &mut StdRng) -> Bits<N> {
        let b: Vec<u8> = (0..N.div_ceil(8)).map(|_| rng.gen()).collect();
        bits_from_bytes(&b)
    }

    fn junk_carry(rng: &mut StdRng) -> MaglevCarry {
        MaglevCarry {
            hash: junk(rng),
            flow_hit: rng.gen(),
            flow_slot: junk(rng),
            flow_full: rng.gen(),
            svc_hit: rng.gen(),
            svc: junk(rng),
        }
    }

    /// A next-hop RAM word without its valid bit.
    fn invalid_nexthop(rng: &mut StdRng) -> Bits<NEXTHOP_BITS> {
        junk::<NEXTHOP_BITS>(rng) & !(Bits::<NEXTHOP_BITS>::from(1u64) << 98)
    }

    /// Decide's inputs for `frame` as the stages before it make them from `t`: parse's
    /// fields and header-only verdict, lookup's flow and service results, the Maglev
    /// stage's real server, the action that applies and its next hop. Fields that do
    /// not apply hold junk (decide must not look at them). `None` for a truncated frame,
    /// which merge decides.
    fn inputs(frame: &[u8], port: u8, t: &Tables, rng: &mut StdRng) -> Option<Input> {
        let mut meta = meta_of(frame, port);
        let mut input = Input {
            meta,
            carry: junk_carry(rng),
            rs_ok: rng.gen(),
            action: junk(rng),
            nexthop: junk(rng),
            used: None,
        };
        match process(frame, port, &Tables::new(t.config)) {
            Verdict::Drop {
                reason: fpvs_abi::DropReason::Truncated,
            } => return None,
            Verdict::Exception {
                reason: ExceptionReason::NoService,
                ..
            } => {}
            Verdict::Exception { reason, .. } => {
                meta.pre_kind = KIND_EXCEPTION.into();
                meta.pre_reason = (reason as u64).into();
                input.meta = meta;
                return Some(input);
            }
            Verdict::Drop { reason } => {
                meta.pre_kind = KIND_DROP.into();
                meta.pre_reason = (reason as u64).into();
                input.meta = meta;
                return Some(input);
            }
            Verdict::Forward { .. } => unreachable!("no tables"),
        }
        let key = FlowKey {
            saddr: meta.saddr.to_u64() as u32,
            daddr: meta.daddr.to_u64() as u32,
            sport: meta.sport.to_u64() as u16,
            dport: meta.dport.to_u64() as u16,
            proto: meta.proto.to_u64() as u8,
        };
        let hash = flow_hash(&key);
        let c = &mut input.carry;
        c.hash = (hash as u64).into();
        c.flow_full = t.flow_buckets_full(hash);
        let flow = t.lookup_flow(&key, hash);
        c.flow_hit = flow.is_some();
        if let Some((slot, _)) = flow {
            c.flow_slot = (slot as u64).into();
        }
        let svc = t.lookup_service(key.proto, key.daddr, key.dport);
        c.svc_hit = svc.is_some();
        if let Some(s) = svc {
            c.svc = bits_from_bytes(&s.encode());
        }
        let action = match (flow, svc.and_then(|s| s.maglev)) {
            (Some((_, e)), _) => Some(e.action),
            (None, Some((base, size))) => {
                let rs = t.maglev(maglev_slot(hash, base, size)).0;
                let a = rs.and_then(|r| t.real_server(r)).copied();
                input.rs_ok = a.is_some();
                a
            }
            _ => None,
        };
        if let Some(a) = action {
            input.action = bits_from_bytes(&a.encode());
            let nh = t.nexthop(a.nexthop).copied();
            input.nexthop = match nh {
                Some(n) => bits_from_bytes(&n.encode()),
                None => invalid_nexthop(rng),
            };
            input.used = Some((a, nh));
        }
        Some(input)
    }

    /// Checks decide's verdict against the model's for one frame. A frame not forwarded
    /// must also carry no rewrite, no accounting and no notification.
    fn compare(mv: &Verdict, v: &VerdictBits, input: &Input, ctx: &str) {
        let kind = v.kind.to_u64();
        let no_side_effects = |what: &str| {
            assert_eq!(v.mode.to_u64(), 0, "{ctx}: {what} with a rewrite");
            assert!(!v.acct, "{ctx}: {what} charged to counters");
            assert_eq!(v.notify.to_u64(), 0, "{ctx}: {what} notifies");
        };
        match mv {
            Verdict::Forward {
                port,
                accounting,
                notify,
                ..
            } => {
                assert_eq!(
                    kind,
                    KIND_FORWARD,
                    "{ctx}: kind (reason {})",
                    v.reason.to_u64()
                );
                assert_eq!(v.port.to_u64(), *port as u64, "{ctx}: port");
                assert_eq!(v.reason.to_u64(), 0, "{ctx}: reason");
                assert_eq!(
                    v.notify.to_u64(),
                    notify.map(|n| n.kind as u64).unwrap_or(0),
                    "{ctx}: notify"
                );
                let Some(acc) = accounting else {
                    // A verbatim injection: sent as it is.
                    assert_eq!(v.mode.to_u64(), 0, "{ctx}: verbatim rewritten");
                    assert!(!v.acct, "{ctx}: verbatim charged");
                    return;
                };
                let (a, nh) = input.used.expect("forwarded with an action");
                let nh = nh.expect("forwarded through a valid next hop");
                assert_eq!(v.mode.to_u64(), a.mode as u64, "{ctx}: mode");
                assert_eq!(v.new_saddr.to_u64(), a.new_saddr as u64, "{ctx}: saddr");
                assert_eq!(v.new_daddr.to_u64(), a.new_daddr as u64, "{ctx}: daddr");
                assert_eq!(v.new_sport.to_u64(), a.new_sport as u64, "{ctx}: sport");
                assert_eq!(v.new_dport.to_u64(), a.new_dport as u64, "{ctx}: dport");
                assert_eq!(v.seq_delta.to_u64(), a.seq_delta as u64, "{ctx}: delta");
                assert_eq!(v.dst_mac.to_u64(), nh.dst_mac.to_u64(), "{ctx}: dst MAC");
                assert_eq!(v.src_mac.to_u64(), nh.src_mac.to_u64(), "{ctx}: src MAC");
                assert_eq!(v.vlan_rewrite, nh.vlan.is_some(), "{ctx}: VLAN rewrite");
                if let Some(vid) = nh.vlan {
                    assert_eq!(v.vlan_id.to_u64(), vid as u64, "{ctx}: VID");
                }
                assert!(v.acct, "{ctx}: accounting");
                assert_eq!(v.service.to_u64(), acc.service as u64, "{ctx}: service");
                assert_eq!(v.real_server.to_u64(), acc.real_server as u64, "{ctx}: rs");
                assert_eq!(
                    v.dir,
                    acc.direction == fpvs_abi::Direction::Out,
                    "{ctx}: dir"
                );
                assert_eq!(v.slot_valid, acc.slot.is_some(), "{ctx}: slot valid");
                if let Some(s) = acc.slot {
                    assert_eq!(v.slot.to_u64(), s as u64, "{ctx}: slot");
                }
            }
            Verdict::Exception { reason, meta, .. } => {
                crate::testbed::check_exception(v, *reason, meta, ctx);
                no_side_effects("exception");
            }
            Verdict::Drop { reason } => {
                assert_eq!(
                    (kind, v.reason.to_u64()),
                    (KIND_DROP, *reason as u64),
                    "{ctx}: drop"
                );
                no_side_effects("drop");
            }
        }
    }

    /// One frame for the stage: bytes, port, verbatim injection.
    type Arrive = (Vec<u8>, u8, bool);

    /// Runs `frames` through decide one a clock (idle clocks between some, a command's
    /// token in some of those) with the rate limiter off, and checks every verdict
    /// against the model's `process` after one clock edge. Returns the verdicts' (kind,
    /// reason, notify) codes seen.
    fn run(t: &Tables, frames: &[Arrive], seed: u64) -> Vec<(u64, u64, u64)> {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut uut = Decide::default();
        uut.connect_all();
        uut.tun_mtu.next = (t.config.tun_mtu as u64).into();
        uut.ts_now.next = (t.config.now as u64).into();
        uut.rl_period.next = 0.into();
        let mut seen = Vec::new();
        let mut i = 0;
        while i < frames.len() {
            let mut now = None;
            let tok_data = junk::<TOK_DATA_BITS>(&mut rng);
            uut.i_tok_data.next = tok_data;
            if rng.gen_bool(0.8) {
                let (f, port, verbatim) = &frames[i];
                if let Some(mut input) = inputs(f, *port, t, &mut rng) {
                    input.meta.verbatim = *verbatim;
                    uut.i_meta.next = input.meta;
                    uut.i_carry.next = input.carry;
                    uut.i_rs_ok.next = input.rs_ok;
                    uut.i_action.next = input.action;
                    uut.i_nexthop.next = input.nexthop;
                    uut.i_valid.next = true;
                    now = Some((i, input));
                }
                i += 1;
            }
            let tok = now.is_none() && rng.gen_bool(0.3);
            if now.is_none() {
                // An empty slot, perhaps with a token; junk fields.
                let mut m = HeaderMeta::default();
                m.pre_kind = KIND_EXCEPTION.into();
                m.tok = tok;
                m.tok_table = junk(&mut rng);
                m.tok_index = junk(&mut rng);
                uut.i_meta.next = m;
                uut.i_valid.next = false;
                uut.i_carry.next = junk_carry(&mut rng);
            }
            let meta_in = uut.i_meta.next;
            tick!(uut);
            // Registered once: what went in before the clock edge is out after it.
            assert_eq!(uut.o_valid.val(), now.is_some(), "valid one clock later");
            assert_eq!(uut.o_meta.val(), meta_in, "meta one clock later");
            assert_eq!(uut.o_tok.val(), tok, "token one clock later");
            if tok {
                assert_eq!(uut.o_tok_data.val(), tok_data, "token data");
            }
            if let Some((k, input)) = &now {
                let (f, port, verbatim) = &frames[*k];
                let mv = if *verbatim {
                    Card::new(t.config).inject(f, *port, true)
                } else {
                    process(f, *port, t)
                };
                let v = uut.o_verdict.val();
                let ctx = format!(
                    "frame {k} (port {port}, verbatim {verbatim}) {:02x?}",
                    &f[..f.len().min(60)]
                );
                compare(&mv, &v, input, &ctx);
                seen.push((v.kind.to_u64(), v.reason.to_u64(), v.notify.to_u64()));
            }
        }
        seen
    }

    /// The testbed's tables with every case decide tells apart: a real server removed
    /// (so Maglev slots naming it lead nowhere), and both candidate buckets full for
    /// some clients of the Maglev VIP.
    fn tables() -> (
        Tables,
        Vec<(FlowKey, fpvs_abi::ForwardingMode)>,
        Vec<FlowKey>,
    ) {
        let (mut t, flows) = testbed::tables(1);
        t.set_real_server(4, None).expect("rs");
        let full: Vec<FlowKey> = (0..4)
            .map(|c| FlowKey {
                saddr: ip("10.9.0.1") + c,
                daddr: ip("10.0.0.101"),
                sport: 50000,
                dport: 443,
                proto: 6,
            })
            .collect();
        for (n, k) in full.iter().enumerate() {
            let hash = flow_hash(k);
            for slot in candidate_slots_for_hash(t.config.flow_geometry, hash) {
                if t.flow_slot(slot).is_none() {
                    let key = FlowKey {
                        saddr: ip("10.8.0.0") + slot,
                        sport: n as u16,
                        ..*k
                    };
                    let action = testbed::rs_action(0, 0, fpvs_abi::ForwardingMode::Dr, 0);
                    t.set_flow_slot(slot, Some(FlowEntry { key, action }))
                        .expect("filler");
                }
            }
        }
        (t, flows, full)
    }

    /// Frames for every branch: the testbed's (flows in every mode and direction, misses,
    /// host-scheduled and Maglev services, TTL and MTU edges, a punted flow, a flow whose
    /// next hop is invalid), clients whose buckets are full, frames to no service, SYN /
    /// non-SYN / UDP to the host-scheduled service, the header-only cases, and verbatim
    /// injections.
    fn frames(flows: &[(FlowKey, fpvs_abi::ForwardingMode)], full: &[FlowKey]) -> Vec<Arrive> {
        let mut rng = StdRng::seed_from_u64(9);
        let mut v: Vec<Arrive> = testbed::frames(flows, 1500, 2)
            .into_iter()
            .map(|f| (f, rng.gen_range(0..4), false))
            .collect();
        let addr = |a: u32, p: u16| format!("{}:{}", std::net::Ipv4Addr::from(a), p);
        for k in full {
            let f = Frame::tcp(&addr(k.saddr, k.sport), &addr(k.daddr, k.dport));
            v.push((f.flags(TcpFlags::SYN).build(), 0, false));
        }
        for (dst, flags) in [
            ("10.0.0.104:22", TcpFlags::SYN),
            ("10.0.0.104:22", TcpFlags::SYN | TcpFlags::ACK),
            ("10.0.0.104:22", TcpFlags::SYN | TcpFlags::FIN),
            ("10.0.0.104:22", TcpFlags::SYN | TcpFlags::RST),
            ("10.0.0.104:22", TcpFlags::SYN | TcpFlags::PSH),
            ("10.0.0.104:22", TcpFlags::ACK),
            ("10.0.0.104:22", TcpFlags::RST),
            ("10.0.0.100:81", TcpFlags::SYN),
            ("10.9.9.9:80", TcpFlags::ACK),
        ] {
            v.push((
                Frame::tcp("10.1.2.3:999", dst).flags(flags).build(),
                0,
                false,
            ));
        }
        v.push((
            Frame::udp("10.1.2.3:999", "10.0.0.103:53").build(),
            0,
            false,
        ));
        v.push((
            Frame::udp("10.1.2.3:999", "10.0.0.100:80").build(),
            0,
            false,
        ));
        for f in crate::parse::tests::header_cases(300) {
            v.push((f, rng.gen_range(0..4), false));
        }
        for i in 0..60 {
            let f = v[rng.gen_range(0..v.len())].0.clone();
            v.push((f, (i % 4) as u8, true));
        }
        // Mixed, so that the pipeline's registers see every transition.
        for i in (1..v.len()).rev() {
            v.swap(i, rng.gen_range(0..=i));
        }
        v
    }

    /// Decide against the model's classification (steps 12-13 of `classify.rs` on top
    /// of the header-only verdict): every frame's verdict — kind, reason, egress or
    /// ingress port, the rewrite fields (mode, addresses, ports, delta, MACs, VID), the
    /// accounting (service, real server, direction, flow slot), the notification (Learn,
    /// FinRst), and for exceptions the hash, service and timestamp — is the model's,
    /// one clock after it went in; exceptions and drops carry no rewrite, accounting or
    /// notification. Every branch is taken: header-only verdicts as they are, flow hits
    /// in every mode, no service, host-scheduled new flow and flow miss, table full,
    /// empty Maglev slot and invalid real server, punt, invalid next hop, TTL expired,
    /// tunnel MTU, Maglev forwards, verbatim injections. Inputs that do not apply to a
    /// frame hold junk; tokens in empty slots come out with their data.
    #[test]
    fn verdicts_are_the_models() {
        let (t, flows, full) = tables();
        let seen = run(&t, &frames(&flows, &full), 3);
        assert!(seen.len() > 1800, "{} frames decided", seen.len());
        let exc = |r: ExceptionReason| (KIND_EXCEPTION, r as u64);
        let drop = |r: fpvs_abi::DropReason| (KIND_DROP, r as u64);
        use ExceptionReason as E;
        for want in [
            exc(E::NoService),
            exc(E::NewFlow),
            exc(E::FlowMiss),
            exc(E::TableFull),
            exc(E::FlowPunt),
            exc(E::TtlExpired),
            exc(E::TunnelMtu),
            exc(E::Arp),
            exc(E::Malformed),
            drop(fpvs_abi::DropReason::BadAction),
            drop(fpvs_abi::DropReason::BadChecksum),
            (KIND_FORWARD, 0),
        ] {
            let n = seen.iter().filter(|s| (s.0, s.1) == want).count();
            assert!(n >= 2, "verdict {want:?} seen {n} times");
        }
        for notify in [fpvs_abi::NotifyKind::Learn, fpvs_abi::NotifyKind::FinRst] {
            let n = seen.iter().filter(|s| s.2 == notify as u64).count();
            assert!(n >= 2, "{notify:?} seen {n} times");
        }
    }

    /// The golden fixtures' cards (standard, full buckets, empty Maglev) and their
    /// frames, arriving as each row says: decide's verdict is the model's.
    #[test]
    fn golden_fixtures_decide_as_the_model() {
        let all = fixtures::all();
        for setup in [Setup::Standard, Setup::FullBuckets, Setup::EmptyMaglev] {
            let card = fixtures::standard_card(fpvs_model::CardConfig::NARROW, setup);
            let rows: Vec<Arrive> = all
                .iter()
                .filter(|f| f.setup == setup)
                .map(|f| match f.arrival {
                    Arrival::Port(p) | Arrival::Inject(p) => (f.input.clone(), p, false),
                    Arrival::Verbatim(p) => (f.input.clone(), p, true),
                })
                .collect();
            let seen = run(&card.tables, &rows, 4);
            assert!(!seen.is_empty());
        }
    }

    /// The punt rate limiter, against a plain token bucket per class (`ReasonClass`):
    /// every `PERIOD` clocks (the first refill `PERIOD` clocks after the period was set,
    /// counting that clock as the first) each bucket gains its `RATE`, up to its `BURST`;
    /// each exception of a class takes a token, and one that finds its bucket empty
    /// (counted before the refill of its own clock) becomes `Drop(RateLimited)` and counts
    /// in its class's limited counter. Forwards, drops and idle clocks take nothing; the
    /// buckets start empty; `rl_tokens` and `rl_limited` show the state after each clock.
    /// Then `PERIOD` = 0: nothing is limited, nothing refills, the counters stand.
    #[test]
    fn exceptions_pass_their_class_token_bucket() {
        let mut rng = StdRng::seed_from_u64(5);
        let mut uut = Decide::default();
        uut.connect_all();
        let (period, rate, burst) = (9u64, [1u64, 1, 2], [3u64, 2, 4]);
        let pack = |v: [u64; 3]| -> Bits<48> {
            bits_from_bytes(&(v[0] | v[1] << 16 | v[2] << 32).to_le_bytes()[..6])
        };
        uut.rl_rate.next = pack(rate);
        uut.rl_burst.next = pack(burst);
        uut.ts_now.next = 0x1234.into();
        let (mut tokens, mut limited) = ([0u64; 3], [0u64; 3]);
        let mut limits = 0;
        for clock in 0..4000u64 {
            let on = clock < 3000;
            let p = if on { period } else { 0 };
            uut.rl_period.next = p.into();
            let valid = rng.gen_bool(0.8);
            let mut m = HeaderMeta::default();
            let reason = ExceptionReason::ALL[rng.gen_range(0..ExceptionReason::ALL.len())];
            let pick = rng.gen_range(0..10);
            // Mostly exceptions (header-only ones: any reason code passes as it is),
            // some drops and verbatim forwards.
            let (kind, code) = match pick {
                0 => (KIND_DROP, fpvs_abi::DropReason::BadChecksum as u64),
                1 => (KIND_FORWARD, 0),
                _ => (KIND_EXCEPTION, reason as u64),
            };
            if kind == KIND_FORWARD {
                m.verbatim = true;
                m.pre_kind = KIND_EXCEPTION.into();
            } else {
                m.pre_kind = kind.into();
                m.pre_reason = code.into();
            }
            m.port = rng.gen_range(0..4u64).into();
            uut.i_meta.next = m;
            uut.i_valid.next = valid;
            uut.i_carry.next = junk_carry(&mut rng);
            tick!(uut);
            // The reference bucket for this clock.
            let refill = p != 0 && (clock + 1) % p == 0;
            let class = reason.class() as usize;
            let mut dropped = false;
            for k in 0..3 {
                let before = tokens[k];
                if refill {
                    tokens[k] = (tokens[k] + rate[k]).min(burst[k]);
                }
                if valid && kind == KIND_EXCEPTION && class == k && p != 0 {
                    if before == 0 {
                        dropped = true;
                        limited[k] += 1;
                    } else {
                        tokens[k] -= 1;
                    }
                }
            }
            let v = uut.o_verdict.val();
            let ctx = format!("clock {clock}, {kind} {code}");
            assert_eq!(uut.o_valid.val(), valid, "{ctx}");
            if valid {
                if dropped {
                    limits += 1;
                    assert_eq!(
                        (v.kind.to_u64(), v.reason.to_u64()),
                        (KIND_DROP, fpvs_abi::DropReason::RateLimited as u64),
                        "{ctx}: limited"
                    );
                } else {
                    assert_eq!((v.kind.to_u64(), v.reason.to_u64()), (kind, code), "{ctx}");
                }
            }
            let t = uut.rl_tokens.val();
            let l = uut.rl_limited.val();
            for k in 0..3 {
                assert_eq!(
                    t.get_bits::<16>(16 * k).to_u64(),
                    tokens[k],
                    "{ctx}: tokens {k}"
                );
                assert_eq!(
                    l.get_bits::<32>(32 * k).to_u64(),
                    limited[k],
                    "{ctx}: limited {k}"
                );
            }
        }
        // Every class ran dry at times and not at others.
        assert!(limited.iter().all(|n| *n > 5), "{limited:?}");
        assert!(limits < 2000, "{limits} of the exceptions limited");
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut = Decide::default();
        uut.connect_all();
        crate::testing::check_verilog("decide", &uut);
    }
}
