//! New connections: the first packet of a flow the card has no entry for.
//!
//! The service is matched as IPVS matches it (firewall mark, then address and port,
//! then all ports); persistence first, then the service's scheduler, picks the real
//! server; its real-server entry is the template of the forward action; a FULLNAT
//! connection takes a local address and port; NAT and FULLNAT get a reverse entry
//! for the replies. Both entries go into the batch, the connection into the table,
//! and the frame is re-injected once the batch is committed — or, for a PROXY
//! protocol connection, carried by the host (see [`super::proxy`]).
//!
//! Owns the decision for one packet. Connection state is [`crate::agent::conns`]'s,
//! local ports [`crate::agent::laddr`]'s, next hops [`crate::agent::nexthops`]'s.

use crate::agent::conns::table::ConnState;
use crate::agent::core::{Agent, AgentResult, CLIENT_PORT, SERVER_PORT};
use crate::agent::services::state::checked_v4;
use crate::config::{ForwardMethod, ServiceKey};
use crate::net::{self, Mac};
use crate::proxy;
use crate::sched::Client;
use fpvs_abi::{Action, FlowEntry, FlowKey, ForwardingMode};
use fpvs_driver::rings::Exception;
use std::net::{IpAddr, Ipv4Addr};
use std::time::Instant;

/// An entry that punts instead of acting (a PROXY protocol connection's, while the
/// host carries its first round trip).
fn punting(a: Action) -> Action {
    Action {
        mode: ForwardingMode::Punt,
        ..a
    }
}

/// The forward action of a connection `key` to a real server whose entry is
/// `template`: a real server on port 0 (all-ports and firewall-mark services) keeps
/// the connection's port.
fn forward_action(template: Action, key: &FlowKey) -> Action {
    let mut fwd = template;
    if fwd.new_dport == 0
        && matches!(
            fwd.mode,
            ForwardingMode::NatForward | ForwardingMode::FullNatForward
        )
    {
        fwd.new_dport = key.dport;
    }
    fwd
}

/// The reverse entry of a NAT or FULLNAT connection `key` forwarded with `fwd`: the
/// real server's replies, rewritten back towards the client through next hop `nh`.
fn reverse_entry(key: &FlowKey, fwd: &Action, nh: u16) -> FlowEntry {
    let full = fwd.mode == ForwardingMode::FullNatForward;
    FlowEntry {
        key: FlowKey {
            saddr: fwd.new_daddr,
            daddr: if full { fwd.new_saddr } else { key.saddr },
            sport: fwd.new_dport,
            dport: if full { fwd.new_sport } else { key.sport },
            proto: key.proto,
        },
        action: Action {
            mode: if full {
                ForwardingMode::FullNatReverse
            } else {
                ForwardingMode::NatReverse
            },
            nexthop: nh,
            new_saddr: key.daddr,
            new_daddr: key.saddr,
            new_sport: key.dport,
            new_dport: key.sport,
            ..*fwd
        },
    }
}

impl Agent {
    /// The service a connection's first packet belongs to, as IPVS looks it up: a
    /// firewall-mark service if the mark rules mark the packet, else the service of
    /// its protocol, address and port, else an all-ports (`VIP:0`) service.
    fn match_service(&self, key: &FlowKey) -> Option<usize> {
        let mark = self.fwmarks.mark(key);
        let vip = IpAddr::from(Ipv4Addr::from(key.daddr));
        let find =
            |f: &dyn Fn(&ServiceKey) -> bool| self.services.iter().position(|s| f(&s.svc.key));
        (mark != 0)
            .then(|| find(&|k| *k == ServiceKey::FwMark(mark)))
            .flatten()
            .or_else(|| {
                find(&|k| {
                    matches!(*k, ServiceKey::Addr { proto, addr, port }
                        if proto.number() == key.proto && addr == vip && port == key.dport)
                })
            })
            .or_else(|| {
                find(&|k| {
                    matches!(*k, ServiceKey::Addr { proto, addr, port: 0 }
                        if proto.number() == key.proto && addr == vip)
                })
            })
    }

