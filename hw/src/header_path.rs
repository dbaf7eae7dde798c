//! The header pipeline, capture to rewrite: parse, lookup, scheduling, decide,
//! rewrite. One header per clock, no stall, fixed latency [`HEADER_LATENCY`].
//!
//! A command's read token enters in a slot the core keeps empty for it (no header
//! captured in the cycle before) and leaves at decide with the entry read.

use crate::decide::Decide;
use crate::delay::RamDelay;
use crate::lookup::{Lookup, ACTION_BITS, FLOW_ENTRY_BITS, SERVICE_ENTRY_BITS, TOK_DATA_BITS};
use crate::maglev::{MaglevStage, NEXTHOP_BITS};
use crate::parse::Parse;
use crate::records::{
    CapturedHeader, HeaderMeta, MaglevCarry, VerdictBits, HDR_BITS, HDR_OUT_BITS,
};
use crate::rewrite::Rewrite;
use rust_hdl::prelude::*;

/// Clocks from a captured header to its rewritten header.
pub const HEADER_LATENCY: usize = 13;
/// Clocks from a token's entry (`i_tok`, the clock after the core kept a header out of
/// capture) to its data: one to the slot behind parse, then the lookup onwards.
pub const TOKEN_LATENCY: usize = 10;

/// The header pipeline. Table sizes: `FA`/`FR` flow buckets (log2) and RAMs (2 x ways),
/// `SA`/`SR` the same for services, `MA` log2 Maglev slots, `RA` log2 real servers, `NA`
/// log2 next hops.
#[derive(LogicBlock)]
pub struct HeaderPath<
    const FA: usize,
    const FR: usize,
    const SA: usize,
    const SR: usize,
    const MA: usize,
    const RA: usize,
    const NA: usize,
> {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // headers in
    /// Captured header.
    pub i_hdr: Signal<In, CapturedHeader>,
    /// Valid.
    pub i_valid: Signal<In, Bit>,
    // command read token in (when the slot behind parse is empty)
    /// Token present.
    pub i_tok: Signal<In, Bit>,
    /// Token table code.
    pub i_tok_table: Signal<In, Bits<4>>,
    /// Token index.
    pub i_tok_index: Signal<In, Bits<20>>,
    // out
    /// Header fields.
    pub o_meta: Signal<Out, HeaderMeta>,
    /// Decision.
    pub o_verdict: Signal<Out, VerdictBits>,
    /// Rewritten header.
    pub o_hdr: Signal<Out, Bits<HDR_OUT_BITS>>,
    /// Its length.
    pub o_len: Signal<Out, Bits<7>>,
    /// Valid.
    pub o_valid: Signal<Out, Bit>,
    /// Token completes.
    pub o_tok: Signal<Out, Bit>,
    /// Token data.
    pub o_tok_data: Signal<Out, Bits<TOK_DATA_BITS>>,
    // registers
    /// `TUN_MTU`.
    pub tun_mtu: Signal<In, Bits<16>>,
    /// `TUN_TTL`.
    pub tun_ttl: Signal<In, Bits<8>>,
    /// Timestamp now.
    pub ts_now: Signal<In, Bits<32>>,
    /// Rate limiter period.
    pub rl_period: Signal<In, Bits<32>>,
    /// Rate limiter rates.
    pub rl_rate: Signal<In, Bits<48>>,
    /// Rate limiter depths.
    pub rl_burst: Signal<In, Bits<48>>,
    /// Rate limiter tokens.
    pub rl_tokens: Signal<Out, Bits<48>>,
    /// Rate limiter drops.
    pub rl_limited: Signal<Out, Bits<96>>,
    // table write ports
    /// Flow write enable.
    pub fw_en: Signal<In, Bit>,
    /// Flow RAM.
    pub fw_ram: Signal<In, Bits<4>>,
    /// Flow bucket.
    pub fw_bucket: Signal<In, Bits<FA>>,
    /// Flow entry.
    pub fw_data: Signal<In, Bits<FLOW_ENTRY_BITS>>,
    /// Service write enable.
    pub sw_en: Signal<In, Bit>,
    /// Service RAM.
    pub sw_ram: Signal<In, Bits<4>>,
    /// Service bucket.
    pub sw_bucket: Signal<In, Bits<SA>>,
    /// Service entry.
    pub sw_data: Signal<In, Bits<SERVICE_ENTRY_BITS>>,
    /// Maglev write enable.
    pub mw_en: Signal<In, Bit>,
    /// Maglev slot.
    pub mw_addr: Signal<In, Bits<MA>>,
    /// Maglev entry.
    pub mw_data: Signal<In, Bits<16>>,
    /// Real-server write enable.
    pub rw_en: Signal<In, Bit>,
    /// Real-server index.
    pub rw_addr: Signal<In, Bits<RA>>,
    /// Real-server entry.
    pub rw_data: Signal<In, Bits<ACTION_BITS>>,
    /// Next-hop write enable.
    pub nw_en: Signal<In, Bit>,
    /// Next-hop index.
    pub nw_addr: Signal<In, Bits<NA>>,
    /// Next-hop entry.
    pub nw_data: Signal<In, Bits<NEXTHOP_BITS>>,
    // stages
    parse: Parse,
    lookup: Lookup<FA, FR, SA, SR>,
    maglev: MaglevStage<MA, RA, NA>,
    decide: Decide,
    rewrite: Rewrite,
    // the header vector beside parse (its two clocks), lookup and scheduling
    hdr_d: RamDelay<Bits<HDR_BITS>, 11>,
    // a token waits a clock for the slot behind parse's second stage
    tok1: DFF<Bit>,
    tok_table1: DFF<Bits<4>>,
    tok_index1: DFF<Bits<20>>,
    // locals
    m0: Signal<Local, HeaderMeta>,
    carry: Signal<Local, MaglevCarry>,
    svc: Signal<Local, Bits<SERVICE_ENTRY_BITS>>,
}

