//! The command unit: executes `CommandDescriptor`s (one 512-bit beat each) in order and
//! returns each with its status — the model's `Card::apply_command`, in hardware.
//!
//! ```text
//! IDLE   take a descriptor
//! EXEC   validate (opcode, table, count, index, entry); a write or clear of a table is
//!        one RAM write (a Maglev run: one per slot); counters and flow statistics go to
//!        retire; a read of a lookup table becomes a token:
//! HOLD   capture skips a header for one cycle ...
//! FIRE   ... and the token rides in the empty slot behind parse
//! WAIT   until the token (or retire) returns the entry
//! DONE   hand the completed descriptor out
//! ```
//! Entries written with their valid bit clear are stored as zeros, and reserved bits
//! are dropped, so a read returns exactly what the model's encoder would.

use crate::lookup::{ACTION_BITS, FLOW_ENTRY_BITS, SERVICE_ENTRY_BITS, TOK_DATA_BITS};
use crate::maglev::NEXTHOP_BITS;
use fpvs_abi::{CommandStatus, Table};
use rust_hdl::prelude::*;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
enum CmdState {
    Idle,
    Exec,
    Maglev,
    Hold,
    Fire,
    Wait,
    Counter,
    Done,
}

/// Sizes a command unit checks indices against.
#[derive(Clone, Copy, Debug)]
pub struct CmdSizes {
    /// log2 flow ways.
    pub flow_log2_ways: usize,
    /// log2 flow buckets per bank.
    pub flow_log2_buckets: usize,
    /// log2 service ways.
    pub svc_log2_ways: usize,
    /// log2 service buckets per bank.
    pub svc_log2_buckets: usize,
    /// Maglev slots.
    pub maglev_slots: u32,
    /// Real servers.
    pub real_servers: u32,
    /// Next hops.
    pub nexthops: u32,
    /// Services.
    pub services: u32,
}

/// The command unit. `FA`, `SA`, `MA`, `RA`, `NA`: address widths of the flow bucket,
/// service bucket, Maglev, real-server and next-hop RAMs.
#[derive(LogicBlock)]
pub struct CommandUnit<
    const FA: usize,
    const SA: usize,
    const MA: usize,
    const RA: usize,
    const NA: usize,