    /// The real server (its position in the service at `spos`) for a new connection
    /// `key`: the client's persistence template if it has a live one whose server
    /// still takes connections, else the scheduler's pick. A persistent service's
    /// template is (re)started with the pick (see [`crate::agent::services`]).
    fn schedule(&mut self, spos: usize, key: &FlowKey) -> Option<usize> {
        let s = &mut self.services[spos];
        let cands = s.candidates();
        let client = s.svc.persistence.map(|p| key.saddr & u32::from(p.netmask));
        let pick = client
            .and_then(|c| s.templates.get(c, Instant::now()))
            .and_then(|rs| s.servers.iter().position(|r| r.addr() == rs))
            .filter(|i| cands[*i].available && cands[*i].weight > 0);
        let pick = pick.or_else(|| {
            s.sched.pick(
                &cands,
                &Client {
                    saddr: key.saddr,
                    sport: key.sport,
                    daddr: key.daddr,
                    dport: key.dport,
                },
            )
        })?;
        if let Some(c) = client {
            let rs = s.servers[pick].addr();
            self.persist(spos, c, rs);
        }
        Some(pick)
    }

    /// The next hop of the client of connection `key`, whose frame came from
    /// `client_mac`: replies go back through the port the request came in on, to
    /// the MAC it came from.
    ///
    /// None when no next-hop entry is left for that neighbour (clients on the
    /// client segment each need one; clients behind its gateway share the
    /// gateway's).
    fn client_nexthop(&mut self, key: &FlowKey, client_mac: Mac) -> AgentResult<Option<u16>> {
        let client = Ipv4Addr::from(key.saddr);
        let hop = self.neighbour(CLIENT_PORT, client).unwrap_or(client);
        let Ok(nh) = self.alloc_nexthop(hop) else {
            return Ok(None);
        };
        self.neigh.assume(hop, client_mac);
        self.program_nexthop(hop, nh)?;
        Ok(Some(nh))
    }

    /// Puts a new connection's entries into the batch (punting ones if `punt`);
    /// false, with nothing left behind, if the table refuses either.
    #[inline]
    fn install(
        &mut self,
        key: FlowKey,
        fwd: Action,
        reverse: Option<FlowEntry>,
        punt: bool,
    ) -> bool {
        let act = |a: Action| if punt { punting(a) } else { a };
        if self
            .card
            .tables
            .insert_flow(FlowEntry {
                key,
                action: act(fwd),
            })
            .is_err()
        {
            return false;
        }
        if let Some(r) = reverse {
            if self
                .card
                .tables
                .insert_flow(FlowEntry {
                    key: r.key,
                    action: act(r.action),
                })
                .is_err()
            {
                self.card.tables.remove_flow(&key);
                return false;
            }
        }
        true
    }