impl<
        const FA: usize,
        const FR: usize,
        const SA: usize,
        const SR: usize,
        const MA: usize,
        const RA: usize,
        const NA: usize,
    > Default for HeaderPath<FA, FR, SA, SR, MA, RA, NA>
{
    fn default() -> Self {
        HeaderPath {
            clock: Default::default(),
            i_hdr: Default::default(),
            i_valid: Default::default(),
            i_tok: Default::default(),
            i_tok_table: Default::default(),
            i_tok_index: Default::default(),
            o_meta: Default::default(),
            o_verdict: Default::default(),
            o_hdr: Default::default(),
            o_len: Default::default(),
            o_valid: Default::default(),
            o_tok: Default::default(),
            o_tok_data: Default::default(),
            tun_mtu: Default::default(),
            tun_ttl: Default::default(),
            ts_now: Default::default(),
            rl_period: Default::default(),
            rl_rate: Default::default(),
            rl_burst: Default::default(),
            rl_tokens: Default::default(),
            rl_limited: Default::default(),
            fw_en: Default::default(),
            fw_ram: Default::default(),
            fw_bucket: Default::default(),
            fw_data: Default::default(),
            sw_en: Default::default(),
            sw_ram: Default::default(),
            sw_bucket: Default::default(),
            sw_data: Default::default(),
            mw_en: Default::default(),
            mw_addr: Default::default(),
            mw_data: Default::default(),
            rw_en: Default::default(),
            rw_addr: Default::default(),
            rw_data: Default::default(),
            nw_en: Default::default(),
            nw_addr: Default::default(),
            nw_data: Default::default(),
            parse: Default::default(),
            lookup: Default::default(),
            maglev: Default::default(),
            decide: Default::default(),
            rewrite: Default::default(),
            hdr_d: Default::default(),
            tok1: Default::default(),
            tok_table1: Default::default(),
            tok_index1: Default::default(),
            m0: Default::default(),
            carry: Default::default(),
            svc: Default::default(),
        }
    }
}

