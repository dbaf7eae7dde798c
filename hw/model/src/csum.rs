//! Internet checksum arithmetic (RFC 1071) and incremental update (RFC 1624).
//!
//! The card never sums a payload: it updates the IPv4 header checksum and the TCP/UDP
//! checksum from the words it changes, with RFC 1624's equation 3,
//! `HC' = ~(~HC + ~m + m')`, summed over a *fixed list* of words per checksum (the
//! same list in every mode; a word that does not change contributes `~m + m`).
//! Ones'-complement addition is associative and commutative, so the result depends
//! only on the multiset of terms: the model and the RTL (which adds all terms in one
//! adder tree and folds the carries) produce the same bits, including the choice
//! between 0x0000 and 0xFFFF.

/// Ones'-complement sum of 16-bit terms, carries folded: 0 only if every term is 0.
pub fn fold(sum: u64) -> u16 {
    let mut s = sum;
    while s > 0xFFFF {
        s = (s & 0xFFFF) + (s >> 16);
    }
    s as u16
}

/// Sum of big-endian 16-bit words of `bytes` (odd length padded with a zero byte).
pub fn sum_words(bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(2);
    let mut s: u64 = chunks
        .by_ref()
        .map(|c| u16::from_be_bytes([c[0], c[1]]) as u64)
        .sum();
    if let [last] = chunks.remainder() {
        s += (*last as u64) << 8;
    }
    s
}

/// The checksum of a header computed from scratch (its checksum field must be zero).
pub fn checksum(bytes: &[u8]) -> u16 {
    !fold(sum_words(bytes))
}

/// RFC 1624 eqn. 3 over a list of `(old, new)` words.
pub fn update(hc: u16, changes: &[(u16, u16)]) -> u16 {
    let mut s = (!hc) as u64;
    for &(old, new) in changes {
        s += (!old) as u64 + new as u64;
    }
    !fold(s)
}

/// The two 16-bit halves of a 32-bit value, high first.
pub fn halves(v: u32) -> [u16; 2] {
    [(v >> 16) as u16, v as u16]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rfc1071_example() {
        // RFC 1071 section 3 example words 0001 f203 f4f5 f6f7 -> sum ddf2.
        assert_eq!(
            fold(sum_words(&[0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7])),
            0xddf2
        );
        assert_eq!(fold(0), 0);
        assert_eq!(fold(0xFFFF), 0xFFFF);
        assert_eq!(fold(0x1_FFFE), 0xFFFF);
    }

    proptest! {
        /// Updating incrementally verifies exactly like recomputing.
        #[test]
        fn incremental_equals_recomputed(mut words in proptest::collection::vec(any::<u16>(), 2..20),
                                         idx in any::<prop::sample::Index>(), new in any::<u16>()) {
            let bytes = |w: &[u16]| w.iter().flat_map(|x| x.to_be_bytes()).collect::<Vec<u8>>();
            let hc = checksum(&bytes(&words));
            let i = idx.index(words.len());
            let old = words[i];
            words[i] = new;
            // Real headers are never all zeros (IPv4 has 0x45, pseudo-headers a protocol);
            // for all-zero data +0 and -0 differ and no update can know which is meant.
            prop_assume!(words.iter().any(|w| *w != 0));
            let hc2 = update(hc, &[(old, new)]);
            // Verification: the sum over data and checksum is all ones (negative zero).
            let mut all = bytes(&words);
            all.extend_from_slice(&hc2.to_be_bytes());
            prop_assert_eq!(fold(sum_words(&all)), 0xFFFF);
        }
    }
}
