//! Management channel over a UART (8N1): command descriptors in, completions out.
//!
//! The host writes each 64-byte `CommandDescriptor` as 64 consecutive bytes (byte 0
//! first); a pause of more than `gap` bit times between bytes restarts the assembly,
//! so a lost byte costs one command, not the alignment of all the following ones.
//! Every completed descriptor the core returns goes back as 64 bytes, byte 0 first.

use rust_hdl::prelude::*;

/// UART command bridge; `div` clocks per bit.
#[derive(LogicBlock)]
pub struct UartCmd {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Serial in (idle high).
    pub rx: Signal<In, Bit>,
    /// Serial out (idle high).
    pub tx: Signal<Out, Bit>,
    /// Command descriptor to the core.
    pub m_cmd_tdata: Signal<Out, Bits<512>>,
    /// Descriptor valid.
    pub m_cmd_tvalid: Signal<Out, Bit>,
    /// Descriptor taken.
    pub m_cmd_tready: Signal<In, Bit>,
    /// Completion from the core.
    pub s_cpl_tdata: Signal<In, Bits<512>>,
    /// Completion valid.
    pub s_cpl_tvalid: Signal<In, Bit>,
    /// Completion taken.
    pub s_cpl_tready: Signal<Out, Bit>,
    // receiver
    sync1: DFF<Bit>,
    sync2: DFF<Bit>,
    rstate: DFF<Bits<2>>,
    rcnt: DFF<Bits<16>>,
    rbit: DFF<Bits<3>>,
    rshift: DFF<Bits<8>>,
    got: DFF<Bit>,
    idle: DFF<Bits<24>>,
    idx: DFF<Bits<6>>,
    cmd: DFF<Bits<512>>,
    full: DFF<Bit>,
    // transmitter
    tbuf: DFF<Bits<512>>,
    tleft: DFF<Bits<7>>,
    tbusy: DFF<Bit>,
    tsh: DFF<Bits<10>>,
    tbits: DFF<Bits<4>>,
    tcnt: DFF<Bits<16>>,
    tbyte: Signal<Local, Bits<8>>,
    div: Constant<Bits<16>>,
    half: Constant<Bits<16>>,
    gap: Constant<Bits<24>>,
}

impl UartCmd {
    /// A bridge at `clock_hz / baud` clocks per bit.
    pub fn new(clock_hz: u64, baud: u64) -> Self {
        let div = clock_hz / baud;
        assert!((16..1 << 16).contains(&div), "baud rate out of range");
        UartCmd {
            clock: Default::default(),
            rx: Default::default(),
            tx: Default::default(),
            m_cmd_tdata: Default::default(),
            m_cmd_tvalid: Default::default(),
            m_cmd_tready: Default::default(),
            s_cpl_tdata: Default::default(),
            s_cpl_tvalid: Default::default(),
            s_cpl_tready: Default::default(),
            sync1: Default::default(),
            sync2: Default::default(),
            rstate: Default::default(),
            rcnt: Default::default(),
            rbit: Default::default(),
            rshift: Default::default(),
            got: Default::default(),
            idle: Default::default(),
            idx: Default::default(),
            cmd: Default::default(),
            full: Default::default(),
            tbuf: Default::default(),
            tleft: Default::default(),
            tbusy: Default::default(),
            tsh: Default::default(),
            tbits: Default::default(),
            tcnt: Default::default(),
            tbyte: Default::default(),
            div: Constant::new((div - 1).into()),
            half: Constant::new((div / 2).into()),
            gap: Constant::new((div * 20).into()),
        }
    }
}

