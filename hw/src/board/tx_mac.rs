//! Transmit MAC: frames in 8-byte AXI-Stream beats to a GMII-style byte stream (one
//! byte per clock while `tx_en`), store and forward.
//!
//! A frame is buffered whole before it is sent, so the line never starves mid-frame; a
//! frame whose last beat carries `s_tabort` is dropped (the write pointer rolls back),
//! as is one larger than the buffer. Each frame goes out as 7 bytes of preamble, the
//! SFD, its bytes, zero padding up to 60 bytes, the FCS, then at least 12 idle clocks
//! (the inter-frame gap). The byte outputs are registered.
//!
//! The buffer is a [`BeatRam`] of `2^A` beats of 72 bits as in [`super::rx_mac`] (two
//! clocks of read latency, through the block RAM's output register); the next beat is
//! always fetched ahead, so a frame starts as soon as its first beat is out of the RAM
//! and the gap has passed.

use crate::board::crc::Crc32;
use crate::board::ebr::BeatRam;
use crate::board::rx_mac::BEAT_BITS;
use rust_hdl::prelude::*;

/// Transmit MAC with a `2^A`-beat buffer; `A1` must be `A + 1`.
#[derive(LogicBlock)]
pub struct TxMac<const A: usize, const A1: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    // frames in
    /// Beat data.
    pub s_tdata: Signal<In, Bits<64>>,
    /// Byte enables (contiguous from bit 0; all ones except on the last beat).
    pub s_tkeep: Signal<In, Bits<8>>,
    /// Last beat.
    pub s_tlast: Signal<In, Bit>,
    /// With `s_tlast`: drop the frame.
    pub s_tabort: Signal<In, Bit>,
    /// Beat valid.
    pub s_tvalid: Signal<In, Bit>,
    /// Beat taken.
    pub s_tready: Signal<Out, Bit>,
    // bytes out
    /// The byte.
    pub tx_data: Signal<Out, Bits<8>>,
    /// Transmit enable.
    pub tx_en: Signal<Out, Bit>,
    // counters
    /// Frames sent.
    pub sent: Signal<Out, Bits<32>>,
    /// Frames dropped (aborted or larger than the buffer).
    pub dropped: Signal<Out, Bits<32>>,
    // blocks and registers
    crc: Crc32,
    ram: BeatRam<A>,
    wt: DFF<Bits<A1>>,
    wc: DFF<Bits<A1>>,
    rp: DFF<Bits<A1>>,
    rp1: DFFWithInit<Bits<A1>>,
    skip: DFF<Bit>,
    inflight: DFF<Bit>,
    landing: DFF<Bit>,
    nxt: DFF<Bits<BEAT_BITS>>,
    nxt_ok: DFF<Bit>,
    cur: DFF<Bits<BEAT_BITS>>,
    st: DFF<Bits<3>>,
    cnt: DFF<Bits<4>>,
    bi: DFF<Bits<3>>,
    left: DFF<Bits<6>>,
    out_data: DFF<Bits<8>>,
    out_en: DFF<Bit>,
    n_sent: DFF<Bits<32>>,
    n_drop: DFF<Bits<32>>,
    room_r: DFFWithInit<Bit>,
    bare: DFFWithInit<Bit>,
    sh_data: DFF<Bits<64>>,
    sh_keep: DFF<Bits<7>>,
    // locals
    used: Signal<Local, Bits<A1>>,
    room: Signal<Local, Bit>,
    too_big: Signal<Local, Bit>,
    take: Signal<Local, Bit>,
    keep_hi: Signal<Local, Bits<7>>,
    word: Signal<Local, Bits<BEAT_BITS>>,
    issue: Signal<Local, Bit>,
    commit: Signal<Local, Bit>,
    cur_byte: Signal<Local, Bits<8>>,
    nxt_data: Signal<Local, Bits<64>>,
    nxt_keep: Signal<Local, Bits<7>>,
    beat_end: Signal<Local, Bit>,
    fcs_shift: Signal<Local, Bits<32>>,
    fcs_byte: Signal<Local, Bits<8>>,
    slack_depth: Constant<Bits<A1>>,
    min_len: Constant<Bits<6>>,
    last_bit: Constant<Bits<BEAT_BITS>>,
    s_idle: Constant<Bits<3>>,
    s_pre: Constant<Bits<3>>,
    s_data: Constant<Bits<3>>,
    s_pad: Constant<Bits<3>>,
    s_fcs: Constant<Bits<3>>,
    s_gap: Constant<Bits<3>>,
}

