//! The slow path: what the card sends up, and what the host sends back.
//!
//! [`Agent::poll`] takes a batch of exceptions and notifications, handles each, then
//! commits the batch's table changes with one doorbell and only then re-injects the
//! frames whose flows it installed (so they meet their entries) and sends the frames
//! it rewrote itself. Exceptions are dispatched by reason:
//!
//! | reason | handled by |
//! | --- | --- |
//! | new flow, flow miss, table full, no service | [`new_flow`]: schedule, install, re-inject |
//! | ARP | [`arp`]: answer for our addresses, learn next hops |
//! | flow punt | [`proxy`]: a PROXY protocol connection's first round trip |
//! | tunnel MTU, ICMP | [`icmp`]: fragmentation-needed, echo, errors to the other side |
//! | anything else | counted ([`crate::agent::SlowPathStats::policy_drops`]) and dropped |
//!
//! Notifications pin Maglev-scheduled flows (`Learn`) and move connections to their
//! closing timeout (FIN/RST), both in [`crate::agent::conns`].
//!
//! Owns the batch (frames to re-inject and to send) and the new connections parked
//! while their next hop resolves (at most [`crate::agent::StateLimits::parked`], each for
//! [`PARK_LIMIT`] at most). Creating and removing connections goes through
//! [`crate::agent::conns`]; next hops through [`crate::agent::nexthops`]; this module must not write
//! service, real-server or Maglev entries.

mod arp;
mod icmp;
mod new_flow;
mod proxy;
pub(super) mod proxy_conns;

use crate::agent::core::{Agent, AgentResult, Parked};
use crate::config::ServiceKey;
use fpvs_abi::{ExceptionReason, NotifyKind, NotifyRecord};
use fpvs_driver::rings::{Exception, InjectTarget};
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

/// How long a new connection waits for its real server's next hop to resolve.
const PARK_LIMIT: Duration = Duration::from_secs(3);

impl Agent {
    /// Handles what the card sent up, waiting up to `wait` for the first exception;
    /// once a second ages connections, purges expired persistence templates and ages
    /// neighbours. Returns the number of exceptions handled.
    pub fn poll(&mut self, wait: Duration) -> AgentResult<usize> {
        let exc = self.card.exceptions(256, wait)?;
        let n = exc.len();
        for e in exc {
            self.exception(e)?;
        }
        for rec in self.card.notifications(256)? {
            self.notification(&rec);
        }
        self.retry_parked()?;
        self.flush()?;
        if self
            .last_age
            .is_none_or(|t| t.elapsed() >= Duration::from_secs(1))
        {
            let now = Instant::now();
            self.last_age = Some(now);
            self.age()?;
            self.purge_templates(now);
            self.age_neighbours(now)?;
        }
        Ok(n)
    }

    fn exception(&mut self, e: Exception) -> AgentResult<()> {
        self.stats.exception(e.reason as u8);
        match e.reason {
            // NoService: no service entry in the card matched; an all-ports (`VIP:0`)
            // or firewall-mark service may, which only the host evaluates.
            ExceptionReason::NewFlow
            | ExceptionReason::FlowMiss
            | ExceptionReason::TableFull
            | ExceptionReason::NoService => self.new_flow(e),
            ExceptionReason::Arp => self.arp(&e),
            ExceptionReason::FlowPunt => self.punted(&e),
            ExceptionReason::TunnelMtu => self.tunnel_mtu(&e),
            ExceptionReason::Icmp => self.icmp(&e),
            _ => {
                self.stats.policy_drops += 1;
                Ok(())
            }
        }
    }

    fn notification(&mut self, rec: &NotifyRecord) {
        match rec.kind {
            NotifyKind::Learn => self.learn(rec),
            NotifyKind::FinRst => self.closing(&rec.key),
        }
    }

    /// The exception's frame is addressed to us (see [`Agent::owns`]).
    fn is_local_or_vip(&self, e: &Exception) -> bool {
        let l3 = usize::from(e.l3_offset);
        let Some(d) = e.frame.get(l3 + 16..l3 + 20) else {
            return false;
        };
        let dst = Ipv4Addr::new(d[0], d[1], d[2], d[3]);
        self.owns(dst)
    }

