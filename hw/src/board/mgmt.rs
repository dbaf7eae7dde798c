//! The management channel: register access, commands, exceptions, notifications and
//! injections between the host and the core, framed over the UART.
//!
//! # Why a UART and not a reserved EtherType on a data port
//!
//! A UART needs nothing but the board's USB-serial adapter: no second NIC on the host,
//! no switch or VLAN configuration, no risk of management frames leaking onto (or being
//! forged from) the data network, and it still works when both Ethernet ports are down.
//! Its cost is bandwidth. At 115 200 baud (8N1, 10 bits a byte) it carries about
//! 11.5 kB/s each way against about 120 MB/s for a gigabit port: a command (68 bytes
//! framed) and its completion take about 6 ms each way, so about 150 table writes a
//! second; a register read about 1 ms; an exception with its first 128 bytes about
//! 13 ms, so about 75 punted frames a second. That is enough to manage the board and
//! run the slow path of a lab setup, not to carry bulk traffic.
//!
//! # Framing
//!
//! SLIP-style (RFC 1055): every frame ends, and starts, with `END` (0xC0); a 0xC0 or
//! 0xDB inside a frame is sent as `ESC` 0xDB followed by 0xDC or 0xDD. The logical bytes
//! of a frame are
//!
//! ```text
//! type(1) | body | CRC-16/CCITT-FALSE over type and body, big-endian (2)
//! ```
//!
//! The numbers below (frame types, SLIP bytes, lengths, the CRC) are defined once, in
//! `fpvs_abi::mgmt`, which the host's side (`fpvs_driver::uart`) uses too; they reach
//! [`Mgmt::update`](Logic::update) as `Constant`s.
//!
//! A lost or corrupted byte fails the CRC (or the length check of its type): that one
//! frame is dropped and counted (`bad`), and the next `END` starts the next one, so
//! alignment is never lost (a lost `END` merges two frames and costs both).
//!
//! Host to card (each carries a sequence number `seq` as its first body byte):
//!
//! | type | body after `seq` | card does | reply |
//! |---|---|---|---|
//! | 0x01 `REG_WRITE` | addr (2, LE), data (4, LE) | one register-bus write | `ACK` |
//! | 0x02 `REG_READ` | addr (2) | one register-bus read | `REG_DATA` |
//! | 0x03 `COMMAND` | `CommandDescriptor` (64) | `s_cmd` | `ACK` once taken |
//! | 0x04 `INJECT` | target (1: `[1:0]` port, `[2]` verbatim), frame (14..=2047) | `s_inj` | `ACK` once sent |
//! | 0x05 `STATUS` | none | | `STATUS` |
//!
//! Card to host:
//!
//! | type | body |
//! |---|---|
//! | 0x80 `ACK` | seq |
//! | 0x81 `REG_DATA` | seq, data (4, LE; all ones if the bus did not answer) |
//! | 0x82 `COMPLETION` | completed `CommandDescriptor` (64) |
//! | 0x83 `EXCEPTION` | `m_exc` metadata (16, the 128-bit `tuser`, LE), frame length (2, LE), the first min(length, 128) frame bytes |
//! | 0x84 `NOTIFY` | `NotifyRecord` (32) |
//! | 0x85 `STATUS` | seq, last executed seq, bad frames (2), overruns (2), exceptions dropped (2) |
//!
//! # Flow control
//!
//! The host is the only sender towards the card and its window is one frame: it sends
//! the next frame only after the reply to the previous one. A frame that arrives while
//! the previous one is still executing is dropped and counted (`overruns`). Lost
//! replies are recovered by retransmission: the card remembers the `seq` of the last
//! write, command or injection it executed and answers a repeat of it with `ACK`
//! without executing it again (`STATUS` tells a newly started host that `seq`).
//!
//! Card-to-host frames are not retransmitted; the host counts the ones that fail their
//! CRC. Completions (`m_cpl`) and notifications (`m_notify`) wait in the core while the
//! UART is busy (the core's notify queue drops and counts on overflow). Exceptions
//! never stall the core: `m_exc` is always ready, the first 128 bytes of one frame and
//! its metadata are held in a buffer until sent, the rest of the frame is discarded
//! (the length field tells the host it was truncated), and a frame that arrives while
//! the buffer is full is dropped and counted (`exceptions dropped`).

