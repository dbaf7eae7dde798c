//! The block itself: one rust-hdl `LogicBlock` whose `update` does the framing (UART
//! bytes, SLIP, CRC-16, length checks) and the execution (register bus, commands,
//! injections, exception capture, replies) of the protocol described in
//! [`crate::board::mgmt`]. Both halves share one `update`, as rust-hdl generates one
//! Verilog module per block: splitting them into two blocks is a change of the
//! board's RTL, not of this file's layout.
//!
//! Its tests sit beside it, as the directory's other files: `tests.rs` runs every frame
//! type, bad frames, repeats and overruns against the bench of `testbench.rs` (a host
//! on the line, the core's ports as queues and a register file) and checks the
//! block's Verilog. `n`, `act`, `bad` and `overrun` are visible to the bench, which
//! prints them when a test times out.

use crate::board::crc::Crc16;
use crate::board::uart::{UartRx, UartTx};
use crate::ram::Ram;
use fpvs_abi::mgmt;
use rust_hdl::prelude::*;

use fpvs_abi::mgmt::{kind, len, EXC_BYTES, INJ_MAX, INJ_MIN, OVERHEAD};

// The exception buffer is 16 beats of 8 bytes.
const _: () = assert!(EXC_BYTES == 16 * 8);

// `act`, what the receive side is doing with the last good frame: 0 nothing, 1 register
// write, 2 register read, 3 its data, 4 command, 5 injection, 6 reply waiting for the
// transmitter. The frame types, SLIP bytes and lengths of `fpvs_abi::mgmt` reach
// `update` as `Constant`s (Verilog parameters): it can take no casts or arithmetic on
// them.

