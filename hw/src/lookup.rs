//! The lookup stage: flow hash, service-key hash, and the flow and service tables.
//!
//! ```text
//! cycle 0  meta in (parse's registered output)      keys built, hashes computed
//! cycle 1  hashes registered -> table addresses     keys delayed to meet them
//! cycle 4  table results registered                  meta and hash delayed to meet them
//! ```
//! The flow key is `(proto, saddr, daddr, sport, dport)`; the service key hashes as
//! `FlowKey::service(proto, daddr, dport)` and compares against the service entry's
//! `(vip, vport, proto)`. A command's read token in the slot addresses the table it
//! names instead and returns the entry in `tok_data`.

use crate::delay::{Delay, RamDelay};
use crate::hash::{FlowHash, KEY_BITS};
use crate::records::{token_table, HeaderMeta};
use crate::table::CuckooTable;
use rust_hdl::prelude::*;

/// Stored bits of a flow entry (`FlowEntry` bits 0..252).
pub const FLOW_ENTRY_BITS: usize = 252;
/// Stored bits of a service entry (`ServiceEntry` bits 0..102).
pub const SERVICE_ENTRY_BITS: usize = 102;
/// Bits of the action part of a flow entry (`Action` bits 0..148).
pub const ACTION_BITS: usize = 148;
/// Compared bits of a service entry.
pub const SERVICE_KEY_BITS: usize = 56;
/// Bits of token read data.
pub const TOK_DATA_BITS: usize = 256;

/// Lookup stage: `FA` = log2 flow buckets per bank, `FR` = 2 x flow ways; `SA`, `SR`
/// likewise for services.
#[derive(LogicBlock)]
pub struct Lookup<const FA: usize, const FR: usize, const SA: usize, const SR: usize> {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // in
    /// Header fields.
    pub i_meta: Signal<In, HeaderMeta>,
    /// Valid frame in the slot.
    pub i_valid: Signal<In, Bit>,
    // out, 4 clocks later
    /// Header fields.
    pub o_meta: Signal<Out, HeaderMeta>,
    /// Valid.
    pub o_valid: Signal<Out, Bit>,
    /// Flow hash of the frame's key.
    pub o_hash: Signal<Out, Bits<32>>,
    /// A flow entry matched.
    pub o_flow_hit: Signal<Out, Bit>,
    /// Its slot.
    pub o_flow_slot: Signal<Out, Bits<20>>,
    /// Its action (`Action` bits 0..148).
    pub o_flow_action: Signal<Out, Bits<ACTION_BITS>>,
    /// Both candidate flow buckets are full.
    pub o_flow_full: Signal<Out, Bit>,
    /// A service matched.
    pub o_svc_hit: Signal<Out, Bit>,
    /// The service entry.
    pub o_svc: Signal<Out, Bits<SERVICE_ENTRY_BITS>>,
    /// Token read data (flow or service entry).
    pub o_tok_data: Signal<Out, Bits<TOK_DATA_BITS>>,
    // table write ports (command unit)
    /// Flow write enable.
    pub fw_en: Signal<In, Bit>,
    /// Flow RAM (`bank * ways + way`).
    pub fw_ram: Signal<In, Bits<4>>,
    /// Flow bucket.
    pub fw_bucket: Signal<In, Bits<FA>>,
    /// Flow entry.
    pub fw_data: Signal<In, Bits<FLOW_ENTRY_BITS>>,
    /// Service write enable.
    pub sw_en: Signal<In, Bit>,
    /// Service RAM.
    pub sw_ram: Signal<In, Bits<4>>,
    /// Service bucket.
    pub sw_bucket: Signal<In, Bits<SA>>,
    /// Service entry.
    pub sw_data: Signal<In, Bits<SERVICE_ENTRY_BITS>>,
    // blocks
    flow_hash: FlowHash,
    svc_hash: FlowHash,
    flows: CuckooTable<
        FLOW_ENTRY_BITS,
        KEY_BITS,
        FA,
        FR,
        { KEY_BITS + 1 },
        { FLOW_ENTRY_BITS - KEY_BITS - 1 },
    >,
    services: CuckooTable<
        SERVICE_ENTRY_BITS,
        SERVICE_KEY_BITS,
        SA,
        SR,
        { SERVICE_KEY_BITS + 1 },
        { SERVICE_ENTRY_BITS - SERVICE_KEY_BITS - 1 },
    >,
    meta_d: RamDelay<HeaderMeta, 4>,
    valid_d: Delay<Bit, 4>,
    hash_d: Delay<Bits<32>, 3>,
    fkey1: DFF<Bits<KEY_BITS>>,
    skey1: DFF<Bits<SERVICE_KEY_BITS>>,
    // locals
    m: Signal<Local, HeaderMeta>,
    m1: Signal<Local, HeaderMeta>,
    m3: Signal<Local, HeaderMeta>,
    fkey: Signal<Local, Bits<KEY_BITS>>,
    skey_hash: Signal<Local, Bits<KEY_BITS>>,
    skey: Signal<Local, Bits<SERVICE_KEY_BITS>>,
    tok_flow: Signal<Local, Bit>,
    tok_svc: Signal<Local, Bit>,
    fway: Signal<Local, Bits<20>>,
    fbucket: Signal<Local, Bits<20>>,
    fbank: Signal<Local, Bits<20>>,
    sway: Signal<Local, Bits<20>>,
    sbucket: Signal<Local, Bits<20>>,
    sbank: Signal<Local, Bits<20>>,
    meta1_d: Delay<HeaderMeta, 1>,
    fentry: Signal<Local, Bits<FLOW_ENTRY_BITS>>,
    fl_log2_ways: Constant<Bits<5>>,
    fl_log2_buckets: Constant<Bits<5>>,
    fl_ways: Constant<Bits<20>>,
    fl_buckets: Constant<Bits<20>>,
    sv_log2_ways: Constant<Bits<5>>,
    sv_log2_buckets: Constant<Bits<5>>,
    sv_ways: Constant<Bits<20>>,
    sv_buckets: Constant<Bits<20>>,
    t_flow: Constant<Bits<4>>,
    t_service: Constant<Bits<4>>,
}

