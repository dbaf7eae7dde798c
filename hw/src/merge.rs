//! Merge: the frame as it leaves — the rewritten header `H'`, then the frame's tail from
//! the data FIFO, shifted by `len(H') - 64` bytes when TUN made the header longer — to
//! the forward or exception output, or nowhere (drop).
//!
//! ```text
//! header beats  H'[0..W), H'[W..2W), ...           (H' >> W bytes each beat)
//! TUN remainder the last len(H') mod W = S bytes    -> residual register
//! tail beats    residual | beat << 8S, W bytes out; the beat's top S bytes -> residual
//! flush         a last beat of the residual if the tail's last beat overflowed
//! ```
//! `S` = 20 mod W is the only non-zero shift (a header without TUN is 64 bytes, a
//! multiple of W, whenever a tail follows), so every shift is by a constant.
//!
//! The merge counts the frame's bytes; if the frame is shorter than `check_len`
//! (l3 + IPv4 total length), its last beat carries `abort` (`Drop(Truncated)`). When a
//! frame's last beat leaves, a retire event goes out. One beat per clock; a frame's
//! first beat leaves in the cycle its header record is at the queue's head, and the
//! record leaves the queue with the frame's last beat (the queue's output register is
//! the only copy).

use crate::records::{
    HeaderMeta, HeaderOut, RetireEvent, VerdictBits, HDR_OUT_BITS, KIND_EXCEPTION, KIND_FORWARD,
};
use rust_hdl::prelude::*;

/// Merge for `W` bytes per beat, `D` = 8W, `D2` = 16W.
#[derive(LogicBlock)]
pub struct Merge<const W: usize, const D: usize, const D2: usize> {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // header records in
    /// Head of the header queue.
    pub s_hdr: Signal<In, HeaderOut>,
    /// Valid.
    pub s_hdr_valid: Signal<In, Bit>,
    /// Taken (the frame is complete).
    pub s_hdr_ready: Signal<Out, Bit>,
    // tails in
    /// Tail beat.
    pub s_tail_tdata: Signal<In, Bits<D>>,
    /// Its length.
    pub s_tail_tlen: Signal<In, Bits<8>>,
    /// Last beat of the frame.
    pub s_tail_tlast: Signal<In, Bit>,
    /// Valid.
    pub s_tail_tvalid: Signal<In, Bit>,
    /// Taken.
    pub s_tail_tready: Signal<Out, Bit>,
    // forward out
    /// Beat.
    pub m_fwd_tdata: Signal<Out, Bits<D>>,
    /// Bytes in the beat.
    pub m_fwd_tlen: Signal<Out, Bits<8>>,
    /// Last beat.
    pub m_fwd_tlast: Signal<Out, Bit>,
    /// Egress port.
    pub m_fwd_port: Signal<Out, Bits<2>>,
    /// Discard this frame (on the last beat).
    pub m_fwd_abort: Signal<Out, Bit>,
    /// Valid.
    pub m_fwd_tvalid: Signal<Out, Bit>,
    /// Taken.
    pub m_fwd_tready: Signal<In, Bit>,
    // exception out
    /// Beat.
    pub m_exc_tdata: Signal<Out, Bits<D>>,
    /// Bytes in the beat.
    pub m_exc_tlen: Signal<Out, Bits<8>>,
    /// Last beat.
    pub m_exc_tlast: Signal<Out, Bit>,
    /// Decision of the frame (reason, hash, service, timestamp, port).
    pub m_exc_verdict: Signal<Out, VerdictBits>,
    /// The frame had an 802.1Q tag (l3 offset 18).
    pub m_exc_tagged: Signal<Out, Bit>,
    /// Discard this frame (on the last beat).
    pub m_exc_abort: Signal<Out, Bit>,
    /// Valid.
    pub m_exc_tvalid: Signal<Out, Bit>,
    /// Taken.
    pub m_exc_tready: Signal<In, Bit>,
    // retire out
    /// Event.
    pub m_retire: Signal<Out, RetireEvent>,
    /// Valid (one cycle per frame).
    pub m_retire_valid: Signal<Out, Bit>,
    /// Room for an event.
    pub m_retire_ready: Signal<In, Bit>,
    // state
    busy: DFF<Bit>,
    flushing: DFF<Bit>,
    hp: DFF<Bits<HDR_OUT_BITS>>,
    rem: DFF<Bits<7>>,
    res: DFF<Bits<D>>,
    res_n: DFF<Bits<8>>,
    flen: DFF<Bits<17>>,
    // locals
    cur_hp: Signal<Local, Bits<HDR_OUT_BITS>>,
    cur_rem: Signal<Local, Bits<7>>,
    cur_flen: Signal<Local, Bits<17>>,
    v: Signal<Local, VerdictBits>,
    m: Signal<Local, HeaderMeta>,
    have: Signal<Local, Bit>,
    out_ready: Signal<Local, Bit>,
    go: Signal<Local, Bit>,
    beat: Signal<Local, Bits<D>>,
    beat_len: Signal<Local, Bits<8>>,
    beat_last: Signal<Local, Bit>,
    beat_valid: Signal<Local, Bit>,
    take_tail: Signal<Local, Bit>,
    done: Signal<Local, Bit>,
    combined: Signal<Local, Bits<D2>>,
    total: Signal<Local, Bits<8>>,
    flen_end: Signal<Local, Bits<17>>,
    abort: Signal<Local, Bit>,
    is_fwd: Signal<Local, Bit>,
    is_exc: Signal<Local, Bit>,
    width: Constant<Bits<8>>,
    width7: Constant<Bits<7>>,
    shift: Constant<Bits<8>>,
    shift_bits: Constant<Bits<16>>,
    rem_next: Signal<Local, Bits<7>>,
    in_header: Signal<Local, Bit>,
    hp_next: Signal<Local, Bits<HDR_OUT_BITS>>,
    flush_next: Signal<Local, Bit>,
    k_fwd: Constant<Bits<2>>,
    k_exc: Constant<Bits<2>>,
    ones: Constant<Bits<D>>,
    width_bits: Constant<Bits<10>>,
    width_bits16: Constant<Bits<16>>,
}

