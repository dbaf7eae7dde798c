//! Tests common to all schedulers, the Maglev table for the card, and shared helpers.

use super::*;
use proptest::prelude::*;

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

#[test]
fn every_scheduler_equal_weights_spread() {
    for kind in Scheduler::ALL {
        // Each pick opens a connection, for the load-based schedulers to see.
        let mut s = servers(&[1, 1, 1, 1]);
        let mut sched = new(kind, &[], &s);
        let mut count = [0u32; 4];
        for c in clients(40_000) {
            let i = sched.pick(&s, &c).expect("a server");
            count[i] += 1;
            s[i].active += 1;
        }
        for &n in &count {
            assert!((8_000..12_000).contains(&n), "{}: {count:?}", kind.name());
        }
    }
}

#[test]
fn every_scheduler_avoids_unusable_and_gives_none_without_servers() {
    let mut s = servers(&[1, 0, 1, 1]);
    s[2].available = false;
    let cs = clients(2000);
    for kind in Scheduler::ALL {
        for fl in [&[][..], &["sh-fallback", "mh-fallback"][..]] {
            let mut sched = new(kind, &flags(fl), &s);
            for c in &cs {
                if let Some(i) = sched.pick(&s, c) {
                    assert!(i == 0 || i == 3, "{}: picked {i}", kind.name());
                }
            }
            let down: Vec<Candidate> = s
                .iter()
                .map(|c| Candidate {
                    available: false,
                    ..*c
                })
                .collect();
            assert!(cs.iter().all(|c| sched.pick(&down, c).is_none()));
            sched.reset(&[]);
            assert_eq!(sched.pick(&[], &cs[0]), None, "{}", kind.name());
            let mut empty = new(kind, &[], &[]);
            assert_eq!(empty.pick(&[], &cs[0]), None);
            // Servers appear: reset, then they are used.
            empty.reset(&s);
            if !matches!(kind, Scheduler::Sh | Scheduler::Dh | Scheduler::Mh) {
                assert!(empty.pick(&s, &cs[0]).is_some());
            }
        }
    }
}

#[test]
fn fallback_flags_reach_a_server_whenever_one_is_usable() {
    // Only server 1 is usable: without fallback, sh and mh answer only the clients
    // that hash to it; with fallback, every client.
    let mut s = servers(&[1, 1, 1, 1]);
    for c in &mut s {
        c.available = false;
    }
    s[1].available = true;
    let cs = clients(1000);
    for (kind, fb) in [
        (Scheduler::Sh, "sh-fallback"),
        (Scheduler::Mh, "mh-fallback"),
    ] {
        let mut plain = new(kind, &[], &s);
        let hits = cs.iter().filter(|c| plain.pick(&s, c).is_some()).count();
        assert!((150..350).contains(&hits), "{}: {hits}", kind.name());
        let mut with = new(kind, &flags(&[fb]), &s);
        assert!(cs.iter().all(|c| with.pick(&s, c) == Some(1)));
    }
}

#[test]
fn new_with_ids_matters_only_to_mh() {
    let s = servers(&[1, 2, 3]);
    let ids = [7, 8, 9];
    for kind in Scheduler::ALL {
        let mut a = new(kind, &[], &s);
        let mut b = new_with_ids(kind, &[], &s, &ids);
        let same = clients(600).iter().all(|c| a.pick(&s, c) == b.pick(&s, c));
        assert_eq!(same, kind != Scheduler::Mh, "{}", kind.name());
    }
}

// ---- The Maglev table for the card -------------------------------------------------

fn ids(n: usize) -> Vec<u64> {
    // Address and port, as the daemon packs them.
    (0..n as u64)
        .map(|i| (0x0A01_0000 + i) << 16 | 8080)
        .collect()
}

fn shares(t: &[Option<usize>], n: usize) -> Vec<usize> {
    let mut c = vec![0; n];
    for i in t.iter().flatten() {
        c[*i] += 1;
    }
    c
}

#[test]
fn maglev_table_balanced_within_one_percent() {
    let size = fpvs_model::maglev::DEFAULT_SIZE;
    for n in [2, 3, 7, 10, 16, 64] {
        let t = maglev_table(&servers(&vec![1; n]), &ids(n), size);
        assert_eq!(t.len(), size as usize);
        assert!(t.iter().all(Option::is_some));
        let ideal = f64::from(size) / n as f64;
        for c in shares(&t, n) {
            let dev = (c as f64 - ideal).abs() / ideal;
            assert!(dev <= 0.01, "n={n}: {c} vs {ideal:.0}");
        }
    }
}