impl<
        const FA: usize,
        const FR: usize,
        const SA: usize,
        const SR: usize,
        const MA: usize,
        const RA: usize,
        const NA: usize,
    > Logic for HeaderPath<FA, FR, SA, SR, MA, RA, NA>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, tok1, tok_table1, tok_index1);
        clock!(self, clock, parse, lookup, maglev, decide, rewrite, hdr_d);
        // parse
        self.parse.i_hdr.next = self.i_hdr.val();
        self.parse.i_valid.next = self.i_valid.val();
        self.hdr_d.d.next = self.i_hdr.val().hdr;
        // lookup (a token rides in an empty slot: the core kept a header out of capture
        // the clock before `i_tok`, which parse's two stages bring out one clock later)
        self.tok1.d.next = self.i_tok.val();
        self.tok_table1.d.next = self.i_tok_table.val();
        self.tok_index1.d.next = self.i_tok_index.val();
        self.m0.next = self.parse.o_meta.val();
        if self.tok1.q.val() {
            self.m0.next.tok = true;
            self.m0.next.tok_table = self.tok_table1.q.val();
            self.m0.next.tok_index = self.tok_index1.q.val();
        }
        self.lookup.i_meta.next = self.m0.val();
        self.lookup.i_valid.next = self.parse.o_valid.val();
        self.lookup.fw_en.next = self.fw_en.val();
        self.lookup.fw_ram.next = self.fw_ram.val();
        self.lookup.fw_bucket.next = self.fw_bucket.val();
        self.lookup.fw_data.next = self.fw_data.val();
        self.lookup.sw_en.next = self.sw_en.val();
        self.lookup.sw_ram.next = self.sw_ram.val();
        self.lookup.sw_bucket.next = self.sw_bucket.val();
        self.lookup.sw_data.next = self.sw_data.val();
        // scheduling
        self.carry.next.hash = self.lookup.o_hash.val();
        self.carry.next.flow_hit = self.lookup.o_flow_hit.val();
        self.carry.next.flow_slot = self.lookup.o_flow_slot.val();
        self.carry.next.flow_full = self.lookup.o_flow_full.val();
        self.carry.next.svc_hit = self.lookup.o_svc_hit.val();
        self.svc.next = self.lookup.o_svc.val();
        self.carry.next.svc = self.svc.val();
        self.maglev.i_meta.next = self.lookup.o_meta.val();
        self.maglev.i_valid.next = self.lookup.o_valid.val();
        self.maglev.i_carry.next = self.carry.val();
        self.maglev.i_flow_action.next = self.lookup.o_flow_action.val();
        self.maglev.i_tok_data.next = self.lookup.o_tok_data.val();
        self.maglev.mw_en.next = self.mw_en.val();
        self.maglev.mw_addr.next = self.mw_addr.val();
        self.maglev.mw_data.next = self.mw_data.val();
        self.maglev.rw_en.next = self.rw_en.val();
        self.maglev.rw_addr.next = self.rw_addr.val();
        self.maglev.rw_data.next = self.rw_data.val();
        self.maglev.nw_en.next = self.nw_en.val();
        self.maglev.nw_addr.next = self.nw_addr.val();
        self.maglev.nw_data.next = self.nw_data.val();
        // decide
        self.decide.i_meta.next = self.maglev.o_meta.val();
        self.decide.i_valid.next = self.maglev.o_valid.val();
        self.decide.i_carry.next = self.maglev.o_carry.val();
        self.decide.i_rs_ok.next = self.maglev.o_rs_ok.val();
        self.decide.i_action.next = self.maglev.o_action.val();
        self.decide.i_nexthop.next = self.maglev.o_nexthop.val();
        self.decide.i_tok_data.next = self.maglev.o_tok_data.val();
        self.decide.tun_mtu.next = self.tun_mtu.val();
        self.decide.ts_now.next = self.ts_now.val();
        self.decide.rl_period.next = self.rl_period.val();
        self.decide.rl_rate.next = self.rl_rate.val();
        self.decide.rl_burst.next = self.rl_burst.val();
        self.rl_tokens.next = self.decide.rl_tokens.val();
        self.rl_limited.next = self.decide.rl_limited.val();
        self.o_tok.next = self.decide.o_tok.val();
        self.o_tok_data.next = self.decide.o_tok_data.val();
        // rewrite
        self.rewrite.i_meta.next = self.decide.o_meta.val();
        self.rewrite.i_verdict.next = self.decide.o_verdict.val();
        self.rewrite.i_hdr.next = self.hdr_d.q.val();
        self.rewrite.i_valid.next = self.decide.o_valid.val();
        self.rewrite.tun_ttl.next = self.tun_ttl.val();
        self.o_meta.next = self.rewrite.o_meta.val();
        self.o_verdict.next = self.rewrite.o_verdict.val();
        self.o_hdr.next = self.rewrite.o_hdr.val();
        self.o_len.next = self.rewrite.o_len.val();
        self.o_valid.next = self.rewrite.o_valid.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{KIND_DROP, KIND_EXCEPTION, KIND_FORWARD};
    use crate::testbed;
    use crate::testing::{bits_from_bytes, bytes_from_bits, check_verilog};
    use crate::tick;
    use fpvs_abi::FlowEntry;
    use fpvs_model::{process, Tables, Verdict as ModelVerdict};

    pub(crate) type Small = HeaderPath<4, 4, 2, 4, 10, 5, 5>;

    /// Writes every entry of the model's tables into the RTL's.
    pub(crate) fn program<
        const FA: usize,
        const FR: usize,
        const SA: usize,
        const SR: usize,
        const MA: usize,
        const RA: usize,
        const NA: usize,
    >(
        uut: &mut HeaderPath<FA, FR, SA, SR, MA, RA, NA>,
        t: &Tables,
    ) {
        let c = t.config;
        for slot in 0..c.flow_geometry.capacity() as u32 {
            let (bank, bucket, way) = c.flow_geometry.split(slot);
            uut.fw_en.next = true;
            uut.fw_ram.next = ((bank * c.flow_geometry.ways() + way) as u64).into();
            uut.fw_bucket.next = (bucket as u64).into();
            uut.fw_data.next =
                bits_from_bytes(&t.flow_slot(slot).map(FlowEntry::encode).unwrap_or([0; 32]));
            tick!(*uut);
        }
        uut.fw_en.next = false;
        for slot in 0..c.service_geometry.capacity() as u32 {
            let (bank, bucket, way) = c.service_geometry.split(slot);
            uut.sw_en.next = true;
            uut.sw_ram.next = ((bank * c.service_geometry.ways() + way) as u64).into();
            uut.sw_bucket.next = (bucket as u64).into();
            uut.sw_data.next =
                bits_from_bytes(&t.service_slot(slot).map(|e| e.encode()).unwrap_or([0; 16]));
            tick!(*uut);
        }
        uut.sw_en.next = false;
        for i in 0..c.maglev_slots {
            uut.mw_en.next = true;
            uut.mw_addr.next = (i as u64).into();
            uut.mw_data.next = (t.maglev(i).encode() as u64).into();
            tick!(*uut);
        }
        uut.mw_en.next = false;
        for i in 0..c.real_servers {
            uut.rw_en.next = true;
            uut.rw_addr.next = (i as u64).into();
            uut.rw_data.next =
                bits_from_bytes(&t.real_server(i).map(|a| a.encode()).unwrap_or([0; 19]));
            tick!(*uut);
        }
        uut.rw_en.next = false;
        for i in 0..c.nexthops {
            uut.nw_en.next = true;
            uut.nw_addr.next = (i as u64).into();
            uut.nw_data.next =
                bits_from_bytes(&t.nexthop(i).map(|n| n.encode()).unwrap_or([0; 16]));
            tick!(*uut);
        }
        uut.nw_en.next = false;
        uut.tun_mtu.next = (c.tun_mtu as u64).into();
        uut.tun_ttl.next = (c.tun_ttl as u64).into();
        uut.ts_now.next = (c.now as u64).into();
    }

    /// Compares one RTL output with the model's verdict for `frame`.
    pub(crate) fn compare(
        frame: &[u8],
        mv: &ModelVerdict,
        v: &VerdictBits,
        hdr: &Bits<HDR_OUT_BITS>,
        len: usize,
        ctx: &str,
    ) {
        let kind = v.kind.to_u64();
        match mv {
            ModelVerdict::Forward {
                port,
                frame: out,
                accounting,
                notify,
            } => {
                assert_eq!(kind, KIND_FORWARD, "{ctx}: kind");
                assert_eq!(v.port.to_u64(), *port as u64, "{ctx}: port");
                let n = out.len().min(len);
                assert_eq!(
                    len,
                    out.len().min(frame.len().min(64) + out.len() - frame.len()),
                    "{ctx}: header length"
                );
                let got = bytes_from_bits(hdr, n);
                if got != out[..n] {
                    let at = got.iter().zip(out).position(|(a, b)| a != b).unwrap_or(0);
                    panic!(
                        "{ctx}: first difference at byte {at}: got {:02x?} want {:02x?}",
                        &got[at..n.min(at + 8)],
                        &out[at..n.min(at + 8)]
                    );
                }
                if let Some(a) = accounting {
                    assert!(v.acct);
                    assert_eq!(v.service.to_u64(), a.service as u64, "{ctx}: service");
                    assert_eq!(v.real_server.to_u64(), a.real_server as u64, "{ctx}: rs");
                    assert_eq!(v.dir, a.direction == fpvs_abi::Direction::Out, "{ctx}: dir");
                    assert_eq!(v.slot_valid, a.slot.is_some(), "{ctx}: slot valid");
                    if let Some(s) = a.slot {
                        assert_eq!(v.slot.to_u64(), s as u64, "{ctx}: slot");
                    }
                }
                assert_eq!(
                    v.notify.to_u64(),
                    notify.map(|n| n.kind as u64).unwrap_or(0),
                    "{ctx}: notify"
                );
            }
            ModelVerdict::Exception { reason, meta, .. } => {
                crate::testbed::check_exception(v, *reason, meta, ctx);
                let n = frame.len().min(64);
                assert_eq!(
                    bytes_from_bits(hdr, n),
                    frame[..n],
                    "{ctx}: exception header changed"
                );
            }
            ModelVerdict::Drop {
                reason: fpvs_abi::DropReason::Truncated,
            } => {}
            ModelVerdict::Drop { reason } => {
                assert_eq!(
                    (kind, v.reason.to_u64()),
                    (KIND_DROP, *reason as u64),
                    "{ctx}: drop"
                );
            }
        }
    }

    #[test]
    fn agrees_with_the_model_on_every_mode() {
        let (t, flows) = testbed::tables(1);
        let mut frames = testbed::frames(&flows, 600, 2);
        frames.extend(crate::parse::tests::header_cases(200));
        let mut uut = Small::default();
        uut.connect_all();
        program(&mut uut, &t);
        let total = frames.len();
        for cycle in 0..total + HEADER_LATENCY {
            if let Some(f) = frames.get(cycle) {
                uut.i_hdr.next = crate::parse::tests::captured(f);
                uut.i_valid.next = true;
            } else {
                uut.i_valid.next = false;
            }
            tick!(uut);
            if cycle + 1 >= HEADER_LATENCY && cycle + 1 - HEADER_LATENCY < total {
                let i = cycle + 1 - HEADER_LATENCY;
                assert!(uut.o_valid.val(), "frame {i} missing");
                let f = &frames[i];
                let mv = process(f, 1, &t);
                let v = uut.o_verdict.val();
                compare(
                    f,
                    &mv,
                    &v,
                    &uut.o_hdr.val(),
                    uut.o_len.val().to_u64() as usize,
                    &format!("frame {i} {:02x?}", &f[..f.len().min(60)]),
                );
                if let ModelVerdict::Drop {
                    reason: fpvs_abi::DropReason::Truncated,
                } = mv
                {
                    assert!(uut.o_meta.val().check_len.to_u64() as usize > f.len());
                }
            }
        }
    }

    /// The golden fixtures through the header pipeline of the narrow build's geometry:
    /// verdicts, and the rewritten headers of forwarded frames.
    #[test]
    fn golden_fixtures_pass() {
        use fpvs_tests::fixtures::{self, Arrival, Expect, Setup};
        type Narrow = HeaderPath<9, 8, 6, 4, 12, 8, 8>;
        let all = fixtures::all();
        for setup in [Setup::Standard, Setup::FullBuckets, Setup::EmptyMaglev] {
            let rows: Vec<_> = all.iter().filter(|f| f.setup == setup).collect();
            let card = fixtures::standard_card(fpvs_model::CardConfig::NARROW, setup);
            let mut uut = Narrow::default();
            uut.connect_all();
            program(&mut uut, &card.tables);
            for cycle in 0..rows.len() + HEADER_LATENCY {
                if let Some(fx) = rows.get(cycle) {
                    let mut h = crate::parse::tests::captured(&fx.input);
                    match fx.arrival {
                        Arrival::Port(p) | Arrival::Inject(p) => h.port = (p as u64).into(),
                        Arrival::Verbatim(p) => {
                            h.port = (p as u64).into();
                            h.verbatim = true;
                        }
                    }
                    uut.i_hdr.next = h;
                    uut.i_valid.next = true;
                } else {
                    uut.i_valid.next = false;
                }
                tick!(uut);
                if cycle + 1 < HEADER_LATENCY || cycle + 1 - HEADER_LATENCY >= rows.len() {
                    continue;
                }
                let fx = rows[cycle + 1 - HEADER_LATENCY];
                let v = uut.o_verdict.val();
                let (kind, reason) = (v.kind.to_u64(), v.reason.to_u64());
                let len = uut.o_len.val().to_u64() as usize;
                match &fx.expect {
                    Expect::Forward {
                        port,
                        frame,
                        notify,
                    } => {
                        assert_eq!(kind, KIND_FORWARD, "{}", fx.description);
                        assert_eq!(v.port.to_u64(), *port as u64, "{}", fx.description);
                        let n = len.min(frame.len());
                        assert_eq!(
                            bytes_from_bits(&uut.o_hdr.val(), n),
                            frame[..n],
                            "{}",
                            fx.description
                        );
                        assert_eq!(
                            v.notify.to_u64(),
                            notify.map(|k| k as u64).unwrap_or(0),
                            "{}",
                            fx.description
                        );
                    }
                    Expect::Exception(r) => {
                        assert_eq!(
                            (kind, reason),
                            (KIND_EXCEPTION, *r as u64),
                            "{}",
                            fx.description
                        )
                    }
                    // Truncation is found by merge at the frame's end, not here.
                    Expect::Drop(fpvs_abi::DropReason::Truncated) => {
                        assert!(uut.o_meta.val().check_len.to_u64() as usize > fx.input.len())
                    }
                    Expect::Drop(r) => {
                        assert_eq!((kind, reason), (KIND_DROP, *r as u64), "{}", fx.description)
                    }
                }
            }
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut = Small::default();
        uut.connect_all();
        check_verilog("header_path", &uut);
    }
}
