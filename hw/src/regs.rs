//! The register blocks the pipeline implements (`fpvs_abi::regs`): ID, CTRL, STATS and
//! RATELIMIT, on a simple bus (address, write strobe, read strobe; read data one clock
//! after the strobe). Also the timestamp clock.
//!
//! Offsets below are literals because rust-hdl cannot name Rust constants inside
//! `hdl_gen`; `tests::registers_agree_with_the_abi` reads every register the ABI
//! describes and checks type, version, chain, values and access against `fpvs-abi`.

use crate::retire::STATS_BITS;
use fpvs_abi::regs;
use rust_hdl::prelude::*;

/// What the ID block reports.
#[derive(Clone, Copy, Debug)]
pub struct BuildInfo {
    /// Bytes per beat.
    pub width: u8,
    /// Flow table geometry.
    pub flow_geometry: fpvs_abi::FlowGeometry,
    /// Service table geometry.
    pub service_geometry: fpvs_abi::FlowGeometry,
    /// Maglev slots.
    pub maglev_slots: u32,
    /// Real servers.
    pub real_servers: u32,
    /// Next hops.
    pub nexthops: u32,
    /// Services.
    pub services: u32,
    /// Core clock in kHz.
    pub clock_khz: u32,
}

impl BuildInfo {
    /// The ID block's words from `MAGIC` on, in order.
    pub fn id_words(&self) -> [u32; 11] {
        [
            regs::id::MAGIC_VALUE,
            fpvs_abi::ABI_VERSION,
            self.width as u32 | (fpvs_abi::ETH_PORTS as u32) << 8,
            self.flow_geometry.to_reg(),
            self.service_geometry.to_reg(),
            self.maglev_slots,
            self.real_servers,
            self.nexthops,
            self.services,
            self.clock_khz,
            self.build_id(),
        ]
    }

    /// A hash of the build parameters: two bitstreams with the same id agree on every
    /// size the driver relies on.
    pub fn build_id(&self) -> u32 {
        let mut bytes = Vec::new();
        for w in [
            self.width as u32,
            self.flow_geometry.to_reg(),
            self.service_geometry.to_reg(),
            self.maglev_slots,
            self.real_servers,
            self.nexthops,
            self.services,
            self.clock_khz,
            fpvs_abi::ABI_VERSION,
        ] {
            bytes.extend_from_slice(&w.to_le_bytes());
        }
        fpvs_abi::hash::crc32c(&bytes)
    }
}

/// The register blocks.
#[derive(LogicBlock)]
pub struct Registers {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // bus
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
    // live values
    /// Retire's STATS counters.
    pub stats: Signal<In, Bits<STATS_BITS>>,
    /// A frame entered the pipeline.
    pub rx_pulse: Signal<In, Bit>,
    /// A frame came from the host.
    pub inj_pulse: Signal<In, Bit>,
    /// Token buckets.
    pub rl_tokens: Signal<In, Bits<48>>,
    /// Rate-limited exceptions.
    pub rl_limited: Signal<In, Bits<96>>,
    // settings
    /// `TUN_MTU`.
    pub tun_mtu: Signal<Out, Bits<16>>,
    /// `TUN_TTL`.
    pub tun_ttl: Signal<Out, Bits<8>>,
    /// Timestamp now.
    pub ts_now: Signal<Out, Bits<32>>,
    /// `PERIOD`.
    pub rl_period: Signal<Out, Bits<32>>,
    /// `RATE` per class.
    pub rl_rate: Signal<Out, Bits<48>>,
    /// `BURST` per class.
    pub rl_burst: Signal<Out, Bits<48>>,
    // registers
    scratch: DFF<Bits<32>>,
    mtu: DFFWithInit<Bits<16>>,
    ttl: DFFWithInit<Bits<8>>,
    prescale: DFFWithInit<Bits<32>>,
    now: DFF<Bits<32>>,
    tick_count: DFF<Bits<32>>,
    period: DFF<Bits<32>>,
    rate: DFF<Bits<48>>,
    burst: DFF<Bits<48>>,
    rx: DFF<Bits<32>>,
    inj: DFF<Bits<32>>,
    rdata: DFF<Bits<32>>,
    rvalid: DFF<Bit>,
    // locals
    a: Signal<Local, Bits<16>>,
    v: Signal<Local, Bits<32>>,
    cls: Signal<Local, Bits<2>>,
    id_word: Signal<Local, Bits<4>>,
    stat_word: Signal<Local, Bits<5>>,
    is_stat: Signal<Local, Bit>,
    // constants
    id_words: Constant<Bits<352>>,
    prescale_reset: Constant<Bits<32>>,
}

