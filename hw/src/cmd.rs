//! The command unit: executes `CommandDescriptor`s (one 512-bit beat each) in order and
//! returns each with its status — the model's `Card::apply_command`, in hardware.
//!
//! ```text
//! IDLE   take a descriptor
//! EXEC   validate (opcode, table, count, index, entry) into the status register
//! APPLY  (valid, not a no-op) a write or clear of a table is one RAM write (a Maglev
//!        run: one per slot); counters and flow statistics go to retire; a read of a
//!        lookup table becomes a token:
//! HOLD   capture skips a header for one cycle ...
//! FIRE   ... and the token rides in the empty slot behind parse
//! WAIT   until the token (or retire) returns the entry
//! DONE   hand the completed descriptor out
//! ```
//! Entries written with their valid bit clear are stored as zeros, and reserved bits
//! are dropped — so are a host-scheduled service's Maglev fields and a next hop's VLAN
//! ID without VLAN rewrite, which nothing reads — so a read returns exactly what the
//! model's encoder would.

use crate::lookup::{ACTION_BITS, FLOW_ENTRY_BITS, SERVICE_ENTRY_BITS, TOK_DATA_BITS};
use crate::maglev::NEXTHOP_BITS;
use fpvs_abi::{CommandStatus, Table};
use rust_hdl::prelude::*;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
enum CmdState {
    Idle,
    Exec,
    Apply,
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
                // Host-scheduled: no Maglev run (base and size from bit 68 on).
                if !self.pl.val().get_bit(57) {
                    self.sw_data.next =
                        bit_cast::<SERVICE_ENTRY_BITS, 68>(self.pl.val().get_bits::<68>(0));
                }
            }
            if self.pl.val().get_bit(0) {
                self.rw_data.next = self.pl.val().get_bits::<ACTION_BITS>(0);
            }
            if self.pl.val().get_bit(98) {
                self.nw_data.next = self.pl.val().get_bits::<NEXTHOP_BITS>(0);
                // No VLAN rewrite: no VLAN ID (bits 100 on).
                if !self.pl.val().get_bit(99) {
                    self.nw_data.next =
                        bit_cast::<NEXTHOP_BITS, 100>(self.pl.val().get_bits::<100>(0));
                }
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
                // The checks' verdict is registered before anything acts on it: the
                // compares and adders behind it and the table RAMs' write ports are
                // a clock apart.
                self.status.d.next = self.st.val();
                self.state.d.next = CmdState::Done;
                if (self.st.val() == self.s_ok.val()) & (self.opcode.val() != 0) {
                    self.state.d.next = CmdState::Apply;
                }
            }
            CmdState::Apply => {
                self.state.d.next = CmdState::Done;
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
        // The completion: the descriptor with its status (byte 2) and its reserved
        // bytes 12..16 zero; a read carries the entry.
        self.cpl.next = (self.desc.q.val()
            & !(bit_cast::<512, 8>(0xFF.into()) << 16)
            & !(bit_cast::<512, 32>(!bit_cast::<32, 1>(0.into())) << 96))
            | (bit_cast::<512, 8>(self.status.q.val()) << 16);
        if self.is_read.val() & (self.status.q.val() == self.s_ok.val()) {
            self.cpl.next = (self.cpl.val() & !(!bit_cast::<512, 1>(0.into()) << 128))
                | (bit_cast::<512, 384>(self.payload.q.val()) << 128);
        }
        self.m_cpl.next = self.cpl.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{bits_from_bytes, bytes_from_bits, check_verilog, settle};
    use crate::tick;
    use fpvs_abi::{
        Action, CommandDescriptor, FlowEntry, FlowGeometry, FlowKey, ForwardingMode, MacAddr,
        NextHop, ServiceEntry, MAGLEV_ENTRIES_PER_COMMAND,
    };
    use fpvs_model::{Card, CardConfig};
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};
    use std::collections::{BTreeMap, VecDeque};

    /// Small tables, sizes not powers of two where the ABI allows it, so that every
    /// bound is near an index the test can reach.
    type Unit = CommandUnit<3, 2, 6, 5, 4>;
    const FLOWS: FlowGeometry = FlowGeometry::new(3, 2);
    const SERVICES: FlowGeometry = FlowGeometry::new(2, 1);

    fn config() -> CardConfig {
        CardConfig {
            flow_geometry: FLOWS,
            service_geometry: SERVICES,
            maglev_slots: 61,
            real_servers: 20,
            nexthops: 12,
            services: 10,
            ..CardConfig::NARROW
        }
    }

    fn unit() -> Unit {
        let c = config();
        let mut u = Unit::new(CmdSizes {
            flow_log2_ways: FLOWS.log2_ways as usize,
            flow_log2_buckets: FLOWS.log2_buckets as usize,
            svc_log2_ways: SERVICES.log2_ways as usize,
            svc_log2_buckets: SERVICES.log2_buckets as usize,
            maglev_slots: c.maglev_slots,
            real_servers: c.real_servers as u32,
            nexthops: c.nexthops as u32,
            services: c.services as u32,
        });
        u.connect_all();
        u
    }

    /// One entry as a table port or the retire port received it: table code, flat
    /// index (a flow or service slot number), bytes (zero beyond the stored bits).
    type Entry = (u8, u64, Vec<u8>);

    /// What one descriptor did at the unit's ports.
    struct Run {
        completion: [u8; 64],
        writes: Vec<Entry>,
        tokens: Vec<(u8, u64)>,
        counter_reads: Vec<(u8, u64)>,
    }

    /// The unit with what the header pipeline and retire would hold behind its ports: every
    /// entry it wrote, answered back to its read tokens (after a random latency) and
    /// counter reads (exactly two clocks after the request, junk on every other clock).
    struct Bench {
        uut: Unit,
        rng: StdRng,
        ram: BTreeMap<(u8, u64), Vec<u8>>,
    }

    impl Bench {
        fn new(seed: u64) -> Self {
            Bench {
                uut: unit(),
                rng: StdRng::seed_from_u64(seed),
                ram: BTreeMap::new(),
            }
        }

        fn stored(&self, table: u8, index: u64, bytes: usize) -> Vec<u8> {
            let mut v = self.ram.get(&(table, index)).cloned().unwrap_or_default();
            v.resize(bytes, 0);
            v
        }

        fn junk<const N: usize>(&mut self) -> Bits<N> {
            let b: Vec<u8> = (0..N.div_ceil(8)).map(|_| self.rng.gen()).collect();
            bits_from_bytes(&b)
        }

        /// Offers `cmd` (after random idle clocks), takes its completion under random
        /// back-pressure, and records everything on the way.
        fn run(&mut self, cmd: &CommandDescriptor) -> Run {
            let cfg = config();
            let mut r = Run {
                completion: [0; 64],
                writes: Vec::new(),
                tokens: Vec::new(),
                counter_reads: Vec::new(),
            };
            // Junk in the reserved bytes 12..16: the completion has them zero.
            let mut raw = cmd.encode();
            self.rng.fill(&mut raw[12..16]);
            self.uut.s_cmd.next = bits_from_bytes(&raw);
            let (mut offered, mut accepted, mut done) = (false, false, false);
            let mut tok_due: VecDeque<(u64, u8, u64)> = VecDeque::new();
            let mut c_due: Option<(u64, Vec<u8>)> = None;
            let mut held = false;
            let mut cycle = 0u64;
            while !done {
                assert!(cycle < 2000, "descriptor {cmd:?} never completed");
                let busy = accepted;
                offered = !accepted && (offered || self.rng.gen_bool(0.7));
                self.uut.s_cmd_valid.next = offered;
                self.uut.m_cpl_ready.next = self.rng.gen_bool(0.6);
                match tok_due.front() {
                    Some(&(due, table, index)) if due == cycle => {
                        tok_due.pop_front();
                        let data = self.stored(table, index, 32);
                        self.uut.tok_done.next = true;
                        self.uut.tok_data.next = bits_from_bytes(&data);
                    }
                    _ => {
                        self.uut.tok_done.next = false;
                        self.uut.tok_data.next = self.junk();
                    }
                }
                match &c_due {
                    Some((due, data)) if *due == cycle => {
                        self.uut.c_rdata.next = bits_from_bytes(data);
                    }
                    _ => self.uut.c_rdata.next = self.junk(),
                }
                settle(&mut self.uut);
                let u = &self.uut;
                let strobes = [
                    u.fw_en.val(),
                    u.sw_en.val(),
                    u.mw_en.val(),
                    u.rw_en.val(),
                    u.nw_en.val(),
                    u.c_valid.val(),
                    u.tok_hold.val(),
                    u.tok_fire.val(),
                ];
                if !accepted {
                    assert!(
                        !strobes.iter().any(|s| *s),
                        "a strobe before the descriptor"
                    );
                }
                if u.fw_en.val() {
                    let ram = u.fw_ram.val().to_u64() as usize;
                    let (bank, way) = (ram >> FLOWS.log2_ways, ram & (FLOWS.ways() - 1));
                    assert!(bank < 2, "flow RAM {ram}");
                    let bucket = u.fw_bucket.val().to_u64() as usize;
                    let slot = FLOWS.slot(bank, bucket, way) as u64;
                    r.writes
                        .push((1, slot, bytes_from_bits(&u.fw_data.val(), FlowEntry::BYTES)));
                }
                if u.sw_en.val() {
                    let ram = u.sw_ram.val().to_u64() as usize;
                    let (bank, way) = (ram >> SERVICES.log2_ways, ram & (SERVICES.ways() - 1));
                    assert!(bank < 2, "service RAM {ram}");
                    let bucket = u.sw_bucket.val().to_u64() as usize;
                    let slot = SERVICES.slot(bank, bucket, way) as u64;
                    r.writes.push((
                        2,
                        slot,
                        bytes_from_bits(&u.sw_data.val(), ServiceEntry::BYTES),
                    ));
                }
                if u.mw_en.val() {
                    r.writes.push((
                        3,
                        u.mw_addr.val().to_u64(),
                        bytes_from_bits(&u.mw_data.val(), 2),
                    ));
                }
                if u.rw_en.val() {
                    r.writes.push((
                        4,
                        u.rw_addr.val().to_u64(),
                        bytes_from_bits(&u.rw_data.val(), Action::BYTES),
                    ));
                }
                if u.nw_en.val() {
                    r.writes.push((
                        5,
                        u.nw_addr.val().to_u64(),
                        bytes_from_bits(&u.nw_data.val(), NextHop::BYTES),
                    ));
                }
                if u.c_valid.val() {
                    let (t, i) = (u.c_table.val().to_u64() as u8, u.c_index.val().to_u64());
                    if u.c_write.val() {
                        r.writes.push((t, i, bytes_from_bits(&u.c_wdata.val(), 16)));
                    } else {
                        r.counter_reads.push((t, i));
                        c_due = Some((cycle + 2, self.stored(t, i, 16)));
                    }
                }
                assert!(
                    !(u.tok_hold.val() && u.tok_fire.val()),
                    "hold and fire together"
                );
                if u.tok_fire.val() {
                    assert!(held, "a token without parse held the clock before");
                    assert!(
                        tok_due.is_empty(),
                        "a second token before the first returned"
                    );
                    let (t, i) = (u.tok_table.val().to_u64() as u8, u.tok_index.val().to_u64());
                    r.tokens.push((t, i));
                    let latency = self.rng.gen_range(1..=12);
                    tok_due.push_back((cycle + latency, t, i));
                }
                held = u.tok_hold.val();
                if u.s_cmd_valid.val() && u.s_cmd_ready.val() {
                    assert!(!accepted);
                    accepted = true;
                }
                if u.m_cpl_valid.val() && u.m_cpl_ready.val() {
                    assert!(accepted, "a completion before the descriptor was taken");
                    assert!(tok_due.is_empty(), "completed with a token out");
                    let b = bytes_from_bits(&u.m_cpl.val(), 64);
                    r.completion.copy_from_slice(&b);
                    done = true;
                }
                if busy {
                    assert!(
                        !u.s_cmd_ready.val(),
                        "ready for another descriptor while busy"
                    );
                }
                // What was written is there for the reads that follow.
                for (t, i, d) in &r.writes {
                    self.ram.insert((*t, *i), d.clone());
                }
                tick!(self.uut);
                cycle += 1;
            }
            // Every index reached a table of the configured size.
            for (t, i, _) in &r.writes {
                let size = Card::new(cfg).table_size(Table::from_code(*t).unwrap());
                assert!(*i < size as u64, "table {t} index {i} beyond {size}");
            }
            r
        }
    }

    /// The entry the model holds at `table[index]`, as the card stores it.
    fn model_entry(card: &Card, table: Table, index: u32) -> Vec<u8> {
        let t = &card.tables;
        let mut v = match table {
            Table::Flow => t.flow_slot(index).map(|e| e.encode().to_vec()),
            Table::Service => t.service_slot(index).map(|e| e.encode().to_vec()),
            Table::Maglev => Some(t.maglev(index).encode().to_le_bytes().to_vec()),
            Table::RealServer => t.real_server(index as u16).map(|a| a.encode().to_vec()),
            Table::NextHop => t.nexthop(index as u16).map(|n| n.encode().to_vec()),
            Table::FlowStats => Some(card.flow_stats[index as usize].encode().to_vec()),
            Table::ServiceCounter => Some(card.service_counters[index as usize].encode().to_vec()),
            Table::RealServerCounter => {
                Some(card.real_server_counters[index as usize].encode().to_vec())
            }
        }
        .unwrap_or_default();
        let n = match table {
            Table::FlowStats | Table::ServiceCounter | Table::RealServerCounter => 16,
            t => t.entry_bytes(),
        };
        v.resize(n, 0);
        v
    }

    /// Runs `cmd` through the unit and the model and checks the unit did what the model's
    /// `Card::apply_command` says: the same completion (status, tag, a read's entry), and
    /// at its ports exactly the writes (table, index, data, in order), tokens and counter
    /// reads that command means — none for a refused one.
    fn check(bench: &mut Bench, card: &mut Card, cmd: &CommandDescriptor, ctx: &str) -> Run {
        let want = card.apply_command(cmd);
        let r = bench.run(cmd);
        assert_eq!(
            CommandDescriptor::decode(&r.completion),
            want,
            "{ctx}: completion of {cmd:?}"
        );
        assert_eq!(r.completion, want.encode(), "{ctx}: completion bytes");
        let ok = want.status == CommandStatus::Ok as u8;
        let table = Table::from_code(cmd.table);
        let (mut writes, mut tokens, mut creads) = (Vec::new(), Vec::new(), Vec::new());
        if let (true, Ok(t)) = (ok && cmd.opcode != 0, table) {
            let n = if t == Table::Maglev { cmd.count } else { 1 };
            for k in 0..n as u32 {
                let i = cmd.index + k;
                match (cmd.opcode, t as u8) {
                    (1 | 2, _) => writes.push((t as u8, i as u64, model_entry(card, t, i))),
                    (3, 1..=5) => tokens.push((t as u8, i as u64)),
                    (3, _) => creads.push((t as u8, i as u64)),
                    _ => unreachable!(),
                }
            }
        }
        assert_eq!(r.writes, writes, "{ctx}: writes of {cmd:?}");
        assert_eq!(r.tokens, tokens, "{ctx}: tokens of {cmd:?}");
        assert_eq!(r.counter_reads, creads, "{ctx}: counter reads of {cmd:?}");
        r
    }

    fn any_action(rng: &mut StdRng, c: &CardConfig) -> Action {
        Action {
            mode: ForwardingMode::ALL[rng.gen_range(0..ForwardingMode::ALL.len())],
            nexthop: rng.gen_range(0..c.nexthops),
            service: rng.gen_range(0..c.services),
            real_server: rng.gen_range(0..c.real_servers),
            new_saddr: rng.gen(),
            new_daddr: rng.gen(),
            new_sport: rng.gen(),
            new_dport: rng.gen(),
            seq_delta: rng.gen(),
        }
    }

    /// An action one of whose indices is beyond its table (BadEntry).
    fn bad_action(rng: &mut StdRng, c: &CardConfig) -> Action {
        let mut a = any_action(rng, c);
        match rng.gen_range(0..3) {
            0 => a.nexthop = rng.gen_range(c.nexthops..1 << 10),
            1 => a.service = rng.gen_range(c.services..1 << 10),
            _ => a.real_server = rng.gen_range(c.real_servers..1 << 12),
        }
        a
    }

    /// Bits `at..at + len` of `b` set to `v`.
    fn set_bits(b: &mut [u8], at: usize, len: usize, v: u64) {
        for i in 0..len {
            let j = at + i;
            b[j / 8] = (b[j / 8] & !(1 << (j % 8))) | (((v >> i) as u8 & 1) << (j % 8));
        }
    }

    /// Random bits in the payload's bits from `from` on, where no entry has a field.
    fn junk_above(rng: &mut StdRng, p: &mut [u8; 48], from: usize) {
        for bit in from..384 {
            set_bits(p, bit, 1, rng.gen_bool(0.5) as u64);
        }
    }

    /// A random write, valid or refused (`BadEntry`), of every table's entry kind, with
    /// junk in every bit the entry does not use (reserved bits, a host-scheduled
    /// service's Maglev fields, the VLAN ID of a next hop without VLAN rewrite).
    fn any_write(rng: &mut StdRng, c: &CardConfig) -> CommandDescriptor {
        let t = Table::ALL[rng.gen_range(0..Table::ALL.len())];
        let size = Card::new(*c).table_size(t);
        let index = rng.gen_range(0..size);
        let bad = rng.gen_bool(0.25);
        let mut p = [0u8; 48];
        let mut count = 1;
        match t {
            Table::Flow => {
                let key = FlowKey {
                    saddr: rng.gen(),
                    daddr: rng.gen(),
                    sport: rng.gen(),
                    dport: rng.gen(),
                    proto: [6, 17][rng.gen_range(0..2)],
                };
                let action = if bad {
                    bad_action(rng, c)
                } else {
                    any_action(rng, c)
                };
                p[..32].copy_from_slice(&FlowEntry { key, action }.encode());
                if bad && rng.gen_bool(0.3) {
                    set_bits(&mut p, 105, 3, 0); // valid, mode 0
                }
                if rng.gen_bool(0.2) {
                    set_bits(&mut p, 104, 1, 0); // not valid: stored as zeros
                }
                junk_above(rng, &mut p, 252);
            }
            Table::Service => {
                let base = rng.gen_range(0..c.maglev_slots);
                let mut size = rng.gen_range(1..=c.maglev_slots - base);
                let mut service = rng.gen_range(0..c.services);
                if bad {
                    if rng.gen_bool(0.5) {
                        service = rng.gen_range(c.services..1 << 10);
                    } else {
                        size = rng.gen_range(c.maglev_slots - base + 1..=c.maglev_slots + 5);
                    }
                }
                let s = ServiceEntry {
                    proto: rng.gen(),
                    vip: rng.gen(),
                    vport: rng.gen(),
                    service,
                    maglev: (bad || rng.gen_bool(0.5)).then_some((base, size)),
                };
                p[..16].copy_from_slice(&s.encode());
                if s.maglev.is_none() {
                    // No Maglev run: its fields are not looked at, and stored as zeros.
                    set_bits(&mut p, 68, 34, rng.gen::<u64>());
                }
                if rng.gen_bool(0.2) {
                    set_bits(&mut p, 56, 1, 0);
                }
                junk_above(rng, &mut p, 102);
            }
            Table::Maglev => {
                count = rng.gen_range(1..=(MAGLEV_ENTRIES_PER_COMMAND as u32).min(size - index));
                for k in 0..MAGLEV_ENTRIES_PER_COMMAND {
                    // Reserved bits set at random; slots beyond `count` are not looked at.
                    let rs = if k >= count as usize {
                        rng.gen::<u16>() & 0x0FFF
                    } else {
                        rng.gen_range(0..c.real_servers)
                    };
                    let v = (rng.gen::<u16>() & 0x7000) | rs | (rng.gen_bool(0.8) as u16) << 15;
                    p[2 * k..2 * k + 2].copy_from_slice(&v.to_le_bytes());
                }
                if bad {
                    let k = rng.gen_range(0..count as usize);
                    let v = 0x8000 | rng.gen_range(c.real_servers..1 << 12);
                    p[2 * k..2 * k + 2].copy_from_slice(&v.to_le_bytes());
                }
            }
            Table::RealServer => {
                let a = if bad {
                    bad_action(rng, c)
                } else {
                    any_action(rng, c)
                };
                p[..19].copy_from_slice(&a.encode());
                if bad && rng.gen_bool(0.3) {
                    set_bits(&mut p, 1, 3, 0);
                }
                if rng.gen_bool(0.2) {
                    set_bits(&mut p, 0, 1, 0);
                }
                junk_above(rng, &mut p, 148);
            }
            Table::NextHop => {
                let n = NextHop {
                    dst_mac: MacAddr::from_u64(rng.gen::<u64>() & 0xFFFF_FFFF_FFFF),
                    src_mac: MacAddr::from_u64(rng.gen::<u64>() & 0xFFFF_FFFF_FFFF),
                    port: rng.gen_range(0..2),
                    vlan: rng.gen_bool(0.5).then(|| rng.gen_range(0..4096)),
                };
                p[..16].copy_from_slice(&n.encode());
                if n.vlan.is_none() {
                    // No VLAN rewrite: the VLAN ID is not looked at, and stored as zeros.
                    set_bits(&mut p, 100, 12, rng.gen::<u64>());
                }
                if bad {
                    set_bits(&mut p, 97, 1, 1); // port 2 or 3
                }
                if rng.gen_bool(0.2) {
                    set_bits(&mut p, 98, 1, 0);
                }
                junk_above(rng, &mut p, 112);
            }
            Table::FlowStats | Table::ServiceCounter | Table::RealServerCounter => {
                rng.fill(&mut p[..]);
            }
        }
        CommandDescriptor {
            opcode: if rng.gen_bool(0.15) { 2 } else { 1 },
            table: t as u8,
            status: rng.gen(),
            count: count as u8,
            tag: rng.gen(),
            index,
            payload: p,
        }
    }

    /// A descriptor the unit must refuse before looking at its entry: unknown opcode,
    /// unknown table, wrong count, or an index (with its count) beyond the table.
    fn any_refused(rng: &mut StdRng, c: &CardConfig) -> CommandDescriptor {
        let mut d = any_write(rng, c);
        d.opcode = rng.gen_range(1..=3);
        let t = Table::from_code(d.table).unwrap();
        let size = Card::new(*c).table_size(t);
        match rng.gen_range(0..4) {
            0 => d.opcode = rng.gen_range(4..=255),
            1 => d.table = [0, 9, 15, 16, 255][rng.gen_range(0..5)],
            2 => {
                d.count = match t {
                    Table::Maglev => [0, 25, 48, 255][rng.gen_range(0..4)],
                    _ => [0, 2, 24, 255][rng.gen_range(0..4)],
                }
            }
            _ => {
                d.index = match rng.gen_range(0..3) {
                    0 => size,
                    1 => size - 1 + rng.gen_range(1..100),
                    _ => rng.gen_range(size..=u32::MAX),
                };
                if t == Table::Maglev && rng.gen_bool(0.5) {
                    // In range itself, but not with its count.
                    d.count = rng.gen_range(2..=24);
                    d.index = size - rng.gen_range(1..d.count as u32);
                }
            }
        }
        d
    }

    /// A read of any entry of any table (Maglev: a run of up to 24 slots).
    fn any_read(rng: &mut StdRng, c: &CardConfig) -> CommandDescriptor {
        let t = Table::ALL[rng.gen_range(0..Table::ALL.len())];
        let size = Card::new(*c).table_size(t);
        let index = rng.gen_range(0..size);
        let count = if t == Table::Maglev {
            rng.gen_range(1..=(24u32).min(size - index))
        } else {
            1
        };
        let mut d = CommandDescriptor::read(t, index).tagged(rng.gen());
        d.count = count as u8;
        rng.fill(&mut d.payload[..]);
        d
    }

    /// Reads every entry of every table back through the unit and checks each against
    /// the model.
    fn read_back_all(bench: &mut Bench, card: &mut Card) {
        for t in Table::ALL {
            let size = card.table_size(t);
            let step = if t == Table::Maglev { 24 } else { 1 };
            let mut i = 0;
            while i < size {
                let mut d = CommandDescriptor::read(t, i);
                d.count = step.min(size - i) as u8;
                check(bench, card, &d, &format!("read back {t:?}[{i}]"));
                i += step;
            }
        }
    }

    /// Hundreds of random descriptors — writes and clears of every table with valid and
    /// refused entries (BadEntry: an index beyond its table, mode 0, a next hop's port
    /// 2-3, a Maglev slot naming no real server), unknown opcodes and tables, wrong
    /// counts, indices beyond a table, no-ops, reads — executed in order by the unit and
    /// by the model's `Card::apply_command`: every completion (status, tag, a read's
    /// entry) is the model's, every write reaches the right RAM and address with the
    /// model's encoding of the entry (reserved bits and invalid entries stored as zeros)
    /// and a refused descriptor writes nothing. At the end every entry of every table
    /// is read back and equals the model's. Reads are answered from what the unit
    /// wrote, after a random latency (tokens) or exactly two clocks (counters).
    #[test]
    fn descriptors_do_what_the_model_says() {
        let c = config();
        let mut card = Card::new(c);
        let mut bench = Bench::new(1);
        let mut rng = StdRng::seed_from_u64(2);
        let mut statuses = [0usize; 7];
        for n in 0..700 {
            let d = match rng.gen_range(0..10) {
                0..=4 => any_write(&mut rng, &c),
                5 | 6 => any_read(&mut rng, &c),
                7 | 8 => any_refused(&mut rng, &c),
                _ => {
                    let mut d = any_write(&mut rng, &c);
                    d.opcode = 0;
                    d
                }
            };
            let r = check(&mut bench, &mut card, &d, &format!("descriptor {n}"));
            statuses[r.completion[2] as usize] += 1;
        }
        // Every status was met, refusals of every kind among them.
        for s in [
            CommandStatus::Ok,
            CommandStatus::BadOpcode,
            CommandStatus::BadTable,
            CommandStatus::BadIndex,
            CommandStatus::BadCount,
            CommandStatus::BadEntry,
        ] {
            assert!(statuses[s as usize] >= 10, "{s:?}: {statuses:?}");
        }
        read_back_all(&mut bench, &mut card);
    }

    /// Clocks at which the unit asked for something, for the timing tests.
    #[derive(Debug, PartialEq)]
    enum Seen {
        Hold,
        Fire(u64, u64),
        Counter(u64, u64, bool),
        Completion,
    }

    /// Runs one descriptor offered at clock 0 with no back-pressure; tokens return
    /// `latency` clocks after they fire with entry `100 + k` for the k-th, counter reads
    /// find `rdata` two clocks after the request. Returns what happened when, and the
    /// completion.
    fn timeline(d: &CommandDescriptor, latency: u64, rdata: u128) -> (Vec<(u64, Seen)>, [u8; 64]) {
        let mut u = unit();
        u.s_cmd.next = bits_from_bytes(&d.encode());
        u.m_cpl_ready.next = true;
        let (mut seen, mut cpl) = (Vec::new(), [0u8; 64]);
        let (mut fired, mut asked, mut k) = (None, None, 0u64);
        for cycle in 0..80u64 {
            u.s_cmd_valid.next = cycle == 0;
            let back = fired.is_some_and(|f| cycle == f + latency);
            u.tok_done.next = back;
            u.tok_data.next = if back {
                k += 1;
                (0x8000 + 99 + k).into()
            } else {
                0xFFFF.into()
            };
            let now = asked.is_some_and(|a| cycle == a + 2);
            u.c_rdata.next = if now {
                bits_from_bytes(&rdata.to_le_bytes())
            } else {
                bits_from_bytes(&[0xEE; 16])
            };
            settle(&mut u);
            if u.tok_hold.val() {
                seen.push((cycle, Seen::Hold));
            }
            if u.tok_fire.val() {
                fired = Some(cycle);
                let (t, i) = (u.tok_table.val().to_u64(), u.tok_index.val().to_u64());
                seen.push((cycle, Seen::Fire(t, i)));
            }
            if u.c_valid.val() {
                asked = Some(cycle);
                let (t, i) = (u.c_table.val().to_u64(), u.c_index.val().to_u64());
                seen.push((cycle, Seen::Counter(t, i, u.c_write.val())));
            }
            if u.m_cpl_valid.val() {
                seen.push((cycle, Seen::Completion));
                cpl.copy_from_slice(&bytes_from_bits(&u.m_cpl.val(), 64));
                break;
            }
            tick!(u);
        }
        (seen, cpl)
    }

    /// A read of a lookup table becomes tokens in the header pipeline: two clocks after
    /// the descriptor is taken one clock holds parse (`tok_hold`), the next carries the
    /// token (`tok_fire`, table code and index), then the unit waits for the entry
    /// (`tok_done`, whatever the latency); a run of n Maglev slots is n tokens one after
    /// the other, slot k landing in payload bytes 2k..2k+2; the completion follows the
    /// last entry by one clock. A counter read asks retire once and takes its data two
    /// clocks later (junk on the clocks around it).
    #[test]
    fn reads_use_tokens_and_retire_at_the_documented_clocks() {
        let mut d = CommandDescriptor::read(Table::Maglev, 40).tagged(0xC0FFEE);
        d.count = 3;
        d.payload = [0x77; 48];
        for latency in [1, 9] {
            let (seen, cpl) = timeline(&d, latency, 0);
            let l = latency;
            let want = vec![
                (3, Seen::Hold),
                (4, Seen::Fire(3, 40)),
                (5 + l, Seen::Hold),
                (6 + l, Seen::Fire(3, 41)),
                (7 + 2 * l, Seen::Hold),
                (8 + 2 * l, Seen::Fire(3, 42)),
                (9 + 3 * l, Seen::Completion),
            ];
            assert_eq!(seen, want, "latency {latency}");
            let c = CommandDescriptor::decode(&cpl);
            assert_eq!(
                (c.status, c.tag, c.count),
                (CommandStatus::Ok as u8, 0xC0FFEE, 3)
            );
            let mut payload = [0u8; 48];
            payload[..6].copy_from_slice(&[100, 0x80, 101, 0x80, 102, 0x80]);
            assert_eq!(c.payload, payload, "latency {latency}");
        }
        let d = CommandDescriptor::read(Table::Flow, 63);
        let (seen, _) = timeline(&d, 9, 0);
        assert_eq!(
            seen,
            vec![
                (3, Seen::Hold),
                (4, Seen::Fire(1, 63)),
                (14, Seen::Completion)
            ]
        );
        let d = CommandDescriptor::read(Table::RealServerCounter, 39);
        let v = 0x0123_4567_89AB_CDEF_FEDC_BA98_7654_3210u128;
        let (seen, cpl) = timeline(&d, 9, v);
        assert_eq!(
            seen,
            vec![(2, Seen::Counter(8, 39, false)), (5, Seen::Completion)]
        );
        assert_eq!(cpl[16..32], v.to_le_bytes());
        assert_eq!(cpl[32..], [0; 32]);
        // Writes: two clocks after the descriptor is taken, completion the next.
        let d = CommandDescriptor::write(Table::ServiceCounter, 19, &v.to_le_bytes());
        let (seen, _) = timeline(&d, 9, 0);
        assert_eq!(
            seen,
            vec![(2, Seen::Counter(7, 19, true)), (3, Seen::Completion)]
        );
    }

    #[test]
    fn verilog_is_clean() {
        check_verilog("cmd", &unit());
    }
}