    pub(super) fn new_flow(&mut self, e: Exception) -> AgentResult<()> {
        let l3 = usize::from(e.l3_offset);
        let Some((key, _flags)) = net::flow_key(&e.frame, l3) else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        // An established connection whose entry is being installed: just re-inject.
        if self.proxied.contains(&key) {
            return self.punted(&e);
        }
        if self.conns.contains(&key) || self.card.tables.shadow().lookup_flow(&key).is_some() {
            tracing::debug!(?key, reason = ?e.reason, conn = ?self.conns.get(&key), "exception for an installed flow");
            self.stats.already_installed += 1;
            return self.reinject(e);
        }
        let Some(spos) = self.match_service(&key) else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        let client_mac = net::src_mac(&e.frame).unwrap_or([0; 6]);
        let Some(ri) = self.schedule(spos, &key) else {
            self.stats.no_server += 1;
            return Ok(());
        };
        let s = &self.services[spos];
        let (svc_key, proxy_protocol) = (s.svc.key, s.svc.proxy_protocol);
        let (rs, rs_index) = (s.servers[ri].rs, s.servers[ri].index);
        let neighbour = self
            .neighbour(SERVER_PORT, checked_v4(rs.addr))
            .expect("checked");
        if !self.neigh.resolved(neighbour) {
            self.request_arp(SERVER_PORT, neighbour)?;
            self.park(neighbour, e);
            return Ok(());
        }
        let Some(template) = self.card.tables.shadow().real_server(rs_index).copied() else {
            self.stats.no_server += 1;
            return Ok(());
        };
        let mut fwd = forward_action(template, &key);
        let rs_end = (Ipv4Addr::from(fwd.new_daddr).into(), fwd.new_dport);
        let mut local = None;
        if rs.method == ForwardMethod::FullNat {
            // The service's local-address pool, round robin; the card's server-side
            // address when none is configured.
            let default = Ipv4Addr::from(template.new_saddr).into();
            let Some((laddr, port)) = self.laddrs.alloc_for(&svc_key, default, rs_end) else {
                self.stats.no_server += 1;
                return Ok(());
            };
            fwd.new_saddr = u32::from(checked_v4(laddr));
            fwd.new_sport = port;
            local = Some((laddr, port));
        }
        let reverse = match fwd.mode {
            ForwardingMode::NatForward | ForwardingMode::FullNatForward => {
                let Some(nh) = self.client_nexthop(&key, client_mac)? else {
                    if let Some(l) = local {
                        self.laddrs.free(l, rs_end);
                    }
                    self.stats.no_nexthop += 1;
                    return Ok(());
                };
                Some(reverse_entry(&key, &fwd, nh))
            }
            _ => None,
        };
        // A flood of SYNs must not fill the table (SYN_RECV connections make room).
        self.make_room(1 + usize::from(reverse.is_some()))?;
        // A PROXY protocol connection: both entries punt until the header is through.
        let proxied =
            proxy_protocol && fwd.mode == ForwardingMode::FullNatForward && key.proto == 6;
        if !self.install(key, fwd, reverse, proxied) {
            if let Some(l) = local {
                self.laddrs.free(l, rs_end);
            }
            self.stats.table_full += 1;
            return Ok(());
        }
        // Committed with the rest of the batch, before the frame is re-injected.
        let state = ConnState::new_for(key.proto);
        self.add_conn(
            key,
            svc_key,
            (rs.addr, rs.port),
            rs_index,
            reverse.map(|r| r.key),
            local,
            state,
        );
        self.stats.scheduled += 1;
        tracing::debug!(?key, rs = %rs.addr, reason = ?e.reason, proxied, "scheduled");
        if let (true, Some(r)) = (proxied, reverse) {
            let client = (Ipv4Addr::from(key.saddr), key.sport);
            let vip = (Ipv4Addr::from(key.daddr), key.dport);
            self.proxied
                .start(key, fwd, r, proxy::header_v2(client, vip));
            return self.punted(&e);
        }
        self.reinject(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::testing::{self, client_key, CLIENT, LOCAL, RS, VIP};

    fn key(dport: u16) -> FlowKey {
        client_key(40000, dport)
    }

    fn template(mode: ForwardingMode, new_dport: u16) -> Action {
        Action {
            new_dport,
            ..testing::action(mode)
        }
    }

    #[test]
    fn a_real_server_on_port_0_keeps_the_connections_port_when_it_translates() {
        let nat = forward_action(template(ForwardingMode::NatForward, 0), &key(8080));
        assert_eq!(nat.new_dport, 8080);
        let full = forward_action(template(ForwardingMode::FullNatForward, 0), &key(53));
        assert_eq!(full.new_dport, 53);
        let fixed = forward_action(template(ForwardingMode::NatForward, 80), &key(8080));
        assert_eq!(fixed.new_dport, 80);
        let dr = forward_action(template(ForwardingMode::Dr, 0), &key(8080));
        assert_eq!(dr.new_dport, 0, "DR does not rewrite ports");
    }

    #[test]
    fn reverse_entries_send_replies_back_to_the_client_from_the_vip() {
        let k = key(80);
        let nat = template(ForwardingMode::NatForward, 8080);
        let r = reverse_entry(&k, &nat, 9);
        // real server:8080 -> client:40000, back to VIP:80 -> client:40000.
        assert_eq!(
            (r.key.saddr, r.key.sport, r.key.daddr, r.key.dport),
            (RS, 8080, CLIENT, 40000)
        );
        assert_eq!(r.action.mode, ForwardingMode::NatReverse);
        assert_eq!(
            (r.action.new_saddr, r.action.new_sport),
            (VIP, 80),
            "from the VIP"
        );
        assert_eq!((r.action.new_daddr, r.action.new_dport), (CLIENT, 40000));
        assert_eq!(
            (r.action.nexthop, r.action.service, r.action.real_server),
            (9, 2, 3)
        );
        // FULLNAT: real server -> local address:port.
        let full = Action {
            new_sport: 1500,
            ..template(ForwardingMode::FullNatForward, 8080)
        };
        let r = reverse_entry(&k, &full, 9);
        assert_eq!((r.key.daddr, r.key.dport), (LOCAL, 1500));
        assert_eq!(r.action.mode, ForwardingMode::FullNatReverse);
        assert_eq!(punting(r.action).mode, ForwardingMode::Punt);
        assert_eq!(punting(r.action).new_daddr, CLIENT);
    }
}
