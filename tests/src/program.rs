//! Loading a card: the commands that make a card's tables equal a model's.

use fpvs_abi::{CommandDescriptor, Table, MAGLEV_ENTRIES_PER_COMMAND};
use fpvs_model::Tables;

/// Commands writing every non-empty entry of `t` (a card starts with empty tables).
pub fn load(t: &Tables) -> Vec<CommandDescriptor> {
    let c = t.config;
    let mut v = Vec::new();
    for i in 0..c.nexthops {
        if let Some(n) = t.nexthop(i) {
            v.push(CommandDescriptor::write(
                Table::NextHop,
                i as u32,
                &n.encode(),
            ));
        }
    }
    for i in 0..c.real_servers {
        if let Some(a) = t.real_server(i) {
            v.push(CommandDescriptor::write(
                Table::RealServer,
                i as u32,
                &a.encode(),
            ));
        }
    }
    let mut first = 0;
    while first < c.maglev_slots {
        let n = (c.maglev_slots - first).min(MAGLEV_ENTRIES_PER_COMMAND as u32);
        let slots: Vec<_> = (first..first + n).map(|i| t.maglev(i)).collect();
        if slots.iter().any(|s| s.0.is_some()) {
            v.push(CommandDescriptor::write_maglev(first, &slots));
        }
        first += n;
    }
    for slot in 0..c.service_geometry.capacity() as u32 {
        if let Some(s) = t.service_slot(slot) {
            v.push(CommandDescriptor::write(Table::Service, slot, &s.encode()));
        }
    }
    for (slot, e) in t.flows() {
        v.push(CommandDescriptor::write(Table::Flow, slot, &e.encode()));
    }
    v
}