    /// True for the card's addresses, VIPs and FULLNAT local addresses.
    fn owns(&self, a: Ipv4Addr) -> bool {
        self.net.ports.iter().any(|p| p.addr == a)
            || self.config.local_addrs.iter().any(|l| l.addr == a)
            || self
                .config
                .services
                .iter()
                .any(|(s, _)| matches!(s.key, ServiceKey::Addr { addr, .. } if addr == a))
            || self.fwmarks.0.iter().any(|r| {
                r.vip() == Some(a)
                    && self
                        .config
                        .services
                        .iter()
                        .any(|(s, _)| s.key == ServiceKey::FwMark(r.mark))
            })
    }

    /// Holds a new connection's exception until `neighbour` resolves; drops it, and
    /// counts that, when [`crate::agent::StateLimits::parked`] are waiting already.
    fn park(&mut self, neighbour: Ipv4Addr, exception: Exception) {
        if self.parked.len() >= self.limits.parked {
            self.stats.parked_refused += 1;
            return;
        }
        self.parked.push_back(Parked {
            neighbour,
            exception,
            since: Instant::now(),
        });
    }

    /// Schedules the parked connections whose next hop resolved; gives up on those
    /// that waited [`PARK_LIMIT`].
    fn retry_parked(&mut self) -> AgentResult<()> {
        let n = self.parked.len();
        for _ in 0..n {
            let Some(p) = self.parked.pop_front() else {
                break;
            };
            if self.neigh.resolved(p.neighbour) {
                self.new_flow(p.exception)?;
            } else if p.since.elapsed() < PARK_LIMIT {
                self.parked.push_back(p);
            } else {
                self.stats.no_server += 1;
            }
        }
        Ok(())
    }

    /// Queues the frame to go back into the pipeline once the batch's entries are in
    /// the card (the exception's own buffer: a new connection's frame is not copied).
    fn reinject(&mut self, e: Exception) -> AgentResult<()> {
        if !e.truncated {
            self.reinject.push((e.port, e.frame));
        }
        Ok(())
    }

    /// Commits the batch's table changes (one doorbell), then re-injects its frames.
    fn flush(&mut self) -> AgentResult<()> {
        if self.card.tables.pending() > 0 {
            self.card.commit()?;
        }
        if !self.reinject.is_empty() {
            let mut frames = std::mem::take(&mut self.reinject);
            let batch: Vec<(InjectTarget, &[u8])> = frames
                .iter()
                .map(|(port, f)| (InjectTarget::Pipeline { port: *port }, f.as_slice()))
                .collect();
            self.card.inject(&batch)?;
            self.stats.reinjected += frames.len() as u64;
            // The next batch reuses the queue's allocation.
            frames.clear();
            self.reinject = frames;
        }
        if !self.send.is_empty() {
            let frames = std::mem::take(&mut self.send);
            let batch: Vec<(InjectTarget, &[u8])> = frames
                .iter()
                .map(|(port, f)| (InjectTarget::Port { port: *port }, f.as_slice()))
                .collect();
            self.card.inject(&batch)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::agent::testing::{real_server, service, Rig};
    use crate::agent::StateLimits;
    use crate::config::{Config, ForwardMethod};
    use fpvs_driver::fake::FakeCardConfig;
    use std::net::Ipv4Addr;

    #[test]
    fn connections_past_the_parking_bound_are_dropped_and_counted() {
        let cfg = Config {
            services: vec![(
                service(80, None),
                vec![real_server(11, 80, ForwardMethod::Dr)],
            )],
            ..Config::default()
        };
        let mut r = Rig::new(FakeCardConfig::default(), &cfg);
        r.agent.set_limits(StateLimits {
            parked: 2,
            ..StateLimits::default()
        });
        // The real server has not answered ARP: new connections wait for it.
        for sport in 1000..1003 {
            r.syn(Ipv4Addr::new(10, 0, 0, 2), sport, 80).unwrap();
        }
        assert_eq!(r.agent.occupancy().parked, 2);
        assert_eq!(r.agent.stats().parked_refused, 1);
        r.arp_reply(11);
        assert_eq!(r.agent.stats().scheduled, 2, "the parked ones");
        assert_eq!(r.agent.occupancy().parked, 0);
    }
}
