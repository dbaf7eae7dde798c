//! How long the accept loop waits after `accept` fails.
//!
//! The failures that matter (EMFILE, ENFILE, ENOMEM: out of descriptors or memory)
//! last until something else lets go, and retrying at once only spins a core: each
//! failure in a row doubles the wait, from [`FIRST`] to at most [`MAX`]; one success
//! ends the burst.

use std::time::Duration;

/// The wait after the first failure of a burst.
pub const FIRST: Duration = Duration::from_millis(10);

/// The longest wait between two tries.
pub const MAX: Duration = Duration::from_secs(1);

/// A run of `accept` failures.
#[derive(Debug, Default)]
pub struct Backoff {
    /// Failures since the last success.
    failures: u32,
    /// The last wait.
    delay: Duration,
}

impl Backoff {
    /// Counts a failure; returns how long to wait before the next try.
    pub fn failed(&mut self) -> Duration {
        self.failures = self.failures.saturating_add(1);
        self.delay = if self.failures == 1 {
            FIRST
        } else {
            (self.delay * 2).min(MAX)
        };
        self.delay
    }

    /// Whether the failure just counted starts a burst (the one to log).
    pub fn first(&self) -> bool {
        self.failures == 1
    }

    /// Counts a success; returns the number of failures it ends, if any.
    pub fn succeeded(&mut self) -> Option<u32> {
        let n = std::mem::take(&mut self.failures);
        self.delay = Duration::ZERO;
        (n > 0).then_some(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_up_to_a_second_and_a_success_starts_over() {
        let mut b = Backoff::default();
        assert_eq!(b.succeeded(), None);
        let waits: Vec<u128> = (0..10).map(|_| b.failed().as_millis()).collect();
        assert_eq!(waits, [10, 20, 40, 80, 160, 320, 640, 1000, 1000, 1000]);
        assert!(!b.first());
        assert_eq!(b.succeeded(), Some(10));
        assert_eq!(b.succeeded(), None);
        assert_eq!(b.failed(), FIRST);
        assert!(b.first());
    }
}