/// The management-channel block between a UART and the core's host ports.
#[derive(LogicBlock)]
pub struct Mgmt {
    // clock and line
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Serial in (idle high).
    pub rx: Signal<In, Bit>,
    /// Serial out (idle high).
    pub tx: Signal<Out, Bit>,
    // commands to the core
    /// Descriptor.
    pub m_cmd_tdata: Signal<Out, Bits<512>>,
    /// Valid.
    pub m_cmd_tvalid: Signal<Out, Bit>,
    /// Ready.
    pub m_cmd_tready: Signal<In, Bit>,
    // completions from the core
    /// Completed descriptor.
    pub s_cpl_tdata: Signal<In, Bits<512>>,
    /// Valid.
    pub s_cpl_tvalid: Signal<In, Bit>,
    /// Ready.
    pub s_cpl_tready: Signal<Out, Bit>,
    // exceptions from the core
    /// Data.
    pub s_exc_tdata: Signal<In, Bits<64>>,
    /// Byte enables.
    pub s_exc_tkeep: Signal<In, Bits<8>>,
    /// Valid.
    pub s_exc_tvalid: Signal<In, Bit>,
    /// Ready (always).
    pub s_exc_tready: Signal<Out, Bit>,
    /// Last beat.
    pub s_exc_tlast: Signal<In, Bit>,
    /// Metadata.
    pub s_exc_tuser: Signal<In, Bits<128>>,
    // notify records from the core
    /// Record.
    pub s_notify_tdata: Signal<In, Bits<256>>,
    /// Valid.
    pub s_notify_tvalid: Signal<In, Bit>,
    /// Ready.
    pub s_notify_tready: Signal<Out, Bit>,
    // injections to the core
    /// Data.
    pub m_inj_tdata: Signal<Out, Bits<64>>,
    /// Byte enables.
    pub m_inj_tkeep: Signal<Out, Bits<8>>,
    /// Valid.
    pub m_inj_tvalid: Signal<Out, Bit>,
    /// Ready.
    pub m_inj_tready: Signal<In, Bit>,
    /// Last beat.
    pub m_inj_tlast: Signal<Out, Bit>,
    /// `[1:0]` port, `[2]` verbatim.
    pub m_inj_tuser: Signal<Out, Bits<3>>,
    // register bus
    /// Byte address.
    pub reg_addr: Signal<Out, Bits<16>>,
    /// Write data.
    pub reg_wdata: Signal<Out, Bits<32>>,
    /// Write strobe.
    pub reg_wr: Signal<Out, Bit>,
    /// Read strobe.
    pub reg_rd: Signal<Out, Bit>,
    /// Read data.
    pub reg_rdata: Signal<In, Bits<32>>,
    /// Read data valid (one cycle after `reg_rd`).
    pub reg_rvalid: Signal<In, Bit>,
    // blocks
    urx: UartRx,
    utx: UartTx,
    rcrc: Crc16,
    tcrc: Crc16,
    ibuf: Ram<Bits<8>, 11>,
    ebuf: Ram<Bits<64>, 4>,
    // receive: framing
    esc: DFF<Bit>,
    pub(super) n: DFF<Bits<12>>,
    err: DFF<Bit>,
    d1: DFF<Bits<8>>,
    d2: DFF<Bits<8>>,
    ftype: DFF<Bits<8>>,
    fseq: DFF<Bits<8>>,
    p0: DFF<Bits<8>>,
    pay: DFF<Bits<512>>,
    plen: DFF<Bits<12>>,
    // receive: execution, counters
    pub(super) act: DFF<Bits<3>>,
    last_seq: DFF<Bits<8>>,
    pub(super) bad: DFF<Bits<16>>,
    pub(super) overrun: DFF<Bits<16>>,
    exc_drop: DFF<Bits<16>>,
    rdata: DFF<Bits<32>>,
    rpend: DFF<Bit>,
    rkind: DFF<Bits<8>>,
    // injector
    iaddr: DFF<Bits<11>>,
    iph: DFF<Bit>,
    ik: DFF<Bits<4>>,
    ikeep: DFF<Bits<8>>,
    ibeat: DFF<Bits<64>>,
    ivalid: DFF<Bit>,
    ilast: DFF<Bit>,
    // exception capture
    emid: DFF<Bit>,
    ecap: DFF<Bit>,
    efull: DFF<Bit>,
    ebeat: DFF<Bits<5>>,
    elen: DFF<Bits<16>>,
    emeta: DFF<Bits<128>>,
    // transmit
    tph: DFF<Bits<3>>,
    ttype: DFF<Bits<8>>,
    tb: DFF<Bits<512>>,
    tcount: DFF<Bits<8>>,
    tlen: DFF<Bits<8>>,
    texc: DFF<Bit>,
    tesc: DFF<Bit>,
    tescb: DFF<Bits<8>>,
    tstable: DFF<Bit>,
    // locals
    b: Signal<Local, Bits<8>>,
    lb: Signal<Local, Bits<8>>,
    lv: Signal<Local, Bit>,
    busy: Signal<Local, Bit>,
    pidx: Signal<Local, Bits<12>>,
    len_ok: Signal<Local, Bit>,
    dup: Signal<Local, Bit>,
    ish: Signal<Local, Bits<6>>,
    ebi: Signal<Local, Bits<5>>,
    etake: Signal<Local, Bit>,
    kc: Signal<Local, Bits<16>>,
    eoff: Signal<Local, Bits<8>>,
    esh: Signal<Local, Bits<6>>,
    ew: Signal<Local, Bits<64>>,
    gb: Signal<Local, Bits<8>>,
    gv: Signal<Local, Bit>,
    graw: Signal<Local, Bit>,
    // protocol numbers (fpvs_abi::mgmt)
    k_end: Constant<Bits<8>>,
    k_esc: Constant<Bits<8>>,
    k_esc_end: Constant<Bits<8>>,
    k_esc_esc: Constant<Bits<8>>,
    t_reg_write: Constant<Bits<8>>,
    t_reg_read: Constant<Bits<8>>,
    t_command: Constant<Bits<8>>,
    t_inject: Constant<Bits<8>>,
    t_status: Constant<Bits<8>>,
    t_ack: Constant<Bits<8>>,
    t_reg_data: Constant<Bits<8>>,
    t_completion: Constant<Bits<8>>,
    t_exception: Constant<Bits<8>>,
    t_notify: Constant<Bits<8>>,
    t_status_reply: Constant<Bits<8>>,
    // logical bytes (type, body, CRC) of each host frame
    n_reg_write: Constant<Bits<12>>,
    n_reg_read: Constant<Bits<12>>,
    n_command: Constant<Bits<12>>,
    n_inj_min: Constant<Bits<12>>,
    n_inj_max: Constant<Bits<12>>,
    n_status: Constant<Bits<12>>,
    // body bytes of each card frame
    l_ack: Constant<Bits<8>>,
    l_reg_data: Constant<Bits<8>>,
    l_status_reply: Constant<Bits<8>>,
    l_completion: Constant<Bits<8>>,
    l_notify: Constant<Bits<8>>,
    l_exc_head: Constant<Bits<8>>,
    l_exc_max: Constant<Bits<8>>,
    e_bytes: Constant<Bits<16>>,
}

