//! `fpvs_core`: the whole pipeline behind the ports of `hw/PIPELINE.md`.
//!
//! ```text
//! s_axis ┐                  ┌ tail FIFO ───────────────────────┐
//!        ├ arbiter ─ capture┤                                  ├ merge ┬ m_axis
//! s_inj  ┘                  └ header pipeline ─ header queue ──┘       ├ m_exc
//!                                                                       └ retire ─ m_notify
//! s_cmd ─ command unit ─ (tables, tokens, retire) ─ m_cpl      reg bus ─ registers
//! ```
//! Headers enter the header pipeline only while the header queue has room for every
//! header in flight (a credit count), so the pipeline never stalls inside.

use crate::capture::Capture;
use crate::cmd::{CmdSizes, CommandUnit};
use crate::fifo::Fifo;
use crate::header_path::HeaderPath;
use crate::keep::KeepCount;
use crate::merge::Merge;
use crate::records::{HeaderOut, RetireEvent, VerdictBits};
use crate::regs::{BuildInfo, RegisterBlocks};
use crate::retire::Retire;
use rust_hdl::prelude::*;

/// Headers allowed in the header pipeline and queue together, for a header queue of
/// `2^HA` items: two short of its capacity, so the queue can never be full when the
/// pipeline delivers (it has no back-pressure).
pub const fn header_credits(ha: usize) -> u64 {
    (1u64 << ha) - 2
}

/// The FPVS core. `W` bytes per beat (`D` = 8W, `W1` = W + 1, `NB` = 64 / W, `D2` =
/// 16W, `DT` = 8W + 9); table address widths as in [`HeaderPath`]; `SC`, `RC`, `FS` the
/// counter and flow-statistics RAM address widths; the header queue holds `2^HA` headers
/// (`HA1` = HA + 1).
#[derive(LogicBlock)]
pub struct Core<
    const W: usize,
    const D: usize,
    const W1: usize,
    const NB: usize,
    const D2: usize,
    const DT: usize,
    const FA: usize,
    const FR: usize,
    const SA: usize,
    const SR: usize,
    const MA: usize,
    const RA: usize,
    const NA: usize,
    const SC: usize,
    const RC: usize,
    const FS: usize,
    const HA: usize,
    const HA1: usize,
> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    // frames from the ports
    /// Data.
    pub s_axis_tdata: Signal<In, Bits<D>>,
    /// Byte enables.
    pub s_axis_tkeep: Signal<In, Bits<W>>,
    /// Valid.
    pub s_axis_tvalid: Signal<In, Bit>,
    /// Ready.
    pub s_axis_tready: Signal<Out, Bit>,
    /// Last beat.
    pub s_axis_tlast: Signal<In, Bit>,
    /// Ingress port.
    pub s_axis_tuser: Signal<In, Bits<2>>,
    // frames from the host
    /// Data.
    pub s_inj_tdata: Signal<In, Bits<D>>,
    /// Byte enables.
    pub s_inj_tkeep: Signal<In, Bits<W>>,
    /// Valid.
    pub s_inj_tvalid: Signal<In, Bit>,
    /// Ready.
    pub s_inj_tready: Signal<Out, Bit>,
    /// Last beat.
    pub s_inj_tlast: Signal<In, Bit>,
    /// `[1:0]` port, `[2]` verbatim.
    pub s_inj_tuser: Signal<In, Bits<3>>,
    // forwarded frames
    /// Data.
    pub m_axis_tdata: Signal<Out, Bits<D>>,
    /// Byte enables.
    pub m_axis_tkeep: Signal<Out, Bits<W>>,
    /// Valid.
    pub m_axis_tvalid: Signal<Out, Bit>,
    /// Ready.
    pub m_axis_tready: Signal<In, Bit>,
    /// Last beat.
    pub m_axis_tlast: Signal<Out, Bit>,
    /// `[1:0]` egress port, `[2]` abort.
    pub m_axis_tuser: Signal<Out, Bits<3>>,
    // frames for the host
    /// Data.
    pub m_exc_tdata: Signal<Out, Bits<D>>,
    /// Byte enables.
    pub m_exc_tkeep: Signal<Out, Bits<W>>,
    /// Valid.
    pub m_exc_tvalid: Signal<Out, Bit>,
    /// Ready.
    pub m_exc_tready: Signal<In, Bit>,
    /// Last beat.
    pub m_exc_tlast: Signal<Out, Bit>,
    /// Metadata (see PIPELINE.md).
    pub m_exc_tuser: Signal<Out, Bits<128>>,
    // notify records
    /// Record.
    pub m_notify_tdata: Signal<Out, Bits<256>>,
    /// Valid.
    pub m_notify_tvalid: Signal<Out, Bit>,
    /// Ready.
    pub m_notify_tready: Signal<In, Bit>,
    // commands
    /// Descriptor.
    pub s_cmd_tdata: Signal<In, Bits<512>>,
    /// Valid.
    pub s_cmd_tvalid: Signal<In, Bit>,
    /// Ready.
    pub s_cmd_tready: Signal<Out, Bit>,
    /// Completed descriptor.
    pub m_cpl_tdata: Signal<Out, Bits<512>>,
    /// Valid.
    pub m_cpl_tvalid: Signal<Out, Bit>,
    /// Ready.
    pub m_cpl_tready: Signal<In, Bit>,
    // registers
    /// Byte address.
    pub reg_addr: Signal<In, Bits<16>>,
    /// Write data.
    pub reg_wdata: Signal<In, Bits<32>>,
    /// Write strobe.
    pub reg_wr: Signal<In, Bit>,
    /// Read strobe.
    pub reg_rd: Signal<In, Bit>,
    /// Read data.
    pub reg_rdata: Signal<Out, Bits<32>>,
    /// Read data valid.
    pub reg_rvalid: Signal<Out, Bit>,
    // blocks
    keep_net: KeepCount<W, W1>,
    keep_inj: KeepCount<W, W1>,
    capture: Capture<W, D, NB>,
    tails: Fifo<Bits<DT>, 5, 6>,
    path: HeaderPath<FA, FR, SA, SR, MA, RA, NA>,
    hq: Fifo<HeaderOut, HA, HA1>,
    merge: Merge<W, D, D2>,
    rq: Fifo<RetireEvent, 3, 4>,
    retire: Retire<SC, RC, FS>,
    cmd: CommandUnit<FA, SA, MA, RA, NA>,
    regs: RegisterBlocks,
    // arbiter and credits
    mid: DFF<Bit>,
    owner_inj: DFF<Bit>,
    last_inj: DFF<Bit>,
    inflight: DFF<Bits<7>>,
    // locals
    sel_inj: Signal<Local, Bit>,
    acc: Signal<Local, Bit>,
    hdr_in: Signal<Local, Bit>,
    hdr_out: Signal<Local, Bit>,
    rec: Signal<Local, HeaderOut>,
    tail: Signal<Local, Bits<DT>>,
    ev: Signal<Local, VerdictBits>,
    l3: Signal<Local, Bits<8>>,
    credits: Constant<Bits<7>>,
    dbits: Constant<Bits<16>>,
    dbits8: Constant<Bits<16>>,
}

/// Build-time sizes of a core.
#[derive(Clone, Copy, Debug)]
pub struct CoreParams {
    /// What the ID block reports (and the command unit checks).
    pub info: BuildInfo,
}

