//! The register blocks the pipeline implements (`fpvs_abi::regs`): ID, CTRL, STATS and
//! RATELIMIT, on a simple bus (address, write strobe, read strobe; read data one clock
//! after the strobe). Also the timestamp clock.
//!
//! The decode follows the ABI: every address it compares against (each register, each
//! block's `TYPE` / `VERSION` / `NEXT` word, the bounds of the ID words, of the STATS
//! counters and of the rate limiter's classes) and every header value is a `Constant`
//! that [`RegisterBlocks::new`] fills from `fpvs_abi::regs`, and that the generated Verilog
//! carries as a `localparam`; `update` holds no offset of its own (rust-hdl cannot name
//! a Rust constant inside `hdl_gen`). What the decode cannot follow — the width of a
//! class's field, the STATS counters in the order of retire's bundle, a class stride of
//! 16 bytes — `new` asserts, so an ABI the decode does not fit stops the generator.
//! `tests::registers_agree_with_the_abi` walks the tables of `fpvs_abi::regs`, every
//! element of every array included, and checks type, version, chain, values and access
//! against them; the committed Verilog (`sim/rtl/`, `hw/board/`) is regenerated and
//! compared by tests, so an offset changed in `fpvs-abi` fails them until regenerated.

use crate::retire::{stat_word, STATS_BITS};
use fpvs_abi::regs::{self, ctrl, id, ratelimit as rl, stats, BlockDesc};
use fpvs_abi::ReasonClass;
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
    /// The ID block's registers from `MAGIC` on: offset and value.
    pub fn id_registers(&self) -> [(u32, u32); 11] {
        [
            (id::MAGIC, id::MAGIC_VALUE),
            (id::ABI_VERSION, fpvs_abi::ABI_VERSION),
            (
                id::BUILD,
                self.width as u32 | (fpvs_abi::ETH_PORTS as u32) << 8,
            ),
            (id::FLOW_GEOMETRY, self.flow_geometry.to_reg()),
            (id::SERVICE_GEOMETRY, self.service_geometry.to_reg()),
            (id::MAGLEV_SLOTS, self.maglev_slots),
            (id::REAL_SERVERS, self.real_servers),
            (id::NEXTHOPS, self.nexthops),
            (id::SERVICES, self.services),
            (id::CLOCK_KHZ, self.clock_khz),
            (id::BUILD_ID, self.build_id()),
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
pub struct RegisterBlocks {
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
    // constants: values
    id_words: Constant<Bits<352>>,
    prescale_reset: Constant<Bits<32>>,
    // constants: the register map (`fpvs_abi::regs`); `at_` a register's byte address,
    // `end_` the first address past a range, `_type` / `_version` / `_next` what a
    // block's header words read
    at_id_type: Constant<Bits<16>>,
    at_id_version: Constant<Bits<16>>,
    at_id_next: Constant<Bits<16>>,
    id_type: Constant<Bits<32>>,
    id_version: Constant<Bits<32>>,
    id_next: Constant<Bits<32>>,
    at_id_words: Constant<Bits<16>>,
    end_id_words: Constant<Bits<16>>,
    at_ctrl_type: Constant<Bits<16>>,
    at_ctrl_version: Constant<Bits<16>>,
    at_ctrl_next: Constant<Bits<16>>,
    ctrl_type: Constant<Bits<32>>,
    ctrl_version: Constant<Bits<32>>,
    ctrl_next: Constant<Bits<32>>,
    at_scratch: Constant<Bits<16>>,
    at_tun_mtu: Constant<Bits<16>>,
    at_tun_ttl: Constant<Bits<16>>,
    at_ts_prescale: Constant<Bits<16>>,
    at_ts_now: Constant<Bits<16>>,
    at_stats_type: Constant<Bits<16>>,
    at_stats_version: Constant<Bits<16>>,
    at_stats_next: Constant<Bits<16>>,
    stats_type: Constant<Bits<32>>,
    stats_version: Constant<Bits<32>>,
    stats_next: Constant<Bits<32>>,
    at_rx_frames: Constant<Bits<16>>,
    at_frames: Constant<Bits<16>>,
    end_frames: Constant<Bits<16>>,
    at_inj_frames: Constant<Bits<16>>,
    at_counters: Constant<Bits<16>>,
    end_counters: Constant<Bits<16>>,
    counters_origin: Constant<Bits<16>>,
    at_rl_type: Constant<Bits<16>>,
    at_rl_version: Constant<Bits<16>>,
    at_rl_next: Constant<Bits<16>>,
    rl_type: Constant<Bits<32>>,
    rl_version: Constant<Bits<32>>,
    rl_next: Constant<Bits<32>>,
    at_period: Constant<Bits<16>>,
    at_classes: Constant<Bits<16>>,
    end_classes: Constant<Bits<16>>,
    class_reg_mask: Constant<Bits<16>>,
    at_rate: Constant<Bits<16>>,
    at_burst: Constant<Bits<16>>,
    at_tokens: Constant<Bits<16>>,
    at_limited: Constant<Bits<16>>,
}

/// A byte address on the 16-bit register bus.
fn addr(offset: u32) -> Constant<Bits<16>> {
    assert!(
        offset <= 0xFFFF,
        "{offset:#x} is beyond the 16-bit register bus"
    );
    Constant::new((offset as u64).into())
}

/// A 32-bit register value.
fn word(v: u32) -> Constant<Bits<32>> {
    Constant::new((v as u64).into())
}

/// The pipeline block of type `ty`.
fn block(ty: u32) -> BlockDesc {
    *regs::PIPELINE_BLOCKS
        .iter()
        .find(|b| b.ty == ty)
        .unwrap_or_else(|| panic!("no pipeline block of type {ty:#x}"))
}

impl RegisterBlocks {
    /// The register blocks reporting `info`, decoding the map of `fpvs_abi::regs`.
    pub fn new(info: BuildInfo) -> Self {
        // ID: the words from MAGIC on, in consecutive words (in any order).
        let id_regs = info.id_registers();
        let id_start = id_regs.iter().map(|r| r.0).min().expect("ID registers");
        let mut packed: Bits<352> = Bits::default();
        let mut slots = 0u32;
        for (offset, w) in id_regs {
            let slot = (offset - id_start) / 4;
            assert!(
                offset % 4 == 0 && slot < 11 && slots & (1 << slot) == 0,
                "the ID registers must be 11 consecutive words ({offset:#x})"
            );
            slots |= 1 << slot;
            packed = packed | (bit_cast::<352, 32>((w as u64).into()) << (32 * slot as u64));
        }
        // STATS: the frame counters are retire's words 0..5 and the per-reason counters
        // its words 8..32, each at 4 bytes per word, read through two windows.
        let frames = [
            (stats::FWD_FRAMES, stat_word::FWD),
            (stats::EXC_FRAMES, stat_word::EXC),
            (stats::DROP_FRAMES, stat_word::DROP),
            (stats::NOTIFY_RECORDS, stat_word::NOTIFY),
            (stats::NOTIFY_DROPS, stat_word::NOTIFY_DROPS),
        ];
        for (offset, w) in frames {
            assert_eq!(
                offset,
                stats::FWD_FRAMES + 4 * w as u32,
                "STATS frame counters follow retire's words"
            );
        }
        assert_eq!(stat_word::FWD, 0);
        let (exc, drop) = (stats::EXC_COUNT_ARRAY, stats::DROP_COUNT_ARRAY);
        let origin = exc.base - 4 * stat_word::EXC_COUNT as u32;
        assert!(
            exc.stride == 4
                && drop.stride == 4
                && exc.end() == origin + 4 * stat_word::DROP_COUNT as u32
                && drop.base == exc.end()
                && drop.end() == origin + (STATS_BITS / 8) as u32,
            "the STATS counter arrays follow retire's words 8..32"
        );
        // RATELIMIT: a 16-bit field per class in `rate`, `burst` and `rl_tokens`; the
        // class is the address above bit 4, the register its low four bits.
        let classes = rl::CLASS_ARRAY;
        assert!(
            classes.count as usize == ReasonClass::COUNT
                && ReasonClass::COUNT == 3
                && classes.stride == 16
                && classes.base % classes.stride == 0,
            "the rate limiter's classes: 3, 16 bytes apart, aligned"
        );
        let (id_b, ctrl_b, stats_b, rl_b) = (
            block(regs::block_type::ID),
            block(regs::block_type::CTRL),
            block(regs::block_type::STATS),
            block(regs::block_type::RATELIMIT),
        );
        use regs::header::{NEXT, TYPE, VERSION};
        RegisterBlocks {
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
            mtu: DFFWithInit::new((ctrl::TUN_MTU_RESET as u64).into()),
            ttl: DFFWithInit::new((ctrl::TUN_TTL_RESET as u64).into()),
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
            at_id_type: addr(id_b.base + TYPE),
            at_id_version: addr(id_b.base + VERSION),
            at_id_next: addr(id_b.base + NEXT),
            id_type: word(id_b.ty),
            id_version: word(id_b.version),
            id_next: word(id_b.next),
            at_id_words: addr(id_start),
            end_id_words: addr(id_start + 4 * 11),
            at_ctrl_type: addr(ctrl_b.base + TYPE),
            at_ctrl_version: addr(ctrl_b.base + VERSION),
            at_ctrl_next: addr(ctrl_b.base + NEXT),
            ctrl_type: word(ctrl_b.ty),
            ctrl_version: word(ctrl_b.version),
            ctrl_next: word(ctrl_b.next),
            at_scratch: addr(ctrl::SCRATCH),
            at_tun_mtu: addr(ctrl::TUN_MTU),
            at_tun_ttl: addr(ctrl::TUN_TTL),
            at_ts_prescale: addr(ctrl::TS_PRESCALE),
            at_ts_now: addr(ctrl::TS_NOW),
            at_stats_type: addr(stats_b.base + TYPE),
            at_stats_version: addr(stats_b.base + VERSION),
            at_stats_next: addr(stats_b.base + NEXT),
            stats_type: word(stats_b.ty),
            stats_version: word(stats_b.version),
            stats_next: word(stats_b.next),
            at_rx_frames: addr(stats::RX_FRAMES),
            at_frames: addr(stats::FWD_FRAMES),
            end_frames: addr(stats::FWD_FRAMES + 4 * frames.len() as u32),
            at_inj_frames: addr(stats::INJ_FRAMES),
            at_counters: addr(exc.base),
            end_counters: addr(drop.end()),
            counters_origin: addr(origin),
            at_rl_type: addr(rl_b.base + TYPE),
            at_rl_version: addr(rl_b.base + VERSION),
            at_rl_next: addr(rl_b.base + NEXT),
            rl_type: word(rl_b.ty),
            rl_version: word(rl_b.version),
            rl_next: word(rl_b.next),
            at_period: addr(rl::PERIOD),
            at_classes: addr(classes.base),
            end_classes: addr(classes.end()),
            class_reg_mask: addr(classes.stride - 1),
            at_rate: addr(rl::RATE),
            at_burst: addr(rl::BURST),
            at_tokens: addr(rl::TOKENS),
            at_limited: addr(rl::LIMITED),
        }
    }
}

impl Logic for RegisterBlocks {
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
        // Writes: CTRL, RATELIMIT's PERIOD and each class's RATE and BURST.
        // Reads and writes select whole words by narrow indices (the bus carries aligned
        // 32-bit words), so each is a small multiplexer, not a byte-wide shifter.
        self.cls.next = bit_cast::<2, 16>((self.a.val() - self.at_classes.val()) >> 4);
        if self.reg_wr.val() {
            if self.a.val() == self.at_scratch.val() {
                self.scratch.d.next = self.reg_wdata.val();
            }
            if self.a.val() == self.at_tun_mtu.val() {
                self.mtu.d.next = bit_cast::<16, 32>(self.reg_wdata.val());
            }
            if self.a.val() == self.at_tun_ttl.val() {
                self.ttl.d.next = bit_cast::<8, 32>(self.reg_wdata.val());
            }
            if self.a.val() == self.at_ts_prescale.val() {
                self.prescale.d.next = self.reg_wdata.val();
                self.tick_count.d.next = 0.into();
            }
            if self.a.val() == self.at_ts_now.val() {
                self.now.d.next = self.reg_wdata.val();
                self.tick_count.d.next = 0.into();
            }
            if self.a.val() == self.at_period.val() {
                self.period.d.next = self.reg_wdata.val();
            }
            if (self.a.val() >= self.at_classes.val()) & (self.a.val() < self.end_classes.val()) {
                if (self.a.val() & self.class_reg_mask.val()) == self.at_rate.val() {
                    self.rate.d.next = (self.rate.q.val()
                        & !(bit_cast::<48, 16>(0xFFFF.into())
                            << (bit_cast::<6, 2>(self.cls.val()) << 4)))
                        | (bit_cast::<48, 32>(self.reg_wdata.val() & 0xFFFF)
                            << (bit_cast::<6, 2>(self.cls.val()) << 4));
                }
                if (self.a.val() & self.class_reg_mask.val()) == self.at_burst.val() {
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
        if self.a.val() == self.at_id_type.val() {
            self.v.next = self.id_type.val();
        }
        if self.a.val() == self.at_ctrl_type.val() {
            self.v.next = self.ctrl_type.val();
        }
        if self.a.val() == self.at_stats_type.val() {
            self.v.next = self.stats_type.val();
        }
        if self.a.val() == self.at_rl_type.val() {
            self.v.next = self.rl_type.val();
        }
        if self.a.val() == self.at_id_version.val() {
            self.v.next = self.id_version.val();
        }
        if self.a.val() == self.at_ctrl_version.val() {
            self.v.next = self.ctrl_version.val();
        }
        if self.a.val() == self.at_stats_version.val() {
            self.v.next = self.stats_version.val();
        }
        if self.a.val() == self.at_rl_version.val() {
            self.v.next = self.rl_version.val();
        }
        if self.a.val() == self.at_id_next.val() {
            self.v.next = self.id_next.val();
        }
        if self.a.val() == self.at_ctrl_next.val() {
            self.v.next = self.ctrl_next.val();
        }
        if self.a.val() == self.at_stats_next.val() {
            self.v.next = self.stats_next.val();
        }
        if self.a.val() == self.at_rl_next.val() {
            self.v.next = self.rl_next.val();
        }
        // ID: the words from MAGIC on.
        self.id_word.next = bit_cast::<4, 16>((self.a.val() - self.at_id_words.val()) >> 2);
        if (self.a.val() >= self.at_id_words.val()) & (self.a.val() < self.end_id_words.val()) {
            self.v.next = bit_cast::<32, 352>(
                self.id_words.val() >> (bit_cast::<9, 4>(self.id_word.val()) << 5),
            );
        }
        // CTRL.
        if self.a.val() == self.at_scratch.val() {
            self.v.next = self.scratch.q.val();
        }
        if self.a.val() == self.at_tun_mtu.val() {
            self.v.next = bit_cast::<32, 16>(self.mtu.q.val());
        }
        if self.a.val() == self.at_tun_ttl.val() {
            self.v.next = bit_cast::<32, 8>(self.ttl.q.val());
        }
        if self.a.val() == self.at_ts_prescale.val() {
            self.v.next = self.prescale.q.val();
        }
        if self.a.val() == self.at_ts_now.val() {
            self.v.next = self.now.q.val();
        }
        // STATS: RX, then retire's words 0..5, INJ, then the per-reason counters
        // (retire's words 8..32).
        if self.a.val() == self.at_rx_frames.val() {
            self.v.next = self.rx.q.val();
        }
        self.is_stat.next = false;
        self.stat_word.next = bit_cast::<5, 16>((self.a.val() - self.at_frames.val()) >> 2);
        if (self.a.val() >= self.at_frames.val()) & (self.a.val() < self.end_frames.val()) {
            self.is_stat.next = true;
        }
        if self.a.val() == self.at_inj_frames.val() {
            self.v.next = self.inj.q.val();
        }
        if (self.a.val() >= self.at_counters.val()) & (self.a.val() < self.end_counters.val()) {
            self.is_stat.next = true;
            self.stat_word.next =
                bit_cast::<5, 16>((self.a.val() - self.counters_origin.val()) >> 2);
        }
        if self.is_stat.val() {
            self.v.next = bit_cast::<32, STATS_BITS>(
                self.stats.val() >> (bit_cast::<10, 5>(self.stat_word.val()) << 5),
            );
        }
        // RATELIMIT.
        if self.a.val() == self.at_period.val() {
            self.v.next = self.period.q.val();
        }
        if (self.a.val() >= self.at_classes.val()) & (self.a.val() < self.end_classes.val()) {
            if (self.a.val() & self.class_reg_mask.val()) == self.at_rate.val() {
                self.v.next = bit_cast::<32, 48>(
                    (self.rate.q.val() >> (bit_cast::<6, 2>(self.cls.val()) << 4)) & 0xFFFF,
                );
            }
            if (self.a.val() & self.class_reg_mask.val()) == self.at_burst.val() {
                self.v.next = bit_cast::<32, 48>(
                    (self.burst.q.val() >> (bit_cast::<6, 2>(self.cls.val()) << 4)) & 0xFFFF,
                );
            }
            if (self.a.val() & self.class_reg_mask.val()) == self.at_tokens.val() {
                self.v.next = bit_cast::<32, 48>(
                    (self.rl_tokens.val() >> (bit_cast::<6, 2>(self.cls.val()) << 4)) & 0xFFFF,
                );
            }
            if (self.a.val() & self.class_reg_mask.val()) == self.at_limited.val() {
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
    use fpvs_abi::regs::{lookup, Access, Reg, PIPELINE_BLOCKS};
    use std::collections::BTreeMap;

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

    fn read(uut: &mut RegisterBlocks, addr: u32) -> u32 {
        uut.reg_addr.next = (addr as u64).into();
        uut.reg_rd.next = true;
        tick!(*uut);
        uut.reg_rd.next = false;
        assert!(uut.reg_rvalid.val());
        uut.reg_rdata.val().to_u64() as u32
    }

    fn write(uut: &mut RegisterBlocks, addr: u32, v: u32) {
        uut.reg_addr.next = (addr as u64).into();
        uut.reg_wdata.next = (v as u64).into();
        uut.reg_wr.next = true;
        tick!(*uut);
        uut.reg_wr.next = false;
    }

    /// Retire's word `i` in the test.
    fn stat_value(i: usize) -> u32 {
        0x5000 + i as u32
    }

    /// What a register reads after the walk's writes: `written` for a read/write
    /// register, else what its inputs carry.
    fn expected(r: &Reg, written: &BTreeMap<u32, u32>, ids: &BTreeMap<u32, u32>) -> u32 {
        let b = PIPELINE_BLOCKS.iter().find(|b| b.name == r.block).unwrap();
        match (r.name, r.element) {
            ("TYPE", None) => b.ty,
            ("VERSION", None) => b.version,
            ("NEXT", None) => b.next,
            _ if r.access == Access::Rw => written[&r.offset],
            _ if r.block == "ID" => ids[&r.offset],
            ("RX_FRAMES", None) => 3,
            ("INJ_FRAMES", None) => 2,
            ("FWD_FRAMES", None) => stat_value(stat_word::FWD),
            ("EXC_FRAMES", None) => stat_value(stat_word::EXC),
            ("DROP_FRAMES", None) => stat_value(stat_word::DROP),
            ("NOTIFY_RECORDS", None) => stat_value(stat_word::NOTIFY),
            ("NOTIFY_DROPS", None) => stat_value(stat_word::NOTIFY_DROPS),
            ("EXC_COUNT", Some((_, i))) => stat_value(stat_word::EXC_COUNT + i as usize),
            ("DROP_COUNT", Some((_, i))) => stat_value(stat_word::DROP_COUNT + i as usize),
            ("TOKENS", Some((_, c))) => 0x700 + c,
            ("LIMITED", Some((_, c))) => 0x9_0000 + c,
            _ => panic!("the test does not know {r:?}"),
        }
    }

    #[test]
    fn registers_agree_with_the_abi() {
        let mut uut = RegisterBlocks::new(info());
        uut.connect_all();
        // Live values: retire's words, the buckets' tokens and limited counts, and a
        // few frames in and injected.
        let mut stats: Bits<STATS_BITS> = Bits::default();
        for i in 0..STATS_BITS / 32 {
            stats = stats
                | (bit_cast::<STATS_BITS, 32>((stat_value(i) as u64).into()) << (32 * i as u64));
        }
        let mut tokens: Bits<48> = Bits::default();
        let mut limited: Bits<96> = Bits::default();
        for c in 0..ReasonClass::COUNT as u64 {
            tokens = tokens | (bit_cast::<48, 16>((0x700 + c).into()) << (16 * c));
            limited = limited | (bit_cast::<96, 32>((0x9_0000 + c).into()) << (32 * c));
        }
        uut.stats.next = stats;
        uut.rl_tokens.next = tokens;
        uut.rl_limited.next = limited;
        for (rx, inj) in [(true, true), (true, true), (true, false), (false, false)] {
            uut.rx_pulse.next = rx;
            uut.inj_pulse.next = inj;
            tick!(uut);
        }

        // Every register the tables describe, every element of every array: a value of
        // its own into each read/write one (TS_NOW runs: it is checked below), all ones
        // into each read-only one and into every offset the tables leave empty; then
        // everything read back.
        let all: Vec<Reg> = PIPELINE_BLOCKS.iter().flat_map(|b| b.registers()).collect();
        assert_eq!(all.len(), 12 + 11 + 5 + 31 + 13, "registers walked");
        let end = regs::rings::BASE;
        let mut written = BTreeMap::new();
        for (i, r) in all.iter().enumerate() {
            if r.access == Access::Rw && r.offset != ctrl::TS_NOW {
                written.insert(r.offset, 0x40 + i as u32);
                write(&mut uut, r.offset, 0x40 + i as u32);
            }
        }
        for offset in (0..end).step_by(4) {
            match lookup(&PIPELINE_BLOCKS, offset) {
                Some(r) if r.access == Access::Rw => {}
                _ => write(&mut uut, offset, u32::MAX),
            }
        }
        let ids: BTreeMap<u32, u32> = info().id_registers().into_iter().collect();
        for r in all.iter().filter(|r| r.offset != ctrl::TS_NOW) {
            let what = match r.element {
                Some((a, i)) if a == r.name => format!("{}.{a}[{i}] at {:#x}", r.block, r.offset),
                Some((a, i)) => format!("{}.{a}[{i}].{} at {:#x}", r.block, r.name, r.offset),
                None => format!("{}.{} at {:#x}", r.block, r.name, r.offset),
            };
            assert_eq!(
                read(&mut uut, r.offset),
                expected(r, &written, &ids),
                "{what}"
            );
        }
        for offset in (0..end).step_by(4) {
            if lookup(&PIPELINE_BLOCKS, offset).is_none() {
                assert_eq!(read(&mut uut, offset), 0, "{offset:#x} is no register");
            }
        }
        // The outputs carry what was written.
        let rate = |c: ReasonClass| written[&rl::class_reg(c, rl::RATE)] as u64;
        assert_eq!(
            uut.rl_rate.val().get_bits::<16>(16).to_u64(),
            rate(ReasonClass::Control)
        );
        assert_eq!(uut.rl_period.val().to_u64() as u32, written[&rl::PERIOD]);
        assert_eq!(uut.tun_ttl.val().to_u64() as u32, written[&ctrl::TUN_TTL]);

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
        let mut uut = RegisterBlocks::new(info());
        uut.connect_all();
        check_verilog("registers", &uut);
    }
}
