//! Persistence templates of one service, as IPVS keeps them: a client (its address
//! under the service's netmask) -> the real server its connections go to.
//!
//! In IPVS a template is a connection entry that controls the client's connections:
//! its timer is the persistence timeout, restarted when a connection is scheduled
//! through it and whenever it fires while connections it controls remain; it goes
//! once none remain and the timeout has run out. So here a template counts the
//! client's connections to the service: while any exist it lives; when the last one
//! ends, the persistence timeout starts; a template used again starts it again.
//! An expired template is never used, and [`Templates::purge`] removes expired ones in
//! expiry order, a bounded number per call.
//!
//! Plain data. The bound over all services ([`crate::agent::StateLimits::templates`]) and
//! the connection table the counts follow are the agent's
//! ([`crate::agent::services`]'s `persistence.rs`).

use ahash::HashMap as FastMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::str::FromStr;
use std::time::{Duration, Instant};

/// One client's template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::agent) struct Template {
    /// The real server (address, port) the client's connections go to.
    pub(in crate::agent) rs: (IpAddr, u16),
    /// The client's connections to the service now.
    pub(in crate::agent) conns: u32,
    /// When it expires, once `conns` is 0.
    pub(in crate::agent) expires: Instant,
    /// It has an entry in [`Templates::expiry`].
    queued: bool,
}

impl Template {
    /// It still holds at `now`: connections remain, or the persistence timeout since
    /// the last one ended has not run out.
    pub(in crate::agent) fn live(&self, now: Instant) -> bool {
        self.conns > 0 || self.expires > now
    }
}

/// A service's templates, by masked client address.
#[derive(Debug, Clone, Default)]
pub(in crate::agent) struct Templates {
    map: FastMap<u32, Template>,
    /// Templates whose timeout runs, soonest first: (expiry, client). At most one
    /// entry per template; an entry whose template was used again since, or has
    /// connections again, is put back with the new expiry or dropped when it comes up.
    expiry: BinaryHeap<Reverse<(Instant, u32)>>,
}

impl Templates {
    /// Templates held (expired ones not yet purged included).
    pub(in crate::agent) fn len(&self) -> usize {
        self.map.len()
    }

    /// The templates, by masked client address.
    pub(in crate::agent) fn iter(&self) -> impl Iterator<Item = (u32, &Template)> {
        self.map.iter().map(|(c, t)| (*c, t))
    }

    /// The real server of `client`'s template, if it holds at `now`.
    pub(in crate::agent) fn get(&self, client: u32, now: Instant) -> Option<(IpAddr, u16)> {
        self.map.get(&client).filter(|t| t.live(now)).map(|t| t.rs)
    }

    /// Queues `client`'s template for expiry, unless it is queued already.
    fn queue(&mut self, client: u32) {
        if let Some(t) = self.map.get_mut(&client) {
            if !t.queued {
                t.queued = true;
                self.expiry.push(Reverse((t.expires, client)));
            }
        }
    }

    /// A connection of `client` was scheduled to `rs` at `now`: its template points
    /// there and its timeout starts again; a client without one gets one if `may_add`
    /// (the agent's bound). False if it has none.
    pub(in crate::agent) fn start(
        &mut self,
        client: u32,
        rs: (IpAddr, u16),
        now: Instant,
        timeout: Duration,
        may_add: bool,
    ) -> bool {
        match self.map.get_mut(&client) {
            Some(t) => {
                t.rs = rs;
                t.expires = now + timeout;
            }
            None if may_add => {
                self.map.insert(
                    client,
                    Template {
                        rs,
                        conns: 0,
                        expires: now + timeout,
                        queued: false,
                    },
                );
            }
            None => return false,
        }
        self.queue(client);
        true
    }

    /// A connection of `client` to `rs` began: counted on the client's template, or
    /// on a new one pointing at `rs` if `may_add` (a connection adopted from the card,
    /// or one of a service that has just become persistent). False if it has none.
    pub(in crate::agent) fn conn_added(
        &mut self,
        client: u32,
        rs: (IpAddr, u16),
        now: Instant,
        timeout: Duration,
        may_add: bool,
    ) -> bool {
        match self.map.get_mut(&client) {
            Some(t) => {
                if !t.live(now) {
                    // Expired, not yet purged: as good as none.
                    t.rs = rs;
                }
                t.conns = t.conns.saturating_add(1);
            }
            None if may_add => {
                self.map.insert(
                    client,
                    Template {
                        rs,
                        conns: 1,
                        expires: now + timeout,
                        queued: false,
                    },
                );
            }
            None => return false,
        }
        true
    }

    /// A connection of `client` ended at `now`: after the last one the template
    /// expires `timeout` later.
    pub(in crate::agent) fn conn_removed(&mut self, client: u32, now: Instant, timeout: Duration) {
        let Some(t) = self.map.get_mut(&client) else {
            return;
        };
        if t.conns == 0 {
            return;
        }
        t.conns -= 1;
        if t.conns == 0 {
            t.expires = now + timeout;
            self.queue(client);
        }
    }

