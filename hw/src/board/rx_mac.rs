//! Receive MAC: from the byte stream of a GMII-style receiver (one symbol per clock at
//! most) to frames in 8-byte AXI-Stream beats, store and forward.
//!
//! A symbol is a data byte (`in_dv`, with `in_er` for a receive error) or, with `in_dv`
//! low, the end of the frame. Bytes before the start-of-frame delimiter 0xD5 must be
//! preamble (0x55, any number); anything else discards the frame. After the SFD every
//! byte goes through the FCS check and, four bytes late, into the packet buffer, so the
//! FCS itself never reaches the stream. At the frame's end it is kept (the write
//! pointer committed) only if it is at least 64 bytes with its FCS, at most `max_len`,
//! had no receive error, fitted in the buffer and its FCS is good; otherwise the write
//! pointer rolls back and one counter counts it (first reason in that order:
//! overflow, oversize, runt, bad FCS or receive error).
//!
//! The buffer is a [`BeatRam`] of `2^A` beats of 72 bits (data, `tkeep[7:1]`, last) —
//! two ECP5 block RAMs at `A` = 9, read through their own output registers (for
//! 125 MHz); the output side reads only committed beats, into a two-entry buffer as in
//! [`crate::fifo::Fifo`].

use crate::board::crc::Crc32;
use crate::board::ebr::BeatRam;
use rust_hdl::prelude::*;

/// Bits of a buffered beat: data 64, `tkeep[7:1]` 7, last 1.
pub const BEAT_BITS: usize = crate::board::ebr::BITS;

/// Largest frame accepted by default, FCS included: 1518 + an 802.1Q tag.
pub const MAX_FRAME: u64 = 1522;

/// Receive MAC with a `2^A`-beat buffer; `A1` must be `A + 1`.
#[derive(LogicBlock)]
pub struct RxMac<const A: usize, const A1: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    // symbols in
    /// A symbol this cycle.
    pub in_valid: Signal<In, Bit>,
    /// The symbol is a byte (else: the frame ended).
    pub in_dv: Signal<In, Bit>,
    /// Receive error with this byte.
    pub in_er: Signal<In, Bit>,
    /// The byte.
    pub in_data: Signal<In, Bits<8>>,
    // frames out
    /// Beat data.
    pub m_tdata: Signal<Out, Bits<64>>,
    /// Byte enables.
    pub m_tkeep: Signal<Out, Bits<8>>,
    /// Last beat.
    pub m_tlast: Signal<Out, Bit>,
    /// Beat valid.
    pub m_tvalid: Signal<Out, Bit>,
    /// Beat taken.
    pub m_tready: Signal<In, Bit>,
    // counters
    /// Frames kept.
    pub good: Signal<Out, Bits<32>>,
    /// Frames with a bad FCS or a receive error.
    pub bad_fcs: Signal<Out, Bits<32>>,
    /// Frames under 64 bytes.
    pub runt: Signal<Out, Bits<32>>,
    /// Frames over `max_len`.
    pub oversize: Signal<Out, Bits<32>>,
    /// Frames that did not fit in the buffer.
    pub overflow: Signal<Out, Bits<32>>,
    // blocks and registers
    crc: Crc32,
    ram: BeatRam<A>,
    st: DFF<Bits<2>>,
    sh: DFF<Bits<32>>,
    held: DFF<Bits<3>>,
    len: DFF<Bits<16>>,
    acc: DFF<Bits<64>>,
    nb: DFF<Bits<4>>,
    keep: DFF<Bits<8>>,
    f_er: DFF<Bit>,
    f_long: DFF<Bit>,
    f_min: DFF<Bit>,
    f_ovf: DFF<Bit>,
    wt: DFF<Bits<A1>>,
    wc: DFF<Bits<A1>>,
    wc_rd: DFF<Bits<A1>>,
    wr_en: DFF<Bit>,
    wr_addr: DFF<Bits<A>>,
    wr_data: DFF<Bits<BEAT_BITS>>,
    rp: DFF<Bits<A1>>,
    inflight: DFF<Bit>,
    landed: DFF<Bit>,
    room_r: DFFWithInit<Bit>,
    end_r: DFF<Bit>,
    crc_ok_r: DFF<Bit>,
    occ: DFF<Bits<2>>,
    o0: DFF<Bits<BEAT_BITS>>,
    o1: DFF<Bits<BEAT_BITS>>,
    n_good: DFF<Bits<32>>,
    n_fcs: DFF<Bits<32>>,
    n_runt: DFF<Bits<32>>,
    n_long: DFF<Bits<32>>,
    n_ovf: DFF<Bits<32>>,
    // locals
    got_byte: Signal<Local, Bit>,
    fin: Signal<Local, Bit>,
    push: Signal<Local, Bit>,
    pushed: Signal<Local, Bits<8>>,
    ins: Signal<Local, Bits<64>>,
    room: Signal<Local, Bit>,
    wr_full: Signal<Local, Bit>,
    ok_end: Signal<Local, Bit>,
    word: Signal<Local, Bits<BEAT_BITS>>,
    keep_hi: Signal<Local, Bits<7>>,
    head_keep: Signal<Local, Bits<7>>,
    ram_some: Signal<Local, Bit>,
    room_used: Signal<Local, Bits<A1>>,
    pop: Signal<Local, Bit>,
    issue: Signal<Local, Bit>,
    occ_after_pop: Signal<Local, Bits<2>>,
    pending: Signal<Local, Bits<3>>,
    head: Signal<Local, Bits<BEAT_BITS>>,
    slack_depth: Constant<Bits<A1>>,
    max_len: Constant<Bits<16>>,
    // receive states: hunting for the SFD, in a frame, discarding until the end
    s_idle: Constant<Bits<2>>,
    s_frame: Constant<Bits<2>>,
    s_discard: Constant<Bits<2>>,
    last_short: Constant<Bits<16>>,
}