> {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // descriptors in
    /// Descriptor.
    pub s_cmd: Signal<In, Bits<512>>,
    /// Valid.
    pub s_cmd_valid: Signal<In, Bit>,
    /// Taken.
    pub s_cmd_ready: Signal<Out, Bit>,
    // completions out
    /// Completed descriptor.
    pub m_cpl: Signal<Out, Bits<512>>,
    /// Valid.
    pub m_cpl_valid: Signal<Out, Bit>,
    /// Taken.
    pub m_cpl_ready: Signal<In, Bit>,
    // table write ports
    /// Flow write enable.
    pub fw_en: Signal<Out, Bit>,
    /// Flow RAM.
    pub fw_ram: Signal<Out, Bits<4>>,
    /// Flow bucket.
    pub fw_bucket: Signal<Out, Bits<FA>>,
    /// Flow entry.
    pub fw_data: Signal<Out, Bits<FLOW_ENTRY_BITS>>,
    /// Service write enable.
    pub sw_en: Signal<Out, Bit>,
    /// Service RAM.
    pub sw_ram: Signal<Out, Bits<4>>,
    /// Service bucket.
    pub sw_bucket: Signal<Out, Bits<SA>>,
    /// Service entry.
    pub sw_data: Signal<Out, Bits<SERVICE_ENTRY_BITS>>,
    /// Maglev write enable.
    pub mw_en: Signal<Out, Bit>,
    /// Maglev slot.
    pub mw_addr: Signal<Out, Bits<MA>>,
    /// Maglev entry.
    pub mw_data: Signal<Out, Bits<16>>,
    /// Real-server write enable.
    pub rw_en: Signal<Out, Bit>,
    /// Real-server index.
    pub rw_addr: Signal<Out, Bits<RA>>,
    /// Real-server entry.
    pub rw_data: Signal<Out, Bits<ACTION_BITS>>,
    /// Next-hop write enable.
    pub nw_en: Signal<Out, Bit>,
    /// Next-hop index.
    pub nw_addr: Signal<Out, Bits<NA>>,
    /// Next-hop entry.
    pub nw_data: Signal<Out, Bits<NEXTHOP_BITS>>,
    // tokens through the header pipeline
    /// Keep the next header out of parse.
    pub tok_hold: Signal<Out, Bit>,
    /// Token present (the cycle after `tok_hold`).
    pub tok_fire: Signal<Out, Bit>,
    /// Token table.
    pub tok_table: Signal<Out, Bits<4>>,
    /// Token index.
    pub tok_index: Signal<Out, Bits<20>>,
    /// Token returned.
    pub tok_done: Signal<In, Bit>,
    /// Token data.
    pub tok_data: Signal<In, Bits<TOK_DATA_BITS>>,
    // retire port
    /// Counter/statistics command.
    pub c_valid: Signal<Out, Bit>,
    /// Its table.
    pub c_table: Signal<Out, Bits<4>>,
    /// Write.
    pub c_write: Signal<Out, Bit>,
    /// Index.
    pub c_index: Signal<Out, Bits<20>>,
    /// Data.
    pub c_wdata: Signal<Out, Bits<128>>,
    /// Read data, two cycles after `c_valid`.
    pub c_rdata: Signal<In, Bits<128>>,
    // registers
    state: DFF<CmdState>,
    desc: DFF<Bits<512>>,
    status: DFF<Bits<8>>,
    payload: DFF<Bits<384>>,
    k: DFF<Bits<5>>,
    wait_cnt: DFF<Bits<2>>,
    // locals
    opcode: Signal<Local, Bits<8>>,
    tbl: Signal<Local, Bits<8>>,
    count: Signal<Local, Bits<8>>,
    index: Signal<Local, Bits<32>>,
    pl: Signal<Local, Bits<384>>,
    size: Signal<Local, Bits<33>>,
    end_idx: Signal<Local, Bits<33>>,
    st: Signal<Local, Bits<8>>,
    is_write: Signal<Local, Bit>,
    is_read: Signal<Local, Bit>,
    valid_bit: Signal<Local, Bit>,
    mode: Signal<Local, Bits<3>>,
    bad_action: Signal<Local, Bit>,
    act: Signal<Local, Bits<ACTION_BITS>>,
    ent: Signal<Local, Bits<16>>,
    slot: Signal<Local, Bits<20>>,
    cpl: Signal<Local, Bits<512>>,
    count_mask: Signal<Local, Bits<32>>,
    size32: Signal<Local, Bits<32>>,
    bad_maglev: Signal<Local, Bit>,
    // constants
    c_sizes: Constant<Bits<288>>,
    fl_log2_ways: Constant<Bits<5>>,
    fl_log2_buckets: Constant<Bits<5>>,
    fl_ways: Constant<Bits<20>>,
    fl_buckets: Constant<Bits<20>>,
    sv_log2_ways: Constant<Bits<5>>,
    sv_log2_buckets: Constant<Bits<5>>,
    sv_ways: Constant<Bits<20>>,
    sv_buckets: Constant<Bits<20>>,
    n_rs: Constant<Bits<16>>,
    n_nh: Constant<Bits<16>>,
    n_svc: Constant<Bits<16>>,
    n_maglev: Constant<Bits<18>>,
    s_ok: Constant<Bits<8>>,
    s_bad_opcode: Constant<Bits<8>>,
    s_bad_table: Constant<Bits<8>>,
    s_bad_index: Constant<Bits<8>>,
    s_bad_count: Constant<Bits<8>>,
    s_bad_entry: Constant<Bits<8>>,
}

