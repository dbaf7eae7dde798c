//! Persistence: each persistent service's templates ([`super::templates`]) kept in
//! step with the connection table, started by the scheduler, purged when they expire,
//! bounded, listed as `ipvsadm -L -c` lists them, and carried across a restart in
//! the state file.
//!
//! A template counts its client's connections to the service: [`crate::agent::conns`]
//! reports every connection it creates or removes here. After a restart the templates
//! read back from the state file are restored before the card's flows are adopted, so
//! that the adopted connections count on them; an adopted connection whose client
//! has none gets one pointing at its real server.

use crate::agent::core::Agent;
use crate::agent::services::state::{checked_v4, svc_name};
use crate::agent::services::templates::SavedTemplate;
use crate::config::ServiceKey;
use crate::ipvsadm::TemplateEntry;
use std::collections::{BTreeMap, HashMap};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, SocketAddrV4};
use std::time::{Duration, Instant, SystemTime};

/// Expired templates looked at per purge (once a second), all services together: a
/// bound on the work; expired templates waiting their turn are never used.
const PURGE_BATCH: usize = 16384;

/// Seconds since the Unix epoch of `t`.
fn unix_secs(t: SystemTime) -> u64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl Agent {
    /// Templates held, all services together.
    pub(in crate::agent) fn template_count(&self) -> usize {
        self.services.iter().map(|s| s.templates.len()).sum()
    }

    /// Whether a new template fits under [`crate::agent::StateLimits::templates`].
    fn template_room(&self) -> bool {
        self.template_count() < self.limits.templates
    }

    /// The persistent service at `spos` scheduled a connection of `client` (its
    /// masked address) to `rs`: the client's template points there and starts its
    /// timeout again, or is created if there is room; a refusal is counted, and that
    /// connection goes without persistence.
    pub(in crate::agent) fn persist(&mut self, spos: usize, client: u32, rs: (IpAddr, u16)) {
        let room = self.template_room();
        let s = &mut self.services[spos];
        let Some(p) = s.svc.persistence else {
            return;
        };
        let timeout = Duration::from_secs(u64::from(p.timeout));
        if !s.templates.start(client, rs, Instant::now(), timeout, room) {
            self.stats.templates_refused += 1;
        }
    }

    /// The position, masked client address and timeout of `service` for a
    /// connection from `saddr`, if the service is persistent.
    fn persistent(&self, service: &ServiceKey, saddr: u32) -> Option<(usize, u32, Duration)> {
        let spos = self.services.iter().position(|s| s.svc.key == *service)?;
        let p = self.services[spos].svc.persistence?;
        Some((
            spos,
            saddr & u32::from(p.netmask),
            Duration::from_secs(u64::from(p.timeout)),
        ))
    }

    /// A connection from `saddr` to real server `rs` of `service` was created.
    pub(in crate::agent) fn template_conn_added(
        &mut self,
        service: &ServiceKey,
        saddr: u32,
        rs: (IpAddr, u16),
    ) {
        let Some((spos, client, timeout)) = self.persistent(service, saddr) else {
            return;
        };
        let room = self.template_room();
        self.services[spos]
            .templates
            .conn_added(client, rs, Instant::now(), timeout, room);
    }

    /// A connection from `saddr` of `service` was removed.
    pub(in crate::agent) fn template_conn_removed(&mut self, service: &ServiceKey, saddr: u32) {
        let Some((spos, client, timeout)) = self.persistent(service, saddr) else {
            return;
        };
        self.services[spos]
            .templates
            .conn_removed(client, Instant::now(), timeout);
    }

    /// Removes templates expired by `now` (called once a second, with ageing).
    pub(in crate::agent) fn purge_templates(&mut self, now: Instant) {
        let mut budget = PURGE_BATCH;
        for s in &mut self.services {
            let gone = s.templates.purge(now, &mut budget);
            self.stats.templates_expired += gone as u64;
        }
    }

    /// The service at `spos` changed its persistence (on, off, or another netmask):
    /// its templates are rebuilt from its connections, each client's pointing at the
    /// real server of one of its connections.
    pub(in crate::agent) fn recount_templates(&mut self, spos: usize) {
        self.services[spos].templates.clear();
        let key = self.services[spos].svc.key;
        let conns: Vec<(u32, (IpAddr, u16))> = self
            .conns
            .iter()
            .filter(|(_, c)| c.service == key)
            .map(|(k, c)| (k.saddr, c.rs))
            .collect();
        for (saddr, rs) in conns {
            self.template_conn_added(&key, saddr, rs);
        }
    }

    /// The templates as `ipvsadm -L -c` lists them.
    pub fn template_entries(&self) -> Vec<TemplateEntry> {
        let now = Instant::now();
        let mut v = Vec::new();
        for s in &self.services {
            let Some(p) = s.svc.persistence else {
                continue;
            };
            for (client, t) in s.templates.iter().filter(|(_, t)| t.live(now)) {
                let expire_secs = if t.conns > 0 {
                    p.timeout
                } else {
                    t.expires.duration_since(now).as_secs_f64().ceil() as u32
                };
                v.push(TemplateEntry {
                    service: s.svc.key,
                    expire_secs,
                    client: Ipv4Addr::from(client),
                    real_server: SocketAddrV4::new(checked_v4(t.rs.0), t.rs.1),
                });
            }
        }
        v
    }

    /// Per real server of `service`, the templates pointing at it (`-L
    /// --persistent-conn`'s PersistConn).
    pub fn persist_conns(&self, service: &ServiceKey) -> HashMap<(IpAddr, u16), u32> {
        let now = Instant::now();
        let mut m = HashMap::new();
        if let Some(s) = self.service(service) {
            for (_, t) in s.templates.iter().filter(|(_, t)| t.live(now)) {
                *m.entry(t.rs).or_default() += 1;
            }
        }
        m
    }

    /// The templates as the state file keeps them, by service name. A template whose
    /// client still has connections is saved as if they ended now.
    pub fn saved_templates(&self) -> BTreeMap<String, Vec<SavedTemplate>> {
        let (now, wall) = (Instant::now(), unix_secs(SystemTime::now()));
        let mut out = BTreeMap::new();
        for s in &self.services {
            let Some(p) = s.svc.persistence else {
                continue;
            };
            let mut v: Vec<SavedTemplate> = s
                .templates
                .iter()
                .filter(|(_, t)| t.live(now))
                .map(|(client, t)| {
                    let left = if t.conns > 0 {
                        u64::from(p.timeout)
                    } else {
                        t.expires.duration_since(now).as_secs_f64().ceil() as u64
                    };
                    SavedTemplate {
                        client: Ipv4Addr::from(client),
                        rs: SocketAddr::new(t.rs.0, t.rs.1),
                        expires: wall + left,
                    }
                })
                .collect();
            if !v.is_empty() {
                v.sort_by_key(|t| t.client);
                out.insert(svc_name(&s.svc.key), v);
            }
        }
        out
    }

    /// Takes back the templates of a previous run (call after [`Agent::sync`] with
    /// the configuration saved with them, before [`Agent::adopt_flows`]). Templates
    /// of services that are gone or no longer persistent, templates that expired
    /// meanwhile and those past the bound are left out; returns how many were taken.
    pub fn restore_templates(&mut self, saved: &BTreeMap<String, Vec<SavedTemplate>>) -> usize {
        let (now, wall) = (Instant::now(), unix_secs(SystemTime::now()));
        let mut taken = 0;
        for (name, templates) in saved {
            let Some(spos) = self
                .services
                .iter()
                .position(|s| svc_name(&s.svc.key) == *name)
            else {
                continue;
            };
            if self.services[spos].svc.persistence.is_none() {
                continue;
            }
            for t in templates.iter().filter(|t| t.expires > wall) {
                let room = self.template_room();
                let expires = now + Duration::from_secs(t.expires - wall);
                let rs = (t.rs.ip(), t.rs.port());
                if self.services[spos]
                    .templates
                    .restore(u32::from(t.client), rs, expires, room)
                {
                    taken += 1;
                } else {
                    self.stats.templates_refused += 1;
                }
            }
        }
        taken
    }
}