impl<const W: usize, const D: usize, const D2: usize> Default for Merge<W, D, D2> {
    fn default() -> Self {
        assert_eq!(D, 8 * W, "Merge: D = 8W");
        assert_eq!(D2, 16 * W, "Merge: D2 = 16W");
        assert!(
            W == 8 || W == 16 || W == 32 || W == 64,
            "Merge: W divides 64"
        );
        Merge {
            clock: Default::default(),
            s_hdr: Default::default(),
            s_hdr_valid: Default::default(),
            s_hdr_ready: Default::default(),
            s_tail_tdata: Default::default(),
            s_tail_tlen: Default::default(),
            s_tail_tlast: Default::default(),
            s_tail_tvalid: Default::default(),
            s_tail_tready: Default::default(),
            m_fwd_tdata: Default::default(),
            m_fwd_tlen: Default::default(),
            m_fwd_tlast: Default::default(),
            m_fwd_port: Default::default(),
            m_fwd_abort: Default::default(),
            m_fwd_tvalid: Default::default(),
            m_fwd_tready: Default::default(),
            m_exc_tdata: Default::default(),
            m_exc_tlen: Default::default(),
            m_exc_tlast: Default::default(),
            m_exc_verdict: Default::default(),
            m_exc_tagged: Default::default(),
            m_exc_abort: Default::default(),
            m_exc_tvalid: Default::default(),
            m_exc_tready: Default::default(),
            m_retire: Default::default(),
            m_retire_valid: Default::default(),
            m_retire_ready: Default::default(),
            busy: Default::default(),
            flushing: Default::default(),
            hp: Default::default(),
            rem: Default::default(),
            res: Default::default(),
            res_n: Default::default(),
            flen: Default::default(),
            cur_hp: Default::default(),
            cur_rem: Default::default(),
            cur_flen: Default::default(),
            v: Default::default(),
            m: Default::default(),
            have: Default::default(),
            out_ready: Default::default(),
            go: Default::default(),
            beat: Default::default(),
            beat_len: Default::default(),
            beat_last: Default::default(),
            beat_valid: Default::default(),
            take_tail: Default::default(),
            done: Default::default(),
            combined: Default::default(),
            total: Default::default(),
            flen_end: Default::default(),
            abort: Default::default(),
            is_fwd: Default::default(),
            is_exc: Default::default(),
            width: Constant::new((W as u64).into()),
            width7: Constant::new((W as u64).into()),
            shift: Constant::new(((20 % W) as u64).into()),
            shift_bits: Constant::new(((8 * (20 % W)) as u64).into()),
            rem_next: Default::default(),
            in_header: Default::default(),
            hp_next: Default::default(),
            flush_next: Default::default(),
            k_fwd: Constant::new(KIND_FORWARD.into()),
            k_exc: Constant::new(KIND_EXCEPTION.into()),
            ones: Constant::new(!Bits::<D>::default()),
            width_bits: Constant::new((D as u64).into()),
            width_bits16: Constant::new((D as u64).into()),
        }
    }
}