use crate::board::crc::Crc16;
use crate::board::uart::{UartRx, UartTx};
use crate::ram::Ram;
use fpvs_abi::mgmt;
use rust_hdl::prelude::*;

pub use fpvs_abi::mgmt::{kind, len, EXC_BYTES, INJ_MAX, INJ_MIN, OVERHEAD};

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
    n: DFF<Bits<12>>,
    err: DFF<Bit>,
    d1: DFF<Bits<8>>,
    d2: DFF<Bits<8>>,
    ftype: DFF<Bits<8>>,
    fseq: DFF<Bits<8>>,
    p0: DFF<Bits<8>>,
    pay: DFF<Bits<512>>,
    plen: DFF<Bits<12>>,
    // receive: execution, counters
    act: DFF<Bits<3>>,
    last_seq: DFF<Bits<8>>,
    bad: DFF<Bits<16>>,
    overrun: DFF<Bits<16>>,
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

/// The core's side of the block for tests: its ports served from queues and callbacks,
/// so a test can put a register file, or the Verilated core, behind the block.
pub mod testing {
    use super::*;
    use crate::testing::{bits_from_bytes, bytes_from_bits};
    use std::collections::VecDeque;

    /// What the core does with what the block hands it.
    pub trait CoreSide {
        /// A register write on the bus.
        fn reg_write(&mut self, addr: u16, value: u32);
        /// A register read on the bus; the value returns one cycle later.
        fn reg_read(&mut self, addr: u16) -> u32;
        /// A 64-byte command descriptor the core took from `m_cmd`.
        fn command(&mut self, desc: Vec<u8>);
        /// A frame the core took from `m_inj`, with its `tuser` (`[1:0]` port,
        /// `[2]` verbatim).
        fn injected(&mut self, tuser: u8, frame: Vec<u8>);
    }

    /// The core's ports towards the block: what it offers (completions, notify
    /// records, exception frames) and how it takes (`cmd_ready`, `inj_ready`).
    #[derive(Debug)]
    pub struct CorePorts {
        /// Completions the core will return.
        pub cpls: VecDeque<Vec<u8>>,
        /// Notify records the core will emit.
        pub notifies: VecDeque<Vec<u8>>,
        /// Exception frames `(tuser, bytes)` the core will emit, in 8-byte beats.
        pub excs: VecDeque<(u128, Vec<u8>)>,
        /// The core takes commands.
        pub cmd_ready: bool,
        /// The core takes injected beats.
        pub inj_ready: bool,
        exc_off: usize,
        inj_cur: Vec<u8>,
        rvalid: Option<u32>,
    }

    impl Default for CorePorts {
        fn default() -> Self {
            CorePorts {
                cpls: VecDeque::new(),
                notifies: VecDeque::new(),
                excs: VecDeque::new(),
                cmd_ready: true,
                inj_ready: true,
                exc_off: 0,
                inj_cur: Vec::new(),
                rvalid: None,
            }
        }
    }

    impl CorePorts {
        /// Nothing offered to the block and no read data due.
        pub fn idle(&self) -> bool {
            self.cpls.is_empty()
                && self.notifies.is_empty()
                && self.excs.is_empty()
                && self.rvalid.is_none()
        }

        /// Drives the block's core-side inputs for this clock (before it settles).
        pub fn drive(&mut self, u: &mut Mgmt) {
            u.reg_rvalid.next = self.rvalid.is_some();
            u.reg_rdata.next = u64::from(self.rvalid.take().unwrap_or(0)).into();
            u.m_cmd_tready.next = self.cmd_ready;
            u.m_inj_tready.next = self.inj_ready;
            u.s_cpl_tvalid.next = !self.cpls.is_empty();
            if let Some(c) = self.cpls.front() {
                u.s_cpl_tdata.next = bits_from_bytes(c);
            }
            u.s_notify_tvalid.next = !self.notifies.is_empty();
            if let Some(n) = self.notifies.front() {
                u.s_notify_tdata.next = bits_from_bytes(n);
            }
            u.s_exc_tvalid.next = !self.excs.is_empty();
            if let Some((user, f)) = self.excs.front() {
                let n = (f.len() - self.exc_off).min(8);
                u.s_exc_tdata.next = bits_from_bytes(&f[self.exc_off..self.exc_off + n]);
                u.s_exc_tkeep.next = ((1u64 << n) - 1).into();
                u.s_exc_tlast.next = self.exc_off + n == f.len();
                u.s_exc_tuser.next = bits_from_bytes(&user.to_le_bytes());
            }
        }

