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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbed;
    use crate::testing::{bits_from_bytes, bytes_from_bits, settle};
    use crate::tick;
    use fpvs_abi::{regs, CommandDescriptor, CommandStatus, DropReason, ExceptionReason, Table};
    use fpvs_model::packet::{Frame, TcpFlags};
    use fpvs_model::{Card, Verdict};
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    /// A core of the testbed's geometry (`testbed::config`), 8-byte beats.
    type Small = Core<8, 64, 9, 8, 128, 73, 4, 4, 2, 4, 10, 5, 5, 6, 6, 6, 5, 6>;

    fn info() -> BuildInfo {
        let c = testbed::config();
        BuildInfo {
            width: 8,
            flow_geometry: c.flow_geometry,
            service_geometry: c.service_geometry,
            maglev_slots: c.maglev_slots,
            real_servers: c.real_servers as u32,
            nexthops: c.nexthops as u32,
            services: c.services as u32,
            clock_khz: 125_000,
        }
    }

    fn core() -> Small {
        let mut c = Small::new(CoreParams { info: info() });
        c.connect_all();
        c.m_axis_tready.next = true;
        c.m_exc_tready.next = true;
        c.m_notify_tready.next = true;
        c.m_cpl_tready.next = true;
        settle(&mut c);
        c
    }

    fn reg_read(u: &mut Small, addr: u32) -> u32 {
        u.reg_addr.next = (addr as u64).into();
        u.reg_rd.next = true;
        tick!(*u);
        u.reg_rd.next = false;
        assert!(u.reg_rvalid.val(), "read data one clock after the strobe");
        u.reg_rdata.val().to_u64() as u32
    }

    fn reg_write(u: &mut Small, addr: u32, v: u32) {
        u.reg_addr.next = (addr as u64).into();
        u.reg_wdata.next = (v as u64).into();
        u.reg_wr.next = true;
        tick!(*u);
        u.reg_wr.next = false;
    }

    /// How a frame reaches the core.
    #[derive(Clone, Copy, Debug)]
    enum Via {
        /// `s_axis`, from this port.
        Port(u8),
        /// `s_inj`, through the pipeline as if from this port.
        Inject(u8),
        /// `s_inj`, verbatim to this port.
        Verbatim(u8),
    }

    /// What left the core.
    #[derive(Default)]
    struct Out {
        /// Forwarded frames: bytes, egress port, abort.
        fwd: Vec<(Vec<u8>, u8, bool)>,
        /// Frames for the host and their metadata (`m_exc_tuser`).
        exc: Vec<(Vec<u8>, u128)>,
        /// Notify records.
        notify: Vec<Vec<u8>>,
        /// Completed descriptors.
        cpl: Vec<CommandDescriptor>,
    }

    fn beat_bytes(keep: u64) -> usize {
        let n = keep.count_ones() as usize;
        assert_eq!(keep, (1 << n) - 1, "tkeep contiguous from bit 0");
        n
    }

    /// Frames in (one after another, with random gaps), descriptors in (one at a time,
    /// meanwhile), every output taken under random back-pressure, until the core has
    /// been quiet for a while.
    fn run(u: &mut Small, frames: &[(Vec<u8>, Via)], cmds: &[CommandDescriptor], seed: u64) -> Out {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut out = Out::default();
        let (mut fi, mut beat, mut ci) = (0usize, 0usize, 0usize);
        let (mut offered, mut cmd_offered) = (false, false);
        let (mut cur_f, mut cur_e) = (Vec::new(), Vec::new());
        let mut exc_user: Option<u128> = None;
        let (mut quiet, mut cycles) = (0, 0);
        while fi < frames.len() || ci < cmds.len() || out.cpl.len() < cmds.len() || quiet < 100 {
            cycles += 1;
            assert!(cycles < 60_000, "stuck: frame {fi}, descriptor {ci}");
            u.s_axis_tvalid.next = false;
            u.s_inj_tvalid.next = false;
            if let Some((f, via)) = frames.get(fi) {
                offered = offered || rng.gen_bool(0.85);
                let chunk = &f[8 * beat..f.len().min(8 * beat + 8)];
                let data: Bits<64> = bits_from_bytes(chunk);
                let keep: Bits<8> = ((1u64 << chunk.len()) - 1).into();
                let last = 8 * beat + 8 >= f.len();
                match *via {
                    Via::Port(p) => {
                        u.s_axis_tdata.next = data;
                        u.s_axis_tkeep.next = keep;
                        u.s_axis_tlast.next = last;
                        u.s_axis_tuser.next = (p as u64).into();
                        u.s_axis_tvalid.next = offered;
                    }
                    Via::Inject(p) | Via::Verbatim(p) => {
                        let verbatim = matches!(via, Via::Verbatim(_));
                        u.s_inj_tdata.next = data;
                        u.s_inj_tkeep.next = keep;
                        u.s_inj_tlast.next = last;
                        u.s_inj_tuser.next = (p as u64 | (verbatim as u64) << 2).into();
                        u.s_inj_tvalid.next = offered;
                    }
                }
            }
            if let Some(d) = cmds.get(ci) {
                cmd_offered = cmd_offered || rng.gen_bool(0.8);
                u.s_cmd_tdata.next = bits_from_bytes(&d.encode());
                u.s_cmd_tvalid.next = cmd_offered;
            } else {
                u.s_cmd_tvalid.next = false;
            }
            u.m_axis_tready.next = rng.gen_bool(0.8);
            u.m_exc_tready.next = rng.gen_bool(0.8);
            u.m_notify_tready.next = rng.gen_bool(0.8);
            u.m_cpl_tready.next = rng.gen_bool(0.8);
            settle(u);
            quiet += 1;
            if (u.s_axis_tvalid.val() && u.s_axis_tready.val())
                || (u.s_inj_tvalid.val() && u.s_inj_tready.val())
            {
                offered = false;
                beat += 1;
                if 8 * beat >= frames[fi].0.len() {
                    fi += 1;
                    beat = 0;
                }
                quiet = 0;
            }
            if u.s_cmd_tvalid.val() && u.s_cmd_tready.val() {
                cmd_offered = false;
                ci += 1;
            }
            if u.m_axis_tvalid.val() && u.m_axis_tready.val() {
                let n = beat_bytes(u.m_axis_tkeep.val().to_u64());
                cur_f.extend(bytes_from_bits(&u.m_axis_tdata.val(), n));
                if u.m_axis_tlast.val() {
                    let user = u.m_axis_tuser.val().to_u64();
                    out.fwd
                        .push((std::mem::take(&mut cur_f), (user & 3) as u8, user & 4 != 0));
                } else {
                    assert_eq!(n, 8, "a short beat before the last");
                }
                quiet = 0;
            }
            if u.m_exc_tvalid.val() && u.m_exc_tready.val() {
                let n = beat_bytes(u.m_exc_tkeep.val().to_u64());
                cur_e.extend(bytes_from_bits(&u.m_exc_tdata.val(), n));
                let b: [u8; 16] = bytes_from_bits(&u.m_exc_tuser.val(), 16)
                    .try_into()
                    .unwrap();
                let user = u128::from_le_bytes(b);
                // The metadata holds over the frame, but for abort, which the last beat
                // may raise.
                if let Some(first) = exc_user {
                    assert_eq!(first >> 1, user >> 1, "m_exc_tuser changed within a frame");
                }
                exc_user = Some(user);
                if u.m_exc_tlast.val() {
                    out.exc.push((std::mem::take(&mut cur_e), user));
                    exc_user = None;
                }
                quiet = 0;
            }
            if u.m_notify_tvalid.val() && u.m_notify_tready.val() {
                out.notify
                    .push(bytes_from_bits(&u.m_notify_tdata.val(), 32));
                quiet = 0;
            }
            if u.m_cpl_tvalid.val() && u.m_cpl_tready.val() {
                let b = bytes_from_bits(&u.m_cpl_tdata.val(), 64);
                out.cpl
                    .push(CommandDescriptor::decode(&b.try_into().unwrap()));
                quiet = 0;
            }
            tick!(*u);
        }
        assert!(
            cur_f.is_empty() && cur_e.is_empty(),
            "a frame left half out"
        );
        out
    }

    /// Descriptors through the core, none in flight with frames; each must complete Ok.
    fn load(u: &mut Small, cmds: &[CommandDescriptor]) {
        let out = run(u, &[], cmds, 7);
        assert_eq!(out.cpl.len(), cmds.len());
        for (c, d) in out.cpl.iter().zip(cmds) {
            assert_eq!((c.status, c.tag), (CommandStatus::Ok as u8, d.tag), "{d:?}");
        }
    }

    /// The frames of the end-to-end test: the testbed's mix (flows in every mode and
    /// direction, misses, Maglev, TTL and MTU edges, tagged and not, short and long) and
    /// one of each other kind: no service, bad checksum, ARP, a runt, a FIN on a flow,
    /// injections through the pipeline and verbatim, and a truncated frame.
    fn frames(flows: &[(fpvs_abi::FlowKey, fpvs_abi::ForwardingMode)]) -> Vec<(Vec<u8>, Via)> {
        let mut rng = StdRng::seed_from_u64(11);
        // Two long frames are enough: each beat costs the simulator a millisecond.
        let mut long = 0;
        let mut v: Vec<(Vec<u8>, Via)> = testbed::frames(flows, 40, 12)
            .into_iter()
            .filter(|f| {
                long += usize::from(f.len() > 200);
                f.len() <= 200 || long <= 2
            })
            .map(|f| (f, Via::Port(rng.gen_range(0..2))))
            .collect();
        let addr = |a: u32, p: u16| format!("{}:{}", std::net::Ipv4Addr::from(a), p);
        let (k, _) = flows[0];
        let flow = || Frame::tcp(&addr(k.saddr, k.sport), &addr(k.daddr, k.dport));
        let (k6, _) = *flows
            .iter()
            .find(|(k, _)| k.proto == 6)
            .expect("a TCP flow");
        let tcp_flow = Frame::tcp(&addr(k6.saddr, k6.sport), &addr(k6.daddr, k6.dport));
        v.extend([
            (
                Frame::tcp("10.1.2.3:99", "10.9.9.9:80").build(),
                Via::Port(0),
            ),
            (
                Frame::tcp("10.1.2.3:99", "10.0.0.100:80")
                    .bad_ip_checksum()
                    .build(),
                Via::Port(1),
            ),
            (
                Frame::arp_request("10.1.2.3", "10.0.0.100").build(),
                Via::Port(0),
            ),
            (vec![0x5A; 10], Via::Port(1)),
            (
                tcp_flow
                    .clone()
                    .flags(TcpFlags::FIN | TcpFlags::ACK)
                    .build(),
                Via::Port(0),
            ),
            (
                Frame::tcp("10.1.7.7:1234", "10.0.0.101:443")
                    .flags(TcpFlags::SYN)
                    .build(),
                Via::Port(0),
            ),
            (flow().payload_len(30).build(), Via::Inject(0)),
            (flow().ttl(0).payload_len(70).build(), Via::Verbatim(1)),
            (tcp_flow.payload_len(100).truncate(90).build(), Via::Port(0)),
            (flow().payload_len(5).build(), Via::Port(1)),
        ]);
        v
    }

    /// The whole core in rust-hdl simulation, end to end, against the model's `Card`:
    /// the ID block read over the register bus; the testbed's tables written through
    /// `s_cmd` (every completion Ok, tag returned); then frames through `s_axis` and
    /// `s_inj` with random gaps and back-pressure on every output, while reads of every
    /// lookup table go through `s_cmd` (their tokens riding in slots the core keeps
    /// empty). Every forwarded frame leaves `m_axis` as the model forwards it (bytes,
    /// egress port; the truncated one with abort), every exception leaves `m_exc`
    /// unchanged with the model's metadata in `m_exc_tuser`, `m_notify` carries the
    /// model's notify records, in order; the reads return the model's entries; after
    /// the traffic the STATS registers and every counter and flow statistic read through
    /// `s_cmd` are the model's.
    #[test]
    fn frames_and_commands_through_the_core_as_the_model() {
        let mut u = core();
        let i = info();
        assert_eq!(reg_read(&mut u, regs::id::MAGIC), regs::id::MAGIC_VALUE);
        assert_eq!(reg_read(&mut u, regs::id::BUILD_ID), i.build_id());
        assert_eq!(
            reg_read(&mut u, regs::id::FLOW_GEOMETRY),
            i.flow_geometry.to_reg()
        );
        reg_write(&mut u, regs::ctrl::SCRATCH, 0x5EED_0001);
        assert_eq!(reg_read(&mut u, regs::ctrl::SCRATCH), 0x5EED_0001);
        let (t, flows) = testbed::tables(1);
        reg_write(&mut u, regs::ctrl::TS_PRESCALE, 0);
        reg_write(&mut u, regs::ctrl::TS_NOW, t.config.now);
        let cmds: Vec<CommandDescriptor> = fpvs_tests::program::load(&t)
            .into_iter()
            .enumerate()
            .map(|(n, c)| c.tagged(n as u32))
            .collect();
        load(&mut u, &cmds);
        let mut card = Card::new(t.config);
        card.tables = t;

        let frames = frames(&flows);
        let mut reads = Vec::new();
        for (n, tbl) in [
            Table::Flow,
            Table::Service,
            Table::Maglev,
            Table::RealServer,
            Table::NextHop,
        ]
        .into_iter()
        .cycle()
        .take(40)
        .enumerate()
        {
            let size = card.table_size(tbl);
            let mut d = CommandDescriptor::read(tbl, (n as u32 * 7) % size).tagged(n as u32);
            if tbl == Table::Maglev {
                d.count = 24.min(size - d.index) as u8;
            }
            reads.push(d);
        }
        let out = run(&mut u, &frames, &reads, 1);
        let (mut fwd, mut exc) = (out.fwd.iter(), out.exc.iter());
        let mut notify = Vec::new();
        for (n, (f, via)) in frames.iter().enumerate() {
            let mv = match *via {
                Via::Port(p) => card.receive(f, p),
                Via::Inject(p) => card.inject(f, p, false),
                Via::Verbatim(p) => card.inject(f, p, true),
            };
            let ctx = format!("frame {n} ({via:?}, {} bytes)", f.len());
            match mv {
                Verdict::Forward {
                    port,
                    frame,
                    notify: nr,
                    ..
                } => {
                    let got = fwd.next().unwrap_or_else(|| panic!("{ctx}: not forwarded"));
                    assert_eq!(got, &(frame, port, false), "{ctx}: forwarded");
                    notify.extend(nr.map(|r| r.encode().to_vec()));
                }
                Verdict::Exception {
                    reason,
                    frame,
                    meta,
                } => {
                    let (bytes, user) = exc.next().unwrap_or_else(|| panic!("{ctx}: no exception"));
                    assert_eq!(bytes, &frame, "{ctx}: exception frame");
                    let field = |at: u32, bits: u32| (user >> at) as u64 & ((1u64 << bits) - 1);
                    assert_eq!(field(0, 1), 0, "{ctx}: abort");
                    assert_eq!(field(1, 8), reason as u64, "{ctx}: reason");
                    assert_eq!(field(9, 2), meta.port as u64, "{ctx}: port");
                    assert_eq!(field(11, 8), meta.l3_offset as u64, "{ctx}: l3");
                    assert_eq!(field(19, 32), meta.flow_hash as u64, "{ctx}: hash");
                    assert_eq!(field(51, 32), meta.timestamp as u64, "{ctx}: timestamp");
                    assert_eq!(
                        field(83, 16),
                        meta.service.unwrap_or(0xFFFF) as u64,
                        "{ctx}: service"
                    );
                    assert_eq!(user >> 99, 0, "{ctx}: upper metadata bits");
                }
                Verdict::Drop {
                    reason: DropReason::Truncated,
                } => {
                    let got = fwd
                        .next()
                        .unwrap_or_else(|| panic!("{ctx}: truncated frame not out"));
                    assert!(got.2, "{ctx}: truncated frame without abort");
                }
                Verdict::Drop { .. } => {}
            }
        }
        assert!(
            fwd.next().is_none() && exc.next().is_none(),
            "frames the model did not send"
        );
        assert_eq!(out.notify, notify, "notify records");
        assert!(!notify.is_empty(), "no notification tested");
        // The reads met the traffic and returned the model's entries.
        assert_eq!(out.cpl.len(), reads.len());
        for (c, d) in out.cpl.iter().zip(&reads) {
            assert_eq!(c, &card.apply_command(d), "read during traffic");
        }

        // STATS and counters.
        let s = card.stats.clone();
        for (addr, want) in [
            (regs::stats::RX_FRAMES, s.rx_frames),
            (regs::stats::FWD_FRAMES, s.fwd_frames),
            (regs::stats::EXC_FRAMES, s.exc_frames),
            (regs::stats::DROP_FRAMES, s.drop_frames),
            (regs::stats::NOTIFY_RECORDS, s.notify_records),
            (regs::stats::INJ_FRAMES, s.inj_frames),
        ] {
            assert_eq!(reg_read(&mut u, addr), want, "STATS at {addr:#x}");
        }
        for r in ExceptionReason::ALL {
            let got = reg_read(&mut u, regs::stats::exc_count(r));
            assert_eq!(got, s.exc_count[r as usize], "EXC_COUNT {r:?}");
        }
        for r in DropReason::ALL {
            let got = reg_read(&mut u, regs::stats::drop_count(r));
            assert_eq!(got, s.drop_count[r as usize], "DROP_COUNT {r:?}");
        }
        let mut counters = Vec::new();
        for tbl in [
            Table::ServiceCounter,
            Table::RealServerCounter,
            Table::FlowStats,
        ] {
            for i in 0..card.table_size(tbl) {
                counters.push(CommandDescriptor::read(tbl, i));
            }
        }
        let out = run(&mut u, &[], &counters, 2);
        let mut charged = 0;
        for (c, d) in out.cpl.iter().zip(&counters) {
            let want = card.apply_command(d);
            assert_eq!(c, &want, "{:?}[{}]", Table::from_code(d.table), d.index);
            charged += usize::from(want.payload.iter().any(|b| *b != 0));
        }
        assert!(charged > 10, "{charged} counters charged");
    }
}
