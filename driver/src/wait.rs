//! Bounded waits: every poll has a deadline and fails with a typed timeout.

use crate::{DriverResult, Error};
use std::time::{Duration, Instant};

/// Calls `check` until it returns `Some`, an error, or `timeout` passes. Spins briefly,
/// then sleeps with a growing interval (at most 1 ms) so a slow device does not burn a
/// core. `what` names the awaited condition in the timeout error.
pub fn poll_until<T>(
    what: &str,
    timeout: Duration,
    mut check: impl FnMut() -> DriverResult<Option<T>>,
) -> DriverResult<T> {
    let start = Instant::now();
    let mut pause = Duration::from_micros(1);
    let mut spins = 0u32;
    loop {
        if let Some(v) = check()? {
            return Ok(v);
        }
        let elapsed = start.elapsed();
        if elapsed >= timeout {
            return Err(Error::Timeout {
                what: what.to_string(),
                after: elapsed,
            });
        }
        if spins < 64 {
            spins += 1;
            std::hint::spin_loop();
        } else {
            std::thread::sleep(pause.min(timeout - elapsed));
            pause = (pause * 2).min(Duration::from_millis(1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn returns_value_or_typed_timeout() {
        let mut n = 0;
        let v = poll_until("n to reach 100", Duration::from_secs(5), || {
            n += 1;
            Ok((n >= 100).then_some(n))
        })
        .unwrap();
        assert_eq!(v, 100);
        let e = poll_until::<()>("never", Duration::from_millis(3), || Ok(None)).unwrap_err();
        assert!(matches!(e, Error::Timeout { ref what, .. } if what == "never"));
        let e = poll_until::<()>("error", Duration::from_secs(5), || {
            Err(Error::InvalidArgument("x".into()))
        })
        .unwrap_err();
        assert!(matches!(e, Error::InvalidArgument(_)));
    }
}