#[cfg(test)]
mod tests {
    use crate::agent::testing::{real_server, service, Rig};
    use crate::agent::{Agent, StateLimits};
    use crate::config::{Config, ForwardMethod};
    use crate::state::{load_state, save_state, State};
    use fpvs_driver::fake::FakeCardConfig;
    use std::net::Ipv4Addr;
    use std::time::{Duration, Instant};

    /// Port 80, persistent for `timeout` s, round robin over NAT real servers .11
    /// and .12; connections time out after `tcp` s.
    fn config(timeout: u32, tcp: u32) -> Config {
        let mut c = Config {
            services: vec![(
                service(80, Some(timeout)),
                vec![
                    real_server(11, 80, ForwardMethod::Nat),
                    real_server(12, 80, ForwardMethod::Nat),
                ],
            )],
            ..Config::default()
        };
        c.timeouts.tcp = tcp;
        c
    }

    fn rig(cfg: &Config) -> Rig {
        let mut r = Rig::new(FakeCardConfig::default(), cfg);
        r.arp_reply(11);
        r.arp_reply(12);
        r
    }

    fn client(last: u8) -> Ipv4Addr {
        Ipv4Addr::new(10, 0, 0, last)
    }

    /// Polls until `done` or `limit` passes; how long it took.
    fn poll_until(a: &mut Agent, limit: Duration, done: impl Fn(&Agent) -> bool) -> Duration {
        let t0 = Instant::now();
        while !done(a) {
            assert!(
                t0.elapsed() < limit,
                "not within {limit:?}: {:?}",
                a.stats()
            );
            a.poll(Duration::from_millis(20)).expect("poll");
        }
        t0.elapsed()
    }