impl<const W: usize, const D: usize, const D2: usize> Logic for Merge<W, D, D2> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, busy, flushing, hp, rem, res, res_n, flen);
        // The frame being merged is the queue's head, which stays there until its last
        // beat has left; the header bytes still to send, the count and the frame
        // length are registered once its first beat has gone.
        self.v.next = self.s_hdr.val().verdict;
        self.m.next = self.s_hdr.val().meta;
        if self.busy.q.val() {
            self.cur_hp.next = self.hp.q.val();
            self.cur_rem.next = self.rem.q.val();
            self.cur_flen.next = self.flen.q.val();
        } else {
            self.cur_hp.next = self.s_hdr.val().hdr;
            self.cur_rem.next = self.s_hdr.val().len;
            self.cur_flen.next = bit_cast::<17, 7>(self.m.val().hlen);
        }
        self.have.next = self.busy.q.val() | self.s_hdr_valid.val();
        self.is_fwd.next = self.v.val().kind == self.k_fwd.val();
        self.is_exc.next = self.v.val().kind == self.k_exc.val();
        self.out_ready.next = true;
        if self.is_fwd.val() {
            self.out_ready.next = self.m_fwd_tready.val();
        }
        if self.is_exc.val() {
            self.out_ready.next = self.m_exc_tready.val();
        }

        // The next beat.
        self.in_header.next = (self.cur_rem.val() != 0) | self.m.val().whole;
        self.beat.next = 0.into();
        self.beat_len.next = 0.into();
        self.beat_last.next = false;
        self.beat_valid.next = false;
        self.take_tail.next = false;
        self.combined.next = 0.into();
        self.total.next = 0.into();
        self.flush_next.next = false;
        self.flen_end.next = self.cur_flen.val();
        self.hp_next.next = self.cur_hp.val() >> self.width_bits.val();
        self.rem_next.next = 0.into();
        if self.flushing.q.val() {
            self.beat.next = self.res.q.val();
            self.beat_len.next = self.res_n.q.val();
            self.beat_last.next = true;
            self.beat_valid.next = true;
        } else if self.in_header.val() {
            // Header beats (a frame of no bytes at all is one empty last beat).
            self.beat.next = bit_cast::<D, HDR_OUT_BITS>(self.cur_hp.val());
            self.beat_valid.next = self.have.val();
            if self.cur_rem.val() > self.width7.val() {
                self.beat_len.next = self.width.val();
                self.rem_next.next = self.cur_rem.val() - self.width7.val();
            } else {
                self.beat_len.next = bit_cast::<8, 7>(self.cur_rem.val());
                self.beat_last.next = self.m.val().whole;
            }
        } else {
            // Tail beats, shifted by the residual.
            self.beat_valid.next = self.have.val() & self.s_tail_tvalid.val();
            self.take_tail.next = true;
            if self.res_n.q.val() == 0 {
                self.combined.next = bit_cast::<D2, D>(self.s_tail_tdata.val());
                self.total.next = self.s_tail_tlen.val();
            } else {
                self.combined.next = bit_cast::<D2, D>(self.res.q.val())
                    | (bit_cast::<D2, D>(self.s_tail_tdata.val()) << self.shift_bits.val());
                self.total.next = self.s_tail_tlen.val() + self.shift.val();
            }
            self.beat.next = bit_cast::<D, D2>(self.combined.val());
            self.flen_end.next = self.cur_flen.val() + bit_cast::<17, 8>(self.s_tail_tlen.val());
            if self.total.val() > self.width.val() {
                self.beat_len.next = self.width.val();
                self.flush_next.next = self.s_tail_tlast.val();
            } else {
                self.beat_len.next = self.total.val();
                self.beat_last.next = self.s_tail_tlast.val();
            }
        }
        // A frame's last beat waits for room for its retire event.
        if self.beat_last.val() & !self.m_retire_ready.val() {
            self.beat_valid.next = false;
        }
        self.go.next = self.beat_valid.val() & self.out_ready.val();
        self.done.next = self.go.val() & self.beat_last.val();
        self.abort.next =
            (self.m.val().check_len != 0) & (self.flen_end.val() < self.m.val().check_len);

        // Handshakes.
        self.s_hdr_ready.next = self.done.val();
        self.s_tail_tready.next = self.go.val() & self.take_tail.val();
        self.m_fwd_tdata.next = self.beat.val();
        self.m_fwd_tlen.next = self.beat_len.val();
        self.m_fwd_tlast.next = self.beat_last.val();
        self.m_fwd_port.next = self.v.val().port;
        self.m_fwd_abort.next = self.beat_last.val() & self.abort.val();
        self.m_fwd_tvalid.next = self.beat_valid.val() & self.is_fwd.val();
        self.m_exc_tdata.next = self.beat.val();
        self.m_exc_tlen.next = self.beat_len.val();
        self.m_exc_tlast.next = self.beat_last.val();
        self.m_exc_verdict.next = self.v.val();
        self.m_exc_tagged.next = self.m.val().tagged;
        self.m_exc_abort.next = self.beat_last.val() & self.abort.val();
        self.m_exc_tvalid.next = self.beat_valid.val() & self.is_exc.val();
        self.m_retire.next.verdict = self.v.val();
        self.m_retire.next.meta = self.m.val();
        self.m_retire.next.abort = self.abort.val();
        self.m_retire_valid.next = self.done.val();

        // State.
        if self.go.val() {
            self.busy.d.next = !self.done.val();
            if self.flushing.q.val() {
                self.flushing.d.next = false;
                self.res_n.d.next = 0.into();
            } else if self.in_header.val() {
                self.hp.d.next = self.hp_next.val();
                self.rem.d.next = self.rem_next.val();
                self.flen.d.next = self.cur_flen.val();
                // TUN: the header's last S bytes wait for the tail in the residual.
                if !self.m.val().whole
                    & (self.rem_next.val() < self.width7.val())
                    & (self.rem_next.val() != 0)
                {
                    self.res.d.next = bit_cast::<D, HDR_OUT_BITS>(self.hp_next.val());
                    self.res_n.d.next = bit_cast::<8, 7>(self.rem_next.val());
                    self.rem.d.next = 0.into();
                }
            } else {
                self.flen.d.next = self.flen_end.val();
                self.res.d.next = bit_cast::<D, D2>(self.combined.val() >> self.width_bits16.val());
                if self.flush_next.val() {
                    self.flushing.d.next = true;
                    self.res_n.d.next = self.total.val() - self.width.val();
                }
            }
            if self.done.val() {
                self.res_n.d.next = 0.into();
                self.flushing.d.next = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::KIND_DROP;
    use crate::testing::{bits_from_bytes, bytes_from_bits, check_verilog, settle};
    use crate::tick;
    use rand::{Rng, SeedableRng};

    struct Case {
        hp: Vec<u8>,
        tail: Vec<u8>,
        kind: u64,
        len: usize,
        check_len: usize,
    }

    fn cases(seed: u64) -> Vec<Case> {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut sizes: Vec<usize> = (0..=130).collect();
        sizes.extend([512, 1514, 9014, 60, 64, 65, 84, 85]);
        sizes
            .iter()
            .map(|&len| {
                let tun = rng.gen_bool(0.4);
                let hlen = len.min(64);
                let hp_len = hlen + if tun { 20 } else { 0 };
                let hp: Vec<u8> = (0..hp_len)
                    .map(|i| (i as u8) ^ 0xA5 ^ (len as u8))
                    .collect();
                let tail: Vec<u8> = (64..len.max(64)).map(|i| (i * 13 + len) as u8).collect();
                let kind =
                    [KIND_FORWARD, KIND_FORWARD, KIND_EXCEPTION, KIND_DROP][rng.gen_range(0..4)];
                let check_len = [0, len, len + 1, len.saturating_sub(3)][rng.gen_range(0..4)];
                Case {
                    hp,
                    tail,
                    kind,
                    len,
                    check_len,
                }
            })
            .collect()
    }

    fn run<const W: usize, const D: usize, const D2: usize>(p_stall: f64, seed: u64) {
        let mut uut: Merge<W, D, D2> = Default::default();
        uut.connect_all();
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let cs = cases(seed);
        // Tail beats of every frame that has one, in order.
        let mut beats: Vec<(Vec<u8>, bool)> = Vec::new();
        for c in &cs {
            for (i, chunk) in c.tail.chunks(W).enumerate() {
                beats.push((chunk.to_vec(), (i + 1) * W >= c.tail.len()));
            }
        }
        let (mut hi, mut ti) = (0usize, 0usize);
        let mut hvalid = false;
        let mut fwd: Vec<(Vec<u8>, bool)> = Vec::new();
        let mut exc: Vec<(Vec<u8>, bool)> = Vec::new();
        let (mut cur_f, mut cur_e) = (Vec::new(), Vec::new());
        let mut retired = Vec::new();
        let mut cycles = 0;
        while retired.len() < cs.len() {
            if let Some(c) = cs.get(hi) {
                let mut rec = HeaderOut::default();
                rec.hdr = bits_from_bytes(&c.hp);
                rec.len = (c.hp.len() as u64).into();
                rec.verdict.kind = c.kind.into();
                rec.meta.whole = c.len <= 64;
                rec.meta.hlen = (c.len.min(64) as u64).into();
                rec.meta.check_len = (c.check_len as u64).into();
                uut.s_hdr.next = rec;
            }
            // A record once offered stays offered until taken (AXI-Stream).
            if !hvalid {
                hvalid = hi < cs.len() && rng.gen_bool(0.8);
            }
            uut.s_hdr_valid.next = hvalid;
            if let Some((b, last)) = beats.get(ti) {
                let mut beat = b.clone();
                beat.resize(W, 0xEE);
                uut.s_tail_tdata.next = bits_from_bytes(&beat);
                uut.s_tail_tlen.next = (b.len() as u64).into();
                uut.s_tail_tlast.next = *last;
            }
            uut.s_tail_tvalid.next = ti < beats.len() && rng.gen_bool(0.8);
            uut.m_fwd_tready.next = !rng.gen_bool(p_stall);
            uut.m_exc_tready.next = !rng.gen_bool(p_stall);
            uut.m_retire_ready.next = !rng.gen_bool(p_stall / 2.0);
            settle(&mut uut);
            if uut.s_hdr_valid.val() && uut.s_hdr_ready.val() {
                hi += 1;
                hvalid = false;
            }
            if uut.s_tail_tvalid.val() && uut.s_tail_tready.val() {
                ti += 1;
            }
            if uut.m_fwd_tvalid.val() && uut.m_fwd_tready.val() {
                let n = uut.m_fwd_tlen.val().to_u64() as usize;
                cur_f.extend(bytes_from_bits(&uut.m_fwd_tdata.val(), n));
                if uut.m_fwd_tlast.val() {
                    fwd.push((std::mem::take(&mut cur_f), uut.m_fwd_abort.val()));
                }
            }
            if uut.m_exc_tvalid.val() && uut.m_exc_tready.val() {
                let n = uut.m_exc_tlen.val().to_u64() as usize;
                cur_e.extend(bytes_from_bits(&uut.m_exc_tdata.val(), n));
                if uut.m_exc_tlast.val() {
                    exc.push((std::mem::take(&mut cur_e), uut.m_exc_abort.val()));
                }
            }
            if uut.m_retire_valid.val() && uut.m_retire_ready.val() {
                retired.push(uut.m_retire.val().abort);
            }
            tick!(uut);
            cycles += 1;
            assert!(cycles < 300_000, "stuck after {} frames", retired.len());
        }
        let (mut fi, mut ei) = (0, 0);
        for (i, c) in cs.iter().enumerate() {
            let mut want = c.hp.clone();
            want.extend(&c.tail);
            let abort = c.check_len != 0 && c.len < c.check_len;
            assert_eq!(retired[i], abort, "frame {i} abort");
            if c.kind == KIND_FORWARD {
                assert_eq!(
                    fwd[fi],
                    (want, abort),
                    "frame {i} ({} bytes, H' {})",
                    c.len,
                    c.hp.len()
                );
                fi += 1;
            } else if c.kind == KIND_EXCEPTION {
                assert_eq!(exc[ei], (want, abort), "frame {i} ({} bytes)", c.len);
                ei += 1;
            }
        }
        assert_eq!((fi, ei), (fwd.len(), exc.len()));
    }

    #[test]
    fn narrow_frames_leave_whole() {
        run::<8, 64, 128>(0.0, 1);
        run::<8, 64, 128>(0.3, 2);
    }

    #[test]
    fn wide_frames_leave_whole() {
        run::<64, 512, 1024>(0.0, 3);
        run::<64, 512, 1024>(0.3, 4);
    }

    #[test]
    fn verilog_is_clean() {
        let mut n: Merge<8, 64, 128> = Default::default();
        n.connect_all();
        check_verilog("merge_w8", &n);
        let mut w: Merge<64, 512, 1024> = Default::default();
        w.connect_all();
        check_verilog("merge_w64", &w);
    }
}
