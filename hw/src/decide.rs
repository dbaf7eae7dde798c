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
