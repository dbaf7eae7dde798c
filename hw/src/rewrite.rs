//! The rewrite stage: the header as it leaves, `H'` (up to 84 bytes), per mode — what
//! the model's `rewrite.rs` does, bit for bit.
//!
//! ```text
//! cycle 0  new addresses, ports, TTL, seq/ack; checksum sums over the fixed word lists
//! cycle 1  carries folded, checksums inserted; Ethernet addresses and VID; the L3
//!          window rebuilt (NAT, FULLNAT) or the outer header inserted (TUN)
//! cycle 2  out: H' and its length
//! ```
//! Fields are written in the byte-reversed L3 window (see `parse.rs`), where every
//! big-endian field is a plain slice, then the window is reversed back into place at
//! l3 = 14 or 18. Mode 0 (exceptions, drops, verbatim injections) leaves the header as
//! it came.

use crate::records::{HeaderMeta, VerdictBits, HDR_BITS, HDR_OUT_BITS};
use fpvs_abi::ForwardingMode;
use rust_hdl::prelude::*;

const WIN: usize = 320;

fn byte_mask<const N: usize>(bytes: std::ops::Range<usize>) -> Bits<N> {
    let mut m: Bits<N> = Bits::default();
    for b in bytes.start * 8..bytes.end * 8 {
        m = m.replace_bit(b, true);
    }
    m
}

/// Rewrite stage.
#[derive(LogicBlock)]
pub struct Rewrite {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // in
    /// Header fields.
    pub i_meta: Signal<In, HeaderMeta>,
    /// Decision.
    pub i_verdict: Signal<In, VerdictBits>,
    /// The header vector.
    pub i_hdr: Signal<In, Bits<HDR_BITS>>,
    /// Valid.
    pub i_valid: Signal<In, Bit>,
    /// `TUN_TTL`.
    pub tun_ttl: Signal<In, Bits<8>>,
    // out, two clocks later
    /// Header fields.
    pub o_meta: Signal<Out, HeaderMeta>,
    /// Decision.
    pub o_verdict: Signal<Out, VerdictBits>,
    /// The header as it leaves.
    pub o_hdr: Signal<Out, Bits<HDR_OUT_BITS>>,
    /// Its length in bytes.
    pub o_len: Signal<Out, Bits<7>>,
    /// Valid.
    pub o_valid: Signal<Out, Bit>,
    // stage A registers
    a_meta: DFF<HeaderMeta>,
    a_verdict: DFF<VerdictBits>,
    a_hdr: DFF<Bits<HDR_BITS>>,
    a_valid: DFF<Bit>,
    a_saddr: DFF<Bits<32>>,
    a_daddr: DFF<Bits<32>>,
    a_sport: DFF<Bits<16>>,
    a_dport: DFF<Bits<16>>,
    a_seq: DFF<Bits<32>>,
    a_ack: DFF<Bits<32>>,
    a_ttl: DFF<Bits<8>>,
    a_sum_ip: DFF<Bits<24>>,
    a_sum_l4: DFF<Bits<24>>,
    a_sum_out: DFF<Bits<24>>,
    a_outer_ttl: DFF<Bits<8>>,
    // stage B registers
    b_meta: DFF<HeaderMeta>,
    b_verdict: DFF<VerdictBits>,
    b_hdr: DFF<Bits<HDR_OUT_BITS>>,
    b_len: DFF<Bits<7>>,
    b_valid: DFF<Bit>,
    // stage A locals
    m: Signal<Local, HeaderMeta>,
    v: Signal<Local, VerdictBits>,
    mode: Signal<Local, Bits<3>>,
    s_old: Signal<Local, Bits<32>>,
    d_old: Signal<Local, Bits<32>>,
    seq_old: Signal<Local, Bits<32>>,
    ack_old: Signal<Local, Bits<32>>,
    vs: Signal<Local, Bits<32>>,
    vd: Signal<Local, Bits<32>>,
    new_s: Signal<Local, Bits<32>>,
    new_d: Signal<Local, Bits<32>>,
    new_sp: Signal<Local, Bits<16>>,
    new_dp: Signal<Local, Bits<16>>,
    new_seq: Signal<Local, Bits<32>>,
    new_ack: Signal<Local, Bits<32>>,
    ttl_old_w: Signal<Local, Bits<16>>,
    ttl_new_w: Signal<Local, Bits<16>>,
    n16: Signal<Local, Bits<16>>,
    p_s: Signal<Local, Bits<24>>,
    p_d: Signal<Local, Bits<24>>,
    p_ports: Signal<Local, Bits<24>>,
    p_seq: Signal<Local, Bits<24>>,
    p_ack: Signal<Local, Bits<24>>,
    sum_pairs: Signal<Local, Bits<24>>,
    sum_ip: Signal<Local, Bits<24>>,
    sum_l4_extra: Signal<Local, Bits<24>>,
    sum_out: Signal<Local, Bits<24>>,
    out_len: Signal<Local, Bits<16>>,
    // stage B locals
    mb: Signal<Local, HeaderMeta>,
    vb: Signal<Local, VerdictBits>,
    hdr: Signal<Local, Bits<HDR_BITS>>,
    f1: Signal<Local, Bits<24>>,
    f2: Signal<Local, Bits<24>>,
    ip_csum: Signal<Local, Bits<16>>,
    l4_csum: Signal<Local, Bits<16>>,
    out_csum: Signal<Local, Bits<16>>,
    win: Signal<Local, Bits<WIN>>,
    rev: Signal<Local, Bits<WIN>>,
    wbyte: Signal<Local, Bits<8>>,
    wword: Signal<Local, Bits<32>>,
    wswap: Signal<Local, Bits<32>>,
    win_new: Signal<Local, Bits<WIN>>,
    mac: Signal<Local, Bits<48>>,
    dmac: Signal<Local, Bits<48>>,
    smac: Signal<Local, Bits<48>>,
    l2: Signal<Local, Bits<HDR_BITS>>,
    b14: Signal<Local, Bits<8>>,
    outer_rev: Signal<Local, Bits<160>>,
    outer: Signal<Local, Bits<160>>,
    hp: Signal<Local, Bits<HDR_OUT_BITS>>,
    wide: Signal<Local, Bits<HDR_OUT_BITS>>,
    // constants
    m_dr: Constant<Bits<3>>,
    m_tun: Constant<Bits<3>>,
    m_fnat_fwd: Constant<Bits<3>>,
    m_fnat_rev: Constant<Bits<3>>,
    m_nat_fwd: Constant<Bits<3>>,
    mask_l2: Constant<Bits<HDR_BITS>>,
    mask_tci: Constant<Bits<HDR_BITS>>,
    mask_win14: Constant<Bits<HDR_BITS>>,
    mask_win18: Constant<Bits<HDR_BITS>>,
    keep_tcp: Constant<Bits<WIN>>,
    keep_udp: Constant<Bits<WIN>>,
    low14: Constant<Bits<HDR_OUT_BITS>>,
    low18: Constant<Bits<HDR_OUT_BITS>>,
}