    #[test]
    fn a_template_outlives_its_connections_by_the_persistence_timeout_then_is_purged() {
        let mut r = rig(&config(1, 1));
        r.syn(client(1), 1000, 80).unwrap();
        r.syn(client(1), 1001, 80).unwrap();
        // Round robin would alternate: persistence keeps the client's second connection
        // on the first one's server.
        let first = r.server_of(client(1), 1000, 80).expect("scheduled");
        assert_eq!(r.server_of(client(1), 1001, 80), Some(first));
        assert_eq!(r.agent.template_count(), 1);
        assert_eq!(r.agent.persist_conns(&service(80, None).key)[&first], 1);
        // Both established (the fake card forwards nothing for ageing to count).
        let keys: Vec<_> = r.agent.conns().map(|(k, _)| *k).collect();
        for k in &keys {
            r.agent.established(k);
        }
        // The connections expire after their 1 s; the template stays behind them.
        poll_until(&mut r.agent, Duration::from_secs(10), |a| {
            a.conns.len() == 0
        });
        assert_eq!(r.agent.template_count(), 1, "outlives its connections");
        let entries = r.agent.template_entries();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].client, client(1));
        assert!(entries[0].expire_secs <= 1);
        // ... for the persistence timeout (1 s), then it is purged by ageing.
        let took = poll_until(&mut r.agent, Duration::from_secs(10), |a| {
            a.template_count() == 0
        });
        assert!(took >= Duration::from_millis(900), "purged after {took:?}");
        assert_eq!(r.agent.stats().templates_expired, 1);
        assert!(r.agent.template_entries().is_empty());
    }

    #[test]
    fn a_client_keeps_its_real_server_across_a_restart() {
        let cfg = config(360, 900);
        let mut r = rig(&cfg);
        // Round robin: client .1 to the first server, .3 to the second, .2 to the
        // first again.
        r.syn(client(1), 1000, 80).unwrap();
        r.syn(client(3), 1000, 80).unwrap();
        r.syn(client(2), 1000, 80).unwrap();
        let a = r.server_of(client(1), 1000, 80).unwrap();
        let b = r.server_of(client(3), 1000, 80).unwrap();
        assert_ne!(a, b);
        assert_eq!(r.server_of(client(2), 1000, 80), Some(a));
        // Client .3's connection ends; its template stays.
        let k3 = r
            .agent
            .conns()
            .find(|(k, _)| k.saddr == u32::from(client(3)))
            .map(|(k, _)| *k);
        r.agent.remove_conn(&k3.unwrap());
        r.agent.card.commit().unwrap();
        assert_eq!(r.agent.template_count(), 3);

        let dir = tempfile::tempdir().unwrap();
        save_state(dir.path(), &State::of(&r.agent)).unwrap();
        let text = std::fs::read_to_string(dir.path().join("state.json")).unwrap();
        let line = format!("\"10.0.0.3 {}:{} ", b.0, b.1);
        assert!(text.contains(&line), "one line each:\n{text}");

        // fpvsd restarts on the same card, from the state file.
        let state = load_state(dir.path()).unwrap();
        assert_eq!(state.templates.values().map(Vec::len).sum::<usize>(), 3);
        r.agent = Rig::agent_on(&r.dev, state.indices.clone());
        r.agent.sync(&state.config).unwrap();
        assert_eq!(r.agent.restore_templates(&state.templates), 3);
        r.agent.adopt_flows();
        assert_eq!(r.agent.conns().count(), 2, "adopted");
        let svc = &r.agent.services[0].templates;
        let now = Instant::now();
        assert_eq!(svc.get(u32::from(client(1)), now), Some(a));
        // The adopted connections count on their clients' templates.
        assert_eq!(svc.iter().filter(|(_, t)| t.conns == 1).count(), 2);

        // Client .3, whose connection is gone, comes back first: to `b`, where it
        // went before, though a fresh round robin picks `a` first (as client .4 shows).
        r.syn(client(3), 2000, 80).unwrap();
        r.syn(client(2), 2000, 80).unwrap();
        r.syn(client(1), 2000, 80).unwrap();
        r.syn(client(4), 2000, 80).unwrap();
        assert_eq!(r.server_of(client(3), 2000, 80), Some(b));
        assert_eq!(r.server_of(client(2), 2000, 80), Some(a));
        assert_eq!(r.server_of(client(1), 2000, 80), Some(a));
        assert_eq!(
            r.server_of(client(4), 2000, 80),
            Some(a),
            "round robin's first"
        );
        assert_eq!(r.agent.stats().templates_refused, 0);
    }

    #[test]
    fn templates_that_expired_while_fpvsd_was_down_are_not_restored() {
        let cfg = config(360, 900);
        let mut r = rig(&cfg);
        r.syn(client(1), 1000, 80).unwrap();
        let mut state = State::of(&r.agent);
        let wall = super::unix_secs(std::time::SystemTime::now());
        for t in state.templates.values_mut().flatten() {
            assert!(
                t.expires >= wall + 359,
                "a connection's: the timeout from now"
            );
            t.expires = wall - 1;
        }
        let mut again = Rig::new(FakeCardConfig::default(), &cfg);
        assert_eq!(again.agent.restore_templates(&state.templates), 0);
        assert_eq!(again.agent.template_count(), 0);
        // A service that is no longer persistent takes none either.
        let mut state = State::of(&r.agent);
        for t in state.templates.values_mut().flatten() {
            t.expires = wall + 100;
        }
        again.agent.sync(&config(360, 900)).unwrap();
        let mut plain = config(360, 900);
        plain.services[0].0.persistence = None;
        again.agent.sync(&plain).unwrap();
        assert_eq!(again.agent.restore_templates(&state.templates), 0);
    }

    #[test]
    fn past_the_bound_clients_are_scheduled_without_persistence_and_counted() {
        let mut r = rig(&config(360, 900));
        r.agent.set_limits(StateLimits {
            templates: 2,
            ..StateLimits::default()
        });
        for c in 1..=4 {
            r.syn(client(c), 1000, 80).unwrap();
        }
        assert_eq!(r.agent.stats().scheduled, 4, "all scheduled");
        assert_eq!(r.agent.template_count(), 2);
        assert_eq!(r.agent.stats().templates_refused, 2);
        // A client that has a template keeps using it.
        let a = r.server_of(client(1), 1000, 80);
        r.syn(client(1), 1001, 80).unwrap();
        assert_eq!(r.server_of(client(1), 1001, 80), a);
        assert_eq!(r.agent.stats().templates_refused, 2);
    }

    #[test]
    fn a_service_made_persistent_takes_templates_from_its_connections() {
        let mut plain = config(360, 900);
        plain.services[0].0.persistence = None;
        let mut r = rig(&plain);
        r.syn(client(1), 1000, 80).unwrap();
        r.syn(client(1), 1001, 80).unwrap();
        assert_eq!(r.agent.template_count(), 0);
        r.agent.sync(&config(360, 900)).unwrap();
        let t = &r.agent.services[0].templates;
        assert_eq!(t.len(), 1);
        assert_eq!(t.iter().next().map(|(_, t)| t.conns), Some(2));
        // Another netmask: rebuilt; persistence off: gone.
        let mut c24 = config(360, 900);
        c24.services[0].0.persistence.as_mut().unwrap().netmask = Ipv4Addr::new(255, 255, 255, 0);
        r.syn(client(2), 1000, 80).unwrap();
        r.agent.sync(&c24).unwrap();
        let t = &r.agent.services[0].templates;
        assert_eq!(t.len(), 1, "10.0.0.0/24");
        assert_eq!(
            t.iter().next().map(|(c, t)| (c, t.conns)),
            Some((0x0a00_0000, 3))
        );
        r.agent.sync(&plain).unwrap();
        assert_eq!(r.agent.template_count(), 0);
    }
}
