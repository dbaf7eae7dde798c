//! The bucket-hashing schedulers: `sh` and `dh` (IPVS `ip_vs_sh.c`, `ip_vs_dh.c`).
//!
//! Both keep a table of 256 buckets, each naming a server, rebuilt on every change:
//! `dh` deals the buckets to the servers in turn; `sh` deals each server as many
//! consecutive buckets as its weight before moving on (a server of weight 0 still
//! takes one), so shares follow weights while the total stays under 256. The key is
//! the multiplicative hash `((key * 0x61C8_8647) mod 2^32) >> 24` (the kernel's
//! `hash_32(key, 8)`), of the destination address for `dh`, of the source address —
//! plus the source port with `sh-port` — for `sh`.
//!
//! A bucket whose server is unusable gives no server, unless `sh-fallback` is set:
//! then `sh` tries the buckets `2h, 2h + 1, ...` (mod 256), for the client's bucket
//! `h`, and takes the first usable server — deterministic per client, as the kernel
//! does. (The walk does not spread the orphaned clients evenly: with buckets dealt in
//! turn, most of one server's clients land on the same other server. IPVS behaves
//! the same; `mh-fallback` spreads them.)

use super::{usable_at, Candidate, Client, Flags, Schedule};

/// Buckets in a table.
const BUCKETS: usize = 256;

/// The kernel's `hash_32(key, 8)`: top 8 bits of `key` times `2^32 / phi`.
#[inline]
fn hash8(key: u32) -> usize {
    (key.wrapping_mul(0x61C8_8647) >> 24) as usize
}

/// Source hashing.
#[derive(Debug, Clone)]
pub(super) struct Sh {
    flags: Flags,
    /// Server of each bucket; empty when there are no servers.
    buckets: Vec<usize>,
}

impl Sh {
    pub(super) fn new(flags: Flags, servers: &[Candidate]) -> Sh {
        let mut sh = Sh {
            flags,
            buckets: Vec::new(),
        };
        sh.reset(servers);
        sh
    }
}

impl Schedule for Sh {
    fn pick(&mut self, servers: &[Candidate], client: &Client) -> Option<usize> {
        if self.buckets.is_empty() {
            return None;
        }
        let port = if self.flags.port { client.sport } else { 0 };
        let h = hash8(u32::from(port).wrapping_add(client.saddr));
        let first = self.buckets[h];
        if usable_at(servers, first) {
            return Some(first);
        }
        if !self.flags.fallback {
            return None;
        }
        (0..BUCKETS)
            .map(|k| self.buckets[(2 * h + k) % BUCKETS])
            .find(|&i| usable_at(servers, i))
    }

    fn reset(&mut self, servers: &[Candidate]) {
        self.buckets.clear();
        if servers.is_empty() {
            return;
        }
        let mut server = 0;
        let mut dealt = 0u32;
        for _ in 0..BUCKETS {
            self.buckets.push(server);
            dealt += 1;
            if dealt >= servers[server].weight {
                server = (server + 1) % servers.len();
                dealt = 0;
            }
        }
    }
}

/// Destination hashing.
#[derive(Debug, Clone)]
pub(super) struct Dh {
    /// Server of each bucket; empty when there are no servers.
    buckets: Vec<usize>,
}

impl Dh {
    pub(super) fn new(servers: &[Candidate]) -> Dh {
        let mut dh = Dh {
            buckets: Vec::new(),
        };
        dh.reset(servers);
        dh
    }
}

impl Schedule for Dh {
    fn pick(&mut self, servers: &[Candidate], client: &Client) -> Option<usize> {
        let &i = self.buckets.get(hash8(client.daddr))?;
        usable_at(servers, i).then_some(i)
    }

