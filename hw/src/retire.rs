//! Retire: the only place frames change state. One event per frame (after its last
//! beat): service and real-server counters, per-slot flow statistics, notify records,
//! and the STATS counters. Aborted (truncated) frames count only as
//! `Drop(Truncated)`.
//!
//! Counters and flow statistics are read-modify-write RAMs: an event reads in the cycle
//! it is accepted and writes the sum in the next; an event for the address written in
//! that same cycle takes the value being written (the RAM would return the old one), so
//! back-to-back frames of one service count exactly. The command unit reads and writes
//! these RAMs through the same two stages; a command takes the cycle, and the event
//! waits (the event queue in front absorbs it).

use crate::ram::Ram;
use crate::records::{RetireEvent, KIND_DROP, KIND_EXCEPTION, KIND_FORWARD};
use fpvs_abi::{DropReason, Table};
use rust_hdl::prelude::*;

/// Bits of the STATS counters bundle: 8 frame counters + 16 exception + 8 drop counters,
/// 32 bits each.
pub const STATS_BITS: usize = 32 * 32;
/// Index of `FWD_FRAMES` etc. in the bundle (words).
pub mod stat_word {
    /// Frames forwarded.
    pub const FWD: usize = 0;
    /// Frames to the host.
    pub const EXC: usize = 1;
    /// Frames dropped.
    pub const DROP: usize = 2;
    /// Notify records queued.
    pub const NOTIFY: usize = 3;
    /// Notify records lost.
    pub const NOTIFY_DROPS: usize = 4;
    /// First exception counter (16 words).
    pub const EXC_COUNT: usize = 8;
    /// First drop counter (8 words).
    pub const DROP_COUNT: usize = 24;
}

/// Retire: `SC` = log2 service counters (2 x services), `RC` = log2 real-server
/// counters, `FS` = log2 flow slots.
#[derive(LogicBlock)]
pub struct Retire<const SC: usize, const RC: usize, const FS: usize> {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // events in
    /// Event.
    pub s_event: Signal<In, RetireEvent>,
    /// Valid.
    pub s_valid: Signal<In, Bit>,
    /// Taken.
    pub s_ready: Signal<Out, Bit>,
    /// Timestamp now (flow statistics).
    pub ts_now: Signal<In, Bits<32>>,
    // command port
    /// A command for a counter or flow statistic.
    pub c_valid: Signal<In, Bit>,
    /// Table code (FlowStats, ServiceCounter, RealServerCounter).
    pub c_table: Signal<In, Bits<4>>,
    /// Write (else read).
    pub c_write: Signal<In, Bit>,
    /// Index.
    pub c_index: Signal<In, Bits<20>>,
    /// Data to write.
    pub c_wdata: Signal<In, Bits<128>>,
    /// Read data, two clocks after `c_valid` (the RAM's registered read, then `rdata`).
    pub c_rdata: Signal<Out, Bits<128>>,
    // notify out
    /// `NotifyRecord` bytes.
    pub m_notify: Signal<Out, Bits<256>>,
    /// Valid.
    pub m_notify_valid: Signal<Out, Bit>,
    /// Taken.
    pub m_notify_ready: Signal<In, Bit>,
    // statistics
    /// The STATS counters (see [`stat_word`]).
    pub stats: Signal<Out, Bits<STATS_BITS>>,
    // RAMs and registers
    svc: Ram<Bits<128>, SC>,
    rsc: Ram<Bits<128>, RC>,
    fst: Ram<Bits<64>, FS>,
    // stage 2: what was read last cycle
    s2_ev: DFF<RetireEvent>,
    s2_valid: DFF<Bit>,
    s2_cmd: DFF<Bit>,
    s2_ctable: DFF<Bits<4>>,
    s2_cwrite: DFF<Bit>,
    s2_cdata: DFF<Bits<128>>,
    s2_svc_idx: DFF<Bits<SC>>,
    s2_rsc_idx: DFF<Bits<RC>>,
    s2_fst_idx: DFF<Bits<FS>>,
    // last write, for the bypass
    w_svc_valid: DFF<Bit>,
    w_svc_idx: DFF<Bits<SC>>,
    w_svc_val: DFF<Bits<128>>,
    w_rsc_valid: DFF<Bit>,
    w_rsc_idx: DFF<Bits<RC>>,
    w_rsc_val: DFF<Bits<128>>,
    w_fst_valid: DFF<Bit>,
    w_fst_idx: DFF<Bits<FS>>,
    w_fst_val: DFF<Bits<64>>,
    rdata: DFF<Bits<128>>,
    // notify queue
    nq: crate::fifo::Fifo<Bits<256>, 4, 5>,
    // STATS
    counters: [DFF<Bits<32>>; 32],
    // locals
    ev: Signal<Local, RetireEvent>,
    v1: Signal<Local, crate::records::VerdictBits>,
    v2: Signal<Local, crate::records::VerdictBits>,
    m2: Signal<Local, crate::records::HeaderMeta>,
    svc_idx: Signal<Local, Bits<SC>>,
    rsc_idx: Signal<Local, Bits<RC>>,
    fst_idx: Signal<Local, Bits<FS>>,
    svc_we: Signal<Local, Bit>,
    rsc_we: Signal<Local, Bit>,
    fst_we: Signal<Local, Bit>,
    take: Signal<Local, Bit>,
    svc_old: Signal<Local, Bits<128>>,
    rsc_old: Signal<Local, Bits<128>>,
    fst_old: Signal<Local, Bits<64>>,
    count_svc: Signal<Local, Bit>,
    count_fst: Signal<Local, Bit>,
    bytes: Signal<Local, Bits<64>>,
    pk: Signal<Local, Bits<64>>,
    by: Signal<Local, Bits<64>>,
    sv: Signal<Local, Bits<128>>,
    rv: Signal<Local, Bits<128>>,
    fv: Signal<Local, Bits<64>>,
    kind: Signal<Local, Bits<2>>,
    reason_hot: Signal<Local, Bits<16>>,
    inc: Signal<Local, Bits<32>>,
    key: Signal<Local, Bits<104>>,
    notify_rec: Signal<Local, Bits<256>>,
    notify_want: Signal<Local, Bit>,
    all: Signal<Local, Bits<STATS_BITS>>,
    cnt: Signal<Local, Bits<32>>,
    k_fwd: Constant<Bits<2>>,
    k_exc: Constant<Bits<2>>,
    k_drop: Constant<Bits<2>>,
    d_truncated: Constant<Bits<4>>,
    t_fst: Constant<Bits<4>>,
    t_svc: Constant<Bits<4>>,
    t_rsc: Constant<Bits<4>>,
}

