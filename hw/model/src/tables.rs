//! The card's tables, in the card's geometry.
//!
//! Flows and services live in two-bank cuckoo tables with exactly the card's buckets
//! and ways, so "table full" happens here exactly when it happens on the card. The
//! model is the card's reader; writers go through [`Tables::insert_flow`] (which
//! places with `fpvs_abi::placement`, as the driver does) or through raw slot writes
//! (what the command port does).

use fpvs_abi::placement::{self, candidate_slots_for_hash, PlaceError};
use fpvs_abi::{
    flow_hash, Action, FlowEntry, FlowGeometry, FlowKey, MaglevEntry, NextHop, ServiceEntry,
};

/// Sizes and run-time settings of a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardConfig {
    /// Bytes per beat of the datapath (only the RTL cares; reported in the ID block).
    pub width: u8,
    /// Flow table geometry.
    pub flow_geometry: FlowGeometry,
    /// Service table geometry.
    pub service_geometry: FlowGeometry,
    /// Maglev slots.
    pub maglev_slots: u32,
    /// Real-server entries.
    pub real_servers: u16,
    /// Next-hop entries.
    pub nexthops: u16,
    /// Service indices (counters).
    pub services: u16,
    /// `TUN_MTU` register.
    pub tun_mtu: u16,
    /// `TUN_TTL` register.
    pub tun_ttl: u8,
    /// Current timestamp tick.
    pub now: u32,
}

impl CardConfig {
    /// The narrow (8-byte beat) build.
    pub const NARROW: CardConfig = CardConfig {
        width: 8,
        flow_geometry: FlowGeometry::NARROW,
        service_geometry: FlowGeometry::SERVICES,
        maglev_slots: 4096,
        real_servers: 256,
        nexthops: 256,
        services: 256,
        tun_mtu: fpvs_abi::regs::ctrl::TUN_MTU_RESET as u16,
        tun_ttl: fpvs_abi::regs::ctrl::TUN_TTL_RESET as u8,
        now: 0,
    };

    /// The wide (64-byte beat) build.
    pub const WIDE: CardConfig = CardConfig {
        width: 64,
        flow_geometry: FlowGeometry::WIDE,
        service_geometry: FlowGeometry::SERVICES,
        maglev_slots: 131_071,
        real_servers: 4096,
        nexthops: 1024,
        services: 1024,
        tun_mtu: fpvs_abi::regs::ctrl::TUN_MTU_RESET as u16,
        tun_ttl: fpvs_abi::regs::ctrl::TUN_TTL_RESET as u8,
        now: 0,
    };
}

/// All lookup tables of one card.
#[derive(Debug, Clone)]
pub struct Tables {
    /// Sizes and registers.
    pub config: CardConfig,
    flows: Vec<Option<FlowEntry>>,
    services: Vec<Option<ServiceEntry>>,
    maglev: Vec<MaglevEntry>,
    real_servers: Vec<Option<Action>>,
    nexthops: Vec<Option<NextHop>>,
}

/// Errors changing tables.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    /// No slot within the move bound.
    #[error(transparent)]
    Full(#[from] PlaceError),
    /// An entry the card would refuse (`CommandStatus::BadEntry`).
    #[error("invalid {table} entry: {why}")]
    BadEntry {
        /// Table name.
        table: &'static str,
        /// What is wrong.
        why: String,
    },
    /// Index beyond a table's size.
    #[error("{table} index {index} out of range (size {size})")]
    OutOfRange {
        /// Table name.
        table: &'static str,
        /// Index given.
        index: u32,
        /// Table size.
        size: u32,
    },
}

impl Tables {
    /// Empty tables of the given sizes.
    pub fn new(config: CardConfig) -> Self {
        Tables {
            config,
            flows: vec![None; config.flow_geometry.capacity()],
            services: vec![None; config.service_geometry.capacity()],
            maglev: vec![MaglevEntry(None); config.maglev_slots as usize],
            real_servers: vec![None; config.real_servers as usize],
            nexthops: vec![None; config.nexthops as usize],
        }
    }

    // ---- validation (what the command port refuses with BadEntry) ----------------

    /// Checks that an action's indices fit this card's tables.
    pub fn validate_action(&self, table: &'static str, a: &Action) -> Result<(), TableError> {
        let c = &self.config;
        let bad = |why: String| Err(TableError::BadEntry { table, why });
        if a.nexthop >= c.nexthops {
            return bad(format!("next hop {} >= {}", a.nexthop, c.nexthops));
        }
        if a.service >= c.services {
            return bad(format!("service {} >= {}", a.service, c.services));
        }
        if a.real_server >= c.real_servers {
            return bad(format!(
                "real server {} >= {}",
                a.real_server, c.real_servers
            ));
        }
        Ok(())
    }