impl<const FA: usize, const FR: usize, const SA: usize, const SR: usize> Default
    for Lookup<FA, FR, SA, SR>
{
    fn default() -> Self {
        let c5 = |v: usize| Constant::new((v as u64).into());
        let c20 = |v: usize| Constant::new((v as u64).into());
        Lookup {
            clock: Default::default(),
            i_meta: Default::default(),
            i_valid: Default::default(),
            o_meta: Default::default(),
            o_valid: Default::default(),
            o_hash: Default::default(),
            o_flow_hit: Default::default(),
            o_flow_slot: Default::default(),
            o_flow_action: Default::default(),
            o_flow_full: Default::default(),
            o_svc_hit: Default::default(),
            o_svc: Default::default(),
            o_tok_data: Default::default(),
            fw_en: Default::default(),
            fw_ram: Default::default(),
            fw_bucket: Default::default(),
            fw_data: Default::default(),
            sw_en: Default::default(),
            sw_ram: Default::default(),
            sw_bucket: Default::default(),
            sw_data: Default::default(),
            flow_hash: Default::default(),
            svc_hash: Default::default(),
            flows: Default::default(),
            services: Default::default(),
            meta_d: Default::default(),
            valid_d: Default::default(),
            hash_d: Default::default(),
            fkey1: Default::default(),
            skey1: Default::default(),
            m: Default::default(),
            m1: Default::default(),
            m3: Default::default(),
            fkey: Default::default(),
            skey_hash: Default::default(),
            skey: Default::default(),
            tok_flow: Default::default(),
            tok_svc: Default::default(),
            fway: Default::default(),
            fbucket: Default::default(),
            fbank: Default::default(),
            sway: Default::default(),
            sbucket: Default::default(),
            sbank: Default::default(),
            meta1_d: Default::default(),
            fentry: Default::default(),
            fl_log2_ways: c5((FR / 2).trailing_zeros() as usize),
            fl_log2_buckets: c5(FA),
            fl_ways: c20(FR / 2),
            fl_buckets: c20(1 << FA),
            sv_log2_ways: c5((SR / 2).trailing_zeros() as usize),
            sv_log2_buckets: c5(SA),
            sv_ways: c20(SR / 2),
            sv_buckets: c20(1 << SA),
            t_flow: Constant::new(token_table::FLOW.into()),
            t_service: Constant::new(token_table::SERVICE.into()),
        }
    }
}

