//! Header capture: splits each frame into its first 64 bytes, gathered into one
//! header vector for the header pipeline, and its tail (every later beat), which waits
//! in the data FIFO for merge.
//!
//! With 64-byte beats the header is the first beat; with 8-byte beats it is gathered
//! from the first eight. A frame of at most 64 bytes has no tail. Bytes beyond the
//! frame are zero in the header vector. One beat per clock; back-pressure from either
//! output stops the input. The header record leaves from registers, the cycle after the
//! beat that completes it.

use crate::records::{CapturedHeader, HDR_BITS};
use rust_hdl::prelude::*;

/// Capture for `W` bytes per beat; `D` = 8W bits; `NB` = 64 / W header beats.
#[derive(LogicBlock)]
pub struct Capture<const W: usize, const D: usize, const NB: usize> {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // stream in (frames)
    /// Beat data.
    pub s_tdata: Signal<In, Bits<D>>,
    /// Valid bytes in the beat (1..=W; W unless last).
    pub s_tlen: Signal<In, Bits<8>>,
    /// Last beat of the frame.
    pub s_tlast: Signal<In, Bit>,
    /// `[1:0]` port, `[2]` verbatim; sampled on the first beat.
    pub s_tuser: Signal<In, Bits<3>>,
    /// Beat valid.
    pub s_tvalid: Signal<In, Bit>,
    /// Beat taken.
    pub s_tready: Signal<Out, Bit>,
    // stream out (headers)
    /// Header record.
    pub m_hdr: Signal<Out, CapturedHeader>,
    /// Header record valid.
    pub m_hdr_valid: Signal<Out, Bit>,
    /// Header record taken.
    pub m_hdr_ready: Signal<In, Bit>,
    // stream out (tails)
    /// Tail beat data.
    pub m_tail_tdata: Signal<Out, Bits<D>>,
    /// Tail beat length.
    pub m_tail_tlen: Signal<Out, Bits<8>>,
    /// Tail beat is the frame's last.
    pub m_tail_tlast: Signal<Out, Bit>,
    /// Tail beat valid.
    pub m_tail_tvalid: Signal<Out, Bit>,
    /// Tail beat taken.
    pub m_tail_tready: Signal<In, Bit>,
    // registers and locals
    idx: DFF<Bits<4>>,
    acc: DFF<Bits<HDR_BITS>>,
    hlen: DFF<Bits<7>>,
    user: DFF<Bits<3>>,
    hv: DFF<Bit>,
    whole: DFF<Bit>,
    base: Signal<Local, Bits<HDR_BITS>>,
    base_len: Signal<Local, Bits<7>>,
    free: Signal<Local, Bit>,
    in_header: Signal<Local, Bit>,
    completes: Signal<Local, Bit>,
    take: Signal<Local, Bit>,
    masked: Signal<Local, Bits<D>>,
    lenmask: Signal<Local, Bits<D>>,
    widened: Signal<Local, Bits<HDR_BITS>>,
    gathered: Signal<Local, Bits<HDR_BITS>>,
    user_now: Signal<Local, Bits<3>>,
    hlen_now: Signal<Local, Bits<7>>,
    shift: Signal<Local, Bits<10>>,
    beats: Constant<Bits<4>>,
    last_beat: Constant<Bits<4>>,
    log2_beat_bits: Constant<Bits<4>>,
    full: Constant<Bits<8>>,
    ones: Constant<Bits<D>>,
}

impl<const W: usize, const D: usize, const NB: usize> Default for Capture<W, D, NB> {
    fn default() -> Self {
        assert_eq!(D, 8 * W, "Capture: D must be 8 * W");
        assert_eq!(NB * W, 64, "Capture: NB must be 64 / W");
        Capture {
            clock: Default::default(),
            s_tdata: Default::default(),
            s_tlen: Default::default(),
            s_tlast: Default::default(),
            s_tuser: Default::default(),
            s_tvalid: Default::default(),
            s_tready: Default::default(),
            m_hdr: Default::default(),
            m_hdr_valid: Default::default(),
            m_hdr_ready: Default::default(),
            m_tail_tdata: Default::default(),
            m_tail_tlen: Default::default(),
            m_tail_tlast: Default::default(),
            m_tail_tvalid: Default::default(),
            m_tail_tready: Default::default(),
            idx: Default::default(),
            acc: Default::default(),
            hlen: Default::default(),
            user: Default::default(),
            hv: Default::default(),
            whole: Default::default(),
            base: Default::default(),
            base_len: Default::default(),
            free: Default::default(),
            in_header: Default::default(),
            completes: Default::default(),
            take: Default::default(),
            masked: Default::default(),
            lenmask: Default::default(),
            widened: Default::default(),
            gathered: Default::default(),
            user_now: Default::default(),
            hlen_now: Default::default(),
            shift: Default::default(),
            beats: Constant::new((NB as u64).into()),
            last_beat: Constant::new((NB as u64 - 1).into()),
            log2_beat_bits: Constant::new((D.trailing_zeros() as u64).into()),
            full: Constant::new((W as u64).into()),
            ones: Constant::new(!Bits::<D>::default()),
        }
    }
}

