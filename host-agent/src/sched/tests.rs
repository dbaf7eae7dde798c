//! Tests common to all schedulers, and shared helpers.

use super::*;

/// Available servers with these weights and no connections.
pub(super) fn servers(weights: &[u32]) -> Vec<Candidate> {
    weights
        .iter()
        .map(|&weight| Candidate {
            weight,
            available: true,
            ..Candidate::default()
        })
        .collect()
}

/// `n` pseudo-random clients of one virtual service (fixed seed).
pub(super) fn clients(n: usize) -> Vec<Client> {
    let mut x = 0x2545_F491_4F6C_DD1Du64;
    (0..n)
        .map(|_| {
            // xorshift64*
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            let r = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
            Client {
                saddr: (r >> 32) as u32,
                sport: r as u16,
                daddr: (r >> 16) as u32,
                dport: 80,
            }
        })
        .collect()
}

/// How many of `n` picks each server gets (loads unchanged between picks).
pub(super) fn count_picks<S: Schedule + ?Sized>(
    s: &mut S,
    servers: &[Candidate],
    n: usize,
) -> Vec<u32> {
    let mut count = vec![0; servers.len()];
    for c in clients(n) {
        let i = s.pick(servers, &c).expect("a server");
        count[i] += 1;
    }
    count
}

fn flags(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[test]
fn flags_are_ipvs_bits() {
    assert_eq!(Flags::parse(&[]), Flags::default());
    for f in ["sh-fallback", "mh-fallback", "flag-1"] {
        assert_eq!(
            Flags::parse(&flags(&[f])),
            Flags {
                fallback: true,
                port: false
            }
        );
    }
    for f in ["sh-port", "mh-port", "flag-2"] {
        assert_eq!(
            Flags::parse(&flags(&[f])),
            Flags {
                fallback: false,
                port: true
            }
        );
    }
    let both = Flags {
        fallback: true,
        port: true,
    };
    assert_eq!(Flags::parse(&flags(&["mh-port", "mh-fallback"])), both);
    assert_eq!(Flags::parse(&flags(&["sh-fallback,sh-port"])), both);
    assert_eq!(Flags::parse(&flags(&["flag-3", "bogus"])), Flags::default());
}
