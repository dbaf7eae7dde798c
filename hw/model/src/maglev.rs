//! Maglev consistent hashing (Eisenbud et al., NSDI 2016), weighted: the table builder
//! as a pure function.
//!
//! Each backend has a permutation of the `m` slots, `(offset + j * skip) mod m` with
//! `offset = h1 mod m` and `skip = h2 mod (m - 1) + 1` — a permutation because `m` is
//! prime. Backends take turns claiming their next preferred free slot until the table
//! is full; a backend with weight `w` gets `w / max_weight` of a turn per round, so
//! slots are shared in proportion to weight. Removing one of N equal backends moves
//! close to 1/N of the slots.

/// Default table size (prime), as Katran's.
pub const DEFAULT_SIZE: u32 = 65_537;

/// A backend: an identity that stays the same across rebuilds (e.g. address and port)
/// and the value to put in its slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backend {
    /// Stable identity; the permutation is derived from it.
    pub id: u64,
    /// Value written into the slots this backend owns (e.g. a real-server index).
    pub value: u16,
    /// Relative weight; 0 takes no slots.
    pub weight: u32,
}

/// Errors building a table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MaglevError {
    /// Table size not prime.
    #[error("Maglev table size {0} is not prime")]
    NotPrime(u32),
}

/// True if `n` is prime.
pub fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2u32;
    while d as u64 * d as u64 <= n as u64 {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

/// The largest prime not above `n` (at least 2).
pub fn prime_at_most(n: u32) -> u32 {
    (2..=n.max(2)).rev().find(|p| is_prime(*p)).unwrap_or(2)
}

fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Builds a table of `size` slots. With no backend of positive weight every slot is
/// `None`.
pub fn build(backends: &[Backend], size: u32) -> Result<Vec<Option<u16>>, MaglevError> {
    if !is_prime(size) {
        return Err(MaglevError::NotPrime(size));
    }
    let m = size as u64;
    let mut table: Vec<Option<u16>> = vec![None; size as usize];
    let live: Vec<&Backend> = backends.iter().filter(|b| b.weight > 0).collect();
    let Some(max_w) = live.iter().map(|b| b.weight).max() else {
        return Ok(table);
    };
    let perm: Vec<(u64, u64)> = live
        .iter()
        .map(|b| {
            let offset = splitmix64(b.id) % m;
            let skip = splitmix64(b.id ^ 0x5555_5555_5555_5555) % (m - 1) + 1;
            (offset, skip)
        })
        .collect();
    let mut next = vec![0u64; live.len()];
    let mut credit = vec![0f64; live.len()];
    let mut filled = 0u64;
    while filled < m {
        for (i, b) in live.iter().enumerate() {
            credit[i] += b.weight as f64 / max_w as f64;
            while credit[i] >= 1.0 && filled < m {
                credit[i] -= 1.0;
                let (offset, skip) = perm[i];
                loop {
                    let slot = ((offset + next[i] * skip) % m) as usize;
                    next[i] += 1;
                    if table[slot].is_none() {
                        table[slot] = Some(b.value);
                        filled += 1;
                        break;
                    }
                }
            }
        }
    }
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn backends(n: u16) -> Vec<Backend> {
        (0..n)
            .map(|i| Backend {
                id: 0x0A00_0000_0050 + ((i as u64) << 16),
                value: i,
                weight: 1,
            })
            .collect()
    }

    fn shares(t: &[Option<u16>], n: usize) -> Vec<usize> {
        let mut c = vec![0; n];
        for v in t.iter().flatten() {
            c[*v as usize] += 1;
        }
        c
    }

    #[test]
    fn balanced_within_one_percent() {
        for n in [3u16, 10, 64] {
            let t = build(&backends(n), DEFAULT_SIZE).unwrap();
            assert!(t.iter().all(|s| s.is_some()));
            let ideal = DEFAULT_SIZE as f64 / n as f64;
            for c in shares(&t, n as usize) {
                let dev = (c as f64 - ideal).abs() / ideal;
                assert!(dev <= 0.01, "n={n}: share {c} vs ideal {ideal:.0}");
            }
        }
    }

    #[test]
    fn removing_one_of_n_moves_about_one_nth() {
        let n = 10;
        let all = backends(n);
        let before = build(&all, DEFAULT_SIZE).unwrap();
        let after = build(&all[1..], DEFAULT_SIZE).unwrap();
        let moved = before.iter().zip(&after).filter(|(a, b)| a != b).count();
        let frac = moved as f64 / DEFAULT_SIZE as f64;
        // Slots of the removed backend (1/N) must move; Maglev moves a little more.
        assert!((0.099..0.13).contains(&frac), "moved {frac:.4}");
        // Nothing that stayed was given to the removed backend.
        assert!(after.iter().all(|v| *v != Some(0)));
    }

    #[test]
    fn weights_are_proportional() {
        let mut b = backends(3);
        b[0].weight = 3;
        let t = build(&b, 10_007).unwrap();
        let c = shares(&t, 3);
        let r = c[0] as f64 / c[1] as f64;
        assert!((r - 3.0).abs() < 0.05, "ratio {r}");
    }

    #[test]
    fn size_must_be_prime_and_empty_is_empty() {
        assert_eq!(
            build(&backends(2), 65_536),
            Err(MaglevError::NotPrime(65_536))
        );
        assert!(build(&[], 251).unwrap().iter().all(|s| s.is_none()));
        assert_eq!(prime_at_most(4096), 4093);
        assert!(is_prime(65_537));
    }
}