impl<
        const W: usize,
        const D: usize,
        const W1: usize,
        const NB: usize,
        const D2: usize,
        const DT: usize,
        const FA: usize,
        const FR: usize,
        const SA: usize,
        const SR: usize,
        const MA: usize,
        const RA: usize,
        const NA: usize,
        const SC: usize,
        const RC: usize,
        const FS: usize,
        const HA: usize,
        const HA1: usize,
    > Core<W, D, W1, NB, D2, DT, FA, FR, SA, SR, MA, RA, NA, SC, RC, FS, HA, HA1>
{
    /// A core; `params` must match the const parameters (checked).
    pub fn new(params: CoreParams) -> Self {
        let i = params.info;
        assert_eq!(i.width as usize, W, "width");
        assert_eq!(DT, D + 9, "DT = 8W + 9");
        assert_eq!(i.flow_geometry.log2_buckets as usize, FA, "flow buckets");
        assert_eq!(2 * i.flow_geometry.ways(), FR, "flow ways");
        assert_eq!(
            i.service_geometry.log2_buckets as usize, SA,
            "service buckets"
        );
        assert_eq!(2 * i.service_geometry.ways(), SR, "service ways");
        assert!(i.maglev_slots as usize <= 1 << MA, "Maglev RAM");
        assert!(i.real_servers as usize <= 1 << RA, "real-server RAM");
        assert!(i.nexthops as usize <= 1 << NA, "next-hop RAM");
        assert!(2 * i.services as usize <= 1 << SC, "service counters");
        assert!(
            2 * i.real_servers as usize <= 1 << RC,
            "real-server counters"
        );
        assert_eq!(i.flow_geometry.capacity(), 1 << FS, "flow statistics");
        assert!(i.services as usize <= fpvs_abi::Action::MAX_SERVICES);
        let sizes = CmdSizes {
            flow_log2_ways: i.flow_geometry.log2_ways as usize,
            flow_log2_buckets: FA,
            svc_log2_ways: i.service_geometry.log2_ways as usize,
            svc_log2_buckets: SA,
            maglev_slots: i.maglev_slots,
            real_servers: i.real_servers,
            nexthops: i.nexthops,
            services: i.services,
        };
        Core {
            clock: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tkeep: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tuser: Default::default(),
            s_inj_tdata: Default::default(),
            s_inj_tkeep: Default::default(),
            s_inj_tvalid: Default::default(),
            s_inj_tready: Default::default(),
            s_inj_tlast: Default::default(),
            s_inj_tuser: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tkeep: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            m_axis_tlast: Default::default(),
            m_axis_tuser: Default::default(),
            m_exc_tdata: Default::default(),
            m_exc_tkeep: Default::default(),
            m_exc_tvalid: Default::default(),
            m_exc_tready: Default::default(),
            m_exc_tlast: Default::default(),
            m_exc_tuser: Default::default(),
            m_notify_tdata: Default::default(),
            m_notify_tvalid: Default::default(),
            m_notify_tready: Default::default(),
            s_cmd_tdata: Default::default(),
            s_cmd_tvalid: Default::default(),
            s_cmd_tready: Default::default(),
            m_cpl_tdata: Default::default(),
            m_cpl_tvalid: Default::default(),
            m_cpl_tready: Default::default(),
            reg_addr: Default::default(),
            reg_wdata: Default::default(),
            reg_wr: Default::default(),
            reg_rd: Default::default(),
            reg_rdata: Default::default(),
            reg_rvalid: Default::default(),
            keep_net: Default::default(),
            keep_inj: Default::default(),
            capture: Default::default(),
            tails: Default::default(),
            path: Default::default(),
            hq: Default::default(),
            merge: Default::default(),
            rq: Default::default(),
            retire: Default::default(),
            cmd: CommandUnit::new(sizes),
            regs: RegisterBlocks::new(i),
            mid: Default::default(),
            owner_inj: Default::default(),
            last_inj: Default::default(),
            inflight: Default::default(),
            sel_inj: Default::default(),
            acc: Default::default(),
            hdr_in: Default::default(),
            hdr_out: Default::default(),
            rec: Default::default(),
            tail: Default::default(),
            ev: Default::default(),
            l3: Default::default(),
            credits: Constant::new(header_credits(HA).into()),
            dbits: Constant::new((D as u64).into()),
            dbits8: Constant::new((D as u64 + 8).into()),
        }
    }
}