/// Bytes of the reversed window a field occupies, for window offset `o`, `n` bytes.
fn rev_bytes(o: usize, n: usize) -> std::ops::Range<usize> {
    40 - o - n..40 - o
}

impl Default for Rewrite {
    fn default() -> Self {
        let c3 = |m: ForwardingMode| Constant::new((m as u64).into());
        // Fields NAT/FULLNAT rewrite in the reversed window: TTL, IPv4 checksum,
        // addresses, ports; TCP also seq, ack, checksum; UDP its checksum.
        let common = [(8, 1), (10, 2), (12, 4), (16, 4), (20, 2), (22, 2)];
        let mut keep_tcp: Bits<WIN> = !Bits::<WIN>::default();
        let mut keep_udp: Bits<WIN> = !Bits::<WIN>::default();
        for (o, n) in common {
            keep_tcp = keep_tcp & !byte_mask::<WIN>(rev_bytes(o, n));
            keep_udp = keep_udp & !byte_mask::<WIN>(rev_bytes(o, n));
        }
        for (o, n) in [(24, 4), (28, 4), (36, 2)] {
            keep_tcp = keep_tcp & !byte_mask::<WIN>(rev_bytes(o, n));
        }
        keep_udp = keep_udp & !byte_mask::<WIN>(rev_bytes(26, 2));
        Rewrite {
            clock: Default::default(),
            i_meta: Default::default(),
            i_verdict: Default::default(),
            i_hdr: Default::default(),
            i_valid: Default::default(),
            tun_ttl: Default::default(),
            o_meta: Default::default(),
            o_verdict: Default::default(),
            o_hdr: Default::default(),
            o_len: Default::default(),
            o_valid: Default::default(),
            a_meta: Default::default(),
            a_verdict: Default::default(),
            a_hdr: Default::default(),
            a_valid: Default::default(),
            a_saddr: Default::default(),
            a_daddr: Default::default(),
            a_sport: Default::default(),
            a_dport: Default::default(),
            a_seq: Default::default(),
            a_ack: Default::default(),
            a_ttl: Default::default(),
            a_sum_ip: Default::default(),
            a_sum_l4: Default::default(),
            a_sum_out: Default::default(),
            a_outer_ttl: Default::default(),
            b_meta: Default::default(),
            b_verdict: Default::default(),
            b_hdr: Default::default(),
            b_len: Default::default(),
            b_valid: Default::default(),
            m: Default::default(),
            v: Default::default(),
            mode: Default::default(),
            s_old: Default::default(),
            d_old: Default::default(),
            seq_old: Default::default(),
            ack_old: Default::default(),
            vs: Default::default(),
            vd: Default::default(),
            new_s: Default::default(),
            new_d: Default::default(),
            new_sp: Default::default(),
            new_dp: Default::default(),
            new_seq: Default::default(),
            new_ack: Default::default(),
            ttl_old_w: Default::default(),
            ttl_new_w: Default::default(),
            n16: Default::default(),
            p_s: Default::default(),
            p_d: Default::default(),
            p_ports: Default::default(),
            p_seq: Default::default(),
            p_ack: Default::default(),
            sum_pairs: Default::default(),
            sum_ip: Default::default(),
            sum_l4_extra: Default::default(),
            sum_out: Default::default(),
            out_len: Default::default(),
            mb: Default::default(),
            vb: Default::default(),
            hdr: Default::default(),
            f1: Default::default(),
            f2: Default::default(),
            ip_csum: Default::default(),
            l4_csum: Default::default(),
            out_csum: Default::default(),
            win: Default::default(),
            rev: Default::default(),
            wbyte: Default::default(),
            wword: Default::default(),
            wswap: Default::default(),
            win_new: Default::default(),
            mac: Default::default(),
            dmac: Default::default(),
            smac: Default::default(),
            l2: Default::default(),
            b14: Default::default(),
            outer_rev: Default::default(),
            outer: Default::default(),
            hp: Default::default(),
            wide: Default::default(),
            m_dr: c3(ForwardingMode::Dr),
            m_tun: c3(ForwardingMode::Tun),
            m_fnat_fwd: c3(ForwardingMode::FullNatForward),
            m_fnat_rev: c3(ForwardingMode::FullNatReverse),
            m_nat_fwd: c3(ForwardingMode::NatForward),
            mask_l2: Constant::new(byte_mask(0..12)),
            mask_tci: Constant::new(byte_mask(14..16)),
            mask_win14: Constant::new(byte_mask(14..54)),
            mask_win18: Constant::new(byte_mask(18..58)),
            keep_tcp: Constant::new(keep_tcp),
            keep_udp: Constant::new(keep_udp),
            low14: Constant::new(byte_mask(0..14)),
            low18: Constant::new(byte_mask(0..18)),
        }
    }
}