impl<const A: usize, const A1: usize> Default for TxMac<A, A1> {
    fn default() -> Self {
        assert_eq!(A1, A + 1, "TxMac: A1 must be A + 1");
        TxMac {
            clock: Default::default(),
            s_tdata: Default::default(),
            s_tkeep: Default::default(),
            s_tlast: Default::default(),
            s_tabort: Default::default(),
            s_tvalid: Default::default(),
            s_tready: Default::default(),
            tx_data: Default::default(),
            tx_en: Default::default(),
            sent: Default::default(),
            dropped: Default::default(),
            crc: Default::default(),
            ram: Default::default(),
            wt: Default::default(),
            wc: Default::default(),
            rp: Default::default(),
            rp1: DFFWithInit::new(1u64.into()),
            skip: Default::default(),
            inflight: Default::default(),
            landing: Default::default(),
            nxt: Default::default(),
            nxt_ok: Default::default(),
            cur: Default::default(),
            st: Default::default(),
            cnt: Default::default(),
            bi: Default::default(),
            left: Default::default(),
            out_data: Default::default(),
            out_en: Default::default(),
            n_sent: Default::default(),
            n_drop: Default::default(),
            room_r: DFFWithInit::new(true),
            bare: DFFWithInit::new(true),
            sh_data: Default::default(),
            sh_keep: Default::default(),
            used: Default::default(),
            room: Default::default(),
            too_big: Default::default(),
            take: Default::default(),
            keep_hi: Default::default(),
            word: Default::default(),
            issue: Default::default(),
            commit: Default::default(),
            cur_byte: Default::default(),
            nxt_data: Default::default(),
            nxt_keep: Default::default(),
            beat_end: Default::default(),
            fcs_shift: Default::default(),
            fcs_byte: Default::default(),
            slack_depth: Constant::new(((1u64 << A) - 1).into()),
            min_len: Constant::new(60u64.into()),
            last_bit: Constant::new(Bits::<BEAT_BITS>::default().replace_bit(71, true)),
            s_idle: Constant::new(0u64.into()),
            s_pre: Constant::new(1u64.into()),
            s_data: Constant::new(2u64.into()),
            s_pad: Constant::new(3u64.into()),
            s_fcs: Constant::new(4u64.into()),
            s_gap: Constant::new(5u64.into()),
        }
    }
}