    /// Checks a service entry against this card's sizes.
    pub fn validate_service(&self, svc: &ServiceEntry) -> Result<(), TableError> {
        let c = &self.config;
        let bad = |why: String| {
            Err(TableError::BadEntry {
                table: "service",
                why,
            })
        };
        if svc.service >= c.services {
            return bad(format!("service {} >= {}", svc.service, c.services));
        }
        if let Some((base, size)) = svc.maglev {
            if base as u64 + size as u64 > c.maglev_slots as u64 {
                return bad(format!(
                    "Maglev slots {base}..{} beyond {}",
                    base as u64 + size as u64,
                    c.maglev_slots
                ));
            }
        }
        Ok(())
    }

    /// Checks a next hop.
    pub fn validate_nexthop(&self, nh: &NextHop) -> Result<(), TableError> {
        if nh.port >= fpvs_abi::ETH_PORTS {
            return Err(TableError::BadEntry {
                table: "next hop",
                why: format!("port {} does not exist", nh.port),
            });
        }
        Ok(())
    }

    /// Checks a Maglev slot.
    pub fn validate_maglev(&self, m: &MaglevEntry) -> Result<(), TableError> {
        match m.0 {
            Some(rs) if rs >= self.config.real_servers => Err(TableError::BadEntry {
                table: "maglev",
                why: format!("real server {rs} >= {}", self.config.real_servers),
            }),
            _ => Ok(()),
        }
    }

    // ---- flows --------------------------------------------------------------------

    /// The flow entry for `key` and its slot. Bank 0's ways are searched first, then
    /// bank 1's; the host never leaves two different entries for one key.
    pub fn lookup_flow(&self, key: &FlowKey, hash: u32) -> Option<(u32, &FlowEntry)> {
        candidate_slots_for_hash(self.config.flow_geometry, hash).find_map(|s| {
            self.flows[s as usize]
                .as_ref()
                .filter(|e| e.key == *key)
                .map(|e| (s, e))
        })
    }

    /// True if both candidate buckets of `hash` are full.
    pub fn flow_buckets_full(&self, hash: u32) -> bool {
        candidate_slots_for_hash(self.config.flow_geometry, hash)
            .all(|s| self.flows[s as usize].is_some())
    }

    /// Places and writes a flow (or modifies it in place), as the driver does.
    /// Returns its slot.
    pub fn insert_flow(&mut self, entry: FlowEntry) -> Result<u32, TableError> {
        self.validate_action("flow", &entry.action)?;
        let g = self.config.flow_geometry;
        let p = placement::place(
            g,
            &entry.key,
            |s| self.flows[s as usize].map(|e| e.key),
            placement::DEFAULT_MAX_KICKS,
        )?;
        for m in &p.moves {
            self.flows[m.to as usize] = self.flows[m.from as usize];
        }
        self.flows[p.slot as usize] = Some(entry);
        Ok(p.slot)
    }

    /// Removes the flow for `key`; returns the slot it was in.
    pub fn remove_flow(&mut self, key: &FlowKey) -> Option<u32> {
        let (slot, _) = self.lookup_flow(key, flow_hash(key))?;
        self.flows[slot as usize] = None;
        Some(slot)
    }

    /// Raw slot access (the command port's view).
    pub fn flow_slot(&self, slot: u32) -> Option<&FlowEntry> {
        self.flows.get(slot as usize).and_then(|e| e.as_ref())
    }

    /// Writes a slot directly.
    pub fn set_flow_slot(&mut self, slot: u32, entry: Option<FlowEntry>) -> Result<(), TableError> {
        if let Some(e) = &entry {
            self.validate_action("flow", &e.action)?;
        }
        let size = self.flows.len() as u32;
        let e = self
            .flows
            .get_mut(slot as usize)
            .ok_or(TableError::OutOfRange {
                table: "flow",
                index: slot,
                size,
            })?;
        *e = entry;
        Ok(())
    }

    /// Number of valid flow entries.
    pub fn flow_count(&self) -> usize {
        self.flows.iter().filter(|e| e.is_some()).count()
    }