impl Mgmt {
    /// The block with its UART at `div` clocks per bit.
    pub fn new(div: u64) -> Self {
        Mgmt {
            clock: Default::default(),
            rx: Default::default(),
            tx: Default::default(),
            m_cmd_tdata: Default::default(),
            m_cmd_tvalid: Default::default(),
            m_cmd_tready: Default::default(),
            s_cpl_tdata: Default::default(),
            s_cpl_tvalid: Default::default(),
            s_cpl_tready: Default::default(),
            s_exc_tdata: Default::default(),
            s_exc_tkeep: Default::default(),
            s_exc_tvalid: Default::default(),
            s_exc_tready: Default::default(),
            s_exc_tlast: Default::default(),
            s_exc_tuser: Default::default(),
            s_notify_tdata: Default::default(),
            s_notify_tvalid: Default::default(),
            s_notify_tready: Default::default(),
            m_inj_tdata: Default::default(),
            m_inj_tkeep: Default::default(),
            m_inj_tvalid: Default::default(),
            m_inj_tready: Default::default(),
            m_inj_tlast: Default::default(),
            m_inj_tuser: Default::default(),
            reg_addr: Default::default(),
            reg_wdata: Default::default(),
            reg_wr: Default::default(),
            reg_rd: Default::default(),
            reg_rdata: Default::default(),
            reg_rvalid: Default::default(),
            urx: UartRx::new(div),
            utx: UartTx::new(div),
            rcrc: Default::default(),
            tcrc: Default::default(),
            ibuf: Default::default(),
            ebuf: Default::default(),
            esc: Default::default(),
            n: Default::default(),
            err: Default::default(),
            d1: Default::default(),
            d2: Default::default(),
            ftype: Default::default(),
            fseq: Default::default(),
            p0: Default::default(),
            pay: Default::default(),
            plen: Default::default(),
            act: Default::default(),
            last_seq: Default::default(),
            bad: Default::default(),
            overrun: Default::default(),
            exc_drop: Default::default(),
            rdata: Default::default(),
            rpend: Default::default(),
            rkind: Default::default(),
            iaddr: Default::default(),
            iph: Default::default(),
            ik: Default::default(),
            ikeep: Default::default(),
            ibeat: Default::default(),
            ivalid: Default::default(),
            ilast: Default::default(),
            emid: Default::default(),
            ecap: Default::default(),
            efull: Default::default(),
            ebeat: Default::default(),
            elen: Default::default(),
            emeta: Default::default(),
            tph: Default::default(),
            ttype: Default::default(),
            tb: Default::default(),
            tcount: Default::default(),
            tlen: Default::default(),
            texc: Default::default(),
            tesc: Default::default(),
            tescb: Default::default(),
            tstable: Default::default(),
            b: Default::default(),
            lb: Default::default(),
            lv: Default::default(),
            busy: Default::default(),
            pidx: Default::default(),
            len_ok: Default::default(),
            dup: Default::default(),
            ish: Default::default(),
            ebi: Default::default(),
            etake: Default::default(),
            kc: Default::default(),
            eoff: Default::default(),
            esh: Default::default(),
            ew: Default::default(),
            gb: Default::default(),
            gv: Default::default(),
            graw: Default::default(),
            k_end: byte(mgmt::END),
            k_esc: byte(mgmt::ESC),
            k_esc_end: byte(mgmt::ESC_END),
            k_esc_esc: byte(mgmt::ESC_ESC),
            t_reg_write: byte(kind::REG_WRITE),
            t_reg_read: byte(kind::REG_READ),
            t_command: byte(kind::COMMAND),
            t_inject: byte(kind::INJECT),
            t_status: byte(kind::STATUS),
            t_ack: byte(kind::ACK),
            t_reg_data: byte(kind::REG_DATA),
            t_completion: byte(kind::COMPLETION),
            t_exception: byte(kind::EXCEPTION),
            t_notify: byte(kind::NOTIFY),
            t_status_reply: byte(kind::STATUS_REPLY),
            n_reg_write: Constant::new(((OVERHEAD + len::REG_WRITE) as u64).into()),
            n_reg_read: Constant::new(((OVERHEAD + len::REG_READ) as u64).into()),
            n_command: Constant::new(((OVERHEAD + len::COMMAND) as u64).into()),
            n_inj_min: Constant::new(((OVERHEAD + len::INJECT_HEAD + INJ_MIN) as u64).into()),
            n_inj_max: Constant::new(((OVERHEAD + len::INJECT_HEAD + INJ_MAX) as u64).into()),
            n_status: Constant::new(((OVERHEAD + len::STATUS) as u64).into()),
            l_ack: count(len::ACK),
            l_reg_data: count(len::REG_DATA),
            l_status_reply: count(len::STATUS_REPLY),
            l_completion: count(len::COMPLETION),
            l_notify: count(len::NOTIFY),
            l_exc_head: count(len::EXC_HEAD),
            l_exc_max: count(len::EXC_HEAD + EXC_BYTES),
            e_bytes: Constant::new((EXC_BYTES as u64).into()),
        }
    }
}