impl<const A: usize, const A1: usize> Logic for TxMac<A, A1> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, wt, wc, rp, rp1, skip, inflight, landing, nxt, nxt_ok, cur, st, cnt, bi,
            left, out_data, out_en, n_sent, n_drop, room_r, bare, sh_data, sh_keep
        );
        clock!(self, clock, crc, ram);
        // Write side.
        // Room for a beat, registered: one cycle late, so it keeps one beat of slack
        // (at most one write lands between the count and its use).
        self.used.next = self.wt.q.val() - self.rp.q.val();
        self.room_r.d.next = self.used.val() < self.slack_depth.val();
        self.room.next = self.room_r.q.val();
        // Full of one uncommitted frame: it can never be sent. `bare` (no committed
        // beat left to fetch: the commit pointer at the read pointer) is kept in a
        // register as the pointers move, so that no pointer compare runs into the
        // ready and the commit pointer's enable within one clock.
        self.too_big.next = !self.room.val() & self.bare.q.val();
        self.s_tready.next = self.room.val() | self.skip.q.val() | self.too_big.val();
        self.take.next = self.s_tvalid.val() & self.s_tready.val();
        self.keep_hi.next = self.s_tkeep.val().get_bits::<7>(1);
        self.word.next = bit_cast::<BEAT_BITS, 64>(self.s_tdata.val())
            | (bit_cast::<BEAT_BITS, 7>(self.keep_hi.val()) << 64);
        self.ram.waddr.next = bit_cast::<A, A1>(self.wt.q.val());
        self.ram.wdata.next = self.word.val();
        if self.s_tlast.val() {
            self.ram.wdata.next = self.word.val() | self.last_bit.val();
        }
        self.ram.we.next = false;
        self.commit.next = false;
        if self.take.val() {
            if self.skip.q.val() {
                if self.s_tlast.val() {
                    self.skip.d.next = false;
                }
            } else if self.too_big.val() {
                self.wt.d.next = self.wc.q.val();
                self.n_drop.d.next = self.n_drop.q.val() + 1;
                self.skip.d.next = !self.s_tlast.val();
            } else {
                self.ram.we.next = true;
                self.wt.d.next = self.wt.q.val() + 1;
                if self.s_tlast.val() {
                    if self.s_tabort.val() {
                        self.wt.d.next = self.wc.q.val();
                        self.n_drop.d.next = self.n_drop.q.val() + 1;
                    } else {
                        self.wc.d.next = self.wt.q.val() + 1;
                        self.commit.next = true;
                    }
                }
            }
        }
        // Fetch ahead: committed beats only, one at a time into `nxt`; a read is in the
        // RAM's array the clock after it is issued (`inflight`) and in its output
        // register the clock after that (`landing`).
        self.issue.next = !self.bare.q.val()
            & !self.nxt_ok.q.val()
            & !self.inflight.q.val()
            & !self.landing.q.val();
        self.ram.raddr.next = bit_cast::<A, A1>(self.rp.q.val());
        self.inflight.d.next = self.issue.val();
        self.landing.d.next = self.inflight.q.val();
        if self.issue.val() {
            self.rp.d.next = self.rp1.q.val();
            self.rp1.d.next = self.rp1.q.val() + 1;
        }
        // A commit adds at least one beat past the read pointer (it moves by one at
        // most in the same clock); a fetch alone leaves the buffer bare when it takes
        // the last committed beat. The read pointer plus one is kept in `rp1`, so this
        // is a compare of two registers, not an increment and a compare in one clock.
        if self.commit.val() {
            self.bare.d.next = false;
        } else if self.issue.val() {
            self.bare.d.next = self.rp1.q.val() == self.wc.q.val();
        }
        if self.landing.q.val() {
            self.nxt.d.next = self.ram.rdata.val();
            self.nxt_ok.d.next = true;
        }
        // The byte of the current beat, and whether it is the beat's last: the beat's
        // data and byte enables shift down a byte per byte sent (no wide multiplexer
        // between the beat and the CRC, for 125 MHz).
        self.nxt_data.next = self.nxt.q.val().get_bits::<64>(0);
        self.nxt_keep.next = self.nxt.q.val().get_bits::<7>(64);
        self.cur_byte.next = self.sh_data.q.val().get_bits::<8>(0);
        self.beat_end.next = (self.bi.q.val() == 7) | !self.sh_keep.q.val().get_bit(0);
        self.fcs_shift.next = self.crc.fcs.val() >> (bit_cast::<32, 4>(self.cnt.q.val()) << 3);
        self.fcs_byte.next = self.fcs_shift.val().get_bits::<8>(0);
        // Send side.
        self.crc.init.next = false;
        self.crc.en.next = false;
        self.crc.data.next = self.cur_byte.val();
        self.out_en.d.next = false;
        self.out_data.d.next = 0.into();
        if self.st.q.val() == self.s_idle.val() {
            if self.nxt_ok.q.val() {
                self.st.d.next = self.s_pre.val();
                self.cnt.d.next = 0.into();
            }
        } else if self.st.q.val() == self.s_pre.val() {
            self.out_en.d.next = true;
            self.out_data.d.next = 0x55.into();
            self.cnt.d.next = self.cnt.q.val() + 1;
            if self.cnt.q.val() == 7 {
                self.out_data.d.next = 0xD5.into();
                self.st.d.next = self.s_data.val();
                self.cur.d.next = self.nxt.q.val();
                self.sh_data.d.next = self.nxt_data.val();
                self.sh_keep.d.next = self.nxt_keep.val();
                self.nxt_ok.d.next = false;
                self.bi.d.next = 0.into();
                // Bytes still short of the 60 before the FCS: a 6-bit count, so the
                // padding decision is a narrow compare, not a 16-bit length plus one.
                self.left.d.next = self.min_len.val();
                self.crc.init.next = true;
            }
        } else if self.st.q.val() == self.s_data.val() {
            self.out_en.d.next = true;
            self.out_data.d.next = self.cur_byte.val();
            self.crc.en.next = true;
            if self.left.q.val() != 0 {
                self.left.d.next = self.left.q.val() - 1;
            }
            self.bi.d.next = self.bi.q.val() + 1;
            self.sh_data.d.next = self.sh_data.q.val() >> 8;
            self.sh_keep.d.next = self.sh_keep.q.val() >> 1;
            if self.beat_end.val() {
                self.bi.d.next = 0.into();
                if self.cur.q.val().get_bit(71) {
                    self.cnt.d.next = 0.into();
                    if self.left.q.val() > 1 {
                        self.st.d.next = self.s_pad.val();
                    } else {
                        self.st.d.next = self.s_fcs.val();
                    }
                } else {
                    self.cur.d.next = self.nxt.q.val();
                    self.sh_data.d.next = self.nxt_data.val();
                    self.sh_keep.d.next = self.nxt_keep.val();
                    self.nxt_ok.d.next = false;
                }
            }
        } else if self.st.q.val() == self.s_pad.val() {
            self.out_en.d.next = true;
            self.crc.data.next = 0.into();
            self.crc.en.next = true;
            self.left.d.next = self.left.q.val() - 1;
            if self.left.q.val() == 1 {
                self.st.d.next = self.s_fcs.val();
            }
        } else if self.st.q.val() == self.s_fcs.val() {
            self.out_en.d.next = true;
            self.out_data.d.next = self.fcs_byte.val();
            self.cnt.d.next = self.cnt.q.val() + 1;
            if self.cnt.q.val() == 3 {
                self.st.d.next = self.s_gap.val();
                self.cnt.d.next = 0.into();
                self.n_sent.d.next = self.n_sent.q.val() + 1;
            }
        } else {
            // The gap: 12 idle bytes, then the next frame's preamble at once if its
            // first beat is waiting (through the idle state it would be 13).
            self.cnt.d.next = self.cnt.q.val() + 1;
            if self.cnt.q.val() == 11 {
                self.cnt.d.next = 0.into();
                self.st.d.next = self.s_idle.val();
                if self.nxt_ok.q.val() {
                    self.st.d.next = self.s_pre.val();
                }
            }
        }
        self.tx_data.next = self.out_data.q.val();
        self.tx_en.next = self.out_en.q.val();
        self.sent.next = self.n_sent.q.val();
        self.dropped.next = self.n_drop.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::crc::{crc32_step, with_fcs, RESIDUE};
    use crate::testing::{bits_from_bytes, check_ecp5_verilog, settle};
    use crate::tick;
    use fpvs_model::packet::Frame;
    use rand::{Rng, SeedableRng};

    /// What the line should carry for `f`: padded to 60 bytes, then the FCS.
    fn on_line(f: &[u8]) -> Vec<u8> {
        let mut g = f.to_vec();
        if g.len() < 60 {
            g.resize(60, 0);
        }
        with_fcs(&g)
    }

    /// Sends `(frame, abort)` pairs; returns the bursts seen on the line (preamble
    /// and SFD checked and removed), the shortest gap, and the counters.
    fn run<const A: usize, const A1: usize>(
        frames: &[(Vec<u8>, bool)],
        p_gap: f64,
        seed: u64,
    ) -> (Vec<Vec<u8>>, usize, [u64; 2]) {
        let mut uut: TxMac<A, A1> = Default::default();
        uut.connect_all();
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let (mut fi, mut off, mut cycles, mut idle) = (0usize, 0usize, 0usize, 0usize);
        let mut bursts = Vec::new();
        let mut cur: Option<Vec<u8>> = None;
        let mut gap = usize::MAX;
        let mut since = usize::MAX / 2;
        while idle < 100 {
            let offer = fi < frames.len() && !rng.gen_bool(p_gap);
            uut.s_tvalid.next = offer;
            if offer {
                let (f, abort) = &frames[fi];
                let n = (f.len() - off).min(8);
                let mut beat = f[off..off + n].to_vec();
                beat.resize(8, 0xEE);
                uut.s_tdata.next = bits_from_bytes(&beat);
                uut.s_tkeep.next = ((1u64 << n) - 1).into();
                uut.s_tlast.next = off + n == f.len();
                uut.s_tabort.next = *abort && off + n == f.len();
            }
            settle(&mut uut);
            if offer && uut.s_tready.val() {
                off += (frames[fi].0.len() - off).min(8);
                if off == frames[fi].0.len() {
                    fi += 1;
                    off = 0;
                }
            }
            if uut.tx_en.val() {
                if cur.is_none() {
                    gap = gap.min(since);
                }
                cur.get_or_insert_with(Vec::new)
                    .push(uut.tx_data.val().to_u64() as u8);
                idle = 0;
            } else {
                if let Some(b) = cur.take() {
                    assert_eq!(&b[..8], &[0x55, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55, 0xD5]);
                    bursts.push(b[8..].to_vec());
                    since = 0;
                }
                since += 1;
                if fi == frames.len() {
                    idle += 1;
                }
            }
            tick!(uut);
            cycles += 1;
            assert!(cycles < 1_000_000, "stuck");
        }
        let c = [uut.sent.val().to_u64(), uut.dropped.val().to_u64()];
        (bursts, gap, c)
    }

    fn frames() -> Vec<Vec<u8>> {
        let mut v = vec![
            Frame::tcp("10.0.0.1:1234", "10.1.0.1:80").build(),
            Frame::udp("10.0.0.2:53", "10.1.0.2:53")
                .payload_len(100)
                .build(),
            Frame::tcp("10.0.0.3:999", "10.1.0.3:443")
                .vlan(7)
                .payload_len(1000)
                .build(),
            Frame::arp_request("10.0.0.9", "10.0.0.1").build(),
        ];
        let mut rng = rand::rngs::StdRng::seed_from_u64(4);
        for n in [14, 59, 60, 61, 63, 64, 65, 71, 72, 73, 1514] {
            v.push((0..n).map(|_| rng.gen()).collect());
        }
        v
    }

    #[test]
    fn frames_go_out_padded_with_fcs_and_gaps() {
        let fs = frames();
        let input: Vec<(Vec<u8>, bool)> = fs.iter().map(|f| (f.clone(), false)).collect();
        for (seed, p) in [0.0, 0.4].into_iter().enumerate() {
            let (bursts, gap, c) = run::<9, 10>(&input, p, seed as u64);
            assert_eq!(bursts.len(), fs.len());
            for (k, (b, f)) in bursts.iter().zip(&fs).enumerate() {
                assert_eq!(b, &on_line(f), "frame {k}");
                assert_eq!(
                    b.iter().fold(0xFFFF_FFFF, |c, x| crc32_step(c, *x)),
                    RESIDUE
                );
            }
            assert!(gap >= 12, "inter-frame gap {gap}");
            assert_eq!(c, [fs.len() as u64, 0]);
        }
    }

    #[test]
    fn back_to_back_frames_keep_line_rate() {
        // 10 frames of 1000 bytes offered at once: the line is busy but for the gaps.
        let f: Vec<u8> = (0..1000).map(|i| (i * 7) as u8).collect();
        let input: Vec<(Vec<u8>, bool)> = (0..10).map(|_| (f.clone(), false)).collect();
        let (bursts, gap, _) = run::<9, 10>(&input, 0.0, 1);
        assert_eq!(bursts.len(), 10);
        assert_eq!(gap, 12, "the minimum gap, no more: line rate");
    }

    #[test]
    fn aborted_and_too_large_frames_are_dropped() {
        let a: Vec<u8> = (0..100).map(|i| i as u8).collect();
        let big: Vec<u8> = (0..200).map(|i| (i * 5) as u8).collect();
        let input = vec![
            (a.clone(), false),
            (a.clone(), true),
            (big, false),
            (a.clone(), false),
        ];
        // 16 beats = 128 bytes of buffer.
        let (bursts, _, c) = run::<4, 5>(&input, 0.0, 3);
        assert_eq!(bursts, vec![on_line(&a), on_line(&a)]);
        assert_eq!(c, [2, 2]);
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut: TxMac<9, 10> = Default::default();
        uut.connect_all();
        check_ecp5_verilog("tx_mac", &uut);
    }
}