        /// Takes the block's core-side outputs of this clock (after it settled, before
        /// the clock edge) and hands them to `core`.
        pub fn collect(&mut self, u: &Mgmt, core: &mut impl CoreSide) {
            if u.reg_wr.val() {
                core.reg_write(
                    u.reg_addr.val().to_u64() as u16,
                    u.reg_wdata.val().to_u64() as u32,
                );
            }
            if u.reg_rd.val() {
                self.rvalid = Some(core.reg_read(u.reg_addr.val().to_u64() as u16));
            }
            if u.m_cmd_tvalid.val() && self.cmd_ready {
                core.command(bytes_from_bits(&u.m_cmd_tdata.val(), 64));
            }
            if u.s_cpl_tvalid.val() && u.s_cpl_tready.val() {
                self.cpls.pop_front();
            }
            if u.s_notify_tvalid.val() && u.s_notify_tready.val() {
                self.notifies.pop_front();
            }
            if u.s_exc_tvalid.val() {
                assert!(u.s_exc_tready.val(), "m_exc must never stall the core");
                let len = self.excs.front().map_or(0, |e| e.1.len());
                self.exc_off += 8;
                if self.exc_off >= len {
                    self.exc_off = 0;
                    self.excs.pop_front();
                }
            }
            if u.m_inj_tvalid.val() && self.inj_ready {
                let n = u.m_inj_tkeep.val().to_u64().count_ones() as usize;
                self.inj_cur
                    .extend(bytes_from_bits(&u.m_inj_tdata.val(), n));
                if u.m_inj_tlast.val() {
                    let user = u.m_inj_tuser.val().to_u64() as u8;
                    core.injected(user, std::mem::take(&mut self.inj_cur));
                }
            }
        }
    }
}

/// A host's view of the line for tests: frames to line levels, line levels to frames,
/// and the core's ports played by queues and a register file.
#[cfg(test)]
pub(crate) mod testbench {
    use super::testing::{CorePorts, CoreSide};
    use super::*;
    use crate::board::uart::line;
    use crate::testing::settle;
    use crate::tick;
    pub use fpvs_abi::mgmt::encode;
    use fpvs_abi::mgmt::{Deframed, Deframer};
    use std::collections::{HashMap, VecDeque};

    /// A register file behind the bus, and what the core took.
    #[derive(Debug, Default)]
    pub struct Core {
        /// Register file behind the bus.
        pub regs: HashMap<u16, u32>,
        /// Register writes seen.
        pub reg_writes: usize,
        /// Commands the core took.
        pub cmds: Vec<Vec<u8>>,
        /// Injected frames `(tuser, bytes)` the core took.
        pub injected: Vec<(u8, Vec<u8>)>,
    }

    impl CoreSide for Core {
        fn reg_write(&mut self, addr: u16, value: u32) {
            self.regs.insert(addr, value);
            self.reg_writes += 1;
        }
        fn reg_read(&mut self, addr: u16) -> u32 {
            self.regs.get(&addr).copied().unwrap_or(0)
        }
        fn command(&mut self, desc: Vec<u8>) {
            self.cmds.push(desc);
        }
        fn injected(&mut self, tuser: u8, frame: Vec<u8>) {
            self.injected.push((tuser, frame));
        }
    }

    /// The block with the core's ports modelled.
    pub struct Bench {
        /// The block.
        pub uut: Mgmt,
        div: usize,
        line_in: VecDeque<bool>,
        dec: line::Decoder,
        deframer: Deframer,
        bad: usize,
        /// Frames from the card, in order.
        pub frames: VecDeque<(u8, Vec<u8>)>,
        /// The core's ports.
        pub ports: CorePorts,
        /// The core behind them.
        pub core: Core,
        /// Cycles run.
        pub cycles: u64,
    }

    impl Bench {
        /// A block at `div` clocks per bit.
        pub fn new(div: usize) -> Self {
            let mut uut = Mgmt::new(div as u64);
            uut.connect_all();
            Bench {
                uut,
                div,
                line_in: VecDeque::new(),
                dec: Default::default(),
                deframer: Default::default(),
                bad: 0,
                frames: VecDeque::new(),
                ports: CorePorts::default(),
                core: Core::default(),
                cycles: 0,
            }
        }