impl<const FA: usize, const FR: usize, const SA: usize, const SR: usize> Logic
    for Lookup<FA, FR, SA, SR>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, fkey1, skey1);
        clock!(self, clock, flow_hash, svc_hash, flows, services, meta_d, valid_d, hash_d, meta1_d);
        // Cycle 0: keys.
        self.m.next = self.i_meta.val();
        self.fkey.next = bit_cast::<KEY_BITS, 32>(self.m.val().saddr)
            | (bit_cast::<KEY_BITS, 32>(self.m.val().daddr) << 32)
            | (bit_cast::<KEY_BITS, 16>(self.m.val().sport) << 64)
            | (bit_cast::<KEY_BITS, 16>(self.m.val().dport) << 80)
            | (bit_cast::<KEY_BITS, 8>(self.m.val().proto) << 96);
        self.skey_hash.next = (bit_cast::<KEY_BITS, 32>(self.m.val().daddr) << 32)
            | (bit_cast::<KEY_BITS, 16>(self.m.val().dport) << 80)
            | (bit_cast::<KEY_BITS, 8>(self.m.val().proto) << 96);
        self.skey.next = bit_cast::<SERVICE_KEY_BITS, 32>(self.m.val().daddr)
            | (bit_cast::<SERVICE_KEY_BITS, 16>(self.m.val().dport) << 32)
            | (bit_cast::<SERVICE_KEY_BITS, 8>(self.m.val().proto) << 48);
        self.flow_hash.key.next = self.fkey.val();
        self.svc_hash.key.next = self.skey_hash.val();
        self.fkey1.d.next = self.fkey.val();
        self.skey1.d.next = self.skey.val();
        self.meta_d.d.next = self.m.val();
        self.meta1_d.d.next = self.m.val();
        self.valid_d.d.next = self.i_valid.val();

        // Cycle 1: table addresses from the hashes, or from a token.
        self.m1.next = self.meta1_d.q.val();
        self.tok_flow.next = self.m1.val().tok & (self.m1.val().tok_table == self.t_flow.val());
        self.tok_svc.next = self.m1.val().tok & (self.m1.val().tok_table == self.t_service.val());
        self.flows.l_bucket0.next = self.flow_hash.hash.val().get_bits::<FA>(0);
        self.flows.l_bucket1.next = self.flow_hash.hash.val().get_bits::<FA>(16);
        self.flows.l_key.next = self.fkey1.q.val();
        self.services.l_bucket0.next = self.svc_hash.hash.val().get_bits::<SA>(0);
        self.services.l_bucket1.next = self.svc_hash.hash.val().get_bits::<SA>(16);
        self.services.l_key.next = self.skey1.q.val();
        // Token slot number -> (bank, bucket, way) -> RAM index and bucket address.
        self.fway.next = self.m1.val().tok_index & (self.fl_ways.val() - 1);
        self.fbucket.next =
            (self.m1.val().tok_index >> self.fl_log2_ways.val()) & (self.fl_buckets.val() - 1);
        self.fbank.next =
            self.m1.val().tok_index >> (self.fl_log2_ways.val() + self.fl_log2_buckets.val());
        self.flows.t_sel.next =
            bit_cast::<4, 20>((self.fbank.val() << self.fl_log2_ways.val()) | self.fway.val());
        self.sway.next = self.m1.val().tok_index & (self.sv_ways.val() - 1);
        self.sbucket.next =
            (self.m1.val().tok_index >> self.sv_log2_ways.val()) & (self.sv_buckets.val() - 1);
        self.sbank.next =
            self.m1.val().tok_index >> (self.sv_log2_ways.val() + self.sv_log2_buckets.val());
        self.services.t_sel.next =
            bit_cast::<4, 20>((self.sbank.val() << self.sv_log2_ways.val()) | self.sway.val());
        self.flows.t_read.next = self.tok_flow.val();
        self.services.t_read.next = self.tok_svc.val();
        if self.tok_flow.val() {
            self.flows.l_bucket0.next = bit_cast::<FA, 20>(self.fbucket.val());
            self.flows.l_bucket1.next = bit_cast::<FA, 20>(self.fbucket.val());
        }
        if self.tok_svc.val() {
            self.services.l_bucket0.next = bit_cast::<SA, 20>(self.sbucket.val());
            self.services.l_bucket1.next = bit_cast::<SA, 20>(self.sbucket.val());
        }
        self.hash_d.d.next = self.flow_hash.hash.val();
        // Write ports.
        self.flows.w_en.next = self.fw_en.val();
        self.flows.w_ram.next = self.fw_ram.val();
        self.flows.w_bucket.next = self.fw_bucket.val();
        self.flows.w_data.next = self.fw_data.val();
        self.services.w_en.next = self.sw_en.val();
        self.services.w_ram.next = self.sw_ram.val();
        self.services.w_bucket.next = self.sw_bucket.val();
        self.services.w_data.next = self.sw_data.val();

        // Cycle 4: results.
        self.m3.next = self.meta_d.q.val();
        self.o_meta.next = self.m3.val();
        self.o_valid.next = self.valid_d.q.val();
        self.o_hash.next = self.hash_d.q.val();
        self.o_flow_hit.next = self.flows.hit.val();
        self.o_flow_slot.next = self.flows.hit_slot.val();
        self.fentry.next = self.flows.entry.val();
        self.o_flow_action.next = self.fentry.val().get_bits::<ACTION_BITS>(104);
        self.o_flow_full.next = self.flows.full.val();
        self.o_svc_hit.next = self.services.hit.val();
        self.o_svc.next = self.services.entry.val();
        self.o_tok_data.next = bit_cast::<TOK_DATA_BITS, FLOW_ENTRY_BITS>(self.flows.entry.val());
        if self.m3.val().tok_table == self.t_service.val() {
            self.o_tok_data.next =
                bit_cast::<TOK_DATA_BITS, SERVICE_ENTRY_BITS>(self.services.entry.val());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{bits_from_bytes, bytes_from_bits, check_verilog};
    use crate::tick;
    use fpvs_abi::{
        flow_hash, Action, FlowEntry, FlowGeometry, FlowKey, ForwardingMode, ServiceEntry,
    };
    use fpvs_model::{CardConfig, Tables};
    use rand::{Rng, SeedableRng};

    type L = Lookup<4, 4, 2, 4>; // flows 2 x 16 x 2, services 2 x 4 x 2

    fn config() -> CardConfig {
        CardConfig {
            flow_geometry: FlowGeometry::new(4, 1),
            service_geometry: FlowGeometry::new(2, 1),
            ..CardConfig::NARROW
        }
    }

    fn meta(k: &FlowKey) -> HeaderMeta {
        HeaderMeta {
            saddr: (k.saddr as u64).into(),
            daddr: (k.daddr as u64).into(),
            sport: (k.sport as u64).into(),
            dport: (k.dport as u64).into(),
            proto: (k.proto as u64).into(),
            ..Default::default()
        }
    }

    fn key(rng: &mut impl Rng) -> FlowKey {
        FlowKey {
            saddr: 0x0A00_0000 | rng.gen_range(0..40),
            daddr: 0x0A00_0064 + rng.gen_range(0..3),
            sport: rng.gen_range(1000..1003),
            dport: [80, 443][rng.gen_range(0..2)],
            proto: [6, 17][rng.gen_range(0..2)],
        }
    }

    #[test]
    fn agrees_with_the_model_tables() {
        let cfg = config();
        let mut t = Tables::new(cfg);
        let mut rng = rand::rngs::StdRng::seed_from_u64(11);
        let action = |i: u16| Action {
            mode: ForwardingMode::NatForward,
            nexthop: i % 7,
            service: i % 5,
            real_server: i,
            new_saddr: 0,
            new_daddr: 0xC0A8_0000 | i as u32,
            new_sport: 0,
            new_dport: 8080,
            seq_delta: 0,
        };
        for i in 0..48u16 {
            let _ = t.insert_flow(FlowEntry {
                key: key(&mut rng),
                action: action(i),
            });
        }
        for vip in 0..3u32 {
            for (proto, port) in [(6u8, 80u16), (17, 443)] {
                let _ = t.insert_service(ServiceEntry {
                    proto,
                    vip: 0x0A00_0064 + vip,
                    vport: port,
                    service: (vip * 2) as u16,
                    maglev: Some((vip * 100, 7)),
                });
            }
        }
        let mut uut = L::default();
        uut.connect_all();
        // Program every slot of both tables through the write ports.
        for slot in 0..cfg.flow_geometry.capacity() as u32 {
            let (bank, bucket, way) = cfg.flow_geometry.split(slot);
            let bytes = t.flow_slot(slot).map(|e| e.encode()).unwrap_or([0; 32]);
            uut.fw_en.next = true;
            uut.fw_ram.next = ((bank * 2 + way) as u64).into();
            uut.fw_bucket.next = (bucket as u64).into();
            uut.fw_data.next = bits_from_bytes(&bytes);
            tick!(uut);
        }
        uut.fw_en.next = false;
        for slot in 0..cfg.service_geometry.capacity() as u32 {
            let (bank, bucket, way) = cfg.service_geometry.split(slot);
            let bytes = t.service_slot(slot).map(|e| e.encode()).unwrap_or([0; 16]);
            uut.sw_en.next = true;
            uut.sw_ram.next = ((bank * 2 + way) as u64).into();
            uut.sw_bucket.next = (bucket as u64).into();
            uut.sw_data.next = bits_from_bytes(&bytes);
            tick!(uut);
        }
        uut.sw_en.next = false;
        // Back-to-back lookups, results four clocks later.
        let keys: Vec<FlowKey> = (0..400).map(|_| key(&mut rng)).collect();
        for cycle in 0..keys.len() + 4 {
            if cycle < keys.len() {
                uut.i_meta.next = meta(&keys[cycle]);
                uut.i_valid.next = true;
            } else {
                uut.i_valid.next = false;
            }
            tick!(uut);
            if cycle >= 3 && cycle - 3 < keys.len() {
                let k = &keys[cycle - 3];
                let h = flow_hash(k);
                assert!(uut.o_valid.val());
                assert_eq!(uut.o_hash.val().to_u64() as u32, h);
                match t.lookup_flow(k, h) {
                    Some((slot, e)) => {
                        assert!(uut.o_flow_hit.val(), "{k} should hit");
                        assert_eq!(uut.o_flow_slot.val().to_u64() as u32, slot);
                        let mut want = e.encode();
                        want[31] &= 0x0F;
                        let got = bytes_from_bits(&uut.o_flow_action.val(), 19);
                        let mut full = [0u8; 32];
                        crate::testing::splice(&mut full, 104, &got, ACTION_BITS);
                        assert_eq!(&full[13..], &want[13..], "{k} action");
                    }
                    None => assert!(!uut.o_flow_hit.val(), "{k} should miss"),
                }
                assert_eq!(uut.o_flow_full.val(), t.flow_buckets_full(h));
                let svc = t.lookup_service(k.proto, k.daddr, k.dport);
                assert_eq!(uut.o_svc_hit.val(), svc.is_some(), "{k} service");
                if let Some(s) = svc {
                    let got = bytes_from_bits(&uut.o_svc.val(), 13);
                    assert_eq!(&got[..12], &s.encode()[..12]);
                }
            }
        }
        // Token reads return slots.
        for slot in [0u32, 5, 17, 31] {
            uut.i_meta.next = HeaderMeta {
                tok: true,
                tok_table: token_table::FLOW.into(),
                tok_index: (slot as u64).into(),
                ..Default::default()
            };
            uut.i_valid.next = false;
            tick!(uut);
            uut.i_meta.next = HeaderMeta::default();
            tick!(uut);
            tick!(uut);
            tick!(uut);
            let got = bytes_from_bits(&uut.o_tok_data.val(), 32);
            let mut want = t.flow_slot(slot).map(|e| e.encode()).unwrap_or([0; 32]);
            want[31] &= 0x0F;
            assert_eq!(got, want, "token read of slot {slot}");
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut: Lookup<9, 8, 6, 4> = Default::default();
        uut.connect_all();
        check_verilog("lookup", &uut);
    }
}
