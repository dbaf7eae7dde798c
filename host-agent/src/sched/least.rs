//! The load-based schedulers: `lc`, `wlc`, `sed`, `nq` (IPVS `ip_vs_lc.c`,
//! `ip_vs_wlc.c`, `ip_vs_sed.c`, `ip_vs_nq.c`).
//!
//! None keeps state; each scans the usable servers in order and keeps the first of the
//! least loaded (a later server must be strictly less loaded to win):
//!
//! * `lc`: least overhead, `active * 256 + inactive` — an active connection is
//!   reckoned 256 times the cost of an inactive one;
//! * `wlc`: least `overhead / weight`;
//! * `sed` (shortest expected delay): least `(active + 1) / weight`, the delay the new
//!   connection would see, inactive connections ignored;
//! * `nq` (never queue): the first idle server (`active == 0`) if any, else as `sed`.

use super::{ratio_gt, Candidate, Client, Schedule};

/// IPVS's connection overhead: `active * 256 + inactive`.
#[inline]
fn overhead(c: &Candidate) -> u64 {
    (u64::from(c.active) << 8) + u64::from(c.inactive)
}

/// Expected delay numerator of `sed` and `nq`: `active + 1`.
#[inline]
fn expected(c: &Candidate) -> u64 {
    u64::from(c.active) + 1
}

/// The usable server with the least `load / weight`, the first of equals.
#[inline]
fn least_by_ratio(servers: &[Candidate], load: impl Fn(&Candidate) -> u64) -> Option<usize> {
    let mut best: Option<(usize, u64, u32)> = None;
    for (i, c) in servers.iter().enumerate() {
        if !c.usable() {
            continue;
        }
        let l = load(c);
        match best {
            Some((_, bl, bw)) if !ratio_gt(bl, bw, l, c.weight) => {}
            _ => best = Some((i, l, c.weight)),
        }
    }
    best.map(|(i, _, _)| i)
}

/// Least connection.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Lc;

impl Schedule for Lc {
    fn pick(&mut self, servers: &[Candidate], _client: &Client) -> Option<usize> {
        let mut best: Option<(usize, u64)> = None;
        for (i, c) in servers.iter().enumerate() {
            if !c.usable() {
                continue;
            }
            let o = overhead(c);
            match best {
                Some((_, bo)) if o >= bo => {}
                _ => best = Some((i, o)),
            }
        }
        best.map(|(i, _)| i)
    }

    fn reset(&mut self, _servers: &[Candidate]) {}
}

/// Weighted least connection.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Wlc;

impl Schedule for Wlc {
    fn pick(&mut self, servers: &[Candidate], _client: &Client) -> Option<usize> {
        least_by_ratio(servers, overhead)
    }

    fn reset(&mut self, _servers: &[Candidate]) {}
}

/// Shortest expected delay.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Sed;

impl Schedule for Sed {
    fn pick(&mut self, servers: &[Candidate], _client: &Client) -> Option<usize> {
        least_by_ratio(servers, expected)
    }

    fn reset(&mut self, _servers: &[Candidate]) {}
}

/// Never queue.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Nq;

impl Schedule for Nq {
    fn pick(&mut self, servers: &[Candidate], _client: &Client) -> Option<usize> {
        let mut best: Option<(usize, u64, u32)> = None;
        for (i, c) in servers.iter().enumerate() {
            if !c.usable() {
                continue;
            }
            if c.active == 0 {
                return Some(i);
            }
            let l = expected(c);
            match best {
                Some((_, bl, bw)) if !ratio_gt(bl, bw, l, c.weight) => {}
                _ => best = Some((i, l, c.weight)),
            }
        }
        best.map(|(i, _, _)| i)
    }

    fn reset(&mut self, _servers: &[Candidate]) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sched::tests::servers;

    /// Picks `n` times, each pick opening an active connection on the server picked.
    fn fill(s: &mut impl Schedule, servers: &mut [Candidate], n: usize) {
        for _ in 0..n {
            let i = s.pick(servers, &Client::default()).unwrap();
            servers[i].active += 1;
        }
    }

    fn loads(s: &mut [Candidate], active: &[u32], inactive: &[u32]) {
        for (i, c) in s.iter_mut().enumerate() {
            c.active = active[i];
            c.inactive = inactive[i];
        }
    }

    fn pick(s: &mut impl Schedule, servers: &[Candidate]) -> Option<usize> {
        s.pick(servers, &Client::default())
    }