    /// Removes the templates expired by `now`, looking at `budget` queued entries at
    /// most (`budget` is reduced by those looked at); returns how many went.
    pub(in crate::agent) fn purge(&mut self, now: Instant, budget: &mut usize) -> usize {
        let mut gone = 0;
        while *budget > 0 {
            match self.expiry.peek() {
                Some(Reverse((at, _))) if *at <= now => {}
                _ => break,
            }
            let Some(Reverse((_, client))) = self.expiry.pop() else {
                break;
            };
            *budget -= 1;
            let Some(t) = self.map.get_mut(&client) else {
                continue;
            };
            t.queued = false;
            if t.conns > 0 {
                // Queued again when its last connection ends.
                continue;
            }
            if t.expires > now {
                self.queue(client);
                continue;
            }
            self.map.remove(&client);
            gone += 1;
        }
        gone
    }

    /// A template read back from the state file: `client` to `rs` until `expires`.
    /// One that exists already (a connection adopted from the card made it) keeps its
    /// count and takes the later expiry. False if it is not taken (`may_add` false).
    pub(in crate::agent) fn restore(
        &mut self,
        client: u32,
        rs: (IpAddr, u16),
        expires: Instant,
        may_add: bool,
    ) -> bool {
        match self.map.get_mut(&client) {
            Some(t) => t.expires = t.expires.max(expires),
            None if may_add => {
                self.map.insert(
                    client,
                    Template {
                        rs,
                        conns: 0,
                        expires,
                        queued: false,
                    },
                );
            }
            None => return false,
        }
        if self.map[&client].conns == 0 {
            self.queue(client);
        }
        true
    }

    /// Forgets every template (the service's persistence changed).
    pub(in crate::agent) fn clear(&mut self) {
        self.map.clear();
        self.expiry.clear();
    }
}

/// A template as the state file keeps it, one line of text:
/// `client real-server:port expiry`, the expiry in seconds since the Unix epoch (wall
/// clock, so that the time fpvsd was down counts), e.g.
/// `10.0.1.0 192.168.1.11:80 1700000360`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SavedTemplate {
    /// The client address under the service's netmask.
    pub client: Ipv4Addr,
    /// The real server.
    pub rs: SocketAddr,
    /// When it expires, in seconds since the Unix epoch.
    pub expires: u64,
}

impl fmt::Display for SavedTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.client, self.rs, self.expires)
    }
}

impl FromStr for SavedTemplate {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("persistence template {s:?}: want `client server:port expiry`");
        let mut w = s.split_whitespace();
        let (Some(c), Some(r), Some(e), None) = (w.next(), w.next(), w.next(), w.next()) else {
            return Err(bad());
        };
        Ok(SavedTemplate {
            client: c.parse().map_err(|_| bad())?,
            rs: r.parse().map_err(|_| bad())?,
            expires: e.parse().map_err(|_| bad())?,
        })
    }
}