impl<const FA: usize, const SA: usize, const MA: usize, const RA: usize, const NA: usize>
    CommandUnit<FA, SA, MA, RA, NA>
{
    /// A command unit for tables of these sizes.
    pub fn new(sizes: CmdSizes) -> Self {
        let flow_cap = 2u64 << (sizes.flow_log2_ways + sizes.flow_log2_buckets);
        let svc_cap = 2u64 << (sizes.svc_log2_ways + sizes.svc_log2_buckets);
        let mut table_sizes = [0u64; 9];
        table_sizes[Table::Flow as usize] = flow_cap;
        table_sizes[Table::Service as usize] = svc_cap;
        table_sizes[Table::Maglev as usize] = sizes.maglev_slots as u64;
        table_sizes[Table::RealServer as usize] = sizes.real_servers as u64;
        table_sizes[Table::NextHop as usize] = sizes.nexthops as u64;
        table_sizes[Table::FlowStats as usize] = flow_cap;
        table_sizes[Table::ServiceCounter as usize] = 2 * sizes.services as u64;
        table_sizes[Table::RealServerCounter as usize] = 2 * sizes.real_servers as u64;
        let mut packed: Bits<288> = Bits::default();
        for (t, n) in table_sizes.iter().enumerate() {
            packed = packed | (bit_cast::<288, 64>((*n).into()) << (32 * t as u64));
        }
        let c8 = |s: CommandStatus| Constant::new((s as u64).into());
        let c5 = |v: usize| Constant::new((v as u64).into());
        let c20 = |v: usize| Constant::new((v as u64).into());
        CommandUnit {
            clock: Default::default(),
            s_cmd: Default::default(),
            s_cmd_valid: Default::default(),
            s_cmd_ready: Default::default(),
            m_cpl: Default::default(),
            m_cpl_valid: Default::default(),
            m_cpl_ready: Default::default(),
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
            tok_hold: Default::default(),
            tok_fire: Default::default(),
            tok_table: Default::default(),
            tok_index: Default::default(),
            tok_done: Default::default(),
            tok_data: Default::default(),
            c_valid: Default::default(),
            c_table: Default::default(),
            c_write: Default::default(),
            c_index: Default::default(),
            c_wdata: Default::default(),
            c_rdata: Default::default(),
            state: Default::default(),
            desc: Default::default(),
            status: Default::default(),
            payload: Default::default(),
            k: Default::default(),
            wait_cnt: Default::default(),
            opcode: Default::default(),
            tbl: Default::default(),
            count: Default::default(),
            index: Default::default(),
            pl: Default::default(),
            size: Default::default(),
            end_idx: Default::default(),
            st: Default::default(),
            is_write: Default::default(),
            is_read: Default::default(),
            valid_bit: Default::default(),
            mode: Default::default(),
            bad_action: Default::default(),
            act: Default::default(),
            ent: Default::default(),
            slot: Default::default(),
            cpl: Default::default(),
            count_mask: Default::default(),
            size32: Default::default(),
            bad_maglev: Default::default(),
            c_sizes: Constant::new(packed),
            fl_log2_ways: c5(sizes.flow_log2_ways),
            fl_log2_buckets: c5(sizes.flow_log2_buckets),
            fl_ways: c20(1 << sizes.flow_log2_ways),
            fl_buckets: c20(1 << sizes.flow_log2_buckets),
            sv_log2_ways: c5(sizes.svc_log2_ways),
            sv_log2_buckets: c5(sizes.svc_log2_buckets),
            sv_ways: c20(1 << sizes.svc_log2_ways),
            sv_buckets: c20(1 << sizes.svc_log2_buckets),
            n_rs: Constant::new((sizes.real_servers as u64).into()),
            n_nh: Constant::new((sizes.nexthops as u64).into()),
            n_svc: Constant::new((sizes.services as u64).into()),
            n_maglev: Constant::new((sizes.maglev_slots as u64).into()),
            s_ok: c8(CommandStatus::Ok),
            s_bad_opcode: c8(CommandStatus::BadOpcode),
            s_bad_table: c8(CommandStatus::BadTable),
            s_bad_index: c8(CommandStatus::BadIndex),
            s_bad_count: c8(CommandStatus::BadCount),
            s_bad_entry: c8(CommandStatus::BadEntry),
        }
    }
}

