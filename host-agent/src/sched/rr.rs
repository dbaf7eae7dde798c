//! `rr`: round robin (IPVS `ip_vs_rr.c`).
//!
//! A cursor remembers the last server picked; the next pick is the first usable server
//! after it, wrapping around once. Weights only matter as zero / non-zero.

use super::{Candidate, Client, Schedule};

/// Round-robin state.
#[derive(Debug, Clone, Default)]
pub(super) struct Rr {
    /// Last server picked; `None` before the first pick (start at index 0).
    last: Option<usize>,
}

impl Rr {
    pub(super) fn new(_servers: &[Candidate]) -> Rr {
        Rr::default()
    }
}

impl Schedule for Rr {
    fn pick(&mut self, servers: &[Candidate], _client: &Client) -> Option<usize> {
        let n = servers.len();
        let start = match self.last {
            Some(l) if l + 1 < n => l + 1,
            _ => 0,
        };
        // The servers after the cursor, then those up to and including it.
        let found = (start..n).chain(0..start).find(|&i| servers[i].usable())?;
        self.last = Some(found);
        Some(found)
    }

    fn reset(&mut self, servers: &[Candidate]) {
        // IPVS keeps its cursor across changes (moving it back when its server is
        // deleted); positions are all we have, so keep it while it is in range.
        if self.last.is_some_and(|l| l >= servers.len()) {
            self.last = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sched::tests::{count_picks, servers};

    #[test]
    fn equal_shares_in_order() {
        let s = servers(&[1, 5, 100]);
        let mut rr = Rr::new(&s);
        let order: Vec<_> = (0..6)
            .map(|_| rr.pick(&s, &Client::default()).unwrap())
            .collect();
        assert_eq!(order, [0, 1, 2, 0, 1, 2]);
        assert_eq!(count_picks(&mut rr, &s, 3000), [1000, 1000, 1000]);
    }

    #[test]
    fn skips_quiesced_and_unavailable() {
        let mut s = servers(&[1, 0, 1, 1]);
        s[2].available = false;
        let mut rr = Rr::new(&s);
        assert_eq!(count_picks(&mut rr, &s, 2000), [1000, 0, 0, 1000]);
        for c in &mut s {
            c.available = false;
        }
        assert_eq!(rr.pick(&s, &Client::default()), None);
        // The cursor survives a miss: the next usable server follows the last pick.
        s[0].available = true;
        s[3].available = true;
        let last = rr.last.unwrap();
        assert_eq!(
            rr.pick(&s, &Client::default()),
            Some(if last == 0 { 3 } else { 0 })
        );
    }

    #[test]
    fn shrinking_the_set_is_safe() {
        let s = servers(&[1, 1, 1, 1]);
        let mut rr = Rr::new(&s);
        for _ in 0..4 {
            rr.pick(&s, &Client::default());
        }
        let fewer = &s[..2];
        rr.reset(fewer);
        assert_eq!(count_picks(&mut rr, fewer, 10), [5, 5]);
        assert_eq!(rr.pick(&[], &Client::default()), None);
    }
}