impl Logic for Rewrite {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            a_meta,
            a_verdict,
            a_hdr,
            a_valid,
            a_saddr,
            a_daddr,
            a_sport,
            a_dport,
            a_seq,
            a_ack,
            a_ttl,
            a_sum_ip,
            a_sum_l4,
            a_sum_out,
            a_outer_ttl,
            b_meta,
            b_verdict,
            b_hdr,
            b_len,
            b_valid
        );
        // ---- stage A: new fields and checksum sums ----
        self.m.next = self.i_meta.val();
        self.v.next = self.i_verdict.val();
        self.mode.next = self.v.val().mode;
        // Slices are taken of plain signals only (a slice of a struct field is not
        // valid Verilog).
        self.s_old.next = self.m.val().saddr;
        self.d_old.next = self.m.val().daddr;
        self.seq_old.next = self.m.val().seq;
        self.ack_old.next = self.m.val().ack;
        self.vs.next = self.v.val().new_saddr;
        self.vd.next = self.v.val().new_daddr;
        // Modes: 3 NAT fwd, 4 NAT rev, 5 FULLNAT fwd, 6 FULLNAT rev.
        self.new_s.next = self.m.val().saddr;
        self.new_sp.next = self.m.val().sport;
        if (self.mode.val() >= 4) & (self.mode.val() <= 6) {
            self.new_s.next = self.v.val().new_saddr;
            self.new_sp.next = self.v.val().new_sport;
        }
        self.new_d.next = self.m.val().daddr;
        self.new_dp.next = self.m.val().dport;
        if (self.mode.val() == self.m_nat_fwd.val())
            | (self.mode.val() == self.m_fnat_fwd.val())
            | (self.mode.val() == self.m_fnat_rev.val())
        {
            self.new_d.next = self.v.val().new_daddr;
            self.new_dp.next = self.v.val().new_dport;
        }
        self.new_seq.next = self.m.val().seq;
        self.new_ack.next = self.m.val().ack;
        if self.m.val().is_tcp & (self.mode.val() == self.m_fnat_fwd.val()) {
            self.new_seq.next = self.m.val().seq + bit_cast::<32, 16>(self.v.val().seq_delta);
        }
        if self.m.val().is_tcp & (self.mode.val() == self.m_fnat_rev.val()) {
            self.new_ack.next = self.m.val().ack - bit_cast::<32, 16>(self.v.val().seq_delta);
        }
        self.ttl_old_w.next =
            (bit_cast::<16, 8>(self.m.val().ttl) << 8) | bit_cast::<16, 8>(self.m.val().proto);
        self.ttl_new_w.next = self.ttl_old_w.val() - 0x100;
        // Address and port pairs (~old + new), shared by both checksums. Every sum is
        // a tree of adders (depth two or three), not a chain: a chain of a dozen was
        // the core clock's longest path.
        self.p_s.next = ((!bit_cast::<24, 16>(self.s_old.val().get_bits::<16>(16)) & 0xFFFF)
            + (!bit_cast::<24, 16>(self.s_old.val().get_bits::<16>(0)) & 0xFFFF))
            + (bit_cast::<24, 16>(self.new_s.val().get_bits::<16>(16))
                + bit_cast::<24, 16>(self.new_s.val().get_bits::<16>(0)));
        self.p_d.next = ((!bit_cast::<24, 16>(self.d_old.val().get_bits::<16>(16)) & 0xFFFF)
            + (!bit_cast::<24, 16>(self.d_old.val().get_bits::<16>(0)) & 0xFFFF))
            + (bit_cast::<24, 16>(self.new_d.val().get_bits::<16>(16))
                + bit_cast::<24, 16>(self.new_d.val().get_bits::<16>(0)));
        self.sum_pairs.next = self.p_s.val() + self.p_d.val();
        // IPv4: ~HC + TTL word pair + address pairs.
        self.sum_ip.next = ((!bit_cast::<24, 16>(self.m.val().ip_csum) & 0xFFFF)
            + (!bit_cast::<24, 16>(self.ttl_old_w.val()) & 0xFFFF))
            + bit_cast::<24, 16>(self.ttl_new_w.val());
        // (Never read a DFF's `d`: rust-hdl's simulator returns its settled value, not
        // the one just assigned.)
        self.a_sum_ip.d.next = self.sum_pairs.val() + self.sum_ip.val();
        // L4: ~HC + address pairs + port pairs (+ seq/ack pairs for TCP).
        self.p_ports.next = ((!bit_cast::<24, 16>(self.m.val().l4_csum) & 0xFFFF)
            + ((!bit_cast::<24, 16>(self.m.val().sport) & 0xFFFF)
                + bit_cast::<24, 16>(self.new_sp.val())))
            + ((!bit_cast::<24, 16>(self.m.val().dport) & 0xFFFF)
                + bit_cast::<24, 16>(self.new_dp.val()));
        self.p_seq.next = ((!bit_cast::<24, 16>(self.seq_old.val().get_bits::<16>(16)) & 0xFFFF)
            + (!bit_cast::<24, 16>(self.seq_old.val().get_bits::<16>(0)) & 0xFFFF))
            + (bit_cast::<24, 16>(self.new_seq.val().get_bits::<16>(16))
                + bit_cast::<24, 16>(self.new_seq.val().get_bits::<16>(0)));
        self.p_ack.next = ((!bit_cast::<24, 16>(self.ack_old.val().get_bits::<16>(16)) & 0xFFFF)
            + (!bit_cast::<24, 16>(self.ack_old.val().get_bits::<16>(0)) & 0xFFFF))
            + (bit_cast::<24, 16>(self.new_ack.val().get_bits::<16>(16))
                + bit_cast::<24, 16>(self.new_ack.val().get_bits::<16>(0)));
        self.sum_l4_extra.next = self.p_ports.val();
        if self.m.val().is_tcp {
            self.sum_l4_extra.next = self.p_ports.val() + (self.p_seq.val() + self.p_ack.val());
        }
        self.a_sum_l4.d.next = self.sum_pairs.val() + self.sum_l4_extra.val();
        // TUN outer header, summed from scratch.
        self.out_len.next = self.m.val().total_len + 20;
        self.sum_out.next = ((bit_cast::<24, 16>((bit_cast::<16, 8>(self.m.val().tos)) | 0x4500)
            + bit_cast::<24, 16>(self.out_len.val()))
            + (bit_cast::<24, 16>((bit_cast::<16, 8>(self.tun_ttl.val()) << 8) | 4)
                + bit_cast::<24, 16>(self.vs.val().get_bits::<16>(16))))
            + ((bit_cast::<24, 16>(self.vs.val().get_bits::<16>(0))
                + bit_cast::<24, 16>(self.vd.val().get_bits::<16>(16)))
                + bit_cast::<24, 16>(self.vd.val().get_bits::<16>(0)));
        if self.m.val().df {
            self.sum_out.next = self.sum_out.val() + 0x4000;
        }
        self.a_sum_out.d.next = self.sum_out.val();
        self.a_outer_ttl.d.next = self.tun_ttl.val();
        self.a_meta.d.next = self.m.val();
        self.a_verdict.d.next = self.v.val();
        self.a_hdr.d.next = self.i_hdr.val();
        self.a_valid.d.next = self.i_valid.val();
        self.a_saddr.d.next = self.new_s.val();
        self.a_daddr.d.next = self.new_d.val();
        self.a_sport.d.next = self.new_sp.val();
        self.a_dport.d.next = self.new_dp.val();
        self.a_seq.d.next = self.new_seq.val();
        self.a_ack.d.next = self.new_ack.val();
        self.a_ttl.d.next = self.m.val().ttl - 1;

        // ---- stage B: checksums, assembly ----
        self.mb.next = self.a_meta.q.val();
        self.vb.next = self.a_verdict.q.val();
        self.hdr.next = self.a_hdr.q.val();
        self.f1.next = (self.a_sum_ip.q.val() & 0xFFFF) + (self.a_sum_ip.q.val() >> 16);
        self.f2.next = (self.f1.val() & 0xFFFF) + (self.f1.val() >> 16);
        self.n16.next = bit_cast::<16, 24>(self.f2.val());
        self.ip_csum.next = !self.n16.val();
        self.f1.next = (self.a_sum_l4.q.val() & 0xFFFF) + (self.a_sum_l4.q.val() >> 16);
        self.f2.next = (self.f1.val() & 0xFFFF) + (self.f1.val() >> 16);
        self.n16.next = bit_cast::<16, 24>(self.f2.val());
        self.l4_csum.next = !self.n16.val();
        if !self.mb.val().is_tcp {
            if self.mb.val().l4_csum == 0 {
                self.l4_csum.next = 0.into();
            } else if self.l4_csum.val() == 0 {
                self.l4_csum.next = 0xFFFF.into();
            }
        }
        self.f1.next = (self.a_sum_out.q.val() & 0xFFFF) + (self.a_sum_out.q.val() >> 16);
        self.f2.next = (self.f1.val() & 0xFFFF) + (self.f1.val() >> 16);
        self.n16.next = bit_cast::<16, 24>(self.f2.val());
        self.out_csum.next = !self.n16.val();

        // The reversed L3 window with the new fields.
        if self.mb.val().tagged {
            self.win.next = self.hdr.val().get_bits::<WIN>(144);
        } else {
            self.win.next = self.hdr.val().get_bits::<WIN>(112);
        }
        // Byte reversal a word at a time: word-aligned shifts are cheap in simulation.
        self.rev.next = 0.into();
        for w in 0..10 {
            self.wword.next = self.win.val().get_bits::<32>(32 * w);
            self.wswap.next = (self.wword.val() << 24)
                | ((self.wword.val() << 8) & 0x00FF_0000)
                | ((self.wword.val() >> 8) & 0x0000_FF00)
                | (self.wword.val() >> 24);
            self.rev.next = (self.rev.val() << 32) | bit_cast::<WIN, 32>(self.wswap.val());
        }
        if self.mb.val().is_tcp {
            self.rev.next = (self.rev.val() & self.keep_tcp.val())
                | (bit_cast::<WIN, 32>(self.a_seq.q.val()) << 96)
                | (bit_cast::<WIN, 32>(self.a_ack.q.val()) << 64)
                | (bit_cast::<WIN, 16>(self.l4_csum.val()) << 16);
        } else {
            self.rev.next = (self.rev.val() & self.keep_udp.val())
                | (bit_cast::<WIN, 16>(self.l4_csum.val()) << 96);
        }
        self.rev.next = self.rev.val()
            | (bit_cast::<WIN, 8>(self.a_ttl.q.val()) << 248)
            | (bit_cast::<WIN, 16>(self.ip_csum.val()) << 224)
            | (bit_cast::<WIN, 32>(self.a_saddr.q.val()) << 192)
            | (bit_cast::<WIN, 32>(self.a_daddr.q.val()) << 160)
            | (bit_cast::<WIN, 16>(self.a_sport.q.val()) << 144)
            | (bit_cast::<WIN, 16>(self.a_dport.q.val()) << 128);
        // Byte reversal a word at a time: word-aligned shifts are cheap in simulation.
        self.win_new.next = 0.into();
        for w in 0..10 {
            self.wword.next = self.rev.val().get_bits::<32>(32 * w);
            self.wswap.next = (self.wword.val() << 24)
                | ((self.wword.val() << 8) & 0x00FF_0000)
                | ((self.wword.val() >> 8) & 0x0000_FF00)
                | (self.wword.val() >> 24);
            self.win_new.next = (self.win_new.val() << 32) | bit_cast::<WIN, 32>(self.wswap.val());
        }

        // Ethernet: MACs go out first byte first (big-endian values).
        self.mac.next = self.vb.val().dst_mac;
        self.dmac.next = 0.into();
        for i in 0..6 {
            self.wbyte.next = self.mac.val().get_bits::<8>(8 * i);
            self.dmac.next = (self.dmac.val() << 8) | bit_cast::<48, 8>(self.wbyte.val());
        }
        self.mac.next = self.vb.val().src_mac;
        self.smac.next = 0.into();
        for i in 0..6 {
            self.wbyte.next = self.mac.val().get_bits::<8>(8 * i);
            self.smac.next = (self.smac.val() << 8) | bit_cast::<48, 8>(self.wbyte.val());
        }
        self.l2.next = (self.hdr.val() & !self.mask_l2.val())
            | bit_cast::<HDR_BITS, 48>(self.dmac.val())
            | (bit_cast::<HDR_BITS, 48>(self.smac.val()) << 48);
        self.b14.next = 0.into();
        if self.mb.val().tagged & self.vb.val().vlan_rewrite {
            self.b14.next = (self.hdr.val().get_bits::<8>(112) & 0xF0)
                | bit_cast::<8, 12>(self.vb.val().vlan_id >> 8);
            self.l2.next = (self.l2.val() & !self.mask_tci.val())
                | (bit_cast::<HDR_BITS, 8>(self.b14.val()) << 112)
                | (bit_cast::<HDR_BITS, 12>(self.vb.val().vlan_id & 0xFF) << 120);
        }

        // TUN outer header, in reversed byte order, then reversed into place.
        self.outer_rev.next = bit_cast::<160, 32>(self.vb.val().new_daddr)
            | (bit_cast::<160, 32>(self.vb.val().new_saddr) << 32)
            | (bit_cast::<160, 16>(self.out_csum.val()) << 64)
            | (bit_cast::<160, 8>(4.into()) << 80)
            | (bit_cast::<160, 8>(self.a_outer_ttl.q.val()) << 88)
            | (bit_cast::<160, 16>(self.mb.val().total_len + 20) << 128)
            | (bit_cast::<160, 8>(self.mb.val().tos) << 144)
            | (bit_cast::<160, 8>(0x45.into()) << 152);
        if self.mb.val().df {
            self.outer_rev.next = self.outer_rev.val() | (bit_cast::<160, 16>(0x4000.into()) << 96);
        }
        // Byte reversal a word at a time: word-aligned shifts are cheap in simulation.
        self.outer.next = 0.into();
        for w in 0..5 {
            self.wword.next = self.outer_rev.val().get_bits::<32>(32 * w);
            self.wswap.next = (self.wword.val() << 24)
                | ((self.wword.val() << 8) & 0x00FF_0000)
                | ((self.wword.val() >> 8) & 0x0000_FF00)
                | (self.wword.val() >> 24);
            self.outer.next = (self.outer.val() << 32) | bit_cast::<160, 32>(self.wswap.val());
        }

        self.wide.next = 0.into();
        self.hp.next = bit_cast::<HDR_OUT_BITS, HDR_BITS>(self.hdr.val());
        self.b_len.d.next = self.mb.val().hlen;
        if self.vb.val().mode == self.m_dr.val() {
            self.hp.next = bit_cast::<HDR_OUT_BITS, HDR_BITS>(self.l2.val());
        } else if self.vb.val().mode == self.m_tun.val() {
            self.wide.next = bit_cast::<HDR_OUT_BITS, HDR_BITS>(self.hdr.val());
            self.b_len.d.next = self.mb.val().hlen + 20;
            if self.mb.val().tagged {
                self.hp.next = (bit_cast::<HDR_OUT_BITS, HDR_BITS>(self.l2.val())
                    & self.low18.val())
                    | (bit_cast::<HDR_OUT_BITS, 160>(self.outer.val()) << 144)
                    | ((self.wide.val() >> 144) << 304);
            } else {
                self.hp.next = (bit_cast::<HDR_OUT_BITS, HDR_BITS>(self.l2.val())
                    & self.low14.val())
                    | (bit_cast::<HDR_OUT_BITS, 160>(self.outer.val()) << 112)
                    | ((self.wide.val() >> 112) << 272);
            }
        } else if self.vb.val().mode >= 3 {
            if self.mb.val().tagged {
                self.hp.next = bit_cast::<HDR_OUT_BITS, HDR_BITS>(
                    (self.l2.val() & !self.mask_win18.val())
                        | (bit_cast::<HDR_BITS, WIN>(self.win_new.val()) << 144),
                );
            } else {
                self.hp.next = bit_cast::<HDR_OUT_BITS, HDR_BITS>(
                    (self.l2.val() & !self.mask_win14.val())
                        | (bit_cast::<HDR_BITS, WIN>(self.win_new.val()) << 112),
                );
            }
        }
        self.b_meta.d.next = self.mb.val();
        self.b_verdict.d.next = self.vb.val();
        self.b_hdr.d.next = self.hp.val();
        self.b_valid.d.next = self.a_valid.q.val();
        self.o_meta.next = self.b_meta.q.val();
        self.o_verdict.next = self.b_verdict.q.val();
        self.o_hdr.next = self.b_hdr.q.val();
        self.o_len.next = self.b_len.q.val();
        self.o_valid.next = self.b_valid.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{KIND_EXCEPTION, KIND_FORWARD};
    use crate::testbed::meta_of;
    use crate::testing::{bits_from_bytes, bytes_from_bits, check_verilog};
    use crate::tick;
    use fpvs_abi::{Action, MacAddr, NextHop};
    use fpvs_model::csum::{fold, sum_words};
    use fpvs_model::headers::be16;
    use fpvs_model::packet::{ip, Frame, TcpFlags};
    use fpvs_model::CardConfig;
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    /// Clocks from a header in to its rewritten header out (the module's cycle table).
    const LATENCY: usize = 2;

    /// What decide hands rewrite for a frame forwarded with `a` through `nh`.
    fn forward(a: &Action, nh: &NextHop) -> VerdictBits {
        VerdictBits {
            kind: KIND_FORWARD.into(),
            port: (nh.port as u64).into(),
            mode: (a.mode as u64).into(),
            new_saddr: (a.new_saddr as u64).into(),
            new_daddr: (a.new_daddr as u64).into(),
            new_sport: (a.new_sport as u64).into(),
            new_dport: (a.new_dport as u64).into(),
            seq_delta: (a.seq_delta as u64).into(),
            dst_mac: nh.dst_mac.to_u64().into(),
            src_mac: nh.src_mac.to_u64().into(),
            vlan_rewrite: nh.vlan.is_some(),
            vlan_id: (nh.vlan.unwrap_or(0) as u64).into(),
            acct: true,
            service: (a.service as u64).into(),
            real_server: (a.real_server as u64).into(),
            ..Default::default()
        }
    }

    /// One header through the stage: the frame, its verdict, the `TUN_TTL` register
    /// and the frame as it must leave (the model's, or the frame itself for mode 0).
    struct Case {
        frame: Vec<u8>,
        verdict: VerdictBits,
        tun_ttl: u8,
        want: Vec<u8>,
        what: String,
    }

    fn case(frame: Vec<u8>, a: &Action, nh: &NextHop, tun_ttl: u8) -> Case {
        let l3 = if be16(&frame, 12) == 0x8100 { 18 } else { 14 };
        let cfg = CardConfig {
            tun_ttl,
            ..CardConfig::NARROW
        };
        Case {
            want: fpvs_model::rewrite(&frame, l3, a, nh, &cfg),
            what: format!("{:?}, {} bytes, l3 {l3}", a.mode, frame.len()),
            verdict: forward(a, nh),
            frame,
            tun_ttl,
        }
    }

    fn any_nexthop(rng: &mut StdRng) -> NextHop {
        NextHop {
            dst_mac: MacAddr::from_u64(rng.gen::<u64>() & 0xFFFF_FFFF_FFFF),
            src_mac: MacAddr::from_u64(rng.gen::<u64>() & 0xFFFF_FFFF_FFFF),
            port: rng.gen_range(0..2),
            vlan: rng.gen_bool(0.5).then(|| rng.gen_range(0..4096)),
        }
    }

    fn any_action(rng: &mut StdRng, mode: ForwardingMode) -> Action {
        Action {
            mode,
            nexthop: rng.gen_range(0..1024),
            service: rng.gen_range(0..1024),
            real_server: rng.gen_range(0..4096),
            new_saddr: rng.gen(),
            new_daddr: rng.gen(),
            new_sport: rng.gen(),
            new_dport: rng.gen(),
            seq_delta: rng.gen(),
        }
    }

    /// A TCP or UDP frame: tagged (any priority) or not, every payload size class (the header window
    /// holding the whole frame or not), TTL, TOS, DF, flags, sequence numbers near
    /// wrapping, UDP with and without a checksum.
    fn any_frame(rng: &mut StdRng, tcp: bool, routed: bool) -> Vec<u8> {
        let src = format!(
            "10.{}.{}.{}:{}",
            rng.gen::<u8>(),
            rng.gen::<u8>(),
            rng.gen::<u8>(),
            rng.gen::<u16>()
        );
        let dst = format!("10.0.0.{}:{}", rng.gen::<u8>(), rng.gen::<u16>());
        let mut f = if tcp {
            let seq = if rng.gen_bool(0.3) {
                u32::MAX - rng.gen_range(0..70_000)
            } else {
                rng.gen()
            };
            let ack = if rng.gen_bool(0.3) {
                rng.gen_range(0..70_000)
            } else {
                rng.gen()
            };
            let flags = [
                TcpFlags::SYN,
                TcpFlags::ACK,
                TcpFlags::ACK | TcpFlags::PSH,
                TcpFlags::FIN | TcpFlags::ACK,
                TcpFlags::RST,
            ][rng.gen_range(0..5)];
            Frame::tcp(&src, &dst).flags(flags).seq_ack(seq, ack)
        } else if rng.gen_bool(0.3) {
            Frame::udp(&src, &dst).no_udp_checksum()
        } else {
            Frame::udp(&src, &dst)
        };
        let ttl = if routed {
            [2, 3, 64, 255][rng.gen_range(0..4)]
        } else {
            [0, 1, 2, 64, 255][rng.gen_range(0..5)]
        };
        f = f
            .payload_len([0, 1, 6, 10, 11, 20, 100, 1400, 1480][rng.gen_range(0..9)])
            .ttl(ttl)
            .tos(rng.gen())
            .df(rng.gen_bool(0.6))
            .id(rng.gen());
        if rng.gen_bool(0.4) {
            f = f.vlan(rng.gen_range(0..4096));
        }
        if rng.gen_bool(0.2) {
            f = f.pad_to(60);
        }
        let mut b = f.build();
        if b[12..14] == [0x81, 0x00] {
            // Priority and DEI, which a VID rewrite must keep.
            b[14] |= rng.gen::<u8>() & 0xF0;
        }
        b
    }

    /// The IPv4 header at `l3` verifies, and so does the TCP or UDP checksum over the
    /// pseudo-header (a UDP checksum of 0 means none); `p` is a whole frame.
    fn checksums_verify(p: &[u8], l3: usize) -> bool {
        let ip = &p[l3..];
        let total = be16(ip, 2) as usize;
        let proto = ip[9];
        if fold(sum_words(&ip[..20])) != 0xFFFF {
            return false;
        }
        if proto == 4 {
            return checksums_verify(p, l3 + 20);
        }
        let seg = &ip[20..total];
        if proto == 17 && be16(seg, 6) == 0 {
            return true;
        }
        let mut pseudo = ip[12..20].to_vec();
        pseudo.extend_from_slice(&[0, proto]);
        pseudo.extend_from_slice(&((total - 20) as u16).to_be_bytes());
        fold(sum_words(&pseudo) + sum_words(seg)) == 0xFFFF
    }

    /// Runs cases one a clock (idle clocks between some), checks each output
    /// [`LATENCY`] clocks after its input, and returns how many were checked.
    fn run(cases: &[Case], seed: u64) -> usize {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut uut = Rewrite::default();
        uut.connect_all();
        let mut sent: Vec<Option<usize>> = Vec::new();
        let mut next = 0;
        let mut checked = 0;
        while checked < cases.len() {
            let c = if next < cases.len() && rng.gen_bool(0.8) {
                next += 1;
                Some(next - 1)
            } else {
                None
            };
            uut.i_valid.next = c.is_some();
            match c {
                Some(i) => {
                    let f = &cases[i].frame;
                    uut.i_meta.next = meta_of(f, 1);
                    uut.i_verdict.next = cases[i].verdict;
                    uut.i_hdr.next = bits_from_bytes(&f[..f.len().min(64)]);
                    uut.tun_ttl.next = (cases[i].tun_ttl as u64).into();
                }
                None => {
                    // Junk where nothing is valid.
                    uut.i_hdr.next = bits_from_bytes(&[0xA5; 64]);
                    uut.tun_ttl.next = (rng.gen::<u8>() as u64).into();
                }
            }
            sent.push(c);
            tick!(uut);
            let Some(&out) = sent.len().checked_sub(LATENCY).map(|k| &sent[k]) else {
                assert!(!uut.o_valid.val(), "valid before any header went in");
                continue;
            };
            assert_eq!(
                uut.o_valid.val(),
                out.is_some(),
                "valid {LATENCY} clocks later"
            );
            let Some(i) = out else { continue };
            let c = &cases[i];
            let (f, want) = (&c.frame, &c.want);
            let len = want.len().min(f.len().min(64) + want.len() - f.len());
            assert_eq!(uut.o_len.val().to_u64() as usize, len, "{}: length", c.what);
            let got = bytes_from_bits(&uut.o_hdr.val(), len);
            if got != want[..len] {
                let at = got.iter().zip(want).position(|(a, b)| a != b).unwrap_or(0);
                panic!(
                    "case {i} ({}): first difference at byte {at}: got {:02x?} want {:02x?}",
                    c.what,
                    &got[at..len.min(at + 8)],
                    &want[at..len.min(at + 8)]
                );
            }
            assert_eq!(uut.o_verdict.val(), c.verdict, "{}: verdict", c.what);
            assert_eq!(uut.o_meta.val(), meta_of(f, 1), "{}: meta", c.what);
            if c.verdict.mode.to_u64() != 0 {
                // The header out and the frame's tail make the frame that leaves.
                let mut whole = got;
                whole.extend_from_slice(&f[f.len().min(64)..]);
                let l3 = if meta_of(f, 1).tagged { 18 } else { 14 };
                assert!(checksums_verify(&whole, l3), "{}: checksums", c.what);
            }
            checked += 1;
        }
        checked
    }

    /// Every forwarding mode (DR, TUN, NAT and FULLNAT both ways) on TCP and UDP frames,
    /// tagged or not, with and without VLAN rewrite, short frames and frames longer than
    /// the header window, TTL/TOS/DF/ID, sequence numbers near wrapping, UDP without a
    /// checksum: the header that leaves is the model's `rewrite` byte for byte (MACs,
    /// VID, addresses, ports, TTL, seq/ack, TUN's outer header, and every checksum,
    /// which also verify from scratch over the whole frame), its length is the model's
    /// cut to the header window (+20 for TUN), and it comes out two clocks after it went
    /// in, one a clock, with the meta and verdict beside it.
    #[test]
    fn every_mode_rewrites_as_the_model() {
        let mut rng = StdRng::seed_from_u64(1);
        let mut cases = Vec::new();
        for k in 0..1500 {
            let mode = ForwardingMode::ALL[k % 6];
            let tcp = (k / 6) % 2 == 0;
            let f = any_frame(&mut rng, tcp, mode.routes());
            let (a, nh) = (any_action(&mut rng, mode), any_nexthop(&mut rng));
            cases.push(case(f, &a, &nh, rng.gen()));
        }
        assert_eq!(run(&cases, 2), cases.len());
    }

    /// A UDP checksum that the update makes 0 goes out as 0xFFFF (RFC 768), in both
    /// NAT directions and FULLNAT; one that was 0 (no checksum) stays 0.
    #[test]
    fn a_udp_checksum_of_zero_is_sent_as_ffff() {
        let f = Frame::udp("10.1.2.3:5000", "10.0.0.100:53")
            .payload(b"abc")
            .build();
        let nh = NextHop {
            dst_mac: MacAddr([2, 0, 0, 0, 0, 1]),
            src_mac: MacAddr([2, 0, 0, 0, 0, 2]),
            port: 1,
            vlan: None,
        };
        let mut cases = Vec::new();
        for mode in [
            ForwardingMode::NatForward,
            ForwardingMode::NatReverse,
            ForwardingMode::FullNatForward,
        ] {
            let mut a = Action {
                mode,
                nexthop: 1,
                service: 0,
                real_server: 0,
                new_saddr: ip("172.16.0.2"),
                new_daddr: ip("192.168.1.10"),
                new_sport: 0,
                new_dport: 0,
                seq_delta: 0,
            };
            // The port that makes the updated sum 0: the model then writes 0xFFFF.
            let port = (0..=u16::MAX)
                .find(|&p| {
                    a.new_sport = p;
                    a.new_dport = p;
                    let c = case(f.clone(), &a, &nh, 64);
                    be16(&c.want, 14 + 26) == 0xFFFF
                })
                .expect("some port zeroes the sum");
            a.new_sport = port;
            a.new_dport = port;
            cases.push(case(f.clone(), &a, &nh, 64));
            let none = Frame::udp("10.1.2.3:5000", "10.0.0.100:53")
                .payload(b"abc")
                .no_udp_checksum()
                .build();
            let c = case(none, &a, &nh, 64);
            assert_eq!(be16(&c.want, 14 + 26), 0);
            cases.push(c);
        }
        assert_eq!(run(&cases, 3), cases.len());
    }

    /// Mode 0 (an exception, a drop, a verbatim injection) leaves the header exactly as
    /// it came, whatever else the verdict holds, including frames that are not IPv4.
    #[test]
    fn mode_zero_leaves_the_header_alone() {
        let mut rng = StdRng::seed_from_u64(4);
        let mut cases = Vec::new();
        for k in 0..200 {
            let f = match k % 4 {
                0 => any_frame(&mut rng, true, false),
                1 => any_frame(&mut rng, false, false),
                2 => Frame::arp_request("10.0.0.2", "10.0.0.100").vlan(3).build(),
                _ => (0..rng.gen_range(14..100)).map(|_| rng.gen()).collect(),
            };
            let a = any_action(&mut rng, ForwardingMode::FullNatForward);
            let mut v = forward(&a, &any_nexthop(&mut rng));
            v.mode = 0.into();
            v.kind = KIND_EXCEPTION.into();
            cases.push(Case {
                want: f.clone(),
                what: format!("mode 0, {} bytes", f.len()),
                frame: f,
                verdict: v,
                tun_ttl: rng.gen(),
            });
        }
        assert_eq!(run(&cases, 5), cases.len());
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut = Rewrite::default();
        uut.connect_all();
        check_verilog("rewrite", &uut);
    }
}