        /// Queues raw bytes on the line to the card.
        pub fn send_raw(&mut self, bytes: &[u8]) {
            self.line_in.extend(line::serial(bytes, self.div));
        }

        /// Frames whose CRC failed on the way to the host.
        pub fn bad_frames(&self) -> usize {
            self.bad
        }

        /// One clock.
        pub fn step(&mut self) {
            let u = &mut self.uut;
            u.rx.next = self.line_in.pop_front().unwrap_or(true);
            self.ports.inj_ready = self.cycles % 3 != 0;
            self.ports.drive(u);
            settle(u);
            self.ports.collect(u, &mut self.core);
            let level = u.tx.val();
            tick!(*u);
            self.cycles += 1;
            if let Some(b) = self.dec.feed(level, self.div) {
                match self.deframer.feed(b) {
                    Some(Deframed::Frame(f)) => self.frames.push_back((f.ty, f.body)),
                    Some(Deframed::Bad) => self.bad += 1,
                    None => {}
                }
            }
        }

        /// Runs until the line to the card is drained and `n` frames have come back (or
        /// `max` cycles, then panics).
        pub fn run_for_frames(&mut self, n: usize, max: u64) {
            let end = self.cycles + max;
            while !self.line_in.is_empty() || self.frames.len() < n {
                assert!(
                    self.cycles < end,
                    "timed out; frames so far {:?}; bad {} overruns {} act {} n {}",
                    self.frames,
                    self.uut.bad.q.val().to_u64(),
                    self.uut.overrun.q.val().to_u64(),
                    self.uut.act.q.val().to_u64(),
                    self.uut.n.q.val().to_u64(),
                );
                self.step();
            }
        }

        /// Runs `n` cycles.
        pub fn run(&mut self, n: u64) {
            for _ in 0..n {
                self.step();
            }
        }