impl<
        const W: usize,
        const D: usize,
        const W1: usize,
        const NB: usize,
        const D2: usize,
        const DT: usize,
        const FA: usize,
        const FR: usize,
        const SA: usize,
        const SR: usize,
        const MA: usize,
        const RA: usize,
        const NA: usize,
        const SC: usize,
        const RC: usize,
        const FS: usize,
        const HA: usize,
        const HA1: usize,
    > Logic for Core<W, D, W1, NB, D2, DT, FA, FR, SA, SR, MA, RA, NA, SC, RC, FS, HA, HA1>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, mid, owner_inj, last_inj, inflight);
        clock!(self, clock, capture, tails, path, hq, merge, rq, retire, cmd, regs);

        // Arbiter: whole frames, round robin between the ports and the host.
        self.keep_net.keep.next = self.s_axis_tkeep.val();
        self.keep_inj.keep.next = self.s_inj_tkeep.val();
        if self.mid.q.val() {
            self.sel_inj.next = self.owner_inj.q.val();
        } else if self.s_axis_tvalid.val() & self.s_inj_tvalid.val() {
            self.sel_inj.next = !self.last_inj.q.val();
        } else {
            self.sel_inj.next = self.s_inj_tvalid.val();
        }
        if self.sel_inj.val() {
            self.capture.s_tdata.next = self.s_inj_tdata.val();
            self.capture.s_tlen.next = self.keep_inj.count.val();
            self.capture.s_tlast.next = self.s_inj_tlast.val();
            self.capture.s_tuser.next = self.s_inj_tuser.val();
            self.capture.s_tvalid.next = self.s_inj_tvalid.val();
        } else {
            self.capture.s_tdata.next = self.s_axis_tdata.val();
            self.capture.s_tlen.next = self.keep_net.count.val();
            self.capture.s_tlast.next = self.s_axis_tlast.val();
            self.capture.s_tuser.next = bit_cast::<3, 2>(self.s_axis_tuser.val());
            self.capture.s_tvalid.next = self.s_axis_tvalid.val();
        }
        self.s_axis_tready.next = !self.sel_inj.val() & self.capture.s_tready.val();
        self.s_inj_tready.next = self.sel_inj.val() & self.capture.s_tready.val();
        self.acc.next = self.capture.s_tvalid.val() & self.capture.s_tready.val();
        if self.acc.val() {
            self.mid.d.next = !self.capture.s_tlast.val();
            self.owner_inj.d.next = self.sel_inj.val();
            if !self.mid.q.val() {
                self.last_inj.d.next = self.sel_inj.val();
            }
        }
        self.regs.rx_pulse.next = self.acc.val() & !self.mid.q.val();
        self.regs.inj_pulse.next = self.acc.val() & !self.mid.q.val() & self.sel_inj.val();

        // Capture -> header pipeline (with credits) and tail FIFO.
        self.capture.m_hdr_ready.next =
            (self.inflight.q.val() < self.credits.val()) & !self.cmd.tok_hold.val();
        self.hdr_in.next = self.capture.m_hdr_valid.val() & self.capture.m_hdr_ready.val();
        self.path.i_hdr.next = self.capture.m_hdr.val();
        self.path.i_valid.next = self.hdr_in.val();
        self.tail.next = bit_cast::<DT, D>(self.capture.m_tail_tdata.val())
            | (bit_cast::<DT, 8>(self.capture.m_tail_tlen.val()) << self.dbits.val())
            | (bit_cast::<DT, 1>(self.capture.m_tail_tlast.val().into()) << self.dbits8.val());
        self.tails.s_data.next = self.tail.val();
        self.tails.s_valid.next = self.capture.m_tail_tvalid.val();
        self.capture.m_tail_tready.next = self.tails.s_ready.val();

        // Header pipeline -> header queue (room guaranteed by the credits).
        self.path.i_tok.next = self.cmd.tok_fire.val();
        self.path.i_tok_table.next = self.cmd.tok_table.val();
        self.path.i_tok_index.next = self.cmd.tok_index.val();
        self.cmd.tok_done.next = self.path.o_tok.val();
        self.cmd.tok_data.next = self.path.o_tok_data.val();
        self.rec.next.hdr = self.path.o_hdr.val();
        self.rec.next.len = self.path.o_len.val();
        self.rec.next.verdict = self.path.o_verdict.val();
        self.rec.next.meta = self.path.o_meta.val();
        self.hq.s_data.next = self.rec.val();
        self.hq.s_valid.next = self.path.o_valid.val();

        // Merge.
        self.merge.s_hdr.next = self.hq.m_data.val();
        self.merge.s_hdr_valid.next = self.hq.m_valid.val();
        self.hq.m_ready.next = self.merge.s_hdr_ready.val();
        self.hdr_out.next = self.hq.m_valid.val() & self.merge.s_hdr_ready.val();
        self.tail.next = self.tails.m_data.val();
        self.merge.s_tail_tdata.next = bit_cast::<D, DT>(self.tail.val());
        self.merge.s_tail_tlen.next = bit_cast::<8, DT>(self.tail.val() >> self.dbits.val());
        // tlast is the top bit (a 1-bit vector has no bit select in Verilog).
        self.merge.s_tail_tlast.next = (self.tail.val() >> self.dbits8.val()).any();
        self.merge.s_tail_tvalid.next = self.tails.m_valid.val();
        self.tails.m_ready.next = self.merge.s_tail_tready.val();
        if self.hdr_in.val() & !self.hdr_out.val() {
            self.inflight.d.next = self.inflight.q.val() + 1;
        }
        if !self.hdr_in.val() & self.hdr_out.val() {
            self.inflight.d.next = self.inflight.q.val() - 1;
        }

        // Outputs.
        self.m_axis_tdata.next = self.merge.m_fwd_tdata.val();
        self.m_axis_tkeep.next =
            bit_cast::<W, W1>((bit_cast::<W1, 1>(true.into()) << self.merge.m_fwd_tlen.val()) - 1);
        self.m_axis_tlast.next = self.merge.m_fwd_tlast.val();
        self.m_axis_tuser.next = bit_cast::<3, 2>(self.merge.m_fwd_port.val())
            | (bit_cast::<3, 1>(self.merge.m_fwd_abort.val().into()) << 2);
        self.m_axis_tvalid.next = self.merge.m_fwd_tvalid.val();
        self.merge.m_fwd_tready.next = self.m_axis_tready.val();
        self.m_exc_tdata.next = self.merge.m_exc_tdata.val();
        self.m_exc_tkeep.next =
            bit_cast::<W, W1>((bit_cast::<W1, 1>(true.into()) << self.merge.m_exc_tlen.val()) - 1);
        self.m_exc_tlast.next = self.merge.m_exc_tlast.val();
        self.ev.next = self.merge.m_exc_verdict.val();
        self.l3.next = 14.into();
        if self.merge.m_exc_tagged.val() {
            self.l3.next = 18.into();
        }
        self.m_exc_tuser.next = bit_cast::<128, 1>(self.merge.m_exc_abort.val().into())
            | (bit_cast::<128, 4>(self.ev.val().reason) << 1)
            | (bit_cast::<128, 2>(self.ev.val().port) << 9)
            | (bit_cast::<128, 8>(self.l3.val()) << 11)
            | (bit_cast::<128, 32>(self.ev.val().hash) << 19)
            | (bit_cast::<128, 32>(self.ev.val().timestamp) << 51)
            | (bit_cast::<128, 16>(self.ev.val().exc_service) << 83);
        self.m_exc_tvalid.next = self.merge.m_exc_tvalid.val();
        self.merge.m_exc_tready.next = self.m_exc_tready.val();

        // Retire.
        self.rq.s_data.next = self.merge.m_retire.val();
        self.rq.s_valid.next = self.merge.m_retire_valid.val();
        self.merge.m_retire_ready.next = self.rq.s_ready.val();
        self.retire.s_event.next = self.rq.m_data.val();
        self.retire.s_valid.next = self.rq.m_valid.val();
        self.rq.m_ready.next = self.retire.s_ready.val();
        self.retire.ts_now.next = self.regs.ts_now.val();
        self.m_notify_tdata.next = self.retire.m_notify.val();
        self.m_notify_tvalid.next = self.retire.m_notify_valid.val();
        self.retire.m_notify_ready.next = self.m_notify_tready.val();

        // Commands.
        self.cmd.s_cmd.next = self.s_cmd_tdata.val();
        self.cmd.s_cmd_valid.next = self.s_cmd_tvalid.val();
        self.s_cmd_tready.next = self.cmd.s_cmd_ready.val();
        self.m_cpl_tdata.next = self.cmd.m_cpl.val();
        self.m_cpl_tvalid.next = self.cmd.m_cpl_valid.val();
        self.cmd.m_cpl_ready.next = self.m_cpl_tready.val();
        self.path.fw_en.next = self.cmd.fw_en.val();
        self.path.fw_ram.next = self.cmd.fw_ram.val();
        self.path.fw_bucket.next = self.cmd.fw_bucket.val();
        self.path.fw_data.next = self.cmd.fw_data.val();
        self.path.sw_en.next = self.cmd.sw_en.val();
        self.path.sw_ram.next = self.cmd.sw_ram.val();
        self.path.sw_bucket.next = self.cmd.sw_bucket.val();
        self.path.sw_data.next = self.cmd.sw_data.val();
        self.path.mw_en.next = self.cmd.mw_en.val();
        self.path.mw_addr.next = self.cmd.mw_addr.val();
        self.path.mw_data.next = self.cmd.mw_data.val();
        self.path.rw_en.next = self.cmd.rw_en.val();
        self.path.rw_addr.next = self.cmd.rw_addr.val();
        self.path.rw_data.next = self.cmd.rw_data.val();
        self.path.nw_en.next = self.cmd.nw_en.val();
        self.path.nw_addr.next = self.cmd.nw_addr.val();
        self.path.nw_data.next = self.cmd.nw_data.val();
        self.retire.c_valid.next = self.cmd.c_valid.val();
        self.retire.c_table.next = self.cmd.c_table.val();
        self.retire.c_write.next = self.cmd.c_write.val();
        self.retire.c_index.next = self.cmd.c_index.val();
        self.retire.c_wdata.next = self.cmd.c_wdata.val();
        self.cmd.c_rdata.next = self.retire.c_rdata.val();

        // The register blocks.
        self.regs.reg_addr.next = self.reg_addr.val();
        self.regs.reg_wdata.next = self.reg_wdata.val();
        self.regs.reg_wr.next = self.reg_wr.val();
        self.regs.reg_rd.next = self.reg_rd.val();
        self.reg_rdata.next = self.regs.reg_rdata.val();
        self.reg_rvalid.next = self.regs.reg_rvalid.val();
        self.regs.stats.next = self.retire.stats.val();
        self.regs.rl_tokens.next = self.path.rl_tokens.val();
        self.regs.rl_limited.next = self.path.rl_limited.val();
        self.path.tun_mtu.next = self.regs.tun_mtu.val();
        self.path.tun_ttl.next = self.regs.tun_ttl.val();
        self.path.ts_now.next = self.regs.ts_now.val();
        self.path.rl_period.next = self.regs.rl_period.val();
        self.path.rl_rate.next = self.regs.rl_rate.val();
        self.path.rl_burst.next = self.regs.rl_burst.val();
    }
}