impl<const SC: usize, const RC: usize, const FS: usize> Default for Retire<SC, RC, FS> {
    fn default() -> Self {
        let t = |t: Table| Constant::new((t as u64).into());
        Retire {
            clock: Default::default(),
            s_event: Default::default(),
            s_valid: Default::default(),
            s_ready: Default::default(),
            ts_now: Default::default(),
            c_valid: Default::default(),
            c_table: Default::default(),
            c_write: Default::default(),
            c_index: Default::default(),
            c_wdata: Default::default(),
            c_rdata: Default::default(),
            m_notify: Default::default(),
            m_notify_valid: Default::default(),
            m_notify_ready: Default::default(),
            stats: Default::default(),
            svc: Default::default(),
            rsc: Default::default(),
            fst: Default::default(),
            s2_ev: Default::default(),
            s2_valid: Default::default(),
            s2_cmd: Default::default(),
            s2_ctable: Default::default(),
            s2_cwrite: Default::default(),
            s2_cdata: Default::default(),
            s2_svc_idx: Default::default(),
            s2_rsc_idx: Default::default(),
            s2_fst_idx: Default::default(),
            w_svc_valid: Default::default(),
            w_svc_idx: Default::default(),
            w_svc_val: Default::default(),
            w_rsc_valid: Default::default(),
            w_rsc_idx: Default::default(),
            w_rsc_val: Default::default(),
            w_fst_valid: Default::default(),
            w_fst_idx: Default::default(),
            w_fst_val: Default::default(),
            rdata: Default::default(),
            nq: Default::default(),
            counters: std::array::from_fn(|_| Default::default()),
            ev: Default::default(),
            v1: Default::default(),
            v2: Default::default(),
            m2: Default::default(),
            svc_idx: Default::default(),
            rsc_idx: Default::default(),
            fst_idx: Default::default(),
            svc_we: Default::default(),
            rsc_we: Default::default(),
            fst_we: Default::default(),
            take: Default::default(),
            svc_old: Default::default(),
            rsc_old: Default::default(),
            fst_old: Default::default(),
            count_svc: Default::default(),
            count_fst: Default::default(),
            bytes: Default::default(),
            pk: Default::default(),
            by: Default::default(),
            sv: Default::default(),
            rv: Default::default(),
            fv: Default::default(),
            kind: Default::default(),
            reason_hot: Default::default(),
            inc: Default::default(),
            key: Default::default(),
            notify_rec: Default::default(),
            notify_want: Default::default(),
            all: Default::default(),
            cnt: Default::default(),
            k_fwd: Constant::new(KIND_FORWARD.into()),
            k_exc: Constant::new(KIND_EXCEPTION.into()),
            k_drop: Constant::new(KIND_DROP.into()),
            d_truncated: Constant::new((DropReason::Truncated as u64).into()),
            t_fst: t(Table::FlowStats),
            t_svc: t(Table::ServiceCounter),
            t_rsc: t(Table::RealServerCounter),
        }
    }
}