fn byte(b: u8) -> Constant<Bits<8>> {
    Constant::new(u64::from(b).into())
}

fn count(n: usize) -> Constant<Bits<8>> {
    assert!(n < 256, "a card frame's body is counted in 8 bits");
    Constant::new((n as u64).into())
}

impl Logic for Mgmt {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, esc, n, err, d1, d2, ftype, fseq, p0, pay, plen, act, last_seq, bad,
            overrun, exc_drop, rdata, rpend, rkind, iaddr, iph, ik, ikeep, ibeat, ivalid, ilast,
            emid, ecap, efull, ebeat, elen, emeta, tph, ttype, tb, tcount, tlen, texc, tesc, tescb,
            tstable
        );
        self.urx.clock.next = self.clock.val();
        self.utx.clock.next = self.clock.val();
        self.rcrc.clock.next = self.clock.val();
        self.tcrc.clock.next = self.clock.val();
        self.ibuf.clock.next = self.clock.val();
        self.ebuf.clock.next = self.clock.val();

        // ---- receive: bytes, unescaping, frame boundaries ------------------------------
        self.urx.rx.next = self.rx.val();
        self.b.next = self.urx.data.val();
        self.lb.next = self.urx.data.val();
        self.lv.next = false;
        self.busy.next = self.act.q.val() != 0;
        self.pidx.next = self.n.q.val() - 4;
        self.rcrc.init.next = false;
        self.rcrc.en.next = false;
        self.rcrc.data.next = self.urx.data.val();
        self.ibuf.we.next = false;
        self.ibuf.waddr.next = self.pidx.val().get_bits::<11>(0);
        self.ibuf.wdata.next = self.d2.q.val();
        // Length by type; n counts type, body and CRC.
        self.len_ok.next = false;
        if self.ftype.q.val() == self.t_reg_write.val() {
            self.len_ok.next = self.n.q.val() == self.n_reg_write.val();
        }
        if self.ftype.q.val() == self.t_reg_read.val() {
            self.len_ok.next = self.n.q.val() == self.n_reg_read.val();
        }
        if self.ftype.q.val() == self.t_command.val() {
            self.len_ok.next = self.n.q.val() == self.n_command.val();
        }
        if self.ftype.q.val() == self.t_inject.val() {
            self.len_ok.next =
                (self.n.q.val() >= self.n_inj_min.val()) & (self.n.q.val() <= self.n_inj_max.val());
        }
        if self.ftype.q.val() == self.t_status.val() {
            self.len_ok.next = self.n.q.val() == self.n_status.val();
        }
        self.dup.next = (self.fseq.q.val() == self.last_seq.q.val())
            & ((self.ftype.q.val() == self.t_reg_write.val())
                | (self.ftype.q.val() == self.t_command.val())
                | (self.ftype.q.val() == self.t_inject.val()));
        if self.urx.valid.val() {
            if self.b.val() == self.k_end.val() {
                self.esc.d.next = false;
                self.err.d.next = false;
                self.n.d.next = 0.into();
                self.rcrc.init.next = true;
                if self.n.q.val() != 0 {
                    if self.busy.val() {
                        self.overrun.d.next = self.overrun.q.val() + 1;
                    } else if self.rcrc.ok.val() & !self.err.q.val() & self.len_ok.val() {
                        self.plen.d.next = self.pidx.val();
                        if self.dup.val() {
                            self.act.d.next = 6.into();
                            self.rpend.d.next = true;
                            self.rkind.d.next = self.t_ack.val();
                        } else if self.ftype.q.val() == self.t_reg_write.val() {
                            self.act.d.next = 1.into();
                        } else if self.ftype.q.val() == self.t_reg_read.val() {
                            self.act.d.next = 2.into();
                        } else if self.ftype.q.val() == self.t_command.val() {
                            self.act.d.next = 4.into();
                        } else if self.ftype.q.val() == self.t_inject.val() {
                            self.act.d.next = 5.into();
                            self.iaddr.d.next = 1.into();
                            self.iph.d.next = false;
                            self.ik.d.next = 0.into();
                            self.ikeep.d.next = 0.into();
                            self.ibeat.d.next = 0.into();
                            self.ivalid.d.next = false;
                            self.ilast.d.next = false;
                        } else {
                            self.act.d.next = 6.into();
                            self.rpend.d.next = true;
                            self.rkind.d.next = self.t_status_reply.val();
                        }
                    } else {
                        self.bad.d.next = self.bad.q.val() + 1;
                    }
                }
            } else if self.esc.q.val() {
                self.esc.d.next = false;
                self.lv.next = true;
                if self.b.val() == self.k_esc_end.val() {
                    self.lb.next = self.k_end.val();
                } else if self.b.val() == self.k_esc_esc.val() {
                    self.lb.next = self.k_esc.val();
                } else {
                    self.err.d.next = true;
                }
            } else if self.b.val() == self.k_esc.val() {
                self.esc.d.next = true;
            } else {
                self.lv.next = true;
            }
        }
        // A logical byte: through the CRC and a two-byte delay (so that the CRC never
        // reaches the payload), then type, seq, payload.
        if self.lv.val() {
            self.rcrc.en.next = true;
            self.rcrc.data.next = self.lb.val();
            self.d1.d.next = self.lb.val();
            self.d2.d.next = self.d1.q.val();
            if self.n.q.val() != 0xFFF {
                self.n.d.next = self.n.q.val() + 1;
            }
            if !self.busy.val() {
                if self.n.q.val() == 2 {
                    self.ftype.d.next = self.d2.q.val();
                }
                if self.n.q.val() == 3 {
                    self.fseq.d.next = self.d2.q.val();
                }
                if self.n.q.val() == 4 {
                    self.p0.d.next = self.d2.q.val();
                }
                if self.n.q.val() >= 4 {
                    self.pay.d.next =
                        (self.pay.q.val() >> 8) | (bit_cast::<512, 8>(self.d2.q.val()) << 504);
                    self.ibuf.we.next = self.pidx.val() < 2048;
                }
            }
        }

        // ---- execution: register bus, commands -----------------------------------------
        self.reg_addr.next = self.pay.q.val().get_bits::<16>(464);
        if self.act.q.val() == 2 {
            self.reg_addr.next = self.pay.q.val().get_bits::<16>(496);
        }
        self.reg_wdata.next = self.pay.q.val().get_bits::<32>(480);
        self.reg_wr.next = self.act.q.val() == 1;
        self.reg_rd.next = self.act.q.val() == 2;
        if self.act.q.val() == 1 {
            self.act.d.next = 6.into();
            self.rpend.d.next = true;
            self.rkind.d.next = self.t_ack.val();
            self.last_seq.d.next = self.fseq.q.val();
        }
        if self.act.q.val() == 2 {
            self.act.d.next = 3.into();
        }
        if self.act.q.val() == 3 {
            // A bus that does not answer reads as all ones, never a hang.
            self.rdata.d.next = 0xFFFF_FFFFu64.into();
            if self.reg_rvalid.val() {
                self.rdata.d.next = self.reg_rdata.val();
            }
            self.act.d.next = 6.into();
            self.rpend.d.next = true;
            self.rkind.d.next = self.t_reg_data.val();
        }
        self.m_cmd_tdata.next = self.pay.q.val();
        self.m_cmd_tvalid.next = self.act.q.val() == 4;
        if (self.act.q.val() == 4) & self.m_cmd_tready.val() {
            self.act.d.next = 6.into();
            self.rpend.d.next = true;
            self.rkind.d.next = self.t_ack.val();
            self.last_seq.d.next = self.fseq.q.val();
        }

        // ---- injector: buffer bytes 1..plen into 8-byte beats -------------------------
        self.ibuf.raddr.next = self.iaddr.q.val();
        self.ish.next = bit_cast::<6, 4>(self.ik.q.val()) << 3;
        self.m_inj_tdata.next = self.ibeat.q.val();
        self.m_inj_tkeep.next = self.ikeep.q.val();
        self.m_inj_tvalid.next = self.ivalid.q.val();
        self.m_inj_tlast.next = self.ilast.q.val();
        self.m_inj_tuser.next = self.p0.q.val().get_bits::<3>(0);
        if self.act.q.val() == 5 {
            if self.ivalid.q.val() {
                if self.m_inj_tready.val() {
                    self.ivalid.d.next = false;
                    self.ibeat.d.next = 0.into();
                    self.ik.d.next = 0.into();
                    self.ikeep.d.next = 0.into();
                    if self.ilast.q.val() {
                        self.act.d.next = 6.into();
                        self.rpend.d.next = true;
                        self.rkind.d.next = self.t_ack.val();
                        self.last_seq.d.next = self.fseq.q.val();
                    }
                }
            } else if !self.iph.q.val() {
                // The address is at the RAM; its byte comes next cycle.
                self.iph.d.next = true;
            } else {
                self.iph.d.next = false;
                self.ibeat.d.next = self.ibeat.q.val()
                    | (bit_cast::<64, 8>(self.ibuf.rdata.val()) << self.ish.val());
                self.ikeep.d.next = (self.ikeep.q.val() << 1) | 1;
                self.ik.d.next = self.ik.q.val() + 1;
                self.iaddr.d.next = self.iaddr.q.val() + 1;
                if bit_cast::<12, 11>(self.iaddr.q.val()) + 1 == self.plen.q.val() {
                    self.ivalid.d.next = true;
                    self.ilast.d.next = true;
                } else if self.ik.q.val() == 7 {
                    self.ivalid.d.next = true;
                }
            }
        }

        // ---- exception capture: first 128 bytes and metadata of one frame --------------
        self.s_exc_tready.next = true;
        self.etake.next = self.ecap.q.val();
        self.ebi.next = self.ebeat.q.val();
        if !self.emid.q.val() {
            self.etake.next = !self.efull.q.val();
            self.ebi.next = 0.into();
        }
        self.kc.next = 0.into();
        for i in 0..8 {
            if self.s_exc_tkeep.val().get_bit(i) {
                self.kc.next = self.kc.val() + 1;
            }
        }
        self.ebuf.waddr.next = self.ebi.val().get_bits::<4>(0);
        self.ebuf.wdata.next = self.s_exc_tdata.val();
        self.ebuf.we.next = false;
        if self.s_exc_tvalid.val() {
            self.emid.d.next = !self.s_exc_tlast.val();
            if !self.emid.q.val() {
                self.ecap.d.next = self.etake.val();
                if self.etake.val() {
                    self.emeta.d.next = self.s_exc_tuser.val();
                } else {
                    self.exc_drop.d.next = self.exc_drop.q.val() + 1;
                }
            }
            if self.etake.val() {
                self.ebuf.we.next = self.ebi.val() < 16;
                if self.ebi.val() < 16 {
                    self.ebeat.d.next = self.ebi.val() + 1;
                }
                if self.emid.q.val() {
                    self.elen.d.next = self.elen.q.val() + self.kc.val();
                } else {
                    self.elen.d.next = self.kc.val();
                }
                if self.s_exc_tlast.val() & !self.s_exc_tuser.val().get_bit(0) {
                    self.efull.d.next = true;
                }
            }
        }

        // ---- transmit: pick a frame --------------------------------------------------
        self.s_cpl_tready.next = false;
        self.s_notify_tready.next = false;
        self.tcrc.init.next = false;
        if self.tph.q.val() == 0 {
            if self.rpend.q.val() {
                self.rpend.d.next = false;
                self.act.d.next = 0.into();
                self.ttype.d.next = self.rkind.q.val();
                self.tb.d.next = bit_cast::<512, 8>(self.fseq.q.val());
                self.tlen.d.next = self.l_ack.val();
                if self.rkind.q.val() == self.t_reg_data.val() {
                    self.tb.d.next = bit_cast::<512, 8>(self.fseq.q.val())
                        | (bit_cast::<512, 32>(self.rdata.q.val()) << 8);
                    self.tlen.d.next = self.l_reg_data.val();
                }
                if self.rkind.q.val() == self.t_status_reply.val() {
                    self.tb.d.next = bit_cast::<512, 8>(self.fseq.q.val())
                        | (bit_cast::<512, 8>(self.last_seq.q.val()) << 8)
                        | (bit_cast::<512, 16>(self.bad.q.val()) << 16)
                        | (bit_cast::<512, 16>(self.overrun.q.val()) << 32)
                        | (bit_cast::<512, 16>(self.exc_drop.q.val()) << 48);
                    self.tlen.d.next = self.l_status_reply.val();
                }
                self.tph.d.next = 1.into();
            } else if self.s_cpl_tvalid.val() {
                self.s_cpl_tready.next = true;
                self.ttype.d.next = self.t_completion.val();
                self.tb.d.next = self.s_cpl_tdata.val();
                self.tlen.d.next = self.l_completion.val();
                self.tph.d.next = 1.into();
            } else if self.s_notify_tvalid.val() {
                self.s_notify_tready.next = true;
                self.ttype.d.next = self.t_notify.val();
                self.tb.d.next = bit_cast::<512, 256>(self.s_notify_tdata.val());
                self.tlen.d.next = self.l_notify.val();
                self.tph.d.next = 1.into();
            } else if self.efull.q.val() {
                self.ttype.d.next = self.t_exception.val();
                self.tb.d.next = bit_cast::<512, 128>(self.emeta.q.val())
                    | (bit_cast::<512, 16>(self.elen.q.val()) << 128);
                self.tlen.d.next = self.l_exc_max.val();
                if self.elen.q.val() < self.e_bytes.val() {
                    self.tlen.d.next = bit_cast::<8, 16>(self.elen.q.val()) + self.l_exc_head.val();
                }
                self.texc.d.next = true;
                self.tph.d.next = 1.into();
            }
            self.tcount.d.next = 0.into();
            self.tcrc.init.next = true;
        }

        // ---- transmit: logical bytes -------------------------------------------------
        // 1 start 0xC0, 2 type, 3 body, 4 CRC high, 5 CRC low, 6 closing 0xC0.
        self.eoff.next = self.tcount.q.val() - self.l_exc_head.val();
        self.ebuf.raddr.next = self.eoff.val().get_bits::<4>(3);
        self.esh.next = bit_cast::<6, 3>(self.eoff.val().get_bits::<3>(0)) << 3;
        self.ew.next = self.ebuf.rdata.val() >> self.esh.val();
        self.tstable.d.next = true;
        self.gb.next = self.k_end.val();
        self.gv.next = self.tph.q.val() != 0;
        self.graw.next = true;
        if self.tph.q.val() == 2 {
            self.gb.next = self.ttype.q.val();
            self.graw.next = false;
        }
        if self.tph.q.val() == 3 {
            self.gb.next = self.tb.q.val().get_bits::<8>(0);
            self.graw.next = false;
            if self.texc.q.val() & (self.tcount.q.val() >= self.l_exc_head.val()) {
                self.gb.next = self.ew.val().get_bits::<8>(0);
                self.gv.next = self.tstable.q.val();
            }
        }
        if self.tph.q.val() == 4 {
            self.gb.next = self.tcrc.crc.val().get_bits::<8>(8);
            self.graw.next = false;
        }
        if self.tph.q.val() == 5 {
            self.gb.next = self.tcrc.crc.val().get_bits::<8>(0);
            self.graw.next = false;
        }
        self.tcrc.en.next = false;
        self.tcrc.data.next = self.gb.val();

        // ---- transmit: escaping onto the line ------------------------------------------
        self.utx.valid.next = false;
        self.utx.data.next = self.gb.val();
        if self.utx.ready.val() {
            if self.tesc.q.val() {
                self.utx.valid.next = true;
                self.utx.data.next = self.tescb.q.val();
                self.tesc.d.next = false;
            } else if self.gv.val() {
                self.utx.valid.next = true;
                if !self.graw.val() & (self.gb.val() == self.k_end.val()) {
                    self.utx.data.next = self.k_esc.val();
                    self.tesc.d.next = true;
                    self.tescb.d.next = self.k_esc_end.val();
                }
                if !self.graw.val() & (self.gb.val() == self.k_esc.val()) {
                    self.utx.data.next = self.k_esc.val();
                    self.tesc.d.next = true;
                    self.tescb.d.next = self.k_esc_esc.val();
                }
                if (self.tph.q.val() == 2) | (self.tph.q.val() == 3) {
                    self.tcrc.en.next = true;
                }
                if self.tph.q.val() == 3 {
                    self.tb.d.next = self.tb.q.val() >> 8;
                    self.tcount.d.next = self.tcount.q.val() + 1;
                    self.tstable.d.next = false;
                    if self.tcount.q.val() + 1 == self.tlen.q.val() {
                        self.tph.d.next = 4.into();
                    }
                } else if self.tph.q.val() == 6 {
                    self.tph.d.next = 0.into();
                    if self.texc.q.val() {
                        self.texc.d.next = false;
                        self.efull.d.next = false;
                    }
                } else {
                    self.tph.d.next = self.tph.q.val() + 1;
                }
            }
        }
        self.tx.next = self.utx.tx.val();
    }
}