impl Logic for UartCmd {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, sync1, sync2, rstate, rcnt, rbit, rshift, got, idle, idx, cmd, full, tbuf,
            tleft, tbusy, tsh, tbits, tcnt
        );
        // Receiver: 0 idle, 1 start bit, 2 data bits, 3 stop bit; sampled mid-bit.
        self.sync1.d.next = self.rx.val();
        self.sync2.d.next = self.sync1.q.val();
        self.got.d.next = false;
        if self.rstate.q.val() == 0 {
            if !self.sync2.q.val() {
                self.rstate.d.next = 1.into();
                self.rcnt.d.next = self.half.val();
            }
        } else {
            self.rcnt.d.next = self.rcnt.q.val() - 1;
            if self.rcnt.q.val() == 0 {
                self.rcnt.d.next = self.div.val();
                if self.rstate.q.val() == 1 {
                    if self.sync2.q.val() {
                        self.rstate.d.next = 0.into();
                    } else {
                        self.rstate.d.next = 2.into();
                        self.rbit.d.next = 0.into();
                    }
                } else if self.rstate.q.val() == 2 {
                    self.rshift.d.next = (self.rshift.q.val() >> 1)
                        | (bit_cast::<8, 1>(self.sync2.q.val().into()) << 7);
                    self.rbit.d.next = self.rbit.q.val() + 1;
                    if self.rbit.q.val() == 7 {
                        self.rstate.d.next = 3.into();
                    }
                } else {
                    self.rstate.d.next = 0.into();
                    self.got.d.next = self.sync2.q.val();
                }
            }
        }
        // Descriptor assembly, restarted after a pause.
        if self.idle.q.val() != self.gap.val() {
            self.idle.d.next = self.idle.q.val() + 1;
        } else {
            self.idx.d.next = 0.into();
        }
        if self.got.q.val() {
            self.idle.d.next = 0.into();
            if !self.full.q.val() {
                self.cmd.d.next =
                    (self.cmd.q.val() >> 8) | (bit_cast::<512, 8>(self.rshift.q.val()) << 504);
                self.idx.d.next = self.idx.q.val() + 1;
                if self.idx.q.val() == 63 {
                    self.full.d.next = true;
                }
            }
        }
        self.m_cmd_tdata.next = self.cmd.q.val();
        self.m_cmd_tvalid.next = self.full.q.val();
        if self.full.q.val() & self.m_cmd_tready.val() {
            self.full.d.next = false;
        }
        // Transmitter: 64 bytes per completion, 10 bits per byte.
        self.s_cpl_tready.next = !self.tbusy.q.val();
        self.tbyte.next = self.tbuf.q.val().get_bits::<8>(0);
        if self.s_cpl_tvalid.val() & !self.tbusy.q.val() {
            self.tbuf.d.next = self.s_cpl_tdata.val();
            self.tleft.d.next = 64.into();
            self.tbusy.d.next = true;
        }
        if self.tbusy.q.val() {
            if self.tbits.q.val() == 0 {
                if self.tleft.q.val() == 0 {
                    self.tbusy.d.next = false;
                } else {
                    self.tsh.d.next = (bit_cast::<10, 8>(self.tbyte.val()) << 1) | 0x200;
                    self.tbits.d.next = 10.into();
                    self.tcnt.d.next = self.div.val();
                    self.tbuf.d.next = self.tbuf.q.val() >> 8;
                    self.tleft.d.next = self.tleft.q.val() - 1;
                }
            } else {
                self.tcnt.d.next = self.tcnt.q.val() - 1;
                if self.tcnt.q.val() == 0 {
                    self.tcnt.d.next = self.div.val();
                    self.tsh.d.next = (self.tsh.q.val() >> 1) | 0x200;
                    self.tbits.d.next = self.tbits.q.val() - 1;
                }
            }
        }
        self.tx.next = true;
        if self.tbits.q.val() != 0 {
            self.tx.next = self.tsh.q.val().get_bit(0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{bits_from_bytes, bytes_from_bits, check_verilog, settle};
    use crate::tick;

    const DIV: u64 = 16;

    /// The line levels of `bytes` sent 8N1 at DIV clocks per bit.
    fn serial(bytes: &[u8]) -> Vec<bool> {
        let mut v = Vec::new();
        for b in bytes {
            let bits = std::iter::once(false)
                .chain((0..8).map(|i| b >> i & 1 == 1))
                .chain(std::iter::once(true));
            for bit in bits {
                v.extend(std::iter::repeat_n(bit, DIV as usize));
            }
        }
        v
    }

    #[test]
    fn commands_in_and_completions_out() {
        let mut uut = UartCmd::new(DIV * 1000, 1000);
        uut.connect_all();
        let d1: Vec<u8> = (0..64).map(|i| (i * 3 + 1) as u8).collect();
        let d2: Vec<u8> = (0..64).map(|i| (255 - i) as u8).collect();
        // Three stray bytes, a long pause, then two descriptors back to back.
        let mut line = serial(&[1, 2, 3]);
        line.extend(std::iter::repeat_n(true, (DIV * 30) as usize));
        line.extend(serial(&d1));
        line.extend(serial(&d2));
        line.extend(std::iter::repeat_n(true, 100));
        let mut got = Vec::new();
        for level in line {
            uut.rx.next = level;
            uut.m_cmd_tready.next = true;
            settle(&mut uut);
            if uut.m_cmd_tvalid.val() {
                got.push(bytes_from_bits(&uut.m_cmd_tdata.val(), 64));
            }
            tick!(uut);
        }
        assert_eq!(got, vec![d1.clone(), d2]);
        // A completion goes out as 64 bytes; decode the line.
        uut.s_cpl_tdata.next = bits_from_bytes(&d1);
        uut.s_cpl_tvalid.next = true;
        settle(&mut uut);
        assert!(uut.s_cpl_tready.val());
        tick!(uut);
        uut.s_cpl_tvalid.next = false;
        let mut levels = Vec::new();
        for _ in 0..(64 * 11 * DIV) {
            settle(&mut uut);
            levels.push(uut.tx.val());
            tick!(uut);
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < levels.len() {
            if !levels[i] {
                let mid = |k: u64| levels[i + (k * DIV + DIV / 2) as usize];
                assert!(!mid(0), "start bit");
                out.push((1..=8).fold(0u8, |a, k| a | (mid(k) as u8) << (k - 1)));
                assert!(mid(9), "stop bit");
                i += (9 * DIV + DIV / 2) as usize;
            } else {
                i += 1;
            }
        }
        assert_eq!(out, d1);
        assert!(uut.s_cpl_tready.val());
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut = UartCmd::new(125_000_000, 115_200);
        uut.connect_all();
        check_verilog("uart_cmd", &uut);
    }
}