impl<const W: usize, const D: usize, const NB: usize> Logic for Capture<W, D, NB> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, idx, acc, hlen, user, hv, whole);
        self.in_header.next = self.idx.q.val() != self.beats.val();
        self.completes.next = self.in_header.val()
            & (self.s_tlast.val() | (self.idx.q.val() == self.last_beat.val()));
        // Bytes of the beat beyond its length are zeroed before they join the header.
        if self.s_tlen.val() < self.full.val() {
            self.lenmask.next = !(self.ones.val() << (bit_cast::<10, 8>(self.s_tlen.val()) << 3));
        } else {
            self.lenmask.next = self.ones.val();
        }
        self.masked.next = self.s_tdata.val() & self.lenmask.val();
        self.widened.next = bit_cast::<HDR_BITS, D>(self.masked.val());
        self.shift.next = bit_cast::<10, 4>(self.idx.q.val()) << self.log2_beat_bits.val();
        // A frame's first beat starts a new header; `acc` may still hold the last one,
        // waiting to be taken.
        self.base.next = self.acc.q.val();
        self.base_len.next = self.hlen.q.val();
        if self.idx.q.val() == 0 {
            self.base.next = 0.into();
            self.base_len.next = 0.into();
        }
        self.gathered.next = self.base.val() | (self.widened.val() << self.shift.val());
        self.hlen_now.next = self.base_len.val() + bit_cast::<7, 8>(self.s_tlen.val());
        self.user_now.next = self.user.q.val();
        if self.idx.q.val() == 0 {
            self.user_now.next = self.s_tuser.val();
        }
        // The header leaves from registers (`acc` and the rest, valid in `hv`), so the
        // header pipeline starts from a clock edge. Header beats write `acc`: they wait
        // until a finished header there is taken; tail beats wait for the tail output.
        self.free.next = !self.hv.q.val() | self.m_hdr_ready.val();
        self.s_tready.next = self.m_tail_tready.val();
        if self.in_header.val() {
            self.s_tready.next = self.free.val();
        }
        self.take.next = self.s_tvalid.val() & self.s_tready.val();
        self.m_hdr_valid.next = self.hv.q.val();
        self.m_hdr.next.hdr = self.acc.q.val();
        self.m_hdr.next.hlen = self.hlen.q.val();
        self.m_hdr.next.whole = self.whole.q.val();
        self.m_hdr.next.port = self.user.q.val().get_bits::<2>(0);
        self.m_hdr.next.verbatim = self.user.q.val().get_bit(2);
        if self.hv.q.val() & self.m_hdr_ready.val() {
            self.hv.d.next = false;
        }
        self.m_tail_tvalid.next = self.s_tvalid.val() & !self.in_header.val();
        self.m_tail_tdata.next = self.s_tdata.val();
        self.m_tail_tlen.next = self.s_tlen.val();
        self.m_tail_tlast.next = self.s_tlast.val();
        if self.take.val() {
            if self.in_header.val() {
                self.acc.d.next = self.gathered.val();
                self.hlen.d.next = self.hlen_now.val();
                self.user.d.next = self.user_now.val();
                self.idx.d.next = self.idx.q.val() + 1;
                if self.completes.val() {
                    self.hv.d.next = true;
                    self.whole.d.next = self.s_tlast.val();
                }
            }
            if self.s_tlast.val() {
                self.idx.d.next = 0.into();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{bits_from_bytes, bytes_from_bits, check_verilog, settle};
    use crate::tick;
    use rand::{Rng, SeedableRng};

    fn frame(len: usize, seed: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 + seed * 7 + 1) as u8).collect()
    }

    fn run<const W: usize, const D: usize, const NB: usize>(
        sizes: &[usize],
        p_idle: f64,
        p_stall: f64,
    ) {
        let mut uut: Capture<W, D, NB> = Default::default();
        uut.connect_all();
        let mut rng = rand::rngs::StdRng::seed_from_u64(W as u64);
        let frames: Vec<Vec<u8>> = sizes
            .iter()
            .enumerate()
            .map(|(i, n)| frame(*n, i))
            .collect();
        let (mut fi, mut off) = (0usize, 0usize);
        let mut headers = Vec::new();
        let mut tails: Vec<Vec<u8>> = vec![Vec::new(); frames.len()];
        let mut tail_frame = 0usize;
        let mut cycles = 0;
        let mut tails_done = 0;
        let with_tail = frames.iter().filter(|f| f.len() > 64).count();
        while headers.len() < frames.len() || tails_done < with_tail {
            let offer = fi < frames.len() && !rng.gen_bool(p_idle);
            if offer {
                let f = &frames[fi];
                let n = (f.len() - off).min(W);
                // Garbage beyond the beat's length must not leak into the header.
                let mut beat = f[off..off + n].to_vec();
                beat.resize(W, 0xEE);
                uut.s_tdata.next = bits_from_bytes(&beat);
                uut.s_tlen.next = (n as u64).into();
                uut.s_tlast.next = off + n == f.len();
                uut.s_tuser.next = ((fi % 8) as u64).into();
            }
            uut.s_tvalid.next = offer;
            let hr = !rng.gen_bool(p_stall);
            let tr = !rng.gen_bool(p_stall);
            uut.m_hdr_ready.next = hr;
            uut.m_tail_tready.next = tr;
            settle(&mut uut);
            if hr && uut.m_hdr_valid.val() {
                let h = uut.m_hdr.val();
                headers.push((
                    bytes_from_bits(&h.hdr, 64),
                    h.hlen.to_u64(),
                    h.whole,
                    h.port.to_u64(),
                    h.verbatim,
                ));
            }
            if tr && uut.m_tail_tvalid.val() {
                while frames[tail_frame].len() <= 64 {
                    tail_frame += 1;
                }
                let n = uut.m_tail_tlen.val().to_u64() as usize;
                tails[tail_frame].extend(bytes_from_bits(&uut.m_tail_tdata.val(), n));
                if uut.m_tail_tlast.val() {
                    tail_frame += 1;
                    tails_done += 1;
                }
            }
            if offer && uut.s_tready.val() {
                let f = &frames[fi];
                off += (f.len() - off).min(W);
                if off == f.len() {
                    fi += 1;
                    off = 0;
                }
            }
            tick!(uut);
            cycles += 1;
            assert!(cycles < 200_000, "stuck");
        }
        for (i, f) in frames.iter().enumerate() {
            let (hdr, hlen, whole, port, verbatim) = &headers[i];
            let mut want = f[..f.len().min(64)].to_vec();
            want.resize(64, 0);
            assert_eq!(hdr, &want, "frame {i} ({} bytes) header", f.len());
            assert_eq!(*hlen as usize, f.len().min(64), "frame {i} hlen");
            assert_eq!(*whole, f.len() <= 64, "frame {i} whole");
            assert_eq!((*port, *verbatim), ((i % 4) as u64, i % 8 >= 4));
            let tail = if f.len() > 64 { &f[64..] } else { &[][..] };
            assert_eq!(tails[i].as_slice(), tail, "frame {i} tail");
        }
    }

    fn sizes() -> Vec<usize> {
        let mut s: Vec<usize> = (0..=130).collect();
        s.extend([512, 1514, 9014, 60, 64, 65]);
        s
    }

    #[test]
    fn narrow_frames_split_exactly() {
        run::<8, 64, 8>(&sizes(), 0.0, 0.0);
        run::<8, 64, 8>(&sizes(), 0.3, 0.3);
    }

    #[test]
    fn wide_frames_split_exactly() {
        run::<64, 512, 1>(&sizes(), 0.0, 0.0);
        run::<64, 512, 1>(&sizes(), 0.3, 0.3);
    }

    #[test]
    fn verilog_is_clean() {
        let mut n: Capture<8, 64, 8> = Default::default();
        n.connect_all();
        check_verilog("capture_w8", &n);
        let mut w: Capture<64, 512, 1> = Default::default();
        w.connect_all();
        check_verilog("capture_w64", &w);
    }
}
