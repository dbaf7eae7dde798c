//! Header parse and the header-only checks (steps 1–10 of the model's `classify.rs`).
//!
//! ```text
//! Ethernet II              802.1Q tagged            the "L3 window": 40 bytes from l3
//!  0..6   dst MAC           0..6   dst MAC           0      version(4) IHL(4)
//!  6..12  src MAC           6..12  src MAC           1      TOS
//! 12..14  ethertype        12..14  0x8100            2..4   total length
//! 14      l3 = 14          14..16  TCI               6..8   flags, fragment offset
//!                          16..18  ethertype         8      TTL      9  protocol
//!                          18      l3 = 18          10..12  header checksum
//!                                                   12..16  source   16..20 destination
//!                                                   20..22  sport    22..24 dport
//!                                                   24..28  TCP seq  28..32 TCP ack
//!                                                   32      TCP data offset
//!                                                   33      TCP flags
//!                                                   36..38  TCP checksum
//!                                                   26..28  UDP checksum
//! ```
//! l3 is only ever 14 or 18, so the window is a two-way mux; every field is then read
//! at a fixed offset. The window is byte-reversed once (wires, no logic) so that each
//! big-endian field is a plain little-endian slice: field at window offset `o`, `n`
//! bytes long = `rev[8 * (40 - o - n) +: 8n]`.
//!
//! One header per clock, in two stages of [`PARSE_LATENCY`] clocks in all: the first
//! picks the window (the 802.1Q compare and its mux) and sums the IPv4 header's ten
//! words; the second folds the sum and runs the checks. Together they were the core
//! clock's longest path on the ECP5 board (22.7 ns of its 24 ns), each about half now.

use crate::records::{
    CapturedHeader, HeaderMeta, HDR_BITS, KIND_CONTINUE, KIND_DROP, KIND_EXCEPTION,
};
use fpvs_abi::{DropReason, ExceptionReason};
use rust_hdl::prelude::*;

const WIN_BITS: usize = 320;

/// Clocks from a captured header to its fields and checks.
pub const PARSE_LATENCY: usize = 2;

/// The parse stage.
#[derive(LogicBlock)]
pub struct Parse {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // header in
    /// Captured header.
    pub i_hdr: Signal<In, CapturedHeader>,
    /// Valid.
    pub i_valid: Signal<In, Bit>,
    // header out
    /// The fields and checks (registered).
    pub o_meta: Signal<Out, HeaderMeta>,
    /// Valid (registered).
    pub o_valid: Signal<Out, Bit>,
    // stage 1 -> 2 registers
    s_rev: DFF<Bits<WIN_BITS>>,
    s_sum: DFF<Bits<20>>,
    s_hlen: DFF<Bits<7>>,
    s_whole: DFF<Bit>,
    s_port: DFF<Bits<2>>,
    s_verbatim: DFF<Bit>,
    s_valid: DFF<Bit>,
    s_tagged: DFF<Bit>,
    s_qinq: DFF<Bit>,
    s_etype: DFF<Bits<16>>,
    // stage 2 registers and locals
    out: DFF<HeaderMeta>,
    valid: DFF<Bit>,
    hdr: Signal<Local, Bits<HDR_BITS>>,
    hlen: Signal<Local, Bits<7>>,
    outer_type: Signal<Local, Bits<16>>,
    inner_type: Signal<Local, Bits<16>>,
    etype: Signal<Local, Bits<16>>,
    is_tagged: Signal<Local, Bit>,
    l3: Signal<Local, Bits<7>>,
    win: Signal<Local, Bits<WIN_BITS>>,
    rev: Signal<Local, Bits<WIN_BITS>>,
    wword: Signal<Local, Bits<32>>,
    wswap: Signal<Local, Bits<32>>,
    hdr_rev: Signal<Local, Bits<WIN_BITS>>,
    pair0: Signal<Local, Bits<20>>,
    pair1: Signal<Local, Bits<20>>,
    pair2: Signal<Local, Bits<20>>,
    pair3: Signal<Local, Bits<20>>,
    pair4: Signal<Local, Bits<20>>,
    quad0: Signal<Local, Bits<20>>,
    quad1: Signal<Local, Bits<20>>,
    ver_ihl: Signal<Local, Bits<8>>,
    ihl4: Signal<Local, Bits<16>>,
    total_len: Signal<Local, Bits<16>>,
    frag: Signal<Local, Bits<16>>,
    proto: Signal<Local, Bits<8>>,
    doff: Signal<Local, Bits<8>>,
    is_tcp: Signal<Local, Bit>,
    l4_min: Signal<Local, Bits<16>>,
    sum: Signal<Local, Bits<20>>,
    fold1: Signal<Local, Bits<20>>,
    fold2: Signal<Local, Bits<20>>,
    kind: Signal<Local, Bits<2>>,
    reason: Signal<Local, Bits<4>>,
    sane: Signal<Local, Bit>,
    // verdict kinds and reason codes, from fpvs-abi
    k_continue: Constant<Bits<2>>,
    k_exception: Constant<Bits<2>>,
    k_drop: Constant<Bits<2>>,
    r_runt: Constant<Bits<4>>,
    r_malformed: Constant<Bits<4>>,
    r_unsupported: Constant<Bits<4>>,
    r_arp: Constant<Bits<4>>,
    r_options: Constant<Bits<4>>,
    r_bad_csum: Constant<Bits<4>>,
    r_fragment: Constant<Bits<4>>,
    r_icmp: Constant<Bits<4>>,
}

