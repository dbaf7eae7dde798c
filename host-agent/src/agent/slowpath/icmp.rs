//! ICMP in the slow path.
//!
//! TUN frames over the tunnel MTU with DF set are answered with ICMP
//! fragmentation-needed (the tunnel's inner MTU), so the client's path MTU discovery
//! works; without DF they are dropped (the card cannot fragment). ICMP echo to one of
//! our addresses is answered. ICMP errors (unreachable, time exceeded, ...) quoting a
//! packet of a connection reach its other side as IPVS delivers them: one about a
//! packet sent to the client goes to the real server (DR/TUN forwarded as the card
//! forwards the connection; NAT/FULLNAT translated: outer addresses, the quoted header
//! and ports, checksums), one about a packet sent to a NAT/FULLNAT real server goes to
//! the client, from the VIP, quoting the client's own packet. ICMP errors that match
//! no connection, and other ICMP, are counted and dropped.
//!
//! Owns nothing; it reads the connection table and the card's entries and queues the
//! frames it builds for the batch's send.

use crate::agent::core::{Agent, AgentResult};
use crate::net;
use fpvs_abi::{Action, FlowKey, ForwardingMode};
use fpvs_driver::rings::{Exception, InjectTarget};

impl Agent {
    /// Path MTU discovery for TUN: the client learns the tunnel's inner MTU.
    /// Without DF the packet is dropped (the card cannot fragment it, and a fragment
    /// would come back up as an exception): policy, counted.
    pub(super) fn tunnel_mtu(&mut self, e: &Exception) -> AgentResult<()> {
        let mtu = self
            .card
            .regs
            .read(fpvs_abi::regs::ctrl::TUN_MTU)?
            .saturating_sub(20)
            .min(u32::from(u16::MAX)) as u16;
        let mac = self.net.ports[usize::from(e.port.min(1))].mac;
        match net::icmp_frag_needed(&e.frame, usize::from(e.l3_offset), mtu, mac) {
            Some(icmp) => {
                self.card
                    .inject(&[(InjectTarget::Port { port: e.port }, &icmp)])?;
                self.stats.frag_needed += 1;
            }
            _ => self.stats.policy_drops += 1,
        }
        Ok(())
    }

    /// An ICMP message the card sent up: an error about a connection, or an echo
    /// request to one of our addresses.
    pub(super) fn icmp(&mut self, e: &Exception) -> AgentResult<()> {
        let l3 = usize::from(e.l3_offset);
        if let Some(err) = net::IcmpError::parse(&e.frame, l3) {
            return self.icmp_error(e, &err);
        }
        let vip_or_ours = self.is_local_or_vip(e);
        match net::icmp_echo_reply(&e.frame, l3) {
            Some(reply) if vip_or_ours => {
                self.card
                    .inject(&[(InjectTarget::Port { port: e.port }, &reply)])?;
                self.stats.echo_replies += 1;
            }
            _ => self.stats.policy_drops += 1,
        }
        Ok(())
    }

    /// The action a connection's entry really has (a PROXY protocol connection's
    /// entries punt while the host carries its first round trip).
    fn real_action(&self, key: &FlowKey) -> Option<Action> {
        let (_, e) = self.card.tables.shadow().lookup_flow(key)?;
        if e.action.mode != ForwardingMode::Punt {
            return Some(e.action);
        }
        self.proxied.action_of(key)
    }

    /// An ICMP error about a packet of a connection goes to the other side, translated
    /// as IPVS does: one about a packet sent to the client (arriving on the client
    /// side) goes to the real server, one about a packet sent to the real server goes
    /// to the client. The quoted packet names the connection: reversed, it is the
    /// connection's forward key (client side) or its reverse key (server side).
    fn icmp_error(&mut self, e: &Exception, err: &net::IcmpError) -> AgentResult<()> {
        let l3 = usize::from(e.l3_offset);
        let q = err.quoted;
        let swapped = FlowKey {
            saddr: q.daddr,
            daddr: q.saddr,
            sport: q.dport,
            dport: q.sport,
            proto: q.proto,
        };
        let cfg = fpvs_model::CardConfig::NARROW;
        // The connection's entry for the quoted packet's reverse, and its next hop.
        let to_server = self.conns.get(&swapped).map(|c| c.reverse);
        let to_client = self.conns.forward_of(&swapped);
        let found = self.real_action(&swapped).and_then(|a| {
            let nh = self.card.tables.shadow().nexthop(a.nexthop).copied()?;
            Some((a, nh))
        });
        let Some((a, nh)) = found.filter(|_| to_server.is_some() || to_client.is_some()) else {
            self.stats.policy_drops += 1;
            return Ok(());
        };
        let macs = (nh.dst_mac.0, nh.src_mac.0);
        let frame = &e.frame[..err.end];
        let f = match (to_server, to_client) {
            // To the real server.
            (Some(reverse), _) => match (a.mode, reverse) {
                (ForwardingMode::Dr | ForwardingMode::Tun, _) => {
                    fpvs_model::rewrite(frame, l3, &a, &nh, &cfg)
                }
                (ForwardingMode::NatForward, Some(rev)) => {
                    let src = u32::from_be_bytes(frame[l3 + 12..l3 + 16].try_into().expect("4"));
                    err.translate(frame, l3, (src, a.new_daddr), &rev, macs)
                }
                (ForwardingMode::FullNatForward, Some(rev)) => {
                    err.translate(frame, l3, (a.new_saddr, a.new_daddr), &rev, macs)
                }
                _ => {
                    self.stats.policy_drops += 1;
                    return Ok(());
                }
            },
            // To the client: from the VIP, quoting the client's own packet.
            (None, Some(fk)) => err.translate(frame, l3, (fk.daddr, fk.saddr), &fk, macs),
            (None, None) => unreachable!("filtered above"),
        };
        self.send.push((nh.port, f));
        self.stats.icmp_errors += 1;
        Ok(())
    }
}
