//! The Maglev stage, the card's own scheduler: for a frame without a flow entry whose
//! service schedules in hardware, the Maglev slot and its real server; then, for
//! whichever action applies (the flow's or the real server's), the next hop. (The IPVS
//! schedulers of the slow path are the agent's, in `host-agent/src/sched/`.)
//!
//! ```text
//! cycle 0  in: partial products of hash * maglev_size (16 x 16 multipliers)
//! cycle 1  slot = maglev_base + (hash * size) >> 32  -> Maglev RAM
//! cycle 2  Maglev slot -> real-server RAM
//! cycle 3  action = flow hit ? flow action : real server  -> next-hop RAM
//! cycle 4  out: action, next hop, and what was valid
//! ```
//! Every frame goes through every RAM; the decide stage picks what applies. Command
//! read tokens for Maglev, real-server and next-hop entries take the matching RAM's
//! address instead.

use crate::delay::{Delay, RamDelay};
use crate::lookup::{ACTION_BITS, TOK_DATA_BITS};
use crate::ram::Ram;
use crate::records::{token_table, HeaderMeta, MaglevCarry};
use rust_hdl::prelude::*;

/// Stored bits of a next hop (`NextHop` bits 0..112).
pub const NEXTHOP_BITS: usize = 112;

/// Scheduling stage: `MA` = log2 Maglev slots, `RA` = log2 real servers, `NA` = log2
/// next hops.
#[derive(LogicBlock)]
pub struct MaglevStage<const MA: usize, const RA: usize, const NA: usize> {
    // clock
    /// Clock.
    pub clock: Signal<In, Clock>,
    // in
    /// Header fields.
    pub i_meta: Signal<In, HeaderMeta>,
    /// Valid.
    pub i_valid: Signal<In, Bit>,
    /// Lookup results.
    pub i_carry: Signal<In, MaglevCarry>,
    /// The flow entry's action.
    pub i_flow_action: Signal<In, Bits<ACTION_BITS>>,
    /// Token data from lookup.
    pub i_tok_data: Signal<In, Bits<TOK_DATA_BITS>>,
    // out, 4 clocks later
    /// Header fields.
    pub o_meta: Signal<Out, HeaderMeta>,
    /// Valid.
    pub o_valid: Signal<Out, Bit>,
    /// Lookup results.
    pub o_carry: Signal<Out, MaglevCarry>,
    /// The Maglev slot named a real server whose entry is valid.
    pub o_rs_ok: Signal<Out, Bit>,
    /// The action that applies (flow's, else the real server's).
    pub o_action: Signal<Out, Bits<ACTION_BITS>>,
    /// Its next hop.
    pub o_nexthop: Signal<Out, Bits<NEXTHOP_BITS>>,
    /// Token data.
    pub o_tok_data: Signal<Out, Bits<TOK_DATA_BITS>>,
    // write ports (command unit)
    /// Maglev write enable.
    pub mw_en: Signal<In, Bit>,
    /// Maglev slot.
    pub mw_addr: Signal<In, Bits<MA>>,
    /// Maglev entry.
    pub mw_data: Signal<In, Bits<16>>,
    /// Real-server write enable.
    pub rw_en: Signal<In, Bit>,
    /// Real-server index.
    pub rw_addr: Signal<In, Bits<RA>>,
    /// Real-server entry (`Action` bits 0..148).
    pub rw_data: Signal<In, Bits<ACTION_BITS>>,
    /// Next-hop write enable.
    pub nw_en: Signal<In, Bit>,
    /// Next-hop index.
    pub nw_addr: Signal<In, Bits<NA>>,
    /// Next-hop entry.
    pub nw_data: Signal<In, Bits<NEXTHOP_BITS>>,
    // blocks and registers
    maglev: Ram<Bits<16>, MA>,
    servers: Ram<Bits<ACTION_BITS>, RA>,
    nexthops: Ram<Bits<NEXTHOP_BITS>, NA>,
    meta_d: RamDelay<HeaderMeta, 4>,
    valid_d: Delay<Bit, 4>,
    carry3: RamDelay<MaglevCarry, 3>,
    carry4: Delay<MaglevCarry, 1>,
    faction_d: RamDelay<Bits<ACTION_BITS>, 3>,
    tok_d: RamDelay<Bits<TOK_DATA_BITS>, 3>,
    mtok3: DFF<Bits<16>>,
    mtok_on3: DFF<Bit>,
    tok4: DFF<Bits<TOK_DATA_BITS>>,
    tf1: DFF<Bits<25>>,
    tf2: DFF<Bits<25>>,
    tf3: DFF<Bits<25>>,
    p_lo: DFF<Bits<32>>,
    p_hi: DFF<Bits<32>>,
    p_carry: DFF<Bits<32>>,
    base1: DFF<Bits<17>>,
    mslot_ok2: DFF<Bit>,
    rs_ok4: DFF<Bit>,
    rs_valid3: DFF<Bit>,
    action4: DFF<Bits<ACTION_BITS>>,
    // locals
    c0: Signal<Local, MaglevCarry>,
    tf0: Signal<Local, Bits<25>>,
    tok3: Signal<Local, Bits<TOK_DATA_BITS>>,
    m4: Signal<Local, HeaderMeta>,
    c3: Signal<Local, MaglevCarry>,
    svc0: Signal<Local, Bits<102>>,
    hash0: Signal<Local, Bits<32>>,
    hash_lo: Signal<Local, Bits<16>>,
    hash_hi: Signal<Local, Bits<16>>,
    size_lo: Signal<Local, Bits<16>>,
    prod: Signal<Local, Bits<50>>,
    slot: Signal<Local, Bits<17>>,
    mentry: Signal<Local, Bits<16>>,
    rentry: Signal<Local, Bits<ACTION_BITS>>,
    action: Signal<Local, Bits<ACTION_BITS>>,
    flow_hit3: Signal<Local, Bit>,
    t_maglev: Constant<Bits<4>>,
    t_rs: Constant<Bits<4>>,
    t_nh: Constant<Bits<4>>,
}