fn code(v: u8) -> Constant<Bits<4>> {
    Constant::new((v as u64).into())
}

impl Default for Parse {
    fn default() -> Self {
        Parse {
            clock: Default::default(),
            i_hdr: Default::default(),
            i_valid: Default::default(),
            o_meta: Default::default(),
            o_valid: Default::default(),
            s_rev: Default::default(),
            s_sum: Default::default(),
            s_hlen: Default::default(),
            s_whole: Default::default(),
            s_port: Default::default(),
            s_verbatim: Default::default(),
            s_valid: Default::default(),
            s_tagged: Default::default(),
            s_qinq: Default::default(),
            s_etype: Default::default(),
            out: Default::default(),
            valid: Default::default(),
            hdr: Default::default(),
            hlen: Default::default(),
            outer_type: Default::default(),
            inner_type: Default::default(),
            etype: Default::default(),
            is_tagged: Default::default(),
            l3: Default::default(),
            win: Default::default(),
            rev: Default::default(),
            wword: Default::default(),
            wswap: Default::default(),
            hdr_rev: Default::default(),
            pair0: Default::default(),
            pair1: Default::default(),
            pair2: Default::default(),
            pair3: Default::default(),
            pair4: Default::default(),
            quad0: Default::default(),
            quad1: Default::default(),
            ver_ihl: Default::default(),
            ihl4: Default::default(),
            total_len: Default::default(),
            frag: Default::default(),
            proto: Default::default(),
            doff: Default::default(),
            is_tcp: Default::default(),
            l4_min: Default::default(),
            sum: Default::default(),
            fold1: Default::default(),
            fold2: Default::default(),
            kind: Default::default(),
            reason: Default::default(),
            sane: Default::default(),
            k_continue: Constant::new(KIND_CONTINUE.into()),
            k_exception: Constant::new(KIND_EXCEPTION.into()),
            k_drop: Constant::new(KIND_DROP.into()),
            r_runt: code(DropReason::Runt as u8),
            r_malformed: code(ExceptionReason::Malformed as u8),
            r_unsupported: code(ExceptionReason::Unsupported as u8),
            r_arp: code(ExceptionReason::Arp as u8),
            r_options: code(ExceptionReason::Ipv4Options as u8),
            r_bad_csum: code(DropReason::BadChecksum as u8),
            r_fragment: code(ExceptionReason::Fragment as u8),
            r_icmp: code(ExceptionReason::Icmp as u8),
        }
    }
}