    fn reset(&mut self, servers: &[Candidate]) {
        self.buckets.clear();
        if !servers.is_empty() {
            self.buckets.extend((0..BUCKETS).map(|b| b % servers.len()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sched::tests::{clients, servers};

    fn flags(fallback: bool, port: bool) -> Flags {
        Flags { fallback, port }
    }

    fn shares(buckets: &[usize], n: usize) -> Vec<usize> {
        let mut c = vec![0; n];
        for &b in buckets {
            c[b] += 1;
        }
        c
    }

    #[test]
    fn hash8_is_the_kernels() {
        assert_eq!(hash8(0), 0);
        assert_eq!(hash8(1), 0x61);
        // -0x61C8_8647 mod 2^32 is 0x9E37_79B9.
        assert_eq!(hash8(u32::MAX), 0x9E);
    }

    #[test]
    fn sh_buckets_follow_weights() {
        let sh = Sh::new(Flags::default(), &servers(&[1, 3]));
        assert_eq!(&sh.buckets[..8], [0, 1, 1, 1, 0, 1, 1, 1]);
        assert_eq!(shares(&sh.buckets, 2), [64, 192]);
        // A quiesced server keeps one bucket per round.
        let sh = Sh::new(Flags::default(), &servers(&[2, 0, 1]));
        assert_eq!(&sh.buckets[..8], [0, 0, 1, 2, 0, 0, 1, 2]);
        // Weight 300 fills the table.
        let sh = Sh::new(Flags::default(), &servers(&[300, 1]));
        assert_eq!(shares(&sh.buckets, 2), [256, 0]);
    }

    #[test]
    fn sh_same_client_same_server_and_spread() {
        let s = servers(&[1, 1, 1, 1]);
        let mut sh = Sh::new(Flags::default(), &s);
        let mut count = [0u32; 4];
        for c in clients(20_000) {
            let i = sh.pick(&s, &c).unwrap();
            count[i] += 1;
            // Same source address, any port or destination: same server.
            let other = Client {
                sport: c.sport ^ 0x5555,
                daddr: !c.daddr,
                ..c
            };
            assert_eq!(sh.pick(&s, &other), Some(i));
        }
        for n in count {
            assert!((4_000..6_000).contains(&n), "{count:?}");
        }
    }

    #[test]
    fn sh_port_spreads_one_address() {
        let s = servers(&[1, 1, 1, 1]);
        let mut plain = Sh::new(Flags::default(), &s);
        let mut port = Sh::new(flags(false, true), &s);
        let mut seen_plain = [false; 4];
        let mut seen_port = [false; 4];
        for sport in 1024..1088 {
            let c = Client {
                saddr: 0xC0A8_0001,
                sport,
                ..Client::default()
            };
            seen_plain[plain.pick(&s, &c).unwrap()] = true;
            seen_port[port.pick(&s, &c).unwrap()] = true;
            assert_eq!(port.pick(&s, &c), port.pick(&s, &c));
        }
        assert_eq!(seen_plain.iter().filter(|&&x| x).count(), 1);
        assert_eq!(seen_port, [true; 4]);
    }

    #[test]
    fn sh_unavailable_without_and_with_fallback() {
        let mut s = servers(&[1, 1, 1]);
        let mut plain = Sh::new(Flags::default(), &s);
        let mut fb = Sh::new(flags(true, false), &s);
        let cs = clients(3000);
        let before: Vec<_> = cs.iter().map(|c| plain.pick(&s, c).unwrap()).collect();
        s[1].available = false;
        let mut moved = [0u32; 3];
        for (c, &b) in cs.iter().zip(&before) {
            let p = plain.pick(&s, c);
            let f = fb.pick(&s, c);
            if b == 1 {
                assert_eq!(p, None);
                let f = f.unwrap();
                assert_ne!(f, 1);
                assert_eq!(fb.pick(&s, c), Some(f), "fallback is deterministic");
                moved[f] += 1;
            } else {
                // Clients of the servers still up stay where they were.
                assert_eq!(p, Some(b));
                assert_eq!(f, Some(b));
            }
        }
        // As in IPVS, the walk starts at bucket 2h: with buckets dealt in turn to equal
        // servers, most orphans land on one neighbour.
        assert_eq!(
            moved.iter().sum::<u32>() as usize,
            before.iter().filter(|&&b| b == 1).count()
        );
        s[1].weight = 0;
        s[1].available = true;
        assert!(cs.iter().all(|c| fb.pick(&s, c) != Some(1)));
        for c in &mut s {
            c.available = false;
        }
        assert!(cs.iter().all(|c| fb.pick(&s, c).is_none()));
        assert_eq!(fb.pick(&[], &cs[0]), None);
        assert_eq!(Sh::new(flags(true, true), &[]).pick(&[], &cs[0]), None);
    }

    #[test]
    fn dh_hashes_the_destination() {
        let s = servers(&[1, 5, 1]);
        let mut dh = Dh::new(&s);
        assert_eq!(shares(&dh.buckets, 3), [86, 85, 85]);
        let mut count = [0u32; 3];
        for c in clients(15_000) {
            let i = dh.pick(&s, &c).unwrap();
            count[i] += 1;
            let other = Client {
                saddr: !c.saddr,
                sport: c.sport ^ 1,
                ..c
            };
            assert_eq!(dh.pick(&s, &other), Some(i));
        }
        for n in count {
            assert!((4_000..6_000).contains(&n), "{count:?}");
        }
    }

    #[test]
    fn dh_unusable_gives_none() {
        let mut s = servers(&[1, 0, 1]);
        s[2].available = false;
        let mut dh = Dh::new(&s);
        for c in clients(1000) {
            let b = dh.buckets[hash8(c.daddr)];
            assert_eq!(dh.pick(&s, &c), (b == 0).then_some(0));
        }
        assert_eq!(Dh::new(&[]).pick(&[], &Client::default()), None);
    }
}