impl<const MA: usize, const RA: usize, const NA: usize> Default for MaglevStage<MA, RA, NA> {
    fn default() -> Self {
        MaglevStage {
            clock: Default::default(),
            i_meta: Default::default(),
            i_valid: Default::default(),
            i_carry: Default::default(),
            i_flow_action: Default::default(),
            i_tok_data: Default::default(),
            o_meta: Default::default(),
            o_valid: Default::default(),
            o_carry: Default::default(),
            o_rs_ok: Default::default(),
            o_action: Default::default(),
            o_nexthop: Default::default(),
            o_tok_data: Default::default(),
            mw_en: Default::default(),
            mw_addr: Default::default(),
            mw_data: Default::default(),
            rw_en: Default::default(),
            rw_addr: Default::default(),
            rw_data: Default::default(),
            nw_en: Default::default(),
            nw_addr: Default::default(),
            nw_data: Default::default(),
            maglev: Default::default(),
            servers: Default::default(),
            nexthops: Default::default(),
            meta_d: Default::default(),
            valid_d: Default::default(),
            carry3: Default::default(),
            carry4: Default::default(),
            faction_d: Default::default(),
            tok_d: Default::default(),
            mtok3: Default::default(),
            mtok_on3: Default::default(),
            tok4: Default::default(),
            tf1: Default::default(),
            tf2: Default::default(),
            tf3: Default::default(),
            p_lo: Default::default(),
            p_hi: Default::default(),
            p_carry: Default::default(),
            base1: Default::default(),
            mslot_ok2: Default::default(),
            rs_ok4: Default::default(),
            rs_valid3: Default::default(),
            action4: Default::default(),
            c0: Default::default(),
            tf0: Default::default(),
            tok3: Default::default(),
            m4: Default::default(),
            c3: Default::default(),
            svc0: Default::default(),
            hash0: Default::default(),
            hash_lo: Default::default(),
            hash_hi: Default::default(),
            size_lo: Default::default(),
            prod: Default::default(),
            slot: Default::default(),
            mentry: Default::default(),
            rentry: Default::default(),
            action: Default::default(),
            flow_hit3: Default::default(),
            t_maglev: Constant::new(token_table::MAGLEV.into()),
            t_rs: Constant::new(token_table::REAL_SERVER.into()),
            t_nh: Constant::new(token_table::NEXTHOP.into()),
        }
    }
}