#[test]
fn maglev_table_removing_one_of_n_moves_about_one_nth() {
    let size = fpvs_model::maglev::DEFAULT_SIZE;
    for n in [4, 10, 16, 32] {
        let s = servers(&vec![1; n]);
        let id = ids(n);
        let before = maglev_table(&s, &id, size);
        for gone in [0, n / 2, n - 1] {
            // Removed from the list: later servers move up one position.
            let mut s2 = s.clone();
            let mut id2 = id.clone();
            s2.remove(gone);
            id2.remove(gone);
            let after = maglev_table(&s2, &id2, size);
            let moved = before
                .iter()
                .zip(&after)
                .filter(|(a, b)| a.map(|i| id[i]) != b.map(|i| id2[i]))
                .count();
            let frac = moved as f64 / f64::from(size);
            let limit = 1.0 / n as f64 + 0.02;
            assert!(
                frac >= 1.0 / n as f64 - 0.01 && frac < limit,
                "n={n}: {frac:.4}"
            );
            // Kept in place but down: the same slots move.
            let mut s3 = s.clone();
            s3[gone].available = false;
            let down = maglev_table(&s3, &id, size);
            let same = down
                .iter()
                .zip(&after)
                .all(|(a, b)| a.map(|i| id[i]) == b.map(|i| id2[i]));
            assert!(same, "n={n}: down and removed differ");
        }
    }
}

#[test]
fn maglev_table_weights_and_unusable() {
    let mut s = servers(&[1, 2, 0, 3, 1]);
    s[4].available = false;
    let t = maglev_table(&s, &ids(5), 10_007);
    let c = shares(&t, 5);
    assert_eq!((c[2], c[4]), (0, 0));
    let r1 = c[1] as f64 / c[0] as f64;
    let r3 = c[3] as f64 / c[0] as f64;
    assert!((r1 - 2.0).abs() < 0.05 && (r3 - 3.0).abs() < 0.08, "{c:?}");
    s[0].available = false;
    s[1].weight = 0;
    s[3].available = false;
    assert!(maglev_table(&s, &ids(5), 251).iter().all(Option::is_none));
    assert!(maglev_table(&[], &[], 251).iter().all(Option::is_none));
}

#[test]
#[should_panic(expected = "not prime")]
fn maglev_table_size_must_be_prime() {
    maglev_table(&servers(&[1]), &ids(1), 65_536);
}

#[test]
#[should_panic(expected = "one id per server")]
fn maglev_table_needs_an_id_per_server() {
    maglev_table(&servers(&[1, 1]), &ids(1), 251);
}

// ---- Properties over random server sets --------------------------------------------

fn arb_servers() -> impl Strategy<Value = Vec<Candidate>> {
    prop::collection::vec(
        (0u32..5, 0u32..6, 0u32..6, prop::bool::weighted(0.8)).prop_map(
            |(weight, active, inactive, available)| Candidate {
                weight,
                active,
                inactive,
                available,
            },
        ),
        0..9,
    )
}

