//! `wrr`: weighted round robin (IPVS `ip_vs_wrr.c`).
//!
//! With `di` the gcd of the positive weights and `mw = max weight - (di - 1)`, the
//! scheduler sweeps the list repeatedly with a current weight `cw` of `mw`,
//! `mw - di`, ..., down to 1, picking in each sweep the servers whose weight is at
//! least `cw`. A server of weight `w` is thus picked `w / di` times in each cycle of
//! `sum(w) / di` picks, in a fixed interleaved order (weights 1, 2, 3 give
//! `2 1 2 0 1 2`). Starting `mw` at `max - (di - 1)` rather than `max` makes the last
//! sweep use `cw = 1`, so a server whose weight is not a multiple of `di` is still
//! reached.
//!
//! Unavailable servers are passed over; the sweep gives up, leaving `cw` where it is,
//! once every server has been checked with `cw = 1`.

use super::{Candidate, Client, Schedule};

/// Weighted round-robin state.
#[derive(Debug, Clone)]
pub(super) struct Wrr {
    /// Last server picked; `None` stands for the head of the list (before index 0).
    cursor: Option<usize>,
    /// Current weight.
    cw: i64,
    /// Maximum weight less `di - 1` (0: no server has a positive weight).
    mw: i64,
    /// Step: gcd of the positive weights (1 if there are none).
    di: i64,
}

fn gcd(mut a: i64, mut b: i64) -> i64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// `(di, mw)` for a server list.
fn steps(servers: &[Candidate]) -> (i64, i64) {
    let di = servers
        .iter()
        .map(|c| i64::from(c.weight))
        .filter(|&w| w > 0)
        .fold(0, gcd)
        .max(1);
    let max = servers
        .iter()
        .map(|c| i64::from(c.weight))
        .max()
        .unwrap_or(0);
    (di, (max - (di - 1)).max(0))
}

impl Wrr {
    pub(super) fn new(servers: &[Candidate]) -> Wrr {
        let (di, mw) = steps(servers);
        Wrr {
            cursor: None,
            cw: mw,
            mw,
            di,
        }
    }
}

impl Schedule for Wrr {
    fn pick(&mut self, servers: &[Candidate], _client: &Client) -> Option<usize> {
        if self.mw == 0 {
            return None;
        }
        let n = servers.len();
        // Where this pick started, and where the final sweep must stop.
        let last = self.cursor.filter(|&l| l < n);
        let mut stop: Option<usize> = None;
        let mut pos = last;
        let mut last_pass = false;
        let mut restarted = false;
        loop {
            let from = pos.map_or(0, |p| p + 1);
            for (i, c) in servers.iter().enumerate().skip(from) {
                if c.available && i64::from(c.weight) >= self.cw {
                    self.cursor = Some(i);
                    return Some(i);
                }
                if stop == Some(i) {
                    self.cursor = Some(i);
                    return None;
                }
            }
            // Back at the head: next sweep, one step lower.
            pos = None;
            self.cw -= self.di;
            if self.cw <= 0 {
                self.cw = self.mw;
                // Everything has been checked with cw = 1 already: the sweep that just
                // ended was the last one, or it started at the head and was the only
                // one.
                if last_pass || last.is_none() {
                    self.cursor = None;
                    return None;
                }
                restarted = true;
            }
            last_pass = self.cw <= self.di;
            if last_pass && restarted {
                // The first sweep with cw = 1 only covered the servers after `last`;
                // this one covers the rest, up to `last`.
                stop = last;
            }
        }
    }

    fn reset(&mut self, servers: &[Candidate]) {
        let (di, mw) = steps(servers);
        self.cursor = None;
        self.di = di;
        self.mw = mw;
        if self.cw > mw || self.cw == 0 {
            self.cw = mw;
        } else if di > 1 {
            // Back onto the new grid of steps (1, 1 + di, 1 + 2 di, ...).
            self.cw = (self.cw / di) * di + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sched::tests::{count_picks, servers};

    fn order(w: &mut Wrr, s: &[Candidate], n: usize) -> Vec<usize> {
        (0..n)
            .map(|_| w.pick(s, &Client::default()).unwrap())
            .collect()
    }

    #[test]
    fn weights_1_2_3_exactly() {
        let s = servers(&[1, 2, 3]);
        let mut w = Wrr::new(&s);
        assert_eq!(order(&mut w, &s, 6), [2, 1, 2, 0, 1, 2]);
        let mut w = Wrr::new(&s);
        assert_eq!(count_picks(&mut w, &s, 6000), [1000, 2000, 3000]);
    }

    #[test]
    fn common_divisor_is_stepped_over() {
        // Weights 20, 40, 60 behave as 1, 2, 3: three sweeps per cycle, not sixty.
        let s = servers(&[20, 40, 60]);
        let mut w = Wrr::new(&s);
        assert_eq!((w.di, w.mw), (20, 41));
        assert_eq!(order(&mut w, &s, 6), [2, 1, 2, 0, 1, 2]);
        assert_eq!(count_picks(&mut w, &s, 600), [100, 200, 300]);
    }

    #[test]
    fn quiesced_and_unavailable_never_picked() {
        let mut s = servers(&[1, 0, 2, 3]);
        s[3].available = false;
        let mut w = Wrr::new(&s);
        assert_eq!(count_picks(&mut w, &s, 3000), [1000, 0, 2000, 0]);
        for c in &mut s {
            c.available = false;
        }
        assert_eq!(w.pick(&s, &Client::default()), None);
        assert_eq!(
            Wrr::new(&servers(&[0, 0])).pick(&s, &Client::default()),
            None
        );
        assert_eq!(Wrr::new(&[]).pick(&[], &Client::default()), None);
    }

    #[test]
    fn only_light_servers_left() {
        // The heavy server is down: the light ones still get every pick, in turn.
        let mut s = servers(&[1, 1, 5]);
        s[2].available = false;
        let mut w = Wrr::new(&s);
        assert_eq!(order(&mut w, &s, 4), [0, 1, 0, 1]);
    }

    #[test]
    fn weight_below_the_step_still_reached() {
        // Weights change under a running scheduler without a reset: the server with
        // weight 1 (below di = 2) is found by the final sweep with cw = 1.
        let s = servers(&[2, 4]);
        let mut w = Wrr::new(&s);
        let mut t = s.clone();
        t[1].available = false;
        t[0].weight = 1;
        assert_eq!(w.pick(&t, &Client::default()), Some(0));
    }

    #[test]
    fn reset_keeps_proportions() {
        let s = servers(&[1, 2, 3]);
        let mut w = Wrr::new(&s);
        order(&mut w, &s, 4);
        let t = servers(&[4, 2]);
        w.reset(&t);
        assert_eq!((w.di, w.mw), (2, 3));
        // Whatever cw was, a full cycle after the reset is 2:1.
        let c = count_picks(&mut w, &t, 3);
        assert_eq!(c.iter().sum::<u32>(), 3);
        assert_eq!(count_picks(&mut w, &t, 3000), [2000, 1000]);
    }
}