impl<const MA: usize, const RA: usize, const NA: usize> Logic for MaglevStage<MA, RA, NA> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, mtok3, mtok_on3, tok4, tf1, tf2, tf3, p_lo, p_hi, p_carry, base1,
            mslot_ok2, rs_ok4, rs_valid3, action4
        );
        clock!(
            self, clock, maglev, servers, nexthops, meta_d, tok_d, valid_d, carry3, carry4,
            faction_d
        );
        // The header fields wait in a ring for cycle 4; the token's fields (bit 0 the
        // token, bits 1..5 its table, 5..25 its index), all cycles 1 to 3 look at,
        // travel in registers beside them.
        self.meta_d.d.next = self.i_meta.val();
        self.tf0.next = bit_cast::<25, 1>(self.i_meta.val().tok.into())
            | (bit_cast::<25, 4>(self.i_meta.val().tok_table) << 1)
            | (bit_cast::<25, 20>(self.i_meta.val().tok_index) << 5);
        self.tf1.d.next = self.tf0.val();
        self.tf2.d.next = self.tf1.q.val();
        self.tf3.d.next = self.tf2.q.val();
        self.valid_d.d.next = self.i_valid.val();
        self.carry3.d.next = self.i_carry.val();
        self.carry4.d.next = self.carry3.q.val();
        self.faction_d.d.next = self.i_flow_action.val();
        self.tok_d.d.next = self.i_tok_data.val();
        self.mtok_on3.d.next = false;
        self.mtok3.d.next = 0.into();

        // Cycle 0: hash * size as 16 x 16 partial products (size < 2^17:
        // size = s16 * 2^16 + size_lo).
        self.c0.next = self.i_carry.val();
        self.svc0.next = self.c0.val().svc;
        self.hash0.next = self.c0.val().hash;
        self.hash_lo.next = self.hash0.val().get_bits::<16>(0);
        self.hash_hi.next = self.hash0.val().get_bits::<16>(16);
        self.size_lo.next = self.svc0.val().get_bits::<16>(85);
        self.p_lo.d.next = self.hash_lo.val() * self.size_lo.val();
        self.p_hi.d.next = self.hash_hi.val() * self.size_lo.val();
        self.p_carry.d.next = 0.into();
        if self.svc0.val().get_bit(101) {
            self.p_carry.d.next = self.hash0.val();
        }
        self.base1.d.next = self.svc0.val().get_bits::<17>(68);

        // Cycle 1: the slot.
        self.prod.next = bit_cast::<50, 32>(self.p_lo.q.val())
            + (bit_cast::<50, 32>(self.p_hi.q.val()) << 16)
            + (bit_cast::<50, 32>(self.p_carry.q.val()) << 16);
        self.slot.next = self.base1.q.val() + bit_cast::<17, 50>(self.prod.val() >> 32);
        self.maglev.raddr.next = bit_cast::<MA, 17>(self.slot.val());
        if self.tf1.q.val().get_bit(0) & (self.tf1.q.val().get_bits::<4>(1) == self.t_maglev.val())
        {
            self.maglev.raddr.next = bit_cast::<MA, 20>(self.tf1.q.val().get_bits::<20>(5));
        }

        // Cycle 2: the real server.
        self.mentry.next = self.maglev.rdata.val();
        self.servers.raddr.next = bit_cast::<RA, 16>(self.mentry.val() & 0x0FFF);
        if self.tf2.q.val().get_bit(0) & (self.tf2.q.val().get_bits::<4>(1) == self.t_rs.val()) {
            self.servers.raddr.next = bit_cast::<RA, 20>(self.tf2.q.val().get_bits::<20>(5));
        }
        self.mslot_ok2.d.next = self.mentry.val().get_bit(15);
        if self.tf2.q.val().get_bit(0) & (self.tf2.q.val().get_bits::<4>(1) == self.t_maglev.val())
        {
            self.mtok_on3.d.next = true;
            self.mtok3.d.next = self.mentry.val();
        }

        // Cycle 3: the action that applies, and its next hop.
        self.tok3.next = self.tok_d.q.val();
        if self.mtok_on3.q.val() {
            self.tok3.next = bit_cast::<TOK_DATA_BITS, 16>(self.mtok3.q.val());
        }
        self.tok4.d.next = self.tok3.val();
        self.c3.next = self.carry3.q.val();
        self.flow_hit3.next = self.c3.val().flow_hit;
        self.rentry.next = self.servers.rdata.val();
        self.rs_valid3.d.next = self.mslot_ok2.q.val();
        self.action.next = self.rentry.val();
        if self.flow_hit3.val() {
            self.action.next = self.faction_d.q.val();
        }
        self.nexthops.raddr.next = bit_cast::<NA, ACTION_BITS>(self.action.val() >> 4);
        if self.tf3.q.val().get_bit(0) & (self.tf3.q.val().get_bits::<4>(1) == self.t_nh.val()) {
            self.nexthops.raddr.next = bit_cast::<NA, 20>(self.tf3.q.val().get_bits::<20>(5));
        }
        if self.tf3.q.val().get_bit(0) & (self.tf3.q.val().get_bits::<4>(1) == self.t_rs.val()) {
            self.tok4.d.next = bit_cast::<TOK_DATA_BITS, ACTION_BITS>(self.rentry.val());
        }
        self.action4.d.next = self.action.val();
        self.rs_ok4.d.next = self.mslot_ok2.q.val() & self.rentry.val().get_bit(0);

        // Cycle 4: out.
        self.m4.next = self.meta_d.q.val();
        self.o_meta.next = self.m4.val();
        self.o_valid.next = self.valid_d.q.val();
        self.o_carry.next = self.carry4.q.val();
        self.o_rs_ok.next = self.rs_ok4.q.val();
        self.o_action.next = self.action4.q.val();
        self.o_nexthop.next = self.nexthops.rdata.val();
        self.o_tok_data.next = self.tok4.q.val();
        if self.m4.val().tok & (self.m4.val().tok_table == self.t_nh.val()) {
            self.o_tok_data.next =
                bit_cast::<TOK_DATA_BITS, NEXTHOP_BITS>(self.nexthops.rdata.val());
        }

        // Write ports.
        self.maglev.waddr.next = self.mw_addr.val();
        self.maglev.wdata.next = self.mw_data.val();
        self.maglev.we.next = self.mw_en.val();
        self.servers.waddr.next = self.rw_addr.val();
        self.servers.wdata.next = self.rw_data.val();
        self.servers.we.next = self.rw_en.val();
        self.nexthops.waddr.next = self.nw_addr.val();
        self.nexthops.wdata.next = self.nw_data.val();
        self.nexthops.we.next = self.nw_en.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{bits_from_bytes, bytes_from_bits, check_verilog};
    use crate::tick;
    use fpvs_abi::hash::maglev_slot;
    use fpvs_abi::{Action, ForwardingMode, MacAddr, MaglevEntry, NextHop, ServiceEntry};
    use rand::{Rng, SeedableRng};

    type S = MaglevStage<8, 4, 3>;

    fn action(i: u16, nh: u16) -> Action {
        Action {
            mode: ForwardingMode::Tun,
            nexthop: nh,
            service: 1,
            real_server: i,
            new_saddr: 0xAC10_0001,
            new_daddr: 0xC0A8_0100 | i as u32,
            new_sport: 0,
            new_dport: 0,
            seq_delta: 0,
        }
    }

    #[test]
    fn maglev_real_server_and_next_hop() {
        let mut uut = S::default();
        uut.connect_all();
        let mut rng = rand::rngs::StdRng::seed_from_u64(9);
        // Maglev: slots 10..10+251 (251 is prime), real servers 0..12, next hops 0..8.
        let (base, size) = (3u32, 251u32);
        let slots: Vec<MaglevEntry> = (0..256)
            .map(|i| {
                MaglevEntry(if i % 17 == 0 {
                    None
                } else {
                    Some((i % 12) as u16)
                })
            })
            .collect();
        for (i, m) in slots.iter().enumerate() {
            uut.mw_en.next = true;
            uut.mw_addr.next = (i as u64).into();
            uut.mw_data.next = (m.encode() as u64).into();
            tick!(uut);
        }
        uut.mw_en.next = false;
        for i in 0..16u16 {
            uut.rw_en.next = true;
            uut.rw_addr.next = (i as u64).into();
            let bytes = if i < 11 {
                action(i, i % 8).encode()
            } else {
                [0; 19]
            };
            uut.rw_data.next = bits_from_bytes(&bytes);
            tick!(uut);
        }
        uut.rw_en.next = false;
        for i in 0..8u16 {
            uut.nw_en.next = true;
            uut.nw_addr.next = (i as u64).into();
            let nh = NextHop {
                dst_mac: MacAddr([2, 0, 0, 0, 0, i as u8]),
                src_mac: MacAddr([2, 0, 0, 0, 1, 0]),
                port: 1,
                vlan: None,
            };
            uut.nw_data.next = bits_from_bytes(&nh.encode());
            tick!(uut);
        }
        uut.nw_en.next = false;
        let svc = ServiceEntry {
            proto: 6,
            vip: 1,
            vport: 80,
            service: 1,
            maglev: Some((base, size)),
        };
        let svc_bits: Bits<102> = bits_from_bytes(&svc.encode());
        let hashes: Vec<u32> = (0..300).map(|_| rng.gen()).collect();
        for cycle in 0..hashes.len() + 4 {
            if let Some(h) = hashes.get(cycle) {
                uut.i_carry.next = MaglevCarry {
                    hash: (*h as u64).into(),
                    svc_hit: true,
                    svc: svc_bits,
                    ..Default::default()
                };
                uut.i_valid.next = true;
            }
            tick!(uut);
            if cycle >= 3 && cycle - 3 < hashes.len() {
                let h = hashes[cycle - 3];
                let slot = maglev_slot(h, base, size) as usize;
                let rs = slots[slot].0;
                let ok = matches!(rs, Some(r) if r < 11);
                assert_eq!(uut.o_rs_ok.val(), ok, "hash {h:08x} slot {slot}");
                if let (true, Some(r)) = (ok, rs) {
                    let got = bytes_from_bits(&uut.o_action.val(), 19);
                    let mut want = action(r, r % 8).encode();
                    want[18] &= 0x0F;
                    assert_eq!(got, want);
                    let nh = bytes_from_bits(&uut.o_nexthop.val(), 14);
                    assert_eq!(nh[0], (r % 8) as u8, "next hop of real server {r}");
                }
            }
        }
    }

    #[test]
    fn verilog_is_clean() {
        let mut uut: MaglevStage<12, 8, 8> = Default::default();
        uut.connect_all();
        check_verilog("maglev", &uut);
    }
}