fn arb_client() -> impl Strategy<Value = Client> {
    (any::<u32>(), any::<u16>(), any::<u32>(), any::<u16>()).prop_map(
        |(saddr, sport, daddr, dport)| Client {
            saddr,
            sport,
            daddr,
            dport,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every pick is a usable server; a scheduler that does not hash (or hashes with
    /// fallback) finds one whenever one exists.
    #[test]
    fn picks_are_usable_and_found(s in arb_servers(), cs in prop::collection::vec(arb_client(), 1..20)) {
        let any_usable = s.iter().any(Candidate::usable);
        for kind in Scheduler::ALL {
            for fl in [&[][..], &["sh-fallback", "mh-fallback"][..]] {
                let mut sched = new(kind, &flags(fl), &s);
                let always = !matches!(kind, Scheduler::Sh | Scheduler::Dh | Scheduler::Mh)
                    || (!fl.is_empty() && kind != Scheduler::Dh);
                for c in &cs {
                    let p = sched.pick(&s, c);
                    if let Some(i) = p {
                        prop_assert!(s[i].usable(), "{}: {i} unusable", kind.name());
                    }
                    if always {
                        prop_assert_eq!(p.is_some(), any_usable, "{}", kind.name());
                    }
                }
            }
        }
    }

    /// The load-based schedulers pick the first of the least loaded.
    #[test]
    fn least_loaded_is_picked(s in arb_servers()) {
        type Load = fn(&Candidate) -> (u64, u64);
        let cases: [(Scheduler, Load); 3] = [
            (Scheduler::Lc, |c| ((u64::from(c.active) << 8) + u64::from(c.inactive), 1)),
            (Scheduler::Wlc, |c| ((u64::from(c.active) << 8) + u64::from(c.inactive), u64::from(c.weight))),
            (Scheduler::Sed, |c| (u64::from(c.active) + 1, u64::from(c.weight))),
        ];
        for (kind, load) in cases {
            let Some(p) = new(kind, &[], &s).pick(&s, &Client::default()) else {
                prop_assert!(!s.iter().any(Candidate::usable));
                continue;
            };
            let (pl, pw) = load(&s[p]);
            for (i, c) in s.iter().enumerate().filter(|(_, c)| c.usable()) {
                let (l, w) = load(c);
                // l / w against pl / pw.
                let (lhs, rhs) = (u128::from(l) * u128::from(pw), u128::from(pl) * u128::from(w));
                prop_assert!(lhs >= rhs, "{}: {i} less loaded than {p}", kind.name());
                if i < p {
                    prop_assert!(lhs > rhs, "{}: {i} as loaded and earlier than {p}", kind.name());
                }
            }
        }
    }

    /// Over as many picks as the sum of the weights, wrr gives each available server
    /// exactly its weight, from any starting point of the cycle.
    #[test]
    fn wrr_gives_each_its_weight(weights in prop::collection::vec(0u32..12, 1..7), warmup in 0usize..20) {
        let s = servers(&weights);
        let total: u32 = weights.iter().sum();
        prop_assume!(total > 0);
        let mut sched = new(Scheduler::Wrr, &[], &s);
        count_picks(sched.as_mut(), &s, warmup);
        let di = weights.iter().copied().filter(|&w| w > 0).fold(0, |a, b| {
            let (mut a, mut b) = (a, b);
            while b != 0 { (a, b) = (b, a % b); }
            a
        });
        // A cycle is total / di picks; warm-up may end mid-cycle, so count whole cycles
        // from there.
        let cycle = (total / di) as usize;
        let count = count_picks(sched.as_mut(), &s, cycle * di as usize);
        prop_assert_eq!(count, weights);
    }

    /// rr visits every usable server once in as many picks.
    #[test]
    fn rr_visits_each_usable_once(s in arb_servers(), warmup in 0usize..10) {
        let usable: Vec<usize> = (0..s.len()).filter(|&i| s[i].usable()).collect();
        prop_assume!(!usable.is_empty());
        let mut sched = new(Scheduler::Rr, &[], &s);
        count_picks(sched.as_mut(), &s, warmup);
        let mut seen: Vec<usize> = (0..usable.len())
            .map(|_| sched.pick(&s, &Client::default()).unwrap())
            .collect();
        seen.sort_unstable();
        prop_assert_eq!(seen, usable);
    }

    /// Hashing schedulers answer the same client the same way.
    #[test]
    fn hashing_is_stable(s in arb_servers(), c in arb_client()) {
        for kind in [Scheduler::Sh, Scheduler::Dh, Scheduler::Mh] {
            for fl in [&[][..], &["flag-1", "flag-2"][..]] {
                let mut a = new(kind, &flags(fl), &s);
                let mut b = new(kind, &flags(fl), &s);
                let first = a.pick(&s, &c);
                prop_assert_eq!(a.pick(&s, &c), first);
                prop_assert_eq!(b.pick(&s, &c), first);
            }
        }
    }

    /// The card's table names only usable servers, and all of them.
    #[test]
    fn maglev_table_names_usable_servers(s in arb_servers()) {
        let t = maglev_table(&s, &ids(s.len()), 1021);
        let c = shares(&t, s.len());
        for (i, server) in s.iter().enumerate() {
            prop_assert_eq!(c[i] > 0, server.usable());
        }
        prop_assert_eq!(t.iter().all(Option::is_some), s.iter().any(Candidate::usable));
    }
}