impl Registers {
    /// Registers reporting `info`.
    pub fn new(info: BuildInfo) -> Self {
        let mut packed: Bits<352> = Bits::default();
        for (i, w) in info.id_words().iter().enumerate() {
            packed = packed | (bit_cast::<352, 32>((*w as u64).into()) << (32 * i as u64));
        }
        Registers {
            clock: Default::default(),
            reg_addr: Default::default(),
            reg_wdata: Default::default(),
            reg_wr: Default::default(),
            reg_rd: Default::default(),
            reg_rdata: Default::default(),
            reg_rvalid: Default::default(),
            stats: Default::default(),
            rx_pulse: Default::default(),
            inj_pulse: Default::default(),
            rl_tokens: Default::default(),
            rl_limited: Default::default(),
            tun_mtu: Default::default(),
            tun_ttl: Default::default(),
            ts_now: Default::default(),
            rl_period: Default::default(),
            rl_rate: Default::default(),
            rl_burst: Default::default(),
            scratch: Default::default(),
            mtu: DFFWithInit::new((regs::ctrl::TUN_MTU_RESET as u64).into()),
            ttl: DFFWithInit::new((regs::ctrl::TUN_TTL_RESET as u64).into()),
            prescale: DFFWithInit::new((info.clock_khz as u64).into()),
            now: Default::default(),
            tick_count: Default::default(),
            period: Default::default(),
            rate: Default::default(),
            burst: Default::default(),
            rx: Default::default(),
            inj: Default::default(),
            rdata: Default::default(),
            rvalid: Default::default(),
            a: Default::default(),
            v: Default::default(),
            cls: Default::default(),
            id_word: Default::default(),
            stat_word: Default::default(),
            is_stat: Default::default(),
            id_words: Constant::new(packed),
            prescale_reset: Constant::new((info.clock_khz as u64).into()),
        }
    }
}

