//! Ageing: connections expire after their IPVS timeout without traffic, judged by the
//! card's per-flow timestamps, with the card's clock kept in step with the host's.

use crate::agent::conns::table::{ConnState, SYN_RECV_TIMEOUT};
use crate::agent::core::{Agent, AgentResult};
use ahash::HashMap as FastMap;
use fpvs_abi::FlowKey;
use std::time::{Duration, Instant};

impl Agent {
    /// The card's timestamp now, after keeping its clock in step with the host's.
    ///
    /// The card stamps each flow slot with `TS_NOW` when a frame hits it; ticks are
    /// `TS_PRESCALE / CLOCK_KHZ` ms (1 ms after reset). A card whose clock fell behind
    /// the host's — stopped (prescale 0), or a simulator that does not clock while it
    /// has no work — is set forward to the host's count, so that its stamps are in
    /// host time; the clock never goes back. How far it had fallen behind is kept
    /// ([`Agent::age`] allows for it, so that no connection expires early).
    fn card_now(&mut self) -> AgentResult<(u32, f64)> {
        use fpvs_abi::regs::{ctrl, id};
        let regs = &self.card.regs;
        let tick_ms = match (regs.read(ctrl::TS_PRESCALE)?, regs.read(id::CLOCK_KHZ)?) {
            (p, k) if p > 0 && k > 0 => f64::from(p) / f64::from(k),
            _ => 1.0,
        };
        let now = regs.read(ctrl::TS_NOW)?;
        let (tick, behind) = self.clock.observe(Instant::now(), now, tick_ms);
        if behind > 0 {
            regs.write(ctrl::TS_NOW, tick)?;
        }
        self.clock.lag = behind;
        Ok((tick, tick_ms))
    }

    /// Expires connections idle for their IPVS timeout (`--set tcp tcpfin udp`, and
    /// SYN_RECV's 60 s), and establishes SYN_RECV connections whose client sent its
    /// next packet: the card's packet count of the forward slot says so
    /// ([`super::table::Conn::confirmed_by`]).
    ///
    /// A connection's idle time comes from the card's timestamps: the newest
    /// `last_seen` of its forward and reverse slots against the card's clock (see
    /// [`Agent::card_now`]). A slot the card has not hit since it was written (a new
    /// entry, or one the cuckoo placement moved) has no stamp; then the host's own
    /// record counts — when the connection was installed or last seen active. A card
    /// clock that lags the host's (see [`Agent::card_now`]) makes stamps look older
    /// than they are; the lag is subtracted, so expiry is late by at most that much,
    /// never early.
    ///
    /// Called once a second, it visits a share of the connections, round robin, so
    /// that every connection is looked at once per pass: a pass takes half the
    /// shortest timeout, at least 1 s and at most 10 s. Reading a million connections'
    /// stamps every second would cost the card a million commands a second; this way
    /// it costs at most a tenth, and expiry is late by at most one pass.
    pub fn age(&mut self) -> AgentResult<()> {
        let (now_tick, tick_ms) = self.card_now()?;
        let t = self.config.timeouts;
        let shortest = t.tcp.min(t.tcpfin).min(t.udp).min(SYN_RECV_TIMEOUT);
        let pass = (shortest / 2).clamp(1, 10) as usize;
        let share = self.conns.len().div_ceil(pass).max(1);
        let Some(keys) = self.conns.next_to_age(share) else {
            return Ok(());
        };
        let mut slots = Vec::new();
        let mut owners = Vec::new();
        for k in &keys {
            let c = self.conns.get(k).expect("present");
            for fk in std::iter::once(*k).chain(c.reverse) {
                if let Some((slot, _)) = self.card.tables.shadow().lookup_flow(&fk) {
                    slots.push(slot);
                    owners.push((*k, fk == *k));
                }
            }
        }
        let stats = self
            .card
            .tables
            .flow_stats(&mut self.card.rings.cmd, &slots)?;
        // Per connection: packets, the forward slot's packets, and the fewest ticks
        // since a stamped slot's hit.
        let mut seen: FastMap<FlowKey, (u64, u64, Option<u32>)> = FastMap::default();
        for ((o, forward), s) in owners.iter().zip(stats) {
            let e = seen.entry(*o).or_default();
            e.0 += u64::from(s.packets);
            if *forward {
                e.1 = u64::from(s.packets);
            }
            if s.packets > 0 {
                // A stamp "after" now (a write racing the clock) counts as now.
                let idle = now_tick.wrapping_sub(s.last_seen);
                let idle = if idle as i32 >= 0 { idle } else { 0 };
                e.2 = Some(e.2.map_or(idle, |m| m.min(idle)));
            }
        }
        let now = Instant::now();
        let mut doomed = Vec::new();
        let mut confirmed = Vec::new();
        for k in keys {
            let c = self.conns.get_mut(&k).expect("present");
            let (p, fwd, idle_ticks) = seen.get(&k).copied().unwrap_or_default();
            if c.state == ConnState::SynRecv && c.confirmed_by(fwd) {
                confirmed.push(k);
                continue;
            }
            if let Some(ticks) = idle_ticks {
                let ticks = ticks.saturating_sub(self.clock.lag);
                let idle = Duration::from_secs_f64(f64::from(ticks) * tick_ms / 1000.0);
                // The card's stamp, unless the host saw the connection more recently
                // (a notification, or an install after that stamp).
                if let Some(at) = now.checked_sub(idle) {
                    c.last_change = c.last_change.max(at);
                }
            }
            c.packets = p;
            let timeout = c.state.timeout(&t);
            if now.duration_since(c.last_change) >= Duration::from_secs(u64::from(timeout)) {
                doomed.push(k);
            }
        }
        for k in confirmed {
            self.established(&k);
            if let Some(c) = self.conns.get_mut(&k) {
                c.packets = seen.get(&k).map_or(0, |s| s.0);
            }
        }
        for k in doomed {
            self.remove_conn(&k);
            self.stats.expired += 1;
        }
        if self.card.tables.pending() > 0 {
            self.card.commit()?;
        }
        Ok(())
    }
}
