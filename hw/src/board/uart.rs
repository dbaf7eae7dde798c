//! UART byte receiver and transmitter (8N1, idle high), `div` clocks per bit.
//!
//! The receiver synchronises the line, finds the start bit's falling edge and samples
//! each bit in its middle; a byte whose stop bit reads low (a framing error or a
//! break) is not delivered. The transmitter sends one byte at a time: start bit,
//! eight data bits least significant first, stop bit.

use rust_hdl::prelude::*;

/// Checks a clocks-per-bit divisor and returns the constants both halves use.
fn divisor(div: u64) -> (Bits<16>, Bits<16>) {
    assert!(
        (8..1 << 16).contains(&div),
        "UART divisor {div} out of range"
    );
    ((div - 1).into(), (div / 2).into())
}

/// UART receiver: one `valid` pulse per byte.
#[derive(LogicBlock)]
pub struct UartRx {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Serial in (idle high).
    pub rx: Signal<In, Bit>,
    /// The byte, valid with `valid`.
    pub data: Signal<Out, Bits<8>>,
    /// A byte arrived (one clock).
    pub valid: Signal<Out, Bit>,
    sync1: DFF<Bit>,
    sync2: DFF<Bit>,
    state: DFF<Bits<2>>,
    cnt: DFF<Bits<16>>,
    nbit: DFF<Bits<3>>,
    shift: DFF<Bits<8>>,
    got: DFF<Bit>,
    div: Constant<Bits<16>>,
    half: Constant<Bits<16>>,
}

impl UartRx {
    /// A receiver at `div` clocks per bit.
    pub fn new(div: u64) -> Self {
        let (d, h) = divisor(div);
        UartRx {
            clock: Default::default(),
            rx: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            sync1: Default::default(),
            sync2: Default::default(),
            state: Default::default(),
            cnt: Default::default(),
            nbit: Default::default(),
            shift: Default::default(),
            got: Default::default(),
            div: Constant::new(d),
            half: Constant::new(h),
        }
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync1, sync2, state, cnt, nbit, shift, got);
        // 0 idle, 1 start bit, 2 data bits, 3 stop bit; sampled mid-bit.
        self.sync1.d.next = self.rx.val();
        self.sync2.d.next = self.sync1.q.val();
        self.got.d.next = false;
        if self.state.q.val() == 0 {
            if !self.sync2.q.val() {
                self.state.d.next = 1.into();
                self.cnt.d.next = self.half.val();
            }
        } else {
            self.cnt.d.next = self.cnt.q.val() - 1;
            if self.cnt.q.val() == 0 {
                self.cnt.d.next = self.div.val();
                if self.state.q.val() == 1 {
                    if self.sync2.q.val() {
                        self.state.d.next = 0.into();
                    } else {
                        self.state.d.next = 2.into();
                        self.nbit.d.next = 0.into();
                    }
                } else if self.state.q.val() == 2 {
                    self.shift.d.next = (self.shift.q.val() >> 1)
                        | (bit_cast::<8, 1>(self.sync2.q.val().into()) << 7);
                    self.nbit.d.next = self.nbit.q.val() + 1;
                    if self.nbit.q.val() == 7 {
                        self.state.d.next = 3.into();
                    }
                } else {
                    self.state.d.next = 0.into();
                    self.got.d.next = self.sync2.q.val();
                }
            }
        }
        self.data.next = self.shift.q.val();
        self.valid.next = self.got.q.val();
    }
}

/// UART transmitter: takes a byte when `ready`.
#[derive(LogicBlock)]
pub struct UartTx {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Serial out (idle high).
    pub tx: Signal<Out, Bit>,
    /// Byte to send.
    pub data: Signal<In, Bits<8>>,
    /// Send `data`.
    pub valid: Signal<In, Bit>,
    /// Idle: a byte offered now is taken.
    pub ready: Signal<Out, Bit>,
    sh: DFF<Bits<10>>,
    bits: DFF<Bits<4>>,
    cnt: DFF<Bits<16>>,
    div: Constant<Bits<16>>,
}