impl<const A: usize, const A1: usize> RxMac<A, A1> {
    /// A MAC accepting frames of at most `max_len` bytes, FCS included.
    pub fn new(max_len: u64) -> Self {
        assert_eq!(A1, A + 1, "RxMac: A1 must be A + 1");
        assert!((64..1 << 15).contains(&max_len));
        RxMac {
            clock: Default::default(),
            in_valid: Default::default(),
            in_dv: Default::default(),
            in_er: Default::default(),
            in_data: Default::default(),
            m_tdata: Default::default(),
            m_tkeep: Default::default(),
            m_tlast: Default::default(),
            m_tvalid: Default::default(),
            m_tready: Default::default(),
            good: Default::default(),
            bad_fcs: Default::default(),
            runt: Default::default(),
            oversize: Default::default(),
            overflow: Default::default(),
            crc: Default::default(),
            ram: Default::default(),
            st: Default::default(),
            sh: Default::default(),
            held: Default::default(),
            len: Default::default(),
            acc: Default::default(),
            nb: Default::default(),
            keep: Default::default(),
            f_er: Default::default(),
            f_long: Default::default(),
            f_min: Default::default(),
            f_ovf: Default::default(),
            wt: Default::default(),
            wc: Default::default(),
            wc_rd: Default::default(),
            wr_en: Default::default(),
            wr_addr: Default::default(),
            wr_data: Default::default(),
            rp: Default::default(),
            inflight: Default::default(),
            landed: Default::default(),
            room_r: DFFWithInit::new(true),
            end_r: Default::default(),
            crc_ok_r: Default::default(),
            occ: Default::default(),
            o0: Default::default(),
            o1: Default::default(),
            n_good: Default::default(),
            n_fcs: Default::default(),
            n_runt: Default::default(),
            n_long: Default::default(),
            n_ovf: Default::default(),
            got_byte: Default::default(),
            fin: Default::default(),
            push: Default::default(),
            pushed: Default::default(),
            ins: Default::default(),
            room: Default::default(),
            wr_full: Default::default(),
            ok_end: Default::default(),
            word: Default::default(),
            keep_hi: Default::default(),
            head_keep: Default::default(),
            ram_some: Default::default(),
            room_used: Default::default(),
            pop: Default::default(),
            issue: Default::default(),
            occ_after_pop: Default::default(),
            pending: Default::default(),
            head: Default::default(),
            slack_depth: Constant::new(((1u64 << A) - 1).into()),
            max_len: Constant::new(max_len.into()),
            last_short: Constant::new(63u64.into()),
            s_idle: Constant::new(0u64.into()),
            s_frame: Constant::new(1u64.into()),
            s_discard: Constant::new(2u64.into()),
        }
    }
}

impl<const A: usize, const A1: usize> Default for RxMac<A, A1> {
    fn default() -> Self {
        Self::new(MAX_FRAME)
    }
}