impl<const SC: usize, const RC: usize, const FS: usize> Logic for Retire<SC, RC, FS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            s2_ev,
            s2_valid,
            s2_cmd,
            s2_ctable,
            s2_cwrite,
            s2_cdata,
            s2_svc_idx,
            s2_rsc_idx,
            s2_fst_idx,
            w_svc_valid,
            w_svc_idx,
            w_svc_val,
            w_rsc_valid,
            w_rsc_idx,
            w_rsc_val,
            w_fst_valid,
            w_fst_idx,
            w_fst_val,
            rdata
        );
        clock!(self, clock, svc, rsc, fst, nq);
        for k in 0..32 {
            self.counters[k].clock.next = self.clock.val();
            self.counters[k].d.next = self.counters[k].q.val();
        }
        // ---- stage 1: accept, read ----
        self.ev.next = self.s_event.val();
        self.s_ready.next = !self.c_valid.val();
        self.take.next = self.s_valid.val() & !self.c_valid.val();
        // (Indices in locals: a DFF's `d` or a RAM's input must not be read back.)
        self.v1.next = self.ev.val().verdict;
        self.svc_idx.next = (bit_cast::<SC, 10>(self.v1.val().service) << 1)
            | bit_cast::<SC, 1>(self.v1.val().dir.into());
        self.rsc_idx.next = (bit_cast::<RC, 12>(self.v1.val().real_server) << 1)
            | bit_cast::<RC, 1>(self.v1.val().dir.into());
        self.fst_idx.next = bit_cast::<FS, 20>(self.v1.val().slot);
        if self.c_valid.val() {
            self.svc_idx.next = bit_cast::<SC, 20>(self.c_index.val());
            self.rsc_idx.next = bit_cast::<RC, 20>(self.c_index.val());
            self.fst_idx.next = bit_cast::<FS, 20>(self.c_index.val());
        }
        self.s2_svc_idx.d.next = self.svc_idx.val();
        self.s2_rsc_idx.d.next = self.rsc_idx.val();
        self.s2_fst_idx.d.next = self.fst_idx.val();
        self.svc.raddr.next = self.svc_idx.val();
        self.rsc.raddr.next = self.rsc_idx.val();
        self.fst.raddr.next = self.fst_idx.val();
        self.s2_ev.d.next = self.ev.val();
        self.s2_valid.d.next = self.take.val();
        self.s2_cmd.d.next = self.c_valid.val();
        self.s2_ctable.d.next = self.c_table.val();
        self.s2_cwrite.d.next = self.c_write.val();
        self.s2_cdata.d.next = self.c_wdata.val();

        // ---- stage 2: add, write ----
        self.svc_old.next = self.svc.rdata.val();
        if self.w_svc_valid.q.val() & (self.w_svc_idx.q.val() == self.s2_svc_idx.q.val()) {
            self.svc_old.next = self.w_svc_val.q.val();
        }
        self.rsc_old.next = self.rsc.rdata.val();
        if self.w_rsc_valid.q.val() & (self.w_rsc_idx.q.val() == self.s2_rsc_idx.q.val()) {
            self.rsc_old.next = self.w_rsc_val.q.val();
        }
        self.fst_old.next = self.fst.rdata.val();
        if self.w_fst_valid.q.val() & (self.w_fst_idx.q.val() == self.s2_fst_idx.q.val()) {
            self.fst_old.next = self.w_fst_val.q.val();
        }
        self.svc.waddr.next = self.s2_svc_idx.q.val();
        self.rsc.waddr.next = self.s2_rsc_idx.q.val();
        self.fst.waddr.next = self.s2_fst_idx.q.val();
        self.svc_we.next = false;
        self.rsc_we.next = false;
        self.fst_we.next = false;
        self.w_svc_valid.d.next = false;
        self.w_rsc_valid.d.next = false;
        self.w_fst_valid.d.next = false;
        self.w_svc_idx.d.next = self.s2_svc_idx.q.val();
        self.w_rsc_idx.d.next = self.s2_rsc_idx.q.val();
        self.w_fst_idx.d.next = self.s2_fst_idx.q.val();

        // Counter sums for a frame.
        self.ev.next = self.s2_ev.q.val();
        // One level of struct field at a time: nested fields do not translate.
        self.v2.next = self.ev.val().verdict;
        self.m2.next = self.ev.val().meta;
        self.kind.next = self.v2.val().kind;
        self.bytes.next = bit_cast::<64, 16>(self.m2.val().total_len);
        self.pk.next = self.svc_old.val().get_bits::<64>(0) + 1;
        self.by.next = self.svc_old.val().get_bits::<64>(64) + self.bytes.val();
        self.sv.next =
            bit_cast::<128, 64>(self.pk.val()) | (bit_cast::<128, 64>(self.by.val()) << 64);
        self.pk.next = self.rsc_old.val().get_bits::<64>(0) + 1;
        self.by.next = self.rsc_old.val().get_bits::<64>(64) + self.bytes.val();
        self.rv.next =
            bit_cast::<128, 64>(self.pk.val()) | (bit_cast::<128, 64>(self.by.val()) << 64);
        self.fv.next = bit_cast::<64, 32>(self.ts_now.val())
            | (bit_cast::<64, 32>(self.fst_old.val().get_bits::<32>(32) + 1) << 32);
        self.count_svc.next = self.s2_valid.q.val()
            & (self.kind.val() == self.k_fwd.val())
            & self.v2.val().acct
            & !self.ev.val().abort;
        self.count_fst.next = self.s2_valid.q.val()
            & (self.kind.val() == self.k_fwd.val())
            & self.v2.val().slot_valid
            & !self.ev.val().abort;

        self.rdata.d.next = 0.into();
        if self.s2_cmd.q.val() {
            if self.s2_ctable.q.val() == self.t_svc.val() {
                self.rdata.d.next = self.svc_old.val();
                self.sv.next = self.s2_cdata.q.val();
                self.svc_we.next = self.s2_cwrite.q.val();
            }
            if self.s2_ctable.q.val() == self.t_rsc.val() {
                self.rdata.d.next = self.rsc_old.val();
                self.rv.next = self.s2_cdata.q.val();
                self.rsc_we.next = self.s2_cwrite.q.val();
            }
            if self.s2_ctable.q.val() == self.t_fst.val() {
                self.rdata.d.next = bit_cast::<128, 64>(self.fst_old.val());
                self.fv.next = bit_cast::<64, 128>(self.s2_cdata.q.val());
                self.fst_we.next = self.s2_cwrite.q.val();
            }
        } else {
            self.svc_we.next = self.count_svc.val();
            self.rsc_we.next = self.count_svc.val();
            self.fst_we.next = self.count_fst.val();
        }
        self.svc.wdata.next = self.sv.val();
        self.rsc.wdata.next = self.rv.val();
        self.fst.wdata.next = self.fv.val();
        self.svc.we.next = self.svc_we.val();
        self.rsc.we.next = self.rsc_we.val();
        self.fst.we.next = self.fst_we.val();
        self.w_svc_valid.d.next = self.svc_we.val();
        self.w_rsc_valid.d.next = self.rsc_we.val();
        self.w_fst_valid.d.next = self.fst_we.val();
        self.w_svc_val.d.next = self.sv.val();
        self.w_rsc_val.d.next = self.rv.val();
        self.w_fst_val.d.next = self.fv.val();
        self.c_rdata.next = self.rdata.q.val();

        // Notify record (NotifyRecord layout), lost if the queue is full.
        self.key.next = bit_cast::<104, 32>(self.m2.val().saddr)
            | (bit_cast::<104, 32>(self.m2.val().daddr) << 32)
            | (bit_cast::<104, 16>(self.m2.val().sport) << 64)
            | (bit_cast::<104, 16>(self.m2.val().dport) << 80)
            | (bit_cast::<104, 8>(self.m2.val().proto) << 96);
        self.notify_rec.next = bit_cast::<256, 2>(self.v2.val().notify)
            | (bit_cast::<256, 8>(self.m2.val().tcp_flags) << 8)
            | (bit_cast::<256, 10>(self.v2.val().service) << 16)
            | (bit_cast::<256, 12>(self.v2.val().real_server) << 32)
            | (bit_cast::<256, 1>(true.into()) << 48)
            | (bit_cast::<256, 32>(self.v2.val().hash) << 64)
            | (bit_cast::<256, 32>(self.v2.val().timestamp) << 96)
            | (bit_cast::<256, 104>(self.key.val()) << 128);
        self.notify_want.next = self.s2_valid.q.val()
            & (self.kind.val() == self.k_fwd.val())
            & (self.v2.val().notify != 0)
            & !self.ev.val().abort;
        self.nq.s_data.next = self.notify_rec.val();
        self.nq.s_valid.next = self.notify_want.val();
        self.m_notify.next = self.nq.m_data.val();
        self.m_notify_valid.next = self.nq.m_valid.val();
        self.nq.m_ready.next = self.m_notify_ready.val();

        // STATS.
        self.reason_hot.next = bit_cast::<16, 1>(true.into()) << self.v2.val().reason;
        self.inc.next = 0.into();
        if self.s2_valid.q.val() {
            if self.ev.val().abort {
                self.inc.next = bit_cast::<32, 1>(true.into()) << 2;
                self.inc.next = self.inc.val()
                    | (bit_cast::<32, 1>(true.into())
                        << (bit_cast::<32, 4>(self.d_truncated.val()) + 24));
            } else if self.kind.val() == self.k_fwd.val() {
                self.inc.next = bit_cast::<32, 1>(true.into());
                if self.notify_want.val() {
                    if self.nq.s_ready.val() {
                        self.inc.next = self.inc.val() | 8;
                    } else {
                        self.inc.next = self.inc.val() | 16;
                    }
                }
            } else if self.kind.val() == self.k_exc.val() {
                self.inc.next = (bit_cast::<32, 16>(self.reason_hot.val()) << 8) | 2;
            } else if self.kind.val() == self.k_drop.val() {
                self.inc.next = (bit_cast::<32, 16>(self.reason_hot.val() & 0xFF) << 24) | 4;
            }
        }
        self.all.next = 0.into();
        for k in 0..32 {
            self.cnt.next = self.counters[k].q.val();
            if self.inc.val().get_bit(k) {
                self.counters[k].d.next = self.cnt.val() + 1;
            }
            self.all.next =
                (self.all.val() >> 32) | (bit_cast::<STATS_BITS, 32>(self.cnt.val()) << 992);
        }
        self.stats.next = self.all.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_verilog;
    use crate::tick;
    use rand::{Rng, SeedableRng};

    #[test]
    fn back_to_back_counts_are_exact_and_commands_read_them() {
        let mut uut: Retire<4, 4, 4> = Default::default();
        uut.connect_all();
        let mut rng = rand::rngs::StdRng::seed_from_u64(2);
        let mut want = [(0u64, 0u64); 16];
        let mut fwd = 0u32;
        let mut n = 0;
        while n < 500 {
            let svc = rng.gen_range(0..2u64); // mostly the same counter, back to back
            let dir = rng.gen_bool(0.5);
            let len = rng.gen_range(40..1500u64);
            let mut ev = RetireEvent::default();
            ev.verdict.kind = KIND_FORWARD.into();
            ev.verdict.acct = true;
            ev.verdict.service = svc.into();
            ev.verdict.dir = dir;
            ev.meta.total_len = len.into();
            ev.abort = rng.gen_bool(0.1);
            uut.s_event.next = ev;
            uut.s_valid.next = true;
            // An occasional command read steals the cycle.
            let cmd = rng.gen_bool(0.1);
            uut.c_valid.next = cmd;
            uut.c_table.next = (Table::ServiceCounter as u64).into();
            uut.c_write.next = false;
            uut.c_index.next = 1.into();
            uut.m_notify_ready.next = true;
            crate::testing::settle(&mut uut);
            if uut.s_ready.val() {
                n += 1;
                if !ev.abort {
                    let i = (svc * 2 + dir as u64) as usize;
                    want[i].0 += 1;
                    want[i].1 += len;
                    fwd += 1;
                }
            }
            tick!(uut);
        }
        uut.s_valid.next = false;
        uut.c_valid.next = false;
        tick!(uut);
        tick!(uut);
        for i in 0..4u64 {
            uut.c_valid.next = true;
            uut.c_index.next = i.into();
            tick!(uut);
            uut.c_valid.next = false;
            tick!(uut);
            let v = uut.c_rdata.val();
            assert_eq!(
                (v.get_bits::<64>(0).to_u64(), v.get_bits::<64>(64).to_u64()),
                want[i as usize],
                "counter {i}"
            );
        }
        assert_eq!(
            uut.stats.val().get_bits::<32>(32 * stat_word::FWD).to_u64() as u32,
            fwd
        );
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut: Retire<9, 9, 12> = Default::default();
        uut.connect_all();
        check_verilog("retire", &uut);
    }
}