    /// All valid flows with their slots.
    pub fn flows(&self) -> impl Iterator<Item = (u32, &FlowEntry)> {
        self.flows
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|e| (i as u32, e)))
    }

    // ---- services -----------------------------------------------------------------

    /// The service for `(proto, vip, vport)`.
    pub fn lookup_service(&self, proto: u8, vip: u32, vport: u16) -> Option<&ServiceEntry> {
        let key = FlowKey::service(proto, vip, vport);
        candidate_slots_for_hash(self.config.service_geometry, flow_hash(&key)).find_map(|s| {
            self.services[s as usize]
                .as_ref()
                .filter(|e| e.key() == key)
        })
    }

    /// Places and writes a service; returns its slot.
    pub fn insert_service(&mut self, svc: ServiceEntry) -> Result<u32, TableError> {
        self.validate_service(&svc)?;
        let g = self.config.service_geometry;
        let p = placement::place(
            g,
            &svc.key(),
            |s| self.services[s as usize].map(|e| e.key()),
            placement::DEFAULT_MAX_KICKS,
        )?;
        for m in &p.moves {
            self.services[m.to as usize] = self.services[m.from as usize];
        }
        self.services[p.slot as usize] = Some(svc);
        Ok(p.slot)
    }

    /// Raw service slot.
    pub fn service_slot(&self, slot: u32) -> Option<&ServiceEntry> {
        self.services.get(slot as usize).and_then(|e| e.as_ref())
    }

    /// Writes a service slot directly.
    pub fn set_service_slot(
        &mut self,
        slot: u32,
        entry: Option<ServiceEntry>,
    ) -> Result<(), TableError> {
        if let Some(e) = &entry {
            self.validate_service(e)?;
        }
        let size = self.services.len() as u32;
        let e = self
            .services
            .get_mut(slot as usize)
            .ok_or(TableError::OutOfRange {
                table: "service",
                index: slot,
                size,
            })?;
        *e = entry;
        Ok(())
    }

    // ---- Maglev, real servers, next hops ------------------------------------------

    /// Maglev slot `i` (empty beyond the table).
    pub fn maglev(&self, i: u32) -> MaglevEntry {
        self.maglev.get(i as usize).copied().unwrap_or_default()
    }

    /// Writes Maglev slots from `first`.
    pub fn set_maglev(&mut self, first: u32, slots: &[MaglevEntry]) -> Result<(), TableError> {
        let size = self.maglev.len() as u32;
        let end = first as usize + slots.len();
        for m in slots {
            self.validate_maglev(m)?;
        }
        if end > self.maglev.len() {
            return Err(TableError::OutOfRange {
                table: "maglev",
                index: end as u32 - 1,
                size,
            });
        }
        self.maglev[first as usize..end].copy_from_slice(slots);
        Ok(())
    }

    /// Real server `i`.
    pub fn real_server(&self, i: u16) -> Option<&Action> {
        self.real_servers.get(i as usize).and_then(|e| e.as_ref())
    }

    /// Writes real server `i`.
    pub fn set_real_server(&mut self, i: u16, action: Option<Action>) -> Result<(), TableError> {
        if let Some(a) = &action {
            self.validate_action("real server", a)?;
        }
        let size = self.real_servers.len() as u32;
        let e = self
            .real_servers
            .get_mut(i as usize)
            .ok_or(TableError::OutOfRange {
                table: "real server",
                index: i as u32,
                size,
            })?;
        *e = action;
        Ok(())
    }

    /// Next hop `i`.
    pub fn nexthop(&self, i: u16) -> Option<&NextHop> {
        self.nexthops.get(i as usize).and_then(|e| e.as_ref())
    }

    /// Writes next hop `i`.
    pub fn set_nexthop(&mut self, i: u16, nh: Option<NextHop>) -> Result<(), TableError> {
        if let Some(n) = &nh {
            self.validate_nexthop(n)?;
        }
        let size = self.nexthops.len() as u32;
        let e = self
            .nexthops
            .get_mut(i as usize)
            .ok_or(TableError::OutOfRange {
                table: "next hop",
                index: i as u32,
                size,
            })?;
        *e = nh;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fpvs_abi::ForwardingMode;

    fn entry(i: u32) -> FlowEntry {
        FlowEntry {
            key: FlowKey {
                saddr: i,
                daddr: 0x0A00_0001,
                sport: 1000,
                dport: 80,
                proto: 6,
            },
            action: Action {
                mode: ForwardingMode::Dr,
                nexthop: 0,
                service: 0,
                real_server: 0,
                new_saddr: 0,
                new_daddr: 0,
                new_sport: 0,
                new_dport: 0,
                seq_delta: 0,
            },
        }
    }

    #[test]
    fn capacity_and_full_behave_like_the_card() {
        let mut config = CardConfig::NARROW;
        config.flow_geometry = FlowGeometry::new(4, 1); // 64 slots
        let mut t = Tables::new(config);
        let mut n = 0;
        while t.insert_flow(entry(n)).is_ok() {
            n += 1;
        }
        assert!((48..=64).contains(&n), "placed {n}");
        assert_eq!(t.flow_count(), n as usize);
        for i in 0..n {
            let e = entry(i);
            assert!(t.lookup_flow(&e.key, flow_hash(&e.key)).is_some());
        }
        assert!(t.remove_flow(&entry(0).key).is_some());
        assert!(t
            .lookup_flow(&entry(0).key, flow_hash(&entry(0).key))
            .is_none());
        assert!(t.set_flow_slot(64, None).is_err());
    }
}