impl<const A: usize, const A1: usize> Logic for RxMac<A, A1> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, st, sh, held, len, acc, nb, keep, f_er, f_long, f_min, f_ovf, wt, wc,
            wc_rd, wr_en, wr_addr, wr_data, rp, inflight, landed, room_r, end_r, crc_ok_r, occ, o0,
            o1, n_good, n_fcs, n_runt, n_long, n_ovf
        );
        clock!(self, clock, crc, ram);
        self.got_byte.next = self.in_valid.val() & self.in_dv.val();
        self.fin.next = self.in_valid.val() & !self.in_dv.val();
        // FCS over every byte after the SFD.
        self.crc.data.next = self.in_data.val();
        self.crc.en.next = self.got_byte.val() & (self.st.q.val() == self.s_frame.val());
        self.crc.init.next = self.got_byte.val() & (self.st.q.val() != self.s_frame.val());
        // The byte leaving the 4-byte FCS delay line.
        self.pushed.next = self.sh.q.val().get_bits::<8>(0);
        self.push.next = self.got_byte.val()
            & (self.st.q.val() == self.s_frame.val())
            & (self.held.q.val() == 4);
        self.ins.next =
            bit_cast::<64, 8>(self.pushed.val()) << (bit_cast::<64, 4>(self.nb.q.val()) << 3);
        // Buffer space, counted from the uncommitted write pointer.
        // Registered, so one cycle late: it keeps one beat of slack (at most one
        // write lands between the count and its use).
        self.room_used.next = self.wt.q.val() - self.rp.q.val();
        self.room_r.d.next = self.room_used.val() < self.slack_depth.val();
        self.room.next = self.room_r.q.val();
        // The frame's end is decided the clock after its end symbol, from the FCS check
        // registered then (the 32-bit compare of the CRC's state gets a clock of its
        // own, not a share of the write pointer's). Nothing the decision reads changes
        // in that clock: the frame's flags, its last beat and the write pointer move
        // again only after the next frame's SFD, and the CRC's state is not read.
        self.end_r.d.next = self.fin.val() & (self.st.q.val() == self.s_frame.val());
        self.crc_ok_r.d.next = self.crc.ok.val();
        self.ok_end.next = !self.f_er.q.val()
            & !self.f_long.q.val()
            & !self.f_ovf.q.val()
            & self.f_min.q.val()
            & self.crc_ok_r.q.val()
            & self.room.val();
        // Buffer writes: a full beat when a ninth byte arrives, the last one at the end.
        self.keep_hi.next = self.keep.q.val().get_bits::<7>(1);
        self.word.next = bit_cast::<BEAT_BITS, 64>(self.acc.q.val())
            | (bit_cast::<BEAT_BITS, 7>(self.keep_hi.val()) << 64);
        self.wr_full.next = self.push.val() & (self.nb.q.val() == 8) & !self.f_long.q.val();
        // The buffer's write is registered: address, data and enable reach the block
        // RAM from flip-flops, a clock after the decision (the RAM's byte enables were
        // the end of the MACs' longest path). The reader sees the commit pointer a
        // clock later too (`wc_rd`), so it never reads a beat before it is written.
        self.wr_addr.d.next = bit_cast::<A, A1>(self.wt.q.val());
        self.wr_data.d.next = self.word.val();
        self.wr_en.d.next = false;
        if self.wr_full.val() & self.room.val() & !self.f_ovf.q.val() {
            self.wr_en.d.next = true;
            self.wt.d.next = self.wt.q.val() + 1;
        }
        if self.wr_full.val() & !self.room.val() {
            self.f_ovf.d.next = true;
        }
        if self.push.val() {
            if self.nb.q.val() == 8 {
                self.acc.d.next = bit_cast::<64, 8>(self.pushed.val());
                self.nb.d.next = 1.into();
                self.keep.d.next = 1.into();
            } else {
                self.acc.d.next = self.acc.q.val() | self.ins.val();
                self.nb.d.next = self.nb.q.val() + 1;
                self.keep.d.next = (self.keep.q.val() << 1) | 1;
            }
        }
        // Receive state.
        if self.got_byte.val() {
            if self.st.q.val() == self.s_frame.val() {
                self.sh.d.next =
                    (self.sh.q.val() >> 8) | (bit_cast::<32, 8>(self.in_data.val()) << 24);
                if self.held.q.val() != 4 {
                    self.held.d.next = self.held.q.val() + 1;
                }
                // At least 64 bytes with the FCS: a flag set as the 64th arrives, so the
                // frame's end decision does not wait on a 16-bit compare.
                if self.len.q.val() == self.last_short.val() {
                    self.f_min.d.next = true;
                }
                if self.len.q.val() == self.max_len.val() {
                    self.f_long.d.next = true;
                } else {
                    self.len.d.next = self.len.q.val() + 1;
                }
                if self.in_er.val() {
                    self.f_er.d.next = true;
                }
            } else if self.st.q.val() == self.s_idle.val() {
                if self.in_data.val() == 0xD5 {
                    self.st.d.next = self.s_frame.val();
                    self.held.d.next = 0.into();
                    self.len.d.next = 0.into();
                    self.acc.d.next = 0.into();
                    self.nb.d.next = 0.into();
                    self.keep.d.next = 0.into();
                    self.f_er.d.next = self.in_er.val();
                    self.f_long.d.next = false;
                    self.f_min.d.next = false;
                    self.f_ovf.d.next = false;
                } else if self.in_data.val() != 0x55 {
                    self.st.d.next = self.s_discard.val();
                }
            }
        }
        if self.fin.val() {
            self.st.d.next = self.s_idle.val();
        }
        if self.end_r.q.val() {
            if self.ok_end.val() {
                // The last beat: data, keep, last.
                self.wr_data.d.next =
                    self.word.val() | (bit_cast::<BEAT_BITS, 1>(true.into()) << 71);
                self.wr_en.d.next = true;
                self.wt.d.next = self.wt.q.val() + 1;
                self.wc.d.next = self.wt.q.val() + 1;
                self.n_good.d.next = self.n_good.q.val() + 1;
            } else {
                self.wt.d.next = self.wc.q.val();
                if self.f_ovf.q.val() | !self.room.val() {
                    self.n_ovf.d.next = self.n_ovf.q.val() + 1;
                } else if self.f_long.q.val() {
                    self.n_long.d.next = self.n_long.q.val() + 1;
                } else if !self.f_min.q.val() {
                    self.n_runt.d.next = self.n_runt.q.val() + 1;
                } else {
                    self.n_fcs.d.next = self.n_fcs.q.val() + 1;
                }
            }
        }
        // Output side: committed beats only.
        // Committed beats not yet read: an equality of the pointers, no subtraction (a
        // carry chain) in the 8 ns path to the read pointer.
        self.ram.waddr.next = self.wr_addr.q.val();
        self.ram.wdata.next = self.wr_data.q.val();
        self.ram.we.next = self.wr_en.q.val();
        self.wc_rd.d.next = self.wc.q.val();
        self.ram_some.next = self.wc_rd.q.val() != self.rp.q.val();
        self.m_tvalid.next = self.occ.q.val() != 0;
        self.head.next = self.o0.q.val();
        self.head_keep.next = self.head.val().get_bits::<7>(64);
        self.m_tdata.next = self.head.val().get_bits::<64>(0);
        self.m_tkeep.next = (bit_cast::<8, 7>(self.head_keep.val()) << 1) | 1;
        self.m_tlast.next = self.head.val().get_bit(71);
        self.pop.next = self.m_tready.val() & (self.occ.q.val() != 0);
        self.occ_after_pop.next = self.occ.q.val();
        if self.pop.val() {
            self.occ_after_pop.next = self.occ.q.val() - 1;
            self.o0.d.next = self.o1.q.val();
        }
        // A read comes out of the block RAM's output register two cycles after it is
        // issued, into the first free output slot.
        self.landed.d.next = self.inflight.q.val();
        if self.landed.q.val() {
            if self.occ_after_pop.val() == 0 {
                self.o0.d.next = self.ram.rdata.val();
            } else {
                self.o1.d.next = self.ram.rdata.val();
            }
        }
        self.occ.d.next = self.occ_after_pop.val() + bit_cast::<2, 1>(self.landed.q.val().into());
        // Issue a read if every read on its way and this one will have a slot.
        self.pending.next = bit_cast::<3, 2>(self.occ_after_pop.val())
            + bit_cast::<3, 1>(self.landed.q.val().into())
            + bit_cast::<3, 1>(self.inflight.q.val().into());
        self.issue.next = self.ram_some.val() & (self.pending.val() < 2);
        self.ram.raddr.next = bit_cast::<A, A1>(self.rp.q.val());
        self.inflight.d.next = self.issue.val();
        if self.issue.val() {
            self.rp.d.next = self.rp.q.val() + 1;
        }
        // Counters.
        self.good.next = self.n_good.q.val();
        self.bad_fcs.next = self.n_fcs.q.val();
        self.runt.next = self.n_runt.q.val();
        self.oversize.next = self.n_long.q.val();
        self.overflow.next = self.n_ovf.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::crc::with_fcs;
    use crate::testing::{bytes_from_bits, check_ecp5_verilog, settle};
    use crate::tick;
    use fpvs_model::packet::Frame;
    use rand::{Rng, SeedableRng};

    /// One symbol: `Some(byte, er)` or `None` for the end of a frame.
    type Sym = Option<(u8, bool)>;

    /// A frame on the wire: preamble, SFD, bytes, end.
    pub(crate) fn wire(bytes: &[u8]) -> Vec<Sym> {
        let mut v: Vec<Sym> = vec![Some((0x55, false)); 7];
        v.push(Some((0xD5, false)));
        v.extend(bytes.iter().map(|b| Some((*b, false))));
        v.push(None);
        v
    }

    /// Runs symbols through a MAC; returns the frames out and the counters
    /// `[good, bad_fcs, runt, oversize, overflow]`.
    fn run<const A: usize, const A1: usize>(
        syms: &[Sym],
        p_gap: f64,
        p_stall: f64,
        stall_first: usize,
        seed: u64,
    ) -> (Vec<Vec<u8>>, [u64; 5]) {
        let mut uut: RxMac<A, A1> = RxMac::new(MAX_FRAME);
        uut.connect_all();
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let (mut i, mut cycles, mut idle) = (0usize, 0usize, 0usize);
        let mut out = Vec::new();
        let mut cur = Vec::new();
        while idle < 64 {
            let offer = i < syms.len() && !rng.gen_bool(p_gap);
            uut.in_valid.next = offer;
            if offer {
                match syms[i] {
                    Some((b, er)) => {
                        uut.in_dv.next = true;
                        uut.in_er.next = er;
                        uut.in_data.next = (b as u64).into();
                    }
                    None => {
                        uut.in_dv.next = false;
                        uut.in_er.next = false;
                    }
                }
                i += 1;
            }
            let take = cycles >= stall_first && !rng.gen_bool(p_stall);
            uut.m_tready.next = take;
            settle(&mut uut);
            if take && uut.m_tvalid.val() {
                let keep = uut.m_tkeep.val().to_u64();
                let n = keep.count_ones() as usize;
                assert_eq!(keep, (1 << n) - 1, "keep contiguous");
                assert!(n == 8 || uut.m_tlast.val(), "short beat only last");
                cur.extend(bytes_from_bits(&uut.m_tdata.val(), n));
                if uut.m_tlast.val() {
                    out.push(std::mem::take(&mut cur));
                }
                idle = 0;
            } else if i == syms.len() && cycles >= stall_first {
                idle += 1;
            }
            tick!(uut);
            cycles += 1;
            assert!(cycles < 1_000_000, "stuck");
        }
        assert!(cur.is_empty(), "partial frame left");
        let c = [
            uut.good.val().to_u64(),
            uut.bad_fcs.val().to_u64(),
            uut.runt.val().to_u64(),
            uut.oversize.val().to_u64(),
            uut.overflow.val().to_u64(),
        ];
        (out, c)
    }

    fn pipeline_frames() -> Vec<Vec<u8>> {
        let mut v = vec![
            Frame::tcp("10.0.0.1:1234", "10.1.0.1:80").build(),
            Frame::udp("10.0.0.2:53", "10.1.0.2:53")
                .payload_len(100)
                .build(),
            Frame::tcp("10.0.0.3:999", "10.1.0.3:443")
                .vlan(7)
                .payload_len(1000)
                .build(),
            Frame::icmp("10.0.0.4:0", "10.1.0.4:0", 8).build(),
            Frame::tcp("10.0.0.5:1", "10.1.0.5:2")
                .payload_len(1460)
                .build(),
        ];
        // Every length from the minimum to two beats beyond, and a few more.
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        for n in (60..=80).chain([127, 128, 129, 1513, 1514, 1518]) {
            v.push((0..n).map(|_| rng.gen()).collect());
        }
        v
    }

    #[test]
    fn good_frames_pass_without_fcs_in_order() {
        let frames = pipeline_frames();
        let mut syms = Vec::new();
        for f in &frames {
            let f = if f.len() < 60 {
                let mut g = f.clone();
                g.resize(60, 0);
                g
            } else {
                f.clone()
            };
            syms.extend(wire(&with_fcs(&f)));
        }
        let want: Vec<Vec<u8>> = frames
            .iter()
            .map(|f| {
                let mut g = f.clone();
                if g.len() < 60 {
                    g.resize(60, 0);
                }
                g
            })
            .collect();
        for (seed, (gap, stall)) in [(0.0, 0.0), (0.3, 0.0), (0.1, 0.6)].into_iter().enumerate() {
            let (out, c) = run::<9, 10>(&syms, gap, stall, 0, seed as u64);
            assert_eq!(out.len(), want.len());
            for (k, (o, w)) in out.iter().zip(&want).enumerate() {
                assert_eq!(o, w, "frame {k}");
            }
            assert_eq!(c, [want.len() as u64, 0, 0, 0, 0]);
        }
    }

    #[test]
    fn bad_runt_oversize_and_junk_frames_are_dropped_and_counted() {
        let good = Frame::tcp("10.0.0.1:1234", "10.1.0.1:80")
            .payload_len(200)
            .build();
        let mut bad = with_fcs(&good);
        bad[30] ^= 0x10;
        let runt = with_fcs(&good[..50]);
        let long: Vec<u8> = (0..1600).map(|i| i as u8).collect();
        let mut syms = Vec::new();
        syms.extend(wire(&with_fcs(&good)));
        syms.extend(wire(&bad));
        syms.extend(wire(&runt));
        syms.extend(wire(&with_fcs(&long)));
        // A receive error in the middle of a good-FCS frame.
        let mut er = wire(&with_fcs(&good));
        er[40] = Some((er[40].unwrap().0, true));
        syms.extend(er);
        // Junk before the SFD: the frame is not received at all.
        let mut junk = wire(&with_fcs(&good));
        junk[3] = Some((0x12, false));
        syms.extend(junk);
        // An end with no frame, then a good frame again.
        syms.push(None);
        syms.extend(wire(&with_fcs(&good)));
        let (out, c) = run::<9, 10>(&syms, 0.2, 0.2, 0, 9);
        assert_eq!(out, vec![good.clone(), good]);
        assert_eq!(c, [2, 2, 1, 1, 0]);
    }

    #[test]
    fn the_runt_boundary_is_64_bytes_with_the_fcs() {
        let f: Vec<u8> = (0..70).map(|i| (i * 11) as u8).collect();
        let mut syms = Vec::new();
        for n in [59, 60, 61, 58, 60] {
            syms.extend(wire(&with_fcs(&f[..n])));
        }
        let (out, c) = run::<9, 10>(&syms, 0.0, 0.0, 0, 5);
        assert_eq!(
            out,
            vec![f[..60].to_vec(), f[..61].to_vec(), f[..60].to_vec()]
        );
        assert_eq!(c, [3, 0, 2, 0, 0]);
    }

    #[test]
    fn a_full_buffer_drops_whole_frames_only() {
        // 16 beats = 128 bytes of buffer, the consumer asleep for a while.
        let f1: Vec<u8> = (0..100).map(|i| i as u8).collect();
        let f2: Vec<u8> = (0..90).map(|i| (i * 3) as u8).collect();
        let mut syms = Vec::new();
        syms.extend(wire(&with_fcs(&f1)));
        syms.extend(wire(&with_fcs(&f2)));
        let (out, c) = run::<4, 5>(&syms, 0.0, 0.0, 400, 2);
        assert_eq!(out, vec![f1.clone()]);
        assert_eq!(c, [1, 0, 0, 0, 1]);
        // Once drained, the next frame fits (end symbols alone are ignored).
        syms.extend(vec![None; 400]);
        syms.extend(wire(&with_fcs(&f2)));
        let (out, c) = run::<4, 5>(&syms, 0.0, 0.0, 400, 2);
        assert_eq!(out, vec![f1, f2]);
        assert_eq!(c, [2, 0, 0, 0, 1]);
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut: RxMac<9, 10> = Default::default();
        uut.connect_all();
        check_ecp5_verilog("rx_mac", &uut);
    }
}