impl Logic for Parse {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, s_rev, s_sum, s_hlen, s_whole, s_port, s_verbatim, s_valid, s_tagged,
            s_qinq, s_etype, out, valid
        );
        // Stage 1: the window and the checksum's sum.
        self.hdr.next = self.i_hdr.val().hdr;
        // Ethernet: bytes 12..14 and 16..18, big-endian.
        self.outer_type.next = (bit_cast::<16, 8>(self.hdr.val().get_bits::<8>(96)) << 8)
            | bit_cast::<16, 8>(self.hdr.val().get_bits::<8>(104));
        self.inner_type.next = (bit_cast::<16, 8>(self.hdr.val().get_bits::<8>(128)) << 8)
            | bit_cast::<16, 8>(self.hdr.val().get_bits::<8>(136));
        self.is_tagged.next = self.outer_type.val() == 0x8100;
        if self.is_tagged.val() {
            self.etype.next = self.inner_type.val();
            self.win.next = self.hdr.val().get_bits::<WIN_BITS>(144);
        } else {
            self.etype.next = self.outer_type.val();
            self.win.next = self.hdr.val().get_bits::<WIN_BITS>(112);
        }
        // Byte-reverse the window: window byte i lands at byte 39 - i.
        // Byte reversal a word at a time: word-aligned shifts are cheap in simulation.
        self.hdr_rev.next = 0.into();
        for w in 0..10 {
            self.wword.next = self.win.val().get_bits::<32>(32 * w);
            self.wswap.next = (self.wword.val() << 24)
                | ((self.wword.val() << 8) & 0x00FF_0000)
                | ((self.wword.val() >> 8) & 0x0000_FF00)
                | (self.wword.val() >> 24);
            self.hdr_rev.next =
                (self.hdr_rev.val() << 32) | bit_cast::<WIN_BITS, 32>(self.wswap.val());
        }
        // IPv4 header checksum: ten big-endian words (window offset 2k = rev bits
        // 304 - 16k), added as a tree of depth four rather than a chain of nine
        // adders; its carries are folded in stage 2.
        self.pair0.next = bit_cast::<20, 16>(self.hdr_rev.val().get_bits::<16>(304))
            + bit_cast::<20, 16>(self.hdr_rev.val().get_bits::<16>(288));
        self.pair1.next = bit_cast::<20, 16>(self.hdr_rev.val().get_bits::<16>(272))
            + bit_cast::<20, 16>(self.hdr_rev.val().get_bits::<16>(256));
        self.pair2.next = bit_cast::<20, 16>(self.hdr_rev.val().get_bits::<16>(240))
            + bit_cast::<20, 16>(self.hdr_rev.val().get_bits::<16>(224));
        self.pair3.next = bit_cast::<20, 16>(self.hdr_rev.val().get_bits::<16>(208))
            + bit_cast::<20, 16>(self.hdr_rev.val().get_bits::<16>(192));
        self.pair4.next = bit_cast::<20, 16>(self.hdr_rev.val().get_bits::<16>(176))
            + bit_cast::<20, 16>(self.hdr_rev.val().get_bits::<16>(160));
        self.quad0.next = self.pair0.val() + self.pair1.val();
        self.quad1.next = self.pair2.val() + self.pair3.val();
        self.s_sum.d.next = (self.quad0.val() + self.quad1.val()) + self.pair4.val();
        self.s_rev.d.next = self.hdr_rev.val();
        self.s_hlen.d.next = self.i_hdr.val().hlen;
        self.s_whole.d.next = self.i_hdr.val().whole;
        self.s_port.d.next = self.i_hdr.val().port;
        self.s_verbatim.d.next = self.i_hdr.val().verbatim;
        self.s_valid.d.next = self.i_valid.val();
        self.s_tagged.d.next = self.is_tagged.val();
        self.s_qinq.d.next = self.outer_type.val() == 0x88A8;
        self.s_etype.d.next = self.etype.val();

        // Stage 2: the checks and the fields.
        self.rev.next = self.s_rev.q.val();
        self.hlen.next = self.s_hlen.q.val();
        self.l3.next = 14.into();
        if self.s_tagged.q.val() {
            self.l3.next = 18.into();
        }
        // rev offsets: field at window offset o, n bytes: 8 * (40 - o - n).
        self.ver_ihl.next = self.rev.val().get_bits::<8>(312); // o 0
        self.ihl4.next = bit_cast::<16, 8>(self.ver_ihl.val() & 0x0F) << 2;
        self.total_len.next = self.rev.val().get_bits::<16>(288); // o 2
        self.frag.next = self.rev.val().get_bits::<16>(256); // o 6
        self.proto.next = self.rev.val().get_bits::<8>(240); // o 9
        self.doff.next = self.rev.val().get_bits::<8>(56); // o 32
        self.is_tcp.next = self.proto.val() == 6;
        if self.is_tcp.val() {
            self.l4_min.next = 40.into();
        } else {
            self.l4_min.next = 28.into();
        }
        self.sum.next = self.s_sum.q.val();
        self.fold1.next = (self.sum.val() & 0xFFFF) + (self.sum.val() >> 16);
        self.fold2.next = (self.fold1.val() & 0xFFFF) + (self.fold1.val() >> 16);

        // Steps 1–10, first match wins.
        self.kind.next = self.k_continue.val();
        self.reason.next = 0.into();
        self.sane.next = false;
        if self.hlen.val() < 14 {
            self.kind.next = self.k_drop.val();
            self.reason.next = self.r_runt.val();
        } else if self.s_tagged.q.val() & (self.hlen.val() < 18) {
            self.kind.next = self.k_exception.val();
            self.reason.next = self.r_malformed.val();
        } else if self.s_qinq.q.val()
            | (self.s_etype.q.val() == 0x8100)
            | (self.s_etype.q.val() == 0x88A8)
        {
            self.kind.next = self.k_exception.val();
            self.reason.next = self.r_unsupported.val();
        } else if self.s_etype.q.val() == 0x0806 {
            self.kind.next = self.k_exception.val();
            self.reason.next = self.r_arp.val();
        } else if self.s_etype.q.val() != 0x0800 {
            self.kind.next = self.k_exception.val();
            self.reason.next = self.r_unsupported.val();
        } else if (self.hlen.val() < (self.l3.val() + 20))
            | ((self.ver_ihl.val() & 0xF0) != 0x40)
            | ((self.ver_ihl.val() & 0x0F) < 5)
            | (self.total_len.val() < self.ihl4.val())
        {
            self.kind.next = self.k_exception.val();
            self.reason.next = self.r_malformed.val();
        } else {
            self.sane.next = true;
            if (self.ver_ihl.val() & 0x0F) > 5 {
                self.kind.next = self.k_exception.val();
                self.reason.next = self.r_options.val();
            } else if self.fold2.val() != 0xFFFF {
                self.kind.next = self.k_drop.val();
                self.reason.next = self.r_bad_csum.val();
            } else if (self.frag.val() & 0x3FFF) != 0 {
                self.kind.next = self.k_exception.val();
                self.reason.next = self.r_fragment.val();
            } else if self.proto.val() == 1 {
                self.kind.next = self.k_exception.val();
                self.reason.next = self.r_icmp.val();
            } else if (self.proto.val() != 6) & (self.proto.val() != 17) {
                self.kind.next = self.k_exception.val();
                self.reason.next = self.r_unsupported.val();
            } else if (self.total_len.val() < self.l4_min.val())
                | (self.is_tcp.val() & (self.doff.val() < 0x50))
            {
                self.kind.next = self.k_exception.val();
                self.reason.next = self.r_malformed.val();
            }
        }

        self.valid.d.next = self.s_valid.q.val();
        self.out.d.next.tok = false;
        self.out.d.next.tok_table = 0.into();
        self.out.d.next.tok_index = 0.into();
        self.out.d.next.hlen = self.hlen.val();
        self.out.d.next.whole = self.s_whole.q.val();
        self.out.d.next.port = self.s_port.q.val();
        self.out.d.next.verbatim = self.s_verbatim.q.val();
        self.out.d.next.tagged = self.s_tagged.q.val();
        self.out.d.next.pre_kind = self.kind.val();
        self.out.d.next.pre_reason = self.reason.val();
        // A verbatim injection leaves unchanged whatever it holds: no length check.
        self.out.d.next.check_len = 0.into();
        if self.sane.val() & !self.s_verbatim.q.val() {
            self.out.d.next.check_len =
                bit_cast::<17, 7>(self.l3.val()) + bit_cast::<17, 16>(self.total_len.val());
        }
        self.out.d.next.proto = self.proto.val();
        self.out.d.next.saddr = self.rev.val().get_bits::<32>(192); // o 12
        self.out.d.next.daddr = self.rev.val().get_bits::<32>(160); // o 16
        self.out.d.next.sport = self.rev.val().get_bits::<16>(144); // o 20
        self.out.d.next.dport = self.rev.val().get_bits::<16>(128); // o 22
        self.out.d.next.tcp_flags = 0.into();
        if self.is_tcp.val() {
            self.out.d.next.tcp_flags = self.rev.val().get_bits::<8>(48); // o 33
        }
        self.out.d.next.ttl = self.rev.val().get_bits::<8>(248); // o 8
        self.out.d.next.tos = self.rev.val().get_bits::<8>(304); // o 1
        self.out.d.next.total_len = self.total_len.val();
        self.out.d.next.df = self.frag.val().get_bit(14);
        self.out.d.next.is_tcp = self.is_tcp.val();
        self.out.d.next.ip_csum = self.rev.val().get_bits::<16>(224); // o 10
        if self.is_tcp.val() {
            self.out.d.next.l4_csum = self.rev.val().get_bits::<16>(16); // o 36
        } else {
            self.out.d.next.l4_csum = self.rev.val().get_bits::<16>(96); // o 26
        }
        self.out.d.next.seq = self.rev.val().get_bits::<32>(96); // o 24
        self.out.d.next.ack = self.rev.val().get_bits::<32>(64); // o 28
        self.o_meta.next = self.out.q.val();
        self.o_valid.next = self.valid.q.val();
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::testing::{bits_from_bytes, check_verilog};
    use crate::tick;
    use fpvs_model::headers::be16;
    use fpvs_model::packet::{Frame, TcpFlags};
    use fpvs_model::{process, CardConfig, Tables, Verdict};
    use rand::{Rng, SeedableRng};

    /// Frames covering every header-only outcome, plus mutations of them.
    pub(crate) fn header_cases(n_random: usize) -> Vec<Vec<u8>> {
        let t = || Frame::tcp("10.0.0.2:40000", "10.0.0.100:80");
        let u = || Frame::udp("10.0.0.2:5353", "10.0.0.100:53");
        let mut v = vec![
            t().build(),
            t().vlan(12).flags(TcpFlags::SYN).build(),
            u().build(),
            u().vlan(4095).no_udp_checksum().pad_to(60).build(),
            t().payload_len(1400).build(),
            Frame::arp_request("10.0.0.2", "10.0.0.100").build(),
            Frame::arp_request("10.0.0.2", "10.0.0.100").vlan(3).build(),
            Frame::icmp("10.0.0.2:0", "10.0.0.100:0", 8).build(),
            Frame::ip_proto("10.0.0.2:0", "10.0.0.100:0", 47)
                .payload_len(30)
                .build(),
            Frame::ethertype(0x86DD, &[0x60; 60]).build(),
            Frame::ethertype(0x88A8, &[0; 60]).build(),
            t().ip_options(&[1, 1, 1, 0]).build(),
            t().bad_ip_checksum().build(),
            u().fragment(true, 0).build(),
            u().fragment(false, 185).build(),
            t().ip_version(6).build(),
            t().total_len_delta(8).build(),
            t().total_len_delta(-30).build(),
            u().total_len_delta(-8).build(),
            t().payload_len(100).truncate(90).build(),
            t().truncate(30).build(),
            t().vlan(1).truncate(16).build(),
            vec![0u8; 13],
            vec![],
            Frame::ethertype(0x8100, &[0, 1, 0x81, 0, 0, 2, 0x08, 0]).build(),
        ];
        // A TCP header with data offset 4.
        let mut f = t().build();
        f[14 + 32] = 0x40;
        v.push(f);
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let base = v.clone();
        for _ in 0..n_random {
            let mut f = base[rng.gen_range(0..5)].clone();
            match rng.gen_range(0..4) {
                0 => {
                    let i = rng.gen_range(0..f.len().min(64));
                    f[i] ^= 1 << rng.gen_range(0..8);
                }
                1 => f.truncate(rng.gen_range(0..f.len())),
                2 => {
                    let i = rng.gen_range(12..f.len().min(60));
                    f[i] = rng.gen();
                }
                _ => f = (0..rng.gen_range(0..80)).map(|_| rng.gen()).collect(),
            }
            v.push(f);
        }
        v
    }

    pub(crate) fn captured(f: &[u8]) -> CapturedHeader {
        CapturedHeader {
            hdr: bits_from_bytes(&f[..f.len().min(64)]),
            hlen: (f.len().min(64) as u64).into(),
            whole: f.len() <= 64,
            port: 1.into(),
            verbatim: false,
        }
    }

    #[test]
    fn header_checks_agree_with_the_model() {
        let tables = Tables::new(CardConfig::NARROW);
        let mut uut = Parse::default();
        uut.connect_all();
        for (i, f) in header_cases(3000).iter().enumerate() {
            uut.i_hdr.next = captured(f);
            uut.i_valid.next = true;
            for _ in 0..PARSE_LATENCY {
                tick!(uut);
            }
            let o = uut.o_meta.val();
            assert!(uut.o_valid.val());
            let (kind, reason) = (o.pre_kind.to_u64(), o.pre_reason.to_u64());
            let check = o.check_len.to_u64() as usize;
            let ctx = format!("case {i}: {f:02x?}");
            match process(f, 1, &tables) {
                Verdict::Drop {
                    reason: fpvs_abi::DropReason::Truncated,
                } => {
                    assert!(check > f.len(), "truncation not seen, {ctx}")
                }
                v => {
                    assert!(check <= f.len(), "false truncation {check}, {ctx}");
                    match v {
                        Verdict::Drop { reason: r } => {
                            assert_eq!((kind, reason), (KIND_DROP, r as u64), "{ctx}")
                        }
                        Verdict::Exception {
                            reason: fpvs_abi::ExceptionReason::NoService,
                            ..
                        } => {
                            assert_eq!(kind, KIND_CONTINUE, "{ctx}");
                            let l4 = if o.tagged { 38 } else { 34 };
                            assert_eq!(o.sport.to_u64(), be16(f, l4) as u64);
                            assert_eq!(o.dport.to_u64(), be16(f, l4 + 2) as u64);
                        }
                        Verdict::Exception { reason: r, .. } => {
                            assert_eq!((kind, reason), (KIND_EXCEPTION, r as u64), "{ctx}")
                        }
                        Verdict::Forward { .. } => unreachable!("empty tables"),
                    }
                }
            }
        }
    }

    #[test]
    fn fields_are_read_from_the_right_offsets() {
        let f = Frame::tcp("1.2.3.4:5678", "9.8.7.6:80")
            .vlan(5)
            .flags(TcpFlags::SYN | TcpFlags::ACK)
            .seq_ack(0x1122_3344, 0x5566_7788)
            .ttl(17)
            .tos(0x28)
            .build();
        let mut uut = Parse::default();
        uut.connect_all();
        uut.i_hdr.next = captured(&f);
        uut.i_valid.next = true;
        for _ in 0..PARSE_LATENCY {
            tick!(uut);
        }
        let o = uut.o_meta.val();
        assert!(o.tagged);
        assert_eq!(o.saddr.to_u64(), 0x0102_0304);
        assert_eq!(o.daddr.to_u64(), 0x0908_0706);
        assert_eq!((o.sport.to_u64(), o.dport.to_u64()), (5678, 80));
        assert_eq!(
            (o.proto.to_u64(), o.ttl.to_u64(), o.tos.to_u64()),
            (6, 17, 0x28)
        );
        assert_eq!((o.seq.to_u64(), o.ack.to_u64()), (0x1122_3344, 0x5566_7788));
        assert_eq!(o.tcp_flags.to_u64(), 0x12);
        assert_eq!(o.total_len.to_u64(), 40);
        assert!(o.df && o.is_tcp);
        assert_eq!(o.ip_csum.to_u64(), be16(&f, 18 + 10) as u64);
        assert_eq!(o.l4_csum.to_u64(), be16(&f, 38 + 16) as u64);
        assert_eq!(o.check_len.to_u64(), 58);
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut = Parse::default();
        uut.connect_all();
        check_verilog("parse", &uut);
    }
}