        /// Sends a frame and waits for one reply.
        pub fn request(&mut self, ty: u8, body: &[u8]) -> (u8, Vec<u8>) {
            self.send_raw(&encode(ty, body));
            self.run_for_frames(1, 400 * self.div as u64 * (body.len() as u64 + 10));
            self.frames.pop_front().unwrap()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testbench::{encode, Bench};
    use super::*;
    use crate::testing::check_verilog;

    const DIV: usize = 16;

    fn status(b: &mut Bench, seq: u8) -> [u16; 3] {
        let (ty, body) = b.request(kind::STATUS, &[seq]);
        assert_eq!((ty, body.len(), body[0]), (kind::STATUS_REPLY, 8, seq));
        let w = |i: usize| u16::from_le_bytes([body[i], body[i + 1]]);
        [w(2), w(4), w(6)]
    }

    #[test]
    fn every_frame_type_in_and_out_and_a_bad_frame_costs_only_itself() {
        let mut b = Bench::new(DIV);
        assert_eq!(status(&mut b, 0), [0, 0, 0]);

        // Register write, then read back.
        let (ty, body) = b.request(kind::REG_WRITE, &[1, 0x0C, 0x01, 0xEF, 0xBE, 0xAD, 0xDE]);
        assert_eq!((ty, body), (kind::ACK, vec![1]));
        assert_eq!(b.core.regs.get(&0x010C), Some(&0xDEAD_BEEF));
        let (ty, body) = b.request(kind::REG_READ, &[2, 0x0C, 0x01]);
        assert_eq!(
            (ty, body),
            (kind::REG_DATA, vec![2, 0xEF, 0xBE, 0xAD, 0xDE])
        );

        // A command with bytes that need escaping; its completion comes back.
        let desc: Vec<u8> = (0..64u32)
            .map(|i| [0xC0, 0xDB, i as u8][i as usize % 3])
            .collect();
        let mut body = vec![3];
        body.extend_from_slice(&desc);
        let (ty, ack) = b.request(kind::COMMAND, &body);
        assert_eq!((ty, ack), (kind::ACK, vec![3]));
        assert_eq!(b.core.cmds, vec![desc.clone()]);
        let mut cpl = desc.clone();
        cpl[1] = 0x7F;
        b.ports.cpls.push_back(cpl.clone());
        b.run_for_frames(1, 200_000);
        assert_eq!(b.frames.pop_front(), Some((kind::COMPLETION, cpl)));

        // A corrupted frame and one with a lost byte: dropped, counted, no reply; the
        // next frame works.
        let mut f = encode(kind::REG_WRITE, &[4, 0x0C, 0x01, 1, 2, 3, 4]);
        f[5] ^= 0x10;
        b.send_raw(&f);
        let mut f = encode(kind::REG_WRITE, &[4, 0x0C, 0x01, 1, 2, 3, 4]);
        f.remove(3);
        b.send_raw(&f);
        b.send_raw(&[0x55, 0x66]);
        b.run(2_000);
        assert!(b.frames.is_empty());
        assert_eq!(b.core.reg_writes, 1);
        assert_eq!(status(&mut b, 4), [3, 0, 0]);
        let (ty, _) = b.request(kind::REG_WRITE, &[4, 0x0C, 0x01, 1, 2, 3, 4]);
        assert_eq!(ty, kind::ACK);
        assert_eq!(b.core.regs.get(&0x010C), Some(&0x0403_0201));
        // A repeat (the host lost the ACK) is acknowledged, not executed again.
        b.core.regs.insert(0x010C, 7);
        let (ty, body) = b.request(kind::REG_WRITE, &[4, 0x0C, 0x01, 1, 2, 3, 4]);
        assert_eq!((ty, body), (kind::ACK, vec![4]));
        assert_eq!((b.core.reg_writes, b.core.regs[&0x010C]), (2, 7));

        // Injection: target byte then the frame, delivered in beats.
        let frame: Vec<u8> = (0..77u32).map(|i| (i * 7) as u8).collect();
        let mut body = vec![5, 0b101];
        body.extend_from_slice(&frame);
        let (ty, ack) = b.request(kind::INJECT, &body);
        assert_eq!((ty, ack), (kind::ACK, vec![5]));
        assert_eq!(b.core.injected, vec![(0b101, frame)]);

        // A notify record.
        let rec: Vec<u8> = (0..32).map(|i| 0xC0 ^ i as u8).collect();
        b.ports.notifies.push_back(rec.clone());
        b.run_for_frames(1, 200_000);
        assert_eq!(b.frames.pop_front(), Some((kind::NOTIFY, rec)));

        // Two exceptions back to back: the first (200 bytes) arrives with its metadata
        // and its first 128 bytes; the second finds the buffer full and is counted.
        let user: u128 = 0x1234_5678_9ABC_DEF0_0F1E_2D3C_4B5A_6978 & !1;
        let big: Vec<u8> = (0..200u32).map(|i| (i * 3) as u8).collect();
        b.ports.excs.push_back((user, big.clone()));
        b.ports.excs.push_back((user ^ 2, vec![9; 60]));
        b.run_for_frames(1, 400_000);
        let (ty, body) = b.frames.pop_front().unwrap();
        assert_eq!(ty, kind::EXCEPTION);
        assert_eq!(body[..16], user.to_le_bytes());
        assert_eq!(u16::from_le_bytes([body[16], body[17]]), 200);
        assert_eq!(body[18..], big[..EXC_BYTES]);
        assert_eq!(status(&mut b, 6), [3, 0, 1]);
        // A short one after that arrives whole.
        b.ports.excs.push_back((user ^ 4, vec![0xDB; 61]));
        b.run_for_frames(1, 400_000);
        let (ty, body) = b.frames.pop_front().unwrap();
        assert_eq!((ty, body.len()), (kind::EXCEPTION, 18 + 61));
        assert_eq!(body[18..], [0xDB; 61]);
        assert_eq!(b.bad_frames(), 0);
        // A frame sent while the previous one executes is an overrun: the core holds
        // the command (not ready) while a second frame arrives.
        b.ports.cmd_ready = false;
        let mut body = vec![7];
        body.extend_from_slice(&desc);
        b.send_raw(&encode(kind::COMMAND, &body));
        b.send_raw(&encode(kind::REG_WRITE, &[8, 0x0C, 0x01, 1, 2, 3, 4]));
        b.run_for_frames(0, 100_000);
        b.run(1_000);
        assert!(b.frames.is_empty());
        b.ports.cmd_ready = true;
        b.run_for_frames(1, 100_000);
        assert_eq!(b.frames.pop_front(), Some((kind::ACK, vec![7])));
        assert_eq!(b.core.cmds.len(), 2);
        assert_eq!(status(&mut b, 9), [3, 1, 1]);
        assert_eq!(b.core.injected.len(), 1);
        eprintln!("{} cycles", b.cycles);
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut = Mgmt::new(1085);
        uut.connect_all();
        check_verilog("mgmt", &uut);
    }
}