    #[test]
    fn lc_follows_connection_counts() {
        let mut s = servers(&[1, 1, 1]);
        loads(&mut s, &[3, 1, 2], &[0, 0, 0]);
        assert_eq!(pick(&mut Lc, &s), Some(1));
        // One active connection outweighs 255 inactive ones, and equals 256.
        loads(&mut s, &[1, 0, 9], &[0, 255, 0]);
        assert_eq!(pick(&mut Lc, &s), Some(1));
        loads(&mut s, &[1, 0, 9], &[0, 256, 0]);
        assert_eq!(pick(&mut Lc, &s), Some(0), "first of equals");
        // Weights other than 0 do not matter.
        let mut s = servers(&[1, 100, 5]);
        loads(&mut s, &[10, 40, 0], &[0, 0, 0]);
        fill(&mut Lc, &mut s, 50);
        let a: Vec<u32> = s.iter().map(|c| c.active).collect();
        assert_eq!(a, [30, 40, 30]);
    }

    #[test]
    fn wlc_follows_weighted_counts() {
        let mut s = servers(&[1, 2, 3]);
        fill(&mut Wlc, &mut s, 6000);
        let a: Vec<u32> = s.iter().map(|c| c.active).collect();
        assert_eq!(a, [1000, 2000, 3000]);
        // Overhead per weight: 512/1 vs 1024/3 vs 600/2 -> the third (300).
        let mut s = servers(&[1, 3, 2]);
        loads(&mut s, &[2, 4, 2], &[0, 0, 88]);
        assert_eq!(pick(&mut Wlc, &s), Some(2));
        // All idle: the first.
        assert_eq!(pick(&mut Wlc, &servers(&[1, 5])), Some(0));
    }

    #[test]
    fn sed_counts_the_new_connection() {
        // All idle: wlc takes the first, sed the heaviest ((0+1)/3 < (0+1)/1).
        let s = servers(&[1, 3]);
        assert_eq!(pick(&mut Wlc, &s), Some(0));
        assert_eq!(pick(&mut Sed, &s), Some(1));
        // Inactive connections do not count.
        let mut s = servers(&[1, 1]);
        loads(&mut s, &[1, 1], &[1000, 0]);
        assert_eq!(pick(&mut Sed, &s), Some(0));
        let mut s = servers(&[1, 2, 3]);
        fill(&mut Sed, &mut s, 6000);
        let a: Vec<u32> = s.iter().map(|c| c.active).collect();
        assert_eq!(a, [1000, 2000, 3000]);
    }

    #[test]
    fn nq_prefers_an_idle_server() {
        let mut s = servers(&[1, 10]);
        loads(&mut s, &[0, 5], &[0, 0]);
        // sed: 1/1 vs 6/10 -> the second; nq: the first is idle.
        assert_eq!(pick(&mut Sed, &s), Some(1));
        assert_eq!(pick(&mut Nq, &s), Some(0));
        // No idle server: as sed.
        loads(&mut s, &[1, 5], &[0, 0]);
        assert_eq!(pick(&mut Nq, &s), Some(1));
        // The first idle server, even after a less loaded busy one.
        let mut s = servers(&[100, 1, 1]);
        loads(&mut s, &[1, 0, 0], &[0, 0, 0]);
        assert_eq!(pick(&mut Nq, &s), Some(1));
    }

    #[test]
    fn quiesced_and_unavailable_never_picked() {
        let mut s = servers(&[0, 1, 1, 1]);
        s[2].available = false;
        loads(&mut s, &[0, 7, 0, 9], &[0, 0, 0, 0]);
        assert_eq!(pick(&mut Lc, &s), Some(1));
        assert_eq!(pick(&mut Wlc, &s), Some(1));
        assert_eq!(pick(&mut Sed, &s), Some(1));
        assert_eq!(pick(&mut Nq, &s), Some(1));
        s[1].available = false;
        s[3].available = false;
        for sched in [&mut Lc as &mut dyn Schedule, &mut Wlc, &mut Sed, &mut Nq] {
            assert_eq!(sched.pick(&s, &Client::default()), None);
            assert_eq!(sched.pick(&[], &Client::default()), None);
        }
    }

    #[test]
    fn huge_counts_and_weights_do_not_overflow() {
        let mut s = servers(&[u32::MAX, 1]);
        loads(&mut s, &[u32::MAX, 0], &[u32::MAX, 1]);
        // (2^32-1)*256 + 2^32-1 over 2^32-1 is 257; 1 over 1 is 1.
        assert_eq!(pick(&mut Wlc, &s), Some(1));
        assert_eq!(pick(&mut Lc, &s), Some(1));
        loads(&mut s, &[u32::MAX, 1], &[0, 0]);
        // sed: 2^32 / (2^32-1) vs 2 / 1.
        assert_eq!(pick(&mut Sed, &s), Some(0));
        assert_eq!(pick(&mut Nq, &s), Some(0));
    }
}