impl Logic for Registers {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, scratch, mtu, ttl, prescale, now, tick_count, period, rate, burst, rx,
            inj, rdata, rvalid
        );
        self.a.next = self.reg_addr.val();
        // Timestamp: `prescale` cycles per tick (0 stops it); writes set it.
        self.tick_count.d.next = self.tick_count.q.val() + 1;
        if (self.tick_count.q.val() + 1 >= self.prescale.q.val()) & (self.prescale.q.val() != 0) {
            self.tick_count.d.next = 0.into();
            self.now.d.next = self.now.q.val() + 1;
        }
        if self.rx_pulse.val() {
            self.rx.d.next = self.rx.q.val() + 1;
        }
        if self.inj_pulse.val() {
            self.inj.d.next = self.inj.q.val() + 1;
        }
        // Writes: CTRL (0x10C..0x120), RATELIMIT (0x30C, classes at 0x310 + 0x10 c).
        // Reads and writes select whole words by narrow indices (the bus carries aligned
        // 32-bit words), so each is a small multiplexer, not a byte-wide shifter.
        self.cls.next = bit_cast::<2, 16>((self.a.val() - 0x0310) >> 4);
        if self.reg_wr.val() {
            if self.a.val() == 0x010C {
                self.scratch.d.next = self.reg_wdata.val();
            }
            if self.a.val() == 0x0110 {
                self.mtu.d.next = bit_cast::<16, 32>(self.reg_wdata.val());
            }
            if self.a.val() == 0x0114 {
                self.ttl.d.next = bit_cast::<8, 32>(self.reg_wdata.val());
            }
            if self.a.val() == 0x0118 {
                self.prescale.d.next = self.reg_wdata.val();
                self.tick_count.d.next = 0.into();
            }
            if self.a.val() == 0x011C {
                self.now.d.next = self.reg_wdata.val();
                self.tick_count.d.next = 0.into();
            }
            if self.a.val() == 0x030C {
                self.period.d.next = self.reg_wdata.val();
            }
            if (self.a.val() >= 0x0310) & (self.a.val() < 0x0340) {
                if (self.a.val() & 0x000F) == 0 {
                    self.rate.d.next = (self.rate.q.val()
                        & !(bit_cast::<48, 16>(0xFFFF.into())
                            << (bit_cast::<6, 2>(self.cls.val()) << 4)))
                        | (bit_cast::<48, 32>(self.reg_wdata.val() & 0xFFFF)
                            << (bit_cast::<6, 2>(self.cls.val()) << 4));
                }
                if (self.a.val() & 0x000F) == 4 {
                    self.burst.d.next = (self.burst.q.val()
                        & !(bit_cast::<48, 16>(0xFFFF.into())
                            << (bit_cast::<6, 2>(self.cls.val()) << 4)))
                        | (bit_cast::<48, 32>(self.reg_wdata.val() & 0xFFFF)
                            << (bit_cast::<6, 2>(self.cls.val()) << 4));
                }
            }
        }
        // Reads.
        self.v.next = 0.into();
        // Block headers: TYPE, VERSION, NEXT.
        if self.a.val() == 0x0000 {
            self.v.next = 0x4650_0001.into();
        }
        if self.a.val() == 0x0100 {
            self.v.next = 0x4650_0002.into();
        }
        if self.a.val() == 0x0200 {
            self.v.next = 0x4650_0003.into();
        }
        if self.a.val() == 0x0300 {
            self.v.next = 0x4650_0004.into();
        }
        if (self.a.val() == 0x0004)
            | (self.a.val() == 0x0104)
            | (self.a.val() == 0x0204)
            | (self.a.val() == 0x0304)
        {
            self.v.next = 0x0001_0000.into();
        }
        if self.a.val() == 0x0008 {
            self.v.next = 0x0100.into();
        }
        if self.a.val() == 0x0108 {
            self.v.next = 0x0200.into();
        }
        if self.a.val() == 0x0208 {
            self.v.next = 0x0300.into();
        }
        if self.a.val() == 0x0308 {
            self.v.next = 0x1000.into();
        }
        // ID: words from MAGIC (0x0C) to BUILD_ID (0x34).
        self.id_word.next = bit_cast::<4, 16>((self.a.val() - 0x000C) >> 2);
        if (self.a.val() >= 0x000C) & (self.a.val() < 0x0038) {
            self.v.next = bit_cast::<32, 352>(
                self.id_words.val() >> (bit_cast::<9, 4>(self.id_word.val()) << 5),
            );
        }
        // CTRL.
        if self.a.val() == 0x010C {
            self.v.next = self.scratch.q.val();
        }
        if self.a.val() == 0x0110 {
            self.v.next = bit_cast::<32, 16>(self.mtu.q.val());
        }
        if self.a.val() == 0x0114 {
            self.v.next = bit_cast::<32, 8>(self.ttl.q.val());
        }
        if self.a.val() == 0x0118 {
            self.v.next = self.prescale.q.val();
        }
        if self.a.val() == 0x011C {
            self.v.next = self.now.q.val();
        }
        // STATS: RX, then retire's words 0..4, INJ, then per-reason counters (words 8..32).
        if self.a.val() == 0x020C {
            self.v.next = self.rx.q.val();
        }
        self.is_stat.next = false;
        self.stat_word.next = bit_cast::<5, 16>((self.a.val() - 0x0210) >> 2);
        if (self.a.val() >= 0x0210) & (self.a.val() < 0x0224) {
            self.is_stat.next = true;
        }
        if self.a.val() == 0x0224 {
            self.v.next = self.inj.q.val();
        }
        if (self.a.val() >= 0x0240) & (self.a.val() < 0x02A0) {
            // Words 8.. of the statistics.
            self.is_stat.next = true;
            self.stat_word.next = bit_cast::<5, 16>((self.a.val() - 0x0220) >> 2);
        }
        if self.is_stat.val() {
            self.v.next = bit_cast::<32, STATS_BITS>(
                self.stats.val() >> (bit_cast::<10, 5>(self.stat_word.val()) << 5),
            );
        }
        // RATELIMIT.
        if self.a.val() == 0x030C {
            self.v.next = self.period.q.val();
        }
        if (self.a.val() >= 0x0310) & (self.a.val() < 0x0340) {
            if (self.a.val() & 0x000F) == 0 {
                self.v.next = bit_cast::<32, 48>(
                    (self.rate.q.val() >> (bit_cast::<6, 2>(self.cls.val()) << 4)) & 0xFFFF,
                );
            }
            if (self.a.val() & 0x000F) == 4 {
                self.v.next = bit_cast::<32, 48>(
                    (self.burst.q.val() >> (bit_cast::<6, 2>(self.cls.val()) << 4)) & 0xFFFF,
                );
            }
            if (self.a.val() & 0x000F) == 8 {
                self.v.next = bit_cast::<32, 48>(
                    (self.rl_tokens.val() >> (bit_cast::<6, 2>(self.cls.val()) << 4)) & 0xFFFF,
                );
            }
            if (self.a.val() & 0x000F) == 12 {
                self.v.next = bit_cast::<32, 96>(
                    self.rl_limited.val() >> (bit_cast::<7, 2>(self.cls.val()) << 5),
                );
            }
        }
        self.rdata.d.next = 0.into();
        self.rvalid.d.next = self.reg_rd.val();
        if self.reg_rd.val() {
            self.rdata.d.next = self.v.val();
        }
        self.reg_rdata.next = self.rdata.q.val();
        self.reg_rvalid.next = self.rvalid.q.val();
        self.tun_mtu.next = self.mtu.q.val();
        self.tun_ttl.next = self.ttl.q.val();
        self.ts_now.next = self.now.q.val();
        self.rl_period.next = self.period.q.val();
        self.rl_rate.next = self.rate.q.val();
        self.rl_burst.next = self.burst.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_verilog;
    use crate::tick;
    use fpvs_abi::regs::{Access, PIPELINE_BLOCKS};

    fn info() -> BuildInfo {
        BuildInfo {
            width: 8,
            flow_geometry: fpvs_abi::FlowGeometry::NARROW,
            service_geometry: fpvs_abi::FlowGeometry::SERVICES,
            maglev_slots: 4096,
            real_servers: 256,
            nexthops: 256,
            services: 256,
            clock_khz: 125_000,
        }
    }

    fn read(uut: &mut Registers, addr: u32) -> u32 {
        uut.reg_addr.next = (addr as u64).into();
        uut.reg_rd.next = true;
        tick!(*uut);
        uut.reg_rd.next = false;
        assert!(uut.reg_rvalid.val());
        uut.reg_rdata.val().to_u64() as u32
    }

    fn write(uut: &mut Registers, addr: u32, v: u32) {
        uut.reg_addr.next = (addr as u64).into();
        uut.reg_wdata.next = (v as u64).into();
        uut.reg_wr.next = true;
        tick!(*uut);
        uut.reg_wr.next = false;
    }

    #[test]
    fn registers_agree_with_the_abi() {
        let mut uut = Registers::new(info());
        uut.connect_all();
        for b in PIPELINE_BLOCKS {
            assert_eq!(read(&mut uut, b.base), b.ty, "{} TYPE", b.name);
            assert_eq!(read(&mut uut, b.base + 4), b.version, "{} VERSION", b.name);
            assert_eq!(read(&mut uut, b.base + 8), b.next, "{} NEXT", b.name);
            for r in b.regs {
                if r.access == Access::Rw && r.name != "TS_NOW" {
                    write(&mut uut, r.offset, 0x5A);
                    assert_eq!(read(&mut uut, r.offset), 0x5A, "{} read back", r.name);
                }
            }
        }
        let words = info().id_words();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(read(&mut uut, regs::id::MAGIC + 4 * i as u32), *w);
        }
        assert_eq!(read(&mut uut, regs::id::MAGIC), regs::id::MAGIC_VALUE);
        // Rate limiter classes.
        for c in [
            fpvs_abi::ReasonClass::NewFlow,
            fpvs_abi::ReasonClass::Control,
            fpvs_abi::ReasonClass::Other,
        ] {
            let rate = regs::ratelimit::class_reg(c, regs::ratelimit::RATE);
            let burst = regs::ratelimit::class_reg(c, regs::ratelimit::BURST);
            write(&mut uut, rate, 10 + c as u32);
            write(&mut uut, burst, 100 + c as u32);
            assert_eq!(read(&mut uut, rate), 10 + c as u32);
            assert_eq!(read(&mut uut, burst), 100 + c as u32);
        }
        // The timestamp runs and can be set.
        write(&mut uut, regs::ctrl::TS_PRESCALE, 2);
        write(&mut uut, regs::ctrl::TS_NOW, 1000);
        for _ in 0..10 {
            tick!(uut);
        }
        let t = read(&mut uut, regs::ctrl::TS_NOW);
        assert!((1004..=1006).contains(&t), "{t}");
        write(&mut uut, regs::ctrl::TS_PRESCALE, 0);
        let t0 = read(&mut uut, regs::ctrl::TS_NOW);
        for _ in 0..10 {
            tick!(uut);
        }
        assert_eq!(read(&mut uut, regs::ctrl::TS_NOW), t0, "stopped clock");
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut = Registers::new(info());
        uut.connect_all();
        check_verilog("registers", &uut);
    }
}