impl UartTx {
    /// A transmitter at `div` clocks per bit.
    pub fn new(div: u64) -> Self {
        let (d, _) = divisor(div);
        UartTx {
            clock: Default::default(),
            tx: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            ready: Default::default(),
            sh: Default::default(),
            bits: Default::default(),
            cnt: Default::default(),
            div: Constant::new(d),
        }
    }
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sh, bits, cnt);
        self.ready.next = self.bits.q.val() == 0;
        if self.bits.q.val() == 0 {
            if self.valid.val() {
                self.sh.d.next = (bit_cast::<10, 8>(self.data.val()) << 1) | 0x200;
                self.bits.d.next = 10.into();
                self.cnt.d.next = self.div.val();
            }
        } else {
            self.cnt.d.next = self.cnt.q.val() - 1;
            if self.cnt.q.val() == 0 {
                self.cnt.d.next = self.div.val();
                self.sh.d.next = (self.sh.q.val() >> 1) | 0x200;
                self.bits.d.next = self.bits.q.val() - 1;
            }
        }
        self.tx.next = true;
        if self.bits.q.val() != 0 {
            self.tx.next = self.sh.q.val().get_bit(0);
        }
    }
}

/// Line levels and decoding for tests: bytes to 8N1 levels and back.
pub mod line {
    /// The line levels of `bytes` sent 8N1 at `div` clocks per bit.
    pub fn serial(bytes: &[u8], div: usize) -> Vec<bool> {
        let mut v = Vec::new();
        for b in bytes {
            let bits = std::iter::once(false)
                .chain((0..8).map(|i| b >> i & 1 == 1))
                .chain(std::iter::once(true));
            for bit in bits {
                v.extend(std::iter::repeat_n(bit, div));
            }
        }
        v
    }

    /// Decodes 8N1 bytes from a level trace sampled every clock.
    #[derive(Debug, Default)]
    pub struct Decoder {
        run: Option<usize>,
        sampled: Vec<bool>,
        /// Bytes whose stop bit was low (the byte is still returned).
        pub framing_errors: usize,
    }

    impl Decoder {
        /// Feeds one clock's level; returns a byte when its stop bit has been sampled.
        pub fn feed(&mut self, level: bool, div: usize) -> Option<u8> {
            match self.run {
                None => {
                    if !level {
                        self.run = Some(0);
                        self.sampled.clear();
                    }
                    None
                }
                Some(t) => {
                    let t = t + 1;
                    self.run = Some(t);
                    if t % div == div / 2 {
                        self.sampled.push(level);
                        if self.sampled.len() == 10 {
                            self.run = None;
                            if !self.sampled[9] {
                                self.framing_errors += 1;
                            }
                            let b = (0..8).fold(0u8, |a, k| a | (self.sampled[k + 1] as u8) << k);
                            return Some(b);
                        }
                    }
                    None
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_verilog;
    use crate::tick;

    const DIV: usize = 16;

    #[test]
    fn bytes_loop_back_through_both_halves() {
        let mut rx = UartRx::new(DIV as u64);
        let mut tx = UartTx::new(DIV as u64);
        rx.connect_all();
        tx.connect_all();
        let bytes: Vec<u8> = vec![0x00, 0xFF, 0x55, 0xC0, 0xDB, 0x01, 0x80];
        // Receiver: the bytes after a glitch shorter than half a bit.
        let mut levels = vec![true; 20];
        levels.extend([false; 3]);
        levels.extend([true; 40]);
        levels.extend(line::serial(&bytes, DIV));
        levels.extend([true; 40]);
        let mut got = Vec::new();
        for l in levels {
            rx.rx.next = l;
            tick!(rx);
            if rx.valid.val() {
                got.push(rx.data.val().to_u64() as u8);
            }
        }
        assert_eq!(got, bytes);
        // Transmitter: offered back to back, decoded from the line.
        let mut dec = line::Decoder::default();
        let mut out = Vec::new();
        let mut next = 0;
        for _ in 0..(bytes.len() + 2) * 10 * DIV {
            tx.valid.next = next < bytes.len();
            if next < bytes.len() {
                tx.data.next = (bytes[next] as u64).into();
            }
            crate::testing::settle(&mut tx);
            let take = tx.ready.val() && tx.valid.val();
            if let Some(b) = dec.feed(tx.tx.val(), DIV) {
                out.push(b);
            }
            tick!(tx);
            if take {
                next += 1;
            }
        }
        assert_eq!(out, bytes);
        assert_eq!(dec.framing_errors, 0);
    }

    #[test]
    fn verilog_is_clean() {
        let mut rx = UartRx::new(1085);
        rx.connect_all();
        check_verilog("uart_rx", &rx);
        let mut tx = UartTx::new(1085);
        tx.connect_all();
        check_verilog("uart_tx", &tx);
    }
}