impl Serialize for SavedTemplate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SavedTemplate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENT: u32 = 0x0a00_0100;
    const T: Duration = Duration::from_secs(360);

    fn rs(last: u8) -> (IpAddr, u16) {
        (Ipv4Addr::new(192, 168, 1, last).into(), 80)
    }

    #[test]
    fn a_template_outlives_its_last_connection_by_the_timeout_then_is_purged() {
        let mut t = Templates::default();
        let t0 = Instant::now();
        assert!(t.start(CLIENT, rs(11), t0, T, true));
        assert!(t.conn_added(CLIENT, rs(11), t0, T, true));
        assert!(t.conn_added(CLIENT, rs(11), t0, T, true));
        // Connections outlive the timeout: the template holds, and is not purged.
        let late = t0 + 3 * T;
        assert_eq!(t.get(CLIENT, late), Some(rs(11)));
        assert_eq!(t.purge(late, &mut 100), 0);
        // The first connection ends: one remains, nothing starts.
        t.conn_removed(CLIENT, late, T);
        assert_eq!(t.purge(late + 2 * T, &mut 100), 0);
        assert_eq!(t.get(CLIENT, late + 2 * T), Some(rs(11)));
        // The last one ends at `end`: the template holds for T more, then expires.
        let end = late + 2 * T;
        t.conn_removed(CLIENT, end, T);
        let just_before = end + T - Duration::from_millis(1);
        assert_eq!(t.get(CLIENT, just_before), Some(rs(11)));
        assert_eq!(t.purge(just_before, &mut 100), 0);
        assert_eq!(t.get(CLIENT, end + T), None, "expired");
        assert_eq!(t.len(), 1, "until purged");
        assert_eq!(t.purge(end + T, &mut 100), 1);
        assert_eq!(t.len(), 0);
        assert_eq!(t.expiry.len(), 0, "nothing left queued");
    }

    #[test]
    fn a_template_used_again_starts_its_timeout_again() {
        let mut t = Templates::default();
        let t0 = Instant::now();
        t.start(CLIENT, rs(11), t0, T, true);
        // Used again (a connection that was not installed) halfway: T from then.
        let half = t0 + T / 2;
        t.start(CLIENT, rs(12), half, T, true);
        assert_eq!(t.purge(t0 + T, &mut 100), 0, "re-queued, not removed");
        assert_eq!(
            t.get(CLIENT, t0 + T),
            Some(rs(12)),
            "pointed at the new pick"
        );
        assert_eq!(t.purge(half + T, &mut 100), 1);
        // Queued while a connection began and ended again: one entry, the later time.
        t.start(CLIENT, rs(11), t0, T, true);
        t.conn_added(CLIENT, rs(11), t0, T, true);
        t.conn_removed(CLIENT, t0 + T, T);
        assert_eq!(t.expiry.len(), 1);
        assert_eq!(t.purge(t0 + T, &mut 100), 0);
        assert_eq!(t.purge(t0 + 2 * T, &mut 100), 1);
    }

    #[test]
    fn a_connection_adopted_onto_an_expired_template_takes_it_over() {
        let mut t = Templates::default();
        let t0 = Instant::now();
        t.start(CLIENT, rs(11), t0, T, true);
        assert!(t.conn_added(CLIENT, rs(12), t0 + T, T, false));
        assert_eq!(t.get(CLIENT, t0 + 2 * T), Some(rs(12)));
        assert_eq!(t.purge(t0 + 2 * T, &mut 100), 0, "it has a connection");
    }

    #[test]
    fn templates_go_in_expiry_order_and_purging_is_bounded() {
        let mut t = Templates::default();
        let t0 = Instant::now();
        for c in 0..10u32 {
            t.start(c, rs(11), t0 + Duration::from_secs(u64::from(c)), T, true);
        }
        let at = t0 + T + Duration::from_secs(5);
        assert_eq!(t.purge(at, &mut 3), 3, "three per call at most");
        assert_eq!(t.purge(at, &mut 100), 3, "then those expired by then");
        let left: Vec<u32> = {
            let mut v: Vec<u32> = t.iter().map(|(c, _)| c).collect();
            v.sort_unstable();
            v
        };
        assert_eq!(left, [6, 7, 8, 9]);
    }

    #[test]
    fn a_client_without_a_template_gets_none_past_the_bound() {
        let mut t = Templates::default();
        let t0 = Instant::now();
        assert!(!t.start(CLIENT, rs(11), t0, T, false));
        assert!(!t.conn_added(CLIENT, rs(11), t0, T, false));
        assert_eq!(t.len(), 0);
        // One that has a template keeps using it.
        t.start(CLIENT, rs(11), t0, T, true);
        assert!(t.start(CLIENT, rs(11), t0, T, false));
        assert!(t.conn_added(CLIENT, rs(11), t0, T, false));
        // A connection adopted without a template makes one, counted.
        assert!(t.conn_added(CLIENT + 1, rs(12), t0, T, true));
        assert_eq!(t.get(CLIENT + 1, t0 + 5 * T), Some(rs(12)));
    }

    #[test]
    fn a_restored_template_joins_an_adopted_connections_one() {
        let mut t = Templates::default();
        let t0 = Instant::now();
        t.conn_added(CLIENT, rs(11), t0, T, true);
        assert!(t.restore(CLIENT, rs(11), t0 + T, true));
        assert!(t.restore(CLIENT + 1, rs(12), t0 + T, true));
        assert!(!t.restore(CLIENT + 2, rs(12), t0 + T, false));
        assert_eq!(t.purge(t0 + T, &mut 100), 1, "the one without connections");
        assert_eq!(t.get(CLIENT, t0 + 2 * T), Some(rs(11)));
    }

    #[test]
    fn a_saved_template_is_one_line_and_reads_back() {
        let s = SavedTemplate {
            client: Ipv4Addr::new(10, 0, 1, 0),
            rs: "192.168.1.11:80".parse().unwrap(),
            expires: 1_700_000_360,
        };
        assert_eq!(s.to_string(), "10.0.1.0 192.168.1.11:80 1700000360");
        assert_eq!(s.to_string().parse::<SavedTemplate>(), Ok(s));
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, "\"10.0.1.0 192.168.1.11:80 1700000360\"");
        assert_eq!(serde_json::from_str::<SavedTemplate>(&json).unwrap(), s);
        for bad in ["", "10.0.1.0 192.168.1.11:80", "10.0.1.0 x 1", "a b c d"] {
            assert!(bad.parse::<SavedTemplate>().is_err(), "{bad:?}");
        }
    }
}