impl<const FA: usize, const SA: usize, const MA: usize, const RA: usize, const NA: usize> Logic
    for CommandUnit<FA, SA, MA, RA, NA>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, desc, status, payload, k, wait_cnt);
        // Defaults: nothing written, nothing asked.
        self.s_cmd_ready.next = false;
        self.m_cpl_valid.next = false;
        self.fw_en.next = false;
        self.sw_en.next = false;
        self.mw_en.next = false;
        self.rw_en.next = false;
        self.nw_en.next = false;
        self.tok_hold.next = false;
        self.tok_fire.next = false;
        self.c_valid.next = false;
        self.c_write.next = false;

        // Fields of the current descriptor.
        self.opcode.next = self.desc.q.val().get_bits::<8>(0);
        self.tbl.next = self.desc.q.val().get_bits::<8>(8);
        self.count.next = self.desc.q.val().get_bits::<8>(24);
        self.index.next = self.desc.q.val().get_bits::<32>(64);
        self.pl.next = self.desc.q.val().get_bits::<384>(128);
        self.is_write.next = self.opcode.val() == 1;
        self.is_read.next = self.opcode.val() == 3;
        self.size32.next =
            bit_cast::<32, 288>(self.c_sizes.val() >> (bit_cast::<16, 8>(self.tbl.val()) << 5));
        self.size.next = bit_cast::<33, 32>(self.size32.val());
        self.end_idx.next =
            bit_cast::<33, 32>(self.index.val()) + bit_cast::<33, 8>(self.count.val());

        // Entry checks (BadEntry) for writes.
        self.act.next = self.pl.val().get_bits::<ACTION_BITS>(0);
        self.valid_bit.next = self.pl.val().get_bit(0);
        if self.tbl.val() == 1 {
            self.act.next = self.pl.val().get_bits::<ACTION_BITS>(104);
            self.valid_bit.next = self.pl.val().get_bit(104);
        }
        self.mode.next = self.act.val().get_bits::<3>(1);
        self.bad_action.next = (self.mode.val() == 0)
            | (bit_cast::<16, 10>(self.act.val().get_bits::<10>(4)) >= self.n_nh.val())
            | (bit_cast::<16, 10>(self.act.val().get_bits::<10>(14)) >= self.n_svc.val())
            | (bit_cast::<16, 12>(self.act.val().get_bits::<12>(136)) >= self.n_rs.val());
        // Maglev: slots beyond `count` are not checked.
        self.count_mask.next = (bit_cast::<32, 1>(true.into()) << self.count.val()) - 1;
        self.bad_maglev.next = false;
        for j in 0..24 {
            self.ent.next = self.pl.val().get_bits::<16>(16 * j);
            if self.count_mask.val().get_bit(j)
                & self.ent.val().get_bit(15)
                & ((self.ent.val() & 0x0FFF) >= self.n_rs.val())
            {
                self.bad_maglev.next = true;
            }
        }

        self.st.next = self.s_ok.val();
        if self.opcode.val() > 3 {
            self.st.next = self.s_bad_opcode.val();
        } else if self.opcode.val() != 0 {
            if (self.tbl.val() == 0) | (self.tbl.val() > 8) {
                self.st.next = self.s_bad_table.val();
            } else if ((self.tbl.val() == 3) & ((self.count.val() == 0) | (self.count.val() > 24)))
                | ((self.tbl.val() != 3) & (self.count.val() != 1))
            {
                self.st.next = self.s_bad_count.val();
            } else if self.end_idx.val() > self.size.val() {
                self.st.next = self.s_bad_index.val();
            } else if self.is_write.val() {
                if ((self.tbl.val() == 1) | (self.tbl.val() == 4))
                    & self.valid_bit.val()
                    & self.bad_action.val()
                {
                    self.st.next = self.s_bad_entry.val();
                }
                if (self.tbl.val() == 2)
                    & self.pl.val().get_bit(56)
                    & ((bit_cast::<16, 10>(self.pl.val().get_bits::<10>(58)) >= self.n_svc.val())
                        | (self.pl.val().get_bit(57)
                            & ((bit_cast::<18, 17>(self.pl.val().get_bits::<17>(68))
                                + bit_cast::<18, 17>(self.pl.val().get_bits::<17>(85)))
                                > self.n_maglev.val())))
                {
                    self.st.next = self.s_bad_entry.val();
                }
                if (self.tbl.val() == 5) & self.pl.val().get_bit(98) & self.pl.val().get_bit(97) {
                    self.st.next = self.s_bad_entry.val();
                }
                if (self.tbl.val() == 3) & self.bad_maglev.val() {
                    self.st.next = self.s_bad_entry.val();
                }
            }
        }

        // Where a flow or service slot lives: (bank * ways + way, bucket).
        self.slot.next = bit_cast::<20, 32>(self.index.val());
        self.fw_ram.next = bit_cast::<4, 20>(
            ((self.slot.val() >> (self.fl_log2_ways.val() + self.fl_log2_buckets.val()))
                << self.fl_log2_ways.val())
                | (self.slot.val() & (self.fl_ways.val() - 1)),
        );
        self.fw_bucket.next = bit_cast::<FA, 20>(
            (self.slot.val() >> self.fl_log2_ways.val()) & (self.fl_buckets.val() - 1),
        );
        self.sw_ram.next = bit_cast::<4, 20>(
            ((self.slot.val() >> (self.sv_log2_ways.val() + self.sv_log2_buckets.val()))
                << self.sv_log2_ways.val())
                | (self.slot.val() & (self.sv_ways.val() - 1)),
        );
        self.sw_bucket.next = bit_cast::<SA, 20>(
            (self.slot.val() >> self.sv_log2_ways.val()) & (self.sv_buckets.val() - 1),
        );
        self.rw_addr.next = bit_cast::<RA, 32>(self.index.val());
        self.nw_addr.next = bit_cast::<NA, 32>(self.index.val());
        self.mw_addr.next =
            bit_cast::<MA, 32>(self.index.val() + bit_cast::<32, 5>(self.k.q.val()));
        // A write with the valid bit clear, or a clear, stores zeros.
        self.fw_data.next = 0.into();
        self.sw_data.next = 0.into();
        self.rw_data.next = 0.into();
        self.nw_data.next = 0.into();
        if self.is_write.val() {
            if self.pl.val().get_bit(104) {
                self.fw_data.next = self.pl.val().get_bits::<FLOW_ENTRY_BITS>(0);
            }
            if self.pl.val().get_bit(56) {
                self.sw_data.next = self.pl.val().get_bits::<SERVICE_ENTRY_BITS>(0);
            }
            if self.pl.val().get_bit(0) {
                self.rw_data.next = self.pl.val().get_bits::<ACTION_BITS>(0);
            }
            if self.pl.val().get_bit(98) {
                self.nw_data.next = self.pl.val().get_bits::<NEXTHOP_BITS>(0);
            }
        }
        self.ent.next = self.payload.q.val().get_bits::<16>(0);
        self.mw_data.next = 0.into();
        if self.is_write.val() & self.ent.val().get_bit(15) {
            self.mw_data.next = self.ent.val() & 0x8FFF;
        }
        self.tok_table.next = bit_cast::<4, 8>(self.tbl.val());
        self.tok_index.next =
            bit_cast::<20, 32>(self.index.val() + bit_cast::<32, 5>(self.k.q.val()));
        self.c_table.next = bit_cast::<4, 8>(self.tbl.val());
        self.c_index.next = bit_cast::<20, 32>(self.index.val());
        self.c_wdata.next = 0.into();
        if self.is_write.val() {
            self.c_wdata.next = self.pl.val().get_bits::<128>(0);
            if self.tbl.val() == 6 {
                self.c_wdata.next = bit_cast::<128, 64>(self.pl.val().get_bits::<64>(0));
            }
        }

        match self.state.q.val() {
            CmdState::Idle => {
                self.s_cmd_ready.next = true;
                if self.s_cmd_valid.val() {
                    self.desc.d.next = self.s_cmd.val();
                    self.payload.d.next = self.s_cmd.val().get_bits::<384>(128);
                    self.k.d.next = 0.into();
                    self.state.d.next = CmdState::Exec;
                }
            }
            CmdState::Exec => {
                self.status.d.next = self.st.val();
                self.state.d.next = CmdState::Done;
                if (self.st.val() == self.s_ok.val()) & (self.opcode.val() != 0) {
                    if self.is_read.val() {
                        self.payload.d.next = 0.into();
                        if self.tbl.val() >= 6 {
                            self.c_valid.next = true;
                            self.wait_cnt.d.next = 0.into();
                            self.state.d.next = CmdState::Counter;
                        } else {
                            self.state.d.next = CmdState::Hold;
                        }
                    } else if self.tbl.val() == 1 {
                        self.fw_en.next = true;
                    } else if self.tbl.val() == 2 {
                        self.sw_en.next = true;
                    } else if self.tbl.val() == 3 {
                        self.state.d.next = CmdState::Maglev;
                    } else if self.tbl.val() == 4 {
                        self.rw_en.next = true;
                    } else if self.tbl.val() == 5 {
                        self.nw_en.next = true;
                    } else {
                        self.c_valid.next = true;
                        self.c_write.next = true;
                    }
                }
            }
            CmdState::Maglev => {
                // One slot per clock; the payload shifts down as slots are written.
                self.mw_en.next = true;
                self.payload.d.next = self.payload.q.val() >> 16;
                self.k.d.next = self.k.q.val() + 1;
                if bit_cast::<8, 5>(self.k.q.val()) + 1 == self.count.val() {
                    self.state.d.next = CmdState::Done;
                }
            }
            CmdState::Hold => {
                self.tok_hold.next = true;
                self.state.d.next = CmdState::Fire;
            }
            CmdState::Fire => {
                self.tok_fire.next = true;
                self.state.d.next = CmdState::Wait;
            }
            CmdState::Wait => {
                if self.tok_done.val() {
                    if self.tbl.val() == 3 {
                        // Maglev: slot k goes to payload bits 16k.
                        self.payload.d.next = self.payload.q.val()
                            | (bit_cast::<384, 16>(self.tok_data.val().get_bits::<16>(0))
                                << (bit_cast::<9, 5>(self.k.q.val()) << 4));
                        self.k.d.next = self.k.q.val() + 1;
                        if bit_cast::<8, 5>(self.k.q.val()) + 1 == self.count.val() {
                            self.state.d.next = CmdState::Done;
                        } else {
                            self.state.d.next = CmdState::Hold;
                        }
                    } else {
                        self.payload.d.next = bit_cast::<384, TOK_DATA_BITS>(self.tok_data.val());
                        self.state.d.next = CmdState::Done;
                    }
                }
            }
            CmdState::Counter => {
                self.wait_cnt.d.next = self.wait_cnt.q.val() + 1;
                if self.wait_cnt.q.val() == 1 {
                    self.payload.d.next = bit_cast::<384, 128>(self.c_rdata.val());
                    self.state.d.next = CmdState::Done;
                }
            }
            CmdState::Done => {
                self.m_cpl_valid.next = true;
                if self.m_cpl_ready.val() {
                    self.state.d.next = CmdState::Idle;
                }
            }
            _ => {
                self.state.d.next = CmdState::Idle;
            }
        }
        // The completion: the descriptor with its status; a read carries the entry.
        self.cpl.next = (self.desc.q.val() & !(bit_cast::<512, 8>(0xFF.into()) << 16))
            | (bit_cast::<512, 8>(self.status.q.val()) << 16);
        if self.is_read.val() & (self.status.q.val() == self.s_ok.val()) {
            self.cpl.next = (self.cpl.val() & !(!bit_cast::<512, 1>(0.into()) << 128))
                | (bit_cast::<512, 384>(self.payload.q.val()) << 128);
        }
        self.m_cpl.next = self.cpl.val();
    }
}
